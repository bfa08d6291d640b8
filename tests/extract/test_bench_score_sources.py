"""bench/extract/score.py --sources: each header fact's source and how it scored, as totals only (so a
held-out set can be read by source without naming a file)."""

from __future__ import annotations

import json
import logging

import pytest
from extract_helpers import score_module as _score_module


def test_sources_count_each_fact_by_the_reading_and_the_line_that_gave_it(tmp_path, capsys):
    score = _score_module()
    (tmp_path / "a.txt").write_text(
        "Statement by H.E. Ms. Lena Kost\nLindhaven, 4 May 2010\n\nMr. Chairman,\n\n"
        "The rivers of the basin need common rules, and my Government will work for them this year.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Remarks by Minister Kost at the Basin Forum\n\nMr. Chairman,\n\n"
        "It is a pleasure to be here in Port Sella, said Lena Kost, for the first session of the Council.\n",
        encoding="utf-8",
    )
    a = score.Statement(
        "a", ["a.txt"], "dev", {"speaker": "Lena Kost", "date": "2010-05-04", "place": "Port Sella"}, []
    )
    b = score.Statement("b", ["b.txt"], "dev", {"speaker": "Lena Kost", "place": "Port Sella"}, [])
    results = [score.score_file(a, tmp_path, "a.txt"), score.score_file(b, tmp_path, "b.txt")]
    assert results[0].sources == {
        "speaker": ["header: a statement line (Statement by …)", "right"],
        "date": ["header", "right"],
        "place": ["header: a line with a date", "wrong"],
    }
    # "Minister Kost" where the text also says "Lena Kost": held, and the candidate was not the whole name
    assert results[1].sources["speaker"] == ["header: a statement line (Statement by …)", "held wrong"]
    assert results[1].sources["place"] == ["body", "held right"]
    table = score.source_table(results)
    assert table["speaker | header: a statement line (Statement by …)"]["right"] == 1
    assert table["place | body"]["held right"] == 1
    score.print_sources(results)
    out = capsys.readouterr().out
    assert "| place | header: a line with a date | 0 | 1 |" in out and "a.txt" not in out


def test_a_held_out_set_prints_totals_only_unless_asked(tmp_path, capsys):
    """Two readings of held-out rows happened by accident (a filter that failed, a diff of two runs): the
    report itself now leaves out the per-file rows and details of the held-out sets; a set opened for reading
    (test10 since round 12) prints them as a tuning set does."""
    score = _score_module()
    for name in ("tuned.txt", "opened.txt", "unseen.txt"):
        (tmp_path / name).write_text(
            "Statement by H.E. Ms. Lena Kost\nLindhaven, 4 May 2010\n\nMr. Chairman,\n\n"
            "We met in Amsel on 3 March 2009 for the first Basin Summit, and we will meet again next year.\n",
            encoding="utf-8",
        )
    header = {"speaker": "Lena Kost", "date": "2010-05-04", "place": "Amsel"}
    tuned = score.Statement("tuned", ["tuned.txt"], "dev", header, [])
    opened = score.Statement("opened", ["opened.txt"], "test10", header, [])
    unseen = score.Statement("unseen", ["unseen.txt"], "test14", header, [])
    results = [
        score.score_file(tuned, tmp_path, "tuned.txt"),
        score.score_file(opened, tmp_path, "opened.txt"),
        score.score_file(unseen, tmp_path, "unseen.txt"),
    ]
    score.print_report(results, details=True)
    out = capsys.readouterr().out
    assert "tuned.txt" in out and "## tuned.txt" in out
    assert "## opened.txt" in out
    assert "unseen.txt" not in out and "1 files of held-out sets" in out
    assert "| set test14 | 1 | 0 |" in out  # its totals are still there
    assert "95 % intervals (Wilson) of all: meeting recall" in out
    score.print_report(results, details=True, held_out_rows=True)
    assert "## unseen.txt" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("k", "n", "low", "high"),
    [(51, 76, 56, 77), (58, 92, 53, 72), (10, 10, 72, 100), (0, 10, 0, 28)],
)
def test_the_interval_says_what_a_few_dozen_statements_can_tell_apart(k, n, low, high):
    score = _score_module()
    bounds = score.wilson(k, n)
    assert (round(100 * bounds[0]), round(100 * bounds[1])) == (low, high)
    assert bounds[0] <= k / n <= bounds[1]


def test_nothing_counted_has_no_interval():
    score = _score_module()
    assert score.wilson(0, 0) is None


def test_the_json_leaves_out_a_held_out_sets_files_unless_asked(tmp_path, capsys):
    """The report hid a held-out set's rows, the JSON printed them whole: one speaker's name was read that
    way by accident. Its totals stay."""
    score = _score_module()
    text = (
        "Statement by H.E. Ms. Lena Kost\nLindhaven, 4 May 2010\n\nMr. Chairman,\n\nThe basin needs rules.\n"
    )
    expected = tmp_path / "expected.toml"
    expected.write_text(
        "".join(
            f'[[statement]]\nid = "{i}"\nfiles = ["{i}.txt"]\nsource = "https://example.org/{i}"\n'
            f'set = "{s}"\n[statement.header]\nspeaker = "Lena Kost"\n\n'
            for i, s in (("tuned", "dev"), ("unseen", "test13"))
        ),
        encoding="utf-8",
    )
    for name in ("tuned", "unseen"):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    level = logging.root.manager.disable
    try:  # the script silences logging for the whole process; later tests in this worker need it
        score.main([str(tmp_path), "--expected", str(expected), "--json"])
        hidden = json.loads(capsys.readouterr().out)
        score.main([str(tmp_path), "--expected", str(expected), "--json", "--held-out-rows"])
        shown = json.loads(capsys.readouterr().out)
    finally:
        logging.disable(level)
    assert [r["file"] for r in hidden["results"]] == ["tuned.txt"]
    assert hidden["sets"]["test13"]["files"] == 1 and hidden["all"]["files"] == 2
    assert sorted(r["file"] for r in shown["results"]) == ["tuned.txt", "unseen.txt"]


def test_a_meeting_the_draft_lists_under_its_timeline_is_shown_not_found(tmp_path, capsys):
    """A date the rules tie to no meeting is listed in a comment under the timeline: a reviewer sees it
    there, so it counts as shown to a person, not as found."""
    score = _score_module()
    (tmp_path / "a.txt").write_text(
        "Statement by H.E. Ms. Lena Kost\nLindhaven, 4 May 2010\n\nMr. Chairman,\n\n"
        "On 1 July 2009 a deposit scheme for bottles entered into force in the basin states.\n\n"
        "We met in Amsel on 3 March 2009 for the first Basin Summit.\n",
        encoding="utf-8",
    )
    meetings = [
        score.Meeting("2009-07-01", ["deposit scheme"]),
        score.Meeting("2009-03-03", ["Basin Summit"]),
    ]
    st = score.Statement("a", ["a.txt"], "dev", {"speaker": "Lena Kost"}, meetings)
    result = score.score_file(st, tmp_path, "a.txt")
    assert (result.meetings_found, result.meetings_shown) == (1, 2)
    score.print_report([result], details=False)
    assert (
        "meetings shown to a reviewer (a timeline item, or a date the draft lists under the timeline): 2/2"
        in (capsys.readouterr().out)
    )
