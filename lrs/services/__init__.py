"""The one door every statement comes through: validate, store once, index, project.

The work is split by concern: :mod:`.preparation` (validation and the fields the LRS
sets), :mod:`.indexing`, :mod:`.voiding`, :mod:`.activity_definitions`, :mod:`.storing`
(the store itself, replays and conflicts, the platform's own statements) and
:mod:`.credentials` (clients and launch tokens). Other apps import from here.
"""

from .credentials import lrs_client_create, lrs_token_issue, lrs_token_revoke
from .indexing import index_entries
from .preparation import statement_ref_key
from .storing import StoredIds, statement_record, statements_store

__all__ = [
    "StoredIds",
    "index_entries",
    "lrs_client_create",
    "lrs_token_issue",
    "lrs_token_revoke",
    "statement_record",
    "statement_ref_key",
    "statements_store",
]
