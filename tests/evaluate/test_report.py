"""Report layout: Markdown tables, bold best cells, the PNG chart."""
from summarize.evaluate.report import (
    Table,
    best_cells,
    highest,
    markdown_report,
    ranker_chart,
    to_markdown,
    to_rich,
)

TABLE = Table("Scores", "Higher is better.", ("name", "score"), (("a", "0.500"), ("b|c", "0.700"), ("d", "–")),
              frozenset({1}), frozenset({(1, 1)}))


def test_markdown_table():
    md = to_markdown(TABLE)
    assert md.splitlines()[:5] == ["### Scores", "", "| name | score |", "|---|---:|", "| a | 0.500 |"]
    assert "| b\\|c | **0.700** |" in md and "| d | – |" in md
    assert md.rstrip().endswith("Higher is better.")
    assert markdown_report([TABLE], header="Run on 2 cores.").startswith("# Evaluation\n\nRun on 2 cores.\n")


def test_best_cells_and_ties():
    rows = [("a", "0.5", "0.1"), ("b", "0.7", "0.1"), ("c", "–", "0.0")]
    assert best_cells(rows, [1, 2], start=10) == {(11, 1), (10, 2), (11, 2)}
    assert highest(rows, [(2, 2)]) == set()  # a zero is nobody's best


def test_rich_table_has_every_row():
    from rich.console import Console

    console = Console(width=100, record=True)
    console.print(to_rich(TABLE))
    text = console.export_text()
    assert "b|c" in text and "0.700" in text and "Higher is" in text and "–" in text


def test_chart_is_a_png_and_deterministic(tmp_path):
    ranker = {"words": 90, "best": {"rouge1": 0.4, "rouge2": 0.2}, "mean": {"rouge1": 0.3, "rouge2": 0.1}}
    figures = {"settings": {"types": ["rouge1", "rouge2"], "words": 100},
               "clusters": {"x": {"rankers": {"lead": ranker, "default": ranker}},
                            "y": {"rankers": {"lead": ranker, "default": ranker}}},
               "mean": {"lead": ranker, "default": ranker}}
    first = ranker_chart(figures, tmp_path / "a.png").read_bytes()
    second = ranker_chart(figures, tmp_path / "b.png").read_bytes()
    assert first.startswith(b"\x89PNG") and first == second
