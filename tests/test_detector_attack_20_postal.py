"""The address layouts of the twentieth attack (postal.py): the seventeenth attack's parts with Luanda's building and
quarter and Kinshasa's quarter and commune, a street named by words before the house's number after its mark, a
quarter before a street named by its number, the house's number opening the address before its street and quarter;
the eighteenth attack's two parts with Russian, Kyrgyz, Tajik, Turkmen, Bengali, Nepali, Dari and Dhivehi words by
kind; a numbered district beside a street named by its word after its name; a house named after its abbreviated word
beside such a street; a part placing the house from a landmark after a quarter or a crossroads; the opening plot or
stand after a sentence or a label's colon; an address among the user agent's comments. Exact verdicts, and the
ordinary values next to each rule they must leave alone."""

from __future__ import annotations

import pytest

from meta_capi import detector
from meta_capi.postal import POSTAL_ADDRESS

ADDRESSES = [
    # a street named by words before the house's number after `n°` or `#`, followed by the next part (Kinshasa)
    "Avenue Kasa-Vubu n° 45, Commune de Kalamu, Kinshasa",
    "Avenue du Commerce n° 12, Gombe",
    "Rue Lumumba #8, Commune de Limete",
    # the house's number opening the address, its street's part, then a quarter's (`Q/`) or a commune's (`C/`)
    "45, av. Kasa-Vubu, Q/Matonge, C/Kalamu",
    "12, Avenue Tombalbaye, Q/Mbinza, Ngaliema",
    # a building beside its street (Luanda), a quarter before a street named by its number (Luanda, Maputo)
    "Rua Rainha Ginga, Prédio 12, 3º Andar, Apt 7, Luanda",
    "Rua Amílcar Cabral, Prédio 4, Luanda",
    "Bairro Maianga, Rua 5, Casa nº 23",
    "Bairro Alvalade, Rua 12, Luanda",
    "Bairro Polana, Avenida 3, Maputo",
    # a stand or a plot opening the address, a sentence or a label's value (Harare, Lusaka)
    "Stand 1234, Mabelreign, Harare",
    "Stand 52, Borrowdale Brooke, Harare",
    "Asante sana! Stand 1234, Mabelreign, Harare Merci",
    "Deliver to: Plot 5028, Kabulonga, leave with the guard",
    "Drop at: Stand 88, Glen View, call on arrival",
    # a quarter or a crossroads, then a part placing the house from a landmark (Douala, Yaoundé)
    "Quartier Akwa, derrière la pharmacie du Centre, Douala",
    "Quartier Bastos, en face de l'ambassade, Yaoundé",
    "Bonamoussadi, carrefour Kotto, maison bleue après la boulangerie",
    "carrefour Ndokoti, juste après la station Total",
    # a numbered ward beside a street named by its word after its name (Kathmandu), in Devanagari too
    "Ward No. 4, Thamel Tole, Kathmandu",
    "Ward 10, Baneshwor Marg, Kathmandu",
    "वडा नं. ४, ठमेल टोल, काठमाडौं",
    "वडा नं. १०, बानेश्वर मार्ग",
    # a house and a road by their numbers (Dhaka, in Bengali)
    "বাড়ি ১২, রোড ৫, ধানমন্ডি, ঢাকা ১২০৫",
    "বাসা ৭, রোড ২৭, গুলশান",
    # a house named after its abbreviated word beside a street named after its name (Malé), in Thaana too
    "H. Blue Lagoon, Majeedhee Magu, Malé 20026",
    "H. Sunny Side, Ameeru Ahmed Magu, Malé",
    "ހ. ބްލޫ ލަގޫން، މަޖީދީ މަގު، މާލެ",
    # a quarter, a street or a lane named first beside a numbered house (Kabul, in Dari)
    "کارته سه، سرک پنجم، خانه ۱۲، کابل",
    "کوچه گلها، خانه ۷، کابل",
    # a microdistrict, a house and a flat (Bishkek), a street named first ending on its number (Dushanbe), a street
    # after its name and a house and a flat (Ashgabat)
    "микрорайон 7, дом 12, кв 45, Бишкек",
    "мкр. 5, д. 3, кв. 12",
    "mkr. Asanbai, d. 12, kv. 45, Bishkek",
    "кӯчаи Рӯдакӣ 45, хонаи 12, Душанбе",
    "хиёбони Исмоили Сомонӣ 8, хонаи 3",
    "Görogly köçesi 35, jaý 12, öý 4, Aşgabat",
    "Magtymguly şaýoly 12, jaý 4",
]

NEAR_MISSES = [
    # a street word and a number sign or a number, not a street's part and the next part
    "Avenue Perfume n° 5",
    "Chanel n° 5, Eau de Parfum",
    "Rue du Commerce collection, n° 5 edition",
    "Size 45, Avenue collection",
    "Pack of 45, Rue Augusta T-shirt",
    # a building's or a quarter's word without its number or its street's
    "Prédio model kit, 12 pieces",
    "Bairro Alto print, Rua Augusta poster",
    "Bairro Alto tote",
    # a stand or a plot without a place after its number, or without its number
    "Stand Mixer 1200W, Silver",
    "Pick-up at Stand 12, market",
    "Stand 12, market entrance",
    "Note: Plot twist, season 2",
    "Chapter: Plot 3, The Return",
    # a quarter's or a crossroads' word without a landmark's part, a landmark's word without a quarter's part
    "Quartier Latin, Paris edition",
    "Quartier Latin mug, devant",
    "Carrefour gift card, 50 EUR",
    "Après la pluie, le beau temps",
    "Après-ski boots, size 42",
    # a ward, a tole, a road or a magu without the other part
    "Ward 4 Edition Poster",
    "Ward Robe 3 doors, oak",
    "Forward 4, Award Edition, Toward Tole",
    "Road 5 Running Shoes",
    "Tole painting kit, 12 colours",
    "Magu Blue Mug, 350ml",
    "H. Samuel watch, Gold Edition",
    # a house's word and a number beside no other part
    "дом 2 книга, издание 3",
    "Jay 12, Blue edition",
    "микрорайон набор LEGO",
]


@pytest.mark.parametrize("address", ADDRESSES)
def test_an_address_of_the_twentieth_attack_is_found(address: str) -> None:
    assert detector.reason(address) == POSTAL_ADDRESS


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_an_ordinary_value_near_those_layouts_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("agent", "found"), [
    ("Mozilla/5.0 (Linux; Android 14; Plot 5028, Kabulonga Road, Lusaka) Mobile", POSTAL_ADDRESS),
    ("Mozilla/5.0 (Linux; Android 14; House 12, Road 5, Dhanmondi, Dhaka 1205) Mobile", POSTAL_ADDRESS),
    ("Mozilla/5.0 (Linux; Android 14; Stand 1234, Mabelreign, Harare) Mobile", POSTAL_ADDRESS),
    # the engine's comma, and a comma between a model and its build, are no address's parts
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
     "Safari/537.36", ""),
    ("Mozilla/5.0 (Linux; U; Android 4.4.2; en-us, Lenovo A319 Build/KOT49H) AppleWebKit/534.30 (KHTML, like Gecko) "
     "Version/4.0 Mobile Safari/534.30", ""),
    ("Mozilla/5.0 (Linux; Android 13; TECNO KI5q, build 2023) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 "
     "Mobile Safari/537.36", ""),
])
def test_an_address_among_the_user_agents_comments_is_found(agent: str, found: str) -> None:
    assert detector.user_agent_reason(agent) == found
