"""HTML pages give the release, not the site around it (ingest/html.py: trafilatura's main
content, BeautifulSoup's visible text as the fallback).

The pages in tests/data/html were written for these tests: a made-up release inside a site's
header, menus, side bars and footer; gold.json lists what the release names and what only the
boilerplate names."""
import json
import os
import shutil

import pytest
from conftest import ROOT

from pipeline.api import process
from pipeline.batch.runner import run
from pipeline.ingest.html import MAX_DEPTH, page_text, visible_text
from pipeline.ingest.sources import read_input
from pipeline.review.validate import validate_run

PAGES = os.path.join(ROOT, "tests", "data", "html")
GOLD = json.load(open(os.path.join(PAGES, "gold.json"), encoding="utf-8"))
NAMES = sorted(p for p in GOLD if not p.startswith("_"))
# What trafilatura keeps of the boilerplate all the same: the previous/next article links under
# a release laid out in bare divs (their organisation is not found, their year is a date).
LEFT_OVER = {"ko-company.html": {"2024년"}}


def _records(page):
    src = read_input(os.path.join(PAGES, page)).items[0]
    src.date = GOLD[page]["date"]
    return src, process(src)


@pytest.mark.parametrize("page", NAMES)
def test_the_boilerplate_names_no_organisation_and_no_date(page):
    src, recs = _records(page)
    names = [r.name for r in recs["organisations.jsonl"]]
    dates = [t.text for t in recs["timexes.jsonl"]]
    for org in GOLD[page]["boilerplate"]["orgs"]:
        assert not any(org in n for n in names), (org, names)
        assert org not in src.text.replace("\n", " ").split(" ")   # the menus are gone, not only unmatched
    for date in GOLD[page]["boilerplate"]["dates"]:
        assert date not in dates or date in LEFT_OVER.get(page, ())
    # everything the release says about dates is still there
    assert [d for d in GOLD[page]["body"]["dates"] if d not in dates] == []


def test_whole_page_text_did_name_the_boilerplate():
    # the same pages read whole (as before) give the menus' organisations: the test above can fail
    bogus = 0
    for page in NAMES:
        text = visible_text(open(os.path.join(PAGES, page), encoding="utf-8").read())[0]
        bogus += sum(org in text for org in GOLD[page]["boilerplate"]["orgs"])
    assert bogus >= 15


def test_page_text_keeps_headline_paragraph_and_title():
    text, title = page_text(open(os.path.join(PAGES, "en-wire.html"), encoding="utf-8").read())
    lines = text.split("\n")
    assert lines[0] == "Corvel Dynamics Opens Battery Plant in Ulsan"
    assert any(line.startswith("SEOUL, South Korea, March 4, 2025 /NewsLine Wire/ --") for line in lines)
    assert title == "Corvel Dynamics Opens Battery Plant in Ulsan | NewsLine Wire"
    assert "Related News" not in text and "Cookie Settings" not in text and "© 2025" not in text


def test_a_run_over_the_pages_is_valid_and_byte_identical_twice(tmp_path):
    inbox = tmp_path / "pages"
    shutil.copytree(PAGES, inbox, ignore=shutil.ignore_patterns("*.json"))
    run([str(inbox)], str(tmp_path / "a"))
    run([str(inbox)], str(tmp_path / "b"))
    assert validate_run(str(tmp_path / "a")) == []
    for name in sorted(os.listdir(tmp_path / "a")):
        if name.endswith(".jsonl"):
            assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    docs = [json.loads(line) for line in (tmp_path / "a" / "documents.jsonl").read_text().splitlines()]
    assert len(docs) == len(NAMES)


def test_a_page_with_no_main_content_falls_back_to_its_visible_text():
    # a page that is all menu: trafilatura finds no article, the visible text is kept
    page = "<html><body><nav><ul><li><a href='/a'>Acme Robotics Inc.</a></li><li>Contact</li></ul></nav></body></html>"
    assert page_text(page) == visible_text(page)


def test_a_page_nested_deeper_than_lxml_reads_is_read_whole():
    depth = MAX_DEPTH + 50
    page = ("<html><body><nav>Menu of Hanbit Group</nav>" + "<div>" * depth + "<p>Acme Inc. opened a lab in 2020.</p>"
            + "</div>" * depth + "</body></html>")
    text, _ = page_text(page)
    assert text == visible_text(page)[0] and "Acme Inc. opened a lab in 2020." in text


def test_a_short_page_keeps_its_sentences_whole_and_hides_what_is_hidden():
    # trafilatura dumps a short page with a line break around every bold word and link; the
    # whole visible text is used instead, hidden elements left out as before
    page = ("<html><head><title>Acme opens lab</title></head><body><h1>Acme opens lab</h1>"
            "<p>SEOUL, March 4, 2025 -- Acme Robotics Inc. <b>opened</b> a lab on <a href='/d'>March 3</a>.</p>"
            "<div style='display:none'>hidden words</div><p hidden>more hidden</p><noscript>no script</noscript>"
            "</body></html>")
    assert page_text(page) == ("Acme opens lab\nSEOUL, March 4, 2025 -- Acme Robotics Inc. opened a lab on March 3.",
                               "Acme opens lab")


def test_inline_marks_inside_a_long_release_stay_in_their_sentence():
    page = open(os.path.join(PAGES, "en-wire.html"), encoding="utf-8").read().replace(
        "Corvel Dynamics Inc. said on Tuesday", "<b>Corvel Dynamics Inc.</b> said on <a href='/t'>Tuesday</a>")
    text, _ = page_text(page)
    assert "-- Corvel Dynamics Inc. said on Tuesday that it opened" in text
    assert "Global Media Holdings" not in text


def test_a_long_release_leaves_the_menus_out_too():
    page = open(os.path.join(PAGES, "ko-ministry.html"), encoding="utf-8").read()
    body = page[page.index("<p>□"):page.index("<table")]
    text, _ = page_text(page.replace(body, body * 50))      # the menus are under 5% of the page now
    assert text.count("부산항만공사(BPA)") == 50
    assert all(org not in text for org in GOLD["ko-ministry.html"]["boilerplate"]["orgs"])


def test_links_to_the_articles_before_and_after_are_no_text():
    page = ("<html><body><article><h1>Orbix opens a plant</h1><p>Orbix Holdings opened a plant on March 3.</p>"
            "<p>Previous article: Kestrel Ltd. wins award</p><p>下一篇：南光實業擴廠</p>"
            "<p>다음 기사: 가온제약, 신약 허가</p></article></body></html>")
    text, _ = page_text(page)
    assert "Orbix Holdings opened a plant" in text
    assert not any(w in text for w in ("Kestrel", "南光", "가온제약")), text
