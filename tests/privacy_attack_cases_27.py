"""A twenty-seventh outside attack on the privacy gate, written from the README's promises (section "Personal data:
one budget in, one gate out") without reading the gate's code nor the earlier attacks' cases.

It presses where the README is thin or new: the allowance to judge (values placed after the allowance is spent, at
its edge, in every leaf charged late, and the errors of the budget that name a field), the languages and regions
little pressed before (Persian, Dari and Pashto, Armenian and Georgian in their scripts, Amharic and Tigrinya,
Sinhala, Tamil of Sri Lanka, Malagasy, Quechua, Haitian Creole, Icelandic, Maltese, Basque, Welsh, Irish, Breton,
Luxembourgish, Romansh) and structured texts (vCard, iCalendar, CSV, YAML, TOML, HTTP header dumps, log lines,
GraphQL, URL-encoded JSON in a fragment, Markdown tables, SMS templates, mail headers with display names).

Each case is (name, kind, make_event overrides, forms), as in the earlier attacks; the first word of a name is its
family. The ordinary values are shop data of the same shapes that must go out unchanged.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from builders import USER_AGENT
from privacy_attack_cases_2 import Case, Ordinary, crossed

SHOP = "https://shop.example.com"


# Check digits, computed so each id is valid by its own rule.
def kennitala(date: str, serial: str, century: str = "9") -> str:
    """An Icelandic kennitala: DDMMYY, two digits, the mod-11 check digit, the century digit."""
    body = date + serial
    weights = [3, 2, 7, 6, 5, 4, 3, 2]
    rest = 11 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
    assert rest != 10, "no kennitala has this body"
    return f"{body}{0 if rest == 11 else rest}{century}"


def iran_code(body: str) -> str:
    """Iran's national code: nine digits and the mod-11 check digit."""
    rest = sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
    return body + str(rest if rest < 2 else 11 - rest)


def ppsn(digits: str) -> str:
    """An Irish PPSN of the old layout: seven digits and the mod-23 check letter."""
    rest = sum(int(d) * (8 - i) for i, d in enumerate(digits)) % 23
    return digits + "WABCDEFGHIJKLMNOPQRSTUV"[rest]


def dni(number: str) -> str:
    return number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


def iban(country: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def ean_digit(body: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return str((10 - total % 10) % 10)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _ in range(6):
    _VP.append([_VP[-1][_VP[1][i]] for i in range(10)])
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


KENNITALA = kennitala("120174", "33")  # 120174-33?9
IRAN = iran_code("008457594")
PPSN = ppsn("7654329")
DNI = dni("48215736")
AHV = "756" + "921707698"
AHV += ean_digit(AHV)
MATRICULE = "19830812467"
MATRICULE += luhn_digit(MATRICULE) + verhoeff_digit(MATRICULE)
IBAN_GE = iban("GE", "NB0000000101904917")
IBAN_IS = iban("IS", "0159260076545510730339")
IBAN_MT = iban("MT", "MALT011000012345MTLCAST001S")
IBAN_IE = iban("IE", "AIBK93115212345678")
IBAN_LU = iban("LU", "0019400644750000")
CARD = "4539" + "1488" + "0343" + "642"
CARD += luhn_digit(CARD)


def spaced(text: str, size: int = 4) -> str:
    return " ".join(text[i:i + size] for i in range(0, len(text), size))


def _persian_digits(text: str) -> str:
    return text.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


def _sinhala_digits(text: str) -> str:
    return text.translate(str.maketrans("0123456789", "෦෧෨෩෪෫෬෭෮෯"))


def _tamil_digits(text: str) -> str:
    return text.translate(str.maketrans("0123456789", "௦௧௨௩௪௫௬௭௮௯"))


# ---------------------------------------------------------------------------------------------------------------
# Places: the leaves of Meta's payload the README maps.

def place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """(kind, make_event overrides) putting `value` in the leaf `where`."""
    q = quote(value, safe="")
    product = {"product_id": "P-27", "price": "5", "quantity": "1"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"note": value}}),
        "page title": ("page", {"title": value}),
        "url path": ("page", {"url": f"{SHOP}/p/{q}/view"}),
        "url query value": ("page", {"url": f"{SHOP}/p?utm_content={q}"}),
        "fragment": ("page", {"url": f"{SHOP}/p#{q}"}),
        "referrer": ("page", {"referrer": f"https://ref.example.net/r?c={q}"}),
        "search": ("track", {"name": "Products Searched", "properties": {"query": value}}),
        "content title": ("track", {"name": "Product Added", "products": [{**product, "name": value}]}),
        "content brand": ("track", {"name": "Product Added", "products": [{**product, "name": "Tee", "brand": value}]}),
        "user agent": ("page", {"user_agent": USER_AGENT.replace("rv:134.0", f"rv:134.0; {value}")}),
        "json property": ("track", {"properties": {"payload": json.dumps({"comment": value}, ensure_ascii=False)}}),
        "page name": ("page", {"data": {"name": value}}),
        "content category": ("track", {"name": "Product Added",
                                       "products": [{**product, "name": "Tee", "category": value}]}),
    }
    return table[where]




# ---------------------------------------------------------------------------------------------------------------
# mail: addresses inside structured texts and spelled in the round's languages (claimed everywhere).

MAIL: Dict[str, Tuple[str, Any]] = {
    "vCard EMAIL": ("BEGIN:VCARD\nVERSION:3.0\nFN:Aram Petrosyan\nEMAIL;TYPE=INTERNET:aramqa.petrosyan@example.am\n"
                    "END:VCARD", ["aramqa.petrosyan"]),
    "vCard quoted-printable EMAIL": ("BEGIN:VCARD\nEMAIL;ENCODING=QUOTED-PRINTABLE:ninoqa.beridze=40example.ge\n"
                                     "END:VCARD", ["ninoqa.beridze"]),
    "iCalendar ATTENDEE mailto": ("BEGIN:VEVENT\nSUMMARY:Fitting\nATTENDEE;CN=Gudrun;RSVP=TRUE:mailto:gudrunqa.j@"
                                  "example.is\nEND:VEVENT", ["gudrunqa.j"]),
    "iCalendar ORGANIZER folded line": ("ORGANIZER;CN=Shop:mailto:tigistqa.alemu@exa\n mple.et", ["tigistqa.alemu"]),
    "header From display name": ("From: \"Siôn Prys\" <sionqa.prys@example.cymru>", ["sionqa.prys"]),
    "header Reply-To encoded word": ("Reply-To: =?UTF-8?B?TcOhaXLDqWFkIE7DrSBCaHJpYWlu?= <maireadqa@example.ie>",
                                     ["maireadqa"]),
    "header To two recipients": ("To: Mikel <mikelqa.etxe@example.eus>, Ane <aneqa.z@example.eus>",
                                 ["mikelqa.etxe", "aneqa.z"]),
    "header Cookie with encoded address": ("Cookie: _ga=GA1.2.3.4; em=rasoaqa.r%40example.mg; theme=dark",
                                           ["rasoaqa.r"]),
    "log line user= ip=": ("2026-12-01T04:01:02Z INFO login user=dilaniqa.p@example.lk ip=10.0.0.1 ok",
                           ["dilaniqa.p"]),
    "GraphQL inline argument": ('query { customer(email: "farhadqa.k@example.af") { id orders { id } } }',
                                ["farhadqa.k"]),
    "GraphQL variables": ('{"query":"mutation Sub($e: String!){subscribe(e: $e){ok}}","variables":{"e":'
                          '"lenaqa.weber@example.lu"}}', ["lenaqa.weber"]),
    "fragment URL-encoded JSON": ("state=" + quote('{"contact":"quispeqa.rosa@example.pe"}', safe=""),
                                  ["quispeqa.rosa"]),
    "Markdown table": ("| Item | Contact |\n|---|---|\n| Tee | marijaqa.borg@example.com.mt |", ["marijaqa.borg"]),
    "YAML mapping": ("customer:\n  contact:\n    mail: yannqa.legoff@example.bzh\n", ["yannqa.legoff"]),
    "TOML table": ('[owner]\nmail = "gianqa.caduff@example.ch"\n', ["gianqa.caduff"]),
    "CSV with header": ("item,qty,contact\nTee,2,wideqa.pierre@example.ht\n", ["wideqa.pierre"]),
    "SMS template": ("SMS: Salama! Ny kaomandinao dia efa lasa. Valio amin'ny hobyqa.rak@example.mg",
                     ["hobyqa.rak"]),
    "Persian spelled": ("farhadqa.karimi آت gmail دات کام", ["farhadqa.karimi"]),
    "Armenian spelled": ("aramqa.m շնիկ mail կետ ru", ["aramqa.m"]),
    "Georgian spelled": ("ninoqa.b ეთ gmail წერტილი com", ["ninoqa.b"]),
    "Icelandic spelled": ("gudrunqa.j hjá simnet punktur is", ["gudrunqa.j"]),
    "Haitian spelled": ("wideqa.pierre aroba gmail pwen com", ["wideqa.pierre"]),
    "Amharic spelled": ("tigistqa.a አት gmail ዶት com", ["tigistqa.a"]),
    "Welsh spelled": ("dafyddqa.p malwen example dot cymru", ["dafyddqa.p"]),
    "Basque spelled": ("mikelqa.e a bildua euskaltel puntu eus", ["mikelqa.e"]),
    "Irish spelled": ("maireadqa.n ag eircom ponc ie", ["maireadqa.n"]),
    "Maltese spelled": ("marijaqa.b at maltanet dot net", ["marijaqa.b"]),
    "Icelandic spelled with hjá and punktur in slug": ("gudrunqa-hja-simnet-punktur-is", ["gudrunqa"]),
    "vCard folded local part": ("BEGIN:VCARD\nEMAIL:hovhannesqa@\n example.am\nEND:VCARD", ["hovhannesqa"]),
    "MIME encoded address": ("Reply-To: =?UTF-8?Q?hakobqa=2Eh=40example=2Eam?=", ["hakobqa"]),
    "header Sender angle brackets percent": ("Sender: <lusineqa.s%40example.am>", ["lusineqa.s"]),
    "Persian digits local part": ("۰۹۱۲qa@example.ir", ["qa@example.ir"]),
    "Sinhala around address": ("ඊමේල්: dilaniqa.perera@example.lk ස්තූතියි", ["dilaniqa.perera"]),
    "Georgian full-width at": ("ელფოსტა ninoqa.g＠example.ge", ["ninoqa.g"]),
    "Armenian look-alike letters": ("aramqa.s@ехаmple.am".replace("e", "е"), ["aramqa.s"]),
    "Welsh mailto link": ("Cysylltwch: mailto:dafyddqa@example.cymru?subject=Archeb", ["dafyddqa"]),
    "base64 in cookie": ("Cookie: kl=" + "eyJlbWFpbCI6Im1pa2VscWEuZUBleGFtcGxlLmV1cyJ9", ["mikelqa.e"]),
}


# phone: numbers of the round's countries, dialled or in national layout (claimed: after + or 00, digit groups of
# 9 to 15 digits, national numbers with a trunk 0).
PHONE: Dict[str, Tuple[str, Any]] = {
    "am vCard TEL cell": ("BEGIN:VCARD\nTEL;TYPE=cell:+374 91 234567\nEND:VCARD", ["91234567"]),
    "ge dialled": ("Tel: +995 555 12 34 56", ["555123456"]),
    "is dialled": ("Sími: +354 611 2345", ["3546112345"]),
    "mt dialled": ("Mowbajl: +356 7912 3456", ["79123456"]),
    "lk national": ("ජංගම: 077 123 4567", ["771234567"]),
    "lk Sinhala digits": ("+94 " + _sinhala_digits("77 123 4567"), ["771234567"]),
    "lk Tamil digits": ("தொலைபேசி: +94 " + _tamil_digits("76 234 5678"), ["762345678"]),
    "mg national": ("Finday: 034 12 345 67", ["341234567"]),
    "mg dialled in SMS": ("SMS amin'ny +261 33 98 765 43: tonga ny entana", ["339876543"]),
    "ht dialled": ("Telefòn: +509 3712 3456", ["37123456"]),
    "et national": ("ስልክ: 091 123 4567", ["911234567"]),
    "er dialled": ("ስልኪ: +291 7 123 456", ["7123456"]),
    "af Persian digits": ("شماره: +" + _persian_digits("93 70 123 4567"), ["701234567"]),
    "ir mobile Persian digits": (_persian_digits("0912 345 6789"), ["9123456789"]),
    "pe dialled": ("Celular: +51 987 654 321", ["987654321"]),
    "lu dialled": ("Handy: +352 621 123 456", ["621123456"]),
    "ie national": ("Guthán: 087 123 4567", ["871234567"]),
    "gb Welsh label": ("Rhif ffôn symudol: 07700 900123", ["7700900123"]),
    "ch Romansh": ("Telefon mobil: +41 79 123 45 67", ["791234567"]),
    "es Basque": ("Telefonoa: 612 34 56 78", ["612345678"]),
    "fr Breton": ("Pellgomz: 06 12 34 56 78", ["612345678"]),
    "iCalendar TEL": ("BEGIN:VEVENT\nATTENDEE;CN=Guest:tel:+37455123456\nEND:VEVENT", ["55123456"]),
    "Markdown tel link": ("[Zanga aho](tel:+261321234567)", ["321234567"]),
    "log line phone=": ("INFO otp sent phone=+94771234568 status=ok", ["771234568"]),
    "YAML phone": ("contact:\n  tel: \"+354 699 8877\"\n", ["6998877"]),
    "CSV phone column": ("item,qty,ph\nTee,1,+995 599 11 22 33\n", ["599112233"]),
    "GraphQL variables phone": ('{"query":"mutation($p:String){otp(p:$p)}","variables":{"p":"+51 912 345 678"}}',
                                ["912345678"]),
    "WhatsApp link Armenian": ("WhatsApp: https://wa.me/37477123456", ["77123456"]),
    "am local with trunk": ("Հեռ. 091 23 45 67", ["91234567"]),
    "ge local after a word": ("დამირეკეთ 555 12 34 56", ["555123456"]),
    "is local after Farsími": ("Farsími: 611 2345", ["6112345"]),
    "mt local after label": ("Mowbajl: 7912 3456", ["79123456"]),
    "lu local after label": ("Tél. portable : 621 123 456", ["621123456"]),
    "ht local after label": ("Tel: 3712 3456", ["37123456"]),
    "lk local dashed": ("Mobile: 077-1234567", ["771234567"]),
    "log line phone= local": ("INFO sms phone=611 2345 sent", ["6112345"]),
    "Ethiopic label Tigrinya": ("ቁጽሪ ስልኪ፦ 07 123 4567", ["71234567"]),
}


# id: national ids and bank accounts with their check digits.
ID: Dict[str, Tuple[str, Any]] = {
    "is kennitala labelled": (f"Kennitala: {KENNITALA[:6]}-{KENNITALA[6:]}", [KENNITALA[6:]]),
    "is kennitala unbroken": (f"kt. {KENNITALA}", [KENNITALA]),
    "ir national code Persian label": (f"کد ملی: {_persian_digits(IRAN)}", [IRAN]),
    "ir national code printed": (f"{IRAN[:3]}-{IRAN[3:9]}-{IRAN[9]}", [IRAN[3:9]]),
    "ie PPSN labelled": (f"PPSN: {PPSN}", [PPSN]),
    "ie PPSN Irish label": (f"Uimhir PSP: {PPSN}", [PPSN]),
    "es DNI Basque label": (f"NAN: {DNI}", [DNI]),
    "es DNI in CSV": (f"izena,nan\nMikel,{DNI}\n", [DNI]),
    "mt id card": ("Karta tal-Identità: 0482193M", ["0482193M"]),
    "lu matricule": (f"Matricule: {MATRICULE}", [MATRICULE]),
    "ch AHV": (f"AHV-Nr.: {AHV[:3]}.{AHV[3:7]}.{AHV[7:11]}.{AHV[11:]}", [AHV[3:11]]),
    "ch AHV Romansh": (f"Numer AVS: {AHV}", [AHV]),
    "lk NIC old": ("NIC No: 902345678V", ["902345678"]),
    "lk NIC new": ("NIC No: 199023456789", ["199023456789"]),
    "mg CIN": ("karatra manondro: 101 211 123 456", ["101211123456"]),
    "am passport": ("Անձնագիր AN0482193", ["AN0482193"]),
    "ge personal number": ("პირადი ნომერი: 01024054321", ["01024054321"]),
    "af tazkira": ("تذکره: 1400-0101-23456", ["0101-23456"]),
    "et Fayda": ("Fayda FAN: 4821 3379 1204 5567", ["3379"]),
    "pe DNI": ("DNI N° 45678912", ["45678912"]),
    "GE IBAN": (spaced(IBAN_GE), [IBAN_GE[4:12]]),
    "IS IBAN": (spaced(IBAN_IS), [IBAN_IS[4:12]]),
    "MT IBAN": (spaced(IBAN_MT), [IBAN_MT[8:16]]),
    "IE IBAN in TOML": (f'[pay]\naccount = "{IBAN_IE}"', [IBAN_IE[8:16]]),
    "LU IBAN in log": (f"INFO refund iban={IBAN_LU} amount=12.00", [IBAN_LU[4:12]]),
    "card in vCard note": (f"BEGIN:VCARD\nNOTE:card {spaced(CARD)} exp 12/28\nEND:VCARD", [CARD[4:12]]),
    "card in YAML": (f"payment:\n  card: {CARD}\n", [CARD]),
}


# name: names after labels and self-introductions of the round's languages (claimed by the README's lexicon).
NAME: Dict[str, Tuple[str, Any]] = {
    "fa label four words": ("نام و نام خانوادگی: داریوش کاظمیاران", ["کاظمیاران"]),
    "prs label": ("نام: فریده رحیمیاران", ["رحیمیاران"]),
    "ps label alone": ("نوم: ګل‌احمد زلمیاران", ["زلمیاران"]),
    "hy label": ("Անուն Ազգանուն: Արամ Մկրտչյանքա", ["Մկրտչյանքա"]),
    "hy self-introduction": ("Բարև, իմ անունը Արամ Պետրոսյանքա է", ["Պետրոսյանքա"]),
    "ka label": ("სახელი, გვარი: ნინო ბერიძეყა", ["ბერიძეყა"]),
    "ka self-introduction": ("გამარჯობა, ჩემი სახელია ნინო ლომიძეყა", ["ლომიძეყა"]),
    "am label full name": ("ሙሉ ስም፦ አበበ ከበደቃ", ["ከበደቃ"]),
    "am label": ("ስም፦ አበበ ተሰማቃ", ["ተሰማቃ"]),
    "am self-introduction": ("ስሜ ትግስት አለሙቃ ነው", ["አለሙቃ"]),
    "ti self-introduction after greeting": ("ሰላም፡ ሽመይ ሳባ ተስፋይቃ እዩ", ["ተስፋይቃ"]),
    "ti self-introduction": ("ሽመይ ሳባ ገብረሂወትቃ እዩ", ["ገብረሂወትቃ"]),
    "ti self-introduction after greeting and comma": ("ሰላም፣ ሽመይ ሳባ ሃብተማርያምቃ እዩ", ["ሃብተማርያምቃ"]),
    "si label": ("නම: දිලානි පෙරේරාක", ["පෙරේරාක"]),
    "si self-introduction": ("මගේ නම දිලානි ජයසූරියක", ["ජයසූරියක"]),
    "ta self-introduction": ("என் பெயர் கவிதா சிவகுமாரக", ["சிவகுமாரக"]),
    "mg label": ("Anarana: Rasoa Rakotomalalaqa", ["Rakotomalalaqa"]),
    "mg self-introduction": ("Salama, ny anarako dia Hoby Randrianasoloqa", ["Randrianasoloqa"]),
    "qu self-introduction": ("Allillanchu! Sutiymi Rosa Quispeqa Huamán", ["Quispeqa"]),
    "qu self-introduction alone": ("Sutiymi Rosa Quispeqa Huamán", ["Quispeqa"]),
    "ht self-introduction": ("Bonjou, mwen rele Wideline Pierreqa", ["Pierreqa"]),
    "ht label": ("Non: Wideline Jean-Baptisteqa", ["Jean-Baptisteqa"]),
    "is label": ("Nafn: Guðrún Jónsdóttirqa", ["Jónsdóttirqa"]),
    "is self-introduction": ("Halló, ég heiti Guðrún Sigurðardóttirqa", ["Sigurðardóttirqa"]),
    "mt self-introduction": ("Bonġu, jien jisimni Marija Borgqa", ["Borgqa"]),
    "mt label": ("Isem u kunjom: Marija Camilleriqa", ["Camilleriqa"]),
    "eu label": ("Izena: Mikel Etxeberriaqa", ["Etxeberriaqa"]),
    "eu self-introduction after": ("Kaixo, Mikel Arregiqa naiz", ["Arregiqa"]),
    "cy label": ("Enw: Dafydd ap Gwilymqa", ["Gwilymqa"]),
    "cy self-introduction": ("Shwmae, fy enw i yw Dafydd Prysqa", ["Prysqa"]),
    "ga self-introduction": ("Dia duit, is mise Máiréad Ní Bhriainqa", ["Bhriainqa"]),
    "br label": ("Anv: Yann Le Goffqa", ["Goffqa"]),
    "br self-introduction name first": ("Demat, Yann Kerjeanqa eo ma anv", ["Kerjeanqa"]),
    "br self-introduction": ("Demat, ma anv zo Yann Kerjeanqa", ["Kerjeanqa"]),
    "lb self-introduction": ("Moien, ech heeschen Lena Weberqa", ["Weberqa"]),
    "lb label": ("Numm: Lena Schmitqa", ["Schmitqa"]),
    "rm self-introduction": ("Allegra, jau hai num Gian Caduffqa", ["Caduffqa"]),
    "rm self-introduction mes num": ("Allegra, mes num è Gian Casuttqa", ["Casuttqa"]),
    "vCard FN": ("BEGIN:VCARD\nVERSION:4.0\nFN:Aram Hakobyanqa\nEND:VCARD", ["Hakobyanqa"]),
    "vCard N one line": ("BEGIN:VCARD VERSION:3.0 N:Sigurdardottirqa;Gudrun;;; END:VCARD", ["Sigurdardottirqa"]),
    "iCalendar ATTENDEE CN": ("BEGIN:VEVENT\nATTENDEE;CN=Tigist Alemuqa;ROLE=REQ-PARTICIPANT;RSVP=TRUE\nEND:VEVENT",
                              ["Alemuqa"]),
    "YAML full_name": ("order:\n  full_name: Rasoa Andrianaivoqa\n  qty: 2\n", ["Andrianaivoqa"]),
    "TOML name key": ('[buyer]\nfull_name = "Nino Kapanadzeqa"\n', ["Kapanadzeqa"]),
    "CSV Welsh header": ("enw,dinas,nifer\nDafydd Llwydqa,Caerdydd,2\n", ["Llwydqa"]),
    "Markdown table Breton header": ("| Anv | Kêr |\n|---|---|\n| Yann Morvanqa | Brest |", ["Morvanqa"]),
    "log line user= name": ("INFO checkout user=Harriet Ashdownqa step=2", ["Ashdownqa"]),
    "GraphQL variables fullName": ('{"query":"mutation($n:String){sign(n:$n)}","variables":{"fullName":'
                                   '"Sabela Castelaoqa"}}', ["Castelaoqa"]),
    "Cookie header name": ("Cookie: name=Gudrun%20Zqjonsdottir; cart=3", ["Zqjonsdottir"]),
    "GraphQL inline arguments": ('mutation { updateCustomer(firstName: "Gudrun", lastName: "Zqgqlsdottir") { id } }',
                                 ["Zqgqlsdottir"]),
    "Markdown table Irish header": ("| Ainm | Contae |\n|---|---|\n| Máire Zqkelly | Corcaigh |", ["Zqkelly"]),
    "vCard N Georgian": ("BEGIN:VCARD\nN:ბერიძეყა;ნინო;;;\nEND:VCARD", ["ბერიძეყა"]),
    "vCard FN Amharic": ("BEGIN:VCARD\nFN:አበበ በቀለቃ\nEND:VCARD", ["በቀለቃ"]),
    "YAML full_name Armenian": ("order:\n  full_name: Արամ Սարգսյանքա\n", ["Սարգսյանքա"]),
    "YAML surname one word": ("order:\n  surname: Zqyamlsson\n  qty: 1\n", ["Zqyamlsson"]),
    "CSV Persian header": ("نام,شهر,تعداد\nداریوش زمانیاران,تهران,2\n", ["زمانیاران"]),
    "CSV Icelandic semicolons": ("nafn;bær;fjöldi\nGuðrún Zqcsvdóttir;Akureyri;2\n", ["Zqcsvdóttir"]),
    "TSV Maltese header": ("isem\tbelt\tqty\nMarija Zqtsvborg\tMosta\t1\n", ["Zqtsvborg"]),
    "Markdown table Armenian header": ("| Անուն | Քաղաք |\n|---|---|\n| Արամ Ղազարյանքա | Գյումրի |", ["Ղազարյանքա"]),
    "log line user= Georgian": ("INFO checkout user=ნინო ჯავახიშვილიყა step=2", ["ჯავახიშვილიყა"]),
    "HTTP header customer name": ("X-Customer-Name: Guðrún Zqheaderdóttir\nX-Cart: 3", ["Zqheaderdóttir"]),
    "CSV header as a row of a product table": ("item,qty,price\nname,city,qty\nAnil Zqgowdaru,Mysuru,2\n",
                                               ["Zqgowdaru"]),
    "CSV header after a blank line and a title": ("Orders export\n\nenw;dinas;nifer\nDafydd Zqllwyd;Bangor;1",
                                                  ["Zqllwyd"]),
    "CSV quoted cells": ('"nafn","bær","fjöldi"\n"Jón Zqquotedsson","Akureyri","2"', ["Zqquotedsson"]),
    "CSV header repeated": ("name,city,qty\nTee,Mysuru,2\nname,city,qty\nAnil Zqrepeated,Mysuru,2",
                            ["Zqrepeated"]),
    "az label": ("Ad: Elvin Məmmədovzq", ["Məmmədovzq"]),
    "az label in ASCII letters": ("Ad: Elvin Mammadovzq", ["Mammadovzq"]),
    "az self-introduction": ("Salam, mənim adım Elvin Hüseynovzq", ["Hüseynovzq"]),
    "ha self-introduction": ("Sannu, sunana Ɗanjuma Ƙarƙasazq", ["Ƙarƙasazq"]),
    "tw self-introduction": ("Akwaaba, me din de Ama Ɔsɛizq", ["Ɔsɛizq"]),
    "ee label": ("Ŋkɔ: Kɔfi Ɖogbezq", ["Ɖogbezq"]),
    "se label": ("Namma: Áŋŋá Ŋuorrazq", ["Ŋuorrazq"]),
    "is recipient": ("Móttakari: Rókur Daðasonzq", ["Daðasonzq"]),
    "ha recipient": ("Mai karɓa: Ɗanjuma Ƙarƙasazqb", ["Ƙarƙasazqb"]),
    "URL-encoded JSON last name": ("state=" + quote('{"last_name":"Zqfragson","cart":3}', safe=""), ["Zqfragson"]),
    "log line name= key": ("2026-12-01 INFO order=1001 eftirnafn=Zqlogsdottir qty=1", ["Zqlogsdottir"]),
    "Attention label": ("Attention: Gwen Zqattenborough", ["Zqattenborough"]),
    "header To display name label": ("Recipient: Máire Nic Aodhaqa", ["Aodhaqa"]),
    "chat speaker Persian": ("مشتری (داریوش فرهادیاران): سفارش من کجاست؟", ["فرهادیاران"]),
    "salutation Icelandic": ("Kæra Guðrún Ólafsdóttirqa,\ntakk fyrir pöntunina.", ["Ólafsdóttirqa"]),
    "salutation Welsh": ("Annwyl Mr Huwqa Jones,\ndiolch am eich archeb.", ["Huwqa"]),
}


# Names holding Latin letters that no compatibility folding brings to ASCII (Icelandic and Faroese `Þ`, `Ð`, Danish
# and Norwegian `Æ`, Azerbaijani `Ə`, Hausa `Ɗ`, `Ƙ`, Ewe `Ɖ`, `Ɔ`, Akan `Ɛ`, Northern Sami `Ŋ`), after the labels,
# salutations and closings the README reads (`Ship to: Wyn Okafor`, `Dear Wyn Okafor,`, `Cheers, Jo Smith`).
EXTENDED_NAMES: Dict[str, Tuple[str, str]] = {
    "Icelandic thorn": ("Þórunn Ægisdóttirzq", "Ægisdóttirzq"),
    "Icelandic eth": ("Guðrún Sigurðardóttirzq", "Sigurðardóttirzq"),
    "Faroese eth": ("Rókur Daðasonzq", "Daðasonzq"),
    "Danish ash": ("Ægir Mælkevejzq", "Mælkevejzq"),
    "Azerbaijani schwa": ("Elvin Məmmədovzq", "Məmmədovzq"),
    "Hausa hooked letters": ("Ɗanjuma Ƙarƙasazq", "Ƙarƙasazq"),
    "Ewe open o": ("Kɔfi Ɖogbezq", "Ɖogbezq"),
    "Akan open e": ("Ama Ɔsɛizq", "Ɔsɛizq"),
    "Sami eng": ("Áŋŋá Ŋuorrazq", "Ŋuorrazq"),
    "Ojibwe modifier apostrophe": ("Maʼiingan Benaiszq", "Benaiszq"),
}
EXTENDED_LAYOUTS: Dict[str, str] = {
    "Ship to": "Ship to: {}", "Attn": "Attn: {}", "Customer": "Customer: {}", "Reviewed by": "Reviewed by: {}",
    "Dear": "Dear {},\nthank you for your order.", "closing": "Thanks for the quick delivery.\nKind regards,\n{}",
    "my name is": "Hello, my name is {} and I ordered",
    "Dear Mrs": "Dear Mrs {},\nyour parcel is on its way.",
    "Nom in a user agent's comment": "Nom : {}",
}


def extended_name_cases() -> Iterator[Case]:
    for layout, text in EXTENDED_LAYOUTS.items():
        for name, (full, form) in EXTENDED_NAMES.items():
            if "user agent" in layout:
                yield (f"name {name} after {layout}", *place("user agent", text.format(full)), [form])
            else:
                yield (f"name {name} after {layout}", "track", {"properties": {"note": text.format(full)}}, [form])


# postal: address lines of the round's countries (claimed layouts).
POSTAL: Dict[str, Tuple[str, Any]] = {
    "is street glued": ("Laugavegur 28, 101 Reykjavíkzq", ["Reykjavíkzq"]),
    "is street with flat": ("Skólavörðustígur 12, íbúð 3, 101 Reykjavíkqa", ["Reykjavíkqa"]),
    "hy street and flat": ("Աբովյան փ. 12, բն. 57, Երևանքա", ["Երևանքա"]),
    "ka avenue and flat": ("რუსთაველის გამზ. 37, ბინა 12, თბილისიყა", ["თბილისიყა"]),
    "am kebele and house": ("ቀበሌ 05, የቤት ቁጥር 123, አዲስ አበባቃ", ["አበባቃ"]),
    "si lane": ("12, 2 වන පටුමග, කොළඹක 03", ["කොළඹක"]),
    "si house and lane": ("නිවස අංක 12, 2 වන පටුමග, කොළඹක 03", ["කොළඹක"]),
    "fa alley and plaque": ("کوچه نادر، پلاک ۱۲، تهرانیاران", ["تهرانیاران"]),
    "prs house word": ("کارته سه، سرک پنجم، خانه ۱۲، کابلیاران", ["کابلیاران"]),
    "mg lot": ("Lot II M 45 Bis Antanimenaqa", ["Antanimenaqa"]),
    "ht kay": ("Kay 14, Delmas 33, Pòtoprensqa", ["Pòtoprensqa"]),
    "mt triq": ("Triq il-Kbira 45, Ħal Qormiqa", ["Qormiqa"]),
    "mt triq labelled": ("Indirizz: Triq San Pawl 12, Naxxarqa", ["Naxxarqa"]),
    "eu kalea": ("Nagusia kalea 12, 3. ezk., 20003 Donostiaqa", ["Donostiaqa"]),
    "cy heol": ("12 Heol y Frenhines, Caerdyddqa CF10 2BH", ["Caerdyddqa"]),
    "cy heol labelled": ("Cyfeiriad: 12 Heol y Frenhines, Caerdyddqa", ["Caerdyddqa"]),
    "ie sráid": ("12 Sráid an Mhuilinn, Baile Átha Cliathqa, D02 X285", ["Cliathqa"]),
    "br straed": ("12 straed Sant-Mikael, 29200 Brestqa", ["Brestqa"]),
    "lu rue": ("12, rue de la Gare, L-1611 Luxembourgqa", ["Luxembourgqa"]),
    "rm via": ("Via Maistra 12, 7500 San Murezzanqa", ["Murezzanqa"]),
    "pe jirón": ("Jr. Junín 345, Cercado de Limaqa", ["Limaqa"]),
    "lk Tamil road": ("இல. 12, காலி வீதி, கொழும்பக 03", ["கொழும்பக"]),
    "az street word after the name": ("Nizami küçəsi 12, Bakızq", ["Bakızq"]),
    "dk genitive and Vej": ("Niels Ebbesens Vej 12, 1911 Frederiksbergzq", ["Frederiksbergzq"]),
    "dk genitive and vej": ("Ebbesens vej 14, 1911 Frederiksbergzq", ["Frederiksbergzq"]),
    "dk genitive and Boulevard": ("H.C. Andersens Boulevard 12, 1553 Københavnzq", ["Københavnzq"]),
    "no genitive and gate": ("Karl Johans gate 22, 0159 Oslozq", ["Oslozq"]),
    "fo street glued": ("Áarvegur 12, 100 Tórshavnzq", ["Tórshavnzq"]),
    "vCard ADR": ("BEGIN:VCARD\nADR;TYPE=home:;;Laugavegur 77;Reykjavíkqa;;101;Iceland\nEND:VCARD",
                  ["Reykjavíkqa"]),
    "YAML address": ("shipping:\n  street: Triq San Pawl 12\n  town: Naxxarqa\n", ["Naxxarqa"]),
    "log line coordinates": ("INFO geo lat=6.927079 lon=79.861244 ok", ["6.927079"]),
    "coordinates in GraphQL": ('{"variables":{"loc":"-18.879190, 47.507905"}}', ["47.507905"]),
    "plus code Antananarivo": ("Plus code: 5GHG+3R Antananarivo", ["5GHG+3R"]),
}


# key: personal keys of the round's languages (the value a personal datum no shape finds).
KEYS: Dict[str, str] = {
    "hy phone": "հեռախոս", "ka phone": "ტელეფონი", "am phone": "ስልክ", "si phone": "දුරකථනය",
    "fa mobile": "شماره_موبایل", "is phone": "símanúmer", "mt phone": "numru_tat_telefon", "eu phone": "telefonoa",
    "cy phone": "rhif_ffon", "ga phone": "uimhir_fóin", "br phone": "pellgomz", "lb phone": "Telefonsnummer",
    "rm phone": "numer_da_telefon", "mg phone": "laharana_finday", "ht phone": "nimewo_telefòn",
    "qu phone": "telefono_yupay", "ta phone": "தொலைபேசி", "ti phone": "ቁጽሪ_ስልኪ",
    "hy surname": "ազգանուն", "ka surname": "გვარი", "am name": "ስም", "si name": "නම",
    "fa surname": "نام_خانوادگی", "ps name": "نوم", "is surname": "eftirnafn", "mt surname": "kunjom",
    "eu surname": "abizena", "cy surname": "cyfenw", "ga surname": "sloinne", "br name": "anv",
    "lb name": "Numm", "mg name": "anarana", "ta name": "பெயர்", "ti name": "ሽም",
    "hy address": "հասցե", "ka address": "მისამართი", "am address": "አድራሻ", "is address": "heimilisfang",
    "eu address": "helbidea", "cy address": "cyfeiriad", "ga address": "seoladh", "mt address": "indirizz",
    "mg address": "adiresy", "ht address": "adrès",
    "is id": "kennitala", "ga ppsn": "uimhir_pps", "ch ahv": "ahv_nr", "lk nic": "nic_no",
    "ge personal": "პირადი_ნომერი",
}
KEY_VALUE = "Zqarvinsdottir 6112345"


# A record's name and its value, and a key beside its value.
def key_cases() -> Iterator[Case]:
    for name, key in KEYS.items():
        yield (f"key {name}: property", "track", {"properties": {key: KEY_VALUE}}, ["Zqarvinsdottir"])


# ---------------------------------------------------------------------------------------------------------------
# budget: the allowance to judge and the budget's errors.

FILL_UNIT = "Organic cotton tee in ocean blue, relaxed fit, size M. "  # 55 characters, ordinary
ALLOWANCE = 32_768


def fill(length: int) -> str:
    return (FILL_UNIT * (length // len(FILL_UNIT) + 1))[:length]


def _fillers(count: int, length: int) -> Dict[str, str]:
    return {f"spec_{i:02d}": fill(length) for i in range(count)}


EMAIL = "zqlast.judged@example.is"
PHONE_VALUE = "+354 611 2345"
NAME_VALUE = "Nafn: Guðrún Zqjónsdóttir"


def budget_cases() -> Iterator[Case]:
    personal = {"email": (EMAIL, ["zqlast.judged"]), "name": (NAME_VALUE, ["Zqjónsdóttir"])}
    for what, (value, forms) in personal.items():
        spent = _fillers(9, 4000)  # 36,000 ordinary characters: past the allowance, whatever the keys cost
        yield (f"budget {what} in the last property after the allowance", "track",
               {"properties": {**spent, "note": value}}, forms)
        yield (f"budget {what} as a content title after the allowance", "track",
               {"name": "Product Added", "properties": spent,
                "products": [{"product_id": "P-1", "name": value, "price": "5"}]}, forms)
        yield (f"budget {what} as a content brand after the allowance", "track",
               {"name": "Product Added", "properties": spent,
                "products": [{"product_id": "P-1", "name": "Tee", "brand": value, "price": "5"}]}, forms)
        yield (f"budget {what} as a content category after the allowance", "track",
               {"name": "Product Added", "properties": spent,
                "products": [{"product_id": "P-1", "name": "Tee", "category": value, "price": "5"}]}, forms)
        yield (f"budget {what} as search_string after the allowance", "track",
               {"name": "Products Searched", "properties": {**spent, "query": value}}, forms)
        yield (f"budget {what} as content_name after the allowance", "track",
               {"properties": {**spent, "content_name": value}}, forms)
        yield (f"budget {what} as status after the allowance", "track",
               {"properties": {**spent, "status": value}}, forms)
        yield (f"budget {what} as order_id after the allowance", "track",
               {"name": "Order Completed", "properties": {**spent, "order_id": value, "value": "5",
                                                          "currency": "EUR"}}, forms)
        yield (f"budget {what} as event_id after the allowance", "track",
               {"properties": {**spent, "event_id": value}}, forms)
        yield (f"budget {what} first then the allowance spent", "track",
               {"properties": {"note": value, **spent}}, forms)
        yield (f"budget {what} in a JSON property after the allowance", "track",
               {"properties": {**spent, "payload": json.dumps({"comment": value})}}, forms)
        yield (f"budget {what} in products' titles after 200 products", "track",
               {"name": "Product Added",
                "products": [{"product_id": f"P-{i}", "name": fill(150), "brand": fill(60), "price": "5"}
                             for i in range(199)] + [{"product_id": "P-199", "name": value, "price": "5"}]},
               forms)
        # the page's fields are charged before the properties: a page of long URL, referrer and title
        long_url = f"{SHOP}/p?" + "&".join(f"f{i}={quote(fill(90))}" for i in range(80))
        long_ref = "https://ref.example.net/r?" + "&".join(f"g{i}={quote(fill(90))}" for i in range(80))
        yield (f"budget {what} in the user agent after long page fields", "page",
               {"url": long_url[:8192], "referrer": long_ref[:8192], "title": fill(4096),
                "user_agent": USER_AGENT.replace("rv:134.0", f"rv:134.0; {value}")}, forms)
        yield (f"budget {what} in the referrer after a long URL and title", "page",
               {"url": long_url[:8192], "title": fill(4096),
                "properties": _fillers(5, 4000),
                "referrer": f"https://ref.example.net/r?c={quote(value)}"}, forms)
        yield (f"budget {what} in a page property after long page fields", "page",
               {"url": long_url[:8192], "referrer": long_ref[:8192], "title": fill(4096),
                "properties": {"note": value}}, forms)
        yield (f"budget {what} in the page's name after long fields", "page",
               {"url": long_url[:8192], "referrer": long_ref[:8192], "title": fill(4096),
                "data": {"name": value}}, forms)
        # the last of 64 properties, well inside the allowance
        small = {f"attr_{i:02d}": f"Cotton {i}" for i in range(63)}
        yield (f"budget {what} in the last of 64 properties", "track", {"properties": {**small, "note": value}},
               forms)
        # right after 4,000 ordinary characters inside one value of the free-text limit (4,096)
        tail = f"\n{value}"
        yield (f"budget {what} at the end of a value of 4096 characters", "track",
               {"properties": {"note": fill(4096 - len(tail)) + tail}}, forms)
        yield (f"budget {what} after 4000 characters in a title", "page",
               {"title": fill(4000) + tail}, forms)
        # a URL exactly at 8,192 characters, the value in its last parameter or fragment
        head = f"{SHOP}/p?x={'a' * 10}&q="
        body = quote(value)
        yield (f"budget {what} in the last parameter of a URL of 8192 characters", "page",
               {"url": head.replace("a" * 10, "a" * (8192 - len(head) - len(body) + 10)) + body}, forms)
        frag = f"#{quote(value)}"
        yield (f"budget {what} in the fragment of a URL of 8192 characters", "page",
               {"url": f"{SHOP}/p?x=" + "b" * (8192 - len(SHOP) - 5 - len(frag)) + frag}, forms)
        # a value spread over many derived readings: base64 and key with value at the end of the allowance
        yield (f"budget {what} base64 after the allowance nearly spent", "track",
               {"properties": {**_fillers(7, 4000), "b": base64.b64encode(value.encode()).decode()}},
               forms)
        yield (f"budget {what} as a flat contents title after the allowance", "track",
               {"name": "Product Added",
                "properties": {**spent, "contents": json.dumps([{"id": "P-1", "quantity": 1, "title": value}])}},
               forms)
        yield (f"budget {what} as a single product's name after the allowance", "track",
               {"name": "Product Viewed", "properties": {**spent, "product_id": "P-1", "name": value}}, forms)
        yield (f"budget {what} as a single product's brand after the allowance", "track",
               {"name": "Product Viewed", "properties": {**spent, "sku": "P-1", "brand": value}}, forms)
        yield (f"budget {what} in a page property after page properties spent", "page",
               {"properties": {**spent, "note": value}}, forms)
        yield (f"budget {what} in a product after products spent", "track",
               {"name": "Order Completed", "properties": {"value": "5", "currency": "EUR"},
                "products": [{"product_id": f"P-{i}", "name": fill(200), "brand": fill(200), "category": fill(200),
                              "price": "1"} for i in range(60)]
                + [{"product_id": "P-60", "name": "Tee", "brand": value, "price": "1"}]}, forms)
        # expanding characters: a short raw value whose canonical form is many times longer
        yield (f"budget {what} after characters that expand under NFKC, the allowance nearly spent", "track",
               {"properties": {**_fillers(7, 4000), "note": "\ufdfa" * 200 + "\n" + value}}, forms)
        yield (f"budget {what} after characters that expand under NFKC", "track",
               {"properties": {"note": "\ufdfa" * 220 + "\n" + value}}, forms)
    yield ("budget key an address after the allowance", "track",
           {"properties": {**_fillers(9, 4000), "zqkey.after@example.is": "1"}}, ["zqkey.after"])
    yield ("budget key a label and name after the allowance", "track",
           {"properties": {**_fillers(9, 4000), "Nafn: Guðrún Zqkeydóttir": "1"}}, ["Zqkeydóttir"])
    # the event_id's stand-ins when it is refused past the allowance
    yield ("budget order_id standing in for a refused event_id after the allowance", "track",
           {"name": "Order Completed",
            "properties": {**_fillers(9, 4000), "event_id": "zqev.one@example.is", "order_id": "zqord.two@example.is",
                           "value": "5", "currency": "EUR"}}, ["zqev.one", "zqord.two"])
    yield ("budget order_id of words standing in for an event_id after the allowance", "track",
           {"name": "Order Completed",
            "properties": {**_fillers(9, 4000), "order_id": "Nafn: Guðrún Zqorderdóttir",
                           "event_id": "Losana Vakaloloma",
                           "value": "5", "currency": "EUR"}}, ["Zqorderdóttir"])
    # an fbclid that is an address spelled as an id, its URL judged after a long track name
    yield ("budget fbclid an address spelled as an id after the allowance", "track",
           {"name": fill(4000), "properties": _fillers(9, 4000),
            "url": f"{SHOP}/p?fbclid=zqfbc_smith_gmail_com"}, ["zqfbc_smith"])
    yield ("budget fbclid an address spelled as an id", "page",
           {"url": f"{SHOP}/p?fbclid=zqfbd_smith_gmail_com"}, ["zqfbd_smith"])
    yield ("budget page search field after long page fields", "page",
           {"url": f"{SHOP}/p?" + "&".join(f"f{i}={quote(fill(90))}" for i in range(80)),
            "title": fill(4096), "search": "?q=" + quote("zqsearch.field@example.is")}, ["zqsearch.field"])
    yield ("budget page search field", "page", {"search": "?q=" + quote("zqsearch.plain@example.is")},
           ["zqsearch.plain"])
    # Meta's own leaves judged by their grammar and the amounts judged by their shape, after the allowance
    spent = _fillers(9, 4000)
    for label, props in {"": {}, " after the allowance": spent}.items():
        yield (f"budget fbc payload an address spelled as an id{label}", "track",
               {"properties": props, "visitor": {"fbc": "fb.1.1795499000000.zqfbv_smith_gmail_com"}}, ["zqfbv_smith"])
        yield (f"budget fbc payload a PAN after its tag{label}", "track",
               {"properties": props, "visitor": {"fbc": "fb.1.1795499000000.IwARAZQPV4821K"}}, ["AZQPV4821K"])
        yield (f"budget predicted_ltv a mobile with its country code{label}", "track",
               {"name": "Order Completed",
                "properties": {**props, "value": "5", "currency": "RUB", "predicted_ltv": "79164827319"}},
               ["79164827319"])
        yield (f"budget item_price a mobile with its country code{label}", "track",
               {"name": "Product Added", "properties": {**props, "currency": "RUB"},
                "products": [{"product_id": "P-1", "name": "Tee", "price": "79164827319"}]}, ["79164827319"])
        yield (f"budget value a Croatian OIB{label}", "track",
               {"name": "Add To Cart", "properties": {**props, "value": "69435151530", "currency": "HRK"}},
               ["69435151530"])
        yield (f"budget product id a dialled phone{label}", "track",
               {"name": "Product Added", "properties": props,
                "products": [{"product_id": "+354 611 2377", "name": "Tee", "price": "5"}]}, ["6112377"])
        yield (f"budget content_ids an address{label}", "track",
               {"name": "Product Added", "properties": {**props, "content_ids": "P-1,zqcid@example.is"}},
               ["zqcid"])
    # a key-and-value pair that spells an address together, the pair judged last
    yield ("budget key and value together after the allowance nearly spent", "track",
           {"properties": {**_fillers(7, 4000), "zqpair.smith": "@example.is"}}, ["zqpair.smith"])


EDGE_VALUES: Dict[str, Tuple[Dict[str, str], List[str]]] = {
    "pair": ({"zqedge.pair [at]": "example [dot] is"}, ["zqedge.pair"]),
    "record": ({"fields": json.dumps([{"name": "email", "value": "zqedge.rec"}])}, ["zqedge.rec"]),
    "base64": ({"note": base64.b64encode(b"zqedge.b64@example.is").decode()}, ["zqedge.b64"]),
    "label": ({"note": "Nafn: Gudrun Zqedgedottir"}, ["Zqedgedottir"]),
    "phone": ({"note": "+354 611 2399"}, ["6112399"]),
    "mail": ({"note": "zqedge.mail@example.is"}, ["zqedge.mail"]),
    "JSON key": ({"payload": json.dumps({"last_name": "Zqedgejson"})}, ["Zqedgejson"]),
    "URL query key": ({"link": "https://shop.example.com/p?a=1&last_name=Zqedgeurl"}, ["Zqedgeurl"]),
}


# Where the swept filler leaves about the value's own judgments: with eight fillers, a ninth of 644 characters is the
# longest still judged natively; each value was swept from 280 to 699 in steps of one character without a leak, and
# these lengths stay as tests.
EDGE_FILLERS: Dict[str, List[int]] = {what: [560, 610, 640, 651] for what in EDGE_VALUES}


def edge_cases(fillers: Dict[str, List[int]]) -> Iterator[Case]:
    """A personal value right at the edge of the allowance: eight properties of 4,000 ordinary characters, one whose
    length is swept so that what is left is about the value's own judgment (its key with it, its record, its decoded
    reading, its URL's parameters and whole), then the value."""
    for what, lengths in fillers.items():
        props, forms = EDGE_VALUES[what]
        for length in lengths:
            yield (f"budget edge {what} after {length}", "track",
                   {"properties": {**_fillers(8, 4000), "spec_99": fill(length), **props}}, forms)


# err: the budget's errors and the purchase's errors must not echo a personal value.
def err_cases() -> Iterator[Case]:
    mail = "zqerr.mail@example.is"
    yield ("err key over 256 characters holding an address", "track",
           {"properties": {mail + "_" + "k" * 300: "1"}}, ["zqerr.mail"])
    yield ("err value over 64 KiB under a key holding an address", "track",
           {"properties": {mail: "x" * 70_000}}, ["zqerr.mail"])
    yield ("err value over 64 KiB under a key holding a phone", "track",
           {"properties": {"+354 611 2345": "x" * 70_000}}, ["6112345"])
    yield ("err 257 properties, the last key an address", "track",
           {"properties": {**{f"p{i}": "1" for i in range(256)}, mail: "1"}}, ["zqerr.mail"])
    yield ("err purchase product id a phone with a bad price", "track",
           {"name": "Order Completed", "properties": {"currency": "EUR"},
            "products": [{"product_id": "+354 611 2345", "price": "NaN", "quantity": "1"}]}, ["6112345"])
    yield ("err purchase product id an address with a bad quantity", "track",
           {"name": "Order Completed", "properties": {"currency": "EUR"},
            "products": [{"product_id": mail, "price": "5", "quantity": "1.5"}]}, ["zqerr.mail"])
    yield ("err purchase sku an address with no price", "track",
           {"name": "Order Completed", "properties": {"currency": "EUR"},
            "products": [{"sku": mail, "price": "-3", "quantity": "1"}]}, ["zqerr.mail"])
    yield ("err purchase value an address", "track",
           {"name": "Order Completed", "properties": {"value": mail, "currency": "EUR"}}, ["zqerr.mail"])
    yield ("err purchase value a phone", "track",
           {"name": "Order Completed", "properties": {"value": "+354 611 2345", "currency": "EUR"}}, ["6112345"])
    yield ("err purchase currency an address", "track",
           {"name": "Order Completed", "properties": {"value": "5", "currency": mail}}, ["zqerr.mail"])
    yield ("err purchase value of 12 digits a phone", "track",
           {"name": "Order Completed", "properties": {"value": "354611234500", "currency": "ISK"}}, ["3546112345"])
    yield ("err track name a label and name", "track", {"name": "Nafn: Guðrún Zqerrdóttir"}, ["Zqerrdóttir"])
    yield ("err track name an address", "track", {"name": f"Order for {mail}"}, ["zqerr.mail"])
    yield ("err track name after the allowance", "track", {"name": "Order for " + mail + " " + fill(4000),
                                                           "properties": _fillers(9, 4000)}, ["zqerr.mail"])
    yield ("err contents too deep holding an address", "track",
           {"properties": {"contents": "[" * 20 + json.dumps(mail) + "]" * 20}}, ["zqerr.mail"])
    yield ("err contents not JSON holding an address", "track",
           {"properties": {"contents": "[{\"id\": \"" + mail + "\", \"quantity\": 1"}}, ["zqerr.mail"])
    yield ("err product count over 200, an id an address", "track",
           {"name": "Product Added", "products": [{"product_id": f"P-{i}"} for i in range(200)]
            + [{"product_id": mail}]}, ["zqerr.mail"])
    yield ("err predicted_ltv an address", "track",
           {"name": "Order Completed", "properties": {"value": "5", "currency": "EUR", "predicted_ltv": mail}},
           ["zqerr.mail"])


def cases() -> List[Case]:
    found: List[Case] = []
    found += crossed("mail", MAIL, ["custom property", "url path"], place)
    found += crossed("phone", PHONE, ["custom property", "user agent"], place)
    found += crossed("id", ID, ["custom property", "page title"], place)
    found += crossed("name", NAME, ["custom property", "page title"], place)
    found += crossed("postal", POSTAL, ["custom property", "content title"], place)
    found += list(extended_name_cases())
    found += list(key_cases())
    found += list(budget_cases())
    found += list(edge_cases(EDGE_FILLERS))
    found += list(err_cases())
    return found




# ---------------------------------------------------------------------------------------------------------------
# Ordinary shop data of the same shapes, which must go out unchanged.

ORDINARY: Dict[str, List[str]] = {
    "products of the round's countries": [
        "Ararat 5 տարեկան կոնյակ 0.5 լ", "Saperavi 2019, 750 ml", "ქართული ღვინო Kindzmarauli 2020",
        "የኢትዮጵያ ቡና Yirgacheffe 250 ግ", "Ceylon tea 100 g BOPF", "සිංහල අලුත් අවුරුදු kokis 500g",
        "Vanille de Madagascar 10 gousses", "Lopapeysa ullarpeysa stærð M", "Skyr 500 g", "Ħobż tal-Malti 400g",
        "Txakoli Getariako 2022, 75 cl", "Bara brith 450g", "Aran geansaí cream L", "Kouign-amann 6 pièces",
        "Rieslingspätlees Moselle 2021", "Engiadina Nusstorte 400 g", "Alpaca chompa talla M",
        "Kremas Rhum Barbancourt 5 Étoiles", "زعفران قائنات ۴ گرم", "دوغ آبعلی ۱.۵ لیتر",
        "Persian rug 200 x 300 cm Tabriz", "கொழும்பு தேநீர் 200 கிராம்", "Քաղցրավենիք Գրանդ Քենդի 1 կգ",
        "Brennivín 70 cl", "Harðfiskur 100 g", "Hangikjöt 1 kg", "Lavash 500 g, Yerevan bakery",
        "Churchkhela walnut 3 pcs", "Injera teff flour 1 kg", "Berbere spice 250 g", "Kottu roti kit",
        "Rhum Clément VSOP", "Quinoa real 500 g, Uyuni", "Welsh cakes 6 pack", "Barmbrack 400 g",
        "Gâteau breton 500 g", "Quetschentaart 8 Stéck", "Capuns kit", "Ħobż biż-żejt mix",
    ],
    "structured product texts": [
        "sku,qty,price\nS-1,2,12.99", "| Item | Qty |\n|---|---|\n| Tee | 2 |",
        "product:\n  title: Classic Tee\n  size: M\n", '[product]\ntitle = "Classic Tee"\nsize = "M"',
        "INFO cart add sku=TEE-42 qty=2 price=19.99", '{"query":"{ product(id: \\"42\\") { title } }"}',
        "BEGIN:VEVENT\nSUMMARY:Black Friday Sale\nDTSTART:20261127T000000Z\nEND:VEVENT",
        "Content-Type: text/html; charset=utf-8", "X-Shop-Region: eu-west-1",
        "query { products(first: 10, query: \"tag:summer\") { edges { node { title } } } }",
        "name,price,qty\nClassic Tee,19.99,2", "SMS: Your order #1001 has shipped. Track: shop.example.com/t/1001",
    ],
    "order numbers and codes": [
        "#100234", "IS-2026-000123", "AM-ORD-12345", "GE/2026/11/000987", "LK-20261130-0042", "MG-7788-2026",
        "Order 2026-000123456", "SKU 612-345-678-BL", "EAN 5690527000017", "INV-2026-0042", "PO 4500012345",
        "RMA-2026-77", "Lot 2026/11", "Batch 2611-B",
    ],
    "prices and amounts": [
        "12 500 ֏", "45,00 ₾", "1 250 ETB", "LKR 3,450.00", "4.990 kr.", "Ar 25 000", "€ 12,50", "CHF 19.90",
        "250 000 ریال", "۱۲۰٬۰۰۰ تومان", "S/ 129.90", "HTG 1 500", "Rs. 1,25,000.00", "1.250.000 ISK",
    ],
    "film, book and music titles": [
        "Ég heiti Ísbjörg, ég er ljón", "Mon nom est Personne", "Englar alheimsins", "Mýrin",
        "Obabakoak", "Y Dydd Olaf", "An Béal Bocht", "Kereszt és kard", "Shirin Neshat: Women Without Men",
        "Sayat-Nova (The Color of Pomegranates)", "Repentance (მონანიება)", "Lamb (Dýrið)", "The Banshees of Inisherin",
        "Lucy Barton", "Dear Evan Hansen", "Taxi Tehran", "Difret (ድፍረት)", "Under the Volcano",
    ],
    "shop URLs and paths": [
        f"{SHOP}/is/vorur/lopapeysa-m", f"{SHOP}/hy/ապրանքներ/կոնյակ", f"{SHOP}/ka/ღვინო/საფერავი",
        f"{SHOP}/collections/all?sort=price&page=2", f"{SHOP}/products/tee?variant=40123456789012",
        f"{SHOP}/blog/2026/11/30/black-friday", f"{SHOP}/search?q=ceylon+tea",
    ],
    "place-like product names": [
        "Laugavegur Trek Map 1:100 000", "Reykjavík Hoodie, navy", "Yerevan Skyline Poster 50x70",
        "Tbilisi Old Town Puzzle 1000 pieces", "Addis Ababa Coffee Blend 500 g", "Colombo Spice Mix 12",
        "Lima Street Food Cookbook", "Luxembourg City Mug", "Donostia Pintxos Book", "Cardiff Rugby Scarf",
        "Via Ferrata Gloves 12", "Kay Mizik Vinyl 12\"", "Jalan Jalan Tote", "Heol Y Castell Print",
    ],
    "label-like product texts": [
        "Brand: Icewear", "Colour: Midnight Blue", "Size: 42", "Material: Merino", "Model: Pixel 8, Obsidian",
        "Category: Tea", "Origin: Sri Lanka", "Vintage: 2019", "Flavour: Vanilla", "Ref: TEE-42",
        "Product name: Classic Tee", "Team: Wales", "Edition: Deluxe",
    ],
    "products with letters that fold to no ASCII letter": [
        "Ægir Sport Hoodie, navy", "Þórshöfn Harbour Print 50x70", "Brand: Ægir", "Collection: Þór Winter",
        "Xalça Qarabağ 200x300, əl işi", "Ɔdɔ Nyera Fie Kwan (highlife LP)", "Duodji knife Ŋuorra edition",
        "Kente stole Ɛnyɛ Nwi", "Gift from: Ægir Store", "Dear Ægir, a Nordic Cookbook", "Customer favourite: Þór Mug",
        "Reviewed by: Verified Buyer",
    ],
    "numbers that look like ids": [
        "1200743399", "4006381333931", "0123456789", "36 38 40 42 44", "12/28", "1.5 kg", "10:00-18:00",
        "v2.10.3", "2026-11-30", "30.11.2026", "GTIN 05690527000017", "756 ml",
    ],
}
PLACES_FOR: Dict[str, List[str]] = {
    "products of the round's countries": ["custom property", "page title", "content title"],
    "structured product texts": ["custom property"],
    "order numbers and codes": ["custom property", "content title"],
    "prices and amounts": ["custom property"],
    "film, book and music titles": ["custom property", "page title", "content title"],
    "shop URLs and paths": ["custom property"],
    "place-like product names": ["custom property", "content title"],
    "label-like product texts": ["custom property"],
    "numbers that look like ids": ["custom property"],
    "products with letters that fold to no ASCII letter": ["custom property", "page title", "content title"],
}


def ordinary_cases() -> Iterator[Ordinary]:
    for family, values in ORDINARY.items():
        for value in values:
            for where in PLACES_FOR[family]:
                kind, overrides = place(where, value)
                yield (f"{family}: {value} @ {where}", kind, overrides, value)
    # an ordinary value after many ordinary properties (inside the allowance): it must still go out
    small = {f"attr_{i:02d}": f"Cotton {i}" for i in range(63)}
    yield ("allowance: the last of 64 ordinary properties", "track",
           {"properties": {**small, "note": "Lopapeysa stærð M"}}, "Lopapeysa stærð M")
    yield ("allowance: a purchase of 50 products", "track",
           {"name": "Order Completed", "properties": {"value": "250", "currency": "ISK"},
            "products": [{"product_id": f"P-{i}", "name": f"Skyr {i} 500 g", "price": "5"} for i in range(50)]},
           "Skyr 49 500 g")
