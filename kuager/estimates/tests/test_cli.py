"""`kuager estimate`: what a person running it sees."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from kuager.estimates.tests.helpers import DATA


def run(*args: str) -> str:
    out = StringIO()
    call_command("estimate", *args, stdout=out)
    return out.getvalue()


def run_json(*args: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(run(*args, "--json"))
    return data


def write(tmp_path: Path, text: str | bytes, name: str = "histories.csv") -> str:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


def test_json_has_observed_estimate_interval_method_model_and_warnings() -> None:
    data = run_json(str(DATA / "uk_2013.csv"))
    assert data["observed"] == 2744
    assert data["method"] == "stepwise"
    assert isinstance(data["estimate"], float) and data["estimate"] > 2744
    low, high = data["interval"]
    assert low < data["estimate"] < high
    assert data["model"].startswith("LA + NG + PF + GO + GP + NCA + ")
    assert all(isinstance(w, str) and w for w in data["warnings"])
    assert "reason" not in data


def test_json_for_each_search_method() -> None:
    for method in ("aic", "bic", "bma"):
        data = run_json(str(DATA / "darroch_r3.csv"), "--method", method)
        assert data["method"] == method
        assert data["estimate"] >= data["observed"]


def test_refusal_gives_null_estimate_and_a_reason(tmp_path: Path) -> None:
    data = run_json(write(tmp_path, "police,count\n1,40\n"))
    assert data["estimate"] is None and data["interval"] is None
    assert "only one list" in data["reason"]
    data = run_json(str(DATA / "uk_2013.csv"), "--method", "bma")
    assert data["estimate"] is None and "3 to 5 lists" in data["reason"]


def test_fixed_model_that_has_no_finite_estimate_is_refused() -> None:
    data = run_json(str(DATA / "cormack_injury_4.csv"), "--model",
                    "death:ntof,death:wcc,death:mosh,ntof:wcc,ntof:mosh,wcc:mosh")
    assert data["estimate"] is None
    assert "no finite estimate" in data["reason"]


def test_stratum_json_lists_each_stratum_and_the_sum(tmp_path: Path) -> None:
    rows = ["year,A,B,C,count"]
    for year, scale in (("2022", 1), ("2023", 2)):
        rows += [f"{year},1,0,0,{30 * scale}", f"{year},0,1,0,{20 * scale}",
                 f"{year},0,0,1,{25 * scale}", f"{year},1,1,0,{6 * scale}",
                 f"{year},1,0,1,{5 * scale}", f"{year},0,1,1,{4 * scale}",
                 f"{year},1,1,1,{2 * scale}"]
    data = run_json(write(tmp_path, "\n".join(rows)), "--stratum", "year")
    assert [s["stratum"] for s in data["strata"]] == ["2022", "2023"]
    assert data["observed"] == sum(s["observed"] for s in data["strata"])
    assert data["estimate"] == pytest.approx(sum(s["estimate"] for s in data["strata"]), abs=0.2)
    assert data["pooled"]["observed"] == data["observed"]


def test_readable_output_shows_models_and_the_estimate() -> None:
    text = run(str(DATA / "bruno_diabetes.csv"), "--method", "aic")
    assert "Models compared (10 best of" in text
    assert "Estimate: " in text and "95% interval" in text
    assert "Be careful:" in text
    text = run(str(DATA / "madigan_york_5.csv"), "--method", "bma")
    assert "Most probable graphs:" in text and "Posterior median" in text


@pytest.mark.parametrize(("content", "message"), [
    ("A,B,n\n1,0,3\n", "no 'count' column"),
    ("A,B,count\n1,2,3\n", "'2' is not 0 or 1"),
    ("A,B,count\n1,0,-3\n", "negative"),
    ("A,B,count\n1,0,many\n", "not a whole number"),
    ("A,B,count\n1,0,3\n0,0,7\n", "recorded on no list"),
    ("A,B,count\n1,0\n", "Line 2 has 2 cells"),
    ("", "empty"),
    (b"%PDF-1.4\x00\x01\x02binary", "not a CSV"),
    (b"\xff\xfe\xfa\xfbA,B", "not a CSV"),
])
def test_bad_input_is_a_clear_error(tmp_path: Path, content: str | bytes,
                                    message: str) -> None:
    with pytest.raises(CommandError, match=message):
        run(write(tmp_path, content))


def test_missing_file_and_bad_options_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="cannot be read"):
        run(str(tmp_path / "nowhere.csv"))
    uk = str(DATA / "uk_2013.csv")
    with pytest.raises(CommandError, match="no column 'region'"):
        run(uk, "--stratum", "region")
    with pytest.raises(CommandError, match="not an interaction"):
        run(uk, "--model", "LA:XX")
    with pytest.raises(CommandError, match="not both"):
        run(uk, "--model", "LA:NG", "--method", "aic")


def test_semicolon_separated_files_with_trailing_separators_are_read(tmp_path: Path) -> None:
    data = run_json(write(tmp_path, "A;B;count;\n1;0;60;\n0;1;40;\n1;1;20;\n"))
    assert data["estimate"] == pytest.approx(240.0)
