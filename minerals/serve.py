"""Publish a minerals database with Datasette and the settings in datasette_meta/.

The database is opened immutable, so visitors can read and query but never write.
`app` builds the same Datasette the `serve` command runs, for tests and embedding.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SETTINGS = {"sql_time_limit_ms": 3000, "default_page_size": 50, "facet_time_limit_ms": 500, "suggest_facets": False}


def _meta_dir() -> Path:
    import datasette_meta

    return Path(datasette_meta.__file__).parent


def metadata() -> dict:
    return json.loads((_meta_dir() / "metadata.json").read_text(encoding="utf-8"))


def app(db_path: Path):
    """A Datasette instance serving `db_path` read-only with our metadata, templates and plugins."""
    from datasette.app import Datasette

    meta = _meta_dir()
    return Datasette(
        immutables=[str(db_path)],
        metadata=metadata(),
        template_dir=str(meta / "templates"),
        plugins_dir=str(meta / "plugins"),
        settings=SETTINGS,
    )


def serve(db_path: Path, port: int = 8001) -> None:
    """Run `datasette serve` in the foreground on 127.0.0.1."""
    meta = _meta_dir()
    args = [sys.executable, "-m", "datasette", "serve", "-i", str(db_path),
            "--metadata", str(meta / "metadata.json"),
            "--template-dir", str(meta / "templates"),
            "--plugins-dir", str(meta / "plugins"),
            "-h", "127.0.0.1", "-p", str(port)]
    for name, value in SETTINGS.items():
        args += ["--setting", name, ("on" if value else "off") if isinstance(value, bool) else str(value)]
    print(f"Serving {db_path} on http://127.0.0.1:{port}/  (Ctrl+C to stop)", file=sys.stderr)
    try:
        subprocess.run(args, check=False)
    except KeyboardInterrupt:
        pass
