"""JSON records that are written as one unit: a summary with the documents behind it (the
record of ``summary --json`` and of each ``batch`` line)."""
from __future__ import annotations

from typing import Sequence

from ..model import Document, Scored


def summary_record(documents: Sequence[Document], picked: Sequence[Scored], ranker: str) -> dict:
    """The JSON contract of ``summary --json`` (also one line of ``batch``)."""
    return {"documents": [d.to_dict() for d in documents], "ranker": ranker,
            "sentences": [s.to_dict() for s in picked]}
