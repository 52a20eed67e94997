"""Korean event data: trigger lemmas, light verbs, clause endings, status cues, reference words.

Korean event words are mostly Sino-Korean nouns made into verbs (`설립되었다` = 설립 + 되 + 었 + 다,
`체결했다` = 체결 + 하 + 였 + 다) or carried by a light verb after a particle (`승인을 받았다`,
`MOU를 맺었다`, `인수를 완료했다`). Kiwi gives the noun as its own morpheme, so one lemma here
covers every inflected form. Examples of each: `examples/ko.tsv`.
"""

from pathlib import Path

from ...nlp.lexicon import data_lines, reference_words

# Noun (or verb-stem) lemma -> event type. The noun must be the head of its compound and be used
# as a verb (see `triggers.ko_triggers`).
TRIGGERS: dict[str, str] = {
    # founding
    "설립": "founding", "창립": "founding", "창업": "founding", "창설": "founding", "창단": "founding",
    # approval
    "승인": "approval", "인가": "approval", "허가": "approval", "인증": "approval", "허가증": "approval",
    "통과": "approval",   # a review or a vote passed (`본회의를 통과했다`): `PASSED` before it
    "의결": "approval", "가결": "approval",   # a board or a committee resolving (`안건을 의결했다`)
    # designation
    "지정": "designation", "선정": "designation",
    "등재": "designation",   # inscribed on a list or register (`세계유산목록에 등재되었다`)
    # agreement
    "체결": "agreement", "협약": "agreement", "제휴": "agreement", "합의": "agreement", "계약": "agreement",
    "맺다": "agreement", "서명": "agreement",
    "수주": "agreement",   # a contract won (`터널 공사를 수주했다`): the deal, the winner its subject
    # launch
    "출시": "launch", "출범": "launch", "발매": "launch", "론칭": "launch", "런칭": "launch",
    "발족": "launch",   # a body or a programme set up (`자문위원회를 발족했다`; a body that does is founded: FOUNDED_WHEN_ORG)
    "공모": "launch",   # a call for proposals or entries opened (`…사업을 공모한다`)
    "선보이다": "launch",
    # investment
    "투자": "investment", "유치": "investment", "출자": "investment",
    # acquisition
    "인수": "acquisition", "합병": "acquisition", "인수합병": "acquisition", "매입": "acquisition",
    # appointment
    "선임": "appointment", "임명": "appointment", "취임": "appointment", "내정": "appointment", "영입": "appointment",
    "위촉": "appointment",   # a person commissioned to a board or a post (`자문위원장으로 위촉했다`)
    # award
    "수상": "award", "수여": "award", "표창": "award", "시상": "award",
    # listing
    "상장": "listing", "기업공개": "listing",
    # opening
    "개설": "opening", "개소": "opening", "개관": "opening", "개장": "opening", "개원": "opening",
    "개점": "opening", "설치": "opening", "열다": "opening",
    "개통": "opening",   # a road, a line or a bridge opened to traffic (`확장 구간을 개통했다`)
    # announcement (a reporting verb counts only with a date of its own, like every event)
    "발표": "announcement", "공표": "announcement", "밝히다": "announcement",
    "선포": "announcement",   # a vision or a status proclaimed (`탄소중립 도시를 선포했다`)
    # meeting: a conference, forum, expo, talks or ceremony held or attended
    "개최": "meeting", "참석": "meeting", "회담": "meeting", "면담": "meeting", "회동": "meeting", "접견": "meeting",
    "참가": "meeting", "열리다": "meeting", "만나다": "meeting",
    # visit
    "방문": "visit", "순방": "visit", "방한": "visit", "방중": "visit", "방미": "visit", "내한": "visit",
    # a site toured or inspected (`생산시설을 둘러봤다`, `현장을 시찰하고`)
    "둘러보다": "visit", "시찰": "visit", "견학": "visit",
    # other: ground-breaking, completion, start of a trial, a filing, a subscription, an exhibition
    "착공": "other", "기공": "other", "완공": "other", "준공": "other", "착수": "other",
    "제출": "other", "청약": "other", "전시": "other", "파견": "other", "시행": "other", "모집": "other",
    # other: what a government release reports as happening (a case found, a law in force, a
    # term extended, a body joined, a stop or a restart, a departure or return). Not `채택`,
    # `의결`, `시작`: on the tune part the gold counts their adoptions and starts 4 times in 24.
    "발생": "other", "개시": "other", "종료": "other", "중단": "other", "재개": "other", "확정": "other",
    "발효": "other", "개정": "other", "공포": "other", "가입": "other", "수교": "other", "선언": "other",
    "비준": "other", "연장": "other", "접종": "other", "출국": "other", "귀국": "other", "건립": "other",
    "신청": "other", "출간": "other", "제정": "other",
    # law enforcement reported: arrests, detentions, extraditions, busts (`총책 등 43명을 검거했다`)
    "검거": "other", "구속": "other", "송환": "other", "적발": "other", "압수": "other",
    # a system or a scheme brought in is launched (`2021년 도입한 제도`)
    "도입": "launch",
    # a courtesy call on an official (`부위원장 등을 예방하고`) is a visit; `예방` of anything else is prevention
    "예방": "visit",
    # adoption: its type is that of what is adopted (`ADOPTED`); of anything else, no event
    "채택": "approval",
}

# `채택` (adopt) by the noun adopted, matched as the end of its compound (`新서울선언문을 채택`,
# `채택된 지속가능발전목표`): an instrument the parties agree on (a declaration, a convention, a
# framework) is an agreement, a decision, rule or goal a body adopts an approval; a technology or
# a project adopted is no event (data/ko_adopted.tsv).
ADOPTED: dict[str, str] = dict(line.split("\t")[:2] for line in data_lines(Path(__file__).with_name("data") / "ko_adopted.tsv"))

# Agreement words that, undated, tell what was agreed or signed at the talks or the gathering just
# told (`…하기로 합의했다`, `로드쇼에서 … MOU를 체결했다`).
REACHED_AT_TALKS = {"합의", "체결", "맺다", "서명"}

# Verbs of talks held with one counterpart: several counterparts met are several talks.
BILATERAL = {"만나다", "면담", "접견", "회동", "예방"}

# People counted as the public at a place (`관광객 12만 명이 방문했다`, `시민 500여 명이 찾았다`): their coming
# is attendance, no one's visit. Nouns ending in `객` (관람객, 탐방객) count too.
CROWD_NOUNS = frozenset({"시민", "주민", "군민", "도민", "구민", "국민", "인파", "학생", "어린이", "가족", "청소년", "관중"})

# Triggers whose type is another when what they tell of is an organisation (the subject found).
FOUNDED_WHEN_ORG: dict[str, str] = {"출범": "founding", "발족": "founding"}

# Whom a courtesy call (`예방`) is paid: an official named by the title before it (the titles of
# the officers of organisations, data/ko_titles.txt, and those of heads of state and envoys).
CALLED_ON = tuple(w.strip() for w in data_lines(Path(__file__).with_name("data") / "ko_titles.txt")) + (
    "총리", "대통령", "국왕", "왕세자", "특사", "주석", "수상")

# `진행되다` (be carried out) tells a gathering or a ceremony held when one is its subject
# (`간담회가 진행됐다`, `시상이 진행되었다`): the verb nouns that do, and the subjects named by their
# noun alone (a gathering's or a ceremony's word is found by `MEETING_NOUNS`, `CEREMONIES`).
HELD_NOUNS = {"진행"}
HELD_NOUNS_TYPE: dict[str, str] = {"시상": "award", "수여": "award", "접수": "other"}
# … and the trigger nouns that name a call, an intake or a works carried out (`참가자 모집은 4월 10일부터
# 진행된다`, `신청 접수는 …`): the happening is of the noun's own type.
HELD_TRIGGERS = {"모집", "신청", "공모", "착공", "시행", "전시", "접종"}

# Glued noun compounds whose meaning is not their head's (`기업공개` is a listing, not a launch).
COMPOUNDS: dict[str, str] = {
    "기업공개": "listing", "인수합병": "acquisition", "품목허가": "approval", "업무협약": "agreement",
    "양해각서": "agreement", "투자협약": "agreement", "협약식": "agreement",
}

# Ceremonies: the noun names the event, a verb of holding (`열다`, `열리다`, `개최`, `갖다`) carries it.
CEREMONIES: dict[str, str] = {
    "취임식": "appointment", "착공식": "other", "기공식": "other", "준공식": "opening", "완공식": "opening",
    "출범식": "meeting", "출시식": "launch", "개소식": "opening", "개관식": "opening", "개장식": "opening",
    "개원식": "opening", "협약식": "agreement", "체결식": "agreement", "상장식": "listing", "설립식": "founding",
    "창립식": "founding", "선포식": "announcement", "발족식": "meeting", "위촉식": "appointment", "선언식": "other",
}
HOLD_VERBS = {"열다", "열리다", "개최", "갖다", "가지다", "진행", "거행"}

# Production or operation counts as an event only when it starts (`2027년부터 생산`, `생산을 시작`).
START_ONLY: dict[str, str] = {"생산": "other", "양산": "other", "가동": "other", "운항": "other", "서비스": "launch",
                              # a programme run from a date on is launched then (`2002년부터 운영`, `2022년부터 추진 중`)
                              "운영": "launch", "추진": "launch", "실시": "launch", "수행": "launch",
                              # a rule or a standard applied from a date on takes effect then (`1월 1일부터 적용한다`)
                              "적용": "other",
                              # a clinical trial or a study started (`임상 2상을 시작`, `내년 임상 2상에 착수`)
                              "임상": "other"}
START_WORDS = {"시작", "개시", "돌입", "착수"}
# … and a trial finished, as English `completed the Phase 1 study` (`임상 1상을 마쳤다`, `임상 2상을 완료했다`).
FINISHED_TOO: dict[str, set[str]] = {"임상": {"완료", "마치다", "마무리", "종료"}}

# Light verbs that make a preceding trigger noun a predicate (`승인을 받다`, `인수를 완료하다`).
# value: the voice they give the event (`receive`: the subject undergoes it, as with a passive).
LIGHT_VERBS: dict[str, str] = {
    "받다": "receive", "맺다": "active", "마치다": "active", "나서다": "active", "하다": "active",
    "얻다": "receive", "따내다": "receive", "거치다": "receive", "앞두다": "active", "들어가다": "active",
    "갖다": "active", "가지다": "active",
    # what was done as the means of the clause's verb (`시리즈 C 투자 유치를 통해 450억 원을 확보했다`):
    # only money raised or a firm bought (`면담을 통해`, `개최를 통해` tell the purpose of what is told)
    "통하다": "means",
}
MEANS_TYPES = ("investment", "acquisition")
LIGHT_NOUNS: dict[str, str] = {
    "완료": "active", "추진": "active", "진행": "active", "성사": "active", "검토": "active", "단행": "active",
    "실시": "active", "획득": "receive", "마무리": "active", "시작": "active", "개시": "active",
    "돌입": "active", "착수": "active",   # (`양산에 돌입한다`, `임상 2상에 착수했다`)
}

# `상을 받다`: receiving one of these is an award.
AWARD_OBJECTS = ("상", "대상", "표창", "훈장", "포장", "상패", "트로피", "최우수상", "우수상", "본상", "장관상")
# A prize taken rather than received (`1등을 차지했다`, `우승을 차지했다`, `금메달을 획득했다`, `종합대상을
# 거머쥐었다`, `대상의 영예를 안았다`): the verb or verbal noun, and the prizes it takes besides AWARD_OBJECTS
# and the other names of a prize ending in 상 (`N등`, a place in a contest, counts too; a rank `N위` does not).
PRIZE_TAKING_NOUNS = ("차지", "획득", "석권")
# What `시행` puts in place: a system, a measure or a programme is launched (`통합인증 시행`, `조치 시행`);
# a law, a rule or a guideline comes into force, a happening of its own kind (`법 시행`, `지침 시행`).
PROGRAMME_NOUNS = ("제도", "조치", "인증", "사업", "정책", "서비스", "프로그램", "시스템")
RULE_NOUNS = ("법", "지침", "규정", "조례", "훈령", "고시", "규칙", "령", "가이던스", "기준")
# What is announced when it is made public (`공개`): results, rankings, lists, reports, statistics, plans.
RESULTS_NOUNS = ("결과", "평가", "지수", "순위", "명단", "보고서", "통계", "현황", "실적", "성적", "계획")
# What `세우다` sets up: a body is founded (`법인을 세웠다`), a site is opened (`공장을 세웠다`).
SET_UP_OBJECTS: dict[str, tuple[str, ...]] = {
    "founding": ("법인", "회사", "지사", "자회사", "연구소", "재단", "학교"),
    "opening": ("공장", "센터", "사무소", "지점", "매장", "기지"),
}
# A drill or an exercise (`수색구조 훈련`, `합동연습`): carried out (`실시`) on a day, it happened then.
DRILL_NOUNS = ("훈련", "연습", "모의훈련", "합동훈련")
# A public notice (`통합공고`, `모집공고`): issuing one (`공고를 실시`) announces what it gives notice of.
NOTICE_NOUNS = ("공고", "고시", "공시")
# A firm's figures for a period: disclosing them (`영업이익 … 기록했다고 2일 공시했다`) announces its results.
FIGURE_NOUNS = ("매출", "매출액", "영업이익", "영업손실", "순이익", "순손실", "당기순이익", "당기순손실", "실적", "잠정실적")
PRIZE_TAKING_VERBS = ("거머쥐다", "안다")
PRIZES_TAKEN = ("우승", "준우승", "금메달", "은메달", "동메달", "메달", "영예", "관왕", "금상", "은상", "동상")
# `통과` is an approval only when what was passed is a review or a vote (`심의를 통과`, `국무회의를 통과`),
# not a place (`터널을 통과`).
PASSED = ("심의", "심사", "의결", "회의", "위원회", "국회", "의회", "조사", "평가", "검토", "검증", "심의회", "관문")
# `유치` is an investment only when money is what was attracted.
INVESTMENT_WORDS = ("투자", "자금", "자본", "펀딩", "시리즈", "원", "달러", "위안", "엔", "유로", "억", "조")
# `열다` is an opening, unless what is opened is a meeting (`이사회를 열고`, `시상식을 열고`).
MEETING_NOUNS = ("회의", "이사회", "총회", "시상식", "포럼", "행사", "박람회", "설명회", "간담회", "세미나",
                 "회담", "토론회", "심포지엄", "컨퍼런스", "콘퍼런스", "전시회", "기념식", "발표회", "협의회", "식", "회",
                 # a festival, an expo, a roadshow, a workshop or a show held is a gathering too (`축제를 열기로`,
                 # `로드쇼를 열고`): not an opening
                 "축제", "페스티벌", "엑스포", "로드쇼", "워크숍", "워크샵", "데모데이", "콘서트")
# `바꾸다`/`변경` is a renaming only with one of these as its object.
NAME_WORDS = ("사명", "이름", "명칭", "상호")
RENAME_VERBS = {"바꾸다", "변경"}
# `세우다`/`짓다` (build) are not events; `계획을 세우다` is not either. Listed for the record.

# Connective endings (Kiwi's EC) that close a clause whose date does not carry over.
STRONG_EC = ("며", "으며", "지만", "는데", "은데", "ᆫ데", "으나", "나", "다고", "라고", "ᆫ다고", "는다고",
             "면서", "으면서", "자", "고서", "도록")
# Serial connectives (`승인을 받아 설립되었다`): one event, the earlier verb a circumstance.
SERIAL_EC = ("어", "아", "여", "해", "어서", "아서", "여서")

# Marks that open a note or a list item (`※ 믹타: …로 2013.9월 출범`, `* ’15.12월 가입`): such a line
# may end on its event noun. Not `□`, which opens headlines as well as paragraphs.
NOTE_MARKS = ("※", "*", "-", "–", "ㅇ", "o", "○", "◦", "·", "•", "▶", "▷", "△", "ㆍ", "◇", "◆", "①", "②", "③")

# Nouns after an event noun that count time from it or name its time (`수교 이후`, `발생 이래`,
# `설립 당시`; not `상장 직후`, whose news is what followed): the event noun is a happening when
# its date stands right before it (`1883년 수교 이후`, `2016년 설립 당시부터`).
SINCE_NOUNS = ("이후", "이래", "당시", "계기")   # (`11.17.(목) 왕세자 방한 계기`: the occasion is a happening of its own)

# Status cues, matched on lemmas of the words after the trigger (up to the clause end).
PLANNED_NOUNS = {"예정", "계획", "방침", "목표", "전망", "구상", "방안", "예상"}
NEGATION_LEMMAS = {"않다", "없다", "못하다", "아니다", "말다"}
NEGATION_ADVERBS = {"안", "못"}
PAST_LEMMAS = {"었", "았", "였", "ᆻ"}

# Words that refer back to an organisation (`회사는`, `이 지구는`, `동사는`, `회사 측은`), with the
# kind or the name ending of the organisation they can refer to.
ANAPHOR_HEADS: dict[str, tuple[str, ...]] = reference_words("ko")   # nlp/data/reference_words.tsv
# A local government's release names itself by its kind alone (`시는 …`, `도는 …`, `군은 …`): the city,
# province or county named before, whose name ends so; when the release named none, no one.
LOCAL_SELF: dict[str, tuple[str, ...]] = {"시": ("시",), "도": ("도",), "군": ("군",)}
# A delegation (`사절단은`, `방문단은`, `대표단이`) is the organisation the release tells of, acting
# through the people it sends: named with no nation or body before it (`자메이카를 방문한 사절단은`,
# `영암군수 등 방문단은`), it refers back to that organisation. (`다솜국 대표단은` is another's.)
DELEGATIONS = ("대표단", "사절단", "방문단", "협상단", "조사단", "시찰단", "연수단", "참가단", "파견단")
DELEGATION_OPEN_BEFORE = ("", "등", "이번", "우리", "우리나라", "한국", "정부", "우리측", "한국측")
# Before a reference word, these make it a new, indefinite one (`한 회사는`, `다른 기업은`).
INDEFINITE = ("한", "어느", "다른", "각", "여러", "일부", "모든", "많은", "국내", "해외", "주요", "상당수")
# Groups (`두 기관은`, `양측은`): no single subject; the members take part.
GROUP_WORDS: dict[str, int] = {"양측": 2, "양사": 2, "양 기관": 2, "양국": 2, "양자": 2, "이들": 0, "이들 기관": 0,
                               "이들 기업": 0, "세 곳": 3, "두 곳": 2}
GROUP_NUMERALS: dict[str, int] = {"두": 2, "세": 3, "네": 4, "다섯": 5, "2개": 2, "3개": 3}
GROUP_NOUNS = ("기관", "회사", "기업", "곳", "사", "업체", "단체", "그룹", "대학")
# Group words whose noun says the members are companies (`양사`, `두 회사`, `이들 기업`).
GROUP_FIRMS = ("양사", "회사", "기업", "업체")
# Public corporations: companies by kind, but `기관` (bodies) to a release (`두 기관은` of a port authority and a firm).
PUBLIC_CORPORATIONS = ("공사", "공단")

# Particles after an organisation's name (with its bracket skipped): what they make it.
TOPIC = ("는", "은")
SUBJECT = ("이", "가")
WITH = ("와", "과", "와의", "과의", "와도", "과도", "와는", "과는", "랑", "이랑", "하고")
FROM = ("로부터", "으로부터", "에서", "에서는", "에게서", "로부터의", "으로부터의")
OBJECT = ("을", "를", "에", "에게")
