"""Native per-value cost of the privacy gate on ordinary values (not shipped; no timed test uses it). What the
detector remembers of the last value it judged is emptied before every call, as a fresh instance starts.

    .venv/bin/python tools/gate_bench.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from meta_capi import detector, privacy  # noqa: E402

VALUES = [("Blue Sneakers", False), ("Product 17", False), ("Running Socks - Size 42", False), ("SKU-1", True),
          ("ORD-000123", True), ("Blue Sneakers | Example Shop", False), ("Checkout - Example Shop", False),
          ("IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB", True), ("/products/blue-sneakers", False)]
URLS = ["https://shop.example.com/products/blue-sneakers?variant=42&utm_source=news"]


def best(call, rounds: int = 2000) -> float:
    times = []
    for _ in range(7):
        start = time.perf_counter()
        for _ in range(rounds):
            call()
        times.append((time.perf_counter() - start) / rounds * 1e6)
    return min(times)


def main() -> None:
    total = 0.0
    for value, id_like in VALUES:
        cost = best(lambda value=value, id_like=id_like: (detector.forget_remembered(),  # type: ignore[func-returns-value]
                                                          detector.reason(value, id_like)))
        total += cost
        print(f"{cost:6.2f} µs  reason({value!r}, id_like={id_like})")
    for url in URLS:
        cost = best(lambda url=url: (detector.forget_remembered(), privacy.clean_url(url)), 500)  # type: ignore[func-returns-value]
        total += cost
        print(f"{cost:6.2f} µs  clean_url({url!r})")
    print(f"{total:6.2f} µs  in all")


if __name__ == "__main__":
    main()
