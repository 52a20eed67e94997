"""What the command line tells a user who reads its help or points it at the wrong folder."""
import os
import re
import shutil

from click.testing import CliRunner
from conftest import ROOT, SEED

from pipeline.cli import main
from pipeline.stages.organisations.gazetteer import KINDS


def _invoke(args, **kw):
    return CliRunner().invoke(main, args, terminal_width=80, **kw)


def test_group_help_shows_each_command_whole_at_80_columns():
    out = _invoke(["--help"]).output
    listed = out[out.index("Commands:"):]
    assert "..." not in listed
    for name, cmd in main.commands.items():
        assert cmd.short_help and re.search(rf"^  {name} +{re.escape(cmd.short_help)}$", listed, re.M), name


def test_dates_help_says_what_each_option_is_and_the_anchors_default():
    out = _invoke(["dates", "--help"]).output
    for option in ("--lang", "--anchor", "--prefer"):
        block = out[out.index(option):].split("\n  -", 1)[0]
        assert len(block.split()) > 4, f"{option} has no help: {block!r}"
    anchor = " ".join(out[out.index("--anchor"):out.index("--prefer")].split())
    assert "[default: none" in anchor and "no value" in anchor


def test_schema_help_names_its_option():
    out = _invoke(["schema", "--help"]).output
    assert "OUTDIR" not in out and "-o" in out
    assert "Folder to write the schemas into" in " ".join(out.split())


def test_gazetteer_help_names_the_key_column_and_every_kind():
    out = " ".join(_invoke(["run", "--help"]).output.split())
    gaz = out[out.index("--gazetteer"):out.index("--ner-model")]
    assert "TAB kind TAB key" in gaz and "org_key" in gaz
    for kind in KINDS:
        assert kind in gaz


def test_validate_on_a_folder_that_is_not_a_run_says_what_it_holds(tmp_path):
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    result = _invoke(["validate", str(tmp_path)])
    assert result.exit_code == 1
    (line,) = result.stdout.splitlines()
    assert "not a presspipe run" in line and "notes.txt" in line and "sub/" in line and "documents.jsonl" in line


def test_validate_on_a_folder_of_runs_names_them(tmp_path):
    run = _invoke(["run", SEED, "-o", str(tmp_path / "runs" / "seed"), "-q", "-w", "0"])
    assert run.exit_code == 0, run.output
    result = _invoke(["validate", str(tmp_path / "runs")])
    assert result.exit_code == 1 and "the runs inside it are seed/" in result.stdout
    assert _invoke(["validate", str(tmp_path / "runs" / "seed")]).exit_code == 0


def test_eval_with_gold_that_matches_no_document_says_both_sides(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(os.path.join(ROOT, "corpus", "gold", "payline-ipo.ko.gold.json"), gold)
    run = _invoke(["run", SEED, "-o", str(tmp_path / "out"), "-q", "-w", "0"])
    assert run.exit_code == 0, run.output
    result = _invoke(["eval", str(tmp_path / "out"), "--gold", str(gold)])
    assert result.exit_code == 2
    said = " ".join(result.output.split())
    assert "payline-ipo.ko.txt" in said and "tianjin-binhai.ko.txt" in said and "none of which is in the run" in said
    empty = tmp_path / "no-gold"
    empty.mkdir()
    result = _invoke(["eval", str(tmp_path / "out"), "--gold", str(empty)])
    assert result.exit_code == 2 and "no *.gold.json file" in result.output


def test_run_on_a_folder_with_nothing_to_read_says_what_it_passed_over(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    result = _invoke(["run", str(inbox), "-o", str(tmp_path / "a"), "-w", "0"])
    assert result.exit_code == 0
    assert "no input to read in" in result.stderr and "there is no file there" in result.stderr
    (inbox / "release.docx").write_bytes(b"PK")
    result = _invoke(["run", str(inbox), "-o", str(tmp_path / "b"), "-w", "0"])
    assert "passed over 1" in result.stderr and "release.docx" in result.stderr and ".txt" in result.stderr
    assert "no input" not in _invoke(["run", str(inbox), "-o", str(tmp_path / "c"), "-w", "0", "-q"]).stderr
