"""Spreadsheet cells that a spreadsheet program would run as formulas ("CSV injection")."""

from __future__ import annotations

# Excel, LibreOffice and Google Sheets treat a cell starting with one of these as a formula
# (OWASP "CSV Injection"). Tab and carriage return are included because some programs strip
# them and then see the next character.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def looks_like_formula(value: str) -> bool:
    return value.startswith(FORMULA_TRIGGERS)


def neutralise(value: str) -> str:
    """Make a cell inert for export: a leading apostrophe forces text in every spreadsheet."""
    if looks_like_formula(value):
        return "'" + value
    return value
