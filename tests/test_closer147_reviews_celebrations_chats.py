"""Closer 147 (review 24's leaks): a rated review's author, a celebration's person, a meeting's speaker, one given
name in a message or a chat, a record's person.

- A rated review's author after a dash (reviews.RATED_AFTER_WORDS, _review_words, _SHOP_BADGE_NOUNS): with no
  sentence's end before the dash, the review's words opening the text or a line, one a review title's and one in
  lower case that is neither a title's nor a shop badge's (`Great cut — … ★★★★★`; not `Great value – Running Shoe
  ★★★★☆`, `Lily Wreath – White Roses ★★★★★`); the name in capitals or in lower case; a staff's role after the name's
  comma (`…, Stylist ★★★★★`, reviews._STAFF_ROLES). A Japanese review's author after its rating with the review's
  last word in hiragana and no sentence's end (reviews.RATED_CJK), or a family and a given name glued, three or four
  kanji with no dish's or place's character (reviews._CJK_GLUED_NAME, _CJK_NOT_NAME_KANJI: not `★5 海鮮丼`).
- A celebration of one person (cued_names._ONE_CELEBRATED, _ONE_PERSONS_OCCASIONS: a birthday's, a christening's
  words by language) before one full name ending the text or before an age's ordinal or a date (`Birthday Book – …
  80th, 12.03.2026`, `Baptism of …`, `Taufe …`); not a party's theme (`Birthday Party – Peppa Pig – …`), a thing's or a
  colour's words (`Taufe Kerze Blau`), a form of address (`Happy Birthday Mr. President`: decided to go out). A
  family's name, a dash or a colon and its members' given names ending the text (cued_names._MEMBERS_AFTER: `The …
  Family – Lea, Ben & Mia`; not `The Addams Family – DVD`). A couple in lower case after a celebration's word
  (cued_names._LOWER_COUPLE_CELEBRATED), none of its words a thing's or a dish's (`wedding cake – dark chocolate &
  salted caramel`).
- A talk's speaker as a work role's label by language (role_labels.WORK_ROLES: `Speaker`, `Sprecher`, `Redner`,
  `Conférencier`, `Orador`, `Oratore`, `Spreker`, `Prelegent`, `Talare`, with French `Intervenant`, Spanish
  `Ponente`, Italian `Relatore` before), read by postal.labelled_person; a loudspeaker's maker's or kind's word after
  a speaker's label names the product (role_labels.a_speakers_product, SPEAKER_PRODUCT_WORDS: `Speaker: Bose
  SoundLink`, `Speaker: Marshall Emberton`; decided to go out). A name of two words in lower case after a work role's
  label opening the text or a line (cued_names._ROLE_LOWER_NAMED: `Organiser: … …`), its family name of five letters
  at least, no word a team's, a platform's or a role's (`Host: google meet`, `Participant: read only`); not after a
  lead's label (`Lead: cold email`).
- A message signed with one given name after a dash, ending its line, maybe before a support's tag in brackets
  (reviews.one_signed_reason, _ONE_SIGNED, _THANKS_AND_SIGN_OFFS, _SUPPORT_TAGS): the line's words hold a thanks' or
  a sign-off's words by language, or a review's in sentence case (`Great work – …`); not a colour's, a thing's word
  (`T-Shirt – Navy`, `Thanks – Navy`), nor after a greeting (`Hello – Kitty`). A family name after German's `Frau` or
  `Herr` after a title's dash before an aside holding a number of four digits (named_in_text.
  _MADAM_BEFORE_NUMBERED_ASIDE: `Reklamation – Frau … (Bestellung 5512)`; not `Märchen – Frau Holle (Band 2)`). A
  chat's speaker in square brackets whose line greets (named_in_text._GREETS_OR_ASKS: `[… …]: hi, refund?`; not
  `[Size Guide]: see chart`). A chat's agent's role word and one given name before the line said in lower case
  (named_in_text._AGENT_NAMED, _AGENT_WORDS: `Agent …: happy to help`; not `Agent Bot: hi`). After a greeting, one
  name, `!` and a question in a sentence's words (greetings._ASKED_OR_WELCOMED: `Hey …! Is the wreath ready?`; not
  `Hey Jude! Is This Love vinyl`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector

RATED_AUTHORS = [
    'Great cut — Ottilie Fernbrook ★★★★★', 'Great cut! — ottilie fernbrook ★★★★★',
    'Great cut! — OTTILIE FERNBROOK ★★★★★', 'Great cut! — Ottilie Fernbrook, Stylist ★★★★★',
    'Amazing colour — Maren Holloway ★★★★★', 'Excellent service — LUCIA QUERNADEZ ★★★★☆',
    'Great cut! — Maren Holloway, Senior Stylist ★★★★★', 'Sehr gute Beratung – Wiebke Strandhagel ★★★★★',
    'Lovely nails! – tamsin orvelloway ⭐⭐⭐⭐⭐',
    '最高。★5 柳瀬千晴', '最高でした ★5 柳瀬 千晴', '素晴らしい ★5 鈴木 一郎', '最高。★5 佐藤花子',
]
RATED_LOOK_ALIKES = [
    'Lily Wreath – White Roses ★★★★★', 'Pegasus 41 – Running Shoe ★★★★☆', 'Great value – Running Shoe ★★★★☆',
    'Great gift – Lily Wreath ★★★★★', 'Best seller – Nike Pegasus ★★★★★', 'Nice one – Best Seller ★★★★★',
    'Top rated – Hotel Adlon ★★★★★', 'Great cut – Senior Stylist ★★★★★', 'Very good – Grand Hotel ★★★★☆',
    'Wow! – store manager ★★★★★', 'Rose Gold – Heart Pendant ★★★★★', 'Sehr gut – Hausgemachte Pasta ★★★★★',
    'Great pizza – Trattoria Roma ★★★★★', 'Love it! – gift box ★★★★★', 'Great product! – fast shipping ★★★★★',
    'Balayage & Cut – Senior Stylist ★ 4.9', 'うまい ★5 味噌 ラーメン', '美味しかった ★5 海鮮丼',
    '美味しかった ★4 焼肉定食', '最高 ★5 東京本店', '美味しい。★5 大阪 本店',
]


@pytest.mark.parametrize("text", RATED_AUTHORS)
def test_a_rated_reviews_author_is_a_name(text: str) -> None:
    assert detector.reason(text)


@pytest.mark.parametrize("text", RATED_LOOK_ALIKES)
def test_a_rated_products_title_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


CELEBRATED = [
    'Birthday Book – Ottilie Fernbrook 80th, 12.03.2026', 'Birthday – Ottilie Fernbrook – 12.03.2026',
    '80. Geburtstag Ottilie Fernbrook – 12.03.2026', 'Happy 80th Birthday Ottilie Fernbrook',
    'Christening – Baby Mila Strandhagel 14.06.2026', 'Baptism of Mila Strandhagel, 14.06.2026',
    'Baptism of Mila Strandhagel', 'Taufe Mila Strandhagel 14.06.2026', 'Taufe Mila Strandhagel',
    'Compleanno di Marco Quarvelle, 3 maggio 2026', 'Doop Sjoukje Drempelmeier 02-05-2026',
    'wedding album – perdita quellmore & anselm drayford', 'hochzeit – wiebke strandhagel und jorn pellmark',
    'The Strandhagel Family – Lea, Ben & Mia', 'Familie Strandhagel: Lea, Ben und Mia',
]
CELEBRATION_LOOK_ALIKES = [
    'Happy Birthday Banner – Gold', 'Birthday Book – Linen Cover', 'Christening Gown – Ivory Silk',
    '80th Birthday Balloons', 'Taufe Kerze Blau', 'Happy Birthday Mr. President', 'The Addams Family – DVD',
    'Birthday Party – Peppa Pig – 12.03.2026', 'wedding cake – dark chocolate & salted caramel',
    'Birthday Banner – Pink & Gold', 'Birthday Cake Topper – Happy 40th', 'Happy Birthday Grandma Mug',
    'Christening – Ivory Silk 2026', 'Taufe – Kerze Weiß 20cm', 'Birthday – Gift Card 50',
    'The Family of Man – Photo Book', 'Familie Feuerstein – DVD Box', 'Geburtstag Girlande Blau & Silber',
]


@pytest.mark.parametrize("text", CELEBRATED)
def test_a_celebrations_person_is_a_name(text: str) -> None:
    assert detector.reason(text)


@pytest.mark.parametrize("text", CELEBRATION_LOOK_ALIKES)
def test_a_celebrations_goods_go_out(text: str) -> None:
    assert detector.reason(text) == ""


MEETING_PERSONS = [
    'Speaker: Anselm Drayford', 'Sprecher: Jorn Pellmark', 'Keynote speaker: Anselm Drayford',
    'Spreker: Sjoukje Drempelmeier', 'Conférencier : Yann Corvelet', 'Oradora: Lucía Quernadez',
    'Organiser: perdita quellmore', 'Host: anselm drayford (internal)', 'Speaker: wiebke strandhagel',
]
MEETING_LOOK_ALIKES = [
    'Speaker: Bose SoundLink', 'Speaker: JBL Flip 6', 'Speaker: Marshall Emberton', 'Speaker: Harman Kardon Onyx',
    'Speaker: Bluetooth Wireless', 'Speaker: Sony Xperia', 'Speaker Type: Bookshelf', 'Participant: read only',
    'Lead: hot prospect', 'Host: airbnb plus', 'Host: google meet', 'Organiser: events team', 'Lead: cold email',
    'Host: microsoft teams', 'Organiser: not set', 'Participant: guest user', 'Host: free parking',
]


@pytest.mark.parametrize("text", MEETING_PERSONS)
def test_a_meetings_person_is_a_name(text: str) -> None:
    assert detector.reason(text)


@pytest.mark.parametrize("text", MEETING_LOOK_ALIKES)
def test_a_meetings_platform_or_a_loudspeaker_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


MESSAGE_PERSONS = [
    'Great work – Anselm', 'Thanks – Anselm (Support)', 'Thank you – Maren', 'Merci – Solène',
    'Danke – Jorn (Kundenservice)', 'Cheers – Anselm', 'Reklamation – Frau Strandhagel (Bestellung 5512)',
    'Lieferung – Herr Pellmark (Auftrag 1234)', '[Perdita Quellmore]: hi, refund?', 'Agent Sarah: happy to help',
    'Hey Perdita! Is the wreath ready?',
]
MESSAGE_LOOK_ALIKES = [
    'T-Shirt – Navy', 'Rose – Juliet', 'Thanks – Navy', 'Great value – Navy', 'Bestseller – Vintage Edition',
    'Thanks – Team', 'Thanks – Support', 'Great fit – Slim', 'Hello – World', 'Hi – Res', 'New In – Summer',
    'Love it – Rose', 'Hello – Kitty', 'Hi – Tech', 'Märchen – Frau Holle (Band 2)', 'Grimm – Frau Holle (Hörbuch)',
    '[Size Guide]: see chart', '[Top Seller]: back in stock?', 'Agent Bot: hi there', 'Support Bot: hi there!',
    'Hey Jude! Is This Love vinyl', 'Hello Kitty! Is it back?', 'Hi there! Is it in stock?',
]


@pytest.mark.parametrize("text", MESSAGE_PERSONS)
def test_a_messages_one_name_is_a_name(text: str) -> None:
    assert detector.reason(text)


@pytest.mark.parametrize("text", MESSAGE_LOOK_ALIKES)
def test_a_products_colour_or_a_tag_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
