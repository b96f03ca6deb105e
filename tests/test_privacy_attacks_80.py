"""An eightieth outside attack (tests/privacy_attack_cases_80.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): banking and fintech apps, neobanks, money
transfer and payment apps, buy now pay later and budgeting (issue 16). About 300 ordinary cases (plan and card names,
savings pots, merchants as statements print them, amounts, exchange rates, KYC steps, fees, categories, promo codes,
statuses, payment schemes, banks' own codes, help pages, in eleven languages), which must go out whole; and about 150
personal cases putting an account holder's or a counterparty's data in the same leaves (payees and payers on
transfers and statement lines, IBANs, sort codes and account numbers, cards, PIX keys, UPI ids, cashtags and handles,
P2P apps' phone numbers, split bills, payment requests, transfer references, KYC documents, referral links, a
counterparty under its own key), each with a made-up marker (`Vrankowelt`, `Glimbersoll`, `583914`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_80 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a transfer's counterparty after a transfer's, a debit's or a statement line's phrase naming its direction, in
    # any language (`SEPA-Überweisung an …`, `VIR INST EMIS VERS M. …`, `FASTER PAYMENT TO I …`, `Swish till …`,
    # `Pix enviado para …`, `Zelle to …`): the payee or the payer by meaning, as a recipient's phrase is
    "a transfer's payee or payer after a transfer's phrase": [
        "payee German SEPA credit transfer @", "payee German direct debit from @", "payee French VIR SEPA received @",
        "payee French VIR INST to M. @", "payee UK Faster Payment to initial @",
        "payee Spanish transferencia a favor @", "payee Italian bonifico a favore @",
        "payee Dutch overboeking naar @", "payee Polish przelew do @", "payee Swedish Swish till @",
        "payee Norwegian Vipps til @", "payee Danish MobilePay fra @", "payee Brazilian Pix enviado @",
        "payee US Zelle to upper case @", "payee Mexican SPEI enviado @"],
    # a split bill's friend after the split's words (`Split with …`, `Rechnung geteilt mit …`, `… owes you €45.00`)
    "a split bill's friend": [
        "split English split with @", "split English owes you @", "split German geteilt mit @",
        "split French partagé avec @", "split Spanish dividido con @", "split Italian diviso con @",
        "split Dutch gedeeld met @"],
    # a payment request's or a payment's sender (`… requested £25.00`, `Zahlungsaufforderung von …`, `Demande de
    # paiement de …`, `Betaalverzoek van …`, `… paid you $40.00`, `Cobrança Pix de …`)
    "a payment request's or a payment's sender": [
        "request English requested @", "request German Zahlungsaufforderung @", "request French demande de @",
        "request Spanish Bizum solicitud @", "request Italian richiesta @", "request Dutch betaalverzoek @",
        "request Venmo paid you @", "request Brazilian cobrança @"],
    # a transfer reference naming its tenant or payer after the reference's label or a rent's word
    # (`Verwendungszweck: Miete November …`, `Loyer novembre …`, `Concepto: alquiler …`, `Tytułem: czynsz …`)
    "a transfer reference's name": [
        "reference German Verwendungszweck @", "reference French loyer @", "reference Spanish concepto @",
        "reference Italian causale @", "reference Dutch omschrijving @", "reference Polish tytułem @"],
    # a referral or invite link whose path or code is the referrer's name (`revolut.com/referral/<name><digits>`,
    # `join.monzo.com/c/<given>-<family>`, `wise.com/invite/ih/<name>`, `?code=<FAMILY><digits>`)
    "a referral link carrying the referrer's name": [
        "referral Revolut @", "referral N26 @", "referral Monzo @", "referral Wise @", "referral bunq @",
        "referral Nubank @", "referral Klarna @"],
    # a Cash App $cashtag by its grammar (`$` before letters is no amount: `$BrantleeQuorvenshaw`, `$bquor…583914`)
    "a $cashtag": ["handle cashtag @", "handle cashtag with digits @"],
    # a P2P app's mobile after the app's name and a preposition (`Vipps til 958 39 147`; `Vipps: …` is caught)
    "a P2P app's phone after its name and `til`": ["phone Vipps number @"],
    # a codice fiscale after its label whose check letter is mistyped (the label alone should do, as for a tax id)
    "a labelled codice fiscale with a wrong check": ["kyc Italian codice fiscale with a typo's check @"],
    # a counterparty's key by meaning holding a full name (`favorecido`, `split_with`, `requested_from`,
    # `counterparty`; `payee`, `beneficiary`, `Empfaenger`, `destinataire` are caught)
    "a counterparty's key": [
        "counterparty favorecido @", "counterparty split_with @", "counterparty requested_from @",
        "counterparty counterparty @"],
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a tenant's surname alone in a rent transfer's reference (`Rent Nov – … flat 3`)
    "names with no label or salutation": ["reference English rent @"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {}


globals().update(attack_tests(globals(), "eightieth", cases=(140, 160), family_count=(0, 16), ordinary=(290, 330)))
