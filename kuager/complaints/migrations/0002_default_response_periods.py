"""Starting response periods per channel, in calendar days; coordinators change them in the
admin. They are working assumptions, not legal advice: check them against current law."""

from django.db import migrations

DAYS = {
    "910000000000": 15,  # prison administration
    "920000000000": 15,  # prosecutor's office
    "930000000000": 30,  # courts
    "930100000000": 5,   # investigating judge
    "940000000000": 30,  # Ombudsman / NPM
    "950000000000": 30,  # public monitoring commission
    "960000000000": 90,  # UN mechanisms
    "970000000000": 60,  # OSCE/ODIHR
}


def seed(apps, schema_editor):
    Term = apps.get_model("vocab", "Term")
    ResponsePeriod = apps.get_model("complaints", "ResponsePeriod")
    for code, days in DAYS.items():
        term = Term.objects.filter(vocabulary__key="channels", code=code).first()
        if term is not None:
            ResponsePeriod.objects.get_or_create(channel=term, defaults={"days": days})


class Migration(migrations.Migration):
    dependencies = [("complaints", "0001_initial"), ("vocab", "0002_seed")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
