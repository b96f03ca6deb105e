"""Property tests: no input makes the component trap or fail unexpectedly, and raw PII never leaves."""

import json
import time

from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from builders import make_event
from meta_capi import MetaCapiError, build_request, identity
from meta_capi.decisions import EVENT_ID_PROPERTY
from meta_capi.diagnostics import MATCH_KEYS, explain
from meta_capi.privacy import PERSONAL_KEY
from wasm_support import retimed

SETTING_VALUES = {
    "meta_pixel_id": ["1234567890", "", "abc", "12/34"],
    "meta_access_token": ["EAAtoken", "", " a b "],
    "meta_test_event_code": ["TEST1", ""],
    "meta_api_version": ["v26.0", "v25.0", "latest", ""],
    "meta_event_mapping": ['{"Zoom": "Purchase"}', "{", "[]", '{"a": null}', "", "[" * 5000, '{"a":' * 1400],
    "meta_standard_events": ["true", "false", "maybe"],
    "meta_user_event_name": ["Lead", "none", ""],
    "meta_default_currency": ["EUR", "usd", "XXXX", ""],
    "meta_generate_fbp": ["true", "false"],
    "meta_action_source": ["website", "physical_store", "web"],
    "meta_ldu": ["true", "false"],
    "meta_ldu_country": ["0", "1", "7"],
    "meta_ldu_state": ["0", "1000", "5"],
    "meta_require_email_or_phone": ["true", "false"],
}
# JSON a setting or a flat purchase property may carry: deep, huge, or odd nested documents.
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                       max_size=3), max_leaves=10)
hostile_json = st.sampled_from(
    ["[" * 5000, "[" * 1600 + "]" * 1600, '{"a":' * 1400 + "1" + "}" * 1400, '{"x":"' + "y" * 70_000 + '"}',
     '"' + '\\"' * 20_000, '[{"id":"A","item_price":1e999,"quantity":1e308}]', '[{"id":"A","quantity":"2"}]']
) | json_values.map(json.dumps) | st.integers(1, 3000).map(lambda depth: "[" * depth + "]" * depth)
KEYS = ["value", "revenue", "total", "currency", "price", "quantity", "product_id", "sku", "id", "order_id", "query",
        "event_id", "fbc", "fbp", "status", "category", "name", "predicted_ltv", "country", "city", "gender", "dob"]

settings_lists = st.lists(
    st.sampled_from(sorted(SETTING_VALUES)).flatmap(lambda key: st.tuples(st.just(key), st.sampled_from(
        SETTING_VALUES[key]) | st.text(max_size=12))), max_size=8,
).map(lambda extra: [("meta_pixel_id", "1234567890"), ("meta_access_token", "EAAtoken"), *extra])
odd_text = st.text(max_size=30) | st.sampled_from(
    ["", "0", "-1", "1e400", "NaN", "99.99", "007", "true", "fb.1.1.x", "USD", "\u200b", "é" * 50, "9" * 500])
property_maps = st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=10), odd_text, max_size=8)
flat_purchases = st.dictionaries(st.sampled_from(["contents", "content_ids"]), hostile_json, max_size=2)
FREE_FORM_KEYS = ["order_id", "query", "content_name", "content_category", "status", "note", "event_id"]

# Personal data with a marker no other generated text contains, so a leak is unambiguous.
emails = st.from_regex(r"Zq[a-z]{6}@Example\.com", fullmatch=True)
phones = st.from_regex(r"\+44 7[0-9]{3} [0-9]{6}", fullmatch=True)
names = st.from_regex(r"Zq[a-z]{6}", fullmatch=True)


def leaks(body: str, raw_values):
    text = json.dumps(json.loads(body), ensure_ascii=False)
    forms = set()
    for raw in raw_values:
        forms |= {raw, raw.lower(), raw.replace(" ", ""), "".join(ch for ch in raw if ch.isdigit())}
    return sorted(form for form in forms if len(form) >= 6 and form in text)


@st.composite
def events(draw):
    kind = draw(st.sampled_from(["page", "track", "user"]))
    email, phone, first, last = draw(emails), draw(phones), draw(names), draw(names)
    visitor = {"email": email, "phone": phone, "first_name": first, "lastName": last, "name": f"{first} {last}"}
    visitor.update(draw(st.dictionaries(st.sampled_from(KEYS), odd_text, max_size=3)))
    properties = draw(property_maps)
    properties.update(draw(flat_purchases))
    properties.update(draw(st.dictionaries(st.sampled_from(["email", "phone", "first_name", "full_name", "Phone",
                                                            "FirstName", "surname", "tel"]),
                                           st.sampled_from([email, phone, first]), max_size=3)))
    properties.update(draw(st.dictionaries(st.sampled_from(FREE_FORM_KEYS),
                                           st.sampled_from([email, f"for {email}, thanks", f"mailto:{email}"]),
                                           max_size=2)))
    event = make_event(
        kind, name=draw(odd_text), properties=properties, user_properties=properties,
        products=draw(st.lists(property_maps, max_size=3)), visitor=visitor,
        consent=draw(st.sampled_from(["granted", "granted", "pending", "denied", None])),
        url=draw(st.sampled_from(["https://a.com/p", "https://a.com/p?fbclid=AbC", "", "?"])),
        search=draw(st.sampled_from(["", "?fbclid=Xy", "q=1"])), country_code=draw(st.sampled_from(["", "GB", "zz"])),
        first_seen=draw(st.integers(0, 2_000_000_000)),
    )
    return kind, event, [email, phone, first, last]


@hypothesis_settings(max_examples=300)
@given(events(), settings_lists, st.integers(-10 * 86400, 120))
def test_core_never_fails_unexpectedly_and_never_leaks_pii(case, settings, offset):
    kind, event, pii = case
    now = 1_795_500_000
    retimed(event, now + offset)
    try:
        request = build_request(kind, event, settings, now=now)
    except MetaCapiError:
        return
    assert leaks(request.body, pii) == []
    json.loads(request.body)


@hypothesis_settings(max_examples=200)
@given(events(), settings_lists, st.integers(-10 * 86400, 120))
def test_explanations_never_fail_and_never_hold_a_raw_personal_value(case, settings, offset):
    kind, event, pii = case
    now = 1_795_500_000
    retimed(event, now + offset)
    explanation = explain(kind, event, settings, now=now)
    assert leaks(json.dumps(explanation.as_json()), pii) == []


@hypothesis_settings(max_examples=150)
@given(case=events(), settings=settings_lists, offset=st.integers(-10 * 86400, 120))
def test_wasm_never_traps_and_never_leaks_pii(host_each_version, case, settings, offset):
    kind, event, pii = case
    retimed(event, int(time.time()) + offset)
    outcome = host_each_version.call(kind, event, settings)  # a trap raises ComponentTrap and fails the test
    if outcome.error is not None:
        assert not outcome.error.startswith("internal error"), outcome.error
        return
    assert outcome.request is not None
    assert leaks(outcome.request.body, pii) == []


IDENTITY_KEYS = ("em", "ph", "fn", "ln", "ge", "db", "ct", "st", "zp", "country")
SOURCED_KEYS = (*IDENTITY_KEYS, "external_id", "fbc", "fbp")


def sent_as_text(value):
    """A custom_data value as the property text it came from (`12.5`, `true`, `SKU-1`)."""
    return value if isinstance(value, str) else json.dumps(value)


def explained_inconsistencies(kind, event, explanation, server):
    """Each claim of the explanation the payload contradicts (empty when they agree exactly)."""
    user_data, custom = server.get("user_data", {}), server.get("custom_data", {})
    properties, visitor = dict(event.data.properties), dict(event.context.user.properties)
    if kind == "user":
        visitor.update(properties)
    sources = explanation.sources
    wrong = [f"{key} sent without a source" for key in SOURCED_KEYS if key in user_data and key not in sources]
    wrong += [f"{key} said supplied but not sent" for key in explanation.sources if key not in user_data]
    for key in IDENTITY_KEYS:
        source = explanation.sources.get(key)
        if source and source != identity.CLIENT_COUNTRY and identity.ALIAS_RANK.get(source, ("",))[0] != key:
            wrong.append(f"{key} said supplied by {source}, not one of its aliases")
        if source and source != identity.CLIENT_COUNTRY and not visitor.get(source, "").strip():
            wrong.append(f"{key} said supplied by {source}, which the visitor does not carry")
    for name, reason in explanation.left_out:
        key, _, rest = reason.partition(" ")
        if key in IDENTITY_KEYS and rest.startswith("not sent:") and explanation.sources.get(key) == name:
            wrong.append(f"{name} said left out of {key} but supplied it")
        if key in IDENTITY_KEYS and rest.startswith("taken from "):
            used = rest[len("taken from "):-len(" instead")]
            if explanation.sources.get(key) != used or used == name or key not in user_data:
                wrong.append(f"{name}: {reason}, but {key} came from {explanation.sources.get(key)}")
        if name in ("fbc", "fbp"):
            present_values = {text.strip() for text in (properties.get(name, ""), visitor.get(name, ""))}
            if not present_values - {"", user_data.get(name)}:
                wrong.append(f"{name} said left out, but every {name} present was sent")
        if (reason.endswith(": left out") or reason in (PERSONAL_KEY, '"null": treated as absent')) and name in custom \
                and sent_as_text(custom[name]) == properties.get(name, "").strip():  # (another alias may fill the key)
            wrong.append(f"{name} said left out ({reason}) but is in custom_data")
    if explanation.event_id_source == EVENT_ID_PROPERTY and server.get("event_id") != properties["event_id"].strip():
        wrong.append("event_id said from the event_id property but differs")
    return wrong


@hypothesis_settings(max_examples=200)
@given(events(), settings_lists, st.integers(-10 * 86400, 120))
def test_every_property_explain_calls_used_or_left_out_is_what_the_payload_shows(case, settings, offset):
    kind, event, _ = case
    now = 1_795_500_000
    retimed(event, now + offset)
    explanation = explain(kind, event, settings, now=now)
    try:
        server = json.loads(build_request(kind, event, settings, now=now).body)["data"][0]
    except MetaCapiError:
        assert explanation.rejected and explanation.sources == {}
        return
    assert explanation.match_keys == [key for key in MATCH_KEYS if key in server["user_data"]]
    assert explained_inconsistencies(kind, event, explanation, server) == []
