"""The one detector of personal data: every free-text value, key and URL part that leaves passes it.

It looks at the canonical form (canonical.py), so an encoding or a look-alike spelling changes nothing, and
recognizes by shape, not by list: email addresses (also base64-encoded), phone numbers, IP addresses, and
ids whose shape can be checked (payment cards by the Luhn sum, IBANs by their mod-97 check, US social
security and Brazilian CPF numbers by their layout). Keys are judged by their tokens (detector.key_reason).

Every function answers with a reason naming what was found, never the value, or "" when nothing was. All
patterns are linear: no part repeats unbounded before another that could match the same characters.
"""

from __future__ import annotations

import binascii
import re
import unicodedata
from typing import Dict, FrozenSet, Iterator, List, Tuple

from .canonical import MAX_ROUNDS, canonical

EMAIL = "holds an email address"
EMAIL_BASE64 = "holds a base64-encoded email address"
PHONE = "holds a phone number"
IP_ADDRESS = "holds an IP address"
CARD = "holds a payment card number"
IBAN = "holds a bank account number (IBAN)"
NATIONAL_ID = "holds a national id number"
LAYERED = f"still encoded after {MAX_ROUNDS} rounds of decoding"
PERSONAL_KEY = "personal key"

# One character of an address's local part, "@", a domain label and a dot followed by more domain: no part
# repeats unbounded before the "@", so a search never rescans a long run.
_NOT_ADDRESS = "\\s@<>()\\[\\],;:\"'/\\\\"
_EMAIL_INSIDE = re.compile(f"[^\\s@]@[^{_NOT_ADDRESS}.]+\\.[^{_NOT_ADDRESS}.]")  # `"jo"@x.com` too
# A run of digits in groups with short separators, maybe after "+" or in parentheses.
# Any blank separates groups, a line break or a tab too (canonical.py has made every dash `-`).
_NUMBER_RUN = re.compile(r"\+?\(?[0-9]+\)?(?:[\s.\-/]{1,2}\(?[0-9]+\)?)*")
_DIGIT_GROUPS = re.compile(r"[0-9]+")
_IPV4 = re.compile(r"(?<![0-9.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9]|\.[0-9])")
# Candidates only: two colons at least, each group at most 4 hex digits (bounded work at each position).
_HEX_COLON_RUN = re.compile(r"(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}")
_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}(?: ?[A-Za-z0-9]){11,30}(?![A-Za-z0-9])")
_SSN = re.compile(r"[0-9]{3}-[0-9]{2}-[0-9]{4}")
_CPF = re.compile(r"[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}")
WITHOUT_DIGITS = str.maketrans("", "", "0123456789")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_MIN_BASE64_RUN = 11  # the base64 of the shortest address with a real domain, `jo@x.com`
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/_-]{11,}={0,2}")
_MAX_BASE64_RUN = 344  # the base64 of a 254-character address (the longest valid one)
_CARD_PREFIXES = ("4", "34", "37", "5", "2", "6", "35", "36", "30", "38", "39")


def _luhn(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        if position % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def _cpf(digits: str) -> bool:
    if len(set(digits)) == 1:
        return False
    for length in (9, 10):
        total = sum(int(digits[i]) * (length + 1 - i) for i in range(length))
        if (total * 10 % 11) % 10 != int(digits[length]):
            return False
    return True


def _nanp(digits: str) -> bool:
    return digits[0] in "23456789" and digits[3] in "23456789"


def _bare_phone(digits: str) -> bool:
    """A digit string with no separators that is shaped like a phone number (national or international)."""
    count = len(digits)
    if digits.startswith("00"):
        return digits[2:3] not in ("", "0") and 10 <= count <= 17
    if digits.startswith("0"):
        return 9 <= count <= 12
    if count == 10:
        return _nanp(digits)
    if count == 11 and digits[0] == "1":  # +1 and a NANP number, or a Chinese mobile number (13x to 19x)
        return digits[1] in "3456789" or _nanp(digits[1:])
    return 11 <= count <= 15 and digits[0] != "1"


# A date written year first: no phone number begins with a year, a month and a day.
_SEPARATORS = re.compile(r"[\s.\-/]*")
_DATE = re.compile(r"(?:19|20)[0-9]{2}([-./])[01]?[0-9]\1[0-3]?[0-9](?![0-9])")


def _gtin(digits: str) -> bool:
    """The GS1 check digit (weights 1 and 3 from the left for 13 digits), which ISBN-13 shares."""
    return sum((3 if position % 2 else 1) * (ord(char) - 48) for position, char in enumerate(digits)) % 10 == 0


def _grouped_like_phone(run: str, digits: str) -> bool:
    """In an id, digit groups laid out the way phone numbers are written: after a trunk `0` (`090-1234-5678`,
    `0171/2345678`, `06-12345678`), or a NANP number's 3-3-4 (`650-555-0173`, `1-650-555-0173`)."""
    if digits[0] == "0":
        return digits[1] != "0" and 9 <= len(digits) <= 12
    groups = [len(group) for group in _DIGIT_GROUPS.findall(run)]
    if groups[-3:] != [3, 3, 4] or len(groups) > 4 or (len(groups) == 4 and digits[0] != "1"):
        return False
    return _nanp(digits[-10:]) and (len(groups) == 3 or groups[0] == 1)


def _number_reason(run: str, text: str, start: int, end: int, id_like: bool) -> str:
    digits = "".join(ch for ch in run if ch.isdigit())
    count = len(digits)
    if count < 7:
        return ""
    date = _DATE.match(run) if count >= 9 else None
    if date is not None:  # dates (and a time: 2024-11-29 10:30) lead the run: what follows them is judged alone
        position = 0
        while date is not None:  # by position, not by slicing: linear in the run whatever the dates
            position = _SEPARATORS.match(run, date.end()).end()  # type: ignore[union-attr]
            date = _DATE.match(run, position)
        run = run[position:]
        digits = "".join(ch for ch in run if ch.isdigit())
        count, start = len(digits), end - len(run)
        if count < 7:
            return ""
    if 13 <= count <= 19 and digits.startswith(_CARD_PREFIXES) and _luhn(digits):
        return CARD
    core = run.strip("()")
    if _SSN.fullmatch(core) or (_CPF.fullmatch(core) and _cpf(digits)):
        return NATIONAL_ID
    if run.startswith("+") and count <= 15:
        return PHONE
    if count > 15:
        return ""
    grouped = digits != run
    if grouped:
        if count < 9 or (run.count(".") == 1 and run.replace(".", "").isdigit()):
            return ""  # a decimal number
        if count == 13 and digits.startswith(("978", "979")) and _gtin(digits):
            return ""  # an ISBN (978-3-16-148410-0): no phone number begins with 978 or 979
        return PHONE if not id_like or " " in run or "(" in run or _grouped_like_phone(run, digits) else ""
    if (start > 0 and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha()):
        return ""  # a number inside a code (SKU12345678901)
    if id_like:  # an id may be any number, except one written the way phone numbers are dialled (0…, 00…)
        return PHONE if digits[0] == "0" and digits[1:2] != "0" and 10 <= count <= 11 or (
            digits.startswith("00") and digits[2:3] not in ("", "0") and 11 <= count <= 17) else ""
    return PHONE if _bare_phone(digits) else ""


def _iban(candidate: str) -> bool:
    compact = candidate.replace(" ", "").upper()
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


def _base64_email(text: str) -> bool:
    for match in _BASE64_RUN.finditer(text):
        run = match.group()
        if len(run) > _MAX_BASE64_RUN or run.islower() or run.isupper():
            continue  # the base64 of an address mixes upper and lower case: a word or a slug does not
        run = run.rstrip("=").replace("-", "+").replace("_", "/")
        if len(run) % 4 == 1:
            continue
        try:
            raw = binascii.a2b_base64(run + "=" * (-len(run) % 4))
        except (binascii.Error, ValueError):
            continue
        if b"@" not in raw:
            continue
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if _EMAIL_INSIDE.search(canonical(decoded)[0]) is not None:
            return True
    return False


def property_label(key: str) -> str:
    """How a message or a record names a property: its key, unless the key itself holds personal data."""
    return "a property whose key holds personal data" if reason(key) else key


def reason(text: str, id_like: bool = False) -> str:
    """What personal data `text` holds (a reason naming its kind), or "".

    `id_like` is for values that are ids (order ids, product ids, event ids): a run of digits in them is a
    number, not a phone, unless written as one (`+`, spaces or parentheses).
    """
    if text.isalpha() and (text.islower() or text.isupper() or len(text) < _MIN_BASE64_RUN):
        return ""  # one word: nothing below can match it, and a base64 run mixes cases
    form, settled = canonical(text)
    if not settled:
        return LAYERED
    if "@" in form:
        if _EMAIL_INSIDE.search(form) is not None:
            return EMAIL
    elif len(form) < 7:
        return ""  # shorter than any address, phone number, IP address or id we look for
    if _UUID.fullmatch(form) is not None:
        return ""  # the Edgee ids and most event ids: random by construction
    found = _digit_reason(form, id_like)
    if found:
        return found
    if ":" in form and any(_ipv6(match.group()) for match in _HEX_COLON_RUN.finditer(form)):
        return IP_ADDRESS
    if len(form) >= _MIN_BASE64_RUN and _base64_email(form):
        return EMAIL_BASE64
    return ""


def _digit_reason(form: str, id_like: bool) -> str:
    """The personal data written with digits in canonical `form`: an IPv4 address, a number of a checkable
    shape (card, national id, phone), an IBAN; or ""."""
    digit_count = len(form) - len(form.translate(WITHOUT_DIGITS))
    if digit_count >= 4 and "." in form:  # an IPv4 address has 4 digits at least (8.8.8.8)
        for match in _IPV4.finditer(form):
            if all(int(part) <= 255 for part in match.group().split(".")):
                return IP_ADDRESS
    if digit_count < 7:  # every number shape below has 7 digits or more
        return ""
    for match in _NUMBER_RUN.finditer(form):
        start, end = match.span()
        if end - start >= 7:  # fewer characters cannot hold 7 digits
            found = _number_reason(match.group(), form, start, end, id_like)
            if found:
                return found
    for match in _IBAN.finditer(form):
        if _iban(match.group()):
            return IBAN
    return ""


# ---- keys, judged by their tokens ---------------------------------------------------------------------------

# The personal-data lexicon, as data grouped by kind; the rules that read it are in _personal_tokens.
# Tokens and runs of up to three adjacent tokens (joined) that name personal data, in the languages the README
# lists. Compared after canonical folding (accents, case and look-alikes removed), so `Téléphone`, `TELEFONO`
# and a Cyrillic-lettered `phone` are one token.
PERSONAL_TOKENS = frozenset((
    # contact
    "email mail emailaddress mailaddress phone phonenumber telephone tel tele telefon telefono telefone telefonnummer "
    "mobile mobilephone mobilenumber mobil mobilnummer movil celular cellulare cellphone cell handy handynummer "
    "rufnummer portable fax msisdn whatsapp sms contact contactnumber courriel correo correoelectronico posta "
    "mel pec "
    # names
    "firstname lastname surname fullname middlename maidenname givenname familyname fname lname mname "
    "forename nickname username displayname vorname nachname familienname geburtsname prenom nomdefamille "
    "apellido apellidos cognome sobrenome apelido anrede salutation "
    # address
    "address addr streetaddress street addressline housenumber hausnummer anschrift adresse "
    "strasse rue direccion calle endereco rua indirizzo city town ville stadt ciudad cidade citta wohnort hausnr "
    "zip zipcode postcode postalcode postal postale plz postleitzahl codepostal codigopostal cep cap "
    "latitude longitude lat lng geolocation "
    # birth, gender
    "birthday birthdate dob dateofbirth birth geburtsdatum geburtstag geburt naissance datedenaissance "
    "nacimiento fechadenacimiento fechanacimiento nascimento datadenascimento nascita datadinascita "
    "gender sex geschlecht sexe sexo sesso "
    # government and financial ids
    "ssn socialsecurity socialsecuritynumber nationalid nationalidnumber nin nino passport passportnumber "
    "reisepass passeport pasaporte passaporte passaporto personalausweis ausweis taxid tin steuerid steuernummer "
    "driverslicense driverlicense driverslicensenumber licensenumber idnumber idcard iban bic creditcard cardnumber "
    "ccnumber cvv cvc cardholder accountnumber routingnumber "
    "nir securitesociale dni nie nif curp rfc cpf rg cnpj codicefiscale partitaiva "
    # network and account ids
    "ip ipaddr ipaddress ipv clientip remoteip userip password passwd pwd countrycode "
    "userid anonymousid anonid customerid memberid visitorid edgeeid "
    # device and advertising ids, forwarded client addresses
    "deviceid idfa idfv gaid aaid advertisingid forwardedfor recipient "
    # Dutch, Polish, Scandinavian, Finnish, Turkish, Czech, Hungarian, Romanian
    "voornaam achternaam tussenvoegsel adres straat straatnaam woonplaats telefoon telefoonnummer mobiel "
    "mobielnummer huisnummer huisnr geboortedatum geslacht emailadres bsn burgerservicenummer rekeningnummer "
    "imię nazwisko ulica kodpocztowy miejscowość numertelefonu dataurodzenia płeć pesel nip numerkonta "
    "förnamn efternamn fornavn etternavn efternavn adress gatuadress postnummer födelsedatum fødselsdato "
    "personnummer cpr cprnummer "
    "etunimi sukunimi osoite katuosoite postinumero puhelin puhelinnumero syntymäaika henkilötunnus hetu "
    "soyad soyadı adsoyad adısoyadı cep ceptelefonu telefonnumarası doğumtarihi cinsiyet tckimlik tckimlikno "
    "tckn kimlikno postakodu eposta "
    "jméno příjmení adresa rodnéčíslo vezetéknév keresztnév telefonszám születésidátum prenume cnp "
    # Russian (Cyrillic and transliterated), Greek and Arabic transliterated
    "имя фамилия отчество адрес улица телефон почта паспорт снилс инн "
    "imya familiya otchestvo ulitsa nomertelefona datarozhdeniya pasport snils inn "
    "onoma eponymo eponymon tilefono dieuthinsi hatif unwan "
    # Japanese (romaji and script), Chinese (pinyin and script), Korean, Indonesian, Vietnamese
    "namae shimei myoji myouji jusho juusho yubinbango yuubinbangou denwa denwabango denwabangou keitai "
    "keitaibango tanjobi tanjoubi seinengappi seibetsu mynumber 氏名 名前 住所 電話番号 生年月日 郵便番号 "
    "xingming dianhua dizhi shouji shoujihao shenfenzheng 姓名 电话 地址 手机 身份证 "
    "ireum juso jeonhwa jeonhwabeonho "
    "namalengkap alamat telepon nomortelepon tanggallahir nik hoten diachi dienthoai sodienthoai ngaysinh"
).split())
_MORE_TOKENS = ((
    # abbreviations and phone words of more countries (Portuguese fone, Swiss natel, Indonesian telp)
    "bday birthdt fone natel telp handphone tlf tfno tlfno メアド ケータイ мобильный мобільний "
    # national ids, social and health insurance numbers, tax files (short ones are in WHOLE_TOKENS)
    "sozialversicherungsnummer sozialversicherung versichertennummer aadhaar aadhar nationalinsurance cedula iqama "
    "nationalinsurancenumber healthinsurancenumber socialinsurancenumber taxfilenumber "
    # payment cards and bank accounts
    "ccnum ccnumber ccexp ccexpiry cardexp cardexpiry cardexpiration cardexpirydate cardexpirationdate bankaccount "
    "bankaccountnumber bankdetails kontonummer bankverbindung bankleitzahl sortcode accountholder "
    # device and advertising ids
    "imei imsi iccid macaddr pushtoken fcmtoken apnstoken devicetoken "
    # handles and profile pictures (messaging apps and social networks are in ALONE_WORDS)
    "screenname userhandle selfie profilepicture profilepic profilephoto profileimage profileurl "
    # recipients and relatives (spouse, guardian: ALONE_WORDS; `spouse_name`: PERSON_QUALIFIERS)
    "shipto billto deliverto sendto careof addressee consignee nextofkin emergencycontact "
    # vehicles, coordinates and places written as codes (plates and `gps` alone: QUALIFIED groups)
    "licenseplate licenceplate numberplate platenumber carplate vehicleplate regplate registrationplate pluscode "
    "whatwords latlng latlong "
    "gpsposition gpslocation gpscoordinates "
    # special categories of personal data (GDPR art. 9): health, religion, ethnicity, sex life, politics, unions
    "religion religions religione religiao konfession religiousaffiliation religiousbeliefs ethnicity ethnie etnia "
    "etnicidad ethnicorigin racialorigin "
    "healthcondition medicalcondition healthstatus medicalhistory diagnosis diagnose diagnostico medication "
    "medications medikament medikamente medicamento medicamentos pregnancy pregnant schwangerschaft grossesse "
    "embarazo gravidanza bloodtype bloodgroup blutgruppe sexualorientation sexuality orientationsexuelle "
    "politicalparty politicalaffiliation politicalopinion politicalview politicalviews partyaffiliation partei "
    "unionmember unionmembership "
    "disability disabilities behinderung discapacidad disabilita "
    "tradeunion gewerkschaft sindicato biometric illness disease krankheit maladie enfermedad malattia "
    "symptom symptoms allergy allergie hivstatus groupesanguin gruposanguineo sexuelleorientierung "
    "orientacionsexual partidopolitico criminalrecord nationality citizenship staatsangehorigkeit "
    "nationalite nacionalidad "
    # Korean, Japanese kana, traditional Chinese, Arabic, Hebrew, Hindi, Thai, Greek and Ukrainian script
    "이메일 메일 전화 전화번호 휴대폰 핸드폰 주소 우편번호 생년월일 성별 성명 주민등록번호 "
    "メール メールアドレス 携帯 携帯番号 誕生日 性別 フリガナ ふりがな 名字 苗字 "
    "電子郵件 電郵 郵件 電子郵箱 邮箱 邮件 电子邮件 手機 身分證 邮编 性别 "
    "البريد البريد_الإلكتروني بريد_إلكتروني ايميل إيميل هاتف الهاتف جوال الجوال موبايل عنوان العنوان "
    "تاريخ_الميلاد الجنس "
    "טלפון דואל דוא״ל אימייל כתובת נייד מיקוד תאריך_לידה "
    "फ़ोन फोन ईमेल पता मोबाइल पिनकोड जन्मतिथि जन्म_तिथि "
    "อีเมล โทรศัพท์ เบอร์โทร ที่อยู่ นามสกุล วันเกิด "
    "τηλέφωνο κινητό διεύθυνση επώνυμο email_διεύθυνση ηλεκτρονικό_ταχυδρομείο ταχυδρομικός_κώδικας "
    "прізвище ім'я по_батькові електронна_пошта ел_пошта емейл імейл имейл емэйл адреса "
    "электронная_почта эл_почта "
    "pincode"
).split())
# Abbreviations of a few letters count only as a whole token, never joined from shorter ones (`ad_id` is an ad's
# id, `adid` a device's advertising id) nor found inside a longer word.
WHOLE_TOKENS = frozenset("uid udid adid oaid idfa tfn nric hkid cuit cuil attn icd".split())
# Words that name personal data alone (`sin`, `apt`, `kennzeichen`), or with an id word or an address or person
# qualifier anywhere in the key (`pan_number`, `customer_gsm`), and otherwise are ordinary (`precio_sin_iva`,
# `paper_gsm`, `kennzeichen_typ`).
ID_ABBREVIATIONS = frozenset((
    "sin pan rut vin gsm nhs medicare medicaid apt nit itin ein ahv "
    "kenteken kennzeichen nummernschild matricula targa immatriculation"  # vehicle plates
).split())
ID_WORDS = frozenset("id ids number no nr num nummer numero numer uuid guid hash token".split())
VEHICLE_WORDS = frozenset("vehicle car auto kfz fahrzeug pkw voiture coche card".split())  # and `pan_card`
# Coordinates alone, or with a position or address qualifier (`gps_position`); not `gps_enabled`.
GEO_WORDS = frozenset("gps geohash coordinates coords geopoint geolocalisation geoposition lon".split())
GEO_QUALIFIERS = frozenset("position location loc point pos lat lng latitude longitude".split())
# Address units: right before an id word (`suite_number`, `apartment_no`); `suite` alone is a product's.
ADDRESS_UNITS = frozenset("suite apartment appartement apartamento wohnung flat house haus building plate".split())
# Account, loyalty, CRM and device holders: followed by an id word they name a person's id (`client_id`,
# `memberNumber`, glued `kundennummer`); alone they are ordinary (`client`, `membership_tier`).
ACCOUNT_HOLDERS = frozenset((
    "user customer client member membership account loyalty crm external visitor subscriber person patient "
    "player profile shopper buyer guest employee student passenger traveler traveller citizen voter device android "
    "owner sender payer donor patron applicant candidate distinct cust usr acct acc mbr "
    "kunde kunden mitglied mitglieds klant lid cliente socio usuario utilisateur membre abonne adherent utente "
    "klienta uzytkownika"
).split())
# Messaging apps (the id there is the person), social networks and profile pictures: alone (`wechat`,
# `instagram`, `avatar`) or right before a handle word (`twitter_handle`, `linkedin_url`, `avatar_url`) they name a
# person's account; `instagram_post_id`, `wechat_pay`, `avatar_size` do not. Relatives: alone (`guardian`).
ACCOUNT_WORDS = frozenset((
    "wechat weixin telegram skype viber kakao kakaotalk zalo imessage facetime threema "
    "facebook instagram twitter linkedin tiktok snapchat pinterest xing discord mastodon fb ig avatar"
).split())
HANDLE_WORDS = frozenset("id handle username user profile url link account name number no image img pic".split())
ALONE_WORDS = ACCOUNT_WORDS | frozenset("spouse guardian husband wife".split())
# ... and after, as Romance and Slavic languages write it (`numero_cliente`, `id_usuario`, `nr_klienta`); not
# `num_users` (a count).
LEADING_ID_WORDS = frozenset("id numero numer nr codigo".split())
# Pairs only: messaging apps whose name is an ordinary word (`line_id`, not `line_number`), `mobNo`.
_MORE_TOKENS += (
    "lineid linehandle lineusername signalid signalhandle signalusername signalnumber "
    "mobno mobnr mobnum mobnumber mobilno mobnummer"
).split()


def _pairs() -> Iterator[str]:
    """The adjacent pairs the groups above make personal, joined as adjacent tokens are (`clientid`)."""
    for firsts, seconds in ((ACCOUNT_HOLDERS, ID_WORDS), (LEADING_ID_WORDS, ACCOUNT_HOLDERS), (ADDRESS_UNITS, ID_WORDS),
                            (ACCOUNT_WORDS, HANDLE_WORDS)):
        for first in sorted(firsts):
            for second in sorted(seconds):
                yield first + second

# Tokens that name a person's name only with a qualifier (`customer_name`, `nom_client`) or alone (`name`);
# `product_name`, `nombre_producto` are not personal.
NAME_TOKENS = frozenset((
    "name nom nome nombre naam namn navn nama nume isim ism imie jmeno "
    "이름 名字 اسم الاسم שם नाम όνομα ชื่อ"
).split())
PERSON_QUALIFIERS = frozenset((
    "customer client user contact billing shipping buyer recipient account holder member owner sender receiver "
    "guest patient passenger traveler traveller person real display full first last middle given family maiden "
    "cliente kunde kunden utente usuario utilisateur titular complete completo complet completa "
    "klant klanten klient kund kunder asiakas müşteri volledige pelne "
    # relatives and people one writes for (`spouse_name`, `child_name`, `next_of_kin_name`)
    "spouse wife husband child children kid kids baby mother father guardian relative kin emergency "
    "משפחה פרטי العائلة الأول الاول الأخير الاخير الكامل"
).split())
# Tokens that name a place of the visitor only alone or next to an address qualifier (`billing_state`), and
# otherwise are ordinary labels (`order_state`, `sales_region`).
PLACE_TOKENS = frozenset("state region country province county pais pays land paese regione provincia estado".split())
ADDRESS_QUALIFIERS = frozenset((
    "billing shipping home delivery address addr customer user contact residence mailing postal visitor buyer "
    "livraison facturation envio entrega lieferung rechnung"
).split()) | PERSON_QUALIFIERS
# Stems that make any key personal wherever they stand in it (German compounds, glued words: `kundenemail`).
_PERSONAL_STEMS = (
    "email|phone|telefon|birth|geburt|surname|firstname|lastname|fullname|vorname|nachname|passport|courriel|"
    "whatsapp|msisdn|postleitzahl|postcode|zipcode|ipaddr|apellido|cognome|sobrenome|prenom|nascimento|nacimiento|"
    "telefoon|voornaam|achternaam|geboorte|nazwisko|urodzeni|förnamn|efternamn|etternavn|fødsel|födelse|"
    "sukunimi|etunimi|puhelin|syntymä|soyad|doğum|cinsiyet|příjmení|vezetéknév|keresztnév|"
    "фамил|отчеств|телефон|рожден|паспорт|familiya|otchestvo|rozhden|pasport|"
    "氏名|名前|住所|電話|生年月日|郵便|姓名|电话|地址|手机|身份证|xingming|dianhua|denwa|jeonhwa|seinengappi|tanjo|"
    "dienthoai|telepon|"
    "sozialversicherung|kontonummer|pregnan|schwanger|religion|medikament|medicament|medication|"
    "메일|전화|주소|휴대폰|핸드폰|우편번호|생년월일|주민등록|メールアドレス|携帯|誕生日|苗字|郵件|電郵|邮箱|邮件|手機|"
    "身分證|邮编|收货人|收件人|联系人|信箱|住址|address|adress|adres|بريد|هاتف|ميلاد|טלפון|אימייל|לידה|ईमेल|मोबाइल|जन्म|อีเมล|โทรศัพท์|เบอร์โทร|นามสกุล|วันเกิด|"
    "τηλέφων|ταχυδρομ|γέννησ|прізвищ|народжен"
)
_ASCII_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
# Vowel signs that take space (Devanagari `ा`, Bengali, Tamil): part of a word, as letters are, not a cut in it.
_SPACING_MARKS = "".join(chr(code) for code in range(0x900, 0x10000) if unicodedata.category(chr(code)) == "Mc")
_WORD_RUNS = re.compile(f"(?:[^\\W\\d_]|[{_SPACING_MARKS}])+")


def key_tokens(key: str) -> List[str]:
    """The tokens of a key: split on separators, digits and case changes (`billingPostCode` = billing, post,
    code; `IPAddr` = ip, addr), each folded to lowercase, after canonical folding."""
    form, _ = canonical(key)
    return _tokens(form)


def _tokens(form: str) -> List[str]:
    if form.isascii():  # letters only: the word pattern skips digits and separators itself
        return [word.lower() for word in _ASCII_WORDS.findall(form)]
    tokens: List[str] = []
    for run in _WORD_RUNS.findall(form):
        if run.isascii():
            tokens.extend(word.lower() for word in _ASCII_WORDS.findall(run))
        else:
            tokens.append(run.casefold())
    return tokens


# The lexicon is folded as keys are (accents, case, look-alikes: a Cyrillic `телефон` partly becomes Latin
# letters), so that a word and a key spelled alike always meet.
def _folded(word: str) -> str:
    if word.isascii() and word.isalpha() and word.islower():
        return word  # folded already: no copy
    return "".join(key_tokens(word))


PERSONAL_TOKENS = frozenset(_folded(word) for words in (sorted(PERSONAL_TOKENS), _MORE_TOKENS, _pairs())
                            for word in words)
NAME_TOKENS = frozenset(_folded(word) for word in NAME_TOKENS)
PERSON_QUALIFIERS = frozenset(_folded(word) for word in PERSON_QUALIFIERS)
ADDRESS_QUALIFIERS = frozenset(_folded(word) for word in ADDRESS_QUALIFIERS)
# Each word that is personal alone, or with one of its qualifiers anywhere in the key: the qualifiers it needs.
_QUALIFIED_GROUPS: Tuple[Tuple[FrozenSet[str], FrozenSet[str]], ...] = (
    (NAME_TOKENS, PERSON_QUALIFIERS), (PLACE_TOKENS, ADDRESS_QUALIFIERS),
    (ID_ABBREVIATIONS, ID_WORDS | VEHICLE_WORDS | ADDRESS_QUALIFIERS),
    (GEO_WORDS, GEO_WORDS | GEO_QUALIFIERS | ADDRESS_QUALIFIERS),
    (ALONE_WORDS, frozenset()))
_QUALIFIERS_OF: Dict[str, FrozenSet[str]] = {}
for _words, _qualifiers in _QUALIFIED_GROUPS:
    for _word in sorted(_words):  # one shared set per group: a word in two groups gets their union
        _found = _QUALIFIERS_OF.get(_word)
        _QUALIFIERS_OF[_word] = _qualifiers if _found is None else _found | _qualifiers
_NAME_LENGTHS = sorted({len(name) for name in NAME_TOKENS})
_NAME_ENDINGS = frozenset(name[-3:] for name in NAME_TOKENS)
# Stems in other scripts are searched only in keys that are not ASCII (one short pattern for most keys).
_STEMS = [_folded(stem) for stem in _PERSONAL_STEMS.split("|")]


def _by_first_letter(words: List[str]) -> str:
    """One alternation per first letter (`e(?:mail|tunimi)|p(?:hone|uhelin)`): a search tries a few branches
    at each position instead of every word."""
    groups: Dict[str, List[str]] = {}
    for word in sorted(set(words)):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_PERSONAL_STEM = re.compile(_by_first_letter([stem for stem in _STEMS if stem.isascii()]))
_PERSONAL_STEM_OTHER = re.compile("|".join(stem for stem in _STEMS if not stem.isascii()))


def _personal_tokens(tokens: List[str]) -> bool:
    joined = "".join(tokens)
    if _PERSONAL_STEM.search(joined) is not None or (
            not joined.isascii() and _PERSONAL_STEM_OTHER.search(joined) is not None):
        return True
    count = len(tokens)
    for start in range(count):
        joined = ""
        for token in tokens[start:start + 3]:
            joined += token
            if joined in PERSONAL_TOKENS:
                return True
    token_set = set(tokens)
    if not token_set.isdisjoint(WHOLE_TOKENS):
        return True
    for token in tokens:  # a qualifier glued to a name word: `kundenname`, `klantnaam`, `customername`
        if len(token) > 5 and token[-3:] in _NAME_ENDINGS:
            for length in _NAME_LENGTHS:
                if token[-length:] in NAME_TOKENS and token[:-length] in PERSON_QUALIFIERS:
                    return True
    for token in token_set:  # `name` alone or `customer_name`, `sin` alone or `sin_number`
        qualifiers = _QUALIFIERS_OF.get(token)
        if qualifiers is not None and (count == 1 or any(other in qualifiers for other in token_set if other != token)):
            return True
    return False


# Letters written with a look-alike digit, or a capital I for an l, inside a word (`EMA1L`, `ph0ne`, `emaiI`):
# such a key is judged in the readings a person sees too (1 as l and as i).
_LOOK_ALIKE_INSIDE = re.compile(  # the character first: fast
    r"[0135](?<=[A-Za-z][0135])(?=[A-Za-z])|I(?<=[a-z]I)|l(?<=[A-Z]l)(?=[A-Z])|\|(?<=[A-Za-z]\|)")
_READINGS = ({"0": "o", "1": "l", "3": "e", "5": "s", "I": "l", "l": "i", "|": "l"},
             {"0": "o", "1": "i", "3": "e", "5": "s", "I": "l", "l": "i", "|": "l"})


# Either second reading may apply (a look-alike inside a word, a word ending in s): one search for both.
_SECOND_READING = re.compile(_LOOK_ALIKE_INSIDE.pattern + r"|[sS](?<=[A-Za-z]{5})(?![a-z])")


def _personal_reading(form: str) -> bool:
    spots = [found.start() for found in _LOOK_ALIKE_INSIDE.finditer(form)]
    if not spots:
        return False
    letters = list(form)
    for reading in _READINGS:
        for spot in spots:
            letters[spot] = reading[form[spot]]
        if _personal_tokens(_tokens("".join(letters).lower())):
            return True
    return False


# Tokens that make a key name an id or a code: its value is judged as an id (a GTIN or an order number is a
# run of digits, not a phone number, unless written the way phone numbers are dialled).
ID_TOKENS = frozenset("id ids sku gtin ean upc isbn mpn barcode code ref reference number no nr num".split())


def names_an_id(key: str) -> bool:
    return not ID_TOKENS.isdisjoint(key_tokens(key))


def value_reason(key: str, value: str) -> str:
    """What personal data the value of `key` holds: as free text, or as an id when the key names one."""
    found = reason(value)
    if found == PHONE and names_an_id(key):
        found = reason(value, id_like=True)
    return found


def _singular(tokens: List[str]) -> bool:
    """Whether a key with plural tokens (`addresses`, `health_conditions`) is personal in the singular."""
    return any(_personal_tokens([token[:-cut] if len(token) > 4 and token.endswith(ending) else token
                                 for token in tokens]) for cut, ending in ((1, "s"), (2, "es")))


def _key_reason(key: str) -> str:
    form, _ = canonical(key)
    tokens = _tokens(form)
    if _personal_tokens(tokens) or _SECOND_READING.search(form) is not None and (
            _singular(tokens) or _personal_reading(form)):
        return PERSONAL_KEY
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


def key_reason(key: str) -> str:
    """Why a key may not go out (it names personal data, or holds some), or ""."""
    verdict = _KEY_VERDICTS.get(key)
    return _key_reason(key) if verdict is None else verdict
