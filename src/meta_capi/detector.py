"""The one detector of personal data: every free-text value, key and URL part that leaves passes it.

It looks at the canonical form (canonical.py) and at the value's other readings (quoted-printable, hex of text,
letters for digits, pieces put together: assembled.py, ...), so an encoding or a look-alike spelling changes
nothing, and recognizes by shape, not by list: email addresses (also base64- or base32-encoded), phone numbers,
IP addresses (in every form a browser reads
as a URL's host), and ids whose shape can be checked (payment cards by the Luhn sum, IBANs by their mod-97 check, US
social security and Brazilian CPF numbers by their layout, national ids by their own checks: national_ids.py). Product
codes, versions and amounts are told from phone numbers by their own checks and layouts, and the words before a
number name it (a personal label, a code label). Keys are judged by their tokens (personal_keys.py) and
by what they hold (detector.key_reason).

Every function answers with a reason naming what was found, never the value, or "" when nothing was. All
patterns are linear: no part repeats unbounded before another that could match the same characters.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from binascii import a2b_base64
from functools import lru_cache
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from . import (
    access_codes,
    address_parts,
    animal_ids,
    assembled,
    birth_years,
    booked_names,
    case_titles,
    cashtags,
    chat_lines,
    company_numbers,
    coordinates,
    counterparts,
    credentials,
    crm_names,
    cue_grams,
    cued_names,
    cyrillic_names,
    dated_names,
    dating,
    device_owners,
    device_serials,
    e_prescriptions,
    e_signatures,
    exchange_accounts,
    gamer_ids,
    genealogy,
    given_names,
    greetings,
    handles,
    home_services,
    immigration_ids,
    invitation_replies,
    labelled_values,
    ledgers,
    lottery_draws,
    lower_case_names,
    mails,
    masked_cards,
    meeting_guests,
    memorials,
    metering_points,
    mobility_ids,
    named_diets,
    named_in_text,
    own_values,
    parental_consents,
    part_numbers,
    patient_records,
    payees,
    person_routes,
    personal_documents,
    postal,
    provider_handles,
    quoted_replies,
    race_results,
    record_names,
    record_rows,
    referral_links,
    referrals,
    reviews,
    role_labels,
    self_introductions,
    sole_traders,
    spelled_out,
    structured,
    telecom_ids,
    titled_names,
    travel_documents,
    utility_records,
    wagers,
    wallet_secrets,
    wishes,
)
from .canonical import (
    DOT_WORD,
    LETTERS_FOR_DIGITS,
    MAIL_PROVIDERS,
    MAIL_TOP_LEVELS,
    MARK_BEFORE_PROVIDER,
    MAX_AT_SIGNS,
    MAX_ROUNDS,
    NATIONAL_MAIL_PROVIDERS,
    READING_MAY_DIFFER,
    SECOND_LEVELS,
    SPELLED_WORDS_ASCII,
    as_is,
    by_first_letter,
    canonical,
    decode,
    digits_for_letters,
    forget_decodings,
    hex_text,
    longest_first,
    payload_address,
    phrase_alternation,
    readings,
    script_glued,
    text_codec,
)
from .geography import COUNTRY_BY_KEY
from .national_ids import (
    GERMAN_INSURANCE_NUMBER,
    HEALTH_ID,
    PLATE,
    VEHICLE_ID,
    birth_dated,
    checked_id,
    ehic_card_id,
    german_insurance_number,
    holds_compact_nino,
    holds_hong_kong_id,
    holds_japanese_plate,
    holds_labelled_voter_key,
    holds_laid_out_id,
    holds_letter_id,
    holds_medicare_mbi,
    holds_national_id,
    holds_plate,
    holds_plate_parameter,
    holds_printed_id,
    holds_split_vin,
    holds_vin,
    idnp,
    jmbg,
    named_nino,
    nir_segment,
    owned_nino,
    plate_cue,
    reversed_id,
    rut,
    turkish_id,
    vin_cue,
)
from .national_ids import cpf as _cpf
from .national_ids import gtin as _gtin
from .national_ids import luhn as _luhn
from .personal_keys import (
    ACCOUNT_KIND_WORDS,
    ACCOUNT_WORDS,
    AD_NETWORK_PREFIXES,
    AD_OBJECTS_GLUED_TO_ID,
    ASCII_WORDS,
    BANK_ACCOUNT_WORDS,
    BRANCH_CODE_LABELS,
    BUSINESS_ID_WORDS,
    BUSINESS_SUBJECTS,
    CALL_VERBS,
    CAMPAIGN_CHANNELS,
    CARD_WORDS,
    CODE_LABELS,
    CUSTOMER_ACCOUNT_LABELS,
    CUSTOMER_WORDS,
    DRUG_CODE_WORDS,
    GLUED_BUSINESS_STEMS,
    GLUED_CODE_STEMS,
    GLUED_NUMBER_ENDINGS,
    ID_CARDS,
    ID_TOKENS,
    IDENTITY_CARD_WORDS,
    IDENTITY_DOCUMENT_TOKENS,
    IDENTITY_LABEL_WORDS,
    IDENTITY_WORDS,
    LINKING_WORDS,
    MESSAGING_SHORT,
    MOBILE_LABELS,
    MOBILE_MONEY,
    MOBILE_OPERATORS,
    MOBILE_PAYMENT_APPS,
    NAME_TOKENS,
    NATIONAL_NUMBER_WORDS,
    NUMBER_LABEL_WORDS,
    NUMBER_POSSESSIVES,
    NUMBERED_ID_CARDS,
    ORDER_LABELS,
    ORG_NUMBER_LABELS,
    PASSPORT_LABELS,
    PAYMENT_KEY_LABEL_WORDS,
    PAYMENT_KEY_NAMES,
    PERSON_LABEL_WORDS,
    PERSON_QUALIFIERS,
    PHONE_LABEL_WORDS,
    PHONE_LINE_KINDS,
    PRODUCT_LABELS,
    RANDOM_KEY_LABEL,
    RECORD_ROUTES,
    SECRET_SHAPED,
    TELEPHONE_ENDINGS,
    TRANSFER_WORDS,
    VERSION_WORDS,
    WORD_RUN,
    ZERO_LED_BUSINESS_WORDS,
    a_business_line,
    a_claim_party_key,
    about_a_credential,
    is_personal_token,
    key_tokens,
    names_a_network_parameter,
    names_a_person,
    names_a_person_by_initials,
    names_an_ads_id,
    names_an_arabic_id_card,
    names_an_id,
    names_personal_data,
    personal_tokens,
    without_article,
)
from .phone_plans import (
    freephone,
    home_mobile,
    international_mobile,
    labelled_business_line,
    nanp,
    national_mobile,
    trunk_mobile,
)
from .titled_names import cued as titled_cued
from .titled_names import reason as titled_reason

EMAIL = "holds an email address"
EMAIL_BASE64 = "holds a base64-encoded email address"
BASE64 = "holds personal data encoded in base64"
EMAIL_BASE32 = "holds a base32-encoded email address"
BASE32 = "holds personal data encoded in base32"
EMAIL_BASE85 = "holds a base85-encoded email address"
BASE85 = "holds personal data encoded in base85"
PHONE = "holds a phone number"
IP_ADDRESS = "holds an IP address"
CARD = "holds a payment card number"
IBAN = "holds a bank account number (IBAN)"
NATIONAL_ID = "holds a national id number"
LABELLED_NUMBER = "holds a number labelled as personal data"
BIRTH_DATE = "holds a date after a birth label"
LAYERED = f"still encoded after {MAX_ROUNDS} rounds of decoding"
MANY_AT_SIGNS = f"holds more than {MAX_AT_SIGNS} @"
PERSONAL_KEY = "personal key"
TABLE_CELL = "holds a table's cell under a personal column"
WORDS = "holds words where a random id stands"
HARDWARE_ADDRESS = "holds a device's hardware (MAC) address"
DEVICE_IMEI = "holds a device's IMEI"
ACCOUNT_NAME = "holds an account's sign-in name in a home folder's path"

# One character of an address's local part, "@", a domain label and a dot followed by more domain: no part
# repeats unbounded before the "@", so a search never rescans a long run.
_NOT_ADDRESS = "\\s@<>()\\[\\],;:\"'/\\\\"
_EMAIL_INSIDE = re.compile(f"[^\\s@]@[^{_NOT_ADDRESS}.]+\\.[^{_NOT_ADDRESS}.]")  # `"jo"@x.com` too
# In an id, which has no reason to hold `@` between words, a domain without a dot is enough (`jo@example-com`);
# `logo@2x` and `/@scope` are not addresses (a digit after `@`, no word before it), nor a single digit's `@` (a count's
# or a price's at, AliExpress's `pdp_npi=4@dis!EUR!12.50`: no mailbox is one digit; closer 92).
_DOTLESS_ADDRESS = re.compile(r"(?:[^\W\d_]|(?<=[^\W_])[0-9])@[^\W\d_]")
# In free text, a domain without a dot is an address only when it is the name of a large mail provider (`jo@gmail`,
# its top-level domain forgotten); an `@` with no word before it (`@gmail`, `npm i @scope/name`) is a mention or a
# scope, and a provider's name followed by `.` or another letter is judged as a domain (canonical.MAIL_PROVIDERS),
# unless those letters are a top-level domain glued on, its dot forgotten (`jo@gmailcom`, `jo@yahoocommx`).
# Searched in the lower-cased form (a search ignoring case tries every word at each `@`, several times slower).
_PROVIDER_ADDRESS = re.compile(f"[^\\W_]@(?:{by_first_letter(MAIL_PROVIDERS)})(?:(?:com|net|org|co)?[a-z]{{2}}|com|net"
                               "|org)?(?![\\w-]|\\.\\w)")
# A country's largest mail providers whose domain names are ordinary words or short (canonical.NATIONAL_MAIL_PROVIDERS)
# are read so only in free text, in lower case as an address is
# typed, right after `@` and a local part of two characters at least (`jo@web`, `marie.d@orange`: the top-level
# domain forgotten); not in capitals (`Summer@Web`), nor in slugs and ids, where `web`, `orange`, `free` are a slug's
# words (`summer-web-de`, `t-shirt-orange-xl`), nor after one character alone (`3@orange`).
_NATIONAL_ADDRESS = re.compile(f"[^\\W_][^\\W_]@(?:{by_first_letter(NATIONAL_MAIL_PROVIDERS)})(?![\\w-]|\\.\\w)")
# A mailbox's local part beside a large provider's name with no `@` (thirtieth attack), in free text: a blank for `@`
# before the provider's domain with its top-level domain (`anna.schwertfeger gmail.com`), a word for `@` before the
# provider's name with or without it (`anna.schwertfeger at gmail`, German `bei`: `… bei gmx`, French `chez`, the
# sign's own names), `_` for both `@` and `.` (`anna_schwertfeger_gmail_com`: a worldwide provider's only). The local
# part is read back from the separator (_MAILBOX_NAME) and must be a mailbox's shape, words or letters and digits
# joined by `.` or `_` (_JOINED_LOCAL_PART): one word is not one (`Sign in with gmail.com`, `Login at gmail`,
# `e.g. gmail.com`). Searched in the lower-cased form.
_AT_WORDS_BEFORE_PROVIDER = "at bei chez arroba chiocciola klammeraffe malpa".split()
# ... and Estonian's other spelling of `ät`, `ätt`, folded to Swedish "to", "that" (`att`): read only here, before a
# provider and after a mailbox's shape, never as a word for "@" before any domain (thirty-fifth attack)
_AT_WORDS_BEFORE_PROVIDER.append("att")
# (the separator first, its letter or digit before it looked back at: a search skips to a blank or `_` in C)
_SPELLED_PROVIDER = re.compile(
    f"(?: (?<=[a-z0-9] )(?:({by_first_letter(_AT_WORDS_BEFORE_PROVIDER)}) )?|(_)(?<=[a-z0-9]_))"
    f"({by_first_letter(MAIL_PROVIDERS, NATIONAL_MAIL_PROVIDERS)})(?:([._])[a-z]{{2,3}})?(?![\\w-]|\\.\\w)")
_LARGE_PROVIDERS = frozenset(MAIL_PROVIDERS)
_JOINED_LOCAL_PART = re.compile(r"[a-z][a-z0-9]*(?:[._][a-z0-9]+)+")
_THREE_LETTERS = re.compile("[a-z]{3}")
# An address's local part alone right after a mail label and its colon (`E-Mail: anna.schwertfeger`; thirtieth
# attack): words or letters and digits joined by `.` (a person's mailbox), one token of 64 characters at most; not
# one word (`E-Mail: support`, `E-Mail: info`: a shop's role mailbox, or no address), abbreviations of single
# letters (`E-Mail: n.a.`, `z.B.`), nor a domain (`E-Mail: web.de`: its last part a top-level domain).
_MAIL_LABELS = frozenset("email mail mailadresse emailadresse emailaddress mailaddress courriel correo "
                         "correoelectrónico eposta epost epostadress".split())
_LABELLED_LOCAL_PART = re.compile(r":[ \t]{0,3}([A-Za-z][A-Za-z0-9.]{2,63})(?![\w@.-])")
# A provider named by a number (NetEase's `163`, `126`) is one only after a mailbox's name, letters with digits, `.`,
# `_` or five digits or more (`wangxm1988@163`; `3@126` is a price, `chrome@126` a version).
_MAILBOX_NAME = re.compile(r"[\w.+-]{1,64}")
# `#` (or a full-width `＃`, folded to it) written for `@` before a large provider's domain, as Chinese users write
# an address to keep it from robots (`wangxm1988#163.com`, often with a note: `#换成@`); before any other domain `#`
# is a URL's fragment or a number sign as often. Searched in the lower-cased form.
_HASH_ADDRESS = re.compile(f"[^\\W_]#(?:{by_first_letter(MAIL_PROVIDERS)})\\.[a-z]{{2}}")
# (closer 236) ... and before a country's provider (`anna.schmidt#web.de`), whose name is a word a fragment or a tag
# may hold (`#orange.fr`), only after a mailbox's local part read back from the `#` (_JOINED_LOCAL_PART, as
# _spelled_provider_address reads one) and ending the token: `#web.de` after a word alone is a fragment's.
_HASH_NATIONAL_ADDRESS = re.compile(
    f"(?<=[a-z0-9])#(?:{by_first_letter(NATIONAL_MAIL_PROVIDERS)})\\.[a-z]{{2,3}}(?![\\w-]|\\.\\w)")
# (closer 236) A large provider's domain after a mailbox's local part and a dot for its `@` (`anna.schmidt.gmail.com`):
# a host's name holds the provider's labels too (`smtp.gmail.com`, `mail.yahoo.com`), so only a local part that is a
# person's given name and a family name (given_names.a_given_then_family_name) reads so. Searched in the lower-cased
# form; the local part read back from the dot, 64 characters at most.
_DOTTED_PROVIDER_DOMAIN = re.compile(
    f"(?<=[a-z0-9])\\.(?:{by_first_letter(MAIL_PROVIDERS)})\\.(?:com|net|[a-z]{{2}}|co\\.[a-z]{{2}})(?![\\w-]|\\.\\w)")
# India's UPI payment addresses (`name@okicici`, `9845217306@ybl`) are a person's as a mail address is: an address
# at a payment service provider's handle (the published list of UPI handles; their domain has no dot) is read as one
# at a large mail provider, and so is the payee (`pa=`) of a `upi://pay` link; searched in the lower-cased form.
UPI_HANDLES = (
    "ybl ibl axl okicici okaxis oksbi okhdfcbank paytm pthdfc ptsbi ptaxis ptyes upi apl yapl rapl abfspay axisb "
    "axisbank icici sbi hdfcbank kotak kmbl yesbank yesbankltd idfcbank idfcfirst pnb barodampay unionbankofindia "
    "uboi cnrb indus federal fbl jupiteraxis fam freecharge airtel mobikwik ikwik postbank jio waicici wasbi "
    "waaxis wahdfcbank timecosmos").split()
# ... and so is India's ABHA address, a person's health account at the national digital health mission's handle
# (`given.family@abdm`, formerly `@ndhm`: closer 182, eighty-fifth attack), whose domain has no dot either.
ABHA_HANDLES = ["abdm", "ndhm"]
_UPI_ADDRESS = re.compile(f"[^\\W_]@(?:{by_first_letter(UPI_HANDLES + ABHA_HANDLES)})(?![\\w-]|\\.\\w)")
# (closer 191) ... but not a form's placeholder for one, a field's own word or a sample where a person's address goes
# (`ABHA address: yourname@abdm`, `Format: username@abdm`): no person is named so; removed before the search.
ABHA_PLACEHOLDERS = ("name yourname your.name your_name username user_name user fullname firstname first.last "
                     "example sample demo test abc xyz xxx abha abhaaddress handle id").split()
_ABHA_PLACEHOLDER = re.compile(f"(?<![\\w.+-])(?:{phrase_alternation(ABHA_PLACEHOLDERS)})"
                               f"@(?:{'|'.join(ABHA_HANDLES)})(?![\\w-]|\\.\\w)")
_UPI_PAY_LINK = re.compile(r"(?i:upi://pay\?)(?:[^&#\s]{0,200}&){0,20}(?i:pa)=[^&#\s]")
# In free text, a domain with `-` for its dots is an address when it ends in a top-level domain mail is most often
# at (com, net, org, edu, gov) or in a country's second level and its two letters (`jo@example-com-bd`, maybe glued
# to a number: `-1001`; `jo@release-rc`, `logo@2x-com` are no address); searched in the lower-cased form, as above.
_DASHED_DOMAIN = re.compile(f"[^\\W_]@[a-z][a-z0-9]*-(?:(?:{SECOND_LEVELS})-[a-z]{{2}}|com|net|org|edu|gov)"
                            "(?![^\\W\\d]|-[^\\W\\d_]|\\.\\w)")
# In an id (an fbc's payload too), whose `-` and `_` stand for both "@" and ".", a large mail provider's name and a
# top-level domain (maybe after a second level: `_yahoo_co_uk`) that end the id or come before its number are an
# address without a word for "@" (`jo_smith_gmail_com`); searched in the lower-cased form, as above.
_PROVIDER_SLUG = re.compile(f"[a-z0-9]([-_])(?:{by_first_letter(MAIL_PROVIDERS)})\\1(?:(?:{SECOND_LEVELS})\\1[a-z]{{2}}"
                            "|com|net|org|[a-z]{2})(?=\\1[0-9]|[^a-z0-9_-]|$)")
# A run of digits in groups with short separators, maybe after "+" or in parentheses.
# Any blank separates groups, a line break or a tab too (canonical.py has made every dash `-`), up to three
# separators (` / `), `_`, and a comma directly between digits (`650,555,0173`; `38, 40` is a list); a trunk `0`
# in parentheses may touch the next group (`+880 (0)1712-345678`), and so may a group in parentheses between two
# (Japan's area code, then the local exchange in parentheses: `03(5412)8876`), and so may an area code in
# parentheses with its trunk `0` (`(02)2758-1934`, as Taiwan and China write it).
# (a country code in square brackets too: `[+63] 917…`; closer 222: NANP's area code in parentheses, `(415)5550173`)
_NUMBER_RUN = re.compile(r"(?:\+[0-9]{1,3}\]|\+?\(?[0-9]+\)?)(?:(?:[\s.\-/_]{1,3}|,|(?<=\(0\))"
                         r"|(?<=\(0[1-9]\))|(?<=\(0[1-9][0-9]\))|(?<=\(0[1-9][0-9]{2}\))|(?<=\([2-9][0-9]{2}\))"
                         r"|(?<=[0-9])\([0-9]{1,5}\)(?=[0-9]))\(?[0-9]+\)?)*")
# A bar or a tilde glued between letters or digits (`06|12|34|56|74`, `4539~1488~…`) joins groups as a dash does (a
# full-width `～` is folded to `-` already): the groups are read as dashed when they hold a letter (an IBAN's, a
# hardware address's, letters for digits) or when their digits may be one number (_glued_number). A list's sizes,
# prices and packs are written so too (`90|140|160|180`, `9.99|19.99`, `100|250|500`), which no phone is written as.
# Between blanks it separates a title's parts or a list's items (`64 | 128 | 256 | 512 GB`, `Steps 250 ~ 500 ~ 750`),
# which no number is written across. (a run is matched once, from its start)
_BAR_OR_TILDE = re.compile(r"(?<![0-9A-Za-z])[0-9A-Za-z]+(?:[|~][0-9A-Za-z]+)+")
_BAR_OR_TILDE_MARK = re.compile("[|~]")
# ... except where the groups joined across the blanks (or across a bar with a blank on one side: `06 |12 |34`, or
# glued bars left as written) check as one number (_spaced_groups): a card's Luhn sum, an IBAN's mod 97, or a
# phone's layout (groups of one width after a leading 0 or a `+` and its country code, not a list's steps: `06 | 08 |
# 10 | 12` counts by two). Each run is matched once, from its first group (linear).
_SPACED_BAR_RUN = re.compile(r"(?<![0-9A-Za-z|~+])\+?[0-9A-Za-z]{1,6}(?:[ \t]{0,3}[|~][ \t]{0,3}[0-9A-Za-z]{1,6})"
                             r"{2,11}(?![0-9A-Za-z]|[ \t]{0,3}[|~])")
_SPACED_BAR = re.compile(r"[ \t]*[|~][ \t]*")
_DIGIT_GROUPS = re.compile(r"[0-9]+")
_NINE_DIGITS_OR_MORE = re.compile(r"[0-9]{9,}")
_CARD_START = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])|[0-9]{13}")  # what every card layout needs
# After a letter (`v1.2.3.4`, `Chrome/`-less versions) four numbers are a version, not an address.
# Four dotted numbers, alone or as four labels inside a host name (`app.41.90.64.17.nip.io`: wildcard DNS), or glued
# between two words of two letters at least (`from81.2.69.160to`: a log's text without blanks; a version is glued
# to one letter, `v1.2.3.4`, to none after it, or to a release's word: `1.2.3.4rc`, `1.2.3.4beta`; and glued, four
# parts of one digit are a version's, `upgrade1.2.3.4to1.2.3.5`, as after one letter; alone they stay an address's).
# Glued after a word alone, an address ends the value (`client81.2.69.160`; the word is no code's or version's label,
# _holds_ipv4; no part is a version's 0, `fw1.0.2.3`, `Kit12.0.0.1`). Glued before a unit (`81.2.69.160Mbps`) or an
# edition's word (`12.0.0.1pro`) it is a product's name.
_IPV4 = re.compile(r"(?:(?<![0-9A-Za-z.])|(?<=[A-Za-z]\.)(?=(?:[0-9]{1,3}\.){4}[A-Za-z])"
                   r"|(?![0-9](?:\.[0-9]){3}(?![0-9]))"
                   r"(?=(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?!(?i:rc|beta|alpha|dev|pre|snap|final|stable|lts|nightly|build"
                   r"|release|patch|hotfix|fix|ga|sp|(?:[kmgt]i?)?b(?:ps|it|yte)?s?(?![a-z])|hz|ghz|mhz"
                   r"|(?:pro|max|plus|lite|mini|ultra|edition)(?![a-z])))[A-Za-z]{2}"
                   r"|(?:(?!0\.)[0-9]{1,3}\.){3}[0-9]{1,3}\s*$)"
                   r"(?<=[A-Za-z]{2}))(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9]|\.[0-9])")
# Four numbers joined by a slash (not in a path: no slash before), or by dots with blanks around them.
_SPACED_IPV4 = re.compile(r"(?<![0-9A-Za-z./])[0-9]{1,3}( {1,3}\. {1,3}|/)[0-9]{1,3}(?:\1[0-9]{1,3}){2}"
                          r"(?![0-9]|\1[0-9])")
# Four numbers joined by `-` or `_` (`81-2-69-160.dsl.example.net`, `ec2-81-2-69-160.compute-1...`, `81_2_69_160`), or
# by `,` or a tab (a table's cells pasted into an id: `178,62,193,45`); not four of a longer chain joined by `_`, a
# number before them too (a menu's positions, Amazon's `nav_em_T1_0_4_13_1`; closer 92), as none may follow.
_SEPARATED_IPV4 = re.compile(r"(?<![0-9])(?!(?<=[0-9]_)[0-9]{1,3}_)[0-9]{1,3}([-_,\t])[0-9]{1,3}\1[0-9]{1,3}\1"
                             r"[0-9]{1,3}(?![0-9]|[-_,\t][0-9])")
# Dotted numbers as a browser reads a host (WHATWG URL, IPv4 parser): parts in decimal, octal (leading 0) or hex;
# glued after a word when the first part is in hex (`router0x51.0x02…`: its `0x` marks where the number begins).
_NUMBER_PART = r"(?:0[xX][0-9a-fA-F]{0,8}|[0-9]{1,12})"
_DOTTED_NUMBERS = re.compile(
    f"(?:(?<![0-9A-Za-z.])|(?<=[A-Za-z])(?=0[xX])){_NUMBER_PART}(?:\\.{_NUMBER_PART}){{1,3}}"
    "(?![0-9A-Za-z]|\\.[0-9A-Za-z])")
# The host of a URL written in text: what follows `://` up to the path (user info and port removed later).
# ... and in a URL path, whose `/` are line breaks, a web URL written in a segment (`/go/http://1359103392:8080/`)
_URL_HOST = re.compile(r"(?:://|(?<![^\W\d_])(?i:https?|ftp|wss?):\n\n)([^/?#\s\\]{1,255})")
# An IPv6 address's reverse DNS name: its 32 hex digits in reverse order, one a label, under `ip6.arpa` (or the
# former `ip6.int`).
_IPV6_REVERSE = re.compile(r"(?i)(?<![0-9a-z.])(?:[0-9a-f]\.){32}ip6\.(?:arpa|int)(?![0-9a-z])")
# An IPv6 address as a host-name label, `-` for `:` (Windows' `ipv6-literal.net` names, ISPs' reverse names).
_HEX_DASH_RUN = re.compile(r"(?<![0-9A-Za-z-])(?:[0-9A-Fa-f]{0,4}-){2,7}[0-9A-Fa-f]{1,4}(?=\.[A-Za-z])")
# Candidates only: two colons at least, each group at most 4 hex digits (bounded work at each position), at the run's
# own start: not glued after a letter or a digit, as a longer number's tail is (EDIFACT's party number and its code
# list, `NAD+BY+5412345000013::9'`, a GS1 GLN: `0013::9` is no address).
_HEX_COLON_RUN = re.compile(r"(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}")
# ... or glued after another label's letters (`KontoDE89370400440532013000`; the two letters before the first digits
# are its country, so a label of any case leaves one reading), then written unbroken and ending the token at its
# country's length exactly: mod 97 tells an account from a code (group 1; one pattern, one scan)
# (closer 236: its country in capitals may stand apart from its check digits, a bank's statement printing it in groups
# of three, `DE 89 370 400 440 532 013 000`; the checksum decides as for any other layout)
_IBAN = re.compile(r"(?<![A-Za-z0-9])(?:[A-Za-z]{2}|[A-Z]{2} )[0-9]{2}(?:[ ./_-]?[A-Za-z0-9]){11,30}"
                   r"|(?<=[A-Za-z])([A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{11,30})(?![A-Za-z0-9])")
# ... and glued after its label (`IBANDE89370400440532013000`; the label looked for in C first)
_GLUED_IBAN = re.compile(r"(?:IBAN|iban|Iban)([A-Za-z]{2}[0-9]{2}(?:[ ./_-]?[A-Za-z0-9]){11,30})")
# ISO 13616 lengths by country: an IBAN inside text is read up to its country's length, not to the next word.
_IBAN_LENGTHS = {entry[:2]: int(entry[2:]) for entry in (
    "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29 ES24 "
    "FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 "
    "LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 "
    "SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20").split()}
_SSN = re.compile(r"[0-9]{3}-[0-9]{2}-[0-9]{4}")
_CPF = re.compile(r"[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}")
# Chile's RUT as printed: its body's thousands dotted, a dash and the check digit (or `K`, after the run's digits)
_DOTTED_RUT = re.compile(r"[0-9]{1,2}\.[0-9]{3}\.[0-9]{3}(?:-[0-9])?")
_ASCII_DIGITS = b"0123456789"
_NOT_ASCII_DIGITS = str.maketrans("", "", "0123456789")
_ASCII_DIGIT = re.compile("[0-9]")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
UUID = _UUID  # (is_uuid's pattern, for callers that test it inline: privacy.free_text)
_MIN_BASE64_RUN = 11  # the base64 of the shortest address with a real domain, `jo@x.com`
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/_-]{11,}={0,2}")
# Hex of text: at least 7 byte pairs (the shortest address or phone number), not glued to other letters or digits
# (a `0x` before them is hex's own prefix), in either case.
_HEX_PIECE = re.compile(r"(?:(?<![0-9A-Za-z])|(?<=\b0[xX]))[0-9A-Fa-f]{14,}(?![0-9A-Za-z])")
_HEX_14 = re.compile(r"[0-9A-Fa-f]{14}")  # the same without its bounds: a quicker first test
_NOT_HEX = str.maketrans("", "", "0123456789abcdefABCDEF")  # (what is left of a run that is no hex)
# A stretch of printable ASCII in decoded bytes, long enough for the shortest address (`jo@x.com`).
_PRINTABLE_STRETCH = re.compile(rb"[!-~]{8,}")
_GROUP_PADDING = ("", "AAA", "AA", "A")  # `A` (zero bits) after a base64 run, by its length modulo 4
# In decoded bytes, `@` and a domain's characters (one class: no backtracking between labels), then zero bytes: an
# address that ends the bytes (_glued_address).
_DOMAIN_AT_END = re.compile(rb"@[-.0-9A-Za-z]{3,253}\x00\x00")
# Cloudflare's email obfuscation: the first byte a key, each following byte XOR-ed with it; one table per key.
_XOR_TABLES = [bytes(byte ^ key for byte in range(256)) for key in range(256)]
_MIN_BASE32_RUN = 13  # the base32 of `jo@x.com`
_MIN_ASSEMBLED = 14  # `["a.b","c.de"]`, `JO.SMITH-EX.SE`: the shortest pieces assembled.readings puts together
_BASE32_ALPHABET = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
# issuer prefixes: Visa, Amex, Mastercard (5, 2), Discover/UnionPay/Elo (6), JCB, Diners, and Turkey's Troy (9792)
_CARD_PREFIXES = ("4", "34", "37", "5", "2", "6", "35", "36", "30", "38", "39", "9792")
# Fifteen digits are American Express's length (34, 37); Diners, JCB, Mastercard's 2-series, Mir and Troy issue 14
# or 16 to 19, and only the networks whose lengths vary (Maestro's and UnionPay's 5 and 6) may have 15.
_FIFTEEN_DIGIT_CARDS = ("34", "37", "5", "6")
# Past sixteen digits a card beginning with 2 is Mir's (2200 to 2204): Mastercard's 2-series issues sixteen digits
# alone, so a longer run beginning 2 elsewhere (Yandex's click id `yclid=2583…`, nineteen digits) is no card.
_MIR_PREFIXES = ("2200", "2201", "2202", "2203", "2204")
# Visa holds every number opening with 4 and issues 13 (retired, still refused), 16 or 19 digits (its published
# lengths): fourteen from 4 are a shop's id (Shopify's variants, `43429542486352`, pass Luhn's sum one time in ten;
# closer 240). The other first digits are shared by networks and ranges not yet assigned, and read broadly.
_VISA_LENGTHS = (13, 16, 19)


# Lengths of national numbers after a country calling code (ITU-T E.164 national plans, min and max digits): an
# undialled run is an international number only when it fits its code (`4512345678901` is no Danish number).
# Every assigned code is listed (the fixed and mobile lines of the smaller plans too: St Helena's `290` has five
# digits, `290012345678` is a courier's tracking number); a code not listed keeps the general bound (11 to 15 digits
# in all: a national id of eleven digits is as well left out as a phone number). The Americas' `1` is read by its
# own layout (NANP).
_NATIONAL_LENGTHS = {entry.split(":")[0]: tuple(int(n) for n in entry.split(":")[1].split("-")) for entry in (
    "7:10-10 20:9-10 27:9-9 30:10-10 31:9-9 32:8-9 33:9-9 34:9-9 36:8-9 39:6-11 40:9-9 41:9-9 43:4-13 44:7-10 "
    "45:8-8 46:7-9 47:8-8 48:9-9 49:6-13 51:8-9 52:10-11 53:8-8 54:10-11 55:10-11 56:9-9 57:8-10 58:10-10 "
    "60:7-10 61:9-9 62:8-12 63:8-10 64:8-10 65:8-8 66:8-9 81:9-10 82:8-10 84:9-10 86:10-11 90:10-10 91:10-10 "
    "92:9-10 93:9-9 94:9-9 95:7-10 98:10-10 212:9-9 213:8-9 216:8-8 234:8-10 254:9-9 351:9-9 352:6-11 353:7-9 "
    "358:5-12 359:8-9 380:9-9 420:9-9 421:9-9 880:10-10 965:8-8 966:9-9 971:8-9 972:8-9 974:8-8 "
    "211:9-9 218:9-9 220:7-9 221:9-9 222:8-8 223:8-8 224:8-9 225:10-10 226:8-8 227:8-8 228:8-8 229:10-10 230:7-8 "
    "231:7-9 232:8-8 233:9-9 235:8-8 236:8-8 237:9-9 238:7-7 239:7-7 240:9-9 241:7-8 242:9-9 243:7-10 244:9-9 "
    "245:9-9 246:7-7 247:5-5 248:7-7 249:9-9 250:8-9 251:9-9 252:6-9 253:8-8 255:9-9 256:9-9 257:8-8 258:8-9 "
    "260:9-9 261:9-9 262:9-9 263:9-9 264:8-9 265:7-9 266:8-8 267:7-8 268:8-8 269:7-7 290:4-5 291:7-7 297:7-7 "
    "298:6-6 299:6-6 350:8-8 354:7-9 355:8-9 356:8-8 357:8-8 370:8-8 371:8-8 372:7-8 373:8-8 374:8-8 375:9-9 "
    "376:6-9 377:8-9 378:8-10 381:7-12 382:8-8 383:8-12 385:8-9 386:8-8 387:8-9 389:8-8 423:7-9 500:5-5 501:7-7 "
    "502:8-8 503:8-8 504:8-8 505:8-8 506:8-8 507:7-8 508:6-9 509:8-8 590:9-9 591:8-8 592:7-7 593:8-9 594:9-9 "
    "595:7-9 596:9-9 597:6-7 598:8-8 599:7-8 670:7-8 672:6-6 673:7-7 674:7-7 675:7-8 676:5-7 677:5-7 678:5-7 "
    "679:7-7 680:7-7 681:6-6 682:5-5 683:4-7 685:5-10 686:5-8 687:6-6 688:5-7 689:8-8 690:4-7 691:7-7 692:7-7 "
    "800:8-8 808:8-8 850:8-10 852:8-8 853:8-8 855:8-9 856:8-10 870:9-12 878:12-12 881:9-10 882:7-12 883:8-12 "
    "886:8-9 888:11-11 960:7-7 961:7-8 962:8-9 963:8-9 964:8-10 967:7-9 968:8-8 970:8-9 973:8-8 975:7-8 976:8-10 "
    "977:8-10 979:9-9 992:9-9 993:8-8 994:9-9 995:9-9 996:9-9 998:9-9").split()}


def _fits_country(digits: str) -> bool:
    for size in (1, 2, 3):
        lengths = _NATIONAL_LENGTHS.get(digits[:size])
        if lengths is not None:
            return lengths[0] <= len(digits) - size <= lengths[1]
    return True


def _bare_phone(digits: str) -> bool:
    """A digit string with no separators that is shaped like a phone number (national or international)."""
    count = len(digits)
    if 12 <= count <= 14 and _gtin(digits) and not international_mobile(digits[2:] if digits[:2] == "00" else digits):
        return False  # a GTIN (EAN-13, UPC-A, GTIN-14) by its GS1 check digit: one phone number in ten passes,
        # unless a national plan's mobile number after its country code (`8801712345678`: Bangladesh), dialled
        # with `00` or not (`00966548217365`: the dialled prefix outranks the check digit)
    if digits.startswith("00"):
        return digits[2:3] not in ("", "0") and 10 <= count <= 17
    if digits.startswith("0"):
        return 9 <= count <= 12
    if count == 10:  # NANP, or a plan's mobile without its trunk prefix (Italy's `3471234567`, Greece's `69…`)
        return nanp(digits) or national_mobile(digits)
    if count == 11 and digits[0] == "1":  # +1 and a NANP number, or a Chinese mobile number (13x to 19x)
        return digits[1] in "3456789" or nanp(digits[1:])
    return 11 <= count <= 15 and digits[0] != "1" and _fits_country(digits)


# A date written year first: no phone number begins with a year, a month and a day.
_SEPARATORS = re.compile(r"[\s.\-/]*")
_DATE = re.compile(r"(?:19|20)[0-9]{2}([-./ ])[01]?[0-9]\1[0-3]?[0-9](?![0-9])")  # `2024 11 29` too


# A date written day or month first, with the year in four digits, and an hour: a time follows (`:30`) a date, no
# phone number is written so.
_DATE_AND_HOUR = re.compile(r"[0-3]?[0-9]([-./])[0-3]?[0-9]\1(?:19|20)[0-9]{2}[ T]{1,3}[0-2]?[0-9]")
# Two such dates joined by a dash, maybe with blanks around it: a range of days (`29/11/2024 - 06/12/2024`); the
# first may leave its year to the second (`30.11.–24.12.2026`, `30/11 - 24/12/2026`), or its month and year
# too, a day and its dot as German writes it (`01.–03.12.2026`).
_DATE_RANGE = re.compile(r"(?:[0-3]?[0-9]([./])[0-3]?[0-9](?:\1(?:19|20)[0-9]{2}|\1?)|[0-3]?[0-9]\.) ?- ?"
                         r"[0-3]?[0-9]([./])[0-3]?[0-9]\2(?:19|20)[0-9]{2}")


# A date of birth: a date in any common layout (ISO, D.M.Y, M/D/Y, compact, a month's name before or after the
# day) right after a birth label: a word holding a birth word of the lexicon's languages and a few more (the long
# stems anywhere in a word: `dateOfBirth`; the short ones and whole words from a word's start: `Born on`, `DOB`,
# `Ngày sinh`), maybe one more word (`Date of birth:`, `Gimimo data:`, `Doğum tarihi:`). Ordinary dates (`Valid
# until 31.12.2026`, an order's date) have no such label. Searched for the label first (rare): one scan of a value.
_BIRTH_LONG = ("birth geburt naissanc nacimiento nascimento nascita rozhden rodjen narozen urodzen geboorte "
               "fodelse fødsel fodsel syntym szuletes nastere dzimsan faeding fæðing рожд народж γενν დაბად").split()
_BIRTH_SHORT = "roden rojstv gimim sunni lahir dogum рођ".split()
# (twenty-eighth attack: Zulu `ngazalwa`, Somali `dhalashada`, Albanian `datëlindja`, Arabic `الميلاد`, Thai `เกิด`,
# Khmer `កំណើត`, Hindi and Nepali `जन्म`, Bengali `জন্ম`, Mongolian `төрсөн` (as its capitals fold too: `Төрсөн`);
# Afrikaans `gebore`, Uzbek `tug'ilgan` from a word's start)
_BIRTH_LONG += "zalw dhalash datelindj ميلاد เกิด កំណើត जन्म জন্ম төрсөн Төрсөн".split()
_BIRTH_SHORT += "gebore tug'il".split()
# (Hebrew `לידה`, birth: `תאריך לידה`, the date of birth; its date in the Hebrew calendar is a layout below)
_BIRTH_LONG += ["לידה"]
# (thirty-eighth attack: Urdu `پیدائش`, Amharic `ትውልድ`, Arabic `مواليد` and Persian `متولد`, births and born, Hebrew
# `נולד`, born; Russian "was born" from a word's start, `родился`, `родилась`)
_BIRTH_LONG += "پیدائش ትውልድ مواليد متولد נולד".split()
_BIRTH_SHORT += ["родил"]
# (thirty-ninth attack: Polish "born", `urodzona`, `urodzony`, anywhere in a word as `urodzenia` is; not `urodziny`, a
# birthday's party)
_BIRTH_LONG += ["urodzon"]
# (and "born" of the major languages, read as whole words: German `geb.` (`geb. am 14.07.1988`, `Geb.: …`), French
# `né` and `née` (folded to `ne`, `nee`), Italian `nata`, `nato`, Spanish `nacido`, `nacida`, Portuguese `nascido`,
# `nascida`, each before the preposition its date takes: `né le`, `nata il`, `nacida el`, `nascido em`; not `NATO
# summit`; Swedish `född`, `födda`, folded to `fodd`, takes none: `Född 2019-09-22`; closer 117: French inclusive
# writing's `né(e)`, `né·e`, `né-e`, the middle dot folded to a dot)
_BIRTH_WHOLE = ("geb\\.?|ne(?:e|\\(e\\)|[.-]e)?(?= (?:le|en|a|au) )|nat[oa](?= (?:il|a|nel|in) )"
                "|nacid[oa](?= (?:el|en) )|nascid[oa](?= (?:em|a|no|na) )|fodda?")
# (closer 105) A pregnancy's due date is a child's expected birth date, and health data: its labels by language, each
# naming the childbirth (`Entbindungstermin`, `date prévue d'accouchement`, `fecha probable de parto`, `data provável
# do parto`, `termin porodu`, `uitgerekende datum`); English `due date` only after a first person's possessive or
# the baby's (`My due date:`, `Baby's due date`): an invoice's or a parcel's `Due date:` is a shop's.
_DUE_DATE_WHOLE = ("(?:my|our|her|baby'?s?) due[ -]?date|entbindungs?termin|date (?:prevue |presumee )?d.accouchement"
                   "|fecha (?:probable |prevista )?de parto|data (?:provavel |prevista )?do parto"
                   "|data presunta (?:del )?parto|termin porodu|uitgerekende datum")
_BIRTH_WHOLE += "|" + _DUE_DATE_WHOLE
# (closer 161, attack 75) "born" abbreviated or whole in Polish `ur.`, Czech and Slovak `nar.`, Hungarian `szül.`
# (folded `szul.`), with their dot, and Danish and Norwegian `født` (folded `fodt`), before a date as the others
_BIRTH_WHOLE += "|ur\\.|nar\\.|szul\\.|fodt"
# (closer 222, review 42) A birthday's word in Spanish, Italian, Portuguese, French and Polish (`cumpleaños`,
# `compleanno`, `aniversário`, `anniversaire`, `urodziny`, in the canonical form) as a label only before a full date in
# digits with its year (`cumpleaños 14/03/1987`): the day alone is a party's (`anniversaire 14 mars`), and the words
# also name a shop's anniversary or a birthday's goods (`tort urodzinowy`, no whole word); a year of this decade
# dates the party, not the birth (`Urodziny 19.09.2024`: the lead at closer 222's merge, closer 58's ordinary).
_BIRTHDAY_WHOLE = "cumpleanos|compleanno|aniversario|anniversaire|urodziny"
_BIRTH_WHOLE += (f"|(?:{_BIRTHDAY_WHOLE})"
                 f"(?=\\s?:?\\s?[0-9]{{1,2}}[./-][0-9]{{1,2}}[./-](?:19[0-9]|20[01])[0-9](?![0-9]))")
# (thirty-eighth attack: Russian's abbreviation of "born", `род.`, with its dot only: `род` alone is a kind, a genus;
# in its canonical form, as the lower-case form is read; review 23: the date right after it, maybe glued, no word
# between them, its dot then optional before a date in digits: `род. Томат, 12.03.2025` is a seed packet's genus
# and packing date)
_BORN_ABBREVIATED = decode("род.")[0].lower()
_BIRTH_WHOLE_CUES = ("geb", "ne le", "ne en", "ne a ", "nee le", "e) le", "ne.e le", "ne-e le", "nata", "nato",
                     "nacid", "nascid", "fodd", "ur.", "nar.", "szul.", "fodt", "cumplean", "compleann",
                     "aniversari", "anniversair", "urodziny",
                     _BORN_ABBREVIATED[:-1], "due", "entbindung", "accouchement", "parto", "porodu", "uitgerekend")
_BIRTH_LONG, _BIRTH_SHORT = ([decode(stem)[0].lower() for stem in stems] for stems in (_BIRTH_LONG, _BIRTH_SHORT))
_DATE_SEP = "[\\s.:#=\\-_/\"'(),;]{1,3}"
# The prepositions that make a date an end (`Geburtstagsaktion bis 14.02.2025`, `Birthday sale until …`): a date of
# this decade or later after them (_RECENT_DATE: day and month first, or the year first) ends an offer or a validity,
# no birth's (closer 240; a birth of 1985 after one, `Geb. bis 14.02.1985`, is still read, as after a genealogist's
# star: closer 234). Lexicon data by language (one word each: a French or Italian end, `jusqu'au`, `fino al`, is two).
_UNTIL_BY_LANGUAGE = {"English": "until till thru", "German": "bis", "Spanish": "hasta", "Dutch": "tot",
                      "Portuguese": "até ate"}
_UNTIL_WORDS = frozenset(" ".join(_UNTIL_BY_LANGUAGE.values()).split())
_RECENT_DATE = r"(?:[0-9]{1,2}[-./][0-9]{1,2}[-./])?20[2-9][0-9](?![0-9])"
# Chinese, Japanese and Korean birth labels (no blank ends a word in these scripts: a date may follow at once) and
# their date layout, year, month and day each with its sign (`1988年7月14日`, `1988년 7월 14일`).
_BIRTH_CJK = "生年月日 出生日期 생년월일 誕生日".split()
_BIRTH_CJK.append("생일")  # (Korean "birthday", thirty-eighth attack: `생일: 87.09.17`; not `생일 케이크 2호`, no date)
_BIRTH_CJK += "出産予定日 分娩予定日 预产期 預產期 출산예정일".split()  # (a due date: closer 105, above)
_BIRTH_CJK.append("生日")  # (Chinese "birthday" before a whole date: `生日 1987-03-14`; closer 234, review 45)
# (a Japanese era's name may lead the year, and the numbers may be written in kanji: `昭和六十二年九月十七日`)
# (thirty-eighth attack: Taiwan's Minguo years, `民國76年`, and an era's first year, `令和元年`)
_CJK_NUMBER = "[0-9〇一二三四五六七八九十]"
_CJK_DATE = (f"(?:明治|大正|昭和|平成|令和|民國|民国)?(?:{_CJK_NUMBER}{{1,4}}|元)\\s?[年년]\\s?{_CJK_NUMBER}{{1,3}}"
             f"\\s?[月월]\\s?{_CJK_NUMBER}{{1,3}}\\s?[日일]")
# Dates of other layouts after a birth label: a Japanese era's letter or name in Latin letters (`S62.9.17`, `Showa
# 62.09.17`), a day's ordinal (`17th Sept '87`), an ordinal in words (`seventeenth of September 1987`), a Roman
# month (`17-IX-1987`), dotted parts with blanks (`17. 9. 1987`), a day and an English month without the year ending
# the text or a clause (`Birthday: 17 September`); and a compact YYMMDD right after `DOB` (`DOB: 870917`).
_ORDINAL_WORD = ("(?:(?:twenty|thirty)[\\s-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                 "|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
                 "|twentieth|thirtieth)")
_BIRTH_LAYOUTS = (
    "|(?:[mtshr]\\s?|(?:meiji|taisho|showa|heisei|reiwa)\\s)[0-9]{1,2}(?P<era>[-./])[0-9]{1,2}(?P=era)[0-9]{1,2}"
    # (closer 222: `the` before the ordinal day and `of` after it, `born on the 14th of March 1987`)
    "|(?:the\\s)?[0-9]{1,2}(?:st|nd|rd|th)\\.?\\s(?:of\\s)?[^\\W\\d_]{3,9}\\.?,?\\s'?[0-9]{2,4}"
    f"|{_ORDINAL_WORD}(?:\\sof)?\\s[^\\W\\d_]{{3,9}},?\\s[0-9]{{4}}"
    "|[0-9]{1,2}(?P<roman>[-./ ])(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})(?P=roman)[0-9]{2,4}"
    "|[0-9]{1,2}\\.\\s?[0-9]{1,2}\\.\\s?[0-9]{4}"
    "|[0-9]{1,2}(?:st|nd|rd|th)?\\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\s*(?:$|[.,;)!])"
    # a date of the Hebrew calendar, its day and year in letters with their geresh or gershayim, its month after `ב`
    # (`ט״ו באדר תשמ״ז`; twenty-eighth attack): read after a birth label only, as every layout here is
    "|[א-ת](?:[״\"][א-ת]|[׳'])\\sב?(?:תשרי|חשוו?ן|כסלו|טבת|שבט|אדר|ניסן|אייר|סיוו?ן|תמוז|אב|אלול)(?:\\s[אב][׳'])?"
    "\\s(?:ה[׳']?)?[א-ת]{1,3}[״\"][א-ת]")
# A Thai month abbreviated by its letters and dots (`17 ก.ย. 2530`, `1 เม.ย. 2530`; thirty-eighth attack) right after
# Thai "born" or "birthday", no word between, the label no word's end (review 23: `เค้กวันเกิด ส่ง 17 ก.ย. 2567`, a
# birthday cake's delivery date).
# (the words in their canonical form, as the text is read: its vowel signs dropped)
_THAI_BORN, _THAI_DAY, _THAI_ON_DAY = (decode(word)[0] for word in ("เกิด", "วัน", "วันที่"))
_THAI_BORN_ABBREVIATED_MONTH = (f"(?<![\u0e01-\u0e4f])(?:{_THAI_DAY})?{_THAI_BORN}(?:{_THAI_ON_DAY})?\\s?"
                                "[0-9]{1,2}\\s?[\u0e01-\u0e4f]{1,3}\\.[\u0e01-\u0e4f]{1,2}\\.\\s?[0-9]{2,4}|")
# (the label's second word may hold an Indic script's vowel signs, no letters to `\\w`: Nepali `मिति`; the block's
# characters outside the letters, each read one way beside `[^\\W\\d_]`: `जनम: ` repeated, perf 39b)
_INDIC = "[" + postal._outside_letters("\\u0900-\\u0dff") + "]"
# A date in Chinese or Japanese signs right before "born", as both write it (`1987年9月17日出生`, `…生まれ`;
# thirty-eighth attack).
# (review 23) Or in digits apart by dots or dashes (`1987.09.17生まれ`); "born" ends the field or a clause, or a place
# follows it (`出生于北京`): a panda's or a wine's date before "born" names a product after it (`熊猫 2016年7月28日出生
# 纪念册`, a trade-off: a person's bio of the same shape goes out too).
_DATE_BEFORE_BORN = (f"(?:{_CJK_DATE}|[0-9]{{4}}(?P<born>[-./])[0-9]{{1,2}}(?P=born)[0-9]{{1,2}})\\s?(?:出生|生まれ"
                     # (closer 234, review 45: Korean "born", glued after the day, `14일생`, or apart, `출생`)
                     "|(?<=일)생|출생)"
                     "(?=$|[\\n\\r,.;:!?，。、；：！？)）于在でに])|")
# Six digits that are a YYMMDD date right after `DOB` or a Chinese, Japanese or Korean birth label (`생년월일 870917`:
# the resident number's first half, thirty-eighth attack).
# (review 23) After Korean "birthday", only with no word after them: `생일 870917 에디션` is an edition's date.
_YYMMDD = "[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?![0-9])"
_COMPACT_AFTER_DOB = ("(?:(?<![^\\W\\d_])d\\.?o\\.?b\\.?(?::\\s?|\\s)|(?:"
                      + "|".join(label for label in _BIRTH_CJK if label != "생일") + f")[\\s:：]{{0,3}}){_YYMMDD}"
                      f"|생일[\\s:：]{{0,3}}{_YYMMDD}(?!\\s?[^\\W\\d_])|")
# The abbreviation may have a dot after each letter (`D.O.B.`).
# A picture standing for a birthday by Unicode's name for it (`🎂`, BIRTHDAY CAKE), as a label right before the date
# (closer 78; not a party's `🎉`, which names no birth).
_BIRTH_PICTURES = [chr(code) for code in range(0x1F000, 0x1FB00) if "BIRTHDAY" in unicodedata.name(chr(code), "")]
_BIRTH_WORDS = ("dob", "d.o.b", "bday", *_BIRTH_PICTURES, "born", "sinh", "nee", "b.", "ttl", "t.t.l", "出生", "生まれ",
                "일생", "출생",
                *_BIRTH_LONG,
                *_BIRTH_SHORT, *_BIRTH_CJK, *_BIRTH_WHOLE_CUES)
# (closer 128) An aside in brackets after the label, as a form explains its field (`Geburtsdatum (wie im Reisepass):`,
# `Date of birth (DD/MM/YYYY):`): read past, up to 40 characters holding no bracket.
_BIRTH_ASIDE = "(?:[ ]?\\([^()\\n]{1,40}\\))?"
# (closer 234, review 45) A genealogist's star before a date opening the text stands for "born" (`* 14.03.1987`, `*
# 1987-03-14`): a whole date of a year before 2020, as a birthday's word takes it (a footnote's star before a date
# of this decade is an offer's: `* 01.03.2025`).
_STAR_BEFORE_DATE = ("^\\*[ \t]?(?:[0-9]{1,2}(?P<star>[./-])[0-9]{1,2}(?P=star)(?:19[0-9]|20[01])[0-9]"
                     "|(?:19[0-9]|20[01])[0-9]-[0-9]{2}-[0-9]{2})(?![0-9])|")
_BIRTH_DATE = re.compile(  # searched in the lower-case form (a yes or no: positions need not match the form's)
    f"{_STAR_BEFORE_DATE}{_DATE_BEFORE_BORN}{_COMPACT_AFTER_DOB}{_THAI_BORN_ABBREVIATED_MONTH}"
    f"(?:(?:(?<![^\\W\\d_])(?:d\\.?o\\.?b|bday|born|sinh|nee|b\\.|{_BIRTH_WHOLE})(?![^\\W\\d_])"
    f"|(?:{by_first_letter(_BIRTH_LONG)}"
    f"|(?<![^\\W\\d_])(?:{by_first_letter(_BIRTH_SHORT)}))[^\\W\\d_]*)"
    f"(?:{_DATE_SEP}(?!(?:{'|'.join(sorted(_UNTIL_WORDS))})[\\s:]{{1,3}}{_RECENT_DATE})(?:[^\\W\\d_]|{_INDIC}){{1,12}})?"
    f"{_BIRTH_ASIDE}{_DATE_SEP}"
    # (Indonesia's `TTL`, tempat, tanggal lahir: the town, one or two words, then the date: `TTL: Bandung, 17 September
    # 1987`, `T.T.L: Kota Bandung, …`; review 23: a town is asked for, `TTL, 17 pins, 1987 chip` is a chip's)
    f"|(?<![^\\W\\d_])t\\.?t\\.?l(?![^\\W\\d_])[\\s:,]{{1,3}}(?:[^\\W\\d_]{{2,20}}\\s)?[^\\W\\d_]{{2,20}}{_DATE_SEP}"
    # (a Korean label may take its particle, `생일은`; Chinese "born" as a label, with its colon: `出生：`)
    f"|(?:{'|'.join(_BIRTH_CJK)})[은는이가]?[\\s:：]{{0,3}}|出生[:：]\\s?|(?:{'|'.join(_BIRTH_PICTURES)})[\\s:：]{{0,3}}"
    f"|(?<![^\\W\\d_]){re.escape(_BORN_ABBREVIATED[:-1])}"
    f"(?:\\.|(?=[\\s:]{{1,3}}[0-9]{{1,2}}[./][0-9]{{1,2}}[./][0-9]{{2,4}}))[\\s:]{{0,3}})"
    f"(?:{_CJK_DATE}|[0-9]{{1,4}}(?P<sep>[-./ ])[0-9]{{1,2}}(?P=sep)[0-9]{{2,4}}|[0-9]{{8}}"  # 1988-07-14, 19880714
    # (a French, Spanish or Portuguese ordinal first day, `1er mai`, `1º de maio`: the canonical form folds `º` and `ª`
    # to `o` and `a`; `de` around the month as Spanish and Portuguese write it, `17 de setembro de 1987`; the longest
    # month's name, `septiembre`, `października`: 14 July 1988, 14-Jul-88)
    "|[0-9]{1,2}(?:er|re|o|a)?\\.?[\\s-]?(?:de[\\s-])?[^\\W\\d_]{3,12}\\.?,?[\\s-]?(?:del?[\\s-])?'?[0-9]{2,4}"
    "|[^\\W\\d_]{3,9}\\.?\\s[0-9]{1,2}(?:st|nd|rd|th)?,?\\s[0-9]{4}"  # July 14, 1988
    f"{_BIRTH_LAYOUTS})(?![0-9])")


_BIRTH_WORD = re.compile(by_first_letter(_BIRTH_WORDS))  # any of them anywhere: the label's cheap cue


def _birth_date_reason(form: str) -> str:
    if form == _last_birth_date[0]:  # (the same form judged again, as an id: this rule reads no mode)
        return _last_birth_date[1]
    lower = form.lower()  # (one scan in C first: most values hold no birth word)
    found = BIRTH_DATE if (_BIRTH_WORD.search(lower) is not None or lower[:1] == "*") and (
        _BIRTH_DATE.search(lower) is not None) else ""
    if found and animal_ids.a_litters(lower):
        found = ""  # (a litter's birth date: an animal's, closer 170)
    _last_birth_date[:] = [form, found]
    return found


# A slug's joints read as blanks (`ne-le`, `date_of_birth`), and a segment's end after a word (a label filling its
# segment: `/ne-le/14/03/1981`): a birth label's words in a path (closer 101).
_SLUG_JOINTS = str.maketrans("-_+", "   ")
_END_AFTER_A_WORD = re.compile(r"(?<=[^\W\d_])\n")


def _birth_date_across_segments(lines: str) -> str:
    """A birth date after its label in a URL path read as lines (a line break for each `/`), its `/` read back as
    text's (closer 101): a date written with slashes in a path splits into segments, and a label opens its segment
    or fills one (`/account/born 02/13/1971`, `/ne-le/14/03/1981`). The birth rule needs its label right before the
    date, a word at most between, as in text: a blog's dated path names no birth (`/blog/2024/02/13/…`,
    `/archive/13/02/1971`); a slug's joints are blanks (`born-in-the-usa/1984/06/04` holds words between)."""
    reading = lines.lower().translate(_SLUG_JOINTS)
    if _BIRTH_WORD.search(reading) is None:  # (most paths name no birth: one scan in C)
        return ""
    reading = _END_AFTER_A_WORD.sub(" ", reading).replace("\n", "/")
    return BIRTH_DATE if _BIRTH_DATE.search(reading) is not None else ""


def _decoded(text: str) -> Tuple[str, bool, bool]:
    """decode(text), remembered for the last value: the value just judged, judged again in another mode."""
    last, decoding = _last_decoded[0]
    if text != last:
        decoding = decode(text)
        _last_decoded[0] = (text, decoding)
    return decoding


# The last value decoded by `reason` and its decoding, the last form the birth date rule read and its verdict: an event
# judges its fbclid twice, as text (value_reason) and as an id (click_id_reason); both are functions of the value.
_last_decoded: List[Tuple[str, Tuple[str, bool, bool]]] = [("", ("", True, False))]  # (the decoding of "")
_last_birth_date: List[str] = ["", ""]


# A number with vanity letters for its last seven characters (letters and digits, two letters at least; the letters
# are keypad digits): a person's when written as dialled, a NANP number after `+1` or its area code in parentheses
# (`+1 (650) SIG-RUNJ`), another country's after `+` and its code, a group of the plan's length before the letters
# (`+49 176 TANZBAR`), or whatever its layout after a phone's label, three digits at least before the letters
# (`Mobile: 1-415-JOHNNY5`, `Handy: 0176 TANZBAR`; a house number and a street, `address: 42 Wallaby`, are none); a
# word one letter longer than the plan takes after `+` and its code, its last letter the word's tail beyond the
# number's digits (`+44 7700 BROSVAN`: the UK's ten digits, then `N`, as `1-800-FLOWERS1` writes a tail); a
# business's toll-free number (800, 888, 877, 866, 855, 844, 833: `+1-800-FLOWERS`) and letters after an
# undialled area code (`1-800-GOT-JUNK`, `650 SIG-RUNJ`) go out without that label.
# (closer 222, review 42) The letters split once anywhere by a dash, a dot or a blank, as words are (`+1 415 CALL-NOW`,
# `+1 650 MY-PHONE`), and after a country's code an area code of one digit (`+33 6 CHAT-CHAT`): the characters counted
# as the plan's digits whatever the split, NANP's seven exactly; no third word joined by a dash (`MY-PHONE-CASE`).
_VANITY = re.compile(r"(?<![\w+])(?:\+([1-9][0-9]{0,2})[\s.\-]?|1[\s.\-]?)?(\()?([0-9]{1,5})(\))?[\s.\-]?"
                     r"([A-Za-z0-9]{1,7}[\s.\-]?[A-Za-z0-9]{1,7})(?![A-Za-z0-9]|-[A-Za-z])")
_TOLL_FREE = frozenset("800 888 877 866 855 844 833".split())


def _vanity_split(rest: str) -> bool:
    """Whether a vanity number's split `rest` is a word on each side (`CALL-NOW`), or an exchange's three characters
    and four (`555-CALL`): not a count or a number before a word (`2026-27 Mbappé 10`, a shirt's season and name)."""
    first, second = re.split(r"[\s.\-]", rest)
    return len(first) == 3 and len(second) == 4 or (
        any(character.isalpha() for character in first) and any(character.isalpha() for character in second))


def _vanity_reason(form: str) -> str:
    """PHONE when canonical `form` holds a person's vanity number (above), or "" (called for a form holding `+`, `(`
    or `:`, or a dash: written as dialled or after a label, the pattern or the label needs one of them)."""
    for match in _VANITY.finditer(form):
        country, opened, area, closed, rest = match.groups()
        # (an area code in parentheses closes them: `(312 reviews)` is a count in brackets; closer 160)
        bracket = opened is not None and closed is not None
        keys = len(rest) - (not rest.isalnum())  # (the keypad's characters, the split's left out)
        if sum(character.isalpha() for character in rest) < 2 or not 7 <= keys <= 8 or keys != len(rest) and (
                not _vanity_split(rest)):
            continue  # (all digits, or one letter for a digit: the other rules)
        nanp_area = len(area) == 3 and area[0] in "23456789"
        if country == "1" and nanp_area or country is None and bracket and nanp_area:
            dialled = keys == 7 and area not in _TOLL_FREE
        elif country is not None and country != "1":
            lengths = _NATIONAL_LENGTHS.get(country)
            # (a word one letter longer than the plan's digits, its last letter the word's tail beyond them, as
            # `+44 7700 BROSVAN` is written: forty-second attack)
            dialled = lengths is not None and lengths[0] <= len(area) + keys <= lengths[1] + (
                rest[-2:].isalpha())
        else:
            dialled = False
        if dialled or len(area) >= 3 and _phone_labelled(form, match.start()):
            return PHONE
    return ""


def _phone_labelled(text: str, start: int) -> bool:
    """Whether a phone's label (PHONE_LABEL_WORDS, MOBILE_LABELS) is the word before `start` (`Handy: `, `Tel. `)."""
    tokens = _label_tokens(text, start)[0]
    return bool(tokens) and (tokens[-1] in PHONE_LABEL_WORDS or tokens[-1] in MOBILE_LABELS)


# An id document's number right after its label (`Passport No: X12345678`, `RFC: HEGL880714AB1`): a passport in the
# lexicon's languages (Indonesian and Malay `paspor`, Vietnamese `hộ chiếu` with its number word `số`) or Mexico's
# RFC (a CURP is read by its shape), maybe a number word, then one token of 6 to 20
# letters and digits holding a digit (often a letter and digits, which the digit rules read as a code). A code
# label names no person (`SKU: X12345678`); `RFC 9110` (a standard) is too short. The Japanese, Chinese and Korean
# labels (personal_keys.PASSPORT_LABELS, folded as text is) stand in words without blanks: no boundary before them,
# nor any separator needed after. A file name's `_` joins a label to its number and the number to the next word as
# blanks do (`passport_no_X48217365_scan.pdf`); a number joined so holds a passport's eight or nine characters at
# least, as every issuer's does (a passport holder's SKU in its image's name is shorter: `Passport_PC2024A_navy.jpg`).
# The verb linking a document's label to its number, as a person writes it (`my passport number is …`, `mon numéro de
# passeport est …`, `meine Passnummer ist …`; attack 40): the lexicon's languages' `is`.
_DOCUMENT_LINKING_WORDS = ("is", "est", "ist", "es", "é", "è")
_ID_DOCUMENT = re.compile(
    r"(?i)(?:(?<![^\W\d_])(?:pass(?:port|eport|aporte|aporto|nummer)|pasaport[ea]?|paspoo?rt|paspor|paszport"
    r"|reisepass|ho[\s_]?chieu|rfc)(?:[\s.\-_]{0,2}(?:number|nomor|no|nr|num|nummer|n[uú]mero|n°|#|so))?"
    f"(?:\\.?[ ](?:{'|'.join(_DOCUMENT_LINKING_WORDS)})[ ]|[\\s.:#=°\\-_]{{1,4}})"
    f"|(?:{'|'.join(PASSPORT_LABELS)})[\\s.:#=°\\-_]{{0,4}})"
    r"(?:(?<!_)|(?=[A-Za-z0-9]{8}))(?=[A-Za-z0-9]{0,19}[0-9])[A-Za-z0-9]{6,20}(?![^\W_]|-)")


def _id_document_reason(form: str) -> str:
    return NATIONAL_ID if _ID_DOCUMENT.search(form) is not None else ""


# A German identity card's number after its label (`Personalausweis`, `Ausweisnummer:`, `Ausweis-Nr.`; thirtieth
# attack): the card's nine characters (digits and the consonants the authority uses), alone or with their ICAO check
# digit after them (`LZ6R47V829`, travel_documents.german_document_number); not a card reader's or a holder's model
# after the word (`Personalausweis Lesegerät RX100`, `Ausweis-Etui 3er`); a file name's `_` joins them as a passport's
# (`ausweis_T22000129_scan.pdf`).
_GERMAN_ID_CARD = re.compile(r"(?i:(?<![^\W\d_])(?:personal)?ausweis(?:[\s.\-_]{0,2}(?:nummer|nr|no|number))?)"
                             r"[\s.:#=°\-_]{1,4}([A-Za-z0-9]{9,10})(?![^\W_]|-)")


# Germany's social insurance number after the abbreviation of its label (`SV-Nr.`, `SV-Nummer:`, `RV-Nr.`, `RVNR`;
# thirtieth attack: the whole words are personal labels already), unbroken or in its printed groups, with its check
# digit (national_ids.german_insurance_number); `SV` alone names a sports club as often (`SV Werder Bremen`).
_INSURANCE_ABBREVIATIONS = frozenset("sv rv svnr rvnr".split())


def _insurance_number_reason(form: str) -> str:
    """NATIONAL_ID when canonical `form` holds a German social insurance number after its label's abbreviation
    (above), or "" (the detector asks where `SV` or `RV` is, in any case, first)."""
    for match in GERMAN_INSURANCE_NUMBER.finditer(form):
        tokens = _label_tokens(form, match.start())[0]
        if tokens and tokens[0] in _INSURANCE_ABBREVIATIONS and NUMBER_LABEL_WORDS.issuperset(
                tokens[1:]) and german_insurance_number(match):
            return NATIONAL_ID
    return ""


# A person's tax reference after its label, of its own length (attack 40): the UK's Unique Taxpayer Reference (`UTR`,
# ten digits, maybe 5-5; India's payment references of the same name have 12, 16 or 22 characters) and France's
# numéro fiscal (thirteen digits opening on 0 to 3, maybe 2-2-3-3-3). The labels are lexicon data, one per language.
_TAX_REFERENCE_LABELS = {"English": r"utr(?:[ ]?(?:no\.?|number|#))?", "French": r"num[eé]ro[ ]fiscal"}
_TAX_REFERENCE = re.compile(
    f"(?<![^\\W\\d_])(?:(?i:{_TAX_REFERENCE_LABELS['English']})[ ]?[:#]?[ ]{{0,2}}[0-9]{{5}}[ ]?[0-9]{{4}}"
    f"|(?i:{_TAX_REFERENCE_LABELS['French']})[ ]?:?[ ]{{0,2}}"
    r"[0-3][0-9][ ]?[0-9]{2}(?:[ ]?[0-9]{3}){2}[ ]?[0-9]{2})"
    r"[0-9](?![0-9])")


def _german_id_card_reason(form: str) -> str:
    """NATIONAL_ID when canonical `form` holds a German identity card's number after its label (above), or "" (the
    detector asks where `usweis` is first)."""
    return NATIONAL_ID if any(travel_documents.german_document_number(match.group(1))
                              for match in _GERMAN_ID_CARD.finditer(form)) else ""


# A driving licence's number after its label (twenty-eighth attack): `driver's licence`, `driving licence` (either
# spelling, any case), maybe its number word, its colon, `#` or `is`, or a person's own licence's number in a sentence
# (`my licence number is`), then one token of 6 to 20 letters and digits holding a digit, as after a passport's label.
# Not `licence` alone (`License: MIT`, a software licence's key: `my license key is …`). Attack 40: the abbreviation
# with its number sign (`DL#`; `DL` alone is a download or a decilitre), and the licence's own word in Italian (with
# its number word: `Patente 2024` is a year's quiz book), French and German. The labels are lexicon data by language.
_LICENCE_LABELS = {
    "English": r"driv(?:er'?s?|ers|ing)[ \-]licen[cs]e(?:[ ](?:number|no\.?|nr\.?|#))?"
               r"|my[ ](?:driv(?:er'?s?|ers|ing)[ ])?licen[cs]e[ ](?:number|no\.?)|dl[ ]?#",
    "Italian": r"patente(?:[ ]di[ ]guida)?[ ](?:n[.°]?|nr\.?|no\.?|numero)",
    "French": r"permis[ ]de[ ]conduire(?:[ ](?:n°|n\.|no\.?|num[eé]ro))?",
    "German": r"f(?:ü|ue|u)hrerschein(?:[ \-]?(?:nummer|nr\.?|no\.?))?",
}
# (closer 108) The number may open on a series of capitals and a dash (`A-4817263`, `KD-48172639`), as an id
# document's after its series does (_DOCUMENT_NUMBER).
_LICENCE_NUMBER = re.compile(
    f"(?i:(?<![^\\W\\d_])({'|'.join(_LICENCE_LABELS.values())})(?:[ ]?[:#=]|[ ]is)?[ ]{{1,2}})"
    r"([A-Z]{1,3}-(?=[0-9]{5})[0-9A-Z]{5,18}|(?=[A-Za-z0-9]{0,19}[0-9])[A-Za-z0-9]{6,20})(?![\w-])")
# Italian `patente` is German's, Spanish's and Portuguese's patent too (`Patente Nr. EP1234567`): after it a patent's
# publication number, its office's two capitals, digits and maybe its kind code (a capital and a digit: `B1`), is the
# patent's, public; an Italian licence's number ends on a letter alone (`U1517293X`, `RM1234567A`).
_PATENT_NUMBER = re.compile(r"[A-Z]{2}[0-9]{5,12}(?:[A-Z][0-9])?")


def _licence_number_reason(form: str) -> str:
    """NATIONAL_ID when canonical `form` holds a driving licence's number after its label (above), or "" (the
    detector asks where a label's substring is, `icen`, `atente`, `onduire`, `hrerschein`, `DL` and `#`, first)."""
    return NATIONAL_ID if any(
        not (match.group(1)[:7].lower() == "patente" and _PATENT_NUMBER.fullmatch(match.group(2)))
        for match in _LICENCE_NUMBER.finditer(form)) else ""


# A card's security code (CVV, CVC, CVV2, CVC2) right after its label, three or four digits: payment data no shop
# sends, wherever it stands (`card ending 0366, CVV 123, exp 12/28`; twenty-eighth attack). Not the label alone (`CVV
# field`, `Where is the CVV?`), nor another count of digits (`CVV 12345`, `CVV 123.45`); `CSC` names firms as often.
_SECURITY_CODE = re.compile(r"(?<![^\W\d_])(?i:cvv2?|cvc2?)[ ]?[:=#]?[ ]?[0-9]{3,4}(?![\w/-]|[.,][0-9])")


# An id document's number after its series (a passport's, an identity card's): right after a personal label of the
# lexicon (judged as before any number, _label_level), a series of one to four letters or digits, maybe after a word
# for series and before a number sign, then the number of six digits or more (`Паспорт серия 4508 № 736215`, `CI
# seria RX nr. 482731`, `ΑΔΤ: ΑΚ 482731`), or letters glued to it (`Dowód osobisty: ABC523618`; after one or two
# letters, five digits are enough: Morocco's CIN, `CIN: JA98765`, seventeenth attack), maybe then its check
# letter (the UK's National Insurance number: `NI number: QQ123456C`). A Russian passport's series of four digits is
# written in two pairs (`паспорт серия 45 12 № 739258`, thirty-eighth attack), the number maybe after Russian's word
# for it (`номер`: review 23). Words for series and number, folded as text is (`серия` partly into Latin look-alikes).
# (closer 236) Two letters after the five digits close Italy's electronic identity card (`carta d'identità CA00000AA`).
_SERIES_WORDS = sorted({canonical(word)[0].casefold() for word in "series serie seria série серия серія σειρά".split()},
                       key=longest_first)
# (the fewest digits the pattern takes, five, in one scan: its first digit written apart, a search skips to a digit
# in one scan, as it does not before a repeat)
_FIVE_DIGITS = re.compile(r"[0-9][0-9]{4}")
_DOCUMENT_NUMBER = re.compile(
    f"(?<![^\\W_])(?:(?i:{'|'.join(_SERIES_WORDS)})[\\s.:]{{1,3}})?"
    r"(?:[^\W\d_]{1,2}[0-9]{5}(?:[^\W\d_]{2}(?![\w-]))?|(?:[^\W\d_]{1,4}(?=[0-9])|(?:[0-9]{2}[ ][0-9]{2}|[^\W_]{1,4})"
    r"[\s.:]{1,3}"
    f"(?:(?i:no|nr|n°|#|{re.escape(canonical('номер')[0].casefold())})[\\s.:#]{{0,3}})?)"
    r"[0-9]{6,13})[^\W\d_]?(?![\w-])")


_CODE_NOT_NUMBER_WORDS = CODE_LABELS - NUMBER_LABEL_WORDS  # (`NI number: QQ123456C`: a number word names no code)


def _document_number_reason(form: str) -> str:
    """NATIONAL_ID when canonical `form` holds an id document's number after its series and label (above), or ""."""
    if _FIVE_DIGITS.search(form) is None:  # (one scan in C: most values hold no such number)
        return ""
    for match in _DOCUMENT_NUMBER.finditer(form):
        # (the word nearest the series naming a code makes it a code's: `phone Build/TP1A.220624`, a device's build;
        # but an id word after an identity card's own word is that card's number: `Voter ID: ZQX1234567`, India's
        # EPIC, twenty-fourth attack)
        tokens = _label_tokens(form, match.start())[0] if match.start() else []
        if tokens and not _category_series(form, match.start(), tokens) and _label_level(form, match.start()) < 0 and (
                _card_or_not_code(tokens)):
            return NATIONAL_ID
    return ""


_SERIES_LETTERS = re.compile(r"[^\W\d_]{1,4}(?![^\W\d_])")


def _category_series(form: str, start: int, tokens: List[str]) -> bool:
    """Whether the letters opening a document number's match at `start` of `form` name a category, not a series
    (`-cat.11044951`), or follow a phone's word as a path's segment of its own (a line: Flipkart's
    `/मोबाइल/p/itm4817260391`, mobiles' category before an item's code; no phone number has a series of letters).
    `tokens`: the label's (closer 93)."""
    letters = _SERIES_LETTERS.match(form, start)
    if letters is None:
        return False
    if letters.group().casefold() in _CATEGORY_WORDS:
        return True
    window = form[start - _LABEL_REACH if start > _LABEL_REACH else 0:start].casefold() if "\n" in form else ""
    return any(token in PHONE_LABEL_WORDS and token + "\n" in window for token in tokens)


def _card_or_not_code(tokens: List[str]) -> bool:
    """Whether a personal label's words (_label_tokens) end in no code's word, or in an id word after an identity
    card's word (IDENTITY_CARD_WORDS: `voter id`, `shanakhti id`)."""
    return not tokens or tokens[-1] not in _CODE_NOT_NUMBER_WORDS or (
        len(tokens) == 2 and tokens[0] in IDENTITY_CARD_WORDS and tokens[1] in _BARE_ID_LABELS)


# Ids of the eighteenth attack read by their layout, in free text (no check digit is known for them): Azerbaijan's FIN,
# seven letters and digits holding both, right after its label `FIN`, `Fin` or `fin`, the cases the substring test below
# lets through (`FIN: 5ABC7DE`; an end's word in French and Spanish: a letter and a digit are asked for); Rwanda's
# national id as printed, 1-4-1-7-1-2 (the holder's kind 1 to 3, a year of birth, a sex digit 7 or 8, then serial, issue
# and check digits: `1 1990 8 0012345 1 23`); Myanmar's NRC (a state's number 1 to 14, `/`, a township's letters, a
# citizenship's letters in parentheses, six digits: `12/MaYaKa(N)123456`, Burmese letters too); Mongolia's register
# number, two Cyrillic letters glued to eight digits that begin with a birth date (YYMMDD, the month plus 20 for a birth
# since 2000: `УБ99112345`; a Latin code has no Cyrillic letter: look-alike folding leaves a pair such as `АВ` Latin,
# read only after its label; not after a code label: `SKU ХЛ99112345`).
# (twenty-ninth attack) The FIN may be named with Azerbaijani's word for a code after it (`FİN kod:`, `FİN kodu`),
# lexicon data.
_FIN_CODE_WORDS = {"Azerbaijani": "kod kodu"}
_AZERBAIJANI_FIN = re.compile(
    r"(?<![^\W\d_])(?:FIN|[Ff]in)"
    f"(?:[ \\t]{{1,3}}(?i:{'|'.join(sorted(_FIN_CODE_WORDS['Azerbaijani'].split(), key=len, reverse=True))}))?"
    r"[\s.:#=\-]{1,4}(?=[A-Za-z]{0,6}[0-9])(?=[0-9]{0,6}[A-Za-z])[A-Za-z0-9]{7}(?![\w-])")
_RWANDAN_ID = re.compile(r"(?<![0-9])[1-3]([ .\-])(?:19|20)[0-9]{2}\1[78]\1[0-9]{7}\1[0-9]\1[0-9]{2}(?![0-9])")
_MYANMAR_NRC = re.compile(r"(?<![0-9])(?:1[0-4]|[1-9])/[^\W\d_]{2,12}\([^\W\d_]{1,8}\) ?[0-9]{6}(?![0-9])")
_MONGOLIAN_REGISTER = re.compile(r"(?<![^\W_])([^\W\d_]{2})([0-9]{2}[0-3][0-9][0-3][0-9][0-9]{2})(?!\w)")


# A tribal nation's enrollment number (twenty-second attack): `Tribal` and a word naming the enrollment, the membership
# or the citizenship, or the nation's id or census roll, maybe a number word, a card or a number sign, then a number
# of five digits or more, maybe a dash or a blank inside (`Tribal enrollment #: 45-6789`), shorter than a state's
# numbers (the label's words: lexicon data; not `Enrollment #: 45-6789`, a course's, nor `Tribal Print 45-6789`).
_TRIBAL_ENROLLMENT = re.compile(
    r"(?<![^\W\d_])(?i:tribal)[ \t_\-]{1,3}(?i:enrollment|enrolment|membership|member|citizenship|citizen|id|census"
    r"|roll)(?:[ \t_.\-]{1,3}(?i:number|no|nr|num|card|#)){0,2}[ \t.:#=\-]{0,4}([0-9][0-9 \-]{3,14}[0-9])(?![0-9])")


def _tribal_enrollment(form: str) -> bool:
    """Whether `form` holds a tribal nation's enrollment number after its label (_TRIBAL_ENROLLMENT): five digits or
    more."""
    return any(sum(char.isdigit() for char in match.group(1)) >= 5 for match in _TRIBAL_ENROLLMENT.finditer(form))


def _laid_out_id_reason(form: str) -> str:
    """NATIONAL_ID when canonical free text `form` holds one of the ids above by its layout, or "" (each behind a
    substring test in C: most values hold no `fin`, no `/(`, no year's `19` or `20`, no `ribal`, no letter outside
    ASCII)."""
    if ("FIN" in form or "fin" in form or "Fin" in form) and _AZERBAIJANI_FIN.search(form) is not None:
        return NATIONAL_ID
    if ("19" in form or "20" in form) and _RWANDAN_ID.search(form) is not None:
        return NATIONAL_ID
    if "/" in form and "(" in form and _MYANMAR_NRC.search(form) is not None:
        return NATIONAL_ID
    if ("(" in form or "@" in form) and holds_hong_kong_id(form):
        return NATIONAL_ID
    if ("ribal" in form or "RIBAL" in form) and _tribal_enrollment(form):
        return NATIONAL_ID
    if not form.isascii():
        for match in _MONGOLIAN_REGISTER.finditer(form):
            letters, digits = match.groups()
            month, day = int(digits[2:4]), int(digits[4:6])
            if any("\u0400" <= letter <= "\u04ff" for letter in letters) and (
                    1 <= month <= 12 or 21 <= month <= 32) and 1 <= day <= 31 and not _code_at(form, match.start()):
                return NATIONAL_ID
    return ""


def _date_and_hour(run: str, text: str, end: int) -> bool:
    """Whether `run`, ending at `end` of `text`, is a date written day or month first and the hour of a time, or
    a range of two such dates."""
    if _DATE_RANGE.fullmatch(run) is not None:
        return True
    return _DATE_AND_HOUR.fullmatch(run) is not None and text[end:end + 1] == ":" and text[end + 1:end + 3].isdigit()


def _isbn10(run: str, digits: str) -> bool:
    """An ISBN-10 written in groups (`0-306-40615-2`): its last group is the check digit, weights 10 to 1 mod 11."""
    return len(digits) == 10 and run[-2:-1] in "- " and sum(
        (10 - position) * (ord(char) - 48) for position, char in enumerate(digits)) % 11 == 0


# Amounts with thousands separators (`1,000,000.00`, `1.000.000,00`): no phone number has groups of three only; nor
# groups of two before the last three, as India and Pakistan group lakhs and crores (`12,50,000.00`, `1,25,00,000`;
# twenty-fifth attack).
_AMOUNT = re.compile(r"[0-9]{1,3}(?:([,.])[0-9]{3})(?:\1[0-9]{3})*(?:[.,][0-9]{1,2})?"
                     r"|[0-9]{1,2}(?:,[0-9]{2}){1,6},[0-9]{3}(?:\.[0-9]{1,2})?")
# A decimal amount (two decimals) beside ` / `: numbers so joined are prices in two currencies (`USD 19.99 / 2 700
# 000 FC`), each judged alone; no phone number's group holds a decimal point before a slash.
_PRICE_BESIDE_SLASH = re.compile(r"(?<![0-9.,])[0-9]{1,7}[.,][0-9]{2} / |/ [0-9]{1,7}[.,][0-9]{2}(?![0-9.,])")
# A version: three or more dotted groups, one after the first of one digit or of five or more
# (`10.0.19045.3693`, `120.0.6099.109`); phone numbers written with dots group two to four digits.
_VERSION_GROUP = re.compile(r"\.(?:[0-9](?![0-9])|[0-9]{5})")
# A range of two amounts, each a whole number ending in `00`, the first the smaller (`50000-150000`).
_RANGE = re.compile(r"([1-9][0-9]*00)-([1-9][0-9]*00)")

# The words before a number name it: a label of the key lexicon's personal data makes any number after it personal
# (`SSN 078051120`, `Tel.-Nr. 0612345678`, a path `/ip/81/2/69/160`); a label naming a code (the id words keys are
# judged by, and words naming an article, an order or an invoice), or letters glued to the number by at most a
# `-` or `_` (`WC-2024-0001234`), make it a code, in which only a dialled number is a phone; a label naming a product
# and no order (`ART`, `SKU`, `P/N`) makes it a product's code, where a mobile number written as one run with its
# trunk prefix is a code too (a visitor types a phone number where an order is asked for, not after a part number).
# Matched on the reversed text before the number (anchored there: linear in the label's length): the separators,
# the last word, and maybe one more word before it (two single letters are one abbreviation: `P/N`, `S/N`); a JSON
# key's quotes are separators (`{"sku": 2348031234567}`).
# An apostrophe between letters, typed or typographic, is a letter of the word (K'iche' `Ajtzijb'al`, `Ajtzijb’al`: its
# two halves are read together).
# A label's words are a key's (WORD_RUN): letters, and the vowel signs that take space in Indic scripts (`নং`,
# `পরিচয়পত্র`: part of a word, not a cut in it). A French elided article before the last word is read past, as a
# blank (`Numéro Personnel d'Identification`: its words `personnel identification`), and so is Maltese `ta'` with
# the article glued by a hyphen, its consonant assimilated (`Karta tal-Identità`, `tad-`, `tas-`: a word of its own),
# and a Romance `de`, `di`, `da`, `do`, `del` or `du` between two words (`Cédula de identidad`: its words `cedula
# identidad`; twenty-fourth attack).
_LABEL_REVERSED = re.compile(r"([\s.:#=°\-_/\"']{0,3})(" + WORD_RUN + r")(?:(?:-[^\W\d_][aA][tT]\s{1,3}"
                             r"|\s{1,3}(?:[eiaouEIAOU][dD]|[lL][eE][dD])\s{1,3}"
                             r"|(?:['’][dDlL])?[\s.:#\-/]{1,3}"
                             r"|['’](?=[^\W\d_]))(" + WORD_RUN + r"))?")
_LABEL_REACH = 40
# An ad network's own parameter as a label, its prefix glued by `_` (`hsa_acc=`, `mc_cid=`: AD_NETWORK_PREFIXES),
# right before the number.
_NETWORK_PARAMETER_LABEL = re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(sorted(AD_NETWORK_PREFIXES)) +
                                      r")_[A-Za-z]{1,24}[\s.:#=]{0,3}\Z", re.IGNORECASE)
FREE, ID, CODE, PRODUCT, BUSINESS = 0, 1, 2, 3, 4
# One or two digits glued to a label's letters by `-`, then a blank, name the label's variant (`EAN-8 96385074`,
# `EAN-13 …`): the number after them is judged alone, after the label.
_LABEL_VARIANT = re.compile(r"[0-9]{1,2} (?=[0-9])")
_YYYYMMDD = r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"  # a compact date
_COMPACT_DATE = re.compile(f"{_YYYYMMDD}(?![0-9])")


# A bank account's number after its label (attack 40): an account's word (BANK_ACCOUNT_WORDS, or `A/c` with its
# slash; maybe its abbreviation's dot: `Acct.`), maybe a kind of account before or after it (ACCOUNT_KIND_WORDS:
# `savings account`, `conta corrente`), maybe a number word or sign (`Kto.-Nr.`, `a/c no`, `conto corrente n.`,
# `口座番号`), then its colon, `#` or blanks, ending where the number begins (searched in the window a label is read
# in: linear). The label's words are looked up in sets first (_ACCOUNT_CUES): a number after other words pays no
# search.
_ACCOUNT_KINDS = "|".join(sorted(ACCOUNT_KIND_WORDS, key=longest_first))
_BANK_ACCOUNT_LABEL = re.compile(
    f"(?i:(?<![^\\W\\d_])(?:(?:{_ACCOUNT_KINDS})[ ]{{1,2}})?"
    f"(?:{'|'.join(sorted(BANK_ACCOUNT_WORDS, key=longest_first))}|a/c)\\.?(?:[ ]{{1,2}}(?:{_ACCOUNT_KINDS}))?"
    f"(?:[ .\\-]{{0,2}}(?:{'|'.join(sorted(NUMBER_LABEL_WORDS, key=longest_first))}|n|#|番号)\\.?)?)"
    f"[ ]{{0,2}}[:#=]?[ ]{{0,2}}\\Z")
_ACCOUNT_CUES = BANK_ACCOUNT_WORDS | ACCOUNT_KIND_WORDS | frozenset(["c", "ac", "口座番号"])  # (`a/c no`, `A/C`)


# An account's number: 6 to 17 digits, blanks or dashes between them (not a date's dots or slashes, nor an amount's
# `12.345,67`: Portuguese `conta` is a bill too).
_ACCOUNT_DIGITS = re.compile(r"[0-9](?:[ \-]?[0-9]){5,16}(?![0-9]|[.,/:][0-9])")


def _bank_account_label(text: str, start: int, tokens: List[str], number_at: int = -1) -> bool:
    """Whether the label before position `start` (its `tokens`, _label_tokens') names a bank account (above), and
    an account's number stands at `number_at` (`start` unless given: a number sign may stand between)."""
    return (tokens[-1] in _ACCOUNT_CUES or tokens[0] in _ACCOUNT_CUES) and _ACCOUNT_DIGITS.match(
        text, start if number_at < 0 else number_at) is not None and _BANK_ACCOUNT_LABEL.search(
        text, max(0, start - _LABEL_REACH), start) is not None


# Six digits, maybe a check digit after a dash (Brazil's `73952-1`) or in groups (`739 521`), as a whole token.
_SIX_DIGIT_ACCOUNT = re.compile(r"(?<![0-9])[0-9](?:[ \-]?[0-9]){5}(?![0-9]|[.,\-][0-9])")


def _six_digit_account(run: str, text: str, start: int) -> str:
    """LABELLED_NUMBER when six digits at `start` of `text` are an account's number: after a bank account's label
    (above); else ""."""
    tokens = _label_tokens(text, start)[0] if start else []
    return LABELLED_NUMBER if tokens and _SIX_DIGIT_ACCOUNT.fullmatch(run) is not None and _bank_account_label(
        text, start, tokens) else ""


def _six_digit_account_in(form: str) -> str:
    """LABELLED_NUMBER when canonical `form` holds six digits after a bank account's label (above), or ""."""
    for match in _SIX_DIGIT_ACCOUNT.finditer(form):
        found = _six_digit_account(match.group(), form, match.start())
        if found:
            return found
    return ""


# A bank account's number beside its branch's code: after the code in its national layout (the UK's sort code
# `20-00-00`, Australia's BSB `062-000`, Canada's transit and institution `04512-002`, South Africa's six digits,
# India's IFSC `SBIN0004321`: a bank's four letters, `0`, its branch's six characters) and its label
# (BRANCH_CODE_LABELS), a comma or blanks between (`Sort code 20-00-00, 73951846`, `IFSC SBIN0004321 30739528417`),
# or in one run of digits with it after the label (`Branch code 250655 62739518403`). Searched in the window a label
# is read in (linear); the labels' letters looked for first.
_BRANCH_CODE = r"(?:[0-9]{2}[- ]?[0-9]{2}[- ]?[0-9]{2}|[0-9]{3}-[0-9]{3}|[0-9]{5}-[0-9]{3}|[A-Za-z]{4}0[A-Za-z0-9]{6})"
_BRANCH_LABEL = "(?i:(?<![^\\W\\d_])(?:" + "|".join(
    label.replace(" ", "[ ]?") for label in sorted(BRANCH_CODE_LABELS, key=longest_first)) + "))[ ]?[:#]?[ ]{0,2}"
_BRANCH_CODE_BEFORE = re.compile(f"{_BRANCH_LABEL}{_BRANCH_CODE}(?:[ ]?[,;/]|(?<=[A-Za-z0-9]{{6}}) )[ ]{{0,2}}\\Z")
_BRANCH_CODE_LEADING = re.compile(f"{_BRANCH_CODE}[ ]{{1,2}}(?=[0-9])")


_IFSC_BANK_BEFORE = re.compile(f"{_BRANCH_LABEL}[A-Za-z]{{4}}\\Z")
_IFSC_BRANCH_LEADING = re.compile(r"0[A-Za-z0-9]{6}[ ]{1,2}(?=[0-9])")


def _ifsc_and_account(text: str, start: int) -> bool:
    """Whether the digits at `start` open an IFSC's branch (`0004321`) after its bank's four letters and its label,
    an account's number after it (`IFSC SBIN0004321 30739528417`)."""
    return _IFSC_BRANCH_LEADING.match(text, start) is not None and _IFSC_BANK_BEFORE.search(
        text, start - _LABEL_REACH if start > _LABEL_REACH else 0, start) is not None


def _branch_code_before(text: str, start: int) -> bool:
    return _BRANCH_CODE_BEFORE.search(text, start - _LABEL_REACH if start > _LABEL_REACH else 0, start) is not None


def _label_tokens(text: str, start: int) -> Tuple[List[str], str]:
    """The tokens of the words before position `start` (the last and maybe one more; two single letters are one
    abbreviation: `P/N`), and the separators between them and the number; ([], "") when no word is there."""
    match = _LABEL_REVERSED.match(text[max(0, start - _LABEL_REACH):start][::-1])
    if match is None:
        return [], ""
    tokens: List[str] = []
    for word in (match.group(3), match.group(2)):
        if word:
            word = word[::-1]
            tokens.extend(part.lower() for part in ASCII_WORDS.findall(word)) if word.isascii() else tokens.append(
                word.casefold())
    if len(tokens) == 2 and len(tokens[0]) == len(tokens[1]) == 1:
        tokens = [tokens[0] + tokens[1]]
    elif tokens[:1] == ["s"] and start > match.end() + 1 and text[start - match.end() - 1] in "'’":
        tokens[0] = _possessor(text, start - match.end() - 1) + "s"  # (`Driver's licence`: `drivers licence`)
    return tokens, match.group(1)


_WORD_REVERSED = re.compile(WORD_RUN)


def _possessor(text: str, apostrophe: int) -> str:
    """The word before an English possessive's apostrophe at `apostrophe` of `text`, in lower case ("" when none):
    read with its `s` as one word (closer 108), as a key writes it (`drivers_licence`)."""
    word = _WORD_REVERSED.match(text[max(0, apostrophe - _LABEL_REACH):apostrophe][::-1])
    return word.group()[::-1].lower() if word is not None else ""


# A classified ad's or a listing's route word by language (closer 160, seventy-sixth attack: Leboncoin's
# `/ad/<category>/<id>`, Kleinanzeigen's `/s-anzeige/<slug>/<id>`), as a path's segment right before a number or
# before its category's or its title's segment and the number: the number is the listing's id, as after `listing`.
LISTING_ROUTES = frozenset((
    "ad ads advert adverts classified classifieds annonce annonces anzeige anzeigen s-anzeige anuncio anuncios "
    "annuncio annunci advertentie advertenties ogloszenie ogloszenia oferta ilmoitus annons annonser").split())


def _routes_read(tokens: List[str], separators: str) -> Tuple[List[str], str]:
    """A label's `tokens` with a path's last segment naming a site's records in the plural read as the code word it
    stands for (RECORD_ROUTES: `/products/4817261234` is a product's number, as after `product`), or a listing's route
    word (LISTING_ROUTES) last or before the last segment read as `listing`."""
    if separators in ("\n", "/") and tokens and tokens[-1] in RECORD_ROUTES:
        return [*tokens[:-1], RECORD_ROUTES[tokens[-1]]], separators
    if separators in ("\n", "/") and tokens and (tokens[-1] in LISTING_ROUTES or len(tokens) > 1 and (
            tokens[-2] in LISTING_ROUTES)):
        return [*tokens[:-1 if tokens[-1] in LISTING_ROUTES else -2], "listing"], separators
    return tokens, separators


# A category's word (and its abbreviation, `cat`) by language, folded: the nearest word of a label, it names the
# category's number, whatever word names the category before it (Shopee's `/โทรศัพท์มือถือ-cat.11044951`: mobile
# phones' category; closer 93).
_CATEGORY_WORDS = frozenset(canonical(word)[0].casefold() for word in (
    "cat category categories kategorie kategorien categorie catégorie categoría categoria kategori kategoria "
    "kategorija kategooria kategória kategorya katigoria категория категорія").split())


def _network_parameter_before(text: str, start: int) -> bool:
    """Whether an ad network's own parameter (_NETWORK_PARAMETER_LABEL) stands right before position `start`."""
    reach = start - _LABEL_REACH if start > _LABEL_REACH else 0
    return "_" in text[reach:start] and _NETWORK_PARAMETER_LABEL.search(text, reach, start) is not None


def _label_level(text: str, start: int) -> int:
    """-1 when the words before position `start` label the number as personal, CODE when they name a code (or are
    glued to it), PRODUCT when that code is a product's, BUSINESS a business's own id, else FREE. An ad network's own
    parameter labels no person's number (`hsa_acc=` is Google Ads' account, no bank's; closer 92)."""
    level = _words_level(text, start)
    return FREE if level < 0 and _network_parameter_before(text, start) else level


_AN_ENDS_DATE = re.compile(_RECENT_DATE)


def _an_ends_date(tokens: List[str], text: str, at: int) -> bool:
    """Whether the number at `at` of `text` is a date of this decade or later after an end's preposition, its label's
    last token (_UNTIL_WORDS: `Geburtstagsaktion bis 14.02.2025`, an offer's end; closer 240)."""
    return tokens[-1] in _UNTIL_WORDS and _AN_ENDS_DATE.match(text, at) is not None


def _words_level(text: str, start: int) -> int:
    """_label_level by the words before position `start`."""
    tokens, separators = _routes_read(*_label_tokens(text, start))
    number_at = start
    if "°" in separators or tokens == ["no"]:
        start, tokens, separators = _past_number_signs(text, start, tokens, separators)
    if not tokens:  # (an account after its branch's code: the labels' letters in C first, in the label's window)
        window = text[start - _LABEL_REACH if start > _LABEL_REACH else 0:start] if start > 8 else ""
        return -1 if ("ode" in window or "ODE" in window or "bsb" in window or "BSB" in window or "Bsb" in window
                      or "fsc" in window or "FSC" in window or "ransit" in window or "RANSIT" in window
                      or "s/c" in window or "S/C" in window) and _branch_code_before(text, start) else FREE
    if len(tokens) == 2 and tokens[0] in CARD_WORDS and tokens[1] in NUMBER_LABEL_WORDS and _identity_card_before(
            text, start):
        return -1  # `card` and a number word after an identity card's word (`Voter card no. 0084213765`)
    if len(tokens) == 2 and (_person_number_phrase(text, start, tokens) or _compound_in_three_words(
            text, start, tokens)) or _bank_account_label(text, start, tokens, number_at) or (
            tokens[-2:] == ["branch", "code"] and _BRANCH_CODE_LEADING.match(text, start) is not None) or (
            not separators and tokens[-1][3:4] and not tokens[-1][4:5] and _ifsc_and_account(text, start)) or (
            _customer_number_label(text, start, tokens, separators, start != number_at)) or (
            labelled_values.card_number_label(text, number_at, tokens, separators)):
        # a person's number, no code's (`mera number`, `call me`, `my number is`, `medical record number`), or an
        # account's (`acc 73951846`, `A/c No.`, `Kto.-Nr.`: its number words name no code; `Branch code 250655
        # 62739518403`, `IFSC SBIN0004321 30739528417`: after its branch's, the run of digits opening inside an IFSC
        # after the bank's letters; a customer's own number: `Cust# 48120937`, `Customer no. KD-48120937`; a loyalty
        # card's by its scheme, `Nectar card: 9826 …`, `Carte fidélité Carrefour n° 9131…`: closer 131)
        return -1
    # (code words alone, `Art.-Nr.`, `SKU`, `Order`, name no person; nor a category's word after another)
    if CODE_LABELS.issuperset(tokens) or len(tokens) == 2 and tokens[-1] in _CATEGORY_WORDS:
        return _code_level(tokens)
    if ACCOUNT_WORDS.issuperset(tokens):  # a network's name labels no number (`fb.1.1700000000000.…` is an fbp)
        return FREE
    if separators in ("_", "-") and CAMPAIGN_CHANNELS.issuperset(tokens) and _COMPACT_DATE.match(text, start):
        return CODE  # a campaign's name: a channel and its date (`mail_20261130`); no address or phone is a date
    # the shop's own number (`ИНН магазина`, `NIP sklepu`), a bank's public routing number (closer 176: `Routing
    # number 021000021`)
    if not BUSINESS_SUBJECTS.isdisjoint(tokens) or _aba_routing_number(text, number_at, tokens):
        return BUSINESS
    if _business_tax_label(tokens):  # (`USt-IdNr.`, `Partita IVA`: a tax word and its id words name no person)
        return BUSINESS
    if not separators and start > 2 and text[start - 2:start].isupper() and not text[start - 3].isalnum() and (
            _label_level(text, start - 2) == BUSINESS):
        return BUSINESS  # a VAT number's country prefix (`USt-IdNr. DE136695976`): the label before it names it
    # (a business's line's label, `Freephone 0800 …`, labels no person's phone: read as any phone, closer 166)
    if personal_tokens(tokens) and not a_business_line(tokens) and not _an_ends_date(
            tokens, text, number_at) or tokens[-1] in ID_CARDS or names_an_arabic_id_card(tokens) or _arabic_article(
            tokens) or (  # a messenger's short name before a mobile with its country code (`wa_447700962814`)
            tokens[0] in MESSAGING_SHORT and len(tokens) == 1 and _international_run(text, start)) or (
            len(tokens) == 2 and tokens[0] in NUMBERED_ID_CARDS and tokens[1] in NUMBER_LABEL_WORDS) or (  # a card's
            _country_id(tokens)) or _glued_mobile(text, start, tokens, separators):
        return -1  # before a number: its number
    if not BUSINESS_ID_WORDS.isdisjoint(tokens) or tokens[-2:] in ORG_NUMBER_LABELS:  # a business's own tax or
        # company number (an organisation's number, `org.nr.`: closer 142)
        return BUSINESS
    if not ZERO_LED_BUSINESS_WORDS.isdisjoint(tokens):  # one whose layout begins with a `0`: read as a product's
        return PRODUCT
    if not CODE_LABELS.isdisjoint(tokens) or separators in ("", "-", "_"):
        return _code_level(tokens)
    return _last_word_level(tokens[-1])


def _last_word_level(word: str) -> int:
    """_words_level by a label's last word alone: PRODUCT for a compound whose head is a product's label (closer 236:
    `Ersatzteil`, `Zubehörartikel`), a glued label's level in a script without blanks, else FREE."""
    if word.isascii():
        return PRODUCT if _PRODUCT_COMPOUND.search(word) is not None else FREE
    return _glued_label_level(word)


# (closer 236) A label that is a compound of the word before it and a product's label of four letters or more as its
# head, as German writes one (`Ersatzteil 030-123-456`, a spare part's number; `Zubehörartikel`, `Vorgängermodell`):
# a product's label, as the head is alone (`Teil 030-123-456`). A personal compound (`Rufnummer`) is read before.
_PRODUCT_COMPOUND = re.compile(
    f"[a-z]{{3}}(?:{'|'.join(sorted((word for word in PRODUCT_LABELS if len(word) >= 4), key=longest_first))})$")


_DIGITS_AT = re.compile(r"[0-9]+")


def _international_run(text: str, start: int) -> bool:
    """Whether the digits at `start` are, whole, a plan's mobile with its country code and no `+` (phone_plans)."""
    run = _DIGITS_AT.match(text, start)
    return run is not None and international_mobile(run.group())


def _glued_mobile(text: str, start: int, tokens: List[str], separators: str) -> bool:
    """Whether the digits at `start`, glued by `_` or `-` to words that name no code, order nor ad's object, are whole
    a plan's mobile with its country code and no `+` (closer 91: a phone in a campaign's or a tag's name,
    `promo_447911481726`; `order_447911481726`, `campaign_120201234567890` are codes)."""
    return separators in ("_", "-") and CODE_LABELS.isdisjoint(tokens) and AD_OBJECTS_GLUED_TO_ID.isdisjoint(
        tokens) and _international_run(text, start)


# A number sign right before a customer's word (`N° client`, `N° de client`, `No. Kunde`, `№ клиента`'s sign): searched
# in the few characters before the label (anchored at its start: linear).
_SIGN_BEFORE_HOLDER = re.compile(r"(?:(?<![^\W\d_])[Nn](?:[°º]|[oOrR]\.|\.[oº])|№|#)[ ]{0,2}\Z")
# (a number's word before a customer's: `codice cliente`)
_SIGN_WORDS = NUMBER_LABEL_WORDS | frozenset("n nº codice codigo code id".split())
_LONGEST_GLUED_PREFIX = 4  # letters glued by `-` or `_` to a customer's number (`KD-48120937`)


def _customer_number_label(text: str, start: int, tokens: List[str], separators: str, signed: bool = False) -> bool:
    """Whether the label before position `start` (its `tokens` and `separators`, _label_tokens') names a customer's,
    a client's, a member's or an account's own number (forty-fourth attack): a customer's word (CUSTOMER_WORDS) before
    a number sign or a line break (`Cust# 48120937`, a URL path's `/kunden/48120937`), after a number word or sign
    (`N° client`, `nº de cliente`, `codice cliente`), or with an account's noun (`Kundenkonto`, `compte client`); or a
    few letters glued to the number (`KD-48120937`) after such a label or any personal one (`Customer no.`, `Client
    ID:`). The lexicon's pairs read the rest (`Kundennummer`, `Kd.-Nr.`, `Customer number`). `signed`: a number sign
    stood between the label and the number, read past (`Customer N° 48120937`)."""
    last = tokens[-1]
    if separators in ("-", "_"):
        prefix = start - 1 - len(last)  # (a glued prefix: its label is read before it, once)
        return (len(last) <= _LONGEST_GLUED_PREFIX and last.isalpha() and last.isascii() and prefix > 2
                and text[prefix:start - 1].lower() == last and not text[prefix - 1].isalnum()
                and text[prefix - 1] not in "-_" and _label_level(text, prefix) < 0)
    if "".join(tokens) in CUSTOMER_ACCOUNT_LABELS:
        return True
    if last not in CUSTOMER_WORDS or not separators:
        return False
    if signed or len(tokens) == 2 and tokens[0] in _SIGN_WORDS:
        return True
    if "#" in separators or "\n" in separators:  # (a word of its own: not a name's end, `AlipayClient/10.5.86`)
        word = start - len(separators) - len(last)
        return word == 0 or word > 0 and not text[word - 1].isalnum()
    label = _LABEL_REVERSED.match(text[max(0, start - _LABEL_REACH):start][::-1])
    at = start - label.end() if label is not None else 0
    return at > 1 and _SIGN_BEFORE_HOLDER.search(text, max(0, at - 6), at) is not None


# A country's name and `ID` name its national identity card (`Kenya ID 29384713`; twenty-eighth attack), as `ID
# number` does: a name, not its two- or three-letter code (`US ID`, `EU ID` are as often a listing's).
_COUNTRY_NAMES = frozenset(key for key in COUNTRY_BY_KEY if len(key) > 3)


def _country_id(tokens: List[str]) -> bool:
    return len(tokens) == 2 and tokens[1] in _BARE_ID_LABELS and tokens[0] in _COUNTRY_NAMES


def _person_number_phrase(text: str, start: int, tokens: List[str]) -> bool:
    """Whether the two words before position `start` name a person's number: a possessive and a number word (`mera
    number`, `mi número`; after it where a language puts it there: `nummeret mitt`), a verb of calling and `me`
    (`call me`), or either linked to the number by a linking word (LINKING_WORDS: `my number is`, `call me on`)."""
    first, last = tokens
    if last not in NUMBER_LABEL_WORDS and last != "me" and last in LINKING_WORDS:
        if first not in NUMBER_LABEL_WORDS and first != "me" and first not in NUMBER_POSSESSIVES:
            return False
        # (the linking word set aside: the phrase is its word before and the word before that, one label back)
        before = _tokens_before_label(text, start)
        if not before:
            return False
        first, last = before[-1], first
    if last in NUMBER_LABEL_WORDS:
        return first in NUMBER_POSSESSIVES
    if last in NUMBER_POSSESSIVES:
        return first in NUMBER_LABEL_WORDS
    return last == "me" and first in CALL_VERBS


def _compound_in_three_words(text: str, start: int, tokens: List[str]) -> bool:
    """Whether a label's two words, a word and a number word, spell a compound of the lexicon with the word before them
    (`Social Insurance Number`, `medical record number`: `insurance number` alone names no person's number). A label
    is read two words back (_label_tokens); a third is looked at only here, and only before a number word after a word
    naming no code."""
    first, last = tokens
    if last not in NUMBER_LABEL_WORDS or first in CODE_LABELS:
        return False
    before = _tokens_before_label(text, start)
    # (an identity card's or a licence's words, `Жеке куәлік №`: the identity rules read the number after them)
    return bool(before) and before[-1] + first not in IDENTITY_DOCUMENT_TOKENS and (
        is_personal_token(before[-1] + first) or is_personal_token(before[-1] + first + last))


def _arabic_article(tokens: List[str]) -> bool:
    """Whether a label's last word in Arabic script, read without its article as a key's token is (`رقم الجوال`,
    `رقم الواتس`: the number of the mobile, of WhatsApp), names personal data; an identity's word keeps the identity
    label's rules (`الرقم القومي`)."""
    return without_article(tokens[-1]) != tokens[-1] and tokens[-1] not in IDENTITY_WORDS and personal_tokens(
        [without_article(token) for token in tokens])


def _past_number_signs(text: str, start: int, tokens: List[str], separators: str) -> Tuple[int, List[str], str]:
    """The position, tokens and separators of the label before position `start` (its `tokens` and `separators` as
    _label_tokens reads them), past any number sign `N°` there: the label before a sign names the number (`C.I. N°
    4.512.837`); signs in a row, `N°N°…`, are walked in a loop, no call deeper each. With no `°` there, past the
    Portuguese sign `n.º` (_past_ordinal_sign; chosen here: _label_level is at ruff's complexity bound)."""
    if "°" not in separators:
        return _past_ordinal_sign(text, start, tokens, separators)
    while "°" in separators:
        sign = start - len(separators) - 1
        if text[sign:sign + 1] not in ("N", "n") or sign <= 0 or text[sign - 1].isalnum():
            break
        start = sign
        tokens, separators = _label_tokens(text, start)
    return start, tokens, separators


def _past_ordinal_sign(text: str, start: int, tokens: List[str], separators: str) -> Tuple[int, List[str], str]:
    """As _past_number_signs, past the Portuguese number sign `n.º` (folded `n.o`, read as two letters `no`): the
    label before it names the number (`Bilhete de Identidade n.º 1234567`)."""
    sign = start - len(separators) - 3
    if sign > 0 and text[sign:sign + 3] in ("n.o", "N.o") and not text[sign - 1].isalnum():
        return (sign, *_label_tokens(text, sign))
    return start, tokens, separators


def _identity_card_before(text: str, start: int) -> bool:
    """Whether the word before a label `card` and a number word names an identity card (IDENTITY_CARD_WORDS), or is
    an identity word (`ID Card No: A123456`, the Maldives' card: `ID` before `card` names no code)."""
    before = _tokens_before_label(text, start)
    return bool(before) and (before[-1] in IDENTITY_CARD_WORDS or before[-1] in IDENTITY_WORDS)


def _tokens_before_label(text: str, start: int) -> List[str]:
    """The tokens of the words before the label that ends at position `start` (_label_tokens' words, one label back)."""
    label = _LABEL_REVERSED.match(text[max(0, start - _LABEL_REACH):start][::-1])
    return _label_tokens(text, start - label.end())[0] if label is not None else []


# (closer 176, attack 80) A US bank's routing number by its label's words (`Routing number`, `ABA`, `RTN`): nine
# digits whose ABA check holds (weights 3, 7, 1) name the bank, published for all its customers; an account's number
# beside it is still read by its own label.
ROUTING_WORDS = frozenset(("routing", "aba", "rtn"))
_NINE_DIGITS = re.compile(r"[0-9]{9}(?![0-9])")


def _aba_routing_number(text: str, start: int, tokens: List[str]) -> bool:
    """Whether nine digits alone at `start` after a routing number's label `tokens` (ROUTING_WORDS) pass the ABA
    routing number's check (3-7-1 weights, a sum of tens)."""
    if ROUTING_WORDS.isdisjoint(tokens[-3:]) or _NINE_DIGITS.match(text, start) is None:
        return False
    digits = text[start:start + 9]
    return sum(int(digit) * (3, 7, 1)[place % 3] for place, digit in enumerate(digits)) % 10 == 0


def _business_tax_label(tokens: List[str]) -> bool:
    """Whether a label's words, its id and number words set aside, spell a business's tax number's name
    (`USt-IdNr.`: `ust`; `Partita IVA`: `partitaiva`); `Steuer-IdNr.`, a person's tax id, spells none."""
    while tokens and tokens[-1] in ID_TOKENS:
        tokens = tokens[:-1]
    return "".join(tokens) in BUSINESS_ID_WORDS


def _glued_label_level(word: str) -> int:
    """BUSINESS or CODE when a label glued as CJK scripts write it names a business's number or a code by its stem
    before a number word (`사업자등록번호`, `발송번호`, `运单号`) or alone (`운송장`), else FREE."""
    if GLUED_CODE_STEMS.fullmatch(word) is not None:  # the stem alone (`운송장`, `订单`; not `주문자`, the orderer)
        return CODE
    for ending in GLUED_NUMBER_ENDINGS:  # (`订单号` ends in `单号` and in `号`: each is tried)
        if word.endswith(ending) and len(word) > len(ending):
            stem = word[:-len(ending)]
            if GLUED_BUSINESS_STEMS.search(stem) is not None:
                return BUSINESS
            if GLUED_CODE_STEMS.search(stem) is not None:
                return CODE
    return FREE


def _code_level(tokens: List[str]) -> int:
    """PRODUCT when a code's label names a product and no order (`Art.-Nr.`, `SKU`; not `Order Item`), else CODE."""
    return PRODUCT if not PRODUCT_LABELS.isdisjoint(tokens) and ORDER_LABELS.isdisjoint(tokens) else CODE


def _labelled_personal(text: str, start: int) -> bool:
    """Whether the words before position `start` label the number there as personal (`身份證`, `ID card`)."""
    return _label_level(text, start) < 0


# The Hong Kong identity card's own names before its number (`HKID`, `HKIC`, `HK ID`, `Hong Kong ID`), as the label's
# last tokens read them.
_HONG_KONG_CARD_NAMES = frozenset((("hkic",), ("hk", "id"), ("kong", "id")))


def _names_a_hong_kong_card(text: str, start: int) -> bool:
    """Whether the words right before position `start` name a personal document itself (`HKID`, `身份證`, `HK ID`),
    not a product for it after the document's word (`passport-cover-`, `idcard-sleeve-`)."""
    tokens = _label_tokens(text, start)[0]
    return bool(tokens) and (personal_tokens(tokens[-1:]) or tuple(tokens) in _HONG_KONG_CARD_NAMES
                             or tuple(tokens[-1:]) in _HONG_KONG_CARD_NAMES)


def _code_at(text: str, start: int) -> bool:
    """Whether the words before position `start` name the number there a code (`S/N`, `Order`), or are glued to it."""
    return _label_level(text, start) >= CODE


def _order_at(text: str, start: int) -> bool:
    """Whether the words before position `start` name an order's (an invoice's, a parcel's, a booking's) number
    and no person's (`Pedido 51173829164`, `Order No.`; not `Nr` or `ID` alone): a code label naming an order."""
    tokens = _label_tokens(text, start)[0]
    return not ORDER_LABELS.isdisjoint(tokens) and _label_level(text, start) >= CODE


def _orders_number_at(text: str, start: int) -> bool:
    """Whether the word right before position `start` names an order's number or a product's code, or such a word
    and an id's or number's word do, past a number sign (`Order`, `Bestellung`, `Order No.`, `Commande n°`, `SKU:`,
    `Art.-Nr.`; not `Order note`, a text about the order, nor `Nr.` or `ID` alone): an order's or a product's code
    label. A birth date's id there is the order's number stamped with its day (`Order 250317-0042`), or in the
    order's layout (_DATED_ORDER) the code's (closer 84: a product code's label reads it as in an id, where
    national_ids.holds_laid_out_id leaves it to the code; `SKU 19860423-4479` is still a personnummer)."""
    tokens, separators = _label_tokens(text, start)
    if "°" in separators:  # (`Commande n° 250317-0042`: the label before the sign names the number)
        tokens = _past_number_signs(text, start, tokens, separators)[1]
    owner = tokens[-1] if tokens and tokens[-1] in _DATED_CODE_OWNERS else tokens[-2] if len(tokens) > 1 and (
        tokens[-1] in ID_TOKENS and tokens[-2] in _DATED_CODE_OWNERS) else ""
    return bool(owner) and _label_level(text, start) >= CODE and (owner in ORDER_LABELS or _DATED_ORDER.match(
        text, start) is not None and not text[start + 11:start + 12].isalnum())


# What a code's label names when a date's id after it is its number: an order (an invoice, a parcel, a booking) or a
# product (`SKU`, `Art.-Nr.`, `Model`, `EAN`).
_DATED_CODE_OWNERS = ORDER_LABELS | PRODUCT_LABELS


_BARE_ID_LABELS = frozenset(("id", "ident"))  # `ID: 28345671` is as often a customer's or a record's number


def _identity_label(text: str, start: int, short: bool = False) -> bool:
    """Whether the words before position `start` name a person's identity number and nothing else (`ID`, `ID
    number`, `Identity No.`; not `Product ID`, `Order number`), apart from the number (`ID2311200001` is a code).
    A `short` number (seven to twelve digits: Kenya's national id, eight; Jordan's, ten) has no check to read: its
    label must say more than `ID` alone, and no code's word may stand before it (`Order ID No. 12345678` is the
    order's)."""
    tokens, separators = _label_tokens(text, start)
    if len(tokens) == 2 and "\n" in text[max(0, start - _LABEL_REACH):start]:
        line = text.rfind("\n", 0, start) + 1  # (a URL path's segment, a line: its label is on it, not before it)
        tokens, separators = _label_tokens(text[line:start], start - line)
    if not (separators not in ("", "-", "_") and IDENTITY_LABEL_WORDS.issuperset(tokens) and (
            not IDENTITY_WORDS.isdisjoint(tokens) or _kind_before_register(text, start, tokens))):
        return False
    if not short:
        return True
    if len(tokens) == 1 and tokens[0] in _BARE_ID_LABELS:
        return False
    before = _tokens_before_label(text, start)
    return CODE_LABELS.isdisjoint(before) and BUSINESS_ID_WORDS.isdisjoint(before) and ACCOUNT_WORDS.isdisjoint(before)


def _kind_before_register(text: str, start: int, tokens: List[str]) -> bool:
    """Whether a register's word and a number word (`kayıt numarası`) follow the register's kind, one word further
    back (`Nüfus kayıt numarası`: the population register's; twenty-third attack)."""
    if not (len(tokens) == 2 and tokens[0] not in NUMBER_LABEL_WORDS and tokens[1] in NUMBER_LABEL_WORDS):
        return False
    before = _tokens_before_label(text, start)
    return bool(before) and before[-1] in IDENTITY_WORDS


# (closer 184) A UUID right after an account holder's word and a blank or a colon, in an id too (`Coinbase user 5f3e…`,
# `Kunde: 5f3e…`): the account's own id, as `User ID:` labels it; an order's, an event's or a token's goes out.
_HOLDER_BEFORE_UUID = re.compile(
    r"(?<![^\W_])(?i:user|customer|account|member|client|kunde|nutzer|konto|utilisateur|compte|usuario|cliente|"
    r"cuenta|utente|gebruiker|klant|uzytkownik)(?:[ _-]?(?i:id|uuid))?[ \t]{0,2}[:=#]?[ \t]{0,3}\Z")
_HOLDER_REACH = 24


def _holders_uuid(form: str) -> str:
    """LABELLED_NUMBER when a UUID in `form` follows an account holder's word (above), or ""."""
    return LABELLED_NUMBER if any(match.start() and _HOLDER_BEFORE_UUID.search(
        form, max(0, match.start() - _HOLDER_REACH), match.start()) is not None for match in _UUID.finditer(form)
    ) else ""


def _labelled_uuid(form: str) -> str:
    """A UUID after a personal label, or one naming a payment key (`chave pix aleatória: 7d9f…`: Brazil's random
    Pix key), is the person's key; a UUID elsewhere (an event's, an order's, a token) is random by construction."""
    for match in _UUID.finditer(form):
        start = match.start()
        if start and not form[start - 1].isalnum():
            tokens, separators = _label_tokens(form, start)
            if tokens and separators not in ("", "-", "_") and (
                    PAYMENT_KEY_LABEL_WORDS.issuperset(tokens) and (
                        not PAYMENT_KEY_NAMES.isdisjoint(tokens) or tokens == RANDOM_KEY_LABEL)
                    or _label_level(form, start) < 0):
                return LABELLED_NUMBER
    return ""


def _dialled_abroad(digits: str) -> bool:
    """Whether `digits` are dialled abroad: `00`, a country's code and as many digits as its plan has."""
    return digits[:2] == "00" and digits[2:3] not in ("", "0") and 11 <= len(digits) <= 17 and _fits_country(
        digits[2:])


def _grouped_like_phone(run: str, digits: str, level: int) -> bool:
    """In an id, digit groups laid out the way phone numbers are written: after a trunk `0` (`090-1234-5678`,
    `0171/2345678`, `06-12345678`; after a code label only a mobile number of a national plan: `Serial
    0123-4567-89` is none), or a NANP number's 3-3-4 (`650-555-0173`, `1-650-555-0173`), maybe followed by a
    short suffix (`650.555.0199-01`)."""
    if level >= CODE and (run[2:3].isdigit() and _dialled_abroad(digits) or digits[0] != "0" and run[:3].split(
            "-")[0] in _NATIONAL_LENGTHS and international_mobile(digits)):
        return True  # (closer 224) dialled abroad, `00` glued to the country's code (`0044-7700-900123`; an IPv6's
        # `2a00-1450-…` is no number's), or a plan's mobile after its country code as its own group (`32-451-103-367`;
        # not `PNR 4521-876543`), whatever the code's label
    if digits[0] == "0":
        if level >= CODE:
            return trunk_mobile(digits)
        return digits[1] != "0" and 9 <= len(digits) <= 12
    groups = [len(group) for group in _DIGIT_GROUPS.findall(run)]
    if len(groups) == 4 and groups[:3] == [3, 3, 4] and groups[3] <= 4:
        return nanp(digits)
    if groups[-3:] != [3, 3, 4] or len(groups) > 4 or (len(groups) == 4 and digits[0] != "1"):
        return False
    return nanp(digits[-10:]) and (len(groups) == 3 or groups[0] == 1)


def _number_reason(run: str, text: str, start: int, end: int, id_like: bool, segments: bool = False,
                   level: int = -2) -> str:
    """What a run of digit groups at `start`..`end` of `text` is. `level` (FREE, ID, CODE, PRODUCT: a product's
    code, BUSINESS: a business's own id; -1 after a personal label) is found from the words before the run
    (_label_level) unless given; the levels are ordered, and a check for CODE or above covers PRODUCT and
    BUSINESS too."""
    digits = run if run.isdigit() else "".join(_DIGIT_GROUPS.findall(run))
    if len(digits) < 7 or _date_and_hour(run, text, end):
        # (six digits only after an account's label: a bank account's shortest, `conta 73952-1`; sliced, no call)
        return _six_digit_account(run, text, start) if digits[5:6] and not digits[6:7] else ""
    if _DATE.match(run) is not None:
        run = _after_dates(run)  # dates (and a time: 2024-11-29 10:30) lead the run: what follows is judged alone
        digits = "".join(_DIGIT_GROUPS.findall(run))
        start = end - len(run)
    count = len(digits)
    if count < 7 or run[4:5] == "-" and _year_serial(run, text, start) or _toll_free(digits, text, start, level) or (
            start >= 2 and text[start - 2].isalpha() and _part_number_after_maker(run, digits, text, start)):
        return ""
    level = (_reference_level(run, text, start) if start else FREE) if level == -2 else level
    # (digits across segments after `/ip/` are an address written with `/` for its dots: `/ip/81/2/69/160`)
    level = _path_route_level(level, text, start, end, segments and "\n" not in run)
    if level < 0:  # a personal label: the number's own shape names it, else the label does (but a postal item's
        # number, UPU's S10, whatever word stands before it: `Royal Mail AB123456785GB`; a salary's range of round
        # thousands, whose label may fold to a personal one's letters: `Lön` to a longitude's `lon`; closer 195)
        # (closer 239, review 39: a range of thousands in one digit too, `Phone Support 2 000 – 2 500 €`)
        return "" if count == 10 and _business_tax_number(text, start, digits, level) or 8 <= count <= 10 and (
            _thousands_range(*run.partition("-")[::2]) and not _a_phones_or_accounts_label(
                text, start, end)) else _number_reason(
            run, text, start, end, False, segments, FREE) or ("" if count == 9 and _postal_item(
                text, start, end) else LABELLED_NUMBER)  # (a NIP after its label: closer 110)
    if count == 14 and company_numbers.printed_company_number(run) or (
            10 <= count <= 11 and start >= 2 and _business_tax_number(text, start, digits, level)):
        return ""  # a company's registration number as its register prints it (a SIRET, a CNPJ: closer 105), a VAT id
        # with its country's prefix and a NIP after its label, with their checks (closer 110)
    if _mobile_labelled(digits, text, start, level):
        return PHONE
    if level == FREE and (id_like or segments and "\n" in run or "-" in run and (
            _DATED_ID.fullmatch(run) or _DATED_ORDER.fullmatch(run) and not (
                start and _phone_labelled(text, start)))):  # (`Tel. 250317-0042` is dialled)
        level = ID  # across path segments: read together as an id; a shop's order number (below)
    if _card_run(run, digits, level):
        return CARD
    if _national_number(run, digits, text, start, level, not (id_like or segments), not id_like):
        return NATIONAL_ID
    if (count <= 15 or run[:3] == "011") and _dialled(run, digits, text, end):
        return "" if _edifact_gs1_number(run, digits, text, start, end) else PHONE
    if " / " in run and (_PRICE_BESIDE_SLASH.search(run) is not None or _alike_beside_slash(run)):
        # (`19.99 / 2 700 000`: two prices; `504 00 / 507 00`: two numbers of one layout, an oil's approvals)
        return _slashed_reason(run, text, start, id_like, segments, level)
    if "," in run:
        return _comma_reason(run, text, start, level, segments)
    if count > 15:  # longer than any phone number: a list of numbers, each group judged alone (or a CLABE, or a
        # European health insurance card's id by its prefix, after no code's label: closer 101)
        found = LABELLED_NUMBER if count == 18 and level == FREE and _clabe_after_transfer(digits, text, start) else (
            HEALTH_ID if count == 20 and level < CODE and ehic_card_id(run, digits) else "") or (
            _slashed_reason(run, text, start, id_like, segments, level) if " / " in run else "")
        return found or (_groups_reason(run, text, start, id_like, segments, level) if digits != run else "")
    if digits != run:
        return _digit_groups_reason(run, digits, text, start, end, level)
    return _single_run_reason(digits, text, start, end, level)


def _part_number_after_maker(run: str, digits: str, text: str, start: int) -> bool:
    """Whether `run` at `start` of `text` is a maker's part number after its name or its kind's letter (`BMW 11 42 7
    953 129`, `A 000 180 26 09`: part_numbers.py, closer 135)."""
    return part_numbers.maker_part_number(run, digits, text, start) or (
        " " in run and part_numbers.lettered_part_number(run, text, start))


def _alike_beside_slash(run: str) -> bool:
    """Whether the parts of `run` apart by ` / ` are numbers of one layout, each of two groups or more apart by
    blanks, none opening on a `0` (an oil's approvals, `VW 504 00 / 507 00`; closer 135): a phone's area code and
    its subscriber's number apart by a slash (`0171 / 2345678`) differ in layout, so each part is judged alone."""
    parts = run.split(" / ")
    layout = [len(group) for group in parts[0].split(" ")]
    return len(layout) >= 2 and all(part[:1] != "0" and part.replace(" ", "").isdigit() and [
        len(group) for group in part.split(" ")] == layout for part in parts)


def _business_tax_number(text: str, start: int, digits: str, level: int) -> bool:
    """Whether the digits at `start` of `text` are a business's tax number by their check (company_numbers): after a
    personal label only a Polish NIP after `NIP`; elsewhere a VAT id after its country's prefix, glued or after a
    blank, two capitals opening a word (under a customer's label, `Customer no. IT…`, the number stays personal)."""
    if level < 0:
        return len(digits) == 10 and company_numbers.polish_nip(digits) and _label_tokens(text, start)[0][-1:] == [
            company_numbers.NIP_LABEL]
    at = start - 1 if text[start - 1] == " " else start
    prefix = text[at - 2:at]
    return len(prefix) == 2 and prefix.isupper() and prefix.isalpha() and (at == 2 or not text[at - 3].isalnum()) and (
        company_numbers.prefixed_vat_id(prefix, digits))


def _card_run(run: str, digits: str, level: int) -> bool:
    """Whether a run of digit groups (its `digits`), at a label's `level`, is a payment card's number. Thirteen digits
    after a code's label are the code's: no network issues such cards today; digits unbroken after a business's label
    are its number (`SIRET 55210055400021`, whose Luhn sum a card's is too: closer 105)."""
    count = len(digits)
    return (13 <= count <= 19 and _card_number(digits) and not (count == 13 and level >= CODE) and _card_split(
        _DIGIT_GROUPS.findall(run)) or count > 13 and _card_in(run)) and not (level == BUSINESS and run.isdigit())


def _card_split(groups: Sequence[str]) -> bool:
    """Whether digit groups may be one card's number split: unbroken, opening on a group of four or more (a card's
    prints, 4-4-4-4(-3), 4-6-5, 4-6-4, open so; a hand may run its groups together, `41111111 11111111`), or in
    groups of six digits at most (a hand's pairs or threes). A short first group before one of seven or more is
    another number's print (Amazon's order numbers, 3-7-7: `390-6413101-0013260`; closer 240)."""
    return len(groups) == 1 or len(groups[0]) >= 4 or max(map(len, groups)) <= _WIDEST_CARD_GROUP


_WIDEST_CARD_GROUP = 6


# (closer 130, sixty-fifth attack: food) A lot's code as a tin or a pack prints it: the year's last digit or two and
# the day of the year (001-366), maybe apart by a dash, then the hour and minute it was packed (`24189 0341`,
# `24-189-0341`): no trunk `0` opens it, and no phone's group is an hour's.
_LOT_LAYOUT = re.compile(r"[1-9][0-9]?-?(?:00[1-9]|0[1-9][0-9]|[12][0-9]{2}|3[0-5][0-9]|36[0-6])[ -]"
                         r"(?:[01][0-9]|2[0-3])[0-5][0-9]")


def _lot_code(run: str, text: str, start: int, level: int) -> bool:
    """Whether digit groups at `start` of `text` are a lot's code (_LOT_LAYOUT) after a code's label (`LOT`, `Lote`,
    `Batch`) or its own `L` glued before them (`L24189 0341`)."""
    return _LOT_LAYOUT.fullmatch(run) is not None and (level >= CODE or start >= 1 and text[start - 1] in "Ll" and (
        start == 1 or not text[start - 2].isalnum()))


def _digit_groups_reason(run: str, digits: str, text: str, start: int, end: int, level: int) -> str:
    """What digit groups with separators at `start`..`end` of `text` are (_number_reason's last step for them)."""
    if (run[4:5] == "-" or run[5:6] == "-") and _drug_code(run, digits, text, start):  # (its first dash in C first)
        return ""
    if len(run) <= 11 and (run[4:5] == " " or run[5:6] == " " or "-" in run) and _lot_code(run, text, start, level):
        return ""
    if _glued_in_a_code(run, digits, text, start, end):
        return _rest_of_a_code_reason(run, text, start, end, level)
    if len(digits) == 10 and digits.startswith("123") and _after_swish(text, start):
        return ""
    if len(digits) == 10 and _thousands_range(*run.partition("-")[::2]) and _a_phones_or_accounts_label(
            text, start, end):
        return PHONE  # (`Ring mig 12 300 – 45 600`: a phone's groups after a call's word, not a salary's range)
    if _year_and_mileage(run, text, end):
        return ""
    return _grouped_reason(run, digits, level) or (PHONE if run[:2] == "0 " and level <= ID and trunk_mobile(
        digits) and _called_before(text, start) else "") or (
        PHONE if len(digits) == 7 and level == FREE and _LOCAL_NUMBER.fullmatch(run) is not None
        and _call_word_right_before(text, start) else "")


# (closer 236) A North American local number, its exchange (2 to 9 first) and line apart by a dash or a blank
# (`867-5309`), is a person's right after a calling verb (`call 867-5309`, `text me 867 5309`): no code a shop prints
# follows `call`.
_LOCAL_NUMBER = re.compile(r"[2-9][0-9]{2}[- ][0-9]{4}")


def _call_word_right_before(text: str, start: int) -> bool:
    """Whether the word right before position `start` of `text`, or the one before it, is a calling verb
    (_CALL_WORDS: `call 867-5309`, `call me 867-5309`)."""
    words = _words_before(text, start)[-2:]
    return not _CALL_WORDS.isdisjoint(words)


# (closer 227, review 44) A used car's line: a year (maybe after a model's number, `Q5 – 2018`), then apart by a
# spaced separator or a dash a distance in thousands (`2022 – 34.000`, `2021 · 32 000`) before a distance's unit:
# its mileage. No group opens on a trunk `0` and none is a phone's (a year's four digits, a thousands' three).
_YEAR_AND_MILEAGE = re.compile(r"(?:[1-9][0-9]{0,3}(?: [-.] |-| )){0,2}(?:19|20)[0-9]{2}(?: [-.] |-)"
                               r"[1-9][0-9]{0,2}([. ])[0-9]{3}(?:\1[0-9]{3})?")
_DISTANCE_UNIT = re.compile(r"[ \t]{0,2}(?i:km|kms|kilomet(?:er|re|ro|ri)s?|kilometern|mi|miles|mil|meilen|millas"
                            r"|miglia|км)(?![^\W\d_])")


def _year_and_mileage(run: str, text: str, end: int) -> bool:
    """Whether `run`, ending at `end` of `text`, is a used car's year and its mileage (above)."""
    return _YEAR_AND_MILEAGE.fullmatch(run) is not None and _DISTANCE_UNIT.match(text, end) is not None


def _after_swish(text: str, start: int) -> bool:
    """Whether Swish's name, maybe with a transfer's preposition after it (payees.DIRECTION_WORDS), is the label
    before a number at `start` (closer 195): Swish gives businesses and charities numbers of 123 and seven digits
    (`Swish till 123 456 78 90`), a merchant's scheme, where a person's Swish number is their mobile (`07…`)."""
    tokens = _label_tokens(text, start)[0] if start else []
    return tokens[-1:] == ["swish"] or tokens[-2:-1] == ["swish"] and tokens[-1] in payees.DIRECTION_WORDS


# A US National Drug Code (the FDA's labeler, product and package segments) in its three layouts, four, four and two
# digits, five, three and two, five, four and one, and its eleven-digit form, five, four and two, joined by dashes:
# no national plan writes a phone number in those groups (a German `0781 150610`, a NANP `781-150-6100` are not).
# But a plan's mobile after its trunk prefix may be typed in them (a French `0647-8329-15`): those digits are the
# mobile's unless a drug code's label names them (`NDC 0781-1506-10`).
_DRUG_CODE_LAYOUT = re.compile(r"[0-9]{4}-[0-9]{4}-[0-9]{2}|[0-9]{5}-(?:[0-9]{3}-[0-9]{2}|[0-9]{4}-[0-9]{1,2})")


def _drug_code(run: str, digits: str, text: str, start: int) -> bool:
    """Whether digit groups are a drug code (above) rather than a phone number: laid out as one, not dialled abroad
    (`00`, a country's code and as many digits as its plan has: `00409-4888-02` has too few for Romania's), with no
    phone's label or call word before them (`Tel. 0781-1506-10` is dialled), and either no plan's mobile after its
    trunk prefix or a drug code's label before them (DRUG_CODE_WORDS: `NDC`, `PZN`, `CIP`)."""
    if _DRUG_CODE_LAYOUT.fullmatch(run) is None or digits[:2] == "00" and digits[2] != "0" and _fits_country(
            digits[2:]):
        return False
    tokens = _label_tokens(text, start)[0] if start else []
    if tokens and (tokens[-1] in PHONE_LABEL_WORDS or tokens[-1] in MOBILE_LABELS or _called_before(text, start)):
        return False
    return not trunk_mobile(digits) or bool(tokens) and tokens[-1] in DRUG_CODE_WORDS


def _glued_in_a_code(run: str, digits: str, text: str, start: int, end: int) -> bool:
    """Whether digit groups have a code's group by a letter glued to their first or last group (a model's letters
    before, `RB2140 901 50-22`; an image's size after, `42115-1_800x800`), as a single run glued to a letter is a
    code's (_single_run_reason): no phone number is written glued to a word, unless they open on a trunk `0`, a `+`
    or a bracket, or their digits are a phone's still (a plan's mobile after its trunk prefix or its country code,
    dialled abroad, NANP's ten digits, a plan's mobile without its trunk, NANP's layout: `tel0612 345 678`, `x555 123
    4567`) or a phone's label is the letters before (`Tel0612…`, `ph555…`). The other groups are judged alone
    (_rest_of_a_code_reason)."""
    before = start > 0 and text[start - 1].isalpha()
    if not (before or end < len(text) and text[end].isalpha()) or run[0] in "+(0" or run[-1] == ")":
        return False  # (a trunk `0` or a dialled form keeps its reading: `KA01 20110012345`, a licence's)
    return not (_dialled_in_groups(digits) or nanp(digits[-10:]) or national_mobile(digits)
                or national_mobile(digits[-9:]) or _NANP_GROUPS.search(run) is not None
                or before and _phone_labelled(text, start))


def _rest_of_a_code_reason(run: str, text: str, start: int, end: int, level: int) -> str:
    """What digit groups glued to a code's letters hold past the glued group or groups (_glued_in_a_code): the rest
    judged alone (`1Z 999 AA1 01 2345 6785`: a phone's groups after the code's `AA1`)."""
    if start > 0 and text[start - 1].isalpha():
        first = len(run) - len(run.lstrip("0123456789"))
        rest = run[first:].lstrip(_GROUP_SEPARATORS)
        start, run = start + len(run) - len(rest), rest
    if end < len(text) and text[end].isalpha():
        last = len(run) - len(run.rstrip("0123456789"))
        rest = run[:len(run) - last].rstrip(_GROUP_SEPARATORS)
        end, run = start + len(rest), rest
    return _number_reason(run, text, start, end, False, level=level) if run[:1].isdigit() else ""


_GROUP_SEPARATORS = " .-/_\n"
_NANP_GROUPS = re.compile(r"(?<![0-9])[0-9]{3}[ .-][0-9]{3}[ .-][0-9]{4}$")  # (NANP's layout, whatever its area code)


# Words asking to be called back or naming a call (`rappel`, `Rückruf`, `call`), in the lexicon's larger languages:
# a lone `0` before groups of three after one is a trunk 0 (`rappel 0 648 279 153`), elsewhere a part number's (`Bosch 0
# 986 452 041`, `0 601 868 109`: a plan's mobile by its digits alone).
_CALL_WORDS = CALL_VERBS | frozenset(
    "callback rappel rappeler rappelez appel appeler appelez appelle ruckruf anruf anrufen ruf llamar llamame llamada "
    "chiamare chiamami chiamata bellen bel terugbellen ligar ligue liga ligacao zadzwon".split())


def _called_before(text: str, start: int) -> bool:
    """Whether a word of _CALL_WORDS is among the words right before position `start` of `text` (_words_before)."""
    return not _CALL_WORDS.isdisjoint(_words_before(text, start))


# A postal item's number (UPU S10): two capitals, eight digits and a check digit, its country's two capitals.
_POSTAL_ITEM = re.compile(r"(?<![0-9A-Za-z])[A-Z]{2}[0-9]{9}[A-Z]{2}(?![0-9A-Za-z])")


def _postal_item(text: str, start: int, end: int) -> bool:
    return start >= 2 and _POSTAL_ITEM.match(text, start - 2, min(len(text), end + 3)) is not None


def _single_run_reason(digits: str, text: str, start: int, end: int, level: int) -> str:
    """What a run of digits alone at `start`..`end` of `text` is (_number_reason's last step)."""
    before, after = start > 0 and text[start - 1].isalpha(), end < len(text) and text[end].isalpha()
    if before or after:  # a number inside a code (SKU12345678901), unless a mobile number glued to a word
        return PHONE if before != after and trunk_mobile(digits) and not (
            start >= 7 and _creditor_id(text, start, end)) else ""  # (REF0701234567)
    if len(digits) == 15 and level < CODE and _imei(digits):
        return DEVICE_IMEI
    if _bare_reason(digits, level) and not (level == BUSINESS and len(digits) == 9 and _aba_routing_number(
            text, start, _label_tokens(text, start)[0])):  # (a trunk mobile's shape in a bank's routing number)
        return PHONE
    return PHONE if level == FREE and _after_a_word(text, start) and national_mobile(digits) else ""


def _mobile_labelled(digits: str, text: str, start: int, level: int) -> bool:
    """Whether `digits` at `start` of `text` are a plan's mobile after a label naming a mobile only before one
    (MOBILE_LABELS: `hp 9123 4567`)."""
    if level != FREE or start < 2 or not home_mobile(digits):
        return False
    tokens, separators = _label_tokens(text, start)
    # (a label's two last tokens joined: a name in camel case, `PayNow`, is split in two)
    if tokens and separators not in ("", "-", "_") and (
            tokens[-1] in MOBILE_LABELS or "".join(tokens[-2:]) in MOBILE_LABELS or _operator_number(tokens)
            or _p2p_payee(tokens)):
        return True
    return _mobile_money_end(text) <= start or _p2p_payee_named(text, start)


def _p2p_payee(tokens: List[str]) -> bool:
    """Whether a label's `tokens` are a P2P app's name whose account is its user's mobile (MOBILE_PAYMENT_APPS: Vipps,
    PayNow; camel case split in two) and a transfer's preposition by language after it (payees.DIRECTION_WORDS:
    `Vipps til`, `PayNow to`; closer 181): the payee's or the payer's mobile follows, as after `Vipps:`."""
    return len(tokens) >= 2 and tokens[-1] in payees.DIRECTION_WORDS and (
        tokens[-2] in MOBILE_PAYMENT_APPS or "".join(tokens[-3:-1]) in MOBILE_PAYMENT_APPS)


def _p2p_payee_named(text: str, start: int) -> bool:
    """Whether a P2P app's name, a transfer's preposition and a payee's capitalized name of up to three words end the
    text before a number at `start` (`Vipps til Orla: 412 34 567`, `MobilePay til Orla 21 34 56 78`; closer 203, review
    35): the app's account is the payee's own mobile, so the name between the preposition and the number is its owner,
    never a merchant's number's label (a business's Vipps or MobilePay number has five or six digits)."""
    match = _P2P_PAYEE_NAMED.search(text, max(0, start - _P2P_PAYEE_REACH), start)
    return match is not None and all(word[:1].isupper() for word in match.group(1).split())


_P2P_PAYEE_REACH = 80
_P2P_PAYEE_NAMED = re.compile(
    f"(?i)(?<![^\\W\\d_])(?:{'|'.join(sorted(MOBILE_PAYMENT_APPS))}|mobile ?pay|pay ?now)\\s+"
    f"(?:{'|'.join(sorted(payees.DIRECTION_WORDS))})\\s+([^\\W\\d_][^\\W\\d_'’-]*(?: [^\\W\\d_][^\\W\\d_'’-]*){{0,2}})"
    "\\s?[:,–-]?\\s?$")


@lru_cache(maxsize=1)
def _mobile_money_end(text: str) -> int:
    """Where the first mobile-money service's name in `text` ends (past the text's end if none): found once for a
    text, not again before each of its numbers (a search up to each number is quadratic in a text of many numbers).
    A service's name holds no digit, so it ends before a number's run or not at all before it."""
    match = _MOBILE_MONEY_TEXT.search(text)
    return len(text) + 1 if match is None else match.end()


# A mobile-money text (twenty-first attack) names the sender's or the recipient's phone after the service's name, as a
# label would, however far (`Orange Money: transfert de 5000 FCFA vers 76 12 34 56`): a service named by its operator
# and `money`, `cash`, `pesa` or `momo`, or by its own name (MOBILE_MONEY; `Wave` only as a label, before `:`; `FPS`
# only right before the number).
_MOBILE_MONEY_TEXT = re.compile(
    f"(?i)(?<![^\\W\\d_])(?:(?:{by_first_letter(sorted(MOBILE_OPERATORS))})[\\s-]?(?:money|cash|pesa|momo)"
    f"|m-?pesa|m-?paisa|{by_first_letter(sorted(MOBILE_MONEY - {'wave'}))}|wave(?=\\s?:)|fps(?=[\\s:]{{1,3}}[0-9]))"
    "(?![^\\W\\d_])")


def _operator_number(tokens: List[str]) -> bool:
    """A number word and a mobile operator's name after it (`Numéro Orange`, `Numero MTN`; `MTN number` is a code's
    label, as `number` alone is)."""
    return len(tokens) == 2 and tokens[0] in NUMBER_LABEL_WORDS and tokens[1] in MOBILE_OPERATORS


# Numbers apart by one blank each (a list's items, or a number's groups)
_BLANK_APART = re.compile(r"[0-9]+(?: [0-9]+)+")


def _counts(groups: List[str]) -> bool:
    """Whether numbers count up or down by one or two (a list's sizes or a set's numbers, a countdown's `10 9 8 … 1`;
    a phone's pairs step by more, if evenly: `22 33 44 55`)."""
    return int(groups[1]) - int(groups[0]) in (1, 2, -1, -2) and _steps(groups)


def _even_list(groups: List[str], text: str, start: int) -> bool:
    """Whether three numbers or more that step evenly are a list's, not a phone's groups: they step by a multiple of
    five (`250 500 750`), or up by no more than where they start (children's sizes `98 104 110 116`, years `2021 2022
    2023`; a phone's groups that step evenly do so from a small start or down, `12 345 678`, `987 654 321`), or four
    or more count by one or two (a countdown); no phone's word labels them, and they join into no checked number
    unless a word naming a list does (`Jo 06 11 16 21 26` is a phone's pairs, _rising_list)."""
    if len(groups) < 3 or not _steps(groups):
        return False
    step = int(groups[1]) - int(groups[0])
    if not (step % 5 == 0 or 0 < step <= int(groups[0]) or len(groups) >= 4 and _counts(groups)):
        return False
    words = _words_before(text, start)
    return PHONE_LABEL_WORDS.isdisjoint(words) and (not _checked_number(groups) or _names_a_list(words))


# Ranges apart by blanks (`0-3 3-6 6-9`), and Shopify's store id after its CDN's `/s/files/` (a platform's own path).
_RANGES = re.compile(r"[0-9]{1,3}-[0-9]{1,3}(?: [0-9]{1,3}-[0-9]{1,3}){2,}")
_SHOPIFY_STORE = re.compile(r"1(?:/[0-9]{4}){2,3}")


def _chained_ranges(run: str) -> bool:
    """Whether three ranges or more apart by blanks each rise and start where the one before ends (`0-3 3-6 6-9
    9-12`): a list of sizes or ages, no phone's groups."""
    if _RANGES.fullmatch(run) is None:
        return False
    bounds = [[int(bound) for bound in pair.split("-")] for pair in run.split(" ")]
    return all(low < high for low, high in bounds) and all(
        bounds[at][1] == bounds[at + 1][0] for at in range(len(bounds) - 1))


# A number of three to five digits (maybe a reference's two decimals) and a year after a blank: a standard's or a
# model's designation and its edition (`ISO 45001 2018`, `Speedmaster 3570.50 1998`); no standard numbers six digits.
_DESIGNATION_AND_YEAR = re.compile(r"[1-9][0-9]{2,4}(?:\.[0-9]{2})? (?:19[5-9][0-9]|20[0-3][0-9])")
# A word right before a number as a standard's body or a maker writes its name, in capitals or in title case (`ISO `,
# `DIN EN `, `BOSE `, `Submariner `).
_MAKER_BEFORE = re.compile(r"(?<![^\W_])([A-Z]{2,6}|[A-Z][a-z]{2,15}) \Z")


def _standard_before(text: str, start: int) -> bool:
    """Whether a maker's or a standard's word that names no phone stands right before position `start` (`ISO 45001
    2018`, `Rolex Submariner 16610 1999`)."""
    word = _MAKER_BEFORE.search(text, max(0, start - 17), start)
    return word is not None and word.group(1).casefold() not in PHONE_LABEL_WORDS


# (closer 122) Standards' numbers joined by slashes after a standards body's capitals (`ISO 11784/11785`, `ISO
# 9001/14001`, `EN 1176/1177`): each three to five digits, the first opening on no trunk `0`; the bodies by name.
_SLASHED_STANDARDS = re.compile(r"[1-9][0-9]{2,4}(?:/[0-9]{2,5})+")
_STANDARDS_BODY_BEFORE = re.compile(r"(?<![^\W_])([A-Z]{2,5}) \Z")
STANDARDS_BODIES = frozenset("ISO IEC EN DIN ASTM ANSI BS NF UNE UNI IEEE ITU ETSI SAE JIS CSA NEN CEI SN OENORM "
                             "ISIRI GOST GB KS AS NZS SIS SFS DS NS PN CSN STN MSZ ELOT".split())


def _slashed_standards(run: str, text: str, start: int) -> bool:
    """Whether `run` at `start` of `text` is standards' numbers joined by slashes after a standards body's name."""
    if _SLASHED_STANDARDS.fullmatch(run) is None:
        return False
    body = _STANDARDS_BODY_BEFORE.search(text, max(0, start - 7), start)
    return body is not None and body.group(1) in STANDARDS_BODIES


# (closer 224, review 42) Rates joined by `/`, three or more, each round (a last digit 0, no leading 0) and at least
# twice the one before: a ladder of speeds or sizes (Ethernet's `10/100/1000 Mbps`, `100/1000/10000`, a multi-gig
# port's `…/1000/2500`), no phone's groups (a phone's slashed groups open on a trunk `0` or an area code, and its
# subscriber's groups are round and rising so one time in a thousand).
_RATE_LADDER = re.compile(r"[1-9][0-9]{0,5}0(?:/[1-9][0-9]{0,5}0){2,}")
# A DOI's prefix: `10.`, a registrant's code of four digits or more and the `/` before its suffix (`10.1000/182`).
_DOI_PREFIX = re.compile(r"10\.[0-9]{4,9}/")


def _rate_ladder(run: str, text: str, start: int) -> bool:
    """Whether `run` at `start` of `text` is a ladder of rates (above) after no phone's word."""
    if _RATE_LADDER.fullmatch(run) is None:
        return False
    rates = [int(rate) for rate in run.split("/")]
    return all(rates[at + 1] >= 2 * rates[at] for at in range(len(rates) - 1)) and PHONE_LABEL_WORDS.isdisjoint(
        _words_before(text, start))


def _doi(run: str, text: str, start: int) -> bool:
    """Whether `run` at `start` of `text` is a DOI after its label (`DOI 10.1000/182`, `doi:…`, `doi.org/…`): a
    document's name by its prefix (above), no phone's groups."""
    return run[:3] == "10." and _DOI_PREFIX.match(run) is not None and "doi" in _label_tokens(text, start)[0]


def _slashed_run_reason(run: str, text: str, start: int, end: int, id_like: bool, segments: bool) -> Optional[str]:
    """What a run holding a `/` holds when its slash is no separator of a number's groups, else None: standards'
    numbers joined by a slash after their body's name (`ISO 11784/11785`: closer 122), a ladder of rates (`10/100/1000
    Mbps`) and a DOI after its label (`DOI 10.1000/182`; closer 224) hold nothing; a tyre's size ending the run (`TS
    870 195/65 R15`: part_numbers.tyre_size_cut, closer 135) is cut off, what comes before it judged alone."""
    if _slashed_standards(run, text, start) or _rate_ladder(run, text, start) or _doi(run, text, start):
        return ""
    size_at = part_numbers.tyre_size_cut(run, text, end)
    if size_at < 0:
        return None
    before_size = run[:size_at].rstrip()
    return _run_reason(before_size, text, start, start + len(before_size), id_like, segments) if len(
        before_size) >= 7 else ""


def _run_reason(run: str, text: str, start: int, end: int, id_like: bool, segments: bool) -> str:
    """_number_reason of a run found in text, but for four numbers or more apart by blanks that count by one or two (a
    list of sizes or a bingo set's numbers: `① ② ③ …`); one or two digits glued to a label's letters by `-` and a blank
    (`EAN-8 96385074`) are the label's variant: the number after them is judged alone, after the label. A run
    that reads as nothing whole is read in its parts apart where a bracket opens after a blank: a number and another
    beside it in brackets (`+1 650 555 0147 (650-555-HELP)`, `0612345674 (06 12 34 56 75)`) are two numbers."""
    if "-" in run and " " in run and _chained_ranges(run):
        return ""  # ranges each starting where the one before ends (baby sizes in months: `0-3 3-6 6-9 9-12`)
    if run[:2] == "1/" and text.endswith("/s/files/", 0, start) and _SHOPIFY_STORE.fullmatch(run) is not None:
        return ""  # Shopify's CDN path names its store by groups of four digits: `/s/files/1/0533/2089/`
    if " " in run and run.count(" ") >= 2 and _BLANK_APART.fullmatch(run) is not None and _even_list(
            run.split(" "), text, start):
        return ""  # a list that steps evenly (`1 2 3 … 10`, `98 104 110 116`), as between bars
    if " " in run and _DESIGNATION_AND_YEAR.fullmatch(run) is not None and _standard_before(text, start):
        return ""  # a standard's or a model's number and its year after its capitals (`ISO 45001 2018`)
    if "/" in run or run[4:5] == "-":
        set_apart = _slashed_run_reason(run, text, start, end, id_like, segments) if "/" in run else (
            _after_a_year_span(run, text, start, end, id_like, segments))
        if set_apart is not None:
            return set_apart
    if " (" in run and text[end:end + 1].isalpha():  # a bracket's group glued to letters is a name's (`(24H2)`)
        cut = run.rfind(" (")
        return _run_reason(run[:cut], text, start, start + cut, id_like, segments) if cut >= 7 else ""
    listed = _LIST_APART.fullmatch(run)
    if listed is not None and (listed.group(1) != "-" or _code_at(text, start)) and _rising_list(
            _DIGIT_GROUPS.findall(run), text, start) or _lottery_draw(run, text, start, end):
        return ""  # a rising list after its label (`Farbe 01 - 03 - 07 - 12`; a code's `Order 05-11-23-47-81`), a
        # lottery draw's numbers (closer 193)
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
        variant = _LABEL_VARIANT.match(run)
        if variant is not None:
            skip = variant.end()
            return _number_reason(run[skip:], text, start + skip, end, id_like, segments, _label_level(text, start))
    found = _number_reason(run, text, start, end, id_like, segments)
    if found or " (" not in run:
        return found
    at = 0
    for cut in [*(bracket.start() for bracket in _BRACKET_AFTER_BLANK.finditer(run)), len(run)]:
        part = run[at:cut].rstrip()
        if len(part) >= 7 and part != run:
            found = _number_reason(part, text, start + at, start + at + len(part), id_like, segments)
            if found:
                return found
        at = cut + 1
    return ""


# (closer 224, review 42) A span of years, the earlier first, and a blank opening a run (`1995-2025 30 years`): no phone
# number opens on two years.
_YEAR_SPAN = re.compile(r"((?:19|20)[0-9]{2})-((?:19|20)[0-9]{2}) ")


def _after_a_year_span(run: str, text: str, start: int, end: int, id_like: bool, segments: bool) -> Optional[str]:
    """What follows a span of years leading `run` holds, judged alone, as after a date (`1995-2025 30 years`), after
    no phone's word; None when no such span leads it."""
    span = _YEAR_SPAN.match(run)
    if span is None or int(span.group(1)) >= int(span.group(2)) or not PHONE_LABEL_WORDS.isdisjoint(
            _words_before(text, start)):
        return None
    skip = span.end()
    return _number_reason(run[skip:], text, start + skip, end, id_like, segments)


# Numbers apart by one repeated separator a list writes (a slash, a comma, a semicolon, a spaced dash or dot, as a
# bullet is read; a dash alone after a code's label): _rising_list decides.
def _lottery_draw(run: str, text: str, start: int, end: int) -> bool:
    """Whether `run` at `start`..`end` of `text` is a lottery draw's main numbers (lottery_draws.a_draw: its bonus
    after them or its word before; closer 193) after no phone's label (`Tel 03 09 21 30 44 + 01 12` is a phone's)."""
    return lottery_draws.a_draw(run, text, start, end) and PHONE_LABEL_WORDS.isdisjoint(_words_before(text, start))


_LIST_APART = re.compile(r"[0-9]{1,6}( ?[/,;] ?| [-.] |-)[0-9]{1,6}(?:\1[0-9]{1,6}){2,}")

_BRACKET_AFTER_BLANK = re.compile(r" \((?!0\))")  # (not a trunk prefix in brackets: `+44 (0) 7700 900481`)


def _dialled(run: str, digits: str, text: str, end: int) -> bool:
    """A number after its dialling `+`, or a national plan's mobile after its country code with the `+` written
    after it, as right-to-left text shows it (`966548217365+`; `5,000,000+` is a count), or after NANP's exit code
    `011` apart, as `00` elsewhere (`011 49 176 29483715`; `Item 011 49` is too short)."""
    if run[:3] == "011" and run[3:4] in _EXIT_CODE_SEPARATORS:
        return international_mobile(digits[3:])
    if run.startswith("+"):  # (but a `+` glued after a word or a number, a URL form's blank, before a Windows version:
        # `Windows+NT+10.0.19045.4291`, its build of five digits after a dot)
        start = end - len(run)
        return not (start and text[start - 1].isalnum() and ".0." in run and _BUILD_PART.search(run) is not None
                    and _with_version_number(run))
    return text[end:end + 1] == "+" and not text[end + 1:end + 2].isalnum() and international_mobile(digits)


_BUILD_PART = re.compile(r"\.[0-9]{5}(?![0-9])")
_EXIT_CODE_SEPARATORS = frozenset(" -./")  # (between `011` and a country's code)


# EDIFACT writes a segment's data elements after `+` (`LIN+1++4006381333931:EN'`, `PIA+5+4006381333931:SRV'`): a
# number glued after a `+` (its element's separator, after a letter, a digit or another `+`) whose component qualifier
# names a GS1 number (`:EN` an EAN, `:SRV` a GTIN, `:UP` a UPC, `:IB` an ISBN, `::9` GS1's agency code) and whose
# GS1 check digit is right is an article's or a party's number, not a dialled phone (`COM+…:TE'` stays a phone's).
_EDIFACT_GS1 = re.compile(r":(?:EN|SRV|UP|IB|:9)(?![A-Za-z0-9])")


def _edifact_gs1_number(run: str, digits: str, text: str, start: int, end: int) -> bool:
    """Whether `run`, dialled by its `+`, is an EDIFACT element's GS1 number (above)."""
    return (run[0] == "+" and start > 0 and (text[start - 1] == "+" or text[start - 1].isalnum())
            and text[end:end + 1] == ":" and _EDIFACT_GS1.match(text, end) is not None
            and len(digits) in (8, 12, 13, 14) and _gtin(digits))


def _toll_free(digits: str, text: str, start: int, level: int) -> bool:
    """A NANP toll-free number (`1-800-555-0199`) or one in a national plan's freephone or shared-cost range
    (phone_plans.freephone: `0800 123 4567`, `0 800 05 05 05`) is a business's, as with vanity letters, unless a
    personal label comes before it (`Mobile:`: the visitor's own field). The UK's 0300 lines are not read so:
    Pakistan's mobiles share their digits and their grouping (`Ali Khan 0300 123 4567 Lahore`)."""
    count = len(digits)
    if (count not in (10, 11) or digits[-10:-7] not in _TOLL_FREE or count == 11 and digits[0] != "1") and not (
            freephone(digits)):  # (and a national plan's freephone or shared-cost range: closer 158)
        # (closer 175: a non-geographic range after a business line's label, `Freephone: 0808 …`, `Business line:
        # 0345 …`, `Teléfono gratuito 900 …`)
        return start > 0 and labelled_business_line(digits) and a_business_line(
            _routes_read(*_label_tokens(text, start))[0])
    return (level if level != -2 else _label_level(text, start) if start else FREE) >= 0


# A product's reference as Inditex's shops print it after `Ref.` (Zara's `Ref. 5536/302/800`: model, quality and
# colour, four, three and three digits joined by `/`): read as after a product's label, where a phone number is one
# dialled abroad or a plan's mobile after its trunk prefix (`Ref. 0712/345/678`). `Ref` alone names no code (a
# referral's code is often the referrer's phone): the layout does.
_INDITEX_REFERENCE = re.compile(r"[0-9]{4}/[0-9]{3}/[0-9]{3}")


def _reference_level(run: str, text: str, start: int) -> int:
    """_label_level before `run` at `start` of `text`; PRODUCT for Inditex's reference after `Ref.` (above), CODE for
    digit groups joined by dashes after it that open on `00` and fit no plan dialled abroad (closer 224: `Ref
    00-1234-567`; a referral's code holding a phone, `?ref=512-384-716`, stays one)."""
    level = _label_level(text, start)
    if level == FREE and (run[4:5] == "/" and _INDITEX_REFERENCE.fullmatch(run) is not None or run[:2] == "00" and (
            _DASHED_GROUPS.fullmatch(run) is not None and not _dialled_abroad(run.replace("-", "")))) and (
            _label_tokens(text, start)[0][-1:] == ["ref"]):  # (`Réf` read `ref`)
        return PRODUCT if "/" in run else CODE
    return level


# Digit groups joined by single dashes (`00-1234-567`).
_DASHED_GROUPS = re.compile(r"[0-9]+(?:-[0-9]+)+")


# A code's year and serial after its letters and a dash (`PH-2026-000123`, `INV-2024-0042`; `PH` is no phone
# label here): no phone number is a year and a short serial glued by a dash to letters.
_YEAR_SERIAL = re.compile(r"(?:19|20)[0-9]{2}-[0-9]{1,8}")


# An order number of a shop, a date and a serial joined by dashes (Rakuten's `123456-20261130-0012345678`): a
# compact date between two digit groups is an id's layout, no phone number's; its groups are judged as an id's
# (a number written as dialled, `…-09012345678`, still is one).
_DATED_ID = re.compile(f"[0-9]{{1,12}}-{_YYYYMMDD}-[0-9]{{1,12}}")
# ... and a shop's order number stamped with its day (closer 80): a compact date, YYMMDD, a dash and a serial of four
# digits (`250317-0042`), a layout no phone plan writes (a trunk's `0` aside, read still: a phone's groups are of two
# to five digits); judged as an id, where a national id in that layout is still read by its check.
_DATED_ORDER = re.compile(r"[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])-[0-9]{4}")


# Argentina's invoice numbers: a point of sale of four or five digits and an eight-digit serial (`0001-00045678`).
# No dialled number: after `00` comes a country code (none begins with 0), and after Kenya's `000` the only
# one-digit codes (1, 7) are followed by ten digits, not a dash and eight.
_POINT_OF_SALE = re.compile(r"0{3,4}[1-9]-[0-9]{8}")


def _year_serial(run: str, text: str, start: int) -> bool:
    return (start > 1 and text[start - 1] == "-" and text[start - 2].isalpha()
            and _YEAR_SERIAL.fullmatch(run) is not None)


def _national_number(run: str, digits: str, text: str, start: int, level: int, free_text: bool,
                     labelled: bool = False) -> bool:
    """A US social security or a Brazilian CPF number by its layout; in free text, after an identity label (a code
    label's words or none), a number that begins with a birth date, its check digit right or wrong (South Africa's
    `ID number 9001015009087`), or 7 to 12 digits alone (or their thousands dotted) after a label that says more
    than `ID` (Kenya's `ID No. 28345671`, `Kitambulisho:`; in a URL path's segment too); after such a label in free
    text or a URL path's segment (`labelled`), ten digits with the check of a Saudi id or an Iranian national code
    (`رقم الهوية: 1084567237`)."""
    core = run.strip("()")
    return bool(_SSN.fullmatch(core) or (_CPF.fullmatch(core) and _cpf(digits))) or _dotted_rut(run, text, start) or (
        level <= CODE and (free_text and birth_dated(digits) and _identity_label(text, start) or (
            (free_text or labelled) and _unchecked_length(len(digits), text, start) and _unbroken_or_dotted(run)
            and _identity_label(text, start, True)))) or (
        labelled and level <= CODE and run.isdigit() and (checked_id(digits) or jmbg(digits)) and _identity_label(
            text, start)) or (  # (and thirteen with a JMBG's, EMŠO's, check: `EMSO: 0101992500019` in a URL path)
        labelled and len(digits) == 11 and run.isdigit() and turkish_id(digits) and _republic_label(text, start))


# Turkey's identity number after the republic's abbreviation (`T.C.`, Türkiye Cumhuriyeti, which opens `T.C. Kimlik
# No` and is written alone before the number: `T.C. 47382916482`; thirtieth attack), maybe a number word after it:
# its eleven digits' checks read (national_ids.turkish_id); `TC` names terms and conditions or a test case elsewhere.
_REPUBLIC_ABBREVIATIONS = frozenset(["tc"])


def _republic_label(text: str, start: int) -> bool:
    tokens = _label_tokens(text, start)[0]
    return bool(tokens) and tokens[0] in _REPUBLIC_ABBREVIATIONS and NUMBER_LABEL_WORDS.issuperset(tokens[1:])


def _unchecked_length(count: int, text: str, start: int) -> bool:
    """Whether `count` digits with no check to read may be an id after an identity label: 7 to 9 (Kenya's), 11 or
    12 (Lebanon's), and ten only after a label naming a national number (Jordan's `الرقم الوطني`; ten digits after
    another need a Saudi id's or an Iranian code's check)."""
    return count <= 9 or count in (11, 12) or count == 10 and not NATIONAL_NUMBER_WORDS.isdisjoint(
        _label_tokens(text, start)[0])


def _unbroken_or_dotted(run: str) -> bool:
    """A number written unbroken or with its thousands dotted (`4.512.837`), as an id's card prints it."""
    return run.isdigit() or _DOTTED_THOUSANDS.fullmatch(run) is not None


_DOTTED_THOUSANDS = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3}){2,3}")


def _dotted_rut(run: str, text: str, start: int) -> bool:
    """A Chilean RUT laid out as printed (`12.345.678-5`, `10.000.013-K`) with its check digit right: the layout of
    no amount, version or phone number (in ids too, as a dotted CPF)."""
    if run[-4:-3] != "." and run[-6:-5] != "." or _DOTTED_RUT.fullmatch(run) is None:  # (most runs: no call)
        return False
    if run[-2:-1] == "-":
        body = run[:-2].replace(".", "")
        return rut(body, run[-1]) or len(body) == 7 and _uruguayan_ci(body + run[-1])
    if start > 1 and text[start - 1] == "-" and text[start - 2] in "VE" and (
            start == 2 or not text[start - 3].isalnum()):
        return True  # a Venezuelan cédula as printed: `V` (a citizen's) or `E` (a foreigner's), a dash, dotted digits
    end = start + len(run)
    return text[end:end + 1] == "-" and text[end + 1:end + 2] in ("K", "k") and not text[end + 2:end + 3].isalnum() \
        and rut(run.replace(".", ""), "K")


def _uruguayan_ci(digits: str) -> bool:
    """Uruguay's cédula: seven digits and a check digit (weights 2 9 8 7 6 3 4, 10 minus the sum mod 10)."""
    total = sum(int(ch) * weight for ch, weight in zip(digits, (2, 9, 8, 7, 6, 3, 4), strict=False))
    return (10 - total % 10) % 10 == int(digits[7])


# How card numbers are printed: 4-4-4-4 (and 4-4-4-4-3 for 19 digits, 4-4-4-3 for 15), American Express 4-6-5,
# Diners 4-6-4, or unbroken. A card next to other numbers in one run (its expiry and CVC, before or after:
# `4532 0151 1283 0366 12/27 123`, `12/27 3530 1113 3344 4451`) is found by these groups, joined by one blank or `-`.
_CARD_LAYOUTS = ([4, 4, 4, 4], [4, 4, 4, 4, 3], [4, 4, 4, 3], [4, 6, 5], [4, 6, 4])


def _card_in(run: str) -> bool:
    """Whether a run of digit groups holds a payment card number laid out as cards are printed (_CARD_LAYOUTS), or
    a group of 13 to 19 digits that is one, with its issuer prefix and Luhn sum."""
    if _CARD_START.search(run) is None:  # neither a group of four nor a long one: no card, nothing built
        return False
    groups = list(_DIGIT_GROUPS.finditer(run))
    texts = [group.group() for group in groups]
    lengths = list(map(len, texts))
    for index, length in enumerate(lengths):
        if 13 <= length <= 19 and _card_number(texts[index]):
            return True
        if length != 4:  # every printed layout starts with a group of four: most groups stop here
            continue
        for layout in _CARD_LAYOUTS:
            end = index + len(layout)
            if lengths[index:end] == layout and all(
                    run[groups[left].end():groups[left + 1].start()] in (" ", "-") for left in range(index, end - 1)
            ) and _card_number("".join(texts[index:end])):
                return True
    return False


# The reporting bodies that allocate a phone's type allocation code, an IMEI's first two digits (GSMA: `01` PTCRB,
# `35`, `44` and `98` BABT, `86` TAF, `99` GHA, the European test houses, India's MSAI; not DECT's `10`, Iridium's `30`
# nor France's former `33`, which a UAE tax number's `100…`, a Saudi VAT number's `3…3` open): fifteen digits passing
# Luhn's check at one of them are a phone's IMEI, in text and in ids (closer 78; one in ten numbers passes Luhn, and
# few open on these).
_IMEI_REPORTING_BODIES = frozenset("01 35 44 45 49 50 51 52 53 54 86 91 98 99".split())


def _imei(digits: str) -> bool:
    """Whether fifteen `digits` are an IMEI: a reporting body's prefix and Luhn's check digit."""
    return digits[:2] in _IMEI_REPORTING_BODIES and _luhn(digits)


def _card_number(digits: str) -> bool:
    """An issuer prefix and the Luhn sum, at Visa's lengths after a 4; thirteen digits with the GS1 check digit are an
    EAN-13 (a JAN, `49…`): no card network issues thirteen-digit numbers today (Visa's were retired), and one EAN in
    ten passes Luhn. Fifteen digits beginning with 3 but 34 or 37 are no card (a Saudi VAT number, `3…3`, passes Luhn
    as often)."""
    count = len(digits)
    return digits.startswith(_CARD_PREFIXES) and _luhn(digits) and not (count == 13 and _gtin(digits)) and (
        count != 15 or digits.startswith(_FIFTEEN_DIGIT_CARDS)) and (
        count <= 16 or digits[0] != "2" or digits.startswith(_MIR_PREFIXES)) and (
        digits[0] != "4" or count in _VISA_LENGTHS)


def issued_card_number(digits: str) -> bool:
    """Whether `digits` are a card number a network issues: its Luhn sum, and an issuer's range at a length it issues
    (_issued_card); a shop's id in an id's own layout is read as a card only then (privacy: a cart permalink's)."""
    return _card_number(digits) and _issued_card(digits)


def _issued_card(digits: str) -> bool:
    """Whether `digits` open with an issuer's range at a length it issues (the IINs the networks publish: Visa's 4 at
    16 or 19; Mastercard's 51 to 55 and 2221 to 2720 at 16; Discover's 6011, 644 to 649 and 65, JCB's 3528 to 3589,
    UnionPay's 62 and Mir's 2200 to 2204 at 16 to 19; Diners Club's 300 to 305, 36, 38 and 39 at 14), a stricter test
    than _CARD_PREFIXES (which takes every 2, 5 and 6): a reversed reading's Luhn sum, one in ten, counts only there."""
    count, two, four = len(digits), int(digits[:2]), int(digits[:4])
    if count == 14:
        return two in (36, 38, 39) or 300 <= int(digits[:3]) <= 305
    if digits[0] == "4":
        return count in _VISA_LENGTHS[1:]  # (not the retired thirteen)
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return count == 16
    return 16 <= count <= 19 and (four == 6011 or 644 <= int(digits[:3]) <= 649 or two in (62, 65) or (
        3528 <= four <= 3589 or 2200 <= four <= 2204))


def _bars_read(form: str) -> str:
    """`form` with its groups joined by a bar or a tilde dashed (_BAR_OR_TILDE, _SPACED_BAR_RUN)."""
    form = _BAR_OR_TILDE.sub(_glued_groups, form)
    return _SPACED_BAR_RUN.sub(_spaced_groups, form) if "|" in form or "~" in form else form


# Any other one separator repeated between groups (a full stop or a star between single digits, an emoji or an `x`
# between blanks: `0.6.7.1.3.8.5.2.9.4`, `06 ✨ 71 ✨ 38 …`, `06 x 71 x 38 …`; blanks or dashes too between an IPv6
# address's groups of hex, four at least, and blanks between an IBAN's characters, fifteen at least): the groups are
# read joined where they check as one number, as between spaced bars (_one_number: a card's Luhn sum, an IBAN's
# mod 97, a phone's layout after a leading 0 or a `+`), as an IPv4 address's four numbers up to 255 between a symbol
# no version or list writes (not ASCII), or as an IPv6 address a network routes (global `2…`/`3…`, private
# `fc…`/`fd…`, link-local `fe80`, one group's hex letter among digits at least; a doubled separator between two
# groups is its `::`). An empty group is no number's. Each run is matched once, from its first group (its separator
# repeated by back-reference, each group bounded: linear), and ends where another separator does not go on (`an
# 203.000.113.047`: no run takes `203`).
_APART_RUN = re.compile(r"(?<![0-9A-Za-z])(?:\+?[0-9A-Za-z]{1,6}( {0,2}(?:[^\w\s-]|_){1,4} {0,2}| [xX] )"
                        r"(?:[0-9A-Za-z]{1,6}|(?=\1[0-9A-Za-z]))(?:\1(?:[0-9A-Za-z]{1,6}|(?=\1[0-9A-Za-z]))){1,32}"
                        r"|[0-9A-Za-z](?: [0-9A-Za-z]){14,33}"
                        r"|[0-9A-Fa-f]{1,4}([ -])(?:[0-9A-Fa-f]{1,4}|(?=\2[0-9A-Fa-f]))"
                        r"(?:\2(?:[0-9A-Fa-f]{1,4}|(?=\2[0-9A-Fa-f]))){2,6})"
                        r"(?![0-9A-Za-z]|[^\w\s][0-9A-Za-z])")
# An IPv6 address's colons with blanks around them, its `::` too (`2a03 : b0c0 : 3 : d0 :: 1f4e : 7001`): the one
# separator _APART_RUN repeats is ` : `, which ` :: ` is not; the colons are read without their blanks, as an address
# a network routes (_apart_groups' test: a time, `12 : 30 : 45`, or a ratio, `16 :: 9`, is none).
_SPACED_COLON_RUN = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{1,4}(?: {0,2}::? {0,2}[0-9A-Fa-f]{1,4}){2,7}"
                               r"(?![0-9A-Za-z]| {0,2}:)")
_SPACED_COLON = re.compile(r" {0,2}(::?) {0,2}")


def _spaced_ipv6(form: str) -> bool:
    for match in _SPACED_COLON_RUN.finditer(form):
        joined = _SPACED_COLON.sub(r"\1", match.group())
        groups = joined.replace("::", ":").split(":")
        if _ROUTED_IPV6.fullmatch(groups[0]) is not None and any(
                _HEX_LETTER_AND_DIGIT.fullmatch(group) is not None for group in groups) and _ipv6(joined):
            return True
    return False


_ROUTED_IPV6 = re.compile(r"[23][0-9A-Fa-f]{3}|[fF][cCdD][0-9A-Fa-f]{0,2}|[fF][eE]80")
_HEX_LETTER_AND_DIGIT = re.compile(r"[0-9]*[A-Fa-f][0-9A-Fa-f]*[0-9]|[0-9]+[A-Fa-f]")


def _full_ipv6_digits(groups: List[str]) -> bool:
    """Eight groups of digits alone, an IPv6 address written in full (`2003 1234 5678 …`, `2001 0 0 0 0 0 0 1`), but
    not numbers that rise or step evenly (a list of years)."""
    return len(groups) == 8 and all(group.isdigit() for group in groups) and not (_rising(groups) or _steps(groups))


def _apart_groups(match: re.Match[str]) -> str:
    """A run of groups apart by one repeated separator (_APART_RUN) dashed when joined they check as one number,
    dotted as an IPv4 address, written with colons as an IPv6 address, else as written."""
    run, separator = match.group(), match.group(1) or match.group(2) or " "
    groups = run.split(separator)
    if len(groups) >= 4 and _ROUTED_IPV6.fullmatch(groups[0]) is not None and (any(
            _HEX_LETTER_AND_DIGIT.fullmatch(group) is not None for group in groups) or _full_ipv6_digits(groups)) and (
            _ipv6(":".join(groups))):
        return ":".join(groups)
    if "" in groups:
        return run
    if max(map(len, groups)) == 1 and groups[0].isalpha() and _iban("".join(groups), exact=True):
        return "".join(groups)  # (an IBAN's every character apart: its country's letters open it)
    if separator in (" ", "-") or _rising_list(groups, match.string, match.start()):
        return run  # (blanks and dashes between digits: the run rules' own reading; a list's numbers as written)
    if len(groups) == 4 and all(group.isdigit() and len(group) <= 3 and int(group) <= 255 for group in groups):
        return run if separator.isascii() else ".".join(groups)  # (ASCII: an IPv4 address's own rules read them)
    return "-".join(groups) if len(groups) >= 3 and _one_number(groups) else run


def _glued_groups(match: re.Match[str]) -> str:
    run = match.group()
    groups = _BAR_OR_TILDE_MARK.split(run)
    digits = "".join(groups)
    start = match.start()
    if not digits.isdigit():
        if any(map(_word_cell, groups)):
            return _cells_read(groups)
        return _BAR_OR_TILDE_MARK.sub("-", run)
    if _rising_list(groups, match.string, start):
        return run
    # (the number may open before the bars, its first groups joined otherwise: `06/71|38/52|94`, `+33 6/12|34`)
    opening = _GROUPS_BEFORE.search(match.string, max(0, start - 30), start)
    if opening is not None:
        digits = "".join(filter(str.isdigit, opening.group())) + digits
        start = opening.start()
    # (and may run on after them: `06 48 17 26 69|06 48 17 26 69` is two numbers, twenty digits in all)
    closing = _GROUPS_AFTER.match(match.string, match.end(), match.end() + 30)
    if closing is not None:
        digits += "".join(filter(str.isdigit, closing.group()))
    dialled = _DIALLED_BEFORE.search(match.string, max(0, start - 9), start) is not None
    return _BAR_OR_TILDE_MARK.sub("-", run) if _glued_number(groups, digits, dialled) else run


def _word_cell(group: str) -> bool:
    """Whether a group glued by bars is a word (letters alone, three or more, or two that are no hex digits: `cm`, not
    a hardware address's `BC`)."""
    return group.isalpha() and (len(group) >= 3 or len(group) == 2 and not _HEX_PAIR.fullmatch(group))


_HEX_PAIR = re.compile("[A-Fa-f]{2}")


def _cells_read(groups: List[str]) -> str:
    """Groups glued by bars among which a word stands alone (_word_cell: `Quendrix|06 48 17 26 26|Paris`, a row's
    cells, no code's part): the bars beside a word separate cells, as spaced bars do; the groups between two words
    are joined as a run of their own would be (dashed when they hold a letter or may be one number)."""
    cells: List[str] = []
    piece: List[str] = []
    for group in [*groups, ""]:
        if group and not _word_cell(group):
            piece.append(group)
            continue
        if piece:
            joined = "".join(piece)
            cells.append("-".join(piece) if not joined.isdigit() or len(piece) > 1 and _glued_number(
                piece, joined, False) else "|".join(piece))
            piece = []
        if group:
            cells.append(group)
    return " | ".join(cells)


# `+` and maybe a country code just before a number's groups (`+33|6|…`, `(+33) 6|12|…`)
_DIALLED_BEFORE = re.compile(r"\+(?:[0-9]{1,4}\)?[ \t.\-/]{1,3})?\Z")
# Digit groups joined by a blank, `.`, `/`, `-` or a bar just before a run of glued bars, a number's first groups
# (read in the value as written: the runs before are dashed in the same pass).
_GROUPS_BEFORE = re.compile(r"(?<![0-9])(?:[0-9]{1,5}[ \t./\-|~]){1,4}\Z")
# ... and just after it, a number's last groups.
_GROUPS_AFTER = re.compile(r"(?:[ \t./\-|~][0-9]{1,5}){1,4}(?![0-9])")


def _glued_number(groups: List[str], digits: str, after_plus: bool) -> bool:
    """Whether digit groups glued by bars may be one number: dialled (a `+` before them, a trunk `0` opening them; at
    most E.164's fifteen digits: more are two numbers, each in its cell, `0151/48172602|0170/4817260`), a card's by
    its Luhn sum, a NANP number's 3-3-4 (`1|650|555|0173`); not a list's steps (`06|08|10|12`)."""
    if len(groups) >= 3 and max(map(len, groups)) <= 6 and _steps(groups):
        return False
    widths = [len(group) for group in groups]
    return (after_plus or digits[0] == "0") and len(digits) <= 15 or 13 <= len(digits) <= 19 and _card_number(
        digits) or (
        widths in ([3, 3, 4], [1, 3, 3, 4]) and nanp(digits[-10:]))


def _spaced_groups(match: re.Match[str]) -> str:
    """A run of groups between spaced bars or tildes (_SPACED_BAR_RUN) dashed when joined they check as one number,
    else as written."""
    groups = _SPACED_BAR.split(match.group())
    if _rising_list(groups, match.string, match.start()):
        return match.group()
    for count in range(len(groups), 2, -1):  # (the number may end before the run: `Tel 06 | … | 74 | Paris`)
        if _one_number(groups[:count]):
            return " | ".join(["-".join(groups[:count]), *groups[count:]])
    return match.group()


def _one_number(groups: List[str]) -> bool:
    joined = "".join(groups)
    widths = {len(group) for group in groups[1:]}
    dialled = joined[0] == "+" or joined[:2] == "00" and joined[2:3] not in ("", "0")  # (`00` is the `+` dialled)
    if joined.isdigit() and not dialled:
        return 13 <= len(joined) <= 19 and _card_number(joined) or 9 <= len(joined) <= 15 and not _steps(groups) and (
            joined[0] == "0" and (len(widths) == 1 and len(groups[0]) in widths or _trunk_layout(groups)))
    if dialled and joined[1:].isdigit():  # (a mobile's one-digit prefix after the country: `+33 | 6 | 12 …`)
        rest = groups[2:] if len(groups[1]) == 1 and len(groups) > 3 else groups[1:]
        return len(groups[0]) <= (4 if joined[0] == "+" else 5) and len({len(group) for group in rest}) == 1 and (
            8 <= len(joined) <= 16 and not _steps(rest))
    return groups[0][:2].isalpha() and groups[0][2:4].isdigit() and _iban(joined, exact=True)


# The words before a run of numbers (on its line, up to 32 characters back): its label when it has one.
_WORDS_BEFORE = re.compile(r"[^\W\d_]{2,}")


def _rising(groups: Sequence[str]) -> bool:
    """Whether digit groups hold numbers that rise strictly (`05 12 23 34 45`)."""
    if not all(group.isdigit() for group in groups):
        return False
    numbers = list(map(int, groups))
    return all(numbers[at + 1] > numbers[at] for at in range(len(numbers) - 1))


def _rising_list(groups: Sequence[str], text: str, start: int) -> bool:
    """Whether numbers `groups` (at `start` of `text`) are a list, not a number's parts: four or more that rise
    strictly (sizes, lottery draws, colours, ids are listed in order; a phone's pairs rise one time in 24) after a word
    that labels them and names no phone nor an address (`Bingo 04, 18, 33, 47, 62`; `Tel 06, 12, 34, 56, 74` is a
    phone's, `IP 10/20/30/140` an address), on their line and in their URL parameter. Groups that join into one
    number with a check (a card's Luhn sum at an issuer's range and length, a phone's pairs after a trunk `0`: a
    name's or a verb's `Jo Smith 06/12/34/56/78`, `Visa 4024/5678/8888/9997`) are a list only after a word naming
    what a list lists (_LIST_LABEL_WORDS: `Lotto 03/11/19/27/38`, `?ids=4451,4452,4453,4460`)."""
    if len(groups) < 4 or not _rising(groups):
        return False
    words = _words_before(text, start)
    if not words or "+" in text[max(0, start - 3):start] or not (
            PHONE_LABEL_WORDS.isdisjoint(words) and _ADDRESS_WORDS.isdisjoint(words)):
        return False
    return not _checked_number(groups) or _names_a_list(words)


def _words_as_written_before(text: str, start: int) -> List[str]:
    """The words up to 32 characters before position `start` of `text`, on its line, and in a URL after its
    parameter's start (`?q=06|12|…` has `q` alone before it, not the host's words): a list's label when it has one."""
    before = text[max(0, start - 32):start]
    return _WORDS_BEFORE.findall(before[max(before.rfind(mark) for mark in "\n?&#;") + 1:])


def _words_before(text: str, start: int) -> List[str]:
    """_words_as_written_before, folded."""
    return [word.casefold() for word in _words_as_written_before(text, start)]


def _names_a_list(words: List[str]) -> bool:
    """Whether label words name what a list lists (_LIST_LABEL_WORDS), or a code, whose groups are no phone's (`Order
    05-11-23-47-81`), and no person's own (`Ring me`, `Mes numéros`: `me` or a possessive)."""
    return not (_LIST_LABEL_WORDS.isdisjoint(words) and _CODE_NOT_NUMBER_WORDS.isdisjoint(words)) and (
        "me" not in words and NUMBER_POSSESSIVES.isdisjoint(words))


def _checked_number(groups: Sequence[str]) -> bool:
    """Whether digit groups joined are one number a check reads: a card's (Luhn's sum, an issuer's range and length),
    or a phone's, nine to twelve digits after a trunk `0` in groups of one width after the first (a plan's layout,
    `06 12 34 56 78`, `0151 23 45 67 89`) that do not count by one or two."""
    digits = "".join(groups)
    if 13 <= len(digits) <= 19 and _card_number(digits) and _issued_card(digits):
        return True
    return digits[0] == "0" and digits[1] != "0" and 9 <= len(digits) <= 12 and len(groups[0]) <= 5 and len(
        {len(group) for group in groups[1:]}) == 1 and not _counts(list(groups))


# The words that name an address before its numbers (`IP`, `Server`, `Host`): its parts are no list's.
_ADDRESS_WORDS = frozenset("ip ipv ipaddress server host".split())
IP_LABEL_WORDS = frozenset("ip ipv ipaddr ipaddress".split())


# A web page's file extension ending a path's segment (`.html`, `.htm`, `.php`, `.asp`, `.aspx`, `.jsp`).
_PAGE_EXTENSION = re.compile(r"\.(?:[Hh][Tt][Mm][Ll]?|[Pp][Hh][Pp]|[Aa][Ss][Pp][Xx]?|[Jj][Ss][Pp])(?=\n|$)")


def _page_file(text: str, start: int, end: int) -> bool:
    """Whether the number at `start`..`end` of a URL path (its segments as lines) is a page's file name whole, its
    extension after it (`0150-481726.html`): a catalogue's page named by its article's number, read as after a code's
    label, where only a phone's whole shape (a plan's mobile, a number dialled with its country code) is one."""
    return (start == 0 or text[start - 1] == "\n") and _PAGE_EXTENSION.match(text, end) is not None


def _path_route_level(level: int, text: str, start: int, end: int, segments: bool) -> int:
    """`level`, or FREE when the personal label before `start` of a URL path (`segments`: its segments as lines) is an
    IP address's word as a path's segment of its own (`/ip/481726039`: Walmart's item pages): an address's label is
    written with a label's separator (`IP: `, `ip=`); a path's `/` before a number makes the word a page's route
    (closer 93). CODE for a number at `start`..`end` naming a page's file, after no label (_page_file: closer 95)."""
    if not segments:
        return level
    if level == FREE:
        return CODE if text[end:end + 1] == "." and _page_file(text, start, end) else FREE
    if level >= 0:
        return level
    tokens, separators = _label_tokens(text, start)
    return FREE if separators == "\n" and bool(tokens) and tokens[-1] in IP_LABEL_WORDS and (
        len(tokens) == 1 or not personal_tokens(tokens[:-1])) else level
# What a shop lists by numbers that rise, in its languages, singular and plural (folded): sizes, colours and shades,
# widths, formats and weights, items, ids and codes, a lottery's drawn numbers. Only before groups that join into a
# checked number (_rising_list) is such a word needed: a name (`Jo`), a verb (`Ruf an`) or a card's network names none.
_LIST_LABEL_WORDS = frozenset(word.casefold() for word in (
    "size sizes grösse größe größen groesse groessen taille tailles talla tallas taglia taglie tamanho tamanhos maat "
    "maten rozmiar rozmiary colour colours color colors farbe farben couleur couleurs colore colori cor cores kleur "
    "kleuren kolor kolory shade shades nuance nuances tone tones width widths weite weiten format formats frame frames "
    "tile tiles grid sieve sieves pin pins pile piles bits ring rings weight weights gewicht gewichte poids item items "
    "article articles artikel ids codes refs ref sku skus numbers numeros numéros números numeri zahlen nummern lotto "
    "loto bingo keno euromillions millions draw draws tirage bolletta kit kits fits paint"
).split())


def _trunk_layout(groups: List[str]) -> bool:
    """A national number after its trunk 0 in three groups of three or four digits, the last of four, ten or eleven
    digits in all (`061 234 5674`, `0171 234 5678`): the layouts of groups of two widths plans print."""
    widths = [len(group) for group in groups]
    return len(groups) == 3 and widths[2] == 4 and min(widths) >= 3 and 10 <= sum(widths) <= 11


def _steps(groups: List[str]) -> bool:
    """Whether numbers `groups` count up or down by one step (a list of sizes or amounts, not a number's parts)."""
    step = int(groups[1]) - int(groups[0])
    return step != 0 and all(int(groups[at + 1]) - int(groups[at]) == step for at in range(len(groups) - 1))


def _after_a_word(text: str, start: int) -> bool:
    """A number written in a sentence: a word and a blank right before it (`llámame al 612345678`)."""
    return start > 1 and text[start - 1] == " " and text[start - 2].isalpha()


def _slashed_reason(run: str, text: str, start: int, id_like: bool, segments: bool, level: int) -> str:
    """Numbers joined by ` / ` (a contact's two: `+63 2 8123 4567 / 0917 123 4567`), each judged alone."""
    return _parts_reason(run, " / ", text, start, id_like, segments, level)


def _parts_reason(run: str, separator: str, text: str, start: int, id_like: bool, segments: bool, level: int) -> str:
    """The first reason of the parts of `run` (at `start` of `text`) between `separator`s, each judged alone as a
    number, or ""."""
    offset = start
    for part in run.split(separator):
        found = _number_reason(part, text, offset, offset + len(part), id_like, segments, level)
        if found:
            return found
        offset += len(part) + len(separator)
    return ""


def _groups_reason(run: str, text: str, start: int, id_like: bool, segments: bool, level: int) -> str:
    """A run of more digits than a phone number has (`0701234567-20241129`): its groups of nine digits or more
    (no shorter one is a phone number alone), each judged alone; in an id, one that begins the run and is an
    undialled international mobile is one before a long suffix as before a short one (_grouped_reason), so a path's
    `/905324172863/2024-1001.pdf`, read across its segments, is as its segment alone is."""
    for group in _NINE_DIGITS_OR_MORE.finditer(run):
        found = _number_reason(group.group(), text, start + group.start(), start + group.end(), id_like,
                               segments, level)
        if found:
            return found
        if level == ID and not group.start() and international_mobile(group.group()):
            return PHONE
    return ""


def _after_dates(run: str) -> str:
    """`run` without the dates (and times) that lead it; by position, not by slicing: linear whatever the dates."""
    position = 0
    date = _DATE.match(run)
    while date is not None:
        position = _SEPARATORS.match(run, date.end()).end()  # type: ignore[union-attr]
        date = _DATE.match(run, position)
    return run[position:]


# A run's last part after a blank, five digits, one dot and one to five: an operating system's build and its update
# revision (`22631.4602`); a phone's groups are not joined by blanks, then by one dot.
_BUILD_AND_REVISION = re.compile(r" [0-9]{5}\.[0-9]{1,5}\Z")


def _grouped_reason(run: str, digits: str, level: int) -> str:
    """A run of digit groups with separators: a phone number unless a decimal number, an ISBN, a version or an
    amount; in an id or a code only when laid out as phone numbers are written; after a business id's label only
    when dialled abroad, or laid out as a code's phone number (a plan's mobile after its trunk prefix, NANP)."""
    count = len(digits)
    if level == BUSINESS:  # (a business's number is grouped by blanks too: `ABN 51 824 753 556`)
        abroad = digits.startswith("00") and digits[2:3] not in ("", "0") and 11 <= count <= 17
        return PHONE if abroad or _grouped_like_phone(run, digits, CODE) else ""
    # brackets around it or at one end (`Android 14 (UP1A.231005.007)`: a build's date and number) are no layout
    bare = run.strip("()") if run[0] == "(" or run[-1] == ")" else run
    if count < 9 or (bare.count(".") == 1 and bare.replace(".", "").isdigit() and not (
            bare[0] == "0" and bare[1] != ".")):
        return ""  # a decimal number (none begins with a trunk `0` before a digit: `01712.345678` is dialled)
    if count == 13 and digits.startswith(("978", "979")) and _gtin(digits) or _isbn10(run, digits):
        return ""  # an ISBN (978-3-16-148410-0, 0-306-40615-2): no phone number begins with 978 or 979
    groups = _DIGIT_GROUPS.findall(run)
    if count in (12, 13, 14) and len(groups[0]) <= 2 and 3 <= len(groups) <= 4 and run.replace(" ", "").isdigit() \
            and _gtin(digits):
        return ""  # a GTIN printed as under its bar code (`4 006381 333931`, `0 36000 29145 2`): its check digit
    if len(groups) >= 4 and digits[0] != "0" and all(len(group) == 2 for group in groups):
        # a list of two-digit numbers (sizes `36 38 40 42 44`); phone numbers in pairs begin with a 0, but an NANP
        # number's ten digits in five pairs apart by blanks, of no list's order, in free text, are its plan's (`41 57
        # 38 29 46`; not a week's dates, `48 (25.11.–01.12.)`)
        return PHONE if level == FREE and len(groups) == 5 and run.count(" ") == 4 and nanp(digits) and not (
            _rising(groups) or _rising(groups[::-1]) or _steps(groups)) else ""
    if run.count(".") >= 2 and _with_version_number(run):
        return ""  # a version number (none begins with a trunk `0` before a digit: `01.71.23.45.67.8` is dialled),
        # alone or beside a release's number, a `+` or a bracket (`Windows 11 10.0.26100.2314`, `… (23H2)`): no phone
        # joins a version's dotted parts to short groups apart
    if _AMOUNT.fullmatch(run) is not None or run.count(".") == 1 and " " in run and digits[0] != "0" and (
            _BUILD_AND_REVISION.search(run) is not None):
        return ""  # (and a build and its revision after a release's number: `Windows 11 22631.4602`, `22H2 19045.5247`)
    if _a_range(run, digits):
        return ""
    if level >= CODE and digits[0] != "0" and len(groups) >= 3 and all(len(group) == 4 for group in groups):
        return ""  # a code's own groups of four (`SN 2411 2910 3045`): a phone number's are not all four digits
    if not _phone_layout(run, groups, digits) or _part_number(run, digits, groups) or _POINT_OF_SALE.fullmatch(
            run) is not None or _shop_groups(run, digits, groups, level):
        return ""
    if level == PRODUCT and count == 9 and national_mobile(digits):
        return ""  # a product's code after its label (`Series 694 216 820`): nine digits of a plan without a trunk
        # prefix are read as a mobile only after a word of free text, and a product's label is none
    if level == FREE or " " in run or "(" in run:
        return PHONE
    if level == ID and (national_mobile(digits) or trunk_mobile(digits)
                        or len(groups[0]) >= 10 and international_mobile(groups[0])):
        return PHONE  # a national plan's mobile in groups (`512-345-678`, `8-916-482-73-19` after Russia's trunk
        # prefix 8), an undialled E.164 with a suffix
    if level == CODE and any(trunk_mobile(group) for group in groups):
        return PHONE  # a code's group that is a plan's mobile after its trunk prefix (a mobile-money reference
        # holding the payer's number: `OM-0612345678-2411`; seventeenth attack)
    return PHONE if _grouped_like_phone(run, digits, level) else ""


def _a_range(run: str, digits: str) -> bool:
    """Whether a run of digit groups is a range of two round amounts (`50000-150000`: no phone number has two round
    groups), or of two amounts in thousands, the lower first (`55.000 – 65.000 € brutto/Jahr`; closer 183)."""
    low_high = _RANGE.fullmatch(run)
    if low_high is not None and int(low_high.group(1)) < int(low_high.group(2)):
        return True
    low, dash, high = run.partition("-")
    return bool(dash) and digits[0] != "0" and (_amount_range(low.rstrip(), high.lstrip()) or _thousands_range(
        low, high))


# A round amount in thousands grouped by a blank, as French, German, Swedish or Spanish write it (`38 000`), before or
# after a range's dash between blanks.
_BLANK_THOUSANDS = re.compile(r" ?[1-9][0-9]{0,2} [0-9]00 ?")


def _a_phones_or_accounts_label(text: str, start: int, end: int) -> bool:
    """Whether a phone's label, a call's word, an account's word or a number's (`Kontonummer`, `Rufnummer`) is among
    the words before `start` of `text` (closer 202): a salary's range is labelled by its pay's word, so two groups of
    round hundreds after a phone's label are a phone's (`Tel: 38 000 – 42 000`), as lottery_draws' runs are. Words
    between the label and the groups are a person's name only when no currency's sign follows the groups at `end`
    (closer 212, review 38: `Call Centre Lead 30 000 – 34 000 €` is a job's title and its salary)."""
    words = _words_before(text, start)
    labels = [at for at, word in enumerate(words) if word in PHONE_LABEL_WORDS or word in _ACCOUNT_CUES or (
        word in _CALL_WORDS) or word.endswith(("nummer", "number")) and word not in ("nummer", "number")]
    return bool(labels) and (_labels_its_number(words[labels[-1] + 1:]) or _PRICED.match(text, end) is None and (
        _names_its_person(text, start, len(words) - labels[-1] - 1)))


# (a currency's sign after a run of digit groups: an amount's, `… 34 000 €`)
_PRICED = re.compile(f"[ \\t]{{0,3}}{greetings.CURRENCY_SIGN}")


def _labels_its_number(after: List[str]) -> bool:
    """Whether the words `after` a phone's, a call's or an account's word up to a number leave that word the number's
    label (closer 206): none, a number's word, a possessive or a short function word (`Tel. no`, `Ring mig`, `Call me
    on`, German `Ruf an unter`: _CALL_PHRASE_WORDS); a noun after it makes it that noun's modifier, a job's title or a
    measure (`Account Manager`, `Call Centre Agent salary`, `Phone Sales`, `Call volume`), and the range after it a
    salary's or a count's."""
    return all(word in NUMBER_LABEL_WORDS or word in NUMBER_POSSESSIVES or word in _LINE_KINDS or len(word) <= 3
               or word in _CALL_PHRASE_WORDS for word in after)


# (closer 209, review 37) The function words of four letters or more a call's phrase puts before its number, by
# language: a preposition, a pronoun (`Ruf mich an unter …`, `Bel ons onder …`), folded as the canonical form is
# (German `über` is read as `uber`).
_CALL_PHRASE_WORDS = frozenset("unter uber under onder naar mich".split())
# The endings of an agent's noun, a trade's or a role's (`Handler`, `Developer`, `Operator`, `Accountant`,
# `Executive`, `Telefonistin`), or a plural (`Sales`): no given name's.
_AGENT_OR_PLURAL = ("er", "or", "ant", "ent", "ist", "ive", "in", "s")


def _names_its_person(text: str, start: int, count: int) -> bool:
    """(closer 209, review 37) Whether the `count` words (one or two) before `start` of `text`, after a phone's label,
    are a person's name whose line it is (`Tel. Orla: …`, `Phone Orla Quenby …`): capitalized, words no vocabulary
    holds (lower_case_names.a_name_word), the first a known given name (given_names: `Peter`, `James`) or no agent's
    noun nor a plural by its ending (_AGENT_OR_PLURAL: `Call Handler`, `Phone Sales`, `Account Manager` are jobs'
    titles before a salary)."""
    if not 1 <= count <= 2:
        return False
    words = _words_as_written_before(text, start)[-count:]  # (as written: a name's capital read)
    return all(word[:1].isupper() and word[1:].islower() and lower_case_names.a_name_word(word.casefold())
               for word in words) and (given_names.a_given_name(words[0])
                                       or not words[0].casefold().endswith(_AGENT_OR_PLURAL))


# Which of a person's lines a phone's label names, by language (`Tel. privat`, `Phone home`): still its number's.
_LINE_KINDS = frozenset("home work office private direct privat dienstlich prive travail bureau casa lavoro".split())


def _thousands_range(low: str, high: str) -> bool:
    """Whether the two sides of a dash are round amounts in thousands grouped by a blank, the lower first, with a
    blank on each side of the dash (`38 000 – 42 000 € brut/an`, a salary's range; closer 195): a phone's groups
    are not two round amounts in rising order around a spaced dash."""
    return low.endswith(" ") and high.startswith(" ") and _BLANK_THOUSANDS.fullmatch(low) is not None and (
        _BLANK_THOUSANDS.fullmatch(high) is not None) and int(low.replace(" ", "")) < int(high.replace(" ", ""))


def _part_number(run: str, digits: str, groups: List[str]) -> bool:
    """Whether two or three dashed digit groups are a maker's part number by a group of five digits or more opening
    with 0 after a first of three (`910-006559`, `Garmin 010-02641-10`): a subscriber's number after an area code or
    a mobile's prefix opens with no 0, the trunk prefix (not after `00`, dialled abroad; national ids are laid out in
    more groups: `1-1037-00123-45-8`, `27-01-71-01234`)."""
    return len(groups) <= 3 and len(groups[0]) == 3 and digits[1] != "0" and run[3] == "-" and "-" * (
        len(groups) - 1) == run.translate(_NOT_DASH) and any(len(group) >= 5 and group[0] == "0"
                                                            for group in groups[1:])


_NOT_DASH = str.maketrans("", "", "0123456789")


def _with_version_number(run: str) -> bool:
    """Whether a run's parts between blanks are a version number (three dotted numbers or more, one of one digit or
    of five after a dot: _VERSION_GROUP, `10.0.26100.2314`; no trunk `0` before a digit opening them) and numbers of
    two digits at most beside it (a release's `11`, a bracket's `(23`)."""
    version = False
    for part in run.split(" "):
        part = part.strip("+()")
        if part.count(".") >= 2 and part.replace(".", "").isdigit() and _VERSION_GROUP.search(
                part, part.index(".")) is not None and not (part[0] == "0" and part[1] != "."):
            version = True
        elif len(part) > 2:
            return False
    return version


# A marketplace's order number in its own groups, two, five and five digits joined by dashes (eBay's `12-34567-89012`):
# no plan writes a phone number so but a country code of two digits before ten (India's `91-98765-43210`), which
# _dialled_in_groups reads.
_MARKETPLACE_ORDER = re.compile(r"[0-9]{2}-[0-9]{5}-[0-9]{5}")


# A model's number in three groups after a product's label, four, three and three digits joined by blanks (`Modell
# 0123 456 800`): a phone number there only as _dialled_in_groups reads it (no NANP number is grouped 4-3-3).
_MODEL_GROUPS = re.compile(r"[0-9]{4} [0-9]{3} [0-9]{3}")


def _shop_groups(run: str, digits: str, groups: List[str], level: int) -> bool:
    """Whether digit groups are a shop's number by their layout and no phone number (_dialled_in_groups): eBay's
    order number in free text (`12-34567-89012`), a model's number after a product's label (`Modell 0123 456 800`),
    a code's blocks of four digits and its check digit after a last dash, no trunk `0` before (`1001-0042-7`: no
    plan writes a group of one digit last after blocks of four; `123-456789-0` is a phone's groups), three groups of
    three or four digits apart by single blanks after an article's label, no trunk `0` before (`Art.-Nr. 415 738
    2946`: the article's number, as the unbroken run is; `SKU-1,98452 17306` is a CSV line's phone, `EAN 8
    96385074` a number's two groups; closer 73); a booking's ten digits in four, three and three apart by dots in an id
    (`3512.441.209`: _DOTTED_BOOKING, closer 128)."""
    if run[0] != "0" and (run[-2:-1] == "-" and {len(group) for group in groups[:-1]} == {4} and run.count(
            "-") == len(groups) - 1 or (
            level == PRODUCT and len(groups) == 3 and run.count(" ") == 2 and run.replace(" ", "").isdigit() and (
                {len(group) for group in groups} <= {3, 4}))):
        return not _dialled_in_groups(digits)
    return (level == FREE and run[2:3] == "-" and _MARKETPLACE_ORDER.fullmatch(run) is not None or (
        level == PRODUCT and run[4:5] == " " and _MODEL_GROUPS.fullmatch(run) is not None) or (
        level >= ID and run[4:5] == "." and _DOTTED_BOOKING.fullmatch(run) is not None)) and not (
        _dialled_in_groups(digits))


# (closer 128) A booking platform's confirmation number, ten digits in groups of four, three and three apart by dots
# (`3512.441.209`), in an id or after a code's label: no national plan writes a phone number so without its trunk `0`
# (Australia's `0412 345 678` has it), so the groups are no phone's unless dialled (_dialled_in_groups).
_DOTTED_BOOKING = re.compile(r"[1-9][0-9]{3}\.[0-9]{3}\.[0-9]{3}")


def _dialled_in_groups(digits: str) -> bool:
    """Whether the digits of a code's groups (after a product's label: `Modell 0123 456 800`; in a marketplace's
    order number) are a phone number still: dialled abroad (`00…`), a plan's mobile after its trunk prefix or its
    country code, or a two-digit country code before as many digits as its plan has."""
    count = len(digits)
    if digits.startswith("00"):
        return digits[2:3] not in ("", "0") and 11 <= count <= 17
    lengths = _NATIONAL_LENGTHS.get(digits[:2])
    return trunk_mobile(digits) or international_mobile(digits) or lengths is not None and (
        lengths[0] <= count - 2 <= lengths[1])


def _phone_layout(run: str, groups: List[str], digits: str) -> bool:
    """Whether digit groups can be a phone number as national plans write them: not a lone `0` before groups of
    three (a part number: `0 986 452 041`; a trunk 0 is written with the area code), nor twelve digits or more
    without a trunk 0 and without a country code written apart that fit no country's length after its code
    (`7489 1234 5678`: +7 numbers have 10), unless a phone number comes before a short suffix (`650.555.0199-01`,
    `46701234567_1`)."""
    if groups[0] == "0" and len(groups) >= 4 and all(len(group) == 3 for group in groups[1:]):
        return False
    if len(digits) < 12 or digits[0] == "0" or len(groups[0]) <= 3 or digits[0] != "1" and _fits_country(digits):
        return True
    return len(groups[-1]) <= 4 and _bare_phone(digits[:-len(groups[-1])])


def _bare_reason(digits: str, level: int) -> bool:
    """Whether a run of digits alone is a phone number: by its shape in free text; in an id only when written the
    way phone numbers are dialled (0…, 00…); in a labelled code only when dialled abroad (00…) or a national
    plan's mobile number with its trunk prefix (phone_plans.py)."""
    count = len(digits)
    abroad = digits.startswith("00") and digits[2:3] not in ("", "0") and 11 <= count <= 17
    if level == PRODUCT:  # a product's code (`ART 0712345678`): only a number dialled abroad, not a GTIN by its GS1
        # check digit (`GTIN 0036000291452`: a UPC-A written as a GTIN-13) unless a plan's mobile after its code
        return abroad and not (12 <= count <= 14 and _gtin(digits) and not international_mobile(digits[2:]))
    if level == BUSINESS:  # a business's number may begin with `00` (Italy's `Partita IVA 00743110157`): dialled
        # abroad only when its country's plan has that length after the code
        return abroad and _fits_country(digits[2:]) or trunk_mobile(digits)
    if level >= CODE:  # a code label: a mobile number with its trunk prefix is still one (`order 0701234567`)
        return abroad or trunk_mobile(digits)
    if level == ID:  # a trunk 0, or a national plan's other trunk before a mobile number (`89123456789`)
        return digits[0] == "0" and digits[1:2] != "0" and 10 <= count <= 11 or abroad or trunk_mobile(digits)
    return _bare_phone(digits)


_CHANNELS = re.compile(r"(?:(?:25[0-5]|2[0-4][0-9]|1?[0-9]{1,2}),){2,3}[01]?\.[0-9]+")


def _comma_reason(run: str, text: str, start: int, level: int, segments: bool) -> str:
    """A run holding a comma: an amount (`1,000,000.00`), a phone number grouped by commas (`650,555,0173`), or
    a list of numbers (`1234567,2345678`), each judged alone."""
    if _AMOUNT.fullmatch(run) is not None:
        # four groups up to 255 are an IPv4 address written with commas for dots (`185,199,108,153`), read as dotted
        return IP_ADDRESS if run.count(",") == 3 and _holds_ipv4(run.replace(",", ".")) else ""
    low, dash, high = run.partition("-")
    if dash and _amount_range(low.rstrip(), high.lstrip()):
        return ""
    # every group of four digits or fewer, but a list of numbers up to 255 ending in a fraction (an RGBA colour's
    # channels, `255,128,0,0.5`)
    if _FIVE_DIGITS.search(run) is None and not ("." in run[run.rfind(","):] and _CHANNELS.fullmatch(
            run.strip("()")) is not None):
        return _number_reason(run.replace(",", "-"), text, start, start + len(run), False, segments, level)
    return _parts_reason(run, ",", text, start, False, segments, level)


_STAND_INS = frozenset(LETTERS_FOR_DIGITS)
_DIGITS_AND_STAND_INS = frozenset("0123456789" + LETTERS_FOR_DIGITS)


def _amount_range(low: str, high: str) -> bool:
    """Two amounts joined by a dash, the lower first: a range of prices (`1,000.00 - 2,000.00`)."""
    return _AMOUNT.fullmatch(low) is not None and _AMOUNT.fullmatch(high) is not None and _whole(low) < _whole(high)


def _whole(amount: str) -> int:
    groups = _DIGIT_GROUPS.findall(amount)  # groups of thousands have three digits: a shorter last one is cents
    return int("".join(groups[:-1] if len(groups[-1]) < 3 else groups))


def _stand_in_beside(form: str, position: int) -> bool:
    """Whether `form[position]`, next to a digit run, is a letter standing in for a digit: O, o, l or I in a token
    of digits and such letters that is not part of a word (`O7700`, `0l73`; not `dbP0l7Mn`, `Hello`). The token
    is looked at up to 16 characters each way (no phone token is longer), so each run costs a bounded time."""
    if not 0 <= position < len(form) or form[position] not in LETTERS_FOR_DIGITS:
        return False
    first = position
    while first > 0 and form[first - 1] in _DIGITS_AND_STAND_INS and position - first < 16:
        first -= 1
    last = position + 1
    while last < len(form) and form[last] in _DIGITS_AND_STAND_INS and last - position < 16:
        last += 1
    return not (first > 0 and (form[first - 1].isalpha() or form[first - 1] in _DIGITS_AND_STAND_INS)) and not (
        last < len(form) and (form[last].isalpha() or form[last] in _DIGITS_AND_STAND_INS))


# More letters read as digits in a phone's groups (`4I5-8E9-Z746`, `OG 7I 3B SZ 9A`): beside O, l and I (which any
# digit run may hold: canonical.digits_for_letters), Z for 2, S for 5, B for 8, G for 6, E for 3 and A for 4, in
# three groups or more of up to five characters joined by one repeated blank, `.` or `-`, where the groups, of three
# characters at least, hold more digits than letters and read as a phone of 10 to 12 digits in free text (a
# variant's `3B 5E 2A` is no phone's pairs; an id's code mixes letters and digits), or where read they open with a
# trunk 0 or a `+` and are laid out as a phone (_one_number: groups of one width, no list's steps).
# (a group of letters alone has two at most: a word of three or more, `ISO 9001 2015`, `BOSE 700 1000`, is a standard's
# or a brand's name before its numbers, not a group of digits; the lookahead bounds each group to five characters)
_LETTERED_GROUP = ("(?=[0-9OolIZSBGEA]{1,5}(?![0-9OolIZSBGEA]))"
                   "(?:[OolIZSBGEA]{1,2}(?![0-9OolIZSBGEA])|[OolIZSBGEA]*[0-9][0-9OolIZSBGEA]*)")
_LETTERED_RUN = re.compile(rf"(?<![^\W_])\+?{_LETTERED_GROUP}([ .-]){_LETTERED_GROUP}(?:\1{_LETTERED_GROUP}){{1,6}}"
                           r"(?![^\W_])")
_LETTERS_AS_DIGITS = str.maketrans("OolIZSBGEA", "0011258634")


def _lettered_phone_reason(form: str, id_like: bool) -> str:
    """PHONE when canonical `form` holds a phone's groups written with letters for digits (_LETTERED_RUN), or ""."""
    for match in _LETTERED_RUN.finditer(form):
        run = match.group()
        reading = run.translate(_LETTERS_AS_DIGITS)
        digits = len(run) - len(run.translate(_NOT_ASCII_DIGITS))
        letters = len(run.replace(match.group(1), "").lstrip("+")) - digits
        if not letters:
            continue
        if run[0] in "ZSBGEA" and all(group[:1] == run[0] for group in run.split(match.group(1))):
            continue  # one letter opening every group is a series' models (`S20 S21 S22 S23`, `E30 E36 E46`; O,
            # l and I read as digits in any run: `O6 O2 …` stays a phone's)
        groups = reading.split(match.group(1))
        if not id_like and digits > letters and 10 <= digits + letters <= 12 and min(map(len, groups)) >= 3 and (
                _number_reason(reading, form, match.start(), match.end(), id_like) == PHONE):
            return PHONE
        if reading[0] in "0+" and _one_number(groups):
            return PHONE
    return ""


def _holds_iban(form: str) -> bool:
    glued = _GLUED_IBAN.finditer(form) if "IBAN" in form or "iban" in form or "Iban" in form else ()
    return any(_iban(match.group(), match.group(1) is not None) for match in _IBAN.finditer(form)) or any(
        _iban(match.group(1)) for match in glued)


# A SEPA creditor identifier (closer 103): the company collecting direct debits prints it on every customer's mandate,
# no one's account. Its layout: a country's two letters, two check digits, a business code of three letters and digits
# (`ZZZ` unless the creditor chose one: a letter at least, no IBAN's bank digits), the national id (up to 28 letters
# and digits); its check is ISO 7064's mod 97 over the national id, the country and the check digits, the business
# code left out (`DE98ZZZ09999999999`, the Bundesbank's sample). Its national id's digits are no phone number.
_CREDITOR_ID = re.compile(r"(?<![0-9A-Za-z])([A-Z]{2})([0-9]{2})(?=[0-9A-Z]{0,2}[A-Z])[0-9A-Z]{3}([0-9A-Z]{1,28})"
                          r"(?![0-9A-Za-z])")


def _creditor_id(text: str, start: int, end: int) -> bool:
    """Whether the run of digits at `start`..`end` of `text` is the national id of a SEPA creditor identifier, its
    check right (above)."""
    opening = start
    while opening > 0 and start - opening < 36 and text[opening - 1].isalnum():  # (to the token's start, 36 at most)
        opening -= 1
    match = _CREDITOR_ID.match(text, opening)
    if match is None or not match.start(3) <= start < end <= match.end(3):
        return False
    number = "".join(str(int(char, 36)) for char in match.group(3) + match.group(1)) + match.group(2)
    return int(number) % 97 == 1


# (its groups are joined by blanks or dashes as printed, by `.`, `/` or `_` as typed or put in a slug: _IBAN)
_IBAN_SEPARATORS = str.maketrans("", "", " ./_-")


# A Mexican CLABE: eighteen digits, the last the check of the seventeen before it (weights 3 7 1, each product mod
# 10). One number in ten of that length passes, as many ids' do (a snowflake id, an order's): read only after a
# transfer's word (TRANSFER_WORDS: `transferir a 0141…`), never alone; after its own label it is read as any number
# after a personal label is (`CLABE:`).
_CLABE_WEIGHTS = ((3, 7, 1) * 6)[:17]


def _clabe_after_transfer(digits: str, text: str, start: int) -> bool:
    tokens = _label_tokens(text, start)[0] if start else []
    if not tokens or not (tokens[0] in TRANSFER_WORDS or tokens[-1] in TRANSFER_WORDS):
        return False
    total = sum(int(digit) * weight % 10 for digit, weight in zip(digits[:17], _CLABE_WEIGHTS, strict=True))
    return (10 - total % 10) % 10 == int(digits[17])


def _iban(candidate: str, exact: bool = False) -> bool:
    """Whether `candidate` opens with an IBAN (`exact`: is one, at its country's length, a listed country's; a
    listed country's too when its letters stand apart, closer 236: `EN 12472 2020 …` is a standard's number)."""
    if candidate[2:3] == " " and candidate[:2] not in _IBAN_LENGTHS:
        return False
    compact = candidate.translate(_IBAN_SEPARATORS).upper()
    length = _IBAN_LENGTHS.get(compact[:2], 0 if exact else len(compact))
    if len(compact) < length or exact and len(compact) != length:
        return False
    compact = compact[:length]
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


_HEX_GROUP = re.compile(r"[0-9a-fA-F]{1,4}")


def _ipv6(run: str) -> bool:
    """An IPv6 address other than the loopback and unspecified ones (RFC 4291 text forms, IPv4 tail aside)."""
    candidate = run.strip(".")
    if candidate.count(":") < 2 or len(candidate) > 39 or ":::" in candidate or candidate.count("::") > 1:
        return False
    head, compressed, tail = candidate.partition("::")
    groups = [group for part in (head, tail) if part for group in part.split(":")]
    if not all(_HEX_GROUP.fullmatch(group) for group in groups):
        return False
    if len(groups) != 8 and not (compressed and len(groups) < 8):
        return False
    return any(int(group, 16) for group in groups[:-1]) or (bool(groups) and int(groups[-1], 16) > 1)


def _encoded_reason(form: str, id_like: bool) -> str:
    """Personal data in a run of base64 characters that decodes to text: hex of text (judged whole, as the value
    would be); EMAIL_BASE64 or BASE64 when base64 decodes to an address, or to printable text holding a dialled
    phone number, an IP address or another number of a checkable shape (`KzE2NTA1NTUwMTcz`), or, read at each of
    its four alignments, to bytes that begin or end with an address (_glued_address); the same for base32
    (EMAIL_BASE32, BASE32) in a run of upper-case letters and digits 2 to 7; EMAIL for hex that Cloudflare's key
    byte hides an address in (_keyed_hex); else ""."""
    if form == _nothing_encoded[0]:
        return ""
    hexed = False
    for run in _base64_runs(form) if "/" in form else _BASE64_RUN.findall(form):  # (pieces only where `/` is)
        if len(run) >= 14 and _HEX_14.search(run) is not None:  # its pieces between `-`, `_`, `/`, `+` that are hex
            hexed = True
            for piece in _HEX_PIECE.finditer(run):  # (digits alone are a number: an id, an order number)
                decoded = hex_text(piece.group()) if not len(piece.group()) % 2 and not piece.group().isdigit() else ""
                found = reason(decoded, id_like, other_readings=False) if decoded else ""
                found = found or _keyed_hex(piece.group())
                if found:
                    return found
        if run.islower() and not run.isalnum() or run.isdigit():
            continue  # the base64 of an address mixes upper and lower case: a word, a slug or a number does not
        if run.islower():  # but base32 is read in either case (RFC 4648 decoders take lower case)
            run = run.upper()
        if run.isupper():  # upper-case letters and digits: a word or a code, or base32 (`A`-`Z`, `2`-`7`)
            run = run.rstrip("=")
            if len(run) >= _MIN_BASE32_RUN and not run.translate(_BASE32_ALPHABET) and len(run) % 8 not in (1, 3, 6):
                try:
                    found = _bytes_reason(base64.b32decode(run + "=" * (-len(run) % 8)), EMAIL_BASE32, BASE32)
                except (binascii.Error, ValueError):
                    found = ""
                if found:
                    return found
            continue
        run = run.rstrip("=").replace("-", "+").replace("_", "/")
        # (base64 characters alone, padded to whole groups: nothing for the decoder to refuse; a run of 4k + 1 is no
        # base64 as a whole, its last character of 6 bits holding no byte)
        found = _bytes_reason(a2b_base64(run + "=" * (-len(run) % 4)), EMAIL_BASE64, BASE64) if len(
            run) % 4 != 1 else ""
        found = found or _glued_address(run)
        if found:
            return found
    if not hexed:
        _nothing_encoded[0] = form
    return ""


def _base64_runs(form: str) -> Iterator[str]:
    """Each run of base64 characters in `form`, then, when it holds `/`, each piece of it between `/` long enough
    for the base64 of an address: base64's own `/` glues a link's path segments into one run
    (`/m/<base64 of an address>/8f3a2b1c` in text or an id), which a URL's path reading splits, and each two pieces
    side by side glued, where a `/` was put inside the address's run (each character is in four readings at most:
    linear)."""
    for match in _BASE64_RUN.finditer(form):
        run = match.group()
        yield run
        if "/" in run:
            pieces = run.split("/")
            for piece in pieces:
                if len(piece) >= _MIN_BASE64_PIECE:
                    yield piece
            # (two pieces side by side glued again: a `/` put inside an address's run cuts it, `am8uc21pdG/hAZXhh…`)
            for first, second in zip(pieces, pieces[1:], strict=False):
                if first and second and len(first) + len(second) >= _MIN_BASE64_PIECE:
                    yield first + second


_MIN_BASE64_PIECE = 11  # (as _BASE64_RUN's shortest)


# The last form _encoded_reason found nothing in, whatever the mode: `id_like` only reaches the judgment of hex
# pieces (none there). A value is often judged twice, as text and as an id (an fbclid: value_reason, then
# click_id_reason): the second judgment pays no decoding again.
_nothing_encoded: List[str] = [""]


def _glued_address(run: str) -> str:
    """EMAIL_BASE64 when base64 `run`, read from its first, second, third or fourth character, decodes to bytes that
    end in an address (the base64 of an address glued after a prefix: `p2ANqtz-` + base64url), or when it decodes
    to bytes that begin with one (an address before a binary signature): the run as a whole is no text. The four
    readings are decoded in one call: the run padded to whole groups of four, then seven `A` (zero bits), four times
    over, each copy beginning one character further back in its group, zero bytes after each. An address in the
    middle of random bytes is not looked for: random tokens hold such shapes by chance (a few in a million)."""
    raw = a2b_base64((run + _GROUP_PADDING[len(run) % 4] + "AAAAAAA") * 4)
    head = _PRINTABLE_STRETCH.match(raw)
    if head is not None and b"@" in head.group() and _holds_email(head.group().decode("ascii")):
        return EMAIL_BASE64
    tail = _DOMAIN_AT_END.search(raw)  # (an `@` and a domain's characters, then zero bytes: rare)
    while tail is not None:
        start = tail.start()
        while start > 0 and start > tail.start() - 64 and 0x21 <= raw[start - 1] <= 0x7e:  # its local part
            start -= 1
        if _holds_email(raw[start:tail.end() - 2].decode("ascii")):
            return EMAIL_BASE64
        tail = _DOMAIN_AT_END.search(raw, tail.end())
    return ""


def _keyed_hex(run: str) -> str:
    """EMAIL when hex `run` (byte pairs) is an address as Cloudflare's email protection writes it
    (`/cdn-cgi/l/email-protection#` + hex, `data-cfemail="..."`): its first byte a key, XOR-ed onto each following
    byte, gives printable ASCII holding an address."""
    if len(run) < 18 or len(run) % 2:  # the key and the 8 bytes of `jo@x.com`
        return ""
    raw = bytes.fromhex(run)
    text = raw[1:].translate(_XOR_TABLES[raw[0]])
    return EMAIL if b"@" in text and _PRINTABLE_STRETCH.fullmatch(text) is not None and _holds_email(
        text.decode("ascii")) else ""


# Base85 (RFC 1924, Git's and Python's alphabet) and Ascii85 (Adobe's, `!` to `u`): a run of printable characters
# between blanks or quotes that mixes upper and lower case and holds punctuation base64 has not is read decoded too.
_BASE85_RUN = re.compile(r'(?<![!#-~])[!#-~]{10,320}(?![!#-~])')
_BASE85_PUNCTUATION = re.compile(r"[!#$%&()*;<>?@^`{|}~]")


def _base85_reason(form: str) -> str:
    for match in _BASE85_RUN.finditer(form):
        run = match.group()
        if run.islower() or run.isupper() or run.isalnum() or _BASE85_PUNCTUATION.search(run) is None:
            continue
        for decoder in (base64.b85decode, base64.a85decode):
            try:
                found = _bytes_reason(decoder(run), EMAIL_BASE85, BASE85)
            except ValueError:
                continue
            if found:
                return found
    return ""


# The bytes printable UTF-8 text may hold: tab, line breaks, printable ASCII, and every byte of a longer character.
_TEXT_BYTES = b"\t\n\r" + bytes(range(0x20, 0x7F)) + bytes(range(0x80, 0x100))


def _bytes_reason(raw: bytes, email: str, other: str) -> str:
    """`email` when decoded bytes are text holding an address, `other` when they are text holding other personal
    data with seven digits or more (random bytes, a click id or a token, are almost never printable text with
    seven digits). The text is judged as a value is, so what it encodes again (`%40`, `&#64;`, base64 of
    base64) is decoded too: each layer is shorter than the one around it, so the work stays linear."""
    # (UTF-16's zeros, every other byte's, looked up in the first four first: a click id's `IwAR` opens on `#\0` alone)
    codec = text_codec(raw) if len(raw) >= 4 and (not raw[0] and not raw[2] or not raw[1] and not raw[3]) else "utf-8"
    if codec == "utf-8" and raw.translate(None, _TEXT_BYTES):
        return ""  # a control byte: in UTF-8 a byte below 0x80 is a character of its own, never printable text
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        return ""
    if not text.replace("\n", "").replace("\r", "").replace("\t", "").isprintable():
        return ""
    found = reason(text, id_like=True, other_readings=False)
    if found in (EMAIL, EMAIL_BASE64, EMAIL_BASE32, EMAIL_BASE85):
        return email
    # (or a file's name holding a person's, `CV_<Given>_<Family>.pdf` encoded as an id: random bytes decode to no text
    # ending in a file's extension; closer 183)
    return other if found and (sum(48 <= byte <= 57 for byte in raw) >= 7 or found == personal_documents.PERSON_NAME
                               and personal_documents.a_files_name(text)) else ""


# A token's run worth decoding for its keys (a JWT's payload, a base64 cookie, hex of text): long enough for the
# shortest `{"ln":"x"}`, at most _MAX_DECODED_RUNS of them a value.
_TOKEN_RUN = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
_MAX_DECODED_RUNS = 4


def decoded_texts(form: str) -> List[str]:
    """The text that the base64, base64url or hex runs of `form` decode to, when printable UTF-8 (a JWT's claims, a
    base64 form body), for its keys to be read as any text's are (privacy.embedded_reason); random tokens decode to
    no text. Each run is decoded once: the work is linear in `form`."""
    texts: List[str] = []
    for match in _TOKEN_RUN.finditer(form):
        if len(texts) >= _MAX_DECODED_RUNS:
            break
        run = match.group()
        if run.isdigit() or run.islower() and not run.isalnum():
            continue  # (a number, a slug)
        if not len(run) % 2 and not run.translate(_NOT_HEX):
            text = hex_text(run)
        else:
            run = run.rstrip("=").replace("-", "+").replace("_", "/")
            raw = a2b_base64(run + "=" * (-len(run) % 4)) if len(run) % 4 != 1 else b""
            if raw.translate(None, _TEXT_BYTES):
                continue
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                continue
            text = text if text.replace("\n", "").replace("\r", "").replace("\t", "").isprintable() else ""
        if text:
            texts.append(text)
    return texts


# The rest of an address's domain after the first dot, and its top-level domain: two characters or more up to the
# first digit, `-` or `_` (`.se-1001` is an address glued to a code; `react@18.2.0` has none), not a file extension
# (`logo@2x.png`, `product-42@2x.jpg`); `.zip` and `.mov` are real top-level domains and stay addresses.
_DOMAIN_REST = re.compile(f"[^{_NOT_ADDRESS}?#&=]*")
_TOP_LEVEL = re.compile(r"[^\d_~-]*")
_FILE_EXTENSIONS = frozenset(
    "png jpg jpeg gif webp svg avif bmp ico tif tiff heic pdf js mjs css map html htm json xml txt csv mp4 webm mp3 "
    "wav ogg woff woff2 ttf otf eot gz tgz".split())


def _holds_email(form: str) -> bool:
    for match in _EMAIL_INSIDE.finditer(form):
        domain = form[match.start() + 2:_DOMAIN_REST.match(form, match.end()).end()]  # type: ignore[union-attr]
        last = domain.rstrip(".").rpartition(".")[2].lower()
        top = last if last.startswith("xn--") else _TOP_LEVEL.match(last).group()  # type: ignore[union-attr]
        if len(top) >= 2 and (top not in _FILE_EXTENSIONS or _named_file(domain) or (
                ("_" in domain or "-" in domain or "~" in domain) and _ended_before_file_words(domain))):
            return True
    return False


def _ended_before_file_words(domain: str) -> bool:
    """Whether an address's domain ends at a top-level domain of `com`, `net`, `org`, `edu`, `gov` or a country's two
    letters followed by `_`, `-` or `~` (as some uploaders join) and a file name's words before the file's extension
    (`jo@example.com_invoice.pdf`, `jo@example.co.uk-passport.jpg`, `jo@example.nl~factuur.pdf`): the domain is
    read up to the mark (as `jo@example.se-1001` is), its first label holding a letter and no image's scale
    (`icon@2x.de-DE.png` is an image's)."""
    labels = domain.rstrip(".").split(".")
    name = labels[0]
    if len(labels) < 3 or name[:-1].isdigit() and name[-1:] in ("x", "X") or not any(
            letter.isalpha() for letter in name):
        return False
    for label in labels[1:-1]:
        top = _TOP_LEVEL.match(label).group()  # type: ignore[union-attr]
        if len(top) < len(label) and label[len(top)] in "_-~" and label[len(top) + 1:len(top) + 2].isalnum() and (
                top.lower() in MAIL_TOP_LEVELS or len(top) == 2 and top.isascii() and top.isalpha()):
            return True
    return False


def _named_file(domain: str) -> bool:
    """An address named as a file's name (`invoice_jo@example.com.pdf`): before the file's extension, a domain with a
    dot and a top-level domain of `com`, `net`, `org`, `edu`, `gov` (MAIL_TOP_LEVELS, as for an address spelled with
    `=`) or a country's two letters, its first label no image's scale (`logo@2x.png`, `icon@1.5x.de.png`) nor a
    version's number."""
    labels = domain.rstrip(".").split(".")
    if len(labels) < 3:
        return False
    top, name = labels[-2].lower(), labels[0]
    return (top in MAIL_TOP_LEVELS or len(top) == 2 and top.isascii() and top.isalpha()) and not (
        name[:-1].isdigit() and name[-1:] in ("x", "X")) and any(letter.isalpha() for letter in name)


# A User-Agent is products (`name/version`) and comments in parentheses (RFC 9110, 10.1.5): its versions and build
# ids (`Chrome/120.0.0.0`, `Build/TP1A.220624.014`, `FBBV/612345678`) are shaped like IP addresses and numbers. In
# its canonical form (digits of any script, Unicode dots and dashes, `%2E`: as everywhere) the products are set aside
# (`Opera Mini/36.2.2254/119.132` too, and the hex build WeChat glues to one: `MicroMessenger/8.0.43(0x18002b2d)`),
# and so is a word of letters ending in digits (`x86_64`, `Win64`; not after O, o, l or I, which stand for digits:
# `O8O3`; not past twelve digits: an IBAN is no model's word); the parentheses of each comment holding a letter
# become `;` (a phone number after `(Linux; Android 14)` is not glued to its 14; the `(+234)` of a phone number
# stays). The rest (platform words, numbers, and whatever is no product: URIs, `key=value`, JSON, host names, an
# address with a port or a mask, IPv6) is judged as an id is. An email
# address is looked for in the whole string.
_UA_EDGE = r"\s;(),\[\]"  # what bounds a token (a character class's body)
# (but a letter, a slash and a letter alone are an abbreviation, no product: `S/o`, `w/o`; tried after the first letter,
# where a product's name goes on or its slash comes, so that no product pays for a lookahead)
_UA_PRODUCT = (r"[A-Za-z](?:[A-Za-z0-9_.-]+/[A-Za-z0-9]|/(?:[0-9]|[A-Za-z](?=[A-Za-z0-9_./-])))[A-Za-z0-9_./-]*"
               r"(?:\(0[xX][0-9A-Fa-f]{1,16}\))?")
_UA_SET_ASIDE = re.compile(f"(?<![^{_UA_EDGE}])(?:{_UA_PRODUCT}"
                           f"|[A-Za-z-]*[A-HJ-NP-Za-km-np-z][0-9]{{1,12}}(?:_[0-9]+)*)(?![^{_UA_EDGE}])")
_UA_COMMENT = re.compile(r"\(([^()A-Za-z]*[A-Za-z][^()]*)\)")  # (each try stops at a parenthesis: linear)
# Most user agents are products, short words and short numbers after a word (`Android 14`, `rv:134.0`) alone: no run
# of more than 6 digits, no 4 dotted numbers, no word of 11 characters (the shortest base64 of an address), nothing
# but ASCII letters, digits, `_-.:/` and blanks: nothing the rule above could find. One match in C tells them (every
# event pays for its user agent), atomic groups keeping it linear; any other user agent is judged by the rule.
_UA_NUMBER = r"(?:[0-9]{1,2}(?:[._][0-9]{1,2}){0,2}|[0-9]{3}(?:[._][0-9]{1,3})?)"  # 6 digits at most, 3 parts
_UA_NOT_STAND_IN = "[A-HJ-NP-Za-km-np-z]"
_UA_WORD = (r"(?=[A-Za-z0-9_-]{1,10}(?![A-Za-z0-9_-]))"
            f"(?:[A-Za-z][A-Za-z_-]*(?<={_UA_NOT_STAND_IN})[0-9]{{1,3}}(?:_[0-9]{{1,2}})?"  # `x86_64`, `Win64`
            f"|[A-Za-z](?:[A-Za-z_-]*(?<={_UA_NOT_STAND_IN})[0-9]{{1,3}}{_UA_NOT_STAND_IN})?[A-Za-z_-]*"  # `SM-A536B`
            f"(?:[: ]{_UA_NUMBER})?)")  # `Android 14`, `rv:134.0`
_PLAIN_UA = re.compile(f"(?:[ ;,()\\[\\]]*+(?>(?:{_UA_PRODUCT}|{_UA_WORD})(?=[ ;,()\\[\\]]|$)))*+[ ;,()\\[\\]]*+")


def user_agent_reason(user_agent: str) -> str:
    """What personal data the visitor's User-Agent holds outside its products, OVER_ALLOWANCE, or ""."""
    # (its plain reading below is a judgment of its own, charged as reason's are: the charge that fits inline)
    global _left_to_judge
    left = _left_to_judge - len(user_agent)
    if left >= 0:
        _left_to_judge = left
    elif not _charged(len(user_agent)):
        return OVER_ALLOWANCE
    # The usual user agent is its own canonical form, the words for "@" and "." searched in it on the way (as_is):
    # not searched again (the same pattern on the same lower case).
    if len(user_agent) > 8 and as_is(user_agent):
        return (_plain_introduced(user_agent) if _plain_user_agent(user_agent, spelled_searched=True) else (
            _user_agent_rest(user_agent))) or _device_owner(user_agent)
    form, settled = canonical(user_agent)
    if not settled:
        return LAYERED
    if "@" in form or "\u24d0" in user_agent:  # `%40`, `(at)`, `＠`, `ⓐ`: as everywhere (past the allowance: refused)
        found = reason(user_agent)
        if found in (EMAIL, OVER_ALLOWANCE):
            return found
    return (_plain_introduced(form) if _plain_user_agent(form) else _user_agent_rest(form)) or _device_owner(form)


def _device_owner(form: str) -> str:
    """PERSON_NAME when a user agent's text anywhere holds a device's name naming its owner (device_owners.py: `…)
    Orla Quenby's iPhone`, `iPhone de Orla`), else ""."""
    return postal.PERSON_NAME if device_owners.OWNER_CUE.search(form) is not None and (
        device_owners.CUE.search(form) is not None and device_owners.named_device(form)) else ""


# What a plain user agent's field must hold to be read as a self-introduction or a title's (_plain_introduced), past
# `m ` and `is `: a field opening with an introduction's first word (self_introductions.FIELD_OPENED) or a title's
# letters (named_in_text.TITLE_LETTERS), in one scan of the detector's own: an ordinary user agent meets neither, and
# reads nothing of either module.
_UA_INTRODUCED_CUE = re.compile(f"{self_introductions.FIELD_OPENED}|{named_in_text.TITLE_LETTERS}")


def _plain_introduced(form: str) -> str:
    """PERSON_NAME when a plain user agent's field (_user_agent_named) is a self-introduction and a name: `m ` or
    `is ` in C first (`I am`, `I'm`, `my name is`; no platform word ends so), or a field opening with an introduction's
    first word (`Chamome`, `Ech`, `Eg`); or an honorific and a name, each field a whole text (named_in_text's titles'
    letters: a title opening a comment, `(Shri Ramesh Gupta ka order)`, follows no word nor line break in the whole
    user agent, but opens its field); both in _UA_INTRODUCED_CUE first, else ""."""
    if "m " in form or "is " in form or _UA_INTRODUCED_CUE.search(form) is not None:
        return named_in_text.introduced_reason(_UA_FIELD_EDGES.sub("\n", form))
    return ""


def _plain_user_agent(form: str, spelled_searched: bool = False) -> bool:
    """Whether canonical `form` is a user agent of products, short words and numbers alone (_PLAIN_UA) with no word
    for "@" or "." among them (`Linux at … dot Linux` spells an address across its products; `spelled_searched`: none
    was found) and no click-to-chat link (`wa.me/234…` is shaped as a product): the rule finds nothing in it."""
    # (a comma that is not the engine's parts an address's short words and numbers: `Android 14; Plot 45, Kampong
    # Ayer, Bandar Seri Begawan`; counted in C first)
    if form.count(",") > form.count("KHTML, like") or _PLAIN_UA.fullmatch(form) is None:
        return False
    lower = form.lower()  # (the link's cue in C substring scans)
    return not ("wa.me/" in lower or "whatsapp.com/send" in lower) and (
        spelled_searched or _SPELLED_ASCII.search(lower) is None)


# A messenger's click-to-chat or click-to-call link (WhatsApp's `wa.me/<number>`, `api.whatsapp.com/send?phone=` and
# `whatsapp://send?phone=`, Viber's `viber://chat?number=` and `viber://add?number=`, LINE's `line://call/`,
# Telegram's `t.me/+`, Signal's `signal.me/#p/+`, `callto:`, `facetime:`, `skype:`), with or without its scheme: the
# link's kind says the number is a phone number, whatever its length or plan, in an id too.
_CLICK_TO_CHAT = re.compile(
    r"(?i)(?<![\w-])(?:wa\.me/|(?:whatsapp\.com/|whatsapp://)send/?\?(?:[^\s;()&]*&)?phone="
    r"|viber://[a-z]+/?\?(?:[^\s;()&]*&)?number=|line://call/|line\.me/r/call/|t\.me/(?=\+)|signal\.me/#p/(?=\+)"
    r"|callto:|facetime(?:-audio)?:|skype:)\+?[0-9]{7,15}(?![0-9])")


# A run of digits standing alone in a user agent, as long as a national id without a check (Kenya's: eight digits;
# Jordan's, ten; Lebanon's, twelve: _unchecked_length), or with one and no layout (ten digits: the Saudi id, Iran's
# national code).
_UA_SHORT_RUN = re.compile(f"(?<![^{_UA_EDGE}])[0-9]{{7,12}}(?![^{_UA_EDGE}])")
# ... and as long as a phone number (judged as in free text: `Android 14; 9845217306`).
_UA_DIGIT_RUN = re.compile(f"(?<![^{_UA_EDGE}])[0-9]{{10,15}}(?![^{_UA_EDGE}])")


# What _PLAIN_UA lets through that the rule reads besides a click-to-chat link (a plain user agent is ASCII): the
# ASCII words for "@" and ".", searched in the lower-cased user agent.
_SPELLED_ASCII = re.compile(SPELLED_WORDS_ASCII)


def _user_agent_labelled(form: str, rest: str) -> str:
    """What a user agent's words say of the values after them, as in text: a click-to-chat link's number (looked for
    before products are set aside: `wa.me/234…` is shaped as one), a UUID after a personal or payment key's label,
    a short number after an identity label."""
    lower = form.lower()  # (`wa.me/` looked for in C first: the pattern only when one is there)
    if ("wa.me/" in lower or "whatsapp.com/send" in lower) and _CLICK_TO_CHAT.search(form) is not None:
        return PHONE
    found = _labelled_uuid(rest) if rest.count("-") >= 4 else ""
    found = found or (NATIONAL_ID if any(
        _unchecked_length(len(run.group()), rest, run.start()) and _identity_label(rest, run.start(), True)
        or len(run.group()) == 10 and checked_id(run.group()) and _identity_label(rest, run.start())
        for run in _UA_SHORT_RUN.finditer(rest)) else "")
    # a chat line's speaker, read before a comment's brackets are set aside (`Client (Jordi Puigcer): …`)
    return found or (postal.PERSON_NAME if named_in_text.spoken(form) else "")


def _user_agent_named(rest: str) -> str:
    """PERSON_NAME when a comment's field of a user agent (`rest`: its products set aside, its fields apart by `;`) is
    a label naming a person, its colon and a name (`(Linux; Android 14; Nom : Mutombo Kabasele)`), as in text; no
    product or platform word has a colon after it (a colon in C first); or a self-introduction and a name."""
    if ":" in rest and postal.labelled_person(rest, _personal_label, names_a_person):
        return postal.PERSON_NAME
    # (a field that is a self-introduction, read as a URL path's segment is: `(Linux; Android 14; I am Tomasz
    # Wiśniewski, recommend shoes)`; twenty-second attack)
    if " " not in rest:
        return ""
    # (and an honorific and a name in a field's running text, each field a whole text: `Android 14; Wish list of Mrs
    # Aoife Kavanagh`, not `the Mr. Potato Head`; twenty-third attack)
    return named_in_text.introduced_reason(_UA_FIELD_EDGES.sub("\n", rest))


# What bounds a user agent's field read as a text of its own (its blanks set aside: `(Linux; I am Legend Edition)`
# is a title's words as a whole). Blanks before the bound are taken from the start of their run only: tried from
# each blank of a long run, they would be scanned again from each (quadratic).
_UA_FIELD_EDGES = re.compile(r"(?:(?<![ \t])[ \t]*)?[;()][ \t]*")


def _user_agent_rest(form: str) -> str:
    """What canonical `form` of a User-Agent holds once its products are set aside (the rule above), or "".
    Judged as an id, but national ids of a shape no build or model number has (more than digits, or twelve digits
    with their check digit, digits whose fields no build has: the Emirates ID, Egypt's) and an id document's number
    after its label are read there as in text (a build's runs of nine to eleven digits would pass a weak id's check:
    they are not looked for). The label, and a Taiwanese id (a letter and nine digits, set aside as a model's word),
    are looked for before products are set aside (a passport number is a word ending in digits), and so is a Hong
    Kong card's number with its check digit in parentheses (`K123456(0)`; only when a parenthesis holding no letter,
    no comment's, is left in `rest`: its letters are set aside there as a model's word)."""
    products = _UA_CHANNEL.sub(_channel_set_aside, form) if "@" in form else form  # (an app's channel: below)
    rest = _UA_COMMENT.sub(r";\1;", _UA_SET_ASIDE.sub(";", products))
    # (an IBAN in a comment, its country and check digits set aside as a model's word: `CH93 0076 2011 6238 5295 7`;
    # the form scanned only when eleven digits, the shortest account's, are left)
    raw = rest.encode("utf-8", "surrogatepass")
    found = reason(rest, id_like=True) or (IBAN if len(raw) - len(raw.translate(None, _ASCII_DIGITS)) >= 11 and any(
        _iban(match.group(), match.group(1) is not None) for match in _IBAN.finditer(form)) else "") or (
        NATIONAL_ID if holds_national_id(rest, True, _code_at, unbroken_twelve=True)
        or _ID_DOCUMENT.search(form) is not None or holds_letter_id(form)
        or ")" in rest and holds_hong_kong_id(form) else "") or _document_number_reason(
        form) or _user_agent_labelled(form, rest) or _user_agent_named(rest) or _user_agent_address(rest) or (
        _user_agent_lines(form) if "\n" in form else "") or _user_agent_fields(form) or _structured_reason(
        form)  # (a comment's fields as free text; a structure's fields)
    # (a phone number said in number words in a comment's field, read as its digits: `Android 14; mobile: nine eight
    # four ...`; twenty-fourth attack; said_numbers counts the six blanks a run needs first)
    if not found and any(_bare_phone(said) for said in assembled.said_numbers(rest)):
        return PHONE
    if not found and rest.count(" ") >= 6 and _spelled_ipv4(assembled.said_address(rest.lower())):
        return IP_ADDRESS  # (an address said aloud: `un huit cinq point quatre sept point …`)
    if found or _UA_DIGIT_RUN.search(rest) is None:
        return found
    # A user agent is no id: a run of digits standing alone between its separators is judged as in free text
    # (`Android 14; 9845217306`; a build's numbers are products or dotted, an app's build number has 9 digits);
    # thirteen digits with the JMBG's birth date and check or Moldova's IDNP check are those ids (no build's fields).
    runs = _UA_DIGIT_RUN.findall(rest)
    if any(len(run) == 13 and (jmbg(run) or idnp(run)) or len(run) == 11 and _cpf(run) and not _gtin(run)
           for run in runs):
        return NATIONAL_ID  # (and eleven digits passing the CPF's checks, read as twelve digits are there)
    return PHONE if any(_bare_phone(run) for run in runs) else ""


# A product naming an app's channel (Taobao's in-app browser: `TTID/227200@taobao_android_10.30.20`): the channel's
# number, `@`, the app's name and its platform joined by `_`, and a dotted version. It is set aside as a product is:
# what follows its `@` ends in a version's numbers, as no domain does (a top-level domain has letters), unless the
# name after `@` is a large mail provider's (`TTID/12345678@qq_com_1.0` is read).
_UA_CHANNEL = re.compile(f"(?<![^{_UA_EDGE}])[A-Za-z][A-Za-z0-9_.-]{{0,30}}/[0-9]{{1,12}}@([A-Za-z]{{2,20}})"
                         f"(?:_[A-Za-z0-9]{{1,20}}){{0,3}}_[0-9]{{1,4}}(?:\\.[0-9]{{1,6}}){{1,3}}(?![^{_UA_EDGE}])")


def _channel_set_aside(match: re.Match[str]) -> str:
    return match.group() if match.group(1).lower() in MAIL_PROVIDERS else ";"


# A comment of a user agent (its parentheses, one comment nested in it: `(NRC: 12/MaYaKa(N)384712)`), its fields apart
# by `;`. Each try stops at the second parenthesis that opens (linear).
_UA_COMMENT_FIELDS = re.compile(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\)")


def _user_agent_fields(form: str) -> str:
    """What a comment's field of canonical `form`, a user agent, holds read as free text, its products and model
    words set aside (_UA_SET_ASIDE: `Build/UP1A.231005.007`, `x86_64`): a label and its value, an IBAN, an address's
    line say there what they say in text (`(Linux; Fartelefon: 21 38 47)`; twenty-eighth attack). What stands outside
    the comments (products, a bare build number or time stamp: `(Linux; Android 14) 1403985710025`) is not read so,
    nor is a field of platform words and short numbers alone (_PLAIN_UA: what one match tells a plain user agent), nor
    a field of digits alone: an app's build number (Instagram's in-app browser ends its comment with one, `1290x2796;
    602977149)`, and a tenth of such numbers pass some national id's check), which the user agent's own rules for a
    run of digits judge (_user_agent_rest)."""
    for comment in _UA_COMMENT_FIELDS.finditer(_UA_SET_ASIDE.sub(" ", form)):
        for field in comment.group(1).split(";"):
            text = field.strip()
            found = "" if text.isdigit() or _PLAIN_UA.fullmatch(field) is not None else reason(text)
            if found:
                return found
    return _user_agent_more_fields(form)


# More of a user agent's fields (twenty-ninth attack). An escaped parenthesis (`\)`, `\(`) edges no comment: it is
# read as a field's edge, so that the text it sets outside a comment is a field (`(Linux; Android 14; SM-S918B\)
# Customer: … \()`). An in-app browser's bracketed list (Facebook's `[FBAN/FBIOS;FBAV/…;FBLC/en_US]`) is a comment's
# fields too. In a field, a label naming a person (names_a_person: `Name:`, `收件人:`; or a person qualifier, its
# words before `name` naming personal data as a key's do: `user:`) before a value holding a letter is a name whatever
# the value's shape (no platform names a user: `(user: Tinaqa Boersma)` after Line's or Instagram's product); and
# capitalized words with a possessive before a device's word are the device's name, its owner's (`Jessica Smith's
# Galaxy S23`, as a phone names itself).
_UA_BRACKETS = re.compile(r"\[([^\[\]]*)\]")
_UA_LABELLED = re.compile(r"\s*([^\W\d_][^:]{0,40}?)\s*[:：]\s*(.*[^\W\d_].*)")
_UA_DEVICE_NAMED = re.compile(
    f"\\s*(?:[A-Z][^\\W\\d_]+ ){{0,2}}[A-Z][^\\W\\d_]+['’]s (?:{device_owners.DEVICES})\\b")


def _user_agent_more_fields(form: str) -> str:
    """What a user agent's fields hold by the rules above (the brackets, the escaped parentheses, a personal label's
    value, a device's name), or ""."""
    if "\\" in form:
        form = form.replace("\\(", ";").replace("\\)", ";")
    fields: List[str] = []
    if ":" in form or "：" in form or "'" in form or "’" in form or "[" in form:
        comments = _UA_COMMENT_FIELDS.findall(_UA_SET_ASIDE.sub(" ", form))
        if "[" in form:
            comments += _UA_BRACKETS.findall(form)
        fields = [field for comment in comments for field in comment.split(";")]
    judged = set()  # (each distinct label judged once: a user agent repeating its fields pays the lexicon once)
    for field in fields:
        labelled = _UA_LABELLED.fullmatch(field) if ":" in field or "：" in field else None
        label = labelled.group(1) if labelled is not None else ""
        if label and label not in judged:
            judged.add(label)
            if names_a_person(label) or names_personal_data(label + " name") and not names_personal_data(label):
                return postal.PERSON_NAME
        if ("'" in field or "’" in field) and _UA_DEVICE_NAMED.match(field) is not None:
            return postal.PERSON_NAME
    return ""


def _user_agent_lines(form: str) -> str:
    """What canonical `form` of a user agent holds between its parentheses where that text spans lines, judged as
    free text (a table pasted in a comment: `(name,city,qty` and `Anil Gowdaru,Mysuru,2)`; twenty-fifth attack). An
    HTTP field's value holds no line break (RFC 9110, 5.5): such a text is no platform's comment, whatever it says."""
    for piece in form.replace(")", "(").split("("):
        if "\n" in piece:
            found = reason(piece)
            if found:
                return found
    return ""


def _user_agent_address(rest: str) -> str:
    """What the layout rules (postal.py) read as an address or coordinates in `rest`, a user agent with its products
    set aside, as in free text: its comments' parts are apart by `;`, an address's by commas (`Linux; Android 14; Plot
    5028, Kabulonga Road, Lusaka`); only where a comma is not the engine's (`KHTML, like Gecko`)."""
    if rest.count(",") <= rest.count("KHTML, like"):  # (but a field that is a file named by an address)
        return postal.POSTAL_ADDRESS if postal.file_named_by_address(rest) else ""
    found = postal.reason(rest, _personal_label)
    return found if found in (postal.POSTAL_ADDRESS, postal.COORDINATES) else ""


def property_label(key: str) -> str:
    """How a message or a record names a property: its key, unless the key itself holds personal data or was past
    the event's allowance to judge (not vouched for either way)."""
    found = reason(key)
    return key if not found else "a property whose key was past the allowance to judge" if (
        found == OVER_ALLOWANCE) else "a property whose key holds personal data"


# The event's allowance of text to judge: every judgment (a value, a key, a URL, and each text derived from them: a
# key and its value together, a URL's parts, a label before a value) is charged its length before it starts, and
# one that no longer fits what is left is refused unjudged (OVER_ALLOWANCE, which leaves its value out). Every
# judgment is linear, so an event's judging work is at most the allowance times the costliest character's work,
# whatever its values (a flat `contents` of 200 products with 80 characters of text each fits; real events judge a
# few hundred characters).
JUDGED_PER_EVENT = 32 * 1024
OVER_ALLOWANCE = f"past the event's allowance of {JUDGED_PER_EVENT} characters to judge"
# What is left of the allowance while an event is mapped (payload.build_request opens it), or -1: values judged one
# by one (tests, tools) are not counted; and how many judgments it has refused.
_left_to_judge = -1
_refused = 0


def open_allowance(size: int = JUDGED_PER_EVENT) -> None:
    """Start counting judgments against an event's allowance of `size` characters (-1: stop counting)."""
    global _left_to_judge
    _left_to_judge = size


def _charged(size: int) -> bool:
    """Charge `size` characters to the event's allowance when they fit (always, outside an event); count a refusal
    when they do not."""
    global _left_to_judge, _refused
    left = _left_to_judge
    if left < 0:
        return True
    if size > left:
        _refused += 1
        return False
    _left_to_judge = left - size
    return True


# The visitor's own identifiers and their derived forms while an event is mapped (own_values.visitor, which
# payload.build_request opens); None outside an event, or for a visitor with none past the floor.
_own_values: Optional[own_values.Visitor] = None


def open_own_values(values: Optional[own_values.Visitor]) -> None:
    """Judge every text against the visitor's own `values` (own_values.visitor) until opened again."""
    global _own_values
    _own_values = values


def own_value_reason(text: str) -> str:
    """The reason naming the visitor's own identifier, or the form derived from it, that `text` holds as tokens (in
    any case, whatever marks stand between its letters and digits: `kelvorandt_8841` in `Login: KELVORANDT 8841`,
    `/users/kelvorandt_8841/`, not in `kelvorandt_88412`), or "" (own_values.Visitor.reason: linear in the text)."""
    return _own_values.reason(text) if _own_values is not None else ""


def written_again(text: str) -> bool:
    """Charge `text`, judged already, for one more place the request writes it (a product's title repeated over an
    order, an id written in `contents` and `content_ids`): the allowance counts what the request holds, each time it
    is written, so that it bounds the request too (budget.MAX_REQUEST). False when it no longer fits: leave it out."""
    # (the charge that fits inline, as in reason: an order writes each product's id and title again)
    global _left_to_judge
    left = _left_to_judge - len(text)
    if left >= 0:
        _left_to_judge = left
        return True
    return _charged(len(text))


def refused_judgments() -> int:
    """How many judgments the allowance has refused so far."""
    return _refused


# The quotes a review's signature may follow (reviews.QUOTES), tested as a set in C.
_QUOTES = frozenset(reviews.QUOTES)


# English number words glued into one token (assembled.glued_number) open with one of these letters, in any case;
# without digits among them ten words say a phone's ten digits in 27 letters at least (`zerosixonetwo…`), in capitals
# or mixed case with digits three words and digits in 15 characters at least (`ZEROSIXSEVENONE385294`).
_NUMBER_WORD_INITIALS = "zotfsenZOTFSEN"
_MIN_GLUED_WORDS_ALONE = 27
_MIN_GLUED_CAPITALS = 15


def reason(text: str, id_like: bool = False, segments: bool = False, other_readings: bool = True) -> str:
    """What personal data `text` holds (a reason naming its kind), OVER_ALLOWANCE, or "".

    `id_like` is for values that are ids (order ids, product ids, event ids): a run of digits in them is a
    number, not a phone, unless written as one (`+`, spaces or parentheses) or labelled as one (`tel…`).
    `segments`: `text` is a URL path with a line break for each `/`; a segment is free text, digit groups across
    segments are read as an id. The canonical form is judged, then (`other_readings`) each other reading of the
    value that applies (canonical.readings; hex of text and letters for digits are read where their shape is met)
    and each reading that puts pieces together (assembled.readings).
    """
    # (the charge of a judgment that fits, inline: an event makes a few hundred; outside an event, or past the
    # allowance, _charged decides)
    global _left_to_judge
    left = _left_to_judge - len(text)
    if left >= 0:
        _left_to_judge = left
    elif not _charged(len(text)):
        return OVER_ALLOWANCE
    # One word: nothing below can match it (but a name before its Japanese honorific: `山田花子様`, or after a Chinese
    # or Japanese self-introduction: `我叫王小明`), and a base64 run
    # mixes cases. Two short words (_SHORT_WORDS, judged
    # below the same way): decode would leave them as they are (one blank cannot spell a word for "@" or ".").
    if text.isalpha() and (text.islower() or text.isupper() or len(text) < _MIN_BASE64_RUN) and not (
            len(text) >= _MIN_GLUED_WORDS_ALONE and text[0] in _NUMBER_WORD_INITIALS) and (
            text.isascii() or not postal.honored(text) and (id_like or not (self_introductions.cued_without_blank(text)
                                              or titled_cued(text) or mails.titled_without_blank(text)
                                              or _CJK_NUMERAL_RUN.search(text) is not None
                                              # (a town's block in kanji numerals apart by `の`: `鵺沢町二の十四の三`)
                                              or ("の" in text or "ノ" in text or "ー" in text)
                                              and postal.BLOCK_IN_KANJI.search(text) is not None))) or (
            " " in text and text.replace(" ", "", 2).isalnum() and _SHORT_WORDS.fullmatch(text) is not None
            and (len(text) < 7 or id_like or not postal.code_cued(text, segments, _LABEL_END_WORDS))
            and not ("CV" in text or "cv" in text or "Cv" in text)
            # (nor a CRM's family name in capitals before a given name, `SCHMIDT Anna`: crm_names, closer 235)
            and not (text[:2].isupper() and text[-1].islower())
            # (nor German's possessive before a device's word, `Annas iPhone`: device_owners, closer 225)
            and not (("s " in text or "S " in text) and device_owners.CUE.search(text) is not None)) or (
            id_like and len(text) <= 10 and _SHORT_ID.fullmatch(text) is not None
            and not ("CV" in text or "cv" in text or "Cv" in text)) or (  # (`CVC1234`: a card's code, _SECURITY_CODE)
            len(text) == 36 and _UUID.fullmatch(text) is not None):
        # (_postal_cued's other tests: ASCII letters, digits and blanks hold none of CUE's characters; the Edgee ids
        # and most event ids, UUIDs, random by construction, are their own canonical form: hex and dashes, no word
        # for "@" or "." between the dashes, tested; the verdict _UUID gives below, with no decoding)
        found = ""
    else:
        # (a cookie's creation time between dots, `fb.1.1764000000000.…`: a dot and 10 digits counted in C first)
        found = _judged(text, id_like, segments, other_readings) or (
            _cookie_parts_reason(text, id_like, segments, other_readings) if text.count(".") >= 2
            and _COOKIE_TIME.search(text) is not None else "") or (
            _cells_reason(text, segments, other_readings) if id_like and "\t" in text else "")
    if found or not _own_values:
        return found
    # The visitor's own values (own_value_reason), read after the other rules, whose reasons say more (`holds an email
    # address`), and only for what they let through: as written, then as decoded when it may be encoded (a
    # percent-encoded path, an entity, an escape, another script's look-alike letters). (Here, not in a function of
    # their own: every value an event judges reads them.)
    return own_value_reason(text) or (own_value_reason(_decoded(text)[0]) if not text.isascii() or "%" in text
                                      or "&" in text or "\\" in text else "")


def _cells_reason(text: str, segments: bool, other_readings: bool) -> str:
    """What an id's tab-separated cells hold, each judged as an id of its own (closer 94): a tab separates a row's
    cells, as a spreadsheet's copied row has them (`0151/48172609<tab>42` holds a phone in its first cell, read whole
    as one run of digits with the second's); `SKU-1<tab>4006381333931<tab>2`, an EAN in a cell of its own, stays a
    code (read as a blank, the tab would glue it to its neighbours' digits)."""
    for cell in text.split("\t"):
        cell = cell.strip()
        if cell and len(cell) < len(text):
            found = reason(cell, True, segments, other_readings)
            if found:
                return found
    return ""


# A cookie's creation time between dots, in seconds or ms (`fb.1.1764000000000.<payload>`, Meta's fbc and fbp;
# `GCL.1764000000.<gclid>`, Google's): the time glues its neighbours into one run of digits (`1.1764000000000.07700-952-
# 847` is no number's layout) and a domain into one label (`od@example.org.1764000000000` ends in no top-level), so
# the parts on each side of it are judged again on their own, as ids when they are one token (a cookie's parts are
# its ids; a part holding a blank runs on into the text around the cookie, judged as the whole is).
_COOKIE_TIME = re.compile(r"(?<=[0-9A-Za-z])\.(?:[0-9]{13}|[0-9]{10})(?=\.[^\s.])")


def _cookie_parts_reason(text: str, id_like: bool, segments: bool, other_readings: bool) -> str:
    """What the parts of `text` before, between and after its cookies' creation times hold, or ""."""
    start = 0
    for match in _COOKIE_TIME.finditer(text):
        found = _cookie_part_reason(text[start:match.start()], id_like, segments, other_readings) or (
            _payload_reason(text[start:match.start()]) if start else "")
        if found:
            return found
        start = match.end() + 1
    return _cookie_part_reason(text[start:], id_like, segments, other_readings) or _payload_reason(text[start:])


# A street line in a cookie's payload (`fb.1.<ms>.27-Ostrubel-Street-Leeds-LS1-4AP`, an fbp's appendix `….1843027561.
# OstrubelStreet27`): a payload is a random id or a number, never a product's name, so its words apart by `-`, `_` or
# `.` or glued in camelCase, read as blanks as a slug is read, holding a house's number, a name's capitalized word and
# an English street word of four letters or more (postal; `St`, `Way` are a random id's letters as often) are a street
# line, without the comma or the line break that ends one in text (a product's name goes on: `12 Oak Street Candle`).
_PAYLOAD_STREET_WORD = "|".join(word for word in postal.STREET_WORDS_AFTER_NAME if len(word) >= 4)
_PAYLOAD_NAME = "[A-Z][a-z]{2,29}"
_PAYLOAD_STREET = re.compile(
    f"(?<![^ ])(?:[0-9]{{1,4}} (?:{_PAYLOAD_NAME} ){{1,3}}(?i:{_PAYLOAD_STREET_WORD})"
    f"|{_PAYLOAD_NAME} (?:{_PAYLOAD_NAME} ){{0,2}}(?i:{_PAYLOAD_STREET_WORD}) [0-9]{{1,4}})(?![^ ])")
_PAYLOAD_APART = re.compile(r"[-_.]|(?<=[a-z])(?=[A-Z0-9])|(?<=[0-9])(?=[A-Za-z])|(?<=[A-Za-z])(?=[0-9])")


def _payload_reason(part: str) -> str:
    """What a cookie's payload `part` (one token after its creation time) holds read as a slug is: a street line
    (_PAYLOAD_STREET) or an address ending it with a mailbox's top-level domain (canonical.payload_address), or ""."""
    if " " in part or not part.isascii() or len(part) < 8:
        return ""
    if payload_address(part):
        return EMAIL
    return postal.POSTAL_ADDRESS if _ASCII_DIGIT.search(part) is not None and _PAYLOAD_STREET.search(
        _PAYLOAD_APART.sub(" ", part)) is not None else ""


def _cookie_part_reason(part: str, id_like: bool, segments: bool, other_readings: bool) -> str:
    return reason(part, id_like or " " not in part and part.isprintable(), segments, other_readings)  # (one token)


def _judged(text: str, id_like: bool, segments: bool, other_readings: bool) -> str:
    """reason's judgment of `text`, once charged to the allowance and past the shortcut for a word, two short words,
    a short id and a UUID."""
    form, settled, unclosed = _decoded(text)
    if not settled:
        return LAYERED
    if "@" in form:
        found = _address_reason(form, id_like)
        if found:
            return found
    elif len(form) < 7 and not unclosed:
        # (shorter than any address, phone number, IP address or id we look for; a short label's value, `性別：女性`)
        return _short_reason(form, id_like) or _labelled_reason(form)
    if _UUID.fullmatch(form) is not None:
        return ""  # a UUID once decoded (`%2D` for its dashes): random by construction
    # (once: the modules' cues are searched in the lower-cased form, `_lower_case_cue`; the rules whose cue the text may
    # hold, _SCANNED_CUES)
    cues = _cues(form, low := form.lower())
    # (a path's separator in C first: most values hold none, and pay no call)
    # (closer 236: a given name and a family name joined by a dot, the whole value: its dot and length in C first)
    found = _without_at_reason(form, id_like, cues) or (
        _dotted_name_reason(low) if "." in form and len(form) <= _LONGEST_DOTTED_NAME and _DOTTED_FULL_NAME.fullmatch(
            low) is not None else "") or (
        # (a home folder's parent, `home`, `Users`, `Documents and Settings`, in C too: most paths name none; a web
        # page's path, `segments`, as a web URL's)
        ACCOUNT_NAME if ("/" in form or "\\" in form or "\n" in form) and (
            "ome" in form or "OME" in form or "sers" in form or "SERS" in form or "ettings" in form
            or "ETTINGS" in form or "/mail/" in form) and home_folder_account(form, segments) else "")
    # (a wallet's address or name, an account on a decentralised network, a payment request's link: their own grammars
    # name them, in ids too; ledgers.py, the substrings its grammars need in C first: most values hold none)
    found = found or (ledgers.reason(form) if (
        "." in form and (".eth" in form or ".bsky." in form or ".crypto" in form or ".nft" in form or ".sol" in form
                         or ".wallet" in form or ".blockchain" in form or ".bitcoin" in form or ".zil" in form
                         or ".polygon" in form or ".unstoppable" in form or ".888" in form or ".near" in form
                         or ":" in form and (".x" in form or ".dao" in form)
                         # (a Stellar federation address, a Hedera account: closer 184)
                         or "*" in form or "0.0." in form)
        # (an ADA Handle's `$`: closer 184)
        or "$" in form and ("ADA" in form or "ada" in form or "ardano" in form)
        or ":" in form and ("did:" in form or "@" in form)
        or "/" in form and ("/pay/" in form or "/collect/" in form)
        or len(form) >= 42 and ("0x" in form or "0X" in form or "bc1" in form or "BC1" in form or "npub1" in form
                                or "nprofile1" in form)
        or len(form) >= 26 and ("itcoin" in form or "ITCOIN" in form or "btc" in form or "BTC" in form)
        # (TRON's `T` and 33, Solana's label: closer 82)
        or len(form) >= 34 and ("T" in form or "ol" in form or "OL" in form or "hantom" in form)
        # (any network's checksummed address, wherever it stands: closer 86)
        or len(form) >= 25 and ledgers.may_hold_address(form)) else "") or (
        # (a Cash App $cashtag by its grammar, in ids too: cashtags.py, its `$` in C first; closer 181)
        handles.PAYMENT_ACCOUNT if "$" in form and cashtags.tagged(form, _tagged_person) else "") or (
        # a SIM card's ICCID or an eSIM chip's EID, by `89`, their lengths and checks, in text and in ids
        # (telecom_ids.py: the length and `89` in C first)
        telecom_ids.sim_reason(form) if len(form) >= 19 and "89" in form else "") or (
        # (a wallet's recovery phrase or private key by its grammar and its checksum, in ids too: wallet_secrets.py, a
        # phrase's blanks counted in C first; closer 184)
        wallet_secrets.reason(form) if len(form) >= wallet_secrets.SHORTEST and wallet_secrets.cued(form) else "") or (
        # (an exchange account's code, a referral's, a deposit's reference after its label, in ids too:
        # exchange_accounts.py, its labels in the lower-cased form first; closer 184)
        exchange_accounts.reason(form) if cues & _EXCHANGE_CODE_BIT and _EXCHANGE_CODE_CUE.search(low) is not None
        else "")
    if found:
        return found
    if form.isdigit():  # a number alone (an id, a variant): its own shape, an all-digit national id; a metering
        # point's 18 digits (metering_points.py: a Dutch EAN from `871`)
        return _digit_reason(form, id_like, segments) or (metering_points.reason(form) if len(form) == 18 else "")
    # Each rule of the next line needs an ASCII digit (Chinese numerals are read as digits, in text that is not
    # ASCII): ASCII text without one (most titles, names and paths) skips them, after one scan in C.
    found = "" if form.isascii() and _ASCII_DIGIT.search(form) is None else (
        _digit_reason(form, id_like, segments) or _birth_date_reason(form) or (
            telecom_ids.reason(form) if cues & _TELECOM_BIT and _TELECOM_CUE.search(low) is not None else "") or (
            _birth_date_across_segments(form) if segments and "\n" in form else "") or (
            # (a person's own age said in a sentence: self_introductions.py; a blank and two digits at least)
            self_introductions.AGE_STATED if " " in form and self_introductions.states_an_age(form) else "") or (
            # (a person's own street line said as their name is: self_introductions.py)
            postal.POSTAL_ADDRESS if " " in form and not id_like and self_introductions.states_own_address(form)
            else "") or (
            _lettered_phone_reason(form, id_like) if (
                form.count(" ") >= 2 or form.count("-") >= 2 or form.count(".") >= 2) and (
                "Z" in form or "S" in form or "B" in form or "G" in form or "E" in form or "A" in form) and (
                _LETTERED_RUN.search(form) is not None) else "") or (
            _vanity_reason(form) if "+" in form or "(" in form or ":" in form or "-" in form else "") or (
            PHONE if (":" in form or "/" in form) and (
                "me/" in form or "ME/" in form or "Me/" in form or "whatsapp" in form or "viber:" in form
                or "line:" in form or "callto:" in form or "facetime" in form or "skype:" in form) and (
                _CLICK_TO_CHAT.search(form) is not None) else "") or (
            _id_document_reason(form) if not id_like and (
                "as" in form or "fc" in form or "ieu" in form or "AS" in form or "FC" in form or "IEU" in form
                or not form.isascii()) else "") or (
            _german_id_card_reason(form) if not id_like and ("usweis" in form or "USWEIS" in form) else "") or (
            NATIONAL_ID if not id_like and (
                "UTR" in form or "utr" in form or "Utr" in form or "iscal" in form or "ISCAL" in form) and (
                _TAX_REFERENCE.search(form) is not None) else "") or (
            # (an A-Number or a right to work's share code after its label, in ids too: immigration_ids.py, its
            # labels' letters in C first; closer 183)
            immigration_ids.reason(form) if (
                "scis" in low or "lien" in low or "a-num" in low or "a#" in low or "share" in low and "code" in low
            ) else "") or (
            # (in an id too: its label, its layout and its check digit say what it is; closer 183)
            _insurance_number_reason(form) if cues & _INSURANCE_LABEL_BIT and _INSURANCE_LABEL.search(form) is not None
            else "") or (
            (_document_number_reason(form) if _FIVE_DIGITS.search(form) is not None else "")  # (its first scan, inline)
            or _laid_out_id_reason(form) if not id_like else (
                # (in an id, a Hong Kong card's number after its label: `香港身份證：Z683365(5)`, and Mexico's voter
                # key: `clave-elector-ZRVNDO87091709M100`, its label's `elector` in C first)
                NATIONAL_ID if "(" in form and holds_hong_kong_id(
                    form, _labelled_personal, _names_a_hong_kong_card) or (
                    "lector" in form or "LECTOR" in form) and holds_labelled_voter_key(form, _labelled_personal)
                else "")) or (
            ((_labelled_uuid(form) if not id_like else "") or _holders_uuid(form)) if form.count("-") >= 4 else "") or (
            VEHICLE_ID if vin_cue(form) and holds_vin(form, not id_like, _code_at) or len(form) >= 13 and (
                holds_split_vin(form)) else "") or (
            PLATE if plate_cue(form) and holds_plate(form, id_like) or not id_like and not form.isascii() and (
                holds_japanese_plate(form)) or "=" in form and holds_plate_parameter(form) else "") or (
            travel_documents.AIRLINE_TICKET if cues & _TICKET_WORD_BIT and _TICKET_WORD.search(form) is not None
            and travel_documents.holds_airline_ticket(form) else "") or (
            HEALTH_ID if (form.count("-") >= 2 or len(form) >= 11 and not id_like or "BI" in form or "bi" in form
                          or "edicare" in form
                          or "EDICARE" in form) and holds_medicare_mbi(form, id_like) else "") or (
            _licence_number_reason(form) if not id_like and (
                "icen" in form or "ICEN" in form or "#" in form and ("DL" in form or "dl" in form or "Dl" in form)
                or "atente" in form or "ATENTE" in form or "onduire" in form or "ONDUIRE" in form
                or "hrerschein" in form or "HRERSCHEIN" in form) else "") or (
            CARD if cues & _SECURITY_CODE_BIT and ("CV" in form or "cv" in form or "Cv" in form) and (
                _SECURITY_CODE.search(form) is not None) else "") or (
            # (an animal's microchip after its label, before a toll's transponder reads it: animal_ids.py, a label's
            # stem in C first; closer 122)
            animal_ids.reason(form) if cues & _ANIMAL_ID_BIT and _ANIMAL_ID_CUE.search(low) is not None else "") or (
            # (a driver's or a traveller's own ids, last: mobility_ids.py, a label's or a layout's letters in C first)
            mobility_ids.reason(form) if cues & _MOBILITY_BIT and _MOBILITY_CUE.search(low) is not None else "") or (
            # (a home's access code after its label, a credential: access_codes.py, a code's word in C first)
            access_codes.reason(form) if cues & _ACCESS_CODE_BIT and access_codes.CUE.search(form) is not None else ""))
    # (substring tests in C first: every Latin id document's label holds `as`, `fc` or `ieu`, any case; a German
    # identity card's `usweis`)
    if found:
        return found
    # (substring scans in C before the call: most values hold neither a colon nor a dash and a dot; a device's
    # hardware address five colons or dashes at least, counted in C first)
    if ":" in form or "-" in form:
        # (perf 54: without a colon, a calendar's `CN=` or a host name's dashed hex groups before a dot, its IPv6
        # address, are all it may find: looked up here, a path's `analytics-with-edgee.html` pays no call)
        found = (_card_or_ipv6_reason(form) if ":" in form or "." in form and (
            "CN=" in form or "cn=" in form or _HEX_DASH_RUN.search(form) is not None) else "") or (
            HARDWARE_ADDRESS if (form.count(":") >= 5 or form.count("-") >= 5) and _holds_mac(form) else "")
    # (the other layouts need one of DEVICE_WORDS before them: substring tests in C on the value lower-cased, past the
    # shortest value that holds one, `hw` and twelve hex digits)
    # (dashed fours as the whole value, `001a-2b3c-4d5e`: two characters compared first)
    found = found or (HARDWARE_ADDRESS if "|" in form and form.count("|") >= 5 and _holds_mac(form) or (
        len(form) == 14 and form[4] == "-" == form[9] and _dashed_fours(form)) or (
        len(form) >= 14 and cues & _MAC_DEVICE_WORD_BIT and _MAC_DEVICE_WORD.search(low) is not None
        and _holds_other_mac(form)) else "")
    # (a payment QR's account: its application id in C first, twenty-fourth attack)
    found = found or (_promptpay_reason(form) if "A000000677" in form else "")
    # (hex groups joined by dots: a dot and two more counted in C first)
    found = found or (_dotted_hex_address(form) if form.count(".") >= 2 else "")
    # (a line of a passport's or an identity card's machine-readable zone: its filler `<` in C first)
    found = found or (travel_documents.TRAVEL_DOCUMENT if "<" in form and travel_documents.holds_zone_line(
        form) else "")
    if found:
        return found
    if len(form) >= _MIN_BASE64_RUN:
        found = _encoded_reason(form, id_like)
        if not found and "\n" in form and not segments:  # base64 wrapped in lines (MIME's 76 columns) is one run
            found = _encoded_reason(form.replace("\r", "").replace("\n", ""), id_like)
    # a table pasted as text (CSV, TSV, a Markdown table): a cell under a header the key rule calls personal
    # (in an id too: an id holds no line break, a table pasted as one is a record)
    found = found or ("" if "\n" not in form or not (
        "," in form or "|" in form or "\t" in form or ";" in form) else _tabled_reason(form, segments))
    # ... and a row of an export without its header: a name in the cells before a town and its post code (in an id
    # too: an id holds no such cells; record_rows.py, its separator and a digit in C first; forty-sixth attack)
    found = found or ((postal.POSTAL_ADDRESS if record_rows.holds_addressed_row(form) else
                       # (or a name beside a birth date: a check-in's line; closer 118)
                       record_rows.BIRTH_DATE_IN_ROW if record_rows.holds_dated_row(form) else "")
                      # (its separators inline: a text holding none pays no call)
                      if ("\t" in form or ";" in form or "|" in form or "," in form) and record_rows.cued(form)
                      else "")
    # an address, coordinates, a name by their layout in free text (postal.py; an id is a code, not prose)
    # (a salutation, an honorific and a name need no mark: the text's first word is looked up, past the shortcut for
    # one or two words above)
    cued = not found and not id_like and (_postal_cued(form, segments) or not segments and (
        form[:form.find(" ")] in postal.SALUTATION_OPENERS))
    found = (postal.reason(form, _personal_label, segments, names_a_person) if cued else found) or (
        # (a name run together after its label, `Name:SorvinkaBrelvaskund` folded from full-width letters: a colon or
        # `=` and a capital after a letter in lower case in C first; closer 211)
        postal.PERSON_NAME if not id_like and (":" in form or "=" in form) and _GLUED_CAPITAL.search(form) is not None
        and _run_together_named(form) else "") or (
        # (an address's lines joined by middle dots, which the canonical form spells ` . `: read as its lines,
        # `Musterstr. 12 · 10115 Berlin`; the joint in C first; closer 234)
        postal.POSTAL_ADDRESS if not id_like and not segments and " . " in form and postal.reason(
            form.replace(" . ", ", "), _personal_label) == postal.POSTAL_ADDRESS else "")
    # (an id that reads whole as a street line and its town: `, ` in C first, in ids alone)
    # (or holds a whole address, a street line with its post code and town or a Japanese prefecture's: a blank or a
    # letter beyond ASCII in C first; closer 133)
    found = found or (postal.POSTAL_ADDRESS if id_like and (", " in form and postal.id_street(form) or (
        " " in form or not form.isascii()) and postal.id_address(form)) else "")
    # (an id that is or holds a place in a shape no shop's code takes, a plus code, a URL or a what3words address: `+`,
    # `://` and `///` in C first)
    found = found or (coordinates.id_reason(form) if id_like and ("+" in form or "://" in form or "///" in form)
                      else "")
    # a name in a support tool's text (named_in_text.py; substring scans in C for what its layouts need first), and
    # the deceased's after a memorial phrase (memorials.py: the phrases' stems in C first)
    # (in an id, a name after a person's document's number and a dash: named_in_text.document_named; closer 134)
    # (in an id and in a text, a name a record is made out to or booked by, or a name and an age opening it:
    # record_names.py, its nouns' stems in C first, and the scan's bits of its patterns: a text none of them can
    # match pays no call; closer 140)
    # (and in an id's file's name or slug, a celebration's people: cued_names.celebration_file, a dot in C first; closer
    # 139)
    found = found or (record_names.reason(form, cues >> _RECORD_PATTERNS) if not segments and " " in form and (
        cues & _RECORD_BIT and cues & _RECORD_PATTERN_BITS) and _RECORD_CUE.search(low) is not None
                      else "") or (
        # (a transfer's, a split bill's or a payment request's other person: payees.py, its stems in C first; closer
        # 176)
        payees.reason(form) if not segments and " " in form and _PAYEE_CUE.search(low) is not None else "") or (
        # (who placed or shared a bet, whom a gambling account's record is made out to: wagers.py, its stems in C
        # first; closer 190)
        wagers.reason(form) if not segments and " " in form and _WAGER_CUE.search(low) is not None else "") or (
        # (a patient named by a health record's, a consultation's or a waiting room's words: patient_records.py, its
        # stems in C first; closer 182)
        patient_records.reason(form) if not segments and " " in form and _PATIENT_RECORD_CUE.search(low) is not None
        else "") or (
        # (a referral's or a reference check's person: referrals.py, its stems in C first, in ids and paths too;
        # closer 183)
        referrals.reason(form) if " " in form and _REFERRAL_CUE.search(low) is not None else "") or (
        (postal.PERSON_NAME if " " in form and named_in_text.document_named(form)
         or "." in form and cued_names.celebration_file(form)
         # (a name before its Japanese honorific, read in an id as in a text: postal.honored; closer 150)
         or not form.isascii() and postal.honored(form) else "") if id_like
                      # (named_in_text.cued's first tests inline, a blank or a speaker's bracket: an id-like token
                      # pays no call)
                      else "" if segments else (named_in_text.reason(form) if (
                          " " in form or "\t" in form or "]" in form or not form.isascii()) and named_in_text.cued(
                          form, cues >> _NAMED_IN_TEXT_CUES) else "")
                      or (memorials.reason(form) if cues & _MEMORIAL_BIT and
                          _MEMORIAL_CUE.search(low) is not None else "")
                      # (a wish's or a gift's addressee: wishes.py, its wishes' and gifts' stems in C first)
                      or (wishes.reason(form) if cues & _WISH_BIT and _WISH_CUE.search(low) is not None else "")
                      # (a parent's consent's parent or child: parental_consents.py, its phrases' words in C first;
                      # closer 179)
                      or (parental_consents.reason(form) if cues & _CONSENT_BIT and
                          _CONSENT_CUE.search(low) is not None else "")
                      # (and the name a booking is made in: booked_names.py, its labels' and phrases' stems in C first)
                      # (and a table's or a date's person with no label: dated_names.py, closer 207)
                      or (booked_names.reason(form) or dated_names.reason(form) if cues & _BOOKED_BIT and
                          _BOOKED_CUE.search(low) is not None else "")
                      # (and whom a meal or an outing is with: dated_names.meal_reason, its cue first; closer 223)
                      or (dated_names.meal_reason(form) if cues & _MEAL_BIT and
                          _MEAL_CUE.search(low) is not None else "")
                      # (and a diner's beside a diet's or a health condition's word: named_diets.py, its stems in C
                      # first; closer 132)
                      or (named_diets.reason(form) if cues & _DIET_BIT and _DIET_CUE.search(low) is not None else "")
                      # (and a name after a cue naming who the person is to the shop: cued_names.py, closer 136)
                      or (cued_names.reason(form) if cues & _CUED_NAME_BIT and
                          _CUED_NAME_CUE.search(low) is not None else "")
                      # (and an entrant's in a race's results or after a bib: race_results.py, its stems in C first)
                      or (race_results.reason(form) if cues & _RESULT_BIT and _RESULT_CUE.search(low) is not None
                          else "")
                      # (a party's or a file's subject's in a legal matter's title: case_titles.py, its docket's
                      # labels and filing's words in C first, in the lower-cased form; closer 118)
                      or (case_titles.reason(form) if cues & _CASE_TITLE_BIT and
                          _CASE_TITLE_CUE.search(low) is not None else "")
                      # (and a ticket's person as its subject after its word and number: case_titles.py, its
                      # context in C first; closer 142)
                      or (case_titles.ticket_reason(form) if cues & _TICKET_BIT and
                          _TICKET_CUE.search(form) is not None else "")
                      # (and a ticket's, a request's or a complaint's sender after its word: case_titles.py, its
                      # words in C first; closer 149)
                      or (case_titles.sender_reason(form) if cues & _TICKET_SENDER_BIT and
                          _TICKET_SENDER_CUE.search(low) is not None else "")
                      # (and a marketplace's buyer or seller by the party's word in running text, and an offer's
                      # sender after its amount: case_titles.py, their words in C first; closer 160)
                      or (case_titles.party_reason(form) if cues & _MARKETPLACE_PARTY_BIT and
                          _MARKETPLACE_PARTY_CUE.search(low) is not None else "")
                      or (case_titles.offer_reason(form) if cues & _OFFER_SENDER_BIT and
                          _OFFER_SENDER_CUE.search(low) is not None else "")
                      # (and a notification opening on who offered or wrote to you, a pickup at a person's before a
                      # street line: case_titles.notice_reason, its phrases in C first; closer 164)
                      or (case_titles.notice_reason(form) if cues & _NOTICE_BIT and
                          _NOTICE_CUE.search(low) is not None else "")
                      # (and a VAT id after a sole trader's legal form, the trader's own: sole_traders.py, its
                      # forms in C first; closer 142)
                      or (LABELLED_NUMBER if cues & _SOLE_TRADER_BIT and
                          _SOLE_TRADER_CUE.search(low) is not None and sole_traders.reason(form)
                          else "")
                      # (and a signer's or a recipient's around an e-signature's or a business document's phrase:
                      # e_signatures.py, its stems in C first; closer 142)
                      or (e_signatures.reason(form) if " " in form and cues & _E_SIGNATURE_BIT and
                          _E_SIGNATURE_CUE.search(low) is not None
                          else "")
                      # (and a name beside its bearer's birth year in brackets: birth_years.py, a bracket in C first)
                      or (birth_years.reason(form) if ("(" in form or "年生" in form) and (
                          _BIRTH_YEAR_CUE.search(form) is not None) else "")
                      # (and a guest's in a reply to an invitation: invitation_replies.py, its verbs in C first)
                      or (invitation_replies.reason(form) if " " in form and (
                          cues & _ATTENDANCE_BIT and _ATTENDANCE_CUE.search(low) is not None) else "")
                      # (and a meeting's, a webinar's or a chat's guest with no label: meeting_guests.py, its words
                      # in C first; closer 149; then what a layout opens on, a meeting's word only before `with`:
                      # perf 52)
                      or (meeting_guests.reason(form) if " " in form and cues & _MEETING_GUEST_BIT and
                          _MEETING_GUEST_CUE.search(low) is not None and (
                              meeting_guests.LAYOUT_CUE.search(form) is not None)
                          else "")) or (
        # ... and a person's name on a document made out to them, in its title or its file's name, in ids and URL
        # paths too (personal_documents.py: the documents' words in C first; closer 114)
        personal_documents.reason(form) if cues & _DOCUMENT_BIT and _DOCUMENT_CUE.search(low) is not None else "") or (
        # ... and a home service's client, pro or customer by the trade's words, a trade register's entry and a sole
        # trader's business number beside its legal form, in ids and URL paths too (home_services.py, sole_traders.py:
        # their words in C first; closer 189)
        home_services.reason(form, greetings.a_cued_name) if cues & _HOME_SERVICE_BIT and
        _HOME_SERVICE_CUE.search(low) is not None else "") or (
        LABELLED_NUMBER if cues & _SOLE_TRADER_BIT and _SOLE_TRADER_CUE.search(low) is not None and (
            sole_traders.numbered(form)) else "") or (
        # ... and a person a genealogy or a DNA testing site's words name (a tree's owner, a match, an inviter, a
        # relative, a grave's or a register's entry, a GEDCOM NAME line, a tree's file) and a kit's number, in ids and
        # URL paths too (genealogy.py: its words' stems in C first; closer 201)
        genealogy.reason(form) if _GENEALOGY_CUE.search(low) is not None else "") or (
        # ... and a street line made a home's by a flat's, a floor's or a c/o part beside it, or by its post code and
        # town before it (address_parts.py: the parts' words in C first, a digit opening the text inline; closer 234)
        postal.POSTAL_ADDRESS if not id_like and not segments and (
            cues & _HOME_PART_BIT and _HOME_PART_CUE.search(low) is not None or (
                form[:1].isdigit() or form[:3].lower() in address_parts.CODE_LABELS))
        and address_parts.home_line(form) else "")
    # a quoted reply's header naming its writer (quoted_replies.py: a colon and a verb of writing in C first)
    found = found or ("" if id_like or segments or ":" not in form or not quoted_replies.cued(form)
                      else quoted_replies.reason(form)) or (
        # ... and an @mention spelling a full name as its handle, in every leaf (handles.py: `@` in C first; closer
        # 150)
        "" if id_like or segments or "@" not in form else postal.PERSON_NAME
        if handles.mention_names_a_person(form, _mentioned_person) else "")
    # ... and a help desk's line without a label (`Anna Schmidt via Help Scout`: `via ` in C first)
    found = found or ("" if id_like or segments or ":" in form or "via " not in form
                      else mails.PERSON_NAME if quoted_replies.via_channel(form) else "")
    # (in a URL path, whose segments are lines, only a self-introduction: a sentence no slug or title writes)
    # (or a script written without blanks: Tibetan's, Chinese, Japanese)
    found = found or ("" if id_like or not segments or " " not in form and (
        form.isascii() or not self_introductions.cued_without_blank(form)) else named_in_text.introduced_reason(form))
    # a name in a personalized page title or greeting (greetings.py: the word opening the text or a part of it is
    # looked up in a set first)
    found = found or ("" if id_like or " " not in form or not greetings.cued(form) else greetings.reason(
        form, segments)) or (
        # ... and a dating site's member by a chat's line, a Chinese self-introduction in Latin letters or a record's
        # number before one dash (closer 207)
        "" if id_like or segments or " " not in form else _member_named(form, cues)) or (
        # ... and a device's name naming its owner (device_owners.py: a device's word in the scan's cues, closer 221)
        postal.PERSON_NAME if not id_like and not segments and cues & _DEVICE_OWNER_BIT and (
            " " in form or "-" in form) and (
            device_owners.CUE.search(form) is not None and device_owners.named_device(form)) else "")
    # a review signed after a dash (reviews.py: a dash between blanks in C first)
    # (its cue's first tests inline: a sentence's end or a quote before the dash, which a shop's title `Blue Sneakers -
    # Demo Shop` has not, so that it pays no call into reviews.py)
    found = found or ("" if id_like or segments or not (
        "!" in form or "?" in form or "." in form or not _QUOTES.isdisjoint(form)) or not reviews.cued(form)
        else reviews.reason(form, greetings.a_cued_name)) or (
        # ... or its author opening the text before its rating (reviews.py: one anchored match; its rating's cue,
        # RATED_CUE, scanned)
        "" if id_like or segments or not cues & _RATED_BIT else reviews.opening_rated(form, greetings.a_cued_name)) or (
        # ... or beside its rating after the review's words, or before a verb of rating (reviews.py; closer 131)
        "" if id_like or segments or not cues & _RATED_BIT or not reviews.rated_cued(form)
        else reviews.rated_reason(form, greetings.a_cued_name)) or (
        # ... or a message signed with one given name after a dash (reviews.py; closer 147; the dash before a line's
        # last word first: perf 52)
        "" if id_like or segments or " - " not in form or not _dash_before_last_word(form)
        else reviews.one_signed_reason(form, greetings.a_cued_name)
    ) or (
        # ... or beside a verified label, under a review's label, above a reviewer's profile (reviews.py; closer 129)
        # (reviews.labelled_cued's own tests, its stems' by the cue scan's bit first: perf 52)
        "" if id_like or segments or " " not in form or not (
            ":" in form or "\n" in form or cues & _VERIFIED_BIT and reviews.labelled_cued(form))
        else reviews.labelled_reason(form, greetings.a_cued_name)) or (
        # ... or signed with its town ending the text after a sentence's end (reviews.py: a comma near the end; closer
        # 132)
        # (its comma inline: a text holding none pays no call)
        "" if id_like or segments or "," not in form or not reviews.signed_in_town_cued(form)
        else reviews.signed_in_town_reason(form, greetings.a_cued_name)) or (
        # ... or a letter to the editor signed with its town (reviews.py: a letter's stems, LETTER_CUE, scanned;
        # closer 150)
        "" if segments or not cues & _LETTER_BIT or not reviews.letter_cued(low)
        else reviews.letter_reason(form, greetings.a_cued_name))
    # ... and in a script without capitals (titled_names.py: Korean `님`, Chinese, Arabic; its script's cues in C first)
    found = found or ("" if id_like or segments or form.isascii() or not titled_cued(form) else titled_reason(form))
    # (Hebrew and Thai account titles: titled_names.py, their titles' substrings in C first)
    found = found or ("" if id_like or segments or form.isascii() else titled_names.after_script_title(form))
    # a name in a mail's, a gift message's or a chat's layout (mails.py: substring tests in C first)
    # (its cue's first tests inline: a title holding none of them pays no call into mails.py)
    found = found or ("" if id_like or segments or " " not in form and form.isascii() or not (
        "," in form or "!" in form or ":" in form or "\n" in form or form[2:3] == " " or form[3:4] == " "
        or not form.isascii()) or not mails.cued(form) else mails.reason(form))
    # ... and a gift's dedication after a dash alone (`Für Anna Schmidt - alles Liebe`: ` - ` in C first; mails.py),
    # its opening's word looked up first where the text has one opening (no mark opening a part nor a line)
    found = found or ("" if id_like or segments or " - " not in form or "," in form or ":" in form or (
        _PART_OPENINGS.isdisjoint(form) and form.split(None, 1)[0].lower() not in _DEDICATION_OPENERS)
                      else mails.PERSON_NAME if mails.dedicated(form) else "") or (
        # ... and a message signed as the reader's own (`… von deiner Lina`: the possessives, YOURS_CUE, scanned;
        # mails.py)
        "" if id_like or segments or " " not in form or not cues & _YOURS_BIT
        else mails.PERSON_NAME if mails.signed_as_yours(form) else "")
    # ... and a chat's joining line or a conversation's title, which need no mark (`Anna Schmidt joined the chat`)
    # (its cue inline: `chat`, `hat`, `Conversation`, `Gespräch`, `Unterhaltung`, `Transcript` as substrings)
    found = found or ("" if id_like or segments or " " not in form or not (
        "hat" in form or "onversa" in form or "espr" in form or "nterhaltung" in form or "ranscript" in form
        or "iscussi" in form or "icket" in form) else mails.PERSON_NAME if mails.transcript_titled(form) else "") or (
        # ... and a full name in a CRM's export, a signature, a note asking to call a person, a closing or a file's
        # name (crm_names.py: each shape's marks or words in C first; closer 235)
        "" if id_like or segments or not (
            " " in form or "." in form or ";" in form or "," in form or "|" in form) or not (
            form[:2].isupper() or crm_names.CUE.search(form) is not None) else crm_names.reason(form)) or (
        # ... and a pair embedded in a text (`"firstName":"Anna"`, `first_name=Anna;`) whose key names personal data
        # (_embedded_pairs_reason: `=` or a JSON key's quote and colon in C first; closer 235)
        "" if id_like or segments or not ("=" in form or '":' in form or '" :' in form)
        else _embedded_pairs_reason(form))
    if found or not other_readings:
        return found  # (a label's value is read in the text as written, not in a reading: `data-user="jo"` is markup)
    # a person's record in a structure whose field names are keys (structured.py: its fields judged as a form's labels
    # and values, once: other_readings is off for them); in a URL path, its segments joined by `/` again
    # (inline: most values hold no shape of another reading, and pay no call)
    # (in an id too when it is laid out as a record: a line break, or fields joined by commas, `CN=…,OU=…`)
    # (closer 197: first, a full name typed in lower case after a cue, read capitalized: _titled_reason)
    found = _titled_reason(form, id_like, segments) or (
        _structured_reason(form, segments) if not id_like or "\n" in form or "," in form and "=" in form else "")
    shaped = not found and _READING_SHAPES.search(form) is not None
    # (a shape only a base85 run needs, `|`, `;`, `?`, `#`, a closing bracket, and no character a reading needs
    # (canonical.readings: each of its readings and address layouts asks for one of those tested here, or for `_` and
    # `.`, `⒜`, `ⓐ`, an unclosed reference; `+` a form's blanks too, _PLUS_BLANKS): no reading is made, base85 alone
    # is asked)
    found = found or (_other_readings_reason(text, form, unclosed, id_like, segments) if (
        unclosed or "_" in form and "." in form
        or "\u24d0" in text  # (`ⓐ` folds to `a`; its `@` is another reading; no ASCII text holds it)
        or " 64" in form or ",64" in form  # (`@`'s code in a list of decimal codes: notations.byte_readings)
        # (another shape's `A`, beyond U+1F000, or `Ⓐ`; a picture for `@` before a domain, an emoji, or before a large
        # provider's name, any mark: thirty-fifth attack, review 21; C scans of text that is not ASCII)
        or not text.isascii() and ("\u24b6" in text or max(text) >= "\U0001f000" and (
            "\U0001f110" in text or "\U0001f130" in text or "\U0001f150" in text or "\U0001f170" in text
            or "." in form) or "mail" in form or "yahoo" in form or "outlook" in form or "icloud" in form
            or "MAIL" in form or "\u2709" in text  # (an envelope for `@`, `jo.smith ✉ example.com`; closer 54)
            # (closer 236: any mark before a provider's domain, `anna.schmidt◎web.de`)
            or "." in form and MARK_BEFORE_PROVIDER.search(form) is not None)
        or shaped and ("=" in form or "+" in form or "<" in form or "!" in form or "{" in form or "@" in form
                       or "%" in form or "(" in form or "\u249c" in text)
        # (Latin letters glued to a script written without blanks: canonical.script_glued)
        or not form.isascii() and script_glued(form))
        else _base85_reason(form) if shaped else "")
    # (an address spelled a letter at a time or in leet: a real `@` or the word `at`, or `4t`, in C first; thirty-fifth
    # attack, review 21; the readings are an address's: their digits read as letters or joined say nothing of a number)
    found = found or (EMAIL if (
        "@" in form or cues & _SPELLED_AT_BIT and _SPELLED_AT.search(form) is not None)
        and _first_reason(spelled_out.readings(form), id_like, segments) == EMAIL else "")
    if found or len(form) < _MIN_ASSEMBLED:
        return found or _labelled_reason(form, cues)
    # Pieces put together (assembled.py), judged as free text: JSON text holds `"`, a code with an address is in
    # capitals and holds `.`, number words are free text of five words at least (no id is written in words), or seven
    # with a title's ` - ` between its parts (`Blue Sneakers - Demo Shop`: no number is said across one), or glued
    # into one token of lower-case letters and digits opening with a number word's letter, a line of fields with an
    # address's pieces a separator and two dots; an address's parts labelled (a domain's label and a dot), a calling
    # code and a number apart (its `+` or a label of it).
    # (or words joined by dashes or `_` alone, `zero-six-one-…`: counted in C only when blanks are too few)
    blanks = form.count(" ")
    return (_first_reason(assembled.readings(form, words=not id_like), False, segments) if (
        '"' in form or "." in form and form.isupper() or not id_like and (blanks >= assembled.MIN_BLANKS and (
            blanks >= 6 or " - " not in form) or blanks < assembled.MIN_BLANKS and (
            form.count("-") >= 6 or form.count("_") >= 6
            # (closer 236: number words among figures, apart by blanks and dashes, `0151-two three four-56789`)
            or blanks + form.count("-") >= assembled.MIN_BLANKS and _ASCII_DIGIT.search(form) is not None))
        or not (id_like or segments or blanks) and form.isalnum() and form[0] in _NUMBER_WORD_INITIALS and (
            form.islower() or len(form) >= _MIN_GLUED_CAPITALS and form.isascii())
        or form.count(".") >= 2 and ("," in form or ";" in form or "\t" in form or "|" in form)
        or not id_like and "." in form and ("omain" in form or "OMAIN" in form or "host" in form or "Host" in form
                                            or "HOST" in form or "ominio" in form or "omein" in form)
        or not id_like and cues & _CALLING_CODE_BIT and _CALLING_CODE.search(form) is not None) else "") or (
        _labelled_reason(form, cues))


def _mentioned_person(name: str) -> bool:
    """Whether a full name an @mention spells is a person's: no thing's, no business's nor generic addressee's words."""
    return greetings.a_cued_name(name, name, len(name)) and not role_labels.a_thing(name)


def _tagged_person(name: str) -> bool:
    """Whether a full name a $cashtag glues is a person's (as an @mention's), no place's nor record's words either
    (`$NewYork`)."""
    return _mentioned_person(name) and record_names._a_name(name)


_PRESCRIPTION_CUE = re.compile(e_prescriptions.CUE_SOURCE)


# What mails.dedicated needs first (mails._dedication_opened): a part's opening word that opens a dedication; read in
# the detector, so that a title with one opening and no such word reads nothing of mails.py.
_PART_OPENINGS = frozenset(mails.OPENING_MARKS + "\n")
_DEDICATION_OPENERS = mails.DEDICATION_OPENERS


def _labelled_reason(form: str, cues: int = -1) -> str:
    """A value after a label the key lexicon calls personal by its meaning (labelled_values.py), read when no other
    rule found anything in canonical `form` (a mail's pieces after `user:` and `domain:` are a mail address first); in
    ids too, which hold no label. (A separator, `Bearer`'s blank or an IMEI's dial code in C first: most values hold
    none.) Last, a person's slug in a URL's route on any host (person_routes.py: `://` in C first), so that a URL
    holding more keeps the other rules' reasons. (`cues`: the bits of _SCANNED_CUES the text may hold, when scanned.)"""
    low = form.lower()
    return (labelled_values.reason(form) if (
        ":" in form or "=" in form or " - " in form or "earer " in form or "EARER " in form or "#" in form) else ""
    ) or (labelled_values.blank_separated_reason(form) if " " in form or "\t" in form else "") or (
        # (a club's member's number after a member's word: its words in C first; closer 151)
        labelled_values.member_number_reason(form) if cues & _MEMBER_BIT and
            _MEMBER_CUE.search(low) is not None else "") or (
        # (a player's gaming account after its label, a SteamID64 after a Steam word: gamer_ids.py, its cue compiled
        # here; closer 123)
        gamer_ids.reason(form) if cues & _GAMER_ID_BIT and _GAMER_ID_CUE.search(low) is not None else "") or (
        # (a person's id after its label and a blank alone, its id word's scan in C: closer 101)
        credentials.reason(form) if len(form) >= 20 and cues & _SECRET_BIT else "") or (  # (a provider's secret)
        e_prescriptions.reason(form) if len(form) >= 22 and cues & _PRESCRIPTION_BIT and
            _PRESCRIPTION_CUE.search(form) is not None else "") or (
        # (an E-Rezept's task id or code; its cue compiled here: a text holding none reads nothing of its module)
        labelled_values.member_barcode_reason(form) if cues & _BARCODE_BIT and
            _BARCODE_CUE.search(low) is not None else "") or (
        # (a death's civil record's number after the record: its words in C first; closer 144)
        labelled_values.death_record_reason(form) if cues & _DEATH_RECORD_BIT and
            _DEATH_RECORD_CUE.search(low) is not None else "") or (
        # (a programme's member's barcode, its programme's name first, closer 116; its cue compiled here too)
        _supply_or_device_reason(form, cues) if len(form) >= 10 and _ASCII_DIGIT.search(form) is not None else "") or (
        # (a home's metering point, a meter's number, a mandate's reference, a device's serial: digits in C first)
        # (a referral link's code made of its referrer's name: referral_links.py, closer 181; before a site's routes,
        # whose referral codes, closer 184's, it names more closely)
        referral_links.REFERRAL_LINK if "://" in form and referral_links.url_names_a_referrer(form) else "") or (
        person_routes.PERSON_ROUTE if "://" in form and (person_routes.url_names_a_person(form)
                                                         # (the other member a dating site's link names: closer 207)
                                                         or counterparts.url_names_a_counterpart(form)) or (
            form[:1] == "/" and person_routes.path_names_a_person(form)) else "")


# (closer 211, ninetieth attack) A label opening the text or its field, its colon, and two capitalized words glued into
# one ending the field (`Name：Ｓｏｒｖｉｎｋａ…`, full-width, NFKC-folded): a full name typed without its blank, when
# the label names a person (_personal_label) and each word and the two joined are a name's
# (lower_case_names.a_name_word: no common word, brand, place or time: `Name：ＰｏｗｅｒＢａｎｋ` goes out), of four
# letters each at least (a brand glues shorter syllables: `Name: PayPal`, `GoPro`). (Closer 232, review 39) The label
# also after a heading's dash (`Profile - Name:`) or with `=`; the words also joined by `_`, a middle name between them
# (`TessalyMaeDranvoquist`, each of its words a name's too), a handle's digits after them (`TessalyDranvoquist92`)
# and an aside's bracket after the field (`TessalyDranvoquist (29)`).
_GLUED_CAPITAL = re.compile("[a-z]_?[A-Z]")
_RUN_TOGETHER_LABELLED = re.compile(
    r"(?:^|(?<=[\n;|\"])|(?<=[ \t]-[ \t]))[ \t]{0,3}([^\W\d_]{2,30}(?:[ \t_\-][^\W\d_]{1,30}){0,2})[ \t]{0,3}[:=]"
    r"[ \t]{0,3}([A-Z][a-z]{3,20})_?(?:([A-Z][a-z]{1,20})_?)?([A-Z][a-z]{3,20})[0-9]{0,4}"
    r"(?=[ \t]{0,3}(?:$|[,;\n|\"(]))")


def _run_together_named(form: str) -> bool:
    """Whether canonical `form` holds a person's label and a full name run together after it (above)."""
    return any(_personal_label(match.group(1)) and all(
        lower_case_names.a_name_word(word.lower()) for word in (match.group(2), match.group(4), match.group(2)
                                                                 + match.group(4)))
        and (match.group(3) is None or lower_case_names.a_name_word(match.group(3).lower()))
        and not role_labels.a_thing(f"{match.group(2)} {match.group(4)}")
        and not _a_glued_words_pair(match.group(2), match.group(4))
        for match in _RUN_TOGETHER_LABELLED.finditer(form))


def _a_glued_words_pair(first: str, second: str) -> bool:
    """(closer 215, review 39) Whether two capitalized words glued into one are a brand's, a shop's, a game's or a
    place's, not opening on a known given name (`GraceKlein`): a thing's words (given_names.a_things_words: `StarBucks`,
    `PetitBateau`, `KaffeeHaus`, `MüllerBrot`, `MarioKart`) or a place (`BuenosAires`). A family name that is an
    adjective after an unknown given name stays a name (`ElenaKlein`); the price: one that is a thing's noun after it
    (`VelmoraHaus`) goes out."""
    pair = f"{first} {second}"
    return given_names.a_things_words(pair) or not given_names.a_given_name(first) and postal._a_place(pair)


def _dash_before_last_word(form: str) -> bool:
    """Whether `form` may hold reviews.one_signed_reason's layout (_ONE_SIGNED): a dash and blanks, then one word (no
    blank in it) and at most a support tag in brackets before a line's end (blanks and full stops after it), or a
    quote. In a text of one line without brackets nor quotes, that dash stands before its last word (found in C)."""
    if "\n" in form or "\r" in form or '"' in form or "(" in form:
        return True
    head = form.rstrip(" \t.")
    last_blank = max(head.rfind(" "), head.rfind("\t"))
    return last_blank > 0 and head[:last_blank].rstrip(" \t").endswith("-")


def _member_named(form: str, cues: int) -> str:
    """PERSON_NAME when canonical `form` (a blank in it) names a member by a chat's speaker or greeting (chat_lines.py:
    a message's `?` or `!` in C, then a colon, a dash or a greeting opening the text; a comma and a greeting opening
    the text, closer 220), a full name in Latin letters
    after a Chinese, Japanese or Korean self-introduction (self_introductions.introduced_in_latin: a character outside
    ASCII first), or a record's number, one dash (or a match's colon) and a full name (dating.numbered_member: the dash
    or the colon in C first, the number's bit of `cues`, the scan's of `form`); or "" (closers 207, 213)."""
    return postal.PERSON_NAME if (
        # (what chat_lines' patterns need, inline: a message's question's or exclamation's mark; a text holding neither
        # pays no call)
        ("?" in form or "!" in form) and chat_lines.cued(form) and chat_lines.reason(form)
        # (closer 220: or a greeting opening the text, a comma and a sentence going on to the person; closer 226: or
        # none, a dash or a full stop)
        or "?" not in form and "!" not in form and chat_lines.greets_first(form) and chat_lines.reason(form)
        # (closer 223: or a speaker before a chat's everyday short message, its words' bit first)
        or cues & _ON_THE_WAY_BIT and _ON_THE_WAY_CUE.search(form.lower()) is not None and chat_lines.on_the_way(form)
        or not form.isascii() and self_introductions.introduced_in_latin(form)
        # (closer 230: a speaker's full name in Cyrillic, cyrillic_names.py; a colon or a dash in C first)
        or not form.isascii() and (":" in form or " - " in form) and cyrillic_names.speaker_named(form)
        or (" - " in form or ":" in form) and cues & _RECORD_NUMBER_BIT and dating.numbered_member(form)) else ""


def _supply_or_device_reason(form: str, cues: int = -1) -> str:
    """A home's metering point by its layout (metering_points.py), a meter's number or a direct debit's mandate after
    its label (utility_records.py), a device's serial where the text is about the visitor's device (device_serials.py),
    in canonical `form`: each needs digits (its caller's test) and its own cue, tested in C first (closer 103)."""
    return (metering_points.reason(form) if cues & _METERING_BIT and
        metering_points.CUE.search(form) is not None else "") or (
        utility_records.reason(form) if cues & _UTILITY_RECORD_BIT and
            _UTILITY_RECORD_CUE.search(form) is not None else "") or (
        device_serials.reason(form) if cues & _DEVICE_SERIAL_BIT and
            _DEVICE_SERIAL_CUE.search(form) is not None else "")


# The cues of rules whose modules most texts never need (each module's CUE_SOURCE, compiled here: a text holding none
# reads nothing of the module, its functions, tables or patterns, which a fresh instance's first call pays for)
_UTILITY_RECORD_CUE = re.compile(utility_records.CUE_SOURCE)
_DEVICE_SERIAL_CUE = re.compile(device_serials.CUE_SOURCE)


def _lower_case_cue(source: str) -> re.Pattern[str]:
    """A module's cue written in lower case, its words in case-blind groups (`(?i:…)`), compiled to be searched in a
    text's lower-cased form: what it finds in the form as it is it finds there (a case-sensitive part of lower-case
    letters finds more: a cue may), where a case-blind search compares each letter both ways at every position (five
    to twenty times slower on an ordinary text, natively: issue 20)."""
    if any(letter.isupper() for letter in re.sub(r"\\.", "", source)):
        raise ValueError("a cue searched in the lower-cased form holds no capital letter")
    return re.compile(source.replace("(?i:", "(?:"))


# ... and those searched in the lower-cased form (`_lower_case_cue`)
_TELECOM_CUE = _lower_case_cue(telecom_ids.CUE_SOURCE)
_MOBILITY_CUE = _lower_case_cue(mobility_ids.CUE_SOURCE)
_ANIMAL_ID_CUE = _lower_case_cue(animal_ids.CUE_SOURCE)
_MEMORIAL_CUE = _lower_case_cue(memorials.CUE_SOURCE)
_WISH_CUE = _lower_case_cue(wishes.CUE_SOURCE)
_BOOKED_CUE = _lower_case_cue(booked_names.CUE_SOURCE)
_MEAL_CUE = _lower_case_cue(dated_names.MEAL_CUE_SOURCE)
_ON_THE_WAY_CUE = _lower_case_cue(chat_lines.ON_THE_WAY_CUE_SOURCE)
_RECORD_CUE = _lower_case_cue(record_names.CUE_SOURCE)
_PAYEE_CUE = _lower_case_cue(payees.CUE_SOURCE)
_WAGER_CUE = _lower_case_cue(wagers.CUE_SOURCE)
_PATIENT_RECORD_CUE = _lower_case_cue(patient_records.CUE_SOURCE)
_REFERRAL_CUE = _lower_case_cue(referrals.CUE_SOURCE)
_DIET_CUE = _lower_case_cue(named_diets.CUE_SOURCE)
_CUED_NAME_CUE = _lower_case_cue(cued_names.CUE_SOURCE)
_RESULT_CUE = _lower_case_cue(race_results.CUE_SOURCE)
_DOCUMENT_CUE = _lower_case_cue(personal_documents.CUE_SOURCE)
_BARCODE_CUE = _lower_case_cue(labelled_values.BARCODE_CUE_SOURCE)
_MEMBER_CUE = re.compile(labelled_values.MEMBER_CUE_SOURCE)
_DEATH_RECORD_CUE = re.compile(labelled_values.DEATH_RECORD_CUE_SOURCE)
_GAMER_ID_CUE = _lower_case_cue(gamer_ids.CUE_SOURCE)
_CASE_TITLE_CUE = re.compile(case_titles.CUE_SOURCE)
_E_SIGNATURE_CUE = re.compile(e_signatures.CUE_SOURCE)
_TICKET_CUE = re.compile(case_titles.TICKET_CUE_SOURCE)
_TICKET_SENDER_CUE = re.compile(case_titles.SENDER_CUE_SOURCE)
_MARKETPLACE_PARTY_CUE = re.compile(case_titles.PARTY_CUE_SOURCE)
_OFFER_SENDER_CUE = re.compile(case_titles.OFFER_CUE_SOURCE)
_NOTICE_CUE = re.compile(case_titles.NOTICE_CUE_SOURCE)
_MEETING_GUEST_CUE = re.compile(meeting_guests.CUE_SOURCE)
_SOLE_TRADER_CUE = re.compile(sole_traders.CUE_SOURCE)
_BIRTH_YEAR_CUE = re.compile(birth_years.CUE_SOURCE)
_ATTENDANCE_CUE = re.compile(invitation_replies.CUE_SOURCE)
_CONSENT_CUE = _lower_case_cue(parental_consents.CUE_SOURCE)
_EXCHANGE_CODE_CUE = _lower_case_cue(exchange_accounts.CUE_SOURCE)
_HOME_SERVICE_CUE = _lower_case_cue(home_services.CUE_SOURCE)
_GENEALOGY_CUE = _lower_case_cue(genealogy.CUE_SOURCE)
_HOME_PART_CUE = _lower_case_cue(address_parts.CUE_SOURCE)
_any_of = cue_grams.any_of


# _judged's own cues, each once a chain of substring tests in C (most texts hold none: the scan's bit skips the chain)
_INSURANCE_LABEL = _any_of("SV", "sv", "Sv", "RV", "rv", "Rv")
_TICKET_WORD = _any_of("icket", "ICKET", "KT", "kt", "illet", "ilet", "ILET", "gliett", "ilhete", "ILHETE", "تذكر",
                       "टिकट", "航空券", "チケット")
_MAC_DEVICE_WORD = _any_of("mac", "ssid", "wlan", "device", "router", "adapter", "ether", "hw", "wifi", "wi-fi",
                           "bluetooth")  # (searched in the lower-cased form)
# (the word `at` around an address's parts, `4t` in leet, `ta` written backwards in a reversed address; closer 54)
_SPELLED_AT = _any_of(" at ", " AT ", " At ", " 4t ", " 4T ", " ta ")
# (a calling code, or a label of one, or an address's `code`, `prefix` in assembled pieces)
_CALLING_CODE = _any_of("+1", "+2", "+3", "+4", "+5", "+6", "+7", "+8", "+9", "code", "Code", "CODE", "orwahl",
                        "ndicatif", "refi")

# The cues _judged tests, scanned once per text (cue_grams.py): a rule is reached only when its cue's bit is set, and a
# bit is clear only where the cue's own search would fail (its pattern can open on no piece of the text), so the
# verdicts are those of searching each cue in turn. (Bits in this order; a birth year's cue, reached only past a
# bracket, is left out: any characters may open it before its words.)
_JUDGED_CUES = (_TELECOM_CUE, _ANIMAL_ID_CUE, _MOBILITY_CUE, access_codes.CUE, _RECORD_CUE, _MEMORIAL_CUE, _WISH_CUE,
                 _BOOKED_CUE, _DIET_CUE, _CUED_NAME_CUE, _RESULT_CUE, _CASE_TITLE_CUE, _TICKET_CUE, _TICKET_SENDER_CUE,
                 _MARKETPLACE_PARTY_CUE, _OFFER_SENDER_CUE, _NOTICE_CUE, _SOLE_TRADER_CUE, _E_SIGNATURE_CUE,
                 _ATTENDANCE_CUE, _MEETING_GUEST_CUE, _DOCUMENT_CUE,
                 # (and _labelled_reason's, _supply_or_device_reason's)
                 _MEMBER_CUE, _GAMER_ID_CUE, _PRESCRIPTION_CUE, _BARCODE_CUE, _DEATH_RECORD_CUE, metering_points.CUE,
                 _UTILITY_RECORD_CUE, _DEVICE_SERIAL_CUE, _CONSENT_CUE, _EXCHANGE_CODE_CUE, _HOME_SERVICE_CUE,
                 # (and _judged's own)
                 _INSURANCE_LABEL, _TICKET_WORD, _SECURITY_CODE, _MAC_DEVICE_WORD, _SPELLED_AT, _CALLING_CODE,
                 provider_handles.CUE,  # (a provider's name with what its reason reads beside it)
                 # (and the first tests of rules in other modules, whose call a text holding none of them skips: an
                 # ordinary text's judgment reads none of those modules)
                 credentials.CUE, reviews.RATED_CUE, reviews.LETTER_CUE, mails.YOURS_CUE, dating.RECORD_NUMBER,
                 reviews.VERIFIED_CUE, device_owners.CUE, _MEAL_CUE,
                 _ON_THE_WAY_CUE, _HOME_PART_CUE)
(_TELECOM_BIT, _ANIMAL_ID_BIT, _MOBILITY_BIT, _ACCESS_CODE_BIT, _RECORD_BIT, _MEMORIAL_BIT, _WISH_BIT, _BOOKED_BIT,
 _DIET_BIT, _CUED_NAME_BIT, _RESULT_BIT, _CASE_TITLE_BIT, _TICKET_BIT, _TICKET_SENDER_BIT, _MARKETPLACE_PARTY_BIT,
 _OFFER_SENDER_BIT, _NOTICE_BIT, _SOLE_TRADER_BIT, _E_SIGNATURE_BIT, _ATTENDANCE_BIT,
 _MEETING_GUEST_BIT, _DOCUMENT_BIT, _MEMBER_BIT, _GAMER_ID_BIT, _PRESCRIPTION_BIT, _BARCODE_BIT, _DEATH_RECORD_BIT,
 _METERING_BIT, _UTILITY_RECORD_BIT, _DEVICE_SERIAL_BIT, _CONSENT_BIT, _EXCHANGE_CODE_BIT, _HOME_SERVICE_BIT,
 _INSURANCE_LABEL_BIT, _TICKET_WORD_BIT, _SECURITY_CODE_BIT, _MAC_DEVICE_WORD_BIT, _SPELLED_AT_BIT, _CALLING_CODE_BIT,
 _PROVIDER_BIT, _SECRET_BIT, _RATED_BIT, _LETTER_BIT, _YOURS_BIT, _RECORD_NUMBER_BIT, _VERIFIED_BIT,
 _DEVICE_OWNER_BIT, _MEAL_BIT, _ON_THE_WAY_BIT, _HOME_PART_BIT) = (
    1 << number for number in range(len(_JUDGED_CUES)))
# (and record_names' patterns past them, the n-th its bit 1 << (_RECORD_PATTERNS + n): the text a record's stem sends
# to record_names.reason was scanned for them with the rest, not once more there)
_RECORD_PATTERNS = len(_JUDGED_CUES)
_RECORD_PATTERN_BITS = ((1 << len(record_names.SCANNED)) - 1) << _RECORD_PATTERNS
# (and named_in_text.cued's own, past those, the n-th its bit 1 << (_NAMED_IN_TEXT_CUES + n))
_NAMED_IN_TEXT_CUES = _RECORD_PATTERNS + len(record_names.SCANNED)
_SCANNED_CUES = _JUDGED_CUES + record_names.SCANNED + named_in_text.SCANNED
_CUE_SCAN = cue_grams.CueScan(_SCANNED_CUES)
# The last form scanned and its bits: an event judges its fbclid twice, as text and as an id (_last_decoded), and its
# second judgment reads the same form (the bits are a function of the form alone).
_NO_CUES = ("", _CUE_SCAN.bits("", True))
_last_cues: List[Tuple[str, int]] = [_NO_CUES]


def _cues(form: str, low: str) -> int:
    """_CUE_SCAN's bits of `form` (`low`: lower-cased), remembered for the next judgment (_last_cues)."""
    last, cues = _last_cues[0]
    if form != last:
        cues = _CUE_SCAN.bits(low, form.isascii())
        _last_cues[0] = (form, cues)
    return cues


_POSTAL_CUES = (postal.CUE.search, postal.PATH_CUE.search)  # in free text, in a URL path
# The words a label naming a person may end on before `=` or a dash (postal.code_cued): the key lexicon's name, person
# label and person qualifier words (`Name`, `Absender`, `Nom complet`).
_LABEL_END_WORDS = NAME_TOKENS | PERSON_LABEL_WORDS | PERSON_QUALIFIERS


# (closer 235, review 45) A pair embedded in a text: a JSON object's quoted key, its colon and its string, or a key,
# `=` and its value up to a pair's separator, opening the text or after a separator, a blank or a bracket. A key the
# key rule refuses naming a person's name (a name's word and a qualifier: `firstName`, `last_name`, `customer_name`)
# makes the pair personal whatever its value (a letter or a digit in it, not a flag's `true`, `false`, `null`); a
# name's word alone is a thing's as often (`"name":"Classic Tee"`, as in a table's header), and the other personal
# keys' values are judged by their labels' own rules (`age=puppy`, `gender=women`, `password=too_short` go out).
_EMBEDDED_PAIR = re.compile(
    r'"([A-Za-z_][\w.\-]{0,40})"[ \t]{0,3}:[ \t]{0,3}"([^"\n]{0,200})"'
    r"|(?:^|(?<=[\s;&?,{(]))([A-Za-z_][\w.\-\[\]]{0,40})=([^;&,\s}]{1,200})")
EMBEDDED_KEY = "holds a parameter or field with a personal key"
_FLAG_VALUES = frozenset("true false null none undefined yes no on off".split())


def _embedded_pairs_reason(form: str) -> str:
    """EMBEDDED_KEY for the first pair embedded in canonical `form` whose key names a person's name (above),
    or ""."""
    for number, match in enumerate(_EMBEDDED_PAIR.finditer(form)):
        if number >= _MAX_EMBEDDED_PAIRS:
            break
        key, value = (match.group(1), match.group(2)) if match.group(1) is not None else (match.group(3),
                                                                                           match.group(4))
        if (_TABLE_CELL_CONTENT.search(value) is not None and value.lower() not in _FLAG_VALUES
                and len(tokens := key_tokens(key)) > 1 and not NAME_TOKENS.isdisjoint(tokens) and key_reason(key)):
            return EMBEDDED_KEY
    return ""


_MAX_EMBEDDED_PAIRS = 32  # (the pairs of one text judged at most: a record's, as structured._MAX_FIELDS)


def _structured_reason(form: str, segments: bool = False) -> str:
    """What the fields of the structures in canonical `form` hold (structured.fields), judged as free text, or "" (the
    layouts' cues in one scan in C first; `segments`: a URL path, its segments joined by `/` again)."""
    if structured.CUE.search(form) is None:
        return ""
    fields = structured.fields(form.replace("\n", "/") if segments else form)
    return reason(fields, other_readings=False) if fields else ""

# A table pasted as text (twenty-fourth attack): a line of two or more cells cut by `|` (Markdown, its outer bars
# apart), a tab, `;` or `,` (the first of them the line holds), each short, is a header; the lines right below it cut
# the same way into as many cells are its rows (a Markdown rule, `|---|---|`, among them). A cell is judged as a
# property whose key is its column's header would be: under a header the key rule calls personal, a cell that holds
# a letter or a digit is personal data (`name,city,qty` over `Anil Gowdaru,Mysuru,2`). Under a header naming a person
# by their role or an act (`Customer`, `Ordered by`: postal.names_by_role_or_act), a cell is read as the words after
# that label and its colon are in text (`| Customer | Qty |` over `| Anil Gowdaru | 2 |`; twenty-fifth attack). A
# header's cells name columns: each holds a letter (`3;FBID` in a user agent is no header). In a URL path, whose
# segments are lines, `;` opens a segment's parameters, not a cell. Each line is cut once and each distinct header cell
# judged once in a text: linear.
_TABLE_SEPARATORS = ("|", "\t", ";", ",")  # (tried in this order)
_SEGMENT_TABLE_SEPARATORS = tuple(separator for separator in _TABLE_SEPARATORS if separator != ";")
_TABLE_RULE = re.compile(r"[ \t]*:?-+:?[ \t]*")
_TABLE_CELL_CONTENT = re.compile(r"[^\W_]")
_TABLE_HEADER_LETTER = re.compile(r"[^\W\d_]")
# A product table's header (twenty-fifth attack): a name word alone (`name`, `nombre`: NAME_TOKENS) is personal as a
# key, but beside a column a product has (its price, code, size, colour, brand, stock, material: lexicon data by
# kind, a header word of one of them) and no other personal column, it is the product's name (`name,price,qty` over
# `Classic Tee,19.99,2`). A quantity or an amount is said of a person's order as often, and decides nothing
# (`name,city,qty` over `Anil Gowdaru,Mysuru,2` stays a person's table); so do a product or an item (`name,product`:
# who bought what), and a weight or a height (a person's own).
_PRODUCT_COLUMN_WORDS = {
    "price": "price prix preis precio preço prezzo prijs pris cena fiyat harga mrp цена ціна 価格 价格 價格 가격 السعر "
             "سعر قیمت कीमत मूल्य",
    "code": "sku gtin ean upc isbn mpn barcode asin",
    "size": "size taille größe talla tamanho taglia maat storlek rozmiar beden ukuran размер サイズ 尺码 尺寸 사이즈 "
            "المقاس साइज़",
    "colour": "colour color couleur farbe colore kleur färg farve kolor renk warna цвет 颜色 색상 اللون रंग",
    "brand": "brand marke marque marca merk marka бренд ブランド 品牌 브랜드",
    "stock": "stock inventory lager estoque existencias",
    "material": "material matière materiale materiaal",
}
# (folded as a header's words are: key_tokens)
_PRODUCT_COLUMNS = frozenset("".join(key_tokens(word)) for words in _PRODUCT_COLUMN_WORDS.values()
                             for word in words.split())
_KEY_COLUMN, _ROLE_COLUMN = "key", "role"


def _table_cells(line: str, separators: Tuple[str, ...]) -> Tuple[str, List[str]]:
    """The separator of a line of a table and its cells (a Markdown row's outer bars and a JSON string's quotes
    apart), or ("", [])."""
    line = line.strip(" \r")
    for separator in separators:
        at = line.find(separator)
        if at >= 0:
            # a JSON string opening before the first cell or closing after the last (`{"msg": "| Name | Qty |`)
            opening = line.rfind('"', 0, at)
            if opening >= 0 and ":" in line[:opening]:
                line = line[opening + 1:].lstrip(" ")
            closing = line.rfind('"')
            if closing >= 0 and line.count('"') % 2 == 1 and line[closing + 1:].strip(" ,}]") == "":
                line = line[:closing].rstrip(" ")
            if separator == "|":
                line = line.removeprefix("|").removesuffix("|")
            return separator, line.split(separator)
    return "", []


def _table_columns(headers: List[str], kinds: Dict[str, str]) -> List[str]:
    """What each header cell makes of the cells under it: _KEY_COLUMN (the key rule calls it personal), _ROLE_COLUMN
    (it names a person by their role or an act) or "" (above); all "" for a product table's header. `kinds`: the
    cells' kinds already found in this text (every line may be a header: rows repeating their cells pay the key
    lexicon once for each distinct cell, not once per line)."""
    columns = []
    for header in headers:
        kind = kinds.get(header)
        if kind is None:
            kind = kinds[header] = (_KEY_COLUMN if key_reason(header) else _ROLE_COLUMN
                                    if postal.names_by_role_or_act(header) else "")
        columns.append(kind)
    if _KEY_COLUMN in columns and all(
            kind != _KEY_COLUMN or len(words) == 1 and words[0] in NAME_TOKENS
            for kind, words in zip(columns, (key_tokens(header) for header in headers), strict=True)) and any(
            not _PRODUCT_COLUMNS.isdisjoint(key_tokens(header)) for header in headers):
        return [kind if kind != _KEY_COLUMN else "" for kind in columns]
    return columns


def _tabled_reason(form: str, segments: bool) -> str:
    """TABLE_CELL when canonical `form` holds a table whose cell stands under a personal column (above), or ""."""
    columns: List[str] = []  # what the header's cells make of the cells under them (empty: no header that names one)
    headers: List[str] = []
    kinds: Dict[str, str] = {}
    separator = ""
    separators = _SEGMENT_TABLE_SEPARATORS if segments else _TABLE_SEPARATORS
    # (what a line makes of the state with no header above it depends on the line alone: a line repeated is read once)
    read: Dict[str, Tuple[List[str], str, List[str]]] = {}
    for line in form.split("\n"):
        if not columns and line in read:
            columns, separator, headers = read[line]
            continue
        cut, cells = _table_cells(line, separators)
        if columns and cut == separator and len(cells) == len(columns):
            if all(_TABLE_RULE.fullmatch(cell) is not None for cell in cells):
                continue  # a Markdown rule under the header
            if any(kind == _KEY_COLUMN and _TABLE_CELL_CONTENT.search(cell) is not None
                   or kind == _ROLE_COLUMN and postal.labelled_person(
                       f"{header}: {cell.strip()}", _personal_label, names_a_person)
                   for kind, header, cell in zip(columns, headers, cells, strict=True)):
                return TABLE_CELL
            continue
        columns, separator = [], cut
        if len(cells) >= 2 and all(len(cell.strip()) <= 40 and _TABLE_HEADER_LETTER.search(cell) is not None
                                   for cell in cells):
            headers = [cell.strip() for cell in cells]
            columns = _table_columns(headers, kinds)
            columns = columns if any(columns) else []
        read[line] = columns, separator, headers
    return ""


# A contact card (vCard `BEGIN:VCARD`, MeCard `MECARD:`, as QR codes and share sheets carry them): its structured
# name, the `N` property (`N:Weidl;Jonas`, `N;CHARSET=UTF-8:…`, MeCard's `N:Lindqvist,Erik`), opening a line or a
# MeCard field, names a person when a name's letter follows its colon, whatever the case; so does its formatted name,
# `FN`, and either after a blank too, as a card pasted on one line has its properties (`BEGIN:VCARD VERSION:3.0
# FN:Ravi Teja Kondapalli END:VCARD`; twenty-fourth attack).
_CONTACT_CARD = re.compile(r"(?i:mecard:|begin:vcard)")
_CARD_NAME = re.compile(r"(?:^|(?<=[\n:; \t]))[Ff]?[Nn](?:;[^:\n]{0,200})?:[ \t]{0,3}[^\W\d_]")


# A calendar's event (iCalendar `BEGIN:VEVENT`, RFC 5545): a property's common name parameter (`ATTENDEE;CN=Tigist
# Alemu;ROLE=…`, `ORGANIZER;CN="…"`, RFC 5545 3.2.2) names its participant as vCard's `FN` does, when a name's letter
# follows its `=` (twenty-seventh attack).
_CALENDAR = re.compile(r"(?i:begin:v(?:calendar|event|todo|journal))")
_CALENDAR_NAME = re.compile(r";[Cc][Nn]=\"?[ \t]{0,3}[^\W\d_]")
# ... and either property alone, its line copied out of the card or the calendar (forty-sixth attack), where its own
# layout tells it: vCard's structured name with its components apart by `;` (family, given, additional names,
# prefixes, suffixes: RFC 6350 6.2.2; the first two a name's words, four components or five, `N:Brennaquist;Tovra;;;`),
# opening the text or a line; a participant's property of a calendar (`ORGANIZER`, `ATTENDEE`: RFC 5545 3.8.4.1,
# 3.8.4.3) whose parameters hold its common name (`ORGANIZER;CN="…":urn:uuid:…`), opening the text, a line or a URL
# path's segment.
_NAME_PART = r"[^\W\d_][^\W\d_'’ .-]{0,40}(?:[ '’.-][^\W\d_]{1,40}){0,3}"
_STRUCTURED_NAME_LINE = re.compile(f"(?:^|(?<=\\n))[ \\t]{{0,3}}[Nn](?:;[^:\\n]{{0,200}})?:{_NAME_PART};{_NAME_PART}"
                                   r"(?:;[^;:\n]{0,40}){2,3}[ \t]{0,3}(?=$|\n)")
_PARTICIPANT = re.compile(r"(?:^|(?<=[\n/\"]))[ \t]{0,3}(?i:organizer|attendee)(?:;[^;:\n]{0,100}){0,8}"
                          r";[Cc][Nn]=\"?[ \t]{0,3}[^\W\d_]")


# A device's hardware address (MAC, EUI-48, and EUI-64): six or eight pairs of hex digits, one separator between them,
# `:` or `-` (`a8:bb:cc:dd:ee:ff`, `A8-BB-CC-DD-EE-FF`), no more pairs beside them; dashed, not of digits alone (a
# phone in pairs: its own rules read it), and only as the whole value (or its last dotted part, an fbc's payload) or
# after a device's word (`MAC`, `Wi-Fi`, `BSSID`): dashed pairs after another word are a SKU's, a colour code's or a
# grid's as often (`SKU AA-BB-CC-DD-EE-FF`).
_HEX2 = "[0-9A-Fa-f]{2}"
# (`|` is read as `-`: `00|1A|2B|3C|4D|5E`, as digit groups are)
_MAC = re.compile(rf"(?<![0-9A-Fa-f:|-]){_HEX2}([:|-])(?:{_HEX2}\1){{4}}{_HEX2}(?:(?:\1{_HEX2}){{2}})?"
                  r"(?![0-9A-Fa-f]|[:|-][0-9A-Fa-f])")
# Its other layouts, read after a device's word alone (or, dotted, as the whole value): three groups of four joined
# by dots (Cisco's `aabb.ccdd.eeff`) or dashes (H3C's `aabb-ccdd-eeff`), six pairs joined by a blank, `.`, `|`, `_` or
# `/` (blanks around it too), or by colons with a pair's leading 0 left out (BSD's `ether 0:1a:2b:…`), two halves of
# six (`aabbcc-ddeeff`, `aabbcc:ddeeff`), twelve hex digits unbroken (not digits alone: a serial number).
# (cued in C by the device words' commonest letters: `mac`, `evice`, `SSID`, `WLAN`, any case written)
_OTHER_MAC = re.compile(r"(?<![0-9A-Za-z.|/])(?:[0-9A-Fa-f]{4}([.-])[0-9A-Fa-f]{4}\1[0-9A-Fa-f]{4}"
                        r"(?![0-9A-Za-z]|[.-][0-9A-Fa-f])"
                        r"|[0-9A-Fa-f]{2}( ?[ .|_/] ?)(?:[0-9A-Fa-f]{2}\2){4}[0-9A-Fa-f]{2}"
                        r"(?![0-9A-Za-z]|\2[0-9A-Fa-f])"
                        r"|(?<!:)[0-9A-Fa-f]{1,2}(?::[0-9A-Fa-f]{1,2}){5}(?![0-9A-Za-z]|:[0-9A-Fa-f])"
                        r"|[0-9A-Fa-f]{6}[:-]?[0-9A-Fa-f]{6}(?![0-9A-Za-z]|[:-][0-9A-Fa-f]))")


# The words of a device right before its hardware address (`MAC`, `Wi-Fi`, `Router`); _judged's cue tests each
# (tests/test_detector_review_19_closers.py holds it to this list).
DEVICE_WORDS = ("mac", "bssid", "ether", "hw", "wifi", "wi-fi", "wlan", "bluetooth", "device", "adapter", "router")
_DEVICE_WORD = re.compile(f"(?i:{'|'.join(map(re.escape, DEVICE_WORDS))})" + r"[\w-]{0,10}"
                          r"(?:[ _](?i:address|addr|adresse|id))?\W{0,3}$")


def _holds_mac(form: str) -> bool:
    first, last = len(form) - len(form.lstrip()), len(form.rstrip())  # (the whole value's bounds, blanks apart)
    for match in _MAC.finditer(form):
        if match.group(1) == ":":
            return True
        if match.group().replace("-", "").isdigit():
            continue
        start, end = match.span()
        # (the whole value, or its last dotted part: an fbc cookie's payload, `fb.1.1700000000000.a8-bb-…`)
        if end == last and (start == first or form[start - 1] == ".") or _DEVICE_WORD.search(
                form, max(start - 30, 0), start) is not None:
            return True
    return False


_PAIR_SEPARATORS = str.maketrans("", "", " .|_/:-")


def _holds_other_mac(form: str) -> bool:
    """A hardware address in _OTHER_MAC's layouts after a device's word (dotted groups with a letter and a digit are
    one after any word: _dotted_hex_address)."""
    for match in _OTHER_MAC.finditer(form):
        start, run = match.start(), match.group()
        if run.translate(_PAIR_SEPARATORS).isdigit():
            continue  # (digits alone: a serial number, `1234.5678.9012`)
        if _DEVICE_WORD.search(form, max(start - 30, 0), start) is not None:
            return True
    return False


def _dashed_fours(form: str) -> bool:
    """Whether the whole value is three dashed groups of four hex digits, a letter and a digit among them (H3C's
    layout of a hardware address, as dashed pairs are read whole: _holds_mac)."""
    digits = form.replace("-", "")
    return _OTHER_MAC.fullmatch(form) is not None and not digits.isdigit() and not digits.isalpha()


# Hex digits in dotted groups of four (thirty-fourth attack): a device's hardware address as Cisco writes it, three
# groups (`a483.e72b.91c5`) or six pairs (`a4.83.e7.2b.91.c5`), and an IPv6 address with dots for its colons, eight
# groups of one to four; a letter and a digit among them (a version or a date is digits alone, a word letters alone),
# no dotted part beside them.
_DOTTED_HEX = re.compile(r"(?<![0-9A-Za-z.])[0-9A-Fa-f]{1,4}(?:\.[0-9A-Fa-f]{1,4}){2,7}(?!\.?[0-9A-Za-z])")


def _dotted_hex_address(form: str) -> str:
    """HARDWARE_ADDRESS or IP_ADDRESS for hex digits in dotted groups (_DOTTED_HEX) as a MAC or an IPv6 address
    writes them, else ""."""
    for match in _DOTTED_HEX.finditer(form):
        groups = match.group().split(".")
        text = match.group()
        if text.replace(".", "").isdigit() or text.replace(".", "").isalpha():
            continue
        if len(groups) == 3 and all(len(group) == 4 for group in groups) or len(groups) == 6 and all(
                len(group) == 2 for group in groups):
            return HARDWARE_ADDRESS
        if len(groups) == 8 and _ipv6(":".join(groups)):
            return IP_ADDRESS
    return ""


def _hex_groups_address(body: str) -> str:
    """IP_ADDRESS or HARDWARE_ADDRESS when `body` is hex digits alone joined by one of `-` and `_` standing for `:`
    (an fbc's payload, where both are ordinary characters): an IPv6 address, or a MAC in six or eight pairs."""
    separator = "_" if "_" in body else "-"
    colons = body.replace(separator, ":")
    if separator == "_" and "-" in body or not _HEX_COLONS.issuperset(colons):
        return ""
    groups = colons.split(":")
    return IP_ADDRESS if _ipv6(colons) else HARDWARE_ADDRESS if len(groups) in (6, 8) and all(
        len(group) == 2 for group in groups) else ""


_HEX_COLONS = frozenset("0123456789abcdefABCDEF:")
_HEX_GROUP_CHARACTERS = dict.fromkeys(map(ord, "0123456789abcdefABCDEF-_"))


def _card_or_ipv6_reason(form: str) -> str:
    """PERSON_NAME for a contact card holding a person's structured name (above) in canonical `form`, or a calendar
    holding a participant's common name, IP_ADDRESS for an IPv6 address, or "" (called for a form holding a colon, or
    a dash and a dot: each needs one)."""
    if ":" in form and _CONTACT_CARD.search(form) is not None and _CARD_NAME.search(form) is not None:
        return postal.PERSON_NAME
    if ("CN=" in form or "cn=" in form) and _CALENDAR.search(form) is not None and (
            _CALENDAR_NAME.search(form) is not None):
        return postal.PERSON_NAME
    if ";" in form and (":" in form and _STRUCTURED_NAME_LINE.search(form) is not None or (
            "CN=" in form or "cn=" in form) and _PARTICIPANT.search(form) is not None):
        return postal.PERSON_NAME
    return IP_ADDRESS if _holds_ipv6(form) else ""


# A payment QR's merchant account in EMV's layout (tag, two-digit length, value) under Thailand's PromptPay application
# id (`A000000677010111`): its account sub-tag `01` is a mobile number (`0066` and nine digits), `02` a national id
# (thirteen digits), as a person's QR to be paid holds them (twenty-fourth attack).
_PROMPTPAY_ACCOUNT = re.compile(r"A000000677010111(?:01130066([0-9]{9})|0213([0-9]{13}))")


def _promptpay_reason(form: str) -> str:
    """PHONE or NATIONAL_ID for a PromptPay account in a payment QR's payload (above), else ""."""
    match = _PROMPTPAY_ACCOUNT.search(form)
    if match is None:
        return ""
    return PHONE if match.group(1) else NATIONAL_ID


# (closer 96) An address with every sign left out, as a search box gets one pasted with its `@` and `.` typed as blanks
# (`jo smith gmail com`): the whole text a mailbox's words (one to three, a letter first, one of three characters at
# least: `en outlook to` names a mail client's header), a large provider's name and its top-level domain as words
# (`com`, `net`, a country's two letters, `co uk`), in any case; none of the words is one a webmail's own page is
# searched by (`sign in gmail com`, `www gmail com`; `gmail com login` ends on no domain). Lexicon data: those words.
_WEBMAIL_TASK_WORDS = frozenset(
    "www http https sign signin log login logon in on up signup register create new open my your account accounts "
    "mail email e inbox how to access password reset forgot settings app download setup help support contact "
    "official site page web com net org go is not working".split())
_SIGNLESS_ADDRESS = re.compile(f"((?:[a-z][a-z0-9]{{1,30}} ){{1,3}})(?:{by_first_letter(MAIL_PROVIDERS)})"
                               " (?:com|net|co uk|com [a-z]{2}|[a-z]{2})")


def _signless_address(form: str) -> bool:
    """Whether free text `form` is an address with its signs left out (_SIGNLESS_ADDRESS)."""
    match = _SIGNLESS_ADDRESS.fullmatch(" ".join(form.lower().split()))
    words = match.group(1).split() if match is not None else []
    return any(len(word) > 2 for word in words) and _WEBMAIL_TASK_WORDS.isdisjoint(words)


def _without_at_reason(form: str, id_like: bool, cues: int = -1) -> str:
    """EMAIL when canonical `form` holds an address without its `@`: a large provider's in an id's slug
    (`jo_smith_gmail_com`), with `#` for its `@` (`wangxm1988#163.com`) or a UPI pay link's payee (`pa=`), whatever
    it is written as; MESSENGER_ACCOUNT for a messenger's account id after its label or in its link in free text,
    SOCIAL_PROFILE for a social network's profile link (handles.py; ids are codes); or ""."""
    # (_PROVIDER_SLUG needs its separator twice: most ids, `ORD-000123` and click ids, have one at most)
    # (and in leet, `v3xm0rr4-gm4il-com`, in an id in lower case alone with a digit: an fbclid mixes cases)
    if (id_like and (form.count("-") > 1 or form.count("_") > 1) and (_PROVIDER_SLUG.search(form.lower()) is not None
                                                                     or form.islower() and _ASCII_DIGIT.search(form)
                                                                     and _PROVIDER_SLUG.search(spelled_out.leet(form)))
            or ("a=" in form or "A=" in form) and _UPI_PAY_LINK.search(form) is not None
            or "#" in form and (_HASH_ADDRESS.search(low := form.lower()) is not None
                                or _local_part_before(_HASH_NATIONAL_ADDRESS, low, joined=True))):
        return EMAIL
    # (closer 236: a dot for `@` before a large provider's domain, its dots counted in C first)
    if not id_like and form.count(".") >= 3 and _local_part_before(_DOTTED_PROVIDER_DOMAIN, form.lower(), joined=False):
        return EMAIL
    # (a local part without `@` is joined by `.` or `_`: C substring scans first)
    if not id_like and ("." in form or "_" in form) and _spelled_provider_address(form.lower()):
        return EMAIL
    # (an address with no sign: a blank and a short text, its last word two or three letters, in C first)
    if not id_like and len(form) <= 120 and (form[-4:-3] == " " or form[-3:-2] == " ") and _signless_address(form):
        return EMAIL
    # (a local part joined by `.`, `_` or `-`, or beside a colon or a bracket: `Gmail: mirelqa85`, `josmith85 (gmail)`)
    # (in an id too when it holds a blank or a label in another script: a sentence, not a code; thirty-seventh attack)
    if (not id_like or " " in form or ":" in form and not form.isascii()) and (
            "." in form or "_" in form or "-" in form or ":" in form or "(" in form or "[" in form):
        low = form.lower()
        if not id_like and "." in form and (form.count("-") > 1 or form.count("_") > 1) and _provider_slug_file(low):
            return EMAIL
        # (a webmail provider's name labelling a local part: its cue's bit first, thirty-fifth attack)
        if cues & _PROVIDER_BIT and provider_handles.reason(low):
            return EMAIL
    if not id_like and ":" in form and "." in form and _labelled_local_part(form):
        return EMAIL
    if id_like:
        # (an id holds no label's colon and blank nor a link: `LINE ID: jo_1`, `t.me/jo_smith` in an order id are
        # what they say; closer 50)
        return handles.reason(form) if (": " in form or "\uff1a" in form or "live:" in form or "/" in form and (
            "me/" in form or "://" in form or ".com/" in form)) else ""
    # (what ASCII text needs for a messenger's account, handles.reason says, in C substring scans first)
    return "" if form.isascii() and not (
        ":" in form or "=" in form or "@" in form or "_" in form
        or ("." in form and (" - " in form or "\u00bb" in form or " | " in form or " / " in form or " ~ " in form
                             or " >" in form  # (`Instagram - jo.smith`, `Instagram | jo.smith`)
                             or " is " in form))  # (`my ig is jo.smith.96`: closer 205)
        or "/" in form and ("me/" in form or ".com/" in form or ".ru/" in form or ".app/" in form or ".am/" in form
                            or ".ee/" in form or ".tv/" in form or ".net/" in form)
        or "$" in form and ("ash" in form or "ASH" in form or "Ash" in form)  # (Cash App's `$cashtag`)
    ) else handles.reason(form)


# The extensions of what a person uploads or is sent (documents, scans, photos, exports), not a web page's own files
# (`/blog/login-to-hotmail-com.html` is a page's slug).
_UPLOAD_EXTENSIONS = frozenset(
    "pdf doc docx odt rtf txt csv xls xlsx ods zip png jpg jpeg gif webp heic heif tif tiff bmp mp4 mov mp3 wav "
    "pages numbers key".split())  # (Apple's documents too)
_PROVIDER_WORDS = frozenset(MAIL_PROVIDERS)


def _provider_slug_file(low: str) -> bool:
    """Whether lower-cased free text `low` holds a file named by the slug of an address at a large provider: words
    joined by `-` or `_` (which stand for both `@` and `.`), the provider's name and its top-level domain, then the
    file's extension (`resume-jo-smith-gmail-com.pdf`), as an id's slug of one is read (_PROVIDER_SLUG); or a file's
    words after the slug when the address opens the file's name (`jo-smith-gmail-com-resume.pdf`: two or three words
    before it, `how-to-set-up-gmail-com-sync.pdf` is a guide's); or a national provider's slug with its country's
    domain right before the extension (`cv-jo-smith-web-de.pdf`). A provider's name among the other words is a
    guide's between two providers (`how-to-forward-gmail-com-to-outlook-com.pdf`)."""
    for match in _SLUG_FILE.finditer(low):
        if match.group(4) not in _UPLOAD_EXTENSIONS or match.group(3) and match.group(2) is None:
            continue
        opening = max(low.rfind(" ", 0, match.start()), low.rfind("/", 0, match.start())) + 1
        local = low[opening:match.start() + 1]
        if _PROVIDER_WORDS.isdisjoint(_SLUG_WORD.findall(local + match.group(3))) and (
                not match.group(3) or local.count("-") + local.count("_") <= 2):
            return True
    return False


# (a slug's last character, its separator, a large provider's domain or a national one's with its country's, up to
# two words, the extension)
_SLUG_FILE = re.compile(
    f"[a-z0-9]([-_])(?:({by_first_letter(MAIL_PROVIDERS)})\\1(?:(?:{SECOND_LEVELS})\\1[a-z]{{2}}|com|net|org|[a-z]{{2}})"
    f"|(?:{by_first_letter(NATIONAL_MAIL_PROVIDERS)})\\1[a-z]{{2}})((?:\\1[a-z]{{2,12}}){{0,2}})"
    r"\.([a-z0-9]{2,7})(?![a-z0-9])")
_SLUG_WORD = re.compile(r"[a-z0-9]+")


# A home folder's parent (Linux's and BSD's `/home`, cPanel's `home2`, Synology's `homes`, a mail spool's `var/mail`
# where the account names its mailbox, macOS's `/Users`, Windows' `C:\\Users` and, before Vista, `Documents and
# Settings`) as a whole segment of a path, and the segment after it: the account's folder, named by its sign-in name.
_HOME_FOLDER = re.compile(r"(?<![^/\\\n:])(?i:(home[0-9]?|homes|var/mail|var/spool/mail)|users|documents and settings)"
                          r"[/\\\n]([^/\\\n]{3,64})(?![^/\\\n])")
# (a birth year's or a number's digits may end the account: `jo.smith85`)
_DOTTED_ACCOUNT = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+){1,2}[0-9]{0,4}")
# Two words of letters joined by `_` or `-` (`jo_smith`, `jo-smith`): an account before a profile's own folder only
# (_PROFILE_FOLDERS: `/home/jo_smith/Documents/`), as `/home/new-arrivals/` is a shop's slug.
_JOINED_ACCOUNT = re.compile(r"[^\W\d_]{2,}[_-][^\W\d_]{2,}[0-9]{0,4}")
# The folders an operating system makes in each account's home (the XDG user folders, macOS's and Windows'
# profile folders, cPanel's web root, a mail server's `Maildir`): their vocabulary, read after an account's segment
# as written (a shop's slugs are in lower case: `/home/office-furniture/desktop/`).
_PROFILE_FOLDERS = frozenset("Desktop Documents Downloads Pictures Music Videos Movies Library AppData OneDrive "
                             "public_html Maildir".split())
_CAPITALISED_ACCOUNT = re.compile(r"[^\W\d_](?<=[^\W\d_a-z])[^\W\d_]*[ _][^\W\d_](?<=[^\W\d_a-z])[^\W\d_]*")
# Windows' own profile folders of two words (its field vocabulary), no person's.
_SYSTEM_PROFILES = frozenset(["all users", "default user"])
_NAMES_NO_ACCOUNT = _FILE_EXTENSIONS | MAIL_TOP_LEVELS | frozenset(
    "pdf doc docx odt rtf xls xlsx zip php asp aspx jsp cgi shtml txt log bak old tmp".split())


def home_folder_account(form: str, web: bool = False) -> bool:
    """Whether a path in `form` names an account after a home folder's parent (_HOME_FOLDER): personal as a sign-in
    name under a bare account key is (`?login=jo.smith`), when it is a dotted name of two or three words of letters
    (`/home/jo.smith/`, `C:\\Users\\first.last\\`; under `home` in lower case, as Unix writes its account names:
    `/home/Kitchen.Dining/` is a shop's), the last no file's extension nor a top-level domain
    (`/home/index.html`, `/home/example.com/`); under `Users` or `Documents and Settings`, which no shop's category
    is, also two capitalised words apart by a blank or `_` with a folder inside (`C:/Users/Jo Smith/Desktop`; not
    Windows' own `All Users`). One word goes out (`jsmith`, `Public`, `/home/products/`), as a slug does
    (`/home/new-arrivals/`). In a web page's path (`web`, or after an http(s) URL's host) the account must hold a
    profile's folder or a document (`/home/jo.smith/cv.pdf`): a shop's `/home/garden.furniture/sofas` is its page."""
    for match in _HOME_FOLDER.finditer(form):
        root = _at_path_root(form, match.start())
        if not root:
            continue  # (a breadcrumb's or a site's folder further down: `Shop/Home/…`, `/de/home/…`)
        if (web or root == _WEB_ROOT) and _FOLDER_OR_DOCUMENT_AFTER.match(form, match.end()) is None:
            continue
        segment = match.group(2)
        if _DOTTED_ACCOUNT.fullmatch(segment) is not None and (match.group(1) is None or segment.islower()):
            parts = segment.lower().rstrip("0123456789").split(".")
            if parts[-1] not in _NAMES_NO_ACCOUNT and len(parts[-1]) > 2 and max(map(len, parts)) > 1:
                return True
        elif match.group(1) is None and _CAPITALISED_ACCOUNT.fullmatch(segment) is not None and (
                segment.lower().replace("_", " ") not in _SYSTEM_PROFILES) and (
                form[match.end():match.end() + 1] or _after_drive(form, match.start())):
            return True  # (with a folder inside, or after a drive: `C:\Users\Jo Smith`)
        if _JOINED_ACCOUNT.fullmatch(segment) is not None and _PROFILE_FOLDERS_AFTER.match(
                form, match.end()) is not None:
            return True
    return False


# (the folder after an account's segment, one of _PROFILE_FOLDERS)
_PROFILE_FOLDERS_AFTER = re.compile(r"[/\\\n](?:" + "|".join(sorted(_PROFILE_FOLDERS)) + r")(?![^/\\\n])")
# ... or, in a web page's path, a document's or a dotfile's name further down (`cv.pdf`, `exports/cart.csv`,
# `.bash_history`; a page's `.html` is no folder's)
_FOLDER_OR_DOCUMENT_AFTER = re.compile(
    _PROFILE_FOLDERS_AFTER.pattern + r"|(?:[/\\\n][^/\\\n\s?#]{0,64}){0,4}[/\\\n]"
    r"(?:[^/\\\n\s?#]{0,64}\.(?i:pdf|docx?|odt|rtf|xlsx?|ods|txt|csv|heic)|\.[a-z_]{2,20})(?![^/\\\n\s?#])")


def _after_drive(form: str, start: int) -> bool:
    """Whether the segment at `start` follows a drive's letter (`C:\\Users`)."""
    return start >= 3 and form[start - 2] == ":" and form[start - 3].isalpha() and (
        start == 3 or form[start - 4] in _PATH_OPENERS)


# What may stand before a path's first separator: nothing, a blank, a quote, `=` or `(` (a path in text or a
# parameter), a drive (`C:`, `/C:` in a file URL), a URL's scheme and host (`https://uni.example.edu`, `file://`).
_PATH_OPENERS = frozenset(" \t\r\n\"'=(<>[")
_URL_SCHEME = re.compile(r"(?:(?<=[\s\"'=(<>\[])|^)[A-Za-z][A-Za-z0-9+.-]{0,15}$")  # (searched up to `://`)
_HOST_CHARACTERS = re.compile(r"[^\s/\\]*")
_LONGEST_HOST = 253


_PATH_ROOT, _WEB_ROOT = "path", "web"


def _at_path_root(form: str, start: int) -> str:
    """Whether the segment at `start` opens an absolute path (`/home/…`, `C:\\Users\\…`, `file:///C:/Users/…`, a
    URL's first segment), as a home folder's parent does (`Home/Kitchen/…` is a breadcrumb): _WEB_ROOT after an
    http(s) URL's host, _PATH_ROOT else, "" when it does not."""
    if start == 0 or form[start - 1] not in "/\\\n":
        return ""
    separator = start - 1
    if separator == 0 or form[separator - 1] in _PATH_OPENERS:
        return _PATH_ROOT
    if separator >= 6 and form[separator - 6:separator - 1] == "/mnt/" and form[separator - 1].isalpha() and (
            separator == 6 or form[separator - 7] in _PATH_OPENERS):
        return _PATH_ROOT  # a drive mounted in WSL (`/mnt/c/Users/…`)
    share = form.rfind("\\\\", max(0, separator - 66), separator)  # a share's host (`\\server\home\…`)
    if share != -1 and share + 2 < separator and (share == 0 or form[share - 1] in _PATH_OPENERS) and (
            _HOST_CHARACTERS.fullmatch(form, share + 2, separator) is not None):
        return _PATH_ROOT
    if form[separator - 1] == ":" and separator >= 2 and form[separator - 2].isascii() and (
            form[separator - 2].isalpha()) and (separator == 2 or form[separator - 3] in _PATH_OPENERS
                                                or form[separator - 3] == "/"):
        return _PATH_ROOT  # a drive
    # (a URL's host: `://` within a host's length before, in C, then its characters and its scheme)
    scheme_end = form.rfind("://", max(0, separator - _LONGEST_HOST - 3), separator)
    if scheme_end == -1 or _HOST_CHARACTERS.fullmatch(form, scheme_end + 3, separator) is None:
        return ""
    scheme = _URL_SCHEME.search(form, max(0, scheme_end - 16), scheme_end)
    if scheme is None:
        return ""
    return _WEB_ROOT if scheme.group().lower() in ("http", "https") else _PATH_ROOT


def _short_reason(form: str, id_like: bool) -> str:
    """What a canonical `form` of six characters at most holds: only a name before its Japanese honorific (`山田 様`),
    after a label and its colon in a script written without blanks (`姓名:王小明`) or after a Chinese self-introduction
    (`我叫王芳`), or before a Korean honorific or a Chinese account's word in a title (`김민수님`, `王芳的订单`) is
    so short."""
    if id_like or form.isascii():
        return ""
    return postal.PERSON_NAME if postal.honored(form) or ":" in form and postal.labelled_person(
        form, _personal_label, names_a_person) or self_introductions.cued_without_blank(form) or (
        titled_cued(form) and titled_reason(form)) else ""


def _postal_cued(form: str, segments: bool) -> bool:
    """Whether the layout rules (postal.py) may find something in free text `form` (`segments`: a URL path)."""
    return not form.isascii() or _POSTAL_CUES[segments](form) is not None or postal.code_cued(
        form, segments, _LABEL_END_WORDS)

# One or two ASCII words of ten letters at most, maybe then a number of three digits at most (`Product 17`): no
# mark, no run an encoding could hide an address in (a base64 or base32 run is 11 characters at least), too few
# words to spell an address or a number, too few digits for any number rule (4 at least, but a card's security code
# after its label: `CVV 123`, left to the rules) or a date; only the layout
# rules' cues (a salutation, a label, a street word before a house number) could make them personal, and the
# canonical form leaves them as they are. Most product names and categories are such, and every event judges
# several: one match and the cue before decoding, instead of each rule's own scan (the same verdict: tested).
_SHORT_WORDS = re.compile(r"[A-Za-z]{1,10}(?: [A-Za-z]{1,10})?(?: [0-9]{1,3})?")

# An id of up to three ASCII letters, maybe a dash, and up to six digits (`SKU-1`, `ORD-000123`), ten characters at
# most: no mark, no run an encoding could hide an address in (11 characters at least), fewer digits than any number
# rule an id is judged by (7; a date needs two separators or eight digits, an IPv4 address dots or three dashes), and
# the layout rules judge no id. Every order and most products judge one: one match before decoding (the same verdict:
# tested in tests/test_detector_short_ids.py).
_SHORT_ID = re.compile(r"[A-Za-z]{1,3}-?[0-9]{1,6}")


# A character one of the other readings needs (canonical.readings, base85 runs): one scan of the usual value.
_READING_SHAPES = re.compile(r"[=+<!{@%#$&()*;>?^`|}~]")


def _titled_reason(form: str, id_like: bool, segments: bool) -> str:
    """(closer 197) PERSON_NAME when canonical `form` (free text: no id, no path) holds a full name typed in lower case
    after a cue, or family name first: the text read with that name capitalized and given name first
    (lower_case_names.titled), as the rules read `for Given Family`, a person's name there its verdict; else "".
    (Its cue's blank or tab inline: a token holding neither pays no call.)"""
    titled = "" if id_like or segments or not (" " in form or "\t" in form) else lower_case_names.titled(form)
    if titled and lower_case_names.cued_alone(form):  # (a cue introducing a person by itself: closer 204)
        return postal.PERSON_NAME
    return postal.PERSON_NAME if titled and reason(titled, other_readings=False) == postal.PERSON_NAME else ""


def _other_readings_reason(text: str, form: str, unclosed: bool, id_like: bool, segments: bool) -> str:
    """The reason of the first other reading of `text` (canonical `form`) that holds personal data, or "" (called
    when `form` holds a shape one of them needs, or decode() said `unclosed`)."""
    texts = readings(text, form, unclosed)
    found = _first_reason(texts, id_like, segments) or _base85_reason(form)
    # (a reading's structures too, as the value's are: a mail's header block in its HTML body, `To: …<br>Subject:`)
    found = found or ("" if id_like else next(filter(None, (
        _structured_reason(reading, segments) for reading in texts)), ""))
    if not found and "+" in form and _PLUS_BLANKS.search(form) is not None:  # a form's `+` for blanks
        found = _digit_reason(_PLUS_BETWEEN_DIGITS.sub(" ", form), id_like, segments)
    return found


# A dialled number posted by a form, `+` for each blank (`%2B63+917+123+4567`): a country code's `+`, its digits,
# then `+` before more digits; read with blanks.
_PLUS_BLANKS = re.compile(r"(?<![0-9A-Za-z])\+[0-9]{1,4}\+[0-9]")
_PLUS_BETWEEN_DIGITS = re.compile(r"(?<=[0-9])\+(?=[0-9])")


def _personal_label(label: str) -> bool:
    """Whether a label written before a colon in text (`Ship to:`) names personal data, as a key's words would, or is
    a full name's initials with their dots (`F.I.Sh.:`; not a key's: `fish`). A label with dots between its letters
    (postal._INITIALS_LABEL) is one abbreviation, read with its letters joined (`T.I.N.:` as `TIN:`), never its
    letters as words of their own (`R.I.P.:` holds no `IP`). What the label itself holds is judged with the text it
    stands in, so its words alone are read here (judging it as a key again cost a title like `Black Friday Deals: …`
    a second pass of every rule; the same verdicts on every recorded value)."""
    if "." in label:
        return names_a_person_by_initials(label) or names_personal_data(label.replace(".", ""))
    # (a gender's or an age's label alone has its value judged by its kind's shape, labelled_values.py: a product's
    # audience after it, `Gender: Unisex`, `Age: Adult`, is no name)
    # (nor does a name's study's, `Surname meaning:`, whose value is the name studied: closer 143)
    # (nor an exchange account's or a referral's code's, judged by its shape, exchange_accounts.py: `Sub-account: Main`)
    return names_personal_data(label) and not labelled_values.judged_by_shape(label) and not (
        labelled_values.studies_a_name(label)) and not exchange_accounts.judged_by_shape(label)


def _first_reason(texts: List[str], id_like: bool, segments: bool) -> str:
    """The reason of the first of `texts` (other readings of one value) that holds personal data, or ""."""
    for reading in texts:
        found = reason(reading, id_like, segments, other_readings=False)
        if found:
            return found
    return ""


# An address written a character at a time between blanks (`j o @ e x a m p l e . c o m`, its `@` joined by
# canonical.py): five characters at least, read joined.
_SPACED_OUT = re.compile(r"(?<![^\s@])[^\s@](?:[ @][^\s@]){4,}(?![^\s@])")


def _joined(match: re.Match[str]) -> str:
    return match.group().replace(" ", "")


def _address_reason(form: str, id_like: bool) -> str:
    """EMAIL when canonical `form` (holding `@`) holds an address; MANY_AT_SIGNS past the bound; else ""."""
    if form.count("@") > MAX_AT_SIGNS:
        return MANY_AT_SIGNS
    if _holds_email(form) or id_like and _DOTLESS_ADDRESS.search(form) or _provider_address(form.lower()):
        return EMAIL
    if " " in form and _SPACED_OUT.search(form) is not None and _holds_email(_SPACED_OUT.sub(_joined, form)):
        return EMAIL
    if not id_like and "-" in form and _DASHED_DOMAIN.search(form.lower()) is not None:
        return EMAIL
    if not id_like and _UPI_ADDRESS.search(_without_abha_placeholders(form.lower())) is not None:
        return EMAIL
    if not id_like and _NATIONAL_ADDRESS.search(form) is not None:
        return EMAIL
    return ""


def _without_abha_placeholders(low: str) -> str:
    """Lower-cased `low` without an ABHA address's placeholders (ABHA_PLACEHOLDERS: `yourname@abdm`; closer 191)."""
    return _ABHA_PLACEHOLDER.sub(" ", low) if "@abdm" in low or "@ndhm" in low else low


def _provider_address(low: str) -> bool:
    """Whether lower-cased `low` holds an address at a large provider without its dot (_PROVIDER_ADDRESS), one named
    by a number after a mailbox's name (_MAILBOX_NAME)."""
    for match in _PROVIDER_ADDRESS.finditer(low):
        at = match.start() + 1
        if not low[at + 1].isdigit():
            return True
        local = low[max(0, at - 64):at][::-1]
        name = _MAILBOX_NAME.match(local).group()  # type: ignore[union-attr]  # (reversed: read back from `@`)
        if (any(char.isalpha() for char in name) and any(char.isdigit() for char in name) or "." in name
                or "_" in name or name.isdigit() and len(name) >= 5):
            return True
    return False


def _labelled_local_part(form: str) -> bool:
    """Whether free text `form` holds an address's local part alone after a mail label (_LABELLED_LOCAL_PART)."""
    for match in _LABELLED_LOCAL_PART.finditer(form):
        name = match.group(1).lower()
        parts = name.split(".")
        if len(parts) < 2 or "" in parts or _THREE_LETTERS.search(name) is None or (
                parts[-1] in MAIL_TOP_LEVELS or len(parts[-1]) == 2):
            continue
        tokens = _label_tokens(form, match.start(1))[0]
        if tokens and ("".join(tokens) in _MAIL_LABELS or tokens[-1] in _MAIL_LABELS):
            return True
    return False


_DOTTED_FULL_NAME = re.compile(r"[a-z]{2,20}\.[a-z]{2,30}[0-9]{0,4}")
_LONGEST_DOTTED_NAME = 55


def _dotted_name_reason(low: str) -> str:
    """(closer 236) PERSON_NAME when lower-cased `low` is, whole, a given name and a family name joined by a dot, as a
    mailbox's local part or a sign-in name is written (`anna.schmidt`, `anna.schmidt87`; review 45's campaign term:
    given_names.a_given_then_family_name), else ""."""
    # (a domain's name is no family name: its top-level domain last, a generic one or a country's two letters,
    # `sina.com`, `alice.it`)
    last = low.rpartition(".")[2]  # (its caller tests _DOTTED_FULL_NAME in C first)
    return postal.PERSON_NAME if not (
        len(last) == 2 or last in MAIL_TOP_LEVELS) and (
        given_names.a_given_then_family_name(low.rstrip("0123456789").replace(".", " "))) else ""


def _local_part_before(pattern: re.Pattern[str], low: str, joined: bool) -> bool:
    """(closer 236) Whether lower-cased `low` holds a match of `pattern` (a domain after a sign standing for `@`)
    after a mailbox's local part read back from it (_MAILBOX_NAME): words joined by `.` or `_` (`joined`), or a given
    name and a family name joined so (given_names.a_given_then_family_name)."""
    for match in pattern.finditer(low):
        before = low[max(0, match.start() - 64):match.start()][::-1]
        name = _MAILBOX_NAME.match(before).group()[::-1]  # type: ignore[union-attr]  # (read back from the sign)
        if _JOINED_LOCAL_PART.fullmatch(name) is None or _THREE_LETTERS.search(name) is None:
            continue
        words = " ".join(name.replace("_", ".").split(".")[:2]).rstrip("0123456789")
        if joined or given_names.a_given_then_family_name(words):
            return True
    return False


def _spelled_provider_address(low: str) -> bool:
    """Whether lower-cased free text `low` holds a mailbox's local part and a large provider's name without `@`
    (_SPELLED_PROVIDER): a blank alone before a domain with its top-level domain, `_` before one joined by `_` (a
    worldwide provider's: a country's, `web`, `orange`, is a slug's word there)."""
    for match in _SPELLED_PROVIDER.finditer(low):
        at_word, underscore, provider, dot = match.groups()
        if not (at_word or dot == "." and not underscore or underscore and dot == "_" and provider in _LARGE_PROVIDERS):
            continue
        local = low[max(0, match.start() - 64):match.start()][::-1]
        name = _MAILBOX_NAME.match(local).group()[::-1]  # type: ignore[union-attr]  # (read back from the separator)
        if _JOINED_LOCAL_PART.fullmatch(name) is not None and _THREE_LETTERS.search(name) is not None:
            return True
    return False


def _holds_ipv6(form: str) -> bool:
    """An IPv6 address in `form`, written with colons or as a host-name label with `-` for `:`."""
    if ":" in form and form.count(":") > 1 and any(_ipv6(match.group()) for match in _HEX_COLON_RUN.finditer(form)):
        return True
    return "-" in form and "." in form and any(
        _ipv6(match.group().replace("-", ":")) for match in _HEX_DASH_RUN.finditer(form))


def _whatwg_ipv4(host: str) -> bool:
    """Whether a browser reads `host` as an IPv4 address (WHATWG URL's IPv4 parser): one to four dotted parts,
    each decimal, octal (a leading 0) or hex (0x), the last filling the bytes the others leave."""
    parts = host.split(".")
    if len(parts) > 1 and parts[-1] == "":
        parts.pop()
    if not 1 <= len(parts) <= 4:
        return False
    numbers = []
    for part in parts:
        if part[:2] in ("0x", "0X"):
            if not all(ch in _HEX_DIGITS for ch in part[2:]):
                return False
            numbers.append(int(part[2:] or "0", 16))
        elif part.isascii() and part.isdigit():
            if len(part) > 1 and part[0] == "0" and ("8" in part or "9" in part):
                return False
            numbers.append(int(part, 8) if len(part) > 1 and part[0] == "0" else int(part))
        else:
            return False
    return all(number <= 255 for number in numbers[:-1]) and numbers[-1] < 256 ** (5 - len(numbers))


_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_HEX_LETTERS = frozenset("abcdefABCDEF")
# An IPv4 address as one hex number of 32 bits (`0x510245a0`): a browser reads it as one; no price, id or date
# is written so (a colour has six hex digits, a hash or a wallet address many more).
_HEX_IPV4 = re.compile(r"(?<![0-9A-Za-z.])0[xX]([0-9a-fA-F]{7,8})(?![0-9A-Za-z.])")


def _ends_in_a_number(host: str) -> bool:
    last = host.rstrip(".").rpartition(".")[2]
    return bool(last) and (last.isascii() and last.isdigit() or last[:2] in ("0x", "0X"))


def _host_is_ip(host: str) -> bool:
    """A URL's host (user info and port removed here) that is an IP address in any form a browser reads."""
    host = host.rpartition("@")[2]
    if host.startswith("["):
        return _ipv6(host[1:].partition("]")[0].partition("%")[0])
    host = host.partition(":")[0]
    return _ends_in_a_number(host) and _whatwg_ipv4(host)


def host_reason(host: str) -> str:
    """Why the host of a URL may not go out: an IP address in any form a browser reads (`1359103392`,
    `0x510245a0`, `0121.02.0105.0240`, `81.2.17824`), or personal data in its name; or ""."""
    form = canonical(host)[0]
    if _host_is_ip(form):
        return IP_ADDRESS
    return reason(f"//{host}", id_like=True)  # (read as a URL's host: its labels are no title's slug)


def _separated_ipv4(form: str, anywhere: bool) -> bool:
    """Four numbers up to 255 joined by `_`, or by `-` in a host name (followed by `.` and a label) or as the whole
    value or its last dotted part (`?client=81-2-69-160`, `srv.12.178-62-193-45`; not a list's steps, `10-12-14-16`,
    nor a network's `.0`); joined by either anywhere when `anywhere` (a click id, whose `-` and `_` are ordinary
    characters); joined by `,` or a tab as the whole value, a part of three digits among them, when they neither rise
    nor step evenly (a list's sizes, `36,38,40,42`, or a table's row of counts)."""
    if form.count("-") < 3 and form.count("_") < 3 and form.count(",") != 3 and form.count("\t") != 3:
        return False  # (the pattern repeats one separator thrice: four scans in C)
    for match in _SEPARATED_IPV4.finditer(form):
        start, end, separator = match.start(), match.end(), match.group(1)
        parts = match.group().split(separator)
        if not all(int(part) <= 255 for part in parts):
            continue
        if separator in ",\t":
            if end - start == len(form) and any(len(part) == 3 for part in parts) and int(parts[3]) and not (
                    _rising(parts) or _steps(parts)):
                return True
        elif anywhere or separator == "_" or form[end:end + 1] == "." and form[end + 1:end + 2].isalpha() or (
                end == len(form) and (start == 0 or form[start - 1] == ".") and int(parts[3]) and not _steps(parts)):
            return True
    return False


# Meta's fbclids begin with a tag of four characters (`IwAR`, `IwZX`, `IwY2`); what follows is random.
_CLICK_ID_TAG = 4
_SHORT_ID_PAYLOAD = 22  # (a CURP after the tag: 4 + 18 characters)
_SHORT_HEX_PAYLOAD = 43  # (an IPv6 address dashed after the tag: 4 + 39 characters)
# A run of 9 digits or more: a random base64 fbclid almost never holds one ((10/64)**9), a phone number does.
_DIGIT_RUN = re.compile(r"[0-9][0-9]{8}")  # (its first digit apart, as _FIVE_DIGITS)


# The last click id judged and its verdict: an event judges its fbclid twice, in the page URL's query and as the
# payload of the fbc built from it, and the verdict is a function of the value alone (a third of a page event's
# gate work natively).
_last_click_id: List[str] = ["", ""]


def forget_remembered() -> None:
    """Empty what the detector remembers of the last values it judged (the click id's verdict, the last form with
    nothing encoded, the last decoding and birth date verdict, canonical's decodings), as a fresh instance starts:
    for a bench that judges one value many times."""
    _last_click_id[:] = ["", ""]
    _nothing_encoded[0] = ""
    _last_decoded[0] = ("", ("", True, False))
    _last_birth_date[:] = ["", ""]
    _last_cues[0] = _NO_CUES
    forget_decodings()


def click_id_reason(payload: str) -> str:
    """Why an fbclid (an fbc's payload) may not go out, or "". Its `-` and `_` are ordinary characters of
    URL-safe base64: read as separators, they must not join a phone number (a run of 9 digits once they are
    gone: `650_555_0173`, `IwAR16505-550173`) or an IPv4 address (`81-2-69-160`); nor may it be digits alone."""
    if payload == _last_click_id[0] and payload:
        return _last_click_id[1]
    found = _click_id_verdict(payload)
    _last_click_id[:] = [payload, found]
    return found


def _click_id_verdict(payload: str) -> str:
    if payload.isdigit() or _DIGIT_RUN.search(payload.replace("-", "").replace("_", "")) is not None:
        return PHONE
    if _separated_ipv4(payload, anywhere=True):
        return IP_ADDRESS
    # a payload far shorter than an fbclid (Meta's run to dozens of characters) may be a person's id of any checkable
    # shape whole or after the tag (a codice fiscale, a CURP, a DNI), and an IPv6 or a hardware address in hex groups
    short = len(payload) <= _SHORT_ID_PAYLOAD
    if holds_national_id(payload[_CLICK_ID_TAG:], strong_only=not short) or short and holds_national_id(
            payload, strong_only=False) or len(payload) - 9 in (0, _CLICK_ID_TAG) and holds_compact_nino(payload[-9:]):
        return NATIONAL_ID  # glued after the fbclid's tag (`IwAR`): a PAN, a CURP; the payload a NINO, no code there
    if ("-" in payload or "_" in payload) and len(payload) <= _SHORT_HEX_PAYLOAD:
        for body in (payload, payload[_CLICK_ID_TAG:]):
            # (hex digits and separators alone, in C first: an fbclid holds more)
            found = "" if body.translate(_HEX_GROUP_CHARACTERS) else _hex_groups_address(body)
            if found:
                return found
    found = reason(payload, id_like=True)
    if not found and len(payload) >= 8 and (payload.islower() or payload.isupper()) and (
            _ASCII_DIGIT.search(payload) is None):
        return WORDS  # random base64 mixes cases and digits: one case alone and no digit are words (`jo-v-okicici`)
    return found


def _dotted_ipv4(form: str) -> bool:
    """Dotted numbers no one writes but as an address: a part in hex (`0x51.0x2.0x45.0xa0`), or four parts with
    a leading 0 (octal: `0121.02.0105.0240`), read as a browser reads them."""
    for match in _DOTTED_NUMBERS.finditer(form):
        parts = match.group().split(".")
        special = any(part[:2] in ("0x", "0X") for part in parts) or len(parts) == 4 and any(
            len(part) > 1 and part[0] == "0" and part.strip("0") for part in parts)  # `000` is a group of an amount
        if special and _whatwg_ipv4(match.group()):
            return True
    return False


# Four numbers joined by a word for "." of any lexicon language between blanks, `_` or `-`, maybe in brackets
# (`103 dot 230 dot 104 dot 37`, `81 [punkt] 2 [punkt] 69 [punkt] 160`), as spelled addresses write their dots.
_DOT_SPELLED = f"[\\s_\\-(\\[{{]{{1,3}}(?i:{DOT_WORD})[\\s_\\-)\\]}}]{{1,3}}"
_SPELLED_IPV4 = re.compile(f"[0-9](?<![0-9][0-9])[0-9]{{0,2}}(?:{_DOT_SPELLED}[0-9]{{1,3}}){{3}}(?![0-9])")


def _spelled_ipv4(form: str) -> bool:
    """(Called for a form with six blanks, `_` or `-` at least: three words between them, _holds_ipv4's test.)"""
    return any(_an_address(_DIGIT_GROUPS.findall(match.group())) for match in _SPELLED_IPV4.finditer(form))


def _an_address(parts: List[str]) -> bool:
    return int(parts[3]) > 0 and all(int(part) <= 255 for part in parts)


_COUNTED = "0.1.2.3.4.5.6.7.8.9"


def _spaced_address(match: re.Match[str], form: str) -> bool:
    """Four numbers apart by spaced dots or slashes (_SPACED_IPV4) that are an address's, not a rising list's after
    its label (`Sizes 36 · 38 · 40 · 42`)."""
    parts = match.group().replace(" ", "").replace("/", ".").split(".")
    return _an_address(parts) and not _rising_list(parts, form, match.start())


def _holds_ipv4(form: str) -> bool:
    """An IPv4 address in `form`: one hex number of 32 bits (`0x510245a0`), or (4 digits at least) dotted, in the
    dotted forms only addresses take, joined by `_` or in a host name, or as the host of a URL written in the
    text."""
    if ("0x" in form or "0X" in form) and any(int(number.group(1), 16) >> 24 for number in _HEX_IPV4.finditer(form)):
        return True  # as a browser reads a host
    if "." in form:
        for match in _IPV4.finditer(form):
            parts = match.group().split(".")
            # x.x.x.0 is a network or a version (`2.4.1.0`), not a visitor's address; nor is a number a code label
            # names (`Firmware 4.2.1.7`, `Section 3.2.1.4`)
            # (glued between words, the word glued before is no label of a number unless a code's: `SKU81.2.69.160ab`)
            # (nor one-digit parts that count by one in text without a personal label, `IP: 1.2.3.4`: a guide's steps
            # or a set's volumes, `Ice 1.2.3.4 step`)
            start = match.start()
            if _private(parts) and _DEVICE_GUIDE.search(form.lower()) is not None:
                continue  # (a router's default in its guide's title, `192.168.1.1 setup guide`: _DEVICE_GUIDE)
            if int(parts[3]) and all(int(part) <= 255 for part in parts) and (
                    match.group() not in _COUNTED or len(form) <= 9 or _label_level(form, start) < 0) and (
                    start == 0 or (
                    not CODE_LABELS.issuperset(_label_tokens(form, start)[0][-1:]) if form[start - 1].isalpha()
                    else not _version_labelled(form, start) or _named_file_quad(form, match, parts)
                    or _joined_address(form, match))):
                return True
        if ("0x" in form or "0X" in form or ".0" in form or form[0] == "0") and _dotted_ipv4(form):
            return True
    if (form.count("-") >= 3 or form.count("_") >= 3 or form.count(",") == 3 or form.count("\t") == 3) and (
            _separated_ipv4(form, anywhere=False)):
        return True
    if ("/" in form or " . " in form) and any(_spaced_address(match, form) for match in _SPACED_IPV4.finditer(form)):
        return True
    if ("ip6." in form or "IP6." in form) and _IPV6_REVERSE.search(form) is not None:
        return True
    if ("://" in form or ":\n\n" in form) and any(_host_is_ip(match.group(1)) for match in _URL_HOST.finditer(form)):
        return True
    # three words between blanks, `_` or `-` (a quicker first test than a search, and than a call)
    return (form.count(" ") >= 6 or form.count("_") >= 6 or form.count("-") >= 6) and _spelled_ipv4(form)


# (closer 222, review 42) Four dotted numbers joined by `-` or `_` after a word that names no code and ending the value
# are an address, as when glued (`user_81.2.69.160`, `client-81.2.69.160`): a code's part has more after it
# (`SKU-185.61.27.99-blue`), a file's or a package's version a major of one digit or a 0 part (`python-3.12.1.4`,
# `openssl-1.0.2.11`), a version's or a code's word before it (`release-10.2.69.160`, `item-81.2.69.160`).
_JOINED_ADDRESS_END = re.compile(r"[1-9][0-9]{1,2}\.(?!0\.)[0-9]{1,3}\.(?!0\.)[0-9]{1,3}\.[0-9]{1,3}\s*")


def _joined_address(form: str, match: re.Match[str]) -> bool:
    """Whether the dotted quad `match` of `form`, after a word and `-` or `_`, is an address (above)."""
    start = match.start()
    if form[start - 1] not in "-_" or _JOINED_ADDRESS_END.fullmatch(form, start) is None:
        return False
    tokens = _label_tokens(form, start)[0]
    return bool(tokens) and tokens[-1].isalpha() and tokens[-1] not in CODE_LABELS and (
        tokens[-1] not in VERSION_WORDS) and form[start - 1 - len(tokens[-1]):start - 1].lower() == tokens[-1]


# An article's code words (closer 83): a SKU, an article's or an item's number, a GTIN's family, whose values take no
# version's four dotted numbers (`SKU: 81.17.26.123` is an address); a model's, a part's, a serial's, a lot's may.
_ARTICLE_CODE_WORDS = frozenset(
    "sku art artikel article item product produkt asin gtin ean upc isbn mpn barcode".split())


# The words of a code's label whose values may be four dotted numbers (closer 91): a version's, a release's, a
# firmware's, a build's, a document's section or chapter. An id's, a code's, a reference's, an order's or a parcel's
# label names none: four dotted numbers after `id:` or `code=` are an address.
_DOTTED_CODE_WORDS = VERSION_WORDS | frozenset("section chapter clause paragraph".split())


def _version_labelled(form: str, start: int) -> bool:
    """Whether the words before the dotted quad at `start` of `form` name a code that may be four dotted numbers
    (`Firmware 4.2.1.7`, `Section 3.2.1.4`, `Model 4.2.1.7`, a code's part glued by `-` or `_`: `SKU-185.61.27.99-blue`;
    not after `SKU:` or `SKU `, its label)."""
    level = _label_level(form, start)
    if level not in (PRODUCT, CODE):
        return False
    tokens, separators = _label_tokens(form, start)
    if level == CODE:  # (closer 91: a generic code's label, `id:` or `code=`, names no version's numbers)
        return separators in ("", "-", "_") or not _DOTTED_CODE_WORDS.isdisjoint(tokens)
    return separators in ("", "-", "_") or _ARTICLE_CODE_WORDS.isdisjoint(tokens)


# A private address (RFC 1918) beside a word of a device's guide (`192.168.1.1 setup guide`, `Router 192.168.178.1
# Anleitung`) is the device's own default, no visitor's, as in a manual's file name (_named_file_quad): Meta matches no
# visitor on one (README, client_ip_address). Elsewhere a private address in text is judged as any (`from 192.168.1.20
# today`: a log's visitor on a network of its own); documentation ranges stand for real ones in examples.
_DEVICE_GUIDE = re.compile(r"(?<![a-z])(?:setup|guide|manual|handbuch|anleitung|einrichten|einrichtung|quickstart"
                           r"|router|modem|firmware|default|login page|admin panel|configuration|guida|manuel|guia)"
                           r"(?![a-z])")


def _private(parts: List[str]) -> bool:
    """Whether four numbers `parts` are a private network's address (RFC 1918: `10/8`, `172.16/12`, `192.168/16`)."""
    first, second = int(parts[0]), int(parts[1])
    return first == 10 or first == 172 and 16 <= second <= 31 or first == 192 and second == 168


def _named_file_quad(form: str, match: re.Match[str], parts: List[str]) -> bool:
    """Whether four dotted numbers between a file name's separators (`-` or `_` on both sides, a word after them:
    `cam-185.61.27.99-snapshot.jpg`, `access_185.61.27.99_2026-12-01.log`) are an address: glued to a word by `-`
    or `_` they read as a code's number, but a code's label (`SKU`, `Art`) names none here, no word of the file's
    name is a release's (_RELEASE_WORDS: `app-2.14.128.77-setup.exe`, `Treiber_31.12.24.15_win64.zip`), no part is a
    version's `0` nor written with a leading 0 as a date's or a time's are (`01.12.26.14`; an address's octets padded
    to three digits each are, `185.061.027.099`), and parts of one digit are an address's only after a first part of
    two digits or more (a version's are not: `app-1.2.3.4-setup.exe`). A private address (RFC 1918: `10/8`,
    `172.16/12`, `192.168/16`) is a device's own default in its manual's name, no visitor's
    (`Router_192.168.178.1_Anleitung.pdf`): Meta matches no visitor on one (README, client_ip_address)."""
    end = match.end()
    if form[match.start() - 1] not in "-_" or form[end:end + 1] not in ("-", "_") or not (
            form[end + 1:end + 2].isalnum()):
        return False
    if _private(parts):
        return False
    if any(part[0] == "0" for part in parts) and not all(len(part) == 3 for part in parts) or (
            len(parts[0]) == 1 and sum(len(part) == 1 for part in parts) > 1):
        return False
    name_start = max(form.rfind(mark, 0, match.start()) for mark in " /\n\\") + 1
    name_end = min(at for at in (*(form.find(mark, end) for mark in " /\n\\"), len(form)) if at >= 0)
    if not _RELEASE_WORDS.isdisjoint(_NAME_WORDS.findall(form[name_start:name_end].casefold())):
        return False
    return CODE_LABELS.isdisjoint(_label_tokens(form, match.start())[0])


# The words a release's file names (its kind, a driver's or a firmware's, its platform), folded; a file's name
# holding one names a version by its four dotted numbers, not an address.
_RELEASE_WORDS = VERSION_WORDS | frozenset(
    "setup install installer update upgrade patch fw driver drivers treiber pilote bios beta rc win win32 win64 x64 "
    "x86 amd64 arm64 linux macos".split())
_NAME_WORDS = re.compile(r"[a-z0-9]+")


# A UPS tracking number: `1Z`, 16 letters and digits (shipper, service, package), the last a check digit; printed
# in spaced groups (`1Z 999 AA1 01 2345 6784`), which would otherwise read as a phone number.
_UPS = re.compile(r"(?<![0-9A-Za-z])1[Zz](?: ?[0-9A-Za-z]){16}(?![0-9A-Za-z])")


def _ups_check(number: str) -> bool:
    """UPS's check digit: letters read as (code - 63) mod 10, odd places once and even places twice."""
    if not number[17].isdigit():
        return False
    values = [int(char) if char.isdigit() else (ord(char.upper()) - 63) % 10 for char in number[2:17]]
    return (10 - (sum(values[0::2]) + 2 * sum(values[1::2])) % 10) % 10 == int(number[17])


def _without_ups_numbers(form: str) -> str:
    """`form` with each UPS tracking number that passes its check written as letters (no digit run is left); called
    for a form holding `1Z` or `1z`."""
    return _UPS.sub(lambda match: "x" * len(match.group()) if _ups_check(match.group().replace(" ", ""))
                    else match.group(), form)


# Chinese numerals written digit by digit (`一三九 一二三四 五六七八`, `〇` or `零` for 0): a run of seven or more,
# maybe in groups, is a number written in them (no counted number is: those hold 十, 百, 千 or 万), read as digits;
# so are the financial numerals (`壹贰叁`, simplified and traditional) and `幺`, `两`, said for 1 and 2 in a phone's,
# Korean's Sino-Korean digits in Hangul (`공 일 공`, `공` or `영` for 0), and such numerals among ASCII digits (`06 四七
# 83`: a run holding one numeral at least).
_CJK_NUMERALS = "〇零一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖幺两兩공영일이삼사오육칠팔구"
_CJK_AS_DIGITS = str.maketrans(_CJK_NUMERALS, "00123456789122334566789122" "00123456789")
_CJK_NUMERAL_RUN = re.compile(f"[{_CJK_NUMERALS}0-9](?:[\\s.\\-/]{{0,3}}[{_CJK_NUMERALS}0-9]){{6}}")


def _numerals_as_digits(form: str) -> str:
    """`form` with Chinese numerals as digits when it holds a run of them (_CJK_NUMERAL_RUN) not of ASCII digits
    alone, nor numerals that count up by one unbroken (`〇一二三四五六七八九`: number cards)."""
    for match in _CJK_NUMERAL_RUN.finditer(form):
        if not match.group().isascii() and not _counting_numerals(form, match.start()):
            return form.translate(_CJK_AS_DIGITS)
    return form


# (seven to ten numerals unbroken, no more: a count of ten at most, each match's test bounded)
_CJK_NUMERALS_UNBROKEN = re.compile(f"[{_CJK_NUMERALS}0-9]{{7,10}}(?![{_CJK_NUMERALS}0-9])")


def _counting_numerals(form: str, start: int) -> bool:
    unbroken = _CJK_NUMERALS_UNBROKEN.match(form, start)
    return unbroken is not None and len(unbroken.group()) < len(form.strip()) and unbroken.group().translate(
        _CJK_AS_DIGITS) in "0123456789"  # (in text: alone, the numerals are a number's as digits are)


# (its first digit before the lookbehind: a search skips to a digit in one scan, as it does not behind a lookbehind)
_SIX_DIGITS = re.compile(r"[0-9](?<![0-9][0-9])(?:[0-9](?:[ .\-]?[0-9]{2}){2}|[0-9]{2}[ .\-][0-9]{3})"
                         r"(?![0-9]|[.,\-][0-9])")
# A label's last word in parentheses, before the separators of a number (`Mobile (home): `), at a short slice's end.
_LINE_KIND = re.compile(r"\(([a-z]{3,10})\)[\s:]{0,3}\Z")
# A label's last word with its script's vowel signs (no letters to `\w`: `मोबाइल`), before a number, at a short
# slice's end.
_MARKED_WORD = re.compile(r"([^\s\d:.#=°/\-_()]{2,20})[\s:.]{1,3}\Z")


def _six_after_phone_label(form: str) -> str:
    """PHONE when six digits (maybe in pairs: `78 42 13`) follow a label whose last word names a telephone
    (PHONE_LABEL_WORDS: `Tél. portable : 78 42 13`; New Caledonia's plan has six digits), maybe with the kind of
    line in parentheses after it (PHONE_LINE_KINDS: `Mobile (home): 254 321`), else ""."""
    for match in _SIX_DIGITS.finditer(form):
        start = match.start()
        if start > 2:
            if form[start - 3:start].rstrip(": ").endswith(")"):  # (one slice: a kind of line in parentheses)
                before = form[max(0, start - 16):start].lower()
                kind = _LINE_KIND.search(before)
                if kind is not None and kind.group(1) in PHONE_LINE_KINDS:
                    start -= len(before) - kind.start()
            tokens, separators = _label_tokens(form, start)
            if tokens and (tokens[-1] in PHONE_LABEL_WORDS or "".join(tokens) in PHONE_LABEL_WORDS
                           or tokens[-1].endswith(TELEPHONE_ENDINGS)) and (
                    separators not in ("", "-", "_")):  # (`WhatsApp`: its two words are one name)
                return PHONE
            if not form.isascii():
                word = _MARKED_WORD.search(form, max(0, start - 24), start)
                if word is not None and word.group(1).casefold() in PHONE_LABEL_WORDS:
                    return PHONE
    return ""


_STAND_IN_GLUED = re.compile(f"[0-9][{LETTERS_FOR_DIGITS}]|[{LETTERS_FOR_DIGITS}][0-9]")


def _short_run_read(form: str, id_like: bool, segments: bool) -> str:
    """_digit_reason of canonical `form` with the letters standing for digits in its runs read as digits, when one
    is glued to a digit (one scan in C first) and that reading differs (a value of fewer than seven digits as
    written: _digit_reason)."""
    # (perf 54: a reading that differs needs two digits in a run, READING_MAY_DIFFER, searched in C too: a click id's
    # `P0l7` pays no read)
    if _STAND_IN_GLUED.search(form) is None or READING_MAY_DIFFER.search(form) is None:
        return ""
    reading = digits_for_letters(form)
    return _digit_reason(reading, id_like, segments, letters_for_digits=False) if reading != form else ""


def _digit_reason(form: str, id_like: bool, segments: bool = False, letters_for_digits: bool = True) -> str:
    """The personal data written with digits in canonical `form`: an IPv4 address, a number of a checkable
    shape (card, national id, phone), an IBAN; or "". When a digit run touches a letter that can stand for a
    digit (`O7700`), the reading with those letters as digits is judged too (`letters_for_digits`); Chinese
    numerals written digit by digit are read as digits."""
    form = form if form.isascii() else _numerals_as_digits(form)  # (most values are ASCII: no call)
    if form.isdigit():  # one run of digits: no address, IBAN or separated shape; national ids of digits alone
        if not id_like and len(form) in (9, 10, 11, 12, 13, 14, 15, 18, 26) and (
                holds_national_id(form, segments) or segments and nir_segment(form)):
            return NATIONAL_ID
        return _number_reason(form, form, 0, len(form), id_like, segments) or (
            _reversed_reason(form, id_like, segments) if 15 <= len(form) <= 19 else "") if len(form) >= 7 else ""
    # counted in the UTF-8 bytes: a deletion table on bytes runs in C, str.translate calls per character (no byte
    # of a longer character is an ASCII digit; surrogatepass: a lone surrogate has bytes too)
    raw = form.encode("utf-8", "surrogatepass")
    digit_count = len(raw) - len(raw.translate(None, _ASCII_DIGITS))
    # (closer 222) Fewer digits than a number's shapes take may be one with the letters typed for its digits (`O77OO
    # 9OO123`, `4lll llll llll llll`): its reading judged first (a letter glued to a digit searched in C first)
    found = _short_run_read(form, id_like, segments) if digit_count < 7 and letters_for_digits else ""
    # an IPv4 address has 4 digits at least (8.8.8.8), a PAN 4 too; one in hex may have none (`0xdeadbeef`)
    if found or digit_count < 4 and "0x" not in form and "0X" not in form:
        return found
    form = _without_ups_numbers(form) if "1Z" in form or "1z" in form else form  # (C scans first: no call)
    form = _bars_read(form) if "|" in form or "~" in form else form  # (C scans first: most hold neither)
    # groups apart by one repeated separator (every shape so read has 7 digits: most values pay no scan)
    apart = _APART_RUN.sub(_apart_groups, form) if digit_count >= 7 else form
    if apart != form and ":" in apart and _holds_ipv6(apart) or _holds_ipv4(apart) or (
            " ::" in form or ":: " in form) and _spaced_ipv6(form):
        return IP_ADDRESS
    form = apart
    # an id's code may share a national id's shape: national ids are looked for in free text, keys and URLs, in ids
    # only in a layout no code takes
    # (every printed layout holds 9 digits at least: most values, fbclids too, pay no call)
    if (not id_like and holds_national_id(form, segments, _code_at, order_at=_order_at, labelled=_labelled_personal,
                                          dated_order_at=_orders_number_at)) or (
            digit_count >= 9 and holds_printed_id(form, id_like)) or (
            # (in an id, a national id in a layout no code takes: `86.04.23-447.18`, `JT 48 27 93 C`; six digits at
            # least, a NINO's)
            id_like and digit_count >= 6 and holds_laid_out_id(form, _code_at)) or (
            # (in text, Belgium's printed number after a code's label too, where the phone rule is off: `Art.-Nr.
            # 86.04.23-447.18`; eleven digits and its dots in C first)
            not id_like and digit_count >= 11 and "." in form and holds_laid_out_id(form, _code_at)) or (
            # (a NINO unbroken in any case after the shopper's own account's words, each opening on `m`: `my account
            # jt481726c`; its six digits and the letter in C first)
            not id_like and digit_count >= 6 and ("m" in form or "M" in form) and owned_nino(form)) or (
            # (or after the words naming it, a few words of its purpose between: `NI number for …: JW739154B`)
            not id_like and digit_count >= 6 and ("i" in form or "I" in form) and named_nino(form)) or (
            # (a NIR alone in a URL path's segment: its key of 97, where ids of digits alone are not read; closer 101)
            segments and digit_count >= 15 and nir_segment(form)):
        return NATIONAL_ID  # (a printed layout of its own, Zambia's NRC, Angola's BI, in ids too: one scan in C)
    if digit_count > masked_cards.MOST_DIGITS_SHOWN and masked_cards.cued(form) and masked_cards.holds_masked_card(
            form):
        return CARD  # a card with more digits showing than PCI DSS lets a receipt show (`492913****628376`)
    if digit_count < 7:  # every number shape below has 7 digits or more, but six after a phone's label
        # (its group searched first, inline: six digits apart, as in most click ids and tokens, pay no call)
        return (_six_after_phone_label(form) if _SIX_DIGITS.search(form) is not None else "") or (
            # (an account's label, its letters in C first: `acc`, `a/c`, `conta`, `conto`, `cuenta`, `Kto`, `口座`)
            _six_digit_account_in(form) if "cc" in form or "CC" in form or "/c" in form or "/C" in form
            or "ont" in form or "ONT" in form or "uenta" in form or "UENTA" in form or "ompte" in form
            or "OMPTE" in form or "kto" in form or "Kto" in form or "KTO" in form or "口座" in form else ""
        ) if digit_count == 6 and not id_like else ""
    # (four scans in C: most values, hex digests included, then pay nothing more per run)
    stand_ins = letters_for_digits and ("O" in form or "o" in form or "l" in form or "I" in form)
    letter_beside = False
    for match in _NUMBER_RUN.finditer(form):
        start, end = match.span()
        # (fewer characters cannot hold 7 digits; digits opening six dashed pairs of hex, `12-34-56-78-9A-BC`, are a
        # code's, or a hardware address's by its own rule, no phone: a hex letter glued after them first)
        if end - start >= 7 and not (end < len(form) and form[end] in _HEX_LETTERS and _MAC.match(form, start)):
            found = _run_reason(match.group(), form, start, end, id_like, segments)
            if found:
                return found
        if stand_ins and not letter_beside and end - start >= 2 and (
                form[start - 1:start] in _STAND_INS or form[end:end + 1] in _STAND_INS):  # (not a lone digit of an id)
            letter_beside = _stand_in_beside(form, start - 1) or _stand_in_beside(form, end)
    if _holds_iban(form):
        return IBAN
    if letter_beside:
        reading = digits_for_letters(form)
        if reading != form:
            return _digit_reason(reading, id_like, segments, letters_for_digits=False)
    # (what a reversed reading needs, one scan in C first: most values pay no call)
    return _reversed_reason(form, id_like, segments) if digit_count >= 8 and _REVERSED_CUE.search(
        form) is not None else ""


# A NIR's token, to be read backwards (national_ids.reversed_id).
_REVERSED_ID = re.compile(r"(?<![0-9A-Za-z])[0-9]{15}(?![0-9A-Za-z])")
# What _reversed_reason's shapes need as written: fourteen digits (Diners' card) or fifteen (a NIR), two digits and
# two letters ending a token of fifteen at least (an IBAN's check and country), sixteen digits in fours or unbroken (a
# card), a group ending in 0 after a separator (a phone's trunk 0).
_REVERSED_CUE = re.compile(r"(?<![0-9A-Za-z])[0-9]{14,15}(?![0-9A-Za-z])"
                           r"|[0-9A-Za-z]{11}[0-9]{2}[A-Za-z]{2}(?![0-9A-Za-z])"
                           r"|[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}|[0-9][ .\-/_][0-9]{0,4}0(?![0-9])")


def _reversed_reason(form: str, id_like: bool, segments: bool) -> str:
    """A number written backwards in canonical `form` (`7646343088419354`, `49 25 83 17 60`), which reads back at a
    glance: an IBAN, a card of 16 to 19 digits, or Diners' 14 in a text, whose check holds on the reversed characters
    at an issuer's range (a card's Luhn sum once in ten, as its forward reading; 13 or 15 digits are an EAN's, a
    tracking number's, an Emirates ID's; 14 digits alone an id's or a timestamp's are not turned) and no code's
    label names, a NIR so outside ids, as forward, and in free text a phone's groups of one width that reversed open
    with a trunk 0, ten or eleven digits, as most national numbers with their trunk 0, no code's label before them
    and no list's steps either way (_one_number; a date and its time, `29.11.2024 10:30`, have no such groups, an
    order's `6512-3456-7890` has twelve digits, `Part no. 12-34-56-78-90` is a code). A DNI's letter, one in 23, tells
    no reversed DNI from a code of a letter and eight digits (`X12345678`): not read."""
    if not id_like and any(reversed_id(match.group()) for match in _REVERSED_ID.finditer(form)):
        return NATIONAL_ID
    back = form[::-1]
    if _holds_iban(back):
        return IBAN
    for match in _NUMBER_RUN.finditer(back):
        run = match.group()
        groups = _DIGIT_GROUPS.findall(run)
        digits = "".join(groups)
        if 14 <= len(digits) <= 19 and _issued_card(digits) and _card_in(run) and not _code_at(
                form, len(form) - match.end()):
            return CARD
        written = [group[::-1] for group in reversed(groups)]
        if not id_like and 10 <= len(digits) <= 11 and run[0] == "0" and len(groups) >= 3 and _one_number(groups) and (
                not _steps(written) and not _rising(written) and not _code_at(form, len(form) - match.end())
                and not labelled_business_line(digits[::-1])  # (read forward, a business's freephone line, or a
                # non-geographic one the forward reading reads by its label: closers 158, 175; a used car's year and
                # mileage, closer 227)
                and not _year_and_mileage(run[::-1], form, len(form) - match.start())):
            return PHONE
    return ""


# ---- keys: their words are judged in personal_keys.py, what they and their values hold here --------------

# A word followed by a blank: two characters or more between blanks, no digit, a letter among them (a script's
# vowel signs are no letters to `\w`: `मेरा`). A value holding two is text, not an id (reason, value_reason).
# (Anchored at a word's start, the lookahead reads one word: linear.)
_TEXT_WORD = re.compile(r"(?<!\S)(?=[^\s\d]*?[^\W\d_])[^\s\d]{2,}+\s")
# ... and so is a value holding a blank and opening on a label, such a word ended by its colon (a full-width one too):
# a form's field, the label and what it names (`お名前：樫鳰 瑞穂`, `Numberplate: RT21 XQV`; thirty-ninth attack).
_LABEL_OPENING = re.compile(r"(?=[^\s\d:：]*?[^\W\d_])[^\s\d:：]{2,40}+[:：]")


def is_uuid(text: str) -> bool:
    """Whether `text` is a UUID (hex groups of 8, 4, 4, 4 and 12 between dashes): random by construction."""
    return len(text) == 36 and _UUID.fullmatch(text) is not None


def is_sentence(value: str) -> bool:
    """Whether `value` holds two words or more (_TEXT_WORD), or opens on a label (_LABEL_OPENING) and holds a blank:
    text, whatever field or key it stands under."""
    return " " in value and (len(_TEXT_WORD.findall(value)) >= 2 or _LABEL_OPENING.match(value) is not None)


# An order or invoice number written as a marketplace prints it: three segments or more of capitals and digits
# (maybe dashed inside) joined by `/`, one of letters (`INV/20241129/MPL/3912345678`, `INV/2024-25/00123`). It is
# an id whatever its key: its digits are read as an id's (a phone only when dialled or laid out as one).
_SLASHED_CODE = re.compile(r"(?=[0-9/-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)*(?:/[A-Z0-9]+(?:-[A-Z0-9]+)*){2,}")


# Keys that are a version's label alone, as the web writes them for a file's version (`?v=1.0.0.1` on a script's
# or a style sheet's URL, `?rel=`, `?fw=`) beside the words of VERSION_WORDS.
_VERSION_KEYS = frozenset("v ver rel fw sw appver app_ver".split())


# A value that is numbers apart by one repeated separator a list writes (any symbol but a phone's `.`, `-` and `+`,
# or an `x` between blanks): its key may be the list's label (_rising_list).
_LISTED_VALUE = re.compile(r"[0-9]{1,6}( ?[^\w\s.+\-] ?| [xX] | [-.] )[0-9]{1,6}(?:\1[0-9]{1,6}){2,}")


# Keys naming a product's code or the product (`gtin`, `isbn`, `product_sku`, `item_code`): a number under them that
# passes a GTIN's or an ISBN's check digit is read as after a code's label (product_code_reason).
_PRODUCT_KEY_WORDS = frozenset("gtin ean upc jan isbn barcode sku mpn product products item items article".split())


def product_code(text: str) -> bool:
    """Whether `text` is a product's number by its check digit: 12 to 14 digits passing GS1's (a UPC-A, an EAN-13, a
    GTIN-14, a UPC-A written as a GTIN-13: `0012345678905`) or 10 characters passing an ISBN-10's (`0747532699`, its
    check maybe `X`). About one phone number in ten passes each: read so in a product's field or under a product's
    key only (product_code_reason), never in free text."""
    count = len(text)
    if 12 <= count <= 14:
        return text.isdigit() and _gtin(text)
    if count != 10 or not text[:9].isdigit() or not (text[9].isdigit() or text[9] in "Xx"):
        return False
    return sum((10 - position) * (10 if char in "Xx" else ord(char) - 48)
               for position, char in enumerate(text)) % 11 == 0


def product_code_reason(text: str) -> str:
    """What personal data a product's code holds (product_code): read as after a code's label, a phone only when
    dialled abroad, and then not a GTIN unless a plan's mobile after its country code (_bare_reason's PRODUCT)."""
    return reason(f"GTIN {text}")


def _dated_under_a_birth_word(key: str, value: str) -> str:
    """BIRTH_DATE when `key`, one short word holding a birth word (`?born=…`, `?geb=…`; closer 234), labels the date
    `value` holds as a birth label does (_birth_date_reason reads the label whole: `?needs=…` names none), else ""."""
    return _birth_date_reason(f"{key}: {value}") if value[:1].isdigit() and len(key) <= 8 and key.isalpha() and (
        _BIRTH_WORD.search(key.lower()) is not None) else ""


def value_reason(key: str, value: str) -> str:
    """What personal data the value of `key` holds: as free text, or as an id when the key names one (a product's
    code when it names a product's and the value passes its check digit: product_code)."""
    found = reason(value)
    if found == PHONE and (names_an_id(key) and not is_sentence(value)
                           or _SLASHED_CODE.fullmatch(value) is not None
                           or value.isdigit() and value.isascii() and names_a_network_parameter(key)):
        found = reason(value, id_like=True)  # (an id holds no sentence: `llámame al 612345678` is text)
    if found == NATIONAL_ID and (names_an_ads_id(key) and not is_sentence(value) or len(value) == 9 and (
            value.isdigit() and _names_a_things_id(key))):
        found = reason(value, id_like=True)  # (`s_kwcid=AL!4817!3!648172603912!…`: the network's numbers; closer
        # 135, `?id=389421765`: a listing's, nine digits passing a BSN's or a NIF's mod-11 check once in eleven)
    if found == NATIONAL_ID and _names_an_orders_number(key):
        found = reason(f"{' '.join(key_tokens(key))}: {value}")  # (the key labels its value: `order_id=…`)
    if found == PHONE and product_code(value.strip()) and not _PRODUCT_KEY_WORDS.isdisjoint(key_tokens(key)):
        found = product_code_reason(value.strip())
    if found in (IP_ADDRESS, PHONE):
        found = _read_after_its_key(key, value, found)
    if found in (PHONE, IP_ADDRESS, CARD) and _LISTED_VALUE.fullmatch(value) is not None and _rising_list(
            _DIGIT_GROUPS.findall(value), f"{key} ", len(key) + 1):
        found = ""  # (a rising list under its key, its label: `?sizes=36/38/40/42`, `?ids=4451,4452,4453,4460`)
    if not found and len(value) >= 16 and SECRET_SHAPED.fullmatch(value) is not None and about_a_credential(key):
        found = labelled_values.SECRET  # (a credential's label holds a label: `api_key_label` = `sk_live_…` is the key)
    if not found and key == "fbclid":  # Meta's click id, wherever it stands, is judged by its own rule
        found = click_id_reason(value)
    if not found and (_ID_CARD_KEYS[key] if key in _ID_CARD_KEYS else _names_an_id_card(key)):
        found = reason(f"{key}: {value}")  # `?kt=…`: the key (its last word) is the label
    found = found or (_dated_under_a_birth_word(key, value) if value[:1].isdigit() else "")  # (its guard inline)
    if not found and len(key) <= 12:  # (a bare key naming an account or a pupil: its guard inline; closer 120)
        lowered = key.lower()
        if lowered in labelled_values.PUPIL_KEYS:
            found = reason(f"{key}: {value}")  # `?eleve=…`: the key is the label
        elif value[:1].isdigit():
            found = labelled_values.number_under_bare_key(lowered, value)  # `?compte=593817`, `?ine=0…HJ`
    if not found and len(key) <= 9 and key.lower() in handles.NETWORK_KEYS:  # (its guard inline: most keys name none)
        found = account_under_network_key(key, value)  # `?paypal=…`: the key is the label
    elif found in _ACCOUNTS and handles.channel_tag(key, canonical(value)[0]):
        found = ""  # (`?ref=ig:summer_sale`: the channel a visit comes from, and a campaign's code)
    return found


def _read_after_its_key(key: str, value: str, found: str) -> str:
    """What `value` holds read after `key` as its label where the key names a version (`?version=1.2.3.4`, `?v=1.0.0.1`:
    no address) or a DOI (`?doi=10.1000/182`: no phone; closer 224); else `found`."""
    if found == IP_ADDRESS and (key in _VERSION_KEYS or not VERSION_WORDS.isdisjoint(key_tokens(key))):
        return reason(f"version {value}")
    if found == PHONE and value[:3] == "10." and "doi" in key_tokens(key):
        return reason(f"doi {value}")
    return found


def _names_a_things_id(key: str) -> bool:
    """Whether `key` names an id and only a thing's: id words, a shop's listed things (`id`, `item_id`, `sku`; not
    `user_id`, `patient_id`)."""
    tokens = key_tokens(key)
    return bool(tokens) and _THINGS_ID_WORDS.issuperset(tokens)


_THINGS_ID_WORDS = ID_TOKENS | frozenset("item product article listing offer ad node category".split())


def _names_an_orders_number(key: str) -> bool:
    """Whether `key` names an order's number and nothing else: an order's words and id or number words (`order`,
    `order_id`, `orderNo`, `bestellnummer`; not `order_note`, whose value is text about the order)."""
    tokens = key_tokens(key)
    return not ORDER_LABELS.isdisjoint(tokens) and _ORDER_NUMBER_WORDS.issuperset(tokens)


_ORDER_NUMBER_WORDS = ORDER_LABELS | ID_TOKENS


def dated_order_under(key: str, value: str) -> bool:
    """Whether `value`, an id under `key`, is an order's number stamped with its day and nothing else (a purchase's
    `order_id` = `250317-0042`, closer 84): the compact date's layout whole (_DATED_ORDER; a personnummer's too, its
    Luhn passing one time in ten) under a key naming an order's number (_names_an_orders_number). Other national ids
    in an id's layouts (`86.04.23-447.18`, `19860423-4479`) stay refused there."""
    return _DATED_ORDER.fullmatch(value) is not None and _names_an_orders_number(key)


def account_under_network_key(key: str, value: str) -> str:
    """What account the value of a key naming a network or a payment app alone holds (handles.account_under_key:
    `?paypal=josmith`), or ""."""
    if len(key) > 9 or len(value) > 256 or key.lower() not in handles.NETWORK_KEYS:
        return ""
    return handles.account_under_key(key.lower(), canonical(value)[0])


_ACCOUNTS = frozenset([handles.SOCIAL_PROFILE, handles.PAYMENT_ACCOUNT, handles.MESSENGER_ACCOUNT])


def _names_an_id_card(key: str) -> bool:
    """Whether a key's last word names an identity card (`?kt=…`): the key is its value's label."""
    return not ID_CARDS.isdisjoint(key_tokens(key)[-1:])


def _key_reason(key: str) -> str:
    if names_personal_data(key) or a_claim_party_key(key):
        return PERSONAL_KEY
    # (closer 235, review 45: a full name as the key, `Thomas Müller`; a blank in C first)
    if " " in key and crm_names.a_full_name_as_key(key):
        return f"key {crm_names.PERSON_NAME}"
    found = reason(key)
    return f"key {found}" if found else ""


# Verdicts on the keys most events carry (the Segment e-commerce spec, UTM and click ids, the recorded
# events), computed once at import by the same rule: the snapshot holds them, so most keys cost one lookup.
_KEY_VERDICTS = {key: _key_reason(key) for key in (
    "value revenue total currency order_id checkout_id product_id sku id price quantity name brand variant "
    "category coupon discount shipping tax affiliation position url image_url list_id promotion_id creative "
    "query search_string content_name content_category content_ids contents content_type num_items status "
    "predicted_ltv event_id fbc fbp title label size color registered verified age type method plan section "
    "count page path referrer search utm_source utm_medium utm_campaign utm_term utm_content fbclid gclid "
    "msclkid ref lang locale currency_code step option payment_method order_state on_sale"
).split()}

# Those keys: the vocabulary a message may name a property by (budget.py).
COMMON_KEYS = frozenset(_KEY_VERDICTS)

# ... and whether their last word names an identity card (value_reason), by the same rule.
_ID_CARD_KEYS = {key: _names_an_id_card(key) for key in _KEY_VERDICTS}


def key_reason(key: str) -> str:
    """Why a key may not go out (it names personal data, or holds some), or ""."""
    verdict = _KEY_VERDICTS.get(key)
    if verdict is None:
        verdict = _key_reason(key)
    # (a key holding the visitor's own id, `{"kelvorandt_8841": "1"}`: refused though its words name nothing)
    return verdict or (own_value_reason(key) if _own_values else "")
