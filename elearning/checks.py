"""System checks of how a server process shares out its database connections."""

from django.conf import settings
from django.core.checks import Error, register
from django.db import connections
from django.utils.translation import gettext_lazy as _


@register()
def request_concurrency_fits_the_pool(app_configs, **kwargs):
    """Each running request holds a connection; the pool must have more than that, for
    the websockets and the tasks of the same process."""
    concurrency = settings.REQUEST_CONCURRENCY
    if concurrency < 1:
        return [
            Error(
                _("REQUEST_CONCURRENCY must be at least 1."),
                id="elearning.E001",
            )
        ]
    errors = []
    for alias in connections:
        pool = connections.settings[alias].get("OPTIONS", {}).get("pool")
        if isinstance(pool, dict) and pool.get("max_size", 4) <= concurrency:
            errors.append(
                Error(
                    _(
                        "The connection pool of the database “%(alias)s” holds %(size)s "
                        "connections, no more than the %(concurrency)s requests a process "
                        "runs at once (REQUEST_CONCURRENCY)."
                    )
                    % {"alias": alias, "size": pool.get("max_size", 4), "concurrency": concurrency},
                    hint=_(
                        "Raise DATABASE_POOL_MAX above REQUEST_CONCURRENCY, or lower the latter."
                    ),
                    id="elearning.E002",
                )
            )
    return errors
