"""Rules closing the name and key families of the fourteenth attack (issue 16): the recipient, buyer and contact-person
words of Russian, Ukrainian, Kazakh, Polish, Czech, Hungarian, Romanian and Greek forms and their transliterations,
their full-name, birth and address words, as keys and as labels before a name (in capitals and with initials too);
Cyrillic and Greek names after a Latin person label; a salutation and an honorific before a name that ends the text;
a Cyrillic honorific in lower case opening the text. Each with the near misses next to them that go out."""

import json
from urllib.parse import quote

import pytest

from meta_capi.detector import PERSONAL_KEY, key_reason, reason
from meta_capi.postal import PERSON_NAME
from meta_capi.privacy import EMBEDDED_KEY, clean_url, embedded_reason


@pytest.mark.parametrize("key", [
    # who receives the order, alone, in each case and transliterated
    "получатель", "Получатель", "ПОЛУЧАТЕЛЬ", "отримувач", "одержувач", "алушы", "příjemce", "prijemce", "adresát",
    "címzett", "cimzett", "destinatar", "παραλήπτης", "παραληπτης", "poluchatel", "paraliptis",
    # its contact person
    "контактное_лицо", "Контактное лицо", "kontaktní_osoba", "osoba_kontaktowa", "kapcsolattartó",
    "persoana_de_contact", "πρόσωπο_επικοινωνίας",
    # who buys it (a word these languages inflect: a key about buyers holds another form)
    "покупатель", "kupujący", "kupujici", "vásárló", "cumpărător", "αγοραστής",
    # a buyer's name: `vevő` qualifies a name word
    "vevo_nev",
])
def test_a_key_naming_the_recipient_buyer_or_contact_person_is_personal(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "піб", "ПІБ", "ονοματεπώνυμο", "onomateponymo", "аты_жөні", "аты-жөні", "аты", "әкесінің_аты", "nume_de_familie",
    "πατρώνυμο",
    "datum_narozeni", "datumNarozeni", "datum_narození", "születésnap", "data_nasterii", "data_nașterii", "туған_күні",
    "szállítási_cím", "szamlazasi_cim", "мекенжай",
])
def test_a_full_name_birth_or_address_key_of_those_languages_is_personal(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "cim", "termek_cim", "oldal_cim",  # Hungarian `cím` is a title too: an address only after an address qualifier
    "vevo", "vevo_id", "buyer_type", "тип_покупателя",  # Vevo is a brand; a buyer's type, segment, count
    "nume_produs", "тауар_аты",  # a product's name (Romanian, Kazakh)
    "pib", "теги", "monastery_tour", "datum", "data", "title",
])
def test_a_key_near_those_words_is_not_personal(key: str) -> None:
    assert key_reason(key) == ""


def test_those_keys_are_read_in_a_query_and_in_json_text() -> None:
    assert clean_url(f"https://shop.example.com/p?{quote('получатель')}=x&page=2") == (
        "https://shop.example.com/p?page=2")
    assert clean_url("https://shop.example.com/p?datum_narozeni=x&page=2") == "https://shop.example.com/p?page=2"
    assert embedded_reason(json.dumps({"аты_жөні": "x"}, ensure_ascii=False)) == EMBEDDED_KEY
    assert embedded_reason(json.dumps({"nume_de_familie": "x"}, ensure_ascii=False)) == EMBEDDED_KEY
    assert embedded_reason(json.dumps({"szállítási_cím": "x"}, ensure_ascii=False)) == EMBEDDED_KEY


@pytest.mark.parametrize("text", [
    "Получатель: Зайцевская Ольга", "ПОЛУЧАТЕЛЬ: ЗАЙЦЕВСКАЯ ОЛЬГА", "Отримувач: Ковальчук Оксана Іванівна",
    "Алушы: Нұрланова Айгерім", "Poluchatel: Zaytsevskaya Olga Petrovna", "Příjemce: Kateřina Dvořáková",
    "PŘÍJEMCE: KATEŘINA DVOŘÁKOVÁ", "Címzett: Szabóné Kiss Erzsébet", "Destinatar: Ioana Popescu-Vlădescu",
    "Παραλήπτης: Παπαδοπούλου Ελένη", "Paraliptis: Eleni Konstantinidou",
    "Контактное лицо: Зайцевская Ольга", "Kontaktní osoba: Kateřina Dvořáková", "Osoba kontaktowa: Anna Nowak",
    "ПІБ: Ковальчук Оксана Іванівна", "Ονοματεπώνυμο: Ελένη Κωνσταντινίδου", "Аты-жөні: Нұрланова Айгерім",
    # initials in any case
    "Покупатель: О. П. Зайцевская", "ПОКУПАТЕЛЬ: О. П. ЗАЙЦЕВСКАЯ", "Kupující: Kateřina Dvořáková",
    # Cyrillic or Greek words after a Latin label naming a person, as capitalized Latin words are read
    "Name: Зайцевская Ольга", "Odbiorca: ЗАЙЦЕВСКАЯ ОЛЬГА", "Recipient: ΠΑΠΑΔΟΠΟΥΛΟΥ ΕΛΕΝΗ",
    "Customer name: Παπαδοπούλου Ελένη",
    '{"note": "Получатель: Зайцевская Ольга"}',
])
def test_a_name_after_a_recipient_buyer_contact_or_name_label_is_a_persons_name(text: str) -> None:
    assert reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Vážená paní Dvořáková", "Szanowna Pani Agnieszka Wrześniewska", "Szanowna Pani Agnieszka Kowalska",
    "Stimată doamnă Ioana Vlădescu", "Αγαπητή κυρία Παπαδοπούλου", "Шановна пані Оксана Ковальчук",
    "Dear Mr Smith", "Caro Signor Rossi", '{"note": "Vážená paní Dvořáková"}',
    # a Cyrillic honorific in lower case opening the text, as running text writes it
    "господин Зайцевский", "госпожа Зайцевская", "пані Ковальчук", "пан Ковальчук,",
])
def test_a_salutation_and_an_honorific_need_no_mark_after_the_name(text: str) -> None:
    assert reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", [
    "Dear Evan Hansen", "Dear Valued Customer", "Cara Mia Dress", "Liebe Grüße aus Berlin",  # no honorific, no mark
    "Szanowna Pani", "Шановна пані",  # no name
    "Господин Никто", "Госпожа Бовари", "Пан Коцький",  # titles: the honorific capitalized
    "пані дуже задоволена покупкою",  # more words than a name
    "Product name: Чайник электрический", "Brand: Рошен",  # no label naming a person
    "Цвет: Синий", "Χρώμα: Μπλε", "Culoare: Albastru", "Szín: Fekete",
])
def test_text_near_those_layouts_is_not_a_name(text: str) -> None:
    assert reason(text) == ""
