"""summarize: deduplicated, source-attributed extractive summaries and answers for news clusters."""
from .corpus import Corpus
from .errors import InputError
from .model import Answer, Document, Group, Scored, Sentence

__all__ = ["Answer", "Corpus", "Document", "Group", "InputError", "Scored", "Sentence"]
