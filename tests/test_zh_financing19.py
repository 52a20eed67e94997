"""Chinese financing releases: what an announcing tells is the news (`今日宣布完成…融资`,
`今日宣布，已与…签署…`: the guide's news of a wire release, dated by the announcing), and the
investors a round names (`由…领投`, `…跟投`, `参与方包括…等机构`) are organisations
(events/find.py; organisations/zh.py `investor_names`). The texts are written for these tests."""
from pipeline import extract
from pipeline.stages.organisations.zh import investor_names


def events(text):
    r = extract(text, lang="zh", anchor="2026-11-20")
    return [(e.type, e.date.value, sorted((p.name, p.role) for p in e.participants)) for e in r["events.jsonl"]]


def test_a_round_announced_is_an_investment():
    assert events("星河储能科技有限公司今日宣布完成5亿元人民币C轮融资。") == \
        [("investment", "2026-11-20", [("星河储能科技有限公司", "subject")])]


def test_a_signing_told_after_the_announcing_is_the_agreement():
    assert events("星河储能科技有限公司今日宣布，已与莱茵能源集团签署合作协议。") == \
        [("agreement", "2026-11-20", [("星河储能科技有限公司", "subject"), ("莱茵能源集团", "partner")])]


def test_an_announcing_with_nothing_after_it_stays():
    found = events("青山市政府今日宣布，明年起全面实施垃圾分类。")
    assert ("announcement", "2026-11-20") in [(t, d) for t, d, _ in found]


def test_investors_named_in_a_round():
    text = "本轮融资由红杉中国领投，国投创新、深创投跟投，老股东高瓴资本继续追加投资。"
    assert [text[s:e] for s, e in investor_names(text)] == ["红杉中国", "国投创新", "深创投", "高瓴资本"]
    text = "本轮融资的其他参与方包括浙江省农业投资发展集团、深创投和中国农业银行旗下的农银投资等机构。"
    assert [text[s:e] for s, e in investor_names(text)] == ["浙江省农业投资发展集团", "深创投", "农银投资"]
    assert investor_names("多家机构跟投。") == []


def test_an_investors_standing_is_no_part_of_its_name():
    r = extract("星河储能科技有限公司今日宣布完成C轮融资，老股东高瓴资本继续追加投资。", lang="zh", anchor="2026-11-20")
    names = {o.name for o in r["organisations.jsonl"]}
    assert "高瓴资本" in names and "老股东高瓴资本" not in names


def test_a_headline_phrase_ending_in_a_common_word_is_no_body():
    from pipeline.stages.ner.clean import clean_spans
    text = "星河储能完成C轮融资 加速海外布局"
    s = text.index("加速")
    assert clean_spans(text, "zh", [(s, len(text), "ORG")]) == []
    t2 = "青山市税务局今日发布公告。"
    assert clean_spans(t2, "zh", [(0, 6, "ORG")]) == [(0, 6, "ORG")]
