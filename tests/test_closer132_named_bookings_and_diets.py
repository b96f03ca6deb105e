"""Closer 132 (sixty-fifth attack: food): a person named by a booking's or a plan's words, with no label.

- Whom a booking or a handover is for (booked_names._BOOKED_FOR, key_lexicon.BOOKED_FOR: `Reservation for`, `Table
  for`, `Reservierung für`, `Réservation pour`, `Reserva para`, `Prenotazione per`, `Reservering voor`, `Rezerwacja
  dla`, `Handed to`, `Übergeben an`) before a full name, and a party's size booked under one word
  (key_lexicon.PARTY_SIZES, BOOKED_UNDER: `Party of 6 under …`); a count's, a day's, an occasion's, a meal's or a
  room's word in the name is none (booked_names.NOT_BOOKED_NAMES: `Table for Two People`, `Booking for Afternoon
  Tea`).
- A full name beside a diet's, an allergy's or a health condition's word (named_diets.reason,
  named_diets.CONDITION_STEMS: `… is coeliac`, `…: alergia a la lactosa`, `Coeliac menu requested – …`,
  `Allergiekaart …: pinda`); a diet's, an allergen's or a product's word in the name is none (named_diets.DIET_WORDS:
  `Coeliac menu – Gluten Free`).
- A review signed with no dash (reviews.signed_in_town_reason, reviews._SIGNED_IN_TOWN): a sentence's end after a
  lower-case word, a full name, a comma and a known town or a country ending the text; a place's, a site's
  (reviews._SITES) or a business's word in the name is none (`Made in Italy. Milano, Italia`, `Covent Garden,
  London`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector

PERSON_NAME = "holds a person's name"

BOOKED_FOR = [
    "Reservation for Orla Quenby, 2 guests, 20:00", "Reservation for Mr Orla Quenby", "Table for Orla Quenby at 8pm",
    "Booking for Mathis Quarvelle – 6 covers", "Reservierung für Jonas Quarvelle, 19 Uhr",
    "Tisch für Jonas Quarvelle, 4 Personen", "Réservation pour Anne Quendrix – 20h",
    "Table pour Anne Quendrix, terrasse", "Reserva para Lucía Quarvelle, 4 personas",
    "Mesa para Lucía Quarvelle – 21h", "Prenotazione per Marco Quarvelle, ore 20", "Tavolo per Marco Quarvelle, 4 pax",
    "Reservering voor Sanne Quarvelle, 3 pers.", "Tafel voor Sanne Quarvelle om 19 uur",
    "Rezerwacja dla Anna Quarvelle, godz. 19", "Stolik dla Anna Quarvelle, 4 osoby",
    "Party of 4 under Quenby", "Party of 8 under Quarvelle - anniversary", "Group of 12 under Quendrix, terrace",
    "Handed to Orla Quenby at the door, 19:02", "Handed over to Mathis Quarvelle, 18:40",
    "Übergeben an Jonas Quarvelle, 18:02", "Remis à Anne Quendrix en main propre",
    "Entregado a Lucía Quarvelle en mano",
    "Consegnato a Marco Quarvelle alle 18", "Overhandigd aan Sanne Quarvelle",
]


@pytest.mark.parametrize("text", BOOKED_FOR)
def test_whom_a_booking_or_a_handover_is_for_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


NAMED_DIETS = [
    "Orla Quenby has a severe peanut allergy", "Mathis Quarvelle is diabetic, no dessert please",
    "Jonas Quarvelle ist Diabetiker", "Anne Quendrix est cœliaque", "Marco Quarvelle: intolleranza al lattosio",
    "Sanne Quarvelle heeft coeliakie", "Anna Kowalska – alergia na orzechy", "Lucía Quarvelle: celíaca, sin gluten",
    "Allergy note for Orla Quenby", "Diabetic meal for Mr Orla Quenby", "Gluten-free meal: coeliac – Jonas Quarvelle",
    "Allergiekarte Jonas Quarvelle: Erdnüsse", "Meal plan for Orla Quenby (coeliac disease)",
    "Dieta para Lucía Quarvelle: diabetes tipo 1",
]


@pytest.mark.parametrize("text", NAMED_DIETS)
def test_a_name_beside_a_health_condition_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


ORDINARY = [
    # bookings and handovers
    "Reservation for 2", "Table for Two", "Table for Two People", "Reservation for Saturday",
    "Reservation for Saturday Night", "Party of 6 under 30s", "Party of 6 under Budget", "Handed to Courier",
    "Handed to Royal Mail", "Handed to Reception Desk", "Booking for Afternoon Tea", "Booking for Birthday Party",
    "Booking for Corporate Events", "Table for Outdoor Seating", "Reservation for Sunday Roast",
    "Book a Table for Mother's Day", "Reservation for New Year's Eve", "Table for Christmas Dinner",
    "Tisch für Zwei Personen", "Mesa para Dos", "Reservation for Private Dining Room", "Table for Lunch Special",
    # diets and plans
    "Nutrition plan for Weight Loss", "Diet plan for Beginners", "Suitable for coeliacs", "Coeliac menu – Gluten Free",
    "Dieta per Celiaci", "Gluten Free Bread: coeliac safe", "Diabetic Friendly Chocolate Bar",
    "Diabetes Care – Blood Glucose Monitor", "Accu-Chek Guide: diabetes test strips", "Allergen Guide – Main Menu",
    "Coeliac UK – Crossed Grain", "Free From: allergy friendly", "Lindt Excellence 85%, suitable for diabetics",
    "Nutrition Facts: allergens listed below", "Schär Gluten Free Pasta", "Allergy-friendly Christmas Menu",
    # product names and menu items
    "Margherita Pizza", "Chicken Tikka Masala", "Spaghetti Carbonara, 2 portions", "Pad Thai (contains peanuts)",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_bookings_plans_and_menus_go_out(text: str) -> None:
    assert detector.reason(text) == ""


SIGNED_IN_TOWN = [
    "Tolles Essen, gerne wieder! Jonas Quarvelle, Berlin", "Great food, friendly staff. Orla Quenby, Leeds",
    "Muy rico todo. Lucía Quarvelle, Madrid", "Ottimo servizio, consigliato! Marco Quarvelle, Torino",
    "Heerlijk gegeten. Sanne Quarvelle, Utrecht", "Très bon accueil, je recommande. Anne Quendrix, Paris",
]


@pytest.mark.parametrize("text", SIGNED_IN_TOWN)
def test_a_review_signed_with_its_town_is_refused(text: str) -> None:
    assert detector.reason(text) == PERSON_NAME


TOWNS = [
    "Paris, France", "Made in Italy. Milano, Italia", "Visit us. New York, USA", "Open daily. Covent Garden, London",
    "Handmade in small batches. Bella Italia, Roma", "Flagship store now open. Oxford Street, London",
    "Shipped from our warehouse. Greater Manchester, England", "Open 9-5. Main Square, Kraków",
    "Free returns. Customer Service, Berlin", "Our new collection. Summer Edition, Paris",
]


@pytest.mark.parametrize("text", TOWNS)
def test_a_place_after_a_sentence_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
