"""The blind search index: keyed hashes of folded words, so search needs no decryption."""

from __future__ import annotations

from collections.abc import Iterable

from kuager.cases.models import SearchToken
from kuager.keyring import blind_index
from kuager.lib.fold import text_keys


def tokens_for(field: SearchToken.Field, texts: Iterable[str]) -> set[tuple[int, int]]:
    index = blind_index()
    keys: set[str] = set()
    for text in texts:
        if text:
            keys |= text_keys(text)
    return {(int(field), index.token(key)) for key in keys}


def case_tokens(names: Iterable[str], texts: Iterable[str]) -> set[tuple[int, int]]:
    return tokens_for(SearchToken.Field.NAME, names) | tokens_for(SearchToken.Field.TEXT, texts)


def token_rows(case_id: int, tokens: set[tuple[int, int]]) -> list[SearchToken]:
    return [SearchToken(case_id=case_id, field=f, token=t) for f, t in tokens]


def reindex_case(case_id: int, tokens: set[tuple[int, int]]) -> None:
    SearchToken.objects.filter(case_id=case_id).delete()
    SearchToken.objects.bulk_create(token_rows(case_id, tokens))
