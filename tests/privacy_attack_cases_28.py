"""The twenty-eighth outside attack's cases, written from the README's promises alone (section "Personal data: one
budget in, one gate out"), without reading the gate's code nor the earlier attacks' cases.

Where it goes: shoppers of Southern and East Africa (Zulu, Xhosa, Afrikaans, Sesotho, Setswana, Shona, Swahili,
Somali, Oromo, Kinyarwanda, Luganda), Central Asia and Mongolia (Kazakh, Uzbek, Kyrgyz, Tajik, Mongolian), the Baltic,
Albanian, Slovene, Faroese, Greenlandic, Hebrew, Maghreb and Gulf Arabic (script and Arabizi), Urdu, Bengali, Nepali,
Burmese, Khmer, Lao, Tibetan, Inuktitut, Cherokee and Navajo; their self-introductions and name labels (a mother's
name, the attention of), addresses, phones, national ids with check digits, IBANs, passports' machine-readable zones,
licence plates, dates of birth of several calendars and ages with a name; carried in QR payloads (MECARD, MATMSG,
SMSTO), `mailto:`, `tel:`, `sms:`, `sip:` and WhatsApp links, vCard 2.1 with quoted-printable, LDAP and X.509 names,
JSON-LD and microdata, XML and HTML, SQL rows, EDIFACT and X12 segments, S-expressions, form bodies with repeated
keys, chat mentions, commit trailers and git log lines, one-line shipping labels; in the leaves of Meta's payload the
README maps (a custom property, its key, JSON text nested in it, the page's title, URL path, query, fragment, search,
the referrer and its fragment, a content's title, brand and category, a coupon, the user agent, the track name).
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from builders import USER_AGENT
from privacy_attack_cases_17 import luhn_digit  # (the seventeenth attack's, the same check)

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

SHOP = "https://shop.example.com"


# ---- check digits, computed here so every id below is valid -------------------------------------------------
def iban(country: str, bban: str) -> str:
    digits = "".join(str(int(char, 36)) for char in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def grouped(text: str, size: int = 4) -> str:
    return " ".join(text[i:i + size] for i in range(0, len(text), size))


def israeli_id(body: str) -> str:
    total = 0
    for index, char in enumerate(body):
        digit = int(char) * (1 + index % 2)
        total += digit - 9 if digit > 9 else digit
    return body + str((10 - total % 10) % 10)


def baltic_code(body: str) -> str:
    """Estonian isikukood and Lithuanian asmens kodas: weights 1..9,1 then 3..9,1,2,3."""
    first = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    second = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    check = sum(int(d) * w for d, w in zip(body, first, strict=True)) % 11
    if check == 10:
        check = sum(int(d) * w for d, w in zip(body, second, strict=True)) % 11 % 10
    return body + str(check)


def latvian_code(body: str) -> str:
    weights = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = (1101 - sum(int(d) * w for d, w in zip(body, weights, strict=True))) % 11
    return body + str(check % 10)


def emso(body: str) -> str:
    weights = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    rest = sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
    return body + str(0 if rest in (0, 1) else 11 - rest)


def za_id(body: str) -> str:
    return body + luhn_digit(body)


CARD = "4532015112830366"  # Visa test shape, Luhn right
assert luhn_digit(CARD[:-1]) == CARD[-1]
ZA_ID = za_id("880712508408")
IL_ID = israeli_id("32847651")
EE_ID = baltic_code("4870917027")
LT_ID = baltic_code("3870917045")
LV_ID = latvian_code("1709871234")
SI_ID = emso("170998750512")
KZ_IBAN = iban("KZ", "125KZT5004177321")
LV_IBAN = iban("LV", "HABA0551038274519")
LT_IBAN = iban("LT", "7300010175384216")
EE_IBAN = iban("EE", "2200221027384917")
AL_IBAN = iban("AL", "212110090000000235698741")
SI_IBAN = iban("SI", "263300012047381")
IL_IBAN = iban("IL", "0108000000999382715")
FO_IBAN = iban("FO", "64600001631634")
GL_IBAN = iban("GL", "64710001000206")


# ---- the places the README maps ------------------------------------------------------------------------------
def nested(value: str) -> str:
    return json.dumps({"order": {"gift": {"message": value}}}, ensure_ascii=False)


def place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """(kind, make_event overrides) putting `value` in the leaf `where`."""
    q = quote(value, safe="")
    order = {"value": "5", "currency": "ZAR"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"gift_message": value}}),
        "page title": ("page", {"title": value}),
        "URL path": ("page", {"url": f"{SHOP}/p/{q}"}),
        "query value": ("page", {"url": f"{SHOP}/p?utm_content={q}"}),
        "fragment": ("page", {"url": f"{SHOP}/p#{q}"}),
        "search": ("page", {"url": f"{SHOP}/search", "search": f"?q={q}"}),
        "referrer": ("page", {"referrer": f"https://ref.example.org/r?text={q}"}),
        "referrer fragment": ("page", {"referrer": f"https://ref.example.org/r#{q}"}),
        "content title": ("track", {"name": "Order Completed", "properties": order,
                                    "products": [{"product_id": "V-1", "name": value, "price": "5",
                                                  "quantity": "1"}]}),
        "content brand": ("track", {"name": "Order Completed", "properties": order,
                                    "products": [{"product_id": "V-1", "name": "Mug", "brand": value,
                                                  "price": "5", "quantity": "1"}]}),
        "content category": ("track", {"name": "Order Completed", "properties": order,
                                       "products": [{"product_id": "V-1", "name": "Mug", "category": value,
                                                     "price": "5", "quantity": "1"}]}),
        "coupon": ("track", {"name": "Order Completed", "properties": {**order, "coupon": value}}),
        "user agent": ("page", {"user_agent": f"{USER_AGENT} ({value})"}),
        "nested JSON": ("track", {"properties": {"payload": nested(value)}}),
        "track name": ("track", {"name": value}),
        "search string": ("track", {"name": "Products Searched", "properties": {"query": value}}),
    }
    return table[where]


PLACES = list(["custom property", "page title", "URL path", "query value", "fragment", "search", "referrer",
               "referrer fragment", "content title", "content brand", "content category", "coupon", "user agent",
               "nested JSON", "track name", "search string"])


def spread(family: str, table: Dict[str, Tuple[str, Any]], count: int = 4, start: int = 0) -> Iterator[Case]:
    """Each value in `count` places, rotating through PLACES so every leaf is pressed."""
    for index, (name, (value, shown)) in enumerate(table.items()):
        forms = [shown] if isinstance(shown, str) else list(shown)
        for k in range(count):
            where = PLACES[(start + index * 3 + k * 5) % len(PLACES)]
            yield (f"{family} {name} @ {where}", *place(where, value), forms)


# ---- names: self-introductions and labels ---------------------------------------------------------------------
NAMES: Dict[str, Tuple[str, Any]] = {
    "zu self-introduction": ("Sawubona! Igama lami nguThandeka Dlaminiqa.", "Dlaminiqa"),
    "zu ngingu": ("Ngingu Sipho Ndlovuqa, ngicela ukuthumela namhlanje", "Ndlovuqa"),
    "xh self-introduction": ("Molo, igama lam nguLuthando Mbeleqa", "Mbeleqa"),
    "af self-introduction": ("Hallo, my naam is Pieter van der Merweqa", "Merweqa"),
    "af vir": ("Geskenk vir: Mev. Marietjie Steynqa", "Steynqa"),
    "st self-introduction": ("Lebitso la ka ke Palesa Mokoenaqa", "Mokoenaqa"),
    "tn self-introduction": ("Dumela, leina la me ke Kagiso Molefeqa", "Molefeqa"),
    "sn self-introduction": ("Mhoro, zita rangu ndiTendai Moyoqa", "Moyoqa"),
    "sw self-introduction": ("Habari, jina langu ni Amina Mwangiqa", "Mwangiqa"),
    "sw mother's name": ("Jina la mama: Wanjiru Kamauqa", "Kamauqa"),
    "so self-introduction": ("Magacaygu waa Cabdi Xasanqa", "Xasanqa"),
    "so mother's name": ("Magaca hooyada: Faadumo Warsameqa", "Warsameqa"),
    "om self-introduction": ("Maqaan koo Caaltuu Gammachuuqa jedhama", "Gammachuuqa"),
    "rw nitwa": ("Muraho, nitwa Uwase Mugishaqa", "Mugishaqa"),
    "lg self-introduction": ("Erinnya lyange nze Nakato Ssebuggwawoqa", "Ssebuggwawoqa"),
    "kk self-introduction": ("Сәлеметсіз бе, менің атым Әйгерім Жақсыбекова", "Жақсыбекова"),
    "uz latin self-introduction": ("Assalomu alaykum, mening ismim Dilnoza Karimovaqa", "Karimovaqa"),
    "uz familiya": ("Familiyasi: Yusupovaqa, ismi: Malika", "Yusupovaqa"),
    "uz cyrillic": ("Менинг исмим Дилноза Тошпўлатова", "Тошпўлатова"),
    "ky self-introduction": ("Менин атым Айпери Токтогулова", "Токтогулова"),
    "tg self-introduction": ("Номи ман Фарзона Раҳимзода аст", "Раҳимзода"),
    "mn called": ("Намайг Болормаа Батбаярова гэдэг", "Батбаярова"),
    "mn ovog ner": ("Овог нэр: Батбаярын Болормаа", "Батбаярын"),
    "lv mani sauc": ("Sveiki, mani sauc Ilze Bērziņaqa", "Bērziņaqa"),
    "lv label": ("Vārds, uzvārds: Ilze Kalniņaqa", "Kalniņaqa"),
    "lt self-introduction": ("Mano vardas Rūta Kazlauskaitėqa", "Kazlauskaitėqa"),
    "lt label": ("Vardas ir pavardė: Tomas Petrauskasqa", "Petrauskasqa"),
    "et self-introduction": ("Tere, minu nimi on Kadri Tammqa", "Tammqa"),
    "et label": ("Ees- ja perekonnanimi: Kadri Saarqa", "Saarqa"),
    "sq quhem": ("Përshëndetje, unë quhem Arben Krasniqiqa", "Krasniqiqa"),
    "sq label": ("Emri dhe mbiemri: Arben Gashiqa", "Gashiqa"),
    "sl self-introduction": ("Živjo, ime mi je Mojca Novakqa", "Novakqa"),
    "sl priimek": ("Priimek: Kranjcqa", "Kranjcqa"),
    "fo self-introduction": ("Hey, eg eiti Jógvan Joensenqa", "Joensenqa"),
    "kl self-introduction": ("Aluu, uanga Aqqaluk Lyngeqa", "Lyngeqa"),
    "kl ateqarpunga": ("Ateqarpunga Nivi Olsenqa", "Olsenqa"),
    "he self-introduction": ("שלום, שמי יעל אברבנאלי", "אברבנאלי"),
    "he mother's name": ("שם האם: רבקה זילברשטיין", "זילברשטיין"),
    "he attention": ("לכבוד: משה גולדפרבי", "גולדפרבי"),
    "ar maghreb self-introduction": ("السلام عليكم، إسمي ياسين بنشقرونة", "بنشقرونة"),
    "ar gulf self-introduction": ("مرحبا، اسمي عبدالله الكعبيان", "الكعبيان"),
    "arabizi maghreb": ("salam, smiti Yassine Benchekrounqa", "Benchekrounqa"),
    "arabizi gulf": ("mar7aba, esmi 5aled al-3ajmiqa", "3ajmiqa"),
    "ur self-introduction": ("میرا نام عمران قریشیان ہے", "قریشیان"),
    "ur mother's name": ("والدہ کا نام: نسرین اختریان", "اختریان"),
    "bn self-introduction": ("আমার নাম রফিকুল ইসলামকা", "ইসলামকা"),
    "bn mother's name": ("মাতার নাম: সালমা খাতুনকা", "খাতুনকা"),
    "ne self-introduction": ("मेरो नाम सीता श्रेष्ठका हो", "श्रेष्ठका"),
    "my self-introduction": ("ကျွန်တော့်နာမည် အောင်ကျော်မိုးဇော် ပါ", "အောင်ကျော်မိုးဇော်"),
    "km self-introduction": ("ខ្ញុំឈ្មោះ សុខ ចាន់ថាវី", "ចាន់ថាវី"),
    "lo self-introduction": ("ຂ້ອຍຊື່ ສົມພອນ ວົງສະຫວັນນາ", "ວົງສະຫວັນນາ"),
    "bo self-introduction": ("ངའི་མིང་ལ་བསྟན་འཛིན་རྡོ་རྗེ་ཟེར།", "བསྟན་འཛིན་རྡོ་རྗེ"),
    "iu self-introduction": ("ᐅᕙᖓ ᐊᓯᓐᓇᖅ ᑭᓪᓚᓐ", "ᑭᓪᓚᓐ"),
    "chr self-introduction": ("ᎤᏬᏗᎨ ᏣᎳᎩ ᏓᏆᏙᎥ", "ᎤᏬᏗᎨ"),
    "nv self-introduction": ("Yá'át'ééh, Shí éí Hastiin Tsosieqa yinishyé", "Tsosieqa"),
    "attention FAO": ("FAO: Mrs Zanele Khumaloqa", "Khumaloqa"),
    "attention z.Hd.": ("z. Hd. Frau Ingrid Ozolinaqa", "Ozolinaqa"),
    "attention a l'attention": ("À l'attention de Mme Fatima Alaouiqa", "Alaouiqa"),
    "attention c/o": ("c/o Mr Jabu Sithole-Zwaneqa", "Zwaneqa"),
    "age with a name": ("Thandiwe Nkosiqa, 34 years old", "Nkosiqa"),
}

# ---- structures carrying a person -----------------------------------------------------------------------------
STRUCTURES: Dict[str, Tuple[str, Any]] = {
    "MECARD": ("MECARD:N:Dlaminiqa,Thandeka;TEL:+27821234567;EMAIL:thandeka@example.co.za;;",
               ["Dlaminiqa", "821234567", "thandeka@example.co.za"]),
    "MATMSG": ("MATMSG:TO:baraka.otieno@example.co.ke;SUB:Order;BODY:hi;;", "baraka.otieno@example.co.ke"),
    "SMSTO": ("SMSTO:+254712384951:Please deliver", "712384951"),
    "WIFI with a name": ("WIFI:S:Nakato Ssebuggwawoqa Home;T:WPA;P:x;;", "Ssebuggwawoqa"),
    "mailto in text": ("Questions? mailto:kadri.tammqa@example.ee?subject=order", "kadri.tammqa@example.ee"),
    "tel link in text": ("ring me tel:+37061234871 after six", "61234871"),
    "sms link": ("<a href=\"sms:+998901234871?body=hi\">sms</a>", "901234871"),
    "sip link": ("call sip:arben.krasniqiqa@voip.example.al", "arben.krasniqiqa@voip.example.al"),
    "whatsapp link": ("whatsapp://send?phone=971501238471&text=hello", "501238471"),
    "vCard 2.1 QP name": ("BEGIN:VCARD\nVERSION:2.1\nN;ENCODING=QUOTED-PRINTABLE:M=C3=B6lderqa;J=C3=B3gvan\nEND:VCARD",
                          ["Mölderqa", "M=C3=B6lderqa"]),
    "vCard 2.1 QP email": ("BEGIN:VCARD\nVERSION:2.1\nEMAIL;INTERNET;ENCODING=QUOTED-PRINTABLE:rafiq=40example.com.bd\n"
                           "END:VCARD", "rafiq@example.com.bd"),
    "LDAP DN": ("CN=Luthando Mbeleqa,OU=Sales,O=Example,C=ZA", "Mbeleqa"),
    "X.509 subject": ("subject=C = IL, O = Example, CN = Yael Abravanelqa, emailAddress = yael@example.co.il",
                      ["Abravanelqa", "yael@example.co.il"]),
    "JSON-LD person": ("{\"@context\":\"https://schema.org\",\"@type\":\"Person\",\"name\":\"Ilze Bērziņaqa\","
                       "\"telephone\":\"+371 2912 3847\"}", ["Bērziņaqa", "29123847"]),
    "microdata": ("<div itemscope itemtype=\"https://schema.org/Person\"><span itemprop=\"name\">Rūta "
                  "Kazlauskaitėqa</span></div>", "Kazlauskaitėqa"),
    "XML name": ("<customer><name>Aigerim Zhaksybekovaqa</name><city>Almaty</city></customer>",
                 "Zhaksybekovaqa"),
    "HTML input": ("<input type=\"text\" name=\"fullname\" value=\"Mojca Novakqa\">", "Novakqa"),
    "SQL insert": ("INSERT INTO customers (name, phone) VALUES ('Cabdi Xasanqa', '+252615123847');",
                   ["Xasanqa", "615123847"]),
    "EDIFACT NAD": ("NAD+BY+++Mokoenaqa:Palesa+12 Kerk Street+Maseru++100+LS'", "Mokoenaqa"),
    "X12 N1": ("N1*ST*KAGISO MOLEFEQA~N3*15 NELSON MANDELA DR~N4*GABORONE**0000*BW~", "MOLEFEQA"),
    "S-expression": ("(person (name \"Tendai Moyoqa\") (phone \"+263 77 238 4719\"))", ["Moyoqa", "772384719"]),
    "form body repeated keys": ("name=Uwase&name=Mugishaqa&qty=2", "Mugishaqa"),
    "Slack mention": ("<@U024BE7LH|baraka.otienoqa> ordered this", "otienoqa"),
    "Discord mention": ("ping @Gulnur_Nurlanovaqa#4821 about the parcel", "Nurlanovaqa"),
    "Signed-off-by": ("Signed-off-by: Aqqaluk Lyngeqa <aqqaluk@example.gl>", ["Lyngeqa", "aqqaluk@example.gl"]),
    "Co-authored-by": ("Co-authored-by: Nivi Olsenqa <nivi.olsen@example.gl>", ["Olsenqa", "nivi.olsen@example.gl"]),
    "git log line": ("commit 3f2a1b9 Author: Jógvan Joensenqa <jogvan@example.fo> Date: Mon Nov 30",
                     ["Joensenqa", "jogvan@example.fo"]),
    "shipping label": ("SHIP TO: ZANELE KHUMALOQA 15 JABULANI ST SOWETO 1868 ZA TEL 0823847102",
                       ["KHUMALOQA", "0823847102"]),
    "vCard 2.1 QP address": ("BEGIN:VCARD\nVERSION:2.1\nADR;HOME;ENCODING=QUOTED-PRINTABLE:;;15 Mkhizeqa=20Street;"
                             "Soweto;;1868;ZA\nEND:VCARD", "Mkhizeqa"),
    "JSON-LD address": ("{\"@type\":\"PostalAddress\",\"streetAddress\":\"15 Kamauqa Road\","
                        "\"addressLocality\":\"Nairobi\"}", "Kamauqa"),
    "HTML phone input": ("<input type=\"tel\" name=\"simu\" value=\"0754384715\">", "0754384715"),
    "SQL row with mail": ("INSERT INTO wateja VALUES (42, 'baraka@example.co.tz', 'Dar');", "baraka@example.co.tz"),
    "form body email": ("qty=2&email=jogvan%40example.fo&email=x", "jogvan@example.fo"),
    "Signed-off-by hebrew": ("Signed-off-by: יעל אברבנאלי <yael.a@example.co.il>",
                             ["אברבנאלי", "yael.a@example.co.il"]),
    "EDIFACT COM": ("COM+255754384716:TE'", "754384716"),
    "X12 PER": ("PER*IC*AMINA MWANGIQA*TE*2547223847*EM*AMINA@EXAMPLE.CO.KE~", ["MWANGIQA", "AMINA@EXAMPLE.CO.KE"]),
    "LDAP mail": ("uid=amwangi,ou=people,dc=example,dc=ke mail=amina.mwangi@example.co.ke",
                  "amina.mwangi@example.co.ke"),
    "S-expression email": ("(customer (email \"kagiso@example.co.bw\"))", "kagiso@example.co.bw"),
    "git shortlog": ("  12  Tendai Moyoqa <tendai@example.co.zw>", ["Moyoqa", "tendai@example.co.zw"]),
    "trailer signed-off without mail": ("Signed-off-by: Aqqaluk Lyngeqa", "Lyngeqa"),
    "trailer reported-by": ("Reported-by: Jógvan Joensenqa", "Joensenqa"),
    "trailer co-authored without mail": ("Co-authored-by: Tendai Moyoqa", "Moyoqa"),
    "trailer reviewed-by": ("Reviewed-by: Nivi Olsenqa", "Olsenqa"),
    "HTML table row": ("<td>Name</td><td>Ilze Bērziņaqa</td>", "Bērziņaqa"),
    "HTML definition list": ("<dt>Surname</dt><dd>Kalniņaqa</dd>", "Kalniņaqa"),
    "HTML label and input": ("<label>Full name</label><input value=\"Mojca Novakqa\">", "Novakqa"),
    "JSON-LD given and family": ("{\"@type\":\"Person\",\"givenName\":\"Ilze\",\"familyName\":\"Bērziņaqb\"}",
                                 "Bērziņaqb"),
    "SQL insert name columns": ("INSERT INTO users (first_name, last_name) VALUES ('Arben', 'Gashiqa');", "Gashiqa"),
    "SQL update surname": ("UPDATE customers SET surname = 'Krasniqiqa' WHERE id = 4;", "Krasniqiqa"),
    "XML namespaced family name": ("<ns:FamilyName>Warsameqa</ns:FamilyName>", "Warsameqa"),
    "XML attribute surname": ("<customer surname=\"Xasanqb\" given=\"Cabdi\"/>", "Xasanqb"),
    "X12 NM1 subscriber": ("NM1*IL*1*MWANGIQA*AMINA****MI*12345~", "MWANGIQA"),
    "X12 NM1 patient": ("NM1*QC*1*OTIENOQA*BARAKA~", "OTIENOQA"),
    "HL7 PID": ("PID|1||12345||Dlaminiqa^Thandeka||19870917|F", "Dlaminiqa"),
    "S-expression keywords": ("(customer :first \"Kagiso\" :last \"Molefeqa\")", "Molefeqa"),
    "LDIF cn": ("cn: Luthando Mbeleqa", "Mbeleqa"),
    "DN sn": ("sn=Mbeleqa,givenName=Luthando", "Mbeleqa"),
    "X.509 slash subject": ("/C=ZA/O=Example/CN=Luthando Mbeleqa", "Mbeleqa"),
    "AD DN escaped comma": ("CN=Mbeleqa\\, Luthando,OU=Users,DC=corp,DC=example", "Mbeleqa"),
    "PNR name element": ("1.1MWANGIQA/AMINAMS", "MWANGIQA"),
    "ticket name SURNAME/GIVEN": ("Ship-To: MWANGIQA/AMINA MS", "MWANGIQA"),
    "JSON nested three": ("{\"a\":{\"b\":{\"customer\":\"Mwangiqa Amina\"}}}", "Mwangiqa"),
}

# ---- names after the round's closings, salutations, honorifics and recipient labels; more self-introductions ----
LETTERS: Dict[str, Tuple[str, Any]] = {
    "sw naitwa": ("Mimi naitwa Amina Mwangiqa, nataka kurudisha", "Mwangiqa"),
    "rw amazina yanjye": ("Amazina yanjye ni Uwase Mugishaqa", "Mugishaqa"),
    "so la i yiraahdaa": ("Waxaa la i yiraahdaa Cabdi Xasanqa", "Xasanqa"),
    "om ani dha": ("Ani Caaltuu Gammachuuqa dha", "Gammachuuqa"),
    "uz ismim": ("Ismim Dilnoza Karimovaqa, buyurtma haqida", "Karimovaqa"),
    "lv mans vards": ("Mans vārds ir Ilze Bērziņaqa", "Bērziņaqa"),
    "lt mane vadina": ("Mane vadina Rūta Kazlauskaitėqa", "Kazlauskaitėqa"),
    "et mina olen": ("Mina olen Kadri Tammqa, tellimus 12", "Tammqa"),
    "sq emri im": ("Emri im është Arben Krasniqiqa", "Krasniqiqa"),
    "arabizi ana ismi": ("ana ismi Yassine Benchekrounqa", "Benchekrounqa"),
    "bn latin amar naam": ("amar naam Rafiqul Islamqa", "Islamqa"),
    "closing sw wako": ("Asante sana. Wako, Amina Mwangiqa", "Mwangiqa"),
    "closing af groete": ("Baie dankie! Groete, Pieter Merweqa", "Merweqa"),
    "closing zu ngiyabonga": ("Ngiyabonga, Thandeka Dlaminiqa", "Dlaminiqa"),
    "closing he": ("תודה רבה. בברכה, יעל אברבנאלי", "אברבנאלי"),
    "closing ar": ("شكرا جزيلا. مع تحياتي، ياسين بنشقرونة", "بنشقرونة"),
    "salutation af liewe": ("Liewe Marietjie Steynqa, dankie vir jou bestelling", "Steynqa"),
    "salutation af geagte": ("Geagte Mnr. Steynqa, u pakkie is op pad", "Steynqa"),
    "salutation sw mpendwa": ("Mpendwa Amina Mwangiqa, asante kwa oda yako", "Mwangiqa"),
    "salutation sq i dashur": ("I dashur Arben Krasniqiqa, faleminderit", "Krasniqiqa"),
    "salutation lt gerb": ("Gerb. p. Petrauskasqa, ačiū", "Petrauskasqa"),
    "salutation et lugupeetud": ("Lugupeetud hr Tammqa, aitäh", "Tammqa"),
    "salutation sl spostovani": ("Spoštovani g. Novakqa, hvala", "Novakqa"),
    "salutation kk kurmetti": ("Құрметті Әйгерім Жақсыбекова, рақмет", "Жақсыбекова"),
    "salutation uz hurmatli": ("Hurmatli Dilnoza Karimovaqa, rahmat", "Karimovaqa"),
    "salutation mn erhem": ("Эрхэм хүндэт Болормаа Батбаярова, баярлалаа", "Батбаярова"),
    "salutation bn priyo": ("প্রিয় রফিকুল ইসলামকা, ধন্যবাদ", "ইসলামকা"),
    "honorific sw bw": ("Order for Bw. Baraka Otienoqa, thanks", "Otienoqa"),
    "honorific sw bi": ("Zawadi kwa Bi. Amina Mwangiqa, asante", "Mwangiqa"),
    "honorific so mudane": ("Hadiyad Mudane Cabdi Xasanqa, mahadsanid", "Xasanqa"),
    "honorific zu mnumzane": ("Gift for Mnumzane Sipho Ndlovuqa, thanks", "Ndlovuqa"),
    "honorific zu nkosazana": ("Gift for Nkosazana Thandeka Dlaminiqa, thanks", "Dlaminiqa"),
    "honorific st ntate": ("Gift for Ntate Kagiso Molefeqa, thanks", "Molefeqa"),
    "honorific my daw": ("Gift for ဒေါ် ခင်မာလာဝင်း, thanks", "ခင်မာလာဝင်း"),
    "honorific km lok srey": ("Gift for លោកស្រី ចាន់ថាវី, thanks", "ចាន់ថាវី"),
    "honorific kk khanym after": ("Gift for Әйгерім Жақсыбекова ханым, thanks", "Жақсыбекова"),
    "honorific lv kundze after": ("Gift for Ilze Bērziņaqa kundze, thanks", "Bērziņaqa"),
    "recipient sw mpokeaji": ("Mpokeaji: Amina Mwangiqa", "Mwangiqa"),
    "recipient af ontvanger": ("Ontvanger: Pieter Merweqa", "Merweqa"),
    "recipient zu umamukeli": ("Umamukeli: Thandeka Dlaminiqa", "Dlaminiqa"),
    "recipient so qaataha": ("Qaataha: Cabdi Xasanqa", "Xasanqa"),
    "recipient uz": ("Qabul qiluvchi: Dilnoza Karimovaqa", "Karimovaqa"),
    "recipient lv": ("Saņēmējs: Ilze Bērziņaqa", "Bērziņaqa"),
    "recipient lt": ("Gavėjas: Rūta Kazlauskaitėqa", "Kazlauskaitėqa"),
    "recipient et": ("Saaja: Kadri Tammqa", "Tammqa"),
    "recipient sq": ("Marrësi: Arben Krasniqiqa", "Krasniqiqa"),
    "recipient sl": ("Prejemnik: Mojca Novakqa", "Novakqa"),
    "recipient ur": ("وصول کنندہ: عمران قریشیان", "قریشیان"),
    "recipient bn": ("প্রাপক: রফিকুল ইসলামকা", "ইসলামকা"),
    "recipient ne": ("प्रापक: सीता श्रेष्ठका", "श्रेष्ठका"),
    "recipient my": ("လက်ခံသူ: အောင်ကျော်မိုးဇော်", "အောင်ကျော်မိုးဇော်"),
    "recipient km": ("អ្នកទទួល: សុខ ចាន់ថាវី", "ចាន់ថាវី"),
    "recipient lo": ("ຜູ້ຮັບ: ສົມພອນ ວົງສະຫວັນນາ", "ວົງສະຫວັນນາ"),
    "recipient mn": ("Хүлээн авагч: Болормаа Батбаярова", "Батбаярова"),
    "recipient kk": ("Алушы: Әйгерім Жақсыбекова", "Жақсыбекова"),
    "recipient he": ("נמען: יעל אברבנאלי", "אברבנאלי"),
    "recipient fo": ("Móttakari: Jógvan Joensenqa", "Joensenqa"),
}

# ---- postal ---------------------------------------------------------------------------------------------------
POSTAL: Dict[str, Tuple[str, Any]] = {
    "za street": ("Deliver to 12 Mkhizeqa Street, Soweto, 1868", "Mkhizeqa"),
    "af straat": ("Afleweringsadres: Bothaqastraat 12, Stellenbosch, 7600", "Bothaqastraat"),
    "ke po box": ("S.L.P. 48213-00100, Nairobi, Kenya", "48213"),
    "so guriga": ("Guriga 12, Wadada Xasanqa, Muqdisho", "Xasanqa"),
    "rw street code": ("Aderesi: KG 7 Ave, inzu 15, Kacyiruqa, Kigali", "Kacyiruqa"),
    "kz street": ("ул. Жақсыбекова, д. 15, кв. 42, Алматы 050000", "Жақсыбекова"),
    "uz kochasi": ("Karimovaqa ko'chasi 15-uy, 42-xonadon, Toshkent 100000", "Karimovaqa"),
    "mn khoroo": ("Баянзүрх дүүрэг, 3-р хороо, Батбаярова гудамж 15-р байр, 42 тоот", "Батбаярова"),
    "lv iela": ("Bērziņaqa iela 15-42, Rīga, LV-1010", "Bērziņaqa"),
    "lt gatve": ("Petrauskasqa g. 15-42, LT-01103 Vilnius", "Petrauskasqa"),
    "et tanav": ("Tammqa tn 15-42, 10117 Tallinn", "Tammqa"),
    "sq rruga": ("Rruga Gashiqa 15, Tiranë 1001", "Gashiqa"),
    "sl cesta": ("Novakqa cesta 15, 1000 Ljubljana", "Novakqa"),
    "fo vegur": ("Joensenqavegur 15, FO-100 Tórshavn", "Joensenqavegur"),
    "kl aqqusinersuaq": ("Lyngeqap Aqqusinera 15, 3900 Nuuk", "Lyngeqap"),
    "he rechov": ("רחוב אברבנאלי 15, דירה 42, תל אביב", "אברבנאלי"),
    "ma rue": ("15 Rue Alaouiqa, Appt 4, 20000 Casablanca", "Alaouiqa"),
    "gulf villa": ("فيلا 15، شارع الكعبيان، الجميرا، دبي", "الكعبيان"),
    "pk house": ("House No. 15, Street 4, Qureshiqa Town, Lahore 54000", "Qureshiqa"),
    "bd road": ("বাড়ি ১৫, রোড ৪২, ইসলামকা এভিনিউ, ঢাকা ১২০৫", "ইসলামকা"),
    "np ward": ("श्रेष्ठका टोल, वडा नं. ४, काठमाडौं", "श्रेष्ठका"),
    "kh phum": ("ផ្ទះលេខ ១៥ ផ្លូវ ចាន់ថាវី សង្កាត់ បឹងកេងកង", "ចាន់ថាវី"),
    "tz mtaa": ("Mtaa wa Kamauqa, Nyumba Na. 15, Dar es Salaam", "Kamauqa"),
    "zw avenue": ("15 Moyoqa Avenue, Avondale, Harare", "Moyoqa"),
    "kz dangyly": ("Жақсыбекова даңғылы 15, 42 пәтер, Астана", "Жақсыбекова"),
    "uz cyrillic kuchasi": ("Тошпўлатова кўчаси 15-уй, 42-хонадон, Тошкент", "Тошпўлатова"),
    "he abbreviated": ("רח' זילברשטיין 15 ד' 42, חיפה", "זילברשטיין"),
    "ur makan": ("مکان نمبر ۱۵، گلی نمبر ۴، قریشیان کالونی، لاہور", "قریشیان"),
    "my lan": ("အမှတ် ၁၅၊ အောင်ကျော်မိုးဇော်လမ်း၊ ရန်ကုန်", "အောင်ကျော်မိုးဇော်"),
    "lo ban": ("ບ້ານວົງສະຫວັນນາ, ເມືອງສີສັດຕະນາກ, ນະຄອນຫຼວງວຽງຈັນ", "ວົງສະຫວັນນາ"),
    "mn sentence": ("Хүргэх хаяг: Батбаярова гудамж 15, 42 тоот", "Батбаярова"),
    "lv dz": ("Rīga, Bērziņaqa iela 15 dz. 42", "Bērziņaqa"),
    "tz nyumba barabara": ("Nyumba 15, Barabara ya Kamauqa, Arusha", "Kamauqa"),
    "so degmada xaafadda": ("Degmada Hodan, Xaafadda Xasanqa, Muqdisho", "Xasanqa"),
    "kg koch": ("ш. Бишкек, Токтогулова көч. 15, кв. 42", "Токтогулова"),
    "mn ub khoroo": ("Улаанбаатар, СБД, 1-р хороо, Батбаярова 15-42", "Батбаярова"),
    "lt kaunas": ("Kazlauskaitėqa g. 15, Kaunas", "Kazlauskaitėqa"),
    "fo gota": ("Joensenqagøta 15, 700 Klaksvík", "Joensenqagøta"),
    "kl aqq": ("B-1501, Lyngeqap Aqq. 15, 3900 Nuuk", "Lyngeqap"),
    "ma derb": ("Derb Alaouiqa n° 15, Médina, Fès", "Alaouiqa"),
    "np ghar marg": ("घर नं १५, श्रेष्ठका मार्ग, ललितपुर", "श्रेष्ठका"),
    "iu syllabics": ("ᐊᓯᓐᓇᖅ ᑭᓪᓚᓐ, 15 ᐃᖃᓗᐃᑦ", "ᑭᓪᓚᓐ"),
    "za stand erf": ("Stand 1234, Ext 5, Mkhizeqa Section, Tembisa, 1632", "Mkhizeqa"),
    "ke plot": ("Plot 12, Mwangiqa Close, Lavington, Nairobi", "Mwangiqa"),
    "kz koshesi": ("Кв. 42, үй 15, Жақсыбекова көшесі, Алматы", "Жақсыбекова"),
    "sq lagja": ("Lagja Krasniqiqa, Pallati 15, Shkalla 2, Ap. 42, Prishtinë", "Krasniqiqa"),
    "pk flat block": ("Flat 4, Block 15, Qureshiqa Road, Karachi 75500", "Qureshiqa"),
    "one-line label": ("Ship to Baraka Otienoqa, 15 Moi Avenue, Nairobi 00100, Kenya", "Otienoqa"),
}

# ---- phones ---------------------------------------------------------------------------------------------------
PHONES: Dict[str, Tuple[str, Any]] = {
    "zu label": ("Inombolo yocingo: 082 384 7102", "0823847102"),
    "af selfoon": ("Selfoon: 083 472 9156", "0834729156"),
    "sw simu": ("Simu yangu: 0712 384 951", "0712384951"),
    "so taleefan": ("Taleefan: 061 5128 473", "5128473"),
    "et oromo": ("Bilbila: 0911 234 871", "0911234871"),
    "rw": ("Telefone: 0788 123 874", "0788123874"),
    "kz trunk 8": ("Телефон: 8 701 384 71 26", "87013847126"),
    "uz": ("Tel: +998 90 384 71 26", "903847126"),
    "mn eight digits": ("Утас: 9911 3847", "99113847"),
    "lv eight digits": ("Tālrunis: 2938 4712", "29384712"),
    "lt trunk 8": ("Tel. nr.: 8 612 38471", "861238471"),
    "al": ("Celular: 069 384 7126", "0693847126"),
    "fo six digits": ("Fartelefon: 21 38 47", "213847"),
    "gl six digits": ("Oqarasuaat: 52 38 47", "523847"),
    "il": ("טלפון: 052-384-7126", "0523847126"),
    "ae arabic digits": ("هاتف: ٠٥٠٣٨٤٧١٢٦", ["٠٥٠٣٨٤٧١٢٦", "0503847126"]),
    "pk urdu digits": ("موبائل نمبر: ۰۳۰۰۳۸۴۷۱۲۶", ["۰۳۰۰۳۸۴۷۱۲۶", "03003847126"]),
    "bd bengali digits": ("মোবাইল: ০১৭১৩৮৪৭১২৬", ["০১৭১৩৮৪৭১২৬", "01713847126"]),
    "np devanagari": ("मोबाइल: ९८४१३८४७१२", ["९८४१३८४७१२", "9841384712"]),
    "mm burmese digits": ("ဖုန်း: ၀၉ ၇၈၃ ၈၄၇ ၁၂၆", ["၀၉ ၇၈၃ ၈၄၇ ၁၂၆", "09783847126"]),
    "kh khmer digits": ("លេខទូរស័ព្ទ: ០១២ ៣៨៤ ៧១២", ["០១២ ៣៨៤ ៧១២", "012384712"]),
    "la lao digits": ("ໂທ: ໐໒໐ ໕໕໓໘ ໔໗໑໒", ["໐໒໐ ໕໕໓໘ ໔໗໑໒", "02055384712"]),
    "bo tibetan digits": ("ཁ་པར། ༡༣༩ ༣༨༤༧ ༡༢༦༥", ["༡༣༩ ༣༨༤༧ ༡༢༦༥", "13938471265"]),
    "sw spelled": ("nipigie sifuri saba moja mbili tatu nane nne tisa tano moja", "0712384951"),
    "af words": ("my nommer is nul agt twee drie agt vier sewe een nul twee", "0823847102"),
    "so words": ("lambarkaygu waa eber lix kow shan kow labo sideed afar toddoba saddex", "0615128473"),
    "kk words": ("нөмірім нөл жеті нөл бір үш сегіз төрт жеті бір екі", "0701384712"),
    "lv words": ("mans numurs ir divi deviņi trīs astoņi četri septiņi viens divi", "29384712"),
    "lt words": ("mano numeris aštuoni šeši vienas du trys aštuoni keturi septyni", "86123847"),
    "sq words": ("numri im zero gjashtë nëntë tre tetë katër shtatë një dy gjashtë", "0693847126"),
    "bn words": ("আমার নম্বর শূন্য এক সাত এক তিন আট চার সাত এক দুই ছয়", "01713847126"),
    "card afrikaans words": ("kaart vier vyf drie twee nul een vyf een een twee agt drie nul drie ses ses", CARD),
    "tel href": ("<a href=\"tel:+255754384712\">Piga simu</a>", "754384712"),
    "wa.me": ("Ongea nasi: https://wa.me/255754384713", "754384713"),
    "tz": ("Namba ya simu: 0754 384 714", "0754384714"),
    "mz no trunk": ("ligue-me 84 384 7126", "843847126"),
    "bw eight digits": ("Mogala: 71 384 712", "71384712"),
    "ls eight digits": ("Mohala: 5838 4712", "58384712"),
    "arabizi": ("kalamni 3la 0661384712 ba3d l3asr", "0661384712"),
}

# ---- mail -----------------------------------------------------------------------------------------------------
MAIL: Dict[str, Tuple[str, Any]] = {
    "lv words": ("ilze.berzina et inbox punkts lv", ["ilze.berzina", "berzina"]),
    "lt words": ("ruta.kazlauskaite eta gmail taškas com", "kazlauskaite"),
    "sq words": ("arben.krasniqi majmun gmail pikë com", "krasniqi"),
    "sl words": ("mojca.novak afna siol pika net", "mojca.novak"),
    "uz words": ("dilnoza.karimova kuchukcha mail nuqta uz", "dilnoza.karimova"),
    "kk words": ("aigerim.zh айқұлақ mail нүкте kz", "aigerim.zh"),
    "mn words": ("bolormaa.b at gmail цэг com", "bolormaa.b"),
    "he words": ("yael.abravanel שטרודל gmail נקודה com", "yael.abravanel"),
    "ur words": ("imran.qureshi ایٹ gmail ڈاٹ کام", "imran.qureshi"),
    "bn words": ("rafiqul.islam এট gmail ডট কম", "rafiqul.islam"),
    "my words": ("aungkyaw.moe အက် gmail ဒေါ့ com", "aungkyaw.moe"),
    "km words": ("sok.chantha អាត់ gmail ដត់ com", "sok.chantha"),
    "lo words": ("somphone.v ແອັດ gmail ດອດ com", "somphone.v"),
    "arabizi words": ("yassine.benchekroun at gmail dot com", "yassine.benchekroun"),
    "bracket et": ("thandeka.dlamini [at] webmail [dot] co [dot] za", "thandeka.dlamini"),
    "sw words": ("amina.mwangi kwa gmail nukta com", "amina.mwangi"),
    "af words": ("pieter.merwe by gmail punt com", "pieter.merwe"),
    "zu words": ("thandeka.dlamini ku gmail ichashazi com", "thandeka.dlamini"),
    "so words": ("cabdi.xasan at gmail dhibic com", "cabdi.xasan"),
    "et words": ("kadri.tamm ät gmail punkt com", "kadri.tamm"),
    "fo words": ("jogvan.joensen hjá postur punktur fo", "jogvan.joensen"),
    "cyrillic idn": ("бахыт@почта.қаз", "бахыт@почта.қаз"),
    "he idn": ("yael@דואר.ישראל", "yael@דואר.ישראל"),
}

# ---- ids ------------------------------------------------------------------------------------------------------
IDS: Dict[str, Tuple[str, Any]] = {
    "za id labelled": (f"ID number: {ZA_ID}", ZA_ID),
    "za id bare": (f"{ZA_ID}", ZA_ID),
    "za id spaced": (f"{ZA_ID[:6]} {ZA_ID[6:10]} {ZA_ID[10:]}", ZA_ID),
    "il teudat zehut": (f"ת.ז. {IL_ID}", IL_ID),
    "ee isikukood": (f"Isikukood: {EE_ID}", EE_ID),
    "lt asmens kodas": (f"Asmens kodas {LT_ID}", LT_ID),
    "lv personas kods": (f"Personas kods: {LV_ID[:6]}-{LV_ID[6:]}", LV_ID),
    "si emso": (f"EMŠO: {SI_ID}", SI_ID),
    "pk cnic": ("CNIC: 35202-3847126-3", "3847126"),
    "ke id labelled": ("Kitambulisho Na. 29384712", "29384712"),
    "ma cin": ("CIN: BE384712", "BE384712"),
    "kz iban": (f"IBAN: {KZ_IBAN}", KZ_IBAN),
    "lv iban spaced": (grouped(LV_IBAN), LV_IBAN),
    "lt iban": (LT_IBAN, LT_IBAN),
    "ee iban spaced": (grouped(EE_IBAN), EE_IBAN),
    "al iban": (f"Llogaria: {AL_IBAN}", AL_IBAN),
    "si iban": (grouped(SI_IBAN), SI_IBAN),
    "il iban": (f"חשבון {IL_IBAN}", IL_IBAN),
    "fo iban": (FO_IBAN, FO_IBAN),
    "gl iban": (GL_IBAN, GL_IBAN),
    "card grouped": (grouped(CARD), CARD),
    "card words": ("card four five three two zero one five one one two eight three zero three six six", CARD),
    "card digits words mixed": ("kadi 4532 zero one five one 1128 three zero 366", CARD),
    "mm nrc": ("NRC: 12/MaYaKa(N)384712", "12/MaYaKa(N)384712"),
    "mm nrc burmese": ("မှတ်ပုံတင်: ၁၂/မရက(နိုင်)၃၈၄၇၁၂", "၃၈၄၇၁၂"),
    "ke kra pin": ("KRA PIN: A003847126Z", "A003847126Z"),
    "ug nin": ("NIN: CM87017103847K", "CM87017103847K"),
    "zw national id": ("ID: 63-384712 K 42", "384712"),
    "tz nida": ("Namba ya NIDA: 19870917-38471-00001-25", "19870917-38471"),
    "np citizenship": ("नागरिकता नं. २७-०१-७१-३८४७१", "३८४७१"),
    "fo p-tal": ("P-tal: 170987-381", "170987-381"),
    "gl cpr": ("CPR-nr.: 170987-3847", "170987-3847"),
    "kg pin": ("ПИН: 21709198738471", "21709198738471"),
    "uz pinfl": ("JShShIR 41709873847126", "41709873847126"),
    "bw omang": ("Omang: 384712619", "384712619"),
    "uz passport": ("Pasport: AB3847126", "AB3847126"),
    "so id label": ("Lambarka aqoonsiga: 38471265", "38471265"),
    "kk id card": ("Жеке куәлік № 038471266", "038471266"),
    "lt id card": ("Asmens tapatybės kortelė Nr. 38471267", "38471267"),
    "ee id-kaart": ("ID-kaart: AB0384712", "AB0384712"),
    "tz nida unbroken": ("Nambari ya NIDA: 19870917384710000125", "19870917384710000125"),
    "ke id after country": ("Kenya ID 29384713", "29384713"),
    "licence sentence": ("my licence number is DLAMIN870917TH8AB", "DLAMIN870917TH8AB"),
    "af rijbewys": ("Rijbewysnommer: 384712658", "384712658"),
    "uz licence": ("Haydovchilik guvohnomasi: AF3847126", "AF3847126"),
    "lv licence": ("Vadītāja apliecība: AT384712", "AT384712"),
    "et juhiluba": ("Juhiluba: ET384713", "ET384713"),
    "af id-nommer": ("ID-nommer: 38471268", "38471268"),
    "zu inombolo kamazisi": ("Inombolo kamazisi: 38471269", "38471269"),
    "he mispar zehut": ("מספר זהות: 038471265", "038471265"),
    "rw indangamuntu": ("Indangamuntu: 1198780038471265", "1198780038471265"),
    "id card MRZ TD1": ("I<UTOD231458907<<<<<<<<<<<<<<<", "D23145890"),
    "id card MRZ TD1 birth line": ("7408122F1204159UTO<<<<<<<<<<<6", "7408122F1204159"),
    "id card MRZ TD1 name line": ("DLAMINIQA<<THANDEKA<<<<<<<<<<<<<", "DLAMINIQA"),
    "card partial with cvv": ("card ending 0366, CVV 123, exp 12/28, 4532 0151 1283", "4532 0151 1283"),
    "card swahili words": ("kadi nne tano tatu mbili sifuri moja tano moja moja mbili nane tatu sifuri tatu sita sita",
                           CARD),
    "card arabic digits": ("بطاقة ٤٥٣٢٠١٥١١٢٨٣٠٣٦٦", "٤٥٣٢٠١٥١١٢٨٣٠٣٦٦"),
    "lv iban lower case": ("lv80bank0000435195001", "lv80bank0000435195001"),
    "plate reg": ("Reg: GP 38 47 ZZ", "GP 38 47 ZZ"),
    "plate il": ("car 12-345-67 parked", "12-345-67"),
    "plate kennzeichen": ("Kennzeichen: B-QA 3847", "B-QA 3847"),
    "vin labelled": ("VIN: 1HGCM82633A004352", "1HGCM82633A004352"),
    "vin sentence": ("my VIN 1HGCM82633A004352", "1HGCM82633A004352"),
    "passport MRZ": ("P<UTODLAMINIQA<<THANDEKA<<<<<<<<<<<<<<<<<<<<<<", "DLAMINIQA"),
    "passport MRZ line 2": ("L898902C36UTO8807122F3012159ZE184226B<<<<<10", "L898902C3"),
    "passport labelled": ("Pasipoti: A38471265", "A38471265"),
    "plate za": ("my car reg is CA 384-712 please", "384-712"),
    "plate label": ("Numberplate: ND 384 712 GP", "ND 384 712"),
    "plate kz": ("Мемлекеттік нөмір: 384 ABZ 02", "384 ABZ"),
}

BIRTH: Dict[str, Tuple[str, Any]] = {
    "en dob words": ("Date of birth: seventeenth of September 1987", "September 1987"),
    "hijri": ("تاريخ الميلاد: 14 رجب 1407 هـ", "14 رجب 1407"),
    "hijri arabic digits": ("تاريخ الميلاد: ١٤٠٧/٠٧/١٤", "١٤٠٧/٠٧/١٤"),
    "persian calendar": ("تاریخ تولد: ۱۳۶۶/۰۶/۲۶", "۱۳۶۶/۰۶/۲۶"),
    "buddhist": ("เกิดวันที่ 17 กันยายน 2530", "17 กันยายน 2530"),
    "japanese era": ("生年月日：昭和62年9月17日", "昭和62年9月17日"),
    "zu born": ("Ngazalwa ngo-17 September 1987", "17 September 1987"),
    "af gebore": ("Gebore: 17 September 1987", "17 September 1987"),
    "sw kuzaliwa": ("Tarehe ya kuzaliwa: 17/09/1987", "17/09/1987"),
    "kk tugan": ("Туған күні: 17.09.1987", "17.09.1987"),
    "he leida": ("תאריך לידה: 17.09.1987", "17.09.1987"),
    "lv dzimis": ("Dzimšanas datums: 17.09.1987.", "17.09.1987"),
    "he hebrew calendar": ("תאריך לידה: ט״ו באדר תשמ״ז", "ט״ו באדר תשמ״ז"),
    "ne bikram sambat": ("जन्म मिति: २०४४/०६/०१", "२०४४/०६/०१"),
    "bn birth": ("জন্ম তারিখ: ১৭/০৯/১৯৮৭", "১৭/০৯/১৯৮৭"),
    "km birth": ("ថ្ងៃខែឆ្នាំកំណើត: 17/09/1987", "17/09/1987"),
    "mn birth": ("Төрсөн огноо: 1987.09.17", "1987.09.17"),
    "uz birth": ("Tug'ilgan sana: 17.09.1987", "17.09.1987"),
    "sq birth": ("Datëlindja: 17.09.1987", "17.09.1987"),
    "sl birth": ("Datum rojstva: 17. 9. 1987", "17. 9. 1987"),
    "so birth": ("Taariikhda dhalashada: 17/09/1987", "17/09/1987"),
    "japanese era kanji": ("生年月日：昭和六十二年九月十七日", "昭和六十二年九月十七日"),
    "era showa latin": ("Born on Showa 62.09.17", "62.09.17"),
    "era letter": ("生年月日：S62.9.17", "S62.9.17"),
    "era heisei letter": ("DOB: H2/3/12", "H2/3/12"),
    "ordinal abbreviated": ("Date of birth: 17th Sept '87", "17th Sept"),
    "roman month": ("DOB 17-IX-1987", "17-IX-1987"),
    "birthday without year": ("Birthday: 17 September", "17 September"),
    "b. abbreviation": ("Ilze B., b. 17.09.1987", "17.09.1987"),
    "fr nee le": ("Marietjie, née le 17/09/1987", "17/09/1987"),
    "compact yymmdd": ("DOB: 870917", "870917"),
    "solar hijri after dob": ("Date of birth: 1366/06/26", "1366/06/26"),
    "buddhist era after dob": ("DOB: 17 Sep 2530 BE", "17 Sep 2530"),
    "sw age": ("Amina Mwangiqa, umri miaka 34", "Mwangiqa"),
    "age with name": ("Birthday girl Nomvula Mkhizeqa turns 7 on 17/09", "Mkhizeqa"),
}

# ---- keys: a personal key holding an innocent-looking value, a key that is a sentence ---------------------------
KEYS: Dict[str, str] = {
    "zu igama": "igama", "zu isibongo": "isibongo", "xh ifani": "ifani", "af van": "van", "af selfoon": "selfoon",
    "sw jina la mama": "jina_la_mama", "sw simu": "simu", "so magaca hooyada": "magaca_hooyada",
    "om maqaa": "maqaa", "rw amazina": "amazina", "lg erinnya": "erinnya", "kk aty": "аты_жөні",
    "uz familiya": "familiyasi", "ky famili": "фамилиясы", "tg nasab": "насаб", "mn ovog": "овог",
    "lv uzvards": "uzvārds", "lt pavarde": "pavardė", "et perekonnanimi": "perekonnanimi", "sq mbiemri": "mbiemri",
    "sl priimek": "priimek", "fo eftirnavn": "eftirnavn", "kl ateq": "ateq", "he shem mishpacha": "שם_משפחה",
    "ar ism": "الاسم_الكامل", "arabizi esm": "esm_el_3amil", "ur walida": "والدہ_کا_نام",
    "bn matar nam": "মাতার_নাম", "ne thar": "थर", "my name": "အမည်", "km name": "ឈ្មោះ", "lo name": "ຊື່",
    "dob": "tarehe_ya_kuzaliwa", "plate": "kenteken", "passport mrz": "mrz_line_1",
    "attention": "attention_of", "mother maiden": "mothers_maiden_name",
    "sl naslov": "naslov", "fo bustadur": "bustaður", "kl najugaq": "najugaq", "ur pata": "پتہ",
    "bo khajang": "ཁ་བྱང", "zu ikheli": "ikheli", "sw anwani": "anwani", "lv adrese": "adrese", "he ktovet": "כתובת",
    "bn thikana": "ঠিকানা", "so aqoonsi": "aqoonsi", "so dob": "taariikhda_dhalashada", "uz dob": "tug_ilgan_sana",
    "lv dob": "dzimsanas_datums", "lt dob": "gimimo_data", "sq dob": "datelindja", "sl dob": "datum_rojstva",
    "fo dob": "føðingardagur", "kl dob": "inunngorfik", "ur dob": "تاریخ_پیدائش", "bn dob": "জন্ম_তারিখ",
    "my dob": "မွေးနေ့", "km dob": "ថ្ងៃកំណើត", "lo dob": "ວັນເກີດ", "sw passport": "pasipoti",
    "sq passport": "pasaporti", "lv passport": "pases_numurs", "lt passport": "paso_numeris",
    "et passport": "passi_number", "sl passport": "stevilka_potnega_lista", "en passport": "passport_no",
    "ar mother": "ism_al_umm", "sw plate": "namba_ya_gari", "sw registration": "nambari_ya_usajili",
    "en car reg": "car_reg", "af plate": "nummerplaat", "ru plate": "номер_авто", "uz plate": "davlat_raqami",
}
SENTENCE_KEYS: Dict[str, Tuple[str, Any]] = {
    "zu sentence": ("Igama lami nguThandeka Dlaminiqa", "Dlaminiqa"),
    "sw sentence": ("jina langu ni Amina Mwangiqa, simu 0712 384 951", ["Mwangiqa", "0712384951"]),
    "en sentence with mail": ("please reply to kadri.tammqa@example.ee", "kadri.tammqa@example.ee"),
    "af sentence": ("my naam is Pieter Merweqa", "Merweqa"),
    "he sentence": ("שמי יעל אברבנאלי", "אברבנאלי"),
    "sq sentence": ("unë quhem Arben Krasniqiqa", "Krasniqiqa"),
    "so sentence": ("magacaygu waa Cabdi Xasanqa", "Xasanqa"),
    "phone sentence": ("simu yangu 0754 384 717", "0754384717"),
    "kk sentence": ("менің атым Әйгерім Жақсыбекова", "Жақсыбекова"),
}


def key_cases() -> Iterator[Case]:
    """Each personal key once, in a track's property, a page's property, a query parameter or JSON text nested
    three levels in turn; each sentence as a custom property's key and a query parameter's."""
    for index, (name, key) in enumerate(KEYS.items()):
        value = f"Zq{index:02d}vimbaqa"
        nested_json = json.dumps({"form": {"fields": {key: value}}}, ensure_ascii=False)
        where = ["custom property", "page property", "query parameter", "nested JSON"][index % 4]
        table: Dict[str, Tuple[str, Dict[str, Any]]] = {
            "custom property": ("track", {"properties": {key: value}}),
            "page property": ("page", {"properties": {key: value}}),
            "query parameter": ("page", {"url": f"{SHOP}/p?{quote(key)}={value}"}),
            "nested JSON": ("track", {"properties": {"payload": nested_json}}),
        }
        yield (f"key {name}: {where}", *table[where], [value])
    for name, (sentence, shown) in SENTENCE_KEYS.items():
        forms = [shown] if isinstance(shown, str) else list(shown)
        yield (f"key {name}: custom property key", "track", {"properties": {sentence: "yes"}}, forms)
        yield (f"key {name}: query parameter key", "page", {"url": f"{SHOP}/p?{quote(sentence)}=1"}, forms)


def budget_cases() -> Iterator[Case]:
    """Values the gate reads, after properties that spend (or nearly spend) the allowance to judge, and in the
    track name, charged first: whatever the allowance does, they must not go out."""
    filler = {f"f{i:02d}": ("Ubuntu shweshwe kanga " * 180)[:3900] for i in range(9)}
    near = {f"f{i:02d}": ("Ubuntu shweshwe kanga " * 180)[:4000] for i in range(8)}
    yield ("budget mail after the allowance", "track",
           {"properties": {**filler, "note": "thandeka.dlamini@example.co.za"}}, ["thandeka.dlamini@example.co.za"])
    yield ("budget phone after the allowance", "track",
           {"properties": {**filler, "note": "Simu yangu: 0712 384 951"}}, ["0712384951"])
    yield ("budget key after the allowance", "track", {"properties": {**filler, "isibongo": "Zqbudgetqa"}},
           ["Zqbudgetqa"])
    yield ("budget mail at the allowance's edge", "track",
           {"properties": {**near, "note": "Write to kagiso.molefe@example.co.bw " + "x" * 600}},
           ["kagiso.molefe@example.co.bw"])
    yield ("budget url after the allowance", "page",
           {"url": f"{SHOP}/p?utm_content={'x' * 7000}&email=Mwangiqa%40example.co.ke", "properties": filler},
           ["Mwangiqa@example.co.ke"])
    yield ("budget mail in the referrer after a long url", "page",
           {"url": f"{SHOP}/p?utm_content={'y' * 8000}", "title": "t" * 4000,
            "referrer": "https://ref.example.org/u/amina.mwangi@example.co.ke/inbox"}, ["amina.mwangi@example.co.ke"])
    yield ("budget track name holding a phone", "track", {"name": "Call 0712 384 951"}, ["0712384951"])
    yield ("budget track name holding a mail", "track", {"name": "Signup kadri.tamm@example.ee"},
           ["kadri.tamm@example.ee"])
    yield ("budget track name holding a self-introduction", "track", {"name": "jina langu ni Amina Mwangiqa"},
           ["Mwangiqa"])


# Values the gate reads in free text, put again where it reads less: the user agent and a URL path (each only if
# the rotation above has not put it there already).
PRESSED_AGAIN: List[Tuple[str, str, str]] = [
    ("phone", "fo six digits", "user agent"), ("phone", "gl six digits", "user agent"),
    ("phone", "kz trunk 8", "user agent"), ("phone", "lv eight digits", "user agent"),
    ("id", "za id labelled", "URL path"), ("id", "za id labelled", "user agent"), ("id", "lt iban", "user agent"),
    ("id", "al iban", "user agent"), ("id", "il iban", "user agent"), ("id", "gl iban", "user agent"),
    ("id", "kz iban", "user agent"), ("id", "mm nrc", "user agent"), ("id", "mm nrc burmese", "user agent"),
    ("id", "zw national id", "user agent"), ("id", "tz nida", "user agent"), ("id", "fo p-tal", "user agent"),
    ("id", "gl cpr", "user agent"), ("id", "ee isikukood", "user agent"), ("id", "il teudat zehut", "user agent"),
    ("postal", "ke po box", "user agent"), ("postal", "kh phum", "user agent"), ("postal", "my lan", "user agent"),
    ("postal", "za street", "user agent"),
]


def pressed_again(already: List[Case]) -> Iterator[Case]:
    names = {name for name, *_ in already}
    tables = {"phone": PHONES, "id": IDS, "postal": POSTAL}
    for family, name, where in PRESSED_AGAIN:
        value, shown = tables[family][name]
        forms = [shown] if isinstance(shown, str) else list(shown)
        case_name = f"{family} {name} @ {where}"
        if case_name not in names:
            yield (case_name, *place(where, value), forms)


def cases() -> List[Case]:
    result: List[Case] = []
    result += spread("name", NAMES, 2, 0)
    result += spread("name", STRUCTURES, 2, 1)
    result += spread("name", LETTERS, 2, 7)
    result += spread("postal", POSTAL, 2, 2)
    result += spread("phone", PHONES, 2, 3)
    result += spread("mail", MAIL, 2, 4)
    result += spread("id", IDS, 2, 5)
    result += spread("birth", BIRTH, 2, 6)
    result += list(pressed_again(result))
    result += key_cases()
    result += budget_cases()
    return result


# ---- ordinary shop data that looks like the attacks and must go out -------------------------------------------
ORDINARY_VALUES: Dict[str, List[str]] = {
    "products of the round's regions": [
        "Shweshwe Dress, Size 38", "Rooibos Tea 80 Bags", "Amarula Cream 750 ml", "Kanga Print Wrap",
        "Kitenge Shirt M", "Maasai Shuka Blanket", "Ubuntu Beard Oil 50ml", "Jabulani Match Ball",
        "Biltong Original 250 g", "Ethiopian Yirgacheffe Coffee 1 kg", "Somali Frankincense Resin",
        "Kyrgyz Felt Slippers 39", "Ноолууран цамц 100% кашемир", "Қымыз 1 л", "Atlas ko'ylak, 46-o'lcham",
        "Baltic Amber Necklace 45 cm", "Linen Tablecloth Rīga", "Faroese Wool Sweater L", "Qiviut Scarf",
        "חולצה כחולה מידה M", "عطر العود 100 مل", "لان سوٹ 3 پیس", "জামদানি শাড়ি লাল", "पश्मिना सल",
        "ក្រមា ក្រហម", "ຜ້າສິ້ນ ໄໝ", "བོད་ཇ། 250g", "Navajo Pattern Throw 150x200", "Cherokee Red Tee",
    ],
    "titles": [
        "Cry, the Beloved Country", "Things Fall Apart", "Half of a Yellow Sun", "Nervous Conditions",
        "Tsotsi (2005)", "Sarafina!", "Timbuktu", "The Boy Who Harnessed the Wind", "Long Walk to Freedom",
        "Born a Crime", "Call Me by Your Name", "My Name Is Red", "I Am Malala", "Me Before You",
        "Dear John", "Mother's Day Card", "Who Is Maud Dixon?", "The Girl with the Dragon Tattoo",
    ],
    "structures of a shop": [
        "{\"@type\":\"Product\",\"name\":\"Rooibos Tea\",\"brand\":\"Freshpak\"}",
        "<sku>ZA-1001</sku>", "LIN+1++4006381333931:EN'", "PO1*1*10*EA*9.95**UP*036000291452~",
        "WIFI guest network free in store", "MECARD QR Sticker Pack", "tel: see store page",
        "Signed-off copy of the album", "Scan the QR code at checkout", "v2.3.1 release notes",
        "<b>New</b> arrivals", "size=M&size=L&color=red", "<name>Rooibos Tea</name>",
        "<span itemprop=\"name\">Rooibos Tea</span>", "CN=shop.example.com", "NAD+SU+++Freshpak Ltd'",
        "<td>Colour</td><td>Red</td>", "<dt>Material</dt><dd>Cotton</dd>", "<< Previous page",
        "INSERT INTO cart VALUES ('SKU-42', 2);",
    ],
    "codes, plates and numbers": [
        "ORD-2026-004512", "#ZA100234", "SO-88231", "INV-2026-0042", "Model CA-384", "GP-500 Pump",
        "Volume 2, Chapter 15", "Route 66 Mug", "Size 38-40-42-44", "Pack of 12", "Ages 8-12", "18+ only",
        "Age 3+", "Born to Run (Vinyl)", "Class of 1987 Tee", "Since 1987", "2026-11-30",
        "Sale ends 17.09.2026", "Gift card 5D3F-9K2L-7M8N",
    ],
    "prices": [
        "R 1 299,00", "KSh 2,500", "₸ 12 500", "150 000 so'm", "₮ 45 000", "€12,50", "₪ 149.90", "AED 99",
        "Rs. 2,499", "৳ 1,250", "रु 1,500", "K 25,000", "៛ 40,000", "₭ 150,000",
    ],
    "near misses of the round's labels": [
        "Van Heusen Shirt", "Simu Liu Poster", "Jina Ceramic Bowl", "Mimi Slippers", "Mama Africa Print",
        "Attention Deficit Book", "Signed Copy", "Author's Edition", "Hebrew Alphabet Poster",
        "Zulu Beadwork Bracelet", "My Name Is Khan (2010)", "Mimi Ni Mkenya T-Shirt", "Ek Is Lief Vir Jou Mug",
        "Born in the U.S.A. (Vinyl)", "Date of Birth Engraving Service", "Mother's Name Necklace",
        "FAO Schwarz Teddy Bear", "c/o Virgil Abloh Catalogue", "Van Gogh Sunflowers Print", "CN Tower Magnet",
        "N1 Cable 2m", "Vintage 1987 Birthday Tee", "Turns 7 Birthday Banner", "Attention Span (Paperback)",
        "Kazakh Eagle Hunter Print", "Mongolian Ger Model", "Lithuanian Rye Bread", "Born Free (1966)",
        "Gebore Vry Tee", "Sawubona Greeting Card", "Jambo Mug", "Shalom Doormat", "Hijri Calendar 1448 Planner",
        "Showa 62 Vintage Watch", "Passport Holder, Leather", "Number Plate Keyring",
        "Kennzeichenhalter Edelstahl", "VIN Decoder OBD2 Scanner", "PID Controller 220V", "H2 Helmet Size L",
        "IX Edition (2025)", "17th Birthday Card", "Licence Plate Frame, Chrome", "Mpendwa Collection Scarf",
        "Groete uit Kaapstad Postcard", "Recipient Gift Box, Large",
        "Afrikaans Dictionary", "Swahili Phrasebook", "Tibetan Singing Bowl", "Khmer Silk Scarf",
    ],
}
ORDINARY_PLACES = ["custom property", "page title", "content title"]


def ordinary_cases() -> Iterator[Ordinary]:
    for family, values in ORDINARY_VALUES.items():
        for value in values:
            for where in ORDINARY_PLACES:
                yield (f"{family}: {value} @ {where}", *place(where, value), value)
