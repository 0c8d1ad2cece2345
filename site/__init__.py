"""Project configuration of CLOTH Hub, imported as ``clothhub`` (``site`` is a standard-library module)."""
