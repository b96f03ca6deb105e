"""Review 41: session 51's names51, closers 217 and 218 and tidy 51 (given_names grown to ~3,300 names in 21 language
groups; a quote file's customer needing a known given name after the capitals; titles, brands, thanks, rooms, saints,
clubs and breeds near a name; CJK licence keys' properties; support desks and inns by language; one name's shape in
capitals, lower case, hyphens, apostrophes, initials, particles and family first read by chat_lines, dated_names,
dating and self_introductions; companions' and partners' keys on any route; a fragment continuing its route; the file
words', the plan tiers' and the lodging words' tables) attacked both ways by an outsider who has read them: what
fashion houses, shops, chains, chefs, songs, storms, trains, festivals, car and furniture makers' quotes, dating apps,
football and restaurant sites, support desks and inns send near those rules in several languages, which must go out
(above all names that are a brand's, a place's, a product's or a song's as well, now that given_names holds them, and
brands in capitals or with hyphens), and personal near variants the new edges let out (given names just off the list:
Ukrainian's official spellings, German's ue/oe, southern Italian, pinyin, Korean, Vietnamese; family first, particles,
initials, other scripts), which must be kept. Text is read by detector.reason, keys by detector.key_reason, URLs by
privacy.clean_url. What fails today is a strict expected failure grouped by cause, each naming the rule that decides
it and saying whether session 51's start (79232aab) judged it the same way."""

from __future__ import annotations

from typing import Dict, List

import pytest

from meta_capi import privacy
from review_cases import review_tests

_SITE = "https://shop.example.com"

ORDINARY = [
    # (chat_lines: a fashion house, a shop, a chef or a maker named like a person before a speaker's colon)
    'Marc Jacobs: Daisy is back!', 'Nina Ricci: new fragrance!',
    'Vera Wang: bridal week!', 'Emilio Pucci: resort collection!', 'Steve Madden: new sneakers!',
    'Ted Baker: summer sale!', 'Karl Lagerfeld: new bags!', 'Giorgio Armani: new suits!',
    'Roberto Cavalli: new prints!', 'Stella McCartney: new season!', 'Tim Hortons: new menu!',
    'Toby Carvery: Sunday roast £9.99!', 'Jamie Oliver: 15-minute meals!', "Papa John's: 2 for 1 Tuesday!",
    'Hana Bank: new app!', 'Hana Tour: Jeju packages!', 'Hikari Miso: new flavour!', 'Wanda Plaza: grand opening!',
    'Masha and the Bear: new episodes!', 'Heidi Klum: new season!', 'Vera Bradley: new bags!',
    'Jade Garden: dim sum Sunday!', 'Poppy Appeal: wear a poppy', 'Lourdes Grotto: pilgrimage 2025',
    'Logan Paul: Prime restock!', 'Russell Athletic: hoodies sale', 'Carmen Sandiego: new game!',
    'Jungkook: Golden out now!', 'Fritz-Kola: jetzt neu!', 'Dr. Martens: new boots!', "Ben & Jerry's: new flavour!",
    'Marks & Spencer: Christmas food!', 'Dolce & Gabbana: new season!',
    # (chat_lines: brands and makers in capitals or hyphenated before a colon or a dash)
    'COCA-COLA: new flavour!', 'ROLLS-ROYCE: Spectre deliveries begin', 'MERCEDES-BENZ: new E-Class!',
    'HARLEY-DAVIDSON: new bikes!', 'HEWLETT-PACKARD: printers on sale', 'SAINT-GOBAIN: résultats annuels',
    'YVES SAINT LAURENT: new lipstick!', 'JEAN PAUL GAULTIER: Le Male is back!',
    'CALVIN KLEIN: NEW COLLECTION OUT NOW!', 'JIMMY CHOO – NEW SEASON!', 'HARVEY NICHOLS – SALE NOW ON!',
    'TIM HORTONS – NEW MENU!', 'HUGO BOSS: NEUE KOLLEKTION!', 'TOMMY HILFIGER – NEW IN!',
    'jimmy choo – new season!', 'harvey nichols – sale now on!',
    'hugo boss – neue kollektion', 'ralph lauren: new arrivals!', 'LOGAN AIRPORT: DELAYS EXPECTED',
    'logan airport: delays expected today', 'nelson mandela bay: water outage tonight', 'pascal compiler: build failed',
    'gloria jeans: coffee on us',
    # (chat_lines, greetings: a brand, a song, a hurricane, a train, a festival, a product or a place named like a
    # person before a dash)
    'Hurricane Harvey: relief fund open', 'Hurricane Ian: donations welcome', 'Storm Helene: stores closed today',
    'Hurricane Maria: five years on', 'Hurricane Fiona: power restored', 'Layla – Eric Clapton, remastered',
    'Hey There Delilah – acoustic cover', 'Sweet Caroline – sing along tonight!', 'Billie Jean – tribute night!',
    'Rhiannon – Fleetwood Mac tribute', 'Valerie – Amy Winehouse tribute!', 'Jolene – karaoke night!',
    'Hikari 511 – Tokyo to Nagoya, on time', 'Nozomi 23 – Tokyo to Shin-Osaka, seat 7A',
    'Haruka Express – Kansai Airport, every 30 min', 'Tsubasa 131 – Yamagata, delayed 10 min',
    'Hina Matsuri – doll sale 20% off!', 'Aoi Matsuri – Kyoto parade today', 'Takumi Craftsmanship – new knives',
    'Akira – 4K remaster out now!', 'Chanel No. 5 – back in stock!', 'Dior Sauvage – 20% off', 'Jasmine tea – 2 for 1',
    'Lotus Biscoff – new spread!', 'Sakura season – Tokyo flights from €499', 'Ali Express – free shipping',
    'Guinness – pints €5 tonight', 'Hennessy VS – €29.99', 'Jordan 1 Retro – restock Saturday',
    'Tiffany & Co. – new rings', 'Mercedes EQS – test drive today', 'Yuki Onna – new manga volume',
    'Mika Häkkinen – exclusive interview', 'Ming Dynasty – exhibition opens Friday', 'Wei Chuan dumplings – on sale',
    'Victor Hugo – Les Misérables, new edition', 'Renault Zoe – €199/month', 'Opel Adam – €149/month',
    'Cupra Leon – test drive', 'Maria Callas – centenary concert', 'Harvey Norman – Boxing Day sale',
    'Olivia Burton – new watches', 'Melissa Shoes – new colours', 'Gloria Jeans – coffee on us',
    'Jimin – Like Crazy, vinyl restock', 'Hinata plush – back in stock',
    # (greetings: a brand, a fan base or an audience greeted or thanked)
    'Hi Calvin Klein fans, new drop!', 'Hello Jimmy Choo lovers!', 'Danke Hugo Boss, tolles Hemd!',
    'Hola Carolina Herrera fans!', 'Hey Molly Malone fans, pub quiz tonight!', 'Welcome Jimmy Choo members!',
    'Hey Bruno Mars fans, tickets on sale!', 'hi calvin klein fans, new drop!', 'hey tim hortons fans, new donuts!',
    'hi john lewis members, new offers!', 'hi kylie cosmetics fans!', 'hola maria callas fans!',
    'hi logan paul fans, prime restock!', 'hi victor hugo readers, new edition!',
    'hi ali express shoppers, free shipping!', 'hi hana bank customers, new app!',
    'hi ming dynasty fans, exhibition friday!', 'hi toby jug collectors, sale today!',
    'Hi Logan Airport travellers, delays today!',
    # (greetings (closer 218, names 51): an audience's plural after a place, a shrine, a language or a song named like
    # a person)
    'HEY PASCAL CODERS, MEETUP TONIGHT!', 'hi lourdes volunteers, thank you!', 'hey athena gamers, patch is live!',
    # (dated_names, booked_names: a brand's, a venue's or a festival's table, booking or room)
    "Reservation: Molly Malone's pub, party of 6", 'Reservation: Jade Garden, party of 6',
    'Booking for Lily Pond room, 10 guests', 'Réservation salle Jean Moulin, 20 personnes',
    'Table in the Victor Hugo room, party of 12', 'Reservation – Sala Giulia, party of 8',
    'table for logan airport crew, party of 6', 'table for nelson mandela day lunch, party of 20',
    'booking for pascal meetup, 12 guests', 'reservation: gloria jeans cafe, party of 4',
    'TABLE FOR HARVEY NICHOLS EVENT, PARTY OF 20',
    # (dated_names: a drink, a dish, a recipe or a show after `with` or `w/`)
    'Dinner with Jamie Oliver recipes', 'Brunch with Eggs Benedict and mimosas',
    'Dinner w/ Harvey Wallbanger cocktails', 'Apéro avec Aperol Spritz', 'Dinner w/ Tim Tams and tea',
    'Brunch w/ Lily Pad pancakes', 'drinks w/ harvey wallbanger', 'dinner with calvin klein team',
    'drinks w/ ruth chris steaks',
    # (dating: a match's record of a fixture, a breed or a club, a like's product)
    'Match 3 – Bruno Dog Shelter – Accepted', 'Match ID 739164 – Golden Retriever – Accepted',
    'Match 12 – Real Madrid – 2:1', 'Match 7 – Leon vs Pachuca – 2:1', 'Match 4 – Nancy vs Metz – 1:1',
    'Liked: Calvin Klein Eternity', 'Liked: Jimmy Choo Sandals', 'Liked: Jade Plant', 'Liked: Lily Pulitzer Dress',
    'Liked: Pascal Coste Sneakers', 'match 3 – bruno mars tribute – accepted', 'match 5 – jack russell – accepted',
    'MATCH 3 – GOLDEN RETRIEVER – ACCEPTED', 'match 3 – logan airport fc – accepted',
    # (self_introductions: a title, a slogan or a fan after `I am`, `my name is`, `ich bin`)
    'I am Malala – audiobook', 'Je suis Charlie', 'I am Sam – movie night', "I am Jimin's biggest fan!",
    "i'm jimmy choo obsessed!", 'i am victor hugo fan', 'my name is logan paul prime', 'ICH BIN HUGO BOSS FAN',
    '我是客服小美',
    # (personal_documents, cued_names: a maker in capitals before its product in a quote's file, an upload's words)
    'Quote_RENAULT_Megane.pdf', 'Quote_OPEL_Corsa.pdf', 'Quote_TOYOTA_Yaris.pdf', 'Devis_CITROEN_Ami.pdf',
    'Quote_SKODA_Octavia.pdf', 'Quote_MINI_Cooper.pdf', 'Quote_FORD_Puma.pdf', 'Quote_DACIA_Sandero.pdf',
    'Quote_MAZDA_Miata.pdf', 'Quote_SUZUKI_Vitara.pdf', 'Quote_LANCIA_Ypsilon.pdf', 'Quote_ALFA_Giulietta.pdf',
    'Quote_CHEVROLET_Camaro.pdf', 'Quote_VOLVO_Amazon.pdf', 'Quote_IKEA_Billy.pdf', 'Quote_IKEA_Kallax.pdf',
    'Quote_HYUNDAI_Tucson.pdf', 'Quote_PORSCHE_Taycan.pdf', 'Quote_HARLEY_Davidson.pdf', 'Quote_KAWASAKI_Ninja.pdf',
    'Quote_VESPA_Primavera.pdf', 'Quote_OPEL_Zafira.pdf', 'Quote_FORD_Sierra.pdf', 'Quote_HONDA_Odyssey.pdf',
    'Presupuesto_SEAT_Leon.pdf', 'Preventivo_FIAT_Panda.pdf', 'ID_upload_front_739164.png',
    # (dated_names, dating, self_introductions, quotes: a brand, a venue or a ship named like a person after `with`,
    # on a record, after an introduction, in capitals)
    'dinner with jade garden crew at 8', 'drinks with logan airport staff at 6', 'date night with carmen opera tickets',
    'brunch with hugo spritz', 'dinner w/ pascal coders', 'lunch with nelson mandela bay tourism',
    'Dinner with Hugo Spritz at 8', 'Drinks with Logan Roy cast at 6', "Brunch w/ Molly Malone's crew",
    'Dinner with Calvin Klein team at 8', 'Date night with Jimmy Choo heels', 'Match 3 – Toby Carvery – 2:1',
    'Match 5 – Harvey Nichols – Accepted', 'Liked: Molly Malone Tribute', 'Liked: Hana Bank Card',
    'liked: jade garden menu', 'Reported: Toby Carvery voucher', 'Like sent to Logan Airport Shuttle',
    'Like sent to hugo boss', "i'm toby carvery's biggest fan", 'Ich bin Molly Malone Fan', 'Soy Carmen Sandiego fan',
    "Hi, I'M HUGO BOSS FAN NUMBER 1.", 'Welcome, I AM LOGAN AIRPORT SHUTTLE.', 'Hello! MY NAME IS JADE GARDEN WIFI.',
    'Quote_HUGO_Boss.pdf', 'Quote_NINA_Ricci.pdf', 'Quote_CALVIN_Klein.pdf',
    'Hurricane Harvey – relief shipments delayed', 'Queen Mary 2: boarding at 11:00', 'Ruby Princess: boarding at noon',
    'Hikari Maru – ferry delayed', 'Molly – our shop cat says hi!', 'Toby the Tram Engine: new toy!',
    'Bruno the bear: plush in stock', 'Hana, our new mascot: say hi!',
    # (closer 219: a plural of doers in lower case after a greeted given name is an audience,
    # lower_case_names.a_doers_plural)
    'hi pascal programmers, new compiler!', 'hi hector drummers, practice tonight!',
    'hi sidney cyclists, ride tonight!',
    'hi pascal coders, meetup tonight!', 'hi gloria singers, rehearsal at 7!', 'Hi Pascal coders, meetup tonight!',
    'Hi Gloria singers, rehearsal at 7!', 'hi jade collectors, new pieces in!',
    'hi leon travellers, new route!', 'hey jade gardeners, seedlings in!',
    # (closer 239: a doing's word in common_words, `kayak`, `commute`, `bake`)
    'hi nelson kayakers, trip at 9!', 'hi logan commuters, delays today!', 'hi ruth bakers, classes tonight!',
    'Hi Nelson kayakers, trip at 9!', 'ciao giulia commuters, sciopero oggi!',
]

DROPPED: Dict[str, List[str]] = {
    (
        "a fashion house named after its founder, a known given name before a colour's or a size's word (`Klein`), "
        "before a speaker's colon and a message of three words (lower_case_names.a_full_name: closer 232 reads such a "
        "pair as a person's full name where a person stands, as `Marc Jacobs: new collection out now!` was read; a "
        "brand spelled as a person's name is the price brand_words states); went out at session 54's start "
        "(0aa3c4c1): regressions of session 54 (closer 232)"
    ): [
        'Calvin Klein: new collection out now!', 'calvin klein: new collection out now!',
    ],
    (
        "a plural of doers whose doing no vocabulary holds after a greeted given name (lower_case_names."
        "a_doers_plural reads an audience only where its stem is a common word: the lead, at closer 219's merge, "
        "so that `myers`, `rogers` stay family names); regressions of session 51 (names51, closer 218)"
    ): [
        'hi carmen ticketholders, doors at 7!',
    ],
    (
        "an audience's plural in lower case after a shrine, a place, a language or a song named like a person whose "
        'name names51 added to given_names (`lourdes`, `fatima`, `pascal`, `nelson`, `hector`, `logan`, `sidney`, '
        '`ruth`, `gloria`), read as a greeted full name (chat_lines, name_shapes.FULL_NAME_ANY_WAY; the plural is no '
        "common word); went out at session 51's start (79232aab): regressions of session 51 (names51)"
    ): [
        'hi lourdes pilgrims, bus leaves at 9!', 'hey fatima pilgrims, buses at 8!',
    ],
    (
        "the same audience after the name capitalized: closer 218's judge (lower_case_names.a_matched_full_name) "
        'reads a known given name before a lower-case word as a full name in mixed case (`Hi Anna coders, meetup '
        "tonight!` moved too); went out at session 51's start (79232aab): regressions of session 51 (closer 218, "
        'names51)'
    ): [
        'Hey Fatima pilgrims, buses at 8!',
    ],
    (
        "a house, a shop, a chef or a maker named like a person before a speaker's colon (chat_lines; closer 217 "
        "left them: no lexicon of brands); refused at session 51's start (79232aab) too"
    ): [
        'Jimmy Choo: new season, new heels!', 'Kurt Geiger: summer sale now on!', 'Stuart Weitzman: boots 30% off!',
        'Yves Rocher: free gift with every order!', 'Fred Perry: polo shirts back!',
        'Harvey Nichols: sale starts today!', 'Travis Perkins: trade deals this week!',
        'Russell Hobbs: kettles half price!', 'Gordon Ramsay: new restaurant opening!',
        'John Lewis: price match promise!', 'John Deere: new tractors in stock!',
    ],
    (
        "a house or a shop named like a person after a thanks or a greeting (greetings, chat_lines; closer 217's "
        "brand words hold no fashion house or chain); refused at session 51's start (79232aab) too"
    ): [
        'Thanks Marc Jacobs, love the bag!', 'Thanks John Lewis, arrived today!', 'Merci Yves Rocher !',
        'Thank you Tim Hortons!', 'Ciao Giorgio Armani!',
    ],
    (
        "an audience's plural in lower case after a given name of the old list that is a stone, a town or an opera "
        "(`jade`, `leon`, `carmen`, `dolores`, `giulia`), read as a greeted full name; refused at session 51's start "
        '(79232aab) too'
    ): [
        'hola dolores vecinos, fiesta mañana!',
    ],
    (
        "a brand, a venue, a festival or a restaurant named like a person before a party's size "
        "(booked_names._BOOKED_FOR, dated_names; closer 217 closed rooms', seats' and groups' words only); refused "
        "at session 51's start (79232aab) too"
    ): [
        'Table for Jimmy Choo launch, party of 40', 'Booking for Tim Hortons staff, party of 12',
        'Table for Toby Carvery, 4 guests', 'Reservation for Harvey Nichols event, party of 20',
        'Table for Hina Matsuri lunch, party of 8', 'Table for Nozomi Sushi, party of 4',
        'Tisch für Heidi Alm, 6 Personen',
    ],
    (
        'a cocktail named like a person after `with` (dated_names; closer 217 left drinks: no lexicon); refused at '
        "session 51's start (79232aab) too"
    ): [
        'Drinks booked – with Tom Collins',
    ],
    (
        "a film's title, a fan's slogan or a product named like a person after `I am`, `my name is`, `ich bin`, "
        "`sono` (self_introductions); refused at session 51's start (79232aab) too"
    ): [
        "I am Kylie Cosmetics' biggest fan!", 'My name is Earl – season 2', 'My name is Khan – screening tonight',
        "I'm Jade Green, the new paint colour!", 'Ich bin Heidi Klum Fan!', 'Sono Gaia Green, il nuovo detersivo!',
    ],
    (
        'a product named like a known given name after its maker in capitals '
        "(personal_documents._a_customer_in_capitals: names51's stated price, `Zoe`, `Adam`, `Leon`, IKEA's products "
        "named after persons), a shop named like a person in an upload's file (cued_names); refused at session 51's "
        'start (79232aab) too'
    ): [
        'Quote_RENAULT_Zoe.pdf', 'Quote_OPEL_Adam.pdf', 'Quote_CUPRA_Leon.pdf', 'Quote_ALFA_Giulia.pdf',
        'Quote_NISSAN_Serena.pdf', 'Quote_OPEL_Karl.pdf', 'Quote_FERRARI_Enzo.pdf', 'Quote_IKEA_Ingrid.pdf',
        'Quote_IKEA_Ivar.pdf', 'Quote_IKEA_Stefan.pdf', 'Quote_IKEA_Alex.pdf', 'Quote_PEUGEOT_Jean.pdf',
        'Quote_PROTON_Saga.pdf', 'Quote_LAND_ROVER_Defender.pdf', 'upload_receipt_Harvey_Nichols.png',
    ],
    (
        "a venue, an airport, a restaurant or a store named like a person after `I'm`, `I am`, `je suis` before a "
        "possessive or a role (self_introductions); refused at session 51's start (79232aab) too"
    ): [
        "I'm Logan Airport's new shuttle service", "I am Harvey Nichols' personal shopper service",
        'Je suis Hugo Boss fan', "I am Jade Garden's new chef",
    ],
}

PERSONAL = [
    # (chat_lines, greetings: a full name whose given name is off the list (Ukrainian's official spelling, German's
    # ue/oe, southern Italian, pinyin, Korean), in lower case, capitals or mixed)
    'Hi Oleksandr Kovalenko, your order has shipped!', 'Hi Yevhen Shevchuk, welcome!',
    'Hi Mai Nguyen, your order shipped!', 'Hi Nguyen Van An, your order is ready', 'hi jaap van der berg, welcome!',
    'hi ahmad bin abdullah, welcome!', 'Hi Ludwig van Beethoven-Smith, welcome!',
    "Hi O'Sullivan-Murphy Siobhan, welcome!", "Hi Juergen O'Brien, your order shipped!", 'Привет, Сергей Мельник!',
    'Γεια σου Νίκο Παπαδόπουλε!',
    # (chat_lines: a speaker off the list)
    'Oleksandr Kovalenko: running late again!',
    # (dated_names: a table's or a date's person off the list, family first, with a particle, an initial)
    'Table for Oleksandr Kovalenko, party of 4', 'table for juergen schmitt, party of 4',
    'Tisch für Jürgen Müller, 4 Personen', 'Table for Tran Van Duc, party of 4',
    'Table for Ibrahim ibn Rashid, party of 2', 'Table for Kovalenko O., party of 2',
    # (self_introductions: a name off the list in lower case or capitals, other scripts)
    "I'm Oleksandr Kovalenko, your new driver", 'Hello, my name is Oleksandr Kovalenko.',
    "Je m'appelle Gennaro Esposito", 'Ich heiße Jürgen Müller', 'Me llamo Concetta Russo', 'Mi chiamo Gennaro Esposito',
    '제 이름은 김민재입니다', '我叫张晓雨', 'Меня зовут Олександр Коваленко',
    # (personal_documents, cued_names: a quote's customer off the list, an upload's, a passport's file)
    'Passport_Oleksandr_Kovalenko.jpg', 'passport_upload_Kovalenko_739164.png',
    'Reisepass_Juergen_Schmitt_Rueckseite.png',
    # (greetings, chat_lines, dated_names, dating, self_introductions: a known given name before Arabic's `Al-` family
    # name)
    'Table for Mohammed Al-Farsi, party of 4', "I'm Mohammed Al-Farsi, your new driver", 'Quote_AL_FARSI_Mohammed.pdf',
    # (greetings, chat_lines, dated_names, dating: East Asian names (a known given name and a short family name,
    # family first))
    'Hi Hana Kim, see you tonight', 'Hi Wei Zhang, your order shipped', 'table for yuki tanaka, party of 2',
    "i'm hana kim, your new tutor", 'Quote_TANAKA_Yuki.pdf', 'Passport_Hana_Kim.jpg',
    # (greetings, dated_names, self_introductions: other transliterations, particles, hyphens and apostrophes)
    'Hi Muhamad Rizal, your order is ready', 'Hi Mahmood Qureshi, welcome back!', 'Hi Yousuf Karimi, see you at 8',
    'Hi Iosif Brodsky-Petrov, welcome!', "my name is siobhan o'sullivan", "hi siobhan o'sullivan, welcome!",
    'Hi Anh Nguyen, your order shipped!', 'hi anh nguyen, welcome!', 'Hi Thanh Tran, welcome!',
    'hi jean-baptiste de la fontaine, welcome!', 'Table for Maria dos Santos, party of 4',
    'Hi Ahmed bin Rashid, welcome!', 'Hi Ahmad ibn Saud, welcome!', 'hi carlos de la cruz, welcome!',
    'Hi Pieter van den Broek, welcome!', 'hi pieter van den broek, welcome!', 'Hola María José, tu pedido está listo',
    'Ciao Gianluca Rossi-Bianchi, a domani!', 'Danke, Anna-Lena Schmidt!', 'Hallo Hans-Peter Müller, bis morgen!',
    'hallo hans-peter müller, bis morgen!',
    # (greetings, personal_documents: names51's new given names (`zoe`, `toby`, `molly`, `harvey`, `calvin`, `hana`)
    # before a family name)
    'Hi Zoe Quenby, welcome!', 'hi zoe quenby, welcome!', 'Hi Toby Quistrandel, welcome!',
    'hi molly dranvoquist, your order shipped!', 'Hi Harvey Quenby, welcome!', 'hi calvin quenby, welcome!',
    'Quote_QUENBY_Molly.pdf', 'Quote_DRANVOQUIST_Hana.pdf',
    # (closer 220: Arabic's article hyphened to the family name, a capitalized second particle, a two-letter East
    # Asian family name, a lower-case greeted name before a sentence going on to the person, family first before a
    # party's size)
    'Table for van der Berg, Jaap, party of 4', 'hi mohammed al-farsi, welcome!',
    'Mohammed Al-Farsi: running late again!', 'table for mohammed al-farsi, party of 4',
    'TABLE FOR MOHAMMED AL-FARSI, PARTY OF 4', "i'm mohammed al-farsi, your new driver",
    'hi yuki tanaka, your table is ready', 'hi hana kim, see you tonight', 'hi wei zhang, your order shipped',
    'hi ming li, welcome back', 'Table for Kim, Hana, party of 2', 'Hi Jean-Baptiste de La Fontaine, welcome!',
    # (names 52: given_names reads German's ue/oe, Ukrainian's, Russian's and Arabic's other spellings, southern Italian
    # and accented French names and Chinese and Korean given names of two syllables)
    'Quote_KOVALENKO_Oleksandr.pdf', 'Quote_SCHMITT_Juergen.pdf', 'Devis_DUPONT_Renée.pdf',
    'Quote_ESPOSITO_Gennaro.pdf', 'Quote_ZHANG_Xiaoyu.pdf', 'Quote_MELNYK_Serhii.pdf',
    'hi oleksandr kovalenko, your order has shipped!', 'hey serhii melnyk, welcome back!',
    'hi juergen schmitt, dein paket ist da!', 'hallo joerg baumann, bis morgen!',
    'ciao gennaro esposito, ci vediamo stasera!', "hi tetiana o'neill, welcome!",
    "i'm serhii melnyk, your new driver", 'my name is juergen schmitt', "i'm doyun kim, your new driver",
    "Hi, I'M OLEKSANDR KOVALENKO.", 'hi mahmood qureshi, welcome back!',
    # (names 52 with closer 220: a name in another known spelling, greeted before a sentence going on to the person)
    'hi xiaoyu zhang, your table is ready', 'HI OLEKSANDR KOVALENKO, YOUR ORDER HAS SHIPPED!',
    'hi muhamad rizal, your order is ready', 'hi aleksey smirnov, your parcel is here',
    # (closer 223: a meal's or an outing's words opening the text before `with` and a full name,
    # dated_names.meal_reason)
    'Dinner with Serhii Melnyk at 8', 'dinner with joerg baumann at 8', 'Date night w/ Tetiana Bondarenko',
    'Dinner with Kovalenko, Oleksandr at 8', 'Dinner with Siti binti Abdullah at 8', 'Dinner with J. Kovalenko at 8',
    'Dinner with Zhang Xiaoyu at 8', 'Dinner with Mohammed Al-Farsi at 8', 'dinner with mohammed al-farsi at 8',
    'dinner with hana kim at 8', 'Dinner with Tanaka, Yuki at 8', 'dinner with maria dos santos at 8',
    'Dinner with Fatima binti Ismail at 8',
    # (closer 223: a speaker, either way round, before a chat's everyday short message, chat_lines.on_the_way; a
    # greeting before a family-first name and a colon; a greeting and its message in capitals)
    'Hi Kovalenko, Oleksandr: your table is ready', 'Serhii Melnyk – on my way!',
    'oleksandr kovalenko: running late again', 'SERHII MELNYK: ON MY WAY!', 'HI MOHAMMED AL-FARSI, WELCOME!',
    'mohammed al-farsi: running late again', 'MOHAMMED AL-FARSI – ON MY WAY!', 'Tanaka Yuki: running late!',
    'Kim Hana – on my way!', 'Hi Tanaka, Yuki: your table is ready',
    # (closer 226: a Chinese or Korean given name of two syllables before any East Asian family name of name_shapes'
    # table, a word too; a quote's customer under a short one in capitals)
    'hi minjae park, see you tonight', 'Hi Seojin Park, welcome!', 'Quote_KIM_Minji.pdf',
    # (closer 230: a speaker in Cyrillic, cyrillic_names; East Asian names by their shape, family first or a
    # Vietnamese family name, name_shapes.an_east_asian_name_by_its_shape; a short match record's member by the family
    # name's shape, dating; Japanese's 私は before a family name in kanji, self_introductions)
    'Олександр Коваленко: буду поздно', 'hi zhang xiaoyu, welcome!', 'hi mai nguyen, your order shipped!',
    'dinner with zhang xiaoyu at 8', 'Match 12 – Oleksandr Kovalenko – Accepted', '私は山田花子です',
    'Quote_PARK_Minjae.pdf', 'Match 12 – Mohammed Al-Farsi – Accepted', 'match 12 – mohammed al-farsi – accepted',
    'match 7 – yuki tanaka – accepted', "I'M JUNHAO LI, YOUR NEW DRIVER.", 'MY NAME IS SERHII MELNYK.',
    "MY NAME IS SIOBHAN O'SULLIVAN.",
    'hola maría josé garcía, tu pedido está listo',  # (closer 229: a middle name after a known given name)
]

LEAKS: Dict[str, List[str]] = {
    (
        "a greeted full name whose given name is off given_names (Ukrainian's official `oleksandr`, `serhii`, "
        "German's `juergen`, `joerg`, `gennaro`, pinyin `xiaoyu`, Korean `minjae`, `seojin`, Vietnamese `mai`) in "
        "lower case, in capitals (closer 218's stated price) or before a family name that is a word (`Park`), an "
        "initial pair, family first before a colon, Hebrew and Arabic script; went out at session 51's start "
        "(79232aab) too; names 52 made `xiaoyu`, `minjae`, `seojin` known: what decides these now is the name's "
        'shape (a one-syllable family name, capitals, family first, a word as family name)'
    ): [
        'Hi J. R. Kovalenko, welcome!',
        'שלום דני כהן', 'مرحبا محمد الأحمد',
    ],
    (
        "a date's or a table's person off given_names after `Reservation:`, `with`, `w/`, family first after a "
        'comma, with `binti`, an initial (dated_names; closer 218 reads family first with a known given name only); '
        "went out at session 51's start (79232aab) too"
    ): [
        'Reservation: Gennaro Esposito, 2 guests', 'Dinner with Nguyen Thi Mai at 8',
    ],
    (
        "a match's or a like's member off given_names (dating); went out at session 51's start (79232aab) too"
    ): [
        'match 12 – juergen schmitt – accepted', 'Liked: Gennaro Esposito',
    ],
    (
        "a quote's customer whose given name names51 left out or lacks (`Mai`, `Minjae`); went out at session 51's "
        'start (79232aab) too'
    ): [
        'Quote_NGUYEN_Mai.pdf',
    ],
    (
        'other transliterations off given_names in lower case (`muhamad`, `mahmood`, `aleksey`), a name with '
        'particles opening on a hyphened given name (`Jean-Baptiste de La Fontaine`), `dos`/`binti` after `with`, a '
        "self-introduction in capitals with an apostrophe, a passport's file with a hyphened given name and German's "
        "ue; went out at session 51's start (79232aab) too"
    ): [
        'Reisepass_Hans-Peter_Mueller.png',
    ],
}

ORDINARY_KEYS = [
    # (key_lexicon, counterparts: a companion's, a partner's or a licence's property; a brand's field; a form's flag)
    'companion_count', 'companion_type', 'begleitung_anzahl', 'begleitung_art', 'partnerin_programm',
    'partner_programm_id', 'compagnon_type', 'license_number_format', '免許番号_桁数', '運転免許番号_確認済み',
    '운전면허번호_형식', '驾驶证号_格式', '氏名_必須', '氏名_任意', 'brand_name', 'designer_name', 'greeting_text',
    'chat_partner_count', 'chat_partner_type', 'match_partner_kind', 'hana_bank_branch', 'calvin_klein_size',
    'jimmy_choo_size',
]

PERSONAL_KEYS = [
    # (key_lexicon, counterparts: a companion's or a partner's name by language, a licence's number, a chat's
    # counterpart)
    'companion_name', '免許証の番号', '免許ナンバー', '대화상대_이름', 'chat_partner_name', 'begleiter_vorname',
    'companion_first_name', 'partnerin_vorname',
    # (closer 219: French's and German's companion is a named party, personal_keys)
    'begleitung_name', 'compagnon_nom', 'compagne_nom',
    # (closer 221: a feminine partner with a name's word, a date's or a chat's companion alone, personal_keys)
    'partnerin_name', '채팅상대', 'date_companion',
]

LEAKED_KEYS: Dict[str, List[str]] = {}

ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    # (counterparts: brands, shops, inns, restaurants and support desks under a conversation's key, a fragment, a
    # slug)
    '/chat?with=support', '/chat?with=Kundenservice',
    '/chat?with=Hotel+Maria', '/chat?with=Pension+Maria', '/chat?with=Gasthof+Adam', '/chat?with=Chez+Pascal',
    '/chat?with=Bar+Nelson', '/chat?with=Cafe+Nour', '/chat?with=Sushi+Yuki', '/chat?with=Ramen+Ren',
    '/chat?with=Studio+Mika', '/chat?with=Salon+Ivana', '/dating/match/golden-retriever',
    '/matches/real-madrid', '/matches/olympique-lyonnais', '/likes/calvin-klein-eternity', '/chat#support',
    '/chat#hugo-boss', '/products/jimmy-choo-sandals', '/brands/calvin-klein', '/brands/harvey-nichols',
    '/designers/marc-jacobs', '/artists/bruno-mars', '/booking?with=Albergo+Roma', '/booking?with=Ryokan+Hikari',
    '/tours?begleitung=Audioguide', '/tours?compagnon=chien', '/uploads/Quote_RENAULT_Clio.pdf',
    # (closer 219: a companion's or a partner's key of closer 218 holds a full name, never a handle)
    '/chat?companion=audio-guide', '/chat?partnerin=Sparkasse',
    '/uploads/Quote_TOYOTA_Corolla.pdf', '/uploads/ID_upload_front_739164.png',
    # (closer 239: a dish's words after `con`, common_words)
    '/chat?con=Paella+Valenciana',
)]

DROPPED_URLS: Dict[str, List[str]] = {
    (
        "a fashion house named like a person after a conversation's preposition's segment, a dog's breed named like a "
        "person on a dating site's match page (counterparts.conversation_route_names: closer 221 reads "
        "`/messages/with/<slug>` as `/chat/<slug>` is read, which cut `/chat/marc-jacobs` before; its stated price)"
    ): [f"{_SITE}{path}" for path in (
        '/messages/with/marc-jacobs', '/messages/with/yves-rocher', '/dating/match/jack-russell',
    )],
    (
        'a fashion house or a sushi bar named like a person under `with` (counterparts): names51 added `calvin` and '
        "`nozomi` to given_names; went out at session 51's start (79232aab): regressions of session 51 (names51)"
    ): [f"{_SITE}{path}" for path in (
        '/chat?with=Calvin+Klein', '/chat?with=Nozomi+Sushi',
    )],
    (
        "a shoe house named like a person as a chat's fragment: tidy 51's fragment continues the route "
        '(counterparts.fragment_names_a_counterpart) and names51 added `jimmy` (`/chat#hugo-boss` goes out); went '
        "out at session 51's start (79232aab): regressions of session 51 (tidy 51, names51)"
    ): [f"{_SITE}{path}" for path in (
        '/chat#jimmy-choo',
    )],
    (
        "a house, a shop, a restaurant, a villa or a cartoon named like a person under `with` or `partner`, a chat's "
        "slug, a dish after `con`, a quote's product named like a person (counterparts, person_routes, "
        "personal_documents); refused at session 51's start (79232aab) too"
    ): [f"{_SITE}{path}" for path in (
        '/chat?with=Hugo+Boss', '/chat?with=Jimmy+Choo', '/chat?with=Harvey+Nichols', '/chat?with=Tim+Hortons',
        '/chat?with=John+Lewis', '/chat/toby-carvery', '/chat?with=Hana+Bank', '/chat?with=Jade+Garden',
        '/chat?with=Lily+Pond', '/chat?with=Mercedes+Benz', '/chat?with=Carmen+Opera', '/chat?with=Villa+Sofia',
        '/chat?with=Casa+Lucia', '/chat?with=Ristorante+Giulia', '/chat?with=Trattoria+Gino',
        '/chat?with=Pizzeria+Bruno', '/chat?with=Chanel', '/chat?with=Dior', '/chat?with=Kalle+Anka',
        '/chat?with=Masha+Bear', '/chat?with=Heidi+Alm', '/chat?partner=Hugo+Boss',
        '/uploads/Quote_RENAULT_Zoe.pdf',
    )],
}

PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    # (counterparts, person_routes, cued_names: a person off the list under a counterpart's key, a slug, a fragment, a
    # file)
    '/chat?with=Oleksandr+Kovalenko', '/chat?with=oleksandr+kovalenko', '/chat?with=OLEKSANDR+KOVALENKO',
    '/chat?with=Juergen+Schmitt', '/chat?with=juergen-schmitt', '/chat/serhii-melnyk', '/chat?with=Zhang+Xiaoyu',
    '/chat?with=Kovalenko%2C+Oleksandr', '/chat?with=Jaap+van+der+Berg', '/chat?with=Ahmad+bin+Abdullah',
    '/chat?with=Siobhan+O%27Sullivan', '/chat?with=Mary-Kate+Quenby', '/chat?companion=Oleksandr+Kovalenko',
    '/tours?begleitung=Juergen+Schmitt', '/tours?compagnon=Gennaro+Esposito', '/chat?partnerin=Tetiana+Bondarenko',
    '/chat?compagne=Concetta+Russo', '/chat?begleiterin=Tetiana+Bondarenko',
    '/uploads/Passport_Oleksandr_Kovalenko.jpg', '/uploads/Reisepass_Juergen_Schmitt_Rueckseite.png',
    '/chat?with=%EA%B9%80%EB%AF%BC%EC%9E%AC', '/chat?with=%E5%BC%A0%E6%99%93%E9%9B%A8', '/chat?con=Gennaro+Esposito',
    '/chat?met=Joerg+Baumann', '/booking?with=Hikari+Tanaka', '/chat?with=Hana+Kim',
    # (names 52: a quote's customer `Oleksandr`, a Korean given name of two syllables before a word)
    '/uploads/Quote_KOVALENKO_Oleksandr.pdf', '/chat?with=Seojin+Park',
    # (closer 221: a conversation's preposition's segment, a dating site's match or like page, counterparts)
    '/messages/with/gennaro-esposito', '/dating/match/oleksandr-kovalenko', '/dating/like/serhii-melnyk',
    # (closer 230: a person in Cyrillic under `with`, cyrillic_names)
    '/chat?with=%D0%A1%D0%B5%D1%80%D0%B3%D0%B5%D0%B9+%D0%9C%D0%B5%D0%BB%D1%8C%D0%BD%D0%B8%D0%BA',
)]

LEAKED_URLS: Dict[str, List[str]] = {}


globals().update(review_tests(globals()))

# (a conversation's fragment is dropped, its path kept: review_cases' URL test wants the origin or the path before `?`;
# tidy 51's fragment continues the route, a query-shaped one read as a query)
PERSONAL_FRAGMENTS = [f"{_SITE}{path}" for path in (
    '/chat#serhii-melnyk', '/chat#with=serhii-melnyk', '/messages#gennaro-esposito', '/chat#/juergen-schmitt',
)]


@pytest.mark.parametrize("url", PERSONAL_FRAGMENTS)
def test_personal_fragments_lose_their_fragment(url: str) -> None:
    assert privacy.clean_url(url) == url.partition("#")[0]
