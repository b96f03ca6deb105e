"""The seventy-ninth outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: civic life and GDPR's special categories. Petitions (Change.org,
openPetition, Avaaz, UK Parliament petitions), political parties' membership and donation pages, election campaigns'
volunteer sign-ups, trade unions' join forms and dues, faith communities' pages (Mass intentions, church tax, parish
registers, mosque and synagogue memberships, tithes, zakat), pride and advocacy groups; in the UK, Ireland, the US,
Germany, Austria, France, Spain, Italy, the Netherlands, Poland, Sweden, Brazil, Mexico, India and Nigeria.

About 150 personal cases put a signer's, a member's, a donor's, a volunteer's or a prayed-for person's data in the
leaves the README maps (custom properties, product names and ids, page URL, path, referrer and title, search, custom
event names) and under each data-minimisation setting: a petition's signature with its name, mail, phone and post
code; a party's or a union's member number after its label; a Mass intention naming the late; a church tax number, a
parish register's entry, a mosque's or a synagogue's membership; a donor's receipt; a volunteer's sign-up with an
address; a prayer request naming a person; a pride group's member profile slug; a sign-up's referral link carrying a
name; keys naming a special category. Each family carries a made-up person, a given name and a family name nobody
has, and a 6-digit marker (`Ysmera Vantrockel` 418362, `Corvelle Drumquaist` 537184, `Halbrecht Ostravenn` 629415,
`Ottilde Pranzewick` 734296, `Quillon Serravaux` 841527, `Maelis Zorvenhalt` 925638, `Benedikta Sworquell` 316472,
`Jorrit Vanquessel` 274859, `Talvina Krozmirek` 658213, `Wendeline Marskobar` 573840), looked for in the request.

About 300 ordinary values of the same pages must go out whole: petitions' titles, party and union names, public
figures named in news, membership tiers and dues, slogans, events, service times, places of worship with their towns,
donation funds and amounts, help pages, in several languages.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_2 import ordinary_in_places, ordinary_urls
from privacy_attack_cases_36 import TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]
TAG = "79"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


def _cpf(nine: str) -> str:
    """A Brazilian CPF with its two check digits, printed as `000.000.000-00`."""
    digits = [int(d) for d in nine]
    for length in (9, 10):
        total = sum(d * (length + 1 - i) for i, d in enumerate(digits[:length]))
        digits.append((total * 10 % 11) % 10)
    text = "".join(map(str, digits))
    return f"{text[:3]}.{text[3:6]}.{text[6:9]}-{text[9:]}"


# --- petitions: a signature's name, mail, phone, post code --------------------------------------------------------
P_NAME, P_FAMILY, P_MARK = "Ysmera Vantrockel", "Vantrockel", "418362"
PETITIONS: Dict[str, Tuple[str, Any]] = {
    "signature line": (f"Signed by {P_NAME}, Hebden Bridge HX7 8AE – Save Hebden Bridge library", P_FAMILY),
    "signature mail": ("Save Hebden Bridge library – signature: ysmera.vantrockel@example.org", P_FAMILY),
    "parliament confirmation": (f"Petition 700123: confirm your signature, {P_NAME}, postcode HX7 8AE", P_FAMILY),
    "openpetition unterschrift": (f"Unterschrift: {P_NAME}, Tel. 0176 2{P_MARK}0, 10115 Berlin", [P_FAMILY, P_MARK]),
    "avaaz phone": (f"Avaaz – Stop the pipeline – Phone: +44 7700 {P_MARK}", P_MARK),
    "change signer number": (f"Change.org signer no. {P_MARK} – Keep our GP open", P_MARK),
}

# --- parties: membership numbers, donations --------------------------------------------------------------------------
R_NAME, R_FAMILY, R_MARK = "Corvelle Drumquaist", "Drumquaist", "537184"
PARTIES: Dict[str, Tuple[str, Any]] = {
    "labour membership": (f"Labour Party membership number: {R_MARK}", R_MARK),
    "spd mitgliedsnummer": (f"SPD Mitgliedsnummer {R_MARK} – Beitrag 2026", R_MARK),
    "ps adherent": (f"Parti socialiste – n° d'adhérent : {R_MARK} – {R_NAME}", [R_MARK, R_FAMILY]),
    "tessera pd": (f"Tessera PD 2026 n. {R_MARK} intestata a {R_NAME}", [R_MARK, R_FAMILY]),
    "spende gruene": (f"Spende Bündnis 90/Die Grünen – Spender: {R_NAME}, Hauptstraße 12, 10115 Berlin", R_FAMILY),
}

# --- unions: member numbers, join forms, dues ----------------------------------------------------------------------
U_NAME, U_FAMILY, U_MARK = "Halbrecht Ostravenn", "Ostravenn", "629415"
UNIONS: Dict[str, Tuple[str, Any]] = {
    "unite member": (f"Unite the Union – member no. {U_MARK}", U_MARK),
    "verdi mitglied": (f"ver.di Mitgliedsnummer: {U_MARK}", U_MARK),
    "unison join form": (f"UNISON join form – {U_NAME}, 14 Mill Lane, Leeds LS6 2QT", U_FAMILY),
    "cgt adherent": (f"Carte d'adhérent CGT n° {U_MARK} – {U_NAME}", [U_MARK, U_FAMILY]),
    "fnv lidnummer": (f"FNV lidnummer {U_MARK} – contributie januari", U_MARK),
}

# --- Mass intentions: the late by name -----------------------------------------------------------------------------
M_NAME, M_FAMILY = "Ottilde Pranzewick", "Pranzewick"
MASSES: Dict[str, Tuple[str, Any]] = {
    "intention english": (f"Mass intention for the late {M_NAME} – Sunday 10:30", M_FAMILY),
    "intention german": (f"Messintention: für + {M_NAME} (Jahrgedächtnis)", M_FAMILY),
    "intention french": (f"Intention de messe pour {M_NAME}, défunte", M_FAMILY),
    "intention italian": (f"Intenzione S. Messa: def. {M_NAME}", M_FAMILY),
    "intention polish": (f"Intencja mszy św.: za śp. {M_NAME}", M_FAMILY),
}

# --- church tax, parish registers, mosque and synagogue memberships, zakat ---------------------------------------
C_NAME, C_FAMILY, C_MARK = "Ottilde Pranzewick", "Pranzewick", "734296"
CHURCH: Dict[str, Tuple[str, Any]] = {
    "kirchenbeitrag": (f"Kirchenbeitrag 2026 – Beitragsnummer {C_MARK} – {C_NAME}", [C_MARK, C_FAMILY]),
    "parish register": (f"Parish register entry {C_MARK}: baptism of {C_NAME}", [C_MARK, C_FAMILY]),
    "mosque membership": (f"East London Mosque membership no. {C_MARK}", C_MARK),
    "synagogue membership": (f"Shul membership renewal – {C_NAME} – member {C_MARK}", [C_MARK, C_FAMILY]),
    "zakat for": (f"Zakat al-Fitr paid for {C_NAME} and family – £15", C_FAMILY),
}

# --- donors: receipts, gift aid, tithes ------------------------------------------------------------------------------
D_NAME, D_FAMILY, D_MARK = "Quillon Serravaux", "Serravaux", "841527"
DONORS: Dict[str, Tuple[str, Any]] = {
    "receipt": (f"Donation receipt #{D_MARK} – {D_NAME} – £25 to the campaign", [D_MARK, D_FAMILY]),
    "gift aid": (f"Gift Aid declaration: {D_NAME}, 27 Oak Street, Leeds LS6 2QT", D_FAMILY),
    "recu fiscal": (f"Reçu fiscal n° {D_MARK} – don de {D_NAME}", [D_MARK, D_FAMILY]),
    "dizimo cpf": (f"Dízimo mensal – CPF {_cpf(D_MARK + '093')}", D_MARK),
    "fec contributor": (f"Contributor: {D_NAME}, occupation teacher, employer Leeds School", D_FAMILY),
}

# --- volunteers: sign-ups with an address, a phone --------------------------------------------------------------------
V_NAME, V_FAMILY, V_MARK = "Maelis Zorvenhalt", "Zorvenhalt", "925638"
VOLUNTEERS: Dict[str, Tuple[str, Any]] = {
    "canvass signup": (f"Volunteer sign-up: {V_NAME}, 12 Elm Lane, Hebden Bridge HX7 8AE", V_FAMILY),
    "phone bank": (f"Phone bank shift – {V_NAME} – mobile 07700 {V_MARK}", [V_FAMILY, V_MARK]),
    "benevole": (f"Bénévole : {V_NAME}, 12 rue des Lilas 69003 Lyon", V_FAMILY),
    "voluntaria": (f"Voluntaria: {V_NAME}, C/ Mayor 14, 28013 Madrid", V_FAMILY),
    "wolontariusz": (f"Wolontariusz: {V_NAME}, ul. Długa 7/3, 00-238 Warszawa", V_FAMILY),
}

# --- prayer requests naming a person ---------------------------------------------------------------------------------
Y_NAME, Y_FAMILY = "Benedikta Sworquell", "Sworquell"
PRAYERS: Dict[str, Tuple[str, Any]] = {
    "please pray": (f"Please pray for {Y_NAME}, in hospital after surgery", Y_FAMILY),
    "request label": (f"Prayer request: {Y_NAME} – cancer diagnosis", Y_FAMILY),
    "gebetsanliegen": (f"Gebetsanliegen: für {Y_NAME}, die schwer krank ist", Y_FAMILY),
    "dua": (f"Dua request for {Y_NAME}'s recovery", Y_FAMILY),
}

# --- pride groups: member profiles and their slugs ------------------------------------------------------------------
G_SLUG, G_FAMILY, G_MARK = "jorrit-vanquessel", "Vanquessel", "274859"
PRIDE: Dict[str, Tuple[str, Any]] = {
    "member slug": (f"https://pride.example.org/members/{G_SLUG}/profile", G_FAMILY),
    "member number": (f"https://queer.example.de/mitglieder/{G_MARK}/profil", G_MARK),
    "community handle": ("https://lgbt.example.nl/community/u/jorrit.vanquessel", G_FAMILY),
    "profile title": ("Jorrit Vanquessel – member profile – Rainbow Network", G_FAMILY),
}

# --- referral links carrying a name ----------------------------------------------------------------------------------
F_FAMILY, F_MARK = "Krozmirek", "658213"
REFERRALS: Dict[str, Tuple[str, Any]] = {
    "referrer mail": ("https://act.example.org/sign/save-the-nhs?referrer_email=talvina.krozmirek%40example.org",
                      F_FAMILY),
    "referrer name": ("https://act.example.org/sign/save-the-nhs?source=share&referrer=Talvina+Krozmirek", F_FAMILY),
    "invited by": ("https://campaign.example.com/volunteer?invited_by=talvina-krozmirek&utm_source=whatsapp",
                   F_FAMILY),
    "signature name": ("https://petition.example.uk/petitions/700123/signatures/new?name=Talvina%20Krozmirek"
                       f"&phone=07700{F_MARK}", [F_FAMILY, F_MARK]),
}

# --- keys naming a special category (religion, politics, union, orientation) or a signer ----------------------------
K_MARK = "573840"
KEYS: List[Tuple[str, str, str, List[str]]] = [  # (case name, key, value, forms)
    ("religion", "religion", f"Roman Catholic – parish {K_MARK}", [K_MARK]),
    ("konfession", "konfession", f"römisch-katholisch {K_MARK}", [K_MARK]),
    ("political opinion", "political_opinion", f"Labour voter {K_MARK}", [K_MARK]),
    ("party member", "party_member_number", K_MARK, [K_MARK]),
    ("union member", "gewerkschaftsmitglied_nr", K_MARK, [K_MARK]),
    ("orientation", "sexual_orientation", f"gay {K_MARK}", [K_MARK]),
    ("signer name", "petition_signer", "Wendeline Marskobar", ["Marskobar"]),
    ("donor name", "donor_name", "Wendeline Marskobar", ["Marskobar"]),
]
KEY_PLACES = ["custom property", "page property", "listed custom property"]


def key_cases() -> Iterator[Case]:
    for index, (name, key, value, forms) in enumerate(KEYS):
        where = KEY_PLACES[index % len(KEY_PLACES)]
        kind, overrides = _put(where, value)
        properties = {key if k == "debug_blob" else k: v for k, v in overrides["properties"].items()}
        settings = overrides.get("settings")
        extra = {"settings": {"meta_custom_data": key}} if settings else {}
        yield (f"key {name} @ {where}", kind, {**overrides, "properties": properties, **extra}, forms)


def cases() -> List[Case]:
    return [
        *rotated("petition", PETITIONS, TEXT_PLACES, 3, put=_put),
        *rotated("party", PARTIES, TEXT_PLACES, 3, start=5, put=_put),
        *rotated("union", UNIONS, TEXT_PLACES, 3, start=11, put=_put),
        *rotated("mass", MASSES, TEXT_PLACES, 3, start=17, put=_put),
        *rotated("church", CHURCH, TEXT_PLACES, 3, start=23, put=_put),
        *rotated("donor", DONORS, TEXT_PLACES, 3, start=29, put=_put),
        *rotated("volunteer", VOLUNTEERS, TEXT_PLACES, 3, start=35, put=_put),
        *rotated("prayer", PRAYERS, TEXT_PLACES, 3, start=2, put=_put),
        *rotated("pride", PRIDE, URL_PLACES, 3, put=_put),
        *rotated("referral", REFERRALS, URL_PLACES, 3, start=4, put=_put),
        *key_cases(),
    ]


# --- the ordinary side -----------------------------------------------------------------------------------------------
ORDINARY: Dict[str, List[str]] = {
    "petition titles": ["Save Hebden Bridge library", "Keep our GP surgery open", "Stop the Rosebank oil field",
                        "Rettet das Freibad Pankow", "Non à la fermeture de la maternité de Die",
                        "Salviamo il consultorio di Rovereto", "Red de bibliotheek van Zutphen",
                        "Fund free school meals for every child", "Ban fireworks sales to the public",
                        "Stoppt die Erhöhung der Kita-Gebühren", "Por un tren digno en Extremadura",
                        "Ratujmy Puszczę Białowieską"],
    "parties and unions": ["Labour Party", "Conservative and Unionist Party", "Liberal Democrats", "Fianna Fáil",
                           "Sinn Féin", "Democratic National Committee", "Bündnis 90/Die Grünen", "SPD", "ÖVP",
                           "Parti socialiste", "PSOE", "Partido dos Trabalhadores", "Morena",
                           "Bharatiya Janata Party", "Unite the Union", "ver.di", "CCOO", "SIPTU",
                           "Teamsters Local 705"],
    "public figures": ["Keir Starmer", "Kemi Badenoch", "Friedrich Merz", "Emmanuel Macron", "Pedro Sánchez",
                       "Giorgia Meloni", "Ulf Kristersson", "Luiz Inácio Lula da Silva", "Claudia Sheinbaum",
                       "Narendra Modi", "Bola Tinubu", "Pope Leo XIV"],
    "membership and dues": ["Standard membership £5.25 a month", "Reduced rate membership £2 a month",
                            "Mitgliedsbeitrag 0,5 % des Einkommens", "Cotisation annuelle 20 €",
                            "Cuota de afiliación 12 € al mes", "Quota associativa 2026: 25 €",
                            "Lidmaatschap € 7,50 per maand", "Składka członkowska 1% wynagrodzenia",
                            "Medlemsavgift 200 kr per år", "Student membership – free",
                            "Gold supporter tier", "Union dues 1.3% of gross pay"],
    "slogans": ["For the many, not the few", "Yes We Can", "Wir schaffen das", "Ensemble, tout devient possible",
                "Sí se puede", "Love is love"],
    "events": ["Pride Parade 2026", "CSD Berlin 2026", "Marche des Fiertés Paris", "Dublin Pride Festival",
               "Annual Conference 2026 – Liverpool", "Parteitag der SPD 2026", "Festa dell'Unità Bologna",
               "May Day Rally – Trafalgar Square"],
    "services": ["Sunday Mass 10:30", "Vigil Mass Saturday 18:00", "Evensong 17:30",
                 "Heilige Messe So 9:30 Uhr", "Messe dominicale 11h", "Santa Messa festiva ore 11:00",
                 "Misa dominical 12:00", "Msza św. niedziela 8:00", "Högmässa söndag 11.00",
                 "Jumu'ah prayer 13:15", "Shabbat morning service 9:30", "Confessions Saturday 10:00–11:00"],
    "places of worship": ["St Mary's Church, Hebden Bridge", "St. Marien, Regensburg", "Paroisse Saint-Sulpice, Paris",
                          "Parroquia de San Ginés, Madrid", "East London Mosque, Whitechapel",
                          "Central Synagogue, Manhattan", "Parafia św. Anny, Kraków", "Duomo di Milano",
                          "Gurdwara Sri Guru Singh Sabha, Southall", "Catedral Metropolitana, Ciudad de México",
                          "Westerkerk, Amsterdam", "Storkyrkan, Stockholm"],
    "donations": ["£25 to the general fund", "Donate £10 monthly", "Spende 50 € – Orgelfonds",
                  "Don de 30 € – Denier de l'Église",
                  "Zakat al-Mal calculator", "Sadaqah – Water wells appeal", "Tithe 10%",
                  "Dízimo e ofertas", "Kollekte für Brot für die Welt", "Building fund – roof appeal",
                  "Ofrenda dominical", "Tzedakah box"],
    # the personal side's cues with no person after them: counts, causes, popes, forms, price lists
    "cues without a person": ["Signed by 12,480 people", "Please pray for peace in Sudan", "Pray for Ukraine",
                              "Mass intentions – how to book", "Requiem Mass for Pope Benedict XVI",
                              "In memory of Pope Francis", "Prayer request form", "Gebetsanliegen einreichen",
                              "Intencje mszalne – cennik", "Contributor guidelines", "Member profile settings",
                              "Donation receipt template", "Zakat for orphans appeal",
                              "Volunteer sign-up – Hebden Bridge"],
}
ORDINARY_PLACES: Dict[str, List[str]] = {
    "petition titles": ["custom property", "page title", "search string"],
    "parties and unions": ["product brand", "page category"],
    "public figures": ["page title", "search string", "content name"],
    "membership and dues": ["product name", "product variant", "custom property"],
    "slogans": ["page title", "custom property"],
    "events": ["content name", "custom event name", "page name"],
    "services": ["page title", "product name", "custom property"],
    "places of worship": ["page title", "custom property"],
    "donations": ["product name", "contents title", "content category"],
    "cues without a person": ["page title", "custom property"],
}
ORDINARY_URLS_79 = [
    "https://petition.parliament.uk/help", "https://www.change.org/p/save-hebden-bridge-library",
    "https://www.openpetition.de/petition/online/rettet-das-freibad-pankow", "https://labour.org.uk/join",
    "https://www.unitetheunion.org/join-unite", "https://www.verdi.de/service/mitglied-werden",
    "https://www.erzbistum-muenchen.de/kirchensteuer", "https://www.stmaryshebden.example.org/mass-times",
    "https://www.pride.example.org/events/pride-parade-2026", "https://help.example.org/donations/gift-aid-faq",
]


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, _put)
    yield from ordinary_urls(ORDINARY_URLS_79)
