"""Closer 70: the key lexicon by meaning and language (key_lexicon.py: streets, houses, post codes, towns, places,
names, contacts, birth, gender, nationality and ids in the languages shops write in), a taxpayer's id, a mobile with
its country code after a messenger's short name (`wa_447700962814`), Japanese name parts as bare keys holding a name;
and keys headed by a word about their field (`contact_method_preference`, `contact_form_id`, `username_taken`, Greek
`onoma_proiontos`: a product's name), which go out."""

from __future__ import annotations

import pytest

from meta_capi import key_lexicon
from meta_capi.detector import PERSONAL_KEY, key_reason
from privacy_attack_cases_2 import ordinary_goes_out, outcome
from privacy_attack_cases_45 import key_place

# The forty-fifth attack's foreign keys, each as the attack wrote it.
CLOSED = [
    "diefthynsi", "tachydromikos_kodikas", "pochtovyi_indeks", "kode_pos", "odos", "sokak", "cadde", "strada", "utca",
    "hazszam", "kotiosoite", "bydliste", "gatunamn", "postnr", "kvartira", "al_madina", "pata_pin", "mohalla",
    "shichoson", "youbinbangou", "chengshi", "quxian", "jiedao", "shengfen", "nume_familie", "al_ism", "ism_al_aila",
    "pura_naam", "upnaam", "nama_depan", "nama_belakang", "ism_kamil", "laqab", "sei_kana", "meiru_adoresu", "surel",
    "al_barid_al_iliktroni", "arithmos_tilefonou", "foedselsdato", "imerominia_gennisis", "tarikh_al_milad",
    "jenis_kelamin", "gioi_tinh", "quoc_tich", "ngay_thang_nam_sinh", "al_jins", "janmdin", "janm_sthan", "shengri",
    "kimlik", "adoszam", "taj_szam", "obcansky_prukaz", "npwp", "raqm_watani", "taxpayer_id",
]

# The same words in other casings and paths, and the lexicon's words of other languages and meanings.
VARIANTS = [
    "Diefthynsi", "TACHYDROMIKOS_KODIKAS", "pochtovyiIndeks", "KodePos", "kode-pos", "customer.nama_belakang",
    "billing[sokak]", "x-jenis-kelamin", "GioiTinh", "shipping.quxian", "form[meiru_adoresu]", "TaxpayerId",
    "taxpayer_number", "Obcansky-Prukaz", "ism_al_aila_2", "onoma", "Onoma", "onoma_pelati",
    # streets, houses and post codes of more languages
    "ulice", "iela", "gatve", "triq", "vejnavn", "gatenavn", "kalye", "mtaa", "vulytsia", "numer_domu",
    "nomer_doma", "cislo_domu", "kucni_broj", "so_nha", "nomor_rumah", "numero_civico", "postanski_broj", "poskod",
    "pasto_kodas",
    # names, contacts, birth, gender, nationality, ids
    "nama_keluarga", "jina_la_ukoo", "prizvyshche", "meisjesnaam", "flicknamn", "telepono", "mobitel", "emel",
    "thu_dien_tu", "riomhphost", "datum_narodenia", "rodjendan", "sunniaeg", "kapanganakan", "sukupuoli", "pohlavi",
    "kasarian", "nazionalita", "obywatelstwo", "kewarganegaraan", "uraia", "kokuseki", "paspor", "ho_chieu",
    "paszport", "darkon", "huzhao", "vergi_no", "ma_so_thue", "osobna_iskaznica", "identiteitskaart",
    # towns and places, and a country of residence
    "gorod", "miestas", "lungsod", "powiat", "wilaya", "negara", "pais_de_residencia",
]


@pytest.mark.parametrize("key", CLOSED + VARIANTS)
def test_the_lexicons_words_are_personal_keys(key):
    assert key_reason(key) == PERSONAL_KEY


def test_every_word_personal_alone_in_the_lexicon_is_a_personal_key():
    words = [word for languages in key_lexicon.ALONE.values() for words in languages.values() for word in words.split()]
    words += [word for table in (key_lexicon.TOWNS, key_lexicon.PLACES) for words in table.values()
              for word in words.split()]
    assert [word for word in words if key_reason(word) != PERSONAL_KEY] == []


# A mobile with its country code and no `+` after WhatsApp's short name, as a key (the plans the gate has).
@pytest.mark.parametrize("key", ["wa_447700962814", "WA-447700962814", "wa.33612345678", "wa_491761234567",
                                 "wa_447700962814_opened"])
def test_a_mobile_after_a_messengers_short_name_is_a_phone(key):
    assert key_reason(key) == "key holds a phone number"


# (closer 91: any word naming no code glued to such a mobile names a phone, `qwa_447700962814` too; a code's does not)
@pytest.mark.parametrize("key", ["wa_20261130", "wa_123456789012", "wa_4477009628145", "sku_447700962814", "wa_42"])
def test_other_numbers_after_a_messengers_short_name_are_no_phone(key):
    assert key_reason(key) == ""


# Each closed key (and a Japanese name part holding a name) in leaves of the event, its value kept out.
LEAVES = ["custom property", "url query", "json property", "referrer fragment", "url semicolon query",
          "dropped query matrix param", "listed json property"]
PLACED = [("nama_belakang", "Welkortasq"), ("Pochtovyi-Indeks", "Welkortasq"), ("taxpayer_id", "Pimbraskel"),
          ("wa_447700962814", ""), ("sei", "Welkortasq"), ("mei", "Hanako"), ("SEI", "田中")]


@pytest.mark.parametrize("where", LEAVES)
@pytest.mark.parametrize(("key", "value"), PLACED)
def test_closed_keys_leave_no_value_in_any_leaf(key, value, where):
    kind, overrides = key_place(where, key, value)
    forms = [value] if value else ["447700962814"]
    assert outcome((f"{key} @ {where}", kind, overrides, forms)) == []


# Keys headed by a word about their field: how it is reached or chosen, its form, its category, what happened to it;
# in the languages that put the head first, the head word first (Greek `onoma_proiontos`, a product's name).
ABOUT_THE_FIELD = [
    "tel_cta_clicked", "contact_form_id", "address_autocomplete_used", "phone_support_hours", "mail_order_catalogue",
    "contact_method_preference", "username_taken", "gender_category", "onoma_proiontos",
    "TEL_CTA_CLICKED", "contactFormId", "preferred_contact_method", "method_of_contact", "email_button_clicked",
    "phone_format", "name_length", "formulario_contacto", "metodo_de_contacto", "iletisim_tercihi",
    "categoria_genero", "bieu_mau_lien_he", "nome_prodotto", "onoma_katastimatos", "telefono_prodotto",
    "email_do_produto",
]
# ... and the keys near them that hold the datum.
NEAR_AND_PERSONAL = [
    "contact_phone", "billing_name", "name_first", "email_address", "phone_mobile", "contact_form_email",
    "formular_email", "ssn_for_tax_form", "email_for_form", "phone", "sei_kana", "onoma_pelati",
    "whatsapp_click_to_chat",
]


@pytest.mark.parametrize("key", ABOUT_THE_FIELD)
def test_keys_about_a_field_are_ordinary(key):
    assert key_reason(key) == ""


@pytest.mark.parametrize("key", NEAR_AND_PERSONAL)
def test_keys_holding_the_datum_stay_personal(key):
    assert key_reason(key) == PERSONAL_KEY


# Ordinary keys and bare keys whose values are no name go out in their leaves.
GOING_OUT = [("tel_cta_clicked", "hero-banner"), ("contact_form_id", "cf-42"), ("gender_category", "unisex"),
             ("onoma_proiontos", "Papoutsi"), ("formulario_contacto", "footer"), ("sei", "Zb5TZ6XqK8Ol4-EP5KHh0Qo"),
             ("mei", "2026"), ("sei", "yes")]


@pytest.mark.parametrize("where", ["custom property", "page property"])
@pytest.mark.parametrize(("key", "value"), GOING_OUT)
def test_ordinary_keys_go_out_with_their_values(key, value, where):
    kind, overrides = key_place(where, key, value)
    assert ordinary_goes_out(kind, overrides, value)
