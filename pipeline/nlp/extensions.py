"""The Doc attributes the stages read and write, declared once.

Stages talk only through the Doc (no stage imports another; words several of them read are in
`nlp/lexicon.py`, its lists in `nlp/data/`). Each list attribute holds plain dicts (JSON-ready, with exact
character offsets); the same findings are also in `doc.spans[...]` for spaCy users.

| attribute          | written by                  | read by                                        |
|--------------------|-----------------------------|------------------------------------------------|
| doc._.anchor       | caller (api.process), dateline | dates, events, export                       |
| doc._.anchor_source | caller (api.process), dateline | export                                     |
| doc._.dateline     | dateline                    | dates, organisations (policy), events, export  |
| doc._.timexes      | dates                       | aliases (boundary), organisations (find), events (with `bounds`), export (without `bounds`) |
| doc._.aliases      | aliases                     | organisations, export                          |
| doc._.terms        | aliases                     | organisations (not names), export              |
| doc._.short_names  | aliases                     | organisations                                  |
| doc._.orgs         | organisations               | events, export                                 |
| doc._.events       | events                      | export                                         |

Span groups, for spaCy users and between stages:

| span group               | written by    | read by                                                  |
|--------------------------|---------------|----------------------------------------------------------|
| doc.spans["ner"]         | ner           | dates (DT), aliases, organisations (component, find, exclude, policy) |
| doc.spans["dates"]       | dates         | (spaCy users)                                            |
| doc.spans["aliases"]     | aliases       | (spaCy users)                                            |
| doc.spans["orgs"]        | organisations | (spaCy users)                                            |
| doc.spans["event_triggers"] | events     | (spaCy users)                                            |

Sentences (`doc.sents`) are set by `presspipe_sentences` and read by events.
"""
from spacy.tokens import Doc

DOC_ATTRS = ("anchor", "anchor_source", "dateline", "timexes", "aliases", "terms", "short_names", "orgs", "events")


def register() -> None:
    for name in DOC_ATTRS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register()
