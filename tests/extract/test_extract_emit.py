"""The commented YAML writer: comments where asked, text folded, and exactly the data back."""

from __future__ import annotations

import yaml

from generator.extract.emit import Comment, Disabled, Note, dump, plain


def test_comments_notes_and_disabled_values():
    tree = {
        "event": Note({"name": "8th Meeting", "date": "2006", "number": 8}, "From the header."),
        "timeline": [
            Note({"date": "2005-10", "title": "Seminar: one", "cite": [5, 13]}, "list ¶13"),
            Disabled({"date": "TO CHECK: last year", "title": "Meeting"}, "Not placed."),
            Comment(["Loose dates:", "paragraph 2"]),
        ],
        "# end": Comment("Left for a person."),
    }
    text = dump(tree, ["Header line", "", "More"])
    assert text.startswith("# Header line\n#\n# More\n\n# From the header.\nevent:\n  name: 8th Meeting\n")
    assert "  date: '2006'\n" in text
    assert "  # list ¶13\n  - date: 2005-10\n    title: 'Seminar: one'\n    cite: [5, 13]\n" in text
    assert "  # Not placed.\n  # - date: 'TO CHECK: last year'\n  #   title: Meeting\n" in text
    assert text.endswith("# Left for a person.\n")
    assert (
        yaml.safe_load(text)
        == plain(tree)
        == {
            "event": {"name": "8th Meeting", "date": "2006", "number": 8},
            "timeline": [{"date": "2005-10", "title": "Seminar: one", "cite": [5, 13]}],
        }
    )


def test_long_text_is_folded_and_reads_back_the_same():
    long = (
        "A sentence with “quotes”, a colon: and a # hash, long enough to need folding over "
        "several lines of the file without changing a single character of it when read back."
    )
    tree = {"summary": long, "items": [{"text": long}]}
    text = dump(tree)
    assert "summary: >-\n  A sentence" in text
    assert all(len(line) <= 80 for line in text.splitlines())
    assert yaml.safe_load(text) == tree


def test_awkward_scalars_are_quoted():
    tree = {
        "a": "yes",
        "b": "2006-10-19",
        "c": "- dash",
        "d": "null",
        "e": "#tag",
        "f": "x  y",
        "g": "'quoted'",
        "h": True,
        "i": 1997,
    }
    assert yaml.safe_load(dump(tree)) == tree
