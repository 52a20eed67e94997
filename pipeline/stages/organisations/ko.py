"""Korean organisation rule data: the words organisation names end in, with the kind each
signals, known bodies that carry no such word, and the phrases that introduce a list of them."""

# Ending of the last word of a name -> kind. Longest ending wins. `zone` endings need a proper
# noun at the start of the name (`톈진 빈하이 첨단산업기술개발지구`), since a bare `국가 …지구` is a
# status, not an organisation.
SUFFIX_KIND: dict[str, str] = {
    "공사": "company", "총공사": "company", "그룹": "company", "유한회사": "company", "주식회사": "company",
    "㈜": "company", "(주)": "company", "홀딩스": "company", "코퍼레이션": "company", "테크놀로지": "company",
    "일렉트릭": "company", "전자": "company", "증권": "company", "은행": "company", "보험": "company",
    "물산": "company", "중공업": "company", "컴퍼니": "company",
    "위원회": "government", "공산당위원회": "government", "인민정부": "government", "정부": "government",
    "부": "government", "청": "government", "처": "government", "시청": "government", "도청": "government",
    "연구소": "research", "연구원": "research", "과학원": "research", "연구센터": "research", "연구재단": "research",
    "대학교": "education", "대학": "education", "의학원": "education", "학교": "education",
    "센터": "other", "재단": "other", "협회": "other", "연합회": "other", "기구": "other", "공단": "government",
    "진흥원": "government", "학회": "other", "조합": "other", "병원": "other", "플랫폼": "other",
    "개발지구": "zone", "지구": "zone", "특구": "zone", "산업단지": "zone", "자유무역구": "zone", "신구": "zone",
}
ZONE_KINDS = {"zone"}

# Ministries end in 부/청/처, but so do many common words: those need the full word listed here
# or a gazetteer entry.
GOVERNMENT_WORDS = ("부", "청", "처")
KNOWN_GOVERNMENT_ENDINGS = ("자원부", "재정부", "교육부", "외교부", "통일부", "법무부", "국방부", "안전부", "복지부",
                            "고용노동부", "환경부", "국토교통부", "해양수산부", "벤처기업부", "가족부", "과학기술정보통신부",
                            "문화체육관광부", "농림축산식품부", "행정안전부", "보건복지부", "국세청", "관세청", "조달청",
                            "통계청", "검찰청", "경찰청", "특허청", "기상청", "산림청", "병무청", "식품의약품안전처",
                            "인사혁신처", "법제처", "국가보훈처", "상무부", "재무부", "국무부", "공업정보화부")

# Bodies that carry no organisation word: built-in gazetteer entries (name -> kind).
KNOWN: dict[str, str] = {
    "국무원": "government", "국회": "government", "청와대": "government", "대통령실": "government",
    "감사원": "government", "대법원": "government", "헌법재판소": "government", "금융위원회": "government",
    "한국은행": "company", "전인대": "government", "백악관": "government", "유럽연합": "government",
    "세계보건기구": "other", "유엔": "other", "국제통화기금": "other", "세계은행": "other",
}

# Phrases after a list of organisations (`A, B, C 등의 기업`, `A와 같은 기관`) and before one
# (`대표 기업으로는 A, B가 있다`).
LIST_AFTER = r"(?:와|과)\s?같은\s?(?:기업|기관|업체|회사|단체)|\s?등의?\s(?:기업|기관|업체|회사|단체)"
LIST_BEFORE = r"(?:기업|기관|업체|회사)(?:으로는|에는|로는)\s"
