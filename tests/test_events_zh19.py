"""Chinese events: who a clause is about when a person heads it, the body a founding founds, and
taking part used as a modifier (`參展藝術家`) (pipeline/stages/events/find.py, zh.py). The
sentences are written for these tests."""
from pipeline import extract


def events(text):
    return extract(text, lang="zh", anchor="2026-03-04")["events.jsonl"]


def subjects(ev):
    return [p.name for p in ev.participants if p.role == "subject"]


TEXT = ("青山市政府文化局今(4)日舉辦工藝聯展開幕式。"
        "參展藝術家王大明於1990年投入陶藝創作，1995年3月成立青山陶藝工作室，並於2000年獲得國家工藝獎。")


def test_taking_part_before_who_takes_part_is_no_meeting():
    found = [(e.type, e.date.value) for e in events(TEXT)]
    assert ("meeting", "1990") not in found
    assert ("meeting", "2026-03-04") in found


def test_a_person_heading_the_sentence_is_who_its_clauses_are_about():
    award = next(e for e in events(TEXT) if e.type == "award")
    assert award.date.value == "2000"
    assert subjects(award) == []   # the artist won it, not the bureau of the sentence before


def test_a_founding_with_no_founding_body_is_about_the_body_founded():
    founding = next(e for e in events(TEXT) if e.type == "founding")
    assert founding.date.value == "1995-03"
    assert subjects(founding) == ["青山陶藝工作室"]


def test_a_named_founder_stays_the_subject():
    text = "華瑞科技股份有限公司今日宣布，公司已於今年1月成立華瑞生技股份有限公司。"
    founding = next(e for e in events(text) if e.type == "founding")
    assert subjects(founding) == ["華瑞科技股份有限公司"]


def test_taking_part_in_an_event_is_still_a_meeting():
    text = "青山市政府文化局今(4)日出席國際文化論壇，並參加工藝展覽開幕典禮。"
    found = [(e.type, e.date.value) for e in events(text)]
    assert ("meeting", "2026-03-04") in found


def test_a_programme_pushed_from_a_year_on_was_launched_then():
    text = "青山市政府表示，市府自113年起推動「智慧城市三年計畫」，去年已完成東區路燈汰換。"
    found = [(e.type, e.date.value) for e in events(text)]
    assert ("launch", "2024") in found


def test_pushing_on_with_a_programme_is_no_happening():
    assert events("青山市政府今年持續推動智慧城市計畫。") == []


def test_a_system_built_by_a_date_is_launched():
    text = "青山市政府今（5）日與華瑞科技股份有限公司簽署合作備忘錄，雙方將於明（116）年第一季在北區建置智慧路燈示範區。"
    found = [(e.type, e.date.value, e.status) for e in extract(text, lang="zh", anchor="2026-12-05")["events.jsonl"]]
    assert ("launch", "2027-Q1", "planned") in found
    assert ("agreement", "2026-12-05", "occurred") in found


def test_what_a_body_built_describes_a_noun():
    # `所建置的`: the site the agency built, named on the day of a drill; nothing was built that day
    text = "9月21日上午，市民可將演練照片上傳青山市消防局所建置的防災網站。"
    assert not any(e.type == "launch" for e in extract(text, lang="zh", anchor="2026-09-15")["events.jsonl"])
