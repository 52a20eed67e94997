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
