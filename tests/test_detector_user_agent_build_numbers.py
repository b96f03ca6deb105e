"""Real in-app browsers' user agents end their comment with the app's build number, digits alone: a tenth of such
numbers pass some national id's check, so a field of digits alone is left to the user agent's own rules for a run of
digits (a phone's length is still read as in text), not read as free text."""
from __future__ import annotations

import pytest

from meta_capi import detector

INSTAGRAM_IOS = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                 "Mobile/15E148 Instagram 334.0.4.32.98 (iPhone15,3; iOS 17_5; en_US; en; scale=3.00; 1290x2796; {})")
INSTAGRAM_ANDROID = ("Mozilla/5.0 (Linux; Android 14; SM-S918B Build/UP1A.231005.007; wv) AppleWebKit/537.36 "
                     "(KHTML, like Gecko) Version/4.0 Chrome/124.0.6367.82 Mobile Safari/537.36 Instagram "
                     "330.0.0.40.92 Android (34/14; 480dpi; 1080x2340; samsung; SM-S918B; dm3q; qcom; en_US; {})")


@pytest.mark.parametrize("build", ["602977149", "591234567", "612345678", "587654321", "123456789"])
@pytest.mark.parametrize("template", [INSTAGRAM_IOS, INSTAGRAM_ANDROID])
def test_an_in_app_browsers_build_number_goes_out(template: str, build: str) -> None:
    assert detector.user_agent_reason(template.format(build)) == ""


@pytest.mark.parametrize(("user_agent", "found"), [
    ("Mozilla/5.0 (Linux; Android 14; 9845217306) Chrome/124.0", "holds a phone number"),
    (INSTAGRAM_IOS.format("602977149; Tel: 9845217306"), "holds a phone number"),
])
def test_a_phone_in_a_comments_field_is_still_read(user_agent: str, found: str) -> None:
    assert detector.user_agent_reason(user_agent) == found
