import pytest

from kuager.linkage.engine import Decision, Linkage, link
from kuager.linkage.places import PlaceKeys
from kuager.linkage.records import Record
from kuager.linkage.tests.factories import records
from kuager.places.gazetteer import Gazetteer

pytestmark = pytest.mark.django_db

# The names are outside the generator's pools, so no background record is a namesake.
# One person, Қуандық Тәжібаев, beaten in Dolinka in 2019 and again in 2021: two
# victim-incidents, each reported twice, in Kazakh, Russian and Latin spellings.
SAME_PERSON_TWO_YEARS = (
    ("q1", "kuager", "Тәжібаев Қуандық Серікұлы", "1985", "Долинка", "", "2019-03-14"),
    ("q2", "partner-a", "Kuandyk Tazhibayev", "1985", "АК-159/7", "Karaganda", "2019-03"),
    ("q3", "partner-b", "Тажибаев Куандык Серикович", "1985", "Dolinka", "", "2021-06-02"),
    ("q4", "kuager", "TAZHIBAEV Kuandyq", "1986", "Учреждение АК-159/7 (Долинка)", "",
     "2021-06"),
)
# Two different men called Мирас Жақсылықов: born 1970 and 1992, in different colonies.
NAMESAKES = (
    ("m1", "kuager", "Жақсылықов Мирас", "1970", "Карабас", "", "2018-05-02"),
    ("m2", "partner-a", "Miras Zhaksylykov", "1970", "Qarabas", "", "2018-05"),
    ("m3", "partner-b", "Миras Жаксылыков", "1992", "Zarechnoye", "KZ-19", "2018-05"),
    ("m4", "partner-c", "Zhaqsylyqov Miras", "1992", "ЛА-155/8", "", "2018-05-20"),
)


def run(*rows: tuple[str, ...], decisions: list[Decision] | None = None) -> Linkage:
    return link(records(*rows), places=PlaceKeys(Gazetteer.load()), decisions=decisions or ())


def test_same_person_in_two_years_is_two_incidents() -> None:
    linkage = run(*SAME_PERSON_TWO_YEARS)
    cluster = linkage.cluster_of
    assert cluster["q1"] == cluster["q2"]
    assert cluster["q3"] == cluster["q4"]
    assert cluster["q1"] != cluster["q3"]


def test_namesakes_are_kept_apart() -> None:
    cluster = run(*NAMESAKES).cluster_of
    assert cluster["m1"] == cluster["m2"]
    assert cluster["m3"] == cluster["m4"]
    assert cluster["m1"] != cluster["m3"]


def test_pairs_come_with_probabilities_and_clusters_with_confidence() -> None:
    linkage = run(*SAME_PERSON_TWO_YEARS)
    probability = {(p.left, p.right): p.probability for p in linkage.pairs}
    assert probability[("q1", "q2")] >= 0.9
    assert probability.get(("q1", "q3"), 0.0) < 0.5
    assert linkage.confidence["q1"] >= 0.9
    assert all(0.0 <= c <= 1.0 for c in linkage.confidence.values())


def test_peoples_decisions_outrank_the_model() -> None:
    decisions = [Decision("q1", "q2", same=False), Decision("q1", "m1", same=True)]
    linkage = run(*SAME_PERSON_TWO_YEARS, *NAMESAKES, decisions=decisions)
    cluster = linkage.cluster_of
    assert cluster["q1"] != cluster["q2"]
    assert cluster["q1"] == cluster["m1"]
    decided = {(p.left, p.right): p.probability for p in linkage.pairs if p.decided}
    assert decided == {("q1", "q2"): 0.0, ("q1", "m1"): 1.0}


def test_a_rejected_pair_does_not_come_back_through_a_third_record() -> None:
    rows = (*SAME_PERSON_TWO_YEARS,
            ("q5", "partner-c", "Куандык Тажибаев", "1985", "Долинка", "", "2019-03-14"))
    linkage = run(*rows, decisions=[Decision("q2", "q5", same=False)])
    assert linkage.cluster_of["q2"] != linkage.cluster_of["q5"]


def test_same_input_gives_the_same_clusters() -> None:
    first, second = run(*NAMESAKES), run(*NAMESAKES)
    assert first.cluster_of == second.cluster_of
    assert [(p.left, p.right) for p in first.pairs] == [(p.left, p.right) for p in second.pairs]


def test_a_single_record_is_its_own_cluster() -> None:
    linkage = link([Record("only", "kuager", "Иван Петров")], places=PlaceKeys())
    assert (linkage.cluster_of, linkage.confidence, linkage.pairs) == ({"only": 1},
                                                                      {"only": 1.0}, [])


def test_record_ids_must_be_unique() -> None:
    with pytest.raises(ValueError, match="unique"):
        link([Record("a", "x"), Record("a", "y")])
