"""Korean organisation rule data: the words organisation names end in, with the kind each
signals, and the phrases that introduce a list of them. Bodies that carry no organisation word
are in registry.tsv."""
import re
from pathlib import Path

from ...nlp.lexicon import org_endings, word_set, word_tuple

DATA = Path(__file__).with_name("data")   # this stage's word lists

# Ending of the last word of a name -> kind. Longest ending wins. `zone` endings need a proper
# noun at the start of the name (`톈진 빈하이 첨단산업기술개발지구`), since a bare `국가 …지구` is a
# status, not an organisation. A bare 지구 is not one: it ends districts and territories
# (`수지구`, `제5지구`, `가자지구`), which are places; development zones say 개발지구 or 특구.
SUFFIX_KIND: dict[str, str] = org_endings("ko", "suffix_finder")   # nlp/data/organisation_endings.tsv

# Names that are only a generic word.
GENERIC = {"정부", "재단", "협회", "센터", "그룹", "회사", "기업", "은행", "공사", "플랫폼", "연구소", "연구원", "위원회",
           "대학", "대학교", "지구", "특구", "계열사", "자회사", "중앙정부", "지방정부", "우리 정부", "양국 정부",
           "교육청", "교육지원청", "재판부", "합의부", "도교육청", "시교육청", "도청", "시청", "군청", "구청",
           "도의회", "시의회", "군의회", "구의회"}
# Words before a name that a name never starts with (time words the dates stage may not mark).
# Administrative districts before a name are its address (`서울 서초동 대검찰청`).
DISTRICT = re.compile(r"^[가-힣]{1,6}(?:동|구|군|읍|면|리)$")
NOT_IN_NAMES: set[str] = word_set(DATA / "ko_not_in_names.txt")

# The endings of schools' names and the syllable their short forms end in (`한빛대학교` is `한빛대`,
# `누리고등학교` is `누리고`).
SCHOOL_SHORT: dict[str, str] = {"대학교": "대", "대학": "대", "고등학교": "고", "중학교": "중", "초등학교": "초"}

# Ministries, agencies and offices: the stem before 부/청/처 must be one of these, since many
# common words end in 부/청/처 too (일부, 내부, 요청).
MINISTRY = r"(?:자원|통상|과학|기술|경제|보건|정보통신|통신|교육|안전|복지|노동|환경|교통|수산|중소벤처기업|기업|가족|문화|관광|체육|통일|외교|법무|국방|재정|식품|농림|축산|행정|국토|해양|창조과학|미래창조과학|산업|상무|재무|국무|국토안보|에너지|공업정보화)부"
# (and the regional offices named with their region: `대구경북중소벤처기업청`, `한강유역환경청`,
# `서울지방고용노동청`, `부산지방해양수산청`)
AGENCY = (r"(?:관리|경찰|특허|조달|기상|국세|관세|산림|병무|사업|문화재|통계|검찰|소방|해양경찰|우주항공|새만금개발|행정중심복합도시건설|"
          r"중소벤처기업|환경|고용노동|보훈|해양수산|재외동포|농촌진흥|국가유산|"
          r"에너지|의약품|항공|환경보호|식품안전|이민|해양대기|마약단속)청")
# (the last are foreign agencies as Korean renders them: `바스크 에너지청`, `유럽 의약품청`, `미국 연방항공청`,
# `미국 환경보호청`, `미국 해양대기청`, `미국 마약단속청`)
OFFICE = r"(?:안전|법제|혁신|보훈|인사혁신|국가보훈|식품의약품안전)처"

# Provinces and metropolitan governments, which act as organisations in releases.
PROVINCES: tuple[str, ...] = word_tuple(DATA / "ko_provinces.txt")
# Provinces by their short names (`전남`, `경기`): one body whether its name spells them out or not.
PROVINCE_SHORT: dict[str, str] = {"전라남도": "전남", "전라북도": "전북", "전북특별자치도": "전북", "경상남도": "경남", "경상북도": "경북",
                                  "충청남도": "충남", "충청북도": "충북", "강원특별자치도": "강원", "강원도": "강원", "경기도": "경기",
                                  "제주특별자치도": "제주", "제주도": "제주", "전남도": "전남", "전북도": "전북", "경남도": "경남",
                                  "경북도": "경북", "충남도": "충남", "충북도": "충북"}
# Korean cities (시) and counties (군) by their stem: a one-token proper noun ending in 시/군 that
# acts (`창원시는`) is a local government only when its stem is one of these; foreign and
# personal names end in 시/도 too (`무르시`, `페르시`, `김경도`).
LOCAL_GOVERNMENTS: frozenset[str] = frozenset(word_set(DATA / "ko_local_governments.txt"))
ZONE_KINDS = {"zone"}


def is_city_or_county(name: str) -> bool:
    """`창원시`, `진도군`: a 시 or 군 whose stem is in LOCAL_GOVERNMENTS (not `무르시`, a person)."""
    return bool(re.fullmatch(r"[가-힣]{1,5}(?:시|군)", name)) and name[:-1] in LOCAL_GOVERNMENTS

# Ministries end in 부/청/처, but so do many common words (일부, 내부, 요청): those need one of
# the stems below (MINISTRY, AGENCY, OFFICE) or a registry entry.
GOVERNMENT_WORDS = ("부", "청", "처")

# Phrases after a list of organisations (`A, B, C 등의 기업`, `A와 같은 기관`) and before one
# (`대표 기업으로는 A, B가 있다`).
# (`A, B 등의 기업`, `A, B 등 12개 기관`, `A, B 등 총 8개 스타트업`: a count may stand between
# the list and its kind; words of field there were tried: on unseen releases they list fields)
LIST_AFTER = r"(?:와|과)\s?같은\s?(?:기업|기관|업체|회사|단체)|\s?등의?\s" \
    r"(?:(?:총\s?)?\d+\s?(?:여\s?)?(?:개|곳)의?\s)?" \
    r"(?:(?![가-힣]*(?:와|과|및|나|며|고|서|을|를)\s)[가-힣]{1,8}\s){0,4}?" \
    r"(?:총\s?)?(?:\d+\s?(?:여\s?)?(?:개|곳)의?\s)?(?:기업|기관|업체|회사|단체|스타트업)"
# (`A, B 등 현지에 진출한 국내 기업`: a few words that say which before the kind, none joining another
# noun to it (`등 정부와 기업`) or closing a clause of their own; the count before or after them:
# `등 총 8개 인공지능 스타트업`)
LIST_BEFORE = r"(?:기업|기관|업체|회사)(?:으로는|에는|로는)\s"
# A body under, attached or related to the one named before it (`UNESCAP 산하기구`, `정부 유관기관`): no name.
RELATED_BODY = r"(?:산하|소속|직속|부속|하부|유관|관계|관련)\s?(?:기구|기관|단체|조직)"


# A political party: a name in …당 (`정의당`, `더불어민주당`), not a restaurant, church, hall or
# shrine (`한빛식당`, `누리성당`, `강당`), nor 정당 (a party, the common noun).
_PARTY = re.compile(r"[가-힣]{1,10}당")
_NOT_PARTIES = ("식당", "성당", "회당", "본당", "서당", "사당", "강당", "법당", "경로당", "예배당", "명당", "공당", "정당", "전당",
                "학당")


# A country's armed services, its police, prosecution and coast guard: common nouns that each name
# one body of a state (`해군`, `경찰은 …`: the police force, not any police).
STATE_FORCES = ("육군", "해군", "공군", "해병대", "국군", "해안경비대", "우주군", "경찰", "검찰", "해경", "해양경찰")


def a_party(name: str) -> bool:
    return _PARTY.fullmatch(name) is not None and not name.endswith(_NOT_PARTIES)
