"""Lookups built once from the reference data: countries by any spelling, calling codes, US/CA regions."""

from __future__ import annotations

import re
from typing import Dict

from .reference_data import COUNTRY_ROWS

_NOT_LETTER = re.compile(r"[\W\d_]+")


def letters_key(text: str) -> str:
    """Lowercase letters only: the key every spelling of a place is looked up by (`U.S.A.` -> `usa`)."""
    return _NOT_LETTER.sub("", text.lower())


# Spellings people type that are not an ISO name: keys are letters_key() forms.
_COUNTRY_ALIASES = {
    "usa": "us", "america": "us", "unitedstatesofamerica": "us", "etatsunis": "us", "estadosunidos": "us",
    "uk": "gb", "greatbritain": "gb", "britain": "gb", "england": "gb", "scotland": "gb", "wales": "gb",
    "northernireland": "gb", "southkorea": "kr", "korea": "kr", "northkorea": "kp", "russia": "ru",
    "iran": "ir", "vietnam": "vn", "laos": "la", "syria": "sy", "taiwan": "tw", "turkey": "tr",
    "macedonia": "mk", "swaziland": "sz", "burma": "mm", "capeverde": "cv", "easttimor": "tl",
    "vatican": "va", "palestine": "ps", "moldova": "md", "tanzania": "tz", "venezuela": "ve",
    "bolivia": "bo", "micronesia": "fm", "brunei": "bn", "holland": "nl", "thenetherlands": "nl",
    "czechrepublic": "cz", "ivorycoast": "ci", "congo": "cg", "drc": "cd", "uae": "ae",
    "deutschland": "de", "allemagne": "de", "espana": "es", "españa": "es", "italia": "it",
    "brasil": "br", "méxico": "mx", "nederland": "nl", "schweiz": "ch", "suisse": "ch",
    "österreich": "at", "belgique": "be", "belgië": "be", "polska": "pl", "sverige": "se", "norge": "no",
    "danmark": "dk", "suomi": "fi", "éire": "ie", "nippon": "jp", "zhongguo": "cn",
}

COUNTRY_BY_KEY: Dict[str, str] = {}
CALLING_CODE: Dict[str, str] = {}
for _row in COUNTRY_ROWS.splitlines():
    _alpha2, _alpha3, _calling, _names = _row.split(" ", 3)
    _code = _alpha2.lower()
    COUNTRY_BY_KEY[_code] = _code
    COUNTRY_BY_KEY[_alpha3.lower()] = _code
    for _name in _names.split("|"):
        COUNTRY_BY_KEY.setdefault(letters_key(_name), _code)
    if _calling != "-":
        CALLING_CODE[_code] = _calling
COUNTRY_BY_KEY.update(_COUNTRY_ALIASES)

# US states, DC and territories, and Canadian provinces: the 2-letter code Meta wants for `st`.
_REGION_ROWS = """\
al alabama|ak alaska|az arizona|ar arkansas|ca california|co colorado|ct connecticut|de delaware
dc district of columbia|fl florida|ga georgia|hi hawaii|id idaho|il illinois|in indiana|ia iowa|ks kansas
ky kentucky|la louisiana|me maine|md maryland|ma massachusetts|mi michigan|mn minnesota|ms mississippi
mo missouri|mt montana|ne nebraska|nv nevada|nh new hampshire|nj new jersey|nm new mexico|ny new york
nc north carolina|nd north dakota|oh ohio|ok oklahoma|or oregon|pa pennsylvania|ri rhode island
sc south carolina|sd south dakota|tn tennessee|tx texas|ut utah|vt vermont|va virginia|wa washington
wv west virginia|wi wisconsin|wy wyoming|pr puerto rico|gu guam|vi us virgin islands|as american samoa
mp northern mariana islands|ab alberta|bc british columbia|mb manitoba|nb new brunswick
nl newfoundland and labrador|ns nova scotia|nt northwest territories|nu nunavut|on ontario
pe prince edward island|qc quebec|sk saskatchewan|yt yukon"""

REGION_CODE_BY_NAME: Dict[str, str] = {}
for _entry in _REGION_ROWS.replace("\n", "|").split("|"):
    _region_code, _region_name = _entry.split(" ", 1)
    REGION_CODE_BY_NAME[letters_key(_region_name)] = _region_code
REGION_CODE_BY_NAME.update({"québec": "qc", "newfoundland": "nl", "washingtondc": "dc", "yukonterritory": "yt"})

# The largest towns of the countries whose street lines postal.py reads, by country, in the canonical form in lower
# case as a search box gets them (accents folded: `munchen`), in their own language and in English; none a word of
# its own (no `reading`, `bath`, `nice`, `essen`, `cork`, `oxford`, `cologne`, `dijon`, `wellington`): a town named
# after a street line with no comma is known by its name only (postal.searched_address). Lexicon data by country.
_TOWN_ROWS = {
    "gb ie": "london birmingham manchester leeds glasgow liverpool edinburgh bristol sheffield cardiff belfast "
             "leicester coventry nottingham newcastle bradford southampton portsmouth brighton plymouth "
             "wolverhampton aberdeen dundee swansea norwich exeter sunderland milton+keynes dublin galway",
    "us": "new+york los+angeles chicago houston philadelphia san+antonio san+diego dallas san+jose jacksonville "
          "columbus indianapolis seattle denver boston nashville detroit las+vegas memphis louisville baltimore "
          "milwaukee albuquerque tucson fresno sacramento atlanta miami oakland minneapolis tulsa cleveland tampa "
          "orlando pittsburgh cincinnati st+louis new+orleans",
    "ca au nz": "toronto montreal vancouver calgary edmonton ottawa winnipeg halifax sydney melbourne brisbane "
                "perth adelaide canberra hobart auckland christchurch",
    "de at ch": "berlin hamburg munchen munich koln frankfurt stuttgart dusseldorf dortmund leipzig bremen dresden "
                "hannover nurnberg nuremberg duisburg bochum wuppertal bielefeld mannheim karlsruhe augsburg "
                "wiesbaden munster wien vienna graz linz salzburg innsbruck zurich geneve geneva genf basel bern "
                "lausanne",
    "fr be lu": "paris marseille lyon toulouse nantes strasbourg montpellier lille rennes reims toulon grenoble "
                "angers bruxelles brussel brussels antwerpen antwerp anvers gent ghent liege charleroi",
    "nl": "amsterdam rotterdam den+haag the+hague utrecht eindhoven groningen tilburg almere nijmegen haarlem "
          "arnhem maastricht",
    "es pt": "madrid barcelona valencia sevilla seville zaragoza malaga murcia bilbao alicante cordoba valladolid "
             "vigo gijon lisboa lisbon porto",
    "it": "roma rome milano milan napoli naples torino turin palermo genova genoa bologna firenze florence venezia "
          "venice verona catania trieste padova",
    "pl cz sk hu": "warszawa warsaw krakow lodz wroclaw poznan gdansk szczecin lublin katowice praha prague brno "
                   "ostrava bratislava budapest",
    "se no dk fi is": "stockholm goteborg gothenburg malmo oslo kobenhavn copenhagen aarhus odense helsinki espoo "
                      "tampere reykjavik",
    "tr": "istanbul ankara izmir bursa antalya adana konya",
    "jp": "tokyo osaka yokohama nagoya sapporo kyoto fukuoka hiroshima sendai",
}
TOWN_NAMES = frozenset(town.replace("+", " ") for towns in _TOWN_ROWS.values() for town in towns.split())
# (closer 206, review 36) ... and the towns left out of them for being words of their own, by country, read only where
# a comma sets a place off after a shop's or a firm's name (`Payment to Tesco, Oxford`), never as a lone word.
TOWNS_THAT_ARE_WORDS = frozenset(
    "oxford cambridge york bath reading wellington cork nice dijon essen cologne".split())
# (mend 52, review 43) China's provinces and regions and its largest cities in pinyin, Korea's provinces and largest
# cities and Seoul's best-known districts in Revised Romanization, written together in lower case: place names two
# Chinese or Korean given names' syllables also spell (`lanzhou`, `yunnan`, `ningbo`, `hannam`), read where a rule
# asks whether such a word is a person's given name (given_names.two_name_syllables). Lexicon data by country.
_EAST_ASIAN_PLACE_ROWS = {
    "cn provinces": "anhui beijing chongqing fujian gansu guangdong guangxi guizhou hainan hebei heilongjiang henan "
                    "hubei hunan jiangsu jiangxi jilin liaoning neimenggu ningxia qinghai shaanxi shandong shanghai "
                    "shanxi sichuan tianjin xizang xinjiang yunnan zhejiang hongkong xianggang aomen taiwan",
    "cn cities": "guangzhou shenzhen chengdu nanjing wuhan xian hangzhou dongguan foshan shenyang harbin haerbin "
                 "qingdao dalian jinan zhengzhou changsha kunming changchun urumqi wulumuqi shantou hefei "
                 "shijiazhuang ningbo taiyuan nanning xiamen fuzhou wuxi zibo changzhou suzhou nanchang guiyang "
                 "lanzhou tangshan yantai linyi xuzhou baotou huizhou handan zhongshan wenzhou luoyang nantong datong "
                 "huainan liuzhou anshan fushun baoding hohhot huhehaote jiangmen zhuhai yancheng shaoxing taizhou "
                 "jiaxing yangzhou zhanjiang jiujiang yichang xiangyang weifang zhuzhou xiangtan xining yinchuan "
                 "haikou sanya lhasa lasa fuyang quanzhou putian zhangzhou ganzhou mianyang nanchong yibin luzhou "
                 "guilin beihai wuhu bengbu anqing jining taian rizhao weihai dongying yiwu kunshan jiangyin changshu "
                 "qiqihar daqing mudanjiang jinzhou yingkou dandong kaifeng xinxiang anyang nanyang jingzhou yueyang "
                 "changde hengyang chaozhou jieyang zhaoqing qingyuan baoji xianyang hanzhong yulin yanan tianshui "
                 "dunhuang kashgar kashi turpan dali lijiang qujing zhangjiakou qinhuangdao chengde cangzhou langfang "
                 "xingtai hengshui yangjiang shaoguan maoming meizhou jiamusi siping tonghua yanji chifeng ordos "
                 "dongcheng chaoyang",
    "kr": "seoul busan incheon daegu daejeon gwangju ulsan sejong gyeonggi gangwon chungcheong chungbuk chungnam "
          "jeolla jeonbuk jeonnam gyeongsang gyeongbuk gyeongnam jeju suwon seongnam goyang yongin bucheon ansan "
          "cheongju jeonju anyang changwon gimhae pohang hwaseong namyangju uijeongbu siheung paju gimpo gwangmyeong "
          "pyeongtaek cheonan asan wonju chuncheon gangneung sokcho mokpo yeosu suncheon gunsan iksan gyeongju gumi "
          "andong jinju tongyeong geoje yangsan osan hanam icheon guri gunpo chungju jecheon seogwipo gangnam hannam "
          "seongsu itaewon hongdae jongno insadong sinchon mapo yeouido jamsil myeongdong",
}
EAST_ASIAN_PLACES = frozenset(place for places in _EAST_ASIAN_PLACE_ROWS.values() for place in places.split())
