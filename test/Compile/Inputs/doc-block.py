#!/usr/bin/env python3
"""Print the fenced code block that follows "<!-- test: NAME -->" in a
Markdown file, so that a lit test can compare a document's sample output
with what the tool really prints.

Usage: doc-block.py FILE.md NAME
"""
import sys


def main():
    path, name = sys.argv[1], sys.argv[2]
    lines = open(path, encoding="utf-8").read().split("\n")
    marker = "<!-- test: %s -->" % name
    try:
        start = lines.index(marker)
    except ValueError:
        sys.exit("%s: no '%s' marker" % (path, marker))
    i = start + 1
    while i < len(lines) and not lines[i].startswith("```"):
        i += 1
    if i == len(lines):
        sys.exit("%s: no code block after '%s'" % (path, marker))
    end = i + 1
    while end < len(lines) and lines[end] != "```":
        end += 1
    sys.stdout.write("".join(line + "\n" for line in lines[i + 1:end]))


if __name__ == "__main__":
    main()
