"""Staff who sign in with a password prove a second factor (an authenticator app, or a
single-use recovery code) before any page; learners and single sign-on sessions never
meet it; the roles that need one come from the settings; an administrator can reset
someone's, and the audit log says so."""

import base64
import re
import time

import pytest
from django.urls import reverse
from django.utils import translation
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from identity.second_factor import SSO_SESSION_KEY
from organisations.models import AuditEvent
from tests import factories

pytestmark = pytest.mark.django_db

ALL_ROLES = ["administrator", "manager", "trainer"]


@pytest.fixture
def policy_on(settings):
    settings.SECOND_FACTOR_ROLES = ALL_ROLES
    return settings


def sign_in(client, user, language: str = "en"):
    with translation.override(language):
        address = reverse("login")
    response = client.post(address, {"username": user.username, "password": factories.PASSWORD})
    assert response.status_code == 302, "the password was refused"
    return response


def code_for(key: bytes, *, later: int = 0) -> str:
    """The code an authenticator app shows now (or ``later`` steps of 30 s from now)."""
    totp = TOTP(key)
    totp.time = time.time() + 30 * later
    return f"{totp.token():06d}"


def secret_on_page(html: str) -> bytes:
    secret = re.search(r'<code id="second-factor-secret"[^>]*>([A-Z2-7 ]+)</code>', html)
    assert secret, "the page shows no secret to type in"
    return base64.b32decode(secret.group(1).replace(" ", ""))


def enrolled(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)


def recovery_codes(user, *codes: str) -> None:
    device = StaticDevice.objects.create(user=user, name="Recovery codes", confirmed=True)
    for code in codes:
        StaticToken.objects.create(device=device, token=code)


def verify(client, code: str, next_url: str = "/en/"):
    return client.post(reverse("second_factor_verify"), {"code": code, "next": next_url})


# -- who is asked ------------------------------------------------------------------------


def test_a_manager_without_an_authenticator_is_sent_to_set_one_up(client, units, policy_on):
    manager = factories.manager(units["agency"])
    landing = sign_in(client, manager)["Location"]

    response = client.get(landing)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("second_factor_enrol"))
    assert "next=" + landing.replace("/", "%2F") in response["Location"]
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Set up your second factor" in page.content.decode()
    assert 'src="data:image/svg+xml' in page.content.decode()


def test_a_staff_member_with_an_authenticator_is_asked_for_the_code_everywhere(
    client, units, policy_on
):
    trainer = factories.trainer()
    enrolled(trainer)
    sign_in(client, trainer)

    for address in ("/admin/", reverse("dashboards:manager"), reverse("my_learning"), "/en/"):
        response = client.get(address)
        assert response.status_code == 302, address
        assert response["Location"].startswith(reverse("second_factor_verify")), address


def test_the_admin_sign_in_leads_to_the_code_page_too(client, policy_on):
    administrator = factories.UserFactory(is_staff=True, is_superuser=True)
    enrolled(administrator)

    response = client.post(
        "/admin/login/",
        {"username": administrator.username, "password": factories.PASSWORD},
        follow=True,
    )

    assert response.redirect_chain[-1][0].startswith(reverse("second_factor_verify"))
    assert "Enter your second factor" in response.content.decode()


def test_a_learner_never_meets_the_second_factor(client, units, policy_on):
    learner = factories.learner(units["yvr"])
    sign_in(client, learner)

    assert client.get(reverse("my_learning")).status_code == 200
    assert client.get(reverse("second_factor_enrol")).status_code == 404
    assert client.get(reverse("second_factor_account")).status_code == 404
    assert not TOTPDevice.objects.filter(user=learner).exists()


def test_a_single_sign_on_session_relies_on_its_provider(client, units, policy_on):
    manager = factories.manager(units["agency"])
    client.force_login(manager)
    session = client.session
    session[SSO_SESSION_KEY] = "oidc:cbsa"
    session.save()

    assert client.get(reverse("dashboards:manager")).status_code == 200


def test_the_learners_machine_interfaces_are_not_affected(client, units, policy_on, xapi_headers):
    manager = factories.manager(units["agency"])
    sign_in(client, manager)

    response = client.get("/xapi/about", **xapi_headers)

    assert response.status_code == 200
    assert "version" in response.json()


@pytest.mark.parametrize(
    ("roles", "asked"),
    [
        (["manager"], {"manager"}),
        (["trainer", "administrator"], {"trainer", "administrator"}),
        ([], set()),
    ],
)
def test_the_roles_that_need_a_second_factor_come_from_the_settings(
    client, units, settings, roles, asked
):
    settings.SECOND_FACTOR_ROLES = roles
    people = {
        "manager": factories.manager(units["agency"]),
        "trainer": factories.trainer(),
        "administrator": factories.UserFactory(is_staff=True, is_superuser=True),
    }
    for role, person in people.items():
        client.force_login(person)
        response = client.get(reverse("my_learning"))
        if role in asked:
            assert response.status_code == 302, role
            assert response["Location"].startswith(reverse("second_factor_enrol")), role
        else:
            assert response.status_code == 200, role
        client.logout()


def test_without_the_setting_nobody_is_asked(client, units):
    client.force_login(factories.manager(units["agency"]))

    assert client.get(reverse("dashboards:manager")).status_code == 200


# -- setting up --------------------------------------------------------------------------


def test_setting_up_with_a_real_code_shows_ten_recovery_codes_once(client, units, policy_on):
    manager = factories.manager(units["agency"])
    sign_in(client, manager)
    dashboard = reverse("dashboards:manager")
    page = client.get(f"{reverse('second_factor_enrol')}?next={dashboard}")
    key = secret_on_page(page.content.decode())
    assert key == TOTPDevice.objects.get(user=manager).bin_key

    response = client.post(
        reverse("second_factor_enrol"), {"code": code_for(key), "next": dashboard}
    )

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("second_factor_recovery_codes"))
    shown = client.get(response["Location"]).content.decode()
    codes = re.findall(r"<li><code>([a-z2-7]+)</code></li>", shown)
    assert len(codes) == 10
    assert "only once" in shown
    assert f'href="{dashboard}"' in shown
    assert set(codes) == set(
        StaticToken.objects.filter(device__user=manager).values_list("token", flat=True)
    )
    assert re.findall(r"<li><code>", client.get(response["Location"]).content.decode()) == []
    assert client.get(dashboard).status_code == 200
    assert TOTPDevice.objects.get(user=manager).confirmed
    event = AuditEvent.objects.get(action=AuditEvent.Action.SECOND_FACTOR_CHANGED)
    assert (event.actor, event.target_id, event.detail) == (
        manager,
        str(manager.pk),
        {"change": "enrolled"},
    )


def test_a_wrong_code_does_not_set_up_the_authenticator(client, units, policy_on):
    manager = factories.manager(units["agency"])
    sign_in(client, manager)
    key = secret_on_page(client.get(reverse("second_factor_enrol")).content.decode())
    wrong = f"{(int(code_for(key)) + 1) % 1_000_000:06d}"

    response = client.post(reverse("second_factor_enrol"), {"code": wrong, "next": "/en/"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "That code does not match" in html
    assert 'aria-invalid="true"' in html
    assert not TOTPDevice.objects.get(user=manager).confirmed
    assert not StaticDevice.objects.filter(user=manager).exists()
    assert client.get(reverse("dashboards:manager")).status_code == 302


def test_an_empty_code_is_refused_by_name(client, units, policy_on):
    sign_in(client, factories.manager(units["agency"]))

    response = client.post(reverse("second_factor_enrol"), {"code": ""})

    assert response.status_code == 200
    assert "Enter the code." in response.content.decode()


def test_someone_with_an_authenticator_cannot_set_up_another_with_a_password(client, policy_on):
    trainer = factories.trainer()
    device = enrolled(trainer)
    sign_in(client, trainer)

    response = client.get(reverse("second_factor_enrol"))

    assert response["Location"].startswith(reverse("second_factor_verify"))
    assert list(TOTPDevice.objects.filter(user=trainer)) == [device]


def test_the_set_up_page_is_in_french(client, units, policy_on):
    sign_in(client, factories.manager(units["agency"]), language="fr")
    with translation.override("fr"):
        address = reverse("second_factor_enrol")

    response = client.get(address)

    assert address.startswith("/fr/comptes/")
    assert response.status_code == 200
    assert "Configurer votre deuxième facteur" in response.content.decode()


# -- the code at sign-in -----------------------------------------------------------------


def test_the_code_from_the_app_opens_the_session(client, policy_on):
    trainer = factories.trainer()
    device = enrolled(trainer)
    sign_in(client, trainer)

    response = verify(client, code_for(device.bin_key), next_url="/admin/")

    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_is_refused_and_further_tries_must_wait(client, policy_on):
    trainer = factories.trainer()
    device = enrolled(trainer)
    sign_in(client, trainer)
    wrong = f"{(int(code_for(device.bin_key)) + 5) % 1_000_000:06d}"

    first = verify(client, wrong)
    second = verify(client, code_for(device.bin_key))

    assert first.status_code == 200
    assert "That code does not match" in first.content.decode()
    assert second.status_code == 200
    assert "Too many wrong codes. Wait" in second.content.decode()
    assert client.get("/admin/").status_code == 302
    device.refresh_from_db()
    assert device.throttling_failure_count == 1


def test_a_next_address_elsewhere_is_not_followed(client, policy_on):
    trainer = factories.trainer()
    device = enrolled(trainer)
    sign_in(client, trainer)

    response = verify(client, code_for(device.bin_key), next_url="https://elsewhere.example/")

    assert response["Location"] == "/"


def test_a_recovery_code_works_once(client, units, policy_on):
    manager = factories.manager(units["agency"])
    enrolled(manager)
    recovery_codes(manager, "abcd2345", "efgh6723")
    sign_in(client, manager)

    response = verify(client, "ABCD-2345")

    assert response.status_code == 302
    assert client.get(reverse("dashboards:manager")).status_code == 200
    assert list(StaticToken.objects.values_list("token", flat=True)) == ["efgh6723"]

    client.post(reverse("logout"))
    sign_in(client, manager)
    again = verify(client, "abcd2345")
    assert again.status_code == 200
    assert "That code does not match" in again.content.decode()
    assert client.get(reverse("dashboards:manager")).status_code == 302


# -- one's own second factor -------------------------------------------------------------


def verified(client, user) -> TOTPDevice:
    device = enrolled(user)
    sign_in(client, user)
    assert verify(client, code_for(device.bin_key)).status_code == 302
    return device


def test_new_recovery_codes_replace_the_old_ones(client, policy_on):
    trainer = factories.trainer()
    verified(client, trainer)
    recovery_codes(trainer, "oldcode2")

    response = client.post(reverse("second_factor_account"), {"action": "recovery-codes"})

    shown = client.get(response["Location"]).content.decode()
    codes = re.findall(r"<li><code>([a-z2-7]+)</code></li>", shown)
    assert len(codes) == 10 and "oldcode2" not in codes
    assert not StaticToken.objects.filter(token="oldcode2").exists()
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.SECOND_FACTOR_CHANGED,
        detail={"change": "recovery codes renewed"},
    ).exists()


def test_resetting_ones_own_authenticator_leads_to_setting_up_a_new_one(client, policy_on):
    trainer = factories.trainer()
    verified(client, trainer)

    response = client.post(reverse("second_factor_account"), {"action": "reset"})

    assert response["Location"].startswith(reverse("second_factor_enrol"))
    assert not TOTPDevice.objects.filter(user=trainer, confirmed=True).exists()
    assert client.get("/admin/")["Location"].startswith(reverse("second_factor_enrol"))


def test_the_account_page_asks_for_the_code_before_any_change(client, settings):
    settings.SECOND_FACTOR_ROLES = []
    trainer = factories.trainer()
    enrolled(trainer)
    sign_in(client, trainer)

    response = client.post(reverse("second_factor_account"), {"action": "reset"})

    assert response["Location"].startswith(reverse("second_factor_verify"))
    assert TOTPDevice.objects.filter(user=trainer, confirmed=True).exists()


# -- an administrator's reset ------------------------------------------------------------


def test_an_administrator_resets_someones_second_factor_and_it_is_audited(client, policy_on):
    administrator = factories.UserFactory(is_staff=True, is_superuser=True)
    trainer = factories.trainer(first_name="Taylor", last_name="Dubois")
    enrolled(trainer)
    recovery_codes(trainer, "abcd2345")
    verified(client, administrator)
    listing = client.get(reverse("second_factor_people")).content.decode()
    assert "Taylor Dubois" in listing

    response = client.post(reverse("second_factor_reset_for", args=[trainer.pk]), follow=True)

    assert response.status_code == 200
    assert "The second factor of Taylor Dubois was reset" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=trainer).exists()
    assert not StaticDevice.objects.filter(user=trainer).exists()
    event = AuditEvent.objects.get(
        action=AuditEvent.Action.SECOND_FACTOR_CHANGED, target_id=str(trainer.pk)
    )
    assert event.actor == administrator
    assert event.detail == {"change": "reset by an administrator"}


def test_only_an_administrator_may_reset_someone_elses(client, units, settings):
    settings.SECOND_FACTOR_ROLES = []
    manager = factories.manager(units["agency"])
    trainer = factories.trainer()
    enrolled(trainer)
    client.force_login(manager)

    assert client.get(reverse("second_factor_people")).status_code == 403
    response = client.post(reverse("second_factor_reset_for", args=[trainer.pk]))

    assert response.status_code == 403
    assert TOTPDevice.objects.filter(user=trainer).exists()
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.SECOND_FACTOR_CHANGED).exists()


def test_a_websocket_session_owes_the_second_factor_as_a_page_does(client, units, policy_on):
    from identity.second_factor import session_owes_second_factor

    manager = factories.manager(units["agency"])
    device = enrolled(manager)
    sign_in(client, manager)
    assert session_owes_second_factor(user=manager, session=client.session)

    verify(client, code_for(device.bin_key))

    assert not session_owes_second_factor(user=manager, session=client.session)
    learner = factories.learner(units["yvr"])
    assert not session_owes_second_factor(user=learner, session={})
    assert not session_owes_second_factor(user=manager, session={SSO_SESSION_KEY: "saml:rcmp"})
