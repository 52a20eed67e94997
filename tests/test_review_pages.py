"""The review pages as HTML: marks that keep the text exact, pages that load nothing from
anywhere, and the commands that write them. What a browser makes of them is in
test_review_pages_browser.py."""
import json
import os
import re
from html.parser import HTMLParser

from click.testing import CliRunner
from conftest import ROOT, SEED

from pipeline.cli import main
from pipeline.review.evaluate import evaluate
from pipeline.review.pages import diff_page, eval_page, show_page
from pipeline.review.pages.evaluate import sentence_around
from pipeline.review.pages.markup import Mark, marked_text

OUTPUTS = os.path.join(ROOT, "outputs")
HELDOUT_GOLD = os.path.join(ROOT, "corpus", "heldout", "gold")


class _Text(HTMLParser):
    """The text a reader sees in marked text: everything but the marks' labels."""

    def __init__(self):
        super().__init__()
        self.out, self.depth = [], 0

    def handle_starttag(self, tag, attrs):
        if self.depth or "m-label" in (dict(attrs).get("class") or ""):
            self.depth += 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.out.append(data)


def seen_text(markup: str) -> str:
    p = _Text()
    p.feed(markup)
    return "".join(p.out)


def self_contained(page: str) -> list[str]:
    """What in a page would reach outside it."""
    found = re.findall(r'(?:src|href)\s*=\s*"(?!#)([^"]*)"', page)
    found += re.findall(r"<link\b[^>]*>|@import|url\(", page)
    return found


def test_marks_keep_the_text_exact_in_every_script():
    text = "밍양과 수곤(Sugon)은 2025년\n\n中国海洋石油集团有限公司今天宣布 <b>&amp;</b> \ue000 end  "
    marks = [Mark(0, 2, "ORG", "#7aecec", "#org-1", "1"), Mark(4, 13, "ORG", "#7aecec"), Mark(4, 6, "NAME", "#f0d0ff"),
             Mark(7, 12, "ALIAS", "#c887fb"), Mark(15, 20, "DATE 2025", "#bfe1d9"), Mark(22, 34, "ORG", "#7aecec"),
             Mark(30, 500, "OUT", "#000"), Mark(5, 5, "EMPTY", "#000")]
    out = marked_text(text, marks, "ko")
    # the private-use character the renderer's spaces are taken away with reads as U+FFFD
    assert seen_text(out) == text.replace("\ue000", "\ufffd")
    labels = re.findall(r'class="m-label"[^>]*>([^<]*)', out)
    assert [x.strip() for x in labels] == ["ORG", "ORG", "NAME", "ALIAS", "DATE 2025", "ORG"]
    assert 'href="#org-1">1</a>' in out and "OUT" not in out and "EMPTY" not in out
    assert "<b>" not in out and "&lt;b&gt;" in out


def test_show_page_of_the_corpus_run():
    page = show_page(OUTPUTS)
    assert not self_contained(page)
    with open(os.path.join(OUTPUTS, "documents.jsonl"), encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    for d in docs:
        section = page.split(f'<section class="doc" id="{d["id"]}"')[1].split("</section>")[0]
        text = section.split('<div class="text">')[1].split('<aside class="orgs">')[0]
        assert seen_text(text) == d["text"], d["source"]
    assert page.count('<section class="doc"') == len(docs)


def test_show_command_runs_inputs_or_reads_a_run(tmp_path):
    page = tmp_path / "seed.html"
    result = CliRunner().invoke(main, ["show", SEED, "-o", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "밍양" in html and ">ORG" in html and "presspipe-show-" not in html
    again = tmp_path / "run.html"
    assert CliRunner().invoke(main, ["show", OUTPUTS, "-o", str(again), "--title", "corpus"]).exit_code == 0
    assert "<title>corpus</title>" in again.read_text(encoding="utf-8")
    assert CliRunner().invoke(main, ["show", SEED]).exit_code == 2  # no -o


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def changed_run(tmp_path):
    """A copy of the corpus run with a date changed, a date removed and an organisation that lost
    a mention, all in the seed release; and the ids of those records."""
    new = tmp_path / "new"
    new.mkdir()
    for name in os.listdir(OUTPUTS):
        (new / name).write_bytes(open(os.path.join(OUTPUTS, name), "rb").read())
    seed = next(d for d in read_jsonl(new / "documents.jsonl") if d["source"].endswith("tianjin-binhai.ko.txt"))
    timexes = read_jsonl(new / "timexes.jsonl")
    mine = [t for t in timexes if t["doc_id"] == seed["id"]]
    mine[1]["value"] = "1999"
    timexes.remove(mine[2])
    write_jsonl(new / "timexes.jsonl", timexes)
    orgs = read_jsonl(new / "organisations.jsonl")
    org = next(o for o in orgs if o["doc_id"] == seed["id"] and len(o["mentions"]) > 1)
    lost = org["mentions"].pop()
    write_jsonl(new / "organisations.jsonl", orgs)
    return new, seed, {"changed": mine[1], "removed": mine[2], "org": org, "lost": lost}


def test_diff_page_marks_what_changed(tmp_path):
    new, seed, what = changed_run(tmp_path)
    page = diff_page(OUTPUTS, str(new))
    assert not self_contained(page)
    assert f'href="#{seed["id"]}"' in page and page.count('<section class="doc"') == 1
    counts = re.search(r"<tr><td>timexes</td><td class=num>(\d+)</td><td class=num>(\d+)</td><td class=num>(\d+)</td>", page)
    assert counts.groups() == ("0", "1", "1")
    section = page.split(f'id="{seed["id"]}"')[1]
    assert seen_text(section.split('<div class="text"')[1].split("</div>")[0].split(">", 1)[1]) == seed["text"]
    labels = [x.strip() for x in re.findall(r'class="m-label"[^>]*>([^<]*)', section)]
    assert labels.count("-DATE") == 1 and labels.count("~DATE") == 1 and labels.count("-ORG") == 1
    assert labels.count("~ORG") == len(what["org"]["mentions"])
    assert "&quot;1999&quot;" in section


def test_diff_page_shows_old_and_new_text_when_the_text_changed(tmp_path):
    new, seed, _ = changed_run(tmp_path)
    docs = read_jsonl(new / "documents.jsonl")
    for d in docs:
        if d["id"] == seed["id"]:
            d["text"] = d["text"].replace("톈진", "텐진")
    write_jsonl(new / "documents.jsonl", docs)
    page = diff_page(OUTPUTS, str(new))
    assert "<h3>Old text</h3>" in page and "<h3>New text</h3>" in page


def test_diff_command_writes_the_page_and_keeps_its_output(tmp_path):
    new, _, _ = changed_run(tmp_path)
    page = tmp_path / "diff.html"
    plain = CliRunner().invoke(main, ["diff", OUTPUTS, str(new), "--json"])
    result = CliRunner().invoke(main, ["diff", OUTPUTS, str(new), "--json", "--html", str(page)])
    assert result.exit_code == plain.exit_code == 1
    lines = result.output.splitlines()
    assert f"page: {page}" in lines  # on standard error, mixed in here by click before 8.2
    assert json.loads("\n".join(x for x in lines if not x.startswith("page: "))) == json.loads(plain.output)
    assert page.exists()


def test_sentence_around_finds_the_sentence_in_each_script():
    text = "First one. 한빛전자는 3월 설립됐다. 它今天成立。Next line\nlast"
    for word, sentence in (("한빛전자", "한빛전자는 3월 설립됐다."), ("成立", "它今天成立。"), ("Next", "Next line"), ("last", "last")):
        i = text.index(word)
        s, e = sentence_around(text, i, i + len(word))
        assert text[s:e] == sentence
    long = "x" * 2000
    s, e = sentence_around(long, 1000, 1004)
    assert e - s <= 400 and s <= 1000 and e >= 1004


def test_eval_page_has_the_scores_and_every_error_in_its_sentence():
    result = evaluate(OUTPUTS, HELDOUT_GOLD, cases=True)
    page = eval_page(result, OUTPUTS, HELDOUT_GOLD)
    assert not self_contained(page)
    kinds = ("aliases", "organisations", "dates", "events", "datelines")
    for k in kinds:
        assert f"<tr><td>{k}</td><td class=num>{result[k]['precision']:.3f}</td>" in page
    errors = sum(result[k]["fp"] + result[k]["fn"] for k in kinds)
    assert page.count('<div class="case ') == errors
    assert page.count('<rect class="bar"') == 3 * len(kinds) + 4 * (1 + len(result["by_language"]))
    assert page.count(">MISSED<") + page.count(">EXTRA<") >= errors


def test_eval_command_writes_the_page_and_keeps_its_output(tmp_path):
    page = tmp_path / "eval.html"
    plain = CliRunner().invoke(main, ["eval", OUTPUTS, "--gold", HELDOUT_GOLD, "--show-errors"])
    result = CliRunner().invoke(main, ["eval", OUTPUTS, "--gold", HELDOUT_GOLD, "--show-errors", "--html", str(page)])
    assert result.exit_code == plain.exit_code == 0
    assert [x for x in result.output.splitlines() if not x.startswith("page: ")] == plain.output.splitlines()
    assert "event_participants" in page.read_text(encoding="utf-8")
