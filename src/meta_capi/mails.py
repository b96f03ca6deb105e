"""Names in what shoppers write like a mail, a gift message or a chat (thirtieth attack), for the detector
(detector.py). Each rule reads a layout, with its cue words as lexicon data:

- a salutation of a letter (postal's `Dear`, `Lieber`, `Querida`, `Sevgili`, `Дорогая`, `عزيزتي`) and one word of a
  name called by a comma or `!`, the message going on after it (`Dear Annabel, happy birthday!`; after a comma in
  lower case: `Alles Gute, liebe Henrike! Dein Matthias`); a title has no mark there (`Dear Evan Hansen`), and one
  word ending the text is a letter's to a figure as often (`Dear Santa,`);
- an honorific and a name called by a comma at a line's end, the letter going on in lower case on the next line
  (`Madame Rousselot,\\nvotre colis`);
- a Chinese name after `親愛的` called by a comma or `!`, or before `先生`, `女士`, `小姐` and a greeting or a mark
  (`王晓明先生您好`); a Korean name (a family name of the lexicon and one or two syllables) before `고객님` ("dear
  customer") or, after a comma or a line, before `드림` ("offered by", the letter's signature) or `배상` ("bowing");
- an informal closing (`LG`, `Bisous`, `Groetjes`, `Abraços`, `Cheers`, `Best`) opening the text, a line or the last
  line's last sentence after a message, a comma or a line break and a signature ending the text, one word enough after
  the informal ones; the abbreviations of a closing (`Mvh`, `VG`, `MfG`) and a full name ending the text without a
  comma; a Japanese or Chinese closing (`敬具`, `此致敬礼`) on its line and a name on the next, ending the text;
- a gift message's dedication: the word for "for" or "to", a full name, a dash, a comma or a colon and a wish
  (`Für Anna Schmidt – alles Liebe!`, `For Anna Schmidt, with love`);
- a letter's closing and signature before a phone's footer (`Sent from my iPhone`, `Von meinem iPhone gesendet`) or a
  quoted reply (a line opening with `>`): the letter is read without them;
- a chat's lines: a greeting, a comma and `this is` (or its words in the shops' languages: `ben`, `hier ist`, `c'est`)
  before a full name; a full name after a chat's time stamp (in brackets, bare, or with its date as WhatsApp exports
  it) and before a colon and a message (`[10:14] Annabel Whitcombe: where is my order`, `03/12/2026, 10:42 - Anna
  Schmidt: Hallo`); a word for a customer, a full name and a verb of writing before a colon (`Kunde Katrin Oberhauser
  schreibt:`); a support widget's transcript lines (`Visitor Anna Schmidt: hi`, `Anna Schmidt replied:`, `… joined
  the chat`, `Conversation with …`); a greeting and a full name before a comma ending the line, the next
  line said to the person (`Hi Annabel Whitcombe,\\nyour order has shipped`).

Runs on the canonical form, behind substring tests in C (cued): most values hold none of the cues.
"""

from __future__ import annotations

import re
from typing import Dict, FrozenSet, Iterator, Set

from .canonical import HANGUL, by_first_letter, canonical, longest_first, table_alternation
from .geography import COUNTRY_BY_KEY, TOWN_NAMES, letters_key
from .greetings import _ADDRESSED, _GREETED_OBJECTS, _GREETING_FORMS, _NOT_NAME_WORDS, _TWO_WORDS
from .greetings import _opens as greetings_opens
from .name_shapes import CAPITAL_NAME, END, FULL_NAME, HAN, WORD, a_person
from .postal import (
    _COLON_CLOSING_FORMS,
    _GREETING,
    _GREETING_ANY_CASE,
    _GREETING_OPENERS,
    _HONORIFIC,
    _NOT_A_PERSON,
    _PERSON_WORD,
    _SIGNATURE,
    _SIGNATURE_ANY_CASE,
    _signed,
)
from .role_labels import a_thing
from .self_introductions import _CHINESE_FAMILY

# Who a letter or a card calls by a salutation besides a person: a figure, the family by its role (`Dear Santa, please`,
# `Lieber Papa, alles Gute!`), a crowd (`liebe Leute!`).
_CALLED_NOT_A_NAME = frozenset(canonical(word)[0].lower() for word in (
    "santa santa's god gott dieu dios jesus christkind weihnachtsmann nikolaus christmas weihnachten noel navidad "
    "natale mom mum mommy mummy mama mami mamá mamma mutti mom's dad daddy papa papi papá papà vati oma opa omi "
    "opi grandma grandpa granny nana nonna nonno abuela abuelo vovó vovô avó avô anne baba leute freunde "
    "freundinnen kollegen kinder people friends everyone everybody all guys folks team kids family familie "
    "famille familia famiglia amis amici amigas chicos chicas ragazzi jungs mädels").split()) | _NOT_A_PERSON
# ... and a diary or a journal, which a letter calls as a figure (`Dear Diary,\na journal for teens`; thirty-first
# attack)
_CALLED_NOT_A_NAME |= frozenset(canonical(word)[0].lower() for word in (
    "diary journal tagebuch journal diario diário dagbok dagboek pamiętniku päiväkirja naplóm").split())
# ... and the family by its role in Polish's vocative, and a darling in Dutch and Polish (`Kochana Mamo,`, `Lieve
# schat,`; thirty-ninth attack's salutations)
_CALLED_NOT_A_NAME |= frozenset(canonical(word)[0].lower() for word in (
    "mamo tato babciu dziadku mamusiu tatusiu kochanie schat schatje").split())
# Salutations that are as often another language's word or a name (Esperanto's `Kara` is Turkish "black": `Kara Sevda,
# season 2`, a series): before one word of a name they call no one; before a full name postal reads them.
_SALUTATIONS_ALSO_WORDS = frozenset(["kara"])
# The salutations' first words (postal's) as the text's words split them (a mark after one, a JSON string's quote before
# one), and where one stands.
_OPENER_TOKENS = _GREETING_OPENERS | frozenset(word + mark for word in _GREETING_OPENERS for mark in ",!:") | frozenset(
    '"' + word for word in _GREETING_OPENERS)
# After the name's mark: the message going on, in lower case after a comma (any letter of a script without case), not
# an article before a capitalized word (a book's subtitle: `Dear Ægir, a Nordic Cookbook`), any letter after `!`.
_ARTICLES = "a|an|the|el|la|los|las|le|les|un|una|une|der|die|das|ein|eine|il|lo|gli|o|os|as|um|uma|de|het|een"
# (an article opens no name: a title case's `Discussion Avec Un Sommelier`, an event's; thirty-second attack)
_ARTICLE_WORDS = frozenset(_ARTICLES.split("|")) - {"de"}  # (`de` opens a family name too: `De Vries`)
_GOES_ON_AFTER_COMMA = re.compile(f"[ \\t]{{0,3}}\\n?[ \\t]{{0,3}}(?!(?:{_ARTICLES})[ \\t]{{1,3}}[A-Z])(?![A-Z])"
                                  f"[^\\W\\d_]")
_GOES_ON_AFTER_MARK = re.compile(r"[ \t]{0,3}\n?[ \t]{0,3}[^\W\d_]")
# How far a salutation's pattern reads from where it opens (a salutation, an honorific, three words, a mark).
_REACH = 160


def _opens_a_part(form: str, at: int) -> bool:
    """Whether `at` of `form` opens the text, a line, a JSON string, or a sentence or a clause after a mark and a
    blank (up to three blanks before it)."""
    before = form[max(0, at - 4):at].rstrip(" \t")
    if before == "" and at < 4:
        return True
    blanks = len(form[max(0, at - 4):at]) - len(before)
    return before[-1:] in ("\n", '"') or before[-1:] in (".", "!", "?", ",") and blanks > 0


def _places(words: Set[str], form: str) -> Iterator[int]:
    """Where each of `words` (in lower case) stands in `form` in lower case, capitalized or in capitals, a word of its
    own (string methods in C: one find for each place)."""
    for word in words:
        for written in {word, word.capitalize(), word.upper()}:
            at = form.find(written)
            while at >= 0:
                end = at + len(written)
                if not (at and form[at - 1].isalpha() or end < len(form) and form[end].isalpha()):
                    yield at
                at = form.find(written, end)


def _called(form: str) -> bool:
    """Whether a salutation and one word of a name called by a comma or `!` open the text, a line, a sentence or a
    clause, the message going on after the mark (the text's words looked up in a set of the salutations' first words
    first, then each salutation's place; an opening whose characters within the pattern's reach were read is not read
    again)."""
    present = _OPENER_TOKENS.intersection(form.lower().split())
    if not present:
        return False
    read = set()
    any_case = not form.isascii()
    for start in _places({token.strip('",!:') for token in present}, form):
        reach = form[start:start + _REACH]
        if reach in read or not _opens_a_part(form, start):
            continue
        read.add(reach)
        for pattern in (_GREETING, _GREETING_ANY_CASE) if any_case else (_GREETING,):
            match = pattern.match(form, start)
            if match is None or match.group(1) or match.group(3) not in (",", "!") or (
                    "\u0900" <= form[start] <= "\u0dff"):  # (Hindi's, Bengali's "dear" is "favourite" too: `প্রিয় বই,`)
                continue
            words = match.group(2).split()
            goes_on = (_GOES_ON_AFTER_COMMA if match.group(3) == "," else _GOES_ON_AFTER_MARK).match(form, match.end())
            if len(words) == 1 and goes_on is not None and words[0].lower() not in _CALLED_NOT_A_NAME and (
                    form[start:match.start(2)].strip(" \t").lower() not in _SALUTATIONS_ALSO_WORDS):
                return True
    return False


# An honorific and a name called by a comma ending the line, the letter going on in lower case on the next line.
_CALLED_ON_A_LINE = re.compile(f"[ \\t]{{0,3}}{_HONORIFIC}((?:{_PERSON_WORD}[ \\t]{{1,3}}){{0,2}}"
                               f"{_PERSON_WORD})[ \\t]{{0,3}},[ \\t]{{0,3}}\\r?\\n[ \\t]{{0,3}}[a-z]")

# Chinese: `親愛的` and a name called by a comma, `!` or a colon (full-width `：` in the canonical form; not
# `親愛的,`: a title's `亲爱的,热爱的`), or a family name of the lexicon and one or two characters before a polite
# title and a greeting or a mark.
_CHINESE_CALLED = re.compile(f"(?:親愛的|亲爱的)({HAN}{{1,3}})[,!:]")
_CHINESE_TITLED = re.compile(f"(?:^|(?<![\u3400-\u9fff]))(?:{_CHINESE_FAMILY}){HAN}{{1,2}}(?:先生|女士|小姐)"
                             f"(?:您好|你好|[,.!:\\n]|$)")
# Korean family names (lexicon data), one syllable or two.
_KOREAN_FAMILY = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 "
                  "손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 "
                  "변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 "
                  "금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부").split()
_KOREAN_FAMILY_TWO = "남궁 황보 제갈 선우 독고 사공 서문".split()
_KOREAN_NAME_BODY = f"(?:(?:{'|'.join(_KOREAN_FAMILY_TWO)}){HANGUL}{{1,2}}|[{''.join(_KOREAN_FAMILY)}]{HANGUL}{{2}})"
_KOREAN_NAME = f"{_KOREAN_NAME_BODY}(?!{HANGUL})"
# Words of three syllables before `고객님` that are no name: what the shop calls its customers (`소중한 고객님`: dear
# customer).
_KOREAN_NOT_NAMES = frozenset("소중한 사랑하는 존경하는 소중하신 고마운 반가운 감사한 특별한 귀중한 "
                              "우수한 신규가입 정기구독 "
                              "멤버십 프리미엄 골드 실버 다이아".split())
_KOREAN_CUSTOMER = re.compile(f"(?:^|(?<=[\\s,.!?\"]))({_KOREAN_NAME})[ \\t]{{0,3}}(?:고객님|회원님)")
_KOREAN_SIGNED = re.compile(f"(?<=[,.!?\\n])[ \\t]{{0,3}}({_KOREAN_NAME})[ \\t]{{1,3}}(?:드림|올림|배상)"
                            f"[ \\t.!]{{0,3}}(?:$|[\\n\"])")


# A self-introduction in a message (closer 129): a greeting of its own opening the text or a line, maybe a comma, then
# "I am" (`저는`) and a Korean name glued to "is" (`입니다`, `이에요`, `예요`) ending the sentence (`안녕하세요, 저는
# 박지훈입니다`); without the greeting `저는` opens ordinary sentences as often (`저는 김민준입니다` is a book's title
# too), and a word ending in a role's or a nationality's syllable is none (`저는 한국인입니다`: 인, 생, 자, 사, 가, 님).
_KOREAN_GREETINGS = "안녕하세요|안녕하십니까|안녕|반갑습니다|처음[ \\t]{1,3}뵙겠습니다"
_KOREAN_ROLE_ENDS = "인생자사가님"
_KOREAN_GREETED_INTRO = re.compile(
    f"(?:^|(?<=[\\n\"]))[ \\t]{{0,3}}(?:{_KOREAN_GREETINGS})[ \\t]{{0,3}}[,.!]?[ \\t]{{0,3}}"
    f"저는[ \\t]{{1,3}}({_KOREAN_NAME_BODY})(?<![{_KOREAN_ROLE_ENDS}])"
    "(?:입니다|이에요|예요)[ \\t.!]{0,3}(?:$|[,\\n\"])")


def titled_without_blank(form: str) -> bool:
    """Whether a Chinese name before a polite title fills or opens `form`, a word without a blank (`王晓明先生您好`;
    substring tests in C first)."""
    return ("先生" in form or "女士" in form or "小姐" in form) and _CHINESE_TITLED.search(form) is not None


def _east_asian(form: str) -> bool:
    """Whether a Chinese or Korean name stands in one of the layouts above (substring tests in C first)."""
    return (("愛的" in form or "爱的" in form) and _CHINESE_CALLED.search(form) is not None
            or ("先生" in form or "女士" in form or "小姐" in form) and _CHINESE_TITLED.search(form) is not None
            or ("고객님" in form or "회원님" in form) and any(
                match.group(1) not in _KOREAN_NOT_NAMES for match in _KOREAN_CUSTOMER.finditer(form))
            or ("드림" in form or "올림" in form or "배상" in form) and _KOREAN_SIGNED.search(form) is not None
            or "저는" in form and _KOREAN_GREETED_INTRO.search(form) is not None)


# Informal closings by language, and the abbreviations of a closing (read in the canonical form in lower case).
_INFORMAL_CLOSINGS = {
    "English": "cheers|best|xoxo|hugs|take care",
    "German": "lg|vg|glg|mfg|liebe grüße|viele grüße|lieben gruß|liebe grüsse|bis bald|gruß|grüße",
    "French": "bisous|bises|gros bisous|grosses bises|à bientôt|amitiés",
    "Dutch": "groetjes|groeten|liefs|doei",
    "Spanish, Portuguese, Italian": "besos|un beso|abrazos|un abrazo|abraços|um abraço|beijos|beijinhos|bjs|abs|"
                                    "baci|un bacio|un abbraccio|saluti",
    "Swedish, Danish, Norwegian": "mvh|hälsningar|kram|kramar|hilsen|klem",
    "Polish, Turkish": "pozdrawiam|buziaki|sevgiler|selamlar",
}
_CLOSING_FORMS: FrozenSet[str] = frozenset(canonical(phrase)[0].lower() for line in _INFORMAL_CLOSINGS.values()
                                           for phrase in line.split("|"))
# ... of which a title writes some before a word (`Best Friends Mug`, `Cheers Beer Glass Set`): after them, a comma
# or a line break and two words, or one on a line of its own.
_TITLE_CLOSINGS = frozenset(("cheers", "best", "hugs", "take care", "saluti", "groeten", "gruß", "gruße"))
# ... and the abbreviations, which sign without a comma (`Mvh Sven Åkerlund`, `VG Katrin Oberhauser`); not `LG`,
# a brand's name before its products' (`LG Gram Pro`).
_ABBREVIATIONS = frozenset(("mvh", "vg", "mfg", "glg", "vh"))
_BRAND_ABBREVIATIONS = _ABBREVIATIONS | {"lg"}
_CLOSING_CUT = re.compile(r"[ \t]{0,3}(?:,[ \t]{0,3}(?:\r?\n)?|\r?\n)")

# (thirty-first attack) Closings a title or a business's mail opens with as often (`Ciao,\nBella Italia`, `Warmly,\n
# Williams Sonoma`, `Trân trọng,\nShopee Việt Nam`, `Salam Hangat Kopi Blend`, `VH Van Halen Tee`): the informal ones
# of the shops' languages the lexicon above lacked and the letters' closings of the round's languages, which sign only
# after a message (a line of the text before the closing's).
_CLOSINGS_AFTER_MESSAGE = {
    "English": "warmly|warm wishes|warmest wishes|with love|love|talk soon|speak soon|have a nice day|"
               "have a great day",
    "German": "schöne grüße|schönen tag|bis dann",
    "French": "bonne journée|bonne soirée|belle journée|bonne continuation|à plus|à très vite",
    "Italian": "ciao|a presto|buona giornata|un caro saluto",
    "Spanish, Portuguese": "hasta pronto|cariños|até logo|até breve|um beijo|beijos",
    "Czech, Slovak": "hezký den|pěkný den|měj se|mějte se|zdravím|pekný deň",
    "Ukrainian, Russian": "гарного дня|на все добре|до зустрічі|хорошего дня|до встречи",
    "Greek": "φιλιά|τα λέμε",
    "Romanian": "cu drag|pupici|te pup",
    "Hungarian": "puszi",
    "Danish, Norwegian": "vh",
    "Vietnamese": "trân trọng|thân ái|thân mến|kính thư",
    "Indonesian": "salam hangat|salam sayang|hormat saya",
    "Thai": "ขอแสดงความนับถือ|ด้วยความเคารพ|ด้วยความนับถือ",
}
# ... the closings of the languages whose letters sign on the closing's line without a comma (`Terveisin Aino
# Virtanen`, `Hilsen Ingrid Haug`), before a full name and after a message (`Terveisin Muumilaakso Postikortti`,
# `Med venlig hilsen Danmark Plakat` are titles)
_CLOSINGS_WITHOUT_COMMA = {
    "Finnish": "terveisin|ystävällisin terveisin|parhain terveisin|hyvää päivänjatkoa",
    "Danish, Norwegian": "hilsen|med venlig hilsen|venlig hilsen|vennlig hilsen|med vennlig hilsen|beste hilsen|"
                         "kærlig hilsen|mvh|vh",
    "Swedish": "hälsningar|vänliga hälsningar|med vänliga hälsningar|med vänlig hälsning|vänlig hälsning",
}


def _forms(lexicon: Dict[str, str]) -> FrozenSet[str]:
    """The phrases of `lexicon` (language -> phrases) in their canonical form in lower case, from their lower case and
    capitalized (a Cyrillic or Greek capital folds to another look-alike than its lower case)."""
    return frozenset(canonical(variant)[0].lower() for line in lexicon.values() for phrase in line.split("|")
                     for variant in (phrase, phrase[:1].upper() + phrase[1:]))


_AFTER_MESSAGE = _forms(_CLOSINGS_AFTER_MESSAGE)
_WITHOUT_COMMA = _forms(_CLOSINGS_WITHOUT_COMMA)
# ... and Hungarian's, whose signature follows a colon ending the line as often (`Üdvözlettel:\nHorváth Eszter`)
_COLON_CLOSINGS = _COLON_CLOSING_FORMS
_CLOSING_COLON_CUT = re.compile(r"[ \t]{0,3}[,:][ \t]{0,3}(?:\r?\n)?|[ \t]{0,3}\r?\n")
_ANY_CLOSING = _CLOSING_FORMS | _AFTER_MESSAGE | _WITHOUT_COMMA | _COLON_CLOSINGS
_LONGEST_CLOSING = max(map(len, _ANY_CLOSING))
# (the first three letters of every closing that long, looked up before a line's prefixes are: most lines open on none)
_CLOSING_STARTS = frozenset(closing[:3] for closing in _ANY_CLOSING if len(closing) >= 3)


def _closed(form: str) -> bool:
    """Whether a closing opening the text or a line, a comma or a line break (or a blank after an abbreviation or a
    closing that signs without a comma) and a signature end `form` (the last line or the last two read, string methods
    first). A signature on its own line, a closing of _AFTER_MESSAGE and one of _TITLE_CLOSINGS before a name on its
    line need a message before the closing."""
    body = form.rstrip(" \t\r\n.!")
    last = body.rfind("\n")
    # (the closing may stand on the line before; one line is read once; or open the last line's last sentence, after
    # the message's `!`, `?` or `.` and a blank: `Happy birthday Mum! Love, Ottavine Quildersen`, forty-sixth attack)
    starts = [body.rfind("\n", 0, max(0, last)) + 1, last + 1] if last >= 0 else [0]
    sentence = max(body.rfind(mark, last + 1) for mark in ("! ", "? ", ". "))
    if sentence > last + 1:
        starts.append(len(body) - len(body[sentence + 1:].lstrip(" \t")))
    for start in starts:
        head = body[start:start + _LONGEST_CLOSING + 1].lower()
        if head[:3] not in _CLOSING_STARTS and head[:2] not in _ANY_CLOSING:
            continue
        for size in range(min(len(head), _LONGEST_CLOSING), 1, -1):
            closing = head[:size]
            if closing[-1] in " \t" or closing not in _ANY_CLOSING or size < len(head) and head[size].isalnum():
                continue
            # (one word after an abbreviation, a brand's as often, needs a message's line before it: not `LG, Samsung`)
            after_message = body[:start].rstrip(" \t\r\n")[-1:] not in ("", ":", ",")
            if closing in _AFTER_MESSAGE and not after_message:
                continue
            cut = (_CLOSING_COLON_CUT if closing in _COLON_CLOSINGS else _CLOSING_CUT).match(body, start + size)
            if cut is None and not (closing in _ABBREVIATIONS or closing in _WITHOUT_COMMA and after_message):
                continue
            end = cut.end() if cut is not None else start + size
            match = (_SIGNATURE if _CASED.search(closing) else _SIGNATURE_ANY_CASE).match(body + "\n", end)
            if match is None or match.end() < len(body) or any(
                    word.lower() in _CALLED_NOT_A_NAME for word in match.group(1).split()):
                continue  # (not a business, nor the family by its role: `Un abrazo, Mamá`)
            words = match.group(1).split()
            if "\n" in body[start + size:end]:  # (a signature on its own line)
                signed = after_message
            elif len(words) > 1:
                signed = cut is not None or closing in _ABBREVIATIONS or after_message
                signed = signed and (closing not in _TITLE_CLOSINGS or after_message)
            else:
                signed = cut is not None and (closing in _CLOSING_FORMS or closing in _AFTER_MESSAGE) and (
                    closing not in _TITLE_CLOSINGS) and (closing not in _BRAND_ABBREVIATIONS or after_message)
            if signed:
                return True
    return False


_CASED = re.compile(r"[^\W\d_](?<=[^\u0e00-\u0e7f])")  # (a letter of a script with case: not Thai's)


def _closed_in_strings(form: str) -> bool:
    """Whether an informal closing and its signature end a JSON string of `form` (`{"comment": "Danke!\\nLG,
    Katrin"}`; each string's text read once)."""
    read = set()
    for part in form.split('"')[1::2]:
        if part not in read:
            read.add(part)
            if _closed(part):
                return True
    return False


def _cjk_closed(form: str) -> bool:
    """Whether a Japanese or Chinese closing on its line and a name on the next end `form`."""
    return _CJK_CLOSED.search(form) is not None


_CJK_NAME_LINE = "[\u3005\u4e00-\u9fff\u30a1-\u30fa\u30fc]{2,6}"
# ... and (thirty-first attack) a request's closing, Japanese `よろしくお願いします` ("thank you in advance"), and
# Chinese wishes closing a letter (`祝好`, `敬祝 商祺`), the name maybe followed by a word of respect (`敬上`).
_CJK_CLOSED = re.compile(f"(?:敬具|草々|かしこ|此致敬礼|此致[ \\t]{{0,3}}\\n[ \\t]{{0,3}}敬礼"
                         f"|よろしくお願い(?:いた)?します[。！!.]?|宜しくお願い(?:いた)?します[。！!.]?"
                         f"|祝好[，,！!]?|(?:敬祝|顺祝|順祝|此祝)[ \\t]{{0,3}}(?:商祺|商安|安好|顺利|順利))"
                         f"[ \\t]{{0,3}}\\n[ \\t]{{0,3}}"
                         f"({_CJK_NAME_LINE})(?:[ \\t]{{0,3}}(?:敬上|谨上|謹上|敬启|敬啟))?[ \\t.]{{0,3}}(?:$|(?=\"))")
_CJK_CLOSINGS = ("敬具", "草々", "かしこ", "敬礼", "お願い", "祝好", "祝")

# A phone's footer (`Sent from my iPhone`) and a quoted reply's first line (`> …`), each opening a line: the letter
# ends before them.
_FOOTERS = {
    "English": "sent from my|sent from",
    "German": "von meinem|gesendet von|gesendet mit",
    "French": "envoye de mon|envoye depuis mon",
    "Spanish": "enviado desde mi|enviado desde",
    "Italian": "inviato da",
    "Portuguese": "enviado do meu|enviado de meu",
    "Dutch": "verzonden vanaf mijn|verzonden met",
    "Swedish, Danish, Norwegian": "skickat från min|sendt fra min|sendt fra",
    "Polish": "wysłane z",
}
_FOOTER = re.compile("(?i:\\n[ \\t]{0,3}(?:" + "|".join(sorted(
    {re.escape(canonical(phrase)[0].lower()).replace("\\ ", "[ \\t]{1,3}") for line in _FOOTERS.values()
     for phrase in line.split("|")}, key=longest_first)) + ")[ \\t]|\\n[ \\t]{0,3}>)")


_FOOTER_STEMS = ("sent from", "von meinem", "gesendet", "envoye", "enviado", "inviato", "verzonden", "skickat",
                 "sendt fra", "wysłane", "wyslane")


# (thirty-first attack) A footer in any language names the phone or the mail app that sent the mail (`Lähetetty
# iPhonesta`, `Στάλθηκε από το iPhone μου`, `iPhone-ról küldve`, `Get Outlook for Android`): the short lines naming one
# of them (lexicon data, in lower case) that end the text are cut.
_DEVICES = ("iphone", "ipad", "android", "galaxy", "samsung", "outlook", "huawei", "xiaomi", "pixel", "blackberry")
_FOOTER_LINE = 60  # (a footer's line is short)


def _without_device_lines(body: str) -> str:
    """`body` without the short lines naming a device or a mail app that end it (each line read once, in place)."""
    end = len(body)
    while True:
        last = body.rfind("\n", 0, end)
        line = body[last + 1:end].lower() if end - last <= _FOOTER_LINE + 1 else ""
        if last < 0 or not any(device in line for device in _DEVICES):
            return body[:end]
        end = last
        while end and body[end - 1] in " \t\r\n":
            end -= 1


def _before_footer(form: str) -> bool:
    """Whether a letter's closing and signature end `form` before a phone's footer or a quoted reply (the text from the
    first such line on is cut, then the lines naming a device that end it, the rest read as postal's closings and the
    informal ones read a letter)."""
    lowered = form.lower()
    devices = any(device in lowered for device in _DEVICES)
    if "\n>" not in form and not devices and not any(stem in lowered for stem in _FOOTER_STEMS):
        return False
    found = _FOOTER.search(form)
    body = (form if found is None else form[:found.start()]).rstrip(" \t\r\n")
    if devices:
        body = _without_device_lines(body)
    if found is None and len(body) == len(form.rstrip(" \t\r\n")):
        return False
    return ("," in body or "\n" in body) and (_signed(body) or _closed(body))


# Chats. A greeting, a comma and a phrase that introduces the one writing or calling, by language (in lower case, as
# a sentence goes on), before a full name.
_THIS_IS = ("this is|it's|it is|here is|hier ist|hier spricht|c'est|ici|aqui es|habla|qui e|sono|aqui e|fala|dit is|"
            "met|ben|tu jest|z tej strony|det ar|har ar")
_THIS_IS_CUE = re.compile(",[ \t]{1,3}(?:" + _THIS_IS + ")[ \t]{1,3}")
_THIS_IS_FORMS = tuple(_THIS_IS.split("|"))  # (looked for in C first)
_NAMED_AFTER_CUE = re.compile(f"({FULL_NAME}){END}")
# The greetings (greetings.py's), as the text before the comma ends with one in lower case.
_GREETING_ENDS = tuple(_GREETING_FORMS)


def _introduced_by_greeting(form: str) -> bool:
    """Whether a greeting opening a part, a comma, a phrase of _THIS_IS and a full name stand in `form` (each phrase's
    place found by one scan, the greeting read before it with string methods)."""
    if not any(phrase in form for phrase in _THIS_IS_FORMS):
        return False
    read = set()
    for cue in _THIS_IS_CUE.finditer(form):
        at = cue.start()
        window = form[max(0, at - 30):cue.end() + 100]
        if window in read:
            continue
        read.add(window)
        before = form[max(0, at - 30):at].rstrip(" \t").lower()
        greeting = next((greeting for greeting in _GREETING_ENDS if before.endswith(greeting)), "")
        if not greeting or len(before) > len(greeting) and before[-len(greeting) - 1] not in ' \t\n".!?:,':
            continue
        match = _NAMED_AFTER_CUE.match(form, cue.end())
        if match is not None and a_person(match.group(1)):
            return True
    return False


# A time stamp (a chat's export), a full name, a colon and the message: in brackets, maybe with its date (`[10:14]`,
# `[10:14:05]`, `[10:14 AM]`, `[03/12/2026, 10:42:11]`: WhatsApp's on a phone), or a date, a comma, a time and a dash
# (`03/12/2026, 10:42 - `: WhatsApp's export on Android); maybe an emoji (a symbol, no letter) before the name. The
# message opens in lower case after a bare time (`10:42 Anna Schmidt: wo ist …`: an agenda's `10:30 Panel
# Discussion: Future of Retail` has capitals), in brackets in lower case or as a sentence, a capitalized word and one
# in lower case (`[10:42] Anna Schmidt: Wo ist …`; `[10:42] Flash Sale: 20% off`, `[10:42] Morning Run: Playlist` go
# out), anything after a date (the export's shape is whole).
_TIME = "[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?(?:[ \\t]{0,3}(?:am|pm|AM|PM))?"
_DATE = "[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{2,4}"
_EMOJI = "[^\\w\\s\\[\\]:,.;!?\"'()<>/-]{1,3}"
_STAMPED = re.compile(f"(?:\\[({_DATE},?[ \\t]{{0,3}})?{_TIME}\\]|({_DATE}),?[ \\t]{{1,3}}{_TIME}[ \\t]{{1,3}}(?=-)"
                      f"|(?<![0-9:.])({_TIME}))[ \\t]{{0,3}}(?:-[ \\t]{{0,3}})?(?:{_EMOJI}[ \\t]{{1,3}})?"
                      f"({FULL_NAME})[ \\t]{{0,3}}:[ \\t]{{1,3}}(\\S[^\\W\\d_]{{0,30}}(?:[ \\t]{{1,3}}\\S)?)")
_A_TIME = re.compile("[0-9]:[0-5][0-9]")  # (the cue of _STAMPED, one scan in C)
# A word for a customer, a full name and a verb of writing or saying before a colon (`Kunde Katrin Oberhauser
# schreibt:`), by language.
_WRITER_WORDS = ("customer|client|kunde|kundin|cliente|klant|kund|kunde|klient|klientka|musteri|"
                 "user|nutzer|benutzer|utilisateur|utente|usuario|gebruiker")
_WRITES = ("writes|wrote|says|said|asks|asked|schreibt|schrieb|sagt|fragt|ecrit|a ecrit|dit|escribe|escribio|dice|"
           "scrive|ha scritto|escreve|escreveu|schrijft|schreef|skriver|skrev|pisze|napisal|napisala|yazdi|yaziyor|"
           "hat geschrieben|hat gefragt|fragte")
_WRITER = re.compile(f"(?:^|(?<=[\\s\"]))(?i:{_WRITER_WORDS})[ \\t]{{1,3}}({FULL_NAME})[ \\t]{{1,3}}"
                     f"(?i:{_WRITES})[ \\t]{{0,3}}$")
_WRITES_LAST = frozenset(verb.split()[-1] for verb in _WRITES.split("|"))
_WRITES_LAST_COLON = re.compile(f"(?:{by_first_letter(_WRITES_LAST)}) ?:")  # (a verb and its colon, in one scan)


def _written(form: str) -> bool:
    """Whether a word for a customer, a full name and a verb of writing stand before a colon of `form` (a verb and its
    colon looked for in C first; then each colon's last word looked up in a set, the 120 characters before it read
    once)."""
    lowered = form.lower()
    if _WRITES_LAST_COLON.search(lowered) is None:
        return False
    read = set()
    at = form.find(":")
    while at >= 0:
        before = form[max(0, at - 120):at]
        words = before[-20:].split()
        if words and words[-1].lower() in _WRITES_LAST and before not in read:
            read.add(before)
            match = _WRITER.search(before)
            if match is not None and a_person(match.group(1)):
                return True
        at = form.find(":", at + 1)
    return False


def _stamped(form: str) -> bool:
    """Whether a time stamp opening the text, a line or a JSON string, a full name, a colon and a message (_STAMPED)
    stand in `form` (a time's digits looked for in one scan first)."""
    if _A_TIME.search(form) is None:
        return False
    for match in _STAMPED.finditer(form):
        dated, dashed, bare, name, message = match.groups()
        if form[:match.start()][-4:].rstrip(" \t")[-1:] not in ("", "\n", '"') or not a_person(name):
            continue
        words = message.split()
        if dated or dashed or message[0].islower() or bare is None and message[0].isupper() and len(words) == 2 and (
                words[1][0].islower()):
            return True
    return False


def _alternation_of(phrases: str) -> str:
    """`phrases` (`|` between them) as a pattern's alternation, a blank between words matching up to three."""
    return "|".join(re.escape(phrase).replace("\\ ", "[ \\t]{1,3}") for phrase in phrases.split("|"))


# A greeting and a full name before a comma ending the line, the next line said to the person (greetings reads the
# same on one line).
_GREETING_WORDS = "|".join(re.escape(form).replace("\\ ", "[ \\t]{1,3}") for form in _GREETING_FORMS)
_GREETED_ABOVE = re.compile(
    f"[ \\t]{{0,3}}(?i:{_GREETING_WORDS})"
    f"[ \\t]{{1,3}}({_TWO_WORDS})[ \\t]{{0,3}},[ \\t]{{0,3}}\\r?\\n[ \\t]{{0,3}}"
    f"(?:[^\\W\\d_]{{1,20}}[ \\t]{{1,3}}){{0,2}}"
    f"{_ADDRESSED}")


def _called_above(form: str) -> bool:
    """Whether a line ending with a comma is an honorific and a name, the letter going on in lower case on the next
    line (_CALLED_ON_A_LINE), or a greeting and a full name, the next line said to the person (_GREETED_ABOVE): each
    line of 100 characters at most that ends with a comma (from a JSON string's quote in it) read once with the start
    of the next."""
    lines = form.split("\n")
    for line, after in set(zip(lines, lines[1:], strict=False)):  # (each pair of lines once: a set built in C)
        if len(line) > 100 or not line.rstrip(" \t\r").endswith(","):
            continue
        text = line[line.rfind('"') + 1:] + "\n" + after[:80]
        match = _CALLED_ON_A_LINE.match(text)
        if match is None and greetings_opens(text, 0):
            match = _GREETED_ABOVE.match(text)
        if match is not None and a_person(match.group(1)):
            return True
    return False


# A support widget's transcript (thirty-first attack), each line a layout with cue words of a closed class:
# - a speaker's role (`Visitor`, `Guest`, `Besucher`) and a full name opening a line, a colon and a message in lower
#   case or a sentence (LiveChat's `Visitor Anna Schmidt: hi, …`, `…: Hi, where is my order?`; not `Visitor Center
#   Hours: 9-17`), or the role, maybe the
#   visitor's number, an arrow and the agent's full name before a colon (`Visitor 4821 → Anna Schmidt: hi`);
# - a full name opening a line, maybe a role in brackets (`(Customer)`), a verb of writing or replying (`replied`,
#   `a écrit`, `dijo`) and a colon, the message on the next line, or on the same line after the role, `via` and a
#   channel (`reported via chat: parcel damaged`) or a verb only a chat's reply takes (`replied: thanks!`,
#   `antwortete: Danke`); after a verb of writing alone, a message in lower case on the same line (a quotation's
#   `Victor Hugo a écrit : anthologie` goes on, its line whole);
# - a full name opening a line and joining or leaving the chat (`Anna Schmidt joined the chat`, by language);
# - a conversation's title opening a line before a full name ending it or a date's `on` (`Conversation with Anna
#   Schmidt`, `Chat started by … on Dec 3`, `Chat with …`, `Transcript: …`; not `Conversation with God (Book)`).
_SPEAKERS = ("visitor|guest|customer|client|besucher|besucherin|gast|kunde|kundin|visiteur|visiteuse|visitante|"
             "cliente|bezoeker|klant|ospite|visitatore")
_LINE_OPENS = "(?:^|(?<=[\\n\"]))[ \\t]{0,3}"
_SPEAKER = re.compile(f"{_LINE_OPENS}(?i:{_SPEAKERS})(?:[ \\t]{{1,3}}#?[0-9]{{1,10}})?[ \\t]{{1,3}}"
                      f"(?:(→|->|⇒)[ \\t]{{1,3}})?"
                      f"({FULL_NAME})[ \\t]{{0,3}}:[ \\t]{{1,3}}(\\S)")
# (a message opening in capitals as a sentence does: a word, then a mark or a word in lower case: `Hi, where is my
# order?`, `Hallo zusammen`; session 17's review)
_SENTENCE = re.compile("[A-Z][a-z]{0,20}(?:[,!?]|[ \t]{1,3}[a-z])")
# (or a greeting or thanks of greetings' lexicon, any case, as a chat's first message opens, then the end, a mark, or a
# word in lower case or in capitals: `Hallo`, `Hello`, `HI WHERE IS MY ORDER`; not a brand's `Hello Kitty`, `Hi-Top`;
# thirty-second attack and session 17's review)
_GREETING_MESSAGE = re.compile(f"(?i:{_GREETING_WORDS})"
                               f"(?=[ \\t]{{0,3}}(?:$|[,!?.\\n\"])|[ \\t]{{1,3}}(?:[a-z]|[A-Z]{{2}}))")
_BRACKETED_ROLES = "customer|client|visitor|guest|agent|end-user|requester|kunde|kundin|cliente|klant|besucher"
_CHAT_CHANNELS = "chat|live chat|email|e-mail|mail|phone|sms|whatsapp|messenger|portal|widget"
_REPLIES = (_WRITES + "|replied|responded|answered|reported|commented|a repondu|dijo|respondio|pregunto|antwortete|"
            "ha risposto|respondeu|disse|antwoordde|svarade|svarte|odpowiedzial|odpowiedziala")
_REPLIED = re.compile(f"{_LINE_OPENS}({FULL_NAME})(?:[ \\t]{{1,3}}(\\((?i:{_BRACKETED_ROLES})\\)))?[ \\t]{{1,3}}"
                      f"((?i:{_REPLIES}))(?:[ \\t]{{1,3}}(via[ \\t]{{1,3}}(?i:{_CHAT_CHANNELS})))?[ \\t]{{0,3}}:"
                      f"[ \\t]{{0,3}}(\\r?\\n)?[ \\t]{{0,3}}([^\\W\\d_])")
# The verbs only a chat's reply takes (a quotation's author writes or says; session 17's review).
_REPLY_ONLY = frozenset(("replied|responded|answered|commented|a repondu|respondio|antwortete|ha risposto|respondeu|"
                         "antwoordde|svarade|svarte|odpowiedzial|odpowiedziala").split("|"))
# ... and a line in capitals, its verb one only a chat's reply takes (`ANNA KESSLER REPLIED: WHERE IS MY ORDER`;
# thirty-second attack)
_REPLIED_CAPITALS = re.compile(f"{_LINE_OPENS}({CAPITAL_NAME})[ \\t]{{1,3}}"
                               f"(?:{_alternation_of('|'.join(sorted(_REPLY_ONLY)).upper())})[ \\t]{{0,3}}:"
                               f"[ \\t]{{0,3}}(?:\\r?\\n)?[ \\t]{{0,3}}[^\\W\\d_]")
_REPLIES_LAST = tuple(sorted({verb.split()[-1] + ":" for verb in _REPLIES.split("|")} | {
    verb.split()[-1] + " :" for verb in _REPLIES.split("|")} | {
    channel.split()[-1] + ":" for channel in _CHAT_CHANNELS.split("|")}))  # (looked for in C first, in lower case)
_REPLIES_LAST_CUE = re.compile(by_first_letter(_REPLIES_LAST))  # (all of them in one scan)
_JOINS = ("joined the chat|left the chat|has joined the chat|has left the chat|joined the conversation|"
          "left the conversation|has joined the conversation|has left the conversation|ist dem chat beigetreten|"
          "hat den chat verlassen|a rejoint la conversation|a rejoint le chat|a quitte la conversation|"
          "a quitte le chat|"
          "se ha unido al chat|se unio al chat|ha salido del chat|si e unito alla chat|ha lasciato la chat|"
          "entrou no chat|saiu do chat|is de chat binnengekomen|heeft de chat verlaten|"
          # (a help desk's reply line: `… replied to conversation #48213`; thirty-second attack)
          "replied to conversation|replied to the conversation|replied to ticket|replied to the ticket|"
          "responded to conversation|commented on conversation|commented on ticket")
# (closer 235, review 45: or after a chat's label and its colon, `chat: … joined the conversation`)
_JOINED = re.compile(f"{_LINE_OPENS}(?:[^\\W\\d_]{{2,20}}[ \\t]{{0,3}}:[ \\t]{{1,3}})?({FULL_NAME})[ \\t]{{1,3}}"
                     f"(?i:{_alternation_of(_JOINS)})(?![^\\W\\d_])")
_CONVERSATIONS = ("conversation with|chat started by|chat transcript with|transcript of chat with|gesprach mit|"
                  "unterhaltung mit|conversation avec|conversacion con|conversa com|conversazione con|gesprek met|"
                  # (a chat's and a transcript's titles: session 17's review)
                  # (not `Transcript:` alone: a podcast's or a keynote's as often, `Transcript: Hard Fork`; session 18's
                  # review)
                  "chat with|chat mit|chat avec|chat con|chat com|chat met|chatverlauf mit|"
                  # (a discussion's title: thirty-second attack)
                  "discussion avec|discussion with|discussione con|discusion con")
# (a ticket's title, its number after `#`: `Ticket #48213 from …`; thirty-second attack)
_TICKET_FROM = "ticket[ \\t]{1,3}#[0-9]{1,12}[ \\t]{1,3}(?:from|von|de|da|van)"
_CONVERSATION = re.compile(f"{_LINE_OPENS}(?i:{_alternation_of(_CONVERSATIONS)}|{_TICKET_FROM})"
                           f"[ \\t]{{0,3}}:?[ \\t]{{1,3}}"
                           f"({FULL_NAME})"
                           f"(?=[ \\t]{{0,3}}(?:$|[\\n\"|·(-])|[ \\t]{{1,3}}(?:on|am|le|el|il|em|op)[ \\t]"
                           # (a date's preposition before its day: Italian's `del 3 dicembre`, French `du 3`, `vom 3.`)
                           f"|[ \\t]{{1,3}}(?:del|du|vom|dal|do|da|van)[ \\t]{{1,3}}[0-9])")


def _transcribed(form: str) -> bool:
    """Whether a support widget's transcript line names a person in `form` (above; each layout behind its cue words'
    substring tests in C)."""
    lowered = form.lower()
    if ":" in form and any(speaker in lowered for speaker in ("visit", "guest", "custom", "client", "besuch", "gast",
                                                               "kund", "bezoek", "klant", "ospit")):
        for match in _SPEAKER.finditer(form):
            if (match.group(1) or match.group(3).islower() or _SENTENCE.match(form, match.start(3)) is not None
                    or _GREETING_MESSAGE.match(form, match.start(3)) is not None) and a_person(match.group(2)):
                return True
    if ":" in form and _REPLIES_LAST_CUE.search(lowered) is not None:
        for match in _REPLIED.finditer(form):
            replied = (match.group(2) or match.group(4) or match.group(5)
                       or " ".join(match.group(3).lower().split()) in _REPLY_ONLY)
            if replied and a_person(match.group(1)):
                return True
        if not form.islower() and any(a_person(match.group(1)) for match in _REPLIED_CAPITALS.finditer(form)):
            return True
    return transcript_cued(form) and transcript_titled(form)


def transcript_cued(form: str) -> bool:
    """Whether `form` holds a cue of a chat's joining line or a conversation's title (`chat`, `Conversation`,
    `Gespräch`: substring tests in C; the detector asks apart from mails.cued, which such a line without a mark does not
    pass)."""
    return ("hat" in form or "onversa" in form or "espr" in form or "nterhaltung" in form or "esprek" in form
            or "ranscript" in form or "iscussi" in form or "icket" in form)


# Who a shopper chats with or a ticket comes from besides a person: a role, a channel, a season's figure (the name's
# last word, lexicon data: `Chat with Beauty Advisor`, `Ticket #48213 from Contact Form`, `Chat with Father
# Christmas`; session 18's review).
_NOT_A_CORRESPONDENT = frozenset((
    "advisor adviser agent specialist expert stylist consultant assistant representative rep support team bot service "
    "desk concierge genius coach trainer guide host chef sommelier pharmacist nature christmas claus bunny "
    "form chat messenger email mail portal widget app central centre center line hotline "
    "conseiller conseillère berater beraterin experte expertin asesor asesora consulente esperto adviseur").split())


def transcript_titled(form: str) -> bool:
    """Whether a full name joins or leaves a chat, or a conversation's title names one, in `form` (above)."""
    for pattern in (_JOINED, _CONVERSATION):
        for match in pattern.finditer(form):
            words = match.group(1).lower().split()
            if a_person(match.group(1)) and words[0] not in _ARTICLE_WORDS and words[-1] not in _NOT_A_CORRESPONDENT:
                return True
    return False


# A ticket's heading line above a message (thirty-second attack): a full name opening a line, a role in brackets, a
# dash and a time (maybe after a date) ending the line, the message on the next (a help desk's `Lena Horvath
# (customer) – 10:42`); a listing's `Adele – 19:30` has no role. (A chat's heading without a role is claimed by no rule:
# Slack's two blanks before the time, Discord's `— Today at 10:42 AM`, Intercom's `· 2m ago`, Teams' `[10:42 AM]
# Horvath, Lena` are an event's, a feed's or an agenda's line written the same way, `Black Friday — Today at 10:00 AM`,
# `[09:00] Registration, Welcome`.)
_HEADED = re.compile(
    f"{_LINE_OPENS}({FULL_NAME})[ \\t]{{1,3}}\\((?i:{_BRACKETED_ROLES})\\)[ \\t]{{1,3}}-[ \\t]{{1,3}}"
    f"(?:{_DATE},?[ \\t]{{1,3}})?{_TIME}[ \\t]{{0,3}}\\r?\\n[ \\t]{{0,3}}[^\\W\\d_]")


def _headed(form: str) -> bool:
    """Whether a ticket's heading line names a person above a message in `form` (_HEADED; a time's digits and a
    bracket looked for in C first)."""
    return "(" in form and _A_TIME.search(form) is not None and any(
        a_person(match.group(1)) for match in _HEADED.finditer(form))


def _chatted(form: str) -> bool:
    """Whether a chat's line names the one writing (the layouts above; substring tests in C first)."""
    return ("," in form and _introduced_by_greeting(form)
            or ":" in form and _stamped(form)
            or ":" in form and _written(form)
            or "\n" in form and _headed(form)
            or _transcribed(form))


# A gift message's dedication (forty-sixth attack): the word for "for" or "to" opening the text, a line, a sentence or
# a label's value, a full name, then a dash, a comma or a colon and a wish of love or of an occasion (`Für Anna
# Schmidt – alles Liebe!`, `For Anna Schmidt, with love`, `Pour Marie Dupont : joyeux anniversaire`). Not a kind of
# person a gift is for, a couple's or the family's role, nor a thing (`For Best Friends – With Love Mug`, `For New
# Parents - Congratulations Card`, `Für Mama und Papa`). Lexicon data by language, read in the canonical form, any case.
_DEDICATION_WORDS = {
    "English": "for|to", "German": "für|an", "French": "pour|à", "Spanish, Portuguese": "para", "Italian": "per",
    "Dutch": "voor|aan", "Polish": "dla", "Swedish": "för|till", "Danish, Norwegian": "til",
}
_WISHES = {
    "English": "with love|with all my love|with all our love|lots of love|all my love|love|best wishes|happy birthday|"
               "happy anniversary|merry christmas|congratulations|xoxo",
    "German": "alles liebe|in liebe|mit liebe|herzlichen glückwunsch|alles gute|frohe weihnachten|viel glück",
    "French": "avec amour|avec tout mon amour|joyeux anniversaire|bon anniversaire|joyeux noël|félicitations|"
              "affectueusement|bisous",
    "Spanish": "con cariño|con amor|feliz cumpleaños|feliz navidad|felicidades|besos",
    "Italian": "con amore|con affetto|buon compleanno|tanti auguri|auguri|buon natale",
    "Portuguese": "com amor|com carinho|feliz aniversário|parabéns|feliz natal|beijos",
    "Dutch": "met liefde|gefeliciteerd|fijne verjaardag|liefs|prettige kerstdagen",
    "Polish": "z miłością|wszystkiego najlepszego|wesołych świąt",
    "Swedish, Danish, Norwegian": "med kärlek|med kærlighed|med kjærlighet|grattis|tillykke|gratulerer|god jul",
    # (closer 130) a wish of health, by language (`Voor …, beterschap!`)
    "get well": "get well soon|get well|gute besserung|bon rétablissement|prompt rétablissement|que te mejores"
                "|pronta recuperación|buona guarigione|pronta guarigione|rimettiti presto|melhoras|rápidas melhoras"
                "|beterschap|spoedig herstel|szybkiego powrotu do zdrowia|dużo zdrowia|krya på dig|god bedring",
}


_DEDICATED = re.compile(f"(?:^|(?<=[\\n\":!?.]))[ \\t]{{0,3}}(?i:{table_alternation(_DEDICATION_WORDS)})[ \\t]{{1,3}}"
                        f"({FULL_NAME})[ \\t]{{0,3}}[-,:][ \\t]{{0,3}}(?i:{table_alternation(_WISHES)})(?![^\\W\\d_])")
# Who a gift is for that is no one person: a kind of person, a crowd (besides a called figure's and the family's words).
_NOT_DEDICATED = frozenset("someone somebody special him her them you us everyone parents couple couples kids "
                           "children teachers teacher friend friends lovers newlyweds mr mrs bride groom mother "
                           "father sister brother aunt uncle husband wife son daughter baby grandmother grandfather "
                           "mutter vater schwester bruder mère père soeur frère".split())


# The dedication's words by themselves: _DEDICATED opens at the text's start or after one of `\n":!?.`, so a text
# none of whose openings' first word is one of them holds no dedication (a set's look-up per opening, where the
# pattern's walk at the text's start reads every alternative's head: a cold call's pages, issue 20).
DEDICATION_OPENERS = frozenset(canonical(phrase)[0].lower().split()[0] for line in _DEDICATION_WORDS.values()
                               for phrase in line.split("|"))
# The marks after which a part of a text opens (and a line break): a text holding none has one opening, its start.
OPENING_MARKS = '":!?.'
_OPENINGS_AS_BREAKS = str.maketrans(OPENING_MARKS, "\n" * len(OPENING_MARKS))


def _dedication_opened(form: str) -> bool:
    """Whether an opening of `form` (its start, or after one of `\n":!?.`) starts with a dedication's word."""
    for opening in form.translate(_OPENINGS_AS_BREAKS).split("\n"):
        words = opening.split(None, 1)
        if words and words[0].lower() in DEDICATION_OPENERS:
            return True
    return False


# (closer 180, eighty-second attack: personalised gifts) ... or a card's dedication to a relative by name: the word for
# "to" or "for", maybe `my`, a relation's word by language (_RELATIONS: `Grandad`, `Oma`, `Mamie`, `Nonna`, `Babcia`),
# then a full name ending the text or before a comma, `!` or a dash (`Card front: To Grandad …, 80 today!`); not a
# card's title going on with a wish's, an occasion's or a thing's words (`To Grandad With Love`, `To Mum Happy
# Birthday`, `To Nan Birthday Card`).
_RELATIONS = {
    "English": "grandad granddad grandpa grandma granny gran nan nana nanna grandmother grandfather mum mom mummy "
               "mommy mother dad daddy father auntie aunty aunt uncle sister brother son daughter nephew niece "
               "cousin godmother godfather",
    "German": "oma opa omi opi mama papa mutti vati tante onkel schwester bruder patentante patenonkel",
    "French": "mamie papi papy maman papa tata tonton tante oncle marraine parrain",
    "Spanish and Portuguese": "abuela abuelo abuelita abuelito mama papa tia tio madrina padrino avo vovo vovo",
    "Italian": "nonna nonno mamma papa zia zio madrina padrino", "Dutch": "oma opa mama papa tante oom",
    "Polish": "babcia babci dziadek dziadka mama mamy tata taty ciocia cioci wujek wujka",
}
_MY = "(?i:my|our|mein|meine|meinem|meiner|unser|unsere|ma|mon|mi|mia|mio|mijn|moja|mojej|mojego)[ \\t]{1,3}"
RELATION_WORDS = "|".join(sorted({canonical(word)[0].lower() for line in _RELATIONS.values() for word in line.split()},
                                  key=longest_first))
_DEDICATED_TO_KIN = re.compile(
    f"(?:^|(?<=[\\n\":!?.]))[ \\t]{{0,3}}(?i:{table_alternation(_DEDICATION_WORDS)})[ \\t]{{1,3}}(?:{_MY})?"
    f"(?i:{RELATION_WORDS})[ \\t]{{1,3}}({FULL_NAME})[ \\t]{{0,3}}(?:$|[,!\\n\"]|-[ \\t])")
_CARD_WORDS = frozenset(canonical(word)[0].lower() for line in _WISHES.values() for phrase in line.split("|")
                        for word in phrase.split()) | frozenset(
    "with from on your our my birthday christmas card cards day anniversary".split())


def dedicated(form: str) -> bool:
    """Whether a gift message's dedication names a person in `form` (_DEDICATED, _DEDICATED_TO_KIN)."""
    if not _dedication_opened(form):
        return False
    for match in _DEDICATED.finditer(form):
        name = match.group(1)
        words = [word.lower() for word in name.split()]
        if a_person(name) and not a_thing(name) and not any(
                word in _CALLED_NOT_A_NAME or word in _NOT_DEDICATED for word in words):
            return True
    for match in _DEDICATED_TO_KIN.finditer(form):
        name = match.group(1)
        words = [word.lower() for word in name.split()]
        if a_person(name) and not a_thing(name) and not any(
                word in _CALLED_NOT_A_NAME or word in _NOT_DEDICATED or word in _CARD_WORDS for word in words):
            return True
    return False


# A message signed as the reader's own (closer 129): the word for "from", a possessive of the second person of
# familiar speech and one capitalized word ending the text, maybe after marks and symbols (`Für Oma Gertrud ❤️ von
# deiner Lina`, `Happy birthday! Love from your Anna`, `Joyeux anniversaire, de ta Maëlys`), by language; not the
# family by its role, a crowd, a kind of person, what a shop calls its visitor or a greeting's object (`von deiner
# Mama`, `from your Team`, `from your Valentine`), nor a country's name. The phrase opens the text, a clause (after a
# mark, a line break or a symbol: `❤️ von deiner Lina`) or follows a wish or a closing (`Alles Liebe von deiner Lina`,
# `Happy birthday from your Anna`): after other words it names a shop or a page (`Tasse von deinem Lieblingsladen`,
# `10% off from your Cart`).
_FROM_YOURS = {
    "English": "from your", "German": "von deiner|von deinem|von deinen|von eurer|von eurem",
    "French": "de ta|de ton|de tes", "Spanish": "de tu|de tus", "Italian": "dalla tua|dal tuo|da tua|da tuo",
    "Portuguese": "da tua|do teu|da sua|do seu", "Dutch": "van je|van jouw", "Polish": "od twojej|od twojego",
    "Swedish, Danish, Norwegian": "från din|från ditt|fra din|fra dit|fra ditt",
}
# (the possessives, each a substring test in C before the pattern; the detector's cue scan reads them too: a text it
# cannot open on pays no call here)
YOURS_CUE = re.compile("|".join(sorted({re.escape(f" {phrase.split()[-1]} ") for line in _FROM_YOURS.values()
                                          for phrase in line.split("|")})))  # (in one search of them all)
_SIGNED_AS_YOURS = re.compile(
    f"(?<![^\\W\\d_])(?i:{table_alternation(_FROM_YOURS)})[ \\t]{{1,3}}({WORD})"
    f"[ \\t!.]{{0,3}}(?:[^\\w\\s\\x00-\\x7f][ \\t!.]{{0,3}}){{0,6}}(?:$|(?=[\\r\\n\"]))")


# (the wishes and closings a signature follows, in the canonical form in lower case)
_WISHES_AND_CLOSINGS = tuple(sorted(
    {canonical(phrase)[0].lower() for line in _WISHES.values() for phrase in line.split("|")}
    | set(_CLOSING_FORMS) | set(_AFTER_MESSAGE) | {"liebe", "gruss", "grusse", "kisses", "kusse", "birthday"}))


def _ends_with_a_wish(before: str) -> bool:
    """Whether `before` (in lower case) ends with a wish or a closing, a word of its own."""
    return any(before.endswith(wish) and (len(before) == len(wish) or not before[-len(wish) - 1].isalnum())
               for wish in _WISHES_AND_CLOSINGS)


def signed_as_yours(form: str) -> bool:
    """Whether a message in `form` is signed as the reader's own (_SIGNED_AS_YOURS; its possessives in C first)."""
    lowered = form.lower()
    if YOURS_CUE.search(lowered) is None:
        return False
    for match in _SIGNED_AS_YOURS.finditer(form):
        before = form[max(0, match.start() - 40):match.start()].rstrip(" \t").lower()
        if before and before[-1].isalnum() and not _ends_with_a_wish(before):
            continue
        word = match.group(1).lower()
        if a_person(match.group(1)) and not (word in _CALLED_NOT_A_NAME or word in _NOT_DEDICATED
                                             or word in _NOT_NAME_WORDS or word in _GREETED_OBJECTS
                                             or letters_key(word) in COUNTRY_BY_KEY):
            return True
    return False


# (closer 180, eighty-second attack: personalised gifts) A card's or a gift message's signature with no comma after its
# closing: a closing that names its signers with the word for "from" by language (_CLOSINGS_FROM: `love from`, `lots
# of love from`, `alles Liebe von`, `bisous de`, `con cariño de`, `liefs van`), or a possessive of familiar speech
# alone (_YOURS_ALONE: `Deine`, `Dein`, `Eure`, `ta`, `tu`, `je`) after a wish the message holds (_WISHES), then the
# signers ending the text, maybe before kisses (`x`, `xx`, `xoxo`) and symbols: a full name, or given names joined
# before the family's (`…, … & … <Family>`). A closing with its "from" follows a message (a comma, a sentence's end
# or a line after words: `Happy birthday, love from … x`), or a label's colon before a family's list (`Card inside:
# Love from …, … & … …`); opening the text it is a souvenir's title as often (`Love From Lake District`). A place, a
# figure, a business or the family by its role signs nothing (`… love from New York`, `love from Santa Claus`,
# `Deine Oma Helga`, `Dein Team Example`).
_CLOSINGS_FROM = {
    "English": "love from|with love from|lots of love from|all my love from|all our love from|much love from"
               "|hugs from|hugs and kisses from|kisses from|best wishes from|warmest wishes from",
    "German": "alles liebe von|liebe grüße von|viele grüße von|herzliche grüße von|in liebe von|küsse von"
              "|umarmung von",
    "French": "bisous de|gros bisous de|avec amour de|affectueusement de|amitiés de|tendresses de",
    "Spanish": "con cariño de|con amor de|besos de|abrazos de|un abrazo de|un beso de",
    "Italian": "con affetto da|con amore da|baci da|un abbraccio da|un bacio da",
    "Portuguese": "com carinho de|com amor de|beijos de|abraços de|um beijo de|um abraço de",
    "Dutch": "liefs van|veel liefs van|groetjes van|met liefde van|knuffels van",
    "Polish": "buziaki od|uściski od|z miłością od|pozdrowienia od",
}
_YOURS_ALONE = {
    "English": "your", "German": "dein|deine|euer|eure", "French": "ta|ton|tes", "Spanish": "tu|tus",
    "Italian": "la tua|il tuo|tua|tuo", "Portuguese": "a tua|o teu|tua|teu", "Dutch": "je|jouw",
    "Polish": "twoja|twój|twoi",
}
_SIGNERS_JOINED = "(?:&|\\+|and|und|et|y|e|en|i)"
# (group `given`: the given names before the family's, or None; group `name`: the full name)
_SIGNERS = (f"(?P<given>{WORD}(?:,[ \\t]{{1,3}}{WORD}){{0,6}},?[ \\t]{{1,3}}{_SIGNERS_JOINED}[ \\t]{{1,3}})?"
            f"(?P<name>{FULL_NAME})"
            f"[ \\t.!]{{0,3}}(?:(?i:x{{1,6}}|xo|xoxo)(?![\\w])[ \\t.!]{{0,3}})?"  # (kisses, then emoji)
            f"(?:[^\\w\\s\\x00-\\x7f][ \\t!.]{{0,3}}){{0,6}}"
            f"(?:$|(?=[\\r\\n\"]))")
_SIGNED_AFTER_CLOSING = re.compile(
    f"(?:(?<=[\\n\",;:!?.])|(?<=[^\\w\\s\\x00-\\x7f]))[ \\t]{{0,3}}"
    f"(?:(?P<from>(?i:{table_alternation(_CLOSINGS_FROM)}))|(?P<yours>(?i:{table_alternation(_YOURS_ALONE)})))(?![^\\W\\d_])"
    f"[ \\t]{{1,3}}{_SIGNERS}")
_SIGNERS_APART = re.compile(f"[ \\t]*,[ \\t]*|[ \\t]+{_SIGNERS_JOINED}[ \\t]*")
_A_WISH = re.compile(f"(?<![^\\W\\d_])(?i:{table_alternation(_WISHES)})(?![^\\W\\d_])")


def signed_after_a_closing(form: str) -> bool:
    """Whether a card's or a gift message's signers in `form` follow a closing with its "from" or a possessive with no
    comma (_SIGNED_AFTER_CLOSING), none of their words a place's, a figure's, a business's or a role's."""
    opening = len(form) - len(form.lstrip(' \t\n"'))  # (the text's own opening: no message before it)
    # (the first wish's start, len(form) for none: searched once, when a closing first needs it; a text with no
    # closing pays no search of the wishes, whose words are tried at each of its words: perf 46b)
    wish_at = -1
    for match in _SIGNED_AFTER_CLOSING.finditer(form):
        if match.start() <= opening:
            continue  # (opening the text: a souvenir's title as often)
        mark = form[max(0, match.start() - 4):match.start()].rstrip(" \t")[-1:]  # (the lookbehind's mark)
        if mark == ":":
            if match.group("given") is None or match.group("yours") is not None:
                continue  # (after a label's colon, a family's list only: `Mug: Love from Lake District`)
        elif match.group("yours") is not None or mark not in ("!", "?", ".", "\n"):
            if wish_at < 0:
                wish = _A_WISH.search(form)
                wish_at = len(form) if wish is None else wish.start()
            if wish_at >= match.start():
                continue  # (after a wish, or a sentence's end: `Tea towel, Love from Lake District` is a title)
        names = [match.group("name")] + ([word + " " + match.group("name").split()[-1] for word in _SIGNERS_APART.split(
            match.group("given").strip(" \t")) if word] if match.group("given") else [])
        if all(_signs(name) for name in names):
            return True
    return False


# A landform's or a region's words by language, which a postcard's `love from` takes before its place (`Merry
# Christmas, hugs from Costa Brava`, `love from Lake Tahoe`): no given or family name is one as often.
_POSTCARD_PLACES = frozenset(canonical(word)[0].lower() for word in (
    "lake lakes loch district coast costa isle island islands bay beach beaches mount mountains valley highlands "
    "riviera alps forest national park county city village resort "
    "see insel inseln kuste berge tal wald lac ile iles cote plage montagne vallee lago isla islas playa sierra "
    "valle lago isola spiaggia montagna meer eiland strand kust bergen jezioro wyspa morze gory").split())


def _signs(name: str) -> bool:
    """Whether `name` may sign a message: a person's (a_person), none of its words a figure's, the family's by its
    role, a dedication's, a thing's or a place's, nor a known town or a country."""
    words = [word.lower() for word in name.split()]
    return a_person(name) and not a_thing(name) and not any(
        word in _CALLED_NOT_A_NAME or word in _NOT_DEDICATED or word in _NOT_NAME_WORDS or word in _POSTCARD_PLACES
        for word in words) and (
        letters_key(name) not in COUNTRY_BY_KEY and name.lower() not in TOWN_NAMES and not any(
            " ".join(words[at:]) in TOWN_NAMES for at in range(len(words))))


def cued(form: str) -> bool:
    """Whether canonical `form` holds what one of the layouts needs: a comma, `!`, a colon, a line break, a letter
    outside ASCII, or an abbreviation of a closing opening it (substring tests, a blank after two or three letters and
    a set's look-up: an ordinary value pays a few tests in C)."""
    return ("," in form or "!" in form or ":" in form or "\n" in form or not form.isascii()
            or (form[2:3] == " " or form[3:4] == " ") and form[:4].split(" ", 1)[0].lower() in _ABBREVIATIONS)


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` holds a name in a mail's, a gift message's or a chat's layout (above), or
    ""."""
    if ("," in form or "!" in form) and _called(form):
        return PERSON_NAME
    if ",\n" in form and _called_above(form):
        return PERSON_NAME
    if not form.isascii() and (_east_asian(form) or any(closing in form for closing in _CJK_CLOSINGS) and _cjk_closed(
            form)):
        return PERSON_NAME
    if _closed(form) or '"' in form and _closed_in_strings(form) or "\n" in form and _before_footer(form):
        return PERSON_NAME
    if ("," in form or ":" in form) and dedicated(form):  # (after a dash alone: the detector's call)
        return PERSON_NAME
    if signed_after_a_closing(form):
        return PERSON_NAME
    return PERSON_NAME if _chatted(form) else ""


PERSON_NAME = "holds a person's name"
