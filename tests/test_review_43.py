"""Review 43: session 52's names52, closers 220 and 221 (given_names reading other spellings of listed names and
Chinese and Korean given names of two syllables; Arabic's article hyphened to a family name, a capitalized second
particle, two-letter East Asian family names, a greeted lower-case name before a sentence going on to the person, family
first before a party's size; companions' and partners' keys by language, `/messages/with/<slug>` and dating sites'
match and like pages, a device's owner in a text or a user agent, self-introductions in lower case after a capital and
in capitals after a comma) attacked both ways by an outsider who has read them: what Chinese and Korean shops, places,
dishes and car makers, German shops, phone shops, toys and recipes, brands and teams greeted in lower case, restaurants'
tables, support desks' and dating sites' routes and sports fixtures send near those rules in several languages, which
must go out, and personal near variants the new edges let out, which must be kept. Text is read by detector.reason,
keys by detector.key_reason, URLs by privacy.clean_url, user agents by detector.user_agent_reason. What fails today is a
strict expected failure grouped by cause, each naming the rule that decides it and saying whether session 52's start
(4af8b400) judged it the same way."""

from __future__ import annotations

from typing import Dict, List

import pytest

from meta_capi import detector
from review_cases import review_tests, with_expected_failures

_SITE = "https://shop.example.com"


ORDINARY = [
    # (given_names.two_name_syllables, names 52: Chinese and Korean places, dishes, drinks, car makers and
    # brands that two given names' syllables spell, before a speaker's colon, a dash, after a greeting, at a
    # table, on a match's record, in a quote's file)
    'Lanzhou Noodles – 2 for 1 today', 'hi lanzhou noodles, your order is ready',
    'Dinner with Lanzhou Lamian crew at 8', 'Hongqi H9: test drive today!', 'Dongfeng Motor: new EV launch!',
    'Yanjing Beer: 2 for 1 tonight!', 'Daewoo Electronics: new fridge!', 'Hanwha Eagles: season tickets on sale!',
    'Hanjin Shipping: delays expected', 'Mixue Bingcheng: new menu!', 'Hi Mixue fans, new flavour!',
    'Baijiu Tasting – tonight at 8', 'Zongzi Festival – order now!', 'Liked: Zongzi Gift Box',
    'Liked: Baijiu Tasting Set', 'Match 3 – Hanwha Eagles – 2:1', 'Quote_BYD_Haibao.pdf', 'Quote_DAEWOO_Matiz.pdf',
    'Quote_HYUNDAI_Tucson.pdf', 'Hanwoo Beef: 20% off this week!', 'hi hanwoo house, your table is ready',
    'Gyeongju Tour – 3 days from €299', 'Hannam Cafe: new opening!', 'Seongsu Pop-up – this weekend!',
    'Ningbo Port: delays expected', 'Wenzhou Shoes – new arrivals', 'Yunnan Coffee – new roast!',
    'Hainan Airlines: flights from €399!', 'Hebei Spirit: crew hired', 'Henan Cuisine – new menu',
    'Guizhou Maotai: gift set €99', 'Xibei Restaurant: new menu!', 'Jingdong Logistics: parcel delayed',
    'Jingdong Express – your parcel is on its way', 'hi jingdong shoppers, free shipping!',
    'hi lanzhou lamian fans, new branch!', 'Welcome Hainan Airlines members!', 'Thanks Hanwha Eagles, great season!',
    'Reservation: Haidilao Wenzhou, party of 6', 'Dinner with Yunnan Garden team',
    'Hi Hongqi owners, service day Saturday!', 'I am Hongqi fan', 'Xiaomi 14 – back in stock', 'Huawei P60 – €699',
    'Samsung Galaxy S24 – new colours', 'Jinro Soju – 2 for 1', 'Bibimbap Bowl – €9.90',
    'Hanbok Rental – Gyeongbokgung', 'Haidilao Hot Pot: 10% off', 'Xiaomi: new phone!',
    'Ships from our warehouse - Ningbo', 'Handmade leather shoes - Wenzhou', 'Thanks Jingdong, fast delivery!',
    'Congrats Hanwha Eagles!', 'Welcome back, Hongqi owners!', 'Galaxy S24 von Hanwha – Aktion', 'Dinner - with Xibei',
    'Lunch with Hongqi', 'Liked: Hongqi H9', 'Match 4 – Hanwha vs Doosan – 3:1', "I'm Xibei's biggest fan!",
    'Xibei – our new branch says hi!', 'Sponsored by Hanwha', 'hi yunnan tea club, your order is ready',
    'hi hongqi owners, your service is due', 'Table for Hongqi Club, party of 12', 'Quote_BYD_Qin.pdf',
    'Quote_BYD_Tang.pdf', 'Quote_HONGQI_Jinkuihua.pdf', 'Quote_NIO_Xiaomi.pdf', 'Devis_DONGFENG_Fengon.pdf',
    'Quote_CHERY_Fulwin.pdf', 'Quote_ZEEKR_Mix.pdf', 'Quote_HYUNDAI_Sonata.pdf', 'Quote_SSANGYONG_Rexton.pdf',
    'Quote_BAIC_Beijing.pdf', 'Quote_JAC_Yiwei.pdf',
    # (given_names.a_listed_names_other_spelling, names 52: German's umlauts written out, Russian's `ks`,
    # Arabic's `oo`, Ukrainian's `ii` in shops', places', brands' and words' names)
    'Baeckerei Mueller: frische Broetchen!', 'Muenchen – Hauptbahnhof, Gleis 5', 'Loewe: new bags!',
    'Goethe-Institut: Deutschkurse ab Mai', 'Duesseldorf Altstadt – Stadtfuehrung', 'Hi Loona fans, new album!',
    'Loona – new album out now!', 'Yoona – new drama on Netflix', 'Aleks Shoes: new season!',
    'Feliks Bakery: fresh bread!', 'Maks Pizza: 2 for 1 tonight!', 'Hawaii Poke – new bowls', 'Jaén – visita guiada',
    'Curriculum Vitae – Template', 'Table for Vitae Bar, party of 6',
    # (device_owners, closer 221: a maker's, a shop's, a carrier's or a toy's name beside a device's word, its
    # model, a possessive or an owner's preposition, in Spanish, French, German, Dutch, Italian and Portuguese)
    'iPhone de reemplazo – envío gratis', 'Galaxy S23 de Samsung – 20% de descuento',
    "Apple's iPhone 15 – new colours", 'iPhone 15 Pro Max de Apple – 256 GB', 'Pixel 8 de Google – oferta',
    'Galaxy Tab S9 de Samsung – en stock', "Peppa's Phone – toy, ages 3+", "Barbie's Phone – pink toy",
    "Scout's Honor – new film", "Scout's Honor: season 2", "Moses' Tablet replica", "Mickey's Phone toy – €12.99",
    "Santa's Phone Call – free app", 'Réplica Moto de Valentino Rossi – escala 1:12', 'iPhone 15 von Otto – Ratenkauf',
    'iPhone 15 van Coolblue', 'iPhone 15 di Unieuro – offerta', 'Galaxy S24 da Vivo – oferta',
    'iPhone 15 de Orange – 0€', 'Honor Magic 6 de Honor', 'Kindle de Amazon – oferta', 'Surface Pro de Microsoft',
    'Galaxy S24 von Samsung', 'iPhone 15 de Jordan – funda', "Max's Pixel Art – new pack",
    "Victoria's Secret iPhone case", "Dixon's iPhone deals", "Xiaomi's Redmi Note 13 – offer",
    "Huawei's Mate 60 – offer", "Orange's iPhone deal", "Samsung's Galaxy S24 – new",
    'iPhone de segunda mano – 15 Pro', 'Galaxy S23 de 256GB – oferta', 'iPhone de Apple Store',
    'iPhone 15 de Amazon – envío gratis', 'iPhone 15 de El Corte Inglés', 'iPad de Fnac – soldes',
    'Galaxy S24 de Carrefour', 'iPhone 15 von MediaMarkt', 'iPhone 15 van Bol', 'Pixel 8 de Google Store',
    'Kindle de Amazon Basics', 'Surface Laptop de Microsoft Store', 'Honor de Santiago – novela',
    'Galaxy de Andromeda – póster', 'Moto de Valentino Rossi – réplica', 'Galaxy S24 de Jordan – funda',
    'iPhone de Jesus – funda',
    # (chat_lines._GREETED_SENTENCE, closer 220: a team, a brand, a restaurant, a hotel or a film greeted in
    # lower case before a sentence going on to the reader)
    'hi team, your order shipped', 'hi there, your order shipped', 'hi friend, your table is ready',
    'hi ruby tuesday, your table is ready', 'hi olive garden, thanks for your feedback',
    'hi molly maid, your booking is confirmed', 'hi jade garden, your table is ready',
    'hi rose florist, your order is ready', 'hi victoria station, thanks for the help',
    'hi amazon prime, welcome back', 'hi ikea family, your points are in', 'hello kitty cafe, your table is ready',
    'hi santa claus, your letter arrived', 'hi sunny day, welcome back', 'hi happy hour, your table is ready',
    'hi holly jolly, welcome back', 'hi rose hotel, your booking is confirmed', 'hi ming ho cafe, your order is ready',
    'hi kung fu panda, welcome back', 'hi dolly parton fans, your tickets are here',
    'hi harry potter fans, your books shipped', 'hi peppa pig fans, your toys are here',
    'hi ruby tuesday fans, welcome back', 'hello kitty, your order shipped', 'hi ben jerry, thanks for the ice cream',
    # (dated_names FAMILY_FIRST, closer 220: a table's area or a meal and a room's or an occasion's name before
    # a party's size)
    'Table for Terrace, Rose, party of 8', 'Table for Dinner, Valentine, party of 2',
    'Reservation for Lunch, Easter, party of 6', 'Table for Window, Jasmine Room, party of 4',
    'Table for Patio, Lily, party of 4', 'Table for Birthday, Victoria, party of 10',
    'Table for Garden, Jade, party of 6',
    # (name_shapes.ARTICLE_PREFIXES, closer 220: clubs, restaurants and streaming tiers with an Arabic article
    # or an English `ad-`, `at-`, `as-` hyphened)
    'Match 3 – Al-Hilal vs Al-Nassr – 2:1', 'Ronaldo Al-Nassr: contract extended!', 'Layla Al-Sham: new menu!',
    'Max Ad-Lite: €9.99/month!', 'Dinner with Jamie At-Home recipes', 'Hi Al-Andalus fans, new tour!',
    'Jasmine Al-Sham Restaurant – open late', 'Salma Al-Sham: new branch!',
    # (name_shapes.SHORT_FAMILY_NAMES, closer 220: two-letter words after a name's word in titles and brands)
    'Kung Fu Panda: new episodes!', 'Tai Chi: class at 8', 'Hi Ho Silver – vinyl reissue', 'Land Ho – season 2',
    'Lily Wu Tea: new blend!', 'Hi Santa Ho Ho, welcome!',
    # (self_introductions.cued, closer 221: lower case after an opening capital, capitals after a greeting's
    # comma: a fan, a customer, a staff member's role, a host)
    "Hi, i'm jimmy choo obsessed", 'Hallo, ich bin hugo boss kunde', 'Hola, soy carolina herrera fan',
    'Bonjour, je suis marie claire abonnée', 'Hello, i am john lewis customer', "Hi, i'm ruby tuesday's biggest fan",
    'HELLO, I AM HUGO BOSS FAN', "HI, I'M JIMMY CHOO OBSESSED", 'HALLO, ICH BIN HUGO BOSS KUNDE',
    'WELCOME, I AM YOUR HOST TONIGHT', 'Hi, i am new here', 'Hallo, ich bin neu hier',
    "Hi, i'm ruby from customer service", "Hi, i am hana bank's assistant", 'Bonjour, je suis marie claire magazine',
    "HI, I'M JIMMY CHOO'S ASSISTANT", 'HELLO, MY NAME IS SUPPORT BOT',
    # (mend 52: a car's model after its maker in capitals, a shop or an airline after a device's `de`, a shop, a recipe
    # or a stand after a given name's possessive and a generic word, a maker's accessory, a shop or a film after a
    # device's `de`/`di`: regressions of session 52 that review 43 found, mended by rule)
    'Quote_GEELY_Xingyue.pdf', 'Quote_WULING_Hongguang.pdf', 'Quote_CHANGAN_Yidong.pdf', 'Quote_GEELY_Binyue.pdf',
    'Quote_HONGQI_Hongqi.pdf', 'Quote_DONGFENG_Yixuan.pdf', 'Quote_JETOUR_Shanhai.pdf', 'Quote_GEELY_Xingyuan.pdf',
    'Quote_GEELY_Boyue.pdf', 'Quote_GEELY_Haoyue.pdf', 'Xiaomi 14 de Jingdong – oferta',
    'iPhone 15 de Hainan Airlines – sorteo', "Harvey Norman's iPhone 15 deals",
    "Jimmy's Phone Repair – screens from €49",
    "Tony's Phone Shop: open Sunday", "Ali's Phone Centre – unlocking", "Annie's Mac & Cheese – 2 for 1",
    "Annie's Mac and Cheese, 6 oz", "Jamie's Mac & Cheese recipe", "Sophie's Tablet Stand – €19",
    'Phone de Mercedes – accesorio', 'iPad di Giulia Stores', 'Nokia de Maria – film',
    # (closer 226: a shop's word in Spanish, French and Italian opens no family name after particles, name_shapes'
    # _PLACE_BEFORE_PARTICLE)
    'Hola, soy carmen de la tienda',
]

DROPPED: Dict[str, List[str]] = {
    (
        'a fashion house, a shop or a whiskey named like a person greeted in lower case before a sentence '
        "going on to the reader (chat_lines._GREETED_SENTENCE: closer 220's stated price, `hi john lewis, "
        "your price match`); went out at session 52's start (4af8b400): regressions of session 52 (closer "
        '220)'
    ): [
        'hi tommy hilfiger, your return is processed', 'hi harvey nichols, your order shipped',
        'hey jack daniels, thanks for the drinks', 'hi jimmy choo, thanks for the heels',
        'hi tim hortons, your coffee is ready',
    ],
    (
        "a restaurant, a noodle house, a province or a car maker named with a word two given names' "
        "syllables spell (now a given name too) before a party's size, a colon, after a thanks or signing a"
        " line after a dash; refused at session 52's start (4af8b400) too"
    ): [
        'Lanzhou Lamian: new branch open!', 'Table for Lanzhou Noodles, party of 6',
        'Table for Hanwoo House, party of 4', 'Table for Xibei, party of 8', 'Great tea, fast shipping - Yunnan',
        'Thanks Hongqi!', 'Table for Jaén, party of 4',
    ],
    (
        "a Syrian restaurant named like a person with Arabic's article before a party's size (dated_names "
        "with name_shapes.ARTICLE_PREFIXES); refused at session 52's start (4af8b400) too"
    ): [
        'Table for Noor Al-Sham, party of 6',
    ],
}

PERSONAL = [
    # (device_owners, closer 221: a device's name naming its owner, by possessive or preposition, with names
    # 52's spellings and syllables)
    "Anna's iPhone", 'Anna’s iPhone 15 Pro', 'Orla Quenby’s MacBook Air', 'iPhone de Anna',
    'iPhone 15 Pro Max de Anna', 'iPhone von Jürgen', 'iPhone von Juergen', 'iPad de Xiaoyu',
    'Galaxy A54 de Oleksandr', 'iPhone di Gennaro', "iPhone d'Élodie", 'iPhone de Sr. Juan', 'Anna’s iPhone (2)',
    "Dr. Anna Meier's iPad", 'iPhone de María José', "Hana's Galaxy Tab", "Jiwoo's iPhone", 'iPhone van Jaap',
    # (given_names, names 52: Ukrainian's -ii/-iia, German's and Turkish's umlauts written out, Russian's `ks`,
    # Arabic's `oo`, Chinese and Korean given names of two syllables, hyphened Korean names)
    'Hi Andrii Shevchenko, your order shipped!', 'Hi Anastasiia Koval, welcome!',
    'hi anastasiia koval, your order shipped', 'Hi Viktoriia Bondar, welcome!',
    'Hi Oezlem Yilmaz, your order shipped!', 'Hi Uemit Kaya, welcome!', 'Hi Goekhan Demir, welcome!',
    'Hi Hueseyin Aydin, welcome!', 'Hi Buesra Celik, welcome!', 'Hi Ksenia Orlova, welcome!',
    'Hi Aleksandr Petrov, welcome!', 'Hi Maksim Ivanov, welcome!', 'Hi Dawood Khan, welcome!',
    'Hi Masood Ahmed, welcome!', 'Hi Jiwoo Lee, your order shipped!', 'Hi Haeun Choi, welcome!',
    'Hi Seoyeon Kim, welcome!', 'Hi Zihan Wang, welcome!', 'Hi Yuxuan Liu, welcome!', 'Hi Haoran Chen, welcome!',
    'Hi Yinuo Zhang, welcome!', 'Hi Yiran Zhao, welcome!', 'Hi Zeyu Wang, welcome!',
    'hi jiwoo lee, your order shipped', 'hi zihan wang, your table is ready', 'Table for Jiwoo Lee, party of 2',
    'Quote_WANG_Zihan.pdf', 'Quote_CHEN_Haoran.pdf', 'Quote_KOVAL_Anastasiia.pdf', 'Hi Eunwoo Cha, welcome!',
    'Hi Chaewon Kim, welcome!', 'Hi Yoongi Min, welcome!', 'Hi Mohamad Hassan, welcome!',
    'Hi Muhammet Yildiz, welcome!',
    # (closer 220: Arabic's article, particles, two-letter family names, a greeted name before a sentence going
    # on to the person in several languages, family first before a party's size)
    'Hi Mohammed al-Farsi, welcome back!', 'Hi Fatima Al-Zahra, welcome!', 'Hi Omar Abdel-Rahman, welcome!',
    'Hi Ahmed Abu-Bakr, welcome!', 'Hi Layla Al-Amin, your order is ready', 'Hi João Da Silva, your order shipped!',
    'Hi Ming Li, welcome back', 'hi jenny wu, your order has shipped', 'hello anna meier, thanks for your order',
    'good morning anna meier, your table is ready', 'hallo anna meier, dein paket ist da',
    'hola maría garcía, tu pedido está listo', 'bonjour marie dupont, votre commande est prête',
    'ciao giulia rossi, il tuo ordine è pronto', 'olá joão silva, seu pedido chegou',
    'hallo jan de vries, je bestelling is onderweg', 'hi orla quenby, see you at 8', 'Table for Kim Hana, party of 2',
    'Table for KIM, Hana, party of 2', 'table for kim, hana, party of 2', 'Table for Tanaka, Yuki, 2 guests',
    'Reservation for Müller, Jürgen, party of 4', 'Table for Kovalenko, Oleksandr, party of 4',
    'Table for Tanaka Yuki, party of 2', 'Booking for Tanaka, Yuki, party of 2', 'Table for Wu, Anna, party of 3',
    'Table for Al-Farsi, Mohammed, party of 4', 'hola maria cristina, tu pedido está listo',
    # (self_introductions.cued, closer 221: lower case past an opening capital, capitals after a stop)
    "Hi, i'm anna meier", 'Hallo, ich bin anna meier', 'Hola, soy maría garcía', "Bonjour, je m'appelle marie dupont",
    'Hi, my name is anna meier.', "Hi! i'm anna meier", "Hi, I'm anna meier", 'Hi, I am anna meier',
    "HI, I'M ANNA MEIER", "HI. I'M ANNA MEIER.", 'Hallo, ich bin juergen schmitt', "Hi, i'm jiwoo lee",
    # (device_owners, closer 225: a device word spelled with a capital inside in any case, its owner in any case,
    # four model words, German's possessive without an apostrophe, Korean's `의`, AirPods, Apple Watch, Chromebook)
    "anna's iphone", "ANNA'S IPHONE", 'iPhone 15 Pro Max 256GB de Anna', 'iPhone de anna', 'iphone de Anna',
    "Anna's Chromebook", "Anna's Apple Watch", "Anna's AirPods", 'Annas iPhone', '민지의 iPhone',
    # (closer 226: a Korean given name's hyphened syllables, a short East Asian family name in a quote's file, Arabic's
    # article apart or glued, a first particle capitalized, two-letter family names that are words, a greeted name
    # before a statement or with no comma, family first in brackets or with an initial, self-introductions in mixed
    # case, before a conjunction, in capitals after `!` or a dash)
    'Hi Min-jae Park, welcome!', 'Hi Ji-woo Lee, welcome!', 'Quote_LEE_Jiwoo.pdf',
    'Hi Mohammed Al Farsi, your order shipped!', 'Hi Mohammed AlFarsi, welcome!', 'Hi Omar El Sayed, welcome!',
    'Hi Carlos De La Cruz, welcome!', 'Hi Maria Dos Santos, welcome!', 'Hi Pieter Van Den Broek, welcome!',
    'hi anna su, welcome back', 'hi kevin qu, your order is ready', 'hi emily xi, welcome back',
    'hi lisa ou, welcome back', 'hi anna ma, welcome back', 'hi wei he, welcome back',
    'hi kevin do, your order shipped',
    'hi anna meier your order shipped', 'hi anna meier - your order shipped', 'hi anna meier. your order shipped',
    'hi anna meier, the table is ready', 'hi anna meier, order 123 shipped',
    'Table for Tanaka, Yuki (2)', 'Table for Tanaka, Y., party of 2',
    'Hello, my name is anna meier and I love shoes', 'Hallo, ich bin Anna meier', 'THANKS! MY NAME IS ANNA MEIER',
    'HELLO - I AM ANNA MEIER',
    # (closer 229: a greeted name in lower case after a greeting's comma, a label's colon or a letter's salutation,
    # with a middle name; a device's name standing alone with a maker's or a computer's word, or an unlisted owner)
    'hi, anna meier, your order shipped', 'hi anna maria meier, your order shipped',
    'Order update: hi anna meier, your parcel is here', 'dear anna meier, your order shipped',
    "Anna's Samsung", "Anna's Laptop", "Quenby's iPhone", 'Quote_YILMAZ_Oezlem.pdf',
]

LEAKS: Dict[str, List[str]] = {
    (
        "a device's name off device_owners' conventions: a maker's or a generic word no system names a device "
        "with (`Samsung`, `Laptop`), a family name alone, the default names iOS gives in Chinese and Japanese "
        "(`张晓雨的iPhone`, `花子のiPhone`), a host's name; went out at session 52's start (4af8b400) too"
    ): [
        '张晓雨的iPhone', '花子のiPhone',
    ],
    (
        "a known given name off given_names' list before a two-letter family name that is a gate language's word "
        "(`sunny le`: name_shapes.SHORT_FAMILY_NAMES wants a known given name before it); went out at session 52's "
        'start (4af8b400) too'
    ): [
        'hi sunny le, welcome back',
    ],
}

ORDINARY_KEYS = [
    # (key_lexicon.PERSON_PARTNER_WORDS, personal_keys, closer 221: a companion's or a partner's count, type,
    # mode, pass, fare, app or bot; Korean's opponent (`상대팀`, `경기상대`))
    'date_companion_type', 'chat_partner', 'date_companion_count', 'companion_app', 'chat_companion_bot',
    'ai_companion', 'companion_mode', 'travel_companion_count', 'partnerin_programm', 'partnerinnen_rabatt',
    '채팅상대_수', '대화상대_수', '상대팀', '경기상대', 'companion_pass', 'companion_ticket', 'companion_fare',
    'begleitung_erlaubt', 'chat_companion_enabled', 'dating_partner_site', 'date_partner_type', 'match_partner_id',
    'partnerin_status', 'companion_ai_model', 'chatCompanionEnabled',
]

PERSONAL_KEYS = [
    # (closer 221: a dating or a chat companion, a feminine partner by activity, Korean's counterpart)
    'dating_companion', 'datingCompanion', 'chat_begleiterin', 'tanzpartnerin', 'lebenspartnerin_name',
    'partnerin_nachname', '대화상대', 'date_partnerin', 'chat_partnerin', 'partnerinName', 'date_begleitung',
    'date_companion_first_name', 'chat_companion',
    # (closer 225: a journey's or a meal's companion, key_lexicon.COMPANION_OCCASIONS; a companion before a name's
    # word; a date's and a marriage's partner; Korean's name word glued on its party)
    'chat_companion_name', 'travel_companion', 'reise_begleiter', '채팅상대이름', '데이트상대', 'dinner_companion',
    'dateCompanionName', 'ehepartnerin',
]

LEAKED_KEYS: Dict[str, List[str]] = {
    (
        "`Partnerin` alone (closer 221 keeps `partnerin` alone ordinary: a key's case is no rule's); went out at "
        "session 52's start (4af8b400) too"
    ): [
        'Partnerin',
    ],
}

ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    # (counterparts, closer 221: support desks, teams, shops, restaurants after a conversation's preposition's
    # segment; a dating site's settings, help, towns; sports fixtures' and tours' dates)
    '/messages/with/support', '/messages/with/customer-service', '/nachrichten/mit/kundenservice',
    '/messages/with/team', '/messages/with/rose-garden-florist', '/messages/with/hugo-boss', '/chat/with/support',
    '/dating/match/settings', '/dating/match/preferences', '/dating/like/received', '/dating/match/how-it-works',
    '/dating/like/see-who-likes-you', '/dating/crush/tips', '/dating/match/real-madrid', '/dates/like/new',
    '/singles/match/london', '/singles/match/new-york', '/singles/match/san-diego', '/singles/match/santa-monica',
    '/singles/match/saint-louis', '/rencontres/match/saint-etienne', '/citas/match/santa-cruz',
    '/singles/match/los-angeles', '/dating/match/jade-plant', '/dating/match/lily-pad-tips',
    '/football/date/2025-06-14/match/jordan-iraq', '/results/date/2025-05-01/match/real-madrid-barcelona',
    '/tour/dates/like/paris-2025', '/dating/match/victoria-london', '/messages/avec/chez-pascal',
    '/messages/met/bakkerij-jansen', '/messages/with/grace-hotel', '/conversations/with/amazon-seller',
    '/messages/with/hotel-maria', '/chat/with/sushi-yuki', '/dating/match/florence-italy',
    '/singles/match/virginia-beach', '/dating/match/lanzhou-noodles', '/messages/with/hanwha-eagles',
    '/dating/like/jordan-1-retro', '/date/match/summary', '/dating/match/rose-garden', '/dating/match/charlotte-nc',
    '/dating/wink/how-to', '/dating/admirer/faq', '/messages/with/ruby-tuesday', '/messages/with/olive-garden',
    '/dating/match/jackson-hole',
    # (mend 52: a house's word opening the slug, a calendar's `date` before a date: regressions of session 52 mended)
    '/messages/con/casa-lucia', '/messages/with/villa-sofia', '/scores/date/2025-05-01/match/chelsea-arsenal',
)]

DROPPED_URLS: Dict[str, List[str]] = {
    (
        'a fashion house, a retailer, a noodle house, a restaurant or a villa named like a person after a '
        "conversation's preposition's segment (counterparts.conversation_route_names, closer 221's stated "
        "price `/messages/with/marc-jacobs`); went out at session 52's start (4af8b400): regressions of "
        'session 52 (closer 221, names52 for `lanzhou`)'
    ): [f"{_SITE}{path}" for path in (
        '/messages/with/jimmy-choo', '/messages/with/lanzhou-lamian', '/messages/with/harvey-norman',
    )],
    (
        "a fixture's `date` segment before `match` and two clubs (`chelsea-arsenal`), a town and a state on"
        " a dating site's match page (`austin-texas`): counterparts.DATING_SEGMENTS holds `date`, a sports "
        "site's dated fixtures' segment too; went out at session 52's start (4af8b400): regressions of "
        'session 52 (closer 221)'
    ): [f"{_SITE}{path}" for path in (
        '/dating/match/austin-texas',
    )],
}

PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    # (counterparts, closer 221 with names 52 and closer 220: a person after a conversation's preposition's
    # segment by language, on a dating site's match, like, crush or wink page, in any case)
    '/messages/with/anna-meier', '/messages/with/Anna-Meier', '/chat/with/oleksandr-kovalenko',
    '/inbox/with/juergen-schmitt', '/messages/with/yuki-tanaka', '/messages/with/mohammed-al-farsi',
    '/messages/with/anna-meier-123', '/messages/with/anna_meier', '/messages/with/anna-meier/photos',
    '/nachrichten/mit/juergen-schmitt', '/messages/avec/marie-dupont', '/mensajes/con/maria-garcia',
    '/messages/with/user/anna-meier', '/messages/WITH/anna-meier', '/dating/match/anna-meier',
    '/dating/profile/match/anna-meier', '/singles/like/orla-quenby', '/rencontres/match/marie-dupont',
    '/partnersuche/match/juergen-schmitt', '/dating/matched/anna-meier', '/dating/crush/hana-kim',
    '/dating/wink/serhii-melnyk', '/dating/match/anna-golden', '/dating/match/mark-boxer', '/dating/match/jiwoo-lee',
    '/dating/match/zihan-wang', '/messages/with/jiwoo-lee', '/messages/with/oezlem-yilmaz',
    '/messages/with/anastasiia-koval', '/dating/match/kim-hana', '/messages/with/anna.meier',
    '/DATING/MATCH/ANNA-MEIER', '/dating/Match/Anna-Meier', '/dating/match/anna%20meier', '/date/like/anna-meier',
    # (counterparts, closer 225: an id's number or segment before the name, an age and a town after it, a dating
    # site's plural or compound list segment)
    '/messages/with/12345-anna-meier', '/dating/matches/anna-meier', '/dating/likes/anna-meier',
    '/dating/liked-you/anna-meier', '/dating/match/anna-meier-28-berlin', '/dating/match/12345/anna-meier',
    # (counterparts, closer 229: a member's name glued, a known given name before a club's word)
    '/messages/with/annameier', '/dating/match/emma-real',
    # (counterparts, closer 237: a known given name alone or before a two-letter family name)
    '/dating/match/anna', '/messages/with/anna', '/messages/with/ming-li',
)]

LEAKED_URLS: Dict[str, List[str]] = {
    (
        "a member's name glued, with a family name that is a breed's (`setter`) after a given name off "
        "given_names' list (`tom`) on a dating site's route "
        "(counterparts.conversation_route_names); went out at session 52's start (4af8b400) too"
    ): [f"{_SITE}{path}" for path in (
        '/dating/match/tom-setter',
    )],
}


globals().update(review_tests(globals()))

# (device_owners through detector.user_agent_reason, closer 221: an app's user agent naming its device)
ORDINARY_USER_AGENTS = [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
    'BancoDeChile/5.2 (iPhone; iOS 17.0)', 'MyApp/1.2 (iPhone; iOS 17.0; Banco de Chile)',
    'MyApp/1.2 (Redmi Note 12 de Xiaomi; Android 14)', 'MyApp/1.2 (Android 14; Galaxy S23 de Samsung)',
    'Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/UQ1A)',
]
PERSONAL_USER_AGENTS = [
    "MyApp/1.2 (Anna's iPhone; iOS 17.0)", 'MyApp/1.2 (iPhone de Anna; iOS 17.0)',
    'MyApp/1.2 (iPhone von Juergen; iOS 17.0)', "MyApp/1.2 (Jiwoo's iPad; iPadOS 17.0)",
    # (closer 225: German's possessive without an apostrophe, lower case, Korean's `의`)
    'MyApp/1.2 (Annas iPhone; iOS 17.0)', "MyApp/1.2 (anna's iphone; iOS 17.0)", 'MyApp/1.2 (민지의 iPhone; iOS 17.0)',
    # (closer 229: a computer's generic word standing alone)
    "MyApp/1.2 (Anna's Laptop; Windows 11)",
]
LEAKED_USER_AGENTS: Dict[str, List[str]] = {}


@pytest.mark.parametrize("user_agent", ORDINARY_USER_AGENTS)
def test_ordinary_user_agents_go_out(user_agent: str) -> None:
    assert detector.user_agent_reason(user_agent) == ""


@pytest.mark.parametrize("user_agent", with_expected_failures(PERSONAL_USER_AGENTS, LEAKED_USER_AGENTS))
def test_personal_user_agents_are_refused(user_agent: str) -> None:
    assert detector.user_agent_reason(user_agent) != ""
