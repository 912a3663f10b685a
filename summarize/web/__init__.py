"""The web front end (``summarize serve``): one page and JSON endpoints over a corpus kept in memory."""
