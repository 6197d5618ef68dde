import io
import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from kuager.linkage.places import PlaceKeys
from kuager.linkage.records import Record, parse_rows
from kuager.linkage.tests.factories import HEADER, write_csv
from kuager.linkage.tokens import KINDS, Token, TokenError, Tokeniser, overlap, read_secret
from kuager.places.gazetteer import Gazetteer

pytestmark = pytest.mark.django_db

OURS = [
    ("a1", "kuager", "Тәжібаев Қуандық Серікұлы", "1985", "Долинка", "", "2019-03-14"),
    ("a2", "kuager", "Жақсылықов Мирас", "1970", "Карабас", "", "2018-05-02"),
    ("a3", "kuager", "Омарова Гүлнар", "", "", "", ""),
]
THEIRS = [
    ("b1", "partner", "Kuandyk Tazhibayev Serikovich", "1985", "АК-159/7", "", "2019-03"),
    ("b2", "partner", "Miras Zhaksylykov", "1992", "Zarechnoye", "", "2018-05"),  # a namesake
]
SECRET = b"s" * 32


def records(rows: Sequence[tuple[str, ...]]) -> list[Record]:
    return parse_rows(enumerate((dict(zip(HEADER, r, strict=True)) for r in rows), start=2))


def tokens(rows: Sequence[tuple[str, ...]], secret: bytes = SECRET) -> list[Token]:
    return list(Tokeniser(secret).tokens(records(rows), PlaceKeys(Gazetteer.load())))


def test_the_same_incident_shares_tokens_under_one_secret() -> None:
    found = overlap(tokens(OURS), tokens(THEIRS))
    assert [(a, b) for a, b, _ in found.pairs] == [("a1", "b1")]
    assert set(found.pairs[0][2]) >= {"name+birth+facility", "name+father+year"}


def test_different_secrets_share_nothing() -> None:
    found = overlap(tokens(OURS), tokens(THEIRS, secret=b"t" * 32))
    assert found.pairs == []


def test_every_record_has_every_kind_and_missing_facts_look_like_the_rest() -> None:
    found = tokens(OURS)
    assert len(found) == len(OURS) * len(KINDS)
    sparse = [t.token for t in found if t.record_id == "a3"]
    assert len(set(sparse)) == len(KINDS)
    assert {len(t.token) for t in found} == {22}


def test_token_file_holds_no_name_date_or_place(tmp_path: Path) -> None:
    secret_file = tmp_path / "exchange.secret"
    out = io.StringIO()
    call_command("link_tokens", "secret", stdout=out)
    secret_file.write_text(out.getvalue())
    listing = write_csv(tmp_path / "ours.csv", [dict(zip(HEADER, r, strict=True)) for r in OURS],
                        HEADER)
    token_file = tmp_path / "ours.tokens.csv"
    call_command("link_tokens", "export", str(listing), "--secret", str(secret_file),
                 "--out", str(token_file), stdout=io.StringIO())
    text = token_file.read_text(encoding="utf-8")
    for row in OURS:
        for value in (row[2], *row[2].split(), row[3], row[4], row[6]):
            if value:
                assert value not in text
    for word in ("kuandyk", "tazhibaev", "kuandik", "tajibaev", "1985", "2019", "dolinka"):
        assert word not in text.lower()


def test_overlap_command_reports_matches_between_two_files(tmp_path: Path) -> None:
    secret_file = tmp_path / "exchange.secret"
    secret_file.write_text("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA==\n")
    files = []
    for name, rows in (("ours", OURS), ("theirs", THEIRS)):
        listing = write_csv(tmp_path / f"{name}.csv",
                            [dict(zip(HEADER, r, strict=True)) for r in rows], HEADER)
        files.append(tmp_path / f"{name}.tokens.csv")
        call_command("link_tokens", "export", str(listing), "--secret", str(secret_file),
                     "--out", str(files[-1]), stdout=io.StringIO())
    out = io.StringIO()
    call_command("link_tokens", "overlap", *map(str, files), "--out",
                 str(tmp_path / "pairs.csv"), "--json", stdout=out)
    assert json.loads(out.getvalue()) == {"first_records": 3, "second_records": 2,
                                          "first_matched": 1, "second_matched": 1, "pairs": 1}
    assert (tmp_path / "pairs.csv").read_text().splitlines()[1].startswith("a1,b1,")


def test_a_short_or_unreadable_secret_is_refused(tmp_path: Path) -> None:
    short = tmp_path / "short.secret"
    short.write_text("c2hvcnQ=")
    with pytest.raises(TokenError, match="at least 32"):
        read_secret(short)
    with pytest.raises(CommandError, match="cannot be read as a secret"):
        call_command("link_tokens", "export", str(short), "--secret",
                     str(tmp_path / "missing"), "--out", str(tmp_path / "t.csv"))


def test_a_file_that_is_not_tokens_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "names.csv"
    other.write_text("record_id,name\n1,Иван\n", encoding="utf-8")
    with pytest.raises(CommandError, match="not a token file"):
        call_command("link_tokens", "overlap", str(other), str(other))
