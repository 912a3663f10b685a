"""Lay out evaluation figures: one neutral Table type rendered as rich, Markdown, and a PNG chart."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from ..persist.output import write_atomic
from ..summary import SUMY_NAMES

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from rich.table import Table as RichTable


@dataclass(frozen=True)
class Table:
    """A titled grid of cells; ``breaks`` are row indices after which a new row group starts;
    ``bold`` holds ``(row, column)`` cells to emphasise (e.g. the best score)."""

    title: str
    caption: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    breaks: frozenset[int] = frozenset()
    bold: frozenset[tuple[int, int]] = frozenset()


def fmt(value: float | None, digits: int = 3) -> str:
    """A score for a table cell ("–" for a missing one)."""
    return "–" if value is None else f"{value:.{digits}f}"


def highest(rows: Sequence[Sequence[str]], cells: Sequence[tuple[int, int]], *, start: int = 0) -> set[tuple[int, int]]:
    """Of the ``(row, column)`` ``cells``, those holding the highest positive number (all ties),
    with rows offset by ``start``."""
    values = {(r, c): float(rows[r][c]) for r, c in cells if rows[r][c] not in ("–", "")}
    top = max(values.values(), default=0.0)
    return {(start + r, c) for (r, c), v in values.items() if v == top and top > 0}


def best_cells(rows: Sequence[Sequence[str]], columns: Sequence[int], *, start: int = 0) -> set[tuple[int, int]]:
    """The highest number in each of ``columns`` among ``rows``."""
    return {cell for c in columns for cell in highest(rows, [(r, c) for r in range(len(rows))], start=start)}


def to_rich(table: Table) -> RichTable:
    """The table for a terminal."""
    from rich.table import Table as RichTable

    out = RichTable(title=table.title, caption=table.caption, caption_justify="left", title_justify="left")
    for k, name in enumerate(table.columns):
        out.add_column(name, justify="left" if k == 0 or not _numeric(table, k) else "right")
    for i, row in enumerate(table.rows):
        cells = [f"[bold]{cell}[/bold]" if (i, k) in table.bold else cell for k, cell in enumerate(row)]
        out.add_row(*cells, end_section=i in table.breaks)
    return out


def _numeric(table: Table, column: int) -> bool:
    def number(cell: str) -> bool:
        try:
            float(cell)
            return True
        except ValueError:
            return cell in ("–", "")
    return all(number(r[column]) for r in table.rows)


def to_markdown(table: Table) -> str:
    """The table as GitHub Markdown: a heading, the grid (best cells in bold), the caption."""
    def cell(i: int, k: int, text: str) -> str:
        text = text.replace("|", "\\|")
        return f"**{text}**" if (i, k) in table.bold and text else text

    lines = [f"### {table.title}", "", "| " + " | ".join(table.columns) + " |",
             "|" + "|".join("---" if k == 0 or not _numeric(table, k) else "---:" for k in range(len(table.columns))) + "|"]
    lines += ["| " + " | ".join(cell(i, k, c) for k, c in enumerate(row)) + " |" for i, row in enumerate(table.rows)]
    return "\n".join(lines + ["", table.caption, ""])


def markdown_report(tables: Sequence[Table], *, header: str = "", chart: tuple[str, str] | None = None) -> str:
    """A whole Markdown report: an optional header paragraph, an optional ``chart`` given as
    (file name beside the report, one-line caption), then every table."""
    parts = ["# Evaluation", ""] + ([header, ""] if header else [])
    if chart:
        parts += [f"![Chart: ROUGE per ranker]({chart[0]})", "", f"*{chart[1]}*", ""]
    return "\n".join(parts + [to_markdown(t) for t in tables])


# Rankers a new method must beat: position, chance, and sumy's classic summarisers.
BASELINES = frozenset({"lead", "random", *SUMY_NAMES})

# The chart's metrics: (block of the summaries figures, score kind, ROUGE type, label). Each panel
# is drawn only when its block and type are in the figures.
METRICS = (("clusters", "mean", "rouge1", "ROUGE-1 F1"), ("clusters", "mean", "rouge2", "ROUGE-2 F1"),
           ("clusters", "mean", "rougeLsum", "ROUGE-Lsum F1"),
           ("at_100", "recall", "rouge1", "ROUGE-1 recall"), ("at_100", "recall", "rouge2", "ROUGE-2 recall"))


# Colours of the chart's marks (blue and orange stay apart for red-green colour blindness).
OURS, BASELINE, CLUSTER = "#1f5fa8", "#d9731a", "#555555"


@dataclass(frozen=True)
class Panel:
    """One metric of the chart: rankers best first, each with its mean over clusters and
    every cluster's value (in cluster order)."""

    title: str
    rankers: tuple[str, ...]
    means: tuple[float, ...]
    clusters: tuple[tuple[float, ...], ...]


def chart_panels(summaries: dict) -> list[Panel]:
    """The summaries figures as one panel per metric; rankers sorted by mean, highest first,
    ties by name."""
    out = []
    for block, kind, rouge_type, label in METRICS:
        figures = summaries if block == "clusters" else summaries.get(block)
        if figures is None or rouge_type not in summaries["settings"]["types"]:
            continue
        means = {r: figures["mean"][r][kind][rouge_type] for r in figures["mean"]}
        order = sorted(means, key=lambda r: (-means[r], r))
        title = f"{label} at {_budget(figures, block, summaries['settings']['words'])}"
        out.append(Panel(title, tuple(order), tuple(means[r] for r in order),
                         tuple(tuple(c["rankers"][r][kind][rouge_type] for c in figures["clusters"].values())
                               for r in order)))
    return out


def _budget(figures: dict, block: str, given: int | str) -> str:
    """The word budget of a block: "100 words", the ``given`` one, or each cluster's own
    ("the references' length (110–250 words)")."""
    if block != "clusters":
        return f"{block[3:]} words"
    if isinstance(given, int):
        return f"{given} words"
    words = sorted({c["budget"] for c in figures["clusters"].values() if "budget" in c})
    span = "" if not words else f" ({words[0]} words)" if len(words) == 1 else f" ({words[0]}–{words[-1]} words)"
    return f"the references' length{span}"


def chart_caption(summaries: dict) -> str:
    """One line saying what the chart shows."""
    return (f"ROUGE per summary ranker, sorted by the mean over {_count(len(summaries['clusters']), 'cluster')} "
            f"(large dot; small dots: single clusters); baselines (lead, random, sumy's) as orange diamonds; "
            f"one shared score axis from 0.")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def ranker_figure(summaries: dict) -> Figure:
    """The chart as a matplotlib figure: one sorted dot plot per metric (``chart_panels``),
    all on one shared score axis from 0."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    panels = chart_panels(summaries)
    rows = sum(len(p.rankers) for p in panels)
    fig, axes = plt.subplots(len(panels), 1, sharex=True, squeeze=False,
                             figsize=(8, 0.19 * rows + 0.55 * len(panels) + 1.3),
                             gridspec_kw={"height_ratios": [len(p.rankers) for p in panels]})
    top = max(v for p in panels for v in (*p.means, *(x for c in p.clusters for x in c)))
    for ax, panel in zip(axes[:, 0], panels):
        _dot_plot(ax, panel)
    # A round upper limit with room for the best dot: 0.53 -> 0.6, 0.59 -> 0.7.
    axes[-1, 0].set_xlim(0, min(1.0, math.ceil((top + 0.02) * 10) / 10))
    axes[-1, 0].set_xlabel("score (0–1, higher is better)")
    clusters = _count(len(summaries["clusters"]), "cluster")
    handles = [Line2D([], [], ls="", marker="o", color=OURS, label=f"our ranker: mean of {clusters}"),
               Line2D([], [], ls="", marker="D", color=BASELINE, label="baseline (lead, random, sumy's): mean"),
               Line2D([], [], ls="", marker="o", color=CLUSTER, alpha=0.35, markersize=4, label="one cluster")]
    inch = 1 / fig.get_figheight()
    fig.suptitle(f"Summaries: ROUGE per ranker, sorted by the mean over {clusters}", fontsize=11, y=1 - 0.1 * inch)
    fig.text(0.5, 1 - 0.42 * inch, "Each score averaged over a cluster's references (Porter stemming); "
             "the word budget is in each panel's title", ha="center", fontsize=8.5, color="#333333")
    fig.legend(handles=handles, loc="upper center", ncol=3, frameon=False, fontsize=8,
               bbox_to_anchor=(0.5, 1 - 0.58 * inch))
    fig.tight_layout(rect=(0, 0, 1, 1 - 0.62 * inch))
    return fig


def _dot_plot(ax: Axes, panel: Panel) -> None:
    """One panel: best ranker at the top, a large dot per mean, small faint dots per cluster."""
    y = range(len(panel.rankers))
    for k, (name, value, values) in enumerate(zip(panel.rankers, panel.means, panel.clusters)):
        baseline = name in BASELINES
        colour = BASELINE if baseline else OURS
        ax.plot(values, [k] * len(values), ls="", marker="o", markersize=3.5, color=CLUSTER, alpha=0.35)
        ax.plot([value], [k], ls="", marker="D" if baseline else "o", markersize=6, color=colour)
        # The mean in a column right of the panel, where no dot can cover it.
        ax.text(1.01, k, f"{value:.3f}", transform=ax.get_yaxis_transform(), va="center", fontsize=7.5, color=colour)
    ax.set_yticks(list(y), panel.rankers, fontsize=8)
    for label in ax.get_yticklabels():
        label.set_color(BASELINE if label.get_text() in BASELINES else "black")
    ax.set_ylim(len(panel.rankers) - 0.5, -0.5)
    ax.set_title(panel.title, loc="left", fontsize=9)
    ax.text(1.01, 1.01, "mean", transform=ax.transAxes, va="bottom", fontsize=7.5, color=CLUSTER)
    ax.grid(axis="x", alpha=0.3)
    ax.tick_params(axis="x", labelbottom=True, labelsize=8)


def ranker_chart(summaries: dict, path: Path) -> Path:
    """Write ``ranker_figure`` as a PNG at a fixed dpi with no software stamp, so the bytes
    depend on the figures alone."""
    import matplotlib.pyplot as plt

    fig = ranker_figure(summaries)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100, metadata={"Software": None})
    plt.close(fig)
    return path


def write_outputs(results: dict, tables: Sequence[Table], out: Path, *, header: str = "") -> list[Path]:
    """Write ``results.json``, ``report.md`` and, when there are summary figures,
    ``rankers.png`` into ``out``; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "results.json", out / "report.md"]
    write_atomic(written[0], json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    chart = None
    if "summaries" in results:
        written.append(ranker_chart(results["summaries"], out / "rankers.png"))
        chart = (written[-1].name, chart_caption(results["summaries"]))
    write_atomic(written[1], markdown_report(tables, header=header, chart=chart))
    return written

