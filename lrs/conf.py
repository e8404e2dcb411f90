"""The LRS's settings, each with the default it has when the site does not set it.

A site that embeds the LRS sets what it needs in its Django settings; the LRS reads them
only through :func:`setting`, so it runs with Django's defaults and nothing else.
"""

from django.conf import settings

DEFAULTS = {
    # The site's address: the home page of the accounts the LRS gives signed-in users.
    "SITE_URL": "http://127.0.0.1:8000",
    # The name the LRS's own authority carries (statements the site records itself).
    "PLATFORM_NAME": "Learning Record Store",
    # The key that derived statement ids are made with; SECRET_KEY when empty.
    "XAPI_STATEMENT_ID_KEY": "",
    "XAPI_VERSIONS": ["1.0.3", "2.0.0"],
    # The user attribute that names a signed-in user in their account agent: a stable
    # identifier that is not personal information (the site's user UUID, say).
    "LRS_USER_ACCOUNT_FIELD": "pk",
    "LRS_MAX_DOCUMENT_BYTES": 10 * 1024 * 1024,
    "LRS_MAX_REQUEST_BYTES": 20 * 1024 * 1024,
    "LRS_FORWARD_URL": "",
    "LRS_FORWARD_KEY": "",
    "LRS_FORWARD_SECRET": "",
    "LRS_AUTH_FAILURE_LIMIT": 20,
    "LRS_AUTH_FAILURE_WINDOW": 300,
}


def setting(name: str):
    """The site's value of one of the LRS's settings, or its default."""
    return getattr(settings, name, DEFAULTS[name])
