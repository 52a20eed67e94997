"""Events (twenty-eighth session): an overview block's line of who attended (`· (참석자) …`) names the
participants of the gathering just told. Text written here; the bodies are invented."""
from pipeline.api import extract


def test_an_overview_line_of_attendees_names_the_gatherings_participants():
    text = ("가람위원회는 3일 누리 중앙은행과 핀테크 라운드테이블을 공동 개최했다.\n"
            "< 라운드테이블 개요 >\n"
            "· (일시/장소) 3.3(월) 11:30~12:30 / 누리 중앙은행\n"
            "· (참석자) 김가람 부위원장, 한국핀테크센터 이사장, 핀테크 기업 2개사(㈜가람페이, 누리카드㈜)\n")
    events = extract(text, lang="ko", anchor="2025-03-04")["events.jsonl"]
    meetings = [e for e in events if e.type == "meeting"]
    assert len(meetings) == 1
    names = {p.name for p in meetings[0].participants}
    assert {"한국핀테크센터", "㈜가람페이"} <= names
