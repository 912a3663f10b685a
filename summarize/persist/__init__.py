"""What is written and read back: JSON records, output files and the saved index."""
