DOCUMENT = "tidewater-haneul.en.txt"
LANG = "en"
DATELINE = ("BURBANK, Calif.", "2024-11-04")
ALIASES = [
    ("Haneul Studios", "하늘스튜디오"),
    ("Korean Film Council", "KOFIC"),
    ("BFI", "British Film Institute"),
    ("American Film Market", "AFM"),
    ("Haneul Entertainment", "하늘엔터테인먼트"),
]
ORGS = [
    ("Tidewater Pictures", "Tidewater Pictures", ["Tidewater"]),
    ("Haneul Studios", "Haneul Studios", ["하늘스튜디오", "Haneul Entertainment", "하늘엔터테인먼트"]),
    ("Korean Film Council", "Korean Film Council", ["KOFIC"]),
    ("Warner Bros. Pictures", "Warner Bros. Pictures", []),
    ("Lumen Post", "Lumen Post", []),
    ("BFI", "BFI", ["British Film Institute"]),
]
DATES = [
    ("Nov. 4, 2024", "2024-11-04"),
    ("today", "2024-11-04"),
    ("second quarter of 2025", "2025-Q2"),
    ("2009", "2009"),
    ("March 2021", "2021-03"),
    ("Last year", "2023"),
    ("last month", "2024-10"),
    ("Jan. 6, 2025", "2025-01-06"),
    ("Wednesday", "2024-11-06"),
    ("2018", "2018"),
    ("2025", "2025", "shares in 2025"),
]
EVENTS = [
    ("agreement", "2024-11-04", "signed", "Tidewater Pictures", ["Haneul Studios"], "occurred"),
    ("other", "2025-Q2", "begin principal photography", None, ["Korean Film Council"], "planned"),
    ("founding", "2009", "founded", "Tidewater Pictures", [], "occurred"),
    ("acquisition", "2021-03", "acquired", "Tidewater Pictures", ["Lumen Post"], "occurred"),
    ("award", "2023", "awarded", "BFI", ["Tidewater Pictures"], "occurred"),
    ("award", "2024-10", "won", "Haneul Studios", [], "occurred"),
    ("opening", "2025-01-06", "open", "Haneul Studios", [], "planned"),
    ("other", "2024-11-06", "present", None, ["Tidewater Pictures", "Haneul Studios"], "planned"),
    ("other", "2018", "adopted its current name", "Haneul Studios", [], "occurred"),
    ("listing", "2025", "list", "Tidewater Pictures", [], "negated"),
]
NOT_ALIASES = []
NOT_DATES = [
    ("18 months", "duration: not a calendar date (annotation guide)"),
]
