"""Closer 215: review 39's regressions of session 49's closer 211, fixed by rule, with look-alikes both ways.

- Two katakana words joined by the middle dot after a profile's label are no name when either is one of Japanese's
  common loanwords of a job, a trade, a hobby or a club (cued_names._KATAKANA_NOUNS: `ソフトウェア・エンジニア`,
  `サッカー・ファン`, `ロック・バンド`); a foreign name's two parts are still refused.
- An upload's document file is named after no family name when its one word is a site's own image's (a state, a
  size or a screen, a design's or a help's word, a language's name: cued_names._FILE_WORDS) or a code of two or
  three capitals (`…_UK_2024.png`).
- Two capitalized words glued after a name's label, or a gift subscription's member, are a thing's, a brand's or an
  audience's when they open on no known given name and either the first is a common word of a language or one an
  everyday thing's noun (given_names.a_things_words over common_words.EVERYDAY_NOUNS: `KaffeeHaus`, `MarioKart`,
  `für Tee Trinker`, `for Christmas Eve`), or the two a place (`BuenosAires`).

The price (asserted below): a foreign name in katakana one of whose parts is such a loanword (`テッサリー・デザイナー`),
a family name alone that is an image's word (`upload_passport_Draft_739164.png`) or two capitals (`…_LI_739164.png`),
and a family name that is an everyday thing's noun after a given name off given_names' list (`Name: VelmoraHaus`,
`Gift subscription for Velmora Haus`) go out.
"""

from __future__ import annotations

from meta_capi import common_words
from meta_capi.bip39_words import a_common_word
from review_cases import review_tests

ORDINARY = [
    # (katakana loanwords of a job, a trade, a hobby or a club after a profile's label, beyond the review's)
    'プロフィール：グラフィック・デザイナー', 'プロフィール：ネイル・アーティスト', 'プロフィール：ピアノ・レッスン',
    'プロフィール：ジャズ・ダンサー', 'プロフィール：ウェブ・ディレクター', 'プロフィール：ヘア・スタイリスト',
    'プロフィール：フットサル・チーム（31歳）', 'プロフィール：ゲーム・サークル', 'プロフィール：データ・アナリスト',
    'プロフィール：ホテル・スタッフ', 'プロフィール：キャンプ・マニア', 'Pairsプロフィール：カフェ・バリスタ',
    # (a site's own image's word or a code in an upload's document file)
    'upload_passport_Wireframe_2024.png', 'kyc_id_card_Sample_0001.png', 'upload_passport_Light_2024.png',
    'upload_passport_Deutsch_2024.pdf', 'upload_passport_US_2024.png', 'verification_passport_Invalid_123456.png',
    'upload_selfie_Overview_2024.pdf', 'kyc_passport_Vorschau_2024.png', 'upload_passport_Approved_0001.jpg',
    'upload_passport_Tablet_2048.png', 'verifica_passaporto_Italiano_2024.pdf', 'upload_passport_FAQ_2024.pdf',
    # (shops, brands and places glued after a name's label)
    'Name: SonnenHof', 'Name: BierGarten', 'Nombre: BuenaOnda', 'Name: LosAngeles', 'Nom: ChatNoir',
    'Name: PizzaHaus', 'Name: BäckerStube', 'Nom: PetitCafe', 'Name: TeeStube', 'Name: HundeWelt',
    'Name: BlueStar', 'Name: SonnenBlume',
    # (audiences and occasions after a gift subscription's `for`)
    'Geschenkabo für Bier Fans', 'Geschenkabo für Katzen Freunde', 'Gift subscription for Easter Monday',
    'Gift subscription for Tea Nerds', 'Cadeauabonnement voor Koffie Drinkers', 'Geschenkabo für Neue Kunden',
    'Gift membership for Beer Lovers', 'Geschenkabo für Kaffee Trinker',
    # (the price: personal variants that now go out)
    'プロフィール：テッサリー・デザイナー', 'upload_passport_Draft_739164.png', 'upload_passport_LI_739164.png',
    'Name: VelmoraHaus', 'Gift subscription for Velmora Haus',
]

PERSONAL = [
    # (a foreign name's two katakana parts after a profile's label)
    'プロフィール：ドランヴォクイスト・テッサリー', 'プロフィール：テッサリー・ドランヴォクイスト（29歳）',
    'Pairsプロフィール：クアストリンデル・ヴェルモラ（29歳）', 'プロフィール：ドランヴォクイスト・テッサリー・メイ',
    # (a family name alone in an upload's document file, common words among them)
    'upload_passport_Klein_739164.png', 'upload_passport_Baker_739164.png', 'kyc_passport_Quenby_739164.png',
    'upload_passport_Li_739164.png', 'verification_selfie_Dranvoquist_2024.jpg',
    # (a full name glued after a name's label: a family name that is an adjective or no word at all)
    'Name: TessalyDranvoquist', 'Name: OrlaKlein', 'Name: ElenaKlein', 'Name: ElenaVista', 'Nom: ElenaPetit',
    'Name: VelmoraFischer', 'Name: VelmoraBerg', 'Name: ElenaGross', 'Name: OrlaHaus', 'Name: KasiaNowak',
    # (a gift subscription's member)
    'Gift subscription for Tessaly Dranvoquist', 'Gift subscription for Orla Klein',
    'Geschenkabo für Tessaly Dranvoquist', 'Geschenkabo für Elena Fischer', 'Gift subscription for Elena Klein',
    'Gift subscription: Hinge+ for Velmora Quenby', 'Match with Elena Klein',
]

_SITE = "https://shop.example.com"
ORDINARY_URLS = [f"{_SITE}/uploads/{name}" for name in (
    'upload_passport_Preview_2024.png', 'kyc_passport_Tutorial_2024.pdf', 'upload_driving_licence_UK_2024.png')]
PERSONAL_URLS = [f"{_SITE}/uploads/{name}" for name in (
    'upload_passport_Klein_739164.png', 'kyc_passport_Quenby_739164.png')]

globals().update(review_tests(globals()))


def test_the_everyday_nouns_are_none_of_bip39s() -> None:
    # (one source of truth: a_common_word asks BIP39 first, as mend 49's test keeps the English table)
    assert sorted(word for word in common_words.EVERYDAY_NOUNS if a_common_word(word, ending="")) == []
