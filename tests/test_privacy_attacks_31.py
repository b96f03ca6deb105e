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
    # a salutation and a name in the round's languages: Romanian `Bună ziua, doamna …,` (a greeting, an honorific
    # and one word before a comma, which the README reads in `Hallo Frau Schmidt, Ihr Paket`), Indonesian `Halo Kak
    # …,` and Vietnamese `Chào chị …,` (a greeting, a sibling's word as an honorific, one word), Thai `เรียน คุณ …`,
    # Finnish `Hei Aino Virtasqa,` before a line said to the person (`tilauksesi`), a Ukrainian greeting and two words
    # before `!`, a Korean given name and `님` before a comma
    "mail greetings": [
        "mail ro greeting buna ziua doamna @", "mail id greeting halo kak @", "mail vi chao chi @",
        "mail th greeting rian khun @", "mail fi greeting hei @", "mail uk greeting dobroho dnia @",
        "mail ko given name comma @", "mail en hi wave @",
    ],
    # honorifics and addressees beyond the lexicons the README names: Japanese `先生` and katakana `サマ` after a full
    # name, Korean `님` after a blank, `씨`, a given name before `고객님`, a Chinese given name before `女士：您好`
    "mail honorifics": [
        "mail ja sensei @", "mail ja katakana sama @", "mail ko nim spaced @", "mail ko ssi @",
        "mail ko given name customer @", "mail zh given name nvshi @",
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
        "mail ja yoroshiku @", "mail zh closing zhuhao @", "mail zh hant jingshang @",
        "mail en single dash @", "mail en tilde @", "mail en em dash line @",
    ],
    # an account's title: Hungarian, Indonesian and Greek welcomes back, a Vietnamese greeting and a full name before
    # ` | Tài khoản của tôi`, a Korean given name and `님`
    "account titles": [
        "account hu udv ujra @", "account id selamat datang @", "account el kalos irthate @", "account vi xin chao @",
        "account ko given name nim @",
    ],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "The layout rules for addresses and names (`postal.py`) do not claim a person's name written without a"
    " salutation or a personal label before it, nor a Japanese honorific after it (`Wyn Okafor`, `Thanks, Wyn`...)": [
        "chat zendesk block @", "review stars after name @",
        "review stars verified brackets @", "account hi comma caret @", "account hello bang my account @",
        "account fr bienvenue spaced bang @", "account en welcome back wave @", "mail cs ahoj vocative @",
        "mail hu szia @", "mail da hej given @", "mail el geia sou @", "mail en hey given @",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
_PLACES = ["page title", "custom property", "content title", "page title property"]
DROPPED: Dict[str, List[str]] = {
    # a business signing in a script without capitals: the Chinese closing on its lines above a department
    # (`此致\n敬礼\n客服部`), Hebrew `בברכה,` above the service's team (`צוות השירות`)
    "business signatures": [
        f"business signatures and newsletters: {text} @ {where}"
        for text in ["此致\n敬礼\n客服部", "בברכה,\nצוות השירות"] for where in _PLACES
    ],
    # near misses of the thirtieth round's rules:
    # a welcome back and a nickname for the visitor before `!` (`Willkommen zurück, Schnäppchenjäger!`,
    # "bargain hunter"); a greeting, a comma and a product's two words ending the text (`Hello, Gorgeous Lipstick`);
    # a Korean pet's word of three syllables whose first is a family name of the lexicon before `님` (`고양이님 간식`,
    # "cat-nim treats"; `강아지님 방석`)
    "near misses": [
        f"near misses of the thirtieth round's rules: {text} @ {where}"
        for text in ["Willkommen zurück, Schnäppchenjäger!", "Hello, Gorgeous Lipstick", "고양이님 간식",
                     "강아지님 방석"]
        for where in _PLACES
    ],
    # a salutation calling a figure before a line in lower case: Hungarian's and Greek's Santa (`Kedves Mikulás,`,
    # `Αγαπητέ Άγιε Βασίλη,`), as English `Dear Santa,` goes out
    "near misses of the headers and salutations": [
        f"near misses of the headers, chats, closings and honorifics: {text} @ {where}"
        for text in ["Kedves Mikulás,\nlevélpapír készlet", "Αγαπητέ Άγιε Βασίλη,\nγράμμα"]
        for where in _PLACES
    ],
    # drops the README accepts: a shop named after its founder in an account's title (`Tom Ford | Mein Konto`,
    # `Hugo Boss · Mein Konto`, after a breadcrumb's `»`: `Mein Konto » Tommy Hilfiger`) and, by the same reading,
    # an order of a founder's brand (`Bestellung für Tom Ford`, `Ordine n. 48213 di Giorgio Armani`); capitalized
    # words after a closing formula and a comma ending the text
    # (`Yours Truly, Johnny Dollar`, as `Cheers, Big Ears`)
    "accepted by the README": [
        f"near misses of the thirtieth round's rules: {text} @ {where}"
        for text in ["Tom Ford | Mein Konto", "Hugo Boss · Mein Konto", "Mein Konto » Tommy Hilfiger",
                     "Bestellung für Tom Ford",
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
