"""kg.background: the store's thread and the serialisations' process of a build, and their errors."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from kg.background import Background


def write_pid(path: Path) -> None:
    path.write_text(str(os.getpid()), encoding="utf-8")


def fail(message: str) -> None:
    raise ValueError(message)


def interrupt() -> None:
    raise KeyboardInterrupt


def test_a_process_runs_apart_and_a_thread_beside(tmp_path):
    bg = Background()
    bg.process(write_pid, tmp_path / "process")
    seen = []
    bg.thread(lambda: seen.append(os.getpid()))
    bg.wait()
    assert int((tmp_path / "process").read_text(encoding="utf-8")) != os.getpid()
    assert seen == [os.getpid()]


@pytest.mark.parametrize("where", ["thread", "process"])
def test_an_error_in_the_background_is_raised_by_wait(where):
    bg = Background()
    getattr(bg, where)(fail, f"broken in a {where}")
    with pytest.raises(ValueError, match=f"broken in a {where}"):
        bg.wait()


def test_an_interruption_in_the_store_thread_stops_the_build():
    bg = Background()
    bg.thread(interrupt)
    with pytest.raises(KeyboardInterrupt):
        bg.wait()


def test_stop_ends_a_process_still_running():
    bg = Background()
    bg.process(time.sleep, 60)
    t0 = time.monotonic()
    bg.stop()
    assert time.monotonic() - t0 < 30
    bg.wait()  # nothing left to wait for
