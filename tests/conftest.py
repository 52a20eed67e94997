import os

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The shared read-only data (acceptance seed and scorer, training and evaluation sets): `shared`
# beside the repository, or wherever PRESSPIPE_SHARED points. A fresh clone may not have it.
SHARED = os.environ.get("PRESSPIPE_SHARED") or os.path.join(os.path.dirname(ROOT), "shared")
SEED = os.path.join(ROOT, "corpus", "tianjin-binhai.ko.txt")
SEED_GOLD = os.path.join(ROOT, "corpus", "gold", "tianjin-binhai.ko.gold.json")



def shared_path(*parts: str) -> str:
    """A path under the shared folder; the calling test is skipped, saying what is missing, when
    it is not there."""
    path = os.path.join(SHARED, *parts)
    if not os.path.exists(path):
        pytest.skip(f"needs {os.path.join('shared', *parts)}, which is not at {path} "
                    "(put the shared folder beside the repository or set PRESSPIPE_SHARED)")
    return path


KO_RELEASE = ("서울, 2025년 3월 4일 /PRNewswire/ --\n"
              "한빛전자는 지난해 10월 부산에 연구소를 세웠다. 회사는 2023년 5월 12일 설립되었다.\n")


@pytest.fixture
def mixed_inputs(tmp_path):
    """A folder with every kind of input the issue names: good ones and bad ones."""
    d = tmp_path / "inbox"
    d.mkdir()
    (d / "utf8.txt").write_bytes(KO_RELEASE.encode("utf-8"))
    (d / "utf8-bom.txt").write_bytes(b"\xef\xbb\xbf" + KO_RELEASE.replace("한빛전자", "누리전자").encode("utf-8"))
    (d / "legacy.txt").write_bytes(KO_RELEASE.replace("한빛전자", "가람전자").encode("cp949"))
    (d / "wide.txt").write_bytes(KO_RELEASE.replace("한빛전자", "다솜전자").encode("utf-16"))
    (d / "page.html").write_text(
        "<html><head><title>Acme opens lab</title><style>p{color:red}</style><script>var x=1;</script></head>"
        "<body><h1>Acme opens lab</h1><p>SEOUL, March 4, 2025 /PRNewswire/ -- Acme Robotics Inc. "
        "<b>opened</b> a lab on March 3, 2025.</p><div style='display:none'>hidden words</div></body></html>",
        encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)   # not ours: skipped
    (d / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)   # ours by name, an image inside
    (d / "batch.jsonl").write_text(
        '{"id": "a1", "text": "Acme Robotics Inc. was founded in 2019.", "date": "2025-02-20"}\n'
        '{"id": "a2", "text": "broken\n'
        '{"id": "a3", "text": "北京2025年2月20日电 /美通社/ -- 中国海洋石油集团有限公司今天宣布成立新公司。"}\n',
        encoding="utf-8")
    return d
