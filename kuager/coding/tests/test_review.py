"""The review page: the letter's words marked, decisions through forms, bad input explained,
and in Chromium a person accepting two proposals and rejecting one."""

import pytest
from django.test import Client
from django.urls import reverse
from pytest_django.live_server_helper import LiveServer
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as expected

from kuager.accounts.models import Role
from kuager.audit.models import AuditEntry
from kuager.cases.models import Case, Information
from kuager.cases.tests.test_browser import (  # noqa: F401 (browser is a fixture)
    browser,
    csp_violations,
    enrol_and_sign_in,
    wait,
)
from kuager.coding.actions import decide, suggest
from kuager.coding.engine import VERSION
from kuager.coding.models import Suggestion
from kuager.testing import make_case, make_user, sign_in

LETTER = "<b>Пишу</b> из колонии. Сотрудники надели мне на голову пакет и били ногами."
Status = Suggestion.Status


def _case_with_proposals(*team: object) -> tuple[Case, Information, dict[str, Suggestion]]:
    case = make_case(narrative=LETTER, team=team)  # type: ignore[arg-type]
    information = Information.objects.get(case=case)
    return case, information, {s.code: s for s in suggest(information)}


@pytest.mark.django_db
def test_the_page_marks_the_words_and_escapes_the_letter(client: Client) -> None:
    lawyer = make_user("lawyer", Role.LAWYER)
    case, information, found = _case_with_proposals(lawyer)
    sign_in(client, lawyer)
    page = client.get(reverse("cases:detail", args=[case.number])).content.decode()
    review = reverse("coding:review", args=[case.number, "information", information.pk])
    assert review in page and "to decide" in page
    page = client.get(review).content.decode()
    assert "&lt;b&gt;Пишу&lt;/b&gt;" in page and "<b>Пишу" not in page
    assert "голову пакет</mark>" in page
    assert f'id="s-{found["030902000000"].pk}"' in page
    assert AuditEntry.objects.filter(action="case.read_text", target_ref=case.number).exists()


@pytest.mark.django_db
def test_an_unknown_code_is_explained_and_changes_nothing(client: Client) -> None:
    lawyer = make_user("lawyer", Role.LAWYER)
    case, _, found = _case_with_proposals(lawyer)
    sign_in(client, lawyer)
    bag = found["030902000000"]
    response = client.post(reverse("coding:decide", args=[case.number, bag.pk]),
                           {"decision": "edited", "code": "not-a-code"}, follow=True)
    assert "is not a known code for this field" in response.content.decode()
    bag.refresh_from_db()
    assert bag.status == Status.PROPOSED


@pytest.mark.django_db
def test_a_suggestion_of_another_case_is_not_found_through_this_one(client: Client) -> None:
    lawyer = make_user("lawyer", Role.LAWYER)
    mine, _, _ = _case_with_proposals(lawyer)
    _, _, theirs = _case_with_proposals(lawyer)
    sign_in(client, lawyer)
    other = next(iter(theirs.values()))
    response = client.post(reverse("coding:decide", args=[mine.number, other.pk]),
                           {"decision": "rejected"})
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.status == Status.PROPOSED


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_accept_two_proposals_and_reject_one_in_the_browser(
        browser: WebDriver, live_server: LiveServer) -> None:  # noqa: F811
    driver, base = browser, live_server.url
    lawyer = make_user("lawyer", Role.LAWYER)
    case, _, found = _case_with_proposals(lawyer)
    enrol_and_sign_in(driver, base, "lawyer")
    driver.get(f"{base}/cases/{case.number}/")
    driver.find_element(By.PARTIAL_LINK_TEXT, "Proposed coding").click()
    wait(driver).until(expected.presence_of_element_located((By.CSS_SELECTOR, "mark")))
    assert "голову пакет" in [m.text for m in driver.find_elements(By.CSS_SELECTOR, "mark")]

    for code, decision in (("030902000000", "accepted"), ("030101000000", "accepted"),
                           ("010105000000", "rejected")):
        article = driver.find_element(By.ID, f"s-{found[code].pk}")
        article.find_element(By.CSS_SELECTOR, f"button[value='{decision}']").click()
        wait(driver).until(expected.presence_of_element_located(
            (By.CSS_SELECTOR, f"tr#s-{found[code].pk}")))

    decided = {s.code: (s.status, s.decided_by) for s in Suggestion.objects.filter(
        pk__in=[s.pk for s in found.values()]).select_related("decided_by")}
    assert decided["030902000000"] == (Status.ACCEPTED, lawyer)
    assert decided["030101000000"] == (Status.ACCEPTED, lawyer)
    assert decided["010105000000"] == (Status.REJECTED, lawyer)
    row = driver.find_element(By.CSS_SELECTOR, f"tr#s-{found['010105000000'].pk}")
    assert "Rejected" in row.text
    assert csp_violations(driver) == []
    # The accepted codes are now the case's coding, with where they came from.
    driver.get(f"{base}/cases/{case.number}/")
    methods = driver.find_element(
        By.XPATH, "//dt[normalize-space()='Methods']/following-sibling::dd[1]").text
    assert "plastic bag" in methods and "kicking" in methods
    perpetrators = driver.find_element(
        By.XPATH, "//dt[normalize-space()='Perpetrators']/following-sibling::dd[1]").text
    assert "Prison officials" not in perpetrators
    driver.find_element(By.CSS_SELECTOR, "details.provenance summary").click()
    provenance = driver.find_element(By.CSS_SELECTOR, "details.provenance").text
    assert "2 codes confirmed from letters" in provenance and "lawyer" in provenance
    if shot := __import__("os").environ.get("KUAGER_SCREENSHOT"):
        driver.save_screenshot(shot)


@pytest.mark.django_db
def test_the_case_page_shows_confirmed_coding_and_its_provenance(client: Client) -> None:
    lawyer = make_user("lawyer", Role.LAWYER)
    case, _, found = _case_with_proposals(lawyer)
    decide(lawyer, found["030902000000"], Suggestion.Status.ACCEPTED)
    sign_in(client, lawyer)
    page = client.get(reverse("cases:detail", args=[case.number])).content.decode()
    assert "plastic bag" in page and "1 code confirmed from letters" in page
    assert f"({found['030902000000'].rules_version})" in page
    review = client.get(reverse("coding:review", args=[
        case.number, "information", found["030902000000"].information_id])).content.decode()
    assert "written" in review


@pytest.mark.django_db
def test_a_proposal_of_the_sentence_model_says_so_and_keeps_both_versions(client: Client) -> None:
    lawyer = make_user("lawyer", Role.LAWYER)
    case = make_case(narrative="In January they opened the window of the cell and took away "
                     "my jacket. I shook all night and could not feel my fingers.",
                     team=(lawyer,))
    information = Information.objects.get(case=case)
    found = {s.code: s for s in suggest(information)}
    cold = found["030700000000"]
    assert (cold.rule, cold.rules_version) == ("learnt-3", f"{VERSION}+learnt-3")
    sign_in(client, lawyer)
    page = client.get(reverse("coding:review", args=[case.number, "information",
                                                     information.pk])).content.decode()
    assert "read from the sentence as a whole (model), please check" in page
    assert "opened the window of the cell and took away my jacket.</mark>" in page
