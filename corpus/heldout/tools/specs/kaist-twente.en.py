DOCUMENT = "kaist-twente.en.txt"
LANG = "en"
DATELINE = ("DAEJEON, South Korea", "2024-09-17")
ALIASES = [
    ("Korea Advanced Institute of Science and Technology", "KAIST"),
    ("Ministry of Science and ICT", "MSIT"),
    ("extreme ultraviolet", "EUV", False),
    ("Hanseong Semitech", "한성세미텍"),
    ("ETRI", "Electronics and Telecommunications Research Institute"),
    ("Chungnam National University", "충남대학교"),
    ("Pohang University of Science and Technology", "POSTECH"),
]
ORGS = [
    ("Korea Advanced Institute of Science and Technology", "Korea Advanced Institute of Science and Technology", ["KAIST"]),
    ("University of Twente", "University of Twente", []),
    ("Ministry of Science and ICT", "Ministry of Science and ICT", ["MSIT"]),
    ("Hanseong Semitech", "Hanseong Semitech", ["한성세미텍"]),
    ("ETRI", "ETRI", ["Electronics and Telecommunications Research Institute"]),
    ("Daejeon Metropolitan City", "Daejeon Metropolitan City", ["Daejeon Metropolitan City government"]),
    ("Chungnam National University", "Chungnam National University", ["충남대학교"]),
    ("Pohang University of Science and Technology", "Pohang University of Science and Technology", ["POSTECH"]),
]
DATES = [
    ("Sept. 17, 2024", "2024-09-17"),
    ("yesterday", "2024-09-16"),
    ("March 2025", "2025-03"),
    ("Monday", "2024-09-16"),
    ("2012", "2012"),
    ("Sept. 2", "2024-09-02"),
    ("2022", "2022"),
    ("the same year", "2022"),
    ("first quarter of next year", "2025-Q1"),
    ("2025", "2025", "campus in 2025"),
]
EVENTS = [
    ("launch", "2024-09-16", "launched", "Korea Advanced Institute of Science and Technology", ["University of Twente"], "occurred"),
    ("appointment", "2024-09-16", "appointed", "Korea Advanced Institute of Science and Technology", [], "occurred"),
    ("founding", "2012", "spun out", "Hanseong Semitech", ["Korea Advanced Institute of Science and Technology"], "occurred"),
    ("designation", "2024-09-02", "designated", "Daejeon Metropolitan City", [], "occurred"),
    ("opening", "2022", "opened", "University of Twente", [], "occurred"),
    ("agreement", "2022", "signed", "University of Twente",
     ["Chungnam National University", "Pohang University of Science and Technology"], "occurred"),
    ("meeting", "2025-Q1", "hold", None, ["Korea Advanced Institute of Science and Technology", "University of Twente"], "planned"),
    ("opening", "2025", "opening", "Korea Advanced Institute of Science and Technology", [], "negated"),
]
NOT_ALIASES = []
NOT_DATES = [
    ("four years", "duration: not a calendar date (annotation guide)"),
]
