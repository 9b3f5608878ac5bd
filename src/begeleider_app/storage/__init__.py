"""SQLite storage through sqlite-utils: open/create, migrations, repositories, backup, search.

No Qt here.
"""
