"""An analyst in Debian's Chromium imports a partner's list, reviews a pair and opens the
estimate from the linked lists, seeing no name on the way."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytest_django.live_server_helper import LiveServer
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as expected

from kuager.accounts.models import Role
from kuager.cases.tests.test_browser import (  # noqa: F401 (browser is a fixture)
    browser,
    csp_violations,
    enrol_and_sign_in,
    wait,
)
from kuager.linkage.models import PairDecision, PartnerRecord
from kuager.linkage.tests.scenario import build
from kuager.testing import make_user, organisation

pytestmark = [pytest.mark.browser,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_analyst_imports_a_partner_list_reviews_a_pair_and_opens_the_estimate(
        browser: WebDriver, live_server: LiveServer, tmp_path: Path) -> None:  # noqa: F811
    driver, base = browser, live_server.url
    make_user("analyst", Role.ANALYST)
    scenario = build(organisation())
    partner_file = tmp_path / "partner.csv"
    partner_file.write_bytes(scenario.partner_csv)
    names = {r.name for r in scenario.partner_rows + scenario.own_rows}

    enrol_and_sign_in(driver, base, "analyst")
    driver.find_element(By.LINK_TEXT, "Linkage").click()
    driver.find_element(By.ID, "id_label").send_keys("Partners 2025")
    driver.find_element(By.ID, "id_file").send_keys(str(partner_file))
    driver.find_element(By.CSS_SELECTOR, "form.partner-list button.primary").click()
    wait(driver).until(expected.presence_of_element_located((By.ID, "summary")))
    assert f"{len(scenario.partner_rows)} records imported" in driver.page_source
    assert PartnerRecord.objects.count() == len(scenario.partner_rows)

    driver.find_element(By.LINK_TEXT, "Review uncertain pairs").click()
    driver.find_element(By.CSS_SELECTOR, "table.pairs a").click()
    wait(driver).until(expected.presence_of_element_located((By.CSS_SELECTOR,
                                                             "table.agreements")))
    compared = driver.find_element(By.CSS_SELECTOR, "table.agreements").text
    assert "Name" in compared and "Date of the incident" in compared
    assert not any(name in driver.page_source for name in names)
    driver.find_element(By.CSS_SELECTOR, "button[value='same']").click()
    wait(driver).until(expected.presence_of_element_located((By.CSS_SELECTOR,
                                                             "ul.messages")))
    assert "Recorded: the same incident." in driver.page_source
    decision = PairDecision.objects.select_related("decided_by").get()
    assert decision.verdict == "same"
    assert decision.decided_by is not None and decision.decided_by.username == "analyst"

    driver.find_element(By.LINK_TEXT, "Linkage").click()
    driver.find_element(By.CSS_SELECTOR, "button[name='from_linkage']").click()
    wait(driver).until(expected.presence_of_element_located((By.ID, "estimate")))
    headline = driver.find_element(By.CSS_SELECTOR, ".estimate .headline").text
    assert headline.startswith("About") and "the lists recorded" in headline
    assert driver.find_element(By.ID, "from-linkage").is_displayed()
    assert driver.find_element(By.CSS_SELECTOR, "svg.estimate-chart")
    assert not any(name in driver.page_source for name in names)
    assert csp_violations(driver) == []
    if shot := os.environ.get("KUAGER_SCREENSHOT"):
        driver.save_screenshot(shot)
