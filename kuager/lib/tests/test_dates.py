import datetime as dt

import pytest

from kuager.lib.dates import DateFormatError, Precision, parse_fuzzy_date

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("2021", dt.date(2021, 1, 1), dt.date(2021, 12, 31), Precision.YEAR),
        ("2021-03", dt.date(2021, 3, 1), dt.date(2021, 3, 31), Precision.MONTH),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29), Precision.MONTH),
        ("2021-03-14", dt.date(2021, 3, 14), dt.date(2021, 3, 14), Precision.DAY),
        ("2021-03-01/2021-03-20", dt.date(2021, 3, 1), dt.date(2021, 3, 20), Precision.RANGE),
        ("2019/2020", dt.date(2019, 1, 1), dt.date(2020, 12, 31), Precision.RANGE),
    ],
)
def test_reported_dates_keep_their_precision(
    text: str, start: dt.date, end: dt.date, precision: Precision
) -> None:
    found = parse_fuzzy_date(text, TODAY)
    assert (found.start, found.end, found.precision) == (start, end, precision)
    assert parse_fuzzy_date(str(found), TODAY) == found


@pytest.mark.parametrize(
    "text",
    ["2021-13", "2021-02-30", "21-03-2021", "March 2021", "", "2030", "2021-03-20/2021-03-01",
     "1850", "2021-3-1x", "２０２１"],
)
def test_malformed_or_impossible_dates_are_refused_with_a_reason(text: str) -> None:
    with pytest.raises(DateFormatError) as caught:
        parse_fuzzy_date(text, TODAY)
    assert str(caught.value)


@pytest.mark.parametrize("text", ["2021", "2021-03", "2021-03-14", "2021-03-01/2021-03-20"])
def test_span_labels_read_back_as_written(text: str) -> None:
    from kuager.lib.dates import describe_span

    found = parse_fuzzy_date(text, TODAY)
    assert describe_span(found.start, found.end) == text
