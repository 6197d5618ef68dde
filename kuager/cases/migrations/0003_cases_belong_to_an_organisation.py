"""Cases recorded before organisations existed belong to the installation's organisation."""

from django.db import migrations


def assign(apps, schema_editor):
    Case = apps.get_model("cases", "Case")
    Organisation = apps.get_model("accounts", "Organisation")
    orphans = Case.objects.filter(organisation__isnull=True)
    if not orphans.exists():
        return
    organisation = Organisation.objects.order_by("id").first()
    if organisation is None:
        organisation = Organisation.objects.create(name="Kuager")
    orphans.update(organisation=organisation)


class Migration(migrations.Migration):
    dependencies = [("cases", "0002_case_organisation_teammember_case_team_and_more"),
                    ("accounts", "0001_initial")]
    operations = [migrations.RunPython(assign, migrations.RunPython.noop)]
