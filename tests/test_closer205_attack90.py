"""Closer 205: the ninetieth attack's leaks (dating and matchmaking), closed by rule, each with its nearest ordinary
look-alikes both ways.

- dating.py (called from cued_names.reason, its stems in cued_names' cue): a match's, a like's or a gift's word and
  its preposition before a full name ending its clause (_MATCHED: `Du hast ein Match mit …!`, `Rose sent to …
  ($3.99)`) (not a gift's `for`: `Gift for Coffee Lovers` is an audience's); a report's or a
  block's word naming its member before a full name (_REPORTED: `Report user: … – fake profile`, `Meldung über
  Nutzerin …`, `Signalement de … pour harcèlement`); a record's number before `filed by` and a full name
  (_FILED_BY); a record's dash-separated fields whose last is a full name filling it, after a record's number or a
  plan's period, three fields at least (_made_out: `Invoice INV-… – Parship Premium 12 Monate – …`, `Tinder Gold – 1
  month – …`); not an occasion's possessive (`Gift subscription for Valentine's Day`), a page's title (`Report a
  problem – Tinder Help`) nor a plan's title alone (`Invoice – Parship Premium 12 Monate`), nor a register's number
  and two capitalized words after one dash (`Gas Safe Register no. 123456 – Check an Engineer`).
- cued_names._DOCUMENTS: a verification's selfie and a marriage bureau's biodata, beside a name's two words in a
  file's name (`selfie_verification_<Given>_<Family>_2026.jpg`, `Biodata_<Given>_<Family>.pdf`).
- handles._running_text_account: a member's account after `my <network> is`, a user's or a member's word, a block's
  verb or a purchase's `by` (`my ig is jo.smith.96`, `find user jo_smith on grindr`, `unmatch and block jo_smith`);
  handles._PICTOGRAPH_AFTER: a pictograph after a labelled account ends its clause (`snap: jo_smith 👻 no hookups`);
  Telegram's short name before `@` (`hmu on tg @jo_smith`). Not a field's or a tool's identifier (`block
  user_agent`, `purchased by customer_id`, `IG: summer_sale lookbook`).
"""

from __future__ import annotations

from review_cases import review_tests

GIVEN, FAMILY = "Velmora", "Quistrandel"
FULL = f"{GIVEN} {FAMILY}"
HANDLE = "quistrandel_velmo"

PERSONAL = [
    # dating.py: a match's, a like's, a gift's person
    f"Du hast ein Match mit {FULL}!",
    f"Vous avez un nouveau match avec {FULL}",
    f"Super Like sent to {FULL}",
    f"Rose sent to {FULL} ($3.99)",
    f"It's official: new match with {FULL}",
    # a reported member
    f"Report user: {FULL} – fake profile",
    f"Meldung über Nutzerin {FULL} – Belästigung",
    f"Signalement de {FULL} pour harcèlement",
    f"Blocked user: {FULL}",
    # a record's number and a name after a dash, a plan's line
    f"Invoice INV-482913 – Parship Premium 12 Monate – {FULL}",
    f"Safety report #482913 filed by {FULL}",
    f"Tinder Gold – 1 month – {FULL}",
    f"Bumble Premium – 3 Monate – {FULL}",
    # files named after the member
    f"selfie_verification_{GIVEN}_{FAMILY}_2026.jpg",
    f"Biodata_{GIVEN}_{FAMILY}.pdf",
    f"selfie_{GIVEN}_{FAMILY}.jpg",
    # a member's handle in running text
    f"snap: {HANDLE} 👻 no hookups",
    f"{FAMILY}, 33, Soho — hmu on tg @{HANDLE}",
    "my ig is velmo.quistrandel.96 😉 dm me there",
    f"find user {HANDLE} on grindr",
    f"unmatch and block {HANDLE}",
    f"Boost purchased by {HANDLE}",
]

ORDINARY = [
    "Chat with us",
    "Report a problem – Tinder Help",
    "Report a profile – Help Center",
    "Gift subscription for Valentine's Day",
    "Gift subscription for Mother's Day",
    "Invoice – Parship Premium 12 Monate",
    "Tinder Gold – 1 month",
    "Match Group Q3 2025 earnings call",
    "Spencer Rascoff named Match Group CEO",
    "Match with Confidence",
    "Super Like sent",
    "Looking for: something casual",
    "NYSE: GRND",
    "Speed Dating 25-35 – London Bridge",
    "passport-holder-leather.jpg",
    "selfie-stick-black.jpg",
    "block user_agent",
    "purchased by customer_id",
    "IG: summer_sale lookbook",
    "sorted by price_asc",
    "my ig is down lol",
    "Order 2024 – Summer Sale",
    "Gas Safe Register no. 123456 – Check an Engineer",
    "Anfrage Nr. 55120: Kranz – Weiße Rosen",
    "Prescription #448120 ready – Superdrug Covent Garden",
]


globals().update(review_tests(globals()))  # (PERSONAL kept, ORDINARY out: detector.reason)
