"""Choose the sentences that carry a statement's proposals and requests.

The method is a fixed scoring of cue words, so the same statement always
gives the same choice and a reader can see why a sentence was chosen (the
draft prints each chosen sentence's score and cues in a comment):

=====================  ======  ==================================================
cue                    points  words (whole words, any case)
=====================  ======  ==================================================
request                +4      request, call(s) on/upon, urge, appeal, invite,
                               we/I ask, encourage, count on, seek … support
names the proposal     +3      the sentence that names the proposal (proposal.py)
proposal               +3      propose, proposal, suggest, recommend, should,
                               must, need to, let us
commitment / next step +2      will host/hold/launch/continue/…, shall, commit to,
                               pledge, stand ready, intend to, plan to, exploring,
                               look forward to
position               +1      welcome, appreciate, support, believe, expect,
                               important, priority, initiative
bullet point           +1      the sentence is a bullet of a list
lead-in                −3      the sentence ends with a colon ("… three commitments:")
courtesy               −5      thank, grateful, gratitude, congratulate, honour to,
                               privilege, pleasure, hospitality
too long               −2      more than 60 words
=====================  ======  ==================================================

Sentences under six words are never chosen. Key messages are the six
best-scoring sentences with at least 3 points, printed in the order of the
statement (ties go to the earlier sentence). The summary quotes the three
best of those. Asks are the sentences with a request cue; next steps those
with a commitment cue that are not asks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..content.models import MAX_TEXT
from .passages import Passage
from .timeline.actions import pays_a_call

#: Asking the audience for something; "invite" and "encourage" only when someone does it
#: ("we invite all delegations"), not "experts invited to take part".
_ASKERS = r"(?:we|I|[A-Z]\w+) (?:would like to |also |therefore |strongly |warmly )*"
_AUDIENCE = r"(?:all|you|the|every|delegations|members|ministers|states|countries|partners|governments)"
_REQUEST = re.compile(
    rf"\b(request\w*|calls? (?:on|upon)|called (?:on|upon)|urge[sd]?|appeal\w* to|"
    rf"{_ASKERS}(?:ask|invite|encourage)|(?:ask|invite|encourage) {_AUDIENCE}|"
    r"count on|seek (?:your|the) (?:support|endorsement))\b",
    re.IGNORECASE,
)
_PROPOSAL = re.compile(
    r"\b(propos\w*|suggest\w*|recommend\w*|should|must|need to|let us|let's)\b",
    re.IGNORECASE,
)
#: A commitment is an action the speaker's side takes on, not any "will".
_COMMIT = re.compile(
    r"\b(will (?:\w+ )?(?:host|hold|convene|organi[sz]e|launch|continue|work|support|contribute|provide|"
    r"present|submit|channel|seek|pursue|share|invite|establish|set up|propose|increase|double|"
    r"fund|offer|finance|send|deploy|open)|shall|commit(?:s|ted)? (?:to|ourselves|itself)|pledge[sd]?|"
    r"announce[sd]?|stands? ready|intends? to|plans? to|is exploring|are exploring|look(?:s|ing)? forward to)\b",
    re.IGNORECASE,
)
_POSITION = re.compile(
    r"\b(welcome[sd]?|appreciate[sd]?|supports?|believe|expect|important|priority|initiatives?)\b",
    re.IGNORECASE,
)
_COURTESY = re.compile(
    r"\b(thank\w*|grateful|gratitude|congratulat\w*|honou?r(?:ed)? to|privilege[d]?|pleasure|hospitality)\b",
    re.IGNORECASE,
)

KEY_MESSAGES = 6
SUMMARY_SENTENCES = 3
MIN_SCORE = 3


@dataclass(frozen=True)
class Scored:
    passage: Passage
    score: int
    request: bool
    commitment: bool
    #: The cues that gave the score, for the comment next to the choice.
    cues: tuple[str, ...]


def score(passage: Passage, names_proposal: bool = False) -> Scored:
    text = passage.text
    total = 0
    cues: list[str] = []
    # ("the Secretary-General called on H. E. Mr. X", "paid a courtesy call on Dr. Y": a call paid, not an appeal)
    request = any(
        not (m.group().lower().startswith("call") and pays_a_call(text)) for m in _REQUEST.finditer(text)
    )
    commitment = bool(_COMMIT.search(text))
    for hit, points, name in (
        (request, 4, "request"),
        (names_proposal, 3, "names the proposal"),
        (bool(_PROPOSAL.search(text)), 3, "proposal"),
        (commitment, 2, "commitment"),
        (bool(_POSITION.search(text)), 1, "position"),
        (passage.role in ("bullet", "sub-bullet"), 1, "bullet"),
        (text.rstrip().endswith(":"), -3, "lead-in"),
        (bool(_COURTESY.search(text)), -5, "courtesy"),
        (passage.words > 60, -2, "long"),
    ):
        if hit:
            total += points
            cues.append(name)
    courteous = "courtesy" in cues
    return Scored(passage, total, request and not courteous, commitment and not courteous, tuple(cues))


def candidates(passages: list[Passage], proposal_sentence: Passage | None = None) -> list[Scored]:
    return [
        score(p, p is proposal_sentence)
        for p in passages
        if p.role in ("sentence", "bullet", "sub-bullet") and p.words >= 6
    ]


def _quotable(s: Scored) -> bool:
    """Whether the sentence fits in one value of the draft: a run-on "sentence" of thousands of words (a
    paste without stops) quoted whole made an invalid draft, refused as a bug."""
    return len(s.passage.text) <= MAX_TEXT


def key_sentences(scored: list[Scored], limit: int = KEY_MESSAGES) -> list[Scored]:
    """The best ``limit`` sentences scoring at least MIN_SCORE, in statement order."""
    best = sorted(
        (s for s in scored if s.score >= MIN_SCORE and _quotable(s)),
        key=lambda s: (-s.score, s.passage.index),
    )
    return sorted(best[:limit], key=lambda s: s.passage.index)


def best_background(scored: list[Scored]) -> Scored | None:
    """The best sentence that is not a courtesy, when none proposes or requests anything."""
    fallback = sorted(
        (s for s in scored if "courtesy" not in s.cues), key=lambda s: (-s.score, s.passage.index)
    )
    return fallback[0] if fallback else None


def asks(scored: list[Scored], limit: int = 4) -> list[Scored]:
    return [s for s in scored if s.request and _quotable(s)][:limit]


def next_steps(scored: list[Scored], limit: int = 4) -> list[Scored]:
    return [s for s in scored if s.commitment and not s.request and _quotable(s)][:limit]
