"""Local vocabulary: the grounds Kazakhstan's offices give for refusing or closing a complaint
about torture, so that "why it went nowhere" can be counted."""

from django.db import migrations

TERMS = [
    ("910000000000", "Absence of a crime (no corpus delicti)",
     "Отсутствие состава преступления", "Қылмыс құрамының болмауы"),
    ("920000000000", "No event of a crime", "Отсутствие события преступления",
     "Қылмыс оқиғасының болмауы"),
    ("930000000000", "Injuries said to be self-inflicted",
     "Телесные повреждения названы причинёнными самому себе",
     "Дене жарақаттары өзіне-өзі келтірілген деп танылды"),
    ("940000000000", "Injuries said to come from lawful force",
     "Повреждения объяснены законным применением силы",
     "Жарақаттар күшті заңды қолданумен түсіндірілді"),
    ("950000000000", "Forensic examination found no traces",
     "Судебно-медицинская экспертиза следов не выявила",
     "Сот-медициналық сараптама із анықтамады"),
    ("960000000000", "Staff and other prisoners denied it",
     "Сотрудники и другие осуждённые отрицают", "Қызметкерлер мен басқа сотталғандар жоққа шығарды"),
    ("970000000000", "The complainant withdrew the complaint", "Заявитель отозвал жалобу",
     "Шағымданушы шағымын кері қайтарып алды"),
    ("980000000000", "Outside the office's competence", "Вне компетенции органа",
     "Органның құзыретінен тыс"),
    ("900000000000", "Other", "Другое", "Басқа"),
]


def seed(apps, schema_editor):
    Vocabulary = apps.get_model("vocab", "Vocabulary")
    Term = apps.get_model("vocab", "Term")
    vocabulary, _ = Vocabulary.objects.get_or_create(
        key="refusal_grounds",
        defaults={"standard": "Kuager local", "name_en": "Grounds for refusal or closure",
                  "name_ru": "Основания отказа или прекращения",
                  "name_kk": "Бас тарту немесе тоқтату негіздері"},
    )
    for code, en, ru, kk in TERMS:
        Term.objects.get_or_create(vocabulary=vocabulary, code=code,
                                   defaults={"label_en": en, "label_ru": ru, "label_kk": kk,
                                             "local": True})


class Migration(migrations.Migration):
    dependencies = [("vocab", "0002_seed")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
