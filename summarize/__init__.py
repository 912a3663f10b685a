"""summarize: deduplicated, source-attributed extractive summaries and answers for news clusters."""
from importlib import import_module
from typing import Any

__all__ = ["Answer", "Corpus", "Document", "Group", "InputError", "Scored", "Sentence", "__version__"]
_HOME = {"Corpus": "corpus", "InputError": "errors", "Answer": "model", "Document": "model",
         "Group": "model", "Scored": "model", "Sentence": "model"}


def __getattr__(name: str) -> Any:
    """Import on first use, so ``summarize --help`` does not load numpy, scikit-learn or NLTK."""
    if name in _HOME:
        return getattr(import_module(f".{_HOME[name]}", __name__), name)
    if name == "__version__":
        return import_module(".version", __name__).package_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
