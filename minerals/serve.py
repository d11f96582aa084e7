"""Publish a minerals database with Datasette and the settings in datasette_meta/.

The database is opened immutable, so visitors can read and query but never write.
`app` builds the same Datasette the `serve` command runs, for tests and embedding.

Both hand Datasette the row counts of every table (`inspect_data`, as `datasette
inspect` would, without hashing the file).  Otherwise Datasette counts every table on
its first request, the full-text indexes included, and reads the whole file to hash it
for the index page: seconds on a database of a few million facts.  The file is served
immutable, so the counts stay true while it is served; the facts page takes its
unfiltered count from them too.
"""
from __future__ import annotations

import json
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# A query may take 10 s: a search of the facts of a 100,000-report database takes 2-4 s on a
# busy 2-core host, and a researcher would rather wait than read an error.  A facet may take
# 1.5 s: the facets of a page are counted at once (plugins/minerals_facets.py), sharing the
# cores, and one that takes longer is left out of the page.  A CSV download has no size
# limit: Datasette's 100 MB would cut a big database's facts short, with a line of error
# text at the end that a spreadsheet reads as one more row (the server answers this machine
# only, unless `--host` opens it to a network).
SETTINGS = {"sql_time_limit_ms": 10000, "default_page_size": 50, "facet_time_limit_ms": 1500, "suggest_facets": False,
            "max_csv_mb": 0}


def _meta_dir() -> Path:
    import datasette_meta

    return Path(datasette_meta.__file__).parent


def metadata() -> dict:
    return json.loads((_meta_dir() / "metadata.json").read_text(encoding="utf-8"))


def inspect_data(db_path: Path) -> dict:
    """Datasette's inspect data for `db_path`: size and the row count of every table, no hash.

    A full-text table is counted by its `_docsize` table (one row per indexed row):
    counting an FTS5 table itself reads its whole index.  The tables that hold a
    full-text index (`facts_fts_data` …, hidden in Datasette) take their count from
    sqlite_stat1 when `db.analyze` has run: counting `facts_fts_data` reads the whole
    index too, a gigabyte for 3 million facts.
    """
    db_path = Path(db_path)
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
        names = {name for name, _ in tables}
        virtual = [name for name, sql in tables if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
        stats = {}
        if "sqlite_stat1" in names:
            for table, stat in conn.execute("SELECT tbl, stat FROM sqlite_stat1"):
                stats[table] = int(stat.split()[0])
        counts = {}
        for name, sql in tables:
            if any(name.startswith(f"{v}_") for v in virtual) and name in stats:
                counts[name] = stats[name]
                continue
            counted = f"{name}_docsize" if name in virtual and f"{name}_docsize" in names else name
            try:
                counts[name] = conn.execute(f"SELECT count(*) FROM [{counted}]").fetchone()[0]
            except sqlite3.DatabaseError:
                counts[name] = None
    finally:
        conn.close()
    return {db_path.stem: {"hash": None, "size": db_path.stat().st_size, "file": str(db_path),
                           "tables": {name: {"count": count} for name, count in counts.items()}}}


def app(db_path: Path):
    """A Datasette instance serving `db_path` read-only with our metadata, templates and plugins."""
    from datasette.app import Datasette

    meta = _meta_dir()
    return Datasette(
        immutables=[str(db_path)],
        inspect_data=inspect_data(db_path),
        metadata=metadata(),
        template_dir=str(meta / "templates"),
        plugins_dir=str(meta / "plugins"),
        settings=SETTINGS,
    )


class PortInUse(OSError):
    """The port to serve on is taken, most often by another `minerals serve`."""


# Longer than the 2 s between the commits of `minerals extract`: the served database is
# read again once its writing has stopped, not after each commit of a run.
SETTLE_S = 3.0


def _state(db_path: Path) -> tuple[int, int, bool] | None:
    """What writing a database changes: its size and time, and its journal while a
    transaction is open; None while there is no file."""
    try:
        st = db_path.stat()
    except FileNotFoundError:
        return None
    return st.st_size, st.st_mtime_ns, Path(f"{db_path}-journal").exists()


def _check_port(host: str, port: int) -> None:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            s.bind((host, port))
        except OSError as exc:
            raise PortInUse(f"port {port} is in use (another `minerals serve`?): stop it, "
                            f"or choose another port with --port {port + 1}") from exc


def serve(db_path: Path, port: int = 8001, host: str = "127.0.0.1") -> int:
    """Run `datasette serve` in the foreground on `host` (this machine only by default);
    return its exit status.

    The database is served immutable, which Datasette reads as never changing: a run of
    `minerals extract` into it would make its pages fail (database disk image is
    malformed) or show old counts.  So the file is watched, and once a write has
    stopped, Datasette is started again on the new contents."""
    _check_port(host, port)
    db_path = Path(db_path)
    meta = _meta_dir()
    args = [sys.executable, "-m", "datasette", "serve", "-i", str(db_path),
            "--metadata", str(meta / "metadata.json"),
            "--template-dir", str(meta / "templates"),
            "--plugins-dir", str(meta / "plugins"),
            "-h", host, "-p", str(port)]
    for name, value in SETTINGS.items():
        args += ["--setting", name, ("on" if value else "off") if isinstance(value, bool) else str(value)]
    print(f"Serving {db_path} on http://{host}:{port}/  (Ctrl+C to stop)", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="minerals-serve-") as tmp:
        inspect_file = Path(tmp) / "inspect-data.json"

        def start() -> subprocess.Popen:
            inspect_file.write_text(json.dumps(inspect_data(db_path)), encoding="utf-8")
            return subprocess.Popen(args + ["--inspect-file", str(inspect_file)])

        served = last = _state(db_path)
        since = time.monotonic()
        proc = start()
        stopped = False

        def stop(signum, frame) -> None:
            nonlocal stopped
            stopped = True
            proc.terminate()

        # Stopped by a signal (a process manager, `kill`), stop the server too: it would
        # otherwise go on serving, alone, on the port.
        signal.signal(signal.SIGTERM, stop)
        try:
            while True:
                try:
                    status = proc.wait(timeout=1)
                    return 0 if stopped else status
                except subprocess.TimeoutExpired:
                    pass
                state = _state(db_path)
                if state != last:
                    last, since = state, time.monotonic()
                elif state not in (served, None) and not state[2] and time.monotonic() - since >= SETTLE_S:
                    print(f"{db_path} changed: serving it again", file=sys.stderr)
                    proc.terminate()
                    proc.wait()
                    served = state
                    proc = start()
        except KeyboardInterrupt:
            proc.terminate()
            proc.wait()
            return 0
