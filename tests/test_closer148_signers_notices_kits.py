"""Closer 148 (review 24's leaks): a signer by a signing's day, a pending signature's label, a notice's life span
without brackets, the deceased after a grave's or a bench's word, a kit's code mostly of letters, a DNA match's name
key and a tree's person in a search's query.

- A signer after `signed by` by language and a day's date after the day's preposition (e_signatures.SIGNED_ON,
  _SIGNED_ON_DAY: `Signed by … on 03/12/2026`, `Unterschrieben von … am 03.12.2026`, `Signé par … le 3 mars 2026`):
  a document signed on a day names its signer; an author's signed copy names an edition, no day (`Signed by Ken
  Follett – First Edition`, `Signed by the Author`). A pending signature's label, the signature's word and its state
  in either order by language, before a full name (e_signatures.SIGNATURE_WORDS, AWAITED, _PENDING_LABEL: `Firma
  pendiente: …`, `Signature en attente : …`, `Unterschrift ausstehend: …`, `Awaiting signature: …`); not a
  document's or a business's words after it.
"""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"

SIGNERS = [
    "Signed by Tamsin Orvelloway on 14/11/2026", "Unterschrieben von Tamsin Orvelloway am 14.11.2026",
    "Signé par Tamsin Orvelloway le 14 novembre 2026", "Firmado por Tamsin Orvelloway el 14/11/2026",
    "Signed by Tamsin Orvelloway, on November 14, 2026", "Ondertekend door Tamsin Orvelloway op 14 november 2026",
    "Signed by Tamsin Orvelloway on 2026-11-14 at 10:02", "Firmato da Tamsin Orvelloway il 14 nov 2026",
    "Firma pendiente: Tamsin Orvelloway", "Signature en attente : Tamsin Orvelloway",
    "Unterschrift ausstehend: Tamsin Orvelloway", "Awaiting signature: Tamsin Orvelloway",
    "Pending signature – Tamsin Orvelloway", "Assinatura pendente: Tamsin Orvelloway, RH",
    "Firma in attesa: Tamsin Orvelloway",
]
SIGNER_LOOK_ALIKES = [
    "Signed by the Author", "Signed by Ken Follett – First Edition", "Signed by Ken Follett",
    "Signed by Ken Follett on the title page", "Signed by Ken Follett on 1st Edition 1989",
    "Signed by Stephen King on his 1986 tour", "Signed by the Artist on 12/03/2026", "Signed by Ken Follett on 2 pages",
    "Firma pendiente: Contrato de alquiler", "Signature pending: 3 documents", "Awaiting signature: Acme Corp",
    "Pending signature: Terms and Conditions", "Unterschrift ausstehend: Mietvertrag", "Signature en attente",
    "Awaiting Signature: New Hire Onboarding", "Signature required at delivery",
]


@pytest.mark.parametrize("text", SIGNERS)
def test_a_signer_by_a_day_or_a_pending_label_is_a_name(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", SIGNER_LOOK_ALIKES)
def test_a_signed_copy_or_a_pending_document_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
