"""Each stage is a spaCy component a spaCy user can add by name, through the entry points."""
import subprocess
import sys

import spacy

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
