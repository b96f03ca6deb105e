"""A thirty-first outside attack (tests/privacy_attack_cases_31.py, written from the README's promises without
reading the gate's code nor the earlier attacks' cases): the thirtieth round's young layouts pressed both ways.
Leaks: mails' greetings, closings and signatures, phone footers and quoted replies' headers in Czech, Hungarian,
Greek, Romanian, Vietnamese, Indonesian, Thai, Hebrew, Finnish, Danish, Norwegian, Ukrainian, Japanese, Korean and
Chinese, Outlook's header block in each language (the shopper as its sender or its recipient), mails' HTML
bodies, support widgets' and messengers' exported transcripts (WhatsApp, Zendesk, Intercom, Gorgias, Freshdesk,
LiveChat), reviews and surveys signed by their writer, and an account's title with its holder's name in the forms
shops render; in the leaves of Meta's payload the README maps, run natively.
Drops: orders' and invoices' titles naming a brand or a service, business signatures in scripts without capitals;
films, books and products whose titles open on a greeting or a closing, account pages without a name, Asian
products with an honorific in their name, in-app user agents and ad-click URLs go out.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import attack_params, naming_problems, ordinary_goes_out, ordinary_params, outcome
from privacy_attack_cases_31 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a salutation and a name in the round's languages: Finnish `Hei Aino Virtasqa,` before a line said to the person
    # (`tilauksesi`) in a mail's HTML body, its line broken by `<br>` (read in plain text)
    "mail greetings": [
        "mail fi greeting hei @ HTML property",
    ],
    # phone and app footers in Finnish, Greek, Ukrainian and Hungarian under a closing the README reads, and
    # English `Get Outlook for Android` under `Best,`
    "mail footers": [
        "mail fi footer @", "mail el footer @", "mail uk footer @", "mail hu footer @",
        "mail en outlook android footer @",
    ],
    # the shopper as the recipient in Outlook's header block, its `To:` under `Sent:` in German, Czech, Greek,
    # Indonesian, Danish, Ukrainian and Hebrew (`An:`, `Komu:`, `Προς:`, `Kepada:`, `Til:`, `Кому:`, `אל:`; the
    # English, Finnish, Hungarian and Japanese blocks are read)
    "mail recipients' headers": [
        "mail de outlook an @", "mail cs outlook komu @", "mail el outlook pros @", "mail id outlook kepada @",
        "mail da outlook til @", "mail uk outlook komu @", "mail he outlook el @",
    ],
    # a mail's HTML body, its lines broken by `<br>` in a `<p>`: the closing tag after the signature (`…<br>Jana
    # Dvořákqa</p>`) keeps the name from ending the text, so closings read in plain text (`S pozdravem`, `Με
    # εκτίμηση,`, `Ystävällisin terveisin`, `Med venlig hilsen`, `敬具`, `此致`/`敬礼`, `Viele Grüße` above a phone's
    # footer) and the English `To:` block leak there
    "mails in HTML": [
        f"mail {stem} @ HTML property"
        for stem in ["cs closing s pozdravem", "el closing me ektimisi", "fi closing ystavallisin",
                     "da closing med venlig hilsen", "ja haikei keigu", "zh cizhi jingli split", "en outlook to",
                     "de samsung footer"]
    ],
    # a closing and the signature under it: Romanian `Cu drag,` above `Trimis de pe iPhone-ul meu`, Vietnamese
    # `Trân trọng,`, Indonesian `Salam hangat,`, Thai `ขอแสดงความนับถือ`, Finnish `Terveisin` and Norwegian
    # `Hilsen` before a full name without a comma (the Norwegian above `Sendt fra min iPhone`), Japanese
    # `よろしくお願いします。`, Chinese `祝好，` and traditional `敬祝 商祺` with `敬上` after the name; informal
    # closings the lexicons lack
    # (Italian `Ciao,`, Portuguese `Beijos,`, Dutch `Groeten,`, French `Bonne journée,`, Czech `Hezký den`,
    # Ukrainian `Гарного дня,`, English `Warmly,`, Danish `Vh`), Hungarian `Üdvözlettel:` ending its line, Korean
    # `배상` after the name, a signature after one dash, an em dash or a tilde opening its line
    "mail closings": [
        "mail ro closing cu drag iphone @", "mail vi closing tran trong @", "mail id closing salam hangat @",
        "mail th closing khob khun @", "mail fi closing terveisin no comma @", "mail no closing hilsen iphone @",
        "mail ja yoroshiku @", "mail zh closing zhuhao @", "mail zh hant jingshang @", "mail it ciao @",
        "mail pt beijos @", "mail nl groeten @", "mail fr bonne journee @", "mail cs hezky den @",
        "mail uk harnoho dnia @", "mail en warmly @", "mail da vh @", "mail hu colon line @", "mail ko baesang @",
        "mail en single dash @", "mail en tilde @", "mail en em dash line @",
    ],
    # chat exports: a messenger's time stamp with its date (WhatsApp's `[03/12/2026, 10:42:11] Anna Schmidtqa:`,
    # `03/12/2026, 10:42 - …:`), a time stamp before a message opening in capitals or without brackets, an emoji
    # before the speaker, `Visitor` and a full name before the colon, German `Kundin … hat geschrieben:`
    "chat transcripts": [
        "chat whatsapp export bracket @", "chat whatsapp export dash @", "chat time capital message @",
        "chat time no brackets @", "chat emoji speaker @", "chat livechat visitor @", "chat de kundin schreibt @",
    ],
    # a review's writer after a shopper's act without its colon (`Reviewed by … on`, `Posted by … ·`, `Bewertet
    # von`, `Avis de … :`), after `Verified buyer:` (a shopper's role), after a dash ending a quoted review (`! –
    # Anna Kowalczykqa, Berlin`, `“ — …`)
    "reviews": [
        "review reviewed by on @", "review posted by @", "review de bewertet von @", "review fr avis de @",
        "review verified buyer @", "review dash name city @", "review quoted em dash @",
    ],
    # an account's title: a full name after `»` or `::`, an e-mail's local part or a name split by an emoji before
    # ` | My Account`, Arabic after `»`, Hebrew and Thai after ` | `; and in
    # JSON text only: `Ottilie S. · Mein Konto`,
    # `O. Schimmelpfennig | My Account`, `Bentornato, Ottilie Schimmelpfennig`, a full name before `| Meine
    # Bestellungen` or `· Mein Konto` (found in the page's title and its property, not in a JSON string)
    "account titles": [
        "account guillemet @", "account double colon @", "account local part @", "account emoji in name @",
        "account ar guillemet @", "account he pipe @", "account th pipe @",
        "account initial surname @ JSON property",
        "account initial first @ JSON property", "account it bentornato full @ JSON property",
        "account name pipe orders @ JSON property", "account name middot account @ JSON property",
    ],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "The layout rules for addresses and names (`postal.py`) do not claim a person's name written without a"
    " salutation or a personal label before it, nor a Japanese honorific after it (`Wyn Okafor`, `Thanks, Wyn`...)": [
        "chat customer said @", "chat visitor arrow agent @", "chat zendesk block @", "chat intercom replied @",
        "chat intercom conversation with @", "chat freshdesk reported @", "chat chat started by @",
        "chat agent joined @", "chat fr client a ecrit @", "chat es cliente dijo @", "review stars after name @",
        "review stars verified brackets @", "account hi comma caret @", "account hello bang my account @",
        "account fr bienvenue spaced bang @", "account en welcome back wave @", "mail cs ahoj vocative @",
        "mail hu szia @", "mail da hej given @", "mail el geia sou @", "mail en hey given @",
    ],
    "a mail's recipients' headers, read as a recipient's label (... `To:` when a header only a mail has ... opens"
    " another line: `From: Berlin` and `To: New York` are a trip's); a label naming who did an act only a shopper"
    " does ... not ... `From:`": [
        "mail cs outlook block @", "mail hu outlook block @", "mail el outlook block @", "mail id outlook block @",
        "mail he outlook block @", "mail fi outlook block @", "mail da outlook block @", "mail no outlook block @",
        "mail uk outlook block @", "mail en outlook block @", "mail de outlook block @", "chat gorgias via chat @",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
_PLACES = ["page title", "custom property", "content title", "page title property"]
DROPPED: Dict[str, List[str]] = {
    # an order's or an invoice's title naming a product, a brand's product or a service after `for`, `für` or `de`
    # (`Order #48213 for Nike Air Max`, `Rechnung für Adobe Creative Cloud`, `Factura de Movistar Fibra`, `Invoice
    # for Shopify Plus`): read as a person's document; `Order for Nike`, `Pedido de Zara`, `Invoice for Web Design
    # Services` go out
    "orders and invoices of a brand": [
        f"orders and invoices of a brand: {title} @ {where}"
        for title in ["Order #48213 for Nike Air Max", "Rechnung für Adobe Creative Cloud", "Factura de Movistar Fibra",
                      "Invoice for Shopify Plus"]
        for where in _PLACES
    ],
    # a business signing in a script without capitals: the Chinese closing on its lines above a department
    # (`此致\n敬礼\n客服部`), Hebrew `בברכה,` above the service's team (`צוות השירות`)
    "business signatures": [
        f"business signatures and newsletters: {text} @ {where}"
        for text in ["此致\n敬礼\n客服部", "בברכה,\nצוות השירות"] for where in _PLACES
    ],
    # near misses of the thirtieth round's rules: a service's plan after `Invoice for` (`Invoice for Spotify
    # Premium`); `Best,` and a card's two words (`Best, Bestie Card`); a brewery's brand and its kind word before
    # `· Mein Konto` (`Ottakringer Bier`)
    "near misses": [
        f"near misses of the thirtieth round's rules: {text} @ {where}"
        for text in ["Invoice for Spotify Premium", "Best, Bestie Card", "Ottakringer Bier · Mein Konto"]
        for where in _PLACES
    ],
    # a quoted reply's header shape holding an author of a book's title (`Le 3 décembre, Victor Hugo a écrit :
    # anthologie`); a salutation calling a thing before a line in lower case: `Dear Diary,` (a journal), as English
    # `Dear Santa,` goes out
    "near misses of the headers and salutations": [
        f"near misses of the headers, chats, closings and honorifics: {text} @ {where}"
        for text in ["Le 3 décembre, Victor Hugo a écrit : anthologie", "Dear Diary,\na journal for teens"]
        for where in _PLACES
    ],
    # drops the README accepts: a shop named after its founder in an account's title (`Tom Ford | Mein Konto`,
    # `Hugo Boss · Mein Konto`) and, by the same reading, an order of a founder's brand (`Bestellung für Tom Ford`,
    # `Ordine n. 48213 di Giorgio Armani`); capitalized words after a closing formula and a comma ending the text
    # (`Yours Truly, Johnny Dollar`, as `Cheers, Big Ears`)
    "accepted by the README": [
        f"near misses of the thirtieth round's rules: {text} @ {where}"
        for text in ["Tom Ford | Mein Konto", "Hugo Boss · Mein Konto", "Bestellung für Tom Ford",
                     "Ordine n. 48213 di Giorgio Armani", "Yours Truly, Johnny Dollar"]
        for where in _PLACES
    ],
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "thirty-first", NOT_CLAIMED))
def test_no_thirty_first_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_thirty_first_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert 300 <= len(names) <= 600
    assert sorted({name.split(" ")[0] for name in names}) == ["account", "chat", "mail", "review"]
    assert len(ORDINARY) >= len(CASES)


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "thirty-first"))
def test_ordinary_shop_data_of_the_thirty_first_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
