"""Reading articles: files, folders and standard input into ``Document``s (readers by format, header parsing)."""
