"""The fuzz harness's invariant check runs in the suite too, fed by hypothesis, so it cannot rot."""
import importlib.util

from hypothesis import given
from hypothesis import strategies as st

from .conftest import REPO
from .properties.strategies import document, examples


def _harness():
    spec = importlib.util.spec_from_file_location("fuzz_load_split", REPO / "fuzz" / "fuzz_load_split.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check = _harness().check


@examples(40)
@given(st.one_of(st.binary(max_size=3000), document.map(lambda t: t.encode("utf-8"))),
       st.integers(0, 255))
def test_fuzz_check_holds(data, selector):
    check(bytes([selector]) + data)


def test_fuzz_check_on_every_format_fixture():
    for path in sorted((REPO / "tests" / "data" / "formats").iterdir()):
        for selector in range(5):
            check(bytes([selector]) + path.read_bytes())
