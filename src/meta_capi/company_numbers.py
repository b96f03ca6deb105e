"""Companies' registration numbers in the layouts their registers print, with their check digits (closer 105): a
company's public number, no person's, which a shop prints on every invoice and a listing shows as a company's.

- France's SIRET (an establishment's number in the SIRENE register): the SIREN's nine digits in threes and the
  establishment's five (`552 100 554 00021`), Luhn's check over the SIREN and over all fourteen. No card network
  prints fourteen digits so, and no person's id has that layout (a NIR has fifteen digits, `2 88 03 75 115 739 ..`).
- Brazil's CNPJ (a company's number): `00.000.000/0000-00`, the company's eight digits, the establishment's four
  after the `/` and two mod-11 check digits. A person's CPF has eleven digits, `000.000.000-00`: the layouts differ
  in their `/` and their count, so one is never read as the other.
- A VAT id with its country's prefix, glued or after a blank, and its number's check (closer 110): Italy's partita
  IVA (`IT` and eleven digits, Luhn's check), France's (`FR`, a key of two digits, (12 + 3 × (SIREN mod 97)) mod 97,
  and the SIREN with Luhn's), Poland's (`PL` and the NIP), Belgium's (`BE` and the enterprise number, 97 minus its
  first eight digits mod 97). Not Spain's (`ES` and a sole trader's DNI: a person's id) nor the Netherlands' (an
  older sole trader's BSN before `B01`).
- Poland's NIP after its label (`NIP 526-104-47-37`), ten digits with its mod-11 check (weights 6, 5, 7, 2, 3, 4, 5, 6,
  7): a tax number of a business, as a VAT id is. A person who runs none is identified by the PESEL (since 2011 no
  NIP is given to one), and a sole trader's NIP is public in the CEIDG register and printed on each invoice; the key
  `nip` stays personal, as `partita_iva` does. Other shapes after `NIP` (Indonesia's civil servants' eighteen digits)
  stay a labelled number.

A sole trader (France's micro-entrepreneur, Brazil's MEI) has a SIRET or a CNPJ too: it is the business's number,
public in the register (the SIRENE register's and the Receita Federal's published data) and printed on its invoices,
as a VAT id is, and holds no personal id's digits (a NIR, a CPF); it goes out as other businesses' numbers do. Under
a personal label it stays personal (`Customer no. 552 100 554 00021`), as any number there is.
"""

from __future__ import annotations

import re

from .national_ids import luhn

# The printed layouts, each a whole run of digit groups (the detector's runs; anchored: linear).
_SIRET = re.compile(r"([0-9]{3}) ([0-9]{3}) ([0-9]{3}) ([0-9]{5})")
_CNPJ = re.compile(r"([0-9]{2})\.([0-9]{3})\.([0-9]{3})/([0-9]{4})-([0-9]{2})")
# CNPJ's check weights, for the first and the second check digit.
_CNPJ_WEIGHTS = ((5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2), (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2))


def _cnpj_checks(digits: str) -> bool:
    """Whether fourteen `digits` end in a CNPJ's two mod-11 check digits (not one digit repeated)."""
    if len(set(digits)) == 1:
        return False
    for position, weights in enumerate(_CNPJ_WEIGHTS, start=12):
        remainder = sum(int(digit) * weight for digit, weight in zip(digits[:len(weights)], weights, strict=True)) % 11
        if int(digits[position]) != (0 if remainder < 2 else 11 - remainder):
            return False
    return True


def printed_company_number(run: str) -> bool:
    """Whether a run of digit groups is, whole, a company's registration number in its register's printed layout
    with its checks (a SIRET, a CNPJ)."""
    if len(run) == 17 and run[3:4] == " ":
        match = _SIRET.fullmatch(run)
        return match is not None and luhn("".join(match.groups()[:3])) and luhn("".join(match.groups()))
    if len(run) == 18 and run[2:3] == ".":
        match = _CNPJ.fullmatch(run)
        return match is not None and _cnpj_checks("".join(match.groups()))
    return False


def _french_vat(digits: str) -> bool:
    """France's VAT id's eleven digits: the key, then a SIREN with Luhn's check."""
    siren = digits[2:]
    return luhn(siren) and int(digits[:2]) == (12 + 3 * (int(siren) % 97)) % 97


def _belgian_vat(digits: str) -> bool:
    """Belgium's enterprise number: `0` or `1` and nine digits, 97 minus the first eight mod 97 the last two."""
    return digits[0] in "01" and int(digits[8:]) == 97 - int(digits[:8]) % 97


_NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)


def polish_nip(digits: str) -> bool:
    """Whether ten `digits` carry a Polish NIP's check digit (the weighted sum mod 11, never 10)."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    check = sum(int(digit) * weight for digit, weight in zip(digits, _NIP_WEIGHTS, strict=False)) % 11
    return check != 10 and check == int(digits[9])


# The prefixes read, with each number's length and check.
_VAT_CHECKS = {"IT": (11, luhn), "FR": (11, _french_vat), "PL": (10, polish_nip), "BE": (10, _belgian_vat)}
NIP_LABEL = "nip"


def prefixed_vat_id(prefix: str, digits: str) -> bool:
    """Whether `digits` after the country's `prefix` (two capitals) are that country's VAT id with its check."""
    length, check = _VAT_CHECKS.get(prefix, (0, luhn))
    return len(digits) == length and check(digits)
