"""Lay out evaluation figures: one neutral Table type rendered as rich, Markdown, and a PNG chart."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from ..persist.output import write_atomic

if TYPE_CHECKING:
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


def markdown_report(tables: Sequence[Table], *, header: str = "") -> str:
    """A whole Markdown report: an optional header paragraph, then every table."""
    parts = ["# Evaluation", ""] + ([header, ""] if header else [])
    return "\n".join(parts + [to_markdown(t) for t in tables])


def ranker_chart(summaries: dict, path: Path) -> Path:
    """A PNG bar chart of ROUGE F1 (best reference) per ranker: one panel per cluster and
    one for the mean over clusters."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    panels = [(name, c["rankers"]) for name, c in summaries["clusters"].items()]
    if len(panels) > 1:
        panels.append(("mean over clusters", summaries["mean"]))
    types = summaries["settings"]["types"]
    fig, axes = plt.subplots(len(panels), 1, figsize=(11, 2.6 * len(panels) + 0.6), squeeze=False)
    for ax, (name, rankers) in zip(axes[:, 0], panels):
        names = list(rankers)
        x = np.arange(len(names))
        width = 0.8 / len(types)
        for k, t in enumerate(types):
            ax.bar(x + (k - (len(types) - 1) / 2) * width, [rankers[r]["best"][t] for r in names], width, label=t)
        ax.set_xticks(x, names)
        ax.set_ylim(0, 1.3 * max(max(r["best"].values()) for r in rankers.values()) or 1)
        ax.set_ylabel("F1")
        ax.set_title(name, loc="left", fontsize=10)
        ax.grid(axis="y", alpha=0.3)
    axes[0, 0].legend(ncol=len(types), fontsize=8, loc="upper right", frameon=False)
    words = summaries["settings"]["words"]
    fig.suptitle(f"ROUGE F1 per ranker at {words} words (best over references, Porter stemming)", fontsize=11)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    # No Software stamp: the PNG then depends on the figures, not on the matplotlib version.
    fig.savefig(path, dpi=100, metadata={"Software": None})
    plt.close(fig)
    return path


def write_outputs(results: dict, tables: Sequence[Table], out: Path, *, header: str = "") -> list[Path]:
    """Write ``results.json``, ``report.md`` and, when there are summary figures,
    ``rankers.png`` into ``out``; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "results.json", out / "report.md"]
    write_atomic(written[0], json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    write_atomic(written[1], markdown_report(tables, header=header))
    if "summaries" in results:
        written.append(ranker_chart(results["summaries"], out / "rankers.png"))
    return written

