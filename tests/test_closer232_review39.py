"""Closer 232: review 39's leaks, closed by rule, with their nearest look-alikes both ways.

- A known given name before a colour's, a size's or a material's word of a language (personal_keys.ATTRIBUTE_WORDS:
  `Klein`, `Petit`, `Gross`, `Blanco`, `Schwarz`) is a person's full name where a person stands: a chat's speaker, a
  greeted name, a date's person, a match's member, a chat's slug or a counterpart's key
  (lower_case_names.a_full_name); a venue's or a firm's word is none (`Anna Bar`, `Elena Cafe`).
- A ticket's route's `?match=` holds a person's full name when a known given name opens it and no club's word is in
  it (counterparts._a_persons_full_name_on_a_ticket); two clubs' names go out.
- A katakana name after a profile's or a name's label with a blank, `=`, the topic's `は`, or Latin's `Profile:`
  (cued_names._KANA_PROFILE_NAMED); a job's or a trade's loanwords still go out.
- An upload's document file with a camera's prefix, a side or an initial before the family name, a date, a side or
  nothing after it, in any image format (cued_names._UPLOADED_DOCUMENT_FILE); a site's own help words go out.
- A name run together after a name's label, with a handle's digits, a middle name, `_`, an aside's bracket, `=` or a
  heading's dash (detector._run_together_named); brands glued so go out.
- Keys: `name_kana`, `kana_name`, `セイ`, `メイ` (a name's kana reading; key_lexicon, personal_keys).

The price (asserted below): a product named after a given name in its colour or size, in a speaker's place, is
refused (`Sofia Grey: back in stock now!`); a person's name under a ticket's `?match=` after a given name off the list
still goes out, as does a family name alone before a party's size and a given name that is a common English word
(`Grace Petit`).
"""

from __future__ import annotations

from review_cases import review_tests

ORDINARY = [
    # (venues, firms and two persons greeted: no family name)
    'Anna Bar: see you at 8?', 'Elena Cafe: see you at 8?', 'Hi Anna And Tom, see you at 8?',
    'Hi Grace, Klein und Co. sind da!',
    # (fixtures under a ticket's `?match=`)
    'Tickets https://shop.example.com/tickets?match=Real+Madrid',
    'Tickets https://shop.example.com/tickets?match=Hertha+Union',
    # (a job's or a trade's loanwords, a nickname)
    'ニックネーム：スター・ダスト', 'プロフィール ソフトウェア・エンジニア', 'Profile: コーヒー・ショップ',
    # (a site's own upload images)
    'upload_passport_Template.png', 'IMG_739164_passport_cover.jpg', 'upload_passport_front_2024-01-05.png',
    'upload_passport_Germany.png', 'upload_passport_Guidelines.png', 'upload_passport_Requirements.pdf',
    # (brands glued after a name's label)
    'Name: YouTube2024', 'Name: MarioKart8', 'Name: StarBucks (Berlin)', 'Profile - Name: PowerPoint',
    'Name = GreenLeaf', 'Name: Mega_Store', 'Name: SuperMarioBros',
    # (the price: personal variants that still go out)
    'Grace Petit: haha yes! drinks friday?', 'Velmora Mejor: nos vemos?', 'Reservation for Klein, 2 guests',
    'Tickets https://shop.example.com/tickets?match=Tessaly+Dranvoquist',
]

PERSONAL = [
    'Elena Klein: see you at 8?', 'orla klein: see you at 8?', 'Emma Blanco: nos vemos mañana?',
    'Hola Maria Blanco, ¿qué tal?', 'Hallo Jonas Schwarz, hast du Zeit?', 'Hallo Orla Klein, coffee later?',
    'Date booked: Sat 19:30 – Nobu – with Anna Weiss', 'Match ID 739164 – Elena Klein',
    'Tickets https://shop.example.com/tickets?match=Orla+Quenby',
    'プロフィール ドランヴォクイスト・テッサリー', 'プロフィール：ドランヴォクイスト＝テッサリー',
    '名前は ドランヴォクイスト・テッサリー です', 'Profile: ドランヴォクイスト・テッサリー',
    'IMG_739164_passport_Dranvoquist.png', 'upload_passport_O_Quenby_739164.png',
    'upload_passport_Dranvoquist_2024-01-05.png', 'upload_passport_Quenby_739164.gif',
    'Name: TessalyDranvoquist92', 'Name: TessalyMaeDranvoquist', 'Name = TessalyDranvoquist',
    'Profile - Name: TessalyDranvoquist', 'Name: Tessaly_Dranvoquist (29)',
    # (the price: a product named after a given name in its colour, in a speaker's place)
    'Sofia Grey: back in stock now!',
]

ORDINARY_KEYS = ['profile_name_kana_enabled', 'メイク', 'メイン', 'セイコー', 'kana']
PERSONAL_KEYS = ['name_kana', 'kana_name', 'セイ', 'メイ']

_SITE = "https://shop.example.com"
ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    '/tickets?match=Real+Madrid', '/tickets?match=Ajax+Feyenoord', '/tickets?match=Aston+Villa',
    '/tickets?match=chelsea-arsenal', '/tickets?match=Hertha+Union', '/chat/anna-bar',
    # (the price: a given name off the list under a ticket's `?match=`)
    '/tickets?match=Tessaly+Dranvoquist')]
PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    '/tickets?match=Orla+Quenby', '/karten?match=Tjorven+Dahlberg', '/chat/elena-klein', '/chat/orla-klein',
    '/likes?from=Elena+Klein', '/book?with=Elena+Klein', '/messages?with=Emma+Blanco',
    # (the price: a fashion house named after its founder, as tommy-hilfiger was)
    '/chat/calvin-klein')]

globals().update(review_tests(globals()))
