"""Team sync through a shared drive: publish, import, merge, conflicts. No Qt.

See docs/sync.md. Entry points: ``engine.sync`` (one sync), ``conflicts.open_conflicts`` and
``conflicts.resolve``; the ``begeleider sync`` command lives in ``cli/sync.py``.
"""
