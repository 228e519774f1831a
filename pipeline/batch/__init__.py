"""Batch runs of the pipeline over many articles, on one process, a pool or a Dask cluster.

`run_batch` (pipeline.batch.runner) is the library API behind `content-pipeline run` and
`translate`: the client discovers the articles, skips those unchanged since the last run,
sends the rest in tasks to an executor (pipeline.batch.executors: local, processes, dask), and
alone writes what the tasks return: the content files (through pipeline.batch.store, a folder or
an fsspec URL) and the translation memory. Tasks are pure (pipeline.batch.task): articles in,
rendered files and new translations out.
"""
