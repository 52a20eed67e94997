"""What the name boundaries of all three scripts share: how long a name before a bracket may run,
the small words inside a Latin name, and whether a Latin rendering is a person's name.

The rules of each script are in `boundary_ko.py`, `boundary_latin.py` and `boundary_zh.py`;
`boundary.py` is the entry point the component reads.
"""
from __future__ import annotations

import re

from ...nlp.lexicon import LATIN_PLACES
from ...nlp.names import personal_name

# Most words a name before a bracket may have; longer runs pick up clause text, not names.
MAX_NAME_WORDS = 8
# The small words a Latin name holds between its capitalised words (`Bank of Korea`).
CONNECTORS = {"of", "and", "&", "for", "the", "de", "la", "du", "und", "on", "in"}


# A Latin rendering that is a person's name (a suffix such as `Jr.` and a particle such as `van der`
# allowed), and no place's.
def renders_a_person(s: str) -> bool:
    s = re.sub(r",?\s(?:Jr|Sr)\.?$", "", s)   # (`Surangel S. Whipps, Jr.`)
    s = re.sub(r"(?<=\s)(?:der|den|ter|du|des|di|do|della)(?=\s)", "de", s)   # (`Jan van der Berg`)
    return personal_name(s) and s.lower() not in LATIN_PLACES
