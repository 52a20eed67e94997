"""Korean events: a footnote run on after its sentence on the same line (`… 체결했다. * 누리개발기금: …
2001년 설립된 국제기구`) defines the name before its colon, so a founding it tells is that body's, not
the subject of the sentence before it. The sentences are written for these tests."""
from pipeline import extract


def founder(text):
    found = [e for e in extract(text, lang="ko", anchor="2025-12-05")["events.jsonl"] if e.type == "founding"]
    assert found, "no founding read"
    return next((p.name for p in found[0].participants if p.role == "subject"), None)


def test_a_note_on_the_same_line_defines_its_name():
    text = ("□ 한빛통계원은 12월 4일 서울에서 누리개발기금(NDF*)과 업무협약을 체결했다. "
            "* 누리개발기금: 개발도상국의 통계 역량을 돕기 위해 2001년 설립된 국제기구\n")
    assert founder(text) == "누리개발기금"


def test_a_note_on_a_line_of_its_own_still_does():
    text = ("□ 한빛통계원은 12월 4일 서울에서 누리개발기금(NDF*)과 업무협약을 체결했다.\n"
            "* 누리개발기금(NDF): 개발도상국의 통계 역량을 돕기 위해 2001년 설립된 국제기구\n")
    assert founder(text) == "누리개발기금"
