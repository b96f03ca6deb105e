"""The forty-fifth outside attack's cases, written from the README's promises (sections "Personal data: one budget in,
one gate out", "Settings", "Identity", "Events" and "Meta's own fields") and issue 16's families only, without reading
the gate's code nor the earlier attacks' cases: personal data carried by KEYS. A key that is or holds a mailbox or a
phone number (raw, percent- or entity-encoded, look-alike), alone or with a value; keys naming personal data in the
languages shops write (Portuguese to Hindi, romanized where the script is not Latin); the same words in every casing
and path form a form or a tag manager writes (camelCase, SCREAMING_SNAKE, kebab, dotted, brackets, prefixes, numbers),
the personal word first, last or in the middle; look-alike keys (other scripts, full-width, mathematical letters,
small capitals, modifier letters, circled letters, combining marks, invisible and bidi characters, soft hyphens);
form builders whose key is a number and whose label names the field; and personal keys in every leaf an event has,
under each `meta_custom_data` and `meta_url_query` setting. Ordinary keys near personal words (`email_opt_in`,
`tel_cta_clicked`, `product_name` in the shops' languages) with ordinary values must go out unchanged.

Each family carries markers of its own, made-up words nothing marks personal by themselves, so only the key can tell
(`Welkortasq` under the foreign keys, `Ombrevilk` under the casing forms, `Pimbraskel` under the compound keys,
`Strapholdine` under the look-alike keys, `Quarnelby` under the form builders, `Gendravoll` in the leaves), and a
mailbox and a phone of their own in the keys that hold one (`dorvique.tansel@example.org`, `+44 7700 962814`): a leak
is found by its marker anywhere in the request; a phone is found by its digits, folded to ASCII.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

SHOP = "https://laden.example.nl"
PARTNER = "https://partner.example.net"


def _q(text: str) -> str:
    return quote(text, safe="")


def _qk(key: str) -> str:  # a key as a form writes it in a query: brackets and dots kept, the rest encoded
    return quote(key, safe="[]._-")


def key_place(where: str, key: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """A property or a parameter named `key` holding `value`, put in one leaf of the event the README maps, or under
    one data-minimisation setting: (kind, make_event overrides). An empty `value` is the key alone."""
    pair = f"{_qk(key)}={_q(value)}" if value else _qk(key)
    standard = {"meta_custom_data": "standard"}
    drop = {"meta_url_query": "drop"}
    product = {"product_id": "ART-45", "price": "5", "quantity": "1"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {key: value or "1"}}),
        "page property": ("page", {"properties": {key: value or "1"}}),
        "listed custom property": ("track", {"properties": {key: value or "1"},
                                             "settings": {"meta_custom_data": f"colour,{key}"}}),
        "listed page property": ("page", {"properties": {key: value or "1"}, "settings": {"meta_custom_data": key}}),
        "standard custom property": ("track", {"properties": {key: value or "1"}, "settings": standard}),
        "user event property": ("user", {"user_properties": {key: value or "1"}}),
        "product property": ("track", {"name": "Order Completed", "properties": {"value": "5", "currency": "EUR"},
                                       "products": [{**product, key: value or "1"}]}),
        "json property": ("track", {"properties": {"form_state": json.dumps({"step": 2, key: value or True},
                                                                            ensure_ascii=False)}}),
        "json page property": ("page", {"properties": {"form_state": json.dumps({key: value or True, "step": 2},
                                                                                ensure_ascii=False)}}),
        "listed json property": ("track", {"properties": {"form_state": json.dumps({key: value or True})},
                                           "settings": {"meta_custom_data": "form_state"}}),
        "pairs property": ("track", {"properties": {"form_query": f"step=2&{pair}&lang=nl"}}),
        "url query": ("page", {"url": f"{SHOP}/bestel?step=2&{pair}"}),
        "url query first": ("page", {"url": f"{SHOP}/bestel?{pair}&step=2"}),
        "url semicolon query": ("page", {"url": f"{SHOP}/bestel?step=2;{pair}"}),
        "page search field": ("page", {"url": f"{SHOP}/zoeken", "search": f"?{pair}&q=fiets"}),
        "referrer query": ("page", {"referrer": f"{PARTNER}/out?src=mail&{pair}"}),
        "url fragment": ("page", {"url": f"{SHOP}/app#{pair}&tab=2"}),
        "url fragment route": ("page", {"url": f"{SHOP}/app#/checkout?{pair}"}),
        "referrer fragment": ("page", {"referrer": f"{PARTNER}/app#{pair}"}),
        "matrix param": ("page", {"url": f"{SHOP}/winkel;{pair}/mand"}),
        "referrer matrix param": ("page", {"referrer": f"{PARTNER}/cart;{pair}"}),
        "dropped query": ("page", {"url": f"{SHOP}/bestel?{pair}", "settings": drop}),
        "dropped query fragment": ("page", {"url": f"{SHOP}/app?x=1#{pair}", "settings": drop}),
        "dropped query matrix param": ("page", {"url": f"{SHOP}/winkel;{pair}/mand?x=1", "settings": drop}),
        "dropped query referrer fragment": ("page", {"referrer": f"{PARTNER}/app?x=1#{pair}", "settings": drop}),
        "standard url query": ("page", {"url": f"{SHOP}/bestel?{pair}", "settings": standard}),
        "url in property": ("track", {"properties": {"landing": f"{SHOP}/bestel?{pair}"}}),
        "json in url query": ("page", {"url": f"{SHOP}/bestel?state={_q(json.dumps({key: value or True}))}"}),
    }
    return table[where]


# The leaves a key is put in, rotated through.
KEY_PLACES = ["custom property", "url query", "json property", "url fragment", "referrer query", "page property",
              "matrix param", "pairs property", "listed custom property", "page search field", "url fragment route",
              "json page property", "url semicolon query", "referrer fragment", "user event property",
              "listed json property", "dropped query fragment", "url in property", "json in url query",
              "url query first", "dropped query matrix param", "referrer matrix param", "listed page property",
              "product property"]


def rotated_keys(family: str, table: Dict[str, Tuple[str, str, List[str]]], places: List[str], per: int,
                 start: int = 0) -> Iterator[Case]:
    """Each (key, value, forms) of `table` in `per` places, the entry at index i in the places from
    (start + i * per) on."""
    for index, (name, (key, value, forms)) in enumerate(table.items()):
        for step in range(per):
            where = places[(start + index * per + step) % len(places)]
            yield (f"{family} {name} @ {where}", *key_place(where, key, value), list(forms))


# --- keys that are or hold a mailbox or a phone (marker `dorvique`, `7700962814`), alone or with a value
M_MAIL = "dorvique.tansel@example.org"
M_MARK = "dorvique"
M_DIGITS = "7700962814"
MAIL_KEYS: Dict[str, Tuple[str, str, List[str]]] = {
    # the mailbox as the key, the value a flag, or the key alone
    "raw mail flag": (M_MAIL, "1", [M_MARK]),
    "raw mail alone": (M_MAIL, "", [M_MARK]),
    "raw mail with value": (M_MAIL, "subscribed", [M_MARK]),
    "percent mail": ("dorvique.tansel%40example.org", "1", [M_MARK]),
    "double percent mail": ("dorvique.tansel%2540example.org", "", [M_MARK]),
    "lower percent dot mail": ("dorvique%2etansel%40example%2eorg", "yes", [M_MARK]),
    "numeric entity mail": ("dorvique.tansel&#64;example.org", "1", [M_MARK]),
    "hex entity mail": ("dorvique.tansel&#x40;example.org", "", [M_MARK]),
    "named entity mail": ("dorvique.tansel&commat;example.org", "true", [M_MARK]),
    "json escape mail": ("dorvique.tansel\\u0040example.org", "1", [M_MARK]),
    "fullwidth at mail": ("dorvique.tansel＠example.org", "1", [M_MARK]),
    "small at mail": ("dorvique.tansel﹫example.org", "", [M_MARK]),
    "bracket at mail": ("dorvique.tansel[at]example[dot]org", "1", [M_MARK]),
    "paren at mail": ("dorvique.tansel(at)example.org", "opt-in", [M_MARK]),
    "cyrillic domain mail": ("dorvique.tansel@ехаmple.org", "1", [M_MARK]),
    "upper case mail": ("DORVIQUE.TANSEL@EXAMPLE.ORG", "1", [M_MARK.upper()]),
    # a mailbox inside a longer key
    "prefixed mail": (f"subscriber_{M_MAIL}", "1", [M_MARK]),
    "labelled mail": (f"email:{M_MAIL}", "", [M_MARK]),
    "bracketed mail": (f"newsletter[{M_MAIL}]", "1", [M_MARK]),
    "dotted path mail": (f"lists.{M_MAIL}.status", "active", [M_MARK]),
    "plus tag mail": ("dorvique.tansel+shop@example.org", "1", [M_MARK]),
    "cf prefixed encoded mail": ("cf_dorvique.tansel%40example.org", "1", [M_MARK]),
    # the phone as the key or inside it
    "plus phone": ("+447700962814", "1", [M_DIGITS]),
    "plus phone alone": ("+447700962814", "", [M_DIGITS]),
    "encoded plus phone": ("%2B447700962814", "1", [M_DIGITS]),
    "trunk phone": ("07700962814", "verified", [M_DIGITS]),
    "spaced phone": ("+44 7700 962814", "1", [M_DIGITS]),
    "dashed bracket phone": ("+44(0)7700-962-814", "", [M_DIGITS]),
    "double zero phone": ("00447700962814", "1", [M_DIGITS]),
    "fullwidth phone": ("＋４４７７００９６２８１４", "1", [M_DIGITS]),
    "prefixed phone": ("tel_+447700962814", "1", [M_DIGITS]),
    "wa phone": ("wa_447700962814", "opened", [M_DIGITS]),
    "bracketed phone": ("sms[+447700962814]", "1", [M_DIGITS]),
    "dotted phone": ("contacts.07700962814.consent", "yes", [M_DIGITS]),
    "entity plus phone": ("&#43;447700962814", "1", [M_DIGITS]),
    "tel uri phone": ("tel:+447700962814", "", [M_DIGITS]),
}


# --- keys naming personal data in the languages shops write (marker `Welkortasq`), each with the marker as its value
L_VALUE = "Welkortasq"
FOREIGN: Dict[str, List[str]] = {
    "PT": ["email_do_cliente", "telefone_celular", "nome_completo", "sobrenome", "endereco_entrega", "data_nascimento"],
    "IT": ["cognome", "numero_cellulare", "indirizzo_spedizione", "data_di_nascita", "codice_fiscale", "nome_cliente"],
    "NL": ["achternaam", "voornaam", "telefoonnummer", "mobiel_nummer", "geboortedatum", "huisnummer"],
    "PL": ["nazwisko", "imie", "numer_telefonu", "adres_email", "kod_pocztowy", "data_urodzenia"],
    "SV": ["efternamn", "fornamn", "mobilnummer", "personnummer", "gatuadress", "postnummer"],
    "DA": ["efternavn", "fornavn", "telefonnr", "cpr_nummer", "foedselsdato", "leveringsadresse"],
    "FI": ["sukunimi", "etunimi", "puhelinnumero", "sahkoposti", "postinumero", "syntymaaika"],
    "CS": ["prijmeni", "jmeno", "telefonni_cislo", "psc", "datum_narozeni", "rodne_cislo"],
    "TR": ["soyadi", "ad_soyad", "cep_telefonu", "eposta", "dogum_tarihi", "tc_kimlik_no"],
    "RO": ["nume_familie", "prenume", "numar_telefon", "adresa_livrare", "cod_postal", "data_nasterii"],
    "HU": ["vezeteknev", "keresztnev", "telefonszam", "iranyitoszam", "szuletesi_datum", "szallitasi_cim"],
    "EL": ["eponymo", "onoma", "tilefono", "kinito", "diefthynsi", "imerominia_gennisis", "tachydromikos_kodikas"],
    "RU": ["familiya", "imya", "otchestvo", "telefon", "adres_dostavki", "data_rozhdeniya", "pochtovyi_indeks"],
    "JA": ["denwa_bango", "jusho", "shimei", "yubin_bango", "seinengappi", "meiru_adoresu"],
    "ZH": ["xingming", "shouji_hao", "dianhua_haoma", "dizhi", "youbian", "chusheng_riqi"],
    "ID": ["nama_lengkap", "nomor_hp", "no_telp", "alamat_pengiriman", "kode_pos", "tanggal_lahir", "surel"],
    "VI": ["ho_ten", "so_dien_thoai", "dia_chi", "ngay_sinh", "ma_buu_chinh", "cmnd"],
    "AR": ["al_ism", "raqm_al_hatif", "jawwal", "al_unwan", "tarikh_al_milad", "al_barid_al_iliktroni",
           "ism_al_aila"],
    "HI": ["naam", "pura_naam", "mobile_sankhya", "phone_nambar", "pata", "janm_tithi", "upnaam"],
}


# --- a second round of the shops' words: streets, houses, cities, genders, ids and name parts, as forms name them
FOREIGN_MORE: Dict[str, List[str]] = {
    "EL": ["odos", "arithmos_tilefonou"],
    "TR": ["sokak", "cadde", "kimlik"],
    "RO": ["strada"],
    "HU": ["utca", "hazszam", "adoszam", "taj_szam"],
    "FI": ["kotiosoite"],
    "CS": ["bydliste", "obcansky_prukaz", "cislo_popisne"],
    "SV": ["gatunamn"],
    "DA": ["postnr"],
    "RU": ["kvartira", "gorod"],
    "ID": ["nama_depan", "nama_belakang", "jenis_kelamin", "npwp", "rt_rw"],
    "VI": ["gioi_tinh", "quoc_tich", "ngay_thang_nam_sinh"],
    "AR": ["ism_kamil", "laqab", "raqm_watani", "al_jins", "al_madina"],
    "HI": ["janmdin", "pata_pin", "janm_sthan", "mohalla"],
    "JA": ["sei", "mei", "todouhuken", "shichoson", "sei_kana", "youbinbangou"],
    "ZH": ["xingbie", "shengri", "chengshi", "quxian", "jiedao", "menpaihao", "shengfen"],
}


def _foreign_table() -> Dict[str, Tuple[str, str, List[str]]]:
    rounds = [FOREIGN, FOREIGN_MORE]
    return {f"{language} {key}": (key, L_VALUE, [L_VALUE])
            for table in rounds for language, keys in table.items() for key in keys}


# --- the same words in every casing and path form, the personal word first, last or in the middle
# (marker `Ombrevilk`)
S_VALUE = "Ombrevilk"
SHAPES: List[str] = [
    # English, each casing and path form
    "billingPhone", "BillingPhone", "BILLING_PHONE", "billing-phone", "customer.address.line1", "billing[phone]",
    "cf_phone", "x-customer-email", "_lastname", "data-surname", "address2", "phone_2", "Shipping.Address.Line1",
    "customer[billing_address][street]", "order.shipping.postcode", "shipping__address__line_1",
    "ShippingAddressLine2", "SHIP_TO_POSTCODE", "customer/email", "customer:phone", "checkout.contact.email_address",
    "fields[last_name]", "user.profile.birthDate", "X-Phone-Number", "data-date-of-birth", "__surname__",
    "mobile3", "street_address_2", "Address.Line.2", "contact-person-lastname",
    # the shops' words in the same forms
    "NomeCompleto", "NUMERO_CELLULARE", "data-achternaam", "klant.telefoonnummer", "cf_nazwisko", "x-sukunimi",
    "adres[ulica]", "_soyadi", "DIA_CHI", "shouJiHao", "telefon2", "Lieferadresse.Strasse", "kunde[nachname]",
    "CodigoPostal", "apellido-paterno", "numeroDeTelephone", "adresse_ligne_2", "ENDERECO.CEP",
]


# --- compound keys naming personal data, the personal word first, last or in the middle (marker `Pimbraskel`)
C_VALUE = "Pimbraskel"
COMPOUNDS: List[str] = [
    "receipt_email", "emailForReceipt", "recipient_email_address", "contact_person_surname", "guest_fullname",
    "gift_recipient_mobile", "ship_to_street", "holder_birthdate", "parent_phone_number", "emergency_contact_phone",
    "driver_license_number", "passport_no", "taxpayer_id", "ssn_last4", "mothers_maiden_name", "maiden_name",
    "billing_addr_ln1", "addr_line_2", "street_addr", "house_no", "mob_no", "cell_num", "tel_no", "whatsapp_number",
    "telegram_handle", "ig_username", "nameOnCard", "cardholder_name", "card_holder", "delivery_lat", "home_lng",
    "client_ip_addr", "religion", "ethnic_origin", "health_condition", "sexual_orientation", "union_membership",
    "national_insurance_number", "medicare_no", "birth_year", "recipient_name", "sender_full_name",
    "invoice_company_contact_name", "Rechnungsadresse", "Handynummer", "numero_de_portable", "apellido_materno",
    "Geburtsname", "guardianSurname", "surnameOfGuardian", "buyer_home_address", "pickup_person_phone",
]


# --- look-alike keys: the same few words drawn with other characters (marker `Strapholdine`)
K_VALUE = "Strapholdine"
LOOK_ALIKES: Dict[str, str] = {
    "cyrillic e email": "еmail",
    "cyrillic p phone": "рhone",
    "cyrillic a address": "аddress",
    "cyrillic all phone": "рһопе",
    "cyrillic dze surname": "ѕurname",
    "ukrainian i email": "emaіl",
    "greek capitals email": "ΕΜΑΙL",
    "greek omicron phone": "phοne",
    "greek nu kappa mobile": "ΜΟΒΙLΕ",
    "fullwidth email": "ｅｍａｉｌ",
    "fullwidth phone number": "ｐｈｏｎｅ＿ｎｕｍｂｅｒ",
    "math bold email": "𝐞𝐦𝐚𝐢𝐥",
    "math script phone": "𝓅𝒽𝑜𝓃𝑒",
    "math double struck surname": "𝕤𝕦𝕣𝕟𝕒𝕞𝕖",
    "math monospace address": "𝚊𝚍𝚍𝚛𝚎𝚜𝚜",
    "math sans bold lastname": "𝗹𝗮𝘀𝘁𝗻𝗮𝗺𝗲",
    "small capitals email": "ᴇᴍᴀɪʟ",
    "small capitals phone": "ᴘʜᴏɴᴇ",
    "modifier letters email": "ᵉᵐᵃⁱˡ",
    "modifier letters phone": "ᵖʰᵒⁿᵉ",
    "circled email": "ⓔⓜⓐⓘⓛ",
    "circled phone": "ⓟⓗⓞⓝⓔ",
    "parenthesized email": "⒠⒨⒜⒤⒧",
    "circled capitals surname": "ⓈⓊⓇⓃⒶⓂⒺ",
    "combining acute email": "e\u0301mail",
    "combining diaeresis phone": "pho\u0308ne",
    "combining overlay surname": "s\u0336u\u0336rname",
    "zero width space email": "em\u200bail",
    "zero width joiner phone": "ph\u200done",
    "zero width non joiner surname": "sur\u200cname",
    "byte order mark address": "\ufeffaddress",
    "word joiner email": "e\u2060mail",
    "left to right mark phone": "ph\u200eone",
    "isolates phone": "\u2066phone\u2069",
    "right to left override email": "\u202eliame\u202c",
    "soft hyphen email": "e\u00admail",
    "soft hyphen surname": "sur\u00adname",
    "soft hyphen birthdate": "birth\u00addate",
    "mixed scripts phone number": "рhоnе_number",
    "mixed scripts last name": "lаst_nаme",
    "cherokee lastname": "ᏞᎪSᎢNᎪᎷᎬ",
    "leet mobile": "m0bile",
    "leet surname": "5urname",
    "leet birthdate": "b1rthd4te",
    "dotted letters email": "e.m.a.i.l",
    "spaced letters phone": "p h o n e",
    "dashed letters email": "e-m-a-i-l",
    "fullwidth foreign surname": "ｎａｚｗｉｓｋｏ",
    "cyrillic o foreign phone": "telefoоnnummer",
    "zero width foreign surname": "achter\u200bnaam",
    "right to left override phone number": "\u202erebmun_enohp\u202c",
    "right to left override surname unclosed": "\u202eemanrus",
    "cherokee small phone": "ꮲꮋꮎꮑꭼ",
    "cherokee small email": "ꭼꮇꭺꮖꮭ",
    "coptic phone": "ⲣⲏⲟⲛⲉ",
    "coptic address": "ⲁⲇⲇⲣⲉⲥⲥ",
    "turned letters surname": "ǝɯɐuɹns",
    "turned letters address": "ɐddɹǝss",
    "tag characters email": "".join(chr(0xE0000 + ord(ch)) for ch in "email"),
    "percent encoded email key": "%65%6d%61%69%6c",
    "entity encoded phone key": "&#112;&#104;&#111;&#110;&#101;",
    "entity named surname key": "s&#117;rname",
}


# --- form builders: a numbered key whose label names the field (marker `Quarnelby`): the label in the same record
# (a JSON object, a form's parameters grouped by one number, an HTML form), a label before the value in the value
# itself; a label in another property is a value split across properties (the README's trade-off)
F_VALUE = "Quarnelby"


def _json(item: Any) -> str:
    return json.dumps(item, ensure_ascii=False)


FORM_VALUES: Dict[str, Tuple[str, str]] = {
    # one record binding a label to a value
    "record label value": ("form_entry", _json({"id": "field_7", "label": "Last name", "value": F_VALUE})),
    "record field value": ("form_entry", _json({"field": "phone", "value": F_VALUE})),
    "record name value": ("form_entry", _json({"name": "surname", "value": F_VALUE})),
    "record key val": ("form_entry", _json({"key": "address_line_1", "val": F_VALUE})),
    "record title answer": ("form_answers", _json([{"title": "Your phone number", "answer": F_VALUE}])),
    "record question response": ("form_answers", _json([{"question": "Nachname", "response": F_VALUE}])),
    "gravity entry": ("gf_entry", _json([{"field_id": "input_3", "field_label": "Last Name",
                                          "field_value": F_VALUE}])),
    "typeform answer": ("tf_answer", _json({"field": {"id": "x7Gh", "ref": "email_field", "type": "short_text"},
                                            "text": F_VALUE})),
    "jotform pretty": ("submission", _json({"q3": {"label": "Full Name", "answer": F_VALUE}})),
    "array of label value": ("fields", _json([{"label": "Step", "value": "2"},
                                              {"label": "Surname", "value": F_VALUE}])),
    "html form": ("form_html", f'<label for="input_3_1">Last name</label><input name="input_3_1" value="{F_VALUE}">'),
    "html form placeholder": ("form_html", f'<input name="field_7" placeholder="Phone" value="{F_VALUE}">'),
    "html aria label": ("form_html", f'<input id="f7" aria-label="Surname" value="{F_VALUE}">'),
    # the label inside the value of a numbered key
    "label in value": ("field_7", f"Last name: {F_VALUE}"),
    "label in value german": ("input_3_1", f"Nachname: {F_VALUE}"),
    "label in value polish": ("pole_4", f"Nazwisko: {F_VALUE}"),
    "label equals in value": ("field_9", f"surname={F_VALUE}"),
    # form parameters grouped by one number in a query or a form body
    "query fields group": ("form_query", f"fields[7][label]=Surname&fields[7][value]={F_VALUE}"),
    "query label suffix": ("form_query", f"field_7_label=Phone&field_7={F_VALUE}"),
    "query wpforms name": ("form_query", f"wpforms[fields][1][last]={F_VALUE}&wpforms[fields][1][first]=Jo"),
    "query jotform name": ("form_query", f"q3_fullName[last]={F_VALUE}&q3_fullName[first]=Jo"),
    "query gravity label": ("form_query", f"input_3.6={F_VALUE}&input_3.6_label=Last"),
    "query cf7 your name": ("form_query", f"_wpcf7=42&your-name={F_VALUE}"),
}
# the label in a sibling property: each property judged alone
SPLIT_FORMS: Dict[str, Dict[str, str]] = {
    "sibling label after": {"field_7": F_VALUE, "field_7_label": "Last name"},
    "sibling label before": {"label_7": "Phone", "value_7": F_VALUE},
    "sibling form field name": {"form_field": "surname", "form_value": F_VALUE},
}
FORM_PLACES = ["custom property", "page property", "listed custom property", "user event property",
               "url query", "url fragment"]


def form_place(where: str, key: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """A form builder's property in one leaf; in a URL the property's value is the query (a form's parameters)."""
    if where in ("url query", "url fragment") and "=" in value and not value.startswith(("{", "[", "<")):
        separator = "?" if where == "url query" else "#"
        encoded = "&".join(f"{_qk(k)}={_q(v)}" for k, v in (pair.split("=", 1) for pair in value.split("&")))
        return "page", {"url": f"{SHOP}/formulier{separator}{encoded}"}
    return key_place(where, key, value)


def form_cases() -> Iterator[Case]:
    for index, (name, (key, value)) in enumerate(FORM_VALUES.items()):
        for step in range(2):
            where = FORM_PLACES[(index * 2 + step) % len(FORM_PLACES)]
            yield (f"form {name} @ {where}", *form_place(where, key, value), [F_VALUE])
    for name, properties in SPLIT_FORMS.items():
        yield (f"form {name} @ custom property", "track", {"properties": properties}, [F_VALUE])
        yield (f"form {name} @ url query", "page",
               {"url": f"{SHOP}/formulier?" + "&".join(f"{k}={_q(v)}" for k, v in properties.items())}, [F_VALUE])


# --- personal keys in every leaf an event has, under each setting (marker `Gendravoll`)
G_VALUE = "Gendravoll"
LEAF_KEYS = ["email", "phone_number", "last_name", "billing_address", "date_of_birth", "nachname", "telefone",
             "street_line1"]
LEAF_PLACES = ["custom property", "page property", "listed custom property", "listed page property",
               "standard custom property", "user event property", "product property", "json property",
               "json page property", "listed json property", "pairs property", "url query", "url query first",
               "url semicolon query", "page search field", "referrer query", "url fragment", "url fragment route",
               "referrer fragment", "matrix param", "referrer matrix param", "dropped query",
               "dropped query fragment", "dropped query matrix param", "dropped query referrer fragment",
               "standard url query", "url in property", "json in url query"]


def leaf_cases() -> Iterator[Case]:
    """Each leaf once, the personal keys rotated through."""
    for index, where in enumerate(LEAF_PLACES):
        key = LEAF_KEYS[index % len(LEAF_KEYS)]
        yield (f"leaf {key} @ {where}", *key_place(where, key, G_VALUE), [G_VALUE])


def cases() -> List[Case]:
    found: List[Case] = []
    found += rotated_keys("mail", MAIL_KEYS, KEY_PLACES, 1)
    found += rotated_keys("lang", _foreign_table(), KEY_PLACES, 1, start=2)
    found += rotated_keys("shape", {key: (key, S_VALUE, [S_VALUE]) for key in SHAPES}, KEY_PLACES, 1, start=5)
    found += rotated_keys("comp", {key: (key, C_VALUE, [C_VALUE]) for key in COMPOUNDS}, KEY_PLACES, 1, start=7)
    found += rotated_keys("look", {name: (key, K_VALUE, [K_VALUE]) for name, key in LOOK_ALIKES.items()},
                          KEY_PLACES, 2, start=11)
    found += form_cases()
    found += leaf_cases()
    return found


# --- ordinary keys near personal words, with ordinary values, which must go out unchanged
ORDINARY_KEYS: Dict[str, str] = {
    "product_name": "Trail Runner 2", "brand_name": "Northwind", "shipping_method": "express", "page_name": "Home",
    "tel_cta_clicked": "hero-banner", "email_opt_in": "weekly", "address_verified": "pending", "name_length": "12",
    "city_count": "3", "form_id": "contact-7", "input_3_1": "blue", "field_7": "size-M", "gform_id": "12",
    "email_campaign_id": "spring-25", "newsletter_list": "weekly", "phone_model": "Pixel 9", "phone_case_color": "navy",
    "sms_consent": "granted", "contact_form_id": "cf-42", "address_autocomplete_used": "places-v2",
    "street_view_enabled": "off", "first_purchase": "bundle", "last_order_days": "14", "name_field_focused": "twice",
    "email_template": "order-confirmation", "phone_support_hours": "9-17", "mail_order_catalogue": "winter",
    "billing_cycle": "monthly", "shipping_zone": "EU-1", "delivery_window": "08:00-12:00", "postage_class": "2nd",
    "store_city": "Utrecht", "store_name": "Utrecht Centraal", "brand_email_style": "minimal",
    "contact_method_preference": "email", "address_book_size": "2", "username_taken": "retry",
    "birthday_club_opt_in": "member", "gender_category": "unisex", "size_name": "Medium", "color_name": "Forest Green",
    "font_name": "Helvetica", "plan_name": "Pro", "variant_name": "32GB", "category_name": "Running",
    "file_name": "catalogue-2025.pdf", "event_name_override": "Promo", "list_name": "Bestsellers",
    "campaign_name": "summer_sale", "team_name": "Growth", "step_name": "payment", "q7": "yes", "wpforms_id": "318",
    "cf7_form": "5", "data-track": "hero", "x-ab-variant": "B", "cfg.theme.name": "dark", "filters[color]": "red",
    "filters[size]": "42", "sort.order": "price_asc", "utm_campaign": "winter",
    # the shops' words for a product's or a thing's name, next to the words for a person's
    "nome_prodotto": "Scarpa da corsa", "naam_product": "Hardloopschoen", "nazwa_produktu": "But do biegania",
    "produktnamn": "Lopsko", "tuotenimi": "Juoksukenka", "nazev_produktu": "Bezecka bota",
    "urun_adi": "Kosu ayakkabisi", "nume_produs": "Pantof de alergare", "termeknev": "Futocipo",
    "onoma_proiontos": "Papoutsi", "shohin_mei": "Kutsu",
    "chanpin_mingcheng": "Paoxie", "nama_produk": "Sepatu lari", "ten_san_pham": "Giay chay bo",
    "ism_al_muntaj": "Hidha", "utpad_naam": "Joota", "nome_do_produto": "Tenis de corrida",
    "nombre_producto": "Zapatilla", "nom_produit": "Chaussure", "Produktname": "Laufschuh",
    "naam_winkel": "Centrum", "nazwa_sklepu": "Centrum", "magazin_nume": "Centru", "ten_cua_hang": "Trung tam",
}
ORDINARY_URLS: List[str] = [
    f"{SHOP}/bestel?email_opt_in=true&step=2", f"{SHOP}/product?product_name=trail-runner&color=blue",
    f"{SHOP}/p?tel_cta_clicked=1", f"{SHOP}/p?input_3_1=blue&form_id=7", f"{SHOP}/app#tab=address_book",
    f"{SHOP}/winkel;filters[color]=red/mand", f"{SHOP}/zoeken?nome_prodotto=scarpa",
    f"{SHOP}/p?shipping_method=express#step=2", f"{SHOP}/c?category_name=running&sort.order=price_asc",
    f"{SHOP}/nieuwsbrief?list_name=weekly&sms_consent=granted",
]
ORDINARY_JSON: List[Dict[str, Any]] = [
    {"step": 2, "email_opt_in": True, "shipping_method": "express"},
    {"form_id": "contact-7", "fields": [{"label": "Size", "value": "M"}]},
    {"label": "Colour", "value": "Forest Green"},
    {"field": "size", "value": "42"},
    {"product_name": "Trail Runner 2", "brand_name": "Northwind"},
    {"nome_prodotto": "Scarpa", "nama_produk": "Sepatu"},
]


def ordinary_cases() -> Iterator[Ordinary]:
    """Each ordinary key with its value as a track's custom property (every third as a page's), each ordinary URL as
    the page's URL, each ordinary JSON text as a property's value."""
    for index, (key, value) in enumerate(ORDINARY_KEYS.items()):
        yield (f"keys: {key}", "page" if index % 3 == 2 else "track", {"properties": {key: value}}, value)
    for url in ORDINARY_URLS:
        yield (f"url: {url}", "page", {"url": url}, url)
    for item in ORDINARY_JSON:
        text = json.dumps(item, ensure_ascii=False)
        yield (f"json: {text}", "track", {"properties": {"form_state": text}}, text)

