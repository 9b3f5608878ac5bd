"""Rebuild nl-frequent.txt from wordfreq's Dutch 'small' list (for maintainers only).

The program itself needs no wordfreq (its wheel is 57 MB with every language): it reads the
plain list this script writes. To rebuild, in a scratch environment:

    pip install wordfreq
    python resources/wordlists/build_wordlist.py

The 'small' list holds the words that occur at least once per million words in wordfreq's
sources (subtitles, Wikipedia, news, web text, social media; see README.md). The script keeps
the words made of letters (apostrophes and hyphens allowed), lower case, most frequent first.
"""

from __future__ import annotations

import re
from pathlib import Path

WORD = re.compile(r"^[a-zà-öø-ÿ][a-zà-öø-ÿ'-]*$")


def main() -> None:
    from wordfreq import get_frequency_dict  # only this script needs wordfreq

    freq = get_frequency_dict("nl", wordlist="small")
    words = [w for w, _f in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])) if WORD.match(w)]
    out = Path(__file__).with_name("nl-frequent.txt")
    out.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {out}")


if __name__ == "__main__":
    main()
