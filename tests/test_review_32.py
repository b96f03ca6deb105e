"""Review 32: session 42's last gate rules (closers 174 to 178: pets' owners', keepers' and sitters' routes, whom a pet
is reserved for or adopted by, a claim's parties' keys, `?reg=`, a tenancy's statement and a notice list's slug;
donors that are banks or churches, engravings of the table's goods, recommendations after a rating, business lines,
weeks' ages, named parties' keys; a transfer's payee or payer, split bills, payment requests, what a friend owes and a
rent's tenant (payees.py), counterparty keys, routing numbers; rating systems' ages, a form's capitalized state,
community invites, thanks for a tip, a tip's sender and new patrons; desks before a name, allergens' kinds, sign-ups'
time words, publishers', loyalty schemes' and carriers' words, doors after a pickup's `at`, trips' destinations,
wish lists, colours' inflected forms, bridal shops and venues) attacked both ways by an outsider who has read them:
ordinary bank statement lines, fintech app notifications, pet shops', shelters' and sitters' pages, charities'
receipts, game stores' and streams' alerts, schools' references, publishers', airlines' and bridal shops' values,
keys and URLs near those rules that must go out, and personal near variants that must be kept. Text is read by
detector.reason, keys by detector.key_reason, URLs by privacy.clean_url. What fails today is a strict expected
failure grouped by family, each naming the rule that decides it; each says whether the session's start (4c73e84c)
judged it the same way."""

from __future__ import annotations

from typing import Dict, List

from review_cases import review_tests

ORDINARY = [
    # (payees: a utility, a council, a pot, a bank, a charity, a public office, a listing after a rent's word)
    'Payment to British Gas', 'Payment to Octopus Energy', 'Transfer to Christmas Fund',
    'Transfer from Nationwide Building Society', 'Payment to Leeds City Council', 'Überweisung an Stadtwerke München',
    'Gutschrift von Deutsche Rentenversicherung', 'Lastschrift von Vodafone GmbH', 'Virement de CAF Paris',
    'Virement vers Livret A', 'Bizum a Cruz Roja', 'Transferencia a Hacienda Pública', 'Envío de Correos Express',
    'Bonifico da Poste Italiane', 'Overboeking van Belastingdienst Toeslagen', 'Przelew od Orange Polska',
    'Vipps til Kirkens Nødhjelp', 'Pix para Banco Inter', 'Payment to Capital One', 'Transfer to Cancer Research',
    'Transfer to Isle Of Man', 'British Gas owes you £45.00', 'Your Employer paid you $2,000', 'Split with House Share',
    'Geteilt mit WG Küche', 'Betaalverzoek van Voetbalclub Ajax', 'Song requested by Radio One',
    'Rent Nov 2026 Studio Apartment', 'Miete 12/2026 Wohnung Erdgeschoss', 'Payment reference: Rent Garage Two',
    # (closer 175: donors, engravings, recommendations, business lines, weeks)
    'Receipt – donation from Barclays Foundation', 'Receipt – donation from St Paul’s Cathedral',
    'Receipt – donation from Beth Shalom Synagogue', 'Spendenquittung – Spende von Evangelische Kirchengemeinde',
    'Ricevuta – donazione di Parrocchia San Marco', 'Engraving: Bride & Groom', 'Engraving: Oil & Vinegar',
    'Grabado: Sal y Pimienta', 'Great product ★★★★★ – Verified Buyer', 'Très bien ★★★★★ – Je Recommande',
    'Teléfono gratuito: 900 123 456', 'Help line: 0800 068 8000', 'Age: 12 weeks', 'Leeftijd: 10 weken',
    # (closer 177: ratings, states, invites, thanks, tips, patrons)
    'Age: 15 (BBFC 15)', 'Altersfreigabe: FSK 12', 'Edad: 18 años (PEGI 18)', 'Gamertag: Unavailable',
    'Pseudo : Indisponible', 'Username: Already taken', 'Telegram: t.me/+AbCdEf12GhIj',
    'Thanks Everyone for the 100 subs!', 'Thank you Twitch for the Partner!', 'Tip £3 from Room 214',
    'Spende 50 € von Deutsche Bank', 'New patron: Founding Member',
    # (closer 178: desks, allergens, sign-ups, senders, doors, trips, wish lists, motifs, bridal shops)
    'Emergency contact: Reception Out Of Hours', 'Emergency contact: Front Desk Night Manager',
    'Notfallkontakt: Empfang Hotel Adler', 'Allergy: Nuts (Hazel, Walnut)',
    'Allergie: Fisch (Lachs, Forelle)', 'Allergy: Mustard (Dijon)', 'Sign-up: Junior Football – Saturday Mornings',
    'Anmeldung: Ferienbetreuung – Herbstferien', 'Registration: Holiday Club – May Half Term',
    'Offer from Simon & Schuster', 'Offer from Singapore Airlines', 'Offer from Oxford University Press',
    'Pickup at Garden Gate, 5 High Street', 'Ophalen bij Voordeur, Kerkstraat 10',
    'Payment reference: School Trip Lake District', 'Causale: Gita Scolastica Venezia',
    'Concepto: Viaje Fin de Curso Granada', 'Honeymoon fund – reference: Prezola Gift List',
    'Erstkommunion Silberne Kerze', 'Mis XV años – Tiara Dorada', 'Bridal appointment for David’s Bridal',
    'Hochzeitsanfrage: Schloss Elmau', 'Fitting: Slim Fit',
    # (closer 174: whom a thing is reserved for, a pet adopted by)
    'Reserved for Gold Members', 'Adopted by Dogs Trust', 'Reserviert für Tierheim Berlin', 'Reserved for Hotel Guests',
    'Adopted by Happy Paws Rescue',
    # (closer 196: a state's word capitalized after a user's label, `Golden` opening a rite's motif)
    'Username: Blocked', 'First Communion Golden Chalice',
]


DROPPED: Dict[str, List[str]] = {
    (
        "a firm, a bank or a charity named for its founders after a transfer's phrase (payees._a_counterparty: "
        "record_names._a_name reads a given name and a family name; told apart only by a list of brands, as the docs "
        "accept for a pickup's `John Lewis`); went out at the session's start"
    ): [
        'Payment to John Lewis', 'Transfer to Charles Schwab', 'Transfer to Morgan Stanley', 'Zelle to Wells Fargo',
        'Betaling aan Albert Heijn', 'Payment to Marie Curie',
    ],
    (
        "a country or a town ending a brand, a brand whose words are a family name's too (payees._a_counterparty "
        "after a transfer's phrase: `Etsy Ireland`, `Monoprix Paris`, `Burger King`; closer 185 claimed a card's, a "
        "platform's, a market's and a gym's words, `Barclaycard Visa`, `Pure Gym`, in payees.NOT_A_PERSONS; a town "
        "ending a name is a family name's as often, `Orla Paris`); went out at the session's start"
    ): [
        'Payment from Etsy Ireland',
        'Payment to Burger King',
        'Paiement à Monoprix Paris',
    ],
    (
        "a town outside geography.TOWN_NAMES after a shipment's `envío` and `para` (payees.TRANSFERS reads Spanish "
        "`envío`, a shipment as often; closer 185 claimed a plan's instalments and a station's or an island's word, "
        "`Pago a Plazos …`, `Milano Centrale`, `Gran Canaria`); went out at the session's start"
    ): [
        'Envio para Belo Horizonte',
    ],
    (
        "a cartoon's pair of given names engraved (record_names._an_engraved_couple, closer 175: a given name alone is"
        " read with its partner's last word, `Tom & Jerry`); went out at the session's start"
    ): [
        'Engraving: Tom & Jerry',
    ],
    (
        "a pair of famous given names engraved (record_names._an_engraved_couple reads two capitalized given names "
        "about `&` as a couple, `Bonnie & Clyde`; closer 187 claimed a drink's, a music's and pronouns' pairs in "
        "record_names._TABLE_GOODS; a famous couple is told apart only by a list of them); refused at the start too"
    ): [
        'Engraving: Bonnie & Clyde', 'Engraving: Romeo & Juliet',
    ],
    (
        "a firm of one word thanked for a tip (greetings._AFTER_THANKS_FOR_A_TIP, closer 177, reads one capitalized "
        "word as the viewer; closer 187 claimed a stream's audience, an anonymous giver and a streaming platform in "
        "greetings._GREETED_OBJECTS; a firm's one word is told apart only by a list of brands); went out at the "
        "session's start"
    ): [
        'Thanks Nvidia for the $500',
    ],
    (
        "a park's words after a desk's word (postal._behind_a_desk, closer 178: _SITE_WORDS has a building's, "
        "hours', shift's, and since closer 185 a hotel's, a hospital's and a support line's words, not `Park`, a "
        "family name too: `Green Park`); went out at the session's start"
    ): [
        'Emergency contact: Reception Green Park',
    ],
    (
        "a hotel chain's name and its town after a desk's word (postal._behind_a_desk: a town ending a name is a "
        "family name's as often, `Hilton` a brand's only by a list; closer 187 claimed a site's gate in "
        "postal._SITE_WORDS, `Security Desk Gate House`); refused at the start too"
    ): [
        'Emergency contact: Front Desk Hilton London',
    ],
    (
        "a publisher's house or a loyalty scheme's name of no common word after an offer's cue without an amount "
        "(case_titles._a_notifier after case_titles.OFFER_CUE_SOURCE, closer 171: `Penguin Random House`, `Marriott "
        "Bonvoy`; closer 187 claimed a book's, a scheme's points', a carrier's nationality's and compass point's words "
        "in brand_words.BRAND_WORDS, `Hachette Livre`, `Royal Jordanian`, `China Eastern`); went out at the session's "
        "start"
    ): [
        'Offer from Penguin Random House', 'Offer from Marriott Bonvoy',
    ],
    (
        "a trip's two towns, the last outside geography.TOWN_NAMES (record_names._a_pupil after "
        "record_names.TRANSFER_NAMED reads a known town ending the words, not opening them, a given name as often: "
        "`Toledo Segovia`, `Napoli Pompei`; closer 187 claimed a landscape's, a sight's, a harbour's, a sea's and a "
        "country's words in record_names._DESTINATIONS, `Peak District`, `Wembley Stadium`); went out at the session's "
        "start"
    ): [
        'Concepto: Excursión Toledo Segovia', 'Causale: Gita Napoli Pompei',
    ],
    (
        "a tour operator's name of no common word as a wedding fund's reference (record_names._a_fund_name in "
        "HONEYMOON_REFERENCE: `Tropical Sky`, told apart only by a list of brands; closer 187 claimed a voucher's and "
        "a gift list's words in record_names._NOT_FUND_NAMES, `Gutschein`, `Cadeaulijst`); went out at the session's "
        "start"
    ): [
        'Honeymoon fund – reference: Tropical Sky',
    ],
    (
        "a bridal designer's label named for her, a castle or a lodge ending a venue's name (record_names."
        "_bridal_booked: `Castle`, `Lodge` end family names too, closer 187 reads them opening the words in "
        "record_names._VENUES_OPENING, `Lake Como`; a designer's name is told apart only by a list of brands); went "
        "out at the session's start"
    ): [
        'Bridal appointment for Rosa Clará', 'Bridal appointment for Vera Wang', 'Wedding enquiry: Hever Castle',
        'Wedding enquiry: Coombe Lodge',
    ],
    (
        "a charity's two words that name no kind of home after `Adopted by` (booked_names._RESERVED_OR_ADOPTED_FOR, "
        "closer 174: _NOT_BOOKED_NAMES has members, holders, shelters, and since closer 185 a facility's, a "
        "vehicle's, a boarding's and a camp's words, not `Cross`, a family name too); went out at the session's start"
    ): [
        'Adopted by Blue Cross',
    ],
}


PERSONAL = [
    'Transfer to Orla P.', 'Payment to Mr Pennywhistle', 'Überweisung an Jan de Vries', 'Bizum a Lucía de León',
    'Rent November 2026 – O. Pennywhistle', 'Miete Dez. 2026 Weidemar Jonas', 'O. Pennywhistle owes you £12.00',
    'Payment to Orla Banks', 'Betaling van F. Draaisteeg', 'Receipt – donation from Orla Chapel',
    'Reçu fiscal – don de Mme Léa Dubois', 'Engraving: Orla & Pepper', 'Engraving: Mr & Mrs Fennimore',
    'Mobile: 0300 123 4567', 'Age: 16 (PEGI 16) Orla Fennimore', 'Username: Taken Fennimore',
    'Telegram: t.me/+447700900123', 'Thanks Orla van Dijk for the 5€!', 'Tip $5 from M. Vonskrath',
    'New patron: Tavish van Dijk', 'Emergency contact: Front Desk Orla Hall', 'Allergy: Fish (Bass, Orla Fennimore)',
    'Registration: Holiday Club – Summer Fennimore', 'Offer from Isla Day', 'Payment reference: School Trip Isla York',
    'Geboortekaartje Sem Groen', 'Prima comunione Giulia Rossi', 'Bridal appointment for O. Fennimore',
    'Puppy 3 reserved for Orla van Dijk',
    'Witness: Orla Fennimore',  # (closer 186: role_labels.ROLES)
    'Transfer to Orla van der Berg',  # (closer 200: record_names._a_name reads a lower-case `van` as a particle)
    # (kept since closer 199: a full name in lower case, or a capitalized one family name first, after a preposition
    # introducing a person, read capitalized and given name first (lower_case_names.titled))
    'payment to orla pennywhistle', 'Receipt – donation from orla fennimore', 'Reserved for orla fennimore',
    'Transfer to Pennywhistle, Orla', 'Receipt – donation from Fennimore, Orla',
    # (kept since closer 204: a couple's first full name before `&`, record_names.BRIDAL_BOOKED)
    'Wedding enquiry: Orla Fennimore & Tobias Brandvold',
]


LEAKS: Dict[str, List[str]] = {
    (
        "a particle before a town (payees._a_counterparty takes `di Napoli` for a place); went out at the start too"
    ): [
        'Bonifico a Marco di Napoli',
    ],
    (
        "a statement's order, family name first, with a comma or an initial after it, or a title in capitals before an"
        " initial (payees._NAME reads a full name, an initial before a family name, or capitals without a title); went"
        " out at the start too"
    ): [
        'FASTER PAYMENT TO PENNYWHISTLE O', 'FASTER PAYMENT TO MRS O PENNYWHISTLE',
    ],
    (
        "a statement's abbreviation for a transfer or a credit (`TFR`, `BGC`: payees.TRANSFERS spells the words out); "
        "went out at the start too"
    ): [
        'TFR TO ORLA PENNYWHISTLE', 'BGC FROM ORLA PENNYWHISTLE',
    ],
    (
        "a name in lower case after a transfer's or a split's words or before `owes you` (payees._NAME and _BEFORE ask"
        " capitalized words); went out at the start too"
    ): [
        'Split with orla pennywhistle', 'orla pennywhistle owes you £12.00',
    ],
    (
        "a family name or a given name that is a word of payees.NOT_A_PERSONS (`Church`, `Cross`, `Cruz`, `Isa`); went"
        " out at the start too"
    ): [
        'Transfer to Orla Church', 'Payment to Anna Cross', 'Bizum a María Cruz', 'Transfer to Isa Pennywhistle',
    ],
    (
        "a payment app's sentence with the amount before the friend, or `paid you back` (payees._AFTER and _BEFORE "
        "read the phrase right before or after the name: `You sent £20 to …`, `Du hast 20 € an … gesendet`); went out "
        "at the start too"
    ): [
        'You sent £20 to Orla Pennywhistle', 'You paid Orla Pennywhistle $20',
        'Du hast 20 € an Jonas Weidemar gesendet', 'Orla Pennywhistle paid you back £12',
    ],
    (
        "a friend's given name alone in a split or before `owes you` (payees._NAME and _BEFORE ask a full name); went "
        "out at the start too"
    ): [
        'Split with Orla', 'Orla owes you £12.00',
    ],
    (
        "a rent's tenant after a dash or `von`, or after a flat's number (payees._RENT asks a reference's label or a "
        "month or a year, then the name right after them); went out at the start too"
    ): [
        'Rent – Orla Pennywhistle', 'Miete von Jonas Weidemar', 'Rent Nov 2026 Flat 3 Orla Pennywhistle',
    ],
    (
        "a donor with a clergy's title, in a statement's order or in lower case on a receipt "
        "(e_signatures._DONATION_FROM reads a capitalized full name right after `from`); went out at the start too"
    ): [
        'Receipt – donation from Rev. Orla Fennimore',
    ],
    (
        "a reviewer's name after a recommendation's words (reviews._RECOMMENDS, closer 175, reads the words after a "
        "rating as the review's own); went out at the start too"
    ): [
        'Great product ★★★★★ – recommended by Orla Fennimore', 'Super qualité ★★★★ – je recommande, Léa Dubois',
    ],
    (
        "a given name alone after an age's rating and a comma (labelled_values._named_after_the_age, closer 185, "
        "reads a full name there, not one word, a rating's descriptor as often: `, Violence`); refused at the "
        "session's start"
    ): [
        'Age: 12 (PEGI 12), Orla',
    ],
    (
        "thanks for a tip with `an` or `à` before the viewer, words between the thanks and the name, or in lower case "
        "(greetings._AFTER_THANKS_FOR_A_TIP reads a capitalized name right after the thanks' word); went out at the "
        "start too"
    ): [
        'Danke an Mirelda für die 500 Bits!', 'Merci à Tavish pour le don !', 'Thank you so much Orla for the 10 subs',
        'thanks orla for the 5€!',
    ],
    (
        "a tip's sender in another order, a given name alone or after Spanish `de` (e_signatures._TIP_FROM asks the "
        "tip's word, its amount, `from` by language and a full name); went out at the start too"
    ): [
        'Tip from Mirelda Vonskrath: $5', 'Mirelda Vonskrath tipped $5', 'Tip $5 from Mirelda',
        'Donación de 5€ de Mirelda Vonskrath',
    ],
    (
        "a new patron after a dash, a platform's member or a sponsor's label, or before a tier in brackets "
        "(e_signatures._PATRON asks e_signatures.PATRON_LABELS, a colon and a name ending there); went out at the "
        "start too"
    ): [
        'New patron – Tavish Pellungard', 'New Patreon member: Tavish Pellungard', 'New sponsor: Tavish Pellungard',
        'New patron: Tavish Pellungard (Tier 2)',
    ],
    (
        "a full name after a desk's word in lower case, after a dash or with a particle (postal._behind_a_desk asks a "
        "capitalized desk's word right before two capitalized words); went out at the start too"
    ): [
        'Emergency contact: front desk Orla Fennimore', 'Emergency contact: Reception – Orla Fennimore',
        'Emergency contact: Reception Orla de Vries',
    ],
    (
        "a name in lower case, or a family name that is a nut's, in an allergen's bracket "
        "(allergens.named_beside_allergens asks two capitalized words, none of allergens._ALLERGEN_FOODS); went out at"
        " the start too"
    ): [
        'Allergy: Fish (orla fennimore)', 'Allergy: Nuts (Orla Almond)',
    ],
    (
        "a child's name after a sign-up's time words and a second dash, or in lower case "
        "(meeting_guests._REGISTERED_FOR reads capitalized words right after the first dash); went out at the start "
        "too"
    ): [
        'Registration: Holiday Club – Full Week – Orla Fennimore', 'Registration: Holiday Club – orla fennimore',
    ],
    (
        "an offer's sender whose family name is a region's or a publisher's word, or after `sent by` "
        "(case_titles._a_notifier takes `Atlantic`, `Verlag` for a brand's; case_titles.OFFER_CUE_SOURCE has `from`, "
        "not `sent by`); went out at the start too"
    ): [
        'Offer from Orla Atlantic', 'Offer from Tobias Verlag', 'Offer sent by Orla Fennimore',
    ],
    (
        "a person's name beside a door's words after a pickup's `at` (a word of postal.HANDOVER_PLACES makes the words"
        " a building's place; a possessive before `back door` is not read); went out at the start too"
    ): [
        'Pickup at Back Door Orla Fennimore, 5 High Street', "Pickup at Orla Fennimore's back door, 5 High Street",
    ],
    (
        "a pupil's given name and a German town that is a family name's too, or a name after a youth hostel's word "
        "(record_names._a_pupil, closer 178: a known town ending the words and record_names._DESTINATIONS make them a "
        "trip's destination; closer 185 found no shape telling `Anna Berlin` from closer 178's `Potsdam Berlin`, a "
        "town outside geography.TOWN_NAMES); refused at the session's start"
    ): [
        'Verwendungszweck: Klassenfahrt Anna Berlin', 'Verwendungszweck: Klassenfahrt Jugendherberge Anna Schmidt',
    ],
    (
        "a pupil's given name before a town that is a family name as often, or a name after a sight's word "
        "(record_names._a_pupil reads a known town ending the words as a destination: `Orla Paris`, `Giulia Milano`, "
        "`Jack London`); went out at the start too"
    ): [
        'Payment reference: School Trip Orla Paris', 'Causale: Gita Giulia Milano',
        'Payment reference: School Trip Jack London', 'Payment reference: School Trip Zoo Orla Fennimore',
    ],
    (
        "a couple's name beside a wish list's word as a wedding fund's reference (record_names._a_fund_name: a word of"
        " record_names._NOT_FUND_NAMES lifts every name beside it); went out at the start too"
    ): [
        'Honeymoon fund – reference: Wishlist Orla Fennimore',
        'Hochzeitsgeschenk – Verwendungszweck: Wunschliste Anna Schmidt',
    ],
    (
        "a celebrated child's family name that is a colour's (cued_names._one_celebrated asks "
        "cued_names._a_couple_name, which takes a colour of personal_keys.ATTRIBUTE_WORDS for a product's: `Schwarz`, "
        "`Blanc`, `Blanco`, `Green`); went out at the start too"
    ): [
        'Erstkommunion Tobias Schwarz', 'Faire-part de naissance Léa Blanc', 'Mis XV años – Lucía Blanco',
        'First Communion Isla Green',
    ],
    (
        "a bride's family name that is a venue's or a town's word "
        "(record_names._BRIDAL_SHOPS_AND_VENUES and a known town ending the words lift the name); went out at the "
        "start too"
    ): [
        'Bridal appointment for Orla Villa', 'Cita nupcial: Lucía Madrid',
    ],
    (
        "whom a thing is reserved for in lower case, after a colon or `by`, or an adopter after a dash "
        "(booked_names._RESERVED_OR_ADOPTED_FOR asks the phrase right before one capitalized full name); went out at "
        "the start too"
    ): [
        'Reserved for: Orla Fennimore', 'Reserved by Orla Fennimore',
        'Adoption of Rex – Orla Fennimore',
    ],
}


ORDINARY_KEYS = [
    'breed_name', 'shelter_name', 'insurer_name', 'police_station_name', 'named_driver_relationship',
    'referral_program_name', 'plus_one_allowed', 'payee_type', 'counterparty_category', 'split_method', 'tip_amount',
    'patron_tier_name', 'gamertag_available', 'pet_owner_type', 'adoption_fee', 'obituary_category',
    'referrer_campaign_name', 'blue_badge_scheme', 'kitten_gender', 'age_rating', 'bridal_shop_name',
    'savings_goal_name',
    # (closer 196: personal_keys._a_partys_bank_or_tier, a horse's word in personal_keys._ANIMALS)
    'counterparty_bank', 'donor_tier_name', 'payee_bank_name', 'beneficiary_bank_name', 'pferd_geschlecht',
]


DROPPED_KEYS: Dict[str, List[str]] = {
    (
        "a counterparty's country (personal_keys.PERSONAL_TOKENS' `counterparty`, closer 176; closer 196 let its bank "
        "out, personal_keys._a_partys_bank_or_tier; `country` alone is a customer's key, Meta's `country`, refused "
        "too); went out at the session's start"
    ): [
        'counterparty_country',
    ],
    (
        "a routing number's key (its digits in text go out: closer 176's detector.ROUTING_WORDS; attacks 2 and 35 "
        "list `routing_number` as a personal key), a gamer tag's state (closer 196 let a party's bank's or tier's name "
        "and a horse's sex out); refused at the start too"
    ): [
        'routing_number', 'aba_routing_number', 'gamertag_status',
    ],
}


PERSONAL_KEYS = [
    'named_driver_full_name', 'zweitfahrer_name', 'crime_ref_no', 'payee_name', 'payer_name', 'counterparty_name',
    'splitWithName', 'plusOneName', 'owner_sex', 'dog_owner_name', 'mieter_name', 'number_plate',
    # (closer 186: personal_keys._a_named_party's parties, and PERSONALISATION_WORDS before a plural name's word)
    'pet_sitter_name', 'dog_walker_name', 'adopter_name', 'reserved_for_name', 'tipper_name', 'debtor_name',
    'referred_friend_name', 'begleitperson_name', 'acompanante_nombre', 'bridesmaid_name', 'engraved_names',
    'victim_name',
]


LEAKED_KEYS: Dict[str, List[str]] = {
    (
        "a patron's or a donor's key by another word (key_lexicon has `donor`, `supporter`, not `patron`, "
        "`donated_by`; e_signatures.PATRON_LABELS are read in values; closer 186 left a patron, Spanish `patrón` is a "
        "pattern); went out at the start too"
    ): [
        'patron_name', 'donated_by',
    ],
    (
        "a rent's payer, a friend owing, a bare payer (`owed_by`: key_lexicon.PARTIES' counterparty has "
        "`requested_from`, `split_with`, and `payee` is refused, not these); went out at the start too"
    ): [
        'rent_payer', 'owed_by', 'payer',
    ],
    (
        "a third party's plate (national_ids._PLATE_KEYS has `reg`, `numberplate`, "
        "`registrationnumber`, not `reg_number` nor a party's `plate`); went out at the start too"
    ): [
        'third_party_plate', 'reg_number',
    ],
}


_SITE = "https://shop.example.com"


ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    '/signup?reg=1', '/p?reg=v2', '/p?reg=NE1', '/event?reg=2026-05', '/landlords/rent-statement-template',
    '/landlords/section-21/rent-statement', '/obituaries/this-week', '/obituaries/new-york',
    '/obituaries/stoke-on-trent', '/obituaries/in-memoriam', '/obituaries/celebrity-deaths-2025',
    '/obituaries/las-vegas', '/owners/first-time/pets', '/owners/guide-dogs/pets', '/tierhalter/erste-hilfe/tiere',
    '/sitter/new-york', '/sitter/holiday-cover', '/sitter/safety-tips', '/paseador/perros-madrid',
    '/keeper/gk-gloves-pro',
    # (closer 196: privacy._a_code_not_a_plate; person_routes._TENANCY_GUIDE_WORDS, _REGION_WORDS, _NOTICE_LIST_WORDS,
    # _PET_GUIDE_WORDS, _not_a_place_slug)
    '/p?reg=SUMMER25', '/tyres?reg=205-55-R16', '/landlords/hmo-licensing/rent-statement',
    '/landlords/free-templates/rent-statement', '/obituaries/cape-cod', '/obituaries/grand-rapids',
    '/obituaries/isle-of-wight', '/obituaries/scottish-borders', '/traueranzeigen/berlin-mitte',
    '/obituaries/sports-stars', '/obituaries/war-veterans', '/obituaries/send-flowers', '/obituaries/yorkshire-post',
    '/death-notices/evening-standard', '/esquelas/el-pais', '/avis-de-deces/ile-de-france',
    '/avis-de-deces/aix-en-provence', '/owners/golden-retriever/pets', '/owners/land-rover/vaccinations',
    '/owners/travel-abroad/pets', '/sitter/north-london', '/sitter/los-angeles', '/oppas/utrecht-centrum',
    '/sitter/background-check', '/sitter/baby-monitor', '/cuidador/adulto-mayor', '/opiekunka/osob-starszych',
)]


DROPPED_URLS: Dict[str, List[str]] = {
    (
        "a region's code and a year under `?reg=` (privacy._personal_parameter, closer 174: national_ids."
        "holds_plate_parameter; closer 196 let a promotion's code and a tyre's size out, privacy._a_code_not_a_plate; "
        "`EU2026` is Essen's German plate `E-U 2026` as well); went out at the session's start"
    ): [f"{_SITE}{path}" for path in (
        '/p?reg=EU2026',
    )],
    (
        "a town of two words outside geography.TOWN_NAMES, none a region's, an island's or a district's word, in a "
        "notice list's last segment (person_routes._a_notices_name, closer 174; closer 196 claimed those words in "
        "_REGION_WORDS: `cape-cod`, `isle-of-wight`, `berlin-mitte`; `hemel-hempstead` has the shape of "
        "`<given>-<family>`); went out at the session's start"
    ): [f"{_SITE}{path}" for path in (
        '/obituaries/hemel-hempstead',
    )],
    (
        "a park's two words after a walker's singular (person_routes._names_a_pet_party; closer 196 claimed a known "
        "town's, a region's and a district's words, person_routes._not_a_place_slug; `Park` ends family names too: "
        "`/dogwalker/<given>-park`); went out at the session's start"
    ): [f"{_SITE}{path}" for path in (
        '/dogwalker/hyde-park',
    )],
}


PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    '/quote?reg=kq19zvx', '/quote?vrm=KQ19ZVX', '/landlord/kelvor-ardingham/rent-statement',
    '/obituaries/kelvor-ardingham-1942-2026', '/obituary/kelvor-ardingham', '/death-notices/kelvor-ardingham-89',
    '/pet-sitter/kestrin-holmvaer', '/owners/kestrin-holmvaer/pets/luna',
    # (closer 186: person_routes.TENANCY_RECORD_PAGES' compounds, a notice's date segments, PET_PAGES' dogs)
    '/vermieter/kelvor-ardingham/mietabrechnung', '/obituaries/2026/03/kelvor-ardingham',
    '/owners/kestrin-holmvaer/dogs', '/tierhalter/kestrin-holmvaer/hunde', '/owners/kestrin-holmvaer/pet-profile',
    # (closer 202: a compass word after a given name's shape on a notice's route is a family name,
    # person_routes._a_family_name_after_a_given_one)
    '/obituaries/kelvor-west',
)]


LEAKED_URLS: Dict[str, List[str]] = {
    (
        "a plate under `?registration=` (national_ids._PLATE_KEYS has `reg`, `vrm`, `registrationnumber`, not "
        "`registration`); went out at the start too"
    ): [f"{_SITE}{path}" for path in (
        '/quote?registration=KQ19ZVX',
    )],
    (
        "a notice's name slug after a date's or a town's segment, or ending in a region's or a town's words, or with a"
        " particle or a saint's word (person_routes._a_notices_name reads the segment right after the list's word: "
        "`/obituaries/leeds/…`; _REGION_WORDS and _NOTICE_SECTIONS' `st` lift `kelvor-west`, `mary-ann-st-clair`); "
        "went out at the start too"
    ): [f"{_SITE}{path}" for path in (
        '/obituaries/leeds/kelvor-ardingham', '/obituaries/mary-ann-st-clair',
    )],
    (
        "a sitter's plural before a bare name, a sitter's family name that is a service's word "
        "(person_routes._names_a_pet_party: `walker`, `house` are person_routes._PET_SERVICE_WORDS; the plural asks a "
        "number glued to the name); went out at the start too"
    ): [f"{_SITE}{path}" for path in (
        '/sitters/kestrin-holmvaer', '/sitter/kestrin-walker', '/sitter/kestrin-house',
    )],
}


globals().update(review_tests(globals()))
