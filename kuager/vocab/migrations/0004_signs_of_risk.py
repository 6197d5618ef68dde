"""Local consequence terms for two signs of risk the HURIDOCS list has no code for: being held
incommunicado ("my letters are not sent", "no calls, no lawyer") and a stated fear for one's
life ("I am afraid they will kill me"). Both put a case in the urgent queue."""

from django.db import migrations

TERMS = [
    ("980000000000", "Held incommunicado (letters, calls or lawyer withheld)",
     "Содержание без связи (письма, звонки или адвокат не допускаются)",
     "Байланыссыз ұстау (хаттар, қоңыраулар немесе адвокат жіберілмейді)"),
    ("985000000000", "Fears for their life", "Опасается за свою жизнь",
     "Өміріне қауіп төнгенін айтады"),
]


def seed(apps, schema_editor):
    Vocabulary = apps.get_model("vocab", "Vocabulary")
    Term = apps.get_model("vocab", "Term")
    vocabulary = Vocabulary.objects.filter(key="consequences").first()
    if vocabulary is None:
        return
    for code, en, ru, kk in TERMS:
        Term.objects.get_or_create(vocabulary=vocabulary, code=code,
                                   defaults={"label_en": en, "label_ru": ru, "label_kk": kk,
                                             "local": True})


class Migration(migrations.Migration):
    dependencies = [("vocab", "0003_refusal_grounds")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
