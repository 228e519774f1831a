"""The HTML report for editors: one self-contained page of an output folder (page.py), built
from its parts (articles, highlight, scores, coverage, history, suppress, markup) and its
assets (CSS and script, inlined). The parts import each other downwards only: page imports
them all, none imports page."""
