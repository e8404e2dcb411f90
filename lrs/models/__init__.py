"""The LRS's tables; each concept in its own module, re-exported here."""

from .clients import SCOPE_NAMES, SCOPES, LRSClient, LRSToken, hash_secret
from .documents import Document
from .forwarding import ForwardedStatement
from .statements import ActivityDefinition, Attachment, Statement, StatementIndex

__all__ = [
    "SCOPES",
    "SCOPE_NAMES",
    "ActivityDefinition",
    "Attachment",
    "Document",
    "ForwardedStatement",
    "LRSClient",
    "LRSToken",
    "Statement",
    "StatementIndex",
    "hash_secret",
]
