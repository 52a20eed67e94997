"""Each input kind the ingest stage takes, and each way an input can be bad."""
import codecs

import pytest

from pipeline.ingest.decode import IngestError, decode_bytes
from pipeline.ingest.html import visible_text
from pipeline.ingest.language import detect_lang
from pipeline.ingest.sources import Problem, SourceDoc, expand, read_input

TEXT = "톈진, 중국 2025년 2월 20일 /\n수곤(Sugon)과 밍양(Mingyang)이 설립되었다."


@pytest.mark.parametrize("encoding, prefix", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE), ("cp949", b""), ("euc-kr", b""),
])
def test_decodes_every_encoding_releases_arrive_in(encoding, prefix):
    got = decode_bytes(prefix + TEXT.encode(encoding))
    assert got.text == TEXT


def test_legacy_korean_is_reported_as_cp949():
    assert decode_bytes(TEXT.encode("cp949")).encoding == "cp949"


def test_nfc_and_line_ends_are_normalised():
    decomposed = "한국".encode().decode("utf-8")
    import unicodedata
    nfd = unicodedata.normalize("NFD", decomposed)
    got = decode_bytes((nfd + "\r\nB\rC").encode("utf-8")).text
    assert got == "한국\nB\nC"


def test_png_is_binary_with_a_message_that_names_it():
    with pytest.raises(IngestError) as exc:
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert exc.value.code == "binary" and "PNG" in exc.value.message


def test_undecodable_bytes_say_what_to_do():
    with pytest.raises(IngestError) as exc:
        decode_bytes(bytes([0x81, 0x00, 0xFF, 0xFE, 0x80] * 50)[1:])
    assert exc.value.code in ("decode", "binary")
    assert "UTF-8" in exc.value.message or "text" in exc.value.message


def test_forced_encoding_is_used_strictly():
    with pytest.raises(IngestError) as exc:
        decode_bytes("가나다".encode(), declared="ascii")
    assert "--encoding" in exc.value.message


def test_html_keeps_visible_text_only():
    text, title = visible_text(
        "<html><head><title>Title here</title><style>.a{}</style></head><body>"
        "<p>First <a href='#'>linked</a> sentence.</p><script>alert(1)</script>"
        "<p hidden>secret</p><span style='display: none'>gone</span><ul><li>one</li><li>two</li></ul>"
        "<!-- comment --></body></html>")
    assert text == "First linked sentence.\none\ntwo"
    assert title == "Title here"


def test_html_entities_and_charset(tmp_path):
    page = "<html><head><meta charset='euc-kr'></head><body><p>삼성&amp;LG&nbsp;협력</p></body></html>"
    path = tmp_path / "k.html"
    path.write_bytes(page.encode("euc-kr"))
    entry = read_input(str(path))
    doc = entry.items[0]
    assert isinstance(doc, SourceDoc) and doc.text == "삼성&LG 협력"


def test_jsonl_broken_line_loses_only_that_line(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_text('{"id": "1", "text": "one"}\nnot json\n{"id": "2"}\n[1]\n{"id": "3", "text": "three", "lang": "xx"}\n'
                    '{"id": "4", "text": "four", "date": "2025-13-40"}\n\n{"id": "5", "text": "five", "lang": "en"}\n',
                    encoding="utf-8")
    items = read_input(str(path)).items
    docs = [i for i in items if isinstance(i, SourceDoc)]
    probs = [i for i in items if isinstance(i, Problem)]
    assert [d.source for d in docs] == ["1", "5"]
    assert [(p.line, p.code) for p in probs] == [(2, "bad_json"), (3, "missing_field"), (4, "bad_json"),
                                                 (5, "bad_field"), (6, "bad_field")]
    assert all(f"line {p.line}" in p.message for p in probs)


def test_empty_file_and_whitespace_only(tmp_path):
    for name, data in (("e.txt", b""), ("w.txt", b"  \n\t\n"), ("h.html", b"<html><script>x</script></html>")):
        (tmp_path / name).write_bytes(data)
        items = read_input(str(tmp_path / name)).items
        assert len(items) == 1 and isinstance(items[0], Problem) and items[0].code == "empty"


def test_too_large_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("가" * 100, encoding="utf-8")
    items = read_input(str(path), max_bytes=50).items
    assert items[0].code == "too_large" and "--max-bytes" in items[0].message


def test_missing_path_is_an_error_not_a_crash(tmp_path):
    items = read_input(str(tmp_path / "nope.txt")).items
    assert items[0].code == "not_found"


def test_folders_are_walked_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / ".hidden.txt").write_text("h")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x")
    assert [p.path.rsplit("/", 2)[-1] for p in expand([str(tmp_path)])] == ["a.txt", "z.txt"]


def test_markdown_title(tmp_path):
    path = tmp_path / "r.md"
    path.write_text("# Acme opens a lab\n\nAcme Robotics Inc. opened a lab.\n", encoding="utf-8")
    doc = read_input(str(path)).items[0]
    assert doc.format == "md" and doc.title == "Acme opens a lab"


@pytest.mark.parametrize("text, lang", [
    (TEXT, "ko"), ("SEOUL, March 4, 2025 /PRNewswire/ -- Acme Inc. opened a lab.", "en"),
    ("北京2025年2月20日电 /美通社/ -- 中国海洋石油集团有限公司（CNOOC）今天宣布。", "zh"),
    ("Hanwha Ocean (한화오션) and 수곤(Sugon) signed an agreement with many English words around.", "en"),
    ("", "en"),
])
def test_language_from_script_mix(text, lang):
    assert detect_lang(text) == lang


def test_presspipeignore_and_exclude_pass_over_files_and_say_so(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a.gold.json").write_text("{}")
    (tmp_path / "README.md").write_text("notes")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / ".presspipeignore").write_text("# notes\ngold/\nREADME.md\n")
    skipped = []
    got = expand([str(tmp_path)], exclude=["b.*"], skipped=skipped)
    assert [p.path.rsplit("/", 1)[-1] for p in got] == ["a.txt"]
    name = tmp_path.name
    # an ignored folder is listed once and not walked
    assert sorted(skipped) == [f"{name}/README.md", f"{name}/b.txt", f"{name}/gold/"]


def test_presspipeignore_in_a_subfolder_applies_below_it(tmp_path):
    sub = tmp_path / "more"
    (sub / "gold").mkdir(parents=True)
    (sub / "gold" / "x.gold.json").write_text("{}")
    (sub / "r.txt").write_text("r")
    (sub / ".presspipeignore").write_text("gold/\n")
    skipped = []
    got = expand([str(tmp_path)], skipped=skipped)
    assert [p.path.rsplit("/", 1)[-1] for p in got] == ["r.txt"] and skipped == [f"{tmp_path.name}/more/gold/"]


def _walk(tmp_path, files, ignore, exclude=()):
    """Names of the inputs `expand` keeps from a folder of `files` with `ignore` as its
    .presspipeignore (a dict {folder: text} for ignore files in subfolders)."""
    for f in files:
        (tmp_path / f).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / f).write_text("x")
    for folder, text in (ignore if isinstance(ignore, dict) else {"": ignore}).items():
        (tmp_path / folder / ".presspipeignore").write_text(text)
    return sorted(p.name.split("/", 1)[1] for p in expand([str(tmp_path)], exclude=exclude))


FILES = ["a.txt", "b.md", "notes/c.txt", "notes/deep/d.txt", "drafts/e.txt", "x/drafts/f.txt", "x/y/draft-g.txt"]


@pytest.mark.parametrize("ignore, kept", [
    # a name without a slash matches at any depth
    ("*.md\n", ["a.txt", "drafts/e.txt", "notes/c.txt", "notes/deep/d.txt", "x/drafts/f.txt", "x/y/draft-g.txt"]),
    # a leading slash anchors to the ignore file's folder; a trailing slash means folders
    ("/drafts/\n", ["a.txt", "b.md", "notes/c.txt", "notes/deep/d.txt", "x/drafts/f.txt", "x/y/draft-g.txt"]),
    ("drafts/\n", ["a.txt", "b.md", "notes/c.txt", "notes/deep/d.txt", "x/y/draft-g.txt"]),
    # `*` stops at a slash, `**` does not
    ("notes/*.txt\n", ["a.txt", "b.md", "drafts/e.txt", "notes/deep/d.txt", "x/drafts/f.txt", "x/y/draft-g.txt"]),
    ("notes/**/*.txt\n", ["a.txt", "b.md", "drafts/e.txt", "x/drafts/f.txt", "x/y/draft-g.txt"]),
    ("**/draft*\n", ["a.txt", "b.md", "notes/c.txt", "notes/deep/d.txt"]),
    # the last matching pattern decides; `!` takes a file back
    ("*.txt\n!notes/c.txt\n", ["b.md", "notes/c.txt"]),
    # nothing below an ignored folder can be taken back (git's rule)
    ("notes/\n!notes/c.txt\n", ["a.txt", "b.md", "drafts/e.txt", "x/drafts/f.txt", "x/y/draft-g.txt"]),
    # comments and blank lines match nothing
    ("# *.txt\n\n", FILES),
])
def test_presspipeignore_has_gitignore_semantics(tmp_path, ignore, kept):
    assert _walk(tmp_path, FILES, ignore) == sorted(kept)


def test_a_nearer_presspipeignore_wins_and_exclude_is_final(tmp_path):
    ignore = {"": "*.txt\n", "notes": "!c.txt\n"}
    assert _walk(tmp_path, FILES, ignore) == ["b.md", "notes/c.txt"]
    assert _walk(tmp_path, FILES, ignore, exclude=["notes/c.txt"]) == ["b.md"]
    assert _walk(tmp_path, FILES, {"": ""}, exclude=["drafts/", "*.md"]) == ["a.txt", "notes/c.txt", "notes/deep/d.txt",
                                                                              "x/y/draft-g.txt"]


# -- issue 15: encodings, walking and names ---------------------------------------------------------

@pytest.mark.parametrize("text, encoding", [
    ("NEW YORK, March 4, 2025 -- Acme said \u201cwe\u2019re ready\u201d to open a lab.\n", "cp1252"),
    ("Z\u00fcrich, 4. M\u00e4rz 2025 -- Die Soci\u00e9t\u00e9 G\u00e9n\u00e9rale hat er\u00f6ffnet.\n", "latin-1"),
])
def test_western_legacy_text_is_read_by_detection(text, encoding):
    got = decode_bytes(text.encode(encoding))
    assert got.text == text and got.encoding == "cp1252"


@pytest.mark.parametrize("text", [TEXT, "Acme Robotics Inc. opened a plant.\n", "北京2025年2月20日电 中国海洋石油集团有限公司今天宣布。"])
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_read_by_detection_and_by_encoding(text, encoding):
    data = text.encode(encoding)
    got = decode_bytes(data)
    assert got.text == text and got.encoding == encoding
    assert decode_bytes(data, declared=encoding).text == text


def test_random_bytes_with_nuls_are_still_binary():
    import random
    rng = random.Random(1)
    data = bytes(rng.randrange(256) for _ in range(3000))
    with pytest.raises(IngestError) as exc:
        decode_bytes(data)
    assert exc.value.code in ("binary", "decode")


def test_walking_reads_our_extensions_only_and_lists_the_rest(tmp_path):
    for name in ("a.txt", "b.md", "c.html", "d.jsonl", "e.py", "f.csv", "g.TXT", "h"):
        (tmp_path / name).write_text("x")
    skipped = []
    got = expand([str(tmp_path)], skipped=skipped)
    assert [p.path.rsplit("/", 1)[-1] for p in got] == ["a.txt", "b.md", "c.html", "d.jsonl", "g.TXT"]
    assert sorted(s.rsplit("/", 1)[-1] for s in skipped) == ["e.py", "f.csv", "h"]


def test_walking_never_reads_outdir_or_an_earlier_run(tmp_path):
    from pipeline.batch.runner import run
    (tmp_path / "a.txt").write_text("Acme Inc. opened a lab in 2020.\n")
    run([str(tmp_path / "a.txt")], str(tmp_path / "old-run"))
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "stray.txt").write_text("not an input")
    skipped = []
    got = expand([str(tmp_path)], skipped=skipped, outdir=str(tmp_path / "out"))
    assert [p.name.split("/", 1)[1] for p in got] == ["a.txt"]
    assert sorted(s.split("/", 1)[1] for s in skipped) == ["old-run/", "out/"]


def test_names_do_not_depend_on_how_the_path_is_spelled(tmp_path, monkeypatch):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "sub" / "a.txt").write_text("x")
    monkeypatch.chdir(tmp_path)
    spellings = ["in", "in/", "./in", str(tmp_path / "in"), "in/sub/..", "../" + tmp_path.name + "/in"]
    names = {tuple(p.name for p in expand([s])) for s in spellings}
    assert names == {("in/sub/a.txt",)}
    monkeypatch.chdir(tmp_path / "in")
    assert [p.name for p in expand(["."])] == ["in/sub/a.txt"]
    assert [p.name for p in expand(["sub/a.txt"])] == ["sub/a.txt"]


def test_names_are_unique_when_two_folders_share_a_name(tmp_path):
    for top in ("x", "y"):
        (tmp_path / top / "in").mkdir(parents=True)
        (tmp_path / top / "in" / "a.txt").write_text(top)
    got = expand([str(tmp_path / "x" / "in"), str(tmp_path / "y" / "in"), str(tmp_path / "x" / "in" / "a.txt")])
    assert [p.name for p in got] == ["x/in/a.txt", "y/in/a.txt"]


def test_a_named_file_of_another_extension_is_read_as_text(tmp_path):
    (tmp_path / "notes.csv").write_text("Acme Inc. opened a lab.")
    assert isinstance(read_input(str(tmp_path / "notes.csv")).items[0], SourceDoc)
