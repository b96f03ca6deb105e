"""Review 40: session 50's closers 213 to 215, its tidy and its perf (greetings of every language and a name in any
case in a chat's line; a table's name before a party's size in any case, in words, after `party of`; a date's person
after `with`, `w/`, pipes, commas, before `at`; a numbered match's member, a like's or a report's in lower case; a
self-introduction in any case and in Chinese, Japanese and Korean; typed full names, slugs and fragments in links;
partners' keys in other languages, `con`/`met` on a date's route, `?from=` on a notice's route; CJK licence numbers and
partners' and greeted names as keys; katakana loanwords after a profile's label; a site's image words in an upload's
file; a thing's words glued or gifted; a quote's customer by its shape; German compounds by their last part; the
route words, the user agent's cue and the dedication's opener looked up once) attacked both ways by an outsider who
has read them: what chat tools, restaurants, dating apps, shops, fashion and car brands, Japanese profiles, KYC upload
flows, German clubs, news sites and support desks send near those rules in several languages, which must go out, and
personal near variants their edges let out (capitals, hyphens, apostrophes, initials first, short numbers, other
separators, languages, orders), which must be kept. Text is read by detector.reason, keys by detector.key_reason, URLs
by privacy.clean_url. What fails today is a strict expected failure grouped by family, each naming the rule that
decides it and saying whether session 50's start (9496e265) judged it the same way."""

from __future__ import annotations

from typing import Dict, List

import pytest

from meta_capi import privacy
from review_cases import review_tests

_SITE = "https://shop.example.com"

ORDINARY = [
    # (chat_lines: greetings of every language before an endearment, a product, a song, a brand, a place or an
    # audience; lower-case words opening on a known given name)
    'hi mark, your order has shipped!', 'ciao bella, nuovi arrivi!', 'hey grace, welcome back!',
    'grace kelly sunglasses – back in stock!', 'hello kitty fans, new collection!',
    'Hello Kitty Island Adventure: out now!', 'hi jack daniels lovers, tasting tonight!',
    'hey jude cover – who plays tonight?', 'ciao bella gelato, now open!', 'ciao bella pizza – order now!',
    'hola amigo, bienvenido!', 'good morning vietnam – tonight on TV!', 'Hello Dolly! tickets on sale',
    'hi sweet pea, dinner ready?', "hey siri, what's the weather?", 'hello world!', 'bonjour paris, comment ça va ?',
    'hi rose gold lovers, new arrivals!', 'hi ruby red fans, new flavour!', 'hey june bugs, camp starts tomorrow!',
    'hola pepe jeans lovers!', 'hello mary jane shoes, now 20% off!', 'thanks tom ford fans, sold out!',
    'welcome jack wolfskin members!', 'hi amber lights fans, concert tonight!', 'hey billie jean fans, tribute night!',
    'hi penny lane, free tonight?', 'good night sweet prince!', 'hey team, standup in 5?', 'hi all, lunch at noon?',
    'hello everyone, who is in?', 'Merci beaucoup, à bientôt !', 'Grazie mille, a presto!', 'danke schön, bis morgen!',
    'muchas gracias, hasta luego!', 'dziękuję bardzo, do zobaczenia!', 'bedankt allemaal, tot snel!',
    'Buongiorno Milano, pronti?', 'Guten Morgen Deutschland – wer ist wach?', 'Hallo Welt!', 'ola mundo!',
    'Thanks Uber Eats, delivered!', 'Danke Hugo Boss!', 'Willkommen bei Tom Tailor!',
    'Thanks Holiday Inn, great stay!', 'Thank you Royal Mail!', 'Thanks Santa Claus!', 'Welcome Kate Spade fans!',
    'Thanks Harry Potter fans!', 'Thank you Peter Pan cast!', 'Welcome to Tom Tailor!',
    'Good morning Grace Kelly fans!',
    # (closer 217: a brand greeted or thanked by its name, a brand's word first)
    'Danke Deutsche Bahn!', 'Merci Air France !', 'Welcome back Hello Kitty!',
    # (chat_lines: a notice's, a team's, a title's or a brand's words before a speaker's dash or colon)
    'Support – we are closed today!', 'Team – new update is live!', 'Breaking – storm warning for Friday!',
    'Update – servers are back online!', 'Grand Opening – join us Saturday!', 'Happy Hour – 2 for 1 cocktails!',
    'Minister – taxes will not rise!', 'Chancellor: we will not raise taxes!', 'Minister: taxes will not rise!',
    'Coach – we played well today!', 'Hugo Boss – summer sale!', 'Calvin Klein – new collection!',
    'Kate Spade – 30% off!', 'Paul Smith – summer sale!', 'Ralph Lauren – new arrivals!', 'Tommy Hilfiger – new in!',
    'Vera Wang – bridal week!', 'Tory Burch – new arrivals!', 'Jack Daniels – tasting tonight!',
    'Tim Hortons – new menu!', 'Alice Springs – weather warning!', 'Santa Monica – beach closed today!',
    'Monte Carlo – rally starts!', 'San Jose – game tonight!', 'Costa Rica – flight deals!',
    'Champions League – final tonight!', 'Stranger Things – final season out now!', 'Downton Abbey – new film!',
    'Happy Valley – season 3 out now!', 'Mary Rose – museum open today!',
    'rose gold – back in stock!', 'mark down sale – 50% off!', 'grace period – ends friday!',
    'amber alert – stay alert!', "summer vibes – who's in?", 'april fools – who got pranked?',
    'will power – new book out!', 'Ruby Tuesday – kids eat free!', 'Victoria Station – delays today!',
    'Paris Saint-Germain – tickets now!', 'Anne Frank Huis – open today!', 'Kim Possible – new episodes!',
    'Tom Tailor – neue Kollektion!', 'Mary Kay – new catalog!', 'Estée Lauder – new serum!',
    'Hugo Boss – neue Kollektion!', 'Max Mara – new coats!', 'Laura Ashley – spring sale!',
    'Tom Tailor: neue Kollektion!', 'Halo Infinite, season 5 out now!',
    'Halo Top, new flavours!', 'Tak Tak, nowa gra!', 'Oi Polloi, new drop!', 'Salut Les Terriens, ce soir !',
    'Welcome Home Sale, 30% off!', 'Hey Dude Shoes, new colours!', 'Hello Fresh, your box is on its way!',
    'Servus TV, heute live!', 'Moin Moin, wer ist wach?', 'Hola Mundo, ¿qué tal?',
    'Hallo Deutschland, heute um 17 Uhr!', 'Good Morning America, live now!', 'Bom Dia Brasil, ao vivo!',
    'Hi Fi Rush – out now!', 'Hey Arnold – new episodes!', 'Hello Neighbor 2 – out now!',
    'Jack Russell – puppies available!', 'King Charles – spaniel puppies!', 'Saint Bernard – puppies available!',
    'Gordon Setter – puppies available!', 'Bloody Mary – €5 today!', 'Harvey Wallbanger – tonight only!',
    'Eggs Benedict – brunch special!', 'Beef Wellington – Sunday special!', 'Granny Smith – €2/kg!',
    'Pink Lady – apples on offer!', 'King Edward – potatoes 2kg!', 'Maris Piper – 2kg bag!', 'Earl Grey – new blend!',
    'Lady Grey – back in stock!', 'Johnnie Walker – tasting tonight!', 'Jim Beam – 2 for 1!',
    "Jack Daniel's – tasting tonight!", 'Captain Morgan – happy hour!', "Uncle Ben's – rice on offer!",
    'Mont Blanc – new pens!', 'Don Julio – tequila tasting!', 'José Cuervo – margarita night!',
    'Pinot Grigio – €5 a glass!', 'Chateau Margaux – new vintage!', 'Marie Curie – daffodil appeal!',
    # (closer 216: a title's, a brand's, a drink's, a breed's or a mountain's dash before an announcement's `!`)
    'Tom Ford – new fragrance out now!', 'Ted Baker – sale now on!', 'Marc Jacobs – new bag out now!',
    'Michael Kors – up to 50% off!', 'Jimmy Choo – new shoes out now!', 'Peter Pan – on stage tonight!',
    'Mary Poppins – tickets on sale!', 'Harry Potter – new edition out now!',
    'Mona Lisa – exhibition closes Sunday!', 'Tom Collins – happy hour special!',
    'Shirley Temple – kids drink free!', 'Rob Roy – cocktail of the week!', 'Arnold Palmer – iced tea special!',
    'Dom Pérignon – now in stock!', 'Monte Cristo – cigars in stock!', 'Sally Lunn – buns fresh today!',
    'Ronald McDonald – house charity run!', 'Ben Nevis – summit hike Saturday!',
    'Marks Spencer – food hall sale!', 'jack russell – puppies for sale!',
    # (dated_names: a room, a meal, an occasion or a club before a party's size, in words, in adults, `party of`)
    'Reservation for bar seating, party of 4', 'Table for two, party of 2', 'Reservation for brunch, party of six',
    'Reservation for lunch – 2 adults', 'Booking for family room (2 adults, 2 children)',
    'Reservation for window table, 2 guests', 'Reservation: terrace, party of 4',
    "Reservation for chef's table, party of 8", 'Reservation for rooftop, party of 10',
    'Reservierung für Stammtisch, 8 Personen', 'Réservation pour terrasse, 2 adultes',
    'Reserva para cumpleaños, 6 personas', 'Prenotazione per pranzo, due persone',
    'Reservation for happy hour, party of 5', 'Reservation for date night, party of 2',
    "Reservation for Mother's Day, party of 6", 'Reservation for birthday dinner (4 guests)',
    'Reservation for early bird – 2 guests', 'Booking for kids club, 3 children',
    'Reservation for outdoor patio, party of 3', 'Reservation for grace period, party of 2',
    'Reservation for ruby wedding, party of 20', 'Reservation for rose garden, party of 4',
    'Reservation for summer terrace – two guests', 'Reservation for main hall (40 adults)',
    'Tafel voor terras, twee personen', 'Reservation for patio, party of 4', 'Reservation for terrace, party of 4',
    'Reservation for window, party of 2', 'Reservation for indoors, party of 2', 'Reservation for karaoke, party of 8',
    'Reservation for omakase, party of 2', 'Reservation for private room, party of 12',
    'Reservation for the snug, party of 4', 'Reservation for sushi bar, party of 2',
    'Reservation for Sunday roast, party of 6', 'Reservation for hen party, party of 10',
    'Reservation for book club, party of 8', 'Reservation for wine tasting – 2 adults',
    "Reservation for Valentine's Day, party of 2", 'Reservation for Cinco de Mayo, party of 8',
    'Reservation for Dia de los Muertos, party of 6', 'Reservation for Kids Corner – three guests',
    'Reservation for jazz brunch (2 adults)', 'Reservation for Spieleabend, 8 guests',
    'Reservation for Weihnachtsfeier, 30 guests', 'Tisch für Sonnabend, 2 Personen',
    # (closer 216: a venue's room, floor, yard or seat in one word, a German compound on `-terrasse`)
    'Reservation for downstairs, party of 4', 'Reservation for downstairs, 4 guests',
    'Reservation for downstairs (4 guests)', 'Reservation for Downstairs, party of 4',
    'Reservation for mezzanine, party of 6', 'Reservation for courtyard, party of 4',
    'Reservation for conservatory, party of 8', 'Reservation for booth, party of 4',
    'Reservation for basement, party of 6', 'Réservation pour véranda, 4 personnes',
    'Reserva para azotea, 4 personas', 'Reserva para reservado, 10 personas',
    'Prenotazione per giardino, 4 persone', 'Prenotazione per saletta, 8 persone',
    'Reservering voor serre, 4 personen', 'Reservering voor bovenzaal, 20 personen',
    'Rezerwacja dla ogródek, 4 osoby', 'Reservierung für Sonnenterrasse, zwei Personen',
    'Reservierung für Sommerterrasse, zwei Personen',
    'Reservation for Dachterrasse, 2 Personen', 'Reservierung für Sonnenterrasse, 2 Personen',
    # (closer 217: a saint's day, French's room, a name before a room's word or a group's)
    "Reservation for St Patrick's Day, party of 4", 'Réservation pour Saint Valentin, 2 personnes',
    'Réservation pour salle privée, 10 personnes', 'Reservation for Marco Polo room, party of 8',
    'Reservation for Crystal Palace fans, party of 12', 'Reservation for Ben Nevis hikers, party of 8',
    'Reservierung für Wintergarten, 4 Personen', 'Reservierung für Biergarten, 6 Personen',
    'Reservierung für Weinkeller, 8 Personen', 'Reservierung für Festsaal, 40 Personen',
    'Reservierung für Nebenraum, 12 Personen', 'Reservierung für Kegelbahn, 10 Personen',
    'Reservierung für Gaststube, 4 Personen', 'Reservation for Courtyard, 4 guests',
    # (dated_names: a booking's extra, a drink or a dish named after a person, after `with`, `w/`, pipes, commas)
    'Date booked – Sat – with live music', 'Room booked – 2 nights – with late checkout',
    'Dinner booked | Sat 8pm | with wine pairing', 'Table booked, Fri 7pm, with birthday cake, at Terrace',
    'Date night w/ live jazz at 8pm', 'Class booked w/ guest instructor at 6pm', 'Spa booked – Sun – with hot stones',
    'Tour booked – Sat – with english guide', 'Coffee date w/ oat milk at 9am', 'Flight booked – with extra legroom',
    'Termin gebucht – Sa – mit Haarwäsche', 'Afspraak geboekt – za – met föhnen',
    'Date booked – Sat – with jack daniels tasting', 'Dinner booked – Sat – with rose wine',
    'Tasting booked – with ruby port', 'Brunch booked – with eggs benedict', 'Dinner booked – with crepes suzette',
    'Drinks booked – with tom collins', 'Cocktail class booked – with bloody mary',
    'Brunch booked – with shirley temple for kids', 'Dessert booked – with peach melba',
    'Cocktail night booked | with john collins | at Bar', 'Date booked – Fri – with Grace Notes trio',
    'Tour booked – Sat – with Holy Mary church', 'Table booked, Sat, with Margarita pitchers, at Bar',
    'Room booked – with queen bed', 'Dinner booked – Sat – with rob roy cocktails',
    'Class booked – w/ jack russell puppies', 'Date booked | with tom collins | at 8pm',
    'Brunch booked, Sun, with eggs benedict, at 11', 'Date booked with live band at Nobu',
    'Drinks w/ Sea View at Sky Bar', 'Lunch w/ Grace Notes at noon', 'Date w/ Bloody Mary at 8',
    'Class booked – Sat – with Pilates Reformer', 'Booked w/ Rose Petals at 7pm',
    # (dating: a match's record of a league, a fixture or a plan; a like's or a match's thing)
    'Match ID 4821 – Premium Plan – Accepted', 'Match #12: Summer League – Accepted', 'Match 3 – Home Team – Won',
    'Match ID 4821 – speed dating – Accepted', 'Match 12: Real Madrid – Barcelona – 2:1',
    'Match 5: liverpool – chelsea', 'Match ID 7781 – Quarter Final – Pending', 'Like sent to grace notes',
    'Match 4: rose bowl – final', 'Report 22 – spam message – Closed', 'Match 9 – Team Blue – Accepted',
    'Match 7: Sporting Lisbon – Benfica', 'Match 8: Inter Milan – AC Milan', 'Match #3 – mark down – Pending',
    'You liked Ruby Tuesday', 'Liked: grace kelly sunglasses', 'New match: summer sale!',
    'Match ID 739164 – Bayern Munich – Final', 'Match 739164 – Grand Final – Accepted',
    'Match ID 739164 – Real Madrid – Won', 'Match ID 739164: Inter Milan', 'Match #739164: manchester united',
    'Match ID 739164 – Team Rocket – Accepted', 'Match ID 739164 – Paris Saint-Germain – Won',
    'Match ID 739164 – Crystal Palace – Draw', 'Match with Crystal Palace', 'Report user: Spam Bot',
    # (closer 217: a breed's words on a match's record)
    'Match ID 739164 – Golden Retriever – Accepted',
    # (self_introductions: a role, a newcomer, a slogan after "I am", "my name is", 我是)
    '我是新来的', '我是学生', '我是Product Manager', '我是Grace Hopper的粉丝', "Hi, I'm new here!", "I'm lovin' it",
    'my name is not important', '吾輩は猫である。名前はまだ無い。', 'je suis charlie', 'Je suis Charlie Hebdo',
    'ich bin ein berliner', 'I am legend', "i'm grace under pressure", '私の名前はまだありません',
    "I'm Mark's colleague", '我是Aston Villa球迷',
    # (personal_documents: a quote's status, a brand or a trade in capitals before its product)
    'Quote_FINAL_Version.pdf', 'Quote_DRAFT_Kitchen.pdf', 'Angebot_ENTWURF_Bad.pdf', 'Quote_IKEA_Kitchen.pdf',
    'Quote_BOSCH_Dishwasher.pdf', 'Quote_AUDI_Service.pdf', 'Quote_VOLVO_Repair.pdf', 'Quote_HVAC_Install.pdf',
    'Quote_SOLAR_Panels.pdf', 'Quote_MIELE_Washer.pdf', 'Quote_NIKE_Sneakers.pdf', 'Quote_APPLE_MacBook.pdf',
    'Angebot_SIEMENS_Waschmaschine.pdf', 'Devis_PEUGEOT_Partner.pdf', 'Quote_LENOVO_ThinkPad.pdf',
    'Quote_NISSAN_Leaf.pdf', 'Quote_VAILLANT_Boiler.pdf', 'Angebot_STIHL_Motorsäge.pdf',
    # (cued_names: katakana loanwords of a job, a hobby or a trade after a profile's label)
    'プロフィール：ウェブ・デザイナー', 'プロフィール：データ・サイエンティスト', 'プロフィール：ゲーム・クリエイター',
    'プロフィール：ヨガ・インストラクター', 'プロフィール：カフェ・オーナー', 'プロフィール：ロック・ギタリスト',
    'プロフィール：ジャズ・ピアニスト', 'プロフィール：フード・ブロガー', 'プロフィール：サッカー・コーチ',
    'プロフィール：テニス・プレーヤー', 'プロフィール：ワイン・ソムリエ',
    # (cued_names: a site's own image words in an upload's file)
    'verify_passport_sample_2024.pdf', 'passport_upload_guide_2024.pdf', 'kyc_selfie_example_2024.jpg',
    'upload_id_front_2024.png', 'passport_scan_template_2024.pdf', 'kyc_passport_Deutsch_2024.pdf',
    'upload_passport_thumbnail_2024.png', 'upload_selfie_dark_2024.png', 'verify_id_banner_2024.png',
    'passport_upload_FAQ_2024.pdf', 'upload_license_DE_2024.png', 'upload_passport_blurred_2024.png',
    'upload_passport_Mockup_2024.png', 'upload_passport_Hero_2024.png',
    # (detector._run_together_named, dating._a_member: a shop's words glued, an audience gifted)
    'Name: BlumenLaden', 'Name: SunnySide', 'Name: HappyPaws', 'Name: GoldenGate', 'Name: PizzaExpress',
    'Name: CoffeeLab', 'Name: BikeShop', 'Name: BookNook', 'Gift subscription for Coffee Lovers',
    'Gift subscription for Dog Owners', 'Gift subscription for Plant Parents',
    'Gift subscription for Home Bakers',
    # (perf 50: a user agent's cue and a dedication's opener)
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 '
    'Mobile/15E148 Safari/604.1', 'Dalvik/2.1.0 (Linux; U; Android 13; SM-G991B Build/TP1A.220624.014)',
    'okhttp/4.9.3', 'CFNetwork/1410.0.3 Darwin/22.6.0',
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'Spotify/8.8.0 iOS/17.0 (iPhone15,2)',
    'For the love of coffee', 'To the moon and back', 'With love from Paris', 'For Her – gift guide',
    'To whom it may concern',
    # (names 51: a maker in capitals before its product in a quote's file, no known given name after it)
    'Devis_RENAULT_Clio.pdf', 'Quote_TESLA_Powerwall.pdf', 'Offerte_PHILIPS_Hue.pdf', 'Quote_ACME_Widgets.pdf',
    'Quote_SONY_Bravia.pdf', 'Quote_HONDA_Civic.pdf', 'Quote_TOYOTA_Corolla.pdf', 'Quote_FORD_Transit.pdf',
    'Quote_CISCO_Meraki.pdf', 'Devis_CITROEN_Berlingo.pdf', 'Quote_MAZDA_Miata.pdf', 'Offerte_DAIKIN_Airco.pdf',
    # (closer 227: a town greeted alone)
    'Bonsoir Paris !',
]

DROPPED: Dict[str, List[str]] = {
    (
        "an occasion with a particle, a park or a club named like a person before a party's size "
        "(booked_names._BOOKED_FOR; closer 217 closed the saints', the rooms' and the fans'); refused at session 50's "
        "start (9496e265) too"
    ): [
        'Reservation for Fête de la Musique, party of 4', 'Reservation for Tour de France viewing, party of 6',
        'Booking for Luna Park, 4 people', 'Reservation for Aston Villa, party of 20',
    ],
    (
        "a shop named like a person after a thanks and before a comma (chat_lines reads greetings.py's thanks as a "
        "greeting); went out at session 50's start (9496e265): regressions of session 50 (closer 213)"
    ): ['Thanks John Lewis, arrived today!'],
    (
        "the same titles and brands before a speaker's colon, or a brand, a magazine or a painting after a thanks or "
        "a greeting (chat_lines, greetings; closer 217 closed a brand's word opening the name); refused at session "
        "50's start (9496e265) too"
    ): [
        'Tom Ford: new fragrance out now!', 'Peter Pan: on stage tonight!', 'Mary Poppins: tickets on sale!',
        'Ted Baker: sale now on!', 'Thanks Jack Daniels!',
        'Gracias Coca Cola!', 'Merci Marie Claire !', 'Danke Mona Lisa!',
        'Grazie Dolce Gabbana!', 'Thanks Ted Baker!', 'thanks john lewis, delivered!',
        'thanks tommy hilfiger!', 'Beste Koop, nu 20% korting!', 'Beste Prijs, alleen vandaag!',
        'Beste Wensen, tot snel!', 'Bonjour Tristesse, relu ce soir ?',
    ],
    (
        "a drink named after a person in title case after `with`, a brand after a like, a role or a slogan after "
        "'I'm' or 'my name is', a secret's word after Korean's 'my name is' (dated_names, dating, self_introductions); "
        "refused at session 50's start (9496e265) too"
    ): [
        'Drinks booked – Sat – with Tom Collins', 'Like sent to jack wolfskin', '제 이름은 비밀입니다',
        "I'm Rose Gold certified", 'my name is Earl – season 2', 'Date booked – Sat – with Arnold Palmer',
        'Date booked – Sat – with Dom Pérignon', 'Tasting booked – Sat – with Johnnie Walker',
        'Like sent to Aston Villa', 'Like sent to rob roy',
    ],
    (
        "a cocktail after `w/` (dated_names._WITH_FIELD reads a known given name's two words after `w/`), a football "
        "club or a dog's breed on a match's record before a third field or after its number's colon, a dog's breed "
        "after `match with` in lower case (dating.numbered_member, dating._member_named), a dog's breed after `我是` "
        "before `的主人` ('I am the owner of', self_introductions); went out at session 50's start (9496e265): "
        "regressions of session 50 (closer 213; closer 217 closed the breed's words of "
        "role_labels.CLUB_AND_BREED_WORDS)"
    ): [
        'Date booked – Sat – w/ Rob Roy', 'Match ID 739164 – Aston Villa – Lost',
        'Match ID 739164 – jack russell – Accepted',
        'Match ID 739164: Jack Russell', 'match with jack russell', '我是 Jack Russell 的主人',
    ],
    (
        "a gift's audience opening on a word that is a family name too (`Wein`: mend 50 took the family names out of "
        "closer 215's everyday nouns, common_words.EVERYDAY_NOUNS); went out at session 50's start (9496e265): the "
        "price of mend 50"
    ): [
        'Geschenkabo für Wein Liebhaber',
    ],
}

PERSONAL = [
    # (closer 221: a device's name naming its owner, device_owners)
    "MyApp/1.2 (Orla Quenby's iPhone; iOS 17.0)", "Orla Quenby's MacBook Pro",
    'MyApp/1.2 (iPhone de Orla Quenby; iOS 17.0)',
    # (chat_lines)
    'orla quenby: are you free tonight?', 'Orla Quenby – are you free tonight?', 'Orla Quenby — are you free tonight?',
    'Orla Quenby - are you free tonight?', 'Tessaly Dranvoquist: are you coming?', 'Hiya Orla Quenby, drinks friday?',
    'Moin Orla Quenby, kommst du?', 'Servus Tjorven Dahlberg, kommst du?', 'Hej Orla Quenby, kommer du?',
    'Dzień dobry Orla Quenby, przyjdziesz?', 'Goedemorgen Orla Quenby, kom je?', 'Bom dia Orla Quenby, vens?',
    'Merci Orla Quenby, à demain !', 'Danke Orla Quenby, bis morgen!', 'Thanks orla quenby!',
    'Welcome back Orla Quenby!', 'Willkommen zurück, Orla Quenby!', 'Hi Orla van der Quenby, ready?',
    'Hi Orla Q., ready?', 'Hi, Orla Quenby! Ready?', 'Gracias Orla Quenby, ¡hasta mañana!',
    'Bonsoir Orla Quenby, tu viens ?', 'Hi ORLA QUENBY, see you at 8?', 'hi orla quenby, see you at 8?',
    'Hi Orla Quenby, see you at 8.', 'Salut Orla Quenby, on se voit ?', 'Ahoj Orla Quenby, jak se máš?',
    'Merhaba Orla Quenby, nasılsın?', 'Olá Orla Quenby, tudo bem?', 'Hei Orla Quenby, hvordan går det?',
    'Hi Tessaly Dranvoquist, see you at 8?',
    # (dated_names)
    'Reservation for orla quenby, party of 2', 'Reservation for Tessaly Dranvoquist, party of 2',
    'Reservation for Orla Quenby · 2 guests', 'Reservation for Orla Quenby: 2 guests',
    'Tisch für Orla Quenby, zwei Personen', 'Table pour Orla Quenby, deux personnes',
    'Mesa para orla quenby, 2 personas', 'Reservation for Quenby, party of 2', 'Reservation for quenby, party of 2',
    'Reservation for Dranvoquist, party of 2', 'Reservation for tessaly dranvoquist – 2 guests',
    'Reservation for Orla Quenby, party of four', 'Date booked – Sat – with orla quenby',
    'Date booked – Sat – w/ Orla Quenby', 'Date booked – Sat – with Tessaly Dranvoquist',
    'Date booked – Sat – mit Orla Quenby', 'Rendez-vous – sam – avec Orla Quenby', 'Cita – sáb – con Orla Quenby',
    'Date booked – Sat – with Orla', 'Date booked: Sat 19:30 – with Orla Quenby at 8pm',
    'Date booked – Sat – met Orla Quenby',
    # (dating)
    'Match ID 73916 – Orla Quenby – Accepted', 'Match ID 739164 – Orla Quenby – Pending',
    'Match ID 739164 — Orla Quenby — Accepted', 'Like sent to orla quenby', 'Like sent to Quenby Orla',
    'You matched with orla quenby!', 'Like sent to Orla Q.', 'Like sent to tessaly dranvoquist',
    'Match with Orla Quenby', 'Match with tessaly dranvoquist', 'Report user: orla quenby',
    'Report user: tessaly dranvoquist',
    # (self_introductions)
    '我是Orla Quenby', '我叫 Orla Quenby', '私の名前はOrla Quenbyです', '제 이름은 Orla Quenby입니다',
    'me llamo Tessaly Dranvoquist', '我是 Orla Quenby', "I'm Orla Quenby, see you at 8?", 'My name is Orla Quenby',
    '我叫Tessaly Dranvoquist', '私の名前はTessaly Dranvoquistです', '제 이름은 orla quenby입니다', '我是orla quenby',
    '我的名字是Orla Quenby', '私の名前は Orla Quenby です',
    # (personal_documents, cued_names, detector._run_together_named, dating._a_member, mails)
    'Quote_QUENBY_Orla.pdf', 'Devis_DAHLBERG_Tjorven.pdf', 'Quote-QUENBY-Orla.pdf',
    'プロフィール：テッサリー・ドランヴォクイスト', 'プロフィール：オーラ・クエンビー', 'プロフィール：ジョン・スミス',
    'プロフィール：ジョン・ベイカー', 'プロフィール：トム・クック', 'プロフィール：ジェームズ・テイラー',
    'kyc_passport_Quenby_2024.pdf', 'upload_passport_Dahlberg_739164.png', 'upload_selfie_Tessaly_Dranvoquist.jpg',
    'upload_passport_QUENBY_739164.png', 'upload_passport_quenby_739164.png', 'Name: OrlaQuenby',
    'Name: TessalyDranvoquist', 'Name: ElenaKlein', 'Name: Tessaly_Dranvoquist', 'Gift subscription for Orla Quenby',
    'Geschenkabo für Tessaly Dranvoquist', 'Gift subscription for tessaly dranvoquist',
    'Abonnement cadeau pour Orla Quenby', 'Gift subscription for Tessaly Baker', 'For Orla Quenby, with love',
    'Für Orla Quenby, in Liebe', 'Pour Orla Quenby, avec amour', 'Minister Quenby: taxes will not rise!',
    # (a family name that is an everyday noun after a known given name)
    'Orla Stern: see you at 8?', 'Hi Orla Stern, see you at 8?', 'Date booked – Sat – with Orla Hauser',
    'Like sent to Orla Wein', 'Name: OrlaStern', 'Gift subscription for Orla Hauser',
    # (mend 50: family names out of closer 215's everyday nouns)
    'Tessaly Stern: see you at 8?', 'Date booked – Sat – with Tessaly Stern', 'Like sent to Tessaly Stern',
    'Name: TessalyStern', 'Gift subscription for Tessaly Stern', 'Tessaly Hauser: see you at 8?',
    'Date booked – Sat – with Tessaly Hauser', 'Gift subscription for Tessaly Hauser', 'Tessaly Wein: see you at 8?',
    'Tessaly Himmel: see you at 8?', 'Date booked – Sat – with Tessaly Stella', 'Name: TessalyStella',
    # (closer 218: a full name written any common way, name_shapes.FULL_NAME_ANY_WAY, read by chat_lines, dated_names,
    # dating and self_introductions: capitals, hyphen, apostrophe, initial first, family first, mixed case; a party's
    # size after a slash, blanks, `+ 1`, in words after `party of`)
    'hey ORLA QUENBY, drinks friday?', 'ORLA QUENBY: see you at 8?', "Hi Orla O'Quenby, ready?",
    'Hi Orla Quenby-Dahlberg, ready?', 'Hi O. Quenby, ready?', 'hi Orla quenby, drinks friday?',
    'Reservation for ORLA QUENBY, party of 2', 'Reservation for ORLA QUENBY, party of four',
    'Reservation for QUENBY, party of 2', 'Reservation for Quenby, party of four', 'Reservation for Quenby + 1',
    'Reservation for Orla Quenby + 1', 'Reservation for Orla Quenby / 2 guests',
    'Reservation for Orla Quenby 2 guests', 'Reservation for Orla Quenby (two guests)',
    'Date booked – Sat – with ORLA QUENBY', 'Date booked – Sat – with Orla Quenby-Dahlberg',
    "Date booked – Sat – with Orla O'Quenby", 'Date booked – Sat – with O. Quenby',
    'Date booked: Sat, with Orla Q., at 8pm', 'Date booked – Sat – with Quenby, Orla', 'Match with ORLA QUENBY',
    "i'm orla quenby", 'my name is orla quenby', "je m'appelle orla quenby",
    'ich heiße orla quenby',
    # (closer 220: a greeted name before a sentence going on to the person, greetings.GOES_ON_WORDS)
    'HI ORLA QUENBY, SEE YOU AT 8?', 'hi orla quenby, see you at 8.',
    # (closer 223: a speaker before a chat's everyday short message, chat_lines.on_the_way; a meal's `with`,
    # dated_names.meal_reason)
    'orla quenby – running late!', 'Orla Quenby – Running late', 'Dinner date with Orla Quenby',
    # (closer 226: a quote's customer under a short East Asian family name in capitals, name_shapes'
    # EAST_ASIAN_FAMILY_NAMES)
    'Quote_NG_Thanh.pdf',
]

LEAKS: Dict[str, List[str]] = {
    (
        "a speaker's or greeted name in a text all in capitals (its message too), an `@`, no blank after its comma, "
        "a full stop after it, after `sup`, with no greeting before its comma, or lower case opening on a given name "
        "off the list (chat_lines: a message opens in lower case; closer 218's price: where no capital tells a name, "
        "a known given name opens it); went out at session 50's start (9496e265) too"
    ): [
        'Hi @Orla Quenby, ready?', 'Hi Orla Quenby,ready?', 'Hi Orla Quenby. Ready?',
        'Sup Orla Quenby, drinks friday?', 'Orla Quenby, see you at 8?', 'Orla Quenby (admin): ready?',
        'hi tessaly dranvoquist, drinks friday?',
    ],
    (
        "a speaker before a message with no `?` or `!`, or before an emoji (chat_lines: left open by closer 213's "
        "section, news titles are written that way); went out at session 50's start (9496e265) too"
    ): [
        'Orla Quenby: free tonight.', 'Hi Orla Quenby 👋 free tonight?',
    ],
    (
        "a table's name after `under`, or family name first after a label's colon (dated_names._PARTY_NAMED reads "
        "key_lexicon.BOOKED_FOR's phrases); went out at session 50's start (9496e265) too"
    ): [
        'Reservation under Quenby, party of 2', 'Reservation under Orla Quenby, party of 2',
        'Reservation: Quenby, Orla – 2 guests',
    ],
    (
        "a date's person in lower case off the list (closer 218's price), a title, two people, or a booking's field "
        "after `at` a time, between pipes before `at` (`| with tom collins | at Bar` is a drink's), with no field "
        "(dated_names._WITH_FIELD); went out at session 50's start (9496e265) too"
    ): [
        'Date booked – Sat – with tessaly dranvoquist', "Date | Sat 8pm | with Orla Quenby | at Luigi's",
        'Date booked with Orla Quenby at 8pm', 'Date booked – Sat – with Orla and Tjorven Dahlberg',
        'Date booked – Sat – with Tjorven & Orla Quenby', 'Date booked – Sat – with Dr. Orla Quenby',
    ],
    (
        "a match's member after a number of four digits or fewer, between pipes, family name first without a comma "
        "after a colon; a like's member after `liked by` or before `liked your photo`; a new match with a particle; "
        "a report `against` (dating.numbered_member, dating._member_named); went out at session 50's start "
        "(9496e265) too"
    ): [
        'Match ID 4821 – orla quenby – Accepted', 'Match ID 4821 – Orla Quenby', 'Match #4821: tjorven dahlberg',
        'Match ID 4821: Quenby Orla', 'Match #12 – Tessaly Dranvoquist – Accepted', 'Match 12 – ORLA QUENBY – Accepted',
        'Match 12 – tessaly dranvoquist – Accepted', 'Match ID 739164 | Orla Quenby | Accepted',
        'Liked by orla quenby', 'Orla Quenby liked your photo',
        'orla quenby liked your photo', 'Report filed against tessaly dranvoquist', 'New match: Orla van Quenby',
    ],
    (
        "a self-introduction that is the whole text, capitalized or in capitals (a title's or a print's place), "
        "after `my name's`, a given name off the list in lower case (closer 218's price) or after `我是`, Japanese's "
        "`私は`/`僕の名前は`, Korean's `저는` (self_introductions); went out at session 50's start (9496e265) too"
    ): [
        "I'm Orla Quenby-Dahlberg", 'MY NAME IS ORLA QUENBY',
        'me llamo tessaly dranvoquist',
        "my name's Tessaly Dranvoquist", '我是Tessaly Dranvoquist', '私はOrla Quenbyです', '僕の名前はOrla Quenbyです',
        '저는 Orla Quenby입니다', 'my name is tessaly dranvoquist', 'I am Tessaly Dranvoquist-Quenby',
    ],
    (
        "a foreign name in katakana whose family name is a loanword of a job (`ドライバー`, `シンガー`, `デザイナー`, "
        "`ファン`: cued_names._KATAKANA_NOUNS, closer 215's documented price); refused at session 50's start "
        "(9496e265): regressions of session 50 (closer 215)"
    ): [
        'プロフィール：アダム・ドライバー', 'プロフィール：ジョン・シンガー', 'プロフィール：テッサリー・デザイナー',
        'プロフィール：テッサリー・ファン', 'プロフィール：マイク・エンジニア',
    ],
    (
        "a quote's customer in title case, in lower case, given name first in capitals, a family name of two "
        "letters or with an umlaut (personal_documents._a_customer_in_capitals: four capitals or more, ASCII); an "
        "upload's family name with an umlaut or of two letters; a name glued in lower case after its label "
        "(detector._run_together_named; closer 232 reads one joined by `_`); went out at session 50's start "
        "(9496e265) too"
    ): [
        'Quote_Quenby_Orla.pdf', 'Quote_quenby_orla.pdf', 'Quote_ORLA_QUENBY.pdf', 'Quote_Orla_QUENBY.pdf',
        'Angebot_MÜLLER_Jürgen.pdf', 'kyc_id_Müller_739164.png',
        'upload_passport_Ng_739164.png', 'Name: tessalydranvoquist',
    ],
    (
        "a common family name that is one of closer 215's everyday nouns (`Stern`, `Hauser`, `Wein`, `Kuchen`, "
        "`Himmel`, `Stella`, `Natale`, `Noel`, `Christmas`, `Papa`, `Haus`) after a given name off the list: "
        "common_words.EVERYDAY_NOUNS joins COMMON_WORDS, so a chat's speaker, a date's person, a like's member, a "
        "name run together and a gift's member read it as a thing's word (closer 215's documented price, for "
        "`VelmoraHaus`, reaches every rule that reads COMMON_WORDS); refused at session 50's start (9496e265): "
        "regressions of session 50 (closer 215)"
    ): [
        'Gift subscription for Tessaly Haus',
        'Like sent to Tessaly Natale',
        'Name: TessalyNoel', 'Gift subscription for Tessaly Christmas', 'Like sent to Tessaly Papa',
        'Date booked – Sat – with Tessaly Kuchen',
    ],
    (
        "a dedication in lower case, a minister's family name in German (mails.dedicated, named_in_text); went out "
        "at session 50's start (9496e265) too"
    ): [
        'Dedicated to orla quenby',
        'Ministerin Dahlberg: Steuern steigen nicht!',
    ],
    (
        "a quote's customer whose given name is off given_names' list, family name in capitals first "
        "(personal_documents._a_customer_in_capitals asks a known given name since names 51: a maker's name in "
        "capitals before its product stands there as often); refused at session 51's start: the price names 51's "
        "section names"
    ): [
        'Quote_DRANVOQUIST_Tessaly.pdf',
    ],
}

ORDINARY_KEYS = [
    # (key_lexicon: a licence's kind, a partner's count or kind, a greeting's text, partners' keys of languages)
    '運転免許_種類', '運転免許_有無', '運転免許_取得年', '免許_有効期限', '운전면허_종류', '驾照_类型', '駕照_類型',
    'partner_id', 'partner_name', 'delivery_partner_name', 'chat_partner_count', 'chat_partner_type',
    'greeting_text', 'greeting_message', 'greeted_count', 'partenaire_id', 'pareja_tipo', 'con_envio', 'met_korting',
    'date_partner_count', 'Tanzpartner_Anzahl', 'dance_partner_level', 'chat_partner_language', 'greeted_at',
    'partner_type', 'partenaire_commercial', 'license_number_format', 'chat_partner_id', 'pareja_edad_minima',
    'license_number_verified', 'greeting_name', 'partner_activity_name', 'chat_partner_name_visible',
    'Tanzpartner_Suche', 'greeted_name_shown',
    # (closer 217: a licence number's length, format, input field or check, in Japanese, Korean and Chinese)
    '免許番号_桁数', '運転免許番号_確認済み', '免許番号_入力欄', '驾驶证号_格式', '운전면허번호_형식',
]

DROPPED_KEYS: Dict[str, List[str]] = {}

PERSONAL_KEYS = [
    'chat_partner_full_name', 'date_partner_first_name', 'greeted_first_name', '運転免許証番号', '免許証番号',
    '운전면허증번호', '驾驶证号码', '驾照号码', '駕駛執照號碼', 'life_partner_surname', 'Tanzpartnerin_Name',
    'chatPartnerName', 'datePartnerLastName', 'dance_partner_email', 'chat_partner_phone', 'driver_licence_no',
    '驾照号', '驾驶证编号', '운전면허_번호', 'gesprächspartner_name', 'chat_partner_vorname', '聊天对象姓名',
    'チャット相手の名前',
    # (closer 218: Japanese's `の` and `ナンバー` after a licence, Korean's chat's counterpart)
    '運転免許証の番号', '免許証ナンバー', '채팅상대_이름',
]

LEAKED_KEYS: Dict[str, List[str]] = {
    (
        "a greeted `person` and a name `of` a chat's partner (key_lexicon.GREETED and PARTNER_ACTIVITIES read a "
        "name's word beside them, not `person` nor a name before `of`); went out at session 50's start (9496e265) too"
    ): ['greeted_person', 'name_of_chat_partner'],
    (
        "a chat's partner's name in French (key_lexicon.PARTNER_ACTIVITIES: `partenaire de chat` is not read); went "
        "out at session 50's start (9496e265) too"
    ): ['partenaire_de_chat_nom'],
}

ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    # (counterparts: `con`/`met`/`com` off a person, `?from=` a source on a notice's route, a team's slug, a fragment)
    '/search?con=leche', '/products?con=queso+fresco', '/chat?con=soporte+tecnico', '/date?met=uitzicht',
    '/dates?met=diner+en+dans', '/date?con=terraza', '/citas?con=vista+al+mar', '/likes?from=homepage',
    '/likes?from=email+campaign', '/signup?from=google+ads', '/notifications?from=system',
    '/notifications?from=order+updates', '/signup?from=blog', '/signup?from=black+friday',
    '/notifications?from=Customer+Service', '/signup?from=Instagram', '/signup?from=newsletter',
    '/signup?from=partner+site', '/chat#/support', '/chat#/orders/123', '/messages#/inbox', '/chat#/new-message',
    '/chat#/customer-service', '/chat/hello-kitty', '/products?with=grace-kelly', '/chat/ORDER-SUPPORT',
    '/chat/support-team-2', '/chat/sales_team', '/chat/help.desk', '/messages/order-12345', '/matches?from=search',
    '/likes?from=Discover', '/date?with=SEA+VIEW', '/chat?with=HELP+DESK', '/chat/service-client',
    '/chat/atencion-al-cliente', '/chat/servizio-clienti', '/date?met=zeezicht', '/likes?from=top-picks',
    '/notifications?from=admin', '/signup?from=friends-referral', '/signup?from=Rose+Gold+Collection',
    '/chat/%E5%AE%A2%E6%9C%8D', '/signup?from=Victoria', '/notifications?from=Amazon',
    '/notifications?from=Paris+Office', '/date?partenaire=site+web', '/date?pareja=cena+romantica',
    '/chat?partner=Live+Agent', '/chat?partner=SUPPORT+BOT', '/chat/jean-paul-gaultier', '/chat/ben-and-jerry',
    '/chat/rose-gold', '/chat/ruby-red', '/chat/grace-period', '/likes/summer-sale', '/date?met=Rose+Wine',
    '/chat?with=Customer%2C+Service', '/chat?with=Sales%2C+EMEA', '/date?with=Amber+Lights',
    '/chat/new-york-office', '/chat/san-francisco-team', '/date?with=Jack+Daniels+Tasting',
    # (name_shapes.LODGING_WORDS: a lodging's name, with a particle; an upload's or a quote's ordinary file)
    '/chat?with=Grand+Hotel', '/book?with=Hotel+Adlon', '/chat?with=Hostel+Berlin', '/chat?with=Motel+One',
    '/chat?with=Hotel+de+Paris', '/chat?with=Hotel+van+der+Valk', '/date?with=Hotel+de+la+Paix',
    '/chat?with=Resort+Mallorca', '/chat/hotel-de-paris', '/chat/motel-one',
    '/uploads/verify_passport_sample_2024.pdf', '/uploads/upload_passport_Example_2024.png',
    '/uploads/Quote_IKEA_Kitchen.pdf',
    # (counterparts: brands on a like's or a notice's route, a restaurant or a dish after `con`/`met`, a shop after a
    # partner's key in another language, a fragment's page)
    '/chat/yves-saint-laurent', '/chat/marks-and-spencer', '/chat/tiffany-co',
    '/likes?from=Zara', '/likes?from=Mango', '/likes?from=Chanel', '/likes?from=Tiffany', '/likes?from=Alexa',
    '/likes?from=Siri', '/matches?from=Bumble', '/likes?from=Tinder', '/notifications?from=Alexa',
    '/signup?from=Tiffany', '/chat?with=Tiffany+%26+Co', '/chat#/settings', '/chat#/new', '/date?con=Cena+Romantica',
    '/date?met=Live+Muziek', '/date?con=Vino+Tinto', '/date?met=Kaas+Fondue', '/chat?pareja=Tienda+Online',
    '/date?partenaire=Air+France', '/date?parceiro=Banco+Inter', '/date?with=Caf%C3%A9+de+Flore',
    '/chat?with=Ben+%26+Jerry',
    # (perf 50: the route's words looked up once before person_routes, counterparts and referral_links)
    '/invite?ref=summer-sale', '/users/settings', '/profile/edit', '/team/support', '/referral/terms',
    '/invite/friends', '/r/summer2024', '/members/benefits', '/profile/orders?page=2', '/hotels/hotel-de-paris',
    '/refer/holiday-inn', '/invite/grand-hotel',
    # (closer 217: a support desk's one word by language, an inn or a guest house by language)
    '/chat?parceiro=Suporte', '/chat?met=klantenservice', '/chat?com=suporte',
    '/chat?with=%E3%82%AB%E3%82%B9%E3%82%BF%E3%83%9E%E3%83%BC%E3%82%B5%E3%83%9D%E3%83%BC%E3%83%88',
    # (tidy 51: a guest house's or an inn's word by language, name_shapes.LODGING_WORDS)
    '/chat?with=Pension+Sonnenhof', '/chat?with=Gasthof+Krone', '/chat?with=Albergo+Roma',
    # (closer 239: a dish's words after `con`, common_words)
    '/date?con=Paella+Valenciana',
)]

DROPPED_URLS: Dict[str, List[str]] = {
    (
        "a brand named by a known given name alone on a like's route (counterparts: a known given name alone that "
        "is no common word is a person's there, closer 214's documented price); kept whole at session 50's start "
        "(9496e265): regressions of session 50 (closer 214)"
    ): [f"{_SITE}/likes?from=Hugo", f"{_SITE}/likes?from=Mercedes", f"{_SITE}/notifications?from=Mercedes"],
    (
        "a band, a dish or a tequila after `con` on a date's route "
        "(counterparts: `con`, `com`, `met` read as a partner's key there), a brand's page as a "
        "fragment after a chat's path (counterparts.fragment_names_a_counterpart); kept whole at session 50's start "
        "(9496e265): regressions of session 50 (closer 214)"
    ): [f"{_SITE}{path}" for path in (
        '/date?con=Mariachi+Band', '/date?con=Jose+Cuervo',
        '/chat#/tom-tailor', '/messages#/rolls-royce',
    )],
    (
        "a brand named like a person, as a chat's slug or under `with` (counterparts; closer 217 closed this "
        "family's support desks and inns); cut at session 50's start (9496e265) too"
    ): [f"{_SITE}{path}" for path in (
        '/chat/mary-kay',
        '/chat?with=Ted+Baker', '/messages?with=Mark+Down', '/chat/louis-vuitton', '/chat/mercedes-benz',
        '/chat/rolls-royce', '/chat/harley-davidson', '/chat/aston-martin', '/chat/alfa-romeo', '/chat/john-deere',
        '/chat/ralph-lauren', '/chat/estee-lauder', '/chat/jack-wolfskin', '/chat/tom-tailor',
        '/chat/marco-polo',
    )],
    (
        "a fashion house's founders' family names as a chat's slug (`Dolce` a family name again, mend 50: "
        "common_words.EVERYDAY_NOUNS); went out at session 50's start (9496e265): the price of mend 50"
    ): [
        '/chat/dolce-gabbana',
    ],
}

PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    '/chat?with=ORLA+QUENBY', '/chat?with=Quenby%2C+Orla', '/chat/orla-quenby-2', '/chat/orla.quenby',
    '/chat/Orla%20Quenby', '/date?met=Orla+Quenby', '/date?con=Orla+Quenby', '/chat?con=orla+quenby',
    '/chat?partenaire=Orla+Quenby', '/date?pareja=Orla+Quenby', '/date?parceiro=Orla+Quenby', '/likes?from=Orla',
    '/likes?liked_by=orla.quenby', '/notifications?from=Orla+Quenby', '/signup?from=Orla+Quenby',
    '/chat/%C5%9Febnem-y%C4%B1ld%C4%B1z', '/chat?with=Zo%C3%AB+Quenby', '/chat?with=Orla+O%27Quenby',
    '/chat?with=Orla+van+Quenby', '/chat?with=Orla+Q.', '/chat/tessaly-dranvoquist-7',
    '/chat?with=%E5%B1%B1%E7%94%B0%E5%A4%AA%E9%83%8E', '/chat/yamada-taro', '/dates?met=Tjorven+Dahlberg',
    '/matches?from=orla-quenby', '/chat?with=ORLA-QUENBY', '/date?con=tessaly+dranvoquist',
    '/date?met=tessaly+dranvoquist', '/chat?with=Tessaly+Dranvoquist-Quenby', '/chat?with=Orla+de+la+Quenby',
    '/notifications?from=tessaly.dranvoquist', '/signup?from=orla-quenby', '/likes?from=Quenby%2C+Orla',
    '/chat/Quenby-Orla', '/chat?with=orla_quenby', '/chat?with=%E7%8E%8B%E5%B0%8F%E6%98%8E',
    '/chat?with=%EA%B9%80%EC%A7%80%EC%98%81', '/uploads/Quote_QUENBY_Orla.pdf',
    '/uploads/kyc_passport_Dahlberg_739164.png', '/partners?partenaire=Orla+Quenby', '/chat?pareja=Orla+Quenby',
    '/date?with=orla+q', '/chat?with=Orla%C2%A0Quenby', '/chat?with=Orla++Quenby', '/chat?with=+Orla+Quenby+',
    '/chat?with=orla.quenby', '/date?with=Orla.Quenby', '/messages?with=Orla+Stern', '/chat/orla-hauser',
    '/date?partner=Orla+Wein', '/invite?ref=orla-quenby', '/referral/orla-quenby', '/users/orla-quenby',
    '/profile/orla-quenby', '/u/orla_quenby', '/members/tessaly-dranvoquist', '/invite/ORLA-QUENBY',
    '/refer?from=Orla+Quenby',
    # (mend 50: family names out of closer 215's everyday nouns)
    '/messages?with=Tessaly+Stern', '/chat/tessaly-stern', '/messages?with=Tessaly+Hauser', '/chat/tessaly-wein',
    '/chat/tessaly-himmel', '/chat/tessaly-stella', '/likes?from=Tessaly+Stern',
    # (closer 218: a companion's key, French's, German's, German's feminine partner's)
    '/chat?companion=Orla+Quenby', '/date?compagnon=Orla+Quenby', '/date?begleitung=Orla+Quenby',
    '/date?partnerin=Orla+Quenby',
    '/chat/orlaquenby',  # (closer 229: a member's name glued after a known given name)
)]

LEAKED_URLS: Dict[str, List[str]] = {
    (
        "a slug glued (closer 214's section leaves it), an initial first, a given name off the list alone on a "
        "like's route (closer 214's documented price), a referral's short route `/r/` (referral_links); kept whole at "
        "session 50's start (9496e265) too"
    ): [f"{_SITE}{path}" for path in (
        '/chat?with=O.+Quenby', '/likes?from=Tessaly',
        '/chat/orla_q', '/chat/o-quenby', '/r/orla.quenby',
    )],
    (
        "a full name before its pronouns, in katakana with a middle dot, in Cyrillic under `with` or as a slug "
        "(counterparts._typed_name_words: `any alphabet`, a given name off the list); kept whole at session 50's "
        "start (9496e265) too"
    ): [f"{_SITE}{path}" for path in (
        '/date?with=Orla+Quenby+%28she%2Fher%29', '/chat/orla-quenby-she-her',
        '/chat?with=%E3%82%AA%E3%83%BC%E3%83%A9%E3%83%BB%E3%82%AF%E3%82%A8%E3%83%B3%E3%83%93%E3%83%BC',
        '/chat?with=%D0%9E%D1%80%D0%BB%D0%B0+%D0%9A%D0%B2%D0%B5%D0%BD%D0%B1%D0%B8',
        '/chat/%D0%BE%D1%80%D0%BB%D0%B0-%D0%BA%D0%B2%D0%B5%D0%BD%D0%B1%D0%B8',
    )],
    (
        "a common family name that is one of closer 215's everyday nouns after a given name off the list, under a "
        "counterpart's key or as a chat's slug (counterparts reads COMMON_WORDS, which now holds "
        "common_words.EVERYDAY_NOUNS); cut at session 50's start (9496e265): regressions of session 50 (closer 215)"
    ): [f"{_SITE}{path}" for path in (
        '/messages?with=Tessaly+Natale', '/messages?with=Tessaly+Noel', '/messages?with=Tessaly+Christmas',
        '/messages?with=Tessaly+Papa', '/chat/tessaly-kuchen',
    )],
}

globals().update(review_tests(globals()))

# (a conversation's fragment is dropped, its path kept: review_cases' URL test wants the origin or the path before `?`)
PERSONAL_FRAGMENTS = [f"{_SITE}{path}" for path in (
    '/chat#/orla-quenby', '/messages#/orla-quenby', '/chat#/tessaly-dranvoquist', '/chat#/Orla%20Quenby',
    '/messages#/tessaly.dranvoquist',
    # (tidy 51: a fragment continues the path's route with or without its `/`)
    '/chat#orla-quenby',
)]


@pytest.mark.parametrize("url", PERSONAL_FRAGMENTS)
def test_personal_fragments_lose_their_fragment(url: str) -> None:
    assert privacy.clean_url(url) == url.partition("#")[0]
