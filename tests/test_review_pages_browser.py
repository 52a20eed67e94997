"""The review pages as a reader sees them: each page opened in headless Chromium (Debian's
`chromium`, installed by .ci/run), a screenshot taken, and the rendered DOM checked: marks drawn
where the text is, the text itself intact, links that land, nothing asked of the network, no
console error, one column on a phone, and a print that comes out. Skipped, saying why, where
Playwright or Chromium is missing or Chromium cannot start."""
import os
import re
import subprocess

import pytest
from browser import Unavailable, open_page, start
from test_review_pages import HELDOUT_GOLD, OUTPUTS, changed_run, read_jsonl

from pipeline.review.evaluate import evaluate
from pipeline.review.pages import diff_page, eval_page, show_page, write

PHONE = {"width": 390, "height": 844, "scale": 2}
KINDS = ("aliases", "organisations", "dates", "events", "datelines")


@pytest.fixture(scope="module")
def browser():
    try:
        pw, b = start()
    except Unavailable as exc:
        pytest.skip(str(exc))
    yield b
    b.close()
    pw.stop()


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """The three pages, for the corpus run that is the project's baseline (outputs/)."""
    tmp = tmp_path_factory.mktemp("pages")
    new, seed, what = changed_run(tmp)
    result = evaluate(OUTPUTS, HELDOUT_GOLD, cases=True)
    paths = {"show": tmp / "show.html", "diff": tmp / "diff.html", "eval": tmp / "eval.html"}
    write(str(paths["show"]), show_page(OUTPUTS))
    write(str(paths["diff"]), diff_page(OUTPUTS, str(new)))
    write(str(paths["eval"]), eval_page(result, OUTPUTS, HELDOUT_GOLD))
    return {"paths": paths, "seed": seed, "what": what, "result": result, "tmp": tmp}


def shoot(opened, path):
    opened.page.screenshot(path=str(path))
    with open(path, "rb") as f:
        assert f.read(8) == b"\x89PNG\r\n\x1a\n"
    assert os.path.getsize(path) > 10_000  # a page, not a blank


def rendered(browser, pages, name, shot, width=1280, height=900, scale=1):
    """The page `name` as rendered at that size, its screenshot taken to `shot`; it must have
    said nothing on the console and asked nothing of the network."""
    opened = open_page(browser, pages["paths"][name], width, height, scale)
    shoot(opened, shot)
    assert not opened.problems
    return opened.page


def labels(page, selector):
    """The labels of the marks under `selector`, without the link that may follow one."""
    return page.eval_on_selector_all(selector + " .m-label", "els => els.map(e => e.firstChild.textContent.trim())")


def test_show_page_draws_the_marks_over_the_exact_text(browser, pages, tmp_path):
    page, seed = rendered(browser, pages, "show", tmp_path / "show.png"), pages["seed"]
    seen = page.eval_on_selector_all("section.doc", """secs => secs.map(s => {
        const t = s.querySelector('.text').cloneNode(true);
        t.querySelectorAll('.m-label').forEach(l => l.remove());
        return [s.id, t.textContent]; })""")
    assert dict(seen) == {d["id"]: d["text"] for d in read_jsonl(os.path.join(OUTPUTS, "documents.jsonl"))}
    sel = f"section[id='{seed['id']}']"
    got = labels(page, sel)
    for label in ("ORG", "NAME", "ALIAS", "DATE 2025-02-20", "founding"):
        assert label in got, label
    # every bar is drawn under its text, every label at the start of its mark
    geometry = page.eval_on_selector_all(sel + " .m", """ms => ms.map(m => {
        const r = m.getBoundingClientRect();
        const bars = [...m.querySelectorAll(':scope > .m-bar')].map(b => b.getBoundingClientRect());
        return {top: r.top, width: r.width, bars: bars.map(b => [b.top - r.top, b.height, b.width])}; })""")
    assert geometry and all(g["width"] > 0 for g in geometry)
    assert all(top >= 30 and height == 4 and width > 0 for g in geometry for top, height, width in g["bars"])
    orgs = [o for o in read_jsonl(os.path.join(OUTPUTS, "organisations.jsonl")) if o["doc_id"] == seed["id"]]
    side = page.eval_on_selector_all(sel + " aside li", "lis => lis.map(l => [l.id, l.querySelector('.key').innerText, +l.querySelector('.count').innerText])")
    assert sorted(side) == sorted([o["id"], o["org_key"], len(o["mentions"])] for o in orgs)
    events = [e for e in read_jsonl(os.path.join(OUTPUTS, "events.jsonl")) if e["doc_id"] == seed["id"]]
    assert page.eval_on_selector_all(sel + " table tbody tr", "rs => rs.map(r => r.id)") == [e["id"] for e in events]


def test_a_mark_links_to_its_organisation_and_event(browser, pages):
    opened = open_page(browser, pages["paths"]["show"], 1280, 900)
    page, sel = opened.page, f"section[id='{pages['seed']['id']}']"
    for kind in ("org-", "ev-"):
        link = page.locator(f"{sel} .m-label a[href^='#{kind}']").first
        target = link.get_attribute("href")
        link.click()
        assert page.evaluate("location.hash") == target
        box = page.evaluate(f"document.getElementById({target[1:]!r}).getBoundingClientRect().top")
        assert -2 < box < 900
    assert not opened.problems


@pytest.mark.parametrize("name", ["show", "diff", "eval"])
def test_pages_fit_a_phone(browser, pages, tmp_path, name):
    page = rendered(browser, pages, name, tmp_path / f"{name}-phone.png", **PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    if name == "show":  # the side list goes under the text
        text, aside = (page.eval_on_selector(f"section.doc {x}", "e => e.getBoundingClientRect().toJSON()") for x in (".text", "aside"))
        assert aside["top"] >= text["bottom"] and aside["width"] > 300


@pytest.mark.parametrize("name", ["show", "diff", "eval"])
def test_pages_print(browser, pages, tmp_path, name):
    opened = open_page(browser, pages["paths"][name], 1000, 800)
    opened.page.emulate_media(media="print")
    if name != "eval":
        assert opened.page.eval_on_selector("section.doc", "s => getComputedStyle(s).breakBefore") == "page"
    pdf = opened.page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000


def _font_families(lang):
    try:
        out = subprocess.run(["fc-list", f":lang={lang}", "family"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return set()
    return {name.strip() for line in out.splitlines() for name in line.split(",")}


@pytest.mark.parametrize("lang,source", [("ko", "tianjin-binhai.ko.txt"), ("zh", "cnooc-hanwha.zh.txt")])
def test_korean_and_chinese_are_drawn_with_fonts_that_have_them(browser, pages, lang, source):
    families = _font_families(lang)
    if not families:
        pytest.skip(f"no font for {lang} here (fc-list :lang={lang} lists none); .ci/run installs fonts-noto-cjk")
    doc = next(d for d in read_jsonl(os.path.join(OUTPUTS, "documents.jsonl")) if d["source"].endswith(source))
    opened = open_page(browser, pages["paths"]["show"], 1280, 900)
    cdp = opened.page.context.new_cdp_session(opened.page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    selector = f"section[id='{doc['id']}'] .text .spans"
    root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    # the fonts that drew the node's own text (the unmarked stretches), and that text
    used = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    own = opened.page.eval_on_selector(selector, "e => [...e.childNodes].filter(n => n.nodeType === 3).map(n => n.data).join('')")
    cjk = sum(f["glyphCount"] for f in used if f["familyName"] in families)
    # every Hangul syllable and Han character is drawn by a font that has the language
    assert cjk >= len(re.findall(r"[\uac00-\ud7a3\u4e00-\u9fff]", own)) > 100, used
    if lang == "zh" and "Noto Sans CJK SC" in families:  # Chinese shapes for Chinese text
        assert not any("CJK KR" in f["familyName"] for f in used), used


def test_diff_page_marks_and_links(browser, pages, tmp_path):
    page, seed = rendered(browser, pages, "diff", tmp_path / "diff.png"), pages["seed"]
    rows = page.eval_on_selector_all(".counts tbody tr", "rs => rs.map(r => [...r.cells].map(c => c.innerText))")
    assert ["timexes", "0", "1", "1"] in rows and ["organisations", "0", "0", "1"] in rows
    got = labels(page, f"section[id='{seed['id']}']")
    assert got.count("-DATE") == 1 and got.count("~DATE") == 1 and got.count("-ORG") == 1
    colours = page.eval_on_selector_all(f"section[id='{seed['id']}'] .m-label", "ls => ls.map(l => [l.innerText.trim()[0], getComputedStyle(l).backgroundColor])")
    by_sign = {sign: {c for s, c in colours if s == sign} for sign in "-~"}
    assert all(len(c) == 1 for c in by_sign.values()) and by_sign["-"] != by_sign["~"]  # a colour each
    changed = page.locator(f"section[id='{seed['id']}'] .m-label a[href='#{pages['what']['changed']['id']}']")
    assert changed.inner_text() == "value"  # the label of a changed record names what changed
    page.click(f"nav.toc a[href='#{seed['id']}']")
    top = page.evaluate(f"document.getElementById({seed['id']!r}).getBoundingClientRect().top")
    assert abs(top) < 2


def test_eval_page_charts_and_cases(browser, pages, tmp_path):
    page, result = rendered(browser, pages, "eval", tmp_path / "eval.png"), pages["result"]
    bars = page.eval_on_selector_all("rect.bar", "rs => rs.map(r => [r.dataset.group, r.dataset.series, +r.dataset.value, r.getBBox().height])")
    overall = {(g, s): (v, h) for g, s, v, h in bars if s in ("precision", "recall", "f1")}
    assert set(overall) == {(k, m) for k in KINDS for m in ("precision", "recall", "f1")}
    full = max(h / v for v, h in overall.values() if v)
    for (k, m), (v, h) in overall.items():
        assert v == pytest.approx(result[k][m], abs=1e-4) and h == pytest.approx(full * v, abs=0.2)
    cases = page.eval_on_selector_all(".case", "cs => cs.map(c => [c.classList[1], c.querySelectorAll('.m-label').length])")
    assert len(cases) == sum(result[k]["fp"] + result[k]["fn"] for k in KINDS)
    assert all(n >= 1 for _, n in cases)  # every error of the set is shown marked in its sentence
    assert {kind for kind, _ in cases} == {"missed", "extra"}
