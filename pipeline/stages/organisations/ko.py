"""Korean organisation rule data: the words organisation names end in, with the kind each
signals, and the phrases that introduce a list of them. Bodies that carry no organisation word
are in registry.tsv."""
import re

from ...nlp.lexicon import org_endings

# Ending of the last word of a name -> kind. Longest ending wins. `zone` endings need a proper
# noun at the start of the name (`톈진 빈하이 첨단산업기술개발지구`), since a bare `국가 …지구` is a
# status, not an organisation. A bare 지구 is not one: it ends districts and territories
# (`수지구`, `제5지구`, `가자지구`), which are places; development zones say 개발지구 or 특구.
SUFFIX_KIND: dict[str, str] = org_endings("ko", "suffix_finder")   # nlp/data/organisation_endings.tsv

# Names that are only a generic word.
GENERIC = {"정부", "재단", "협회", "센터", "그룹", "회사", "기업", "은행", "공사", "플랫폼", "연구소", "연구원", "위원회",
           "대학", "대학교", "지구", "특구", "계열사", "자회사", "중앙정부", "지방정부", "우리 정부", "양국 정부"}
# Words before a name that a name never starts with (time words the dates stage may not mark).
# Administrative districts before a name are its address (`서울 서초동 대검찰청`).
DISTRICT = re.compile(r"^[가-힣]{1,6}(?:동|구|군|읍|면|리)$")
NOT_IN_NAMES = {"오전", "오후", "현재", "당시", "최근", "올해", "지난해", "내년", "이날", "또", "또한", "특히", "한편", "이어", "전", "현",
                "신임", "초대", "前", "現", "계열", "산하", "소속", "자회사", "계열사", "모회사", "본사", "지사", "법인"}

# Ministries, agencies and offices: the stem before 부/청/처 must be one of these, since many
# common words end in 부/청/처 too (일부, 내부, 요청).
MINISTRY = r"(?:자원|통상|과학|기술|경제|보건|정보통신|통신|교육|안전|복지|노동|환경|교통|수산|중소벤처기업|기업|가족|문화|관광|체육|통일|외교|법무|국방|재정|식품|농림|축산|행정|국토|해양|창조과학|미래창조과학|산업|상무|재무|국무|국토안보|에너지|공업정보화)부"
AGENCY = r"(?:관리|경찰|특허|조달|기상|국세|관세|산림|병무|사업|문화재|통계|검찰|소방|해양경찰|우주항공|새만금개발|행정중심복합도시건설)청"
OFFICE = r"(?:안전|법제|혁신|보훈|인사혁신|국가보훈|식품의약품안전)처"

# Provinces and metropolitan governments, which act as organisations in releases.
PROVINCES = ("경기도", "강원도", "강원특별자치도", "충청북도", "충청남도", "전라북도", "전북특별자치도", "전라남도", "경상북도",
             "경상남도", "제주도", "제주특별자치도", "서울시", "서울특별시", "부산시", "부산광역시", "대구시", "대구광역시",
             "인천시", "인천광역시", "광주시", "광주광역시", "대전시", "대전광역시", "울산시", "울산광역시", "세종시",
             "세종특별자치시")
# Korean cities (시) and counties (군) by their stem: a one-token proper noun ending in 시/군 that
# acts (`창원시는`) is a local government only when its stem is one of these; foreign and
# personal names end in 시/도 too (`무르시`, `페르시`, `김경도`).
LOCAL_GOVERNMENTS = frozenset("""
서울 부산 대구 인천 광주 대전 울산 세종 수원 성남 고양 용인 부천 안산 안양 남양주 화성 평택 의정부 시흥 파주
김포 광명 군포 하남 오산 이천 안성 의왕 양주 포천 여주 동두천 과천 구리 춘천 원주 강릉 동해 태백 속초 삼척
청주 충주 제천 천안 공주 보령 아산 서산 논산 계룡 당진 전주 군산 익산 정읍 남원 김제 목포 여수 순천 나주 광양
포항 경주 김천 안동 구미 영주 영천 상주 문경 경산 창원 진주 통영 사천 김해 밀양 거제 양산 제주 서귀포
가평 양평 연천 홍천 횡성 영월 평창 정선 철원 화천 양구 인제 고성 양양 보은 옥천 영동 증평 진천 괴산 음성 단양
금산 부여 서천 청양 홍성 예산 태안 완주 진안 무주 장수 임실 순창 고창 부안 담양 곡성 구례 고흥 보성 화순 장흥
강진 해남 영암 무안 함평 영광 장성 완도 진도 신안 군위 의성 청송 영양 영덕 청도 고령 성주 칠곡 예천 봉화 울진
울릉 의령 함안 창녕 남해 하동 산청 함양 거창 합천 기장 달성 강화 옹진 울주
""".split())
ZONE_KINDS = {"zone"}


def is_city_or_county(name: str) -> bool:
    """`창원시`, `진도군`: a 시 or 군 whose stem is in LOCAL_GOVERNMENTS (not `무르시`, a person)."""
    return bool(re.fullmatch(r"[가-힣]{1,5}(?:시|군)", name)) and name[:-1] in LOCAL_GOVERNMENTS

# Ministries end in 부/청/처, but so do many common words (일부, 내부, 요청): those need one of
# the stems below (MINISTRY, AGENCY, OFFICE) or a registry entry.
GOVERNMENT_WORDS = ("부", "청", "처")

# Phrases after a list of organisations (`A, B, C 등의 기업`, `A와 같은 기관`) and before one
# (`대표 기업으로는 A, B가 있다`).
LIST_AFTER = r"(?:와|과)\s?같은\s?(?:기업|기관|업체|회사|단체)|\s?등의?\s(?:기업|기관|업체|회사|단체)"
LIST_BEFORE = r"(?:기업|기관|업체|회사)(?:으로는|에는|로는)\s"
