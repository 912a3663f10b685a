"""The text layer: one reader per kind of value (quantities, dates, names, polarity), with character offsets."""
