"""Seed the controlled vocabularies (HURIDOCS codes, Istanbul Protocol scale, local extensions).

Later changes to kuager/vocab/seed_data.py need a migration of their own: this one runs once.
"""

from django.db import migrations


def seed(apps, schema_editor):
    from kuager.vocab.seed_data import FLAT_VOCABULARIES, VOCABULARIES

    Vocabulary = apps.get_model("vocab", "Vocabulary")
    Term = apps.get_model("vocab", "Term")
    for vocab in VOCABULARIES:
        row, _ = Vocabulary.objects.update_or_create(
            key=vocab.key,
            defaults={"standard": vocab.standard, "name_en": vocab.en, "name_ru": vocab.ru,
                      "name_kk": vocab.kk, "hierarchical": vocab.key not in FLAT_VOCABULARIES},
        )
        for term in vocab.terms:
            Term.objects.update_or_create(
                vocabulary=row, code=term.code,
                defaults={"label_en": term.en, "label_ru": term.ru, "label_kk": term.kk,
                          "local": term.local},
            )


class Migration(migrations.Migration):
    dependencies = [("vocab", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
