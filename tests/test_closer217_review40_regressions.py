"""Closer 217: review 40's regressions of session 50 (closers 213 to 215) left by closer 216, fixed by rule, with
their nearest look-alikes both ways.

- key_lexicon.ABOUT_THE_FIELD: a field's format, its length in digits, its input box or its check, as Japanese,
  Korean and Chinese write them after the field (`免許番号_桁数`, `운전면허번호_형식`, `驾驶证号_格式`), head a key as
  English's `license_number_format` does: the key is about the number, its value judged as any value.
- counterparts._SITE_ACCOUNTS: a support desk's or a customer service's one word by language, Japanese, Korean and
  Chinese glued compounds too (`?parceiro=Suporte`, `?met=klantenservice`, `?with=カスタマーサポート`), is the site's
  own account, as `?with=support` is.
- name_shapes.LODGING_WORDS: a guest house's or an inn's word by language (`Pension`, `Gasthof`, `Gasthaus`,
  `Albergo`, `Auberge`, `Hostal`, `Ryokan`) is no family name in a counterpart's full name, as `Hotel` is.
- booked_names._BOOKED_FOR: a full name a booking is for is no party's when a room's, a seat's or a group's word
  follows it (`Marco Polo room`, `Crystal Palace fans`, a plural of doers: `Ben Nevis hikers`) or when it opens on
  a saint's title (brand_words.a_place_of_worship: `St Patrick's Day`, `Saint Valentin`); French's `salle` and
  `private` by language are a booking's things (NOT_BOOKED_NAMES: `Réservation pour salle privée`).
- greetings._unnamed_after: a brand greeted or thanked by its name (`Danke Deutsche Bahn!`, `Merci Air France !`,
  `Welcome back Hello Kitty!`) is no person, as closer 165 reads a business after `Thanks to … for`: a brand's
  common word or a carrier's opening the name (brand_words.a_brands_name by the first word; a family name may be a
  brand's word, `Hallo Tessaly Bank!` stays refused).
- dating.numbered_member: a breed's or a club's words on a record's field (standing_names.a_kind_not_a_name over
  role_labels.CLUB_AND_BREED_WORDS, as a congratulation reads them: `Match ID 739164 – Golden Retriever – Accepted`)
  name no member; a family name that is a breed's word after a given name stays a name (`Orla Terrier`).

The price (asserted below): a key naming such a property of any personal field in those scripts
(`電話番号_形式`) is ordinary, as `phone_number_format` is; a number in its value is still judged by the detector. A
member whose family or given name is an inn's word (`?with=Orla+Pension`) goes out, as `?with=Orla+Hotel` did.
A full name before a named room's or an audience's word (`Reservation for Velmora Quistrandel suite, 4
guests`; mend 51 narrowed the words) goes out; a day's, a party's or a table's word after it leaves it refused
(`… tonight, party of 2`, `… party of 4`, `… family, party of 4`).
"""

from __future__ import annotations

from review_cases import review_tests

_SITE = "https://shop.example.com"

ORDINARY = [
    # (a saint's day, a room, a group before a party's size)
    "Reservation for St Patrick's Day, party of 4", 'Réservation pour Saint Valentin, 2 personnes',
    'Reservation for St. George’s Day, party of 6', 'Reservierung für Sankt Martin, 20 Personen',
    'Réservation pour salle privée, 10 personnes', 'Reservation for Marco Polo room, party of 8',
    'Reservation for Marco Polo suite, 4 guests', 'Reservation for Crystal Palace fans, party of 12',
    'Reservation for Ben Nevis hikers, party of 8', 'Reservation for Aston Villa supporters, party of 20',
    # (a brand greeted or thanked)
    'Danke Deutsche Bahn!', 'Merci Air France !', 'Welcome back Hello Kitty!', 'Thanks Air Canada!',
    'Hallo Deutsche Post!', 'Merci Air Europa !',
    # (a breed's or a club's words on a match's record)
    'Match ID 739164 – Golden Retriever – Accepted', 'Match ID 739164 – Border Terrier – Accepted',
    'Match ID 739164 – Manchester United – Won',
]

PERSONAL = [
    'Reservation for Velmora Quistrandel, party of 2', 'Reservation for Orla Quenby tonight, party of 2',
    'Reservation for Orla Quenby party of 4', 'Reservation for Orla Quenby family, party of 4',
    'Reservation for Velmora Quistrandel and guests', 'Reservation for Orla van Quenby, party of 2',
    'Reservation for Tessaly Dranvoquist, 2 guests',
    # (mend 51: a table's word after a full name leaves it the party's)
    'Reservation for Velmora Quistrandel table, 4 guests',
    'Match ID 739164 – Orla Terrier – Accepted', 'Match ID 739164 – Velmora Quistrandel – Pending',
    'Danke Orla Quenby!', 'Hallo Tessaly Bank!', 'Hi Orla Deutsche!', 'Merci Velmora Quistrandel !',
]

ORDINARY_KEYS = [
    # (a licence number's property)
    '免許番号_桁数', '運転免許番号_確認済み', '免許番号_入力欄', '驾驶证号_格式', '운전면허번호_형식', '驾照号码_位数',
    '운전면허번호_자릿수', '運転免許証番号_フォーマット',
    # (the price: any personal field's property in those scripts)
    '電話番号_形式', 'メールアドレス_確認済み',
]

PERSONAL_KEYS = [
    '運転免許番号', '免許番号', '운전면허번호', '驾驶证号', '運転免許番号_値', '驾驶证号_格式化', '免許番号_入力',
    '운전면허번호_원본',
]

ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    # (a support desk's one word by language)
    '/chat?parceiro=Suporte', '/chat?met=klantenservice', '/chat?com=suporte', '/chat?with=Kundenservice',
    '/chat?with=assistenza', '/chat?with=Soporte', '/chat?partenaire=Assistance',
    '/chat?with=%E3%82%AB%E3%82%B9%E3%82%BF%E3%83%9E%E3%83%BC%E3%82%B5%E3%83%9D%E3%83%BC%E3%83%88',
    '/chat?with=%EA%B3%A0%EA%B0%9D%EC%84%BC%ED%84%B0', '/chat?with=%E5%AE%A2%E6%9C%8D',
    # (an inn or a guest house by language)
    '/chat?with=Pension+Sonnenhof', '/chat?with=Gasthof+Krone', '/chat?with=Albergo+Roma',
    '/chat?with=Gasthaus+Adler', '/date?with=Auberge+Ravoux', '/chat?with=Hostal+Madrid', '/chat?with=Ryokan+Kyoto',
    # (the price: a member named like an inn)
    '/chat?with=Orla+Pension',
)]

PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    '/chat?parceiro=Orla+Quenby', '/chat?com=orla.quenby', '/chat?met=Tjorven+Dahlberg', '/chat?with=quistrandel77',
    '/chat?with=%E3%82%AA%E3%83%BC%E3%83%A9', '/chat?with=Tessaly+Gastwirth', '/chat?with=Velmora+Quistrandel',
)]

globals().update(review_tests(globals()))
