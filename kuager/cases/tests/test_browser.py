"""A person in Debian's Chromium: sign in, record an allegation, find it by a Latin spelling."""

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from pytest_django.live_server_helper import LiveServer
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as expected
from selenium.webdriver.support.ui import Select, WebDriverWait

from kuager.testing import PASSWORD, region

pytestmark = [pytest.mark.browser,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")


def wait(driver: WebDriver) -> WebDriverWait[WebDriver]:
    return WebDriverWait(driver, 15)


@pytest.fixture
def browser() -> Iterator[WebDriver]:
    if not (CHROMIUM and CHROMEDRIVER):
        if os.environ.get("CI"):
            pytest.fail("CI must have Debian's chromium and chromium-driver")
        pytest.skip("Debian's chromium and chromium-driver are not installed")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="kuager-chromium-")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--window-size=1280,1600",
                 f"--user-data-dir={profile}", "--lang=en"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.implicitly_wait(5)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def test_sign_in_record_find_by_latin_spelling_and_open(
    browser: WebDriver, live_server: LiveServer
) -> None:
    driver = browser
    base = live_server.url
    User.objects.create_user("documenter", password=PASSWORD)

    driver.get(base + "/accounts/login/")
    driver.find_element(By.ID, "id_username").send_keys("documenter")
    driver.find_element(By.ID, "id_password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "button.primary").click()
    wait(driver).until(expected.url_contains("/cases/"))

    driver.get(base + "/cases/new/")
    driver.find_element(By.ID, "id_victim_name").send_keys("Айгерим Семёнова")
    driver.find_element(By.ID, "id_incident_date").send_keys("2021-03")
    Select(driver.find_element(By.ID, "id_region")).select_by_value(str(region("KZ-35").pk))
    driver.find_element(By.CSS_SELECTOR, "#id_methods input[type=checkbox]").click()
    driver.find_element(By.ID, "id_narrative").send_keys("Меня избили в камере.")
    driver.find_element(By.CSS_SELECTOR, "form.intake button.primary").click()
    wait(driver).until(expected.url_contains("/cases/K-"))
    number = driver.find_element(By.TAG_NAME, "h1").text.split()[-1]
    assert number.startswith("K-")
    assert "Семёнова" not in driver.page_source

    driver.get(base + "/cases/")
    search = driver.find_element(By.ID, "id_q")
    search.send_keys("Semyonova")
    search.submit()
    wait(driver).until(expected.url_contains("q=Semyonova"))
    driver.find_element(By.LINK_TEXT, number).click()
    wait(driver).until(expected.url_contains(f"/cases/{number}/"))
    assert number in driver.find_element(By.TAG_NAME, "h1").text
    driver.find_element(By.CSS_SELECTOR, ".identity button").click()
    wait(driver).until(expected.url_contains("/reveal/"))
    assert "Айгерим Семёнова" in driver.find_element(By.CSS_SELECTOR, "td.name").text
    shots = Path(os.environ.get("KUAGER_SCREENSHOTS", tempfile.gettempdir()))
    driver.save_screenshot(str(shots / "kuager-case-revealed.png"))
