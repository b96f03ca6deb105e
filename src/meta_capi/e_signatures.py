"""A signer's and a recipient's name around an e-signature's or a business document's phrase, for the detector
(closer 142, sixty-ninth attack: e-signature, CRMs). Closer 118 reads a waiver's signer (case_titles.py); an
envelope, a contract, a proposal names its signer and its recipient as often, by language and in either order:

- Signed electronically (SIGNED_ELECTRONICALLY: `Signé électroniquement par …`, `Digitally signed by …`,
  `Firmado digitalmente por …`) before a full name: an e-signature's adverb names no signed shirt.
- Signed by (case_titles.SIGNED_BY: `Firmado por …`, `Unterzeichnet von …`) before a full name, or a full name before
  signed (SIGNED_AFTER: `… signed 'MSA – Brightwave GmbH'`, `… hat unterschrieben`), with a contract's word in the
  text (CONTRACT_WORDS: `contrato`, `MSA`, `NDA`, `Vertrag`): a signed shirt or a print (`Maillot signé par …`)
  names no contract.
- A signature pending from a person (`Unterschrift von … ausstehend`, `Signature of … required`: SIGNATURE_OF and
  PENDING), or awaited (AWAITING: `Awaiting signature from …`, `En attente de signature de …`).
- A recipient's phrase: sent to a full name for signature (SENT_TO and FOR_SIGNATURE: `Envelope sent to … for
  signature`, `Enviado a … para firma`), or a business document prepared for one (PREPARED_FOR after a contract's
  or a proposal's word: `Proposal prepared for: …, Brightwave GmbH`, `Angebot erstellt für …`).

The name is a name's shape (name_shapes: FULL_NAME) that names a person, no product's nor a thing's words
(`Signed by the Artist`, `prepared for Winter Storms` are none); lexicon data by language, canonical (no accents),
read in any case.
"""

from __future__ import annotations

import re

from .brand_words import a_business_name
from .canonical import canonical, phrase_alternation
from .case_titles import SIGNED_BY
from .name_shapes import END, FULL_NAME, a_person, a_product
from .personal_documents import NOT_NAMES_BY_MEANING
from .postal import _POSTCODE, _UK_OR_CA_CODE, _place_or_business
from .role_labels import a_thing

PERSON_NAME = "holds a person's name"


# Signed electronically or digitally, by language (canonical: `signe electroniquement par`), before the signer.
SIGNED_ELECTRONICALLY = {
    "English": "electronically signed by|digitally signed by|e-signed by|esigned by|signed electronically by"
               "|signed digitally by",
    "German": "elektronisch unterschrieben von|elektronisch unterzeichnet von|elektronisch signiert von"
              "|digital signiert von|digital unterschrieben von",
    "French": "signe electroniquement par|signee electroniquement par|signe numeriquement par"
              "|signee numeriquement par",
    "Spanish": "firmado electronicamente por|firmada electronicamente por|firmado digitalmente por"
               "|firmada digitalmente por",
    "Italian": "firmato digitalmente da|firmata digitalmente da|firmato elettronicamente da"
               "|firmata elettronicamente da",
    "Dutch": "elektronisch ondertekend door|digitaal ondertekend door",
    "Portuguese": "assinado eletronicamente por|assinada eletronicamente por|assinado digitalmente por"
                  "|assinada digitalmente por",
    "Polish": "podpisany elektronicznie przez|podpisane elektronicznie przez",
}
# A full name before signed, by language (`… signed`, `… has signed`, `… a signé`, `… hat unterschrieben`).
SIGNED_AFTER = {
    "English": "signed|has signed|e-signed|has e-signed", "German": "hat unterschrieben|hat unterzeichnet|unterschrieb",
    "French": "a signe", "Spanish": "ha firmado|firmo", "Italian": "ha firmato", "Dutch": "heeft ondertekend|tekende",
    "Portuguese": "assinou", "Polish": "podpisal|podpisala",
}
# A contract's, an agreement's, a proposal's or an envelope's word, by language (stems, canonical): what a signer
# signs in their own name or a business prepares for one.
CONTRACT_WORDS = {
    "English": "contract|agreement|nda|msa|sow|dpa|proposal|quote|quotation|offer letter|envelope|lease|addendum",
    "German": "vertrag|vereinbarung|angebot|kostenvoranschlag|auftragsbestatigung",
    "French": "contrat|accord|devis|proposition|avenant|bail", "Spanish": "contrato|acuerdo|presupuesto|propuesta",
    "Italian": "contratto|accordo|preventivo|proposta", "Dutch": "contract|overeenkomst|offerte|voorstel",
    "Portuguese": "contrato|acordo|orcamento|proposta", "Polish": "umowa|umowe|oferta",
}
# A signature of a person, by language, and its state after the name (pending, required, missing).
SIGNATURE_OF = {
    "English": "signature of|signature from", "German": "unterschrift von|signatur von", "French": "signature de",
    "Spanish": "firma de", "Italian": "firma di", "Dutch": "handtekening van", "Portuguese": "assinatura de",
    "Polish": "podpis",
}
PENDING = {
    "English": "pending|required|missing|outstanding|requested", "German": "ausstehend|erforderlich|fehlt|offen",
    "French": "en attente|requise|manquante", "Spanish": "pendiente|requerida|necesaria",
    "Italian": "in attesa|richiesta|mancante", "Dutch": "vereist|ontbreekt|in afwachting|openstaand",
    "Portuguese": "pendente|necessaria", "Polish": "wymagany|oczekujacy",
}
# A signature awaited from a person, by language (before the name).
AWAITING = {
    "English": "awaiting signature from|awaiting signature of|waiting for signature from|pending signature from"
               "|pending signature of|waiting for a signature from",
    "German": "warten auf unterschrift von|warten auf die unterschrift von|wartet auf unterschrift von"
              "|wartet auf die unterschrift von",
    "French": "en attente de signature de|en attente de la signature de",
    "Spanish": "pendiente de firma de|pendiente de la firma de|esperando la firma de",
    "Italian": "in attesa della firma di|in attesa di firma di", "Dutch": "wacht op handtekening van"
    "|wacht op de handtekening van", "Portuguese": "aguardando assinatura de|aguardando a assinatura de",
    "Polish": "oczekuje na podpis",
}
# Sent to a person, by language, and for signature after the name.
SENT_TO = {
    "English": "sent to", "German": "gesendet an|gesandt an|verschickt an", "French": "envoye a|envoyee a",
    "Spanish": "enviado a|enviada a", "Italian": "inviato a|inviata a", "Dutch": "verzonden naar|verstuurd naar",
    "Portuguese": "enviado para|enviada para", "Polish": "wyslano do",
}
FOR_SIGNATURE = {
    "English": "for signature|for signing|for e-signature|for esignature|to sign",
    "German": "zur unterschrift|zur signatur|zum unterschreiben|zur unterzeichnung",
    "French": "pour signature|pour la signature", "Spanish": "para firma|para su firma|para la firma",
    "Italian": "per la firma|per firma", "Dutch": "ter ondertekening|voor ondertekening",
    "Portuguese": "para assinatura", "Polish": "do podpisu",
}
# (closer 148) The day's preposition after a signer, by language (`… on 03/12/2026`, `… am 03.12.2026`): a document
# signed on a day names its signer; an author's signed copy names an edition, not a day (`Signed by … – First
# Edition`).
SIGNED_ON = {
    "English": "on", "German": "am", "French": "le", "Spanish": "el", "Italian": "il", "Dutch": "op",
    "Portuguese": "em", "Polish": "dnia",
}
# (closer 148) A pending signature's label before its signer, by language: the signature's word and its state in
# either order (`Firma pendiente: …`, `Signature en attente : …`, `Unterschrift ausstehend: …`, `Awaiting
# signature: …`).
SIGNATURE_WORDS = {
    "English": "signature|e-signature|esignature", "German": "unterschrift|signatur", "French": "signature",
    "Spanish": "firma", "Italian": "firma", "Dutch": "handtekening|ondertekening", "Portuguese": "assinatura",
    "Polish": "podpis",
}
AWAITED = {
    "English": "pending|awaiting|outstanding|awaited", "German": "ausstehend|offen|fehlt|fehlend|ausstehende"
    "|fehlende|offene", "French": "en attente|attendue|manquante", "Spanish": "pendiente|en espera",
    "Italian": "in attesa|mancante", "Dutch": "in afwachting|openstaand|openstaande|ontbreekt",
    "Portuguese": "pendente|aguardando|em espera", "Polish": "oczekujacy|oczekuje|brak",
}
# (closer 154) A document's word besides a contract's (CONTRACT_WORDS), by language (canonical): after a pending
# signature's label it names what awaits its signature, no signer (`Awaiting signature: Employment Contract`, `Firma
# pendiente: Orden de Compra`).
DOCUMENT_WORDS = {
    "English": "order|purchase|invoice|form|policy|waiver|consent|application|terms|statement|document|certificate"
               "|letter|amendment|renewal|mandate|authorization|authorisation|declaration|report|deed|lease|rental",
    "German": "bestellung|auftrag|rechnung|formular|antrag|erklarung|vollmacht|dokument|bescheinigung|kundigung"
              "|mietvertrag|arbeitsvertrag",
    "French": "commande|facture|formulaire|demande|mandat|attestation|declaration|document|travail|location",
    "Spanish": "orden|pedido|compra|factura|formulario|solicitud|poliza|documento|mandato|declaracion|arrendamiento"
               "|alquiler|trabajo",
    "Italian": "ordine|fattura|modulo|domanda|polizza|documento|mandato|dichiarazione|locazione|lavoro",
    "Dutch": "bestelling|opdracht|factuur|formulier|aanvraag|polis|document|volmacht|verklaring|huur",
    "Portuguese": "pedido|encomenda|fatura|formulario|apolice|documento|mandato|declaracao|locacao|trabalho",
    "Polish": "zamowienie|faktura|formularz|wniosek|polisa|dokument|pelnomocnictwo|oswiadczenie|najmu|pracy",
}
# Prepared for a person, by language (after a contract's or a proposal's word).
PREPARED_FOR = {
    "English": "prepared for|drawn up for", "German": "erstellt fur|vorbereitet fur", "French": "prepare pour"
    "|preparee pour|etabli pour|etablie pour", "Spanish": "preparado para|preparada para|elaborado para",
    "Italian": "preparato per|preparata per", "Dutch": "opgesteld voor|opgemaakt voor",
    "Portuguese": "preparado para|preparada para", "Polish": "przygotowana dla|przygotowany dla",
}

# (closer 183, eighty-sixth attack: recruiting) An offer's, a contract's or a proposal's acceptance or refusal by a
# person, by language, before the full name (`Offer accepted by …`, `Angebot angenommen von …`, `Offre acceptée par
# …`), with an offer's or a contract's word in the text (OFFER_WORDS, CONTRACT_WORDS: a shop's `Cookies accepted by
# default` names none).
ACCEPTED_BY = {
    "English": "accepted by|declined by|countersigned by", "German": "angenommen von|abgelehnt von|akzeptiert von",
    "French": "accepte par|acceptee par|refuse par|refusee par", "Spanish": "aceptado por|aceptada por"
    "|rechazado por|rechazada por", "Italian": "accettato da|accettata da|rifiutato da|rifiutata da",
    "Dutch": "geaccepteerd door|aangenomen door|afgewezen door", "Portuguese": "aceito por|aceita por|recusado por"
    "|recusada por", "Polish": "zaakceptowana przez|zaakceptowane przez|przyjeta przez|odrzucona przez",
}
OFFER_WORDS = {
    "English": "offer|job offer", "German": "angebot|jobangebot|stellenangebot", "French": "offre|offre d'emploi",
    "Spanish": "oferta", "Italian": "offerta", "Dutch": "aanbod|aanbieding", "Portuguese": "oferta|proposta",
    "Polish": "oferta|oferte",
}
# ... and a request to sign, by language, its document (a contract's, an offer's or a document's word within sixty
# characters), then a comma and the signer's full name ending the text (`DocuSign: Please sign your offer, …`, `Bitte
# unterschreiben Sie Ihren Arbeitsvertrag, …`).
PLEASE_SIGN = {
    "English": "please sign|please review and sign|please e-sign|please docusign", "German": "bitte unterschreiben"
    "|bitte unterzeichnen|bitte signieren", "French": "veuillez signer|merci de signer|a signer",
    "Spanish": "por favor firme|por favor, firme|firme por favor", "Italian": "si prega di firmare|firma per favore",
    "Dutch": "gelieve te ondertekenen|graag ondertekenen|onderteken", "Portuguese": "por favor assine|assine por favor",
    "Polish": "prosimy o podpisanie|prosze podpisac",
}
# (closer 168, seventy-ninth attack: petitions) A petition's confirmation by language, then a comma and its signer's
# full name (`Petition …: confirm your signature, …, postcode …`, `Merci d'avoir signé, …`).
CONFIRM_SIGNATURE = {
    "English": "confirm your signature|thank you for signing|thanks for signing|verify your signature",
    "German": "bestatigen sie ihre unterschrift|bestatige deine unterschrift|danke fur ihre unterschrift"
              "|danke fur deine unterschrift", "French": "confirmez votre signature|merci d'avoir signe",
    "Spanish": "confirma tu firma|confirme su firma|gracias por firmar", "Italian": "conferma la tua firma"
    "|grazie per aver firmato", "Dutch": "bevestig je handtekening|bevestig uw handtekening",
    "Portuguese": "confirme sua assinatura|confirme a sua assinatura|obrigado por assinar",
    "Polish": "potwierdz swoj podpis|dziekujemy za podpis",
}
# (closer 168) A donation's phrase by language before its donor's full name (`don de …`, `Spende von …`, `donation
# from …`), in a text holding a receipt's word (RECEIPT_WORDS: `Reçu fiscal n° … – don de …`); a product's name holds
# none (`Don de Dieu – vin rouge`).
DONATION_FROM = {
    "English": "donation from|donation by|gift aid donation from|donated by", "German": "spende von|zuwendung von",
    "French": "don de|don effectue par|versement de", "Spanish": "donacion de|donativo de|donado por",
    "Italian": "donazione di|donazione da|erogazione liberale di", "Dutch": "gift van|donatie van",
    "Portuguese": "doacao de|donativo de|doado por", "Polish": "darowizna od|wplata od",
}
# (closer 177, eighty-first attack) A stream's tip or a donation by language, its amount, then its sender after the
# word for "from" or a dash, the name ending the text or before a colon, a comma or `!` (`Donacja 20 zł od …:`, `Super
# Chat ¥500 – …: …`, `Tip $5 from …!`); and a new patron's label, on a platform or not, a colon and a full name (`Nuevo
# mecenas en Patreon: … – Tier 2`, `New patron: …`). A charity or a business is no donor's name here either.
TIP_NOUNS = {
    "English": "tip|donation|dono|super chat|superchat|cheer", "German": "spende|trinkgeld",
    "French": "don|pourboire", "Spanish": "donacion|donativo|propina", "Italian": "donazione|mancia",
    "Dutch": "donatie|fooi", "Portuguese": "doacao|gorjeta", "Polish": "donacja|napiwek|wplata",
}
FROM_WORDS = {
    "English": "from|by", "German": "von", "French": "de|par", "Spanish": "de|por", "Italian": "da|di",
    "Dutch": "van|door", "Portuguese": "de|por", "Polish": "od",
}
PATRON_LABELS = {
    "English": "new patron|new member|new supporter", "German": "neuer patron|neue patronin|neuer unterstutzer",
    "French": "nouveau mecene|nouvelle mecene|nouveau soutien", "Spanish": "nuevo mecenas|nueva mecenas|mecenas",
    "Italian": "nuovo mecenate|mecenate|nuovo sostenitore", "Dutch": "nieuwe patron|nieuwe supporter",
    "Portuguese": "novo patrono|nova patrona|novo apoiador", "Polish": "nowy patron|nowa patronka",
}
PLATFORM_WORDS = "on|en|auf|sur|su|op|em|na|no"
RECEIPT_WORDS = {
    "English": "receipt|tax receipt|acknowledgement", "German": "quittung|spendenquittung|spendenbescheinigung"
    "|zuwendungsbestatigung|beleg", "French": "recu|recu fiscal|attestation", "Spanish": "recibo|certificado",
    "Italian": "ricevuta|attestazione", "Dutch": "kwitantie|giftenbewijs|fiscaal attest|bewijs",
    "Portuguese": "recibo|comprovante", "Polish": "pokwitowanie|potwierdzenie",
}
# (closer 168) A political or a charity's contributor's label by language, a colon, a full name, then after a comma the
# record's next label, an occupation's or an employer's (`Contributor: …, occupation teacher, employer …`); a book's
# contributor goes on otherwise.
CONTRIBUTOR_LABELS = {
    "English": "contributor|donor|contributor name|donor name", "German": "spender|spenderin|zuwendender",
    "French": "donateur|donatrice|contributeur", "Spanish": "donante|aportante|contribuyente",
    "Italian": "donatore|donatrice|contributore", "Dutch": "donateur|schenker", "Portuguese": "doador|doadora",
    "Polish": "darczynca|wplacajacy",
}
OCCUPATION_LABELS = {
    "English": "occupation|employer|profession|job title", "German": "beruf|arbeitgeber|tatigkeit",
    "French": "profession|employeur|metier", "Spanish": "ocupacion|profesion|empleador",
    "Italian": "professione|datore di lavoro|occupazione", "Dutch": "beroep|werkgever",
    "Portuguese": "profissao|ocupacao|empregador", "Polish": "zawod|pracodawca",
}


def _phrases(table: dict[str, str]) -> str:
    return phrase_alternation(phrase for line in table.values() for phrase in line.split("|"))


_OPENS = "(?<![^\\W\\d_])"
_CLOSES = "(?![^\\W\\d_])"
_NAME = f"({FULL_NAME})"
_BEFORE_NAME = f"[ \\t]{{0,3}}:?[ \\t]{{1,3}}{_NAME}"
_SIGNED_ELECTRONICALLY = re.compile(f"{_OPENS}(?i:{_phrases(SIGNED_ELECTRONICALLY)}){_BEFORE_NAME}{END}")
_SIGNED_BY = re.compile(f"{_OPENS}(?i:{SIGNED_BY}){_BEFORE_NAME}{END}")
_SIGNED_AFTER = re.compile(f"{_NAME}[ \\t]{{1,3}}(?i:{_phrases(SIGNED_AFTER)}){_CLOSES}")
# (German and Dutch compound their contracts: `Rahmenvertrag`, `Dienstverleningsovereenkomst`)
_CONTRACT = re.compile(f"{_OPENS}(?i:{_phrases(CONTRACT_WORDS)})|(?i:vertrag|vereinbarung|overeenkomst)")
_PENDING_SIGNATURE = re.compile(f"{_OPENS}(?i:{_phrases(SIGNATURE_OF)})[ \\t]{{1,3}}{_NAME}[ \\t]{{1,3}}"
                                f"(?i:{_phrases(PENDING)}){_CLOSES}")
_AWAITING = re.compile(f"{_OPENS}(?i:{_phrases(AWAITING)}){_BEFORE_NAME}{END}")
_SENT_FOR_SIGNATURE = re.compile(f"{_OPENS}(?i:{_phrases(SENT_TO)})[ \\t]{{1,3}}{_NAME}[ \\t]{{1,3}}"
                                 f"(?i:{_phrases(FOR_SIGNATURE)}){_CLOSES}")
# (a day's date: digits apart by a dot, a slash or a dash, a year first or last, or a day and a month's name or its
# first three letters before a year)
_MONTH_NAMES = NOT_NAMES_BY_MEANING["months and periods"].split()[:-4]
_MONTH = f"(?i:{phrase_alternation({*_MONTH_NAMES, *(month[:3] for month in _MONTH_NAMES)})})"
_DAY = ("(?:[0-9]{1,2}[./-][0-9]{1,2}[./-](?:[0-9]{4}|[0-9]{2})|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
        f"|[0-9]{{1,2}}(?:st|nd|rd|th|\\.)?[ \\t]{{1,3}}(?:{_MONTH})\\.?,?[ \\t]{{1,3}}[0-9]{{4}}"
        f"|(?:{_MONTH})\\.?[ \\t]{{1,3}}[0-9]{{1,2}}(?:st|nd|rd|th)?,?[ \\t]{{1,3}}[0-9]{{4}})(?![0-9])")
_SIGNED_ON_DAY = re.compile(f"{_OPENS}(?i:{SIGNED_BY})[ \\t]{{0,3}}:?[ \\t]{{1,3}}{_NAME},?[ \\t]{{1,3}}"
                            f"(?i:{_phrases(SIGNED_ON)})[ \\t]{{1,3}}{_DAY}")
# (closer 168) Signed by a full name, a comma, then the signer's town and postcode (`Signed by …, Hebden Bridge HX7
# 8AE – Save … library`): a petition's signature line; a book's or a bill's signer has no postcode after the name.
_SIGNED_FROM_POSTCODE = re.compile(
    f"{_OPENS}(?i:{SIGNED_BY})[ \\t]{{0,3}}:?[ \\t]{{1,3}}{_NAME}[ \\t]{{0,3}},[ \\t]{{1,3}}"
    f"(?:[^\\W\\d_][^\\W\\d_'’-]{{1,29}}[ \\t]{{1,3}}){{0,3}}(?:{_UK_OR_CA_CODE}|{_POSTCODE})(?![^\\W_])")
_OFFER = re.compile(f"{_OPENS}(?i:{_phrases(OFFER_WORDS)}){_CLOSES}")
_ACCEPTED_BY = re.compile(f"{_OPENS}(?i:{_phrases(ACCEPTED_BY)}){_BEFORE_NAME}{END}")
_PLEASE_SIGN = re.compile(f"{_OPENS}(?i:{_phrases(PLEASE_SIGN)})(?P<document>[^\\n,]{{1,60}}),[ \\t]{{1,3}}{_NAME}"
                          r"(?=[ \t]{0,3}(?:$|[.!\n\"]))")
_CONFIRMED_SIGNER = re.compile(f"{_OPENS}(?i:{_phrases(CONFIRM_SIGNATURE)})[ \\t]{{0,3}},[ \\t]{{1,3}}{_NAME}"
                               r"(?=[ \t]{0,3}(?:$|[,.;!\n]))")
_DONATION_FROM = re.compile(f"{_OPENS}(?i:{_phrases(DONATION_FROM)})[ \\t]{{1,3}}{_NAME}{END}")
_AMOUNT = ("(?:(?:[a-z]{1,3}[ \\t]?)?[$€£¥₩₽₹][ \\t]?[0-9][0-9.,]{0,9}"
           "|[0-9][0-9.,]{0,9}[ \\t]?(?:[$€£¥₩₽₹]|[a-z]{2,3}(?![^\\W\\d_])))")
_NAME_THEN_COLON_OR_END = f"{_NAME}(?=[ \\t]{{0,3}}(?:$|[:,!\\n]|-[ \\t]))"
_TIP_FROM = re.compile(f"{_OPENS}(?i:{_phrases(TIP_NOUNS)})[ \\t]{{1,3}}{_AMOUNT}[ \\t]{{1,3}}"
                       f"(?:(?i:{_phrases(FROM_WORDS)})[ \\t]{{1,3}}{_NAME_THEN_COLON_OR_END}"
                       # (after a dash, a chat's message: the name before its colon; `… – Highlight Color` is a tier's)
                       f"|-[ \\t]{{1,3}}{_NAME}(?=[ \\t]{{0,3}}:))")
_PATRON = re.compile(f"{_OPENS}(?i:{_phrases(PATRON_LABELS)})(?:[ \\t]{{1,3}}(?i:{PLATFORM_WORDS})[ \\t]{{1,3}}"
                     f"[^\\W\\d_]{{2,20}})?[ \\t]{{0,3}}:[ \\t]{{1,3}}{_NAME_THEN_COLON_OR_END}")
_RECEIPT = re.compile(f"{_OPENS}(?i:{_phrases(RECEIPT_WORDS)}){_CLOSES}")
_CONTRIBUTOR = re.compile(f"{_OPENS}(?i:{_phrases(CONTRIBUTOR_LABELS)})[ \\t]{{0,3}}:[ \\t]{{1,3}}{_NAME}[ \\t]{{0,3}},"
                          f"[ \\t]{{1,3}}(?i:{_phrases(OCCUPATION_LABELS)}){_CLOSES}")
_PENDING_LABEL = re.compile(
    f"{_OPENS}(?i:(?:{_phrases(SIGNATURE_WORDS)})[ \\t]{{1,3}}(?:{_phrases(AWAITED)})"
    f"|(?:{_phrases(AWAITED)})[ \\t]{{1,3}}(?:{_phrases(SIGNATURE_WORDS)}))[ \\t]{{0,3}}(?::|[ \\t]-{{1,2}})"
    f"[ \\t]{{1,3}}{_NAME}{END}")
_PREPARED_FOR = re.compile(f"{_OPENS}(?i:{_phrases(CONTRACT_WORDS)})[^\\n|]{{0,40}}?(?i:{_phrases(PREPARED_FOR)})"
                           f"{_BEFORE_NAME}{END}")
_DOCUMENT_WORDS = frozenset(word for table in (CONTRACT_WORDS, DOCUMENT_WORDS) for line in table.values()
                            for phrase in line.split("|") for word in phrase.split())
# (German and Dutch compound their contracts: `Arbeitsvertrag`, `Huurovereenkomst`)
_COMPOUND_CONTRACT_ENDS = ("vertrag", "vereinbarung", "overeenkomst")
# What the detector searches first in the lower-cased form (compiled there): a text holding none reads nothing here.
CUE_SOURCE = "sign|unterschr|unterzeich|firm|ondertek|tekende|assin|podpis|handtek|sent |gesendet|gesandt|verschickt" \
             "|envoy|enviad|inviat|verzonden|verstuurd|wyslano|prepar|drawn up|erstellt|vorbereitet|etabli|elaborad" \
             "|opgesteld|opgemaakt|przygotowan" \
             "|contribu|donor|donat|spende|spender|zuwend|donacion|donativo|donado|donazion|donator|erogazion" \
             "|doacao|doador|doado|darowizn|darczyn|wplac|gift van|aportante|schenker|recu|receipt|quittung|ricevuta" \
             "|recibo|kwitantie|giftenbewijs|pokwitowanie" \
             "|tip|dono|chat|cheer|trinkgeld|don |pourboire|propina|mancia|fooi|gorjeta|donacja|napiwek|patron|mecen" \
             "|member|support|unterstutz|soutien|sostenitor|apoiador" \
             "|accept|acept|accett|aceit|akcept|angenommen|aangenomen|abgelehnt|afgewezen|refuse|rechaz|rifiut" \
             "|recusad|odrzuc|declined"


def _a_person(name: str) -> bool:
    """Whether a signer's or a recipient's words are a person's: no product's, thing's, organization's or country's
    (`Contract signed by Acme Corp`, `Proposal prepared for: Small Businesses`; not a colour's: `Brown` is a family
    name as often)."""
    return a_person(name) and not a_product(name) and not a_thing(name) and not _place_or_business(name)


def _a_document(words: str) -> bool:
    """Whether one of `words` is a contract's or a document's (CONTRACT_WORDS, DOCUMENT_WORDS), in any case."""
    split = [word.strip(".,;:()").lower() for word in words.split()]
    return any(word in _DOCUMENT_WORDS or word.endswith(_COMPOUND_CONTRACT_ENDS) for word in split)


# (closer 185, review 32) A giving scheme's, a tip jar's, an employer's match's or a payment app's words, and a
# patron's tier's or a fan's, by language, which no tipper's or patron's name holds (`Donation €10 from Gift Aid`,
# `Tip $5 from Tip Jar`, `Tip $2 from Cash App`, `New patron: Super Fan`, `Nuevo mecenas: Nivel Oro`).
_NOT_TIPPERS = frozenset(canonical(word)[0].lower() for word in (
    "aid giving jar matching match matched round roundup app fan fans superfan supporter supporters early tier tiers "
    "level nivel niveau stufe livello founding member members "
    "unterstutzer soutien partidario sostenitore "
    # (closer 187, review 32) ... and on a receipt's donation, a salary's giving and an unnamed donor's words by
    # language (`Receipt – donation from Gift Aid`, `Payroll Giving`, `Anonymous Donor`)
    "payroll anonymous anonym anonyme anonimo anonima anoniem donor donors").split())


def _a_giver(name: str) -> bool:
    """Whether `name`, after a tip's, a patron's or a donation's words, is a person's: no business's (brand_words
    .a_business_name) and no giving scheme's, tip jar's or tier's word (_NOT_TIPPERS)."""
    return _a_person(name) and not a_business_name(name) and _NOT_TIPPERS.isdisjoint(
        canonical(word)[0].lower() for word in name.split())


def reason(form: str) -> str:
    """PERSON_NAME when canonical `form` names a signer or a recipient of an e-signature's or a business document's
    phrase (above), or ""."""
    for pattern in (_SIGNED_ELECTRONICALLY, _PENDING_SIGNATURE, _AWAITING, _SENT_FOR_SIGNATURE, _PREPARED_FOR,
                    _SIGNED_ON_DAY, _PENDING_LABEL, _SIGNED_FROM_POSTCODE, _CONFIRMED_SIGNER, _CONTRIBUTOR):
        match = pattern.search(form)
        if match is not None and _a_person(match.group(1)) and not (
                pattern is _PENDING_LABEL and _a_document(match.group(1))):
            return PERSON_NAME
    for pattern in (_TIP_FROM, _PATRON):
        match = pattern.search(form)
        name = "" if match is None else match.group(match.lastindex or 0)
        if name and _a_giver(name):
            return PERSON_NAME
    if _RECEIPT.search(form) is not None:
        match = _DONATION_FROM.search(form)
        if match is not None and _a_giver(match.group(1)):  # (closer 187: a giving scheme's words too)
            return PERSON_NAME
    match = _PLEASE_SIGN.search(form)
    if match is not None and (_a_document(match.group("document")) or _OFFER.search(match.group("document"))) and (
            _a_person(match.group(2))):
        return PERSON_NAME
    if _CONTRACT.search(form) is None and _OFFER.search(form) is None:
        return ""
    match = _ACCEPTED_BY.search(form)
    if match is not None and _a_person(match.group(1)) and not a_business_name(match.group(1)):
        return PERSON_NAME
    if _CONTRACT.search(form) is None:
        return ""
    for pattern in (_SIGNED_BY, _SIGNED_AFTER):
        match = pattern.search(form)
        if match is not None and _a_person(match.group(1)):
            return PERSON_NAME
    return ""
