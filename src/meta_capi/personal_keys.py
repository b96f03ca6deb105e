"""Keys judged by their tokens: the personal-data lexicon and the rules that read it.

A key is split into tokens (separators, digits and case changes: `billingPostCode` = billing, post, code) after
canonical folding, and the tokens are looked up in a lexicon of words naming personal data in several languages,
grouped by kind: words personal alone, words personal only with a qualifier (`customer_name`, not `product_name`),
stems personal anywhere (`kundenemail`), and the words that make a key about a channel or a business rather than
the visitor. The same tables name the labels before a number in text (detector._label_level). Nothing here reads a
value: detector.key_reason adds the value rules to a key that no word names.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Dict, FrozenSet, Iterator, List, Set, Tuple

from . import key_lexicon, look_alike_keys, role_labels
from .canonical import ARABIC_LETTER_VARIANTS, by_first_letter, canonical, longest_first
from .coordinates import GEOHASH_VALUE
from .identity import ALIASES

# The personal-data lexicon, as data grouped by kind; the rules that read it are in personal_tokens and
# names_personal_data.
# Tokens and runs of up to three adjacent tokens (joined) that name personal data, in the languages the README
# lists. Compared after canonical folding (accents, case and look-alikes removed), so `Téléphone`, `TELEFONO`
# and a Cyrillic-lettered `phone` are one token.
# The address words of the lexicon: a visitor's place in a key, or a business's with a word naming it (BUSINESS_PLACES).
_ADDRESS_WORDS = (
    "address addr streetaddress street addressline housenumber hausnummer anschrift adresse "
    "strasse rue direccion calle endereco rua indirizzo city town ville stadt ciudad cidade citta wohnort hausnr "
    "zip zipcode postcode postalcode postal postale plz postleitzahl codepostal codigopostal cep cap "
    "latitude longitude lat lng geolocation "
    "logradouro anwani ikheli poskode "  # Portuguese street, Swahili and Zulu address, Afrikaans post code
    "eircode "  # Ireland's post code by its own name (fifteenth attack)
    "stad "  # the town in Swedish, Dutch, Norwegian and Danish (forty-second attack)
    # (twenty-third attack) Basque, Maltese, Welsh, Irish and Scottish Gaelic, Catalan and Galician address words
    "helbide helbidea indirizz cyfeiriad seoladh adreca enderezo "
    # (review 23) Mexico's house number and flat inside it by their words (`numero_exterior`, `num_interior`)
    "numeroexterior numexterior numerointerior numinterior"
)
# The special categories of personal data (GDPR art. 9): health, religion, ethnicity, sex life, politics, unions
# (and a criminal record, nationality); personal keys (PERSONAL_TOKENS), whose mere presence in a query says
# something of the person (`?pregnant`, closer 128: privacy keeps such a key out even with an empty value).
SPECIAL_CATEGORY_TOKENS = frozenset((
    "religion religions religione religiao konfession religiousaffiliation religiousbeliefs ethnicity ethnie etnia "
    "etnicidad ethnicorigin racialorigin "
    "healthcondition medicalcondition healthstatus medicalhistory diagnosis diagnose diagnostico medication "
    "medications medikament medikamente medicamento medicamentos pregnancy pregnant schwangerschaft grossesse "
    "embarazo gravidanza bloodtype bloodgroup blutgruppe sexualorientation sexuality orientationsexuelle "
    "politicalparty politicalaffiliation politicalopinion politicalview politicalviews partyaffiliation partei "
    "unionmember unionmembership "
    # caste and tribe (ethnic origin), prescriptions (health), a wheelchair user or an impairment (disability),
    # pronouns and gender identity, sex life, genetic data, religion in more of the lexicon's languages
    "caste kaste tribe tribu ethnicgroup ethnicbackground religiousbelief agama tongiao вероисповедание "
    "віросповідання θρήσκευμα धर्म ศาสนา الدين ديانة 宗教 종교 "
    "prescription ordonnance eprescription medicalrecord healthrecord patientrecord vaccination impfstatus "
    "wheelchairuser impairment hearingimpaired visuallyimpaired pronoun pronouns genderidentity transgender "
    "sexlife sexualpreference geneticdata "
    "disability disabilities behinderung discapacidad disabilita "
    "tradeunion gewerkschaft sindicato biometric illness disease krankheit maladie enfermedad malattia "
    "symptom symptoms allergy allergie hivstatus groupesanguin gruposanguineo sexuelleorientierung mentalhealth "
    "orientacionsexual partidopolitico criminalrecord nationality citizenship staatsangehorigkeit "
    "nationalite nacionalidad"
).split())
PERSONAL_TOKENS = frozenset((
    # contact
    "email mail emailaddress mailaddress phone phonenumber telephone tel tele telefon telefono telefone telefonnummer "
    "ph mobile mobilephone mobilenumber mobil mobilnummer movil celular cellulare cellphone cell handy handynummer "
    "landline pager handynr nomorhp simu "
    # HTML's autocomplete names for a person and a payment card (`honorific-prefix`, `cc-csc`)
    "honorificprefix honorificsuffix cccsc ccexp ccexpmonth ccexpyear ccnumber "
    "rufnummer portable fax msisdn whatsapp sms contact contactnumber courriel correo correoelectronico posta "
    "mel pec "
    # names
    "firstname lastname surname fullname middlename maidenname givenname familyname fname lname mname "
    "forename nickname username displayname vorname nachname familienname geburtsname prenom nomdefamille "
    "apellido apellidos cognome sobrenome apelido anrede salutation "
    # address
    f"{_ADDRESS_WORDS} "
    # birth, gender
    "birthday birthdate dob dateofbirth birth geburtsdatum geburtstag geburt naissance datedenaissance "
    "nacimiento fechadenacimiento fechanacimiento nascimento datadenascimento nascita datadinascita "
    "gender sex geschlecht sexe sexo sesso "
    # government and financial ids
    "ssn socialsecurity socialsecuritynumber nationalid nationalidnumber nin nino passport passportnumber "
    "reisepass passeport pasaporte passaporte passaporto personalausweis ausweis taxid tin steuerid steuernummer "
    "driverslicense driverlicense drivinglicense driverslicensenumber licensenumber idnumber idcard iban bic "
    "creditcard cardnumber "
    "ccnumber cvv cvc cardholder accountnumber routingnumber "
    "nir securitesociale dni nie nif curp rfc cpf rg cnpj codicefiscale partitaiva "
    "cin "  # the Moroccan and Tunisian identity card (carte d'identité nationale; seventeenth attack)
    # network and account ids
    "ip ipaddr ipaddress ipv clientip remoteip userip password passwd pwd countrycode "
    "userid anonymousid anonid customerid memberid visitorid edgeeid "
    # device and advertising ids, forwarded client addresses
    "deviceid idfa idfv gaid aaid advertisingid forwardedfor recipient "
    # Dutch, Polish, Scandinavian, Finnish, Turkish, Czech, Hungarian, Romanian
    "voornaam achternaam tussenvoegsel adres straat straatnaam woonplaats telefoon telefoonnummer mobiel "
    "mobielnummer huisnummer huisnr geboortedatum geslacht emailadres bsn burgerservicenummer rekeningnummer "
    "imię nazwisko ulica kodpocztowy miejscowość numertelefonu dataurodzenia płeć pesel nip numerkonta "
    "förnamn efternamn fornavn etternavn efternavn adress gatuadress postnummer födelsedatum fødselsdato "
    "personnummer cpr cprnummer "
    "etunimi sukunimi osoite katuosoite postinumero puhelin puhelinnumero syntymäaika henkilötunnus hetu "
    "soyad soyadı adsoyad adısoyadı cep ceptelefonu telefonnumarası doğumtarihi cinsiyet tckimlik tckimlikno "
    "tckn kimlikno postakodu eposta "
    "jméno příjmení adresa rodnéčíslo vezetéknév keresztnév telefonszám születésidátum irányítószám lakcím prenume cnp "
    "telemóvel morada "  # Portuguese (Portugal): mobile, address
    # Russian (Cyrillic and transliterated), Greek and Arabic transliterated
    "имя фамилия отчество фио адрес улица телефон почта паспорт снилс инн "
    "imya familiya otchestvo fio ulitsa nomertelefona datarozhdeniya pasport snils inn pochta elektronnayapochta "
    "onoma eponymo eponymon tilefono dieuthinsi hatif unwan "
    # Japanese (romaji and script), Chinese (pinyin and script), Korean, Indonesian, Vietnamese
    "namae shimei myoji myouji jusho juusho yubinbango yuubinbangou denwa denwabango denwabangou keitai "
    "keitaibango tanjobi tanjoubi seinengappi seibetsu mynumber マイナンバー 氏名 名前 住所 電話番号 生年月日 郵便番号 "
    # (review 23: pinyin `chusheng`, born, as in `chusheng_riqi`; Korean `saengil`, a birthday; Indonesian `lahir`,
    # born, as in `tgl_lahir`; Hong Kong's card `hkid` spelled `hk_id`)
    "xingming dianhua dizhi shouji shoujihao shenfenzheng chusheng hkid 姓名 电话 地址 手机 身份证 "
    "ireum juso jeonhwa jeonhwabeonho saengil "
    "namalengkap alamat telepon nomortelepon tanggallahir lahir nik hoten hovaten diachi dienthoai sodienthoai "
    "ngaysinh "
    # Swahili (email `barua pepe`, ID card, gender), Zulu (surname, phone `ucingo`, of the phone `yocingo`, ID
    # document `umazisi`, of the ID `kamazisi`, email); their birth words are stems (`kuzaliwa`, `kuzalwa`)
    "baruapepe kitambulisho jinsia isibongo ucingo yocingo umazisi kamazisi imeyili"
).split())
_MORE_TOKENS = ((
    # abbreviations and phone words of more countries (Portuguese fone, Swiss natel, Indonesian telp)
    "bday birthdt fone natel telp handphone tlf tfno tlfno メアド ケータイ мобильный мобільний "
    # national ids, social and health insurance numbers, tax files (short ones are in WHOLE_TOKENS)
    "sozialversicherungsnummer sozialversicherung versichertennummer aadhaar aadhar nationalinsurance cedula iqama "
    "nationalinsurancenumber healthinsurancenumber socialinsurancenumber taxfilenumber emiratesid "
    # national health-insurance schemes by their own names: a member's number (the Philippines' PhilHealth,
    # Indonesia's BPJS Kesehatan, France's carte Vitale, Spain's tarjeta sanitaria, Germany's Krankenversicherten-
    # nummer, its abbreviation and its card's, the eGK; Ontario's OHIP, Québec's RAMQ, Korea's NHIS, Taiwan's NHI
    # card, India's ABHA, Ghana's NHIS)
    "philhealth bpjskesehatan cartevitale numerovitale tarjetasanitaria krankenversichertennummer kvnr egk "
    "krankenversicherungsnummer ohip ohipnumber ramq nhis nhicard abha abhanumber healthid healthcard "
    "healthinsuranceid healthinsuranceno healthinsurancecard "
    # identity cards by their own names (Malaysia's MyKad and MyKid, Vietnam's Căn cước, German Ausweisnummer,
    # Polish dowód, Italian carta d'identità, French carte d'identité, Portuguese cartão de cidadão, Israel's
    # teudat zehut, Korea's jumin, Japan's kojin bangō, the Philippines' PhilSys, Mexico's clave de elector)
    "mykad mykid cancuoc cancuoccongdan chungminhnhandan ausweisnummer personalausweisnummer idkarte dowodosobisty "
    "numerdowodu cartaidentita cartadidentita carteidentite cartedidentite cartaodecidadao documentoidentidad "
    "documentodeidentidad identitycard identitydocument teudatzehut jumin juminbeonho "
    "jumindeungnok kojinbango 個人番号 philsys claveelector clavedeelector huduma "
    # twenty-third attack: Malta's identity card (`Karta tal-Identità`, its article read past as a French elided one
    # is), Luxembourg's national number by its name (`Matricule`), the UK's National Insurance in Scottish Gaelic
    # (`Àrachas Nàiseanta`, genitive `Àrachais`), a Maltese mobile (`Mowbajl`; Faroese `Fartelefon` needs no entry:
    # `telefon` is one of _PERSONAL_STEMS, personal wherever it stands in a key)
    "kartaidentita matricule arachasnaiseanta arachaisnaiseanta mowbajl "
    # payment cards and bank accounts
    "nameoncard nameonaccount "
    "cardnum "  # (closer 222: a card's number abbreviated as `ccnum` is)
    "ccnum ccnumber ccexp ccexpiry cardexp cardexpiry cardexpiration cardexpirydate cardexpirationdate bankaccount "
    "bankaccountnumber bankdetails kontonummer bankverbindung bankleitzahl sortcode accountholder "
    "titular titulaire "  # who holds a card or an account, alone in Spanish, Portuguese and French (fifteenth attack)
    # device and advertising ids
    "imei imsi iccid macaddr pushtoken fcmtoken apnstoken devicetoken "
    # handles and profile pictures (messaging apps and social networks are in ALONE_WORDS)
    "screenname userhandle selfie profilepicture profilepic profilephoto profileimage profileurl "
    # recipients and relatives (spouse, guardian: ALONE_WORDS; `spouse_name`: PERSON_QUALIFIERS)
    "shipto billto deliverto sendto careof addressee consignee nextofkin emergencycontact replyto "
    "billedto shippedto deliveredto sentto sender sentby "  # the participles, and who sends (eighth attack)
    # a delivery's "to" in German, Dutch, Spanish and Swedish (`Lieferung an:`, `Leveren aan:`, `Entregar a:`,
    # `Leverera till:`; thirty-ninth attack), as `deliverto` is
    "lieferungan leverenaan entregara levereratill "
    "empfänger destinataire odbiorca destinatario destinataria mottagare mottaker modtager vastaanottaja penerima "
    "nguoinhan alici "  # Vietnamese `Người nhận`; Turkish `Alıcı` (in their canonical form)
    "teslimalan "  # Turkish `Teslim alan`: who takes the delivery (tenth attack; `alan` alone is a field, an area)
    "beneficiary beneficiaire beneficiario beneficiaria begunstigde begunstigter "  # who a payment is for
    # (closer 176: a transfer's other party, Portuguese's payee, a split bill's friend, a request's sender)
    "counterparty favorecido favorecida splitwith requestedfrom "
    # vehicles, coordinates and places written as codes (plates and `gps` alone: QUALIFIED groups)
    "licenseplate licenceplate numberplate platenumber carplate vehicleplate regplate registrationplate pluscode "
    "whatwords latlng latlong "
    "gpsposition gpslocation gpscoordinates "
    # Korean, Japanese kana, traditional Chinese, Arabic, Hebrew, Hindi, Thai, Greek and Ukrainian script
    "이메일 메일 전화 전화번호 휴대폰 핸드폰 주소 우편번호 생년월일 성별 성명 주민등록번호 "
    "メール メールアドレス 携帯 携帯番号 誕生日 性別 フリガナ ふりがな 名字 苗字 "
    # (closer 222, review 42: Japanese "electronic mail", the phone in hiragana as a form's kana writes it; German's
    # landline, `Festnetz`, `Festnetznummer`)
    "電子メール でんわ でんわばんごう festnetz festnetznummer "
    # (closer 232, review 39: a Japanese form's family and given name in katakana, `セイ`, `メイ`, keys of their own)
    "セイ メイ "
    "電子郵件 電郵 郵件 電子郵箱 邮箱 邮件 电子邮件 手機 身分證 邮编 性别 "
    "البريد البريد_الإلكتروني بريد_إلكتروني ايميل إيميل هاتف الهاتف جوال الجوال موبايل عنوان العنوان "
    "تاريخ_الميلاد الجنس "
    "טלפון דואל דוא״ל דואר_אלקטרוני אימייל כתובת נייד מיקוד תאריך_לידה "
    "फ़ोन फोन ईमेल पता मोबाइल पिनकोड जन्मतिथि जन्म_तिथि "
    "อีเมล โทรศัพท์ เบอร์โทร ที่อยู่ นามสกุล วันเกิด "
    "τηλέφωνο κινητό διεύθυνση επώνυμο email_διεύθυνση ηλεκτρονικό_ταχυδρομείο ταχυδρομικός_κώδικας "
    "прізвище ім'я по_батькові електронна_пошта ел_пошта емейл імейл имейл емэйл адреса "
    "электронная_почта эл_почта "
    "pincode"
).split()) + sorted(SPECIAL_CATEGORY_TOKENS)
# Abbreviations of a few letters count only as a whole token, never joined from shorter ones (`ad_id` is an ad's
# id, `adid` a device's advertising id) nor found inside a longer word.
WHOLE_TOKENS = frozenset((
    "uid udid adid oaid idfa tfn nric hkid cuit cuil attn icd eml mob csc "
    "bvn ktp "  # Nigeria's bank verification number, Indonesia's identity card
    "cccd cmnd cnic nrc "  # Vietnam's identity cards (new, old), Pakistan's, Zambia's and Myanmar's
    "pcode postcd zipcd surnm lastnm firstnm frstnm fullnm phn "  # names, post codes, phones with vowels cut
    "vname nname"  # (review 45) German CRMs' Vorname and Nachname cut to their first letter and `name`
).split())
# Words that name personal data alone (`sin`, `apt`, `kennzeichen`), or with an id word or an address or person
# qualifier anywhere in the key (`pan_number`, `customer_gsm`), and otherwise are ordinary (`precio_sin_iva`,
# `paper_gsm`, `kennzeichen_typ`).
ID_ABBREVIATIONS = frozenset((
    "sin pan rut vin gsm nhs medicare medicaid apt nit itin ein ahv "
    "ird "  # New Zealand's tax number, by its office (Inland Revenue): `ird_number` (fifteenth attack)
    "kenteken kennzeichen nummernschild matricula targa immatriculation"  # vehicle plates
).split())
# Words for "number" (`nr`, `nummer`, ...), and those of Afrikaans (`nommer`), Swahili (`namba`, `nambari`) and Zulu
# (`inombolo`): one table for the id words, a card's number words and an identity label's.
NUMBER_WORDS = frozenset("number no nr num nummer numero numer nommer namba nambari inombolo".split())
NUMBER_WORDS |= frozenset("numru nru".split())  # Maltese (`Karta tal-Identità Nru.`; twenty-third attack)
ID_WORDS = frozenset("id ids uuid guid hash token".split()) | NUMBER_WORDS
VEHICLE_WORDS = frozenset("vehicle car auto kfz fahrzeug pkw voiture coche card".split())  # and `pan_card`
# Coordinates alone, or with a position or address qualifier (`gps_position`); not `gps_enabled`.
GEO_WORDS = frozenset("gps geohash coordinates coords geopoint geolocalisation geoposition lon".split())
GEO_QUALIFIERS = frozenset("position location loc point pos lat lng latitude longitude".split())
# Address units: right before an id word (`suite_number`, `apartment_no`); `suite` alone is a product's.
ADDRESS_UNITS = frozenset("suite apartment appartement apartamento wohnung flat house haus building plate".split())
# Account, loyalty, CRM and device holders: followed by an id word they name a person's id (`client_id`,
# `memberNumber`, glued `kundennummer`); alone they are ordinary (`client`, `membership_tier`).
ACCOUNT_HOLDERS = frozenset((
    "user customer client member membership account loyalty crm external visitor subscriber person patient "
    "player profile shopper buyer guest employee student passenger traveler traveller citizen voter device android "
    "owner sender payer donor patron applicant candidate distinct cust usr acct acc mbr "
    "kunde kunden mitglied mitglieds klant lid cliente socio usuario utilisateur membre abonne adherent utente "
    "klienta uzytkownika "
    "kd"  # Kunde's abbreviation (`Kd.-Nr.`, `kdnr`: forty-fourth attack)
).split())
# A customer's own number after its label (forty-fourth attack; detector._customer_number_label): the words a shop
# names its customer, client, member or account by, singular and plural, as a label before a number sign or a line
# break (`Cust# 48120937`, `N° client 48120937`, `/kunden/48120937` in a URL path), and each glued to or beside an
# account's noun, in either order (`Kundenkonto 48120937`, `compte client`).
CUSTOMER_WORDS = frozenset((
    "customer customers cust client clients cliente clientes clienti kunde kunden kd klant klanten klient klienta "
    "klienten kund kunder member members mbr mitglied mitglieder membre membres socio socios abonne abonnent "
    "account accounts acct"
).split()) | frozenset(("donor donors spender donateur donateurs donante donantes doador doadores darczynca "
                        "darczyncy").split())  # (a donor's number: `Donor# 48120937`, `N° donateur`; closer 105)
CUSTOMER_ACCOUNT_LABELS = frozenset(
    pair for holder in CUSTOMER_WORDS for noun in "konto account compte cuenta conta conto".split()
    for pair in (holder + noun, noun + holder))
# Messaging apps (the id there is the person), social networks and profile pictures: alone (`wechat`,
# `instagram`, `avatar`) or right before a handle word (`twitter_handle`, `linkedin_url`, `avatar_url`) they name a
# person's account; `instagram_post_id`, `wechat_pay`, `avatar_size` do not. Relatives: alone (`guardian`).
ACCOUNT_WORDS = frozenset((
    "wechat weixin telegram skype viber kakao kakaotalk zalo imessage facetime threema "
    "facebook instagram twitter linkedin tiktok snapchat pinterest xing discord mastodon fb ig avatar "
    "imo qq icq kik vk vkontakte weibo douyin reddit tumblr bluesky"
).split())
HANDLE_WORDS = frozenset("id handle username user profile url link account name number no image img pic tag".split())
ALONE_WORDS = ACCOUNT_WORDS | frozenset("spouse guardian husband wife".split())
# ... and after, as Romance and Slavic languages write it (`numero_cliente`, `id_usuario`, `nr_klienta`); not
# `num_users` (a count).
LEADING_ID_WORDS = frozenset("id numero numer nr codigo codice".split())  # (`codice cliente`, Italian)
# Short names of identity cards that are other things alone (Drupal's node `nid`, an `ic` chip): right before a
# number word or `card` they name the card's number (`nid_number`, `ic_no`, `sss_card`: Bangladesh's NID,
# Malaysia's IC, the Philippines' SSS and UMID, France's CNI).
ID_CARDS = frozenset("nid ic cni sss umid".split())
# Iceland's kennitala written `kt` and Uruguay's cédula `ci`: other things alone (a weight, a city or CI build), the
# number right after them or with a number word (`ci_number`) is the person's id.
ID_CARDS |= frozenset("kt ci".split())
# The Czech and Slovak identity card, `OP` (občanský průkaz, občiansky preukaz): an operation or an opus alone
# (`Číslo OP: 204815372`).
ID_CARDS |= frozenset(["op"])
# Short names of a national insurance or a public services number that are other words alone (`ni`: Spanish "nor",
# nickel; `pps`: pulses per second): right before a number word they name the person's number (`ni_number`,
# `pps_no`: the UK's National Insurance number, Ireland's PPS number; fifteenth attack).
NUMBER_SHORT_NAMES = frozenset("ni pps".split())
# (review 45) A driving licence's `DL`, a download alone (`dl_link`, `dl_count`): right before a number word, the
# licence's number (`dl_number`, `dl_no`).
LICENCE_SHORT_NAMES = frozenset(["dl"])
# The UK's National Insurance number `NI`, Ireland's PPS number `PPS`, Colombia's and Portugal's citizen card `CC`
# (cédula de ciudadanía, printed `C.C.`; cartão de cidadão): "nor", packets per second, a copy or cubic centimetres
# alone; right before a number word (`NI number`, `ni_number`, `PPS No.`) or, as a label, a number, the person's id.
ID_CARDS |= frozenset("ni pps cc".split())
# Ireland's PPSN whole (no other word is spelled so).
WHOLE_TOKENS |= frozenset(["ppsn"])
# Citizenship in Spanish and Portuguese, the last word of Colombia's `cédula de ciudadanía` (its `C.C.`): as a label
# before a number, the person's id; as a key, citizenship (a special category, as `citizenship` is).
_MORE_TOKENS += "ciudadania cidadania".split()
# National ids named by their country's own word, as keys and as labels before a number: Iceland's kennitala,
# the former Yugoslavia's JMBG (ЈМБГ), Kazakhstan's IIN (ИИН, Kazakh ЖСН: twenty-sixth attack).
_MORE_TOKENS += "kennitala jmbg јмбг иин жсн".split()
# Greece's tax number and identity card number by their abbreviations, in Greek and Latin letters (ΑΦΜ, AFM: Αριθμός
# Φορολογικού Μητρώου; ΑΔΤ: Αριθμός Δελτίου Ταυτότητας), in capitals and in lower case (look-alike folding turns
# a capital `Μ` into Latin `M`, a small `μ` stays Greek).
_MORE_TOKENS += "ΑΦΜ αφμ afm ΑΔΤ αδτ".split()
# Icelandic phone words (sími, farsími: mobile, símanúmer): as a label, any number of seven digits after them.
_MORE_TOKENS += "sími farsími símanúmer heimasími vinnusími".split()
WHOLE_TOKENS |= frozenset(["iin"])
CARD_NUMBER_WORDS = NUMBER_WORDS | frozenset(["card"])
# WhatsApp's short name, an ordinary syllable alone (`wa`, Japanese `wa`, a US state): right before a number word it
# names the visitor's WhatsApp number (`wa_number`, `waNo`).
MESSAGING_SHORT = frozenset(["wa"])
# `id` or `documento` (in a Spanish or Portuguese form, the person's identity document) right before a number word
# names a person's identity number (`id_nommer`, `id_no`, `documento_numero`), and so does a number word of the
# languages that write it first (Romance, Swahili, Zulu), also with their `of` between (`numero_documento`,
# `numero_de_identidad`), right before an identity word other than a bare `id` (`num_id` is a numeric id). (In
# text `Identity number` stays a code label: the number after it is read for a birth date, detector._identity_label.)
ID_DOCUMENT_WORDS = frozenset("id documento".split())
_LEADING_IDENTITY_WORDS = frozenset("documento identidad identidade".split())
_LEADING_NUMBERS = ["numero", "numer", "nr", "num", "namba", "nambari", "inombolo"]
LEADING_NUMBER_WORDS = frozenset([*_LEADING_NUMBERS, *(number + of for number in _LEADING_NUMBERS
                                                       for of in ("de", "do", "da", "ya"))])
# Mobile money whose account is the person's phone (Kenya's M-Pesa): with a number word after or before it
# (`mpesa_number`, `namba_ya_mpesa`) it names that phone; alone it is a way to pay (`mpesa`). Brazil's Pix: with a
# word for key after or before it (`pix_key`, `chave_pix`) it names the person's Pix key (an email, a phone, a CPF).
MOBILE_MONEY = frozenset(["mpesa"])
PIX_WORDS = frozenset(["pix"])
KEY_WORDS = frozenset("key chave clave".split())
# A possessive right before a name word names the person filling a form (Contact Form 7's `your-name`, `my_name`,
# `votre_nom`); apart from it the name word keeps its own rule (`your_product_name` is a product's).
POSSESSIVES = frozenset("your my votre ton tu su ihr dein uw jouw".split())
# A possessive right before a number word in text names the number a person's (`my number`, `mera number`): the
# label of a phone number (detector._label_level). More of them than before a name word: glued to a name word in a
# key, short ones would make ordinary words (`mi` + `nimi`).
NUMBER_POSSESSIVES = POSSESSIVES | frozenset((
    "mera meri mere mero hamara humara tera tumhara aapka apna "  # Hindi and Urdu in Latin letters (Hinglish)
    "mi mis mon ma mes mein meine meiner meinen deine mijn mio mia tuo tua suo sua meu minha teu seu "
    "min mitt mina din ditt moj moja moje twoj benim senin"  # Romance, German, Dutch, Nordic, Polish, Turkish
).split())  # (not `our`: `our number` is the shop's)
# (and the Scandinavian number with its definite ending, `nummeret`, `numret`: the possessive follows it, `nummeret
# mitt`; twenty-sixth attack)
NUMBER_LABEL_WORDS = NUMBER_WORDS | frozenset("número numéro numara numarası nummeret numret".split())
# Pairs only: messaging apps whose name is an ordinary word (`line_id`, not `line_number`), `mobNo`.
_MORE_TOKENS += (
    "lineid linehandle lineusername signalid signalhandle signalusername signalnumber "
    "mobno mobnr mobnum mobnumber mobilno mobnummer"
).split()
# National id cards named by their country's own word or abbreviation, as keys and as labels before a number:
# Pakistan's CNIC and NICOP, Thailand's citizen id number and card (`เลขประจำตัวประชาชน`, `บัตรประชาชน`), and,
# whole token only, Sri Lanka's NIC (Bangladesh's NID is among ID_CARDS: a bare `nid` is Drupal's node id).
_MORE_TOKENS += "cnic nicop เลขประจำตัวประชาชน เลขบัตรประชาชน บัตรประชาชน".split()
WHOLE_TOKENS |= frozenset(["nic"])
# The Maghreb's identity cards (seventeenth attack): Morocco's and Tunisia's CIN and Morocco's electronic CNIE, whole
# tokens; the card named in Arabic as a label's words join (`البطاقة الوطنية`: the national card, `بطاقة التعريف`:
# the card of identification); Portugal's NIF named as its holder, `contribuinte` (`Contribuinte n.º`,
# `numero_contribuinte`).
WHOLE_TOKENS |= frozenset(["cin", "cnie"])
_ARABIC_ID_CARD_WORDS = "البطاقة_الوطنية بطاقة_التعريف".split()
_MORE_TOKENS += _ARABIC_ID_CARD_WORDS + ["contribuinte"]
# A nationality's word before `id` names that country's national id (`Thai ID`, `Moroccan ID`; seventeenth attack),
# as `national` does: the countries whose ids the gate reads by their shape, and the Maghreb's, West Africa's, the
# Caribbean's and Central America's, in English and in their own language.
NATIONALITY_WORDS = frozenset((
    "thai moroccan marocain marocaine tunisian tunisien tunisienne algerian algerien algerienne senegalese senegalais "
    "ivorian ivoirien ivoirienne kenyan nigerian ghanaian southafrican egyptian emirati saudi iranian pakistani "
    "indian malaysian singaporean indonesian filipino vietnamese chinese taiwanese korean japanese "
    "mexican brazilian chilean dominican dominicano dominicana jamaican panamanian panameno panamena guatemalan "
    "guatemalteco guatemalteca costarican costarricense "
    "spanish portuguese italian dutch swedish danish norwegian finnish icelandic polish greek turkish"
).split())
# Identity cards named by a card word and an identity word, in either order (sixteenth attack): Malay `kad
# pengenalan` (the card of identification: `no_kad_pengenalan`), Urdu `shanakhti card` (Roman and Arabic script:
# `shanakhti_card`, `شناختی کارڈ`), Urdu's national one `qaumi shanakhti card`. Either word alone is ordinary
# (`pengenalan` is an introduction, a `card` a gift card's).
IDENTITY_CARD_WORDS = frozenset("pengenalan shanakhti شناختی".split())
# ... and a voter's card, the id document Fiji, India and others issue (`Voter card no.`; nineteenth attack).
IDENTITY_CARD_WORDS |= frozenset(["voter"])
CARD_WORDS = frozenset("kad card kard کارڈ".split())
# Labels naming a mobile number only right before one (detector: a plan's mobile after them is a phone number):
# `hp`, `H/P` (handphone, Singapore's and Malaysia's phone label). Alone or before other numbers they are a brand,
# horsepower or hit points (`HP 8300`, `hp: 150`), and no key word.
# Central America's `Cel.` (celular), a temperature's unit (Celsius) before other numbers (seventeenth attack).
MOBILE_LABELS = frozenset(["hp", "cel"])
# ... and the payment apps whose account is the payee's mobile, dialled at home (Norway's Vipps, Singapore's PayNow:
# `Vipps: 412 73 925`; thirty-seventh attack): before other numbers their names are an offer's (`Vipps: 10% rabatt`).
MOBILE_PAYMENT_APPS = frozenset(["vipps", "paynow"])
MOBILE_LABELS |= MOBILE_PAYMENT_APPS
# A passport and its number in Japanese, Chinese and Korean (旅券番号, 护照号码, 여권번호), as keys and as the label
# before a passport number in text (detector._ID_DOCUMENT, where no blank need part them).
_PASSPORT_WORDS = ("旅券番号 旅券 パスポート番号 パスポート "
                   "护照号码 护照号 护照 護照號碼 護照號 護照 여권번호 여권").split()
# ... and in Armenian, Georgian and Amharic script (`Անձնագիր AN0123456`; eighteenth attack): words of one script,
# no other word begins so.
_PASSPORT_WORDS += "անձնագիր პასპორტი ፓስፖርት".split()
# ... and in Greek, Thai and Hebrew (`Διαβατήριο: AK4827316`, `หนังสือเดินทาง AA1234567`; twenty-sixth attack): one
# word of its script each, which begins no other word.
_PASSPORT_WORDS += "διαβατήριο หนังสือเดินทาง דרכון".split()
_MORE_TOKENS += _PASSPORT_WORDS
# National ids of the eighteenth attack by their own names, as keys and as labels before a number: Uzbekistan's
# PINFL (ЖШШИР, JShShIR: written in capitals and small letters, it splits into `j sh sh ir`, whose last three join),
# Mongolia's register number (`регистрийн дугаар`, a label's two words joined), Ethiopia's Fayda numbers (FAN, FIN:
# ordinary words alone, with the system's name before them).
_MORE_TOKENS += "pinfl пинфл jshshir shshir жшшир регистрийн_дугаар faydafan faydafin".split()


def _pairs() -> Iterator[str]:
    """The adjacent pairs the groups above make personal, joined as adjacent tokens are (`clientid`)."""
    for firsts, seconds in ((ADDRESS_UNITS, ID_WORDS),
                            (ACCOUNT_WORDS, HANDLE_WORDS), (ID_CARDS, CARD_NUMBER_WORDS),
                            (MESSAGING_SHORT, NUMBER_WORDS), (NUMBER_SHORT_NAMES, NUMBER_WORDS),
                            (LICENCE_SHORT_NAMES, NUMBER_WORDS),
                            (POSSESSIVES, NAME_TOKENS),
                            (PAYMENT_HANDLES, HANDLE_WORDS), (INDIAN_CARDS, CARD_NUMBER_WORDS),
                            (ID_DOCUMENT_WORDS, NUMBER_WORDS), (LEADING_NUMBER_WORDS, _LEADING_IDENTITY_WORDS),
                            (MOBILE_MONEY, NUMBER_WORDS), (LEADING_NUMBER_WORDS, MOBILE_MONEY),
                            (PIX_WORDS, KEY_WORDS), (KEY_WORDS, PIX_WORDS), ({"chavedo", "chaveda"}, PIX_WORDS),
                            (IDENTITY_CARD_WORDS, CARD_WORDS), (CARD_WORDS, IDENTITY_CARD_WORDS),
                            (NATIONALITY_WORDS, {"id"}), (LEADING_NUMBER_WORDS, {"bi"}), ({"bi"}, NUMBER_WORDS)):
        for first in sorted(firsts):
            for second in sorted(seconds):
                yield first + second

# Tokens that name a person's name only with a qualifier (`customer_name`, `nom_client`) or alone (`name`);
# `product_name`, `nombre_producto` are not personal.
NAME_TOKENS = frozenset((
    "name nom nome nombre naam namn navn nama nume isim ism imie jmeno jina "
    "nimi név "  # Finnish, Hungarian
    "igama "  # Zulu
    "이름 名字 اسم الاسم שם नाम όνομα ชื่อ"
).split())
PERSON_QUALIFIERS = frozenset((
    "customer client user contact billing shipping buyer recipient account holder member owner sender receiver "
    "additional cc "  # HTML autocomplete: `additional-name`, `cc-name` (the card holder's)
    "guest patient passenger traveler traveller person real display full first last middle given family maiden "
    # a guest in German and Dutch, Spanish, Italian, French and Polish (`Gastname`, `nombre del huésped`, `nome
    # dell'ospite`, `nom de l'invité`, `imię gościa`; thirty-ninth attack)
    "gast huésped ospite invité invitée gość gościa "
    "cliente kunde kunden utente usuario utilisateur titular complete completo complet completa "
    "klant klanten klient kund kunder asiakas müşteri volledige pelne "
    "volle kamili eliphelele "  # full: Afrikaans, Swahili, Zulu
    # relatives and people one writes for (`spouse_name`, `child_name`, `next_of_kin_name`)
    "spouse wife husband child children kid kids baby mother father guardian relative kin emergency "
    "nok "  # next of kin's abbreviation (`nok_name`, `nok_phone`; closer 144): not alone, Norway's krone's code
    "payer payee beneficiary remitter donor "  # who pays or is paid (`payer_name`)
    "משפחה פרטי العائلة الأول الاول الأخير الاخير الكامل"
).split())
# Tokens that name a place of the visitor only alone or next to an address qualifier (`billing_state`), and
# otherwise are ordinary labels (`order_state`, `sales_region`).
PLACE_TOKENS = frozenset("state region country province county pais pays land paese regione provincia estado".split())
# A person's home in Spanish, Portuguese and Italian (`domicilio`, `domicílio`): personal alone or with a person
# qualifier (`domicilio_cliente`, `domicilio_titular`). Not a place word: with a delivery word it names the shop's
# home delivery (`envio_a_domicilio`, `entrega_domicilio`), and `domicilio_gratis` is free home delivery.
DWELLING_WORDS = frozenset(["domicilio"])
ADDRESS_QUALIFIERS = frozenset((
    "billing shipping home delivery address addr customer user contact residence mailing postal visitor buyer "
    "livraison facturation envio entrega lieferung rechnung"
).split()) | PERSON_QUALIFIERS
# Stems that make any key personal wherever they stand in it (German compounds, glued words: `kundenemail`).
_PERSONAL_STEMS = (
    "email|phone|telefon|birth|geburt|surname|firstname|lastname|fullname|vorname|nachname|passport|courriel|"
    "whatsapp|msisdn|postleitzahl|postcode|zipcode|ipaddr|apellido|cognome|sobrenome|prenom|nascimento|nacimiento|"
    "telefoon|voornaam|achternaam|geboorte|nazwisko|urodzeni|förnamn|efternamn|etternavn|fødsel|födelse|"
    "sukunimi|etunimi|puhelin|syntymä|soyad|doğum|cinsiyet|příjmení|vezetéknév|keresztnév|"
    "фамил|отчеств|телефон|рожден|паспорт|familiya|otchestvo|rozhden|pasport|"
    "氏名|名前|住所|電話|生年月日|郵便|姓名|电话|地址|手机|身份证|xingming|dianhua|denwa|jeonhwa|seinengappi|tanjo|"
    "dienthoai|telepon|"
    "selfoon|kuzaliwa|kuzalwa|"  # Afrikaans cellphone (`selfoonnommer`), Swahili and Zulu birth (`lokuzalwa`)
    "sozialversicherung|kontonummer|pregnan|schwanger|religion|medikament|medicament|medication|"
    "메일|전화|주소|휴대폰|핸드폰|우편번호|생년월일|주민등록|メールアドレス|携帯|誕生日|苗字|郵件|電郵|邮箱|邮件|手機|"
    "身分證|身份證|邮编|收货人|收件人|联系人|信箱|住址|address|adress|adres|بريد|هاتف|ميلاد|טלפון|אימייל|לידה|ईमेल|मोबाइल|जन्म|อีเมล|โทรศัพท์|เบอร์โทร|นามสกุล|วันเกิด|"
    "τηλέφων|ταχυδρομ|γέννησ|прізвищ|народжен|"
    # a funeral's people in Japanese and Chinese (closer 144: `故人名`): the deceased (`故人`, `逝者`) and the chief
    # mourner who hosts the funeral (`喪主`, `施主`)
    "故人|逝者|喪主|施主"
)


# Turkish puts the possessive suffix on a noun that another noun qualifies (`müşteri adı`: the customer's name,
# `teslimat ilçesi`: the delivery's district, `ürün adı`: a product's name): its nouns are read bare and possessed,
# the possessed form in its noun's kind.
_HARMONY = {"a": "ı", "ı": "ı", "e": "i", "i": "i", "o": "u", "u": "u", "ö": "ü", "ü": "ü"}


def _turkish(nouns: str, bare: bool = True) -> List[str]:
    """The Turkish `nouns`, bare (unless not `bare`) and with the possessive suffix: the vowel of the last one by
    vowel harmony (`ad` + `ı`, `ilçe` + `si`: an `s` first after a vowel); a vowel in parentheses falls out before
    it (`is(i)m`: `isim`, `ismi`)."""
    forms: List[str] = []
    for noun in nouns.split():
        stem = noun[:noun.find("(")] + noun[noun.find(")") + 1:] if "(" in noun else noun
        vowel = next(letter for letter in reversed(stem) if letter in _HARMONY)
        forms += [noun.replace("(", "").replace(")", "")] if bare else []
        forms.append(stem + ("s" if stem[-1] in _HARMONY else "") + _HARMONY[vowel])
    return forms


# `ad` (name) bare is an advertisement (`ad_id`, `ad_name`): only its possessed form is a name word.
NAME_TOKENS |= frozenset(_turkish("ad", bare=False) + _turkish("is(i)m"))
_MORE_TOKENS += _turkish("soyad eposta cinsiyet")
NAME_TOKENS |= frozenset(_turkish("soyis(i)m"))  # (review 45: `soyisim`, surname, as Turks say it beside `soyad`)
# Towns, districts and neighbourhoods of more languages (Turkish, Vietnamese `thành phố` and the labels of its
# province, district and ward selects, Indonesian `kota`, `kecamatan`, `kelurahan`, Hausa `birni`): town words
# (TOWN_WORDS), personal in a key as `city` is. Provinces and states, and Vietnamese districts and wards alone
# (`quận`, also pinyin's coupon; `phường`, a given name), are place words.
_MORE_TOWN_WORDS = ["thànhphố", "tỉnhthành", "quậnhuyện", "phườngxã", "kota", "kecamatan", "kelurahan", "birni",
                    *_turkish("ilçe mahalle şeh(i)r semt")]
_MORE_TOKENS += _MORE_TOWN_WORDS
PLACE_TOKENS |= frozenset(["tỉnh", "quận", "huyện", "phường", "kabupaten", "provinsi", "jiha", "ìpínlẹ̀",
                           *_turkish("il ülke")])
# Person and address qualifiers: Turkish, Indonesian, Hausa (`sunan mai siya`: the name of who buys), Yoruba,
# Korean (`주문자`, the orderer: glued to a name word as Korean writes it, `주문자명`).
_MORE_PERSON_QUALIFIERS = frozenset((
    "kullanıcı üye alıcı gönderen gönderici pelanggan pembeli siya cikakken farko "
    "oníbàárà olùrà kíkún àkọ́kọ́ ìdílé "
    "주문자 수령인 수취인 구매자 고객 회원 받는분 받는사람 보내는분 보내는사람 입금자 예금주 신청자 예약자"
).split())
PERSON_QUALIFIERS |= _MORE_PERSON_QUALIFIERS
ADDRESS_QUALIFIERS |= _MORE_PERSON_QUALIFIERS | frozenset("teslimat fatura pengiriman penagihan".split())
# Who a ticket, a request or a review is by or for, as help desks and trackers name them (Zendesk's requester,
# submitter and assignee, Jira's reporter), and who orders or applies: before a name word, that person's name
# (`requester_name`, `reporterName`); a key's role word, not a thing's (`product_name`, `list_name` stay ordinary).
# Read by _role_field: the person's word right after the role (`caller_function_name`, `reviewer_badge_name` name
# code and a badge). A driver and a courier are left out: `driver_name` is a printer's or a database's driver,
# `courier_name` the carrier a parcel goes with.
_ROLE_QUALIFIERS = frozenset(
    "requester requestor reporter assignee submitter reviewer purchaser orderer applicant caller approver signer "
    "technician".split())
PERSON_QUALIFIERS |= _ROLE_QUALIFIERS
# Who receives a parcel, as `recipient`, alone: a name (`receiver`; `receiver_type` is ordinary as `recipient_type`).
ALONE_WORDS |= frozenset(["receiver"])
ADDRESS_QUALIFIERS |= _ROLE_QUALIFIERS
# What a role's person has besides the fields a customer's key names (`reviewer_location`, `caller_number`: a phone).
_ROLE_FIELDS = frozenset("location initials handle number".split())
# Who did a ticket's or a review's act, by the act (`requested_by`, `reviewed_by`): the person, as a role word is; in
# a key only, as written (a label's `Reported by: Example News` credits a newsroom, and text reads labels by theirs).
_ROLE_ACTS = frozenset("requested reported submitted reviewed approved signed assigned purchased".split())
# An act then `by` then a person's word (`created_by_name`, `updated_by_email`), not a sort's (`sort_by_name`).
_RECORD_ACTS = _ROLE_ACTS | frozenset("created updated modified edited placed".split())
# Vendors' field names, each the field's documented name (platform vocabulary, whole tokens: the digits a field name
# carries are cut from its token, `TELF1` is `telf`): SAP's customer master (KNA1: `STRAS` street and house number,
# `PSTLZ` post code, `PSTL2` and `PFACH` a post box's code and number, `TELF1`, `TELFX`, `KUNNR` the customer's number,
# `STCD1` a tax number, `ANRED` the form of address) and personnel records (PA0002 and PA0006: `NACHN`, `VORNA`,
# `RUFNM`, `MIDNM` the names, `GBDAT`, `GBORT` birth date and place, `NATIO` nationality, `PERID` the personal id,
# `PERNR` the personnel number, `TELNR`). SAP's article, plant and quantity (`MATNR`, `WERKS`, `MENGE`) are no such
# word.
SAP_PERSON_FIELDS = frozenset(
    "stras pstlz pstl pfach telf telfx kunnr stcd anred nachn vorna rufnm midnm gbdat gbort perid pernr "
    "telnr".split())
WHOLE_TOKENS |= SAP_PERSON_FIELDS
# SAP's fields that are other words in a longer key (`NATIO`, also an Australian brand: `natio_sku`; `REGIO`, the
# customer's region; KNA1's numbered `NAME1` to `NAME4`): read alone or after SAP's own prefix, `sap`, a table's name
# (KNA1, LFA1, ADRC) or a matchcode's `MC` (`KNA1-NAME1`, `MC_NAME1`), by _sap_field.
_SAP_AMBIGUOUS_FIELDS = frozenset("natio regio name".split())
_SAP_PREFIXES = frozenset("sap kna lfa adrc mc".split())
# Entra ID's (Azure AD's) token claims naming the person's sign-in name, `upn` and v1's `unique_name`: read alone or
# beside words naming the claim (`aad_upn`, `upn_claim`, `entra_unique_name`), not a product's (`product_upn`,
# `unique_name_slug`), by _entra_claim.
_ENTRA_CLAIM_WORDS = frozenset("user entra aad azure ad claim claims value token ms microsoft".split())
# Names, contact and birth in Hausa and Yoruba, and Korean words for a contact (`연락처`, a stem: `주문자연락처`),
# a delivery place (`배송지`, whole: `배송지역` is a shipping zone) and a name (`명`, with a qualifier).
NAME_TOKENS |= frozenset("suna sunan orúkọ 명".split())
_MORE_TOKENS += ["samaccountname"]  # (Active Directory's account name in lower case)
_MORE_TOKENS += "lambarwaya waya imel ranarhaihuwa jinsi fóònù ímeèlì ọjọ́ìbí 배송지".split()
_PERSONAL_STEMS += "|adireshi|àdírẹ́sì|연락처"


def _romaji(words: str) -> List[str]:
    """Japanese `words` in romaji, written with their long vowels as a keyboard types them (`yuubin bangou`), in
    every spelling people key: each long vowel doubled, cut (`bango`) or, for `ou`, written `oo` (a macron, `bangō`,
    folds to the cut vowel already)."""
    forms: List[str] = []
    for word in words.split():
        spellings = [""]
        for part in re.split("(ou|uu)", word):
            options = {"ou": ("ou", "o", "oo"), "uu": ("uu", "u")}.get(part, (part,))
            spellings = [spelling + option for spelling in spellings for option in options]
        forms += spellings
    return forms


# Japanese and Hindi (romanized and Devanagari) keys of the Indian and Japanese shops' forms. Japanese keys are glued
# compounds: a member word before a number word is a member's number (`会員番号`, `kaiin_bangou`, `お客様ID`) as
# German `kundennummer` is (ACCOUNT_HOLDERS, ID_WORDS), and `連絡先` (a contact), `番地` (a house's block number)
# are stems. `都道府県` (a prefecture) is a place word, `市区町村` (a municipality) and `locality` town words.
ACCOUNT_HOLDERS |= frozenset(["会員", "顧客", "お客様", "利用者", "ユーザー", *_romaji("kaiin kokyaku okyakusama")])
ID_WORDS |= frozenset(["番号", *_romaji("bangou")])
_MORE_TOKENS += ["姓", "番地", "連絡先", "आधार", *_romaji(
    "yuubinbangou denwabangou keitaibangou juusho myouji tanjoubi kojinbangou renrakusaki banchi")]
_MUNICIPALITY_WORDS = ["市区町村", "locality", *_romaji("shikuchouson")]
_MORE_TOWN_WORDS += _MUNICIPALITY_WORDS
_MORE_TOKENS += _MUNICIPALITY_WORDS
PLACE_TOKENS |= frozenset(["都道府県", *_romaji("todoufuken")])
_PERSONAL_STEMS += "|連絡先|番地|" + "|".join(holder + number for holder in ["会員", "顧客", "お客様", "利用者"]
                                          for number in ["番号", "id"])
# Hindi relatives and a customer (`pita_ka_naam`: the father's name), and a home (`ghar_ka_pata`), as qualifiers;
# Hindi and Urdu "full" as `full` is (`poora_naam`: the full name; not `pura`, Indonesian for a temple).
PERSON_QUALIFIERS |= frozenset("pita mata pati patni grahak पिता माता पति पत्नी ग्राहक poora पूरा پورا".split())
ADDRESS_QUALIFIERS |= frozenset("grahak ग्राहक ghar घर".split())
# An Indian address's `landmark` (`Near City Mall`; also a place to visit) and Hindi `pata` (an address; also
# Spanish for a leg): personal alone or with an address qualifier (`delivery_landmark`), as place words are, but
# a line of a street address, not a town's precision (town_key leaves them out); a store's is the store's.
ADDRESS_LINE_WORDS = frozenset("landmark pata".split())
# UPI, India's payment addresses (`name@okicici`, a VPA): `vpa` alone, `upi` right before a handle word (`upi_id`,
# `upiHandle`; not `upi_app`, `upi_transaction_id`). India's voter card (EPIC) and ration card right before a number
# word or `card` (`epic_no`, `ration_card`; `epic` alone is a story's, `ration` a pet's food).
PAYMENT_HANDLES = frozenset(["upi"])
INDIAN_CARDS = frozenset("epic ration".split())
_MORE_TOKENS += ["vpa"]

# Keys of Korean, Chinese, Vietnamese, Arabic, Persian and Hebrew forms and their transliterations (thirteenth
# attack), by kind. Arabic and Persian spellings meet in their tokens (_tokens folds letter variants and the
# definite article: `العميل` is read `عميل`, Hebrew `הלקוח` is read `לקוח`).
# The people of an order (who receives it, sends it, orders it, holds the account paid to): personal alone, as
# `recipient` and `sender` are, and qualifiers of a name or a contact word (`اسم المستلم`); Chinese writes them glued
# to what they qualify (`订购人电话`): stems.
_ORDER_PEOPLE = ("수령인 수취인 받는분 받는사람 보내는분 보내는사람 주문자 예금주 입금자 "
                 "المستلم المرسل گیرنده فرستنده נמען "
                 "suryeongin jumunja yegeumju shoujianren shouhuoren lianxiren jijianren").split()
_MORE_TOKENS += _ORDER_PEOPLE
PERSON_QUALIFIERS |= frozenset(_ORDER_PEOPLE)
_PERSONAL_STEMS += "|訂購人|订购人|下单人|寄件人|收件者|shoujianren|shouhuoren|lianxiren"
# Name words and the qualifiers that make them a person's name (Persian `نام خانوادگی`, Arabic `اسم العميل`, Hebrew
# `שם מלא`, `שם הלקוח`); Vietnamese `tên` and Hebrew `shem` transliterated, with the words after them that qualify
# them (several syllables each: joined, `ten_khach_hang`, `shem_male`).
NAME_TOKENS |= frozenset("نام ten shem".split())
PERSON_QUALIFIERS |= frozenset("خانوادگی مشتری کامل عميل زبون מלא לקוח פרטי".split())
_MORE_TOKENS += ["نام_خانوادگی", *(name + qualifier for name, qualifiers in (
    ("ten", "khachhang nguoimua nguoinhan nguoigui daydu"), ("shem", "male prati mishpacha lakoach halakoach"))
    for qualifier in qualifiers.split())]
# Contact words: Persian phone (`تلفن`), email (`پست الکترونیکی`), Chinese `联系方式` (a contact), Hebrew `פלאפון`;
# Vietnamese `sdt` (số điện thoại) whole; romanized Korean and Chinese pinyin (mobile, mailbox) as stems.
_MORE_TOKENS += "تلفن پست_الکترونیکی پست_الکترونیک פלאפון imeil".split()
WHOLE_TOKENS |= frozenset(["sdt"])
_PERSONAL_STEMS += "|联系方式|聯絡方式|聯繫方式|hyudaepon|haendeupon|youxiang"
# Messengers by their own names (`微信`, `카카오톡`), alone or before their handle words (`微信号`, `QQ号`,
# `카톡아이디`).
ACCOUNT_WORDS |= frozenset("微信 카카오톡 카톡".split())
ALONE_WORDS |= frozenset("微信 카카오톡 카톡".split())
HANDLE_WORDS |= frozenset("号 号码 號 號碼 账号 帳號 아이디".split())
# Transliterated Arabic (mobile, identity), also after its article glued or apart (`raqm_aljawal`, `al_hatif`).
_ARABIC_LATIN = "jawal jawwal hatif unwan hawiya hawiyya".split()
_MORE_TOKENS += [*_ARABIC_LATIN, *("al" + word for word in _ARABIC_LATIN)]
# National ids: a number word with an identity word (Arabic, Persian, Hebrew), Iran's national code, Israel's
# abbreviated `ת"ז`.
_MORE_TOKENS += ("رقم_الهوية بطاقة_الهوية الهوية_الوطنية رقم_الإقامة الرقم_القومي الرقم_الوطني السجل_المدني "
                 "کد_ملی شماره_ملی کارت_ملی תעודת_זהות מספר_זהות ת_ז kodmeli codemeli misparzehut").split()
# Addresses and post codes: Persian `نشانی`, `آدرس`, `کد پستی`; Chinese `邮政编码`, `郵遞區號`; Vietnamese
# `mã bưu chính`, `mã bưu điện`; transliterated Hebrew `ktovet`, `mikud`, Persian `neshani`; romanized Korean (post
# code, delivery place).
_MORE_TOKENS += "نشانی آدرس کد_پستی mã_bưu_chính mã_bưu_điện ktovet mikud neshani upyeonbeonho baesongji".split()
_PERSONAL_STEMS += "|邮政编码|郵遞區號|郵政編碼|کدپستی"
# Persian writes compounds with a zero-width non-joiner, which the canonical form removes (`شماره‌موبایل` is read
# `شمارهموبایل`): its contact, name, id and birth words are stems, found inside such a compound.
_PERSONAL_STEMS += "|ایمیل|موبایل|تلفن|آدرس|نشانی|کدملی|نام‌خانوادگی|گیرنده|تولد|جنسیت|رایانامه"
# More of those languages' words, by kind: a street (Arabic, Persian, Hebrew) and a house's plaque (Persian), a town
# (Arabic `مدينة`, Hebrew `עיר`, Korean `도시`, Chinese `城市`: town words, as `city`), a name (Korean `성함`,
# honorific; a nickname, Chinese `昵称`), birth (Korean `생일`, Chinese `生日`, `出生日期`), an email (Hebrew `מייל`),
# an id (Korean `주민번호`, the resident registration number cut short).
_MORE_TOKENS += "شارع خیابان پلاک רחוב 昵称 暱稱 생일 生日 מייל".split()
_TOWN_WORDS_13 = "مدينة עיר 도시 城市".split()
_MORE_TOWN_WORDS += _TOWN_WORDS_13
_MORE_TOKENS += _TOWN_WORDS_13
NAME_TOKENS |= frozenset(["성함"])
_PERSONAL_STEMS += "|出生日期|주민번호"
# Traditional Chinese spellings of the glued person and contact words (`聯絡人`, `收貨人`), pinyin post codes and a
# messenger's number word (`weixin_hao`), transliterated Persian (family name, post code, contact number).
_PERSONAL_STEMS += "|聯絡人|聯繫人|收貨人|聯絡電話|youbian|youzhengbianma"
HANDLE_WORDS |= frozenset("hao haoma".split())
_MORE_TOKENS += "namkhanevadegi kodposti codeposti shomaretamas shomaretelefon".split()

# Keys and labels of Russian, Ukrainian, Kazakh, Polish, Czech, Hungarian, Romanian and Greek forms and their
# transliterations (fourteenth attack), by kind. Who receives an order and who is its contact person: personal alone,
# as `recipient` and `contact` are, qualifiers of a name or a contact word, and person labels (PERSON_LABEL_WORDS).
_RECIPIENTS_14 = ("получатель отримувач одержувач адресат алушы odbiorca příjemce adresát címzett destinatar "
                  "destinatară παραλήπτης παραλήπτρια poluchatel otrymuvach oderzhuvach paraliptis").split()
_CONTACT_PERSONS_14 = ("контактное_лицо контактна_особа байланыс_тұлғасы kontaktní_osoba osoba_kontaktowa "
                       "kapcsolattartó persoană_de_contact πρόσωπο_επικοινωνίας kontaktnoe_litso").split()
# Who buys, in languages that inflect it (a key about buyers says `тип_покупателя`, `typ_kupującego`: another form), is
# personal alone too; English `buyer` is a qualifier (`buyer_type`), and so is Hungarian `vevő` (also a brand, Vevo).
_BUYERS_14 = ("покупатель покупець сатып_алушы kupujący kupující vásárló cumpărător cumpărătoare αγοραστής "
              "pokupatel pokupets agorastis").split()
_MORE_TOKENS += _RECIPIENTS_14 + _CONTACT_PERSONS_14 + _BUYERS_14
PERSON_QUALIFIERS |= frozenset(_RECIPIENTS_14 + _CONTACT_PERSONS_14 + _BUYERS_14 + ["vevő"])
# Thai who receives and who sends a parcel (sixteenth attack: `ผู้รับ: คุณสมหญิง ...`), personal alone as `recipient` is.
_RECIPIENTS_16 = "ผู้รับ ผู้ส่ง".split()
_MORE_TOKENS += _RECIPIENTS_16
PERSON_QUALIFIERS |= frozenset(_RECIPIENTS_16)
# Name words: full names (Ukrainian `ПІБ`, the initials of family name, name and patronymic as `ФИО`; Greek
# `Ονοματεπώνυμο`; Kazakh `аты-жөні`), a family name (Romanian `nume de familie`), a patronymic
# (Greek `πατρώνυμο`); Kazakh `аты` (a name: with a qualifier, `әкесінің аты`, the father's) as `name` is.
_NAMES_14 = ("піб ονοματεπώνυμο onomateponymo аты_жөні nume_de_familie πατρώνυμο "
             "patronymo").split()
_MORE_TOKENS += _NAMES_14
NAME_TOKENS |= frozenset(["аты"])
PERSON_QUALIFIERS |= frozenset(["әкесінің"])
# Birth (Czech `datum narození`, Hungarian `születésnap`, Romanian `data nașterii`, Kazakh `туған күні`) and an
# address (Kazakh `мекенжай`); Hungarian `cím` is an address and a title (`termék cím`): personal only right after
# an address qualifier (`szállítási cím`, `számlázási_cím`; `lakcím` above).
_PERSONAL_STEMS += "|narozen"
_MORE_TOKENS += "születésnap data_nașterii туған_күні мекенжай".split()
_MORE_TOKENS += [qualifier + "cím" for qualifier in (
    "szállítási számlázási kézbesítési postai levelezési otthoni").split()]

# Keys and labels of Georgian, Armenian, Mongolian (Cyrillic), Uzbek Cyrillic, Kinyarwanda, Amharic, Burmese, Khmer
# and Sinhala forms (eighteenth attack), by kind: phones, ids, family names and addresses personal alone; name words
# (`სახელი`, `Անուն`, `Нэр`, `ስም`, `အမည်`, `ឈ្មោះ`, `නම`, `Исм`, `izina`) as `name` is, with the father's
# (`эцгийн нэр`, `የአባት ስም`) as a qualifier. Khmer and Burmese glue their words (`លេខទូរស័ព្ទ`: the phone's number):
# the phone words are stems there.
_MORE_TOKENS += ("ტელეფონი მობილური პირადი_ნომერი გვარი მისამართი "
                 "հեռախոս բջջային անձնագիր ազգանուն հասցե "
                 "утас гар_утас регистр регистрийн_дугаар овог хаяг "
                 "telefoni indangamuntu amazina "
                 "ስልክ አድራሻ ဖုန်း လိပ်စာ ទូរស័ព្ទ នាមត្រកូល អាសយដ្ឋាន දුරකථන ලිපිනය").split()
NAME_TOKENS |= frozenset("სახელი անուն нэр исм izina ስም အမည် နာမည် ឈ្មោះ නම".split())
PERSON_QUALIFIERS |= frozenset("эцгийн የአባት".split())
_PERSONAL_STEMS += "|ទូរស័ព្ទ|ဖုန်း"

# Keys and labels of the nineteenth attack's forms (Pacific, Balkans, Belarus, Caribbean), by kind. Name words, as
# `name` is (personal alone or with a person qualifier): Fijian `yaca`, Samoan `igoa`, Tongan `hingoa`, Hawaiian
# `inoa`, Tok Pisin `nem`, Croatian, Serbian and Bosnian `ime`, Albanian `emri`, Bulgarian and Macedonian `име`,
# Belarusian `імя`, Kreyòl `non`, Papiamento `nomber`. Family names personal alone, as `surname` is: Croatian
# `prezime`, Albanian `mbiemri`, Macedonian `презиме` (Bulgarian's father's name), Belarusian `прозвішча`. Who buys,
# in Belarusian (`Пакупнік`), as the fourteenth attack's buyers are. Tok Pisin's phone number (`namba fon`, joined),
# and the telephone's own word where the lexicon had none (Fijian `talevoni`, Tok Pisin `fon`, Samoan `telefoni`).
_NAME_WORDS_19 = "yaca igoa hingoa inoa nem ime emri име імя non nomber".split()
_NAMES_19 = "prezime mbiemri презиме прозвішча".split()
_BUYERS_19 = ["пакупнік"]
NAME_TOKENS |= frozenset(_NAME_WORDS_19)
_MORE_TOKENS += _NAMES_19 + _BUYERS_19 + ["nambafon", "fonnamba", "talevoni", "fon", "telefoni"]
PERSON_QUALIFIERS |= frozenset(_BUYERS_19)

# Keys and labels of the twentieth attack's forms (Central and Southern Africa, South and Central Asia), by kind. Name
# words, as `name` is (personal alone or with a person qualifier): Shona `zita`, Bemba `ishina`, Lingala `nkombo`,
# Umbundu `onduko`, Turkmen `ady`, Bengali `নাম`, Dhivehi `ނަން`; Pashto `نوم` is also Arabic "sleep" (`ملابس نوم:`,
# sleepwear): a name label only alone (_ALONE_NAME_LABELS). Full and family names, personal alone as `fullname` and
# `surname` are: Kyrgyz `аты-жөнү`, Tajik `ному насаб` and `насаб` (a lineage: the family name), Dari `تخلص`.
# Addresses (Nepali `ठेगाना`, Bengali `ঠিকানা`, Kyrgyz `дарек`, Tajik `суроға`) and Afghanistan's identity card by
# its own name (`tazkira`, `تذکره`), personal alone (the telephone's words: below). Mozambique's
# tax number `NUIT` (French "night" too: `prix_nuit`) alone or with an id word, as `sin` is; the identity card of the
# Portuguese-speaking countries, `BI` (bilhete de identidade; business intelligence alone), with a number word before
# or after it (`numero_bi`, `bi_number`: _pairs).
_NAME_WORDS_20 = "zita ishina nkombo onduko ady নাম ނަން".split()
_NAMES_20 = "аты_жөнү ному_насаб насаб تخلص".split()
_ALONE_NAME_LABELS_20 = ["نوم"]
NAME_TOKENS |= frozenset(_NAME_WORDS_20 + _ALONE_NAME_LABELS_20)
_MORE_TOKENS += _NAMES_20 + "ठेगाना ঠিকানা дарек суроға tazkira تذکره".split()
ID_ABBREVIATIONS |= frozenset(["nuit"])

# Name words of the twenty-first attack's forms (West and Southern Africa, the Indian Ocean), as `name` is (personal
# alone or with a person qualifier): Setswana `leina`, Sesotho `lebitso`, siSwati `libito`, Oshiwambo `edhina`, Fon
# `nyikɔ`, Malagasy `anarana`.
_NAME_WORDS_21 = "leina lebitso libito edhina nyikɔ anarana".split()
NAME_TOKENS |= frozenset(_NAME_WORDS_21)
# Who buys, in the genitive the Bengali and Nepali forms write before their name word ("customer's name": `গ্রাহকের
# নাম`, `ग्राहकको नाम`), a person qualifier as `customer` is; and the customer in the nominative.
PERSON_QUALIFIERS |= frozenset("গ্রাহকের গ্রাহক ग्राहकको ग्राहक ग्राहकका".split())

# Key words of the twenty-eighth attack's forms (Southern and East Africa, the Horn, the Baltic, the Balkans, the
# Faroes, Greenland, South and Southeast Asia, Tibet, Arabizi), by kind. Name words, as `name` is: Oromo `maqaa`,
# Luganda `erinnya`, Kalaallisut `ateq`. Family names, personal alone as `surname` is: Xhosa `ifani`, Faroese
# `eftirnavn`, Nepali `थर`. A mother or a father, person qualifiers as `mother` is (`jina_la_mama`, `magaca_hooyada`,
# `والدہ_کا_نام`, `মাতার_নাম`, `ism_al_umm`): Swahili `mama`, `baba`, Somali `hooyo`, `aabo` with their article,
# Urdu `والدہ`, `والد`, Bengali `মাতার`, `মায়ের`, `পিতার`, `বাবার`, transliterated Arabic `umm`; Arabizi's customer
# (`3amil`: the digit cuts it, `amil`) too. Arabizi's name word `esm` is ECMAScript's modules alone: personal only
# joined with its qualifier (`esm_el_3amil`, `esm_kamel`).
NAME_TOKENS |= frozenset("maqaa erinnya ateq".split())
_MORE_TOKENS += "ifani eftirnavn थर".split()
_PARENTS_28 = "mama baba hooyo hooyada aabo aabaha والدہ والد মাতার মায়ের পিতার বাবার umm".split()
PERSON_QUALIFIERS |= frozenset(_PARENTS_28 + "amil zabon zaboun".split())
_MORE_TOKENS += ["esm" + of + qualifier for of in ("", "el", "al")
                 for qualifier in "amil zabon zaboun kamel omm".split()]
# A name word with the possessive after it, as the Bantu languages and Albanian write "my name" and "your name"
# (Zulu `igama lami`, `igama lakho`, Xhosa `igama lam`, Swahili `jina langu`, `jina lako`, Sesotho and Setswana
# `lebitso la ka`, `leina la me`, Albanian `emri im`, `emri yt`): the person filling a form, as `your_name` is.
_MORE_TOKENS += "igamalami igamalakho igamalam jinalangu jinalako lebitsolaka leinalame emriim emriyt".split()
# The attention of (`attention_of`, German `zu_Handen`: who a parcel is for) and a passport's machine-readable zone
# (`mrz`, `mrz_line_1`: it holds the holder's name, number and birth date).
_MORE_TOKENS += "attentionof zuhanden mrz".split()
# Addresses, personal alone: Faroese `bustaður`, Kalaallisut `najugaq`, Urdu `پتہ`, Tibetan `ཁ་བྱང`; Somali's identity
# (`aqoonsi`, with its article `aqoonsiga`: the identity card's word). (Slovene `naslov`, an address, is Croatian's and
# Serbian's title: not read alone, as Hungarian `cím` is not.)
_MORE_TOKENS += "bustaður najugaq پتہ ཁ་བྱང aqoonsi aqoonsiga".split()
# Birth, personal alone as `birth` and `dob` are: Somali `dhalasho` (`taariikhda_dhalashada`), Uzbek `tug'ilgan`
# (born; its apostrophe cuts it, `tug` + `ilgan`), Latvian `dzimšanas`, Lithuanian `gimimo` (of birth), Albanian
# `datëlindja` and `ditëlindja` (the birth date, the birthday), Slovene `rojstva`, `rojstni` (of birth, natal),
# Faroese `føðingardagur`, Kalaallisut `inunngorfik`, Urdu `پیدائش`, Bengali `জন্ম` (`জন্ম_তারিখ`), `জন্মদিন`, Burmese
# `မွေးနေ့`, Khmer `ថ្ងៃកំណើត`, Lao `ວັນເກີດ` (the birthday; Khmer and Lao glue their words: the whole compound).
_MORE_TOKENS += ("dhalasho dhalashada tugilgan туғилган dzimšanas gimimo datëlindja datëlindje ditëlindja ditëlindje "
                 "rojstva rojstni føðingardagur føðingardato fæðingardagur inunngorfik inunngorfia پیدائش জন্ম "
                 "জন্মতারিখ জন্মদিন မွေးနေ့ ថ្ងៃកំណើត ថ្ងៃខែឆ្នាំកំណើត ວັນເກີດ ວັນເດືອນປີເກີດ").split()
# Passports: Swahili `pasipoti`, Albanian `pasaporta` (`pasaporti`: the passport); a passport's number where its word is
# another language's alone (Latvian `pase`, Lithuanian `paso`, Estonian `passi`: Spanish and Italian pass, step):
# joined with the language's own number word (`pases_numurs`, `paso_numeris`, `passi_number`); Slovene `potni list`.
_MORE_TOKENS += ("pasipoti pasaporta pasaporti pasaportë pasesnumurs pasenumurs pasonumeris passinumber potnilist "
                 "potnegalista").split()
# A car's plate: a number word before the car (Swahili `namba_ya_gari`, Russian `номер_авто`, `номер_машины`), the
# plate's own word (Afrikaans and Flemish `nummerplaat`, Russian `госномер`, Uzbek `davlat raqami`: the state number),
# and a car's registration (`car_reg`, `vehicle_registration`: what the plate carries).
_MORE_TOKENS += ("nambayagari nambariyagari номер_авто номер_машины госномер nummerplaat kentekenplaat davlatraqami "
                 "давлат_рақами carreg carregistration vehiclereg vehicleregistration "
                 # (the UK's vehicle registration mark, a plate's own word: `pcn_vrm`, closer 153; not `vrn`, a
                 # porting code's letters as often)
                 "vrm").split()

# Identity cards and driving licences of the twenty-eighth attack's languages, as `id_card` and `drivers_license` are:
# Estonian `ID-kaart`, `juhiluba`, Afrikaans `rybewys` (and Dutch-spelled `rijbewys`), Uzbek `haydovchilik
# guvohnomasi`, Latvian `vadītāja apliecība`, Lithuanian `asmens tapatybės kortelė`, Kazakh `жеке куәлік`; Kenya's tax
# PIN (`KRA PIN`) and Tanzania's national id (`NIDA`) after their number word (`namba ya NIDA`).
_IDENTITY_DOCUMENTS_28 = ("idkaart juhiluba rybewys rijbewys rybewysnommer rijbewysnommer haydovchilikguvohnomasi "
                          "vaditajaapliecība vaditajaaplieciba asmenstapatybeskortele жекекуәлік").split()
_MORE_TOKENS += _IDENTITY_DOCUMENTS_28 + "krapin nambayanida nambariyanida".split()

# Key words of the thirty-third attack's forms, by kind. Who a gift or a payment is for or from: a name word right
# after `to` or `from` (`to_name`, `gift_from_name`; `to` and `from` alone qualify nothing: `add_to_cart_name`), the
# giftee, the payee, and a recipient in Japanese, Hindi and Bengali (`受取人`, `प्राप्तकर्ता`, `প্রাপক`): personal alone,
# as `recipient` is, and qualifiers of a name or contact word. A name's initial after a name's part (`middle_initial`;
# `initials` alone is an engraving's), a handle on a screen (`screen_handle`, as `screen_name`).
_RECIPIENTS_33 = "giftee giftees gifter payee 受取人 受け取り人 受取者 お届け先 宛名 प्राप्तकर्ता प्रेषक প্রাপক".split()
_MORE_TOKENS += _RECIPIENTS_33 + [side + name for side in ("to", "from") for name in ("name", "names", "fullname")]
PERSON_QUALIFIERS |= frozenset(_RECIPIENTS_33)
_MORE_TOKENS += [part + initial for part in ("first", "middle", "last", "given", "family", "sur")
                 for initial in ("initial", "initials")] + ["screenhandle"]
# Contact, address and birth: the Nordic and Baltic email (`e-post`, Finnish `sähköposti`, Latvian `e-pasts`,
# Lithuanian `el. paštas`, Icelandic `netfang`), a number word before a mobile's label (`no_hp`, `nomor_hp`,
# `num_cel`), a post code in Russian and Ukrainian (`почтовый индекс`; `индекс` alone is an index), a flat alone or
# with an address qualifier (`apartment`, as `apt`), a neighbourhood in Mexico, Brazil and Spain alone or with an
# address qualifier (`colonia`, `bairro`, `barrio`), a year of birth (`yob`), a forwarded client address (`xff`:
# X-Forwarded-For).
_MORE_TOKENS += ("epost epostadresse epostadress epostadres sähköposti sähköpostiosoite epasts elpastas netfang "
                 "почтовый_индекс поштовий_індекс pochtovyyindeks").split()
ADDRESS_LINE_WORDS |= frozenset("colonia bairro barrio".split())  # (not `colonia_fragrance`: a cologne)
_MORE_TOKENS += [number + label for number in (*NUMBER_WORDS, "nomor") for label in MOBILE_LABELS]
ID_ABBREVIATIONS |= frozenset("apartment appartement apartamento".split())
WHOLE_TOKENS |= frozenset("yob xff".split())
# National ids, bank accounts and cards: Turkey's `T.C.` number (`tc_no`), social security in Spain and Mexico (`NSS`),
# Austria (`SVNR`, a whole key: as a label its number keeps the insurance number's own reading), national numbers by
# their abbreviations (Croatia's `OIB`, Bulgaria's `ЕГН`, Slovenia's `EMŠO`, Greece's `ΑΜΚΑ`) and the Baltic's and
# Belgium's by their names, Germany's tax id spelled out; an account after or before a number word in Spanish,
# Portuguese, French, Italian and Polish (`numero_cuenta`, `conta_numero`, `numer_konta`), Mexico's `CLABE`,
# Argentina's `CBU` and `CVU`, Australia's `BSB` (as `sort_code`); a card named in German and the Nordic languages
# (`Kreditkarte`, `kreditkort`, stems of compounds) or, in a key only, with a number word after it (`card_no`,
# `tarjeta_numero`) or before it (`numero_de_tarjeta`): as a label, `Gift card no.` names a gift card's code.
_MORE_TOKENS += ["tc" + number for number in NUMBER_WORDS]
WHOLE_TOKENS |= frozenset("nss oib egn emso amka clabe cbu cvu bsb".split())  # (ЕГН, ΑΜΚΑ: below)
_MORE_TOKENS += ("isikukood personaskods asmenskodas rijksregisternummer seguridadsocial steueridnr steueridentnr "
                 "cuentabancaria contabancaria comptebancaire contobancario").split()
_PERSONAL_STEMS += "|steueridentifikation|kreditkart|kreditkort"
_ACCOUNTS_33 = "cuenta conta compte conto konta".split()
_CARDS_33 = "card karte tarjeta carte carta cartao cartão karty kort".split()
_MORE_TOKENS += [word + number for word in _ACCOUNTS_33 for number in NUMBER_WORDS]
_MORE_TOKENS += [number + word for number in LEADING_NUMBER_WORDS for word in _ACCOUNTS_33]
# A bank account's word as a label before its number in text (detector._bank_account_label): the account words of
# keys above, German `Konto` and its abbreviation `Kto`, English `account` and the abbreviations forms print (`acc`,
# `acct`; `A/c` is read by its slash), Japanese `口座`, and the kind a Japanese transfer writes alone before the
# number (closer 184: `渋谷支店 普通 1234567`, an ordinary deposit's `普通`, a current account's `当座`). The kinds of
# account said before or after it (`savings account`, `conta poupança`, `conto corrente`): the languages' own words,
# read beside an account's word only.
BANK_ACCOUNT_WORDS = frozenset([*_ACCOUNTS_33, "konto", "kto", "account", "acct", "acc", "口座", "普通", "当座",
                                "普通預金", "当座預金"])
ACCOUNT_KIND_WORDS = frozenset(
    "savings checking chequing current cheque corrente poupanca corriente ahorros ahorro courant giro".split())
# A bank's branch code by its label (detector._branch_code_before): the UK's sort code, Australia's BSB, India's IFSC,
# Canada's transit number, South Africa's branch code; their layouts are the detector's.
BRANCH_CODE_LABELS = ("sort code", "sortcode", "s/c", "bsb", "ifsc", "transit", "branch code")
# A transfer's word, as a payout note asks for one (`transferir a`, `Transfer to`, `SPEI:`): before a Mexican CLABE
# (eighteen digits and their check, detector._clabe_after_transfer), it names the number the account paid to.
TRANSFER_WORDS = frozenset(
    "transferir transfiera transfiere transferencia transfer transfers deposit depositar deposito deposite spei wire "
    "enviar envia envie pagar pague".split())
CARD_NUMBER_KEYS = frozenset([*(word + number for word in _CARDS_33 for number in NUMBER_WORDS),
                              *(number + word for number in LEADING_NUMBER_WORDS for word in _CARDS_33[1:])])

ASCII_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
# Vowel signs that take space (Devanagari `ा`, Bengali, Tamil): part of a word, as letters are, not a cut in it.
SPACING_MARKS = "".join(chr(code) for code in range(0x900, 0x10000) if unicodedata.category(chr(code)) == "Mc")
WORD_RUN = f"(?:[^\\W\\d_]|[{SPACING_MARKS}])+"  # (detector: a label's words too)
_WORD_RUNS = re.compile(WORD_RUN)


def key_tokens(key: str) -> List[str]:
    """The tokens of a key: split on separators, digits and case changes (`billingPostCode` = billing, post,
    code; `IPAddr` = ip, addr), each folded to lowercase, after canonical folding."""
    form, _ = canonical(key)
    return _tokens(form)


# Arabic-script letter variants (canonical.ARABIC_LETTER_VARIANTS) in one form in a key's tokens (the canonical form
# has dropped the tatweel). The article (Arabic `ال`, Hebrew `ה`) is not part of a token's word.
_ARABIC_VARIANTS = str.maketrans(ARABIC_LETTER_VARIANTS)


def without_article(token: str) -> str:
    """An Arabic-script token without its article `ال` (a word of two letters keeps it)."""
    return token[2:] if token[:2] == "ال" and len(token) > 3 else token


def _tokens(form: str) -> List[str]:
    if form.isascii():  # letters only: the word pattern skips digits and separators itself
        return [word.lower() for word in ASCII_WORDS.findall(form)]
    tokens: List[str] = []
    for run in _WORD_RUNS.findall(form):
        if run.isascii():
            tokens.extend(word.lower() for word in ASCII_WORDS.findall(run))
        elif "\u0600" <= run[0] <= "\u06ff":  # Arabic script: one letter for each variant, the article apart
            token = run.casefold().translate(_ARABIC_VARIANTS)
            tokens.append(without_article(token))
        elif run[0] == "ה" and len(run) > 2:  # Hebrew: the article apart
            tokens.append(run[1:])
        else:  # a capital with no Latin look-alike, folded, may have one (Armenian `Ս` is `ս`, which reads `u`)
            token = run.casefold()
            tokens.append(token if token == run else canonical(token)[0].casefold())
    return tokens


# The lexicon is folded as keys are (accents, case, look-alikes: a Cyrillic `телефон` partly becomes Latin
# letters), so that a word and a key spelled alike always meet.
def _folded(word: str) -> str:
    if word.isascii() and word.isalpha() and word.islower():
        return word  # folded already: no copy
    return "".join(key_tokens(word))


def _label_forms(words: str) -> List[str]:
    """Each of `words` as a key's token folds it (_folded) and as a label's word is read in the canonical text."""
    return [form for word in words.split() for form in (_folded(word), canonical(word)[0].casefold())]


# Mongolia's register number `РД` and Ethiopia's `Fayda` (Turkish "benefit" alone): right before a number or a
# number word, the person's id (folded here, where _folded is defined).
ID_CARDS |= frozenset(_folded(word) for word in "рд fayda ፋይዳ".split())

# Words naming a telephone, by kind (nineteenth attack): the device (`phone`, `telefon`, Fijian `talevoni`, Samoan and
# Tongan `telefoni`, Tok Pisin `fon`, Kreyòl `telefòn`), a mobile (`mobile`, `portable`, `celular`, `handy`,
# `мобилен`) and their abbreviations (`tel`, `tél.`, `tfno`, `тел.`), in English, French, Spanish, Portuguese,
# Italian, German, Dutch, the Nordic languages, Lithuanian, Croatian, Serbian, Bosnian, Albanian, Bulgarian,
# Macedonian, Russian, Ukrainian, Fijian, Samoan, Tongan, Tok Pisin, Kreyòl and Papiamento. Personal as keys and
# labels; after one, as a label's last word, a number of six digits is a phone number too (detector: New Caledonia's
# and French Polynesia's plans are that short).
PHONE_LABEL_WORDS = frozenset(_label_forms(
    "phone telephone tel tele telefon telefono telefone telefoni telefoon telefonas talevoni fon "
    "mobile mobil mobiel movil celular cellulare cell cellphone portable handy natel tlf tfno gsm "
    "телефон тел мобилен мобилни мобильный мобільний"))
# Identity numbers named by their own abbreviation in Cyrillic: the former Yugoslavia's JMBG as Macedonia and Serbia
# write it (`ЕМБГ`, `ЈМБГ`); right before a number, the person's id (nineteenth attack).
ID_CARDS |= frozenset(_label_forms("ЕМБГ ЈМБГ"))
# Identity cards and personal numbers by their own names, other words alone (French `nuit`: night; `PMA`): right
# before a number, or a number word and a number, the person's id (twentieth attack): Mozambique's tax number
# `NUIT`, Afghanistan's `tazkira` (`تذکره`), Kyrgyzstan's personal number `ПИН`, Tajikistan's tax number `РМА` and
# passport `шиносномаи`, Bulgaria's `EGN` in Latin letters, a voter's card (`carte d'électeur`) and an identity
# card named by its last word (`carte nationale d'identité`, `bilhete de identidade`).
ID_CARDS |= frozenset(_label_forms("nuit tazkira tazkera تذکره ПИН РМА шиносномаи egn electeur identite identidade"))
# ... and, right before a number (twenty-first attack), Mali's `NINA`, Benin's `NPI`, Botswana's `Omang`, Mauritius's
# `NIC`, Madagascar's `karatra manondro` (its last word) and Bangladesh's identity card in Bengali (`পরিচয়পত্র`, before
# its number words `নং`, `নম্বর`).
ID_CARDS |= frozenset(_label_forms("nina npi omang nic manondro পরিচয়পত্র"))
# ... and (twenty-second attack) an identity card named by its last word, the card, in Czech, Slovak, Slovene and
# Croatian (`občanský průkaz`, `občiansky preukaz`, `osebna izkaznica`, `osobna iskaznica`), and Macau's resident
# card `BIR` (bilhete de identidade de residente), right before its number or its number sign.
ID_CARDS |= frozenset(_label_forms("průkaz preukaz izkaznica iskaznica bir"))
# ... and Bolivia's identity card, `carnet`, as Aymara and Quechua possess it ("my card": Aymara `carnetaja`, with
# its topic's `-x`, `-xa`; Quechua `carnetniy`, `carnetniyqa`, `carnetniymi`), right before its number: `Nayan
# carnetajax 4567891 LP` (twenty-second attack; `carnet` alone is a notebook or a book of tickets too).
ID_CARDS |= frozenset(_label_forms("carnetaja carnetajax carnetajaxa carnetniy carnetniyqa carnetniymi"))
# Card names that are as often a customer's, a campaign's or a content's id (`sc_cid`): an identity card's only
# before a number word (`CID No: 11512345678`: Bhutan's citizenship id).
NUMBERED_ID_CARDS = ID_CARDS | frozenset(["cid"])
# Words naming a telephone line (twentieth attack): a messaging app on a mobile (`WhatsApp`, `Viber`), a fixed line
# (`fixe`, `fixo`, `fijo`, French `domicile`: the home's line), Swahili's `simu` (telephone) and `mkononi` (in the
# hand: a mobile), Nepali's `फोन` and `मोबाइल`, Bengali's `ফোন` and `মোবাইল`, Dhivehi's `ފޯނު`. Phone label words as the
# others.
PHONE_LINE_WORDS = frozenset(_label_forms("whatsapp viber fixe fixo fijo domicile simu mkononi फोन मोबाइल ফোন মোবাইল "
                                          "ފޯނު"))
PHONE_LABEL_WORDS |= PHONE_LINE_WORDS
# (the telephone's own nouns are personal as keys and labels too; an app's name or a line's kind alone is not:
# `Viber Sticker Pack`, `Fixe: garantie 2 ans`)
_MORE_TOKENS += _label_forms("simu फोन मोबाइल মোবাইল ফোন ފޯނު")  # (Bengali's `ফোন` too)
# A phone label's last word, in parentheses, naming the kind of line (`Mobile (home)`, `Phone (work)`).
PHONE_LINE_KINDS = frozenset("home work office mobile cell fixed landline private business".split())

# Keys and labels of the twenty-first attack's forms (the Gulf, the Sahel, West Africa, the southern Indian Ocean), by
# kind. The telephone's words, personal as keys and labels: Gulf Arabic's mobile `نقال` and WhatsApp in Arabic letters
# (`واتساب`, `واتس`), Mauritian and Seychellois Creole's mobile `portab`, siSwati's telephone `lucingo` (`yelucingo`:
# of the telephone), Setswana's `mogala` and Sesotho's `mohala`.
_MORE_TOKENS += _label_forms("نقال النقال واتساب الواتساب واتس الواتس portab lucingo yelucingo mogala mohala")
# Mobile money whose account is the person's phone, as M-Pesa's (above): MTN's `MoMo`, Orange's, Moov's and Airtel's
# `Money`, Vodafone's `Cash`, Africell's `AfriMoney`, Telma's `MVola`, Moov's `Flooz`, `Wave` (`momo_number`,
# `numero_orange_money`, `wave_number`).
MOBILE_MONEY |= frozenset("momo mtnmomo orangemoney moovmoney airtelmoney vodafonecash afrimoney mvola flooz wave "
                          "ecocash tigopesa".split())
# Mobile operators (detector: a number word and an operator's name, `Numéro Orange`, label a mobile number).
MOBILE_OPERATORS = frozenset("orange moov mtn airtel vodafone africell tigo glo telma ooredoo zain omantel batelco "
                             "mascom btc vodacom econet".split())
# National ids by their own names: Kuwait's and Oman's civil id (`civil_id`, `civil_number`), and, alone or with an id
# word (as `sin` is), Mali's NINA, Benin's NPI, Botswana's Omang; Madagascar's identity card `karatra manondro`.
_MORE_TOKENS += ["civil" + word for word in ("id", *sorted(NUMBER_WORDS))] + ["karatramanondro"]
ID_ABBREVIATIONS |= frozenset("nina npi omang".split())
# A person's name as a key (personal alone, as `fullname` is): Malagasy `anarana`, Setswana `leina`, Sesotho `lebitso`,
# siSwati `libito`, Oshiwambo `edhina`, Afrikaans' name and surname `naam en van` (`van` alone is a vehicle).
_MORE_TOKENS += "anarana leina lebitso libito edhina naamenvan volnaam".split()

# Keys and labels of the twenty-second attack's forms (Central Europe, the Baltics, Laos, Tibet, Brunei), by kind. Name
# words, as `name` is (personal alone or with a person qualifier): Slovak `meno`, Latvian `vārds`, Lithuanian `vardas`,
# Lao `ຊື່` and Tibetan `མིང` (their vowel signs are marks the canonical form removes: `ຊ`, `མང`). Family and given
# names, personal alone as `surname` is, and person labels (PERSON_LABEL_WORDS): Slovene `priimek`, Slovak
# `priezvisko`, Latvian `uzvārds`, Lithuanian `pavardė`, Estonian `perekonnanimi` and `eesnimi`. Malay's `penuh`
# (full: `nama penuh`) is a person qualifier as `lengkap` is.
_NAME_WORDS_22 = "meno vārds vardas ຊື່ མིང".split()
_NAMES_22 = "priimek priezvisko uzvārds pavardė perekonnanimi eesnimi".split()
NAME_TOKENS |= frozenset(_NAME_WORDS_22)
_MORE_TOKENS += _NAMES_22
PERSON_QUALIFIERS |= frozenset(["penuh"])
# The same attack's forms of Hong Kong and Macau, Timor-Leste, the Andes, Mesoamerica and the Arctic too. The
# telephone's words, personal as keys and labels (and a phone label's last word, PHONE_LABEL_WORDS): Latvian
# `tālrunis`, Northern Sámi `telefovdna`, Kalaallisut `oqarasuaat`, K'iche' `ajtzijb'al` (its glottal stop's apostrophe
# joins its two halves: detector._label_tokens), Lao `ເບີໂທ` (phone number) and `ໂທລະສັບ` (telephone).
_PHONE_WORDS_22 = "tālrunis telefovdna oqarasuaat ajtzijb'al ເບີໂທ ໂທລະສັບ"
_MORE_TOKENS += _label_forms(_PHONE_WORDS_22)
PHONE_LABEL_WORDS |= frozenset(_label_forms(_PHONE_WORDS_22))
# ... and Latvian `tālrunis` abbreviated as a label (`Tālr. 2123 4567`; twenty-sixth attack).
_MORE_TOKENS += _label_forms("tālr")
PHONE_LABEL_WORDS |= frozenset(_label_forms("tālr"))
# A compound ending in a telephone's own long word names a telephone too (Faroese `Fartelefon`, German
# `Mobiltelefon`, Northern Sámi `Giehtatelefovdna`; twenty-third attack): detector._six_after_phone_label reads a
# label's last word by its ending (not the short `phone`, `fon`: `Headphone`, `Saxofon`; Cyrillic `телефон` too:
# its canonical form opens with Latin `te`). Made after the last of PHONE_LABEL_WORDS (`telefovdna`, just above).
TELEPHONE_ENDINGS = tuple(sorted(word for word in PHONE_LABEL_WORDS if len(word) >= 7 and word.startswith("te")))
# Personal numbers by their own names, personal alone as `personnummer` is: Estonia's `isikukood`, Lithuania's `asmens
# kodas`, Latvia's `personas kods`, Slovenia's `EMŠO`, the identity card of Hong Kong and Taiwan in traditional Chinese
# (`身份證`, one of _PERSONAL_STEMS: `身份證號碼`), Bolivia's and Chile's `carnet de identidad`, a tribal nation's
# enrollment (`tribal_enrollment_number`).
_MORE_TOKENS += "isikukood asmenskodas personaskods emšo carnetdeidentidad carnetidentidad tribalenrollment".split()
# Identity numbers by their own names in the twenty-ninth attack's languages, personal alone as `matricule` is:
# Luxembourg's and Germany's `Matrikelnummer` (the matricule, a student's number), Pashto's identity card
# `پېژندپاڼه` (in the oblique case after `د`, `د پېژندپاڼې شمېره`, and typed with `ی` for `ې`), Telugu's voter id
# `ఓటర్ ఐడి` (India's EPIC; a label's words joined as a key's are).
_MORE_TOKENS += _label_forms("matrikelnummer پېژندپاڼه پېژندپاڼې پیژندپاڼه پیژندپاڼی ఓటర్ఐడి ఓటరుఐడి")
# (closer 105) A student's or a pupil's own number by its names, as `Matrikelnummer` is: India's school and exam roll
# number (`Roll No.`, `rollno`), the UK's UCAS Personal ID, Japan's `学籍番号` (the student register's number) and
# `学生番号`, Chinese `学号`, Korean `학번`; and a `Personal ID` (`personalid`), a person's own id by its words.
_MORE_TOKENS += _label_forms("rollno rollnumber rollnum ucasid personalid 学籍番号 学生番号 学生証番号 学号 學號 학번")
# (closer 105) A donor's reference is the donor's own number (charities number their donors and supporters by it:
# `Donor ref D-7315-4482`, `Spendernummer`, `référence donateur`), the pair in either order as a key's tokens join it;
# a customer's `reference` is not one (an invoice's `Customer reference` holds the buyer's order number as often).
# (closer 121: the words by meaning and language, key_lexicon.DONORS, German's umlauts typed as their vowel and `e`
# too; an account's holder and a customer's word, `Supporter no. 58391427`, `Spendernummer`, `Förderer-Nr.`)
DONOR_WORDS = frozenset(_folded(form) for words in key_lexicon.DONORS.values() for word in words.split()
                        for form in {word, word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")})
ACCOUNT_HOLDERS |= DONOR_WORDS
CUSTOMER_WORDS |= DONOR_WORDS
_REFERENCE_WORDS = "ref reference referenz referencia riferimento kenmerk referencja".split()
_MORE_TOKENS += _label_forms(" ".join(pair for donor in sorted(DONOR_WORDS) for word in _REFERENCE_WORDS
                                      for pair in (donor + word, word + donor)))
# A first name as a key, personal alone as `firstname` is: Lithuanian `vardas` (a name word above too; as a token of
# its own, `vardas_id` and `kliento_vardas` are personal); a full name, as `fullname` is: Malay `nama penuh` (the
# family names above: _NAMES_22).
_MORE_TOKENS += "vardas namapenuh".split()
# Mobile money whose account is the person's phone, by its own name (as M-Pesa's): Macau's `MPay`, Timor-Leste's
# `Mosan` and `M-Paisa`; Hong Kong's Faster Payment System, `FPS`, is frames per second too: its name labels a phone
# only right before the number (detector._MOBILE_MONEY_TEXT).
MOBILE_MONEY |= frozenset("mpay mosan mpaisa".split())
# Accounts a marketplace's messages hand over past its filter (thirty-fifth attack), as messengers' are (ACCOUNT_WORDS):
# payment apps whose account is a person's handle, phone or mailbox, alone (`paypal`, `lydia`, `mbway`, `cashtag`) or
# before a handle or number word (`venmo_handle`, `paypalMe`, `swish_nummer`, `vipps_nr`, `gcash_number`), and
# France's bank details (`rib`, relevé d'identité bancaire) alone; Instagram's short name (`insta_handle`); Signal, an
# ordinary word, X, Telegram's `tg` and Snapchat's `snap` only before a number or a handle word (`signal_nr`,
# `x_handle`, `tg_username`); WhatsApp's `wa` before `link` too (`wa_link`), and after Indonesian's number word
# (`nomor_wa`).
PAYMENT_APPS = frozenset("paypal paypalme venmo cashapp cashtag revolut lydia mbway swish vipps twint gcash zelle "
                         "bizum blik mobilepay paylib".split())
ACCOUNT_WORDS |= frozenset(["insta", "tg"])  # (`tg` alone as `fb` and `ig` are: `?tg=jo_smith`)
# A payment app's, `insta`'s and `tg`'s name alone is a payment method's or a channel's flag as often (`paypal`,
# `swish`, `tg`; closer 46): the key is ordinary and labels its value, judged as an account after the app's name
# (handles.account_under_key); Cash App's `cashtag` and `paypalme` name the account itself, and France's `rib` the
# bank details (an IBAN, and its holder's name, which no value rule reads: personal alone).
ALONE_WORDS |= frozenset(["cashtag", "paypalme", "rib"])
_MORE_TOKENS += [app + word for app in PAYMENT_APPS for word in (*HANDLE_WORDS, *NUMBER_WORDS, "me")]
# (closer 50) The networks of every region, the creators', the developers' and the decentralised ones, before a handle
# word as the messengers are (`ok_ru_id`, `xhs_id`, `bilibili_uid`, `patreon_url`, `alipay_account`, `naver_id`); not
# alone, and not those whose name is an ordinary word or a shop's (Line, Lens, Medium, Kick, Zoom: `line_number`,
# `zoom_image`). The words some name their accounts by, with their name: Mastodon's `acct`, Farcaster's `fid`,
# Nostr's `npub`, GitHub's, GitLab's and Mail.ru's `login`, Zoom's personal meeting id `pmi`; and the accounts named
# alone: Revolut's `revtag`, an ENS name (`ens_name`). (Australia's `payid` is PayPal's payment id as often, a label
# before its code: `PAYID-M12345`.)
ACCOUNT_WORDS |= frozenset("okru odnoklassniki xhs xiaohongshu rednote bilibili nostr farcaster warpcast github "
                           "gitlab keybase behance dribbble onlyfans patreon substack alipay naver mailru".split())
_MORE_TOKENS += "mastodonacct farcasterfid nostrnpub githublogin gitlablogin mailrulogin zoompmi revtag ensname".split()
# Networks and payment apps whose name alone is a product's or an ordinary word (YouTube's or Twitch's video, Wise):
# before a handle word alone (`twitch_handle`, `youtube_username`, `wise_tag`, `monzo_me`; not `youtube_url`, a
# product's video).
_MORE_TOKENS += [app + word for app in ("twitch", "youtube", "threads", "wise", "monzo", "pinterest", "reddit")
                 for word in ("handle", "username", "user", "account", "tag", "me", "profile")]
_MORE_TOKENS += [short + word for short in ("x", "tg", "snap") for word in ("handle", "username", "user", "account")]
_MORE_TOKENS += ["signal" + word for word in ("handle", "username", "account", *NUMBER_WORDS)]
_MORE_TOKENS += ["walink", *(number + "wa" for number in (*LEADING_NUMBER_WORDS, "nomor"))]

# Keys and labels of the twenty-third attack's forms (Iberia, the Celtic and North Sea languages, Malta, the Faroes,
# Iceland), by kind. Name words, as `name` is (personal alone or with a person qualifier): Welsh `enw`, Irish and
# Scottish Gaelic `ainm`, Icelandic `nafn`, Basque `izena` (`izen` before a qualifier: `izen osoa`), Breton `anv`,
# Frisian `namme`, Luxembourgish `Numm`, Maltese `isem` (Romansh `num` is also the abbreviation of a number: not read).
# Family names, personal alone as `surname` is: Welsh `cyfenw`, Irish `sloinne`, Gaelic `sloinneadh`, Icelandic
# `eftirnafn` and `föðurnafn` (a patronymic), Basque `abizena`, Catalan `cognom`, Maltese `kunjom`. Full, a person
# qualifier as `complete` is: Welsh `llawn`, Irish `iomlán`, Icelandic `fullt`, Basque `osoa`.
_NAME_WORDS_23 = "enw ainm nafn izena izen anv namme numm isem".split()
_NAMES_23 = "cyfenw sloinne sloinneadh eftirnafn föðurnafn abizena cognom cognoms kunjom".split()
NAME_TOKENS |= frozenset(_NAME_WORDS_23)
_MORE_TOKENS += _NAMES_23
PERSON_QUALIFIERS |= frozenset("llawn iomlán fullt osoa".split())

# Keys and labels of the twenty-fourth attack's forms (South Asia, Kurdistan, Xinjiang, the Volga and the Caucasus,
# Yiddish, Aotearoa, Paraguay, Esperanto), by kind. Name words, as `name` is (personal alone or with a person
# qualifier): Telugu `పేరు`, Kannada `ಹೆಸರು`, Malayalam `പേര്`, Gujarati `નામ`, Marathi `नाव`, Gurmukhi `ਨਾਮ`, Sindhi
# `نالو`, Sorani `ناو`, Uyghur `ئىسىم`, Tatar and Bashkir `исем`, Chechen `цӀе` (the palochka folds to a Latin `l`),
# Yiddish `נאָמען`, Māori `ingoa`, Guaraní `téra`, Esperanto `nomo` (Kurmanji `nav` is navigation too: not read
# alone). Family names, personal alone as `surname` is: Kurmanji `paşnav`, Marathi `आडनाव`, Telugu `ఇంటిపేరు`, Yiddish
# `פֿאַמיליע` (the vowel points fold away). Addresses, personal alone: Telugu `చిరునామా`, Gujarati `સરનામું`, Kannada
# `ವಿಳಾಸ`, Malayalam `വിലാസം`, Gurmukhi `ਪਤਾ`, Marathi `पत्ता`, Māori `wāhitau`, Kurmanji `navnîşan`.
_NAME_WORDS_24 = "పేరు ಹೆಸರು പേര് નામ नाव ਨਾਮ نالو ناو ئىسىم исем цӀе נאָמען ingoa téra nomo".split()
_NAMES_24 = "paşnav आडनाव ఇంటిపేరు פֿאַמיליע".split()
NAME_TOKENS |= frozenset(_NAME_WORDS_24)
_MORE_TOKENS += _NAMES_24 + "చిరునామా સરનામું ವಿಳಾಸ വിലാസം ਪਤਾ पत्ता wāhitau navnîşan".split()
# A relation written by its initials before `name` or `naam`, as Indian forms write it (`S/O`, `D/O`, `W/O`: son,
# daughter, wife of): `s_o_name`, `father_name` being a person qualifier's already. `C/O` is not read here: `co_name`
# is a company's.
_MORE_TOKENS += [relation + name for relation in ("so", "do", "wo") for name in ("name", "naam")]
# The telephone's words, personal as keys and labels (and a phone label's last word): the phone and the mobile in
# Telugu, Kannada, Malayalam, Gujarati and Gurmukhi script (`ఫోన్`, `మొబైల్`), Māori `waea` (`waea pūkoro`: a mobile),
# Guaraní `pumbyry`.
_PHONE_WORDS_24 = "ఫోన్ ಫೋನ್ ഫോൺ ફોન ਫੋਨ ਫ਼ੋਨ మొబైల్ ಮೊಬೈಲ್ മൊബൈൽ મોબાઇલ ਮੋਬਾਈਲ waea pumbyry"
_MORE_TOKENS += _label_forms(_PHONE_WORDS_24)
PHONE_LABEL_WORDS |= frozenset(_label_forms(_PHONE_WORDS_24))
# Key words of the twenty-seventh attack's forms (Sri Lanka, the Celtic languages, Madagascar, Iceland, Eritrea), by
# kind. The telephone's words, personal as keys and labels: Sinhala `දුරකථනය` (with its definite ending), Welsh
# `ffôn`, Irish `guthán` and `teileafón`, Breton `pellgomz` (`bellgomz` after `niverenn`, mutated), Malagasy `finday`
# and `telefaonina`, Tamil `தொலைபேசி` and the mobile `கைபேசி`, `கைப்பேசி`, `அலைபேசி`, Tigrinya `ስልኪ`. Name words, as
# `name` is: Tamil `பெயர்`, Tigrinya `ሽም`. Addresses, personal alone: Icelandic `heimilisfang`, Malagasy `adiresy`,
# Tamil `முகவரி`.
_PHONE_WORDS_27 = ("දුරකථනය ffôn guthán teileafón pellgomz bellgomz finday telefaonina "
                   "தொலைபேசி கைபேசி கைப்பேசி அலைபேசி ስልኪ")
_MORE_TOKENS += _label_forms(_PHONE_WORDS_27)
PHONE_LABEL_WORDS |= frozenset(_label_forms(_PHONE_WORDS_27))
NAME_TOKENS |= frozenset("பெயர் ሽም".split())
_MORE_TOKENS += "heimilisfang adiresy முகவரி".split()
# Irish, Welsh and Breton write the number word first (`uimhir PPS`, `uimhir fóin`, `rhif ffôn`, `niverenn
# bellgomz`): right before a short name of a number (`pps`, `ni`: NUMBER_SHORT_NAMES) or the genitive of the phone
# (Irish `fóin`, French "hay" alone) it names the person's number.
_CELTIC_NUMBER_WORDS = "uimhir rhif niverenn".split()
_MORE_TOKENS += [number + named for number in _CELTIC_NUMBER_WORDS for named in sorted(NUMBER_SHORT_NAMES) + ["foin"]]
# Name and recipient labels of the same round: Ewe `Ŋkɔ` and Northern Sami `Namma` (a name) as `name` is; Icelandic
# `Móttakari` and Hausa `Mai karɓa` (who receives), personal alone and person qualifiers as `recipient` is; Amharic
# `ሙሉ` and Tigrinya `ምሉእ` (full: `ሙሉ ስም`, a full name), person qualifiers as `full` is.
NAME_TOKENS |= frozenset("ŋkɔ namma".split())
# Name words of the twenty-ninth attack: Aymara's and Quechua's `suti` (a name) as `name` is; Ossetian's `мыггаг` (a
# family name: `Ном æмæ мыггаг`, name and surname) personal alone and a person's label as `фамилия` is.
NAME_TOKENS |= frozenset(["suti"])
_NAMES_29 = ["мыггаг"]
_MORE_TOKENS += _NAMES_29
_RECIPIENTS_27 = "móttakari maikarɓa mai_karɓa".split()
_MORE_TOKENS += _RECIPIENTS_27
PERSON_QUALIFIERS |= frozenset(_RECIPIENTS_27 + "ሙሉ ምሉእ".split())
# Who receives a parcel in the twenty-eighth attack's languages (a recipient's label before a name: `Mpokeaji: …`),
# personal alone and person qualifiers as `recipient` is: Swahili `mpokeaji`, Afrikaans `ontvanger`, Zulu `umamukeli`,
# Somali `qaataha`, Uzbek `qabul qiluvchi`, Latvian `saņēmējs`, Lithuanian `gavėjas`, Estonian `saaja`, Albanian
# `marrësi`, Slovene `prejemnik`, Urdu `وصول کنندہ`, Bengali `প্রাপক`, Nepali `प्रापक`, Burmese `လက်ခံသူ`, Khmer
# `អ្នកទទួល`, Lao `ຜູ້ຮັບ`, Mongolian `хүлээн авагч` (words of two joined as a label's are, or by `_` as a key's).
_RECIPIENTS_28 = ("mpokeaji ontvanger umamukeli qaataha qabulqiluvchi qabul_qiluvchi saņēmējs saņēmēja gavėjas saaja "
                  "marrësi marrësit prejemnik prejemnica وصولکنندہ وصول_کنندہ প্রাপক प्रापक လက်ခံသူ អ្នកទទួល ຜູ້ຮັບ "
                  "хүлээнавагч хүлээн_авагч").split()
_MORE_TOKENS += _RECIPIENTS_28
PERSON_QUALIFIERS |= frozenset(_RECIPIENTS_28)
# Switzerland's AHV number by its French, Italian and Romansh name, `AVS`: a payment's address verification alone
# (`avs_result`), the person's number right before a number word or, as a label, a number (`Numer AVS: 756…`).
ID_CARDS |= frozenset(["avs"])
NUMBERED_ID_CARDS |= frozenset(["avs"])
# Tanzania's national id by its authority's name, `NIDA`, right before its number or after its number word (`Namba
# ya NIDA: 19870917-38471-00001-25`), as Mali's `NINA` is; and a Lithuanian identity card, `asmens tapatybės
# kortelė` (the card of personal identity), before its number word (`kortelė Nr.`) as `Voter card no.` is: its card
# word and its identity word (twenty-eighth attack).
ID_CARDS |= frozenset(_label_forms("nida"))
NUMBERED_ID_CARDS |= frozenset(_label_forms("nida"))
CARD_WORDS |= frozenset(_label_forms("kortelė"))
IDENTITY_CARD_WORDS |= frozenset(_label_forms("tapatybės"))
# A parent's name in Hebrew, `שם האם`, `שם האב` (the mother's, the father's name; the article read off as a key's
# token is): the parent a person qualifier as `הלקוח` is (twenty-eighth attack; alone, `האם` is a question's
# particle too, so a qualifier only).
PERSON_QUALIFIERS |= frozenset("אם אב".split())
# Name and recipient labels of the twenty-sixth attack's forms. Name words, as `name` is: Tagalog `pangalan` (`Buong
# pangalan`: full name), Somali `magac` (with its article `magaca`) and its full name joined as a label's words are
# (`magaca oo buuxa`). Who receives a parcel, personal alone as `recipient` is and a person qualifier: Tagalog
# `tatanggap`, Georgian `მიმღები`, Armenian `ստացող`.
# Key words of the same forms (Southeast Asia, the Caucasus, the Horn of Africa, Central Asia, the Pacific), by
# language. Lao: an address (`ທີ່ຢູ່`) and a family name (`ນາມສະກຸນ`), personal alone. Tagalog: a full name (`buong
# pangalan`) and a family name (`apelyido`) as `fullname` and `surname` are, an address (`tirahan`). Azerbaijani: an
# address (`ünvan`). Somali: an address (`cinwaan`, `cinwaanka`). Kazakh: a family name (`тегі`). Uzbek: an address
# (`manzil`). Mongolian: the phone's number in the genitive (`утасны дугаар`; `утас` alone is one already, its
# genitive `утасны` alone is a phone's thing: `утасны гэр`, a phone case). Samoan: an address (`tuatusi`). Hawaiian:
# the telephone (`kelepona`; `helu kelepona`, its number). Tagalog's birthday (`kaarawan`) is personal alone as
# `birthday` is, and its village district (`barangay`) is a place word as `province` is.
# (Thai `ชื่อผู้รับ`, the recipient's name, is a name word glued before its qualifier: personal_tokens.)
_NAME_WORDS_26 = "pangalan magac magaca".split()
# Igbo `aha` (name) is also English's interjection (`Aha: …`): a name label only alone, as Pashto `نوم` is.
_ALONE_NAME_LABELS_26 = ["aha"]
NAME_TOKENS |= frozenset(_ALONE_NAME_LABELS_26)
_NAMES_26 = "magacaoobuuxa ນາມສະກຸນ buong_pangalan apelyido тегі".split()
_RECIPIENTS_26 = "tatanggap მიმღები ստացող".split()
PERSON_QUALIFIERS |= frozenset(["buong"])  # Tagalog full (`buong pangalan`), as `full` is
NAME_TOKENS |= frozenset(_NAME_WORDS_26)
_MORE_TOKENS += _NAMES_26 + _RECIPIENTS_26
_MORE_TOKENS += "ທີ່ຢູ່ tirahan ünvan cinwaan cinwaanka manzil утасны_дугаар tuatusi".split()
_MORE_TOKENS += "kelepona kaarawan".split()
PLACE_TOKENS |= frozenset(["barangay"])
PERSON_QUALIFIERS |= frozenset(_RECIPIENTS_26)
# Words that link a number's label to it in a sentence (`my number is 5123 4567`, `call me on …`): the label before
# them names the number (detector._label_level), in the languages of the key lexicon.
LINKING_WORDS = frozenset("is on at are es ist est é e je ir yra er är".split())
# Verbs asking to be called, with `me` after them (`call me`, `text me on`): a phone number's label in a sentence
# (`call us` is the shop's number).
CALL_VERBS = frozenset("call ring text phone whatsapp sms message reach contact dial".split())

# Contact persons, holders and who orders or is billed, in the major languages of Europe (session 15): a contact
# person (`Ansprechpartner`, `Kontaktperson`, `Persona di contatto`, `Contactpersoon`, `Personne à contacter`,
# `Yhteyshenkilö`, `Kontaktná osoba`, `Osoba za kontakt`, `Лице за контакт`, `Kontaktisik`, `Kontaktpersona`,
# `Kontaktinis asmuo`), who holds a card, an account or a business (`Inhaber`, `Karteninhaber`, `Kontoinhaber`,
# `Titolare della carta`, `Kaarthouder`, `Rekeninghouder`, `Kortinnehavare`, `Kortholder`, `Posiadacz karty`,
# `Intestatario`, `Držitel karty`, `Kaardiomanik`), who orders (`Besteller`, `Auftraggeber`, `Beställare`,
# `Bestiller`, Finnish `Tilaaja`) and who is billed (`Rechnungsempfänger`): personal alone, as `recipient` and
# `cardholder` are, qualifiers of a name or a contact word, and person labels (PERSON_LABEL_WORDS), a label's words
# joined as a key's are.
_CONTACT_PERSONS_31 = ("ansprechpartner ansprechpartnerin kontaktperson kontaktpersoner personadicontatto "
                       "personadecontacto pessoadecontacto pessoadecontato contactpersoon personneacontacter "
                       "yhteyshenkilö kontaktnáosoba kontaktosoba osobazakontakt лицезаконтакт kontaktisik "
                       "kontaktpersona kontaktinisasmuo").split()
_HOLDERS_31 = ("inhaber inhaberin karteninhaber karteninhaberin kontoinhaber kontoinhaberin titolare "
               "titolaredellacarta titolarecarta titolaredelconto intestatario intestataria kaarthouder "
               "kaarthoudster rekeninghouder kortinnehavare kortholder kortinnehaver kortinhaltija posiadaczkarty "
               "posiadaczkonta držitelkarty držiteľkarty kaardiomanik").split()
_ORDERERS_31 = ("besteller bestellerin auftraggeber auftraggeberin rechnungsempfänger rechnungsempfängerin "
                "beställare bestiller tilaaja").split()
_MORE_TOKENS += _CONTACT_PERSONS_31 + _HOLDERS_31 + _ORDERERS_31
PERSON_QUALIFIERS |= frozenset(_CONTACT_PERSONS_31 + _HOLDERS_31 + _ORDERERS_31)
# Turkish holders and who orders (thirtieth attack): `Sipariş sahibi` (the order's owner), `Hesap sahibi`, `Kart
# sahibi`, `Sipariş veren`: as `Kontoinhaber` and `Besteller` are.
_HOLDERS_30 = "siparişsahibi hesapsahibi kartsahibi siparişveren".split()
_MORE_TOKENS += _HOLDERS_30
PERSON_QUALIFIERS |= frozenset(_HOLDERS_30)
# (closer 184, eighty-fourth attack: crypto exchanges) A wallet's or an account's owner, by language (`wallet_owner`,
# `account_owner`, Polish `właściciel konta`, Japanese `口座名義`, Korean `예금주`, Chinese `户名`): as
# `Kontoinhaber` is.
# Not `owner` alone, a store's, a collection's or a document's as often (`Owner: Yuga Labs`).
_HOLDERS_84 = ("walletowner walletholder accountowner właścicielkonta właścicielkakonta wlascicielkonta "
               "wlascicielkakonta 口座名義 口座名義人 名義人 예금주 户名 戶名").split()
_MORE_TOKENS += _HOLDERS_84
PERSON_QUALIFIERS |= frozenset(_HOLDERS_84)
# (closer 238, review 36) A family tree's home person, the one a tree is drawn from, and its owner, by language
# (`home_person`, `Startperson`, `Baumbesitzer`): as `Kontoinhaber` is; genealogy.TREE_OWNER_WORDS in text.
_TREE_PERSONS_238 = ("homeperson rootperson startperson ausgangsperson startpersoon baumbesitzer baumbesitzerin "
                     "personnedepart").split()
_MORE_TOKENS += _TREE_PERSONS_238
PERSON_QUALIFIERS |= frozenset(_TREE_PERSONS_238)
# ... and an individual's name, as a tax form's line names its taxpayer (`Name of individual`, `individual_name`;
# W-8BEN), whole: `individual` alone qualifies a product's item as often (`individual_price`, `individual_item_name`).
_MORE_TOKENS += ["nameofindividual", "individualname", "individualsname"]
# Keys of the twenty-ninth attack's forms. The family as a person qualifier, as `family` is (a name word before or
# after it: `anv_familh`, `familia_nomo`): Breton `familh`, Esperanto, Spanish and Polish `familia`, Italian
# `famiglia`. Esperanto's email `retpoŝto`, personal alone (its x-system spelling `retposxto` is read by a rule:
# names_personal_data). Uyghur's name word possessed as Turkic languages possess it, its last vowel dropped and `ى`
# after (`ئىسىم`, `ئىسمى`: the name of …).
PERSON_QUALIFIERS |= frozenset("familh familia famiglia".split())
_MORE_TOKENS += ["retpoŝto"]
NAME_TOKENS |= frozenset(["ئىسمى"])
# Short words of the thirty-fourth attack's forms, by kind. A town, personal alone as `city` is: Polish `miasto`,
# German `Ortschaft`, Dutch `gemeente`, Spanish, Portuguese and Italian `localidad`, `localidade`, `località`, Czech
# and Slovak `město`, Finnish `kaupunki`, Hungarian `város`, Romanian `oraș`, Hindi `शहर`, Urdu `شہر`, Persian `شهر`.
_TOWN_WORDS_34 = ("miasto ortschaft gemeente localidad localidade località město mesto kaupunki város oraș "
                  "शहर شہر شهر").split()
_MORE_TOWN_WORDS += _TOWN_WORDS_34
_MORE_TOKENS += _TOWN_WORDS_34
# A town or a region whose word is also an ordinary word (German `Ort`, a place; Dutch `plaats`; French `commune`;
# a country's regions: `Bundesland`, `département`, `Kanton`, `województwo`, `oblast`, Hindi `राज्य`, `जिला`): a
# place word, personal alone or with an address qualifier (`Ort_Lieferung`, `lieferort`), as `state` is.
PLACE_TOKENS |= frozenset(("ort plaats commune comune comuna municipio gemeinde kommune departement département "
                           "bundesland bundesstaat kanton canton województwo voivodeship provincie fylke megye județ "
                           "oblast область राज्य जिला").split())
# A post code's abbreviation (French and Spanish `CP`, Czech and Slovak `PSČ`, Hungarian `irsz`, Swiss `NPA`): alone
# or with an address qualifier (`cp_livraison`), as a place word; not `cp_number`, `cp_id`.
POSTAL_ABBREVIATIONS = frozenset("cp psč irsz npa".split())
# Who receives a delivery in Japanese, glued to what it qualifies (`お渡し先`, `送り先住所`): stems.
_PERSONAL_STEMS += "|渡し先|届け先|送り先|配送先|受取人|受け取り人"
# A patronymic (`patronymic`, Italian `patronimico`; French `patronyme` is the family name) and German and Dutch
# `geboren` (born: `geboren_am`), personal alone; `born` alone is a title's word (`Born to Run`).
_MORE_TOKENS += "patronymic patronym patronyme patronymique patronimico patronimo geboren".split()
# An age (`âge`, `edad`, `Alter`, `leeftijd`, `wiek`, `возраст`, `年齢`): personal as the whole key or with a person
# qualifier (`customer_age`, `edad_cliente`); not `age_group`, `min_age`, `Age 3+` (a toy's), nor Italian `età`,
# which folds to an arrival's `eta`.
AGE_WORDS = frozenset(("age edad idade alter leeftijd wiek ålder alder ikä возраст вік ηλικία umur tuổi 年龄 年齢 나이 "
                       "उम्र").split())
# Central America's `cel` (celular), Polish for a goal too: alone or with a person qualifier (`cel_cliente`).
MOBILE_KEY_WORDS = frozenset(["cel"])

# Key words of review 20 (issue 16), by kind. An age in more languages, personal as `age` is (the whole key or with a
# person qualifier): Turkish and Azerbaijani `yaş` and its possessive (`müşteri_yaşı`; typed `yas`), Czech and Slovak
# `věk`, Romanian `vârstă`, Lithuanian `amžius`, Latvian `vecums`, Estonian `vanus`, Catalan `edat`, Indonesian
# `usia`, Swahili `umri`, Albanian `mosha`, Serbian and Croatian `starost`, Bulgarian `възраст`, Hebrew `גיל`, Hindi
# `आयु`, traditional Chinese `年齡`. Italian `età` folds to an arrival's `eta`: it is read by its accent
# (_ACCENTED_AGE, below).
AGE_WORDS |= frozenset(_turkish("yaş") + ("věk vek vârstă amžius vecums vanus edat usia umri mosha starost възраст "
                                          "גיל आयु 年齡").split())
# Arabic's age with its article (closer 89: `العمر: 38`): in text its label is read as written, with the article
# (AGE_WORDS_WRITTEN), as the word alone is a given name too (`عمر:`, Omar:); a key's tokens drop the article.
AGE_WORDS |= frozenset(["العمر"])
# Argentina's and Uruguay's `celu` (the celular cut short; Polish's genitive of a goal too), as `cel` is; either with
# a number word beside it (`cel_number`, `celu_nro`) names a mobile's number.
MOBILE_KEY_WORDS |= frozenset(["celu"])
# A town in French and Romanian (`localité`, `localitate`: a Swiss form's `NPA / Localité`), Czech and Slovak `obec`
# (a municipality), Hungarian `település` (a settlement) and `szülőváros` (a home town), Russian `город`, Ukrainian
# `місто`, Greek `πόλη`, Romanian `orașul` (the town), Turkish `memleket`, Swedish `hemort`, Finnish `kotipaikka` (a
# home town, a domicile), personal alone as `city` is.
_TOWN_WORDS_R20 = ("localité localitate obec település szülőváros город города місто πόλη orașul memleket hemort "
                   "kotipaikka").split()
_MORE_TOWN_WORDS += _TOWN_WORDS_R20
_MORE_TOKENS += _TOWN_WORDS_R20
_MORE_TOKENS += ["heimatort"]  # (a home town: `Ort` glued after `Heimat` is no term of trade, as after `Liefer`)
# Native, of one's birth, after a place word (`pays_natal`, `ville_natale`, `region_natal`): an address qualifier, as
# `home` is; Polish `klienta` (the customer's: `region_klienta`, `imie_klienta`) a person qualifier.
ADDRESS_QUALIFIERS |= frozenset("natal natale natala klienta".split())
PERSON_QUALIFIERS |= frozenset(["klienta"])
# ... and a woman customer's (`klientka`, its genitive `klientki`: `plec_klientki`; closer 89).
PERSON_QUALIFIERS |= frozenset(["klientka", "klientki"])
# A father or a mother in the languages that name a patronymic so (German `Vatersname`, `Name des Vaters`; Polish
# `imię ojca`, Spanish `nombre del padre`, Portuguese `nome do pai`, French `nom du père`, Dutch `naam vader`, the
# Nordic `fars navn`'s long form `fader`, Finnish `isän nimi`, Turkish `anne adı`): person qualifiers, as `father`
# is, glued before a name word too.
PERSON_QUALIFIERS |= frozenset(("vater vaters mutter mutters vader vaders moeder moeders ojca matki otca matky "
                                "padre madre pai mãe père mère fader faders moder moders isän äidin anne").split())
# A child in German's genitive (`Name des Kindes`, `Name des Babys`: forty-first attack's baby registries), as `child`
# is; not the nominative `Kind`, English's "kind" of a thing (`kind_name`).
PERSON_QUALIFIERS |= frozenset("kindes kinds babys".split())
# (closer 119) A child by its word in the other languages (key_lexicon.CHILDREN: `nom_enfant`, `nome_bambino`).
PERSON_QUALIFIERS |= frozenset(_folded(word) for words in key_lexicon.CHILDREN.values() for word in words.split())
# (closer 119) France's pupil's number by its abbreviation (key_lexicon.STUDENT_NUMBERS: `INE`) with a number word,
# either first (`numero_ine`, `ine_number`; not a code's word: `codigo_ine` is a Spanish municipality's); the others
# are personal alone (closer 105).
_MORE_TOKENS += [pair for abbreviation in key_lexicon.STUDENT_NUMBERS["French"].split()
                 for number in sorted(NUMBER_WORDS | LEADING_NUMBER_WORDS)
                 for pair in (number + abbreviation, abbreviation + number)]
# (closer 184) An exchange account's own codes and a referral's code or id (key_lexicon.EXCHANGE_ACCOUNT_CODES,
# REFERRAL_CODES: `destinationTag`, `sub_account`, `referral_code`, `code_parrainage`), personal alone.
_MORE_TOKENS += [word for table in (key_lexicon.EXCHANGE_ACCOUNT_CODES, key_lexicon.REFERRAL_CODES)
                 for words in table.values() for word in words.split()]
# A birth's abbreviations (German and Dutch `geb.`, Spanish `nac.`, Portuguese `nasc.`, French `naiss.`) beside a
# date's or a place's word, in either order, maybe with the language's `of` between (`geb_datum`, `Geb.-Ort`,
# `fecha_nac`, `fec_de_nac`, `dt_nasc`, `date_naiss`, `lieu_de_naiss`): as `geburtsdatum`, `fecha_nacimiento`.
_BIRTH_ABBREVIATIONS = "geb nac nasc naiss".split()
_BIRTH_DATE_WORDS = ("datum dat date data fecha fec dt tag jahr ano anno annee year ort lieu lugar luogo local "
                     "place").split()
_MORE_TOKENS += [first + of + second for birth in _BIRTH_ABBREVIATIONS for date in _BIRTH_DATE_WORDS
                 for first, second in ((birth, date), (date, birth)) for of in ("", "de", "di", "do", "da", "du")
                 if not (of and first == birth)]
# A network interface's hardware address (a MAC: the visitor's device or home router, a BSSID, a Bluetooth device's
# `bdaddr`): `mac` right after a network's or a device's word, or before an id word (`wifi_mac`, `wlan0_mac`,
# `bt_mac`, `device_mac`, `mac_id`); a bare `mac` is a whole key (WHOLE_KEYS_ONLY: `mac_os`, `mac_compatible` and
# the brand are not a MAC).
NETWORK_WORDS = frozenset(("wifi wlan wireless ethernet eth lan bluetooth bt ble router ap client device station sta "
                           "nic interface iface hw hardware host wan").split())
_MORE_TOKENS += [network + "mac" for network in sorted(NETWORK_WORDS)] + ["mac" + word for word in sorted(ID_WORDS)]
WHOLE_TOKENS |= frozenset("bssid bdaddr".split())
# A bank account as German and the Nordic, Baltic and Slavic languages name it (`Konto`, `Bankkonto`): alone, or with an
# id word, a person qualifier or an account holder (`konto_nr`, `konto_klienta`); not `konto_typ`. Its number words
# too (`kontonr`).
ACCOUNT_WORDS_ALONE = frozenset(["konto"])
_MORE_TOKENS += ["bankkonto", *("konto" + number for number in sorted(NUMBER_WORDS))]
# Shipping and billing cut short, right before a place word (`ship_region`, `bill_state`, `shipcountry`), as
# `shipping_region` is; not `ship_from_region` (where the seller ships from).
_MORE_TOKENS += [cut + place for cut in ("ship", "bill") for place in sorted(PLACE_TOKENS | ADDRESS_LINE_WORDS)]
# A home's position by its place words (`home_location`, `home_lat`), as `home_address`.
_MORE_TOKENS += ["home" + place for place in sorted(GEO_QUALIFIERS - {"point", "pos", "position"})]

# Closer 70: the key lexicon by meaning and language (key_lexicon.py), each table in its kind: words personal alone,
# towns, places (personal alone or with an address qualifier), person and address qualifiers.
_MORE_TOKENS += [word for languages in key_lexicon.ALONE.values() for words in languages.values()
                 for word in words.split()]
_TOWN_WORDS_70 = [word for words in key_lexicon.TOWNS.values() for word in words.split()]
_MORE_TOWN_WORDS += _TOWN_WORDS_70
_MORE_TOKENS += _TOWN_WORDS_70
PLACE_TOKENS |= frozenset(word for words in key_lexicon.PLACES.values() for word in words.split())
PERSON_QUALIFIERS |= frozenset(word for words in key_lexicon.PERSON_QUALIFIERS.values() for word in words.split())
ADDRESS_QUALIFIERS |= frozenset(word for words in key_lexicon.ADDRESS_QUALIFIERS.values() for word in words.split())
# People by their part in an event or an invitation (closer 91): alone a key holds the person (`invitee`), with a
# name word the person's name (`attendee_name`); a visitor's and a chat widget's words with a name word only
# (`visitor_name`, `intercom_name`).
_PEOPLE_BY_ROLE_91 = [word for words in key_lexicon.PEOPLE_BY_ROLE.values() for word in words.split()]
ALONE_WORDS |= frozenset(_PEOPLE_BY_ROLE_91)
PERSON_QUALIFIERS |= frozenset([*_PEOPLE_BY_ROLE_91, *key_lexicon.VISITOR_WIDGETS, *(
    word for words in key_lexicon.VISITORS.values() for word in words.split())])
# ... and a meeting's, a webinar's or a sale's people by their part (closer 154: role_labels.WORK_ROLES' and
# role_labels.GUEST_WORDS' one-word roles, by language) before a name word only: `speaker_name`, `organizer_name`,
# `registrant_name` (`speaker_model`, `organizer_id` are no names). A host is a server's as often
# (`host_name`): not read here.
_HOSTS_154 = frozenset("host co-host hote hotesse gastgeber gastgeberin gastheer gastvrouw anfitrion anfitriona "
                       "anfitriao anfitria".split())
PERSON_QUALIFIERS |= frozenset(
    word for table in (role_labels.WORK_ROLES, role_labels.GUEST_WORDS) for line in table.values()
    for word in line.split("|") if " " not in word and "-" not in word and word not in _HOSTS_154)
# (a taxpayer before an id word, as an account's holder: `taxpayer_id`, `taxpayer_number`; `taxpayer_type` is not)
ACCOUNT_HOLDERS |= frozenset(["taxpayer"])
# ... and an insured person, a policy's holder, a frequent flyer (closer 82): `insured_number`, `policyholder_id`,
# `frequentFlyerNumber`, `numero_assicurato`; alone they are ordinary (`insured_value`, `frequent_flyer`). An
# insurance policy before a number word (`policy_number`, `policy_no`; not `policy_id`, a shop's return policy's as
# often), as a label too (`Policy number:`; `Policy: 30-day returns` is none).
ACCOUNT_HOLDERS |= frozenset(
    "insured insuree policyholder frequentflyer frequentflier vielflieger assure assuree asegurado segurado "
    "assicurato verzekerde ubezpieczonego".split())
# ... and a subscriber by meaning in the lexicon's larger languages (closer 101: an insurer's `Subscriber ID`, a
# publisher's `Abonnentennummer`, `numéro d'abonné` as `abonne` above): before an id word only (`abonnenten_anzahl`,
# a newsletter's subscriber count, stays ordinary).
ACCOUNT_HOLDERS |= frozenset(
    "abonnent abonnenten abonnee suscriptor suscriptora abbonato abbonata assinante abonent abonenta prenumerant "
    "tilaaja".split())
# ... and a publication's or a library's reader, and Polish's subscriber in the genitive its number word takes (closer
# 150: `Reader ID 614829`, `Lesernummer`, `numéro de lecteur`, `Numer prenumeratora`, `numer czytelnika`): before an
# id word only.
ACCOUNT_HOLDERS |= frozenset("reader leser lecteur lectrice lettore lezer czytelnika prenumeratora".split())
_MORE_TOKENS += ["policy" + word for word in sorted(NUMBER_WORDS)]
_ARABIC_HOLDERS = "عضوية عضو عميل مريض"
# Closer 87: those holders by meaning in the lexicon's other languages (fiftieth attack), read by the same pairs:
# Polish `numer członkowski`, `nr pacjenta`, `numer polisy`, Turkish `üye`, `hasta`, `müşteri`, Arabic `العضوية`,
# `العميل`, `المريض` (read without their article), Hindi `सदस्य`, `ग्राहक`, `मरीज़`, Japanese `患者`, Portuguese
# `apólice`, `segurado`; airlines' own programmes' names (`AAdvantage`, `SkyMiles`, `Flying Blue`'s `flyingblue`).
# Hindi and Japanese id and number words too (`आईडी`, `संख्या`, `नंबर`, `ID`). A policy in Turkish and Japanese
# (`poliçe`, `証券`: French `police` is a font, Japanese `証券` a security) only before a number word.
ACCOUNT_HOLDERS |= frozenset(_ARABIC_HOLDERS.split() + (
    "członkowski członka pacjenta polisy üye hasta müşteri सदस्य सदस्यता ग्राहक "
    "मरीज़ मरीज 患者 apólice apolice aadvantage skymiles flyingblue mileageplus").split())
ID_WORDS |= frozenset("आईडी संख्या नंबर नम्बर".split())
NUMBER_WORDS |= frozenset("संख्या नंबर नम्बर".split())
_MORE_TOKENS += [policy + word for policy in ("police", "poliçe", "証券") for word in sorted(NUMBER_WORDS | {"番号"})]
LEADING_ID_WORDS |= frozenset(["رقم"])  # (Arabic's number word, before its holder: `رقم العميل`)
# Closers 99 and 104: people by their part in a contract or a file (key_lexicon.PARTIES: in care and cover, closer
# 99; in housing and lending, the deceased, a pupil, closer 104): before a name word the person's name (`patient_name`,
# `nom_du_defunt`, `nome_do_aluno`), before an id or a number word their number (`asegurado_numero`); alone they are
# ordinary (`insured_shipping`, `member_price`). A patient's word with a word of their health (PATIENTS_HEALTH), either
# first, is the special category of health (`patient_condition`, `condicion_paciente`).
# (German's umlaut written as its letter and `e` too, as keys write it: `schueler_name`, `buerge_name`)
_PARTIES = [_folded(form) for table in (key_lexicon.PARTIES, key_lexicon.PARTIES_IN_KEYS)
            for languages in table.values() for words in languages.values() for word in words.split()
            if "_" not in word  # (a word of two: its first word is one of the table's too)
            for form in {word, word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")}]
PERSON_QUALIFIERS |= frozenset(_PARTIES)
# (closer 148) ... and a party of two words as a key writes it apart (`dna_match_name`, `dna_treffer_name`): the two
# words joined are the party's qualifier before a name word (_two_word_party); alone each is ordinary (`match_name`).
_TWO_WORD_PARTIES = frozenset(_folded(word) for table in (key_lexicon.PARTIES, key_lexicon.PARTIES_IN_KEYS)
                              for languages in table.values() for words in languages.values()
                              for word in words.split() if "_" in word)
_TWO_WORD_PARTY_ENDS = frozenset(key_tokens(word)[-1] for table in (key_lexicon.PARTIES, key_lexicon.PARTIES_IN_KEYS)
                                 for languages in table.values() for words in languages.values()
                                 for word in words.split() if "_" in word)
# (closer 157) English's tenant before a name word is a person's (`tenant_name`), before an id word a software's
# customer organization (`tenant_id`): a name's qualifier, not a number's holder.
PERSON_QUALIFIERS |= frozenset(key_lexicon.PARTIES_IN_TEXT["tenant"]["English"].split())
ACCOUNT_HOLDERS |= frozenset(_PARTIES)
# Closer 169: a wedding's people (key_lexicon.WEDDING_PEOPLE, WEDDING_COUPLES) before a name word, one or several
# (`bride_name`, `nombre_novia`, `couple_names`); the couple's words alone: PERSON_KEY_WORDS below.
_WEDDING_WORDS_169 = sorted({form for table in (key_lexicon.WEDDING_PEOPLE, key_lexicon.WEDDING_COUPLES)
                             for words in table.values() for word in words.split() if "_" not in word
                             for form in (_folded(word), _folded(word.replace("ä", "ae")))})
PERSON_QUALIFIERS |= frozenset(_WEDDING_WORDS_169)
_MORE_TOKENS += [word + "names" for word in _WEDDING_WORDS_169]
ACCOUNT_HOLDERS |= frozenset(_folded(word) for words in key_lexicon.POLICIES.values() for word in words.split())
# Closer 115: the holder of what a person holds in their own name, glued as German, Dutch and English write it
# (key_lexicon.HELD_IN_A_NAME before a holder's word: `Ticketinhaber`, `tickethouder`, `ticketholder`), a name's
# qualifier as the holder's word is (`Naam tickethouder`, `ticketholder_name`).
_GLUED_HOLDERS = ("inhaber", "inhaberin", "houder", "houdster", "holder")
_HELD_HOLDERS_115 = [_folded(held.replace("_", "")) + holder for language in ("English", "German", "Dutch")
                     for held in key_lexicon.HELD_IN_A_NAME[language].split() for holder in _GLUED_HOLDERS]
PERSON_QUALIFIERS |= frozenset(_HELD_HOLDERS_115)
_PATIENTS_99 = sorted({_folded(word) for words in key_lexicon.PARTIES["patient"].values()
                       for word in words.split()})
_PATIENTS_HEALTH_99 = sorted({_folded(word) for words in key_lexicon.PATIENTS_HEALTH.values()
                              for word in words.split()})
_MORE_TOKENS += [joined for patient in _PATIENTS_99 for health in _PATIENTS_HEALTH_99
                 for joined in (patient + health, health + patient)]
# A hospital's medical record number by its abbreviation (`MRN`), as its words are.
_MORE_TOKENS += ["mrn"]
# Closer 106: who sends a parcel (key_lexicon.SENDERS) is personal alone and a name's qualifier, as `sender` is; who
# buys, travels or stays (key_lexicon.SHOP_ROLES) a name's qualifier, as `buyer` is (`Passagiername`, `nom voyageur`).
# (German's umlauts typed as their vowel and `e` too: `kaeufer_name`)
_SENDERS_106 = [_folded(form) for words in key_lexicon.SENDERS.values() for word in words.split()
                for form in {word, word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")}]
_SHOP_ROLES_106 = [_folded(form) for languages in key_lexicon.SHOP_ROLES.values() for words in languages.values()
                   for word in words.split()
                   for form in {word, word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")}]
_MORE_TOKENS += _SENDERS_106
PERSON_QUALIFIERS |= frozenset(_SENDERS_106 + _SHOP_ROLES_106)
# Closer 174 (review 27): a policy's other driver, a claim's third party and its witness (key_lexicon.SHOP_ROLES_IN_TEXT
# "driver" and "third party", WITNESSES) before a name word are the person's name (`named_driver_name`,
# `third_party_name`, `witness_name`, `nombre_conductor_adicional`), two words read joined (_two_word_party); not
# French `tiers`, a price's tiers in a key (`tiers_name`). A policy's other driver of two words or glued
# (`named_driver`, `conductor_adicional`, `Zusatzfahrer`) and a policy's holder (key_lexicon.PARTIES["policyholder"]:
# `policy_holder`, `versicherungsnehmer`) alone are a key holding that person's name; not the third party alone, a
# cover's or a cookie's as often (`third_party=true`), nor a driver alone (a printer's).
_OTHER_DRIVERS_174 = [word for words in key_lexicon.SHOP_ROLES_IN_TEXT["driver"].values() for word in words.split()
                      if "_" in word or word.startswith(("zusatz", "zweit"))]
_CLAIM_PARTIES_174 = _OTHER_DRIVERS_174 + [
    word for table in (key_lexicon.SHOP_ROLES_IN_TEXT["third party"], key_lexicon.WITNESSES)
    for words in table.values() for word in words.split() if word != "tiers"]
_TWO_WORD_PARTIES |= frozenset(_folded(word) for word in _CLAIM_PARTIES_174 if "_" in word)
_TWO_WORD_PARTY_ENDS |= frozenset(key_tokens(word)[-1] for word in _CLAIM_PARTIES_174 if "_" in word)
PERSON_QUALIFIERS |= frozenset(_folded(word) for word in _CLAIM_PARTIES_174 if "_" not in word)
_ALONE_PARTIES_174 = [_folded(word) for word in _OTHER_DRIVERS_174] + [
    _folded(word) for words in key_lexicon.PARTIES["policyholder"].values() for word in words.split()]
# (read in a key alone, whole, not in a label: `Named driver: Spouse` names a relation)
CLAIM_PARTY_KEYS = frozenset(_ALONE_PARTIES_174)
# ... and a police report's or a complaint's reference (key_lexicon.CRIME_REPORTS: `crime_reference_number`,
# `police_report_number`, `numero_denuncia`), and a parking permit or a disabled person's badge of two words or glued
# (key_lexicon.PERMITS: `blue_badge_number`, `parkausweis_nr`), before or after an id or a number word, as an account's
# holder's; a reference's own words alone (`crime_reference`, `crime_ref`); a policy's number after French's number
# word and `de` (`numero_de_police`: French `police` alone is a font).
ACCOUNT_HOLDERS |= frozenset(_folded(word) for words in key_lexicon.CRIME_REPORTS.values() for word in words.split())
ACCOUNT_HOLDERS |= frozenset(_folded(phrase.replace(" ", "")) for line in key_lexicon.PERMITS.values()
                             for phrase in line.split("|") if " " in phrase or phrase.endswith("ausweis"))
_MORE_TOKENS += [word for words in key_lexicon.CRIME_REPORTS.values() for word in words.split()
                 if word.endswith(("ref", "reference"))]
_MORE_TOKENS += [number + "depolice" for number in ("numero", "num", "no", "n")]
# ... and Russian's name word (`Имя:`), as `name` is, which the lexicon held only in Belarusian (`імя`)
NAME_TOKENS |= frozenset(["имя"])

# Closer 103: a home's supply (key_lexicon.METERING_POINTS, METER_NUMBERS, MANDATES): a metering point's names alone, a
# meter's number and a direct debit's mandate by their words (`mpan`, `Zählpunkt`, `meter_number`, `Mandatsreferenz`;
# not `meter_type`). A utility's consumer before an id or a
# number word (`Consumer No.`, India's bills), a customer by the word too (`Consumer# …`); a contract's word with an
# account's noun (key_lexicon.CONTRACTS: `Vertragskonto`, `contract_account`), and a customer's word with a reference's
# noun (`Référence client`, `customer reference`: the customer's number on French and British bills), as labels and
# keys.
_MORE_TOKENS += [word for table in (key_lexicon.METERING_POINTS, key_lexicon.METER_NUMBERS, key_lexicon.MANDATES)
                 for words in table.values() for word in words.split()]
ACCOUNT_HOLDERS |= frozenset(["consumer"])
CUSTOMER_WORDS |= frozenset("consumer consumers".split())
_ACCOUNT_NOUNS_103 = "konto account compte cuenta conta conto rekening".split()
_REFERENCE_NOUNS_103 = "reference referenz referencia riferimento referentie".split()
_CONTRACT_ACCOUNTS_103 = [joined for words in key_lexicon.CONTRACTS.values() for contract in words.split()
                          for noun in _ACCOUNT_NOUNS_103 for joined in (contract + noun, noun + contract)]
_CUSTOMER_REFERENCES_103 = [joined for holder in sorted(CUSTOMER_WORDS) for noun in _REFERENCE_NOUNS_103
                            for joined in (holder + noun, noun + holder)]
CUSTOMER_ACCOUNT_LABELS |= frozenset(_CONTRACT_ACCOUNTS_103 + _CUSTOMER_REFERENCES_103 + [
    pair for noun in _ACCOUNT_NOUNS_103 for pair in ("consumer" + noun, noun + "consumer")])
_MORE_TOKENS += _CONTRACT_ACCOUNTS_103 + _CUSTOMER_REFERENCES_103

# Closer 108: identity documents, employees and loyalty cards by meaning and language (key_lexicon.py). A document's
# words personal alone, its inflecting and glued words stems (`numer_paszportu`, `Reisepassnummer`), and a passport's
# short word before its Germanic number words only (`Passnummer`, `Pass-Nr.`; `boarding_pass_gate` is a gate's).
_MORE_TOKENS += [word for languages in key_lexicon.IDENTITY_DOCUMENTS.values() for words in languages.values()
                 for word in words.split()]
_PERSONAL_STEMS += "|" + key_lexicon.IDENTITY_DOCUMENT_STEMS.replace(" ", "|")
_MORE_TOKENS += [short + number for shorts in key_lexicon.PASS_BEFORE_NUMBER.values() for short in shorts.split()
                 for number in key_lexicon.GERMANIC_NUMBER_WORDS.split()]
# (closer 214, review 38) A driving licence's number glued as Japanese, Korean and Chinese write it (`運転免許番号`).
_GLUED_LICENCE_NUMBERS_214 = [licence + number for licences, numbers in key_lexicon.GLUED_LICENCE_NUMBERS.values()
                              for licence in licences.split() for number in numbers.split()]
_MORE_TOKENS += _GLUED_LICENCE_NUMBERS_214
# An employee's word before an id or a number word, as an account's holder (`mitarbeiter_id`, `Personalnummer`).
ACCOUNT_HOLDERS |= frozenset(_folded(word) for words in key_lexicon.EMPLOYEES.values() for word in words.split())
# A loyalty card: its holder's word glued before a card's word as the Germanic languages write it (`Kundenkarte`,
# `klantenkaart`, `medlemskort`, `loyalty_card`), or after it, maybe past `of`, as the Romance languages and Polish do
# (`carte_fidélité`, `tarjeta_de_socio`, `karta_klienta`); and a loyalty programme's own name before a number word
# (Germany's `PAYBACK`: `payback_nummer`; alone a loan's payback).
# (closer 116: a club's, a gym's, a programme's or a fan club's member too, key_lexicon.CLUB_MEMBERS, and the cards'
# words that inflect or are a country's own, CLUB_CARD_WORDS: `tessera_del_tifoso`, `carnet_de_peñista`)
_CLUB_MEMBERS_116 = sorted({_folded(word) for words in key_lexicon.CLUB_MEMBERS.values() for word in words.split()})
_LOYALTY_HOLDERS = sorted({_folded(word) for words in key_lexicon.LOYALTY_HOLDERS.values() for word in words.split()}
                          | set(_CLUB_MEMBERS_116))
_LOYALTY_CARDS = [_folded(word) for word in f"{key_lexicon.LOYALTY_CARD_WORDS} {key_lexicon.CLUB_CARD_WORDS}".split()]
_CARDS_AFTER_HOLDER = frozenset("card karte kaart kort kortti".split())
_LOYALTY_CARD_WORDS = [holder + card for holder in _LOYALTY_HOLDERS for card in _LOYALTY_CARDS
                       if card in _CARDS_AFTER_HOLDER]
_LOYALTY_CARD_WORDS += [card + of + holder for card in _LOYALTY_CARDS if card not in _CARDS_AFTER_HOLDER
                        for of in ("", "de", "di", "do", "da", "du", "del") for holder in _LOYALTY_HOLDERS]
_MORE_TOKENS += _LOYALTY_CARD_WORDS
ACCOUNT_HOLDERS |= frozenset(["payback", *_CLUB_MEMBERS_116])
# (closer 120) A candidate's application before an id or a number word, as an applicant's (`Bewerbungsnummer`,
# `candidature_id`); and a pupil's or a student's word, singular and plural, as a customer's: a URL path's segment
# before a number (`/students/900…/grades`, as `/kunden/…`), beside an account's noun (`Schülerkonto`), after a number
# sign (`N° élève …`).
ACCOUNT_HOLDERS |= frozenset(_folded(word) for words in key_lexicon.CANDIDATE_APPLICATIONS.values()
                             for word in words.split())
CUSTOMER_WORDS |= frozenset((
    "student students pupil pupils eleve eleves schuler schueler schulerin alumno alumnos alumna alumnas aluno alunos "
    "aluna alunas alunno alunni alunna alunne leerling leerlingen uczen ucznia uczniowie elev elever"
).split())
# A sports club's or federation's card naming its player (key_lexicon.SPORTS_CARDS: `Spielerpass`, `ficha_federativa`),
# personal alone as a document is (closer 116).
_SPORTS_CARDS_116 = [word for words in key_lexicon.SPORTS_CARDS.values() for word in words.split()]
_MORE_TOKENS += _SPORTS_CARDS_116
# A card's number as the Germanic languages glue it (`Kartennummer`, `kaartnummer`, `kortnr`), as `card_number` is.
_MORE_TOKENS += [card + number for card in ("karten", "kaart", "kort") for number in ("nummer", "nr")]
# (closer 123) A player's account on a gaming platform: the platform's name before an account's word (key_lexicon.
# GAMING_PLATFORMS, PLATFORM_ACCOUNT_WORDS: `psn_handle`, `epic_account_id`, `riot_username`, `xbox_display_name`), as
# a network's is; not its `id` or `name` alone after some (Jira's `epic_id`, a game's `steam_name`: the names the
# platforms give the account say those, key_lexicon.ALONE["gamer id"]: `steam_id`, `riot_id`, `psn_id`), nor its
# account's noun alone, a label of the platform's pages in text as often (`Nintendo Account: Sign In`).
_MORE_TOKENS += [platform.replace("_", "").replace(".", "") + word.replace("_", "")
                 for platform in key_lexicon.GAMING_PLATFORMS.split()
                 for words in key_lexicon.PLATFORM_ACCOUNT_WORDS.values() for word in words.split()
                 if word not in ("id", "name", "nom", "account", "konto", "compte", "cuenta", "conta")]
# (closer 128) Travel's programmes and permits (key_lexicon.LOYALTY_PROGRAMMES, HONOURED_CUSTOMERS, TRUSTED_TRAVELLERS,
# TRAVEL_PERMITS, PERMIT_APPLICATIONS), read as an account's holder: before an id or a number word, or after a number
# word or sign, the member's, the traveller's or the applicant's number (`Iberia Plus number`, `お得意様番号`, `Redress
# number`, `ESTA application number`, `numéro de demande de visa`); a permit's application in the order its language
# writes it, "of" between in the Romance languages. A programme's name alone labels its member's id before a colon or
# a number sign (labelled_values: `World of Hyatt #…`, `Marriott Bonvoy: …`); CBP's `PASSID` after a trusted
# traveller's programme is its number's word (`Global Entry PASSID`).
PROGRAMME_NAMES = frozenset(_folded(word.replace("_", "")) for table in (
    key_lexicon.LOYALTY_PROGRAMMES.values(), [key_lexicon.TRUSTED_TRAVELLERS]) for words in table
                            for word in words.split())
# (closer 133) Those of three words (`world_of_hyatt`, `miles_and_more`): a key's four tokens with an id word after
# them are read joined (personal_tokens reads three at most otherwise).
THREE_WORD_PROGRAMMES = frozenset(_folded(word.replace("_", "")) for words in key_lexicon.LOYALTY_PROGRAMMES.values()
                                  for word in words.split() if word.count("_") == 2)
_PERMITS_128 = [_folded(word.replace("_", "")) for word in key_lexicon.TRAVEL_PERMITS.split()]
_PERMIT_APPLICATIONS_128 = sorted({
    joined for applications, own, ofs in key_lexicon.PERMIT_APPLICATIONS.values()
    for application in applications.split() for permit in [*_PERMITS_128, *own.split()]
    for joined in ([_folded(application) + of + permit for of in ["", *ofs.split()]] if ofs
                   else [permit + _folded(application)])})
# (closer 133) German and Dutch glue the number word to the application's and name the permit after it, in apposition
# (`Antragsnummer Visum`, `Aanvraagnummer ESTA`): the applicant's number's label whole.
PERMIT_NUMBER_FIRST_LABELS = frozenset(
    _folded(application) + number + permit
    for language in ("German", "Dutch") for application in key_lexicon.PERMIT_APPLICATIONS[language][0].split()
    for number in key_lexicon.GERMANIC_NUMBER_WORDS.split()
    for permit in [*_PERMITS_128, *key_lexicon.PERMIT_APPLICATIONS[language][1].split()])
PERMIT_WORDS = frozenset([*_PERMITS_128, *(_folded(word) for _, own, _ in key_lexicon.PERMIT_APPLICATIONS.values()
                                            for word in own.split())])
_MORE_TOKENS += sorted(PERMIT_NUMBER_FIRST_LABELS)
ACCOUNT_HOLDERS |= PROGRAMME_NAMES | frozenset(_PERMIT_APPLICATIONS_128) | frozenset(
    _folded(word) for words in key_lexicon.HONOURED_CUSTOMERS.values() for word in words.split())
ACCOUNT_HOLDERS |= frozenset(word for words in key_lexicon.GLUED_LOYALTY_CARDS.values() for word in words.split())
TRUSTED_TRAVELLER_ID_LABELS = frozenset(_folded(programme.replace("_", "")) + word.replace("_", "")
                                        for programme in key_lexicon.TRUSTED_TRAVELLERS.split()
                                        for word in key_lexicon.TRUSTED_TRAVELLER_IDS.split())
_MORE_TOKENS += sorted(TRUSTED_TRAVELLER_ID_LABELS)
# Closer 152: an emergency contact by language (key_lexicon.EMERGENCY_CONTACTS), as `emergencycontact` is; an athlete
# (key_lexicon.ATHLETES) a name's qualifier, as a runner is (`nome_atleta`).
_MORE_TOKENS += sorted(word for words in key_lexicon.EMERGENCY_CONTACTS.values() for word in words.split())
# Closer 161: who may collect a child (key_lexicon.PICKUP_PEOPLE), as an emergency contact; a child's and a name's word
# of the languages spelling a child `kind` or `barn`, joined either way (key_lexicon.CHILD_NAME_PAIRS: `naam_kind`).
_MORE_TOKENS += sorted(word for words in key_lexicon.PICKUP_PEOPLE.values() for word in words.split())
_MORE_TOKENS += sorted(pair for children, names in key_lexicon.CHILD_NAME_PAIRS.values() for child in children.split()
                       for name in names.split() for pair in (child + name, name + child))
PERSON_QUALIFIERS |= frozenset(_folded(word) for words in key_lexicon.ATHLETES.values() for word in words.split())
# Closer 159 (review 26): a contest's winner (role_labels.WINNERS' one-word forms), a reader and a class's booking
# glued as German, Dutch and Swedish write it, by language, before a name word (`winner_name`, `gewinner_name`,
# `reader_name`, `kursbuchung_name`; `winner_prize`, `reader_count` are no names); a prize's winner, a letter's author
# and a permit's holder, their words joined, personal alone (`prize_winner`, `letter_author`, `permit_holder`, as
# `cardholder` is; not a badge's holder, a lanyard's as often, nor `booked by`, a travel agency's label as often:
# `Booked by: Expedia`); a council's or a property's tax before a reference's word, as an account's is
# (`council_tax_reference`).
PERSON_QUALIFIERS |= frozenset(_folded(word) for line in role_labels.WINNERS.values()
                               for word in (line.split("|") if "|" in line else line.split()) if " " not in word)
PERSON_QUALIFIERS |= frozenset(_folded(word) for word in (
    "reader readers leser leserin lecteur lectrice lettore lettrice lezer lezeres czytelnik czytelniczka lector "
    "lectora läsare kursbuchung kursanmeldung lesboeking cursusboeking kursbokning").split())
_MORE_TOKENS += [_folded(word) for word in (
    "prizewinner prizewinners luckywinner preisgewinner preistrager gagnantduconcours letterauthor letterwriter "
    "leserbriefautor leserbriefschreiber permitholder parkingpermitholder ausweisinhaber ausweisinhaberin "
    "vergunninghouder").split()]
_MORE_TOKENS += [tax + word for tax in ("counciltax", "propertytax", "grundsteuer", "taxefonciere", "taxehabitation")
                 for word in _REFERENCE_WORDS]
# Closer 167 (review 28): a parent's word in Dutch and German as a name's qualifier (`naam_ouder`, `eltern_name`: not
# English's `parent`, a catalogue's parent category); a council's or a property's tax before its payer's word, joined
# (`council_tax_payer`); a name label's words before its text's (`name_label_text`; not a badge's `name_tag_text`).
# (Not a marketplace's seller before a name's word: `seller_name` names a shop's trading name as often, the sixth
# attack's and review 27's ordinary key.)
PERSON_QUALIFIERS |= frozenset("ouder ouders elternteil eltern erziehungsberechtigter erziehungsberechtigte".split())
_MORE_TOKENS += [tax + payer for tax in ("counciltax", "propertytax", "grundsteuer", "taxefonciere", "taxehabitation")
                 for payer in ("payer", "payers", "zahler", "pflichtiger", "redevable")]
_MORE_TOKENS += [_folded(label.replace(" ", "").replace("-", "")) + text
                 for line in key_lexicon.NAME_LABELS.values() for label in line.split("|") if "tag" not in label
                 for text in ("text", "wording", "content", "line", "print")]  # (not a badge's tag: `name_tag_text`)
# Labels naming a person's document, card or tax id, their words joined (labelled_values: after one, or after one and
# an id or a number word, a value of any shape holding digits is the person's id, `Tax ID: X48172639Z`, `Driver's
# licence: KD-48172639`): the documents above, their English words and a tax id's, and the loyalty cards.
PERSON_DOCUMENT_LABELS = frozenset(_folded(word.replace("_", "")) for word in [
    *(word for languages in key_lexicon.IDENTITY_DOCUMENTS.values() for words in languages.values()
      for word in words.split()),
    *(short + number for shorts in key_lexicon.PASS_BEFORE_NUMBER.values() for short in shorts.split()
      for number in key_lexicon.GERMANIC_NUMBER_WORDS.split()), *_GLUED_LICENCE_NUMBERS_214,
    *_LOYALTY_CARD_WORDS, *_SPORTS_CARDS_116,
    *("passport passeport pasaporte passaporte passaporto driverslicense driverslicence drivinglicense drivinglicence "
      "driverlicense driverlicence idcard identitycard personalausweis taxid steuerid").split()])
# German writes an umlaut as its letter and `e` where the keyboard has none (`empfaenger` is `empfänger`).
_UMLAUT_SPELLINGS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
# A word outside ASCII is held in its capitals' folding too: Greek capitals fold to other Latin look-alikes than its
# lower case (`Ν` is `n`, `ν` is `v`), so a label in capitals (`ΟΝΟΜΑΤΕΠΩΝΥΜΟ:`) meets its word (twenty-sixth attack).


def _token_forms(word: str) -> List[str]:
    """The folded forms a lexicon word is read in (above), `license` spelt `licence` too (English outside the US:
    `drivers_licence`, `licence_number`; fifteenth attack)."""
    forms = [_folded(form) for form in ((word,) if word.isascii() else (
        word, word.upper(), word.translate(_UMLAUT_SPELLINGS)))]
    return forms + [form.replace("license", "licence") for form in forms if "license" in form]


PERSONAL_TOKENS = frozenset(form for words in (sorted(PERSONAL_TOKENS), _MORE_TOKENS, _pairs())
                            for word in words for form in _token_forms(word))
# (Arabic's pairs as a label's words are read too: its `ة` is not folded there, `رقم العضوية`)
PERSONAL_TOKENS |= frozenset(_label_forms(" ".join("رقم" + holder for holder in _ARABIC_HOLDERS.split())))
# An account's holder and an id word, joined either way (`customerid`, `kundennummer`, `numeroclient`), are read by
# their parts, not held: the holders times the id words are twenty thousand tokens (issue 20's heap).
_HOLDER_FORMS = frozenset(form for holder in ACCOUNT_HOLDERS for form in _token_forms(holder))
_ID_FORMS = frozenset(form for word in ID_WORDS for form in _token_forms(word))
_LEADING_ID_FORMS = frozenset(form for word in LEADING_ID_WORDS for form in _token_forms(word))
_ID_FORM_LENGTHS = tuple(sorted({len(form) for form in _ID_FORMS}))
_LEADING_ID_FORM_LENGTHS = tuple(sorted({len(form) for form in _LEADING_ID_FORMS}))


def _holder_id_pair(token: str) -> bool:
    """Whether `token` is an account holder's word and an id word joined, either way (a few slices: linear)."""
    size = len(token)
    return any(size > length and token[size - length:] in _ID_FORMS and token[:size - length] in _HOLDER_FORMS
               for length in _ID_FORM_LENGTHS) or any(
        size > length and token[:length] in _LEADING_ID_FORMS and token[length:] in _HOLDER_FORMS
        for length in _LEADING_ID_FORM_LENGTHS)


def _holder_id_pair_forms() -> Iterator[str]:
    """The holder and id word pairs' forms, one by one (each pair folded whole, as a key's token is)."""
    for firsts, seconds in ((ACCOUNT_HOLDERS, ID_WORDS), (LEADING_ID_WORDS, ACCOUNT_HOLDERS)):
        for first in sorted(firsts):
            for second in sorted(seconds):
                yield from _token_forms(first + second)


# (a pair folded whole that its parts folded apart do not spell is held: Arabic's `ة` after a leading id word)
PERSONAL_TOKENS |= frozenset(form for form in _holder_id_pair_forms() if not _holder_id_pair(form))


def is_personal_token(token: str) -> bool:
    """Whether `token` (folded; adjacent key tokens joined) is a personal key's word: held, or a holder's id pair."""
    return token in PERSONAL_TOKENS or _holder_id_pair(token)
NAME_TOKENS = frozenset(_folded(word) for word in NAME_TOKENS)
# (those identity cards and licences as they are read: a number after their words is the identity rules', not a
# compound's of three words: detector._compound_in_three_words)
IDENTITY_DOCUMENT_TOKENS = frozenset(_folded(form) for word in _IDENTITY_DOCUMENTS_28 for form in (word, word.upper()))
PASSPORT_LABELS = tuple(sorted({_folded(word) for word in _PASSPORT_WORDS}, key=longest_first))  # longest first
PERSON_QUALIFIERS = frozenset(_folded(word) for word in PERSON_QUALIFIERS)
ADDRESS_QUALIFIERS = frozenset(_folded(word) for word in ADDRESS_QUALIFIERS)
PLACE_TOKENS = frozenset(_folded(word) for word in PLACE_TOKENS)
POSTAL_ABBREVIATIONS = frozenset(_folded(word) for word in POSTAL_ABBREVIATIONS)
AGE_WORDS_WRITTEN = AGE_WORDS  # (as written: labelled_values.py reads them in text, which keeps its case and script)
AGE_WORDS = frozenset(_folded(word) for word in AGE_WORDS)
NUMBER_LABEL_WORDS = frozenset(_folded(word) for word in NUMBER_LABEL_WORDS)  # (label tokens are folded: `numarası`)
NUMBER_LABEL_WORDS |= frozenset(_label_forms("নং নম্বর"))  # Bengali's (`পরিচয়পত্র নং`; twenty-first attack)
# The phone's and the mobile's abbreviations in Cyrillic and Greek script (`тел.`, `моб.`, `Τηλ.`, `Κιν.` for
# `κινητό`), whole tokens as `tel` and `mob` are; folded here, where _folded is defined.
WHOLE_TOKENS |= frozenset(_folded(word) for word in "тел моб τηλ κιν".split())
# Bulgaria's and Greece's national numbers by their abbreviations in their own script (thirty-third attack).
WHOLE_TOKENS |= frozenset(_folded(word) for word in "егн ΕΓΝ αμκα ΑΜΚΑ".split())
# Words of a label naming a person and not a place: name words, and the recipient and sender nouns. Words in capitals
# after such a label in any case are a name (postal.py: `Alıcı: EMINE YILDIRIM`); after `Ship to:` they are a
# country or a town as often (`Ship to: UNITED KINGDOM`).
PERSON_LABEL_WORDS = NAME_TOKENS | frozenset(_folded(word) for word in (
    "firstname lastname surname fullname middlename givenname familyname forename vorname nachname prenom "
    "apellido apellidos cognome sobrenome voornaam achternaam imię nazwisko förnamn efternamn fornavn etternavn "
    "etunimi sukunimi soyad soyadı adsoyad adısoyadı jméno příjmení vezetéknév keresztnév prenume fio hoten "
    "hovaten namalengkap isibongo jinakamili "
    "recipient addressee consignee sender empfanger destinataire destinatario destinataria mottagare mottaker "
    "modtager vastaanottaja penerima nguoinhan alici teslimalan beneficiary cardholder accountholder titular "
    "titulaire").split())
PERSON_LABEL_WORDS |= frozenset(_folded(word) for word in _ORDER_PEOPLE)
PERSON_LABEL_WORDS |= frozenset(_folded(word) for word in _RECIPIENTS_14 + _CONTACT_PERSONS_14 + _BUYERS_14 + _NAMES_14
                                + _RECIPIENTS_16)
PERSON_LABEL_WORDS |= frozenset(_folded(word) for word in _NAMES_19 + _BUYERS_19)
PERSON_LABEL_WORDS |= frozenset(_folded(word) for word in _NAMES_20)
PERSON_LABEL_WORDS |= frozenset(_folded(word) for word in _NAMES_22)
PERSON_LABEL_WORDS |= frozenset(_folded(word) for word in _NAMES_24)
PERSON_LABEL_WORDS |= frozenset(_folded(word) for word in _NAMES_26 + _RECIPIENTS_26)
PERSON_LABEL_WORDS |= frozenset(_folded(word) for word in _RECIPIENTS_27)
PERSON_LABEL_WORDS |= frozenset(_folded(word) for word in _RECIPIENTS_28)
PERSON_LABEL_WORDS |= frozenset(_folded(word) for word in _CONTACT_PERSONS_31 + _HOLDERS_31 + _ORDERERS_31)
PERSON_LABEL_WORDS |= frozenset(_folded(word) for word in _NAMES_29)
# (closer 106: who sends a parcel, as `sender`, and a contact person in English, as `Kontaktperson` is)
PERSON_LABEL_WORDS |= frozenset(_SENDERS_106 + ["contactperson", _folded("фио")])
PERSON_LABEL_WORDS |= frozenset(_folded(word) for word in _RECIPIENTS_33)
# A name word that is another language's ordinary word names a person as a label's only word (`نوم:`).
_ALONE_NAME_LABELS = frozenset(_folded(word) for word in _ALONE_NAME_LABELS_20 + _ALONE_NAME_LABELS_26)
PERSON_LABEL_WORDS -= _ALONE_NAME_LABELS
# Who receives a parcel and the contact person in Chinese (`收件人`, `收货人`, `联系人`, stems above): a person's label
# too (a user agent's field `(收件人: 陳大文)`: detector._user_agent_more_fields; twenty-ninth attack).
PERSON_LABEL_WORDS |= frozenset(_folded(word) for word in "收件人 收货人 联系人 聯絡人".split())


# The identity card named in Arabic (`البطاقة الوطنية`, `بطاقة التعريف`: above), as a label before a number: the
# label's words are folded as a key's (the article apart, one letter for each variant) to meet these.
_ARABIC_ID_CARDS = frozenset(_folded(word) for word in _ARABIC_ID_CARD_WORDS)


def names_an_arabic_id_card(tokens: List[str]) -> bool:
    """Whether a label's words in Arabic script name the identity card (`رقم البطاقة الوطنية: BK654321`)."""
    return "\u0600" <= tokens[-1][:1] <= "\u06ff" and "".join(
        token for word in tokens for token in _tokens(word)) in _ARABIC_ID_CARDS


def names_a_person(label: str) -> bool:
    """Whether a label's last word, or its last two or three joined (`Teslim alan`), names a person
    (PERSON_LABEL_WORDS), or the label is a full name's initials with their dots (names_a_person_by_initials)."""
    tokens = key_tokens(label)
    return any("".join(tokens[-count:]) in PERSON_LABEL_WORDS for count in range(1, min(3, len(tokens)) + 1)) or (
        len(tokens) == 1 and tokens[0] in _ALONE_NAME_LABELS) or names_a_person_by_initials(label) or (
        _name_of_a_person(tokens)) or len(tokens) == 1 and _glued_name_of_a_person(tokens[0])


def names_someone_by_word(label: str) -> bool:
    """Whether a label's last word is a person's word (PERSON_QUALIFIERS: `Assignee`, `Billing contact`,
    `Teilnehmer`), not their data's (`Phone`, `Email`)."""
    tokens = key_tokens(label)
    return bool(tokens) and tokens[-1] in PERSON_QUALIFIERS


# The small words between a name's word and the person it is of, in the languages that write the name first (`Nom
# du patient`, `Nombre del cliente`, `Nome dell'assicurato`, `Name of the insured`).
_OF_WORDS = frozenset(
    "de du des da do dos das del della dello dell di degli of the van von der le la l el il lo".split())


def _name_of_a_person(tokens: List[str]) -> bool:
    """Whether a label's tokens are a name's word, small words of `of` and a person's word (closer 99: `Nom du
    patient`, `nombre del asegurado`), or a name's word and its qualifier after it, as the languages that write the
    noun first do (closer 106: `Nom complet`, `Nombre completo`, `Nome cliente`): the person's name, as `patient name`
    and `full name` are."""
    return 1 < len(tokens) < 6 and tokens[0] in NAME_TOKENS and tokens[-1] in PERSON_QUALIFIERS and all(
        token in _OF_WORDS for token in tokens[1:-1])


def _glued_name_of_a_person(token: str) -> bool:
    """Whether one token is a person's word glued before a name word (key_lexicon.GLUED_NAME_WORDS, German's maybe
    after a linking `s`; closer 106: `kundenname`, `passagiername`), not a thing's (`produktname`)."""
    for name in key_lexicon.GLUED_NAME_WORDS:
        if token.endswith(name) and len(token) > len(name) + 2:
            head = token[:-len(name)]
            return head in PERSON_QUALIFIERS or head in PERSON_LABEL_WORDS or head[-1:] == "s" and (
                head[:-1] in PERSON_QUALIFIERS or head[:-1] in PERSON_LABEL_WORDS)
    return False


# A person's full name as a form's label abbreviates it, a letter or two and a dot for each of its words: Russian
# `Ф.И.О.` (фамилия, имя, отчество), Uzbek `F.I.Sh.` and `Ф.И.Ш.` (familiya, ism, sharif), Ukrainian `П.І.Б.`
# (прізвище, ім'я, по батькові). Read by their letters joined only where the dots are written: the letters joined
# spell a shop's word as often (`fish`; twenty-sixth attack). Lexicon data, folded as a label's words are.
_NAME_INITIALS = frozenset(tuple(key_tokens(label)) for label in "Ф.И.О. F.I.Sh. Ф.И.Ш. П.І.Б.".split())


def names_a_person_by_initials(label: str) -> bool:
    """Whether `label` is a full name's initials with their dots, each as the lexicon writes it (`F.I.Sh.`, not
    `Fi.Sh.`: _NAME_INITIALS)."""
    return "." in label and tuple(key_tokens(label)) in _NAME_INITIALS


# Each word that is personal alone, or with one of its qualifiers anywhere in the key: the qualifiers it needs.
_QUALIFIED_GROUPS: Tuple[Tuple[FrozenSet[str], FrozenSet[str]], ...] = (
    (NAME_TOKENS, PERSON_QUALIFIERS), (PLACE_TOKENS, ADDRESS_QUALIFIERS), (ADDRESS_LINE_WORDS, ADDRESS_QUALIFIERS),
    (DWELLING_WORDS, PERSON_QUALIFIERS),
    (ID_ABBREVIATIONS, ID_WORDS | VEHICLE_WORDS | ADDRESS_QUALIFIERS),
    (GEO_WORDS, GEO_WORDS | GEO_QUALIFIERS | ADDRESS_QUALIFIERS),
    (ACCOUNT_WORDS_ALONE, ID_WORDS | PERSON_QUALIFIERS | ACCOUNT_HOLDERS),
    (ALONE_WORDS, frozenset()))
_QUALIFIERS_OF: Dict[str, FrozenSet[str]] = {}
for _words, _qualifiers in _QUALIFIED_GROUPS:
    for _word in sorted(_words):  # one shared set per group: a word in two groups gets their union
        _found = _QUALIFIERS_OF.get(_word)
        _QUALIFIERS_OF[_word] = _qualifiers if _found is None else _found | _qualifiers
_NAME_LENGTHS = sorted({len(name) for name in NAME_TOKENS})
_NAME_ENDINGS = frozenset(name[-3:] for name in NAME_TOKENS)
# In a script's word, a name word of one or two letters glued after a qualifier (Korean `주문자명`, `고객이름`).
_SCRIPT_NAME_ENDINGS = frozenset(name[-1] for name in NAME_TOKENS if not name.isascii())
# ... and before it, in the scripts that write the name word first and glue its qualifier on (Thai `ชื่อผู้รับ`: the
# recipient's name).
_SCRIPT_NAME_STARTS = frozenset(name[0] for name in NAME_TOKENS if not name.isascii())


def _glued_name_lengths(token: str) -> Iterator[int]:
    """The lengths of the name words (NAME_TOKENS) `token` ends on after other letters (`kundenname`, `고객이름`),
    shortest first."""
    return (length for length in _NAME_LENGTHS if length < len(token) and token[-length:] in NAME_TOKENS)


# Stems in other scripts are searched only in keys that are not ASCII (one short pattern for most keys).
_STEMS = [_folded(stem) for stem in _PERSONAL_STEMS.split("|")]


_PERSONAL_STEM = re.compile(by_first_letter([stem for stem in _STEMS if stem.isascii()]))

# German and Dutch glue a qualifier to its noun, German often with a linking `s` (`Rechnungsname`, `Lieferanschrift`,
# `Versandland`, `factuurnaam`; thirtieth attack): a token that opens on a qualifier's compound form, the rest a word
# of the lexicon (a name, an address, a place or a contact word), is read as the two words, the qualifier as the
# lexicon's own (`billing name`, `shipping anschrift`), and judged by the rules above; not `Rechnungsnummer`,
# `Lieferzeit`, `Lieferart`, `Lieferantenname`, whose rest is no word of the lexicon.
_COMPOUND_QUALIFIERS = {_folded(head): qualifier for head, qualifier in (
    ("rechnungs", "billing"), ("liefer", "shipping"), ("versand", "shipping"), ("empfänger", "recipient"),
    ("absender", "sender"), ("käufer", "buyer"), ("wohn", "home"), ("factuur", "billing"), ("aflever", "shipping"),
    ("bezorg", "shipping"), ("verzend", "shipping"),
    ("empfaenger", "recipient"), ("kaeufer", "buyer"),  # (an umlaut typed as its vowel and `e`)
    ("heimat", "home"),
    ("kunden", "customer"), ("klant", "customer"))}  # (review 45: `Kundenmail`, `klantmail`: the customer's mail)
# English glues its address qualifiers too (`hometown`, `homecity`, `billingregion`, `shipstate`; review 20): each
# is its own qualifier, before a lexicon word of four letters or more (`billplz` is a payment gateway's name).
_GLUED_ENGLISH_QUALIFIERS = frozenset("home billing shipping delivery mailing ship bill".split())
_COMPOUND_QUALIFIERS.update((head, head) for head in sorted(_GLUED_ENGLISH_QUALIFIERS))
_COMPOUND_HEADS: Dict[str, List[str]] = {}  # (by their first four letters: a token tries only the heads it opens on)
for _head in _COMPOUND_QUALIFIERS:
    _COMPOUND_HEADS.setdefault(_head[:4], []).append(_head)
# `Ort` glued after a qualifier is a term of trade (`Lieferort`, `Versandort`: Incoterms' place of delivery), not the
# visitor's town, which a form names with `Ort` apart (`Ort_Lieferung`).
_NOT_A_COMPOUND_REST = frozenset(["ort"])
# The languages that glue a word qualifying a password before it make the password's word the compound's last part,
# whatever the qualifier (`Kundenkennwort`, `Servicepasswort`, `klantwachtwoord`, `kundlösenord`; closer 102): a
# token ending in their password's word after three letters or more is read as the two words, as `kunden_kennwort`
# is (the compound heads above are an address's qualifiers only, and the rest a word of the lexicon).
_GLUING_LANGUAGES = ("German", "Dutch", "Swedish", "Danish", "Norwegian", "Finnish")
_GLUED_CREDENTIALS: Dict[str, List[str]] = {}  # (by their last four letters: a token tries only the words it ends in)
for _word in sorted({_folded(word) for language in _GLUING_LANGUAGES
                     for word in key_lexicon.ALONE["password"].get(language, "").split()}):
    _GLUED_CREDENTIALS.setdefault(_word[-4:], []).append(_word)
GLUED_CREDENTIAL_ENDINGS = frozenset(_GLUED_CREDENTIALS)  # (a token ending in none glues no credential: perf 55)


def glued_credential(token: str) -> str:
    """The password's word a German, Dutch, Scandinavian or Finnish compound `token` (folded) ends in after a
    qualifier of three letters or more (`kundenkennwort`: `kennwort`), or ""."""
    for word in _GLUED_CREDENTIALS.get(token[-4:], ()):
        if len(token) >= len(word) + 3 and token.endswith(word):
            return word
    return ""


def _split_at_a_qualifier(token: str, split: List[str]) -> bool:
    """Whether `token` opens on a compound's qualifier before a lexicon word (above): if so, the two words are added
    to `split`. (A token opening on a qualifier's letters and no such word is still read for a glued credential:
    `kundlösenord` opens on `kunden`'s four letters.)"""
    for head in _COMPOUND_HEADS[token[:4]]:
        qualifier = _COMPOUND_QUALIFIERS[head]
        rest = token[len(head):]
        if token.startswith(head) and len(rest) > (3 if qualifier == head else 2) and (
                rest not in _NOT_A_COMPOUND_REST) and (
                rest in NAME_TOKENS or rest in PLACE_TOKENS or is_personal_token(rest)):
            split += [qualifier, rest]
            return True
    return False


def _compound_split(tokens: List[str]) -> List[str]:
    """`tokens` with each German or Dutch compound of a qualifier and a lexicon word read as the two words (above), or
    [] when none is one (a set lookup on each token's first letters first)."""
    split: List[str] = []
    for token in tokens:
        if token[:4] in _COMPOUND_HEADS and _split_at_a_qualifier(token, split):
            continue
        if token[-4:] in _GLUED_CREDENTIALS and (credential := glued_credential(token)):
            split += [token[:-len(credential)], credential]
        else:
            split.append(token)
    return split if len(split) > len(tokens) else []

_PERSONAL_STEM_OTHER = re.compile("|".join(stem for stem in _STEMS if not stem.isascii()))


# (thirty-eighth attack; review 23) A post office box, where a person's mail is delivered, in the languages' own words
# (`po_box`, German `Postfach`, Spanish `apartado postal`, `casilla postal`, Portuguese `caixa postal`, Dutch
# `postbus`, Norwegian and Danish `postboks`, Polish `skrytka pocztowa`, Australia's and South Africa's `private bag`,
# `locked bag`, `GPO box`): it names a person's box alone or with a person's or an address's qualifiers and a
# number's word only (`customer_po_box`, `pobox_number`); any other word makes it the shop's setting or a flag about
# boxes (`allow_po_box`, `po_box_surcharge`, `postfach_erlaubt`, `shipping_to_po_box`).
POST_BOX_WORDS = frozenset((
    "pobox postofficebox postbox postfach apartadopostal casillapostal caixapostal postbus postboks "
    "skrytkapocztowa privatebag lockedbag gpobox"
).split())
_POST_BOX_QUALIFIERS = ADDRESS_QUALIFIERS | frozenset("number no nr num nummer numero".split())


def _names_a_post_box(tokens: List[str]) -> bool:
    """Whether `tokens` (one to three of them joined) name a post office box, the others its qualifiers only."""
    for start in range(len(tokens)):
        joined = ""
        for end in range(start, min(start + 3, len(tokens))):
            joined += tokens[end]
            if joined in POST_BOX_WORDS:
                return all(token in _POST_BOX_QUALIFIERS for token in tokens[:start] + tokens[end + 1:])
    return False


def personal_tokens(tokens: List[str]) -> bool:
    joined = "".join(tokens)
    ascii_key = joined.isascii()
    number_word = "nr" in joined or "num" in joined  # (a number word glued or apart: _glued_before_number, in C first)
    # (a post office box's words hold `box`, `fach`, `bus`, `boks`, `skrytka` or `bag`: substring tests in C first)
    if _PERSONAL_STEM.search(joined) is not None or (
            not ascii_key and _PERSONAL_STEM_OTHER.search(joined) is not None) or (
            "box" in joined or "fach" in joined or "bus" in joined or "boks" in joined or "skrytka" in joined
            or "bag" in joined) and _names_a_post_box(tokens):
        return True
    count = len(tokens)
    for start in range(count):
        joined = ""
        for token in tokens[start:start + 3]:
            joined += token
            if is_personal_token(joined):
                return True
    token_set = set(tokens)
    if (not token_set.isdisjoint(WHOLE_TOKENS) or count > 3 and _programme_of_three_words(tokens)
            or not _TWO_WORD_PARTY_ENDS.isdisjoint(token_set) and _two_word_party(tokens)):
        return True
    for token in tokens:  # a qualifier glued to a name word: `kundenname`, `klantnaam`, `customername`
        if len(token) > 5 and token[-3:] in _NAME_ENDINGS or not ascii_key and token[-1:] in _SCRIPT_NAME_ENDINGS:
            for length in _glued_name_lengths(token):
                # (maybe after a linking `s`, as Dutch and German glue a person's word: closer 127, `passagiersnaam`)
                if token[:-length] in PERSON_QUALIFIERS or token[-length - 1:-length] == "s" and (
                        token[:-length - 1] in PERSON_QUALIFIERS):
                    return True
        if not ascii_key and token[:1] in _SCRIPT_NAME_STARTS:
            for length in _NAME_LENGTHS:
                if token[:length] in NAME_TOKENS and token[length:] in PERSON_QUALIFIERS:
                    return True
    for token in token_set:  # `name` alone or `customer_name`, `sin` alone or `sin_number`
        qualifiers = _QUALIFIERS_OF.get(token)
        if qualifiers is not None and (count == 1 or any(other in qualifiers for other in token_set if other != token)):
            return True
    split = _compound_split(tokens)
    return bool(split) and personal_tokens(split) or number_word and _glued_before_number(tokens)


def a_claim_party_key(key: str) -> bool:
    """Whether `key` is a policy's other driver's or its holder's word alone, its words joined whole (CLAIM_PARTY_KEYS:
    `named_driver`, `policy_holder`, `versicherungsnehmer`; closer 174)."""
    return len(key) <= 40 and "".join(key_tokens(key)) in CLAIM_PARTY_KEYS


def _two_word_party(tokens: List[str]) -> bool:
    """Whether `tokens` hold a party of two words (_TWO_WORD_PARTIES) before a name word (`dna_match_name`)."""
    return any(tokens[at] + tokens[at + 1] in _TWO_WORD_PARTIES and tokens[at + 2] in NAME_TOKENS
               for at in range(len(tokens) - 2))


def _programme_of_three_words(tokens: List[str]) -> bool:
    """Whether `tokens` hold a programme's name of three words before an id or a number word, read joined
    (THREE_WORD_PROGRAMMES: `worldOfHyattId`, `miles_and_more_number`; closer 133)."""
    return any("".join(tokens[at:at + 3]) in THREE_WORD_PROGRAMMES and is_personal_token("".join(tokens[at:at + 4]))
               for at in range(len(tokens) - 3))


# German, Dutch and the Nordic languages glue a number word after its noun, often past a linking `s`, `n` or `en`
# (`Kundenkartennummer`, `Mitgliedsnr`; closer 108): a token ending so is read as its noun and the number word, the
# noun as the lexicon's own (`kundenkarte nummer`), and judged by the rules above; not `Bestellnummer`, `Kompassnummer`,
# whose noun names no person's data.
_GLUED_NUMBER_WORDS = ("nummer", "number", "nr")
_LINKING_LETTERS = ("en", "s", "n")


def _glued_before_number(tokens: List[str]) -> bool:
    """Whether a token of `tokens` glues a lexicon word to a number word, or ends on a linking letter before a number
    word's token (`Kundenkarten-Nr.`), the word judged with the number word by the rules above."""
    for at, token in enumerate(tokens):
        if token[6:] and token.endswith(_GLUED_NUMBER_WORDS):
            number = next(word for word in _GLUED_NUMBER_WORDS if token.endswith(word))
            noun = token[:-len(number)]
            nouns = [noun, *(noun[:-len(linking)] for linking in _LINKING_LETTERS if noun.endswith(linking))]
        elif tokens[at + 1:at + 2] and tokens[at + 1] in _GLUED_NUMBER_WORDS and token.endswith(_LINKING_LETTERS):
            number = tokens[at + 1]
            nouns = [token[:-len(linking)] for linking in _LINKING_LETTERS if token.endswith(linking)]
        else:
            continue
        if any(noun[3:] and personal_tokens([noun, number]) for noun in nouns):
            return True
    return False


# Letters written with a look-alike digit or sign, or a capital I for an l, inside a word (`EMA1L`, `ph0ne`, `n4me`,
# `emaiI`, `em@il`, `addre$s`; `⒜` folds to `(a)`, read `@`), a sign as a word's first letter before two letters
# (`@ddress`, `$treet`, `home_@ddress`), or a 0, 1, 3 or 5 before four small letters (`5urname`; before fewer a digit
# is a count, `2nd`): such a key is judged in the readings a person sees too (1 as l and as i).
_LOOK_ALIKE_INSIDE = re.compile(  # the character first: fast
    r"[013457@$](?<=[A-Za-z][013457@$])(?=[A-Za-z])|[@$](?<![0-9A-Za-z@$][@$])(?=[A-Za-z]{2})|I(?<=[a-z]I)"
    r"|[0135](?<![0-9A-Za-z][0135])(?=[a-z]{4})|l(?<=[A-Z]l)(?=[A-Z])|\|(?<=[A-Za-z]\|)")
_READINGS = ({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "I": "l", "l": "i",
              "|": "l"},
             {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "I": "l", "l": "i",
              "|": "l"})


# Either second reading may apply (a look-alike inside a word, a word ending in s): one search for both.
_SECOND_READING = re.compile(_LOOK_ALIKE_INSIDE.pattern + r"|[sS](?<=[A-Za-z]{5})(?![a-z])")


def _personal_reading(form: str) -> bool:
    spots = [found.start() for found in _LOOK_ALIKE_INSIDE.finditer(form)]
    if not spots:
        return False
    letters = list(form)
    for reading in _READINGS:
        for spot in spots:
            letters[spot] = reading[form[spot]]
        read = "".join(letters).lower()
        tokens = _tokens(read)
        if personal_tokens(tokens) or not _KEY_ONLY_WORDS.isdisjoint(tokens) and _key_only_word(read, tokens):
            return True  # (`@ge`, read `age`, is personal in a key only)
    return False


# Tokens that make a key name an id or a code: its value is judged as an id (a GTIN or an order number is a
# run of digits, not a phone number, unless written the way phone numbers are dialled).
# `ref` is not one: it names a referral as often as a reference, and a referral code is often the referrer's phone.
ID_TOKENS = frozenset("id ids sku gtin ean upc isbn mpn barcode code reference number no nr num variant".split())
# Words before a number in text or a path that name it a code (detector._label_level): the id words, and words
# naming an article, an order, an invoice or a version.
# Labels of a business's own tax or company number (VAT, its national names, Indonesia's NPWP, Australia's ABN
# and ACN, France's SIRET and SIREN, the Dutch KvK, India's GSTIN): the number after them is a code.
BUSINESS_ID_WORDS = frozenset("vat ust ustid ustidnr tva btw npwp abn acn gstin siret siren kvk".split())
# ... Italy's and Spain's VAT (`IVA`, `P.IVA`, `Partita IVA`: a key `partita_iva` stays personal, a sole trader's),
# and Malaysia's company registration (`SSM`, Suruhanjaya Syarikat Malaysia: `SSM 201901012345`).
BUSINESS_ID_WORDS |= frozenset("iva piva partitaiva ssm".split())
# ... and the US Employer Identification Number (`EIN 12-3456789`, attack 40): a business's federal tax number, which
# holds no person's SSN even when a sole proprietor's; a key `ein` stays personal, as `partita_iva` does.
BUSINESS_ID_WORDS |= frozenset(["ein"])
# ... and Brazil's company number (`CNPJ 11.222.333/0001-81`, closer 105): a company's public registration, the
# establishment's; a key `cnpj` stays personal, as `ein` does (a sole trader's MEI is registered under one too).
BUSINESS_ID_WORDS |= frozenset(["cnpj"])
# ... and a company register's label before its number, by country (closer 142, sixty-ninth attack: `RCS Paris 552 100
# 554`, `org.nr. 923 609 016`, `HRB 123456 B`, `Y-tunnus 0112038-9`): France's RCS, Norway's and Sweden's organisation
# number (`org.nr.` reads `org` and `nr`: ORG_NUMBER_LABELS), Denmark's CVR, Germany's commercial register, Finland's
# business id, Poland's KRS and REGON; the digits after them are a company's, not a phone's.
BUSINESS_ID_WORDS |= frozenset(
    "rcs orgnr organisasjonsnummer organisationsnummer cvr hrb hra handelsregister ytunnus tunnus krs regon".split())
ORG_NUMBER_LABELS = (["org", "nr"], ["org", "no"], ["org", "nummer"])
# Words of a label naming a person's identity number (`ID`, `Identity No.`, `Identität Nr.`), with the number
# words they go with: the number after such a label alone is read for a birth date (detector._identity_label).
IDENTITY_WORDS = frozenset(
    "id identity identification identidad identidade identite identita identitat identiteit ident".split())
IDENTITY_LABEL_WORDS = IDENTITY_WORDS | NUMBER_WORDS
# Words naming a parcel, its shipment or its carrier's kind, in the lexicon's languages (`Aras Kargo 3801234567`,
# `Colis 6A12345678901`, `No. Resi 3801234567`): the number after them is the parcel's, a code (a carrier's own name
# need not be known: the word for its trade stands beside it). Not `delivery`, `shipping`, `envío`: an address's
# qualifiers (`Delivery phone`).
PARCEL_WORDS = frozenset(_folded(word) for word in (
    "parcel package shipment consignment cargo courier waybill awb kargo gönderi paket pakket pakke paketti "
    "sendung sendungsnummer paketnummer colis envoi expédition paquete pacco spedizione encomenda pacote remessa "
    "zending paczka przesyłka försändelse forsendelse lähetys kiriman resi kifurushi посылка "
    # Latin America's `guía` (a carrier's waybill: `Guía 8821-4471-03`; nineteenth attack)
    "guía "
    # a parcel carrier's own name alone before its number (`GLS 48392751832`; thirty-fourth attack): Europe's and the
    # world's carriers whose name is no person's
    "gls dhl dpd ups usps fedex tnt colissimo chronopost bpost postnl inpost correos seur nacex mrw omniva "
    "postnord budbee evri yodel parcelforce purolator aramex").split())
# An order and an invoice in the languages of the fourteenth attack, as written before their number (the Czech,
# Polish and Russian genitive after a number word: `Číslo faktury`, `Nr zamówienia`, `Номер заказа`).
_MORE_ORDER_WORDS = (
    "objednávka objednávky faktura faktury fakturu zamówienie zamówienia заказ заказа счёт счет счета замовлення "
    "рахунок rendelés rendelésszám számla comanda comenzii facturii παραγγελία τιμολόγιο").split()
CODE_LABELS = ID_TOKENS | PARCEL_WORDS | frozenset(
    "art artikel article item product produkt order bestellung commande pedido ordine invoice rechnung facture "
    "factura fattura asin model modell version build ver lot batch serial tracking firmware section chapter "
    "release revision rev part teil inv sn pn".split()) | frozenset(_folded(word) for word in _MORE_ORDER_WORDS)
# A version's words: a key holding one labels the four dotted numbers under it a version (`?version=1.2.3.4`,
# `app_version`), as a code label before them does in text.
VERSION_WORDS = frozenset("version ver build firmware release revision rev".split())
# A product line's name (`Series 694 216 820`; twentieth attack): a product's code label.
CODE_LABELS |= frozenset("series serie reihe".split())
# Code labels that name a product (detector.PRODUCT), and those that name an order, an invoice or a parcel, which
# keep a code label's reading when both stand before a number (`Order Item 0701234567`).
PRODUCT_LABELS = frozenset(
    "art artikel article item product produkt asin model modell part teil sn pn sku gtin ean upc isbn mpn barcode "
    "serial lot batch series serie reihe".split())
ORDER_LABELS = PARCEL_WORDS | frozenset("order bestellung commande pedido ordine invoice rechnung facture factura "
                                        "fattura inv tracking".split()) | frozenset(
    _folded(word) for word in _MORE_ORDER_WORDS)

# Words of a label naming a person's payment key, whatever its shape (detector: a UUID after one is the person's
# key): Brazil's Pix with a key word or alone (`chave pix`, `Pix key`, `chave pix aleatória`), and its random key's
# own name (`chave aleatória`).
PAYMENT_KEY_NAMES = frozenset(["pix"])
PAYMENT_KEY_LABEL_WORDS = PAYMENT_KEY_NAMES | frozenset("chave key aleatoria".split())
RANDOM_KEY_LABEL = ["chave", "aleatoria"]
# Spanish `orden` (an order, in Latin America) names an order as `pedido` does.
CODE_LABELS |= frozenset(["orden"])
ORDER_LABELS |= frozenset(["orden"])
# An order's number as one word, Dutch and German (`Bestelnummer 2026112901`, `Bestellnummer`, `Ordernummer`).
_ORDER_NUMBER_WORDS = frozenset("bestelnummer bestellnummer ordernummer auftragsnummer bestelling".split())
CODE_LABELS |= _ORDER_NUMBER_WORDS
ORDER_LABELS |= _ORDER_NUMBER_WORDS
# An order in more of the lexicon's languages, as written before its number (closer 84: German `Auftrag`, Portuguese
# `encomenda`, Italian `ordinazione`, Swedish `beställning`, Danish and Norwegian `bestilling`, Finnish `tilaus`,
# Turkish `sipariş`, Indonesian `pesanan`): a code, as `Order`, `Bestellung`, `Commande`, `Pedido`, `Ordine` are.
_ORDER_WORDS_BY_LANGUAGE = frozenset(_folded(word) for word in (
    "auftrag encomenda ordinazione beställning bestilling tilaus sipariş pesanan").split())
CODE_LABELS |= _ORDER_WORDS_BY_LANGUAGE
ORDER_LABELS |= _ORDER_WORDS_BY_LANGUAGE
# A receipt, a sales slip, as written before its number (`Boleta 001-0045678`, Peru's and Chile's sales receipt:
# a series and a serial; `Recibo`, `Comprobante`, `Quittung`, `Ricevuta`, `Kvitto`): a code, as an invoice's.
_RECEIPT_WORDS = frozenset(_folded(word) for word in (
    "receipt boleta recibo comprobante ticket quittung beleg kassenbon reçu ricevuta scontrino kvitto kvittering "
    "bon paragon").split())
CODE_LABELS |= _RECEIPT_WORDS
ORDER_LABELS |= _RECEIPT_WORDS
# A booking, a trip's or a stay's order, as written before its number (`Booking PNR 4521-876543`: a passenger name
# record's, `Buchung`, `Réservation`, `Reserva`; twenty-fifth attack): a code, as an order's.
_BOOKING_WORDS = frozenset(_folded(word) for word in (
    "booking reservation pnr buchung buchungsnummer reservierung réservation reserva prenotazione boeking "
    "reservering bokning rezervasyon").split())
CODE_LABELS |= _BOOKING_WORDS
ORDER_LABELS |= _BOOKING_WORDS
# Thirtieth attack: a product's number as one word, German, Dutch and Swedish (`Artikelnummer 0713995036`, H&M's
# article number: ten digits led by `0`), a product's code label as `Art.-Nr.` is; a marketplace's offer or listing
# before its number (`Allegro oferta 13742968051`), a code's label (an order's kind: a mobile after its trunk prefix
# stays a phone there).
_PRODUCT_NUMBER_WORDS = frozenset("artikelnummer artikelnr produktnummer modellnummer teilenummer".split())
CODE_LABELS |= _PRODUCT_NUMBER_WORDS | frozenset("oferta offer offre offerta angebot listing".split())
# (closer 157, seventy-fourth attack) ... and a property portal's listing number by its label: a Multiple Listing
# Service's (`MLS# …`), Zillow's property id (`zpid 2074628459`: ten digits, a phone's count).
CODE_LABELS |= frozenset("mls zpid".split())
PRODUCT_LABELS |= _PRODUCT_NUMBER_WORDS
# A medicine's code in the trade's registers, as written before it (closer 100): the US National Drug Code (`NDC
# 0573-0164-40`), Germany's Pharmazentralnummer (`PZN`), France's CIP: a product's code label; (closer 182, eighty-fifth
# attack) and Italy's AIC and its ministry's code (`minsan`, the same nine digits opening on `0`: `AIC 012745093`, a
# landline's count), Belgium's CNK.
DRUG_CODE_WORDS = frozenset("ndc pzn cip aic minsan cnk".split())
CODE_LABELS |= DRUG_CODE_WORDS
PRODUCT_LABELS |= DRUG_CODE_WORDS
# (closer 124, sixty-third attack: games) A game's match, by language, before its number (`match 7654321098`, a Dota 2
# match's id; `Partie`, `partida`, `partita`, `Spiel`, `wedstrijd`, `mecz`): a code's label, as an order's (a mobile
# after its trunk prefix stays a phone there).
MATCH_WORDS = frozenset("match partie partida partita spiel wedstrijd mecz".split())
CODE_LABELS |= MATCH_WORDS
# (closer 130, sixty-fifth attack: food) A lot's word by language (`Lote`, `lotto`, `Charge`, `partia`), and a
# voucher's or a coupon's (`Voucher 6284 1930 4471`, `Gutschein`, `bon`, `buono`, `cupón`, `kupon`): a code's label,
# as `lot` and `code` are (a card's number after one is still a card's by its check; a mobile after its trunk prefix
# a phone's).
LOT_WORDS = frozenset("lote lotto charge partia".split())
VOUCHER_WORDS = frozenset(_folded(word) for word in (
    "voucher coupon gutschein gutscheinnummer bon cheque buono cupón cupon vale kupon tegoedbon cadeaubon "
    "vale-presente").split())
CODE_LABELS |= LOT_WORDS | VOUCHER_WORDS
# A site's route naming its records in the plural (`/products/4817261234`, `/orders/…`, `/items/…`) and eBay's `itm`,
# read before a number in a URL's path as the code word it stands for (detector._label_level): the number after it is
# a record's (it was read as a phone one time in two, and the URL lost its path; session 30). In text `Orders - …`
# is a title's word, not a code's label.
RECORD_ROUTES: Dict[str, str] = {
    "products": "product", "items": "item", "articles": "article", "itm": "item", "orders": "order",
    "invoices": "invoice", "receipts": "receipt", "bookings": "booking", "reservations": "reservation",
    "parcels": "parcel", "packages": "package", "shipments": "shipment", "tickets": "ticket", "listings": "listing",
    "offers": "offer", "variants": "variant",
}
# Identity words (above) in Swahili (`Kitambulisho:`, the identity card; its number words are among NUMBER_WORDS).
IDENTITY_WORDS |= frozenset(["kitambulisho"])
IDENTITY_LABEL_WORDS |= frozenset(["kitambulisho"])
# ... in Arabic and Persian (`رقم الهوية`, the identity's number; `رقم الإقامة`, a residence permit's; `الرقم
# القومي` and `کد ملی`, the national number and code), with their words for a number and a code; each as typed with
# a final `ه` for `ة` and Arabic or Persian `ي`/`ی`, `ك`/`ک`. Both as a key's tokens fold them (the article apart)
# and as a label's words are read in the canonical text (its hamza folded, its letters as typed).
_MORE_IDENTITY_WORDS = _label_forms("هوية الهوية هويه الهويه إقامة الإقامة اقامه الاقامه القومي القومی الوطنية الوطنيه "
                                    "ملی ملي")
# ... and Jordan's `الرقم الوطني`, the national number (the adjective masculine, as `الرقم` is; nineteenth attack),
# whose ten digits carry no check to read.
NATIONAL_NUMBER_WORDS = frozenset(_label_forms("الوطني الوطنی وطني"))
_MORE_IDENTITY_WORDS += sorted(NATIONAL_NUMBER_WORDS)
IDENTITY_WORDS |= frozenset(_MORE_IDENTITY_WORDS)
IDENTITY_LABEL_WORDS |= frozenset([*_MORE_IDENTITY_WORDS, *_label_forms("رقم الرقم کد كد")])
# Words naming the register a person's number is kept in, as a label's words before it (twenty-first attack): civil
# (Kuwait's and Oman's `Civil ID`, `Civil Number`, `الرقم المدني`), personal in Arabic (Bahrain's CPR, `الرقم الشخصي`)
# and national in English (Libya's and Jordan's `National No.`: ten digits after it are read, as after `الوطني`).
_REGISTER_WORDS = frozenset(_label_forms("civil national المدني مدني الشخصي شخصي"))
IDENTITY_WORDS |= _REGISTER_WORDS
IDENTITY_LABEL_WORDS |= _REGISTER_WORDS
NATIONAL_NUMBER_WORDS |= frozenset(["national"])
# Twenty-second attack, by kind: a register's own word beside its kind (`Registro Civil 45678912`: the register alone
# names no id, its kind does, as `Civil ID`); personal in French, Spanish and English, whose number is the national
# one (Benin's `Numéro Personnel d'Identification`: ten digits after it are read); an id number's own name, the
# former Yugoslavia's JMBG and Slovenia's EMŠO (`EMSO: 0101992500019`), whose thirteen digits carry its check; a
# nation's census of its citizens, as a register word too (`Navajo Nation census number 987654321`).
IDENTITY_LABEL_WORDS |= frozenset(_label_forms("registro register registre registr rejestr registar"))
_PERSONAL_REGISTER_WORDS = frozenset(_label_forms("personnel personal"))
IDENTITY_WORDS |= _PERSONAL_REGISTER_WORDS | frozenset(_label_forms("jmbg emšo emso census"))
IDENTITY_LABEL_WORDS |= IDENTITY_WORDS
NATIONAL_NUMBER_WORDS |= _PERSONAL_REGISTER_WORDS
# Twenty-third attack: Turkish identity (`Kimlik numarası`) and its population register (`Nüfus`, the civil register's
# kind: `Nüfus kayıt numarası`, its register word `kayıt` before the number word; the kind read one word further back,
# detector._identity_label).
IDENTITY_WORDS |= frozenset(_label_forms("kimlik nüfus"))
IDENTITY_LABEL_WORDS |= IDENTITY_WORDS | frozenset(_label_forms("kayıt numara numarası"))
# Thirtieth attack: Arabic's national adjective in the feminine without its article, as a noun without its own
# article takes it (`هوية وطنية:`, a national identity, beside `الهوية الوطنية`), typed with `ة` or `ه`.
IDENTITY_WORDS |= frozenset(_label_forms("وطنية وطنيه"))
IDENTITY_LABEL_WORDS |= IDENTITY_WORDS
# Labels of a business number whose own layout begins with a `0` (Vietnam's `MST`, mã số thuế: a province code,
# `01` for Hanoi, and eight digits): after them a single run is the number, as after a product's label, whatever
# plan's mobile it looks like (`MST 0101234567`); a phone number there is dialled abroad or written in groups. So
# is India's Importer-Exporter Code (`IEC 0305012345`: ten digits in its older form, a state's code `0`;
# twenty-fourth attack).
ZERO_LED_BUSINESS_WORDS = frozenset(["mst", "iec"])
# Labels glued as Korean, Chinese and Japanese write them, a stem and a number word (`발송번호`: a dispatch's
# number; `运单号`, a waybill's; `사업자등록번호`, a business's registration number): read by the stem before the number
# word (or the stem alone: `운송장`, a waybill), a code's (an order, a dispatch or delivery, a waybill, a parcel, an
# invoice, a receipt, a product, a model, a serial) or a business's own (detector._label_level). A person's word
# glued before its own ending (`주문자`, the orderer) is no stem followed by a number word.
GLUED_NUMBER_ENDINGS = ("번호", "号码", "號碼", "编号", "編號", "番号", "单号", "單號", "代码", "代碼", "号", "號")
GLUED_CODE_STEMS = re.compile("|".join(
    "주문 발송 송장 운송장 택배 배송 운송 등기 상품 제품 모델 일련 영수증 거래 예약 "
    "订单 訂單 运单 運單 快递 快遞 物流 包裹 发票 發票 商品 产品 產品 型 货 貨 序列 批 交易 "
    "注文 伝票 追跡 配送 品 製造".split()))
GLUED_BUSINESS_STEMS = re.compile("|".join(
    "사업자 법인 통신판매 统一社会信用 統一 税 稅 纳税 納稅 营业执照 營業 工商 法人".split()))


# Keys naming a shop's things by the list (`?items=4451,4452,4453`, `products`, `skus`): their values are ids too.
_LISTED_THINGS = frozenset("item items product products article articles skus variants".split())


# Keys naming an ad, whose values are its number (HubSpot's and LinkedIn's `hsa_ad`, `ad`), and an ad platform's
# objects or an order glued to `id` (Google Ads' `campaignid`, `adgroupid`, `creativeid`, `placementid`, `feeditemid`,
# `targetid`; `orderid`): their digits are an id's (closer 81). A campaign's, a creative's or an order's word alone is
# not (`utm_campaign` holds the campaign's name, `order_note` a note: text, as a search's `keyword` holds what the
# visitor typed).
AD_OBJECT_WORDS = frozenset("ad ads".split())
AD_OBJECTS_GLUED_TO_ID = frozenset(
    "ad campaign camp cmp cmpn cpn adgroup adset creative placement feeditem target order".split())
# A click's or a campaign's id glued to its word's letter, as ad networks name their parameters: a click id's `clid`,
# `clkid`, `clickid` ending (Google's `gclid`, Microsoft's `msclkid`, Yandex's `yclid`, X's `twclid`), a campaign id's
# `cid` (Mailchimp's `mc_cid`, Adobe's `s_kwcid`, Snapchat's `ScCid`); their values are the network's numbers.
AD_ID_ENDINGS = ("clid", "clkid", "clickid", "cid")
# A catalogue's object, whose value is its number (Amazon's browse `node`, a shop's `category`; closer 92).
CATALOGUE_OBJECTS = frozenset("node nodes category categories".split())
# Ad and mail networks' own parameter prefixes (UTM's `utm_`, HubSpot's and Google Ads' `hsa_`, Mailchimp's `mc_`,
# Adobe's `s_` and `ef_`, Matomo's `pk_` and `mtm_`, LinkedIn's `li_`, eBay Partner Network's `mk` glued to its
# word): their values of digits alone are the network's objects' numbers (an ad account's, an ad group's), not a
# visitor's data, but under a word naming text (below; closer 92).
AD_NETWORK_PREFIXES = frozenset("utm hsa mc s ef pk mtm li sc ga gad itm cm wt ns tt mkt".split())
AD_NETWORK_GLUED_PREFIXES = ("mk",)


# A device's advertising id by its key (Apple's IDFA and IDFV, Google's GAID or AAID, Huawei's OAID, `adid`,
# `advertising_id`): the platforms issue a UUID (hex digits in 8-4-4-4-12 groups), never digits alone, so digits alone
# under such a key are an ad's number (Walmart's and Google Ads' `adid=22222222224481726`; closer 95).
ADVERTISING_ID_KEYS = frozenset("adid idfa idfv gaid aaid oaid advertisingid".split())
_MAX_ADS_NUMBER = 32


def holds_an_ads_number(key: str, value: str) -> bool:
    """Whether `key`, a device's advertising id's (ADVERTISING_ID_KEYS), holds digits alone: an ad's number, no
    device's id (the digits are still read as free text: a phone or a card stays refused)."""
    text = value.strip()
    return 0 < len(text) <= _MAX_ADS_NUMBER and text.isdigit() and text.isascii() and (
        "".join(key_tokens(key)) in ADVERTISING_ID_KEYS)


# (closer 122, sixty-second attack) An insurance policy's word alone as a key (English's `policy` and
# key_lexicon.POLICIES: `poliza`, `polizza`, `polis`, `apolice`, `polisa`) names a site's policy page as often
# (`policy=privacy`, `?policy=cookies`, `policy=standard`); holding a policy's number, one token of letters and digits
# with five digits or more (`?policy=PP-583914-27`), it is the holder's, as `policy_number` is.
POLICY_KEYS = frozenset(_folded(word) for word in ("policy " + " ".join(key_lexicon.POLICIES.values())).split())
_POLICY_KEY_STARTS = frozenset(word[:3] for word in POLICY_KEYS)
_POLICY_NUMBER = re.compile(r"[A-Za-z0-9]{1,24}(?:[-/.][A-Za-z0-9]{1,24}){0,5}")
_POLICY_NUMBER_DIGITS = 5


def holds_a_policy_number(key: str, value: str) -> bool:
    """Whether `key`, a policy's word alone (POLICY_KEYS), holds a policy's number (above). A slice for most keys."""
    if len(key) > 12 or key[:3].lower() not in _POLICY_KEY_STARTS:
        return False
    text = value.strip()
    return _POLICY_NUMBER.fullmatch(text) is not None and sum(character.isdigit() for character in text) >= (
        _POLICY_NUMBER_DIGITS) and "".join(key_tokens(key)) in POLICY_KEYS


def names_an_id(key: str) -> bool:
    """Whether `key` names an id, a shop's listed things, a catalogue's object or an ad's object or id (above): its
    value's digits are a number (detector.value_reason reads them as an id's)."""
    tokens = key_tokens(key)
    return not ID_TOKENS.isdisjoint(tokens) or not _LISTED_THINGS.isdisjoint(tokens) or not (
        CATALOGUE_OBJECTS.isdisjoint(tokens)) or any(
        token in AD_OBJECT_WORDS or token.endswith(AD_ID_ENDINGS) or token[-2:] == "id" and (
            token[:-2] in AD_OBJECTS_GLUED_TO_ID or token.startswith(AD_NETWORK_GLUED_PREFIXES)) for token in tokens)


def names_an_ads_id(key: str) -> bool:
    """Whether `key` names a click's or a campaign's id by its ending (AD_ID_ENDINGS: `gclid`, `s_kwcid`): the ad
    network writes its value, a national id's check digits in it are the network's number's (detector.value_reason
    reads it as an id: a national id only in a layout of its own)."""
    return any(token.endswith(AD_ID_ENDINGS) for token in key_tokens(key))


def names_a_network_parameter(key: str) -> bool:
    """Whether `key` is an ad or mail network's own parameter naming no text (AD_NETWORK_PREFIXES, TEXT_PARAMETER_WORDS:
    `hsa_acc`, `hsa_grp`; not `utm_campaign`): its value of digits alone is an id (detector.value_reason)."""
    tokens = key_tokens(key)
    return len(tokens) >= 2 and tokens[0] in AD_NETWORK_PREFIXES and TEXT_PARAMETER_WORDS.isdisjoint(tokens)


# The words of a network's parameters that carry text: a search's words as the visitor typed them (Microsoft Ads'
# `{QueryString}` in `utm_term`), a campaign's, a content's, a source's or a medium's name (the README: `utm_campaign`
# is text; a national id of digits alone under it is refused, nineteenth attack).
TEXT_PARAMETER_WORDS = frozenset(
    "term terms kw keyword keywords query q search campaign content source medium name".split())


# A key naming only a latitude or a longitude is personal by its key (a house's place), except before a number of
# fewer than four decimals: a town's precision (about 110 m or more), which the value rule does not claim either
# (postal.py: a house's coordinates have four decimals or more). A store locator's `?lat=-6.17&lng=106.76`.
AXIS_WORDS = frozenset("lat lng lon latitude longitude".split())
_COARSE_DEGREES = re.compile(r"[-+]?(?:1[0-7][0-9]|[0-9]{1,2})(?:\.[0-9]{1,3})?|[-+]?180(?:\.0{1,3})?")


def holds_no_postal_code(key: str, value: str) -> bool:
    """Whether `key`, personal as a post code's abbreviation (`cp`, `psc`, `npa`, maybe with an address qualifier:
    `cp_livraison`) and nothing else, holds what no post code is: fewer than three characters (the shortest codes
    have three). As URL parameters these letters are often a page's or an ad's flags (`?psc=1`, `?npa=1`, `?cp=2`)."""
    if len(value.strip()) >= 3:
        return False
    tokens = key_tokens(key)
    return not POSTAL_ABBREVIATIONS.isdisjoint(tokens) and (POSTAL_ABBREVIATIONS | ADDRESS_QUALIFIERS).issuperset(
        tokens)


# Review 20: values a bare key's word names that no person's is. A region wider than a country (a sales market or a
# continent: `?region=EMEA`, `region=eu`), coarser than the visitor's country, which Meta hashes: a shop's market.
MARKET_REGIONS = frozenset((
    "eu eea emea apac apj latam lac amer americas na noram nordics nordic dach benelux mena anz cee ssa row global "
    "worldwide international intl europe asia africa oceania world").split())
# (closer 117) A kind of area, by meaning and language, which no address is: in town or out of it, urban or rural, a
# motorway (a fine calculator's `?ort=innerorts`, a road's speed limit setting, `?location=rural`).
AREA_KINDS = frozenset(_folded(word) for word in (
    "urban rural suburban "  # English
    "innerorts außerorts ausserorts autobahn "  # German
    "agglomération hors-agglomération urbain urbaine autoroute "  # French
    "urbano urbana interurbano interurbana autopista autovía "  # Spanish and Portuguese
    "extraurbano extraurbana autostrada "  # Italian
    "bebouwde-kom snelweg "  # Dutch
    "zabudowany niezabudowany autostrada").split())  # Polish
# (a product's age mark under an age's key, `?age=3+`, is audiences.py's, as after an age's label in text)
_IP_WORDS = frozenset("ip ipv ipaddr ipaddress addr address".split())
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def holds_what_no_person_has(key: str, value: str) -> bool:
    """Whether `key`, personal by a bare word of its own (a region, an IP or a MAC address), holds what its
    word names but no person's is (above), or no address: fewer than seven characters (`1.2.3.4`) and no IPv6 colon
    (`?ip=65`: a lamp's IP code), fewer than a MAC's twelve hex digits. (The value's shape first: most refused values
    have none of these, and their key is not read again.)"""
    text = value.strip()
    if len(text) > 20:
        return False
    if key.lower() == "mac":  # (a MAC has twelve hex digits: `?mac=1` is a flag, Mac's)
        return sum(character in _HEX_DIGITS for character in text) < 12
    if text.casefold() in MARKET_REGIONS or _folded(text) in AREA_KINDS:
        return _TOWN_KEY_WORDS.issuperset(key_tokens(key) or ["-"])
    if len(text) < 7 and ":" not in text:
        tokens = key_tokens(key)
        return "ip" in tokens and _IP_WORDS.issuperset(tokens)
    return False


def town_coordinate(key: str, value: str) -> bool:
    """Whether `key`, personal as a latitude or a longitude, holds one too coarse to find a house."""
    return _COARSE_DEGREES.fullmatch(value.strip()) is not None and AXIS_WORDS.issuperset(key_tokens(key))


# A geohash's abbreviation as a key (`gh=`, `ghash=`; `geohash=` is personal by its word): a page's flag or a site's
# code as often, so the value decides: a geohash of seven characters or more, its alphabet's (digits and the letters
# but `a`, `i`, `l`, `o`: about 150 m, a block) and one digit at least, which no word has (coordinates.py).
GEOHASH_ABBREVIATIONS = frozenset("gh ghash".split())


def geohash_named(key: str, value: str) -> bool:
    """Whether `key` abbreviates a geohash (GEOHASH_ABBREVIATIONS) and `value` is one at a block's precision."""
    value = value.strip().lower()
    return key.lower() in GEOHASH_ABBREVIATIONS and GEOHASH_VALUE.fullmatch(value) is not None and not value.isalpha()


def _singular(tokens: List[str]) -> bool:
    """Whether a key with plural tokens (`addresses`, `health_conditions`) is personal in the singular."""
    for cut, ending in ((1, "s"), (2, "es")):
        reading = [token[:-cut] if len(token) > 4 and token.endswith(ending) else token for token in tokens]
        if reading != tokens and personal_tokens(reading):  # (the tokens as they are were read already)
            return True
    return False


# Words that make a key a property about a contact channel, not the contact itself (`email_opt_in`, `sms_consent`,
# `phone_verified`, `address_book_size`, `contact_reason`, `mail_campaign_id`): the value is judged as any value.
ABOUT_A_CHANNEL = frozenset(
    "optin optout consent consents verified confirmed subscribed unsubscribed bounced count size reason campaign "
    "campaigns validated channel".split())  # (review 45: `address_validated`, `mail_channel`)

# A key headed by a word about its field (key_lexicon.ABOUT_THE_FIELD: `contact_method_preference`, `contact_form_id`,
# `username_taken`; closer 70) holds no datum: the head is its last word (its id words aside) in the languages that
# qualify a noun before it, its first in those that qualify it after (HEAD_FIRST: `formulario_contacto`). A word of
# both kinds of language heads a key when last only (`formular_email` is a German form's email).
_FIELD_HEADS_LAST = frozenset(_folded(word) for language, words in key_lexicon.ABOUT_THE_FIELD.items()
                              if language not in key_lexicon.HEAD_FIRST for word in words.split())
_FIELD_HEADS_FIRST = frozenset(_folded(word) for language, words in key_lexicon.ABOUT_THE_FIELD.items()
                               if language in key_lexicon.HEAD_FIRST for word in words.split()) - _FIELD_HEADS_LAST
# ... and a thing's word ending a key in those languages (`onoma_proiontos`: the key is the product's).
_THING_ENDS = frozenset(_folded(word) for words in key_lexicon.THINGS.values() for word in words.split())


# English's prepositions: a key's head is before the first (`method_of_contact`; `ssn_for_tax_form` is an SSN).
_PREPOSITIONS = frozenset("for of in on at to from by with per via".split())


def _about_the_field(tokens: List[str]) -> bool:
    """Whether a key of two words or more is headed by a word about its field (above)."""
    if len(tokens) < 2:
        return False
    cut = len(tokens) if _PREPOSITIONS.isdisjoint(tokens) else min(
        at for at, token in enumerate(tokens) if token in _PREPOSITIONS)
    last = cut - 1
    while last > 0 and (tokens[last] in ID_WORDS or tokens[last] in _TESTED_VERSIONS):  # `contact_form_id`, `…_variant`
        last -= 1
    return last >= 0 and (tokens[last] in _FIELD_HEADS_LAST or tokens[last] in _THING_ENDS or last > 0 and (
        tokens[last - 1] + tokens[last] in _FIELD_HEADS_LAST)) or tokens[0] in _FIELD_HEADS_FIRST or len(
        tokens) > 2 and tokens[0] + tokens[1] in _FIELD_HEADS_FIRST


# Credentials' keys, their words joined (a password's, a secret's, a sign-in name's: key_lexicon.ALONE), and the words
# heading a key about one (key_lexicon.ABOUT_A_CREDENTIAL), last, or first in HEAD_FIRST's languages past a linking
# word (`force_du_mot_de_passe`).
_CREDENTIAL_KEYS = frozenset("".join(key_tokens(word)) for meaning in ("sign-in name", "password", "secret")
                             for words in key_lexicon.ALONE[meaning].values() for word in words.split())
_CREDENTIAL_HEADS_LAST = frozenset(_folded(word) for language, words in key_lexicon.ABOUT_A_CREDENTIAL.items()
                                   if language not in key_lexicon.HEAD_FIRST for word in words.split())
_CREDENTIAL_HEADS_FIRST = frozenset(_folded(word) for language, words in key_lexicon.ABOUT_A_CREDENTIAL.items()
                                    if language in key_lexicon.HEAD_FIRST for word in words.split())
_LINKING_WORDS = frozenset("de du des del della da do di la le el d".split())


def _about_a_credential(tokens: List[str]) -> bool:
    """Whether a key names a credential's state, strength or label, not the credential (closer 84: `password_strength`,
    `password_status`, `api_key_label`, `force_mot_de_passe`): a password's, a secret's or a sign-in name's words
    whole and such a head."""
    if len(tokens) < 2:
        return False
    if tokens[-1] in _CREDENTIAL_HEADS_LAST and "".join(tokens[:-1]) in _CREDENTIAL_KEYS:
        return True
    at = 1
    while at < len(tokens) - 1 and tokens[at] in _LINKING_WORDS:
        at += 1
    return tokens[0] in _CREDENTIAL_HEADS_FIRST and "".join(tokens[at:]) in _CREDENTIAL_KEYS


def about_a_credential(key: str) -> bool:
    """Whether `key` names a credential's state, strength or label (_about_a_credential: `api_key_label`)."""
    return _about_a_credential(key_tokens(key))


# A secret's shape under such a key (detector.value_reason): one token of 16 characters or more, letters and digits
# (`sk_live_51…`), as `Bearer`'s token after its label; a label or a state is words (`Production`, `too_short`).
SECRET_SHAPED = re.compile(r"(?=[^ ]*[0-9])(?=[^ ]*[A-Za-z])[A-Za-z0-9+/=_.\-]{16,}")


# Channels a campaign is sent by: glued by `_` or `-` to a compact date (`mail_20261130`, `sms-20261130`, a
# campaign's name in a query) such a word labels the date, a code, and no contact (detector._label_level).
CAMPAIGN_CHANNELS = frozenset("mail email sms mms whatsapp push newsletter".split())

# ... and a key whose last word is a setting about the data (a filter, a frequency: `nationality_filter`,
# `emailing_frequency`), or whose last word (or two) names a kind, a group, a relation, a total or a place of the
# person its other words name (who receives, pays or is given: `recipient_type`, `giftee_interests`,
# `recipients_total`, `ship_to_store`): a choice from a shop's list, not the data. After a data's word the kind is
# the data (`blood_type`, `blood_group`).
SETTINGS_OF_DATA = frozenset("filter filters frequency".split())
# ... and a measure around a place (a store locator's search radius, a distance: `plz_radius`, `zip_umkreis`,
# `cp_rayon`; review 20), a setting of the search, not the place.
SETTINGS_OF_DATA |= frozenset("radius radii umkreis rayon raggio radio straal distance entfernung".split())
ABOUT_A_PERSON = frozenset(
    "type types category categories kind kinds relationship relation interests interest hobbies total totals "
    "segment group tier store agerange agegroup".split())
_PROPERTY_ENDS = SETTINGS_OF_DATA | ABOUT_A_PERSON
_SHIP_TO = frozenset(("ship", "to"))  # (`ship_to_`: the ship-to party, who receives)


def _about_a_person(tokens: List[str]) -> bool:
    """Whether a key names a setting about its data or a property of a person (above): called when its last word, or
    its last two, end such a key."""
    if tokens[-1] in SETTINGS_OF_DATA:
        return True
    end = len(tokens) - 2 if tokens[-2] + tokens[-1] in ABOUT_A_PERSON else len(tokens) - 1
    # (or a qualifier written in two words, as _HOLDERS_84 are: `wallet_owner_type`; closer 191)
    # (closer 239, review 39: maybe after the thing given, a thing's word, THING_ATTRIBUTES: `gift_recipient_type`)
    start = 1 if end > 1 and tokens[0] in THING_ATTRIBUTES else 0
    return end > 0 and (all(token in PERSON_QUALIFIERS or token[:-1] in PERSON_QUALIFIERS or token in _SHIP_TO
                            for token in tokens[start:end]) or end == 2 and tokens[0] + tokens[1] in PERSON_QUALIFIERS)


# A key ending in a word that makes it a flag about a field (`tax_id_required`, `passport_optional`) is not the
# field: its value is judged as any value.
FIELD_FLAGS = frozenset("required optional mandatory enabled disabled allowed supported valid".split())
# ... and a shop's check of a place (`pincode_serviceable`, `zip_available`: whether it delivers there).
FIELD_FLAGS |= frozenset("serviceable available unavailable eligible deliverable".split())
# ... and a check's result (`plz_check_ok`, `zip_lookup_result`) or a product's fit (`device_mac_compatible`; review
# 20).
FIELD_FLAGS |= frozenset(_folded(word) for word in (
    "ok result results invalid failed passed compatible compatibility gültig gueltig válido valide geldig").split())
# ... and a field's being required or optional by language (closer 159, review 26: `notfallkontakt_pflicht`, as
# `notfallkontakt_required`).
FIELD_FLAGS |= frozenset(_folded(word) for word in (
    "pflicht pflichtfeld erforderlich obligatorisch freiwillig obligatoire requis facultatif obligatorio requerido "
    "opcional obbligatorio obbligatoria richiesto facoltativo verplicht optioneel wymagane wymagany obowiazkowe "
    "opcjonalne obligatorisk valfri valgfri "
    # (tidy 51, review 39) and Japanese's (`氏名_必須`, as `full_name_required`)
    "必須 任意").split())
# Contact and address words that also name a thing a shop sells or sends (a phone, an email, an address's kind, a
# birthday's offer), and the words after them that make the key that thing's attribute (`phone_model`,
# `phone_case_color`, `mobile_os`, `email_template_id`, `address_type`, `birthday_sale`), ids aside: such a key is
# not the person's contact, unless it is personal without its thing words (`blood_type`, `mobile_device_id`).
THING_WORDS = frozenset((
    "phone phonenumber telephone mobile mobilephone cell cellphone smartphone handy telefon email emailaddress mail "
    "address addr birthday geburtstag selfoon"
).split())
THING_WORDS |= frozenset(_folded(word) for word in _PHONE_WORDS_24.split())  # (`waea_case`, `ఫోన్_కవర్`)
THING_ATTRIBUTES = frozenset((
    "model type color colour os version template sale case cover charger brand plan format kind style provider "
    "carrier screen storage network app language frequency preference preferences theme design offer discount "
    "coupon promo gift card cake party "
    "status source"  # the contact's check or where it came from (`address_validation_status`, `email_source`)
).split())
# Review 20: an IP's protocol version and a lamp's IP rating (`ip_version`, `ip_rating`, `ip_schutzart`: the thing is
# the protocol or the code), and a birthday's promotion in the lexicon's languages (`geburtstag_aktion`,
# `birthday_promotion`).
THING_WORDS |= frozenset(["ip"])
THING_ATTRIBUTES |= frozenset(_folded(word) for word in (
    "rating ratings protection schutzart schutzklasse promotion aktion angebot rabatt gutschein geschenk offre remise "
    "cadeau oferta descuento regalo promoción offerta sconto aanbieding korting").split())

# (closer 240, review 46) ... and an offer's state after its word (`birthday_discount_applied`, `birthday_coupon_used`):
# the flag is still the offer's, by language.
_OFFER_STATES = frozenset(_folded(word) for word in (
    "applied redeemed used claimed issued sent active expired eingelöst angewendet verwendet appliqué utilisé "
    "aplicado canjeado usado applicato utilizzato toegepast gebruikt").split())


def _a_things_attribute(tokens: List[str]) -> bool:
    """Whether a key is a flag about a field or a thing's attribute (FIELD_FLAGS, THING_ATTRIBUTES above)."""
    if not tokens or tokens[-1] in FIELD_FLAGS:
        return bool(tokens)
    last = len(tokens) - 1
    while last > 0 and (tokens[last] in ID_WORDS or tokens[last] in _OFFER_STATES):  # `email_template_id`
        last -= 1
    if tokens[last] in _CHECK_STATES and not _STATED_DOCUMENTS.isdisjoint(tokens) and not personal_tokens(
            [token for token in tokens if token not in _DOCUMENT_WORDS and token not in THING_WORDS]):
        return True
    if tokens[last] in _CAPTIONS:
        return not _PHONE_THINGS.isdisjoint(tokens) and not personal_tokens(
            [token for token in tokens if token not in THING_WORDS])
    if tokens[last] not in THING_ATTRIBUTES or THING_WORDS.isdisjoint(tokens):
        return False
    return not personal_tokens([token for token in tokens if token not in THING_WORDS])


# (closer 239, review 39) A check's state after a document's word is the check's, not the document (`passport_status`,
# `upload_passport_status`: `verified`, `pending`), as a contact's status is (THING_ATTRIBUTES' `status`).
_CHECK_STATES = frozenset(_folded(word) for word in "status statut estado stato".split())
# (a document's word, not an id's: `riot_id_status` is read by its other words)
_STATED_DOCUMENTS = frozenset(word for word in ("passport passports licence license visa ausweis reisepass passeport "
                                                "pasaporte passaporte passaporto paspoort paszport").split())
# (closer 239, review 39) ... and a phone field's caption is its kind (`phone_label`: `Mobile`, `Work`); a mail's or an
# address's label is the printed one, which carries the address (`shipping_address_label`, `mail_label`).
_CAPTIONS = frozenset("label labels".split())
_PHONE_THINGS = THING_WORDS - frozenset("email emailaddress mail address addr birthday geburtstag ip".split())


# A product or a page a personal word qualifies, as English puts a qualifier before its noun (`passport_cover`,
# `city_page`, `birthday_cake`): the key is that thing's when its last word (its head) is the thing itself or, after
# the thing's word, its look or its size (`passport_cover_color`), or the age mark a card, a cake or a candle shows
# (`birthday_card_age`; a toy's age is a product's too). A card is the thing only with such a word after it (an
# `identity_card` is the document), and any other word after the thing keeps the key's own reading
# (`passport_cover_name`: a name printed on it; `identity_card_number`), as a name's word anywhere does (a name
# sticker's or mug's name is a person's: `name_sticker`), and a phrase with a preposition. A `case` is no such thing
# (a letter's case, a support case: `full_name_case`). Closer 81.
PRODUCT_NOUNS = frozenset((
    "cover covers sleeve sleeves cake cakes candle candles balloon balloons banner banners poster posters "
    "mug mugs sticker stickers template templates page pages frame frames hülle etui torte kuchen funda housse gâteau "
    "capa bolo"
).split())
_NOUNS_WITH_AN_ATTRIBUTE = PRODUCT_NOUNS | frozenset("card cards karte tarjeta carte cartao biglietto".split())
# ... but a page after a document's word is the document's (`passport_page`: its scan).
_DOCUMENT_PARTS = frozenset("page pages".split())
_DOCUMENT_WORDS = ID_CARDS | ID_DOCUMENT_WORDS | frozenset((
    "passport passports identity identification document documents licence license visa card certificate ausweis "
    "reisepass pass passeport pasaporte passaporte passaporto paspoort paszport"
).split())
PRODUCT_ATTRIBUTES = frozenset((
    "color colour colors colours size sizes material style design pattern shape finish font layout theme price "
    "age farbe größe couleur taille tamaño cor tamanho colore taglia"
).split())
# (closer 228, review 44) ... or its version, as an A/B test names a page's, a form's or a thing's
# (`contact_page_variant`, `contact_form_version`), by language: after a page's or a form's word, that page's or form's.
_TESTED_VERSIONS = frozenset(_folded(word) for word in (
    "variant variants variation variations version versions variante varianten versie versies versión versione "
    "versão wariant wersja").split())
PRODUCT_ATTRIBUTES |= _TESTED_VERSIONS


def _a_products_part(tokens: List[str]) -> bool:
    """Whether a key names a product or a page that its personal words qualify, or that thing's look (above)."""
    if len(tokens) < 2 or tokens[-1] not in PRODUCT_NOUNS and tokens[-1] not in PRODUCT_ATTRIBUTES:
        return False  # (most keys: their head is no thing nor a thing's look)
    if not _PREPOSITIONS.isdisjoint(tokens) or not NAME_TOKENS.isdisjoint(tokens):
        return False  # (a phrase, `phone_in_the_path_of_a_page`; a name printed on a thing, `name_sticker`, is a name)
    for at in range(1, len(tokens)):
        if tokens[at] in _NOUNS_WITH_AN_ATTRIBUTE:
            tail = tokens[at + 1:]
            if tokens[at] in _DOCUMENT_PARTS and not _DOCUMENT_WORDS.isdisjoint(tokens[:at]):
                return False  # (a document's own page: `passport_page`, `id_card_page`)
            return (bool(tail) or tokens[at] in PRODUCT_NOUNS) and PRODUCT_ATTRIBUTES.issuperset(tail) and (
                personal_tokens(tokens[:at]))
    return False


# A business's own place (`store_city_code`, `warehouse_zip`, `shop_address`): an address word in a key that names
# the shop's side (a store, a warehouse, a branch, a seller) describes that business, not the visitor, unless the key
# also names a person or an address of theirs (`store_customer_city`, `shop_billing_address`: ADDRESS_QUALIFIERS).
BUSINESS_SUBJECTS = frozenset(_folded(word) for table in (key_lexicon.SHOPS, key_lexicon.SOLE_TRADERS)
                              for words in table.values() for word in words.split())
BUSINESS_PLACES = frozenset(f"{_ADDRESS_WORDS} state region country province location".split()) | frozenset(
    _folded(word) for word in _MORE_TOWN_WORDS)
BUSINESS_PLACES |= ADDRESS_LINE_WORDS  # `store_landmark`
BUSINESS_PLACES |= frozenset(_folded(word) for word in "آدرس نشانی כתובת عنوان العنوان".split())  # (`آدرس_فروشگاه`)


def _joined_size(tokens: List[str], start: int, words: FrozenSet[str]) -> int:
    """How many of `tokens` from `start` (one to three, joined: `post` + `code`) make one of `words`; 0 if none."""
    for size in (3, 2, 1):
        if start + size <= len(tokens) and "".join(tokens[start:start + size]) in words:
            return size
    return 0


def _without_a_business_place(tokens: List[str]) -> List[str]:
    """`tokens` without the address words (single or joined, `post` + `code`) that name a business's place."""
    if BUSINESS_SUBJECTS.isdisjoint(tokens):
        return tokens
    kept: List[str] = []
    start = 0
    while start < len(tokens):
        size = _joined_size(tokens, start, BUSINESS_PLACES)
        if not size:
            kept.append(tokens[start])
        start += size or 1
    return tokens if not ADDRESS_QUALIFIERS.isdisjoint(kept) else kept


# A trip's town (Meta's travel events: a hotel's city, a flight's origin and destination): a town word next to a
# word naming a trip's end or stay names that place, not the visitor's, unless the key also names a person or one
# of their addresses (`traveler_city`, `billing_city`: ADDRESS_QUALIFIERS). Street-level words keep their kind
# (`destination_address`, `destination_zip` are where a parcel goes).
TRIP_SUBJECTS = frozenset((
    "hotel destination origin departure arrival departing arriving flight trip travel route journey resort airport "
    "destino origen origem ziel reiseziel abflug ankunft"
).split())
TOWN_WORDS = frozenset("city town ville stadt ciudad cidade citta".split()) | frozenset(
    _folded(word) for word in _MORE_TOWN_WORDS)


def _without_a_trip_town(tokens: List[str]) -> List[str]:
    """`tokens` without the town words that name a trip's place (TRIP_SUBJECTS above)."""
    if TRIP_SUBJECTS.isdisjoint(tokens) or TOWN_WORDS.isdisjoint(tokens):
        return tokens
    kept = [token for token in tokens if token not in TOWN_WORDS]
    return tokens if not ADDRESS_QUALIFIERS.isdisjoint(kept) else kept


# A store locator's page (`/pages/store-locator`, `/find-a-store`, `/storefinder`, `/stores`): the last path
# segment names the shop's side (BUSINESS_SUBJECTS) with a word of finding, or in the plural, and nothing else. Its
# query's bare town or region (`?city=Dhaka`) is where the shops are looked for, a town's precision as its coarse
# coordinates are (town_coordinate): the key alone does not keep it in; a post code, finer, still does.
FINDING_WORDS = frozenset("locator locater finder find search near nearby map locations directory".split())
_LOCATOR_FILLERS = frozenset("a our the all".split())
_SUBJECT_PREFIXES = tuple(sorted(BUSINESS_SUBJECTS, key=longest_first))  # (str.startswith tests them all in C)


def locator_path(path: str) -> bool:
    """Whether the last segment of a URL's `path` names a store locator (above)."""
    tokens = key_tokens(path.rstrip("/").rpartition("/")[2])
    if not any(token.startswith(_SUBJECT_PREFIXES) for token in tokens):
        return False  # no business subject, nor its plural: no locator (most paths)
    if len(tokens) == 1:  # glued: `storelocator`, `storefinder`
        tokens = next(([subject, tokens[0][len(subject):]] for subject in _SUBJECT_PREFIXES
                       if tokens[0].startswith(subject) and tokens[0][len(subject):] in FINDING_WORDS), tokens)
    plurals = [token for token in tokens if token[-1:] == "s" and (
        token[:-1] in BUSINESS_SUBJECTS or token[:-2] in BUSINESS_SUBJECTS)]
    subjects = [token for token in tokens if token in BUSINESS_SUBJECTS]
    finding = [token for token in tokens if token in FINDING_WORDS]
    return (bool(plurals) or bool(subjects) and bool(finding)) and len(tokens) == len(plurals) + len(subjects) + len(
        finding) + len([token for token in tokens if token in _LOCATOR_FILLERS])


# An OAuth 2.0 authorization response (RFC 6749, 4.1.2): the redirect to a client's callback carries `code` (or
# `error`) and `state`, the client's opaque value against forged requests, not a region. On a path naming a
# callback or an authorization, in a query with `code` or `error`, `state` is judged by its value alone.
OAUTH_PATH_WORDS = frozenset("callback oauth oidc authorize authorization auth".split())
_OAUTH_RESPONSE = re.compile(r"(?:^|[&;])(?:code|error)=")


def oauth_response(path: str, query: str) -> bool:
    """Whether a URL's `path` and `query` are an OAuth authorization response (above)."""
    return _OAUTH_RESPONSE.search(query) is not None and not OAUTH_PATH_WORDS.isdisjoint(key_tokens(path))


_TOWN_KEY_WORDS = TOWN_WORDS | PLACE_TOKENS


def town_key(key: str) -> bool:
    """Whether `key` names a town or a region and nothing else (`city`, `Stadt`, `region`; not `zip`)."""
    tokens = key_tokens(key)
    return bool(tokens) and _TOWN_KEY_WORDS.issuperset(tokens)


# Meta's own names for customer information (`em`, `ph`, `fn`, ..., `external_id`): a property so named holds what
# Meta hashes, raw or hashed. Whole keys only (`st` or `db` inside a longer key means something else).
META_CUSTOMER_KEYS = frozenset([*ALIASES, "external_id"])
# A form's fields keyed by their own names in brackets after a word naming fields (Elementor's `form_fields[name]`,
# `wpforms[fields][email]`): the bracketed name is the field's key, judged alone (a bare `name` is the person's). A
# numbered record's attribute (`fields[0][name]`: the field's name, not its value) and a thing's (`items[name]`)
# are not.
FIELD_WORDS = frozenset("field fields input inputs entry entries answer answers".split())
# ... and a form's own container (closer 91): Typeform's hidden fields (`hidden[name]`), a contact form's (Shopify's
# `contact[email]`, `contact[subject]`). A field's key naming personal data makes the key personal; one naming what
# the message is about (key_lexicon.MESSAGE_HEADINGS) makes it ordinary, though its container is a personal word
# (`contact[subject]`); any other is read with its container (`contact[body]`, the message, stays personal). Not
# `form` (`form[name]` is the form's own name).
FORM_CONTAINERS = FIELD_WORDS | frozenset("hidden contact".split())
MESSAGE_HEADINGS = frozenset(_folded(word) for words in key_lexicon.MESSAGE_HEADINGS.values() for word in words.split())


# A personalised product's words (key_lexicon.PERSONALISATION), right before a name word ending the key: the name
# engraved, embroidered or printed on it, a person's (`engraving_name`, `properties[Engraving name]`); not a name's
# engraving, a service, nor the engraving name's font (`name_engraving_font`, `engraving_name_font`). Closer 91; a
# kit's print (key_lexicon.KIT_PRINTS: `print_name`, `shirt_print_name`) closer 152.
PERSONALISATION_WORDS = frozenset(_folded(word) for table in (key_lexicon.PERSONALISATION, key_lexicon.KIT_PRINTS)
                                  for words in table.values() for word in words.split())


def _form_field(form: str) -> str:
    """The field's own key of `form`, a key ending in `]` whose container is a form's (above), or ""."""
    start = form.rfind("[")
    before = form[:max(start, 0)].rstrip("]")
    container = _tokens(before[before.rfind("[") + 1:])
    return form[start + 1:-1] if container and container[-1] in FORM_CONTAINERS else ""


# Whole keys naming a person's number that as a label before a number name a business's as often: Jamaica's tax
# registration number is a person's under a key `trn` (seventeenth attack), while `TRN 100123456700003` in text is
# the UAE's, a business's (there the number is read by its own layout).
WHOLE_KEYS_ONLY = frozenset(["trn", "svnr"])
# ... and a bare `mac`, a device's hardware address as a key (NETWORK_WORDS: `wifi_mac`); a brand and a computer in a
# longer key (`mac_os`, `mac_compatible`).
WHOLE_KEYS_ONLY |= frozenset(["mac"])
# ... and Entra ID's (Azure AD's) `upn` claim, the user principal name, an address a person signs in with; in a
# longer key a product's (a Universal Product Number: `product_upn`).
WHOLE_KEYS_ONLY |= frozenset(["upn"])
# Mailchimp's merge fields by their number (`MERGE2`, `merges[MMERGE6]`): `MERGE0` is the subscriber's email, the
# numbers 1 to 6 the audience's default contact fields (first and last name, address, phone, birthday), `MMERGE`
# and the number the tag Mailchimp gives a field created without one. Higher numbers are an audience's own fields.
_MERGE_TAG = re.compile(r"(?<![0-9A-Za-z])[Mm]?(?:MERGE|merge|Merge)[0-6](?![0-9A-Za-z_-])")
# LDAP's short attribute names for a person (RFC 4519: `cn` common name, `sn` surname, `gn` given name, `l` locality,
# `st` state, `c` country): personal in a key that names LDAP (`ldap_sn`, `ldap.cn`); alone they are a size, China,
# a serial number, and are not read.
LDAP_PERSON_ATTRIBUTES = frozenset("cn sn gn l st c".split())
# ... not a group's or a unit's (`ldap_group_cn`: a team's common name); Active Directory's `ad` before a name's
# attribute alone (`ad_sn`; `ad_c`, `ad_st` are an ad's).
_DIRECTORY_GROUPS = frozenset("group groups ou org role roles team unit".split())
_AD_NAME_ATTRIBUTES = frozenset("cn sn gn".split())
# A form builder's name field writes its parts after the field's id (WPForms' `wpforms[fields][1][last]`,
# `field_5f2a_last`): a key naming a field, with an id holding a digit, whose last word is a name's part.
NAME_PARTS = frozenset("first last middle".split())
# ... not a sort's field with its nulls first or last (`sort_field_1_last`).
_SORT_WORDS = frozenset("sort sorting sorted order orderby nulls".split())
# Gravity Forms writes a name field's first and last parts, and an address field's city and country, as the input's
# number and `.3` or `.6` (`input_1.3`, `input_1.6`); a product field's `.3` is its quantity, left out with them.
_GRAVITY_NAME_PART = re.compile(r"[Ii]nput_[0-9]+\.[36]")


def _vendor_field(form: str, tokens: List[str]) -> bool:
    """Whether a key names personal data by a vendor's field vocabulary (Mailchimp's merge numbers, LDAP's short
    attributes after `ldap`, a form builder's name parts: above)."""
    if ("erge" in form or "ERGE" in form) and _MERGE_TAG.search(form) is not None:
        return True
    if "ldap" in tokens and not LDAP_PERSON_ATTRIBUTES.isdisjoint(tokens) and _DIRECTORY_GROUPS.isdisjoint(tokens):
        return True
    if tokens[:1] == ["ad"] and len(tokens) == 2 and tokens[1] in _AD_NAME_ATTRIBUTES:
        return True
    if (not _ROLE_QUALIFIERS.isdisjoint(tokens) or "by" in tokens and " " not in form) and _role_field(tokens):
        return True
    if tokens[-1:] and tokens[-1] in _SAP_AMBIGUOUS_FIELDS and _sap_field(form, tokens):
        return True
    if ("upn" in tokens or "unique" in tokens or "uniquename" in tokens) and _entra_claim(tokens):
        return True
    if tokens == ["input"] and _GRAVITY_NAME_PART.fullmatch(form) is not None:
        return True
    return len(tokens) > 1 and tokens[-1] in NAME_PARTS and not FIELD_WORDS.isdisjoint(tokens) and any(
        character.isdigit() for character in form) and _SORT_WORDS.isdisjoint(tokens)


def _role_field(tokens: List[str]) -> bool:
    """Whether a role word (_ROLE_QUALIFIERS) is right before a person's word that ends the key (`requester_name`,
    `reviewer_first_name`, `reviewer_location`), or an act is right before `by` ending it or before a person's word
    that does (`requested_by`, `created_by_name`)."""
    last = tokens[-1]
    for at, token in enumerate(tokens[:-1]):
        if token in _ROLE_QUALIFIERS:
            person_word = tokens[at + 1]
            if (person_word in NAME_PARTS or person_word == "full" or personal_tokens([token, person_word])
                    or person_word in _ROLE_FIELDS) and (
                    last in NAME_PARTS or last in _ROLE_FIELDS or personal_tokens([token, last])):
                return True
        elif token == "by" and at > 0 and tokens[at - 1] in _RECORD_ACTS and at + 2 == len(tokens) and (
                personal_tokens(["requester", last])):  # (as a role's: `created_by_email`)
            return True
    return len(tokens) > 1 and last == "by" and tokens[-2] in _ROLE_ACTS


def _sap_field(form: str, tokens: List[str]) -> bool:
    """Whether a key is one of SAP's fields that are other words (_SAP_AMBIGUOUS_FIELDS), alone or after SAP's own
    prefix (`natio`, `KNA1-NAME1`), a name's numbered (`NAME1`)."""
    if len(tokens) == 1:
        return tokens[0] != "name"  # (a bare `name` is read as a name word)
    return len(tokens) == 2 and tokens[0] in _SAP_PREFIXES and (tokens[1] != "name" or form[-1:].isdigit())


def _entra_claim(tokens: List[str]) -> bool:
    """Whether a key names Entra ID's `upn` or `unique_name` claim, alone or beside words naming a claim."""
    rest = list(tokens)
    if "upn" in rest:
        rest.remove("upn")
    elif "uniquename" in rest:
        rest.remove("uniquename")
    else:
        at = rest.index("unique")
        if rest[at + 1:at + 2] != ["name"]:
            return False
        del rest[at:at + 2]
    return _ENTRA_CLAIM_WORDS.issuperset(rest)
# Keys whose sign or digit is part of the word, which tokens drop (`c/o`: care of; `w3w`: a what3words address), as
# words of their own in a key (`c/o`, `delivery_w3w`; not `c/on`, `w3wx`).
_SIGNED_WORDS = re.compile(r"(?<![^\W_])(?:[cC]/[oO]|[wW]3[wW])(?![^\W_])")


# Esperanto typed without its circumflexes and breve writes `x` after the letter (the x-system: `cx gx hx jx sx ux`
# for `ĉ ĝ ĥ ĵ ŝ ŭ`): a key holding such a pair inside a word is read with the `x` dropped too (`retposxto` as
# `retpoŝto`), as the canonical form drops the circumflex; a pair that is a whole word stays (`ux_name`).
_ESPERANTO_X = re.compile(r"(?:(?<=[A-Za-z])[cghjsuCGHJSU]|[cghjsuCGHJSU](?=[xX][A-Za-z]))[xX]")


_CARD_WORDS_33 = frozenset(_folded(word) for word in _CARDS_33)


def _names_a_card_number(tokens: List[str]) -> bool:
    """Whether a key's tokens join a card word and a number word (CARD_NUMBER_KEYS: `card_no`, `numero_de_tarjeta`),
    two or three of them in a row (a card word among them in C first), not before `of`."""
    return not _CARD_WORDS_33.isdisjoint(tokens) and any(
        "".join(tokens[at:at + count]) in CARD_NUMBER_KEYS and tokens[at + count:at + count + 1] != ["of"]
        for at in range(len(tokens)) for count in (2, 3))  # (`card_no_of_items`: a number of, a count)


# Words personal in a key only: as a label before a number they are something else (`CP123456789DE` is a parcel's,
# `Cel.` before a temperature Celsius). A post code's abbreviation alone or with an address qualifier; an age and
# `cel` as the whole key or with a person qualifier.
_PERSON_KEY_WORDS = AGE_WORDS | MOBILE_KEY_WORDS
_KEY_ONLY_WORDS = POSTAL_ABBREVIATIONS | _PERSON_KEY_WORDS
_MOBILE_NUMBER_WORDS = NUMBER_WORDS | frozenset(["nro"])  # (Spanish `nro.`, número)


def _key_only_word(form: str, tokens: List[str]) -> bool:
    """Whether `tokens` (of the key whose canonical form is `form`) name personal data by a word personal in a key
    only (above), its letters maybe dotted (`C.P.`)."""
    if "." in form and len(tokens) > 1 and all(len(token) == 1 for token in tokens):
        tokens = ["".join(tokens)]
    if not POSTAL_ABBREVIATIONS.isdisjoint(tokens) and (len(tokens) == 1 or not ADDRESS_QUALIFIERS.isdisjoint(tokens)):
        return True
    if _PERSON_KEY_WORDS.isdisjoint(tokens):
        return False
    # (a possessive names the person as a qualifier does: `my_age`, as `My age:` in text)
    return form.isalpha() or not PERSON_QUALIFIERS.isdisjoint(tokens) or not POSSESSIVES.isdisjoint(tokens) or (
        not MOBILE_KEY_WORDS.isdisjoint(tokens) and not _MOBILE_NUMBER_WORDS.isdisjoint(tokens))


# Italian `età` (an age) folds to an arrival's `eta`: a key holding it as a word, its accent written, is read with
# `age` there (`età`, `età_cliente`); `eta` alone stays an arrival's.
_ACCENTED_AGE = re.compile(r"(?<![^\W\d_])[eE][tT][àÀ](?![^\W\d_])")
# An IP code (IEC 60529: `IP65`, `IP6X`, `IPX4`, a lamp's or a phone's protection against dust and water) glued as a
# key or a key's word holds no IP address (`ip65`, `ip67_rated`): the code is not read as the word `ip`.
_IP_CODE = re.compile(r"(?<![A-Za-z])[Ii][Pp](?:[0-6][0-9Xx]|[Xx][0-9])(?![0-9])")


# Keys respelt as forms write them, read as the lexicon's words: a word with vowels or a doubled letter cut (`phne`,
# `mbl`, `cntct`, `frst`), a two-word compound's first initial before its second word so cut or as a number's
# abbreviation (`fnm` first name, `lnm`, `hnr` Hausnummer), a person's qualifier cut to four letters or more (`cust`),
# a word of five letters or more with two adjacent letters swapped (`emial`, `phoen`). Computed at import from the
# lexicon; a spelling an ordinary key word makes too (`strt` start, `str` string, `qty`, `img`, `nm` nanometre) is
# no respelling, and one of fewer than three consonants or a cut qualifier reads so only beside another word
# (`cust_nm`, not `nm` alone). A key with two capitals in a row is read so in none (`LHR` is an airport's code).
_VOWELS = frozenset("aeiou")
_ORDINARY_KEY_WORDS = (
    "start started starts end string status state stage store stock step sort source destination category "
    "quantity amount image images page product products price total item items content contents container continue "
    "count counter coupon discount tax title type value variant version brand color colour campaign medium term label "
    "method plan section position promotion creative list order checkout search query path referrer locale language "
    "date time timestamp duration event session screen button link target action element platform device browser "
    "model market mode module message minimum maximum size weight width height length depth unit units nanometre "
    "nanometer number numbers index rating review score level rank group segment channel client server request "
    "response result results error code reference shipping billing payment method tier trial subscription account "
    "stamp street standard "
    "std qty amt pkg msg txt btn dept dist"  # (abbreviations of ordinary words: `?std=ISO+14001`)
).split()
_NUMBER_SHORTS = ("nr", "no")
# The words respelt: those of Meta's customer-information names (identity.ALIASES: `email`, `phone`, `mobile`, `first`,
# `name`, `birth`, `city`, ...) and the lexicon's English words for a street, an address, a contact, a customer, a
# house; and the person qualifiers cut to their first four or five letters ending on a consonant (`cust`, `memb`).
_RESPELT_WORDS = frozenset(word.lower() for names in ALIASES.values() for name in names
                           for word in ASCII_WORDS.findall(name) if len(word) >= 3) | frozenset(
    "street address contact customer surname telephone house haus".split())
_CUT_QUALIFIERS = frozenset("customer member recipient".split())


def _cut_forms(word: str) -> Set[str]:
    """`word` with one or more of its vowels after the first letter cut, and with its doubled letters as one."""
    collapsed = word[0] + "".join(char for at, char in enumerate(word[1:]) if char != word[at])
    forms = {collapsed} - {word}
    for base in {word, collapsed}:
        spots = [at for at in range(1, len(base)) if base[at] in _VOWELS]
        if len(spots) > 4:
            continue
        for mask in range(1, 1 << len(spots)):
            cut = {spot for bit, spot in enumerate(spots) if mask >> bit & 1}
            forms.add("".join(char for at, char in enumerate(base) if at not in cut))
    return forms


def _swaps(word: str) -> Set[str]:
    """`word` with two adjacent letters after its first two swapped (the start of a word is typed right)."""
    return {word[:at] + word[at + 1] + word[at] + word[at + 2:] for at in range(2, len(word) - 1)
            if word[at] != word[at + 1]} if len(word) >= 5 else set()


_TWO_CAPITALS = re.compile("[A-Z]{2}")


def _abbreviated(form: str) -> bool:
    """Whether `form` is written as an abbreviation is: no vowel but a last `e`, no doubled letter (`mbl`, `phne`)."""
    return (form.isalpha() and _VOWELS.isdisjoint(form[:-1]) and (form[-1] == "e" or form[-1] not in _VOWELS)
            and all(form[at] != form[at + 1] for at in range(len(form) - 1)))  # (a doubled letter is cut to one)


def _ordinary_spellings() -> Set[str]:
    """The ordinary key words, their cut forms, swaps and first three letters or more: no respelling."""
    ordinary = set(_ORDINARY_KEY_WORDS) | ID_TOKENS | VERSION_WORDS
    for word in _ORDINARY_KEY_WORDS:
        ordinary |= _cut_forms(word) | _swaps(word) | {word[:end] for end in range(3, len(word))}
    return ordinary


def _spelt_personal_words() -> List[str]:
    """Every personal word of ASCII letters, sorted: the held ones and the holders' id pairs spelt out (read while
    the tables below are made, not kept)."""
    return sorted({word for words in (PERSONAL_TOKENS, WHOLE_TOKENS, _holder_id_pair_forms()) for word in words
                   if word.isascii() and word.isalpha()})


def _respellings() -> Dict[str, Tuple[Tuple[str, ...], bool]]:
    words = _spelt_personal_words()
    ordinary = set(words) | PERSON_QUALIFIERS | NAME_TOKENS | NUMBER_WORDS | _ordinary_spellings()
    found: Dict[str, Tuple[Tuple[str, ...], bool]] = {}

    def add(form: str, meaning: Tuple[str, ...], alone: bool) -> None:
        if form not in ordinary and (form not in found or alone and not found[form][1]):
            found[form] = (meaning, alone)

    for word in sorted(_RESPELT_WORDS):
        for form in _cut_forms(word):
            consonants = sum(char not in _VOWELS for char in form)
            if _abbreviated(form) and (consonants >= 3 or word in NAME_TOKENS):
                add(form, (word,), consonants >= 3)
        for form in _swaps(word):
            add(form, (word,), True)
    for word in words:
        for at in range(3, len(word) - 1):
            head, tail = word[:at], word[at:]
            if head in _RESPELT_WORDS and tail in _RESPELT_WORDS | NUMBER_WORDS:
                shorts = _NUMBER_SHORTS if tail in NUMBER_WORDS else ()
                for form in (*_cut_forms(tail), *shorts):
                    if len(form) >= 2 and _abbreviated(word[0] + form):
                        add(word[0] + form, (head, tail), True)
    for word in sorted(_CUT_QUALIFIERS):
        for end in (4, 5):
            if word[end - 1] not in _VOWELS:
                add(word[:end], (word,), False)
    return found


_RESPELLED = _respellings()


def _spelt_alike() -> Dict[str, Tuple[str, ...]]:
    """A respelt word's cut form of three consonants or more that an ordinary key word spells too, by the word."""
    ordinary = _ordinary_spellings()
    found: Dict[str, Tuple[str, ...]] = {}
    for word in sorted(_RESPELT_WORDS):
        for form in sorted(_cut_forms(word)):
            if form in ordinary and not is_personal_token(form) and _abbreviated(form) and sum(
                    char not in _VOWELS for char in form) >= 3:
                found.setdefault(form, (word,))
    return found


# A respelling an ordinary word spells too (`lst` last and list, `strt` street and start), by the word it respells:
# read so only beside another respelling (`lst_nm`, last name; `lst_updated`, `lst_name` stay a list's).
_SPELT_ALIKE = _spelt_alike()


def _respelled(tokens: List[str]) -> List[str]:
    """The key's tokens with each respelling read as its words (the rule above), or [] if none is one; a respelling
    an ordinary word spells too (_SPELT_ALIKE) read so beside another respelling only (`lst_nm`)."""
    if _RESPELLED.keys().isdisjoint(tokens):
        return []
    alike = len(tokens) > 1 and not _SPELT_ALIKE.keys().isdisjoint(tokens)
    read: List[str] = []
    for token in tokens:
        found = _RESPELLED.get(token)
        if alike and found is None and token in _SPELT_ALIKE:
            read.extend(_SPELT_ALIKE[token])
        elif found is None or not found[1] and len(tokens) == 1:
            read.append(token)
        else:
            read.extend(found[0])
    return read if read != tokens else []


# The personal words by length, one a line: what a word of look-alike letters may be, one or two letters left unread.
def _personal_words_by_length() -> Dict[int, str]:
    words_by_length: Dict[int, List[str]] = {length: [] for length in range(5, 25)}
    for word in _spelt_personal_words():
        if len(word) in words_by_length:
            words_by_length[len(word)].append(word)
    return {length: "\n".join(words) for length, words in words_by_length.items()}


_BY_LENGTH = _personal_words_by_length()


# (closer 166, review 27) A business's free or service line by language, glued as one word (the `phone` in
# `freephone` names no person's): under such a key, or after it as a label, a number is the line's.
BUSINESS_LINES = frozenset(canonical(word)[0].lower() for word in (
    "freephone freefone tollfree servicenummer servicerufnummer gratisnummer servicenumber "
    "numerovert numeroverde lineagratuita "
    # (closer 187, review 32) a help line's or an advice line's word glued (`Helpline: 0808 …`)
    "helpline helplines hotline careline adviceline infoline "
    # (closer 224, review 42) a service's word alone, as German and English label a shared-cost line (`Service: 0180
    # 5 …`)
    "service").split())
_BUSINESS_LINE_KEYS = BUSINESS_LINES | NUMBER_LABEL_WORDS | frozenset("line nz uk au ie".split())
# (closer 175, review 30) ... or, in two words, a line's or a phone's word after a business's, a customer's or a
# service's word, or before free's word, by language (`Business line`, `Customer line`, `Teléfono gratuito`,
# `Numéro vert`, `Kostenlose Hotline`): a line a business keeps for its customers, no person's own
_LINE_OWNERS = frozenset("business customer customers service services sales support kunden".split())
# (closer 187, review 32) ... a booking's, an enquiry's or an order's line (`Booking line: 0344 …`), and a customer's
# or a client's service or care, by language (`Customer service: 0345 …`, `Kundenservice`, `Atención al cliente`)
_LINE_OWNERS |= frozenset(canonical(word)[0].lower() for word in (
    "booking bookings reservations enquiries enquiry orders ordering advice information kundenservice "
    "kundendienst servicio atencion assistenza").split())
_SERVICE_WORDS = frozenset(canonical(word)[0].lower() for word in (
    "service services support care cliente clientes clienti client clients kunden").split())
_LINE_WORDS = frozenset(canonical(word)[0].lower() for word in (
    "line lines hotline helpline linea ligne telefono telephone numero nummer").split())
_FREE_WORDS = frozenset(canonical(word)[0].lower() for word in (
    "gratuito gratuita gratuit gratuite vert verde kostenlos kostenlose kostenfreie gratis free gratuit").split())


def a_business_line(tokens: List[str]) -> bool:
    """Whether a key's or a label's `tokens` name a business's free or service line (BUSINESS_LINES, or two words:
    above) and its number's word at most."""
    if len(tokens) == 2:
        first, second = (canonical(token)[0].lower() for token in tokens)
        if first in _LINE_OWNERS and (second in _LINE_WORDS or second in _SERVICE_WORDS) or (
                first in _LINE_WORDS and second in _FREE_WORDS or first in _FREE_WORDS and second in _LINE_WORDS):
            return True
    return not BUSINESS_LINES.isdisjoint(tokens) and _BUSINESS_LINE_KEYS.issuperset(tokens)


# (closer 175, review 30) An animal's word by language right before a sex's or a gender's word names the animal's
# (`pet_sex`, `animal_gender`, `hund_geschlecht`), and before a passport's word with a price's or a holder's after it
# the pet passport's fee or its cover (`pet_passport_fee`); `pet_owner_gender`, `pet_passport_number` stay refused.
_ANIMALS = frozenset(canonical(word)[0].lower() for word in (
    "pet pets animal animals dog dogs cat cats puppy puppies kitten kittens horse tier tiere haustier hund hunde "
    "katze welpe chien chat chiot animaux mascota perro gato cachorro cane gatto cucciolo huisdier hond kat pup "
    "zwierze pies kot "
    # (closer 196, review 32) ... a horse's by language (`pferd_geschlecht`)
    "horses pony ponies pferd pferde cheval chevaux caballo caballos cavallo cavalli paard paarden kon konie").split())
_SEX_WORDS = frozenset(canonical(word)[0].lower() for word in (
    "sex gender geschlecht sexe genre sexo genero sesso genere geslacht plec").split())
_ANIMAL_PASSPORT_WORDS = frozenset(canonical(word)[0].lower() for word in (
    "passport passports pass ausweis heimtierausweis passeport pasaporte passaporto paspoort paszport").split())
_PRICE_OR_HOLDER = frozenset(canonical(word)[0].lower() for word in (
    "fee fees price cost costs charge holder cover case gebuhr preis kosten hulle prix tarif frais etui precio coste "
    "funda prezzo costo custodia prijs hoesje cena koszt").split())


# (closer 175, review 30) A party whose key before a name's word is a person's name (`referred_by_name`,
# `brautpaar_namen`, `plus_one_name`): a referrer's or an inviter's (key_lexicon.REFERRERS, the bare `referrer` too:
# a name's word says it is no site), a wedding's couple (key_lexicon.WEDDING_COUPLES), a wedding's witness, an
# animal's keeper or a donor by language. (A petition's signer alone stays read by its value, closer 168: `=yes`.)
_NAMED_PARTIES = frozenset("".join(key_tokens(word)) for table in (key_lexicon.REFERRERS, key_lexicon.WEDDING_COUPLES)
                           for line in table.values() for word in line.split()) | frozenset(
    _folded(word) for word in (
        "witness best_man maid_of_honour maid_of_honor trauzeuge trauzeugin temoin testigo testimone getuige "
        "swiadek keeper tierhalter tierhalterin hundehalter hundehalterin spender spenderin donor donateur "
        "donatrice donante donatore").split())
_NAMES_WORDS = frozenset("names namen noms nombres nomi namn navne".split())
# (closer 186, review 32) ... and, by the same rule, a pet sitter or a dog walker (key_lexicon.PET_SITTER_WORDS, read
# in routes: `pet_sitter_name`), one who owes or tips by language (`debtor_name`, `tipper_name`; not a patron, Spanish
# `patrón` is a pattern), and one a referral or an invitation brings: its participle (REFERRERS' `referred_by`,
# `invited_by`) before a person's word (`referred_friend_name`, `invited_guest_name`; `referred_product_name` is
# not a person's).
_NAMED_PARTIES |= frozenset(word.replace("-", "") for word in key_lexicon.PET_SITTER_WORDS) | frozenset((
    "debtor debitor schuldner schuldnerin debiteur debiteuse deudor deudora debitore debitrice devedor devedora "
    "dluznik tipper "
    # ... an adopter, a companion, a bride's attendant and a victim, by language (`adopter_name`, `begleitperson_name`;
    # closer 219, review 41: French's and German's companion as closer 218's query keys have them, `compagnon_nom`)
    "adopter adoptant adoptante adottante adoptante companion begleitperson begleiter begleiterin begleitung "
    "compagnon compagne acompanante "
    "accompagnateur accompagnatrice accompagnatore bridesmaid groomsman brautjungfer demoiselle_d_honneur "
    "dama_de_honor damigella victim opfer victime victima vittima slachtoffer ofiara").split())
# (closer 204, review 34) ... a home service's client or pro (key_lexicon.CLIENT_WORDS, PRO_WORDS: `homeowner_name`,
# `tasker_name`), a bettor by language (role_labels.BETTORS: `punter_name`, `nom_parieur`)
_NAMED_PARTIES |= frozenset(_folded(phrase.replace(" ", "_")) for table in (
    key_lexicon.CLIENT_WORDS, key_lexicon.PRO_WORDS, role_labels.BETTORS) for line in table.values()
    for phrase in line.split("|"))
# ... and whom a pet or a thing is reserved for or adopted by (key_lexicon.RESERVED_OR_ADOPTED_FOR, read in text:
# `reserved_for_name`, `adopted_by_name`)
_NAMED_PARTIES |= frozenset(_folded(phrase) for line in key_lexicon.RESERVED_OR_ADOPTED_FOR.values()
                            for phrase in line.split("|"))
# (closer 214, review 38) ... and whom one chats, dates or dances with (key_lexicon.PARTNER_ACTIVITIES:
# `chat_partner_name`, `Tanzpartner_Name`), whom a greeting is said to (key_lexicon.GREETED: `greeted_name`)
_NAMED_PARTIES |= frozenset(_folded(activity + partner) for line in key_lexicon.PARTNER_ACTIVITIES.values()
                            for activity in line.split() for partner in key_lexicon.PARTNER_WORDS.split()) | frozenset(
    _folded(word) for line in key_lexicon.GREETED.values() for word in line.split())
# (closer 221, review 41) ... a feminine partner is a person, never a business (`partnerin_name`); and a date's or a
# chat's companion names that person with no name's word (key_lexicon.PERSON_PARTNER_WORDS: `date_companion`,
# `채팅상대`; `chat_partner` alone stays ordinary, a business's or a bot's as often)
_NAMED_PARTIES |= {"partnerin"}
# (closer 225, review 43: and the occasions a companion goes with, key_lexicon.COMPANION_OCCASIONS: `travel_companion`,
# `reise_begleiter`; before a name's word too, `chat_companion_name`)
_COUNTERPARTS_ALONE = frozenset(_folded(activity + partner) for table in (
    key_lexicon.PARTNER_ACTIVITIES, key_lexicon.COMPANION_OCCASIONS) for line in table.values()
    for activity in line.split() for partner in key_lexicon.PERSON_PARTNER_WORDS.split())
_NAMED_PARTIES |= _COUNTERPARTS_ALONE
_REFERRAL_PARTICIPLES = frozenset(_folded(word.split("_")[0]) for line in key_lexicon.REFERRERS.values()
                                  for word in line.split() if "_" in word and not word.endswith("_name"))
_BROUGHT_PEOPLE = frozenset("friend friends freund freundin ami amie amigo amiga amico amica vriend vriendin "
                            "guest contact person user customer member".split()) | PERSON_QUALIFIERS


def _a_named_party(tokens: List[str]) -> bool:
    """Whether a key's `tokens` are a named party's and a name's word (above)."""
    if len(tokens) == 1 and not tokens[0].isascii():
        tokens = _name_unglued(tokens[0])
    if len(tokens) < 2:
        return False
    # (the name's word last, or first as French, Spanish and Italian write it: `nom_parrain`, `nombre_padrino`)
    for name, party in ((tokens[-1], tokens[:-1]), (tokens[0], tokens[1:])):
        joined = "".join(party)
        if (name in NAME_TOKENS or name in _NAMES_WORDS) and (joined in _NAMED_PARTIES or (
                _folded(joined) in _NAMED_PARTIES) or _brought_by_a_referral(party)):
            return True
    return False


# (closer 196, review 32) A transfer's or a gift's party, by language, before its bank's or its tier's word, maybe with
# that bank's or tier's name or code after it (`counterparty_bank`, `payee_bank_name`, `donor_tier_name`): a firm's or
# a giving scheme's name, not the party's; `payee_bank_account`, `payee_name` stay refused.
_TRANSFER_PARTIES = frozenset(canonical(word)[0].lower() for word in (
    "counterparty payee payer beneficiary remitter donor patron favorecido beneficiaire beneficiario begunstigde "
    "empfanger zahlungsempfanger").split())
_INSTITUTION_WORDS = frozenset(canonical(word)[0].lower() for word in (
    "bank banks banco banque tier tiers level stufe nivel niveau").split())
_INSTITUTION_NAMING = frozenset("name code".split())


def _name_unglued(token: str) -> List[str]:
    """(closer 225, review 43) A token of a script that glues a name's word on its party (Korean `채팅상대이름`) as the
    party and the name's word, else the token alone."""
    length = next(_glued_name_lengths(token), 0) if token[-1:] in _SCRIPT_NAME_ENDINGS else 0
    return [token[:-length], token[-length:]] if length else [token]


def _a_partys_bank_or_tier(tokens: List[str]) -> bool:
    """Whether a key's `tokens` are a transfer's party, its bank's or tier's word, maybe that word's name or code."""
    end = len(tokens) - 1 if tokens[-1:] and tokens[-1] in _INSTITUTION_NAMING else len(tokens)
    return end == 2 and tokens[0] in _TRANSFER_PARTIES and tokens[1] in _INSTITUTION_WORDS


def _brought_by_a_referral(party: List[str]) -> bool:
    """Whether a key's `party` words are a referral's or an invitation's participle and a person's word (above)."""
    return len(party) == 2 and party[0] in _REFERRAL_PARTICIPLES and party[1] in _BROUGHT_PEOPLE


def _an_animals_attribute(tokens: List[str]) -> bool:
    """Whether a key's `tokens` are an animal's sex or its passport's fee (above), and no other word of them a
    person's."""
    for at in range(1, len(tokens)):
        if tokens[at - 1] in _ANIMALS and (tokens[at] in _SEX_WORDS or tokens[at] in _ANIMAL_PASSPORT_WORDS and (
                at + 1 < len(tokens) and tokens[at + 1] in _PRICE_OR_HOLDER)):
            rest = tokens[:at - 1] + tokens[at + 1:]
            return not rest or not personal_tokens(rest)
    return False


# (closer 228, review 44) An owner that is no person (key_lexicon.NO_PERSONS_OWNERS) right before an address's, a
# town's or a contact's word, or right after it in HEAD_FIRST's languages, owns that datum (`hotel_email`,
# `venue_address`, `listing_city`, `telefono_hotel`): the key is read without the datum's words, unless another word
# names a person or their address (`store_customer_phone`, `shop_billing_address`) or another datum follows the owned
# one (`hotel_city_email`: the hotel's town, a guest's mail); a word between the owner and the datum is another
# owner's (`store_manager_phone`, `hotel_guest_email`). A product's gender is no owned datum: its key's values are
# judged (audiences, closer 80: `product_gender=unisex` goes out, `product_gender=female` is a person's).
_OWNERS = {language: f"{key_lexicon.SHOPS.get(language, '')} {words}"
           for language, words in key_lexicon.NO_PERSONS_OWNERS.items()}
_OWNERS_BEFORE = frozenset(_folded(word) for language, words in _OWNERS.items()
                           if language not in key_lexicon.HEAD_FIRST for word in words.split())
_OWNERS_AFTER = frozenset(_folded(word) for language, words in _OWNERS.items()
                          if language in key_lexicon.HEAD_FIRST for word in words.split())
# (a contact's words by language, and an address's in Dutch and Polish, `adres_hotelu`)
_OWNED_WORDS = frozenset(_folded(word) for word in (
    "phone phonenumber telephone tel telefon telefono telefone telefonnummer telefoon rufnummer fax email mail "
    "emailaddress courriel correo eposta adres").split())
_OWNED_DATA = BUSINESS_PLACES | _OWNED_WORDS


def _without_an_owners_datum(tokens: List[str]) -> List[str]:
    """`tokens` without the datum an owner that is no person opens the key with (above)."""
    if len(tokens) < 2:
        return tokens
    if tokens[0] in _OWNERS_BEFORE:
        size = _joined_size(tokens, 1, _OWNED_DATA)
        if _joined_size(tokens, 1 + size, _OWNED_DATA):
            return tokens
        kept = tokens[:1] + tokens[1 + size:]
    else:
        size = _joined_size(tokens, 0, _OWNED_DATA)
        if not size or size >= len(tokens) or tokens[size] not in _OWNERS_AFTER:
            return tokens
        kept = tokens[size:]
    return tokens if not size or not ADDRESS_QUALIFIERS.isdisjoint(kept) else kept


# (closer 183) A Japanese party's noun joined to the word for a name (key_lexicon.JAPANESE_PARTIES; `応募者名`,
# `会員の氏名`); not a business's (`商品名`, `店舗名`, `会社名` hold no party's noun).
_JAPANESE_PARTY_NAME = re.compile(f"(?:{'|'.join(sorted(key_lexicon.JAPANESE_PARTIES.split(), key=len, reverse=True))})"
                                  "の?(?:氏名|名前|フルネーム|名)")


# The post code's, street's, town's, mail's and phone's words a shop's word may follow
# (key_lexicon.GOODS_AFTER_A_PLACES_WORD).
_PLACE_AND_LINE_WORDS = frozenset("zip zipcode postal post postcode street city town tel phone mail".split())
_GOODS_AFTER_A_PLACE = frozenset(key_lexicon.GOODS_AFTER_A_PLACES_WORD.split())
# ... and a file's words after `zip`, the archive's format (`zip_file`; a phone's, a mail's or a street's file is a
# photo's or a letter's, its person's: `phone_file`).
_ARCHIVE_WORDS = frozenset("file files archive".split())


def _a_places_goods(tokens: List[str]) -> bool:
    """Whether a key's post code's, street's, town's, mail's or phone's word is right before a shop's word that makes
    it that service's, file's, price's or goods' (above), no other word of the key personal nor a person's or an
    address's qualifier before it (`zip_file`, `street_wear_line`; `zip_code`, `street_address`, `phone_number`,
    `billing_zip_file`, `customer_phone_service` stay personal; closer 224)."""
    for at in range(len(tokens) - 1):
        if tokens[at] in _PLACE_AND_LINE_WORDS and tokens[at + 1] in _GOODS_AFTER_A_PLACE or tokens[at] == "zip" and (
                tokens[at + 1] in _ARCHIVE_WORDS):
            return ADDRESS_QUALIFIERS.isdisjoint(tokens[:at]) and not personal_tokens(tokens[:at] + tokens[at + 1:])
    return False


def names_personal_data(key: str) -> bool:
    """Whether the words of `key` name personal data (Meta's own customer-information names included)."""
    if ("à" in key or "À" in key) and _ACCENTED_AGE.search(key) is not None:
        key = _ACCENTED_AGE.sub(lambda found: "AGE" if found.group().isupper() else "age", key)
    # (each reading once: none leaves a letter its reading reads, look_alike_keys)
    if not key.isascii() and (_JAPANESE_PARTY_NAME.search(key) is not None or any(
            names_personal_data(drawn) for drawn in look_alike_keys.readings(key, _BY_LENGTH))):
        return True
    form, _ = canonical(key)
    if ("ip" in form or "IP" in form or "Ip" in form or "iP" in form) and _IP_CODE.search(form) is not None:
        form = _IP_CODE.sub("_", form)
    if form.lower() in META_CUSTOMER_KEYS or form.lower() in WHOLE_KEYS_ONLY:
        return True
    if ("/" in form or "3" in form) and _SIGNED_WORDS.search(form) is not None:
        return True
    if ("x" in form or "X" in form) and _ESPERANTO_X.search(form) is not None:
        read = _ESPERANTO_X.sub(lambda found: found.group()[0], form)
        if _ESPERANTO_X.search(read) is None and names_personal_data(read):  # once: `sxx` is not read again
            return True
    if form[-1:] == "]":  # a form's field: by its own key (`hidden[name]`), or a message's heading (`contact[subject]`)
        field = _form_field(form)
        if field.strip() and (names_personal_data(field) or not MESSAGE_HEADINGS.isdisjoint(_tokens(field)[-1:])):
            return names_personal_data(field)
    tokens = _without_a_trip_town(_without_an_owners_datum(_without_a_business_place(_tokens(form))))
    if a_business_line(tokens) or _a_places_goods(tokens):
        return False  # (a business's freephone line, maybe with its number's word: `freephone_number`; a place's
        # word naming a shop's service or goods, `postal_service`: closer 224)
    if _an_animals_attribute(tokens) or _a_partys_bank_or_tier(tokens):
        return False  # (an animal's sex, a pet passport's fee: closer 175; a party's bank, a donor's tier: closer 196)
    if _a_named_party(tokens) or len(tokens) <= 2 and _folded("".join(tokens)) in _COUNTERPARTS_ALONE:
        return True  # (a referrer's, a couple's, a witness's, a keeper's or a donor's name: closer 175)
    if _a_creators_legal_name(tokens):
        return True  # (a streamer's or a player's legal name: closer 179)
    # A consent, a check or a count about a contact channel is not the contact: only what the key itself holds counts.
    about_a_channel = (not ABOUT_A_CHANNEL.isdisjoint(tokens) or _a_things_attribute(tokens) or _about_the_field(tokens)
                       or _a_products_part(tokens)
                       or _about_a_credential(tokens)
                       or any(tokens[at] + tokens[at + 1] in ABOUT_A_CHANNEL for at in range(len(tokens) - 1))
                       or len(tokens) > 1 and (
                           tokens[-1] in _PROPERTY_ENDS or tokens[-2] + tokens[-1] in _PROPERTY_ENDS) and (
                           _about_a_person(tokens)))
    # A role qualifies the word right after it alone (_role_field, in _vendor_field): the rest is read with the role
    # as a word that qualifies nothing (`caller_function_name`; `reviewer_avatar` is not `avatar` alone).
    role_free = tokens if _ROLE_QUALIFIERS.isdisjoint(tokens) else [
        "-" if token in _ROLE_QUALIFIERS else token for token in tokens]
    if len(tokens) == 1 and tokens[0] in _ROLE_QUALIFIERS:  # a role alone holds its person (`reviewer`, `assignee`)
        return True
    respelled = _respelled(role_free) if _TWO_CAPITALS.search(form) is None else []  # (`LHR`: an acronym)
    return not about_a_channel and (personal_tokens(role_free) or bool(respelled) and personal_tokens(respelled)
        or _names_a_card_number(tokens) or (
        not _KEY_ONLY_WORDS.isdisjoint(tokens) or "." in form) and _key_only_word(form, tokens)
        or _SECOND_READING.search(form) is not None and (
        _singular(role_free) or _personal_reading(form)) or _vendor_field(form, tokens)
        or len(tokens) > 1 and (tokens[-1] in NAME_TOKENS or tokens[-1] in _NAMES_WORDS) and (
            tokens[-2] in PERSONALISATION_WORDS))


# An account's sign-in name under a bare account key (`login`, `user`, `user_login`: a webmail's
# `?login=jo.smith`), personal as `username` is, unless its value is a state rather than a name: no letter (`1`),
# or one word of lower-case or capital letters (`true`, `success`, `SSO`). Alone these words are ordinary in
# longer keys (`login_method`, `login_status`, `user_type`).
LOGIN_WORDS_WRITTEN = "login logon user usr benutzer utilisateur usuario utente gebruiker kullanıcı".split()
LOGIN_WORDS = frozenset(_folded(word) for word in LOGIN_WORDS_WRITTEN)
# The words, searched first in an ASCII key in lower case (one search in C: most keys hold none).
_LOGIN_CUE = re.compile(by_first_letter(sorted(word for word in LOGIN_WORDS if word.isascii())))
_A_LETTER = re.compile(r"[^\W\d_]")


# What a login's, a user's, a password's key or label names besides its datum: a state, a role, a way in (lexicon data
# by language). One table for a key's value and a label's in text (labelled_values.py), so the two agree (closer 80).
ACCOUNT_STATES = frozenset(canonical(word)[0].lower() for word in (
    "guest anonymous admin administrator required optional success successful failed failure error ok yes no true "
    "false none null new returning registered unregistered logged active inactive pending disabled enabled member "
    "customer visitor google facebook apple microsoft github twitter amazon email sso otp password social missing "
    "invalid incorrect wrong expired hidden reset changed updated saved sent unknown n/a "
    "gast anonym erforderlich erfolgreich fehlgeschlagen invité requis réussi échec invitado requerido exitoso "
    "fallido").split())


# A form's check of a credential's field and the words of degree before it, by language (key_lexicon.FIELD_STATES,
# DEGREES), folded as a value is read; a state's words are apart by blanks, `_` or `-` (`too_short`, `not set`).
_FIELD_STATE_WORDS = frozenset(canonical(word)[0].lower() for languages in key_lexicon.FIELD_STATES.values()
                               for words in languages.values() for word in words.split())
_DEGREE_WORDS = frozenset(canonical(word)[0].lower() for words in key_lexicon.DEGREES.values()
                          for word in words.split())
_STATE_WORD_APART = re.compile(r"[ _\-]+")


def account_state(value: str) -> bool:
    """Whether stripped `value` is an account's state, role or way in (ACCOUNT_STATES, in any case: `guest`,
    `Google`, `required`), or a form's check of its field (closer 84: key_lexicon.FIELD_STATES, `taken`, `weak`,
    `set`), alone or after words of degree, four words at most (`too_short`, `NOT_SET`, `zu kurz`, `déjà pris`), in
    lower case or capitals: a capitalized word alone is as often a family name (`Stark`, `Kurz`, `Lang`); a name's
    availability capitalized is read for a name's fields alone (titled_state: a password may be `Taken`)."""
    low = value.lower()
    if low in ACCOUNT_STATES:
        return True
    if len(value) > 40 or not (value.islower() or value.isupper()):
        return False
    words = _STATE_WORD_APART.split(low if low.isascii() else canonical(low)[0])
    return len(words) <= 4 and any(word in _FIELD_STATE_WORDS for word in words) and all(
        word in _FIELD_STATE_WORDS or word in _DEGREE_WORDS or word in ACCOUNT_STATES for word in words)


# A name's availability as a form states it, and its failed checks (key_lexicon.FIELD_STATES' "taken or free",
# ACCOUNT_STATES' failures): capitalized too after a gamer tag's or a user's label (closer 177: `Gamertag: Taken`,
# `Benutzername: Bereits vergeben`); the other states' words are family names or given names as often (`Stark`,
# `Kurz`, `Tom`), read in lower case or capitals only (account_state).
_TITLED_STATES = frozenset(canonical(word)[0].lower() for word in (
    " ".join(key_lexicon.FIELD_STATES["taken or free"].values())
    + " invalid incorrect expired missing unknown"
    # (closer 187, review 32) a field's requirement and an account's blocking, by language (`Gamertag: Required`,
    # `Username: Blocked`): no name's words either
    + " required blocked banned suspended locked disabled erforderlich pflichtfeld gesperrt requis obligatoire bloque "
      "obligatorio bloqueado obbligatorio bloccato verplicht geblokkeerd wymagane zablokowane").split())


def titled_state(value: str) -> bool:
    """Whether stripped `value`, capitalized or in title case (closer 187: `Not Available`), is a name's availability
    or a failed check (above), up to four words with words of degree (`Taken`, `Already taken`, `Déjà pris`)."""
    if not value or len(value) > 40 or value not in (value.capitalize(), value.title()) or not value[:1].isupper():
        return False
    words = _STATE_WORD_APART.split(canonical(value.lower())[0])
    return len(words) <= 4 and any(word in _TITLED_STATES for word in words) and all(
        word in _TITLED_STATES or word in _DEGREE_WORDS for word in words)


def sign_in_name(value: str) -> bool:
    """Whether stripped `value` (under a login's or a user's key, after its label) is a sign-in name, or a person's: two
    to 64 characters holding a letter, no account's state (account_state: `guest`, `required`, `Google`, `taken`,
    `Taken`).
    (After a label in text, where a value's end is a guess, one token only: labelled_values.py.)"""
    return 2 <= len(value) <= 64 and _A_LETTER.search(value) is not None and not account_state(value) and (
        not titled_state(value))


def login_name(key: str, value: str) -> bool:
    """Whether `key` is a bare account key and `value` a sign-in name, not a state (LOGIN_WORDS above)."""
    if key.isascii() and _LOGIN_CUE.search(key.lower()) is None:
        return False
    if not sign_in_name(value.strip()):
        return False
    tokens = key_tokens(key)
    return bool(tokens) and LOGIN_WORDS.issuperset(tokens)


# The keys whose every value the lexicon calls personal but a field's state: a sign-in name's, a password's, an API's
# secret's, a device id's word alone (key_lexicon.ALONE; `password=required` as `Password: required` in text).
_STATE_KEYS = frozenset("".join(key_tokens(word)) for meaning in ("sign-in name", "password", "secret", "device id")
                        for words in key_lexicon.ALONE[meaning].values() for word in words.split())


def holds_a_state(key: str, value: str) -> bool:
    """Whether `key`, a sign-in name's, a password's, a secret's or a device id's word alone, holds a field's state."""
    text = value.strip()
    return 0 < len(text) <= 40 and account_state(text) and "".join(key_tokens(key)) in _STATE_KEYS


# The classes of device a site tells apart, no device's own id (TikTok's `sender_device=pc`; closer 92).
DEVICE_CLASSES = frozenset(
    "pc mac desktop laptop mobile phone smartphone tablet tv console wearable web app ios android".split())


def holds_a_device_class(key: str, value: str) -> bool:
    """Whether `key`, personal with a device's word (`sender_device`), holds a device's class, which no device is
    told apart by (DEVICE_CLASSES)."""
    return value.strip().casefold() in DEVICE_CLASSES and "device" in key_tokens(key)


# A bare key naming a person of the order (`customer`, `client`, `buyer`, `guest`; a universal link's
# `?customer=Jean%20Dupont`): personal when its value is a person's name, two to four capitalised words (a name's
# particles between them: `Jean de la Fontaine`), none of them a person word itself (`Returning Customer`, `Gold
# Member` are a kind of customer), nor a role in the trade (ROLE_WORDS: `Best Seller`, `Top Vendor` rank a customer
# or a product). Alone these keys are ordinary (`customer=new`, `customer_type`).
PERSON_KEY_WORDS = frozenset(_folded(word) for word in (
    "customer client buyer guest passenger traveler traveller patient member shopper purchaser payer payee orderer "
    "visitor besucher bezoeker visiteur visitante visitatore "  # (closer 91: a chat's or a booking's visitor)
    "kunde klant klient kund cliente utente usuario utilisateur asiakas müşteri pelanggan pembeli").split())
# ... and a party to a contract or a file (key_lexicon.PARTIES; closer 104: `?mieter=<given>%20<surname>`), not a member
# nor a pupil, whose bare key holds a tier or a course as often (`?member=Gold Plus`).
PERSON_KEY_WORDS |= frozenset(_folded(word) for languages in key_lexicon.PARTIES.values()
                              for words in languages.values() for word in words.split() if "_" not in word)
# (closer 144) ... and a party of two words as a key writes it whole (`grave_holder`, `dna-match`, `dnamatch`)
PERSON_KEY_WORDS |= frozenset(joint.join(_folded(part) for part in word.split("_"))
                              for languages in key_lexicon.PARTIES.values() for words in languages.values()
                              for word in words.split() if "_" in word for joint in ("_", "-", ""))
# ... and a guest or a diner in the shops' languages (key_lexicon.SHOP_ROLES; closer 130: `{"diner": …}`, `?gast=…`)
PERSON_KEY_WORDS |= frozenset(_folded(word) for role in ("guest", "diner")
                              for words in key_lexicon.SHOP_ROLES[role].values() for word in words.split())
# (closer 169) ... and a wedding's couple or a guest's plus one (key_lexicon.WEDDING_COUPLES: `?couple=…`,
# `{"brautpaar": …}`, `plus_one`), holding one name or a couple's (couple_shaped)
_COUPLE_KEYS = frozenset(joint.join(_folded(part) for part in word.split("_"))
                         for words in key_lexicon.WEDDING_COUPLES.values() for word in words.split()
                         for joint in (("_", "-", "") if "_" in word else ("",)))
PERSON_KEY_WORDS |= _COUPLE_KEYS
# Roles in a shop's trade, by language: who sells, resells or promotes (English, French, Spanish, Portuguese,
# Italian, German, Dutch).
ROLE_WORDS = frozenset(_folded(word) for word in (
    "seller sellers bestseller vendor vendors reseller dealer merchant retailer wholesaler supplier distributor "
    "affiliate ambassador influencer subscriber follower "
    "vendeur vendeuse revendeur marchand fournisseur vendedor vendedora revendedor proveedor fornecedor "
    "venditore rivenditore fornitore verkäufer händler lieferant verkoper leverancier").split())
_NAME_PARTICLES = frozenset("de du des la le del della di da do dos das van von der den ter y e bin binti".split())


def person_named(key: str, value: str) -> bool:
    """Whether `key`, a bare person key (PERSON_KEY_WORDS above), holds a person's name."""
    if " " not in value or not value[:1].isupper():  # (two words, the first capitalised: most values are not)
        return False
    if key.isascii():  # (one lookup for most keys)
        if key.lower() not in PERSON_KEY_WORDS:
            return False
    else:
        tokens = key_tokens(key)  # (folded: `müşteri` is read `musteri`)
        if len(tokens) != 1 or tokens[0] not in PERSON_KEY_WORDS:
            return False
    return name_shaped(value) or key.lower() in _COUPLE_KEYS and couple_shaped(value)


# What joins a couple's names, by language (`Ilvaretta & Torbenil Quarndish`, `… und …`, `… y …`).
_COUPLE_JOINS = re.compile(r"\s*[&+]\s*|\s+(?:and|und|en|et|y|e|i|og|och)\s+")


def couple_shaped(value: str) -> bool:
    """Whether `value` is a couple's names: two names joined (_COUPLE_JOINS), the first maybe a given name alone
    (`<given> & <given> <family>`), the last a name (name_shaped)."""
    parts = _COUPLE_JOINS.split(value.strip(), maxsplit=2)
    if len(parts) != 2 or not name_shaped(parts[1]):
        return False
    first = parts[0]
    return name_shaped(first) or first.isalpha() and first[:1].isupper() and first[1:].islower() and len(first) > 1


def name_shaped(value: str) -> bool:
    """Whether `value` is shaped as a person's name (person_named above): two to four words, each capitalised or a
    name's particle, none a person word, a person qualifier or a role in the trade."""
    words = value.split()
    if not 2 <= len(words) <= 4 or not words[-1][:1].isupper() or not value[:1].isupper():
        return False
    for word in words:
        letters = word.replace("-", "").replace("'", "").replace("’", "")
        if not letters.isalpha() or (word not in _NAME_PARTICLES and not (
                word[0].isupper() and (len(letters) == 1 or letters[1:].islower()))):
            return False
        folded = _folded(word.lower())
        if folded in PERSON_KEY_WORDS or folded in PERSON_QUALIFIERS or folded in ROLE_WORDS:
            return False
    return True


# Japanese forms' name parts as bare keys (`sei`: the family name, `mei`: the given name; key_lexicon.BARE_NAME_KEYS),
# other words alone (Italian "you are", Dutch "May", Google's search event id `?sei=Zb5TZ6Xq…`): personal when the
# value is a name, one or two words of letters each capitalised (`Tanaka`) or of a script without case (`田中`).
NAME_PART_KEYS = frozenset(word for words in key_lexicon.BARE_NAME_KEYS.values() for word in words.split())


def name_part_named(key: str, value: str) -> bool:
    """Whether `key` is a bare name part's key (NAME_PART_KEYS above) and `value` a name."""
    if len(key) != 3 or key.lower() not in NAME_PART_KEYS:  # (one length test for most keys)
        return False
    words = value.split()
    return 1 <= len(words) <= 2 and all(word.isalpha() and (word.istitle() or word.lower() == word.upper())
                                        for word in words)


# A key naming an address by a word cut short that an ordinary word spells too, or by a format's own short name
# (vCard's `adr`, `strt`: start's too, `str`: a string's): the English, German and French street and address words
# (and Dutch, Polish and Turkish `adres`) cut to their first three letters or more, or with vowels cut (`adrs`,
# `strt`), the whole key (a line's digit aside: `adr1`). Personal when its value is a street line
# (postal.street_line_alone, in privacy); a key with another word is not one (`adr_score`, an average daily rate;
# `strt_date`).
_ADDRESS_CUT_WORDS = "street address strasse adresse adres".split()
ADDRESS_CUT_KEYS = frozenset(
    form for word in _ADDRESS_CUT_WORDS for form in (
        *(word[:end] for end in range(3, len(word))), *(cut for cut in _cut_forms(word) if _abbreviated(cut))))


def address_cut_key(key: str) -> bool:
    """Whether `key` is an address's word cut short (ADDRESS_CUT_KEYS above)."""
    if len(key) > 10 or key[:1] not in "aAsS":  # (a length test and a slice for most keys)
        return False
    tokens = key_tokens(key)
    return len(tokens) == 1 and tokens[0] in ADDRESS_CUT_KEYS


# Role words naming a person as often as a thing or a business: `att` (for the attention of; an attribute's key as
# often) alone, `partner` (a business partner's as often) and `author` (a book's as often: a catalogue's bare `author`
# goes out, attack 29) before a name word, as a review's record writes it (Google Places' `author_name`). Personal
# when the value is a person's name (person_named's shape: two to four capitalized words, none a person's, a role's
# or a company's word, nor opening on a product attribute's: `partner_name` holding `Acme GmbH` or `Acme Corp` goes
# out, and `att` holding `Navy Blue`).
# (closer 124) A dating site's `match` before a name word is the person matched (`match_name`), read as a partner's
# is; a game's or a sport's match's name holds a competition's word (key_lexicon.COMPETITIONS: `Grand Final`).
_ROLE_KEYS_ALONE = frozenset(["att"])
_ROLE_KEYS_BEFORE_NAME = frozenset("partner author match".split())
# (closer 162, review 26) Who booked, a booking's `booked by` by language joined as a key's two tokens (`booked_by`,
# `reserved_by`, key_lexicon.BOOKED_BY): read with its value only, as a travel agency or a channel fills it as often
# (`booked_by=Expedia` goes out, a person's full name does not).
_BOOKED_BY_KEYS = frozenset(tuple(_folded(word) for word in phrase.split()) for line in key_lexicon.BOOKED_BY.values()
                            for phrase in line.split("|"))
# (closer 182, eighty-fifth attack: mental-health apps) A journal's or a diary's writer, the journal's word by language
# before an author's or a writer's (`journal_author`, `diary_writer`, `tagebuch_autor`): read with its value only, as
# `author_name` is (a periodical's `journal_author` holding an institute's name goes out).
_KEPT_WRITINGS = frozenset("journal diary entry log tagebuch diario dagboek dagbok dagbog".split())
_WRITERS = frozenset("author writer autor autorin auteur autore auteure schrijver forfatter forfattare".split())
_ROLE_KEY_STARTS = frozenset(word[:3] for word in _ROLE_KEYS_ALONE | _ROLE_KEYS_BEFORE_NAME | _KEPT_WRITINGS) | (
    frozenset(tokens[0][:3] for tokens in _BOOKED_BY_KEYS))
# A company's legal form or a business's site (lexicon data; structured.py reads a party's name by it too).
COMPANY_WORDS = frozenset(
    "inc incorporated corp corporation co company cos llc llp ltd limited plc gmbh mbh ag kg sa sas sarl srl spa bv "
    "nv ab oy pty pte bhd kk center centre distribution distributors warehouse warehousing fulfillment fulfilment "
    "depot store stores shop shops mart market supermarket office headquarters hq branch plant factory mill "
    "logistics supply supplies wholesale retail group holdings industries services dc hub terminal outlet trading "
    "enterprises international".split())


# A competition's words (key_lexicon.COMPETITIONS), folded: a match's name holding one is a game's, not a person's.
COMPETITION_WORDS = frozenset(_folded(word) for words in key_lexicon.COMPETITIONS.values() for word in words.split())


# A product's attribute values (an attribute's `att` holds `Navy Blue`, `Extra Large`): colours, sizes, materials and
# finishes, lexicon data by language; a value opening on one is no person's name under a role's key (a family name
# may be one: `Jo Brown`, `Ana Blanco`).
_ATTRIBUTE_KIND = {
    "English": "black white grey gray red blue green yellow orange purple pink brown beige navy silver gold cream "
    "ivory olive teal maroon khaki charcoal turquoise burgundy dark light pale bright matte matt glossy small medium "
    "large extra regular slim wide long short cotton wool leather linen silk denim steel wood wooden plastic glass "
    "metal oak walnut pine royal lime mint midnight",
    "German": "schwarz weiss weiß grau rot blau grün gelb braun dunkel hell gross groß klein",
    "French": "noir blanc gris rouge bleu vert jaune marron foncé clair grand petit",
    "Spanish": "negro blanco gris rojo azul verde amarillo marrón oscuro claro grande pequeño",
}
ATTRIBUTE_WORDS = frozenset(_folded(word) for words in _ATTRIBUTE_KIND.values() for word in words.split())
_ATTRIBUTE_WORDS = ATTRIBUTE_WORDS


def role_key(key: str) -> bool:
    """Whether `key` is a role's key read with its value (above): `att`, `partner_name`, `authorName`."""
    if len(key) > 16 or key[:3].lower() not in _ROLE_KEY_STARTS:  # (one slice for most keys)
        return False
    tokens = key_tokens(key)
    return len(tokens) == 1 and tokens[0] in _ROLE_KEYS_ALONE or len(tokens) == 2 and (
        tokens[0] in _ROLE_KEYS_BEFORE_NAME and tokens[1] in NAME_TOKENS or tuple(tokens) in _BOOKED_BY_KEYS
        or tokens[0] in _KEPT_WRITINGS and tokens[1] in _WRITERS)


def role_named(key: str, value: str) -> bool:
    """Whether `key` is a role's key (role_key) and `value` a person's name: no company's word in it, no attribute's
    word opening it."""
    if " " not in value or not role_key(key) or not name_shaped(value):
        return False
    words = [_folded(word.lower().strip(".,")) for word in value.split()]
    return COMPANY_WORDS.isdisjoint(words) and COMPETITION_WORDS.isdisjoint(words) and words[0] not in _ATTRIBUTE_WORDS


# (closer 179, eighty-first attack: games, streams) A player's name's key, a player's word of a language other than
# English (key_lexicon.PLAYERS: English's `player` names a media player as often, `player_name`) and a name's word,
# either first, maybe small words of `of` between (`spieler_name`, `nombre_jugador`, `nom_du_joueur`, `spielername`):
# read with its value, as a role's key is (a replica shirt's star is keyed so too, `Lamine Yamal`: a public name lost,
# none leaked; `Müller 25` goes out).
_PLAYERS_IN_KEYS = frozenset(_folded(word) for language, words in key_lexicon.PLAYERS.items() if language != "English"
                             for word in words.split())
# (their stems, searched first in the key in lower case: one search in C, most keys hold none)
_PLAYER_STEMS = re.compile(by_first_letter(sorted({word[:5] for word in _PLAYERS_IN_KEYS})))


def _players_name_key(tokens: List[str]) -> bool:
    """Whether a key's `tokens` are a player's word (_PLAYERS_IN_KEYS) and a name's word, either first (of-words
    between), or one token of the two glued (key_lexicon.GLUED_NAME_WORDS: `spielername`)."""
    if len(tokens) == 1:
        token = tokens[0]
        # (closer 190, attack 88: the player's word alone, as a bet's or a game's record keys its player, `{"spieler":
        # …}`, `jugador=…&cuota=2.10`; a replica's star keyed so is a public name lost, as with its name's word)
        return token in _PLAYERS_IN_KEYS or any(token.endswith(name) and token[:-len(name)] in _PLAYERS_IN_KEYS
                                                for name in key_lexicon.GLUED_NAME_WORDS)
    for name, rest in ((tokens[-1], tokens[:-1]), (tokens[0], tokens[1:])):
        words = [token for token in rest if token not in _OF_WORDS]
        if name in NAME_TOKENS and len(words) == 1 and words[0] in _PLAYERS_IN_KEYS:
            return True
    return False


def may_be_player_key(key: str) -> bool:
    """Whether `key` may be a player's name's key (player_named): short, a player's word's stem in it (one search)."""
    return len(key) <= 32 and _PLAYER_STEMS.search(key.lower()) is not None


def player_named(key: str, value: str) -> bool:
    """Whether `key` is a player's name's key (above) and `value` a person's name (role_named's shape: no company's nor
    competition's word, no attribute's word opening it)."""
    if len(key) > 32 or " " not in value or _PLAYER_STEMS.search(key.lower()) is None:
        return False
    if not _players_name_key(key_tokens(key)) or not name_shaped(value):
        return False
    words = [_folded(word.lower().strip(".,")) for word in value.split()]
    return COMPANY_WORDS.isdisjoint(words) and COMPETITION_WORDS.isdisjoint(words) and words[0] not in _ATTRIBUTE_WORDS


# (closer 179) ... and a creator's or a player's legal name (key_lexicon.CREATORS, LEGAL_NAME_WORDS, PLAYERS: English's
# too): the name a civil register holds, whatever the value (`streamer_legal_name`, `spieler_bürgerlicher_name`); a
# creator's or a player's name alone is their public one (`streamer_name`, `creator_name` go out), a legal name alone
# a company's as often (`legal_name`).
_CREATORS = _PLAYERS_IN_KEYS | frozenset(_folded(word) for words in (
    *key_lexicon.CREATORS.values(), key_lexicon.PLAYERS["English"]) for word in words.split())
_LEGAL_NAME_WORDS = frozenset(_folded(word) for words in key_lexicon.LEGAL_NAME_WORDS.values()
                              for word in words.split())


def _a_creators_legal_name(tokens: List[str]) -> bool:
    """Whether a key's `tokens` hold a creator's or a player's word, a legal name's word and a name's word (above)."""
    return (len(tokens) >= 3 and not _LEGAL_NAME_WORDS.isdisjoint(tokens) and not _CREATORS.isdisjoint(tokens)
            and not NAME_TOKENS.isdisjoint(tokens))


# (closer 128) The special categories' words as a key's tokens read them, one alternation searched in the joined key
# (a word inside a longer one counts too: the reading errs towards keeping the key out).
_SPECIAL_CATEGORY_WORD = re.compile("|".join(sorted({re.escape(_folded(word)) for word in SPECIAL_CATEGORY_TOKENS},
                                                    key=lambda word: (-len(word), word))))


def names_a_special_category(key: str) -> bool:
    """Whether `key` names a special category of personal data (SPECIAL_CATEGORY_TOKENS: `pregnant`, `religion`,
    `health_condition`): a key whose presence alone says something of the person."""
    return _SPECIAL_CATEGORY_WORD.search("".join(key_tokens(key))) is not None

