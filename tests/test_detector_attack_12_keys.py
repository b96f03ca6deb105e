"""Rules closing the key families of the twelfth attack (issue 16): Swahili, Zulu and Afrikaans keys (name, surname,
address, post code, email, phone, identity card, birth), their number words (`nommer`, `namba`, `inombolo`) after
and before what they number, Portuguese and Spanish keys (a street, a home, an identity document's number, a Pix
key), the Zulu name label `Igama:`; each with the near misses next to them that go out."""

import pytest

from meta_capi.detector import PERSONAL_KEY, key_reason, reason
from meta_capi.postal import PERSON_NAME


@pytest.mark.parametrize("key", [
    "jina_kamili", "jinaKamili", "barua_pepe", "anwani", "anwani_ya_usafirishaji", "kitambulisho",
    "namba_ya_kitambulisho", "tarehe_ya_kuzaliwa", "siku_ya_kuzaliwa", "namba_ya_mpesa", "nambari_ya_mpesa",
    "mpesa_number", "mpesa_no", "jinsia",
])
def test_a_swahili_name_address_email_id_birth_or_mpesa_key_is_personal(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "igama", "Igama", "igama_eliphelele", "isibongo", "ikheli", "inombolo_yocingo", "ucingo", "usuku_lokuzalwa",
    "inombolo_kamazisi", "umazisi", "imeyili",
])
def test_a_zulu_name_surname_address_phone_id_or_birth_key_is_personal(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "selfoonnommer", "selfoon_nommer", "selfoon", "volle_naam", "volleNaam", "id_nommer", "IDNommer", "poskode",
    "geboortedatum", "e_posadres",
])
def test_an_afrikaans_phone_name_id_or_post_code_key_is_personal(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", [
    "chave_pix", "chavePix", "chave_do_pix", "pix_key", "pixKey", "clave_pix", "logradouro", "logradouro_entrega",
    "domicilio", "domicílio", "domicilio_cliente", "domicilio_titular", "numero_documento", "numeroDocumento",
    "numero_de_documento", "nr_documento", "documento_numero", "numero_identidad", "id_no", "id_nr",
])
def test_a_portuguese_or_spanish_pix_key_street_home_or_document_number_key_is_personal(key: str) -> None:
    assert key_reason(key) == PERSONAL_KEY


@pytest.mark.parametrize("key", [
    # home delivery, a way to pay, a payment's receipt, a document's kind
    "envio_a_domicilio", "entrega_domicilio", "entrega_a_domicilio", "domicilio_gratis", "pix", "desconto_pix",
    "pix_discount", "mpesa", "mpesa_receipt_number", "mpesa_code", "documento", "tipo_documento",
    # number words alone or numbering an order, a numeric id, a product's name
    "nommer", "inombolo", "namba", "namba_ya_oda", "numero_pedido", "num_id", "numero_id", "bestelnommer",
    "jina_la_bidhaa", "igama_lomkhiqizo", "produk_naam",
    # a shop's own street, a phone's model
    "store_logradouro", "loja_logradouro", "selfoon_model",
])
def test_a_delivery_payment_order_product_or_shop_key_near_them_is_ordinary(key: str) -> None:
    assert key_reason(key) == ""


@pytest.mark.parametrize("text", [
    "Igama: Zqthandiwe Dlamini", "IGAMA: ZQTHANDIWE DLAMINI", "Jina: Zqwanjiru Kamau", "Naam: Zqpieter van der Merwe",
    "Jina kamili: Zqwanjiru Kamau", "Isibongo: Zqdlamini Zqthandiwe",
])
def test_a_name_after_a_zulu_swahili_or_afrikaans_name_label_is_a_persons_name(text: str) -> None:
    assert reason(text) == PERSON_NAME


@pytest.mark.parametrize("text", ["Igama lomkhiqizo", "Envío a domicilio", "Pago con Pix", "Lipa na M-Pesa"])
def test_a_label_word_without_a_name_after_it_is_ordinary(text: str) -> None:
    assert reason(text) == ""
