"""The thirty-fifth outside attack's cases, written from the README's promises (section "Personal data: one budget
in, one gate out" and the settings) and issue 16's text, without reading the gate's code nor the earlier attacks'
cases: contact details as people smuggle them past a marketplace's message filter (the tricks Etsy, eBay, Airbnb
and Vinted messages see). Keycap and other scripts' digits, letters for digits, digits spelled and mixed with
digits, letters spaced or dotted out, leetspeak and misspelt mail providers, `at`/`dot` as emoji and symbols,
reversed and upside-down text, handles with their messenger named (`insta`, WhatsApp, Telegram, `wa.me/…`, `t.me/…`,
Signal), addresses and numbers split over two leaves; phones in many countries' layouts and separators; IPv4/IPv6
forms; ids with a check digit in those tricks; `fbc`/`fbp` payloads; keys in new languages and look-alikes; every
leaf under each data-minimisation setting; the user event's properties; custom event names; `Err` strings of the
refusals; and numbers as written, which must go out as the same number or end in an Err naming the field.

Every attack value carries a token of its own (`vexmorra`, `quillet`, digit runs no ordinary field holds), so a
form found in the request is the attack's value.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from builders import NOW
from privacy_attack_cases_2 import iban, luhn_complete, ordinary_in_places, ordinary_keys, ordinary_urls, spaced

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

MS = (NOW - 3_600) * 1000  # an fbc/fbp creation time an hour before the event
SHOP = "https://market.example.fr"
MARK = "vexmorra"  # what any leaking spelling of the address still shows
EMAIL = "vexmorra.quillet@gmail.com"
KEY_VALUE = "Zarnowiecqa"  # a value nothing in itself marks personal: only its key can tell
FR_DIGITS = "671385294"  # 06 71 38 52 94
UK_DIGITS = "7700953418"  # 07700 953418
US_DIGITS = "4158392746"  # (415) 839-2746
IP4 = "185.73.214.96"
IP4_INT = (185 << 24) | (73 << 16) | (214 << 8) | 96
IP6 = "2a01:e0a:1f3:9c40::4b7"


def _q(text: str) -> str:
    return quote(text, safe="")


def _keycaps(text: str) -> str:
    return "".join(f"{ch}\ufe0f\u20e3" if ch.isdigit() else ch for ch in text)


def _digits_of(text: str, zero: int) -> str:  # the ASCII digits of `text` in the script whose zero is `zero`
    return "".join(chr(zero + int(ch)) if ch.isdigit() else ch for ch in text)


_UPSIDE = dict(zip("abcdefghijklmnopqrstuvwxyz.", "ɐqɔpǝɟƃɥıɾʞlɯuodbɹsʇnʌʍxʎz˙", strict=True))


def _upside_down(text: str) -> str:
    return "".join(_UPSIDE.get(ch, ch) for ch in reversed(text))


def _small_caps(text: str) -> str:
    table = dict(zip("abcdefghijklmnoprstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", strict=True))
    return "".join(table.get(ch, ch) for ch in text)


def place(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    """An attack's value put in one leaf of Meta's payload the README maps, or under one data-minimisation setting:
    (kind, make_event overrides)."""
    encoded = _q(value)
    order = "Order Completed"
    money = {"value": "5", "currency": "EUR"}
    standard = {"meta_custom_data": "standard"}
    drop = {"meta_url_query": "drop"}
    product = {"product_id": "LST-35", "price": "5", "quantity": "1"}
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {"listing_note": value}}),
        "page property": ("page", {"properties": {"listing_note": value}}),
        "page title": ("page", {"title": value}),
        "page name": ("page", {"data": {"name": value}}),
        "page category": ("page", {"data": {"category": value}}),
        "event name": ("track", {"name": value}),
        "custom event name": ("track", {"name": value, "settings": {"meta_standard_events": "false"}}),
        "order id": ("track", {"name": order, "properties": {"order_id": value, **money}}),
        "content ids": ("track", {"name": "Product Added", "properties": {"content_ids": f"LST-35,{value}"}}),
        "content category": ("track", {"name": order, "properties": {"category": value, **money}}),
        "content name": ("track", {"name": order, "properties": {"content_name": value, **money}}),
        "status": ("track", {"name": "Subscribe", "properties": {"status": value}}),
        "search string": ("track", {"name": "Products Searched", "properties": {"query": value}}),
        "product name": ("track", {"name": order, "properties": money, "products": [{**product, "name": value}]}),
        "product brand": ("track", {"name": order, "properties": money, "products": [{**product, "brand": value}]}),
        "product category": ("track", {"name": order, "properties": money,
                                       "products": [{**product, "category": value}]}),
        "second product name": ("track", {"name": order, "properties": money, "products": [
            {**product, "name": "Vintage lamp"}, {**product, "product_id": "LST-36", "name": value}]}),
        "product variant": ("track", {"name": "Product Viewed", "properties": {"sku": "LST-35", "variant": value}}),
        "contents title": ("track", {"name": order, "properties": {**money, "contents": json.dumps(
            [{"id": "LST-35", "quantity": 1, "item_price": 5, "title": value}], ensure_ascii=False)}}),
        "json property": ("track", {"properties": {"message_echo": json.dumps(
            {"thread": "T-35", "body": value}, ensure_ascii=False)}}),
        "url path": ("page", {"url": f"{SHOP}/annonce/{encoded}/contact"}),
        "url query value": ("page", {"url": f"{SHOP}/annonce?msg={encoded}&page=2"}),
        "url fragment": ("page", {"url": f"{SHOP}/annonce#{encoded}"}),
        "page search field": ("page", {"url": f"{SHOP}/recherche", "search": f"?q={encoded}"}),
        "utm campaign": ("page", {"url": f"{SHOP}/?utm_source=market&utm_campaign={encoded}"}),
        "referrer path": ("page", {"referrer": f"https://m.example-market.net/u/{encoded}"}),
        "referrer query": ("page", {"referrer": f"https://m.example-market.net/inbox?preview={encoded}"}),
        "referrer utm term": ("page", {"referrer": f"https://ads.example.net/c?utm_source=fb&utm_term={encoded}"}),
        "user agent": ("page", {"user_agent": f"Mozilla/5.0 (Linux; Android 14; {value}) AppleWebKit/537.36 "
                                              "(KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"}),
        "user event property": ("user", {"user_properties": {"listing_note": value}}),
        "standard content name": ("track", {"name": order, "properties": {"content_name": value, **money},
                                            "settings": standard}),
        "standard search string": ("track", {"name": "Products Searched", "properties": {"search_string": value},
                                             "settings": standard}),
        "standard order id": ("track", {"name": order, "properties": {"order_id": value, **money},
                                        "settings": standard}),
        "standard contents title": ("track", {"name": order, "settings": standard, "properties": {
            **money, "contents": json.dumps([{"id": "LST-35", "quantity": 1, "item_price": 5, "title": value}],
                                            ensure_ascii=False)}}),
        "standard custom property": ("track", {"properties": {"listing_note": value}, "settings": standard}),
        "standard page title": ("page", {"title": value, "settings": standard}),
        "listed custom property": ("track", {"properties": {"listing_note": value},
                                             "settings": {"meta_custom_data": "colour,listing_note"}}),
        "listed page property": ("page", {"properties": {"listing_note": value},
                                          "settings": {"meta_custom_data": "listing_note"}}),
        "dropped query": ("page", {"url": f"{SHOP}/annonce?msg={encoded}", "settings": drop}),
        "url fragment under dropped query": ("page", {"url": f"{SHOP}/annonce?x=1#{encoded}", "settings": drop}),
        "url path under dropped query": ("page", {"url": f"{SHOP}/u/{encoded}?x=1", "settings": drop}),
        "referrer path under dropped query": ("page", {"referrer": f"https://m.example-market.net/u/{encoded}",
                                                       "settings": drop}),
        "search field under dropped query": ("page", {"url": f"{SHOP}/recherche", "search": f"?q={encoded}",
                                                      "settings": drop}),
    }
    return table[where]


PLACES = ["custom property", "page title", "event name", "order id", "content ids", "content category",
          "content name", "status", "search string", "product name", "product brand", "product category",
          "second product name", "product variant", "contents title", "json property", "url path",
          "url query value", "url fragment", "page search field", "utm campaign", "referrer path", "referrer query",
          "referrer utm term", "page name", "page category", "page property", "custom event name",
          "user event property", "standard content name", "standard search string", "standard order id",
          "standard contents title", "listed custom property", "listed page property",
          "url fragment under dropped query", "url path under dropped query", "referrer path under dropped query",
          "user agent"]


def rotated(family: str, table: Dict[str, Tuple[str, Any]], places: List[str], per: int,
            start: int = 0) -> Iterator[Case]:
    """Each value of `table` in `per` places, the value at index i in the places from (start + i * per) on."""
    for index, (name, (value, shown)) in enumerate(table.items()):
        forms = [shown] if isinstance(shown, str) else list(shown)
        for step in range(per):
            where = places[(start + index * per + step) % len(places)]
            yield (f"{family} {name} @ {where}", *place(where, value), forms)


# Mail addresses as people slip them past a marketplace's filter: (spelling, a leak's form or forms).
EMAILS: Dict[str, Tuple[str, Any]] = {
    "letters spaced out": ("v e x m o r r a . q u i l l e t @ g m a i l . c o m", "v e x m o r r a"),
    "letters dotted out": ("v.e.x.m.o.r.r.a.q.u.i.l.l.e.t@g.m.a.i.l.com", "v.e.x.m.o.r.r.a"),
    "letters dashed out at word": ("v-e-x-m-o-r-r-a at g-m-a-i-l dot com", "v-e-x-m-o-r-r-a"),
    "provider spaced out": ("vexmorra.quillet at g m a i l dot c o m", MARK),
    "provider dotted out": ("vexmorra.quillet@g.m.a.i.l.com", MARK),
    "leet gm4il": ("vexmorra.quillet@gm4il.com", MARK),
    "misspelt gmial": ("vexmorra.quillet@gmial.com", MARK),
    "misspelt hotmial": ("vexmorra.quillet@hotmial.com", MARK),
    "leet yah00": ("vexmorra.quillet@yah00.fr", MARK),
    "leet 0utlook": ("vexmorra.quillet@0utlook.com", MARK),
    "doubled letter gmaill": ("vexmorra.quillet@gmaill.com", MARK),
    "leet local part": ("v3xm0rr4.qu1ll3t@gmail.com", "v3xm0rr4"),
    "leet everywhere with at word": ("v3xm0rr4 at gm41l d0t c0m", "v3xm0rr4"),
    "at as negative squared A emoji": ("vexmorra.quillet🅰️gmail.com", MARK),
    "at as circled a, dot as black circle": ("vexmorra.quillet ⓐ gmail ● com", MARK),
    "dot as medium black circle emoji": ("vexmorra.quillet@gmail⚫com", MARK),
    "dot as bullet and at as @ with blanks": ("vexmorra • quillet @ gmail • com", MARK),
    "at in parentheses dot in parentheses": ("vexmorra.quillet(@)gmail(.)com", MARK),
    "at in braces": ("vexmorra.quillet{at}gmail{dot}com", MARK),
    "at with angle brackets": ("vexmorra.quillet<at>gmail<dot>com", MARK),
    "at upper-case words": ("VEXMORRA.QUILLET AT GMAIL DOT COM", MARK),
    "at said in french with point": ("vexmorra.quillet chez gmail point com", MARK),
    "at said in german": ("vexmorra.quillet ät gmail punkt com", MARK),
    "at said in spanish": ("vexmorra.quillet arroba gmail punto com", MARK),
    "at said in italian": ("vexmorra.quillet chiocciola gmail punto com", MARK),
    "at said in hungarian": ("vexmorra.quillet kukac gmail pont com", MARK),
    "at said in greek": ("vexmorra.quillet παπάκι gmail τελεία com", MARK),
    "at said in hebrew": ("vexmorra.quillet שטרודל gmail נקודה com", MARK),
    "at said in japanese": ("vexmorra.quillet アットマーク gmail ドット com", MARK),
    "at said in korean": ("vexmorra.quillet 골뱅이 gmail 점 com", MARK),
    "at said in danish": ("vexmorra.quillet snabel-a gmail punktum com", MARK),
    "at said in finnish": ("vexmorra.quillet miukumauku gmail piste com", MARK),
    "at said in romanian": ("vexmorra.quillet arond gmail punct com", MARK),
    "at said in ukrainian": ("vexmorra.quillet собачка gmail крапка com", MARK),
    "at said in turkish": ("vexmorra.quillet et işareti gmail nokta com", MARK),
    "at said in chinese": ("vexmorra.quillet 艾特 gmail 点 com", MARK),
    "reversed address": ("moc.liamg@telliuq.arromxev", "arromxev"),
    "upside-down address": (_upside_down(EMAIL), _upside_down("vexmorra")),
    "small capitals": (_small_caps(EMAIL), _small_caps("vexmorra")),
    "circled letters": ("ⓥⓔⓧⓜⓞⓡⓡⓐ.ⓠⓤⓘⓛⓛⓔⓣ@ⓖⓜⓐⓘⓛ.ⓒⓞⓜ", MARK),
    "cyrillic look-alike letters": ("vехmоrrа.quillеt@gmаil.соm", MARK),
    "full-width with blanks": ("ｖｅｘｍｏｒｒａ ＠ ｇｍａｉｌ ． ｃｏｍ", MARK),
    "ideographic full stop": ("vexmorra.quillet@gmail。com", MARK),
    "comma for the dot": ("vexmorra.quillet@gmail,com", MARK),
    "line break before the at": ("vexmorra.quillet\n@gmail.com", MARK),
    "provider named, handle alone": ("my gmail is vexmorra.quillet", MARK),
    "handle then provider in brackets": ("vexmorra.quillet (gmail)", MARK),
    "handle after gmail colon": ("Gmail: vexmorra.quillet", MARK),
    "the big G": ("vexmorra.quillet at the big G mail", MARK),
    "mailto upper case": ("MAILTO:VEXMORRA.QUILLET@GMAIL.COM", MARK),
    "mailto percent at": ("mailto:vexmorra.quillet%40gmail.com?subject=annonce", MARK),
    "json escapes for at and dot": ("vexmorra.quillet\\u0040gmail\\u002ecom", MARK),
    "quoted-printable upper case": ("vexmorra.quillet=40gmail=2Ecom", MARK),
    "punycode provider": ("vexmorra.quillet@xn--gmil-ssa.com", MARK),
    "quoted local part with at word": ('"vexmorra quillet" at gmail.com', MARK),
    "plus tag naming the site": ("vexmorra.quillet+vinted@gmail.com", MARK),
    "subdomain upper case": ("VEXMORRA.QUILLET@MAIL.EU.PROTONMAIL.CH", MARK),
    "double at and dots": ("vexmorra.quillet@@gmail..com", MARK),
    "dot word and c o m": ("vexmorra.quillet@gmail dot c o m", MARK),
    "zero-width joiners in the provider": ("vexmorra.quillet@g\u200dm\u200da\u200di\u200dl.com", MARK),
    "soft hyphens in the local part": ("vex\u00admorra.quil\u00adlet@gmail.com", MARK),
    "emoji between every part": ("vexmorra 😀 quillet 👉 gmail 👉 com", MARK),
    "underscore for every separator": ("vexmorra_quillet_at_gmail_com", MARK),
    "at replaced by a space and gmail": ("vexmorra.quillet gmail.com", MARK),
    "write me on gmail": ("write me on gmail, vexmorra.quillet", MARK),
}

# More of the same tricks, each a family's neighbour: other symbols for `@` and `.`, other providers named beside a
# handle, other languages' words, letters spelled out with other separators, misspelt top-level domains.
EMAILS_MORE: Dict[str, Tuple[str, Any]] = {
    "at as negative circled A": ("vexmorra.quillet🅐gmail.com", MARK),
    "at as squared A": ("vexmorra.quillet🄰gmail.com", MARK),
    "at as A button and dot as blue circle": ("vexmorra.quillet 🅰 gmail 🔵 com", MARK),
    "dot as red circle": ("vexmorra.quillet@gmail🔴com", MARK),
    "dot as fisheye": ("vexmorra.quillet@gmail◉com", MARK),
    "dot as white bullet": ("vexmorra.quillet@gmail◦com", MARK),
    "at and dot in circled letters": ("vexmorra.quillet ⓐⓣ gmail ⓓⓞⓣ com", MARK),
    "at as flag of Austria": ("vexmorra.quillet 🇦🇹 gmail.com", MARK),
    "at as target emoji": ("vexmorra.quillet 🎯 gmail.com", MARK),
    "at as snail emoji": ("vexmorra.quillet 🐌 gmail 🔹 com", MARK),
    "handle on gmail": ("vexmorra.quillet on gmail", MARK),
    "gmail arrow handle": ("gmail → vexmorra.quillet", MARK),
    "handle google in brackets": ("my email: vexmorra.quillet (google)", MARK),
    "hotmail colon handle": ("hotmail: vexmorra.quillet", MARK),
    "outlook handle": ("outlook vexmorra.quillet", MARK),
    "handle sur yahoo": ("vexmorra.quillet sur yahoo", MARK),
    "icloud arrow handle": ("icloud ➜ vexmorra.quillet", MARK),
    "handle gmail in square brackets": ("vexmorra.quillet [gmail]", MARK),
    "proton colon handle": ("proton: vexmorra.quillet", MARK),
    "mail me handle same on gmail": ("same name on gmail: vexmorra.quillet", MARK),
    "letters dotted with at word": ("v.e.x.m.o.r.r.a at gmail", "v.e.x.m.o.r.r.a"),
    "letters underscored": ("v_e_x_m_o_r_r_a@gmail.com", "v_e_x_m_o_r_r_a"),
    "letters slashed": ("v/e/x/m/o/r/r/a @ gmail", "v/e/x/m/o/r/r/a"),
    "blanks inside the words": ("vex morra quillet at gmail dot com", "vex morra quillet"),
    "dashes inside a valid local part": ("vex-morra.quil-let@gmail.com", "vex-morra"),
    "parts spaced around every dot": ("vexmorra . quillet @ gmail . com", MARK),
    "at said in bulgarian": ("vexmorra.quillet кльомба gmail точка com", MARK),
    "at said in serbian": ("vexmorra.quillet мајмунче gmail тачка com", MARK),
    "at said in lithuanian": ("vexmorra.quillet eta gmail taškas com", MARK),
    "at said in estonian": ("vexmorra.quillet ätt gmail punkt com", MARK),
    "at said in catalan": ("vexmorra.quillet arrova gmail punt com", MARK),
    "at said in welsh": ("vexmorra.quillet malwen gmail dot com", MARK),
    "at said in vietnamese": ("vexmorra.quillet a còng gmail chấm com", MARK),
    "at said in thai": ("vexmorra.quillet แอท gmail ดอท com", MARK),
    "at said in indonesian": ("vexmorra.quillet et gmail titik com", MARK),
    "at said in persian": ("vexmorra.quillet اَت gmail نقطه com", MARK),
    "at said in arabic": ("vexmorra.quillet آت gmail دوت com", MARK),
    "at said in hindi": ("vexmorra.quillet एट gmail डॉट com", MARK),
    "at said in taiwanese mandarin": ("vexmorra.quillet 小老鼠 gmail 點 com", MARK),
    "at said in armenian": ("vexmorra.quillet շնիկ gmail կետ com", MARK),
    "at said in kazakh": ("vexmorra.quillet айқұлақ gmail нүкте com", MARK),
    "at said in portuguese": ("vexmorra.quillet arroba gmail ponto com", MARK),
    "at said in polish": ("vexmorra.quillet małpa gmail kropka com", MARK),
    "leet one for l": ("vexmorra.quillet@gmai1.com", MARK),
    "bang for i": ("vexmorra.quillet@gma!l.com", MARK),
    "zero in the tld": ("vexmorra.quillet@gmail.c0m", MARK),
    "typo tld con": ("vexmorra.quillet@gmail.con", MARK),
    "phonetic tld kom": ("vexmorra.quillet@gmail.kom", MARK),
    "leet outl00k": ("vexmorra.quillet@outl00k.fr", MARK),
    "leet hotmai1": ("vexmorra.quillet@hotmai1.com", MARK),
    "leet local and at word": ("v3xm0rr4.qu1ll3t at gmail.com", "v3xm0rr4"),
    "leet local part with dot word": ("v3xm0rr4 @ gmail dot com", "v3xm0rr4"),
}

# Handles with their messenger or payment app named, or in its link.
HANDLES: Dict[str, Tuple[str, Any]] = {
    "telegram link": ("t.me/vexmorra_quillet", MARK),
    "telegram.me link": ("telegram.me/vexmorra_quillet", MARK),
    "tg colon": ("tg: @vexmorra_quillet", MARK),
    "telegram said": ("add me on telegram vexmorra_quillet", MARK),
    "instagram link": ("instagram.com/vexmorra.quillet", MARK),
    "insta at handle": ("insta @vexmorra.quillet", MARK),
    "ig colon": ("IG: vexmorra.quillet", MARK),
    "snap colon": ("snap: vexmorra_quillet", MARK),
    "signal link": ("signal.me/#p/+33671385294", FR_DIGITS),
    "line link": ("line.me/ti/p/~vexmorra_quillet", MARK),
    "messenger link": ("m.me/vexmorra.quillet", MARK),
    "wechat colon": ("wechat: vexmorra_quillet", MARK),
    "kik colon": ("kik: vexmorra_quillet", MARK),
    "discord tag": ("discord: vexmorra#4821", MARK),
    "skype live id": ("skype: live:vexmorra.quillet", MARK),
    "viber link": ("viber://chat?number=%2B33671385294", FR_DIGITS),
    "facebook profile link": ("facebook.com/vexmorra.quillet", MARK),
    "tiktok at handle": ("tiktok @vexmorra.quillet", MARK),
    "x link": ("x.com/vexmorra_quillet", MARK),
    "whatsapp arrow": ("WhatsApp ➜ 0671385294", FR_DIGITS),
    "wa colon dotted": ("wa: 06.71.38.52.94", FR_DIGITS),
    "telegram phone": ("Telegram: +33 6 71 38 52 94", FR_DIGITS),
    "lydia phone": ("lydia 0671385294", FR_DIGITS),
    "paypal me": ("paypal.me/vexmorraquillet", "vexmorraquillet"),
    "venmo at handle": ("venmo @vexmorra-quillet", MARK),
    "cash app cashtag": ("cash app $vexmorraquillet", "vexmorraquillet"),
    "revolut at handle": ("revolut @vexmorraquillet", "vexmorraquillet"),
    "twint swiss number": ("twint 079 482 71 95", "794827195"),
    "upi handle": ("UPI: vexmorra@okaxis", MARK),
    "pix key phone": ("chave pix +55 11 94827-1953", "11948271953"),
}

# Phones as people slip them past a filter: (spelling, a leak's forms).
PHONES: Dict[str, Tuple[str, Any]] = {
    "keycap digits": (_keycaps("0671385294"), FR_DIGITS),
    "keycap digits with plus": ("+" + _keycaps("33671385294"), FR_DIGITS),
    "keycap and plain digits mixed": (_keycaps("067") + "1385" + _keycaps("294"), FR_DIGITS),
    "letter O for zero": ("O6 71 38 52 94", FR_DIGITS),
    "letters O and l": ("O6 7l 38 52 94", FR_DIGITS),
    "capital I for one": ("O6 7I 38 52 94", ["o6 7i 38 52 94"]),
    "letters for digits glued": ("O67I385294", ["o67i385294"]),
    "words and digits mixed english": ("zero six 71 38 fifty two 94", ["71 38 fifty two 94"]),
    "words and digits mixed french": ("zéro six 71 trente-huit 52 94", ["71 trente-huit 52 94"]),
    "words and digits mixed german": ("null sechs 71 38 zweiundfünfzig 94", ["71 38 zweiundfünfzig 94"]),
    "words and digits mixed spanish": ("cero seis 71 38 cincuenta y dos 94", ["71 38 cincuenta y dos 94"]),
    "each digit spaced": ("0 6 7 1 3 8 5 2 9 4", FR_DIGITS),
    "each digit dotted": ("0.6.7.1.3.8.5.2.9.4", FR_DIGITS),
    "each digit dashed": ("0-6-7-1-3-8-5-2-9-4", FR_DIGITS),
    "digits with emoji between": ("06 🌸 71 🌸 38 🌸 52 🌸 94", ["71 🌸 38 🌸 52"]),
    "thin spaces": ("06\u200971\u200938\u200952\u200994", FR_DIGITS),
    "no-break spaces with plus": ("+33\u00a06\u00a071\u00a038\u00a052\u00a094", FR_DIGITS),
    "figure spaces": ("06\u200771\u200738\u200752\u200794", FR_DIGITS),
    "ideographic spaces": ("06\u300071\u300038\u300052\u300094", FR_DIGITS),
    "middle dots": ("06·71·38·52·94", FR_DIGITS),
    "slashes and pipes": ("06/71|38/52|94", FR_DIGITS),
    "khmer digits": (_digits_of("06 71 38 52 94", 0x17E0), FR_DIGITS),
    "myanmar digits": (_digits_of("06 71 38 52 94", 0x1040), FR_DIGITS),
    "tamil digits": (_digits_of("06 71 38 52 94", 0x0BE6), FR_DIGITS),
    "gujarati digits": (_digits_of("06 71 38 52 94", 0x0AE6), FR_DIGITS),
    "tibetan digits": (_digits_of("06 71 38 52 94", 0x0F20), FR_DIGITS),
    "math sans-serif digits": (_digits_of("06 71 38 52 94", 0x1D7E2), FR_DIGITS),
    "superscript digits": ("⁰⁶ ⁷¹ ³⁸ ⁵² ⁹⁴", FR_DIGITS),
    "subscript digits": ("₀₆ ₇₁ ₃₈ ₅₂ ₉₄", FR_DIGITS),
    "negative circled digits": ("⓿➏ ➐➊ ➌➑ ➎➋ ➒➍", ["⓿➏ ➐➊ ➌➑"]),
    "parenthesized digits": ("⑹⑺⑴⑶⑻⑸⑵⑼⑷", ["⑹⑺⑴⑶⑻⑸⑵⑼⑷", "671385294"]),
    "digits with full stop": ("⒍⒎⒈⒊⒏⒌⒉⒐⒋", ["⒍⒎⒈⒊⒏⒌⒉⒐⒋", "6.7.1.3.8.5.2.9.4"]),
    "reversed digits": ("49 25 83 17 60", "4925831760"),
    "whatsapp named": ("WhatsApp moi au 06 71 38 52 94", FR_DIGITS),
    "wa.me link without scheme": ("wa.me/33671385294", FR_DIGITS),
    "wa me spelled with dot word": ("wa dot me slash 33671385294", FR_DIGITS),
    "api whatsapp link": ("api.whatsapp.com/send?phone=33671385294", FR_DIGITS),
    "signal named": ("Signal: +44 7700 953418", UK_DIGITS),
    "viber named": ("viber +33 6 71 38 52 94", FR_DIGITS),
    "tel link with dots and extension": ("tel:+33.6.71.38.52.94;ext=12", FR_DIGITS),
    "extension word": ("+44 7700 953418 ext. 204", UK_DIGITS),
    "uk dotted with letter O": ("O77OO.953.4l8", UK_DIGITS),
    "us words and digits": ("four one five 839 twenty-seven 46", ["839 twenty-seven 46"]),
    "us dots with spaces": ("415 . 839 . 2746", US_DIGITS),
    "us keycaps dashed": (_keycaps("415") + "-" + _keycaps("839") + "-" + _keycaps("2746"), US_DIGITS),
    "text me at": ("txt me @ 4158392746", US_DIGITS),
    "call me maybe with letters": ("call 4I5-8E9-Z746", ["4i5-8e9-z746"]),
    "plus spelled": ("plus three three six seven one three eight five two nine four", ["three eight five two nine"]),
}

PHONES_MORE: Dict[str, Tuple[str, Any]] = {
    "each digit underscored": ("0_6_7_1_3_8_5_2_9_4", FR_DIGITS),
    "each digit slashed": ("0/6/7/1/3/8/5/2/9/4", FR_DIGITS),
    "each digit comma": ("0,6,7,1,3,8,5,2,9,4", FR_DIGITS),
    "each digit starred": ("0*6*7*1*3*8*5*2*9*4", ["0*6*7*1*3*8*5*2*9*4"]),
    "each digit spaced dashes": ("0 - 6 - 7 - 1 - 3 - 8 - 5 - 2 - 9 - 4", FR_DIGITS),
    "pairs with sparkles": ("06✨71✨38✨52✨94", ["71✨38✨52"]),
    "pairs with hearts": ("06 ❤️ 71 ❤️ 38 ❤️ 52 ❤️ 94", ["71 ❤ 38 ❤ 52", "71 ❤️ 38 ❤️ 52"]),
    "pairs with pipes": ("06 | 71 | 38 | 52 | 94", FR_DIGITS),
    "pairs with x": ("06 x 71 x 38 x 52 x 94", ["71 x 38 x 52"]),
    "pairs with telephone emoji": ("☎️ 06-71-38-52-94", FR_DIGITS),
    "digit comma characters": ("🄁🄇🄈🄂🄄🄉🄆🄃🄊🄅", ["🄁🄇🄈🄂🄄🄉🄆🄃🄊🄅", "0,6,7,1,3,8,5,2,9,4"]),
    "digits with full stop spaced": ("⒍ ⒎ ⒈ ⒊ ⒏ ⒌ ⒉ ⒐ ⒋", ["⒍ ⒎ ⒈", "6. 7. 1. 3. 8."]),
    "reversed with plus": ("49 25 83 17 6 33+", "4925831763"),
    "reversed uk": ("814359 00770", "81435900770"),
    "letters for many digits": ("OG 7I 3B SZ 9A", ["og 7i 3b sz 9a"]),
    "letters Z and S": ("O6 7l 38 SZ 94", ["o6 7l 38 sz 94"]),
    "words and digits mixed italian": ("zero sei 71 trentotto 52 94", ["71 trentotto 52 94"]),
    "words and digits mixed portuguese": ("zero seis 71 trinta e oito 52 94", ["71 trinta e oito 52 94"]),
    "words and digits mixed dutch": ("nul zes 71 achtendertig 52 94", ["71 achtendertig 52 94"]),
    "words and digits mixed polish": ("zero sześć 71 trzydzieści osiem 52 94", ["71 trzydzieści osiem 52 94"]),
    "words and digits mixed turkish": ("sıfır altı 71 otuz sekiz 52 94", ["71 otuz sekiz 52 94"]),
    "english tens among digits": ("06 seventy-one 38 fifty-two 94", ["seventy-one 38 fifty-two 94"]),
    "digit words glued": ("zerosixseventyone385294", ["zerosixseventyone385294"]),
    "digit words with dashes": ("six-seven-one-three-eight-five-two-nine-four", ["six-seven-one-three-eight"]),
    "keycap digits reversed": (_keycaps("4925831760"), "4925831760"),
    "keycap digits with words": (_keycaps("06") + " seventy-one " + _keycaps("385294"), ["385294"]),
}

# Numbers of many countries in their own layouts and separators: (spelling, national digits without a trunk 0).
NATIONAL_PHONES: Dict[str, Tuple[str, Any]] = {
    "nigeria dotted": ("0803.482.7195", "8034827195"),
    "kenya no-break spaces": ("0712\u00a0482\u00a0719", "712482719"),
    "egypt e164 grouped": ("+20 10 4827 1953", "1048271953"),
    "turkey parenthesised": ("0 (532) 482 71 95", "5324827195"),
    "russia eight trunk": ("8 (916) 482-71-95", "9164827195"),
    "poland dashed": ("+48 512-482-719", "512482719"),
    "vietnam spaced": ("091 482 7195", "914827195"),
    "indonesia dashed": ("0812-4827-1953", "81248271953"),
    "philippines spaced": ("0917 482 7195", "9174827195"),
    "pakistan dash": ("0300-4827195", "3004827195"),
    "argentina nine": ("+54 9 11 4827-1953", "1148271953"),
    "chile nine": ("+56 9 4827 1953", "948271953"),
    "colombia spaced": ("300 4827195", "3004827195"),
    "morocco pairs": ("06 48 27 19 53", "648271953"),
    "israel dashed": ("050-482-7195", "504827195"),
    "uae spaced": ("+971 50 482 7195", "504827195"),
    "sweden mixed": ("070-482 71 95", "704827195"),
    "netherlands dash": ("06-48271953", "648271953"),
    "belgium pairs": ("0471 48 27 19", "471482719"),
    "portugal groups": ("912 482 719", "912482719"),
    "greece groups": ("694 827 1953", "6948271953"),
    "czech groups": ("+420 604 827 195", "604827195"),
    "romania groups": ("0722 482 719", "722482719"),
    "ukraine e164": ("+380 67 482 7195", "674827195"),
    "china groups": ("138 4827 1953", "13848271953"),
    "taiwan dashed": ("0912-482-719", "912482719"),
    "hong kong eight": ("+852 9482 7195", "94827195"),
    "malaysia dash space": ("012-482 7195", "124827195"),
    "thailand spaced": ("081 482 7195", "814827195"),
    "new zealand spaced": ("021 482 7195", "214827195"),
    "south korea dotted": ("010.4827.1953", "1048271953"),
    "japan full-width with katakana dash": ("０９０ー４８２７ー１９５３", "9048271953"),
    "saudi arabic-indic": ("٠٥٠ ٤٨٢ ٧١٩٥", "504827195"),
    "iran persian": ("۰۹۱۲ ۴۸۲ ۷۱۹۵", "9124827195"),
    "india devanagari e164": ("+९१ ९८४८२ ७१९५३", "9848271953"),
    "bangladesh bengali": ("০১৭১৪ ৮২৭১৯৫", "1714827195"),
    "nepal devanagari": ("९८४८२७१९५३", "9848271953"),
    "ethiopia spaced": ("+251 91 482 7195", "914827195"),
    "ghana spaced": ("024 482 7195", "244827195"),
    "south africa spaced": ("082 482 7195", "824827195"),
}

IPS: Dict[str, Tuple[str, Any]] = {
    "defanged brackets": ("185[.]73[.]214[.]96", "185[.]73[.]214[.]96"),
    "defanged parentheses": ("185(.)73(.)214(.)96", "185(.)73(.)214(.)96"),
    "dot words": ("185 dot 73 dot 214 dot 96", "185 dot 73 dot 214 dot 96"),
    "spaced dots": ("185 . 73 . 214 . 96", "185 . 73 . 214 . 96"),
    "commas": ("185,73,214,96", "185,73,214,96"),
    "leading zeros": ("185.073.214.096", "185.073.214.096"),
    "mixed hex and decimal": ("185.0x49.214.96", "185.0x49.214.96"),
    "dotted octal": (".".join(f"0{int(part):o}" for part in IP4.split(".")), "0271.0111.0326.0140"),
    "hex whole": (f"0x{IP4_INT:X}", f"{IP4_INT:X}".lower()),
    "decimal in a url host": (f"http://{IP4_INT}:8080/", str(IP4_INT)),
    "with port": (f"{IP4}:51820", IP4),
    "keycap digits": (_keycaps(IP4), IP4),
    "full-width digits and dots": ("１８５．７３．２１４．９６", IP4),
    "ideographic full stops": ("185。73。214。96", IP4),
    "arabic-indic": (_digits_of(IP4, 0x0660), IP4),
    "letter O and l": ("l85.73.2l4.96", IP4),
    "forwarded header ipv4": (f"for={IP4};proto=https", IP4),
    "x-forwarded-for list": (f"X-Forwarded-For: 10.0.0.7, {IP4}", IP4),
    "ipv4-mapped ipv6": (f"::ffff:{IP4}", IP4),
    "ipv4-mapped ipv6 hex": ("::ffff:b949:d660", "b949:d660"),
    "ipv6 compressed": (IP6, IP6),
    "ipv6 bracketed with port": (f"[{IP6}]:8443", IP6),
    "ipv6 upper case full": ("2A01:0E0A:01F3:9C40:0000:0000:0000:04B7", "2a01:0e0a:01f3:9c40"),
    "ipv6 zone": ("fe80::d4a8:6435:d2d8:d9f3%eth0", "fe80::d4a8:6435:d2d8:d9f3"),
    "ipv6 forwarded header": (f'for="[{IP6}]:443"', IP6),
    "ipv6 dashes": (IP6.replace(":", "-"), IP6.replace(":", "-")),
    "ipv6 dots": (IP6.replace(":", "."), IP6.replace(":", ".")),
    "ipv6 spaced colons": (IP6.replace(":", " : "), IP6.replace(":", " : ")),
    "ipv6 reversed nibbles": ("7.b.4.0.0.0.0.0.0.0.0.0.0.0.0.0.0.4.c.9.3.f.1.0.a.0.e.0.1.0.a.2.ip6.arpa",
                              "7.b.4.0.0.0.0.0"),
    "ip said with a messenger": (f"my server {IP4}, ping me on telegram", IP4),
}

IPS_MORE: Dict[str, Tuple[str, Any]] = {
    "ipv6 underscores": (IP6.replace(":", "_"), IP6.replace(":", "_")),
    "ipv6 full-width colons": (IP6.replace(":", "\uff1a"), "2a01"),
    "ipv6 modifier letter colons": (IP6.replace(":", "\ua789"), "2a01\ua789e0a"),
    "ipv6 ratio colons": (IP6.replace(":", "\u2236"), "2a01\u2236e0a"),
    "ipv6 upper dashes": (IP6.upper().replace(":", "-"), IP6.replace(":", "-")),
    "ipv6 slashes": (IP6.replace(":", "/"), IP6.replace(":", "/")),
    "ipv6 spaces only": (IP6.replace(":", " "), IP6.replace(":", " ")),
    "ipv4 emoji separated": ("185🔸73🔸214🔸96", "185🔸73🔸214🔸96"),
    "ipv4 middle dots": ("185·73·214·96", IP4),
    "ipv4 bullet operators": ("185∙73∙214∙96", "185∙73∙214∙96"),
    "ipv4 spaces only": ("185 73 214 96", "185 73 214 96"),
    "ipv4 reversed": ("96.214.73.185", "96.214.73.185"),
    "ipv4 point words": ("185 point 73 point 214 point 96", "185 point 73 point 214 point 96"),
    "ipv4 slashes": ("185/73/214/96", "185/73/214/96"),
    "ipv4 dashes in text": ("my ip 185-73-214-96", "185-73-214-96"),
}

VISA = luhn_complete("453914880343646")
MASTERCARD = luhn_complete("542418830275514")
AMEX = luhn_complete("37828224631000")
FR_IBAN = iban("FR", "30006000011234567890189")
DE_IBAN = iban("DE", "370400440532013000")
IT_IBAN = iban("IT", "X0542811101000000123456")


def _dni(number: str) -> str:
    return number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


def _nir(body: str) -> str:
    return f"{body}{97 - int(body) % 97:02d}"


DNI = _dni("73914826")
NIR = _nir("1860775112482")
SIN = luhn_complete("04839271")


def _o_for_zero(text: str) -> str:
    return text.replace("0", "O")


IDS: Dict[str, Tuple[str, Any]] = {
    "card keycaps": (_keycaps(spaced(VISA)), VISA[4:12]),
    "card letter O for zero": (_o_for_zero(spaced(VISA)), VISA[4:12]),
    "card dotted": (".".join(spaced(VISA).split()), VISA[4:12]),
    "card words for the first group": ("four five three nine " + " ".join(spaced(VISA).split()[1:]),
                                       VISA[4:12]),
    "card thin spaces": ("\u2009".join(spaced(MASTERCARD).split()), MASTERCARD[4:12]),
    "card amex dashes": (f"{AMEX[:4]}-{AMEX[4:10]}-{AMEX[10:]}", AMEX[4:10]),
    "card reversed": (VISA[::-1], VISA[::-1][4:12]),
    "card arabic-indic": (_digits_of(spaced(VISA), 0x0660), VISA[4:12]),
    "card with expiry and cvc": (f"{VISA} 09/29 cvc 482", VISA[4:12]),
    "iban lower case spaced": (spaced(FR_IBAN).lower(), FR_IBAN[4:14].lower()),
    "iban dotted": (".".join(spaced(FR_IBAN).split()), ".".join(spaced(FR_IBAN).split()[1:3])),
    "iban letter O": (_o_for_zero(spaced(DE_IBAN)), _o_for_zero(DE_IBAN[8:16])),
    "iban full-width": ("".join(chr(0xFF10 + int(ch)) if ch.isdigit() else ch for ch in DE_IBAN),
                        DE_IBAN[6:16]),
    "iban split by emoji": (" 💶 ".join(spaced(IT_IBAN).split()), IT_IBAN[5:15]),
    "iban after lydia word": (f"virement sur {FR_IBAN} merci", FR_IBAN[4:14]),
    "dni dotted": (f"{DNI[:2]}.{DNI[2:5]}.{DNI[5:8]}-{DNI[8]}", f"{DNI[:2]}.{DNI[2:5]}.{DNI[5:8]}"),
    "dni keycaps": (_keycaps(DNI), DNI[:8]),
    "nir spaced with letter O": (_o_for_zero(f"{NIR[0]} {NIR[1:3]} {NIR[3:5]} {NIR[5:7]} {NIR[7:10]} "
                                            f"{NIR[10:13]} {NIR[13:]}"), NIR[5:13]),
    "sin dashed": (f"{SIN[:3]}-{SIN[3:6]}-{SIN[6:]}", f"{SIN[:3]}-{SIN[3:6]}-{SIN[6:]}"),
    "paypal me with name": ("paypal.me/vexmorraquillet", "vexmorraquillet"),
}

IDS_MORE: Dict[str, Tuple[str, Any]] = {
    "iban slashes": ("/".join(spaced(FR_IBAN).split()), "/".join(spaced(FR_IBAN).split()[1:3])),
    "iban underscores": ("_".join(spaced(FR_IBAN).split()), "_".join(spaced(FR_IBAN).split()[1:3])),
    "iban letter O lower": (_o_for_zero(spaced(FR_IBAN)).lower(), _o_for_zero(FR_IBAN[4:12]).lower()),
    "iban keycaps": (_keycaps(spaced(DE_IBAN)), DE_IBAN[6:16]),
    "iban reversed": (FR_IBAN[::-1], FR_IBAN[::-1][4:14]),
    "iban thin spaces": ("\u2009".join(spaced(IT_IBAN).split()), IT_IBAN[5:15]),
    "iban middle dots": ("·".join(spaced(DE_IBAN).split()), DE_IBAN[6:16]),
    "iban each character spaced": (" ".join(DE_IBAN), " ".join(DE_IBAN[6:14])),
    "card emoji between groups": (" 💳 ".join(spaced(VISA).split()), VISA[4:12]),
    "card letters for digits": (spaced(VISA).replace("5", "S").replace("1", "l"), ["45s9 l488"]),
    "card each digit spaced": (" ".join(MASTERCARD), " ".join(MASTERCARD[4:12])),
    "card middle dots": ("·".join(spaced(MASTERCARD).split()), MASTERCARD[4:12]),
    "card two lines": (spaced(VISA)[:9] + "\n" + spaced(VISA)[10:], VISA[8:16]),
    "card superscript": (spaced(VISA).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")), VISA[4:12]),
    "card full-width": (_digits_of(spaced(VISA), 0xFF10), VISA[4:12]),
    "card reversed spaced": (spaced(VISA[::-1]), VISA[::-1][4:12]),
    "card words mixed": ("4539 one four eight eight 0343 6467", "0343 6467"),
    "dni reversed": (DNI[::-1], DNI[::-1][1:]),
    "nir reversed": (NIR[::-1], NIR[::-1][:10]),
}

FBC_PAYLOADS: Dict[str, Tuple[str, Any]] = {
    "email spelled with at and dot words": (f"fb.1.{MS}.vexmorra-at-gmail-dot-com", MARK),
    "email leet provider": (f"fb.1.{MS}.vexmorra@gm4il.com", MARK),
    "email reversed": (f"fb.1.{MS}.moc.liamg@arromxev", "arromxev"),
    "email base64url": (f"fb.1.{MS}.{base64.urlsafe_b64encode(EMAIL.encode()).decode().rstrip('=')}",
                        base64.urlsafe_b64encode(EMAIL.encode()).decode().rstrip("=")),
    "phone after tag": (f"fb.1.{MS}.IwAR0671385294", FR_DIGITS),
    "phone keycaps": (f"fb.1.{MS}.{_keycaps('0671385294')}", FR_DIGITS),
    "phone letters for digits": (f"fb.1.{MS}.O67l385294", FR_DIGITS),
    "whatsapp link": (f"fb.1.{MS}.wa.me-33671385294", FR_DIGITS),
    "ip dashed after tag": (f"fb.1.{MS}.IwAR185-73-214-96", "185-73-214-96"),
    "card after tag": (f"fb.1.{MS}.IwAR{VISA}", VISA[4:12]),
    "iban after tag": (f"fb.1.{MS}.IwAR{FR_IBAN}", FR_IBAN[4:14]),
    "upper-case prefix with email": (f"FB.1.{MS}.{EMAIL}", MARK),
    "telegram handle": (f"fb.1.{MS}.tme-vexmorra_quillet", MARK),
    "email underscores for at and dot": (f"fb.1.{MS}.vexmorra_quillet_gmail_com", MARK),
    "email leet with dashes": (f"fb.1.{MS}.v3xm0rr4-gm4il-com", "v3xm0rr4"),
    "reversed phone after tag": (f"fb.1.{MS}.IwAR4925831760", "4925831760"),
    "ipv6 dashes after tag": (f"fb.1.{MS}.IwAR{IP6.replace(':', '-')}", IP6.replace(":", "-")),
    "iban lower after tag": (f"fb.1.{MS}.IwAR{FR_IBAN.lower()}", FR_IBAN[4:14].lower()),
    "dni after tag": (f"fb.1.{MS}.IwAR{DNI}", DNI),
    "instagram handle": (f"fb.1.{MS}.insta-vexmorra_quillet", MARK),
}
FBP_PAYLOADS: Dict[str, Tuple[str, Any]] = {
    "keycap mobile": (f"fb.1.{MS}.{_keycaps('0671385294')}", FR_DIGITS),
    "mobile with letter O": (f"fb.1.{MS}.O671385294", FR_DIGITS),
    "uk trunk mobile": (f"fb.1.{MS}.07700953418", UK_DIGITS),
    "email leet": (f"fb.1.{MS}.v3xm0rr4@gmail.com", "v3xm0rr4"),
    "ipv4 defanged": (f"fb.1.{MS}.185[.]73[.]214[.]96", "185[.]73[.]214[.]96"),
    "reversed phone": (f"fb.1.{MS}.4925831760", "4925831760"),
    "nanp mobile": (f"fb.1.{MS}.{US_DIGITS}", US_DIGITS),
    "mobile without trunk prefix": (f"fb.1.{MS}.{FR_DIGITS}", FR_DIGITS),
    "handle": (f"fb.1.{MS}.vexmorra_quillet", MARK),
}

# Keys naming personal data in new languages, cases, separators and look-alikes, and handles' messengers.
KEYS: List[str] = [
    "whatsapp_number", "numeroWhatsapp", "wa_num", "telegram_handle", "tg_username", "insta_handle", "ig_user",
    "instagram", "snapchat", "signal_nr", "viber_phone", "line_id", "wechat_id", "kik_username", "discord_tag",
    "handynummer", "numer_telefonu", "puhelinnumero", "telefonszám", "so_dien_thoai", "nomor_hp", "nomor_wa",
    "رقم_الجوال", "מספר_טלפון", "携帯番号", "手机号码", "휴대폰번호", "เบอร์โทรศัพท์", "номер_телефона",
    "τηλέφωνο", "telefonnummer", "mobilnummer", "celular_contato", "numero_cellulare", "gsm_nummer", "natel",
    "e_mail_adresse", "eMailAdresse", "correo_electronico", "posta_elettronica", "adres_email", "sahkoposti",
    "epost_adresse", "netfang", "ｅｍａｉｌ", "𝐞𝐦𝐚𝐢𝐥", "еmаil", "e.m.a.i.l", "e-m-a-i-l", "EMAIL_ADDR", "mail1",
    "contact_mail", "tel_mobile", "mobile_no", "cell#", "phone#", "ph_no", "mob_no", "handphone", "hp_no",
    "remote_addr", "x_forwarded_for", "X-Real-IP", "clientIP", "visitorIp", "ipv6_address", "peer_ip",
    "full_name", "nachname", "apellido", "cognome", "nom_de_famille", "prenom", "imie", "nazwisko", "sukunimi",
    "Vor\u200bname", "addressLine1", "strasse_hausnummer", "calle_numero", "rua", "ulica", "plz", "cep", "pincode",
    "postnummer", "kontonummer", "card_number", "cc_num", "cvv", "sozialversicherungsnummer", "steuer_id", "nif",
    "rut", "curp", "aadhaar_no", "nric", "geburtsdatum", "fecha_nacimiento", "data_urodzenia",
    "PAYPAL_EMAIL", "paypalMe", "iban_virement", "lydia_tel", "venmo_handle", "cashapp_tag", "revolut_tag",
]

# Keys that are personal data themselves: (key, a leak's form).
PERSONAL_KEYS: Dict[str, Tuple[str, Any]] = {
    "email spaced": ("v e x m o r r a @ g m a i l . c o m", "v e x m o r r a"),
    "email emoji at": ("vexmorra🅰️gmail.com", MARK),
    "email leet provider": ("vexmorra.quillet@gm4il.com", MARK),
    "email at word french": ("vexmorra.quillet arobase gmail point com", MARK),
    "phone keycaps": (_keycaps("0671385294"), FR_DIGITS),
    "phone letters for digits": ("O6 7l 38 52 94", FR_DIGITS),
    "wa.me link": ("wa.me/33671385294", FR_DIGITS),
    "telegram link": ("t.me/vexmorra_quillet", MARK),
    "ip defanged": ("185[.]73[.]214[.]96", "185[.]73[.]214[.]96"),
    "ipv6 bracketed": (f"[{IP6}]:8443", IP6),
    "card dotted": (".".join(spaced(VISA).split()), VISA[4:12]),
    "iban lower": (FR_IBAN.lower(), FR_IBAN[4:14].lower()),
}

KEYS_MORE: List[str] = [
    "snap_handle", "tiktok_handle", "twitter_handle", "x_handle", "threads_user", "skype_id", "facetime",
    "imessage", "line_user", "zalo", "kakao_id", "kakaotalk", "wechat", "qq_number", "whatsapp", "wa_link",
    "tg_link", "signal_number", "viber", "imo_number", "sms_number", "paypal", "paypal_address", "lydia",
    "twint_nr", "mbway", "swish_nummer", "vipps_nr", "blik_phone", "chave_pix", "upi_id", "gcash_number",
    "mpesa_number", "bizum_telefono", "zelle_email", "interac_email", "venmo", "cashtag", "iban_for_refund", "rib",
    "bank_details", "sort_code", "routing_number", "account_number", "bsb",
]

QUERIES: Dict[str, Tuple[str, Any]] = {
    "value wa param": ("?wa=33671385294", FR_DIGITS),
    "value ig param": ("?ig=vexmorra.quillet", MARK),
    "value snap param": ("?snap=vexmorra_quillet", MARK),
    "value telegram param": ("?telegram=vexmorra_quillet", MARK),
    "value handle param": ("?handle=vexmorra.quillet", MARK),
    "value paypal param": ("?paypal=vexmorraquillet", "vexmorraquillet"),
    "value venmo param": ("?venmo=vexmorra-quillet", MARK),
    "value contact plus gmail": ("?contact=vexmorra.quillet+gmail", MARK),
    "value upi handle": ("?pa=vexmorra%40okaxis&pn=Shop", MARK),
    "value ref wa.me": ("?ref=wa.me%2F33671385294", FR_DIGITS),
    "value pix key": ("?pix=%2B5511948271953", "11948271953"),
    "value ipv6 dashed": ("?node=" + IP6.replace(":", "-"), IP6.replace(":", "-")),
    "key double-encoded spaced": ("?" + _q(_q("vexmorra . quillet @ gmail . com")), MARK),
    "key at word": ("?vexmorra.quillet(at)gmail.com", MARK),
    "key emoji at": ("?" + _q("vexmorra.quillet🅰️gmail.com") + "=1", MARK),
    "key leet provider": ("?vexmorra.quillet%40gm4il.com", MARK),
    "key phone keycaps": ("?" + _q(_keycaps("0671385294")), FR_DIGITS),
    "key phone letters": ("?O67l385294=", FR_DIGITS),
    "key wa.me": ("?wa.me%2F33671385294", FR_DIGITS),
    "value whatsapp param": ("?whatsapp=33671385294", FR_DIGITS),
    "value tg param": ("?tg=vexmorra_quillet", MARK),
    "value insta param": ("?insta=vexmorra.quillet", MARK),
    "value signal param": ("?signal=%2B447700953418", UK_DIGITS),
    "value ip defanged": ("?from=185%5B.%5D73%5B.%5D214%5B.%5D96", "185[.]73[.]214[.]96"),
    "value ipv6 port": ("?peer=" + _q(f"[{IP6}]:8443"), IP6),
    "value utm term spaced email": ("?utm_term=" + _q("v e x m o r r a @ gmail"), "v e x m o r r a"),
    "value utm content phone words": ("?utm_content=" + _q("zero six 71 38 52 94"), "71 38 52 94"),
    "value utm source reversed": ("?utm_source=moc.liamg%40arromxev", "arromxev"),
    "value card dotted": ("?ref=" + ".".join(spaced(VISA).split()), VISA[4:12]),
    "value iban lower": ("?rib=" + FR_IBAN.lower(), FR_IBAN[4:14].lower()),
}

SHOP_PAGE = f"{SHOP}/annonce/48213"
# One address or number over two leaves: (kind, overrides, a leak's form).
SPLITS: Dict[str, Tuple[str, Dict[str, Any], Any]] = {
    "email title and url": ("page", {"title": "Ecris-moi: vexmorra.quillet", "url": f"{SHOP}/a?d=%40gmail.com"},
                            MARK),
    "email two products": ("track", {"name": "Order Completed", "properties": {"value": "5", "currency": "EUR"},
                                     "products": [{"product_id": "A", "name": "vexmorra.quillet", "price": "5"},
                                                  {"product_id": "B", "name": "@gmail.com", "price": "0"}]}, MARK),
    "email two properties spelled": ("track", {"properties": {"a": "vexmorra.quillet", "b": "at gmail dot com"}},
                                     MARK),
    "email handle and provider properties": ("track", {"properties": {"handle": "vexmorra.quillet",
                                                                      "provider": "gmail"}}, MARK),
    "phone two properties": ("track", {"properties": {"part1": "06 71 38", "part2": "52 94"}}, "06 71 38"),
    "phone two products": ("track", {"name": "Order Completed", "properties": {"value": "5", "currency": "EUR"},
                                     "products": [{"product_id": "A", "name": "Lampe 06 71 38", "price": "5"},
                                                  {"product_id": "B", "name": "Table 52 94", "price": "0"}]},
                           "06 71 38"),
    "phone title and path": ("page", {"title": "WhatsApp 06 71 38", "url": f"{SHOP}/a/52-94"}, "06 71 38"),
    "phone event name and property": ("track", {"name": "Appelle 06 71", "properties": {"suite": "38 52 94"}},
                                      "38 52 94"),
    "phone whatsapp and digits properties": ("track", {"properties": {"app": "whatsapp", "num": "0671385294"}},
                                             FR_DIGITS),
    "ip title and url": ("page", {"title": "serveur 185.73", "url": f"{SHOP}/a?suite=214.96"}, "214.96"),
    "card two properties": ("track", {"properties": {"c1": spaced(VISA)[:9], "c2": spaced(VISA)[10:]}},
                            spaced(VISA)[10:]),
    "email handle in url provider in title": ("page", {"title": "Contact : gmail", "url": f"{SHOP}/u/vexmorra.quillet"},
                                              MARK),
    "email local part as order id domain as status": ("track", {"name": "Subscribe", "properties": {
        "order_id": "vexmorra.quillet", "status": "at gmail.com"}}, MARK),
    "phone title and url fragment": ("page", {"title": "Appelle le 06 71 38", "url": f"{SHOP}/a#52-94"}, "06 71 38"),
    "phone referrer and url": ("page", {"url": f"{SHOP}/a?n=0671", "referrer": "https://m.example.net/r?n=385294"},
                               "385294"),
    "iban two products": ("track", {"name": "Order Completed", "properties": {"value": "5", "currency": "EUR"},
                                    "products": [{"product_id": "A", "name": spaced(FR_IBAN)[:14], "price": "5"},
                                                 {"product_id": "B", "name": spaced(FR_IBAN)[15:], "price": "0"}]},
                          spaced(FR_IBAN)[15:29]),
}

# Identifiers sent as a track's properties.
ID_PROPERTIES: Dict[str, Tuple[Dict[str, str], Any]] = {
    "user_id spaced email": ({"user_id": "v e x m o r r a @ gmail.com"}, "v e x m o r r a"),
    "anonymous_id keycap phone": ({"anonymous_id": _keycaps("0671385294")}, FR_DIGITS),
    "userId leet email": ({"userId": "vexmorra.quillet@gm4il.com"}, MARK),
    "anonymousId defanged ip": ({"anonymousId": "185[.]73[.]214[.]96"}, "185[.]73[.]214[.]96"),
    "user_id wa.me": ({"user_id": "wa.me/33671385294"}, FR_DIGITS),
    "external_id letters for digits": ({"external_id": "O67l385294"}, FR_DIGITS),
}

# User events: properties describing the visitor, under keys and values of the families.
USER_PROPERTIES: Dict[str, Tuple[Dict[str, str], Any]] = {
    "whatsapp key": ({"whatsapp": "+33 6 71 38 52 94"}, FR_DIGITS),
    "telegram key": ({"telegram": "@vexmorra_quillet"}, MARK),
    "bio with spaced email": ({"bio": "v e x m o r r a @ g m a i l"}, "v e x m o r r a"),
    "email leet": ({"email": "vexmorra.quillet@gm4il.com"}, MARK),
    "phone keycaps": ({"phone": _keycaps("0671385294")}, FR_DIGITS),
    "ip key": ({"ip": IP4}, IP4),
    "iban key": ({"iban": FR_IBAN}, FR_IBAN[4:14]),
    "name key": ({"name": "Vexmorra Quillet"}, MARK),
    "instagram key": ({"instagram": "vexmorra.quillet"}, MARK),
    "signal key": ({"signal": "+44 7700 953418"}, UK_DIGITS),
    "paypal key": ({"paypal": "vexmorra.quillet@gmail.com"}, MARK),
    "bio with handle and provider": ({"bio": "gmail: vexmorra.quillet"}, MARK),
    "note with reversed phone": ({"note": "49 25 83 17 60"}, "4925831760"),
}

_PURCHASE = {"name": "Order Completed"}
_LONG_KEY = "note_vexmorra.quillet@gmail.com_" + "x" * 300
ERR_VALUES: Dict[str, Tuple[str, Dict[str, Any], Any]] = {
    "currency spaced email": ("track", {**_PURCHASE, "properties": {"value": "5", "currency": "v e x m o r r a"}},
                              "v e x m o r r a"),
    "currency keycap phone": ("track", {**_PURCHASE, "properties": {"value": "5",
                                                                    "currency": _keycaps("0671385294")}}, FR_DIGITS),
    "value keycap phone": ("track", {**_PURCHASE, "properties": {"value": _keycaps("0671385294"),
                                                                 "currency": "EUR"}}, FR_DIGITS),
    "value letters for digits": ("track", {**_PURCHASE, "properties": {"value": "O67l385294", "currency": "EUR"}},
                                 FR_DIGITS),
    "value defanged ip": ("track", {**_PURCHASE, "properties": {"value": "185[.]73[.]214[.]96",
                                                                "currency": "EUR"}}, "185[.]73[.]214[.]96"),
    "revenue emoji email": ("track", {**_PURCHASE, "properties": {"revenue": "vexmorra🅰️gmail.com",
                                                                  "currency": "EUR"}}, MARK),
    "value card spaced": ("track", {**_PURCHASE, "properties": {"value": spaced(VISA), "currency": "EUR"}},
                          VISA[4:12]),
    "product price whatsapp": ("track", {**_PURCHASE, "properties": {"currency": "EUR"},
                                         "products": [{"product_id": "A", "price": "wa.me/33671385294"}]},
                               FR_DIGITS),
    "product quantity phone": ("track", {**_PURCHASE, "properties": {"currency": "EUR"},
                                         "products": [{"product_id": "A", "price": "5",
                                                       "quantity": "O6 71 38 52 94"}]}, FR_DIGITS),
    "contents price email": ("track", {**_PURCHASE, "properties": {"currency": "EUR", "contents": json.dumps(
        [{"id": "A", "item_price": "vexmorra at gmail dot com", "quantity": 1}])}}, MARK),
    "contents quantity ipv6": ("track", {**_PURCHASE, "properties": {"currency": "EUR", "contents": json.dumps(
        [{"id": "A", "item_price": 5, "quantity": IP6}])}}, IP6),
    "opt out spaced email": ("track", {"properties": {"opt_out": "v e x m o r r a @ gmail"}}, "v e x m o r r a"),
    "action source whatsapp": ("track", {"properties": {"action_source": "whatsapp 0671385294"}}, FR_DIGITS),
    "ldu leet email": ("track", {"properties": {"data_processing_options": "vexmorra@gm4il.com"}}, MARK),
    "ldu country keycaps": ("track", {"properties": {"data_processing_options": "LDU",
                                                     "data_processing_options_country": _keycaps("0671385294")}},
                            FR_DIGITS),
    "ldu state ip": ("track", {"properties": {"data_processing_options": "LDU",
                                              "data_processing_options_state": IP4}}, IP4),
    "test event code wa.me": ("track", {"properties": {"test_event_code": "wa.me/33671385294"},
                                        "settings": {"meta_allow_test_event_code_property": "true"}}, FR_DIGITS),
    "key too long with email": ("track", {"properties": {_LONG_KEY: "1"}}, MARK),
    "value too long under an emoji email key": ("track", {"properties": {"vexmorra🅰️gmail.com": "y" * 70_000}},
                                                MARK),
    "contents too deep with phone": ("track", {**_PURCHASE, "properties": {
        "currency": "EUR", "value": "5", "contents": "[" * 20 + '"0671385294"' + "]" * 20}}, FR_DIGITS),
    "contents broken json with spaced email": ("track", {**_PURCHASE, "properties": {
        "currency": "EUR", "value": "5", "contents": "[{id: v e x m o r r a @ gmail"}}, "v e x m o r r a"),
    "content ids past the limit with keycaps": ("track", {"name": "Product Added", "properties": {
        "content_ids": ",".join(["S"] * 230 + [_keycaps("0671385294")])}}, FR_DIGITS),
    "too many properties with phone keys": ("track", {"properties": {
        f"wa_{index}_0671385294": "1" for index in range(300)}}, FR_DIGITS),
    "track name past the allowance with email": ("track", {"name": "x " * 17_000 + EMAIL}, MARK),
    "products past the limit with ip": ("track", {**_PURCHASE, "properties": {"currency": "EUR"}, "products": [
        {"product_id": f"P{index}", "price": "1"} for index in range(210)] + [{"product_id": IP4, "price": "1"}]},
                                        IP4),
    "predicted ltv keycaps": ("track", {"name": "Subscribe", "properties": {
        "predicted_ltv": _keycaps("0671385294")}}, FR_DIGITS),
    "delivery category phone": ("track", {"properties": {"delivery_category": "wa.me/33671385294"}}, FR_DIGITS),
    "content type email": ("track", {"properties": {"content_type": "vexmorra at gmail dot com"}}, MARK),
    "fb login id phone": ("track", {"properties": {"fb_login_id": "33671385294"}}, FR_DIGITS),
    "subscription id spaced email": ("track", {"properties": {"subscription_id": "v e x m o r r a @ gmail.com"}},
                                     "v e x m o r r a"),
    "value too long under a reversed email key": ("track", {"properties": {"moc.liamg@arromxev": "y" * 70_000}},
                                                  "arromxev"),
    "value too long under a handle and provider key": ("track", {"properties": {
        "vexmorra.quillet gmail": "y" * 70_000}}, MARK),
    "value too long under an insta key": ("track", {"properties": {"insta vexmorra.quillet": "y" * 70_000}}, MARK),
    "value too long under a dotted digits key": ("track", {"properties": {"0.6.7.1.3.8.5.2.9.4": "y" * 70_000}},
                                                 FR_DIGITS),
    "value too long under a letters phone key": ("track", {"properties": {"4I5-8E9-Z746": "y" * 70_000}},
                                                 "4i5-8e9-z746"),
    "value too long under an ipv6 dashed key": ("track", {"properties": {IP6.replace(":", "-"): "y" * 70_000}},
                                                IP6.replace(":", "-")),
    "value too long under a reversed card key": ("track", {"properties": {VISA[::-1]: "y" * 70_000}},
                                                 VISA[::-1][4:12]),
    "value too long under a dotted iban key": ("track", {"properties": {
        ".".join(spaced(FR_IBAN).split()): "y" * 70_000}}, ".".join(spaced(FR_IBAN).split()[1:3])),
    "value too long under a spaced email key": ("track", {"properties": {
        "v e x m o r r a at gmail dot com": "y" * 70_000}}, "v e x m o r r a"),
    "value too long under a telegram link key": ("track", {"properties": {"t.me/vexmorra_quillet": "y" * 70_000}},
                                                 MARK),
    "product value too long under a reversed email key": ("track", {**_PURCHASE, "properties": {
        "currency": "EUR", "value": "5"}, "products": [{"product_id": "A", "moc.liamg@arromxev": "y" * 70_000}]},
        "arromxev"),
    "visitor value too long under a reversed email key": ("track", {"visitor": {
        "email": "visitor@example.com", "moc.liamg@arromxev": "y" * 70_000}}, "arromxev"),
    "value phone digits with trunk zero": ("track", {**_PURCHASE, "properties": {"value": "0671385294",
                                                                                  "currency": "EUR"}}, FR_DIGITS),
    "value nanp digits": ("track", {**_PURCHASE, "properties": {"value": US_DIGITS, "currency": "USD"}}, US_DIGITS),
    "value e164 digits": ("track", {**_PURCHASE, "properties": {"value": "33671385294", "currency": "EUR"}},
                          FR_DIGITS),
    "price nanp digits": ("track", {**_PURCHASE, "properties": {"currency": "USD"},
                                    "products": [{"product_id": "A", "price": US_DIGITS}]}, US_DIGITS),
    "predicted ltv nanp digits": ("track", {"name": "Subscribe", "properties": {"predicted_ltv": US_DIGITS,
                                                                                 "currency": "USD"}}, US_DIGITS),
    "predicted ltv trunk mobile": ("track", {"name": "Subscribe", "properties": {"predicted_ltv": "0671385294"}},
                                   FR_DIGITS),
    "quantity phone digits": ("track", {**_PURCHASE, "properties": {"currency": "EUR", "contents": json.dumps(
        [{"id": "A", "item_price": 5, "quantity": 671385294}])}}, FR_DIGITS),
}


def key_cases() -> Iterator[Case]:
    for index, key in enumerate(KEYS + KEYS_MORE):
        where = ["custom property", "page property", "json property", "contents field"][index % 4]
        if where == "custom property":
            yield (f"key {key}: custom property", "track", {"properties": {key: KEY_VALUE}}, [KEY_VALUE])
        elif where == "page property":
            yield (f"key {key}: page property", "page", {"properties": {key: KEY_VALUE}}, [KEY_VALUE])
        elif where == "json property":
            yield (f"key {key}: json property", "track", {"properties": {
                "message_echo": json.dumps({"thread": "T-35", key: KEY_VALUE}, ensure_ascii=False)}}, [KEY_VALUE])
        else:
            yield (f"key {key}: contents field", "track", {"name": "Product Added", "properties": {
                "contents": json.dumps([{"id": "LST-35", "quantity": 1, key: KEY_VALUE}], ensure_ascii=False)}},
                [KEY_VALUE])
    for index, (name, (key, shown)) in enumerate(PERSONAL_KEYS.items()):
        if index % 3 == 1:
            yield (f"key holding {name} @ json property", "track",
                   {"properties": {"message_echo": json.dumps({key: "oui"}, ensure_ascii=False)}}, [shown])
        elif index % 3 == 2:
            yield (f"key holding {name} @ listed custom property", "track",
                   {"properties": {key: "oui"}, "settings": {"meta_custom_data": "colour"}}, [shown])
        else:
            yield (f"key holding {name} @ custom property", "track", {"properties": {key: "oui"}}, [shown])


def query_cases() -> Iterator[Case]:
    for index, (name, (query, shown)) in enumerate(QUERIES.items()):
        where = ["page url", "referrer", "referrer fragment route", "page search"][index % 4]
        if where == "page url":
            yield (f"query {name} @ {where}", "page", {"url": f"{SHOP}/p{query}"}, [shown])
        elif where == "referrer":
            yield (f"query {name} @ {where}", "page", {"referrer": f"https://m.example-market.net/r{query}"},
                   [shown])
        elif where == "referrer fragment route":
            yield (f"query {name} @ {where}", "page", {"referrer": f"https://app.example.net/#/r{query}"}, [shown])
        else:
            yield (f"query {name} @ {where}", "page", {"url": f"{SHOP}/s", "search": query}, [shown])
    for name, (kind, overrides, shown) in SPLITS.items():
        yield (f"query split {name}", kind, overrides, [shown])


def fb_cases() -> Iterator[Case]:
    for index, (name, (value, shown)) in enumerate(FBC_PAYLOADS.items()):
        yield (f"fb fbc {name} @ fbc property", "track", {"properties": {"fbc": value}}, [shown])
        if index % 2:
            yield (f"fb fbc {name} @ visitor fbc", "page", {"visitor": {"fbc": value}}, [shown])
    for index, (name, (value, shown)) in enumerate(FBP_PAYLOADS.items()):
        yield (f"fb fbp {name} @ fbp property", "track", {"properties": {"fbp": value}}, [shown])
        if index % 2 == 0:
            yield (f"fb fbp {name} @ visitor fbp", "page", {"visitor": {"fbp": value}}, [shown])
    for name in ["email spelled with at and dot words", "phone after tag", "whatsapp link"]:
        payload = FBC_PAYLOADS[name][0].split(".", 3)[3]
        yield (f"fb fbclid {name} @ page url", "page", {"url": f"{SHOP}/annonce?fbclid={_q(payload)}"},
               [FBC_PAYLOADS[name][1]])


# Values the gate misses elsewhere, under the settings that must keep them out whatever the gate reads: a custom
# property or the page's title under `meta_custom_data = standard`, a query under `meta_url_query = drop`.
MINIMISED_VALUES: Dict[str, Tuple[str, Any]] = {
    "email zero in the tld": EMAILS_MORE["zero in the tld"],
    "email handle after gmail colon": EMAILS["handle after gmail colon"],
    "phone each digit dotted": PHONES["each digit dotted"],
    "ip ipv6 dashes": IPS["ipv6 dashes"],
    "id iban dotted": IDS["iban dotted"],
}
MINIMISED_PLACES = ["standard custom property", "standard page title", "dropped query",
                    "search field under dropped query", "listed page property"]


def minimised_cases() -> Iterator[Case]:
    for name, (value, shown) in MINIMISED_VALUES.items():
        family, rest = name.split(" ", 1)
        for where in MINIMISED_PLACES:
            yield (f"{family} minimised {rest} @ {where}", *place(where, value), [shown])


def cases() -> List[Case]:
    found: List[Case] = [
        *rotated("email", EMAILS, PLACES, 2),
        *rotated("email", EMAILS_MORE, PLACES, 1, start=3),
        *rotated("email handle", HANDLES, PLACES, 2, start=23),
        *rotated("phone", PHONES, PLACES, 2, start=7),
        *rotated("phone", PHONES_MORE, PLACES, 1, start=17),
        *rotated("phone national", NATIONAL_PHONES, PLACES, 1, start=13),
        *rotated("ip", IPS, PLACES, 2, start=19),
        *rotated("ip", IPS_MORE, PLACES, 1, start=31),
        *rotated("id", IDS, PLACES, 2, start=29),
        *rotated("id", IDS_MORE, PLACES, 1, start=5),
        *fb_cases(), *key_cases(), *query_cases(), *minimised_cases(),
    ]
    found += [(f"track {name}", "track", {"properties": properties}, [shown])
              for name, (properties, shown) in ID_PROPERTIES.items()]
    found += [(f"user {name}", "user", {"user_properties": properties}, [shown])
              for name, (properties, shown) in USER_PROPERTIES.items()]
    found += [(f"err {name}", kind, overrides, [shown]) for name, (kind, overrides, shown) in ERR_VALUES.items()]
    return found


# Numbers as people write them: (properties of an Order Completed, the field, the numbers it may go out as). A number
# must go out as written or end in an Err naming its field (a `predicted_ltv` may be left out, as the README says).
def _contents(price: str = "5", quantity: str = "1") -> str:
    return f'[{{"id": "S-35", "item_price": {price}, "quantity": {quantity}}}]'


def _ltv(text: str) -> Dict[str, str]:
    return {"predicted_ltv": text, "value": "5", "currency": "EUR"}


def _value(text: str, currency: str = "EUR") -> Dict[str, str]:
    return {"value": text, "currency": currency}


def _price(text: str) -> Dict[str, str]:
    return {"currency": "EUR", "contents": _contents(price=json.dumps(text))}


def _quantity(text: str) -> Dict[str, str]:
    return {"currency": "EUR", "contents": _contents(quantity=json.dumps(text))}


NUMBERS: Dict[str, Tuple[Dict[str, str], str, List[float]]] = {
    "value full-width digits": (_value("１２３"), "value", [123.0]),
    "value keycap digits": (_value(_keycaps("12")), "value", [12.0]),
    "value german dash cents": (_value("12,-"), "value", [12.0]),
    "value euro sign before": (_value("€12"), "value", [12.0]),
    "value euro sign glued after": (_value("12.50€"), "value", [12.5]),
    "value code before": (_value("EUR 12.50"), "value", [12.5]),
    "value french euro between": (_value("12€50"), "value", [12.5]),
    "value k suffix": (_value("1.5k"), "value", [1500.0]),
    "value vulgar fraction": (_value("12½"), "value", [12.5]),
    "value zero padded": (_value("0012"), "value", [12.0]),
    "value blanks thousands": (_value("1 000 000"), "value", [1_000_000.0]),
    "value accounting negative": (_value("(12)"), "value", []),
    "value trailing minus": (_value("12-"), "value", []),
    "value comma decimal": (_value("1,5"), "value", [1.5]),
    "value mantissa exponent": (_value("1.2e1"), "value", [12.0]),
    "value below float range": (_value("0.1e-400"), "value", []),
    "value beyond double precision": (_value("9007199254740993"), "value", []),
    "value many decimals": (_value("12.345678901234567890"), "value", [12.345678901234567]),
    "value tiny exponent": (_value("1e-7"), "value", [1e-7]),
    "value bengali digits": (_value("১২", "BDT"), "value", [12.0]),
    "value tamil digits": (_value("௧௨", "INR"), "value", [12.0]),
    "value thai digits": (_value("๑๒", "THB"), "value", [12.0]),
    "value no-break space thousands": (_value("12\u00a0000"), "value", [12000.0]),
    "value apostrophe thousands": (_value("12'000", "CHF"), "value", [12000.0]),
    "value right quote thousands": (_value("1’234.50", "CHF"), "value", [1234.5]),
    "value arabic decimal only": (_value("٫٥", "SAR"), "value", [0.5]),
    "value plus zero": (_value("+0"), "value", [0.0]),
    "value hex float": (_value("0x1p3"), "value", [8.0]),
    "value german millions": (_value("12.345.678,90"), "value", [12345678.9]),
    "value english millions": (_value("1,234,567"), "value", [1234567.0]),
    "value double minus": (_value("--12"), "value", []),
    "value two dots": (_value("12..5"), "value", []),
    "value words": (_value("twelve"), "value", []),
    "value dollar thousands": (_value("$1,299", "USD"), "value", [1299.0]),
    "value real thousands": (_value("R$ 1.234,56", "BRL"), "value", [1234.56]),
    "value rupee lakh": (_value("₹1,23,456", "INR"), "value", [123456.0]),
    "value german dash thousands": (_value("1.299,-"), "value", [1299.0]),
    "value ideographic digits": (_value("一二三", "JPY"), "value", [123.0]),
    "value eleven digits": (_value("48271953120", "VND"), "value", [48271953120.0]),
    "value twelve digits in thousands": (_value("482719531000", "VND"), "value", []),
    "revenue keycaps": ({"revenue": _keycaps("25"), "currency": "EUR"}, "value", [25.0]),
    "total euro sign": ({"total": "€ 25,90", "currency": "EUR"}, "value", [25.9]),
    "price full-width": (_price("１２"), "item_price", [12.0]),
    "price comma decimal": (_price("12,5"), "item_price", [12.5]),
    "price arabic decimal separator": (_price("١٢٫٥"), "item_price", [12.5]),
    "price keycaps": (_price(_keycaps("12")), "item_price", [12.0]),
    "price french euro between": (_price("12€50"), "item_price", [12.5]),
    "price dash cents": (_price("12,-"), "item_price", [12.0]),
    "price blanks thousands": (_price("1 299,00"), "item_price", [1299.0]),
    "price zero padded": (_price("0012"), "item_price", [12.0]),
    "price negative zero string": (_price("-0"), "item_price", [0.0]),
    "price tiny": (_price("1e-7"), "item_price", [1e-7]),
    "quantity arabic-indic": (_quantity("٣"), "quantity", [3.0]),
    "quantity one point zero": (_quantity("1.0"), "quantity", [1.0]),
    "quantity zero padded": (_quantity("01"), "quantity", [1.0]),
    "quantity plus": (_quantity("+1"), "quantity", [1.0]),
    "quantity exponent zero": (_quantity("1e0"), "quantity", [1.0]),
    "quantity full-width": (_quantity("２"), "quantity", [2.0]),
    "quantity keycap": (_quantity(_keycaps("3")), "quantity", [3.0]),
    "quantity with unit": (_quantity("2 pcs"), "quantity", []),
    "quantity x prefix": (_quantity("x2"), "quantity", []),
    "quantity english million": (_quantity("1,000,000"), "quantity", [1_000_000.0]),
    "quantity over the limit": (_quantity("1000001"), "quantity", []),
    "quantity json number float": ({"currency": "EUR", "contents": _contents(quantity="2.0")}, "quantity", [2.0]),
    "quantity json big exponent": ({"currency": "EUR", "contents": _contents(quantity="1e6")}, "quantity",
                                   [1_000_000.0]),
    "predicted ltv full-width": (_ltv("１２３"), "predicted_ltv", [123.0]),
    "predicted ltv keycaps": (_ltv(_keycaps("12")), "predicted_ltv", [12.0]),
    "predicted ltv comma decimal": (_ltv("1,5"), "predicted_ltv", [1.5]),
    "predicted ltv euro sign": (_ltv("€12"), "predicted_ltv", [12.0]),
    "predicted ltv twelve digits": (_ltv("482719531000"), "predicted_ltv", []),
    "predicted ltv negative": (_ltv("-12"), "predicted_ltv", []),
}


# Ordinary listing and shop data that shares the attack's shapes and words, which must go out unchanged.
ORDINARY: Dict[str, List[str]] = {
    "versions and builds": ["v4.20.1", "Version 2.0.1.4", "firmware 1.0.9", "build 9f3c2e1", "Python 3.14.0",
                            "iOS 18.2", "Node 22.11.0"],
    "prices": ["12€50", "12,- €", "€ 1.299,00", "1 299 kr", "$12.99/mo", "½ prix", "-30 % dès 2 articles"],
    "skus and codes": ["SKU OL-1O2", "Réf. IO-4821", "ISBN 978-0-306-40615-7", "EAN 5901234123457",
                       "Model A2894", "Part 0671-38", "LOT 52-94-B"],
    "dates and times": ["02.12.2026", "2026-12-02", "02/12 à 18h30", "Mon–Sat 9:00–19:00", "Q4 2026"],
    "colours and css": ["#1E90FF", "#0f0", "rgba(0, 0, 0, .5)", "margin: 0 auto", "font-size: 1.2rem"],
    "emoji and symbols in listings": ["🅰️ Grade Vintage Jacket", "⚫ Black Dot Tee", "● Live now", "• Free shipping •",
                                      "1️⃣ Birthday Banner", "Ⓐ Anarchy Patch", "Keycap 3️⃣ Candle"],
    "messenger and provider words": ["WhatsApp Sticker Pack", "Telegram Bot Guide (book)", "Signal Red Lipstick",
                                     "Insta-ready Ring Light", "Gmail Productivity Course", "Line Friends Plush",
                                     "Viber Case for iPhone"],
    "number words in titles": ["Twenty One Pilots Tee", "Ocean's Eleven DVD", "Zero Sugar 6 Pack",
                               "Catch-22 Paperback", "Seven Seas Mug", "Route 66 Sign", "Nokia 3310 Cover"],
    "upside-down and styled titles": ["ɥǝllo ʍoɹlp Tee", "ᴠɪɴᴛᴀɢᴇ Denim", "𝐁𝐨𝐥𝐝 Hoodie", "ｖａｐｏｒ Poster",
                                      "Ⓢⓐⓛⓔ Banner"],
    "store places": ["48.8566, 2.3522", "Stand 4B, Hall 7", "Marché aux puces, allée 12"],
}
ORDINARY["listing words near the tricks"] = [
    "S.W.A.T. Team Kit", "L O V E Necklace", "B-I-N-G-O Game", "N.A.S.A. Hoodie", "sdrawkcab Mug",
    "Chez Marie Boutique", "Arroba Tattoo Studio", "Point Break DVD", "Signal Flag Set", "Snap Button Kit",
    "Venmo Card Holder", "PayPal Gift Card 25 €", "A-B-C-D Blocks", "1 • 2 • 3 Stickers",
    "Countdown 10 9 8 7 6 5 4 3 2 1", "Route 66 ★ 1926", "Cat 6a S/FTP 10 m", "Dot & Dash Notebook",
    "At the Beach Puzzle 1000", "Keep Calm and Text Me Tee"]
ORDINARY_PLACES = ["custom property", "page title", "product name", "search string"]
ORDINARY_IDS = ["LST-35-OL", "A1B2-C3D4", "ORD-0671-3852", "2026-12-02-0042", "vinted-4821395", "etsy_1290457781",
                "ebay-374829105532", "INV/2026/0042", "O-1234", "00042"]
ORDINARY_ID_PLACES = ["order id", "custom property"]
ORDINARY_KEYS_35 = ["whatsapp_opt_in", "telegram_channel_url", "instagram_post_url", "signal_strength_dbm",
                    "line_item_count", "mail_campaign_id", "phone_case_colour", "address_book_enabled",
                    "ip_rating", "name_tag_text", "street_style", "city_break_nights", "zip_pocket",
                    "card_colour", "iban_valid", "handle_length_cm", "post_type", "birth_stone"]
ORDINARY_URLS_35 = [
    f"{SHOP}/annonce/48213-veste-vintage?ref=home",
    f"{SHOP}/c/high-tech/telephones?sort=prix",
    f"{SHOP}/annonce/48213?utm_source=whatsapp&utm_medium=share",
    f"{SHOP}/annonce/48213?utm_source=telegram&utm_campaign=noel_2026",
    f"{SHOP}/p/coque-whatsapp-sticker",
    f"{SHOP}/img/veste@2x.webp",
    f"{SHOP}/v/1.2.14/app.js",
    f"{SHOP}/recherche?q=nokia+3310",
    f"{SHOP}/annonce/48213#photos",
]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, {family: ORDINARY_PLACES for family in ORDINARY}, place)
    yield from ordinary_in_places({"shop ids": ORDINARY_IDS}, {"shop ids": ORDINARY_ID_PLACES}, place)
    yield from ordinary_keys(ORDINARY_KEYS_35)
    yield from ordinary_urls(ORDINARY_URLS_35)
