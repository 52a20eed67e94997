DOCUMENT = "dmcc-korea-desk.ko.txt"
LANG = "ko"
DATELINE = ("두바이, 아랍에미리트", "2024-09-10")
ALIASES = [
    ("디엠씨씨", "DMCC"),
    ("디엠씨씨", "Dubai Multi Commodities Center"),
    ("대한무역투자진흥공사", "KOTRA"),
    ("칼리드 알 하마디", "Khalid Al Hammadi"),
    ("인공지능", "AI", False),
    ("파이낸셜타임스", "Financial Times"),
]
ORGS = [
    ("디엠씨씨", "DMCC", ["Dubai Multi Commodities Center"]),
    ("대한무역투자진흥공사", "KOTRA", []),
    ("한국무역협회", None, []),
    ("한국수출입은행", None, []),
    ("중소벤처기업부", None, []),
    ("현대코퍼레이션", None, []),
    ("포스코인터내셔널", None, []),
    ("㈜대양그린에너지", None, ["대양그린에너지"]),
    ("파이낸셜타임스", "Financial Times", []),
    ("FDI 인텔리전스", None, []),
]
DATES = [
    ("2024년 9월 10일", "2024-09-10"),
    ("이날", "2024-09-10"),
    ("2002년", "2002"),
    ("지난 7월", "2024-07"),
    ("올해 상반기", "2024-H1"),
    ("2023년", "2023"),
    ("오는 11월", "2024-11"),
    ("내년", "2025"),
    ("지난해", "2023"),
    ("2022년", "2022"),
]
EVENTS = [
    ("opening", "2024-09-10", "개설", "디엠씨씨", [], "occurred"),
    ("founding", "2002", "설립", "디엠씨씨", [], "occurred"),
    ("agreement", "2024-07", "맺은", "디엠씨씨", ["대한무역투자진흥공사"], "occurred"),
    ("meeting", "2024-11", "개최", "디엠씨씨", [], "planned"),
    ("opening", "2025", "열", "디엠씨씨", [], "planned"),
    ("award", "2023", "받았", "디엠씨씨", ["FDI 인텔리전스"], "occurred"),
    ("launch", "2022", "출범", "디엠씨씨", [], "occurred"),
]
NOT_ALIASES = []
NOT_DATES = [
    ("‘올해의 글로벌 자유무역지대’", "part of an award title, not a date"),
]
