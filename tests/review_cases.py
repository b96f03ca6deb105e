"""The parameters of a review's tests: the values that pass, then each cause's failing values as strict expected
failures (ids `ok-N`, `xfail-N`), shared by the reviews' test files, and the tests themselves (review_tests)."""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Mapping, Sequence

import pytest

from meta_capi import detector, privacy


def with_expected_failures(passing: Sequence[str], failing: Dict[str, List[str]]) -> List[Any]:
    """`passing` as plain parameters, then every value of `failing` marked as a strict expected failure whose reason
    is its cause."""
    cases = [pytest.param(value, id=f"ok-{index}") for index, value in enumerate(passing)]
    for cause, values in failing.items():
        mark = pytest.mark.xfail(strict=True, reason=cause)
        start = len(cases)
        cases += [pytest.param(value, marks=mark, id=f"xfail-{start + index}") for index, value in enumerate(values)]
    return cases


ORIGIN = "https://shop.example.com/"


def _named(name: str, test: Callable[..., None]) -> Callable[..., None]:
    test.__name__ = test.__qualname__ = name
    return test


def review_tests(lists: Mapping[str, Any]) -> Dict[str, Any]:
    """A review's six tests over its lists (ORDINARY and DROPPED, PERSONAL and LEAKS, the same for KEYS and URLS; one
    left out is empty), to put among its module's globals: a text is judged by detector.reason, a key by
    detector.key_reason, a URL by privacy.clean_url, which keeps an ordinary one whole and leaves a personal one its
    origin or its path alone."""

    def text_goes_out(value: str) -> None:
        assert detector.reason(value) == ""

    def text_is_kept(value: str) -> None:
        assert detector.reason(value) != ""

    def key_goes_out(key: str) -> None:
        assert detector.key_reason(key) == ""

    def key_is_refused(key: str) -> None:
        assert detector.key_reason(key) != ""

    def url_goes_out_whole(url: str) -> None:
        assert privacy.clean_url(url) == url

    def url_loses_its_path_or_its_query(url: str) -> None:
        cleaned = privacy.clean_url(url)  # (a URL without a query must lose its path: not be kept whole)
        assert cleaned != url and cleaned in (ORIGIN, url.partition("?")[0])

    tests = (
        ("test_ordinary_values_go_out", "value", "ORDINARY", "DROPPED", text_goes_out),
        ("test_personal_values_are_kept", "value", "PERSONAL", "LEAKS", text_is_kept),
        ("test_ordinary_keys_go_out", "key", "ORDINARY_KEYS", "DROPPED_KEYS", key_goes_out),
        ("test_personal_keys_are_refused", "key", "PERSONAL_KEYS", "LEAKED_KEYS", key_is_refused),
        ("test_ordinary_urls_go_out_whole", "url", "ORDINARY_URLS", "DROPPED_URLS", url_goes_out_whole),
        ("test_personal_urls_lose_their_path_or_their_query", "url", "PERSONAL_URLS", "LEAKED_URLS",
         url_loses_its_path_or_its_query),
    )
    # (a list a review leaves out is empty: its test is not made)
    made = {name: pytest.mark.parametrize(argument, with_expected_failures(lists.get(passing, []), lists.get(
        failing, {})))(_named(name, test)) for name, argument, passing, failing, test in tests
        if lists.get(passing) or lists.get(failing)}
    events = list(lists.get("PERSONAL_EVENTS", [])) + list(lists.get("LEAKED_EVENTS", []))
    if events:
        made.update(_event_tests(events, lists.get("EVENT_LEAKS", {})))
    return made


def _event_tests(cases: List[Any], leaks: Mapping[str, str]) -> Dict[str, Any]:
    """A review's whole events (privacy_attack_cases_2's cases: a name, the event's kind, its fields, the values that
    must not appear) through the core and through the built component; a case named in `leaks` is a strict expected
    failure whose reason is its cause."""
    from privacy_attack_cases_2 import component_outcome, outcome

    params = [pytest.param(case, id=case[0], marks=pytest.mark.xfail(strict=True, reason=leaks[case[0]]))
              if case[0] in leaks else pytest.param(case, id=case[0]) for case in cases]

    def leaves_no_field_of_the_core(case: Any) -> None:
        assert outcome(case) == []

    def leaves_no_field_of_the_component(host: Any, case: Any) -> None:
        assert component_outcome(host, case) == []

    return {name: pytest.mark.parametrize("case", params)(_named(name, test)) for name, test in (
        ("test_personal_values_leave_no_field_of_the_core", leaves_no_field_of_the_core),
        ("test_personal_values_leave_no_field_of_the_component", leaves_no_field_of_the_component))}
