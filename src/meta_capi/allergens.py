"""An allergen's words after an allergy's label (closer 163): a school's or a menu's `Allergy: Peanuts`, `Allergie:
Gluten`, `Allergie: Erdnüsse, Milch` list what a dish holds, capitalized as a title or a German noun writes them, not
a person's name. The vocabulary is the fourteen EU allergens and their common words by language (English, German,
French, Spanish, Italian, Dutch, Polish, Swedish), in the canonical form in lower case."""

from __future__ import annotations

import re
from typing import Dict, FrozenSet, List

from .canonical import canonical

# An allergy's or an intolerance's label word, by language (the label's words are read: `Known allergies`).
_ALLERGY_LABELS: Dict[str, str] = {
    "English": "allergy allergies allergen allergens intolerance intolerances",
    "German": "allergie allergien allergene allergen unverträglichkeit unverträglichkeiten intoleranz",
    "French": "allergie allergies allergène allergènes intolérance intolérances",
    "Spanish": "alergia alergias alérgeno alérgenos intolerancia intolerancias",
    "Italian": "allergia allergie allergene allergeni intolleranza intolleranze",
    "Dutch": "allergie allergieën allergeen allergenen intolerantie",
    "Polish": "alergia alergie alergen alergeny nietolerancja",
    "Swedish": "allergi allergier allergen intolerans",
}
# The fourteen EU allergens (cereals with gluten, crustaceans, eggs, fish, peanuts, soy, milk, tree nuts, celery,
# mustard, sesame, sulphites, lupin, molluscs) and their common words, by language; with the small words of two
# letters or more joining them (`Milk And Eggs`; a word in lower case is not read).
_ALLERGEN_WORDS: Dict[str, str] = {
    "English": "peanut peanuts nut nuts tree almond almonds hazelnut hazelnuts walnut walnuts cashew cashews pecan "
               "pecans pistachio pistachios gluten cereals wheat barley rye oats milk dairy lactose egg eggs soy soya "
               "soybeans fish shellfish crustaceans prawns shrimp sesame celery mustard lupin lupine sulphites "
               "sulfites sulphur sulfur dioxide molluscs mollusks and or",
    "German": "erdnuss erdnüsse nuss nüsse schalenfrüchte mandeln haselnüsse walnüsse gluten getreide weizen gerste "
              "roggen hafer milch laktose ei eier soja fisch krebstiere schalentiere sesam sellerie senf lupine "
              "lupinen sulfite schwefeldioxid weichtiere und oder",
    "French": "arachide arachides cacahuète cacahuètes noix noisettes amandes fruits coque gluten blé orge seigle "
              "avoine lait lactose œuf œufs oeuf oeufs soja poisson poissons crustacés sésame céleri moutarde lupin "
              "sulfites mollusques et ou noisette amande pistache pistaches cajou",
    "Spanish": "cacahuete cacahuetes maní cacahuate frutos secos nueces almendras avellanas gluten trigo cebada "
               "centeno avena leche lactosa huevo huevos soja pescado mariscos crustáceos sésamo apio mostaza "
               "altramuces sulfitos moluscos",
    "Italian": "arachidi noci nocciole mandorle frutta guscio glutine frumento orzo segale avena latte lattosio uovo "
               "uova soia pesce crostacei sesamo sedano senape lupini solfiti molluschi",
    "Dutch": "pinda pindas noten amandelen hazelnoten walnoten gluten tarwe gerst rogge haver melk lactose ei eieren "
             "soja vis schaaldieren sesam selderij mosterd lupine sulfiet sulfieten weekdieren en of",
    "Polish": "orzeszki ziemne orzechy migdały gluten pszenica jęczmień żyto owies mleko laktoza jaja jajka soja ryby "
              "skorupiaki sezam seler gorczyca musztarda łubin siarczyny mięczaki lub",
    "Swedish": "jordnötter nötter mandel mandlar hasselnötter gluten vete korn råg havre mjölk laktos ägg soja fisk "
               "skaldjur kräftdjur sesam selleri senap lupin sulfiter blötdjur och eller",
}


# The words a menu's or a pack's allergy line writes beside its allergens (closer 171: `Allergy info: Contains Wheat,
# Barley`, `Allergy: Peanuts – Kids Menu`), by language: a pack's `contains`, `may contain`, `traces`, `free from`, a
# menu's, a dish's or a children's menu's word. None is a given or a family name.
_BESIDE_ALLERGEN_WORDS: Dict[str, str] = {
    "English": "contains contain may traces trace free from menu menus kids children childrens dish dishes recipe "
               "recipes see note",
    "German": "enthält enthalten kann spuren frei ohne menü speisekarte kinder kindermenü kinderkarte gericht "
              "gerichte rezept siehe hinweis",
    "French": "contient peut traces sans menu carte enfant enfants plat plats recette voir",
    "Spanish": "contiene puede trazas sin menú carta niños infantil plato platos receta ver",
    "Italian": "contiene può tracce senza menù menu carta bambini piatto piatti ricetta vedi",
    "Dutch": "bevat kan sporen zonder menu menukaart kinderen kindermenu gerecht gerechten recept zie",
    "Polish": "zawiera może śladowe ilości bez menu dla dzieci danie dania przepis",
    "Swedish": "innehåller kan spår utan meny barn barnmeny rätt rätter recept",
}

# (closer 178) The kinds and the preparations an allergen comes as in a bracket after it (`Fish (Cod, Haddock)`,
# `Wheat (Spelt Flour)`, `Peanuts (Roasted Salted)`, `Milk (Whey Powder)`), by language: a fish's, a shellfish's, a
# grain's or a dairy food's kinds, and a food's forms and preparations. Not a word that is a family or a given name as
# often (`Salmon`, `Pike`, `Butter`, `White`, `Blanc`, `Clara`, `Mark`, `Ganz`, `Bloem`).
_ALLERGEN_FOODS: Dict[str, str] = {
    "English": "cod haddock pollock hake plaice tuna mackerel sardines anchovies anchovy trout crab lobster mussels "
               "oysters clams squid scallops spelt durum semolina kamut couscous bulgur whey casein caseinate cheese "
               "yoghurt yogurt cream buttermilk ghee macadamia macadamias flour powder oil paste extract "
               "lecithin protein roasted salted unsalted raw cooked baked toasted ground chopped dried smoked yolk",
    "German": "kabeljau schellfisch seelachs thunfisch forelle makrele garnelen krabben muscheln tintenfisch dinkel "
              "hartweizen grieß emmer molke kasein käse joghurt sahne quark vollmilch mehl pulver öl paste "
              "extrakt lecithin eiweiß eigelb geröstet geröstete gesalzen gesalzene gekocht gemahlen gehackt "
              "getrocknet",
    "French": "cabillaud églefin merlu thon truite crevettes crabe homard moules huîtres calamar épeautre semoule "
              "lactosérum caséine fromage yaourt crème beurre farine poudre huile pâte extrait lécithine protéines "
              "grillé grillées salé salées cuit moulu jaune",
    "Spanish": "bacalao merluza atún trucha gambas langostinos cangrejo mejillones calamares espelta sémola "
               "suero caseína queso yogur nata mantequilla harina polvo aceite extracto lecitina proteína tostado "
               "tostados salado salados crudo cocido molido yema",
    "Italian": "merluzzo nasello tonno salmone trota gamberi granchio cozze vongole calamari farro semola siero "
               "caseina formaggio panna burro farina polvere olio estratto lecitina proteine tostate tostati salate "
               "crudo cotto macinato tuorlo",
    "Dutch": "kabeljauw schelvis tonijn zalm forel garnalen krab mosselen griesmeel wei caseïne kaas yoghurt room "
             "boter meel poeder olie extract lecithine eiwit geroosterd gezouten rauw gekookt gemalen eigeel",
    "Polish": "dorsz łosoś tuńczyk krewetki orkisz serwatka ser masło mąka olej prażone solone",
    "Swedish": "torsk lax tonfisk räkor dinkel vassle ost smör mjöl olja rostade saltade",
    # (closer 187, review 32) the animal a milk comes from, a fish's, a fruit's, a cheese's and a nut's kinds
    # (`Milk (Goat, Sheep)`, `Fish (Bass, Bream)`, `Fruit (Kiwi, Mango)`, `Cheese (Brie, Stilton)`, `Nuts (Pine,
    # Brazil)`), by language; not one that is a given or a family name as often (`Brie`, `Cherry`, `Plum`, `Bass`)
    "English kinds": "goat goats sheep cow cows buffalo ewe bream seabass seabream halibut turbot monkfish herring "
                     "sprats sardine kiwi kiwis mango mangoes banana bananas peach peaches apple apples strawberry "
                     "strawberries pineapple papaya melon avocado apricot lychee stilton cheddar camembert gouda "
                     "feta parmesan mozzarella halloumi ricotta mascarpone roquefort emmental gruyere edam pine "
                     "brazil",
    "German kinds": "ziege ziegen schaf schafe kuh büffel dorade barsch hering scholle banane pfirsich apfel erdbeere "
                    "ananas aprikose",
    "French kinds": "chèvre brebis vache bufflonne bar daurade dorade hareng mangue banane pêche pomme fraise ananas "
                    "abricot pignons",
    "Spanish kinds": "cabra oveja vaca búfala lubina dorada besugo arenque mango plátano melocotón manzana fresa piña "
                     "albaricoque piñones",
    "Italian kinds": "capra pecora mucca bufala branzino spigola orata aringa banana pesca mela fragola ananas "
                     "albicocca pinoli",
    "Dutch kinds": "geit schaap koe buffel zeebaars dorade haring banaan perzik appel aardbei ananas abrikoos",
}


def _words(table: Dict[str, str]) -> FrozenSet[str]:
    return frozenset(canonical(word)[0].lower() for line in table.values() for word in line.split())


ALLERGY_LABELS = _words(_ALLERGY_LABELS)
ALLERGENS = _words(_ALLERGEN_WORDS)
_BESIDE_ALLERGENS = _words(_BESIDE_ALLERGEN_WORDS)
_ALLERGENS_FOODS = _words(_ALLERGEN_FOODS)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def allergens_after(label: str, form: str, start: int) -> bool:
    """Whether `label` is an allergy's (_ALLERGY_LABELS) and the capitalized words of the line of canonical `form`
    from `start` on are allergens' (_ALLERGEN_WORDS), one at least, or a pack's or a menu's words beside them
    (_BESIDE_ALLERGEN_WORDS): `Allergy: Peanuts`, `Allergy info: Contains Wheat`, not `Allergy: <a name>`."""
    capitalized = _capitalized_words(label, form, start)
    return any(word in ALLERGENS for word in capitalized) and all(
        word in ALLERGENS or word in _BESIDE_ALLERGENS for word in capitalized)


def named_beside_allergens(label: str, form: str, start: int) -> bool:
    """Whether, after an allergy's label (_ALLERGY_LABELS), the bracket opening at `start` of canonical `form` holds two
    capitalized words in a row that are neither allergens nor words beside them (closer 171: `Allergie: Erdnüsse (<a
    full name>)`): a person's name beside the allergens, not what a dish holds (`(Weizen)`) nor an allergen's kinds or
    preparation (_ALLERGEN_FOODS: `(Cod, Haddock)`, `(Spelt Flour)`; closer 178)."""
    end = form.find(")", start, start + 80)
    if end < 0 or not form.startswith("(", start):
        return False
    plain = [word not in ALLERGENS and word not in _BESIDE_ALLERGENS and word not in _ALLERGENS_FOODS
             for word in _capitalized_words(label, form[start + 1:end], 0)]
    return any(first and second for first, second in zip(plain, plain[1:], strict=False))


def _capitalized_words(label: str, form: str, start: int) -> List[str]:
    """The capitalized words, in lower case, of the line of canonical `form` from `start` on, after an allergy's
    `label` (none after another label)."""
    if not any(word in ALLERGY_LABELS for word in label.lower().split()):
        return []
    end = form.find("\n", start)
    line = form[start:len(form) if end < 0 else end]
    return [word.lower() for word in _WORD.findall(line) if word[0].isupper()]


def a_packs_allergen_words(name: str) -> bool:
    """Whether the capitalized words of `name` are a pack's or a menu's words beside allergens (_BESIDE_ALLERGEN_WORDS)
    and allergens (_ALLERGEN_WORDS), one of each at least (closer 171: `Enthält Weizen`, `Contient Lait`), no name."""
    words = [canonical(word)[0].lower() for word in _WORD.findall(name)]
    return any(word in _BESIDE_ALLERGENS for word in words) and any(word in ALLERGENS for word in words) and all(
        word in ALLERGENS or word in _BESIDE_ALLERGENS for word in words)
