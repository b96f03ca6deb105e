"""Closer 112: a name a greeting calls ends as a label's value does (label_ends.py: a dash between blanks, a colon, a
line break) or as a sentence does (a full stop), besides a comma and `!`: after those ends the sentence goes on to the
person (a word of the second person or of thanks within three words: `Hi Anna - your order has shipped`, `Hello Anna.
Thanks for shopping`, `Hi Anna\\nYour order`), as a title's part or subtitle ends so as often (`Hello Kitty -
Backpack`). A full name (name_shapes.a_person), one word, an honorific and a name, or a name in capitals after a
greeting that is not (`Hi ANNA, your order`) is read so in every lexicon language. A letter's formal salutation and
its title (by meaning: `Sehr geehrte Frau`, `Szanowny Panie`, `Geachte Mevrouw`) name the person before any end, a
title called alone by a comma too (`Sehr geehrte Frau, Anna Quendrix!`); a fond one (`Dear`, `Liebe`) and a title or a
full name before a dash or a full stop, when the sentence goes on to the person."""

from __future__ import annotations

from typing import List, Tuple

import pytest

from meta_capi import detector
from meta_capi.postal import PERSON_NAME

# A greeting of each lexicon language in Latin letters, and a sentence said to the person in that language.
GREETINGS = {
    "en": ("Hi", "Hello", "Hey", "Good morning", "Good evening", "Thank you", "Thanks", "Many thanks", "Welcome back"),
    "de": ("Hallo", "Moin", "Guten Tag", "Danke", "Vielen Dank", "Willkommen zurück"),
    "fr": ("Bonjour", "Salut", "Bonsoir", "Merci", "Merci beaucoup", "Bon retour"),
    "es": ("Hola", "Buenos días", "Gracias", "Muchas gracias"),
    "it": ("Ciao", "Buongiorno", "Grazie", "Bentornata"),
    "pt": ("Olá", "Oi", "Bom dia", "Obrigado", "Obrigada"),
    "nl": ("Hallo", "Hoi", "Goedemorgen", "Beste", "Bedankt", "Dank je wel"),
    "pl": ("Cześć", "Dzień dobry", "Dziękujemy"),
    "cs": ("Ahoj", "Dobrý den", "Děkujeme"),
    "ro": ("Bună", "Bună ziua", "Mulțumim"),
    "hu": ("Szia", "Helló", "Köszönjük"),
    "tr": ("Merhaba", "Selam", "Teşekkürler"),
    "sv": ("Hej", "Hallå", "Tack"),
    "da": ("Hejsa", "Goddag", "Tusind tak"),
    "no": ("Hei", "God morgen", "Takk"),
    "fi": ("Moi", "Terve", "Kiitos"),
    "id": ("Halo", "Selamat pagi", "Terima kasih"),
}
GOES_ON = {
    "en": "your order has shipped", "de": "deine Bestellung ist unterwegs", "fr": "votre colis est parti",
    "es": "tu pedido ha sido enviado", "it": "il tuo ordine è partito", "pt": "o seu pedido foi enviado",
    "nl": "je bestelling is verzonden", "pl": "Twoje zamówienie wysłane", "cs": "vaše objednávka je na cestě",
    "ro": "comanda ta a fost expediată", "hu": "köszönjük a rendelést", "tr": "siparişiniz kargoda",
    "sv": "din order har skickats", "da": "din ordre er sendt", "no": "din bestilling er sendt",
    "fi": "kiitos tilauksestasi", "id": "terima kasih atas pesanan",
}
# The forms of a name (none the attack's own: a given name alone, full names, a particle, a hyphen, capitals, titles).
NAMES = ("Ottilie", "Ottilie Brandvold", "Ottilie van Brandvold", "Ottilie-Marie Brandvold", "Ottilie Marie Brandvold",
         "OTTILIE", "OTTILIE BRANDVOLD", "Ms. Brandvold", "Dr. Ottilie Brandvold", "Herr Brandvold")
# The ends of a called name, and how the sentence after it is written.
ENDS = {"comma": ", {}", "bang": "! {Cap}", "dash": " - {}", "en dash": " – {}", "em dash": " — {}",
        "full stop": ". {Cap}", "line": "\n{Cap}", "crlf line": "\r\n{Cap}", "colon": ": {}"}


def _matrix() -> List[Tuple[str, str]]:
    cases = []
    for language, greetings in GREETINGS.items():
        sentence = GOES_ON[language]
        for greeting in greetings:
            for call in (" ", ", "):
                for name in NAMES:
                    for end, tail in ENDS.items():
                        text = greeting + call + name + tail.format(sentence, Cap=sentence[:1].upper() + sentence[1:])
                        cases.append((f"{greeting}{call.strip()} {name} {end}", text))
    return cases


MATRIX = _matrix()


@pytest.mark.parametrize("text", [text for _, text in MATRIX], ids=[name for name, _ in MATRIX])
def test_a_name_a_greeting_calls_is_dropped_whatever_ends_it(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


SALUTED = [
    # a formal salutation's title, before any end
    "Sehr geehrte Frau Ottilie Brandvold - Ihre Bestellung ist unterwegs",
    "Sehr geehrter Herr Brandvold,", "Sehr geehrter Herr Brandvold – Ihre Rechnung",
    "Sehr geehrte Frau Dr. Brandvold,", "Sehr geehrte Frau Prof. Ottilie Brandvold. Vielen Dank",
    "Sehr geehrte Frau, Ottilie Brandvold!", "Sehr geehrter Herr, Dr. Brandvold:",
    "Szanowna Pani Ottilie Brandvold.", "Szanowna Pani Ottilie Brandvold. Dziękujemy",
    "Szanowny Panie Brandvold.", "Szanowny Panie Brandvold - zamówienie wysłane",
    "Geachte Mevrouw Brandvold.", "Geachte mevrouw Brandvold - uw bestelling", "Geachte Heer Brandvold.",
    "Vážený Pane Brandvolde - vaše objednávka", "Vážená paní Brandvoldová.",
    "Stimată Doamnă Brandvold - comanda", "Estimada Sra. Brandvold - su pedido", "Distinguida Sra. Brandvold.",
    "Prezada Senhora Brandvold.", "Exmo. Sr. Otávio Brandvold,", "Egregio Sig. Brandvold - il suo ordine",
    "Gentile Signora Brandvold. Grazie",
    # a fond one, a title or a full name before a dash or a full stop when the sentence goes on to the person
    "Dear Ms. Brandvold - your order has shipped", "Dear Ottilie Brandvold - your order has shipped",
    "Liebe Frau Brandvold. Ihre Bestellung ist da", "Chère Madame Brandvold - votre commande",
    "Dear Mr. Brandvold.",  # (a full stop ending the text is its end: `Dear Mr. Brandvold` is dropped)
]


@pytest.mark.parametrize("text", SALUTED)
def test_a_letter_s_salutation_and_its_title_name_the_person_before_any_end(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


ORDINARY = [
    # a title's part or a subtitle after a greeting's words
    "Hi there - welcome", "Hello World - T-Shirt", "Hey Arnold! The Movie", "Hello Kitty - Backpack",
    "Hello Kitty - Your favourite backpack", "Hello Kitty Island Adventure - Your cozy game",
    "Dear Evan Hansen - Soundtrack", "Thank You Next - Ariana Grande", "Hi-Fi Speakers", "Hola Mundo. Curso",
    "Welcome Offer - 10% off", "Welcome Home - your new doormat", "Welcome Mat - Your Home's First Impression",
    "Bonjour Paris. Guide", "Ciao Bella Gelato", "Dear John Letters (book)", "Good Morning America - Season 3",
    "Good Morning Vietnam - Your classic", "Good Morning Britain - ITV", "Hey Jude - The Beatles",
    "Hello Summer - Your new collection", "Hello Sunshine. Your daily vitamin", "Hello Beautiful - your skincare",
    "Hello Fresh - Your meal kit", "Hey Dude Shoes - Your comfort", "Thank You Mom Mug - Your gift",
    "Thank You Teacher - Your gift", "Thank You Card - For your wedding", "Hello Neighbor - Your worst nightmare",
    "Welcome Back Kotter: The Complete Series", "Hello, Dolly! DVD",
    # a voice assistant's wake word, `Hi` for "high"
    "Hey Siri - Your assistant", "Hey Google - your assistant", "Hi Tech - your gadget", "Hi Vis Vest - Your safety",
    # a greeting's own words, not a name (`Merci beaucoup`), an acronym in capitals, a banner in capitals
    "Merci Beaucoup - Thank you card", "Muchas Gracias - Thank you", "Danke Schön - Dankeskarte",
    "Thank you NHS, your staff", "Hello USA!", "Hi ANNA!",
    "Hello WORLD - your first program",
    # a fond salutation's title or name before a dash or a full stop, the sentence not going on to the person
    "Dear Mr. Henshaw - Beverly Cleary", "Dear Mr. Henshaw. A novel", "Dear Santa - your list",
    # a circular's pair of titles
    "Chère Madame, Cher Monsieur,", "Estimada Señora, Estimado Señor:", "Sehr geehrte Damen und Herren,",
    # the whole text a greeting and a name with no mark: a title as often (not claimed; closer 233 reads a known
    # given name before a family name that is no common word, `Bienvenue Marie Dupont`)
    "Hi Ottilie", "Bienvenue Ottilie Brandvold",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_a_title_s_part_or_a_subtitle_after_a_greeting_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
