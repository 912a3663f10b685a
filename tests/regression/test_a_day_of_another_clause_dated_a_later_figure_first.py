"""A later article's figure was dated by a day of another clause of its sentence ("Since the first nest was found on
11 June, inspectors have destroyed 48 nests"): read as first told then, it led the update's timeline and the count
asked now was answered with the figure before it. A day dates the telling of a figure told first only in the
figure's own clause (``conflicts._told_on``)."""
from summarize import Corpus

ARTICLES = {
    "a1.txt": "date 2071-06-12\n\nInvasive wasp found near Tollbridge\n\nInspectors have found and destroyed one nest "
              "of the invasive scarlet wasp at an orchard near Tollbridge, the plant health agency said.\n\n"
              "Beekeepers have been asked to report sightings.\n",
    "a2.txt": "date 2071-06-26\n\nScarlet wasp: update\n\nSeven nests have now been found and destroyed in and around "
              "Tollbridge, the plant health agency said.\n\nTraps have been set at 40 apiaries.\n",
    "a3.txt": "date 2071-10-14\n\nTollbridge's wasp summer\n\nSince the first scarlet wasp nest was found at an "
              "orchard on 11 June, inspectors have destroyed 48 nests and checked 900 reported sightings.\n\n"
              "The agency says the wasp has not yet been beaten.\n",
}


def test_a_figure_told_after_a_since_clause_is_the_latest(tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text)
    answer = Corpus.from_paths(sorted(tmp_path.glob("*.txt"))).ask("How many nests have inspectors destroyed?")
    assert answer.answer == "48"
    assert [[s.value for s in c.sides] for c in answer.conflicts if c.kind == "updated"] == [["one", "Seven", "48"]]
