"""A person in Debian's Chromium: sign in with two factors, record an allegation, find it by a
Latin spelling, reveal it after re-authenticating; no page breaks the Content Security Policy."""

import base64
import hashlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from django_otp.oath import TOTP
from PIL import Image
from pytest_django.live_server_helper import LiveServer
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support import expected_conditions as expected
from selenium.webdriver.support.ui import Select, WebDriverWait

from kuager.accounts.models import Role
from kuager.complaints.actions import do_raise_flag
from kuager.testing import PASSWORD, make_case, make_user, region

pytestmark = [pytest.mark.browser,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")


def wait(driver: WebDriver) -> WebDriverWait[WebDriver]:
    return WebDriverWait(driver, 15)


def submit(driver: WebDriver, button: WebElement) -> None:
    """Click a form's button and wait until the page it posts from is gone: a text looked for
    at once may be read from the old page while it is being replaced (Chrome then reports a
    node that "does not belong to the document")."""
    page = driver.find_element(By.TAG_NAME, "html")
    button.click()
    wait(driver).until(expected.staleness_of(page))


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
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.implicitly_wait(5)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def code_for(secret: str, steps_ahead: int = 0) -> str:
    """What an authenticator app shows for this key (steps of 30 s ahead: a later code)."""
    totp = TOTP(base64.b32decode(secret + "=" * (-len(secret) % 8)))
    totp.time = time.time() + 30 * steps_ahead
    return f"{totp.token():06d}"


def enrol_and_sign_in(driver: WebDriver, base: str, username: str) -> str:
    """Password, then the first-time TOTP enrolment; returns the authenticator's key."""
    driver.get(base + "/accounts/login/")
    driver.find_element(By.ID, "id_username").send_keys(username)
    driver.find_element(By.ID, "id_password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "button.primary").click()
    wait(driver).until(expected.url_contains("/two-factor/setup/"))
    assert driver.find_element(By.CSS_SELECTOR, "img.qr").get_attribute("naturalWidth") != "0"
    secret = driver.find_element(By.CSS_SELECTOR, "code.secret").text.replace(" ", "")
    driver.find_element(By.ID, "id_code").send_keys(code_for(secret))
    driver.find_element(By.CSS_SELECTOR, "button.primary").click()
    wait(driver).until(expected.presence_of_element_located((By.CSS_SELECTOR, "ul.codes")))
    assert len(driver.find_elements(By.CSS_SELECTOR, "ul.codes li")) == 10
    driver.find_element(By.CSS_SELECTOR, "a.button.primary").click()
    wait(driver).until(expected.url_contains("/cases/"))
    return secret


def csp_violations(driver: WebDriver) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser")  # type: ignore[attr-defined]
            if "Content Security Policy" in entry["message"] or "Refused to" in entry["message"]]


def test_two_factor_sign_in_record_find_reveal_without_csp_violations(
    browser: WebDriver, live_server: LiveServer
) -> None:
    driver, base = browser, live_server.url
    make_user("documenter", Role.DOCUMENTER)
    violations: list[str] = []

    secret = enrol_and_sign_in(driver, base, "documenter")
    violations += csp_violations(driver)

    driver.get(base + "/cases/new/")
    driver.find_element(By.ID, "id_victim_name").send_keys("Айгерим Семёнова")
    driver.find_element(By.ID, "id_incident_date").send_keys("2021-03")
    Select(driver.find_element(By.ID, "id_region")).select_by_value(str(region("KZ-35").pk))
    driver.find_element(By.CSS_SELECTOR, "#id_methods input[type=checkbox]").click()
    driver.find_element(By.ID, "id_narrative").send_keys("Меня избили в камере.")
    violations += csp_violations(driver)
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
    violations += csp_violations(driver)
    driver.find_element(By.LINK_TEXT, number).click()
    wait(driver).until(expected.url_contains(f"/cases/{number}/"))
    assert number in driver.find_element(By.TAG_NAME, "h1").text

    # Revealing needs the password and a fresh code (the enrolment code would be a replay).
    driver.find_element(By.CSS_SELECTOR, ".identity button").click()
    wait(driver).until(expected.url_contains("/accounts/confirm/"))
    driver.find_element(By.ID, "id_password").send_keys(PASSWORD)
    driver.find_element(By.ID, "id_code").send_keys(code_for(secret, steps_ahead=1))
    driver.find_element(By.CSS_SELECTOR, "button.primary").click()
    wait(driver).until(expected.url_contains(f"/cases/{number}/"))
    driver.find_element(By.CSS_SELECTOR, ".identity button").click()
    wait(driver).until(expected.url_contains("/reveal/"))
    assert "Айгерим Семёнова" in driver.find_element(By.CSS_SELECTOR, "td.name").text
    violations += csp_violations(driver)
    shots = Path(os.environ.get("KUAGER_SCREENSHOTS", tempfile.gettempdir()))
    driver.save_screenshot(str(shots / "kuager-case-revealed.png"))

    # Attach a photo to the case: its hash and custody entries are shown.
    photo = Path(tempfile.mkdtemp(prefix="kuager-photo-")) / "bruises.png"
    Image.new("RGB", (64, 48), (180, 40, 40)).save(photo, format="PNG")
    driver.get(f"{base}/cases/{number}/")
    Select(driver.find_element(By.ID, "id_kind")).select_by_value("photo")
    Select(driver.find_element(By.ID, "id_method")).select_by_value("messenger")
    driver.find_element(By.ID, "evidence-file").send_keys(str(photo))
    driver.find_element(By.CSS_SELECTOR, "section.evidence button.primary").click()
    wait(driver).until(expected.url_contains("/evidence/"))
    digest = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert digest in driver.find_element(By.CSS_SELECTOR, "dl.facts code.hash").text
    events = driver.find_element(By.CSS_SELECTOR, "table.custody").text
    assert "evidence.receive" in events and "evidence.view" in events
    violations += csp_violations(driver)
    driver.save_screenshot(str(shots / "kuager-evidence.png"))
    assert violations == []
    # The detector itself works: an inline style is refused and reported.
    driver.execute_script(
        "document.body.insertAdjacentHTML('beforeend', '<p style=\"color:red\">x</p>')")
    wait(driver).until(lambda d: csp_violations(d))


def test_complaint_answer_retaliation_flag_urgent_queue_and_funnel(
    browser: WebDriver, live_server: LiveServer
) -> None:
    driver, base = browser, live_server.url
    lawyer = make_user("lawyer", Role.LAWYER)
    calm = make_case(team=(lawyer,))
    do_raise_flag(None, calm, "transfer")
    case = make_case(team=(lawyer,))
    enrol_and_sign_in(driver, base, "lawyer")
    driver.get(f"{base}/cases/{case.number}/complaints/")

    Select(driver.find_element(By.ID, "id_channel")).select_by_visible_text(
        "Prosecutor's office")
    driver.find_element(By.ID, "id_office").send_keys("Synthetic prosecutor's office")
    _set_date(driver, "id_filed_on", "2024-03-01")
    submit(driver, driver.find_element(By.CSS_SELECTOR,
                                       "form[action$='/complaints/add/'] button"))
    wait(driver).until(expected.presence_of_element_located((By.CSS_SELECTOR, "article h3")))

    Select(driver.find_element(By.ID, "status_status")).select_by_value("refused")
    _set_date(driver, "status_on", "2024-03-20")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form[action*='/status/'] button"))
    wait(driver).until(expected.text_to_be_present_in_element(
        (By.CSS_SELECTOR, "article"), "Registration refused"))

    form = driver.find_element(By.CSS_SELECTOR, "form[action$='/retaliation/']")
    Select(form.find_element(By.NAME, "kind")).select_by_value("cell")
    _set_date(driver, "retaliation_on", "2024-03-05")
    submit(driver, form.find_element(By.TAG_NAME, "button"))
    wait(driver).until(expected.text_to_be_present_in_element(
        (By.CSS_SELECTOR, "ol.timeline"), "Punishment cell"))

    flag = driver.find_element(By.CSS_SELECTOR, "form[action$='/flags/']")
    Select(flag.find_element(By.NAME, "kind")).select_by_value("hunger")
    submit(driver, flag.find_element(By.TAG_NAME, "button"))
    wait(driver).until(expected.text_to_be_present_in_element(
        (By.CSS_SELECTOR, "section.risk"), "Hunger strike"))

    driver.get(f"{base}/urgent/")
    first = driver.find_element(By.CSS_SELECTOR, "table.urgent tbody tr td a").text
    assert first == case.number
    driver.get(f"{base}/stats/funnel/")
    assert driver.find_element(By.CSS_SELECTOR, "svg.funnel")
    assert "Registered" in driver.page_source
    assert csp_violations(driver) == []


def _set_date(driver: WebDriver, field_id: str, value: str) -> None:
    """Date inputs take keys in the browser's locale order; set the value directly."""
    element = driver.find_element(By.ID, field_id)
    driver.execute_script("arguments[0].value = arguments[1];", element, value)
