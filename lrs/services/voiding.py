"""Voiding: which statements a voiding statement may target, who may void what, and
marking the targets voided, including a target and its voiding stored concurrently."""

import uuid

from .. import identity
from ..auth import authority_key
from ..exceptions import LRSForbidden
from ..models import Statement
from ..xapi.validation import VOIDED_VERB, StatementInvalid
from .preparation import statement_ref_key


def is_voiding(statement: dict) -> bool:
    """Whether ``statement`` voids another."""
    return statement["verb"]["id"] == VOIDED_VERB


def check_voiding(prepared: list[dict], prefixes: list[str], *, authority: dict | None) -> None:
    """A voiding statement cannot target another voiding statement, and a credential
    (``authority`` set; ``None`` is the platform itself) voids only statements written
    with its own authority."""
    targets = {
        statement["object"]["id"].lower(): prefix
        for statement, prefix in zip(prepared, prefixes, strict=True)
        if is_voiding(statement)
    }
    if not targets:
        return
    in_batch = {s["id"] for s in prepared if is_voiding(s)}
    stored = Statement.objects.filter(id__in=list(targets)).values_list(
        "id", "verb_iri", "data__authority"
    )
    stored_voiding = set()
    for target_id, verb_iri, target_authority in stored:
        if verb_iri == VOIDED_VERB:
            stored_voiding.add(str(target_id))
        elif authority is not None and not may_void(authority, target_authority):
            raise LRSForbidden(
                f"{targets[str(target_id)]}object.id: these credentials may only void "
                "statements they wrote"
            )
    for target, prefix in targets.items():
        if target in in_batch or target in stored_voiding:
            raise StatementInvalid(prefix + "object.id", "a voiding statement cannot be voided")


def may_void(voider_authority: dict, target_authority: dict) -> bool:
    """Only the platform, or whoever wrote a statement, may void it: a voiding statement
    stored earlier by someone else (say, a learner guessing the id of a statement yet
    to come) never takes effect."""
    voider = authority_key(voider_authority)
    return voider == authority_key(target_authority) or voider == platform_authority_key()


def platform_authority_key() -> str:
    """The authority key of the platform's own statements."""
    return authority_key(identity.platform_authority())


def _voiding_authorities(keys: list[str]) -> dict[str, list[dict]]:
    """The authorities of the stored voiding statements that target each key."""
    found: dict[str, list[dict]] = {}
    rows = Statement.objects.filter(verb_iri=VOIDED_VERB, object_iri__in=keys).values_list(
        "object_iri", "data"
    )
    for key, data in rows:
        found.setdefault(key, []).append(data.get("authority"))
    return found


def already_voided(ids: set[str], fresh: list[dict], *, authority: dict) -> set[str]:
    """Those of ``ids`` that a stored or batched voiding statement already targets
    (a voiding statement may arrive before its target), when its writer may void them."""
    voiding_ids = {s["id"] for s in fresh if is_voiding(s)}
    candidates = ids - voiding_ids
    if not candidates:
        return set()
    keys = {statement_ref_key(i): i for i in candidates}
    targeted = {
        key
        for key, voiders in _voiding_authorities(list(keys)).items()
        if any(may_void(voider, authority) for voider in voiders)
    }
    targeted |= {statement_ref_key(s["object"]["id"]) for s in fresh if is_voiding(s)}
    return {keys[key] for key in targeted if key in keys}


def apply_voiding(rows: list[Statement], *, authority: dict) -> None:
    """Mark the targets of new voiding statements voided, those the writer may void."""
    targets = [uuid.UUID(row.data["object"]["id"]) for row in rows if is_voiding(row.data)]
    if not targets:
        return
    found = Statement.objects.filter(id__in=sorted(targets)).exclude(verb_iri=VOIDED_VERB)
    allowed = sorted(
        target_id
        for target_id, data in found.values_list("id", "data")
        if may_void(authority, data.get("authority"))
    )
    if allowed:
        Statement.objects.filter(id__in=allowed).update(voided=True)


def reconcile_voiding(rows: list[Statement], *, authority: dict) -> None:
    """After commit, apply voiding that two concurrent transactions could not see: a
    voiding statement and its target stored at the same moment each found the other not
    yet committed. Whichever transaction commits last sees the other here. (SQLite lets
    one writer at a time, so there the transactions never overlap.)"""
    apply_voiding(rows, authority=authority)
    candidates = {str(row.id) for row in rows if not is_voiding(row.data)}
    if not candidates:
        return
    keys = {statement_ref_key(i): i for i in candidates}
    late = sorted(
        keys[key]
        for key, voiders in _voiding_authorities(list(keys)).items()
        if any(may_void(voider, authority) for voider in voiders)
    )
    if late:
        Statement.objects.filter(id__in=late, voided=False).update(voided=True)
