"""One evaluation section per module: each scores one part of the toolkit against one kind of gold."""
