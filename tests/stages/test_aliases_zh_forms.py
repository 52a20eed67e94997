"""Chinese names before a rendering: the forms of the language the name's edges take (what leads
into a name, a person's role before it, words a rendering renders that a run cut off). Every
example is written here, in Traditional and in Simplified characters."""
import pytest

from pipeline import extract


def pairs(text):
    recs = extract(text, lang="zh", anchor="2025-02-20")
    return [(a.name.text, a.alias.text) for a in recs["aliases.jsonl"]]


@pytest.mark.parametrize("text, expected", [
    # a kinship, role or profession noun before a transliterated person's name
    ("他的女兒莎莉娜（Selena Walker）出生於高雄。", ("莎莉娜", "Selena Walker")),
    ("他的女儿莎莉娜（Selena Walker）出生于高雄。", ("莎莉娜", "Selena Walker")),
    ("該團體的成員馬克·布朗寧（Mark Browning）表示將退出。", ("馬克·布朗寧", "Mark Browning")),
    ("该团体的成员马克·布朗宁（Mark Browning）表示将退出。", ("马克·布朗宁", "Mark Browning")),
    ("知名考古學家霍華德·卡特（Howard Carter）發現了陵墓。", ("霍華德·卡特", "Howard Carter")),
    ("宮廷樂師巴哈（Bach）曾在此演奏。", ("巴哈", "Bach")),
    ("主治医生罗伯森（Robertson）指出病情稳定。", ("罗伯森", "Robertson")),
    ("海軍中校麥克·道爾（Michael Doyle）率艦抵達。", ("麥克·道爾", "Michael Doyle")),
    ("他的弟子汉斯（Hans Weber）继承了工坊。", ("汉斯", "Hans Weber")),
    ("她的丈夫湯瑪斯·穆勒（Thomas Muller）是醫師。", ("湯瑪斯·穆勒", "Thomas Muller")),
    # a verb or a locative that leads into the name
    ("這隻貓被取名為湯姆（Tom）。", ("湯姆", "Tom")),
    ("这只猫被取名为汤姆（Tom）。", ("汤姆", "Tom")),
    ("故事中安娜（Anna）是一名醫生。", ("安娜", "Anna")),
    ("他後來搬到波士頓（Boston）居住。", ("波士頓", "Boston")),
    ("代表团前往至温哥华（Vancouver）参访。", ("温哥华", "Vancouver")),
    ("該市人口僅次於多倫多（Toronto）。", ("多倫多", "Toronto")),
    ("该港货运量仅次于海军码头（Navy Pier）。", ("海军码头", "Navy Pier")),
])
def test_what_leads_into_a_rendered_name_is_no_part_of_it(text, expected):
    assert expected in pairs(text), pairs(text)


@pytest.mark.parametrize("text, expected", [
    # the first sound of a transliteration the segmenter cuts off as a word of its own stays
    ("美國智庫所長懷恩斯坦（Kenneth Weinstein）訪台。", ("懷恩斯坦", "Kenneth Weinstein")),
])
def test_a_transliterations_own_first_sound_stays(text, expected):
    assert expected in pairs(text), pairs(text)


@pytest.mark.parametrize("text, expected", [
    # a unit's 队 that no sports team's is: its rendering renders it
    ("由英國第三北極考察隊（Third British Arctic Expedition）建立。", ("英國第三北極考察隊", "Third British Arctic Expedition")),
    ("由英国第三北极考察队（Third British Arctic Expedition）建立。", ("英国第三北极考察队", "Third British Arctic Expedition")),
    ("美國海軍的第七艦隊（Seventh Fleet）抵達。", ("第七艦隊", "Seventh Fleet")),
    # a baseball team's English name is its nickname: its 队 stays out
    ("今晚迎戰NC恐龍隊（NC Dinos）。", ("NC恐龍", "NC Dinos")),
    ("今晚迎战乐天巨人棒球队（Lotte Giants）。", ("乐天巨人", "Lotte Giants")),
])
def test_a_units_word_its_rendering_renders_stays_in_the_name(text, expected):
    assert expected in pairs(text), pairs(text)


@pytest.mark.parametrize("text, expected", [
    # a word the segmenter reads as no noun (a time word, a verb) that the rendering renders
    ("現代爵士樂團（Modern Jazz Band）將來台演出。", ("現代爵士樂團", "Modern Jazz Band")),
    ("现代爵士乐团（Modern Jazz Band）将来台演出。", ("现代爵士乐团", "Modern Jazz Band")),
    ("館方與當代陶藝協會（Contemporary Ceramics Society）合作。", ("當代陶藝協會", "Contemporary Ceramics Society")),
    # … and not where the rendering leaves it out
    ("本週古代錢幣展（Coin Show）開幕。", ("錢幣展", "Coin Show")),
    # a hyphen between two places of one name, `and` in the rendering
    ("艾塞克斯-薩福克（Essex and Suffolk）地區的農場。", ("艾塞克斯-薩福克", "Essex and Suffolk")),
    ("艾塞克斯-萨福克（Essex and Suffolk）地区的农场。", ("艾塞克斯-萨福克", "Essex and Suffolk")),
])
def test_a_word_the_rendering_renders_stays_in_the_name(text, expected):
    assert expected in pairs(text), pairs(text)


@pytest.mark.parametrize("text, expected", [
    # a national body's name with 與 inside, named by an acronym with more letters than its last
    # words give; a country before it stays, as before any body's acronym
    ("美國國家標準與技術研究院（NIST）發布報告。", ("美國國家標準與技術研究院", "NIST")),
    ("美国国家标准与技术研究院（NIST）发布报告。", ("美国国家标准与技术研究院", "NIST")),
    ("國家海洋與大氣總署（NOAA）表示。", ("國家海洋與大氣總署", "NOAA")),
    # plain nouns before the 與, no place or body of their own, make the first half of the name too
    ("衛生局參考美國疾病管制與預防中心（CDC）的資料。", ("美國疾病管制與預防中心", "CDC")),
    ("研究團隊與海洋保育與復育中心（MCRC）合作。", ("海洋保育與復育中心", "MCRC")),
    # two parties joined by 與 stay apart
    ("臺南市與國際半導體產業協會（SEMI）簽署備忘錄。", ("國際半導體產業協會", "SEMI")),
    ("學者與國家科學委員會（NSC）合作。", ("國家科學委員會", "NSC")),
    ("國際貨幣基金與世界銀行（WB）召開會議。", ("世界銀行", "WB")),
    ("我國與國際能源總署（IEA）交流。", ("國際能源總署", "IEA")),
])
def test_a_conjunction_inside_a_national_bodys_name(text, expected):
    assert expected in pairs(text), pairs(text)


def test_a_places_own_word_before_its_kind_stays():
    # the segmenter tags the kind (海峽) as a place; the word before it is the place's own name
    assert ("宗谷海峽", "Soya Strait") in pairs("船隻穿越宗谷海峽（Soya Strait）北上。")
    assert ("宗谷海峡", "Soya Strait") in pairs("船只穿越宗谷海峡（Soya Strait）北上。")


@pytest.mark.parametrize("text, expected", [
    # a title the rendering renders stays
    ("教宗方濟各（Pope Francis）發表談話。", ("教宗方濟各", "Pope Francis")),
    ("教宗方济各（Pope Francis）发表谈话。", ("教宗方济各", "Pope Francis")),
    # a role noun the segmenter cuts in two goes whole
    ("美國太空人史考特·凱利（Scott Kelly）分享經驗。", ("史考特·凱利", "Scott Kelly")),
    ("美国太空人史考特·凯利（Scott Kelly）分享经验。", ("史考特·凯利", "Scott Kelly")),
    # a Chinese person's name after a role noun, rendered by its pinyin
    ("市府團隊成員陳小明（Chen Hsiao-ming）說明。", ("陳小明", "Chen Hsiao-ming")),
    ("现场还有志工艾美（Amy Chen）协助翻译。", ("艾美", "Amy Chen")),
])
def test_titles_rendered_stay_and_role_nouns_go(text, expected):
    assert expected in pairs(text), pairs(text)


@pytest.mark.parametrize("text, expected", [
    # a pronoun and a conjunction the segmenter glues to the name after them
    ("他和瑪麗（Mary Brown）在台南結婚。", ("瑪麗", "Mary Brown")),
    ("他和玛丽（Mary Brown）在台南结婚。", ("玛丽", "Mary Brown")),
    # a foreign person's name with a middle dot whose first part the segmenter reads as a place
    ("法官安東寧·史卡利亞（Antonin Scalia）去世。", ("安東寧·史卡利亞", "Antonin Scalia")),
    ("法官安东宁·史卡利亚（Antonin Scalia）去世。", ("安东宁·史卡利亚", "Antonin Scalia")),
])
def test_glued_function_words_and_dotted_names(text, expected):
    assert expected in pairs(text), pairs(text)


@pytest.mark.parametrize("text, expected", [
    # a word that says a name follows (its real name, stage name, other name, translation)
    ("這位歌手本名艾瑞克（Eric Lin）。", ("艾瑞克", "Eric Lin")),
    ("这位歌手艺名艾瑞克（Eric Lin）。", ("艾瑞克", "Eric Lin")),
    ("這座城別名艾瑞克堡（Fort Eric）。", ("艾瑞克堡", "Fort Eric")),
    ("这座岛或译艾瑞克岛（Eric Island）。", ("艾瑞克岛", "Eric Island")),
])
def test_a_word_that_announces_a_name_is_no_part_of_it(text, expected):
    assert expected in pairs(text), pairs(text)


@pytest.mark.parametrize("text, expected", [
    # a kind of place before its name, which the rendering leaves out (the segmenter tags these
    # words as anything: 城市 ns, 小鎮 nr, 首都 d)
    ("他出生於美國城市西雅圖（Seattle）。", ("西雅圖", "Seattle")),
    ("他出生于美国城市西雅图（Seattle）。", ("西雅图", "Seattle")),
    ("遊客湧入奧地利小鎮哈修塔特（Hallstatt）。", ("哈修塔特", "Hallstatt")),
    ("法国首都巴黎（Paris）举办奥运。", ("巴黎", "Paris")),
    ("該國首府維多利亞（Victoria）人口不多。", ("維多利亞", "Victoria")),
    # … and keeps it where the rendering renders it
    ("市府打造城市光廊（City Light Gallery）。", ("城市光廊", "City Light Gallery")),
])
def test_a_kind_of_place_before_its_name(text, expected):
    assert expected in pairs(text), pairs(text)


@pytest.mark.parametrize("text, expected", [
    # a firm's registered name with its legal form keeps the words a clause would not hold (a verb,
    # a title), and renders no person however its rendering reads
    ("市府與德國萊茵技術監護顧問股份有限公司（TÜV Rheinland）簽署備忘錄。", ("萊茵技術監護顧問股份有限公司", "TÜV Rheinland")),
    ("市府与德国莱茵技术监护顾问股份有限公司（TÜV Rheinland）签署备忘录。", ("莱茵技术监护顾问股份有限公司", "TÜV Rheinland")),
    ("本局邀請青山管理顧問有限公司（Blue Hill Partners）協助評估。", ("青山管理顧問有限公司", "Blue Hill Partners")),
    # a line of business alone is no name: the word the segmenter cut off before it is the name's
    ("工研院與聯發科技（MediaTek）及台達電子（Delta Electronics）簽約。", ("聯發科技", "MediaTek")),
    ("工研院与联发科技（MediaTek）签约。", ("联发科技", "MediaTek")),
])
def test_a_firms_name_keeps_its_words_before_its_legal_form_or_line_of_business(text, expected):
    assert expected in pairs(text), pairs(text)


@pytest.mark.parametrize("text, expected", [
    # a short name in the name's own script, then one Latin word: the Latin word renders the name
    ("台灣電力公司（台電，Taipower）響應節電活動。", ("台灣電力公司", "Taipower")),
    ("台湾电力公司（台电，Taipower）响应节电活动。", ("台湾电力公司", "Taipower")),
    ("中華郵政公司（中華郵政，Chunghwapost）推出新服務。", ("中華郵政公司", "Chunghwapost")),
])
def test_a_one_word_rendering_after_a_short_name_renders_the_name(text, expected):
    assert expected in pairs(text), pairs(text)


@pytest.mark.parametrize("text, expected", [
    # a verb of calling on glued by the segmenter to the word before it ends the name
    ("市長率團拜會泰國觀光局（Tourism Authority of Thailand）。", ("泰國觀光局", "Tourism Authority of Thailand")),
    ("市长率团拜会泰国观光局（Tourism Authority of Thailand）。", ("泰国观光局", "Tourism Authority of Thailand")),
    # a direction word naming a body's branch between the parent's name and the branch's noun
    ("國立故宮博物院南部院區（Southern Branch of the National Palace Museum）今年展出。",
     ("國立故宮博物院南部院區", "Southern Branch of the National Palace Museum")),
    ("青山科學博物館北部分館（Northern Branch of Qingshan Science Museum）開幕。",
     ("青山科學博物館北部分館", "Northern Branch of Qingshan Science Museum")),
])
def test_a_names_edge_by_the_segmenters_glued_verbs_and_branch_directions(text, expected):
    assert expected in pairs(text), pairs(text)
