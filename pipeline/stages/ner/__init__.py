"""Trained Korean entity recogniser (KLUE-NER labels) on Kiwi tokens: `model.py` loads and runs
the shipped model, `component.py` is the `presspipe_ner` spaCy stage."""
