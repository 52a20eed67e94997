"""No module-level name in pipeline/ that nothing reads.

`.ci/run` runs vulture over the package (with `.ci/vulture_whitelist.py` for the names spaCy,
click and pydantic read); vulture passes over module-level names that start with `_`, taken as
unused on purpose, so this test covers those: every `_NAME = ...` at the top of a module is read
somewhere in the project's Python."""
import ast
import os

from conftest import ROOT

READERS = ("pipeline", "tests", "benchmarks", "training", "corpus")


def _python_files(folders):
    for folder in folders:
        for top, dirs, files in os.walk(os.path.join(ROOT, folder)):
            dirs[:] = [d for d in dirs if d not in {"__pycache__", ".venv"}]
            yield from (os.path.join(top, f) for f in files if f.endswith(".py"))


def _private_module_names(tree: ast.Module) -> set[str]:
    names = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) else []
        for t in targets:
            for n in ast.walk(t):
                if isinstance(n, ast.Name) and n.id.startswith("_") and not n.id.startswith("__"):
                    names.add(n.id)
    return names


def _read_names(tree: ast.Module) -> set[str]:
    read = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load):
            read.add(n.id)
        elif isinstance(n, ast.Attribute):
            read.add(n.attr)
        elif isinstance(n, ast.ImportFrom):
            read.update(a.name for a in n.names)
    return read


def unread_private_names() -> list[str]:
    defined: dict[str, list[str]] = {}
    read: set[str] = set()
    for path in _python_files(READERS):
        with open(path, encoding="utf-8") as f:
            tree = ast.parse(f.read(), path)
        read |= _read_names(tree)
        if os.path.relpath(path, ROOT).startswith("pipeline" + os.sep):
            for name in _private_module_names(tree):
                defined.setdefault(name, []).append(os.path.relpath(path, ROOT))
    return sorted(f"{where}: {name}" for name, paths in defined.items() if name not in read for where in paths)


def test_every_private_module_name_is_read():
    assert unread_private_names() == []


def test_the_check_finds_an_unread_name(tmp_path):
    tree = ast.parse("_USED = 1\n_UNUSED = (1, 2)\n_a, _b = 1, 2\nprint(_USED, _a)\n")
    assert _private_module_names(tree) - _read_names(tree) == {"_UNUSED", "_b"}
