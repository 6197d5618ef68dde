from kuager.linkage.clusters import Facts, cluster

DAY_2019 = 17970  # 2019-03-14 as days since 1970
DAY_2021 = DAY_2019 + 730


def test_a_dateless_record_does_not_chain_two_incidents_into_one() -> None:
    facts = [Facts(DAY_2019, DAY_2019, 1980), Facts(None, None, 1980),
             Facts(DAY_2021, DAY_2021, 1980)]
    labels = cluster(facts, [(0, 1, 0.99), (1, 2, 0.98)], 0.5)
    assert labels[0] == labels[1] != labels[2]


def test_birth_years_far_apart_stay_apart_through_a_third_record() -> None:
    facts = [Facts(birth_year=1970), Facts(), Facts(birth_year=1990)]
    labels = cluster(facts, [(0, 1, 0.9), (1, 2, 0.95)], 0.5)
    assert labels[1] == labels[2] != labels[0]


def test_a_partial_date_joins_a_day_within_it() -> None:
    year_2019 = Facts(DAY_2019 - 72, DAY_2019 + 292)  # all of 2019
    labels = cluster([year_2019, Facts(DAY_2019, DAY_2019)], [(0, 1, 0.8)], 0.5)
    assert labels[0] == labels[1]


def test_confirmed_pairs_join_and_rejected_pairs_never_do() -> None:
    facts = [Facts()] * 4
    labels = cluster(facts, [(0, 1, 0.99), (1, 2, 0.97), (2, 3, 0.1)], 0.5,
                     confirmed=[(2, 3)], rejected=[(0, 2)])
    assert labels[0] == labels[1]
    assert labels[2] == labels[3] != labels[0]


def test_pairs_below_the_threshold_do_not_link() -> None:
    labels = cluster([Facts(), Facts()], [(0, 1, 0.49)], 0.5)
    assert labels[0] != labels[1]
