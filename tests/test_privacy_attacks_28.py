"""A twenty-eighth outside attack (tests/privacy_attack_cases_28.py, written from the README's promises without
reading the gate's code nor the earlier attacks' cases): shoppers of Southern and East Africa (Zulu, Xhosa,
Afrikaans, Sesotho, Setswana, Shona, Swahili, Somali, Oromo, Kinyarwanda, Luganda), Central Asia and Mongolia, the
Baltic, Albanian, Slovene, Faroese, Greenlandic, Hebrew, Maghreb and Gulf Arabic (in its script and in Arabizi), Urdu,
Bengali, Nepali, Burmese, Khmer, Lao, Tibetan, Inuktitut, Cherokee and Navajo: self-introductions, name labels (a
mother's name, the attention of), addresses, phones (in their digits and number words), national ids with their check
digits, IBANs, passports' machine-readable zones, licence plates, dates of birth of several calendars; carried in QR
payloads, `mailto:`/`tel:`/`sms:`/`sip:`/WhatsApp links, vCard 2.1 quoted-printable, LDAP and X.509 names, JSON-LD,
microdata, XML, HTML, SQL, EDIFACT, X12, S-expressions, form bodies, chat mentions, commit trailers and shipping
labels; in the leaves of Meta's payload the README maps (a custom property and its key, JSON text nested three
levels, the page's title, URL path, query, fragment and search, the referrer and its fragment, a content's title,
brand and category, a coupon, the user agent, the track name), run natively; and ordinary shop data that looks like
them.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by the README's sentence); ordinary shop data that the gate drops today
is a strict expected failure too.
"""

from __future__ import annotations

from typing import Dict, List

import pytest

from privacy_attack_cases_2 import attack_params, naming_problems, ordinary_goes_out, ordinary_params, outcome
from privacy_attack_cases_28 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # a self-introduction of the round's languages the lexicon lacks (Zulu and Xhosa glue `ngu` to the name, Sesotho,
    # Setswana `leina la me ke`, Shona, Oromo, Kinyarwanda `nitwa`, Luganda, Kyrgyz, Tajik, Albanian `quhem`, Slovene
    # `ime mi je`, Greenlandic `uanga`, Tibetan, Afrikaans `my naam is`, Maghreb and Gulf Arabic in script and Arabizi)
    "name self-introductions": [
        "name zu self-introduction @", "name zu ngingu @", "name xh self-introduction @",
        "name af self-introduction @", "name st self-introduction @", "name tn self-introduction @",
        "name sn self-introduction @", "name om self-introduction @", "name rw nitwa @",
        "name lg self-introduction @", "name tg self-introduction @",
        "name sq quhem @", "name sl self-introduction @", "name kl self-introduction @",
        "name ar maghreb self-introduction @", "name ar gulf self-introduction @", "name arabizi maghreb @",
        "name arabizi gulf @", "name bo self-introduction @",
        # more of them: Swahili `naitwa`, Kinyarwanda `Amazina yanjye ni`, Somali `Waxaa la i yiraahdaa`, Oromo
        # `Ani … dha`, Uzbek `Ismim`, Latvian `Mans vārds ir`, Lithuanian `Mane vadina`, Estonian `Mina olen`,
        # Albanian `Emri im është`, Arabizi `ana ismi`, Bengali in Latin letters `amar naam`
        "name sw naitwa @", "name rw amazina yanjye @", "name so la i yiraahdaa @", "name om ani dha @",
        "name uz ismim @", "name lv mans vards @", "name lt mane vadina @", "name et mina olen @",
        "name sq emri im @", "name arabizi ana ismi @", "name bn latin amar naam @",
    ],
    # a name signing a letter after a closing formula of the round's languages (Swahili `Wako,`, Afrikaans
    # `Groete,`, Zulu `Ngiyabonga,`, Hebrew `בברכה,`, Arabic `مع تحياتي،`)
    "name after closings": [
        "name closing sw wako @", "name closing af groete @", "name closing zu ngiyabonga @", "name closing he @",
        "name closing ar @",
    ],
    # a name after a salutation of the round's languages (Afrikaans `Liewe`, `Geagte Mnr.`, Swahili `Mpendwa`,
    # Albanian `I dashur`, Lithuanian `Gerb. p.`, Estonian `Lugupeetud hr`, Slovene `Spoštovani g.`, Kazakh
    # `Құрметті`, Uzbek `Hurmatli`, Mongolian `Эрхэм хүндэт`, Bengali `প্রিয়`)
    "name after salutations": [
        "name salutation af liewe @", "name salutation af geagte @", "name salutation sw mpendwa @",
        "name salutation sq i dashur @", "name salutation lt gerb @", "name salutation et lugupeetud @",
        "name salutation sl spostovani @", "name salutation kk kurmetti @", "name salutation uz hurmatli @",
        "name salutation mn erhem @", "name salutation bn priyo @",
    ],
    # a recipient's label of the round's languages before a name: read in text, not yet in the user agent (Bengali;
    # the Hebrew one is listed with the user agent's family)
    "name after recipient labels": [
        "name recipient bn @ user agent",
    ],
    # a name label the lexicon lacks: a mother's name (Swahili, Somali, Hebrew, Urdu, Bengali: the key lexicon's words,
    # the keys' family), Estonian's `Ees- ja perekonnanimi` (a word's hyphen before a blank)
    "name labels": [
        "name sw mother's name @", "name so mother's name @", "name he mother's name @", "name ur mother's name @",
        "name bn mother's name @", "name et label @",
    ],
    # address layouts: Rwanda's street codes with a house's word, Lithuanian `g.`, a Nepali ward (`वडा नं.`), Swahili
    # `Mtaa wa ..., Nyumba Na.`, Hebrew's abbreviated street and flat (`רח'`, `ד'`), a Latvian town first and `dz.`
    "postal layouts": [
        "postal rw street code @", "postal lt gatve @", "postal np ward @", "postal tz mtaa @",
        "postal he abbreviated @", "postal lv dz @",
        # more: Swahili `Nyumba`, `Barabara ya`, Somali `Degmada`, `Xaafadda`, Kyrgyz `көч.`, Mongolian districts and
        # khoroo before a building and flat, Lithuanian `g.` before a town, Faroese `-gøta`, Greenlandic `Aqq.` after a
        # building, Moroccan `Derb … n°`, Nepali `घर नं … मार्ग`, Inuktitut in syllabics
        "postal tz nyumba barabara @", "postal so degmada xaafadda @", "postal kg koch @", "postal mn ub khoroo @",
        "postal lt kaunas @", "postal fo gota @", "postal kl aqq @", "postal ma derb @", "postal np ghar marg @",
        "postal iu syllabics @",
    ],
    # words for "@" and "." of a language the lexicon lacks: Uzbek `kuchukcha`/`nuqta`, the English words in Burmese,
    # Khmer and Lao script
    "mail spelled words": [
        "mail uz words @", "mail my words @", "mail km words @", "mail lo words @",
    ],
    # ids by label or layout: a passport's machine-readable zone (both lines), a passport after Swahili `Pasipoti`,
    # Kenya's KRA PIN, Tanzania's NIDA number, licence plates after a label or `my car reg is`, an IBAN and a Nepali
    # citizenship number in the user agent
    "ids, passports and plates": [
        "id passport MRZ @", "id passport MRZ line 2 @", "id passport labelled @", "id ke kra pin @",
        "id tz nida @", "id plate za @", "id plate label @", "id plate kz @",
        # an id card's or a driving licence's number after its label in the round's languages (Somali `Lambarka
        # aqoonsiga`, Kazakh `Жеке куәлік №`, Lithuanian, Estonian `ID-kaart`, `Juhiluba`, Afrikaans
        # `Rijbewysnommer`, Uzbek, Latvian), `my licence number is`, a Kenyan id after the country's name, a NIDA
        # number of twenty digits unbroken after its label
        "id so id label @", "id kk id card @", "id lt id card @", "id ee id-kaart @", "id et juhiluba @",
        "id af rijbewys @", "id uz licence @", "id lv licence @", "id licence sentence @",
        "id ke id after country @", "id tz nida unbroken @",
        # an identity card's machine-readable zone (TD1, each of its three lines), a card's first twelve digits with
        # its CVV and expiry, plates after `Reg:` and `Kennzeichen:` (a key's plate word) or Israel's 12-345-67 in a
        # sentence, a VIN with its check digit after its label or `my VIN`
        "id id card MRZ TD1 @", "id id card MRZ TD1 birth line @", "id id card MRZ TD1 name line @",
        "id card partial with cvv @", "id plate reg @", "id plate il @", "id plate kennzeichen @",
        "id vin labelled @", "id vin sentence @",
    ],
    # what the gate reads in free text, in the user agent (IBANs, a Burmese NRC in Latin letters or in its script,
    # a Zimbabwean id after `ID:`, a Faroese p-tal, a Nepali citizenship number, six-digit phones after Faroese and
    # Kalaallisut labels, a Kenyan P.O. box, Khmer and Burmese street lines, a Hebrew recipient label) or as a URL
    # path's segment (a South African id after `ID number:`, its Luhn digit right)
    "read in free text, not in the user agent or a URL path": [
        "id lt iban @ user agent", "id al iban @ user agent", "id gl iban @ user agent", "id il iban @ user agent",
        "id mm nrc @ user agent", "id mm nrc burmese @ user agent", "id zw national id @ user agent",
        "id fo p-tal @ user agent", "id np citizenship @ user agent", "phone fo six digits @ user agent",
        "phone gl six digits @ user agent", "postal ke po box @ user agent", "postal kh phum @ user agent",
        "postal my lan @ user agent", "name recipient he @ user agent", "id za id labelled @ URL path",
    ],
    # a date of birth after a birth label the lexicon lacks (Zulu, Afrikaans `Gebore`, Thai `เกิดวันที่`, Hebrew,
    # Nepali, Bengali, Khmer, Mongolian, Uzbek, Albanian, Slovene, Somali, Arabic `تاريخ الميلاد` with a Hijri month),
    # in words (`seventeenth of September 1987`), or in a Japanese era (`昭和62年9月17日`, its kanji numerals too)
    "dates of birth": [
        "birth en dob words @", "birth hijri @", "birth buddhist @", "birth japanese era @", "birth zu born @",
        "birth af gebore @", "birth he hebrew calendar @", "birth ne bikram sambat @", "birth bn birth @",
        "birth km birth @", "birth mn birth @", "birth uz birth @", "birth sq birth @", "birth sl birth @",
        "birth so birth @", "birth japanese era kanji @",
        # after a label that is read, a layout that is not: a Japanese era by its name in Latin letters or its
        # initial (`Showa 62.09.17`, `S62.9.17`, `H2/3/12`), an ordinal with an abbreviated month and a two-digit
        # year (`17th Sept '87`), a Roman month (`17-IX-1987`), a day and month without the year after `Birthday:`,
        # compact YYMMDD after `DOB:`; and the birth words `b.` and French `née le` before a date
        "birth era showa latin @", "birth era letter @", "birth era heisei letter @", "birth ordinal abbreviated @",
        "birth roman month @", "birth birthday without year @", "birth compact yymmdd @", "birth b. abbreviation @",
        "birth fr nee le @",
    ],
    # a personal key the lexicon lacks (Xhosa `ifani`, Afrikaans `van`, a mother's name, Oromo `maqaa`, Luganda
    # `erinnya`, Faroese `eftirnavn`, Greenlandic `ateq`, Arabizi `esm`, Nepali `थर`, `mrz_line_1`, `attention_of`),
    # and a key that is a self-introduction (Zulu, Albanian)
    "keys": [
        "key xh ifani: query parameter", "key af van: nested JSON", "key sw jina la mama: page property",
        "key so magaca hooyada: nested JSON", "key om maqaa: custom property", "key lg erinnya: query parameter",
        "key fo eftirnavn: page property", "key kl ateq: query parameter", "key arabizi esm: page property",
        "key ur walida: query parameter", "key bn matar nam: nested JSON", "key ne thar: custom property",
        "key passport mrz: query parameter", "key attention: nested JSON", "key ar mother: custom property",
        "key zu sentence:", "key sq sentence:",
    ],
    # an address's key (Slovene `naslov`, Faroese `bustaður`, Greenlandic `najugaq`, Urdu `پتہ`, Tibetan `ཁ་བྱང`),
    # a birth date's (Somali, Uzbek, Latvian, Lithuanian `gimimo_data` whose words the README reads as a label,
    # Albanian, Slovene, Faroese, Greenlandic, Urdu, Bengali, Burmese, Khmer, Lao), a passport's (Swahili, Albanian,
    # Latvian, Lithuanian, Estonian, Slovene), Somali `aqoonsi` (identity), and a car's plate (`car_reg`, Swahili,
    # Afrikaans, Russian, Uzbek)
    "keys of addresses, births, passports and plates": [
        "key sl naslov: page property", "key fo bustadur: query parameter", "key kl najugaq: nested JSON",
        "key ur pata: custom property", "key bo khajang: page property", "key so aqoonsi: nested JSON",
        "key so dob: custom property", "key uz dob: page property", "key lv dob: query parameter",
        "key lt dob: nested JSON", "key sq dob: custom property", "key sl dob: page property",
        "key fo dob: query parameter", "key kl dob: nested JSON", "key ur dob: custom property",
        "key bn dob: page property", "key my dob: query parameter", "key km dob: nested JSON",
        "key lo dob: custom property", "key sw passport: page property", "key sq passport: query parameter",
        "key lv passport: nested JSON", "key lt passport: custom property", "key et passport: page property",
        "key sl passport: query parameter", "key sw plate: page property", "key sw registration: query parameter",
        "key en car reg: nested JSON", "key af plate: custom property", "key ru plate: page property",
        "key uz plate: query parameter",
    ],
}

# What leaks today and the README says it does not claim (section "Personal data"), by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    "The layout rules for addresses and names (`postal.py`) do not claim a person's name written without a"
    " salutation or a personal label before it": [
        "name age with a name @", "birth age with name @", "birth sw age @", "name WIFI with a name @",
    ],
    "Not the openers that begin titles as often (`Дорогой`: expensive, `Дорога`: road; Hebrew `לכבוד`; Thai"
    " `เรียน`)": [
        "name he attention @",
    ],
    "words for \"@\" and \".\" mixed across languages (`jo at example punto com`) ... are not read as addresses": [
        "mail mn words @", "mail so words @",
    ],
    "of one language of the key lexicon (but Hausa, Yoruba, Swahili, Zulu and Afrikaans, whose words for them are not"
    " read)": [
        "mail sw words @", "mail af words @", "mail zu words @",
    ],
    "A messenger's account id is read after the messenger's label or in its link: an id alone (`minjun_kim88`) is a"
    " code as often": [
        "name Discord mention @",
    ],
}

# Ordinary shop data the gate drops today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # the README accepts this drop ("a property holding object text or parameters with a bare `name` key"); a
    # page's and a content's title holding that JSON-LD is dropped too
    "structures of a shop": [
        f"structures of a shop: {{\"@type\":\"Product\",\"name\":\"Rooibos Tea\",\"brand\":\"Freshpak\"}} @ {where}"
        for where in ["custom property", "page title", "content title"]
    ] + [
        # an EDIFACT line item: `+` before a GTIN-13 whose check digit is right reads as a dialled number
        f"structures of a shop: LIN+1++4006381333931:EN' @ {where}"
        for where in ["custom property", "page title", "content title"]
    ],
    # the README accepts this drop ("capitalized words after a personal label"): `c/o` before a designer's name
    "near misses of the round's labels": [
        f"near misses of the round's labels: c/o Virgil Abloh Catalogue @ {where}"
        for where in ["custom property", "page title", "content title"]
    ],
}


@pytest.mark.parametrize("case", attack_params(CASES, LEAKS, "twenty-eighth", NOT_CLAIMED))
def test_no_twenty_eighth_attack_spelling_leaves_the_core(case):
    assert outcome(case) == []


def test_the_twenty_eighth_attack_names_only_its_own_cases():
    assert naming_problems(CASES, ORDINARY, {**LEAKS, **NOT_CLAIMED}, DROPPED) == []
    names = [name for name, *_ in CASES]
    assert 300 <= len(names) <= 1000
    assert sorted({name.split(" ")[0] for name in names}) == ["birth", "budget", "id", "key", "mail", "name", "phone",
                                                              "postal"]
    assert len(ORDINARY) >= 150


@pytest.mark.parametrize(("kind", "overrides", "value"), ordinary_params(ORDINARY, DROPPED, "twenty-eighth"))
def test_ordinary_shop_data_of_the_twenty_eighth_attack_goes_out(kind, overrides, value):
    assert ordinary_goes_out(kind, overrides, value)
