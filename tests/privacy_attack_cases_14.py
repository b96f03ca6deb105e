"""A fourteenth outside attack on the privacy gate, written from the README's promises alone (section "Personal data:
one budget in, one gate out", the mapping tables and what the README says it does not claim), without reading the
gate's code nor the earlier attacks' cases.

Two shoppers no earlier attack visited much. One in Moscow, Kyiv or Almaty: Russian, Ukrainian and Kazakh mobiles and
landlines (dialled, national with the trunk `8`, compact, with the area code in parentheses, in Cyrillic number
words), the Russian INN (10 and 12 digits) and SNILS with their checks, a passport's series and number, the Ukrainian
RNOKPP and the Kazakh IIN with their checks, addresses in Cyrillic (index first, ул., д., кв., корп., стр.) and
transliterated, names with patronymics after labels (ФИО, Получатель, Покупатель), keys in Russian and Ukrainian,
Cyrillic look-alikes inside Latin addresses and keys, Yandex and Mail.ru addresses, VK and Telegram links. One in
Warsaw, Prague, Budapest, Bucharest or Athens: Polish, Czech, Hungarian (`06 30 ...`), Romanian and Greek mobiles and
landlines, PESEL, NIP, the Czech birth number (with and without its slash), the Hungarian TAJ and tax id, the
Romanian CNP, the Greek AFM and AMKA with their real checks, addresses and names after labels in those languages and
in Greek script, keys with and without diacritics.

Each case is (name, kind, make_event overrides, forms), as in the second attack: the first word of a name is its
family, a form is looked for in the request by `found_any` (every script's digits folded, marks removed), and an
`Err` must not echo it. Ordinary shop data of those shops (prices in roubles, hryvnias, tenge, złoty, koruna, forint,
lei and euros, order and tracking numbers, EANs, ISBNs, shops' VAT numbers, dates, store hours, product names with
label-like words and colons, messenger-like words, `#1` and hashtags, in many languages) must still go out.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import OrdinaryCase, crossed, order_place, ordinary_in_places

Case = Tuple[str, str, Dict[str, Any], List[str]]

SHOP = "https://shop.example.com"
MS = "1732875000000"  # a creation time in ms the fbc/fbp grammar accepts


# Encodings a careless site or a hostile visitor applies.
def full_width(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


def entities(text: str) -> str:
    return "".join(f"&#{ord(ch)};" for ch in text)


def zero_width(text: str) -> str:
    return "\u200b".join(text)


def percent(text: str) -> str:
    return quote(text, safe="")


_CYRILLIC_LOOK = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"})
_GREEK_LOOK = str.maketrans({"o": "ο", "i": "ι", "k": "κ", "v": "ν", "a": "α", "t": "τ"})


def cyrillic_look(text: str) -> str:
    return text.translate(_CYRILLIC_LOOK)


def greek_look(text: str) -> str:
    return text.translate(_GREEK_LOOK)


# National ids with their real checks.
def _weighted(digits: str, weights: List[int]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True))


def inn10(body: str) -> str:
    return body + str(_weighted(body, [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10)


def inn12(body: str) -> str:
    first = body + str(_weighted(body, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10)
    return first + str(_weighted(first, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10)


def snils(body: str) -> str:  # 9 digits, then two check digits
    total = _weighted(body, [9, 8, 7, 6, 5, 4, 3, 2, 1])
    check = total if total < 100 else (0 if total in (100, 101) else total % 101 % 100)
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {check:02d}"


def rnokpp(body: str) -> str:
    return body + str(_weighted(body, [-1, 5, 7, 9, 4, 6, 10, 5, 7]) % 11 % 10)


def iin(body: str) -> str:  # Kazakh: 11 digits, then the two-pass mod 11 check
    check = _weighted(body, list(range(1, 12))) % 11
    if check == 10:
        check = _weighted(body, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) % 11
    assert check != 10
    return body + str(check)


def pesel(body: str) -> str:
    return body + str((10 - _weighted(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10)


def nip(body: str) -> str:
    check = _weighted(body, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11
    assert check != 10
    return body + str(check)


def rodne_cislo(body: str) -> str:  # 9 digits, then the digit making the number divisible by 11
    check = -int(body) * 10 % 11
    assert check != 10
    return body + str(check)


def taj(body: str) -> str:
    return body + str(_weighted(body, [3, 7, 3, 7, 3, 7, 3, 7]) % 10)


def hu_tax(body: str) -> str:
    check = _weighted(body, list(range(1, 10))) % 11
    assert check != 10
    return body + str(check)


def cnp(body: str) -> str:
    check = _weighted(body, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11
    return body + str(1 if check == 10 else check)


def afm(body: str) -> str:
    return body + str(_weighted(body, [256, 128, 64, 32, 16, 8, 4, 2]) % 11 % 10)


def luhn(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


INN10 = inn10("770812345")
INN12 = inn12("7708123456")
SNILS = snils("128437261")
RNOKPP = rnokpp("319850724")
IIN = iin("90030530145")  # born 1990-03-05, a man of the 1900s (3)
PESEL = pesel("8702143918")  # born 1987-02-14
NIP_PERSON = nip("527384619")
RC = rodne_cislo("875614382")  # a woman (month + 50) born 1987-06-14
TAJ = taj("03765418")
HU_TAX = hu_tax("843715609")
CNP = cnp("287041512345")  # a woman born 1987-04-15, county 12
AFM = afm("13672849")
AMKA = luhn("1405870158")  # born 14-05-87
assert int(RC) % 11 == 0 and len(RC) == 10
assert len(INN12) == 12 and len(IIN) == 12 and len(CNP) == 13 and len(AMKA) == 11


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


# Places: where an event carries a value. Each returns (kind, overrides).
def place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    q = quote(value, safe="")
    added = {"name": "Product Added"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"comment": value}}),
        "cyrillic text": ("track", {"properties": {"gift_message": f"Для {value} — спасибо за заказ!"}}),
        "greek text": ("track", {"properties": {"gift_message": f"Για {value}, ευχαριστούμε!"}}),
        "page title": ("page", {"title": value}),
        "url query value": ("page", {"url": f"{SHOP}/checkout?ref={q}"}),
        "url path": ("page", {"url": f"{SHOP}/konto/{q}/zamowienia"}),
        "fragment": ("page", {"url": f"{SHOP}/#/dostavka?kontakt={q}"}),
        "referrer path": ("page", {"referrer": f"https://mail.example.net/u/{q}/inbox"}),
        "page search": ("page", {"url": f"{SHOP}/s", "search": f"?q={q}"}),
        "query key": ("page", {"url": f"{SHOP}/p?{q}=1"}),
        "contents title": ("track", {**added, "properties": {"contents": json.dumps(
            [{"id": "S-1", "title": value}], ensure_ascii=False)}}),
        "contents brand": ("track", {**added, "properties": {"contents": json.dumps(
            [{"id": "S-1", "brand": value}], ensure_ascii=False)}}),
        "contents category": ("track", {**added, "properties": {"contents": json.dumps(
            [{"id": "S-1", "category": value}], ensure_ascii=False)}}),
        "search string": ("track", {"name": "Products Searched", "properties": {"query": value}}),
        "user agent": ("track", {"user_agent": f"Mozilla/5.0 (Linux; Android 14; {value}) AppleWebKit/537.36"}),
        "campaign": ("page", {"url": f"{SHOP}/p?utm_source=vk&utm_campaign={q}"}),
        "json property": ("track", {"properties": {"cart": json.dumps({"note": value}, ensure_ascii=False)}}),
        "content_name": ("track", {"name": "Order Completed", "properties": {
            "content_name": value, "value": "5", "currency": "EUR"}}),
        "err currency": ("track", {"name": "Order Completed", "properties": {"value": "5", "currency": value}}),
        "err value": ("track", {"name": "Order Completed", "properties": {"value": value, "currency": "EUR"}}),
        "err event name": ("track", {"name": value}),
        "err contents price": ("track", {"name": "Order Completed", "properties": {
            "currency": "EUR", "contents": json.dumps([{"id": "S-1", "item_price": value}], ensure_ascii=False)}}),
        "err opt_out": ("track", {"properties": {"opt_out": value}}),
        "err data_processing_options": ("track", {"properties": {"data_processing_options": value}}),
    }
    return table[where]


# Phones: (value, the digits that must not leave).
PHONES: Dict[str, Tuple[str, str]] = {
    "Moscow landline trunk 8 parentheses": ("8 (495) 637-41-28", "4956374128"),
    "Moscow landline dialled": ("+7 495 637 41 28", "4956374128"),
    "Russian mobile dialled dashes": ("+7 916 482-73-19", "9164827319"),
    "Russian mobile trunk 8 compact": ("89164827319", "9164827319"),
    "Russian mobile trunk 8 dashes": ("8-916-482-73-19", "9164827319"),
    "Russian mobile parentheses no blank": ("+7(916)4827319", "9164827319"),
    "Russian mobile 8 parentheses spaced pairs": ("8 (916) 482 73 19", "9164827319"),
    "Russian mobile 00 dialled": ("007 916 482 73 19", "9164827319"),
    "Kyiv mobile dialled": ("+380 67 294 18 53", "672941853"),
    "Ukrainian mobile national": ("067 294 18 53", "672941853"),
    "Ukrainian mobile parentheses": ("(067) 294-18-53", "672941853"),
    "Ukrainian mobile compact 380": ("380672941853", "672941853"),
    "Kyiv landline": ("+380 44 235 71 96", "442357196"),
    "Kazakh mobile dialled": ("+7 701 583 26 94", "7015832694"),
    "Kazakh mobile trunk 8": ("8 701 583 2694", "7015832694"),
    "Almaty landline": ("8 (727) 258-34-61", "7272583461"),
    "Polish mobile dialled": ("+48 512 384 716", "512384716"),
    "Polish mobile dashes": ("512-384-716", "512384716"),
    "Polish mobile 0048": ("0048 512 384 716", "512384716"),
    "Warsaw landline": ("+48 22 628 41 75", "226284175"),
    "Czech mobile dialled": ("+420 603 482 917", "603482917"),
    "Czech mobile national": ("603 482 917", "603482917"),
    "Prague landline": ("+420 224 815 362", "224815362"),
    "Hungarian mobile 06": ("06 30 482 7165", "304827165"),
    "Hungarian mobile 06 slashes": ("06-30/482-7165", "304827165"),
    "Hungarian mobile dialled": ("+36 30 482 7165", "304827165"),
    "Hungarian mobile 0036 compact": ("0036304827165", "304827165"),
    "Budapest landline 06 1": ("06 1 482 7165", "14827165"),
    "Romanian mobile national": ("0722 481 536", "722481536"),
    "Romanian mobile dialled": ("+40 722 481 536", "722481536"),
    "Romanian mobile dots": ("0722.481.536", "722481536"),
    "Bucharest landline": ("021 315 48 27", "213154827"),
    "Greek mobile": ("694 183 2657", "6941832657"),
    "Greek mobile dialled": ("+30 694 183 2657", "6941832657"),
    "Athens landline": ("210 724 8361", "2107248361"),
    "Athens landline dialled compact": ("+302107248361", "2107248361"),
}
PHONE_PLACES = ["custom property", "cyrillic text", "page title", "url query value", "fragment", "contents title",
                "user agent", "search string"]

# Phones behind labels, in words and encodings.
PHONE_TEXTS: Dict[str, Tuple[str, str]] = {
    "Russian label тел.": ("тел.: 8 916 482 73 19", "9164827319"),
    "Russian label моб.": ("моб. 916 482-73-19", "9164827319"),
    "Russian label телефон with 7 parentheses": ("Телефон: 7(916)482-73-19", "9164827319"),
    "Ukrainian label": ("Телефон отримувача: 067 294 18 53", "672941853"),
    "Polish label": ("Tel. kom.: 512 384 716", "512384716"),
    "Czech label": ("Telefonní číslo: 603 482 917", "603482917"),
    "Hungarian label": ("Telefonszám: 06 30 482 7165", "304827165"),
    "Romanian label": ("Nr. telefon: 0722 481 536", "722481536"),
    "Greek label": ("Τηλέφωνο: 694 183 2657", "6941832657"),
    "Greek label κιν.": ("Κιν. 6941832657", "6941832657"),
    "Russian full-width": (full_width("+7 916 482-73-19"), "9164827319"),
    "Russian zero-width": (zero_width("89164827319"), "9164827319"),
    "Polish entities": (entities("+48 512 384 716"), "512384716"),
    "Russian percent twice": (percent(percent("+7 916 482 73 19")), "9164827319"),
    "Greek with middle dots": ("694·183·2657", "6941832657"),
    "Russian with en dashes": ("8–916–482–73–19", "9164827319"),
    "Telegram phone link": ("https://t.me/+79164827319", "9164827319"),
    "WhatsApp link Polish": ("https://wa.me/48512384716", "512384716"),
    "Viber link Ukrainian": ("viber://chat?number=%2B380672941853", "672941853"),
    "tel link Hungarian": ("tel:+36304827165", "304827165"),
}
PHONE_TEXT_PLACES = ["custom property", "page title", "json property"]

PHONE_WORDS: Dict[str, Tuple[str, List[str]]] = {
    "Russian number words": ("восемь девять один шесть четыре восемь два семь три один девять",
                             ["восемь девять один шесть четыре", "89164827319"]),
    "Polish number words": ("pięć jeden dwa trzy osiem cztery siedem jeden sześć",
                            ["pięć jeden dwa trzy osiem", "512384716"]),
    "Greek number words": ("έξι εννέα τέσσερα ένα οκτώ τρία δύο έξι πέντε επτά",
                           ["έξι εννέα τέσσερα ένα οκτώ", "6941832657"]),
}

# National ids: (value, the form that must not leave).
IDS: Dict[str, Tuple[str, str]] = {
    "Russian INN of a person": (f"ИНН {INN12}", INN12),
    "Russian INN unlabelled": (INN12, INN12),
    "Russian INN of ten digits labelled": (f"ИНН: {INN10}", INN10),
    "Russian SNILS": (SNILS, _digits(SNILS)),
    "Russian SNILS labelled": (f"СНИЛС {SNILS}", _digits(SNILS)),
    "Russian SNILS compact": (_digits(SNILS), _digits(SNILS)),
    "Russian passport series and number": ("паспорт 45 08 736215", "4508736215"),
    "Russian passport with №": ("Паспорт серия 4508 № 736215", "736215"),
    "Ukrainian RNOKPP labelled": (f"РНОКПП {RNOKPP}", RNOKPP),
    "Ukrainian RNOKPP unlabelled": (RNOKPP, RNOKPP),
    "Kazakh IIN": (IIN, IIN),
    "Kazakh IIN labelled": (f"ИИН: {IIN}", IIN),
    "Polish PESEL": (PESEL, PESEL),
    "Polish PESEL labelled": (f"PESEL: {PESEL}", PESEL),
    "Polish NIP of a person dashed": (f"NIP {NIP_PERSON[:3]}-{NIP_PERSON[3:6]}-{NIP_PERSON[6:8]}-{NIP_PERSON[8:]}",
                                      NIP_PERSON),
    "Czech birth number with slash": (f"{RC[:6]}/{RC[6:]}", RC),
    "Czech birth number without slash": (RC, RC),
    "Czech birth number labelled": (f"Rodné číslo: {RC[:6]}/{RC[6:]}", RC),
    "Hungarian TAJ spaced": (f"TAJ: {TAJ[:3]} {TAJ[3:6]} {TAJ[6:]}", TAJ),
    "Hungarian TAJ unlabelled": (f"{TAJ[:3]}-{TAJ[3:6]}-{TAJ[6:]}", TAJ),
    "Hungarian tax id": (f"Adóazonosító jel: {HU_TAX}", HU_TAX),
    "Hungarian tax id unlabelled": (HU_TAX, HU_TAX),
    "Romanian CNP": (CNP, CNP),
    "Romanian CNP labelled": (f"CNP: {CNP}", CNP),
    "Greek AFM labelled": (f"ΑΦΜ: {AFM}", AFM),
    "Greek AFM Latin label": (f"AFM {AFM}", AFM),
    "Greek AMKA": (f"ΑΜΚΑ {AMKA}", AMKA),
    "Greek AMKA unlabelled": (AMKA, AMKA),
    "Russian INN full-width": (full_width(INN12), INN12),
    "PESEL zero-width": (zero_width(PESEL), PESEL),
}
ID_PLACES = ["custom property", "cyrillic text", "url query value", "page title", "contents category", "campaign"]

# Mail addresses: (value, the local part that must not leave).
MAILS: Dict[str, Tuple[str, List[str]]] = {
    "Yandex plain": ("zqsidorova.olga@yandex.ru", ["zqsidorova"]),
    "Mail.ru plain": ("zqpetrenko88@mail.ru", ["zqpetrenko88"]),
    "Yandex ya.ru": ("zqkuznets@ya.ru", ["zqkuznets"]),
    "bk.ru": ("zqmorozov_a@bk.ru", ["zqmorozov"]),
    "ukr.net": ("zqkovalenko@ukr.net", ["zqkovalenko"]),
    "Polish wp.pl": ("zqnowakowska@wp.pl", ["zqnowakowska"]),
    "Czech seznam.cz": ("zqdvorakova@seznam.cz", ["zqdvorakova"]),
    "Hungarian freemail.hu": ("zqszabo.eva@freemail.hu", ["zqszabo"]),
    "Greek otenet.gr": ("zqpapadopoulou@otenet.gr", ["zqpapadopoulou"]),
    "Cyrillic look-alikes local part": (cyrillic_look("zqsidorova.olga") + "@gmail.com",
                                        ["zqsidorova", cyrillic_look("zqsidorova")]),
    "Greek look-alikes local part": (greek_look("zqkostakis") + "@gmail.com", ["zqkostakis", greek_look("zqkostakis")]),
    "Cyrillic domain рф": ("zqivanov@почта.рф", ["zqivanov"]),
    "собака точка": ("zqsidorova собака yandex точка ru", ["zqsidorova"]),
    "собака точка Cyrillic provider": ("zqsidorova собака яндекс точка ру", ["zqsidorova"]),
    "małpa kropka": ("zqnowakowska małpa wp kropka pl", ["zqnowakowska"]),
    "zavináč tečka": ("zqdvorakova zavináč seznam tečka cz", ["zqdvorakova"]),
    "kukac pont": ("zqszabo.eva kukac freemail pont hu", ["zqszabo"]),
    "Greek παπάκι τελεία": ("zqpapadopoulou παπάκι gmail τελεία com", ["zqpapadopoulou"]),
    "full-width": (full_width("zqsidorova@yandex.ru"), ["zqsidorova"]),
    "entities": (entities("zqpetrenko88@mail.ru"), ["zqpetrenko88"]),
    "zero-width": (zero_width("zqkovalenko@ukr.net"), ["zqkovalenko"]),
    "mailto percent": ("mailto:zqdvorakova%40seznam.cz", ["zqdvorakova"]),
    "Cyrillic at sign word in brackets": ("zqsidorova(собака)yandex.ru", ["zqsidorova"]),
    "labelled Russian эл. почта": ("эл. почта: zqpetrenko88@mail.ru", ["zqpetrenko88"]),
}
MAIL_PLACES = ["custom property", "page title", "url query value", "fragment", "contents brand", "search string",
               "referrer path"]

HANDLES: Dict[str, Tuple[str, str]] = {
    "VK profile link": ("https://vk.com/zqolga.sidorova", "zqolga.sidorova"),
    "VK id link": ("vk.com/id48273915", "48273915"),
    "Telegram link": ("https://t.me/zqolga_sid", "zqolga_sid"),
    "Telegram after label": ("Telegram: @zqolga_sid", "zqolga_sid"),
    "Telegram Russian label": ("телеграм: @zqolga_sid", "zqolga_sid"),
    "OK.ru profile": ("https://ok.ru/profile/582739164821", "582739164821"),
    "Instagram Polish label": ("Instagram: @zqnowak.ania", "zqnowak.ania"),
    "Skype label Czech": ("Skype: zqdvorak.jan", "zqdvorak.jan"),
}
HANDLE_PLACES = ["custom property", "page title", "json property"]

# Names after labels: (value, the form that must not leave).
NAMES: Dict[str, Tuple[str, str]] = {
    "ФИО full": ("ФИО: Зайцевская Ольга Петровна", "Зайцевская"),
    "Получатель": ("Получатель: Зайцевская Ольга", "Зайцевская"),
    "Покупатель initials": ("Покупатель: О. П. Зайцевская", "Зайцевская"),
    "Russian Уважаемая": ("Уважаемая Ольга Петровна Зайцевская,", "Зайцевская"),
    "Russian господин": ("господин Зайцевский", "Зайцевский"),
    "Ukrainian Отримувач": ("Отримувач: Ковальчук Оксана Іванівна", "Ковальчук"),
    "Ukrainian Шановна пані": ("Шановна пані Оксана Ковальчук", "Ковальчук"),
    "Kazakh Алушы": ("Алушы: Нұрланова Айгерім", "Нұрланова"),
    "transliterated Poluchatel": ("Poluchatel: Zaytsevskaya Olga Petrovna", "Zaytsevskaya"),
    "Polish Odbiorca": ("Odbiorca: Agnieszka Wrześniewska", "Wrześniewska"),
    "Polish Pani": ("Szanowna Pani Agnieszka Wrześniewska", "Wrześniewska"),
    "Polish without diacritics": ("Imie i nazwisko: Agnieszka Wrzesniewska", "Wrzesniewska"),
    "Czech Příjemce": ("Příjemce: Kateřina Dvořáková", "Dvořáková"),
    "Czech Vážená paní": ("Vážená paní Dvořáková", "Dvořáková"),
    "Hungarian Címzett": ("Címzett: Szabóné Kiss Erzsébet", "Szabóné"),
    "Hungarian Név": ("Név: Kovácsházi Erzsébet", "Kovácsházi"),
    "Romanian Destinatar": ("Destinatar: Ioana Popescu-Vlădescu", "Vlădescu"),
    "Romanian Doamna": ("Stimată doamnă Ioana Vlădescu", "Vlădescu"),
    "Greek Παραλήπτης": ("Παραλήπτης: Παπαδοπούλου Ελένη", "Παπαδοπούλου"),
    "Greek κυρία": ("Αγαπητή κυρία Παπαδοπούλου", "Παπαδοπούλου"),
    "Greek Ονοματεπώνυμο": ("Ονοματεπώνυμο: Ελένη Κωνσταντινίδου", "Κωνσταντινίδου"),
    "Greek Latin transliterated": ("Paraliptis: Eleni Konstantinidou", "Konstantinidou"),
}
NAME_PLACES = ["custom property", "page title", "json property", "contents title", "url query value"]

# Addresses: (value, the form that must not leave).
POSTAL: Dict[str, Tuple[str, str]] = {
    "Moscow index first": ("119034, г. Москва, ул. Пречистенка, д. 17, кв. 42", "Пречистенка, д. 17"),
    "Moscow корп. стр.": ("г. Москва, ул. Зоологическая, д. 8, корп. 2, стр. 1, кв. 115", "Зоологическая, д. 8"),
    "Moscow transliterated": ("ul. Prechistenka, d. 17, kv. 42, Moskva, 119034", "Prechistenka, d. 17"),
    "Kyiv": ("вул. Хрещатик, буд. 22, кв. 7, Київ, 01001", "Хрещатик, буд. 22"),
    "Almaty": ("г. Алматы, пр. Абая, д. 150, кв. 31, A15E3C1", "Абая, д. 150"),
    "Warsaw": ("ul. Marszałkowska 84/92 m. 17, 00-514 Warszawa", "Marszałkowska 84"),
    "Warsaw without diacritics": ("ul. Marszalkowska 84 m. 17, 00-514 Warszawa", "Marszalkowska 84"),
    "Prague č.p.": ("Vinohradská 1511/230, 100 00 Praha 10", "Vinohradská 1511"),
    "Budapest": ("1061 Budapest, Andrássy út 52. 3. em. 12. ajtó", "Andrássy út 52"),
    "Budapest utca hsz.": ("Kossuth Lajos utca 12. hsz., 2. em. 4., 1053 Budapest", "Kossuth Lajos utca 12"),
    "Bucharest": ("Str. Lipscani nr. 53, bl. 4, sc. B, ap. 21, sector 3, București", "Lipscani nr. 53"),
    "Romanian județ": ("Str. Mihai Eminescu nr. 14, ap. 3, Cluj-Napoca, județ Cluj, 400000", "Eminescu nr. 14"),
    "Athens": ("Οδός Ερμού 45, Τ.Κ. 10563, Αθήνα", "Ερμού 45"),
    "Athens transliterated": ("Odos Ermou 45, T.K. 10563, Athina", "Ermou 45"),
    "Moscow labelled адрес доставки": ("Адрес доставки: Пречистенка 17-42", "Пречистенка 17"),
    "Czech labelled Adresa": ("Adresa: Vinohradská 1511/230", "Vinohradská 1511"),
}
POSTAL_PLACES = ["custom property", "page title", "json property", "url query value", "contents title"]

# Keys naming something personal, holding a value no content rule alone reads as personal.
KEYS: Dict[str, Tuple[str, str]] = {
    "телефон": ("телефон", "916 482 7319"),
    "почта": ("почта", "zqolga.s"),
    "эл. почта": ("эл. почта", "zqolga.s"),
    "адрес доставки": ("адрес_доставки", "Пречистенка 17"),
    "получатель": ("получатель", "Зайцевская О."),
    "фамилия": ("фамилия", "Зайцевская"),
    "имя": ("имя", "Ольга"),
    "отчество": ("отчество", "Петровна"),
    "Ukrainian ім'я": ("ім'я", "Оксана"),
    "Ukrainian прізвище": ("прізвище", "Ковальчук"),
    "Ukrainian адреса": ("адреса", "Хрещатик 22"),
    "Ukrainian телефон отримувача": ("телефон_отримувача", "067 294 1853"),
    "Russian дата рождения": ("дата_рождения", "05.03.1990"),
    "Polish imię": ("imię", "Agnieszka"),
    "Polish nazwisko": ("nazwisko", "Wrześniewska"),
    "Polish nazwisko without diacritics": ("nazwisko_odbiorcy", "Wrzesniewska"),
    "Polish telefon": ("nr_telefonu", "512 384 716"),
    "Polish adres": ("adres_dostawy", "Marszałkowska 84"),
    "Czech jméno": ("jméno", "Kateřina"),
    "Czech příjmení": ("příjmení", "Dvořáková"),
    "Czech prijmeni ASCII": ("prijmeni", "Dvorakova"),
    "Czech datum narození": ("datum_narozeni", "14.06.1987"),
    "Hungarian vezetéknév": ("vezetéknév", "Kovácsházi"),
    "Hungarian keresztnév": ("keresztnev", "Erzsébet"),
    "Hungarian cím": ("szállítási_cím", "Andrássy út 52"),
    "Hungarian telefonszám": ("telefonszam", "30 482 7165"),
    "Romanian nume": ("nume_de_familie", "Vlădescu"),
    "Romanian prenume": ("prenume", "Ioana"),
    "Romanian adresă": ("adresa_livrare", "Lipscani 53"),
    "Greek όνομα": ("όνομα", "Ελένη"),
    "Greek επώνυμο": ("επώνυμο", "Παπαδοπούλου"),
    "Greek επωνυμο without accents": ("επωνυμο", "Κωνσταντινιδου"),
    "Greek διεύθυνση": ("διεύθυνση", "Ερμού 45"),
    "Greek τηλέφωνο": ("τηλέφωνο", "694 183 2657"),
    "Cyrillic look-alike email key": (cyrillic_look("email"), "zqolga.s"),
    "Cyrillic look-alike phone key": (cyrillic_look("phone"), "916 482 7319"),
    "Greek look-alike first_name key": (greek_look("first_name"), "Agnieszka"),
    "transliterated familiya": ("familiya", "Zaytsevskaya"),
    "transliterated telefon_poluchatelya": ("telefon_poluchatelya", "916 482 7319"),
    "Kazakh аты-жөні": ("аты_жөні", "Нұрланова Айгерім"),
}


def key_cases() -> Iterator[Case]:
    for name, (key, value) in KEYS.items():
        forms = [value]
        yield (f"key {name}: custom property", "track", {"properties": {key: value}}, forms)
        yield (f"key {name}: query", "page", {"url": f"{SHOP}/p?{quote(key, safe='')}={quote(value, safe='')}"},
               forms)
        yield (f"key {name}: contents item", "track", {"name": "Product Added", "properties": {
            "contents": json.dumps([{"id": "S-1", key: value}], ensure_ascii=False)}}, forms)
        yield (f"key {name}: json property", "track", {"properties": {
            "form": json.dumps({key: value}, ensure_ascii=False)}}, forms)


def _hex_of(text: str) -> str:
    return text.encode().hex().ljust(64, "0")


def meta_cases() -> Iterator[Case]:
    phone = "79164827319"
    order = {"name": "Order Completed"}
    yield ("meta fbc payload of a Russian mobile", "track", {"properties": {"fbc": f"fb.1.{MS}.IwAR{phone}"}},
           [phone])
    yield ("meta fbc payload of a PESEL", "track", {"properties": {"fbc": f"fb.1.{MS}.IwAR{PESEL}"}}, [PESEL])
    yield ("meta fbc payload of a CNP dashed", "track", {"properties": {"fbc": f"fb.1.{MS}.Iw-{CNP[:7]}-{CNP[7:]}"}},
           [CNP])
    yield ("meta fbc payload of a Yandex address", "track", {"properties": {
        "fbc": f"fb.1.{MS}.zqsidorova_yandex_ru"}}, ["zqsidorova"])
    yield ("meta fbc payload of a Cyrillic name", "track", {"properties": {"fbc": f"fb.1.{MS}.Зайцевская"}},
           ["Зайцевская"])
    yield ("meta fbp of a Greek mobile", "track", {"properties": {"fbp": f"fb.1.{MS}.6941832657"}}, ["6941832657"])
    yield ("meta fbp of a Hungarian mobile", "track", {"properties": {"fbp": f"fb.1.{MS}.36304827165"}},
           ["304827165"])
    yield ("meta fbclid of a Polish mobile", "page", {"url": f"{SHOP}/p?fbclid=IwAR48512384716"}, ["512384716"])
    yield ("meta fbclid of an IIN", "page", {"url": f"{SHOP}/p?fbclid=IwAR{IIN}x"}, [IIN])
    for field in ("em", "ph", "external_id", "fn", "ln"):
        yield (f"meta fake digest of a Russian mobile in {field}", "track",
               {"visitor": {field: _hex_of(phone)}}, [phone.encode().hex()])
    yield ("meta fake digest of a name in the visitor's email", "track",
           {"visitor": {"email": _hex_of("zqsidorova")}}, [b"zqsidorova".hex()])
    real = hashlib.sha256(b"x").hexdigest()
    yield ("meta digest-shaped custom property holding a PESEL", "track",
           {"properties": {"hash": PESEL + real[len(PESEL):]}}, [PESEL])
    yield ("meta order_id of a Russian passport labelled", "track",
           {**order, "properties": {"order_id": "паспорт 4508 736215", "value": "5", "currency": "RUB"}},
           ["4508736215"])
    yield ("meta order_id of an address", "track",
           {**order, "properties": {"order_id": "ul. Marszałkowska 84 m. 17", "value": "5", "currency": "PLN"}},
           ["Marszałkowska 84"])
    yield ("meta event_id of a Yandex address", "track", {"properties": {"event_id": "zqsidorova@yandex.ru"}},
           ["zqsidorova"])
    yield ("meta content id of a dialled Ukrainian mobile", "track", {"name": "Product Added", "properties": {
        "contents": json.dumps([{"id": "+380 67 294 18 53"}])}}, ["672941853"])
    yield ("meta content_ids of a Hungarian mobile", "track", {"name": "Product Added", "properties": {
        "content_ids": "SKU-1,06 30 482 7165"}}, ["304827165"])
    yield ("meta status of a Greek name", "track", {"properties": {"status": "Παραλήπτης: Παπαδοπούλου Ελένη"}},
           ["Παπαδοπούλου"])


ERR_VALUES: Dict[str, Tuple[str, str]] = {
    "Russian mobile": ("+7 916 482-73-19", "9164827319"),
    "Yandex address": ("zqsidorova@yandex.ru", "zqsidorova"),
    "PESEL": (PESEL, PESEL),
    "Cyrillic name": ("Зайцевская Ольга", "Зайцевская"),
    "Greek address": ("Ερμού 45, Αθήνα", "Ερμού 45"),
    "CNP": (CNP, CNP),
    "Russian mobile dialled compact": ("79164827319", "9164827319"),
    "Greek AMKA": (AMKA, AMKA),
}
ERR_PLACES = ["err currency", "err value", "err event name", "err contents price", "err opt_out",
              "err data_processing_options"]


ENCODED: Dict[str, Tuple[str, str]] = {
    "Russian mobile percent": (percent("+7 916 482-73-19"), "9164827319"),
    "Russian mobile entities": (entities("+7 916 482-73-19"), "9164827319"),
    "Russian mobile full-width": (full_width("8 (916) 482-73-19"), "9164827319"),
    "Russian mobile zero-width": (zero_width("+79164827319"), "9164827319"),
    "Yandex address percent": (percent("zqsidorova@yandex.ru"), "zqsidorova"),
    "Yandex address entities": (entities("zqsidorova@yandex.ru"), "zqsidorova"),
    "Yandex address full-width": (full_width("zqsidorova@yandex.ru"), "zqsidorova"),
    "Yandex address Cyrillic look-alikes": (cyrillic_look("zqsidorova") + "@yandex.ru", cyrillic_look("zqsidorova")),
    "Polish address Greek look-alikes": (greek_look("zqkostakis") + "@wp.pl", greek_look("zqkostakis")),
    "PESEL entities": (entities(PESEL), PESEL),
    "CNP full-width": (full_width(CNP), CNP),
    "Greek mobile zero-width": (zero_width("+30 694 183 2657"), "6941832657"),
}
ENCODED_PLACES = ["custom property", "page title", "contents brand", "url path", "content_name"]


# A second round: more spellings of the same shoppers, in the places the first round left out.
PHONES_2: Dict[str, Tuple[str, str]] = {
    "Ukrainian mobile +38 parentheses": ("+38 (067) 294-18-53", "672941853"),
    "Ukrainian mobile 8 0 old trunk": ("8 067 294 18 53", "672941853"),
    "Kazakh mobile parentheses": ("+7 (701) 583-26-94", "7015832694"),
    "Russian mobile 4-3 compact": ("+7 916 4827319", "9164827319"),
    "Czech mobile 00420 compact": ("00420603482917", "603482917"),
    "Romanian mobile with (0)": ("+40 (0) 722 481 536", "722481536"),
    "Greek mobile 0030": ("0030 694 183 2657", "6941832657"),
    "Hungarian mobile dashes": ("+36-30-482-7165", "304827165"),
    "Hungarian mobile 06 slash": ("06/30/482-7165", "304827165"),
    "Polish landline parentheses": ("(22) 628 41 75", "226284175"),
    "Polish landline dialled parentheses": ("+48 (22) 628-41-75", "226284175"),
    "St Petersburg landline": ("8 (812) 315-42-78", "8123154278"),
}
PHONE_PLACES_2 = ["custom property", "page title", "referrer path", "campaign", "page search", "json property"]

PHONE_WORDS_2: Dict[str, Tuple[str, List[str]]] = {
    "Ukrainian number words": ("нуль шість сім два дев'ять чотири один вісім п'ять три",
                               ["шість сім два дев'ять чотири"]),
    "Czech number words": ("šest nula tři čtyři osm dva devět jedna sedm", ["tři čtyři osm dva devět"]),
    "Romanian number words": ("zero șapte doi doi patru opt unu cinci trei șase", ["doi doi patru opt unu"]),
    "Hungarian number words": ("nulla hat három nulla négy nyolc kettő hét egy hat öt",
                               ["három nulla négy nyolc kettő"]),
    "Russian number words in groups": ("восемь девятьсот шестнадцать четыреста восемьдесят два семьдесят три "
                                       "девятнадцать", ["восемь девятьсот шестнадцать четыреста"]),
}

IDS_2: Dict[str, Tuple[str, str]] = {
    "Kazakh IIN": (IIN, IIN),
    "Romanian CNP": (CNP, CNP),
    "Polish PESEL labelled": (f"PESEL: {PESEL}", PESEL),
    "Czech birth number with slash": (f"{RC[:6]}/{RC[6:]}", RC),
    "Greek AMKA": (f"ΑΜΚΑ {AMKA}", AMKA),
    "Russian SNILS": (SNILS, _digits(SNILS)),
    "Ukrainian RNOKPP labelled": (f"ІПН {RNOKPP}", RNOKPP),
    "Russian passport labelled compact": ("Паспорт: 4508736215", "4508736215"),
    "Polish ID card": ("Dowód osobisty: ABC523618", "ABC523618"),
    "Czech ID card": ("Číslo OP: 204815372", "204815372"),
    "Romanian ID card series": ("CI seria RX nr. 482731", "482731"),
    "Greek ID card": ("ΑΔΤ: ΑΚ 482731", "482731"),
}
ID_PLACES_2 = ["url path", "user agent", "json property", "search string", "referrer path", "contents brand"]

MAILS_2: Dict[str, Tuple[str, List[str]]] = {
    "rambler.ru": ("zqlebedeva@rambler.ru", ["zqlebedeva"]),
    "yandex.kz": ("zqnurlanova@yandex.kz", ["zqnurlanova"]),
    "i.ua": ("zqmelnyk@i.ua", ["zqmelnyk"]),
    "o2.pl": ("zqwojcik@o2.pl", ["zqwojcik"]),
    "centrum.cz": ("zqsvoboda@centrum.cz", ["zqsvoboda"]),
    "citromail.hu": ("zqtoth.anna@citromail.hu", ["zqtoth"]),
    "yahoo.ro": ("zqionescu@yahoo.ro", ["zqionescu"]),
    "yahoo.gr": ("zqgeorgiou@yahoo.gr", ["zqgeorgiou"]),
    "Cyrillic а in gmail": ("zqlebedeva@gmаil.com", ["zqlebedeva"]),
    "собака in brackets": ("zqlebedeva[собака]rambler[точка]ru", ["zqlebedeva"]),
    "(at) (dot)": ("zqwojcik (at) o2 (dot) pl", ["zqwojcik"]),
    "Ukrainian равлик крапка": ("zqmelnyk равлик ukr крапка net", ["zqmelnyk"]),
    "Romanian arond punct": ("zqionescu arond yahoo punct ro", ["zqionescu"]),
    "Cyrillic full local part": ("лебедева.ольга@яндекс.рф", ["лебедева.ольга"]),
}
MAIL_PLACES_2 = ["custom property", "page title", "campaign", "json property", "user agent", "contents title"]

NAMES_2: Dict[str, Tuple[str, str]] = {
    "Russian Фамилия": ("Фамилия: Зайцевская", "Зайцевская"),
    "Russian Имя и фамилия": ("Имя и фамилия: Ольга Зайцевская", "Зайцевская"),
    "Russian capitals": ("ПОЛУЧАТЕЛЬ: ЗАЙЦЕВСКАЯ ОЛЬГА", "ЗАЙЦЕВСКАЯ"),
    "Russian Контактное лицо": ("Контактное лицо: Зайцевская Ольга", "Зайцевская"),
    "Russian Уважаемый": ("Уважаемый Пётр Семёнович Лихачёв!", "Лихачёв"),
    "Ukrainian ПІБ": ("ПІБ: Ковальчук Оксана Іванівна", "Ковальчук"),
    "Polish Imię i nazwisko": ("Imię i nazwisko: Agnieszka Wrześniewska", "Wrześniewska"),
    "Polish Drogi": ("Drogi Panie Tomaszu Wrześniewski,", "Wrześniewski"),
    "Czech Jméno a příjmení": ("Jméno a příjmení: Kateřina Dvořáková", "Dvořáková"),
    "Czech Kontaktní osoba": ("Kontaktní osoba: Kateřina Dvořáková", "Dvořáková"),
    "Hungarian Kedves": ("Kedves Kovácsházi Erzsébet!", "Kovácsházi"),
    "Hungarian Tisztelt": ("Tisztelt Kovácsházi Úr!", "Kovácsházi"),
    "Romanian Nume": ("Nume: Ioana Vlădescu", "Vlădescu"),
    "Romanian Nume și prenume": ("Nume și prenume: Vlădescu Ioana", "Vlădescu"),
    "Greek Όνομα": ("Όνομα: Ελένη Παπαδοπούλου", "Παπαδοπούλου"),
    "Greek Επώνυμο": ("Επώνυμο: Παπαδοπούλου", "Παπαδοπούλου"),
    "Greek Αξιότιμε κύριε": ("Αξιότιμε κύριε Κωνσταντινίδη,", "Κωνσταντινίδη"),
}
NAME_PLACES_2 = ["custom property", "page title", "contents brand", "search string"]

POSTAL_2: Dict[str, Tuple[str, str]] = {
    "St Petersburg index first": ("Россия, 191186, Санкт-Петербург, Невский пр., д. 28, кв. 5", "Невский пр., д. 28"),
    "Almaty microdistrict": ("мкр. Самал-2, д. 58, кв. 12, Алматы 050059", "Самал-2, д. 58"),
    "Kraków": ("Rynek Główny 12/5, 31-042 Kraków", "Rynek Główny 12"),
    "Prague Na Příkopě": ("Na Příkopě 22, 110 00 Praha 1", "Na Příkopě 22"),
    "Bucharest boulevard": ("Bd. Unirii nr. 15, bl. 8A, sc. 2, et. 4, ap. 17, Sector 3, 030167 București",
                            "Unirii nr. 15"),
    "Athens avenue": ("Λεωφ. Κηφισίας 124, 11526 Αθήνα", "Κηφισίας 124"),
    "Budapest town first": ("Budapest, Váci utca 15. II. em. 4., 1052", "Váci utca 15"),
    "Kyiv transliterated": ("vul. Khreshchatyk, bud. 22, kv. 7, Kyiv, 01001", "Khreshchatyk, bud. 22"),
    "Warsaw lines": ("ul. Marszałkowska 84\n00-514 Warszawa", "Marszałkowska 84"),
    "Moscow address in capitals": ("УЛ. ПРЕЧИСТЕНКА, Д. 17, КВ. 42, МОСКВА", "ПРЕЧИСТЕНКА, Д. 17"),
}
POSTAL_PLACES_2 = ["custom property", "page title", "contents brand", "search string", "cyrillic text"]


def cases() -> List[Case]:
    out: List[Case] = []
    out += crossed("phone", {k: (v, [f]) for k, (v, f) in PHONES.items()}, PHONE_PLACES, place)
    out += crossed("phone", {k: (v, [f]) for k, (v, f) in PHONE_TEXTS.items()}, PHONE_TEXT_PLACES, place)
    out += crossed("phone", dict(PHONE_WORDS.items()), ["custom property"], place)
    out += crossed("id", {k: (v, [f]) for k, (v, f) in IDS.items()}, ID_PLACES, place)
    out += crossed("mail", dict(MAILS.items()), MAIL_PLACES, place)
    out += crossed("handle", {k: (v, [f]) for k, (v, f) in HANDLES.items()}, HANDLE_PLACES, place)
    out += crossed("name", {k: (v, [f]) for k, (v, f) in NAMES.items()}, NAME_PLACES, place)
    out += crossed("postal", {k: (v, [f]) for k, (v, f) in POSTAL.items()}, POSTAL_PLACES, place)
    out += crossed("enc", {k: (v, [f]) for k, (v, f) in ENCODED.items()}, ENCODED_PLACES, place)
    out += crossed("err", {k: (v, [f]) for k, (v, f) in ERR_VALUES.items()}, ERR_PLACES, place)
    out += crossed("phone", {k: (v, [f]) for k, (v, f) in PHONES_2.items()}, PHONE_PLACES_2, place)
    out += crossed("phone", dict(PHONE_WORDS_2.items()), ["custom property", "page title"], place)
    out += crossed("id", {f"{k} again": (v, [f]) for k, (v, f) in IDS_2.items()}, ID_PLACES_2, place)
    out += crossed("mail", dict(MAILS_2.items()), MAIL_PLACES_2, place)
    out += crossed("name", {k: (v, [f]) for k, (v, f) in NAMES_2.items()}, NAME_PLACES_2, place)
    out += crossed("postal", {k: (v, [f]) for k, (v, f) in POSTAL_2.items()}, POSTAL_PLACES_2, place)
    out += key_cases()
    out += meta_cases()
    return out


# Ordinary data of those shops and label-like product data of many languages: all must go out.
ORDINARY: Dict[str, List[str]] = {
    "products": [
        "Чайник электрический Redmond RK-M216S, 1,8 л", "Смартфон Samsung Galaxy S24 8/256 ГБ",
        "Кроссовки Nike Air Max 90, размер 42", "Цвет: Синий", "Размер: XL", "Модель: Galaxy S24",
        "Матрёшка «Семёновская», 5 мест", "Шапка-ушанка, мех кролика", "Вишиванка жіноча, льон",
        "Колір: Чорний", "Розмір: 38", "Қымыз 1 л, Алматы сүт", "Түсі: Қызыл",
        "Buty do biegania Adidas Ultraboost 22, rozmiar 44", "Kolor: Granatowy", "Rozmiar: M",
        "Pierogi ruskie 500 g", "Model: Galaxy S24", "Colour: Midnight Blue", "Barva: Červená", "Velikost: 42",
        "Becherovka Original 0,7 l", "Pilsner Urquell 12° 0,5 l", "Szín: Fekete", "Méret: 40",
        "Pick téliszalámi 700 g", "Tokaji Aszú 5 puttonyos 2017", "Culoare: Albastru", "Mărime: 39",
        "Ie tradițională românească", "Χρώμα: Μπλε", "Μέγεθος: 42", "Ελαιόλαδο Κρήτης 1 λίτρο",
        "Φέτα ΠΟΠ Δωδώνη 400 γρ.", "색상: 미드나잇 블루", "颜色: 午夜蓝", "Màu sắc: Xanh Đêm", "اللون: أزرق",
        "رنگ: آبی", "צבע: כחול", "Renk: Lacivert", "रंग: नीला", "カラー: ミッドナイトブルー", "Cor: Azul Meia-Noite",
        "Color: Azul Medianoche", "Line Dance Shoes", "Signal Booster 4G", "Telegram Mug", "Viber Sticker Pack",
        "WhatsApp Status Tee", "#1 Bestseller", "#summer2025", "Nike Air Max 90, Size 42",
        "Abbey Road Vinyl, 180g", "Ulica Sezamkowa — puzzle 500 el.", "Street Fighter 6, PS5",
        "Baker Street Candle", "Odos Ermou Bag", "Name: Classic Tee", "Дорогой подарок для мамы",
        "Постер «Невский проспект» 50×70", "Kubek Rynek Główny, 330 ml", "Magnes Praha — Karlův most",
        "Andrássy Collection: Fekete Táska", "Brand: Acme Corp", "Марка: Lada Granta", "Виробник: Roshen",
        "Producent: Wedel", "Výrobce: Škoda", "Gyártó: Zwack", "Producător: Dacia", "Κατασκευαστής: Μινέρβα",
        "Серия: Pro Max", "Seria: Galaxy A55", "Řada: Octavia RS", "Modell: Unicum Szilva",
        "Телеграм-канал магазина: новинки недели", "Viber Sticker: Kotik", "Signal Red Lipstick 05",
        "Skype Headset H390", "VK Fest 2025 Merch", "#1 в рейтинге", "#czarnypiątek", "#BlackFriday2025",
    ],
    "prices": [
        "1 299 ₽", "1 299,00 руб.", "12 499 ₴", "4 990 ₸", "129,99 zł", "1 299 Kč", "12 990 Ft", "249,90 lei",
        "49,90 €", "1.299,00 €", "от 990 ₽", "−20% на всё", "2 x 149,99 zł", "3 500 грн",
        "1\u00a0299\u00a0₽", "12.990 Ft", "1 299,- Kč", "€ 49,90", "249.90 RON", "4 990 тг",
    ],
    "codes": [
        "Заказ № 458213", "Заказ №2024-11-29-0173", "Nr zamówienia: 100234567", "Objednávka č. 2024001234",
        "Rendelésszám: 1000234567", "Comanda nr. 4521890", "Παραγγελία #458213", "EAN 4607034360015",
        "EAN 5901234123457", "ISBN 978-5-17-118366-5", "ISBN 978-83-240-6283-9", "Трек-номер RA123456785RU",
        "Przesyłka 00340434161094042557", "CZ 25596641", "NIP sklepu: PL5260250274", "HU10773381",
        "RO14399840", "EL094014201", "ИНН магазина 7707083893", "SKU RK-M216S", "Арт. 1234-567",
        "Накладная 20450012345678", "Faktura VAT FV/2024/11/0123", "Číslo faktury 2024110123",
    ],
    "dates and hours": [
        "29.11.2024", "29 ноября 2024 г.", "29 listopada 2024", "29. 11. 2024", "2024. 11. 29.",
        "29.11.2024 г.", "29/11/2024", "Пн–Пт 9:00–21:00", "pon.–pt. 10:00–18:00", "Po–Pá 8–17",
        "H–P 9–18", "Luni–Vineri 09:00–18:00", "Δευ–Παρ 9:00–21:00", "Доставка 2–3 дня",
    ],
}
ORDINARY_PLACES: Dict[str, List[str]] = {
    "products": ["order note", "product name in the list", "page title"],
    "prices": ["order note", "page title"],
    "codes": ["order note", "page title"],
    "dates and hours": ["order note", "page title"],
}


def ordinary_cases() -> Iterator[OrdinaryCase]:
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, lambda where, value: order_place(where, value, "EUR"))

