import json
import time

import pytest

from builders import sha
from edgee_host.meta.graph_answers import GraphAnswer, read_answer
from edgee_host.meta.offline_graph_api import DEMO_PIXEL_ID, DEMO_TOKEN, OfflineGraphAPI
from edgee_host.proxy.delivery import deliver, retarget
from meta_capi.model import Request

NOW = int(time.time())


def server_event(**changes):
    event = {"event_name": "PageView", "event_time": NOW, "action_source": "website",
             "user_data": {"em": sha("a@b.co"), "client_ip_address": "203.0.113.7"}}
    event.update(changes)
    return event


def body(*events, token=DEMO_TOKEN):
    document = {"data": list(events)}
    if token is not None:
        document["access_token"] = token
    return json.dumps(document).encode()


def answer(raw, pixel=DEMO_PIXEL_ID, headers=None):
    return OfflineGraphAPI().answer("POST", f"/v26.0/{pixel}/events", headers or {}, raw)


def test_offline_api_accepts_a_valid_request():
    status, document = answer(body(server_event(), server_event()))
    assert status == 200 and document["events_received"] == 2 and document["messages"] == []
    assert len(document["fbtrace_id"]) > 10


def test_offline_api_accepts_a_bearer_token():
    assert answer(body(server_event(), token=None), headers={"authorization": f"Bearer {DEMO_TOKEN}"})[0] == 200


@pytest.mark.parametrize(
    ("raw", "pixel", "status", "code", "subcode", "message"),
    [
        (body(server_event(), token=None), DEMO_PIXEL_ID, 400, 190, None, "An active access token"),
        (body(server_event(), token="wrong"), DEMO_PIXEL_ID, 401, 190, None, "Invalid OAuth access token"),
        (body(server_event()), "999", 400, 100, 33, "(#100) Unsupported post request. Object with ID '999'"),
        (b"{not json", DEMO_PIXEL_ID, 400, 100, None, "(#100) The request body is not valid JSON"),
        (body(), DEMO_PIXEL_ID, 400, 100, None, "(#100) param data must be an array"),
        (body(server_event(event_time=NOW - 8 * 86400)), DEMO_PIXEL_ID, 400, 100, 2804003, "(#100) The timestamp"),
        (body(server_event(event_name="Purchase", custom_data={"currency": "USD"})), DEMO_PIXEL_ID, 400, 100, 2804009,
         "(#100) Missing Value for Purchase Event"),
        (body(server_event(event_name="Purchase", custom_data={"value": 3})), DEMO_PIXEL_ID, 400, 100, 2804010,
         "(#100) Missing Currency for Purchase Event"),
        (body({k: v for k, v in server_event().items() if k != "action_source"}), DEMO_PIXEL_ID, 400, 100, 2804050,
         "(#100) data[0].action_source is required"),
        (body(server_event(user_data={"em": "a@b.co"})), DEMO_PIXEL_ID, 400, 100, None,
         "(#100) data[0].user_data.em must be SHA-256 hashed"),
        (body(server_event(user_data={"em": sha("x").upper()})), DEMO_PIXEL_ID, 400, 100, None,
         "(#100) data[0].user_data.em must be SHA-256 hashed"),
        (body(server_event(user_data={"client_ip_address": sha("1.2.3.4")})), DEMO_PIXEL_ID, 400, 100, None,
         "(#100) data[0].user_data.client_ip_address must not be hashed"),
        (body(server_event(user_data={"fbp": sha("x")})), DEMO_PIXEL_ID, 400, 100, None,
         "(#100) data[0].user_data.fbp must not be hashed"),
    ],
)
def test_offline_api_answers_meta_error_objects(raw, pixel, status, code, subcode, message):
    got_status, document = answer(raw, pixel)
    error = document["error"]
    assert (got_status, error["code"], error.get("error_subcode")) == (status, code, subcode)
    assert error["message"].startswith(message) and error["type"] == "OAuthException" and error["fbtrace_id"]


@pytest.mark.parametrize(
    ("status", "document", "retryable"),
    [
        (400, {"error": {"code": 100, "error_subcode": 2804003}}, False),
        (401, {"error": {"code": 190}}, False),
        (403, {"error": {"code": 10}}, False),
        (403, {"error": {"code": 200}}, False),
        (400, {"error": {"code": 1}}, True),
        (400, {"error": {"code": 2}}, True),
        (400, {"error": {"code": 4}}, True),
        (400, {"error": {"code": 17}}, True),
        (400, {"error": {"code": 341}}, True),
        (400, {"error": {"code": 368}}, True),
        (400, {"error": {"code": 613}}, True),
        (400, {"error": {"code": 80003}}, True),
        (400, {"error": {"code": 21009}}, True),
        (400, {"error": {"code": 100, "is_transient": True}}, True),
        (429, {"error": {"code": 100}}, True),
        (503, {}, True),
    ],
)
def test_graph_answers_classify_retryable_errors(status, document, retryable):
    assert read_answer(status, json.dumps(document).encode()).retryable is retryable


def test_graph_answers_read_success_and_html():
    ok = read_answer(200, b'{"events_received": 1, "fbtrace_id": "T"}')
    assert ok == GraphAnswer(status=200, events_received=1, messages=[], fbtrace_id="T") and ok.ok
    html = read_answer(502, b"<html>bad gateway</html>")
    assert not html.ok and html.retryable


def request_for(event):
    return Request("POST", f"https://graph.facebook.com/v26.0/{DEMO_PIXEL_ID}/events",
                   (("content-type", "application/json"),), False, body(event).decode())


def test_delivery_retargets_only_the_graph_host():
    assert retarget("https://graph.facebook.com/v26.0/1/events", "http://127.0.0.1:9/") == "http://127.0.0.1:9/v26.0/1/events"
    assert retarget("https://other.example/x", "http://127.0.0.1:9") == "https://other.example/x"


def test_delivery_retries_retryable_answers_with_exponential_backoff():
    waits: list = []
    with OfflineGraphAPI() as api:
        api.fail_next(429, code=4, message="Too many calls", transient=False, times=2)
        delivery = deliver(request_for(server_event()), graph_url=api.base_url, retries=3, backoff_seconds=0.25,
                           sleep=waits.append)
    assert delivery.answer.ok and delivery.answer.events_received == 1
    assert delivery.attempts == 3 and waits == [0.25, 0.5]
    assert [received.status for received in api.received] == [429, 429, 200]


def test_delivery_gives_up_after_the_retries_and_never_retries_permanent_errors():
    with OfflineGraphAPI() as api:
        api.fail_next(500, times=2)
        failed = deliver(request_for(server_event()), graph_url=api.base_url, retries=1, sleep=lambda _: None)
        permanent = deliver(request_for(server_event(event_time=NOW - 8 * 86400)), graph_url=api.base_url, retries=3,
                            sleep=lambda _: None)
    assert (failed.attempts, failed.answer.status, failed.answer.retryable) == (2, 500, True)
    assert (permanent.attempts, permanent.answer.code, permanent.answer.error_subcode) == (1, 100, 2804003)


def test_delivery_reports_an_unreachable_endpoint_as_retryable():
    delivery = deliver(request_for(server_event()), graph_url="http://127.0.0.1:9", sleep=lambda _: None)
    assert delivery.answer.status == 0 and delivery.answer.retryable and not delivery.answer.ok
