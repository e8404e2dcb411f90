"""The xAPI HTTP interface, one module per resource."""

from .about import about
from .statements import statements

__all__ = ["about", "statements"]
