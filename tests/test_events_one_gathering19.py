"""One event per happening (shared/design/annotation.md): a gathering of one day told as held and as
attended is one meeting, its subject who held it; two gatherings held the same day stay two
(pipeline/stages/events/find.py, `_same_happening`). The texts are written for these tests."""
from pipeline import extract


def meetings(text, lang, anchor="2026-05-06"):
    return [e for e in extract(text, lang=lang, anchor=anchor)["events.jsonl"] if e.type == "meeting"]


def subjects(ev):
    return [p.name for p in ev.participants if p.role == "subject"]


def test_a_forum_held_and_attended_the_same_day_is_one_meeting():
    found = meetings("한빛부는 5일 서울에서 다솜포럼을 개최했다. 이날 포럼에는 누리전자 등 20개 기업이 참석했다.", "ko")
    assert [(e.date.value, subjects(e)) for e in found] == [("2026-05-05", ["한빛부"])]
    # the attending side is kept as a party of the one meeting
    assert "누리전자" in [p.name for p in found[0].participants]


def test_an_english_summit_hosted_and_attended_is_one_meeting():
    text = ("Norvane Robotics hosted its annual partner summit in Austin on May 5, 2026. More than 40 suppliers, "
            "including Kestrel Metals, attended the summit on May 5.")
    found = meetings(text, "en")
    assert [(e.date.value, subjects(e)) for e in found] == [("2026-05-05", ["Norvane Robotics"])]


def test_two_gatherings_held_the_same_day_are_two_meetings():
    text = ("한빛부는 5일 오전 다솜기업들과 간담회를 개최했다. "
            "한빛부는 같은 날 오후 누리국 상무부와 양자협의를 개최했다.")
    found = meetings(text, "ko")
    assert [e.date.value for e in found] == ["2026-05-05", "2026-05-05"]


def test_a_gathering_told_in_a_year_is_not_folded():
    # a year is no day: two gatherings of one year are not one happening
    text = "한빛부는 올해 다솜포럼을 개최했다. 누리전자는 올해 세계가전박람회에 참가했다."
    found = meetings(text, "ko")
    assert len(found) == 2
