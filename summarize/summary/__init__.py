"""Extractive summaries: rankers rate groups, one selection step picks them within the budget."""
