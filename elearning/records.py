"""A learner's own records: everything the platform holds about them, for them to keep.

One zip (``my-records-<date>.zip``) of JSON files, each read with a few queries:

* ``profile.json``: the account, the learner profile and the unit history;
* ``assignments.json``: every required training assignment, open and closed;
* ``courses.json``: course runs, lessons and courses finished;
* ``attempts.json``: quiz attempts (never the questions served, the answers or the
  answer key: only what the attempt came to);
* ``certificates.json``: the certificates, with their validity and public address;
* ``statements.json``: the learner's xAPI statements as the LRS gives them to the
  learner's own session (no answer key);

and ``transcript.pdf``: name, unit, date, courses completed, certificates and required
training, in English and then in French, dates in the learner's time zone.

Dates and times in the JSON files are ISO 8601 (times in UTC); names are given in both
languages (``{"en": ..., "fr": ...}``).
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from datetime import datetime

from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import pgettext

from certificates.pdf import PDFUnavailable, pdf_from_html
from certificates.rendering import verification_url
from certificates.selectors import certificates_for_learner, certificates_with_renewal
from certificates.validity import validity_facts
from common.dates import date_format
from courses.selectors import (
    course_completions_of,
    course_registrations_of,
    lesson_progress_of,
    page_names,
)
from lrs.selectors import statements_readable_by_learner
from organisations.selectors import (
    learner_profile_with_audiences,
    learner_time_zone_for,
    org_unit_lineages,
    unit_memberships_for,
)
from quizzes.selectors import attempts_of_learner, quiz_names
from training.selectors.learner import assignment_status_label, assignments_of_learner

LANGUAGES = ("en", "fr")
LANGUAGE_TAGS = {"en": "en-CA", "fr": "fr-CA"}
PATH_SEPARATOR = " › "


def _in_each_language(text) -> dict[str, str]:
    """``text()`` (a callable giving words in the active language) in each language."""
    words = {}
    for language in LANGUAGES:
        with translation.override(language):
            words[language] = str(text())
    return words


def _bilingual(english: str, french: str) -> dict[str, str]:
    return {"en": english, "fr": french or english}


def _titles(names: dict[str, str] | None) -> dict[str, str]:
    """A page's or quiz's titles by language, each falling back on the other."""
    names = names or {}
    english = names.get("en") or names.get("fr") or ""
    return {"en": english, "fr": names.get("fr") or english}


def _number(value) -> float | None:
    return None if value is None else float(value)


# profile.json


def _unit(unit, lineages) -> dict:
    lineage = lineages.get(unit.pk, [unit])
    return {
        "code": unit.code,
        "kind": unit.kind,
        "name": _bilingual(unit.name_en, unit.name_fr),
        "path": _bilingual(
            PATH_SEPARATOR.join(node.name_en for node in lineage),
            PATH_SEPARATOR.join(node.name_fr or node.name_en for node in lineage),
        ),
    }


def profile_record(*, user) -> dict:
    profile = learner_profile_with_audiences(user=user)
    memberships = unit_memberships_for(user=user)
    units = [membership.org_unit for membership in memberships]
    if profile is not None:
        units.append(profile.org_unit)
    lineages = org_unit_lineages(units=units)
    return {
        "account": {
            "username": user.get_username(),
            "first_name": user.first_name,
            "last_name": user.last_name,
            "email": user.email,
            "uuid": str(user.uuid),
            "joined": user.date_joined,
            "last_sign_in": user.last_login,
        },
        "profile": None
        if profile is None
        else {
            "unit": _unit(profile.org_unit, lineages),
            "audiences": [
                {"code": audience.code, "name": _bilingual(audience.name_en, audience.name_fr)}
                for audience in profile.audiences.all()
            ],
            "preferred_language": profile.preferred_language,
            "employee_number": profile.employee_number,
            "start_date": profile.start_date,
            "time_zone": profile.time_zone,
            "optional_email_opt_out": profile.optional_email_opt_out,
        },
        "unit_history": [
            {
                "unit": _unit(membership.org_unit, lineages),
                "from": membership.started_on,
                "until": membership.ended_on,
            }
            for membership in memberships
        ],
    }


# assignments.json


def assignments_record(*, assignments) -> list[dict]:
    return [
        {
            "requirement": {
                "uuid": str(assignment.requirement.uuid),
                "name": _bilingual(assignment.requirement.name_en, assignment.requirement.name_fr),
            },
            "cycle": assignment.cycle,
            "recertification": assignment.is_recertification,
            "assigned_on": assignment.assigned_on,
            "due_on": assignment.due_on,
            "status": assignment.status,
            "status_label": _in_each_language(
                lambda assignment=assignment: assignment_status_label(assignment.status)
            ),
            "completed_at": assignment.completed_at,
            "expires_on": assignment.expires_on,
            "closed_at": assignment.closed_at,
            "closed_reason": assignment.closed_reason or None,
            "closed_reason_label": _in_each_language(assignment.get_closed_reason_display)
            if assignment.closed_reason
            else None,
        }
        for assignment in assignments
    ]


# courses.json


@dataclass
class CourseRecords:
    registrations: list
    lessons: list
    completions: list
    names: dict[str, dict[str, str]]

    def title(self, key) -> dict[str, str]:
        return _titles(self.names.get(str(key)))


def course_records_for(*, user) -> CourseRecords:
    registrations = course_registrations_of(user=user)
    lessons = lesson_progress_of(user=user)
    completions = course_completions_of(user=user)
    keys = {str(row.course_key) for row in [*registrations, *lessons, *completions]}
    keys |= {str(row.lesson_key) for row in lessons}
    return CourseRecords(registrations, lessons, completions, page_names(keys=keys))


def courses_record(*, records: CourseRecords) -> dict:
    def course(key) -> dict:
        return {"key": str(key), "title": records.title(key)}

    return {
        "registrations": [
            {
                "course": course(row.course_key),
                "registration": str(row.registration),
                "started_at": row.started_at,
                "current": row.is_current,
                "major_version": row.major_version,
                "last_visited_at": row.last_visited_at,
            }
            for row in records.registrations
        ],
        "lessons_completed": [
            {
                "course": course(row.course_key),
                "lesson": {"key": str(row.lesson_key), "title": records.title(row.lesson_key)},
                "registration": str(row.registration) if row.registration else None,
                "completed_at": row.completed_at,
            }
            for row in records.lessons
        ],
        "courses_completed": [
            {
                "course": course(row.course_key),
                "registration": str(row.registration) if row.registration else None,
                "completed_at": row.completed_at,
            }
            for row in records.completions
        ],
    }


# attempts.json


def attempts_record(*, user) -> list[dict]:
    attempts = attempts_of_learner(user=user)
    names = quiz_names(quiz_keys={str(attempt.quiz_key) for attempt in attempts})
    return [
        {
            "id": str(attempt.pk),
            "quiz": {
                "key": str(attempt.quiz_key),
                "title": _titles(names.get(str(attempt.quiz_key))),
            },
            "language": attempt.language,
            "course_key": str(attempt.course_key) if attempt.course_key else None,
            "registration": str(attempt.registration) if attempt.registration else None,
            "number": attempt.shown_number,
            "status": attempt.status,
            "late_reason": attempt.late_reason or None,
            "started_at": attempt.started_at,
            "deadline": attempt.deadline,
            "submitted_at": attempt.submitted_at,
            "score": _number(attempt.score),
            "max_score": _number(attempt.max_score),
            "scaled": attempt.scaled,
            "pass_mark": _number(attempt.pass_mark),
            "passed": attempt.passed,
        }
        for attempt in attempts
    ]


# certificates.json


def certificates_record(*, certificates) -> list[dict]:
    return [
        {
            "code": certificate.code,
            "course": {
                "key": str(certificate.course_key),
                "title": _bilingual(certificate.course_title_en, certificate.course_title_fr),
                "version": certificate.course_version,
            },
            "cycle": certificate.cycle,
            "issued_at": certificate.issued_at,
            "valid_until": certificate.expires_at,
            "renew_by": certificate.renew_by,
            "revoked_at": certificate.revoked_at,
            "revocation_reason": certificate.revocation_reason or None,
            "status": certificate.status,
            "verify_url": {
                language: verification_url(certificate=certificate, language=language)
                for language in LANGUAGES
            },
        }
        for certificate in certificates
    ]


# transcript.pdf


def _day_text(moment) -> str:
    """A date or a moment as a day in the active language and time zone."""
    if isinstance(moment, datetime):
        moment = timezone.localtime(moment)
    return date_format(moment, "DATE_FORMAT")


def _transcript_side(*, language, profile, records, certificates, assignments) -> dict:
    """What one language's half of the transcript says: courses completed, certificates,
    and the open required training, soonest due first."""
    with translation.override(language):
        return {
            "language": language,
            "lang_tag": LANGUAGE_TAGS[language],
            "unit": profile["unit"]["path"][language] if profile else "",
            "today": _day_text(timezone.localdate()),
            "courses": [
                {
                    "title": records.title(row.course_key)[language],
                    "completed": _day_text(row.completed_at),
                }
                for row in records.completions
            ],
            "certificates": [
                {
                    "title": _bilingual(certificate.course_title_en, certificate.course_title_fr)[
                        language
                    ],
                    "code": certificate.code,
                    "issued": _day_text(certificate.issued_at),
                    "validity": " · ".join(
                        fact.text
                        for fact in validity_facts(
                            expires_at=certificate.expires_at,
                            renew_by=certificate.renew_by,
                            revoked_at=certificate.revoked_at,
                        )
                    ),
                }
                for certificate in certificates
            ],
            "training": [
                {
                    "name": _bilingual(
                        assignment.requirement.name_en, assignment.requirement.name_fr
                    )[language],
                    "due": _day_text(assignment.due_on),
                    "status": assignment_status_label(assignment.status),
                    "completed": _day_text(assignment.completed_at)
                    if assignment.completed_at
                    else "",
                }
                for assignment in sorted(
                    (row for row in assignments if row.closed_at is None),
                    key=lambda row: row.due_on,
                )
            ],
        }


def transcript_html(*, user, profile, records, certificates, assignments, zone) -> str:
    """The transcript's HTML: the English side, then the French one, dates and times in
    ``zone``."""
    with timezone.override(zone):
        sides = [
            _transcript_side(
                language=language,
                profile=profile,
                records=records,
                certificates=certificates,
                assignments=assignments,
            )
            for language in LANGUAGES
        ]
    titles = _in_each_language(lambda: pgettext("learning record", "Transcript"))
    name = user.get_full_name() or user.get_username()
    return render_to_string(
        "records/transcript.html",
        {
            "sides": sides,
            "learner_name": name,
            "document_title": f"{titles['en']} / {titles['fr']}: {name}",
        },
    )


# The zip


@dataclass
class RecordsArchive:
    filename: str
    content: bytes


def _json(value) -> bytes:
    return json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2).encode()


def my_records_archive(*, user) -> RecordsArchive:
    """Everything the platform holds about ``user``, as a zip (see the module's
    docstring)."""
    # Dates and times in the learner's time zone (the one their device last reported;
    # else the site's).
    zone = learner_time_zone_for(user_id=user.pk) or timezone.get_default_timezone()
    profile = profile_record(user=user)
    assignments = assignments_of_learner(user=user)
    records = course_records_for(user=user)
    certificates = certificates_with_renewal(certificates_for_learner(user=user))
    files = {
        "profile.json": _json(profile),
        "assignments.json": _json(assignments_record(assignments=assignments)),
        "courses.json": _json(courses_record(records=records)),
        "attempts.json": _json(attempts_record(user=user)),
        "certificates.json": _json(certificates_record(certificates=certificates)),
        "statements.json": _json(statements_readable_by_learner(user=user)),
    }
    html = transcript_html(
        user=user,
        profile=profile["profile"],
        records=records,
        certificates=certificates,
        assignments=assignments,
        zone=zone,
    )
    try:
        files["transcript.pdf"] = pdf_from_html(html)
    except PDFUnavailable:  # the pango libraries are missing: the same in HTML
        files["transcript.html"] = html.encode()
    now = timezone.localtime(timezone.now(), zone)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, mode="w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            # A bare name would date the entry 1 January 1980.
            entry = zipfile.ZipInfo(name, date_time=now.timetuple()[:6])
            entry.compress_type = (
                zipfile.ZIP_STORED if name.endswith(".pdf") else zipfile.ZIP_DEFLATED
            )
            archive.writestr(entry, content)
    return RecordsArchive(
        filename=f"my-records-{now.date().isoformat()}.zip", content=buffer.getvalue()
    )
