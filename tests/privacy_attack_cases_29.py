"""The twenty-ninth outside attack's cases, written from the README's promises alone (section "Personal data: one
budget in, one gate out"), without reading the gate's code nor the earlier attacks' cases.

Where it goes: the gate's newest readings as a shop would meet them (a person's record in XML with namespaces,
CDATA and attributes, microdata, LDIF with base64 values, LDAP names with escaped commas, SQL `UPDATE … SET` and
`VALUES` of several rows, EDIFACT with release characters, X12 and HL7 with other separators, S-expressions,
airline names and boarding passes, a user agent's comment with nested or escaped parentheses, a URL path's sentence
in `-`, `_`, `+`, `%20`); mail and web formats (mail headers, RFC 2047 encoded words, internationalised and
punycode addresses, a URL's userinfo, `data:` URIs, JSON web tokens, cookie strings, UTM values, GS1 Digital Link);
and languages little pressed (the Caucasus, Sámi, Frisian, Luxembourgish, Breton, Romani, Esperanto, Telugu,
Kannada, Malayalam, Marathi, Gujarati, Punjabi, Sindhi, Pashto, Dari, Uyghur, Tamazight, Wolof, Fula, Lingala,
Dzongkha, Mongolian's vertical script, Nahuatl, Yucatec Maya, Aymara, Mapudungun, Papiamento, Tok Pisin, Jamaican
Patois, Hawaiian). Each value goes to several leaves of Meta's payload; ordinary shop data of the same structures
must go out unchanged.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

SHOP = "https://shop.example.com"
UA_HEAD = "Mozilla/5.0 (Linux; Android 14; "
UA_TAIL = ") AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"


# ---- check digits, computed here so every id below is valid -------------------------------------------------
_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _row in range(2, 8):
    _P.append([_P[1][_P[_row - 1][i]] for i in range(10)])
_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff(body: str) -> str:
    check = 0
    for index, char in enumerate(reversed(body)):
        check = _D[check][_P[(index + 1) % 8][int(char)]]
    return body + str(_INV[check])


def luhn(body: str) -> str:
    total = 0
    for index, char in enumerate(reversed(body)):
        digit = int(char) * (2 if index % 2 == 0 else 1)
        total += digit - 9 if digit > 9 else digit
    return body + str((10 - total % 10) % 10)


def norwegian(body: str) -> str:
    """Fødselsnummer: nine digits, then two mod-11 digits (a body giving 10 is skipped by the caller)."""
    k1 = 11 - sum(int(d) * w for d, w in zip(body, [3, 7, 6, 1, 8, 9, 4, 5, 2], strict=True)) % 11
    k1 = 0 if k1 == 11 else k1
    with_k1 = body + str(k1)
    k2 = 11 - sum(int(d) * w for d, w in zip(with_k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
    k2 = 0 if k2 == 11 else k2
    return with_k1 + str(k2)


def rut(body: str) -> str:
    total = sum(int(d) * (2 + i % 6) for i, d in enumerate(reversed(body)))
    dv = 11 - total % 11
    return f"{int(body):,}".replace(",", ".") + "-" + {11: "0", 10: "K"}.get(dv, str(dv))


def snils(body: str) -> str:
    total = sum(int(d) * (9 - i) for i, d in enumerate(body))
    check = total if total < 100 else (0 if total in (100, 101) else total % 101 % 100)
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {check:02d}"


def curp(body: str) -> str:
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    total = sum(alphabet.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def bsn(body: str) -> str:
    """A Dutch BSN: eight digits and the one that passes the 11-test."""
    for last in range(10):
        digits = body + str(last)
        if (sum(int(d) * w for d, w in zip(digits[:8], [9, 8, 7, 6, 5, 4, 3, 2], strict=True)) - last) % 11 == 0:
            return digits
    raise ValueError(body)


def matricule(body: str) -> str:
    """Luxembourg's matricule: eleven digits, a Luhn digit, then a Verhoeff digit of the eleven."""
    return luhn(body) + verhoeff(body)[-1]


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url(obj: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


def native(digits: str, zero: str) -> str:
    """ASCII digits written in another script whose zero is `zero`."""
    return "".join(chr(ord(zero) + int(c)) if c.isdigit() else c for c in digits)


def inn12(body: str) -> str:
    """A person's INN: ten digits, then two check digits."""
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(d) * w for d, w in zip(body, w1, strict=True)) % 11 % 10
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(int(d) * w for d, w in zip(body + str(c1), w2, strict=True)) % 11 % 10
    return body + str(c1) + str(c2)


AADHAAR = verhoeff("23456789012")
INN = inn12("2001234567")
FNR = norwegian("150786123")
RUT = rut("12345678")
SNILS = snils("112233445")
CURP = curp("CAUI880714MYNNXS0")
BSN = bsn("12345678")
MATRICULE = matricule("19850712345")


# ---- places ------------------------------------------------------------------------------------------------
def nested(value: str) -> str:
    return json.dumps({"order": {"meta": {"note": value}}}, ensure_ascii=False)


def place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"order_note": value}}),
        "page title": ("page", {"title": value}),
        "content title": ("track", {"name": "Order Completed", "properties": {"value": "5", "currency": "EUR"},
                                    "products": [{"product_id": "P-1", "name": value, "price": "5",
                                                  "quantity": "1"}]}),
        "brand": ("track", {"name": "Product Viewed", "products": [{"product_id": "P-2", "brand": value,
                                                                    "price": "5"}]}),
        "JSON text": ("track", {"properties": {"payload": nested(value)}}),
        "query value": ("page", {"url": f"{SHOP}/checkout?note={quote(value, safe='')}"}),
        "fragment": ("page", {"url": f"{SHOP}/p#{quote(value, safe='')}"}),
        "referrer": ("page", {"referrer": f"https://forum.example.org/t?text={quote(value, safe='')}"}),
        "search": ("page", {"search": "?q=" + quote(value, safe="")}),
        "URL path": ("page", {"url": f"{SHOP}/account/{quote(value, safe='')}/orders"}),
        "user agent": ("page", {"user_agent": UA_HEAD + value + UA_TAIL}),
        "whole user agent": ("page", {"user_agent": value}),
        "page URL": ("page", {"url": value}),
        "referrer URL": ("page", {"referrer": value}),
        "cookie property": ("track", {"properties": {"cookies": value}}),
    }
    return table[where]


STRUCTURED = ["custom property", "content title", "JSON text"]
TWO = ["custom property", "user agent"]


def crossed(family: str, table: Dict[str, Tuple[str, Any]], places: List[str]) -> Iterator[Case]:
    for name, (value, shown) in table.items():
        forms = [shown] if isinstance(shown, str) else list(shown)
        for where in places:
            yield (f"{family} {name} @ {where}", *place(where, value), forms)


# ---- a person's record in structures whose field names are keys ---------------------------------------------
STRUCTURES: Dict[str, Tuple[str, Any]] = {
    "xml namespace": ("<ns:customer><ns:name>Ilkinqa Mammadov</ns:name></ns:customer>", "Ilkinqa"),
    "xml cdata": ("<customer><name><![CDATA[Zauremqa Aliyeva]]></name></customer>", "Zauremqa"),
    "xml attribute single quotes": ("<customer name='Dzhokharqa Umarov' tier='gold'/>", "Dzhokharqa"),
    "xml attribute bare": ("<customer firstName=Aslanqa lastName=Dudayev/>", "Aslanqa"),
    "xml nested person": ("<order><shipTo><person><givenName>Aminatqa</givenName><familyName>Kadyrova"
                          "</familyName></person></shipTo></order>", "Aminatqa"),
    "xml recipient": ("<shipment><recipient>Patimatqa Gadzhieva</recipient><city>Makhachkala</city></shipment>",
                      "Patimatqa"),
    "xml ubl party": ("<cac:AccountingCustomerParty><cac:Party><cac:Contact><cbc:Name>Batrazqa Gagloev</cbc:Name>"
                      "</cac:Contact></cac:Party></cac:AccountingCustomerParty>", "Batrazqa"),
    "microdata person nested": ('<div itemscope itemtype="https://schema.org/Order"><div itemprop="customer" '
                                'itemscope itemtype="https://schema.org/Person"><span itemprop="name">Sjoerdqa '
                                'Hettinga</span></div></div>', "Sjoerdqa"),
    "microdata given family": ('<div itemscope itemtype="http://schema.org/Person"><span itemprop="givenName">'
                               'Jessqa</span> <span itemprop="familyName">Kieffer</span></div>', "Jessqa"),
    "json-ld person": ('{"@context":"https://schema.org","@type":"Person","givenName":"Yannqa","familyName":'
                       '"Kerjean","telephone":"+33 2 98 12 34 56"}', ["Yannqa", "98 12 34 56"]),
    "json-ld order customer": ('{"@type":"Order","orderNumber":"1001","customer":{"@type":"Person","name":'
                               '"Šaninqa Ramadani"}}', "Šaninqa"),
    "table th td": ("<table><tr><th>Numm</th><td>Fernandqa Schmit</td></tr></table>", "Fernandqa"),
    "table td td frisian": ("<tr><td>Namme</td><td>Wybeqa Hoekstra</td></tr>", "Wybeqa"),
    "definition list esperanto": ("<dl><dt>Nomo</dt><dd>Ludovikoqa Zamenhof</dd></dl>", "Ludovikoqa"),
    "sql update": ("UPDATE customers SET last_name = 'Khasbulatovqa', phone = '+7 928 123 45 67' WHERE id = 7",
                   ["Khasbulatovqa", "928 123 45 67"]),
    "sql values rows": ("INSERT INTO users (id, first_name, last_name) VALUES (1, 'Ayseqa', 'Huseynova'), "
                        "(2, 'Rashadqa', 'Guliyev');", ["Ayseqa", "Rashadqa"]),
    "sql insert no columns": ("INSERT INTO customers VALUES (7, 'Elnurqa Babayev', 'elnur.b@example.az', 'Baku')",
                              ["Elnurqa", "elnur.b@example.az"]),
    "sql insert set": ("INSERT INTO recipients SET full_name = 'Máretqa Gaup', city = 'Kautokeino'", "Máretqa"),
    "edifact release": ("UNH+1+ORDERS:D:96A:UN'NAD+BY+++O?'Kerjeanqa?+Fils:Yann+12 Straed Kerzu+Brest++29200+FR'",
                        "Kerjeanqa"),
    "edifact delivery party": ("NAD+DP+++Mammadovaqa:Leyla+Nizami kucesi 45+Baku++AZ1000+AZ'", "Mammadovaqa"),
    "edifact contact": ("CTA+IC+:Tinaqa Boersma'COM+31612345678:TE'", ["Tinaqa", "31612345678"]),
    "x12 pipe": ("N1|ST|Sigridqa Bakken|92|0042~N3|Storgata 12~N4|Oslo||0155|NO~", "Sigridqa"),
    "x12 nm1 caret": ("NM1^IL^1^Hettingaqa^Sjoerd^^^^MI^123456789~", "Hettingaqa"),
    "x12 nm1 newline": ("ISA*00*...~\nNM1*QC*1*Nyströmqa*Inga****MI*987654321\n", "Nyströmqa"),
    "hl7 hash separators": ("MSH#^~\\&#LAB#HOSP#EHR#HOSP#20261201##ADT^A01#1#P#2.5\rPID#1##12345^^^MRN##"
                            "Gaupqa^Máret^^^##19800101#F", "Gaupqa"),
    "hl7 newline": ("MSH|^~\\&|APP|FAC|||20261201||ADT^A04|1|P|2.5\nPID|1||889^^^MRN||Painemalqa^Ayelén||"
                    "19920315|F", "Painemalqa"),
    "ldif base64": (f"dn: uid=42,ou=people,dc=example,dc=lu\ncn:: {b64('Fernandqa Schmit')}\nmail: x@example.lu",
                    "Fernandqa"),
    "ldif base64 sn": (f"dn: uid=7,dc=example\nsn:: {b64('Kealohaqa')}\ngivenName: Kaiulani", "Kealohaqa"),
    "ldap escaped comma": ("CN=Nystøqa\\, Máret,OU=Users,DC=example,DC=no", "Nystøqa"),
    "x509 openssl spaced": ("subject=C = NO, O = Example AS, CN = Ánteqa Guttorm", "Ánteqa"),
    "x509 lower cn": ("cn=Kepsonqa Waim,ou=customers,o=Example PNG", "Kepsonqa"),
    "sexp nested name": ('(customer (name "Tinaqa Boersma") (city "Ljouwert"))', "Tinaqa"),
    "sexp given family": ('(person :given "Hyltjeqa" :family "Wiersma")', "Hyltjeqa"),
    "sexp recipient": ('(recipient :first "Shanikaqa" :last "Campbell")', "Shanikaqa"),
    "airline three words": ("1.1KEALOHAQA/KAIULANI MAILE MRS", "KEALOHAQA"),
    "airline bcbp": ("M1GUTTORMQA/ANTE       EABC123 TOSOSLSK 4321 335Y012A0025 100", "GUTTORMQA"),
    "airline lower case": ("pax: boersmaqa/tina ms, seat 12A", "boersmaqa"),
    "xml default namespace": ('<p:person xmlns:p="urn:example:crm"><p:fullName>Ilkinqa Mammadov</p:fullName>'
                              '</p:person>', "Ilkinqa"),
    "xml element spelled": ("<order><CustomerName>Aysenqa Huseynova</CustomerName><Total>49.90</Total></order>",
                            "Aysenqa"),
    "xml element italian": ("<ordine><nome_cliente>Giuliaqa Esposito</nome_cliente></ordine>", "Giuliaqa"),
    "xml field attribute": ('<field name="customer_name">Rashadqa Guliyev</field>', "Rashadqa"),
    "html input value": ('<input type="text" name="last_name" value="Huseynovaqa">', "Huseynovaqa"),
    "html input single quotes": ("<input name='full_name' value='Leylaqa Aliyeva' />", "Leylaqa"),
    "microdata meta content": ('<div itemscope itemtype="https://schema.org/Person"><meta itemprop="name" '
                               'content="Batrazqa Gagloev"></div>', "Batrazqa"),
    "rdfa person": ('<div vocab="https://schema.org/" typeof="Person"><span property="name">Ánteqa Guttorm'
                    '</span></div>', "Ánteqa"),
    "json-ld graph": ('{"@context":"https://schema.org","@graph":[{"@type":"Order","orderNumber":"1001"},'
                      '{"@type":"Person","givenName":"Nolwennqa","familyName":"Le Gall"}]}', "Nolwennqa"),
    "sql quoted identifiers": ('INSERT INTO "users" ("first_name", "last_name") VALUES (\'Sigridqa\', \'Bakken\')',
                               "Sigridqa"),
    "sql backticks": ("INSERT INTO `customers` (`name`, `city`) VALUES ('Kepsonqa Waim', 'Lae')", "Kepsonqa"),
    "sql replace": ("REPLACE INTO customers (id, surname) VALUES (9, 'Painemalqa')", "Painemalqa"),
    "sql where": ("SELECT * FROM orders WHERE customer_name = 'Shanikaqa Campbell' AND total > 10", "Shanikaqa"),
    "sql update bare name": ("UPDATE users SET name = 'Wilmaqa Mamani' WHERE id = 3", "Wilmaqa"),
    "edifact una": ("UNA:*.? 'NAD*BY***Hoekstraqa:Wybe*Tsjerkestrjitte 12*Ljouwert**8911*NL'", "Hoekstraqa"),
    "edifact consignee": ("NAD+CN+++Boersmaqa:Tina+Nieuwstad 3+Leeuwarden++8911 AA+NL'", "Boersmaqa"),
    "edifact invoicee": ("NAD+IV+++Kealohaqa:Kaiulani+1234 Kalakaua Ave+Honolulu+HI+96815+US'", "Kealohaqa"),
    "x12 bill-to": ("N1*BT*Ilhamqa Rzayev~N3*Nizami kucesi 45~N4*Baku**1000*AZ~", "Ilhamqa"),
    "x12 lower case": ("n1*st*jessqa kieffer*92*0042~", "jessqa"),
    "hl7 next of kin": ("MSH|^~\\&|APP|FAC|||20261201||ADT^A01|1|P|2.5\rNK1|1|Gaupqa^Inga|MTH|", "Gaupqa"),
    "hl7 guarantor": ("MSH|^~\\&|APP|FAC|||20261201||ADT^A01|1|P|2.5\rGT1|1||Painemalqa^Ayelen||Calle 5^^Temuco",
                      "Painemalqa"),
    "hl7 repetition": ("PID|1||42^^^MRN||Kieffer^Jess~Schmitqa^Fernand||19850712|F", "Schmitqa"),
    "ldif display name base64": (f"dn: uid=8,dc=example\ndisplayName:: {b64('Yubaqa Ait Ameur')}", "Yubaqa"),
    "ldif folded": ("dn: uid=9,dc=example\ncn: Moodqa\n u Njaay\nmail: m@example.sn", "Moodqa"),
    "sexp keyword name": ('(customer :name "Citlalliqa Xochitiotzin" :tier "gold")', "Citlalliqa"),
    "sexp first last lists": ('(person (first "Ixchelqa") (last "Canul"))', "Ixchelqa"),
    "edn map": ('{:customer/first-name "Aamaduqa" :customer/last-name "Jallow"}', "Aamaduqa"),
    "airline amadeus": ("NM1HOEKSTRAQA/WYBE MR", "HOEKSTRAQA"),
    "airline sabre": ("-BOERSMAQA/TINA MS", "BOERSMAQA"),
    "airline no title": ("1.1KEALOHAQA/KAIULANI", "KEALOHAQA"),
    "airline ssr docs": ("SSR DOCS YY HK1/P/NO/Z1234567/NO/15JUL86/F/15JUL30/GUTTORMQA/ANTE", "GUTTORMQA"),
    "edifact ordered by": ("NAD+OB+++Nystromqa:Inga+Storgata 12+Tromso++9008+NO'", "Nystromqa"),
    "edifact ultimate consignee": ("NAD+UC+++Kabaseleqa:Mputu+Avenue du Commerce 5+Kinshasa+++CD'", "Kabaseleqa"),
    "edifact party id and name": ("NAD+BY+123456::92++Waimqa:Kepson+Section 12 Lot 5+Lae++411+PG'", "Waimqa"),
    "x12 per contact": ("PER*IC*Jessqa Kieffer*TE*3525551234*EM*j.kieffer@example.lu~", "Jessqa"),
    "x12 n1 buyer person": ("N1*BY*Moodu Njaayqa*92*C042~", "Njaayqa"),
    "hl7 insured": ("MSH|^~\\&|APP|FAC|||20261201||ADT^A01|1|P|2.5\rIN1|1|PLAN01|INS01|ACME INSURANCE|||||||||||"
                    "Gagloevqa^Batraz", "Gagloevqa"),
    "sql multiple set": ("UPDATE customers SET first_name = 'Rashadqa', last_name = 'Guliyev', city = 'Baku'",
                         "Rashadqa"),
    "sql copy": ("COPY customers (id, first_name, last_name) FROM stdin;\n7\tAyseqa\tHuseynova\n\\.", "Ayseqa"),
    "xml entity name": ("<customer><name>&#73;lkinqa Mammadov</name></customer>", "Ilkinqa"),
    "xml contact type": ('<contact type="person"><value>Tinaqa Boersma</value></contact>', "Tinaqa"),
    "xml billing": ("<billing><first>Sigridqa</first><last>Bakken</last><zip>0155</zip></billing>", "Sigridqa"),
}

# ---- a user agent's comment and a URL path's sentence -----------------------------------------------------------
USER_AGENTS: Dict[str, Tuple[str, Any]] = {
    "nested parens": (UA_HEAD + "SM-S918B (Name: Ilhamqa Rzayev)" + UA_TAIL, "Ilhamqa"),
    "escaped parens": (UA_HEAD + "SM-S918B\\) Customer: Leylaqa Aliyeva \\(" + UA_TAIL, "Leylaqa"),
    "fban field": ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Mobile/15E148 [FBAN/FBIOS;FBAV/450.0.0.38.108;FBDV/iPhone14,2;FBLC/en_US;FBOP/5;"
                   "Name: Sjoerdqa Hettinga]", "Sjoerdqa"),
    "self intro frisian": (UA_HEAD + "Myn namme is Wybeqa Hoekstra" + UA_TAIL, "Wybeqa"),
    "self intro esperanto": (UA_HEAD + "Mia nomo estas Ludovikoqa Zamenhof" + UA_TAIL, "Ludovikoqa"),
    "phone telugu digits": (UA_HEAD + "ఫోన్: " + native("98480 12345", "౦") + UA_TAIL, native("98480", "౦")),
    "email in comment": (UA_HEAD + "ilham.rzayevqa(at)example(dot)az" + UA_TAIL, "rzayevqa"),
    "address in comment": (UA_HEAD + "Kaya Grandiqa 12, Kralendijk, Boneiru" + UA_TAIL, "Grandiqa"),
    "aadhaar in comment": (UA_HEAD + "Aadhaar " + " ".join([AADHAAR[:4], AADHAAR[4:8], AADHAAR[8:]]) + UA_TAIL,
                           AADHAAR[4:8] + " " + AADHAAR[8:]),
    "line app field": ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
                       "Gecko) Mobile/15E148 Safari Line/13.20.0 (user: Tinaqa Boersma)", "Tinaqa"),
    "device name": (UA_HEAD + "Jessqa Kieffer's Galaxy S23" + UA_TAIL, "Jessqa"),
    "key value": (UA_HEAD + "name=Fernandqa Schmit" + UA_TAIL, "Fernandqa"),
    "telugu label": (UA_HEAD + "పేరు: రవి తేజ కొండపల్లి" + UA_TAIL, "కొండపల్లి"),
    "instagram field": ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
                        "Gecko) Mobile/15E148 Instagram 329.0.3.29.90 (iPhone15,3; iOS 17_4; en_US; en; scale=3.00; "
                        "1290x2796; user: Wybeqa Hoekstra)", "Wybeqa"),
    "json in comment": (UA_HEAD + '{"user":{"name":"Yannqa Kerjean"}}' + UA_TAIL, "Yannqa"),
    "product token": (UA_HEAD.replace("Mozilla/5.0 ", "Mozilla/5.0 Customer/Jessqa.Kieffer ") + "K" + UA_TAIL,
                      "Jessqa"),
    "tiktok field": ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                     "Mobile/15E148 musical_ly_32.5.0 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/en "
                     "Region/US (Name: Shanikaqa Campbell)", "Shanikaqa"),
    "wechat field": ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                     "Mobile/15E148 MicroMessenger/8.0.42(0x18002a2b) NetType/WIFI Language/zh_CN "
                     "(收件人: 陳大文qa)", "陳大文qa"),
    "self intro field after model": (UA_HEAD + "SM-S918B; my name is Kepsonqa Waim" + UA_TAIL, "Kepsonqa"),
    "gujarati phone": (UA_HEAD + "ફોન " + native("98250 45678", "૦") + UA_TAIL, native("98250", "૦")),
}
PATH_SENTENCES: Dict[str, Tuple[str, Any]] = {
    "blanks": (f"{SHOP}/account/I'm Ilhamqa Rzayev from Baku/orders", "Ilhamqa"),
    "encoded blanks": (f"{SHOP}/account/I%27m%20Jessqa%20Kieffer%20from%20Esch/orders", "Jessqa"),
    "dashes": (f"{SHOP}/account/i-m-kepsonqa-waim-from-lae/orders", "kepsonqa"),
    "dashes capitalized": (f"{SHOP}/account/My-name-is-Shurendyqa-Martina/orders", "Shurendyqa"),
    "underscores": (f"{SHOP}/account/my_name_is_Ayelenqa_Painemal/orders", "Ayelenqa"),
    "pluses": (f"{SHOP}/account/my+name+is+Kaiulaniqa+Kealoha/orders", "Kaiulaniqa"),
    "mixed": (f"{SHOP}/account/my-name_is+Batrazqa%20Gagloev/orders", "Batrazqa"),
    "honorific dashes": (f"{SHOP}/note/deliver-to-mr-sjoerdqa-hettinga-at-gate/1", "sjoerdqa"),
    "label segment": (f"{SHOP}/ship/Name:%20Wybeqa%20Hoekstra/confirm", "Wybeqa"),
    "key route dashes": (f"{SHOP}/form/numm/Fernandqa-Schmit/submit", "Fernandqa"),
    "key route underscores": (f"{SHOP}/form/first_name/Yannqa_Kerjean/submit", "Yannqa"),
    "key route encoded": (f"{SHOP}/form/full_name/Aslanqa%20Dudayev/submit", "Aslanqa"),
    "label dashes": (f"{SHOP}/ship/recipient-name-tinaqa-boersma/confirm", "tinaqa"),
}
PATH_ADDRESSES: Dict[str, Tuple[str, Any]] = {
    "path pluses": (f"{SHOP}/ship/12+Hopeqa+Road,+Kingston+6/confirm", "Hopeqa"),
    "path encoded blanks": (f"{SHOP}/ship/12%20Hopeqa%20Road,%20Kingston%206/confirm", "Hopeqa"),
    "path dashes": (f"{SHOP}/ship/12-kaya-grandiqa-kralendijk-boneiru/confirm", "grandiqa"),
}

# ---- mail and web formats --------------------------------------------------------------------------------------
JWT = ".".join([b64url({"alg": "HS256", "typ": "JWT"}), b64url({"sub": "42", "email": "zauremqa@example.kz",
                                                                  "name": "Zaurem Aliyeva"}), "c2lnbmF0dXJl"])
MAIL_TEXT: Dict[str, Tuple[str, Any]] = {
    "from header": ('From: "Aslanqa Dudayev" <a.dudayev@example.ru>', ["Aslanqa", "a.dudayev@example.ru"]),
    "reply-to header": ("Reply-To: Leyla Aliyeva <leylaqa.a@example.az>", "leylaqa.a@example.az"),
    "rfc2047 b address": (f"=?UTF-8?B?{b64('Mail: ilhamqa.r@example.az')}?=", ["ilhamqa.r@example.az", "ilhamqa.r"]),
    "rfc2047 q address": ("=?UTF-8?Q?jessqa=2Ekieffer=40example=2Elu?=", ["jessqa.kieffer@example.lu", "jessqa"]),
    "rfc2047 from name": (f"From: =?UTF-8?B?{b64('Máretqa Gaup')}?= <m@example.no>", ["Máretqa", "m@example.no"]),
    "idn address": ("ljudevitqa@bücher-shop.de", "ljudevitqa"),
    "cyrillic address": ("асланqa@почта.рф", "асланqa"),
    "punycode address": ("kepsonqa@xn--bcher-kva.example", "kepsonqa"),
    "userinfo email": ("https://tinaqa.boersma%40example.nl:secret@shop.example.com/", "tinaqa.boersma"),
    "userinfo name": ("https://wybeqa:hunter2@shop.example.com/account", ["wybeqa", "hunter2"]),
    "data uri": ("data:text/plain;base64," + b64("Email: shanikaqa@example.jm"), "shanikaqa"),
    "data uri json": ("data:application/json;base64," + b64('{"phone":"+1 876 555 0173"}'), "555 0173"),
    "jwt": (JWT, "zauremqa"),
    "cookie string": ("_ga=GA1.2.1; user_email=yannqa.k%40example.fr; theme=dark", "yannqa.k"),
    "cookie name": ("cart=3; customer_name=Fernandqa%20Schmit; lang=lb", "Fernandqa"),
    "rfc2047 latin1": ("From: =?ISO-8859-1?Q?M=E1ret_Gaupqa?= <mg@example.no>", ["Gaupqa", "mg@example.no"]),
    "rfc2047 split": ("=?UTF-8?B?" + b64("ilhamqa.r") + "?= =?UTF-8?B?" + b64("@example.az") + "?=", "ilhamqa.r"),
    "mailto punycode": ("mailto:kepsonqa@xn--mller-kva.de?subject=Order", "kepsonqa"),
    "arabic address": ("قاسمqa@مثال.شبكة", "قاسمqa"),
    "userinfo bare": ("https://jessqa.kieffer@shop.example.com/login", "jessqa.kieffer"),
    "data uri percent": ("data:text/plain,Email%3A%20nolwennqa%40example.fr", "nolwennqa"),
    "data uri vcard": ("data:text/vcard;base64,"
                       + b64("BEGIN:VCARD\nFN:Yubaqa Ait Ameur\nTEL:+212612345678\nEND:VCARD"),
                       ["Yubaqa", "612345678"]),
    "from display name only": ("From: Máretqa Gaup\nSubject: Bestilling 1001", "Máretqa"),
    "to display name only": ("To: Sigridqa Bakken\nSubject: Your order 1001", "Sigridqa"),
    "cc display name only": ("Cc: Ingaqa Nyström, Ánte Guttorm", "Ingaqa"),
    "to encoded name": ("To: =?UTF-8?Q?Sj=C3=B6erdqa_Hettinga?=", "Sjöerdqa"),
    "rfc2047 lower b": ("=?utf-8?b?" + b64("mail: wybeqa.h@example.nl") + "?=", "wybeqa.h"),
    "rfc2231 filename": ("Content-Disposition: attachment; filename*=UTF-8''invoice-tinaqa.b%40example.nl.pdf",
                         "tinaqa.b"),
    "jwt in cookie": ("theme=dark; auth=" + JWT + "; lang=kk", "zauremqa"),
    "double base64": (b64(b64("email: kieffer.jessqa@example.lu")), "kieffer.jessqa"),
    "cookie base64 json": ("theme=dark; session=" + b64('{"email":"sigridqa@example.no"}') + "; lang=nb", "sigridqa"),
}
MAIL_URLS: Dict[str, Tuple[str, Any]] = {
    "jwt in query": (f"{SHOP}/auth/callback?state=xyz&token={JWT}", "zauremqa"),
    "jwt in fragment": (f"{SHOP}/auth/callback#id_token={JWT}&state=1", "zauremqa"),
    "utm email": (f"{SHOP}/?utm_source=newsletter&utm_content=sigridqa.bakken%40example.no", "sigridqa.bakken"),
    "utm name": (f"{SHOP}/?utm_source=crm&utm_term=Sigridqa%20Bakken%20%2B47%20912%2034%20567",
                 ["Sigridqa", "912 34 567"]),
    "gs1 serial email": ("https://id.gs1.org/01/09506000134352/21/kealohaqa%40example.com", "kealohaqa"),
    "gs1 query phone": ("https://id.gs1.org/01/09506000134352/10/ABC1?owner=%2B1%20808%20555%200199",
                        "555 0199"),
    "userinfo referrer": ("https://ilhamqa.rzayev%40example.az@shop.example.com/", "ilhamqa.rzayev"),
    "data uri in query": (f"{SHOP}/p?x=" + quote("data:text/plain;base64," + b64("mail gaupqa@example.no"), safe=""),
                          "gaupqa"),
}

# ---- self-introductions and name labels of little-pressed languages -------------------------------------------
NAMES: Dict[str, Tuple[str, Any]] = {
    "az intro": ("Salam, mənim adım İlhamqa Rzayevdir, sifarişim haradadır?", "İlhamqa"),
    "az label": ("Ad və soyad: Leylaqa Əliyeva", "Leylaqa"),
    "ce intro": ("Сан цӀе Аслан Дудаевqa ю, заказ мичахь бу?", "Дудаевqa"),
    "av intro": ("Дир цӀар Патимат Гаджиеваqa буго", "Гаджиеваqa"),
    "os intro": ("Мæ ном у Батраз Гаглоевqa", "Гаглоевqa"),
    "se label": ("Namma: Máretqa Ánne Gaup", "Máretqa"),
    "fy intro": ("Hoi, myn namme is Sjoerdqa Hettinga en ik wenje yn Ljouwert", "Sjoerdqa"),
    "lb intro": ("Moien, ech heeschen Jessqa Kieffer a wunnen zu Esch", "Jessqa"),
    "lb label": ("Numm: Fernandqa Schmit", "Fernandqa"),
    "br intro": ("Demat, Yannqa Kerjean eo ma anv", "Yannqa"),
    "br label": ("Anv: Nolwennqa Le Gall", "Nolwennqa"),
    "rom intro": ("Sastipe! Miro anav si Šaninqa Ramadani", "Šaninqa"),
    "eo intro": ("Saluton, mia nomo estas Ludovikoqa Zamenhof.", "Ludovikoqa"),
    "te intro": ("నమస్తే, నా పేరు రవి తేజ కొండపల్లి", "కొండపల్లి"),
    "kn intro": ("ನನ್ನ ಹೆಸರು ರಮೇಶ್ ಗೌಡರು, ಆರ್ಡರ್ ಎಲ್ಲಿದೆ?", "ಗೌಡರು"),
    "ml intro": ("എന്റെ പേര് അനിൽ കുമാർ നായർ ആണ്", "നായർ"),
    "mr intro": ("नमस्कार, माझे नाव संजय पाटीलकर आहे", "पाटीलकर"),
    "gu intro": ("મારું નામ હાર્દિક પટેલવાલા છે", "પટેલવાલા"),
    "pa guru intro": ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਮੇਰਾ ਨਾਮ ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਢਿੱਲੋਂ ਹੈ", "ਢਿੱਲੋਂ"),
    "pa shahmukhi intro": ("میرا ناں گرپریت سنگھ ڈھلوں اے", "ڈھلوں"),
    "sd intro": ("منهنجو نالو علي محمد سومرو آهي", "سومرو"),
    "ps intro": ("زما نوم احمد شاه مسعودزی دی", "مسعودزی"),
    "prs intro": ("سلام، نام من فریبا رحیمی‌زاده است", "رحیمی‌زاده"),
    "ug intro": ("مېنىڭ ئىسمىم ئەركىن تۇرسۇنوف", "تۇرسۇنوف"),
    "tzm tifinagh": ("ⵉⵙⵎ ⵉⵏⵓ ⵢⵓⴱⴰ ⴰⵢⵜ ⵄⵎⵎⵓⵔ", "ⴰⵢⵜ ⵄⵎⵎⵓⵔ"),
    "tzm latin": ("Azul, isem-iw d Yubaqa Ait Ameur", "Yubaqa"),
    "wo intro": ("Salaam aleekum, maa ngi tudd Moodu Njaayqa", "Njaayqa"),
    "ff intro": ("Jam waali, innde am ko Aamadu Jallowqa", "Jallowqa"),
    "ln intro": ("Mbote, nkombo na ngai Mputu Kabaseleqa", "Kabaseleqa"),
    "dz intro": ("ངའི་མིང་ དོརྗི་ཝང་ཆུག་བསོད་ནམས་ ཨིན།", "དོརྗི་ཝང་ཆུག་བསོད་ནམས"),
    "mn vertical": ("ᠮᠢᠨᠦ ᠨᠡᠷᠡ ᠪᠠᠲᠤᠪᠣᠯᠣᠳ ᠭᠠᠨᠪᠠᠲᠤ", "ᠪᠠᠲᠤᠪᠣᠯᠣᠳ"),
    "nah intro": ("Niltze, notoca Citlalliqa Xochitiotzin", "Citlalliqa"),
    "yua intro": ("Ba'ax ka wa'alik, in k'aaba'e' Ixchelqa Canul Pech", "Ixchelqa"),
    "ay label": ("Suti: Wilmaqa Mamani Condori", "Wilmaqa"),
    "arn intro": ("Mari mari, iñche Ayelénqa Painemal pingen", "Ayelénqa"),
    "pap intro": ("Bon dia, mi nòmber ta Shurendyqa Martina", "Shurendyqa"),
    "tpi intro": ("Gude, nem bilong mi Kepsonqa Waim", "Kepsonqa"),
    "jam intro": ("Wah gwaan, mi name Shanikaqa Campbell an mi deh a Mobay", "Shanikaqa"),
    "haw intro": ("Aloha, ʻo Kaʻiulaniqa Kealoha koʻu inoa", "Kaʻiulaniqa"),
    "haw label": ("Inoa: Kaʻiulaniqa Kealoha", "Kealoha"),
    "ce label": ("ЦӀе: Асланqa Дудаев", "Асланqa"),
    "os label": ("Ном æмæ мыггаг: Батразqa Гаглоев", "Батразqa"),
    "mn cyrillic intro": ("Сайн байна уу, миний нэрийг Батболдqa Ганбаатар гэдэг", "Батболдqa"),
    "smj intro": ("Buoris! Mån lav Ingaqa Kuoljok", "Ingaqa"),
    "fy ik bin": ("Goeie, ik bin Hyltjeqa Wiersma út Snits", "Hyltjeqa"),
    "br me eo": ("Demat deoc'h, me eo Nolwennqa Le Gall", "Nolwennqa"),
    "lb mäin numm": ("Mäin Numm ass Fernandqa Schmit", "Fernandqa"),
    "eo mi nomigxas": ("Mi nomiĝas Ludovikoqa Zamenhof", "Ludovikoqa"),
    "wo sama tur": ("Sama tur mooy Moodu Njaayqa", "Njaayqa"),
    "ln nazali": ("Mbote, nazali Mputu Kabaseleqa", "Kabaseleqa"),
    "nah nehhuatl": ("Nehhuatl notoca Citlalliqa Xochitiotzin", "Citlalliqa"),
    "haw o wau": ("Aloha kākou, ʻo wau ʻo Kaʻiulaniqa Kealoha", "Kaʻiulaniqa"),
    "jam dem call mi": ("Dem call mi Shanikaqa Campbell", "Shanikaqa"),
    "pap mi ta": ("Bon tardi, mi ta Shurendyqa Martina", "Shurendyqa"),
    "kn label": ("ಹೆಸರು: ರಮೇಶ್ ಗೌಡರು", "ಗೌಡರು"),
    "ml label": ("പേര്: അനിൽ കുമാർ നായർ", "നായർ"),
}

# ---- addresses -------------------------------------------------------------------------------------------------
POSTAL: Dict[str, Tuple[str, Any]] = {
    "az street": ("Tağıyevqa küçəsi 45, mənzil 12, Bakı AZ1000", "Tağıyevqa"),
    "ce street": ("ул. Кадыроваqa, д. 12, кв. 5, Грозный, 364000", "Кадыроваqa"),
    "lb street": ("12, rue Belairqa, L-1234 Lëtzebuerg", "Belairqa"),
    "fy street": ("Tsjerkestrjitteqa 12, 8911 AB Ljouwert", "Tsjerkestrjitteqa"),
    "br street": ("12 straed Kerzuqa, 29200 Brest", "Kerzuqa"),
    "se street": ("Guovdageainnuqa geaidnu 5, 9520 Guovdageaidnu", "Guovdageainnuqa"),
    "te street": ("ఇంటి నం. 12-3-45, బంజారా హిల్స్, రోడ్ నం. 3, హైదరాబాద్ 500034", "12-3-45"),
    "mr street": ("घर क्र. 12, शिवाजी नगर, पुणे 411005", "शिवाजी नगर"),
    "haw street": ("1234 Kalākauaqa Ave, Apt 5, Honolulu, HI 96815", "Kalākauaqa"),
    "pap street": ("Kaya Grandiqa 12, Kralendijk, Boneiru", "Grandiqa"),
    "tpi street": ("Seksen 12, Lot 5, Boroko Driveqa, Port Moresby NCD 111", "Boroko Driveqa"),
    "mn street": ("Улаанбаатар, Сүхбаатар дүүрэг, 1-р хороо, Энхтайваныqa өргөн чөлөө 12-34", "Энхтайваныqa"),
    "prs street": ("کابل، ناحیه ۴، سرک شهرنو، کوچه گلبهار، خانه ۱۲", "کوچه گلبهار"),
    "jam street": ("12 Hope Roadqa, Kingston 6, Jamaica", "Hope Roadqa"),
    "yua cross streets": ("Calle 60 #123 x 45 y 47, Centro, Mérida, Yuc. 97000", "#123 x 45 y 47"),
    "ay zona": ("Calle Illampuqa 123, Zona Rosario, La Paz", "Illampuqa"),
    "arn pasaje": ("Pasaje Lautaroqa 345, Villa Los Ríos, Temuco", "Lautaroqa"),
    "wo villa": ("Villa n° 12, Cité Keur Gorguiqa, Dakar", "Keur Gorguiqa"),
    "ff quartier": ("Quartier Hamdallayeqa, Rue HA-12, Porte 34, Conakry", "Hamdallayeqa"),
    "pnb address": ("مکان نمبر ۱۲، گلی نمبر ۳، محلہ اسلام پورہ، لاہور", "محلہ اسلام پورہ"),
    "ps address": ("کور ۱۲، کوڅه ۳، کارته پروان، کابل", "کارته پروان"),
    "ug address": ("ئۈرۈمچى شەھىرى، يەنئەن يولى ١٢-نومۇر", "يەنئەن يولى"),
    "dz address": ("Norzin Lamqa, Building 12, Flat 3, Thimphu 11001", "Norzin Lamqa"),
    "lb lieu-dit": ("Maison 12, L-9515 Wiltzqa", "L-9515 Wiltzqa"),
    "tzm latin address": ("Zenqa Tamazight 12, Ayt Ouarayne, Tizi Wezzu 15000", "Zenqa"),
}

# ---- phones in native digits and number words ----------------------------------------------------------------
PHONES: Dict[str, Tuple[str, Any]] = {
    "te digits": ("ఫోన్: +91 " + native("98480 12345", "౦"), native("98480", "౦")),
    "kn digits": ("ದೂರವಾಣಿ: " + native("98450 23456", "೦"), native("98450", "೦")),
    "ml digits": ("ഫോൺ: " + native("94470 34567", "൦"), native("94470", "൦")),
    "gu digits": ("ફોન: " + native("98250 45678", "૦"), native("98250", "૦")),
    "pa digits": ("ਫ਼ੋਨ: " + native("98140 56789", "੦"), native("98140", "੦")),
    "sd digits": ("فون: ۰۳۰۰ ۱۲۳۴۵۶۷", "۱۲۳۴۵۶۷"),
    "ps digits": ("زما شمېره ۰۷۹۹ ۱۲۳ ۴۵۶ ده", "۱۲۳ ۴۵۶"),
    "mn vertical digits": ("утас: " + native("9911 2233", "᠐"), native("9911", "᠐")),
    "dz digits": ("ཁ་པར: +975 " + native("17 61 23 45", "༠"), native("17 61 23 45", "༠")),
    "az words": ("telefon: sıfır əlli bir iki üç dörd beş altı yeddi", "bir iki üç dörd"),
    "eo words": ("telefono: nul ses unu du tri kvar kvin ses sep ok", "du tri kvar kvin"),
    "az mobile": ("Mobil: +994 50 123 45 67", "123 45 67"),
    "haw mobile": ("Kelepona: (808) 555-0173", "555-0173"),
    "jam mobile": ("Call mi pon 876-555-0142", "555-0142"),
    "lb mobile": ("Handy: +352 621 123 456", "621 123 456"),
    "te unlabelled": ("నా నంబర్ " + native("9848012345", "౦"), native("9848012345", "౦")),
    "bo unlabelled": ("ང་ལ་ཁ་པར་ " + native("17612345", "༠") + " ལ་གཏོང་", native("17612345", "༠")),
    "te words": ("ఫోన్: తొమ్మిది ఎనిమిది నాలుగు ఎనిమిది సున్నా ఒకటి రెండు మూడు నాలుగు ఐదు", "ఒకటి రెండు మూడు"),
    "haw words": ("Kelepona: ʻeiwa ʻewalu ʻelima ʻelima ʻelima ʻole ʻekahi ʻehiku ʻekolu", "ʻole ʻekahi ʻehiku"),
    "pap words": ("Telefon: nuebe ocho shete dos dos tres kuater sinku seis", "tres kuater sinku"),
    "ps words": ("شمېره: صفر اووه نهه نهه یو دوه درې څلور پنځه شپږ", "یو دوه درې"),
}

# ---- national ids with their check digits --------------------------------------------------------------------
IDS: Dict[str, Tuple[str, Any]] = {
    "aadhaar telugu label": ("ఆధార్ సంఖ్య: " + " ".join([AADHAAR[:4], AADHAAR[4:8], AADHAAR[8:]]),
                             AADHAAR[4:8] + " " + AADHAAR[8:]),
    "aadhaar marathi unbroken": ("आधार क्रमांक " + AADHAAR, AADHAAR),
    "fnr sami": ("Riegádannummir: " + FNR, FNR),
    "rut mapuche": ("Iñche ñi RUT " + RUT, RUT),
    "snils chechen": ("СНИЛС: " + SNILS, SNILS),
    "curp maya": ("In CURP: " + CURP, CURP),
    "bsn frisian": ("Burgerservicenûmer: " + BSN, BSN),
    "matricule lb": ("Matrikelnummer: " + " ".join([MATRICULE[:4], MATRICULE[4:8], MATRICULE[8:]]),
                     MATRICULE[8:]),
    "cnic sindhi": ("قومي شناختي ڪارڊ نمبر: 41303-1234567-1", "1234567"),
    "tazkira dari": ("نمبر تذکره: 1400-0101-23456", "0101-23456"),
    "pan marathi": ("पॅन: ABCPZ1234K", "ABCPZ1234K"),
    "ssn hawaiian": ("Helu SSN: 536-22-8419", "536-22-8419"),
    "trn jamaican": ("Mi TRN a 108-457-923", "108-457-923"),
    "mongol register": ("Регистрийн дугаар: УБ92041512", "92041512"),
    "inn chechen": ("ИНН физлица: " + INN, INN),
    "passport rf": ("Паспорт: 96 12 345678", "345678"),
    "cnic pashto unbroken": ("د پېژندپاڼې شمېره 4130312345671", "4130312345671"),
    "epic telugu": ("ఓటర్ ఐడి: ZQX1234567", "ZQX1234567"),
    "fin az": ("FİN kod: 5ZQ8K2A", "5ZQ8K2A"),
    "georgian personal": ("პირადი ნომერი: 01024054321", "01024054321"),
}

# ---- personal keys of the languages --------------------------------------------------------------------------
KEYS: Dict[str, str] = {
    "az soyad": "soyad", "az telefon": "telefon_nomresi", "fy namme": "namme", "lb numm": "Numm",
    "br anv": "anv_familh", "eo nomo": "familia_nomo", "eo retposto": "retposxto", "se namma": "namma",
    "haw inoa": "inoa", "pap nomber": "nòmber", "tpi nem": "nem", "te peru": "పేరు", "mr nav": "नाव",
    "gu nam": "નામ", "pa nam": "ਨਾਮ", "ps num": "نوم", "ug isim": "ئىسمى", "mn ner": "нэр",
}


def key_cases() -> Iterator[Case]:
    for name, key in KEYS.items():
        value = "Zqelinqa Vorbeck"
        yield (f"key {name}: custom property", "track", {"properties": {key: value}}, ["Zqelinqa"])
        yield (f"key {name}: nested JSON", "track",
               {"properties": {"form": json.dumps({"fields": {key: value}}, ensure_ascii=False)}}, ["Zqelinqa"])


def err_cases() -> Iterator[Case]:
    """Values the core refuses or cannot read: an Err or a reason must not echo them."""
    deep = "[" * 17 + '"kealohaqa@example.com"' + "]" * 17
    order = {"name": "Order Completed"}
    yield ("err contents malformed", "track",
           {**order, "properties": {"contents": '[{"id": "kealohaqa@example.com", '}}, ["kealohaqa"])
    yield ("err contents deep", "track", {**order, "properties": {"contents": deep}}, ["kealohaqa"])
    yield ("err content_ids unclosed", "track", {**order, "properties": {"content_ids": '["Jessqa Kieffer"'}},
           ["Jessqa"])
    yield ("err currency a name", "track", {**order, "properties": {"value": "5", "currency": "Jessqa Kieffer"}},
           ["Jessqa"])
    yield ("err value an address", "track",
           {**order, "properties": {"value": "jessqa@example.lu", "currency": "EUR"}}, ["jessqa"])
    yield ("err contents object", "track", {**order, "properties": {"contents": '{"Jessqa Kieffer": 1}'}},
           ["Jessqa"])
    yield ("err quantity and price", "track",
           {**order, "products": [{"product_id": "P", "quantity": "Jessqa Kieffer", "price": "wybeqa@example.nl"}]},
           ["Jessqa", "wybeqa"])
    yield ("err track name an address", "track", {"name": "jessqa@example.lu"}, ["jessqa"])


def cases() -> List[Case]:
    found: List[Case] = []
    found += crossed("name", STRUCTURES, STRUCTURED)
    found += crossed("name", {f"ua {k}": v for k, v in USER_AGENTS.items()}, ["whole user agent"])
    found += crossed("name", {f"path {k}": v for k, v in PATH_SENTENCES.items()}, ["page URL", "referrer URL"])
    found += crossed("postal", PATH_ADDRESSES, ["page URL", "referrer URL"])
    found += crossed("mail", MAIL_TEXT, ["custom property", "JSON text"])
    found += crossed("mail", {f"url {k}": v for k, v in MAIL_URLS.items()}, ["page URL", "referrer URL"])
    found += crossed("name", NAMES, TWO)
    found += crossed("postal", POSTAL, TWO)
    found += crossed("phone", PHONES, TWO)
    found += crossed("id", IDS, TWO)
    found += key_cases()
    found += err_cases()
    return found


# ---- ordinary shop data of the same structures ------------------------------------------------------------------
ORDINARY_TEXT: Dict[str, List[str]] = {
    "product feeds": [
        "<item><g:title>Trek Domane AL 2 Road Bike</g:title><g:brand>Trek</g:brand></item>",
        "<g:title>Levi's 501 Original Fit Jeans</g:title>",
        "<g:brand>Patagonia</g:brand><g:gtin>0889833000001</g:gtin>",
        "<item><title><![CDATA[Moka Pot 6 Cups]]></title><g:price>39.90 EUR</g:price></item>",
        "<product sku='BK-1001' brand='Brompton'>C Line Explore</product>",
        "<g:product_type>Sporting Goods &gt; Cycling &gt; Bicycles</g:product_type>",
        "<entry><g:id>SKU-42</g:id><g:condition>new</g:condition><g:availability>in stock</g:availability></entry>",
        "<manufacturer><name>Brompton Bicycle Ltd</name><country>GB</country></manufacturer>",
        "<g:title>John Deere Tractor Toy 1:32</g:title>", "<g:brand>Ben &amp; Jerry's</g:brand>",
        "<g:brand>Tommy Hilfiger</g:brand>", "<g:brand>Calvin Klein</g:brand>", "<g:brand>Ralph Lauren</g:brand>",
        "<g:brand>Hugo Boss</g:brand>", "<g:brand>Karl Lagerfeld</g:brand>", "<g:brand>Vivienne Westwood</g:brand>",
        "<g:title>Ray-Ban Wayfarer RB2140</g:title>", "<g:color>WHITE/BLACK</g:color>",
        "<g:gtin>0036000291452</g:gtin>", "<g:brand>Levi's</g:brand><g:gtin>4006381333931</g:gtin>",
        "<item><g:brand>Carhartt WIP</g:brand><g:gtin>0035481234569</g:gtin></item>",
        "<product><name>Rooibos Tea</name><brand>Freshpak</brand></product>",
        "<ns:product xmlns:ns='urn:shop'><ns:title>Moka Pot</ns:title></ns:product>",
        "GTIN 0036000291452", "EAN 0036000291452", "GTIN 0889833000001",
    ],
    "schema.org markup": [
        '<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Trek Marlin 5</span></div>',
        '<span itemprop="brand" itemscope itemtype="https://schema.org/Brand"><span itemprop="name">Shimano</span>'
        '</span>',
        '<div itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="899.00">'
        '<meta itemprop="priceCurrency" content="EUR"></div>',
        '{"@context":"https://schema.org","@type":"Offer","price":"899.00","priceCurrency":"EUR",'
        '"availability":"https://schema.org/InStock"}',
        '{"@type":"Product","sku":"TM5-2026","gtin13":"4006381333931","brand":"Trek"}',
        '{"@type":"Organization","url":"https://shop.example.com","logo":"https://shop.example.com/logo.png"}',
        '<table><tr><th>Model</th><td>Domane AL 2</td></tr><tr><th>Weight</th><td>10.5 kg</td></tr></table>',
        "<dl><dt>Material</dt><dd>Aluminium</dd><dt>Colour</dt><dd>Matte Black</dd></dl>",
        "<tr><td>Name</td><td>Size</td><td>Price</td></tr>",
        '<div vocab="https://schema.org/" typeof="Product"><span property="name">Trek Marlin 5</span></div>',
        '<meta itemprop="name" content="Shimano 105 Groupset">',
        '<div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Brompton Bicycle Ltd'
        '</span></div>',
        '{"@type":"Brand","logo":"https://shop.example.com/brand/trek.png","slogan":"Ride Trek"}',
        '{"@type":"AggregateRating","ratingValue":"4.6","reviewCount":"128"}',
        '<span itemprop="sku">TM5-2026</span><span itemprop="gtin13">4006381333931</span>',
        "<table><tr><td>Colour</td><td>Matte Black</td></tr><tr><td>Frame</td><td>Alpha Aluminium</td></tr></table>",
        "<tr><td>Brand</td><td>Tommy Hilfiger</td></tr>",
        "<dl><dt>Designer</dt><dd>Vivienne Westwood</dd></dl>",
        '{"@type":"Offer","seller":{"@type":"Organization","legalName":"Example Shop Ltd"},"price":"12.90"}',
        '{"@type":"Product","brand":{"@type":"Brand","alternateName":"Trek Bikes"},"mpn":"TM5-2026"}',
        '<div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="priceCurrency">EUR'
        '</span><span itemprop="price">899.00</span></div>',
        '<link itemprop="availability" href="https://schema.org/InStock">',
        '{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"item":"https://shop.example.com/bikes"}]}',
    ],
    "edi order lines": [
        "NAD+SU+5412345000013::9'", "NAD+BY+5412345000020::9'", "LIN+1++4006381333931:EN'",
        "QTY+21:48'PRI+AAA:12.50'", "NAD+DP+5412345000037::9'",
        "UNH+1+ORDERS:D:96A:UN'BGM+220+PO-2026-0042+9'",
        "N1*ST*ACME DISTRIBUTION CENTER*92*0042~", "PO1*1*48*EA*12.50**UP*036000291452~",
        "NM1*85*2*ACME MEDICAL SUPPLY*****XX*1234567893~", "N1*SU*BROMPTON BICYCLE LTD*92*SUP01~",
        "LIN+1++4006381333931::9'", "LIN+2++5412345000013:SRV'", "NAD+SU+4006381333931::9'",
        "UNB+UNOC:3+5412345000013:14+4006381333931:14+261201:1030+42'", "PIA+1+ABC123:SA'",
        "IMD+F++:::Road Bike Domane AL 2'", "DTM+137:20261201:102'", "MOA+203:899.00'", "RFF+ON:PO-2026-0042'",
        "N1*BT*ACME STORES INC*92*BT01~", "LIN**UP*036000291452*VN*TM5-2026~", "REF*PO*PO-2026-0042~",
        "N1*ST*WALMART DC 6094*UL*0078742000008~", "CTT*12~", "N1*SF*BROMPTON BICYCLE LTD~",
        "N1*BY*BEST BUY CO*92*0042~", "N1*ST*HOME DEPOT DISTRIBUTION~", "N1*ST*AMAZON FULFILLMENT CENTER*92*PHX7~",
        "N1*ST*TARGET STORE T-1234*92*0042~", "NAD+BY+++ACME STORES:HEAD OFFICE'",
        "NAD+DP+++Central Warehouse:Gate 4+Industrieweg 12+Antwerpen++2000+BE'", "NM1*IL*2*ACME STORES~",
        "BGM+220+PO-2026-0042+9'", "CUX+2:EUR:9'", "TDT+20++30+31+DHL'", "UNS+S'CNT+2:12'",
        "BEG*00*SA*PO-2026-0042**20261201~", "ITD*01*3*2**30~", "TD5**2*UPSN*M*UPS GROUND~",
    ],
    "sql of products": [
        "INSERT INTO products (sku, name, price) VALUES ('SKU-1', 'Road Bike', 899.00)",
        "UPDATE products SET title = 'Trek Marlin 5' WHERE sku = 'TM5'",
        "SELECT name, price FROM products WHERE brand = 'Shimano'",
        "INSERT INTO categories VALUES (1, 'Bikes'), (2, 'Helmets')",
        "INSERT INTO products (sku, title, brand) VALUES ('B-1', 'Kouign-amann', 'Breizh'), "
        "('B-2', 'Galette', 'Breizh')",
        "UPDATE inventory SET qty = 12 WHERE gtin = '4006381333931'",
        "INSERT INTO `products` (`name`, `price`) VALUES ('Moka Pot', 39.90)",
        "SELECT title FROM books WHERE author = 'Jane Austen'",
        "UPDATE products SET brand = 'Tommy Hilfiger', price = 59.90 WHERE sku = 'TH-42'",
        "INSERT INTO orders (order_number, total, currency) VALUES ('1001', 899.00, 'EUR'), ('1002', 49.90, 'EUR')",
        "COPY products (sku, title) FROM stdin;\nTM5\tTrek Marlin 5\n\\.",
    ],
    "s-expressions and codes": [
        '(product :sku "BK-1001" :brand "Brompton")', '(category (name "Road Bikes"))',
        "XL/XXL", "S/M/L", "AMS/LHR/JFK", "BLACK/WHITE", "SAIL/PINK FOAM", "NAVY/RED", "ROSE/GOLD",
        "Nike Air Max 90 WHITE/BLACK", "CN=shop.example.com,O=Example Shop Ltd,C=GB",
        "CN=R11,O=Let's Encrypt,C=US", "OU=Marketing,O=Example,C=LU",
        '{:product/sku "BK-1001" :product/brand "Brompton"}',
    ],
    "titles with people": [
        "Being John Malkovich (Blu-ray)", "The Talented Mr. Ripley", "Frida Kahlo: The Complete Paintings",
        "Harry Potter and the Philosopher's Stone", "Forrest Gump 4K", "Marley & Me", "Anna Karenina (Penguin)",
        "Dear John", "Becoming Jane", "Finding Vivian Maier", "Meet Joe Black", "Me Before You",
        "Emma by Jane Austen", "Mrs Doubtfire DVD", "Captain Corelli's Mandolin", "Gandhi (1982)",
        "Steve Jobs by Walter Isaacson", "Moana 2", "Lilo & Stitch", "Kirikou et la sorcière",
        "I Am Malala (paperback)", "My Name Is Red by Orhan Pamuk", "My Name Is Khan DVD", "Call Me by Your Name",
        "Ich bin ein Berliner T-Shirt", "Me llamo Juan: Spanish for Kids", "I'm Still Here (Ainda Estou Aqui) Blu-ray",
        "Mi Nombre Es Tsotsi", "Ma Rainey's Black Bottom", "Dear Evan Hansen Vinyl", "Mr. & Mrs. Smith Blu-ray",
        "Hello, My Name Is Doris", "Being Maria Callas", "Dem Bow Riddim Vinyl",
    ],
    "books and authors": [
        "<book><title>Emma</title><author><name>Jane Austen</name></author></book>",
        '{"@type":"Book","name":"Emma","author":{"@type":"Person","name":"Jane Austen"}}',
        "<g:title>Things Fall Apart</g:title><g:brand>Penguin Classics</g:brand>",
        "INSERT INTO books (isbn, title, author) VALUES ('9780141439587', 'Emma', 'Jane Austen')",
        '(book :title "Emma" :author "Jane Austen")',
        "<tr><td>Author</td><td>Chinua Achebe</td></tr>",
    ],
    "colourways and style codes": [
        "DD1391-100 WHITE/BLACK", "BLACK/ANTHRACITE-WHITE", "SAIL/LIGHT BONE", "TRIPLE WHITE", "CORE BLACK/CLOUD WHITE",
        "OLIVE/KHAKI", "PANDA DUNK LOW", "1.1KG/2.2LB", "EU 42/UK 8",
    ],
    "shop words of the languages": [
        "Lëtzebuerger Wäin Riesling 2023", "Frysk Sûkerbôlle", "Kouign-amann Breizh", "Esperanto-vortaro",
        "Ukulele Kamaka HF-1", "Kaya Shoes Curaçao", "Bilum Bag PNG", "Jamaica Blue Mountain Coffee 250g",
        "Azərbaycan xalçası 120x180", "Duodji knife", "Tifinagh keyboard stickers", "Mongol bichig calligraphy set",
        "Hyderabadi Biryani Masala", "Kanjeevaram Silk Saree", "Kerala Kasavu Mundu", "Kolhapuri Chappal size 42",
        "Patola Saree Gujarat", "Phulkari Dupatta", "Ajrak Shawl Sindh", "Pashmina Scarf Kabul",
    ],
    "mail and web shapes": [
        "Subject: Your order #1001 has shipped", "=?UTF-8?B?" + b64("Ihre Bestellung #1001") + "?=",
        "_ga=GA1.2.1234567890.1600000000; cart_currency=EUR; theme=dark",
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
        "xn--bcher-kva.example", "utm_campaign=black-friday-2026",
    ],
}
ORDINARY_PLACES = ["custom property", "page title", "content title"]

ORDINARY_UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "[FBAN/FBIOS;FBAV/450.0.0.38.108;FBBV/567890123;FBDV/iPhone14,2;FBMD/iPhone;FBSN/iOS;FBSV/17.1;FBSS/3;FBID/phone;"
    "FBLC/en_US;FBOP/5;FBRV/569012345]",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/131.0.6778.39 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/489.0.0.66.81;]",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "Instagram 329.0.3.29.90 (iPhone15,3; iOS 17_4; en_US; en; scale=3.00; 1290x2796; 590932102)",
    "Mozilla/5.0 (Linux; Android 13; Pixel 7 Build/TQ3A.230901.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/120.0.6099.210 Mobile Safari/537.36 Instagram 312.1.0.34.111 Android (33/13; 420dpi; "
    "1080x2400; Google/google; Pixel 7; panther; panther; en_US; 548323765)",
    "Mozilla/5.0 (Linux; Android 12; SM-A515F Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/116.0.5845.163 Mobile Safari/537.36 trill_310504 JsSdk/1.0 NetType/WIFI Channel/googleplay "
    "AppName/musical_ly app_version/31.5.4 ByteLocale/en ByteFullLocale/en Region/US BytedanceWebview/d8a21c6",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "Safari Line/13.20.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "MicroMessenger/8.0.42(0x18002a2b) NetType/WIFI Language/zh_CN",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 "
    "Snapchat/12.60.0.32 (SM-G973F; Android 10#G973FXXSGHWC1#29; gzip)",
    "Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/87.0.4280.88 Safari/537.36 "
    "WebAppManager",
    "Mozilla/5.0 (SMART-TV; LINUX; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko) 7.0 TV Safari/537.36",
    "Mozilla/5.0 (PlayStation; PlayStation 5/8.20) AppleWebKit/605.1.15 (KHTML, like Gecko)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; Xbox; Xbox Series X) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/48.0.2564.82 Safari/537.36 Edge/20.02",
    "Mozilla/5.0 (Nintendo Switch; WifiWebAuthApplet) AppleWebKit/606.4 (KHTML, like Gecko) NF/6.0.1.15.4 "
    "NintendoBrowser/5.1.0.20393",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/108.0.5359.215 Safari/537.36 "
    "Tesla/2024.20.9-ec5e9c4a8f",
    "Mozilla/5.0 (Linux; Android 9; Polestar 2 Build/PQ3A.190801.002) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.0.0 Safari/537.36",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)",
    "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
    "Twitterbot/1.0", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Linux; Android 14; 23127PN0CG Build/UKQ1.231003.002) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.6778.81 Mobile Safari/537.36 XiaoMi/MiuiBrowser/18.6.70921",
    "Mozilla/5.0 (Linux; U; Android 12; en-US; RMX3363 Build/RKQ1.211119.001) AppleWebKit/537.36 (KHTML, like "
    "Gecko) Version/4.0 Chrome/100.0.4896.58 UCBrowser/13.4.0.1306 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 11; KFTRWI) AppleWebKit/537.36 (KHTML, like Gecko) Silk/120.3.1 like "
    "Chrome/120.0.6099.230 Safari/537.36",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36",
    "Roku4640X/DVP-7.70 (297.70E04154A)", "okhttp/4.12.0",
    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240805.005)",
    "MyShopApp/5.12.0 (iPhone; iOS 17.5.1; Scale/3.00)", "Pinterest/0.2 (+https://www.pinterest.com/bot.html)",
    "Mozilla/5.0 (Linux; Android 13; SM-T220) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 "
    "Chrome/115.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; 23021RAA2Y Build/TKQ1.221114.001) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.0.0 Mobile Safari/537.36 (Redmi Note 12 Pro)",
    "Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; TECNO KI5q) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 12; Infinix X6816) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 10; HUAWEI MAR-LX1A) AppleWebKit/537.36 (KHTML, like Gecko) HuaweiBrowser/14.0.0.322 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "LinkedInApp/9.29.8312",
    "WhatsApp/2.23.20.0 A", "TelegramBot (like TwitterBot)",
    "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 "
    "Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)",
    "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
    "meta-externalagent/1.1 (+https://developers.facebook.com/docs/sharing/webmasters/crawler)",
    "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; ClaudeBot/1.0; +claudebot@anthropic.com)",
    "Mozilla/5.0 (compatible; PerplexityBot/1.0; +https://perplexity.ai/perplexitybot)",
    "CCBot/2.0 (https://commoncrawl.org/faq/)", "AppleTV14,1/17.2",
    "Mozilla/5.0 (Linux; Android 9; BRAVIA 4K VH2 Build/PTT1.190515.001.S104) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux aarch64) AppleWebKit/537.36 (KHTML, like Gecko) QtWebEngine/5.15.2 Chrome/87.0.4280.144 "
    "Safari/537.36 MBUX/2.0",
]

ORDINARY_URLS = [
    f"{SHOP}/blog/how-to-choose-your-first-road-bike",
    f"{SHOP}/blog/why-i-switched-to-a-gravel-bike-this-year",
    f"{SHOP}/blog/my-name-is-earl-box-set-review",
    f"{SHOP}/blog/meet-the-maker-behind-our-kente-scarves",
    f"{SHOP}/blog/ten_things_we_learned_at_eurobike",
    f"{SHOP}/blog/what+to+pack+for+hawaii",
    f"{SHOP}/blog/best%20coffee%20from%20jamaica",
    f"{SHOP}/books/i-am-malala-paperback",
    f"{SHOP}/films/being-john-malkovich-blu-ray",
    f"{SHOP}/products/mr-potato-head-classic",
    f"{SHOP}/authors/jane-austen",
    f"{SHOP}/collections/brand/tommy-hilfiger",
    f"{SHOP}/collections/designer/vivienne_westwood",
    f"{SHOP}/form/name/newsletter-signup",
    f"{SHOP}/blog/my-first-name-is-my-brand-how-we-named-our-shop",
    f"{SHOP}/blog/i-am-not-a-morning-person-coffee-guide",
    f"{SHOP}/blog/deliver-to-my-door-or-click-and-collect",
    "https://id.gs1.org/01/09506000134352/10/ABC123/21/12345",
    "https://id.gs1.org/01/09506000134352?17=261231",
    f"{SHOP}/?utm_source=newsletter&utm_medium=email&utm_campaign=black-friday-2026&utm_content=hero-banner",
    f"{SHOP}/?utm_source=tiktok&utm_medium=paid_social&utm_term=road+bike",
    "https://xn--bcher-kva.example/kategorie/romane",
    f"{SHOP}/auth/callback?state=af0ifjsldkj&code=SplxlOBeZQQYbYS6WxSbIA",
]


def ordinary_cases() -> Iterator[Ordinary]:
    for family, values in ORDINARY_TEXT.items():
        for value in values:
            for where in ORDINARY_PLACES:
                yield (f"{family}: {value} @ {where}", *place(where, value), value)
    for agent in ORDINARY_UAS:
        yield (f"user agents: {agent}", *place("whole user agent", agent), agent)
    for url in ORDINARY_URLS:
        yield (f"urls as page URL: {url}", "page", {"url": url}, url)
        yield (f"urls as referrer: {url}", "page", {"referrer": url}, url)
