"""Seed the gazetteer: the 20 regions of ISO 3166-2:KZ and the facilities in the reference list.

Later changes to kuager/places/seed_data.py need a migration of their own: this one runs once.
"""

import datetime as dt

from django.db import migrations


def _day(text):
    return dt.date.fromisoformat(text) if text else None


def seed(apps, schema_editor):
    from kuager.places.seed_data import FACILITIES, REGIONS

    Region = apps.get_model("places", "Region")
    Facility = apps.get_model("places", "Facility")
    FacilityRegion = apps.get_model("places", "FacilityRegion")
    regions = {}
    for r in REGIONS:
        regions[r.iso], _ = Region.objects.update_or_create(
            code=r.iso,
            defaults={"name_kk": r.kk, "name_ru": r.ru, "name_en": r.en, "aliases": list(r.aliases)},
        )
    for f in FACILITIES:
        facility, _ = Facility.objects.update_or_create(
            legacy_code=f.legacy_code,
            defaults={"kind": f.kind, "name_ru": f.name_ru, "name_kk": f.name_kk,
                      "name_en": f.name_en, "nicknames": list(f.nicknames),
                      "settlement": f.settlement, "department": f.department,
                      "closed": f.closed},
        )
        FacilityRegion.objects.filter(facility=facility).delete()
        for period in f.regions:
            FacilityRegion.objects.create(
                facility=facility, region=regions[period.region],
                valid_from=_day(period.valid_from), valid_to=_day(period.valid_to),
            )


class Migration(migrations.Migration):
    dependencies = [("places", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
