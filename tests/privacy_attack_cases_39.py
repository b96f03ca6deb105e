"""The thirty-ninth outside attack's cases, written from the README's promises (sections "Personal data: one budget in,
one gate out", "Settings", "Identity", "Events" and "Meta's own fields") only, without reading the gate's code nor
the earlier attacks' cases: what shoppers type into a shop's own forms, as the shop's tag manager forwards it. Gift
messages and card texts, delivery instructions, engraving and personalisation fields, appointment and booking forms,
customer-service tickets and return reasons, B2B purchase forms, in the languages Edgee's shops sell in (English,
German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Japanese, Korean, Chinese), as property values
under the keys a tag manager gives them (`gift_message`, `delivery_note`, `engraving_text`, `comment`, `notes` and
their local-language keys, sent as they are and listed by `meta_custom_data`) and in the other leaves the README
maps, under each data-minimisation setting. The same fields holding nothing personal (`Carpe diem`, `Happy
birthday!`, `leave at back door`, `font: serif, size: 12 mm`) must go out unchanged.

Each family carries markers of its own, made-up names, streets and numbers no other family uses (`Quendrawitz` in
the gift messages, `Wachtelbruck` in the delivery notes, `Quellhofer` on the engravings, `Tarvellini` in the
bookings, `Ruizquela` in the tickets, `Brackenwold` in the B2B forms ...), so a leak is found by its marker anywhere
in the request; a phone or an id is found by its digits, folded to ASCII.
"""

from __future__ import annotations

from functools import partial
from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_2 import iban, luhn_complete, ordinary_keys, spaced
from privacy_attack_cases_36 import TEXT_PLACES
from privacy_attack_cases_36 import place as place_tagged
from privacy_attack_cases_36 import rotated as rotated_tagged

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]


# Attack 36's leaves and their rotation, the ids beside a value tagged 39 (`ART-39`).
place = partial(place_tagged, tag="39")
rotated = partial(rotated_tagged, tag="39")


def dni(number: str) -> str:  # Spain: eight digits and the letter of their remainder mod 23
    return number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


# --- the form fields a tag manager forwards, by family (English first, then the shops' languages)
FORM_KEYS: Dict[str, List[str]] = {
    "gift": ["gift_message", "Geschenknachricht", "message_cadeau", "mensaje_regalo", "messaggio_regalo",
             "mensagem_presente", "cadeaubericht", "wiadomosc_prezent", "presentmeddelande", "ギフトメッセージ",
             "선물메시지", "礼品留言", "card_text"],
    "deliv": ["delivery_note", "Lieferhinweis", "instructions_livraison", "notas_entrega", "note_consegna",
              "observacoes_entrega", "bezorginstructies", "uwagi_dostawy", "leveransinstruktion", "配達メモ",
              "배송메모", "配送备注", "delivery_instructions"],
    "engr": ["engraving_text", "Gravur", "texte_gravure", "texto_grabado", "testo_incisione", "texto_gravacao",
             "graveertekst", "grawer", "gravyr", "刻印", "각인문구", "刻字内容", "personalisation"],
    "book": ["notes", "booking_notes", "Anmerkungen", "remarques", "observaciones", "note_prenotazione",
             "observacoes", "opmerkingen", "uwagi", "anteckningar", "予約メモ", "예약메모", "预约备注"],
    "cs": ["comment", "return_reason", "Kommentar", "commentaire", "comentario", "commento", "motivo_devolucao",
           "opmerking", "komentarz", "kommentar", "備考", "요청사항", "备注"],
    "b2b": ["po_notes", "purchase_order_reference", "Bestellreferenz", "reference_commande", "referencia_pedido",
            "riferimento_ordine", "referencia_compra", "inkoopreferentie", "numer_zamowienia_klienta",
            "inkopsreferens", "発注備考", "발주메모", "采购备注"],
}


def form_place(key: str, value: str, listed: bool) -> Tuple[str, Dict[str, Any]]:
    """A form's field as the tag manager forwards it: a property of an Order Completed under the field's own key,
    sent as any custom property is or listed by `meta_custom_data` (the operator asking for that very field)."""
    properties = {key: value, "value": "5", "currency": "EUR"}
    overrides: Dict[str, Any] = {"name": "Order Completed", "properties": properties}
    if listed:
        overrides["settings"] = {"meta_custom_data": key}
    return "track", overrides


def in_form_keys(family: str, table: Dict[str, Tuple[str, Any]], start: int = 0,
                 form_keys: Dict[str, List[str]] = FORM_KEYS) -> Iterator[Case]:
    """Each value of `table` under two of its family's form keys (rotated through): one sent as is, one listed
    (`form_keys`: another attack's keys by family)."""
    keys = form_keys[family]
    for index, (name, (value, shown)) in enumerate(table.items()):
        forms = [shown] if isinstance(shown, str) else list(shown)
        for step, listed in enumerate((False, True)):
            key = keys[(start + index * 2 + step) % len(keys)]
            where = f"listed key {key}" if listed else f"key {key}"
            yield (f"{family} {name} @ {where}", *form_place(key, value, listed), forms)


# --- gift messages and card texts (marker: `Quendrawitz`, `Annelvie`; 霓蔓, 鷲宮, 솔란)
G_NAME = "Quendrawitz"
G_GIVEN = "Annelvie"
G_MAIL = "annelvie.qdw@example.com"
G_DIGITS = "7700900417"
GIFTS: Dict[str, Tuple[str, Any]] = {
    # a salutation and a full name, or an honorific and a family name, called by a comma (letters' layout)
    "EN dear full name": (f"Dear {G_GIVEN} {G_NAME}, happy birthday! Love, Sam", G_NAME),
    "DE liebe Frau": (f"Liebe Frau {G_NAME}, alles Gute zum Geburtstag!", G_NAME),
    "FR chere madame": (f"Chère Madame {G_NAME}, joyeux anniversaire !", G_NAME),
    "ES querida full name": (f"Querida {G_GIVEN} {G_NAME}, ¡feliz cumpleaños!", G_NAME),
    "IT cara full name": (f"Cara {G_GIVEN} {G_NAME}, buon compleanno!", G_NAME),
    "PT querida full name": (f"Querida {G_GIVEN} {G_NAME}, parabéns pelo seu dia!", G_NAME),
    "NL beste mevrouw": (f"Beste mevrouw {G_NAME}, van harte gefeliciteerd!", G_NAME),
    "PL droga pani": (f"Droga Pani {G_NAME}, wszystkiego najlepszego!", G_NAME),
    "SV kara full name": (f"Kära {G_GIVEN} {G_NAME}, grattis på födelsedagen!", G_NAME),
    # a salutation and one given name called by a comma or `!`, the message going on (thirtieth attack's layout)
    "EN dear given name": (f"Dear {G_GIVEN}, happy birthday from all of us!", G_GIVEN),
    "DE liebe given name": (f"Alles Gute, liebe {G_GIVEN}! Dein Matthias", G_GIVEN),
    # who a gift comes from, after its label
    "EN gift from label": (f"Gift from: {G_GIVEN} {G_NAME}", G_NAME),
    "FR de la part de": (f"Joyeux Noël ! De la part de : {G_GIVEN} {G_NAME}", G_NAME),
    "ES de parte de": (f"¡Feliz Navidad! De parte de: {G_GIVEN} {G_NAME}", G_NAME),
    # a signature after a closing formula
    "FR bisous given name": (f"Joyeux anniversaire !\nBisous, {G_GIVEN}", G_GIVEN),
    "NL groetjes given name": (f"Gefeliciteerd!\nGroetjes, {G_GIVEN}", G_GIVEN),
    "PT beijos full name": (f"Feliz Natal!\nBeijos,\n{G_GIVEN} {G_NAME}", G_NAME),
    # a phone number or a mailbox in the card's text
    "EN call me mobile": ("To Jo from Sam xx, call me 07700 900417", G_DIGITS),
    "DE ruf an mobile": ("Frohe Weihnachten! Ruf mich an: +44 7700 900417", G_DIGITS),
    "EN write to mail": (f"Happy birthday! Write me at {G_MAIL}", "annelvie.qdw"),
    # CJK: a name before a Japanese honorific, after 親愛的, a Korean name before 드림 or 고객님
    "JA name sama": ("鷲宮汐璃様 お誕生日おめでとうございます", "鷲宮"),
    "ZH qin ai de": ("親愛的王霓蔓：生日快樂！", "霓蔓"),
    "ZH xiansheng nihao": ("王霓蔓女士您好，祝您生日快乐", "霓蔓"),
    "KO deurim": ("생일 축하해요, 박솔란 드림", "솔란"),
    # names the README does not read (a kin word and one given name; a name with no label)
    "DE fuer oma given name": (f"Für Oma {G_GIVEN}, alles Liebe", G_GIVEN),
    "EN to from names": (f"To {G_GIVEN} from Sam xx", G_GIVEN),
}

# --- delivery instructions (marker: `Wachtelbruck`, `Ferngrill`; 鶚野, 뭉게솔로, 汐蕾)
D_NAME = "Wachtelbruck"
D_STREET = "Ferngrill"
DELIVERIES: Dict[str, Tuple[str, Any]] = {
    # an honorific before a family name inside a sentence (the thirtieth attack's delivery notes)
    "DE beim nachbarn herrn": (f"Bitte beim Nachbarn Herrn {D_NAME} abgeben", D_NAME),
    "FR chez mme": (f"laisser chez Mme {D_NAME} au 2e étage", D_NAME),
    "ES con sra": (f"Si no estoy, dejar con Sra. {D_NAME}, portal 2", D_NAME),
    "PL u pani": (f"Proszę zostawić u sąsiadki, pani {D_NAME}, pod 14", D_NAME),
    "NL fam": (f"Bij de buren afgeven (fam. {D_NAME}, nr. 25)", D_NAME),
    # a doorbell's label
    "DE klingel": (f"Klingel: {D_NAME}", D_NAME),
    "EN name on the doorbell": (f"Side entrance. Name on the doorbell: {D_NAME}", D_NAME),
    "FR nom sur la sonnette": (f"Nom sur la sonnette : {D_NAME}", D_NAME),
    # attention and recipient labels
    "EN attn": (f"Reception closes at 5, attn. Ilsabet {D_NAME}", D_NAME),
    "EN ship to": (f"Ship to: Ilsabet {D_NAME}", D_NAME),
    "SV mottagare": (f"Mottagare: Ilsabet {D_NAME}", D_NAME),
    # a street line and its next part, or after an address label
    "DE street line postcode": (f"{D_STREET}straße 14, 10115 Berlin", D_STREET),
    "DE lieferadresse": (f"Lieferadresse: {D_STREET}weg 14", D_STREET),
    "EN deliver to street": (f"Deliver to: 14 {D_STREET} Road, Leeds", D_STREET),
    "IT consegna a": (f"Consegna a: Via {D_STREET} 14, 20121 Milano MI", D_STREET),
    # the driver asked to call a mobile
    "DE fahrer anrufen": ("Fahrer bitte vorher anrufen: 0151 48273916", "15148273916"),
    "FR appeler": ("Merci d'appeler le 06 48 27 39 51 à l'arrivée", "648273951"),
    "ES llamar": ("Llamar al 612 48 73 95 antes de subir", "612487395"),
    "NL bellen": ("Graag even bellen: 06-47281935", "647281935"),
    "EN call on arrival": ("leave with neighbour at no. 14, gate code 4521, call 07700 900628", "7700900628"),
    # CJK: a postal mark and code, a Korean road and its number, a recipient's label
    "JA postal mark": ("置き配希望 〒150-0041 東京都渋谷区鶚野1丁目2-3", "鶚野"),
    "KO road number": ("부재 시 경비실에 맡겨주세요. 서울 마포구 뭉게솔로 12", "뭉게솔로"),
    "ZH shou huo ren": ("放门卫室。收货人：李汐蕾", "汐蕾"),
    # a name after a verb with no label (not claimed)
    "EN ring name": (f"leave with neighbour at no. 14, gate code 4521, ring {D_NAME}", D_NAME),
}

# --- engraving and personalisation fields (marker: `Quellhofer`; dates of 2019, 樫鳰)
E_NAME = "Quellhofer"
ENGRAVINGS: Dict[str, Tuple[str, Any]] = {
    # a birth date after a birth label, in the shops' languages
    "DE geb": ("Lina, geb. 17.09.2019", "17.09.2019"),
    "EN born on": ("Noah, born on 3 March 2021", "3 March 2021"),
    "EN date of birth": ("Date of birth: 2019-09-18", "2019-09-18"),
    "FR nee le": ("Léa, née le 4 mai 2020", "4 mai 2020"),
    "IT nata il": ("Giulia, nata il 12/06/2018", "12/06/2018"),
    "ES nacida el": ("Lucía, nacida el 5 de mayo de 2019", "5 de mayo de 2019"),
    "PT nascido em": ("Tomás, nascido em 7 de abril de 2020", "7 de abril de 2020"),
    "JA seinengappi": ("生年月日 2019年9月19日", "2019年9月19日"),
    "KO saengnyeonwol": ("생년월일 2019.09.20", "2019.09.20"),
    "ZH chusheng riqi": ("出生日期：2019年9月21日", "2019年9月21日"),
    # a name after a personal label
    "EN name label": (f"Name: Ottilie {E_NAME}", E_NAME),
    "JA onamae": ("お名前：樫鳰 瑞穂", "樫鳰"),
    # a pet's tag: its owner's phone
    "EN pet tag": ("Bello. If found please call 07700 900582", "7700900582"),
    "DE pet tag": ("Bello – Tel: 0151 58219473", "15158219473"),
    # a name and a date with no label (not claimed)
    "DE name and star": (f"Mia {E_NAME} * 17.09.2019", E_NAME),
    "EN initials and names": (f"O. {E_NAME} & J. Brandt 14.02.2015", E_NAME),
}

# --- appointment and booking forms (marker: `Tarvellini`; plates of their own; 탁솔비)
B_NAME = "Tarvellini"
BOOKINGS: Dict[str, Tuple[str, Any]] = {
    "EN guest name": (f"Guest name: Renske {B_NAME}", B_NAME),
    "ES nombre del huesped": (f"Nombre del huésped: Renske {B_NAME}", B_NAME),
    "EN child name": (f"Child's name: Noor {B_NAME}, age 7", B_NAME),
    "DE reservierung herrn": (f"Reservierung für Herrn {B_NAME}, 2 Personen", B_NAME),
    "EN booking ref last name": (f"Booking ref: K7XQ2P / Last name: {B_NAME}", B_NAME),
    "FR nom prenom": (f"Nom : Renske {B_NAME}", B_NAME),
    "KO ireum": ("이름: 탁솔비", "솔비"),
    # a licence plate after its label
    "DE kennzeichen": ("Parkplatz, Kennzeichen: B-TQ 4821", "B-TQ 4821"),
    "EN numberplate": ("Numberplate: RT21 XQV", "RT21 XQV"),
    "EN car reg": ("Late arrival, my car reg is TV48 KQZ", "TV48 KQZ"),
    # an id document's number after its label
    "EN passport no": ("Passport No: X48217395", "X48217395"),
    # a mailbox or a phone to reach the guest
    "EN mail": ("Please confirm to renske.tarv@example.nl", "renske.tarv"),
    "IT cellulare": ("Cellulare: 347 482 7391", "3474827391"),
    # a pet's microchip (fifteen digits, no check: not claimed)
    "EN pet chip": ("Dog: Bello, microchip 276098106482173", "276098106482173"),
}

# --- customer-service tickets and return reasons (marker: `Ruizquela`, `Borrajuela`; 鴇村)
C_NAME = "Ruizquela"
C_STREET = "Borrajuela"
C_CARD = luhn_complete("453914880348217")
C_IBAN = iban("DE", "370400440532048217")
TICKETS: Dict[str, Tuple[str, Any]] = {
    # a street line and its next part in a ticket
    "ES calle": (f"pedido 12345, Mrs. Ana {C_NAME}, Calle {C_STREET} 12, Madrid", C_STREET),
    "FR rue": (f"Motif du retour : trop petit. 8 rue {C_STREET}, 75011 Paris", C_STREET),
    "IT via": (f"Reso: taglia sbagliata. Via {C_STREET} 12, 20121 Milano MI", C_STREET),
    "PT rua": (f"Devolução: Rua {C_STREET}, 100 - Bela Vista", C_STREET),
    "NL straat": (f"Retour: {C_STREET}straat 12, 1015 CJ Amsterdam", C_STREET),
    "PL ulica": (f"Zwrot: ul. {C_STREET} 5, 00-514 Warszawa", C_STREET),
    "SV gatan": (f"Retur: {C_STREET}gatan 5, 114 55 Stockholm", C_STREET),
    # a name: an honorific inside a sentence, a signature, a chat's self-introduction, a label, a chat's line
    "ES de sra": (f"pedido 12345 de Sra. {C_NAME}, no ha llegado", C_NAME),
    "EN kind regards": (f"The parcel never arrived.\nKind regards,\nAna {C_NAME}", C_NAME),
    "DE mit freundlichen gruessen": (f"Bitte um Erstattung.\nMit freundlichen Grüßen\nAna {C_NAME}", C_NAME),
    "EN this is": (f"Hi, this is Ana {C_NAME}, order #12345 never arrived", C_NAME),
    "EN name label": (f"Name: Ana {C_NAME}", C_NAME),
    "EN chat line": (f"[10:14] Ana {C_NAME}: where is my order", C_NAME),
    "JA name sama": ("鴇村澪様 ご注文の件でご連絡いたしました", "鴇村"),
    # a refund to a card or an account, a mailbox, a mobile
    "EN refund card": (f"refund to my card {spaced(C_CARD)} please", C_CARD),
    "DE erstattung iban": (f"Erstattung bitte auf {spaced(C_IBAN)}", C_IBAN),
    "EN contact mail": ("Wrong size. Contact me at ana.ruizq@example.es", "ana.ruizq"),
    "DE rueckruf": ("Artikel defekt. Bitte Rückruf unter +49 151 48273961", "15148273961"),
    # a name in a subject line after `for` (not claimed)
    "EN subject for": (f"Re: Refund for Ana {C_NAME} #4512", C_NAME),
}

# --- B2B purchase forms (marker: `Brackenwold`; a sole trader's ids)
K_NAME = "Brackenwold"
K_PNR = luhn_complete("870917273")  # a Swedish personnummer, YYMMDD and its serial
K_DNI = dni("48273916")
B2B: Dict[str, Tuple[str, Any]] = {
    "EN attn": (f"PO 4500012345, attn: Ingmar {K_NAME}, Purchasing", K_NAME),
    "DE z hd": (f"Rechnung z. Hd. Herrn Ingmar {K_NAME}", K_NAME),
    "NL tav": (f"Factuur t.a.v. I. {K_NAME}", K_NAME),
    "FR a l attention de": (f"À l'attention de M. Ingmar {K_NAME}", K_NAME),
    "EN fao": (f"FAO: Ingmar {K_NAME}", K_NAME),
    "ES a la atencion de": (f"A la atención de Ingmar {K_NAME}", K_NAME),
    "EN contact person": (f"Contact person: Ingmar {K_NAME}", K_NAME),
    "DE ansprechpartner": (f"Ansprechpartner: Ingmar {K_NAME}", K_NAME),
    "SV momsreg sole trader": (f"Momsreg.nr: SE{K_PNR}01", K_PNR),
    "ES nif sole trader": (f"Autónomo, NIF: {K_DNI}", K_DNI),
    "FR tel direct": ("Bon de commande 4711, tél. direct : +33 6 48 27 39 15", "648273915"),
    "DE rechnung an mail": ("Rechnung an: ingmar.brackw@example.de", "ingmar.brackw"),
    "EN signature": (f"Please invoice monthly.\nKind regards,\nIngmar {K_NAME}", K_NAME),
}



def pesel(body: str) -> str:  # Poland: ten digits and a check of weights 1, 3, 7, 9
    total = sum(int(d) * w for d, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3], strict=True))
    return body + str((10 - total % 10) % 10)


def bsn(body: str) -> str:  # the Netherlands: eight digits and the last that passes the 11-test
    return next(body + last for last in "0123456789"
                if (sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True)) - int(last)) % 11 == 0)


K_PESEL = pesel("8709172739")
K_BSN = bsn("27392581")

# --- a second round, each value under one form key: the same layouts in more of the shops' languages
MORE: Dict[str, Dict[str, Tuple[str, Any]]] = {
    "gift": {
        "IT gentile sigra": (f"Gentile Sig.ra {G_NAME}, tanti auguri!", G_NAME),
        "SV hej full name": (f"Hej {G_GIVEN} {G_NAME}, grattis på din stora dag!", G_NAME),
        "NL lieve given name": (f"Lieve {G_GIVEN}, gefeliciteerd met je verjaardag!", G_GIVEN),
        "EN gift for full name": (f"Gift for {G_GIVEN} {G_NAME}", G_NAME),
        "DE geschenk fuer full name": (f"Geschenk für {G_GIVEN} {G_NAME}", G_NAME),
        "PT querida dona": (f"Querida Dona {G_NAME}, parabéns pelo seu dia!", G_NAME),
        "PL kochana given name": (f"Kochana {G_GIVEN}, wszystkiego najlepszego!", G_GIVEN),
        "IT caro signor": (f"Caro Signor {G_NAME}, tanti auguri!", G_NAME),
        "FR cher monsieur": (f"Cher Monsieur {G_NAME}, bonne fête !", G_NAME),
    },
    "deliv": {
        "IT destinatario": (f"Destinatario: Ilsabet {D_NAME}", D_NAME),
        "PT destinatario": (f"Destinatário: Ilsabet {D_NAME}", D_NAME),
        "PL odbiorca": (f"Odbiorca: Ilsabet {D_NAME}", D_NAME),
        "NL ontvanger": (f"Ontvanger: Ilsabet {D_NAME}", D_NAME),
        "DE lieferung an": (f"Lieferung an: Ilsabet {D_NAME}", D_NAME),
        "FR destinataire": (f"Destinataire : Ilsabet {D_NAME}", D_NAME),
        "DE empfaenger": (f"Empfänger: Ilsabet {D_NAME}", D_NAME),
        "NL leveren aan": (f"Leveren aan: Ilsabet {D_NAME}", D_NAME),
        "ES entregar a": (f"Entregar a: Ilsabet {D_NAME}", D_NAME),
        "SV leverera till": (f"Leverera till: Ilsabet {D_NAME}", D_NAME),
    },
    "engr": {
        "EN born": ("Born 17/09/2019", "17/09/2019"),
        "DE geboren am": ("Geboren am 18.09.2019", "18.09.2019"),
        "SV fodd": ("Född 2019-09-22", "2019-09-22"),
        "PL urodzona": ("Urodzona 19.09.2019", "19.09.2019"),
        "NL geboren": ("Geboren 20-09-2019", "20-09-2019"),
        "ES nacido": ("Nacido 24/09/2019", "24/09/2019"),
        "FR nee": ("Née 25/09/2019", "25/09/2019"),
    },
    "book": {
        "ES matricula": ("Matrícula: 4821 KTV", "4821 KTV"),
        "FR immatriculation": ("Immatriculation : GH-482-TQ", "GH-482-TQ"),
        "IT targa": ("Targa: GK 482 TQ", "GK 482 TQ"),
        "NL kenteken": ("Kenteken: 48-TRV-2", "48-TRV-2"),
        "DE gastname": (f"Gastname: Renske {B_NAME}", B_NAME),
        "IT nome ospite": (f"Nome dell'ospite: Renske {B_NAME}", B_NAME),
        "PL tablica": ("Tablica rejestracyjna: WX 48217", "WX 48217"),
        "SV registreringsnummer": ("Registreringsnummer: TRV 482", "TRV 482"),
        "FR nom invite": (f"Nom de l'invité : Renske {B_NAME}", B_NAME),
        "NL naam gast": (f"Naam gast: Renske {B_NAME}", B_NAME),
        "PL imie i nazwisko goscia": (f"Imię i nazwisko gościa: Renske {B_NAME}", B_NAME),
    },
    "cs": {
        "EN mrs in a sentence": (f"please refund Mrs. Ana {C_NAME} asap", C_NAME),
        "ES hola soy": (f"Hola, soy Ana {C_NAME} y mi pedido no llegó", C_NAME),
        "DE hallo hier ist": (f"Hallo, hier ist Ana {C_NAME}, die Bestellung fehlt", C_NAME),
        "FR je m appelle": (f"Bonjour, je m'appelle Ana {C_NAME} et ma commande est perdue", C_NAME),
        "PT meu nome e": (f"Olá, meu nome é Ana {C_NAME} e o pedido não chegou", C_NAME),
    },
    "b2b": {
        "PL osoba kontaktowa": (f"Osoba kontaktowa: Ingmar {K_NAME}", K_NAME),
        "EN fao with title": (f"FAO: Mr Ingmar {K_NAME}", K_NAME),
        "ES persona de contacto": (f"Persona de contacto: Ingmar {K_NAME}", K_NAME),
        "NL contactpersoon": (f"Contactpersoon: Ingmar {K_NAME}", K_NAME),
        "PL pesel": (f"Jednoosobowa działalność, PESEL: {K_PESEL}", K_PESEL),
        "NL btw old layout": (f"BTW-nummer: NL{K_BSN}B01", K_BSN),
    },
}


def in_one_form_key(family: str, table: Dict[str, Tuple[str, Any]], start: int,
                    form_keys: Dict[str, List[str]] = FORM_KEYS) -> Iterator[Case]:
    """Each value of `table` under one of its family's form keys (rotated through), sent as is."""
    keys = form_keys[family]
    for index, (name, (value, shown)) in enumerate(table.items()):
        forms = [shown] if isinstance(shown, str) else list(shown)
        key = keys[(start + index) % len(keys)]
        yield (f"{family} {name} @ key {key}", *form_place(key, value, listed=False), forms)


TABLES: Dict[str, Dict[str, Tuple[str, Any]]] = {"gift": GIFTS, "deliv": DELIVERIES, "engr": ENGRAVINGS,
                                                "book": BOOKINGS, "cs": TICKETS, "b2b": B2B}


def cases() -> List[Case]:
    found: List[Case] = []
    for offset, (family, table) in enumerate(TABLES.items()):
        found += rotated(family, table, TEXT_PLACES, 2, start=offset * 7)
        found += in_form_keys(family, table, start=offset)
        found += in_one_form_key(family, MORE[family], start=offset + 5)
    return found


# --- ordinary values of the same fields, which must go out unchanged
ORDINARY: Dict[str, List[str]] = {
    "gift": ["Happy birthday!", "Alles Gute zum Geburtstag!", "Joyeux anniversaire !", "¡Feliz cumpleaños!",
             "Buon compleanno!", "Parabéns!", "Van harte gefeliciteerd!", "Wszystkiego najlepszego!",
             "Grattis på födelsedagen!", "お誕生日おめでとう", "생일 축하해요", "生日快乐", "Lieber Papa, alles Gute!",
             "Merry Christmas and a happy new year"],
    "deliv": ["leave at back door", "Bitte vor die Garage stellen", "Déposer dans la boîte aux lettres",
              "Dejar en recepción", "Lasciare in portineria", "Deliver to: Front Desk", "Achterdeur, niet aanbellen",
              "Zostawić w paczkomacie", "Lämna vid dörren", "置き配希望 玄関前", "문 앞에 놓아주세요", "放快递柜"],
    "engr": ["Carpe diem", "Est. 2024", "font: serif, size: 12 mm", "Forever & always", "Love you to the moon and back",
             "Per sempre", "Toujours à toi", "Para siempre", "Für immer", "いつもありがとう", "영원히", "永远爱你"],
    "book": ["Room 214, late check-in after 22:00", "Party of 4, window table", "1 dog, 2 adults", "Parking: 1 car",
             "Highchair needed", "Chambre double, lit bébé"],
    "cs": ["Return reason: wrong size", "Rücksendegrund: Artikel defekt", "Motif : trop petit", "Talla incorrecta",
           "Order 12345 arrived damaged"],
    "b2b": ["USt-IdNr. DE136695976", "VAT GB 123 4567 89", "Partita IVA 00743110157", "PO 4500012345",
            "Deliver to: Main Entrance"],
}


def ordinary_cases() -> Iterator[Ordinary]:
    """Each ordinary value under its family's first form key, and as a free property or a product's name in turn."""
    for family, values in ORDINARY.items():
        key = FORM_KEYS[family][0]
        for index, value in enumerate(values):
            where = ["custom property", "product name"][index % 2]
            yield (f"{family}: {value} @ key {key}", *form_place(key, value, listed=False), value)
            yield (f"{family}: {value} @ {where}", *place(where, value), value)
    yield from ordinary_keys([keys[1] for keys in FORM_KEYS.values()] + ["gift_wrap", "engraving_font"])
