"""A thirtieth outside attack (tests/privacy_attack_cases_30.py, written from the README's promises without reading
the gate's code nor the earlier attacks' cases): the commonest shapes of the languages Edgee's shops sell in
(English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Japanese, Korean, Chinese in both
scripts, Turkish, Arabic, Russian), both ways. Leaks: the page titles of order, account, checkout, invoice and
wishlist pages with the shopper's name, checkout fields (full names, company and name, addresses in each big
country's layout, delivery notes, gift messages, tax and identity numbers with their check digits, IBANs in free
text, national phone numbers without a label), e-mail templates and support chats (closings and signatures,
`Sent from my iPhone`, quoted replies, transcripts, self-introductions) and what visitors type in a search box;
in the leaves of Meta's payload the README maps, run natively. Drops: real in-app browsers' user agents, ad-click
URLs, products and brands named after people, films and books, shop page titles, variants, sizes, prices, order
numbers and product references, categories and shop URLs of the same languages.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import attack_params, naming_problems, ordinary_goes_out, ordinary_params, outcome
from privacy_attack_cases_30 import ACCOUNT_PAGES, FOUNDER_SHOP_TITLES, IN_APP_USER_AGENTS, Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a shop's personalized titles: a full name after an order's or an invoice's word and a preposition without a
    # number (`Commande de`, `Pedido de`, `Bestelling van`, `Bestellung für`, `Bestellbestätigung für`, `Заказ
    # для`), after `Rechnung` alone, after an invoice's number and `for`, after `Wishlist of`, after an account's or
    # an order's title and `·`, ` – ` (`Order confirmation – …`, `Siparişlerim - …`) or in brackets, before the
    # account's title (`Katrin Oberhauser | Mein Konto`, `[…] Mein Konto`), after `Zalogowany jako` (Polish "logged
    # in as"), after `|` in Chinese and Arabic, a Korean name and `님` after `|` or before `의 장바구니`, a Chinese
    # name before `的订单`, a Russian name in the genitive after `Заказы`, an Arabic name after `طلبات`, Turkish
    # `Sipariş sahibi:`, a greeting and a full name before a title's separator, `Thank you for your order,` after
    # an emoji
    "page titles": [
        "name title en order thanks emoji @", "name title en wishlist of @", "name title en invoice for @",
        "name title en invoice number for @", "name title de bestellung fuer @", "name title de hallo konto @",
        "name title de hallo konto bar @", "name title fr commande de @", "name title es pedido de @",
        "name title it mio account dot @", "name title it ordine di @", "name title nl mijn account brackets @",
        "name title nl bestelling van @", "name title pl zamowienie @", "name title ko mypage nim @",
        "name title zh hans account @", "name title zh hans account bar @", "name title zh hant account @",
        "name title tr siparis @", "name title ar account @", "name title ar account bar @",
        "name title ru order for @", "name title en order confirmation dash @", "name title en name first dash @",
        "name title de bestellbestaetigung fuer @", "name title de rechnung name @", "name title de rechnung fuer @",
        "name title de name first bar @",
        "name title de name in brackets first @", "name title de konto parens @", "name title pl logged in as @",
        "name title ko nim cart @", "name title zh hans orders of @", "name title ru genitive orders @",
        "name title ar orders of @", "name title tr orders dash @",
    ],
    # mails and chats: `Best,`, informal closings (`LG,`, `VG`, `Bisous,`, `Groetjes,`, `Abraços,`, `Mvh`) and the
    # closings of Japanese (`敬具`), Chinese (`此致敬礼`) and Korean (`… 드림`), a closing's signature followed by
    # `Sent from my iPhone` (or its German, or `Sent from my Galaxy`) or a quoted reply, the quoted reply's `On …,
    # Name wrote:` in four languages, salutations with a first name and a comma in gift messages and mails (`Dear`,
    # `Lieber`, `Querida`, `Cara`, `Sevgili`, `Дорогая`, `親愛的`, `عزيزتي`, `Madame … ,`), Korean `고객님` and
    # Chinese `先生` after a name, gift messages (`Für Oma Gertrud`, `liebe Henrike!`), chats (`this is …`, a
    # speaker's name after a time stamp, `Kunde … schreibt:`, `Hi … ,` with `your` on the next line), Korean and
    # Turkish self-introductions
    "mails and chats": [
        "name mail gift fuer oma @", "name mail gift birthday de @", "name mail closing en best @",
        "name mail closing ja @", "name mail closing ko @", "name mail closing zh @",
        "name mail closing then iphone en @", "name mail closing then iphone de @", "name mail closing then quote @",
        "name mail quoted en @", "name mail quoted de @", "name mail quoted fr @", "name mail quoted es @",
        "name mail intro ko @", "name mail intro tr @", "name mail salutation en dear @",
        "name mail salutation de lieber @", "name mail salutation es querida @", "name mail salutation it cara @",
        "name mail salutation tr sevgili @", "name mail salutation ru dorogaya @", "name mail salutation zh hant @",
        "name mail salutation ar @", "name mail salutation fr madame @", "name mail salutation ko customer @",
        "name mail salutation zh xiansheng @", "name mail closing informal de @", "name mail closing informal de vg @",
        "name mail closing informal fr @", "name mail closing informal nl @", "name mail closing informal pt @",
        "name mail closing informal sv @", "name mail closing cheers galaxy @", "name mail chat this is @",
        "name mail chat timestamp speaker @", "name mail chat kunde schreibt @", "name mail chat hi then your @",
    ],
    # checkout fields and delivery notes: `attn.` in lower case with a dot, `ATTN` without a colon, `À l'attention
    # de`, the doorbell's label (`Klingel:`, `Name an der Klingel:`), an honorific and a name inside a sentence
    # (`Herrn`, `Mme`, `Sr.`, `pani`, `fam.`)
    "checkout fields": [
        "name field field company and name @", "name field note klingel @", "name field note name on the bell @",
        "name field note neighbour herrn @", "name field note attention fr @", "name field note attn capitals @",
        "name field note fr @", "name field note es @", "name field note nl @", "name field note pl @",
    ],
    # a street line after a street's own label (`Straße:`, `Street:`) or a delivery's (`Deliver to:`, `Lieferung
    # an:`, `Livraison :`, `Entrega en:`), a Dutch `bis` after the house number, an Italian province's code after
    # the town, a US address without commas, a Turkish `Mah.`/`Sok.`/`No:`/`Daire:` line, a Russian address from
    # the country down, a Riyadh address in Arabic, a German street typed in lower case in a search box
    "addresses": [
        "postal it @", "postal nl @", "postal de street only label @", "postal en street label @",
        "postal us no commas @ custom property", "postal tr mahalle sokak @ custom property",
        "postal ru country first @", "postal sa riyadh @", "postal de lower case search @", "postal en deliver to @",
        "postal de lieferung an @", "postal fr livraison @", "postal es entrega en @ custom property",
    ],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "The layout rules for addresses and names (`postal.py`) do not claim a person's name written without a"
    " salutation or a personal label before it, nor a Japanese honorific after it (`Wyn Okafor`, `Thanks, Wyn`...)": [
        "name title en order thanks @", "name title en hi name @", "name mail gift fr @",
        "name mail sent from iphone @", "name field field full name @", "name field note reception en @",
        "name field note neighbour de @", "name field note it @", "name field note ja @",
        "name field note search order name @", "name field typed name search @", "name mail gift en to from @",
        "name mail gift de fuer von @", "name mail chat joined @",
    ],
    "The layout rules for addresses and names (`postal.py`) do not claim ... a street line with nothing after it and"
    " no personal address label before it (`12 Awolowo Road`, ...)": [
        "postal es avenida alone @", "postal it piazza alone @", "postal br apto @", "postal ru street alone @",
    ],
    "a mail's recipients' headers, read as a recipient's label (... `To:` when a header only a mail has ... opens"
    " another line: `From: Berlin` and `To: New York` are a trip's); a label naming who did an act only a shopper"
    " does ... not ... `From:`": [
        "name mail gift from to @",
    ],
    "the UK's National Insurance number as printed (...: unbroken and without its label, a code's shape, it is not"
    " read)": [
        "id uk nino unbroken @",
    ],
}

_TEXT = ["custom property", "page title", "content title"]
_GO_OUT = {"Warenkorb | Hugo Boss", "Wishlist - Ralph Lauren", "Mein Konto | HUGO BOSS", "Mein Konto | s.Oliver",
           "Mein Konto | Zalando"}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # an account's, a wishlist's or an order's title naming the shop, whose brand is its founder's name (`My Account
    # | Ralph Lauren`, `Mein Konto - Tom Tailor`, `Ralph Lauren's Wishlist`, `Order #48213 for Hugo Boss Outlet`):
    # read as the holder's full name; the brand in capitals or with a country's code after it goes out
    "founder shops' titles": [
        f"founder shops' titles: {title} @ page title" for title in FOUNDER_SHOP_TITLES if title not in _GO_OUT
    ],
    # an account's sub-page titled in title case after the account's title and ` - `, ` | `, `: ` (`My Account -
    # Order History`, `Mein Konto - Meine Daten`, `Mon compte | Mes Commandes`): read as the holder's full name
    # after an account's title; one word (`My Account - Addresses`) or a Cyrillic title goes out; and a magazine's
    # title after an honorific and a comma, then lower case (`Madame Figaro, édition du week-end`)
    "account pages": [
        f"account pages: {title} @ page title"
        for title in ACCOUNT_PAGES[:ACCOUNT_PAGES.index("My Account - Dashboard")]
    ],
    # Inditex's product references (Zara, Massimo Dutti, Bershka: model/quality/colour, `Ref. 5536/302/800`) and a
    # model number in three groups after `Modell`: ten digits read as a phone number, after a code label too
    "product references": [
        *(f"variants and prices: Ref. 0123/456/800 @ {where}" for where in _TEXT),
        *(f"shop numbers: {value} @ {where}" for value in ["Zara Ref. 5536/302/800", "Ref. 1274/361/800",
                                                           "Massimo Dutti Ref. 6855/750/401", "Modell 0123 456 800"]
          for where in _TEXT),
    ],
    # an order number of thirteen digits passing Luhn (one in ten, a dated `2024112900012` among them) after an
    # order number's label: read as a payment card though the README says no network issues thirteen-digit cards
    "order numbers": [
        f"shop numbers: {value} @ {where}" for value in ["Bestellnummer 2024112900012", "Order number 2000473829164"]
        for where in _TEXT
    ],
    # marketplaces' numbers read as phones: an Allegro offer's eleven digits (`1` and a digit 3 to 9 first, a
    # Chinese mobile's shape) after `oferta`, an eBay order number (2-5-5 digits), an H&M article number (ten
    # digits, `0` first) after `Artikelnummer` (after `Art.` it goes out), an order number of eleven digits after
    # `Pedido`
    "marketplace numbers": [
        f"shop numbers: {value} @ {where}" for value in ["Allegro oferta 13742968051", "eBay 12-34567-89012",
                                                         "Artikelnummer 0713995036", "Pedido 51173829164"]
        for where in _TEXT
    ],
    # a numeric click id of 19 digits passing Luhn (one in ten; Yandex's `yclid`, Reddit's `rdt_cid`): the
    # parameter is read as a payment card and left out of the page URL and the referrer
    "click ids": [
        f"ad-click urls as {where}: https://shop.example.com/?{parameter}"
        for parameter in ["yclid=2583142317963018239", "rdt_cid=4738291647382916473"]
        for where in ["page URL", "referrer"]
    ],
    # Taobao's in-app user agent, whose `TTID/227200@taobao_android_10.30.20` (a channel id, `@`, the app and its
    # version) is read as an address: the README leaves out a user agent holding an email address, and this is none
    "in-app user agents": [
        "in-app user agents: " + agent for agent in IN_APP_USER_AGENTS if "TTID/227200@taobao" in agent
    ],
    # a Japanese product named after its maker with `さん` (`田中さんのパン`, "Tanaka-san's bread"): a family name in
    # kanji before `さん` is read as a person's, as the README says (`山田 様`); `山田さんち` goes out
    "named products": [
        f"named products: {title} @ {where}" for title in ["田中さんのパン 食パン", "佐藤さんの手作りジャム"]
        for where in [*_TEXT, "content brand"]
    ],
    # the README accepts this drop: a nine-digit number in free text passing the Dutch 11-test (ids are exempt; an
    # order number's label is not)
    "accepted by the README": [
        f"variants and prices: Bestellnummer 100048213 @ {where}" for where in _TEXT
    ],
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "thirtieth", NOT_CLAIMED))
def test_no_thirtieth_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_thirtieth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert 300 <= len(names) <= 600
    assert sorted({name.split(" ")[0] for name in names}) == ["id", "key", "mail", "name", "phone", "postal"]
    assert len(ORDINARY) >= len(CASES)


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "thirtieth"))
def test_ordinary_shop_data_of_the_thirtieth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
