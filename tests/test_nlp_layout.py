"""pipeline.nlp.layout.trim_span: layout marks, quoted titles and stray brackets at a span's edges."""
import pytest

from pipeline.nlp.layout import trim_span


def cut(text: str) -> str:
    s, e = trim_span(text, 0, len(text))
    return text[s:e]


@pytest.mark.parametrize("text, expected", [
    ("한빛공사", "한빛공사"),
    ("(3) 누리바다그룹", "누리바다그룹"),
    ("한빛(주)", "한빛(주)"),
    # a quoted title closing the span is the title of a standard, not part of the name
    ("KS X 9001「전자문서 보관 지침」", "KS X 9001"),
    ("ISO 20400『지속가능 조달』", "ISO 20400"),
    # an opening square or corner bracket the span never closes goes with what stands before it
    ("[누리바다협의체", "누리바다협의체"),
    ("【한빛재단", "한빛재단"),
    # a closing bracket the span never opened goes
    ("한빛연구소]", "한빛연구소"),
    # balanced brackets stay
    ("[한빛] 연구소", "[한빛] 연구소"),
])
def test_trim_span(text: str, expected: str) -> None:
    assert cut(text) == expected
