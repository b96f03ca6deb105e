"""Closer 233: review 45's full names in everyday context, closed by rule, with their nearest look-alikes both ways.

- A full name a greeting, a gift's or an order's label, a letter's closing, an honorific or a contact's label calls,
  ending the text (or ended by the next label, or by Turkish's postposition `için`), is a person's when it opens on a
  known given name and ends on a family name that is no common word of a gate language
  (greetings._AFTER_CUE_NAME_ENDS, given_names.a_given_then_family_name): `Hello Anna Schmidt`, `Guten Tag Frau
  Sabine Krüger`, `For: Mia Thompson`, `Signed: Emily Johnson`, `Kind regards Oliver Smith`, `Dr. Klaus Wagner`.
  A product's title that opens on such words goes out (`Hello Kitty Backpack`, `Hello Summer Sale`, `For Her Gift
  Set`, `Dr. Oetker Pizza`), and so does a capitalized greeted name before more words (session 53's lead: `Ciao Bella
  Gelato per la tua estate`). A URL path's slug is read alike (`/greeting/Hallo-Anna-Schmidt`).
- A file's name (cued_names): a scan's or a copy's word may stand between an identity document's word and its
  holder's name (`passport_scan_john_smith.jpg`); a job application's or a notice's file (CV, résumé, `Bewerbung`,
  `Kündigung`, `candidature`, `sollicitatie`…) named after a known given name and a family name that is no common
  word is its person's (`bewerbung-laura-koch.pdf`); a template's or a guide's words are not.

The price (asserted below): a title that greets or labels a known given name and a family name that is no common word
is refused (`Hello Mary Lou`, `Für Elise Beethoven`, `Hello Jack Wolfskin`); a name whose family name is a common word
(`Hello Anna Winter`), off given_names' list (`Hello Velmora Quistrandel`), in lower case or before more words still
goes out (a signature after a dash alone, `— Sarah Williams`, is refused since closer 235: crm_names).
"""

from __future__ import annotations

from review_cases import review_tests

ORDINARY = [
    # (a product's title opening on a greeting, a label or an honorific)
    'Hello Kitty Backpack', 'Hello Summer Sale', 'Ciao Bella Gelato per la tua estate', 'Hello Kitty', 'Hi Anna',
    'Hola Mexico Tequila', 'Merhaba Istanbul Guide', 'Bonjour Paris Poster', 'Hallo Welt Tasse',
    'For Her Gift Set', 'Para Ti Chocolate', 'Per Lei Profumo', 'Pour Homme Eau de Toilette', 'Für Elise',
    'Kind Regards Greeting Cards 10 pack', 'Signed First Edition Print', 'From Dusk Till Dawn',
    'To Kill a Mockingbird', 'Thank you Mario Kart', 'Dr. Oetker Pizza', 'Mr. Bean Teddy', 'Mrs. Doubtfire DVD',
    'Dr. Pepper 24 Pack', 'Mr. Clean Magic Eraser', 'Dr. Martens 1460 Boots', 'Pan Tadeusz', 'Mr. Robot',
    # (a file of a template, a guide or a product)
    'resume-template-modern.pdf', 'cv-template-2024.pdf', 'bewerbung-muster-pflege.pdf', 'application-form-visa.pdf',
    'passport-holder-leather.jpg', 'passport_scan_front_2024.jpg', 'kuendigung-vorlage-fitnessstudio.docx',
    'cover-letter-example-sales.pdf',
    # (the price: personal variants that still go out)
    'Hello Anna Winter', 'Hello Velmora Quistrandel', 'hi anna schmidt', 'Hallo Anna Schmidt Geschenkbox',
    'bewerbung-velmora-quistrandel.pdf',
]

PERSONAL = [
    # (a greeting)
    'Hello Anna Schmidt', 'Hi Jessica Parker!', 'Bonjour Camille Martin.', 'Guten Tag Frau Sabine Krüger',
    'Witaj Magdalena Zielińska', 'Hallo Jan de Vries', 'Welcome back Emily Johnson', 'Danke Anna Schmidt',
    'Merhaba Mehmet Demir', 'Thanks! Hi Jessica Parker',
    # (a gift's or an order's label)
    'For: Mia Thompson', 'Gift for Anna Schmidt', 'Pour Isabelle Laurent', 'Para Gabriela Souza',
    'Per Matteo Esposito', 'Order: Anna Schmidt', 'Sipariş: Ayşe Yılmaz', 'Hediye: Elif Şahin için',
    'To: Emma Wilson, From: Liam Wilson',
    # (a signature or a closing)
    'Signed: Emily Johnson', 'Thanks! Kind regards Oliver Smith', 'Gruß, Uwe Hartmann', 'Cheers Oliver Smith',
    'Rezension von Katharina Meyer', 'Avis de Nathalie Girard',
    # (an honorific or a contact's label)
    'Dr. Klaus Wagner', 'Dr Klaus Wagner', 'Mrs. Elizabeth Clarke', 'Prof. Anna Schmidt', 'Herr Thomas Müller',
    'Kundin Sabine Krüger', 'Customer Anna Schmidt', 'Ansprechpartner Frau Petra Lang',
    # (a file's name)
    'passport_scan_john_smith.jpg', 'Reisepass_Kopie_Anna_Schmidt.pdf', 'bewerbung-laura-koch.pdf',
    'Kündigung_Sabine_Krüger.docx', 'resume-jennifer-davis-2024.pdf', 'cv_emily_johnson.pdf',
    'lettre-de-motivation-camille-martin.pdf',
    # (the price: titles now refused)
    'Hello Mary Lou', 'Für Elise Beethoven', 'Hello Jack Wolfskin',
]

_SITE = "https://shop.example.com"
ORDINARY_URLS = [f"{_SITE}{path}" for path in (
    '/p/Hello-Kitty-Backpack', '/p/Hello-Summer-Sale', '/c/For-Her-Gift-Set', '/?msg=Hello+Summer+Sale',
    '/files/resume-template-modern.pdf')]
PERSONAL_URLS = [f"{_SITE}{path}" for path in (
    '/?msg=Hello+Anna+Schmidt', '/greeting/Hallo-Anna-Schmidt', '/card/For-Mia-Thompson',
    '/uploads/passport_scan_john_smith.jpg', '/uploads/bewerbung-laura-koch.pdf', '/?note=Gift+for+Anna+Schmidt')]

globals().update(review_tests(globals()))
