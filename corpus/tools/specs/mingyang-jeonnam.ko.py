DOCUMENT = "mingyang-jeonnam.ko.txt"
LANG = "ko"
DATELINE = ("목포", "2024-06-27")
ALIASES = [
    ("밍양 스마트에너지", "Mingyang Smart Energy"),
    ("한국전력공사", "KEPCO"),
    ("오스테드", "Ørsted"),
    ("베스타스", "Vestas"),
]
ORGS = [
    ("전라남도", None, []),
    ("밍양 스마트에너지", "Mingyang Smart Energy", ["밍양"]),
    ("㈜서남해바람", None, ["서남해바람"]),
    ("상하이증권거래소", None, []),
    ("산업통상자원부", None, []),
    ("한국전력공사", "KEPCO", []),
    ("한국풍력산업협회", None, []),
    ("목포대학교", None, []),
    ("광주은행", None, []),
    ("오스테드", "Ørsted", []),
    ("베스타스", "Vestas", []),
]
DATES = [
    ("2024년 6월 27일", "2024-06-27"),
    ("이날", "2024-06-27"),
    ("2026년", "2026"),
    ("2025년 10월", "2025-10"),
    ("2027년", "2027"),
    ("2006년", "2006"),
    ("2019년", "2019"),
    ("2021년 2월", "2021-02"),
    ("올해 2월", "2024-02"),
    ("지난달", "2024-05"),
]
EVENTS = [
    ("agreement", "2024-06-27", "맺었", "전라남도", ["밍양 스마트에너지", "㈜서남해바람"], "occurred"),
    ("investment", "2026", "투자", "밍양 스마트에너지", [], "planned"),
    ("other", "2025-10", "착공", None, [], "planned"),
    ("other", "2027", "생산", None, [], "planned"),
    ("founding", "2006", "설립", "밍양 스마트에너지", [], "occurred"),
    ("listing", "2019", "상장", "밍양 스마트에너지", ["상하이증권거래소"], "occurred"),
    ("announcement", "2021-02", "발표", "전라남도", [], "occurred"),
    ("approval", "2024-02", "허가", "㈜서남해바람", ["산업통상자원부"], "occurred"),
    ("opening", "2024-05", "열었", None, ["오스테드", "베스타스"], "occurred"),
]
NOT_ALIASES = []
NOT_DATES = [
    ("3년간", "duration: not a calendar date (annotation guide)"),
    ("1단계", "project phase, not a date"),
]
