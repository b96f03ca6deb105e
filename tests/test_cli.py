"""End to end: the edgee-harness command, the built .wasm and the offline Graph API together."""

import io

import pytest

from builders import sha
from cli_support import harness, json_lines, write
from edgee_host.cli.command import main
from edgee_host.cli.samples import sample_events
from edgee_host.meta.offline_graph_api import DEMO_PIXEL_ID, DEMO_TOKEN, OfflineGraphAPI
from wasm_support import WASM


@pytest.fixture(autouse=True)
def built_component():
    if not WASM.exists():
        pytest.fail("meta_capi.wasm is missing: run `make build`")


def demo_settings(graph_url):
    return ["--settings", f"meta_pixel_id={DEMO_PIXEL_ID},meta_access_token={DEMO_TOKEN}", "--send",
            "--graph-url", graph_url]


def test_cli_offline_run_sends_the_four_samples():
    code, out, _ = harness("--offline", "--json")
    reports = json_lines(out)
    assert code == 0
    assert [(r["type"], r["event_name"], r["status"]) for r in reports] == [
        ("page", "PageView", "sent"), ("track", "AddToCart", "sent"), ("user", "Lead", "sent"),
        ("track", "Purchase", "sent")]
    assert all(r["response"]["events_received"] == 1 for r in reports)
    assert DEMO_TOKEN not in out and reports[0]["request"]["body"]["access_token"] == "***"


def test_cli_server_receives_the_exact_purchase():
    with OfflineGraphAPI() as api:
        code, _, _ = harness(*demo_settings(api.base_url), "--json")
    assert code == 0
    purchase = api.received[3]
    assert purchase.path == f"/v26.0/{DEMO_PIXEL_ID}/events" and purchase.status == 200
    event = purchase.body["data"][0]
    assert event["custom_data"] == {
        "value": 94.96, "currency": "USD",
        "contents": [
            {"id": "SKU-1", "quantity": 1, "item_price": 59.99, "title": "Blue Sneakers", "brand": "Acme",
             "category": "shoes"},
            {"id": "SKU-2", "quantity": 3, "item_price": 9.99, "title": "Running Socks"},
            {"id": "SKU-3", "quantity": 1, "item_price": 5.0, "title": "Shoe Cleaner"},
        ],
        "content_ids": ["SKU-1", "SKU-2", "SKU-3"], "content_type": "product", "num_items": 5,
        "order_id": "ORD-000123",
    }
    assert {key: event["user_data"][key] for key in ("em", "ph", "st", "zp", "country")} == {
        "em": sha("jane.doe@example.com"), "ph": sha("16505551212"), "st": sha("ca"), "zp": sha("94025"),
        "country": sha("us")}
    assert purchase.body["access_token"] == DEMO_TOKEN


def test_cli_human_report_has_requests_curl_answers_and_a_summary():
    code, out, _ = harness("--offline", "--curl", "--event-type", "track")
    assert code == 0
    assert "[2] track -> meta_capi: AddToCart (sent)" in out and "[4] track -> meta_capi: Purchase (sent)" in out
    assert "  POST https://graph.facebook.com/v26.0/1234567890/events" in out
    assert "curl -X POST http://127.0.0.1:" in out and "Meta answered: events_received: 1" in out
    assert out.rstrip().splitlines()[-1].startswith("2 sent, 0 ignored, 0 failed (offline Graph API at http")
    assert DEMO_TOKEN not in out


def test_cli_display_input_shows_the_event_and_masked_settings():
    code, out, _ = harness("--offline", "--display-input", "--event-type", "user")
    assert code == 0 and "[3] input (user):" in out and '"meta_access_token": "***"' in out and DEMO_TOKEN not in out


def test_cli_config_applies_the_proxy_config(tmp_path):
    config = write(tmp_path, "edgee.toml", f"""
[[components.data_collection]]
id = "meta_capi"
file = "meta_capi.wasm"
wit_version = "1.0.1"
settings.meta_pixel_id = "{DEMO_PIXEL_ID}"
settings.meta_access_token = "{DEMO_TOKEN}"
settings.edgee_user_event_enabled = false
settings.edgee_default_consent = "denied"
""")
    events = sample_events()
    del events[0]["consent"]
    events[1]["components"] = {"meta_capi": False, "other": True}
    code, out, _ = harness("--config", config, "--events-file", write(tmp_path, "events.json", events), "--json")
    assert code == 0
    assert [(r["status"], r.get("reason", "")) for r in json_lines(out)] == [
        ("ignored", "consent was not granted (consent is denied): the event is not sent to Meta"),
        ("skipped", "the event's components map turns meta_capi off"),
        ("skipped", "edgee_user_event_enabled is false for meta_capi"),
        ("ready", ""),
    ]


def test_cli_a_malformed_event_loses_its_whole_request_and_lenient_runs_the_others(tmp_path):
    events = write(tmp_path, "events.json", sample_events()[:1] + [{"type": "page", "timestamp": "soon"}])
    code, out, _ = harness("--offline", "--events-file", events, "--json")
    reports = json_lines(out)
    assert code == 1 and [report["status"] for report in reports] == ["failed", "failed"]
    assert reports[0]["reason"].startswith(
        "the proxy would lose this whole request (its parser refuses event 1: timestamp: expected an RFC 3339 "
        "date-time as chrono reads it")
    code, out, _ = harness("--offline", "--events-file", events, "--json", "--lenient")
    reports = json_lines(out)
    assert code == 1 and [report["status"] for report in reports] == ["sent", "failed"]
    assert reports[1]["reason"].startswith("malformed event, not run: event 1: timestamp:")


def test_cli_send_failure_exits_1_and_reports_the_graph_error():
    with OfflineGraphAPI() as api:
        api.fail_next(400, code=190, message="Invalid OAuth access token", transient=False, times=4)
        code, out, _ = harness(*demo_settings(api.base_url), "--json")
    response = json_lines(out)[0]["response"]
    assert code == 1 and response["code"] == 190 and response["retryable"] is False


def test_cli_retries_retryable_answers():
    with OfflineGraphAPI() as api:
        api.fail_next(503, times=1)
        code, out, _ = harness(*demo_settings(api.base_url), "--json", "--event-type", "page", "--retries", "2",
                               "--backoff", "0")
    report = json_lines(out)[0]
    assert code == 0 and report["attempts"] == 2 and report["response"]["events_received"] == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "missing required setting meta_access_token; missing required setting meta_pixel_id"),
        (["--settings", "meta_pixel_id=1,meta_access_token=t,colour=blue"], "unknown setting colour"),
        (["--settings", "nonsense"], "--settings takes key=value pairs"),
        (["--events-file", "/nonexistent.json", "--offline"], "--events-file /nonexistent.json"),
    ],
)
def test_cli_usage_errors_exit_2(args, message):
    code, _, err = harness(*args)
    assert code == 2 and message in err


def test_cli_missing_wasm_and_bad_flags_exit_2(tmp_path):
    out, err = io.StringIO(), io.StringIO()
    assert main(["run", "--wasm", str(tmp_path / "none.wasm")], out=out, err=err) == 2
    assert "no such file" in err.getvalue()
    assert main(["run", "--wasm", str(WASM), "--event-type", "screen"], out=out, err=err) == 2


def test_cli_settings_file_is_read(tmp_path):
    settings = write(tmp_path, "settings.toml",
                     f'meta_pixel_id = "{DEMO_PIXEL_ID}"\nmeta_access_token = "{DEMO_TOKEN}"\n'
                     'meta_user_event_name = "CompleteRegistration"\n')
    code, out, _ = harness("--settings-file", settings, "--event-type", "user", "--json")
    assert code == 0 and json_lines(out)[0]["event_name"] == "CompleteRegistration"


class ForwardingHost:
    """A stand-in component that asks the proxy to forward the visitor's headers."""

    def call(self, kind, event, settings):
        from edgee_host.component.values import Outcome
        from meta_capi.model import Request

        return Outcome(request=Request("POST", "https://graph.facebook.com/v26.0/1/events",
                                       (("content-type", "application/json"),), True, '{"data":[]}'))


def test_cli_adds_the_visitor_headers_from_the_anonymized_event_when_a_component_asks_for_them():
    from edgee_host.cli.runs import Delivering, curl_of, run_one
    from edgee_host.proxy.config import ComponentEntry
    from edgee_host.proxy.events import parse_events
    from edgee_host.proxy.pipeline import batch_of, prepare

    page = parse_events(sample_events()[:1])[0]
    page.event.consent = None  # the default consent is pending: the IP is anonymized
    entry = ComponentEntry(id="x")
    event = prepare(entry, page, batch_of(page)).event
    report = run_one(ForwardingHost(), entry, 0, page, event, Delivering())  # type: ignore[arg-type]
    assert report.headers == {
        "content-type": "application/json",
        "x-forwarded-for": "93.184.216.0",
        "user-agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                      "Chrome/132.0.0.0 Safari/537.36",
        "referer": "https://shop.example.com/products/blue-sneakers",
        "accept-language": "en-US,en;q=0.9",
        "origin": "https://shop.example.com",
        "accept": "*/*", "sec-fetch-dest": "empty", "sec-fetch-mode": "no-cors", "sec-fetch-site": "cross-site",
    }
    assert "-H 'x-forwarded-for: 93.184.216.0'" in curl_of(report, "")


def test_cli_explain_adds_match_keys_reasons_and_a_summary_to_json():
    code, out, _ = harness("--offline", "--json", "--explain")
    assert code == 0
    *reports, last = json_lines(out)
    assert reports[1]["explain"]["match_keys"] == [
        "em", "ph", "fn", "ln", "ct", "st", "zp", "country", "external_id", "client_ip_address", "client_user_agent",
        "fbc"]
    assert reports[1]["explain"]["event_id_source"] == "the Edgee uuid"
    summary = last["summary"]
    assert sorted(summary) == ["AddToCart", "Lead", "PageView", "Purchase"]
    assert summary["Purchase"]["events"] == 1 and summary["Purchase"]["match_key_share"]["em"] == 1
    assert summary["Purchase"]["missing_keys_by_meta_priority"] == ["fbp", "ge", "db"]


def test_cli_explain_prints_under_each_event_and_a_summary_table():
    code, out, _ = harness("--offline", "--explain", "--event-type", "page")
    assert code == 0
    assert "  match keys: em ph fn ln ct st zp country external_id client_ip_address client_user_agent fbc" in out
    assert "  from: em email, ph phone, fn first_name, ln last_name, ct city," in out
    event_id = "0f6b1a52-1c7e-4f5a-9d8e-2b1f0c9a7e01"
    assert f"  deduplication: event_id {event_id} (the Edgee uuid): warning: cannot deduplicate" in out
    assert "Match keys by Meta event (share of events carrying each key):" in out
    assert "PageView: missing, most important first: fbp ge db" in out


SECOND_PIXEL, SECOND_TOKEN = "2222222222", "second-pixel-token"


def test_cli_two_entries_of_the_same_wasm_send_each_event_to_both_pixels(tmp_path):
    config = write(tmp_path, "edgee.toml", f"""
[[components.data_collection]]
id = "meta_main"
file = "meta_capi.wasm"
wit_version = "1.0.0"
settings.meta_pixel_id = "{DEMO_PIXEL_ID}"
settings.meta_access_token = "{DEMO_TOKEN}"
settings.edgee_default_consent = "granted"

[[components.data_collection]]
id = "meta_brand"
file = "meta_capi.wasm"
wit_version = "1.0.1"
settings.meta_pixel_id = "{SECOND_PIXEL}"
settings.meta_access_token = "{SECOND_TOKEN}"
settings.meta_test_event_code = "BRAND1"
settings.edgee_default_consent = "granted"
""")
    events = write(tmp_path, "events.json", sample_events()[3])  # the purchase
    with OfflineGraphAPI(pixels=(DEMO_PIXEL_ID, SECOND_PIXEL), tokens=(DEMO_TOKEN, SECOND_TOKEN)) as api:
        code, out, _ = harness("--config", config, "--events-file", events, "--send", "--graph-url", api.base_url,
                               "--json")
    assert code == 0
    assert [(r["component"], r["status"]) for r in json_lines(out)] == [("meta_main", "sent"), ("meta_brand", "sent")]
    assert [(each.path, each.status) for each in api.received] == [
        (f"/v26.0/{DEMO_PIXEL_ID}/events", 200), (f"/v26.0/{SECOND_PIXEL}/events", 200)]
    main_body, brand_body = (each.body for each in api.received)
    assert (main_body["access_token"], "test_event_code" in main_body) == (DEMO_TOKEN, False)
    assert (brand_body["access_token"], brand_body["test_event_code"]) == (SECOND_TOKEN, "BRAND1")
    assert main_body["data"] == brand_body["data"]  # the same event, each pixel its own request
    assert main_body["data"][0]["event_id"] == "ORD-000123"  # the purchase's order id: the Pixel can repeat it


def test_cli_curl_and_usage_errors_never_print_the_password_of_the_graph_url():
    code, out, _ = harness("--curl", "--event-type", "track", "--graph-url", "http://ops:s3cret-pass@127.0.0.1:9/x",
                           "--settings", f"meta_pixel_id={DEMO_PIXEL_ID},meta_access_token={DEMO_TOKEN}")
    assert code == 0 and "curl -X POST 'http://ops:***@127.0.0.1:9/x/v26.0/" in out and "s3cret-pass" not in out
    code, out, err = harness("--offline", "--graph-url", "http://ops:s3cret-pass@127.0.0.1:99999/")
    assert code == 2 and "--graph-url must be" in err and "ops:***@" in err and "s3cret-pass" not in out + err
