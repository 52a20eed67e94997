"""The shipped entity models (`pipeline/models/`): load once per process, run on our Docs.

One small spaCy tok2vec + ner pipeline per language (training/README.md says how each is made):

- Korean, `ko_klue_ner`: trained on KLUE-NER over presspipe's Kiwi tokens, with static morpheme
  vectors read out of Kiwi's own language model (training/vectors.py); KLUE's labels: OG
  organisation, DT date, PS person, LC location, QT quantity, TI time;
- English, `en_open_ner`: trained on the openly licensed sentences of shared ner-en (Wikipedia,
  SEC filings, news tweets) over spaCy's English tokens; labels ORG, PERSON, LOC;
- Chinese, `zh_uner_ner`: trained on UNER Chinese-GSDSimp over spaCy's Chinese tokenizer with
  jieba; labels ORG, PERSON, LOC. The data is Simplified: the model reads the text folded to
  Simplified (`nlp.script.fold_han`, same length, so offsets carry over).

The organisation policy reads both label sets (OG/ORG, PS/PERSON, LC/LOC).

Where a model was trained on exactly the tokens our pipeline makes (Korean, English), it does not
tokenise again: `ner_spans` copies a Doc's words, spaces (and Kiwi tags) into the model's
vocabulary and runs only the trained components on that copy. The Chinese model tokenises the
folded text itself (jieba cuts Simplified text better than Traditional) and its spans are given
back as character offsets, which the stage widens to the Doc's tokens. Either way the caller's Doc
is left untouched (no `doc.ents`, no `doc.tensor`).
"""
from __future__ import annotations

import functools
import threading
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.attrs import IDX, LENGTH, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc

from ...nlp.words import doc_text

MODELS_DIR = Path(__file__).resolve().parents[2] / "models"
DEFAULT_MODEL = "ko_klue_ner"
# The model each language's pipeline runs (pipeline/nlp/build.py), unless `--no-model`.
SHIPPED_MODELS = {"ko": "ko_klue_ner", "en": "en_open_ner", "zh": "zh_uner_ner"}
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


@functools.cache
def load_ner(name: str = DEFAULT_MODEL) -> Language:
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
        use_numpy_blas(nlp)
        return nlp


load_ko_ner = load_ner   # the name the Korean model's callers know


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


def use_numpy_blas(nlp: Language) -> None:
    """Run the model's matrix products through numpy's BLAS (OpenBLAS) instead of thinc's
    default, BLIS.

    The wheel's BLIS ran the tok2vec's products at about a third of OpenBLAS's speed on this
    machine (about 24 against 75 GFLOP/s, one thread, on the Korean model's shapes); with
    numpy's the Korean model took 0.64 of the time on the real releases, with the same spans.
    The transition loop of the ner component keeps thinc's own small-product routines.
    """
    from thinc.api import NumpyOps
    ops = NumpyOps(use_blis=False)
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


def _model_doc(nlp: Language, doc: Doc) -> Doc:
    """`doc` as a new Doc in the model's vocabulary: its tokens, spaces and (Korean) Kiwi tags;
    for Chinese, the text folded to Simplified, cut by the model's own tokenizer."""
    if nlp.lang == "zh":
        from ...nlp.script import fold_han
        return nlp.make_doc(fold_han(doc_text(doc)))
    # Read off arrays and the text rather than a Token object per token (thousands a release).
    with_tags = nlp.lang == "ko"
    cols = doc.to_array([IDX, LENGTH, SPACY, TAG] if with_tags else [IDX, LENGTH, SPACY]).tolist()
    text = doc_text(doc)
    words = [text[c[0]:c[0] + c[1]] for c in cols]
    spaces = [bool(c[2]) for c in cols]
    if not with_tags:
        return Doc(nlp.vocab, words=words, spaces=spaces)
    names: dict[int, str] = {}
    strings = doc.vocab.strings
    tags = [names.get(c[3]) or names.setdefault(c[3], strings[c[3]]) for c in cols]
    return Doc(nlp.vocab, words=words, spaces=spaces, tags=tags)


def ner_spans_batch(docs: Iterable[Doc], name: str | None = None,
                    batch_size: int = BATCH_SIZE) -> list[list[tuple[int, int, str]]]:
    """(start_char, end_char, label) per entity, for each of `docs` (Docs of the pipeline of the
    model's language: Kiwi-tokenised for Korean). `name` defaults to the shipped model of the
    first Doc's language."""
    docs = list(docs)
    if not docs:
        return []
    nlp = load_ner(name or SHIPPED_MODELS.get(docs[0].lang_, DEFAULT_MODEL))
    copies: Iterable[Doc] = (_model_doc(nlp, d) for d in docs)
    for _, proc in nlp.pipeline:
        copies = proc.pipe(copies, batch_size=batch_size)  # type: ignore[attr-defined]  # spaCy types pipes as callables
    return [[(e.start_char, e.end_char, e.label_) for e in c.ents] for c in copies]


def ner_spans(doc: Doc, name: str | None = None) -> list[tuple[int, int, str]]:
    """(start_char, end_char, label) of the entities the model finds in `doc`.

    `doc` must come from the tokenizer of the model's language (`pipeline.nlp.build.blank(lang)`
    or the pipeline): the Korean and English models read its tokens (and `token.tag_`) as they
    are, and their offsets fall on `doc`'s token boundaries; the Chinese model's offsets are the
    characters it found, which may fall inside one of `doc`'s tokens.
    """
    return ner_spans_batch([doc], name)[0]
