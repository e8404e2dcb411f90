"""Django's CSRF check, asked as a question: for views that answer in JSON (or choose
between credentials) instead of letting the middleware answer with its 403 page."""

from django.middleware.csrf import CsrfViewMiddleware


class _CsrfCheck(CsrfViewMiddleware):
    def _reject(self, request, reason):
        return reason


def csrf_failure(request) -> str | None:
    """Why the request fails Django's CSRF check, or ``None`` when it passes."""
    check = _CsrfCheck(lambda request: None)
    check.process_request(request)
    return check.process_view(request, None, (), {})
