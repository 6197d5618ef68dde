"""The blind search index: keyed hashes of folded words, so search needs no decryption."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import connection

from kuager.cases.models import SearchToken
from kuager.keyring import blind_index
from kuager.lib.fold import text_keys

Token = tuple[int, int]  # (field, keyed hash)


def tokens_for(field: SearchToken.Field, texts: Iterable[str]) -> set[Token]:
    keys: set[str] = set()
    for text in texts:
        if text:
            keys |= text_keys(text)
    index = blind_index()
    return {(int(field), index.token(key)) for key in keys}


def case_tokens(names: Iterable[str], texts: Iterable[str]) -> set[Token]:
    return tokens_for(SearchToken.Field.NAME, names) | tokens_for(SearchToken.Field.TEXT, texts)


def insert_tokens(rows: Iterable[tuple[int, int, int]]) -> None:
    """Write (case_id, field, token) rows.

    Plain executemany, not bulk_create: a case has ~60 index rows, and building a model
    instance per row made the ORM most of an import's time.
    """
    table = SearchToken._meta.db_table
    # Sorted by token, inserts walk the (token, case) index in order.
    ordered = sorted(rows, key=lambda row: row[2])
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} (case_id, field, token) VALUES (%s, %s, %s)",  # noqa: S608
            ordered,
        )


def reindex_case(case_id: int, tokens: set[Token]) -> None:
    SearchToken.objects.filter(case_id=case_id).delete()
    insert_tokens((case_id, field, token) for field, token in tokens)
