"""SVG pictures drawn as PNG, for the DOCX writer (``writers/docx/raster.py`` asks for them).

The drawing runs in a child process started by exec (``pipeline.apart``),
which imports the module its call names: this package imports nothing of
briefkit's, so that the child starts with the drawing libraries only
(importing ``generator.writers.docx`` would load pydantic and the theme
model, 0.3 s, in every child).
"""
