"""Headless Chromium for the review pages' tests, driven by Playwright.

The browser is Debian's `chromium` (installed by .ci/run), never one Playwright downloads: the
machine has no network. Its flags keep it from reaching for one (no background networking,
component updates, sync or QUIC). Where Playwright or Chromium is missing, or Chromium does not
start, the tests that need it are skipped with a message that says which and what to do.

Also a command, for the README's screenshots:
    python tests/browser.py PAGE.html[#fragment] OUT.png [--width 1200] [--height 900]
"""
from __future__ import annotations

import argparse
import os
import pathlib
import shutil
from dataclasses import dataclass, field

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
         "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--disable-default-apps", "--disable-extensions"]
NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str | None:
    """PRESSPIPE_CHROMIUM, else the first Chromium on PATH."""
    given = os.environ.get("PRESSPIPE_CHROMIUM")
    if given:
        return given if os.access(given, os.X_OK) else None
    return next(filter(None, (shutil.which(n) for n in NAMES)), None)


class Unavailable(Exception):
    """Why no browser can be had here: the test skips with this message."""


def start():
    """(playwright, browser), or Unavailable saying why not."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise Unavailable("browser tests skipped: Playwright is not installed (pip install -e '.[test]')")
    exe = find_chromium()
    if not exe:
        raise Unavailable("browser tests skipped: no Chromium found; install Debian's chromium "
                          "(apt-get install -y chromium, as .ci/run does) or set PRESSPIPE_CHROMIUM to one")
    pw = sync_playwright().start()
    try:
        return pw, pw.chromium.launch(executable_path=exe, args=FLAGS, timeout=60_000)
    except Exception as exc:  # a browser that cannot start here is a skip, not a failure
        pw.stop()
        raise Unavailable(f"browser tests skipped: Chromium at {exe} did not start: {str(exc).splitlines()[0]}")


@dataclass
class Opened:
    """A page as the browser rendered it, with what it said and asked for on the way."""
    page: object
    console: list = field(default_factory=list)   # (type, text)
    errors: list = field(default_factory=list)    # uncaught exceptions
    requests: list = field(default_factory=list)  # every URL the page asked for

    @property
    def problems(self) -> list[str]:
        return ([f"console {t}: {m}" for t, m in self.console if t in ("error", "warning")]
                + [f"page error: {e}" for e in self.errors]
                + [f"network: {u}" for u in self.requests if not u.startswith(("file:", "data:", "about:"))])


def open_page(browser, path, width=1200, height=900, scale=1, fragment="") -> Opened:
    """Open a page file in a fresh context of the given viewport."""
    context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=scale)
    page = context.new_page()
    opened = Opened(page)
    page.on("console", lambda m: opened.console.append((m.type, m.text)))
    page.on("pageerror", lambda e: opened.errors.append(str(e)))
    page.on("request", lambda r: opened.requests.append(r.url))
    page.goto(pathlib.Path(path).resolve().as_uri() + fragment, wait_until="load")
    page.evaluate("document.fonts.ready.then(() => true)")
    return opened


def main() -> None:
    ap = argparse.ArgumentParser(description="Screenshot of a page in headless Chromium.")
    ap.add_argument("page", help="an HTML file, optionally with #fragment to scroll to")
    ap.add_argument("out", help="the PNG to write")
    ap.add_argument("--width", type=int, default=1200)
    ap.add_argument("--height", type=int, default=900)
    ap.add_argument("--scale", type=float, default=1)
    args = ap.parse_args()
    path, _, frag = args.page.partition("#")
    pw, browser = start()
    try:
        opened = open_page(browser, path, args.width, args.height, args.scale, f"#{frag}" if frag else "")
        opened.page.screenshot(path=args.out)
        for p in opened.problems:
            print(p)
    finally:
        browser.close()
        pw.stop()


if __name__ == "__main__":
    main()
