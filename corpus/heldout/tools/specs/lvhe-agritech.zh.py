DOCUMENT = "lvhe-agritech.zh.txt"
LANG = "zh"
DATELINE = ("杭州", "2025-01-08")
ALIASES = [
    ("浙江绿禾农业科技有限公司", "Lvhe AgriTech"),
    ("物联网", "IoT", False),
    ("希杰第一制糖", "CJ CheilJedang"),
    ("国际水稻研究所", "IRRI"),
    ("国际水稻研究所", "International Rice Research Institute"),
]
ORGS = [
    ("浙江绿禾农业科技有限公司", "Lvhe AgriTech", ["绿禾科技"]),
    ("红杉中国", None, []),
    ("浙江省农业投资发展集团", None, []),
    ("深创投", None, []),
    ("中国农业银行", None, []),
    ("农银投资", None, []),
    ("希杰第一制糖", "CJ CheilJedang", ["韩国希杰第一制糖"]),
    ("农业农村部", None, []),
    ("国际水稻研究所", "IRRI", ["International Rice Research Institute"]),
    ("阿里巴巴集团", None, []),
    ("香港联合交易所", None, []),
]
DATES = [
    ("2025年1月8日", "2025-01-08"),
    ("今日", "2025-01-08"),
    ("2017年", "2017"),
    ("去年9月", "2024-09"),
    ("同年11月", "2024-11"),
    ("2023年", "2023"),
    ("今年第二季度", "2025-Q2"),
    ("2026年", "2026"),
    ("上月", "2024-12"),
    ("明年", "2026"),
]
EVENTS = [
    ("announcement", "2025-01-08", "宣布", "浙江绿禾农业科技有限公司", [], "occurred"),
    ("founding", "2017", "成立", "浙江绿禾农业科技有限公司", [], "occurred"),
    ("agreement", "2024-09", "签署", "浙江绿禾农业科技有限公司", ["希杰第一制糖"], "occurred"),
    ("opening", "2024-11", "设立", "浙江绿禾农业科技有限公司", ["希杰第一制糖"], "occurred"),
    ("designation", "2023", "认定", "浙江绿禾农业科技有限公司", ["农业农村部"], "occurred"),
    ("award", "2023", "颁发", "浙江绿禾农业科技有限公司", ["国际水稻研究所"], "occurred"),
    ("launch", "2025-Q2", "推出", "浙江绿禾农业科技有限公司", [], "planned"),
    ("opening", "2026", "设立", "浙江绿禾农业科技有限公司", [], "planned"),
    ("appointment", "2024-12", "任命", "浙江绿禾农业科技有限公司", [], "occurred"),
    ("listing", "2026", "上市", "浙江绿禾农业科技有限公司", ["香港联合交易所"], "negated"),
]
NOT_ALIASES = [
    ("绿禾科技", "a short name defined in the same script: no alias pair (annotation guide), joins the organisation"),
]
NOT_DATES = [
    ("五年", "duration: not a calendar date (annotation guide)"),
]
