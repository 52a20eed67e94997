"""training/vectors.py reads Kiwi's morpheme embeddings back from similarities: the recovered
coordinates must give back Kiwi's own similarities."""
import importlib.util
from pathlib import Path

from pipeline.nlp.tokenizers import get_kiwi

_SPEC = importlib.util.spec_from_file_location("vectors", Path(__file__).resolve().parents[1] / "training" / "vectors.py")
vectors = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(vectors)


def test_coordinates_reproduce_kiwi_similarities():
    kiwi = get_kiwi()
    morphemes = [(kiwi.morpheme(i).form, str(kiwi.morpheme(i).tag)) for i in range(30000)]
    anchors = vectors.pick_anchors(morphemes, 400, seed=0)
    proj = vectors.anchor_projection(kiwi, anchors)
    assert proj.shape[1] <= 400
    words = [("사랑", "NNG"), ("애정", "NNG"), ("고려", "NNP"), ("조선", "NNP"), ("알고리즘", "NNG"), ("삼성", "NNP")]
    first_id = {}
    for i, m in enumerate(morphemes):
        first_id.setdefault(m, i)
    coords = {w: vectors.coordinates(kiwi, first_id[w], anchors, proj) for w in words if w in first_id}
    assert len(coords) >= 4
    keys = list(coords)
    for a in range(len(keys)):
        for b in range(a + 1, len(keys)):
            want = kiwi.morpheme_similarity(keys[a], keys[b])
            got = float(coords[keys[a]] @ coords[keys[b]])
            assert abs(got - want) < 1e-3, (keys[a], keys[b], got, want)


def test_anchors_are_fixed_by_the_seed():
    morphemes = [("가", "NNG")] * 100 + [("나", "VV")] * 100
    assert vectors.pick_anchors(morphemes, 10, 0) == vectors.pick_anchors(morphemes, 10, 0)
    assert vectors.pick_anchors(morphemes, 10, 0) != vectors.pick_anchors(morphemes, 10, 1)


def test_build_writes_a_table_for_the_training_forms(tmp_path):
    from spacy.tokens import DocBin

    from pipeline.nlp.build import blank
    nlp = blank("ko")
    for name, texts in (("train.spacy", ["한국전력공사는 서울에서 회의를 열었다."] * 2), ("dev.spacy", ["삼성은 발표했다."])):
        db = DocBin()
        for t in texts:
            db.add(nlp(t))
        db.to_disk(tmp_path / name)
    report = vectors.build(tmp_path, tmp_path / "vec", dims=8, anchors_n=300, max_id=50, seed=0, extra_max_id=80)
    assert report["rank"] == 256 and report["dims"] == 8 and report["rows"] >= report["basis_rows"] > 0
    import spacy
    table = spacy.load(tmp_path / "vec").vocab.vectors
    assert table.shape == (report["rows"], 8)
    assert table[nlp.vocab.strings.add("서울")].any()
