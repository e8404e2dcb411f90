"""The demo's tagging (``manage.py load_demo``): the demo courses, workshops, briefings
and requirements counted under the plan's commitments, as the demo's trainers tagged them
(``courses/demo/data/commitments.yaml``), through :func:`reporting.services.commitment_tag`.
Idempotent: an item tagged already is left as it is."""

from __future__ import annotations

import uuid
from typing import Any

from courses.demo.content import DATA_DIR, DataFile
from courses.models import BriefingPage, CoursePage
from training.demo import NAMESPACE
from training.models import Requirement
from workshops.models import WorkshopPage

from .models import Commitment
from .services import commitment_tag

COMMITMENTS_FILE = DATA_DIR / "commitments.yaml"
KINDS = ("courses", "workshops", "briefings", "requirements")


def demo_commitments() -> dict[str, dict[str, list[str]]]:
    """The tagging of ``commitments.yaml``, checked: by kind (``KINDS``), the commitment
    numbers of each item, by the item's name there."""
    data = DataFile(COMMITMENTS_FILE)
    content = data.mapping(data.content, "", required=KINDS)
    known = set(Commitment.objects.values_list("code", flat=True))
    tagging = {}
    for kind in KINDS:
        items = content[kind]
        if not isinstance(items, dict):
            raise data.error("expected a mapping of items to commitment numbers", "", kind)
        tagging[kind] = {
            str(name): _codes(data, codes, kind, str(name), known=known)
            for name, codes in items.items()
        }
    return tagging


def _codes(data: DataFile, value: Any, path: str, field: str, *, known: set[str]) -> list[str]:
    codes = []
    for index, code in enumerate(data.sequence(value, path, field)):
        where = f"{path}.{field}[{index}]"
        data.scalar(code, (str,), where, None)
        if code not in known:
            raise data.error(f"no commitment of the plan is numbered '{code}'", where)
        codes.append(code)
    if not codes:
        raise data.error("list the commitments the item is counted under", path, field)
    return codes


def commitments_demo_load() -> None:
    """Tag the demo's courses, workshops, briefings and requirements with the commitments
    ``commitments.yaml`` gives them: the pages in English, found by their slug (a
    workshop by its course's), the requirements by their key."""
    tagging = demo_commitments()
    commitments = {commitment.code: commitment for commitment in Commitment.objects.all()}
    english = CoursePage.objects.filter(locale__language_code="en")
    for kind, find in (
        ("courses", lambda slug: english.filter(slug=slug).first()),
        ("workshops", _workshop_of),
        (
            "briefings",
            lambda slug: BriefingPage.objects.filter(locale__language_code="en", slug=slug).first(),
        ),
    ):
        for name, codes in tagging[kind].items():
            page = find(name)
            if page is None:
                continue
            for code in codes:
                commitment_tag(commitment=commitments[code], page=page)
    for key, codes in tagging["requirements"].items():
        requirement = Requirement.objects.filter(uuid=uuid.uuid5(NAMESPACE, key)).first()
        if requirement is None:
            continue
        for code in codes:
            commitment_tag(commitment=commitments[code], requirement=requirement)


def _workshop_of(course_slug: str) -> WorkshopPage | None:
    course = CoursePage.objects.filter(locale__language_code="en", slug=course_slug).first()
    if course is None:
        return None
    return WorkshopPage.objects.child_of(course).first()
