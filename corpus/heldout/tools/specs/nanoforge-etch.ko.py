DOCUMENT = "nanoforge-etch.ko.txt"
LANG = "ko"
DATELINE = ("성남", "2025-04-17")
ALIASES = [
    ("나노포지", "NanoForge"),
    ("삼성전자", "Samsung Electronics"),
    ("원자층 식각", "ALE", False),
    ("한국산업기술진흥원", "KIAT"),
    ("국제반도체장비전", "ISEX 2025"),
]
ORGS = [
    ("나노포지", "NanoForge", []),
    ("삼성전자", "Samsung Electronics", []),
    ("KAIST", "KAIST", ["KAIST 기계공학과"]),
    ("한국산업기술진흥원", "KIAT", []),
    ("KDB산업은행", None, []),
    ("IBK기업은행", None, []),
    ("한화투자증권", None, []),
    ("화성시", None, ["경기 화성시"]),
]
DATES = [
    ("2025년 4월 17일", "2025-04-17"),
    ("17일", "2025-04-17", "맺었다고 17일"),
    ("내년 1분기", "2026-Q1"),
    ("2011년", "2011"),
    ("2019년", "2019"),
    ("지난달", "2025-03"),
    ("지난해 12월", "2024-12"),
    ("지난 3일", "2025-04-03"),
    ("2027년 상반기", "2027-H1"),
    ("이날", "2025-04-17"),
    ("오는 5월 20일", "2025-05-20"),
    ("하반기", "2025-H2"),
]
EVENTS = [
    ("other", "2026-Q1", "납품", "나노포지", ["삼성전자"], "planned"),
    ("founding", "2011", "창업", "나노포지", ["KAIST"], "occurred"),
    ("listing", "2019", "이름을 올렸", "나노포지", [], "occurred"),
    ("designation", "2025-03", "지정", "나노포지", ["한국산업기술진흥원"], "occurred"),
    ("investment", "2024-12", "유치", "나노포지", ["KDB산업은행", "IBK기업은행", "한화투자증권"], "occurred"),
    ("agreement", "2025-04-03", "체결", "화성시", ["나노포지"], "occurred"),
    ("other", "2027-H1", "준공", None, [], "planned"),
    ("appointment", "2025-04-17", "선임", "나노포지", [], "occurred"),
    ("opening", "2025-05-20", "부스를 열", "나노포지", [], "planned"),
    ("other", "2025-05-20", "공개", "나노포지", [], "planned"),
    ("acquisition", "2025-H2", "인수", "나노포지", [], "negated"),
]
NOT_ALIASES = [
    ("51", "age of a person"),
]
NOT_DATES = [
    ("2년", "duration: not a calendar date (annotation guide)"),
    ("사흘간", "duration: not a calendar date (annotation guide)"),
    ("ISEX 2025", "year inside the name of a trade fair, not a date"),
]
