"""The ``summarize`` command line and its batch runner, thin over the same functions as the API."""
