"""Native per-value cost of the privacy gate on ordinary values (not shipped; no timed test uses it). What the
detector remembers of the last value it judged is emptied before every call, as a fresh instance starts. With
`--crafted`: the cost of crafted events within the budget, 60 properties of 4,000 characters each one short part
repeated, whole events mapped (the allowance to judge applies), the costliest last.

    .venv/bin/python tools/gate_bench.py [--crafted]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from meta_capi import build_request, detector, privacy  # noqa: E402

VALUES = [("Blue Sneakers", False), ("Product 17", False), ("Running Socks - Size 42", False), ("SKU-1", True),
          ("ORD-000123", True), ("Blue Sneakers | Example Shop", False), ("Checkout - Example Shop", False),
          ("IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB", True), ("/products/blue-sneakers", False)]
URLS = ["https://shop.example.com/products/blue-sneakers?variant=42&utm_source=news"]


def _fresh(judge: Callable[..., object], *args: object) -> object:
    """One judgment as a fresh instance makes it: nothing remembered of the last value judged."""
    detector.forget_remembered()
    return judge(*args)


def best(call, rounds: int = 2000) -> float:
    times = []
    for _ in range(7):
        start = time.perf_counter()
        for _ in range(rounds):
            call()
        times.append((time.perf_counter() - start) / rounds * 1e6)
    return min(times)


# Short parts cut by commas, blanks and line breaks: each is a possible start of many layouts.
CRAFTED_PARTS = ["Flat 1,\t\t\t\r\n", "Flat 1,   a,   ", "House 3,\n\n", "1, ", "Kalye 1, ", "a, b\n", "Unit 4, ",
                 "PO Box 1,\n", "Dear A,\n", "Sr. A, ", "x\ty\n", "A, B, C\n", "ab , cd ,\n", "Apt 2 ,",
                 "the customer, Arjun Rao, ", "| Name | Qty |\n", "Road 1, Block 2, ", "Name: A\n", "1-2-3, ",
                 "Jl. A No. 1, ", "\u00a0,\u3000,", "Mr A, ", "c/o A, ", "Lot 1, ", "@a, ",
                 # (the cues of the thirteenth session's rules)
                 "k as in kilo, ", "Tribal id 12345, ", "F.I.O.: ", "Triq il-", "HELLO, MY NAME IS ÞÓR ",
                 "ÆGIR ÞÓR, ", "Ab Cs Vej 12, ", "BEGIN:VEVENT\nCN=", "12 Heol Y "]


def crafted() -> None:
    from builders import NOW, make_event, make_settings  # (the tests' event builder: this mode only)

    settings = make_settings()
    figures = []
    for part in CRAFTED_PARTS:
        value = (part * (4000 // len(part) + 1))[:4000]
        event = make_event("track", properties={f"p{index}": value for index in range(60)})
        best = min(_timed(build_request, "track", event, settings, NOW) for _ in range(3))
        figures.append((best, part))
    for seconds, part in sorted(figures):
        print(f"{seconds * 1e3:8.1f} ms  60 x 4,000 characters of {part!r}")


def _timed(call: Callable[..., object], *args: object) -> float:
    start = time.perf_counter()
    call(*args)
    return time.perf_counter() - start


def main() -> None:
    if sys.argv[1:] == ["--crafted"]:
        crafted()
        return
    total = 0.0
    for value, id_like in VALUES:
        cost = best(lambda value=value, id_like=id_like: _fresh(detector.reason, value, id_like))
        total += cost
        print(f"{cost:6.2f} µs  reason({value!r}, id_like={id_like})")
    for url in URLS:
        cost = best(lambda url=url: _fresh(privacy.clean_url, url), 500)
        total += cost
        print(f"{cost:6.2f} µs  clean_url({url!r})")
    print(f"{total:6.2f} µs  in all")


if __name__ == "__main__":
    main()
