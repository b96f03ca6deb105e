"""Closer 223: review 41's layouts that did not reach the name's shape, closed by rule, both ways, with the price.

- A meal's or an outing's words by language opening a clause before `with` (`w/`, `mit`, `avec`, `con`...) and a full
  name written any common way, ending the text or before a time, a place's preposition or a day's word
  (dated_names.meal_reason, behind its own cue): the name's last word no drink's, dish's or show's (`Hugo Spritz`,
  `Caramel Drizzle`, `Destiny Tour`); in lower case only before a time or a place (`drinks w/ harvey wallbanger`).
- A speaker, either way round (family first before a known given name: `Tanaka Yuki`), before a chat's everyday short
  message by language (`running late`, `on my way`, `bin unterwegs`, `j'arrive`) ending the line, in any case
  (chat_lines.on_the_way, behind its words' cue); a greeting before a family-first name and a colon; a greeting, a
  name and a message all in capitals (`HI MOHAMMED AL-FARSI, WELCOME!`), an audience's plural excepted.

The price (asserted below): a cocktail or a dish named after a person after a meal's `with` (`Drinks with Tom
Collins`, `Coffee with Tia Maria`), a celebrity (`Dinner with Jamie Oliver`); a brand greeted in capitals with a
message in capitals (`HI JIMMY CHOO, NEW SEASON!`, as `Jimmy Choo: new season, new heels!` already was); a brand or a
place named like a person before `on my way` (`Hana Tour: on my way`).
"""

from __future__ import annotations

import pytest

from meta_capi import chat_lines, dated_names, detector
from review_cases import review_tests

ORDINARY = [
    # (dated_names.meal_reason: what a meal is had with, no person)
    'Dinner with friends', 'Dinner with friends at 8', 'Pasta with Pesto Genovese', 'Coffee with Milk',
    'Coffee with Oat Milk', 'Lunch with Santa', 'Lunch with Santa Claus at 12',
    'Breakfast with Santa Claus on Saturday', 'Dinner with a View', 'Dinner with a view at 8',
    'Dinner with Jamie Oliver recipes', 'Dinner with Hugo Spritz at 8',
    'brunch with hugo spritz', 'Drinks with Aperol Spritz at 6', 'drinks w/ harvey wallbanger',
    'Drinks with Logan Roy cast at 6', 'Tea with Earl Grey', 'Tea with Earl Grey at 4', 'Tea with Jasmine Pearls',
    'Coffee with Caramel Drizzle', 'Coffee with Irish Cream', 'Coffee with Amaretto Cream', 'Date with Destiny',
    'Date with Destiny Tour', 'Dinner with Live Music at 8', 'Dinner with Live Jazz tonight',
    'Drinks with Happy Hour prices', 'Lunch with Free Dessert', 'Brunch with Bottomless Mimosas',
    'Dinner with the Family at 8', 'Dinner with Family and Friends', 'Date night with Netflix',
    'Movie night with Star Wars', 'Dinner with Red Wine at 8', 'Dîner avec Vue Mer', 'Cena con Vista Mare',
    'Abendessen mit Live Musik', 'Lunch with Colleagues', 'Drinks with Old Friends at 8', 'Dinner with Chef Marco',
    'Lunch with Team Alpha', 'Dinner with Grandma Rose', 'Breakfast with Avocado Toast',
    'Dinner with Wine Pairing at 8',
    'drinks with the team at 6', 'Cena con Amigos', 'dinner with mom and dad at 8', 'Dinner with Grace Kelly films',
    'Date night with Ice Cream', 'Lunch with Caesar Salad', 'Lunch with Eggs Benedict', 'Brunch with Peach Melba',
    'Dinner with Beef Wellington at 8', 'Lunch with Margherita Pizza', 'Coffee with Victoria Sponge',
    'Lunch with Croque Monsieur', 'Dinner with Chicken Marsala', 'Cena con Maria Crema',
    'Drinks with Bloody Mary at 7', 'Date w/ Bloody Mary at 8',
    # (chat_lines.on_the_way: a title's, a service's or a shop's line before the same words)
    'Sushi Yuki: on my way!', 'Hana Bank: on my way', 'Ramen Hana – on my way!', 'Cafe Hana – on my way!',
    'Ali Express – on my way!', 'Domino Pizza: on my way', 'Tour Update: running late', 'Train 511: running late',
    'Flight Status – on my way', 'Hikari Express – running late', 'Nozomi 23 – running late', 'Team Hana: running late',
    'Uber Eats: your driver is on the way', 'Tom Ford – new fragrance out now!',
    # (chat_lines: greetings in capitals to an audience, a product or a place; a family-first look-alike)
    'HEY PASCAL CODERS, MEETUP TONIGHT!', 'HI JADE COLLECTORS, NEW PIECES IN!',
    'HELLO KITTY, NEW COLLECTION!', 'HOLA AMIGOS, BIENVENIDOS!', 'HI TEAM MEMBERS, MEETING AT 5!',
    'HELLO NEW YORK, ARE YOU READY?', 'HI CUSTOMER SERVICE, HELP!', 'Hi Paella, Valenciana: recipe inside',
    'Hi Support, Team: your ticket is open',
]

PERSONAL = [
    'Dinner with Orla Quenby at 8', 'Dinner with Mohammed Al-Farsi at 8', 'dinner with hana kim at 8',
    'Date night w/ Tetiana Bondarenko', 'Abendessen mit Anna Schmidt um 19 Uhr', 'Dîner avec Marie Dupont à 20h',
    'Cena con Giulia Rossi stasera', 'Lunch with Orla Quenby tomorrow', 'Coffee with Hana Kim',
    'Drinks w/ Orla Quenby @ 7', 'Dinner with Tanaka, Yuki at 8', 'Reminder: lunch with Orla Quenby at noon',
    'Tanaka Yuki: running late!', 'Kim Hana – on my way!', 'Orla Quenby: on my way', 'SERHII MELNYK: ON MY WAY!',
    'mohammed al-farsi: running late again', 'Anna Schmidt: bin unterwegs', "Marie Dupont : j'arrive",
    'Hi Tanaka, Yuki: your table is ready', 'HI MOHAMMED AL-FARSI, WELCOME!', 'HI ORLA QUENBY, WELCOME!',
    # (the price: a cocktail, a dish or a celebrity named like a person after a meal's `with`; a brand greeted in
    # capitals or before `on my way`)
    'Drinks with Tom Collins', 'Coffee with Tia Maria', 'Drinks w/ Johnnie Walker',
    'Dinner with Jamie Oliver', 'Movie night with Tom Hanks', 'HI JIMMY CHOO, NEW SEASON!', 'Hana Tour: on my way',
]

globals().update(review_tests(globals()))


@pytest.mark.parametrize("text", [
    'Summer Sale – up to 50% off', 'Welcome to our shop', 'Hi Orla Quenby, your order has shipped!',
])
def test_a_text_without_a_meal_or_a_chats_words_reads_neither_rule(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def never(form: str) -> str:
        raise AssertionError(form)
    monkeypatch.setattr(dated_names, "meal_reason", never)
    monkeypatch.setattr(chat_lines, "on_the_way", never)
    detector.reason(text)
