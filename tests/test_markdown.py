"""Markdown inputs reduce to the plain text of the same release saved as .txt (ingest/markdown.py).

The releases here were written for this test (made-up organisations and dates)."""
import pytest

from pipeline.api import process
from pipeline.ingest.markdown import plain_text
from pipeline.ingest.sources import read_input

KO_TXT = """한빛로보틱스, 부산에 두 번째 공장 준공

서울, 2025년 3월 4일 -- 한빛로보틱스(Hanbit Robotics)는 지난해 10월 착공한 부산 공장을 이날 준공했다고 밝혔다.
회사는 2018년 설립됐으며, 오는 6월 코스닥 상장을 추진한다.

- 준공식: 2025년 3월 4일(화) 부산 강서구
- 참석: 부산광역시, 한국산업단지공단(KICOX)

구분\t내용
착공\t2024년 10월
준공\t2025년 3월

※ 문의: 한빛로보틱스 홍보팀
"""

KO_MD = """# 한빛로보틱스, 부산에 **두 번째 공장** 준공

서울, 2025년 3월 4일 -- [한빛로보틱스](https://example.com/hanbit)(Hanbit Robotics)는 지난해 10월 착공한 부산 공장을 ![공장 사진](plant.jpg) 이날 준공했다고 밝혔다.
회사는 *2018년* 설립됐으며, 오는 6월 코스닥 상장을 추진한다.

- 준공식: **2025년 3월 4일(화)** 부산 강서구
- 참석: [부산광역시](https://example.com/busan), 한국산업단지공단(KICOX)

| 구분 | 내용 |
|------|------|
| 착공 | 2024년 10월 |
| 준공 | 2025년 3월 |

※ 문의: __한빛로보틱스__ 홍보팀
"""

EN_TXT = """Corvel Dynamics opens a battery plant in Ulsan

SEOUL, South Korea, March 4, 2025 /PRNewswire/ -- Corvel Dynamics Inc. said on Tuesday that it opened its second battery plant in Ulsan with Korea Trade-Investment Promotion Agency (KOTRA).
The company was founded in 2011 and plans to list in June.

About Corvel Dynamics
Corvel Dynamics designs battery packs. Contact: press office.
"""

EN_MD = """Corvel Dynamics opens a battery plant in Ulsan
===============================================

SEOUL, South Korea, March 4, 2025 /PRNewswire/ -- **Corvel Dynamics Inc.** said on _Tuesday_ that it opened its second battery plant in Ulsan with [Korea Trade-Investment Promotion Agency](https://example.com) (KOTRA).
The company was founded in `2011` and plans to list in June.

## About Corvel Dynamics

Corvel Dynamics designs battery packs. Contact: ~~press~~ press office.
"""


def _facts(path):
    src = read_input(str(path)).items[0]
    recs = process(src)
    orgs = sorted((r.name, r.english_name) for r in recs["organisations.jsonl"])
    dates = sorted((r.text, r.value) for r in recs["timexes.jsonl"])
    aliases = sorted((r.name.text, r.alias.text) for r in recs["aliases.jsonl"])
    events = sorted((r.type, r.date.value if r.date else None) for r in recs["events.jsonl"])
    return src, orgs, dates, aliases, events


@pytest.mark.parametrize("txt, md", [(KO_TXT, KO_MD), (EN_TXT, EN_MD)], ids=["ko", "en"])
def test_a_release_as_markdown_gives_what_it_gives_as_text(tmp_path, txt, md):
    (tmp_path / "r.txt").write_text(txt, encoding="utf-8")
    (tmp_path / "r.md").write_text(md, encoding="utf-8")
    t_src, *t_facts = _facts(tmp_path / "r.txt")
    m_src, *m_facts = _facts(tmp_path / "r.md")
    assert m_facts == t_facts
    orgs, dates = t_facts[0], t_facts[1]
    assert orgs and len(dates) >= 4
    # nothing of the markup reaches the text the records point into
    for mark in ("**", "](", "![", "|---", "# ", "__", "~~", "`", "==="):
        assert mark not in m_src.text
    assert m_src.format == "md" and m_src.title == t_src.text.split("\n")[0]


def test_markup_reduces_as_a_reader_sees_it():
    text, title = plain_text("## Not a title\n\nA *b* **c** ~~d~~ `e` [f](g) ![h](i) j<br>k  \nl\\*m &amp; n")
    assert title is None
    assert text == "Not a title\n\nA b c d e f j\nk\nl*m & n"


def test_lists_keep_their_markers_and_a_dotted_date_line_comes_back_whole():
    text, _ = plain_text("* one\n* two\n\n1. first\n2. second\n\n2025. 2. 20. 보도자료\n")
    assert text == "* one\n* two\n\n1. first\n2. second\n\n2025. 2. 20. 보도자료"


def test_tables_are_rows_of_tab_separated_cells():
    text, _ = plain_text("Before\n\n| a | **b** |\n|---|:-:|\n| c | d |\n| e | f |\n\nAfter")
    assert text == "Before\n\na\tb\nc\td\ne\tf\n\nAfter"


def test_fences_code_blocks_quotes_and_html_keep_their_text():
    text, _ = plain_text("```text\nline one\nline two\n```\n\n> quoted **word**\n\n<div><p>html text</p></div>\n")
    assert text == "line one\nline two\n\nquoted word\n\nhtml text"


def test_korean_emphasis_that_commonmark_leaves_open_loses_its_marks():
    # the closing ** follows a quote and precedes a particle: CommonMark does not close it
    text, _ = plain_text("이번 행사는 **‘한빛 데이’**를 주제로 열린다.")
    assert text == "이번 행사는 ‘한빛 데이’를 주제로 열린다."


def test_a_markdown_file_of_markup_only_is_empty(tmp_path):
    (tmp_path / "e.md").write_text("![only](an-image.png)\n\n---\n", encoding="utf-8")
    item = read_input(str(tmp_path / "e.md")).items[0]
    assert item.code == "empty"


@pytest.mark.parametrize("text", [
    "".join("  " * i + "- x\n" for i in range(30)) + "\n한빛로보틱스는 2025년 3월 준공했다.\n",   # lists 30 deep
    ">" * 40 + " quoted\n\n한빛로보틱스는 2025년 3월 준공했다.\n",                            # quotes 40 deep
    "[a" * 500 + "](b)" * 500 + "\n한빛로보틱스는 2025년 3월 준공했다.\n",                     # links 500 deep
])
def test_a_document_nested_past_the_parsers_limit_is_read_as_written(text):
    # markdown-it would drop what lies past its nesting limit; nothing may be lost
    got, _ = plain_text(text)
    assert got == text
