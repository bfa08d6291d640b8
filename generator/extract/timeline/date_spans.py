"""How two partial dates relate: one to the day, adjacent days, one finer than the other, the span that
covers both. The merging of repeats and the occasion's reading compare dates this way.
"""

from __future__ import annotations

from ...content.partial_date import PartialDate


def _finer(a: PartialDate | None, b: PartialDate | None) -> bool:
    """``a`` lies inside ``b`` and says more: a day or days in a month, a month in a year."""
    if a is None or b is None or a.first is None or b.first is None or a.planned or b.planned:
        return False

    def grain(d: PartialDate) -> int:
        assert d.first is not None
        return 2 if d.first.day is not None else 1 if d.first.month is not None else 0

    inside = b.first.start() <= a.first.start() and (a.last or a.first).end() <= (b.last or b.first).end()
    return inside and grain(a) > grain(b)


def _adjacent_days(a: PartialDate | None, b: PartialDate | None) -> bool:
    """Two single days in a row, either way round."""
    if a is None or b is None or a.last is not None or b.last is not None:
        return False
    if not (_to_the_day(a) and _to_the_day(b)):
        return False
    assert a.first is not None and b.first is not None
    return abs((a.first.start() - b.first.start()).days) == 1


def _covering(a: PartialDate, b: PartialDate) -> PartialDate:
    """The days of both: "13-14 December" for "14 December" and "13-14 December"."""
    assert a.first is not None and b.first is not None
    first = min((a.first, b.first), key=lambda p: p.start())
    last = max((a.last or a.first, b.last or b.first), key=lambda p: p.end())
    return PartialDate(first, None if last == first else last)


def _to_the_day(date: PartialDate | None) -> bool:
    return date is not None and date.first is not None and date.first.day is not None
