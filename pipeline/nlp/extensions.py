"""The Doc attributes the stages read and write, declared once.

Stages talk only through the Doc. Each list attribute holds plain dicts (JSON-ready, with exact
character offsets); the same findings are also in `doc.spans[...]` for spaCy users.

| attribute          | written by   | read by                         |
|--------------------|--------------|---------------------------------|
| doc._.anchor       | caller, dateline | dates                       |
| doc._.dateline     | dateline     | export                          |
| doc._.timexes      | dates        | events, export                  |
| doc._.aliases      | aliases      | organisations, export           |
| doc._.terms        | aliases      | organisations (not names), export |
| doc._.short_names  | aliases      | organisations                   |
| doc._.orgs         | organisations| events, export                  |
| doc._.events       | events       | export                          |
"""
from spacy.tokens import Doc

DOC_ATTRS = ("anchor", "dateline", "timexes", "aliases", "terms", "short_names", "orgs", "events")


def register() -> None:
    for name in DOC_ATTRS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register()
