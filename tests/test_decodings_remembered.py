"""Perf 40's memo of long texts' decodings (canonical.decode): what it holds from earlier texts changes no answer, a
settled form is remembered as its own decoding, and it stays within DECODINGS_REMEMBERED characters."""

from __future__ import annotations

import random
from typing import List

import pytest

from meta_capi import canonical

# Long texts in the layers the decoder peels: percent escapes (double too), HTML entities with and without `;`,
# full-width and look-alike letters, a Braille number, a tag character, plain text.
PIECES = ["%40", "%2540", "&#64;", "&#x40", "&commat;", "＠", "ｅｘａｍｐｌｅ", "%E2%80%8B", "\u283c\u2801\u2803",
          "\U000e0041", "Émile ", "straße ", "&amp;lt;", "%C3%A9", "plain text ", "a", "7"]


def long_texts(count: int, seed: int) -> List[str]:
    chooser = random.Random(seed)
    return ["".join(chooser.choice(PIECES) for _ in range(chooser.randint(60, 400))) for _ in range(count)]


@pytest.mark.parametrize("shortest", [False, True])
def test_a_remembered_decoding_is_the_decoding(shortest: bool) -> None:
    canonical.forget_decodings()
    texts = long_texts(120, seed=40)
    first = [canonical.decode(text, shortest) for text in texts]
    again = [canonical.decode(text, shortest) for text in reversed(texts)][::-1]
    assert first == again
    assert sum(len(text) >= 256 for text in texts) > 100  # (most are long enough to be remembered)
    for text, decoding in zip(texts, first, strict=True):
        assert decoding == canonical._decode(text, shortest)[:3]
        form, settled, _ = decoding
        if settled:  # (a settled form's remembered decoding is what decoding it afresh gives)
            assert canonical.decode(form, shortest) == canonical._decode(form, shortest)[:3]


def test_the_memo_stays_within_its_bound() -> None:
    canonical.forget_decodings()
    for text in long_texts(600, seed=41):
        canonical.decode(text)
        assert canonical._decoded_characters[0] <= canonical.DECODINGS_REMEMBERED
    assert canonical._decodings  # (it did remember)
    canonical.forget_decodings()
    assert not canonical._decodings and canonical._decoded_characters[0] == 0
