DOCUMENT = "corvane-samsung.en.txt"
LANG = "en"
DATELINE = ("NEW YORK", "2025-02-20")
ALIASES = [
    ("Samsung Electronics", "삼성전자"),
    ("Hyundai Motor Group", "현대자동차그룹"),
    ("Ontario Teachers' Pension Plan", "OTPP"),
    ("artificial intelligence", "AI", False),
    ("MIT", "Massachusetts Institute of Technology"),
    ("New York Stock Exchange", "NYSE"),
    ("Netherlands Foreign Investment Agency", "NFIA"),
    ("National Science Foundation", "NSF"),
    ("Small Business Innovation Research", "SBIR"),
]
ORGS = [
    ("Corvane Robotics", "Corvane Robotics", ["Corvane Robotics, Inc.", "Corvane"]),
    ("Samsung Electronics", "Samsung Electronics", ["삼성전자", "Samsung"]),
    ("Hyundai Motor Group", "Hyundai Motor Group", ["현대자동차그룹"]),
    ("SoftBank Vision Fund 2", "SoftBank Vision Fund 2", []),
    ("Ontario Teachers' Pension Plan", "Ontario Teachers' Pension Plan", ["OTPP"]),
    ("MIT", "MIT", ["Massachusetts Institute of Technology"]),
    ("New York Stock Exchange", "New York Stock Exchange", ["NYSE"]),
    ("Netherlands Foreign Investment Agency", "Netherlands Foreign Investment Agency", ["NFIA"]),
    ("National Science Foundation", "National Science Foundation", ["NSF"]),
]
DATES = [
    ("Feb. 20, 2025", "2025-02-20"),
    ("today", "2025-02-20"),
    ("Feb. 18", "2025-02-18"),
    ("second quarter of 2025", "2025-Q2"),
    ("2016", "2016"),
    ("October 2021", "2021-10"),
    ("January", "2025-01"),
    ("2019", "2019"),
    ("March 1, 2025", "2025-03-01"),
    ("fourth quarter", "2025-Q4"),
    ("2025", "2025", "million in 2025"),
    ("this year", "2025"),
]
EVENTS = [
    ("investment", "2025-02-20", "closed", "Corvane Robotics", ["Samsung Electronics"], "occurred"),
    ("agreement", "2025-02-18", "signed", "Samsung Electronics", ["Corvane Robotics"], "occurred"),
    ("other", "2025-Q2", "shipments", "Samsung Electronics", ["Corvane Robotics"], "planned"),
    ("founding", "2016", "founded", "Corvane Robotics", ["MIT"], "occurred"),
    ("listing", "2021-10", "listed", "Corvane Robotics", ["New York Stock Exchange"], "occurred"),
    ("opening", "2025-01", "opened", "Corvane Robotics", ["Netherlands Foreign Investment Agency"], "occurred"),
    ("award", "2019", "awarded", "National Science Foundation", ["Corvane Robotics"], "occurred"),
    ("appointment", "2025-03-01", "named", "Corvane Robotics", [], "planned"),
    ("launch", "2025-Q4", "launch", "Corvane Robotics", [], "planned"),
    ("listing", "2025", "list", "Corvane Robotics", [], "negated"),
]
NOT_ALIASES = [
    ("GLOBE NEWSWIRE", "wire-service name in the dateline"),
    ("NYSE: CRVN", "stock ticker"),
]
NOT_DATES = [
    ("three years", "duration: not a calendar date (annotation guide)"),
    ("SoftBank Vision Fund 2", "numeral inside a name"),
]
