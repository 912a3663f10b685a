"""The ``summarize`` command line and its batch runner, thin over the same functions as the API."""

# Where ``batch`` runs its clusters: worker processes here, or a Dask cluster.
ENGINES = ("local", "dask")
