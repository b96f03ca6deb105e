"""Closer 181: attack 80's leaks (banking and fintech apps), claimed by rule.

- referral_links.REFERRAL_WORDS, REFERRAL_HOST_WORDS, CODE_KEYS, NOT_A_REFERRER (referral_links.url_names_a_referrer,
  route_names_a_referrer, referrer_parameter): a referral link whose code is made of its referrer's name, the path's
  last segment after a referral's or an invitation's word by language (maybe past a link kind's letters), on a
  referral's host (`join.`), after a short link's letter (a word glued to digits only), or a code's key in a referral
  route's query: a name's slug of two or three words, a word glued to digits, or past a kind's letters one long word;
  a programme's, a page's, an offer's or a campaign's words go out (`/invite/friends-and-family`, `?code=WELCOME10`).
- cashtags.tagged (cashtags.FIELD_WORDS): a Cash App $cashtag by its grammar, letters then two digits or more, or a
  capitalised name glued where a payee stands; an amount, a ticker in capitals, a variable, a field's name go out.
- detector._p2p_payee (personal_keys.MOBILE_PAYMENT_APPS, payees.DIRECTION_WORDS): a P2P app's mobile after the app's
  name and a transfer's preposition by language (`Vipps til …`, `PayNow to …`), as after `Vipps:`.
- national_ids._cf_layout: a codice fiscale after its label is the holder's whatever its check letter (its month
  letter and day still read).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

REFERRAL_LINKS = [
    "https://app.example-bank.com/referral/orlapennywhistle4821",
    "https://join.example-bank.com/c/jonas-weidemar",
    "https://pay.example.net/invite/p/femkedraaisteeg",
    "https://www.example.fr/parrainage/maelys.fontarrel",
    "https://www.example.com.br/indicacao/?codigo=ines-carvalhosa",
    "https://www.example.pl/polecenie/?code=KWIATRZYK7731",
    "https://go.example.app/r/pennywhistle48213",
    "Join me: https://www.example-bank.de/einladung/jorinde-quastmeyer-12 and get 20 €",
]
NOT_REFERRAL_LINKS = [
    "https://www.example-bank.com/referral/", "https://www.example-bank.com/refer-a-friend/terms",
    "https://www.example-bank.com/invite/terms-and-conditions", "https://www.example.com/invite/friends-and-family",
    "https://app.example.com/invite/accept-invite", "https://www.example.com/referral/how-it-works",
    "https://www.example.com/invite/summer-sale", "https://www.example.com/referral/earn-50-euro",
    "https://www.example.fr/parrainage/conditions-generales", "https://www.example.de/empfehlen/freunde-werben",
    "https://www.example.com.br/indicacao/regulamento/", "https://www.example.com/invite/colleagues",
    "https://www.example.com/referral/?code=WELCOME10", "https://www.example.com/referral/?code=SUMMER2024",
    "https://www.example.com/referral/?ref=header-banner", "https://www.example.com/invite/acme-corp",
    "https://www.reddit.com/r/personalfinance", "https://www.reddit.com/r/nba2k/", "https://shop.example.com/c/shoes123",
    "https://shop.example.com/c/womens-shoes", "https://join.slack.com/t/acme-corp/shared_invite/zt-1abc",
    "https://discord.com/invite/fortnite", "https://www.example.com/invite/season2",
    # (the lead's review: a community's or an event's words)
    "https://www.example.com/invite/design-crew", "https://example.com/invite/coffee-lovers",
    "https://example.com/invite/python-meetup", "https://example.com/einladung/sommer-party",
]


@pytest.mark.parametrize("text", REFERRAL_LINKS)
def test_a_referral_links_code_made_of_a_name_is_refused(text: str) -> None:
    assert detector.reason(text) == "holds a referrer's name in a referral link"


@pytest.mark.parametrize("url", NOT_REFERRAL_LINKS)
def test_a_referral_programmes_pages_and_promo_codes_go_out(url: str) -> None:
    assert detector.reason(url) == ""
    assert privacy.clean_url(url) == url


@pytest.mark.parametrize(("url", "cleaned"), [
    ("https://join.example-bank.com/c/jonas-weidemar", "https://join.example-bank.com/"),
    ("https://app.example-bank.com/referral/orlapennywhistle4821?lang=en", "https://app.example-bank.com/"),
    ("https://www.example.com.br/indicacao/?codigo=ines-carvalhosa&utm_source=app",
     "https://www.example.com.br/indicacao/?utm_source=app"),
    ("https://mail.example.net/out?to=https%3A%2F%2Fexample.nl%2Fuitnodiging%2Ffemke-draaisteeg&x=1",
     "https://mail.example.net/out?x=1"),
])
def test_a_referral_links_name_leaves_the_url(url: str, cleaned: str) -> None:
    assert privacy.clean_url(url) == cleaned


CASHTAGS = ["$orlapenny4821", "Sent $25 to $OrlaPennywhistle", "$JonasWeidemar", "$jonas_weidemar7731 paid you $12",
            "Sent $20 to $orlapenny48",
            "Cash out to $InesCarvalhosa.", "Envío de $300 para $MaelysFontarrel"]
NOT_CASHTAGS = ["$AAPL", "Buy $TSLA at market", "$NAS100 +1.2%", "$BRK.B", "$BITCOIN2024", "$price", "$first_name",
                "$FirstName", "Hello $FirstName", "$OrderTotal", "US$40", "R$ 50,00", "Save $20 today", "$VAR1 = 1",
                "?$filter=name", "$env:PATH", "Transfer to $NewYork", "Gift to $RedCross", "Ca$h back", "$5k bonus",
                "Pay $5 to $Starbucks",
                # (the lead's review: a product's model number or a campaign's year after a word)
                "$Xbox360", "$iPhone15", "$macbook2024", "$WorldCup2026", "$sneakers42", "$item10", "$grey100"]


@pytest.mark.parametrize("text", CASHTAGS)
def test_a_cashtag_is_a_payment_apps_account(text: str) -> None:
    assert detector.reason(text) == "holds a payment app's account"


@pytest.mark.parametrize("text", NOT_CASHTAGS)
def test_an_amount_a_ticker_or_a_variable_after_a_dollar_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


P2P_PHONES = ["Vipps til 412 73 925", "Vipps fra 958 12 345", "Send Vipps til 48213075", "PayNow to 9123 4567"]
NOT_P2P_PHONES = ["Vipps til 12345", "Vipps til 2 personer", "Vipps til 123456", "PayNow to UEN 201912345K",
                  "Vipps til Kirkens Bymisjon"]


@pytest.mark.parametrize("text", P2P_PHONES)
def test_a_p2p_apps_mobile_after_its_name_and_a_preposition_is_a_phone(text: str) -> None:
    assert detector.reason(text) == "holds a phone number"


@pytest.mark.parametrize("text", NOT_P2P_PHONES)
def test_a_shops_number_or_a_count_after_a_p2p_app_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ["Codice fiscale: RSSMRA85T10A562X", "codice fiscale rssmra85t10a562x",
                                  "Codice fiscale: RSSMRA85T10A562S"])
def test_a_labelled_codice_fiscale_is_refused_whatever_its_check_letter(text: str) -> None:
    assert detector.reason(text) == "holds a national id number"


@pytest.mark.parametrize("text", ["RSSMRA85T10A562X", "Product code: RSSMRA85T10A562X",
                                  "Codice fiscale: RsSMRA85T10A562X"])
def test_a_codice_fiscales_layout_without_its_label_and_check_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
