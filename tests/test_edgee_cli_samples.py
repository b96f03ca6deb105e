"""`edgee components test` on its own three built-in events, as the README's "With the Edgee CLI" runs it.

What the CLI does, read from crates/cli/src/commands/components/test/test_data_collection_v1_0_0.rs at db2a2fc
(reproduced here as a procedure, not copied): settings from `--settings k=v,...` checked against the
manifest (a missing required or an unknown setting stops it); its samples are the page, track and user
events recorded on Edgee's demo site (tests/fixtures/edgee-sample-events, same uuids), each with its timestamp
set to now; the page sample has no consent, the others `granted`; events and settings go to the component raw
(no consent default, anonymization or rules), page then track then user, on one instance; the first `Err`
stops the run.
"""

import json
import time
import tomllib

import pytest

from builders import sha
from edgee_host.component.manifest import load_manifest, setting_problems
from wasm_support import ROOT, retimed, sample

TOKEN, PIXEL = "EAAtoken", "1234567890"
# The README's command: edgee components test --settings <these, comma-separated>
README_SETTINGS = {"meta_access_token": TOKEN, "meta_pixel_id": PIXEL, "edgee_default_consent": "granted",
                   "meta_require_email_or_phone": "false"}
CLI_SAMPLE_UUIDS = {"page": "37009b9b-a572-4615-87c1-09e257331ecb", "track": "4cffe10b-b5fd-429e-96d2-471f0575005f",
                    "user": "eb0f001a-cd2b-42c4-9c71-7b1c2bcda445"}
CHROME = ("Mozilla/5.0 (X11; Linux x86_64)AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 "
          "Safari/537.36")
FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0"
# The CLI's samples come from 127.0.0.1, a loopback address Meta cannot match: it is left out.
KNOWN_VISITOR = {"em": sha("me@example.com"), "external_id": [sha("123456"), sha("anon-123")],
                 "client_user_agent": FIREFOX}


def cli_samples(now):
    """The CLI's three samples, in its order, each stamped with `now`."""
    events = []
    for kind in ("page", "track", "user"):
        parsed = sample(kind)
        retimed(parsed.event, now)
        events.append((kind, parsed.event))
    return events


def edgee_components_test(host, settings, now):
    """What `edgee components test --settings ...` prints, as (kind, body or Err) up to the first Err."""
    problems = setting_problems(load_manifest(ROOT / "edgee-component.toml"), settings)
    if problems:
        return problems
    printed = []
    for kind, event in cli_samples(now):
        outcome = host.call(kind, event, list(settings.items()))
        if outcome.error is not None:
            printed.append((kind, outcome.error))
            break
        printed.append((kind, json.loads(outcome.request.body)))
    return printed


def expected_event(kind, now, **fields):
    return {"event_id": CLI_SAMPLE_UUIDS[kind], "event_time": now, "action_source": "website",
            "event_source_url": "https://demo.edgee.app/analytics-with-edgee.html", **fields}


def body(event):
    return {"data": [event], "access_token": TOKEN}


def test_cli_samples_are_the_recorded_fixtures_with_the_cli_consents():
    assert {kind: (sample(kind).event.uuid, sample(kind).event.consent) for kind in CLI_SAMPLE_UUIDS} == {
        "page": (CLI_SAMPLE_UUIDS["page"], None), "track": (CLI_SAMPLE_UUIDS["track"], "granted"),
        "user": (CLI_SAMPLE_UUIDS["user"], "granted")}


def test_cli_with_the_readme_settings_prints_three_requests(host):
    now = int(time.time())
    page, track, user = edgee_components_test(host, README_SETTINGS, now)
    assert page == ("page", body(expected_event(
        "page", now, event_name="PageView", referrer_url="https://demo.edgee.dev/analytics-with-js.html",
        user_data={"external_id": [sha("6bb171d5-2284-41ee-9889-91af03b71dc5")], "client_user_agent": CHROME},
        custom_data={"page_title": "Page with Edgee components"})))
    assert track == ("track", body(expected_event(
        "track", now, event_name="button_click", referrer_url="https://demo.edgee.dev/", user_data=KNOWN_VISITOR,
        custom_data={"content_category": "shoes", "registered": False, "size": 10, "color": "blue",
                     "label": "Blue Sneakers"})))
    assert user == ("user", body(expected_event(
        "user", now, event_name="Lead", referrer_url="https://demo.edgee.dev/", user_data=KNOWN_VISITOR)))


@pytest.mark.parametrize(
    ("left_out", "first_err"),
    [
        ("edgee_default_consent", "consent was not granted (consent is missing): the event is not sent to Meta"),
        ("meta_require_email_or_phone", "no email or phone number among the visitor's properties: the event is not "
                                        "sent (setting meta_require_email_or_phone = false sends events with other "
                                        "identifiers)"),
    ],
)
def test_cli_without_one_readme_setting_stops_at_the_page_sample(host, left_out, first_err):
    settings = {name: value for name, value in README_SETTINGS.items() if name != left_out}
    assert edgee_components_test(host, settings, int(time.time())) == [("page", first_err)]


def test_cli_default_consent_pending_keeps_the_page_sample_out(host):
    settings = dict(README_SETTINGS, edgee_default_consent="pending")
    assert edgee_components_test(host, settings, int(time.time())) == [
        ("page", "consent was not granted (consent is missing, pending by edgee_default_consent): the event is not "
                 "sent to Meta")]


@pytest.mark.parametrize(
    ("settings", "problems"),
    [
        ({"meta_pixel_id": PIXEL}, ["missing required setting meta_access_token"]),
        (dict(README_SETTINGS, edgee_anonymization="false"),
         ["unknown setting edgee_anonymization (not in edgee-component.toml)"]),
    ],
)
def test_cli_refuses_settings_the_manifest_does_not_allow(host, settings, problems):
    assert edgee_components_test(host, settings, int(time.time())) == problems


def test_manifest_build_command_is_the_makefile_build():
    build = tomllib.loads((ROOT / "edgee-component.toml").read_text())["component"]["build"]
    assert (build["command"], build["output_path"]) == ("make build", "meta_capi.wasm")
