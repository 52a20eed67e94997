DOCUMENT = "aurelis-cepi.en.txt"
LANG = "en"
DATELINE = ("SINGAPORE", "2024-10-08")
ALIASES = [
    ("Coalition for Epidemic Preparedness Innovations", "CEPI"),
    ("Singapore Economic Development Board", "EDB"),
    ("Agency for Science, Technology and Research", "A*STAR"),
    ("World Economic Forum", "WEF"),
    ("SK bioscience", "SK바이오사이언스"),
    ("Singapore Exchange", "SGX"),
]
ORGS = [
    ("Coalition for Epidemic Preparedness Innovations", "Coalition for Epidemic Preparedness Innovations", ["CEPI"]),
    ("Aurelis Biologics", "Aurelis Biologics", ["Aurelis"]),
    ("Singapore Economic Development Board", "Singapore Economic Development Board", ["EDB"]),
    ("Agency for Science, Technology and Research", "Agency for Science, Technology and Research", ["A*STAR"]),
    ("World Economic Forum", "World Economic Forum", ["WEF"]),
    ("Bill & Melinda Gates Foundation", "Bill & Melinda Gates Foundation", []),
    ("Wellcome Trust", "Wellcome Trust", []),
    ("Sanofi", "Sanofi", []),
    ("SK bioscience", "SK bioscience", ["SK바이오사이언스"]),
    ("Singapore Exchange", "Singapore Exchange", ["SGX"]),
]
DATES = [
    ("Oct. 8, 2024", "2024-10-08"),
    ("today", "2024-10-08"),
    ("yesterday", "2024-10-07"),
    ("2018", "2018"),
    ("next month", "2024-11"),
    ("January 2017", "2017-01"),
    ("Last week", "2024-W40"),
    ("first half of 2024", "2024-H1"),
    ("2025", "2025"),
    ("fourth quarter of 2026", "2026-Q4"),
]
EVENTS = [
    ("launch", "2024-10-08", "launched", "Coalition for Epidemic Preparedness Innovations", ["Aurelis Biologics"], "occurred"),
    ("agreement", "2024-10-07", "signed", "Coalition for Epidemic Preparedness Innovations",
     ["Singapore Economic Development Board"], "occurred"),
    ("founding", "2018", "spun out", "Aurelis Biologics", ["Agency for Science, Technology and Research"], "occurred"),
    ("other", "2024-11", "break ground", "Aurelis Biologics", [], "planned"),
    ("founding", "2017-01", "launched", "Coalition for Epidemic Preparedness Innovations",
     ["Bill & Melinda Gates Foundation", "Wellcome Trust"], "occurred"),
    ("appointment", "2024-W40", "appointed", "Aurelis Biologics", [], "occurred"),
    ("listing", "2025", "listing", "Aurelis Biologics", ["Singapore Exchange"], "negated"),
    ("opening", "2026-Q4", "open", None, [], "planned"),
]
NOT_ALIASES = []
NOT_DATES = [
    ("100 days", "duration: not a calendar date (annotation guide)"),
    ("100 million doses", "amount"),
    ("three CEPI-funded", "count"),
]
