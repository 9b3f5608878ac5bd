"""A throw-away PostgreSQL server for the hub tests and benchmarks.

PostgreSQL refuses to run as root, and CI runs as root: then the server runs as an
unprivileged system user made for the purpose (``begeleider-pg``), through ``runuser``. Its
data and socket live in a fresh folder under /tmp owned by that user; the server listens on
127.0.0.1 at a free port, with password (SCRAM) authentication for TCP and trust for the
superuser on its own Unix socket. ``stop()`` removes everything.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

PG_USER = "begeleider-pg"
SUPERUSER = "postgres"


def find_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl (PATH first, then Debian's layout)."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True):
        return Path(candidate).parent
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ensure_user() -> None:
    try:
        pwd.getpwnam(PG_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                        PG_USER], check=True, capture_output=True)


@dataclass
class PgServer:
    bindir: Path
    root: Path
    port: int
    password: str
    as_other_user: bool
    log: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log = self.root / "server.log"

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.as_other_user:
            cmd = ["runuser", "-u", PG_USER, "--", *cmd]
        return subprocess.run(cmd, check=check, capture_output=True, text=True, timeout=120)

    def dsn(self, dbname: str = "postgres", user: str = SUPERUSER, password: str | None = None,
            **extra: str) -> str:
        """A libpq connection string over TCP to 127.0.0.1."""
        parts = {"host": "127.0.0.1", "port": str(self.port), "dbname": dbname, "user": user,
                 "password": self.password if password is None and user == SUPERUSER else password,
                 **extra}
        return " ".join(f"{k}={v}" for k, v in parts.items() if v is not None)

    def start(self) -> None:
        opts = f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.log), "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def restart(self) -> None:
        self.stop()
        self.start()

    def remove(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


def start_server() -> PgServer:
    """initdb and start a new server; raises RuntimeError when PostgreSQL is not installed."""
    bindir = find_binaries()
    if bindir is None:
        raise RuntimeError("PostgreSQL (initdb, pg_ctl) is not installed")
    as_other_user = os.geteuid() == 0
    if as_other_user:
        _ensure_user()
    root = Path(tempfile.mkdtemp(prefix="begeleider-pg-"))
    password = secrets.token_hex(12)
    server = PgServer(bindir, root, _free_port(), password, as_other_user)
    server.socket_dir.mkdir()
    pwfile = root / "pw"
    pwfile.write_text(password)
    if as_other_user:
        ids = pwd.getpwnam(PG_USER)
        for path in (root, server.socket_dir, pwfile):
            os.chown(path, ids.pw_uid, ids.pw_gid)
        os.chmod(root, 0o700)
    server._run("initdb", "-D", str(server.data), "-U", SUPERUSER, f"--pwfile={pwfile}",
                "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C")
    pwfile.unlink()
    for attempt in range(3):
        try:
            server.start()
            break
        except subprocess.CalledProcessError:
            if attempt == 2:
                raise
            server.port = _free_port()  # taken meanwhile by someone else
            time.sleep(0.2)
    return server


@contextlib.contextmanager
def running_server():
    server = start_server()
    try:
        yield server
    finally:
        server.remove()
