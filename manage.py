#!/usr/bin/env python
"""Django's command-line utility. The project package `site/` is installed as `clothhub`."""

import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clothhub.settings.dev")
    try:
        import clothhub  # noqa: F401
    except ImportError as exc:
        raise SystemExit(
            "The project package `clothhub` (the folder site/) is not installed. "
            "Run `make install` (or `pip install -e .`) in a virtual environment first."
        ) from exc
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
