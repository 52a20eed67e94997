DOCUMENT = "pixelhaus-krafton.ko.txt"
LANG = "ko"
DATELINE = ("판교", "2025-01-09")
ALIASES = [
    ("픽셀하우스", "Pixelhaus"),
    ("크래프톤", "KRAFTON"),
    ("로그라이크", "roguelike", False),
    ("한국콘텐츠진흥원", "KOCCA"),
    ("게임물관리위원회", "GRAC"),
    ("Kodama Interactive", "고다마 인터랙티브"),
    ("최고사업책임자", "CBO", False),
]
ORGS = [
    ("픽셀하우스", "Pixelhaus", []),
    ("크래프톤", "KRAFTON", []),
    ("한국콘텐츠진흥원", "KOCCA", []),
    ("문화체육관광부", None, []),
    ("게임물관리위원회", "GRAC", []),
    ("Kodama Interactive", "Kodama Interactive", ["고다마 인터랙티브"]),
    ("한국게임산업협회", None, []),
    ("넷마블", None, []),
]
DATES = [
    ("2025.1.9", "2025-01-09"),
    ("지난 28일", "2024-12-28"),
    ("9일", "2025-01-09", "유치했다고 9일"),
    ("2019년", "2019"),
    ("2022년", "2022"),
    ("2023년", "2023"),
    ("이듬해 11월", "2024-11"),
    ("지난달", "2024-12"),
    ("오는 3월", "2025-03"),
    ("이날", "2025-01-09"),
    ("어제", "2025-01-08"),
    ("상반기", "2025-H1"),
]
EVENTS = [
    ("investment", "2024-12-28", "유치", "픽셀하우스", ["크래프톤"], "occurred"),
    ("founding", "2019", "설립", "픽셀하우스", [], "occurred"),
    ("launch", "2022", "출시", "픽셀하우스", [], "occurred"),
    ("designation", "2023", "뽑혔", "픽셀하우스", ["한국콘텐츠진흥원"], "occurred"),
    ("award", "2024-11", "받았", "픽셀하우스", ["문화체육관광부", "한국게임산업협회"], "occurred"),
    ("approval", "2024-12", "통과", None, ["게임물관리위원회"], "occurred"),
    ("launch", "2025-03", "출시", "픽셀하우스", ["Kodama Interactive"], "planned"),
    ("appointment", "2025-01-09", "선임", "픽셀하우스", [], "occurred"),
    ("opening", "2025-01-08", "열었", "크래프톤", [], "occurred"),
    ("listing", "2025-H1", "기업공개", "픽셀하우스", [], "negated"),
]
NOT_ALIASES = []
NOT_DATES = []
