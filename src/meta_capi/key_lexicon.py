"""The key lexicon's words for a person's data, by meaning and by language (closer 70).

Each table maps a meaning to the words that name it in each language shops write in: the European Union's, Turkish,
Indonesian and Malay, Vietnamese written without its marks, Tagalog, Swahili, Hindi and Urdu romanized, Arabic,
Persian and Hebrew transliterated, Japanese, Chinese and Korean romanized, Russian, Ukrainian, Greek, Bulgarian and
Serbian transliterated. A word of several words is written with `_` between them, as a key writes it (`nama_belakang`:
a key's tokens joined, up to three, meet it). Pure data: personal_keys.py folds the words as keys are folded and puts
each table in its kind of the lexicon (words personal alone, towns, places, qualifiers, heads of a key about its
field).

A word that is another language's ordinary word, or short enough to be one, is held only in its compound or beside a
second word: Japanese `sei` and `mei` (Italian "you are", Dutch "May") in `sei_kana`, `seimei`, and alone as a bare
key holding a name (BARE_NAME_KEYS); Vietnamese `ho` in `ho_ten`, `ho_dem`; Slavic `dom` in `nomer_doma`, `numer_domu`;
Norwegian `gate` (English's gate) in `gatenavn`. Not at all: Hindi `ling` (gender), Italian `via`, Serbian and
Croatian `grad` (German's degree), Czech `strana` (a page), Hebrew `rehov` (Rehov Sumsum, Sesame Street, a series'
title), Swedish `gata` (Spanish's cat), Ukrainian `poshta` (Nova Poshta, a carrier), Romanian `buletin` (Malay's
bulletin), French `jeune fille` (girls' clothes).
"""

from __future__ import annotations

from typing import Dict, FrozenSet, Tuple

# Words personal alone in a key, by meaning, then by language.
ALONE: Dict[str, Dict[str, str]] = {
    "first name": {
        "Bulgarian": "sobstveno_ime", "Czech": "krestni_jmeno", "Slovak": "krstne_meno", "Hungarian": "utonev",
        "Irish": "cead_ainm", "Portuguese": "primeiro_nome nome_proprio", "Spanish": "primer_nombre nombre_de_pila",
        "Swedish": "tilltalsnamn", "Indonesian and Malay": "nama_depan nama_pertama nama_awal nama_kecil",
        "Tagalog": "unang_pangalan", "Swahili": "jina_la_kwanza", "Hindi and Urdu": "pehla_naam pratham_naam",
        "Arabic": "al_ism ism_awwal", "Japanese": "shita_no_namae mei_kana mei_kanji mei_furigana",
        "Chinese": "mingzi", "Greek": "kyrio_onoma", "Tagalog (middle name)": "gitnang_pangalan",
    },
    "last name": {
        "Indonesian and Malay": "nama_belakang nama_keluarga nama_akhir", "Vietnamese": "ho_dem",
        "Swahili": "jina_la_ukoo", "Hindi and Urdu": "upnaam kulnaam", "Arabic": "laqab ism_al_aila ism_al_ailah",
        "Romanian": "nume_familie nume_de_familie", "Ukrainian": "prizvyshche prizvishche",
        "Japanese": "sei_kana sei_kanji sei_furigana", "Korean": "seong_ssi",
    },
    "full name": {
        "Hindi and Urdu": "pura_naam poora_naam pura_nam", "Korean": "seongmyeong", "Czech": "cele_jmeno",
        "Finnish": "koko_nimi", "Hungarian": "teljes_nev", "Latvian": "pilns_vards",
        # (closer 232, review 39: a name's kana reading, `name_kana`)
        "Japanese": "seimei sei_mei name_kana kana_name",
        "Russian": "polnoe_imya", "Arabic": "ism_kamil",
    },
    "maiden name": {
        "French": "nom_jeune_fille", "Spanish": "apellido_de_soltera", "Portuguese": "nome_de_solteira",
        "Italian": "cognome_da_nubile", "Dutch": "meisjesnaam", "Swedish": "flicknamn",
        "Danish and Norwegian": "pigenavn", "Finnish": "tyttonimi", "Hungarian": "leanykori_nev",
        "Romanian": "nume_de_fata", "Indonesian and Malay": "nama_gadis",
    },
    "street": {
        "Czech": "ulice", "Slovak, Polish, Croatian and Slovene": "ulica", "Latvian": "iela", "Lithuanian": "gatve",
        "Estonian": "tanav", "Hungarian": "utca", "Romanian": "strada", "Maltese": "triq", "Irish": "sraid",
        "Finnish": "katu katunimi", "Swedish": "gatunamn gatuadress", "Danish": "vejnavn gadenavn",
        "Norwegian": "gatenavn gateadresse", "Greek": "odos", "Turkish": "sokak sokagi cadde caddesi",
        "Indonesian and Malay": "nama_jalan", "Vietnamese": "ten_duong duong_pho", "Tagalog": "kalye kalsada",
        "Swahili": "mtaa", "Persian": "khiaban", "Chinese": "jiedao", "Korean":
        "doromyeong", "Ukrainian": "vulytsia vulitsa vulytsya", "Bulgarian and Serbian": "ulitsa ulica",
    },
    "house number": {
        "Polish": "numer_domu nr_domu", "Czech and Slovak": "cislo_domu cislo_popisne supisne_cislo",
        "Hungarian": "hazszam", "Romanian": "numar_casa numarul_casei", "Swedish, Danish and Norwegian":
        "husnummer husnr", "Finnish": "talonumero", "Turkish": "kapi_no bina_no daire_no",
        "Indonesian and Malay": "nomor_rumah no_rumah", "Vietnamese": "so_nha", "Russian": "nomer_doma",
        "Italian": "numero_civico", "Portuguese and Spanish": "numero_casa numero_de_casa", "Latvian": "majas_numurs",
        "Lithuanian": "namo_numeris", "Slovene": "hisna_stevilka", "Croatian and Serbian": "kucni_broj broj_kuce",
        "Arabic": "raqm_al_manzil raqm_al_bayt", "Hebrew": "mispar_bayit", "Chinese": "menpaihao",
        "Korean": "beonji", "Swahili": "namba_ya_nyumba", "Tagalog": "numero_ng_bahay", "Estonian": "maja_number",
        "Ukrainian": "budynok", "French": "numero_de_rue", "Hindi and Urdu": "makan_number ghar_number makan_nambar",
    },
    "address": {
        "Greek": "diefthynsi diefthinsi", "Latvian": "adrese", "Lithuanian": "adresas", "Estonian": "aadress",
        "Turkish": "adresi ikamet ikametgah", "Finnish": "kotiosoite postiosoite toimitusosoite laskutusosoite",
        "Czech": "bydliste", "Slovak": "bydlisko", "Polish": "zamieszkania miejsce_zamieszkania", "German": "wohnsitz",
        "Danish": "bopael", "Norwegian": "bosted", "Hindi and Urdu": "pata_pin", "Ukrainian": "adresa",
    },
    "flat": {"Russian": "kvartira", "Ukrainian": "kvartyra", "Polish": "mieszkanie numer_mieszkania"},
    "postcode": {
        "Danish and Norwegian": "postnr", "Greek": "tachydromikos_kodikas", "Russian": "pochtovyi_indeks "
        "pochtovyj_indeks", "Ukrainian": "poshtovyi_indeks", "Bulgarian": "poshtenski_kod", "Croatian and Serbian":
        "postanski_broj", "Slovene": "postna_stevilka", "Latvian": "pasta_indekss", "Lithuanian": "pasto_kodas",
        "Estonian": "postiindeks", "Indonesian": "kode_pos", "Malay": "poskod", "Swahili": "msimbo_wa_posta",
        "Arabic": "ramz_baridi ramz_bareedi", "Maltese": "kodici_postali", "Irish": "cod_poist",
        "Japanese": "youbinbangou youbinbango", "Polish": "kod_pocztowy",
    },
    "phone": {
        "Greek": "tilefonou arithmos_tilefonou", "Tagalog": "telepono", "Polish": "komorka", "Finnish": "kannykka",
        "Russian and Ukrainian": "mobilnyi mobilnyj sotovyi", "Bulgarian": "mobilen", "Croatian, Serbian and Slovene":
        "mobitel mobilni", "Estonian": "mobiil", "Latvian": "mobilais", "Lithuanian": "mobilusis",
        "Indonesian and Malay": "ponsel nombor_telefon", "Vietnamese": "di_dong", "Hebrew": "nayad",
    },
    "email": {
        "Indonesian": "surel", "Malay": "emel", "Vietnamese": "thu_dien_tu", "Japanese": "meiru meiru_adoresu",
        "Chinese": "dianzi_youjian youjian", "Arabic": "barid bareed", "Ukrainian and Bulgarian":
        "elektronna_poshta", "Serbian and Croatian": "imejl elektronska_posta", "Romanian": "posta_electronica",
        "Irish": "riomhphost", "Portuguese": "correio_eletronico", "Italian": "posta_elettronica",
        "Greek": "ilektroniko_tachydromeio", "Estonian": "meiliaadress", "Bulgarian": "imeyl",
        "Hebrew": "doar_elektroni",
    },
    "birth": {
        "Slovak": "narodenia datum_narodenia", "Croatian and Serbian": "rodjenja rodenja rodjendan rodendan",
        "Hungarian": "szuletesi", "Romanian": "nastere nasterii", "Greek": "gennisis gennisi genethlia",
        "Ukrainian": "narodzhennia narodzhennya", "Bulgarian": "razhdane", "Arabic": "milad wilada",
        "Persian": "tavallod", "Hebrew": "leida yom_huledet", "Hindi and Urdu": "janm janam janmdin janmtithi "
        "paidaish", "Estonian": "sunniaeg synniaeg sunnipaev", "Maltese": "twelid", "Irish": "breithe",
        "Danish and Norwegian": "foedselsdato foedselsdag foedsel", "Swedish": "foedelsedatum",
        "Vietnamese": "nam_sinh sinh_nhat noi_sinh que_quan", "Tagalog": "kapanganakan", "Chinese": "shengri",
        "Korean": "saengnyeonworil chulsaengji", "Japanese": "shusseichi", "Portuguese": "naturalidade",
    },
    "gender": {
        # (closer 78: the lexicon's larger languages too, which labelled_values.py reads as a label's words in text; not
    # Swedish and Danish `kön`, `køn`, folded to `kon`: `Kon-Tiki`)
        "English": "gender sex", "German": "geschlecht", "French": "sexe", "Spanish and Portuguese": "sexo",
        "Italian": "sesso", "Dutch": "geslacht", "Polish": "płeć", "Turkish": "cinsiyet",
        "Japanese": "性別 seibetsu", "Chinese (script)": "性别",
        "Korean (script)": "성별", "Swahili": "jinsia",
        "Norwegian": "kjonn", "Finnish": "sukupuoli", "Czech": "pohlavi", "Slovak": "pohlavie",
        "Croatian and Slovene": "spol", "Greek": "fylo", "Latvian": "dzimums", "Lithuanian": "lytis",
        "Irish": "gneas", "Indonesian": "jenis_kelamin", "Malay": "jantina", "Vietnamese": "gioi_tinh",
        "Tagalog": "kasarian", "Arabic": "jins", "Persian": "jensiyat", "Chinese": "xingbie", "Korean": "seongbyeol",
        # (closer 89: Hindi's and Arabic's own scripts; `ling` romanized is no label, above)
        "Hindi (script)": "लिंग", "Arabic (script)": "الجنس",
    },
    # Closer 78: what a person is called by, signs in as, and the secrets and device ids a form echoes, personal alone
    # in a key and, after its label, in text (labelled_values.py).
    "pronouns": {
        "English": "pronouns pronoun", "French": "pronoms", "Spanish": "pronombres", "Portuguese": "pronomes",
        "Italian": "pronomi",
    },
    "sign-in name": {
        "English": "username user_name login_name screen_name", "German": "benutzername anmeldename",
        "French": "nom_d_utilisateur", "Spanish": "nombre_de_usuario", "Portuguese": "nome_de_usuario "
        "nome_de_utilizador", "Italian": "nome_utente", "Dutch": "gebruikersnaam", "Polish": "nazwa_uzytkownika",
        "Swedish": "användarnamn", "Danish": "brugernavn", "Norwegian": "brukernavn", "Finnish": "käyttäjätunnus "
        "käyttäjänimi", "Turkish": "kullanıcı_adı", "Czech": "uživatelské_jméno", "Slovak": "používateľské_meno",
        "Hungarian": "felhasználónév", "Romanian": "nume_de_utilizator", "Russian": "imya_polzovatelya",
        "Indonesian and Malay": "nama_pengguna", "Vietnamese": "ten_dang_nhap", "Japanese": "ユーザー名 ユーザ名",
        "Chinese": "用户名 用戶名", "Korean": "사용자명",
    },
    # (closer 184: an exchange's anti-phishing code, a phrase its holder sets that its mails then show, a secret)
    "password": {
        # (closer 189: `pw` and `pwd`, as a note for a visitor or a meeting's link abbreviates it, `Wi-Fi … / pw: …`)
        "English": "password passwd passcode passphrase anti_phishing_code antiphishing_code pw pwd",
        "German": "passwort kennwort", "French": "mot_de_passe code_anti_hameçonnage",
        "Spanish": "contraseña", "Portuguese": "senha", "Dutch": "wachtwoord", "Polish": "hasło", "Swedish": "lösenord",
        "Danish": "adgangskode", "Norwegian": "passord", "Finnish": "salasana", "Turkish": "şifre", "Czech": "heslo",
        "Hungarian": "jelszó", "Russian": "пароль parol", "Indonesian": "kata_sandi", "Vietnamese": "mat_khau",
        "Japanese": "パスワード", "Chinese": "密码 密碼", "Korean": "비밀번호",
    },
    # (an API's credential: a key, a token or a secret named as one; `token` or `key` alone names an id as often)
    "secret": {
        "English": "api_key api_secret api_token access_token auth_token bearer_token refresh_token client_secret "
        "secret_key private_key",
    },
    # (a SIM card's number, its ICCID, by the words naming it in a shop's languages: closer 102)
    "device id": {
        "English": "imei imeisv meid imsi iccid android_id ssaid sim_card_number sim_serial_number",
        "German": "simkartennummer sim_kartennummer", "Dutch": "simkaartnummer", "Italian": "numero_seriale_sim",
        "French": "numero_carte_sim", "Spanish": "numero_tarjeta_sim", "Polish": "numer_karty_sim",
    },
    "nationality": {
        "Italian": "nazionalita", "Portuguese": "nacionalidade", "Dutch": "nationaliteit",
        "Swedish, Danish and Norwegian": "nationalitet statsborgerskap medborgarskap", "Finnish": "kansalaisuus",
        "Polish": "narodowosc obywatelstwo", "Czech": "obcanstvi statni_obcanstvi", "Slovak": "obcianstvo",
        "Hungarian": "allampolgarsag", "Slovak (state citizenship)": "statna_prislusnost", "Danish":
        "statsborgerskab", "Italian (citizenship)": "cittadinanza", "Irish": "naisiuntacht",
        "Romanian": "nationalitate cetatenie", "Greek": "ithageneia ypikootita",
        "Russian and Bulgarian": "grazhdanstvo natsionalnost nacionalnost", "Ukrainian": "hromadianstvo",
        "Croatian, Serbian and Slovene": "drzavljanstvo", "Latvian": "pilsoniba", "Lithuanian": "pilietybe",
        "Estonian": "kodakondsus", "Maltese": "nazzjonalita", "Turkish": "uyruk uyrugu", "Indonesian":
        "kewarganegaraan", "Malay": "warganegara", "Vietnamese": "quoc_tich", "Tagalog": "nasyonalidad "
        "pagkamamamayan", "Swahili": "uraia", "Hindi and Urdu": "nagrikta rashtriyata qaumiyat", "Arabic": "jinsiyya "
        "jinsiya", "Persian": "tabiiyat", "Hebrew": "ezrahut", "Japanese": "kokuseki", "Korean": "gukjeok",
    },
    "identity card": {
        "Turkish": "kimlik kimlik_kart nufus_cuzdani", "Tagalog": "pagkakakilanlan", "Arabic": "raqm_watani "
        "raqm_al_watani bitaqat_hawiya", "Persian": "kart_meli karte_meli", "Bulgarian": "lichna_karta",
        "Serbian": "licna_karta", "Croatian": "osobna_iskaznica", "Slovene": "osebna_izkaznica",
        "Czech": "obcansky_prukaz obcanka", "Slovak": "obciansky_preukaz", "Hungarian": "szemelyi_igazolvany "
        "szemelyi_szam", "Dutch": "identiteitskaart", "Swedish": "identitetskort id_kort", "Finnish": "henkilokortti",
        "Latvian": "personas_aplieciba", "Irish": "carta_aitheantais", "Romanian": "carte_de_identitate",
        "Greek": "taftotita tautotita", "Ukrainian (taxpayer's card)": "rnokpp",
    },
    "passport": {
        "Turkish and Romanian": "pasaport", "Indonesian and Malay": "paspor", "Vietnamese": "ho_chieu",
        "Dutch": "paspoort", "Polish": "paszport", "Czech and Slovak": "cestovni_pas cestovny_pas",
        "Hungarian": "utlevel", "Greek": "diavatirio", "Arabic": "jawaz_safar", "Persian": "gozarname",
        "Hebrew": "darkon", "Japanese": "ryoken", "Chinese": "huzhao", "Korean": "yeogwon", "Croatian": "putovnica",
        "Serbian": "broj_pasosa", "Maltese": "passaport",
    },
    "tax id": {
        "English": "tax_number tax_no", "Turkish": "vergi_no vergi_numarasi vergi_kimlik", "Indonesian": "npwp",
        "Vietnamese": "ma_so_thue", "Hungarian": "adoszam adoazonosito", "Bulgarian": "danachen_nomer",
        "Slovene": "davcna_stevilka", "Swahili (taxpayer)": "mlipakodi", "Arabic": "raqm_daribi", "French":
        "numero_fiscal",
    },
    # (closer 99: a health insurance card, a state's or an insurer's, and the European one, EHIC: its number is its
    # holder's; not a card alone, a gift card's or a loyalty card's as often)
    "health insurance card": {
        "English": "ehic health_card health_insurance_card insurance_card",
        "German": "gesundheitskarte versichertenkarte krankenversichertenkarte krankenkassenkarte",
        "French": "carte_vitale", "Spanish": "tarjeta_tse tarjeta_sanitaria", "Italian": "tessera_sanitaria",
        "Dutch": "zorgpas", "Polish": "karta_ekuz ekuz",
        # (closer 182, eighty-fifth attack) Brazil's card of the SUS, the public health system, and its number, the
        # CNS (`cartao_sus`, `cartao_nacional_saude`, `numero_cns`; not `cns` alone, nor `sus`, a usability
        # scale's score as often)
        "Portuguese": "cartao_sus cartaosus carteira_sus cartao_nacional_saude cartao_saude "
                      "numero_cns numero_sus",
    },
    "social security number": {"Hungarian": "taj_szam", "Portuguese": "niss", "Vietnamese": "so_bhxh",
                               "Arabic": "daman_ijtimai"},
    # (closer 123: a player's account on a gaming platform, by the names the platforms give it, personal alone in a
    # key and, after its label, in text (gamer_ids.py); a friend code is a shop's referral code as often: its words
    # label only a Nintendo friend code's shape, in text, FRIEND_CODES)
    "gamer id": {
        "English": "gamertag gamer_tag gamer_id gamer_name steamid steam_id steamid64 battletag battle_tag "
        "riot_id psn_id psn_online_id psn_name xuid xbox_gamertag epic_display_name epic_account_id "
        "summoner_name in_game_name ingame_name",
        "German": "beschwörername ingame_name", "French": "nom_d_invocateur", "Spanish": "nombre_de_invocador",
        "Italian": "nome_evocatore", "Portuguese": "nome_de_invocador",
    },
}

# Words for a town, personal alone as `city` is.
# A post code's names by language, as a label before its value in text (closer 121, labelled_values: `postcode: LS6
# 2QB`, `Postal code: K1A 0B6`, `Eircode:`), with ALONE["postcode"]'s: a post code narrowing to a street after one is
# the visitor's, as under the key. A word of two words is written with `_`. (In a key the key rule reads them:
# personal_keys, whose abbreviations, `cp`, `npa`, are a page's flags under three characters.)
POST_CODES: Dict[str, str] = {
    "English": "postcode post_code postal_code zip zip_code zipcode", "German": "plz postleitzahl",
    "French": "code_postal cp", "Spanish": "código_postal cp", "Portuguese": "código_postal cep",
    "Italian": "cap codice_postale", "Dutch": "postcode", "Polish": "kod_pocztowy",
    "Swedish, Danish and Norwegian": "postnummer postnr", "Finnish": "postinumero", "Czech and Slovak": "psč",
    "Hungarian": "irányítószám irsz", "Swiss French and Italian": "npa", "Irish": "eircode",
    "Romanian": "cod_poștal", "Turkish": "posta_kodu", "Catalan": "codi_postal",
}
TOWNS: Dict[str, str] = {
    "Russian": "gorod", "Ukrainian": "misto", "Latvian": "pilseta", "Lithuanian": "miestas", "Croatian": "mjesto",
    "Slovene and Croatian": "naselje", "Tagalog": "lungsod", "Hindi and Urdu": "shahar shehar", "Arabic":
    "madina madinah", "Persian": "shahr", "Japanese": "shichoson", "Chinese": "chengshi", "Korean": "dosi",
}

# Districts, provinces, states and countries: personal alone or with an address qualifier, as `state` is.
PLACES: Dict[str, str] = {
    "Chinese": "quxian shengfen guojia", "Russian": "raion", "Polish": "powiat kraj", "Hungarian": "kerulet orszag",
    "Spanish and Portuguese": "distrito", "Italian": "distretto nazione", "German": "bezirk staat",
    "French": "arrondissement", "Dutch": "wijk stadsdeel", "Finnish": "kaupunginosa kunta maakunta",
    "Estonian": "linnaosa maakond riik", "Latvian": "rajons novads valsts", "Lithuanian": "rajonas apskritis",
    "Greek": "perifereia chora", "Hindi and Urdu": "mohalla tehsil taluka zila jila rajya desh",
    "Arabic": "wilaya muhafaza muhafazah dawla", "Persian": "ostan shahrestan keshvar",
    "Tagalog": "purok lalawigan bansa", "Swahili": "mkoa jimbo nchi", "Malay": "negeri",
    "Indonesian and Malay": "negara", "Ukrainian": "krayina", "Croatian, Serbian and Slovene": "drzava zupanija",
    "Maltese": "pajjiz", "Bulgarian": "darzhava", "Serbian": "opstina", "Slovene (municipality)": "obcina",
    "Greek (municipality)": "dimos", "Irish (county)": "contae", "Swedish": "kommun",
}

# Person qualifiers: who a name word is of (a customer, the family) or which of its parts (first, last, full).
PERSON_QUALIFIERS: Dict[str, str] = {
    "Greek": "pelati pelatis plires pliris", "Arabic": "kamil awwal aila ailah", "Persian": "kamel",
    "Indonesian and Malay": "depan belakang keluarga", "Swahili": "ukoo", "Russian": "polnoe",
    "German": "vollstandiger vollstaendiger", "Norwegian": "fullstendig", "Swedish": "fullstandigt",
    "Danish": "fulde",
}

# Address qualifiers: a residence's word (`pais_de_residencia`, `country_of_residence`).
ADDRESS_QUALIFIERS: Dict[str, str] = {
    "Spanish": "residencia", "Italian": "residenza", "Portuguese": "residência", "French": "résidence",
}

# Whole keys that are a name's part only when their value is a name (alone they are Italian "you are", Dutch
# "May", Google's search event id `sei`): personal_keys.name_part_named.
BARE_NAME_KEYS: Dict[str, str] = {"Japanese": "sei mei"}

# (closer 168, seventy-ninth attack: petitions, campaigns) Who referred or invited a person, as a referral link's key
# names them, by language (`?referrer=…`, `?invited_by=…`, `?parrain=…`, `?empfohlen_von=…`): personal when its value
# is a full name, or a name's slug of two or three words under a key other than a bare referrer's, which holds the
# referring site as often (`?referrer=google`, `?referer=https%3A…`): referral_links.referrer_named.
REFERRERS: Dict[str, str] = {
    "English": "referrer referer referrer_name referred_by invited_by inviter inviter_name recommended_by",
    "German": "empfohlen_von geworben_von werber werberin eingeladen_von",
    "French": "parrain marraine parraine_par invite_par recommande_par",
    "Spanish": "referido_por invitado_por recomendado_por padrino madrina",
    "Italian": "invitato_da presentato_da consigliato_da", "Portuguese": "indicado_por convidado_por padrinho",
    "Dutch": "uitgenodigd_door aangebracht_door", "Polish": "polecajacy zaproszony_przez polecony_przez",
}
# (closer 214, review 38) Whom one chats, dates or dances with, by the activity's word before a partner's word, apart
# or glued (`chat_partner`, `date_partner`, German `Gesprächspartner`, `Tanzpartner`): before a name's word that
# person's name (`chat_partner_name`; personal_keys._a_named_party). A partner alone is a business's as often
# (`partner_name`, `delivery_partner_name`: read with its value, or not at all).
PARTNER_ACTIVITIES: Dict[str, str] = {
    "English": "chat conversation date dating dance tandem sparring language life",
    # (closer 225, review 43: a marriage's, `Ehepartnerin`)
    "German": "chat gesprächs gespraechs tanz sprach lebens ehe", "Dutch": "chat gespreks dans taal levens",
    # (closer 218, review 40: Korean's chat's and conversation's counterpart, glued, `채팅상대_이름`; closer 225: a
    # date's, `데이트상대`)
    "Korean": "채팅 대화 데이트",
}
PARTNER_WORDS = "partner partnerin partners 상대"
# (closer 221, review 41) ... of which a person's alone, never a business's as `partner` is: a companion, a feminine
# partner, Korean's counterpart; after an activity's word, the whole key names that person (`date_companion`,
# `채팅상대`)
PERSON_PARTNER_WORDS = "companion partnerin begleitung begleiter begleiterin 상대"
# (closer 225, review 43) ... and the occasions such a companion goes with, by language: a journey's, a meal's
# (`travel_companion`, `reise_begleiter`, `Reisebegleiterin`, `dinner_companion`): before a person's partner word the
# whole key names that person as an activity's does; never before `partner`, a business's as often (`travel_partner`).
COMPANION_OCCASIONS: Dict[str, str] = {
    "English": "travel trip journey holiday vacation dinner lunch meal", "German": "reise urlaubs tisch essens",
}
# ... and whom a greeting is said to, by the participle naming them, by language (`greeted_name`, `begrüßter_name`,
# `nombre_saludado`): before or after a name's word that person's name.
GREETED: Dict[str, str] = {
    "English": "greeted welcomed", "German": "begrüßter begrüßte begruesster begruesste gegrüßter gegrüßte",
    "French": "salué saluée", "Spanish": "saludado saludada", "Italian": "salutato salutata",
    "Portuguese": "saudado saudada", "Dutch": "begroete",
}
# (closer 183, eighty-sixth attack: recruiting) A person's party in Japanese, which a key joins to the word for a
# name without a blank (`応募者名`, `顧客名`, `会員氏名`): an applicant, a candidate, a patient, a member, a customer,
# a user, a buyer, a recipient, a guardian, a participant, a policyholder, a guest, a passenger, a referrer, an
# employee.
JAPANESE_PARTIES = ("応募者 申込者 申請者 候補者 患者 会員 顧客 利用者 購入者 注文者 受取人 保護者 参加者 "
                    "契約者 被保険者 受講者 入居者 宿泊者 予約者 乗客 依頼者 相談者 紹介者 推薦者 社員 従業員 "
                    "職員")
# ... the bare referrer's keys, which a name's slug is not read under
BARE_REFERRERS = "referrer referer"

# Words naming what a key holds about a field rather than the field's datum: how it is reached or chosen (a method, a
# preference, hours), the form it is in, its category or catalogue, its format, and what happened to it (clicked,
# used, taken): `contact_method_preference`, `phone_support_hours`, `contact_form_id`, `gender_category`,
# `username_taken`. Not a length: an IPv6 prefix's length is its network's (`ipv6_prefix_length`). Such a word heading
# a key (personal_keys._about_the_field) makes the key ordinary, its value judged as any value. By language; a word
# of two words is written with `_` (Vietnamese `bieu_mau`).
ABOUT_THE_FIELD: Dict[str, str] = {
    "English": "method methods preference preferences hours form forms cta clicked used taken category "
    "categories catalogue catalogues catalog catalogs autocomplete placeholder mask format validation",
    "German": "methode präferenz präferenzen zeiten öffnungszeiten formular kategorie katalog",
    "Dutch": "methode voorkeur formulier categorie catalogus",
    "Swedish, Danish and Norwegian": "metod metode preferens formulär formular kategori katalog",
    "Finnish": "lomake kategoria luettelo", "Hungarian": "módszer preferencia űrlap kategória katalógus",
    "Turkish": "yöntem yöntemi tercih tercihi formu kategori kategorisi katalog kataloğu saatleri",
    "Estonian, Latvian and Lithuanian": "kategooria kategorija", "Japanese": "houhou hoho foomu kategori katarogu",
    "Korean": "bangbeop yangsik", "Hindi and Urdu": "tarika tareeka vidhi shreni",
    "French": "méthode préférence préférences horaires formulaire catégorie",
    "Spanish": "método preferencia horario horarios formulario categoría catálogo",
    "Portuguese": "método preferência horário formulário categoria catálogo",
    "Italian": "metodo preferenza orari modulo categoria catalogo",
    "Romanian": "metoda preferinta formular categorie catalog",
    "Polish": "metoda preferencja formularz kategoria katalog godziny",
    "Czech and Slovak": "metoda způsob spôsob formulář kategorie kategória katalog",
    "Croatian, Serbian and Slovene": "metoda način obrazac obrazec kategorija katalog",
    "Russian, Ukrainian and Bulgarian": "metod sposob forma kategoriya katalog",
    "Greek": "methodos protimisi forma katigoria katalogos",
    "Indonesian and Malay": "metode kaedah formulir borang kategori katalog preferensi",
    "Vietnamese": "phuong_thuc bieu_mau danh_muc", "Tagalog": "paraan kategorya katalogo",
    "Swahili": "njia fomu katalogi", "Arabic": "tariqa tariqat istimara", "Persian": "ravesh dastebandi",
    "Hebrew": "shitat tofes",
    # (closer 217, review 40) a field's format, its length in digits or characters, its input box, and its check, as
    # Japanese, Korean and Chinese write them after the field (`免許番号_桁数`, `운전면허번호_형식`, `驾驶证号_格式`)
    "Japanese, in its script": "形式 書式 フォーマット 桁数 文字数 入力欄 確認済み 確認済 認証済み 検証済み",
    "Korean, in its script": "형식 자릿수 글자수 입력란 입력칸 확인됨 인증됨 검증됨",
    "Chinese, in its script": "格式 位数 位數 长度 長度 输入框 輸入框 已验证 已驗證 已确认 已確認",
}
# A thing's word in the languages that write a noun before what qualifies it (HEAD_FIRST), as the genitive after a
# personal word writes it: the key is that thing's (Greek `onoma_proiontos`, a product's name; `telefono_prodotto`).
THINGS: Dict[str, str] = {
    "Greek": "proiontos proion eidous katastimatos", "Italian": "prodotto articolo", "Spanish": "producto articulo",
    "Portuguese": "produto artigo", "French": "produit article", "Romanian": "produs produsului articol",
    "Polish": "produktu artykulu", "Czech and Slovak": "produktu zbozi vyrobku", "Croatian, Serbian and Slovene":
    "proizvoda artikla izdelka", "Russian, Ukrainian and Bulgarian": "tovara tovaru produkta", "Indonesian and Malay":
    "produk barang", "Tagalog": "produkto", "Swahili": "bidhaa", "Arabic": "muntaj almuntaj", "Persian": "mahsul",
    "Hebrew": "mutsar",
}
# (closer 224, review 42) A shop's words that, right after a post code's, a street's, a town's, a mail's or a phone's
# word, make the key that service's, file's, price's or goods' (`postal_service`, `zip_file`, `street_price`,
# `street_view`, `street_wear_line`, `city_break`, `mail_order`, `tel_plan`): no part of an address nor a contact
# (personal_keys._a_places_goods). English's, as keys write them apart.
GOODS_AFTER_A_PLACES_WORD = (
    "service services rate rates price prices pricing fee fees cost costs tariff tariffs plan plans wear view views "
    "order orders break breaks food art style")
# The languages that write a noun before what qualifies it (`formulario_contacto`: a contact's form; Greek
# `onoma_proiontos`: a product's name): their words head a key when first, the others' when last.
HEAD_FIRST = frozenset((
    "French", "Spanish", "Portuguese", "Italian", "Romanian", "Polish", "Czech and Slovak",
    "Croatian, Serbian and Slovene", "Russian, Ukrainian and Bulgarian", "Greek", "Indonesian and Malay", "Vietnamese",
    "Tagalog", "Swahili", "Arabic", "Persian", "Hebrew"))
# An address's nouns, by language (in lower case, canonical, apart by blanks; a word ending in one: `Lieferadresse`):
# postal reads them in a label naming an address, business_labels after a business's place (`Store address:`).
ADDRESS_NOUNS: Dict[str, str] = {
    "English": "address addr", "Spanish": "direccion domicilio", "Portuguese": "endereco morada",
    "French": "adresse", "Italian": "indirizzo", "German": "adresse anschrift", "Dutch and Polish": "adres",
    "Scandinavian": "adress adresse",
    # (twenty-second attack)
    "Czech, Slovak, Croatian and Serbian": "adresa", "Estonian": "aadress", "Latvian": "adrese",
    "Lithuanian": "adresas",
    # (twenty-third attack)
    "Basque": "helbide helbidea", "Maltese": "indirizz", "Welsh": "cyfeiriad", "Irish and Scottish Gaelic": "seoladh",
    "Catalan": "adreca", "Galician": "enderezo",
    # (thirty-eighth attack; not Arabic `عنوان`, a title's label as often)
    "Persian": "ادرس نشانی", "Hebrew": "כתובת",
    # (closer 107; not Hungarian `cím` nor Croatian and Serbian `naslov`, a title's label as often)
    "Finnish": "osoite", "Russian and Bulgarian": "адрес", "Ukrainian": "адреса", "Greek": "διευθυνση",
    "Turkish": "adresi", "Indonesian and Malay": "alamat", "Hungarian": "lakcim", "Japanese": "住所",
    "Chinese": "地址", "Korean": "주소",
}
# A business's shop, by language: a store, a warehouse, a branch, an outlet. A key naming one (or a sole trader,
# below) with an address's word names the business's place (`store_city_code`, `adres_sklepu`:
# personal_keys.BUSINESS_SUBJECTS), and one right beside a datum's word is that datum's owner (NO_PERSONS_OWNERS, in
# its languages).
SHOPS: Dict[str, str] = {
    "English": "store shop warehouse branch outlet",
    "German": "filiale laden lager",
    "French": "magasin entrepôt",
    "Spanish": "tienda almacén sucursal",
    "Italian": "negozio filiale",
    "Portuguese": "loja",
    "Polish": "sklep sklepu",
    "Turkish": "mağaza şube depo",
    "Indonesian and Malay": "toko gudang cabang",
    "Russian, Ukrainian and Bulgarian": "магазин магазина магазину",
    "Czech and Slovak": "obchod obchodu",
    "Romanian": "magazin magazinului",
    "Greek": "κατάστημα καταστήματος",
    "Persian": "فروشگاه شعبه",  # (`آدرس فروشگاه:`)
    "Hebrew": "חנות החנות סניף הסניף",
    "Arabic": "متجر المتجر فرع الفرع",
}
# ... and a sole trader, the shop's side too (`seller_address`), but a person as often: no datum's owner.
SOLE_TRADERS: Dict[str, str] = {
    "English": "merchant seller vendor retailer dealer", "Russian, Ukrainian and Bulgarian": "продавец продавца",
    "Czech and Slovak": "prodejce",
}
# (closer 228, review 44) Owners that are no person, by language: a shop (SHOPS, read with this table in its
# languages), a place one visits, a desk, a product or a listing. Right next to an address's, a town's, a contact's
# or a gender's word (before it, or after it in HEAD_FIRST's languages: `hotel_email`, `venue_city`,
# `product_gender`, `telefono_hotel`), the key names that owner's datum, not the visitor's
# (personal_keys._without_an_owners_datum). Not a sole trader (`seller_phone`), a company's nor a business's word
# (`business_email`, `company_phone`: a lead's own), a property's (an applicant's home as often), nor a premises' word
# that is a place's adjective or a flat's as often (`email_local`, `tel-local`: a mail's local part, a local line;
# Polish `numer_lokalu`). Its shops' words here are the ones only an owner reads (`boutique`, Dutch `winkel`).
NO_PERSONS_OWNERS: Dict[str, str] = {
    "English": "hotel hostel motel resort venue office clinic practice restaurant "
    "cafe salon gym studio cinema theatre theater museum school hospital pharmacy agency listing product item brand "
    "support helpdesk",
    "German": "hotel praxis klinik veranstaltungsort produkt artikel marke schule büro buero kino "
    "museum inserat",
    "Dutch": "winkel filiaal hotel locatie kantoor kliniek praktijk product artikel merk school advertentie",
    "French": "boutique hôtel lieu salle bureau cabinet clinique restaurant musée école agence "
    "annonce produit article marque",
    "Spanish": "hotel recinto oficina clínica restaurante museo escuela agencia "
    "anuncio producto artículo marca",
    "Italian": "hotel albergo sede ufficio clinica ristorante museo scuola agenzia annuncio "
    "prodotto articolo marchio",
    "Portuguese": "filial hotel escritório clínica restaurante museu escola agência anúncio produto artigo "
    "marca",
    "Polish": "hotelu biura kliniki restauracji szkoły ogłoszenia produktu marki",
}

# A form's check of a credential's field, as it reports it (closer 84): an adjective or a participle, not a sign-in
# name nor a password, by meaning and language (personal_keys.account_state: `username=taken`, `password=weak`,
# `password=too_short`, `Passwort: zu kurz`, `password_status=set`). With DEGREES they make a state of a few words.
FIELD_STATES: Dict[str, Dict[str, str]] = {
    "taken or free": {
        "English": "taken available unavailable exists", "German": "vergeben belegt verfügbar existiert",
        "French": "pris prise disponible indisponible existe", "Spanish": "ocupado tomado disponible existe",
        "Portuguese": "ocupado indisponível disponível existe", "Italian": "occupato disponibile esiste",
        "Dutch": "bezet beschikbaar", "Swedish": "upptaget upptagen tillgängligt ledigt",
        "Danish and Norwegian": "optaget opptatt ledig tilgængelig tilgjengelig", "Finnish": "varattu vapaa",
        "Polish": "zajęty zajęta dostępny dostępna", "Turkish": "alınmış müsait",
    },
    "length": {
        "English": "short long", "German": "kurz lang", "French": "court courte long longue",
        "Spanish": "corto corta largo larga", "Portuguese": "curto curta longo longa",
        "Italian": "corto corta lungo lunga",
        "Dutch": "kort lang", "Swedish": "kort kort lång långt", "Danish and Norwegian": "kort lang",
        "Finnish": "lyhyt pitkä", "Polish": "krótkie krótki krótka długie długi", "Turkish": "kısa uzun",
    },
    "strength": {
        "English": "weak medium fair good strong moderate average common simple", "German": "schwach mittel gut stark",
        "French": "faible moyen moyenne bon bonne fort forte", "Spanish": "débil medio media bueno buena fuerte",
        "Portuguese": "fraca fraco média médio boa bom forte", "Italian": "debole medio media buono buona forte",
        "Dutch": "zwak gemiddeld goed sterk", "Swedish": "svag svagt medel bra stark starkt",
        "Danish and Norwegian": "svag svagt middel god godt stærk sterk", "Finnish": "heikko keskitaso hyvä vahva",
        "Polish": "słabe słaby słaba średnie dobre silne", "Turkish": "zayıf orta iyi güçlü",
    },
    "set or checked": {
        "English": "set unset blank empty filled entered provided match matched mismatch mismatched valid verified "
        "unverified confirmed unconfirmed locked blocked",
        "German": "gesetzt leer ausgefüllt gültig bestätigt gesperrt",
        "French": "défini définie vide rempli valide confirmé bloqué", "Spanish": "vacío válido confirmado bloqueado",
        "Portuguese": "definida definido vazio preenchido válido confirmado bloqueado",
        "Italian": "impostata impostato vuoto valido confermato bloccato",
        "Dutch": "ingesteld leeg geldig ongeldig bevestigd geblokkeerd", "Swedish": "tomt giltigt ogiltigt låst",
        "Danish and Norwegian": "tom tomt gyldig ugyldig låst", "Finnish": "tyhjä kelvollinen virheellinen lukittu",
        "Polish": "puste pusty ustawione poprawne niepoprawne zablokowane", "Turkish": "boş geçerli geçersiz kilitli",
    },
}
# Words of degree and negation before such a state (`too_short`, `not set`, `already taken`, `zu kurz`, `trop court`,
# `già occupato`): a state of up to four words holds one state's word and these besides.
DEGREES: Dict[str, str] = {
    "English": "too not already very", "German": "zu nicht bereits schon sehr", "French": "trop pas non déjà très",
    "Spanish": "demasiado no ya muy", "Portuguese": "demais não já muito", "Italian": "troppo non già molto",
    "Dutch": "te niet al erg zeer", "Swedish": "för inte redan mycket",
    "Danish and Norwegian": "for ikke allerede meget",
    "Finnish": "liian ei jo hyvin", "Polish": "zbyt za nie już bardzo", "Turkish": "çok zaten değil",
}

# What a key names about a credential rather than the credential (closer 84): its state, strength or check
# (`password_strength`, `password_status`, `username_state`) or its label, name or kind (`api_key_label`,
# `api_key_name`, `secret_key_type`). After a password's, a secret's or a sign-in name's word (ALONE) such a head
# makes the key ordinary, its value judged as any value (personal_keys._about_a_credential); last in a key, first in
# the languages of HEAD_FIRST (`force_mot_de_passe`). Not a hint, which may hold the secret.
ABOUT_A_CREDENTIAL: Dict[str, str] = {
    "English": "status state strength score level rating policy rules requirements complexity quality check "
    "validation validity length label name type kind alias description environment scope",
    "German": "status zustand stärke staerke sicherheit stufe bewertung länge laenge bezeichnung typ art",
    "Dutch": "status sterkte niveau lengte naam", "Swedish": "status styrka nivå längd etikett namn typ",
    "Danish and Norwegian": "status styrke niveau nivå længde lengde etiket etikett navn",
    "Finnish": "tila vahvuus taso pituus nimi tyyppi",
    "Turkish": "durumu gücü seviyesi uzunluğu etiketi türü",
    "French": "statut état force niveau robustesse sécurité longueur libellé nom type",
    "Spanish": "estado fuerza nivel seguridad robustez longitud etiqueta nombre tipo",
    "Portuguese": "estado força nível segurança comprimento rótulo nome tipo",
    "Italian": "stato forza livello sicurezza robustezza lunghezza etichetta nome tipo",
    "Polish": "status stan siła poziom długość etykieta nazwa typ",
}

# Closer 89: a gender's word that names a work's genre too (`Gênero: Romance`, `Género: Ficción`, `Genre : Polar`), by
# language. After it in text a value is a gender's only when it is a person's gender in a form's words (audiences.
# a_persons_gender: `Gênero: mulher`, `Género: femenino`); not a key's word (`genero=romance` is a shop's filter).
GENDER_OR_GENRE: Dict[str, str] = {
    "Portuguese": "gênero género", "Spanish": "género", "Italian": "genere", "French": "genre",
}
# People a site names by their part in an event, an invitation or a chat (closer 91), by language: alone a key holds
# the person (`invitee`, `attendee`: personal_keys.ALONE_WORDS, so `attendee_count`, `invitee_type` are ordinary),
# and before a name word, the person's name (`visitor_name`, `attendee_first_name`: PERSON_QUALIFIERS). A visitor
# alone is a state as often (`visitor=returning`): personal_keys.PERSON_KEY_WORDS reads it with its value. Not a
# registrant, whose label names a registry's kind as often (`Registrant: Wedding`; postal.py reads its full name).
PEOPLE_BY_ROLE: Dict[str, str] = {
    "English": "invitee inviter attendee participant addressee nominee",
    "German": "teilnehmer teilnehmerin eingeladener", "Dutch": "deelnemer genodigde",
    "French": "participante inscrit inscrite destinataire",
    "Spanish": "participante inscrito inscrita invitado invitada",
    "Portuguese": "participante inscrito convidado convidada", "Italian": "partecipante iscritto invitato invitata",
}
# ... and the visitor a site's widgets and forms name (a chat's, a booking's), before a name word only.
VISITORS: Dict[str, str] = {
    "English": "visitor", "German": "besucher besucherin", "Dutch": "bezoeker", "French": "visiteur visiteuse",
    "Spanish and Portuguese": "visitante", "Italian": "visitatore visitatrice",
}
# Chat and CRM widgets whose settings name their visitor by a bare `name` (Intercom's `name`, Drift's, Crisp's,
# Tawk.to's, Olark's, Tidio's, Freshchat's, Zendesk's chat): their name before a name word is the visitor's name
# (`intercom_name`), as `name` alone is.
VISITOR_WIDGETS = "intercom drift crisp tawk tawkto olark tidio freshchat zopim livechat smartsupp".split()
# What a personalised product carries, by language: the name engraved, embroidered or printed on it is a person's
# (`engraving_name`, `properties[Engraving name]`, `nome_incisione`), as a name sticker's is.
PERSONALISATION: Dict[str, str] = {
    "English": "engraving engraved engrave monogram monogrammed embroidery embroidered inscription inscribed "
    "personalisation personalization personalised personalized",
    "German": "gravur graviert gravierung bestickung stickerei personalisierung personalisiert",
    "French": "gravure gravé broderie brodé personnalisation personnalisé", "Spanish": "grabado bordado "
    "personalización personalizado", "Portuguese": "gravação gravado bordado personalização personalizado",
    "Italian": "incisione inciso ricamo ricamato personalizzazione personalizzato", "Dutch": "gravering graveren "
    "borduring personalisatie",
}
# (closer 152, seventy-first attack: sports) ... and what prints a name on a shirt, a race's or a club's kit, by
# language (`print_name`, `shirt_print_name`, `Beflockung`, `flocage`): before a name word the customer's own (a
# replica's player is a product's name, not a key's: `print_size`, `shirt_print_colour` stay ordinary).
KIT_PRINTS: Dict[str, str] = {
    "English": "print printed printing lettering", "German": "beflockung beflockt aufdruck bedruckung",
    "French": "flocage floqué impression", "Spanish": "estampado estampación serigrafía",
    "Portuguese": "estampa estampagem", "Italian": "stampa stampato", "Dutch": "bedrukking opdruk",
}
# (closer 161, attack 75: children) A name label's words by language (a print of a child's name on its clothes and
# things: `Name labels:`, `Iron-on name tapes –`, `Étiquettes nominatives`, `Navnemærker:`), and a school's kit whose
# print or embroidery holds the child's name (`Book bag print:`, `Turnbeutel Aufdruck:`); record_names.LABELLED_KIT.
NAME_LABELS: Dict[str, str] = {
    "English": "name labels|name label|name tapes|name tape|name stickers|name sticker|name tags|name tag"
               "|iron-on labels|sew-on labels|stick-on labels|clothing labels|school labels",
    "German": "namensetiketten|namensetikett|namensbänder|namensband|namensaufkleber|bügeletiketten",
    "French": "étiquettes nominatives|étiquette nominative|étiquettes prénom|étiquettes vêtements",
    "Spanish": "etiquetas con nombre|etiquetas de nombre|etiquetas nombre",
    "Portuguese": "etiquetas com nome|etiquetas de nome", "Italian": "etichette nome|etichette con nome"
    "|etichette nominative", "Dutch": "naamlabels|naamlabel|naamlintjes|naamstickers",
    "Danish and Norwegian": "navnemærker|navnemærke|navnelapper|navnemerker|navnelapp",
    "Swedish": "namnlappar|namnetiketter", "Polish": "naklejki z imieniem|etykiety z imieniem|metki z imieniem",
}
SCHOOL_KIT: Dict[str, str] = {
    "English": "book bag|bookbag|school bag|pe bag|gym bag|lunch box|lunchbox|water bottle|jumper|cardigan"
               "|sweatshirt|blazer|pe kit|backpack|pencil case|hoodie",
    "German": "turnbeutel|schulranzen|ranzen|brotdose|trinkflasche|federmäppchen|schulpullover",
    "French": "cartable|trousse|gourde|sac de sport|pull", "Spanish": "mochila|estuche|fiambrera|sudadera",
    "Italian": "zaino|astuccio|borraccia|grembiule", "Dutch": "boekentas|gymtas|broodtrommel|drinkbeker",
    "Danish, Norwegian and Swedish": "skoletaske|skolesekk|skolväska|madkasse|matboks|gympapose",
}
# (closer 152) Whom a club, a race or a school calls in an emergency, by language, its words joined (`notfallkontakt`,
# `contact_urgence`, `contatto_emergenza`): personal as `emergency_contact` is (`notfallkontakt_required`, a form's
# flag, stays ordinary).
EMERGENCY_CONTACTS: Dict[str, str] = {
    "German": "notfallkontakt notfallkontaktperson notfallperson", "French": "contacturgence contactdurgence "
    "personneaprevenir personneacontacter", "Spanish": "contactoemergencia contactodeemergencia",
    "Portuguese": "contatoemergencia contatodeemergencia contactodeemergencia", "Italian": "contattoemergenza "
    "contattodiemergenza", "Dutch": "noodcontact noodcontactpersoon contactpersoonnood", "Swedish": "nödkontakt",
    "Danish and Norwegian": "nødkontakt", "Polish": "kontaktawaryjny osobadokontaktu", "Finnish": "hätäyhteyshenkilö",
}
# (closer 161) Who may collect a child from a school, a nursery or a club, by language, its words joined
# (`pickup_person`, `abholberechtigte_person`, `persona_autorizzata`): personal as an emergency contact is.
PICKUP_PEOPLE: Dict[str, str] = {
    "English": "pickupperson authorisedpickup authorizedpickup authorisedcollector authorizedcollector pickupadult",
    "German": "abholberechtigter abholberechtigte abholberechtigteperson abholperson abholer abholerin",
    "French": "personneautorisee", "Italian": "personaautorizzata delegatoritiro", "Spanish": "personaautorizada",
    "Dutch": "ophaalpersoon", "Polish": "osobaupowazniona osobaupoważniona",
}
# (closer 161) A child's word and a name's word in the Germanic languages that spell a child `kind` or `barn` (English's
# `kind_name` is a type's name: not with English's `name`), either first (`naam_kind`, `kind_naam`, `barnets_namn`).
CHILD_NAME_PAIRS: Dict[str, Tuple[str, str]] = {
    "Dutch": ("kind kinderen", "naam voornaam achternaam roepnaam"),
    "German": ("kind", "vorname nachname rufname"),
    "Swedish, Danish and Norwegian": ("barn barnet barnets", "namn förnamn efternamn navn fornavn efternavn etternavn"),
}
# (closer 152) An athlete, by language: in a form's key (`nome_atleta`, `athlete_name`) the entrant a race or a club
# signs up, a name's qualifier as a runner's is (key_lexicon.SHOP_ROLES["entrant"]). A shop keying a signature shoe's
# athlete so (`athlete_name: …`) sees it refused: a public name lost, none leaked. Not a player (PLAYERS): a replica
# shirt's player is keyed so as often.
ATHLETES: Dict[str, str] = {
    "English": "athlete", "German": "athlet athletin sportler sportlerin", "French": "athlète",
    "Spanish, Portuguese and Italian": "atleta", "Dutch": "atleet", "Swedish, Danish and Norwegian": "atlet",
    "Finnish": "urheilija",
}
# What a message is about, as a contact form's field names it (closer 91): under a contact form's container such a
# field goes out (`contact[subject]=Wholesale`), while its other fields keep the container's reading (`contact[body]`,
# the message itself). By language; the key's last word.
MESSAGE_HEADINGS: Dict[str, str] = {
    "English": "subject topic reason department", "German": "betreff thema anliegen grund abteilung",
    "French": "sujet objet motif", "Spanish": "asunto tema motivo", "Portuguese": "assunto tema motivo",
    "Italian": "oggetto argomento motivo", "Dutch": "onderwerp reden afdeling",
}
# People by the part they play in a contract or a file, by meaning and language: in care and cover (closer 99, issue
# 16: pharmacies, clinics, insurers) a patient, an insured person, a policy's holder, a benefit's beneficiary, an
# insurer's or a fund's member; in housing and lending (closer 104, fifty-fifth attack) a tenant, an applicant, a
# borrower, a guarantor, and the deceased a memorial or an estate names; a school's pupil. In a key, before a name
# word, the person's name (`patient_name`, `nom_du_defunt`), before an id or a number word the person's number
# (`numero_asegurado`, `mitglied_nr`); in text a role's label before a full name (`Patientin: Frau …`, `Versicherte
# Person: …`, `lead applicant: …`, `emprunteur : M. …`: postal.names_by_role_or_act), or the role's word in running
# text before one (`for applicant I. …`: named_in_text.py). A word of two words is written with `_`. The member's and
# the pupil's words, whose label names a tier or a course as often (`Member: Gold Plus`, `Student: Back To School`),
# are read only in keys (PARTIES_IN_KEYS); English's tenant in text, and in a key only before a name word (closer 157:
# `tenant_name`; a key's `tenant_id` is a software's customer organization: PARTIES_IN_TEXT).
PARTIES: Dict[str, Dict[str, str]] = {
    # (closer 153, seventy-second attack: a council's permit or badge by its holder, an election's voter)
    "permit holder": {
        "English": "permit_holder badge_holder", "German": "ausweisinhaber ausweisinhaberin",
        "French": "titulaire_du_permis titulaire_de_la_carte", "Dutch": "vergunninghouder",
    },
    # (closer 168, seventy-ninth attack: petitions) a petition's signer (`petition_signer`, `Unterzeichnerin: …`)
    "petition signer": {
        "English": "signatory petition_signer petition_signatory", "German": "unterzeichner unterzeichnerin",
        "French": "signataire", "Spanish": "firmante", "Italian": "firmatario firmataria", "Dutch": "ondertekenaar",
        "Portuguese": "signatário signatária", "Polish": "sygnatariusz sygnatariuszka",
    },
    "voter": {
        "English": "voter elector", "German": "wähler wählerin", "French": "électeur électrice",
        "Spanish": "votante elector electora", "Italian": "elettore elettrice", "Dutch": "kiezer",
        "Polish": "wyborca",
    },
    "patient": {
        "English": "patient", "German": "patient patientin", "French": "patient patiente",
        "Spanish and Portuguese": "paciente", "Italian": "paziente", "Dutch": "patiënt", "Polish": "pacjent pacjentka",
        "Czech and Slovak": "pacient pacientka", "Finnish": "potilas",
        # (closer 182, eighty-fifth attack: telehealth) Norwegian's and Danish's, Finnish's genitive (`potilaan nimi`,
        # the patient's name), Hindi's in Devanagari and transliterated (`रोगी का नाम`, `rogi_ka_naam`, `mareez`)
        "Norwegian and Danish": "pasient pasienten", "Finnish, genitive": "potilaan",
        "Hindi": "रोगी मरीज़ मरीज rogi mareez marij",
    },
    "insured person": {
        "English": "insured insuree insured_person",
        "German": "versicherte versicherter versicherten versicherte_person",
        "French": "assuré assurée personne_assurée", "Spanish": "asegurado asegurada persona_asegurada",
        "Portuguese": "segurado segurada pessoa_segurada", "Italian": "assicurato assicurata persona_assicurata "
        "assistito assistita", "Dutch": "verzekerde", "Polish": "ubezpieczony ubezpieczona osoba_ubezpieczona",
    },
    "policyholder": {
        "English": "policyholder policy_holder", "German": "versicherungsnehmer versicherungsnehmerin",
        "French": "souscripteur souscriptrice", "Spanish": "tomador tomadora", "Italian": "contraente",
        "Dutch": "verzekeringnemer", "Polish": "ubezpieczający",
    },
    "beneficiary": {
        "English": "beneficiary", "German": "begünstigter begünstigte leistungsempfänger",
        "French": "bénéficiaire allocataire",
        "Spanish and Portuguese": "beneficiario beneficiaria beneficiário", "Italian": "beneficiario",
        "Dutch": "begunstigde", "Polish": "beneficjent",
    },
    # (closer 176, eightieth attack: fintech) a transfer's other party, a split bill's friend, a request's sender
    "counterparty": {
        "English": "counterparty counter_party split_with split_partner requested_from request_from",
        "Portuguese": "favorecido favorecida", "Spanish": "contraparte", "French": "contrepartie",
        "Italian": "controparte", "Dutch": "tegenpartij", "German": "gegenpartei",
    },
    # (closer 113, fifty-seventh attack: mobility) who hires a car, a van or a bike is a tenant of it (`Renter:`)
    "tenant": {
        "English": "lessee leaseholder renter hirer",
        "German": "mieter mieterin hauptmieter hauptmieterin mitmieter mitmieterin",
        "French": "locataire colocataire", "Spanish": "inquilino inquilina arrendatario arrendataria",
        "Portuguese": "inquilino inquilina locatário locatária arrendatário arrendatária",
        "Italian": "inquilino inquilina locatario locataria", "Dutch": "huurder huurster hoofdhuurder medehuurder",
        "Polish": "najemca najemczyni", "Swedish": "hyresgäst", "Czech": "nájemce nájemník",
    },
    "applicant": {
        "English": "applicant", "German": "antragsteller antragstellerin hauptantragsteller mitantragsteller",
        "French": "demandeur demandeuse", "Spanish": "solicitante", "Portuguese": "requerente proponente",
        "Italian": "richiedente proponente", "Dutch": "aanvrager aanvraagster hoofdaanvrager medeaanvrager",
        "Polish": "wnioskodawca wnioskodawczyni",
        # (closer 183, eighty-sixth attack: recruiting) a job's applicant in Swedish and Korean
        "Swedish": "sökande", "Korean": "지원자",
    },
    "borrower": {
        "English": "borrower", "German": "kreditnehmer kreditnehmerin darlehensnehmer darlehensnehmerin",
        "French": "emprunteur emprunteuse coemprunteur", "Spanish": "prestatario prestataria",
        "Portuguese": "mutuário mutuária", "Italian": "mutuatario mutuataria", "Dutch": "kredietnemer geldnemer",
        "Polish": "kredytobiorca pożyczkobiorca współkredytobiorca",
    },
    # (closer 157, seventy-fourth attack: lettings) who lets a home to a tenant (`landlord_name`, `Vermieter: …`)
    "landlord": {
        "English": "landlord landlady", "German": "vermieter vermieterin", "French": "bailleur bailleresse",
        "Spanish": "arrendador arrendadora", "Portuguese": "senhorio senhoria", "Italian": "locatore locatrice",
        "Dutch": "verhuurder verhuurster", "Polish": "wynajmujący wynajmująca",
    },
    "guarantor": {
        "English": "guarantor cosigner", "German": "bürge bürgin", "French": "garant garante",
        "Spanish": "avalista fiador fiadora", "Portuguese": "fiador fiadora avalista", "Italian": "garante fideiussore",
        "Dutch": "borgsteller", "Polish": "poręczyciel poręczycielka",
    },
    # (closer 110, fifty-eighth attack: work) a job's candidate, an employee, and who holds a certificate, a licence or
    # a business (German `Inhaber`, which an imprint abbreviates `Inh.`: a sole trader's owner, read with its dot in
    # text only, named_in_text)
    "candidate": {
        "English": "candidate", "German": "bewerber bewerberin kandidat kandidatin", "French": "candidat candidate",
        "Spanish, Italian and Portuguese": "candidato candidata", "Dutch": "kandidaat sollicitant sollicitante",
        "Polish": "kandydat kandydatka",
    },
    "employee": {
        "English": "employee", "German": "mitarbeiter mitarbeiterin arbeitnehmer arbeitnehmerin",
        "French": "salarié salariée employé employée", "Spanish": "empleado empleada trabajador trabajadora",
        "Portuguese": "empregado empregada funcionário funcionária colaborador colaboradora",
        "Italian": "dipendente lavoratore lavoratrice", "Dutch": "werknemer medewerker medewerkster",
        "Polish": "pracownik pracownica", "Swedish": "anställd medarbetare", "Norwegian": "ansatt",
        "Danish": "medarbejder", "Finnish": "työntekijä",
    },
    # (closer 113) and a vehicle's keeper, as its registration names them (the UK's `Registered keeper`, Germany's
    # `Fahrzeughalter`: German `Halter` alone is a stand's or a mount's)
    "holder": {
        "English": "holder keeper", "German": "inhaber inhaberin fahrzeughalter fahrzeughalterin",
        # (closer 157: and whose name a loan or an account is made out in, `intestataria …`, `titular …`)
        "French": "titulaire", "Italian": "titolare intestatario intestataria", "Spanish and Portuguese": "titular",
        "Dutch": "houder kentekenhouder",
        "Polish": "posiadacz posiadaczka",
    },
    # (closer 113's subscribers, `Abonné : …`, are PARTIES_IN_KEYS' members in text: a tier's label as often, `Abonnée :
    # Offre Premium`, so a name after them only after a salutation: postal._MEMBER_LABEL, closer 115)
    "deceased": {
        "English": "deceased decedent", "German": "verstorbene verstorbener", "French": "défunt défunte",
        "Spanish": "difunto difunta fallecido fallecida", "Portuguese": "falecido falecida",
        "Italian": "defunto defunta", "Dutch": "overledene", "Polish": "zmarły zmarła",
        # (closer 144, sixty-eighth attack: funerals, genealogy)
        "Swedish": "avliden avlidne", "Norwegian": "avdød avdøde", "Danish": "afdøde", "Finnish": "vainaja",
        "Czech": "zesnulý zesnulá", "Japanese": "故人 被相続人", "Chinese": "逝者 死者",
    },
    # (closer 144) who reports a death to its registrar (a death certificate's `Informant`), who holds a grave's right
    # of use, and a DNA test's match, a relative by their shared DNA
    "informant": {
        "English": "informant", "French": "déclarant déclarante", "Spanish, Portuguese": "declarante",
        "Italian": "dichiarante",
    },
    "grave holder": {
        "English": "grave_holder grave_owner plot_holder plot_owner grave_right_holder",
        "German": "grabnutzungsberechtigter grabnutzungsberechtigte nutzungsberechtigter nutzungsberechtigte",
    },
    "DNA match": {
        "English": "dna_match dna_relative genetic_match genetic_relative", "German": "dna_treffer",
        "French": "correspondance_adn", "Spanish": "coincidencia_adn", "Swedish": "dna_matchning",
        "Italian": "corrispondenza_dna", "Portuguese": "correspondencia_dna",
    },
    # (closer 117, sixtieth attack: courts, notaries, powers of attorney) a case's claimant and defendant, the principal
    # who grants a power of attorney, and who acquires by a deed
    "claimant": {
        "English": "claimant plaintiff petitioner", "German": "kläger klägerin",
        "French": "requérant requérante demanderesse", "Spanish": "demandante", "Dutch": "eiser eiseres",
        "Polish": "powód powódka",
    },
    "defendant": {
        "English": "defendant", "German": "beklagter beklagte antragsgegner antragsgegnerin",
        "French": "défendeur défenderesse", "Spanish": "demandado demandada", "Dutch": "gedaagde verweerder",
        "Polish": "pozwany pozwana",
    },
    "principal": {
        "English": "grantor", "German": "vollmachtgeber vollmachtgeberin", "Spanish": "poderdante",
        "Portuguese": "outorgante", "Italian": "delegante", "Dutch": "volmachtgever", "Polish": "mocodawca",
    },
    "acquirer": {
        "German": "erwerber erwerberin", "French": "acquéreur acquéreuse", "Spanish and Portuguese": "adquirente",
        "Dutch": "verkrijger",
    },
}
PARTIES_IN_KEYS: Dict[str, Dict[str, str]] = {
    # (closer 115: a subscriber's, a season ticket's, by language; in text before a salutation and a name only,
    # postal._MEMBER_LABEL: `Abonnée : Mme …`, while `Member: Gold Plus` names a tier)
    "member": {
        "English": "member subscriber", "German": "mitglied abonnent abonnentin", "French": "adhérent adhérente "
        "abonné abonnée", "Spanish": "afiliado afiliada suscriptor suscriptora", "Italian": "iscritto abbonato "
        "abbonata", "Portuguese": "assinante", "Dutch": "abonnee", "Polish": "członek abonent abonentka",
    },
    "pupil": {
        "English": "pupil student", "German": "schüler schülerin", "French": "élève étudiant étudiante",
        "Spanish": "alumno alumna estudiante", "Portuguese": "aluno aluna estudante",
        "Italian": "alunno alunna studente studentessa", "Dutch": "leerling", "Polish": "uczeń uczennica",
    },
}
# A pupil's or a student's own number by its names, by language (closer 119, sixty-first attack): France's national
# pupil identifier (`INE`, identifiant national élève), Japan's student register's and student's numbers (`学籍番号`,
# `学生番号`), China's and Korea's (`学号`, `학번`). A person's id's label in text before a value of six letters and
# digits or more, four of them digits (`INE : 0…HJ`, `学籍番号：24L…`; labelled_values), and a key's words before or
# after a number or an id word (`numero_ine`, `ine_id`); alone in a key `ine` is Spain's statistics office's too
# (`codigo_ine`, a municipality's code).
STUDENT_NUMBERS: Dict[str, str] = {
    "French": "ine", "Japanese": "学籍番号 学生番号 学生証番号", "Chinese": "学号 學號", "Korean": "학번",
}
# A wedding's people by language (closer 169, seventy-eighth attack: weddings): the bride, the groom, the couple, a
# guest's plus one. Before a name word their name (`bride_name`, `nombre_novia`, `nome_sposa`, `couple_names`); the
# couple's and the plus one's words alone, a key holding a person's or a couple's names (`brautpaar`, `plus_one`,
# `?couple=<given> & <given> <family>`: personal_keys.person_named); the bride's and the groom's alone name a
# product's line as often (`bride_to_be_sash`, `Bride: Ivory Lace Veil`) and are not read alone. Not French `marié`,
# folded a given name (`Marie`), which a person qualifier may not be (personal_keys.name_shaped).
WEDDING_PEOPLE: Dict[str, str] = {
    "English": "bride groom bridegroom", "German": "braut bräutigam", "French": "mariée",
    "Spanish": "novia novio", "Portuguese": "noiva noivo", "Italian": "sposa sposo", "Dutch": "bruid bruidegom",
    "Polish": "panna_młoda pan_młody",
}
WEDDING_COUPLES: Dict[str, str] = {
    "English": "couple newlyweds plus_one", "German": "brautpaar hochzeitspaar", "French": "mariés",
    "Spanish": "novios", "Portuguese": "noivos", "Italian": "sposi", "Dutch": "bruidspaar", "Polish": "para_młoda",
}
# A child by its word, by language (closer 119, sixty-first attack: schools and daycare): before a name word the child's
# name (`nom_enfant`, `nombre_del_niño`, `nome_bambino`, `imie_dziecka`), as English's `child_name` is; alone a
# product's audience (`taille_enfant`, `menu_bambini`). Not German and Dutch `Kind` nor Swedish `barn` (English's
# `kind_name`, `barn_name`); German's genitive `Kindes` is personal_keys'.
CHILDREN: Dict[str, str] = {
    "French": "enfant", "Spanish": "niño niña", "Portuguese": "criança", "Italian": "bambino bambina",
    "Polish": "dziecko dziecka", "Czech": "dítě dítěte", "Swedish": "barnets",
}
# Whose account an account's noun names, by meaning and language (closer 120, sixty-first attack: a school's canteen and
# trips): a family's, a parent's, a pupil's, a child's, and one diner's at a canteen (a school's or a workplace's meal
# account is one person's: `Essenskonto`, `lunch account`). Beside an account's noun (ACCOUNT_NOUNS), glued before it
# as the Germanic languages write it (`Familienkonto`, `Essenskonto`) or after it, maybe past "of", as the Romance
# languages and Polish do (`compte famille`, `cuenta del alumno`, `konta ucznia`), the label of that person's
# account's number, as a customer's (`Kundenkonto`, `compte client`); alone ordinary (`Familienangebot`, `menu
# cantine`), and an account's noun alone too (`Mein Konto`, `account settings`).
ACCOUNT_OWNERS: Dict[str, str] = {
    "English": "family parent parents pupil pupils student child lunch meal canteen cafeteria",
    "German": "familie familien eltern schüler schülerin schülers kinder kindes essen essens mensa kantine kantinen",
    "French": "famille familles parent parents élève enfant cantine restauration",
    "Spanish": "familia alumno alumna comedor", "Portuguese": "família aluno aluna cantina",
    "Italian": "famiglia alunno alunna mensa", "Dutch": "gezin gezins ouder ouders leerling leerlingen kantine",
    "Polish": "rodziny rodzinne ucznia uczennicy dziecka stołówki obiadowe", "Swedish": "familj familje elev elevens",
}
ACCOUNT_NOUNS: Dict[str, str] = {
    "English": "account", "German and Swedish": "konto", "French": "compte", "Spanish": "cuenta",
    "Portuguese": "conta", "Italian": "conto", "Dutch": "rekening", "Polish": "konto konta",
}
# Whose application a candidate's file is, by language (closer 120): a person's application to a school, a university
# or a job, whose number names its candidate (`Bewerbungsnummer`, `numéro de candidature`); not English's
# `application` (a software's or a patent's as often: `Application ID`, `Application No. 16/…`).
CANDIDATE_APPLICATIONS: Dict[str, str] = {
    "German": "bewerbung bewerbungs", "French, Spanish, Portuguese and Italian": "candidature candidatura",
    "Dutch": "sollicitatie",
}
PARTIES_IN_TEXT: Dict[str, Dict[str, str]] = {
    "tenant": {"English": "tenant"},
    # (closer 117) a lawyer's client and a power of attorney's principal (German `Mandant`, French `mandant`): in a
    # key a software's customer organization as often (`mandant_id`, `?mandant=100`), as English's tenant is
    "client of a lawyer": {"German": "mandant mandantin", "French and Italian": "mandant mandante"},
}
# (closer 117) Parties whose word means something else in running text or in a key, read only as a label before its
# end, in lower case or before an honorific (postal.py: `ricorrente: …`, `Vendeur : M. …`; not `Autor: Paulo Coelho`):
# Portuguese's claimant `autor` (a book's author as often: `?autor=…`),
# Italian's `ricorrente` (recurring) and `convenuto` (agreed), English's `respondent` (a survey's), and the seller of a
# deed (a marketplace's seller in a key, a shop's role: `vendedor_id`).
PARTIES_IN_LABELS: Dict[str, Dict[str, str]] = {
    "claimant": {"Spanish and Portuguese": "autor autora", "Italian": "ricorrente"},
    # (closer 121: a pet's or a vehicle's keeper, German `Halter`, a stand's or a mount's as often: `Halter: Edelstahl`)
    "keeper": {"German": "halter"},
    "defendant": {"English": "respondent", "Italian": "convenuto convenuta", "Portuguese": "réu"},
    "seller": {
        "German": "verkäufer verkäuferin", "French": "vendeur venderesse",
        "Spanish and Portuguese": "vendedor vendedora",
        "Italian": "venditore venditrice", "Dutch": "verkoper verkoopster", "Polish": "sprzedający sprzedająca",
    },
}
# A party's rank or share beside its word in a label (`lead applicant:`, `emprunteur principal :`), by language; the
# Latin prefix `co` (with) glued or with a dash (`co-applicant`, `coemprunteur`) is read before any party's word; a
# register's standing too (closer 113: the UK's `Registered keeper:`).
PARTY_RANKS: Dict[str, str] = {
    "English": "lead main joint primary principal first second sole additional other registered",
    "German": "erster erste zweiter zweite weiterer weitere", "French": "principal principale premier second "
    "deuxième", "Spanish": "principal primer segundo", "Portuguese": "principal primeiro segundo",
    "Italian": "principale primo secondo", "Dutch": "eerste tweede", "Polish": "główny drugi",
}
# An insurance policy, by language: before a number or an id word its holder's number (`Número de póliza`,
# `Polisnummer`, `numero_polizza`), as `policy number` is (personal_keys); alone a shop's word as often (French
# `police` is a font).
POLICIES: Dict[str, str] = {
    "Spanish": "póliza", "Italian": "polizza", "Dutch": "polis", "Portuguese": "apólice", "Polish": "polisa polisy",
    "Swedish and Danish": "försäkring forsikring",
    # (closer 158: German's policy document glued to its number word, `Versicherungsscheinnummer`)
    "German": "versicherungsschein versicherungspolice",
}
# (closer 158) A police report's or a criminal complaint's reference, by language, its words joined as a label's are
# (`Crime reference number:`, `récépissé de plainte :`, `Número de denuncia:`, `Strafanzeige Nr.`): its number is
# the victim's or the suspect's file, a person's own id (labelled_values).
CRIME_REPORTS: Dict[str, str] = {
    "English": "crimereference crimeref crimereport policereport policereference policeref",
    "German": "strafanzeige polizeilichesaktenzeichen tagebuchnummer anzeigenummer",
    "French": "plainte depotdeplainte recepissedeplainte recepissedepotdeplainte procesverbal",
    "Spanish": "denuncia atestado", "Italian": "denuncia verbaledidenuncia querela",
    "Dutch": "aangifte procesverbaal", "Portuguese": "boletimdeocorrencia queixacrime",
    "Polish": "zawiadomienie",
}
# A patient's state of health, as a key names it after the patient's word (`patient_condition`, `patient_history`) or
# before it in the languages of HEAD_FIRST (`condicion_paciente`): the special category of health, as
# `medical_condition` is; alone these words are a product's (`condition=new`, `Zustand: gebraucht`).
PATIENTS_HEALTH: Dict[str, str] = {
    "English": "condition conditions illness illnesses history complaint complaints",
    "German": "zustand erkrankung erkrankungen beschwerden krankengeschichte vorerkrankungen",
    "French": "état pathologie pathologies affection antécédents", "Spanish": "condición afección patología "
    "antecedentes", "Portuguese": "condição patologia antecedentes", "Italian": "condizione patologia anamnesi",
    "Dutch": "aandoening toestand", "Polish": "schorzenie choroba",
}
# A home's supply of energy, gas or water (closer 103, issue 16: utilities' switching and meter pages), by language:
# its metering point's names (the UK's MPAN and MPRN, Germany's Zählpunkt and market location, France's point of
# delivery, Spain's supply point and CUPS code, Italy's POD and PDR codes), personal alone in a key (`mpan=`) and as
# a label before a number (`MaLo-ID: …`); the meter's number by the meter's word and a number, id or serial word
# (`meter_number`, `Zählernummer`, `numéro de compteur`), the meter alone being a product's (`meter_type=SMETS2`).
METERING_POINTS: Dict[str, str] = {
    "English": "mpan mpan_core mprn metering_point meter_point",
    "German": "zählpunkt zählpunktbezeichnung zählpunktnummer marktlokation marktlokations_id malo_id messlokation "
    "messlokations_id melo_id",
    "French": "point_de_livraison point_livraison", "Spanish": "punto_de_suministro punto_suministro codigo_cups",
    "Italian": "codice_pod codice_pdr punto_di_prelievo punto_prelievo punto_di_riconsegna",
    "Dutch": "aansluitingsnummer", "Polish": "punkt_poboru",
}
METER_NUMBERS: Dict[str, str] = {  # (and a direct debit's mandate: MANDATES)
    "English": "meter_number meter_no meter_serial meter_serial_number meter_id",
    "German": "zählernummer zählernr zähler_nr zähler_id",
    "French": "numéro_de_compteur numéro_compteur", "Spanish": "número_de_contador número_contador",
    "Italian": "matricola_contatore numero_contatore", "Dutch": "meternummer", "Polish": "numer_licznika nr_licznika",
}
# A customer's account with a utility by its contract (closer 103): a contract's word glued to or beside an account's
# noun, either first (`Vertragskonto`, `contract account`, the SAP term utilities print on their bills); a contract's
# number alone is a purchase's, as an order's is.
CONTRACTS: Dict[str, str] = {
    "English": "contract", "German": "vertrag vertrags", "French": "contrat", "Spanish and Portuguese": "contrato",
    "Italian": "contratto", "Dutch": "contract", "Polish": "umowy",
}
# A direct debit's mandate by its reference (closer 103): the creditor's number for one customer's authorisation,
# printed on the customer's mandate and every debit (`Mandatsreferenz`, `référence unique du mandat`,
# `machtigingskenmerk`).
MANDATES: Dict[str, str] = {
    "English": "mandate_reference mandate_ref mandate_id", "German": "mandatsreferenz mandats_referenz",
    "French": "référence_du_mandat référence_de_mandat référence_mandat référence_unique_du_mandat",
    "Spanish": "referencia_del_mandato referencia_de_mandato referencia_mandato", "Italian": "riferimento_mandato "
    "riferimento_del_mandato codice_mandato", "Dutch": "machtigingskenmerk mandaatreferentie kenmerk_machtiging",
}
# People by their part in a shop's order and its parcel (closer 106), by meaning and language. Who sends a parcel is
# personal alone, a person's label and a name's qualifier, as `sender` is (`Absender: …`, `Expéditeur : …`,
# `Remitente: …`, `nombre del remitente`). Who buys, travels or stays is a role, as `buyer`, `passenger` and `guest`
# are: a label of theirs reads a full name after it (`Käufer: Anna …`; one word is a kind as often: `Gast: Ja`; not
# French `invité`, English `invite` folded), and a
# qualifier of a name word (`Passagiername`). A word of two words is written with `_`.
SENDERS: Dict[str, str] = {
    "German": "absender absenderin", "French": "expéditeur expéditrice", "Spanish": "remitente",
    "Portuguese": "remetente", "Italian": "mittente", "Dutch": "afzender", "Polish": "nadawca",
    "Czech": "odesílatel", "Slovak": "odosielateľ", "Swedish": "avsändare", "Danish": "afsender",
    "Norwegian": "avsender", "Finnish": "lähettäjä", "Hungarian": "feladó", "Romanian": "expeditor",
    "Croatian and Slovene": "pošiljatelj pošiljalec", "Estonian": "saatja", "Indonesian and Malay": "pengirim",
}
SHOP_ROLES: Dict[str, Dict[str, str]] = {
    # (closer 115, fifty-ninth attack: events and races) who runs or rides a race on an entry, as a bib or a results
    # list names them (`Runner: …`, `Corredora: …`, `zawodniczka: …`); not a player or an athlete, whose name a
    # replica shirt or a poster prints (`Player: Lamine Yamal`), nor a competitor (`competitor_name`, a rival shop)
    "entrant": {
        "English": "runner entrant", "German": "läufer läuferin", "French": "coureur coureuse",
        "Spanish and Portuguese": "corredor corredora", "Italian": "podista", "Dutch": "loper loopster",
        "Polish": "zawodnik zawodniczka biegacz biegaczka uczestnik uczestniczka", "Swedish": "löpare",
        "Danish": "løber", "Norwegian": "løper", "Finnish": "juoksija",
    },
    # (closer 115) who a named ticket or card is made out to, where the language names a bearer (`Nom du porteur`,
    # `nombre del portador`)
    "bearer": {"French": "porteur porteuse", "Spanish and Portuguese": "portador portadora", "Italian": "portatore"},
    "buyer": {
        "German": "käufer käuferin", "French": "acheteuse", "Italian": "acquirente", "Dutch": "koper",
        "Swedish": "köpare", "Danish": "køber", "Norwegian": "kjøper", "Finnish": "ostaja",
    },
    "passenger": {
        "German": "passagier passagierin fahrgast", "French": "passager passagère", "Spanish": "pasajero pasajera",
        "Italian": "passeggero passeggera", "Portuguese": "passageiro passageira", "Dutch": "passagier",
        "Polish": "pasażer pasażerka", "Swedish": "passagerare", "Danish and Norwegian": "passager passasjer",
        "Finnish": "matkustaja",
    },
    "traveller": {
        "German": "reisender reisende", "French": "voyageur voyageuse", "Spanish": "viajero viajera",
        "Italian": "viaggiatore viaggiatrice", "Portuguese": "viajante", "Dutch": "reiziger",
    },
    # (closer 113, fifty-seventh attack: mobility) who drives or rides in a hired car, a taxi or a shared one; not
    # Spanish's and English's `conductor`, an orchestra's or a cable's as often (`Conductor: Simon Rattle`), nor Dutch
    # `bestuurder`, a board's as often (`Bestuurder: Raad van Toezicht`)
    "driver": {
        "English": "chauffeur", "German": "fahrer fahrerin", "French": "conducteur conductrice",
        "Spanish": "conductora chófer chofer", "Italian": "conducente autista", "Portuguese": "motorista condutor "
        "condutora", "Polish": "kierowca", "Swedish": "förare chaufför",
        "Danish and Norwegian": "fører sjåfør chauffør", "Finnish": "kuljettaja",
    },
    "guest": {
        "German and Dutch": "gast", "French": "invitée", "Spanish": "huésped", "Italian": "ospite",
        "Portuguese": "hóspede", "Polish": "gość",
    },
    # (closer 130, sixty-fifth attack: food) who eats at a restaurant's table, as a booking's or a kitchen's note
    # names them (`Diner: …`, `{"diner": …}`, `Comensal: …`)
    "diner": {
        "English": "diner", "French": "convive", "Spanish and Portuguese": "comensal", "Italian": "commensale",
        "Dutch": "tafelgast",
    },
}
# What a person holds in their own name (closer 115, fifty-ninth attack: tickets, season tickets, subscriptions), by
# language: with a holder's word (PARTIES["holder"]) its holder, a person, as `cardholder` is: before it, glued as
# German, Dutch and English write it or apart (`Ticketinhaber`, `tickethouder`, `season ticket holder`), or after it
# and `of` where the noun comes first (`titulaire du billet`, `titular del abono`). Not a card, a badge or a pass, whose
# holders are goods too (`Card Holder: Black Leather`); `Inhaber` alone names a person (`Kreditkarteninhaber`).
HELD_IN_A_NAME: Dict[str, str] = {
    "English": "ticket season_ticket subscription membership licence license",
    "German": "ticket tickets karten dauerkarte dauerkarten eintrittskarte eintrittskarten abo abonnement konto "
    "lizenz mitgliedschaft", "Dutch": "ticket seizoenkaart toegangskaart abonnement lidmaatschap",
    "French": "billet abonnement", "Spanish": "entrada abono", "Italian": "biglietto abbonamento",
    "Portuguese": "ingresso bilhete", "Polish": "biletu karnetu",
}
# A name badge, by language: an event's badge prints its wearer's name (`Badge: Anna Quendrix | Acme | Speaker`);
# before a full name only, as a role's label (closer 115); not a key's word (a `badge` is a loyalty's tier as often).
NAME_BADGES: Dict[str, str] = {
    "English": "badge name_badge name_tag nametag", "German": "namensschild teilnehmerausweis",
    "French": "badge badge_nominatif", "Spanish": "gafete acreditación", "Italian": "badge", "Dutch": "naambadge",
}
# ... and English's driver and rider, read in text only (closer 113: `Driver: …`, `Additional driver: …`, `Rider: …`):
# a key's `driver_name` is a printer's or a database's driver (closer 53), a key's `rider_name` an insurance policy's
# rider.
# (closer 158, seventy-third attack: insurance) ... and a policy's other drivers, by language, a rank glued or after
# the driver's word (`Zusatzfahrer:`, `Named driver:`, `Conducteur secondaire :`, `Conductor adicional:`; Spanish's
# `conductor` alone is an orchestra's), and a claim's third party (`Third party:`, `Unfallgegner:`, `Tiers :`).
SHOP_ROLES_IN_TEXT: Dict[str, Dict[str, str]] = {
    "driver": {
        "English": "driver rider named_driver", "German": "zusatzfahrer zusatzfahrerin zweitfahrer zweitfahrerin",
        "French": "conducteur_secondaire conductrice_secondaire conducteur_additionnel conductrice_additionnelle "
        "conducteur_supplémentaire conductrice_supplémentaire", "Spanish": "conductor_adicional conductora_adicional "
        "conductor_secundario conductora_secundaria conductor_habitual conductora_habitual",
        "Italian": "guidatore guidatrice guidatore_aggiuntivo guidatrice_aggiuntiva conducente_aggiuntivo",
        "Portuguese": "condutor_adicional condutora_adicional", "Dutch": "extra_bestuurder regelmatige_bestuurder",
    },
    "third party": {
        "English": "third_party other_driver", "German": "unfallgegner unfallgegnerin unfallbeteiligter",
        "French": "tiers partie_adverse", "Spanish": "tercero parte_contraria", "Italian": "controparte",
        "Dutch": "tegenpartij wederpartij", "Portuguese": "terceiro",
    },
}
# (closer 174, review 27) A claim's or an accident's witness, by language: before a name word in a key the witness's
# name (`witness_name`, `nom_du_temoin`; personal_keys), as a claimant's is.
WITNESSES: Dict[str, str] = {
    "English": "witness", "German": "zeuge zeugin", "French": "témoin", "Spanish": "testigo", "Italian": "testimone",
    "Portuguese": "testemunha", "Dutch": "getuige", "Polish": "świadek",
}
# Who keeps order in a community or reports to it, by meaning and language (closer 124, sixty-third attack: forums,
# streams, dating sites): a moderator's and a reporter's label before a full name names a person, as a shop's role
# does (`Moderator: …`, `Modératrice : …`, `Reporter: …`; postal._PERSON_ROLE_LABEL); a newsroom's words after it
# name a business (`Reported by: Example News`). Not a creator or a streamer, whose labels name a studio or a
# channel as often (`Creator: Example Studio`), nor a party's streamer (`Streamer: Happy Birthday`).
COMMUNITY_ROLES: Dict[str, str] = {
    "English": "moderator reporter", "German": "moderator moderatorin", "French": "modérateur modératrice",
    "Spanish and Portuguese": "moderador moderadora", "Italian": "moderatore moderatrice", "Dutch": "moderator",
    "Polish": "moderator moderatorka", "Swedish, Danish and Norwegian": "moderator", "Finnish": "moderaattori",
    "Czech and Slovak": "moderátor moderátorka",
}
# ... and who reported a post, a message or a member, by the act and its `by` (`Reported by:`, `Gemeldet von:`,
# `Signalé par :`): postal._PERSON_ACT_LABEL, as `Reviewed by:` is.
COMMUNITY_REPORTS: Dict[str, str] = {
    "English": "reported_by flagged_by", "German": "gemeldet_von", "French": "signalé_par signalée_par",
    "Spanish": "reportado_por denunciado_por", "Portuguese": "denunciado_por reportado_por",
    "Italian": "segnalato_da segnalata_da", "Dutch": "gemeld_door", "Polish": "zgłoszone_przez zgłoszony_przez",
}
# A community's member as a game's roster or a tournament's sign-up names them (closer 124): a player, by language.
# A player's label names a famous one as often (`Player: Lamine Yamal`, a replica shirt's), as a member's names a
# tier: a full name after either only before a salutation or before the member's handle in brackets, one word, no
# place (`Player: … (Kowar), Team Nordwind`; postal._COMMUNITY_MEMBER_LABEL). (closer 179) In a key, a player's word
# but English's beside a name's word is read with its value (personal_keys.player_named: `spieler_name`,
# `nom_du_joueur` holding a full name); English's `player` names a media player as often (`player_name`).
PLAYERS: Dict[str, str] = {
    "English": "player", "German": "spieler spielerin", "French": "joueur joueuse",
    "Spanish": "jugador jugadora", "Portuguese": "jogador jogadora", "Italian": "giocatore giocatrice",
    "Dutch": "speler speelster", "Polish": "gracz", "Swedish": "spelare", "Danish and Norwegian": "spiller",
}
# (closer 179, eighty-first attack: games, streams) Who streams or creates on a platform, by language: the channel's
# name is public as a shop's is (`streamer_name`, `creator_name` go out), its legal or civil name is the person's own
# (`streamer_legal_name`, `nom_légal_du_créateur`: personal_keys, with LEGAL_NAME_WORDS).
CREATORS: Dict[str, str] = {
    "English": "streamer creator broadcaster youtuber vtuber podcaster influencer",
    "German": "streamerin ersteller erstellerin", "French": "créateur créatrice streameur streameuse",
    "Spanish": "creador creadora", "Portuguese": "criador criadora", "Italian": "creatore creatrice",
    "Polish": "twórca twórczyni",
}
# ... and the words that make a name the one a civil register holds, by language: a company's as often alone
# (`legal_name`), a person's beside a creator's or a player's word (`spieler_bürgerlicher_name`).
LEGAL_NAME_WORDS: Dict[str, str] = {
    "English": "legal", "German": "bürgerlich bürgerlicher bürgerliche amtlich amtlicher amtliche",
    "French": "légal légale", "Spanish and Portuguese": "legal", "Italian": "legale anagrafico",
    "Dutch": "wettelijk wettelijke", "Polish": "prawny prawne",
}
# A competition's words by meaning and language (closer 124, sixty-third attack: games): a game's or a sport's match
# is named by its round, its stage, its league or its cup (`Grand Final`, `Halbfinale Gruppe B`); a dating match's
# name holds none (personal_keys.role_named: `match_name`).
COMPETITIONS: Dict[str, str] = {
    "English": "final finals semifinal semifinals quarterfinal quarterfinals round stage group league cup playoff "
    "playoffs split season week day match game tournament qualifier qualifiers championship series showmatch "
    "bracket ranked scrim vs versus team teams clan esports",
    "German": "finale halbfinale viertelfinale runde gruppe liga pokal spieltag spiel turnier meisterschaft",
    "French": "finale demi quart tour groupe ligue coupe journée match tournoi championnat équipe",
    "Spanish": "final semifinal cuartos ronda grupo liga copa jornada partido torneo campeonato equipo",
    "Portuguese": "final semifinal quartas rodada grupo liga taça copa jogo partida torneio campeonato equipa",
    "Italian": "finale semifinale quarti turno girone lega coppa giornata partita torneo campionato squadra",
    "Dutch": "finale halve kwartfinale ronde groep competitie beker speelronde wedstrijd toernooi ploeg",
    "Polish": "finał półfinał ćwierćfinał runda grupa liga puchar kolejka mecz turniej mistrzostwa drużyna",
}
# An owner or a keeper by meaning and language (closer 121, sixty-second attack: pets), read in text only: a label's
# words before a full name, in any case, as a holder's are (`owner: …`, `Besitzerin: …`, `Propriétaire : …`, a thing's
# word or a rank before it: `Pet owner:`, `Registered owner:`), and German's capitalized before one in running text
# (`…, Halterin Anna …, bitte melden`), as a pet's registration and a lost pet's post name the person a chip answers
# with. Not in a key: `owner_id`, `?owner=me` are a software's resource's as often (a name word after it is a name's
# qualifier already, personal_keys: `owner_name`). German `Halter` alone is a stand's or a mount's (`Halter: Edelstahl
# Silber`): a label only in lower case or before an honorific (PARTIES_IN_LABELS); its feminine and an animal's
# keeper name a person.
OWNERS: Dict[str, str] = {
    "English": "owner co-owner", "German": "besitzer besitzerin eigentümer eigentümerin halterin tierhalter "
    "tierhalterin hundehalter hundehalterin katzenhalter katzenhalterin", "French": "propriétaire copropriétaire",
    "Spanish": "propietario propietaria dueño dueña", "Portuguese": "proprietário proprietária dono dona",
    "Italian": "proprietario proprietaria", "Dutch": "eigenaar eigenares", "Polish": "właściciel właścicielka",
    "Swedish": "ägare", "Danish": "ejer", "Norwegian": "eier", "Finnish": "omistaja", "Czech": "majitel majitelka",
}
# The name words German, Dutch and the Nordic languages glue after a person's word (`Kundenname`, `klantnaam`,
# `kundnamn`, `kundenavn`, `asiakasnimi`; closer 106): the person's name, as `customer name` is.
GLUED_NAME_WORDS = ("name", "naam", "namn", "navn", "nimi")
# Identity documents by meaning and language (closer 108): a passport, a driving licence, an identity card, a residence
# permit. Personal alone in a key (`rijbewijs`, `permis_de_conduire`) and before a number word, glued or apart
# (`fuehrerscheinnummer`, `numer_prawa_jazdy`); a word of several words written with `_`. Italian `patente` alone is
# German's, Spanish's and Portuguese's patent (and a car's plate in Argentina): only with its `di guida`.
IDENTITY_DOCUMENTS: Dict[str, Dict[str, str]] = {
    "passport": {
        "German": "reisepass", "Dutch": "paspoort", "Polish": "paszport paszportu",
        "Turkish and Romanian": "pasaport pașaport",
        "Catalan and Italian": "passaport passaporto", "Czech and Slovak": "cestovni_pas",
    },
    "driving licence": {
        "German": "führerschein fuehrerschein", "Dutch": "rijbewijs", "French": "permis_de_conduire permis_conduire",
        "Spanish": "licencia_de_conducir licencia_conducir carnet_de_conducir carne_de_conducir permiso_de_conducir "
        "permiso_de_conduccion", "Portuguese": "carta_de_conducao carteira_de_habilitacao carteira_de_motorista",
        "Italian": "patente_di_guida patente_guida", "Polish": "prawo_jazdy prawa_jazdy",
        "Swedish, Norwegian and Danish": "körkort førerkort kørekort", "Finnish": "ajokortti",
        "Czech": "ridicsky_prukaz řidičský_průkaz", "Hungarian": "jogosítvány", "Romanian": "permis_de_conducere",
        "Turkish": "ehliyet", "Russian": "voditelskoe_udostoverenie водительское_удостоверение",
        # (closer 207: Japan's licence card; its number, `運転免許証番号`, and Korea's and China's numbers:
        # GLUED_LICENCE_NUMBERS)
        "Japanese": "運転免許証",
    },
    "identity card": {
        "Dutch": "identiteitskaart", "Swedish, Norwegian and Danish": "idkort id_kort", "Finnish": "henkilökortti",
        "Polish": "dowodu_osobistego", "Turkish": "kimlik_kartı",
    },
    "residence permit": {
        "English": "residence_permit residence_card alien_registration alien_number uscis_number",
        "German": "aufenthaltstitel aufenthaltserlaubnis",
        "French": "titre_de_séjour titre_sejour carte_de_séjour", "Spanish": "permiso_de_residencia "
        "tarjeta_de_residencia", "Italian": "permesso_di_soggiorno", "Portuguese": "autorizacao_de_residencia "
        "titulo_de_residencia", "Dutch": "verblijfsvergunning", "Swedish": "uppehållstillstånd",
        "Norwegian and Danish": "oppholdstillatelse opholdstilladelse", "Polish": "karta_pobytu",
        # (closer 117: Japan's residence card and special permanent resident's certificate, with their number word
        # glued as Japanese writes it, `在留カード番号`)
        "Japanese": "在留カード 在留カード番号 特別永住者証明書 特別永住者証明書番号",
    },
}
# (closer 214, review 38) A driving licence's words in Japanese, Korean and Chinese, and their number words, which
# these languages glue after them (`運転免許番号`, `운전면허번호`, `驾驶证号`, `駕照號碼`; apart too, `運転免許_番号`):
# together the licence's number. Alone a licence's kind's or a course's page as often (`運転免許_種類`, `驾照_类型`);
# Japan's card alone is a document (IDENTITY_DOCUMENTS). Language: (licences, numbers).
GLUED_LICENCE_NUMBERS: Dict[str, Tuple[str, str]] = {
    # (closer 218, review 40: Japanese's `の` between, `運転免許証の番号`, and its loanword `ナンバー`)
    "Japanese": ("運転免許 運転免許証 免許 免許証", "番号 の番号 ナンバー"),
    "Korean": ("운전면허 운전면허증 면허 면허증", "번호"),
    "Chinese": ("驾驶证 驾照 驾驶执照 駕駛證 駕照 駕駛執照", "号 号码 编号 號 號碼 編號"),
}
# The documents' words that inflect or glue (a Polish genitive, `numer paszportu`; a German or Dutch compound,
# `Reisepassnummer`, `paspoortnummer`): stems, personal wherever they stand in a key. None begins an ordinary word.
IDENTITY_DOCUMENT_STEMS = ("reisepass paspoort paszport pasaport passaport passeport führerschein fuehrerschein "
                           "rijbewijs")
# A passport's short word in German, Dutch and the Nordic languages (`Pass`, `pas`: a boarding pass's or a ski pass's
# alone), before their own number words only, glued or apart (`Passnummer`, `Pass-Nr.`, `pasnummer`).
PASS_BEFORE_NUMBER: Dict[str, str] = {"German, Swedish and Norwegian": "pass", "Dutch and Danish": "pas"}
GERMANIC_NUMBER_WORDS = "nummer nr"
# The staff and its payroll (closer 157), by language: before an id or a number word an employee's number (`staff_id`,
# `Payroll No.`, `Personalnummer`: German `Personal` is the staff; `personeelsnummer`, Polish `numer pracownika`), as
# `employee_id` is; alone ordinary
# (`staff_pick`). An employee's own noun is a party's (PARTIES["employee"]: `mitarbeiter_id`, `numero_empleado`, and a
# name after its label, `dipendente …`; closer 110).
EMPLOYEES: Dict[str, str] = {
    "English": "staff payroll", "German": "personal", "Dutch": "personeels", "Polish": "pracownika",
}
# Who holds a loyalty or a customer card, by language: right before or after a card's word the card (`loyalty_card`,
# `Kundenkarte`, `carte_fidélité`, `tarjeta_de_socio`), whose number names its holder; alone, or with another word,
# ordinary (`loyalty_points`, `club_name`, `card_type`).
LOYALTY_HOLDERS: Dict[str, str] = {
    "English": "loyalty customer client member membership club bonus fidelity reward rewards",
    "German": "kunden kunde mitglieds mitglied treue bonus vorteils payback", "Dutch": "klanten klant leden",
    "French": "fidélité fidelite client membre adhérent", "Spanish": "fidelidad cliente socio",
    "Portuguese": "fidelidade cliente socio", "Italian": "fedeltà fedelta cliente socio",
    "Swedish, Norwegian and Danish": "kund kunde medlems medlem bonus", "Finnish": "kanta asiakas",
    "Polish": "lojalnościowa klienta",
}
LOYALTY_CARD_WORDS = "card karte kaart kort karta tarjeta carte carta cartao cartão kortti"
# A charity's donor and supporter by meaning and language (closers 105 and 121): an account's holder, whose number a
# charity prints on every receipt and letter (`Supporter no.`, `Spendernummer`, `N° donateur`, `Förderer-Nr.`), before
# an id, a number or a reference's word, glued or apart, or after a number word or sign; alone ordinary (`Supporter
# Care`, `Förderer werden`). Not English's `sponsor`: an advertiser's, a brand's or a prize's as often.
DONORS: Dict[str, str] = {
    "English": "donor supporter", "German": "spender spenderin förderer förderin fördermitglied fördermitglieds "
    "unterstützer unterstützerin", "French": "donateur donatrice", "Spanish": "donante donador donadora",
    "Portuguese": "doador doadora", "Italian": "donatore donatrice sostenitore sostenitrice",
    "Dutch": "donateur donatrice", "Polish": "darczyńca darczyńcy", "Czech": "dárce", "Finnish": "lahjoittaja",
}
# A club's, a gym's, a programme's or a fan club's member by meaning and language (closer 116): as LOYALTY_HOLDERS,
# beside a card's word the member's card (`tessera del tifoso`, `carnet de peñista`, `karta członkowska`), and, as an
# account's holder, before an id or a number word the member's number (`Lidmaatschapsnummer`, `Rewards ID`, `nº de
# socia`); alone ordinary (`Mitgliedschaft Premium`, `membership_tier`). A card's word that inflects or is a
# country's own (Polish `karty`, Italian `tessera`, Spanish `carnet`) is one of the cards' too (CLUB_CARD_WORDS).
CLUB_MEMBERS: Dict[str, str] = {
    "English": "rewards",
    "German": "mitgliedschaft mitgliedschafts vereinsmitglied vereinsmitglieds fanclubmitglied fanclubmitglieds "
    # (closer 168: a union's, a party's and a parish's members, `gewerkschaftsmitglied_nr`)
    "gewerkschaftsmitglied gewerkschaftsmitglieds parteimitglied parteimitglieds gemeindemitglied "
    "gemeindemitglieds kirchenmitglied kirchenmitglieds",
    "Dutch": "lidmaatschap lidmaatschaps",
    "French": "adhérente adhérents",
    "Spanish": "socia peñista penista abonado abonada",
    "Italian": "socia tesserato tesserata tifoso tifosa",
    "Portuguese": "sócia torcedor",
    "Polish": "członkowska członkowskiej członkowskiego klubowa klubowej lojalnościowej",
    "Swedish, Norwegian and Danish": "medlemskap medlemskaps medlemskab medlemskabs",
}
CLUB_CARD_WORDS = "tessera tesserino carnet carné carnê karty"
# A sports club's or federation's card naming its player or athlete, by meaning and language (closer 116): a player's
# pass, a federation's licence or record card (`Spielerpass`, `ficha federativa`, `licence fédérale`); personal alone
# in a key and, after it, a number in text. A licence's word alone is a software's or a degree's as often (`licence
# MIT`, `Licence 3`): before a federation's capitals only (FEDERATION_LICENCES: `licence FFA 593184`).
SPORTS_CARDS: Dict[str, str] = {
    "German": "spielerpass spielerausweis", "Dutch": "spelerspas spelerskaart",
    "French": "licence_sportive licence_fédérale licence_federale carte_de_licencié",
    "Spanish": "ficha_federativa licencia_federativa tarjeta_federativa",
    "Italian": "tessera_federale tesserino_federale", "Portuguese": "carteira_federativa",
    "Polish": "karta_zawodnika licencja_zawodnika",
}
# A running or sports programme whose member's number is a barcode, its letter and digits, printed beside the member's
# name on every result (closer 116: parkrun's `A` and digits, `(A593184)`): in a text naming the programme such a
# token is its member's, wherever it stands. Programme, by its name: its barcode's letter.
MEMBER_BARCODES: Dict[str, str] = {"parkrun": "A"}
FEDERATION_LICENCES: Dict[str, str] = {
    "English and French": "licence license", "German": "lizenz", "Spanish": "licencia", "Portuguese": "licença licenca",
    "Italian": "licenza", "Polish": "licencja",
}
# (closer 128) Travel's own programmes and documents, whose number names the traveller who holds it. A word of several
# words is written with `_` and read joined (`World of Hyatt` is `worldofhyatt`).
# Airlines', hotels', rail's and car rental's loyalty programmes by the names on the member's card, as an account's
# holder is read (personal_keys.ACCOUNT_HOLDERS): before an id or a number word, or after a number word or sign, the
# member's number (`Iberia Plus number`, `Nº Iberia Plus:`, `Smiles nº …`); alone before a colon or a number sign too
# (`World of Hyatt #…`, `Marriott Bonvoy: …`: a programme's name labels its member's id, as `Member #` does). Alone or
# before other words a product's or an offer's (`Iberia Plus Avios 5000`, `Marriott Bonvoy Platinum Elite benefits`).
LOYALTY_PROGRAMMES: Dict[str, str] = {
    "airlines": "aadvantage skymiles mileageplus mileage_plan flyingblue flying_blue iberia_plus iberiaplus "
    "executive_club ba_executive_club flying_club krisflyer asia_miles asiamiles skywards etihad_guest privilege_club "
    "aeroplan smiles latam_pass latampass lifemiles connectmiles tudoazul eurobonus finnair_plus millemiglia "
    "volare_club trueblue rapid_rewards hawaiianmiles miles_and_smiles milesandsmiles flying_returns skypass "
    "asiana_club dynasty_flyer royal_orchid_plus phoenix_miles egret_club club_premier miles_and_go milesandgo "
    "sheba_miles airpoints qantas_frequent_flyer velocity_frequent_flyer miles_and_more milesandmore "
    "mileage_bank mileagebank ana_mileage_club jmb air_europa_suma",
    "hotels, rail and car rental": "world_of_hyatt marriott_bonvoy bonvoy hilton_honors hhonors ihg_one_rewards "
    "ihg_rewards wyndham_rewards choice_privileges best_western_rewards radisson_rewards melia_rewards meliarewards "
    "accor_live_limitless all_accor iprefer gha_discovery leaders_club mgm_rewards caesars_rewards "
    "hertz_gold_plus emerald_club bahnbonus",
    "Japanese": "マイレージバンク マイレージクラブ",
}
# (closer 131) A shop's loyalty card as Japanese glues its words (a point's or a member's word and `カード`): an
# account's holder, before a number word its member's number (`ポイントカード番号：…`, as `会員番号` is); alone a
# card's page.
GLUED_LOYALTY_CARDS: Dict[str, str] = {
    "Japanese": "ポイントカード 会員カード メンバーズカード",
}
# A card's kind by language (closer 131), read beside a card's word: no loyalty scheme's name (`Gift card no. …`,
# `Carte Cadeau …`, `SIM card`, `Tarjeta Regalo …`); a gift card's or a bank card's number is read by its own rules.
CARD_KINDS: Dict[str, str] = {
    "English": "gift greeting birthday christmas credit debit prepaid bank payment sim memory sd microsd graphics "
    "video sound network business playing trading game report post thank wedding voucher store value",
    "French": "cadeau crédit bancaire bleue prépayée paiement mémoire graphique réseau visite jeu",
    "Spanish": "regalo crédito débito prepago pago memoria gráfica red visita juego",
    "Portuguese": "presente crédito débito pré-paga pagamento memória gráfica rede visita jogo",
    "Italian": "regalo credito debito prepagata pagamento memoria grafica rete visita gioco",
    "German and Dutch": "geschenk kredit speicher grafik cadeau krediet geheugen",
    "Polish": "podarunkowa kredytowa debetowa płatnicza przedpłacona pamięci graficzna sieciowa",
}
# A shop's honourable word for its customer, before a number word the customer's number as a holder's (Japanese
# `お得意様番号`, the regular customer's, as `お客様番号` is).
HONOURED_CUSTOMERS: Dict[str, str] = {"Japanese": "お得意様 得意様 お得意さま"}
# A state's travel permit (an electronic travel authorization, a visa) and the application for one, by language: the
# permit and the application's word together, in the order each language writes them (`ESTA application`,
# `Visumantrag`, `demande de visa`, `solicitud ESTA`), before an id or a number word, or after a number word, name the
# traveller's application number (`ETIAS application number …`, `e-Visa Application ID: …`, `numéro de demande ESTA`).
# Alone each is a product's or a page's (`ESTA application guide`, `Schengen visa Type C`). The permits every language
# names as they are; by language, its application's words, its own word for a visa, and the words for "of" between
# them where the application comes first (none in the Germanic languages: the permit first, `Visumantrag`).
TRAVEL_PERMITS = "esta etias eta evisa e_visa k_eta keta visa"
PERMIT_APPLICATIONS: Dict[str, Tuple[str, str, str]] = {
    "English": ("application", "", ""), "German": ("antrag antrags", "visum", ""), "Dutch": ("aanvraag", "visum", ""),
    "French": ("demande", "", "de d"), "Spanish": ("solicitud", "visado", "de"),
    "Portuguese": ("solicitação", "visto", "de"), "Italian": ("domanda richiesta", "visto", "di"),
}
# A state's trusted traveller's programme and the redress a traveller asks for, by their names: before an id or a
# number word, or alone before a colon or a number sign, the traveller's number (`Redress number 5…`, `Global Entry
# PASSID: …`, `Known Traveler Number`, `NEXUS number`); CBP's `PASSID` after a programme's name too.
TRUSTED_TRAVELLERS = ("redress redress_control tsa_redress known_traveler known_traveller trusted_traveler "
                      "trusted_traveller global_entry nexus sentri tsa_precheck registered_traveller")
TRUSTED_TRAVELLER_IDS = "passid pass_id"


# (closer 123) A player's account on a gaming platform in text (gamer_ids.py): the platforms, by the names shops
# write them in, and the words naming an account on one after its platform's name (`Epic Games Anzeigename:`,
# `PSN-ID:`, `Xbox Gamertag:`), by language; a platform's name alone labels only a value of its own account's shape
# (`Steam:` a SteamID64, `Battle.net:` a BattleTag). A word of several words is written with `_`.
GAMING_PLATFORMS = ("steam riot riot_games battle.net battlenet blizzard psn playstation playstation_network xbox "
                    "xbox_live epic epic_games nintendo nintendo_switch ubisoft ubisoft_connect uplay ea_app "
                    "gog roblox")
PLATFORM_ACCOUNT_WORDS: Dict[str, str] = {
    "English": "id name username user_name user_id account account_name account_id display_name nick nickname "
    "handle online_id gamertag",
    "German": "anzeigename benutzername kontoname konto nutzername online_id", "French": "nom_d_affichage pseudo "
    "identifiant compte nom_d_utilisateur", "Spanish": "nombre_visible nombre_de_usuario cuenta apodo",
    "Italian": "nome_visualizzato nome_utente", "Portuguese": "nome_de_exibicao nome_de_usuario conta",
    "Dutch": "weergavenaam gebruikersnaam", "Polish": "nazwa_wyswietlana nazwa_uzytkownika konto",
}
# (closer 193, attack 88) A fantasy game's, a poker room's or a betting exchange's platform, whose account names its
# player as a gaming platform's does (`Sorare manager: …`, `FPL team ID: …`, `Pseudo Winamax : …`), and the
# account's words they add (a fantasy manager, a fantasy team's id); a nickname's word may stand before the platform.
BETTING_PLATFORMS = ("sorare fpl fantasy_premier_league comunio kickbase draftkings fanduel dream11 sleeper "
                     "fantacalcio winamax pokerstars ggpoker partypoker betfair")
BETTING_ACCOUNT_WORDS = "manager manager_id team_id entry_id"
NICKNAMES_BEFORE_PLATFORM = "pseudo nickname nick username apodo"
# A Nintendo friend code's names, by language: after one, twelve digits in fours (maybe `SW-` before them).
FRIEND_CODES: Dict[str, str] = {
    "English": "friend_code", "German": "freundescode", "French": "code_ami", "Spanish and Portuguese":
    "codigo_de_amigo codigo_amigo", "Italian": "codice_amico", "Dutch": "vriendcode vriendencode",
    "Polish": "kod_znajomego", "Japanese": "フレンドコード",
}


# (closer 127, sixty-fourth attack: travel) A party's rank glued before its word, as German, Dutch and the Nordic
# languages write it (`Hauptreisender`, `Mitreisende`, `hoofdreiziger`, `Mitfahrerin`): read as the rank and the
# word apart (`lead traveller`, `co-traveller`), a label naming a person (postal.person_role).
GLUED_PARTY_RANKS: Dict[str, str] = {
    "German": "haupt mit", "Dutch": "hoofd mede", "Swedish": "huvud med", "Danish and Norwegian": "hoved med",
}
# A traveller's kind on a fare or a booking, by language (closer 127): a role's label before a full name, in text only
# (`Adult 1: …`, `Erwachsener: …`, `Bebé: …`); before anything else a fare's or a product's kind (`Passenger 1: Adult
# (12+)`). Not a child's words, which KIN reads (role_labels.py), nor a senior's (a tier's, a product's as often).
TRAVELLER_KINDS: Dict[str, str] = {
    "English": "adult infant youth", "German": "erwachsener erwachsene kleinkind", "French": "adulte",
    "Spanish and Portuguese": "adulto adulta", "Italian": "adulto adulta neonato neonata", "Dutch": "volwassene",
    "Polish": "dorosły dorosła niemowlę",
}
# A document a booking issues to one traveller, by language (closer 127): after a role's word (a passenger's, a
# guest's) or before it and `of` (`Passenger receipt`, `Guest folio`, `Reçu du passager`), a label naming its person
# (`Passenger receipt – …`), as the role's own does.
ROLE_DOCUMENTS: Dict[str, str] = {
    "English": "receipt itinerary folio record", "German": "quittung beleg", "French": "reçu",
    "Spanish and Portuguese": "recibo", "Italian": "ricevuta", "Dutch": "kwitantie",
}
# (closer 130, sixty-fifth attack: food) A booking or a reservation, by language, and a name's word beside it: a table
# or a room is booked under a person's name, which a label names (`Booking name:`, `Reservierungsname:`, `Nom de la
# réservation :`, `nazwisko rezerwacji:`; booked_names.py). German and Dutch glue the two (`Buchungsname`).
BOOKINGS: Dict[str, str] = {
    "English": "booking reservation", "German": "buchung reservierung tischreservierung", "French": "réservation",
    "Spanish and Portuguese": "reserva", "Italian": "prenotazione", "Dutch": "boeking reservering",
    "Polish": "rezerwacja rezerwacji", "Swedish": "bokning", "Danish and Norwegian": "booking bestilling",
}
BOOKING_NAME_WORDS: Dict[str, str] = {
    "English": "name", "German": "name", "French": "nom", "Spanish": "nombre", "Portuguese and Italian": "nome",
    "Dutch": "naam", "Polish": "nazwisko",
}
# ... and the phrases saying whose name a booking is made in, before that name (`in the name of`, `auf den Namen`,
# `a nombre de`, `em nome de`, `op naam van`, `na nazwisko`); those whose noun is the family name read one word after
# them (IN_THE_SURNAME_OF).
IN_THE_NAME_OF: Dict[str, str] = {
    "English": "booked in the name of|reserved in the name of|booked under the name of|booked under the name"
               "|reserved under the name|under the name of",
    "German": "auf den namen|unter dem namen|auf den nachnamen|auf den namen von",
    "French": "au nom de|réservé au nom de|réservée au nom de", "Spanish": "a nombre de|reservado a nombre de",
    "Portuguese": "em nome de|no nome de", "Italian": "a nome di|al nome di|intestata a|intestato a",
    "Dutch": "op naam van|op de naam van|op naam|op achternaam", "Polish": "na nazwisko|na imię i nazwisko",
}
# (closer 132) ... and the phrases saying whom a booking or a handover is for, before a full name (`Reservation for`,
# `Table for`, `Reservierung für`, `Réservation pour`, `Reserva para`, `Prenotazione per`, `Reservering voor`,
# `Rezerwacja dla`, `Handed to`, `Übergeben an`, `Remis à`, `Entregado a`, `Consegnato a`, `Overhandigd aan`).
BOOKED_FOR: Dict[str, str] = {
    "English": "reservation for|booking for|table for|table booked for|handed to|handed over to|handed in person to",
    "German": "reservierung für|tischreservierung für|buchung für|tisch für|übergeben an|ausgehändigt an",
    "French": "réservation pour|table pour|remis à|remise à|remis en main propre à",
    "Spanish and Portuguese": "reserva para|mesa para|entregado a|entregada a|entregue a",
    "Italian": "prenotazione per|tavolo per|consegnato a|consegnata a",
    "Dutch": "reservering voor|boeking voor|tafel voor|overhandigd aan",
    "Polish": "rezerwacja dla|stolik dla|przekazano|wręczono",
}
# (closer 174, seventy-seventh attack: pets) ... and whom a thing is reserved for or a pet adopted by, before a full
# name (`Welpe Nr. 3 reserviert für …`, `adopted by …`, `adoptado por …`); an adoption's noun, one word naming the pet
# and the language's `by` say it too (`Adoption de Filou par …`: ADOPTIONS_OF, ADOPTED_BY_AFTER).
RESERVED_OR_ADOPTED_FOR: Dict[str, str] = {
    "English": "reserved for|adopted by|rehomed with|rehomed to",
    "German": "reserviert für|vorgemerkt für|adoptiert von|vermittelt an",
    "French": "réservé pour|réservée pour|réservé à|réservée à|adopté par|adoptée par",
    "Spanish": "reservado para|reservada para|adoptado por|adoptada por",
    "Italian": "riservato a|riservata a|prenotato per|prenotata per|adottato da|adottata da",
    "Portuguese": "reservado para|reservada para|adotado por|adotada por",
    "Dutch": "gereserveerd voor|geadopteerd door", "Polish": "zarezerwowany dla|zarezerwowana dla|adoptowany przez",
}
ADOPTIONS_OF: Dict[str, str] = {
    "English": "adoption of", "German": "adoption von", "French": "adoption de|adoption d'",
    "Spanish": "adopción de", "Italian": "adozione di", "Portuguese": "adoção de|adoção do|adoção da",
    "Dutch": "adoptie van", "Polish": "adopcja",
}
ADOPTED_BY_AFTER: Dict[str, str] = {
    "English": "by", "German": "durch|von", "French": "par", "Spanish and Portuguese": "por", "Italian": "da",
    "Dutch": "door", "Polish": "przez",
}
# (closer 144, sixty-eighth attack: funerals, genealogy) A death's civil records by language, canonical, lower case:
# a certificate, a registration, a coroner's file; their number after them is one person's (labelled_values.py:
# `Sterbeurkunde Nr. …`, `Acte de décès n° …`, `死亡届 受理番号 …`).
DEATH_RECORDS: Dict[str, str] = {
    "English": "death certificate|certificate of death|death record|death registration|death entry|coroner|inquest"
               "|medical certificate of cause of death",
    "German": "sterbeurkunde|todesbescheinigung|sterbefallanzeige|sterbefallnummer|sterberegister|leichenschauschein",
    "French": "acte de deces|certificat de deces|extrait d'acte de deces",
    "Spanish": "acta de defuncion|certificado de defuncion|partida de defuncion",
    "Italian": "certificato di morte|atto di morte|estratto di morte",
    "Portuguese": "certidao de obito|atestado de obito|assento de obito",
    "Dutch": "overlijdensakte|akte van overlijden|overlijdensverklaring",
    "Polish": "akt zgonu|karta zgonu|swiadectwo zgonu", "Swedish": "dodsbevis|dodsattest|dodsfallsintyg",
    "Japanese": "死亡届|死亡診断書|死亡証明書|死体検案書|除籍謄本",
}
# ... each record's word for death (or its stem), in the same form: the detector's cue
DEATH_WORDS = ("death deces defuncion morte obito overlijden zgonu coroner inquest sterbe todesbe leichensch dods "
               "死亡 死体 除籍")
# ... and the words that may stand between a record and its number: a number's, a reference's, a register's, a file's
# (`State File No.`, `matrícula`, `受理番号`).
RECORD_NUMBER_WORDS = ("no|nr|n|n°|nº|num|number|nummer|numero|ref|reference|reg|registration|registro|register"
                       "|file|state file|case|matricula|id|受理番号|番号")
# (closer 140) A record's nouns, by language, before whom it is made out to or who booked it (RECORD_FOR;
# record_names.py: `Claim ref CLM-583617 for …`, `Quote Q583617 for Y. …`, `Inventory for …`); those a shop names goods
# by as well only with their reference (`Slot for Nintendo Switch`, `Tyre fitting slot 14:00 booked by …`).
RECORD_NOUNS: Dict[str, str] = {
    "English": "claim|quote|quotation|estimate|policy|invoice|inventory|appointment",
    "German": "schadensfall|schadenmeldung|angebot|kostenvoranschlag|police|rechnung|inventar|termin",
    "French": "sinistre|devis|police|facture|inventaire|rendez-vous",
    "Spanish": "siniestro|presupuesto|póliza|factura|inventario|cita",
    "Italian": "sinistro|preventivo|polizza|fattura|inventario|appuntamento",
    "Dutch": "schadeclaim|offerte|polis|factuur|inventaris|afspraak",
    "Polish": "wycena|polisa|faktura|inwentarz|wizyta",
    # (closer 152, seventy-first attack: sports) a plan a trainer or a coach writes for one person (`Trainingsplan für
    # …`, `Training plan for …, week 3`)
    "plans": "training plan|workout plan|meal plan|nutrition plan|diet plan|trainingsplan|ernährungsplan"
             "|plan d'entraînement|programme d'entraînement|plan de entrenamiento|plan de treino|piano di allenamento"
             "|scheda di allenamento|trainingsschema|voedingsschema|plan treningowy|träningsprogram|treningsplan"
             "|plan",  # (closer 162, review 26: a bare plan, `Plan for … – 8 weeks`, English `for` wants it going on)
    # (closer 144, sixty-eighth attack: a contract, a pre-need funeral plan's among them, `Vorsorgevertrag Nr. … für`)
    "contracts": "contract|agreement|vertrag|vorsorgevertrag|bestattungsvorsorgevertrag|bestattungsvertrag|contrat"
                 "|contrat obsèques|contrato|contratto|contract|overeenkomst|umowa|avtal|kontrakt",
    # (closer 150, seventieth attack: an account or a subscription made out to its holder, `Account for … – renews`)
    "accounts": "account|subscription|membership|konto|abonnement|mitgliedschaft|compte|adhésion|cuenta|suscripción"
                "|abbonamento|assinatura|lidmaatschap|prenumerata|subskrypcja|abo",  # (closer 162: German `Abo`)
}
# (closer 180, eighty-third attack: e-government) An appointment at an office by language: the office's words, its date
# and its hour may stand between it and whom it is booked for (record_names.APPOINTMENT_FOR: `Termin Bürgeramt Mitte
# 12.01.2026 09:30 für …`, `Cita previa Seguridad Social – para …`).
OFFICE_APPOINTMENTS: Dict[str, str] = {
    "English": "appointment", "German": "termin|vorsprachetermin", "French": "rendez-vous",
    "Spanish": "cita|cita previa", "Portuguese": "agendamento|marcação", "Italian": "appuntamento",
    "Dutch": "afspraak", "Polish": "wizyta|termin",
}
# (closer 157, seventy-fourth attack: lettings, mortgages) Records only a person has, by language: a reference on a
# tenant from an employer or a landlord, a credit report, a lender's agreement in principle, a tenancy's inventory or
# handover report. Before a RECORD_FOR word or `of` (PERSONS_RECORD_OF) and a full name, the person they are made out to
# whatever follows (`Employer reference for … – Acme Ltd`, `Schufa-Auskunft von … hochgeladen`); alone a help page's.
PERSONS_RECORDS: Dict[str, str] = {
    "English": "employer reference|employment reference|landlord reference|tenant reference|tenancy reference"
               "|character reference|credit report|credit check|agreement in principle|decision in principle"
               "|mortgage in principle|move-in inventory|check-in inventory|check-out inventory|move-out inventory",
    "German": "schufa-auskunft|schufa-bonitätsauskunft|bonitätsauskunft|mieterselbstauskunft|vermieterbescheinigung"
              "|mietschuldenfreiheitsbescheinigung|arbeitgeberbescheinigung|finanzierungsbestätigung"
              "|übergabeprotokoll|wohnungsübergabeprotokoll",
    "French": "attestation employeur|attestation de l'employeur|état des lieux|accord de principe"
              "|rapport de solvabilité|quittance de loyer",
    "Spanish": "informe de solvencia|informe crediticio|informe de crédito|aprobación previa|inventario de entrada",
    "Portuguese": "relatório de crédito|aprovação prévia|auto de vistoria", "Italian": "delibera di mutuo"
    "|verbale di consegna|referenze del datore di lavoro", "Dutch": "werkgeversverklaring|verhuurdersverklaring"
    "|kredietrapport|opleveringsrapport", "Polish": "raport bik|protokół zdawczo-odbiorczy",
}
PERSONS_RECORD_OF: Dict[str, str] = {
    "English": "of|on", "German": "von|über", "French": "de|du", "Spanish and Portuguese": "de|del|do|da",
    "Italian": "di|del", "Dutch": "van", "Polish": "od",
}
# (closer 153, seventy-second attack) A supplier's switch of tariff or a council's collection from a home, by language:
# a record of whom it is for only after a booking's or a confirmation's words or with its reference (`Tariff switch
# confirmed for …`, `Sperrmüllabholung gebucht für …`); `Collecte pour Les Restos` is a charity's.
SWITCHES_AND_COLLECTIONS: Dict[str, str] = {
    "English": "tariff switch|switch|collection", "German": "tarifwechsel|wechsel|abholung|sperrmüllabholung",
    "French": "changement d'offre|collecte|enlèvement", "Spanish": "cambio de tarifa|recogida",
    "Italian": "cambio tariffa|ritiro", "Dutch": "overstap|ophaling", "Polish": "zmiana taryfy|odbiór",
    # (closer 158, seventy-third attack) an adjuster's or an expert's visit, a policy's cancellation (`Loss adjuster
    # visit booked for …`, `Cancellation confirmed for …`, `Kündigung bestätigt für …`)
    "visits": "visit|besuch|gutachtertermin|visite|expertise|visita|peritación|sopralluogo"
              "|perizia|bezoek|oględziny",
    "cancellations": "cancellation|termination|kündigung|stornierung|résiliation|annulation|cancelación|anulación"
                     "|disdetta|cancellazione|annullamento|opzegging|annulering|wypowiedzenie|rezygnacja",
}
REFERENCED_RECORD_NOUNS: Dict[str, str] = {
    "English": "slot|receipt|statement|booking|order", "German": "quittung|beleg", "French": "créneau|reçu",
    "Spanish": "recibo", "Italian": "ricevuta", "Dutch": "bon|kwitantie", "Polish": "paragon|rachunek",
}
# (closer 155, seventy-second attack) A council's parking permit or disabled person's badge by language: its holder's
# name after its label and a colon or a dash (record_names.PERMIT_NAMED: `Carte de stationnement résident : …`), its
# number after it (utility_records.HOLDER_RECORDS: `Blue Badge 583914`).
PERMITS: Dict[str, str] = {
    "English": "blue badge|parking permit|resident permit|residents permit|resident parking permit|disabled badge"
               "|disabled parking permit|visitor permit",
    "German": "parkausweis|anwohnerparkausweis|bewohnerparkausweis|behindertenparkausweis|parkberechtigung",
    "French": "carte de stationnement|carte de stationnement résident|carte de stationnement résidentiel"
              "|carte mobilité inclusion|macaron résident|vignette résident",
    "Spanish": "tarjeta de estacionamiento|tarjeta de aparcamiento|distintivo de residente",
    "Italian": "contrassegno invalidi|contrassegno residenti|permesso di sosta|pass residenti",
    "Dutch": "parkeervergunning|bewonersvergunning|gehandicaptenparkeerkaart",
    "Polish": "karta parkingowa", "Swedish": "parkeringstillstånd|boendeparkeringstillstånd",
}
RECORD_FOR: Dict[str, str] = {
    "English": "for|booked by|made out to|issued to|booked for|confirmed for|scheduled for",
    "German": "für|gebucht von|ausgestellt auf|gebucht für|bestätigt für",
    "French": "pour|réservé par|établi pour|réservé pour|confirmé pour|confirmée pour",
    "Spanish": "para|reservada por|reservado por|confirmado para|reservado para",
    "Italian": "per|prenotato da|prenotata da|confermato per|prenotato per",
    "Dutch": "voor|geboekt door|bevestigd voor", "Polish": "dla",
}
# (closer 152, seventy-first attack: sports) ... and who booked a slot, after its time (`Spin 45 – Tue 18:30 – booked
# by …`; record_names.SLOT_BOOKED).
BOOKED_BY: Dict[str, str] = {
    "English": "booked by|reserved by", "German": "gebucht von|reserviert von", "French": "réservé par|réservée par",
    "Spanish": "reservado por|reservada por", "Italian": "prenotato da|prenotata da",
    "Portuguese": "reservado por|reservada por", "Dutch": "geboekt door|gereserveerd door", "Swedish": "bokad av",
}
# (closer 152) Notes and a file a trainer, a coach or a therapist keeps on one client, by language, before a dash or a
# colon and the client's full name (`Client notes – …: lower back pain`; record_names.CLIENT_NOTED).
CLIENT_RECORDS: Dict[str, str] = {
    "English": "client notes|client file|client record|session notes|coaching notes|trainer notes",
    "German": "kundennotizen|kundenakte|klientenakte|trainingsnotizen",
    "French": "notes client|fiche client|dossier client",
    "Spanish": "notas del cliente|ficha del cliente|ficha de cliente|notas de sesión",
    "Portuguese": "notas do cliente|ficha do cliente", "Italian": "note cliente|scheda cliente|note sul cliente",
    "Dutch": "klantnotities|klantdossier|cliëntdossier", "Polish": "notatki klienta|karta klienta",
}
# (closer 161, attack 75: children) A lesson's, a tutor's, a teacher's notes, report or assessment made out to one
# pupil, by language, before maybe up to three words of its subject (`Feedback lezione di violino:`), a dash, a colon
# or its `for` and the pupil's full name, the record going on after it (record_names.TAUGHT_NOTED: `Lesson notes for
# …: Grade 2 piano`); `Lesson notes for Beginners`, `Swimming assessment – Stage 3 criteria` name none. Not a bare
# report, feedback or evaluation (`Report:`, `Feedback:`, `Rapport:`, `Valutazione:`): a news report's, a match's or
# a product's label as often (`Report: Boris Johnson resigns`).
TEACHING_RECORDS: Dict[str, str] = {
    "English": "lesson notes|lesson report|lesson feedback|tutor notes|tutoring notes|teacher notes|teacher's notes"
               "|teacher comments|teacher's comments|progress report|school report|report card|assessment|tutoring"
               "|tuition",
    "German": "nachhilfe|unterrichtsnotizen|stundenprotokoll|lernbericht|lernstandsbericht|zeugnis"
              "|lehrerkommentar|bemerkung der lehrkraft",
    "French": "compte rendu de cours|bulletin scolaire|soutien scolaire"
              "|observations de l'enseignant|note de l'enseignant|note du professeur",
    "Spanish": "nota del profesor|nota de la profesora|informe de progreso|boletín de notas"
               "|clases particulares|comentarios del profesor",
    "Italian": "feedback lezione|nota dell'insegnante|nota del docente|pagella|ripetizioni",
    "Portuguese": "nota do professor|nota da professora|boletim escolar|explicações",
    "Dutch": "lesverslag|schoolrapport|bijles|opmerking docent|opmerkingen docent",
    "Polish": "uwagi nauczyciela|korepetycje|opinia nauczyciela|świadectwo szkolne",
}
# (closer 164, attack 75) A bank transfer's reference by language, the line a payer fills for the payee
# (`Verwendungszweck`, `Causale`, `Tytuł przelewu`), then a school's or a club's fee by language (SCHOOL_FEES:
# `Essensgeld`, `retta mensa`, `dinner money`) and the pupil's full name, or the name and a class after it
# (record_names.TRANSFER_NAMED).
TRANSFER_REFERENCES: Dict[str, str] = {
    "English": "payment reference|payment ref|bank reference|transfer reference|reference|ref",
    "German": "verwendungszweck|zahlungsreferenz|überweisungszweck|zahlungsgrund",
    "French": "référence|référence du virement|motif du virement|libellé du virement|communication",
    "Spanish": "concepto|concepto de la transferencia|referencia", "Italian": "causale|causale del bonifico",
    "Portuguese": "referência|descrição da transferência", "Dutch": "mededeling|omschrijving|betalingskenmerk",
    "Polish": "tytuł przelewu|tytuł płatności|tytułem", "Swedish": "meddelande|meddelande till mottagaren|referens",
}
# (closer 173) A wedding's, a honeymoon's or a wedding gift's words by language, a compound's first word as well
# (`Hochzeitsgeschenk`, `huwelijksreis`): a transfer's reference after them names the couple or its giver
# (record_names.HONEYMOON_REFERENCE).
WEDDING_FUNDS: Dict[str, str] = {
    "English": "honeymoon|wedding|newlyweds|bride|groom", "German": "flitterwochen|hochzeit|brautpaar",
    "French": "lune de miel|voyage de noces|noces|mariage|mariés", "Spanish": "luna de miel|boda|bodas|novios",
    "Italian": "viaggio di nozze|luna di miele|nozze|matrimonio|sposi", "Portuguese": "lua de mel|casamento|noivos",
    "Dutch": "huwelijksreis|huwelijk|bruiloft|bruidspaar|wittebroodsweken",
    "Polish": "podróż poślubna|podróż poślubną|miesiąc miodowy|ślub|wesele|nowożeńcy",
    "Swedish": "smekmånad|bröllop|brudpar",
}
# (closer 173) A bridal appointment's, a fitting's or a wedding venue's enquiry's words by language: the person it is
# booked for or by follows (record_names.BRIDAL_BOOKED: `Bridal appointment for …`, `Brautkleid-Termin: …`).
BRIDAL_APPOINTMENTS: Dict[str, str] = {
    "English": "bridal appointment|bridal fitting|dress fitting|wedding dress appointment|wedding dress fitting"
               "|fitting|suit fitting|bridal consultation|wedding enquiry|wedding inquiry|venue enquiry|venue inquiry",
    "German": "brautkleid-termin|brautkleidtermin|brautkleid termin|brautmoden-termin|anprobe|anprobetermin"
              "|hochzeitsanfrage|anfrage hochzeit",
    "French": "rendez-vous robe de mariée|essayage|rendez-vous essayage|demande mariage|demande de devis mariage",
    "Spanish": "cita nupcial|cita de novia|prueba de vestido|prueba de novia|consulta de boda|solicitud de boda",
    "Italian": "appuntamento sposa|prova abito|prova abito da sposa|richiesta matrimonio",
    "Portuguese": "prova de vestido|agendamento noiva|pedido de orçamento casamento",
    "Dutch": "pasafspraak|trouwjurk afspraak|bruidsafspraak|aanvraag bruiloft",
    "Polish": "przymiarka|przymiarka sukni|zapytanie o wesele",
}
SCHOOL_FEES: Dict[str, str] = {
    "English": "dinner money|lunch money|school meals|school dinners|school trip|trip|school fees|tuition fees"
               "|milk money|breakfast club|after school club|nursery fees|uniform",
    "German": "essensgeld|mittagessen|schulessen|klassenfahrt|klassenkasse|ausflug|schulgeld|kitagebühr"
              "|kita-gebühr|elternbeitrag|hortgebühr|ferienlager|kopiergeld|milchgeld|schulbücher",
    "French": "cantine|garderie|sortie scolaire|voyage scolaire|périscolaire|frais de scolarité|centre de loisirs"
              "|coopérative scolaire|classe verte|classe de neige",
    "Spanish": "comedor|comedor escolar|matrícula|excursión|cuota|mensualidad|material escolar|transporte escolar"
               "|campamento|extraescolares",
    "Italian": "retta|retta mensa|mensa|mensa scolastica|gita|gita scolastica|contributo scolastico|iscrizione"
               "|centro estivo|pre-scuola|doposcuola|pre scuola",
    "Portuguese": "mensalidade|matrícula|propina|propinas|cantina|refeições|passeio escolar|material escolar",
    "Dutch": "ouderbijdrage|vrijwillige ouderbijdrage|schoolreis|overblijven|tussenschoolse opvang"
             "|naschoolse opvang|schoolkamp|schoolgeld",
    "Polish": "obiady|wycieczka|składka|rada rodziców|czesne|wyprawka|stołówka",
    "Swedish": "skolresa|avgift|fritids|lägerskola|skollunch",
}
# ... and a registration's word by language, before what is registered for (up to three words: `Ferienlager 2026`,
# `centro estivo`), a colon or a dash, a full name and an age with its word (record_names.AGED_REGISTERED:
# `Anmeldung Ferienlager 2026: …, 9 Jahre`); a holiday course's own (`Stage de Pâques – … (8 ans)`).
REGISTRATIONS: Dict[str, str] = {
    "English": "registration|enrolment|enrollment|sign-up|signup|application", "German": "anmeldung|einschreibung",
    "French": "inscription|stage", "Spanish": "matrícula|inscripción|preinscripción", "Italian": "iscrizione",
    "Portuguese": "inscrição|matrícula", "Dutch": "inschrijving|aanmelding", "Polish": "zapis|zapisy|rejestracja",
    "Swedish": "anmälan|registrering",
}
# ... and a party's word before its size, and the word for `under` after it (`Party of 6 under …`, `Gruppe von 6 unter
# …`): one capitalized word after them is the family name the party is booked under.
PARTY_SIZES: Dict[str, str] = {
    "English": "party of|group of|table of", "German": "gruppe von|gruppe mit|tisch für",
    "French": "groupe de|table de", "Spanish": "grupo de|mesa de", "Italian": "gruppo di|tavolo da|tavolo di",
    "Dutch": "groep van|tafel van",
}
BOOKED_UNDER: Dict[str, str] = {
    "English": "under", "German": "unter", "French": "sous", "Spanish": "bajo", "Italian": "sotto", "Dutch": "onder",
}
IN_THE_SURNAME_OF: Dict[str, str] = {"German": "auf den nachnamen", "Dutch": "op achternaam", "Polish": "na nazwisko"}
# ... and booked, by language: a text saying a table is booked or reserved names a booking as its noun does (`Tisch
# reserviert auf den Namen …`).
BOOKED: Dict[str, str] = {
    "English": "booked reserved", "German": "reserviert gebucht", "French": "réservé réservée",
    "Spanish and Portuguese": "reservado reservada", "Italian": "prenotato prenotata",
    "Dutch": "gereserveerd geboekt", "Polish": "zarezerwowany zarezerwowana zarezerwowane",
}

# A pet sitter's or a dog walker's words by language, read in a route's segment (person_routes: a sitter's profile)
# and in a key's tokens (personal_keys: a named party's, closer 186).
PET_SITTER_WORDS: FrozenSet[str] = frozenset((
    "sitter petsitter pet-sitter dogsitter dog-sitter catsitter cat-sitter dogwalker dog-walker "
    "hundesitter hundesitterin tiersitter tiersitterin katzensitter katzensitterin gassigeher gassigeherin "
    "petsitteur cuidador cuidadora paseador paseadora passeador passeadora oppas dierenoppas "
    "hondenoppas hondenuitlater opiekun opiekunka").split())
# (closer 184, eighty-fourth attack: crypto exchanges) An exchange account's own codes, by language: a deposit's
# destination tag or memo (XRP's, Stellar's: the number that routes a deposit to one account), a sub-account's name.
# Personal alone in a key (`destinationTag`, `sub_account`) and, after its label, in text before a code holding a
# digit (exchange_accounts.py: `Destination Tag: 5839461`, `XLM deposit memo 5839…`; a memo alone is a note's word).
EXCHANGE_ACCOUNT_CODES: Dict[str, str] = {
    "English": "destination_tag dest_tag destination_memo deposit_memo memo_id sub_account subaccount",
    "German": "ziel_tag empfänger_tag unterkonto", "French": "tag_de_destination mémo_de_dépôt sous_compte",
    "Spanish": "etiqueta_de_destino memo_de_depósito subcuenta", "Portuguese": "tag_de_destino memo_de_depósito "
    "subconta", "Italian": "tag_di_destinazione memo_di_deposito", "Dutch": "bestemmingstag",
    "Polish": "tag_docelowy subkonto", "Turkish": "hedef_etiketi alt_hesap", "Japanese": "宛先タグ サブアカウント",
    "Chinese": "目标标签 子账户 子帳戶", "Korean": "목적지_태그 하위_계정",
}
# ... and a referral's code or id, the referrer's own (`Referral ID: …`, `my referral code …`, `?referral_code=…`), by
# language; a promotion's code is a shop's (`Promo-Code: KRYPTO10`, `Gutscheincode`), and is none of these.
REFERRAL_CODES: Dict[str, str] = {
    "English": "referral_code referral_id referral_link invite_code invitation_code ref_code ref_id referrer_id "
    "referrer_code", "German": "empfehlungscode einladungscode", "French": "code_parrainage code_de_parrainage "
    "code_parrain", "Spanish": "código_de_referido código_referido código_de_invitación", "Portuguese":
    "código_de_indicação código_indicação código_de_convite", "Italian": "codice_invito codice_amico",
    "Dutch": "verwijzingscode uitnodigingscode", "Polish": "kod_polecający kod_polecenia kod_zaproszenia",
    "Turkish": "referans_kodu davet_kodu", "Japanese": "紹介コード 招待コード",
    "Chinese": "推荐码 邀请码 推薦碼 邀請碼", "Korean": "추천인_코드 추천_코드 초대_코드",
}


# (closer 189, home_services.py) A client who commissions the work, by language (folded, lower case; a label's
# blank or a key's `_` between words).
CLIENT_WORDS: Dict[str, str] = {
    "English": "homeowner|home owner|householder", "Italian": "committente|committenti",
    "Polish": "zleceniodawca|zleceniodawczyni|inwestor",
    "French": "donneur d'ordre|donneur d'ordres|donneur ordre|donneuse d'ordre", "Dutch": "opdrachtgever|huiseigenaar",
    "Spanish": "comitente", "German": "hausbesitzer|hausbesitzerin|hauseigentumer|hauseigentumerin",
}
# A pro by the marketplace's word, or the family's carer or sitter, as a label; (closer 231, review 36) and the
# household's own pros, a cleaner, a gardener, a plumber, a handyman (`Cleaner: …`, `Putzfrau: …`, `Tuinman: …`), not
# a restaurant's chef, a public credit as often (`Chef: …`).
PRO_WORDS: Dict[str, str] = {
    "English": "tasker|sitter|babysitter|nanny|carer|caregiver|childminder|dog walker|cleaner|house cleaner"
               "|housekeeper|gardener|plumber|handyman|electrician",
    "German": "pflegekraft|betreuerin|betreuer|tagesmutter|putzfrau|putzhilfe|reinigungskraft|haushaltshilfe"
              "|gartner|gartnerin|klempner|klempnerin", "Dutch": "oppas|gastouder|schoonmaker|schoonmaakster|tuinman"
              "|hovenier|loodgieter|klusjesman",
    "French": "nounou|aide-soignante|aide-soignant|femme de menage|jardinier|jardiniere|plombier",
    "Spanish": "cuidadora|cuidador|canguro|limpiadora|jardinero|jardinera|fontanero|fontanera",
    "Italian": "colf|giardiniere|idraulico",
}
