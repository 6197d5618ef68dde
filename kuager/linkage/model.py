"""The Fellegi–Sunter model of a victim-incident: what is compared, how finely, and which
pairs are compared at all (blocking).

Comparisons are splink comparison levels written in DuckDB SQL over the columns of
kuager.linkage.features. Each level carries a prior m probability, so a list too small to
train on is still scored sensibly; training replaces the priors when there is data enough.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from splink import block_on

# Jaro–Winkler on folded keys: at 0.9 a typo (Serikov/Serkov 0.97, Ivan/Iavn 0.92) makes no
# difference, while two names a letter apart, often brothers' (Marat/Murat 0.88), differ.
# Spellings folding leaves apart (Bakhytzhan/Bakytzhan, 0.895) fall to the levels below.
NAME_SIMILAR = 0.9
WORD_SIMILAR = 0.92
PATRONYMIC_SIMILAR = 0.88
WORD_RESEMBLES = 0.75

Level = dict[str, Any]


def level(sql: str, label: str, m: float | None = None, **options: Any) -> Level:
    found: Level = {"sql_condition": sql, "label_for_charts": label, **options}
    if m is not None:
        found["m_probability"] = m
    return found


def null_level(sql: str) -> Level:
    return {"sql_condition": sql, "label_for_charts": "null", "is_null_level": True}


def jw(left: str, right: str) -> str:
    return f"coalesce(jaro_winkler_similarity({left}, {right}), 0)"


def alike(left: str, right: str, similarity: float = NAME_SIMILAR) -> str:
    # (An edit distance of one as well found no more matches on the generated lists, and
    # would make Marat and Murat one name.)
    return f"{jw(left, right)} >= {similarity}"


def name_comparison() -> dict[str, Any]:
    """Names as sets of folded words: order never counts, one typo per word is tolerated."""
    both_alike = (
        f"len(name_parts_l) > 1 AND len(name_parts_r) > 1 AND ("
        f"({alike('name_first_l', 'name_first_r')} AND {alike('name_last_l', 'name_last_r')}) OR "
        # A typo in a first letter can swap the sorted order: compare crosswise too.
        f"({alike('name_first_l', 'name_last_r')} AND {alike('name_last_l', 'name_first_r')}))"
    )
    crossings = (("first", "first", "last", "last"), ("last", "last", "first", "first"),
                 ("first", "last", "last", "first"), ("last", "first", "first", "last"))
    # One word alike and the other only resembling: two typos, or a romanisation folding could
    # not join. One word alike and the other plainly different is a namesake's first name.
    one_alike_other_close = "len(name_parts_l) > 1 AND len(name_parts_r) > 1 AND (" + " OR ".join(
        f"({alike(f'name_{a}_l', f'name_{b}_r', WORD_SIMILAR)} AND "
        f"{jw(f'name_{c}_l', f'name_{d}_r')} >= {WORD_RESEMBLES})"
        for a, b, c, d in crossings) + ")"
    one_alike = " OR ".join(alike(f"name_{a}_l", f"name_{b}_r", WORD_SIMILAR)
                            for a, b, _, _ in crossings)
    # "Ivanov I. P." holds "Ivan Ivanov" only if I is the initial of the word it lacks.
    initial_fits = (
        "(initial_{a} IS NULL OR len(name_parts_{b}) < 2 OR initial_{a} = replace(left("
        "CASE WHEN name_first_{b} = name_first_{a} THEN name_last_{b} ELSE name_first_{b} END,"
        " 1), 'j', 'i'))"
    )
    initials_agree = (f"{initial_fits.format(a='l', b='r')} AND "
                      f"{initial_fits.format(a='r', b='l')}")
    return {
        "output_column_name": "name",
        "comparison_levels": [
            null_level("name_key_l IS NULL OR name_key_r IS NULL"),
            level("name_key_l = name_key_r", "same name words", 0.7,
                  tf_adjustment_column="name_key", tf_adjustment_weight=1.0),
            level(both_alike, "every word alike", 0.2),
            level("(list_has_all(name_parts_l, name_parts_r) OR "
                  f"list_has_all(name_parts_r, name_parts_l)) AND {initials_agree}",
                  "one name holds the other", 0.05),
            level(one_alike_other_close, "one word alike, the other close", 0.03),
            level(one_alike, "one word alike", 0.01),
            level("ELSE", "different", 0.01),
        ],
    }


def patronymic_comparison() -> dict[str, Any]:
    return {
        "output_column_name": "patronymic",
        "comparison_levels": [
            null_level("patronymic_l IS NULL OR patronymic_r IS NULL"),
            level("patronymic_l = patronymic_r", "same father's name", 0.9),
            level(f"{jw('patronymic_l', 'patronymic_r')} >= {PATRONYMIC_SIMILAR}",
                  "father's name alike", 0.08),
            level("ELSE", "different", 0.02),
        ],
    }


def birth_year_comparison() -> dict[str, Any]:
    return {
        "output_column_name": "birth_year",
        "comparison_levels": [
            null_level("birth_year_l IS NULL OR birth_year_r IS NULL"),
            level("birth_year_l = birth_year_r", "same year", 0.85),
            # A year worked out from a reported age is often one off.
            level("abs(birth_year_l - birth_year_r) <= 1", "one year apart", 0.1),
            level("abs(birth_year_l - birth_year_r) <= 3", "two or three years apart", 0.03),
            level("ELSE", "further apart", 0.02),
        ],
    }


def place_comparison() -> dict[str, Any]:
    """Facility and region as one comparison: they are far from independent."""
    no_place = "(facility_{s} IS NULL AND len(regions_{s}) = 0)"
    return {
        "output_column_name": "place",
        "comparison_levels": [
            null_level(f"{no_place.format(s='l')} OR {no_place.format(s='r')}"),
            level("facility_l = facility_r", "same facility", 0.85),
            level("starts_with(facility_l, 'f:') AND starts_with(facility_r, 'f:')",
                  "different known facilities", 0.03),
            level("list_has_any(regions_l, regions_r)", "same region", 0.08),
            level("len(regions_l) > 0 AND len(regions_r) > 0", "different regions", 0.02),
            level("ELSE", "different unresolved names", 0.02),
        ],
    }


def incident_date_comparison() -> dict[str, Any]:
    """Spans, not days: "2019" agrees with 2019-03-14 but says less than "2019-03" does."""
    overlap = "date_start_l <= date_end_r AND date_start_r <= date_end_l"
    gap = "greatest(date_start_l - date_end_r, date_start_r - date_end_l)"
    return {
        "output_column_name": "incident_date",
        "comparison_levels": [
            null_level("date_start_l IS NULL OR date_start_r IS NULL"),
            level("date_start_l = date_end_l AND date_start_l = date_start_r "
                  "AND date_end_l = date_end_r", "same day", 0.5),
            level(f"{overlap} AND date_end_l - date_start_l <= 31 "
                  "AND date_end_r - date_start_r <= 31", "same month or day within it", 0.25),
            level(overlap, "within the other's span", 0.17),
            level(f"{gap} <= 31", "within a month", 0.05),
            level(f"{gap} <= 366", "within a year", 0.02),
            # Fixed, not trained: this is what makes the unit the incident. The same person's
            # other incident agrees on everything else, so only near-certainty that one
            # incident's records do not differ by years keeps such pairs improbable (EM would
            # learn the rate at which its blocks hold a person's other incidents).
            level("ELSE", "more than a year apart", 1e-6, fix_m_probability=True),
        ],
    }


@dataclass(frozen=True)
class ModelSpec:
    """A linkage model: comparisons, blocking, and how to train it.

    prior_rules: near-certain matches, for the share of pairs that match (with their recall).
    training_rules: one EM session per (blocking rule, comparisons it trains); the other
    comparisons are held at what earlier sessions (or the priors) gave them. A rule may not
    train a comparison over its own columns: within its blocks they always agree.
    """

    comparisons: list[dict[str, Any]]
    blocking_rules: list[Any]
    prior_rules: list[Any]
    prior_recall: float
    training_rules: list[tuple[Any, tuple[str, ...]]]
    term_frequency_columns: list[str] = field(default_factory=list)


def _one_lacks(*columns: str) -> str:
    return " OR ".join(f"l.{c} IS NULL OR r.{c} IS NULL" for c in columns)


def _birth_years_close() -> str:
    return (f"({_one_lacks('birth_year')} OR abs(l.birth_year - r.birth_year) <= 1)")


def incident_blocking_rules() -> list[Any]:
    """Which pairs are compared at all. Each rule is an equality join, which DuckDB hashes
    instead of comparing every pair; the conditions after the join keep the looser rules to
    the records that need them (100,000 records give about 6 million pairs, not 5 billion).
    Together they let any one of name word, birth year, date and place be missing or
    mistyped, and find a surname with initials only."""
    word_rules = []
    for word in ("name_first", "name_last"):
        word_rules += [
            block_on(word, "birth_year"),
            # With a birth year missing or one off, the incident's year or place must do.
            f"l.{word} = r.{word} AND l.date_year = r.date_year AND {_birth_years_close()}",
            f"l.{word} = r.{word} AND l.facility = r.facility AND {_birth_years_close()}",
            block_on("patronymic", word),
            # A record with neither birth year nor date, and no facility to compare (the rule
            # before covers the same facility), has only its name to be found by.
            f"l.{word} = r.{word} AND ((l.birth_year IS NULL AND l.date_year IS NULL) "
            f"OR (r.birth_year IS NULL AND r.date_year IS NULL)) AND ({_one_lacks('facility')})",
        ]
    return [
        block_on("name_key"),
        *word_rules,
        block_on("patronymic", "birth_year"),
        # Both name words mistyped, or a surname mistyped beside an initial.
        block_on("birth_year", "facility", "date_year"),
    ]


def incident_model() -> ModelSpec:
    return ModelSpec(
        comparisons=[name_comparison(), patronymic_comparison(), birth_year_comparison(),
                     place_comparison(), incident_date_comparison()],
        blocking_rules=incident_blocking_rules(),
        prior_rules=[
            "l.name_key = r.name_key AND l.birth_year = r.birth_year "
            "AND l.date_start <= r.date_end AND r.date_start <= l.date_end",
        ],
        # Name, birth year and an overlapping date all present and spelled alike on both
        # records: in lists with missing birth years and typos, about one match in three.
        prior_recall=0.3,
        # EM finds whatever class of pairs stands out in its block. Within one name and one
        # year that is the incident; within one name alone it would be the person, and the
        # model would learn that an incident's records may be years apart. So dates, places
        # and birth years are learnt there, and only the names within a birth year and a
        # facility, where the same person's other incidents would blur the dates.
        training_rules=[
            (block_on("name_key", "date_year"),
             ("patronymic", "birth_year", "place", "incident_date")),
            (block_on("birth_year", "facility"), ("name",)),
        ],
        term_frequency_columns=["name_key"],
    )
