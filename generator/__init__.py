"""briefkit: turn a speech and an event into a briefing pack (PDF, DOCX, HTML).

The public API is :func:`generator.pipeline.run.run_build` (with a
:class:`generator.pipeline.options.BuildOptions`), ``build_project`` and the loaders it is made of; everything else is internal.
"""

__version__ = "0.1.0"
