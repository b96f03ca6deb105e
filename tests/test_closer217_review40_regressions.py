"""Closer 217: review 40's regressions of session 50 (closers 213 to 215) left by closer 216, fixed by rule, with
their nearest look-alikes both ways.

- key_lexicon.ABOUT_THE_FIELD: a field's format, its length in digits, its input box or its check, as Japanese,
  Korean and Chinese write them after the field (`免許番号_桁数`, `운전면허번호_형식`, `驾驶证号_格式`), head a key as
  English's `license_number_format` does: the key is about the number, its value judged as any value.

The price (asserted below): a key naming such a property of any personal field in those scripts (`電話番号_形式`)
is ordinary, as `phone_number_format` is; a number in its value is still judged by the detector.
"""

from __future__ import annotations

from review_cases import review_tests

ORDINARY_KEYS = [
    # (a licence number's property)
    '免許番号_桁数', '運転免許番号_確認済み', '免許番号_入力欄', '驾驶证号_格式', '운전면허번호_형식', '驾照号码_位数',
    '운전면허번호_자릿수', '運転免許証番号_フォーマット',
    # (the price: any personal field's property in those scripts)
    '電話番号_形式', 'メールアドレス_確認済み',
]

PERSONAL_KEYS = [
    '運転免許番号', '免許番号', '운전면허번호', '驾驶证号', '運転免許番号_値', '驾驶证号_格式化', '免許番号_入力',
    '운전면허번호_원본',
]

globals().update(review_tests(globals()))
