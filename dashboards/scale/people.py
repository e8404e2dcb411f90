"""The organisation of the scale data set: its org tree, audiences, learners (written in
bulk) and managers."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from django.utils import timezone

from .bulk import _insert
from .common import AGENCY_CODE, AUDIENCES, FIRST_NAMES, LAST_NAMES, PREFIX, _seeded_uuid


def _org_tree(units: int):
    from organisations.services import org_unit_create

    regions_count = max(2, min(10, (units - 1) // 20))
    leaves = units - 1 - regions_count
    if leaves < regions_count:
        raise ValueError("units: at least 3 units per region are needed (try --units 10 or more)")
    agency = org_unit_create(
        code=AGENCY_CODE, name_en="Scale agency", name_fr="Agence d'échelle", kind="agency"
    )
    regions = [
        org_unit_create(
            code=f"{PREFIX}region-{n:02d}",
            name_en=f"Region {n:02d}",
            name_fr=f"Région {n:02d}",
            kind="region",
            parent=agency,
        )
        for n in range(1, regions_count + 1)
    ]
    leaf_units = []
    for n in range(1, leaves + 1):
        parent = regions[(n - 1) % regions_count]
        leaf_units.append(
            org_unit_create(
                code=f"{PREFIX}unit-{n:03d}",
                name_en=f"Unit {n:03d}",
                name_fr=f"Unité {n:03d}",
                kind="unit",
                parent=parent,
            )
        )
    return agency, regions, leaf_units


def _audiences() -> dict:
    from organisations.models import Audience

    return {
        code: Audience.objects.create(code=f"{PREFIX}{code}", name_en=en, name_fr=fr)
        for code, en, fr, _weight in AUDIENCES
    }


@dataclass
class _Learner:
    user_id: int
    uuid: uuid.UUID
    name: str
    language: str


def _learners_create(count: int, *, units, audiences, rng: random.Random, today: date):
    """Users, profiles and audiences, in bulk. Returns the learners in username order."""
    from django.contrib.auth.hashers import make_password

    from organisations.models import LearnerProfile, User
    from organisations.services import audience_memberships_sync

    joined = timezone.now()
    people = []
    for n in range(1, count + 1):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        people.append((f"{PREFIX}learner-{n:06d}", first, last, _seeded_uuid(rng)))
    _insert(
        User,
        [
            "password",
            "last_login",
            "is_superuser",
            "username",
            "first_name",
            "last_name",
            "email",
            "is_staff",
            "is_active",
            "date_joined",
            "uuid",
        ],
        (
            (make_password(None), None, False, username, first, last, "", False, True, joined, key)
            for username, first, last, key in people
        ),
    )
    ids = dict(
        User.objects.filter(username__startswith=f"{PREFIX}learner-").values_list("username", "pk")
    )
    weights = [rng.randint(1, 6) for _ in units]
    placed = rng.choices(units, weights=weights, k=count)
    codes = [code for code, *_ in AUDIENCES]
    audience_weights = [weight for *_, weight in AUDIENCES]
    learners, profiles, held = [], [], {}
    for (username, first, last, key), unit in zip(people, placed, strict=True):
        language = "fr" if rng.random() < 0.3 else "en"
        start = today - timedelta(days=rng.randint(30, 3000)) if rng.random() < 0.8 else None
        user_id = ids[username]
        profiles.append((user_id, unit.pk, language, "", start, False))
        held[user_id] = audiences[rng.choices(codes, weights=audience_weights)[0]].pk
        learners.append(
            _Learner(user_id=user_id, uuid=key, name=f"{first} {last}", language=language)
        )
    _insert(
        LearnerProfile,
        [
            "user_id",
            "org_unit_id",
            "preferred_language",
            "employee_number",
            "start_date",
            "optional_email_opt_out",
        ],
        profiles,
    )
    profile_ids = LearnerProfile.objects.filter(user__username__startswith=f"{PREFIX}learner-")
    through = LearnerProfile.audiences.through
    # Read before writing: a COPY holds the connection until it ends.
    pairs = list(profile_ids.values_list("pk", "user_id"))
    _insert(
        through,
        ["learnerprofile_id", "audience_id"],
        ((profile_id, held[user_id]) for profile_id, user_id in pairs),
    )
    # Joined long enough ago for rules counted from joining an audience.
    audience_memberships_sync(
        profile_ids=profile_ids.values("pk"), today=today - timedelta(days=rng.randint(60, 400))
    )
    return learners


def _managers_create(agency, regions) -> dict:
    from organisations.models import ManagerScope, User

    managers = {}
    for name, unit in [("agency", agency), *[(r.code.removeprefix(PREFIX), r) for r in regions]]:
        user = User(
            username=f"{PREFIX}manager-{name}", first_name="Manager", last_name=unit.name_en
        )
        user.set_unusable_password()
        user.save()
        ManagerScope.objects.create(manager=user, org_unit=unit)
        managers[name] = user
    return managers
