"""Review pages: single self-contained HTML files to look at a run (`show_page`), what a new run
changed (`diff_page`) and how a run scores against gold (`eval_page`); `write` saves one.

Marks in the text are drawn by displaCy's span renderer (markup.py); the frame, styles and
tables are shell.py and page.css. The pages load nothing from anywhere (no fonts, scripts or
images from the network), read on a phone and print.
"""
from .diff import diff_page
from .evaluate import eval_page
from .shell import write
from .show import show_inputs, show_page

__all__ = ["show_page", "show_inputs", "diff_page", "eval_page", "write"]
