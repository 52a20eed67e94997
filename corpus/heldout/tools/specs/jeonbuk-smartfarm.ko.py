DOCUMENT = "jeonbuk-smartfarm.ko.txt"
LANG = "ko"
DATELINE = ("전주", "2024-08-21")
ALIASES = [
    ("농촌진흥청", "RDA"),
    ("대동", "Daedong"),
    ("사물인터넷", "IoT", False),
    ("농업기술실용화재단", "FACT"),
    ("농업기술실용화재단", "Foundation of Agri. Tech. Commercialization and Transfer"),
    ("국제연합식량농업기구", "FAO"),
]
ORGS = [
    ("전북특별자치도", None, []),
    ("농촌진흥청", "RDA", []),
    ("대동", "Daedong", []),
    ("TYM", "TYM", []),
    ("㈜에어로팜", None, ["에어로팜"]),
    ("농림축산식품부", None, []),
    ("농업기술실용화재단", "FACT", ["Foundation of Agri. Tech. Commercialization and Transfer"]),
    ("국제연합식량농업기구", "FAO", []),
    ("전북대학교", None, ["전북대학교 농업생명과학대학"]),
    ("한국농수산대학교", None, []),
    ("NH농협은행", None, []),
]
DATES = [
    ("2024년 8월 21일", "2024-08-21"),
    ("이날", "2024-08-21"),
    ("작년 11월", "2023-11"),
    ("지난 14일", "2024-08-14"),
    ("오는 10월", "2024-10"),
    ("하반기", "2024-H2"),
    ("올해 말", "2024"),
    ("내년 3월", "2025-03"),
    ("이달 초", "2024-08"),
    ("연내", "2024"),
]
EVENTS = [
    ("agreement", "2024-08-21", "맺었", "전북특별자치도", ["농촌진흥청"], "occurred"),
    ("designation", "2023-11", "선정", "전북특별자치도", ["농림축산식품부"], "occurred"),
    ("opening", "2024-08-14", "열었", "농업기술실용화재단", [], "occurred"),
    ("other", "2024-10", "소개", "국제연합식량농업기구", [], "planned"),
    ("launch", "2024-H2", "출시", "대동", [], "planned"),
    ("other", "2025-03", "파종", "전북특별자치도", [], "planned"),
    ("launch", "2024-08", "시작", "㈜에어로팜", [], "occurred"),
    ("listing", "2024", "상장", "㈜에어로팜", [], "negated"),
]
NOT_ALIASES = []
NOT_DATES = [
    ("3년간", "duration: not a calendar date (annotation guide)"),
]
