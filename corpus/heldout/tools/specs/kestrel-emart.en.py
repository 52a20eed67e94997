DOCUMENT = "kestrel-emart.en.txt"
LANG = "en"
DATELINE = ("ROTTERDAM, Netherlands", "2025-03-03")
ALIASES = [
    ("E-Mart", "이마트"),
    ("Netherlands Authority for Consumers and Markets", "ACM"),
    ("Hanjin", "한진"),
    ("CBS", "Statistics Netherlands"),
    ("Korea Trade-Investment Promotion Agency", "KOTRA"),
]
ORGS = [
    ("Kestrel Retail Group N.V.", "Kestrel Retail Group N.V.", ["Kestrel Retail Group", "Kestrel"]),
    ("E-Mart", "E-Mart", ["이마트"]),
    ("Seoulmarkt B.V.", "Seoulmarkt B.V.", []),
    ("Netherlands Authority for Consumers and Markets", "Netherlands Authority for Consumers and Markets", ["ACM"]),
    ("Hanjin", "Hanjin", ["한진"]),
    ("CBS", "CBS", ["Statistics Netherlands"]),
    ("Korea Trade-Investment Promotion Agency", "Korea Trade-Investment Promotion Agency", ["KOTRA"]),
]
DATES = [
    ("March 3, 2025", "2025-03-03"),
    ("today", "2025-03-03"),
    ("next month", "2025-04"),
    ("second half of 2025", "2025-H2"),
    ("Feb. 24", "2025-02-24"),
    ("Friday", "2025-02-28"),
    ("last year", "2024"),
    ("April 1", "2025-04-01"),
    ("November 1993", "1993-11"),
    ("this year", "2025"),
    ("this year", "2025"),
]
EVENTS = [
    ("announcement", "2025-03-03", "announced", "Kestrel Retail Group N.V.", ["E-Mart"], "occurred"),
    ("founding", "2025-04", "incorporated", "Seoulmarkt B.V.", [], "planned"),
    ("opening", "2025-H2", "open", "Seoulmarkt B.V.", [], "planned"),
    ("approval", "2025-02-24", "cleared", "Kestrel Retail Group N.V.",
     ["Netherlands Authority for Consumers and Markets", "E-Mart"], "occurred"),
    ("agreement", "2025-02-28", "signed", "Hanjin", ["Seoulmarkt B.V."], "occurred"),
    ("appointment", "2025-04-01", "named", "Kestrel Retail Group N.V.", [], "planned"),
    ("opening", "1993-11", "opened", "E-Mart", [], "occurred"),
    ("investment", "2025", "take a stake", "E-Mart", ["Kestrel Retail Group N.V."], "negated"),
]
NOT_ALIASES = [
    ("BUSINESS WIRE", "wire-service name in the dateline"),
    ("Euronext Amsterdam: KRG", "stock ticker"),
]
NOT_DATES = [
    ("five years", "duration: not a calendar date (annotation guide)"),
]
