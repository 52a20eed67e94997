"""Chinese events: `座談` used as a verb (`邀集業者座談`) holds talks, a meeting, as `座談會` does. The
sentences are written for these tests."""
from pipeline import extract


def events(text, anchor="2026-11-05"):
    return [(e.type, e.date.value) for e in extract(text, lang="zh", anchor=anchor)["events.jsonl"]]


def test_talks_held_as_a_verb_are_a_meeting():
    assert ("meeting", "2026-11-03") in events("交通局於3日邀集客運業者座談，討論偏鄉公車路線調整。")
    assert ("meeting", "2026-11-04") in events("市長昨（4）日與青年代表座談，聽取建言。")


def parties(text, anchor="2026-12-12"):
    return [(e.type, e.date.value, sorted((p.name, p.role) for p in e.participants))
            for e in extract(text, lang="zh", anchor=anchor)["events.jsonl"]]


TWO_PARTNERS = ("此外，衛福部也將與日本厚生勞動省於本月20日在東京舉行第5屆臺日長照交流會議，"
                "並與美國疾病管制與預防中心（CDC）簽署合作意向書。")


def test_a_clause_joined_by_bing_with_a_partner_named_at_length_takes_the_day_before():
    assert ("agreement", "2026-12-20") in [e[:2] for e in parties(TWO_PARTNERS)]


def test_talks_with_one_party_and_a_deal_with_another_are_two_happenings():
    got = parties(TWO_PARTNERS)
    assert ("meeting", "2026-12-20", [("日本厚生勞動省", "partner"), ("衛福部", "subject")]) in got
    # (a meeting held for the deal signed there with the same party is the deal's setting)
    same = parties("衛福部今（12）日與日本厚生勞動省舉行會議，並與日本厚生勞動省簽署合作備忘錄。")
    assert [e[0] for e in same] == ["agreement"]


def test_cooperation_carried_out_takes_no_day_from_the_clause_before():
    got = parties("雙方計劃明年上半年在臺南設立聯合研究中心，並與成功大學、工業技術研究院（ITRI）開展合作。")
    assert "other" not in [e[0] for e in got]


def test_the_body_that_organises_what_is_held_holds_it():
    got = parties("由農業局主辦的芒果節今（5）日在玉井開幕。", "2026-11-05")
    assert ("meeting", "2026-11-05", [("農業局", "subject")]) in got


def test_a_sales_fair_is_a_gathering():
    assert ("meeting", "2026-11-05") in [e[:2] for e in parties("為推廣在地農產，農業局今（5）日與農會合辦展售會。", "2026-11-05")]
