"""The related-agent and related-activity rows each statement gets in
:class:`~lrs.models.StatementIndex`, and writing them in bulk."""

from django.db import connection

from .. import identity
from ..models import Statement, StatementIndex


def _agents(agent: dict):
    """An agent or group, then a group's members."""
    yield agent
    if isinstance(agent, dict):
        yield from agent.get("member", [])


def index_entries(statement: dict) -> set[tuple[str, str, bool]]:
    """The ``(kind, value, primary)`` rows a statement gets in :class:`StatementIndex`.

    Agents: actor and object (primary), and authority, instructor, team, context
    agents and groups, group members and all of these in a sub-statement. Activities:
    the object (primary), context activities and a sub-statement's activities.
    """
    entries: set[tuple[str, str, bool]] = set()

    def add_agent(agent, primary: bool):
        if not isinstance(agent, dict):
            return
        for index, one in enumerate(_agents(agent)):
            key = identity.actor_key(one)
            if key:
                entries.add((StatementIndex.Kind.AGENT, key, primary and index == 0))

    def add_activity(activity, primary: bool):
        if isinstance(activity, dict) and isinstance(activity.get("id"), str):
            entries.add((StatementIndex.Kind.ACTIVITY, activity["id"], primary))

    def visit(body: dict, primary: bool):
        add_agent(body.get("actor"), primary)
        obj = body.get("object", {})
        object_type = obj.get("objectType", "Activity")
        if object_type == "Activity":
            add_activity(obj, primary)
        elif object_type in ("Agent", "Group"):
            add_agent(obj, primary)
        elif object_type == "SubStatement":
            visit(obj, False)
        context = body.get("context", {})
        add_agent(context.get("instructor"), False)
        add_agent(context.get("team"), False)
        for entry in context.get("contextAgents", []):
            add_agent(entry.get("agent"), False)
        for entry in context.get("contextGroups", []):
            add_agent(entry.get("group"), False)
        for entries_of_kind in context.get("contextActivities", {}).values():
            for activity in entries_of_kind:
                add_activity(activity, False)

    visit(statement, True)
    add_agent(statement.get("authority"), False)
    primary = {(kind, value) for kind, value, is_primary in entries if is_primary}
    return {(k, v, p) for k, v, p in entries if p or (k, v) not in primary}


def write_index(rows: list[Statement]) -> None:
    """Write the statements' index rows (several per statement, the bulk of a batch's
    rows) straight to the table: COPY on PostgreSQL, one executemany elsewhere, with no
    model instance per row."""
    entries = [
        (row.id, kind, value, primary)
        for row in rows
        for kind, value, primary in sorted(index_entries(row.data))
    ]
    if not entries:
        return
    table = connection.ops.quote_name(StatementIndex._meta.db_table)
    columns = ", ".join(
        connection.ops.quote_name(name) for name in ("statement_id", "kind", "value", "primary")
    )
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for entry in entries:
                    copy.write_row(entry)
        else:
            uuid_field = Statement._meta.pk
            cursor.executemany(
                f"INSERT INTO {table} ({columns}) VALUES (%s, %s, %s, %s)",
                [
                    (uuid_field.get_db_prep_value(sid, connection), kind, value, primary)
                    for sid, kind, value, primary in entries
                ],
            )
