"""Mailboxes at the world's providers, closed by closer 49 (attack 37), with spellings nobody listed: a country's
provider's domain typed without its dot (`@optusnet`, `@sympatico`), a word placing the provider in
another language before its domain or its declined name (`su tiscali.it`, `в рамблере`, `v seznamu`), the
provider's name in its users' script with a word for mail (`Рамблер Почта:`, `新浪邮箱：`, `네이버메일:`), a bracket or
a URL path's slash between blanks, in free text and in ids holding a blank or another script; and the same
providers' names and `@` in a shop's lines, which go out. Each value is put in the leaves attack 37 maps (place)."""

from __future__ import annotations

import pytest

from privacy_attack_cases_2 import ordinary_goes_out, outcome
from privacy_attack_cases_37 import place

MARK = "zorvakel"  # a name nobody has, in every personal value below

PLACES = ["custom property", "page title", "product name", "search string", "json property", "url path",
          "referrer query", "contents title", "order id", "product id"]

PERSONAL = [
    # a country's provider after `@`, its domain typed without its dot or top-level part
    f"{MARK}.ines@optusnet", f"{MARK}.ines@sympatico", f"{MARK}88@docomo", f"write to {MARK}.ines@mailru",
    # a word placing the provider in another language, before its domain or its declined name
    f"mail {MARK}.ines su tiscali.it", f"{MARK}.ines na interia.pl", f"пишите {MARK}.ines на яндекс",
    f"{MARK}.ines в рамблере", f"{MARK}.ines v seznamu", f"my email is {MARK}.ines on yandex",
    f"{MARK}.ines على جيميل",
    # the provider's name in its users' script, maybe with a word for mail, as a label
    f"Рамблер Почта: {MARK}.ines", f"新浪邮箱：{MARK}88", f"네이버메일: {MARK}88", f"다음메일: {MARK}88",
    # a bracket, a URL path's slash between blanks
    f"{MARK}.ines (btinternet)", f"seznam / {MARK}.ines",
]

# `@` in a shop's lines: a mention, a price, a package's tag, a retina image, a title's capitals (in free text: in an id
# a word after `@` is an address, as the README says)
ORDINARY_AT = ["Team@Work", "2@5 EUR", "Shop @nike now", "react-dom@next", "logo.retina@2x", "Summer@Web",
               "Stay.cozy@home", "order.status@pending", "lodash.debounce@latest", "Docomo@Tokyo fan towel"]

ORDINARY = [
    # the providers' names as products, places and help pages
    "Terra Cotta Pot (large)", "Terra Nova tent (3 person)", "Ziggo Dome tickets", "La Poste: Colissimo",
    "BTinternet: router setup", "Poczta WP: login help", "Rambler Tee (navy)", "Orange Tee (XL)",
    "Yandex Station Mini (black)", "Yahoo! Japan", "vintage.shop on terra.com", "mail.merge on outlook.com",
    "Made in Italy on terra.it", "order.status in liveness",
    # in the providers' scripts: a market, a next product, a music service, a help center
    "Яндекс Маркет: заказ", "Яндекс.Маркет", "다음 상품: blue.sneakers", "다음 메일 보내기", "ドコモメール: 設定",
    "网易云音乐: 会员", "新浪微博: 官方", "QQ邮箱 help center",
]


@pytest.mark.parametrize("where", PLACES)
@pytest.mark.parametrize("value", PERSONAL)
def test_a_mailbox_at_a_provider_named_its_users_way_stays_out(value: str, where: str) -> None:
    assert outcome((f"{value} @ {where}", *place(where, value), [MARK])) == []


@pytest.mark.parametrize("where", ["custom property", "page title", "product name", "search string", "product id"])
@pytest.mark.parametrize("value", ORDINARY)
def test_the_providers_names_and_at_signs_in_a_shops_lines_go_out(value: str, where: str) -> None:
    assert ordinary_goes_out(*place(where, value), value)


@pytest.mark.parametrize("where", ["custom property", "page title", "product name", "search string"])
@pytest.mark.parametrize("value", ORDINARY_AT)
def test_an_at_sign_in_a_shops_lines_goes_out(value: str, where: str) -> None:
    assert ordinary_goes_out(*place(where, value), value)
