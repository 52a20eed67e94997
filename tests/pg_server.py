"""A throw-away PostgreSQL server for the tests: `initdb` and `pg_ctl` under a temporary folder,
listening on a free loopback port, password authentication over TCP, removed afterwards.

PostgreSQL refuses to run as root, so as root the server runs as the `nobody` user (`runuser`).
The server binaries are looked up in PRESSPIPE_PG_BINDIR, on PATH, through `pg_config --bindir`,
and in Debian's /usr/lib/postgresql/VERSION/bin. PRESSPIPE_TEST_POSTGRES_URL names an existing
server to use instead (its user must be allowed to create databases).
"""
from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile

SERVER_USER = "nobody"
START_TIMEOUT_S = 60


class Unavailable(Exception):
    """PostgreSQL cannot be started here; the message says why."""


def find_bindir() -> str:
    candidates = [os.environ.get("PRESSPIPE_PG_BINDIR")]
    on_path = shutil.which("pg_ctl")
    candidates.append(os.path.dirname(os.path.realpath(on_path)) if on_path else None)
    if shutil.which("pg_config"):
        try:
            candidates.append(subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True,
                                             timeout=10).stdout.strip())
        except (OSError, subprocess.SubprocessError):
            pass
    debian = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: _version(p), reverse=True)
    for d in [c for c in candidates if c] + debian:
        if all(os.access(os.path.join(d, exe), os.X_OK) for exe in ("initdb", "pg_ctl", "postgres")):
            return d
    raise Unavailable("no PostgreSQL server binaries (initdb, pg_ctl, postgres) found; install Debian's "
                      "`postgresql` package or set PRESSPIPE_PG_BINDIR")


def _version(path: str) -> tuple:
    name = path.rstrip("/").split("/")[-2]
    return tuple(int(x) for x in name.split(".") if x.isdigit())


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self):
        self.bindir = find_bindir()
        self.as_root = hasattr(os, "geteuid") and os.geteuid() == 0
        if self.as_root and not shutil.which("runuser"):
            raise Unavailable("running as root and `runuser` is missing: PostgreSQL will not run as root")
        self.dir = tempfile.mkdtemp(prefix="presspipe-pg-")
        self.user = "presspipe_test"
        self.password = secrets.token_hex(12)
        self.port = None
        self.started = False

    def _cmd(self, *args: str) -> list[str]:
        cmd = [os.path.join(self.bindir, args[0]), *args[1:]]
        return ["runuser", "-u", SERVER_USER, "--", *cmd] if self.as_root else cmd

    def _run(self, *args: str) -> None:
        proc = subprocess.run(self._cmd(*args), capture_output=True, text=True, timeout=START_TIMEOUT_S)
        if proc.returncode != 0:
            raise Unavailable(f"{args[0]} failed ({proc.returncode}): {(proc.stderr or proc.stdout).strip()[-600:]}"
                              + self._log_tail())

    def _log_tail(self) -> str:
        try:
            with open(os.path.join(self.dir, "server.log"), encoding="utf-8", errors="replace") as f:
                return "\nserver log: " + f.read()[-600:]
        except OSError:
            return ""

    def start(self) -> str:
        pwfile = os.path.join(self.dir, "pw")
        with open(pwfile, "w") as f:
            f.write(self.password + "\n")
        if self.as_root:
            for path in (self.dir, pwfile):
                shutil.chown(path, user=SERVER_USER)
        data = os.path.join(self.dir, "data")
        self._run("initdb", "-D", data, "-U", self.user, f"--pwfile={pwfile}", "--auth-local=trust",
                  "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync")
        last = None
        for _ in range(3):  # another process may take the free port between finding and binding it
            self.port = free_port()
            opts = (f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                    f"-c synchronous_commit=off -c full_page_writes=off")
            try:
                self._run("pg_ctl", "-D", data, "-l", os.path.join(self.dir, "server.log"), "-w",
                          "-t", str(START_TIMEOUT_S), "-o", opts, "start")
                self.started = True
                return self.url("postgres")
            except Unavailable as exc:
                last = exc
        raise last

    def url(self, dbname: str, password: str | None = None) -> str:
        return f"postgresql://{self.user}:{password or self.password}@127.0.0.1:{self.port}/{dbname}"

    def stop(self) -> None:
        if self.started:
            subprocess.run(self._cmd("pg_ctl", "-D", os.path.join(self.dir, "data"), "-m", "immediate", "stop"),
                           capture_output=True, timeout=START_TIMEOUT_S)
            self.started = False
        shutil.rmtree(self.dir, ignore_errors=True)
