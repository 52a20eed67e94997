DOCUMENT = "hyperlens-chip.ko.txt"
LANG = "ko"
DATELINE = ("서울", "2025-03-04")
ALIASES = [
    ("인공지능", "AI", False),
    ("하이퍼렌즈", "HyperLens"),
    ("삼성전자", "三星電子"),
    ("특별전담팀", "TF", False),
    ("반도체", "semiconductor", False),
    ("기업공개", "IPO", False),
]
ORGS = [
    ("하이퍼렌즈", "HyperLens", []),
    ("삼성전자", None, ["三星電子", "삼성전자 파운드리사업부"]),
    ("KAIST", "KAIST", ["KAIST 전기및전자공학부"]),
    ("한국산업은행", None, []),
    ("㈜한결벤처투자", None, ["한결벤처투자"]),
    ("누리인베스트먼트", None, []),
    ("과학기술정보통신부", None, []),
    ("네이버", None, []),
    ("카카오", None, []),
    ("LG유플러스", None, []),
]
DATES = [
    ("2025년 3월 4일", "2025-03-04"),
    ("4일", "2025-03-04", "체결했다고 4일"),
    ("2023년 5월 12일", "2023-05-12"),
    ("2019년", "2019"),
    ("지난해 10월", "2024-10"),
    ("내년 하반기", "2026-H2"),
    ("지난 2월", "2025-02"),
    ("올해 1분기", "2025-Q1"),
    ("오는 18일", "2025-03-18"),
    ("올해", "2025"),
]
EVENTS = [
    ("announcement", "2025-03-04", "발표", "하이퍼렌즈", [], "occurred"),
    ("agreement", "2023-05-12", "맺었", None, ["하이퍼렌즈", "삼성전자"], "occurred"),
    ("founding", "2019", "창업", "하이퍼렌즈", ["KAIST"], "occurred"),
    ("investment", "2024-10", "유치", "하이퍼렌즈", ["한국산업은행", "㈜한결벤처투자", "누리인베스트먼트"], "occurred"),
    ("launch", "2026-H2", "출시", "하이퍼렌즈", [], "planned"),
    ("designation", "2025-02", "선정", "하이퍼렌즈", ["과학기술정보통신부"], "occurred"),
    ("meeting", "2025-03-18", "참가", "하이퍼렌즈", [], "planned"),
    ("listing", "2025", "기업공개", "하이퍼렌즈", [], "negated"),
]
NOT_ALIASES = [
    ("42", "age of a person"),
]
NOT_DATES = [
    ("3년간", "duration: not a calendar date (annotation guide)"),
    ("사흘간", "duration: not a calendar date (annotation guide)"),
]
