"""How often the gate refuses an order number stamped with its day (`YYMMDD-NNNN`, closer 80): every day of a year
times a few serials, in each layout an order's number is written (alone in an id or in text, after an order's label,
under a key, in a query). Some pass a birth date's id check by chance (a Swedish personnummer's Luhn, one in ten).

    PYTHONPATH=src python tools/dated_order_numbers.py [YEAR]
"""

from __future__ import annotations

import datetime
import sys
from typing import Callable, Dict, List

from meta_capi import detector, privacy

SERIALS = ("0001", "0042", "0137", "2718", "4711", "9999")


def order_numbers(year: int) -> List[str]:
    """Every day of `year`, each serial: `YYMMDD-NNNN`."""
    start = datetime.date(year, 1, 1)
    days = (datetime.date(year + 1, 1, 1) - start).days
    return [(start + datetime.timedelta(days=day)).strftime("%y%m%d") + "-" + serial
            for day in range(days) for serial in SERIALS]


LAYOUTS: Dict[str, Callable[[str], bool]] = {
    "alone, in an id": lambda number: bool(detector.reason(number, True)),
    "alone, in text": lambda number: bool(detector.reason(number)),
    "Order …": lambda number: bool(detector.reason(f"Order {number}")),
    "Bestellung …": lambda number: bool(detector.reason(f"Bestellung {number}")),
    "Votre commande …": lambda number: bool(detector.reason(f"Votre commande {number}")),
    "Commande n° …": lambda number: bool(detector.reason(f"Commande n° {number}")),
    "Auftrag …": lambda number: bool(detector.reason(f"Auftrag {number}")),
    "SKU: …": lambda number: bool(detector.reason(f"SKU: {number}")),
    "Art.-Nr. …": lambda number: bool(detector.reason(f"Art.-Nr. {number}")),
    "order_id=…": lambda number: bool(privacy.custom_refusal("order_id", number)),
    "a purchase's order_id": lambda number: not privacy.free_text(number, "order_id", True),
    "order=…": lambda number: bool(privacy.custom_refusal("order", number)),
    "ref=…": lambda number: bool(privacy.custom_refusal("ref", number)),
    "?order=… in a URL": lambda number: privacy.clean_url(f"https://shop.example.com/t?order={number}") is None or (
        "order=" not in (privacy.clean_url(f"https://shop.example.com/t?order={number}") or "")),
}


def main() -> None:
    year = int(sys.argv[1]) if len(sys.argv) > 1 else 2025
    numbers = order_numbers(year)
    for layout, refused in LAYOUTS.items():
        count = sum(refused(number) for number in numbers)
        print(f"{layout:20} {count:5} of {len(numbers)} refused ({count / len(numbers):.1%})")


if __name__ == "__main__":
    main()
