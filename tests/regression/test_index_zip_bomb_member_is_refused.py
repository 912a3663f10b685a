"""A small index holding a member that unpacks to 1 GB of zeros took 2.1 GB to load; it is
now refused from the zip directory, before anything is unpacked."""
import json
import zipfile

import pytest

from ._index import build, one_clear_error, run


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_a_1gb_zero_member_is_refused_before_unpacking(tmp_path):
    _, index = build(tmp_path)
    with zipfile.ZipFile(index, "a", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as z, \
            z.open("bm25/zeros.npy", "w", force_zip64=True) as f:
        chunk = bytes(1 << 24)
        for _ in range(64):
            f.write(chunk)
    assert index.stat().st_size < 10_000_000
    # List the member in the manifest, as a crafted file would.
    with zipfile.ZipFile(index) as z:
        members = {n: z.read(n) for n in z.namelist() if n != "bm25/zeros.npy"}
    manifest = json.loads(members["manifest.json"])
    manifest["members"]["bm25/zeros.npy"] = "0" * 64
    with zipfile.ZipFile(index, "a") as z:
        z.writestr("manifest.json", json.dumps(manifest))  # the later entry of a name is the one read
    one_clear_error(run("summary", "--index", index), "corrupt index", "unpacks to", "over the limit")


def test_a_directory_that_understates_a_member_is_caught_while_reading(tmp_path, monkeypatch):
    from summarize.persist import store

    _, index = build(tmp_path)
    monkeypatch.setattr(store, "MAX_UNPACKED_BYTES", 50_000)  # the seeds' index unpacks to about 73 KB
    one_clear_error(run("summary", "--index", index), "corrupt index", "over the limit")
