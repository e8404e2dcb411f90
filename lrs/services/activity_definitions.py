"""The canonical activity definitions: folding the definitions statements carry into
the stored ones."""

from django.utils import timezone

from ..models import ActivityDefinition
from ..xapi.formats import merge_definition


def _incoming_definitions(statements: list[dict]) -> dict[str, dict]:
    incoming: dict[str, dict] = {}

    def take(activity):
        if isinstance(activity, dict) and isinstance(activity.get("definition"), dict):
            iri = activity["id"]
            incoming[iri] = merge_definition(incoming.get(iri, {}), activity["definition"])

    def visit(body: dict):
        obj = body.get("object", {})
        if obj.get("objectType", "Activity") == "Activity":
            take(obj)
        elif obj.get("objectType") == "SubStatement":
            visit(obj)
        for entries in body.get("context", {}).get("contextActivities", {}).values():
            for activity in entries:
                take(activity)

    for statement in statements:
        visit(statement)
    return incoming


def merge_definitions(statements: list[dict], *, may_update: bool) -> None:
    """Fold the definitions statements carry into the canonical ones: create missing
    rows (insert-or-ignore), then update, in IRI order, only rows that change.

    Without ``may_update`` (a caller lacking the ``define`` scope, such as content
    with a launch token) first definitions are kept but known ones are never changed.
    """
    incoming = _incoming_definitions(statements)
    if not incoming:
        return
    current = dict(
        ActivityDefinition.objects.filter(iri__in=list(incoming)).values_list("iri", "definition")
    )
    missing = sorted(iri for iri in incoming if iri not in current)
    if missing:
        ActivityDefinition.objects.bulk_create(
            [ActivityDefinition(iri=iri, definition=incoming[iri]) for iri in missing],
            ignore_conflicts=True,
        )
        current.update(
            ActivityDefinition.objects.filter(iri__in=missing).values_list("iri", "definition")
        )
    if not may_update:
        return
    changing = sorted(
        iri
        for iri, definition in incoming.items()
        if merge_definition(current.get(iri, {}), definition) != current.get(iri)
    )
    if not changing:
        return
    now = timezone.now()
    locked = ActivityDefinition.objects.select_for_update().filter(iri__in=changing)
    rows = list(locked.order_by("iri"))
    for row in rows:
        row.definition = merge_definition(row.definition or {}, incoming[row.iri])
        row.updated = now
    ActivityDefinition.objects.bulk_update(rows, ["definition", "updated"])
