DOCUMENT = "hanwha-ocean-kiost.en.txt"
LANG = "en"
DATELINE = ("SEOUL, South Korea", "2025-03-04")
ALIASES = [
    ("Hanwha Ocean", "한화오션"),
    ("memorandum of understanding", "MOU", False),
    ("Korea Institute of Ocean Science and Technology", "KIOST"),
    ("liquefied natural gas", "LNG", False),
    ("Korea Ocean Research and Development Institute", "KORDI"),
    ("Daewoo Shipbuilding & Marine Engineering", "DSME"),
    ("Korean Register", "KR"),
]
ORGS = [
    ("Hanwha Ocean", "Hanwha Ocean", ["한화오션", "Daewoo Shipbuilding & Marine Engineering", "DSME"]),
    ("Korea Institute of Ocean Science and Technology", "Korea Institute of Ocean Science and Technology",
     ["KIOST", "Korea Ocean Research and Development Institute", "KORDI"]),
    ("Hanwha Group", "Hanwha Group", []),
    ("Seoul National University", "Seoul National University", []),
    ("Korean Register", "Korean Register", ["KR"]),
]
DATES = [
    ("March 4, 2025", "2025-03-04"),
    ("today", "2025-03-04"),
    ("second half of 2025", "2025-H2"),
    ("1973", "1973"),
    ("2012", "2012"),
    ("May 2023", "2023-05"),
    ("same month", "2023-05"),
    ("Tuesday", "2025-03-04"),
    ("third quarter of this year", "2025-Q3"),
    ("Last year", "2024"),
    ("September 9 to 12", "2025-09-09/2025-09-12"),
    ("Feb. 27", "2025-02-27"),
]
EVENTS = [
    ("agreement", "2025-03-04", "signed", "Hanwha Ocean", ["Korea Institute of Ocean Science and Technology"], "occurred"),
    ("other", "2025-H2", "begin", None, ["Hanwha Ocean", "Korea Institute of Ocean Science and Technology"], "planned"),
    ("founding", "1973", "founded", "Korea Institute of Ocean Science and Technology", [], "occurred"),
    ("other", "2012", "took its current name", "Korea Institute of Ocean Science and Technology", [], "occurred"),
    ("acquisition", "2023-05", "acquired", "Hanwha Ocean", ["Hanwha Group"], "occurred"),
    ("other", "2023-05", "adopted its new name", "Hanwha Ocean", [], "occurred"),
    ("announcement", "2025-03-04", "announced", "Hanwha Ocean", [], "occurred"),
    ("opening", "2025-Q3", "open", "Hanwha Ocean", [], "planned"),
    ("other", "2025-09-09/2025-09-12", "showcase", "Hanwha Ocean", [], "planned"),
    ("agreement", "2025-02-27", "signed", "Korea Institute of Ocean Science and Technology",
     ["Seoul National University", "Korean Register"], "occurred"),
]
NOT_ALIASES = [
    ("KRX: 042660", "stock ticker"),
]
NOT_DATES = [
    ("two years", "duration: not a calendar date (annotation guide)"),
    ("Gastech 2025", "year inside an event name, not a date"),
    ("24 vessels", "count"),
    ("12 LNG", "count"),
]
