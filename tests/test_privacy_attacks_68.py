"""A sixty-eighth outside attack (tests/privacy_attack_cases_68.py, written blind from the README's promises, without
reading the gate's code, its reference nor the earlier attacks' cases): funerals, memorials, genealogy and DNA tests
(issue 16). About 300 ordinary cases (coffins, urns, wreaths, ribbon templates, granites and fonts, record
collections, DNA kits and haplogroups, plans, slots, promo codes, SKUs), which must go out whole; and about 150
personal cases putting a deceased's or a relative's own data in the same leaves (names with their dates, next of
kin's phones and addresses, ribbon and engraving texts, obituary slugs, signed condolences, family tree person pages,
DNA matches and health reports tied to a name, kit codes, death certificates, pre-need policies, crowdfunding pages),
each with a made-up marker (`Quelvenast`, `Wimmelstrath`, `472958`); run natively.

Every case that leaks today is a strict expected failure whose reason names its family; what the README says it does
not claim is listed apart (NOT_CLAIMED, keyed by its sentence, which a test finds there); ordinary values that the
gate drops or cuts today are strict expected failures too.
"""

from __future__ import annotations

from typing import Dict, List

from attack_tests import attack_tests
from privacy_attack_cases_68 import Case, cases, ordinary_cases

CASES: List[Case] = cases()
ORDINARY = list(ordinary_cases())


# What leaks today, by family: a case's name, or the stem all its places share.
LEAKS: Dict[str, List[str]] = {
    # the deceased after a death's phrase, sign or honorific by language (`the late …`, `故 … 儀`, `Q.E.P.D. …`,
    # `zmarł ś.p. …`, `È mancato … dei suoi cari …`, `Missa de sétimo dia de …`, `RIP: …`, `Esquela de D. …`,
    # `… * <date> † <date>`, `… (née …), reposing`, `the funeral of …`)
    "the deceased after a death's phrase": [
        "funeral the late @ custom property", "funeral Japanese 故 儀 @ product category",
        "funeral Filipino wake @ contents title", "funeral Mexican QEPD @ json property",
        "funeral Irish reposing @ url path", "obituary German Traueranzeige @ referrer query",
        "obituary Spanish esquela @ page category", "obituary Italian necrologio @ page property",
        "obituary Polish nekrolog @ custom event name", "obituary Brazilian missa @ standard content name",
        "obituary Irish RIP notice @ url fragment under dropped query",
        "ribbon delivery to a named funeral @ json property"],
    # a condolence or a sympathy card signed by its closing formula (`With deepest sympathy, …`, `Con cariño, …`,
    # `in stiller Trauer Ihre …`, `from Caius and Mirela …`)
    "a condolence signed by its closing": [
        "obituary condolence signed in English @ standard search string",
        "obituary condolence signed in Spanish @ standard order id",
        "obituary condolence signed in German @ standard contents title", "ribbon sympathy card signed @ url path"],
    # a relative named in an obituary's running text after their relation's word (`survived by his wife, …,`,
    # `Beloved husband of …`, `Sus hijos … participan`, `mula sa pamilya …`)
    "a relative named in an obituary's text": [
        "obituary survived by @ url path under dropped query",
        "obituary beloved husband of @ referrer path under dropped query", "obituary Mexican participan @ event id",
        "obituary Filipino pasasalamat @ product id"],
    # a wreath ribbon's text after its label by language, calling a full name or dedicated to one (`Schleifentext:
    # Ruhe sanft, lieber Opa …`, `Nastro: Ciao nonno …`, `Szarfa: …`, `Fita: Saudades eternas de …`), a ribbon's name
    # in a wreath's product name
    "a wreath ribbon's text": [
        "ribbon German Schleifentext @ content name", "ribbon French ruban @ status",
        "ribbon Spanish cinta @ search string", "ribbon Italian nastro @ product name",
        "ribbon Polish szarfa @ product brand", "ribbon Swedish band @ product category",
        "ribbon Brazilian fita @ product variant", "ribbon product name with the ribbon's name @ url query value",
        "ribbon Mexican corona @ url fragment"],
    # a headstone's, an urn plate's or an epitaph's text after its label by language: a full name and life's dates
    # (`Headstone inscription: … 1938 – 2026`, `Grabinschrift: … * 1938 † 2026`, `Lápida: …`, `俗名 …`)
    "an engraving's text": [
        "engraving headstone in capitals @ url fragment", "engraving engraving with dates @ page search field",
        "engraving German Grabinschrift @ utm content", "engraving urn plate @ referrer path",
        "engraving Spanish lápida @ referrer query", "engraving French épitaphe with née @ page name",
        "engraving Italian targa @ page category", "engraving Polish tablica @ page property",
        "engraving Japanese 俗名 @ custom event name", "engraving Swedish gravsten @ standard content name",
        "engraving Brazilian lápide @ standard search string"],
    # a funeral's fund for a named person (`Funeral costs for …`, `família de … com o funeral`, `obsèques de …`,
    # `Beerdigung von …`, `na pogrzeb …`, `funeral de …`)
    "a funeral's fund for a named person": [
        "crowdfund English funeral costs @ standard contents title",
        "crowdfund Brazilian vakinha @ listed custom property", "crowdfund French cagnotte @ listed page property",
        "crowdfund German Spendenaufruf @ url fragment under dropped query",
        "crowdfund Polish zrzutka @ url path under dropped query",
        "crowdfund Spanish colecta @ referrer path under dropped query"],
    # a death certificate's, a death registration's or a coroner's number after its label by language (`Death
    # certificate no. DYD …`, `Sterbeurkunde Nr.`, `Acte de décès n°`, `Akt zgonu nr`, `死亡届 受理番号`, `State File
    # No.`, `Certidão de óbito matrícula`)
    "a death certificate's number": [
        "certificate UK death certificate @ contents id", "certificate German Sterbeurkunde @ url raw path",
        "certificate French acte de décès @ custom property", "certificate Mexican acta @ page title",
        "certificate Italian certificato @ event name", "certificate Polish akt zgonu @ order id",
        "certificate Swedish dödsbevis @ content ids", "certificate Japanese 死亡届 @ content category",
        "certificate coroner inquest @ status", "certificate US state file @ search string",
        "certificate Brazilian certidão @ product name"],
    # a pre-need contract's number and whom it is for (`Vorsorgevertrag Nr. … für …`)
    "a pre-need contract and its holder": ["funeral German Vorsorgevertrag @ page search field"],
    # keys naming the deceased, the next of kin, a DNA match, a death's informant or a grave's holder by meaning
    # (`avliden_namn`, `故人名`, `nok_name`, `dna_match`, `informant`, `grave_holder`)
    "keys of the deceased and their kin": [
        "keys avliden_namn @ listed custom property", "keys 故人名 @ custom property", "keys nok_name @ page property",
        "keys dna_match @ custom property", "keys informant @ listed custom property",
        "keys grave_holder @ page property"],
}

# What leaks today and the README says it does not claim, by the sentence that says so.
NOT_CLAIMED: Dict[str, List[str]] = {
    # a family name alone in a search with a birth year (`… born 1938 Leeds`), a name opening a grave's plot line
    # (`…, Lawnswood Cemetery, plot K …`), a crowdfunding page's slug naming the person (`/f/help-bury-<slug>`)
    "names with no label or salutation": [
        "tree search by name and birth @ product category", "tree grave plot @ page search field",
        "crowdfund gofundme slug @", "crowdfund vakinha slug @", "crowdfund leetchi slug @ page url"],
}

# Ordinary values the gate drops or cuts today, by family: a test's id.
DROPPED: Dict[str, List[str]] = {
    # a public figure after a memorial phrase: a title's `In Memory of …` is read as the deceased's (the README's
    # rule asks for life's dates after the title's case only), and a princess is not told from a grandmother
    "a public figure after a memorial phrase": [
        f"names no person holds: In Memory of Princess Diana @ {where}"
        for where in ("custom property", "page title", "product name")],
    # a genealogy site's page on a surname's meaning read as a surname's label and its value (`Surname meaning:
    # Smith`): the label's head is the meaning, a field about the name, not the name of anyone
    "a surname's meaning read as a surname": [
        f"names no person holds: Surname meaning: Smith @ {where}"
        for where in ("custom property", "page title", "product name")],
}


globals().update(attack_tests(globals(), "sixty-eighth", cases=(140, 160), family_count=(0, 12), ordinary=(290, 320)))
