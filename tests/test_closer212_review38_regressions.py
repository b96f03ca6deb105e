"""Closer 212: review 38's regressions of session 48 (closers 207 and 209), fixed by rule, with their nearest
look-alikes both ways.

- A full name no vocabulary holds (chat_lines' speaker and greeted name, dated_names' person after `with`,
  counterparts' typed name and slug) is no pair of common words of the gate's other languages either, unless a known
  given name opens it (lower_case_names.a_full_name_of_no_language, common_words.py): `Neue Nachricht: …`, `Hallo
  Liebe Mitglieder, …`, `… – avec Vue Mer`, `?partner=Klarna+Pay`, `/inbox/spam-folder` go out; `Velmora Quistrandel`
  and `Orla Neue` are still refused.
- One word before a party's size is the name a table is booked under only when no common word of those languages
  (dated_names: `Reservation for Omakase, 2 guests` goes out; `Reservation for Quistrandel, 2 guests` is refused).
- `?match=` on a ticket's or a fixture's route names a fixture (counterparts._TICKET_ROUTE_WORDS).
- Round groups after a phone's label and one or two words are a salary's range when a currency's sign follows them
  (detector._a_phones_or_accounts_label: `Call Centre Lead 30 000 – 34 000 €`); without it a name there keeps the
  label its number's.

The price (asserted below): a family name that is a common word of a language common_words holds, after a given name
off given_names' list or alone before a party's size (`Velmora Vista`, `Reservation for Curry, 2 guests`); a name
under `?match=` on a ticket's route; a phone's groups followed by a currency's sign.
"""

from __future__ import annotations

from review_cases import review_tests

ORDINARY = [
    'Neue Nachricht: hast du morgen Zeit?', 'Hallo Liebe Mitglieder, training fällt aus!',
    'Bonjour Chers Membres, la saison commence!', 'Hoi Beste Klanten, we zijn weer open!',
    'Nuevo Mensaje: quedamos mañana?', 'Reservation for Omakase, 2 guests, Friday 8pm',
    'Tisch für Frühstück, 2 Personen', 'Tavolo per Pizzata, 8 persone', 'Room booked – 2 nights – with Hot Tub',
    'Réservation – samedi 20h – avec Vue Mer', 'Booking confirmed – Sat 10am – with Personal Trainer',
    'Call Centre Lead 30 000 – 34 000 €', 'Mobile Guru 40 000 – 45 000 €',
    'See https://shop.example.com/inbox/spam-folder',
    'Tickets: https://shop.example.com/tickets?match=Arsenal+Chelsea',
    # (the price: personal variants that now go out)
    'Velmora Vista: hast du morgen Zeit?', 'Reservation for Curry, 2 guests', 'Tel. Velmora 12 300 – 45 600 €',
    'Tickets: https://shop.example.com/tickets?match=Velmora+Quistrandel',
]

PERSONAL = [
    'Velmora Quistrandel: hast du morgen Zeit?', 'Orla Neue: hast du morgen Zeit?',
    'Hallo Velmora Quistrandel, training fällt aus!', 'Hallo Orla Mitglied, training fällt aus?',
    'Bonjour Velmora Quistrandel, la saison commence!', 'Reservation for Quistrandel, 2 guests, Friday 8pm',
    'Reservation for Orla, 2 guests', 'Tisch für Müller, 2 Personen',
    'Room booked – 2 nights – with Velmora Quistrandel', 'Réservation – samedi 20h – avec Velmora Quistrandel',
    'Booking confirmed – Sat 10am – with Orla Trainer', 'Call Orla Quenby 30 000 – 34 000',
    'Tel. Velmora 12 300 – 45 600', 'See https://shop.example.com/inbox/velmora-quistrandel',
    'Date: https://shop.example.com/date?match=Velmora+Quistrandel',
]

_SITE = "https://shop.example.com"
ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    '/p?partner=Klarna+Pay', '/tickets?match=Celtic+Rangers', '/menu?avec=Frites+Maison',
    '/chat?from=Pagina+Principal', '/messages/bon-appetit', '/inbox/archived-threads')]
PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    '/p?partner=Velmora+Quistrandel', '/date?match=Orla+Quenby', '/date?avec=Velmora+Quistrandel',
    '/chat?from=Velmora+Quistrandel', '/inbox/velmora-quistrandel', '/messages/orla-bon')]

globals().update(review_tests(globals()))
