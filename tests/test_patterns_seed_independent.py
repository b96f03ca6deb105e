"""Every compiled pattern of the core has the same text whatever the string hash seed.

A pattern built by joining the words of a set in the set's order changes its alternation from run to run (the
order follows PYTHONHASHSEED, which native tests leave random and the .wasm build cannot fix), and with it the
match found: its span, its groups, and behind an atomic group or a possessive quantifier whether there is one.
Each module's module-level patterns (alone or in a tuple, list or dict) are collected in one interpreter per seed.
"""

import json
import os
import pkgutil
import subprocess
import sys
from typing import Dict

import pytest

import meta_capi
from meta_capi.canonical import by_first_letter, longest_first

SEEDS = ("0", "1")
Patterns = Dict[str, Dict[str, Dict[str, str]]]  # seed -> module -> name -> pattern text
MODULES = sorted(info.name for info in pkgutil.iter_modules(meta_capi.__path__))

_COLLECT = """
import importlib, json, pkgutil, re, sys
import meta_capi

def walk(name, value, depth, found):
    if isinstance(value, re.Pattern):
        found[name] = value.pattern if isinstance(value.pattern, str) else repr(value.pattern)
    elif depth < 3 and isinstance(value, (tuple, list)):
        for index, item in enumerate(value):
            walk(f"{name}[{index}]", item, depth + 1, found)
    elif depth < 3 and isinstance(value, dict):
        for key, item in value.items():
            walk(f"{name}[{key!r}]", item, depth + 1, found)

patterns = {}
for info in pkgutil.iter_modules(meta_capi.__path__):
    found = patterns.setdefault(info.name, {})
    for name, value in vars(importlib.import_module("meta_capi." + info.name)).items():
        walk(name, value, 0, found)
json.dump(patterns, sys.stdout)
"""


@pytest.fixture(scope="module")
def patterns_by_seed() -> Patterns:
    source = os.path.dirname(os.path.dirname(meta_capi.__file__))
    found: Patterns = {}
    for seed in SEEDS:
        run = subprocess.run([sys.executable, "-c", _COLLECT], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": source})
        found[seed] = json.loads(run.stdout)
    return found


def test_the_collection_finds_the_patterns_of_the_gate(patterns_by_seed: Patterns) -> None:
    patterns = patterns_by_seed[SEEDS[0]]
    assert sorted(patterns) == MODULES
    assert {"_BOX", "_KIND_CUE"} <= patterns["postal"].keys()
    assert "_APPOSED_CUE" in patterns["named_in_text"]


@pytest.mark.parametrize("module", MODULES)
def test_module_patterns_are_the_same_for_every_hash_seed(patterns_by_seed: Patterns, module: str) -> None:
    first, second = (patterns_by_seed[seed][module] for seed in SEEDS)
    assert sorted(name for name in first if first[name] != second.get(name)) == []
    assert first == second


def test_longest_first_puts_a_word_before_its_prefix_then_orders_by_code_point() -> None:
    assert sorted({"rue", "ru", "avenue", "via", "r", "calle"}, key=longest_first) == [
        "avenue", "calle", "rue", "via", "ru", "r"]


def test_by_first_letter_groups_in_one_order_whatever_the_set_order() -> None:
    assert by_first_letter({"punkt", "at", "point", "arroba"}) == "a(?:rroba|t)|p(?:oint|unkt)"
    assert by_first_letter(["at", "arroba"], ["point", "punkt"]) == by_first_letter(["punkt", "point", "arroba", "at"])
