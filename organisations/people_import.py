"""People and units from HR files: read CSV or XLSX tables, check every row, work out what
would change (the plan), and apply it in one transaction.

Two tables, each a CSV file or a sheet of a workbook (named ``units`` and ``people``, or
recognised by their columns):

* units: ``unit_code``, ``name_en``, ``name_fr``, optionally ``parent_code`` and ``kind``
  (agency, region or unit);
* people: ``employee_number``, ``first_name``, ``last_name``, ``email``, ``unit_code``,
  optionally ``audiences`` (audience codes separated by ``;``), ``start_date``
  (YYYY-MM-DD), ``language`` (en or fr) and ``manager_of`` (unit codes separated by
  ``;``: the units this person manages, replacing those they managed).

People are matched on their employee number, then on their e-mail address: a local
account with the same address and no employee number is linked, never duplicated. A
move changes the person's unit from the import's day (``as_of``), keeping the earlier
unit in their history (:class:`~organisations.models.UnitMembership`). In a *full*
import, active people with an employee number who are missing from the file are
deactivated: they can no longer sign in and leave the requirements' scopes, and all
their records stay. Applying the same files again changes nothing.

What follows in other apps (assignments, and the dashboards after them) listens to
:data:`organisations.signals.people_changed`, sent once the import is stored."""

from __future__ import annotations

import csv
import datetime
import io
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower
from django.utils.translation import gettext as _

from .models import (
    Audience,
    LearnerProfile,
    ManagerScope,
    OrgUnit,
    PeopleImport,
    UnitMembership,
    User,
)
from .services import audience_memberships_sync
from .signals import people_changed

UNIT_REQUIRED = ("unit_code", "name_en", "name_fr")
UNIT_OPTIONAL = ("parent_code", "kind")
PEOPLE_REQUIRED = ("employee_number", "first_name", "last_name", "email", "unit_code")
PEOPLE_OPTIONAL = ("audiences", "start_date", "language", "manager_of")
LANGUAGES = ("en", "fr")
LIST_SEPARATOR = ";"
MAX_ROWS = 500_000
BATCH = 2000
# New people sign in through the agency's identity provider (or set a password through
# a reset): their password can never match (Django's own mark, without its random
# suffix, which costs more than the rest of a large import).
UNUSABLE_PASSWORD = UNUSABLE_PASSWORD_PREFIX + "imported"


@dataclass(frozen=True)
class Problem:
    """What is wrong with a file, a row or a cell: ``row`` as the file numbers it (the
    header is row 1), ``column`` by its header."""

    table: str
    reason: str
    row: int | None = None
    column: str = ""

    def __str__(self) -> str:
        where = self.table
        if self.row is not None:
            where = _("%(table)s, row %(row)s") % {"table": self.table, "row": self.row}
        if self.column:
            where = _("%(where)s, column %(column)s") % {"where": where, "column": self.column}
        return _("%(where)s: %(reason)s") % {"where": where, "reason": self.reason}


class ImportRefused(Exception):
    """The files cannot be imported; ``problems`` names each reason."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(str(problem) for problem in problems[:5]))
        self.problems = problems


@dataclass
class Table:
    kind: str  # "units" or "people"
    name: str  # as the problems name it: the file, and the sheet of a workbook
    columns: list[str]
    rows: list[tuple[int, dict]]


def _clean_header(value) -> str:
    return str(value or "").strip().lower().replace(" ", "_").replace("-", "_")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _kind_of(columns: list[str], hint: str) -> str | None:
    hint = hint.strip().lower()
    if hint in ("units", "people"):
        return hint
    if "employee_number" in columns:
        return "people"
    if "unit_code" in columns and "name_en" in columns:
        return "units"
    return None


def _table(name: str, hint: str, lines) -> Table | Problem:
    header = None
    rows = []
    for number, line in enumerate(lines, start=1):
        cells = [_cell(value) for value in line]
        if header is None:
            if not any(cells):
                return Problem(name, _("the first row must name the columns"), row=1)
            header = [_clean_header(value) for value in cells]
            continue
        if not any(cells):
            continue
        if len(rows) >= MAX_ROWS:
            return Problem(name, _("more than %(count)s rows") % {"count": MAX_ROWS})
        rows.append((number, dict(zip(header, cells, strict=False))))
    if header is None:
        return Problem(name, _("the file is empty"))
    kind = _kind_of(header, hint)
    if kind is None:
        return Problem(
            name,
            _(
                "neither a table of units (unit_code, name_en, name_fr) nor one of "
                "people (employee_number, ...)"
            ),
        )
    return Table(kind=kind, name=name, columns=header, rows=rows)


def tables_read(content: bytes, filename: str) -> list[Table | Problem]:
    """The tables of one file: a CSV file (UTF-8, comma or semicolon separated) is one
    table; a workbook has one per sheet."""
    if filename.lower().endswith((".xlsx", ".xlsm")):
        from openpyxl import load_workbook

        try:
            workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        except Exception:  # openpyxl raises many kinds for a file that is not a workbook
            return [Problem(filename, _("not a readable XLSX workbook"))]
        try:
            return [
                _table(
                    f"{filename} › {sheet.title}", sheet.title, sheet.iter_rows(values_only=True)
                )
                for sheet in workbook.worksheets
            ]
        finally:
            workbook.close()
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [Problem(filename, _("not UTF-8 text: save the CSV file as UTF-8"))]
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    return [_table(filename, "", csv.reader(io.StringIO(text), delimiter=delimiter))]


@dataclass
class UnitRow:
    code: str
    name_en: str
    name_fr: str
    parent_code: str
    kind: str


@dataclass
class PersonRow:
    row: int
    employee_number: str
    first_name: str
    last_name: str
    email: str
    unit_code: str
    audiences: list[str] | None
    start_date: datetime.date | None
    has_start_date: bool
    language: str | None
    manager_of: list[str] | None


@dataclass
class Plan:
    """What applying the files would do, and every problem found in them."""

    as_of: datetime.date
    full: bool
    problems: list[Problem] = field(default_factory=list)
    units: list[UnitRow] = field(default_factory=list)
    people: list[PersonRow] = field(default_factory=list)
    units_created: list[str] = field(default_factory=list)
    units_updated: list[str] = field(default_factory=list)
    units_moved: list[tuple[str, str, str]] = field(default_factory=list)
    people_created: list[str] = field(default_factory=list)
    people_linked: list[str] = field(default_factory=list)
    people_updated: list[tuple[str, list[str]]] = field(default_factory=list)
    people_moved: list[tuple[str, str, str]] = field(default_factory=list)
    people_deactivated: list[str] = field(default_factory=list)
    people_reactivated: list[str] = field(default_factory=list)
    people_kept_active: list[str] = field(default_factory=list)
    scopes_added: list[tuple[str, str]] = field(default_factory=list)
    scopes_removed: list[tuple[str, str]] = field(default_factory=list)
    # Worked out for applying: existing rows by key.
    _profiles: dict = field(default_factory=dict, repr=False)
    _linked_users: dict = field(default_factory=dict, repr=False)

    def counts(self) -> dict[str, int]:
        return {
            "units_created": len(self.units_created),
            "units_updated": len(self.units_updated),
            "units_moved": len(self.units_moved),
            "people_created": len(self.people_created),
            "people_linked": len(self.people_linked),
            "people_updated": len(self.people_updated),
            "people_moved": len(self.people_moved),
            "people_deactivated": len(self.people_deactivated),
            "people_reactivated": len(self.people_reactivated),
            "manager_scopes_added": len(self.scopes_added),
            "manager_scopes_removed": len(self.scopes_removed),
        }

    @property
    def changes_anything(self) -> bool:
        return any(self.counts().values())


def _missing_columns(table: Table, required) -> list[Problem]:
    return [
        Problem(table.name, _("this column is missing"), row=1, column=column)
        for column in required
        if column not in table.columns
    ]


def _codes(text: str) -> list[str]:
    return sorted({part.strip() for part in text.split(LIST_SEPARATOR) if part.strip()})


def _read_units(table: Table, plan: Plan) -> None:
    missing = _missing_columns(table, UNIT_REQUIRED)
    if missing:
        plan.problems += missing
        return
    kinds = set(OrgUnit.Kind.values)
    seen: dict[str, int] = {}
    for number, values in table.rows:
        problem_count = len(plan.problems)
        code = values.get("unit_code", "")
        for column in UNIT_REQUIRED:
            if not values.get(column, ""):
                plan.problems.append(Problem(table.name, _("required"), number, column))
        kind = values.get("kind", "").lower() or OrgUnit.Kind.UNIT
        if kind not in kinds:
            plan.problems.append(
                Problem(
                    table.name,
                    _("must be one of: %(kinds)s") % {"kinds": ", ".join(sorted(kinds))},
                    number,
                    "kind",
                )
            )
        if code in seen:
            plan.problems.append(
                Problem(
                    table.name, _("also on row %(row)s") % {"row": seen[code]}, number, "unit_code"
                )
            )
        seen.setdefault(code, number)
        if len(plan.problems) == problem_count:
            plan.units.append(
                UnitRow(
                    code=code,
                    name_en=values["name_en"],
                    name_fr=values["name_fr"],
                    parent_code=values.get("parent_code", ""),
                    kind=kind,
                )
            )


def _read_people(table: Table, plan: Plan, audience_codes: set[str], unit_codes: set[str]) -> None:
    missing = _missing_columns(table, PEOPLE_REQUIRED)
    if missing:
        plan.problems += missing
        return
    seen_numbers: dict[str, int] = {}
    seen_emails: dict[str, int] = {}
    has = set(table.columns)
    for number, values in table.rows:
        before = len(plan.problems)

        def problem(column, reason, number=number):
            plan.problems.append(Problem(table.name, reason, number, column))

        for column in PEOPLE_REQUIRED:
            if not values.get(column, "") and column != "email":
                problem(column, _("required"))
        employee_number = values.get("employee_number", "")
        if len(employee_number) > 40:
            problem("employee_number", _("at most 40 characters"))
        if employee_number in seen_numbers:
            problem(
                "employee_number",
                _("also on row %(row)s") % {"row": seen_numbers[employee_number]},
            )
        seen_numbers.setdefault(employee_number, number)
        email = values.get("email", "").lower()
        if email:
            try:
                validate_email(email)
            except ValidationError:
                problem("email", _("not an e-mail address"))
            if email in seen_emails:
                problem("email", _("also on row %(row)s") % {"row": seen_emails[email]})
            seen_emails.setdefault(email, number)
        start_date = None
        if values.get("start_date"):
            try:
                start_date = datetime.date.fromisoformat(values["start_date"][:10])
            except ValueError:
                problem("start_date", _("not a date (YYYY-MM-DD)"))
        language = values.get("language", "").lower() or None
        if language is not None and language not in LANGUAGES:
            problem("language", _("must be en or fr"))
        audiences = _codes(values.get("audiences", "")) if "audiences" in has else None
        for code in sorted(set(audiences or ()) - audience_codes):
            problem("audiences", _("no audience has the code “%(code)s”") % {"code": code})
        manager_of = _codes(values.get("manager_of", "")) if "manager_of" in has else None
        unit_code = values.get("unit_code", "")
        if unit_code and unit_code not in unit_codes:
            problem("unit_code", _("no unit has the code “%(code)s”") % {"code": unit_code})
        for code in manager_of or ():
            if code not in unit_codes:
                problem("manager_of", _("no unit has the code “%(code)s”") % {"code": code})
        if len(plan.problems) == before:
            plan.people.append(
                PersonRow(
                    row=number,
                    employee_number=employee_number,
                    first_name=values["first_name"][:150],
                    last_name=values["last_name"][:150],
                    email=email,
                    unit_code=values["unit_code"],
                    audiences=audiences,
                    start_date=start_date,
                    has_start_date="start_date" in has,
                    language=language,
                    manager_of=manager_of,
                )
            )


def _plan_units(plan: Plan, table_names: dict[str, str]) -> None:
    """Check the tree the units file describes and note what changes."""
    existing = {unit.code: unit for unit in OrgUnit.objects.all()}
    code_at = {unit.path: unit.code for unit in existing.values()}
    parents = {
        unit.code: code_at.get(unit.path[: -OrgUnit.steplen], "") for unit in existing.values()
    }
    known = set(existing) | {row.code for row in plan.units}
    rows = {row.code: row for row in plan.units}
    for row in plan.units:
        if row.parent_code and row.parent_code not in known:
            plan.problems.append(
                Problem(
                    table_names["units"],
                    _("no unit has the code “%(code)s”") % {"code": row.parent_code},
                    column="parent_code",
                )
            )
            continue
        # A unit may not end up below itself.
        seen, code = {row.code}, row.parent_code
        while code:
            if code in seen:
                plan.problems.append(
                    Problem(
                        table_names["units"],
                        _("unit “%(code)s” would be below itself") % {"code": row.code},
                        column="parent_code",
                    )
                )
                break
            seen.add(code)
            code = rows[code].parent_code if code in rows else parents.get(code, "")
        unit = existing.get(row.code)
        if unit is None:
            plan.units_created.append(row.code)
            continue
        if (unit.name_en, unit.name_fr, unit.kind) != (row.name_en, row.name_fr, row.kind):
            plan.units_updated.append(row.code)
        if parents.get(row.code, "") != row.parent_code:
            plan.units_moved.append((row.code, parents.get(row.code, ""), row.parent_code))


def plan_make(tables: list[Table | Problem], *, as_of: datetime.date, full: bool = False) -> Plan:
    """What importing ``tables`` (from :func:`tables_read`) would change, and every
    problem in them. Reads only."""
    plan = Plan(as_of=as_of, full=full)
    by_kind: dict[str, Table] = {}
    for table in tables:
        if isinstance(table, Problem):
            plan.problems.append(table)
        elif table.kind in by_kind:
            plan.problems.append(
                Problem(
                    table.name,
                    _("a second table of units")
                    if table.kind == "units"
                    else _("a second table of people"),
                )
            )
        else:
            by_kind[table.kind] = table
    if plan.problems:
        return plan
    if not by_kind:
        plan.problems.append(Problem("", _("no table of units or people was found")))
        return plan
    if full and "people" not in by_kind:
        plan.problems.append(Problem("", _("a full import needs the table of people")))
    names = {kind: table.name for kind, table in by_kind.items()}
    if "units" in by_kind:
        _read_units(by_kind["units"], plan)
    audience_codes = set(Audience.objects.values_list("code", flat=True))
    unit_codes = set(OrgUnit.objects.values_list("code", flat=True))
    unit_codes |= {row.code for row in plan.units}
    if "people" in by_kind:
        _read_people(by_kind["people"], plan, audience_codes, unit_codes)
    _plan_units(plan, names)
    if "people" in by_kind:
        _plan_people(plan, names["people"])
    return plan


def _plan_people(plan: Plan, table_name: str) -> None:
    profiles = {
        profile["employee_number"]: profile
        for profile in LearnerProfile.objects.exclude(employee_number="").values(
            "pk",
            "user_id",
            "employee_number",
            "org_unit__code",
            "preferred_language",
            "start_date",
            "user__first_name",
            "user__last_name",
            "user__email",
            "user__is_active",
            "user__is_superuser",
        )
    }
    held = defaultdict(set)
    for profile_id, code in LearnerProfile.audiences.through.objects.filter(
        learnerprofile__employee_number__gt=""
    ).values_list("learnerprofile_id", "audience__code"):
        held[profile_id].add(code)
    scopes = defaultdict(set)
    for user_id, code in ManagerScope.objects.values_list("manager_id", "org_unit__code"):
        scopes[user_id].add(code)
    numbers_by_email = {
        profile["user__email"].lower(): number
        for number, profile in profiles.items()
        if profile["user__email"]
    }
    in_file = {person.employee_number for person in plan.people}
    email_in_file = {
        person.employee_number
        for person in plan.people
        if person.employee_number in profiles
        and person.email != (profiles[person.employee_number]["user__email"] or "").lower()
    }
    emails = [person.email for person in plan.people if person.email]
    unlinked = {}
    for start in range(0, len(emails), BATCH):
        chunk = emails[start : start + BATCH]
        for user in (
            User.objects.annotate(address=Lower("email"))
            .filter(address__in=chunk)
            .values(
                "pk",
                "email",
                "is_active",
                "learner_profile__pk",
                "learner_profile__employee_number",
            )
        ):
            if not user["learner_profile__employee_number"]:
                unlinked[user["email"].lower()] = user
    for person in plan.people:

        def problem(column, reason, person=person):
            plan.problems.append(Problem(table_name, reason, person.row, column))

        owner = numbers_by_email.get(person.email) if person.email else None
        if owner not in (None, person.employee_number) and owner not in email_in_file:
            # Another person's address, and the file does not give them a new one.
            problem("email", _("already the address of employee %(number)s") % {"number": owner})
            continue
        profile = profiles.get(person.employee_number)
        if profile is None:
            linked = unlinked.get(person.email) if person.email else None
            if linked is not None:
                plan.people_linked.append(person.employee_number)
                plan._linked_users[person.employee_number] = linked
            else:
                plan.people_created.append(person.employee_number)
            user_id = linked["pk"] if linked else None
            current_scopes = scopes.get(user_id, set()) if user_id else set()
        else:
            plan._profiles[person.employee_number] = profile
            changes = _person_changes(person, profile, held[profile["pk"]])
            if changes:
                plan.people_updated.append((person.employee_number, changes))
            if profile["org_unit__code"] != person.unit_code:
                plan.people_moved.append(
                    (person.employee_number, profile["org_unit__code"], person.unit_code)
                )
            if not profile["user__is_active"]:
                plan.people_reactivated.append(person.employee_number)
            current_scopes = scopes.get(profile["user_id"], set())
        if person.manager_of is not None:
            wanted = set(person.manager_of)
            plan.scopes_added += [
                (person.employee_number, c) for c in sorted(wanted - current_scopes)
            ]
            plan.scopes_removed += [
                (person.employee_number, c) for c in sorted(current_scopes - wanted)
            ]
    if plan.full:
        for number, profile in sorted(profiles.items()):
            if number in in_file or not profile["user__is_active"]:
                continue
            if profile["user__is_superuser"]:
                plan.people_kept_active.append(number)
            else:
                plan.people_deactivated.append(number)
                plan._profiles[number] = profile


def _person_changes(person: PersonRow, profile: dict, audiences: set[str]) -> list[str]:
    changed = []
    if person.first_name != profile["user__first_name"]:
        changed.append("first_name")
    if person.last_name != profile["user__last_name"]:
        changed.append("last_name")
    if person.email != (profile["user__email"] or "").lower():
        changed.append("email")
    if person.language is not None and person.language != profile["preferred_language"]:
        changed.append("language")
    if person.has_start_date and person.start_date != profile["start_date"]:
        changed.append("start_date")
    if person.audiences is not None and set(person.audiences) != audiences:
        changed.append("audiences")
    return changed


def _username_for(person: PersonRow, taken: set[str]) -> str:
    for candidate in (person.email, f"e{person.employee_number}".lower()):
        if candidate and candidate not in taken:
            taken.add(candidate)
            return candidate
    suffix = 2
    while f"e{person.employee_number}-{suffix}".lower() in taken:
        suffix += 1
    name = f"e{person.employee_number}-{suffix}".lower()
    taken.add(name)
    return name


@dataclass
class Applied:
    record: PeopleImport
    user_ids: set[int]  # users whose place, audiences, start or standing changed


def plan_apply(plan: Plan, *, source_name: str, run_by=None) -> Applied:
    """Make the changes of a plan with no problem, all or nothing, and keep a record of
    the run. Raises :class:`ImportRefused` when the plan has problems."""
    if plan.problems:
        raise ImportRefused(plan.problems)
    with transaction.atomic():
        units = _apply_units(plan)
        user_ids = _apply_people(plan, units)
        record = PeopleImport.objects.create(
            run_by=run_by,
            source_name=source_name[:255],
            full=plan.full,
            as_of=plan.as_of,
            summary={
                **plan.counts(),
                "moved": [list(move) for move in plan.people_moved[:1000]],
                "deactivated": plan.people_deactivated[:1000],
            },
        )
    from .audit import audit_record
    from .models import AuditEvent

    audit_record(
        AuditEvent.Action.PEOPLE_IMPORTED,
        actor=run_by,
        target=record,
        detail={**plan.counts(), "full": plan.full, "as_of": plan.as_of},
    )
    if user_ids:
        people_changed.send(sender=PeopleImport, user_ids=sorted(user_ids), as_of=plan.as_of)
    return Applied(record=record, user_ids=user_ids)


def _apply_units(plan: Plan) -> dict[str, OrgUnit]:
    rows = {row.code: row for row in plan.units}
    units = {unit.code: unit for unit in OrgUnit.objects.all()}
    created = set(plan.units_created)

    def depth(code):
        # Levels below a unit that exists already (or the top), counted in the file.
        parent = rows[code].parent_code
        return 0 if not parent or parent not in created else 1 + depth(parent)

    # Parents before children, and each unit's new children in name order: the tree
    # keeps siblings sorted by name, so each one then goes last, with nothing to renumber.
    for code in sorted(created, key=lambda code: (depth(code), rows[code].name_en, code)):
        row = rows[code]
        unit = OrgUnit(code=code, name_en=row.name_en, name_fr=row.name_fr, kind=row.kind)
        if row.parent_code:
            parent = OrgUnit.objects.get(pk=units[row.parent_code].pk)
            units[code] = parent.add_child(instance=unit)
        else:
            units[code] = OrgUnit.add_root(instance=unit)
    for code in plan.units_updated:
        row = rows[code]
        OrgUnit.objects.filter(code=code).update(
            name_en=row.name_en, name_fr=row.name_fr, kind=row.kind
        )
    for code, _old, parent_code in plan.units_moved:
        unit = OrgUnit.objects.get(code=code)
        if parent_code:
            unit.move(OrgUnit.objects.get(code=parent_code), pos="sorted-child")
        else:
            unit.move(OrgUnit.get_first_root_node(), pos="sorted-sibling")
    if created or plan.units_moved:
        units = {unit.code: unit for unit in OrgUnit.objects.all()}
    return units


def _apply_people(plan: Plan, units: dict[str, OrgUnit]) -> set[int]:
    as_of = plan.as_of
    people = {person.employee_number: person for person in plan.people}
    audiences = dict(Audience.objects.values_list("code", "pk"))
    affected: set[int] = set()

    # New people: their account (no password: they sign in through the agency's
    # identity provider or are sent a reset), their profile, their first unit.
    taken = set(
        User.objects.filter(
            username__in=[p.email for p in plan.people if p.email]
            + [f"e{p.employee_number}".lower() for p in plan.people]
        ).values_list("username", flat=True)
    )
    new_people = [people[number] for number in plan.people_created]
    users = [
        User(
            username=_username_for(person, taken),
            email=person.email,
            first_name=person.first_name,
            last_name=person.last_name,
            password=UNUSABLE_PASSWORD,
        )
        for person in new_people
    ]
    User.objects.bulk_create(users, batch_size=BATCH)
    user_ids = dict(
        User.objects.filter(username__in=[user.username for user in users]).values_list(
            "username", "pk"
        )
    )
    profiles = []
    for person, user in zip(new_people, users, strict=True):
        profiles.append(
            LearnerProfile(
                user_id=user_ids[user.username],
                org_unit_id=units[person.unit_code].pk,
                employee_number=person.employee_number,
                preferred_language=person.language or "en",
                start_date=person.start_date,
            )
        )
    # Local accounts with the same address: linked, their profile made or completed.
    for number in plan.people_linked:
        person, user = people[number], plan._linked_users[number]
        User.objects.filter(pk=user["pk"]).update(
            first_name=person.first_name, last_name=person.last_name, is_active=True
        )
        fields = {
            "org_unit_id": units[person.unit_code].pk,
            "employee_number": number,
            "start_date": person.start_date,
        }
        if person.language:
            fields["preferred_language"] = person.language
        if user["learner_profile__pk"]:
            LearnerProfile.objects.filter(pk=user["learner_profile__pk"]).update(**fields)
        else:
            profiles.append(LearnerProfile(user_id=user["pk"], **fields))
        affected.add(user["pk"])
    LearnerProfile.objects.bulk_create(profiles, batch_size=BATCH)
    fresh = dict(
        LearnerProfile.objects.filter(
            employee_number__in=plan.people_created + plan.people_linked
        ).values_list("employee_number", "pk")
    )
    profile_users = dict(
        LearnerProfile.objects.filter(pk__in=fresh.values()).values_list("pk", "user_id")
    )
    affected |= set(profile_users.values())
    UnitMembership.objects.filter(profile_id__in=fresh.values(), ended_on__isnull=True).update(
        ended_on=as_of - datetime.timedelta(days=1)
    )
    UnitMembership.objects.bulk_create(
        [
            UnitMembership(
                profile_id=fresh[number],
                org_unit_id=units[people[number].unit_code].pk,
                started_on=min(people[number].start_date or as_of, as_of),
            )
            for number in plan.people_created + plan.people_linked
        ],
        batch_size=BATCH,
    )
    through = LearnerProfile.audiences.through
    through.objects.bulk_create(
        [
            through(learnerprofile_id=fresh[number], audience_id=audiences[code])
            for number in plan.people_created + plan.people_linked
            for code in people[number].audiences or ()
        ],
        batch_size=BATCH,
        ignore_conflicts=True,
    )

    # Known people: names, address, language, start date, audiences.
    existing = plan._profiles
    user_rows, profile_rows, audience_changed = [], [], []
    for number, changes in plan.people_updated:
        person, profile = people[number], existing[number]
        if {"first_name", "last_name", "email"} & set(changes):
            user_rows.append(
                User(
                    pk=profile["user_id"],
                    first_name=person.first_name,
                    last_name=person.last_name,
                    email=person.email,
                )
            )
        if {"language", "start_date"} & set(changes):
            profile_rows.append(
                LearnerProfile(
                    pk=profile["pk"],
                    preferred_language=person.language or profile["preferred_language"],
                    start_date=person.start_date
                    if person.has_start_date
                    else profile["start_date"],
                )
            )
        if "start_date" in changes:
            affected.add(profile["user_id"])
        if "audiences" in changes:
            audience_changed.append(number)
    User.objects.bulk_update(user_rows, ["first_name", "last_name", "email"], batch_size=BATCH)
    LearnerProfile.objects.bulk_update(
        profile_rows, ["preferred_language", "start_date"], batch_size=BATCH
    )
    if audience_changed:
        profile_ids = [existing[number]["pk"] for number in audience_changed]
        through.objects.filter(learnerprofile_id__in=profile_ids).delete()
        through.objects.bulk_create(
            [
                through(learnerprofile_id=existing[number]["pk"], audience_id=audiences[code])
                for number in audience_changed
                for code in people[number].audiences or ()
            ],
            batch_size=BATCH,
        )
        affected |= {existing[number]["user_id"] for number in audience_changed}
    audience_memberships_sync(
        profile_ids=list(fresh.values()) + [existing[number]["pk"] for number in audience_changed],
        today=as_of,
    )

    # Moves: the unit from the import's day, the earlier one kept in the history.
    _move(plan, existing, people, units)
    affected |= {existing[number]["user_id"] for number, _old, _new in plan.people_moved}

    # Standing: back in the file, or gone from a full import.
    back = [existing[number]["user_id"] for number in plan.people_reactivated]
    User.objects.filter(pk__in=back).update(is_active=True)
    LearnerProfile.objects.filter(user_id__in=back).update(left_on=None)
    affected |= set(back)
    gone = [
        (existing[number]["user_id"], existing[number]["pk"]) for number in plan.people_deactivated
    ]
    User.objects.filter(pk__in=[user_id for user_id, _pk in gone]).update(is_active=False)
    LearnerProfile.objects.filter(pk__in=[pk for _user_id, pk in gone]).update(left_on=as_of)
    UnitMembership.objects.filter(
        profile_id__in=[pk for _user_id, pk in gone], ended_on__isnull=True
    ).update(ended_on=as_of - datetime.timedelta(days=1))
    affected |= {user_id for user_id, _pk in gone}

    _apply_scopes(plan, existing, units)
    return affected


def _move(plan: Plan, existing: dict, people: dict, units: dict) -> None:
    if not plan.people_moved:
        return
    as_of = plan.as_of
    moved = {existing[number]["pk"]: number for number, _old, _new in plan.people_moved}
    open_records = set(
        UnitMembership.objects.filter(profile_id__in=moved, ended_on__isnull=True).values_list(
            "profile_id", flat=True
        )
    )
    joined = dict(
        LearnerProfile.objects.filter(pk__in=moved).values_list("pk", "user__date_joined")
    )
    ended = as_of - datetime.timedelta(days=1)
    history = []
    for profile_id, number in moved.items():
        if profile_id in open_records:
            continue
        # No history yet: the earlier unit from the person's start (or their account).
        profile = existing[number]
        started = profile["start_date"] or joined[profile_id].date()
        history.append(
            UnitMembership(
                profile_id=profile_id,
                org_unit_id=units[profile["org_unit__code"]].pk,
                started_on=min(started, ended),
                ended_on=ended,
            )
        )
    UnitMembership.objects.filter(profile_id__in=open_records, ended_on__isnull=True).update(
        ended_on=ended
    )
    UnitMembership.objects.bulk_create(history, batch_size=BATCH)
    UnitMembership.objects.bulk_create(
        [
            UnitMembership(
                profile_id=profile_id,
                org_unit_id=units[people[number].unit_code].pk,
                started_on=as_of,
            )
            for profile_id, number in moved.items()
        ],
        batch_size=BATCH,
    )
    LearnerProfile.objects.bulk_update(
        [
            LearnerProfile(pk=profile_id, org_unit_id=units[people[number].unit_code].pk)
            for profile_id, number in moved.items()
        ],
        ["org_unit"],
        batch_size=BATCH,
    )


def _apply_scopes(plan: Plan, existing: dict, units: dict) -> None:
    if not plan.scopes_added and not plan.scopes_removed:
        return
    numbers = {number for number, _code in plan.scopes_added + plan.scopes_removed}
    user_of = dict(
        LearnerProfile.objects.filter(employee_number__in=numbers).values_list(
            "employee_number", "user_id"
        )
    )
    for number, code in plan.scopes_removed:
        ManagerScope.objects.filter(manager_id=user_of[number], org_unit__code=code).delete()
    ManagerScope.objects.bulk_create(
        [
            ManagerScope(manager_id=user_of[number], org_unit_id=units[code].pk)
            for number, code in plan.scopes_added
        ],
        ignore_conflicts=True,
    )


def files_import(
    files: list[tuple[str, bytes]],
    *,
    full: bool = False,
    dry_run: bool = False,
    as_of: datetime.date | None = None,
    run_by=None,
) -> tuple[Plan, Applied | None]:
    """Read ``files`` (name, content), plan, and unless ``dry_run`` apply the plan.
    Raises :class:`ImportRefused` when a file has a problem; nothing is changed then."""
    from django.utils import timezone

    tables = []
    for name, content in files:
        tables += tables_read(content, name)
    plan = plan_make(tables, as_of=as_of or timezone.localdate(), full=full)
    if plan.problems:
        raise ImportRefused(plan.problems)
    if dry_run:
        return plan, None
    source = ", ".join(name for name, _content in files)
    return plan, plan_apply(plan, source_name=source, run_by=run_by)
