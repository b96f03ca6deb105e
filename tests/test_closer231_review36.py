"""Closer 231: review 36's lower-case names after cues and household pros' labels, closed by rule, with their nearest
look-alikes both ways.

- A full name in lower case after a word that addresses a text to a person or signs it (a letter's salutation, an
  attention's or a care-of's line, on whose behalf, a closing, a birthday's wish, a memory's:
  lower_case_names._ADDRESSING by language), after a credit's participle and its `by` (_CREDITS), or after a person's
  thing's word and a preposition _PREPOSITION leaves out (`Geschenk von`, `gåva från`, `message de`:
  _THINGS_PREPOSITION) is a person's by itself, when its words are no language's
  (lower_case_names.a_full_name_of_no_language) and the last no doers' plural: `dear customer service,`, `hosted by
  the city council`, `message de bienvenue` go out. A payment's word before `an`, `aan`, `till` is read as the other
  prepositions are (the rules judge the name capitalized).
- A party's or a role's label of key_lexicon (PARTIES, PARTIES_IN_KEYS, PARTIES_IN_TEXT, PARTIES_IN_LABELS,
  SHOP_ROLES, SHOP_ROLES_IN_TEXT, PEOPLE_BY_ROLE) before a lower-case full name (`student:`, `tenant:`, `driver:`); a
  pair closing on such a word is none (`driver: named driver`).
- The household's pros (key_lexicon.PRO_WORDS: cleaner, gardener, plumber, handyman, by language) before a full name,
  and a state's word and a dash between the pro's label and the name (`Sitter: Verified – …`).

The price (asserted below): a title or a firm typed in lower case after those words whose words are no vocabulary's
(`dear evan hansen`, `Zahlung an paypal europe`, as `payment to paypal europe` was); a household pro's label before
two capitalized words of a service's no table holds (`Gärtner: Rasen Mähen`, `Idraulico: Pronto Intervento`, as
`Sitter: Lawn Mowing` was).
"""

from __future__ import annotations

from review_cases import review_tests

ORDINARY = [
    # (the session's lead: two lower-case words after a role's label that key_lexicon names)
    'Alumno: nuevo ingreso', 'studente: fuori sede', 'Unfallgegner: was tun?', 'En mémoire de nos soldats',
    'in memory of our soldiers',
    # (the addressing's words before a generic addressee, a team, a title of common words)
    'dear customer service,', 'dear valued customer,', 'dear hiring manager,', 'love, the team', 'dear diary',
    'happy birthday dear friend', 'happy birthday mum', 'in memory of our founder', 'on behalf of the team',
    'c/o reception desk', 'attn accounts payable', 'kind regards, customer care', 'signed copy', 'rip curl',
    'cher client', 'chère cliente,', 'querido cliente', 'caro cliente', 'gentile cliente', 'lieve klant',
    'liebe grüße aus berlin', 'szanowny kliencie', 'namens het team', 'w imieniu zespołu', 'bisous paris',
    'saluti da roma', 'joyeux anniversaire maman', 'buon compleanno nonna', 'fijne verjaardag opa',
    # (a credit's participle before a firm, a team or a way)
    'hosted by the city council', 'hosted by shopify inc', 'written by our editors', 'written by hand',
    'made by hand', 'created by artisans', 'sent by post', 'paid by card', 'ordered by phone', 'booked by phone',
    'posted by admin', 'reviewed by experts', 'signed by the author', 'sorted by relevance', 'made by google',
    # (a thing's word and its preposition before a thing's words)
    'message de bienvenue', 'message de confirmation', 'mensaje de error', 'messaggio di errore',
    'mensagem de erro', 'bericht van de klantenservice', 'Nachricht an den Kundenservice', 'nachricht an uns',
    'gåva från oss', 'present till mamma', 'gave til far', 'zahlung an händler', 'betalning till swish',
    'Pastel de nata congelado (12 un.)', 'kære mor krus',
    # (a party's label before its kind)
    'tenant: student let', 'driver: named driver', 'student: back to school', 'attendee: general admission',
    'attendee: early bird', 'landlord: letting agent', 'buyer: trade only',
    # (a household pro's label before its service, a state, a firm)
    'Cleaner – Eco Friendly', 'Cleaner: Eco Friendly', 'Cleaner: End of Tenancy', 'Cleaner: Booked – Deep Clean',
    'Cleaner: Available – Weekends', 'Plumber: Emergency Call Out', 'Plumber: Boiler Repair',
    'Gardener: North London', 'Handyman: Flat Pack Assembly', 'Plumber: Gas Safe Registered',
    'Klempner: Notdienst Berlin', 'Sitter: Verified – 5 Reviews', 'Nanny: Available – Mon to Fri',
    'Sitter: Verified – Dog Walking', 'Nanny: Booked – Live In',
    # (greetings stay chat_lines': a greeted audience or title)
    'hi pascal coders, meetup tonight!', 'ciao bella gelato, now open!', 'muchas gracias, hasta luego!',
]

PERSONAL = [
    'dear brenna calloway,', 'dear anna meier, your order shipped', 'attn davor kellingham',
    'c/o brenna calloway', 'on behalf of davor kellingham', 'signed brenna calloway', 'love, quessa brindlemoor',
    'happy birthday brenna calloway', 'in memory of davor kellingham', 'RIP orla quenby',
    'liebe quessa brindlemoor,', 'chère brenna calloway', 'querida quessa brindlemoor',
    'ter nagedachtenis aan davor kellingham', 'kära brenna calloway',
    'hosted by brenna calloway', 'written by quessa brindlemoor', 'ordered by: quessa brindlemoor',
    'geschrieben von davor kellingham', 'commandé par brenna calloway',
    'present till quessa brindlemoor', 'gave til davor kellingham', 'gåva från brenna calloway',
    'Geschenk von quessa brindlemoor', 'Nachricht an davor kellingham', 'message de brenna calloway',
    'bericht van davor kellingham', 'Zahlung an brenna calloway', 'betaling aan brenna calloway',
    'betalning till quessa brindlemoor',
    'Cleaner: Orla Quenby', 'Gardener: Orla Quenby', 'Plumber: Orla Quenby', 'Handyman: Orla Quenby',
    'Putzfrau: Orla Quenby', 'Cleaner: Maria van Dijk', 'Schoonmaker: Orla Quenby', 'Fontanero: Orla Quenby',
    'Sitter: Verified – Orla Quenby', 'Nanny: Booked – Orla Quenby', 'Cleaner: Available – Orla Quenby',
    # (the price: ordinary look-alikes now refused)
    'dear evan hansen', 'Zahlung an paypal europe', 'in memory of princess diana', 'dear prudence vinyl',
    'Gärtner: Rasen Mähen', 'Idraulico: Pronto Intervento',
    # (closer 237: the role's labels review 36 named, read with a name's evidence)
    'student: quessa brindlemoor', 'attendee: quessa brindlemoor', 'tenant: davor kellingham',
    'landlord: brenna calloway', 'driver: quessa brindlemoor', 'buyer: davor kellingham',
    'Mieter: davor kellingham', 'locataire : brenna calloway',
]

ORDINARY_KEYS = ['cleaner_id', 'plumber_type', 'gardener_count']
PERSONAL_KEYS = ['cleaner_name', 'gardener_name']

globals().update(review_tests(globals()))
