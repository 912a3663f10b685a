"""Regression: standard input over the limit was reported as "20.0 MB is over the file size limit
of 20.0 MB" (the size read stops one byte past the limit, and both rounded the same)."""
import io

import pytest

from summarize.errors import InputError
from summarize.ingest.load import load_file, read_limited


class Pipe(io.BytesIO):
    """Standard input from a pipe: its size cannot be known without reading it all."""

    def seekable(self) -> bool:
        return False


def test_stdin_states_only_the_limit():
    with pytest.raises(InputError) as info:
        read_limited(Pipe(b"a" * 2_000_001), name="standard input", max_bytes=2_000_000)
    assert str(info.value).startswith("standard input: the input is over the file size limit of 2 MB ")


def test_file_just_over_the_limit_gives_exact_sizes(tmp_path):
    f = tmp_path / "big.txt"
    f.write_bytes(b"a" * 2_000_001)
    with pytest.raises(InputError, match=r"2,000,001 bytes is over the file size limit of 2,000,000 bytes"):
        load_file(f, max_file_bytes=2_000_000)
