"""Closer 59: bank accounts in payout, refund and checkout notes (attack 40). An account's number (six digits and more)
after an account's label in the shops' languages (`acc`, `acct`, `A/c`, `Account`, `savings account`, `conta`,
`conto corrente`, `Kto.-Nr.`, `口座番号`) or beside its branch's code in its national layout (a sort code, a BSB, a
transit, an IFSC, a branch code), and a Mexican CLABE with its check digit after a transfer's word, are read; the same
words before a product's, an order's or a settings page's words and numbers go out, and so does a CLABE-shaped number
alone. The values here are this file's own."""

from __future__ import annotations

import pytest

from meta_capi import detector


def clabe(seventeen: str) -> str:  # Mexico: weights 3 7 1, each product mod 10
    total = sum(int(digit) * (3, 7, 1)[index % 3] % 10 for index, digit in enumerate(seventeen))
    return seventeen + str((10 - total % 10) % 10)


PERSONAL = [
    # after an account's label, its abbreviations and number words
    "pls refund acc 52817404", "Acct: 2281 7740", "A/C 52817740", "a/c no. 5281 7741", "A/c No: 528177405512",
    "Account 5281 7742 (Starling)", "Account # 52817743", "savings account 52817744", "checking account: 528177451",
    "Current account 52817746", "acc 528-177-47", "Acc. 52817748", "Acct. 5281 7749",
    # in the other languages of the shops
    "Conta 52817-4", "conta corrente 528177-5", "conta poupança: 52817-6", "Conto corrente n. 000052817748",
    "Kto.-Nr. 5281774901", "Konto 5281774902", "cuenta 5281774903", "compte 52817749041", "口座番号 5281775",
    "Conta n° 5281774",
    # beside its branch's code in its national layout
    "Sort code 20-45-77, 52817751", "BSB 082-902, 52817752", "transit 04512-002, 5281775", "IFSC: HDFC0001234, "
    "52817754110", "Branch code 250655 62528177541", "IFSC SBIN0004321 52817755120",
    # a CLABE with its check digit after a transfer's word
    f"transferir a {clabe('01418000528177400')}", f"Transfer to {clabe('07218000528177401')}",
    f"SPEI: {clabe('01218000528177402')}", f"depositar en {clabe('00218000528177403')}",
]

ORDINARY = [
    # the account words before a product's, a page's or a plan's words and numbers
    "Account settings 2024", "Acc. 12 month warranty", "Conta Azul planner 2025", "Account: Gold member",
    "Account 2FA guide", "My account 3 orders", "Accessories 2024 catalogue", "ACC 7395 cruise module",
    "Current 16A 230V", "Savings 25% on 3 items", "Konto anlegen in 2 Minuten", "Conto alla rovescia 2025",
    "Compte à rebours 10 jours", "Cuenta regresiva 2026", "conta 12 produtos", "口座開設ガイド 2025",
    "Account No. 2 of 3", "acct. 3 items", "A/C 18000 BTU", "Split A/C 1.5 ton 12000 BTU",
    # a date's or an amount's digits after the words (Portuguese `conta` is a bill too)
    "Account 29.11.2024", "Account 12/03/2024", "Account 2024-11-29", "conta 12.345,67", "Total da conta 1.234,56",
    "Acc 1.234.567", "Konto 2024-11-29",
    # the branch codes' labels and layouts in ordinary titles
    "Sort code lookup guide", "IFSC code book", "BSB lookup 2025", "Transit map 2024-2025", "Branch code list",
    "Sort code 20-45-77", "Branch code 250655", "IFSC SBIN0004321", "IFSC code SBIN0004321",
    "Promo code 123456, 12345678", "Discount code 20-00-00, 73951846",
    "Postcode 12345, 12345678", "Code 2024-11-29, 12345678",
    # an order's, an invoice's, a product's numbers
    "Order 52817740", "Order no. 5281774", "Invoice 52817741", "Invoice no. 2026-52817", "SKU 528177-42",
    "Bestellnummer 528177401", "Pedido 528177402",
    # a CLABE-shaped number alone, or after other words (one eighteen-digit number in ten has its check)
    clabe("01418000528177404"), f"Pedido {clabe('01418000528177405')}", f"Order {clabe('01418000528177406')}",
    f"Tracking {clabe('01418000528177407')}",
]

ORDINARY_IDS = ["acc_52817740", "ACC-2024-0001", "account-52817740", "conta-528177"]


@pytest.mark.parametrize("value", PERSONAL)
def test_a_bank_account_is_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", ORDINARY)
def test_ordinary_values_go_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("value", ORDINARY_IDS)
def test_ordinary_ids_go_out(value: str) -> None:
    assert detector.reason(value, id_like=True) == ""
