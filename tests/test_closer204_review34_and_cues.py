"""Closer 204: review 34's leaks, closer 199's cues left, genealogy by a name's shape. Each rule with the nearest
ordinary look-alikes both ways:

- home_services: a visit's log with its honorific and family name closing on its dash or opening on a colon, German
  `Frau`/`Herr` too, a nickname's common word aside (_VISIT_HONORED, _a_nickname: `Visit log – Mr Fixit –`); a trade
  register's holder in a bracket (_REGISTERED); a pro's given name and the family name in a bracket, neither a common
  word nor its plural (_PRO_BRACKETED: `Sitter: Cats (Indoor)`);
- payees: Polish `dla` as a payout's direction (`Wypłata wygranej dla …`; `Wypłata na BLIK` goes out);
- personal_documents: a quote's customer family name first in capitals (_capital_family_first; no common word:
  `Estimate_TOTAL_Cost.xlsx`);
- named_in_text: a member's full name before a handle and `joined`, past a server's role's words (_JOINED_WITH_HANDLE;
  a bot's, `Dyno Bot (dyno) joined the server`);
- record_names: a couple's first full name before `&` after a bridal enquiry's dash (BRIDAL_BOOKED);
- personal_keys: a client's, a pro's or a bettor's word before a name's word (key_lexicon.CLIENT_WORDS, PRO_WORDS,
  role_labels.BETTORS; `homeowner_type`, `tasker_rating` go out);
- person_routes: a counterpart's capitalized full name under `with` on an inbox (`?with=Customer+Service` goes out);
- referral_links: a given name and an initial after a route's word, a full name's slug under `ref` or `/r/`, a
  camel-cased full name under a referrer's key, lower-case words under `invited_by` (`?ref=nav-logo`,
  `?referrer=ProductHunt`, `/r/learn_python` go out);
- lower_case_names (closer 199's cues left): a thanks' words (a thanks' own words aside: `thanks for shopping`, `thanks
  mate cheers`), a person's thing's `for:` (`Suitable for: dry skin` goes out), a dash after a person's label, a
  person's document's or account's `of` (`posters of …`, `Certificate of good conduct` go out), party labels in
  Portuguese, Polish, Swedish, Norwegian and Danish (`Recipient: see order` goes out);
- genealogy: a name after a notice's, a mourning's or a file's word has a name's shape (_a_names_shape: `Nachruf – Der
  Spiegel`, `R.I.P. Harambe Tee`, `Rest in Peace, Love Always`, `Birth_Certificate_Baby_Girl.pdf` go out), with
  closer 114's and 130's ordinary files.
"""

from __future__ import annotations

import pytest

from meta_capi import detector, genealogy, privacy
from test_review_34 import ORDINARY as REVIEW_34_ORDINARY

PERSONAL = [
    'Carer visit log – Mr Quenby –', 'Carer visit log – Mr. O. Quenby –', 'Besuch – Frau Wendtkamp –',
    'Visit log: Mr Quenby', 'Gas Safe no. 123456 (Tjorven Dunstreth)', 'Nanny: Orla (Quenby)',
    'Wypłata wygranej dla Tjorvena Dunstretha', 'Quote_QUENBY_Orla_2026.pdf', 'Orla Quenby (orlaq) joined the server',
    'Server Booster Orla Quenby (orlaq) joined the server', 'Wedding enquiry – Orla Quenby & Tjorven Dunstreth',
    'Thanks orla quenby for the tip', 'thanks maricel bautista', 'Danke tjorven dunstreth', 'Parcel for: orla quenby',
    'Paket für: tjorven dunstreth', 'Recipient – orla quenby', 'Passport of orla quenby', 'Account of orla quenby',
    'Odbiorca: orla quenby', 'Mottagare: orla quenby', 'Navn: orla quenby', 'Nome: orla quenby',
    'Nachruf – Orla Quenby', 'R.I.P. Orla Quenby', 'Obituary Grace Quenby', 'Birth_Certificate_Orla_Quenby.pdf',
]
ORDINARY = [
    'Visit log – Mr Fixit –', 'Visit log – Mr Muscle –', 'Besuch – Herr der Ringe –',
    'Gas Safe Register no. 123456 – Verify Online', 'Sitter: Cats (Indoor)', 'Sitter: Dogs (Small)',
    'Nanny: Maternity Nurse', 'Wypłata na BLIK', 'Estimate_TOTAL_Cost.xlsx', 'Quote for Kitchen Refit.pdf',
    'Dyno Bot (dyno) joined the server', 'MEE6 Bot (mee6) joined the server', 'Wedding enquiry – Salt & Pepper',
    'Wedding enquiry – Lake Como & Villa Balbi', 'thanks for shopping', 'Thanks so much', 'thanks again team',
    'thanks mate cheers', 'danke schön leute', 'merci beaucoup madame', 'Thanks fellow travellers',
    'Suitable for: dry skin', 'Order for: next week', 'Gift for: mum dad', 'Recipient: see order',
    'Delivery – next day', 'Certificate of good conduct', 'posters of orla quenby', 'Record of achievement',
    'Nachruf – Der Spiegel', 'R.I.P. Harambe Tee', 'Rest in Peace, Love Always', 'Birth_Certificate_Baby_Girl.pdf',
    # (closer 114's and 130's ordinary files)
    'certificate-of-analysis_batch-2031.pdf', 'Certificate_of_Analysis_Batch_2031.pdf', 'Modern_Blue_CV_Template.docx',
    'Badge_Gold_Member.png', 'Certificate_AWS_Cloud_Practitioner.pdf', 'Invoice_4711_Acme_Corp.pdf',
    'Invoice_Inv_Am_55102.pdf',
]
PERSONAL_KEYS = ['homeowner_name', 'tasker_name', 'bettor_name', 'punter_name', 'tipster_name', 'parieur_nom',
                 'nom_parieur']
ORDINARY_KEYS = ['homeowner_type', 'homeowner', 'is_homeowner', 'tasker_rating', 'tipster_rank', 'punter_id']
_SITE = "https://shop.example.com"
PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    '/pro-messages/thread?with=Orla+Quenby', '/messages/?with=Orla+Quenby', '/referral/orla-q',
    '/signup?ref=orla-quenby', '/signup?referrer=OrlaQuenby', '/r/orla-quenby', '/invite/?invited_by=orla+quenby',
)]
ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    '/messages/?with=Customer+Service', '/messages/?with=Sales+Team', '/messages/?with=support', '/referral/plan-b',
    '/invite/step-a', '/r/learn_python', '/r/new-york', '/signup?ref=google-ads', '/signup?ref=nav-logo',
    '/signup?ref=footer-link', '/signup?ref=black-friday', '/signup?referrer=ProductHunt', '/signup?referrer=YouTube',
    '/?invited_by=email+campaign',
)]


@pytest.mark.parametrize("value", PERSONAL)
def test_personal_values_are_kept(value: str) -> None:
    assert detector.reason(value) != ""


@pytest.mark.parametrize("value", ORDINARY + REVIEW_34_ORDINARY)
def test_ordinary_values_go_out(value: str) -> None:
    assert detector.reason(value) == ""


@pytest.mark.parametrize("key", PERSONAL_KEYS)
def test_personal_keys_are_refused(key: str) -> None:
    assert detector.key_reason(key) != ""


@pytest.mark.parametrize("key", ORDINARY_KEYS)
def test_ordinary_keys_go_out(key: str) -> None:
    assert detector.key_reason(key) == ""


@pytest.mark.parametrize("url", PERSONAL_URLS)
def test_personal_urls_lose_their_path_or_their_query(url: str) -> None:
    assert privacy.clean_url(url) != url


@pytest.mark.parametrize("url", ORDINARY_URLS)
def test_ordinary_urls_go_out_whole(url: str) -> None:
    assert privacy.clean_url(url) == url


def test_genealogy_reads_no_patch_vocabulary() -> None:
    """The articles, merchandise, wishes and a baby's words are read by a name's shape, not listed (closer 204)."""
    assert genealogy.NOT_NAME_WORDS.isdisjoint({"der", "tee", "love", "baby", "girl"})
    assert genealogy._FILE_NAME_PARTS.split("a_b.c-d") == ["a", "b", "c", "d"]
