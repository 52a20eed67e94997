"""The command line, through click's test runner, as a user would call it."""
import json
import os

from click.testing import CliRunner
from conftest import SEED, SEED_GOLD

from pipeline.cli import main


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_mixed_folder_gives_a_document_or_an_error_for_every_input(mixed_inputs, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(mixed_inputs), "-o", str(out)])
    assert result.exit_code == 1, result.output
    docs = read_jsonl(out / "documents.jsonl")
    errors = read_jsonl(out / "errors.jsonl")
    sources = {os.path.basename(d["source"]) if "/" in d["source"] else d["source"] for d in docs}
    assert sources == {"utf8.txt", "utf8-bom.txt", "legacy.txt", "wide.txt", "page.html", "a1", "a3"}
    assert {d["encoding"] for d in docs if d["format"] == "txt"} == {"utf-8", "utf-8-sig", "cp949", "utf-16-le"}
    by_code = {e["code"]: e for e in errors}
    assert set(by_code) == {"empty", "binary", "bad_json"}
    assert by_code["bad_json"]["input"]["line"] == 2
    assert "PNG" in by_code["binary"]["message"]
    # the Korean text is the same whatever it was encoded in
    texts = {d["source"].rsplit("/", 1)[-1]: d["text"] for d in docs}
    assert texts["legacy.txt"] == texts["utf8.txt"].replace("한빛전자", "가람전자")
    page = next(d for d in docs if d["format"] == "html")
    assert "hidden words" not in page["text"] and "var x" not in page["text"] and page["title"] == "Acme opens lab"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["documents"] == 7 and manifest["counts"]["errors"] == 3
    assert len(manifest["inputs"]) == 8 and all(i["sha256"] for i in manifest["inputs"])
    assert manifest["skipped"] == ["inbox/logo.png"]
    assert CliRunner().invoke(main, ["validate", str(out)]).exit_code == 0


def test_seed_run_is_valid_and_has_its_dateline(tmp_path):
    out = tmp_path / "seed"
    result = CliRunner().invoke(main, ["run", SEED, "-o", str(out)])
    assert result.exit_code == 0, result.output
    for name in ("documents", "timexes", "organisations", "aliases", "events", "terms", "errors"):
        assert (out / f"{name}.jsonl").exists()
    doc = read_jsonl(out / "documents.jsonl")[0]
    assert doc["dateline"]["location"] == "톈진, 중국" and doc["dateline"]["date"] == "2025-02-20"
    assert doc["anchor"] == "2025-02-20" and doc["lang"] == "ko"
    v = CliRunner().invoke(main, ["validate", str(out)])
    assert v.exit_code == 0, v.output


def test_two_runs_are_byte_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for out in (a, b):
        assert CliRunner().invoke(main, ["run", SEED, "-o", str(out), "-q"]).exit_code == 0
    for name in os.listdir(a):
        if name.endswith(".jsonl"):
            assert (a / name).read_bytes() == (b / name).read_bytes(), name
    diff = CliRunner().invoke(main, ["diff", str(a), str(b)])
    assert diff.exit_code == 0 and "no differences" in diff.output


def test_diff_reports_changed_records_and_exits_1(tmp_path):
    a = tmp_path / "a"
    assert CliRunner().invoke(main, ["run", SEED, "-o", str(a), "-q"]).exit_code == 0
    b = tmp_path / "b"
    b.mkdir()
    for name in os.listdir(a):
        if name.endswith(".jsonl"):
            (b / name).write_bytes((a / name).read_bytes())
    rows = read_jsonl(b / "timexes.jsonl")
    rows[0]["value"] = "1999"
    removed = rows.pop()
    (b / "timexes.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(a), str(b), "--json"])
    assert result.exit_code == 1
    d = json.loads(result.output)
    assert d["timexes"]["removed"][0]["id"] == removed["id"]
    assert d["timexes"]["changed"][0]["fields"]["value"] == ["2025-02-20", "1999"]


def test_validate_reports_file_and_line(tmp_path):
    out = tmp_path / "o"
    assert CliRunner().invoke(main, ["run", SEED, "-o", str(out), "-q"]).exit_code == 0
    rows = read_jsonl(out / "aliases.jsonl")
    rows[1]["name"]["start"] += 1
    rows[2]["relation"] = "nickname"
    (out / "aliases.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(out)])
    assert result.exit_code == 1
    assert "aliases.jsonl:2: name: text[" in result.output
    assert "aliases.jsonl:3: relation" in result.output


def test_eval_scores_the_seed_against_its_gold(tmp_path):
    out = tmp_path / "o"
    assert CliRunner().invoke(main, ["run", SEED, "-o", str(out), "-q"]).exit_code == 0
    result = CliRunner().invoke(main, ["eval", str(out), "--gold", SEED_GOLD, "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["datelines"]["f1"] == 1.0
    assert scores["aliases"]["f1"] >= 0.97
    assert scores["organisations"]["f1"] >= 0.90


def test_standard_input(tmp_path):
    out = tmp_path / "o"
    result = CliRunner().invoke(main, ["run", "-", "-o", str(out), "-q"],
                                input="NEW YORK, Feb. 20, 2025 (GLOBE NEWSWIRE) -- Acme Robotics Inc. opened a plant.\n")
    assert result.exit_code == 0, result.output
    doc = read_jsonl(out / "documents.jsonl")[0]
    assert doc["source"] == "<stdin>" and doc["dateline"]["agency"] == "GLOBE NEWSWIRE"


def test_usage_errors_exit_2(tmp_path):
    runner = CliRunner()
    assert runner.invoke(main, ["run", SEED]).exit_code == 2                      # no -o
    assert runner.invoke(main, ["run", SEED, "-o", str(tmp_path), "--prefer", "sideways"]).exit_code == 2
    assert runner.invoke(main, ["run", SEED, "-o", str(tmp_path), "--encoding", "klingon"]).exit_code == 2
    assert runner.invoke(main, ["dates", "--anchor", "yesterday", "x"]).exit_code == 2


def test_dates_command_prints_one_json_line_per_input():
    result = CliRunner().invoke(main, ["dates", "--lang", "ko", "--anchor", "2025-02-20", "1988년에 설립", "지난해 3월"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.output.splitlines()]
    assert [x["text"] for x in lines] == ["1988년에 설립", "지난해 3월"]
    assert lines[0]["timexes"][0]["value"] == "1988"
    assert lines[1]["timexes"][0]["value"] == "2024-03"


def test_dates_command_reads_standard_input():
    result = CliRunner().invoke(main, ["dates", "--anchor", "2025-02-20"], input="2025년 2월 20일\nMarch 4, 2025\n")
    values = [json.loads(x)["timexes"][0]["value"] for x in result.output.splitlines()]
    assert values == ["2025-02-20", "2025-03-04"]


def test_gazetteer_adds_known_names(tmp_path):
    gaz = tmp_path / "orgs.tsv"
    gaz.write_text("# my organisations\n두루미\tcompany\n", encoding="utf-8")
    src = tmp_path / "r.txt"
    src.write_text("두루미가 새 공장을 지었다.\n", encoding="utf-8")
    out = tmp_path / "o"
    assert CliRunner().invoke(main, ["run", str(src), "-o", str(out), "-q", "--gazetteer", str(gaz)]).exit_code == 0
    orgs = read_jsonl(out / "organisations.jsonl")
    assert [(o["name"], o["sources"]) for o in orgs] == [("두루미", ["gazetteer"])]
    bad = tmp_path / "bad.tsv"
    bad.write_text("두루미\tbird\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["run", str(src), "-o", str(out), "--gazetteer", str(bad)]).exit_code == 2


def test_term_translations_are_kept_apart_from_aliases(tmp_path):
    src = tmp_path / "t.txt"
    src.write_text("수곤(Sugon)은 인공지능(AI)과 반도체(semiconductor) 사업을 한다.\n", encoding="utf-8")
    out = tmp_path / "o"
    assert CliRunner().invoke(main, ["run", str(src), "-o", str(out), "-q"]).exit_code == 0
    aliases = [(a["name"]["text"], a["alias"]["text"]) for a in read_jsonl(out / "aliases.jsonl")]
    terms = [(t["term"]["text"], t["rendering"]["text"]) for t in read_jsonl(out / "terms.jsonl")]
    assert aliases == [("수곤", "Sugon")]
    assert terms == [("인공지능", "AI"), ("반도체", "semiconductor")]
    assert CliRunner().invoke(main, ["validate", str(out)]).exit_code == 0
