"""Events (twenty-fifth session): a headline that retells the body's news on the day the body's
happening starts is one happening, in each language. Releases written here; the bodies are invented."""
from pipeline.api import extract


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    return [(e.type, e.date.value) for e in extract(text, lang=lang, anchor="2025-03-04")["events.jsonl"]]


def test_a_chinese_headline_dated_by_the_first_day_of_the_fair_is_the_fair():
    events = _events("青山國際農業博覽會3月10日登場\n\n青山市政府今（4）日表示，青山國際農業博覽會將於3月10日至3月20日"
                     "在青山展覽館舉行，今年共有180個攤位參展。", "zh")
    assert [v.split("/")[0] for t, v in events if t == "meeting"] == ["2025-03-10"]


def test_a_korean_headline_dated_by_the_first_day_of_the_expo_is_the_expo():
    events = _events("한빛시, 국제 드론 엑스포 3월 10일 개막\n\n한빛시는 '2025 한빛 국제 드론 엑스포'를 3월 10일부터 "
                     "12일까지 한빛컨벤션센터에서 개최한다고 4일 밝혔다.", "ko")
    assert [v.split("/")[0] for t, v in events if t == "meeting"] == ["2025-03-10"]
