"""English event data: trigger patterns, status cues, reference words.

spaCy's blank English pipeline has no tagger, so triggers are word forms in context: each
pattern is a regular expression whose group `t` is the trigger. A pattern marked `base` is a
base form (`launch`, `open`, `sign`) that counts only after a modal or `to` (`will launch`,
`plans to open`), so that nouns and adjectives (`the launch`, `an open platform`) do not. Nouns
marked `noun` count only after a verb of pursuit (`pursue a listing`, `completed the acquisition`).
Patterns are tried in order, case-insensitively; the first to claim a stretch of text wins. Examples: `examples/en.tsv`.
All patterns are anchored on words and bounded (no nested quantifiers), so matching is linear.
"""

from ...nlp.lexicon import reference_words

W = r"(?:[\w$%&'.,-]+\s+)"
WQ = r"(?:[\w$%&'.,\x22“”’-]+\s+)"   # (a word in quotes too: `named to the Fierce Medtech "Fierce 15" list`)
# a delegation led (`led a delegation of 20 startups to …`): the words after the verb, then where to
_DELEGATION = r"\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,2}?delegation"
_DELEGATION_TO = r"\s+(?:of\s+[^.;]{0,40}?\s+)?to\b"
# … to an edition of a named event (`to CES 2025`)
# (its acronym in brackets before the year allowed: `to the Smart City Expo World Congress (SCEWC) 2026`)
_TO_AN_EDITION = r"(?=[^.;]{0,60}?\bto\s+(?:the\s+)?(?-i:[A-Z][\w&.'-]*(?:\s+[A-Z0-9][\w&.'-]*){0,5}?)(?:\s+\((?-i:[A-Z][\w&-]{1,11})\))?\s+(?:19|20)\d\d\b)"
# … at an edition of a named event (`at SEMICON Japan 2025`)
# What is shown or told at a gathering named in capitals, its own word closing the name (`at the ASCO Annual
# Meeting`, `at the American Society of Nephrology Kidney Week`), after at most 80 characters of what is shown.
_AT_A_NAMED_GATHERING = (r"(?=[^.;]{0,80}?\bat\s+(?:the\s+)?(?-i:[A-Z][\w&.'-]*(?:\s+(?:of\s+|on\s+|for\s+)?[A-Z0-9][\w&.'-]*){0,7}?)"
                         r"\s+(?-i:Meeting|Congress|Conference|Summit|Symposium|Week|Forum|Convention|Workshop)\b)")
_AT_AN_EDITION = (r"(?=[^.;]{0,60}?\bat\s+(?:the\s+)?(?-i:[A-Z][\w&.'-]*(?:\s+[A-Z0-9][\w&.'-]*){0,5}?)\s+(?:19|20)\d\d\b"
                  # (or a show named by its head word, `at the Paris Air Show in June 2027`)
                  r"|[^.;]{0,60}?\bat\s+(?:the\s+)?(?-i:(?:[A-Z][\w&.'-]*\s+){1,5}(?:Show|Expo|Fair|Summit|Congress|Convention|Week))\b)")
MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"  # one word and its space, for bounded gaps `{0,n}`

# work done, after a verb of completing: a determiner and its noun (`the Phase 1 drill program`), or
# the bare noun of a stage of work (`completed enrollment`); not a participle before its noun
# (`the number of completed projects`)
_WORK_NOUNS = (r"program|programme|project|study|trial|enrollment|enrolment|installation|drilling|migration|integration|phase|"
               r"pilot|upgrade|expansion|renovation|deployment|survey|campaign|test|testing|validation|commissioning|"
               r"transition|rollout|roll-out")
_WORK_DONE = (r"(?:(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,4}?(?:" + _WORK_NOUNS + r")s?\b|"
              r"(?:enrollment|enrolment|installation|drilling|migration|integration|commissioning|testing|validation|deployment)\b)")

# work whose start is a happening, a few words after the verb that starts it (`began construction`,
# `initiate a Phase 2 trial`, `began enrolling`)
_STARTED_WORK = (r"(?:trials?|studies|study|construction|production|operations?|pilot|testing|shipments?|deliver(?:y|ies)|"
                 r"enrollment|enrolment|enrolling|dosing|Phase\s+\d[\w/-]*\s+(?:program|programme))\b")

# what is hosted or held as a meeting (`hosted its annual investor day`, `held a webinar`)
HOSTED = (r"meeting|forum|conference|summit|ceremony|symposium|workshop|fair|expo|roundtable|webinar|seminar|event|"
          r"gala|reception|exhibition|festival|hackathon|competition|investor day|open house|talks|dialogue|"
          r"demo day|pitch day|showcase|roadshow|road show|briefing|press conference|session|webinar|night|"
          # (a gathering over a meal, and one of the set: `hosted a Korea Startup Night`, `a networking dinner`)
          r"dinner|luncheon|breakfast|meetup|mixer|"
          r"mart|matchmaking|business meetings|consultation meetings")

# what opens for applicants (`applications`, `registration`): a window, no site
# An amount of money as it opens: a currency's sign or code, or a figure (`$5 million`, `INR 850 crore`, `€40m`).
_MONEY = r"(?:\$|US\$|HK\$|S\$|A\$|C\$|NT\$|€|£|¥|₹|₩|Rs\.?\s?|(?-i:KRW|RMB|INR|USD|EUR|GBP|JPY|CNY|HKD|SGD|AUD|CAD|CHF|NTD|TWD)\s?|\d)"

_WINDOWS = (r"(?:registrations?|applications?|nominations?|submissions?|enrollment|enrolment|voting|entries|bidding|"
            r"sign-ups?|ticket sales|(?:calls?|requests?)\s+for\s+(?:proposals|applications|papers|entries|nominations|"
            r"submissions|abstracts|bids)|RFPs?|(?:application|submission|enrollment|enrolment)\s+(?:window|period|portal)s?)")
# … told as a round or a call of them (`the next round of`, `a second call for`)
_ROUND_OF = r"(?:(?:next|new|first|second|third|final|latest|another)\s+)?(?:(?:round|call|cycle)\s+(?:of|for)\s+)?"

# a stock exchange by its name (`the Nasdaq`, `the Korea Exchange`, `the New York Stock Exchange`)
_EXCHANGE = (r"(?:the\s+)?(?-i:Nasdaq|NASDAQ|NYSE|KOSDAQ|KOSPI|TSX|ASX|AIM|HKEX|SGX|LSE|Euronext|"
             r"(?:[A-Z][\w&.-]*\s+){1,4}(?:Stock\s+)?Exchange)\b")

# (type, pattern, flag); flag: "" | "base" | "noun"
PATTERNS: list[tuple[str, str, str]] = [
    # a thing that "was launched" was released (`the app was launched in Korea`, `its products was launched on …`) …
    ("launch", r"\b(?:app|apps|application|product|products|platform|service|services|feature|features|tool|tools|"
     r"solution|solutions|version|edition|programme|program|initiative|campaign|fund|brand|device|devices|model|models)"
     r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:officially\s+|successfully\s+|formally\s+)?(?P<t>launched)\b", ""),
    # a joint venture formed under a name of its own is founded (`announced the formation of Lone Star Storage
    # Partners, a 50/50 joint venture`); one formed without a name is a deal (`formed a joint venture`, below)
    ("founding", r"\b(?P<t>formation|establishment|creation)\s+of\s+(?-i:[A-Z])[\w&'.-]*(?:\s+(?-i:[A-Z])[\w&'.-]*){0,5},\s+"
     r"(?:a|an)\s+(?:[\w/-]+\s+){0,3}?(?:joint\s+venture|JV)\b", ""),
    # … an organisation that "was launched" was founded, not released
    ("founding", r"\b(?:was|were|been|being)\s+(?P<t>launched|created|formed|set up)\b", ""),
    # a bank or a credit union is chartered (`It was chartered in 1938`)
    ("founding", r"\b(?:was|were)\s+(?P<t>chartered)\s+(?=in\s+\d|on\s|in\s+(?-i:[A-Z]))", ""),
    ("founding", r"\b(?P<t>founded|co-founded|established|incorporated)\b", ""),
    ("founding", r"\b(?P<t>spun (?:out|off))\b", ""),
    # the noun with its date: `since its founding in 1953`
    ("founding", r"\b(?:its|their|the)\s+(?P<t>founding)\s+in\s+(?=\d)", ""),
    ("founding", r"\b(?P<t>found|establish)\b", "base"),
    ("approval", r"\b(?P<t>approved|approves|authori[sz]ed|cleared)\b", ""),
    ("approval", r"\b(?P<t>approve|authori[sz]e)\b", "base"),
    # an accreditation or a certification given (`the Commission on Cancer accredited Tidewater's program in
    # 2024`, `was certified by`); not the adjective of a kind (`a certified B Corporation`, `certified public accountants`)
    ("approval", r"\b(?:was|were|been|being|is|are)\s+(?P<t>accredited|re-accredited|certified|recertified)\b", ""),
    ("approval", r"(?<!\ba\s)(?<!\ban\s)\b(?P<t>accredited|re-accredited|certified|recertified)\s+(?:the\s+|its\s+|their\s+|(?-i:[A-Z]))", ""),
    # (a regulator's mark with its brackets between: `received FDA 510(k) clearance`)
    ("approval", r"\b(?:received|receives|obtained|obtains|won|secured|was granted|were granted|earned|earns|achieved|achieves|attained)\s+(?:[\w$%&'.,()-]+\s+)"
     + r"{0,5}(?P<t>approval|clearance|authori[sz]ation|licen[cs]e|certification|accreditation|permit|(?<=CE\s)mark(?:ing)?)\b", ""),
    # an authority grants it (`the FDA has granted 510(k) clearance`, `granted Orphan Drug Designation`)
    ("designation", r"\b(?P<t>granted|grants|awarded|awards)\s+" + W + r"{0,4}(?-i:[A-Z])[\w-]*\s+(?:Designation|Status)\b", ""),
    # … and the one it is granted to receives it (`received Orphan Drug Designation from the FDA`, `obtained
    # Breakthrough Therapy designation`): a regulator's named status, its last word capitalised
    ("designation", r"\b(?P<t>received|receives|obtained|obtains|was granted|were granted|has been granted|have been granted|earned|earns)"
     r"\s+(?:the\s+|an?\s+)?" + W + r"{0,4}?(?-i:[A-Z])[\w-]*\s+(?:designation|Designation|status|Status)\b", ""),
    ("approval", r"\b(?P<t>granted|grants|issued|issues)\s+(?:[\w$%&'.,()-]+\s+){0,4}(?:approval|clearance|authori[sz]ation|licen[cs]e)\b", ""),
    ("designation", r"\b(?P<t>designated)\b", ""),
    # a place in an index or a list (`announces its inclusion in the MSCI Index`, `was added to the S&P 500`)
    ("designation", r"\b(?:announced|announces|announce|announcing|celebrates|celebrated)\s+(?:its\s+|the\s+)?(?P<t>inclusion|addition)\s+(?:in|to|on)\b", ""),
    ("designation", r"\b(?:was|were|been|being|is|are|will be)\s+(?P<t>included|added)\s+(?:in|to|on)\s+(?:the\s+)?" + W
     + r"{0,5}?(?:index|indices|indexes|list|ranking|500)\b", ""),
    ("designation", r"\b(?P<t>selected)\s+(?:as|to|for|by)\b", ""),
    # a place in an index joined (`joined the Nasdaq Biotechnology Index on December 18`)
    ("designation", r"\b(?P<t>joined|joins)\s+the\s+(?:(?-i:[A-Z0-9])[\w&.-]*\s+){1,4}(?:Index|index)\b", ""),
    # … or in the passive with its date or its reason next (`which was selected in November 2026 after a bid`)
    ("designation", r"\b(?:was|were|been)\s+(?P<t>selected|chosen|shortlisted)\b(?=\s+(?:in|on|last|this|earlier|after)\b)", ""),
    # … told in the active, the one chosen named between, an aside in dashes allowed (`In July, Taobao
    # selected Hanbit Labs — over older districts — as the site for`), or the job it was chosen for
    # after it (`has selected Brightline Energy LLC to design and build`)
    ("designation", r"\b(?P<t>selected|chose|picked)\s+(?-i:[A-Z])[\w&.'’-]*(?:\s+(?:(?-i:[A-Z0-9])[\w&.'’-]*|of|the|and|&)){0,5}"
     r"(?:\s*[—–]\s*[^—–.;]{1,80}?\s*[—–])?\s+(?:as|to\s+(?-i:[a-z])[a-z]+)\b", ""),
    # … the one chosen told by a word that points back at it (`Mesa County has selected the company to
    # replace its dispatch system`, `chose us as its partner`)
    ("designation", r"\b(?P<t>selected|chose|picked)\s+(?:the\s+(?:company|firm|startup)|us|it|them)\s+(?:as|to\s+(?-i:[a-z])[a-z]+)\b", ""),
    # a prize's winner is awarded; named to a list or as a leader is chosen (`has been named the
    # winner of`, `named to the 2025 Cloud 100 list`, `named a Leader in`)
    ("award", r"\b(?P<t>named)\s+(?:as\s+)?(?:the\s+|a\s+)?(?:winners?|recipients?)\s+of\b", ""),
    # an honouree or a finalist of a prize named with its year (`was named a CES 2025 Innovation Awards Honoree`)
    ("award", r"\b(?P<t>named)\s+(?:as\s+)?(?:the\s+|an?\s+)?" + W + r"{0,5}?(?:honou?rees?|finalists?)\b", ""),
    # a prize taken home (`took home the top prize at`, `takes home two awards`)
    ("award", r"\b(?P<t>took home|takes home|brought home|brings home)\s+" + W + r"{0,4}(?:award|prize|medal|trophy|honou?r)s?\b", ""),
    # a place on a list earned (`earned a spot on the 2025 Fortune Change the World list`)
    ("designation", r"\b(?P<t>earned|earns|secured|secures|landed|lands)\s+(?:a\s+)?(?:spot|place|position)\s+on\s+(?:the\s+)?" + W + r"{0,6}?(?:list|ranking|index)\b", ""),
    ("designation", r"\b(?P<t>named)\s+(?:to\s+(?:the\s+)?" + WQ + r"{0,8}?(?:list|index|ranking)s?\b|(?:as\s+)?(?:one\s+of\s+(?:the\s+)?|an?\s+)" + WQ + r"{0,4}?(?:leaders?|innovators?|companies|firms|"
     r"businesses|enterprises|brands|startups|employers?)\b)", ""),
    ("designation", r"\b(?:was|were|been|being|is|are)\s+(?P<t>recogni[sz]ed)\s+as\b", ""),
    # a place on a ranking (`was ranked No. 12 on the 2025 FT 1000 list`, `ranked among the top 50`)
    ("designation", r"\b(?P<t>ranked)\s+(?:No\.\s*\d+|#\s?\d+|\d+(?:st|nd|rd|th)|first|second|third|among)\b[^.;]{0,60}?\b(?:list|ranking|index|top\s+\d+|companies|brands)\b", ""),
    # … with the one who recognises it between (`was recognized by Fast Company as one of …`)
    ("designation", r"\b(?:was|were|been|being|is|are)\s+(?P<t>recogni[sz]ed)\s+by\s+(?:the\s+)?(?-i:[A-Z])[^.;,]{0,60}?\s+as\b", ""),
    # its auxiliary shared with a passive before it (`has been selected as … and recognized as …`)
    ("designation", r"\b(?:was|were|been|being|is|are)\s+\w+ed\b[^.;]{0,120}?\band\s+(?P<t>recogni[sz]ed)\s+as\b", ""),
    # a product or a technology licensed from or to a named body is a deal (`in-licensed CLY-204 from Jinhua … in August 2023`)
    ("agreement", r"\b(?P<t>in-licensed|in-licenses|out-licensed|out-licenses|licensed|licenses)\s+" + W + r"{0,5}?(?:from|to)\s+(?-i:[A-Z])", ""),
    # a body joined as a member (`joined the Open Model Alliance as a founding member`) is a happening of its own
    ("other", r"\b(?P<t>joined|joins)\s+(?:the\s+)?(?-i:[A-Z])" + W + r"{0,6}?as\s+(?:a|an)\s+(?:founding\s+|new\s+|full\s+|associate\s+)?member\b", ""),
    # a bill signed into law is enacted, no agreement between parties (`the Act, which was signed into law in 2019`)
    ("other", r"\b(?P<t>signed|signs)\s+into\s+law\b", ""),
    # … and so is a law, an act or an order told as signed (`the Bipartisan Infrastructure Law signed in November 2021`)
    ("other", r"\b(?-i:Law|Act|Bill)\s+(?:was\s+|were\s+)?(?P<t>signed)\b", ""),
    ("other", r"\b(?:law|act|bill|legislation|executive\s+order)\s+(?:was\s+|were\s+)?(?P<t>signed)\s+(?:by|in|on|into)\b", ""),
    # an agreement to acquire or merge is told as the acquisition (`entered into a definitive agreement to acquire`)
    ("agreement", r"\b(?P<t>signed|signs|inked|inks|entered into|partnered|teamed up)\b(?![^.;]{0,50}?\b(?:agreement|deal)\s+"
     r"(?:to|under which\s+\S+\s+will)\s+(?:acquire|buy|merge|be acquired)\b)", ""),
    ("agreement", r"\b(?P<t>sign|ink|partner|enter into)\b", "base"),
    # a deal agreed, its date allowed between (`agreed in March 2025 to extend their pilot`); one to
    # acquire or merge is told as the acquisition
    ("agreement", r"\b(?P<t>agreed)\s+(?:(?:in|on)\s+[\w,]+(?:\s+[\w,]+){0,2}?\s+)?(?:to|on|upon)\s+(?!(?:acquire|buy|merge|sell|be acquired)\b)", ""),
    # the deal as a noun after a verb that makes it news (`announced today a new strategic
    # partnership with`, `announced the signing of a Memorandum of Understanding`)
    ("agreement", r"\b(?:announced|announces|announce|unveiled|unveils)\s+(?:today\s+)?" + W + r"{0,4}(?P<t>partnership|alliance|collaboration)(?:\s+(?:with|between|to|that|aimed|for|on|in)\b|(?=[.;]))", ""),
    # `announced an agreement with`, `is pleased to announce a supply contract with`, `A and B today
    # announced a multi-year agreement to deploy …`, `… announced a strategic partnership.`, `announced a
    # cooperative research and development agreement to test …`
    ("agreement", r"\b(?:announced|announces|announce|unveiled|unveils)\s+(?:today\s+)?" + W + r"{0,6}?(?P<t>agreement|contract|deal|"
     r"memorandum of understanding|MOU|MoU)(?:\s+(?:with|between|to|under)\b|(?=[.;]))", ""),
    ("agreement", r"\b(?P<t>signing)\s+of\s+(?:a|an|the)\s+" + W + r"{0,4}(?:agreement|memorandum|MOU|MoU|contract|partnership)", ""),
    # a deal made larger or longer is agreed again (`has expanded its partnership with`, `renewed its
    # supply agreement with`)
    ("agreement", r"\b(?P<t>expanded|expands|extended|extends|renewed|renews|deepened|deepens)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?"
     r"(?:partnership|agreement|collaboration|alliance|contract)\s+with\b", ""),
    ("agreement", r"\b(?P<t>formed|forms)\s+(?:a|an)\s+" + W + r"{0,2}(?:joint venture|partnership|alliance)\b", ""),
    # an agreement or a cooperation reached (`reached a strategic cooperation agreement with`, `reached cooperation
    # with 5 new partners`, `concluded a supply agreement`)
    ("agreement", r"\b(?P<t>reached|reaches|concluded|concludes)\s+(?:an?\s+|the\s+)?" + W + r"{0,3}?(?:agreement|cooperation|"
     r"partnership|deal|memorandum|MOU|MoU)s?\s+(?:with|between|on|to)\b", ""),
    ("investment", r"\b(?P<t>closed|closes|completed|completes|secured|secures)\b(?=[^.;]{0,60}?\b(?:round|financing)\b)", ""),
    # a round named by its series alone (`closed a $60 million Series B in March`)
    ("investment", r"\b(?P<t>closed|closes|completed|completes|secured|secures|raised|raises)\s+(?:an?\s+|its\s+)?"
     r"(?:(?:\$|US\$|€|£|¥)?[\d.,]+\s?(?:million|billion|[MB])?\s+)?(?:Series\s+[A-Z]\d?|seed|pre-seed|pre-Series\s+[A-Z])\b", ""),
    # `has secured $18 million in seed funding`, `raised $5 million in Series A funding`
    ("investment", r"\b(?P<t>secured|secures|received|receives|obtained|obtains)\s+" + _MONEY + r"[^.;]{0,40}?\b(?:funding|financing|investment)\b", ""),
    ("investment", r"\b(?P<t>raised|raises)\s+" + _MONEY, ""),
    # a round named by its series (`received Series B funding of $30 million`, `secured seed funding from`)
    ("investment", r"\b(?P<t>secured|secures|received|receives|raised|raises|obtained|obtains)\s+(?:an?\s+|its\s+)?(?:[\w$-]+\s+){0,2}?"
     r"(?:Series\s+[A-Z]\d?|seed|pre-seed|pre-Series\s+[A-Z]|growth|venture)\s+(?:funding|financing|investment|round)\b", ""),
    ("investment", r"\b(?P<t>invested|invests)\b", ""),
    # a fund closed on its commitments (`announced the final close of Fund III with $450 million`)
    ("investment", r"\b(?:first|final|initial|oversubscribed|successful)\s+(?P<t>close|closing)\s+of\b", ""),
    # the noun, with what or whom it goes to or comes from (`an investment of $17.8 million`,
    # `a strategic investment in Hanbit`, `an additional investment from Nuri Capital`)
    ("investment", r"\b(?P<t>investment)\s+(?:of\s+" + _MONEY + r"|(?:in|from)\s+(?-i:[A-Z]))", ""),
    # the news of the lede: `is excited to announce its first investment in farm-ng`
    ("investment", r"\b(?:announced|announces|announce)\s+(?:today\s+)?" + W + r"{0,4}(?P<t>investment)\s+in\b", ""),
    # `today announced a $60 million Series C funding round led by`
    ("investment", r"\b(?:announced|announces|announce)\s+(?:today\s+)?(?:the\s+close\s+of\s+|the\s+closing\s+of\s+)?(?:an?\s+|its\s+)?"
     r"(?:[\w$%&'.,-]+\s+){0,3}?(?:Series\s+[A-Z]\d?|seed|pre-seed|growth)\s+(?:funding\s+|financing\s+|investment\s+)?(?P<t>round|financing|funding)\b", ""),
    # a round told as a noun with its lead investor (`follows a Series C round of $45 million led by`),
    # where no verb before it in the sentence told it already (`closed a … round led by`: that verb's)
    ("investment", r"^(?:(?!\b(?:closed|closes|completed|completes|secured|secures|raised|raises|received|receives|"
     r"announced|announces|announce)\b)[^.;])*?\b(?:Series\s+[A-Z]\d?|seed|pre-seed|growth|funding|financing)\s+(?P<t>round)\b[^.;]{0,50}?\bled\s+by\b", ""),
    ("investment", r"\b(?P<t>invest)\b", "base"),
    # `plans to raise $20 million`, `will raise new capital`; not `to raise questions`
    ("investment", r"\b(?P<t>raise)\s+(?:" + _MONEY + r"|(?:[\w-]+\s+){0,3}?(?:capital|funds|funding|financing|money|round)\b)", "base"),
    # (not a financing's name: `closed a C$15 million bought deal financing`)
    ("acquisition", r"\b(?P<t>acquired|acquires|bought|buys)\b(?!\s+deal\b)", ""),
    ("acquisition", r"\b(?P<t>merged)\s+with\b", ""),
    ("acquisition", r"\b(?P<t>acquire|buy|merge)\b", "base"),
    ("acquisition", r"\b(?P<t>acquisition|takeover|merger)\b", "noun"),
    # a unit or a company sold to a buyer is acquired by it (`completed the sale of its European brokerage
    # unit to Halden Group`, `the divestiture of … to …`)
    ("acquisition", r"\b(?P<t>sale|divestiture|divestment)\s+of\s+[^.;]{1,60}?\s+to\s+(?:the\s+)?(?-i:[A-Z])", "noun"),
    # (not staff counted, `hired 40 engineers`, nor staff as a kind, `hired its first production employees`)
    ("appointment", r"\b(?P<t>appointed|appoints|hired|hires)\b(?!\s+(?:about\s+|more\s+than\s+|over\s+|nearly\s+)?[0-9])"
     r"(?!\s+(?:its|their|the|our)?\s*(?:first\s+|new\s+|additional\s+|local\s+)?(?:[\w-]+\s+)?(?:employees|workers|staff|engineers|people|technicians|operators)\b)", ""),
    ("appointment", r"\b(?P<t>named|names)\s+(?:Dr\.?\s+|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+|Prof\.?\s+)?(?-i:[A-Z])", ""),
    # … or a person described first (`named former Maruti executive Ramesh Iyer as its Chief Operating Officer`)
    ("appointment", r"\b(?P<t>named|names|appointed|appoints)\s+(?:former|veteran|longtime|long-time|industry|seasoned)\s+" + W + r"{1,6}?as\s+(?:its|the|our)\s+(?:new\s+)?(?:(?-i:[A-Z])|chief\b|head\b|president\b|director\b)", ""),
    ("appointment", r"\b(?P<t>appoint|hire|name)\b", "base"),
    # a person raised to a post (`promoted Jane Park to chief operating officer`)
    ("appointment", r"\b(?P<t>promoted|promotes)\s+(?:Dr\.?\s+|Mr\.?\s+|Ms\.?\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s+to\b", ""),
    # a person who takes up a post (`took office on July 1`, `assumed the role of CEO`)
    ("appointment", r"\b(?P<t>took office|takes office|assumed (?:the )?(?:role|position|post|office))\b", ""),
    # a person who joins an organisation in a post (`has joined the company as Chief Medical Officer`)
    ("appointment", r"\b(?P<t>joined|joins)\s+" + W + r"{0,4}?as\s+(?:its\s+|the\s+|our\s+|a\s+)?(?:new\s+)?(?:(?-i:[A-Z])|head\b|chief\b|president\b|director\b)", ""),
    ("appointment", r"\b(?P<t>join)\s+" + W + r"{0,4}?as\s+(?:its\s+|the\s+|our\s+|a\s+)?(?:new\s+)?(?:(?-i:[A-Z])|head\b|chief\b|president\b|director\b)", "base"),
    # `announces the appointment of Jane Park as`, `welcomes Jane Park as its new CFO`
    ("appointment", r"\b(?P<t>appointment|election|promotion|hiring)\b", "noun"),
    ("appointment", r"\b(?P<t>welcomed|welcomes)\s+" + W + r"{1,5}as\s+(?:its|the|our|a)\s+(?:new\s+)?(?-i:[A-Z])", ""),
    # … or to its board, in a post told in lower case (`welcomes Sue Meng, Managing Director at …, as an observer
    # to its advisory board`)
    ("appointment", r"\b(?P<t>welcomed|welcomes)\s+(?-i:[A-Z])" + W + r"{0,10}?(?:as\s+(?:an?\s+|its\s+|the\s+|our\s+)?(?:new\s+)?"
     r"[\w-]+\s+)?(?:to|on)\s+(?:its|the|our)\s+(?:[\w-]+\s+){0,2}(?:board|management\s+team|leadership\s+team|council|committee)\b", ""),
    # a contract or an order won is an agreement, not a prize (`has been awarded a contract by the City of Lyon`)
    ("agreement", r"\b(?P<t>awarded|won|wins|secured|secures|landed|lands)\s+" + W + r"{0,4}(?:contract|order|tender)s?\b", ""),
    ("award", r"\b(?P<t>awarded|awards|awarding)\b", ""),
    # won a named prize: `won "Best Solution"`, `won the 2023 Small Farm Innovation Challenge`
    ("award", r"\b(?P<t>won|wins)\s+(?:[\u201c\u2018\"']|the\s+" + W + r"{0,5}(?:challenge|competition|contest|cup|title|trophy)s?\b)", ""),
    ("award", r"\b(?P<t>received|receives|won|wins)\s+" + W + r"{0,6}?(?:grant|award|prize|medal|honou?r)s?\b", ""),
    # recognised with a prize (`has been recognized with the 2025 Data Innovation Award`)
    ("award", r"\b(?P<t>recogni[sz]ed|honou?red)\s+with\s+" + W + r"{0,6}?(?:award|prize|medal|honou?r|trophy)s?\b", ""),
    ("award", r"\b(?P<t>receive|win)\s+" + W + r"{0,4}(?:grant|award|prize|medal|honou?r)s?\b", "base"),
    # (not the adjective of a feeling: `is honored to have received`, `was honoured to welcome`)
    ("award", r"\b(?P<t>honou?red)\b(?!\s+to\b)", ""),
    ("listing", r"\b(?P<t>listed)\s+(?:its\s+shares\s+|shares\s+)?on\b", ""),
    # a debut on an exchange is a listing, not a launch (`debuted on the Nasdaq on December 2`, `made its
    # trading debut on the New York Stock Exchange`)
    ("listing", r"\b(?P<t>debuted|debuts)\s+on\s+" + _EXCHANGE, ""),
    ("listing", r"\bmade\s+(?:its|their)\s+(?:trading\s+|market\s+|stock\s+market\s+|public\s+)?(?P<t>debut)\s+on\s+" + _EXCHANGE, ""),
    # shares that began to trade on an exchange (`began trading on the Nasdaq on March 1`)
    ("listing", r"\b(?P<t>began|begins|commenced|commences|started|starts)\s+trading\s+on\s+(?:the\s+)?(?-i:[A-Z])", ""),
    ("listing", r"\b(?P<t>list)\b", "base"),
    ("listing", r"\b(?P<t>went public|goes public)\b", ""),
    # an offering priced is the listing's day (`priced its initial public offering of 5 million shares`)
    ("listing", r"\b(?P<t>priced|prices)\s+(?:its\s+|the\s+|an?\s+)?(?:upsized\s+)?(?:initial\s+public\s+offering|IPO)\b", ""),
    # shares that begin trading on an exchange (`its common shares will begin trading on the TSX`)
    ("listing", r"\b(?:shares|stock|units|ADSs)\s+(?:will\s+|(?:is|are)\s+expected\s+to\s+)?(?:begin|began|begins|start|started|starts|commence|commenced|commences)\s+(?P<t>trading)\b", ""),
    ("listing", r"\b(?P<t>go public)\b", "base"),
    ("listing", r"\b(?P<t>listing|IPO|initial public offering)\b", "noun"),
    # a gathering opened is held, not a site opened (`opened FIX 2024, an expo`, `kicked off the Harbor Forum`)
    ("meeting", r"\b(?P<t>opened|opens|kicked off|kicks off)\s+(?:(?!at\b|in\b|on\b)[\w$%&'.,-]+\s+){0,3}(?:" + HOSTED + r")s?\b", ""),
    ("meeting", r"\b(?P<t>open|kick off)\s+(?:(?!at\b|in\b|on\b)[\w$%&'.,-]+\s+){0,3}(?:" + HOSTED + r")s?\b", "base"),
    # a site or a pavilion unveiled is opened (`unveiled a 400-square-meter Culture Pavilion`, `unveils its new headquarters`)
    ("opening", r"\b(?P<t>unveiled|unveils)\s+" + W + r"{0,5}?(?:pavilion|showroom|flagship store|store|headquarters|"
     r"facility|plant|factory|campus|office|centre|center|hub|museum|terminal)s?\b", ""),
    # a window for applicants that opens is no site opened (`Registration opens on May 12`)
    ("other", r"\b" + _WINDOWS + r"\s+"
     r"(?:(?:for|to)\s+[^.;]{0,60}?\s+)?(?:will\s+|is\s+|are\s+|was\s+|were\s+)?(?:now\s+|officially\s+)?(?P<t>opens?|opened)\b", ""),
    # … nor is one a body opens (`opened applications for its accelerator`, `will open nominations on May 1`)
    # (`will open the next round of applications`)
    ("other", r"\b(?P<t>opened|opens)\s+(?:its\s+|the\s+|their\s+)?" + _ROUND_OF + _WINDOWS + r"\b", ""),
    ("other", r"\b(?P<t>open)\s+(?:its\s+|the\s+|their\s+)?" + _ROUND_OF + _WINDOWS + r"\b", "base"),
    ("opening", r"\b(?P<t>opened|opens|inaugurated|inaugurates)\b", ""),
    # a site put into operation (`commissioned its first solar plant in 2021`)
    ("opening", r"\b(?P<t>commissioned)\s+(?:[\w-]+\s+){0,4}?(?:plant|facility|factory|line|terminal|station|farm|mill|refinery|unit)s?\b", ""),
    ("opening", r"\b(?P<t>open|inaugurate)\b", "base"),
    ("opening", r"\b(?P<t>opening)\b", "noun"),
    # a site said to be working from a date (`expected to be fully operational in H1 2026`,
    # `is expected to be open in November`)
    ("opening", r"\b(?:be|become|becomes|became)\s+(?:fully\s+)?(?P<t>operational|open)\b(?!\s+(?:to|for|source)\b)", ""),
    ("launch", r"\b(?P<t>launched|launches|unveiled|unveils|introduced|introduces|rolled out|rolls out|debuted|debuts)\b", ""),
    ("launch", r"\b(?:is|are)\s+(?P<t>launching|unveiling|introducing|rolling out)\b", ""),
    # a product made available (`Quill Studio is now available on the AWS Marketplace`)
    ("launch", r"\b(?:is|are)\s+now\s+(?:generally\s+|widely\s+|officially\s+)?(?P<t>available)\b", ""),
    # … or said to be on sale from a date (`expects to make Kelviza commercially available in January`,
    # `will be generally available in the second quarter`, `available for pre-order on May 2`)
    ("launch", r"\b(?:commercially|generally)\s+(?P<t>available)\b", ""),
    ("launch", r"\b(?P<t>available)\s+for\s+(?:pre-?orders?|purchase|order)\b", ""),
    # (`release its third-quarter results` is an announcement, below)
    ("launch", r"\b(?P<t>launch|unveil|introduce|roll out|debut|release)\b(?!\s+" + W + r"{0,5}(?:results|earnings)\b)", "base"),
    ("launch", r"\b(?P<t>launch)\b", "noun"),
    # a product released, told as a noun after the verb that makes it news (`is excited to announce
    # the release of Carbon Ledger`, `announced the general availability of`); not results released
    ("launch", r"\b(?P<t>release|availability)\s+of\b(?!\s+" + W + r"{0,5}(?:results|earnings|figures|statements?|report|data)\b)", "noun"),
    # … or as the verb, with what a maker releases (`released version 4.0 of its app`)
    ("launch", r"\b(?P<t>released|releases)\s+(?:its\s+|the\s+|a\s+|an\s+)?(?:new\s+|latest\s+|first\s+)?(?:[\w.-]+\s+){0,2}?"
     r"(?:version|app|application|product|platform|model|update|edition|album|single|game|film|series|feature|tool|software|solution|device|collection|"
     r"book|memoir|novel|cookbook|podcast|documentary|anthology)s?\b", ""),
    # … or a work by its title, then what it is (`has released Quiet Harbor, a memoir`)
    ("launch", r"\b(?P<t>released|releases)\s+(?![^,\n]{0,60}\b(?:results|earnings|report|statement|data)s?\b)[“\"]?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,5}[”\"]?,\s+(?:a|an|her|his|their|its)\s", ""),
    # founded, told as a noun with its date: `Since its establishment in 2010`, `since its founding in 1998`
    ("founding", r"\b(?:since|after|from)\s+(?:its|their|the\s+company's|the\s+company’s)\s+(?P<t>establishment|founding|inception|foundation|creation)\s+in\s+(?=\d|(?-i:[A-Z])[a-z]+\s+\d)", ""),
    # the noun with its date: `since its launch in 2021`, `after its debut in May 2024`
    ("launch", r"\b(?:its|their|the)\s+(?P<t>launch|debut)\s+in\s+(?=\d|(?-i:[A-Z])[a-z]+\s+\d)", ""),
    # a gerund after `since` or `after` tells a happening of the subject (`Since opening its first clinic
    # in 2015, Lumen has grown to 24 locations`, `after launching its app in 2021`)
    ("opening", r"\b(?:since|after)\s+(?P<t>opening)\s+(?:its|their|a|an|the)\b", ""),
    ("launch", r"\b(?:since|after)\s+(?P<t>launching|introducing|debuting)\s+(?:its|their|a|an|the)\b", ""),
    # results reported are announced (`today reported financial results for the fourth quarter`)
    ("announcement", r"\b(?P<t>reported|reports|released|releases|posted|posts)\s+" + W + r"{0,5}(?:results|earnings)\b", ""),
    ("announcement", r"\b(?P<t>report|release)\s+" + W + r"{0,5}(?:results|earnings)\b", "base"),
    # … and so are the figures of a period reported (`today reported net income of $14.2 million for the quarter`)
    ("announcement", r"\b(?P<t>reported|reports)\s+(?:(?:record|consolidated|unaudited|total|GAAP|non-GAAP|quarterly|annual)\s+){0,3}"
     r"(?:net\s+(?:income|loss|earnings|revenues?|sales|interest\s+income)|revenues?|sales|earnings\s+per\s+share|diluted\s+earnings)\b", ""),
    # (not what was announced before and is referred back to: `its previously announced acquisition`)
    # (`as announced`, `As announced` in lower or title case: not a company's `AS`, `Nordlys AS announced`)
    ("announcement", r"\b(?<!previously\s)(?<!(?-i:\bas)\s)(?<!(?-i:\bAs)\s)(?P<t>announced|announces)\b", ""),
    ("announcement", r"\b(?P<t>announce)\b", "base"),
    # other: ground-breaking, starts of trials or production, meetings hosted, showcases,
    # renamings, filings, first shipments
    ("other", r"\b(?P<t>broke|breaks)\s+ground\b", ""),
    # a court filing for protection from creditors (`filed for Chapter 11 bankruptcy protection`)
    ("other", r"\b(?P<t>filed|files)\s+(?:a\s+petition\s+)?for\s+(?:voluntary\s+)?(?:Chapter\s+\d+\s+)?(?:bankruptcy|insolvency|receivership|creditor protection)\b", ""),
    # a site that starts operating or producing is opened (`began commercial operations on September 1`),
    # as with its noun first below
    ("opening", r"\b(?P<t>began|begun|begins|started|starts|commenced|commences)\s+(?:commercial\s+|full\s+|full-scale\s+|mass\s+|volume\s+|serial\s+)?"
     r"(?:operations|production)\b", ""),
    ("other", r"\b(?P<t>break)\s+ground\b", "base"),
    ("other", r"\b(?P<t>began|begun|begins|started|starts|commenced|commences|kicked off|kicks off|initiated|initiates)\s+" + W
     + r"{0,4}" + _STARTED_WORK, ""),
    ("other", r"\b(?P<t>begin|start|commence|kick off|initiate)\s+" + W + r"{0,4}" + _STARTED_WORK, "base"),
    # … a trial's start told with its noun first (`The Phase 2 trial is expected to begin in mid-2027`),
    # or as its first patient dosed (`expects first patient dosing in the first quarter of 2027`)
    ("other", r"\b(?:trial|study|enrollment|enrolment|dosing)\s+(?:is\s+|was\s+|will\s+|(?:is\s+|are\s+)?"
     r"(?:expected|scheduled|slated|set|due|planned)\s+to\s+)?(?P<t>begin|began|begins|start|started|starts|commence|commenced|commences)\b", ""),
    ("other", r"\bfirst[- ](?:patient|participant|subject)s?\s+(?P<t>dosing|dosed|enrollment|enrolment|enrolled)\b", ""),
    # the start told with its noun first (`Construction will begin in the first half of 2026`,
    # `production is expected to commence in March 2026`): a site that starts producing or
    # operating is opened; construction started is a happening of its own
    ("other", r"\bconstruction\s+(?:of\s+(?:[\w$%&'.,-]+\s+){1,6}?)?(?:is\s+|was\s+|will\s+|(?:is\s+|are\s+)?(?:expected|scheduled|slated|set|due)\s+to\s+)?"
     r"(?P<t>begin|began|begins|start|started|starts|commence|commenced|commences)\b", ""),
    ("opening", r"\b(?:production|operations?)\s+(?:at\s+(?:[\w$%&'.,-]+\s+){1,6}?)?(?:is\s+|was\s+|will\s+|(?:is\s+|are\s+)?(?:expected|scheduled|slated|set|due)\s+to\s+)?"
     r"(?P<t>begin|began|begins|start|started|starts|commence|commenced|commences)\b", ""),
    ("meeting", r"\b(?P<t>hosted|hosts|held|holds|convened|convenes)\s+" + W
     + r"{0,3}(?:" + HOSTED + r")s?\b", ""),
    # a drill or an exercise held or conducted is a happening of its day (as Korean `훈련을 실시했다`)
    ("other", r"\b(?P<t>held|holds|conducted|conducts|staged|stages)\s+(?:an?\s+|the\s+|its\s+|their\s+)?" + W
     + r"{0,4}?(?:drill|exercise|simulation)s?\b", ""),
    ("other", r"\b(?P<t>hold|conduct|stage)\s+(?:an?\s+|the\s+|its\s+|their\s+)?" + W
     + r"{0,4}?(?:drill|exercise|simulation)s?\b", "base"),
    # … its name quoted first (`hosted "Busan Night," a networking event`)
    ("meeting", r"\b(?P<t>hosted|hosts|held|holds)\s+(?:“[^”]{1,60}”|\"[^\"]{1,60}\")\s*,?\s+(?:an?|the|its)\s+" + W
     + r"{0,3}(?:" + HOSTED + r")s?\b", ""),
    ("meeting", r"\b(?P<t>host|hold)\s+(?:“[^”]{1,60}”|\"[^\"]{1,60}\")\s*,?\s+(?:an?|the|its)\s+" + W
     + r"{0,3}(?:" + HOSTED + r")s?\b", "base"),
    # … told in the progressive (`is hosting a free webinar on May 20`)
    ("meeting", r"\b(?:is|are|will\s+be|was|were)\s+(?P<t>hosting|holding|convening)\s+" + W + r"{0,3}(?:" + HOSTED + r")s?\b", ""),
    ("meeting", r"\b(?P<t>host|hold|convene)\s+" + W
     + r"{0,3}(?:" + HOSTED + r")s?\b", "base"),
    ("meeting", r"\b(?P<t>attended|attends|participated in|participates in|took part in|takes part in|joined)\s+"
     + W + r"{0,4}(?:" + HOSTED + r"|show|trade show|congress|convention)s?\b", ""),
    ("meeting", r"\b(?P<t>attend|participate in|take part in|join)\s+" + W
     + r"{0,4}(?:" + HOSTED + r"|show|trade show|congress|convention)s?\b", "base"),
    # a pavilion or a booth run at a fair is taking part in it (`operated a Korea Pavilion at the show`)
    ("meeting", r"\b(?P<t>operated|operates|ran|runs|set up|sets up|hosted|hosts)\s+(?:a|an|its|the|their)\s+" + W
     + r"{0,4}?(?:pavilion|booth|stand|exhibit|exhibition hall)s?\s+(?:at|in)\b", ""),
    ("meeting", r"\b(?P<t>operate|run|set up|host)\s+(?:a|an|its|the|their)\s+" + W
     + r"{0,4}?(?:pavilion|booth|stand|exhibit|exhibition hall)s?\s+(?:at|in)\b", "base"),
    ("meeting", r"\b(?:meeting|forum|conference|summit|ceremony|symposium|workshop|fair|expo|roundtable|talks|"
     r"reception|dialogue|exhibition|webinar|seminar|session)s?\s+(?P<t>(?:was|were|will be|is|are)\s+(?:held|scheduled\s+for)|took place|takes place|will take place)\b", ""),
    # … named first, then who hosts it (`a webinar hosted by the Consumer Technology Association on May 7`)
    ("meeting", r"\b(?:" + HOSTED + r"|panel|panel discussion|fireside chat|keynote)s?\s+(?P<t>hosted|organi[sz]ed|convened)\s+by\b", ""),
    # speaking at a gathering (`will speak on a panel at …`, `spoke at the Summit`)
    ("meeting", r"\b(?P<t>spoke|speaks|presented|presents)\s+(?:at|on)\s+(?:an?|the|its)\s+" + W
     + r"{0,4}?(?:" + HOSTED + r"|panel|panel discussion|fireside chat|keynote|congress|convention)s?\b", ""),
    ("meeting", r"\b(?P<t>speak|present)\s+(?:at|on)\s+(?:an?|the|its)\s+" + W
     + r"{0,4}?(?:" + HOSTED + r"|panel|panel discussion|fireside chat|keynote|congress|convention)s?\b", "base"),
    # … told in a relative clause (`the annual meeting, which will be held on May 8`)
    ("meeting", r"\b(?:meeting|forum|conference|summit|ceremony|symposium|workshop|fair|expo|roundtable|talks|"
     r"reception|dialogue|exhibition|webinar|seminar|session|day)s?,?\s+(?P<t>which\s+(?:was|were|will be|is|are)\s+held)\b", ""),
    # any other happening that took place on its day (`the semi-final took place in Atlanta`)
    ("other", r"\b(?P<t>took place|takes place)\b", ""),
    # joining others at a named gathering (`joined Korea's battery leaders at the Battery Impact Forum 2024`)
    ("meeting", r"\b(?P<t>joined|joins)\b(?=[^.;]{0,80}?\bat\s+(?:the\s+)?(?-i:[A-Z][\w&.'-]*(?:\s+[A-Z0-9][\w&.'-]*){0,5}?)\s+"
     r"(?-i:Forum|Summit|Expo|Conference|Congress|Convention|Show|Fair|Festival|Week|Symposium|Exhibition)\b)", ""),
    ("meeting", r"\b(?P<t>met|meets)\s+with\b", ""),
    ("meeting", r"\b(?P<t>meet)\s+with\b", "base"),   # (`plans to meet with the FDA in the second quarter`)
    # an invitation to an event on its day (`Join us on February 1 to hear …`)
    ("meeting", r"\b(?P<t>join\s+us)\s+(?:on|at|for)\b", ""),
    # a named event told in apposition with its holding (`at CES 2025, held in Las Vegas from January 7`,
    # `at the Harbor Show, which will take place on May 3`)
    # (an appositive between: `at MIPCOM 2025, the world's largest content market, held in Cannes`)
    ("meeting", r"(?-i:\b[A-Z][\w&.-]*)(?:\s+\d{4})?,\s+(?:(?:the|an?|(?-i:[A-Z])[\w'’]*['’]s)\s+[^,.;()]{3,80}?,\s+)?"
     r"(?P<t>held|which\s+(?:will\s+take|takes|took)\s+place|taking\s+place)\b", ""),
    # a delegation led to an edition of a named event takes part in it (`led a delegation of 20 startups to
    # CES 2025`); led elsewhere, it visits (`led a trade delegation to Vietnam`)
    ("meeting", r"\b(?P<t>led|leads)" + _DELEGATION + r"\b" + _TO_AN_EDITION, ""),
    ("meeting", r"\b(?P<t>lead)" + _DELEGATION + r"\b" + _TO_AN_EDITION, "base"),
    ("visit", r"\b(?P<t>led|leads)" + _DELEGATION + _DELEGATION_TO, ""),
    ("visit", r"\b(?P<t>lead)" + _DELEGATION + _DELEGATION_TO, "base"),
    ("visit", r"\b(?P<t>visited|visits)\b", ""),
    ("visit", r"\b(?P<t>visit)\b", "base"),
    # showing at a fair or a conference is taking part in it (`will exhibit its sensors at the Busan Marine Expo`)
    ("meeting", r"\b(?P<t>showcased|showcases|exhibited|exhibits|demonstrated|demonstrates)\b(?=[^.;]{0,60}?\bat\s+(?:the\s+)?"
     + W + r"{0,5}?(?:expo|fair|trade show|show|conference|summit|forum|congress|convention|exhibition|festival)s?\b)", ""),
    ("meeting", r"\b(?P<t>showcase|exhibit|demonstrate)\b(?=[^.;]{0,60}?\bat\s+(?:the\s+)?"
     + W + r"{0,5}?(?:expo|fair|trade show|show|conference|summit|forum|congress|convention|exhibition|festival)s?\b)", "base"),
    # … or at a name dated in brackets, which is an event's (`showcased its app at CreatorHub Madrid
    # (September 28-30, 2025)`)
    ("meeting", r"\b(?P<t>showcased|showcases|exhibited|exhibits|demonstrated|demonstrates|presented|presents)\b(?=[^.;]{0,60}?"
     r"\bat\s+(?:the\s+)?(?-i:[A-Z][\w&.'-]*(?:\s+[A-Z0-9][\w&.'-]*){0,5})\s*\((?-i:" + MONTHS + r")\b)", ""),
    # … or at a named show, told with the gerund of the plan (`will be exhibiting at HIMSS Europe 2025`,
    # `is presenting at BIO 2025`) or the verb (`will exhibit at Intersolar North America`)
    ("meeting", r"\b(?:will\s+be|is|are|was|were)\s+(?P<t>exhibiting|presenting|showcasing|demonstrating)\b(?=[^.;]{0,60}?\bat\s+(?:the\s+)?(?-i:[A-Z]))", ""),
    ("meeting", r"\b(?P<t>exhibited|exhibits)\s+at\s+(?:(?:booth|stand)\s+[#\w.-]+\s+(?:at|in)\s+)?(?:the\s+)?(?-i:[A-Z])", ""),
    # … or at an edition of a named show, what is shown between (`will demonstrate its chips at SEMICON
    # Japan 2025`; a thing showcased at one stays `other`, as the corpus's gold has it)
    ("meeting", r"\b(?P<t>demonstrated|demonstrates|presented|presents)\b" + _AT_AN_EDITION, ""),
    # … or at a gathering named in capitals, what is presented between (`will present data from the VERA study at
    # the American Society of Nephrology Kidney Week`, `presented results at the ASCO Annual Meeting`)
    ("meeting", r"\b(?P<t>presented|presents)\b" + _AT_A_NAMED_GATHERING, ""),
    ("meeting", r"\b(?P<t>present)\b" + _AT_A_NAMED_GATHERING, "base"),
    ("meeting", r"\b(?P<t>demonstrate|present)\b" + _AT_AN_EDITION, "base"),
    ("meeting", r"\b(?P<t>exhibit|present)\s+at\s+(?:(?:booth|stand)\s+[#\w.-]+\s+(?:at|in)\s+)?(?:the\s+)?(?-i:[A-Z])", "base"),
    ("other", r"\b(?P<t>showcased|showcases|exhibited|exhibits)\b", ""),
    ("other", r"\b(?P<t>showcase|exhibit)\b", "base"),
    ("other", r"\b(?P<t>took|takes|adopted|adopts|changed|changes)\s+(?:its|the|a)\s+(?:current|new|present)?\s*name\b", ""),
    ("other", r"\b(?P<t>renamed|rebranded)\b", ""),
    ("other", r"\b(?P<t>submitted|submits|filed|files)\s+(?:a|an|the|its)\b", ""),
    ("other", r"\b(?P<t>submit|file)\s+(?:a|an|the|its)\b", "base"),
    ("other", r"\b(?P<t>completed|completes)\s+construction\b", ""),
    # shipping begun (`began shipping the product to hospitals in May`)
    ("other", r"\b(?P<t>began|begins|started|starts|commenced|commences)\s+(?:shipping|delivering)\b", ""),
    ("other", r"\b(?P<t>begin|start|commence)\s+(?:shipping|delivering)\b", "base"),
    ("other", r"\b(?:first\s+)?(?P<t>shipments?|deliveries|delivery)\s+(?:are\s+|is\s+)?(?:due|expected|scheduled|slated)\b", ""),
    # work completed (`completed the Phase 1 drill program in August`, `completed enrollment in its
    # Phase 2 trial`); a deal or a round completed is told above as its own type
    ("other", r"\b(?P<t>completed|completes)\s+" + _WORK_DONE, ""),
    ("other", r"\b(?P<t>complete)\s+" + _WORK_DONE, "base"),
    # a trial's first patient (`dosed the first patient`, `The trial enrolled its first patient on`)
    ("other", r"\b(?P<t>dosed|enrolled|treated|randomized|randomised)\s+(?:the\s+|its\s+|their\s+)?first\s+(?:patient|participant|subject)s?\b", ""),
    # someone leaving a post (`will step down effective December 31`, `Kim retired in 2024`); the
    # successor named is the appointment
    # a first run of a craft or a service (`completed its maiden flight on Tuesday`, `made its first delivery`)
    ("other", r"\b(?P<t>completed|completes|conducted|conducts|made|makes|performed|performs)\s+(?:its|the|a|their)\s+"
     r"(?:first|maiden|inaugural|initial)\s+(?:[\w-]+\s+)?(?:flight|voyage|sailing|mission|shipment|delivery|test)s?\b", ""),
    ("other", r"\b(?P<t>stepped down|steps down|resigned|resigns|retired|retires)\b(?!\s+(?:[A-Z]|Navy|Army|general|admiral|colonel|executive|officer|engineer|professor|teacher)\b)", ""),
    ("other", r"\b(?P<t>step down|resign|retire)\b", "base"),
    # a seat moved (`relocated its headquarters to Cambridge`), a market entered (`entered the U.S.
    # market in 2021`, `expanded into Canada`)
    ("other", r"\b(?P<t>relocated|relocates|moved|moves)\s+(?:its|their|the\s+company['’]s)\s+(?:global\s+|corporate\s+|european\s+|u\.s\.\s+)?(?:headquarters|head office|offices?|base)\b", ""),
    ("other", r"\b(?P<t>relocate|move)\s+(?:its|their)\s+(?:global\s+|corporate\s+)?(?:headquarters|head office|offices?|base)\b", "base"),
    # taking part in what is no gathering (`participated in a national key research program`), working
    # with another (`cooperated with Dongfeng Motor`): happenings of their own
    ("other", r"\b(?P<t>participated|participates|took part|takes part)\s+in\s+" + W + r"{0,5}?(?:program|programme|project|initiative|"
     r"study|campaign|pilot|trial|challenge|mission|survey|exercise|drill|competition|contest|tender)s?\b", ""),
    ("other", r"\b(?P<t>participate|take part)\s+in\s+" + W + r"{0,5}?(?:program|programme|project|initiative|"
     r"study|campaign|pilot|trial|challenge|mission|survey|exercise|drill|competition|contest|tender)s?\b", "base"),
    ("other", r"\b(?P<t>cooperated|collaborated)\s+with\b", ""),
    ("other", r"\b(?P<t>entered|enters|broke into|breaks into)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?markets?\b", ""),
    ("other", r"\b(?P<t>enter|break into)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?markets?\b", "base"),
]

# Before a base form: a modal, `to`, or `do`-support, with these adverbs allowed between.
BASE_BEFORE = {"will", "to", "would", "shall", "could", "can", "may", "might", "must", "'ll", "did", "does", "do",
               "and", "or"}
ADVERBS = {"also", "not", "n't", "jointly", "formally", "officially", "then", "soon", "first", "later", "further",
           "now", "never", "still", "eventually", "initially", "publicly", "successfully"}
# Before a trigger noun, within three words: a verb of pursuit.
NOUN_BEFORE = {"pursue", "pursues", "pursued", "pursuing", "plan", "plans", "planned", "planning", "complete",
               "completed", "completes", "seek", "seeks", "sought", "consider", "considers", "considering",
               "announce", "announced", "announces", "celebrate", "celebrated", "mark", "marked", "marks",
               "finalize", "finalized", "finalise", "finalised", "close", "closed", "closes", "launch", "launched",
               "prepare", "prepares", "preparing", "file", "filed", "for", "completion", "closing", "consummation",
               # what a happening follows (`This announcement follows the opening of XNRGY's new facility in May`)
               "follows", "followed", "following", "after",
               # one of the happenings a count or a list stands for (`three investments, including the acquisition of …`)
               "including"}

NEGATION = r"\b(?:not|never|no plans?|no intention)\b|n't\b"
PLANNED = (r"\b(?:will|shall|would|plans? to|planned to|planning to|expects? to|expected to|intends? to|"
           r"aims? to|is to|are to|(?:is|are) set to|scheduled to|slated to|due to|to be|is going to|"
           r"are going to|effective)\b|'ll\b")

# Sites an organisation opens or runs; `the facility` referred back to is its owner's.
SITES = ("facility", "facilities", "plant", "factory", "site", "campus", "office", "headquarters", "warehouse",
         "store", "hub", "centre", "center", "laboratory", "lab", "production line")

# Words that refer back to the organisation being discussed, and the kinds they can refer to.
ANAPHORS: dict[str, tuple[str, ...]] = reference_words("en")   # nlp/data/reference_words.tsv
# with up to two modifiers between (`the Palo Alto-based startup`, `the combined company`)
ANAPHOR_RE = r"^(?:the|its|this|that)\s+(?:(?!new\b)[\w-]+\s+){0,2}?(?P<head>" + "|".join(sorted(ANAPHORS, key=len, reverse=True)) + r")\b"
PRONOUN_RE = r"^(?:it|they)\b"
GROUP_RE = (r"^(?:the\s+)?(?P<n>two|three|four|both|all)?\s*(?:the\s+)?(?:organi[sz]ations|companies|firms|partners|"
            r"parties|sides|institutions|groups|agencies|bodies|governments|ministries|universities|banks|cities|countries|nations)\b")
GROUP_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4}
# Prepositions that keep an organisation out of the subject and what role they give.
PREPOSITIONS = {"with": "partner", "by": "partner", "from": "authority", "of": "other", "at": "other", "on": "other",
                "in": "other", "for": "other", "to": "other", "between": "partner", "under": "other",
                "including": "other", "as": "other", "formerly": "other", "led": "partner", "and": None}
LEADING_PREPOSITIONS = ("under", "after", "following", "through", "with", "in", "as part of", "per", "according to")
