import pytest
from django.db.models import ProtectedError
from django.test import Client
from django.urls import reverse

from kuager.accounts.models import Role
from kuager.audit.models import AuditEntry
from kuager.testing import make_case, make_user, sign_in, term
from kuager.vocab.lookup import TermLookup
from kuager.vocab.models import Term, Vocabulary

pytestmark = pytest.mark.django_db


def test_seeded_vocabularies_carry_huridocs_codes_in_three_languages() -> None:
    keys = set(Vocabulary.objects.values_list("key", flat=True))
    assert {"methods", "purposes", "perpetrator_types", "location_types", "statements_signed",
            "medical_attention", "source_types", "source_connection", "consequences",
            "channels", "outcomes", "consistency"} <= keys
    suspension = term("methods", "031101000000")
    assert "Suspension" in suspension.label_en
    assert suspension.label_ru and suspension.label_kk
    assert suspension.parent_code == "031100000000"
    assert all(t.label_en and t.label_ru and t.label_kk for t in Term.objects.all())


def test_local_extensions_use_the_9x_range() -> None:
    activists = term("perpetrator_types", "910000000000")
    assert activists.local
    retaliation = term("purposes", "910000000000")
    assert "omplaint" in retaliation.label_en


def test_terms_are_found_by_code_or_label_in_any_language() -> None:
    methods = TermLookup.load("methods")
    beating = term("methods", "030100000000")
    assert methods.find("030100000000") == beating
    assert methods.find("0301") == beating
    assert methods.find(beating.label_ru) == beating
    assert methods.find(beating.label_kk.upper()) == beating
    assert methods.find("no such method") is None


def test_term_in_use_cannot_be_deleted_only_retired() -> None:
    beating = term("methods", "030100000000")
    make_case(methods=[beating])
    with pytest.raises(ProtectedError):
        beating.delete()
    unused = term("methods", "031400000000")
    unused.delete()
    assert not Term.objects.filter(pk=unused.pk).exists()


def test_coordinator_adds_and_retires_terms_with_audit_entries() -> None:
    coordinator = make_user("coordinator", Role.COORDINATOR)
    client = Client()
    sign_in(client, coordinator)
    vocabulary = Vocabulary.objects.get(key="methods")
    response = client.post(reverse("admin:vocab_term_add"), {
        "vocabulary": vocabulary.pk, "code": "039100000000", "label_en": "Electric baton",
        "label_ru": "Электрошокер", "label_kk": "Электршокер", "local": "on",
    })
    assert response.status_code == 302
    added = Term.objects.get(vocabulary=vocabulary, code="039100000000")
    assert AuditEntry.objects.filter(action="term.create", target_ref=str(added.pk)).exists()

    in_use = term("methods", "030100000000")
    make_case(methods=[in_use])
    client.post(reverse("admin:vocab_term_changelist"),
                {"action": "retire", "_selected_action": [in_use.pk]})
    in_use.refresh_from_db()
    assert in_use.retired_at is not None
    assert AuditEntry.objects.filter(action="term.retire").exists()
    # A retired term leaves the intake form but stays on the old record.
    form = client.get(reverse("cases:new"))
    assert in_use.label_en not in form.content.decode()


def test_codes_must_be_twelve_digits() -> None:
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Term.objects.create(vocabulary=Vocabulary.objects.get(key="methods"), code="12",
                            label_en="x", label_ru="x", label_kk="x")
