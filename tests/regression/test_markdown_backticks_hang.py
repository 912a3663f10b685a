"""Regression: a Markdown file of 20,000 backticks hung the regex inline-code stripper for over
two minutes (and 100 KB lines of "[", "**a ", "<!--" ... for 9-60 s); the reader now parses."""
from .conftest import NEWS, assert_refused, files, invoke, snapshot


def test_backticks_alone_are_refused_quickly(tmp_path):
    (tmp_path / "ticks.md").write_text("`" * 20_000)
    before = snapshot(tmp_path)
    out = tmp_path / "out.txt"
    r = invoke(["summary", tmp_path / "ticks.md", "--output", out])
    assert_refused(r, 1, "ticks.md: no article text")
    assert files(tmp_path) == ["ticks.md"] and snapshot(tmp_path) == before


def test_backticks_around_news_keep_the_news(tmp_path):
    (tmp_path / "a.md").write_text("# Floods\n\n" + NEWS + "\n" + "`" * 20_000 + "\n")
    r = invoke(["summary", tmp_path / "a.md", "-n", "1"])
    assert r.exit_code == 0 and "river rose by three metres" in r.stdout
