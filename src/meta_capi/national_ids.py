"""National identity numbers with a checkable shape, for the detector (detector.py).

Each id is recognized by its layout and, where it has one, its check digit or letter, so that an ordinary code of the
same length rarely passes: Spanish DNI and NIE (letter mod 23), Irish PPSN (letter mod 23), Chilean RUT without dots
(mod 11; unbroken, a person's body only), the UK's National Insurance number as printed (its prefixes and pairs),
Italian codice fiscale (check letter), Dutch BSN (11-test), Icelandic kennitala and the former Yugoslavia's JMBG (birth
date, mod 11), Indian PAN (layout), Chinese resident id (ISO 7064 MOD 11-2 and a birth date), Swedish personnummer
(birth date and Luhn), Polish PESEL (weights and a birth date), Greek AMKA (a birth date and Luhn), Finnish HETU (check
character mod 31), Korean resident registration number (birth date and sex digit: numbers issued since 2020 carry no
check), Mexican CURP (birth date, sex, state code and consonants), voter key (birth date, state's number, sex) and a
person's RFC (birth date, check character), German tax id (ISO 7064 MOD 11,10 and its digit rule), and a Polish account
number (NRB, 26 digits: an IBAN without its `PL`, its mod-97 check computed for `PL`), Japan's My Number and India's
Aadhaar (twelve digits, maybe 4-4-4, and their check digit), France's NIR unbroken (the sex, the month, 97's key),
Brazil's CPF unbroken (eleven digits, two mod-11 check digits) and a Russian person's INN (twelve digits, two check
digits), Taiwan's id (a letter's number and weights), Germany's health insurance number (a capital, eight digits, a
check digit), India's GSTIN holding a proprietor's PAN (its check character), the Emirates ID (784, a year of birth,
Luhn), Iran's national code as printed (3-6-1, mod 11), Egypt's national id (the century, a birth date, a governorate),
Belarus's identification number (a birth date, a region's letter, a citizenship's two letters) and, where codes are not
usual, Albania's personal number in capitals (a letter, a birth date, a letter), a Korean resident number without its
dash (its check); after a label naming an identity number, any number of 10 to 13 digits that begins with a birth date
(birth_dated) and ten digits with a Saudi id's or an Iranian code's check (checked_id). Checked alone, for the callers
that know where to look: Croatia's OIB (ISO 7064 MOD 11,10) and Bulgaria's EGN (a birth date, mod 11) as amounts
(values.py), the JMBG and Moldova's IDNP (weights 7 3 1) in a user agent, the JMBG after its label too (detector.py). By
their printed layouts (holds_printed_id, holds_hong_kong_id): Zambia's, Angola's, Zimbabwe's, the Ghana Card's with any
country's code, the Czech and Slovak birth number with its slash (mod 11) and Hong Kong's identity card (its check
character).

Ids made of digits alone (BSN, kennitala, JMBG, PESEL, German tax id, NRB) are weaker: one number in ten to a hundred of
their length passes; so are DNI and NIE (eight digits and a letter, a common code's shape, one in 23 passes). They are
not looked for where codes are usual (`strong_only`: a URL path, a user agent's build numbers); twelve digits are (one
in five passes; eleven with a CPF's checks, one in a hundred, where twelve are unbroken), in 4-4-4 groups everywhere,
unbroken where no id has that length (not in a URL path), unless a code label stands before them; in ids the detector
looks only for the layouts no code takes (holds_laid_out_id: closer 77) and the printed ones. A capital and nine
digits are read in a URL path too, with Taiwan's check or the KVNR's (one code of that shape in ten passes the KVNR's:
attack 40 sends it alone, as a card's holder copies it).
"""

from __future__ import annotations

import re
from typing import Callable, FrozenSet, Optional

from .canonical import branches_by_first_letter, by_first_letter, canonical
from .key_lexicon import OWNERS
from .reference_data import COUNTRY_ROWS

# (Albania's personal number between its two letters, below)
_ALBANIA_DIGITS = r"[0-9](?:0[1-9]|1[0-2]|5[1-9]|6[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}"
# One alternation, each branch of bounded length: one scan of the text, whatever it holds.
_CANDIDATE = re.compile(
    # a token of 9 characters at least (a dot inside), or a Chinese id's first group of 6, a PPSN's 8, a NINO's
    # first two groups: most positions fail here
    r"(?<![A-Za-z0-9])(?=[A-Za-z0-9+.-]{9}|[1-9][0-9]{5} [0-9]|[0-9]{4} [0-9]{4} |784 |[0-9]{7}[A-Za-z]"
    r"|[A-Z]{2} [0-9]{2} |[0-9]{2} [0-9]{4} [0-9])(?:"
    # The ids opening on a digit, then those opening on a letter, each kind behind one test of its first character
    # (a branch opening on a group is tried in full: the engine skips only a branch opening on a character).
    r"(?=[0-9])(?:"
    # Chile's RUT without dots: a body of 7 or 8 digits, a dash and its check digit, or `K` (dashed or not)
    r"(?P<rut>[0-9]{7,8}(?:-[0-9]|-?[Kk]))"
    r"|(?P<dni>[0-9]{8}-?[A-Za-z]|[0-9]{2}\.[0-9]{3}\.[0-9]{3}-?[A-Za-z])"  # the DNI's body maybe dotted
    r"|(?P<ppsn>[0-9]{7}[A-Wa-w][A-Za-z]?)"  # Ireland's PPSN: seven digits, the check letter, maybe a second
    r"|(?P<cn>[1-9][0-9]{16}[0-9Xx]|[1-9][0-9]{5}(?P<cn_gap>[ -])[0-9]{8}(?P=cn_gap)[0-9]{3}[0-9Xx])"  # or 6-8-4
    r"|(?P<dated>[0-9]{6}[-+Aa][0-9]{3}[0-9A-Ya-y]|[0-9]{6}-[0-9]{7}|(?:19|20)?[0-9]{6}[-+][0-9]{4})"
    # twelve digits, maybe 4-4-4 (a blank or a dash), no digit group beside them (not part of a card's 4-4-4-4)
    # and no `+` before them (a dialled number)
    r"|(?<![0-9][ -])(?<!\+)(?P<twelve>[0-9]{4}(?P<twelve_gap>[ -]?)[0-9]{4}(?P=twelve_gap)[0-9]{4})(?![ -]?[0-9])"
    # the Emirates ID: 784 (the country), the year of birth, seven digits and a Luhn digit, unbroken or 3-4-7-1
    r"|(?P<ae>784(?P<ae_gap>[ -]?)(?:19|20)[0-9]{2}(?P=ae_gap)[0-9]{7}(?P=ae_gap)[0-9])"
    r"|(?P<ir>[0-9]{3}-[0-9]{6}-[0-9])"  # Iran's national code as its card prints it, 3-6-1
    # Egypt's: the century (2: the 1900s, 3: the 2000s), the birth date, a governorate's code (88: born abroad),
    # four digits and a check digit
    r"|(?P<eg>[23][0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?:0[1-4]|1[1-9]|2[1-9]|3[1-5]|88)[0-9]{5})"
    # Belarus's identification number: sex and century (1 to 6), the birth date DDMMYY, a region's letter, three
    # digits, the citizenship's two letters and a check digit (`3140385A004PB5`; in lower case too)
    r"|(?P<by>[1-6](?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])[0-9]{2}"
    r"(?:[ABCEHKM][0-9]{3}(?:PB|BA|BI|GB)|[abcehkm][0-9]{3}(?:pb|ba|bi|gb))[0-9])"  # its letters in one case
    r"|(?P<digits>[0-9]{9,11}|[0-9]{13}|[0-9]{15})"
    # Germany's social insurance number unbroken: an area's two digits, the birth date DDMMYY, the birth name's initial,
    # a serial's two digits and the check digit (closer 110: GERMAN_INSURANCE_NUMBER's layout, read alone in text)
    r"|(?P<sv>[0-9]{2}(?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])[0-9]{2}[A-Za-z][0-9]{3})"
    r"|(?P<nir>[12][0-9]{4}2[ABab][0-9]{8})"  # a NIR born in Corsica: its department `2A`, `2B` (closer 101)
    # India's GSTIN of a proprietor: the state's two digits, the person's PAN (its fourth letter `P`), the entity's
    # character, `Z` and a check character (a company's PAN, `C`, names no person)
    r"|(?P<gstin>[0-3][0-9][A-Z]{3}P[A-Z][0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z])"
    # (a Polish account unbroken, or as banks print it: the check's two digits, then six groups of four: closer 105)
    r"|(?P<nrb>[0-9]{26}|[0-9]{2} [0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4})"
    r")|(?=[A-Za-z])(?:"
    # the UK's National Insurance number as printed: a prefix of two letters HMRC issues, three pairs of digits, A to D
    r"(?P<nino>[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] [0-9]{2} [0-9]{2} [0-9]{2} [A-D])"
    r"|(?P<nie>[XYZxyz][-.]?[0-9](?:\.?[0-9]){6}[-.]?[A-Za-z])"  # digits maybe grouped by dots (`Y-123.4567-X`)
    r"|(?P<cf>[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z]"
    r"[0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z])"
    r"|(?P<pan>[A-Z]{3}[ABCFGHJLPT][A-Z][0-9]{4}[A-Z]|[A-Za-z]{3}[Pp][A-Za-z][0-9]{4}[A-Za-z])"  # a person's: any case
    # (in one case, its lower case's too: closer 222, review 42, `gode561231hdfrrn09`; its layout decides, _curp)
    r"|(?P<curp>[A-Z]{4}[0-9]{6}[HMX][A-Z]{5}[0-9A-Z][0-9]|[a-z]{4}[0-9]{6}[hmx][a-z]{5}[0-9a-z][0-9])"
    # Mexico's voter key (clave de elector): six letters of the names, the birth date YYMMDD, the state's number, the
    # sex and three digits (`ZRVNDO87091709M100`); its letters in one case
    r"|(?P<mx_voter>[A-Z]{6}[0-9]{8}[HMX][0-9]{3}|[a-z]{6}[0-9]{8}[hmx][0-9]{3})"
    r"|(?P<rfc>[A-Z]{4}[0-9]{6}[0-9A-Z]{2}[0-9A])"
    r"|(?P<sg>[STFGstfg][0-9]{7}[A-Za-z])"  # Singapore's NRIC (S, T) and FIN (F, G): seven digits, a check letter
    # a Swedish VAT number: SE, ten digits (a sole trader's personnummer, or a company's organisationsnummer), 01
    r"|(?P<se_vat>[Ss][Ee][0-9]{10}01)"
    # a capital and nine digits: Germany's health insurance number (KVNR), or Taiwan's id
    r"|(?P<kvnr>[A-Z][0-9]{9})"
    r"|(?P<tw>[a-z][1289][0-9]{8})"  # Taiwan's: a letter, the sex (8 or 9: a resident's) and eight digits
    # Albania's personal number: a letter for the decade of birth, the year's digit, the month (plus 50 for a
    # woman), the day, three digits and a check letter, its letters in one case (`J85415012K`, `j85415012k`)
    r"|(?P<al>[A-T]" + _ALBANIA_DIGITS + "[A-W]|[a-t]" + _ALBANIA_DIGITS + "[a-w])"
    r"))(?![A-Za-z0-9])")

_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                    14, 16, 10, 22, 25, 24, 23], strict=True))
_CF_EVEN = {ch: (int(ch) if ch.isdigit() else ord(ch) - 65) for ch in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
_CF_DIGITS = str.maketrans("LMNPQRSTUV", "0123456789")
_CN_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_HETU = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_CURP_STATES = frozenset(
    "AS BC BS CC CL CM CS CH DF DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ZS NE".split())


def _date(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31 and year >= 0


def _dni(text: str) -> bool:
    number = text.replace("-", "").replace(".", "")
    return _DNI_LETTERS[int(number[:8]) % 23] == number[8].upper()


def _nie(text: str) -> bool:
    number = text.replace("-", "").replace(".", "").upper()
    return _DNI_LETTERS[int("XYZ".index(number[0]) * 10_000_000 + int(number[1:8])) % 23] == number[8]


def _codice_fiscale(text: str) -> bool:
    code = text.upper()
    total = sum((_CF_EVEN if index % 2 else _CF_ODD)[ch] for index, ch in enumerate(code[:15]))
    return chr(65 + total % 26) == code[15] and _cf_layout(code)


def _cf_layout(text: str) -> bool:
    """A codice fiscale's birth month letter and day (plus 40 for a woman): its layout without the check letter
    (closer 181: after its label a typo in the check is the holder's code still)."""
    code = text.upper()
    day = int(code[9:11].translate(_CF_DIGITS))
    return "ABCDEHLMPRST".find(code[8]) >= 0 and (1 <= day <= 31 or 41 <= day <= 71)


def _chinese(text: str) -> bool:
    total = sum(int(ch) * weight for ch, weight in zip(text, _CN_WEIGHTS, strict=False))
    return "10X98765432"[total % 11] == text[17].upper() and _date(int(text[6:10]), int(text[10:12]), int(text[12:14]))


def _curp(text: str) -> bool:
    """By its layout: a birth date, the sex, one of the 32 state codes (or NE, born abroad), three consonants."""
    text = text.upper()
    return (_date(0, int(text[6:8]), int(text[8:10])) and text[11:13] in _CURP_STATES
            and all(ch not in "AEIOU" for ch in text[13:16]))


def _voter_key(text: str) -> bool:
    """By its layout: a birth date, then one of the 32 states' numbers (33: born abroad)."""
    return _date(0, int(text[8:10]), int(text[10:12])) and 1 <= int(text[12:14]) <= 33


_VOWELS = frozenset("AEIOU")


def _unlabelled_voter_key(text: str) -> bool:
    """A voter key without its label, told from an 18-character SKU of the same layout (`SHIRTS24031512M001`, shirts
    of 2024-03-15, size M; review 23) by what a SKU lacks: each surname's letters are its first and its first inner
    consonant (the second and the fourth letters no vowel), the sex `H` or `M` (not a size's `X`), and the homonym
    key, the last two digits, `00` but for namesakes born the same day in the same state (`ZRVNDO87091709M100`)."""
    return (_voter_key(text) and text[1] not in _VOWELS and text[3] not in _VOWELS and text[14] in "HM"
            and text[16:] == "00")


# Mexico's voter key in an id (`clave-elector-ZRVNDO87091709M100`): its layout after a label that names it personal.
_VOTER_KEY = re.compile(r"(?<![A-Za-z0-9])[A-Z]{6}[0-9]{8}[HMX][0-9]{3}(?![A-Za-z0-9])")


def holds_labelled_voter_key(form: str, labelled: Callable[[str, int], bool]) -> bool:
    """Whether canonical `form` holds Mexico's voter key after words `labelled` tells name it personal."""
    return any(_voter_key(match.group()) and labelled(form, match.start()) for match in _VOTER_KEY.finditer(form))


_RFC_VALUES = {ch: value for value, ch in enumerate("0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ")}


def _rfc(text: str) -> bool:
    """A person's Mexican RFC by its birth date (YYMMDD after four letters) and its check character (weights 13
    to 2 over the first twelve, mod 11; 10 is written `A`)."""
    remainder = sum(_RFC_VALUES[ch] * (13 - index) for index, ch in enumerate(text[:12])) % 11
    return _date(0, int(text[6:8]), int(text[8:10])) and "0123456789A"[-remainder % 11] == text[12]


def rut(body: str, check: str) -> bool:
    """Chile's RUT (and RUN): the body's digits from the right weighted 2 to 7 over and over, 11 minus their sum
    mod 11 the check digit (`K` for 10, `0` for 11)."""
    total = sum(int(ch) * (2 + index % 6) for index, ch in enumerate(reversed(body)))
    return "0123456789K0"[11 - total % 11] == check.upper()


def _ppsn(text: str) -> bool:
    """Ireland's PPS number: seven digits weighted 8 to 2, a second letter (if any) weighted 9 (A = 1, W = 0),
    their sum mod 23 the check letter (W for 0, then A to V)."""
    code = text.upper()
    total = sum(int(ch) * (8 - index) for index, ch in enumerate(code[:7]))
    if len(code) == 9 and code[8] != "W":
        total += (ord(code[8]) - 64) * 9
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == code[7]


_DOUBLED = str.maketrans("0123456789", "0246813579")  # a digit doubled, its two digits summed


def luhn(digits: str) -> bool:
    """Luhn's check over ASCII digits (payment cards, and the ids that borrowed it)."""
    return (sum(map(int, digits[-1::-2])) + sum(map(int, digits[-2::-2].translate(_DOUBLED)))) % 10 == 0


def _dated(text: str) -> bool:
    """Ids that begin with a birth date: Finnish HETU (DDMMYY, a century sign, NNN, a check character), Korean
    RRN (YYMMDD-SNNNNNN), Swedish personnummer ([CC]YYMMDD-NNNC, Luhn over YYMMDDNNNC)."""
    head, sign, tail = text[:-5], text[-5], text[-4:]
    if len(text) == 11 and sign in "-+Aa" and _date(0, int(head[2:4]), int(head[:2])) and tail[:3].isdigit() \
            and _HETU[int(head + tail[:3]) % 31] == tail[3].upper():  # HETU (else maybe a personnummer)
        return True
    if "-" in text and len(text) == 14:  # Korean: the digit after the dash is the sex and century (1 to 8)
        return _date(0, int(text[2:4]), int(text[4:6])) and text[7] in "12345678"
    if len(text) in (11, 13) and tail.isdigit() and head[-6:].isdigit():
        short = head[-6:]
        return _date(0, int(short[2:4]), int(short[4:6])) and luhn(short + tail)
    return False


def _personnummer(digits: str) -> bool:
    """A Swedish personnummer's ten digits (YYMMDDNNNC: a birth date, the day plus 60 in a coordination number, and
    Luhn's digit); a company's organisationsnummer has 20 or more where the month stands."""
    day = int(digits[4:6])
    return 1 <= int(digits[2:4]) <= 12 and (1 <= day <= 31 or 61 <= day <= 91) and luhn(digits)


def _nric(text: str) -> bool:
    """Singapore's NRIC (S: born before 2000, T: since) and FIN (F, G: a foreigner's): seven digits weighted
    2 7 6 5 4 3 2, 4 more for T and G, the sum mod 11 picking the check letter from the prefix's table."""
    code = text.upper()
    total = sum(int(ch) * weight for ch, weight in zip(code[1:8], (2, 7, 6, 5, 4, 3, 2), strict=True))
    total += 4 if code[0] in "TG" else 0
    return ("JZIHGFEDCBA" if code[0] in "ST" else "XWUTRQPNMLK")[total % 11] == code[8]


def _portuguese_nif(digits: str) -> bool:
    """Portugal's NIF of a person (a first digit of 1 to 3, or 45: a non-resident's): eight digits weighted 9 to 2,
    11 minus their sum mod 11 the check digit (0 for 10 and 11); not the digits in order, `123456789`, which passes:
    a placeholder."""
    check = 11 - sum(int(ch) * weight for ch, weight in zip(digits, range(9, 1, -1), strict=False)) % 11
    return (digits[0] in "123" or digits[:2] == "45") and (0 if check >= 10 else check) == int(digits[8]) and (
        digits != "123456789")


def _thai(digits: str) -> bool:
    """Thailand's national id: a first digit of 1 to 8 (the person's category), twelve digits weighted 13 to 2,
    11 minus their sum mod 11 (mod 10) the check digit; not a product's EAN-13 (its GS1 check digit), nor a
    millisecond Unix time of the years 2017 to 2033 (`15` to `19` first: a timestamp, an fbp's time)."""
    total = sum(int(ch) * (13 - index) for index, ch in enumerate(digits[:12]))
    return ("1" <= digits[0] <= "8" and not "15" <= digits[:2] <= "19" and (11 - total % 11) % 10 == int(digits[12])
            and not gtin(digits))


_MY_NUMBER_WEIGHTS = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
# Verhoeff's tables (the dihedral group D5): the product, and the permutation applied to the digit at each place.
_D5 = [[(j + k) % 5 if j < 5 and k < 5 else (j + k) % 5 + 5 if j < 5 else (j - k) % 5 + 5 if k < 5
        else (j - k) % 5 for k in range(10)] for j in range(10)]
_D5_PLACES = [list(range(10)), [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _ in range(6):
    _D5_PLACES.append([_D5_PLACES[1][_D5_PLACES[-1][digit]] for digit in range(10)])


def _twelve(digits: str) -> bool:
    """Japan's Individual Number (My Number: eleven digits and a check digit, weights 6 5 4 3 2 7 6 5 4 3 2 from
    the left, 11 minus the sum mod 11, 0 when that is 10 or 11) or India's Aadhaar (a first digit of 2 to 9 and
    Verhoeff's check digit)."""
    remainder = sum(int(ch) * weight for ch, weight in zip(digits, _MY_NUMBER_WEIGHTS, strict=False)) % 11
    if (0 if remainder <= 1 else 11 - remainder) == int(digits[11]):
        return True
    check = 0
    for place, ch in enumerate(reversed(digits)):
        check = _D5[check][_D5_PLACES[place % 8][int(ch)]]
    return check == 0 and digits[0] >= "2"


def cpf(digits: str) -> bool:
    """Brazil's CPF: nine digits and two mod-11 check digits (weights 10 to 2, then 11 to 2), not one digit
    repeated."""
    if len(set(digits)) == 1:
        return False
    for length in (9, 10):
        total = sum(int(digits[i]) * (length + 1 - i) for i in range(length))
        if (total * 10 % 11) % 10 != int(digits[length]):
            return False
    return True


def gtin(digits: str) -> bool:
    """The GS1 check digit of a GTIN (EAN-13, UPC-A, GTIN-14: weights 1 and 3 from the right, the check digit
    weighing 1), which ISBN-13 shares. Twelve unbroken digits that pass it are a UPC-A, a product's number as
    printed on every US and Canadian product: one My Number or Aadhaar in ten passes it too, and the drop of a
    product code in a title weighs more (a phone number's reading makes the same choice)."""
    return (sum(map(int, digits[-1::-2])) + 3 * sum(map(int, digits[-2::-2]))) % 10 == 0


def _bsn(digits: str) -> bool:
    """Dutch citizen service number: the 11-test (weights 9 to 2, and -1 for the last digit)."""
    total = sum(int(ch) * weight for ch, weight in zip(digits, range(9, 1, -1), strict=False)) - int(digits[8])
    return total % 11 == 0 and digits[0] != "0" or False


def _kennitala(digits: str) -> bool:
    """Icelandic kennitala of a person: DDMMYY, two digits, a check digit (weights 3 2 7 6 5 4 3 2, mod 11), the
    century (9, 0 or 8)."""
    total = sum(int(ch) * weight for ch, weight in zip(digits, (3, 2, 7, 6, 5, 4, 3, 2), strict=False))
    return (digits[9] in "908" and _date(0, int(digits[2:4]), int(digits[:2]))
            and (11 - total % 11) % 11 == int(digits[8]))


def _jmbg(digits: str) -> bool:
    """The former Yugoslavia's JMBG: DDMMYYY (a year of the 1900s or 2000s), region, serial, a check digit (weights
    7 6 5 4 3 2 twice, mod 11; 10 is never issued)."""
    total = sum(int(ch) * weight for ch, weight in zip(digits, (7, 6, 5, 4, 3, 2) * 2, strict=False))
    check = 11 - total % 11
    return (digits[4] in "90" and _date(0, int(digits[2:4]), int(digits[:2]))
            and check != 10 and (0 if check == 11 else check) == int(digits[12]))


_RRN_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)


def _korean(digits: str) -> bool:
    """A Korean resident registration number written without its dash: the birth date, the sex and century digit
    (1 to 8), and the check digit of those issued before 2020 (weights 2 to 9 then 2 to 5, 11 minus the sum mod 11,
    mod 10); not a product's EAN-13 (a Korean one begins with 880, a date's shape)."""
    total = sum(int(ch) * weight for ch, weight in zip(digits, _RRN_WEIGHTS, strict=False))
    return (_date(0, int(digits[2:4]), int(digits[4:6])) and digits[6] in "12345678"
            and (11 - total % 11) % 10 == int(digits[12]) and not gtin(digits))


_CNP_WEIGHTS = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)


def _cnp(digits: str) -> bool:
    """Romania's CNP (personal numeric code): the sex and century digit (1 to 8), the birth date YYMMDD, a county's
    code (01 to 52), a serial and a check digit (weights 2 7 9 1 4 6 3 5 8 2 7 9, mod 11, 10 written 1); not a
    product's EAN-13 passing GS1."""
    total = sum(int(ch) * weight for ch, weight in zip(digits, _CNP_WEIGHTS, strict=False)) % 11
    return (digits[0] in "12345678" and _date(0, int(digits[3:5]), int(digits[5:7])) and "01" <= digits[7:9] <= "52"
            and (1 if total == 10 else total) == int(digits[12]) and not gtin(digits))


def _pesel(digits: str) -> bool:
    total = sum(int(ch) * weight for ch, weight in zip(digits, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=False))
    month = int(digits[2:4]) % 20
    return (10 - total % 10) % 10 == int(digits[10]) and 1 <= month <= 12 and 1 <= int(digits[4:6]) <= 31


def _amka(digits: str) -> bool:
    """Greece's AMKA (social security number): the birth date DDMMYY, four digits and Luhn's check digit."""
    return _date(0, int(digits[2:4]), int(digits[:2])) and luhn(digits)


_INN_WEIGHTS = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _inn(digits: str) -> bool:
    """A Russian person's INN (twelve digits): two check digits, each the weighted sum of the digits before it
    (weights 7 2 4 10 3 5 9 4 6 8, then 3 7 2 4 10 3 5 9 4 6 8) mod 11 mod 10: one number in a hundred passes."""
    return all(sum(int(ch) * weight for ch, weight in zip(digits, _INN_WEIGHTS[1 - extra:], strict=False))
               % 11 % 10 == int(digits[10 + extra]) for extra in (0, 1))


def _iin(digits: str) -> bool:
    """Kazakhstan's IIN (twelve digits): the birth date YYMMDD, the century and sex (1 to 6), four digits and a check
    digit, the sum of the first eleven weighted 1 to 11 mod 11, or, when that is 10, weighted 3 to 11, 1, 2 (a second
    10: never issued). About one number in six hundred passes."""
    if not ("1" <= digits[6] <= "6" and _date(0, int(digits[2:4]), int(digits[4:6]))):
        return False
    for first in (1, 3):
        check = sum(int(ch) * ((first + index - 1) % 11 + 1) for index, ch in enumerate(digits[:11])) % 11
        if check != 10:
            return check == int(digits[11])
    return False


def _german_tax_id(digits: str) -> bool:
    """Steuer-ID: no leading 0; among the first ten digits one appears two or three times, the others once at
    most; the last is the ISO 7064 MOD 11,10 check digit."""
    if digits[0] == "0":
        return False
    counts = sorted((digits[:10].count(ch) for ch in set(digits[:10])), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    return _mod_11_10(digits)


def _polish_account(digits: str) -> bool:
    """Polish account number (NRB): a Polish IBAN without its `PL`, the IBAN check (mod 97) computed for `PL`."""
    return int(digits[2:] + "2521" + digits[:2]) % 97 == 1


def _mod_11_10(digits: str) -> bool:
    """Whether the eleventh of eleven digits is the ISO 7064 MOD 11,10 check digit of the ten before it."""
    product = 10
    for ch in digits[:10]:
        product = ((int(ch) + product) % 10 or 10) * 2 % 11
    return (11 - product) % 10 == int(digits[10])


def oib(digits: str) -> bool:
    """Croatia's OIB: eleven digits, the last the ISO 7064 MOD 11,10 check digit of the ten before it (one number in
    ten passes: read only where an amount is, beside the rule's other ids)."""
    return len(digits) == 11 and _mod_11_10(digits)


def egn(digits: str) -> bool:
    """Bulgaria's EGN: ten digits, the birth date YYMMDD (the month plus 20 for the 1800s, plus 40 for the 2000s)
    and a check digit (weights 2 4 8 5 10 9 7 3 6, mod 11, 10 written 0)."""
    if len(digits) != 10:
        return False
    month = int(digits[2:4]) % 20 if int(digits[2:4]) <= 52 else 0
    total = sum(int(ch) * weight for ch, weight in zip(digits, (2, 4, 8, 5, 10, 9, 7, 3, 6), strict=False)) % 11
    return _date(0, month, int(digits[4:6])) and total % 10 == int(digits[9])


def jmbg(digits: str) -> bool:
    """The JMBG check (_jmbg, above) of thirteen digits."""
    return len(digits) == 13 and _jmbg(digits)


def idnp(digits: str) -> bool:
    """Moldova's IDNP: thirteen digits, a person's `0` or `2`, the year of issue's last three digits (from 1995
    on), eight digits and a check digit (weights 7 3 1, mod 10)."""
    return len(digits) == 13 and digits[0] in "02" and (digits[1:4] >= "995" or digits[1:4] <= "040") and sum(
        int(ch) * weight for ch, weight in zip(digits, (7, 3, 1) * 4, strict=False)) % 10 == int(digits[12])


def birth_dated(digits: str) -> bool:
    """Whether a number of 10 to 13 digits begins with a birth date, as the national ids of many countries do
    (YYMMDD: South Africa, Korea, Sweden, Belgium, Bulgaria, Kazakhstan; DDMMYY: Denmark, Norway), whatever its
    check digit. About one number in fourteen does: the detector asks only after a label naming an identity
    number (`ID number`, `Identity No.`)."""
    if not 10 <= len(digits) <= 13:
        return False
    month = int(digits[2:4])  # the same two digits in both orders
    return _date(0, month, int(digits[4:6])) or _date(0, month, int(digits[:2]))


# Taiwan's letters stand for the numbers 10 to 35 (in the order of the counties that first issued them).
_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
_TW_WEIGHTS = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)


def _taiwanese(text: str) -> bool:
    """Taiwan's national id (and a resident's since 2021): the letter's number in two digits, then the nine digits,
    weighted 1 9 8 7 6 5 4 3 2 1 1, sum to a multiple of 10."""
    code = 10 + _TW_LETTERS.index(text[0].upper())
    digits = (code // 10, code % 10, *map(int, text[1:]))
    return sum(digit * weight for digit, weight in zip(digits, _TW_WEIGHTS, strict=True)) % 10 == 0


def _kvnr(text: str) -> bool:
    """Germany's health insurance number (Krankenversichertennummer, its lifelong part): a capital, eight digits and a
    check digit, the capital written as its place in the alphabet (two digits), the ten digits weighted 1 2 in turn,
    the products' digit sums added, modulo 10; one code of that shape in ten passes. `B0` and eight digits are an
    Amazon ASIN's shape, no insurer's number in 260: not read."""
    if text.startswith("B0"):
        return False
    digits = f"{ord(text[0]) - 64:02d}{text[1:9]}"
    total = sum(sum(divmod(int(digit) * (1 + index % 2), 10)) for index, digit in enumerate(digits))
    return total % 10 == int(text[9])


_GST_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _pan_held(text: str) -> bool:
    """Whether a `pan` or `gstin` candidate is a person's PAN, alone or in its GSTIN (checked below)."""
    return len(text) == 10 or _gstin(text)


def _gstin(text: str) -> bool:
    """India's GSTIN: its last character the check of the fourteen before, Luhn's sum in base 36 (each character's
    value times 1 and 2 in turn, the product's two base-36 digits added)."""
    total = 0
    for index, character in enumerate(text[:14]):
        product = _GST_CHARACTERS.index(character) * (1 + index % 2)
        total += product // 36 + product % 36
    return _GST_CHARACTERS[-total % 36] == text[14]


def _iranian(digits: str) -> bool:
    """Iran's national code: nine digits weighted 10 to 2, their sum mod 11 the check digit when under 2, else 11
    minus it; not one digit repeated (never issued)."""
    remainder = sum(int(ch) * (10 - index) for index, ch in enumerate(digits[:9])) % 11
    return (remainder if remainder < 2 else 11 - remainder) == int(digits[9]) and len(set(digits)) > 1


def checked_id(digits: str) -> bool:
    """Whether ten digits carry the check of an id written without a layout of its own, read only after a label
    naming an identity number (as birth_dated): the Saudi national id (1) and iqama (2), Luhn's sum, and Iran's
    national code."""
    return len(digits) == 10 and (digits[0] in "12" and luhn(digits) or _iranian(digits))


def _mod_97_key(body: str, key: str) -> bool:
    return 97 - int(body) % 97 == int(key)


def checked_digits(digits: str) -> bool:
    """Whether ASCII digits alone carry the check of a person's number that a field of digits only may hold (Meta's
    login and lead ids: meta_fields.py): a payment card's or an IMEI's Luhn sum over 13 to 19 digits not opening
    with 1 (a network's first digit is 2 to 6, a phone maker's body 3 to 9; Meta's long ids open with 1), Poland's
    PESEL, Brazil's CPF and Belgium's national number (eleven digits: a birth date, 97's key, `2` before it for
    those born since 2000), the Netherlands' BSN (nine) and France's NIR (fifteen: the sex, year and month, 97's key).
    One number in ten to a hundred of these lengths passes by chance."""
    length = len(digits)
    if 13 <= length <= 19 and digits[0] != "1" and luhn(digits):
        return True
    if length == 11:
        born = _date(0, int(digits[2:4]), int(digits[4:6])) or digits[2:6] == "0000"
        return _pesel(digits) or cpf(digits) or born and (
            _mod_97_key(digits[:9], digits[9:]) or _mod_97_key("2" + digits[:9], digits[9:]))
    if length == 9:
        return _bsn(digits)
    return length == 15 and digits[0] in "123478" and ("01" <= digits[3:5] <= "12" or digits[3:5] >= "20") and (
        _mod_97_key(digits[:13], digits[13:]))


def nir(digits: str) -> bool:
    """Whether fifteen characters are France's NIR: the sex (1, 2), the year, the month (01 to 12), the department
    (Corsica's `2A` and `2B`, read as 19 and 18 for the key) and 97's key over the first thirteen, which holds by
    chance once in 97."""
    body = digits[:13]
    if not body.isdigit():
        department = _CORSICA.get(body[5:7].upper())
        if department is None or not (body[:5] + body[7:]).isdigit():
            return False
        body = body[:5] + department + body[7:]
    return digits[0] in "12" and "01" <= digits[3:5] <= "12" and digits[13:].isdigit() and _mod_97_key(
        body, digits[13:])


_CORSICA = {"2A": "19", "2B": "18"}  # (Corsica's two departments, as INSEE computes a NIR's key over them)
# A NIR filling a URL path's segment alone (closer 101: `/patients/<NIR>/`): its sex, year and month, the key of 97
# over the rest, a chance match once in three to four thousand numbers of fifteen digits, where ids of digits alone
# are not read (strong_only).
_NIR_SEGMENT = re.compile(r"(?<![^\n])[12][0-9]{4}(?:[0-9]{2}|2[ABab])[0-9]{8}(?![^\n])")


def nir_segment(lines: str) -> bool:
    """Whether a URL path read as lines (a line break for each `/`) has a segment that is a NIR alone (nir)."""
    return any(nir(match.group()) for match in _NIR_SEGMENT.finditer(lines))


def reversed_id(digits: str) -> bool:
    """Whether fifteen digits read backwards are France's NIR (nir)."""
    return nir(digits[::-1])


def turkish_id(digits: str) -> bool:
    """Whether eleven digits carry the checks of Turkey's identity number (T.C. Kimlik No), read only after the
    republic's abbreviation `T.C.` (detector): a first digit other than 0, the tenth digit seven times the sum of the
    first nine's odd places less that of their even places, the eleventh the first ten's sum, each modulo 10."""
    if len(digits) != 11 or not digits.isdigit() or digits[0] == "0":
        return False
    values = [int(digit) for digit in digits]
    return (sum(values[0:9:2]) * 7 - sum(values[1:9:2])) % 10 == values[9] and sum(values[:10]) % 10 == values[10]


# Germany's social insurance number (Versicherungsnummer) as written: an area's two digits, the birth date (DDMMYY),
# the initial of the birth name, a serial of two digits and a check digit, unbroken or in its printed groups
# (`65170839J003`, `65 170839 J 003`).
GERMAN_INSURANCE_NUMBER = re.compile(
    r"(?<![A-Za-z0-9])([0-9]{2})( ?)((?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])[0-9]{2})\2([A-Za-z])\2([0-9]{3})"
    r"(?![A-Za-z0-9])")
_INSURANCE_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def german_insurance_number(match: re.Match[str]) -> bool:
    """Whether a GERMAN_INSURANCE_NUMBER match carries its check digit: the initial written as its place in the
    alphabet (two digits), each of the twelve digits times its weight, the products' digit sums added, modulo 10."""
    area, _, born, initial, rest = match.groups()
    digits = f"{area}{born}{ord(initial.upper()) - 64:02d}{rest[:2]}"
    total = sum(sum(divmod(int(digit) * weight, 10)) for digit, weight in zip(digits, _INSURANCE_WEIGHTS, strict=True))
    return total % 10 == int(rest[2])


def _german_insurance_unbroken(text: str) -> bool:
    """Whether `text`, a social insurance number's unbroken layout, carries its check digit."""
    match = GERMAN_INSURANCE_NUMBER.fullmatch(text)
    return match is not None and german_insurance_number(match)


# Taiwan's id standing alone in capitals: what a user agent's words of letters and digits, set aside as a model's,
# may still be (the detector looks for it in the whole user agent).
_LETTER_ID = re.compile(r"(?<![A-Za-z0-9])[A-Z][1289][0-9]{8}(?![A-Za-z0-9])")


def holds_letter_id(form: str) -> bool:
    return any(_taiwanese(match.group()) for match in _LETTER_ID.finditer(form))


_NINO_NEVER_ISSUED = frozenset("BG GB KN NK NT TN ZZ".split())

# The UK's National Insurance number unbroken (`JG103759A`): in text a code's shape, read where no code stands (an
# fbclid's payload: random base64).
_COMPACT_NINO = re.compile(r"(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D](?![A-Za-z0-9])")


def holds_compact_nino(form: str) -> bool:
    return any(match.group()[:2] not in _NINO_NEVER_ISSUED for match in _COMPACT_NINO.finditer(form))


# (closer 96) The same number unbroken in any case right after the first person's words naming their own account or
# profile (`my account jt481726c`, `mein konto …`), as a search box gets what a shopper pastes there: the words say
# whose the value is, as a label does; a code's shape alone stays a code (`bosch jt481726c`). Lexicon data by language.
_OWN_ACCOUNT_KIND = {"English": "my account|my profile", "German": "mein konto|mein kundenkonto|mein profil",
                     "French": "mon compte|mon profil", "Spanish": "mi cuenta|mi perfil",
                     "Italian": "il mio account|il mio profilo", "Portuguese": "minha conta|meu perfil",
                     "Dutch": "mijn account|mijn profiel", "Polish": "moje konto", "Swedish": "mitt konto",
                     "Danish and Norwegian": "min konto"}
_OWNED_NINO = re.compile(
    "(?i:(?<![^\\W\\d_])(?:" + "|".join(sorted((phrase.replace(" ", "[ \\t]{1,3}") for phrases in
                                                   _OWN_ACCOUNT_KIND.values() for phrase in phrases.split("|")),
                                                  key=lambda phrase: -len(phrase)))
    + ")[ \\t]{0,3}:?[ \\t]{0,3}([a-z]{2}[0-9]{6}[a-d])(?![a-z0-9]))")


# (closer 105) The same number after the words naming it (`NI number`, `N.I. No.`, `National Insurance`, `NINO`), a few
# words of its purpose between them in the clause (`NI number for affordability check: JW739154B`), compact or in its
# printed pairs in any case (closer 222: `nino: ab 12 34 56 c`): a label names its value across a form's words, and a
# code's shape after the number's own name is that number. (Bounded: the words between at most 48 characters, no
# sentence's end.)
_NAMED_NINO = re.compile(
    r"(?i:(?<![^\W\d_])(?:nino|n\.?[ \t]?i\.?[ \t]?(?:number|no\.?|nr\.?|num)|national[ \t]insurance)(?![^\W\d_])"
    r"[^\n.;!?]{0,48}?(?<![a-z0-9])([a-z]{2}(?: ?[0-9]{2}){3} ?[a-d])(?![a-z0-9]))")


def named_nino(form: str) -> bool:
    """Whether `form` holds a National Insurance number's layout in any case after the words naming it
    (_NAMED_NINO) in the same clause, its prefix one HMRC issues."""
    # (a loop, not any() over a generator: a text holding none calls nothing more; perf 55)
    for match in _NAMED_NINO.finditer(form):  # noqa: SIM110
        if holds_compact_nino(match.group(1).upper().replace(" ", "")):
            return True
    return False


def owned_nino(form: str) -> bool:
    """Whether `form` holds a National Insurance number's layout in any case after the words naming the shopper's
    own account (_OWNED_NINO), its prefix one HMRC issues."""
    for match in _OWNED_NINO.finditer(form):  # noqa: SIM110  # (a loop, as named_nino's)
        if holds_compact_nino(match.group(1).upper()):
            return True
    return False


def _dni_segment(form: str, match: re.Match[str]) -> bool:
    """Whether a candidate `match` is a Spanish DNI or NIE as a whole line of `form` (a URL path's segment, the
    detector's lines), its check letter a capital, as no slug writes it (`/cuenta/48213075-P/`)."""
    kind, text = match.lastgroup, match.group()
    start, end = match.span()
    return kind in ("dni", "nie") and text[-1].isupper() and (start == 0 or form[start - 1] == "\n") and (
        end == len(form) or form[end] == "\n") and (_dni(text) if kind == "dni" else _nie(text))


def _no_code(form: str, start: int) -> bool:
    return False


def _three_years(text: str) -> bool:
    """Whether twelve digits in three groups apart are three years in a row (`2023 2024 2025`: a season's or a
    collection's list), not a printed id's groups."""
    first, second, third = int(text[:4]), int(text[-9:-5]), int(text[-4:])  # (one separator between groups)
    return 1900 <= first <= 2099 and second == first + 1 and third == second + 1


# National ids in a layout no code takes, read in ids too (closer 77; elsewhere holds_national_id reads them and
# more). An id's code may share a national id's characters, not these layouts with their checks: Belgium's national
# number as printed (`86.04.23-447.18`: the birth date dotted, a dash, the serial, a dot and 97's key over the nine
# digits, `2` before them for those born since 2000), a codice fiscale (sixteen letters and digits in its fixed places,
# its letters in one case, its month letter, its day and its check letter), a Swedish personnummer or a Finnish HETU
# dashed (a birth date, the century's sign, four characters and Luhn's digit or the HETU's check character; with the
# century too: `19860423-4479`), the UK's National Insurance number spaced as printed (`JT 48 27 93 C`), and twelve
# digits in three groups of four apart by blanks, as an Aadhaar or a My Number card prints them, with their check
# digit. Each stands alone: no letter, digit, dot, dash, `_` or `/` beside it, as a dashed code's part would have
# (`ORD-860423-4479`). Not Spain's DNI (eight digits and a letter, one code in 23 passes) nor ids of digits alone
# (PESEL: about one number of eleven digits in fifty): an order's number takes those shapes by chance.
_LAID_OUT_ID = re.compile(
    r"(?<![\w.\-/])(?:"
    r"(?P<be>[0-9]{2}\.[0-9]{2}\.[0-9]{2}-[0-9]{3}\.[0-9]{2})"
    r"|(?P<cf>(?i:[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]))"
    r"|(?P<dated>(?:19|20)?[0-9]{6}[-+A][0-9]{3}[0-9A-Y])"
    r"|(?P<nino>[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] [0-9]{2} [0-9]{2} [0-9]{2} [A-D])"
    r"|(?<![0-9] )(?P<twelve>[0-9]{4} [0-9]{4} [0-9]{4})(?! [0-9])"  # (no group of a longer number beside them)
    r")(?![\w.\-/])")


def _belgian(text: str) -> bool:
    """Belgium's national number as printed: 97 minus the nine digits mod 97 (with a `2` before them: born since
    2000) is its key; the month maybe raised by 20 or 40 (a bis number), the day 0 to 31 (0: a date unknown)."""
    digits = text.replace(".", "").replace("-", "")
    month, day, key = int(digits[2:4]) % 20, int(digits[4:6]), int(digits[9:])
    return month <= 12 and day <= 31 and key in (97 - int(digits[:9]) % 97, 97 - int("2" + digits[:9]) % 97)


def _laid_out_checked(kind: Optional[str], text: str) -> bool:
    """Whether a _LAID_OUT_ID match of `kind` passes its id's check."""
    if kind == "be":
        return _belgian(text)
    if kind == "cf":
        return (text.isupper() or text.islower()) and _codice_fiscale(text)
    if kind == "dated":  # (the century's sign after the date: a dash or a plus with the century)
        return (len(text) == 11 or text[-5] in "-+") and _dated(text)
    if kind == "nino":
        return text[:2] not in _NINO_NEVER_ISSUED
    return _twelve(text.replace(" ", "")) and not _three_years(text)


def holds_laid_out_id(form: str, code_at: Callable[[str, int], bool] = _no_code) -> bool:
    """Whether canonical `form` holds a national id in a layout no code takes, with its check (_LAID_OUT_ID); twelve
    digits or a birth date's id not after a code's label (`code_at`: `S/N 4821 3379 1204`, a serial's digits; `SKU
    250317-0042`, a code stamped with its day as often), the other layouts after one too (closer 83: `Art.-Nr.
    86.04.23-447.18`, `Model JT 48 17 26 C`: a code's label turns off the rules that read a label, not a layout no
    code takes with its check)."""
    for match in _LAID_OUT_ID.finditer(form):
        kind = match.lastgroup
        if _laid_out_checked(kind, match.group()) and not (kind in ("twelve", "dated") and code_at(
                form, match.start())):
            return True
    return False


# (closer 163) A code's letters and a dash glued before nine digits (`RM-152847391`, a portal's listing): no national
# id of nine digits is written so (the Netherlands' BSN and Portugal's NIF have no prefix; their VAT numbers' country
# codes, `NL`, `PT`, are read as theirs), unless a personal label comes before it (`BSN: RM-…`).
_CODE_PREFIX = re.compile(r"(?<![^\W_])[A-Z]{2,4}-$")
_ID_COUNTRY_CODES = frozenset(("NL", "PT"))


def _listing_code(form: str, start: int, labelled: Callable[[str, int], bool]) -> bool:
    """Whether the nine digits at `start` of `form` follow a code's letters and dash (above), not after a personal
    label."""
    prefix = _CODE_PREFIX.search(form, max(0, start - 6), start)
    return prefix is not None and form[prefix.start():start - 1] not in _ID_COUNTRY_CODES and not labelled(
        form, prefix.start())


def holds_national_id(form: str, strong_only: bool, code_at: Callable[[str, int], bool] = _no_code,
                      unbroken_twelve: Optional[bool] = None, order_at: Callable[[str, int], bool] = _no_code,
                      labelled: Callable[[str, int], bool] = _no_code,
                      dated_order_at: Callable[[str, int], bool] = _no_code) -> bool:
    """Whether the canonical `form` holds a national id of a checkable shape; with `strong_only`, only the
    shapes that are more than digits, or digits and one letter, and twelve digits (My Number, Aadhaar: a build or
    a model number has fewer) in groups, or unbroken too with `unbroken_twelve` (by default: unless `strong_only`;
    a URL path's ids have twelve digits as often). `code_at(form, start)` tells whether the words before a number
    name it a code (`S/N 4821 3379 1204`): twelve digits there are the code's; `order_at(form, start)` whether they
    name an order's number (`Pedido 51173829164`): eleven digits there are the order's, no PESEL, AMKA or German tax
    id (a code's word alone, `Nr`, `ID`, does not say so); `labelled(form, start)` whether they name it personal
    (`Clave de elector:`): Mexico's voter key is read by its layout alone there, elsewhere by what a SKU lacks too;
    `dated_order_at(form, start)` whether the words right before name an order's number (`Order 250317-0042`): an id
    opening on a birth date is the order's there, stamped with its day (closer 80)."""
    unbroken = not strong_only if unbroken_twelve is None else unbroken_twelve
    for match in _CANDIDATE.finditer(form):
        kind = match.lastgroup
        text = match.group()
        if not strong_only and (kind == "dni" and _dni(text) or kind == "nie" and _nie(text)
                                or kind == "ppsn" and _ppsn(text)) or (
                strong_only and "\n" in form and _dni_segment(form, match)):
            return True
        if kind == "nino" and text[:2] not in _NINO_NEVER_ISSUED or kind == "nir" and nir(text):
            return True
        if kind == "rut" and not strong_only and (rut(text[:-1].rstrip("-"), text[-1]) and not code_at(
                form, match.start()) or len(text.rstrip("-Kk")) == 8 and text[-1] in "Kk" and _dni(text)):
            return True  # (eight digits and `K`: a DNI's shape too)
        if kind == "digits" and len(text) == 9 and text[0] in "12" and not strong_only and rut(text[:8], text[8]) and (
                not code_at(form, match.start())):
            return True  # a person's RUT unbroken: its body is under 30 000 000 (a company's is 50 000 000 or more)
        # (a codice fiscale after its label whatever its check letter, a typo's as often: closer 181)
        if kind == "cf" and (_codice_fiscale(text) or labelled(form, match.start()) and _cf_layout(text) and (
                text.isupper() or text.islower())) or (
                kind in ("pan", "gstin") and _pan_held(text)) or (
                kind == "curp" and _curp(text)) or (
                kind == "rfc" and _rfc(text)) or kind == "mx_voter" and (
                _unlabelled_voter_key(text.upper()) or _voter_key(text) and labelled(form, match.start())):
            return True
        if kind == "cn" and _chinese(text.replace(" ", "").replace("-", "")) or kind == "dated" and _dated(text) and (
                not dated_order_at(form, match.start())):
            return True  # (a birth date's id after an order's label is the order's, stamped with its day: `Order
            # 250317-0042` passes a personnummer's Luhn one time in ten)
        if kind == "digits" and not strong_only and (
                (_bsn(text) or _portuguese_nif(text)) and not _listing_code(form, match.start(), labelled)
                if len(text) == 9 else _kennitala(text) if len(text) == 10
                else _jmbg(text) or _korean(text) or (_thai(text) or _cnp(text)) and not code_at(form, match.start())
                if len(text) == 13 else nir(text) and not code_at(form, match.start()) if len(text) == 15
                else (_pesel(text) or _amka(text) or _german_tax_id(text)) and not order_at(form, match.start())):
            return True
        if kind == "digits" and len(text) == 11 and not strong_only and cpf(text) and not gtin(text) and (
                not code_at(form, match.start())):
            return True  # a CPF unbroken, read as twelve digits are (a UPC-A whose leading 0 was lost is a product's)
        if kind == "twelve" and (unbroken or match.group("twelve_gap")) and _twelve(
                text.replace(" ", "").replace("-", "")) and not code_at(form, match.start()) and (
                not _three_years(text) if match.group("twelve_gap") else not gtin(text)):
            return True
        if kind == "twelve" and not strong_only and not match.group("twelve_gap") and (
                (_inn(text) or _iin(text)) and not gtin(text) or text[:2] in ("19", "20") and _personnummer(text[2:])
        ) and not code_at(form, match.start()):
            return True  # a Russian person's INN or Kazakhstan's IIN unbroken, read as a CPF is (a UPC-A passing it
            # is a product's); a Swedish personnummer with its century (CCYYMMDDNNNC)
        if kind == "sg" and not strong_only and _nric(text) or kind == "se_vat" and _personnummer(text[2:12]) or (
                kind == "sv" and not strong_only and _german_insurance_unbroken(text) and not code_at(
                    form, match.start())):
            return True  # (a Swedish sole trader's VAT number holds the personnummer; a company's, its org number; a
            # German insurance number in free text, not after a code's label: a batch is stamped with a date too)
        if kind == "nrb" and not strong_only and _polish_account(text.replace(" ", "")):
            return True
        if kind in ("by", "eg") or kind == "al" and not strong_only or kind == "ae" and luhn(
                text.replace(" ", "").replace("-", "")) or kind == "ir" and _iranian(
                text.replace("-", "")) or kind == "tw" and not strong_only and _taiwanese(text) or kind == "kvnr" and (
                text[1] in "1289" and _taiwanese(text) or _kvnr(text) and not code_at(form, match.start())):
            return True  # (a capital and nine digits: Taiwan's id, or Germany's KVNR not after a code's label)
    return False


# National ids read by their printed layout alone, in ids too (twentieth attack): Zambia's NRC (six digits, the
# district's two, the citizenship digit: `123456/10/1`), Angola's BI (nine digits, the issuing province's two
# capitals, three digits: `001234567LA042`, maybe spaced). Free text only (an id of capitals and digits may share
# the shape): Zimbabwe's national id (the district's two digits, six or seven, a check letter and the district of
# origin's two: `63-123456 A 42`, unbroken after nothing but its letter: `63123456A42`) and Mozambique's BI (twelve
# digits and a letter: `110100123456A`). Twenty-first attack, in ids too: the Ghana Card's personal id number, the
# country's code `GHA`, nine digits and a check digit (`GHA-723456781-4`). Each layout holds 9 digits at least: the
# detector calls holds_printed_id only then (a shorter layout must lower that bound).
# (the Ghana Card's layout, as ECOWAS's other cards and Brunei's print it: any country's ISO 3166 alpha-3 code before
# the nine digits and the check digit, `BRN-000123456-7`; twenty-second attack; grouped by first letter: a few
# branches tried at each capital, not every code)
# Twenty-fourth attack, in ids too: Pakistan's CNIC as printed, the province's digit (1 to 7) and four of its district,
# seven digits and a last digit (the holder's sex: no check), dashed 5-7-1 (`42101-1234567-1`: no order or product code
# is grouped so). Twenty-sixth attack, free text only (a dated code's parts may be dashed so): Malaysia's MyKad as
# printed, the birth date YYMMDD, the place of birth's two digits (a state's 01 to 16 or 21 to 59, a country's 60 to
# 68, 71 to 93 but 73, 80 and 81, 98 and 99) and four digits, dashed 6-2-4 (`880714-14-5678`).
_ALPHA3 = sorted(row.split(" ", 2)[1] for row in COUNTRY_ROWS.splitlines())
_ANGOLA_PROVINCES = "BO BA BE CA CC CN CS CE HO HA LA LN LS ME MO NE UE ZE".split()
_PRINTED_ID = re.compile(
    r"(?<![A-Za-z0-9/])(?=[0-9A-Z])(?:"  # (every layout opens on a digit or a capital: one class test elsewhere)
    r"(?P<zm>[0-9]{6}/[0-9]{2}/[1-3])"
    rf"|(?P<ao>[0-9]{{9}}(?P<ao_gap> ?)(?:{'|'.join(_ANGOLA_PROVINCES)})(?P=ao_gap)[0-9]{{3}})"
    r"|(?P<zw>[0-9]{2}-?[0-9]{6,7} ?[A-Z] ?[0-9]{2}|[0-9]{12}[A-Z])"
    rf"|(?P<gh>(?:{by_first_letter(_ALPHA3)})(?P<gh_gap>[ -])[0-9]{{9}}(?P=gh_gap)[0-9])"
    r"|(?P<cz>[0-9]{2}(?:[05][1-9]|[16][0-2]|[27][1-9]|[38][0-2])(?:0[1-9]|[12][0-9]|3[01])/[0-9]{4})"
    r"|(?P<pk>[1-7][0-9]{4}-[0-9]{7}-[0-9])"
    r"|(?P<my>[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])-"
    r"(?:0[1-9]|1[0-6]|[2-5][0-9]|6[0-8]|7[1-24-9]|8[2-9]|9[0-389])-[0-9]{4})"
    r")(?![A-Za-z0-9/])")


def holds_printed_id(form: str, id_like: bool) -> bool:
    """Whether canonical `form` holds a national id by its printed layout (_PRINTED_ID); in an id, every layout but
    Zimbabwe's and Malaysia's (an id of capitals and digits, or a dated code, may share them); the Czech birth
    number's only when its check holds."""
    return any((not id_like or match.lastgroup not in ("zw", "my")) and (match.lastgroup != "cz" or _birth_number(
        match.group().replace("/", ""))) for match in _PRINTED_ID.finditer(form))


def _birth_number(digits: str) -> bool:
    """The Czech and Slovak birth number's check (since 1954, ten digits: YYMMDD, the month plus 50 for a woman, plus
    20 or 70 when a day's numbers ran out, then four digits): the number divisible by 11, or its first nine leaving
    10 and a last 0 (twenty-second attack: `855215/1234` as printed, a slash after the date)."""
    return int(digits) % 11 == 0 or int(digits[:9]) % 11 == 10 and digits[9] == "0"


# Hong Kong's identity card as printed (twenty-second attack): one or two capitals, six digits and its check
# character in parentheses (`Z683365(A)`), weights 9 to 2 over the letters (A = 10, a blank 36 before a single one)
# and the digits, mod 11 (10 is `A`, which canonical text reads as a spelled `@`: `Z683365@`); in free text, its
# letters in one case.
_HONG_KONG_ID = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,2}|[a-z]{1,2})([0-9]{6})(?:\(([0-9Aa])\)|@(?![A-Za-z0-9]))")


def holds_hong_kong_id(form: str, labelled: Optional[Callable[[str, int], bool]] = None,
                       named: Optional[Callable[[str, int], bool]] = None) -> bool:
    """Whether canonical `form` holds a Hong Kong identity card's number whose check character is right; with
    `labelled` and `named` (in an id), its layout where the words before it name the card itself (`named`:
    `香港身份證：Z683365(5)`, `HK ID`), its check unread as a labelled document number's is in text, or name it
    personal (`labelled`) and its check is right: `passport-cover-AB123456(7)` is a cover's (review 23)."""
    for match in _HONG_KONG_ID.finditer(form):
        if labelled is not None:
            if named is not None and named(form, match.start()):
                return True
            if not labelled(form, match.start()):
                continue
        letters, digits, check = match.groups()
        values = [36] * (2 - len(letters)) + [ord(letter) - 55 for letter in letters.upper()] + [int(d) for d in digits]
        total = sum(value * weight for value, weight in zip(values, range(9, 1, -1), strict=True))
        if (total + (10 if check is None or check in "Aa" else int(check))) % 11 == 0:
            return True
    return False


VEHICLE_ID = "holds a vehicle identification number"
# A vehicle's identification number (ISO 3779; the check digit of North America's, which most makers write in every
# market): seventeen letters and digits but I, O and Q, right after a vehicle id's label (`VIN`, any case, its colon or
# `#`, or `is`; German `Fahrgestellnummer`, `FIN`, French `numéro de châssis`/`VIS`, Spanish `bastidor`, Italian
# `telaio`, Dutch `chassisnummer`, English `chassis number`): a car's number is its owner's as a plate is. Its ninth
# character is the check: the others' values (a letter's by its place in the alphabet, modulo 9 but R's 9 and S's 2
# onwards) weighted 8 7 6 5 4 3 2 10 0 9 8 7 6 5 4 3 2, modulo 11, 10 written `X`. Europe's makers need not write the
# check: after its label a VIN goes by its layout alone (a digit among its last four). With no label (closer 82) a VIN
# is read by its layout: the check and the serial's last five digits (closer 87: any tenth character, as Europe's
# makers write `Z` or `0` where North America's model year stands): a random code of that layout passes the check
# once in eleven, and a product's SKU of seventeen characters with no blank nor dash, I, O and Q unused and five
# digits closing it is rare.
# (closer 134) Between the label and the VIN, the vehicle named as one's own (`Número de bastidor de mi coche:`, the
# plate's _OWN_VEHICLE below) or as the vehicle's (`del vehículo`), or the label's short form in brackets (`N° de
# châssis (VIN) :`); Spanish `chasis`, Polish `numer nadwozia`/`podwozia` (the body's, the chassis' number).
_OWN_VEHICLE = (r"(?i:[ ](?:(?:de|del|della|do|da|of|van|von)[ ])?(?:mon|ma|mi|mio|mia|meu|minha|my|mein(?:es)?"
                r"|mijn|mojego|mojej|moj)[ ](?:vehicule|voiture|coche|carro|auto|veicolo|macchina|auta|samochodu"
                r"|motocykla|car|vehicle|moto|fahrzeugs?|wagens?|motocicleta|veiculo))")
_VIN_LABEL = (r"(?<![A-Za-z0-9])(?:(?i:vin|fin|vis)|(?i:fahrgestell)(?:[ -]?(?i:nr\.?|nummer))?"
              r"|(?i:ch[aâ]ssis)(?:[ -]?(?i:number|no\.?|nr\.?|nummer))?"
              r"|(?i:n(?:°|º|o\.?|umero|uméro)[ ]?(?:de[ ]|du[ ])?(?:ch[aâ]s?sis|bastidor|telaio))"
              r"|(?i:bastidor|telaio|chasis|chassisnummer|fahrzeug-?identifikationsnummer)"
              r"|(?i:(?:numer|nr\.?)[ ](?:nadwozia|podwozia))"
              r"|(?i:chassi|[sş]asi)(?:[ ](?i:no\.?|n[uú]mero|numaras[ıi]))?|(?:رقم[ ])?الهيكل)")
# (after its label a VIN may be written in groups, by blanks or dashes, or in lower case: then its check decides)
_OF_THE_VEHICLE = (r"(?i:[ ](?:del|du|des|dello|della|of[ ]the|van[ ]de|van[ ]het)[ ](?:vehicule|vehiculo"
                   r"|veicolo|vehicle|car|coche|auto|voiture|fahrzeugs|voertuig|wagens))")
_VIN = re.compile(_VIN_LABEL + f"(?:{_OWN_VEHICLE}|{_OF_THE_VEHICLE})?" + r"(?:[ ]?\((?i:vin|fin|vis)\))?"
                  r"(?:[ \t]{0,3}(?:[:#=]|is|no\.?|number|nr\.?)?[ \t]{0,3})"
                  r"([A-HJ-NPR-Za-hj-npr-z0-9](?:[ -]?[A-HJ-NPR-Za-hj-npr-z0-9]){16})(?![A-Za-z0-9])")
# The full North-American layout (above), with no label: one search, the check after it (not inside a path or a dotted
# name, whose parts are judged alone).
_BARE_VIN = re.compile(r"(?<![A-Za-z0-9\-_/.])[A-HJ-NPR-Z0-9]{8}[0-9X][A-HJ-NPR-Z0-9]{3}[0-9]{5}"
                       r"(?![A-Za-z0-9\-_])")
# (closer 87) Its three parts as the standard groups them, the maker's, the vehicle's and the serial's, joined by dashes
# (`WVW-ZZZ1KZ-8W48172`): a check, and the serial's last four digits.
_DASHED_VIN = re.compile(r"(?<![A-Za-z0-9\-_/.])[A-HJ-NPR-Z0-9]{3}-[A-HJ-NPR-Z0-9]{6}-[A-HJ-NPR-Z0-9]{4}[0-9]{4}"
                         r"(?![A-Za-z0-9\-_])")
_VIN_VALUES = {**{str(digit): digit for digit in range(10)},
               **{letter: int(value) for letter, value in zip("ABCDEFGHJKLMNPRSTUVWXYZ", "12345678123457923456789",
                                                               strict=True)}}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


# (closer 134) A North American VIN split by a dash or a blank before or after its check digit, or in the standard's
# three groups (`WBA-8E9C5X-GK583617`, `1HGCV1F3 4 NA583617`): the check, and the whole layout an id's VIN needs
# (_vin_in_an_id: a model year's tenth character, letters and digits mixed), in text and in ids alike.
_SPLIT_VIN = re.compile(r"(?<![A-Za-z0-9\-_/.])[A-HJ-NPR-Z0-9]{3}(-?)[A-HJ-NPR-Z0-9]{5}([ -]?)[0-9X]([ -]?)"
                        r"[A-HJ-NPR-Z0-9]{4}[0-9]{4}(?![A-Za-z0-9\-_])")
# (closer 134) Japan's chassis number (車台番号, 車体番号) is no ISO VIN: the model's code, a dash and the serial of six
# or seven digits (`ZVW50-8012345`), read after its label.
_JAPANESE_CHASSIS = re.compile(r"(?:車台|車体|フレーム)番号[ ]?[:#]?[ ]{0,2}[A-Z0-9]{2,8}-[0-9]{6,8}(?![0-9])")
# (closer 134) With no label, a European maker's VIN (no check: two letters at least, the serial's five digits closing
# it) is a car's when the text names its owner or keeper (key_lexicon.OWNERS, a vehicle's keeper; not a possessive's
# `owner's manual`): `History check for …, owner …`; a code of that layout alone goes out (a part's, a stock's).
_EUROPEAN_VIN = re.compile(r"(?<![A-Za-z0-9\-_/.])(?=[0-9]{0,11}[A-HJ-NPR-Z][0-9]{0,11}[A-HJ-NPR-Z])"
                           r"[A-HJ-NPR-Z0-9]{12}[0-9]{5}(?![A-Za-z0-9\-_])")
_VEHICLE_OWNER = re.compile("(?<![^\\W\\d_])(?i:{})(?![^\\W\\d_]|'s)".format("|".join(sorted({
    canonical(word)[0].lower() for words in (*OWNERS.values(), "keeper fahrzeughalter fahrzeughalterin titular "
                                             "titulaire intestatario intestataria houder kenteken-houder")
    for word in words.split()}, key=lambda word: (-len(word), word)))))


def vin_checked(vin: str) -> bool:
    """Whether a seventeen-character VIN's ninth character is its check digit."""
    total = sum(_VIN_VALUES[char] * weight for char, weight in zip(vin, _VIN_WEIGHTS, strict=True)) % 11
    return vin[8] == ("X" if total == 10 else str(total))


def _vin_laid_out(vin: str) -> bool:
    """Whether a seventeen-character code after a vehicle id's label is a VIN: its check, or (a European maker's,
    unchecked) letters and a digit among its last four."""
    if len(vin) > 17 or not vin.isupper() and any(char.isalpha() for char in vin):  # (in groups or in lower case)
        vin = vin.replace(" ", "").replace("-", "").upper()
        return len(vin) == 17 and vin_checked(vin)
    return vin_checked(vin) or any(char.isdigit() for char in vin[13:]) and any(char.isalpha() for char in vin)


def vin_cue(form: str) -> bool:
    """Whether canonical `form` may hold a VIN: seventeen characters at least, and a vehicle id's label's letters or
    five digits in a row, as a VIN alone ends (substring tests in C, then one short search)."""
    return len(form) >= 17 and (
        "VIN" in form or "vin" in form or "Vin" in form or "FIN" in form or "VIS" in form or "assis" in form
        or "ASSIS" in form or "astidor" in form or "ASTIDOR" in form or "elaio" in form or "ELAIO" in form
        or "ahrgestell" in form or "AHRGESTELL" in form or "dentifikations" in form or "assi" in form
        or "ASSI" in form or "asi" in form or "ASI" in form or "هيكل" in form
        or _FIVE_DIGITS.search(form) is not None)


_FIVE_DIGITS = re.compile("[0-9]{5}")


# (closer 88) In an id, whose codes are the shop's, a bare VIN is read by its whole North-American layout: besides the
# check and the serial's five digits, a model year's tenth character (a letter but I, O, Q, U and Z, or a digit but
# 0), and among its first eleven four letters at least and a digit before a letter, as the maker's, the vehicle's and
# the plant's codes mix them (`1HG`, `CM826`, `3A`; `ZZZ1K`): an order's number of a prefix's letters and then digits
# (`ABCD2026120300042`, `26AB2026120300042`) has neither, and a random code of seventeen letters and digits passes all
# of it about once in thirty thousand.
_MODEL_YEARS = frozenset("ABCDEFGHJKLMNPRSTVWXY123456789")
_DIGIT_THEN_LETTER = re.compile("[0-9][A-Z]")
_VIN_LETTERS = 4


def _vin_in_an_id(vin: str) -> bool:
    """Whether a bare VIN of North America's layout with its check is one in an id (above)."""
    return vin[9] in _MODEL_YEARS and sum(char.isalpha() for char in vin[:11]) >= _VIN_LETTERS and (
        _DIGIT_THEN_LETTER.search(vin, 0, 11) is not None) and vin_checked(vin)


def holds_vin(form: str, bare: bool = True, code_at: Optional[Callable[[str, int], bool]] = None) -> bool:
    """Whether canonical `form` holds a VIN: after a vehicle id's label with its check or a European layout, or
    (`bare`: in free text) alone in North America's full layout with its check (above), but after a code's label
    (`code_at(form, start)`: `SKU 1HGCM82633A004352` is a code); in an id (not `bare`), alone in that layout with a
    model year's tenth character and its codes' letters and digits mixed (_vin_in_an_id)."""
    if any(_vin_laid_out(match.group(1)) for match in _VIN.finditer(form)):
        return True
    if not bare:
        return any(_vin_in_an_id(match.group()) and (code_at is None or not code_at(form, match.start()))
                   for match in _BARE_VIN.finditer(form))
    return any(vin_checked(match.group()) and (code_at is None or not code_at(form, match.start()))
               for match in _BARE_VIN.finditer(form)) or "-" in form and any(
        vin_checked(match.group().replace("-", "")) for match in _DASHED_VIN.finditer(form)) or (
        _VEHICLE_OWNER.search(form) is not None and _EUROPEAN_VIN.search(form) is not None)


def holds_split_vin(form: str) -> bool:
    """Whether canonical `form` holds a North American VIN split at its check or in its three groups (_SPLIT_VIN),
    in text or in an id, or Japan's chassis number after its label (_JAPANESE_CHASSIS)."""
    if "-" in form or " " in form:
        for match in _SPLIT_VIN.finditer(form):  # (a loop, as named_nino's)
            if (match.group(1) or match.group(2) or match.group(3)) and _vin_in_an_id(
                    match.group().replace("-", "").replace(" ", "")):
                return True
    return "番号" in form and _JAPANESE_CHASSIS.search(form) is not None


PLATE = "holds a vehicle's licence plate"
# A licence plate is a short code of capitals and digits, as often a product's or a model's (`ABC 123`): it is read
# only right after a plate's own label with its colon, `#` or `=`, or `is` (`Numberplate:`, `licence plate is`, `plate
# no.`, German `Kennzeichen`, `Nummernschild`, Dutch `kenteken`, Afrikaans `nommerplaat`, French `immatriculation`,
# Russian `госномер`, Kazakh `мемлекеттік нөмір` and Uzbek `davlat raqami`, the state number, Swahili `namba ya gari`,
# the car's number, Spanish and Portuguese `matrícula`, Italian `targa`, Polish `tablica rejestracyjna` and `numer
# rejestracyjny`, Turkish `plaka`, English `vehicle registration` with its colon (closer 82), Swedish
# `registreringsnummer`; `Licence plate LED 12V 5W` is a lamp's), after `Reg:` or `rego:` with its colon (not
# `Registration: 2024-05-01`, an event's), or after a car's registration in a sentence (`my car reg is`); not after
# `Reg.` alone (`Reg. price`), nor a register's number (`Reg. No. HRB 12345` is a company's). The code: one to four
# groups of one to seven capitals or digits joined by a blank, a dash or a middle dot, five to ten of them in all, two
# digits at least, and a capital or a dash between digits (`GP 38 47 ZZ`, `B-QA 3847`, `CA 384-712`, `384 ABZ 02`,
# Russia's glued `A123BC 77`). After the word `car` or `vehicle` alone, only digits in three dashed groups, Israel's
# layout (`car 12-345-67 parked`). Label words are matched in the canonical text (Cyrillic folded partly into Latin
# look-alikes: `hөmip`); the detector asks only where a label's letters stand (plate_cue: substring scans in C).
# (closer 111) A plate's label may name the vehicle as one's own after it (`Immatriculation de mon véhicule :`,
# `Targa del mio veicolo:`, `Nr rejestracyjny mojego auta:`) or before it (`My car's registration:`): a possessive
# by language, then a vehicle's word.
_PLATE_LABEL = (r"(?i:(?:number|licen[cs]e|car|vehicle|reg(?:istration)?|nommer|nummer)[ \-]?plate|kenteken(?:plaat)?"
                r"|plate[ ]?(?:number|no\.?|nr\.?)|kennzeichen|nummernschild|immatriculation|davlat[ ]raqami"
                r"|namba(?:ri)?[ ]ya[ ]gari|matricula|targa|(?:tablica|numer|nr\.?)[ ]rejestracyjn[ya]"
                r"|registreringsnummer|vrm|vrn"  # (the UK's vehicle registration mark, closer 153)
                r"|plaka(?:[ ]no\.?|[ ]numarası)?|(?:vehicle|car)(?:'?s)?[ ]registration(?:[ ](?:number|no\.?|mark))?|"
                + "|".join(re.escape(canonical(word)[0].casefold()) for word in ("госномер", "мемлекеттік нөмір"))
                + r"|rego?(?=[ ]?:))" + f"{_OWN_VEHICLE}?")
# (a car's registration in a sentence: `my car reg is`, `vehicle registration no.`; a blank is enough after it)
_CAR_REG = r"(?i:(?:car|vehicle)[ ]reg(?:o|istration)?(?:[ ](?:is|number|no\.?))?)"
# (Polish's registration number cut short, its dot its own end: `Nr rej. WX48172`, `nr. rej.`; closer 87; India's
# `Vehicle no.`, closer 111)
_SHORT_PLATE_LABEL = r"(?i:nr\.?[ ]?rej\.|vehicle[ ]no\.)"
_PLATE_CODE = r"[A-Z0-9]{1,7}(?:[ \-·][A-Z0-9]{1,7}){0,3}"
_PLATE = re.compile(f"(?<![^\\W\\d_])(?:{_PLATE_LABEL}(?:[ \\t]{{0,2}}[:#=][ \\t]{{0,2}}|[ ](?i:is)[ \\t]{{1,2}})"
                    f"|{_CAR_REG}[ \\t]{{1,2}}|{_SHORT_PLATE_LABEL}[ \\t]{{0,2}})({_PLATE_CODE})(?![\\w./\\-])"
                    r"|(?<![^\W\d_])(?i:car|vehicle)[ ]([0-9]{1,3}(?:-[0-9]{1,3}){2})(?![\w./\-])")


# What each plate label holds, in its case as written (Cyrillic's folded `hөmip`, `ochomep`): one scan in C.
# (grouped by first letter: a search tries a few branches at each position)
_PLATE_CUE = re.compile(branches_by_first_letter(
    "eg|EG|late|LATE|ar |AR |cle |CLE |enn|ENN|ummer|UMMER|ente|ENTE|atric|ATRIC|aqam|AQAM|ari|ARI|ӨM|өm|OMEP|omep"
    "|targa|Targa|TARGA|ejestrac|EJESTRAC|laka|LAKA|istration|ISTRATION|lac|LAC|rej.|REJ."
    # (closer 134: one's own car as the label, `Mein Auto:`, `Ma voiture :`)
    "|uto|UTO|oitur|OITUR|oche|OCHE|agen|AGEN|ahrzeug|AHRZEUG|acchin|ettura|eicolo|amochod|otor|oto|OTO|ike|ar:|AR:"
    # (closer 140: a vehicle's record, `Valuation for`, `MOT for`, `Tax for`, `/valuation/`, `/mot/`)
    "|aluation|ALUATION|OT f|ot f|ax f|AX F|heck f|/mot/|/MOT/|/mot-|heck/"
    # (closer 156: an insurance's record, `Insurance quote for`, `Versicherung für`, `assurance pour`)
    "|nsurance|NSURANCE|ersicherung|ERSICHERUNG|ssurance|SSURANCE|eguro|EGURO|ssicurazione|erzekering|bezpieczenie"
    "|orsakring"
    # (closer 153: a fine's words and its path, `VRM:`, `PCN`, `/pcn/`, `citation`, `Strafzettel`, `amende`)
    "|VRM|vrm|Vrm|VRN|vrn|PCN|pcn|itation|ITATION|ticket|TICKET|zettel|ZETTEL|mende|MENDE|ulta|ULTA|nollchen"
    "|ussgeld|erwarnung|ontravention|ontravvenzione|erbale|ekeuring|andat|enalty"
    # (closer 162: a fine's `for`, `Parking fine for`)
    "|ine f|INE F"))


def plate_cue(form: str) -> bool:
    """Whether canonical `form` may hold a plate's label (_PLATE_CUE)."""
    return _PLATE_CUE.search(form) is not None


def _plate_shaped(code: str) -> bool:
    """Whether a code after a plate's label has a plate's measure (above): five to ten capitals and digits, two
    digits at least, and a capital or a dash between digits (not a date's)."""
    letters = sum(char.isalpha() for char in code)
    digits = sum(char.isdigit() for char in code)
    return 5 <= letters + digits <= 10 and digits >= 2 and (letters > 0 or "-" in code and _DASHED_DATE.fullmatch(
        code) is None)


# A date in dashes after a registration's label is its day (`Vehicle registration: 2024-05-01`), no plate.
_DASHED_DATE = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}-[0-9]{1,2}-[0-9]{4}")


# Portuguese and Spanish `placa` is a board as often (`Placa: B450M`, a mother board's): after it, only Brazil's
# layouts (closer 87): Mercosur's three letters, a digit, a letter, two digits (`QXD4E17`), and the older three
# letters and four digits (`QXD-4817`); the vehicle's, or one's own (`Placa do meu carro:`, closer 111).
_BRAZIL_PLATE = re.compile(r"(?<![^\W\d_])(?i:placa)(?:[ ](?i:do[ ]ve[ií]culo|do[ ]meu[ ](?:carro|ve[ií]culo|auto)"
                           r"|da[ ]minha[ ]moto))?[ \t]{0,2}[:#=]?[ \t]{0,2}"
                           r"[A-Z]{3}(?:[0-9][A-Z]|-?[0-9]{2})[0-9]{2}(?![\w./\-])")


# (closer 134) A plate's label in lower case with a blank only after it, as a fine's or a search's text writes it
# (`… matrícula 5836 KRT`, `kenteken S-583-KT`, `for plate 7ABC583`; German's noun capitalized, `Kennzeichen HH-VB
# 5836`): the code a plate's measure with a capital among its digits, its first group no year (`kenteken 2019 …`).
# A brand's or a model's capitalized word goes out (`Porsche 911 Targa 4S 2021`); so does a compound
# (`Kennzeichenhalter aus Edelstahl`).
# A parking or a traffic fine's words by language (closer 153), in the canonical form.
_FINE = (r"(?:PCN|(?i:penalty[ ]charge[ ]notice|parking[ ](?:citation|ticket|fine)|traffic[ ](?:citation|ticket)"
         r"|strafzettel|knollchen|bussgeldbescheid|verwarnungsgeld|avis[ ]de[ ]contravention|amende|multa"
         r"|contravvenzione|verbale|bekeuring|mandat))")
_BLANK_PLATE_LABEL = re.compile(
    r"(?<![^\W\d_])(?:matricula|kenteken|targa|immatriculation|tablica[ ]rejestracyjna|numer[ ]rejestracyjny|plaka"
    r"|(?:for|with|on)[ ]plate|kennzeichen|Kennzeichen|KENNZEICHEN"
    # (closer 140) a vehicle's record before its plate: a valuation, an MOT, a tax or a history check for it, a
    # fine's `for vehicle` (`Valuation for YR21 KXF, 48,000 miles`, `PCN … for vehicle YR21 KXF`; `Valuation for
    # Jaguar XF` and `MOT for BMW X5` have no plate's measure)
    r"|(?i:valuation|mot|mot[ ]history|tax|road[ ]tax|history[ ]check|vehicle[ ]check)[ ]for|for[ ]vehicle"
    # (closer 156) an insurance's quote, policy or cover for it, by language (`Insurance quote for AB12 CDE`,
    # `Versicherung für …`, `Assurance pour …`; `Insurance quote for Tesla Model 3` has no plate's measure)
    r"|(?i:insurance(?:[ ](?:quote|policy|cover|renewal))?|(?:quote|policy|cover)[ ]insurance|versicherung"
    r"|kfz-versicherung|assurance|seguro|assicurazione|verzekering|ubezpieczenie|forsakring)"
    r"[ ](?i:for|fur|pour|para|per|voor|dla)"
    # (closer 153) a fine's words then its vehicle's or plate's, by language, a few words apart at most (`PCN …
    # issued to vehicle LK19 XQV`, `Parking citation #… plate 8ABC391`, `Strafzettel … Fahrzeug …`)
    f"|{_FINE}(?:[ ][^ \\n]{{1,24}}){{0,4}}[ ](?i:vehicle|plate|vrm|fahrzeug|kennzeichen|vehicule|plaque"
    r"|vehiculo|matricula|veicolo|targa|voertuig|kenteken)"
    # (closer 162, review 26) ... or right before a `for` word by language (`Parking fine for LK19 ABC`; `Parking
    # fine for 2 hours` has no plate's measure)
    f"|{_FINE}[ ](?i:for|fur|pour|para|per|voor|dla)"
    # (closer 158) a vehicle's registration in lower case, as a quote's or a claim's title writes it (`Your vehicle –
    # registration KQ19 ZVX – Ford Focus`, `vehicle reg. LM68 QZT`); `Registration 2026` is a year's
    r"|registration|(?:vehicle|car)[ ]reg\.)"
    f"[ ]{{1,2}}({_PLATE_CODE})(?![\\w./\\-])")
# (closer 140) ... and a path's segment right after such a record's word (`/valuation/YR21KXF/result`), in an id too;
# (closer 153) a fine's path: its number's segment, then the plate's. (RECORD_PATH_WORDS: all of them, privacy's
# look-up of a path's segments before the call.)
_VEHICLE_RECORD_WORDS = "valuation|valuations|mot|mot-history|vehicle-check|car-check"
_FINE_WORDS = "pcn|pcns|penalty-charge|parking-fine|parking-fines|citation|citations"
RECORD_PATH_WORDS: FrozenSet[str] = frozenset(f"{_VEHICLE_RECORD_WORDS}|{_FINE_WORDS}".split("|"))
_RECORD_PATH_PLATE = re.compile(f"/(?i:{_VEHICLE_RECORD_WORDS})/([A-Z0-9]{{5,8}})(?=[/?#]|$)"
                                f"|/(?i:{_FINE_WORDS})/[A-Za-z0-9\\-]{{4,16}}/([A-Z0-9]{{5,8}})(?=[/?#]|$)")
# (closer 134) One's own car named as the label, with its colon (`Mein Auto:`, `My car:`, `Ma voiture :`): a plate's
# measure after it, no year opening it (`My car: 2019 BMW X5` goes out).
_OWN_CAR_LABEL = re.compile(
    r"(?<![^\W\d_])(?i:mein(?:e)?|my|mon|ma|mi|mio|mia|meu|minha|mijn|moje|moj)[ ](?i:auto|car|wagen|fahrzeug|voiture"
    r"|vehicule|coche|carro|macchina|vettura|veicolo|samochod|motor|moto|bike|motorrad)[ \t]{0,2}:[ \t]{0,2}"
    f"({_PLATE_CODE})(?![\\w./\\-])")
_YEAR_FIRST = re.compile(r"(?:19|20)[0-9]{2}(?![0-9])")


def _strictly_plate_shaped(code: str) -> bool:
    """Whether a code after a plate's label written loosely is a plate's: its measure, a capital among its
    characters, no year opening it."""
    return _plate_shaped(code) and any(char.isalpha() for char in code) and _YEAR_FIRST.match(code) is None


# (closer 134) A query's parameter naming a plate (`?reg=`, `&vrm=`, `kennzeichen=`, `immatriculation=`, a key's
# token by meaning and language) before a plate's measure (`reg` names a region or an account's registration too:
# `?reg=eu` goes out by its value).
_PLATE_KEYS = frozenset(
    "reg rego regno regnr vrm vrn plate plates numberplate licenseplate licenceplate plateno platenumber kennzeichen "
    "kfzkennzeichen immatriculation immat plaque targa matricula kenteken rejestracja nrrej placa plaka "
    "registrationnumber registrationplate".split())
_PARAMETER = re.compile(r"(?<=[?&;])([A-Za-z_.\-]{1,40})=([A-Za-z0-9]{1,8}(?:(?:[ +\-]|%20)[A-Za-z0-9]{1,8}){0,3})"
                        r"(?=[&#;\s]|\Z)")
_KEY_JOINTS = re.compile(r"[_.\-]")


def holds_plate_parameter(form: str) -> bool:
    """Whether canonical `form` holds a plate under a query's key naming one (above)."""
    for match in _PARAMETER.finditer(form):
        key = match.group(1).lower()
        if (key in _PLATE_KEYS or _KEY_JOINTS.sub("", key) in _PLATE_KEYS or any(
                token in _PLATE_KEYS for token in _KEY_JOINTS.split(key))) and (_strictly_plate_shaped(
                value := match.group(2).replace("%20", " ").replace("+", " ").upper()) or (
                _VANITY_PLATE.fullmatch(value) is not None)):
            return True
    return False


# (closer 203, review 35) A vanity plate under a plate's key: six letters and a digit, a plate's seven characters
# (`QUENBY1`, a private plate spelling its owner's name); a promotion's code runs longer (privacy._a_code_not_a_plate).
_VANITY_PLATE = re.compile(r"[A-Z]{6}[0-9]")


def holds_plate(form: str, id_like: bool = False) -> bool:
    """Whether canonical `form` holds a licence plate after a plate's label (above). In an id (closer 88) the plate's
    own label with its separator says the value is text, not a code (`Kennzeichen: M-QX 4817` as an order's id): read
    there too, but `Reg:` (a register's as often) and the words a plate shares with other things (a car, a board)."""
    if id_like:
        return any(match.group(1) is not None and not match.group().lower().startswith("reg")
                   and _plate_shaped(match.group(1)) for match in _PLATE.finditer(form)) or _record_path_plate(form)
    return any(match.group(2) is not None or _plate_shaped(match.group(1)) for match in _PLATE.finditer(form)) or (
        ("lac" in form or "LAC" in form) and _BRAZIL_PLATE.search(form) is not None) or any(
        _strictly_plate_shaped(match.group(1)) for pattern in (_BLANK_PLATE_LABEL, _OWN_CAR_LABEL)
        for match in pattern.finditer(form)) or _record_path_plate(form)


def _record_path_plate(form: str) -> bool:
    """Whether canonical `form` holds a plate in a path's segment right after a vehicle's record's word."""
    return "/" in form and any(_strictly_plate_shaped(match.group(1) or match.group(2))
                               for match in _RECORD_PATH_PLATE.finditer(form))


# (closer 159, review 26) The same reading for a URL's path, whose segments privacy._path_reason reads as lines: one
# reading of a fine's or a record's path, in text and in a URL.
record_path_plate = _record_path_plate


# (closer 88) Japan's plate has a layout of its own, read wherever it stands in free text: the registering office's
# place name (one to four kanji or kana: `品川`, `つくば`), its class number (two or three digits, a capital last in the
# newer ones: `500`, `30A`), one hiragana (`あ`; `わ` a rental's), and its serial of four digits in two pairs apart by a
# dash (`48-17`) or fewer after a middle dot for each missing digit (`・・12`, the canonical form's `..12`): blanks
# optional between the parts. No product's code mixes a place's name, a hiragana alone and that serial.
_JAPANESE_PLATE = re.compile("[\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff][ ]?[0-9]{2}[0-9A-Z]?[ ]?"
                             "[\u3041-\u3096][ ]?(?:[0-9]{2}-[0-9]{2}|[.]{1,3}[0-9]{1,3})(?![0-9])")


def holds_japanese_plate(form: str) -> bool:
    """Whether canonical `form` holds a Japanese licence plate in its layout (above; its serial's dash or dot tested in
    C first)."""
    return ("-" in form or "." in form) and _JAPANESE_PLATE.search(form) is not None


HEALTH_ID = "holds a health insurance number"
# The US Medicare Beneficiary Identifier (closer 82): eleven characters in a fixed layout, a digit 1 to 9, a letter,
# a letter or a digit, a digit, a letter, a letter or a digit, a digit, two letters, two digits; its letters never S,
# L, O, I, B or Z (CMS's rule, so that none reads as a digit). It has no check digit: written as CMS prints it, in
# dashed groups of four, three and four (`1EG4-TE5-MK73`), the layout is its own in free text; run together, only
# after its label (`MBI`, `Medicare`, `Medicare number`), in ids too.
_MBI_LETTER = "[AC-HJKMNP-RT-Y]"
_MBI_EITHER = "[AC-HJKMNP-RT-Y0-9]"
_MBI_PARTS = (f"[1-9]{_MBI_LETTER}{_MBI_EITHER}[0-9]", f"{_MBI_LETTER}{_MBI_EITHER}[0-9]",
              f"{_MBI_LETTER}{{2}}[0-9]{{2}}")
_DASHED_MBI = re.compile("(?<![A-Za-z0-9-])" + "-".join(_MBI_PARTS) + "(?![A-Za-z0-9-])")
# (closer 88) ... and in the same groups apart by one blank each (`4QX7 RD2 KT83`), its layout read across the blanks
# as across the dashes when the number fills its value, its line or its path's segment alone (a product's name holds
# its model's code of that shape among words: `7KD3 WM4 PR19 kit`).
_SPACED_MBI = re.compile("^" + " ".join(_MBI_PARTS) + "$", re.MULTILINE)
_LABELLED_MBI = re.compile(r"(?<![A-Za-z0-9])(?i:mbi|medicare)(?:[ \t]{1,3}(?i:mbi|number|no\.?|id|card))?"
                           r"[ \t]{0,3}[:#]?[ \t]{0,3}(?i:" + "[- ]?".join(_MBI_PARTS) + ")(?![A-Za-z0-9])")
# (closer 87) Unbroken with no label, in capitals, the whole layout: eleven characters whose letters and digits stand
# where CMS puts them, a mix a shop's code rarely has by chance; not inside a longer code (`-`, `_`, `.` around).
_BARE_MBI = re.compile("(?<![A-Za-z0-9\\-_.])" + "".join(_MBI_PARTS) + "(?![A-Za-z0-9\\-_])")


def holds_medicare_mbi(form: str, id_like: bool) -> bool:
    """Whether canonical `form` holds a Medicare Beneficiary Identifier (above): dashed in free text, or after its
    label (the detector tests the label's letters or two dashes first)."""
    return not id_like and ("-" in form and _DASHED_MBI.search(form) is not None or _BARE_MBI.search(
        form) is not None or " " in form and _SPACED_MBI.search(form) is not None) or (
        "BI" in form or "bi" in form or "edicare" in form or "EDICARE" in form) and (
        _LABELLED_MBI.search(form) is not None)


# The European Health Insurance Card's card id (closer 101, fifty-fourth attack): twenty digits numbered as ISO/IEC
# 7812 numbers a card, its industry's two digits (80: health), the issuing state's ISO 3166 numeric code, the
# issuer's five digits and a serial of ten (the UK's begin `80826`, Germany's `80276`). Cards carry no check digit
# every issuer computes (Finland's has none): the shape is the prefix and the length. No ordinary id of twenty digits
# opens so: a shipping unit's SSCC after its `00`, a SIM's ICCID after `89` (telecoms), USPS' after `70`, `92`, `94`, a
# random 64-bit id below `19`; GS1's `80xx` element strings are no state's code (`8003`, `8004`, `8018`, `8020`).
# The states that issue it: the European Union's, Iceland, Liechtenstein, Norway, Switzerland, the United Kingdom.
EHIC_STATES = {"AT": "040", "BE": "056", "BG": "100", "HR": "191", "CY": "196", "CZ": "203", "DK": "208", "EE": "233",
               "FI": "246", "FR": "250", "DE": "276", "GR": "300", "HU": "348", "IS": "352", "IE": "372", "IT": "380",
               "LV": "428", "LI": "438", "LT": "440", "LU": "442", "MT": "470", "NL": "528", "NO": "578", "PL": "616",
               "PT": "620", "RO": "642", "SK": "703", "SI": "705", "ES": "724", "SE": "752", "CH": "756", "GB": "826"}
_EHIC_PREFIXES = frozenset("80" + code for code in EHIC_STATES.values())
# Where a printed card id may break, by the digits before the break: after its parts (the industry's 2, the state's
# 5, the issuer's 10), in fives or in fours; one separator throughout.
_EHIC_BREAKS = (frozenset((2, 5, 10)), frozenset((5, 10, 15)), frozenset((4, 8, 12, 16)))
_EHIC_GROUP = re.compile(r"[0-9]+")


def ehic_card_id(run: str, digits: str) -> bool:
    """Whether a run of digit groups (`run`, its `digits` alone) is a European Health Insurance Card's card id (above):
    twenty digits opening on `80` and an issuing state's code, unbroken or broken where a card's number is printed
    apart (`8027600481 7261234567`, `80276 00481 72612 34567`) by one blank or one dash."""
    if len(digits) != 20 or digits[:5] not in _EHIC_PREFIXES:
        return False
    if run == digits:
        return True
    separators = set(_EHIC_GROUP.sub("", run))
    if separators not in ({" "}, {"-"}):
        return False
    ends, at = set(), 0
    for group in _EHIC_GROUP.findall(run)[:-1]:
        at += len(group)
        ends.add(at)
    return len(run) - len(digits) == len(ends) and any(ends <= breaks for breaks in _EHIC_BREAKS)
