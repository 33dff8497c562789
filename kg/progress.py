"""Which stage a long document is in, one line per stage on stderr.

A document of the genre builds in a second or two; one of several hundred thousand characters
takes minutes, and a user should see it move. The lines come from wherever the document is
processed (the build's process or a local worker process, which shares its stderr); a Dask
worker's stay on that worker. ``policykg build --quiet`` turns them off through the environment,
so worker processes started by the build inherit it.
"""
from __future__ import annotations

import os
import sys
import time

LONG_DOCUMENT = 200_000  # characters from which each stage of a document is shown
QUIET_ENV = "POLICYKG_QUIET"
STAGES = ("clean", "structure", "annotate", "reading page", "graph", "profiles")
_started: dict[tuple[str, int], float] = {}  # a document's first stage, for its later ones in this process


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
        print(f"{self.name}: {stage} ({where}{self.chars:,} characters, {time.perf_counter() - self.start:.0f} s so far)",
              file=self.stream or sys.stderr, flush=True)

    def done(self) -> None:
        if self.on:
            print(f"{self.name}: done ({self.chars:,} characters in {time.perf_counter() - self.start:.0f} s)",
                  file=self.stream or sys.stderr, flush=True)
            _started.pop((self.name, self.chars), None)


def document(name: str, chars: int, stages: tuple[str, ...] = STAGES) -> DocumentProgress:
    return DocumentProgress(name, chars, stages)
