"""Chinese event data: trigger words, status cues, reference words.

jieba's segmentation of event verbs is not stable (`并于`, `已于` are one token, `韩华 海洋` two),
so triggers are matched on the clause text, longest first, with the few contexts that make a word
a noun or a modifier excluded (`上市公司`, `投资审查`). In a Chinese clause the first trigger is the
verb (`签署收购协议` is an agreement). Examples: `examples/zh.tsv`.
"""

from ...nlp.lexicon import reference_words

TRIGGERS: dict[str, str] = {
    "注册成立": "founding", "成立": "founding", "创立": "founding", "创建": "founding", "创办": "founding",
    "组建": "founding", "始建": "founding",
    "批准": "approval", "获批": "approval", "核准": "approval", "审批": "approval",
    "核定": "approval",   # a plan approved by the cabinet or a ministry (`行政院於5月核定…方案`)
    "三读通过": "approval",   # a bill passed by a legislature (`議會三讀通過…自治條例`)
    "认定为": "designation", "被评为": "designation", "入选": "designation", "指定为": "designation",
    "被认定": "designation", "被指定": "designation", "获评": "designation",
    "评选为": "designation", "获选为": "designation", "评为": "designation",   # (`獲…評選為績優機關`)
    "签署": "agreement", "签订": "agreement", "签约": "agreement", "达成协议": "agreement", "缔结": "agreement",
    "发布": "launch", "推出": "launch", "上线": "launch", "面世": "launch", "发售": "launch",
    "开办": "launch",   # a service or a course started (`開辦長照服務`)
    "试办": "launch", "开跑": "launch", "起跑": "launch",
    "投资": "investment", "融资": "investment", "增资": "investment", "注资": "investment", "募资": "investment",
    "收购": "acquisition", "并购": "acquisition", "购入": "acquisition", "吸收合并": "acquisition",
    "任命": "appointment", "出任": "appointment", "聘任": "appointment", "就任": "appointment",
    "委任": "appointment", "履新": "appointment", "宣誓就职": "appointment",
    "荣获": "award", "获奖": "award", "授予": "award", "颁发": "award", "颁授": "award", "获颁": "award", "勇夺": "award",
    "夺得": "award", "夺下": "award", "摘下": "award", "夺冠": "award", "夺金": "award", "摘金": "award",
    "上市": "listing", "挂牌": "listing",
    "设立": "opening", "开设": "opening", "开业": "opening", "揭牌": "opening", "启用": "opening",
    "落成": "opening", "开馆": "opening",
    "开幕启用": "opening", "落成启用": "opening",   # a site opened, not a fair (`東區運動中心於5月1日開幕啟用`)
    "正式营运": "opening", "开始营运": "opening",   # a site put into service (`新營青創基地已於去年10月正式營運`)
    "宣布": "announcement", "揭晓": "announcement", "公布": "announcement", "公告": "announcement",
    "举办": "meeting", "举行": "meeting", "召开": "meeting", "出席": "meeting", "参加": "meeting", "会晤": "meeting",
    "会见": "meeting", "登场": "meeting", "开幕": "meeting", "闭幕": "meeting", "参展": "meeting",
    "接见": "meeting", "揭幕": "meeting", "莅临": "meeting", "办理": "meeting",
    "访问": "visit", "参访": "visit", "回访": "visit", "拜访": "visit", "访台": "visit", "访华": "visit", "视察": "visit",
    "访视": "visit", "访查": "visit", "拜会": "visit", "抵台": "visit", "抵达": "visit", "出访": "visit",
    "率团访": "visit", "率队访": "visit",   # `率團訪史`, `率團訪美`: a delegation led to a country named by one character
    "启动": "other", "交付": "other", "提交": "other",
    "开工": "other", "动工": "other", "竣工": "other", "投产": "other", "更名": "other",
    "生效": "other", "上路": "other", "实施": "other", "施行": "other", "修订": "other", "修正": "other", "发生": "other",
    "展开": "other", "开展": "other", "开放": "other", "演出": "other", "搬迁": "other", "拆除": "other",
    "出院": "other", "通报": "other", "完工": "other", "通车": "other", "开始": "other",
    "出生": "other",   # a life told in background (`於民國75年出生於青山市`)
    "受理": "other", "征件": "other",   # an application period opened (`即日起至4月30日止受理申請`)
    "完成": "other",   # (`工程已於去年12月完成`, `預計明年6月完成`)
    # coming home is no visit (`返抵臺灣` is not `抵台`): a happening of its own
    "返抵": "other", "返台": "other", "返国": "other", "返乡": "other",
    "开打": "other",   # vaccination or a season begun (`疫苗將於10月1日起開打`)
    "推动": "launch",  # only from a year on: RUN_FROM_ONLY
    "建置": "launch",  # a system or a site built and put to use (`明年第一季建置智慧路燈示範區`), as Korean `구축`
}
# Verbs of announcing: what they go on to tell in their clause or the next is the news (the guide).
ANNOUNCING = {"宣布"}
# Verbs that run a programme: from a year on (`自102年起舉辦`, `自110年起實施`), the programme was launched then.
RUN_FROM = {"举办", "实施", "开办", "推动", "开展", "试办"}
# … and the verbs that tell a happening only so (`自113年起推動…計畫`; `持續推動` is a habit, not news).
RUN_FROM_ONLY = {"推动"}
# Verbs of holding: a meeting when the sentence names a gathering (`data/gatherings.tsv`), else
# the happening held is of another type (`舉辦商圈小旅行`, `燈會登場`).
HOLD_VERBS = {"举办", "举行", "登场", "开幕", "闭幕", "办理"}
# Verbs of launching: what they put on is a meeting when it is a gathering (`推出「光之旅」特展`).
SHOW_VERBS = {"推出", "发布", "开跑", "起跑"}
# A trigger followed by one of these is a noun or a modifier, not the event.
NOT_AFTER: dict[str, tuple[str, ...]] = {
    "上市": ("公司", "企业", "地", "规则", "条件", "辅导", "申请"),   # (`上市申請獲受理`: an application, no listing)
    "投资": ("审查", "者", "机构", "公司", "人", "额", "基金", "环境", "银行", "集团", "协议", "促进",
             "为由", "名义", "诈骗", "陷阱", "骗局",
             "审议", "案件", "件数", "统计", "金额"),   # (`核准僑外投資案件212件`, `投資審議流程`: what the noun after it is)   # (a pretext or a scam: `以投資為由詐騙民眾`)
    "收购": ("协议", "方", "案", "价"),
    "发布": ("会",),
    "成立": ("以来", "之初", "时"),
    "出生": ("率", "人口", "数", "证明", "地", "人数", "日期", "年月日"),
    "批准": ("文件",),
    "核定": ("本", "版", "金额", "额度", "数"),
    "开放": ("参观", "博物馆", "时间"),
    "试办": ("计划", "计画", "工作", "路段", "初期", "期间", "阶段", "方案", "地区"),
    # a Taiwanese city's name begins with 台 (`走訪臺南各大夜市`): no visit to Taiwan
    "访台": ("南", "北", "中", "东"), "抵台": ("南", "北", "中", "东"),
    # reports counted or a channel for them (`通報件數`, `通報平台`), no report made
    "通报": ("件", "数", "量", "平台", "系统", "专线", "电话", "窗口", "机制"),
    # a draft or a bill of amendment (`部分條文修正草案`): what is passed or reviewed, no happening
    "修正": ("草案", "案", "条文", "版"), "修订": ("草案", "案", "条文", "版"),
}
# Taking part, before who takes part (`參展藝術家`, `參賽選手`, `參訪團`, `出席人員`): a modifier of a
# person or a party, no happening.
_WHO_TAKES_PART = ("艺术家", "厂商", "业者", "单位", "选手", "队伍", "者", "人员", "人士", "团队", "贵宾", "民众")
NOT_AFTER.update({verb: _WHO_TAKES_PART for verb in ("参展", "参加", "出席", "参与")})
NOT_AFTER["参访"] = _WHO_TAKES_PART + ("团",)
NOT_AFTER["访问"] = _WHO_TAKES_PART + ("团",)   # (`訪問團4日將前往…`: the delegation, no visit told by the word)
# Any trigger followed by one of these modifies a noun of arrangements, no happening (`約定訪視時間`,
# `舉辦地點`, `簽約日期`).
NOT_AFTER_ANY = ("时间", "日期", "地点", "时段", "费用", "名单", "人数", "场次", "流程", "事宜")
# Any trigger after one of these in its clause is counted up, no happening (`累計已完成路面改善1,500公里`,
# `累積舉辦50場`).
NOT_BEFORE_ANY = ("累计", "累积")
# A trigger whose object, within a few characters of it in its clause, is one of these is no
# event of its type: information issued (`發布交通訊息`, `發布幾項指示`) is no launch.
NOT_OBJECT: dict[str, tuple[str, ...]] = {
    "发布": ("指示", "讯息", "信息", "消息", "警报", "警讯", "新闻", "命令", "通知", "公告", "特报", "资讯"),
}
NOT_OBJECT_REACH = 6
# A trigger whose object is a figure (`產銷分別完成1250萬輛`, `完成3億元`): an amount reached, no happening.
FIGURE_OBJECT = ("完成",)
# A trigger whose object, within those few characters, is one of these is an event of another type: a
# course or a class opened (`開設師資研習課程`) is a programme launched, not a site opened.
OBJECT_TYPE_REACH = 16
OBJECT_TYPE: dict[str, tuple[tuple[str, ...], str]] = {
    "开设": (("课程", "课", "班", "学程", "讲座", "研习", "门诊", "教室", "工作坊", "学堂", "营队"), "launch"),
}
# … and one whose topic, a few characters before it, is one of these: a platform or a system put into use
# (`新版平臺正式啟用`) is launched, not a site opened.
TOPIC_TYPE_REACH = 8
TOPIC_TYPE: dict[str, tuple[tuple[str, ...], str]] = {
    "启用": (("平台", "系统", "网站", "网页", "App", "APP", "程式", "程序", "服务"), "launch"),
}
# A trigger after one of these in its clause tells what is asked, owed or late, not a happening
# (`各團需於前一年度完成申請`, `請於5月31日前完成繳納`, `因較晚完成手續`).
NOT_BEFORE: dict[str, tuple[str, ...]] = {
    "完成": ("需", "须", "应", "请", "必须", "务必", "较晚", "尚未", "未能", "未"),
}
# Patterns with a gap: `获得…奖` is an award, `通过…审查` an approval.
GAP_PATTERNS: list[tuple[str, str]] = [
    ("award", r"(?P<t>获得|获)[^，。；,;]{0,15}?(?:奖|荣誉|称号|金牌|银牌|铜牌)"),
    # what a body confers, received (`获得工业和信息化部颁发的…称号`): the receiving is the clause's verb,
    # the conferring a modifier of what is received
    ("award", r"(?P<t>获得|荣获|获)[^，。；,;]{2,20}?颁(?:发|授)的"),
    # a place or a grade won in a contest (`獲得團體第一`, `獲得國小組第二名`, `獲得特優`)
    ("award", r"(?P<t>获得|荣获|勇夺)[^，。；,;]{0,12}?(?:第[一二三1-3](?:名|(?![\u4e00-\u9fff0-9]))|冠军|亚军|季军|特优|首奖)"),
    # a medal won in a match (`拿下銅牌`, `取得金牌`, `贏得3面銀牌`)
    ("award", r"(?P<t>拿下|取得|赢得|抱回|摘得)[^，。；,;]{0,10}?(?:金牌|银牌|铜牌|奖牌|冠军)"),
    ("approval", r"(?P<t>通过)[^，。；,;]{0,20}?(?:审查|审核|评审|审批|验收|认证)"),
    # a licence or a certification obtained (`獲得道路測試牌照`, `取得ISO 27001認證`), as English `received … clearance`
    ("approval", r"(?P<t>获得|取得|拿到|领取)[^，。；,;]{0,15}?(?:许可证|许可|牌照|执照|证照|认证)(?![\u4e00-\u9fff]{0,2}(?:课程|考试|班))"),
    # a draft, a bill or a budget passed (`院會通過「…條例」部分條文修正草案`)
    ("approval", r"(?P<t>通过)[^，。；,;]{0,30}?(?:草案|法案|条例|预算案?|议案|修正案|决议案?)"),
    # passed through a body's meeting (`本案經市政會議通過`, `经董事会审议通过`): approved then
    ("approval", r"经[^，。；,;]{1,16}?会议?(?:审议|讨论)?(?P<t>通过)"),
    ("other", r"(?P<t>开始|启动)[^，。；,;]{0,6}?(?:生产|量产|运营|试验|试点)"),
    # a delegation led abroad (`率市府團隊前往日本大阪`, `率團赴美`): a visit
    ("visit", r"(?P<t>率团|率队|率领|率)[^，。；,;]{0,12}?(?:前往|赴)"),
]

NEGATION = ("不会", "不计划", "不打算", "不再", "未", "没有", "暂无", "无意", "不")
NOT_NEGATION = ("不断", "不仅", "不少", "不久", "不同", "不得不", "不过", "不足", "未来")
PLANNED = ("将于", "将", "计划", "拟", "预计", "有望", "准备", "打算", "即将", "预期", "目标")
PAST = ("已于", "已经", "已", "了", "曾")

ANAPHORS: dict[str, tuple[str, ...]] = reference_words("zh")   # nlp/data/reference_words.tsv
# The company without `该` (`公司`, `本公司`): the release's own, as its short form names it (`以下简称“公司”`),
# not the one told of last (`该公司`).
OWN_COMPANY = ("公司", "本公司")
GROUPS: dict[str, int] = {"双方": 2, "两家公司": 2, "两公司": 2, "两家企业": 2, "三方": 3, "各方": 0, "两家机构": 2}
# A clause that opens with one of these is about a thing, not an organisation (`该交易`, `该工厂`).
# A clause that opens with someone referred to or counted (`该街友`, `一名女子`, `一位选手`), or with the
# speaker's `我们` (a president, a mayor speaking), is about a person: after the reference words for
# organisations (`该公司`, `该局`), no subject carries into it.
# A delegation at a clause's head (`訪問團此行亦於2日參訪…`): the body that led the visit told before acts.
DELEGATIONS = ("访问团", "代表团", "考察团", "参访团", "访团", "经贸团", "交流团")
PERSON_OPENERS = ("该", "一名", "一位", "我们", "我")
THING_OPENERS = ("该交易", "该项目", "该工厂", "该产品", "该合同", "该协议", "该平台", "该中心", "工厂", "项目", "交易")

# Before an organisation: what it is to the event.
BEFORE_ROLE: dict[str, str] = {"与": "partner", "和": "partner", "同": "partner", "跟": "partner", "被": "partner",
                               "由": "partner", "向": "other", "在": "other", "对": "object", "从": "other", "经": "authority",
                               "获": "authority",   # (`獲國發會評選為…`: the one it received the choice from)
                               # the bodies invited or called together to what the clause's actor holds
                               # (`公路局邀集宜蘭縣政府、花蓮縣政府召開協調會議`), or brought along
                               "邀集": "partner", "邀请": "partner", "召集": "partner", "偕同": "partner"}
# After an organisation: it modifies something else (`…旗下的`, `…的批准`).
MODIFIER_AFTER = ("旗下", "的", "下属", "子公司")
# After an organisation: it put money into a round (`由A领投、B跟投的C轮融资`), a party of the financing,
# not who raised it.
INVESTING_AFTER = ("领投", "跟投", "参投", "联合领投", "共同领投", "独家投资", "追加投资")
CLAUSE_SPLIT = "，,；;。！？!?\u3000"   # (the ideographic space parts a headline's phrases: `簽署備忘錄　明年互設據點`)
COORDINATORS = ("并", "并于", "并且", "同时", "随后", "此后")
