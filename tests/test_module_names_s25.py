"""No module of the package binds a name at its top level twice unless the second binding builds on
the first (`_X = … _X …`): a second pattern of the same name silently replaces the first for every
function that reads it (a Chinese events pattern once did, and each Chinese document failed)."""
import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"


def _rebound(path: Path, root: Path = PACKAGE.parent) -> list[str]:
    seen: set[str] = set()
    out = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            value = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names, value = [node.target.id], node.value
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names, value = [node.name], None
        else:
            continue
        read = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} if value is not None else set()
        for name in names:
            if name in seen and name not in read:
                out.append(f"{path.relative_to(root)}: {name}")
            seen.add(name)
    return out


def test_no_top_level_name_is_bound_twice():
    rebound = [r for p in sorted(PACKAGE.rglob("*.py")) for r in _rebound(p)]
    assert rebound == []


def test_the_check_finds_a_second_binding(tmp_path):
    f = tmp_path / "m.py"
    f.write_text("import re\n_A = re.compile('x')\n_B = 1\n_A = {'y'}\n_B = _B + 1\n", encoding="utf-8")
    assert _rebound(f, tmp_path) == ["m.py: _A"]
