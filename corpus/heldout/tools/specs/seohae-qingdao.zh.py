DOCUMENT = "seohae-qingdao.zh.txt"
LANG = "zh"
DATELINE = ("青岛", "2024-10-21")
ALIASES = [
    ("西海影业", "Seohae Pictures"),
    ("合作备忘录", "MOU", False),
    ("朴智允", "박지윤"),
    ("中国电影集团公司", "China Film Group"),
]
ORGS = [
    ("青岛市人民政府", None, []),
    ("西海影业", "Seohae Pictures", []),
    ("青岛西海岸新区", None, ["西海岸新区"]),
    ("韩国交易所", None, []),
    ("国家电影局", None, []),
    ("CJ ENM", "CJ ENM", []),
    ("中国电影集团公司", "China Film Group", []),
]
DATES = [
    ("2024年10月21日", "2024-10-21"),
    ("昨日", "2024-10-20"),
    ("明年3月", "2025-03"),
    ("2025年下半年", "2025-H2"),
    ("2025年至2027年", "2025/2027"),
    ("2008年", "2008"),
    ("2016年", "2016"),
    ("今年6月", "2024-06"),
    ("本月初", "2024-10"),
    ("下月", "2024-11"),
    ("今年", "2024"),
]
EVENTS = [
    ("agreement", "2024-10-20", "签署", "青岛市人民政府", ["西海影业"], "occurred"),
    ("opening", "2025-03", "设立", "西海影业", [], "planned"),
    ("other", "2025-H2", "开机", None, [], "planned"),
    ("founding", "2008", "成立", "西海影业", [], "occurred"),
    ("listing", "2016", "上市", "西海影业", ["韩国交易所"], "occurred"),
    ("approval", "2024-06", "批准", "青岛西海岸新区", ["国家电影局"], "occurred"),
    ("appointment", "2024-10", "任命", "西海影业", ["CJ ENM"], "occurred"),
    ("agreement", "2024-11", "签署", "西海影业", ["中国电影集团公司"], "planned"),
    ("opening", "2024", "开设", "西海影业", [], "negated"),
]
NOT_ALIASES = [
    ("记者 王蕾", "reporter byline in the dateline"),
]
NOT_DATES = [
    ("五年", "duration: not a calendar date (annotation guide)"),
]
