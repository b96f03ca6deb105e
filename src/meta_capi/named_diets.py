"""A person's name beside a diet's, an allergy's or a health condition's word, for the detector (closer 132,
sixty-fifth attack: food): a diner's allergy or medical diet tied to them is both a name and a special category
(`… is coeliac`, `…: alergia a la lactosa`, `Dieta per …: celiachia`, `Nutrition plan for … (type 2 diabetes`,
`Allergiekaart …: pinda`, `Coeliac menu requested – …`).

The conditions' words are lexicon data by language (CONDITION_STEMS: stems found inside a word, so that compounds
count, `Allergiekaart`, `Laktoseintoleranz`), read in the canonical form in any case. A full name
(name_shapes.FULL_NAME) is the condition's neighbour:
- before it: the name, then maybe a colon, a bracket, a dash or a verb of being or having (`is`, `ist`, `est`, `è`,
  `heeft`, `has`), up to three words in lower case or digits (`type 2`, `a severe`), and a word opening with the
  condition's stem (a compound's later part is read before a name only, so that each name pays no run of letters);
- after it: the condition's word, up to two words in lower case (`menu requested`), then a dash, a colon or the word
  for `for`, and the name ending as a name in a sentence does; or the condition's word glued to its card's or its
  note's (`Allergiekaart`) right before the name and its colon.
A diet's, an allergen's or a product's word in the name is no name (DIET_WORDS: `Coeliac menu – Gluten Free`,
`Gluten Free Bread: coeliac safe`), nor a thing's, a place's, a business's or a generic addressee's.
"""

from __future__ import annotations

import re
from typing import Dict

from .allergens import a_packs_allergen_words
from .brand_words import a_brands_name
from .canonical import by_first_letter, canonical, longest_first, table_phrases
from .name_shapes import END, FULL_NAME, OPENS, WORD, a_person, a_product
from .postal import _HONORIFIC, _a_place, _place_or_business
from .role_labels import a_thing

PERSON_NAME = "holds a person's name"

# A diet's, an allergy's or a health condition's word, by language, as stems (in the canonical form in lower case).
CONDITION_STEMS: Dict[str, str] = {
    "English": "allerg coeliac celiac diabet intoleran anaphyla epilep",
    "German": "allergi zoliaki diabet intoleranz unvertraglich anaphyla epilep",
    "French": "allergi coeliaqu cœliaqu celiaqu diabet intoleran anaphyla epilep",
    "Spanish and Portuguese": "alergi alergic celiac celiaqu diabet intoleran anafila epilep",
    "Italian": "allergi celiac celiach diabet intolleran anafila epiless",
    "Dutch": "allergi coeliaki coeliakie diabet intoleranti anafyla epilep",
    "Polish": "alergi uczulen celiaki cukrzyc nietoleranc anafilak padaczk",
}
# A health word tied to a salon's, a spa's or a clinic's client (closer 138, sixty-seventh attack), by meaning, as stems
# across languages (in the canonical form in lower case): a skin's or a scalp's condition, a chronic one, a pregnancy,
# a drug or a drug's class a treatment must avoid.
HEALTH_STEMS: Dict[str, str] = {
    "skin and scalp conditions": "psoria luszczyc eczem ekzem eczeem egzem dermatit neurodermit rosace rosazea alopec "
                                 "alopezi vitiligo seborrh seborr urticari urtikari",
    "chronic conditions": "asthm arthrit artrit lupus hypertens ipertens hipertens crohn chemo chimio quimio",
    "pregnancy": "pregnan prenatal pranatal schwanger enceinte grossesse embaraz gravid zwanger ciazy ciaza ciazow",
    "drugs and their classes": "isotretino roaccutan accutan retinoid antibiot anticoag antikoag blutverdunn insulin "
                               "cortison kortison corticoid kortykost steroid antidepres methotrex",
    # (closer 161, attack 75: children) a child's condition or need at school and a medication's or an inhaler's
    # word (`ADHD – …, medication at lunch`, `Medicatie: … – inhalator`, `…: dysleksja`)
    "children's conditions and medication": "adhd autis asperger dyslex dysleks dyslexi legasthen dyspra medicat "
                                            "medikament medicament medicijn inhalat inhaler epipen",
    # (closer 183, attack 86: HR) a disability and its grade as an employer's file records it (`Schwerbehinderung GdB
    # 50 – …`, `RQTH – …`); not `handicap`, a golfer's as often
    "disability": "disabilit schwerbehind behinderungsgrad gdb rqth discapacid minusval invalidit niepelnospraw "
                  "gehandicapt",
}
# (closer 151, seventy-first attack: sport) An injury's or a physiotherapy's words tied to a member, a player or a
# runner, by language, as stems (in the canonical form in lower case; none a common word's or a name's part: no `acl`,
# `torn`, `strain`).
INJURY_STEMS: Dict[str, str] = {
    "English": "injur sprain ligament menisc tendin physio",
    "German": "verletz zerrung bandriss kreuzband achillessehn prellung verstauch physiotherap",
    "French": "blessure entorse dechirure kinesither",
    "Spanish and Portuguese": "lesion lesao esguince fisioterap luxacion",
    "Italian": "infortun distorsion strappo",
    "Dutch": "blessure verstuik kruisband fysiotherap",
    "Scandinavian": "skade strekk forstuing korsband fysioterap",
    "Polish": "kontuzj skrecen fizjoterap",
}
# A diet's or an allergen's word, or a dish's or a product's, which no person's name holds (in lower case).
DIET_WORDS = frozenset(canonical(word)[0].lower() for word in (
    "gluten free sugar lactose dairy nut nuts peanut peanuts vegan vegetarian keto paleo low carb fat salt contains "
    "milk egg eggs soy wheat organic friendly safe menu menus option options diet plan meal meals bread pasta snack "
    "snacks food foods kitchen recipe recipes weight loss care support test kit monitor guide information info facts "
    "details allergen allergens nutrition "
    # (closer 183: a public service's page words beside a disability's, `Schwerbehindertenausweis – Antrag Online`)
    "online antrag formular application form forms portal cookbook cookbooks book books "
    "glutenfrei laktosefrei zuckerfrei ohne sans gluten sin glutine senza glutenvrij suikervrij bez").split())
# A care product's words (closer 138: `Shampoo for Psoriasis – Sensitive Scalp` is no name; in lower case), by
# language.
# ... and of them, the nouns a product's title ends with (its kind: `… eczema cream`, `… belly oil`).
CARE_PRODUCT_KINDS = frozenset(canonical(word)[0].lower() for word in (
    "cream creme shampoo conditioner lotion serum balm gel oil moisturiser moisturizer cleanser wash mask spray drops "
    "tablets ointment salbe pflege soin baume pomada crema olio zalf krem masc").split())
CARE_PRODUCT_WORDS = CARE_PRODUCT_KINDS | frozenset(canonical(word)[0].lower() for word in (
    "sensitive scalp skin hair face body relief repair formula therapy treatment massage "
    "haut kopfhaut peau cuir chevelu piel pelle cute huid").split())
# (closer 151) A sport's kit, a support's or a club's words, which no person's name holds (in lower case): `Knee
# Brace – Ligament Support`, `Sports Physiotherapy – Manchester City`.
SPORT_WORDS = frozenset(canonical(word)[0].lower() for word in (
    "knee ankle wrist elbow shoulder back neck foot brace braces support sleeve sleeves tape taping bandage strap "
    "wrap roller ball band bands pad pads guard guards splint insole insoles clinic centre center studio sports "
    "sport prevention recovery workshop course class pro city united athletic rovers wanderers fc club team "
    "kniebandage bandage schiene genouillere rodillera ginocchiera "
    # (closer 159, review 26: a class's kind and its booking, `Booking Yoga for Pregnant Women`)
    "yoga pilates zumba spin spinning hiit barre aerobics aquafit aqua swim swimming boxing fitness massage "
    "booking bookings buchung kursbuchung reserva reservation réservation prenotazione boeking bokning").split())
_STEMS = sorted({stem for table in (CONDITION_STEMS, HEALTH_STEMS, INJURY_STEMS) for line in table.values()
                 for stem in line.split()}, key=longest_first)
# A word holding a condition's stem (group: the whole word; its letters bounded).
_CONDITION = f"[A-Za-z]{{0,20}}(?:{by_first_letter(_STEMS)})[A-Za-z]{{0,20}}"
# ... and one opening with its stem, after a name (a compound's first part is looked for before a name alone: each
# name's match tries no run of letters before the stems)
_CONDITION_OPENING = f"(?:{by_first_letter(_STEMS)})"
_BEING = "is|ist|est|es|e|è|jest|heeft|has|hat|a|tiene|ha|ma|suffers from|leidet an|souffre de|soffre di"
_FOR = "for|für|fur|pour|para|per|voor|dla"
# (closer 161) ... and whose condition it is, by language (`Alergia de …:`, `Allergie von …`)
_OF = "of|de|del|di|della|von|van|do|da|des"
_FILLER = "(?:[a-z0-9]{1,12}[ \\t]{1,3}){0,3}"
# (group 1: a name before its condition; group 2: after it; group 3: after a card's glued word, before its colon)
_NEIGHBOURS = re.compile(
    f"{OPENS}(?!(?i:{_CONDITION_OPENING}))({FULL_NAME})"
    f"[ \\t]{{0,3}}(?:[:(,-][ \\t]{{0,3}}|(?:{_BEING})[ \\t]{{1,3}})?{_FILLER}"
    f"(?i:{_CONDITION_OPENING})"
    # (a grade's or a type's number between too: `GdB 50 – …`, closer 183)
    f"|{OPENS}(?i:{_CONDITION})(?:[ \\t]{{1,3}}(?:[a-z]{{1,15}}|[0-9]{{1,3}})){{0,2}}[ \\t]{{0,3}}"
    f"(?:-|:|(?i:{_FOR}|{_OF}))"
    f"[ \\t]{{1,3}}"
    f"(?:{_HONORIFIC})?({FULL_NAME})(?:{END}|(?=[ \\t]{{1,3}}\\())"  # (or a bracket: `… for … … (knee)`; closer 158)
    f"|{OPENS}(?i:{_CONDITION})[ \\t]{{1,3}}({FULL_NAME})[ \\t]{{0,3}}:")
# (closer 151, seventy-first attack: sport) A body's measurement's words by language (in the canonical form in lower
# case): each with its value is a member's health data (`body fat 24.6%`, `Ruhepuls 52`, `masse grasse 28 %`).
BODY_MEASURES: Dict[str, str] = {
    "English": "body fat|bodyfat|fat mass|muscle mass|lean mass|visceral fat|bmi|vo2max|vo2 max|resting hr"
               "|resting heart rate|resting pulse|hrv|heart rate variability|blood pressure|waist",
    "German": "korperfett|korperfettanteil|fettanteil|muskelmasse|viszeralfett|ruhepuls|ruheherzfrequenz|blutdruck"
              "|bauchumfang",
    "French": "masse grasse|masse musculaire|imc|frequence cardiaque au repos|tension arterielle|tour de taille",
    "Spanish and Portuguese": "grasa corporal|masa muscular|masa grasa|gordura corporal|massa gorda|massa magra"
                              "|frecuencia cardiaca en reposo|pressao arterial|presion arterial",
    "Italian": "massa grassa|grasso corporeo|massa muscolare|frequenza cardiaca a riposo|pressione arteriosa",
    "Dutch": "vetpercentage|lichaamsvet|spiermassa|rusthartslag|bloeddruk",
    "Scandinavian": "fettprosent|kroppsfett|muskelmasse|hvilepuls|vilopuls|blodtrykk|blodtryck",
    "Polish": "tkanka tluszczowa|masa miesniowa|tetno spoczynkowe|cisnienie krwi",
}
# ... and a body's weight's, read only with a body's unit and a body's figures (`weight 72.4 kg`; a product's weight
# is in grams or of one figure: `Dumbbell 5 kg`), and only before its member's name (a shop's `Weight 20 kg – Farbe
# Schwarz` after it is none).
WEIGHT_WORDS = "weight|body weight|gewicht|korpergewicht|poids|peso|vekt|vikt|waga"
# (closer 154) A measure's product's words by language (lower case, canonical): a chart's, a range's, a scale's, an
# accuracy's, a calculator's, a wearable's kind, and the makers of the scales and wearables that measure a body (their
# lines, `Forerunner`, `Venu`, follow their maker's name): beside a measure they make it a product's page (`BMI 25 –
# Healthy Range Chart`, `Resting HR 60 bpm – Garmin Forerunner`, `Smart Scale – Body Fat 0.1%`), no member's.
MEASURE_PRODUCT_WORDS = frozenset((
    "chart charts range ranges scale scales accuracy accurate precision calculator calculators table guide monitor "
    "monitors tracker trackers watch watches smartwatch band sensor device devices smart digital bluetooth wifi "
    "analyzer analyser meter reading readings calibration calibrated explained "
    "garmin fitbit polar withings suunto coros whoop oura omron tanita inbody renpho eufy xiaomi huawei amazfit "
    "wahoo samsung galaxy apple beurer "
    "waage korperfettwaage tabelle rechner genauigkeit bereich uhr pulsuhr messgerat "
    "balance tableau precision plage calculateur montre bascula tabla rango calculadora reloj "
    "bilancia tabella gamma precisione calcolatore orologio weegschaal tabel nauwkeurigheid horloge "
    "balanca tabela relogio vag vekt tabell klocka wagi tabela zegarek").split())
_MEASURE_PHRASES = sorted({phrase for line in BODY_MEASURES.values() for phrase in line.split("|")}, key=longest_first)
_VALUE = "[ \\t]{0,3}[:=]?[ \\t]{0,3}[0-9]{1,3}(?:[.,][0-9]{1,2})?(?![0-9])"
_UNIT = "(?:[ \\t]{0,2}(?:%|[a-z]{1,4}(?:/[a-z0-9]{1,4}){0,2})(?![^\\W\\d_]))?"
_MEASURE = (f"(?:(?<![^\\W\\d_])(?i:{by_first_letter(_MEASURE_PHRASES)}){_VALUE}{_UNIT}"
            f"|[0-9]{{1,2}}(?:[.,][0-9])?[ \\t]{{0,2}}%[ \\t]{{1,3}}(?i:{by_first_letter(_MEASURE_PHRASES)}))")
_WEIGHT = (f"(?<![^\\W\\d_])(?i:{WEIGHT_WORDS})[ \\t]{{0,3}}[:=]?[ \\t]{{0,3}}[0-9]{{2,3}}(?:[.,][0-9]{{1,2}})?"
           f"[ \\t]{{0,2}}(?:kg|lbs|lb|st)(?![^\\W\\d_])")
# A name's end here: a mark, a bracket or a word in lower case after it (a note's `(Messung …)`, `week 12`).
_NAME_END = "(?=[ \\t]{0,3}(?:$|[-,.;:!?()|/\\n\"])|[ \\t]{1,3}[a-z(])"
# (group 1: a name before a measurement; group 2: after one or a few, maybe past a dash, a colon and up to three words
# in lower case, `– test result for`; groups 3 and 4: a surname, a comma and a given name after them)
_MEASURED = re.compile(
    f"{OPENS}({FULL_NAME})[ \\t]{{0,3}}(?:[:(,-][ \\t]{{0,3}})?{_FILLER}(?:{_MEASURE}|{_WEIGHT})"
    f"|{_MEASURE}(?:[ \\t]{{0,3}}[,;/][ \\t]{{0,3}}{_MEASURE}){{0,3}}[ \\t]{{0,3}}(?:[:(-][ \\t]{{0,3}})?"
    f"(?:[a-z]{{1,12}}[ \\t]{{1,3}}){{0,3}}(?:({FULL_NAME})|({WORD}),[ \\t]{{1,3}}({WORD})){_NAME_END}")
# (closer 145, sixty-eighth attack) A genetic result's, a DNA match's or a death's cause's words, by language (in the
# canonical form in lower case): a haplogroup, a gene's variant, a carrier's status, an ethnicity estimate, a health
# report, the centimorgans a match shares, a cousin's degree. A full name after one of the text's marks or a
# preposition making a result out to a person (_GENETIC_NAMED), or opening the text before a comma, in a text holding
# one of these words, is the person the result is of: a special category tied to a name.
GENETIC_STEMS: Dict[str, str] = {
    "genetics": "dna|adn|haplogr|apoe|brca|mthfr|faktor-v|factor-v|genotyp|genetic|genetik|genetiq|genetyc"
                "|centimorgan|carrier status|carrier of|porteur|porteuse|portador de|portatore|tragerstatus"
                "|anlagetrager|dragerschap|nosiciel|ethnicit|ethnizit"
                "|herkunftsanalyse|etnicidad|etnia|etnicit|mucovisc|fibros",
    "health reports": "health report|gesundheitsbericht|rapport sante|informe de salud|relatorio de saude"
                      "|rapporto salute|gezondheidsrapport|raport zdrowia",
    "a death's cause": "cause of death|todesursache|cause du deces|causa de muerte|causa da morte|causa di morte"
                       "|doodsoorzaak|przyczyna zgonu",
}
_GENETIC_PHRASES = table_phrases(GENETIC_STEMS)
# (and the centimorgans a DNA match shares, `87 cM`: a length's `cm` is in lower case)
_GENETIC = re.compile(f"(?i:{by_first_letter(_GENETIC_PHRASES)})|[0-9][ \\t]?cM(?![^\\W\\d_])")
# A match's kin's words by language, in the detector's cue only (the text must hold a match's centimorgans).
_MATCH_KIN = "cousin cousine cugino cugina kuzyn".split()
# What a genetic test's product names besides a person (a kit, a report's sample, a lab, a brand's words).
GENETIC_PRODUCT_WORDS = frozenset((
    "test tests kit kits report reports sample samples screening panel panels genetics genomics health ancestry "
    "heritage lab labs laboratory traits wellness premium plus complete edition bundle gift upgrade viking "
    "family tree history origins podcast crime book novel album film movie season episode series documentary poster "
    "shirt society association club foundation institute "
    # (review 24: a sale's words after a kit's dash, `Ancestry DNA Kit – Holiday Sale`)
    "sale sales deal deals offer offers discount friday monday cyber christmas holiday holidays").split())
# (closer 148) A genetic test's result's words by language (canonical): what follows a person's test after a dash.
GENETIC_RESULTS = {
    "English": "positive negative carrier detected heterozygous homozygous variant mutation",
    "German": "positiv negativ trager tragerin heterozygot homozygot nachgewiesen mutation",
    "French": "positif positive negatif negative porteur porteuse heterozygote homozygote",
    "Spanish": "positivo positiva negativo negativa portador portadora heterocigoto homocigoto",
    "Italian": "positivo positiva negativo negativa portatore portatrice eterozigote omozigote",
    "Dutch": "positief negatief drager heterozygoot homozygoot", "Polish": "pozytywny negatywny nosiciel nosicielka",
}
_GENETIC_RESULTS = "|".join(sorted({word for line in GENETIC_RESULTS.values() for word in line.split()},
                                   key=longest_first))
_GENETIC_NAMED = re.compile(
    f"(?:(?<=[:|-])|(?<![^\\W\\d_])(?i:{_FOR}|of|de|di|von|da|van|do|du))[ \\t]{{1,3}}(?:{_HONORIFIC})?"
    f"({FULL_NAME}){END}|^[ \\t]{{0,3}}({FULL_NAME})[ \\t]{{0,3}},"
    # (closer 148) or opening the text before a dash and a result's word (`… – BRCA1 positive`; not a book's `… – DNA
    # of a Novel`), or before a match's centimorgans (`DNA match … 912 cM`)
    f"|^[ \\t]{{0,3}}({FULL_NAME})[ \\t]{{1,3}}-[ \\t][^\\n]{{0,40}}?(?<![^\\W\\d_])(?i:{_GENETIC_RESULTS})"
    "(?![^\\W\\d_])"
    f"|({FULL_NAME})[ \\t]{{0,3}},?[ \\t]{{1,3}}[0-9][0-9,.]{{0,8}}[ \\t]?cM(?![^\\W\\d_])")
# (closer 164, attack 75) A health label in Japanese (an allergy, a chronic illness, a history, a medication), its
# colon and a name in katakana, two runs of two to ten with a blank between as a foreign name is typed, before a
# bracket saying what (`アレルギー：… …（卵・乳）`). Not a middle dot between: Japanese lists allergens so
# (`ミルク・タマゴ`), and allergens in katakana are no name's part (KATAKANA_ALLERGENS:
# `ピーナッツ アーモンド（微量）`).
JAPANESE_HEALTH_LABELS = frozenset(canonical(word)[0] for word in (
    "アレルギー 食物アレルギー アレルギー情報 持病 既往歴 病歴 常用薬 服用薬 疾患 持病・アレルギー").split())
KATAKANA_ALLERGENS = frozenset(canonical(word)[0] for word in (
    "ピーナッツ ナッツ アーモンド クルミ カシューナッツ マカダミアナッツ ゴマ エビ カニ ソバ キウイ キウイフルーツ "
    "バナナ モモ リンゴ オレンジ ミルク タマゴ ゼラチン イカ イクラ サケ サバ アワビ ダイズ コムギ グルテン "
    "ラクトース カゼイン ペニシリン ハウスダスト ダニ スギ ヒノキ ネコ イヌ ハチ ラテックス ナシ トクニナシ").split())
_KANA = "[\\u30a1-\\u30fa\\u30fc]"
_JAPANESE_HEALTH_LABEL = "|".join(re.escape(label) for label in sorted(JAPANESE_HEALTH_LABELS, key=longest_first))
# (closer 172, review 29) ... or before a blank and what in kanji or hiragana (`… … 卵`); or a name in kanji, a family
# name of two or three and a given name of one to three apart by a blank, before the bracket (`山田 太郎（卵）`),
# neither run a health word in kanji (KANJI_HEALTH_WORDS: `小麦 大豆（微量）`, `喘息 高血圧（治療中）`) nor ending in a
# kind's kanji (_KANJI_KINDS: `甲殻類`, `花粉症`, `降圧剤`).
_KANJI = "[\\u3005\\u4e00-\\u9fff]"
_KANJI_OR_HIRAGANA = "[\\u3005\\u3041-\\u3096\\u4e00-\\u9fff]"
_KANA_NAMED = re.compile(f"(?:{_JAPANESE_HEALTH_LABEL})[ \\t]{{0,3}}:[ \\t]{{0,3}}"
                         f"(?:({_KANA}{{2,10}})[ \\t]({_KANA}{{2,10}})"
                         f"(?:[ \\t]{{0,3}}\\(|[ \\t]{{1,3}}{_KANJI_OR_HIRAGANA})"
                         f"|({_KANJI}{{2,3}})[ \\t]({_KANJI}{{1,3}})[ \\t]{{0,3}}\\()")
KANJI_HEALTH_WORDS = frozenset(canonical(word)[0] for word in (
    "卵 鶏卵 乳 牛乳 乳製品 小麦 大豆 胡麻 落花生 蕎麦 魚 魚卵 魚介 貝 海老 蟹 果物 花粉 胡桃 杏仁 鯖 鮭 烏賊 "
    "喘息 貧血 糖尿 高血圧 低血圧 心臓 腎臓 肝臓 癲癇 鼻炎 湿疹 微量 少量 加工 原材料").split())
_KANJI_KINDS = frozenset("類症病炎薬剤品物粉油圧菌疹質")
# The stems `reason` needs, searched first by the detector in the lower-cased form (CUE_SOURCE, compiled there).
CUE_SOURCE = (f"(?:{by_first_letter(_STEMS)}|{by_first_letter(_GENETIC_PHRASES + _MATCH_KIN)}"
              f"|{by_first_letter(_MEASURE_PHRASES)}|{WEIGHT_WORDS}|{_JAPANESE_HEALTH_LABEL})")


def _a_name(name: str) -> bool:
    return (a_person(name) and not a_thing(name) and not a_product(name) and not _a_place(name)
            and not _place_or_business(name) and DIET_WORDS.isdisjoint(word.lower() for word in name.split())
            and CARE_PRODUCT_WORDS.isdisjoint(word.lower() for word in name.split())
            and SPORT_WORDS.isdisjoint(word.lower() for word in name.split())
            and not a_brands_name(name)  # (closer 165: a product's words, `ADHD planner – Spiral Notebook`)
            and not a_packs_allergen_words(name)  # (closer 171: `Allergie: Enthält Weizen`)
            and re.search(_CONDITION, name, re.IGNORECASE) is None)


# The rest of a condition's word and up to two words after it ending the text or a line, the last a care product's
# kind (closer 138): a product's title, its brand before (`La Roche Posay – eczema cream`, `… – pregnancy belly oil`);
# a client's note says more after (`… – eczema cream twice daily`, `… – psoriasis on scalp` are still read).
_PRODUCTS_PURPOSE = re.compile("[^\\W\\d_]{0,20}(?:[ \\t]{1,3}[^\\W\\d_]{2,20})?[ \\t]{1,3}([^\\W\\d_]{2,20})"
                               "[ \\t.]{0,3}(?=$|[\\r\\n\"])")


def _a_products_purpose(form: str, end: int) -> bool:
    """Whether the condition's word ending at `end` of `form` is a product's purpose (above)."""
    purpose = _PRODUCTS_PURPOSE.match(form, end)
    return purpose is not None and purpose.group(1).lower() in CARE_PRODUCT_KINDS


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a full name beside a condition's word (above), or ""."""
    for match in _NEIGHBOURS.finditer(form):
        name = match.group(1) or match.group(2) or match.group(3)
        if _a_name(name) and not (match.group(1) and _a_products_purpose(form, match.end())):
            return PERSON_NAME
    for match in _MEASURED.finditer(form):
        name = match.group(1) or match.group(2) or f"{match.group(4)} {match.group(3)}"
        if _a_name(name) and MEASURE_PRODUCT_WORDS.isdisjoint(word.strip(".,;:()").lower() for word in name.split()):
            return PERSON_NAME
    if any(KATAKANA_ALLERGENS.isdisjoint(match.group(1, 2)) if match.group(1) else not any(
            run in KANJI_HEALTH_WORDS or run[-1] in _KANJI_KINDS for run in match.group(3, 4))
           for match in _KANA_NAMED.finditer(form)):
        return PERSON_NAME
    return PERSON_NAME if _GENETIC.search(form) is not None and any(
        _a_genetic_name(next(name for name in match.groups() if name)) for match in _GENETIC_NAMED.finditer(form)
    ) else ""


def _a_genetic_name(name: str) -> bool:
    """Whether `name` beside a genetic result's word is a person's: a name (_a_name), no genetic test's product's word
    nor a genetic word in it."""
    return _a_name(name) and GENETIC_PRODUCT_WORDS.isdisjoint(word.lower() for word in name.split()) and (
        _GENETIC.search(name) is None)
