import pytest

from summarize.ingest.readers.markdown import (
    front_matter,
    read_markdown,
    strip_markdown,
)


@pytest.mark.parametrize("markdown,plain", [
    ("# Storm hits coast", "Storm hits coast"),
    ("## Storm hits coast ##", "Storm hits coast"),
    ("A **big** storm hit the *north* coast.", "A big storm hit the north coast."),
    ("A __big__ storm hit the _north_ coast.", "A big storm hit the north coast."),
    ("The [mayor](https://x.example/m \"title\") spoke.", "The mayor spoke."),
    ("The [mayor][1] spoke.\n\n[1]: https://x.example/m", "The mayor spoke."),
    ("Before ![a flooded street](img/street.jpg) after.", "Before  after."),
    ("Call `evacuate()` now.", "Call evacuate() now."),
    ("> The river rose.", "The river rose."),
    ("- Schools closed.\n* Roads closed.\n1. Bridges closed.", "Schools closed.\nRoads closed.\nBridges closed."),
    ("Text.\n\n```python\nprint('code is not news')\n```\nMore text.", "Text.\n\nMore text."),
    ("Text.\n\n    indented_code()\n\nMore text.", "Text.\n\nMore text."),
    ("Above.\n\n---\n\nBelow.", "Above.\n\nBelow."),
    ("snake_case and 2 * 3 * 4 stay.", "snake_case and 2 * 3 * 4 stay."),
    ("An escaped \\*star\\* stays.", "An escaped *star* stays."),
    ("Line<br>break and <span class=\"x\">tag</span>.", "Linebreak and tag."),
    ("| city | rain |\n|---|---|\n| Porto | 80 mm |", "city rain\nPorto 80 mm"),
    ("~~Old~~ news.", "Old news."),
    ("A paragraph wrapped\nover two lines.", "A paragraph wrapped over two lines."),
    ("Before <!-- a note --> after.", "Before  after."),
    ("See <https://x.example/report> now.", "See https://x.example/report now."),
    ("<div class=\"lead\">\nRain <b>fell</b>.<br>Then sun.\n</div>\n\nNext.", "Rain fell. Then sun.\n\nNext."),
    ("Unclosed `code and **bold and [link and <!-- note", "Unclosed `code and **bold and [link and <!-- note"),
])
def test_strip_markdown(markdown, plain):
    assert strip_markdown(markdown) == plain


def test_front_matter_fields():
    fields, rest = front_matter('---\ntitle: "Porto under water"\ndate: 2024-03-11\ntags: [a, b]\n---\nBody.\n')
    assert fields == {"title": "Porto under water", "date": "2024-03-11", "tags": "[a, b]"}
    assert rest == "Body.\n"
    assert front_matter("No front matter.\n---\n") == ({}, "No front matter.\n---\n")


def test_read_markdown_takes_front_matter_and_keeps_offsets():
    text = ("---\ntitle: Porto under water\ndate: 2024-03-11\nurl: https://e.x/p\n---\n# Porto under water\n\n"
            "**Floods closed** the [main road](https://e.x) into Porto on Monday.\n")
    (doc,) = read_markdown(text, stem="blog", path="blog.md")
    assert (doc.id, doc.title, doc.date, doc.source, doc.path) == ("blog", "Porto under water", "2024-03-11",
                                                                   "https://e.x/p", "blog.md")
    body = doc.text[doc.body_start:]
    assert body.strip() == "Floods closed the main road into Porto on Monday."
    assert "**" not in doc.text and "https" not in doc.text


def test_heading_is_the_title_without_front_matter():
    (doc,) = read_markdown("# Bridges shut\n\nTwo bridges were shut on Monday.", stem="b", path="b.md")
    assert doc.title == "Bridges shut" and doc.text[doc.body_start:].strip() == "Two bridges were shut on Monday."
