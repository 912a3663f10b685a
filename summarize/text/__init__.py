"""The text layer: tokens, similarity and one reader per kind of value (numbers, dates, names, polarity), with character offsets."""
