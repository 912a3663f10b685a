"""An index built with relative paths and loaded from another folder took its changed
sources for gone and served stale answers; sources are now stored as absolute, resolved
paths with their content hashes."""
import json
import shutil
import zipfile

from ..conftest import SEEDS
from ._index import one_clear_error, run


def test_stale_source_is_refused_from_another_folder(tmp_path, monkeypatch):
    shutil.copytree(SEEDS, tmp_path / "articles")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(tmp_path)
    assert run("index", "articles", "--out", "seeds.idx").exit_code == 0
    with zipfile.ZipFile("seeds.idx") as z:
        sources = json.loads(z.read("manifest.json"))["sources"]
    assert all(s["path"].startswith(str(tmp_path.resolve())) for s in sources)
    victim = min((tmp_path / "articles").iterdir())
    victim.write_text("The council said on Friday that the bridge would stay shut for a year.\n", encoding="utf-8")
    monkeypatch.chdir(elsewhere)
    one_clear_error(run("summary", "--index", tmp_path / "seeds.idx"), "stale", victim.name)


def test_same_size_and_mtime_but_other_content_is_stale(tmp_path):
    import os

    shutil.copytree(SEEDS, tmp_path / "articles")
    index = tmp_path / "seeds.idx"
    assert run("index", tmp_path / "articles", "--out", index).exit_code == 0
    victim = min((tmp_path / "articles").iterdir())
    st = victim.stat()
    data = bytearray(victim.read_bytes())
    data[-2] = ord("X") if data[-2] != ord("X") else ord("Y")
    victim.write_bytes(bytes(data))
    os.utime(victim, ns=(st.st_atime_ns, st.st_mtime_ns))
    one_clear_error(run("summary", "--index", index), "stale")
