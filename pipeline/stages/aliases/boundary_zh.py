"""Chinese name boundaries: which Han words before a bracket its content renders.

jieba words are taken leftwards from the bracket back to punctuation, a verb or function word
(获得, 与, 的 …), a date or a job title; the run is widened over what the segmenter splits off a
name (a hyphen, a number the rendering carries too, a verb between a body's nouns, `在` before
the place a body is posted to) and trimmed of what the rendering leaves out (a leading country,
a firm's `美商`, a parent body before its agency, a state before its county). What leads into a
name (`仅次于`, `到`, a person's role before a transliterated name: `女兒莎莉娜（Selena Walker）`)
and the words a rendering says the run cut off (`現代` for `Modern`) are read in
`boundary_zh_lead.py`.
"""
from __future__ import annotations

import bisect
import re
from pathlib import Path

from spacy.tokens import Doc, Token

from ...nlp.lexicon import PLACES, TITLES, ZH_BREAKS, ZH_NAME_VERBS, org_endings, word_set
from ...nlp.places import is_place, registered_in
from ...nlp.script import fold_han, script_of
from ...nlp.words import doc_text, in_timex, letters_in_order, tokens_before
from ...nlp.zh_words import in_dictionary, name_word, pos_words
from .boundary_common import renders_a_person as _personal_name
from .boundary_zh_lead import lead_in_end, rendered_word
from .brackets import is_acronym as _is_acronym

# Chinese organisation words that are no name alone (`联盟`, `协会`, `组织`).
# (with the words for an institution in general, which end names but alone are no organisation
# word: 日本贸易振兴机构, 国际劳工组织)
_BARE_BODY_WORDS = frozenset(org_endings("zh", "suffix_finder")) | {"机构", "组织"}


# Verbs of one character that take a body as their object (folded): gained from, joined, invited, visited.
_BODY_TAKING_VERBS = frozenset("获邀访赴")


def _zh_noun_run_start(text: str, pos: int) -> int:
    """Where the run of nouns ending at `pos` begins, by jieba's parts of speech (a verb or a
    preposition before it ends it: `同时荐送美国咖啡品质协会`, `依据国际树艺协会`)."""
    line_start = text.rfind("\n", 0, pos) + 1
    starts, ws = pos_words(text)
    k = bisect.bisect_right(starts, pos - 1) - 1
    start = pos
    while k >= 0 and ws[k][0] >= line_start and pos - ws[k][0] <= 30:
        s, e, word, flag = ws[k]
        # (jieba cuts transliterated names oddly, `怀` + `恩斯坦`: a single character stops the run
        # only when it is a function word)
        if word == "在" and k + 2 < len(ws) and ws[k + 2][0] < pos and fold_han(ws[k + 1][2]) in _POSTED_IN:
            start = s   # 美国在台协会: a foreign body posted in a place, one name
            k -= 1
            continue
        if not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9À-ÖØ-öø-ɏ·‧・．•]+", word):
            break   # punctuation (jieba tags it `x`, a name's tag) ends the run
        if flag == "v" and len(word) == 1 and k + 1 < len(ws) and ws[k + 1][0] < pos and (
                ws[k + 1][3] == "nt" or fold_han(word) in _BODY_TAKING_VERBS and fold_han(text[e:pos]).endswith(_ZH_BODY_WORDS)):
            break   # a verb of one character before a body's whole name (`获` + `联合国教科文组织`, `獲` + `國立陽明交通大學`)
        # (the word right before the bracket is the name's head, whatever the segmenter tags it:
        # 协定 v of `跨太平洋伙伴全面进步协定`, 组织 v of `国际民航组织`)
        if (not _zh_name_word(word, flag) and len(word) >= 2 and e < pos and not _name_verb_between_nouns(ws, k, pos)
                and not _special_city(ws, k) and not _branch_direction(ws, k, pos)) \
                or word in ZH_BREAKS or fold_han(word) in _NOUN_TAGGED_VERBS:
            break
        if k > 0 and ws[k - 1][2] + word in ZH_BREAKS:
            break   # a verb the segmenter cut in two (`荐` + `送`): it ends the name with both halves
        if len(word) >= 3 and e < pos and any(word.endswith(b) for b in _VERB_BREAKS if len(word) > len(b)):
            break   # a verb the segmenter glued to the word before it (`率團拜會`: 團拜會) ends the name
        start = s
        k -= 1
    if 0 <= k < len(ws) - 1 and start < pos and _surname_glued(ws[k], ws[k + 1], pos):
        start = ws[k][1] - 1   # `及全` + `东明`: the surname belongs to the name
    return start if start < pos else 0


# Breaks of two characters or more: verbs a segmenter's word may end in (`团拜会` of `率團拜會`).
_VERB_BREAKS = tuple(b for b in ZH_BREAKS if len(b) >= 2)

# A firm's legal form (Simplified): its registered name ends so.
_LEGAL_FORMS = ("有限公司", "有限责任公司", "株式会社")

# Lines of business that end company names but name none alone (`科技`, `电子`): data/zh_trade_words.txt.
ZH_TRADE_WORDS = frozenset(word_set(Path(__file__).with_name("data") / "zh_trade_words.txt"))


_REGION_DIRECTIONS = frozenset({"东部", "西部", "南部", "北部", "中部"})


def _branch_direction(ws: list, k: int, pos: int) -> bool:
    """The segmenter's direction word `ws[k]` (`南部` f) names a body's branch between its parent's
    name and the branch's noun (`故宫博物院南部院区`): inside the name, with a noun of a name on each side."""
    if ws[k][2] not in _REGION_DIRECTIONS or k == 0 or k + 1 >= len(ws) or ws[k + 1][0] >= pos:
        return False
    before, after = ws[k - 1], ws[k + 1]
    return before[3] in _NOUN_FLAGS and _zh_name_word(after[2], after[3]) and before[2] not in ZH_BREAKS


def _name_verb_between_nouns(ws: list, k: int, pos: int) -> bool:
    """The segmenter's verb `ws[k]` is one that names a body's purpose (`韩国中小企业振兴公团`,
    `亚洲蔬菜研究发展中心`), with a noun of the name right after it and one before it: inside the
    name, no clause verb before it."""
    if ws[k][2] not in ZH_NAME_VERBS or k == 0 or k + 1 >= len(ws) or ws[k + 1][0] >= pos:
        return False
    before, after = ws[k - 1], ws[k + 1]
    # (a body's own word after it counts as the name's noun whatever its tag: `控股` v of `日月光投資控股`)
    return (_zh_name_word(after[2], after[3]) or after[2] in _BARE_BODY_WORDS) and before[3] in _NOUN_FLAGS \
        and before[2] not in ZH_BREAKS


def _name_verb_at(text: str, at: int) -> bool:
    """The segmenter's word at `at` starts there and is a verb of a body's purpose (`振兴`)."""
    w = _segmenter_word_at(text, at)
    return w is not None and w[0] == at and w[2] in ZH_NAME_VERBS


# Words that open examples of a kind (`such as`), which the segmenter leaves in the run of nouns.
_SUCH_AS = frozenset({"如", "例如", "诸如", "像是", "譬如"})


def _name_verb_before_a_stub(word: str, taken: list[Token]) -> bool:
    """A verb of a body's purpose that also ends clauses (`投资`) before what is no name alone (a
    body's word, or a verb and one: `审议司`, `公社`): inside the name (`經濟部投資審議司`, `韓國投資公社`)."""
    if word not in ZH_NAME_VERBS or not taken:
        return False
    rest = fold_han("".join(t.text for t in taken))
    if _bare_body_word(rest):
        return True
    lead = pos_words(rest[:2])[1]
    return len(rest) == 3 and _bare_body_word(rest[2]) and len(lead) == 1 and lead[0][3] == "v"


_HYPHENS = frozenset("-‐")


def _over_a_hyphen(doc: Doc, start: int, rendering: str) -> int:
    """A hyphen right before the name joins a foreign name's parts, as its rendering does
    (`尚-皮耶·居內（Jean-Pierre Jeunet）`): the name runs on over it to the Han words before."""
    text = doc_text(doc)
    # (`艾塞克斯-薩福克（Essex and Suffolk）`: two places of one name, joined by `and` in English)
    joined = re.search(r"[A-Za-z]-[A-Za-z]", rendering) or (not _is_acronym(rendering) and len(re.findall(r"[A-Z][a-z]+", rendering)) >= 2)
    if start < 2 or text[start - 1] not in _HYPHENS or not joined \
            or not re.match(r"[\u4e00-\u9fff]", text[start - 2]):
        return start
    before = chinese_name_before(doc, start - 1, rendering)
    return before[0] if before is not None and before[1] == start - 1 else start


def _over_a_rendered_number(text: str, start: int, rendering: str, lo: int) -> int:
    """A number right before the name that its rendering carries too (`國際扶輪3470地區（Rotary
    International District 3470）`): a district's or a chapter's number inside the name, which runs
    on over it to the nouns before."""
    at, end = start, start
    while at > lo and re.match(r"[0-9A-Za-z]", text[at - 1]):
        at -= 1
    while end < len(text) and re.match(r"[0-9A-Za-z]", text[end]):
        end += 1
    number = text[at:end]
    if at == start or not re.search(r"\d", number) or script_of(rendering) != "latin" \
            or not re.search(rf"(?<![\dA-Za-z]){re.escape(number)}(?![\dA-Za-z])", rendering):
        return start
    before = _zh_noun_run_start(text, at)
    return before if lo <= before < at else start


def _special_city(ws: list, k: int) -> bool:
    """`特别` (an adverb to the segmenter) before `市`: a special city's name (`首尔特别市`)."""
    return ws[k][2] == "特别" and k + 1 < len(ws) and ws[k + 1][2].startswith("市")


# The segmenter's noun tags (common, place, body, person, other proper noun, abbreviation).
_NOUN_FLAGS = frozenset({"n", "ns", "nt", "nr", "nz", "j", "nrt", "nrfg", "ng", "vn"})


# One-character places after 在 inside a name: a foreign body posted there (`美国在台协会`,
# `欧洲在台商务协会`, `日本在华商会`).
_POSTED_IN = frozenset("台华港澳韩日美中")


def _in_a_place_inside_name(taken: list[Token]) -> bool:
    """`在` before a one-character place and more of the name (`美国在台协会`): part of it (the
    tokenizer may glue the place to the next word: `欧洲在` + `台商` + `务协会`)."""
    return len(taken) >= 2 and fold_han(taken[0].text)[:1] in _POSTED_IN


# A conjunction or preposition the segmenter may glue to the surname after it (`及全` + `东明`).
_GLUE_CHARS = frozenset("及和与同跟向对为由被把将让请给")
ZH_SURNAMES = word_set(Path(__file__).with_name("data") / "zh_surnames.txt")
# Characters of a numeral or a quantity: a word the segmenter tags as a number without one of
# them is a name's part it misread (`少年` in `国际少年运动会`).
_QUANTITY = re.compile(r"[0-9０-９一二三四五六七八九十百千万亿两零〇第几多数每各半余]")


def _zh_name_word(word: str, flag: str) -> bool:
    """`zh_words.name_word`, and also words the segmenter gives a number's or a state's tag that
    hold no numeral (`少年` m, `恩彤` z: parts of names it does not know)."""
    return name_word(word, flag) or flag == "z" or (flag == "m" and not _QUANTITY.search(word))


def _after_a_split_title(text: str, start: int, pos: int) -> int:
    """Past a title's last characters that the segmenter glued to the person's name after it
    (`南川市` + `長堀和子`: 市長 before 堀和子; `工藝` + `家林`): the name starts after the title."""
    for m in (1, 2):
        if start + m >= pos - 1:
            break
        if any(start + m - n < start and fold_han(text[start + m - n:start + m]) in TITLES for n in (2, 3, 4)):
            return start + m
    return start


def _surname_glued(glued: tuple[int, int, str, str], given: tuple[int, int, str, str], pos: int) -> bool:
    """The segmenter read a conjunction and the surname after it as one word, then the given name
    as a person's or as the whole name before the bracket (`及全` + `东明`): the surname's character
    opens the name."""
    word = glued[2]
    return len(word) == 2 and word[0] in _GLUE_CHARS and word[1] in ZH_SURNAMES and \
        (given[3].startswith("nr") or given[1] == pos) and len(given[2]) <= 2 and glued[1] == given[0]


def _timex_end(doc: Doc, pos: int) -> int:
    """End of the temporal expression that holds character `pos`."""
    return max((t["end"] for t in doc._.timexes or [] if t["start"] <= pos < t["end"]), default=pos)


# English titles a rendering opens with that Chinese writes after the name (恩史瓦帝三世國王 for
# `King Mswati III`, 隆寇凱拉親王 for `Prince …`): the Chinese title is then part of the name.
# (offices too: `惠普斯總統（President Surangel Whipps）` names the person with the title after)
_TITLE_FIRST = re.compile(r"(?:King|Queen|Prince|Princess|Emperor|Empress|Sultan|Pope|Crown Prince|Grand Duke"
                          r"|President|Vice President|Prime Minister|Premier|Speaker|Governor|Mayor)\s")


def _titled(rendering: str) -> bool:
    return bool(_TITLE_FIRST.match(rendering))


def _opens_a_word(text: str, at: int) -> bool:
    """The 商 at `at` and the next character make a word that names use (`商务` of `商务部`, `商会`,
    `商业银行`: `_SHANG_WORDS`): no foreign firm's registration mark (`美商`, `荷兰商恩智浦`). Where the
    segmenter, reading the whole text, cuts a word that ends with the character (`法商` + `道达尔`),
    it is the mark whatever follows; a word jieba's dictionary holds by chance (`商星` of
    `新加坡商星展銀行`) does not stop it."""
    w = _segmenter_word_at(text, at)
    if w is not None and w[0] < at and w[1] == at + 1:
        return False
    return fold_han(text[at:at + 2]) in _SHANG_WORDS


def _foreign_mark(text: str, at: int, lo: int) -> bool:
    """The 商 at `at` closes a foreign firm's registration mark that starts at `lo` or after it: a
    country in one to three characters before it (`美商`, `荷蘭商`), and no word of names it opens
    (`商務`, `商會`)."""
    return any(at - n >= lo and registered_in(text[at - n:at]) for n in (1, 2, 3)) and not _opens_a_word(text, at)


def _after_foreign_mark(text: str, lo: int, start: int, pos: int) -> int:
    """A foreign firm's registration mark (`美商`, `日商`) among the words taken before the run of
    nouns opens the firm's name: the segmenter's verb inside the name (`美商應用材料`: 应用 v,
    `美商超微半導體`: 超微 v) stopped the run short of it. The name starts after the mark."""
    for at in range(start - 1, lo, -1):
        if text[at] == "商" and at + 3 <= pos and re.fullmatch(r"[\u4e00-\u9fff]+", text[at + 1:start]) \
                and _foreign_mark(text, at, lo):
            return at + 1
    return start


def _after_a_conjunction(text: str, lo: int, hi: int) -> int:
    """`lo`, or just after the last conjunction (及, 与, 和, 暨 as a word of its own) between `lo` and `hi`."""
    starts, ws = pos_words(text)
    k = bisect.bisect_left(starts, lo)
    out = lo
    while k < len(ws) and ws[k][0] < hi:
        if ws[k][3] == "c" and ws[k][2] in ("及", "与", "和", "暨", "以及"):
            out = ws[k][1]
        k += 1
    return out


def _segmenter_word_at(text: str, at: int) -> tuple | None:
    """The segmenter's word (start, end, word, flag) that begins at or before `at` in the text."""
    starts, ws = pos_words(text)
    k = bisect.bisect_right(starts, at) - 1
    return ws[k] if 0 <= k < len(ws) else None


_SMALL_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "at", "to", "a", "an", "de", "&"})


def _over_a_verb(text: str, start: int, pos: int, rendering: str, lo: int) -> int:
    """A verb the segmenter reads inside a name stopped the run of its nouns (`亚洲创新科技展`: 创新 v)
    where the English rendering has clearly more words than the run holds (`Asia Innovation Tech
    Expo`): the name runs on over the verb to the nouns before it."""
    if script_of(rendering) != "latin" or _is_acronym(rendering):
        return start
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’\-]*", rendering) if w.lower() not in _SMALL_WORDS]
    starts, ws = pos_words(text)
    k = bisect.bisect_right(starts, start - 1) - 1
    held = bisect.bisect_left(starts, pos) - bisect.bisect_left(starts, start)
    if k < 0 or ws[k][1] != start or len(words) < held + 2:
        return start
    s, _e, word, flag = ws[k]
    if flag not in ("v", "vn") or len(word) < 2 or word in ZH_BREAKS or word in _NOUN_TAGGED_VERBS or s < lo:
        return start
    before = _zh_noun_run_start(text, s)
    return before if lo <= before < s else start


def _over_rendered_words(text: str, start: int, pos: int, rendering: str, lo: int) -> int:
    """A word that is no noun to the segmenter stopped the run of nouns (`现代` t of `现代爵士四重奏`)
    where the rendering renders it (`Modern Jazz Quartet`): the name runs on over it and the nouns
    before it."""
    starts, ws = pos_words(text)
    while start > lo:
        k = bisect.bisect_right(starts, start - 1) - 1
        if k < 0 or ws[k][1] != start or ws[k][0] < lo or not rendered_word(ws[k][2], rendering, text[start:pos]):
            return start
        before = _zh_noun_run_start(text, ws[k][0])
        start = before if lo <= before < ws[k][0] else ws[k][0]
    return start


_DIRECTIONS = {"南": "south", "北": "north", "东": "east", "西": "west"}


def _direction_before(text: str, start: int, rendering: str) -> int:
    """A word of direction the segmenter keeps out of the name's nouns (`南方` f) opens the name
    where the rendering renders it (`南方农业发展基金会（Southern Agricultural Development Fund）`)."""
    m = re.search(r"([南北东西])(?:方|部)$|(?<![\u4e00-\u9fff])([南北东西])$", fold_han(text[max(0, start - 3):start]))
    if m is None or not re.search(rf"\b{_DIRECTIONS[m.group(1) or m.group(2)]}", rendering.lower()):
        return start   # (臺南 + a name: the 南 of a city is no direction)
    return start - (len(text[max(0, start - 3):start]) - m.start())


def _across_and(doc: Doc, start: int, pos: int, rendering: str) -> int:
    """A short name in the bracket made of characters from both sides of a 及 / 与 / 和 / 暨 inside
    the name (`经济部中小及新创企业署（中小新创署）`, `影视及流行音乐产业局（影视局）`): the name runs
    back over the conjunction, to the start of the words before it."""
    text = doc_text(doc)
    short = fold_han(rendering)
    if start < 2 or fold_han(text[start - 1]) not in "及与和暨":
        return start
    if re.fullmatch(r"[\u4e00-\u9fff]{2,8}", short) and not letters_in_order(short, fold_han(text[start:pos])):
        before = _name_part_before_and(doc, start)
        if before is not None and letters_in_order(short, fold_han(text[before:pos])) and short[0] in fold_han(text[before:start - 1]):
            return before
    elif re.search(r"\s(?:and|&)\s", rendering) and script_of(rendering) == "latin":
        # `聖克里斯多福及尼維斯（Saint Christopher and Nevis）`: the rendering's `and` is the name's 及
        # (the segmenter may have glued the 及 to the word before it: 福及)
        before = _name_part_before_and(doc, start)
        if before is not None:
            return before
    elif _is_acronym(rendering):
        # `國家標準與技術研究院（NIST）`: a national body's words before the 與 (`國家`, `國立`) open
        # the name, and the acronym has clearly more letters than the words after it can give
        before = _name_part_before_and(doc, start)
        if before is not None:
            words = fold_han(text[before:start - 1])
            place = next((p for p in PLACES if words.startswith(p) and len(words) > len(p) + 1), "")
            after = [w for w in pos_words(text)[1] if start <= w[0] and w[1] <= pos]
            rest = words[len(place):]
            capitals = sum(c.isupper() for c in rendering)
            if rest.startswith(_NATIONAL_OPENINGS) and len(rest) >= 4 and capitals >= len(after) + 2 \
                    or len(rest) >= 4 and not is_place(rest) and capitals >= max(3, len(after) + 1):
                # (or plain nouns before the 與, no place and no name of their own, and more capitals than
                # the words after it: `美國疾病管制與預防中心（CDC）`, control and prevention; a place or a
                # body before the 與 is a party of its own, `臺南市與…協會（SEMI）`)
                # (a country before it stays, as before any body's acronym: `美國國家…`)
                lead = next((p for p in PLACES if fold_han(text[max(0, before - len(p)):before]) == p), "")
                return before - len(lead)
    return start


# Words that open the names of national and international bodies (`國家…`, `國立…`, `中央…`): a
# run before a 與 that opens with one is the first half of a body's name, no party of its own.
_NATIONAL_OPENINGS = ("国家", "国立", "国际", "全国", "中央", "联邦", "皇家")


def _name_part_before_and(doc: Doc, start: int) -> int | None:
    """Where the words before the conjunction at `start - 1` begin: the name before it, else the
    run of nouns (the tokenizer may have glued the conjunction to the word before: `科學及`). None
    where they are a body's whole name or the issuer's own (`經濟部與韓國…公團`, `本市與…`: two
    bodies listed, not one name)."""
    text = doc_text(doc)
    before = chinese_name_before(doc, start - 1)
    if before is not None and before[1] == start - 1:
        b = before[0]
    else:
        run = _zh_noun_run_start(text, start - 1)
        if not (run < start - 1 and re.fullmatch(r"[\u4e00-\u9fff]{1,10}", text[run:start - 1])):
            return None
        b = run
    words = fold_han(text[b:start - 1])
    if words.endswith(_ZH_BODY_WORDS) or re.fullmatch(r"本[市府县部院署局会校所]", words):
        return None   # (`本市與日本商工會議所`: the issuing body, `this city`, and another)
    return b


# The words Chinese names of bodies end in (Simplified): a name that ends in one is a whole body's.
_ZH_BODY_WORDS: tuple[str, ...] = tuple(org_endings("zh", "suffix_finder"))


# Verbs of visiting that the segmenter tags as nouns (`参观` n, `游览` vn) and no name opens with:
# `遊客參觀安平古堡（Anping Old Fort）`.
_NOUN_TAGGED_VERBS = frozenset({"参观", "游览", "参访", "造访"})


def _bare_body_word(head: str) -> bool:
    """`公司`, `协会`, `总署`, `公社`: an organisation word alone, which no name is; the segmenter's
    verb inside the name (`美国国际开发总署`, `台湾积体电路制造公司`, `韩国贸易投资振兴公社`: 开发, 制造,
    振兴) cut the rest off."""
    return head in _BARE_BODY_WORDS or (1 <= len(head) <= 2 and head[-1] in "部署局处会院所司社团厅")


def _in_name_word(doc: Doc, t: Token) -> bool:
    """A function word's character that the segmenter, reading the whole text through the fold,
    puts inside a longer noun (`对` of `对外贸易` in `中华民国对外贸易发展协会`, `共和` of `共和国`):
    part of the name, no break."""
    w = _segmenter_word_at(doc_text(doc), t.idx)
    return w is not None and w[0] <= t.idx and t.idx + len(t.text) <= w[1] \
        and w[1] - w[0] > len(t.text) and _zh_name_word(w[2], w[3]) and w[3] not in ("p", "c", "i") \
        and (w[3] != "l" or _noun_tail(w[2]))


def _noun_tail(phrase: str) -> bool:
    """A set phrase (jieba's `l`) that ends in a noun (`对外贸易`: 贸易 vn), as names hold, not
    in a verb as clauses do."""
    tail = pos_words(phrase[-2:])[1]
    return len(tail) == 1 and tail[0][3] in _NOUN_FLAGS


def _part_of_longer_word(doc: Doc, t: Token) -> bool:
    """The segmenter, reading the whole text, puts the token into a longer word (`代表` of
    `代表处`, an office, not a representative)."""
    w = _segmenter_word_at(doc_text(doc), t.idx)
    return w is not None and w[0] <= t.idx and t.idx + len(t.text) < w[1]


# A form of address written after a person's name (`戴羅素閣下`, Excellency): a title the rendering leaves out.
_ADDRESS_AFTER = frozenset({"阁下"})


def chinese_name_before(doc: Doc, pos: int, rendering: str = "") -> tuple[int, int] | None:
    """(start, end) of the run of Han words before the bracket, back to punctuation, a verb or
    function word (获得, 与, 的 …), a date, or a job title; a leading country the rendering
    leaves out (`韩国首尔新药株式会社（Seoul Shinyak）`) is dropped."""
    toks = tokens_before(doc, pos, 40)
    if not toks or toks[-1].idx + len(toks[-1].text) != pos:
        return None
    taken: list[Token] = []
    floor = 0   # where a date ends inside the token that holds it (`年國際`: the name starts after 年)
    titled = _titled(rendering) or bool(_TITLE_WORD_FIRST.match(rendering))   # (`Minister David Levy` too)
    if not titled and len(toks) >= 2 and fold_han(toks[-1].text) in TITLES and _personal_name(rendering) \
            and toks[-2].idx + len(toks[-2].text) == toks[-1].idx and not _part_of_longer_word(doc, toks[-1]):
        # a title written after the person (`佩特森議員（Anders Petersen）`) that the rendering leaves out
        pos = toks[-1].idx
        toks = toks[:-1]
    # a firm's registered name (`…股份有限公司`) renders no person, however its rendering reads (`TÜV Rheinland`)
    firm = fold_han(doc_text(doc)[max(0, pos - 8):pos]).endswith(_LEGAL_FORMS)
    person = _personal_name(rendering) and not firm
    given_and: Token | None = None   # the 和 of a given name (`郡和子`): the run of nouns stops at it, the name does not
    # a title the segmenter cut in two (`工藝` + `家`), counted at its last word
    title_ends = {toks[k].i for k in range(len(toks)) for j in (1, 2)
                  if k - j >= 0 and fold_han(doc_text(doc)[toks[k - j].idx:toks[k].idx + len(toks[k].text)]) in TITLES}
    for t in reversed(toks):
        word = fold_han(t.text)   # Traditional text, Simplified word lists
        if t.text in _HYPHENS and taken and "-" in rendering and t.idx + 1 == taken[0].idx:
            taken.insert(0, t)   # `尚-皮耶·居內（Jean-Pierre Jeunet）`: the hyphen of a foreign name's part
            continue
        if in_timex(doc, t.idx) and taken and t.idx + len(t.text) == taken[0].idx:
            floor = _timex_end(doc, t.idx)
            if floor < t.idx + len(t.text):
                taken.insert(0, t)
            break
        if person and re.fullmatch(r"[\u4e00-\u9fff]", t.text) and not taken:
            taken.insert(0, t)   # a function word's character ending a person's given name (`達增拓也`: Takuya)
            continue
        if person and re.fullmatch(r"[\u4e00-\u9fff]?和", t.text) and len(taken) == 1 and len(taken[0].text) == 1:
            taken.insert(0, t)   # … or opening it (`郡和子`, `堀和` + `子`: Kazuko)
            given_and = t
            continue
        if word == "在" and _in_a_place_inside_name(taken):
            taken.insert(0, t)
            continue
        if not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9À-ÖØ-öø-ɏ·‧・．•]+", t.text) \
                or (word in ZH_BREAKS and not _in_name_word(doc, t) and not _name_verb_before_a_stub(word, taken)) \
                or word in _NOUN_TAGGED_VERBS \
                or ((word in TITLES or t.i in title_ends) and not (titled and not taken) and not _part_of_longer_word(doc, t)
                    and not (taken and _bare_body_word(fold_han("".join(x.text for x in taken))))) \
                or in_timex(doc, t.idx) or (taken and t.idx + len(t.text) != taken[0].idx):
            break
        if taken and word[-1] in "的了在与和及" and len(word) <= 2 and not _in_name_word(doc, t):
            break   # (共和 of 瓜地馬拉共和國 is no 和)
        taken.insert(0, t)
        if len(taken) >= 12:
            break
    if not taken:
        return None
    start = max(taken[0].idx, _zh_noun_run_start(doc_text(doc), pos), floor)
    inside = next((t for t in taken if t.idx < start < t.idx + len(t.text)), None)
    if person and inside is not None and doc_text(doc)[start - 1] == "和" and len(inside.text) <= 4:
        start = inside.idx   # (the tokenizer read the given name whole: `堀和子`)
    if given_and is not None:
        k = taken.index(given_and)
        if len(given_and.text) == 2 or k >= 1:
            start = max(given_and.idx if len(given_and.text) == 2 else taken[k - 1].idx, floor)
    if _bare_body_word(fold_han(doc_text(doc)[start:pos])) and taken[0].idx < start \
            and (len(rendering) >= 3 or not _is_acronym(rendering)):
        # the segmenter's verb inside a name cut it down to its organisation word (`国际自然保育联盟（IUCN）`:
        # 保育 read as a verb): the words taken before the run stand
        start = max(taken[0].idx, floor)
        while start < pos - 2 and fold_han(doc_text(doc)[start]) in ZH_BREAKS:
            start += 1   # a preposition glued to the name's first word by the tokenizer (`由國際`)
    if fold_han(doc_text(doc)[start:pos]).endswith(_LEGAL_FORMS) and taken[0].idx < start:
        # a firm's registered name with its legal form holds words a clause would not
        # (`萊茵技術監護顧問股份有限公司`: 監護 a verb, 顧問 a title): back to where the run of words began,
        # but not over a conjunction the segmenter reads as a word (`岡山大學及銘建工業株式會社`: two bodies)
        start = _after_a_conjunction(doc_text(doc), max(taken[0].idx, floor), start)
    if fold_han(doc_text(doc)[start:pos]) in ZH_TRADE_WORDS:
        # a line of business alone (`聯發科技（MediaTek）`: 聯發 read as a verb): the word before it is the name's
        before = next((t for t in reversed(taken) if t.idx < start), None)
        if before is not None and before.idx >= floor and re.fullmatch(r"[\u4e00-\u9fff]{2,}", before.text):
            start = before.idx
    if person:
        start = _after_a_split_title(doc_text(doc), start, pos)
    start = _after_foreign_mark(doc_text(doc), max(taken[0].idx, floor), start, pos)
    start = _over_a_hyphen(doc, start, rendering)
    start = _over_a_rendered_number(doc_text(doc), start, rendering, max(taken[0].idx, floor))
    start = _over_a_verb(doc_text(doc), start, pos, rendering, max(taken[0].idx, floor))
    start = _over_rendered_words(doc_text(doc), start, pos, rendering, max(taken[0].idx, floor))
    start = _across_and(doc, start, pos, rendering)
    start = _direction_before(doc_text(doc), start, rendering)
    head = fold_han(doc_text(doc)[start:pos])
    if person:
        # a title before a person's name ends what comes before it: 美國副總統彭斯（Mike Pence）
        cut = max((head.rfind(t) + len(t) for t in TITLES if t in head and head.rfind(t) + len(t) < len(head)), default=0)
        if _bare_body_word(head[cut:]):
            cut = 0   # (无国界记者组织（Reporters Without Borders）: the title's word names the body's members)
        start += cut
        head = head[cut:]
    # A kind of organisation before the name describes it: 农业科技企业浙江绿禾…, 电影公司西海影业.
    m = None
    # (乐团落日飞车, 歌手…: a band, a troupe, a singer before its name likewise; 西拉雅族人…: a member of a people)
    for hit in re.finditer(r"(?:企业|机构|公司|集团|厂商|平台|开发商|发行商|运营商|制造商|供应商|品牌|姊妹市|姐妹市|友好城市|友邦|邦交国"
                           r"|大厂|车厂|乐团|乐队|剧团|舞团|团体|歌手|艺人|乐手|球星|网红|偶像|族人)(?!有限|股份)", head):
        if len(head) - hit.end() >= 2 and head[hit.end():] not in ("公司", "集团", "有限公司", "股份有限公司", "集团公司") \
                and (hit.group() != "品牌" or hit.start() >= 2) \
                and not _name_verb_at(doc_text(doc), start + hit.end()):   # (`知名品牌星巴克`, but `品牌顧問公司`)
            # (`中国电影集团公司`: the kind word is part of the name, no description; so is it before a
            # verb of a body's purpose: `中小企业振兴公团`)
            m = hit
    if m:
        start += m.end()
        head = head[m.end():]
    w = _segmenter_word_at(doc_text(doc), start)
    if w is not None and w[0] == start and w[2] in _SUCH_AS and len(head) - len(w[2]) >= 2:
        start += len(w[2])   # `知名企業如宏碁（Acer）`: `such as` opens the examples, no part of the name
        head = head[len(w[2]):]
    latin = re.match(r"[A-Za-z]+(?=[\u4e00-\u9fff]{2})", head)
    if latin and _personal_name(rendering) and latin.group().lower() not in rendering.lower():
        start += latin.end()   # `YouTuber阿滴（Ray Du）`: a kind of person in Latin letters before the name
        head = head[latin.end():]
    foreign = re.match(r"([\u4e00-\u9fff]{1,3})商(?=[\u4e00-\u9fff]{2})", head)
    if foreign and registered_in(foreign.group(1)) \
            and not _opens_a_word(doc_text(doc), start + foreign.end() - 1):
        start += foreign.end()   # a foreign firm's registration before its name (`荷蘭商恩智浦半導體`, `美商…`)
        head = head[foreign.end():]
    title = next((t for t in sorted(TITLES, key=len, reverse=True) if head.startswith(t) and len(head) > len(t)), None)
    if title:
        start += len(title)
        head = head[len(title):]
    lead = start if firm else lead_in_end(doc_text(doc), start, pos, rendering)
    if lead > start:
        # `仅次于多伦多`, `女兒莎莉娜（Selena Walker）`: what leads into the name, a person's role before it
        head = head[lead - start:]
        start = lead
    if _is_acronym(rendering) and head.startswith("联合国") and len(head) > 4 and not rendering.upper().startswith("U"):
        start += 3   # the UN's goals or programme named by letters without its U (`联合国永续发展目标（SDGs）`);
        head = head[3:]   # its bodies keep it (`联合国开发计划署（UNDP）`)
    place = next((p for p in PLACES if head.startswith(p) and len(head) > len(p) + 1), None)
    if place and not _is_acronym(rendering) and not re.match(r"[在驻][台华港澳韩日美中]", head[len(place):]):
        # (a country's office posted in a place keeps it: `法國在台協會（Bureau Français de Taipei）`)
        # Chinese names of bodies keep their country (美国食品药品监督管理局（FDA）); a company
        # name rendered by sound does not (韩国首尔新药株式会社（Seoul Shinyak）).
        low = rendering.lower()
        # (nor a body's word alone, `美國商會（AmCham Taiwan）`: the country is what names it)
        if not any(len(n) > 1 and re.search(rf"\b{re.escape(n)}", low) for n in PLACES[place]) \
                and not _bare_body_word(head[len(place):]):
            start += len(place)
            head = head[len(place):]
    while (parent := _unrendered_parent(head, rendering)):
        start += parent   # `農業部農糧署（Agriculture and Food Agency）`: the ministry the rendering leaves out
        head = head[parent:]
    start += _post_body(head, rendering)
    state = _STATE_BEFORE.match(head)
    if state and _LOCAL_BODY_LATIN.fullmatch(rendering):
        start += state.end()   # `加州聖地牙哥郡（San Diego County）`: the state the county is in, not rendered
    end = pos
    address = next((a for a in _ADDRESS_AFTER if head.endswith(a) and len(head) > len(a) + 1), None)
    if address and _personal_name(rendering):
        end -= len(address)   # `戴羅素閣下（Russell Dlamini）`: the form of address is no part of the name
    team = _TEAM.search(head)
    if team and team.start() >= 2 and not _is_acronym(rendering) and not _TEAM_LATIN.search(rendering) \
            and not _unit_word_before(doc_text(doc), pos):
        # a sports team: Chinese adds 队 (`乐天巨人棒球队`), its English name is the nickname alone
        # (`Lotte Giants`), so the name is the part before it
        end = start + team.start()
    text = doc_text(doc)
    if text[start:start + 1] == "商" and end - start > 3 and any(registered_in(text[start - n:start]) for n in (1, 2, 3) if start >= n) \
            and not _opens_a_word(text, start):
        start += 1   # (the country of a registration mark cut as a place, its `商` left: `新加坡` + `商星展銀行`;
        # not the first word of a name: `中國` + `商業銀行`)
    return _over_a_registered_place(doc, start, end, rendering)


# Words that 商 opens in names (`商务部`, `商业银行`, `商会`): after a country, no registration mark.
_SHANG_WORDS = frozenset({"商务", "商会", "商业", "商品", "商场", "商店", "商标", "商圈", "商家", "商人", "商港", "商船", "商用",
                          "商机", "商工", "商展", "商银", "商旅", "商办", "商贸", "商城", "商学", "商科", "商法", "商事", "商总"})


# A firm's registered name with its place in brackets before the legal form: `华芯半导体（北京）有限公司`.
_PLACE_BRACKET_BEFORE = re.compile(r"[(（]([\u4e00-\u9fff]{2,4})[)）]$")


def _over_a_registered_place(doc: Doc, start: int, end: int, rendering: str) -> tuple[int, int]:
    """A name that is only a legal form after a bracketed place (`星河储能科技（深圳）有限公司（以下简称…）`
    read as `有限公司`) is the whole registered name: the words before the place, the place, the form."""
    text = doc_text(doc)
    if fold_han(text[start:end]) not in _LEGAL_FORMS + ("股份有限公司",):
        return start, end
    m = _PLACE_BRACKET_BEFORE.search(text, max(0, start - 8), start)
    if m is None or not is_place(m.group(1)):
        return start, end
    before = chinese_name_before(doc, m.start(), rendering)
    return (before[0], end) if before is not None else (start, end)


# A state written short before a county or city in it (`加州`, `德州`, `紐約州`), and an English
# rendering that names the county or city alone.
# (Japan's prefectures likewise before a city, town or village: `熊本縣菊陽町（Kikuyo Town）`)
_STATE_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,3}州(?=[\u4e00-\u9fff]{2,}(?:郡|市|县)$)"
                           r"|[\u4e00-\u9fff]{2,3}(?:县|府|道)(?=[\u4e00-\u9fff]{2,}(?:市|町|村)$)")
_LOCAL_BODY_LATIN = re.compile(r"(?:[A-Z][a-z]+ ){1,3}(?:County|City|Town|Village)|(?:City|County|Town|Village) of (?:[A-Z][a-z]+ ?){1,3}")


# A government body written before its own agency, bureau or department (Simplified; `经济部`,
# `行政院`, `台南市政府`, `农业委员会`), and the agency's last word.
_PARENT_THEN_UNIT = re.compile(r"([\u4e00-\u9fff]{1,6}(?:部|市政府|县政府|委员会)|行政院|立法院|司法院|考试院|监察院)"
                               r"(?=[\u4e00-\u9fff]{1,12}(?:署|局|处|司|中心|所|馆|委员会)$)")
# The English words that render each kind of parent (`Ministry of …`, `… City Government`, `Executive Yuan`).
_PARENT_IN_LATIN = {"部": r"Ministry", "政府": r"Government|City|County", "委员会": r"Council|Commission|Committee",
                    "院": r"Yuan"}
_NO_PARENT = re.compile(r"(?:总部|本部|俱乐部|[东南西北中]部)$")


def _unrendered_parent(head: str, rendering: str) -> int:
    """How many characters of `head` name a government body before its own agency that a Latin
    long form renders alone (`農業部農糧署（Agriculture and Food Agency）`, `行政院原住民族委員會
    （Council of Indigenous Peoples）`): the name is the part the bracket renders. An acronym keeps
    the parent (`文化部影視及流行音樂產業局（BAMID）`), and so does a rendering that names it
    (`Cultural Affairs Bureau, Tainan City Government`)."""
    if script_of(rendering) != "latin" or _is_acronym(rendering) or len(rendering.split()) < 2:
        return 0
    m = _PARENT_THEN_UNIT.match(head)
    if m is None or _NO_PARENT.search(m.group(1)):
        return 0
    kind = next(k for k in ("委员会", "政府", "部", "院") if m.group(1).endswith(k))
    return 0 if re.search(rf"\b(?:{_PARENT_IN_LATIN[kind]})\b", rendering) else m.end()


# Titles an English rendering of a person may open with (`Minister David Levy`).
_TITLE_WORD_FIRST = re.compile(r"(?:(?:Deputy|Vice) )?(?:Minister|Ambassador|Director(?:-General)?|Secretary(?:-General)?|Chair(?:man|woman|person)?"
                               r"|Commissioner|Senator|Representative|Mayor|Governor|President|Premier|Legislator|Councilor)\s[A-Z]")


def _post_body(head: str, rendering: str) -> int:
    """How many characters of `head` name the body where a person holds a post, before the
    person's name and title (`外交部李維部長（Minister David Levy）`): the rendering gives the
    title and the person, not the body (`Minister of Foreign Affairs …` would)."""
    if not _TITLE_WORD_FIRST.match(rendering) or re.search(r"\bof\b", rendering):
        return 0
    title = next((t for t in sorted(TITLES, key=len, reverse=True) if len(t) >= 2 and head.endswith(t)), None)
    if not title:
        return 0
    rest = head[:-len(title)]
    for n in (2, 3, 4):   # the person's name: a surname and one to three characters
        if len(rest) > n and rest[-n] in ZH_SURNAMES and rest[:-n].endswith(tuple(_BARE_BODY_WORDS)):
            return len(rest) - n
    return 0


# A sports team's word ending a Chinese name (`乐天巨人棒球队`, `台南队`).
_TEAM = re.compile(r"(?:棒球|足球|篮球|排球|冰球|橄榄球|手球|球)?队$")
# (and the words for a unit that is no sports team, which render its 队: `考察隊（… Expedition）`)
_TEAM_LATIN = re.compile(r"\b(?:Team|Club|Squad|F\.?C|Nationals?|Expedition|Corps|Brigade|Squadron|Troop|Unit|Band"
                         r"|Fleet|Force|Crew|Patrol|Battalion|Regiment)\b", re.I)


def _unit_word_before(text: str, pos: int) -> bool:
    """The segmenter reads the 队 before `pos` as the end of a word of its dictionary that names a
    unit, no sports team (`考察隊`, `艦隊`, `陸戰隊`, `服務隊`): the rendering renders it."""
    w = _segmenter_word_at(text, pos - 1)
    return w is not None and w[1] == pos and w[1] - w[0] >= 2 and w[2].endswith("队") \
        and not w[2].endswith("球队") and in_dictionary(w[2])
