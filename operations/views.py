"""Machine addresses for whoever runs the platform: ``/metrics`` (Prometheus) and
``/readyz`` (the load balancer's readiness check). ``/healthz`` is elearning's."""

import hmac

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from .health import readiness
from .metrics import metrics_registry


def _bearer_token(request) -> str:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def metrics_token_valid(request) -> bool:
    """Whether the request carries ``Authorization: Bearer <METRICS_TOKEN>``, compared
    in constant time."""
    expected = settings.METRICS_TOKEN
    given = _bearer_token(request)
    return bool(expected and given) and hmac.compare_digest(
        given.encode("utf-8"), expected.encode("utf-8")
    )


@never_cache
@require_GET
def metrics(request):
    """The Prometheus exposition of this process (every process of the node in
    multiprocess mode) and the platform's figures.

    Without ``METRICS_TOKEN`` configured the address does not exist (404), in every
    environment. With it, a request without the token, or with another, is a 401 that
    asks for a bearer token."""
    if not settings.METRICS_TOKEN:
        raise Http404
    if not metrics_token_valid(request):
        response = HttpResponse("A bearer token is required.\n", status=401)
        response["Content-Type"] = "text/plain; charset=utf-8"
        response["WWW-Authenticate"] = 'Bearer realm="metrics"'
        return response
    return HttpResponse(generate_latest(metrics_registry()), content_type=CONTENT_TYPE_LATEST)


@never_cache
@require_GET
def ready(request):
    """200 with every check ``"ok"``, else 503 naming the failing checks (never why)."""
    outcome = readiness()
    return JsonResponse(outcome.as_dict(), status=200 if outcome.ready else 503)
