"""Question answering: a parsed question, evidence retrieval and short answers."""
