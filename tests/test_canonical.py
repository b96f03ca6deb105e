"""The canonical form and the other readings of one value (canonical.py): each reading runs only when its shape is
there, and leaves ordinary values as they are."""

import pytest

from meta_capi.canonical import (
    _AT_ELSEWHERE,
    _ENGLISH_TOO,
    _SPELLED_LANGUAGES,
    canonical,
    decode,
    digits_for_letters,
    hex_text,
    readings,
)

SHA256 = "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"


@pytest.mark.parametrize(("text", "form"), [
    ("alice%C1%80example.com", "alice@example.com"),  # overlong two-byte `@`
    ("alice%E0%81%80example.com", "alice@example.com"),  # overlong three-byte `@`
    ("alice%c1%80example%2Ecom", "alice@example.com"),
    ("100%C3%A9t%C3%A9", "100ete"),  # real UTF-8 is decoded as before (accents folded)
])
def test_canonical_reads_overlong_utf8_as_the_ascii_character_it_spells(text, form):
    assert canonical(text) == (form, True)


@pytest.mark.parametrize(("text", "decoded", "other_readings"), [
    ("alice&#x40example.com", ("aliceYxample.com", True, True), ["alice@example.com"]),  # a browser reads U+040E
    # (and the Han character a browser reads, apart from the Latin letters glued to it: a script without blanks)
    ("jo&#64123", ("jo\u55e2", True, True), ["jo@123", "jo \u55e2"]),
    ("jo%26%23x40example.com", ("joYxample.com", True, True), ["jo@example.com"]),  # the reference once decoded
])
def test_a_character_reference_without_semicolon_is_also_read_with_its_shortest_digits(text, decoded, other_readings):
    assert decode(text) == decoded
    assert readings(text, decoded[0], decoded[2]) == other_readings


@pytest.mark.parametrize("text", ["alice&#64;example.com", "A&amp;B", "&#x40;", "&#64 x", "50% off & free"])
def test_a_closed_or_short_reference_has_no_other_reading(text):
    form, _, unclosed = decode(text)
    assert not unclosed
    assert readings(text, form, unclosed) == []


@pytest.mark.parametrize(("text", "other"), [
    ("jo=40example=2Ecom", ["jo@example.com"]),
    ("caf=C3=A9 cr=C3=A8me", ["cafe creme"]),  # UTF-8 bytes, as mail writes them
    ("size=10&color=red", []),  # `=1`: no encoded punctuation, no reading
    ("id=12AB", []),
    ("w=40px.jpg", ["w@px.jpg"]),  # accepted: an `=40` before a word reads as `@`
])
def test_quoted_printable_is_read_when_an_encoded_punctuation_or_byte_is_there(text, other):
    assert readings(text, canonical(text)[0], False) == other


@pytest.mark.parametrize(("run", "text"), [
    (b"alice@example.com".hex(), "alice@example.com"),
    (b"alice@example.com".hex().upper(), "alice@example.com"),
    ("élodie.martin@example.fr".encode().hex(), "elodie.martin@example.fr"),
    (b"+16505550173".hex(), "+16505550173"),
    (SHA256, ""),  # a digest is random bytes, not text
    ("507f1f77bcf86cd799439011", ""),  # a MongoDB object id
    ("00112233445566", ""),  # control characters
])
def test_hex_is_read_as_text_only_when_its_bytes_are_printable_utf8(run, text):
    assert hex_text(run) == text


@pytest.mark.parametrize(("form", "read"), [
    ("O7700 9OO173", "07700 900173"),
    ("+l 650 555 0l73", "+1 650 555 0173"),
    ("call O7700 9OO173\norders", "call 07700 900173\norders"),  # a word after the number stays a word
    ("Hello 0l234567", "Hello 01234567"),
    ("O-RING-12", "O-RING-12"),  # no token mixes letters and digits
    ("Size 10 I 12345678", "Size 10 I 12345678"),  # a lone `I` is a word
    ("ISO 9001", "ISO 9001"),
    ("dbP0l7Mn1Iaw", "dbP0l7Mn1Iaw"),  # inside a word (a click id)
    ("lOOO 1", "lOOO 1"),  # more letters than digits
])
def test_letters_standing_for_digits_are_read_as_digits_in_a_run_of_digits(form, read):
    assert digits_for_letters(form) == read


@pytest.mark.parametrize("text", ["Blue Sneakers 42", "https://shop.example.com/p/42?color=red", SHA256,
                                  "SKU-1234-5678", "109.98", "EUR"])
def test_ordinary_values_are_their_own_canonical_form_with_no_other_reading(text):
    assert decode(text) == (text, True, False)
    assert readings(text, text, False) == []


@pytest.mark.parametrize(("text", "form"), [
    ("jo arobase exemple point fr", "jo@exemple.fr"),  # the words of one language
    ("jo apenstaartje voorbeeld punt nl", "jo@voorbeeld.nl"),
    ("jo MAŁPA przyklad KROPKA pl", "jo@przyklad.pl"),  # folded and in any case
    ("jo собака primer точка ru", "jo@primer.ru"),
    ("jo snabel-a exempel punkt se", "jo@exempel.se"),
    ("jo zavináč priklad tečka cz", "jo@priklad.cz"),
    ("jo.smith Klammeraffe example.com", "jo.smith@example.com"),  # an "@" word before a real domain
    ("jo/at/example/dot/com", "jo@example.com"),  # `/` and `*` separate bare words
    ("jo*at*example*dot*com", "jo@example.com"),
    ("jo 'at' example 'dot' com", "jo@example.com"),  # quotes and brackets of any script are marks
    ("jo\u300cat\u300dexample\u300cdot\u300dcom", "jo@example.com"),
    ("jo \u00abat\u00bb example.com", "jo@example.com"),
    ("jo (a) example.com", "jo@example.com"),  # an `a` in brackets draws `@`
    ("jo(arobase)exemple[point]fr", "jo@exemple.fr"),
])
def test_an_address_spelled_with_words_or_marks_is_read_as_one(text, form):
    assert canonical(text) == (form, True)


@pytest.mark.parametrize("text", [
    "Look at this point of view",  # "at" and "point" are of two languages
    "Ski at the piste today",
    "Meet at the Pont Neuf. Then go",
    "thanks @john point taken",  # a real `@` with a "." word that is an English word
    "Le point de vente arobase",
    "https://shop.example.com/at/de/products.html",  # `/at/` alone is a path (Austria), not an "@"
    "Buy 2 get 1 *at* checkout",
    "npm i @babel/core",  # a mention or a scope stays apart from the word before it
    "Follow us @gmail",
])
def test_ordinary_sentences_and_paths_are_not_read_as_spelled_addresses(text):
    assert canonical(text) == (text, True)


@pytest.mark.parametrize(("text", "form"), [
    ("jo\\u{40}example.com", "jo@example.com"),  # JavaScript
    ("jo\\U00000040example.com", "jo@example.com"),  # Python
    ("jo\\40 example.com", "jo@example.com"),  # CSS: hex digits ended by a blank
    ("jo\\100example.com", "jo@example.com"),  # octal before CSS (`\100` is `@`, not U+0100)
    ("jo&#x0000040;example.com", "jo@example.com"),  # zeros before a reference's digits
    ("jo&#0000064;example.com", "jo@example.com"),
    ("jo\\U00110000x", "jo\\U00110000x"),  # beyond Unicode: left as written
    ("jo@@example.com", "jo@example.com"),  # a run of at signs reads as one
    ("'jo' + '@' + 'example.com'", "'jo@example.com'"),  # JavaScript's strings joined
    ("jo\u2219smith@example\u22c5com", "jo.smith@example.com"),  # dot and bullet operators
    ("jo\u2022smith", "jo.smith"),  # the bullet
    ("".join(chr(0xE0000 + ord(char)) for char in "jo@example.com"), "jo@example.com"),  # tag characters
    ("jo" + chr(0xE0040) + "example.com", "jo@example.com"),
])
def test_escapes_joins_and_invisible_copies_are_decoded(text, form):
    assert canonical(text) == (form, True)


@pytest.mark.parametrize(("text", "other"), [
    ("jo+AEA-example.com", ["jo@example.com"]),  # UTF-7
    ("+16505550173", []),  # bits left over: no UTF-7
    ("q=red+shirt", []),
    ("jo<span>@</span>example.com", ["jo@example.com"]),  # markup removed
    ("jo<!-- x -->@<!-- y -->example.com", ["jo@example.com"]),
    ("2 < 3 and 4 > 1", []),  # no tag
])
def test_utf7_and_markup_are_read_when_their_shape_is_there(text, other):
    assert readings(text, canonical(text)[0], False) == other


# The languages of the key lexicon (README, "Judge keys by their tokens"): each has its words for "@" and ".".
LEXICON_LANGUAGES = ["en", "de", "fr", "es", "pt", "it", "nl", "pl", "sv", "da", "no", "fi", "tr", "cs", "hu", "ro",
                     "ru", "uk", "el", "ar", "he", "hi", "th", "ja", "zh", "ko", "id", "vi"]


@pytest.mark.parametrize("language", LEXICON_LANGUAGES)
def test_every_language_of_the_key_lexicon_has_its_words_for_at_and_dot(language):
    at_words, dot_words = _SPELLED_LANGUAGES[language]
    assert at_words.split() and dot_words.split()


# Each word for "@" with its language's word for "." (`at`, a language's preposition, with an English "." word too is
# a sentence: below).
SPELLED_PAIRS = [(language, at_word, dots.split()[0]) for language, (ats, dots) in sorted(_SPELLED_LANGUAGES.items())
                 for at_word in ats.split()
                 if not ((at_word == "at" or at_word in _AT_ELSEWHERE) and dots.split()[0] in _ENGLISH_TOO)]


@pytest.mark.parametrize(("language", "at_word", "dot_word"), SPELLED_PAIRS)
def test_each_languages_words_for_at_and_dot_spell_an_address_between_blanks(language, at_word, dot_word):
    text = f"zqwyn {dot_word} okafor {at_word.replace('_', ' ')} example {dot_word} ng"
    assert canonical(text)[0].endswith(" okafor@example.ng")


@pytest.mark.parametrize(("text", "form"), [
    ("jo \u00e4t example piste fi", "jo@example.fi"),  # Finnish `ät`: folded it would be English `at`
    ("jo et example nokta com", "jo@example.com"),  # Turkish
    ("jo et example titik id", "jo@example.id"),  # Indonesian
    ("jo a c\u00f2ng example ch\u1ea5m vn", "jo@example.vn"),  # Vietnamese, a word of two
    ("jo_a_cong_example_cham_vn", "jo@example.vn"),
    ("jo \u30a2\u30c3\u30c8\u30de\u30fc\u30af example \u30c9\u30c3\u30c8 jp", "jo@example.jp"),  # Japanese
])
def test_words_of_the_lexicons_other_languages_spell_an_address(text, form):
    assert canonical(text) == (form, True)


@pytest.mark.parametrize("text", [
    "Disponible sur fnac.com et amazon.fr",  # `et` is French for "and": read only with its own "." word
    "robe-noir-et-blanc-fr",
    "Pierre et Marie point com",  # `et` (Turkish, Indonesian) and `point` (French) are of two languages
    "Ski at the piste today",
])
def test_a_word_for_at_that_is_another_languages_word_is_read_only_with_its_own_dot_word(text):
    assert canonical(text) == (text, True)


@pytest.mark.parametrize(("text", "form"), [
    ("0803\u2212123\u22124567", "0803-123-4567"),  # minus sign
    ("0803\u2043123\u20434567", "0803-123-4567"),  # hyphen bullet
    ("0803\u02d7123\u02d74567", "0803-123-4567"),  # modifier letter minus sign
    ("0803\u2796123\u27964567", "0803-123-4567"),  # heavy minus sign
    ("0803\u2500123\u25004567", "0803-123-4567"),  # box drawings light horizontal
    ("0803\uff5e123\uff5e4567", "0803-123-4567"),  # full-width tilde (compatibility would make it `~`)
    ("jo\u02d9smith@example\u02d9ng", "jo.smith@example.ng"),  # spacing dot above (compatibility: a blank)
    ("81\u0f0b2\u0f0b69\u0f0b160", "81.2.69.160"),  # Tibetan tsheg
    ("jo\ua78fsmith@example\ua78fng", "jo.smith@example.ng"),  # sinological dot
    ("jo\u1427smith@example\u1427ng", "jo.smith@example.ng"),  # Canadian syllabics final middle dot
    ("\u00b1 5 \u2213 \u2216", "\u00b1 5 \u2213 \u2216"),  # plus-minus, minus-or-plus, set minus stay
    ("06\u223c12 \u223d 34", "06-12 - 34"),  # a tilde operator, reversed too, is drawn as a tilde: `-`
    ("\ub3dd \ua10d", "\ub3dd \ua10d"),  # syllables named DOT (Hangul, Yi) are letters
])
def test_separators_that_look_like_a_dash_or_a_dot_fold_by_their_unicode_names(text, form):
    assert canonical(text) == (form, True)


@pytest.mark.parametrize("text", ["10~12", "a~b.com", "meet at the point in time", "size 38-40"])
def test_ascii_values_keep_their_look_alike_separators_and_take_the_fast_path(text):
    assert decode(text) == (text, True, False)


@pytest.mark.parametrize(("text", "other"), [
    ("jo@(office)example.com", ["jo@example.com"]),  # RFC 5322 comment after the @
    ("example.com!jo.li", ["jo.li@example.com"]),  # UUCP bang path
    ("mail.example.co.id!jo", ["jo@mail.example.co.id"]),
    ("{0}@{1} % ('jo', 'example.com')", ["jo@example.com"]),  # format string and its arguments
    ("'{}@{}'.format('jo', 'example.com')", ["'jo@example.com'"]),
    ('"%s@%s" % ("jo", "example.com")', ['"jo@example.com"']),
    ("Sale! 50% off", []),  # no host before the !, no format string
    ("Hello!world", []),
    ("size {0} % (x)", []),  # no quoted argument
    ("@(x y)", []),  # a comment holds no blank here
])
def test_other_mail_syntaxes_are_read_as_an_address_when_their_shape_is_there(text, other):
    assert readings(text, canonical(text)[0], False) == other


def test_a_json_escaped_quote_reads_as_a_quote_so_strings_inside_a_string_are_seen():
    assert canonical('{"ref": "\\"jo\\" \\"@\\" \\"example.com\\""}')[0] == '{"ref": ""jo@example.com""}'


@pytest.mark.parametrize(("text", "other"), [
    ("sess_jo.li_example.co.id_1732875000", ["sess_jo.li@example.co.id_1732875000"]),  # a country's domain
    ("sess_jo.li_gmail.com_17", ["sess_jo.li@gmail.com_17"]),  # a large mail provider's
    ("customer.default_address.phone", []),  # a field name: no country's top-level domain
    ("report.final_summary.pdf", []),
    ("cart_2.5_kg", []),
])
def test_an_underscore_between_a_dotted_part_and_a_country_or_provider_domain_reads_as_an_at(text, other):
    assert readings(text, canonical(text)[0], False) == other


def test_a_format_string_with_more_placeholders_than_the_bound_is_not_filled_in():
    text = "{0}" * 17 + " % ('" + "x" * 100 + "')"
    assert readings(text, canonical(text)[0], False) == []
