import pytest

from kuager.lib.spreadsheet import neutralise


@pytest.mark.parametrize("cell", ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1",
                                  "＝1+1"])
def test_formula_cells_become_inert_text(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Семёнова", "2021-03", "K-1234-ABCD", ""])
def test_ordinary_cells_are_left_alone(cell: str) -> None:
    assert neutralise(cell) == cell
