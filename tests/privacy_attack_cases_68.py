"""The sixty-eighth outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: funerals, memorials, genealogy and DNA tests. Funeral homes' arrangements
and pre-need plans, online obituaries and condolence books, memorial and flower shops (wreath ribbons), headstone
and urn engraving, memorial photo books, crowdfunding for a funeral; genealogy sites (family trees, census and parish
records, grave indexes) and DNA kits (matches, shared cM, health reports), in the UK, the US, Ireland, Germany,
France, Spain, Italy, Poland, Sweden, Brazil, Mexico, Japan and the Philippines.

About 300 ordinary cases (coffins, urns and wreaths, ribbon templates, granites and fonts, record collections named
after public events and figures, DNA kits, reports and haplogroups, plans, slots, promo codes and SKUs, and names no
person holds: funeral directors, cemeteries, roses' cultivars, a form's placeholder names; ribbon and engraving labels
before a template, reports' names before no person; in eleven languages) must go out whole. About 150 personal cases
put a deceased's or a relative's own data in the same leaves and under each setting (the deceased's and the next of
kin's names, dates, addresses and phones, ribbon and engraving texts, obituary slugs, signed condolences, family tree
person pages and ids, DNA matches with their shared cM, health reports tied to a name, kit codes, death
certificates' numbers, pre-need policies with their holder, crowdfunding pages for a named person). Each person is
made up, a given name and a family name nobody has (`Maudry Quelvenast`, `Heinrich Wimmelstrath`, `雲雀沢 灯里`), and
each family has a 6-digit marker of its own (`472958`, `716492`); run natively.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_2 import ordinary_in_places
from privacy_attack_cases_36 import TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "68"

# The 6-digit markers, one a family.
FUNERAL_MARK = "472958"
OBITUARY_MARK = "638147"
RIBBON_MARK = "815263"
ENGRAVING_MARK = "927364"
CROWDFUND_MARK = "364829"
TREE_MARK = "529183"
DNA_MARK = "716492"
CERTIFICATE_MARK = "283651"
KEY_MARK = "194736"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


# A funeral home's arrangement: the deceased, the next of kin, their phone and address, a pre-need plan's policy.
FUNERALS: Dict[str, Tuple[str, Any]] = {
    "the late": ("Arrangement for the late Maudry Quelvenast, died 12/11/2026", "Quelvenast"),
    "deceased label with dates": ("Deceased: Maudry Quelvenast (b. 03.02.1941, d. 12.11.2026)", "Quelvenast"),
    "next of kin with phone": ("Next of kin: Orrin Quelvenast, 07700 947295", ["Quelvenast", "7700947295"]),
    "collection address": ("Collection from 27 Quenbarrow Road, Leeds LS16 5NB – ask for Orrin",
                           "Quenbarrow"),
    "German Verstorbene": ("Verstorbene: Edeltraud Wimmelstrath, geb. 03.02.1941, gest. 12.11.2026",
                           "Wimmelstrath"),
    "German Auftraggeber": ("Auftraggeber: Heinrich Wimmelstrath, Tel. 0176 47295813",
                            ["Wimmelstrath", "17647295813"]),
    "French défunt": ("Défunte : Gaspardine Oulvremont, décédée le 12/11/2026 à Lyon", "Oulvremont"),
    "Spanish difunto": ("Difunto: Anselmo Ruedalta Trevaquín, fallecido el 12/11/2026", "Ruedalta"),
    "Italian defunto": ("Defunto: Settimo Quazzotto, nato il 03/02/1938", "Quazzotto"),
    "Polish zmarły": ("Zmarły: Zbyszko Pstrowiecki, ur. 03.02.1938, zm. 12.11.2026", "Pstrowiecki"),
    "Swedish avliden": ("Avliden: Torvald Skraddquist, född 1938-02-03", "Skraddquist"),
    "Japanese 故 儀": ("故 雲雀沢 灯里 儀 葬儀・告別式", "雲雀沢"),
    "Brazilian falecido": ("Falecido: Josué Quirandolha, velório 13/11/2026 às 9h", "Quirandolha"),
    "Filipino wake": ("Wake for the late Perpetua Dimasaclang-Quirobe, Quezon City", "Quirobe"),
    "Mexican QEPD": ("Q.E.P.D. Hermenegildo Zurraquín Olvastre, velación en Gayosso", "Olvastre"),
    "Irish reposing": ("Bríd Ó Scanvallaigh (née Drennaugh), reposing at her home, Ballyhaunis", "Scanvallaigh"),
    "pre-need policy holder": (f"Pre-need plan PN-{FUNERAL_MARK}-03 – holder Ysmaine Corvendell",
                               [FUNERAL_MARK, "Corvendell"]),
    "policy number label": (f"Policy number: FP{FUNERAL_MARK}7 (funeral plan)", FUNERAL_MARK),
    "German Vorsorgevertrag": (f"Vorsorgevertrag Nr. {FUNERAL_MARK}/26 für Edeltraud Wimmelstrath",
                               [FUNERAL_MARK, "Wimmelstrath"]),
    "US informant": ("Informant: Dolly Quelvenast-Harrow (daughter), (206) 555-0147",
                     ["Harrow", "2065550147"]),
    "Japanese 喪主": ("喪主：雲雀沢 蒼汰（長男） 東京都世田谷区桜丘3-14-7", ["雲雀沢", "桜丘3-14-7"]),
    "Spanish family contact": ("Contacto de la familia: 612 47 29 58 (Lupita)", "612472958"),
    "Brazilian CPF": ("CPF do falecido: 529.982.247-25 – Josué Quirandolha", ["52998224725", "Quirandolha"]),
    "US care of address": ("Flowers c/o Dolly Harrow, 1147 Quenbarrow Ave, Tacoma, WA 98406",
                           ["Quenbarrow", "Harrow"]),
}

# Online obituaries, their pages and condolence books.
OBITUARIES: Dict[str, Tuple[str, Any]] = {
    "title with life years": ("Orrin Vellastrop Obituary (1938 – 2026) – Leeds, West Yorkshire", "Vellastrop"),
    "German Traueranzeige": ("Traueranzeige Gisela Wendtrupsky * 03.02.1941 † 12.11.2026", "Wendtrupsky"),
    "French avis de décès": ("Avis de décès de Mme Gaspardine Oulvremont, née Bressaulque", "Oulvremont"),
    "Spanish esquela": ("Esquela de D. Anselmo Ruedalta Trevaquín, que falleció en Madrid", "Ruedalta"),
    "Italian necrologio": ("È mancato all'affetto dei suoi cari Settimo Quazzotto, di anni 88", "Quazzotto"),
    "Polish nekrolog": ("Z głębokim żalem zawiadamiamy, że zmarł ś.p. Zbyszko Pstrowiecki", "Pstrowiecki"),
    "Swedish dödsannons": ("Vår älskade Torvald Skraddquist har stilla insomnat", "Skraddquist"),
    "Brazilian missa": ("Missa de sétimo dia de Josué Quirandolha – Paróquia São Judas", "Quirandolha"),
    "condolence signed in English": ("Thinking of you all at this sad time. With deepest sympathy, Caius Drellmoraine",
                                     "Drellmoraine"),
    "condolence signed in Spanish": ("Mi más sentido pésame a la familia. Con cariño, Lupita Olvastre Ybarrondo",
                                     "Ybarrondo"),
    "condolence signed in German": ("Herzliches Beileid, in stiller Trauer Ihre Roswitha Kalbenschmidt",
                                    "Kalbenschmidt"),
    "condolence by a dash": ("He will be sadly missed. – Caius Drellmoraine, Otley", "Drellmoraine"),
    "Japanese 訃報": ("訃報 雲雀沢 灯里 様 享年85歳", "雲雀沢"),
    "Irish RIP notice": ("RIP: Bríd Ó Scanvallaigh, Ballyhaunis, Co. Mayo – funeral arrangements", "Scanvallaigh"),
    "survived by": ("He is survived by his wife, Dolly Quelvenast, and two sons", "Quelvenast"),
    "beloved husband of": ("Beloved husband of Maudry Quelvenast and father of Orrin", "Quelvenast"),
    "Mexican participan": ("Sus hijos Lupita y Ramiro Olvastre Ybarrondo participan con profundo dolor",
                          "Ybarrondo"),
    "Filipino pasasalamat": ("Taos-pusong pasasalamat mula sa pamilya Dimasaclang-Quirobe", "Quirobe"),
}

OBITUARY_LINKS: Dict[str, Tuple[str, Any]] = {
    "legacy slug": (f"https://www.legacy.example/us/obituaries/name/orrin-vellastrop-obituary?id={OBITUARY_MARK}",
                    ["vellastrop", OBITUARY_MARK]),
    "dated slug": ("https://funeral-notices.example.co.uk/obituaries/2026/11/14/orrin-vellastrop-1938-2026/",
                   "vellastrop"),
    "condolence book": ("https://www.trauer.example.de/traueranzeige/gisela-wendtrupsky/kondolenzbuch",
                        "wendtrupsky"),
    "rip.ie notice": (f"https://rip.example.ie/death-notice/brid-o-scanvallaigh-ballyhaunis-mayo-{OBITUARY_MARK}",
                      ["scanvallaigh", OBITUARY_MARK]),
    "Spanish esquela link": ("https://www.esquelas.example.es/esquela/anselmo-ruedalta-trevaquin/",
                             "ruedalta"),
}

# Wreath ribbons, sympathy cards and the flower shop's delivery to a named funeral.
RIBBONS: Dict[str, Tuple[str, Any]] = {
    "English ribbon label": ("Ribbon text: In loving memory of Grandad Orrin Quelvenast – love from Tobrin & Sable",
                             "Quelvenast"),
    "German Schleifentext": ("Schleifentext: Ruhe sanft, lieber Opa Heinrich Wimmelstrath – Deine Enkel",
                             "Wimmelstrath"),
    "French ruban": ("Texte du ruban : À notre cher papa Gaspard Oulvremont", "Oulvremont"),
    "Spanish cinta": ("Cinta: Descanse en paz, Anselmo Ruedalta – tus hijos", "Ruedalta"),
    "Italian nastro": ("Nastro: Ciao nonno Settimo Quazzotto, i tuoi nipoti", "Quazzotto"),
    "Polish szarfa": ("Szarfa: Ostatnie pożegnanie śp. Zbyszko Pstrowiecki – żona i dzieci", "Pstrowiecki"),
    "Swedish band": ("Bandtext: Vila i frid, Torvald Skraddquist – Familjen", "Skraddquist"),
    "Brazilian fita": ("Fita: Saudades eternas de Josué Quirandolha — esposa e filhos", "Quirandolha"),
    "Japanese 札名": ("供花 札名：雲雀沢 灯里 様 ご霊前", "雲雀沢"),
    "delivery to a named funeral": (f"Deliver to the funeral of Maudry Quelvenast, St Anne's Church, 11:00, "
                                    f"order {RIBBON_MARK}", "Quelvenast"),
    "sympathy card signed": ("Card: With deepest sympathy, from Caius and Mirela Drellmoraine", "Drellmoraine"),
    "product name with the ribbon's name": ("Wreath 60 cm – ribbon 'Grandma Ysolde Corvendell'", "Corvendell"),
    "Mexican corona": ("Corona fúnebre – Cinta: Tu familia nunca te olvidará, Hermenegildo Olvastre", "Olvastre"),
}

# Headstones, urn plates, epitaphs and memorial photo books.
ENGRAVINGS: Dict[str, Tuple[str, Any]] = {
    "headstone in capitals": ("Headstone inscription: ORRIN QUELVENAST 1938 – 2026 BELOVED HUSBAND", "QUELVENAST"),
    "engraving with dates": ("Engraving: Maudry Quelvenast 03.02.1941 – 12.11.2026", "Quelvenast"),
    "German Grabinschrift": ("Grabinschrift: Heinrich Wimmelstrath * 1938 † 2026", "Wimmelstrath"),
    "urn plate": ("Urn plate: Ysmaine Corvendell, 1949–2026", "Corvendell"),
    "Spanish lápida": ("Lápida: Anselmo Ruedalta Trevaquín 1938-2026 D.E.P.", "Ruedalta"),
    "French épitaphe with née": ("Épitaphe : Gaspardine Oulvremont née Bressaulque 1941-2026", "Bressaulque"),
    "Italian targa": ("Targa: Settimo Quazzotto (1938 – 2026)", "Quazzotto"),
    "Polish tablica": ("Tablica nagrobna: ś.p. Zbyszko Pstrowiecki ur. 1938 zm. 2026", "Pstrowiecki"),
    "Japanese 俗名": ("墓石彫刻：雲雀沢家之墓 俗名 雲雀沢 灯里 享年85", "雲雀沢"),
    "memorial photo book": ("Memorial photo book 'Orrin Quelvenast – A Life' 40 pages", "Quelvenast"),
    "Swedish gravsten": ("Gravsten: Torvald Skraddquist *1938 †2026", "Skraddquist"),
    "Brazilian lápide": ("Lápide: Josué Quirandolha ★ 03/02/1938 ✝ 12/11/2026", "Quirandolha"),
    "engraving order with address": (f"Engraving order {ENGRAVING_MARK}: plaque for Ysmaine Corvendell, "
                                     "deliver to 14 Harbeck Close, Otley LS21 3QD", ["Corvendell", "Harbeck"]),
}

# Crowdfunding for a funeral.
CROWDFUNDS: Dict[str, Tuple[str, Any]] = {
    "English funeral costs": ("Funeral costs for Maudry Quelvenast – GoFundMe", "Quelvenast"),
    "Brazilian vakinha": ("Vakinha: Ajude a família de Josué Quirandolha com o funeral", "Quirandolha"),
    "French cagnotte": ("Cagnotte : obsèques de Gaspardine Oulvremont", "Oulvremont"),
    "German Spendenaufruf": ("Spendenaufruf für die Beerdigung von Heinrich Wimmelstrath", "Wimmelstrath"),
    "Polish zrzutka": ("Zrzutka na pogrzeb Zbyszka Pstrowieckiego", "Pstrowieck"),
    "Spanish colecta": ("Colecta para el funeral de Anselmo Ruedalta", "Ruedalta"),
    "donation in memory": ("Donated €50 in memory of Orrin Quelvenast", "Quelvenast"),
    "Filipino abuloy": ("Abuloy para kay Lola Perpetua Quirobe – GCash 0917 364 8291", ["Quirobe", "9173648291"]),
}

CROWDFUND_LINKS: Dict[str, Tuple[str, Any]] = {
    "gofundme slug": ("https://www.gofundme.example/f/help-bury-maudry-quelvenast", "quelvenast"),
    "vakinha slug": (f"https://www.vakinha.example.br/vaquinha/funeral-do-josue-quirandolha-{CROWDFUND_MARK}",
                     ["quirandolha", CROWDFUND_MARK]),
    "leetchi slug": ("https://www.leetchi.example/c/obseques-de-gaspardine-oulvremont", "oulvremont"),
}

# Family trees, person pages, grave indexes, living relatives.
TREES: Dict[str, Tuple[str, Any]] = {
    "page title with life years": ("Orrin Quelvenast (1938–2026) • FamilySearch", "Quelvenast"),
    "family tree of": ("Family tree of Ysolde Corvendell – 4 generations", "Corvendell"),
    "search by name and birth": ("Quelvenast born 1938 Leeds", "Quelvenast"),
    "German Stammbaum": ("Stammbaum Heinrich Wimmelstrath, geb. 03.02.1938 in Bielefeld", "Wimmelstrath"),
    "living person": ("Tobrin Vellastrop, born 14 March 1984, living", "Vellastrop"),
    "French arbre": ("Arbre généalogique de Gaspardine Oulvremont (1941-2026)", "Oulvremont"),
    "Spanish árbol": ("Árbol genealógico de Anselmo Ruedalta Trevaquín, n. 1938", "Ruedalta"),
    "mother's maiden name": ("Mother's maiden name: Brinvaleur", "Brinvaleur"),
    "find a grave memorial": (f"Find a Grave Memorial #{TREE_MARK}163 – Orrin Quelvenast", [TREE_MARK, "Quelvenast"]),
    "grave plot": (f"Orrin Quelvenast, Lawnswood Cemetery, plot K {TREE_MARK}", "Quelvenast"),
    "person id label": (f"Person ID: LZX4-{TREE_MARK}", TREE_MARK),
    "Swedish antavla": ("Antavla för Torvald Skraddquist, född 1938 i Kiruna", "Skraddquist"),
    "Italian albero": ("Albero genealogico della famiglia di Settimo Quazzotto, nato a Biella", "Quazzotto"),
    "Japanese 家系図": ("家系図：雲雀沢 灯里（昭和13年生まれ）", "雲雀沢"),
}

TREE_LINKS: Dict[str, Tuple[str, Any]] = {
    "person page": (f"https://www.ancestry.example/family-tree/person/tree/17294058/person/{TREE_MARK}16301/facts",
                    TREE_MARK),
    "person query": (f"https://www.familysearch.example/tree/person/details?pid=LZX4-{TREE_MARK}", TREE_MARK),
    "named person slug": ("https://www.geni.example/people/Orrin-Quelvenast/6000000529183", "quelvenast"),
    "grave index slug": (f"https://www.findagrave.example/memorial/{TREE_MARK}163/orrin-quelvenast",
                         ["quelvenast", TREE_MARK]),
}

# DNA kits: matches and their shared cM, health reports tied to a name, kit codes.
DNAS: Dict[str, Tuple[str, Any]] = {
    "match with cM": ("DNA match: Sable Drellmoraine – 1,742 cM shared across 58 segments", "Drellmoraine"),
    "match as cousin": ("Caius Drellmoraine, 3rd cousin, 87 cM", "Drellmoraine"),
    "shared DNA with": ("Shared DNA with Tobrin Vellastrop: 3,487 cM (Parent/Child)", "Vellastrop"),
    "BRCA report for": ("BRCA1/BRCA2 (selected variants) report for Ysmaine Corvendell: variant detected",
                        "Corvendell"),
    "APOE with a name": ("APOE ε4/ε4 – late-onset Alzheimer's risk – Orrin Quelvenast", "Quelvenast"),
    "German Gesundheitsbericht": ("Gesundheitsbericht für Heinrich Wimmelstrath: Faktor-V-Leiden heterozygot",
                                  "Wimmelstrath"),
    "French rapport santé": ("Rapport santé de Gaspardine Oulvremont : porteuse de la mucoviscidose",
                             "Oulvremont"),
    "kit activation code": (f"Activation code: AX7Q-K2{DNA_MARK}", DNA_MARK),
    "GEDmatch kit with uploader": (f"GEDmatch kit T{DNA_MARK} – uploaded by Ysmaine Corvendell",
                                   [DNA_MARK, "Corvendell"]),
    "sample barcode": (f"Sample barcode: 4{DNA_MARK}305", DNA_MARK),
    "ethnicity of a named person": ("Ethnicity estimate of Sable Drellmoraine: 62% Irish, 31% Scottish",
                                    "Drellmoraine"),
    "carrier status": ("Carrier status (cystic fibrosis) for Ysmaine Corvendell: carrier", "Corvendell"),
    "haplogroup with a name": ("Haplogroup R1b-M269 – Tobrin Vellastrop", "Vellastrop"),
    "Spanish coincidencia": ("Coincidencia de ADN: Lupita Olvastre Ybarrondo, 212 cM compartidos", "Ybarrondo"),
    "Japanese 遺伝子検査": ("遺伝子検査結果：雲雀沢 灯里 様 APOE ε3/ε4", "雲雀沢"),
}

DNA_LINKS: Dict[str, Tuple[str, Any]] = {
    "activation link": (f"https://www.dna-kit.example/activate?code=AX7Q-K2{DNA_MARK}", DNA_MARK),
    "match page slug": ("https://www.myheritage.example/dna/match/sable-drellmoraine-1742cm", "drellmoraine"),
}

# Death certificates, registrations and the coroner's file.
CERTIFICATES: Dict[str, Tuple[str, Any]] = {
    "UK death certificate": (f"Death certificate no. DYD {CERTIFICATE_MARK}", CERTIFICATE_MARK),
    "German Sterbeurkunde": (f"Sterbeurkunde Nr. {CERTIFICATE_MARK}/2026, Standesamt Bielefeld", CERTIFICATE_MARK),
    "French acte de décès": (f"Acte de décès n° {CERTIFICATE_MARK} – Oulvremont", [CERTIFICATE_MARK, "Oulvremont"]),
    "Mexican acta": (f"Acta de defunción {CERTIFICATE_MARK}, Registro Civil CDMX", CERTIFICATE_MARK),
    "Italian certificato": (f"Certificato di morte n. {CERTIFICATE_MARK}", CERTIFICATE_MARK),
    "Polish akt zgonu": (f"Akt zgonu nr {CERTIFICATE_MARK}/2026", CERTIFICATE_MARK),
    "Swedish dödsbevis": (f"Dödsbevis {CERTIFICATE_MARK}", CERTIFICATE_MARK),
    "Japanese 死亡届": (f"死亡届 受理番号 {CERTIFICATE_MARK}", CERTIFICATE_MARK),
    "cause of death with name": ("Cause of death: metastatic carcinoma – Orrin Quelvenast", "Quelvenast"),
    "coroner inquest": (f"Coroner ref {CERTIFICATE_MARK} – inquest into the death of Orrin Quelvenast",
                        [CERTIFICATE_MARK, "Quelvenast"]),
    "US state file": (f"Certificate of Death – State File No. 2026-{CERTIFICATE_MARK}", CERTIFICATE_MARK),
    "Brazilian certidão": (f"Certidão de óbito matrícula 1{CERTIFICATE_MARK}01552026400123", CERTIFICATE_MARK),
}

# Keys naming the deceased, the next of kin or a DNA match, holding a made-up name nothing else marks.
KEYS = ["deceased_full_name", "name_of_deceased", "verstorbener", "nom_defunt", "nombre_difunto", "defunto",
        "zmarly_imie", "avliden_namn", "falecido", "故人名", "next_of_kin", "nok_name", "dna_match",
        "informant", "grave_holder"]
KEY_VALUE = "Ysolde Karnwhistle"
KEY_PLACES = ["custom property", "listed custom property", "page property"]


def _key_place(where: str, key: str) -> Tuple[str, Dict[str, Any]]:
    table: Dict[str, Tuple[str, Dict[str, Any]]] = {
        "custom property": ("track", {"properties": {key: KEY_VALUE}}),
        "listed custom property": ("track", {"properties": {key: KEY_VALUE},
                                             "settings": {"meta_custom_data": key}}),
        "page property": ("page", {"properties": {key: KEY_VALUE}}),
        "contents item": ("track", {"name": "Product Added", "properties": {"contents": json.dumps(
            [{"id": f"ART-{TAG}", key: KEY_VALUE}], ensure_ascii=False)}}),
    }
    return table[where]


def key_cases() -> Iterator[Case]:
    for index, key in enumerate(KEYS):
        where = KEY_PLACES[index % len(KEY_PLACES)]
        yield (f"keys {key} @ {where}", *_key_place(where, key), ["Karnwhistle"])


def cases() -> List[Case]:
    return [
        *rotated("funeral", FUNERALS, TEXT_PLACES, 1, tag=TAG),
        *rotated("obituary", OBITUARIES, TEXT_PLACES, 1, start=20, tag=TAG),
        *rotated("obituary", OBITUARY_LINKS, URL_PLACES, 2, tag=TAG),
        *rotated("ribbon", RIBBONS, TEXT_PLACES, 1, start=5, tag=TAG),
        *rotated("engraving", ENGRAVINGS, TEXT_PLACES, 1, start=17, tag=TAG),
        *rotated("crowdfund", CROWDFUNDS, TEXT_PLACES, 1, start=30, tag=TAG),
        *rotated("crowdfund", CROWDFUND_LINKS, URL_PLACES, 2, start=10, tag=TAG),
        *rotated("tree", TREES, TEXT_PLACES, 1, start=9, tag=TAG),
        *rotated("tree", TREE_LINKS, URL_PLACES, 2, start=4, tag=TAG),
        *rotated("dna", DNAS, TEXT_PLACES, 1, start=24, tag=TAG),
        *rotated("dna", DNA_LINKS, URL_PLACES, 2, start=13, tag=TAG),
        *rotated("certificate", CERTIFICATES, TEXT_PLACES, 1, start=38, tag=TAG),
        *key_cases(),
    ]


# Ordinary values of the trade, each in four leaves.
ORDINARY: Dict[str, List[str]] = {
    "services and products": [
        "Oak Coffin – Satin Lining", "Wreath 60 cm white lilies", "Urn brass 3 L",
        "Certified copy of death certificate – £11", "Obituary package – 7 days online",
        "Sarg Kiefer natur", "Urne biologisch abbaubar",
        "Trauerkranz Rosen rot 80 cm", "Cercueil chêne massif", "Couronne mortuaire roses blanches",
        "Ataúd de pino barnizado", "Corona fúnebre 1 m", "Cofano in noce", "Trumna sosnowa",
        "Kista furu vit", "Caixão de madeira com visor", "骨壺 7寸 白", "Traueranzeige online aufgeben",
        "Grave care subscription – 12 months",
    ],
    "ribbon templates": [
        "In Loving Memory", "Ruhe in Frieden", "Repose en paix", "Descanse en paz", "Riposa in pace",
        "Spoczywaj w pokoju", "Vila i frid", "Descanse em paz", "安らかに", "Forever in our hearts",
        "Engraving: In Loving Memory", "Ribbon text: Ruhe in Frieden",
        "Card message: With deepest sympathy",
        "In Loving Memory of Dad", "Mum – forever loved", "Lieber Papa, ruhe in Frieden", "Pour toi, Maman",
    ],
    "stones and fonts": [
        "Nero Assoluto granite", "Bahama Blue granite", "Carrara marble, polished", "Kashmir White",
        "Font: Times Roman V-cut", "Trajan gilded lettering",
        "Copperplate Script, gold leaf", "Sandblasted lettering", "Schrift: Antiqua vertieft, vergoldet",
        "Lettres dorées à la feuille",
    ],
    "record collections": [
        "1921 Census of England and Wales", "Ellis Island Passenger Lists", "Census of Ireland 1911",
        "England & Wales, Death Index, 1916-2007", "Deutsche Verlustlisten 1914–1919",
        "Registres paroissiaux 1550–1792", "Registri dello Stato Civile 1809–1929",
        "Geneteka – indeks urodzeń", "Sveriges dödbok 1860–2017", "Mexico, Catholic Church Records, 1540-1950",
        "Philippines, Civil Registration, 1888-1986", "Queen Elizabeth II (1926–2022) memorial coin",
        # (closer 238: `Abraham Lincoln's family tree` left out, a public person's name read as a tree's person since a
        # full name before `family tree` in any case is, the price asserted in tests/test_closer238_genealogy.py)
        "Titanic passenger manifest 1912",
        "Grave of Karl Marx, Highgate Cemetery", "Frida Kahlo 1907–1954 memorial print",
        "Book of Condolence for Queen Elizabeth II",
    ],
    "dna products": [
        "AncestryDNA kit", "23andMe Health + Ancestry Service", "MyHeritage DNA kit – 2 pack",
        "FamilyTreeDNA Y-37", "BRCA1/BRCA2 (selected variants)", "Carrier status report – cystic fibrosis",
        "R1b-M269", "I1-M253", "H1a3",
        "Haplogroup J2a-M410", "Match: 3rd cousin range 90–200 cM",
        "Parent/Child: 3,330–3,720 cM", "Health report: APOE (Alzheimer's)",
    ],
    "plans slots and codes": [
        "Pre-need plan Gold – 12 monthly instalments", "Prepaid funeral plan – Simple", "Contrat obsèques Sérénité",
        "Vorsorgevertrag Basis", "Service slot 11:00–11:45, Chapel A", "Viewing Tue 10:00–16:00",
        "MEMORIAL10", "DNA25OFF", "SKU URN-BR-3L", "WR-60-LIL-W", "COF-OAK-SAT-01", "Service Mon 16 Nov 2026 14:30",
    ],
    "names no person holds": [
        "J.H. Kenyon Funeral Directors", "Funeraria Gayosso Félix Cuevas", "Co-op Funeralcare Leeds",
        "Loyola Memorial Park", "Cimetière du Père-Lachaise", "Cmentarz Powązkowski", "青山霊園",
        "Rose 'Ingrid Bergman' – 12 stems", "Clematis 'Nelly Moser'", "Rose 'Olivia Rose Austin'",
        "Font: Garamond Premier", "Mustermann, Max – Beispiel-Traueranzeige", "John Doe – obituary template",
        "Jan Kowalski – wzór nekrologu", "Fulano de Tal – esquela modelo", "Jane Smith (1940–2020) – sample engraving",
        "In Memory of Princess Diana", "Surname meaning: Smith",
    ],
}
ORDINARY_PLACES: Dict[str, List[str]] = {family: ["custom property", "page title", "product name"]
                                         for family in ORDINARY}


def ordinary_cases() -> Iterator[Ordinary]:
    yield from ordinary_in_places(ORDINARY, ORDINARY_PLACES, _put)

