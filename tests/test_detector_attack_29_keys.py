"""The twenty-ninth attack's keys (tests/privacy_attack_cases_29.py): a name word with the family as its qualifier
(Breton `anv_familh`, Esperanto `familia_nomo`), Esperanto's email in its x-system spelling (`retposxto` for
`retpoŝto`), Uyghur's possessed name word (`ئىسمى`). With the shop's keys that share their letters, which are
ordinary."""

from __future__ import annotations

import pytest

from meta_capi.personal_keys import names_personal_data


@pytest.mark.parametrize("key", [
    "anv_familh", "familh_anv", "familia_nomo", "nomo_familia", "nome_famiglia", "nombre_familia",  # family names
    "retpoŝto", "retposto", "retposxto", "RETPOSXTO", "RetPosxto", "retposxtadreso",  # Esperanto's email
    "cxefa_retposxto", "gxia_retposxto",  # x-system pairs elsewhere in the key
    "ئىسمى", "ئىسىم",  # Uyghur's name word, possessed and bare
])
def test_a_key_word_of_the_twenty_ninth_attack_names_personal_data(key: str) -> None:
    assert names_personal_data(key)


@pytest.mark.parametrize("key", [
    "familia", "familh", "famiglia", "familia_producto", "product_family", "familia_id",  # a product's family
    "ux_name", "ux", "lux_name", "tux_size", "box_name", "jsx_name", "sxangxi", "ankaux",  # x after a letter
    "cxefo", "posxto", "sx" * 50, "cxx_email_opt_in",
])
def test_a_shop_key_of_the_twenty_ninth_attack_is_ordinary(key: str) -> None:
    assert not names_personal_data(key)
