"""Statements the LMS side of cmi5 records about an AU's sessions."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from lrs.identity import derived_statement_id
from tracking import vocabulary as v
from tracking.builders.common import actor_for, duration_iso, timestamp_of, verb_of


@dataclass(frozen=True)
class Cmi5SessionRef:
    """One launch of a cmi5 AU: what the statements the LMS records about it share.
    ``au_iri`` is the AU's LMS-generated activity id, ``publisher_id`` its id in the
    course structure."""

    user: object
    au_iri: str
    publisher_id: str
    registration: uuid.UUID
    session_id: uuid.UUID


def _cmi5_context(
    session: Cmi5SessionRef, *, moveon: bool = False, extensions=None, publisher_id: str = ""
) -> dict:
    categories = [{"objectType": "Activity", "id": v.CMI5_CATEGORY}]
    if moveon:
        categories.append({"objectType": "Activity", "id": v.CMI5_MOVEON_CATEGORY})
    return {
        "registration": str(session.registration),
        "contextActivities": {
            "grouping": [{"objectType": "Activity", "id": publisher_id or session.publisher_id}],
            "category": categories,
        },
        "extensions": {v.CMI5_EXTENSION_SESSION: str(session.session_id), **(extensions or {})},
    }


def cmi5_launch_data(
    *,
    session: Cmi5SessionRef,
    launch_mode: str,
    move_on: str,
    return_url: str,
    launch_parameters: str = "",
    mastery_score: float | None = None,
    entitlement_key: str = "",
) -> dict:
    """The ``LMS.LaunchData`` state document of a cmi5 session. Its context template
    carries the masteryScore too, which the AU's passed and failed must repeat."""
    template_extensions: dict = {v.CMI5_EXTENSION_SESSION: str(session.session_id)}
    if mastery_score is not None:
        template_extensions[v.CMI5_EXTENSION_MASTERY_SCORE] = mastery_score
    document: dict = {
        "contextTemplate": {
            "contextActivities": {
                "grouping": [{"objectType": "Activity", "id": session.publisher_id}]
            },
            "extensions": template_extensions,
        },
        "launchMode": launch_mode,
        "moveOn": move_on,
        "returnURL": return_url,
    }
    if launch_parameters:
        document["launchParameters"] = launch_parameters
    if mastery_score is not None:
        document["masteryScore"] = mastery_score
    if entitlement_key:
        document["entitlementKey"] = {"courseStructure": entitlement_key}
    return document


def cmi5_launched(
    *,
    session: Cmi5SessionRef,
    launch_mode: str,
    launch_url: str,
    move_on: str,
    launch_parameters: str = "",
    mastery_score: float | None = None,
    at: datetime | None = None,
) -> dict:
    """The LMS launched an AU (recorded before the AU starts). ``launch_url`` is the
    full URL of the AU, without the launch parameters the LMS adds."""
    extensions = {
        v.CMI5_EXTENSION_LAUNCH_MODE: launch_mode,
        v.CMI5_EXTENSION_LAUNCH_URL: launch_url,
        v.CMI5_EXTENSION_MOVE_ON: move_on,
    }
    if launch_parameters:
        extensions[v.CMI5_EXTENSION_LAUNCH_PARAMETERS] = launch_parameters
    if mastery_score is not None:
        extensions[v.CMI5_EXTENSION_MASTERY_SCORE] = mastery_score
    return {
        "id": str(derived_statement_id(f"cmi5-launched|{session.session_id}")),
        "actor": actor_for(session.user),
        "verb": verb_of(v.VERB_LAUNCHED),
        "object": {"objectType": "Activity", "id": session.au_iri},
        "context": _cmi5_context(session, extensions=extensions),
        "timestamp": timestamp_of(at),
    }


def cmi5_satisfied(
    *,
    session: Cmi5SessionRef,
    activity_iri: str,
    activity_type: str | None = None,
    publisher_id: str = "",
    at: datetime | None = None,
) -> dict:
    """A block or the course is satisfied (the moveOn criteria of all its AUs are met);
    recorded once per registration. ``publisher_id`` is the block's or course's id in
    the course structure, which goes in ``grouping``."""
    obj: dict = {"objectType": "Activity", "id": activity_iri}
    if activity_type:
        obj["definition"] = {"type": activity_type}
    return {
        "id": str(derived_statement_id(f"cmi5-satisfied|{session.registration}|{activity_iri}")),
        "actor": actor_for(session.user),
        "verb": verb_of(v.VERB_SATISFIED),
        "object": obj,
        "context": _cmi5_context(session, publisher_id=publisher_id),
        "timestamp": timestamp_of(at),
    }


def cmi5_waived(*, session: Cmi5SessionRef, reason: str, at: datetime | None = None) -> dict:
    """The LMS waived an AU for the learner (``reason``: Tested Out, Equivalent AU,
    Equivalent Outside Activity or Administrative)."""
    return {
        "id": str(derived_statement_id(f"cmi5-waived|{session.session_id}")),
        "actor": actor_for(session.user),
        "verb": verb_of(v.VERB_WAIVED),
        "object": {"objectType": "Activity", "id": session.au_iri},
        "result": {
            "success": True,
            "completion": True,
            "extensions": {v.CMI5_EXTENSION_REASON: reason},
        },
        "context": _cmi5_context(session, moveon=True),
        "timestamp": timestamp_of(at),
    }


def cmi5_abandoned(
    *, session: Cmi5SessionRef, seconds: int | None = None, at: datetime | None = None
) -> dict:
    """A session ended without the AU terminating it."""
    statement = {
        "id": str(derived_statement_id(f"cmi5-abandoned|{session.session_id}")),
        "actor": actor_for(session.user),
        "verb": verb_of(v.VERB_ABANDONED),
        "object": {"objectType": "Activity", "id": session.au_iri},
        "context": _cmi5_context(session),
        "timestamp": timestamp_of(at),
    }
    if seconds is not None:
        statement["result"] = {"duration": duration_iso(seconds)}
    return statement
