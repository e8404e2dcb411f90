"""Checks a statement against the xAPI rules (1.0.3 and 2.0.0) before it is stored.

Each failure names the field (as a dotted path) and the rule it breaks, so a client
gets a 400 it can act on. Lax where the specification allows (upper-case UUIDs, a
single Activity where an array is expected in ``contextActivities``, timestamps
without an offset in 1.0.x), strict where it must be (unknown properties, ``null``
values outside extensions, malformed IRIs, UUIDs, timestamps and durations, and
strings or numbers no database or JSON client can hold as sent).

The rules live in :mod:`.primitives` (errors, JSON values, IRIs, UUIDs, timestamps,
durations), :mod:`.languages`, :mod:`.agents`, :mod:`.activities` (verbs, activities,
definitions) and :mod:`.statements`; this package re-exports their public names.
"""

from .activities import (
    COMPONENT_LISTS,
    DEFINITION_KEYS,
    INTERACTION_COMPONENTS,
    INTERACTION_TYPES,
    validate_activity,
    validate_activity_definition,
    validate_verb,
)
from .agents import AGENT_KEYS, GROUP_KEYS, IFI_KEYS, validate_agent
from .languages import is_language_tag, validate_language_map
from .primitives import (
    StatementInvalid,
    parse_timestamp,
    validate_duration,
    validate_iri,
    validate_json_values,
    validate_uuid,
)
from .statements import (
    ATTACHMENT_KEYS,
    CONTEXT_ACTIVITY_KEYS,
    CONTEXT_KEYS_1,
    CONTEXT_KEYS_2,
    RESULT_KEYS,
    SIGNATURE_USAGE_TYPE,
    STATEMENT_KEYS,
    SUBSTATEMENT_KEYS,
    VOIDED_VERB,
    is_v2,
    validate_attachment,
    validate_context,
    validate_object,
    validate_result,
    validate_statement,
)

# Older names, kept for callers that import them.
_iri = validate_iri
_uuid = validate_uuid
_language_map = validate_language_map

__all__ = [
    "AGENT_KEYS",
    "ATTACHMENT_KEYS",
    "COMPONENT_LISTS",
    "CONTEXT_ACTIVITY_KEYS",
    "CONTEXT_KEYS_1",
    "CONTEXT_KEYS_2",
    "DEFINITION_KEYS",
    "GROUP_KEYS",
    "IFI_KEYS",
    "INTERACTION_COMPONENTS",
    "INTERACTION_TYPES",
    "RESULT_KEYS",
    "SIGNATURE_USAGE_TYPE",
    "STATEMENT_KEYS",
    "SUBSTATEMENT_KEYS",
    "VOIDED_VERB",
    "StatementInvalid",
    "is_language_tag",
    "is_v2",
    "parse_timestamp",
    "validate_activity",
    "validate_activity_definition",
    "validate_agent",
    "validate_attachment",
    "validate_context",
    "validate_duration",
    "validate_iri",
    "validate_json_values",
    "validate_language_map",
    "validate_object",
    "validate_result",
    "validate_statement",
    "validate_uuid",
    "validate_verb",
]
