"""Run the pipeline over many files into one database, and say what happened."""
from __future__ import annotations

import hashlib
import json
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

import sqlite_utils

from . import db as database
from .duplicates import rank
from .pipeline import FileResult, iter_files, process, sha256
from .manifest import lookup
from .reading import ReadError

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor


_PACKAGES = ("minerals", "extractors")
# Files that present what is stored and change nothing of it.
_PRESENTATION = {"cli.py", "serve.py", "export.py", "compare.py", "coding.py", "views.sql", "comparisons.py", "comparisons.sql"}
_LIBRARIES = ("jieba", "rjieba", "opencc", "regex")


@cache
def pipeline_version() -> str:
    """A digest of everything that decides what a file yields: the code and data files of
    minerals and its extractors, and the versions of the libraries that cut and convert
    the text.  A file stored by another version is extracted again, so that re-running
    after an improvement of the extractors brings every fact up to date."""
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parents[1]
    for package in _PACKAGES:
        for path in sorted((root / package).rglob("*")):
            if path.suffix in (".py", ".csv", ".toml", ".sql") and path.name not in _PRESENTATION:
                digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    for library in _LIBRARIES:
        digest.update(f"{library}={metadata.version(library)}".encode())
    return digest.hexdigest()[:16]


def _as_text(known: dict | None) -> str | None:
    return json.dumps(known, ensure_ascii=False, sort_keys=True) if known else None


@dataclass
class Summary:
    files: int = 0
    extracted: int = 0
    unchanged: int = 0
    documents: int = 0
    duplicates: int = 0
    facts: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    others: list[Path] = field(default_factory=list)  # files in the folders that are no reports
    notes: list[tuple[str, str]] = field(default_factory=list)  # (file's name, what of it was not read)

    def lines(self) -> list[str]:
        out = [
            f"files: {self.files} ({self.extracted} extracted, {self.unchanged} unchanged, {len(self.skipped)} skipped)",
            f"documents: {self.documents} ({self.duplicates} republished copies)",
            f"facts: {self.facts}",
        ]
        reasons = Counter(reason for _, reason in self.skipped)
        out += [f"skipped {n}: {reason}" for reason, n in reasons.most_common()]
        out += [f"partly read: {name}: {note}" for name, note in self.notes]
        if self.others:
            kinds = Counter(path.suffix.lower() or "(no extension)" for path in self.others)
            out.append(f"not read: {len(self.others)} other file{'s' if len(self.others) > 1 else ''} ("
                       + ", ".join(f"{n} {kind}" for kind, n in kinds.most_common()) + ")")
        return out


def mark_duplicates(index, result: FileResult) -> int:
    """Set `duplicate_of` on copies of earlier documents and flag their facts.

    A copy that holds clearly more numbers than its first copy, or else was given earlier or
    on the bureau's own site (`duplicates.rank`), becomes the original of them all, whatever
    order the files come in; the earlier ones stored already are listed in `result.replaced`, for
    `db.store` to mark."""
    copies = 0
    for doc in result.documents:
        first = index.add(doc["id"], doc["minhash"], doc["numbers"], rank(doc), doc["title"])
        if first and index.precedes(doc["numbers"], rank(doc), first, doc["minhash"], doc["title"]):
            index.promote(doc["id"], doc["minhash"], doc["numbers"], first, rank(doc), doc["title"])
            here = [d for d in result.documents if first in (d["id"], d["duplicate_of"])]
            for earlier in here:
                earlier["duplicate_of"] = doc["id"]
            if not any(d["id"] == first for d in here):
                result.replaced.append((first, doc["id"]))
            copies += 1
        elif first:
            doc["duplicate_of"] = first
            copies += 1
    flagged = {d["id"] for d in result.documents if d["duplicate_of"]}
    for fact in result.facts:
        fact["duplicate"] = int(fact["document_id"] in flagged or fact["duplicate"])  # or a sentence said twice
    return copies


def relink(db: sqlite_utils.Database, index, copies: list[dict]) -> None:
    """Copies in other files of documents a new version of their file replaced (as a re-run
    after an upgrade replaces every file): each is a copy of the document of the same id in the
    new version, or of the one that is its original now; else of the first original it copies,
    or, copying none (the original's file changed), an original itself."""
    for copy in copies:
        original = database.original_now(db, copy["duplicate_of"])
        if original is None:
            original = index.add(copy["id"], copy["minhash"], copy["numbers"], rank(copy), copy["title"])
        database.set_original(db, copy["id"], original)


def _stored(db: sqlite_utils.Database, digest: str, manifest: str | None) -> bool:
    """True when these bytes are stored already, with the same manifest entry, by this
    version of the pipeline."""
    stored = database.known(db, digest)
    return (bool(stored) and (stored.get("manifest") or None) == manifest
            and stored.get("pipeline") == pipeline_version())


def _work(path: Path, data: bytes, known: dict | None) -> FileResult | ReadError:
    """Process one file; a ReadError is returned, not raised, so that it can cross processes."""
    try:
        result = process(path, data, known)
    except ReadError as error:
        return error
    except Exception as error:  # a fault in a rule costs its file, not the run over all the others
        return ReadError(path, f"could not be extracted ({type(error).__name__}: {error}); this is a fault of minerals")
    result.source["manifest"] = _as_text(known)
    return result


def _parallel(tasks: Iterator[tuple], jobs: int, work: Callable = _work,
              ahead: int = 16) -> Iterator[tuple[Path, FileResult | ReadError]]:
    """Results in input order from this process and `jobs - 1` worker processes.

    This process stores every result, in order; while the next one is not ready it
    extracts the next file itself rather than wait, and at the end takes back the files
    no worker has begun.  So `jobs` processes share `jobs` cores, and one process fewer
    pays the start-up (imports and dictionaries, about 1 s).  Each worker is kept `ahead`
    files ahead, so that it goes on while this process stores or works through a long file.
    A worker that dies takes the pool with it: its files are tried again (`_retried_alone`)
    and the run goes on with a new pool.
    """
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    workers = jobs - 1
    pool = _started_pool(workers)
    try:
        window: deque[list] = deque()  # [task, a worker's future or this process's outcome], in input order
        pending = iter(tasks)
        task = next(pending, None)
        while window or task is not None:
            try:
                queued = sum(isinstance(entry[1], Future) for entry in window)
                while task is not None and queued < ahead * workers:
                    window.append([task, pool.submit(work, *task)])
                    queued += 1
                    task = next(pending, None)
                head = window[0][1]
                if isinstance(head, Future) and not head.done():
                    if task is not None and len(window) - queued < ahead:  # the next file
                        window.append([task, work(*task)])
                        task = next(pending, None)
                        continue
                    if task is None:  # no file left: take back the last one no worker has begun
                        last = next(entry for entry in reversed(window) if isinstance(entry[1], Future))
                        if last[1].cancel():
                            last[1] = work(*last[0])
                            continue
                if isinstance(head, Future):
                    window[0][1] = head.result()
            except BrokenProcessPool:
                pool.shutdown()
                _retried_alone(window, work)
                pool = _started_pool(workers)
                continue
            task_done, outcome = window.popleft()
            yield task_done[0], outcome
    except BaseException:  # stopped early (Ctrl-C, SIGTERM, the caller closing it): the workers' files are dropped
        _stopped(pool)
        raise
    pool.shutdown()


# The signals that stop a run (Ctrl-C, `kill`): each raises KeyboardInterrupt where this process is.
_STOPS = {signal.SIGINT, signal.SIGTERM}
# Set by a stop as it raises KeyboardInterrupt, and looked at before each file is stored: a raise
# that lands inside a finaliser (an object's __del__ run by the collector) is printed and dropped by
# Python, and the run went on to its end as if never stopped.
STOP = threading.Event()


def _started_pool(workers: int) -> ProcessPoolExecutor:
    """A pool whose workers are forked and whose thread is running, with the signals that stop a
    run held meanwhile: one arriving while the pool starts its thread left it unable to shut
    down (cannot join thread before it is started), and its worker behind."""
    from concurrent.futures import ProcessPoolExecutor

    held = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    pool = None
    try:
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_started, initargs=(os.getpid(),))
        pool.submit(int).result()
    finally:
        try:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)  # a stop held meanwhile is raised here
        except BaseException:
            if pool is not None:  # before the caller holds the pool: stop it here
                _stopped(pool)
            raise
    return pool


def _worker_started(parent: int) -> None:
    """In each worker: take the stops again, and on Linux die with the run, so that a run killed
    outright (`kill -9`, out of memory) leaves no worker behind, waiting for files forever."""
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPS)
    if sys.platform == "linux":
        import ctypes

        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # the run died before the line above
            os._exit(1)


_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def _stopped(pool: ProcessPoolExecutor) -> None:
    """End a pool at once: its workers are killed, not waited for.  They hold nothing a run keeps
    (their results come back here, where alone the database is written), and waiting for their
    files, or for the pool's own shutdown, held up a run that was asked to stop."""
    for worker in list((pool._processes or {}).values()):  # Python 3.14: pool.kill_workers()
        worker.kill()
    pool.shutdown(cancel_futures=True)


def _retried_alone(window: deque[list], work: Callable) -> None:
    """The files a dead worker's pool lost (the worker killed, out of memory, or crashed in a
    library), each run again alone in a new worker, so that a file that kills its worker
    again comes back as its error and the others as they would have."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    pool = None
    for entry in window:
        future = entry[1]
        if not isinstance(future, Future) or not (future.cancelled() or future.exception() is not None):
            continue
        pool = pool or _started_pool(1)
        try:
            entry[1] = pool.submit(work, *entry[0]).result()
        except BrokenProcessPool:
            pool.shutdown()
            pool = None
            entry[1] = ReadError(entry[0][0], "the process extracting it stopped, twice (killed, out of memory, "
                                              "or a crash in a library it uses): try it alone with --jobs 1")
    if pool is not None:
        pool.shutdown()


def _dask(tasks: Iterator[tuple], scheduler: str | None, work: Callable | None = None,
          retries: int = 2) -> Iterator[tuple[Path, FileResult | ReadError]]:
    """Results in input order from Dask workers: the cluster at `scheduler`, else a local one.

    A task lost with its worker, or failing with an unexpected error, is run again up to
    `retries` times; results come back to this process, which alone writes the database,
    so a retried file is stored once.
    """
    from distributed import Client, LocalCluster

    work = work or _work
    cluster = None if scheduler else LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                                  dashboard_address=None)
    with Client(scheduler or cluster) as client:
        try:
            window: deque = deque()
            for task in tasks:
                window.append((task[0], client.submit(work, *task, retries=retries, pure=False)))
                if len(window) >= 8 * max(1, len(client.scheduler_info()["workers"])):
                    path, future = window.popleft()
                    yield path, future.result()
            while window:
                path, future = window.popleft()
                yield path, future.result()
        finally:
            if cluster is not None:
                cluster.close()


def extract(db: sqlite_utils.Database, paths: Iterable[Path], on_error: Callable[[ReadError], None] = lambda e: None,
            progress: Callable[[Iterable[Path]], Iterable[Path]] = lambda it: it,
            manifest: dict[str, dict] | None = None, jobs: int = 1, engine: str = "local",
            scheduler: str | None = None, on_comparisons: Callable[[], None] = lambda: None,
            on_files: Callable[[list[Path]], None] = lambda files: None) -> Summary:
    """Extract every report under `paths` into `db`; files already stored are skipped by hash.

    `manifest` (see `minerals.manifest`) says what is known of some files; a file it
    names is re-extracted when what it says has changed.  With `jobs` > 1 files are
    read and extracted in that many processes, with `engine="dask"` on a Dask cluster
    (`scheduler` address, else a local cluster); storing stays in this process, in
    order, so the database is the same whichever way the work was done.  At the end the
    comparisons are stored anew if anything was written, after `on_comparisons`.
    `on_files` is shown the report files found, before any is read.
    """
    summary = Summary()
    index = database.duplicate_index(db)

    def skip(path: Path, error: ReadError) -> None:
        summary.skipped.append((path.name, error.reason))
        on_error(error)

    def tasks() -> Iterator[tuple[Path, bytes, dict | None]]:
        files = list(iter_files(paths, summary.others))
        on_files(files)
        for path in progress(files):
            summary.files += 1
            try:
                data = path.read_bytes()
            except OSError as exc:
                skip(path, ReadError(path, exc.strerror or str(exc)))
                continue
            known = lookup(manifest, path) if manifest else None
            if _stored(db, sha256(data), _as_text(known)):
                summary.unchanged += 1
                continue
            yield path, data, known

    if engine == "dask":
        outcomes = _dask(tasks(), scheduler)
    elif jobs > 1:
        outcomes = _parallel(tasks(), jobs)
    else:
        outcomes = ((t[0], _work(*t)) for t in tasks())
    parallel = engine == "dask" or jobs > 1
    # closed when the run stops, so that the workers stop with it, not when the generator is collected,
    # and first, so that a stopped run's workers stop before its indexes are built again
    with database.deferred_indexes(db), _batched_commits(db) as tick, closing(outcomes):
        for path, outcome in outcomes:
            if STOP.is_set():
                raise KeyboardInterrupt
            if isinstance(outcome, ReadError):
                skip(path, outcome)
                continue
            if parallel and _stored(db, outcome.source["sha256"], outcome.source["manifest"]):
                summary.unchanged += 1  # the same bytes under two names, both in flight at once
                continue
            replaced = database.replaced_documents(db, outcome.source)
            for old in replaced:
                index.remove(old)
            copies = database.copies_of(db, replaced, outcome.source["id"])
            summary.duplicates += mark_duplicates(index, outcome)
            outcome.source["pipeline"] = pipeline_version()
            database.store(db, outcome, index=False)
            relink(db, index, copies)
            summary.extracted += 1
            summary.documents += len(outcome.documents)
            summary.facts += len(outcome.facts)
            summary.notes += [(path.name, note) for note in outcome.notes]
            tick()
    if STOP.is_set():
        raise KeyboardInterrupt
    # The database itself, and its journal, may lie among the reports: they are no others.
    stored_in = {Path(file).resolve() for _, name, file in db.execute("PRAGMA database_list") if file}
    summary.others = [p for p in summary.others
                      if not any(p.resolve() in (f, f.with_name(f.name + "-journal")) for f in stored_in)]
    database.store_comparisons(db, on_comparisons)  # after a run that wrote, or one before it that died
    # The planner's statistics, for the facets of a big database and its comparisons: they say how
    # values are spread, which a run adding a tenth of the files stored or less barely changes,
    # and ANALYZE reads every index (9 s for 100,000 reports).
    stored = db.execute("SELECT count(*) FROM sources").fetchone()[0]
    if summary.extracted and (summary.extracted * 10 >= stored or not db["sqlite_stat1"].exists()):
        database.analyze(db)
    return summary


@contextmanager
def _batched_commits(db: sqlite_utils.Database, seconds: float = 2.0) -> Iterator[Callable[[], None]]:
    """Commit every few seconds rather than after every file: each commit waits for the disk.

    Every file is still stored whole or not at all (`db.store` works in a savepoint);
    an interrupted run loses at most the last few seconds of files, which the next
    run extracts again.  The full-text entries of the files stored meanwhile are
    written just before each commit, together.
    """
    db.conn.execute("BEGIN")
    last = time.monotonic()

    def tick() -> None:
        nonlocal last
        if time.monotonic() - last >= seconds:
            database.index_pending(db)
            db.conn.execute("COMMIT")
            db.conn.execute("BEGIN")
            last = time.monotonic()

    try:
        yield tick
    except BaseException:
        if db.conn.in_transaction:  # a stop between a COMMIT and its BEGIN found none
            db.conn.execute("ROLLBACK")
        raise
    database.index_pending(db)
    db.conn.execute("COMMIT")
