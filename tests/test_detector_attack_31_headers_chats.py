"""The thirty-first attack's mails' header blocks and chats' transcripts (tests/privacy_attack_cases_31.py): Outlook's
header block in the client's language naming its sender or its recipient, a help desk's `From: … via Chat`. With the
near misses each rule leaves alone: a trip's `From:`/`To:` on one line, a shop's and a department's names in a block."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.postal import PERSON_NAME


@pytest.mark.parametrize("text", [
    "Von: Demo Shop\nGesendet: Montag, 3. Dezember 2026 10:14\nAn: Katrin Oberhauser\nBetreff: Ihre Bestellung",
    "Od: Alza.cz\nOdesláno: pondělí 3. prosince 2026 10:14\nKomu: Jana Svobodová\nPředmět: Vaše objednávka",
    "Από: Skroutz\nΣτάλθηκε: Δευτέρα 10:14\nΠρος: Μαρία Παπαδοπούλου\nΘέμα: Παραγγελία",
    "Dari: Tokopedia\nDikirim: Senin, 03 Desember 2026 10.14\nKepada: Siti Rahmawati\nPerihal: Pesanan",
    "Fra: Zalando\nSendt: 3. december 2026 10:14\nTil: Mette Jørgensen\nEmne: Ordre",
    "Від: Rozetka\nНадіслано: понеділок 10:14\nКому: Олена Коваленко\nТема: Замовлення",
    "מאת: שירות לקוחות\nנשלח: יום שני 10:14\nאל: דנה כהן\nנושא: הזמנה",
    "From: Annabel Whitcombe\nSent: Monday, December 3, 2026 10:14 AM\nTo: Customer Service\nSubject: Order",
    "Von: Katrin Oberhauser\nGesendet: Montag\nAn: Kundenservice",
    "Fra: Ingrid Haug\nSendt: mandag 3. desember 2026 10:14\nTil: Kundeservice\nEmne: Bestilling",
    "De : Marie Dupont\nEnvoyé : lundi 3 décembre 2026 10:14\nÀ : Service client\nObjet : Commande",
    "From: Whitcombe, Annabel\nSent: Monday\nTo: Support",
    "<p>Von: Demo Shop<br>Gesendet: Montag<br>An: Katrin Oberhauser<br>Betreff: Bestellung</p>",
    "see below\n\nFrom: Annabel Whitcombe\nSubject: Order 1234",
    "From: Anna Schmidt via Chat\nwhere is my order", "Von: Anna Schmidt via E-Mail",
])
def test_a_mail_header_blocks_sender_or_recipient_is_kept(text: str) -> None:
    assert detector.reason(text, False) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "From: Zalando\nSent: Monday, 3 Dec\nTo: Kundeservice\nSubject: Ordre",
    "Od: Alza.cz\nOdesláno: dnes\nKomu: Zákaznický servis\nPředmět: Reklamace",
    "מאת: שירות לקוחות\nנשלח: יום שני\nאל: צוות המכירות\nנושא: הזמנה",
    "Von: Zalando – An: Kundenservice", "From: Paris To: London Print", "Komu: Praha – Odesláno: dnes",
    "Til: Oslo S – Sendt: i dag", "Sent: 3 items | To: Berlin", "From: Paris, Sent: Love – Postcard Set",
    "From: Paris\nTo: London", "Von: Berlin\nNach: Hamburg Altona\nDatum: 3. Dezember",
    "From: Paris via London", "From: Demo Shop via Email\nhello", "From: Berlin via Chat",
])
def test_a_near_miss_of_a_mail_header_block_goes_out(text: str) -> None:
    assert detector.reason(text, False) == ""


@pytest.mark.parametrize("text", [
    "[03/12/2026, 10:42:11] Anna Schmidt: Hallo, wo ist mein Paket?", "03/12/2026, 10:42 - Anna Schmidt: Hallo",
    "[10:42] Anna Schmidt: Wo ist mein Paket?", "10:42 Anna Schmidt: wo ist mein Paket",
    "[10:42] 🙂 Anna Schmidt: where is my order", "[10:14] Annabel Whitcombe: where is my order",
    "ok\n10:42 Anna Schmidt: wo ist mein Paket", "[2026-12-03 10:42] Anna Schmidt: 2 Pakete fehlen",
])
def test_a_chat_exports_speaker_after_a_time_stamp_is_kept(text: str) -> None:
    assert detector.reason(text, False) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "[10:42] Flash Sale: 20% off everything", "10:30 Panel Discussion: Future of Retail",
    "10:00 Opening Keynote: Welcome", "Doors 19:30 Live Music: all night", "[10:42] 🙂 Demo Shop: where is my order",
    "Open 10:42 Anna Schmidt: wo", "03/12/2026, 10:42 Summer Sale: Hallo", "[10:42] Morning Run: Playlist",
    "10:42 Uhr Berlin Hbf: Abfahrt", "[10:42] Morning Run: Playlist & Mix",
])
def test_a_near_miss_of_a_chat_exports_time_stamp_goes_out(text: str) -> None:
    assert detector.reason(text, False) == ""


@pytest.mark.parametrize("text", [
    "Visitor Anna Schmidt: hi, is this in stock?", "Kundin Anna Schmidt hat geschrieben: wo bleibt mein Paket",
    "Visitor 4821 → Anna Schmidt: hi, I need help with my order", "Guest #17 -> Anna Schmidt: Hello",
    "Anna Schmidt (Customer) said:\nwhere is my order?", "Anna Schmidt replied:\nthe parcel never arrived",
    "Anna Schmidt a écrit :\nbonjour, où est ma commande ?", "Anna Schmidt dijo:\nhola, ¿dónde está mi pedido?",
    "Anna Schmidt reported via chat: parcel damaged", "ok\nAnna Schmidt hat geschrieben:\nwo bleibt es",
    "Anna Schmidt joined the chat", "Anna Schmidt ist dem Chat beigetreten", "Anna Schmidt a rejoint la conversation",
    "Conversation with Anna Schmidt", "Chat started by Anna Schmidt on Dec 3, 2026", "Gespräch mit Anna Schmidt",
])
def test_a_support_widgets_transcript_line_names_its_speaker(text: str) -> None:
    assert detector.reason(text, False) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Visitor Center Poster", "Visitor Center Hours: 9-17", "Customer Service: Mon-Fri 9-17", "Guest Room: Twin Beds",
    "Chat with Customer Service", "Conversation with God (Book)", "Conversation Hearts Candy", "Chat Noir T-Shirt",
    "Live Chat 24/7", "Le 3 décembre, Victor Hugo a écrit : anthologie", "Victor Hugo a écrit : anthologie",
    "Albert Einstein said: Imagination is more important", "Demo Shop replied:\nthanks for your order",
    "Customer Care joined the chat", "Conversation with Customer Service", "Join the Chat Today",
    "What the Hat Said", "Mark Twain said: the secret of getting ahead",
])
def test_a_near_miss_of_a_support_widgets_transcript_goes_out(text: str) -> None:
    assert detector.reason(text, False) == ""
