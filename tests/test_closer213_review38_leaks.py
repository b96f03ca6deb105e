"""Closer 213: review 38's leaks closed by rule, with their nearest look-alikes both ways.

- chat_lines: the greetings are greetings.py's, of every language (`Good morning`, `Buongiorno`, `Hallå`, `Cześć`),
  no longer greeting's words read as a name (`Üdv újra itt, …`); a speaker's or a greeted name in one case (in lower
  case opening on a known given name), with particles, or a known given name and an initial (`Orla Q.:`); a speaker's
  dash between blanks as its colon. The inline cue is the message's `?` or `!`.
- dated_names: a table's name in any case before a party's size after a comma, a dash or a bracket, in words, in
  adults, or after `party of`; a date's person in one case (in lower case opening on a known given name), with
  particles, a known given name alone or with an initial, after `w/`, between pipes or commas, before `at`; German's
  and Dutch's `gebucht`/`geboekt` cue a booking.
- dating: a numbered member in any case or with a particle; on a match's record after its number's colon, family
  first, or before a third field; a like's, a match's or a report's member in lower case, family first, or a known
  given name before a notice's word (`Orla Grand`).
- self_introductions.introduced_in_latin: any case; `我是` before a full name a known given name opens; Japanese's
  and Korean's "my name is" before "is"; a hyphenated family name.

The price (asserted below): a lower-case word off every vocabulary before a party's size (`Reservation for
upstairs, party of 2`; closer 216 reads a venue's room as a booking's thing, so that one goes out again); a known
given name before a dating notice's word (`Like sent to Jack Special`): refused.
"""

from __future__ import annotations

from review_cases import review_tests

ORDINARY = [
    # (chat_lines: titles, notices and audiences in several languages, in any case, after a dash, a greeting)
    'Customer Support: see you at 8?', 'customer support: how can we help you today?',
    'order update: your parcel is on its way!', 'quick question: is this dishwasher safe?',
    'Flash Sale - only three hours left!', 'Game Night - who is bringing snacks?',
    'summer sale - up to 50% off everything!', 'Match Report - what a finish at the stadium!',
    'Order Q.: where is it?', 'Good morning Coffee Lovers, new beans are in!', 'Buongiorno Cari Clienti, siamo aperti!',
    'Cześć Drodzy Klienci, zapraszamy!', 'Hallå Alla Kunder, vi har öppet!', 'Thank you Team Members, great work!',
    'hi there, how are you doing?', 'hey guys, what is up?', 'Good morning Vietnam, what a movie!',
    'Welcome Home Doormat, non-slip and washable!', 'Üdv újra itt, kedves vásárló!', 'Named driver: who can I add?',
    'ciao bella ragazza, come stai?', 'bonjour mon ami, ça va ?', 'cześć kochanie moje, co słychać?',
    'mon ami: ça va bien?', 'Reservation – Sat – with bella vista',
    # (dated_names: meals, places, occasions, features, extras)
    'Reservation for Brunch – 2 guests', 'Reservation for brunch, 2 guests', 'Reservation for dinner, party of 4',
    'Reservation for Breakfast (2 adults)', 'Table for Tasting, two covers', 'Reservation for omakase, 2 guests',
    'Tisch für Stammtisch – 8 Gäste', 'Reserva para cumpleaños, 6 personas', 'Tisch für geburtstag, 6 Personen',
    'Reservation for Sunday (2 adults, 1 child)', 'Reservation for window, 2 guests',
    'Reservation – Sat 19:30 – with harbour views', 'Reservation – Fri 20:00 – with kids menu!',
    'Reservation – Sat – with jazz trio at the bar', 'Table booked, with sea view',
    'Table booked | Sat 19:30 | with garden view', 'Booking confirmed – Sat 10am – with personal trainer at the gym',
    'Reservation, Sat 19:30, with Terrace at Nobu', 'Reservation – Sat 19:30 – w/ live music',
    'Zimmer gebucht – 2 Nächte – mit Frühstück', 'Tisch gebucht – Sa 19 Uhr – mit Blick aufs Meer',
    'Booking confirmed, with breakfast included.', 'Date booked – with Jasmine tea', 'Room booked – with Olive oil',
    'Reserva – sábado 21h – con terraza exterior', 'Réservation – samedi 20h – avec vue mer',
    # (dating: a match's record's fixtures and statuses, products after an order's number, notices' audiences)
    'Match ID 739164 – Accepted', 'Match ID 739164 – Premier League – Accepted', 'Match ID 739164: Premier League',
    'Match ID 739164: Real Madrid', 'Match ID 739164 – Madrid, Spain', 'Match ID 739164 – champions league',
    'Match ID 739164 – SERIE A', 'Match ID 739164 – Bayern Munich – Final', 'Match 739164: Home Win',
    'Order 482913 – gift wrap', 'Order 482913 – HUGO BOSS', 'Order 482913 – chelsea boots',
    'Ticket 482913 – LOGIN ISSUE', 'Match with Hugo Boss', 'Report user: fake profile',
    'match with verified singles', 'Like sent to Summer Deal', 'Match with Hope Free', 'Report user: Spam, Scam',
    # (self_introductions: roles, orders and products after "I am", "I ordered", "my name is")
    '我是Data Scientist', '我是Java Developer', '我是Tech Lead', '我是Uber Driver', '我是Grace', '我是Jordan',
    '我是Apple用户', '我是Real Madrid球迷', '我叫uber eats', '私の名前はHello Kittyです', '제 이름은 Kakao Talk입니다',
    # (closer 216: a venue's room, booked_names.NOT_BOOKED_NAMES)
    'Reservation for upstairs, party of 2',
]

PERSONAL = [
    # (chat_lines)
    'orla quenby: haha yes! drinks friday?', 'Orla Quenby – haha yes! drinks friday?',
    'Orla Q.: haha yes! drinks friday?', 'Orla van Quenby: see you at 8?', 'hi orla quenby, see you at 8?',
    'Good morning Orla Quenby, coffee?', 'Buongiorno Orla Quenby, ci vediamo?', 'Hallå Tjorven Dahlberg, ses vi?',
    'Cześć Orla Quenby, co słychać?', 'Guten Morgen Tjorven Dahlberg, hast du Zeit?',
    'tjorven dahlberg - wer kommt zum training?', 'Buenos días Orla Quenby, ¿qué tal?',
    # (dated_names)
    'Reservation for Quenby, party of 2', 'Reservation for Quenby (2 guests)', 'Reservation for quenby, 2 guests',
    'Reservation for Quenby – 2 guests', 'Reservation for Quenby, two guests', 'Reservation for Quenby, 2 adults',
    'Tisch für Müller, zwei Personen', 'Tisch für dahlberg (4 Erwachsene)',
    'Date booked: Sat 19:30 – Nobu – with orla quenby', 'Date booked: Sat 19:30 – Nobu – with Orla',
    'Date booked: Sat 19:30 – with Orla Quenby at Nobu', 'Date booked – Nobu – with Orla Quenby!',
    'Date booked: Sat 19:30 – Nobu – w/ Orla Quenby', 'Date booked: Sat 19:30 | Nobu | with Orla Quenby',
    'Date booked: Sat 19:30 – Nobu – with Orla Q.', 'Date gebucht – Nobu – mit Tjorven Dahlberg',
    'Date booked: Sat 19:30, Nobu, with Orla Quenby', 'Date geboekt – Nobu – met Orla van Quenby',
    # (dating)
    'Match ID 739164 – orla quenby', 'Match ID 739164: Orla Quenby', 'Match ID 739164 – Orla van Quenby',
    'Match ID 739164 – Quenby, Orla', 'Match ID 739164 – Orla Quenby – Accepted', 'Match ID 739164 – ORLA QUENBY',
    'Match #739164: tjorven dahlberg', 'Like sent to Orla Grand', 'Report user: Orla Real',
    'Reported user: Orla Free', 'Match with orla quenby', 'Report user: Quenby, Orla', 'Match mit tjorven dahlberg',
    # (self_introductions)
    '我叫orla quenby', '我是Orla Quenby', '私の名前はOrla Quenbyです', '제 이름은 Orla Quenby입니다',
    '我叫Orla Quenby-Dahlberg', '我叫Orla, 28 years', '我的名字是 tjorven dahlberg。',
    # (the price: ordinary look-alikes now refused)
    'Like sent to Jack Special',
]

globals().update(review_tests(globals()))
