"""Reference tables: ISO 3166-1 countries with ITU calling codes, and ISO 4217 currencies.

Data only (facts from the standards), parsed once at import: componentize-py snapshots the result at build
time, so lookups cost nothing per event. One row per country: alpha-2, alpha-3, calling code (`-` when
none), then its names separated by `|`.
"""

COUNTRY_ROWS = """\
AD AND 376 Andorra|Principality of Andorra
AE ARE 971 United Arab Emirates
AF AFG 93 Afghanistan|Islamic Republic of Afghanistan
AG ATG 1 Antigua and Barbuda
AI AIA 1 Anguilla
AL ALB 355 Albania|Republic of Albania
AM ARM 374 Armenia|Republic of Armenia
AO AGO 244 Angola|Republic of Angola
AQ ATA - Antarctica
AR ARG 54 Argentina|Argentine Republic
AS ASM 1 American Samoa
AT AUT 43 Austria|Republic of Austria
AU AUS 61 Australia
AW ABW 297 Aruba
AX ALA 358 Åland Islands
AZ AZE 994 Azerbaijan|Republic of Azerbaijan
BA BIH 387 Bosnia and Herzegovina|Republic of Bosnia and Herzegovina
BB BRB 1 Barbados
BD BGD 880 Bangladesh|People's Republic of Bangladesh
BE BEL 32 Belgium|Kingdom of Belgium
BF BFA 226 Burkina Faso
BG BGR 359 Bulgaria|Republic of Bulgaria
BH BHR 973 Bahrain|Kingdom of Bahrain
BI BDI 257 Burundi|Republic of Burundi
BJ BEN 229 Benin|Republic of Benin
BL BLM 590 Saint Barthélemy
BM BMU 1 Bermuda
BN BRN 673 Brunei Darussalam
BO BOL 591 Bolivia, Plurinational State of|Plurinational State of Bolivia|Bolivia
BQ BES 599 Bonaire, Sint Eustatius and Saba
BR BRA 55 Brazil|Federative Republic of Brazil
BS BHS 1 Bahamas|Commonwealth of the Bahamas
BT BTN 975 Bhutan|Kingdom of Bhutan
BV BVT - Bouvet Island
BW BWA 267 Botswana|Republic of Botswana
BY BLR 375 Belarus|Republic of Belarus
BZ BLZ 501 Belize
CA CAN 1 Canada
CC CCK 61 Cocos (Keeling) Islands
CD COD 243 Congo, The Democratic Republic of the
CF CAF 236 Central African Republic
CG COG 242 Congo|Republic of the Congo
CH CHE 41 Switzerland|Swiss Confederation
CI CIV 225 Côte d'Ivoire|Republic of Côte d'Ivoire
CK COK 682 Cook Islands
CL CHL 56 Chile|Republic of Chile
CM CMR 237 Cameroon|Republic of Cameroon
CN CHN 86 China|People's Republic of China
CO COL 57 Colombia|Republic of Colombia
CR CRI 506 Costa Rica|Republic of Costa Rica
CU CUB 53 Cuba|Republic of Cuba
CV CPV 238 Cabo Verde|Republic of Cabo Verde
CW CUW 599 Curaçao
CX CXR 61 Christmas Island
CY CYP 357 Cyprus|Republic of Cyprus
CZ CZE 420 Czechia|Czech Republic
DE DEU 49 Germany|Federal Republic of Germany
DJ DJI 253 Djibouti|Republic of Djibouti
DK DNK 45 Denmark|Kingdom of Denmark
DM DMA 1 Dominica|Commonwealth of Dominica
DO DOM 1 Dominican Republic
DZ DZA 213 Algeria|People's Democratic Republic of Algeria
EC ECU 593 Ecuador|Republic of Ecuador
EE EST 372 Estonia|Republic of Estonia
EG EGY 20 Egypt|Arab Republic of Egypt
EH ESH 212 Western Sahara
ER ERI 291 Eritrea|the State of Eritrea
ES ESP 34 Spain|Kingdom of Spain
ET ETH 251 Ethiopia|Federal Democratic Republic of Ethiopia
FI FIN 358 Finland|Republic of Finland
FJ FJI 679 Fiji|Republic of Fiji
FK FLK 500 Falkland Islands (Malvinas)
FM FSM 691 Micronesia, Federated States of|Federated States of Micronesia
FO FRO 298 Faroe Islands
FR FRA 33 France|French Republic
GA GAB 241 Gabon|Gabonese Republic
GB GBR 44 United Kingdom|United Kingdom of Great Britain and Northern Ireland
GD GRD 1 Grenada
GE GEO 995 Georgia
GF GUF 594 French Guiana
GG GGY 44 Guernsey
GH GHA 233 Ghana|Republic of Ghana
GI GIB 350 Gibraltar
GL GRL 299 Greenland
GM GMB 220 Gambia|Republic of the Gambia
GN GIN 224 Guinea|Republic of Guinea
GP GLP 590 Guadeloupe
GQ GNQ 240 Equatorial Guinea|Republic of Equatorial Guinea
GR GRC 30 Greece|Hellenic Republic
GS SGS - South Georgia and the South Sandwich Islands
GT GTM 502 Guatemala|Republic of Guatemala
GU GUM 1 Guam
GW GNB 245 Guinea-Bissau|Republic of Guinea-Bissau
GY GUY 592 Guyana|Republic of Guyana
HK HKG 852 Hong Kong|Hong Kong Special Administrative Region of China
HM HMD - Heard Island and McDonald Islands
HN HND 504 Honduras|Republic of Honduras
HR HRV 385 Croatia|Republic of Croatia
HT HTI 509 Haiti|Republic of Haiti
HU HUN 36 Hungary
ID IDN 62 Indonesia|Republic of Indonesia
IE IRL 353 Ireland
IL ISR 972 Israel|State of Israel
IM IMN 44 Isle of Man
IN IND 91 India|Republic of India
IO IOT 246 British Indian Ocean Territory
IQ IRQ 964 Iraq|Republic of Iraq
IR IRN 98 Iran, Islamic Republic of|Islamic Republic of Iran|Iran
IS ISL 354 Iceland|Republic of Iceland
IT ITA 39 Italy|Italian Republic
JE JEY 44 Jersey
JM JAM 1 Jamaica
JO JOR 962 Jordan|Hashemite Kingdom of Jordan
JP JPN 81 Japan
KE KEN 254 Kenya|Republic of Kenya
KG KGZ 996 Kyrgyzstan|Kyrgyz Republic
KH KHM 855 Cambodia|Kingdom of Cambodia
KI KIR 686 Kiribati|Republic of Kiribati
KM COM 269 Comoros|Union of the Comoros
KN KNA 1 Saint Kitts and Nevis
KP PRK 850 Korea, Democratic People's Republic of|Democratic People's Republic of Korea|North Korea
KR KOR 82 Korea, Republic of|South Korea
KW KWT 965 Kuwait|State of Kuwait
KY CYM 1 Cayman Islands
KZ KAZ 7 Kazakhstan|Republic of Kazakhstan
LA LAO 856 Lao People's Democratic Republic|Laos
LB LBN 961 Lebanon|Lebanese Republic
LC LCA 1 Saint Lucia
LI LIE 423 Liechtenstein|Principality of Liechtenstein
LK LKA 94 Sri Lanka|Democratic Socialist Republic of Sri Lanka
LR LBR 231 Liberia|Republic of Liberia
LS LSO 266 Lesotho|Kingdom of Lesotho
LT LTU 370 Lithuania|Republic of Lithuania
LU LUX 352 Luxembourg|Grand Duchy of Luxembourg
LV LVA 371 Latvia|Republic of Latvia
LY LBY 218 Libya
MA MAR 212 Morocco|Kingdom of Morocco
MC MCO 377 Monaco|Principality of Monaco
MD MDA 373 Moldova, Republic of|Republic of Moldova|Moldova
ME MNE 382 Montenegro
MF MAF 590 Saint Martin (French part)
MG MDG 261 Madagascar|Republic of Madagascar
MH MHL 692 Marshall Islands|Republic of the Marshall Islands
MK MKD 389 North Macedonia|Republic of North Macedonia
ML MLI 223 Mali|Republic of Mali
MM MMR 95 Myanmar|Republic of Myanmar
MN MNG 976 Mongolia
MO MAC 853 Macao|Macao Special Administrative Region of China
MP MNP 1 Northern Mariana Islands|Commonwealth of the Northern Mariana Islands
MQ MTQ 596 Martinique
MR MRT 222 Mauritania|Islamic Republic of Mauritania
MS MSR 1 Montserrat
MT MLT 356 Malta|Republic of Malta
MU MUS 230 Mauritius|Republic of Mauritius
MV MDV 960 Maldives|Republic of Maldives
MW MWI 265 Malawi|Republic of Malawi
MX MEX 52 Mexico|United Mexican States
MY MYS 60 Malaysia
MZ MOZ 258 Mozambique|Republic of Mozambique
NA NAM 264 Namibia|Republic of Namibia
NC NCL 687 New Caledonia
NE NER 227 Niger|Republic of the Niger
NF NFK 672 Norfolk Island
NG NGA 234 Nigeria|Federal Republic of Nigeria
NI NIC 505 Nicaragua|Republic of Nicaragua
NL NLD 31 Netherlands|Kingdom of the Netherlands
NO NOR 47 Norway|Kingdom of Norway
NP NPL 977 Nepal|Federal Democratic Republic of Nepal
NR NRU 674 Nauru|Republic of Nauru
NU NIU 683 Niue
NZ NZL 64 New Zealand
OM OMN 968 Oman|Sultanate of Oman
PA PAN 507 Panama|Republic of Panama
PE PER 51 Peru|Republic of Peru
PF PYF 689 French Polynesia
PG PNG 675 Papua New Guinea|Independent State of Papua New Guinea
PH PHL 63 Philippines|Republic of the Philippines
PK PAK 92 Pakistan|Islamic Republic of Pakistan
PL POL 48 Poland|Republic of Poland
PM SPM 508 Saint Pierre and Miquelon
PN PCN - Pitcairn
PR PRI 1 Puerto Rico
PS PSE 970 Palestine, State of|the State of Palestine
PT PRT 351 Portugal|Portuguese Republic
PW PLW 680 Palau|Republic of Palau
PY PRY 595 Paraguay|Republic of Paraguay
QA QAT 974 Qatar|State of Qatar
RE REU 262 Réunion
RO ROU 40 Romania
RS SRB 381 Serbia|Republic of Serbia
RU RUS 7 Russian Federation
RW RWA 250 Rwanda|Rwandese Republic
SA SAU 966 Saudi Arabia|Kingdom of Saudi Arabia
SB SLB 677 Solomon Islands
SC SYC 248 Seychelles|Republic of Seychelles
SD SDN 249 Sudan|Republic of the Sudan
SE SWE 46 Sweden|Kingdom of Sweden
SG SGP 65 Singapore|Republic of Singapore
SH SHN 290 Saint Helena, Ascension and Tristan da Cunha
SI SVN 386 Slovenia|Republic of Slovenia
SJ SJM 47 Svalbard and Jan Mayen
SK SVK 421 Slovakia|Slovak Republic
SL SLE 232 Sierra Leone|Republic of Sierra Leone
SM SMR 378 San Marino|Republic of San Marino
SN SEN 221 Senegal|Republic of Senegal
SO SOM 252 Somalia|Federal Republic of Somalia
SR SUR 597 Suriname|Republic of Suriname
SS SSD 211 South Sudan|Republic of South Sudan
ST STP 239 Sao Tome and Principe|Democratic Republic of Sao Tome and Principe
SV SLV 503 El Salvador|Republic of El Salvador
SX SXM 1 Sint Maarten (Dutch part)
SY SYR 963 Syrian Arab Republic|Syria
SZ SWZ 268 Eswatini|Kingdom of Eswatini
TC TCA 1 Turks and Caicos Islands
TD TCD 235 Chad|Republic of Chad
TF ATF - French Southern Territories
TG TGO 228 Togo|Togolese Republic
TH THA 66 Thailand|Kingdom of Thailand
TJ TJK 992 Tajikistan|Republic of Tajikistan
TK TKL 690 Tokelau
TL TLS 670 Timor-Leste|Democratic Republic of Timor-Leste
TM TKM 993 Turkmenistan
TN TUN 216 Tunisia|Republic of Tunisia
TO TON 676 Tonga|Kingdom of Tonga
TR TUR 90 Türkiye|Republic of Türkiye
TT TTO 1 Trinidad and Tobago|Republic of Trinidad and Tobago
TV TUV 688 Tuvalu
TW TWN 886 Taiwan, Province of China|Taiwan
TZ TZA 255 Tanzania, United Republic of|United Republic of Tanzania|Tanzania
UA UKR 380 Ukraine
UG UGA 256 Uganda|Republic of Uganda
UM UMI - United States Minor Outlying Islands
US USA 1 United States|United States of America
UY URY 598 Uruguay|Eastern Republic of Uruguay
UZ UZB 998 Uzbekistan|Republic of Uzbekistan
VA VAT 39 Holy See (Vatican City State)
VC VCT 1 Saint Vincent and the Grenadines
VE VEN 58 Venezuela, Bolivarian Republic of|Bolivarian Republic of Venezuela|Venezuela
VG VGB 1 Virgin Islands, British|British Virgin Islands
VI VIR 1 Virgin Islands, U.S.|Virgin Islands of the United States
VN VNM 84 Viet Nam|Socialist Republic of Viet Nam|Vietnam
VU VUT 678 Vanuatu|Republic of Vanuatu
WF WLF 681 Wallis and Futuna
WS WSM 685 Samoa|Independent State of Samoa
YE YEM 967 Yemen|Republic of Yemen
YT MYT 262 Mayotte
ZA ZAF 27 South Africa|Republic of South Africa
ZM ZMB 260 Zambia|Republic of Zambia
ZW ZWE 263 Zimbabwe|Republic of Zimbabwe
"""

CURRENCY_CODES = frozenset(
    """
    AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD
    CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP
    GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR
    KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN
    MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD
    SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX
    USD USN UYI UYU UYW UZS VED VES VND VUV WST XAD XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD
    XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWG
    """.split()
)
