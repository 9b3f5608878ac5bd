"""`python -m begeleider_app.cli`: the same program as `begeleider`."""

import sys

from . import main

sys.exit(main())
