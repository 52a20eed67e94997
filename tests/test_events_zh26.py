"""Chinese events, from releases written as probes: a plain space between two characters parts a
headline's phrases, so a date in the phrase after a verb does not date it (`…簽署備忘錄 盼明年…`); a
clause that opens on its partner right before its verb goes on with the clause before, on its day
(`今（3）日訪問靜岡縣，與知事共同簽署…`). The sentences are written for these tests."""
from pipeline import extract


def events(text, anchor="2026-12-03"):
    return sorted((e.type, e.date.value if e.date else None) for e in extract(text, lang="zh", anchor=anchor)["events.jsonl"])


def test_a_space_parts_a_headlines_phrases():
    text = "青山市政府與靜岡縣簽署觀光合作備忘錄 盼明年旅客倍增\n\n青山市政府今（3）日與靜岡縣簽署觀光合作備忘錄。\n"
    found = events(text)
    assert ("agreement", "2027") not in found
    assert ("agreement", "2026-12-03") in found


def test_a_clause_opening_on_its_partner_goes_on_that_day():
    text = "青山市長今（3）日率團訪問靜岡縣，與靜岡縣知事共同簽署「觀光合作備忘錄」。"
    assert ("agreement", "2026-12-03") in events(text)


def test_the_delegation_noun_tells_no_visit():
    text = "青山市政府今（3）日與靜岡縣簽署備忘錄。訪問團4日將前往靜岡機場，拜會機場營運公司。"
    visits = [e for e in events(text) if e[0] == "visit"]
    assert visits == [("visit", "2026-12-04")]


def test_a_listing_application_accepted_is_no_listing():
    text = "苏州星芯微电子有限公司今日表示，公司于2024年3月在上海证券交易所科创板上市申请获受理。"
    assert not [e for e in events(text, "2026-12-08") if e[0] == "listing"]


def test_talks_held_under_their_full_name_are_one_meeting_and_date_the_deal_after_them():
    text = ("2026年11月28日，商务部部长在北京与韩国产业通商资源部长官举行第二十次中韩贸易部长会谈。"
            "双方就产业链合作交换意见，并签署了《关于加强对话的谅解备忘录》。")
    found = events(text, "2026-12-09")
    assert found.count(("meeting", "2026-11-28")) == 1, found
    assert ("agreement", "2026-11-28") in found


def test_the_news_an_announcing_clause_tells_with_its_partner_first_is_told_once():
    text = ("青山精密股份有限公司今（9）日宣布，與日本北辰電機株式會社簽署策略合作協議，"
            "雙方將於高雄軟體園區設立聯合研發中心。")
    assert events(text, "2026-12-09") == [("agreement", "2026-12-09")]
    text = "青山精密股份有限公司今（9）日宣布，與日本北辰電機株式會社簽署策略合作協議。"
    assert events(text, "2026-12-09") == [("agreement", "2026-12-09")]
