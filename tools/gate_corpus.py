"""The privacy gate's verdicts over a corpus (not shipped in the guest): every string of the attack cases
(tests/privacy_attack_cases*.py) and of the bench events, through detector.reason in its four modes,
detector.key_reason and privacy.clean_url. `--write FILE` records the table, `--check FILE` compares with it
(a speed change to the gate must leave every verdict as it was).

    .venv/bin/python tools/gate_corpus.py --write /tmp/gate_verdicts.json
    .venv/bin/python tools/gate_corpus.py --check /tmp/gate_verdicts.json
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import inspect
import json
import sys
from pathlib import Path
from typing import Any, Dict, Iterator, List, Set, Tuple

ROOT = Path(__file__).resolve().parent.parent
for folder in ("src", "tests", "bench"):
    sys.path.insert(0, str(ROOT / folder))

from meta_capi import detector, personal_keys, privacy  # noqa: E402

MS = 1795500000000
# The ordinary values of the per-value microbench (tools/gate_bench.py) and a few more of their shapes.
ORDINARY = ["Blue Sneakers", "Product 17", "Running Socks - Size 42", "SKU-1", "ORD-000123", "Product 4",
            "https://shop.example.com/products/blue-sneakers?variant=42", "/products/blue-sneakers",
            "Blue Sneakers | Example Shop", "Checkout - Example Shop", "IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB",
            "EUR", "purchase", "Men's Shoes", "T-Shirt (Large)", "Size 42", "Mr Smith", "Dear Anna",
            "Product 1234567", "Order #123456", "Gift card 50€", "Café Crème", "日本語のページ"]


def _strings(value: Any, seen: Set[int], depth: int = 0) -> Iterator[Tuple[str, bool]]:
    """Every string in `value` (recursively), with whether it was a dict key."""
    if depth > 12 or id(value) in seen:
        return
    if isinstance(value, str):
        yield value, False
        return
    if isinstance(value, (int, float, bool, type(None), bytes)) or callable(value):
        return
    seen.add(id(value))
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str):
                yield key, True
            yield from _strings(item, seen, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _strings(item, seen, depth + 1)
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name), seen, depth + 1)
    elif hasattr(value, "__dict__"):
        yield from _strings(vars(value), seen, depth + 1)


def corpus() -> Tuple[List[str], List[str]]:
    values: Dict[str, None] = {}
    keys: Dict[str, None] = {}
    sources: List[Any] = []
    for path in sorted((ROOT / "tests").glob("privacy_attack_cases*.py")):
        module = importlib.import_module(path.stem)
        for name, obj in sorted(vars(module).items()):
            if inspect.isfunction(obj) and obj.__module__ == module.__name__ and "cases" in name:
                params = list(inspect.signature(obj).parameters)
                with contextlib.suppress(TypeError):  # helpers that need other arguments
                    sources.append(list(obj(MS) if params == ["ms"] else obj()))
            elif not inspect.ismodule(obj) and not callable(obj) and not name.startswith("__"):
                sources.append(obj)
    import run as bench  # type: ignore[import-not-found]  # bench/run.py
    sources.append(list(bench.bench_events(MS // 1000).values()))
    sources.append(ORDINARY)
    seen: Set[int] = set()
    for source in sources:
        for text, is_key in _strings(source, seen):
            (keys if is_key else values)[text] = None
    for text in list(values):
        if len(text) <= 40:  # the same values in other cases
            for variant in (text.upper(), text.lower(), text.title()):
                values.setdefault(variant, None)
        if len(text) <= 20:  # short values are keys too (labels, field names)
            keys[text] = None
    return list(values), list(keys)


def verdicts() -> Dict[str, Any]:
    values, keys = corpus()
    table: Dict[str, Any] = {}
    for text in values:
        row: List[Any] = [detector.reason(text, id_like, segments)
                          for id_like in (False, True) for segments in (False, True)]
        if "/" in text:
            row.append(detector.reason(text.replace("/", "\n"), False, True))
        if "/" in text:
            row.append(personal_keys.locator_path(text))
        if "://" in text or text.startswith("/"):
            row.append(repr(privacy.clean_url(text)))
        table["v:" + text] = row
    for key in keys:
        table["k:" + key] = detector.key_reason(key)
    return table


def main(argv: List[str]) -> int:
    table = verdicts()
    if argv[:1] == ["--write"]:
        Path(argv[1]).write_text(json.dumps(table, sort_keys=True))
        print(f"{len(table)} verdicts written")
        return 0
    if argv[:1] == ["--check"]:
        stored = json.loads(Path(argv[1]).read_text())
        differ = [name for name in stored.keys() | table.keys() if stored.get(name) != table.get(name)]
        for name in sorted(differ)[:40]:
            print("DIFFERS", repr(name)[:120], stored.get(name), table.get(name))
        print(f"{len(table)} verdicts, {len(differ)} differ")
        return 1 if differ else 0
    print(f"{len(table)} verdicts ({sum(name.startswith('k:') for name in table)} keys)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
