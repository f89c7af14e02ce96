"""The review page's parts without a server: cutting text into marks, finding keys across edits, UI strings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from checker.web.finding_keys import changes_between, finding_keys
from checker.web.highlight import cut
from checker.web.i18n import strings

TEXT = "Russia launched about 80 missiles; 40 were shot down. Later, 40 more were launched."


def _report(text: str, figures: list[tuple[str, str, int]]) -> dict:
    """A report with one claim and one finding per (figure, rule, nth occurrence of the figure in the text)."""
    claims, findings = [], []
    for number, (figure, rule, nth) in enumerate(figures, 1):
        start = -1
        for _ in range(nth):
            start = text.index(figure, start + 1)
        claims.append({"id": f"c{number}", "start": start, "end": start + len(figure), "text": figure,
                       "kind": "count"})
        findings.append({"id": f"f{number}", "rule": rule, "severity": "error", "start": start,
                         "end": start + len(figure), "claim_id": f"c{number}", "message": f"{rule} on {figure}"})
    findings.sort(key=lambda f: f["start"])
    return {"claims": claims, "findings": findings}


def test_cut_marks_spans_and_keeps_every_character():
    segments = cut(TEXT, [(TEXT.index("about 80"), TEXT.index("about 80") + 8, "c1"), (35, 37, "c2")])
    assert "".join(segment.text for segment in segments) == TEXT
    assert [(segment.text, segment.mark) for segment in segments if segment.mark] == [("about 80", "c1"), ("40", "c2")]


def test_cut_leaves_overlapping_empty_and_outside_spans_unmarked():
    segments = cut(TEXT, [(16, 24, "wide"), (22, 24, "inside"), (5, 5, "empty"), (80, 200, "outside"), (-3, 2, "neg")])
    assert [segment.mark for segment in segments if segment.mark] == ["wide"]
    assert "".join(segment.text for segment in segments) == TEXT


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=8))
def test_cut_always_gives_back_the_text(text, spans):
    segments = cut(text, [(start, end, index) for index, (start, end) in enumerate(spans)])
    assert "".join(segment.text for segment in segments) == text
    marks = [segment.mark for segment in segments if segment.mark is not None]
    assert len(marks) == len(set(marks))


def test_finding_keys_survive_edits_that_move_offsets():
    before = _report(TEXT, [("about 80", "value_mismatch", 1), ("40", "internal", 1), ("40", "internal", 2)])
    edited = "Overnight, " + TEXT.replace("Later", "Hours later")
    after = _report(edited, [("about 80", "value_mismatch", 1), ("40", "internal", 1), ("40", "internal", 2)])
    assert set(finding_keys(before).values()) == set(finding_keys(after).values())
    assert finding_keys(before)["f2"] == "internal|40|1" and finding_keys(before)["f3"] == "internal|40|2"


def test_changes_list_fixed_and_new_findings_by_key():
    before = _report(TEXT, [("about 80", "value_mismatch", 1), ("40", "internal", 2)])
    fixed_text = TEXT.replace("about 80", "about 50")
    after = _report(fixed_text, [("40", "internal", 2), ("40", "unverified", 1)])
    changes = changes_between(before, after)
    assert [(f["rule"], f["claim_text"]) for f in changes.fixed] == [("value_mismatch", "about 80")]
    assert [(f["rule"], f["claim_text"]) for f in changes.new] == [("unverified", "40")]
    assert changes.unchanged == 1


def test_ui_strings_exist_in_both_languages():
    english, french = strings("en"), strings("fr")
    assert set(english) == set(french)
    assert all(isinstance(value, str) and value.strip() for value in [*english.values(), *french.values()])
    assert english["form_title"] != french["form_title"]
