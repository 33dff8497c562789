"""kg/stable_pickle.py: the same value pickled in two processes of different string hashes gives the same bytes
(the build cache's entries, hence the build, byte-identical whatever PYTHONHASHSEED; lane RV19)."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.stable_pickle import stable_dump, stable_loads

ROOT = Path(__file__).resolve().parent.parent

# each value printed as Python source, built afresh in the child process (its sets ordered by that process's hashes)
VALUES = [
    "{'碳达峰', '碳中和', '能耗', '双控', 'a', 'b', 'c'}",  # a set of strings
    "frozenset({('发展改革委', 3), ('生态环境部', 1), ('工业和信息化部', 2)})",  # a frozenset of tuples
    "{'k': {'x', 'y', 'z', 'w'}, 'j': frozenset({'p', 'q', 'r'})}",  # sets inside a dict
    "{frozenset({'省', '市'}), frozenset({'县'}), frozenset({'区', '乡'}), frozenset({'镇'}), frozenset({'村'})}",  # sets of sets
    "{('a', frozenset({'x', 'y', 'z'})), ('a', frozenset({'u', 'v', 'w'}))}",  # sets inside a set's tuples
    "{('a', None), ('b', 1), ('c', 'd')}",  # items that do not compare
]


def _digest(value: str, seed: str) -> str:
    code = ("import io, hashlib, sys; from kg.stable_pickle import stable_dump; b = io.BytesIO(); "
            f"stable_dump({value}, b); print(hashlib.sha256(b.getvalue()).hexdigest())")
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=True).stdout.strip()


@pytest.mark.parametrize("value", VALUES)
def test_the_same_value_gives_the_same_bytes_under_other_string_hashes(value):
    digests = {_digest(value, seed) for seed in ("1", "2", "3", "4")}
    assert len(digests) == 1, value


@pytest.mark.parametrize("value", VALUES)
def test_what_is_dumped_is_read_back_equal(value):
    import io
    buf = io.BytesIO()
    obj = eval(value)  # noqa: S307 - the test's own literals
    stable_dump(obj, buf)
    assert stable_loads(buf.getvalue()) == obj
