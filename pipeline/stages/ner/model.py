"""The shipped Korean entity model (`pipeline/models/ko_klue_ner`): load once, run on our Docs.

The model is a spaCy tok2vec + ner pipeline trained on KLUE-NER (see training/README.md) over
presspipe's Kiwi tokens, with static morpheme vectors read out of Kiwi's own language model
(training/vectors.py). Because it was trained on exactly the tokens our Korean pipeline makes,
it does not need to tokenise again: `ner_spans` copies a Doc's words, spaces and Kiwi tags into
the model's vocabulary and runs only the trained components on that copy. The copy keeps the
caller's Doc untouched (no `doc.ents`, no `doc.tensor`) and costs far less than Kiwi.

Labels are KLUE's: OG organisation, DT date, PS person, LC location, QT quantity, TI time.
"""
from __future__ import annotations

import functools
import threading
from pathlib import Path
from typing import Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODELS_DIR = Path(__file__).resolve().parents[2] / "models"
DEFAULT_MODEL = "ko_klue_ner"
# Documents per batch when several go through the model at once: large enough to amortise the
# per-call overhead of the tok2vec, small enough to keep memory flat on long releases.
BATCH_SIZE = 64

_LOAD_LOCK = threading.Lock()


def model_path(name: str = DEFAULT_MODEL) -> Path:
    """Folder of a shipped model by name, or `name` itself if it is a path to a model folder."""
    p = Path(name)
    if p.is_absolute() or len(p.parts) > 1:
        return p
    return MODELS_DIR / name


@functools.lru_cache(maxsize=None)
def load_ko_ner(name: str = DEFAULT_MODEL) -> Language:
    """The process's one copy of the model `name` (a folder under pipeline/models, or a path)."""
    # The model's config names the tokenizer `presspipe.KiwiTokenizer.v1`: register it first
    # (the entry point does too, but only for an installed package).
    from ...nlp import tokenizers  # noqa: F401
    path = model_path(name)
    if not (path / "config.cfg").is_file():
        raise FileNotFoundError(f"no trained entity model at {path}: train it with training/train.sh")
    with _LOAD_LOCK:
        nlp = spacy.load(path)
        attach_vectors(nlp, path)
        return nlp


# The static vectors ship as half floats (training/package_model.py writes them) to keep the
# package small; spaCy reads float32, so they are widened once at load.
VECTORS_FILE = "vectors-f16.npz"


def attach_vectors(nlp: Language, path: Path) -> None:
    """Give `nlp` the vector table stored beside the model in VECTORS_FILE, if there is one."""
    f = path / VECTORS_FILE
    if not f.is_file():
        return
    import numpy as np
    from spacy.vectors import Vectors
    with np.load(f) as z:
        keys, data = z["keys"], z["data"].astype(np.float32)
    nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=data, keys=[int(k) for k in keys])


def _model_doc(nlp: Language, doc: Doc) -> Doc:
    """`doc`'s tokens, spaces and Kiwi tags as a new Doc in the model's vocabulary."""
    return Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
               tags=[t.tag_ for t in doc])


def ner_spans_batch(docs: Iterable[Doc], name: str = DEFAULT_MODEL,
                    batch_size: int = BATCH_SIZE) -> list[list[tuple[int, int, str]]]:
    """(start_char, end_char, label) per entity, for each of `docs` (Kiwi-tokenised Docs)."""
    nlp = load_ko_ner(name)
    copies: Iterable[Doc] = (_model_doc(nlp, d) for d in docs)
    for _, proc in nlp.pipeline:
        copies = proc.pipe(copies, batch_size=batch_size)
    return [[(e.start_char, e.end_char, e.label_) for e in c.ents] for c in copies]


def ner_spans(doc: Doc, name: str = DEFAULT_MODEL) -> list[tuple[int, int, str]]:
    """(start_char, end_char, label) of the entities the model finds in `doc`.

    `doc` must come from presspipe's Kiwi tokenizer (`pipeline.nlp.build.blank("ko")` or the
    Korean pipeline): the model reads its tokens and `token.tag_` as they are. Offsets are into
    `doc.text` and always fall on `doc`'s token boundaries.
    """
    return ner_spans_batch([doc], name)[0]
