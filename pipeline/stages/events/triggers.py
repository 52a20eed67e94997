"""Event triggers per language: data. A trigger is a lemma (Korean: Kiwi's noun or verb stem;
English: a lower-cased word form; Chinese: a jieba word) and the event type it signals.

Korean triggers are mostly Sino-Korean nouns made into verbs (`설립되었다` = 설립 + 되 + 었 + 다,
`체결했다` = 체결 + 하 + 였 + 다), so matching the noun morpheme followed by a verb-forming
suffix or a light verb (`받다`, `맺다`, `완료하다`) catches every inflected form.
"""

KO: dict[str, str] = {
    "설립": "founding", "창립": "founding", "창업": "founding", "출범": "founding", "설치": "founding",
    "승인": "approval", "인가": "approval", "허가": "approval", "인증": "approval",
    "지정": "designation", "선정": "designation",
    "체결": "agreement", "협약": "agreement", "제휴": "agreement", "합의": "agreement", "계약": "agreement",
    "출시": "launch", "발매": "launch", "공개": "launch", "선보이": "launch", "론칭": "launch", "런칭": "launch",
    "투자": "investment", "유치": "investment",
    "인수": "acquisition", "합병": "acquisition",
    "선임": "appointment", "임명": "appointment", "취임": "appointment", "내정": "appointment",
    "수상": "award", "수여": "award",
    "상장": "listing",
    "개소": "opening", "개관": "opening", "개장": "opening", "개원": "opening", "준공": "opening", "개통": "opening",
    "발표": "announcement", "공표": "announcement",
}
# A Korean trigger noun counts only when a verb follows it in the same clause: 하다/되다 as a
# suffix, or one of these light verbs (`승인을 받았다`, `MOU를 맺었다`, `인수를 완료했다`).
KO_LIGHT_VERBS = {"받다", "맺다", "완료하다", "마치다", "체결하다", "진행하다", "추진하다", "성사하다", "밝히다"}
KO_NOUN_OBJECTS = {"MOU": "agreement", "양해각서": "agreement", "업무협약": "agreement"}

EN: dict[str, str] = {
    "founded": "founding", "established": "founding", "launched": "launch", "launch": "launch", "launches": "launch",
    "unveiled": "launch", "introduced": "launch", "released": "launch", "release": "launch",
    "approved": "approval", "approval": "approval", "cleared": "approval", "authorized": "approval",
    "designated": "designation", "selected": "designation", "named": "appointment",
    "signed": "agreement", "sign": "agreement", "agreement": "agreement", "partnered": "agreement",
    "invested": "investment", "invest": "investment", "raised": "investment", "investment": "investment",
    "acquired": "acquisition", "acquire": "acquisition", "acquisition": "acquisition", "merged": "acquisition",
    "appointed": "appointment", "appoint": "appointment", "hired": "appointment",
    "awarded": "award", "won": "award", "received": "award",
    "listed": "listing", "listing": "listing", "ipo": "listing",
    "opened": "opening", "open": "opening", "opens": "opening", "inaugurated": "opening",
    "announced": "announcement", "announces": "announcement",
}

ZH: dict[str, str] = {
    "成立": "founding", "创立": "founding", "创建": "founding", "批准": "approval", "获批": "approval",
    "认定": "designation", "被评为": "designation", "签署": "agreement", "签订": "agreement", "签约": "agreement",
    "发布": "launch", "推出": "launch", "上市": "listing", "投资": "investment", "融资": "investment",
    "收购": "acquisition", "并购": "acquisition", "任命": "appointment", "获得": "award", "荣获": "award",
    "开业": "opening", "启用": "opening", "揭牌": "opening", "宣布": "announcement",
}

PLANNED = {"ko": ("예정", "계획", "방침", "할 것", "ㄹ 것", "겠"), "en": ("will", "plans to", "expects to", "is to", "intends to", "aims to"),
           "zh": ("将", "计划", "拟", "预计")}
NEGATED = {"ko": ("않", "못", "없"), "en": ("not", "n't", "never"), "zh": ("未", "没有", "不")}
