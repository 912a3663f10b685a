"""Score the toolkit against hand-written gold: metrics, gold reader, runner, report."""
