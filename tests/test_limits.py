import pytest
from typer.testing import CliRunner

from summarize import Corpus, InputError, limits
from summarize.cli.main import app
from summarize.corpus import MAX_QUESTION_CHARS, check_question

runner = CliRunner()
TEXTS = {"a": "Rain fell on the town on Monday. Roads were shut by noon. Schools closed early.",
         "b": "Rain fell on the town on Monday, officials said. The river rose by two metres."}


def test_defaults_live_in_one_place_and_show_in_help():
    assert (limits.MAX_FILE_BYTES, limits.MAX_SENTENCES, limits.MAX_QUESTION_CHARS) == (20_000_000, 500_000, 1000)
    assert MAX_QUESTION_CHARS == limits.MAX_QUESTION_CHARS
    text = runner.invoke(app, ["ask", "--help"], env={"COLUMNS": "200"}).stdout
    assert "--max-file-mb" in text and "20.0" in text and "--max-sentences" in text and "500000" in text
    assert "--max-question-chars" in text and "1000" in text


def test_sentence_limit_api_and_cli(tmp_path):
    corpus = Corpus.from_texts(TEXTS, max_sentences=4)
    with pytest.raises(InputError, match=r"hold 5 sentences, over the limit of 4"):
        corpus.summarize()
    assert len(Corpus.from_texts(TEXTS, max_sentences=5).sentences) == 5
    for name, text in TEXTS.items():
        (tmp_path / f"{name}.txt").write_text(text)
    r = runner.invoke(app, ["summary", str(tmp_path), "--max-sentences", "4", "-o", str(tmp_path / "out.txt")])
    assert r.exit_code == 1 and "over the limit of 4 (raise it with --max-sentences" in r.stderr
    assert not (tmp_path / "out.txt").exists()
    assert runner.invoke(app, ["dedup", str(tmp_path), "--max-sentences", "5"]).exit_code == 0


def test_question_limit_api_and_cli():
    corpus = Corpus.from_texts(TEXTS, max_question_chars=20)
    with pytest.raises(InputError, match="over the limit of 20"):
        corpus.ask("When did the rain fall on the town?")
    assert check_question("x " * 400 + "rain") and Corpus.from_texts(TEXTS).ask("When did rain fall?").evidence
    r = runner.invoke(app, ["ask", "rain " * 300])
    assert r.exit_code == 2 and "is 1500 characters, over the limit of 1000" in r.stderr
    r = runner.invoke(app, ["ask", "rain " * 300, "--max-question-chars", "2000"])
    assert r.exit_code == 0


@pytest.mark.parametrize("kwargs", [{"max_sentences": 0}, {"max_question_chars": -3}])
def test_limits_must_be_positive(kwargs):
    with pytest.raises(InputError, match="must be above 0"):
        Corpus.from_texts(TEXTS, **kwargs)
