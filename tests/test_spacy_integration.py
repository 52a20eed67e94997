"""Each stage is a spaCy component a spaCy user can add by name, through the entry points."""
import json
import os
import re
import subprocess
import sys

import spacy
from conftest import ROOT

from pipeline.nlp.build import STAGES, get_nlp


def test_pipeline_names_tell_the_story():
    assert get_nlp("ko").pipe_names == ["presspipe_sentences", "presspipe_ner", *STAGES]
    assert get_nlp("en").pipe_names == ["presspipe_sentences", "presspipe_ner", *STAGES]
    assert get_nlp("zh").pipe_names == ["presspipe_sentences", "presspipe_ner", *STAGES]
    from pipeline.config import PipelineOptions
    for lang in ("ko", "en", "zh"):
        assert get_nlp(lang, PipelineOptions(use_model=False)).pipe_names == ["presspipe_sentences", *STAGES]


def test_models_load_once_per_process():
    assert get_nlp("ko") is get_nlp("ko")
    from pipeline.nlp.tokenizers import get_kiwi
    assert get_kiwi() is get_kiwi()


def test_factories_found_through_entry_points_in_a_fresh_process():
    code = (
        "import spacy\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('presspipe_dateline'); nlp.add_pipe('presspipe_dates')\n"
        "doc = nlp('SEOUL, South Korea, March 4, 2025 /PRNewswire/ -- It opened in 1998.')\n"
        "print(doc._.dateline['date'], [t['value'] for t in doc._.timexes])\n"
        "ko = spacy.blank('ko', config={'nlp': {'tokenizer': {'@tokenizers': 'presspipe.KiwiTokenizer.v1'}}})\n"
        "print([t.text for t in ko('한수원은')])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "2025-03-04" in out and "'1998'" in out
    assert "['한수원', '은']" in out


def test_stage_results_are_in_span_groups():
    doc = get_nlp("ko")("수곤(Sugon)은 1988년 설립되었다.")
    assert [s.text for s in doc.spans["dates"]] == ["1988년"]
    assert "수곤" in [s.text for s in doc.spans["orgs"]]
    assert spacy.tokens.Doc.has_extension("timexes")


def _readme_spacy_example() -> str:
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    after = readme[readme.index("From spaCy:"):]
    return re.search(r"```python\n(.*?)```", after, re.S).group(1)


def test_readme_spacy_example_runs_the_whole_pipeline_in_a_fresh_process(tmp_path):
    # A fresh interpreter outside the repository: every factory must come through the entry
    # points, as in a user's own program.
    code = _readme_spacy_example() + (
        "import json\n"
        "print(json.dumps({'pipes': nlp.pipe_names, 'dateline': doc._.dateline['date'],"
        " 'timexes': [t['value'] for t in doc._.timexes], 'orgs': [o['name'] for o in doc._.orgs],"
        " 'events': [(e['type'], e['date']['value']) for e in doc._.events],"
        " 'dates': [s.text for s in doc.spans['dates']], 'sents': len(list(doc.sents))}))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["pipes"] == get_nlp("en").pipe_names
    assert got["dateline"] == "2025-03-04"
    assert got["timexes"] == ["2025-03-04", "2025-03-03", "1998"]
    assert got["dates"] == ["March 4, 2025", "March 3", "1998"]
    assert "Hanbit Electronics Co., Ltd." in got["orgs"]
    assert ["founding", "1998"] in got["events"] and ["opening", "2025-03-03"] in got["events"]
    assert got["sents"] >= 2


def test_sentences_and_ner_defaults_in_a_users_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("presspipe_sentences")
    nlp.add_pipe("presspipe_ner")
    assert nlp.get_pipe("presspipe_ner").model == "en_open_ner"   # the language's model, not Korean's
    doc = nlp("Acme opened a lab.\nIt grew.")
    assert [s.text for s in doc.sents] == ["Acme opened a lab.\n", "It grew."]
    assert nlp.config["components"]["presspipe_sentences"] == {"factory": "presspipe_sentences"}


def test_sections_after_the_first_skip_the_dateline_and_leave_the_pipeline_whole():
    # api.process runs later sections with the dateline stage switched off (select_pipes):
    # the switch is undone afterwards, so the next document runs every stage again.
    from pipeline.api import process
    from pipeline.ingest.sources import SourceDoc
    text = ("SEOUL, March 3, 2025 /PRNewswire/ -- Hanbit Robotics opened a plant today.\n\n"
            "SEOUL, March 4, 2025 /PRNewswire/ -- Hanbit Robotics said on March 5, 2025 it would expand.\n")
    src = SourceDoc(source="t.txt", text=text, format="txt", encoding="utf-8", path="t.txt", lang="en", date=None)
    whole = process(src)["documents.jsonl"][0]
    cut = process(src, section_chars=80)
    assert whole.dateline and cut["documents.jsonl"][0].dateline == whole.dateline
    values = [t.value for t in cut["timexes.jsonl"]]
    assert "2025-03-04" in values and "2025-03-05" in values   # the second "dateline" is text there
    nlp = get_nlp("en")
    assert nlp.pipe_names == ["presspipe_sentences", "presspipe_ner", *STAGES] and nlp.disabled == []
