DOCUMENT = "lakeshore-cj.en.txt"
LANG = "en"
DATELINE = None  # "CHICAGO--(BUSINESS WIRE)--" carries no date: see README
ALIASES = [
    ("CJ CheilJedang", "CJ제일제당"),
    ("Korea Trade-Investment Promotion Agency", "KOTRA"),
    ("Illinois Department of Commerce and Economic Opportunity", "DCEO"),
    ("Good Food Institute", "GFI"),
    ("University of Illinois Urbana-Champaign", "UIUC"),
]
ORGS = [
    ("Lakeshore Biofoods", "Lakeshore Biofoods", ["Lakeshore"]),
    ("CJ CheilJedang", "CJ CheilJedang", ["CJ제일제당"]),
    ("Prairie Ferment LLC", "Prairie Ferment LLC", ["Prairie Ferment"]),
    ("Korea Trade-Investment Promotion Agency", "Korea Trade-Investment Promotion Agency", ["KOTRA"]),
    ("Illinois Department of Commerce and Economic Opportunity",
     "Illinois Department of Commerce and Economic Opportunity", ["DCEO"]),
    ("Schwan's Company", "Schwan's Company", []),
    ("Good Food Institute", "Good Food Institute", ["GFI"]),
    ("University of Illinois Urbana-Champaign", "University of Illinois Urbana-Champaign", ["UIUC"]),
]
DATES = [
    ("January 14, 2025", "2025-01-14"),
    ("2027", "2027"),
    ("first half of 2026", "2026-H1"),
    ("September 2024", "2024-09"),
    ("1953", "1953"),
    ("2019", "2019"),
    ("2022", "2022"),
    ("2023", "2023"),
    ("March 2025", "2025-03"),
    ("2025", "2025", "plants in 2025"),
    ("2020", "2020"),
]
EVENTS = [
    ("agreement", "2025-01-14", "signed", "Lakeshore Biofoods", ["CJ CheilJedang"], "occurred"),
    ("investment", "2027", "invest", "Prairie Ferment LLC", [], "planned"),
    ("other", "2026-H1", "start commercial production", "Prairie Ferment LLC", [], "planned"),
    ("meeting", "2024-09", "hosted", "Korea Trade-Investment Promotion Agency",
     ["Illinois Department of Commerce and Economic Opportunity", "Lakeshore Biofoods", "CJ CheilJedang"], "occurred"),
    ("founding", "1953", "founded", "CJ CheilJedang", [], "occurred"),
    ("acquisition", "2019", "acquired", "CJ CheilJedang", ["Schwan's Company"], "occurred"),
    ("award", "2022", "received", "Lakeshore Biofoods", ["Good Food Institute"], "occurred"),
    ("opening", "2023", "opened", "Lakeshore Biofoods", ["University of Illinois Urbana-Champaign"], "occurred"),
    ("appointment", "2025-03", "name", "Prairie Ferment LLC", [], "planned"),
    ("acquisition", "2025", "acquire", None, ["Lakeshore Biofoods", "CJ CheilJedang"], "negated"),
]
NOT_ALIASES = [
    ("BUSINESS WIRE", "wire-service name in the dateline"),
]
NOT_DATES = [
    ("131 overseas", "count"),
    ("40 Korean", "count"),
]
