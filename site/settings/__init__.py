"""Settings profiles: base (shared), dev (default for manage.py), test (pytest), production."""
