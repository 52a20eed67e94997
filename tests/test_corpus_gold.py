"""The gold files of both corpora agree with their texts (every offset, every cross-document
name): the check script exits 0."""
import os
import subprocess
import sys

import pytest
from conftest import ROOT


@pytest.mark.parametrize("args", [[], ["--root", os.path.join(ROOT, "corpus", "heldout")]])
def test_gold_files_check(args):
    res = subprocess.run([sys.executable, os.path.join(ROOT, "corpus", "tools", "check_gold.py"), *args],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stdout[-2000:]
    assert "0 errors" in res.stdout
