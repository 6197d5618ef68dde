"""The `kuager` command: Django's management commands under a shorter name."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kuager.settings")
    from django.core.management import execute_from_command_line

    args = list(sys.argv[1:] if argv is None else argv)
    if args and not args[0].startswith("-"):
        # `kuager import-cases` reads better than Django's `import_cases`.
        args[0] = args[0].replace("-", "_")
    execute_from_command_line(["kuager", *(args or ["help"])])


if __name__ == "__main__":
    main()
