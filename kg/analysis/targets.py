"""Targets of the same indicator in an aligned local and central provision, compared (issue 15.5).

A value is compared only where the two measure the same thing on the same scale: a ratio, a
percentage, a relative change or an intensity (per unit of output, area or population). An
absolute amount (tonnes, kilometres, kilowatts, a count of parks) set by a province and one set for
the whole country measure different territories: ``stricter`` or ``looser`` would be meaningless,
so the value comparison is ``incomparable-scope`` (the deadlines are still compared). Targets in
different units, or with a value that is not a number, are ``incomparable``.
"""
from __future__ import annotations

from dataclasses import dataclass

# unit codes of ontology/units.tsv that are per time (a rate of an absolute amount), not intensities
PER_TIME = ("/a", "/d", "/h")


@dataclass
class TargetComparison:
    local: str  # local provision id
    central: str  # central provision id
    indicator: str
    local_value: str
    central_value: str
    value: str  # stricter | looser | same | incomparable | incomparable-scope
    deadline: str  # earlier | later | same | unknown
    local_year: int | None
    central_year: int | None


def compare_targets(pairs) -> list[TargetComparison]:
    """Targets of the same indicator in an aligned local and central provision (``align.Pair``s), compared."""
    out = []
    seen = set()
    for pr in pairs:
        for lt in pr.local.targets:
            ind = lt.get("indicator")
            same = [ct for ct in pr.central.targets if ind and ct.get("indicator") == ind]
            if not same or (pr.local.id, pr.central.id, ind, lt.start) in seen:
                continue
            seen.add((pr.local.id, pr.central.id, ind, lt.start))
            # the central target of the same deadline when there is one (20% by 2025, 25% by 2030)
            ct = next((ct for ct in same if lt.get("year") and ct.get("year") == lt.get("year")), same[0])
            out.append(_compare_target(pr, ind, lt, ct))
    return out


def _num(v) -> float | None:
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def scale_free(target) -> bool:
    """Whether a target's value does not depend on the size of the territory: a percentage or
    percentage points (a share, a rate, a relative change against a base year), or an intensity
    (a unit per unit: tce/10k-yuan, kWh/t, km/km2). Absolute amounts, counts and per-time rates
    (t, km, kW, count, t/d) are not."""
    unit = target.get("unit") or ""
    if unit in ("%", "pp"):
        return True
    return "/" in unit and not unit.endswith(PER_TIME)


def _compare_target(pr, ind: str, lt, ct) -> TargetComparison:
    lv, cv = _num(lt.get("value")), _num(ct.get("value"))
    value = "incomparable"
    if lv is not None and cv is not None and lt.get("unit") == ct.get("unit"):
        if not (scale_free(lt) and scale_free(ct)):
            value = "incomparable-scope"  # a province's amount against the country's
        elif lv == cv:
            value = "same"
        else:
            higher_is_stricter = lt.get("change") == "decrease" or lt.get("comparator") in (">=", ">", "=", "~")
            if lt.get("comparator") in ("<=", "<") and lt.get("change") != "decrease":
                higher_is_stricter = False
            value = "stricter" if (lv > cv) == higher_is_stricter else "looser"
    ly, cy = lt.get("year"), ct.get("year")
    deadline = "unknown" if not ly or not cy else "same" if ly == cy else "earlier" if ly < cy else "later"
    return TargetComparison(pr.local.id, pr.central.id, ind, str(lt.get("value")), str(ct.get("value")), value, deadline, ly, cy)
