"""Chinese events: `座談` used as a verb (`邀集業者座談`) holds talks, a meeting, as `座談會` does. The
sentences are written for these tests."""
from pipeline import extract


def events(text, anchor="2026-11-05"):
    return [(e.type, e.date.value) for e in extract(text, lang="zh", anchor=anchor)["events.jsonl"]]


def test_talks_held_as_a_verb_are_a_meeting():
    assert ("meeting", "2026-11-03") in events("交通局於3日邀集客運業者座談，討論偏鄉公車路線調整。")
    assert ("meeting", "2026-11-04") in events("市長昨（4）日與青年代表座談，聽取建言。")
