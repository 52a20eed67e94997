"""Word lists the alias finder reads: data, not logic.

TRANSLATIONS: Korean words organisations are made of, with English renderings a bracket may use.
TERMS: general words that a bracket translates without naming anything (`인공지능(AI)`).
DESCRIPTORS: words that stand before a name to describe it and are not part of it.
"""

TRANSLATIONS: dict[str, tuple[str, ...]] = {
    "연구소": ("institute", "research", "laboratory", "lab"),
    "연구원": ("institute", "research"),
    "연구": ("research",),
    "그룹": ("group",),
    "과학기술": ("science and technology", "science & technology", "sci-tech"),
    "과학": ("science",),
    "기술": ("technology", "tech"),
    "유한회사": ("co., ltd", "co. ltd", "limited", "ltd"),
    "주식회사": ("co., ltd", "inc", "corporation", "corp"),
    "회사": ("company", "co."),
    "공사": ("corporation", "corp"),
    "총공사": ("corporation",),
    "위원회": ("committee", "commission", "council"),
    "센터": ("center", "centre"),
    "혁신센터": ("innovation center", "innovation centre"),
    "대학교": ("university",),
    "대학": ("university", "college"),
    "의학원": ("medical college", "medical sciences", "academy of medical"),
    "과학원": ("academy of sciences", "academy"),
    "은행": ("bank",),
    "재단": ("foundation",),
    "협회": ("association",),
    "병원": ("hospital",),
    "제약": ("pharmaceutical", "pharma"),
    "의약": ("pharmaceutical", "medicine", "pharma"),
    "에너지": ("energy",),
    "재생": ("renewable",),
    "전자": ("electronics", "electric"),
    "정밀기계": ("precision machinery",),
    "기계": ("machinery",),
    "항공": ("aviation", "aerospace"),
    "장비": ("equipment",),
    "연안공학": ("offshore engineering",),
    "공학": ("engineering",),
    "통신": ("communication", "telecom"),
    "혈액학": ("hematology", "haematology"),
    "줄기세포": ("stem cell",),
    "유전자공학": ("gene engineering", "genetic engineering"),
    "생명과학": ("life sciences", "bioscience"),
    "바이오": ("bio",),
    "중국": ("china", "chinese", "sino"),
    "한국": ("korea", "korean"),
    "미국": ("america", "american", "united states", "us"),
    "일본": ("japan", "japanese"),
    "베이징": ("beijing", "peking"),
    "국제": ("international",),
    "글로벌": ("global",),
    "세계": ("world", "global"),
    "국가": ("national", "state"),
    "아시아": ("asia", "asian"),
    "유럽": ("europe", "european", "eu"),
    "아프리카": ("africa", "african"),
    "태평양": ("pacific",),
    "아태": ("asia-pacific", "apac"),
    "아시아태평양": ("asia-pacific", "asia pacific", "apec"),
    "중남미": ("latin america",),
    "카리브": ("caribbean",),
    "동남아시아": ("southeast asia",),
    "걸프": ("gulf",),
    "협력": ("cooperation", "co-operation"),
    "경제": ("economic", "economy"),
    "기후": ("climate",),
    "환경": ("environment", "environmental"),
    "농업": ("agriculture", "agricultural"),
    "해외": ("overseas", "foreign"),
    "정보": ("information",),
    "데이터": ("data",),
    "보호": ("protection",),
    "개인정보": ("privacy", "personal information", "data protection"),
    "프라이버시": ("privacy",),
    "경쟁": ("competition",),
    "무역": ("trade",),
    "통상": ("trade", "commerce"),
    "금융": ("finance", "financial"),
    "포럼": ("forum",),
    "회의": ("meeting", "conference", "council"),
    "총회": ("assembly", "general meeting", "conference"),
    "기구": ("organization", "organisation"),
    "협의체": ("initiative", "council", "platform"),
    "협의회": ("council", "association"),
    "미래": ("future",),
    "전문가": ("professionals", "experts"),
    "감독기관": ("supervisor", "authority"),
    "당국": ("authority",),
    "지수": ("index",),
    "협약": ("convention",),
    "산업": ("industry", "industrial", "industries"),
    "개발": ("development",),
    "투자": ("investment",),
    "증권": ("securities",),
    "보험": ("insurance",),
    "화학": ("chemical",),
    "자동차": ("motor", "automotive"),
    "해운": ("shipping",),
    "중공업": ("heavy industries",),
    "조선": ("shipbuilding",),
    "물산": ("c&t", "trading"),
    "전력": ("power", "electric"),
    "협회의": ("association",),
    "부": ("ministry",),
    "청": ("agency", "administration", "office"),
    "진흥원": ("agency", "institute"),
    "공단": ("corporation", "agency", "service"),
}

TERMS: set[str] = {
    "인공지능", "메신저리보핵산", "리보핵산", "디옥시리보핵산", "반도체", "특별전담팀", "전담팀", "사물인터넷", "가상현실", "증강현실", "빅데이터",
    "블록체인", "클라우드", "자율주행", "전기차", "이차전지", "국내총생산", "양해각서", "기업공개",
    "연구개발", "최고경영자", "최고기술책임자", "최고재무책임자", "대체불가토큰", "핵심성과지표",
    "온실가스", "탄소중립", "환경·사회·지배구조", "디지털 전환", "머신러닝", "딥러닝", "생성형 인공지능",
    "거대언어모델", "대규모 언어모델", "소프트웨어", "하드웨어", "응용프로그램", "데이터센터",
    "탄소포집", "탄소포집·저장", "탄소 포집·저장", "양자 통신", "양자통신", "양자컴퓨팅", "양자 컴퓨팅", "메타버스",
    "디지털 트윈", "디지털트윈", "핀테크", "사이버보안", "스마트팩토리", "스마트시티", "로보틱스", "수소연료전지",
}

# Acronyms of general terms, not of names: a bracket holding one translates a term
# (`인공지능(AI)`, `공적개발원조(ODA)`); any other acronym in a bracket names something (an
# organisation, a meeting, a programme, an index: `고위관리회의(SOM)`, `세계경제포럼(WEF)`).
TERM_ACRONYMS: set[str] = {
    "AI", "AX", "AR", "VR", "XR", "MR", "IT", "ICT", "IoT", "SW", "HW", "PC", "TV", "OTT", "SaaS", "PaaS", "IaaS", "API",
    "B2B", "B2C", "B2G", "ESG", "EV", "UAM", "R&D", "DX", "GX", "CEO", "CTO", "CFO", "COO", "CIO", "LNG", "LPG", "MOU",
    "MOA", "LOI", "NDA", "TF", "IPO", "M&A", "GDP", "GNI", "CPI", "PPI", "KPI", "NFT", "CCS", "CCUS", "ODA", "NGO",
    "NPO", "FTA", "EPA", "FDI", "SME", "SMEs", "PPP", "PPA", "RE100", "CBAM", "NDC", "BTR", "SDG", "SDGs", "MICE",
    "K", "CO2", "GHG", "HR", "PR", "IR", "QA", "QC", "OEM", "ODM", "EMS", "BMS", "ESS", "PV", "HVAC",
    "GPU", "CPU", "NPU", "HBM", "DRAM", "SSD", "LLM", "SLM", "RPA", "ERP", "CRM", "MES", "PLC", "BIM", "GIS", "GPS",
    "5G", "6G", "LTE", "Wi-Fi", "USB", "QR", "RFID", "NFC", "DNA", "RNA", "mRNA", "PCR", "API", "GMP",
    "IND", "BLA", "ANDA", "CMC", "GLP", "GCP", "EUA", "COVID-19", "SARS", "MERS", "CPI", "PMI", "ETF", "REIT",
}

DESCRIPTORS: set[str] = {
    "대표", "대표적인", "주요", "새로운", "신규", "기업", "업체", "회사", "기관", "글로벌", "국내", "해외",
    "세계적인", "선도", "선도적인", "유명", "전문", "최대", "최초", "최고", "이른바", "소위", "일명",
    "자회사", "계열사", "파트너", "고객사", "협력사", "스타트업", "브랜드", "제품", "플랫폼",
}

# Countries and provinces: written before a name to say where it is from (`독일 바이오엔테크
# (BioNTech)`), part of the name only when the rendering says so (`중국 메디코 코퍼레이션(China
# Medico Corporation)`). Cities are not listed: they are often part of a name (`톈진 CTW 연안공학`).
PLACES: dict[str, tuple[str, ...]] = {
    "한국": ("korea", "korean", "k"), "대한민국": ("korea", "k"), "미국": ("america", "american", "us", "u.s", "united states"),
    "중국": ("china", "chinese", "sino"), "일본": ("japan", "japanese", "nippon"), "독일": ("germany", "german", "deutsch"),
    "프랑스": ("france", "french"), "영국": ("britain", "british", "uk", "united kingdom"), "이탈리아": ("italy", "italian"),
    "스페인": ("spain", "spanish"), "네덜란드": ("netherlands", "dutch"), "스위스": ("swiss", "switzerland"),
    "스웨덴": ("sweden", "swedish"), "덴마크": ("denmark", "danish"), "노르웨이": ("norway", "norwegian"),
    "핀란드": ("finland", "finnish"), "그리스": ("greece", "greek"), "러시아": ("russia", "russian"),
    "인도": ("india", "indian"), "베트남": ("vietnam", "vietnamese"), "태국": ("thailand", "thai"),
    "싱가포르": ("singapore",), "인도네시아": ("indonesia",), "말레이시아": ("malaysia",), "필리핀": ("philippines",),
    "호주": ("australia", "australian"), "캐나다": ("canada", "canadian"), "브라질": ("brazil",), "멕시코": ("mexico",),
    "대만": ("taiwan",), "홍콩": ("hong kong", "hk"), "사우디아라비아": ("saudi",), "아랍에미리트": ("emirates", "uae"),
    "이스라엘": ("israel",), "튀르키예": ("turkey", "türkiye"), "터키": ("turkey",), "벨기에": ("belgium",),
    "오스트리아": ("austria",), "폴란드": ("poland",), "아일랜드": ("ireland", "irish"), "뉴질랜드": ("new zealand",),
    "광둥": ("guangdong",), "광둥성": ("guangdong",), "산둥": ("shandong",), "장쑤": ("jiangsu",), "저장": ("zhejiang",),
    "푸젠": ("fujian",), "허베이": ("hebei",), "쓰촨": ("sichuan",), "후베이": ("hubei",), "허난": ("henan",),
    "랴오닝": ("liaoning",), "지린": ("jilin",), "헤이룽장": ("heilongjiang",), "하이난": ("hainan",),
    "캘리포니아": ("california",), "텍사스": ("texas",), "일리노이": ("illinois",), "바이에른": ("bavaria",),
    "韩国": ("korea", "korean", "k"), "中国": ("china", "chinese", "c"), "美国": ("america", "american", "us", "u.s", "united states"),
    "日本": ("japan", "japanese", "j"), "德国": ("germany", "german"), "法国": ("france", "french"), "英国": ("britain", "uk"),
    "新加坡": ("singapore",), "越南": ("vietnam",), "印度": ("india",),
}

# Job titles written before a person's name (`首席执行官金敏俊（Kim Min-jun）`, `CEO 김민준`).
TITLES: set[str] = {
    "首席执行官", "总裁", "董事长", "总经理", "主席", "院长", "局长", "部长", "教授", "博士", "先生", "女士", "副总裁",
    "首席技术官", "首席财务官", "创始人", "负责人", "发言人", "制片人", "导演", "演员", "经理", "总监", "主任",
    "记者", "代表", "董事", "理事长", "会长", "社长", "行长", "市长", "省长",
    "总统", "副总统", "总理", "副总理", "首相", "国务卿", "参议员", "众议员", "议员", "议长", "大使", "秘书长", "外长",
    "所长", "首席营运长", "首席运营官", "营运长", "执行长", "主委", "处长", "署长", "县长", "校长", "团长", "州长", "国王",
    "特使", "司长", "厅长", "主任委员", "副市长", "副院长", "夫人", "王后", "王储", "亲王", "公主", "工艺家", "艺术家",
    "作家", "画家", "歌手", "选手", "教练", "球员", "团长", "队长", "CEO", "CTO", "CFO", "대표", "대표이사", "사장", "회장",
    "부사장", "전무", "상무", "이사", "교수", "박사", "장관", "차관", "원장", "소장", "센터장", "본부장", "총장",
}

# Chinese words that end a name looking leftwards: verbs and function words the bracket's name
# cannot start with.
ZH_BREAKS: set[str] = {
    "获得", "宣布", "表示", "签署", "签订", "成立", "发布", "收购", "投资", "推出", "完成", "任命", "与", "和", "及",
    "同", "向", "从", "由", "为", "是", "将", "对", "在", "的", "了", "被", "把", "等", "并", "旗下", "通过", "联合",
    "携手", "包括", "其中", "以及", "或", "也", "已", "于", "据", "称", "指出", "认为", "此前", "目前", "同时", "其",
    "以", "时", "该所", "出席", "邀请", "会见", "接见", "感谢", "欢迎", "见证", "率", "偕同", "致词",
    "荣获", "获颁", "荐送", "推荐", "举办", "举行", "参加", "参与", "担任", "依据", "根据", "透过", "结合",
}

# The countries among PLACES (the rest are provinces and states, often part of a name).
COUNTRIES: set[str] = {p for p in PLACES if p not in {
    "광둥", "광둥성", "산둥", "장쑤", "저장", "푸젠", "허베이", "쓰촨", "후베이", "허난", "랴오닝", "지린", "헤이룽장", "하이난",
    "캘리포니아", "텍사스", "일리노이", "바이에른"}}


# Places in English that open a name their acronym leaves out (`Singapore Economic Development
# Board (EDB)`, `Hong Kong Film Development Council (FDC)`): every English name of PLACES, and
# cities and regions that name public bodies.
LATIN_PLACES: set[str] = {n for names in PLACES.values() for n in names if len(n) > 2} | {
    "hong kong", "macao", "macau", "shanghai", "beijing", "shenzhen", "guangzhou", "tokyo", "osaka", "seoul", "busan",
    "incheon", "taipei", "tainan", "bangkok", "hanoi", "jakarta", "manila", "kuala lumpur", "dubai", "abu dhabi",
    "london", "paris", "berlin", "new york", "california", "texas", "europe", "european", "asia", "asian", "africa",
    "african", "gulf", "nordic", "latin america", "south korea", "north korea", "republic of korea", "taiwan",
    "swiss", "dutch", "scottish", "welsh", "irish", "national", "international", "federal", "royal", "global",
}
