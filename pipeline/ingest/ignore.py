"""Which paths of a walked folder to pass over: `.presspipeignore` files and `--exclude` globs,
both with git's `.gitignore` semantics, matched by the pathspec library (`GitIgnoreSpec`).

What that means, as in git:
- a pattern without a slash (`*.md`, `notes`) matches a name at any depth below the ignore
  file's folder; one with a slash at the start or in the middle (`/draft.txt`, `gold/*.json`) is
  anchored to that folder; `**` spans folders (`**/tmp`, `a/**/b`); a trailing `/` (`gold/`)
  matches folders only;
- within a file, the last pattern that matches decides, and `!pattern` takes a path back in;
- an ignore file in a subfolder applies below it, with paths relative to it, and wins over the
  files of the folders above (its `!keep.txt` takes back what a parent's `*.txt` passed over);
- a folder that is passed over is not walked at all, so nothing below it can be taken back
  (git: "it is not possible to re-include a file if a parent directory of that file is
  excluded").

`--exclude` globs are patterns of the same kind relative to the walked argument, and they are
final: a path they match is passed over whatever the ignore files say.
"""
from __future__ import annotations

import os
from collections.abc import Iterable

from pathspec import GitIgnoreSpec

IGNORE_FILE = ".presspipeignore"


class IgnoreRules:
    """The ignore rules met while walking the folder `top` (call `enter` for each folder walked,
    parents before children, as `os.walk` does)."""

    def __init__(self, top: str, exclude: Iterable[str] = ()):
        self.top = top
        self.exclude = GitIgnoreSpec.from_lines(list(exclude))
        self.files: dict[str, GitIgnoreSpec] = {}

    def enter(self, folder: str) -> None:
        """Read `folder`'s ignore file, if it has one."""
        path = os.path.join(folder, IGNORE_FILE)
        if os.path.isfile(path):
            with open(path, encoding="utf-8", errors="replace") as f:
                self.files[folder] = GitIgnoreSpec.from_lines(f.read().splitlines())

    def ignored(self, path: str, is_dir: bool = False) -> bool:
        """Whether the file or folder `path` (below `top`) is passed over."""
        suffix = "/" if is_dir else ""
        if self.exclude.match_file(_rel(path, self.top) + suffix):
            return True
        decision = None
        # Nearest ignore file last: it has the final word.
        for folder in sorted((f for f in self.files if _below(path, f)), key=len):
            result = self.files[folder].check_file(_rel(path, folder) + suffix)
            if result.include is not None:
                decision = result.include
        return bool(decision)


def _rel(path: str, folder: str) -> str:
    return os.path.relpath(path, folder).replace(os.sep, "/")


def _below(path: str, folder: str) -> bool:
    return not _rel(path, folder).startswith("..")
