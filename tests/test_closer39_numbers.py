"""Numbers and ids of review 20 closed by closer 39 (issue 16), with variants nobody listed: tildes and bars that look
alike, a bar with a blank on one side, digits with a full stop or a comma, hardware addresses in H3C's, BSD's and
halved layouts, IBANs joined by `.`, `/` or `_`, phones and IPv4 addresses said aloud in other shapes; and the lists
of sizes, prices and packs glued by bars, Windows builds, makers' part numbers, counted lists and postal items' numbers
that go out. Text is read by detector.reason, URLs by privacy.clean_url (review_cases.review_tests)."""

from __future__ import annotations

from review_cases import review_tests

ORDINARY = [
    "Countdown 10 9 8 7 6 5 4 3 2 1 liftoff", "Rows 12 10 8 6 4 2",
    "Size 0.5|1|2 L", "2024/25|2025/26 season", "Sets 10/20|30/40 pcs",
    "Bed 90|140|160|180 x 200 cm", "Sizes 90|140|160|180", "Prices 9.99|19.99|29.99", "Tyres 205|55|16 91V",
    "Packs 100|250|500|1000", "Baby 0-3|3-6|6-12|12-18|18-24", "Widths 90~140~160~180", "Model 4000|5000|6000|7000",
    "SKU 1234|5678|9012", "Sizes 90 |140 |160 |180", "Ring 52 ∼ 54 ∼ 56 ∼ 58", "Waist 28∼30∼32∼34∼36∼38",
    "⒈ Size guide ⒉ Care", "🄂🄃🄄 sticker set", "Tape 0a.0b.0c.0d", "Color code cafe.babe.face", "CAFE-BABE-FACE",
    "Router ERR 1234-5678-9012", "± 5 ∓ 2", "Lengths 12∼18∼24∼30 in", "Heights 165|170|175|180|185",
    "seven-nations-army-one-two-three-four", "one-two-three-four-five-six-seven-eight-nine-ten", "Box0x12 size",
    "ORDER_ONE_TWO_THREE_FOUR", "10-12-14-16", "36-38-40-42", "192-168-1-0", "Five Little Monkeys board book",
    # Windows builds beside a release's number, a bracket or a form's `+`
    "Build 10.0.22631.4460 (23H2)", "Windows 11 10.0.26100.2314", "Windows 10 10.0.19045.4291 (22H2)",
    "Windows+NT+10.0.19045.4291", "macOS 14 14.6.1 (23G93)",
    # makers' part numbers with a group of five digits or more opening with 0
    "Logitech MX Master 3S 910-006559", "Logitech 920-012345 keyboard", "Garmin 010-02641-10 Forerunner",
    "Garmin 010-01689-00", "Bosch 160-0123456 blade",
    # one-digit dotted numbers that count, a postal item's S10 number after a word read as a label
    "Ice 1.2.3.4 step guide", "Vol. 1.2.3.4 box set", "Steps 2.3.4.5", "Royal Mail AB123456789GB",
    "Royal Mail RR123456785GB", "Mail AB123456789GB",
    # lists that count: circled digits, numerals, number words, numbers apart by blanks
    "Circled ① ② ③ ④ ⑤ ⑥ ⑦ ⑧ ⑨ ⑩ bingo set", "〇一二三四五六七八九 数字卡片", "零一二三四五六七八九 数字卡",
    "zero one two three four five six seven eight nine flash cards", "1 2 3 4 5 6 7 8 9 10",
    "Sizes 06 08 10 12 14", "Bingo 01 02 03 04 05 06", "cero uno dos tres cuatro cinco seis siete ocho nueve tarjetas",
]


PERSONAL = [
    "06/71|38/52|94", "call 06/71|38/52|94 now", "+33 6/12|34|56|74", "06.71|38.52|94", "06 71|38 52|94",
    # tildes that look alike (mathematics' tilde operator, reversed too), a bar with a blank on one side
    "06 |12 |34 |56 |74", "06∼12∼34∼56∼74", "06 ∼ 12 ∼ 34 ∼ 56 ∼ 74", "4539 ∼ 1488 ∼ 0343 ∼ 6467", "06∽12∽34∽56∽74",
    "06| 12| 34| 56| 74", "06 |12| 34 |56|74", "+33 |6 |12 |34 |56 |74", "4539 |1488 |0343 |6467",
    "DE89 |3704 |0044 |0532 |0130 |00", "650|555|0173", "1|650|555|0173", "+49|170|1234567", "(+33) 6|12|34|56|74",
    "+33 6|12|34|56|74",
    # digits with a full stop or a comma
    "🄀⒍⒈⒉⒊⒋⒌⒍⒎⒋", "⒍⒈⒉⒊⒋⒌⒍⒎⒋", "🄁🄇🄂🄃🄄🄅🄆🄇🄈🄅",
    # hardware addresses in other layouts
    "device 001A-2B3C-4D5E", "ether 0:1a:2b:3c:4d:5e", "mac 001a2b-3c4d5e", "MAC 001A2B:3C4D5E",
    "wlan0 hwaddr 0:1A:2B:3C:4D:E", "Bluetooth a483e7-2b91c5", "adapter A483-E72B-91C5", "00.1a.2b.3c.4d.5e",
    "001a-2b3c-4d5e",
    # IBANs joined by `.`, `/` or `_`
    "DE89.3704.0044.0532.0130.00", "DE89/3704/0044/0532/0130/00", "DE89_3704_0044_0532_0130_00",
    "Pay to DE89.3704.0044.0532.0130.00.", "IBAN:FR76/3000/6000/0112/3456/7890/189",
    # phones said aloud: words joined by dashes or `_`, a mobile said without its trunk 0 (Turkish hundreds)
    "zero-six-one-two-three-four-five-six-seven-four", "beş yüz otuz iki yüz yirmi üç kırk beş altmış yedi",
    "null-eins-sieben-null-eins-zwei-drei-vier-fünf-sechs-sieben", "zero-six-twelve-thirty-four-fifty-six-seventy-four",
    "ZERO-SIX-ONE-TWO-THREE-FOUR-FIVE-SIX-SEVEN-FOUR", "zero_six_one_two_three_four_five_six_seven_four",
    "beş-yüz-otuz-iki-yüz-yirmi-üç-kırk-beş-altmış-yedi", "beş yüz otuz iki, yüz yirmi üç, kırk beş, altmış yedi",
    "cinq cent trente-deux cent vingt-trois quarante-cinq soixante-sept",
    # IPv4 addresses said aloud with number words, in hex glued after a word
    "eighty-one dot two dot sixty-nine dot one sixty", "eighty one point two point sixty nine point one hundred sixty",
    "ochenta y uno punto dos punto sesenta y nueve punto ciento sesenta",
    "IP eighty-one dot two dot sixty-nine dot one sixty", "router0x51.0x02.0x45.0xa0", "from0x51.0x2.0x45.0xa0",
    "ip0x51.2.69.160", "81-2-69-160",
    # kept beside the rules above: a phone after a version, a dialled `+` before dotted groups, one-digit parts that
    # do not count, a trunk written after the country code, numerals that do not count
    "0612345674 10.0.1", "tel+33.6.12.34.56.74", "Tel+49.170.12345.67", "from 8.8.4.4", "+49 01701234567",
    "Garmin 010-0264-1100", "ゼロ六 一二三四 五六七四", "〇六一二三四五六七四", "mail AB123456789GBX",
    "Mail: 1234567890", "IP: 1.2.3.4", "my ip 1.2.3.4",
]


ORDINARY_URLS = [
    "https://shop.example.com/p?sizes=90|140|160|180", "https://shop.example.com/p?sizes=90~140~160~180",
    "https://shop.example.com/p?w=90%E2%88%BC140%E2%88%BC160", "https://shop.example.com/p?code=CAFE-BABE-FACE",
    "https://shop.example.com/p?w=12-34-56-78", "https://shop.example.com/p/seven-nations-army-one-two-three-four",
    "https://shop.example.com/p?q=windows+11+10.0.26100.2314", "https://shop.example.com/p?os=Windows+NT+10.0.19045.4291",
    "https://shop.example.com/p/garmin-010-02641-10",
]


PERSONAL_URLS = [
    "https://shop.example.com/p?dev=00.1a.2b.3c.4d.5e",
    "https://shop.example.com/p?q=06%E2%88%BC12%E2%88%BC34%E2%88%BC56%E2%88%BC74",
    "https://shop.example.com/p?q=DE89.3704.0044.0532.0130.00",
    "https://shop.example.com/p?q=device+001A-2B3C-4D5E", "https://shop.example.com/p?mac=001A-2B3C-4D5E",
    "https://shop.example.com/p/de89-3704-0044-0532-0130-00",
    "https://shop.example.com/p/konto_de89_3704_0044_0532_0130_00",
    "https://shop.example.com/p?q=06+%7C12+%7C34+%7C56+%7C74", "https://shop.example.com/p?client=81-2-69-160",
    "https://shop.example.com/p?q=router0x51.0x02.0x45.0xa0",
    "https://shop.example.com/p?q=zero-six-one-two-three-four-five-six-seven-four",
]


globals().update(review_tests(globals()))
