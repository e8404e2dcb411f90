"""What the LRS knows of an activity or an agent: the Activities and Agents resources."""

from .identity import actor_key
from .models import ActivityDefinition, Statement

IFI_KEYS = ("mbox", "mbox_sha1sum", "openid", "account")
# A Person lists names seen for the agent; a handful is plenty and keeps the query small.
MAX_KNOWN_NAMES = 20


def activity_object(*, iri: str) -> dict:
    """The canonical Activity object for ``iri``: its stored definition when the LRS has
    one, otherwise just the id, as both versions of the specification ask."""
    row = ActivityDefinition.objects.filter(iri=iri).first()
    activity = {"objectType": "Activity", "id": iri}
    if row is not None and row.definition:
        activity["definition"] = row.definition
    return activity


def activity_names(*, iris) -> dict[str, dict]:
    """The name of each of these activities the LRS holds a definition of, by IRI: a
    language map gathering every language its statements have named it in."""
    rows = ActivityDefinition.objects.filter(iri__in=list(iris)).values_list("iri", "definition")
    return {
        iri: definition["name"]
        for iri, definition in rows
        if isinstance(definition, dict) and isinstance(definition.get("name"), dict)
    }


def person_object(*, agent: dict, include_known_names: bool = False) -> dict:
    """The Person object for an Agent: its identifier and name as arrays, plus, when
    ``include_known_names`` is set, the names stored statements gave that agent.

    The platform keeps one identifier per person, so the Person never gains identifiers
    beyond the one asked about.
    """
    names = [agent["name"]] if isinstance(agent.get("name"), str) else []
    if include_known_names:
        known = (
            Statement.objects.filter(actor_key=actor_key(agent), data__actor__name__isnull=False)
            .order_by()
            .values_list("data__actor__name", flat=True)
            .distinct()[:MAX_KNOWN_NAMES]
        )
        names += [name for name in known if isinstance(name, str) and name not in names]
    person = {"objectType": "Person"}
    if names:
        person["name"] = names
    for ifi in IFI_KEYS:
        if ifi in agent:
            person[ifi] = [agent[ifi]]
    return person
