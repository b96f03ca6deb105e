"""Closer 71 (attack 45's look and form families): keys drawn with letters no folding read as Latin ones, read as a
reader sees them (look_alike_keys: drawn, shown under a right-to-left override, turned upside down, Coptic letters
by their names' sounds, a word's one or two unread letters guessed), a key of astral letters in JSON's surrogate-pair
escapes; a form builder's label beside its answer in one record, one `k=v` text or one URL (form_records). Ordinary
keys, text and forms of the same shapes go out."""

from __future__ import annotations

import json

import pytest

from meta_capi import detector, privacy
from meta_capi.canonical import canonical, escapes_read, override_escaped

PERSONAL_KEY = detector.PERSONAL_KEY
EMBEDDED = privacy.EMBEDDED_KEY
NAMED = privacy.NAMED_FIELD
SHOP = "https://laden.example.nl"


@pytest.mark.parametrize("key", [
    # Cherokee small letters: the lower case of the letters the confusables data has
    "ꮲꮋꮎꮑꭼ", "ꭼꮇꭺꮖꮭ", "ꮲꮋꮎꮑꭼ_ꮑꮜꮇꮟꭼꭱ",
    # Coptic: drawn (`ⲣ` RO a `p`) and spoken (`ⲣ` an `r`)
    "ⲣⲏⲟⲛⲉ", "ⲁⲇⲇⲣⲉⲥⲥ", "ⲉⲙⲁⲓⲗ",
    # turned letters, in place and upside down
    "ǝɯɐuɹns", "ɐddɹǝss", "ǝuoɥd", "ǝlıqoɯ",
    # Cyrillic with a letter no data draws (`п`, an italic `n`)
    "рһопе", "рһопе_number", "phoпe",
    # right-to-left overrides, closed and not
    "\u202eliame\u202c", "\u202erebmun_enohp\u202c", "\u202eemanrus", "billing_\u202eemanrus\u202c",
])
def test_a_look_alike_key_is_personal(key):
    assert detector.key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", [
    # the same scripts' ordinary words and product names
    "ᏣᎳᎩ", "ꮳꮃꭹ", "ⲡⲓⲭⲱⲙ", "ⲛⲟⲩⲧⲉ", "ⲉⲕⲕⲗⲏⲥⲓⲁ", "ǝzıs", "ɹoloɔ", "\u202eezis\u202c", "\u202eroloc",
    # Cyrillic, Ukrainian and Greek ordinary keys with letters no data draws
    "размер", "цвет", "количество", "скидка", "доставка", "модель", "артикул", "колір", "знижка", "χρώμα",
    "μέγεθος", "ποσότητα",
])
def test_an_ordinary_key_of_those_scripts_goes_out(key):
    assert detector.key_reason(key) == ""


@pytest.mark.parametrize("text", ["ꮳꮃꭹ ꮪꮎꮕ", "ⲡⲓⲭⲱⲙ ⲛⲧⲉ ⲡⲟⲩⲣⲟ", "ǝzıs ǝɹɐnbs", "ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ"])
def test_cherokee_coptic_and_turned_text_as_a_value_goes_out(text):
    assert detector.reason(text) == ""
    assert privacy.custom_refusal("product_title", text) == ""


def test_a_right_to_left_override_in_text_is_read_as_shown_already():
    assert detector.reason("\u202emoc.elpmaxe@htims.oj\u202c") == "holds an email address"


@pytest.mark.parametrize("key", ["𝚊𝚍𝚍𝚛𝚎𝚜𝚜", "𝐞𝐦𝐚𝐢𝐥", "".join(chr(0xE0000 + ord(char)) for char in "email")])
def test_a_key_of_astral_letters_in_json_escapes_is_read(key):
    text = json.dumps({key: "Strapholdine"})
    assert "\\ud" in text
    assert privacy.embedded_reason(text) == EMBEDDED


def test_surrogate_pairs_are_read_as_their_characters():
    assert canonical("\\ud835\\ude8a\\ud835\\ude8d") == ("ad", True)
    assert canonical("%uD835%uDE8A") == ("a", True)
    assert privacy.embedded_reason(json.dumps({"𝚜𝚒𝚣𝚎": "M"})) == ""


@pytest.mark.parametrize("text", [
    "step=2&%E2%80%AEliame%E2%80%AC=Strapholdine&lang=nl",
    json.dumps({"\u202erebmun_enohp\u202c": "Strapholdine"}),
    f"{SHOP}/bestel?%E2%80%AEemanrus=Strapholdine",
    "a=1&&#8238;liame&#8236;=Strapholdine",
])
def test_a_key_under_an_escaped_override_is_read_as_shown(text):
    assert override_escaped(text)
    assert privacy.embedded_reason(text) == EMBEDDED


def test_an_ordinary_key_under_an_escaped_override_goes_out():
    assert escapes_read("%E2%80%AEezis%E2%80%AC=M") == "\u202eezis\u202c=M"
    assert privacy.embedded_reason("step=2&%E2%80%AEezis%E2%80%AC=M") == ""
    assert not override_escaped("step=2&size=M")


@pytest.mark.parametrize(("record", "found"), [
    ([{"title": "Your phone number", "answer": "Quarnelby"}], NAMED),
    ([{"question": "Nachname", "response": "Quarnelby"}], NAMED),
    ([{"field_id": "input_3", "field_label": "Last Name", "field_value": "Quarnelby"}], NAMED),
    ({"caption": "E-mail", "input": "Quarnelby"}, NAMED),
    ({"prompt": "Surname", "val": "Quarnelby"}, NAMED),
    ({"id": "field_7", "label": "Last name", "value": "Quarnelby"}, NAMED),
    # ordinary forms and a page's blocks
    ([{"title": "Size", "answer": "42"}], ""),
    ([{"question": "How did you hear about us?", "response": "Instagram"}], ""),
    ([{"field_id": "input_3", "field_label": "Quantity", "field_value": "2"}], ""),
    ({"title": "Email", "text": "Sign up for our newsletter"}, ""),
    ({"title": "Contact", "content": "We answer within a day"}, ""),
    ({"page_title": "Phone cases", "value": "12"}, ""),
    ({"image_caption": "Our address", "value": "Utrecht"}, ""),
])
def test_a_form_label_marks_its_answer_in_a_record(record, found):
    assert privacy.embedded_reason(json.dumps(record)) == found


@pytest.mark.parametrize(("text", "found"), [
    ("field_7_label=Phone&field_7=Quarnelby", NAMED),
    ("field_7=Quarnelby&field_7_label=Last%20name", NAMED),
    ("label_7=Phone&value_7=Quarnelby", NAMED),
    ("form_field=surname&form_value=Quarnelby", NAMED),
    ("field_7_name=Surname&field_7=Quarnelby", NAMED),
    ("q3_question=Your%20email&q3_answer=Quarnelby", NAMED),
    # ordinary
    ("field_3_label=Quantity&field_3=2", ""),
    ("label_7=Size&value_7=42", ""),
    ("form_field=colour&form_value=red", ""),
    ("product_name=iPhone&product=12345", ""),
    ("category_title=Phones&category=7", ""),
])
def test_a_form_label_marks_its_field_in_a_text(text, found):
    assert privacy.embedded_reason(text) == found


@pytest.mark.parametrize(("query", "kept"), [
    ("field_7=Quarnelby&field_7_label=Last%20name&step=2", "field_7_label=Last%20name&step=2"),
    ("label_7=Phone&value_7=Quarnelby", "label_7=Phone"),
    ("form_field=surname&form_value=Quarnelby", "form_field=surname"),
    ("field_3_label=Quantity&field_3=2", "field_3_label=Quantity&field_3=2"),
    ("product_name=iPhone&product=12345", "product_name=iPhone&product=12345"),
])
def test_a_form_label_marks_its_field_in_a_url(query, kept):
    assert privacy.clean_url(f"{SHOP}/formulier?{query}") == f"{SHOP}/formulier?{kept}"
