"""The thirtieth attack's mails and chats (mails.py): a salutation and a first name called by a mark, the message going
on; an honorific and a name on a line of its own; Chinese and Korean names before a polite title or `드림`; informal
closings and their abbreviations, the closings of Japanese and Chinese; a letter's signature before a phone's footer or
a quoted reply; a chat's `this is`, time stamps and `Kunde … schreibt:`; and the shop data of the same shapes that goes
out."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.postal import PERSON_NAME

NAMED = [
    # a salutation and one word called by a comma or `!`, the message going on
    "Dear Annabel, happy birthday! Love, Harriet",
    "Lieber Matthias, alles Gute! Deine Henrike",
    "Querida Lucía, feliz cumpleaños. Besos, Joaquín",
    "Cara Giulia, tanti auguri! Lorenzo",
    "Sevgili Ayşe, iyi ki doğdun!",
    "Дорогая Ольга, с днём рождения!",
    "عزيزتي فاطمة، عيد ميلاد سعيد",
    "Alles Gute zum Geburtstag, liebe Henrike! Dein Matthias",
    "Happy birthday!\nDear Tomasz, we love you",
    # an honorific and a name at a line's end, the letter going on in lower case
    "Madame Rousselot,\nvotre colis est arrivé.",
    "Herr Oberhauser,\nvielen Dank für Ihre Bestellung",
    # Chinese and Korean
    "親愛的美玲，生日快樂！",
    "王晓明先生您好",
    "尊敬的客户：李娜女士，您好",
    "박지훈 고객님, 안녕하세요",
    "감사합니다, 박지훈 드림",
    # informal closings, their abbreviations, Japanese and Chinese closings
    "Thanks for the quick help.\nBest, Annabel Whitcombe",
    "Danke!\nLG, Katrin",
    "VG Katrin Oberhauser",
    "Merci !\nBisous, Camille",
    "Groetjes, Sanne",
    "Abraços, Beatriz",
    "Mvh Sven Åkerlund",
    "Un abrazo, Lucía",
    '{"step": 2, "comment": "Danke!\\nLG, Katrin"}',
    "よろしくお願いいたします。\n敬具\n佐藤健一",
    "谢谢！\n此致敬礼\n王晓明",
    # a closing's signature before a phone's footer or a quoted reply
    "Kind regards,\nHarriet Pemberton\n\nSent from my iPhone",
    "Mit freundlichen Grüßen\nKatrin Oberhauser\nVon meinem iPhone gesendet",
    "Cheers,\nAnnabel\n\nSent from my Galaxy",
    "Cordialement,\nCamille Rousselot\n\nEnvoyé de mon iPhone",
    "Best regards,\nAnnabel Whitcombe\n\n> On Mon, Shop wrote:\n> Your order has shipped",
    # chats
    "Customer: Hi, this is Annabel Whitcombe",
    "Hallo, hier ist Katrin Oberhauser, ich warte auf mein Paket",
    "Merhaba, ben Ayşe Yılmazer, siparişim gelmedi",
    "[10:14] Annabel Whitcombe: where is my order",
    "[02/12/2024, 10:14] Annabel Whitcombe: any news?",
    "Kunde Katrin Oberhauser schreibt:",
    "Customer Annabel Whitcombe wrote: the parcel is damaged",
    "Hi Annabel Whitcombe,\nyour order has shipped",
]

GOES_OUT = [
    # titles with a salutation's or a closing's word and no mark calling a name
    "Best Friends Mug",
    "Dear Evan Hansen (Broadway CD)",
    "Cheers Beer Glass Set",
    "Sent from my iPhone Case",
    "Lieber Gott Poster",
    "Cara Delevingne Perfume",
    "LG OLED evo C3 55 Zoll",
    "LG Gram Pro 16",
    "Mvh",
    # a book's subtitle after the comma, a figure, the family by its role, a crowd, the text's end after the name
    "Dear Ægir, a Nordic Cookbook",
    "Dear Theo, the Autobiography of Vincent van Gogh",
    "Dear Santa, please bring me a bike",
    "Kara Sevda, season 2",  # (Esperanto's "dear" is Turkish "black": a series' title)
    "Lieber Papa, alles Gute!",
    "Frohe Weihnachten, liebe Leute! Euer Shop",
    "Dear Santa,",
    "প্রিয় বই, নতুন",
    "Cara Mia",
    # a closing without a name, a business signing, a brand list
    "Best, The Shop Team",
    "LG, Samsung",
    "Marken:\nLG, Sony",
    "Groetjes uit Amsterdam",
    "Un abrazo, Mamá",
    "Sent from my iPhone",
    "Kind regards\n\nSent from my iPhone",
    # Chinese and Korean near misses: a family name alone, a drama's title, a shop's words for its customers
    "李先生您好",
    "亲爱的，热爱的 DVD",
    "소중한 고객님, 안녕하세요",
    "오렌지 드림",
    "敬具",
    # chats: one word, a title in title case, a newspaper writing, a time without brackets
    "Hello, this is Dog",
    "This Is Us Season 1 DVD",
    "Die Zeit schreibt: neue Kollektion",
    "[10:00] Store Opening: doors open",
    "Hi there,\nyour order has shipped",
]


@pytest.mark.parametrize("value", NAMED)
def test_mails_and_chats_name_a_person(value):
    assert detector.reason(value, False) == PERSON_NAME


@pytest.mark.parametrize("value", GOES_OUT)
def test_mails_and_chats_shop_data_goes_out(value):
    assert detector.reason(value, False) == ""
