"""The fiftieth outside attack's cases, written blind from the README's promises (sections "Personal data: one budget
in, one gate out", "Settings", "Identity", "Events" and "Meta's own fields") without reading the gate's code, its
reference nor the earlier attacks' cases. It attacks **the newest promises** of the "Personal data" section, each in
the other languages and scripts the README implies, other providers or networks of the same kind, other layouts of
the same id, encoded (percent, HTML entities, JSON escapes, base64) and inside a URL.

- **Vehicles** (`vin`, `plate`): a VIN by its check digit (plain, spaced, dashed, lower case, encoded) and after its
  label in Polish, Turkish, Japanese, Portuguese, Arabic, Hindi; a plate after its label (`Kennzeichen`, `Numer
  rejestracyjny`, `Plaka`, `ナンバー`, `Placa`, `Immatriculation`), with its country's band.
- **An id holder's label** (`holder`): `Member ID:`, `Patient ID:`, `Policy number:`, a frequent flyer's number, each
  in the lexicon's languages and after an airline programme's name.
- **Medicare MBI** (`mbi`): dashed, plain, spaced, lower case, after its label, in a URL.
- **Airline tickets** (`ticket`): an e-ticket's 13 digits after its label, with its coupon number, in several
  languages.
- **Wallets** (`wallet`): TRON by its checksum, Solana after its label, and other networks (Bitcoin's legacy
  addresses, Litecoin, Dogecoin, XRP, Cardano, Cosmos) by their grammar and after their labels.
- **Providers' secrets** (`secret`): GitHub, Stripe and Slack tokens by their format, and GitLab, AWS, Google API
  keys, OpenAI, Twilio, SendGrid, npm, Shopify, Hugging Face, a Slack webhook; encoded and in a URL.
- **Reviews** (`review`): a review's author as a handle or a name before stars or a rating in digits, in several
  languages.
- **Audiences** (`audience`): a person's gender and age beside or in the words of a product's audience, in Polish,
  Turkish, Japanese, Portuguese, Arabic, Hindi, under keys naming the person.
- **Rows** (`row`): names and address lines in a campaign's or an export's row (CSV, TSV, semicolons), in several
  countries' layouts.
- **Customer numbers and own ids** (`ownid`): a customer's number after its label in several languages, and the
  visitor's own `user_id` after a code's label.

Each personal value goes into leaves by attack 36's rotation (`TEXT_PLACES`, `URL_PLACES` for links); the made-up
markers `Quendrix`, `Tarvenholm` and the digits 481726 make a leak findable. The ordinary side (`ordinary_cases`):
SKUs and model numbers of the same shapes, `Member price`, `Policy: 30-day returns`, blockchain explainers,
`token: required`, product names of `Woman`/`Man` collections, each in several leaves where it is the whole value.
Check digits are computed here (a VIN's weights, base58check's double SHA-256).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from typing import Any, Dict, Iterator, List, Optional, Tuple
from urllib.parse import quote

from privacy_attack_cases_36 import SHOP, TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]
Table = Dict[str, Tuple[str, Any]]
TAG = "50"

_VIN_VALUES = {**{str(d): d for d in range(10)}, **{ch: "ABCDEFGH".index(ch) + 1 for ch in "ABCDEFGH"},
               **{ch: "JKLMN".index(ch) + 1 for ch in "JKLMN"}, "P": 7, "R": 9,
               **{ch: "STUVWXYZ".index(ch) + 2 for ch in "STUVWXYZ"}}
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(body: str) -> str:
    """A VIN from 16 characters (the check's place, the ninth, left out) with its check digit."""
    full = body[:8] + "0" + body[8:]
    total = sum(_VIN_VALUES[ch] * weight for ch, weight in zip(full, _VIN_WEIGHTS, strict=True))
    check = "X" if total % 11 == 10 else str(total % 11)
    return body[:8] + check + body[8:]


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(version: bytes, payload: bytes, alphabet: str = "") -> str:
    """`version` and `payload` in base58 with their 4 bytes of double SHA-256."""
    raw = version + payload
    return base58(raw + hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4], alphabet or _B58)


def base58(raw: bytes, alphabet: str = _B58) -> str:
    """`raw` in base58 (Bitcoin's alphabet unless told), its leading zero bytes as the alphabet's first letter."""
    number = int.from_bytes(raw, "big")
    text = ""
    while number:
        number, rest = divmod(number, 58)
        text = alphabet[rest] + text
    return alphabet[0] * (len(raw) - len(raw.lstrip(b"\0"))) + text


_XRP = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32(hrp: str, payload: bytes, version: Optional[int] = None) -> str:
    """`payload` under `hrp` in bech32 (BIP 173: 5-bit groups, a segwit `version` first when given, and the 6
    characters of its checksum)."""
    bits = "".join(f"{byte:08b}" for byte in payload)
    bits += "0" * (-len(bits) % 5)
    data = ([] if version is None else [version]) + [int(bits[i:i + 5], 2) for i in range(0, len(bits), 5)]
    values = [ord(ch) >> 5 for ch in hrp] + [0] + [ord(ch) & 31 for ch in hrp] + data + [0] * 6
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i, generator in enumerate([0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]):
            check ^= generator if (top >> i) & 1 else 0
    check ^= 1
    return hrp + "1" + "".join(_BECH32[d] for d in data + [(check >> 5 * (5 - i)) & 31 for i in range(6)])


def _q(text: str) -> str:
    return quote(text, safe="")


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _json(text: str) -> str:
    return json.dumps(text)[1:-1].replace("-", "\\u002d").replace(":", "\\u003a")


def _entities(text: str) -> str:
    return "".join(f"&#{ord(ch)};" if not ch.isalnum() else ch for ch in html.escape(text))


HASH20 = hashlib.sha256(b"Quendrix481726").digest()[:20]
VIN = vin("WVWZZZ1KZ8W48172")
VIN2 = vin("1HGCM82633481726")
TRON = base58check(b"\x41", HASH20)
BTC = base58check(b"\x00", HASH20)
LTC = base58check(b"\x30", HASH20)
DOGE = base58check(b"\x1e", HASH20)
SOLANA = base58(hashlib.sha256(b"Quendrix481726 solana").digest())
XRP = base58check(b"\x00", HASH20, _XRP)
COSMOS = bech32("cosmos", HASH20)
LTC_SEGWIT = bech32("ltc", HASH20, 0)
CARDANO = bech32("addr", b"\x01" + hashlib.sha256(b"Quendrix").digest() + hashlib.sha256(b"481726").digest()[:24])
MBI = "4QX7-RD2-KT81"
TICKET = "2204817261234"


def vehicles() -> Iterator[Case]:
    vins: Table = {
        "bare": (f"Fahrzeug {VIN} gekauft", VIN),
        "bare us": (f"car {VIN2} service", VIN2),
        "spaced": ("VIN " + " ".join([VIN[:3], VIN[3:9], VIN[9:]]), VIN[3:9] + " " + VIN[9:]),
        "dashed": (f"{VIN[:3]}-{VIN[3:9]}-{VIN[9:]}", f"{VIN[3:9]}-{VIN[9:]}"),
        "lower": (f"vin {VIN.lower()}", VIN.lower()),
        "polish": (f"Numer VIN: {VIN}", VIN),
        "polish nadwozia": (f"Numer nadwozia: {VIN2}", VIN2),
        "turkish": (f"Şasi No: {VIN}", VIN),
        "japanese": (f"車台番号：{VIN2}", VIN2),
        "portuguese": (f"Chassi: {VIN}", VIN),
        "arabic": (f"رقم الهيكل: {VIN}", VIN),
        "hindi": (f"चेसिस नंबर: {VIN2}", VIN2),
        "percent": (_q(f"VIN: {VIN}"), VIN),
        "entities": (_entities(f"VIN: {VIN2}"), VIN2),
        "base64": (_b64(f"Fahrgestellnummer: {VIN} Quendrix"), VIN),
        "json escape": (_json(f"vin: {VIN}"), VIN),
    }
    yield from rotated("vin", vins, TEXT_PLACES, 2, tag=TAG)
    vin_urls: Table = {
        "url path": (f"{SHOP}/garage/{VIN}/parts", VIN),
        "url query": (f"{SHOP}/parts?vin={VIN2}", VIN2),
        "url fragment": (f"{SHOP}/parts#fz={VIN}", VIN),
    }
    yield from rotated("vin", vin_urls, URL_PLACES, 2, tag=TAG)
    plates: Table = {
        "german": ("Kennzeichen: B-QX 4817", "QX 4817"),
        "german band": ("Kfz-Kennzeichen: D B QX 4817", "QX 4817"),
        "polish": ("Numer rejestracyjny: WX 48172", "WX 48172"),
        "polish short": ("Nr rej. WX48172", "WX48172"),
        "turkish": ("Plaka: 34 QXD 481", "34 QXD 481"),
        "japanese": ("ナンバー：品川 500 あ 48-17", "あ 48-17"),
        "brazil": ("Placa: QXD4E17", "QXD4E17"),
        "portugal": ("Matrícula: 48-QX-17", "48-QX-17"),
        "french": ("Immatriculation : QX-481-ZD", "QX-481-ZD"),
        "uk": ("Reg: QX17 DRK", "QX17 DRK"),
        "us": ("License plate: 7QDX481", "7QDX481"),
        "spanish": ("Matrícula: 4817 QXD", "4817 QXD"),
        "percent": (_q("Kennzeichen: M-QX 4817"), "QX 4817"),
        "query": ("kennzeichen=B-QX4817", "B-QX4817"),
    }
    yield from rotated("plate", plates, TEXT_PLACES, 2, start=5, tag=TAG)


def holders() -> Iterator[Case]:
    table: Table = {
        "member en": ("Member ID: QX481726", "QX481726"),
        "member polish": ("Numer członkowski: 48172699", "48172699"),
        "member turkish": ("Üye No: 48172688", "48172688"),
        "member japanese": ("会員番号：48172677", "48172677"),
        "member portuguese": ("Número de sócio: 48172666", "48172666"),
        "member arabic": ("رقم العضوية: 48172655", "48172655"),
        "member hindi": ("सदस्य आईडी: 48172644", "48172644"),
        "member german": ("Mitgliedsnummer: M-481726", "M-481726"),
        "patient en": ("Patient ID: PT-481726", "PT-481726"),
        "patient polish": ("Nr pacjenta: 48172633", "48172633"),
        "patient turkish": ("Hasta No: 48172622", "48172622"),
        "patient japanese": ("患者ID：48172611", "48172611"),
        "patient mrn": ("MRN: 48172600", "48172600"),
        "policy en": ("Policy number: POL481726", "POL481726"),
        "policy polish": ("Numer polisy: PL/481726/24", "PL/481726/24"),
        "policy turkish": ("Poliçe No: 481726-01", "481726-01"),
        "policy japanese": ("証券番号：481726-55", "481726-55"),
        "policy portuguese": ("Número da apólice: 4817265", "4817265"),
        "flyer en": ("Frequent flyer: LH 992004817261", "992004817261"),
        "flyer miles and more": ("Miles & More: 992004817262", "992004817262"),
        "flyer aadvantage": ("AAdvantage # 4QX81726", "4QX81726"),
        "flyer skymiles": ("SkyMiles number 9048172655", "9048172655"),
        "flyer german": ("Vielfliegernummer: 992004817263", "992004817263"),
        "flyer lower": ("frequent flyer no. qx4817266", "qx4817266"),
        "member lower label": ("member id: 48172611", "48172611"),
        "member json": ('{"member_id": "QX481727"}', "QX481727"),
        "member percent": (_q("Member ID: QX481728"), "QX481728"),
        "member split label": ("Member\nID: QX481729", "QX481729"),
    }
    yield from rotated("holder", table, TEXT_PLACES, 2, start=3, tag=TAG)


def mbis() -> Iterator[Case]:
    table: Table = {
        "dashed": (f"Medicare {MBI}", MBI),
        "plain": ("MBI 4QX7RD2KT82", "4QX7RD2KT82"),
        "bare": ("1EG4TE5MK73 card", "1EG4TE5MK73"),
        "bare dashed": ("6AQ8-QX4-RK26", "6AQ8-QX4-RK26"),
        "spaced": ("4QX7 RD2 KT83", "4QX7 RD2 KT83"),
        "lower": ("mbi: 4qx7-rd2-kt84", "4qx7-rd2-kt84"),
        "label": ("Medicare number: 4QX7RD2KT85", "4QX7RD2KT85"),
        "spanish": ("Número de Medicare: 4QX7-RD2-KT86", "4QX7-RD2-KT86"),
        "percent": (_q("MBI: 4QX7-RD2-KT87"), "4QX7-RD2-KT87"),
        "base64": (_b64("Medicare Beneficiary Identifier 4QX7RD2KT88"), "4QX7RD2KT88"),
    }
    yield from rotated("mbi", table, TEXT_PLACES, 3, start=7, tag=TAG)
    urls: Table = {
        "url path": (f"{SHOP}/claims/4QX7RD2KT89/status", "4QX7RD2KT89"),
        "url query": (f"{SHOP}/claims?mbi=4QX7-RD2-KT80", "4QX7-RD2-KT80"),
    }
    yield from rotated("mbi", urls, URL_PLACES, 2, tag=TAG)


def tickets() -> Iterator[Case]:
    table: Table = {
        "en": (f"E-ticket: {TICKET}", TICKET),
        "dashed": ("Ticket number: 220-4817261235", "4817261235"),
        "coupon": ("Ticket no. 220-4817261236/1", "4817261236"),
        "coupon c": ("ETKT 220 4817261237 C1", "4817261237"),
        "polish": ("Numer biletu: 2204817261238", "2204817261238"),
        "turkish": ("Bilet No: 2354817261239", "2354817261239"),
        "japanese": ("航空券番号：1314817261230", "1314817261230"),
        "portuguese": ("Bilhete eletrônico: 0474817261231", "0474817261231"),
        "german": ("Ticketnummer: 220-4817261232", "4817261232"),
        "arabic": ("رقم التذكرة: 0654817261233", "0654817261233"),
        "hindi": ("टिकट नंबर: 0984817261234", "0984817261234"),
        "percent": (_q("E-Ticket: 2204817261240"), "2204817261240"),
    }
    yield from rotated("ticket", table, TEXT_PLACES, 2, start=11, tag=TAG)
    urls: Table = {
        "url query": (f"{SHOP}/trip?eticket=2204817261241", "2204817261241"),
        "url path": (f"{SHOP}/booking/eticket/2204817261242", "2204817261242"),
    }
    yield from rotated("ticket", urls, URL_PLACES, 2, start=3, tag=TAG)


def wallets() -> Iterator[Case]:
    table: Table = {
        "tron": (f"send to {TRON}", TRON),
        "tron label": (f"USDT TRC20: {TRON}", TRON),
        "tron percent": (_q(f"TRX {TRON}"), TRON),
        "solana label": (f"Solana: {SOLANA}", SOLANA),
        "solana sol": (f"SOL address: {SOLANA}", SOLANA),
        "solana phantom": (f"Phantom wallet {SOLANA}", SOLANA),
        "solana polish": (f"Adres portfela Solana: {SOLANA}", SOLANA),
        "bitcoin legacy": (f"BTC {BTC}", BTC),
        "bitcoin bare": (f"pay {BTC} thanks", BTC),
        "litecoin": (f"LTC: {LTC}", LTC),
        "dogecoin": (f"Dogecoin {DOGE}", DOGE),
        "xrp": (f"XRP address: {XRP}", XRP),
        "cardano": (f"ADA: {CARDANO}", CARDANO),
        "cosmos": (f"{COSMOS} (ATOM)", COSMOS),
        "litecoin segwit": (f"LTC {LTC_SEGWIT}", LTC_SEGWIT),
        "ethereum checksum": ("0x" + HASH20.hex().upper(), HASH20.hex().upper()),
        "turkish": (f"Cüzdan adresi: {SOLANA}", SOLANA),
        "portuguese": (f"Carteira: {LTC}", LTC),
        "tron split": (f"{TRON[:17]} {TRON[17:]}", TRON[17:]),
    }
    yield from rotated("wallet", table, TEXT_PLACES, 2, start=13, tag=TAG)
    urls: Table = {
        "url tron": (f"{SHOP}/pay?to={TRON}", TRON),
        "url solana": (f"solana:{SOLANA}?amount=1", SOLANA),
        "url tronscan": (f"https://tronscan.org/#/address/{TRON}", TRON),
    }
    yield from rotated("wallet", urls, URL_PLACES, 2, start=5, tag=TAG)


GHP = "ghp_Qx481726TarvenholmQuendrixAbCdEf0123"
STRIPE = "sk_live_51Qx481726TarvenholmQuendrix"
SLACK = "xoxb-4817261234-4817261234-QuendrixTarvenhXy"


def secrets() -> Iterator[Case]:
    table: Table = {
        "github": (f"token {GHP}", GHP),
        "github pat": ("github_pat_11AQX481726_QuendrixTarvenholmAbcdEf012345", "github_pat_11AQX481726"),
        "github oauth": ("gho_Qx481726TarvenholmQuendrixAbCdEf9876", "gho_Qx481726"),
        "stripe": (STRIPE, STRIPE),
        "stripe restricted": ("rk_live_51Qx481726TarvenholmQuendrixZ", "rk_live_51Qx481726"),
        "stripe webhook": ("whsec_Qx481726TarvenholmQuendrixAbCd", "whsec_Qx481726"),
        "slack": (f"slack {SLACK}", SLACK),
        "slack user": ("xoxp-4817261234-4817261234-4817261234-quendrixtarv", "xoxp-4817261234"),
        "gitlab": ("glpat-Qx481726TarvenhQdx", "glpat-Qx481726"),
        "aws": ("AKIAQX481726TARVENHQ", "AKIAQX481726TARVENHQ"),
        "aws secret": ("aws_secret_access_key=Qx481726TarvenholmQuendrix/AbCdEf01234", "Qx481726TarvenholmQuendrix"),
        "google": ("AIzaSyQx481726TarvenholmQuendrixAbCdEf0", "AIzaSyQx481726"),
        "openai": ("sk-proj-Qx481726TarvenholmQuendrixAbCdEf0123456789", "sk-proj-Qx481726"),
        "openai old": ("sk-Qx481726TarvenholmQuendrixT3BlbkFJAbCdEf012345", "sk-Qx481726"),
        "twilio": ("SK48172648172648172648172648172648", "SK48172648172648172648172648172648"),
        "twilio sid": ("AC481726ab481726cd481726ef481726aa", "AC481726ab481726"),
        "sendgrid": ("SG.Qx481726TarvenhQdxAb.CdEf0123456789Quendrix481726TarvenholmAbc", "SG.Qx481726"),
        "npm": ("npm_Qx481726TarvenholmQuendrixAbCdEf0123", "npm_Qx481726"),
        "shopify": ("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", "shpat_481726ab"),
        "hugging face": ("hf_Qx481726TarvenholmQuendrixAbCdEf", "hf_Qx481726"),
        "github percent": (_q(f"auth={GHP}"), GHP),
        "github base64": (_b64(f"deploy token {GHP}"), GHP),
        "stripe json": (_json(f"key: {STRIPE}"), STRIPE),
        "stripe entities": (_entities(STRIPE), "Qx481726TarvenholmQuendrix"),
        "slack split": ("xoxb-4817261234-\n4817261234-QuendrixTarvenhXy", "QuendrixTarvenhXy"),
    }
    yield from rotated("secret", table, TEXT_PLACES, 2, start=17, tag=TAG)
    urls: Table = {
        "url slack webhook": ("https://hooks.slack.com/services/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",
                              "QuendrixTarvenholm481726"),
        "url github query": (f"{SHOP}/ci?token={GHP}", GHP),
        "url stripe fragment": (f"{SHOP}/pay#{STRIPE}", STRIPE),
        "url google key": (f"{SHOP}/maps?key=AIzaSyQx481726TarvenholmQuendrixAbCdEf1", "AIzaSyQx481726"),
    }
    yield from rotated("secret", urls, URL_PLACES, 2, start=7, tag=TAG)


def reviews() -> Iterator[Case]:
    table: Table = {
        "handle stars": ("@quendrix_88 ★★★★★", "quendrix_88"),
        "handle emoji stars": ("quendrix.petra ⭐⭐⭐⭐⭐", "quendrix.petra"),
        "handle digits": ("quendrix88 - 5/5", "quendrix88"),
        "name half stars": ("Petra Q. ★★★★☆", "Petra Q."),
        "name stars": ("Petra Quendrix ★★★★★", "Quendrix"),
        "name star digit": ("Petra Quendrix ★5", "Quendrix"),
        "name stars word": ("Petra Quendrix (5 stars)", "Quendrix"),
        "french": ("Petra Quendrix — 5 étoiles", "Quendrix"),
        "polish": ("Petra Quendrix: 5 gwiazdek", "Quendrix"),
        "turkish": ("Petra Quendrix 5 yıldız", "Quendrix"),
        "portuguese": ("Petra Quendrix - 5 estrelas", "Quendrix"),
        "japanese": ("クエンドリクス ペトラ ★★★★★", "クエンドリクス"),
        "arabic": ("بيترا كويندريكس ★★★★★", "كويندريكس"),
        "hindi": ("पेट्रा क्वेंड्रिक्स ★★★★☆", "क्वेंड्रिक्स"),
        "rating first": ("★★★★★ Petra Quendrix", "Quendrix"),
        "rated by": ("5/5 by Petra Quendrix", "Quendrix"),
        "handle percent": (_q("@quendrix_77 ★★★★★"), "quendrix_77"),
        "name entities": ("Petra Quendrix &#9733;&#9733;&#9733;&#9733;&#9733;", "Quendrix"),
        "name score": ("Petra Quendrix 4.5/5", "Quendrix"),
        "name rating label": ("Petra Quendrix, Rating: 5", "Quendrix"),
    }
    yield from rotated("review", table, TEXT_PLACES, 2, start=19, tag=TAG)


def audiences() -> Iterator[Case]:
    table: Table = {
        "polish gender": ("Płeć: kobieta", "kobieta"),
        "turkish gender": ("Cinsiyet: kadın", "kadın"),
        "portuguese gender": ("Gênero: mulher", "mulher"),
        "portuguese sexo": ("Sexo: feminino (cliente)", "feminino (cliente)"),
        "arabic gender": ("الجنس: أنثى", "أنثى"),
        "hindi gender": ("लिंग: महिला", "महिला"),
        "japanese gender": ("性別：女", "性別：女"),
        "english woman": ("Gender: woman", "Gender: woman"),
        "beside audience": ("Gender: Women; my gender: female", "my gender: female"),
        "polish age": ("Wiek: 38", "Wiek: 38"),
        "turkish age": ("Yaş: 38", "Yaş: 38"),
        "japanese age": ("年齢：38歳", "38歳"),
        "portuguese age": ("Idade: 38 anos", "38 anos"),
        "arabic age": ("العمر: 38", "العمر: 38"),
        "hindi age": ("आयु: 38 वर्ष", "38 वर्ष"),
        "age years and up": ("Age: 41 years and up", "41 years and up"),
        "age beside audience": ("Age: 3+, buyer age: 41", "buyer age: 41"),
        "polish self": ("Mam 38 lat", "Mam 38 lat"),
        "turkish self": ("38 yaşındayım", "38 yaşındayım"),
        "portuguese self": ("Tenho 38 anos", "Tenho 38 anos"),
        "customer key polish": ("plec_klientki=Kobiety", "Kobiety"),
        "customer key turkish": ("musteri_cinsiyeti=Kadın", "Kadın"),
        "customer key age": ("alter_kunde=3+", "alter_kunde=3+"),
        "customer label pt": ("Idade do cliente: 14 anos e mais", "14 anos e mais"),
    }
    yield from rotated("audience", table, TEXT_PLACES, 2, start=23, tag=TAG)


def rows() -> Iterator[Case]:
    table: Table = {
        "csv uk": ("Petra Quendrix,London,SW1A 1AA", "Quendrix"),
        "csv polish": ("Petra Quendrix;Warszawa;00-950", "Quendrix"),
        "csv turkish": ("Petra Quendrix,İstanbul,34000", "Quendrix"),
        "csv japanese": ("クエンドリクス ペトラ,東京都千代田区,100-0001", "クエンドリクス"),
        "csv portugal": ("Petra Quendrix,Lisboa,1100-148", "Quendrix"),
        "csv brazil": ("Petra Quendrix,São Paulo,01310-100", "Quendrix"),
        "tsv german": ("Petra\tQuendrix\tBerlin\t10115", "Quendrix"),
        "semicolon french": ("Quendrix;Petra;Lyon;69001", "Quendrix"),
        "campaign first": ("Summer Sale,Petra Quendrix,London,SW1A 1AA", "Quendrix"),
        "campaign after": ("Petra Quendrix,Summer Sale,London,SW1A 1AA", "Quendrix"),
        "street line": ("Petra Quendrix,12 Tarvenholm Road,London,NW1 6XE", "Tarvenholm"),
        "street polish": ("Petra Quendrix;ul. Tarvenholmska 12;Kraków;30-001", "Tarvenholmska"),
        "street turkish": ("Petra Quendrix,Tarvenholm Sok. No:12,İstanbul,34000", "Tarvenholm"),
        "quoted csv": ('"Quendrix, Petra","London","SW1A 1AA"', "Quendrix"),
        "pipe": ("Petra Quendrix|London|SW1A 1AA", "Quendrix"),
        "two lines": ("name,city,zip\nPetra Quendrix,Leeds,LS1 4DY", "Quendrix"),
        "json string": (json.dumps({"row": "Petra Quendrix,Berlin,10115"}), "Quendrix"),
        "percent": (_q("Petra Quendrix,London,SW1A 1AA"), "Quendrix"),
        "no post code": ("Petra Quendrix,12 Tarvenholm Road,London", "Tarvenholm"),
        "us": ("Petra Quendrix,500 Tarvenholm Dr,Springfield,IL 62701", "Tarvenholm"),
    }
    yield from rotated("row", table, TEXT_PLACES, 2, start=29, tag=TAG)


OWN = "QX481726ZK"


def _own(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    kind, overrides = place(where, value, TAG)
    return kind, {**overrides, "user_id": OWN}


def own_ids() -> Iterator[Case]:
    table: Table = {
        "polish": ("Numer klienta: KD-481726", "KD-481726"),
        "turkish": ("Müşteri No: 48172601", "48172601"),
        "japanese": ("顧客番号：48172602", "48172602"),
        "portuguese": ("Nº de cliente: 48172603", "48172603"),
        "arabic": ("رقم العميل: 48172604", "48172604"),
        "hindi": ("ग्राहक संख्या: 48172605", "48172605"),
        "spanish": ("Nº de socio: 48172606", "48172606"),
        "account": ("Account no. AC-48172607", "AC-48172607"),
        "path": (f"{SHOP}/klient/KD-48172608/orders", "KD-48172608"),
    }
    yield from rotated("ownid", table, TEXT_PLACES, 2, start=31, tag=TAG)
    own: Table = {
        "after sku": (f"SKU: {OWN}", OWN),
        "after model": (f"Model {OWN}", OWN),
        "after art nr": (f"Art.-Nr. {OWN}", OWN),
        "after ean": (f"EAN {OWN}", OWN),
        "after polish code": (f"Kod produktu: {OWN}", OWN),
        "lower": (f"sku {OWN.lower()}", OWN.lower()),
        "dashed": ("SKU QX-481726-ZK", "QX-481726-ZK"),
    }
    yield from rotated("ownid", own, TEXT_PLACES, 2, start=3, tag=TAG, put=_own)


def cases() -> List[Case]:
    return [*vehicles(), *holders(), *mbis(), *tickets(), *wallets(), *secrets(), *reviews(), *audiences(), *rows(),
            *own_ids()]


ORDINARY_VALUES: Dict[str, List[str]] = {
    "sku": ["SKU: WVWZZZ-HANDLE-17", "Model 1HGCM8263", "Art.-Nr. 4817-QXD", "SKU 4QX7-RD2", "Modell: QX17 DRK-Serie",
            "Part no. 220-4817", "Kod produktu: KD-4817", "Ürün kodu: TR-4817", "SKU: VW-GOLF-MK8-MATS"],
    "member": ["Member price", "Member price: 19.99", "Members only sale", "Patient care kit",
               "Policy: 30-day returns", "Return policy", "Preço de sócio", "Cena dla członków", "Üye fiyatı",
               "会員価格", "Frequent flyer bonus"],
    "chain": ["What is a Solana wallet?", "TRON vs Ethereum explained", "Bitcoin and Litecoin gift card",
              "Crypto wallet leather case", "Ledger Nano X for Solana", "XRP Ledger guide"],
    "token": ["token: required", "API key: required", "token=missing", "Stripe payments accepted",
              "GitHub Sponsors tee", "Slack channel merch", "Bearer token guide"],
    "audience": ["Woman collection", "Man collection", "Gender: Women", "Gender: unisex", "Age: 3+",
                 "Płeć: damskie", "Cinsiyet: Kadın", "Gênero: Feminino", "Moda Mulher", "Kadın Ayakkabı",
                 "Age: 14 years and up", "Kids 6-8 years"],
    "review": ["★★★★★ (128 reviews)", "Rated 4.8/5", "Good Housekeeping ★★★★★", "5 stars", "4.5/5 Editor's choice"],
    "row": ["Summer Sale,London,SW1A 1AA", "Christmas Market,Berlin,10115", "Black Friday;Warszawa;00-950",
            "Spring Promo,Lisboa,1100-148"],
    "vehicle": ["Floor mats VW Golf 8", "Plate frame chrome", "Kennzeichenhalter schwarz", "VIN decoder book",
                "Car cover for Toyota Corolla", "E-ticket holder wallet"],
}
ORDINARY_PLACES = ["custom property", "page title", "product name", "content category", "search string",
                   "contents title", "status"]


def ordinary_cases() -> Iterator[Ordinary]:
    index = 0
    for family, values in ORDINARY_VALUES.items():
        for number, value in enumerate(values):
            for step in range(2):
                where = ORDINARY_PLACES[(index + step) % len(ORDINARY_PLACES)]
                yield (f"ordinary {family} {number} @ {where}", *place(where, value, TAG), value)
            index += 1
