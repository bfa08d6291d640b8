"""Round 13 review: the dates a draft writes under its timeline as items to uncomment."""

from __future__ import annotations

import re

from extract_helpers import run

from generator.content.models import MAX_ITEMS
from generator.extract import extract_event

_HEAD = "Statement by Ms. Tilde Aske, Minister of Rivers\nLindhaven, 2 May 2011\n\nColleagues,\n\n"


def _draft(body: str) -> str:
    return extract_event(_HEAD + body + "\n", source_name="speech.txt").yaml


def _items(yaml_text: str) -> list[str]:
    """The commented-out timeline items of a draft, each as its lines joined."""
    lines = yaml_text.splitlines()
    out = []
    for i, line in enumerate(lines):
        if line.startswith("  # - date:"):
            block = [line]
            for more in lines[i + 1 :]:
                if not more.startswith("  #   "):
                    break
                block.append(more)
            out.append("\n".join(block))
    return out


def test_a_draft_whose_only_timeline_items_are_commented_out_validates_before_and_after_one_is_uncommented(
    tmp_path,
):
    """With no meeting found, the dates are commented-out items under a bare "timeline:". Under "timeline: []"
    an item uncommented as it stands was no YAML ("expected <block end>"); the bare key is an empty list as
    written, and a list of one once an item is uncommented, with nothing else to edit."""
    statement = tmp_path / "loose.txt"
    statement.write_text(
        _HEAD + "On 1 July 2009 a deposit scheme for bottles entered into force in every basin state.\n",
        encoding="utf-8",
    )
    assert run("--project", str(tmp_path), "init", "loose", "--speech", str(statement)).exit_code == 0
    path = tmp_path / "content" / "loose" / "event.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert "timeline:" in lines and not any(line.startswith("timeline: [") for line in lines)
    validate = run("--project", str(tmp_path), "validate", "loose")
    assert validate.exit_code == 0 and "0 timeline items" in validate.output, validate.output

    start = lines.index("  # - date: '2009-07-01'")
    end = start + 1
    while lines[end].startswith("  #   "):
        end += 1
    lines = lines[:start] + ["  " + line[4:] for line in lines[start:end]] + lines[end:]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    validate = run("--project", str(tmp_path), "validate", "loose")
    assert validate.exit_code == 0, validate.output
    assert "1 timeline item" in validate.output, validate.output


def test_a_date_the_rules_and_the_model_both_list_is_one_item():
    """The hybrid reader offers a date the rules left loose too: it was written as two identical items, and
    both uncommented were one event twice on the timeline."""
    yaml_text = _draft(
        "On 1 July 2009 the “Blue River plan” entered into force in every state; on 4 August 2009 the towns "
        "banned bags."
    )
    items = _items(yaml_text)
    dates = [re.search(r"date: '([^']+)'", item)[1] for item in items]  # type: ignore[index]
    assert sorted(dates) == ["2009-07-01", "2009-08-04"], items


def test_the_same_date_twice_in_a_sentence_shows_each_its_own_words():
    lines = _draft(
        "In 2007 the towns of Amsel banned bags and closed the old mills along the river, and in 2007 the weir "
        "at Tarnow was opened to boats for the first time since the war."
    ).splitlines()
    over = [
        " ".join(lines[i - 2 : i]) for i, line in enumerate(lines) if line.startswith("  # - date: '2007'")
    ]
    assert len(over) == 2, lines
    assert "weir at Tarnow" not in over[0] and "weir at Tarnow" in over[1], over


def test_thousands_of_loose_dates_are_at_most_a_list_of_items():
    """Each item takes eight lines where the comment took one: thousands of dates made an event file of
    megabytes, more than validate reads (2 MB). At most a list's length are written, and the rest counted."""
    months = ["January", "March", "May", "July", "September", "November"]
    many = ", ".join(f"{1 + i % 28} {months[i % 6]} {1900 + i // 6}" for i in range(MAX_ITEMS + 40))
    yaml_text = _draft(f"The towns of Amsel planted trees on {many}.")
    assert len(_items(yaml_text)) == MAX_ITEMS
    assert "40 more dates tied to no meeting are not written here" in " ".join(
        line.lstrip("# ") for line in yaml_text.splitlines()
    )


def test_the_items_follow_the_statement():
    """The rules settle a sentence's dates out of order and the hybrid reader's offers come last: the items
    were in that order, not the statement's."""
    items = _items(
        _draft(
            "Since 2004 the Tarnow Accord has held; in the second half of 2009 the fish returned; in Q3 2010 "
            "the water rose."
        )
    )
    evidence = [item.rsplit("evidence: ", 1)[1] for item in items]
    assert evidence == ["'2004'", "the second half of 2009", "Q3 2010"], evidence


def test_a_date_after_the_statement_is_a_planned_item_to_uncomment():
    """ "By March 2012 a deposit scheme will enter into force": a date after the statement's (2 May 2011) is a
    plan, as the timeline's own items mark one; a past date is not."""
    items = _items(
        _draft(
            "By March 2012 a deposit scheme for bottles will enter into force in every basin state, and in 2007 "
            "the towns banned single-use bags.\n\nWe met in Amsel on 3 March 2009 for the Basin Summit."
        )
    )
    (future,) = [i for i in items if "2012-03" in i]
    (past,) = [i for i in items if "'2007'" in i]
    assert "planned: true" in future and "planned" not in past
