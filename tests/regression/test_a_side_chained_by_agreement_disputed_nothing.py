"""Regression: "the Stenbury creamery, which employs more than 600 people" agreed with "640 people work" there and,
an open bound, with the group's "5,800 people", so when the group's staff were disputed (6,300 / 5,800) the
creamery's 640 showed as a third side; a count that a later fragment count agreed with joined a timeline as a side
that no figure clashed with, and the update read as a dispute. A side must clash directly with another side's
statement: a value that reached the topic only through agreements disputes nothing. The stories are invented."""
import pytest

from summarize import Corpus


def sides(first: str, second: str) -> list[set[str]]:
    corpus = Corpus.from_texts({"a": f"Wire\n3 May 2040\n\n{first}\n", "b": f"Ledger\n4 May 2040\n\n{second}\n"})
    return [{s.value for s in c.sides} for c in corpus.conflicts()]


@pytest.mark.parametrize("first, second, disputed", [
    ("Harl Dairies employs about 6,300 people. The union said Orvik intended to close the Tarn creamery, which "
     "employs more than 600 people, and move its work to larger sites.",
     "Harl Dairies employs 5,800 people, and their future is uncertain. Attention has focused on the Tarn creamery, "
     "one of the group's three creameries, where 640 people work.", {"about 6,300", "5,800"}),
    ("Skyrel employs about 4,100 staff. The union said the company intended to shut the Vell maintenance base, which "
     "employs more than 400 staff, and move the work abroad.",
     "Skyrel employs 3,600 staff, and their future is uncertain. Attention has focused on the Vell base, one of the "
     "airline's three hangars, where 430 staff work.", {"about 4,100", "3,600"}),
    ("Castor Mills employs about 2,000 workers. The union said the firm intended to close the Dunmere mill, which "
     "employs more than 200 workers, and move its looms to larger sites.",
     "Castor Mills employs 1,700 workers, and their future is uncertain. Attention has focused on the Dunmere mill, "
     "one of the firm's three mills, where 230 workers work.", {"about 2,000", "1,700"}),
])
def test_a_part_chained_through_an_open_bound_takes_no_side(first, second, disputed):
    assert sides(first, second) == [disputed]
