"""The xAPI HTTP interface, one module per resource."""

from .about import about
from .activities import activities, agents
from .documents import activities_profile, activities_state, agents_profile
from .statements import statements

__all__ = [
    "about",
    "activities",
    "activities_profile",
    "activities_state",
    "agents",
    "agents_profile",
    "statements",
]
