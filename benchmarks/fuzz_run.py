"""Long fuzz runs of `presspipe run` (issue 20): prints figures, exits 1 on the first broken rule.

    python benchmarks/fuzz_run.py [--inputs 100000] [--batch 2000] [--workers 2] [--seed 0]

Writes folders of generated inputs (random bytes, random Unicode in random encodings, release
text cut and mutated, JSON-lines with broken lines, wrong types, lone surrogates, duplicate ids
and deep nesting, HTML of random and deep structure, Markdown with thousands of brackets, NUL
bytes, empty files, and now and then a single 10 MB line), runs the installed `presspipe run` on
each folder as a user would, and checks for every run:

- the exit status is 0 or 1;
- every input is in the manifest, and gives as many documents and errors as it has items;
- `presspipe validate` passes;
- no document takes longer than --time-bound seconds (the run's --time-limit: a document over it
  would be a `timeout` error, and none may be);
- the run's memory (all its processes together) stays under --memory-bound MB.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from procmem import tree_rss_mb  # noqa: E402

from pipeline.ingest.sources import read_input  # noqa: E402
from pipeline.review.validate import validate_run  # noqa: E402

SCRIPTS = [(0x20, 0x7E), (0xA0, 0x2FF), (0xAC00, 0xD7A3), (0x4E00, 0x9FFF), (0x3040, 0x30FF), (0x0400, 0x04FF),
           (0x0600, 0x06FF), (0x1F300, 0x1F6FF), (0x2000, 0x206F), (0xFE00, 0xFE0F), (0x0300, 0x036F),
           (0xE000, 0xF8FF), (0xFFF0, 0xFFFF), (0x10000, 0x10FFFF)]
SPECIALS = list("\x00\x01\x1b\x7f\x85\ufeff\u200b\u200d\u202e\u2028\n\n\r\t ()（）[]<>&\"'\\年월일")


def release_texts() -> list[str]:
    texts = []
    for folder, _, files in os.walk(os.path.join(ROOT, "corpus")):
        if "gold" in folder or "tools" in folder:
            continue
        texts += [open(os.path.join(folder, f), encoding="utf-8").read() for f in sorted(files) if f.endswith(".txt")]
    return texts


class Generator:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.releases = release_texts()

    def chars(self, n: int) -> str:
        r = self.r
        out = []
        for _ in range(n):
            if r.random() < 0.1:
                out.append(r.choice(SPECIALS))
            else:
                lo, hi = r.choice(SCRIPTS)
                out.append(chr(r.randint(lo, hi)))
        return "".join(out)

    def release(self) -> str:
        """Release text cut, spliced and mutated: the pipeline does real work on it."""
        r = self.r
        a, b = r.choice(self.releases), r.choice(self.releases)
        i, j = sorted(r.randrange(len(a) + 1) for _ in range(2))
        text = a[i:j][:800] + b[r.randrange(len(b) + 1):][: r.randint(0, 400)]
        for _ in range(r.randint(0, 5)):
            k = r.randrange(len(text) + 1)
            text = text[:k] + self.chars(r.randint(1, 20)) + text[k:]
        return text

    def length(self, mean: int = 150, cap: int = 3000) -> int:
        return min(cap, int(self.r.expovariate(1 / mean)))

    def text(self) -> str:
        return self.release() if self.r.random() < 0.5 else self.chars(self.length())

    def encode(self, text: str) -> bytes:
        enc = self.r.choice(["utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp949", "cp1252",
                             "gb18030", "big5", "latin-1"])
        return text.encode(enc, errors="surrogatepass" if enc.startswith("utf") else "replace")

    def html(self) -> str:
        r = self.r
        tags = ["div", "p", "span", "b", "table", "td", "li", "script", "style", "br", "h1", "title", "head",
                "body", "svg", "template", "iframe"]
        parts = []
        for _ in range(r.randint(0, 30)):
            t = r.choice(tags)
            k = r.random()
            if k < 0.15:
                n = r.choice([10, 100, 1000, 5000])
                parts.append(f"<{t}>" * n + self.text()[:200] + f"</{t}>" * r.randint(0, n))
            elif k < 0.4:
                parts.append(f"<{t}{r.choice(['', ' hidden', ' style=display:none', ' x=<'])}>")
            elif k < 0.55:
                parts.append(f"</{t}>")
            elif k < 0.65:
                parts.append(r.choice(["<!--", "-->", "&#xD800;", "&#0;", "&amp;", "<![CDATA[", "<?x?>", "<!DOCTYPE>"]))
            else:
                parts.append(self.text()[:500])
        return "".join(parts)

    def markdown(self) -> str:
        r = self.r
        parts = []
        for _ in range(r.randint(0, 20)):
            k = r.random()
            if k < 0.1:
                n = self.length(300, 3000)
                parts.append("[" * n + "(" * r.randint(0, n) + "]" * r.randint(0, n))
            elif k < 0.4:
                parts.append(r.choice(["# ", "## ", "> ", "- ", "```\n", "|a|b|\n", "![x](y)", "**", "\n\n"]))
            else:
                parts.append(self.text()[:600])
        return "".join(parts)

    def jsonl(self, ids: list[str]) -> str:
        r = self.r
        lines = []
        for _ in range(r.randint(0, 8)):
            k = r.random()
            ident = r.choice(ids) if r.random() < 0.5 else self.chars(r.randint(0, 6))
            if k < 0.35:
                lines.append(json.dumps({"id": ident, "text": self.text()}, ensure_ascii=r.random() < 0.5))
            elif k < 0.5:
                obj = {"id": r.choice([ident, 3, 2.5, True, None, [1], {}]), "text": r.choice([self.text(), 7, None, ["x"]])}
                for key in ("lang", "date", "title"):
                    if r.random() < 0.5:
                        obj[key] = r.choice(["ko", "en", "zh", "xx", "2025-02-20", "2025-13-40", 20250220, None,
                                             self.chars(3), ["a"]])
                lines.append(json.dumps(obj))
            elif k < 0.6:
                rid, tail = r.choice(ids), r.choice(["", "x", "\\ud83d"])
                lines.append(f'{{"id": "{rid}", "text": "Acme\\ud800{tail}", "title": "\\udc00"}}')
            elif k < 0.7:
                n = r.randint(1, 50000)
                lines.append("[" * n + "]" * r.randint(0, n))
            elif k < 0.8:
                lines.append(self.chars(r.randint(0, 200)).replace("\n", " "))
            elif k < 0.9:
                lines.append("")
            else:
                lines.append(json.dumps(r.choice([[1, 2], 3, None, "text", {"id": ident}])))
        return "\n".join(lines)

    def huge(self) -> tuple[str, bytes]:
        """One 10 MB single line: words, a broken JSON line, or random bytes."""
        r = self.r
        k = r.randrange(3)
        if k == 0:
            words = " ".join("".join(r.choice("abcdefghijklmnop") for _ in range(r.randint(1, 9))) for _ in range(10000))
            return ".txt", (words * (10_000_000 // len(words) + 1)).encode()[:10_000_000]
        if k == 1:
            return ".jsonl", ('{"id": "huge", "text": "' + "x" * 10_000_000).encode()
        return r.choice([".txt", ".html"]), r.randbytes(10_000_000)

    def inputs(self, n: int, huge: bool) -> dict[str, bytes]:
        r = self.r
        ids = [f"id{i}" for i in range(20)]
        files = {}
        for i in range(n):
            k = r.random()
            if k < 0.12:
                ext, data = r.choice([".txt", ".html", ".md", ".jsonl"]), r.randbytes(r.randint(0, 4000))
            elif k < 0.45:
                ext, data = r.choice([".txt", ".txt", ".md"]), self.encode(self.text())
            elif k < 0.6:
                ext, data = r.choice([".html", ".htm"]), self.encode(self.html())
            elif k < 0.7:
                ext, data = ".md", self.markdown().encode("utf-8", "surrogatepass")
            elif k < 0.9:
                ext, data = r.choice([".jsonl", ".ndjson"]), self.jsonl(ids).encode("utf-8", "surrogatepass")
            elif k < 0.95:
                ext, data = r.choice([".txt", ".jsonl", ".html"]), r.choice([b"", b" \n\t", b"\x00" * r.randint(1, 5000),
                                                                             b"\xef\xbb\xbf", b"\xff\xfe"])
            else:
                ext, data = r.choice([".csv", ".py", ".png", ".bin", ""]), r.randbytes(r.randint(0, 500))
            files[f"f{i:06d}{ext}"] = data
        if huge:
            ext, data = self.huge()
            files[f"huge{ext}"] = data
        return files


def run_batch(folder: str, out: str, workers: int, time_bound: float) -> tuple[int, float, float, str]:
    exe = os.path.join(os.path.dirname(sys.executable), "presspipe")
    started = time.monotonic()
    with open(os.path.join(os.path.dirname(out), "stderr.txt"), "w") as err:
        proc = subprocess.Popen([exe, "run", folder, "-o", out, "-q", "-w", str(workers),
                                 "--time-limit", str(time_bound)], stdout=subprocess.DEVNULL, stderr=err)
        peak = 0.0
        while proc.poll() is None:
            peak = max(peak, tree_rss_mb(proc.pid))
            time.sleep(0.25)
    with open(os.path.join(os.path.dirname(out), "stderr.txt")) as f:
        stderr = f.read()
    return proc.returncode, time.monotonic() - started, peak, stderr


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--inputs", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--huge-every", type=int, default=10, help="a 10 MB single line in every Nth batch")
    ap.add_argument("--time-bound", type=float, default=300.0, help="seconds any one document may take")
    ap.add_argument("--strict", action="store_true", help="an `internal` error (a crash inside a stage, "
                    "caught and recorded) fails the run too; without it they are counted and listed")
    ap.add_argument("--memory-bound", type=float, default=2048.0, help="MB the whole run may use")
    args = ap.parse_args()
    gen = Generator(args.seed)
    totals = {"inputs": 0, "items": 0, "documents": 0, "errors": 0, "seconds": 0.0}
    codes: dict[str, int] = {}
    internal: dict[str, list[str]] = {}
    peak_all = 0.0
    batches = (args.inputs + args.batch - 1) // args.batch
    for b in range(batches):
        n = min(args.batch, args.inputs - b * args.batch)
        work = tempfile.mkdtemp(prefix="presspipe-fuzz-")
        try:
            folder, out = os.path.join(work, "in"), os.path.join(work, "out")
            os.mkdir(folder)
            files = gen.inputs(n, huge=args.huge_every and b % args.huge_every == args.huge_every - 1)
            for name, data in files.items():
                with open(os.path.join(folder, name), "wb") as f:
                    f.write(data)
            code, seconds, peak, stderr = run_batch(folder, out, args.workers, args.time_bound)
            problems = []
            if code not in (0, 1):
                problems.append(f"exit status {code}: {stderr[-2000:]}")
            else:
                manifest = json.load(open(os.path.join(out, "manifest.json"), encoding="utf-8"))
                ours = {name for name in files if os.path.splitext(name)[1].lower() in
                        (".txt", ".md", ".html", ".htm", ".jsonl", ".ndjson")}
                listed = {e["path"].rsplit("/", 1)[-1]: e for e in manifest["inputs"]}
                if set(listed) != ours:
                    problems.append(f"manifest inputs differ: missing {sorted(ours - set(listed))[:5]}, "
                                    f"extra {sorted(set(listed) - ours)[:5]}")
                for name, entry in listed.items():
                    want = len(read_input(os.path.join(folder, name)).items)
                    if entry["documents"] + entry["errors"] != want:
                        problems.append(f"{name}: {entry['documents']} documents + {entry['errors']} errors, "
                                        f"{want} items")
                    totals["items"] += want
                with open(os.path.join(out, "errors.jsonl"), encoding="utf-8") as f:
                    for line in f:
                        c = json.loads(line)["code"]
                        codes[c] = codes.get(c, 0) + 1
                        if c == "timeout" or (c == "internal" and args.strict):
                            problems.append(f"a {c} error: {line[:400]}")
                        if c == "internal":
                            msg = json.loads(line)["message"]
                            key = msg.split("(", 1)[1].split(":", 1)[0] + " at " + msg.rsplit(" at ", 1)[1].split(")")[0]
                            internal.setdefault(key, []).append(json.loads(line)["source"])
                problems += [f"validate: {v}" for v in validate_run(out)[:5]]
                totals["documents"] += manifest["counts"]["documents"]
                totals["errors"] += manifest["counts"]["errors"]
            if peak > args.memory_bound:
                problems.append(f"memory {peak:.0f} MB over the bound of {args.memory_bound:.0f} MB")
            totals["inputs"] += len(files)
            totals["seconds"] += seconds
            peak_all = max(peak_all, peak)
            print(f"batch {b + 1}/{batches}: {len(files)} inputs, exit {code}, {seconds:.1f} s, peak {peak:.0f} MB"
                  + (f", PROBLEMS: {problems[:3]}" if problems else ""), flush=True)
            if problems:
                keep = os.path.join(tempfile.gettempdir(), f"presspipe-fuzz-failed-{args.seed}-{b}")
                shutil.copytree(work, keep, dirs_exist_ok=True)
                print(f"inputs and run kept in {keep}")
                sys.exit(1)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    print(f"clean: {totals['inputs']:,} inputs ({totals['items']:,} items: {totals['documents']:,} documents, "
          f"{totals['errors']:,} error records) in {batches} runs, {totals['seconds'] / 60:.1f} min; "
          f"peak memory {peak_all:.0f} MB; error codes {dict(sorted(codes.items()))}")
    for key, sources in sorted(internal.items()):
        print(f"  internal errors (crashes inside a stage, caught): {len(sources)} x {key}")


if __name__ == "__main__":
    main()
