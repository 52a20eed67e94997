"""Chinese organisation rule data and patterns: names ending in 公司, 集团, 研究院, 政府 …"""
from __future__ import annotations

import re

SUFFIX_KIND = {
    "有限公司": "company", "股份有限公司": "company", "公司": "company", "集团": "company", "银行": "company",
    "人民政府": "government", "政府": "government", "委员会": "government", "国务院": "government", "部": "government",
    "局": "government", "研究院": "research", "研究所": "research", "科学院": "research", "实验室": "research",
    "大学": "education", "学院": "education", "中心": "other", "协会": "other", "基金会": "other",
    "开发区": "zone", "高新区": "zone", "新区": "zone",
}
_ENDINGS = "|".join(sorted(SUFFIX_KIND, key=len, reverse=True))
# 2 to 20 Han characters (or Latin letters) ending in an organisation word, not starting with a
# function word; bounded, so linear.
PATTERN = re.compile(rf"(?P<name>[\u4e00-\u9fffA-Za-z]{{1,18}}?(?:{_ENDINGS}))")
_STARTS = set("的和与及在由为是将了对向从同跟以并等或被把让给着过也都就还又而其该此本今")
_MINISTRY_OK = ("商务部", "外交部", "财政部", "工业和信息化部", "科学技术部", "科技部", "教育部", "生态环境部")


def find(text: str):
    for m in PATTERN.finditer(text):
        name = m.group("name")
        start = m.start("name")
        # Trim leading function characters and verbs the greedy run swallowed (今天宣布与…).
        cut = max((name.rfind(ch) for ch in _STARTS if ch in name[:-2]), default=-1)
        for verb in ("宣布", "表示", "签署", "成立", "发布", "收购", "投资", "推出", "获得", "完成", "与", "和"):
            i = name.rfind(verb, 0, len(name) - 2)
            if i >= 0:
                cut = max(cut, i + len(verb) - 1)
        if cut >= 0:
            start += cut + 1
            name = name[cut + 1:]
        ending = next(e for e in sorted(SUFFIX_KIND, key=len, reverse=True) if name.endswith(e))
        if len(name) <= len(ending) or (ending == "部" and name not in _MINISTRY_OK):
            continue
        yield _Span(start, start + len(name)), SUFFIX_KIND[ending]


class _Span:
    def __init__(self, s, e):
        self._s, self._e = s, e

    def start(self, g="name"):
        return self._s

    def end(self, g="name"):
        return self._e
