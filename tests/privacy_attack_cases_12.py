"""A twelfth outside attack on the privacy gate, written from the README's promises alone (section "Personal data:
one budget in, one gate out" and what it says it does not claim), without reading the gate's code nor the earlier
attacks' case tables. Two new personas: a shopper in Lagos, Nairobi or Johannesburg (Nigerian, Kenyan and South
African mobiles, WhatsApp click-to-chat links, M-Pesa confirmation texts, the South African ID number with its Luhn
digit, a Kenyan national id, addresses, names after Swahili, Zulu, Afrikaans and Yoruba labels) and a shopper in
São Paulo or Buenos Aires (Brazilian and Argentine mobiles, CPF, CEP, DNI and CUIL, Pix keys: a CPF, a phone, an
address or a random key, Portuguese and Spanish sentences, keys and labels). Each value is tried in the leaves of
Meta's payload the README maps (custom properties, page title, URL path and query, referrer, page search, a
content's title, `search_string`, the user agent, JSON text in a property), in plain form and encoded (percent,
HTML entities, full-width, zero-width characters), in the fields whose failure is an `Err`, and in Meta's own
identity fields.

Each case is (name, kind, make_event overrides, forms), as in the earlier attacks; the first word of a name is its
family. The forms are looked for with the second attack's `found_any`.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from builders import NOW
from privacy_attack_cases_2 import crossed, luhn_complete, order_place, ordinary_in_places, ordinary_keys, ordinary_urls

Case = Tuple[str, str, Dict[str, Any], List[str]]

SHOP_BR = "https://loja.example.com.br"
SHOP_KE = "https://shop.example.co.ke"
MS = (NOW - 3600) * 1000  # a click an hour before the event, in ms


def _full_width(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


def _zero_width(text: str) -> str:
    """A zero-width space after every character: invisible in a browser, a different string to a list."""
    return "\u200b".join(text)


def _entities(text: str) -> str:
    return "".join(f"&#{ord(ch)};" for ch in text)


def _percent(text: str) -> str:
    """Every character percent-encoded, letters too (what an over-eager encoder writes)."""
    return "".join(f"%{byte:02X}" for byte in text.encode("utf-8"))


def _cpf(body: str) -> str:
    """A Brazilian CPF: nine digits and their two mod-11 check digits."""
    digits = [int(ch) for ch in body]
    for _ in range(2):
        total = sum(d * w for d, w in zip(digits, range(len(digits) + 1, 1, -1), strict=True))
        digits.append((total * 10) % 11 % 10)
    return "".join(map(str, digits))


def _cuil(prefix: str, dni: str) -> str:
    """An Argentine CUIL: the sex prefix, the DNI's eight digits and the mod-11 check digit."""
    body = prefix + dni
    total = sum(int(d) * w for d, w in zip(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True))
    check = 11 - total % 11
    assert check != 10, "a CUIL whose check is 10 takes the prefix 23"
    return body + str(0 if check == 11 else check)


def _ean13(body: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


CPF = _cpf("529982247")  # 529.982.247-25
CPF_DOTTED = f"{CPF[:3]}.{CPF[3:6]}.{CPF[6:9]}-{CPF[9:]}"
DNI = "30123456"
CUIL = _cuil("20", DNI)
CUIL_DASHED = f"{CUIL[:2]}-{CUIL[2:10]}-{CUIL[10:]}"
SA_ID = luhn_complete("850714512308")  # born 14 July 1985, a man, a citizen, with its Luhn digit
KE_ID = "28345671"  # a Kenyan national id card's eight digits

EMAIL_NG = "zqchiamaka.okonkwo@yahoo.com.ng"
FORM_NG = "zqchiamaka"
EMAIL_BR = "zqtiago.souza@uol.com.br"
FORM_BR = "zqtiago"
EMAIL_AR = "zqvaleria.gomez@fibertel.com.ar"
FORM_AR = "zqvaleria"
EMAIL_ZA = "zqpieter.vdmerwe@mweb.co.za"
FORM_ZA = "zqpieter"

NG = "8031234567"  # +234 803 123 4567
KE = "712345678"  # +254 712 345 678
ZA = "821234567"  # +27 82 123 4567
BR = "912345678"  # +55 11 91234-5678
AR = "1123456789"  # +54 9 11 2345-6789


def _contents(item: Dict[str, Any]) -> str:
    return json.dumps([item], ensure_ascii=False)


def _place(place: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """(kind, make_event overrides) putting `value` in one leaf of the payload."""
    added = {"name": "Product Added"}
    order = {"name": "Order Completed"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"comentario": value}}),
        "gift message": ("track", {"properties": {"gift_message": f"Obrigado! {value} Asante sana"}}),
        "page title": ("page", {"title": value}),
        "url query": ("page", {"url": f"{SHOP_BR}/produto?ref={quote(value, safe='')}"}),
        "url path": ("page", {"url": f"{SHOP_BR}/conta/{quote(value, safe='')}/pedidos"}),
        "referrer": ("page", {"referrer": f"https://l.example.net/out?u={quote(value, safe='')}"}),
        "page search": ("page", {"url": f"{SHOP_BR}/busca", "search": f"?q={quote(value, safe='')}"}),
        "contents title": ("track", {**added, "properties": {"contents": _contents({"id": "S-1", "title": value})}}),
        "search_string": ("track", {"name": "Products Searched", "properties": {"query": value}}),
        "user agent": ("track", {"user_agent": f"Mozilla/5.0 (Linux; Android 13) WhatsApp/2.24.1 ({value})"}),
        "json property": ("track", {"properties": {"extra": json.dumps({"nota": value}, ensure_ascii=False)}}),
        "content_name": ("track", {**order, "properties": {"content_name": value, "value": "5", "currency": "BRL"}}),
        "err currency": ("track", {**order, "properties": {"value": "5", "currency": value}}),
        "err value": ("track", {**order, "properties": {"value": value, "currency": "BRL"}}),
        "err opt_out": ("track", {"properties": {"opt_out": value}}),
        "err contents quantity": ("track", {**order, "properties": {
            "currency": "KES", "contents": json.dumps([{"id": "S-1", "item_price": 5, "quantity": value}])}}),
    }
    return table[place]


ALL = ["custom property", "gift message", "page title", "url query", "url path", "referrer", "page search",
       "contents title", "search_string", "user agent", "json property", "content_name"]
TEXT = ["custom property", "page title", "url query", "contents title", "search_string", "json property"]
ERRS = ["err currency", "err value", "err opt_out", "err contents quantity"]

MAILS: Dict[str, Tuple[str, Any]] = {
    "NG yahoo": (EMAIL_NG, FORM_NG),
    "BR uol": (EMAIL_BR, FORM_BR),
    "AR fibertel": (EMAIL_AR, FORM_AR),
    "ZA mweb": (EMAIL_ZA, FORM_ZA),
    "percent every character": (_percent(EMAIL_BR), FORM_BR),
    "HTML entities": (_entities(EMAIL_NG), FORM_NG),
    "full-width": (_full_width(EMAIL_AR), FORM_AR),
    "zero-width": (_zero_width(EMAIL_ZA), FORM_ZA),
    "Portuguese words": ("zqtiago.souza arroba uol ponto com ponto br", FORM_BR),
    "Spanish words in brackets": ("zqvaleria.gomez [arroba] gmail [punto] com", FORM_AR),
    "Pix key": (f"chave pix: {EMAIL_BR}", FORM_BR),
    "mailto": (f"mailto:{EMAIL_NG}?subject=Order", FORM_NG),
    "Afrikaans label": (f"E-pos: {EMAIL_ZA}", FORM_ZA),
}

PHONES: Dict[str, Tuple[str, Any]] = {
    "NG dialled": ("+234 803 123 4567", NG),
    "NG national": ("0803 123 4567", NG),
    "NG compact international": ("2348031234567", NG),
    "NG percent": (quote("+234 803 123 4567", safe=""), NG),
    "KE dialled": ("+254 712 345 678", KE),
    "KE national": ("0712 345 678", KE),
    "KE compact international": ("254712345678", KE),
    "KE full-width": (_full_width("+254 712 345 678"), KE),
    "ZA dialled": ("+27 82 123 4567", ZA),
    "ZA national": ("082 123 4567", ZA),
    "ZA entities": (_entities("+27 82 123 4567"), ZA),
    "BR dialled": ("+55 11 91234-5678", BR),
    "BR parenthesized area": ("(11) 91234-5678", BR),
    "BR compact international": ("5511912345678", BR),
    "BR zero-width": (_zero_width("+55 11 91234-5678"), BR),
    "AR dialled": ("+54 9 11 2345-6789", AR),
    "AR national with 15": ("011 15-2345-6789", "23456789"),
    "AR compact international": ("5491123456789", AR),
    "wa.me NG": ("https://wa.me/2348031234567", NG),
    "wa.me KE with text": ("https://wa.me/254712345678?text=Habari%20nataka%20kununua", KE),
    "api.whatsapp.com BR": ("https://api.whatsapp.com/send?phone=5511912345678&text=Oi", BR),
    "M-Pesa confirmation": ("QK7A1B2C3D Confirmed. Ksh500.00 sent to ZQJOHN KAMAU 0712345678 on 30/11/26 at 10:15 AM. "
                            "New M-PESA balance is Ksh1,234.00.", KE),
    "M-Pesa received": ("QK8X9Y0Z1A Confirmed. You have received Ksh2,500.00 from ZQJOHN KAMAU 254712345678 "
                        "on 30/11/26", KE),
    "Pix phone": ("chave pix: +55 11 91234-5678", BR),
    "Pix phone compact": ("Chave Pix: +5511912345678", BR),
    "Portuguese sentence": ("me liga no 11 91234-5678 por favor", BR),
    "Spanish sentence": ("llamame al 11 2345-6789 o al 15 2345 6789", AR),
    "Swahili sentence": ("nipigie simu 0712345678 kesho", KE),
    "Yoruba sentence": ("pe mi lori 08031234567 jowo", NG),
    "Zulu label": ("Inombolo yocingo: 082 123 4567", ZA),
    "wa.me NG zero-width": (_zero_width("wa.me/2348031234567"), NG),
    "wa.me BR entities": (_entities("https://wa.me/5511912345678"), BR),
}

IDS: Dict[str, Tuple[str, Any]] = {
    "CPF dotted": (CPF_DOTTED, CPF),
    "CPF compact": (CPF, CPF),
    "CPF labelled": (f"CPF: {CPF_DOTTED}", CPF),
    "CPF percent": (_percent(CPF_DOTTED), CPF),
    "CPF full-width": (_full_width(CPF_DOTTED), CPF),
    "Pix key CPF": (f"chave pix: {CPF_DOTTED}", CPF),
    "Pix random key": ("chave pix aleatória: 7d9f0a4e-3b2c-4e1a-9f8b-5c6d7e8f9a0b", "7d9f0a4e"),
    "DNI labelled": ("DNI 30.123.456", DNI),
    "DNI Spanish sentence": ("mi DNI es 30123456", DNI),
    "CUIL dashed": (CUIL_DASHED, CUIL),
    "CUIL labelled compact": (f"CUIL {CUIL}", CUIL),
    "ZA ID labelled": (f"ID number {SA_ID}", SA_ID),
    "ZA ID alone": (SA_ID, SA_ID),
    "ZA ID spaced": (f"{SA_ID[:6]} {SA_ID[6:10]} {SA_ID[10:]}", SA_ID),
    "ZA ID Afrikaans label": (f"ID-nommer: {SA_ID}", SA_ID),
    "KE ID labelled": (f"ID No. {KE_ID}", KE_ID),
    "KE ID Swahili label": (f"Kitambulisho: {KE_ID}", KE_ID),
    "ZA ID entities": (_entities(f"ID number {SA_ID}"), SA_ID),
    "CUIL full-width": (_full_width(CUIL_DASHED), CUIL),
    "CPF zero-width": (_zero_width(CPF_DOTTED), CPF),
}
ID_PLACES = ["custom property", "gift message", "page title", "url query", "contents title", "search_string",
             "user agent", "json property"]

POSTAL: Dict[str, Tuple[str, Any]] = {
    "BR street line and CEP": ("Rua Augusta, 1500 - Consolação, São Paulo - SP, 01310-100", "Augusta, 1500"),
    "BR avenue": ("Av. Paulista, 1578 - Bela Vista, São Paulo - SP", "Paulista, 1578"),
    "AR street and floor": ("Av. Corrientes 1234, Piso 5 Depto B, C1043 CABA", "Corrientes 1234"),
    "NG street": ("23 Adeola Odeku Street, Victoria Island, Lagos", "Adeola Odeku"),
    "KE estate house": ("Hse 7, Runda Estate, Nairobi", "Runda Estate"),
    "ZA street": ("14 Long Street, Cape Town, 8001", "14 Long Street"),
    "ZA Afrikaans street": ("Kerkstraat 12, Stellenbosch, 7600", "Kerkstraat 12"),
    "KE plus code": ("QRJ5+2F Nairobi", "QRJ5+2F"),
    "BR zero-width street": (_zero_width("Rua Augusta, 1500") + ", São Paulo", "Augusta, 1500"),
}
POSTAL_PLACES = ["custom property", "gift message", "page title", "contents title", "search_string", "json property"]

NAMES: Dict[str, Tuple[str, Any]] = {
    "Portuguese salutation": ("Prezado Sr. Zqtiago Souza,\nSeu pedido saiu.", "Zqtiago"),
    "Spanish salutation": ("Estimada Sra. Zqvaleria Gómez,\nGracias.", "Zqvaleria"),
    "Portuguese label": ("Nome: Zqtiago Souza", "Zqtiago"),
    "Portuguese recipient in capitals": ("Destinatário: ZQTIAGO SOUZA", "Zqtiago"),
    "Swahili label": ("Jina: Zqwanjiru Kamau", "Zqwanjiru"),
    "Afrikaans label": ("Naam: Zqpieter van der Merwe", "Zqpieter"),
    "Yoruba label": ("Orúkọ: Zqadebayo Okonkwo", "Zqadebayo"),
    "Zulu label": ("Igama: Zqthandiwe Dlamini", "Zqthandiwe"),
    "M-Pesa recipient": ("Ksh500.00 sent to ZQJOHN KAMAU on 30/11/26", "Zqjohn"),
}
NAME_PLACES = ["custom property", "page title", "contents title", "json property"]

ERR_VALUES: Dict[str, Tuple[str, Any]] = {
    "mail": (EMAIL_BR, FORM_BR),
    "phone": ("+254 712 345 678", KE),
    "CPF": (CPF_DOTTED, CPF),
    "ZA ID": (SA_ID, SA_ID),
}


def value_cases() -> Iterator[Case]:
    yield from crossed("mail", MAILS, ALL, _place)
    yield from crossed("phone", PHONES, ALL, _place)
    yield from crossed("id", IDS, ID_PLACES, _place)
    yield from crossed("postal", POSTAL, POSTAL_PLACES, _place)
    yield from crossed("name", NAMES, NAME_PLACES, _place)
    yield from crossed("err", ERR_VALUES, ERRS, _place)


KEY_VALUE = "Zqkeyvalue"
KEYS = [
    # Portuguese
    "telefone_celular", "nome_completo", "endereco_entrega", "cpf_cliente", "data_nascimento", "cep",
    "email_comprador", "numero_whatsapp", "chave_pix", "sobrenome", "telefoneCelular", "nomeCompleto", "chavePix",
    "rg_titular", "logradouro", "endereço", "número_celular", "Data de Nascimento",
    # Spanish (Argentina)
    "numero_documento", "cuil", "celular", "domicilio", "apellido", "fecha_de_nacimiento", "correo_electronico",
    "codigo_postal", "numeroDocumento", "teléfono_móvil", "DNI-titular",
    # Swahili
    "nambari_ya_simu", "jina_kamili", "barua_pepe", "anwani", "kitambulisho", "tarehe_ya_kuzaliwa",
    "namba_ya_mpesa",
    # Zulu
    "inombolo_yocingo", "igama", "isibongo", "ikheli", "usuku_lokuzalwa",
    # Afrikaans
    "selfoonnommer", "volle_naam", "adres", "e_posadres", "geboortedatum", "id_nommer", "poskode",
    # Yoruba and Hausa
    "orúkọ", "nọ́mbà_fóònù", "àdírẹ́sì", "lambar_waya", "adireshi",
    # encoded
    "ｃｐｆ", "c\u200bp\u200bf", "c&#101;lular", "nome%5Fcompleto",
]


def _key_place(place: str, key: str) -> Tuple[str, Dict[str, Any]]:
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {key: KEY_VALUE}}),
        "url query": ("page", {"url": f"{SHOP_BR}/checkout?{quote(key, safe='%')}={KEY_VALUE}"}),
        "contents item": ("track", {"name": "Product Added",
                                    "properties": {"contents": _contents({"id": "S-1", key: KEY_VALUE})}}),
        "json property": ("track", {"properties": {"form": json.dumps({key: KEY_VALUE}, ensure_ascii=False)}}),
        "page property": ("page", {"properties": {key: KEY_VALUE}}),
    }
    return table[place]


def key_cases() -> Iterator[Case]:
    others = ["url query", "contents item", "json property", "page property"]
    for index, key in enumerate(KEYS):
        yield (f"key {key}: custom property", *_key_place("custom property", key), [KEY_VALUE])
        place = others[index % len(others)]
        yield (f"key {key}: {place}", *_key_place(place, key), [KEY_VALUE])


def meta_cases() -> Iterator[Case]:
    yield ("meta fbc payload CPF with letters", "track", {"properties": {"fbc": f"fb.1.{MS}.IwAR{CPF}"}}, [CPF])
    yield ("meta fbc payload Brazilian mobile", "track", {"properties": {"fbc": f"fb.1.{MS}.IwAR5511912345678"}}, [BR])
    yield ("meta fbc payload address slug", "track",
           {"properties": {"fbc": f"fb.1.{MS}.zqtiago_souza_uol_com_br"}}, [FORM_BR])
    yield ("meta fbp payload Nigerian mobile", "track", {"properties": {"fbp": f"fb.1.{MS}.{NG}"}}, [NG])
    yield ("meta fbp payload Kenyan mobile", "track", {"properties": {"fbp": f"fb.1.{MS}.254{KE}"}}, [KE])
    yield ("meta fbclid in page URL holds a ZA ID", "page",
           {"url": f"{SHOP_KE}/p?fbclid=IwAR{SA_ID}xYz"}, [SA_ID])
    yield ("meta fbclid in page URL holds an address", "page",
           {"url": f"{SHOP_KE}/p?fbclid={quote(EMAIL_NG)}"}, [FORM_NG])
    yield ("meta user_id as a track property holds a CPF", "track", {"properties": {"user_id": CPF}}, [CPF])
    yield ("meta anonymous_id as a track property holds a mobile", "track",
           {"properties": {"anonymous_id": "+2348031234567"}}, [NG])


def cases() -> List[Case]:
    return [*value_cases(), *key_cases(), *meta_cases()]


# Ordinary shop data of both shops close to the rules: it must go out unchanged.
BOLETO = "34191.79001 01043.510047 91020.150008 5 92830000012990"
ORDINARY_VALUES = [
    BOLETO, "23793.38128 60007.827136 95000.063305 9 84410000012345",
    "Linha digitável: 34191790010104351004791020150008592830000012990",
    "Pedido #100234", "Pedido 2026-000451", "Pedido nº 312345678", "Orden 0001-00045678",
    "AA123456789BR", "Rastreio: LB123456789CN", "Código de rastreio NX123456789BR",
    "R$ 1.299,90", "12x de R$ 108,33 sem juros", "Frete grátis acima de R$ 199,00", "KSh 2,500", "Ksh 12,999.00",
    "₦45,000", "₦1,250,000.00", "R 1 299,00", "$ 129.999,00", "ARS 129.999", "6 cuotas sin interés de $ 21.666,50",
    f"EAN {_ean13('789100010010')}", _ean13("600123456789"), "NCM 6109.10.00",
    "Samsung Galaxy A15 128GB", "Tênis Nike Air Max 90 Preto 42", "Camisa Seleção Brasileira 2026",
    "Ankara print fabric 6 yards", "Kikoi beach wrap", "Rooibos tea 80 bags", "Yerba mate Playadito 1 kg",
    "Dulce de leche La Serenísima 400 g", "Entrega até 05/12/2026", "Seg a Sex 9h-18h", "Talle 38-40-42-44",
    "M-Pesa Paybill 247247", "Lipa na M-Pesa", "Pago con Mercado Pago", "Pix à vista 5% off",
    "Capa para celular Moto G84", "Carregador turbo 33W", "Número 42", "Camiseta tamanho GG",
]
ORDINARY_PLACES = ["order note", "page title", "product name in the list"]
ORDINARY_URLS = [
    f"{SHOP_BR}/produto/tenis-air-max-90?cor=preto&tam=42",
    f"{SHOP_KE}/checkout/mpesa?order=100234",
    "https://www.jumia.com.ng/catalog/?q=ankara",
    f"{SHOP_BR}/rastreio?codigo=AA123456789BR",
    "https://tienda.example.com.ar/p/yerba-mate?cuotas=12",
    f"{SHOP_BR}/boleto/34191790010104351004791020150008592830000012990.pdf",
]
ORDINARY_KEYS = ["forma_pagamento", "parcelas", "frete", "codigo_rastreio", "numero_pedido", "cupom_desconto",
                 "metodo_pago", "cuotas", "bei", "bidhaa", "idadi", "prys", "tamanho", "talle", "linha_digitavel"]


def ordinary_cases() -> Iterator[Tuple[str, str, Dict[str, Any], str]]:
    yield from ordinary_in_places({"shop": ORDINARY_VALUES}, {"shop": ORDINARY_PLACES},
                                  lambda where, value: order_place(where, value, "BRL"))
    yield from ordinary_urls(ORDINARY_URLS)
    yield from ordinary_keys(ORDINARY_KEYS)
