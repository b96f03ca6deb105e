import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builders import EMAIL, EMAIL_HASH, sha
from meta_capi import identity
from meta_capi.identity import (
    customer_information,
    hashed,
    normalize_city,
    normalize_country,
    normalize_date_of_birth,
    normalize_email,
    normalize_gender,
    normalize_name,
    normalize_phone,
    normalize_state,
    normalize_zip,
)


# Meta's own examples (Customer Information Parameters page).
@pytest.mark.parametrize(
    ("raw", "normalize", "digest"),
    [
        ("John_Smith@gmail.com", normalize_email, "62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f"),
        ("+1 (650) 555-1212", normalize_phone, "e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176"),
        ("Mary", normalize_name, "6915771be1c5aa0c886870b6951b03d7eafc121fea0e80a5ea83beb7c449f4ec"),
    ],
)
def test_identity_hashes_meta_documented_examples(raw, normalize, digest):
    assert hashed(raw, normalize) == digest


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (" John_Smith@Gmail.com ", "john_smith@gmail.com"),
        ("john smith@gmail.com", ""),
        ("not-an-address", ""),
        ("a@b", ""),
        ("", ""),
    ],
)
def test_identity_normalizes_email_and_drops_non_addresses(raw, expected):
    assert normalize_email(raw) == expected


@pytest.mark.parametrize(
    ("raw", "country", "expected"),
    [
        ("+1 (650) 555-1212", "", "16505551212"),
        ("(650)555-1212", "", "6505551212"),
        ("(650)555-1212", "us", "16505551212"),
        ("650 555 1212", "ca", "16505551212"),
        ("020 7946 0958", "gb", "442079460958"),
        ("06 12 34 56 78", "fr", "33612345678"),
        ("0044 20 7946 0958", "fr", "442079460958"),
        ("+33 1 42 86 83 26", "gb", "33142868326"),
        ("020 7946 0958", "", "2079460958"),
        ("1-800-FLOWERS", "", "1800"),
        ("+", "", ""),
    ],
)
def test_identity_normalizes_phone_and_adds_missing_country_code(raw, country, expected):
    assert normalize_phone(raw, country) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Valéry", "valéry"), ("Vale\u0301ry", "valéry"), ("Mary-Jane", "maryjane"), ("O'Brien", "obrien"),
     (" José ", "josé"), ("정", "정"), ("  ", "")],
)
def test_identity_normalizes_names_keeping_accents(raw, expected):
    assert normalize_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("St. Louis", "stlouis"), ("New York", "newyork"), ("São Paulo", "sãopaulo"), ("Coeur d'Alene", "coeurdalene"),
     ("123", "")],
)
def test_identity_normalizes_city_to_letters(raw, expected):
    assert normalize_city(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("California", "ca"), (" CA ", "ca"), ("New York", "ny"), ("Nova Scotia", "ns"), ("Québec", "qc"),
     ("Bavaria", "bavaria"), ("Île-de-France", "îledefrance")],
)
def test_identity_normalizes_state_to_code(raw, expected):
    assert normalize_state(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("94025-1234", "94025"), ("94025 1234", "94025"), ("SW1A 1AA", "sw1a1aa"), (" 37221 ", "37221"),
     ("75018", "75018"), ("K1A-0B1", "k1a0b1")],
)
def test_identity_normalizes_zip(raw, expected):
    assert normalize_zip(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("US", "us"), ("United States", "us"), ("usa", "us"), ("U.S.A.", "us"), ("GBR", "gb"), ("United Kingdom", "gb"),
     ("UK", "gb"), ("France", "fr"), ("Deutschland", "de"), ("Atlantis", ""), ("zz", "")],
)
def test_identity_normalizes_country_to_alpha2(raw, expected):
    assert normalize_country(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1997-02-16", "19970216"), ("2/16/1997", "19970216"), ("16/02/1997", "19970216"), ("19970216", "19970216"),
     ("1997/2/16", "19970216"), ("16 Feb 1997", "19970216"), ("February 16, 1997", "19970216"),
     ("1997-02-16T00:00:00Z", "19970216"), ("2000-02-29", "20000229"), ("1900-02-29", ""), ("1997-02-30", ""),
     ("1899-12-31", ""), ("2027-01-01", ""), ("13/13/1997", ""), ("yesterday", ""), ("1-2-3", "")],
)
def test_identity_normalizes_date_of_birth_or_drops_it(raw, expected):
    assert normalize_date_of_birth(raw, current_year=2026) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Male", "m"), ("m", "m"), ("MAN", "m"), ("F", "f"), ("female", "f"), ("Woman", "f"), ("other", ""), ("", "")],
)
def test_identity_normalizes_gender_to_initial(raw, expected):
    assert normalize_gender(raw) == expected


def test_identity_passes_an_existing_digest_through_lowercased():
    digest = "62A14E44F765419D10FEA99367361A727C12365E2520F32218D505ED9AA0F62F"
    assert hashed(f" {digest} ", normalize_phone) == digest.lower()


def test_identity_never_hashes_a_value_that_normalizes_to_nothing():
    assert hashed("   ", normalize_name) is None
    assert hashed("123", normalize_city) is None


def test_identity_reads_every_alias_and_first_alias_wins():
    found = customer_information(
        {
            "email_address": "A@B.CO", "email": "x@y.zz", "mobile": "06 12 34 56 78", "firstName": "Mary",
            "lastname": "Smith", "gender": "female", "dob": "2/16/1997", "city": "Paris", "region": "Île-de-France",
            "postalCode": "75018", "country_code": "FR",
        },
        client_country="",
        current_year=2026,
    )
    assert found == {
        "em": sha("x@y.zz"), "ph": sha("33612345678"), "fn": sha("mary"), "ln": sha("smith"), "ge": sha("f"),
        "db": sha("19970216"), "ct": sha("paris"), "st": sha("îledefrance"), "zp": sha("75018"), "country": sha("fr"),
    }


def test_identity_falls_back_to_the_client_country_for_country_and_phone():
    found = customer_information({"phone": "020 7946 0958"}, client_country="GB", current_year=2026)
    assert found == {"ph": sha("442079460958"), "country": sha("gb")}


def test_identity_external_ids_are_normalized_hashed_and_deduplicated():
    assert identity.external_ids([" Cust 123 ", "cust 123", "", "anon-1"]) == [sha("cust 123"), sha("anon-1")]


def test_identity_an_invalid_first_alias_gives_way_to_a_valid_next_one():
    found = customer_information({"email": "not-an-email", "email_address": EMAIL, "country": "Atlantis",
                                  "phone": "06 12 34 56 78"}, "FR", 2026)
    # the unknown country gives way to the proxy's geolocated one, which also gives the phone its code
    assert found == {"em": EMAIL_HASH, "ph": sha("33612345678"), "country": sha("fr")}


def _hashed_by_its_parts(raw, normalize, max_length):
    """hashed() as the composition of its named rules (the function unrolls them: ten identifiers an event)."""
    text = identity._within_length(raw, max_length)
    if text is None:
        return None
    already = identity.prehashed(text)
    if already is not None:
        return already
    normal = normalize(text)
    return identity.sha256_hex(normal) if normal else None


_DIGEST = "A1" * 32
HASHED_INPUTS = st.one_of(
    st.text(max_size=12),
    st.builds(lambda pad, tail, blanks: blanks + _DIGEST[:pad] + tail + blanks,
              st.integers(0, 64), st.sampled_from(["", ".AQ", ".Bg", ".abcdEF_-", ".abc", "x", "0" * 9]),
              st.sampled_from(["", " ", "\t\n"])),
    st.builds(lambda size, char: char * size, st.integers(50, 700), st.sampled_from(["a", "7", " ", "F"])),
)


@settings(max_examples=1500)
@given(raw=HASHED_INPUTS, max_length=st.sampled_from([64, 254, 256, 512]),
       normalize=st.sampled_from([normalize_email, normalize_name, normalize_zip, identity.normalize_external_id]))
def test_identity_hashed_gives_what_its_rules_composed_give(raw, max_length, normalize):
    assert hashed(raw, normalize, None, max_length) == _hashed_by_its_parts(raw, normalize, max_length)
