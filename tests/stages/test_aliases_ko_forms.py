"""Korean alias names: the words news and releases write before a name to say what it is, where
or when, which the bracket does not render (`미국 일간 …`, `걸그룹 …`, `서울 소재 …`, `다음 시즌 …`,
`반면 …`), and names that only look like they open with such a word."""
import pytest

from pipeline import extract


def pairs(text):
    recs = extract(text, lang="ko", anchor="2025-02-20")
    return [(a.name.text, a.alias.text) for a in recs["aliases.jsonl"]]


@pytest.mark.parametrize("text, expected", [
    # kinds of newspaper and broadcaster
    ("영국 일간 한빛타임스(HBT)는 이번 협약을 크게 다뤘다.", [("한빛타임스", "HBT")]),
    ("독일 일간지 프랑크푸르터 알게마이네(FAZ)가 한빛시의 정책을 소개했다.", [("프랑크푸르터 알게마이네", "FAZ")]),
    ("방송사 채널에이(Channel A)는 특집 방송을 편성했다.", [("채널에이", "Channel A")]),
    # kinds of band and performer, and their members
    ("그룹 멤버 하늘(HANEUL)이 홍보대사로 위촉됐다.", [("하늘", "HANEUL")]),
    ("인기 보이그룹 별빛소년(SBB)의 축하공연이 이어졌다.", [("별빛소년", "SBB")]),
    ("아이돌 그룹 하이파이브(HIGH5)가 무대에 오른다.", [("하이파이브", "HIGH5")]),
    # people named by what they do online and by their nationality
    ("유튜브 이용자 영국인 조지(George)가 체험 영상을 올렸다.", [("조지", "George")]),
    # kinds of company by their trade
    ("국내 제약사 한빛바이오(HBB)와 공동개발을 추진한다.", [("한빛바이오", "HBB")]),
    # where it is
    ("서울 소재 한빛로보틱스(HRB) 등 5개사가 선정됐다.", [("한빛로보틱스", "HRB")]),
    # when, and how the clause links to the one before
    ("다음 시즌 미국 메이저리그(MLB)에서 뛰게 된다.", [("메이저리그", "MLB")]),
    ("반면 유럽연합(EU)은 규제를 강화했다.", [("유럽연합", "EU")]),
    ("최근 한빛연구원(HRI)은 보고서를 냈다.", [("한빛연구원", "HRI")]),
    ("그 결과 국제통화기금(IMF)은 전망을 높였다.", [("국제통화기금", "IMF")]),
    # which one, or what it is for now
    ("한빛시는 별도 준비위원회(Preparatory Committee)를 꾸렸다.", [("준비위원회", "Preparatory Committee")]),
])
def test_words_before_a_name_are_no_part_of_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the rendering sounds out the word: it is the name's own
    ("밴드 오브 브라더스(Band of Brothers) 상영회가 열린다.", [("밴드 오브 브라더스", "Band of Brothers")]),
    ("다음 카카오(Daum Kakao)와 협약을 맺었다.", [("다음 카카오", "Daum Kakao")]),
    ("그룹 에이치(Group H)와 협약을 맺었다.", [("그룹 에이치", "Group H")]),
    # or translates it, where the word may be part of a name with that meaning
    ("다음 세대 지도자 포럼(Next Generation Leaders Forum)이 열렸다.",
     [("다음 세대 지도자 포럼", "Next Generation Leaders Forum")]),
    ("무역 관련 지식재산권 협정(TRIPS)에 따라 보호한다.", [("무역 관련 지식재산권 협정", "TRIPS")]),
    ("무역 관련 지식재산권에 관한 협정(TRIPS)에 따라 보호한다.", [("무역 관련 지식재산권에 관한 협정", "TRIPS")]),
    ("금융 이용자 보호 위원회(FUPC)가 출범했다.", [("금융 이용자 보호 위원회", "FUPC")]),
    # (a meaning the name after it sounds out is the name's; a proper name is no translation)
    ("영국 일간 데일리메일(Daily Mail)은 이를 보도했다.", [("데일리메일", "Daily Mail")]),
    ("미국 소재 마이크로소프트(MS)는 투자를 늘렸다.", [("마이크로소프트", "MS")]),
    # a country the rendering renders stays
    ("싱가포르 경제개발청(Singapore Economic Development Board)과 논의했다.",
     [("싱가포르 경제개발청", "Singapore Economic Development Board")]),
])
def test_words_the_rendering_renders_stay(text, expected):
    assert pairs(text) == expected


def test_a_foreign_name_ending_like_a_body_word_is_kept_before_an_acronym():
    # `원` (One) ends 포뮬러원 as it ends 연구원: the acronym's first letter is its sound
    assert pairs("대회 운영을 맡은 포뮬러원 매니지먼트(FOM)와 협의했다.") == [("포뮬러원 매니지먼트", "FOM")]


def test_a_word_reading_out_the_acronym_is_all_of_the_name():
    assert pairs("부산 소재 해운사 에이치엠엠(HMM)은 신규 노선을 열었다.") == [("에이치엠엠", "HMM")]


@pytest.mark.parametrize("text, expected", [
    # the postposition verb stands for no letter of the acronym: its complement is counted in
    ("양국은 조건에 기초한 한빛 이양 계획(COHP)을 승인했다.", [("조건에 기초한 한빛 이양 계획", "COHP")]),
    # a title's acronym leaves words out: the complement is part of the name however long
    ("정부는 멸종위기 야생동물 보호에 관한 협약(CPEA)에 가입했다.", [("멸종위기 야생동물 보호에 관한 협약", "CPEA")]),
    ("정부는 습지 보전에 관한 협약(CWC)에 가입했다.", [("습지 보전에 관한 협약", "CWC")]),
])
def test_a_postposition_verbs_complement_belongs_to_the_name(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("국책연구기관 한국개발연구원(KDI)이 전망을 내놓았다.", [("한국개발연구원", "KDI")]),
    ("사우디아라비아 국부펀드 공공투자펀드(PIF)와 협력한다.", [("공공투자펀드", "PIF")]),
    ("비영리기관 한빛재단(HF)이 장학금을 후원한다.", [("한빛재단", "HF")]),
    ("국제 환경단체 그린피스(Greenpeace)는 보고서를 냈다.", [("그린피스", "Greenpeace")]),
    ("미국 싱크탱크 헤리티지재단(Heritage Foundation)은 토론회를 열었다.", [("헤리티지재단", "Heritage Foundation")]),
    # a kind of body inside a name the acronym spells: the rest has fewer nouns than letters
    ("한국 중소기업 진흥공단(SBC)과 협약했다.", [("중소기업 진흥공단", "SBC")]),
    ("한국 여성 단체 연합(KWAU)이 성명을 냈다.", [("한국 여성 단체 연합", "KWAU")]),
])
def test_a_kind_of_body_before_its_name_is_no_part_of_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a Han character reads as one Korean syllable, a Chinese or Japanese name's sounds in at most two
    ("누리그룹 창업자 고(故) 한누리 회장의 뜻을 기린다.", [("고", "故")]),
    ("홍콩 특별행정구 렁춘잉(梁振英) 행정장관이 참석했다.", [("렁춘잉", "梁振英")]),
    # and no fewer: a country the Hanja reads too belongs to the name
    ("한국 정부(韓國政府)는 이날 입장을 밝혔다.", [("한국 정부", "韓國政府")]),
    ("중국 상무부(商務部)는 이날 입장을 밝혔다.", [("상무부", "商務部")]),
])
def test_a_han_rendering_has_as_many_characters_as_the_name_has_syllables(text, expected):
    assert pairs(text) == expected


def test_a_place_the_rendering_spells_with_accents_stays():
    assert pairs("브라질 상파울루 주정부(São Paulo State Government)와 협약했다.") == \
        [("상파울루 주정부", "São Paulo State Government")]
