"""The seventy-first outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: sport. Sports clubs, gyms and their check-ins, fitness apps, class bookings,
personal training, races and marathons, results pages, youth teams, sports shops and their personalised kit, in the
UK, the US, Ireland, Australia, Germany, France, Spain, Mexico, Italy, the Netherlands, Sweden, Norway, Brazil and
Japan.

About 300 ordinary cases must go out whole: running shoes, rackets and watches with their sizes and SKUs, public
athletes and teams on jerseys and in product names (`Messi 10 Home Shirt`, `Real Madrid 24/25 Away`), class names
(`HIIT 45`, `Yoga Flow – Level 2`), race names and editions (`Berlin Marathon 2026`, `Parkrun Bushy Park`),
distances, paces, finish-time goals, training plans, slot times, membership tiers, age groups as a race's categories,
promo codes, a sport's labels before a shop's or a club's words and no person (`Bib: 1–2000 Wave A`, `Physio: Foam
Roller Set – Blue`, `Emergency contact: required`), in English, German, French, Spanish, Italian, Dutch, Swedish,
Norwegian, Portuguese and Japanese; ordinary keys and URLs of the same sites.

About 150 personal cases put a member's, a runner's or a child's own data in the leaves the README maps (custom
properties, a product's name and id, the page's URL, path, referrer and title, the search, a custom event's name),
across the settings (`standard`, a listed key, `meta_url_query = drop`): a member's name with their membership number
and a gym's check-in, a class or a personal training session booked in a member's name, a weight, a body fat, a BMI,
a resting heart rate or a VO2max tied to a name (health data, a special category), an injury or a physiotherapy note,
a bib number with its runner, a named result with its finish time and age group, an emergency contact's name and
phone, children on a youth team's roster, a shirt printed with the customer's own name, a trainer's client notes,
results and profile links, and a person's name under the keys a club's or a race's form writes. Every person is made
up, and so is the marker a case is found by: the surnames `Brellquorvin`, `Vonskelhardt`, `Quervadieux`,
`Torquavedo`, `Quarzivelli`, `Vrankelstee`, `Skjolvandrik`, `Piravenquo`, `ツロヴァミネ` (Tsurovamine), and the six
digits `836147` inside every number (membership and bib numbers, phones).
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple
from urllib.parse import quote

from privacy_attack_cases_2 import ordinary_in_places, ordinary_keys, ordinary_urls
from privacy_attack_cases_36 import TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "71"
DIGITS = "836147"
EN, EN_GIVEN = "Brellquorvin", "Tharvessa"  # the UK, the US, Ireland, Australia
DE, DE_GIVEN = "Vonskelhardt", "Ilvetha"
FR, FR_GIVEN = "Quervadieux", "Maëlisse"
ES, ES_GIVEN = "Torquavedo", "Ximelda"  # Spain, Mexico
IT, IT_GIVEN = "Quarzivelli", "Nerilla"
NL, NL_GIVEN = "Vrankelstee", "Femmetje"
NO, NO_GIVEN = "Skjolvandrik", "Ingvilde"  # Sweden, Norway
BR, BR_GIVEN = "Piravenquo", "Luanelle"
JP = "ツロヴァミネ"  # Tsurovamine in katakana
GYM = "https://www.example-gym.com"
RACE = "https://results.example-races.com"
APP = "https://app.example-fitness.io"
SHOP = "https://www.example-sports.co.uk"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


def _v(value: str, *forms: str) -> Tuple[str, List[str]]:
    return value, list(forms)


# --- a member and their membership: a name with its number, a gym's check-in ----------------------------------------
MEMBERS: Dict[str, Tuple[str, List[str]]] = {
    "label name and number": _v(f"Member: {EN_GIVEN} {EN} – membership no. {DIGITS}", EN, DIGITS),
    "German number then name": _v(f"Mitgliedsnummer {DIGITS} – {DE_GIVEN} {DE}, Tarif Premium", DE, DIGITS),
    "French adherent": _v(f"Adhérent n° {DIGITS} : {FR_GIVEN} {FR}", FR, DIGITS),
    "Spanish socio dots": _v(f"Socio {DIGITS} · {ES_GIVEN} {ES} · Plan Anual", ES, DIGITS),
    "check-in initial after surname": _v(f"Gym check-in 06:42 – {EN}, T. (#{DIGITS})", EN, DIGITS),
    "Norwegian medlemsnummer": _v(f"Medlemsnummer {DIGITS}, {NO_GIVEN} {NO}", NO, DIGITS),
    "Japanese member number": _v(f"会員番号 {DIGITS} {JP}様", JP, DIGITS),
    "Irish club membership": _v(f"GAA club membership {DIGITS} – {EN_GIVEN} Ó {EN}, Cill Mhantáin", EN, DIGITS),
    "Italian tessera": _v(f"Tessera socio {DIGITS} – {IT} {IT_GIVEN}", IT, DIGITS),
}

# --- a class or a session booked in a member's name -----------------------------------------------------------------
BOOKINGS: Dict[str, Tuple[str, List[str]]] = {
    "spin booked by": _v(f"Spin 45 – Tue 18:30 – booked by {EN_GIVEN} {EN}", EN),
    "German participant": _v(f"Yoga Flow – Level 2 · Sa 09:00 · Teilnehmerin: {DE_GIVEN} {DE}", DE),
    "French pour": _v(f"Réservation Pilates Reformer pour {FR_GIVEN} {FR} – jeudi 19h", FR),
    "Spanish a nombre de": _v(f"Reserva Clase de Spinning a nombre de {ES_GIVEN} {ES}", ES),
    "PT client": _v(f"PT session 07:00 with coach Dan – client {EN_GIVEN} {EN}", EN),
    "Dutch lesboeking": _v(f"Lesboeking HIIT 45 – {NL_GIVEN} {NL} – wo 19:00", NL),
    "Swedish bokning": _v(f"Bokning: Cirkelträning 18:00 – {NO_GIVEN} {NO}", NO),
}

# --- a body's measurements tied to a name (health data) -------------------------------------------------------------
BODIES: Dict[str, Tuple[str, List[str]]] = {
    "weight and body fat": _v(f"{EN_GIVEN} {EN} – weight 72.4 kg, body fat 24.6%", EN),
    "German Koerperfett": _v(f"Körperfett 22 % – {DE_GIVEN} {DE} (Messung 12.03.)", DE),
    "BMI surname first": _v(f"BMI 27.1 — {EN}, {EN_GIVEN}", EN),
    "VO2max result for": _v(f"VO2max 48 ml/kg/min – test result for {EN_GIVEN} {EN}", EN),
    "French InBody": _v(f"Bilan InBody de {FR_GIVEN} {FR} : masse grasse 28 %", FR),
    "Japanese body fat": _v(f"{JP}様 体脂肪率 24% 体重 58kg", JP),
    "resting heart rate": _v(f"Resting HR 52 bpm, HRV 61 ms – {EN_GIVEN} {EN}, week 12", EN),
}

# --- an injury or a physiotherapy note with a name (health data) ----------------------------------------------------
INJURIES: Dict[str, Tuple[str, List[str]]] = {
    "label ACL": _v(f"Injury note: {EN_GIVEN} {EN} – ACL reconstruction left knee, no jumping", EN),
    "German Physio": _v(f"Physio: {DE_GIVEN} {DE} – Achillessehnenreizung rechts", DE),
    "Spanish lesion de": _v(f"Lesión de {ES_GIVEN} {ES}: esguince de tobillo grado 2", ES),
    "Italian infortunio": _v(f"Infortunio – {IT_GIVEN} {IT}, lesione al menisco", IT),
    "Portuguese fisioterapia": _v(f"Fisioterapia: {BR_GIVEN} {BR} – tendinite patelar", BR),
    "Norwegian skadenotat": _v(f"Skadenotat – {NO_GIVEN} {NO} har strekk i hamstring", NO),
}

# --- a bib number with its runner -----------------------------------------------------------------------------------
BIBS: Dict[str, Tuple[str, List[str]]] = {
    "English bib": _v(f"Bib {DIGITS} – {EN_GIVEN} {EN}", EN, DIGITS),
    "German Startnummer": _v(f"Startnummer {DIGITS}: {DE_GIVEN} {DE} (W40)", DE, DIGITS),
    "French dossard": _v(f"Dossard {DIGITS} – {FR_GIVEN} {FR} – Marathon de Paris", FR, DIGITS),
    "Spanish dorsal": _v(f"Dorsal {DIGITS} {ES_GIVEN} {ES} — Maratón de Valencia", ES, DIGITS),
}

# --- a named result: placing, finish time, age group ----------------------------------------------------------------
RESULTS: Dict[str, Tuple[str, List[str]]] = {
    "results line": _v(f"1412. {EN_GIVEN} {EN} 3:41:22 F40 Leeds AC", EN),
    "German Ergebnis": _v(f"Ergebnis: Platz 88, {DE} {DE_GIVEN}, 0:48:12 (W45)", DE),
    "French classement": _v(f"Classement 10 km : 412e, {FR} {FR_GIVEN}, 41'23\"", FR),
    "Portuguese resultado": _v(f"Resultado 21K: {BR_GIVEN} {BR} – 1:52:07 – F35", BR),
    "finish time of a marathon": _v(f"Finish time 3:41:22 · {EN_GIVEN} {EN} · Sydney Marathon 2026", EN),
    "own name searched": _v(f"{EN} {EN_GIVEN}", EN),
    "Mexican resultado": _v(f"Medio Maratón CDMX – {ES_GIVEN} {ES}, 1:58:40, categoría F30-34", ES),
}

# --- an emergency contact's name and phone --------------------------------------------------------------------------
EMERGENCIES: Dict[str, Tuple[str, List[str]]] = {
    "UK contact": _v(f"Emergency contact: Oswin {EN}, +44 7700 {DIGITS}", EN, DIGITS),
    "German Notfallkontakt": _v(f"Notfallkontakt: Gerwin {DE} 0176 2{DIGITS}9", DE, DIGITS),
    "Mexican contacto": _v(f"Contacto de emergencia: Ramiro {ES} +52 55 8361 4729", ES, DIGITS),
    "Australian husband": _v(f"In case of emergency call my husband on 0412 {DIGITS[:3]} {DIGITS[3:]}", DIGITS),
    "Japanese kinkyu": _v(f"緊急連絡先 {JP} 090-8361-4729", JP, DIGITS),
}

# --- children on a youth team's roster ------------------------------------------------------------------------------
YOUTH: Dict[str, Tuple[str, List[str]]] = {
    "U10 roster": _v(f"U10 roster: Mila {EN}, Theo {EN}", EN),
    "German Kader": _v(f"F-Jugend Kader: Jonte {DE} (Jg. 2017)", DE),
    "French enfant": _v(f"Équipe U11 – enfant : Noé {FR}", FR),
    "Brazilian aluno": _v(f"Escolinha Sub-9 – aluno: Davi {BR}", BR),
    "Dutch jeugd": _v(f"JO9-2 opstelling: Sem {NL}, Daan {NL} (keeper)", NL),
}

# --- a shirt printed with the customer's own name (the customer orders it for themselves) ---------------------------
KITS: Dict[str, Tuple[str, List[str]]] = {
    "personalised shirt": _v(f"Personalised Home Shirt – {EN.upper()} 7", EN),
    "German Beflockung": _v(f"Trikot-Beflockung: {DE.upper()} 23", DE),
    "Spanish nombre": _v(f"Camiseta personalizada – Nombre: {ES.upper()}, Número 10", ES),
    "French flocage": _v(f"Flocage maillot : {FR.upper()} 9", FR),
}

# --- a trainer's notes about a client -------------------------------------------------------------------------------
TRAINERS: Dict[str, Tuple[str, List[str]]] = {
    "client notes": _v(f"Client notes – {EN_GIVEN} {EN}: lower back pain, avoid deadlifts, goal −5 kg", EN),
    "German Trainingsplan": _v(f"Trainingsplan für {DE_GIVEN} {DE} – Woche 3, Knie schonen", DE),
    "Italian scheda": _v(f"Scheda di allenamento per {IT_GIVEN} {IT} – gravidanza 5° mese", IT),
    "Swedish klient": _v(f"Klient: {NO_GIVEN} {NO} – astma, undvik intervaller utomhus", NO),
}

# --- results, profile and booking links naming a member or a runner -------------------------------------------------
LINKS: Dict[str, Tuple[str, List[str]]] = {
    "runner result slug": _v(f"{RACE}/results/2026/berlin/runner/{EN_GIVEN.lower()}-{EN.lower()}", EN),
    "member profile number": _v(f"{GYM}/members/{DIGITS}/profile", DIGITS),
    "booking member query": _v(f"{GYM}/booking/confirm?member={quote(f'{EN_GIVEN} {EN}')}&class=hiit-45", EN),
    "entry bib and name": _v(f"{RACE}/entries?bib={DIGITS}&name={DE}", DE, DIGITS),
    "athlete activities": _v(f"{APP}/athlete/{DE_GIVEN.lower()}-{DE.lower()}/activities", DE),
    "custom kit print name": _v(f"{SHOP}/custom-kit?print_name={EN.upper()}&print_number=7", EN),
}

# --- a person's name under the keys a club's, a race's or a kit's form writes ---------------------------------------
PERSON_KEYS: List[str] = ["member_name", "runnerName", "nombre_corredor", "teilnehmer_nachname",
                          "nom_adherent", "emergency_contact", "notfallkontakt", "shirt_print_name",
                          "child_name", "nome_atleta"]


def key_cases() -> Iterator[Case]:
    places = ["custom property", "json property", "url query value"]
    for index, key in enumerate(PERSON_KEYS):
        where = places[index % len(places)]
        overrides: Dict[str, Any]
        if where == "custom property":
            kind, overrides = "track", {"properties": {key: EN}}
        elif where == "json property":
            kind, overrides = "track", {"properties": {"form_echo": f'{{"{key}": "{EN}", "race": "10K"}}'}}
        else:
            kind, overrides = "page", {"url": f"{RACE}/entry/step-2?{key}={EN}&distance=10k"}
        yield (f"key {key}: {where}", kind, overrides, [EN])


def cases() -> List[Case]:
    tables = [("member", MEMBERS), ("booking", BOOKINGS), ("body", BODIES), ("injury", INJURIES),
              ("bib", BIBS), ("result", RESULTS), ("emergency", EMERGENCIES), ("youth", YOUTH), ("kit", KITS),
              ("trainer", TRAINERS)]
    found: List[Case] = []
    start = 0
    for family, table in tables:
        found += list(rotated(family, table, TEXT_PLACES, 2, start=start, put=_put))
        start += 2 * len(table)
    found += list(rotated("link", LINKS, URL_PLACES, 4, put=_put))
    found += list(key_cases())
    return found


# --- ordinary data of the same sites, which must go out whole -------------------------------------------------------
ORDINARY: Dict[str, List[str]] = {
    "products": [
        "Running Shoes – Pegasus 41 – EU 42",
        "Laufschuhe – Gel-Nimbus 26 – EU 43,5",
        "Chaussures de running – Kiprun KD900 – 43",
        "Zapatillas de running – Cloudmonster 2 – 42,5",
        "Scarpe da running – Ultraboost 5 – 44",
        "Hardloopschoenen – Ghost 16 – maat 43",
        "Löparskor – Clifton 9 – strl 42",
        "Tênis de corrida – Adizero SL – 41",
        "ランニングシューズ ウェーブライダー 28 – 26.5cm",
        "Polar H10 Heart Rate Sensor – M-XXL",
        "Garmin Forerunner 265 – Black/Powder Grey",
        "Withings Body Comp – Smart Scale with Body Fat",
        "Knee Support – Size M",
        "Kinesiology Tape 5 m × 5 cm – Beige",
        "Padel Racket Bullpadel Vertex 04 2025",
        "Kettlebell 16 kg – Cast Iron",
    ],
    "jerseys": [
        "Messi 10 Home Shirt",
        "Real Madrid 24/25 Away",
        "Haaland 9 – Man City Home 24/25",
        "Bellingham 5 – England Home Shirt 2026",
        "Vinícius Jr. 7 – Real Madrid Home 25/26",
        "Kerr 20 – Matildas Home Jersey 2025",
        "Ohtani 17 – Dodgers Home Jersey",
        "Musiala 10 – FC Bayern Heimtrikot 25/26",
        "Maillot PSG Domicile 25/26 – Dembélé 10",
        "Eliud Kipchoge – Signed Race Poster",
        "Camisa Flamengo I 2025 – Arrascaeta 10",
        "Ireland Rugby Home Jersey 2025/26",
        "Ajax Thuisshirt 25/26 – Kids",
        "Name & Number Printing (+£15)",
    ],
    "classes": [
        "HIIT 45",
        "Yoga Flow – Level 2",
        "Body Pump 60 – Studio 1",
        "Pilates Reformer – Beginners",
        "Spinning 45 – Sala 2",
        "Rückenfit 30 – Kursraum B",
        "Cours collectif – Zumba 45 min",
        "Tue 18:30 – Spin 45",
        "Sa 09:00 Aqua Fitness",
        "Personal Training – 10 Session Pack",
        "Trainer: Nike Pegasus 41",
        "Member: Gold Plus",
    ],
    "races": [
        "Berlin Marathon 2026",
        "Parkrun Bushy Park",
        "TCS London Marathon 2026 – Ballot Entry",
        "Maratón de Valencia 2026 – Inscripción",
        "Marathon de Paris 2026 – Dossard",
        "Vasaloppet 2027 – Öppet Spår",
        "Tokyo Marathon 2026 エントリー",
        "Dublin City Marathon 2026 – Charity Place",
        "Maratona di Roma 2026 – Pettorale",
        "Results – Berlin Marathon 2026 – Age Group M40",
        "Bib Collection – Expo Hall B, Fri 10:00–20:00",
        "Finish time 3:59:59 – Sub-4 Pacer Group",
        "Emergency Contact Form – Race Entry",
        "Age Group: M40–44",
    ],
    "plans": [
        "16-Week Marathon Plan – Sub 4",
        "Couch to 5K – Week 3",
        "Half Marathon 21.1 km",
        "Pace 4:45 min/km",
        "Trainingsplan Halbmarathon – 12 Wochen",
        "Heart Rate Zone 2 Plan",
        "VO2max Test – Lab Session",
        "BMI Calculator",
        "Physio Session 45 min",
        "Weight: 250 g",
    ],
    "codes": [
        "RUN20",
        "NEWYEAR25",
        "FZ2983-101",
        "DV4022-005",
        "SKU-RUN-42-BLK",
        "U10 Boys – Saturday League",
        "Junior Football Camp – Ages 6–12",
        "Club Membership – Junior (U18)",
        "Monthly Membership – Off-Peak",
        "Mitgliedschaft Premium 12 Monate",
        "Abonnement annuel – Salle de sport",
        "Day Pass",
    ],
    # a sport's labels before a shop's or a club's words, no person's: what the personal side's labels must not take
    "labels": [
        "Bib: 1–2000 Wave A, 2001–4000 Wave B",
        "Startnummer: Abholung Sa 10–18 Uhr, Halle 2",
        "Dorsal: recogida en la Feria del Corredor",
        "Flocage : Nom + Numéro (+12 €)",
        "Trikot-Beflockung: Name & Nummer",
        "Physio: Foam Roller Set – Blue",
        "Injury Prevention – Knee Strap Pro",
        "Body Fat 20% Challenge – 8 Weeks",
        "Kader: U10 – Saison 2025/26",
        "Emergency contact: required",
        "Booked by 48 people today",
        "Classement : Top 10 des chaussures de trail 2026",
    ],
}
_PLACES: Dict[str, List[str]] = {
    "products": ["product name", "custom property", "page title", "search string"],
    "jerseys": ["product name", "contents title", "page title", "search string"],
    "classes": ["custom property", "page title", "product variant"],
    "races": ["page title", "product name", "content name"],
    "plans": ["custom property", "product name", "search string"],
    "codes": ["product id", "custom property", "content category"],
    "labels": ["custom property", "page title"],
}
ORDINARY_KEYS_71 = ["class_slot", "race_distance", "pace_per_km", "plan_week", "shoe_size", "bib_pickup_slot",
                    "heart_rate_zone", "membership_tier", "age_group", "shirt_size", "weight_class",
                    "emergency_contact_required"]
ORDINARY_URLS_71 = [
    f"{RACE}/events/berlin-marathon-2026/results?age_group=M40&page=2",
    f"{GYM}/classes/hiit-45?day=tue&time=18%3A30",
    f"{SHOP}/p/pegasus-41-fz2983-101?size=42",
    "https://www.parkrun.org.uk/bushypark/results/latestresults/",
    f"{RACE}/de/anmeldung/halbmarathon-2026?startblock=C",
    f"{APP}/plans/couch-to-5k/week-3",
    f"{SHOP}/es/camisetas/real-madrid-24-25-away?talla=M",
    f"{GYM}/fr/planning?club=paris-bastille&cours=pilates",
    f"{SHOP}/jp/running/wave-rider-28?size=26.5",
    f"{SHOP}/custom-kit?player=messi&number=10",
    f"{SHOP}/runner/shoes/pegasus-41",
    f"{GYM}/members/join/premium",
]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, _PLACES, _put)
    yield from ordinary_keys(ORDINARY_KEYS_71)
    yield from ordinary_urls(ORDINARY_URLS_71)
