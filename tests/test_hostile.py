"""Hostile input (issue 20): what a first fuzz run broke, and a fuzz suite that keeps it fixed.

Whatever a folder holds, a run must account for every input as a document or an error record,
never crash, and write a run that `presspipe validate` passes. The long random runs (100,000
inputs) are `benchmarks/fuzz_run.py`; here hypothesis draws a few hundred in CI.
"""
import json
import os
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import extract
from pipeline.batch.runner import run
from pipeline.ingest.sources import read_input
from pipeline.review.validate import validate_run


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# -- the three defects of the first fuzz run ------------------------------------------------------

def test_a_deeply_nested_page_costs_only_itself(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    depth = 20_000
    (inbox / "deep.html").write_text("<html><body>" + "<div><span>" * depth + "Acme Inc. opened a lab in 2020."
                                     + "</span></div>" * depth + "</body></html>", encoding="utf-8")
    (inbox / "ok.txt").write_text("Acme Robotics Inc. was founded in 2019.\n", encoding="utf-8")
    result = run([str(inbox)], str(tmp_path / "out"))
    assert result.exit_code == 0 and result.counts["documents"] == 2
    page = read_jsonl(tmp_path / "out" / "documents.jsonl")[0]
    assert page["text"] == "Acme Inc. opened a lab in 2020."
    assert validate_run(str(tmp_path / "out")) == []


def test_a_page_the_html_parser_rejects_is_an_error_record(tmp_path):
    """A broken declaration (`<![<div>`, found by the fuzz suite in a fresh CI run) made
    BeautifulSoup's html.parser raise and the run stop; it is an error record of its own."""
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "f0.html").write_bytes(b"<![<div>")
    (inbox / "ok.txt").write_text("Acme Robotics Inc. was founded in 2019.\n", encoding="utf-8")
    result = run([str(inbox)], str(tmp_path / "out"))
    assert result.counts["documents"] == 1
    errors = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert [(e["code"], e["stage"]) for e in errors] == [("bad_html", "parse")]
    assert "HTML parser rejected" in errors[0]["message"]
    assert validate_run(str(tmp_path / "out")) == []


def test_the_same_line_of_two_batch_files_gives_two_error_ids(tmp_path):
    # The first fuzz run: `"a2"` at line 3 of two batch files, two error records with one id.
    for name in ("one.jsonl", "two.jsonl"):
        (tmp_path / name).write_text(f'{{"id": "a1-{name}", "text": "Acme Inc. opened a lab."}}\n\n'
                                     '{"id": "a2", "text": "broken\n', encoding="utf-8")
    (tmp_path / "three.jsonl").write_text('{"id": "x", "text": "Acme Inc."}\n{"id": "y", "text": "Acme Inc."}\n'
                                          '{"id": "a2", "text": "a2 is free: the broken lines made no document"}\n', encoding="utf-8")
    (tmp_path / "four.jsonl").write_text('{"id": "z", "text": "Acme Inc."}\n{"id": "w", "text": "Acme Inc."}\n'
                                         '{"id": "x", "text": "x again"}\n', encoding="utf-8")
    out = tmp_path / "out"
    result = run([str(tmp_path / n) for n in ("one.jsonl", "two.jsonl", "three.jsonl", "four.jsonl")], str(out))
    errors = read_jsonl(out / "errors.jsonl")
    assert [(e["input"]["path"].rsplit("/", 1)[-1], e["input"]["line"], e["code"]) for e in errors] == [
        ("one.jsonl", 3, "bad_json"), ("two.jsonl", 3, "bad_json"), ("four.jsonl", 3, "duplicate_id")]
    assert len({e["id"] for e in errors}) == len(errors)
    # a duplicate says where both uses are
    dup = errors[-1]["message"]
    assert "four.jsonl line 3" in dup and "three.jsonl line 1" in dup
    assert result.counts["documents"] == 7
    assert validate_run(str(out)) == []


def test_a_lone_surrogate_is_refused_at_ingest_with_its_own_code(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "1", "text": "한빛\\ud800전자는 2020년 설립"}\n'
                    '{"id": "2", "text": "fine", "title": "\\udfff"}\n'
                    '{"id": "\\ud83d", "text": "fine"}\n'
                    '{"id": "4", "text": "a pair is fine: \\ud83d\\ude00"}\n', encoding="utf-8")
    items = read_input(str(path)).items
    codes = [getattr(i, "code", "document") for i in items]
    assert codes == ["bad_text", "bad_text", "bad_text", "document"]
    assert "unpaired surrogate" in items[0].message and "U+D800" in items[0].message
    assert '"title"' in items[1].message
    out = tmp_path / "out"
    run([str(path)], str(out))
    assert [e["code"] for e in read_jsonl(out / "errors.jsonl")] == ["bad_text"] * 3
    assert validate_run(str(out)) == []


def test_extract_refuses_a_surrogate_too():
    errors = extract("한빛\ud800전자")["errors.jsonl"]
    assert errors[0].code == "bad_text" and errors[0].stage == "ingest"


def test_a_jsonl_line_nested_too_deeply_costs_only_that_line(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "]" * 100_000 + '\n{"id": "1", "text": "Acme Inc."}\n', encoding="utf-8")
    items = read_input(str(path)).items
    assert items[0].code == "bad_json" and items[1].source == "1"


@given(st.one_of(st.integers(), st.floats(allow_nan=True), st.booleans(), st.lists(st.integers(), max_size=2),
                 st.dictionaries(st.text(max_size=3), st.integers(), max_size=2), st.none(), st.text(max_size=10)))
@settings(max_examples=60, deadline=None)
def test_any_json_value_in_any_field_is_a_document_or_a_coded_error(value):
    for field in ("id", "text", "lang", "date", "title"):
        obj = {"id": "1", "text": "Acme Inc. opened a lab.", field: value}
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "b.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                f.write(json.dumps(obj) + "\n")
            [item] = read_input(path).items
            assert getattr(item, "code", "doc") in ("doc", "bad_field", "bad_text", "empty", "missing_field")


# -- the fuzz suite --------------------------------------------------------------------------------

TEXT_CHARS = st.one_of(
    st.characters(codec="utf-8"),                        # any character, surrogates excluded
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),   # lone surrogates
    st.sampled_from(list("가나다한빛전자년월일 公司中国年月日 Acme Inc. (CEPI) 2025 \n\n\t\x00\ufeff\u200b<>&")),
)
TEXTS = st.text(TEXT_CHARS, max_size=300)


@st.composite
def html_pages(draw):
    """Pages of random structure: nesting, unclosed and stray tags, comments, scripts, entities."""
    tags = ["div", "p", "span", "b", "table", "tr", "td", "li", "ul", "script", "style", "br", "h1", "title",
            "head", "body", "html", "svg", "template", "x-custom"]
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 6))
        tag = draw(st.sampled_from(tags))
        if kind == 0:
            parts.append(f"<{tag}" + draw(st.sampled_from(["", " hidden", " style='display:none'",
                                                           " aria-hidden=true", " a=\"<"])) + ">")
        elif kind == 1:
            parts.append(f"</{tag}>")
        elif kind == 2:
            parts.append(draw(st.sampled_from(["<!--", "-->", "<!DOCTYPE html>", "<?xml?>", "&amp;", "&#xD800;",
                                               "&#0;", "&nbsp;", "<![CDATA[", "]]>", "<", ">"])))
        elif kind == 3:
            n = draw(st.integers(1, 3000))
            parts.append(f"<{tag}>" * n + draw(TEXTS) + f"</{tag}>" * draw(st.integers(0, n)))
        else:
            parts.append(draw(TEXTS))
    return "".join(parts)


@st.composite
def markdown_texts(draw):
    pieces = st.one_of(TEXTS, st.sampled_from(["# ", "## ", "[", "]", "(", ")", "*", "_", "`", "```", "> ", "- ",
                                               "|", "\n", "\n\n", "![x](y)", "[a](b)"]),
                       st.integers(1, 2000).map(lambda n: "[" * n + "(" * n))
    return "".join(draw(st.lists(pieces, max_size=30)))


@st.composite
def jsonl_files(draw):
    """JSON-lines batches: good lines, broken lines, wrong types, surrogate escapes, blank lines."""
    lines = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.integers(0, 5))
        ident = draw(st.one_of(st.sampled_from(["a1", "a2", "a3"]), st.integers(0, 3), TEXTS))
        if kind == 0:
            lines.append(json.dumps({"id": ident, "text": draw(TEXTS)}, ensure_ascii=draw(st.booleans())))
        elif kind == 1:
            lines.append(json.dumps({"id": ident, "text": draw(TEXTS), "lang": draw(st.sampled_from(["ko", "en", "zh", "xx", 3])),
                                     "date": draw(st.sampled_from(["2025-02-20", "2025-13-01", "", 20250220, None])),
                                     "title": draw(st.one_of(TEXTS, st.integers(), st.none()))}))
        elif kind == 2:
            lines.append(f'{{"id": "{draw(st.sampled_from(["s1", "s2"]))}", "text": "\\ud800x"}}')
        elif kind == 3:
            lines.append(draw(TEXTS).replace("\n", " "))       # not JSON
        elif kind == 4:
            lines.append("")
        else:
            lines.append(json.dumps(draw(st.one_of(st.lists(st.integers(), max_size=3), st.integers(), st.none()))))
    return "\n".join(lines)


def encode_any(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="surrogatepass" if encoding.startswith("utf") else "replace")


@st.composite
def input_folders(draw):
    """A folder of 1-5 inputs of every kind, named by the kind of content they hold."""
    files = {}
    for i in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["bytes", "text", "html", "md", "jsonl"]))
        if kind == "bytes":
            data = draw(st.binary(max_size=2000))
            ext = draw(st.sampled_from([".txt", ".html", ".jsonl", ".md"]))
        elif kind == "text":
            data = encode_any(draw(TEXTS), draw(st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp949", "cp1252"])))
            ext = ".txt"
        elif kind == "html":
            data, ext = encode_any(draw(html_pages()), "utf-8"), ".html"
        elif kind == "md":
            data, ext = encode_any(draw(markdown_texts()), "utf-8"), ".md"
        else:
            data, ext = encode_any(draw(jsonl_files()), "utf-8"), ".jsonl"
        files[f"f{i}{ext}"] = data
    return files


def items_of(path: str) -> int:
    """How many documents or errors an input must give: a line each for JSON-lines with lines."""
    if path.endswith(".jsonl"):
        entry = read_input(path)
        return len(entry.items)
    return 1


@given(input_folders())
@settings(max_examples=int(os.environ.get("PRESSPIPE_FUZZ_EXAMPLES", "150")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
def test_any_folder_gives_a_valid_run_that_accounts_for_every_input(files):
    with tempfile.TemporaryDirectory() as d:
        inbox = os.path.join(d, "in")
        os.mkdir(inbox)
        for name, data in files.items():
            with open(os.path.join(inbox, name), "wb") as f:
                f.write(data)
        out = os.path.join(d, "out")
        result = run([inbox], out)
        assert result.exit_code in (0, 1)
        with open(os.path.join(out, "manifest.json"), encoding="utf-8") as f:
            manifest = json.load(f)
        assert sorted(i["path"].rsplit("/", 1)[-1] for i in manifest["inputs"]) == sorted(files)
        for entry in manifest["inputs"]:
            want = items_of(os.path.join(inbox, entry["path"].rsplit("/", 1)[-1]))
            assert entry["documents"] + entry["errors"] == want, entry
        errors = read_jsonl(os.path.join(out, "errors.jsonl"))
        assert "internal" not in {e["code"] for e in errors}, errors
        assert validate_run(out) == []


@given(TEXTS, st.sampled_from(["ko", "en", "zh", None]))
@settings(max_examples=100, deadline=None)
def test_any_text_is_a_document_or_a_bad_text_error(text, lang):
    records = extract(text, lang=lang)
    errors = records.get("errors.jsonl", [])
    has_surrogate = any(0xD800 <= ord(c) <= 0xDFFF for c in text)
    if has_surrogate:
        assert [e.code for e in errors] == ["bad_text"]
    else:
        assert not errors and len(records["documents.jsonl"]) == 1
