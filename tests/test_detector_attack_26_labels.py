"""Twenty-sixth outside attack, name labels: a script's own colon, label words of more languages, a label in
capitals of a script whose capitals have no Latin look-alike; with the near misses that must go out."""
import pytest

from meta_capi import canonical, detector, personal_keys

NAME = "holds a person's name"


@pytest.mark.parametrize("value", [
    "ឈ្មោះ៖ ស្រីនាង ហេងសំណាង",  # Khmer's colon
    "ስም፦ ሰላም ወልደጊዮርጊስ",  # Ethiopic's preface colon
    "ስም፥ ሰላም ወልደጊዮርጊስ",  # Ethiopic's colon
    "ຊື່ ແລະ ນາມສະກຸນ: ບຸນມີ ພົມມະຈັນ",
    "Pangalan: Maricel Dimaculangan",
    "Buong pangalan: Maricel Dimaculangan",
    "Tatanggap: Jericho Macapagal",
    "მიმღები: ნინო გელაშვილი",
    "Ստացող: Արամ Մկրտչյան",
    "Magaca: Cabdiraxmaan Xasan",
    "Magaca oo buuxa: Cabdiraxmaan Xasan",
])
def test_a_name_after_its_label_is_held(value):
    assert detector.value_reason("note", value) == NAME


@pytest.mark.parametrize("value", [
    "ឈ្មោះ ផលិតផល",  # a product's name, no colon
    "ስም፦ ",  # a label without a value
    "Pangalan ng produkto",  # the product's name, no colon
    "Tatanggap kami ng GCash",  # we accept GCash
    "Magaca alaabta",
    "ፕሮግራም፦ 10:00 - 12:00",
])
def test_near_misses_go_out(value):
    assert detector.value_reason("note", value) == ""


def test_a_script_colon_is_a_colon_in_the_canonical_form():
    assert canonical.canonical("ስም፦ ឈ្មោះ៖ ᠄")[0] == "ስም: ឈមោះ: :"
    assert canonical.canonical("፤ ⁝")[0] == "፤ ⁝"  # a semicolon, a tricolon


def test_a_capital_without_a_latin_look_alike_meets_its_lower_case():
    assert personal_keys.key_tokens("ՍՏԱՑՈՂ") == personal_keys.key_tokens("ստացող")
    assert detector.key_reason("Ստացող")
