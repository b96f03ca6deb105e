"""A person's slug or handle in a site's route (issue 16, fifty-first attack): a URL path's segment after a segment
naming a person (`/author/<slug>`, `/members/<handle>/profile/`, `/person/51-<slug>`, a single-page app's
`#!/profile/<slug>`, `#/u/<handle>`) names that person, whatever its spelling; the person's words are lexicon data by
meaning and language (_PERSON_WORDS). A segment naming a site's section there (`/profile/edit`, `/user/settings`,
`/members/login`: each of its words one of _SECTION_WORDS), a number alone (`/u/2/settings`, a
record's id) and a file (`/user/avatar.png`) name nobody. The person's word is a whole segment (`/members-area/`,
`/products/author-signed-edition` are none), and a segment must follow it (`/blog/authors` is a list); an author is
read in the singular only (a shop's `/authors/jane-austen` is its catalogue's page of a book's author). A memorial's
page names the deceased by a slug of a name's words and the life's years (`/tribute/<name>-1941-2026/`), and a
child's route a pupil by a name's slug before a page of their school record (`#/kinder/<name>/stundenplan`; closer
104).

A shop's customer, buyer or client (_CUSTOMER_WORDS; closer 94) heads an area of the shop's own pages as often, of an
open vocabulary (Magento's `/customer/account/login/`, Devise's `/customers/sign_in`): the segment after it is a
person's only when it has a name's shape, one to four words of letters none of which names a section (_NAME_SLUG,
CUSTOMER_SECTION_WORDS: `/customer/quendrix`, `/buyer/jo-ann-smith`; not `/customer/address/edit/`,
`/customer/loyalty-program`, `/users/123`). After the plural only when the route goes on into that record's pages
(`/customers/<slug>/orders`): the plural's item alone is a list's page, a business's customer story as often
(`/customers/<company>`).

A conversation's page's counterpart, and a dating site's other member, are counterparts' (closers 124, 207).

A referral's or an invitation's link, its route's code and its inviter's parameter, is referral_links' (closer 188).

privacy._path_reason reads a URL's path and its fragment's route with `route_names_a_person`; the detector reads a URL
in free text with `url_names_a_person` (its path after the host), after its other rules. A path in percent-encoding is
read decoded too (a word of another script: `/%D0%BA%D0%BB%D0%B8%D0%B5%D0%BD%D1%82/…`).
"""

from __future__ import annotations

import re
from typing import FrozenSet, Iterator, List, Tuple
from urllib.parse import unquote, unquote_plus

from .bip39_words import a_common_word
from .canonical import canonical
from .common_words import a_common_word_of_a_language
from .geography import TOWN_NAMES
from .given_names import only_common_words
from .key_lexicon import PET_SITTER_WORDS

PERSON_ROUTE = "holds a person's slug in a site's route"

# Words naming a person, or people, as a route's segment, by language (a profile, a user, an author, a member): not an
# account's or a customer's area (`/account/…`, `/konto/…`, `/customer/…`), whose segments are its sub-pages as often,
# of an open vocabulary (`/account/loyalty-program/`, `/account/nike-membership/orders`: session 18 withdrew a rule
# reading them); an author in the singular only (a shop's `/authors/<slug>` is its catalogue's, a book's author).
_PERSON_WORDS = {
    "English": "u user users profile profiles person people author member members",
    "German": "benutzer nutzer mitglied mitglieder autor profil",
    "French": "utilisateur utilisateurs membre membres auteur profil",
    "Spanish": "usuario usuarios miembro miembros autor perfil",
    "Italian": "utente utenti membro membri autore profilo",
    "Portuguese": "utilizador utilizadores membro membros autor perfil",
    "Dutch": "gebruiker gebruikers leden auteur profiel profielen",
    # (the plurals of a profile: German's is English's `profile`)
    "plurals": "profils perfiles profili perfis",
}
PERSON_WORDS: FrozenSet[str] = frozenset(" ".join(_PERSON_WORDS.values()).split())
# A site's sections, pages and actions under such a segment (its sign-in, its settings, its lists, its account's
# pages), by language: a slug all of whose words are these names no one.
SECTION_WORDS: FrozenSet[str] = frozenset((
    "me my self current in up out on id new all list lists index page pages search find directory browse top "
    "login logout signin signup sign log register registration join apply become invite invites invitation "
    "invitations activate activation verify verification confirm confirmation reset forgot lost password passwords "
    "edit update delete remove create add view show manage settings setting preferences options privacy security "
    "notifications messages inbox profile profiles account accounts user users member members customer customers "
    "author authors person people dashboard overview home area portal zone center centre club lounge only team teams "
    "exclusive benefits perks pricing plans plan subscription subscriptions billing payment payments invoices "
    "invoice orders order history returns addresses address wishlist wish favorites favourites saved cart basket "
    "checkout rewards points coupons vouchers tier tiers level levels card cards gift reviews review comments posts "
    "activity activities feed followers following friends groups photos photo avatar picture pictures media "
    "downloads download uploads upload api admin help support faq contact about terms guest guests anonymous "
    "public private details info information data personal change forum forums blog news service services care "
    "contact desk status feedback newsletter email mail phone mobile telephone name names username nickname "
    "birthday language currency country region location first last given family full middle surname store stores "
    "shop shops "
    "anmelden abmelden registrieren einstellungen bearbeiten passwort bestellungen übersicht "
    "connexion inscription paramètres modifier commandes "
    "iniciar registro ajustes editar pedidos accedi registrati impostazioni modifica ordini "
    "entrar cadastro inloggen registreren instellingen bewerken bestellingen").split()) | PERSON_WORDS

# Words naming a shop's customer, buyer or client, by language and script: (singular, plural). Not Dutch `lid` (a
# member, but a pot's lid as often in a shop's path).
_CUSTOMER_WORDS = {
    "English": ("customer buyer client shopper purchaser", "customers buyers clients shoppers purchasers"),
    # (closer 117: a law firm's client, `/kanzlei/mandanten/<name>/akte-…`)
    "German": ("kunde käufer kaeufer kaufer mandant mandantin", "kunden mandanten mandantinnen"),
    "French": ("client cliente acheteur acheteuse", "clients clientes acheteurs acheteuses"),
    "Spanish": ("cliente comprador compradora", "clientes compradores compradoras"),
    "Italian": ("cliente acquirente", "clienti acquirenti"),
    "Portuguese": ("cliente comprador compradora", "clientes compradores compradoras"),
    "Dutch": ("klant koper", "klanten kopers"),
    "Polish": ("klient kupujący", "klienci kupujacy"),
    "Turkish": ("müşteri musteri", "müşteriler musteriler"),
    "Finnish": ("asiakas", "asiakkaat"),
    "Russian": ("клиент покупатель", "клиенты покупатели"),
    "Greek": ("πελάτης πελατης", "πελάτες πελατες"),
}
# ... and a job's candidate or applicant (closer 114, fifty-eighth attack: an applicant tracking system's
# `/candidates/<slug>/profile`), read as a customer's: a name's shape after the singular, the plural's only before the
# record's pages; a job board's candidate area's own pages are sections (_CUSTOMER_SECTIONS).
_CANDIDATE_WORDS = {
    "English": ("candidate applicant", "candidates applicants"), "German": ("bewerber bewerberin", "bewerberinnen"),
    "French": ("candidat candidate", "candidats candidates"), "Spanish and Italian": ("candidato", "candidatos"),
    "Italian": ("candidata", "candidati"), "Dutch": ("kandidaat sollicitant", "kandidaten sollicitanten"),
    "Polish": ("kandydat", "kandydaci"),
}

# ... and a clinic's patient (closer 136, sixty-seventh attack: an aesthetic clinic's `/patients/<slug>/botox-…`),
# read as a customer's alike.
_PATIENT_WORDS = {
    "English and French": ("patient", "patients"), "German": ("patientin", "patienten patientinnen"),
    "Spanish and Portuguese": ("paciente", "pacientes"), "Italian": ("paziente", "pazienti"),
    "Dutch": ("patiënt patiënte", "patiënten"), "Polish": ("pacjent pacjentka", "pacjenci"),
}
# ... and a claim's or a policy's parties (closer 158, seventy-third attack: an insurer's
# `/claims/<n>/claimant/<slug>`): a claimant, an insured person, a policyholder, a witness, read as a customer's alike.
_CLAIM_PARTY_WORDS = {
    "English": ("claimant insured policyholder witness", "claimants policyholders witnesses"),
    "German": ("anspruchsteller versicherter versicherte versicherungsnehmer zeuge zeugin", "anspruchsteller zeugen"),
    "French": ("demandeur assure assuree souscripteur temoin", "assures temoins"),
    "Spanish": ("reclamante asegurado asegurada tomador testigo", "asegurados tomadores testigos"),
    "Italian": ("assicurato assicurata contraente testimone", "assicurati testimoni"),
    "Dutch": ("eiser verzekerde verzekeringnemer getuige", "verzekerden getuigen"),
}
# A review's author after a reviews' segment and `by` (closer 136: `/reviews/by/<slug>`), by language: the slug then a
# name's shape of two words or more (a given and a family name), none a section's (`/reviews/by/date`).
REVIEW_WORDS: FrozenSet[str] = frozenset((
    "review reviews rating ratings testimonial testimonials bewertung bewertungen avis opiniones opinion resenas "
    "reseñas recensioni recensione avaliacoes avaliações beoordelingen reviews opinie recenzje").split())
BY_WORDS: FrozenSet[str] = frozenset("by von par de por da door van di od".split())
# How a review list sorts or filters, by language (`/reviews/by/most-recent`, `/bewertungen/von/neueste`): no name's.
REVIEW_ORDER_WORDS: FrozenSet[str] = frozenset((
    "most least recent newest oldest latest highest lowest top rated rating ratings helpful useful relevant relevance "
    "positive negative critical favorable favourable star stars score verified buyers purchase product products "
    "category language country date month year week day "
    "neueste alteste älteste beste hilfreichste recentes récents meilleurs recientes mejores recenti migliori "
    "nieuwste beste najnowsze").split())


def _with_canonical_forms(words: str) -> FrozenSet[str]:
    """`words` and their canonical forms (the detector reads a URL in free text in its canonical form, another
    script's look-alike letters folded: `клиент` is `kлиeht` there)."""
    return frozenset(form for word in words.split() for form in (word, canonical(word)[0].lower()))


_CUSTOMER = _with_canonical_forms(" ".join(singular for singular, _ in (
    *_CUSTOMER_WORDS.values(), *_CANDIDATE_WORDS.values(), *_PATIENT_WORDS.values(),
    *_CLAIM_PARTY_WORDS.values())))
_CUSTOMERS = _with_canonical_forms(" ".join(plural for _, plural in (
    *_CUSTOMER_WORDS.values(), *_CANDIDATE_WORDS.values(), *_PATIENT_WORDS.values(),
    *_CLAIM_PARTY_WORDS.values()))) - _CUSTOMER
# A shop's customer area's own pages, by meaning and language (Magento's `/customer/account/`, `/customer/section/`,
# OroCommerce's `/customer/shoppinglist/`, Devise's `/customers/sign_in`, `/customers/auth/`, a SaaS site's
# `/customers/stories/`, a web app's `/client/dist/`), besides a person's route's: a segment any of whose words is one
# of these names no customer (a name holds none of them: `/customer/loyalty-program`, `/account/nike-membership/`).
_CUSTOMER_SECTIONS = {
    "a platform's routes and steps": (
        "section sections load ajax auth oauth authentication popup index loginpost createpost editpost "
        "forgotpassword createpassword resetpassword logoutsuccess confirmed unlock cancel accept password redirect "
        "callback token session sessions two factor otp mfa sso welcome thank thanks you onboarding start get started "
        "connect link unlink subscribe unsubscribe consent gdpr export import upgrade downgrade renew renewal online "
        "offline group"),
    "what a customer keeps": (
        "quote quotes rfp shoppinglist requisition estimate estimates document documents statement statements "
        "booking bookings reservation reservations appointment appointments trip trips vehicle vehicles device "
        "devices pet pets prescription prescriptions project projects site sites file files domain domains contract "
        "contracts dispute disputes offer offers bid bids watchlist purchase purchases receipt receipts ticket "
        "tickets request requests question questions credit credits balance wallet usage topup recharge storecredit "
        "giftcard giftcards rma refund refunds agreement agreements vault stored method methods shipping delivery "
        "tracking track products product catalog catalogue saved recently viewed compare recommendations alerts "
        "events courses classes licenses licences keys warranty warranties repairs claims policies policy transfers "
        "loans savings insurance collection click collect refer friend share community chat complaints ratings "
        "rating gallery sizes size quiz samples swatches brochures catalogues sms push hours pickup curbside "
        "autoship recipes menu boxes box deliveries skip pause resume reactivate kyc payouts escrow shipments "
        "reports analytics campaigns approvals proofs timesheets meetings calendar schedule"),
    "a shop's programmes, offers and stories": (
        "loyalty program programs programme membership memberships reward referral referrals protection guarantee "
        "guide guides story stories case cases study studies testimonials success showcase references logos "
        "spotlight partners partner resources resource tips insights experience journey survey satisfaction "
        "assistance hub space business enterprise wholesale trade corporate education student students military "
        "teacher teachers vip premium plus pro prime type types segment segments sale sales deal deals best sellers "
        "arrivals tax vat company companies organization organisation team teams role roles access permissions"),
    "a job board's candidate area": (
        "job jobs vacancy vacancies position positions opening openings career careers advice application "
        "applications apply applied alerts alert cv cvs resume resumes cover letter letters match matches interview "
        "interviews assessment assessments onboarding pipeline stage stages talent pool search jobalerts "
        "stellen bewerbungen lebenslauf emplois offres candidatures ofertas empleo candidaturas vacatures "
        "sollicitaties oferty aplikacje"),
    "a web app's files": (
        "tool tools app apps web widget widgets sdk dist static assets asset src build public vendor lib libs bundle "
        "chunks scripts styles images img fonts js css ui main core common shared components component modules views "
        "config runtime"),
    "German": ("mein meine meinkonto konto kundenkonto daten adressen adresse adressbuch bereich kontakt wunschliste "
               "merkzettel rechnung rechnungen ruecksendungen rücksendungen retouren gutscheine sicherheit "
               "zahlungsarten zahlung lieferadressen lieferadresse abo abos abonnements"),
    "French": ("mon ma mes compte espace adresses informations mot passe oublie identifiant factures favoris retours "
               "securite sécurité paiement paiements livraison livraisons abonnement fidelite fidélité parrainage"),
    "Spanish": ("mi mis cuenta direcciones datos acceso zona facturas devoluciones favoritos seguridad pagos pago "
                "envios envíos suscripcion suscripción puntos"),
    "Italian": "mio miei il riservata indirizzi dati fatture resi preferiti sicurezza pagamenti spedizioni punti",
    "Portuguese": ("minha minhas meus conta enderecos endereços dados faturas devolucoes devoluções favoritos "
                   "seguranca segurança pagamentos entregas assinatura pontos"),
    "Dutch": "mijn gegevens adressen facturen retouren verlanglijst verlanglijstje",
    "Polish": "moje moj mój konto logowanie rejestracja zamowienia zamówienia adresy faktury",
    "Turkish": "hesabim hesabım giris giriş kayit kayıt siparisler siparişler adresler faturalar",
    "Finnish": "omat tili kirjaudu tilaukset osoitteet laskut",
    "Russian": "вход выход регистрация заказы заказ профиль кабинет личный настройки адреса корзина",
    "Greek": "σύνδεση εγγραφή παραγγελίες λογαριασμός",
}
CUSTOMER_SECTION_WORDS: FrozenSet[str] = SECTION_WORDS | _CUSTOMER | _CUSTOMERS | _with_canonical_forms(
    " ".join(_CUSTOMER_SECTIONS.values()))
# (closer 158) ... and a claim's or a policy's own pages under a claimant's or an insured's word (`/claimant/how-to-
# claim`, `/insured/documents`), by language.
CUSTOMER_SECTION_WORDS |= frozenset((
    "how to what why claim claims make start track status guide faq faqs help statement form forms documents upload "
    "policy policies cover quote quotes renew renewal contact "
    "schaden schadenmeldung melden dokumente hilfe sinistre declarer declaration aide siniestro parte ayuda "
    "sinistro denuncia aiuto schade melding").split())
# The endings of abstract and plural nouns that no name has, by language (`transactions`, `investments`,
# `Bestellungen`, `Einstellungen`, `suscripciones`, `configurações`): a word so ending names a page. Not a singular
# that a name has (`Clement`, `Jung`, `Concepción`, `Conceição`, `Felicity`).
_SECTION_NOUN_ENDINGS = ("tion", "tions", "sions", "ments", "ities", "ships", "ungen", "heit", "heiten", "keit",
                         "keiten", "ciones", "ções", "coes", "mentos", "dades", "zioni")
# What ends a slug inside its segment (a query, a fragment, a parameter, a blank, a quote).
_SLUG_END = re.compile(r"[?#&\s\"'<>]")
# A name's shape in a slug: one to four words of letters (the first two or more, then maybe an initial), joined by a
# dash, a low line, a dot, a plus or a blank (`quendrix-tarvenholm`, `jan-van-der-berg`, `solenne-b`, `Jo%20Ann`).
_NAME_SLUG = re.compile(r"[^\W\d_]{2,}+(?:[-_.+ ][^\W\d_]++){0,3}")
SLUG_WORD = re.compile(r"[^\W\d_]{2,}")  # (a letter alone beside digits is an id's: `48213075-S`)
_FILE = re.compile(r"\.(?:php|aspx?|jsp|html?|js|css|png|jpe?g|gif|svg|webp|ico|xml|txt|json|rss|atom)", re.IGNORECASE)
# What ends a URL in free text.
_URL_END = re.compile(r"[\s\"'<>]")

# (closer 104, fifty-fifth attack) A memorial's page, by language, and the deceased's slug after it: a name's words and
# the life's two years, birth before death (`/tribute/<name>-1941-2026/donate`). Without those years the
# segment after a memorial's word is a section or a fund's as often (`/in-memory/gift-aid`, `/tribute/create`).
MEMORIAL_WORDS: FrozenSet[str] = frozenset((
    "tribute tributes memorial memorials obituary obituaries in-memory inmemory in-memoriam inmemoriam remembrance "
    "gedenkseite gedenkseiten gedenken traueranzeige traueranzeigen nachruf nachrufe trauerfall "
    "hommage hommages deces avis-de-deces necrologie necrologies esquela esquelas obituario obituarios necrologio "
    "necrologi homenagem homenagens overlijdensbericht overlijdensberichten gedenkpagina nekrolog nekrologi "
    "wspomnienie").split())
# What else a memorial remembers over years, by language: a war, a battle, a disaster's victims (`/memorial/world-war-
# 1939-1945/`).
_REMEMBERED_EVENTS: FrozenSet[str] = frozenset((
    "war wars battle disaster victims veterans fallen krieg weltkrieg schlacht opfer guerre bataille victimes guerra "
    "batalla victimas vitimas caduti oorlog slachtoffers wojna ofiary").split())
_LIFE_SLUG = re.compile(r"[^\W\d_]{2,}+(?:[-_.+ ][^\W\d_]++){0,3}[-_.+ ]([12][0-9]{3})[-_.+ ]([12][0-9]{3})")
# (closer 104) A child's, a pupil's route, by language: a children's or pupils' word, a name's slug and a page of that
# child's school record (`#/kinder/<name>/stundenplan`). A shop's department of the same word goes on into
# its goods (`/kinder/jungen/schuhe`, `/kids/lego-city/sets`), never into a school's record.
CHILDREN_WORDS: FrozenSet[str] = frozenset((
    "child children kid kids pupil pupils student students kind kinder schueler schuler schüler enfant enfants "
    "eleve eleves élève élèves hijo hijos nino ninos niño niños alumno alumnos filho filhos aluno alunos figlio figli "
    "alunno alunni kinderen leerling leerlingen dziecko dzieci uczen uczniowie").split())
SCHOOL_RECORD_PAGES: FrozenSet[str] = frozenset((
    "timetable schedule grades marks homework attendance absences absence reports report-card reportcard "
    "stundenplan noten hausaufgaben fehlzeiten zeugnis zeugnisse vertretungsplan krankmeldung "
    "emploi-du-temps edt notes devoirs bulletin bulletins vie-scolaire horario notas deberes tareas faltas boletin "
    "calificaciones frequencia boletim orario voti compiti assenze pagella rooster cijfers huiswerk verzuim "
    "plan-lekcji oceny frekwencja zadania "
    # (closer 161, attack 75) a report's singular, a nursery's daily diary and a progress page, by language
    # (`/children/<slug>/report`, `#/kinder/<slug>/tagebuch`); not a notebook's word a shop sells (`diary`, `cahier`)
    "report progress learning-journal tagebuch kita-tagebuch entwicklungsbericht carnet-de-liaison diario-escolar "
    "heen-en-weerschrift dziennik dzienniczek").split())
# (closer 165, review 28) A shop's category under a children's department, by language: its goods, sizes and
# activities (`/children/shoes/report`, `/kinder/spielzeug/tagebuch`, `/kids/school-uniform/progress`); no child's
# name holds one of these words.
_SHOP_CATEGORY_WORDS: FrozenSet[str] = frozenset((
    "shoes boots trainers clothing clothes uniform uniforms swimwear toys books reading baby babies girl girls boy "
    "boys camp camps school nursery sale outlet accessories gifts games "
    "schuhe kleidung bademode spielzeug bucher buecher schuluniform baby madchen jungen "
    "chaussures vetements maillots jouets livres uniforme bebe fille filles garcon garcons "
    "zapatos ropa banadores juguetes libros nina ninas nino ninos "
    "scarpe abbigliamento costumi giocattoli libri divisa "
    "schoenen kleding badmode speelgoed boeken meisjes jongens buty odziez zabawki ksiazki").split())
# (closer 167, review 28) ... and a school report's other words by language (`/kinder/<slug>/bericht`)
SCHOOL_RECORD_PAGES |= frozenset(
    "bericht berichte lernbericht schulbericht rapport verslag informe informe-escolar relatorio pagelle raport "
    "swiadectwo".split())

# (closer 157, seventy-fourth attack: lettings) A letting agent's tenant or landlord, by language, singular or plural,
# before a name's slug of two words or more and a page of that tenancy's record (`/tenants/<given>-<family>/inventory`,
# `/landlords/<slug>/statements`); a lettings site's help pages go on into no such record (`/tenants/how-to-rent`).
TENANCY_PARTY_WORDS: FrozenSet[str] = frozenset((
    "tenant tenants landlord landlords mieter vermieter locataire locataires bailleur bailleurs inquilino inquilinos "
    "arrendador arrendadores casero caseros senhorio senhorios inquilini locatore locatori huurder huurders "
    "verhuurder verhuurders najemca najemcy wynajmujacy").split())
TENANCY_RECORD_PAGES: FrozenSet[str] = frozenset((
    "inventory statements statement documents deposit rent rent-account payments arrears references referencing "
    "tenancy agreement contract maintenance repairs invoices ledger mietvertrag kaution miete zahlungen "
    "abrechnungen nebenkosten dokumente inventaire quittances bail depot loyers documents contrato fianza recibos "
    "pagos contratto deposito canoni huurcontract borg betalingen facturen umowa kaucja platnosci "
    "mietabrechnung nebenkostenabrechnung betriebskostenabrechnung mietkonto").split())  # (closer 186: compounds)
# (a help page's slug holds a guide's words: `/tenants/how-to-rent/documents`, `/landlords/right-to-rent/checks`)
_TENANCY_GUIDE_WORDS: FrozenSet[str] = frozenset((
    "how to for and the your rent renting let letting lets guide guides right rights help faq apply new moving "
    "wie mieten comment louer como alquilar come affittare hoe huren jak wynajac "
    # (closer 196, review 32) ... a licence's, a free form's or a template's words (`/landlords/hmo-licensing/…`)
    "free template templates form forms sample samples hmo licence license licensing licences licenses "
    "vorlage vorlagen muster modele modeles plantilla plantillas modello modelli wzor wzory").split())


def _names_a_tenancy_party(segments: List[str], at: int) -> bool:
    """Whether the segments after a tenancy's party's word at `at` (TENANCY_PARTY_WORDS) are a name's slug of two
    words or more, then a page of that tenancy's record (a word of its slug one of TENANCY_RECORD_PAGES: closer 174)."""
    return at + 2 < len(segments) and not TENANCY_RECORD_PAGES.isdisjoint(  # (a page's words: `rent-statement`)
        SLUG_WORD.findall(_SLUG_END.split(segments[at + 2], 1)[0].lower())) and (
        len(words := SLUG_WORD.findall(segments[at + 1].lower())) >= 2 and _TENANCY_GUIDE_WORDS.isdisjoint(words)
        and _names_a_customer(segments[at + 1]))


# (closer 174, seventy-seventh attack: pets) A pet's owner or keeper, by language, singular or plural, before a name's
# slug of two words or more and a page of that owner's animals (`/owners/<given>-<family>/pets`, `/tierhalter/<slug>/
# tiere`); a car's or a home's owner goes on into no pet's page (`/owners/honda-civic/manuals`, `/owners/faq`).
PET_OWNER_WORDS: FrozenSet[str] = frozenset((
    "owner owners keeper keepers petowner petowners pet-owner pet-owners halter halterin tierhalter tierhalterin "
    "tierhalterinnen besitzer besitzerin tierbesitzer tierbesitzerin proprietaire proprietaires propriétaire "
    "propriétaires maitre maître dueno dueño duenos dueños propietario propietarios tutor tutora tutores "
    "proprietario proprietari padrone eigenaar eigenaren baasje baasjes wlasciciel wlasciciele").split())
PET_PAGES: FrozenSet[str] = frozenset((
    "pets pet animals animal vaccinations vaccines tiere tier haustiere haustier impfungen animaux animal vaccins "
    "mascotas mascota animales vacunas animali vaccinazioni animais vacinas huisdieren dieren vaccinaties "
    "zwierzeta zwierzęta szczepienia "
    # (closer 186, review 32) ... an owner's dogs or cats, or a pet's profile (`/owners/<slug>/dogs`)
    "dogs cats hunde katzen chiens chats perros gatos cani gatti honden katten psy koty pet-profile").split())
# ... and a pet sitter or a dog walker, by language: in the singular a name's slug of two words or more, maybe a town
# after it, is the sitter's profile (`/sitter/<given>-<family>-hamburg`); the plural is a directory's list of towns
# and services as often (`/petsitters/berlin`, `/sitters/dog-walking-london`), read as a profile's only with a
# profile's number glued to the slug (`/petsitters/<slug>-482736`). A pet service's or a guide's words name no sitter;
# a walker alone is a mobility aid's as often (`/walker/rollator-deluxe`), read only as a dog's.
PET_SITTER_PLURALS: FrozenSet[str] = frozenset((
    "sitters petsitters pet-sitters dogsitters dog-sitters catsitters cat-sitters dogwalkers dog-walkers "
    "tiersitters petsitteurs cuidadores paseadores passeadores oppassen hondenuitlaters").split())
_PET_SERVICE_WORDS: FrozenSet[str] = frozenset((
    "dog dogs cat cats pet pets puppy puppies kitten kittens animal animals walking walk walks walker walkers sitting "
    "sitter sitters sit boarding daycare day care grooming training house home visits visit drop overnight works "
    "become near hund hunde katze katzen welpe gassi betreuung tierbetreuung urlaub chien chiens chat chats garde "
    "promenade perro perros gato gatos paseo paseos cuidado cane cani gatto gatti hond honden kat katten uitlaten "
    "pies psy kot koty spacer").split()) | _TENANCY_GUIDE_WORDS


def _names_a_pet_party(segments: List[str], at: int) -> bool:
    """Whether the segments after a pet's owner's, keeper's or sitter's word at `at` (above) hold that person's slug:
    two name's words or more, none a pet service's nor a section's; after an owner's word a pet's page following it,
    after a sitter's plural a profile's number glued to it."""
    word = segments[at].lower()
    slug = _SLUG_END.split(segments[at + 1], 1)[0]
    if word in PET_OWNER_WORDS:
        if at + 2 >= len(segments) or _SLUG_END.split(segments[at + 2], 1)[0].lower() not in PET_PAGES:
            return False
    elif word in PET_SITTER_PLURALS:
        glued = _SLUG_THEN_ID.fullmatch(slug)
        if glued is None or _YEAR.fullmatch(glued.group(2)) is not None:
            return False
        slug = glued.group(1)
    else:
        slug = _USER_NUMBER_END.sub("", slug)
    words = SLUG_WORD.findall((unquote(slug) if "%" in slug else slug).lower())
    return len(words) >= 2 and (_PET_SERVICE_WORDS.isdisjoint(words) and _PET_GUIDE_WORDS.isdisjoint(words) and (
        _not_a_place_slug(words)) or _a_family_name_after_a_given_one(words)) and _names_a_customer(slug)


# (closer 196, review 32) What else an owner's or a sitter's directory files under its word, by meaning and language: a
# breed's word (`/owners/golden-retriever/pets`), a car's (`/owners/land-rover/…`), a trip's, and a carer's other
# charges and checks (`/sitter/background-check`, `/cuidador/adulto-mayor`, `/opiekunka/osob-starszych`).
_PET_GUIDE_WORDS: FrozenSet[str] = frozenset((
    "retriever retrievers terrier terriers spaniel spaniels collie collies poodle poodles labrador labradors bulldog "
    "bulldogs dachshund beagle beagles husky huskies pug pugs schnauzer chihuahua breed breeds schaferhund dackel "
    "pudel caniche bouledogue perro-salchicha "
    "car cars rover motor motors vehicle vehicles auto autos coche coches voiture voitures "
    "travel travelling traveling abroad holiday holidays vacation vacations insurance passport passports reise "
    "urlaub reisen voyage voyages viaje viajes viaggio vakantie podroz "
    "background check checks checked monitor monitors baby babies child children kids toddler toddlers infant "
    "elderly senior seniors elder elders kinder kind senioren ouderen bejaarden enfant enfants personnes agees "
    "nino ninos niños adulto adultos mayores ancianos bambini anziani dzieci dziecko osob osób starszych seniorzy "
    "opieka").split())


def _not_a_place_slug(words: List[str]) -> bool:
    """Whether a sitter's slug's `words` are no town's nor district's (closer 196): a known town's words
    (geography.TOWN_NAMES), a region's or a district's word (_REGION_WORDS: `/sitter/north-london`,
    `/oppas/utrecht-centrum`), or a Spanish article opening a town (`/sitter/los-angeles`) name a directory's page."""
    return " ".join(words) not in TOWN_NAMES and _REGION_WORDS.isdisjoint(words) and words[0] not in _TOWN_ARTICLES


_TOWN_ARTICLES: FrozenSet[str] = frozenset("los las".split())


# (closer 202, review 35) A region's, a county's or a carer's charge's word that is a family name as often (`North`,
# `South`, `Hampshire`, `Cheshire`, `Child`, `Senior`, `Kind`, `Kinder`), by language: a place's or a charge's word
# opens its page's slug (`north-london`, `senior-care`) or follows a place's or a breed's word (`london-north`,
# `border-collie`); after a word of a given name's shape it ends a person's name (`orla-north`, `susan-hampshire`).
_FAMILY_NAME_ENDINGS: FrozenSet[str] = frozenset(
    "north south east west nord sud ost child senior kind kinder elder".split())


def _a_family_name_after_a_given_one(words: List[str]) -> bool:
    """Whether a two-word slug on a person's route (a notice's, an owner's, a sitter's) is a given name's word and
    a family name that is a region's, a county's or a charge's word (above): the first no town's, region's, notice
    list's, pet guide's or service's word."""
    if len(words) != 2 or not (words[1] in _FAMILY_NAME_ENDINGS or words[1].endswith(_COUNTY_ENDING)):
        return False
    first = words[0]
    return len(first) >= 3 and first not in TOWN_NAMES and first not in _REGION_WORDS and first not in (
        _NOTICE_LIST_WORDS) and first not in _PET_GUIDE_WORDS and first not in _PET_SERVICE_WORDS and first not in (
        _TOWN_ARTICLES) and not first.endswith(_COUNTY_ENDING)


_PET_PARTY_WORDS = PET_OWNER_WORDS | PET_SITTER_WORDS | PET_SITTER_PLURALS

# (closer 122, sixty-second attack) Who a charity, a clinic or an insurer numbers as its own, by meaning and language:
# a donor, a supporter, a patient, a policyholder, a subscriber (closer 150), singular and plural. The segment after
# one of these words is that person's record when it is an id (_HOLDER_ID: `/donor/D-583914/receipts/`,
# `/patients/48213075/chart`); a word there is the site's section as often (`/donors/thank-you`, `/supporter/login`)
# and is not read, nor a year or a date (`/donors/2026/annual-report`, `/supporters/2025-26`).
_HOLDER_WORDS = {
    "English": "donor donors supporter supporters patient patients policyholder policyholders "
               # (closer 150: a publication's subscribers, `/subscribers/927461/invoices`)
               "subscriber subscribers",
    "German": "spender spenderin spenderinnen förderer foerderer patient patientin patienten "
              "versicherungsnehmer abonnent abonnenten",
    "French": "donateur donateurs donatrice donatrices patient patiente patients souscripteur souscripteurs abonne "
              "abonnes",
    "Spanish": "donante donantes paciente pacientes tomador tomadores suscriptor suscriptores",
    "Italian": "donatore donatori donatrice paziente pazienti contraente contraenti abbonato abbonati",
    "Portuguese": "doador doadores doadora doadoras paciente pacientes assinante assinantes",
    "Dutch": "donateur donateurs patiënt patient patiënten patienten verzekeringnemer abonnee abonnees",
    "Polish": "darczynca darczyńca darczyncy darczyńcy pacjent pacjenci prenumerator prenumeratorzy",
    # (closer 159, review 26: a publication's or a library's readers by language, `/readers/<number>/account`)
    "Readers": "reader readers leser leserin lecteur lecteurs lectrice lectrices lector lectores lettore lettori "
               "lezer lezers czytelnik czytelnicy",
}
HOLDER_WORDS: FrozenSet[str] = frozenset(" ".join(_HOLDER_WORDS.values()).split())
# A holder's id as a route's segment: maybe a few letters (glued or by `-`, `_`), then digits, maybe in dashed
# groups (`D-583914`, `DN583914`, `583914`, `D-7315-4482`); five digits at least (counted after the match).
_HOLDER_ID = re.compile(r"(?:[A-Za-z]{1,4}[-_]?)?[0-9]{1,12}(?:-[0-9]{1,12}){0,3}")
_HOLDER_ID_DIGITS = 5
_YEAR_FIRST = re.compile(r"(?:19|20)[0-9]{2}(?![0-9])")  # (a year, a season or a date opens the segment)


def _names_a_holder(slug: str) -> bool:
    """Whether `slug`, the segment after a holder's word (HOLDER_WORDS), is that holder's id (_HOLDER_ID), not a
    year, a season or a date."""
    return _HOLDER_ID.fullmatch(slug) is not None and sum(character.isdigit() for character in slug) >= (
        _HOLDER_ID_DIGITS) and _YEAR_FIRST.match(slug) is None


# (closer 155, seventy-second attack) A council's resident, by language, before a name's slug of two words or more and
# a permit's or a plate's id (_PERMIT_ID: digits, letters in runs of three at most:
# `/resident/<given>-<family>/<plate>`);
# a residents' area's pages are its services' (_RESIDENT_SERVICES) and go on into no such id
# (`/resident/council-tax/band-d`, `/resident/waste-recycling/calendar-2026`, `/permits/resident-zone-a`).
RESIDENT_WORDS: FrozenSet[str] = frozenset((
    "resident residents anwohner bewohner anwohnerin bewohnerin residente residentes residenti bewoner bewoners "
    "mieszkaniec mieszkancy").split())
_RESIDENT_SERVICES: FrozenSet[str] = frozenset((
    "parking permit permits zone zones visitor visitors waste recycling bin bins council tax housing services "
    "service bulky collection collections street streets parken parkausweis abfall muell mull stationnement dechets "
    "aparcamiento residuos parcheggio rifiuti parkeren afval parkowanie odpady").split())
_PERMIT_ID = re.compile(r"(?=[^/]{0,11}[0-9])(?:(?:[A-Za-z]{1,3}(?![A-Za-z])|[0-9]{1,8}(?![0-9]))-?){1,6}")


def _names_a_resident(segments: List[str], at: int) -> bool:
    """Whether the route's segments after a resident's word at `at` (RESIDENT_WORDS) are a name's slug of two words
    or more, none a section's or a service's, then a permit's or a plate's id that is no year (above)."""
    if at + 2 >= len(segments):
        return False
    slug = segments[at + 1]
    following = _SLUG_END.split(segments[at + 2], 1)[0]
    words = SLUG_WORD.findall(slug)
    return (len(words) >= 2 and _RESIDENT_SERVICES.isdisjoint(word.lower() for word in words)
            and _names_a_customer(slug) and _PERMIT_ID.fullmatch(following) is not None
            and _YEAR_FIRST.match(following) is None)


# (closer 123, sixty-third attack) A player's page on a game's stats site, by meaning and language: a summoner (League
# of Legends' word for its player, which names nothing else) before a name's segment, maybe after a server region's
# code (`/lol/summoner/euw/<name>-EUW1/matches`, `/summoners/kr/<name>`); a player, whose word names a video's
# player as often (`/player/embed/…`), only when the route goes on into that player's own pages (`/players/<name>/
# matches`). A game's lists and tools under the word are its sections (`/summoners/leaderboard`).
SUMMONER_WORDS: FrozenSet[str] = frozenset(
    "summoner summoners invocateur invocateurs beschworer beschwoerer beschwörer invocador invocadores evocatore "
    "evocatori".split())
PLAYER_WORDS: FrozenSet[str] = frozenset((
    "player players gamer gamers spieler spielerin joueur joueurs joueuse jugador jugadores jugadora giocatore "
    "giocatori jogador jogadores speler spelers gracz gracze").split())
# (closer 194, eighty-eighth attack: gambling) A tipster, a bettor whose picks a tips site shows, read as a player is,
# but only by a name's slug of two words or more (a tipster's sport or league heads its picks as often, `/tipsters/
# premier-league/picks`: none of its words a sport's, a competition's or a ranking's, TIP_TOPICS); a tipster's list
# or a year's best has no own page after it (`/tipsters/best-of-2026`).
TIPSTER_WORDS: FrozenSet[str] = frozenset((
    "tipster tipsters tippgeber tippster pronostiqueur pronostiqueurs pronosticador pronosticadores pronosticatore "
    "pronosticatori typer typerzy").split())
TIP_TOPICS: FrozenSet[str] = frozenset((
    "league leagues liga ligue lega cup pokal coupe copa coppa premier champions bundesliga serie football soccer "
    "fussball futbol calcio voetbal pilka tennis racing horse horses greyhounds golf darts snooker cricket rugby "
    "basketball hockey nfl nba nhl mlb ufc boxing esports top best free today tomorrow weekend daily expert experts "
    "tips picks betting accumulator acca").split())
# (closer 202, review 35) ... and a race meeting's, a tournament's, a market's or a ranking's words by language, read
# beside TIP_TOPICS on a tipster's route only (`/tipsters/grand-national/tips`, `/tipsters/each-way/tips`,
# `/tipsters/both-teams-to-score/tips`, `/typerzy/ekstraklasa-dzis/typy`).
TIP_MARKETS: FrozenSet[str] = frozenset((
    "national festival ascot derby grand royal kentucky cheltenham madness bowl nations formula open masters final "
    "finals wimbledon augusta ekstraklasa both teams score over under each way value bets correct lay draw in-play "
    "play high odds profitable most new tipsters heute dzis hoy oggi vandaag").split())
PLAYER_PAGES: FrozenSet[str] = frozenset((
    "matches match-history matchhistory history games stats statistics overview performance ranked champions heroes "
    "agents weapons maps mastery live-game livegame ingame season seasons trophies achievements clips "
    "spiele partien statistiken historique partidas estadisticas partite statistiche wedstrijden mecze "
    # (a tipster's own pages: its picks, its tips, its bets, its record; closer 194)
    "picks tips bets record tipps wetten pronostics pronosticos pronostici typy").split())
_GAME_SECTIONS: FrozenSet[str] = frozenset((
    "leaderboard leaderboards ranking rankings ladder search multisearch multi-search compare spells champions "
    "tier tierlist tier-list stats statistics").split())
# A server region's or a platform's code as its own segment (`euw`, `na1`, `eune`, `kr`, `pc`, `psn`, `xbl`).
_REGION = re.compile(r"[a-z]{2,4}[0-9]?")


def _names_a_player(segments: List[str], at: int) -> bool:
    """Whether the route's segments after a summoner's or a player's word at `at` (above) hold a player's name: past a
    region's code, a segment naming a person that is no game's section; after a player's word only when a player's
    page follows it."""
    name_at = at + 1
    if _REGION.fullmatch(_SLUG_END.split(segments[name_at], 1)[0].lower()) is not None:
        if name_at + 1 == len(segments) or not _goes_on(segments[name_at + 1]):
            return False  # (a region's own page: `/summoners/euw`)
        name_at += 1
    slug = _SLUG_END.split(segments[name_at], 1)[0]
    if not slug or not _names_a_person(slug) or slug.lower() in _GAME_SECTIONS:
        return False
    if segments[at].lower() in TIPSTER_WORDS and (len(words := SLUG_WORD.findall(slug.lower())) < 2 or any(
            char.isdigit() for char in slug) or not (TIP_TOPICS.isdisjoint(words) and TIP_MARKETS.isdisjoint(words))):
        return False  # (a tipster's by a name's slug only: closer 194)
    return segments[at].lower() in SUMMONER_WORDS or name_at + 1 < len(segments) and (
        _SLUG_END.split(segments[name_at + 1], 1)[0].lower() in PLAYER_PAGES)


def _names_the_deceased(slug: str) -> bool:
    """Whether `slug`, the segment after a memorial's word, is a name's words and the life's years (_LIFE_SLUG), no
    word a section's or an event's a memorial remembers (_REMEMBERED_EVENTS)."""
    slug = unquote(slug) if "%" in slug else slug
    match = _LIFE_SLUG.fullmatch(slug)
    return match is not None and 0 <= int(match.group(2)) - int(match.group(1)) <= 120 and not any(
        word in SECTION_WORDS or word in _REMEMBERED_EVENTS for word in SLUG_WORD.findall(slug.lower()))


# (closer 145, sixty-eighth attack) A death notice's page besides a memorial's, by language (rip.ie's `/death-notice/`,
# a condolence book's `/kondolenzbuch/`), and a single notice's word: after that word a name's slug is that notice's
# page (`/esquela/<name>/`); a memorial's or a tribute's word names a shop's goods as often (`/memorial/benches`), and
# is read before a name only in a notice's layouts (_names_a_notice).
_NOTICE_WORDS: FrozenSet[str] = frozenset((
    "death-notice death-notices deathnotice deathnotices funeral-notice funeral-notices condolence condolences "
    "condolence-book kondolenzbuch kondolenz kondolenzen todesanzeige todesanzeigen sterbefall rouwbericht "
    "rouwberichten condoleances condoléances condolencias condoglianze kondolencje klepsydra klepsydry "
    "dodsannons dödsannons dodsannonser dödsannonser").split())
_SINGLE_NOTICE_WORDS: FrozenSet[str] = frozenset((
    "obituary obituario necrologio nekrolog nachruf traueranzeige todesanzeige esquela death-notice deathnotice "
    "funeral-notice avis-de-deces overlijdensbericht rouwbericht klepsydra dodsannons dödsannons").split())
# A notice's own pages after the deceased's slug, by language (a condolence book, a guest book, a service's details,
# photos, flowers sent): the route then is that person's notice.
_NOTICE_PAGES: FrozenSet[str] = frozenset((
    "condolences condolence guestbook guest-book guestbooks tributes memories photos gallery service services "
    "service-details funeral flowers donations donate candles candle share timeline life-story "
    "kondolenzbuch kondolenzen kondolieren gastebuch gaestebuch gästebuch kerzen kerze blumen trauerfeier "
    "condoleances condoléances livre-d-or livre-de-condoleances bougies fleurs obseques obsèques "
    "condolencias libro-de-condolencias velas flores condoglianze libro-condoglianze candele fiori "
    "condolencias condolências livro-de-condolencias condoleances condoleanceregister kaarsen bloemen "
    "kondolencje znicze kwiaty").split())
# What a shop or a notice site sells or shows under a notice's word (`/obituary/templates`, `/esquela/ejemplos`):
# section words besides the site's own (SECTION_WORDS).
_NOTICE_SECTIONS: FrozenSet[str] = frozenset((
    "template templates example examples sample samples writing write writer guide guides tips poem poems quotes "
    "verses wording format printing print card cards program programs programme frame frames funeral funerals home "
    "homes director directors recent latest today yesterday week month year archive archives local national city "
    "cities state states county counties town towns place places notice notices obituary obituaries name names "
    "submit place-a-notice publish policy pricing cost costs "
    # (the lead's review of closer 174: a list's kind, and a saint's or a king's word opening a town, `/obituaries/
    # notable-deaths`, `/obituaries/st-albans`, `/obituaries/kings-lynn`)
    "notable famous celebrity celebrities deaths death search browse st saint sankt san santa kings queens "
    "vorlage vorlagen muster beispiel beispiele texte spruche sprüche aufgeben suche "
    "modele modeles modèles exemple exemples plantilla plantillas ejemplo ejemplos modelo modelos frases "
    "buscar publicar esquelas modello modelli esempi wzor wzory przyklady").split()) | SECTION_WORDS
# A notice's date or a grave's memorial id as a segment between the word and the name (`/2026/11/14/`, `/529183163/`).
_NUMBER_SEGMENT = re.compile(r"[0-9]{1,12}")
_MEMORIAL_ID_DIGITS = 5
# A notice's slug: a name's words (two or more, maybe with a place's) then a notice's number of five digits or more
# (`<name>-<town>-<county>-638147`).
_NUMBERED_NOTICE = re.compile(r"([^\W\d_]{2,}+(?:[-_][^\W\d_]++){1,7})[-_][0-9]{5,12}")


def _names_a_notice(segments: List[str], at: int) -> bool:
    """Whether the route after a memorial's or a notice's word at `at` names the deceased (closer 145): past a date's
    or an id's number segments, a life's slug (_names_the_deceased), a name's slug after a grave's memorial id, after
    a `name` segment, before a notice's own page (_NOTICE_PAGES), with a notice's number (_NUMBERED_NOTICE), or ending
    the route after a single notice's word."""
    name_at = at + 1
    memorial_id = False
    while name_at < len(segments) - 1 and name_at - at <= 4 and _NUMBER_SEGMENT.fullmatch(segments[name_at]):
        memorial_id = memorial_id or len(segments[name_at]) >= _MEMORIAL_ID_DIGITS
        name_at += 1
    slug = _SLUG_END.split(segments[name_at], 1)[0]
    if not slug:
        return False
    if name_at > at + 1 and _names_the_deceased(slug):
        return True
    if slug.lower() == "name" and name_at + 1 < len(segments):
        return _names_in_a_notice(_SLUG_END.split(segments[name_at + 1], 1)[0], 1)
    numbered = _NUMBERED_NOTICE.fullmatch(slug)
    if numbered is not None:
        words = SLUG_WORD.findall(numbered.group(1).lower())  # (a name and a place: no name's shape's bound)
        return len(words) >= 2 and not any(word in _NOTICE_SECTIONS for word in words)
    if memorial_id:
        return _names_in_a_notice(slug, 2)
    if name_at + 1 < len(segments) and _SLUG_END.split(segments[name_at + 1], 1)[0].lower() in _NOTICE_PAGES:
        return _names_in_a_notice(slug, 2)
    ends = name_at + 1 == len(segments) or name_at + 2 == len(segments) and not _goes_on(segments[name_at + 1])
    # (closer 186, review 32: past a date's segments too, `/obituaries/2026/03/<slug>`, as news sites file them)
    if ends and segments[at].lower() in _NOTICES_OF_NAMES:
        return _a_notices_name(slug)
    return ends and segments[at].lower() in _SINGLE_NOTICE_WORDS and _names_in_a_notice(slug, 2)


# (closer 174, review 27) A notice site's list of notices, by language, whose route's last segment is one notice's
# slug: the deceased's name's words, maybe their age and their town (`/obituaries/<given>-<family>-40-leeds`,
# `/death-notices/<given>-<family>`); a town's or a section's page there is one word, or a known town's words
# (`/obituaries/leeds`, `/obituaries/search`, `/death-notices/how-to-place`, `/obituaries/milton-keynes`).
_NOTICES_OF_NAMES: FrozenSet[str] = frozenset((
    "obituaries death-notices deathnotices funeral-notices traueranzeigen todesanzeigen avis-de-deces necrologies "
    "esquelas obituarios necrologi overlijdensberichten rouwberichten nekrologi").split())
_NAME_AGE_TOWN = re.compile(r"([^\W\d_]{2,}+(?:[-_][^\W\d_]++){1,3})[-_]([0-9]{1,3})(?:[-_][^\W\d_]++){0,3}")


# A region's words, by language: a county's or a region's page (`/obituaries/west-yorkshire`), no name's.
_REGION_WORDS: FrozenSet[str] = frozenset((
    "north south east west northern southern eastern western central greater upper lower county region district "
    "borough city valley coast nord sud süd ost est oeste norte sur kreis landkreis "
    # (closer 196, review 32) ... an island's, a cape's, a river's falls and rapids, a border's country, a district's
    # centre, by language, and the words joining a French town's (`isle-of-wight`, `cape-cod`, `grand-rapids`,
    # `scottish-borders`, `berlin-mitte`, `ile-de-france`, `aix-en-provence`)
    "isle isles island islands ile île iles îles insel inseln isla islas isola isole ilha eiland wyspa cape capes "
    "cap cabo kap capo falls rapids springs heights borders highlands lowlands midlands riviera mitte zentrum centrum "
    "centro centre center innenstadt altstadt en sur sous les lès").split())
# (closer 196, review 32) What a notice list files besides towns, by meaning and language: a kind of the deceased, a
# service of the site, a newspaper's title word or a country's (`/obituaries/sports-stars`, `/obituaries/send-flowers`,
# `/death-notices/evening-standard`, `/esquelas/el-pais`); a county's name ends in `shire` (`yorkshire-post`).
_NOTICE_LIST_WORDS: FrozenSet[str] = frozenset((
    "sports sport stars athletes veterans veteran war wars military soldiers heroes police firefighters musicians "
    "actors artists leaders send order buy flowers gifts "
    "times standard herald gazette chronicle tribune telegraph journal echo mail courier examiner observer "
    "guardian independent express mercury advertiser argus bulletin zeitung anzeiger tagblatt kurier rundschau "
    "nieuwsblad dagblad krant gazzetta corriere quotidien diario periodico periódico gazeta pais país pays "
    "paese").split())
_COUNTY_ENDING = "shire"


def _a_notices_name(slug: str) -> bool:
    """Whether `slug`, a notice list's last segment, is one notice's: a name's words (two or three, none a section's
    nor a known town's), maybe an age and a town after them (_NAME_AGE_TOWN)."""
    slug = unquote(slug) if "%" in slug else slug
    aged = _NAME_AGE_TOWN.fullmatch(slug)
    name = slug if aged is None else aged.group(1)
    words = SLUG_WORD.findall(name.lower())
    return 2 <= len(words) <= 3 and (" ".join(words) not in TOWN_NAMES and _REGION_WORDS.isdisjoint(words) and (
        _NOTICE_LIST_WORDS.isdisjoint(words)) and not any(word.endswith(_COUNTY_ENDING) for word in words) or (
        _a_family_name_after_a_given_one(words))) and (_names_in_a_notice(name, 2)) and (
        aged is None or 0 < int(aged.group(2)) <= 120)


def _names_in_a_notice(slug: str, fewest_words: int) -> bool:
    """Whether `slug` in a notice's route is a name's: `fewest_words` words or more, a name's shape (_names_a_customer)
    but for a notice's word ending it (`<name>-obituary`), none a notice site's section (_NOTICE_SECTIONS)."""
    slug = unquote(slug) if "%" in slug else slug
    words = SLUG_WORD.findall(slug.lower())
    if words and (words[-1] in MEMORIAL_WORDS or words[-1] in _SINGLE_NOTICE_WORDS):
        words.pop()
    return len(words) >= fewest_words and _names_a_customer(slug) and not any(
        word in _NOTICE_SECTIONS for word in words)


# (closer 145) A DNA match's page on a genealogy site: a match's or a relative's word in the singular after a DNA
# segment (`/dna/match/<slug>`), by language; the slug a name's, maybe with the centimorgans shared (`-1742cm`). The
# plural is the list's page (`/dna/matches`).
_DNA_WORDS: FrozenSet[str] = frozenset("dna adn dna-matches".split())
_MATCH_WORDS: FrozenSet[str] = frozenset((
    "match relative cousin treffer verwandter verwandte correspondance parent coincidencia pariente "
    "corrispondenza parente correspondencia wedstrijd verwant dopasowanie krewny").split())
_SHARED_CM = re.compile(r"[-_ ][0-9][0-9,.]{0,8}(?:cm|cM|CM)\Z")
# (closer 238, review 36) A family tree's own route word, by language (not a tree's alone, a plant shop's as often): the
# slug after it a name's of two words or more is the tree's person's (`/family-tree/<given>-<family>`; a public
# person's too, `/family-tree/abraham-lincoln`: only a list of public people tells them apart, the price).
_FAMILY_TREE_ROUTES: FrozenSet[str] = frozenset((
    "family-tree familytree family_tree stammbaum stamboom arbre-genealogique arbol-genealogico albero-genealogico "
    "slakttrad slaegtstrae slektstre").split())


def _a_tree_persons_slug(slug: str) -> bool:
    """(closer 238) Whether `slug` after a family tree's route word is its person's: a name's slug of two or three
    words (_names_in_a_notice), not all common words, as genealogy._a_names_shape reads a name (`/family-tree/wall-art`
    is a print's)."""
    words = SLUG_WORD.findall(slug.lower())
    return 2 <= len(words) <= 3 and _names_in_a_notice(slug, 2) and not all(
        a_common_word(word, ending="") for word in words) and not only_common_words(" ".join(words), ("s", "d", "ed"))


def _names_a_match(slug: str) -> bool:
    """Whether `slug` after a DNA match's word names the match: a name's slug of two words or more, none a section's,
    once the centimorgans shared are cut off its end (_SHARED_CM)."""
    return _names_in_a_notice(_SHARED_CM.sub("", slug), 2)


def _names_a_person(slug: str) -> bool:
    """Whether `slug`, the segment after a person's word, is a person's: a word in it (two letters or more) not a
    section's, not a file, nor a page of a vocabulary's words (_a_vocabularys_page)."""
    if "%" in slug:
        slug = unquote(slug)
    if len(slug) > 120 or _FILE.search(slug) is not None:
        return False
    unlisted = [word for word in SLUG_WORD.findall(slug.lower()) if word not in SECTION_WORDS]
    return bool(unlisted) and not _a_vocabularys_page(unlisted)


def _a_vocabularys_page(words: List[str]) -> bool:
    """(closer 228, review 44) Whether a slug's `words` besides its sections' are a page's of an open vocabulary, no
    one's (`/members/offers`, `/members/exclusive-deals`): each a common word of a language (given_names.
    only_common_words, the first no known given name), the last no English word in the singular, which a user's
    handle is as often (`/u/dragon`). The price: a handle of such words in the plural (`/u/dragons`) goes out."""
    return only_common_words(" ".join(words)) and (
        not a_common_word(words[-1], ending="") or a_common_word_of_a_language(words[-1]))


def _names_a_customer(slug: str) -> bool:
    """Whether `slug`, the segment after a customer's word, is a person's: a name's shape (_NAME_SLUG), none of its
    words a customer area's section's nor a noun's of a page (_SECTION_NOUN_ENDINGS), not a file."""
    if "%" in slug:
        slug = unquote(slug)
    return _NAME_SLUG.fullmatch(slug) is not None and _FILE.search(slug) is None and not any(
        word in CUSTOMER_SECTION_WORDS or len(word) >= 6 and word.endswith(_SECTION_NOUN_ENDINGS)
        for word in SLUG_WORD.findall(slug.lower()))


def _names_a_reviewer(slug: str) -> bool:
    """Whether `slug`, the segment after a reviews' word and `by`, is a person's: a customer's slug (above) of two
    words or more."""
    words = SLUG_WORD.findall(slug.lower())
    return len(words) >= 2 and not any(word in REVIEW_ORDER_WORDS for word in words) and _names_a_customer(slug)


# (closer 160, seventy-sixth attack: marketplaces) A user's page under a user's abbreviation (eBay's `/usr/<slug>`):
# `/usr/` opens a file system's paths as often (`/usr/local/bin`, `/usr/share/doc`), so only a slug of two name's
# words or more (`<given>.<family>`), none a section's nor a file system's, names its user there.
USER_ABBREVIATIONS: FrozenSet[str] = frozenset({"usr"})
_SYSTEM_FOLDERS: FrozenSet[str] = frozenset(
    "local share lib lib64 libexec bin sbin include src etc opt var tmp doc docs man games java python perl".split())


# (closer 167, review 28) A user's number or birth year after the name's words (`<given>-<family>-1982`, `…-77`), which
# a user name adds where the name is taken: read away before the slug's words.
_USER_NUMBER_END = re.compile(r"[-_.][0-9]{1,4}\Z")


def _names_a_user(slug: str) -> bool:
    """Whether `slug`, the segment after a user's abbreviation (USER_ABBREVIATIONS), is a person's: a customer's slug
    of two words or more, none a file system's folder's (a number ending it read away: _USER_NUMBER_END)."""
    slug = _USER_NUMBER_END.sub("", slug)
    words = SLUG_WORD.findall(slug.lower())
    return len(words) >= 2 and _SYSTEM_FOLDERS.isdisjoint(words) and _names_a_customer(slug)


def route_names_a_person(path: str) -> bool:
    """Whether a URL's path, or a fragment's route, holds a person's slug after a person's word or a customer's
    (above); a percent-encoded path read decoded too."""
    if _route_holds_a_person(path):
        return True
    if "%" not in path:
        return False
    decoded = unquote(path)
    return decoded != path and _route_holds_a_person(decoded)


def _route_holds_a_person(path: str) -> bool:
    """route_names_a_person on `path` as given: each segment (between `/`) looked up once in the words' sets, the
    slug after a person's or a customer's word read (the plural's only when a segment goes on after it)."""
    segments = path.split("/")
    for at in range(len(segments) - 1):
        word = segments[at].lower()
        if word in MEMORIAL_WORDS and _names_the_deceased(segments[at + 1].partition("?")[0].partition("#")[0]):
            return True
        if (word in MEMORIAL_WORDS or word in _NOTICE_WORDS) and _names_a_notice(segments, at):
            return True
        if word in _MATCH_WORDS and at > 0 and segments[at - 1].lower() in _DNA_WORDS and _names_a_match(
                _SLUG_END.split(segments[at + 1], 1)[0]):
            return True
        if word in CHILDREN_WORDS and at + 2 < len(segments) and (
                _SLUG_END.split(segments[at + 2], 1)[0].lower() in SCHOOL_RECORD_PAGES) and (
                _names_a_customer(segments[at + 1]) or _names_a_holder(segments[at + 1])) and (
                _SHOP_CATEGORY_WORDS.isdisjoint(SLUG_WORD.findall(segments[at + 1].lower()))):
            return True  # (a child's name's slug, or a pupil's number: `/students/<number>/grades`, closer 161)
        if word in HOLDER_WORDS and _names_a_holder(_SLUG_END.split(segments[at + 1], 1)[0]) or (
                word in RESIDENT_WORDS and _names_a_resident(segments, at)) or (  # (closer 155: a permit's resident)
                # (closer 160: a user's page under `/usr/`)
                word in USER_ABBREVIATIONS and _names_a_user(_SLUG_END.split(segments[at + 1], 1)[0])):
            return True
        if (word in SUMMONER_WORDS or word in PLAYER_WORDS or word in TIPSTER_WORDS) and _names_a_player(
                segments, at) or (
                # (a verification's applicant: closer 184)
                word in APPLICANT_WORDS and _APPLICANT_ID.fullmatch(_SLUG_END.split(segments[at + 1], 1)[0])):
            return True
        if word in REVIEW_WORDS and at + 2 < len(segments) and segments[at + 1].lower() in BY_WORDS and (
                _names_a_reviewer(_SLUG_END.split(segments[at + 2], 1)[0])):
            return True
        if word in RECORD_WORDS and _names_a_record(segments, at) or (
                word in _BOOKING_OR_SCHEDULING and _names_a_host(segments, at)) or (  # (a booking page's host: 149)
                word in _ENTRANTS_OR_MEMBERS and _an_entrant_or_a_member(segments, at)) or (  # (closer 152: a runner's)
                word in TENANCY_PARTY_WORDS and _names_a_tenancy_party(segments, at)) or (  # (closer 157: a tenancy's)
                word in _PET_PARTY_WORDS and _names_a_pet_party(segments, at)) or (  # (closer 174: a pet's people)
                # (closer 238: a family tree's person's page)
                word in _FAMILY_TREE_ROUTES and _a_tree_persons_slug(_SLUG_END.split(segments[at + 1], 1)[0])):
            return True
        if word not in PERSON_WORDS and word not in _CUSTOMER and word not in _CUSTOMERS:
            continue
        segment = segments[at + 1]
        end = _SLUG_END.search(segment)
        slug = segment if end is None else segment[:end.start()]
        if not slug:
            continue
        if word in PERSON_WORDS:
            if _names_a_person(slug):
                return True
        elif (word in _CUSTOMER or end is None and at + 2 < len(segments) and _goes_on(segments[at + 2])) and (
                _names_a_customer(slug)):
            return True
    return False


# (closer 184, eighty-fourth attack: exchanges) A verification's applicant (`#/applicant/<id>/basicInfo`, a KYC
# dashboard's route): an id of six letters and digits or more, a digit among them, is that person's record
# (`/applicants/new` is a page). (A referral's code after its route's word is referral_links'.)
APPLICANT_WORDS: FrozenSet[str] = frozenset(
    "applicant applicants antragsteller candidat solicitante richiedente".split())
_APPLICANT_ID = re.compile(r"(?=[A-Za-z0-9_-]{0,63}[0-9])[A-Za-z0-9][A-Za-z0-9_-]{5,63}")


# (closer 142, sixty-ninth attack: CRMs) A CRM's or a records system's word for a person's record, by meaning and
# language (a contact, a lead, a prospect, a person, a candidate, a patient, a customer), before that record's id and
# its name's slug (`/contacts/391846/<given>-<family>/activity`, `#/contacts/391846/<slug>`), or before the slug with
# the id glued after it (`/leads/<given>-<family>-391846/edit`). The slug has a name's shape of two words or more,
# none a section's (`/contacts/123/edit`, `/contacts/123/activity`, `/contacts/import-csv`, `/people/team` are none).
_RECORD_WORDS = {
    "English": "contact contacts lead leads prospect prospects person persons people",
    "German": "kontakt kontakte interessent interessenten ansprechpartner personen",
    "French": "prospect prospects personne personnes",
    "Spanish": "contacto contactos prospecto prospectos persona personas",
    "Italian": "contatto contatti persona persone",
    "Portuguese": "contato contatos contacto contactos pessoa pessoas",
    "Dutch": "contactpersoon contactpersonen persoon personen",
    "Polish": "kontakt kontakty osoba osoby",
}
# (closer 152, seventy-first attack: sports) A race's runner and a fitness app's or a club's athlete, by language: in
# the singular before a name's slug of two words or more (ENTRANT_WORDS: `/results/2026/berlin/runner/<given>-<family>`,
# `/athlete/<given>-<family>/activities`); one word is a public athlete's page or a shop's as often
# (`/athlete/kipchoge`, `/runner/shoes/…`), and a plural a team's list (`/athletes/eliud-kipchoge`), read as a record's
# only (an id first).
_ENTRANTS = {
    "English": "runner athlete", "German": "läufer läuferin laeufer laeuferin athlet athletin",
    "French": "coureur coureuse athlete", "Spanish": "corredor corredora atleta", "Italian": "podista atleta",
    "Portuguese": "corredor corredora atleta", "Dutch": "loper atleet", "Swedish": "löpare", "Norwegian": "løper",
}
ENTRANT_WORDS: FrozenSet[str] = frozenset(" ".join(_ENTRANTS.values()).split())
_ENTRANT_PLURALS = frozenset(("runners athletes laufer athleten coureurs athletes corredores atletas podisti atleti "
                              "lopers atleten").split())
# A result's or an athlete's page, by language: the entrant's slug is read only before one
# (`/athlete/<slug>/activities`) or under one (`/results/2026/berlin/runner/<slug>`): a shop's `/runner/road-shoes`,
# `/athlete/trail-running/shoes` are none.
_ENTRANT_PAGES = frozenset((
    "results result activities activity stats statistics profile training workouts races race segments times splits "
    "certificate finishers leaderboard ranking rankings ergebnisse ergebnis urkunde resultats resultat classement "
    "resultados resultado clasificacion risultati classifica uitslagen uitslag resultat tulokset").split())
# ... and a club's member by their number (`/members/<number>/profile`), by language: a number of four digits or more,
# not a year, right after a member's word, is the member's (a gym's, a club's membership number).
_MEMBERS = frozenset(("member members mitglied mitglieder membre membres miembro miembros socio socios soci membro "
                      "membri lid leden medlem medlemmer medlemmar jasen").split())
_MEMBER_NUMBER = re.compile(r"[0-9]{4,12}")
_ENTRANTS_OR_MEMBERS = ENTRANT_WORDS | _MEMBERS
RECORD_WORDS: FrozenSet[str] = (frozenset(" ".join(_RECORD_WORDS.values()).split()) | _CUSTOMER | _CUSTOMERS
                                | ENTRANT_WORDS | _ENTRANT_PLURALS)
# (a record's id: a number, a UUID, a Salesforce id)
_RECORD_ID = re.compile(r"[0-9]{3,20}|[0-9a-f]{8}-[0-9a-f-]{27}|[A-Za-z0-9]{15,18}")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_SLUG_THEN_ID = re.compile(r"([^\W\d_]{2,}(?:[-_.+][^\W\d_]{1,}){1,3})[-_]([0-9]{3,20})")


def _names_a_record(segments: List[str], at: int) -> bool:
    """Whether the route's segments after a record's word at `at` (RECORD_WORDS) hold a person's record: an id, then
    a name's slug of two words or more; or that slug with the id glued after it."""
    following = _SLUG_END.split(segments[at + 1], 1)[0]
    glued = _SLUG_THEN_ID.fullmatch(following)
    if glued is not None:
        return _a_record_name(glued.group(1))
    if at + 2 >= len(segments) or _RECORD_ID.fullmatch(following) is None or not any(
            character.isdigit() for character in following) or _YEAR.fullmatch(following) is not None:
        return False  # (a year is a list's: `/people/2026/speakers`)
    return _a_record_name(_SLUG_END.split(segments[at + 2], 1)[0])


# (closer 159, review 26) A runner's or an athlete's goods' and training's words, by language (lower case): a shop's
# section after a runner's word, no name's slug (`/runner/trail-shoes/results`, `/athlete/strength-training/…`).
ENTRANT_GOODS_WORDS: FrozenSet[str] = frozenset((
    "shoe shoes trainers spikes trail road track running run runs training strength gear apparel socks shorts "
    "tights jacket jackets vest watch watches nutrition gels plan plans race racing cross country fitness cycling "
    "triathlon swim swimming laufschuhe schuhe laufen lauf training zapatillas correr chaussures course scarpe corsa "
    "hardloopschoenen hardlopen").split())


def _an_entrant_or_a_member(segments: List[str], at: int) -> bool:
    """Whether the route's segments after an entrant's or a member's word at `at` hold a runner's or an athlete's
    page (ENTRANT_WORDS: a name's slug of two words or more, a result's or an athlete's page after it or before the
    word) or a member's number (_MEMBERS)."""
    following = _SLUG_END.split(segments[at + 1], 1)[0]
    if segments[at].lower() in _MEMBERS:
        return _MEMBER_NUMBER.fullmatch(following) is not None and _YEAR.fullmatch(following) is None
    if not _a_record_name(following) or not ENTRANT_GOODS_WORDS.isdisjoint(SLUG_WORD.findall(following.lower())):
        return False
    after = _SLUG_END.split(segments[at + 2], 1)[0].lower() if at + 2 < len(segments) else ""
    return after in _ENTRANT_PAGES or not _ENTRANT_PAGES.isdisjoint(segment.lower() for segment in segments[:at])


def _a_record_name(slug: str) -> bool:
    """Whether `slug` is a name's of two words or more, none a section's (_names_a_customer)."""
    return len(SLUG_WORD.findall(slug)) >= 2 and _names_a_customer(slug)


# (closer 149, sixty-ninth attack: scheduling tools) A booking page's route word (`/meet/<given>-<family>/30min`, a
# CRM's own scheduling pages): the segment after it is the host's slug, a person's by default, before the meeting's
# type; a team's, a department's or a meeting's own word in it makes it a team's page (`/meet/sales-team/30min`,
# `/meet/acme-demo/intro`: SCHEDULING_TEAM_WORDS), as a section's does.
BOOKING_ROUTE_WORDS: FrozenSet[str] = frozenset("meet".split())
# (closer 154) A booking's or a scheduling page's word by language, as `meet`; a shop's book, a hotel's booking name a
# product or a room as often (`/book/harry-potter/paperback`, `/booking/hotel-sacher/rooms`): after these the host's
# slug comes before a meeting's type only, a duration (`30min`, `1h`) or a meeting's word (MEETING_TYPE_WORDS).
SCHEDULING_ROUTE_WORDS: FrozenSet[str] = frozenset((
    "book booking schedule scheduling appointment appointments termin termine terminbuchung rdv rendez-vous reservar "
    "cita citas agendar prenota prenotazione afspraak boeken agendamento agendar rezerwacja").split())
MEETING_TYPE_WORDS: FrozenSet[str] = frozenset((
    "call calls intro introduction meeting meetings chat consultation consult discovery demo session sessions "
    "appointment catchup catch sync checkin check review interview onboarding coaching kickoff kick "
    "gesprach gespraech termin beratung erstgesprach reunion llamada cita consulta entretien appel rendez rdv "
    "riunione chiamata consulenza colloquio afspraak gesprek kennismaking reuniao chamada spotkanie rozmowa").split())
_DURATION = re.compile(r"[0-9]{1,3}[-_]?(?:min|mins|minute|minutes|minuten|minutos|minuti|m|h|hr|hrs|hour|hours|std)"
                       r"(?![^\W\d_])", re.IGNORECASE)
# A team's, a department's or a meeting's own words in a scheduling link's slug, by meaning and language (lower case):
# no person's page.
SCHEDULING_TEAM_WORDS: FrozenSet[str] = frozenset((
    "team teams sales support demo demos intro onboarding success service services office group groups company "
    "org hr recruiting talent hiring marketing partners partner billing accounts enterprise product consulting "
    "consultation discovery meeting meetings call calls booking bookings book schedule appointments appointment "
    "info hello contact us our the events event webinar webinars training trial "
    "vertrieb beratung equipo ventas equipe ventes squadra vendite verkoop").split())
_BOOKING_OR_SCHEDULING = BOOKING_ROUTE_WORDS | SCHEDULING_ROUTE_WORDS


def _names_a_host(segments: List[str], at: int) -> bool:
    """Whether the segment after a booking page's word at `at` (BOOKING_ROUTE_WORDS) is a person's slug before a
    meeting's type: a name's shape, none of its words a section's or a team's."""
    if at + 2 >= len(segments) or not _goes_on(segments[at + 2]):
        return False
    slug = _SLUG_END.split(segments[at + 1], 1)[0]
    if segments[at].lower() in SCHEDULING_ROUTE_WORDS and not _a_meeting_type(segments[at + 2]):
        return False
    return _names_a_customer(slug) and not any(
        word in SCHEDULING_TEAM_WORDS for word in SLUG_WORD.findall(slug.lower()))


def _a_meeting_type(segment: str) -> bool:
    """Whether a route's `segment` names a meeting's type: a duration or a meeting's word (MEETING_TYPE_WORDS)."""
    segment = _SLUG_END.split(segment, 1)[0]
    return _DURATION.match(segment) is not None or any(
        word in MEETING_TYPE_WORDS for word in SLUG_WORD.findall(segment.lower()))


def _goes_on(segment: str) -> bool:
    """Whether the route goes on into `segment` (a slug's character opens it)."""
    return segment != "" and _SLUG_END.match(segment) is None


# (closer 117) A client's file or record as a route's segment, by language (`akte-481726`, `dossier`, `expediente`):
# after a customer's or a client's word and a name's slug it makes a path alone a site's route of that person's file
# (`/kanzlei/mandanten/<name>/akte-…`). A path alone is a file system's as often (`/Users/Shared/…`, `/users/jsmith/
# settings`, `/home/customer/www/…`: the home folder rules' reading), so only this layout is read there.
_CLIENT_FILE = re.compile(r"(?:akte|akten|dossier|dossiers|file|files|case|cases|matter|matters|documents|dokumente"
                          r"|expediente|expedientes|pratica|pratiche|fascicolo|processo|processos|zaak|zaken|sprawa"
                          r"|sprawy)(?![^\W_])")


def path_names_a_person(text: str) -> bool:
    """Whether a text that is a site's path alone (opening with `/`, no blank: a page's path sent as a title or a
    property, closer 117) holds a customer's or a client's word, a name's slug and that person's file after it
    (_CLIENT_FILE)."""
    if text[1:2] == "/" or " " in text or "\t" in text:
        return False
    segments = text.split("/")
    if any(segments[at].lower() in RECORD_WORDS and _names_a_record(segments, at)
           for at in range(1, len(segments) - 1)):
        return True  # (closer 142: a CRM's record, `/contacts/<id>/<slug>`)
    if any(segments[at].lower() in _BOOKING_OR_SCHEDULING and _names_a_host(segments, at)
           for at in range(1, len(segments) - 1)):
        return True  # (closer 149: a booking page's host, `/meet/<slug>/30min`)
    return any((segments[at].lower() in _CUSTOMER or segments[at].lower() in _CUSTOMERS) and _CLIENT_FILE.match(
        segments[at + 2].lower()) is not None and _names_a_customer(segments[at + 1])
        for at in range(1, len(segments) - 2))


def urls_in_text(text: str) -> Iterator[Tuple[int, int, int]]:
    """Each URL in free text with a route: `://` and what follows it up to a blank or a quote, as the offsets where
    its host starts, where its route starts (the first `/` after the host) and where it stops."""
    at = text.find("://")
    while at >= 0:
        end = _URL_END.search(text, at)
        stop = len(text) if end is None else end.start()
        route = text.find("/", at + 3, stop)
        if route >= 0:
            yield at + 3, route, stop
        at = text.find("://", stop)


def url_names_a_person(text: str) -> bool:
    """Whether a URL in free text (urls_in_text) holds a person's slug in its path or its fragment's route (above),
    or a family tree's person in its query (tree_person_in_query)."""
    for _, route, stop in urls_in_text(text):
        if route_names_a_person(text[route:stop]) or "=" in text[route:stop] and tree_person_in_query(
                text[route:stop]):
            return True
    return False


# (closer 145, sixty-eighth attack) A family tree's person's page, by a tree's or a person's word as a whole segment of
# its route (`/tree/person/details`, `/stammbaum/`, `/arbre/`), names its person by the query's person id (`?pid=…`,
# FamilySearch's; `pid` alone is a shop's product's id as often, and is read on such a route only): an id's shape, with
# digits.
TREE_WORDS: FrozenSet[str] = frozenset((
    "tree trees family-tree familytree pedigree ancestors genealogy stammbaum ahnentafel arbre genealogie arbol "
    "genealogia albero stamboom antavla slakttrad drzewo").split())
_TREE_PERSON_KEYS: FrozenSet[str] = frozenset("pid personid person_id personpid".split())
_TREE_PERSON_ID = re.compile(r"[A-Za-z0-9]{2,8}(?:-[A-Za-z0-9]{2,8}){0,3}")


# (closer 148) A search's query keys, and a search's value naming a tree's person (on a tree's route) or the deceased
# (beside a notice's word: `?q=<given>+<family>+obituary`): two name's words or more, none a notice site's section.
_SEARCH_KEYS: FrozenSet[str] = frozenset("q query search s term terms keyword keywords k name suche recherche".split())
# (a tree's word alone is a plant shop's as often, `/trees/?q=japanese+maple`: a genealogy's search is a segment then)
_TREE_SEARCH_SEGMENTS: FrozenSet[str] = frozenset("search find person people persons suche recherche buscar".split())
# (the keys tree_person_parameter reads at all: privacy looks a query's key up in them before calling it)
PARAMETER_KEYS: FrozenSet[str] = _TREE_PERSON_KEYS | _SEARCH_KEYS


def tree_person_parameter(pair: str, path: str) -> bool:
    """Whether the query's `pair` (`key=value`) on `path` names a family tree's person by their id on a tree's or a
    person's route (_TREE_PERSON_KEYS), or by their name in a search's value (_SEARCH_KEYS): on a tree's route, or
    with a notice's word first or last (closer 148)."""
    key, _, value = pair.partition("=")
    key = key.lower()
    segments = path.lower().split("/")
    on_a_tree = not TREE_WORDS.isdisjoint(segments)
    if key in _TREE_PERSON_KEYS:
        return (on_a_tree or not PERSON_WORDS.isdisjoint(segments)) and _TREE_PERSON_ID.fullmatch(
            value) is not None and any(character.isdigit() for character in value)
    if key not in _SEARCH_KEYS or not value or len(value) > 120:
        return False
    on_a_tree = on_a_tree and (not _TREE_SEARCH_SEGMENTS.isdisjoint(segments) or not TREE_WORDS.isdisjoint(
        segment for segment in segments if segment not in ("tree", "trees")))
    words = (unquote_plus(value) if "%" in value or "+" in value else value).lower().split()
    noticed = bool(words) and (words[-1] in MEMORIAL_WORDS or words[-1] in _SINGLE_NOTICE_WORDS
                               or words[0] in MEMORIAL_WORDS or words[0] in _SINGLE_NOTICE_WORDS)
    if noticed:
        words = words[1:] if words[0] in MEMORIAL_WORDS or words[0] in _SINGLE_NOTICE_WORDS else words[:-1]
    return (on_a_tree or noticed) and 2 <= len(words) <= 3 and TREE_WORDS.isdisjoint(words) and _names_in_a_notice(
        "-".join(words), 2)


def tree_person_in_query(route: str) -> bool:
    """Whether `route` (a URL's path and query) names a family tree's person or the deceased in its query
    (tree_person_parameter)."""
    path, _, query = route.partition("?")
    return bool(query) and any(tree_person_parameter(pair, path) for pair in query.partition("#")[0].split("&"))


# Every segment's word _route_holds_a_person reads a slug or a record after: a path none of whose segments but the last
# is one names nobody by this module's routes (privacy reads the set before the call, with the other route words).
ROUTE_OPENING_WORDS: FrozenSet[str] = frozenset().union(
    MEMORIAL_WORDS, _NOTICE_WORDS, _MATCH_WORDS, CHILDREN_WORDS, HOLDER_WORDS, RESIDENT_WORDS, USER_ABBREVIATIONS,
    SUMMONER_WORDS, PLAYER_WORDS, TIPSTER_WORDS, APPLICANT_WORDS, REVIEW_WORDS, RECORD_WORDS, _BOOKING_OR_SCHEDULING,
    _ENTRANTS_OR_MEMBERS, TENANCY_PARTY_WORDS, _PET_PARTY_WORDS, PERSON_WORDS, _CUSTOMER, _CUSTOMERS,
    _FAMILY_TREE_ROUTES)
