"""Static morpheme vectors for the Korean entity recogniser, read out of Kiwi's own language model.

kiwipiepy ships a CoNg language model (`kiwipiepy_model/cong.mdl`) with a 256-dimensional
embedding per morpheme; the library does not hand the vectors out, but it does give the cosine
similarity of any two morphemes (`Kiwi.morpheme_similarity`, about 0.5 us a call). A unit vector
`u` is known up to rotation from its similarities to a set of anchor morphemes that span the
space:

- anchors: `--anchors` morphemes drawn with a fixed seed from common nouns, names and verbs;
- their Gram matrix `G = A'A` (pairwise similarities) = V L V'; keeping the eigenvectors with
  eigenvalue above 1e-6 of the largest gives the rank (256 for kiwipiepy-model 0.24);
- a morpheme's similarities `s = A'u` then give its coordinates `L^-1/2 V' s` in an
  orthonormal basis of the embedding space, exact up to float error;
- PCA over the basis rows (mean removed) keeps the `--dims` directions with most variance;
  rows added by `--extra-max-id` are projected on that basis and change no basis row.

Which morphemes get a row: every form in the converted training docs, plus Kiwi's dictionary
nouns and names (NNP, NNG) up to `--max-id` (Kiwi's ids run roughly from common to rare). A
form with several morphemes (`이` as a name, a particle, a copula) gets the morpheme whose tag
the form carries most often in the training docs, else the lowest id. Keys are token texts
(ORTH), so a run-time token finds its row by its surface, as the tokenizer writes it.

Usage (train.sh runs it):

    python training/vectors.py training/corpus training/corpus/vectors --dims 64

writes a blank presspipe Korean pipeline whose vocab holds the table, for `[initialize] vectors`.
Deterministic: fixed anchors, sorted keys, eigen-decomposition and PCA signs fixed.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from spacy.tokens import DocBin
from spacy.vectors import Vectors

from pipeline.nlp.build import blank
from pipeline.nlp.tokenizers import get_kiwi

ANCHOR_TAGS = ("NNG", "NNP", "VV", "VA", "MAG")
TABLE_TAGS = ("NNP", "NNG")


def all_morphemes(kiwi) -> list[tuple[str, str]]:
    """(form, tag) for every morpheme id Kiwi knows, in id order."""
    out = []
    i = 0
    while True:
        try:
            m = kiwi.morpheme(i)
        except Exception:
            return out
        out.append((m.form, str(m.tag)))
        i += 1


def training_forms(corpus: Path, nlp) -> dict[str, Counter]:
    """Tag counts per token text over the converted training and dev docs."""
    forms: dict[str, Counter] = defaultdict(Counter)
    for name in ("train.spacy", "dev.spacy"):
        previous = None
        for doc in DocBin().from_disk(corpus / name).get_docs(nlp.vocab):
            if doc.text == previous:
                continue  # a sentence repeated for weight (convert.py --news-repeat) counts once
            previous = doc.text
            for tok in doc:
                forms[tok.text][tok.tag_] += 1
    return forms


def column_signs(vectors: np.ndarray) -> np.ndarray:
    """Signs that make each column's largest-magnitude entry positive (PCA's sign is arbitrary)."""
    idx = np.abs(vectors).argmax(axis=0)
    signs = np.sign(vectors[idx, np.arange(vectors.shape[1])])
    signs[signs == 0] = 1
    return signs


def pick_anchors(morphemes: list[tuple[str, str]], n: int, seed: int) -> list[int]:
    """`n` morpheme ids drawn with a fixed seed from the common content words among the first 30,000."""
    rng = np.random.default_rng(seed)
    pool = [i for i, (form, tag) in enumerate(morphemes[:30000]) if tag in ANCHOR_TAGS and form]
    return sorted(rng.choice(pool, size=n, replace=False).tolist())


def anchor_projection(kiwi, anchors: list[int]) -> np.ndarray:
    """anchors x rank matrix P such that (similarities to the anchors) @ P are a morpheme's
    coordinates in an orthonormal basis of the span of the anchors' unit vectors."""
    sim = kiwi.morpheme_similarity
    gram = np.array([[sim(a, b) for b in anchors] for a in anchors], dtype=np.float64)
    evals, evecs = np.linalg.eigh(gram)
    keep = evals > evals.max() * 1e-6
    return evecs[:, keep] / np.sqrt(evals[keep])


def coordinates(kiwi, morpheme: int, anchors: list[int], proj: np.ndarray) -> np.ndarray | None:
    """The morpheme's unit embedding in the anchors' basis; None if Kiwi has no embedding for it."""
    s = np.array([kiwi.morpheme_similarity(morpheme, a) for a in anchors])
    if not np.isfinite(s).all() or np.abs(s).sum() == 0:
        return None
    return s @ proj


def build(corpus: Path, out: Path, dims: int, anchors_n: int, max_id: int, seed: int,
          extra_max_id: int = 0) -> dict:
    kiwi = get_kiwi()
    nlp = blank("ko")
    morphemes = all_morphemes(kiwi)
    by_form: dict[str, list[int]] = defaultdict(list)
    for i, (form, tag) in enumerate(morphemes):
        if form and not any(c.isspace() for c in form):
            by_form[form].append(i)

    seen = training_forms(corpus, nlp)
    chosen: dict[str, int] = {}
    for form, tags in seen.items():
        ids = by_form.get(form)
        if not ids:
            continue
        best_tag = tags.most_common(1)[0][0].split("+")[0]
        same = [i for i in ids if morphemes[i][1] == best_tag]
        chosen[form] = (same or ids)[0]
    for i, (form, tag) in enumerate(morphemes[: max_id + 1]):
        if tag in TABLE_TAGS and form and form not in chosen and form in by_form:
            chosen[form] = by_form[form][0]

    anchors = pick_anchors(morphemes, anchors_n, seed)
    proj = anchor_projection(kiwi, anchors)

    def embed(ids: dict[str, int]) -> tuple[list[str], np.ndarray]:
        forms, rows = [], []
        for form in sorted(ids):
            x = coordinates(kiwi, ids[form], anchors, proj)
            if x is not None:
                forms.append(form)
                rows.append(x)
        return forms, np.array(rows).reshape(len(rows), proj.shape[1])

    # The basis (mean, PCA directions, signs, scale) comes from the basis rows only, so rows
    # added with --extra-max-id leave the basis rows' vectors unchanged.
    forms, rows = embed(chosen)
    mean = rows.mean(axis=0)
    centred = rows - mean
    cov_vals, cov_vecs = np.linalg.eigh(centred.T @ centred)
    order = np.argsort(-cov_vals)
    svals = np.sqrt(np.clip(cov_vals[order], 0, None))
    basis = cov_vecs[:, order[:dims]]
    table = centred @ basis
    signs = column_signs(table)
    scale = np.sqrt((table ** 2).sum(axis=1).mean())  # mean row norm about 1
    table = table * signs / scale
    extra = {}
    for i, (form, tag) in enumerate(morphemes[: extra_max_id + 1]):
        if tag in TABLE_TAGS and form in by_form and form not in chosen and form not in extra:
            extra[form] = by_form[form][0]
    n_basis = len(forms)
    if extra:
        extra_forms, extra_rows = embed(extra)
        forms += extra_forms
        table = np.vstack([table, (extra_rows - mean) @ basis * signs / scale])
    nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=table.astype(np.float32), keys=forms)
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    explained = float((svals[:dims] ** 2).sum() / (svals ** 2).sum())
    report = {
        "source": "kiwipiepy_model CoNg embeddings via Kiwi.morpheme_similarity",
        "rank": int(proj.shape[1]), "anchors": anchors_n, "rows": len(forms), "basis_rows": n_basis,
        "dims": dims, "extra_max_id": extra_max_id,
        "from_training_docs": sum(1 for f in seen if f in chosen), "max_id": max_id,
        "variance_kept": round(explained, 4),
    }
    (out / "vectors-report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return report


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, help="folder with train.spacy and dev.spacy")
    ap.add_argument("out", type=Path, help="output pipeline folder holding the vectors")
    ap.add_argument("--dims", type=int, default=64)
    ap.add_argument("--anchors", type=int, default=400)
    ap.add_argument("--max-id", type=int, default=60000)
    ap.add_argument("--extra-max-id", type=int, default=0,
                    help="also give rows (outside the basis) to nouns and names up to this id")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    report = build(args.corpus, args.out, args.dims, args.anchors, args.max_id, args.seed,
                   args.extra_max_id)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
