"""The table of the kinds of figure news attaches to a noun (scripts/build_value_kinds.py)."""
import importlib.util

from summarize.text.senses import light_stem

from ..conftest import REPO

spec = importlib.util.spec_from_file_location("build_value_kinds", REPO / "scripts" / "build_value_kinds.py")
build_value_kinds = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_value_kinds)


def test_a_figure_is_attached_to_the_noun_phrase_it_stands_before_or_after():
    found = build_value_kinds.attached("Staff accepted a 3% pay rise, and a bonus of 900 pounds each was agreed.")
    assert (light_stem("rise"), "percent") in found and (light_stem("bonus"), "money") in found


def test_a_figure_before_a_verb_is_attached_to_no_noun():
    assert build_value_kinds.attached("About 40 walked out on Monday.") == []


def test_the_held_out_question_sets_are_not_read():
    read = build_value_kinds.sources(REPO.parent / "shared")
    assert read and not any(part.startswith(build_value_kinds.HELD_OUT) for p in read for part in p.parts)
