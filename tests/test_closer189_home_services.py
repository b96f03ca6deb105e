"""Closer 189: attack 87 (home services and tradespeople marketplaces), a job's people, its home's access and its pro's
numbers, claimed by rule.

- home_services.reason (home_services.CLIENT_WORDS, PRO_WORDS, MADE_OUT_WORDS, CONFIRMED_WORDS, VISIT_WORDS): a
  client's word as a label or a key before a name (`Homeowner:`, `committente=`, `Zleceniodawca:`, `"donneur_ordre":`),
  a pro's or a carer's word as a label before a full name (`Tasker:`), a booking or a check made out `for` a person (an
  honorific and a family name after a booking's or a trade's word; a full name only after a confirmation's or a
  check's), an honorific and a family name after a visit's word and a dash, a family's word before its name after
  `für`/`voor` or a dash, a customer's word opening the text before a family name and a verb of calling, a message's
  sender after `Message from`, a Dutch review's author after `door`, a sitter after the writer's possessive, and a
  trade register's number with its holder after a dash (home_services.REGISTERED). No place's, direction's, status's
  or thing's word is a name there (`Plumber for North London`, `Homeowner: Yes`).
- access_codes._BOX_LABELLED: a key safe's or a lock box's code right after its label's colon (`Lockbox: …`), ending
  the text or a clause; `Schlüsselbox` among the boxes named before a code's word.
- key_lexicon.ALONE["password"]: `pw` and `pwd` are a password's label and key (`… / pw: …`, `?pwd=…`).
- sole_traders.numbered: a business register's number (SIREN, SIRET, NIP, REGON, ABN, UTR) within the line of a
  sole trader's legal form, before or after it.
- counterparts.conversation_route: a segment joining a marketplace's side's word and a conversation's
  (`/pro-messages/thread`, `/customer_inbox/`) is a conversation's page, its `?with=` its counterpart.
- personal_documents.DOCUMENTS["a quote for a job"], ["a criminal record check"]: a quote's file names its customer
  before the job's words in lower case, a date or a code (personal_documents._QUOTES); a DBS check's, a
  Führungszeugnis', a VOG's its holder; personal_documents._issuer_code_before_capitals: a scheme's code between a
  document's word and a name holding its family name in capitals (`Facture_CESU_<FAMILY>_<Given>_2025.pdf`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy

PERSONAL = [
    # a client's word as a label or a key
    "Homeowner: Branwen Tollemache", "Thumbtack lead – Homeowner: Branwen Tollemache",
    "committente=Branwen Tollemache; lavoro=tinteggiatura", "Zleceniodawca: Branwen Tollemache, zlecenie nr 5521",
    '{"donneur_ordre": "Tollemache", "chantier": "salle de bain"}', "Opdrachtgever: Branwen Tollemache",
    # a pro's word as a label
    "Tasker: Oswin Harrowgate (4.8★, 97 tasks) – TV mounting", "Sitter: Oswin Harrowgate – Fri 18:00",
    # a booking or a check made out to its person
    "Booking confirmed: oven clean – Mon 3 Mar 14:00 for Branwen Tollemache",
    "Afspraak schoonmaker bevestigd voor B. Tollemache – 3 mrt", "Electrician for Mrs Tollemache – Wed 9:00",
    "Reinigungskraft für Herrn Tollemache (2 Std.)", "DBS check for Oswin Harrowgate – clear",
    "Home visit notes – Mrs Tollemache – blood pressure taken",
    # a family's word, a customer's word, a message's sender, a review's author, a sitter after the writer's
    "Termin für Familie Tollemache – Fr 10 Uhr", "Oppas gezocht – familie Tollemache, Delft",
    "Kundin Tollemache ruft zurück wegen Termin", "Message from Branwen Tollemache: running 10 minutes late",
    "Recensie loodgieter Delft – 8,7 – door B. Tollemache",
    "Our nanny Oswin Harrowgate was brilliant with the twins",
    # a trade register's number and its holder
    "Gas Safe Register no. 582113 – Oswin Harrowgate", "NICEIC registration no. 582113 – Harrowgate Electrical",
    "Handwerksrolle Nr. 582113 – Fliesenlegermeister Oswin Harrowgate",
    # a key box's code, a password after pw
    "Lockbox: 5521 – under the porch", "Key safe: 55#21", "Schlüsselbox neben der Garage, Code 5521",
    "Guest Wi-Fi: Tollemache_5G / pw: Delft2026!",
    # a sole trader's register number beside its form
    "Auto-entrepreneur – SIRET 732 829 320 00074 – Oswin Harrowgate, jardinier",
    "Jednoosobowa działalność gospodarcza Oswin Harrowgate – NIP 525-000-12-46",
    "ABN 53 004 085 616 – Harrowgate Gardening (sole trader)",
]

ORDINARY = [
    # a client's and a pro's words with no name
    "Homeowner: Yes", "Homeowner: yes", "Are you the homeowner?", "Committente pubblico", "Tasker: Top Rated",
    "Become a Tasker", "Sitter: Not required", "Find a babysitter near you",
    # bookings and visits to places, brands, services
    "Booking confirmed for Saturday", "Booking confirmed: deep clean for 3 bedrooms",
    "Appointment confirmed for Tuesday 10:00", "Plumber for North London", "Cleaner for Notting Hill",
    "Care visit for Tower Hamlets", "Visit for St Albans", "Kitchen cleaner – Mr Muscle – 750ml",
    "Cleaning for Mr Muscle fans", "Background check for nannies – how it works",
    "Die Familie Feuerstein – Staffel 1", "Terminbestätigung für Familie und Freunde", "Family Guy – Season 3",
    "Kunde zufrieden", "Kundenservice Hotline", "Message from the CEO: our new plans",
    "Message from Checkatrade: your profile is live", "Beoordeling schilder uit Utrecht – 9,2",
    "Our babysitter app was wonderful", "Our plumbers are Gas Safe registered",
    # trades' schemes and registers without a holder
    "Gas Safe", "Gas Safe registered engineer", "Gas Safe Register – find an engineer", "NICEIC approved contractor",
    "CP12 gas safety certificate", "Part P electrical work", "Handwerksrolle Eintragung – Voraussetzungen",
    # key safes and passwords without a code
    "Lockbox: 4-digit code", "Key safe: Supra C500 Pro", "Lockbox: 2024 model, black",
    "Master Lock 5400EURD Key Safe – 4-digit combination", "Wi-Fi password reset guide", "PW: 12 pieces",
    # sole traders' forms and numbers apart
    "Micro-entrepreneur – plafond 2026", "SIREN 552 032 534 – Renault SA", "ABN Lookup – sole trader guide",
    "Sole trader vs limited company", "Prices from £45 per hour",
]


@pytest.mark.parametrize("text", PERSONAL)
def test_a_home_services_personal_value_is_refused(text: str) -> None:
    assert detector.reason(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_an_ordinary_home_services_value_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize("text", ["Gas Safe Register no. 582113 – Oswin Harrowgate",
                                  "ABN 53 004 085 616 – Harrowgate Gardening (sole trader)",
                                  "DBS check for Oswin Harrowgate – clear"])
def test_an_id_holding_a_pro_s_registration_or_check_is_refused(text: str) -> None:
    assert detector.reason(text, id_like=True)


def test_pw_is_a_password_s_key() -> None:
    assert detector.key_reason("pw") and detector.key_reason("pwd")


FILES = ["Quote_Branwen_Tollemache_kitchen.pdf", "Offerte_Branwen_Tollemache_2026-03.pdf",
         "DBS_Harrowgate_Oswin_2026.pdf", "Führungszeugnis_Oswin_Harrowgate.pdf",
         "Facture_CESU_TOLLEMACHE_Branwen_2025.pdf"]
NOT_FILES = ["Quote_of_the_Day.png", "Quote_Albert_Einstein.png", "Estimate_Total_Cost.xlsx",
             "Offerte_Dakgoot_Vervangen.pdf", "Quote_Kitchen_Refit_draft.pdf", "DBS_Bank_Annual_Report_2025.pdf",
             "DBS_Check_Guide_2026.pdf", "Facture_EDF_Paris_2025.pdf", "Devis_Gratuit_Renovation.pdf",
             "Quote – Kitchen Refit", "Kostenvoranschlag – Neues Bad"]


@pytest.mark.parametrize("name", FILES)
def test_a_quote_s_or_a_check_s_file_names_its_person(name: str) -> None:
    assert detector.reason(name, id_like=True)


@pytest.mark.parametrize("name", NOT_FILES)
def test_a_file_or_title_naming_no_one_goes_out(name: str) -> None:
    assert detector.reason(name, id_like=True) == ""


@pytest.mark.parametrize("url, cleaned", [
    ("https://www.example-marketplace.com/pro-messages/thread?with=oswin-harrowgate",
     "https://www.example-marketplace.com/pro-messages/thread"),
    ("https://www.example-marketplace.com/customer_inbox?with=oswin-harrowgate&page=2",
     "https://www.example-marketplace.com/customer_inbox?page=2"),
    ("https://shop.example/gift-messages/cards?with=gift-wrap", "https://shop.example/gift-messages/cards?with=gift-wrap"),
])
def test_a_side_s_inbox_names_its_counterpart(url: str, cleaned: str) -> None:
    assert privacy.clean_url(url) == cleaned
