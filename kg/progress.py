"""What a build tells its user while it runs: a bar per stage on a terminal, stable lines elsewhere.

``Reporter`` is the build's side (``kg.schedule``): on a terminal (stderr a TTY) a bar over the
documents with documents per second and the document it is waiting on, then one bar per stage of
the finish (related measures, graph files, pages, store) with its time, each left on screen
when done; lines for the user (warnings, skipped files) print above the bar. When stderr is not
a terminal (a log, CI, a pipe) there are no bars: the output stays line-based and the same as
ever (the label ``building`` once). ``quiet`` shows no progress at all, only what must be said.

``DocumentProgress`` says which stage a long document is in, one line per stage on stderr.

A document of the genre builds in a second or two; one of several hundred thousand characters
takes minutes, and a user should see it move. The lines come from wherever the document is
processed (the build's process or a local worker process, which shares its stderr); a Dask
worker's stay on that worker. ``policykg build --quiet`` turns them off through the environment,
so worker processes started by the build inherit it.
"""
from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

LONG_DOCUMENT = 200_000  # characters from which each stage of a document is shown
QUIET_ENV = "POLICYKG_QUIET"
BARS_ENV = "POLICYKG_BARS"  # set while a build draws bars, so that its worker processes clear the line
STAGES = ("clean", "structure", "annotate", "reading page", "graph", "profiles")
_started: dict[tuple[str, int], float] = {}  # a document's first stage, for its later ones in this process
_active: "tuple[int, Reporter] | None" = None  # (process id, the reporter drawing bars there): lines go above its bar
NAME_WIDTH = 32  # characters of a file name the bar shows
TICK = 0.5  # seconds between redraws of a bar that waits (its clock keeps moving)
DOCUMENTS_FORMAT = "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}, {rate_noinv_fmt}{postfix}]"
STAGE_FORMAT = "{desc}: {elapsed}"


class DocumentProgress:
    """``say(stage)`` prints ``NAME: STAGE (step k of n, C characters, T s so far)`` for a long document."""

    def __init__(self, name: str, chars: int, stages: tuple[str, ...] = STAGES, stream=None):
        self.name, self.chars, self.stages = name, chars, stages
        self.on = chars >= LONG_DOCUMENT and not os.environ.get(QUIET_ENV)
        self.stream = stream
        self.start = _started.setdefault((name, chars), time.perf_counter()) if self.on else 0.0

    def say(self, stage: str) -> None:
        if not self.on:
            return
        k = self.stages.index(stage) + 1 if stage in self.stages else None
        where = f"step {k} of {len(self.stages)}, " if k else ""
        self._line(f"{self.name}: {stage} ({where}{self.chars:,} characters, "
                   f"{time.perf_counter() - self.start:.0f} s so far)")

    def done(self) -> None:
        if self.on:
            self._line(f"{self.name}: done ({self.chars:,} characters in {time.perf_counter() - self.start:.0f} s)")
            _started.pop((self.name, self.chars), None)

    def _line(self, text: str) -> None:
        if _active is not None and _active[0] == os.getpid() and self.stream is None:
            _active[1].note(text)  # above the bar of this process (a forked worker has a copy of the reporter)
            return
        stream = self.stream or sys.stderr
        # a worker process writing to the terminal of a bar: clear the bar's line first (it is redrawn)
        clear = "\r\x1b[2K" if os.environ.get(BARS_ENV) and _isatty(stream) else ""
        print(clear + text, file=stream, flush=True)


def document(name: str, chars: int, stages: tuple[str, ...] = STAGES) -> DocumentProgress:
    return DocumentProgress(name, chars, stages)


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _size(stream) -> tuple[int, int]:
    try:
        size = os.get_terminal_size(stream.fileno())
    except (AttributeError, ValueError, OSError):
        return 0, 0
    return size.columns, size.lines


class Reporter:
    """The build's progress and its lines for the user, on ``stream`` (stderr by default).

    ``note(text)`` prints a line; ``documents(paths, outcomes, label)`` wraps the iteration over
    the documents' outcomes; ``step(text)`` starts a stage of the finish; ``close()`` ends the
    last bar. ``bars`` defaults to whether ``stream`` is a terminal.
    """

    def __init__(self, stream=None, quiet: bool = False, bars: bool | None = None):
        self.stream = stream if stream is not None else sys.stderr
        self.quiet = quiet or bool(os.environ.get(QUIET_ENV))
        self.bars = not quiet and (_isatty(self.stream) if bars is None else bars)
        self._bar = None
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None

    def note(self, text: str) -> None:
        if self._bar is not None:
            self._bar.write(text, file=self.stream)  # clears the bar, prints, redraws it
        else:
            print(text, file=self.stream, flush=True)

    def documents(self, paths, outcomes, label: str):
        """``(path, outcome)`` pairs as the outcomes arrive (in the order of ``paths``)."""
        if self.quiet or not self.bars:
            if not self.quiet and len(paths) >= 2:
                print(label, file=self.stream, flush=True)  # as ever without a terminal: the label once
            yield from zip(paths, outcomes)
            return
        bar = self._open(label.replace("building", "documents"), DOCUMENTS_FORMAT, total=len(paths))
        outcomes = iter(outcomes)
        for path in paths:
            name = Path(path).name
            name = name if len(name) <= NAME_WIDTH else name[:NAME_WIDTH - 1] + "…"  # the bar keeps its room
            bar.set_postfix_str(f"waiting on {name}", refresh=True)
            oc = next(outcomes)
            bar.update(1)
            yield path, oc
        bar.set_postfix_str("", refresh=False)
        self._close_bar()

    def step(self, text: str) -> None:
        """A new stage begins (the previous one's bar stays on screen with its time)."""
        if self.bars:
            self._close_bar()
            self._open(text, STAGE_FORMAT)

    def close(self) -> None:
        self._close_bar()

    def _open(self, desc: str, fmt: str, total: int | None = None):
        global _active
        from tqdm import tqdm  # only a terminal needs it

        # a terminal that reports no rows or columns (script(1), some ptys) gets a fixed size: tqdm would
        # otherwise hide the bar (it takes 0 rows as no room)
        cols, rows = _size(self.stream)
        fits = cols > 0 and rows > 0
        self._bar = tqdm(total=total, desc=desc, file=self.stream, bar_format=fmt, unit=" doc", dynamic_ncols=fits,
                         ncols=None if fits else cols or 80, nrows=None if fits else rows or 24, leave=True,
                         mininterval=0.1)
        _active = (os.getpid(), self)
        os.environ[BARS_ENV] = "1"
        self._stop.clear()
        self._ticker = threading.Thread(target=self._tick, args=(self._bar,), daemon=True)
        self._ticker.start()
        return self._bar

    def _tick(self, bar) -> None:
        while not self._stop.wait(TICK):
            bar.refresh()

    def _close_bar(self) -> None:
        global _active
        if self._bar is None:
            return
        self._stop.set()
        self._ticker.join()
        self._bar.close()
        self._bar = self._ticker = None
        _active = None
        os.environ.pop(BARS_ENV, None)
