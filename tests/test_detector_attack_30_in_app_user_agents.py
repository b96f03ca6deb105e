"""Rule closing the thirtieth attack's drop of Taobao's in-app user agent: a product naming the app's channel
(`TTID/227200@taobao_android_10.30.20`) is set aside as a product, unless a large mail provider follows its `@`."""

import pytest

from meta_capi.detector import EMAIL, user_agent_reason

_TAOBAO = ("Mozilla/5.0 (Linux; Android 10; HMA-AL00 Build/HUAWEIHMA-AL00; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
           " Version/4.0 Chrome/88.0.4324.93 Mobile Safari/537.36 AliApp(TB/10.30.20) UCBS/2.11.1.1"
           " TTID/227200@taobao_android_10.30.20 WindVane/8.5.0 1080X2265")


def test_taobaos_in_app_user_agent_goes_out() -> None:
    assert user_agent_reason(_TAOBAO) == ""


@pytest.mark.parametrize("channel", [
    "TTID/12345678@qq_com_1.0",  # a large mail provider after `@`
    "TTID/jo@taobao_android_10.30.20",  # a mailbox's name, no channel's number
    "TTID/227200@taobao_android",  # no version
    "TTID/227200@taobao.com",
    "TTID/227200@taobao_android_10.30.20 jo@example.com",
    "TTID/227200@taobao_android_10.30.20@gmail.com",
])
def test_an_address_in_a_user_agents_channel_is_still_caught(channel: str) -> None:
    assert user_agent_reason(_TAOBAO.replace("TTID/227200@taobao_android_10.30.20", channel)) == EMAIL
