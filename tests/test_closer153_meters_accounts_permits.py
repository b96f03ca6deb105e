"""Closer 153 (attack 72: utilities, broadband, civic services): a home's metering point after its label by language,
by rule.

- A metering point's GS1 EAN-18 after the label of a country that prints it (metering_points._EAN_LABEL: Sweden's
  `Anläggnings-ID`, Poland's `PPE`), its GS1 check digit read as for an EAN's label.
- Spain's CUPS and Portugal's CPE unbroken or in the groups of four a bill prints (metering_points._CUPS), by their
  two control letters.
- A metering point with no check digit after its label by language (metering_points._LABELLED): France's PDL or PRM
  and Italy's PDR (14 digits), France's PCE (14 digits or `GI` and six), Texas' ESI ID (17 to 22 digits from `10`).
  A label with no number is a guide's or a tariff's and goes out.
"""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSONAL_METERING_POINTS = [
    'Anläggnings-ID: 735999100000000010', 'Anläggningsnummer 735999100000000010', 'Numer PPE: 590310600000000019',
    'Kod PPE 590310600000000019', 'CUPS: ES0021 0000 0000 0000 RC', 'Código CUPS ES 0021 0000 0000 0000 RC',
    'Código CPE: PT0002000012345678MV', 'CPE PT0002 0000 1234 5678 MV', 'Numéro PDL : 25184736291045',
    'PRM : 30001610071825', 'Mon PRM Linky : 30001610071825', 'Point de livraison : 25184736291045',
    'PCE : GI771204', 'N° PCE 21190377465082', 'PCE gaz : GI771204', 'PDR 00881000123456',
    'Codice PDR: 00881000123456', 'ESI ID 10443720001234567', 'ESIID: 1008901000140510012345',
]

ORDINARY_METERING_WORDS = [
    'PDL – Point de livraison: définition', 'CUPS: qué es y dónde encontrarlo', 'Tarif PRM – 6 kVA',
    'Numer PPE – gdzie go znaleźć?', 'Anläggnings-ID – vad är det?', 'PCE 12 pièces', 'Lot 100 pce 12345678901234',
    'Numer PPE: 590310600000000018', 'PDR gas: cos’è e come leggerlo', 'ESI ID lookup – Texas',
    'Código CPE: onde encontrar na fatura', 'EAN 4006381333931',
]


@pytest.mark.parametrize("value", PERSONAL_METERING_POINTS)
def test_a_metering_point_after_its_label_is_refused(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", ORDINARY_METERING_WORDS)
def test_a_metering_points_label_without_its_number_goes_out(value: str) -> None:
    assert detector.reason(value) == ""
