"""The honorifics written before a person's name, by language, once: each rule module that reads an honorific derives
the alternation it needs from this table, by the kinds recorded for each word, instead of spelling its own.

Each row is a word as its language writes it before a name (with its dot where it takes one: `Sra.`, `dhr.`,
`Sig.ra`; a form in lower case and its capitalized one are two rows when the rules read them apart), then its kinds:

- `any`: read before a name in any layout, as `Mr` is (postal's honorific: a capitalized word's dot is optional
  there, a word in lower case is one only with its dot: `dhr. Q. Jansen`);
- `break`: a European language's but English's, read after a break or a word in lower case (cued_names);
- `unmistakable`: of those, one no product's name writes for its audience (abbreviations, Polish's `Pani`, Dutch's
  words), read after any word (cued_names; not `Jeans Herr Slim Fit`, `Chemise Monsieur`);
- `family`: one of address before a family name alone as a sentence about the person goes on (cued_names: not
  French's, which title brands and magazines as often, `Madame Tussauds`, nor Polish's capitalized, `Pan Tadeusz`);
- `alone`: one a record writes before a family name alone (home_services: `Carer visit log – Mr … –`);
- `visit`: one written in full that a visit log's dash or colon is followed by too, beside `alone`'s (home_services:
  `Visit log – Frau …`);
- `household`: one written in full before a household's helper's family name, beside `alone`'s (home_services:
  `Unsere Putzfrau Frau … kommt`);
- `paired`: one of a couple's pair before their family name (record_names: `Mr & Mrs …`, `Sr. y Sra. …`);
- `notice`: a death notice's abbreviation in Spanish and Portuguese (memorials: `D.` for Don, `Dña.`);
- `tribute`: India's in Latin letters before a deceased's name (memorials: `Smt.`; not Pakistan's `Janab`);
- `delivery`: one a delivery phrase is followed by as a case governs it or as its language abbreviates it, beside
  `any`'s (named_in_text: `Lieferung an Herrn …`, `dla Pana …`, `Fru …`);
- `handover`: one a hand-over phrase writes in lower case or abbreviated (named_in_text: `giao cho chị …`);
- `kin`: a word of kin or an honorific after its language's greetings, read in any case (greetings: `Halo Kak …`);
- `caseless`: a script's without capitals, read before its words (named_in_text: `श्रीमती`, `جناب`).
"""
from __future__ import annotations

import re
from typing import Dict, List

from .canonical import canonical, longest_first

HONORIFICS: Dict[str, str] = {
    "English": """
        Mr any alone paired
        Mrs any alone paired
        Ms any alone paired
        Miss any alone
        Mx any alone paired
        Dr any
        Prof any
    """,
    "French": """
        M. any paired
        Mme any break alone unmistakable paired
        Mlle any break unmistakable
        Madame any break household
        Mademoiselle break
        Monsieur any break household
    """,
    "German": """
        Herr any break family paired visit household
        Frau any break family paired visit household
        Herrn break family alone delivery
        Hr. alone delivery
        Fr. alone delivery
    """,
    # (Dutch writes its own in lower case with their dot: `dhr. Q. Jansen`, `mevr. De Vries`; closer 99)
    "Dutch": """
        Dhr. any break family alone unmistakable paired
        Mevr. any break family alone unmistakable paired
        dhr. any break family unmistakable
        mevr. any break family unmistakable
        Mevrouw break family unmistakable household
        mevrouw break family unmistakable
        Meneer break family unmistakable household
        meneer break family unmistakable
    """,
    "Spanish": """
        Sr. any break family alone notice unmistakable paired
        Sra. any break family alone notice unmistakable paired
        Srta. any break family unmistakable
        Señor any break
        Señora any break
        D. notice
        Dña. notice
        Don notice
        Dr. notice
        Dra. notice
    """,
    "Portuguese": """
        Dona break notice
        Senhor break
        Senhora break
    """,
    # (Italian abbreviates a title to its first letters, a dot and its ending: `Sig.ra`, `Dott.ssa`)
    "Italian": """
        Sig. any break family alone unmistakable paired
        Sig.ra any break family alone unmistakable paired
        Sig.na any
        Signor any break
        Signora any break
        Dott. any
        Dott.ssa any
        Prof.ssa any
        Avv. any
        Ing. any
    """,
    # (closer 184: Polish calls a man `Panie`, `Pan`'s vocative: `Dzień dobry Panie Kowalski`)
    "Polish": """
        Pan any break
        Panie any
        Pani any break alone unmistakable
        pan break family
        pani break family unmistakable
        Pana alone delivery
        Panu alone
    """,
    "Swedish": "Fru delivery",
    "Finnish": "Rouva delivery\nHerra delivery",
    "Malay": """
        Tuan any
        Encik any
        Puan any
        Cik any
    """,
    "Indonesian": """
        Ibu any kin
        Bapak any kin
        Bpk any
        Sdr any
        Sdri any
        Nyonya any
        kak kin
        kakak kin
        mas kin
        mbak kin
        bu kin
        pak kin
        om kin
        tante kin
        dik kin
        adik kin
    """,
    # (seventeenth attack)
    "Maghreb Arabic in Latin letters": """
        Si any
        Sidi any
        Lalla any
        Moulay any
        Hadj any
        Hajj any
        Hajja any
    """,
    "Vietnamese": """
        anh kin handover
        chị kin handover
        em kin handover
        bạn kin
        cô kin handover
        chú kin handover
        bác kin handover
        ông kin handover
        bà kin handover
        Anh handover
        Chị handover
        Cô handover
        Bà handover
        Ông handover
    """,
    "Tagalog": """
        G. handover
        Gng. handover
        Bb. handover
    """,
    # (their abbreviations too: session 17's review)
    "Romanian": """
        doamna kin
        doamnă kin
        domnule kin
        domnul kin
        domnișoară kin
        domnișoara kin
        d-na kin
        d-nei kin
        d-nă kin
        d-le kin
        d-l kin
        d-lui kin
        d-ra kin
        d-șoara kin
    """,
    "Indian languages in Latin letters": """
        Shri tribute
        Shrimati tribute
        Smt. tribute
        Sri tribute
        Srimati tribute
    """,
    "Devanagari": "श्री caseless\nश्रीमती caseless\nसुश्री caseless",
    "Bengali": "শ্রী caseless\nশ্রীমতী caseless",
    "Gurmukhi": "ਸ਼੍ਰੀ caseless\nਸ੍ਰੀ caseless\nਸ਼੍ਰੀਮਤੀ caseless",
    "Gujarati": "શ્રી caseless\nશ્રીમતી caseless",
    "Telugu": "శ్రీ caseless\nశ్రీమతి caseless",
    "Kannada": "ಶ್ರೀ caseless\nಶ್ರೀಮತಿ caseless",
    "Malayalam": "ശ്രീ caseless\nശ്രീമതി caseless",
    "Urdu, Shahmukhi and Sindhi": "جناب caseless\nمحترم caseless\nمحترمہ caseless\nبیگم caseless",
}

# (language -> the words of each kind, in the table's order)
_BY_KIND: Dict[str, Dict[str, List[str]]] = {}
for _language, _rows in HONORIFICS.items():
    for _row in _rows.strip().splitlines():
        _word, *_kinds = _row.split()
        for _kind in _kinds:
            _BY_KIND.setdefault(_kind, {}).setdefault(_language, []).append(_word)


def by_language(kind: str, apart: str = " ") -> Dict[str, str]:
    """The words of `kind` as written, by language (apart by `apart`), the languages in the table's order."""
    return {language: apart.join(words) for language, words in _BY_KIND[kind].items()}


def words(kind: str) -> List[str]:
    """The words of `kind` as written, in the table's order."""
    return [word for language_words in _BY_KIND[kind].values() for word in language_words]


def alternation(*kinds: str) -> str:
    """The words of `kinds` as one pattern in their canonical form, longest first, each maybe with its dot: a word in
    lower case that takes a dot only with it (`dhr.`), any other with its dot or not (`Sr`, `Sr.`)."""
    forms = {canonical(word)[0] for kind in kinds for word in words(kind)}
    return "(?:" + "|".join(
        re.escape(form[:-1]) + "(?=\\.)" if form.endswith(".") and form[:1].islower() else re.escape(form.rstrip("."))
        for form in sorted(forms, key=longest_first)) + ")\\.?"
