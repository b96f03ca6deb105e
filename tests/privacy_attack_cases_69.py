"""The sixty-ninth outside attack's cases, written blind from the README's promises (sections "Personal data: one
budget in, one gate out", "Settings", "Identity" and the mapping tables), without reading the gate's code, its
reference nor the earlier attacks' cases: B2B software. CRM and sales tools, help desks and support tickets, live
chat, invoicing and billing portals, e-signature, scheduling links, webinar sign-ups, marketing automation and
webhooks, HR and payroll trials, in the US, the UK, Germany, France, Spain, Italy, the Netherlands, the Nordics,
India, Brazil and Japan.

About 150 personal cases in twelve families: a lead's name, work email, mobile and LinkedIn URL; a support ticket's
subject naming its customer; a chat transcript's line; an invoice's billing contact and address; a sole trader's VAT
id; an e-signature envelope's signer; a scheduling link's slug with a person's name; a webinar's attendee; a CRM
record's URL holding a contact's name; a payroll trial's employee list with national ids (IBAN, tax
id, social security number, by their own checks); a mail-merge tag rendered with a name; webhook payloads echoed
into properties. Each family has its own made-up person (a given name and a surname nobody has: `Idrovan
Quelmarsk`, `Ostrelune Fandrovy`, ...) and a 6-digit marker inside its numbers (`618402`, `730591`, ...); a leak is
found by the surname, the digits or the id anywhere in the request. Each text goes into one of the leaves the README
maps (custom properties, product names and ids, page URL, path, referrer and title, search, custom event names),
rotated, and under the data-minimisation settings (`meta_custom_data`, `meta_url_query`); each URL, webhook payload,
meeting's and record's text into two.

About 300 ordinary cases, which must go out whole: plans and seats, features and integrations, pipeline stages,
ticket categories and priorities, SLA names, invoice line items, currency and tax labels, API versions and webhook
event names, template and report names, job titles as roles, companies with their legal form (a company's VAT id
and register number only beside its legal form), role labels before a team, tickets' and orders' numbers, an
unrendered mail-merge tag, and the SaaS URLs of pricing, docs and settings pages, in several languages.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Tuple

from privacy_attack_cases_2 import iban, luhn_complete
from privacy_attack_cases_36 import TEXT_PLACES, URL_PLACES, place, rotated

Case = Tuple[str, str, Dict[str, Any], List[str]]
Ordinary = Tuple[str, str, Dict[str, Any], str]

TAG = "69"
APP = "https://app.example-crm.io"


def _put(where: str, value: str) -> Tuple[str, Dict[str, Any]]:
    return place(where, value, TAG)


# --- check digits of the payroll family's national ids ------------------------------------------------------------
def _steuer_id(first_ten: str) -> str:
    """A German tax id (Steuer-IdNr): ten digits and ISO 7064 MOD 11,10's check digit."""
    product = 10
    for ch in first_ten:
        total = (int(ch) + product) % 10 or 10
        product = total * 2 % 11
    return first_ten + str((11 - product) % 10)


def _bsn(first_eight: str) -> str:
    """A Dutch BSN: eight digits and the last digit the 11-test asks for (one that exists)."""
    total = sum(int(ch) * weight for ch, weight in zip(first_eight, range(9, 1, -1), strict=True))
    return first_eight + str(total % 11)


def _cpf(first_nine: str) -> str:
    digits = [int(ch) for ch in first_nine]
    for _ in range(2):
        total = sum(d * w for d, w in zip(digits, range(len(digits) + 1, 1, -1), strict=True))
        digits.append(0 if total % 11 < 2 else 11 - total % 11)
    text = "".join(map(str, digits))
    return f"{text[:3]}.{text[3:6]}.{text[6:9]}-{text[9:]}"


def _dni(number: str) -> str:
    return number + "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


def _hetu(date: str, individual: str) -> str:
    return f"{date}-{individual}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(date + individual) % 31]


def _my_number(first_eleven: str) -> str:
    """A Japanese individual number: eleven digits and its check digit (weights from the right)."""
    total = sum(int(ch) * (n + 1 if n <= 6 else n - 5)
                for n, ch in enumerate(reversed(first_eleven), start=1))
    return first_eleven + str(0 if total % 11 <= 1 else 11 - total % 11)


def _nir(body: str) -> str:
    return f"{body} {97 - int(body.replace(' ', '')) % 97:02d}"


def _fodselsnummer(birth: str) -> str:
    """A Norwegian national id: a birth date, three individual digits and two mod 11 checks (the first valid)."""
    for individual in range(400, 500):
        digits = [int(ch) for ch in f"{birth}{individual}"]
        first = 11 - sum(d * w for d, w in zip(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2], strict=True)) % 11
        first = 0 if first == 11 else first
        weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        second = 11 - sum(d * w for d, w in zip([*digits, first], weights, strict=True)) % 11
        second = 0 if second == 11 else second
        if first < 10 and second < 10:
            return f"{birth}{individual}{first}{second}"
    raise ValueError(birth)


# --- a lead: name, work email, mobile, LinkedIn ---------------------------------------------------------------------
L_NAME = "Quelmarsk"
LEADS: Dict[str, Tuple[str, Any]] = {
    "labelled name": ("Lead: Idrovan Quelmarsk, Head of Sales at Brightwave GmbH", L_NAME),
    "work email": ("idrovan.quelmarsk@brightwave-gmbh.de", "quelmarsk"),
    "work email in a sentence": ("Demo request from idrovan.quelmarsk@brightwave-gmbh.de (50 seats)", "quelmarsk"),
    "mobile labelled": ("Mobile: +49 171 6184020", "1716184020"),
    "surname first from a web-to-lead form": ("New lead: QUELMARSK, Idrovan – Brightwave GmbH (Web-to-Lead)", L_NAME),
    "German salutation": ("Neuer Lead: Herr Idrovan Quelmarsk, Vertriebsleiter DACH", L_NAME),
    "Brazilian WhatsApp": ("Lead do site: Idrovan Quelmarsk – WhatsApp +55 11 96184-0217", [L_NAME, "11961840217"]),
    "Japanese sama": ("資料請求: Idrovan Quelmarsk 様（株式会社ブライトウェーブ）", L_NAME),
    "account manager label": ("Account manager: Idrovan Quelmarsk", L_NAME),
}
LEAD_URLS: Dict[str, Tuple[str, Any]] = {
    "LinkedIn profile": ("https://www.linkedin.com/in/idrovan-quelmarsk-618402/", "quelmarsk"),
    "LinkedIn Sales Navigator search": (
        "https://www.linkedin.com/sales/search/people?keywords=Idrovan%20Quelmarsk&viewAllFilters=true", L_NAME),
    "lead form's thank-you page": (f"{APP}/forms/demo/thanks?first=Idrovan&last=Quelmarsk&company=Brightwave",
                                   L_NAME),
}

# --- a support ticket's subject -------------------------------------------------------------------------------------
T_NAME = "Fandrovy"
TICKETS: Dict[str, Tuple[str, Any]] = {
    "English subject": ("Re: [#730591] Refund request from Ostrelune Fandrovy – order 48213", T_NAME),
    "surname first": ("Ticket #730591: Fandrovy, Ostrelune – cannot log in", T_NAME),
    "German customer label": ("Ticket 730591 – Kunde: Ostrelune Fandrovy – Rechnung doppelt belastet", T_NAME),
    "French honorific": ("Problème de facturation – M. Fandrovy (commande 48213)", T_NAME),
    "requester with mail": ("Requester: Ostrelune Fandrovy <o.fandrovy@lumen-sas.fr>", T_NAME),
    "case pipe row": ("Case 00730591 | Ostrelune Fandrovy | Priority: High | Billing", T_NAME),
    "Spanish incidence": ("Incidencia 730591 de Ostrelune Fandrovy: no puedo acceder a la cuenta", T_NAME),
    "Italian opened by": ("Ticket aperto da Ostrelune Fandrovy – ordine 48213 non ricevuto", T_NAME),
    "Dutch ticket of": ("Ticket van Ostrelune Fandrovy over factuur 730591", T_NAME),
    "phone in the body": ("Callback please, Ostrelune Fandrovy, 07700 730591", [T_NAME, "7700730591"]),
    "assignee label": ("Assignee: Ostrelune Fandrovy (Tier 2)", T_NAME),
    "CC label": ("CC: Ostrelune Fandrovy, Priority: Normal", T_NAME),
}
TICKET_URLS: Dict[str, Tuple[str, Any]] = {
    "help desk view with requester": ("https://lumen.example-desk.com/agent/tickets/730591?requester=Ostrelune%20"
                                      "Fandrovy", T_NAME),
}

# --- a live chat's transcript -------------------------------------------------------------------------------------
C_NAME = "Orquendy"
CHATS: Dict[str, Tuple[str, Any]] = {
    "timestamped speaker": ("[10:42] Tamsivel Orquendy: hi, my invoice shows the wrong VAT", C_NAME),
    "visitor in brackets": ("Visitor (Tamsivel Orquendy): can we upgrade to Pro mid-cycle?", C_NAME),
    "agent greets by first name": ("Agent Sarah: Hi Tamsivel! How can I help you today?", "Tamsivel"),
    "joined the chat": ("Tamsivel Orquendy joined the chat", C_NAME),
    "transcript title": ("Chat transcript – Tamsivel Orquendy – 2026-11-22", C_NAME),
    "French self-introduction": ("Bonjour, je suis Tamsivel Orquendy de la société Lumen SAS", C_NAME),
    "German self-introduction": ("Hallo, mein Name ist Tamsivel Orquendy, ich habe eine Frage zur Rechnung", C_NAME),
    "Portuguese self-introduction": ("Olá, aqui é Tamsivel Orquendy, da Nuvem Ltda.", C_NAME),
    "phone given in chat": ("Tamsivel: you can call me at +44 7700 850374", "7700850374"),
    "email given in chat": ("Tamsivel Orquendy: sure, it's tamsivel.orquendy@lumen-sas.fr", "orquendy"),
    "hey with an emoji": ("Hey Tamsivel 👋 welcome to Acme CRM!", "Tamsivel"),
    "speaker with a visitor's tag": ("Tamsivel Orquendy (Visitor): is SSO included in Pro?", C_NAME),
}

# --- an invoice's billing contact and address, a sole trader's tax ids -----------------------------------------
I_NAME = "Plostrude"
INVOICES: Dict[str, Tuple[str, Any]] = {
    "bill to with a UK address": ("Bill to: Harvennic Plostrude, 14 Kelvin Road, Leeds LS6 2QT", I_NAME),
    "German billing address": ("Rechnungsadresse: Harvennic Plostrude, Bergstraße 14, 10115 Berlin", I_NAME),
    "billing contact": ("Billing contact: Harvennic Plostrude (Accounts Payable)", I_NAME),
    "attn surname first": ("Attn: PLOSTRUDE, Harvennic – Accounts Payable", I_NAME),
    "French invoice to a person": ("Facture FA-2026-0418 – Harvennic Plostrude", I_NAME),
    "Spanish NIF of a freelancer": (f"Factura a nombre de Harvennic Plostrude, NIF {_dni('29541807')}",
                                    [I_NAME, _dni("29541807")]),
    "French sole trader": ("EI Harvennic Plostrude – 12 rue des Lilas, 69003 Lyon", I_NAME),
    "Italian invoice address": ("Fattura intestata a: Harvennic Plostrude, Via Roma 12, 20121 Milano", I_NAME),
    "approver label": ("Approver: Harvennic Plostrude – PO 4500123456", I_NAME),
    "prepared for": ("Proposal prepared for: Harvennic Plostrude, Brightwave GmbH", I_NAME),
    "payment by IBAN": (f"Pay by transfer from IBAN {iban('NL', 'ABNA0295418071')} (Harvennic Plostrude)",
                        "0295418071"),
}
INVOICE_URLS: Dict[str, Tuple[str, Any]] = {
    "billing portal with contact": (f"{APP}/billing/invoices/INV-2026-0418?contact=harvennic.plostrude%40gmail.com",
                                    "plostrude"),
}

# --- an e-signature envelope's signer -------------------------------------------------------------------------------
E_NAME = "Sablowre"
SIGNERS: Dict[str, Tuple[str, Any]] = {
    "envelope sent to": ("Envelope sent to Corvettine Sablowre for signature", E_NAME),
    "signer labelled": ("Signer 1: Corvettine Sablowre (corvettine@sablowre-consulting.co.uk)", E_NAME),
    "signed the document": ("Corvettine Sablowre signed 'MSA – Brightwave GmbH'", E_NAME),
    "German pending signature": ("Unterschrift von Corvettine Sablowre ausstehend", E_NAME),
    "French signed by": ("Signé électroniquement par Corvettine Sablowre le 22/11/2026", E_NAME),
    "completed file name": ("Completed: NDA_Corvettine_Sablowre_464027.pdf", E_NAME),
    "employment contract title": ("Please sign: Employment contract – Corvettine Sablowre", E_NAME),
    "Brazilian signer with CPF": (f"Contrato de prestação de serviços – assinante: Corvettine Sablowre, CPF "
                                  f"{_cpf('464027318')}", [E_NAME, _cpf("464027318")[:11]]),
    "Spanish signed by": ("Firmado por Corvettine Sablowre – contrato 464027", E_NAME),
}

# --- a scheduling link's slug ---------------------------------------------------------------------------------------
M_NAME = "veskarine"
MEETING_URLS: Dict[str, Tuple[str, Any]] = {
    "Calendly link": ("https://calendly.com/drummelot-veskarine/30min", M_NAME),
    "own meet route": (f"{APP}/meet/drummelot-veskarine/30min", M_NAME),
    "HubSpot meetings link": ("https://meetings.hubspot.com/dveskarine", M_NAME),
    "cal.com prefilled": ("https://cal.com/team-sales/intro?name=Drummelot+Veskarine&email=d.veskarine%40"
                          "nordlys.no", M_NAME),
    "booked confirmation": (f"{APP}/meet/drummelot-veskarine/discovery/booked?start=2026-11-25T10:00", M_NAME),
}
MEETINGS: Dict[str, Tuple[str, Any]] = {
    "booked with": ("Meeting booked: 30 min with Drummelot Veskarine", "Veskarine"),
    "German appointment": ("Termin mit Drummelot Veskarine bestätigt – Do., 10:00", "Veskarine"),
    "invitee labelled": ("Invitee: Drummelot Veskarine, +47 918 57 203", ["Veskarine", "91857203"]),
    "slug as text": ("/meet/drummelot-veskarine/30min", M_NAME),
    "organizer label": ("Organizer: Drummelot Veskarine", "Veskarine"),
    "host label": ("Host: Drummelot Veskarine – Q1 product update", "Veskarine"),
}

# --- a webinar's attendee -------------------------------------------------------------------------------------------
W_NAME = "Stodderve"
WEBINARS: Dict[str, Tuple[str, Any]] = {
    "registration": ("Webinar registration: Pelquarine Stodderve, CFO", W_NAME),
    "attendee and company": ("Attendee: Pelquarine Stodderve – Company: Nordlys AS", W_NAME),
    "joined at": ("Registrant Pelquarine Stodderve joined at 14:02", W_NAME),
    "German participant": ("Teilnehmer: Pelquarine Stodderve (Nordlys AS)", W_NAME),
    "Danish participant": ("Deltager: Pelquarine Stodderve, Økonomichef", W_NAME),
    "Swedish participant": ("Deltagare: Pelquarine Stodderve", W_NAME),
    "Japanese participant": ("参加者：Pelquarine Stodderve 様", W_NAME),
    "Spanish registered": ("Inscrito: Pelquarine Stodderve – pelquarine.stodderve@nordlys.no", W_NAME),
}
WEBINAR_URLS: Dict[str, Tuple[str, Any]] = {
    "Zoom prefilled registration": ("https://zoom.us/webinar/register/WN_q8Rk2?first_name=Pelquarine&last_name="
                                    "Stodderve&email=pelquarine.stodderve%40nordlys.no", W_NAME),
    "join link with a name": ("https://events.example-webinar.com/join/582716?name=Pelquarine%20Stodderve", W_NAME),
}

# --- a CRM record's URL -------------------------------------------------------------------------------------------
R_NAME = "mirkendaw"
CRM_URLS: Dict[str, Tuple[str, Any]] = {
    "person slug after its id": (f"{APP}/person/391846-frostavel-mirkendaw", R_NAME),
    "contacts route": (f"{APP}/contacts/391846/frostavel-mirkendaw/activity", R_NAME),
    "hash route": (f"{APP}/#/contacts/391846/frostavel-mirkendaw", R_NAME),
    "query name": (f"{APP}/crm/contact/391846?name=Frostavel%20Mirkendaw", R_NAME),
    "deal with contact": (f"{APP}/deals/77120?contact=Frostavel+Mirkendaw&stage=proposal", R_NAME),
    "leads route": (f"{APP}/leads/frostavel-mirkendaw-391846/edit", R_NAME),
}
CRMS: Dict[str, Tuple[str, Any]] = {
    "record title": ("Contact: Frostavel Mirkendaw | Brightwave GmbH | Owner: Sales EMEA", R_NAME),
    "record path as text": ("/contacts/391846/frostavel-mirkendaw", R_NAME),
}

# --- a payroll trial's employee list with national ids ------------------------------------------------------------
P_NAME = "Questerby"
STEUER_ID = _steuer_id("5738402916")
BSN = _bsn("57384029")
NIR = _nir("1 84 05 75 738 402")
PERSONNUMMER = luhn_complete("840527573")
HETU = _hetu("270584", "573")
FNR = _fodselsnummer("270584")
MY_NUMBER = _my_number("57384029164")
PAYROLL: Dict[str, Tuple[str, Any]] = {
    "German tax id": (f"Mitarbeiter: Gorlivant Questerby, Steuer-ID {STEUER_ID}", [P_NAME, STEUER_ID]),
    "German IBAN": (f"Gorlivant Questerby – IBAN {iban('DE', '370400440573840291')}", "0573840291"),
    "UK NI number": ("Employee: Questerby G., NI JQ 57 38 40 C, tax code 1257L", [P_NAME, "573840"]),
    "US SSN": ("Gorlivant Questerby, SSN 573-84-0291, W-4 on file", [P_NAME, "573840291"]),
    "Dutch BSN": (f"Medewerker Gorlivant Questerby, BSN {BSN}", [P_NAME, BSN]),
    "French NIR": (f"Salarié : Gorlivant Questerby – N° sécu {NIR}", [P_NAME, NIR.replace(" ", "")[:13]]),
    "Swedish personnummer": (f"Anställd: Gorlivant Questerby, {PERSONNUMMER[:6]}-{PERSONNUMMER[6:]}",
                             [P_NAME, PERSONNUMMER]),
    "Finnish HETU": (f"Työntekijä Gorlivant Questerby, henkilötunnus {HETU}", [P_NAME, HETU[:6] + HETU[7:10]]),
    "Norwegian fodselsnummer": (f"Ansatt: Gorlivant Questerby, fødselsnummer {FNR}", [P_NAME, FNR]),
    "Spanish DNI": (f"Empleado: Gorlivant Questerby, DNI {_dni('57384029')}", [P_NAME, _dni("57384029")]),
    "Japanese My Number": (f"従業員: Gorlivant Questerby マイナンバー {MY_NUMBER}", [P_NAME, MY_NUMBER]),
    "CSV row": (f"Gorlivant,Questerby,Payroll Specialist,{iban('GB', 'WEST12345657384029')}",
                [P_NAME, "12345657384029"]),
    "Indian PAN": ("Employee Gorlivant Questerby, PAN ABKPQ5738R", [P_NAME, "ABKPQ5738R"]),
}

# --- a mail-merge tag rendered with a name ------------------------------------------------------------------------
G_NAME = "Bruquette"
MERGES: Dict[str, Tuple[str, Any]] = {
    "English greeting": ("Hi Sternavel, your Pro trial ends in 3 days", "Sternavel"),
    "German full name": ("Hallo Sternavel Bruquette, Ihre Testphase endet morgen", G_NAME),
    "French greeting": ("Bonjour Sternavel, votre essai gratuit se termine bientôt", "Sternavel"),
    "dear Mr": ("Dear Mr Bruquette, thank you for your interest in Acme CRM", G_NAME),
    "Italian greeting": ("Ciao Sternavel, la tua prova scade domani", "Sternavel"),
    "Swedish greeting": ("Hej Sternavel! Din provperiod slutar snart", "Sternavel"),
    "Japanese san": ("Sternavel Bruquetteさん、トライアルは明日終了します", G_NAME),
    "Dutch greeting": ("Beste Sternavel Bruquette, je proefperiode loopt af", G_NAME),
    "name first with a comma": ("Sternavel, your workspace is ready", "Sternavel"),
    "Spanish estimado": ("Estimado Sr. Bruquette: su factura 2026-118 está disponible", G_NAME),
}

# --- a sole trader's VAT id: the trader's own number (a company's goes out beside its legal form) ---------------------
V_BSN = _bsn("24817653")
VAT_IDS: Dict[str, Tuple[str, Any]] = {
    "German Einzelunternehmer": ("Einzelunternehmer – USt-IdNr. DE248176502", "248176502"),
    "Italian ditta individuale": ("Ditta individuale – P.IVA IT02481765010", "02481765010"),
    "French entrepreneur individuel": ("Entrepreneur individuel (EI) – TVA FR13248176505", "248176505"),
    "Dutch eenmanszaak with a BSN inside": (f"Eenmanszaak – btw-id NL{V_BSN}B01", V_BSN),
}

# --- webhook payloads echoed into properties ----------------------------------------------------------------------
H_NAME = "Dunsquelle"
WEBHOOKS: Dict[str, Tuple[str, Any]] = {
    "invoice.paid JSON": ('{"event":"invoice.paid","customer":{"name":"Yarrowick Dunsquelle","email":'
                          '"y.dunsquelle@example.org"}}', H_NAME),
    "contact.created JSON": ('{"type":"contact.created","data":{"firstname":"Yarrowick","lastname":"Dunsquelle",'
                             '"phone":"+44 7700 264815"}}', [H_NAME, "7700264815"]),
    "Stripe customer address": ('{"object":"customer","id":"cus_Q8r2","name":"Yarrowick Dunsquelle","address":'
                                '{"line1":"27 Harrow Lane","city":"Leeds","postal_code":"LS6 2QT"}}', H_NAME),
    "form-encoded invitee": ("event=invitee.created&invitee_name=Yarrowick+Dunsquelle&invitee_email="
                             "y.dunsquelle%40example.org", H_NAME),
    "Mailchimp merges": ("type=subscribe&data[email]=y.dunsquelle%40example.org&data[merges][FNAME]=Yarrowick"
                         "&data[merges][LNAME]=Dunsquelle", H_NAME),
    "DocuSign XML recipient": ("<Recipient><UserName>Yarrowick Dunsquelle</UserName><Email>y.dunsquelle@example.org"
                               "</Email></Recipient>", H_NAME),
    "Zapier text": ("Full Name: Yarrowick Dunsquelle\nEmail: y.dunsquelle@example.org\nPlan: Pro", H_NAME),
    "Slack notification": ("New signup: Yarrowick Dunsquelle (Pro – 10 seats annual)", H_NAME),
    "Intercom user.created": ('{"topic":"user.created","data":{"item":{"name":"Yarrowick Dunsquelle",'
                              '"user_id":"264815"}}}', H_NAME),
    "event name with the invitee": ("invitee.created – Yarrowick Dunsquelle", H_NAME),
}


def cases() -> List[Case]:
    made: List[Case] = []
    text_places = TEXT_PLACES
    url_places = URL_PLACES
    tables = [("lead", LEADS, text_places, 0), ("lead", LEAD_URLS, url_places, 0),
              ("ticket", TICKETS, text_places, 3), ("ticket", TICKET_URLS, url_places, 5),
              ("chat", CHATS, text_places, 7), ("invoice", INVOICES, text_places, 11),
              ("invoice", INVOICE_URLS, url_places, 2), ("esign", SIGNERS, text_places, 17),
              ("meeting", MEETING_URLS, url_places, 7), ("meeting", MEETINGS, text_places, 23),
              ("webinar", WEBINARS, text_places, 29), ("webinar", WEBINAR_URLS, url_places, 4),
              ("crm", CRM_URLS, url_places, 9), ("crm", CRMS, text_places, 31),
              ("payroll", PAYROLL, text_places, 13), ("merge", MERGES, text_places, 19),
              ("webhook", WEBHOOKS, text_places, 37), ("vat", VAT_IDS, text_places, 2)]
    for family, table, places, start in tables:
        made += rotated(family, table, places, 1 if places is text_places else 2, start, put=_put)
    # webhook payloads, the meeting's and the record's own texts in two leaves each, across the settings
    made += rotated("webhook", WEBHOOKS, text_places, 1, 23, put=_put)
    made += rotated("meeting", MEETINGS, text_places, 1, 5, put=_put)
    made += rotated("crm", CRMS, text_places, 1, 11, put=_put)
    return made


# --- the ordinary side ----------------------------------------------------------------------------------------------
ORDINARY: Dict[str, List[str]] = {
    "plans and seats": [
        "Pro – 10 seats annual", "Starter (monthly)", "Enterprise – 250 seats", "Team plan · 5 users",
        "Business 3-year commit", "Growth – billed yearly", "Essentials 2026", "Plan Profesional – 20 usuarios",
        "Abo Business – 15 Lizenzen", "Offre Équipe – 10 sièges", "Piano Business annuale", "Pakket Pro – 5 gebruikers",
        "プロプラン（年払い）", "Plano Empresarial – 50 licenças", "Add-on: 5 extra seats", "Seat upgrade 10 → 25",
        "Free trial – 14 days", "Nonprofit discount 50%",
    ],
    "features and integrations": [
        "Salesforce Sync", "HubSpot → Slack", "Zapier integration", "Microsoft Teams app", "SSO (SAML 2.0)",
        "SCIM provisioning", "Custom fields", "Email sequences", "DATEV-Export", "Intégration Pennylane",
        "Conector SAP Business One", "Exact Online koppeling", "Fortnox-integration", "Tally Prime connector",
        "freee連携", "Conta Azul integração", "API rate limit 1000/min",
    ],
    "pipeline stages": [
        "Qualified lead", "Discovery call", "Proposal sent", "Negotiation", "Closed won", "Closed lost", "MQL → SQL",
        "Angebot verschickt", "Proposition envoyée", "Propuesta enviada", "Trattativa", "Offerte verstuurd",
        "Stage 3 – Technical validation", "Renewal Q1 2027",
    ],
    "tickets and SLAs": [
        "Billing question", "Bug report – Priority: High", "Feature request", "P1 – Outage", "Priority: Urgent",
        "SLA Gold – 1h first response", "Premium Support 24/7", "Category: Login & SSO", "Kategorie: Rechnung",
        "Catégorie : Facturation", "Categoría: Integraciones", "Priorità: Media", "Status: Waiting on customer",
        "First response breached", "Ticket form: Refund request", "Macro: Password reset instructions",
    ],
    "invoices and tax": [
        "Invoice line: Pro plan (Dec 2026)", "VAT reverse charge", "Reverse charge – Art. 196 VAT Directive",
        "Steuerschuldnerschaft des Leistungsempfängers", "Autoliquidation", "Inversión del sujeto pasivo",
        "Inversione contabile", "BTW verlegd", "GST 18% (IGST)", "消費税 10%", "Net 30", "Payment terms: 14 days net",
        "Credit note CN-2026-0042", "Sales tax exempt (resale certificate)", "Invoice INV-2026-004418",
        "Factura rectificativa R-2026-12", "Fattura elettronica SDI", "Rechnung RE-2026-11-0077",
    ],
    "api and webhooks": [
        "invoice.paid", "invoice.payment_failed", "customer.subscription.updated", "contact.created",
        "deal.propertyChange", "ticket.status_changed", "envelope-completed", "invitee.created", "meeting.started",
        "webinar.registration_created", "API v2024-10-01", "v3.2.1", "2026-11-15.acacia", "Webhook endpoint disabled",
        "HTTP 429 Too Many Requests", "OAuth scope: crm.objects.contacts.read", "X-Signature mismatch",
    ],
    "templates and reports": [
        "Sales pipeline template", "Onboarding checklist (10 steps)", "Quarterly revenue report", "MRR by plan",
        "Churn cohort analysis", "Ticket volume by channel", "Agent performance – last 30 days",
        "Vorlage: Angebotsschreiben", "Modèle : relance facture impayée", "Plantilla de propuesta comercial",
        "Report vendite mensile", "Sjabloon: klantonboarding", "Mall: offert", "Sprint board (Scrum)", "OKR tracker Q1",
        "Payroll summary – November 2026", "Timesheet template (weekly)",
    ],
    "roles": [
        "Head of Sales", "VP Customer Success", "Account Executive", "Sales Development Representative",
        "Support Agent (Tier 1)", "Billing Administrator", "Workspace Owner", "Vertriebsleiter", "Directeur commercial",
        "Director de ventas", "Responsabile amministrativo", "Accountmanager", "Ekonomichef", "営業部長",
        "Gerente de Contas", "HR Business Partner", "Payroll Specialist",
    ],
    "companies": [
        "Brightwave GmbH", "Lumen SAS", "Nordlys AS", "Acme Ltd", "Initech Inc.", "Globex S.p.A.",
        "Nuvem Tecnologia Ltda.", "Hoekstra B.V.", "Sistemas Iberia S.L.", "Kanto Software 株式会社",
        "Tata Consultancy Services Ltd", "Fjord Analytics AB", "Helsinki Data Oy", "Aarhus Cloud ApS",
        "Müller & Söhne GmbH & Co. KG", "Brightwave GmbH – USt-IdNr. DE136695976", "Lumen SAS – TVA FR40303265045",
        "Globex S.p.A. – P.IVA IT00743110157", "Hoekstra B.V. – btw NL004495445B01",
    ],
    "company registers": [
        "Fjord Analytics AB – org.nr 556036-0793", "Nordlys AS – org.nr. 923 609 016",
        "Aarhus Cloud ApS – CVR 10150817", "Helsinki Data Oy – Y-tunnus 0112038-9",
        "Kanto Software 株式会社 – 法人番号 7000012050002", "Lumen SAS – RCS Paris 552 100 554",
        "Nuvem Tecnologia Ltda. – CNPJ 11.222.333/0001-81", "Initech Inc. – EIN 94-1234567",
        "Brightwave GmbH – HRB 123456 B, Amtsgericht Charlottenburg", "Acme Ltd – Company No. 08123456",
        "Hoekstra B.V. – KvK 12345678",
    ],
    "labels with a team": [
        "Lead: Brightwave GmbH", "Billing contact: Accounts Payable team", "Attendee limit: 500",
        "Organizer: Sales EMEA", "Hi there, your trial ends soon", "Meeting with Sales (30 min)",
        "Prepared for: Brightwave GmbH", "Approver: Finance team", "Assignee: Unassigned", "Host: Acme Webinars",
    ],
    "document numbers": [
        "PO 4500123456", "Ticket #48213", "INC0012345", "JIRA-4821", "Quote Q-2026-00412", "price_1Q2w3E4r5T6yU7iO",
    ],
    "merge tags": [
        "Hi {{first_name}}, your trial ends in 3 days", "Hallo {{ contact.firstname }},", "Bonjour *|FNAME|*,",
        "Dear [First Name],", "Hola {nombre},", "%FIRSTNAME%, your report is ready",
    ],
}
ORDINARY_URLS: List[str] = [
    f"{APP}/pricing?plan=pro&seats=10&billing=annual",
    f"{APP}/settings/integrations/salesforce",
    f"{APP}/settings/billing/invoices?status=paid&page=2",
    f"{APP}/reports/mrr-by-plan?range=last_90_days",
    f"{APP}/templates/sales-pipeline",
    "https://developers.example-crm.io/docs/webhooks/invoice.paid",
    "https://developers.example-crm.io/api/v2024-10-01/contacts",
    f"{APP}/helpdesk/views/unassigned?priority=high",
    f"{APP}/meet/sales-team/30min",
    f"{APP}/webinars/q1-product-update/register",
    f"{APP}/de/preise?plan=business",
    f"{APP}/fr/tarifs#comparatif",
    f"{APP}/signup?plan=starter&utm_source=g2&utm_medium=review",
]
# The leaves an ordinary value goes into, by its family: where such a value goes out whole.
ORDINARY_PLACES: List[str] = [
    "custom property", "page title", "product name", "search string", "content name", "content category",
    "product brand", "product category", "page name", "page category", "custom event name", "standard content name",
    "listed custom property", "status", "contents title", "listed page property",
    "standard search string",
]

# Roles, companies, registers, labels, numbers and merge tags are short and alike: one leaf each.
PLACES_PER_FAMILY: Dict[str, int] = {"roles": 1, "companies": 1, "merge tags": 1, "company registers": 1,
                                     "labels with a team": 1, "document numbers": 1}


def ordinary_cases() -> Iterator[Ordinary]:
    index = 0
    for family, values in ORDINARY.items():
        for value in values:
            for step in range(PLACES_PER_FAMILY.get(family, 2)):
                where = ORDINARY_PLACES[(index * 2 + step) % len(ORDINARY_PLACES)]
                yield (f"{family}: {value} @ {where}", *_put(where, value), value)
            index += 1
    for number, url in enumerate(ORDINARY_URLS):  # as the page's URL and as the referrer in turn
        where, field = ("page url", "url") if number % 2 == 0 else ("referrer", "referrer")
        yield (f"urls: {url} @ {where}", "page", {field: url}, url)

