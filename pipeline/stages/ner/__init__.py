"""Trained entity recognisers shipped in the package, one per language (Korean on KLUE-NER over
Kiwi tokens, English on shared ner-en, Chinese on UNER Chinese-GSDSimp over jieba): `model.py`
loads and runs them, `component.py` is the `presspipe_ner` spaCy stage."""
