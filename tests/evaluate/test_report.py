"""Report layout: Markdown tables, bold best cells, the PNG chart."""
from summarize.evaluate.report import (
    Table,
    best_cells,
    chart_panels,
    highest,
    markdown_report,
    ranker_chart,
    ranker_figure,
    to_markdown,
    to_rich,
    write_outputs,
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


def _scores(r1: float, r2: float) -> dict:
    return {"rouge1": r1, "rouge2": r2, "rougeLsum": r1 - 0.05}


def _ranker(r1: float, r2: float) -> dict:
    return {"words": 100, "best": _scores(r1, r2), "mean": _scores(r1, r2), "recall": _scores(r1 / 2, r2 / 2)}


def _block(values: dict[str, list[tuple[float, float]]]) -> dict:
    """Summaries figures for rankers with (R-1, R-2) per cluster "x" and "y"; the mean is theirs."""
    clusters = {c: {"budget": 110 + 100 * k, "rankers": {r: _ranker(*v[k]) for r, v in values.items()}}
                for k, c in enumerate(("x", "y"))}
    mean = {r: _ranker(sum(a for a, _ in v) / 2, sum(b for _, b in v) / 2) for r, v in values.items()}
    return {"clusters": clusters, "mean": mean}


VALUES = {"lead": [(0.4, 0.2), (0.6, 0.2)], "default": [(0.45, 0.3), (0.45, 0.25)], "lexrank": [(0.3, 0.1), (0.3, 0.1)]}


def test_chart_has_one_sorted_panel_per_metric_and_same_bytes_twice(tmp_path):
    import matplotlib.pyplot as plt

    figures = {"settings": {"types": ["rouge1", "rouge2", "rougeL", "rougeLsum"], "words": "reference length"},
               **_block(VALUES), "at_100": _block(VALUES)}
    panels = chart_panels(figures)
    assert [p.title for p in panels] == [
        "ROUGE-1 F1 at the references' length (110–210 words)", "ROUGE-2 F1 at the references' length (110–210 words)",
        "ROUGE-Lsum F1 at the references' length (110–210 words)", "ROUGE-1 recall at 100 words",
        "ROUGE-2 recall at 100 words"]
    assert panels[0].rankers == ("lead", "default", "lexrank") and panels[0].clusters[0] == (0.4, 0.6)
    assert panels[1].rankers == ("default", "lead", "lexrank")
    figure = ranker_figure(figures)
    assert [ax.get_title(loc="left") for ax in figure.axes] == [p.title for p in panels]
    assert len({ax.get_xlim() for ax in figure.axes}) == 1 and figure.axes[0].get_xlim() == (0.0, 0.7)
    plt.close(figure)
    written = write_outputs({"summaries": figures}, [TABLE], tmp_path / "a")
    again = ranker_chart(figures, tmp_path / "b.png").read_bytes()
    assert written[2].read_bytes() == again and again.startswith(b"\x89PNG")
    report = written[1].read_text()
    assert "](rankers.png)\n\n*ROUGE per summary ranker, sorted by the mean over 2 clusters" in report


def test_chart_without_the_100_word_block_has_the_f1_panels_only():
    figures = {"settings": {"types": ["rouge1", "rouge2", "rougeLsum"], "words": 80}, **_block(VALUES)}
    assert [p.title for p in chart_panels(figures)] == ["ROUGE-1 F1 at 80 words", "ROUGE-2 F1 at 80 words",
                                                         "ROUGE-Lsum F1 at 80 words"]
