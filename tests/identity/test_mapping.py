"""Just-in-time provisioning: what claims say through a mapping, and what signing in
from them does to people (found, linked, created, moved, refused)."""

import datetime

import pytest
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.middleware import SessionMiddleware

from identity.mapping import (
    SESSION_PROVIDER_KEY,
    SignInRefused,
    claims_map,
    mapping_for,
    sign_in_from_claims,
)
from identity.models import ClaimMapping, ExternalIdentity
from organisations.models import (
    Audience,
    AuditEvent,
    LearnerProfile,
    ManagerScope,
    UnitMembership,
    User,
)
from organisations.services import org_unit_create
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    agency = org_unit_create(code="rcmp", name_en="RCMP", name_fr="GRC", kind="agency")
    return {
        "agency": agency,
        "depot": org_unit_create(
            code="depot", name_en="Depot", name_fr="Dépôt", kind="unit", parent=agency
        ),
        "ottawa": org_unit_create(
            code="ottawa", name_en="Ottawa", name_fr="Ottawa", kind="unit", parent=agency
        ),
    }


@pytest.fixture
def mapping(tree):
    Audience.objects.create(code="cadet", name_en="Cadet", name_fr="Cadet")
    Audience.objects.create(code="officer", name_en="Officer", name_fr="Agent")
    return ClaimMapping.objects.create(
        provider_key="saml:default",
        given_name_claim="givenName",
        family_name_claim="sn",
        email_claim="mail",
        employee_number_claim="employeeNumber",
        preferred_language_claim="preferredLanguage",
        start_date_claim="hireDate",
        unit_code_claim="unitCode",
        default_unit=tree["depot"],
        audiences_claim="audiences",
        manager_units_claim="manages",
        trainer_claim="roles",
        trainer_value="course-author",
    )


def claims(**changes):
    """SAML-like attributes: every value a list."""
    base = {
        "sub": "nameid-1",
        "givenName": ["Marie"],
        "sn": ["Tremblay"],
        "mail": ["Marie.Tremblay@rcmp.example"],
        "employeeNumber": ["R-77"],
        "preferredLanguage": ["fr"],
        "hireDate": ["2025-09-01"],
        "unitCode": ["ottawa"],
        "audiences": ["cadet"],
    }
    base.update(changes)
    return {name: value for name, value in base.items() if value is not None}


@pytest.fixture
def request_(rf):
    request = rf.get("/sso/")
    SessionMiddleware(lambda r: None).process_request(request)
    return request


def test_claims_map_reads_every_mapped_claim(mapping, tree):
    person = claims_map(mapping, claims(manages=["depot", "ottawa"], roles=["course-author"]))
    assert person.problems == []
    assert (person.given_name, person.family_name) == ("Marie", "Tremblay")
    assert person.email == "marie.tremblay@rcmp.example"
    assert person.employee_number == "R-77"
    assert person.preferred_language == "fr"
    assert person.start_date == datetime.date(2025, 9, 1)
    assert person.unit == tree["ottawa"] and not person.unit_from_default
    assert [a.code for a in person.audiences] == ["cadet"]
    assert [u.code for u in person.managed_units] == ["depot", "ottawa"]
    assert person.trainer is True


def test_an_unknown_unit_falls_back_to_the_default_unit(mapping, tree):
    person = claims_map(mapping, claims(unitCode=["atlantis"]))
    assert person.unit == tree["depot"] and person.unit_from_default
    assert person.problems == []


def test_problems_are_named(mapping):
    mapping.default_unit = None
    person = claims_map(mapping, claims(sub=None, unitCode=["atlantis"], hireDate=["soon"]))
    text = " ".join(person.problems)
    assert "no subject" in text
    assert "not a date" in text and "hireDate" in text
    assert "No unit has the code atlantis" in text


def test_unmapped_claims_leave_roles_and_audiences_alone():
    person = claims_map(mapping_for("oidc:new"), {"sub": "1", "email": "a@b.example"})
    assert person.audiences is None and person.managed_units is None and person.trainer is None


def test_a_newcomer_is_created_signed_in_and_placed(mapping, tree, request_):
    user = sign_in_from_claims(request_, "saml:default", claims(roles=["course-author"]))
    assert request_.session[SESSION_KEY] == str(user.pk)
    assert request_.session[SESSION_PROVIDER_KEY] == "saml:default"
    assert user.username == "marie.tremblay"
    profile = user.learner_profile
    assert profile.org_unit == tree["ottawa"]
    assert profile.preferred_language == "fr"
    assert user.groups.filter(name="Editors").exists()
    provisioned = AuditEvent.objects.get(action=AuditEvent.Action.PERSON_PROVISIONED)
    assert provisioned.detail["provider"] == "saml:default" and provisioned.detail["created"]


def test_a_move_closes_the_old_unit_and_follows_the_claims(mapping, tree, rf, request_):
    user = sign_in_from_claims(request_, "saml:default", claims())
    UnitMembership.objects.filter(profile__user=user).update(started_on=datetime.date(2025, 9, 1))
    sign_in_from_claims(request_, "saml:default", claims(unitCode=["depot"], audiences=["officer"]))
    profile = LearnerProfile.objects.get(user=user)
    assert profile.org_unit == tree["depot"]
    history = list(UnitMembership.objects.filter(profile=profile).order_by("started_on"))
    assert [(m.org_unit.code, m.ended_on is None) for m in history] == [
        ("ottawa", False),
        ("depot", True),
    ]
    assert [a.code for a in profile.audiences.all()] == ["officer"]


def test_a_default_unit_never_moves_someone_already_placed(mapping, tree, request_):
    user = sign_in_from_claims(request_, "saml:default", claims())
    sign_in_from_claims(request_, "saml:default", claims(unitCode=["atlantis"]))
    assert LearnerProfile.objects.get(user=user).org_unit == tree["ottawa"]


def test_manager_scopes_follow_the_claims(mapping, tree, request_):
    user = sign_in_from_claims(request_, "saml:default", claims(manages=["depot", "ottawa"]))
    assert ManagerScope.objects.filter(manager=user).count() == 2
    sign_in_from_claims(request_, "saml:default", claims(manages=["ottawa"]))
    assert list(
        ManagerScope.objects.filter(manager=user).values_list("org_unit__code", flat=True)
    ) == ["ottawa"]


def test_two_accounts_matching_is_refused_not_merged(mapping, tree, request_):
    by_email = factories.learner(tree["depot"], email="marie.tremblay@rcmp.example")
    by_number = factories.learner(tree["depot"], email="other@rcmp.example")
    LearnerProfile.objects.filter(user=by_number).update(employee_number="R-77")
    with pytest.raises(SignInRefused) as refusal:
        sign_in_from_claims(request_, "saml:default", claims())
    assert "two different accounts" in refusal.value.message
    assert SESSION_KEY not in request_.session
    assert not ExternalIdentity.objects.exists()
    assert User.objects.count() == 2 and by_email.pk and by_number.pk


def test_a_refusal_writes_nothing_but_the_audit_entry(mapping, tree, request_):
    mapping.default_unit = None
    mapping.save()
    with pytest.raises(SignInRefused):
        sign_in_from_claims(request_, "saml:default", claims(unitCode=["atlantis"]))
    assert not User.objects.exists()
    failed = AuditEvent.objects.get(action=AuditEvent.Action.SIGN_IN_FAILED)
    assert failed.detail["reason"] == "claims"


def test_mapping_changes_are_audited_with_before_and_after(mapping):
    mapping.unit_code_claim = "department"
    mapping.save()
    event = AuditEvent.objects.filter(action=AuditEvent.Action.SIGN_IN_SETTINGS_CHANGED).first()
    assert event.detail["unit_code_claim"] == ["unitCode", "department"]


def test_an_administrator_is_never_linked_by_email(mapping, tree, request_):
    User.objects.create_superuser("boss", "marie.tremblay@rcmp.example", "x")
    with pytest.raises(SignInRefused) as refusal:
        sign_in_from_claims(request_, "saml:default", claims(employeeNumber=None))
    assert "never linked" in refusal.value.message
    assert SESSION_KEY not in request_.session


def test_an_unverified_email_never_links_an_account(mapping, tree, request_):
    factories.learner(tree["depot"], email="marie.tremblay@rcmp.example")
    with pytest.raises(SignInRefused) as refusal:
        sign_in_from_claims(
            request_, "saml:default", claims(employeeNumber=None, email_verified=False)
        )
    assert "has not verified it" in refusal.value.message
    assert User.objects.count() == 1 and not ExternalIdentity.objects.exists()
