#!/usr/bin/env bash
# The README's screenshots of the review pages, from the committed corpus run (outputs/).
# Run from anywhere after the README's install (`pip install -e ".[test]"`, Debian's chromium).
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pp=.venv/bin/presspipe
shot() { .venv/bin/python tests/browser.py "$@"; }

# show: the seed release of the corpus run, on a desktop and on a phone
$pp show outputs -o "$tmp/show.html"
shot "$tmp/show.html#doc-fd5d6cf7b70e1a00" docs/review/show.png --width 1200 --height 900
shot "$tmp/show.html#doc-fd5d6cf7b70e1a00" docs/review/show-phone.png --width 390 --height 844 --scale 2

# diff: what the Korean entity model changes (a run without it against the baseline), run
# beside a link to outputs/ so that the page names the runs `no-model` and `outputs`
$pp run corpus --no-model -o "$tmp/no-model" -q
ln -s "$PWD/outputs" "$tmp/outputs"
(cd "$tmp" && "$OLDPWD/$pp" diff no-model outputs --html diff.html > /dev/null) || true  # exit 1: they differ
shot "$tmp/diff.html" docs/review/diff.png --width 1200 --height 900
shot "$tmp/diff.html#doc-e5a286f1ba458f0a" docs/review/diff-document.png --width 1200 --height 700

# eval: the held-out releases, scores and then the misses and extras
$pp eval outputs --gold corpus/heldout/gold --html "$tmp/eval.html" > /dev/null
shot "$tmp/eval.html" docs/review/eval.png --width 1200 --height 1000
shot "$tmp/eval.html#cases-organisations" docs/review/eval-errors.png --width 1200 --height 800
