# Names vulture counts as unused that something outside Python's own references reads:
# `vulture pipeline tests benchmarks training corpus/tools corpus/heldout/tools .ci/vulture_whitelist.py`
# (.ci/run). A name added here says who reads it.
# ruff: noqa: F821, B018

# spaCy, through the entry points in pyproject.toml (spacy_factories, spacy_tokenizers)
make_sentences
make_dateline
make_dates
make_aliases
make_organisations
make_events
make_ner
create_kiwi_tokenizer
# Python: a module's lazy attributes (pipeline/__init__.py)
__getattr__
__dir__
# click: a command is registered by its decorator
validate
# pydantic: model configuration and fields that only serialisation reads
model_config
tool
# pytest: fixtures are found by name; a module-level importorskip keeps the module
pg_url
distributed
# html.parser.HTMLParser calls its handle_* methods (tests/test_review_pages.py)
_.handle_starttag
_.handle_endtag
_.handle_data
# the library's return values: what `pipeline.run` gives its caller
_.error_sources
