"""Regression: a symbolic link inside an input folder pointing outside it was followed and its
text summarised (a risk on untrusted folders); now skipped with a note unless --follow-links."""
from summarize import Corpus

from .conftest import NEWS, assert_refused, invoke, snapshot

SECRET = "The private diary says the treasure lies under the old mill near the river bend.\n"


def _folder(tmp_path, *, with_article: bool = True):
    (tmp_path / "private.txt").write_text(SECRET)
    inside = tmp_path / "in"
    inside.mkdir()
    if with_article:
        (inside / "a.txt").write_text(NEWS)
    (inside / "link.txt").symlink_to(tmp_path / "private.txt")
    return inside


def test_link_is_skipped_with_a_note(tmp_path):
    inside = _folder(tmp_path)
    before = snapshot(tmp_path)
    r = invoke(["summary", inside, "--json"])
    assert r.exit_code == 0 and "treasure" not in r.stdout
    assert f"note: skipped {inside / 'link.txt'}: a symbolic link to a file outside {inside}" in r.stderr
    assert snapshot(tmp_path) == before


def test_follow_links_reads_it(tmp_path):
    inside = _folder(tmp_path)
    r = invoke(["summary", inside, "--json", "--follow-links", "-n", "10"])
    assert r.exit_code == 0 and "treasure" in r.stdout
    assert len(Corpus.from_paths([inside], follow_links=True).documents) == 2


def test_folder_of_only_such_links_is_one_error(tmp_path):
    inside = _folder(tmp_path, with_article=False)
    assert_refused(invoke(["summary", inside]), 1, "its only articles are symbolic links to files outside it")


def test_link_inside_the_folder_is_read(tmp_path):
    inside = tmp_path / "in"
    inside.mkdir()
    (inside / "a.txt").write_text(NEWS)
    (inside / "b.txt").symlink_to(inside / "a.txt")
    r = invoke(["dedup", inside])
    assert r.exit_code == 0 and "skipped" not in r.stderr
