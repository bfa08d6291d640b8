"""The learnt timeline selector (``--timeline model``): its weights file, its choices, its training.

The statements are invented, in the shapes real ones have: a header with a
dateline, addressee lines, meetings said with their dates in the middle of
sentences, figures and targets with years that are no meeting.
"""

from __future__ import annotations

import calendar
import importlib.util
import json
import re
import subprocess
import sys

import pytest
import yaml
from extract_helpers import ROOT, assert_clean_failure, run

from generator.content.partial_date import DatePoint
from generator.content.speech import parse_speech
from generator.errors import ConfigError
from generator.extract import extract_event, selector
from generator.extract.mentions import candidates
from generator.extract.passages import passages as cut_passages
from generator.extract.selector import WEIGHTS, Model, hybrid_timeline, load_model, model_from, model_timeline
from generator.extract.timeline import build_timeline
from generator.extract.timeline.entries import Timeline

STATEMENT = """\
Statement by H.E. Mr. Arvid Kallen, Minister for Foreign Affairs of Veltria
at the Ministerial Meeting of the Lindhaven Basin Forum
Port Sella, 18 May 2010

Mr. Chairman,
Distinguished Delegates,

It is an honour to address this Forum on behalf of my Government.

On 14 March 2009 the Ministers of the Basin met in Lindhaven for the Third Basin Summit, which adopted \
the Lindhaven Plan of Action.
Exports of the region grew by 3 per cent in 2008, and we must halve the number of people without clean \
water by 2015.
Last October, our Prime Minister visited Tarnow for talks with the Basin Secretariat.
The next meeting of the Forum will be held in Tarnow on 12 November 2010.
Veltria joined the Forum in 1998.

Thank you.
"""


def _learn():
    """bench/extract/learn.py, the training script (not a package: loaded from its path)."""
    path = ROOT / "bench" / "extract" / "learn.py"
    spec = importlib.util.spec_from_file_location("briefkit_bench_learn", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_the_weights_file_holds_generic_feature_names_and_numbers_only():
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert set(data) == {"about", "candidates", "positives", "l2", "thresholds", "weights", "folder"}
    # The folder copy they were learnt from, as a count and a digest: nothing of a statement's text.
    assert set(data["folder"]) == {"files", "sha256"} and isinstance(data["folder"]["files"], int)
    assert re.fullmatch(r"[0-9a-f]{16}", data["folder"]["sha256"])
    assert 0 < data["thresholds"]["comment"] < data["thresholds"]["print"] < 1
    assert "bias" in data["weights"] and len(data["weights"]) > 20
    for name, value in data["weights"].items():
        # word classes and positions ("clause_met", "years_le1"), never a statement's own words
        assert re.fullmatch(r"[a-z0-9_]+", name), name
        assert isinstance(value, float) and abs(value) < 50, (name, value)
    # the features a statement's candidates carry are the ones the weights were learnt for
    speech = parse_speech(STATEMENT)
    produced = {
        k for c in candidates(speech, cut_passages(speech), DatePoint(2010, 5, 18)) for k in c.features
    }
    assert {"bias", "clause_met", "clause_figure", "precision_day"} <= produced & set(data["weights"])
    assert len(produced & set(data["weights"])) >= 0.8 * len(produced)


def test_the_model_dates_the_meetings_and_leaves_figures_and_targets():
    result = extract_event(STATEMENT, source_name="kallen.txt", timeline_reader="model")
    items = {item["date"]: item for item in result.data["timeline"]}
    assert items["2009-03-14"]["title"] == "Third Basin Summit"
    assert "Tarnow" in items["2009-10"]["significance"]  # "Last October", said in May 2010
    assert items["2010-11-12"]["evidence"] in result.text.replace("\n", " ")
    assert "2008" not in items  # a growth figure
    assert "2015" not in items  # a target
    assert "2010-05-18" not in items  # the statement's own dateline is its occasion
    # the draft validates and cites the paragraph each item comes from
    cited = {n for item in result.data["timeline"] for n in item["cite"]}
    assert all(result.speech.paragraph(n) is not None for n in cited)


def test_rules_remain_the_default_reader():
    rules = extract_event(STATEMENT, source_name="kallen.txt")
    assert rules.findings.timeline.entries
    assert all(not f.startswith("model") for e in rules.findings.timeline.entries for f in e.found_in)
    model = extract_event(STATEMENT, source_name="kallen.txt", timeline_reader="model")
    assert all(f.startswith("model") for e in model.findings.timeline.entries for f in e.found_in)
    with pytest.raises(ValueError, match="timeline_reader"):
        extract_event(STATEMENT, source_name="kallen.txt", timeline_reader="guess")


def test_an_uncertain_candidate_is_offered_in_a_comment_never_printed():
    speech = parse_speech(STATEMENT)
    passages = cut_passages(speech)
    said = DatePoint(2010, 5, 18)
    # weights that make a meeting verb certain, a figure uncertain, anything else unlikely
    model = Model({"bias": -4.0, "clause_met": 8.0, "clause_figure": 4.0}, print_at=0.7, comment_at=0.4)
    timeline = model_timeline(speech, passages, said, set(), model)
    printed = {e.date.iso() for e in timeline.entries if e.date is not None}
    offered = {u.date.iso() for u in timeline.unplaced if u.date is not None}
    assert "2009-03-14" in printed and "2009-10" in printed  # "met", "visited … for talks"
    assert "2008" in offered and "2008" not in printed  # p = 0.5: a comment for a person to judge
    assert "2015" not in offered | printed  # p < 0.4: left out
    assert load_model().print_at >= 0.5  # the shipped threshold prints only what the model thinks likely


def test_the_hybrid_keeps_every_rules_item_and_adds_what_the_model_finds_likely():
    speech = parse_speech(STATEMENT)
    passages = cut_passages(speech)
    said = DatePoint(2010, 5, 18)
    rules = build_timeline(speech, passages, said)
    ruled = {e.date.iso() for e in rules.entries if e.date}
    assert "1998" in ruled  # the rules take "joined the Forum in 1998"
    # a model that believes in meetings met or held, and in nothing joined; completing at 0.6
    model = Model(
        {"bias": -1.0, "clause_met": 6.0, "clause_held": 6.0, "clause_office": -6.0, "clause_figure": 1.0},
        print_at=0.8,
        comment_at=0.4,
        complete_at=0.6,
    )
    hybrid = hybrid_timeline(rules, speech, passages, said, set(), model)
    kept = {e.date.iso() for e in hybrid.entries if e.date}
    assert ruled <= kept  # the model takes nothing out: the rules' items stand
    # with no rules items at all, what the model finds at least as likely as its completing threshold is
    # added, titled by the meeting it names; a candidate between the comment and completing thresholds is
    # only offered in the draft's comment
    added = hybrid_timeline(Timeline([], [], []), speech, passages, said, set(), model)
    titles = {e.date.iso(): e.title for e in added.entries if e.date}
    assert titles["2009-03-14"] == "Third Basin Summit"
    assert "2008" not in titles and "1998" not in titles
    assert any(u.date is not None and u.date.iso() == "2008" for u in added.unplaced)
    # "2008" (a figure's year, p = 0.5) is added once the completing threshold is at or below it
    lower = Model(model.weights, print_at=0.8, comment_at=0.4, complete_at=0.45)
    assert "2008" in {
        e.date.iso()
        for e in hybrid_timeline(Timeline([], [], []), speech, passages, said, set(), lower).entries
        if e.date
    }
    assert Model(model.weights, print_at=0.8, comment_at=0.4).adds_at == 0.8  # none given: the printing one
    # through extract, with the shipped weights: a valid draft that completes at the shipped threshold
    shipped = load_model()
    assert shipped.comment_at <= shipped.adds_at <= shipped.print_at
    result = extract_event(STATEMENT, source_name="kallen.txt", timeline_reader="hybrid")
    assert {"2009-03-14", "2010-11-12"} <= {item["date"] for item in result.data["timeline"]}


def test_a_completing_threshold_outside_the_others_is_refused():
    with pytest.raises(ValueError, match="complete"):
        model_from({"weights": {"bias": 1}, "thresholds": {"print": 0.8, "comment": 0.4, "complete": 0.9}})
    assert model_from({"weights": {"bias": 1}, "thresholds": {"print": 0.8, "comment": 0.4}}).adds_at == 0.8


def test_the_same_draft_twice():
    a = extract_event(STATEMENT, source_name="kallen.txt", timeline_reader="model")
    b = extract_event(STATEMENT, source_name="kallen.txt", timeline_reader="model")
    assert a.yaml == b.yaml


def test_training_is_deterministic_and_learns_the_sign_of_a_feature():
    learn = _learn()
    rows = []
    for i in range(60):
        met = i % 3 == 0
        figure = i % 5 == 0
        label = (met and not figure) or (i % 17 == 0)
        feats = {"bias": 1.0, "clause_met": 1.0 if met else 0.0, "clause_figure": 1.0 if figure else 0.0}
        rows.append(({k: v for k, v in feats.items() if v}, label))
    first = learn.fit(rows)
    assert first == learn.fit(list(rows))
    assert first["clause_met"] > 1.0
    assert first["clause_figure"] < 0
    model = Model(first, 0.5, 0.25)
    assert model.probability({"bias": 1.0, "clause_met": 1.0}) > 0.5 > model.probability({"bias": 1.0})


def test_the_command_takes_the_reader(tmp_path):
    statement = tmp_path / "kallen.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    result = run("extract", str(statement), "--timeline", "model")
    assert result.exit_code == 0, result.output
    draft = yaml.safe_load(result.stdout)
    assert {"2009-03-14", "2009-10", "2010-11-12"} <= {item["date"] for item in draft["timeline"]}
    refused = run("extract", str(statement), "--timeline", "guess")
    assert refused.exit_code == 2 and "guess" in refused.output


def test_init_takes_the_reader_too(tmp_path):
    statement = tmp_path / "kallen.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    result = run("init", str(tmp_path / "kallen-2010"), "--speech", str(statement), "--timeline", "model")
    assert result.exit_code == 0, result.output
    text = (tmp_path / "kallen-2010" / "event.yaml").read_text(encoding="utf-8")
    assert {"2009-03-14", "2010-11-12"} <= {item["date"] for item in yaml.safe_load(text)["timeline"]}
    assert re.search(r"# model ¶\d+ \(p = 0\.\d\d|# model ¶\d+ \(p = 1\.00", text)  # chosen by the selector


@pytest.mark.parametrize(
    "text",
    [
        "{",
        "[]",
        "{}",
        '{"weights": {"bias": "x"}, "thresholds": {"print": 0.8, "comment": 0.4}}',
        '{"weights": {"bias": NaN}, "thresholds": {"print": 0.8, "comment": 0.4}}',
        '{"weights": {"bias": 1}, "thresholds": {"print": 0.3, "comment": 0.4}}',
        "[" * 100_000 + "]" * 100_000,
    ],
)
def test_a_damaged_weights_file_is_a_clear_error(tmp_path, monkeypatch, text):
    """An edited install or a failed training: the JSON error, KeyError or RecursionError came out of
    the extraction as a traceback; a NaN weight or crossed thresholds were taken silently."""
    damaged = tmp_path / "selector_weights.json"
    damaged.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match="the timeline selector's weights cannot be read"):
        load_model(damaged)
    statement = tmp_path / "kallen.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    monkeypatch.setattr(selector, "WEIGHTS", damaged)
    load_model.cache_clear()
    try:
        assert_clean_failure(
            run("extract", str(statement), "--timeline", "model"), 2, str(damaged), "Reinstall"
        )
    finally:
        load_model.cache_clear()


@pytest.mark.slow
def test_the_meeting_patterns_compile_the_same_whatever_the_string_hashing():
    # The nouns come from a set: an alternation ordered by length alone kept the set's order among words of
    # one length, which changes with PYTHONHASHSEED, and so did the candidates' features on a tie.
    program = (
        "from generator.extract import mentions as m; print(m._MEETING_NOUN.pattern); print(m._NAMED.pattern)"
    )
    seen = set()
    for seed in ("1", "2", "3"):
        done = subprocess.run(
            [sys.executable, "-c", program],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"},
        )
        seen.add(done.stdout)
    assert len(seen) == 1
    noun = seen.pop().splitlines()[0]
    assert noun.index("meetings") < noun.index("meeting|")


def believers_hybrid(said: DatePoint, *paragraphs: str) -> list[str]:
    """The dates of the hybrid's timeline when the model believes every date is a meeting, for a statement
    dated ``said`` made of ``paragraphs`` under its header."""
    text = (
        "Statement by Ms. Lena Kost, Minister of Inland Affairs\n"
        f"Lindhaven, {said.day} {calendar.month_name[said.month or 1]} {said.year}\n\n"
        "Mr. Chairman,\n\n" + "\n\n".join(paragraphs) + "\n"
    )
    speech = parse_speech(text)
    passages = cut_passages(speech)
    rules = build_timeline(speech, passages, said)
    believer = Model({"bias": 10.0}, print_at=0.8, comment_at=0.4, complete_at=0.5)
    hybrid = hybrid_timeline(rules, speech, passages, said, set(), believer)
    return [e.date.iso() for e in hybrid.entries if e.date]


def test_the_hybrid_adds_no_condition_no_hope_and_no_second_reading_of_a_rules_date():
    """A model that believes every date is a meeting still adds none of these: a conference that meets only
    if something happens, one hoped for, and the year of a meeting the rules already have by its day."""
    dates = believers_hybrid(
        DatePoint(2012, 5, 4),
        "Our two countries met in Amsel on 5 March 1962, and the treaty of 1962 still guides us.",
        "If the Amsel Conference meets in March 2013, we shall be ready with our proposals.",
        "We hope that the Basin Summit can be held in Tarvik in June 2013.",
        "The ministers of the basin met in Port Sella in October 2011 and agreed on the gauges.",
    )
    assert "1962-03-05" in dates and "1962" not in dates
    assert "2013-03" not in dates and "2013-06" not in dates
    assert "2011-10" in dates
    assert sorted(dates) == sorted(set(dates))


def test_the_hybrid_adds_no_date_said_again_in_other_words_and_no_documents_date():
    """A model that believes every date is a meeting adds neither the rougher reading of a date said twice
    ("Nine months ago in April last year": June beside April) nor the day a report was issued."""
    dates = believers_hybrid(
        DatePoint(2012, 3, 5),
        "Nine months ago in April last year, the Basin Forum met in Amsel.",
        "The report of the Tarvik Conference, issued on 3 May 2011, sets out the way forward.",
        "The ministers of the basin gathered in Port Sella on 14 October 2011 and agreed on the gauges.",
    )
    assert "2011-04" in dates and "2011-06" not in dates
    assert "2011-05-03" not in dates
    assert "2011-10-14" in dates  # what the believer adds otherwise


#: Dates the timeline's policies keep off it (the rules' reasons, gathering.py and timeline/): a figure's
#: year, a report issued, a meeting only hoped for, conditional, cancelled or talked of, an office taken.
POLICIES = [
    "Trade discussed at the Amsel Forum grew by 12 per cent in 2008.",
    "Exports to the members of the Delta Forum rose by 8 per cent in 2007.",
    "The report of the Amsel Conference, issued on 3 May, sets out the way forward.",
    "The Basin Commission's annual report, published on 14 September, was discussed at length.",
    "The Basin Summit planned for Amsel did not take place in June.",
    "We hope that the Basin Summit can be held in Amsel in May 2010.",
    "If the Amsel Conference meets in March, we shall be ready.",
    "We discussed the possibility for Amsel to host the 6th Special Meeting of the Forum in 2010.",
    "Estravia assumed the chairmanship of the Basin Forum in January 2009.",
]


@pytest.mark.parametrize("reader", ["rules", "hybrid"])
@pytest.mark.parametrize("sentence", POLICIES)
def test_the_policies_hold_under_the_rules_and_the_hybrid_with_the_shipped_weights(sentence, reader):
    text = (
        "Statement by Mr. Arno Pell\nLindhaven, 20 November 2009\n\nMr. President,\n\n"
        f"{sentence}\n\nWe thank all delegations for their work.\n"
    )
    data = extract_event(text, source_name="policy.txt", timeline_reader=reader).data
    assert data["timeline"] == []


def test_an_item_titled_by_its_clause_loses_the_words_that_led_up_to_the_date():
    text = (
        "Mr. Chairman,\n\nIn 2008 I travelled to the border regions with the ministers of the basin.\n\n"
        "We met again in early 2010 and then agreed on the gauges.\n"
    )
    speech = parse_speech(text)
    titles = {
        c.date.iso(): selector.entry(c).title
        for c in selector.statement_candidates(speech, cut_passages(speech), DatePoint(2012, 5, 4), set())
    }
    assert titles["2008"].startswith("I travelled to the border regions")
    assert titles["2010"] == "We met again and then agreed on the gauges"


@pytest.mark.parametrize(
    "sentence",
    [
        "There has been talk of a Basin Summit in 2010, but nothing has been decided.",
        "There is talk of holding the Basin Summit in Amsel in May 2010.",
        "The Basin Summit could meet in Amsel in May 2010; no decision has yet been taken.",
        "A Basin Summit in Amsel in May 2010 is possible; no decision has been taken on whether to hold it.",
    ],
)
@pytest.mark.parametrize("reader", ["rules", "hybrid"])
def test_a_meeting_only_talked_of_or_undecided_is_no_item_of_the_rules(sentence, reader):
    text = (
        "Statement by Mr. Arno Pell\nLindhaven, 20 November 2009\n\nMr. President,\n\n"
        f"{sentence}\n\nWe thank all delegations for their work.\n"
    )
    assert extract_event(text, source_name="policy.txt", timeline_reader=reader).data["timeline"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Basin Summit will be held in Amsel in May 2010, although its agenda has not yet been decided.",
        "The Basin Summit will be held in Amsel in May 2010, although nothing has been decided about its agenda.",
        "The Basin Summit will be held in May 2010; no decision has yet been taken on its venue.",
    ],
)
def test_a_planned_meeting_whose_details_are_open_is_still_an_item(sentence):
    text = (
        "Statement by Mr. Arno Pell\nLindhaven, 20 November 2009\n\nMr. President,\n\n"
        f"{sentence}\n\nWe thank all delegations for their work.\n"
    )
    assert [str(i["date"]) for i in extract_event(text, source_name="plan.txt").data["timeline"]] == [
        "2010-05"
    ]
