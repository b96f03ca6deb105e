"""A person's full name after a cue that names who they are to a shop, for the detector (closer 136, sixty-seventh
attack: beauty, wellness and personalised printing). Each rule reads a vocabulary by language and meaning, never the
cases' strings:

- an honorific of a language other than English (`Mme`, `Frau`, `mevrouw`, `Dra.`, `Sig.ra`, `Pani`, `Dr.`) after a
  break (a dash between blanks, a colon, a comma, a line, a bracket) before a given and a family name ending as a
  name in a sentence does (`… - Mme Anaïs …, allergie`, `Notitie: mevrouw Sjoukje … heeft`): _HONORED_AFTER_A_BREAK;
  not a brand's title going on (`Dr. Martens 1460 Boots`), nor one word (`Mme Figaro`);
- German's capitalized nouns for a client, a guest or a patient before a full name as running text goes on
  (`Kundin … ist schwanger`), English's plural ones before two people joined by `&` or `and` (`guests … & …`):
  _PERSON_NOUN_NAMED, _PEOPLE_JOINED;
- a result, an analysis, a prescription, a diagnosis or a profile (nouns by language, German's and Dutch's
  compounds ending in one) with its preposition making it out to a person (`for`, `für`, `de`, `voor`, `per`,
  `para`, `dla`) before a full name (`prescription for …`, `Kopfhautanalyse für …`, `Diagnostic peau de …`), or a
  profile's label's colon before one (`Beauty profile: … . 62`): _MADE_OUT_TO, _PROFILE_LABELLED; not a thing
  (`prescription for glasses`, `Ergebnis für 2024`);
- a gift's dedication (Spanish and Portuguese `Para`, French `Pour`, German `Für`) before a full name and a date
  (`Grabado: Para …, 12-03-1990`): _DEDICATED_WITH_A_DATE; not `Para Todos`;
- a name label's product words by language and their colon before a pupil's full name (`Name labels: …, Year 2`,
  `Namensetiketten:`, `Naamlabels:`, `Étiquettes vêtements :`, `Naszywki z imieniem:`), or Japanese's before a
  group's name and a name in kana (`お名前シール：…組 … …`): _LABEL_NAMED, _KANA_LABEL_NAMED; not the product's
  title (`Name labels - pack of 50`); a personalised product's words for the name it carries and their colon (closer
  180: `Kubek z imieniem: …`, `Tasse mit Namen: …`): _NAMED_PRODUCT, not a placeholder; a personalised product for a
  full name and a child's age (`Persönliches Kinderbuch für … (6 Jahre)`): _PERSONALISED_FOR_AGED;
- a family's birthdays under a heading, a full name and a date (closer 180: `Geburtstage: … 14.07.2019`):
  _BIRTHDAYS_LISTED, not famous people's;
- an identity document's or its photo's word in a file's name beside a name's two words, maybe the scanned side's
  word after them (`Scan_Passport_<Given>_<Family>.pdf`, `passbild_<given>_<family>.png`, `<Given> <Family> - foto
  tessera.jpg`, closer 179: `Scan_Personalausweis_<Given>_<Family>_front.jpg`): _DOCUMENT_FILE; not a product's image
  whose words are a thing's (`passport-holder-leather.jpg`).
"""

from __future__ import annotations

import re
from typing import Dict, List, Tuple

from . import dating, honorifics, key_lexicon
from .canonical import by_first_letter, canonical, longest_first, phrase_alternation, table_alternation, table_phrases
from .common_words import a_common_word_in_a_language
from .given_names import a_common_words_not_a_name, a_given_then_family_name
from .lower_case_names import a_name_word
from .name_shapes import CONJUNCTIONS, FULL_NAME, HAN, WORD, a_person, word_before
from .personal_documents import NOT_NAME_MEANINGS as _NOT_NAME_MEANINGS
from .personal_documents import a_meaning_not_a_name
from .personal_keys import ATTRIBUTE_WORDS
from .postal import _a_place, _place_or_business, _placeholder
from .role_labels import NOT_NAME_WORDS, WORK_ROLE_LABELS, a_team_or_state, a_thing

PERSON_NAME = "holds a person's name"


def _capitalized_alternation(table: Dict[str, str]) -> str:
    """_alternation of `table`'s words capitalized, matched so (German's nouns, a dedication's opening word)."""
    return phrase_alternation(word.capitalize() for word in table_phrases(table, " "))


# Where a name ends in these texts: the text's end, a mark (a bracket's opening too: `… (52)`), a dash between
# blanks, or a blank and a word in lower case.
_END = r"(?=[ \t]{0,3}(?:$|[,.;:!?()\n\"|])|[ \t]{1,3}(?:[a-z]|-{1,2}[ \t]))"
# A break before a cue: a dash between blanks, a colon, a comma, a semicolon, a bracket, a line.
_BREAK = r"(?:(?<=[:,;(\n\"])|(?<=[ \t]-)|(?<=[ \t]--))[ \t]{0,3}"

# Honorifics of Europe's languages but English's (which named_in_text reads), lexicon data by language: capitalized,
# or Dutch's and Polish's in lower case as a sentence writes them.
_HONORIFICS = honorifics.by_language("break")  # (honorifics.py)
_HONORIFIC_FORMS = "|".join(re.escape(word) + ("" if word.endswith(".") else "(?![^\\W\\d_])") for word in sorted(
    {canonical(word)[0] for line in _HONORIFICS.values() for word in line.split()}, key=longest_first))
# (a doctor's or a professor's title names brands too, `Dr. Oetker Ristorante, 4 Stück`: before a name only as a
# sentence goes on in lower case after it, maybe after a comma: `Dra. Gislaine …, dermatologista`)
_DOCTORS = {"English and German": "Dr. Prof.", "Spanish and Portuguese": "Dra. Dr. Profa.", "Italian": "Dott. Dott.ssa"}
_DOCTOR_FORMS = "|".join(re.escape(word) for word in sorted(
    {canonical(word)[0] for line in _DOCTORS.values() for word in line.split()}, key=longest_first))
_HONORED_AFTER_A_BREAK = re.compile(f"(?:{_BREAK}|(?<=[a-z][ \\t]))"
                                    f"(?:(?:{_HONORIFIC_FORMS})[ \\t]{{1,3}}({FULL_NAME}){_END}"
                                    f"|(?:{_DOCTOR_FORMS})[ \\t]{{1,3}}({FULL_NAME})(?=,?[ \\t]{{1,3}}[a-z]))")
# (closer 183, eighty-sixth attack: HR) ... and an honorific of address before a family name alone, opening the text or
# a break, as a sentence about the person goes on in lower case for three words at least (an employment reference's
# `Frau … erledigte die ihr übertragenen Aufgaben …`, `Herr … war stets …`); not French's, which title brands and
# magazines as often (`Madame Tussauds tickets for two`, `Mme Figaro est …`), nor Polish's capitalized (`Pan Tadeusz
# czyli …`).
_FAMILY_HONORIFICS = honorifics.by_language("family")  # (honorifics.py)
_FAMILY_HONORIFIC_FORMS = "|".join(
    re.escape(word) + ("" if word.endswith(".") else "(?![^\\W\\d_])") for word in sorted(
        {canonical(word)[0] for line in _FAMILY_HONORIFICS.values() for word in line.split()}, key=longest_first))
_HONORED_FAMILY_GOES_ON = re.compile(f"(?:^|{_BREAK}|(?<=[a-z][ \\t]))(?:{_FAMILY_HONORIFIC_FORMS})[ \\t]{{1,3}}"
                                     f"({WORD})(?:[ \\t]{{1,3}}[a-z][a-z'’-]{{0,29}}){{3}}")

# German's nouns for a client, a guest, a patient (capitalized, as German writes nouns), opening the text or after a
# break, before a full name as running text goes on; English's plural ones in lower case before two people joined.
_PERSON_NOUNS = {"German": "Kunde Kundin Gast Gastin Patient Patientin Klient Klientin Besucher Besucherin"}
_PERSON_NOUN_NAMED = re.compile(f"(?:^|{_BREAK})(?:{_capitalized_alternation(_PERSON_NOUNS)})[ \\t]{{1,3}}({FULL_NAME})"
                                f"(?=[ \\t]{{0,3}}[,(]|[ \\t]{{1,3}}[a-z])")
_PEOPLE = {"English": "guests clients customers patients visitors attendees participants"}
_PEOPLE_JOINED = re.compile(f"(?<![^\\W\\d_])(?:{table_alternation(_PEOPLE, ' ')}):?[ \\t]{{1,3}}({FULL_NAME})"
                            f"[ \\t]{{1,3}}(?:&|and|\\+)[ \\t]{{1,3}}({FULL_NAME}){_END}")

# A result's, an analysis', a prescription's, a diagnosis', a report's or a profile's nouns by language (German and
# Dutch glue them to what they are of: `Kopfhautanalyse`, `Quizresultaat`), then its preposition making it out to a
# person, maybe after one word in lower case (`Diagnostic peau de …`).
_RESULT_NOUNS = {"English": "prescription result results analysis diagnosis assessment report profile",
                 "German": "ergebnis analyse rezept befund diagnose profil auswertung",
                 "French": "diagnostic resultat resultats analyse ordonnance profil bilan",
                 "Dutch": "resultaat uitslag analyse recept diagnose profiel",
                 "Italian": "risultato analisi diagnosi ricetta profilo referto",
                 "Spanish and Portuguese": "resultado analisis analise diagnostico receta receita perfil informe",
                 "Polish": "wynik analiza diagnoza recepta profil"}
_MADE_OUT_FOR = {"English": "for", "German": "fur", "French": "de pour", "Dutch": "voor van", "Italian": "per di",
                 "Spanish and Portuguese": "para de", "Polish": "dla"}
_MADE_OUT_TO = re.compile(f"(?i:[a-z]{{0,20}}(?:{table_alternation(_RESULT_NOUNS, ' ')}))(?![^\\W\\d_])"
                          f"(?:[ \\t]{{1,3}}[a-z]{{2,20}})?[ \\t]{{1,3}}(?:{table_alternation(_MADE_OUT_FOR, ' ')})"
                          f"[ \\t]{{1,3}}({FULL_NAME}){_END}(?![ \\t]{{0,3}}$)")
_PROFILE_WORDS = {"English": "profile", "German": "profil", "French": "profil", "Dutch": "profiel",
                  "Spanish": "perfil", "Italian": "profilo"}
_PROFILE_LABELLED = re.compile(f"(?i:{table_alternation(_PROFILE_WORDS, ' ')})[ \\t]{{0,3}}:[ \\t]{{0,3}}({FULL_NAME})"
                               r"(?=[ \t]{0,3}(?:[,.;|(]|-[ \t])[ \t]{0,3}[0-9]{1,3}(?![0-9]))")  # (and an age)
# (closer 168, seventy-ninth attack: a pride group's, a party's, a network's member pages) A member's or a user's
# profile by language (MEMBER_PROFILES) after a full name opening the text and a dash or a bar: the page title of that
# person's profile (`… – member profile – …`); a bare `profile` goes out (`… – Player Profile`, a public figure's).
MEMBER_PROFILES = {
    "English": "member profile|user profile|members profile|member's profile|profile of member",
    "German": "mitgliedsprofil|mitgliederprofil|benutzerprofil|nutzerprofil",
    "French": "profil de membre|profil du membre|profil membre|profil utilisateur|profil d'utilisateur",
    "Spanish": "perfil de miembro|perfil de socio|perfil de usuario", "Italian": "profilo del membro|profilo membro"
    "|profilo utente|profilo socio", "Portuguese": "perfil do membro|perfil de membro|perfil do usuario",
    "Dutch": "ledenprofiel|profiel van lid|gebruikersprofiel", "Polish": "profil czlonka|profil uzytkownika",
}
# (a profile page's own words before the dash are no name: `Edit Profile – User Profile`)
_PROFILE_PAGE_WORDS = frozenset(
    "profile profil perfil profilo profiel edit my your account settings public view bearbeiten mein modifier mon "
    "editar mi modifica mio bewerken mijn edytuj moj".split())
_PROFILE_TITLED = re.compile(f"^[ \\t]{{0,3}}({FULL_NAME})[ \\t]{{1,3}}[-|·:][ \\t]{{1,3}}"
                             f"(?i:{table_alternation(MEMBER_PROFILES, '|')})(?![^\\W\\d_])")

# A gift's dedication: `for` in Spanish and Portuguese, French, German, opening the text or after a break, before a
# full name and then a date (a day, a month and a year in digits).
_DEDICATIONS = {"Spanish and Portuguese": "Para", "French": "Pour", "German": "Fur"}
_DEDICATED_WITH_A_DATE = re.compile(f"(?:^|{_BREAK})(?:{_capitalized_alternation(_DEDICATIONS)})[ \\t]{{1,3}}"
                                    f"({FULL_NAME})"
                                    r"[ \t]{0,3}[,\-][ \t]{0,3}[0-9]{1,2}[./\-][0-9]{1,2}[./\-][0-9]{2,4}(?![0-9])")

# (closer 180, eighty-second attack: personalised gifts) A personalised product's word by language, up to two words
# of the product, the word for "for" and a full name, then the child's age, one number after a bracket, a comma or a
# dash and its word (`Persönliches Kinderbuch für … (6 Jahre)`, `Livre personnalisé pour … (4 ans)`):
# _PERSONALISED_FOR_AGED. Not the product's audience before an age's range (`… for Little Explorers (3-6 years)`,
# `(ab 3 Jahre)`, `(3+)`).
_PERSONALISED = {"English": "personalised personalized custom customised customized",
                 "German": "personlich personliche personliches personlicher personalisiert personalisierte "
                           "personalisiertes personalisierter individuell individuelles individuelle",
                 "French": "personnalise personnalisee personnalises personnalisees",
                 "Spanish and Portuguese": "personalizado personalizada personalizados personalizadas",
                 "Italian": "personalizzato personalizzata personalizzati personalizzate",
                 "Dutch": "gepersonaliseerd gepersonaliseerde persoonlijk persoonlijke",
                 "Polish": "spersonalizowany spersonalizowana spersonalizowane imienny imienna imienne"}
_GIFTED_FOR = {"English": "for", "German": "fur", "French": "pour", "Spanish and Portuguese": "para",
               "Italian": "per", "Dutch": "voor", "Polish": "dla"}
_AGE_WORDS = "(?i:years|year|yrs|jahre|jahr|ans|an|anos|anni|jaar|lat|lata|rok)"
_PERSONALISED_FOR_AGED = re.compile(
    f"(?<![^\\W\\d_])(?i:{table_alternation(_PERSONALISED, ' ')})"
    f"(?:[ \\t]{{1,3}}[^\\W\\d_]{{2,30}}){{0,2}}[ \\t]{{1,3}}"
    f"(?i:{table_alternation(_GIFTED_FOR, ' ')})[ \\t]{{1,3}}({FULL_NAME})[ \\t]{{0,3}}(?:\\(|,|-)[ \\t]{{0,3}}"
    f"[0-9]{{1,2}}[ \\t]{{0,3}}{_AGE_WORDS}(?:[ \\t]{{1,3}}(?i:old|alt))?(?![^\\W\\d_])[ \\t]{{0,3}}(?:\\)|$|[,.;])")

# A name label's product words by language (labels sewn or ironed on a pupil's clothes), and the colon after them.
_NAME_LABELS = {"English": "name labels|name label|name tags|iron-on labels|iron on labels|clothing labels",
                "German": "namensetiketten|namensetikett|namensaufkleber|namensbander|namensschilder",
                "Dutch": "naamlabels|naametiketten|naamlintjes|naamstickers",
                "French": "etiquettes vetements|etiquettes nominatives|etiquettes thermocollantes|etiquettes nom",
                "Spanish": "etiquetas ropa|etiquetas de ropa|etiquetas con nombre|etiquetas nombre",
                "Italian": "etichette nome|etichette con nome|etichette per vestiti",
                "Polish": "naszywki z imieniem|naklejki z imieniem|metki z imieniem"}
_LABEL_NAMED = re.compile(f"(?i:{table_alternation(_NAME_LABELS, '|')})[ \\t]{{0,3}}:[ \\t]{{0,3}}({FULL_NAME}){_END}")
# (closer 180, eighty-second attack: personalised gifts) A personalised product's words for the name it carries, by
# language (a product's noun before them: `Kubek z imieniem:`, `Tasse mit Namen:`, `Mug with name:`, `Bol avec prénom
# :`), and the colon after them: the name printed is the customer's or the recipient's (_NAMED_PRODUCT; not the
# placeholder a page shows, `Mug with name: Your Name Here`).
_WITH_A_NAME = {"English": "with name|with a name|with your name|with the name|with names",
                "German": "mit namen|mit name|mit wunschnamen|mit wunschname|mit deinem namen|mit ihrem namen",
                "French": "avec prenom|avec le prenom|avec nom|avec le nom|avec prenoms",
                "Spanish": "con nombre|con el nombre|con nombres", "Italian": "con nome|con il nome|con nomi",
                "Portuguese": "com nome|com o nome|com nomes", "Dutch": "met naam|met de naam|met namen",
                "Polish": "z imieniem|z imionami|z nazwiskiem"}
_NAMED_PRODUCT = re.compile(f"(?<![^\\W\\d_])(?i:{table_alternation(_WITH_A_NAME, '|')})[ \\t]{{0,3}}:[ \\t]{{0,3}}"
                            f"({FULL_NAME}){_END}")
_KANA_LABELS = "お名前シール|おなまえシール|ネームシール|名前シール|お名前ラベル|ネームラベル"
_KANA_WORD = "[\u3041-\u3096\u30a1-\u30fa\u30fc]{2,12}"
_KANA_LABEL_NAMED = re.compile(f"(?:{_KANA_LABELS})[ \\t]{{0,3}}:[ \\t]{{0,3}}(?:[^ \\t:]{{1,12}}組[ \\t]{{1,3}})?"
                               f"{_KANA_WORD}[ \\t]{{1,3}}{_KANA_WORD}[ \\t]{{0,3}}(?:$|[,.;)\n])")
# (closer 211, ninetieth attack) Japanese's labels of a profile or a person's name (`プロフィール`, `お名前`, `氏名`,
# `名前`, `フルネーム`; lexicon data, in the canonical form, which drops the voicing marks) and their colon before a
# name in katakana, its two words joined by the middle dot a foreign name is written with in Japanese (folded to `.`:
# `Pairsプロフィール：<Family>・<Given>（29歳）`); the label opening the text or after a word of Latin letters (an app's
# name), not glued to a katakana or a kanji word before it (`ブランドプロフィール`, `商品名`: a brand's, a product's).
_KANA_NAME_LABEL_FORMS = sorted({canonical(label)[0] for label in (
    "プロフィール お名前 氏名 名前 フルネーム").split()}, key=longest_first)
_KANA_NAME_LABELS = "|".join(_KANA_NAME_LABEL_FORMS)
_KATAKANA_WORD = "([\u30a1-\u30fa\u30fc]{2,12})"
# (closer 232, review 39) ... or Latin's profile's or name's label (`Profile: <Family>・<Given>`), the label's colon or
# a blank after it, or the topic's `は` (`名前は <Family>・<Given> です`); the name's two words joined by the dot, `＝`
# (folded to `=`) or a blank.
_KANA_PROFILE_NAMED = re.compile(
    f"(?<![\u3041-\u30ff\u4e00-\u9fff])(?:{_KANA_NAME_LABELS}|(?<![^\\W\\d_])(?i:profile|name))"
    f"(?:[ \\t]{{0,3}}:[ \\t]{{0,3}}|\u306f?[ \\t]{{1,3}})"
    f"{_KATAKANA_WORD}(?:[.\u30fb=]|[ \\t]{{1,3}})"
    f"{_KATAKANA_WORD}(?![\u3041-\u30ff\u4e00-\u9fff])")
# (closer 215, review 39) Japanese's common loanwords in katakana, by kind (lexicon data, canonical: voicing marks
# dropped), which a profile writes joined by the middle dot for a job, a hobby, a trade or a club
# (`ソフトウェア・エンジニア`, `サッカー・ファン`, `ロック・バンド`): two words of which one is such a noun are no
# name's parts. The price: a foreign name one of whose parts is such a word (`ローズ`) goes out after the label.
_KATAKANA_NOUNS = {
    "jobs and roles": "エンジニア デザイナー マネージャー ディレクター プロデューサー クリエイター クリエーター "
                      "オーナー インストラクター トレーナー コーチ ソムリエ バリスタ シェフ コック パティシエ "
                      "シッター ブロガー ライター エディター カメラマン フォトグラファー モデル アーティスト "
                      "スタイリスト ミュージシャン プログラマー コンサルタント アナリスト アドバイザー "
                      "プランナー スタッフ リーダー メンバー ファン マニア ユーザー ゲスト "
                      "フリー セラピスト ネイリスト ダンサー シンガー ドライバー パイロット ナース "
                      "エキスパート スペシャリスト アシスタント サポーター ボランティア",
    "fields and trades": "ソフトウェア ハードウェア ウェブ システム データ マーケティング セールス デジタル "
                         "グラフィック ファッション ビューティー ネイル ヘア メイク アクセサリー インテリア "
                         "ゲーム アプリ ビジネス メディア コンテンツ ブランド プロダクト サービス "
                         "ハンドメイド フード ワイン コーヒー カフェ ペット ベビー キッズ ホテル トラベル "
                         "フィットネス ヘルス ライフ スタイル ワーキング ホリデー",
    "sports, arts and clubs": "サッカー テニス ゴルフ ヨガ ダンス ロック ジャズ ピアノ ギター バンド チーム "
                              "クラブ サークル スクール レッスン ショップ ストア スタジオ サロン アニメ "
                              "バスケット バレー ボール ランニング マラソン キャンプ アウトドア スポーツ "
                              "ミュージック アート カラオケ ボクシング スキー スノーボード サーフィン "
                              "フットサル ラグビー ボード ブック カメラ フォト ムービー",
}
_KATAKANA_NOUN_SET = frozenset(canonical(word)[0] for line in _KATAKANA_NOUNS.values() for word in line.split())

# An identity document's or its photo's words by language, in a file's name beside two words of a name, then the
# file's extension (`Scan_Passport_<Given>_<Family>.pdf`, `<Given> <Family> - foto tessera.jpg`); an upload keeps a
# name's capitals or joins its words by underscores, where a product's image slug is hyphenated lower case.
# (closer 205, ninetieth attack) ... and a verification's selfie and a marriage bureau's biodata, a person's own
# record as an identity document is (`selfie_verification_<Given>_<Family>_2026.jpg`, `Biodata_<Given>_<Family>.pdf`)
_DOCUMENTS = {"English": "passport|passport photo|id card|identity card|driving licence|drivers license|selfie|"
                         "selfie verification|verification selfie|biodata",
              "German": "passbild|reisepass|personalausweis|ausweis|fuhrerschein",
              "French": "passeport|carte identite|carte d'identite|photo identite",
              "Italian": "foto tessera|carta identita|carta d'identita|passaporto|patente",
              "Spanish and Portuguese": "pasaporte|passaporte|dni|foto carnet|documento identidad",
              "Dutch": "paspoort|pasfoto|identiteitskaart|rijbewijs", "Polish": "paszport|dowod osobisty"}
_DOCUMENT = table_alternation(_DOCUMENTS, "|").replace("[ \\t]{1,3}", "[ _\\-]")
# (closer 233, review 45) ... and a job application's or a notice's papers by language, a person's own as an identity
# document is (`bewerbung-<given>-<family>.pdf`, `resume-<given>-<family>-2024.pdf`, `Kündigung_<Given>_<Family>.docx`);
# a template's or a guide's words are no given name then a family name (given_names.a_given_then_family_name), which
# lets their slug be hyphenated lower case too
_APPLICATIONS = {"English": "cv|resume|application|cover letter|motivation letter|termination|resignation",
                 "German": "lebenslauf|bewerbung|anschreiben|motivationsschreiben|kundigung|kuendigung",
                 "French": "candidature|lettre de motivation|demission|resiliation",
                 "Spanish and Portuguese": "curriculum|candidatura|carta de presentacion|renuncia|demissao",
                 "Italian": "curriculum vitae|candidatura|lettera di presentazione|dimissioni|disdetta",
                 "Dutch": "sollicitatie|sollicitatiebrief|opzegging|ontslagbrief",
                 "Polish": "zyciorys|aplikacja|list motywacyjny|wypowiedzenie"}
_APPLICATION = table_alternation(_APPLICATIONS, "|").replace("[ \\t]{1,3}", "[ _\\-]")
# (closer 179, eighty-first attack) ... maybe the scanned side's word after them, by language (`…_front.jpg`,
# `…_Rückseite.png`, `…_recto.pdf`), as a scan of a card's two sides is named
_SIDES = {"English": "front|back|front side|back side|frontside|backside",
          "German": "vorderseite|rückseite|ruckseite|rueckseite|vorne|hinten", "French": "recto|verso",
          "Spanish and Portuguese": "anverso|reverso|frente|dorso|verso", "Italian": "fronte|retro",
          "Dutch": "voorkant|achterkant|voorzijde|achterzijde",
          "Polish": "przód|przod|tył|tyl"}
_SIDE = table_alternation(_SIDES, "|").replace("[ \\t]{1,3}", "[ _\\-]?")
_FILE_WORD = "([A-Za-z]{2,20})"
_JOINT = "[ _\\-]{1,3}"
# (closer 233: a scan's or a copy's word may stand between the document's and the name's, `passport_scan_<given>_…`)
_SCAN_FIRST = "(?:scan|scans|copy|kopie|copia)" + _JOINT
# (an image's or a scan's file extension)
_SCAN_EXTENSIONS = "pdf|jpe?g|png|heic|webp|tiff?"
_DOCUMENT_FILE = re.compile(
    f"(?i:(?<![a-z])(?:{_DOCUMENT}){_JOINT}(?:{_SCAN_FIRST})?{_FILE_WORD}{_JOINT}{_FILE_WORD}"
    f"|(?<![a-z0-9]){_FILE_WORD}{_JOINT}{_FILE_WORD}{_JOINT}(?:{_DOCUMENT}))"
    f"(?i:{_JOINT}(?:{_SIDE}))?"
    f"(?:[ _\\-][0-9]{{1,8}})?\\.(?i:{_SCAN_EXTENSIONS})(?![a-z])")
_APPLICATION_FILE = re.compile(
    f"(?i:(?<![a-z])(?:{_APPLICATION}){_JOINT}{_FILE_WORD}{_JOINT}{_FILE_WORD}"
    r"(?:[ _\-][0-9]{1,8})?\.(?:pdf|docx?|odt|jpe?g|png)(?![a-z]))")
# (closer 211, ninetieth attack) ... or an upload's or a verification's words by language before the document's, then
# one word of a name and the upload's code of digits (`ID_upload_passport_<Family>_739164.png`): a member's own
# document named after the family name alone; a site's guide or template names none so (`ID_upload_passport_guide.png`)
_UPLOADS = {"English": "upload|uploaded|verification|verify|kyc", "German": "hochgeladen|verifizierung",
            "French": "verification|televersement", "Spanish and Portuguese": "verificacion|verificacao|subida",
            "Italian": "verifica|caricamento", "Dutch": "verificatie|geupload", "Polish": "weryfikacja"}
# (closer 232, review 39) ... or a camera's or a scanner's file prefix and its number before the document's word
# (`IMG_739164_passport_<Family>.png`); a scanned side or a given name's initial before the family name (`…_front_
# <Family>_…`, `…_O_<Family>_…`); after it the code, a date (`…_2024-01-05`), a side or nothing, in any image format.
_CAMERA_PREFIX = "img|dsc|dscn|pxl|scan|photo|image"
_UPLOADED_DOCUMENT_FILE = re.compile(
    f"(?i:(?<![a-z])(?:(?:{table_alternation(_UPLOADS, '|')})|(?:{_CAMERA_PREFIX})[_\\-][0-9]{{3,12}}){_JOINT}"
    f"(?:{_DOCUMENT})){_JOINT}(?:(?i:{_SIDE}){_JOINT}|[A-Z]{_JOINT})?{_FILE_WORD}"
    f"(?:{_JOINT}(?:[0-9]{{4,12}}|[0-9]{{4}}[-_.][0-9]{{2}}[-_.][0-9]{{2}}))?(?:{_JOINT}(?i:{_SIDE}))?"
    f"\\.(?i:{_SCAN_EXTENSIONS}|gif|bmp)(?![a-z])")
# A document's accessories and their materials, by language: a product's image names them beside the document's word
# (`passport_wallet_RFID_2024.jpg`, `reisepass-huelle-leder.png`), no holder's name.
_ACCESSORIES = {"English": "holder holders wallet wallets cover covers case cases sleeve sleeves pouch organizer "
                           "organiser bag rfid leather travel protector lanyard",
                "German": "hulle huelle hullen etui tasche leder schutzhulle",
                "French": "porte etui housse pochette cuir", "Spanish and Portuguese": "funda porta cuero couro capa",
                "Italian": "custodia portadocumenti pelle", "Dutch": "hoesje houder leer",
                "Polish": "etui okladka skora"}
_ACCESSORY_WORDS = frozenset(canonical(word)[0].lower() for line in _ACCESSORIES.values() for word in line.split())
# A file name's words that are no name's, by kind, in the canonical form: a scan's or a copy's, a side's, an upload's;
# (closer 215, review 39) and a site's own images and forms beside an upload's document words: an image's state, size
# or screen, its design's or its help's word, a language's name (`…_Preview_2024.png`, `…_Mockup_2024.png`,
# `verify_passport_instructions_2024.pdf`, `…_English_2024.pdf`), no holder's family name.
_FILE_WORDS = {
    "scans and copies": "scan scans copy kopie copia photo foto page seite new final image img",
    "sides": " ".join(word.replace(" ", "") for line in _SIDES.values() for word in line.split("|")),
    # (tidy 51, review 39) an upload's or a verification's word (`ID_upload_passport_front_739164.png`)
    "uploads": " ".join(word for line in _UPLOADS.values() for word in line.split("|")),
    "states": "draft preview placeholder pending retry rejected approved expired blurred cropped resized renewal "
              "invalid valid verified unverified failed error success done sample demo test dummy mockup mock "
              "entwurf vorschau beispiel brouillon apercu exemple borrador ejemplo bozza esempio voorbeeld",
    "sizes and screens": "thumbnail thumb medium large desktop mobile tablet retina dark light hd",
    "designs and help": "illustration icon banner hero template wireframe tutorial instructions instruction guide "
                        "howto help tips steps faq overview anleitung hilfe aide ayuda aiuto hulp "
                        # (closer 232: a rules' page's, as a family name may end the file's name)
                        "guidelines guideline requirements requirement",
    "languages": "english german french spanish italian dutch polish portuguese deutsch francais espanol italiano "
                 "nederlands polski portugues",
}
_FILE_WORD_SET = frozenset(canonical(word)[0].lower() for line in _FILE_WORDS.values() for word in line.split())
# (a full name's two words are read past a scan's or a side's word only: after a given name, an image's word is a
# family name as often, `Passport_Grace_Light.jpg`; it is none where one word stands for a family name alone; beside
# an upload's word, the other word is one alone: `passport_upload_<Family>_739164.png`, `ID_upload_passport_….png`)
_SCAN_WORD_SET = frozenset(canonical(word)[0].lower() for kind in ("scans and copies", "sides")
                           for word in _FILE_WORDS[kind].split())
_UPLOAD_WORD_SET = frozenset(canonical(word)[0].lower() for word in _FILE_WORDS["uploads"].split())
# (closer 215) A code of two or three capitals (a country's, a language's or a size's: `…_UK_2024.png`, `…_EN_…`,
# `…_XL_…`): a family name alone is written capitalized, not so.
_A_CODE = re.compile("[A-Z]{2,3}")

# A celebration's words by language (a wedding, an engagement, an anniversary, a christening, a birthday, a hen or
# stag party), in the canonical form; German's and Dutch's compounds open with one (`Hochzeitsalbum`, `Bruiloftboek`).
_OCCASIONS = {"English": "wedding marriage engagement anniversary christening baptism birthday bday hen stag bride",
              "German": "hochzeit verlobung taufe geburtstag jubilaum polterabend junggesellenabschied",
              "French": "mariage fiancailles bapteme anniversaire noces",
              "Italian": "nozze matrimonio fidanzamento battesimo compleanno anniversario",
              "Spanish and Portuguese": "boda bodas casamiento casamento compromiso noivado bautizo batizado "
                                        "cumpleanos cumple aniversario",
              "Dutch": "bruiloft huwelijk verloving doop verjaardag jubileum",
              "Polish": "slub wesele zareczyny chrzest chrzciny urodziny rocznica"}
_OCCASION_WORDS = frozenset(word for line in _OCCASIONS.values() for word in line.split())
_OCCASION = f"(?i:(?<![^\\W\\d_])(?:{table_alternation(_OCCASIONS, ' ')})[a-z]{{0,12}})(?![^\\W\\d_])"
# The words joining a couple's names: `&`, `+` and name_shapes.CONJUNCTIONS (`and`, `und`, `et`, Afrikaans' `'n`).
_CONJUNCTIONS = {"marks": "& +", **CONJUNCTIONS}
_CONJUNCTION = table_alternation(_CONJUNCTIONS, ' ')
# Between the occasion's word and the names: up to three breaks (a dash, a colon, a comma), short words in lower
# case or the celebration's keepsake's word (`Mariage de …`, `le nozze di …`, `Our Wedding – …`, `Wedding Album: …`).
_KEEPSAKES = {"English": "album book photobook photos party", "German": "album buch fotobuch fotos feier party",
              "French": "album livre photos fete", "Italian": "album libro fotolibro foto festa",
              "Spanish and Portuguese": "album libro livro fotos fiesta festa", "Dutch": "album boek fotoboek feest",
              "Polish": "album fotoksiazka zdjecia"}
# (closer 155) ... or an announcement's words by language, the couple's engagement `announced between` them
# (`Engagement announced between … and …`, `Verlobung bekanntgegeben zwischen`, `fiançailles annoncées entre`).
_ANNOUNCEMENTS = {"English": "announced announcement between", "German": "bekanntgegeben bekanntgabe zwischen",
                  "French": "annonce annoncees annonces entre", "Italian": "annunciato annuncio tra fra",
                  "Spanish and Portuguese": "anunciado anuncio anunciamos entre", "Dutch": "aangekondigd tussen",
                  "Polish": "ogloszenie ogloszone miedzy"}
_OCCASION_TO_NAMES = (f"(?:[ \\t]{{0,3}}[:,]|[ \\t]{{1,3}}(?:-{{1,2}}|[a-z]{{1,4}}"
                      f"|(?i:{table_alternation(_KEEPSAKES, ' ')}"
                      f"|{table_alternation(_ANNOUNCEMENTS, ' ')})(?![^\\W\\d_]))){{0,3}}")
# Where a couple's names end: where a name ends, or before a date's digits (`… Drempelmeier 30-05-2025`).
_COUPLE_END = f"(?:{_END}|(?=[ \\t]{{1,3}}[0-9]))"
# A couple after a celebration's word: two full names joined, or a given name joined to a full name (`Thijs & Anouk
# Drempelmeier`): _COUPLE_CELEBRATED.
_COUPLE_CELEBRATED = re.compile(
    f"{_OCCASION}{_OCCASION_TO_NAMES}[ \\t]{{1,3}}({FULL_NAME}|{WORD})[ \\t]{{1,3}}(?:{_CONJUNCTION})"
    f"[ \\t]{{1,3}}({FULL_NAME}){_COUPLE_END}")
# (closer 169) A couple and a wedding's verb by language (`… and … are getting married`, `… & … heiraten`, `… y … se
# casan`), or `weds` between their names (`… weds … …`): _COUPLE_WEDS.
_WEDDING_VERBS = {"English": "are getting married|are engaged|are tying the knot|tie the knot",
                  "German": "heiraten|trauen sich|haben sich verlobt", "French": "se marient|se disent oui",
                  "Spanish": "se casan|nos casamos", "Italian": "si sposano|ci sposiamo",
                  "Dutch": "trouwen|gaan trouwen",
                  "Portuguese": "vao casar|vão casar|se casam", "Polish": "biora slub|bierzemy slub"}
_COUPLE_WEDS = re.compile(
    f"(?:^|(?<=[\\s,.;:!?(\"]))({FULL_NAME}|{WORD})[ \\t]{{1,3}}(?:(?:{_CONJUNCTION})[ \\t]{{1,3}}({FULL_NAME}|{WORD})"
    f"[ \\t]{{1,3}}(?i:{table_alternation(_WEDDING_VERBS, '|')})(?![^\\W\\d_])"
    f"|weds[ \\t]{{1,3}}({FULL_NAME}){_COUPLE_END})")
# Japanese: a wedding's word, then a family name, a given name, `&` and the other given name, in Han characters.
_HAN_COUPLE_CELEBRATED = re.compile(f"結婚[^ \\t]{{0,12}}[ \\t]{{1,3}}{HAN}{{1,3}}[ \\t]{{1,3}}{HAN}{{1,3}}"
                                    f"[ \\t]{{0,3}}[&＆と][ \\t]{{0,3}}{HAN}{{1,3}}(?![^ \\t0-9])")
# A hen or stag party's title (its words by language: `Team Bride`, `Junggesellenabschied`, `EVJF`, `despedida de
# soltera`) naming the one celebrated between breaks before a date (`Team Bride – … – 14.06.2026`): a day, a month and
# a year in digits, or a day, a month's word and a year. (Not any occasion's: `Birthday Party – Peppa Pig – <date>`.)
_HEN_PARTIES = {"English": "team bride|team groom|bride tribe|bride squad|hen party|hen do|hens party|stag party|"
                           "stag do|bachelorette|bachelor party",
                "German": "junggesellenabschied|junggesellinnenabschied|jga", "French": "evjf|evg|enterrement de vie",
                "Spanish and Portuguese": "despedida de soltera|despedida de soltero|despedida de solteira",
                "Italian": "addio al nubilato|addio al celibato", "Dutch": "vrijgezellenfeest|vrijgezellendag",
                "Polish": "wieczor panienski|wieczor kawalerski"}
_DATE = (r"(?:[0-9]{1,2}[./\-][0-9]{1,2}[./\-][0-9]{2,4}"
         r"|[0-9]{1,2}(?:st|nd|rd|th|\.)?[ \t]{1,3}[A-Za-z]{3,9}[ \t]{1,3}[0-9]{4})")
_HEN_PARTY = f"(?i:(?<![^\\W\\d_])(?:{table_alternation(_HEN_PARTIES, '|')}))(?![^\\W\\d_])"
_DATED_CELEBRATION = re.compile(f"{_HEN_PARTY}[^\\n0-9]{{0,40}}?(?:[ \\t]-{{1,2}}|[:,])[ \\t]{{1,3}}({FULL_NAME})"
                                f"[ \\t]{{0,3}}(?:-{{1,2}}|,)[ \\t]{{0,3}}{_DATE}(?![0-9])")
# A family's name (`The … Family`, `Familie …`, `famille …`, `familia …`, `famiglia …`, `rodzina …`) that ends again a
# list of its members' given names (`The … Family 2027 – Jasper, Ivy & Otto …`): _FAMILY_NAMED.
_FAMILY_NAMED = re.compile(f"(?:The[ \\t]{{1,3}}({WORD})[ \\t]{{1,3}}Family|(?i:famil(?:ie|le|ia)|famiglia|rodzina)"
                           f"[ \\t]{{1,3}}({WORD}))(?![^\\W\\d_])")
_MEMBERS = re.compile(f"{WORD}(?:,[ \\t]{{1,3}}{WORD}){{0,8}},?[ \\t]{{1,3}}(?:{_CONJUNCTION})[ \\t]{{1,3}}{WORD}"
                      f"[ \\t]{{1,3}}({WORD}){_COUPLE_END}")
# (closer 147) A celebration of one person (a birthday's, a christening's words by language, in the canonical form)
# and one full name after it (maybe after `Baby`), ending the text or before an age's ordinal or a date (`Birthday Book
# – … 80th, 12.03.2026`, `Happy 80th Birthday …`, `Baptism of …`, `Taufe … 14.06.2026`): _ONE_CELEBRATED. Not a
# party's, whose theme follows as often (`Birthday Party – Peppa Pig – 12.03.2026`), nor a thing's or a colour's words
# (`Birthday Book – Linen Cover`, `Taufe Kerze Blau`, `Happy Birthday Mr. President`: _a_couple_name).
_ONE_PERSONS_OCCASIONS = {"English": "birthday bday christening baptism", "German": "geburtstag taufe",
                          "French": "anniversaire bapteme", "Italian": "compleanno battesimo",
                          "Spanish and Portuguese": "cumpleanos cumple bautizo batizado aniversario",
                          "Dutch": "verjaardag doop", "Polish": "urodziny chrzest chrzciny"}
_PARTIES = frozenset("party feier fete fiesta festa feest".split())
# (a sale's words after a celebration's before its date: `Birthday Sale Ends 14.07.2026`)
_SALE_WORDS = frozenset("sale sales ends offer offers deal deals discount week weekend event special".split())
# (closer 178) A colour's inflected forms by language, which a celebration shop's motif takes before its noun
# (`Geboortekaartje Blauwe Beer`, `Erstkommunion Goldene Kerze`, `Mis XV años – Vestido Dorada`), no name's; not a
# form that is a given or a family name (`Dorado`, `Blanche`, `Azzurra`, `Rosa`).
_INFLECTED_COLOURS = frozenset(canonical(word)[0].lower() for word in (
    "blauwe roze gouden zilveren witte rode groene gele paarse zwarte lichtblauwe "
    "blaue goldene goldener goldenes silberne silberner weisse rote grune gelbe schwarze hellblaue "
    "doree dorees argentee argentees bleue bleues verte vertes "
    "dorada doradas dorados plateada plateadas plateados rosada rosadas celeste "
    "dorata dorate dorati argentata argentate dourada dourado prateada prateado "
    # (closer 187, review 32) German's white written with `ß` (`Weiße Tauben`); not English `Golden`, a family name as
    # often (`First Communion Isla Golden`)
    "weiße weißer weißes weißen weissen").split())
# (closer 229, review 44) A party's goods by language, which a party shop titles after a cartoon's or a show's
# character (`Happy Birthday Mickey Mouse Balloon`, `… Spider-Man Balloon`, `… Paw Patrol Banner`): after a name of
# a common word or a brand's (_a_characters_name), a product's title; after a person's (`… Anna Meier Balloon`, a
# personalised balloon), the name is still read.
_PARTY_GOODS = frozenset(table_phrases({
    "English": "balloon balloons banner banners plates napkins cups candle candles topper toppers garland bunting "
               "decorations invitations pinata tablecloth",
    "German": "ballon ballons luftballon luftballons girlande teller servietten becher kerze kerzen tortenaufleger "
              "einladungen",
    "French": "ballon ballons banniere guirlande assiettes serviettes gobelets bougie bougies",
    "Spanish": "globo globos pancarta guirnalda platos servilletas vasos vela velas",
    "Italian": "palloncino palloncini festone piatti tovaglioli bicchieri candelina candeline",
    "Dutch": "ballonnen slinger bordjes servetten bekers kaars kaarsen",
    "Polish": "balon balony baner girlanda talerzyki serwetki kubeczki swieczka swieczki"}, " "))
_BABY = "(?i:baby|bebe|bambino|bambina)[ \\t]{1,3}"
# (closer 173, attack 78) ... or a child's religious or coming-of-age celebration's words, or a birth announcement's,
# by language (_CHILDS_OCCASIONS: `Bar Mitzvah of`, `Mis XV años`, `Festa de 15 anos da`, `Erstkommunion`,
# `Geboortekaartje`, `È nata`); the name may end the text, or come before its date after `am`/`on`/`le`, a `!`, an
# aside between commas (`…, St Mary's, 12 April 2026`), a year, a date written with `de` (`20 de junio de 2026`) or a
# save-the-date's words.
_CHILDS_OCCASIONS = {
    "English": "bar mitzvah|bat mitzvah|bnai mitzvah|first communion|first holy communion|birth announcement"
               "|birth announcements|birth announcement cards|naming ceremony",
    "German": "bar mizwa|bat mizwa|erstkommunion|kommunion|firmung|konfirmation|geburtsanzeige|geburtskarte",
    "French": "premiere communion|faire-part de naissance|faire part de naissance",
    "Spanish": "mis xv anos|mis 15 anos|xv anos|quinceanera|primera comunion|ha nacido|nacio",
    "Portuguese": "festa de 15 anos|15 anos|primeira comunhao|nasceu",
    "Italian": "prima comunione|cresima|e nata|e nato",
    "Dutch": "eerste communie|geboortekaartje|geboortekaart|vormsel", "Polish": "pierwsza komunia|komunia|bierzmowanie"}
# ... and a baby's name in a registry or a shower's title before its due date, by language (`baby …, due 14.03.2026`,
# `Baby … – ET 14.03.2026`, `bébé …, prévu le …`): _BABY_DUE; not a baby's sex or a shower's words (_NOT_BABY_NAMES).
_BABY_DUE = re.compile(
    f"(?<![^\\W\\d_])(?i:baby|bebe|bambino|bambina|babby|dziecko)[ \\t]{{1,3}}({WORD}(?:[ \\t]{{1,3}}{WORD})?)"
    f"[ \\t]{{0,3}}[,\\-]?[ \\t]{{1,3}}(?i:due|expected|erwartet|termin|et|prevu|prevue|prevista|previsto|"
    f"uitgerekend|esperado|esperada)[ \\t]{{0,3}}:?[ \\t]{{0,3}}(?:(?i:on|am|le|el|il|op|em)[ \\t]{{1,3}})?{_DATE}")
_NOT_BABY_NAMES = frozenset("boy girl boys girls twins twin shower bump baby registry list junge madchen garcon fille "
                            "nino nina menino menina jongen meisje chlopiec dziewczynka".split())
# (a place's prepositions by language between a celebration's word and capitalized words: `Taufe in Sankt Peter …`)
_AT_A_PLACE = frozenset("in im at en a na no nel nella w we op bei au".split())
_BIRTH_CARDS = re.compile("(?i:birth|geboort|geburts|naissance)")
_LONG_DATE = r"[0-9]{1,2}[ \t]{1,3}de[ \t]{1,3}[A-Za-z]{3,9}[ \t]{1,3}de[ \t]{1,3}[0-9]{4}"
_DATE_WORD = r"(?:(?:am|on|le|el|il|op|em|the)[ \t]{1,3})?"
_ONE_CELEBRATED = re.compile(
    f"(?i:(?<![^\\W\\d_])(?:{table_alternation(_ONE_PERSONS_OCCASIONS, ' ')}"
    f"|{table_alternation(_CHILDS_OCCASIONS, '|')}))"
    f"(?![^\\W\\d_])({_OCCASION_TO_NAMES})[ \\t]{{1,3}}"
    f"(?:{_BABY})?({FULL_NAME})[ \\t]{{0,3}}(?=$|(?:[,\\-!]|[ \\t])[ \\t]{{0,3}}"
    f"(?:{_DATE_WORD}(?:{_DATE}|{_LONG_DATE})|[0-9]{{1,3}}(?:st|nd|rd|th|\\.)(?![^ \\t,])"
    f"|(?P<year>(?:19|20)[0-9]{{2}}(?![0-9]))|(?i:save[ \\t]the[ \\t]date))"
    f"|,[ \\t]{{1,3}}[^,\\n0-9]{{1,30}},[ \\t]{{1,3}}{_DATE})")
# (closer 180, eighty-second attack: personalised gifts) A family's birthdays listed under a heading, a plural's or a
# birthday calendar's words by language (_BIRTHDAY_HEADINGS: `Calendar birthdays`, `Geburtstage`,
# `Verjaardagskalender`, `anniversaires`, `cumpleaños`), its colon, maybe a relation in lower case (`opa`), then a
# full name (maybe a relation capitalized before it: `Oma …`) and a birth date, a day, a month and a year
# (_BIRTHDAYS_LISTED: `Geburtstage: … 14.07.2019, … 03.11.2021`); not under a famous people's heading
# (_FAMOUS: `Famous birthdays: …`, `Promi-Geburtstage: …`), nor a party's theme or a thing (_a_couple_name).
_BIRTHDAY_HEADINGS = {
    "English": "birthdays|birthday calendar|birthday list", "German": "geburtstage|geburtstagskalender"
    "|geburtstagsliste", "French": "anniversaires|calendrier des anniversaires", "Spanish": "cumpleanos"
    "|calendario de cumpleanos", "Italian": "compleanni|calendario dei compleanni", "Portuguese": "aniversarios"
    "|calendario de aniversarios", "Dutch": "verjaardagen|verjaardagskalender", "Polish": "urodziny|kalendarz urodzin",
}
_BIRTHDAYS_LISTED = re.compile(
    f"(?i:(?<![^\\W\\d_])(?:{table_alternation(_BIRTHDAY_HEADINGS, '|')}))(?![^\\W\\d_])[ \\t]{{0,3}}:[ \\t]{{1,3}}"
    f"(?:[a-z]{{2,8}}[ \\t]{{1,3}})?({FULL_NAME})[ \\t]{{0,3}}[,(\\-]?[ \\t]{{0,3}}{_DATE}(?![0-9])")
_FAMOUS = re.compile("(?i:famous|celebrit|star|histor|beruhmt|promi|celebre|famos|famosi|beroemd|slynn)")
# (closer 147) A family's name, then a dash or a colon and its members' given names joined, ending the text (`The …
# Family – Lea, Ben & Mia`); not a title's goods (`The Addams Family – DVD`).
_MEMBERS_AFTER = re.compile(f"[ \\t]{{0,3}}(?:-{{1,2}}|:)[ \\t]{{1,3}}({WORD}(?:,[ \\t]{{1,3}}{WORD}){{0,8}}),?"
                            f"[ \\t]{{1,3}}(?:{_CONJUNCTION})[ \\t]{{1,3}}({WORD})[ \\t.]{{0,3}}$")
# (closer 147) A couple in lower case after a celebration's word: two names of two words each, joined (`wedding album –
# … … & … …`); none of their words a thing's, a colour's or a dish's (`wedding cake – dark chocolate & salted
# caramel`: NOT_NAMES_BY_MEANING).
_LOWER_NAME = "[a-z][a-z'\\-]{1,29}[ \\t]{1,3}[a-z][a-z'\\-]{1,29}"
_LOWER_COUPLE_CELEBRATED = re.compile(
    f"{_OCCASION}{_OCCASION_TO_NAMES}[ \\t]{{1,3}}({_LOWER_NAME})[ \\t]{{1,3}}(?:&|\\+|and|und|et|y|e|en)"
    f"[ \\t]{{1,3}}({_LOWER_NAME})[ \\t]{{0,3}}(?=$|[,(]|[ \\t]{{1,3}}[0-9])")
# (closer 147) A work role's label (role_labels.WORK_ROLE_LABELS) and its colon opening the text or a line, then a
# name of two words in lower case ending it or before an aside (`Organiser: … … (internal)`); none of its words a
# team's, a state's, a thing's, a meeting platform's (_PLATFORM_WORDS: `Host: google meet`) or a page's.
# (not a lead's or a prospect's label, whose source is written after it as often: `Lead: cold email`)
_WORK_ROLE = "|".join(re.escape(label).replace("\\ ", "[ \\t]{1,3}") for label in sorted(
    (label for label in WORK_ROLE_LABELS if "lead" not in label and "prospect" not in label), key=longest_first))
_ROLE_LOWER_NAMED = re.compile(f"(?:^|(?<=[\\n\"]))[ \\t]{{0,3}}(?i:{_WORK_ROLE})[ \\t]{{0,3}}:[ \\t]{{0,3}}"
                               f"({_LOWER_NAME})[ \\t]{{0,3}}(?=$|[\\n\"(,])")
_PLATFORM_WORDS = frozenset("zoom teams meet webex chime skype whereby gotomeeting hangouts slack discord youtube live "
                            "stream online virtual tbd tba none only everyone anyone guest guests public private "
                            "internal external".split())
# (a family name in lower case is read of five letters at least, a given name of three: `read only`, `airbnb plus`
# are words)
_LOWER_FAMILY_LEAST = 5
# Words that make two capitalized words a form of address or a greeting, not a person (`Mr & Mrs …`, `Happy
# Birthday & …`).
_ADDRESS_WORDS = frozenset("mr mrs ms mx miss dr sir madam lady lord happy best merry congratulations".split())


def _attributes(name: str) -> list[bool]:
    """Whether each word of `name` is a product's colour's, size's or material's (ATTRIBUTE_WORDS; `ß` as `ss`)."""
    return [word in ATTRIBUTE_WORDS or word.replace("ß", "ss") in ATTRIBUTE_WORDS for word in name.lower().split()]


def _a_couple_name(name: str, family_attribute: bool = False) -> bool:
    """Whether `name` is a person's, none of its words a form of address, a celebration's, a joining word's or a
    product's colour's, size's or material's (`Deko Gold & Rose Gold`, `Blanco y Negro`); with `family_attribute`,
    its last word may be one after a given name, as a family name (`… und Anna Weiß`, `… and Anna Groß`)."""
    words = name.lower().split()
    attributes = _attributes(name)
    if family_attribute and len(words) > 1:
        attributes = attributes[:-1]
    return _a_name(name) and not any(
        word in _ADDRESS_WORDS or word.rstrip("s") in _OCCASION_WORDS or word in NOT_NAME_WORDS for word in words
    ) and not any(attributes)


# (closer 169) A royal title before a given name by language, a public figure's (`Royal wedding of Prince … and …`).
_ROYAL_TITLES = frozenset(canonical(word)[0].lower() for word in (
    "prince princess king queen duke duchess prinz prinzessin konig konigin herzog herzogin princesse roi reine duc "
    "duchesse principe principessa princesa rey reina re regina duque duquesa duca duchessa prins prinses koning "
    "koningin hertog hertogin ksiaze ksiezna krol krolowa").split())


# (closer 196, review 32) English's `Golden` and `Silver`, family names as often, are a motif's colour only opening the
# words before a rite's motif's noun (`First Communion Golden Chalice`); `Isla Golden` stays a name.
_OPENING_COLOURS = frozenset("golden silver".split())
_RITE_MOTIFS = frozenset((
    "chalice chalices dove doves rosary rosaries crucifix crucifixes cross crosses bible bibles lamb angel angels "
    "halo wings host wafer wheat grapes fish ichthys lily lilies heart hearts crown crowns star stars").split())


def _a_golden_motif(words: str) -> bool:
    """Whether `words` after a rite are a colour opening them and a rite's motif's noun ending them (above)."""
    split = words.lower().split()
    return len(split) == 2 and split[0] in _OPENING_COLOURS and split[1] in _RITE_MOTIFS


def _a_party_good_after_a_character(words: List[str]) -> bool:
    """(closer 229) Whether a celebrated name's words end on a party's good (_PARTY_GOODS) after a character's name:
    a word before it (or a hyphened part) is no name's word (lower_case_names.a_name_word: `Hello`, a brand's) or a
    common word of a language (`Mouse`, `Man`, `Patrol`)."""
    return len(words) > 1 and words[-1].lower() in _PARTY_GOODS and any(
        not a_name_word(part) or a_common_word_in_a_language(part)
        for word in words[:-1] for part in word.lower().split("-") if part)


def _one_celebrated(form: str) -> bool:
    """Whether canonical `form` names one person in a celebration's dated title (_ONE_CELEBRATED) or a baby before
    its due date (_BABY_DUE)."""
    for one in _ONE_CELEBRATED.finditer(form):
        if one.group(2).split()[0].lower() in _ROYAL_TITLES or one.group("year") is not None and (
                one.group(1).strip() or _BIRTH_CARDS.search(form, one.start(), one.start(1)) is not None):
            continue  # (a year alone after the name right after a rite's word, not a card's: `Erstkommunion … 2026`)
        if not _AT_A_PLACE.isdisjoint(one.group(1).lower().split()):
            continue  # (a place's preposition before the name: the rite's church or town, `Taufe in Sankt Peter`)
        if _a_party_good_after_a_character(one.group(2).split()):
            continue  # (closer 229: `Happy Birthday Mickey Mouse Balloon`)
        if _PARTIES.isdisjoint(one.group(1).lower().split()) and _a_couple_name(one.group(2)) and (
                _SALE_WORDS.isdisjoint(one.group(2).lower().split())) and (
                _INFLECTED_COLOURS.isdisjoint(one.group(2).lower().split())) and not _a_golden_motif(one.group(2)):
            return True
    return any(_NOT_BABY_NAMES.isdisjoint(baby.group(1).lower().split()) and _a_couple_name(
        baby.group(1) if " " in baby.group(1) else "Jo " + baby.group(1)) for baby in _BABY_DUE.finditer(form))


def _celebrated(form: str) -> bool:
    """Whether canonical `form` names a couple at their celebration, a family by its members or a person in a
    celebration's dated title."""
    for match in _COUPLE_CELEBRATED.finditer(form):
        first, second = match.group(1), match.group(2)
        if first.split()[0].lower() in _ROYAL_TITLES:
            continue  # (a royal wedding in the news: a public figure's title before the name)
        # (closer 166: one of the two may bear a colour's or a size's family name, not both: `Deko Gold & Rose Gold`)
        first_plain, second_plain = not any(_attributes(first)), not any(_attributes(second))
        if _a_couple_name(second, first_plain) and _a_couple_name(first, second_plain) and (
                " " in first or not a_thing(second)):
            return True
    for match in _COUPLE_WEDS.finditer(form):
        first, second = match.group(1), match.group(2) or match.group(3)
        if " " in first + second and _a_couple_name(first if " " in first else first + " " + second.split()[-1]) and (
                _a_couple_name(second if " " in second else second + " " + first.split()[-1])):
            return True
    if not form.isascii() and _HAN_COUPLE_CELEBRATED.search(form) is not None:
        return True
    if any(_a_couple_name(match.group(1)) for match in _DATED_CELEBRATION.finditer(form)):
        return True
    if _one_celebrated(form):
        return True
    if any(_a_couple_name(match.group(1)) and _FAMOUS.search(form, max(0, match.start() - 30), match.start()) is None
           for match in _BIRTHDAYS_LISTED.finditer(form)):
        return True
    for couple in _LOWER_COUPLE_CELEBRATED.finditer(form):
        names = " ".join(couple.group(1, 2))
        if _a_couple_name(names.title()) and _NOT_NAME_MEANINGS.isdisjoint(names.split()):
            return True
    families: Dict[str, int] = {}  # (each family's name at its first place; the lists read once: linear)
    for match in _FAMILY_NAMED.finditer(form):
        families.setdefault(match.group(1) or match.group(2), match.end())
        members = _MEMBERS_AFTER.match(form, match.end())
        if members is not None and all(_a_couple_name(word.strip(", ")) for word in (
                members.group(1).split(",") + [members.group(2)])):
            return True
    return bool(families) and any(
        families.get(member.group(1), len(form)) <= member.start() and _a_couple_name(member.group(1))
        for member in _MEMBERS.finditer(form))


# A celebration's upload or slug: the occasion's word (or an age's ordinal, `6th`, `90cumple`) beside two or three
# words of a name in a file's name or a path's segment, joined by `_`, `-`, `+` or blanks (`IMG_<Given>_<Family>_
# wedding_2025.jpg`, `hochzeit_<given>+<given>_<family>_0472.jpg`, `…/hochzeit-<given>-und-<given>-<family>/`): a
# name's words in lower case joined by hyphens (a product's slug's way) count only joined by a conjunction as a
# couple's are (`photo-mariage-<given>-<family>-et-<given>.jpeg`); the tokens read one by one: _CELEBRATION_TOKEN.
_CELEBRATION_RUN = re.compile(r"(?<![A-Za-z0-9'_+\-])[A-Za-z0-9'][A-Za-z0-9'_+\-]{4,160}"
                              r"(?=\.(?i:jpe?g|png|heic|webp|gif|tiff?|pdf)(?![a-z])|[/?#&\"\n]|$)")
_CELEBRATION_TOKEN = re.compile(r"[^_+\-]+|[+]")
_AGE_ORDINAL = re.compile(r"[0-9]{1,3}[a-z]{2,12}")
_AGE_SUFFIXES = _OCCASION_WORDS | {"st", "nd", "rd", "th"}
# (a file name's tokens: Afrikaans `'n` written `n`)
_FILE_CONJUNCTIONS = frozenset(word.strip("'") for words in _CONJUNCTIONS.values() for word in words.split())
_CELEBRATION_NOISE = frozenset(
    "img dsc pic photo photos foto fotos image picture bild album fotobuch fotoboek photobook book cake topper party "
    "card cards invitation invite template final edit print scan copy our my the save date happy day feliz joyeux "
    "cover page seite front back v1 v2 v3 new "
    # (a celebration's goods and styles, by language: `birthday_balloons_…`, `wedding-rustic-and-boho-decor.jpg`)
    "balloon balloons banner banners decor deko decoration decorations dekoration napkins plates cups garland sign "
    "signs guestbook guest rustic boho vintage ideas idea inspiration theme".split()) | ATTRIBUTE_WORDS


# (an occasion's word of five letters or more opening a token, `weddingday`: one test in C of them all)
_LONG_OCCASION_WORDS = tuple(sorted(word for word in _OCCASION_WORDS if len(word) >= 5))


def _occasion_token(token: str) -> bool:
    low = token.lower()
    if low in _OCCASION_WORDS or low.startswith(_LONG_OCCASION_WORDS):
        return True
    # (an age: `6th`, `90cumple`; not a bare number, a year's or a count's)
    return _AGE_ORDINAL.fullmatch(low) is not None and low.lstrip("0123456789") in _AGE_SUFFIXES


def _name_tokens(tokens: List[str], start: int, step: int) -> Tuple[List[str], bool]:
    """The name's words beside the occasion's token at `start`, walking by `step` (up to three words and one
    conjunction), and whether a conjunction joined them."""
    words: List[str] = []
    joined = False
    at = start + step
    while 0 <= at < len(tokens) and len(words) < 3:
        token = tokens[at]
        if token.lower() in _FILE_CONJUNCTIONS and words and not joined:
            joined = True
        elif token.isalpha() and 2 <= len(token) <= 20 and token.lower() not in _CELEBRATION_NOISE and (
                not _occasion_token(token)):
            words.append(token)
        else:
            break
        at += step
    return words, joined


# (closer 169) A wedding's kind, season or place, which no couple's name holds beside its word in a slug
# (`summer-garden-wedding-2026`, `castle-wedding-2025`).
_WEDDING_KINDS = frozenset(
    "summer winter spring autumn fall beach garden barn country destination city castle lake mountain elopement micro "
    "small big intimate royal luxury classic modern elegant real outdoor indoor best top ideas gallery galleries "
    "proofs proof highlights film video preview sneak peek photography photographer photos villa chateau schloss "
    "hotel farm estate manor palace vineyard finca masseria hacienda quinta"
    # (and a wedding's people: `braut-und-brautigam-figuren`)
    .split() + [canonical(word)[0].lower() for table in (key_lexicon.WEDDING_PEOPLE, key_lexicon.WEDDING_COUPLES)
                for words in table.values() for word in words.split()])
# A registry's, a list's or a gallery's words beside an occasion's in the segment before a couple's slug
# (`/wedding-registry/…`, `/lista-de-bodas/…`); that segment holds no other word (`/wedding-2026/…` is a section).
_REGISTRY_WORDS = frozenset("registry registries list lista liste de des gift gifts regalos gallery galerie galeria "
                            "album page site website wunschliste".split())
_NUMBER_TOKEN = re.compile(r"[0-9]{4,12}")


def _couple_beside_a_number(tokens: List[str], index: int) -> bool:
    """Whether the occasion's token at `index` of a slug's `tokens` has two words of a name on one side and a year's
    or an id's number on the other (`<family>-<family>-wedding-2026`, `hochzeit-<family>-<family>-418627`)."""
    for step in (1, -1):
        other, after = index - step, index + 3 * step
        if not (0 <= other < len(tokens) and _NUMBER_TOKEN.fullmatch(tokens[other]) or 0 <= after < len(tokens) and (
                _NUMBER_TOKEN.fullmatch(tokens[after]))):
            continue
        words, _ = _name_tokens(tokens, index, step)
        if len(words) == 2 and not _WEDDING_KINDS.intersection(word.lower() for word in words) and all(
                len(word) >= _LOWER_FAMILY_LEAST for word in words):
            name = " ".join(word.capitalize() for word in words)
            if _a_couple_name(name) and not a_thing(name) and _NOT_NAME_MEANINGS.isdisjoint(name.lower().split()):
                return True
    return False


def _couple_after_an_occasion(form: str, start: int, tokens: List[str]) -> bool:
    """Whether a slug's `tokens` at `start` of `form` follow a segment holding an occasion's word (`/boda/`,
    `/wedding-registry/`) and are a couple's names joined by a conjunction (`<given>-y-<given>-<family>`)."""
    if start < 3 or form[start - 1] != "/":
        return False
    before = form.rfind("/", max(0, start - 40), start - 1)
    section = _CELEBRATION_TOKEN.findall(form[before + 1:start - 1]) if before >= 0 else []
    if not any(_occasion_token(token) for token in section) or not all(
            _occasion_token(token) or token.lower() in _REGISTRY_WORDS for token in section):
        return False
    # (a registry's, a list's or a gallery's word in that segment or in the site's host: a shop's `/wedding/` is its
    # catalogue's, `/wedding/salt-and-pepper-shakers`)
    host_start = form.rfind("//", max(0, start - 200), start)
    host = form[host_start + 2:form.find("/", host_start + 2)].lower() if host_start >= 0 else ""
    if not any(token.lower() in _REGISTRY_WORDS for token in section) and not any(
            word in host for word in _REGISTRY_WORDS if len(word) >= 5):
        return False
    words, joined = _name_tokens(["/"] + tokens, 0, 1)
    name = " ".join(word.capitalize() for word in words)
    return joined and len(words) == 3 and _a_couple_name(name) and not a_thing(name) and (
        _NOT_NAME_MEANINGS.isdisjoint(name.lower().split()))


def celebration_file(form: str) -> bool:
    """Whether `form` holds a file's name or a slug naming a celebration beside a name (a URL's path too:
    privacy._path_reason)."""
    for run in _CELEBRATION_RUN.finditer(form):
        text = run.group(0)
        if "_" not in text and "-" not in text and "+" not in text:
            continue
        tokens = _CELEBRATION_TOKEN.findall(text)
        if _couple_after_an_occasion(form, run.start(), tokens):
            return True
        for index, token in enumerate(tokens):
            if not _occasion_token(token):
                continue
            for step in (1, -1):
                words, joined = _name_tokens(tokens, index, step)
                if len(words) < 2 or "_" not in text and "+" not in text and (
                        len(words) < 3 if joined else not all(word[:1].isupper() for word in words)):
                    continue  # (a product's slug joins words in lower case by hyphens: `wedding-guest-book.jpg`)
                name = " ".join(word.capitalize() for word in (words if step == 1 else words[::-1]))
                if _a_couple_name(name) and not a_thing(name):
                    return True
            if _couple_beside_a_number(tokens, index):
                return True
    return False


# (closer 149, sixty-ninth attack: e-signature) A business document's word by language (an NDA, a contract, an
# agreement, an offer, a proposal), then two capitalized words and a number joined by underscores, then a document's
# extension (`NDA_<Given>_<Family>_464027.pdf`): an e-signature tool names the file after its party. Not a template's
# or a version's words (`NDA_Template_v2.pdf`, `Contract_Final_Signed.pdf`: no number, a thing's words).
_AGREEMENTS = {"English": "nda|contract|agreement|offer|proposal|quote|msa|sow|dpa|engagement letter",
               "German": "vertrag|vereinbarung|angebot|arbeitsvertrag|mietvertrag",
               "French": "contrat|accord|offre|devis",
               "Spanish": "contrato|acuerdo|oferta|presupuesto", "Italian": "contratto|accordo|offerta|preventivo",
               "Dutch": "contract|overeenkomst|offerte", "Polish": "umowa|oferta", "Portuguese": "contrato|proposta"}
_AGREEMENT = table_alternation(_AGREEMENTS, "|").replace("[ \\t]{1,3}", "_")
_CAPITALIZED = "([A-Z][a-z]{1,20})"
_AGREEMENT_FILE = re.compile(f"(?<![A-Za-z0-9])(?i:{_AGREEMENT})_{_CAPITALIZED}_{_CAPITALIZED}_[0-9]{{3,12}}"
                             r"\.(?i:pdf|docx?|odt)(?![a-z])")
_AGREEMENT_NOISE = frozenset(
    "template vorlage modele plantilla modello sjabloon wzor draft entwurf final signed unsigned copy kopie "
    "version revised redline clean executed countersigned sample example muster".split())


def agreement_file(form: str) -> bool:
    """Whether `form` holds a business document's file named after its party (_AGREEMENT_FILE, above)."""
    return any(not any(word.lower() in _AGREEMENT_NOISE for word in match.groups()) and _a_name(
        " ".join(match.groups())) for match in _AGREEMENT_FILE.finditer(form))


# What named_file needs first: a document's or an agreement's file extension, or an occasion's word or an age's digit
# (_occasion_token, in any case) for a celebration's. privacy searches a URL's path for it before the call.
FILE_CUE = re.compile(f"[0-9]|\\.(?i:pdf|docx?|odt|jpe?g|png|heic|webp|tiff?)|(?i:{'|'.join(sorted(_OCCASION_WORDS))})")


def named_file(form: str) -> bool:
    """Whether `form` holds a file named after an identity document's holder, a business document's party or a
    celebration's people (FILE_CUE first)."""
    return document_file(form) or "_" in form and agreement_file(form) or celebration_file(form)


# The stems `reason` needs, searched first by the detector in the lower-cased form (CUE_SOURCE, compiled there).
_STEMS = ("mme|mlle|madame|mademoiselle|monsieur|frau|herr|dr.|prof.|mevrouw|meneer|mevr.|dhr.|sr.|sra.|srta.|dra."
          "|dona|senhor|senor|sig.|signor|dott.|pani|pan |kund|gast|patient|klient|besucher|guests|clients|customers"
          "|patients|visitors|attendees|participants|prescription|result|analys|analis|diagnos|assessment|report"
          "|profil|perfil|ergebnis|rezept|befund|auswertung|ordonnance|bilan|resultaat|uitslag|recept|risultat"
          "|ricetta|referto|receta|receita|informe|wynik|recepta|para |pour |fur |label|personali|personnali|personli"
          "|individuel|persoonlijk|imienn|custom|with name|with a name|with your name"
          "|with the name|mit name|mit wunschname|mit deinem name|mit ihrem name|avec prenom|avec le prenom|avec nom"
          "|avec le nom|con nom|con el nombre|con il nome|com nome|com o nome|met naam|met de naam|met namen"
          "|z imieni|z imiona|z nazwisk|etiket|etikett|aufkleber"
          "|bander|schilder|lintjes|stickers|etiquet|etichett|naszywk|naklejk|metki|シール|ラベル|passport|passbild"
          "|reisepass|ausweis|fuhrerschein|passeport|identit|tessera|passaport|patente|pasaport|dni|carnet|paspoort"
          "|pasfoto|rijbewijs|paszport|dowod|licen|selfie|biodata|wedding|marriage|engagement|anniversar|christening|baptism"
          "|birthday|bday|hen |hens |stag |bride|bachelor|jga|evjf|evg|despedida|addio|vrijgezellen|wieczor"
          "|hochzeit|verlobung|taufe|geburtstag|jubil|polterabend|junggesellen"
          "|mariage|fiancailles|bapteme|noces|nozze|matrimonio|fidanzamento|battesimo|compleanno|boda|casamiento"
          "|casamento|compromiso|noivado|bautizo|batizado|cumple|aniversario|anniversaires|complean|bruiloft|huwelijk|verloving|doop"
          "|verjaardag|slub|wesele|zareczyny|chrzest|chrzciny|urodziny|rocznica|結婚|family|famil|rodzina|.jp|.png"
          "|mitzv|mizwa|commun|comunion|comunhao|comunione|kommunion|firmung|konfirm|quince|xv an|15 an|geboort"
          "|geburts|naissance|nacid|nacio|nasceu|e nat|cresima|vormsel|bierzm|naming|birth|baby|bebe|bambin"
          "|weds|married|engaged|knot|heirat|marient|casan|sposan|trouwen|casar|biora|bierzemy|verlobt|disent oui"
          "|.heic|.webp|nda_|contract_|agreement_|offer_|proposal_|quote_|msa_|sow_|dpa_|letter_|vertrag_"
          "|vereinbarung_|angebot_|contrat_|accord_|offre_|devis_|contrato_|acuerdo_|oferta_|presupuesto_"
          "|contratto_|accordo_|offerta_|preventivo_|overeenkomst_|offerte_|umowa_|proposta_"
          # (closer 233: a job application's or a notice's file, _APPLICATION_FILE)
          "|.pdf|.doc|.odt")
# (the profile's and the name's labels in katakana and kanji in their canonical form, each label that holds none of
# the others: `名前` stands for `お名前` too)
_KANA_NAME_STEMS = [label for label in _KANA_NAME_LABEL_FORMS
                    if not any(other != label and other in label for other in _KANA_NAME_LABEL_FORMS)]
_CUE_STEMS = _STEMS.split("|") + _KANA_NAME_STEMS + sorted(WORK_ROLE_LABELS) + dating.CUE_STEMS
CUE_SOURCE = f"(?i:{by_first_letter(_CUE_STEMS)})"



def _a_name(name: str) -> bool:
    return a_person(name) and not a_thing(name) and not _a_place(name) and not _place_or_business(name)


def document_file(form: str) -> bool:
    """Whether `form` holds a file named after an identity document and two words that are no thing's (a URL's path
    too: privacy._path_reason)."""
    for match in _DOCUMENT_FILE.finditer(form):
        words = [word for word in match.groups() if word is not None]
        if any(word.lower() in _SCAN_WORD_SET or word.lower() in _ACCESSORY_WORDS for word in words):
            continue
        if "_" not in match.group(0) and not all(word[:1].isupper() for word in words):
            continue  # (a product's image joins words in lower case by hyphens: `passport-holder-leather.jpg`)
        if any(word.lower() in _UPLOAD_WORD_SET for word in words):
            if any(word.lower() not in _UPLOAD_WORD_SET and _a_family_name(word) for word in words):
                return True
            continue
        name = " ".join(word.capitalize() for word in words)
        if "selfie" in match.group(0).lower() and a_common_words_not_a_name(name):
            continue  # (closer 210, review 37: a selfie's product or mood, common words, `Selfie_Ring_Light.jpg`)
        if _a_name(name) and not a_meaning_not_a_name(name):  # (closer 179: a template's, `…_Muster_Beispiel_…`)
            return True
    return any(_a_family_name(match.group(1)) for match in _UPLOADED_DOCUMENT_FILE.finditer(form)) or any(
        a_given_then_family_name(f"{match.group(1)} {match.group(2)}") and _a_name(
            f"{match.group(1).capitalize()} {match.group(2).capitalize()}")
        for match in _APPLICATION_FILE.finditer(form))


def _a_family_name(word: str) -> bool:
    """Whether `word` of a file's name may be a family name alone: no file's word nor a document's accessory, a name's
    word (lower_case_names.a_name_word: no common word, place, brand or time) and a person's."""
    low = word.lower()
    return low not in _FILE_WORD_SET and low not in _ACCESSORY_WORDS and (
        _A_CODE.fullmatch(word) is None) and a_name_word(low) and _a_name(word.capitalize()) and not (
        a_meaning_not_a_name(word.capitalize()))


# Honorifics no product's name writes for its audience (abbreviations, Polish's `Pani`, Dutch's words): after any word.
_UNMISTAKABLE = frozenset(canonical(word)[0] for word in honorifics.words("unmistakable"))


def _after_a_break_or_a_lower_case_word(form: str, start: int) -> bool:
    """Whether the honorific at `start` follows a break or a word all in lower case (`… allergie, Mme …`, `notitie
    mevrouw …`), not a capitalized one: a product's name writes its audience there (`Jeans Herr Slim Fit`, `Chemise
    Monsieur Coupe Droite`); nor a quote opening a JSON text's value, which opens that value as a text's start does
    (`"brand": "Frau Holle Märchen"`; name_shapes.word_before)."""
    before = word_before(form, start)
    return before != '"' and (not before.isalpha() or before.islower())


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a full name after one of the cues above, or a dating site's notice or
    record names a member (dating.py), or ""."""
    if dating.reason(form, _a_name):
        return PERSON_NAME
    if any((match.group(0).split(None, 1)[0] in _UNMISTAKABLE or _after_a_break_or_a_lower_case_word(
            form, match.start())) and _a_name(match.group(1) or match.group(2))
           for match in _HONORED_AFTER_A_BREAK.finditer(form)) or any(
            _a_name(match.group(1)) for match in _HONORED_FAMILY_GOES_ON.finditer(form)):
        return PERSON_NAME
    for pattern in (_PERSON_NOUN_NAMED, _MADE_OUT_TO, _PROFILE_LABELLED, _DEDICATED_WITH_A_DATE, _LABEL_NAMED):
        if any(_a_name(match.group(1) or match.group(pattern.groups)) for match in pattern.finditer(form)):
            return PERSON_NAME
    if any(_a_name(match.group(1)) and not _placeholder(match.group(1)) for match in _NAMED_PRODUCT.finditer(form)):
        return PERSON_NAME
    if any(_a_couple_name(match.group(1)) for match in _PERSONALISED_FOR_AGED.finditer(form)):
        return PERSON_NAME
    profiled = _PROFILE_TITLED.match(form)
    if profiled is not None and _a_name(profiled.group(1)) and _PROFILE_PAGE_WORDS.isdisjoint(
            word.lower() for word in profiled.group(1).split()):
        return PERSON_NAME
    if any(_a_name(match.group(1)) and _a_name(match.group(2)) for match in _PEOPLE_JOINED.finditer(form)):
        return PERSON_NAME
    if not form.isascii() and (_KANA_LABEL_NAMED.search(form) is not None or any(
            _KATAKANA_NOUN_SET.isdisjoint(match.groups()) for match in _KANA_PROFILE_NAMED.finditer(form))):
        return PERSON_NAME
    for role in _ROLE_LOWER_NAMED.finditer(form):
        words = role.group(1).split()
        if len(words[-1]) >= _LOWER_FAMILY_LEAST and len(words[0]) > 2 and _a_couple_name(
                role.group(1).title()) and not a_team_or_state(role.group(1)) and not any(
                word in _PLATFORM_WORDS or word in _NOT_NAME_MEANINGS or word in WORK_ROLE_LABELS for word in words):
            return PERSON_NAME
    if _celebrated(form):
        return PERSON_NAME
    return PERSON_NAME if ("." in form or "/" in form) and named_file(form) else ""
