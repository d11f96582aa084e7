"""The `minerals` command line: a thin layer over the Python API.

Heavy libraries (jieba, OpenCC, Datasette) are imported inside the commands, so that
`minerals --help` answers at once.
"""
from __future__ import annotations

import csv
import itertools
import signal
import sys
from pathlib import Path

import click

DEFAULT_DB = "minerals.db"


def _open(db_path: str, refresh: bool = True):
    from .db import DatabaseError, open_db

    try:
        return open_db(db_path, refresh)
    except DatabaseError as exc:
        raise click.ClickException(str(exc)) from exc


def _existing(db_path: str, refresh: bool = True):
    if not Path(db_path).is_file():
        raise click.ClickException(f"{db_path}: no such database; run `minerals extract REPORTS --db {db_path}` first")
    return _open(db_path, refresh)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="minerals")
def cli() -> None:
    """Mine Chinese health-bureau work reports into facts: targets and results, by year.

    \b
    Typical use:
        minerals extract reports/ --db minerals.db
        minerals export --db minerals.db --format csv --out facts.csv
        minerals serve --db minerals.db
    """


def _interrupt(signum: int, frame) -> None:
    """Stopped by a signal (`kill`, a process manager), end as Ctrl-C does: the files not yet
    committed are rolled back, and the worker processes stop rather than outlive the run."""
    from . import runner

    runner.STOP.set()  # for the next file, should this raise be lost (see `runner.STOP`)
    raise KeyboardInterrupt


@cli.command(short_help="Read report files or folders into a database of facts.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database to write.")
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="CSV of what you know of each file (path, bureau, region, report_year, plan_year, type); "
                   "it wins over what minerals infers.")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes to read and extract with (the machine's cores is a good number).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine (--jobs processes); dask: Dask workers (pip install 'minerals[dask]').")
@click.option("--scheduler", help="Address of a Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def extract(paths: tuple[Path, ...], db_path: str, manifest: Path | None, jobs: int, engine: str,
            scheduler: str | None, quiet: bool) -> None:
    """Extract documents and facts from report files or folders into a database.

    Reads .txt (UTF-8, UTF-16, GB18030, Big5), web pages (.html, .shtml, .jsp, .aspx, .php,
    .mht), .docx, .doc (Word 97–2003), .rtf and .pdf.  Files already
    in the database with the same content are skipped; a changed file replaces its
    old rows.  A file that cannot be read is reported and the run goes on; a path that
    does not exist is reported too, and the run, once done, exits with status 1.  At the
    end the rows of plan_vs_actual, year_over_year and panel are made again for the places
    the run touched.

    \b
    Example:
        minerals extract corpus/samples reports/2019.txt --db minerals.db
        minerals extract reports/ --manifest reports/manifest.csv
        minerals extract reports/ --jobs 2
        minerals extract reports/ --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from tqdm import tqdm

    from . import runner
    from .manifest import ManifestError, load, unmatched

    try:
        known = load(manifest) if manifest else None
    except ManifestError as exc:
        raise click.ClickException(str(exc)) from exc
    missing = [p for p in paths if not p.exists()]
    for p in missing:
        click.echo(f"error: {p}: no such file or folder", err=True)
    database = _open(db_path, refresh=False)  # the comparisons are stored at the end

    def progress(files):
        return tqdm(files, desc="extracting", unit="file", disable=quiet or len(files) < 2, file=sys.stderr)

    def on_error(error):
        # The path, not the name alone: reports in folders by place or year share names (工作总结.docx).
        tqdm.write(f"error: {error.path}: {error.reason}", file=sys.stderr)

    def on_comparisons():
        if not quiet:
            click.echo("storing plan_vs_actual, year_over_year and panel", err=True)

    def on_files(files):
        # before the run, which may be long: a mistyped path would leave its row unapplied without a word
        for line in unmatched(manifest, files) if manifest else ():
            click.echo(f"warning: {line}: no file of this run has this path or name; the row was not applied",
                       err=True)

    existing = [p for p in paths if p.exists()]
    runner.STOP.clear()
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        summary = runner.extract(database, existing, on_error=on_error, progress=progress, manifest=known,
                                 jobs=jobs, engine=engine, scheduler=scheduler, on_comparisons=on_comparisons,
                                 on_files=on_files)
    finally:
        signal.signal(signal.SIGTERM, previous)
    if summary.files == 0:
        from .reading import SUPPORTED

        click.echo(f"error: no report files found (looked for {' '.join(SUPPORTED)})", err=True)
    for line in summary.lines():
        click.echo(line)
    _say_corrections(database)
    if summary.files == 0 or missing:
        sys.exit(1)  # a path mistyped fails the run, once the others are extracted


def _say_corrections(database) -> None:
    """After a run: how the researcher's corrections stand, when there are any."""
    from .corrections import tally

    statuses = tally(database)
    if statuses:
        click.echo("corrections: " + ", ".join(f"{n} {status}" for status, n in sorted(statuses.items()))
                   + ("  (minerals correct --list)" if statuses.keys() - {"applied", "extracted"} else ""))


@cli.command(short_help="Write facts, documents, panel or codebook as CSV or JSON.")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database to read.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True,
              help="jsonl: one JSON object a line, for programs; csv: for spreadsheets (Excel shows its Chinese).")
@click.option("--table", type=click.Choice(["facts", "documents", "panel", "corrections", "indicators"]),
              default="facts", show_default=True,
              help="One row per fact, per document, per place × indicator × year, per correction made "
                   "(`minerals correct`), or per canonical indicator with the wordings it is known by (a codebook).")
@click.option("--panel", is_flag=True, help="Same as --table panel: targets and actuals side by side.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of standard output.")
def export(db_path: str, fmt: str, table: str, panel: bool, out: Path | None) -> None:
    """Write every fact (or document, or the panel) with its evidence, as JSON lines or CSV.

    CSV starts with a UTF-8 byte-order mark so that Excel shows Chinese correctly.
    The panel has one row per place × indicator × year with the target and the
    actual side by side, for statistics packages.

    \b
    Example:
        minerals export --db minerals.db --format jsonl --out facts.jsonl
        minerals export --db minerals.db --table documents --format csv --out documents.csv
        minerals export --db minerals.db --table indicators --format csv --out codebook.csv
        minerals export --db minerals.db --panel --format csv --out panel.csv
    """
    from . import export as exporter

    table = "panel" if panel else table
    database = _existing(db_path)
    rows = exporter.rows(database, table)
    if out:  # a bar on the terminal, beside the file: 6 million facts take a few minutes
        from tqdm import tqdm

        rows = tqdm(rows, total=database[table].count, desc="exporting", unit=" rows", file=sys.stderr)
    stream = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        n = exporter.write(rows, stream, fmt)
    finally:
        if out:
            stream.close()
    if out:
        click.echo(f"{n} {'panel rows' if table == 'panel' else table} written to {out}", err=True)


@cli.command(short_help="Set targets beside the results reported for them.")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database to read.")
@click.option("--bureau", help="Only this bureau or region (a part of its name is enough).")
@click.option("--indicator", help="Only this indicator: its key (hypertension_standard_mgmt_rate) or its name in "
                                   "Chinese (高血压患者规范管理率); the indicators table lists both.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table", show_default=True,
              help="table: to read here; csv or jsonl: every column, both sentences included, for a file.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of standard output.")
def compare(db_path: str, bureau: str | None, indicator: str | None, fmt: str, out: Path | None) -> None:
    """Set each target beside the result reported later for the same place, indicator and year.

    A target is met according to its qualifier (at least, at most, about) and the
    indicator's better direction.  Several targets or results for one year show as
    several rows.

    \b
    Example:
        minerals compare --db minerals.db --bureau 青川县 --indicator hypertension_standard_mgmt_rate
        minerals compare --db minerals.db --format csv --out plan_vs_actual.csv
    """
    from . import export as exporter
    from .compare import comparison, table

    rows = comparison(_existing(db_path), bureau, indicator)  # streamed to a file: 570,000 rows for 100,000 reports
    first = next(rows, None)
    if first is None:
        asked = " ".join(f"--{name} {value}" for name, value in (("bureau", bureau), ("indicator", indicator)) if value)
        click.echo(f"no target or quota matches {asked}: leave it out to see every place and indicator" if asked
                   else f"{db_path} holds no target or quota with a place, an indicator and a year", err=True)
    rows = itertools.chain([] if first is None else [first], rows)
    stream = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        if fmt == "table":
            stream.write(table(list(rows)) + "\n")
        else:
            exporter.write(rows, stream, fmt)
    finally:
        if out:
            stream.close()


@cli.command(short_help="Correct extracted facts; corrections outlive re-extraction.")
@click.argument("fact_id", required=False)
@click.argument("changes", nargs=-1)
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database to correct.")
@click.option("--why", default="", help="Why: the report's words, its page. Kept with the correction.")
@click.option("--by", default="", help="Who corrects (default: your login name).")
@click.option("--drop", is_flag=True, help="The fact is no fact (a rank, a date): leave it out.")
@click.option("--file", "from_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A CSV of corrections, one a row: fact_id, field, new, and why and by if you like "
                   "(field fact, new dropped: leave the fact out); or a coding sheet (`minerals sheet`) as "
                   "corrected, whose every value that differs from the fact's is a correction.")
@click.option("--list", "show", is_flag=True, help="List the corrections and what the latest extraction made of each.")
def correct(fact_id: str | None, changes: tuple[str, ...], db_path: str, why: str, by: str, drop: bool,
            from_file: Path | None, show: bool) -> None:
    """Correct a fact's fields (FIELD=VALUE), or leave it out (--drop).

    The fact keeps its evidence; the value extracted is kept beside the correction, and
    the correction is applied again whenever the fact's file is extracted again (after an
    upgrade of minerals, say), found by its file, sentence and words, not by its id.
    `--list` says, for each, whether it is still applied, whether the rules now give it
    themselves, or whether its fact is gone.  plan_vs_actual, year_over_year and panel
    are made again for the places corrected.  Fields: value, value_max (in the
    fact's unit: money in 万元), unit, kind, qualifier, role, aspect, direction,
    year, indicator, indicator_key, other_keys (the other indicators one number is stated
    for, comma-separated); an empty value (year=) empties a field that
    may be empty.

    \b
    Example:
        minerals correct 3f2a9c1e0b7d4a66-01:1532 value=95.3 year=2019 --why "p. 3: 95.3%"
        minerals correct 3f2a9c1e0b7d4a66-01:1610 --drop --why "a rank, not a fact"
        minerals correct --file corrections.csv
        minerals correct --file settled_sheet.csv --by "ana, li"
        minerals correct --list
    """
    from . import corrections as fixes

    database = _existing(db_path, refresh=False)
    if show:
        _list_corrections(fixes.listing(database))
        return
    try:
        if from_file:
            if fact_id or changes or drop:
                raise fixes.CorrectionError("give corrections on the command line or in --file, not both")
            from . import coding

            wanted = (coding.corrections(database, coding.read(from_file), from_file, why, by)
                      if coding.is_sheet(from_file) else fixes.read_csv(from_file))
        else:
            wanted = _corrections_asked(fact_id, changes, drop, why, by)
        said = fixes.add(database, wanted)
    except fixes.CorrectionError as exc:
        raise click.ClickException(f"{exc}; nothing was corrected") from exc
    for line in said:
        click.echo(line)
    from .db import store_comparisons

    store_comparisons(database)


def _corrections_asked(fact_id: str | None, changes: tuple[str, ...], drop: bool, why: str, by: str) -> list:
    from .corrections import DROP, DROPPED, Correction, CorrectionError

    if not fact_id:
        raise CorrectionError("name a fact (its id, from the facts table), or give --file or --list")
    if drop == bool(changes):
        raise CorrectionError("give FIELD=VALUE changes or --drop" if not drop else "--drop takes no FIELD=VALUE")
    if drop:
        return [Correction(fact_id, DROP, DROPPED, why, by)]
    asked = []
    for change in changes:
        field, sep, value = change.partition("=")
        if not sep:
            raise CorrectionError(f"{change}: write FIELD=VALUE (value=95.3, role=target, year=)")
        asked.append(Correction(fact_id, field.strip(), value, why, by))
    return asked


def _list_corrections(rows: list[dict]) -> None:
    if not rows:
        click.echo("no corrections")
        return
    for row in rows:
        change = "left out" if row["field"] == "fact" else f"{row['field']} {row['old'] or '(empty)'} → {row['new'] or '(empty)'}"
        click.echo(f"{row['status']:<9} {row['fact_id'] or '-'}  {row['surface']}: {change}  "
                   f"({row['by']}, {row['at'][:10]}{': ' + row['why'] if row['why'] else ''})")


@cli.command(short_help="Draw facts at random into a sheet, to check them by hand.")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database to draw from.")
@click.option("-n", "--facts", "n", default=200, show_default=True, help="How many facts to draw.")
@click.option("--seed", default=1, show_default=True, help="The same seed draws the same facts from the same database.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="The sheet to write (CSV).")
def sheet(db_path: str, n: int, seed: int, out: Path) -> None:
    """Draw facts at random into a coding sheet, to measure how accurate they are.

    The sheet is a CSV that Excel opens: a fact a row, drawn from the documents that are
    no republished copies, with its document, sentence and words, and a column for each
    field holding its value.  Keep it as drawn.  Each coder corrects a copy: a wrong value
    overwritten (money in 万元, as the facts table has it; the keys are those `minerals
    export --table indicators` lists), an x under not_a_fact where the words are no fact, a
    note if you like.  `minerals agree` then says how many facts were
    right and how far two coders agree; `minerals correct --file` applies the copy you
    settle on.

    \b
    Example:
        minerals sheet --db minerals.db -n 200 --out sheet.csv
        cp sheet.csv ana.csv; cp sheet.csv li.csv     # one copy for each coder
        minerals agree sheet.csv ana.csv li.csv --out disagreements.csv
        minerals correct --db minerals.db --file settled.csv --by "ana, li"
    """
    from . import coding

    if n < 1:
        raise click.BadParameter("draw one fact or more", param_hint="-n")
    rows = coding.draw(_existing(db_path, refresh=False), n, seed)
    with out.open("w", encoding="utf-8", newline="") as stream:
        written = coding.write(rows, stream)
    click.echo(f"{written} facts drawn (seed {seed}) into {out}", err=True)


@cli.command(short_help="Count the facts of a sheet found right; two coders' kappa.")
@click.argument("drawn", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("coded", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the fields the coder changed here, or where two coders differ (CSV: fact_id, field, "
                   "the two values, the sentence).")
def agree(drawn: Path, coded: tuple[Path, ...], out: Path | None) -> None:
    """Set one or two coders' copies of a sheet against the sheet as drawn (`minerals sheet`).

    For each coder: how many of the facts were right as extracted in every field, and how
    many in what they state (a fact at all, its value, range, unit and kind), each with its
    95% interval, and which fields were changed.  For two
    coders: field by field, on the facts both checked, how often they agree and Cohen's
    kappa (whether it is a fact at all over every fact; each field over the facts both
    took for facts).  A field one coder left out of a copy is not compared.

    \b
    Example:
        minerals agree sheet.csv ana.csv
        minerals agree sheet.csv ana.csv li.csv --out disagreements.csv
    """
    from . import coding
    from .corrections import CorrectionError

    if len(coded) > 2:
        raise click.UsageError("give one coder's copy, or two to compare (Cohen's kappa is of two coders)")
    try:
        reference = coding.read(drawn)
        copies = [coding.read(path) for path in coded]
    except CorrectionError as exc:
        raise click.ClickException(str(exc)) from exc
    found = [coding.accuracy(reference, copy) for copy in copies]
    for path, each in zip(coded, found):
        click.echo(f"{path.name}: {each.checked} facts checked")
        for what, k in (("right in every field", each.right),
                        ("a fact, with its value, unit and kind right", each.numbers_right)):
            low, high = coding.wilson(k, each.checked)
            click.echo(f"  {what}: {k}" + (f" ({k / each.checked:.1%}, 95% interval {low:.1%}–{high:.1%})"
                                           if each.checked else ""))
        if each.changed:
            click.echo("  changed: " + ", ".join(f"{name} {k}" for name, k in each.changed.most_common()))
    if len(copies) == 1:
        if out:
            _write_rows(out, ["fact_id", "field", "drawn", coded[0].name], found[0].changes, reference)
            click.echo(f"  {len(found[0].changes)} changes, written to {out}")
        return
    result = coding.agreement(*copies)
    click.echo(f"\n{coded[0].name} and {coded[1].name}: {result.facts} facts on both")
    if not result.facts:
        return
    click.echo(f"  {'field':<14}{'facts':>6}{'agreed':>9}{'kappa':>8}")
    for name, n, agreed, k in result.fields:
        click.echo(f"  {name:<14}{n:>6}{agreed / n:>9.1%}{'—' if k is None else f'{k:.2f}':>8}")
    click.echo(f"  {len(result.disagreements)} differences" + (f", written to {out}" if out else
                                                                   " (--out FILE lists them)"))
    if out:
        _write_rows(out, ["fact_id", "field", coded[0].name, coded[1].name], result.disagreements, reference)


def _write_rows(out: Path, heading: list[str], rows: list[tuple], reference: list) -> None:
    """Differences as CSV for Excel, each with its fact's sentence."""
    sentences = {row.fact_id: row.sentence for row in reference}
    with out.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([*heading, "sentence"])
        writer.writerows([*row, sentences.get(row[0], "")] for row in rows)


@cli.command(short_help="Browse a database with Datasette, read-only.")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="SQLite database to publish.")
@click.option("--port", "-p", default=8001, show_default=True, help="Port to answer on.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to answer on: 127.0.0.1 is this machine only; 0.0.0.0 lets anyone who can reach it "
                   "on your network browse, query (read-only) and download every row.")
def serve(db_path: str, port: int, host: str) -> None:
    """Publish a database with Datasette, read-only, on http://127.0.0.1:PORT/.

    Leave it running while you extract into the same database: once the writing
    stops, it serves the new contents.

    \b
    Example:
        minerals serve --db minerals.db --port 8001
        minerals serve --db minerals.db --host 0.0.0.0   # for colleagues on your network
    """
    from .db import comparisons_stale

    if comparisons_stale(_existing(db_path, refresh=False)):
        click.echo("warning: plan_vs_actual, year_over_year and panel do not show the latest facts: a run of "
                   "`minerals extract` is going on, or stopped before its end (run it again to store them)", err=True)
    _serve(Path(db_path), port, host)


def _serve(db_path: Path, port: int, host: str = "127.0.0.1") -> None:
    from .serve import PortInUse, serve

    try:
        status = serve(db_path, port, host)
    except PortInUse as exc:
        raise click.ClickException(str(exc)) from exc
    if status:
        sys.exit(status)


@cli.command(short_help="Extract the sample reports and browse them.")
@click.option("--db", "db_path", default="minerals-demo.db", show_default=True, help="SQLite database to write.")
@click.option("--port", "-p", default=8001, show_default=True, help="Port on 127.0.0.1.")
@click.option("--no-serve", is_flag=True, help="Only extract the sample corpus.")
def demo(db_path: str, port: int, no_serve: bool) -> None:
    """Extract the bundled sample reports and open them in Datasette.

    \b
    Example:
        minerals demo            # then open http://127.0.0.1:8001/
    """
    from corpus import SAMPLES

    from . import runner

    database = _open(db_path, refresh=False)
    summary = runner.extract(database, [SAMPLES], on_error=lambda e: click.echo(f"error: {e}", err=True))
    for line in summary.lines():
        click.echo(line)
    if not no_serve:
        _serve(Path(db_path), port)


if __name__ == "__main__":
    cli()
