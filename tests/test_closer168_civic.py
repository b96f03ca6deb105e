"""Closer 168: attack 79's civic life (prayer requests, Mass intentions, petitions' signers, church and donor records,
referrers, members' keys), claimed by rule, by meaning and by language.

- memorials.PRAYER_PHRASES, memorials.MASS_INTENTIONS, memorials._INTENTION_NAMED: a prayer's phrase or label by
  language (`Please pray for`, `Prayer request:`, `Gebetsanliegen: für`, `Priez pour`, `Oremos por`, `Preghiamo per`,
  `Módlmy się za`, `Dua request for`) or a Mass intention's (`Messintention: für`, `Intention de messe pour`,
  `Intenzione S. Messa:`, `Intencja mszy św.:`), maybe a preposition and a deceased's sign (`+`, `def.`, `śp.`, `the
  late`), then a full name (and its possessive); memorials._PRAYED_FOR_THINGS: a cause, the souls, a people or a
  church's words are no person (`Pray for Notre Dame`, `Mass offered for Holy Souls`); a country or a public figure is
  none either (`Pray for Ukraine`, `Preghiamo per Papa Francesco`); memorials.PRAYER_PHRASES' Islamic offerings:
  whom a zakat, a fitrana or a qurbani is paid for (`Zakat al-Fitr paid for … and family`).
- e_signatures._SIGNED_FROM_POSTCODE: signed by a full name, a comma, maybe a town, then a postcode (a petition's
  signature line); signed by a name alone (a book's, a bill's: `Signed by Keir Starmer`) goes out: the gate cannot tell
  a public figure's signature from a private signer's without the signer's place.
- e_signatures.CONFIRM_SIGNATURE: a petition's confirmation by language, a comma, then the signer's full name.
- labelled_values.MEMBER_WORDS (member_number_reason): a petition's signer's, a donor's and a contributor's number by
  its label (`signer no. …`, `Unterzeichner Nr. …`, `Beitragsnummer …`).
- e_signatures.DONATION_FROM, e_signatures.RECEIPT_WORDS: a donation's phrase by language before its donor's full
  name in a text holding a receipt's word (`Reçu fiscal n° … – don de …`, `Spendenquittung – Spende von …`).
- e_signatures.CONTRIBUTOR_LABELS, e_signatures.OCCUPATION_LABELS: a contributor's or a donor's label, a full name,
  then a comma and an occupation's or an employer's label (a campaign finance record).
- key_lexicon.REFERRERS, referral_links.referrer_named: a referrer's or an inviter's key by language holding a full
  name, or a name's slug under a key other than a bare referrer's (`?invited_by=<given>-<family>`); a referring site
  or a channel goes out (`?referrer=google`, `?invited_by=friend-link`).
- key_lexicon.PARTIES["petition signer"]: a petition's signer's word by language, a party (`petition_signer`,
  `Unterzeichnerin: …`); key_lexicon.CLUB_MEMBERS: a union's, a party's and a parish's member's German compounds
  (`gewerkschaftsmitglied_nr`).
- cued_names.MEMBER_PROFILES, cued_names._PROFILE_TITLED: a page title opening on a full name, a dash or a bar, then a
  member's or a user's profile by language (`… – member profile – …`, `… | Mitgliedsprofil`); a bare `profile` after a
  name goes out (`… – Player Profile`: a public figure's page as often), and so do a profile page's own words (`Edit
  Profile – User Profile`).
"""

from __future__ import annotations

import pytest

from meta_capi import detector, privacy, referral_links

PRAYED_FOR = [
    "Please pray for Haskeld Brommivar, in hospital after surgery", "Prayer request: Orsolya Fennimar – recovery",
    "Gebetsanliegen: für Jorinde Quastmeyer, die schwer krank ist", "Dua request for Orsolya Fennimar's recovery",
    "Dua request for Orsolya Fennimar’s surgery", "Priez pour Madeleine Coutrelac, hospitalisée",
    "Oremos por Ximena Torquado", "Preghiamo per Ilaria Brontevasi, malata", "Módlmy się za Zofia Kwiatrzyk",
    "Please keep in your prayers Mr. Haskeld Brommivar", "Pedido de oração: Joaquim Ferreirinha",
    "Gebedsintentie voor Femke Draaisteeg",
]
MASS_INTENTIONS = [
    "Messintention: für + Jorinde Quastmeyer (Jahrgedächtnis)", "Intention de messe pour Madeleine Coutrelac, défunte",
    "Intenzione S. Messa: def. Ilaria Brontevasi", "Intencja mszy św.: za śp. Zofia Kwiatrzyk",
    "Misa por Ximena Torquado", "Mass intention: +Haskeld Brommivar", "Messa in suffragio di Ilaria Brontevasi",
    "Mass intention for the late Orsolya Fennimar – Sunday 10:30",
]
CAUSES = [
    # (the lead's review: a team, a charity)
    "Pray for Manchester United tonight", "Please pray for Comic Relief's appeal",
    "Please pray for peace in Sudan", "Pray for Ukraine", "Pray for Sri Lanka", "Please pray for Pope Francis",
    "Pray for Gaza", "Pray for Peace", "Prayer request: Healing Service", "Prayer request form",
    "Prayer requests – how to submit", "Mass intentions – how to book", "Mass intention for Peace",
    "Messintention für die Verstorbenen der Pfarrei", "Intention de messe pour les défunts", "Messa per la Pace",
    "Misa por la Paz", "In memory of Pope Francis", "Pray for Our Nation", "Pray for Notre Dame",
    "Pray for New Zealand", "Prayers for Christchurch", "Prayer for Healing Scripture", "Pray for the World Day",
    "Dua for Rain", "Please pray for South Sudan", "Prayer for Ukrainian Refugees", "Messe für Verstorbene",
    "Mass for All Souls", "Mass offered for Holy Souls", "Prions pour la France", "Preghiamo per Papa Francesco",
]


@pytest.mark.parametrize("text", PRAYED_FOR + MASS_INTENTIONS)
def test_a_prayed_for_person_or_a_mass_intentions_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", CAUSES)
def test_a_cause_a_country_or_a_public_figure_prayed_for_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


SIGNERS_AND_DONORS = [
    "Signed by Haskeld Brommivar, Hebden Bridge HX7 8AE – Save our library", "Signed by Orsolya Fennimar, SW1A 1AA",
    "Unterschrieben von Jorinde Quastmeyer, Köln 50667",
    "Petition 700123: confirm your signature, Haskeld Brommivar, postcode HX7 8AE",
    "Merci d'avoir signé, Madeleine Coutrelac.", "Change.org signer no. 418362 – Keep our GP open",
    "Unterzeichner Nr. 418362", "Kirchenbeitrag 2026 – Beitragsnummer 734296 – Jorinde Quastmeyer",
    "Reçu fiscal n° 841527 – don de Madeleine Coutrelac", "Spendenquittung – Spende von Jorinde Quastmeyer",
    "Contributor: Haskeld Brommivar, occupation nurse, employer Leeds Hospital",
    "Zakat al-Fitr paid for Orsolya Fennimar and family – £15", "Qurbani on behalf of Haskeld Brommivar",
    "Unterzeichnerin: Jorinde Quastmeyer",
]
PETITIONS_AND_GIFTS = [
    "Signed by 12,480 people", "Signed by the author", "Signed by Keir Starmer",
    "Signed by Keir Starmer, Prime Minister",
    "Signed by the Artist – Limited Edition 2024", "Petition: confirm your signature", "Thank you for signing, friend!",
    "Signer no. 12", "Kirchenbeitrag 2026 – Beitragssätze", "Donor wall 2026", "Become a donor 10000 goal",
    "Don de Dieu – vin rouge", "Contributor: Jane Austen Society", "Receipt – donation from Acme Foundation",
    "Receipt: donation from Comic Relief",
    "Reçu fiscal – don de la Fondation de France", "Zakat for Orphans", "Qurbani for Yemen",
    "Zakat al-Fitr paid for 4 people", "Signatory: Acme Ltd", "Signatory: United Kingdom",
]


@pytest.mark.parametrize("text", SIGNERS_AND_DONORS)
def test_a_signer_or_a_donor_is_personal(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", PETITIONS_AND_GIFTS)
def test_a_petitions_count_or_a_gift_goes_out(text: str) -> None:
    assert detector.reason(text) == ""


@pytest.mark.parametrize(("key", "value"), [
    ("referrer", "Talvina Krozmirek"), ("invited_by", "talvina-krozmirek"), ("parrain", "Jean Dupont"),
    ("empfohlen_von", "jorinde.quastmeyer"), ("petition_signer", "Wendeline Marskobar"),
    ("gewerkschaftsmitglied_nr", "573840"), ("unterzeichner", "Jorinde Quastmeyer"),
])
def test_a_referrers_a_signers_or_a_members_key_is_personal(key: str, value: str) -> None:
    assert privacy._key_refusal(key, value) != ""


@pytest.mark.parametrize(("key", "value"), [
    ("referrer", "google"), ("ref", "newsletter"), ("referrer", "https://example.com"), ("invited_by", "friend-link"),
    ("referrer", "talvina-krozmirek"), ("referrer", "Google Ads"), ("petition_signer", "yes"),
])
def test_a_referring_site_or_a_channel_goes_out(key: str, value: str) -> None:
    assert privacy._key_refusal(key, value) == ""
    assert not referral_links.referrer_named(key, value)


@pytest.mark.parametrize("text", [
    "Jorrit Vanquessel – member profile – Rainbow Network", "Jorinde Quastmeyer | Mitgliedsprofil",
    "Madeleine Coutrelac - Profil du membre - Réseau", "Ximena Torquado – perfil de usuario",
])
def test_a_member_profiles_title_is_a_name(text: str) -> None:
    assert detector.reason(text) != ""


@pytest.mark.parametrize("text", [
    "Lionel Messi – Player Profile", "Rainbow Network – member profile", "Member Profile – Rainbow Network",
    "Customer Service – User Profile", "Edit Profile – User Profile", "Mein Konto – Benutzerprofil",
])
def test_a_profile_pages_own_title_goes_out(text: str) -> None:
    assert detector.reason(text) == ""
