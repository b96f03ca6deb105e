"""Labels that name a person by their part in an occasion, their kinship or an act they did, for the layout rules
(postal.labelled_person): a catalogue's personalised line, a gift registry or a photo's caption writes a shopper's
full name after one (`Bride: …`, `Baby registry, mother: …`, `Photo book - uploaded by: …`; forty-first attack).

The key rule calls most of them no personal label (a `bride` or a `mother` key names a product's line as often:
`Mother of the Bride Dress`; `spouse`, `sent by` it does, and reads any name after them), so a label of these
lexicons is read only before a full name: two capitalized words or more, none
a thing's (a catalogue's goods: `Bride: Ivory Lace Veil`), a word no name holds (`From: Paris With Love`), a generic
addressee's or a business's (postal.py checks those). A gift's sides (`From:`, `To:`) name a person only in a gift's
text (`Gift card - From: …`); alone they are a trip's or a mail's (`From: Berlin`). Lexicon data by kind and
language, read in the canonical form (accents folded) in lower case, compared whole; a gift's word is looked for
once in a text, at its first side's label.
"""

from __future__ import annotations

import re
from typing import Dict, FrozenSet

from .canonical import canonical
from .geography import COUNTRY_BY_KEY, TOWN_NAMES, letters_key
from .standing_names import a_person_beside_a_club, a_standing_not_a_person

# A person's part in a wedding or a celebration (who a registry or a personalised gift is for).
ROLES: Dict[str, str] = {
    "English": "bride|groom|bridegroom|partner|fiance|fiancee|spouse|husband|wife|honoree|honouree|guest of honour"
               "|guest of honor|birthday girl|birthday boy|maid of honour|maid of honor|best man"
               "|witness",  # (closer 186: a wedding's or a claim's, as the other languages' `Trauzeuge`, `témoin`)
    "German": "braut brautigam ehemann ehefrau verlobte verlobter ehepartner ehepartnerin trauzeuge trauzeugin",
    "French": "mariee marie epoux epouse fiance fiancee conjoint conjointe temoin",
    "Spanish": "novia novio esposo esposa prometido prometida conyuge padrino madrina testigo",
    "Italian": "sposa sposo marito moglie fidanzato fidanzata testimone",
    "Portuguese": "noiva noivo marido esposa esposo madrinha padrinho testemunha",
    "Dutch": "bruid bruidegom echtgenoot echtgenote verloofde getuige",
    "Polish": "panna mloda|pan mlody|maz|zona|narzeczony|narzeczona|swiadek",
    "Swedish": "brud brudgum fastman fastmo",
    "Japanese": "新婦 新郎 花嫁 花婿 夫 妻",
    "Korean": "신부 신랑 남편 아내",
}
# A person's kinship (who a baby registry, a birth announcement or a family gift names); not the words that are an
# English label's too (German and Dutch `Kind`, Swedish `barn`; Swedish `make`, a husband, in ROLES: `Make: Toyota`).
KIN: Dict[str, str] = {
    "English": "mother father mum mom dad mummy mommy daddy parent grandmother grandfather grandma grandpa granny "
               "son daughter baby child sister brother aunt uncle godmother godfather godparent",
    "German": "mutter vater mama papa mutti vati elternteil oma opa grossmutter grossvater sohn tochter "
              "schwester bruder tante onkel patin pate",
    "French": "mere pere maman papa parent grand-mere grand-pere mamie papi fils fille bebe enfant soeur frere "
              "tante oncle marraine parrain",
    "Spanish": "madre padre mama papa abuela abuelo hijo hija bebe nino nina hermana hermano tia tio",
    "Italian": "madre padre mamma papa nonna nonno figlio figlia bambino bambina sorella fratello zia zio",
    "Portuguese": "mae pai mamae papai avo filho filha bebe crianca irma irmao tia tio",
    "Dutch": "moeder vader mama papa ouder oma opa zoon dochter baby zus broer tante oom",
    "Polish": "matka ojciec mama tata babcia dziadek syn corka dziecko siostra brat ciocia wujek",
    "Swedish": "mamma pappa mor far mormor farmor morfar farfar son dotter syster bror",
    "Japanese": "母 父 母親 父親 息子 娘 赤ちゃん 祖母 祖父",
    "Korean": "엄마 아빠 어머니 아버지 아들 딸 아기",
}
# An act only a shopper does to a personalised order, an upload or a registry, and its preposition: the label names
# who did it (a shop's or a maker's acts, `Made by:`, `Designed by:`, `Sold by:`, name a business as often: not here).
DOER_ACTS: Dict[str, str] = {
    "English": "uploaded by|created by|ordered by|submitted by|sent by|gifted by|signed by|shared by|added by"
               "|requested by|personalised by|personalized by|organised by|organized by|hosted by",
    "German": "hochgeladen von|erstellt von|bestellt von|gesendet von|geschickt von|geschenkt von|angelegt von",
    "French": "envoye par|cree par|televerse par|telecharge par|commande par|offert par|partage par",
    "Spanish": "enviado por|creado por|subido por|pedido por|regalado por|compartido por",
    "Italian": "inviato da|creato da|caricato da|ordinato da|regalato da|condiviso da",
    "Portuguese": "enviado por|criado por|carregado por|encomendado por|oferecido por|partilhado por",
    "Dutch": "geupload door|gemaakt door|besteld door|verzonden door|gestuurd door|gedeeld door",
    "Polish": "przeslane przez|utworzone przez|zamowione przez|wyslane przez|dodane przez",
    "Swedish": "uppladdat av|uppladdad av|skapad av|skapat av|bestallt av|skickat av|delad av",
}
# ... and who booked a trip, a stay or a table (closer 127: `Booked by:`, `Gebucht von:`, `Réservé par :`); a travel
# agency's words after it name a business (postal._NOT_A_PERSON: `Booked by: Example Travel GmbH`)
DOER_ACTS_127: Dict[str, str] = {
    "English": "booked by|reserved by", "German": "gebucht von|reserviert von", "French": "reserve par|reservee par",
    "Spanish and Portuguese": "reservado por|reservada por", "Italian": "prenotato da|prenotata da",
    "Dutch": "geboekt door|gereserveerd door", "Polish": "zarezerwowane przez|zarezerwowal przez",
    "Swedish": "bokad av|bokat av",
}
# (closer 141) A person's part in a sale, a meeting or a webinar, as CRMs, calendars and webinar tools label it: a
# lead or a prospect, who keeps their account, who organizes or hosts a meeting, presents at it or takes part in it
# (`Lead: …`, `Account manager: …`, `Organizer: …`, `Host: …`, Danish `Deltager: …`). A product's words are no part of
# it (`Speaker:`, Dutch `spreker`; French `vert`, green, is not Norwegian's host here).
WORK_ROLES: Dict[str, str] = {
    "English": "lead|new lead|sales lead|prospect|account manager|account owner|account executive|key account manager"
               "|customer success manager|sales rep|sales representative|sales manager|organizer|organiser"
               "|co-organizer|co-organiser|host|co-host|presenter|panelist|panellist|participant|registrant"
               # (closer 147: a talk's speaker; a loudspeaker's brand or model after it is no full name,
               # SPEAKER_PRODUCT_WORDS)
               "|speaker|guest speaker|keynote speaker|moderator",
    "German": "neuer lead|interessent|interessentin|kundenbetreuer|kundenbetreuerin|kundenberater|kundenberaterin"
              "|vertriebsmitarbeiter|vertriebsmitarbeiterin|veranstalter|veranstalterin|organisator|organisatorin"
              "|gastgeber|gastgeberin|referent|referentin|teilnehmer|teilnehmerin|sprecher|sprecherin|redner|rednerin"
              "|vortragender|vortragende",
    "French": "nouveau lead|prospect|charge de compte|chargee de compte|responsable de compte|organisateur"
              "|organisatrice|hote|hotesse|animateur|animatrice|intervenant|intervenante|participant|participante"
              "|conferencier|conferenciere|orateur|oratrice",
    "Spanish": "nuevo lead|prospecto|gestor de cuenta|gestora de cuenta|ejecutivo de cuenta|ejecutiva de cuenta"
               "|organizador|organizadora|anfitrion|anfitriona|ponente|participante|orador|oradora|conferenciante",
    "Italian": "nuovo lead|referente|organizzatore|organizzatrice|relatore|relatrice|partecipante|oratore|oratrice",
    "Portuguese": "novo lead|gerente de conta|gestor de conta|executivo de contas|organizador|organizadora|anfitriao"
                  "|anfitria|palestrante|participante|orador|oradora",
    "Dutch": "nieuwe lead|accountmanager|accounthouder|organisator|gastheer|gastvrouw|deelnemer|deelneemster"
             "|spreker|spreekster",
    "Danish and Norwegian": "deltager|deltaker|arrangor|kundeansvarlig|salgsansvarlig|foredragsholder",
    "Swedish": "deltagare|arrangor|kundansvarig|saljansvarig|talare",
    "Polish": "organizator|organizatorka|prowadzacy|prowadzaca|uczestnik|uczestniczka|opiekun klienta|handlowiec"
              "|prelegent|prelegentka",
    "Finnish": "osallistuja|jarjestaja|yhteyshenkilo|myyja|puhuja",
}
# (closer 183, attack 86) A person's part in a hiring, as an ATS, a job board or an HR tool labels it: who recruits or
# sources, who interviews, who gives a reference, who welcomes a new hire, to whom the hire reports (`Recruiter: …`,
# `Onboarding buddy: …`, `Reports to: …, Head of Finance`, `Référent : …`); read before a full name only, none of its
# words a job title's (TEAMS_AND_STATES: `Reports to: Chief Financial Officer`). Not a talent's, a buddy's, a
# mentor's nor a referrer's word alone: a skill's, a dog's, a programme's or a traffic source's label as often
# (`Talent: Data Science`, `Buddy: Golden Retriever`, `Referrer: Organic Search`).
RECRUITING_ROLES: Dict[str, str] = {
    "English": "recruiter|sourcer|talent partner|talent acquisition partner|hiring manager|interviewer|referee"
               "|onboarding buddy|onboarding mentor|reports to|reporting to|line manager|direct manager",
    "German": "recruiterin|personalreferent|personalreferentin|einarbeitungspate|einarbeitungspatin"
              "|onboarding-pate|onboarding-patin|vorgesetzter|vorgesetzte|direkte vorgesetzte|berichtet an"
              "|referenzgeber|referenzgeberin",
    "French": "recruteur|recruteuse|charge de recrutement|chargee de recrutement|manager direct|rattache a"
              "|rattachee a|referent|referente",
    "Spanish": "reclutador|reclutadora|responsable directo|responsable directa|reporta a",
    "Italian": "selezionatore|selezionatrice|responsabile diretto|riporta a",
    "Portuguese": "recrutador|recrutadora|reporta a",
    "Dutch": "recruiter|leidinggevende|referent",
    "Swedish": "rekryterare|narmaste chef",
    "Polish": "rekruter|rekruterka|przelozony|przelozona",
    "Korean": "채용담당자 면접관 추천인",
}
# (closer 161, attack 75) Who collects a child from a school, a nursery or a club, as a parents' app labels it: an
# authorised pickup or collector by language (`Pickup:`, `Collected today by`, `Abholberechtigt:`, `Persona autorizzata
# al ritiro:`, `Osoba upoważniona do odbioru:`, `お迎え：`), read before a full name only; an order's pickup names a
# shop, a branch or a courier (`Pickup: Store 12 – Leeds`, `Abholung: Filiale Köln`: no pickup person's word here).
PICKUP_PEOPLE: Dict[str, str] = {
    "English": "pickup|pick-up|pickup person|pick-up person|authorised pickup|authorized pickup|authorised collector"
               "|authorized collector|collected by|collected today by|picked up by|picked up today by|collecting adult"
               "|collection by",
    "German": "abholberechtigt|abholberechtigte|abholberechtigter|abholberechtigte person|abholperson|abholer"
              "|abholerin|wird abgeholt von|heute abgeholt von",
    "French": "personne autorisee a recuperer l'enfant|personne autorisee a recuperer|recupere par|recuperee par",
    "Italian": "persona autorizzata al ritiro|delegato al ritiro|delegata al ritiro|ritirato da|ritirata da",
    "Spanish": "persona autorizada a recoger|persona autorizada para recoger|recogido por|recogida por",
    "Portuguese": "pessoa autorizada a buscar|pessoa autorizada a levantar|buscado por|buscada por",
    "Dutch": "wordt opgehaald door|opgehaald door|ophaalpersoon|haalt op",
    "Polish": "osoba upowazniona do odbioru|osoba upowazniona do odbioru dziecka|odbiera|odbierze",
    "Swedish": "hamtas av|hamtas idag av", "Danish and Norwegian": "afhentes af|hentes av|hentes af",
    "Japanese": "お迎え|お迎え者|迎え",
}
# (closer 150) Who won a prize draw, a giveaway or a contest, by language: the winner's word alone or before its
# contest (`Winner:`, `Gewinner des Gewinnspiels:`, `Gagnant du jeu concours :`, `Ganhador do sorteio:`, `Zwycięzca
# konkursu:`), compared whole; an award's winner is a title's, not a person (`Winner: Best Podcast 2026`: its words
# are no full name's, postal.py checks those).
WINNERS: Dict[str, str] = {
    "English": "winner|winners|prize winner|lucky winner",
    "German": "gewinner|gewinnerin|glueckspilz|gluckspilz", "French": "gagnant|gagnante|gagnants|laureat|laureate",
    "Spanish": "ganador|ganadora|ganadores", "Italian": "vincitore|vincitrice|vincitori",
    "Portuguese": "ganhador|ganhadora|vencedor|vencedora", "Dutch": "winnaar|winnares|winnaars",
    "Polish": "zwyciezca|zwyciezczyni|laureat|laureatka", "Swedish": "vinnare|vinnaren",
}
# ... and the contest after it, with its language's preposition (one or two words as the canonical form writes them).
CONTESTS: Dict[str, str] = {
    "English": "of the competition|of the giveaway|of the draw|of the prize draw|of the contest|of the sweepstakes"
               "|of the raffle",
    "German": "des gewinnspiels|der verlosung|des preisausschreibens|des wettbewerbs",
    "French": "du jeu concours|du jeu-concours|du concours|du tirage au sort|du tirage",
    "Spanish": "del sorteo|del concurso", "Italian": "del concorso|dell'estrazione|del giveaway",
    "Portuguese": "do sorteio|do concurso|da promocao", "Dutch": "van de winactie|van de wedstrijd|van de prijsvraag",
    "Polish": "konkursu|losowania", "Swedish": "i tavlingen",
}
# (closer 162, review 26) ... or the contest before it, as English and Dutch put a noun's modifier first (`Prize draw
# winner:`, `Competition winners:`, `Prijsvraag winnaar:`).
CONTESTS_BEFORE: Dict[str, str] = {
    "English": "prize draw|draw|competition|giveaway|contest|sweepstakes|raffle|lucky draw|quiz|lottery|tombola",
    "German": "gewinnspiel|verlosung|preisausschreiben", "Dutch": "winactie|prijsvraag|loterij",
}
# (closer 149) A meeting's or a webinar's guest, by language (meeting_guests reads it in text; closer 154: with
# WORK_ROLES, personal_keys reads it before a name word in keys, as key_lexicon.PEOPLE_BY_ROLE: `registrant_name`).
GUEST_WORDS = {
    "English": "registrant|attendee|participant|invitee|guest|subscriber",
    "German": "teilnehmer|teilnehmerin|gast|kontakt", "French": "participant|participante|invite|inscrit|inscrite",
    "Spanish": "participante|invitado|invitada|inscrito|inscrita", "Italian": "partecipante|ospite|iscritto|iscritta",
    "Dutch": "deelnemer|deelneemster|gast", "Portuguese": "participante|convidado|convidada",
    "Polish": "uczestnik|uczestniczka|gosc",
}
# The sides of a gift's card (who gives, who receives), read only after a gift's word (GIFT).
GIFT_SIDES: Dict[str, str] = {
    "English": "from to", "German": "von an fur", "French": "de pour", "Spanish": "de para", "Italian": "da per",
    "Portuguese": "de para", "Dutch": "van voor aan", "Polish": "od dla", "Swedish": "fran till",
}
# A gift's word before its sides: a gift, a gift card or a voucher, a greeting card (the canonical form's stems).
GIFT = re.compile(r"(?i:(?<![^\W\d_])(?:gift|geschenk|gutschein|cadeau|regal|present|prezent|bono|buono|vale"
                  r"|podarun|card|karte|carte|tarjeta|kaart|karta|kartka|kort))")
# Words no name holds, capitalized in a title (`From: Paris With Love`, `Bride: Happily Ever After`).
NOT_NAME_WORDS: FrozenSet[str] = frozenset(
    "with and or of the for from to in on at by my your our ever after mit und oder fur avec pour et ou con para "
    "per "
    # (a page's words after a label's weak end, closer 106: `Contact - About Us`)
    "about us".split())
# A catalogue's goods that end a product's title after such a label (`Bride: Ivory Lace Veil`, `Baby: Pink Bunny
# Rattle`) or open it where adjectives follow their noun (`Novia: Velo Largo`): a closed class no family name is as
# often (not `Pak`, a Dutch suit and a Korean family name), in English and the shops' languages.
THINGS: FrozenSet[str] = frozenset(canonical(word)[0].lower() for word in (
    "paket fanpaket package packages packet pacote paquete pacchetto pakket "
    "veil veils dress dresses gown gowns suit suits tuxedo tux shoes boots heels bouquet tiara garter robe robes "
    "cufflinks tie bowtie waistcoat vest jacket blazer shirt shirts trousers pants skirt sash topper cake favours "
    "favors hamper basket kit set sets bundle blanket onesie body bodysuit romper bib bibs rattle stroller pram cot "
    "crib bottle socks bonnet mittens outfit mug frame album candle cushion pillow necklace bracelet earrings "
    "pendant charm toy toys plush doll card cards book poster months years size "
    # (closer 106: a line's, a service's or a seat's last word after a label's weak end: `Name - Blue Sneakers
    # Classic`, `Contact - Opening Hours`, `Passenger - Window Seat`)
    "sneakers trainers sandals classic edition collection hours seat seats upgrade "
    # (closer 129: a good's last word after an order's number, `Order #1234 – Steam Deck`, `… – Anna Kowalczyk Bags`)
    "bag bags deck decks console consoles "
    # (closer 183: an interview kit's or a podcast's goods, `Interview Kit – Lavalier Microphone`)
    "microphone microphones mic mics lavalier recorder recorders tripod tripods webcam "
    # (review 18: a party's goods after a role's label, `Host: Hello Kitty Party Pack`)
    "party pack packs supplies "
    # (closer 150: an award's category after a winner's label, `Winner: Best Actor`, `Winner: Best Podcast`)
    "actor actress podcast album film director novel award prize "
    # (closer 167: a listening good's last word after a review's stars, `Great product ★★★★★ – Samsung Galaxy Buds`)
    "buds earbuds headphones earphones headset "
    "kleid schleier anzug schuhe strauss robe voile costume chaussures vestido velo traje zapatos abito velo "
    # (session 42, the lead's review of closer 173: a rite's and a birth's goods and motifs after the rite's word,
    # `Erstkommunion Kerze Regenbogen`, `Mis XV años – Vestidos Rosa`, `Geboortekaartje Roze Olifant`)
    "kerze kerzen candela candele vela velas kaars kaarsen bougie bougies swieca swiece deko dekoration decoracion "
    "decoracao decorazione decoratie dekoracja decoration decorations einladung einladungen invitacion invitaciones "
    "convite convites invito inviti uitnodiging uitnodigingen zaproszenie zaproszenia invitation invitations "
    "recuerdos lembrancinhas bomboniere bedankjes vestidos torte tarta bolo elefant elefante olifant elephant "
    "pastel pasteles "  # (closer 178: Spanish's cake, `Mis XV años – Pastel Dorado`)
    "escola escuela scuola schule school ecole szkola colegio "
    "scarpe jurk sluier schoenen suknia welon garnitur buty klänning slöja kostym skor "
    # (closer 127: a fare's, a cabin's or a room's words after a passenger's or a guest's label, `Passenger 1:
    # Economy Light`, `Guest 2: Deluxe King Room`; not a room's word that is a family name, `Zimmer`, `Cámara`)
    "economy business premium saver flex flexi comfort cabin cabins room rooms suite suites fare fares tarif "
    "tarifa tariffa sparpreis flexpreis doppelzimmer einzelzimmer balkonkabine kabine chambre cabine habitacion "
    "camarote").split())

# (closer 141) A team's, a department's or an unset field's words, which a role's label holds instead of a person
# (`Billing contact: Accounts Payable team`, `Assignee: Unassigned`, `Host: Acme Events`), by language, canonical, in
# lower case: none is a given or a family name.
TEAMS_AND_STATES: FrozenSet[str] = frozenset(canonical(word)[0].lower() for word in (
    "team teams department dept division group queue squad unassigned assigned nobody none tbd tba vacant "
    "events webinar webinars conference summit meetup workshop "
    "payable receivable accounts accounting finance billing procurement purchasing helpdesk "
    "abteilung gruppe zugewiesen niemand keiner buchhaltung einkauf vertrieb "
    "équipe département attribué assigné aucun aucune comptabilité achats "
    "equipo departamento asignado asignar nadie ninguno contabilidad compras "
    "squadra reparto assegnato nessuno contabilità acquisti "
    "equipa equipe setor atribuído ninguém nenhum "
    "afdeling groep toegewezen niemand boekhouding inkoop "
    "avdeling avdelning gruppe grupp tildelt tilldelad ingen regnskab regnskap ekonomi "
    "zespół dział przypisany nieprzypisany nikt księgowość "
    "tiimi osasto "
    # (closer 159: a stock's state, `Name: SOLD OUT`)
    "sold ausverkauft épuisé épuisée agotado agotada esaurito esaurita uitverkocht esgotado wyprzedane slutsåld "
    # (and everyone, or a parking zone, after a voter's or a permit holder's label: `Wähler: Alle Bürger`, `Permit
    # holder: Zone CPZ-B`)
    "everyone everybody all alle jeder tous toutes todos todas tutti iedereen wszyscy zone zones zona zonas zonen "
    # (closer 183: a job's title, which a hiring's role label holds instead of a person, `Reports to: Chief Financial
    # Officer`, `Interviewer: Engineering Manager`; not `Head`, `Lead`, family names too)
    "chief officer director directors manager managers managerin president vice vp ceo cfo cto coo cmo cio chro "
    "founder cofounder geschaftsfuhrer geschaftsfuhrerin leiter leiterin teamleiter teamleiterin abteilungsleiter "
    "abteilungsleiterin vorstand directeur directrice responsable presidente presidenta directora gerente jefe jefa "
    "direttore direttrice responsabile directie dyrektor kierownik kierowniczka prezes"
    ).split())


def a_team_or_state(words: str) -> bool:
    """Whether `words` after a role's label hold a team's, a department's or an unset field's word (TEAMS_AND_STATES;
    `n/a` too)."""
    split = [word.strip(".,;:()").lower() for word in words.split()]
    return any(word in TEAMS_AND_STATES or word == "n/a" for word in split)


def _lexicon(*tables: Dict[str, str]) -> FrozenSet[str]:
    """The labels of `tables` (apart by `|` in a line holding one, by blanks otherwise), canonical, in lower case."""
    return frozenset(" ".join(canonical(label)[0].lower().split()) for table in tables for line in table.values()
                     for label in (line.split("|") if "|" in line else line.split()))


PART = "part"
SIDE = "side"
WORK_ROLE_LABELS = _lexicon(WORK_ROLES, RECRUITING_ROLES)
_WINNERS = _lexicon(WINNERS)
# A winner's labels, alone or with their contest (canonical, lower case; record_names reads a lower-case name after
# them).
WINNER_LABELS = _WINNERS | frozenset(f"{winner} {contest}" for winner in _WINNERS for contest in _lexicon(CONTESTS)) | (
    frozenset(f"{contest} {winner}" for winner in _WINNERS for contest in _lexicon(CONTESTS_BEFORE)))
_ROLE_OR_KIN = _lexicon(ROLES, KIN, WORK_ROLES, RECRUITING_ROLES, PICKUP_PEOPLE) | WINNER_LABELS

# (closer 190, attack 88) Who bets, tips, runs a pool or a syndicate, or plays a game of chance, by language: a
# bettor's, a tipster's and a syndicate's words (`Bettor:`, `Apostador:`, `Parieur :`, `Tipster:`, `Tipper:`,
# `Spielleiter:`, `Syndicate members:`), a fantasy contest's or a jackpot's winner, and a player's word whose sense is
# a gamer's, not an athlete's (Polish `gracz`, Turkish `oyuncu`, Chinese `玩家`, Korean `플레이어`, Japanese
# `プレイヤー(名)`: a footballer is `piłkarz`, `futbolcu`, `球员`, `선수`, `選手`). Read as the label's last words,
# after a game's or an operator's name (`EuroMillions syndicate manager:`, `FanDuel contest winner:`), before a full
# name.
BETTORS: Dict[str, str] = {
    "English": "bettor|bettors|punter|punters|tipster|tipsters|tipper|syndicate member|syndicate members"
               "|syndicate manager|syndicate organiser|syndicate organizer|syndicate captain|pool organiser"
               "|pool organizer|contest winner|contest winners|jackpot winner|lottery winner|lotto winner",
    "German": "tipper|tipperin|tippgeber|tippgeberin|spielleiter|spielleiterin|mitspieler|mitspielerin"
              "|tippgemeinschaft mitglieder|jackpotgewinner|jackpotgewinnerin|lottogewinner|lottogewinnerin",
    "French": "parieur|parieuse|parieurs|pronostiqueur|pronostiqueuse",
    "Spanish and Portuguese": "apostador|apostadora|apostadores|pronosticador|pronosticadora|apostante",
    "Italian": "scommettitore|scommettitrice|pronosticatore|pronosticatrice",
    "Dutch": "gokker|wedder|tipgever",
    "Polish": "gracz|typer|typerka|obstawiajacy",
    "Turkish": "oyuncu|bahisci|bahisçi",
    "Chinese": "玩家 彩民 投注人",
    "Korean": "플레이어 베터",
    "Japanese": "プレイヤー プレイヤー名 プレーヤー",
}
_BETTORS = _lexicon(BETTORS)
# ... and a player's word that names an athlete as often (key_lexicon.PLAYERS' words: `Player: Kylian Mbappé`, a
# replica shirt's), read as a bettor's only in a text holding a player's own stake: a slip's, a coupon's, a ticket's
# or a draw's word by language (`Spieler: … – Lotto lørdag`, `Speler: … – Toto combinatie`).
SHARED_PLAYER_WORDS = frozenset(
    "player spieler spielerin joueur joueuse jugador jugadora jogador jogadora giocatore giocatrice speler speelster "
    "spelare spiller".split())
STAKES = re.compile(r"(?i:(?<![^\W\d_])(?:bet ?slip|coupon|kupon|cupon|schedina|bolletta|bilhete|billet|boleto"
                    r"|spielschein|wettschein|tippschein|lottoschein|lotto|toto|lottery|loteria|lotteria|loterij"
                    r"|loterie|lotteri|lotterie|quiniela|euromillion|eurojackpot|powerball|keno)(?![^\W\d_]))")


def names_a_bettor(label: str, form: str) -> bool:
    """Whether `label` (canonical) names a bettor or a gambler by its last one to three words (_BETTORS), or a
    player (SHARED_PLAYER_WORDS) in `form` holding a stake's word (STAKES), or a fantasy team's manager (closer
    193)."""
    words = _key(label).split()
    if any(" ".join(words[-count:]) in _BETTORS for count in (1, 2, 3) if count <= len(words)):
        return True
    return bool(words) and (words[-1] in SHARED_PLAYER_WORDS and STAKES.search(form) is not None
                            or names_a_fantasy_manager(words[-1], form))


# (closer 193, attack 88) A manager's word, a club's coach in the news as often (`Manager: Pep Guardiola`), read as a
# fantasy team's manager, a player, only in a text naming a fantasy game (`Fantasy Premier League – manager: …`,
# `Comunio – Manager: …`): a fantasy word by language or a fantasy game's own name.
FANTASY_MANAGER_WORDS = frozenset("manager managerin allenatore fantallenatore entrenador entraineur".split())
FANTASY_GAMES = re.compile(r"(?i:(?<![^\W\d_])(?:fantasy|fantasy-?league|fpl|comunio|kickbase|sorare|draftkings"
                           r"|fanduel|dream11|fantacalcio|fantamanager|biwenger|mon petit gazon|superbru"
                           # (closer 203, review 35: other games, and the words only a fantasy game's page holds,
                           # a private league's and a round's)
                           r"|dream team|managerspiel|kicktipp|mini-?leagues?|gameweeks?)"
                           r"(?![^\W\d_]))")


def names_a_fantasy_manager(word: str, form: str) -> bool:
    """Whether a label's last `word` (lower case) is a manager's (FANTASY_MANAGER_WORDS) in `form` naming a fantasy
    game (FANTASY_GAMES)."""
    return word in FANTASY_MANAGER_WORDS and FANTASY_GAMES.search(form) is not None and not _a_chip_or_a_mode(form)


# (closer 202, review 35) A fantasy game's chip, mode, record or market by language, the page's own after a manager's
# label (`FPL – Manager: Wildcard Active`, `Biwenger – Entrenador: Modo Carrera`, `FanDuel – Manager: Best Ball`).
_CHIP_AND_MODE_WORDS = frozenset((
    "wildcard chip chips hit boost captain bench ball fantasy mode modo modus carrera career karriere record rekord "
    "formazione formation aufstellung alineacion tipo gameweek spieltag giornata jornada transfers transfer "
    "marktwert").split())
_AFTER_MANAGERS_LABEL = re.compile(
    r"(?i:(?:manager|managerin|allenatore|fantallenatore|entrenador|entraineur)[ \t]{0,2}:[ \t]{0,3})"
    r"([^\n]{1,48})")


def _a_chip_or_a_mode(form: str) -> bool:
    """Whether the words after a manager's label in `form` hold a fantasy game's chip, mode or record
    (_CHIP_AND_MODE_WORDS): the page's, no manager's name."""
    after = _AFTER_MANAGERS_LABEL.search(form)
    # (closer 203, review 35: the value's first part only, before a dash, a comma or a bracket; the page's words after
    # a name are the manager's, `Manager: <Given> <Family> – Gameweek 14`)
    return after is not None and not _CHIP_AND_MODE_WORDS.isdisjoint(
        word.strip(".,;:()").lower() for word in _VALUES_FIRST_PART.split(after.group(1), 1)[0].split())


_VALUES_FIRST_PART = re.compile(r"[ \t]+[–—-][ \t]+|[,(]")
# The last word of every label names_a_bettor reads with no text beside it (a bettor's: a player's needs its text's
# stake, a fantasy manager's its text's game), each a run of letters: postal looks a label's last word up here before
# the call.
BETTOR_LAST_WORDS = frozenset(label.split()[-1] for label in _BETTORS)
_DOERS = _lexicon(DOER_ACTS, DOER_ACTS_127)


def a_bettors_thing(label: str, words: str) -> bool:
    """Whether `words` after a bettor's label (BETTORS) name a club (CLUB_AND_BREED_WORDS: `Real Madrid`, `Inter
    Milano`), a tier, a market, a tipster service or a game (standings.a_standing: `Nivel Oro`, `Free Tips`,
    `Starburst Slot`), no bettor (closer 198); a given name beside them is a bettor's (standing_names: `Orla Winner`,
    `Orla Berger`, `Alexandra Quenby`; closer 208)."""
    key = _key(canonical(label)[0]).split()
    if not any(" ".join(key[-count:]) in _BETTORS for count in (1, 2, 3) if count <= len(key)):
        return False
    return a_standing_not_a_person(words) or any(canonical(word.strip(".,;:()"))[0].lower() in CLUB_AND_BREED_WORDS
                                                 for word in words.split()) and not a_person_beside_a_club(
        words, CLUB_AND_BREED_WORDS)
_SIDES = _lexicon(GIFT_SIDES)


def _key(label: str) -> str:
    return " ".join(label.lower().replace("_", " ").split())


def names_by_part(label: str) -> str:
    """What a label before its colon (canonical) names: PART for a person by their part in an occasion, their kinship
    or an act they did, SIDE for a gift's side (a person only after a gift's word: GIFT), or ""."""
    key = _key(label)
    return PART if key in _ROLE_OR_KIN or key in _DOERS else SIDE if key in _SIDES else ""


def first_gift(form: str) -> int:
    """Where the first gift's word of `form` starts (GIFT), or the length of `form` when it holds none."""
    match = GIFT.search(form)
    return len(form) if match is None else match.start()


# (closer 147) A loudspeaker's makers' and kinds' words (lexicon data, in lower case): after a speaker's label they name
# the product (`Speaker: Marshall Emberton`, `Speaker: Bluetooth Wireless`), not a talk's speaker.
# (closer 154: a talk's speaker's label by language, as WORK_ROLES names it: `Orador: Altavoz Bluetooth`)
_SPEAKER_LABELS = frozenset((
    "speaker sprecher sprecherin spreker spreekster orador oradora orateur oratrice oratore oratrice ponente relatore "
    "relatrice talare puhuja foredragsholder prelegent").split())
SPEAKER_PRODUCT_WORDS = frozenset((
    "bose jbl sonos marshall harman kardon bang olufsen teufel sony ultimate ears bowers wilkins klipsch yamaha denon "
    "polk kef dali canton anker soundcore beats tribit devialet libratone bluetooth wireless portable smart soundbar "
    "subwoofer stereo outdoor waterproof mini pro max boom flip charge xperia "
    # (closer 154: smart speakers' makers and lines, and a loudspeaker's own word by language)
    "amazon echo alexa google nest homepod apple audio dot hifi hi-fi altavoz altavoces lautsprecher boxen enceinte "
    "enceintes cassa casse diffusore altoparlante luidspreker coluna caixa glosnik hogtalare hoyttaja hoyttaler "
    # (and a talk's words: `Guest Speaker: Welcome Address`)
    "welcome address keynote talk session opening closing remarks panel").split())


def a_speakers_product(label: str, words: str) -> bool:
    """Whether `words` after a speaker's label (its last word, _SPEAKER_LABELS) name a loudspeaker
    (SPEAKER_PRODUCT_WORDS)."""
    split = label.lower().split()
    return bool(split) and split[-1] in _SPEAKER_LABELS and any(
        word.strip(".,;:").lower() in SPEAKER_PRODUCT_WORDS for word in words.split())


# (closer 159, review 26) A sports club's or a dog's breed's words (lexicon data, canonical, in lower case): after a
# winner's label they name a team or a show's champion breed (`Winner: Manchester United`, `Gewinner: Bayern München`,
# `Winner: Golden Retriever`), no person. A club's form and kind words by language (`FC`, `United`, `Real`, `Borussia`,
# `Olympique`) and a breed's head nouns; not a word that is a family name as often (`Villa`, `Shepherd`, `Pointer`).
CLUB_AND_BREED_WORDS = frozenset(canonical(word)[0].lower() for word in (
    "fc afc cf sc sv vfb vfl tsv fsv bsc ac as ss ssc cd ud rcd sd ca sk fk bk if aik ik "
    "united utd city rovers wanderers hotspur albion athletic athletico atletico athletics argyle alexandra "
    "real deportivo sporting olympique olympic olympiacos olympiakos dynamo dinamo borussia bayern eintracht werder "
    "hertha schalke fortuna arminia kickers juventus internazionale lazio fiorentina calcio ajax feyenoord psv "
    "benfica celtic rangers hibernian saints fiorentina racing union "
    "retriever retrievers terrier terriers spaniel spaniels poodle poodles bulldog bulldogs labrador labradors "
    "collie collies setter setters hound hounds schnauzer dachshund beagle husky mastiff whippet greyhound "
    "chihuahua rottweiler dobermann doberman pinscher corgi pomeranian malamute sheepdog weimaraner vizsla "
    "schaferhund dackel pudel teckel caniche bouledogue berger labrador perro galgo levriero").split())
# (closer 167, review 28) ... and a club's short form and a breed's head noun by language (`Inter Milano`, `Bernese
# Mountain Dog`; not `Bayer`, `Villa`, `Tzu`: family names as often), and a prize's goods by language, a kitchen's, a
# home's or a cellar's (`Winner: Le Creuset Casserole`, `Gewinner: Miele Waschmaschine`, `Winner: Prosecco Rosé`).
CLUB_AND_BREED_WORDS |= frozenset(canonical(word)[0].lower() for word in (
    "inter internazionale dog dogs hund chien perro cane hond pies "
    "fridge freezer mixer casserole kettle toaster blender hoover vacuum dishwasher washer dryer oven hob "
    "wine prosecco champagne cheese stilton reserva rioja gin whisky whiskey cider beer "
    "kühlschrank waschmaschine trockner geschirrspüler staubsauger backofen küchenmaschine wein sekt käse "
    "réfrigérateur frigo lave-linge aspirateur cocotte four vin fromage "
    "lavadora nevera frigorífico aspiradora horno vino queso "
    "lavatrice frigorifero aspirapolvere forno formaggio wasmachine koelkast stofzuiger oven kaas").split())
# A maker opening a prize's name (`Winner: Dyson Airwrap`, `Samsung Bespoke Fridge`): read first only, where a full
# name holds no family name (`Esther Dyson` stays a person's).
_PRIZE_MAKERS = frozenset(
    "dyson miele samsung smeg kenwood nespresso delonghi philips apple sony nintendo lego".split())
_WINNER_LABELS = frozenset(word for label in _lexicon(WINNERS) for word in label.split()) - {"prize", "lucky"}


def a_winners_team(label: str, words: str) -> bool:
    """Whether `words` after a winner's label (WINNERS, maybe with its contest) name a club, a breed or a prize's goods
    (CLUB_AND_BREED_WORDS), or open with a prize's maker (_PRIZE_MAKERS)."""
    if _WINNER_LABELS.isdisjoint(_key(canonical(label)[0]).split()):
        return False
    split = [canonical(word.strip(".,;:()"))[0].lower() for word in words.split() if word.strip(".,;:()")]
    return bool(split) and split[0] in _PRIZE_MAKERS or any(word in CLUB_AND_BREED_WORDS for word in split)

# (closer 191) An agency's national branch after a recruiting role (`Recruiter: Randstad Deutschland`, `Recruteur :
# Michael Page France`): a country as written in its own language ends it (no family name is one), or any country's
# name ends three words, none an initial (`Michael B. Jordan` is a person's).
_RECRUITING_LABELS = _lexicon(RECRUITING_ROLES)
HOME_COUNTRY_NAMES = frozenset(canonical(word)[0].lower() for word in (
    "deutschland österreich schweiz suisse svizzera españa italia nederland belgique belgië polska sverige norge "
    "danmark suomi brasil méxico türkiye magyarország česko hellas").split())


def a_recruiting_firms_branch(label: str, words: str) -> bool:
    """Whether `words` after a recruiting role's label (RECRUITING_ROLES) are an agency's national branch (above)."""
    if _key(canonical(label)[0]) not in _RECRUITING_LABELS:
        return False
    split = [canonical(word.strip(".,;:()"))[0] for word in words.split() if word.strip(".,;:()")]
    if len(split) < 2:
        return False
    return split[-1].lower() in HOME_COUNTRY_NAMES or len(split) == 3 and all(len(word) > 2 for word in split) and (
        len(split[-1]) > 3 and letters_key(split[-1]) in COUNTRY_BY_KEY)


def a_thing(words: str) -> bool:
    """Whether capitalized `words` after such a label are a thing's: a word no name holds, a good's last or first
    word."""
    split = [word.strip(".,;").lower() for word in words.lstrip(" \t.:*").split()]
    return bool(split) and (split[-1] in THINGS or split[0] in THINGS or any(word in NOT_NAME_WORDS for word in split))


# (closer 161) An order's or a ride's pickup after the bare pickup's label by language (`Pickup:`, `Pick-up:`): a
# shop, a branch, a station, a time or a town is no person collecting a child (`Pickup: Heathrow Airport`, `Pickup:
# Same Day`, `Pickup: Argos Leeds`). Lexicon data, canonical, lower case.
_BARE_PICKUP_LABELS = frozenset(["pickup", "pick-up", "pick up", "お迎え", "迎え"])
# (closer 165, review 28: a grocer's store format after its brand, `Pickup: Sainsbury's Local`, `Morrisons Daily`,
# `Marks Spencer Simply Food`; none a given or a family name; case_titles reads them after a pickup's `at`, closer 171)
STORE_FORMATS = frozenset(canonical(word)[0].lower() for word in (
    "local daily metro extra superstore hypermarket supermarket simply food foodhall "
    "supermarkt hypermarche supermarche supermercado ipermercato supermercato").split())
PICKUP_PLACES_AND_TIMES = frozenset(canonical(word)[0].lower() for word in (
    "store stores shop shops branch outlet depot warehouse locker lockers point counter desk station airport "
    "terminal port harbour harbor pier bridge central centre center hotel lobby entrance gate car park parking mall "
    "market square street road avenue lane drive plaza day days same next today tomorrow tonight morning afternoon "
    "evening night weekday weekend monday tuesday wednesday thursday friday saturday sunday asap anytime only "
    "available free express priority instore in-store kerbside curbside drive-thru location locations "
    "filiale laden markt bahnhof flughafen magasin boutique gare aeroport tienda estacion aeropuerto negozio "
    "stazione aeroporto winkel station vliegveld sklep dworzec lotnisko").split()) | STORE_FORMATS


def a_pickup_place(label: str, words: str) -> bool:
    """Whether `words` after a bare pickup's label (_BARE_PICKUP_LABELS) name a place, a time or a town
    (PICKUP_PLACES_AND_TIMES, geography.TOWN_NAMES): an order's or a ride's pickup, not a person's."""
    if " ".join(label.lower().split()) not in _BARE_PICKUP_LABELS:
        return False
    split = [canonical(word.strip(".,;:()"))[0].lower() for word in words.split() if word.strip(".,;:()")]
    return any(word in PICKUP_PLACES_AND_TIMES or word in TOWN_NAMES for word in split) or any(
        f"{first} {second}" in TOWN_NAMES for first, second in zip(split, split[1:], strict=False))


# (closer 192, review 33) A witness's label by language (ROLES' witnesses), and what a form or a court's page writes
# after it besides a witness's name: whether one is needed, by language (`Witness: Not Required`, `Testigo: No
# Requerido`, `Testemunha: Não Obrigatório`), or the witness's kind, an evidence's or a scheme's (`Witness: Expert
# Evidence`, `Witness: Independent Adult`, `Witness: Protection Program`). No word of these is a given or a family name
# (not `Key`, `Eye`, `Character`, `Lay`: a key witness, an eyewitness are kinds too, but family names as often). Lexicon
# data, canonical, lower case, compared whole.
_WITNESS_LABELS = frozenset("witness witnesses trauzeuge trauzeugin zeuge zeugin temoin testigo testimone testemunha "
                            "getuige swiadek".split())
WITNESS_STATES_AND_KINDS: Dict[str, str] = {
    "a need": "required needed necessary mandatory optional requested erforderlich notwendig benotigt notig "
              "verpflichtend optional requis necessaire obligatoire facultatif facultative requerido requerida "
              "necesario necesaria obligatorio obligatoria opcional richiesto richiesta necessario necessaria "
              "obbligatorio obbligatoria facoltativo obrigatorio obrigatoria necessario exigido exigida vereist "
              "verplicht nodig optioneel wymagany wymagana wymagane opcjonalny",
    "a witness's kind": "expert independent adult professional impartial credible hostile protected protection "
                        "program programme evidence statement statements testimony signature signatures affidavit "
                        "declaration unabhangig sachverstandiger gutachter aussage independant pericial perito "
                        "declaracion testemunho depoimento verklaring",
}
_WITNESS_WORDS = frozenset(canonical(word)[0].lower() for words in WITNESS_STATES_AND_KINDS.values()
                           for word in words.split())


def a_witness_state(label: str, words: str) -> bool:
    """Whether `words` after a witness's label (_WITNESS_LABELS) say whether one is needed or what kind of witness
    (WITNESS_STATES_AND_KINDS), not whose name it is."""
    if _WITNESS_LABELS.isdisjoint(_key(canonical(label)[0]).split()):
        return False
    return any(canonical(word.strip(".,;:()"))[0].lower() in _WITNESS_WORDS for word in words.split())
