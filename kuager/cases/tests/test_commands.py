import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from kuager.cases.models import Case, Information

pytestmark = pytest.mark.django_db


def test_demo_loads_synthetic_cases_in_three_languages_and_a_sign_in() -> None:
    out = io.StringIO()
    call_command("demo", "--cases", "520", "--password", "demo-pass-2026", stdout=out)
    assert "Demo sign-in: user name 'demo', password 'demo-pass-2026'" in out.getvalue()
    assert Case.objects.count() == 520
    assert not Case.objects.filter(synthetic=False).exists()
    assert Case.objects.values("region").distinct().count() >= 15
    assert Case.objects.values("facility").distinct().count() >= 11
    assert set(Information.objects.values_list("language", flat=True)) == {"kk", "ru", "en"}
    from kuager.complaints.funnel import funnel
    from kuager.complaints.models import Complaint, Retaliation, RiskFlag

    assert Complaint.objects.count() > 150
    assert Retaliation.objects.exists() and RiskFlag.objects.exists()
    counts = [s.cases for s in funnel(Case.objects.all()).stages]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
    demo = User.objects.get(username="demo")
    assert demo.check_password("demo-pass-2026")
    assert demo.membership.role == "coordinator"
    assert set(Case.objects.values_list("organisation__name", flat=True)) == {
        "Demo organisation (synthetic data)"}

    call_command("demo", "--password", "another-pass-2026", stdout=io.StringIO())
    assert Case.objects.count() == 520, "a second run loads nothing twice"


def test_kuager_command_wraps_management_commands_with_hyphens(tmp_path: Path) -> None:
    env = {**os.environ, "KUAGER_DATA_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    script = shutil.which("kuager") or ""
    command = [script] if script else [sys.executable, "-m", "kuager.cli"]
    result = subprocess.run([*command, "import-cases", "--help"], env=env,
                            capture_output=True, text=True, check=True)
    assert "--skip-bad-rows" in result.stdout
    missing = subprocess.run([*command, "import-cases", str(tmp_path / "none.csv")], env=env,
                             capture_output=True, text=True)
    assert missing.returncode != 0
    assert "no such file" in missing.stderr
    assert "Traceback" not in missing.stderr
