"""What every xAPI resource shares: version negotiation, the 1.0.3 alternate request
syntax, credentials and scopes, CORS, HEAD, and error responses that name the field
and the rule."""

import dataclasses
import hashlib
import io
import re
import time
from functools import wraps

from django.core.cache import cache
from django.http import HttpResponse, JsonResponse, QueryDict
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.views.decorators.csrf import csrf_exempt

from .. import throttle
from ..auth import Source, credential_from_request, credential_from_session, spent_token_presented
from ..conf import setting

LATEST_VERSION = "2.0.0"
_VERSION_1 = re.compile(r"^1\.0(\.\d+)?$")
_VERSION_2 = re.compile(r"^2\.0(\.\d+)?$")

ALLOWED_METHODS = "GET, HEAD, PUT, POST, DELETE, OPTIONS"
ALLOWED_HEADERS = (
    "Authorization, Content-Type, Content-Length, X-Experience-API-Version, "
    "If-Match, If-None-Match, Accept-Language, X-Requested-With"
)
EXPOSED_HEADERS = (
    "ETag, Last-Modified, Content-Type, Content-Length, X-Experience-API-Version, "
    "X-Experience-API-Consistent-Through, Retry-After"
)
# Form fields that the alternate request syntax carries as headers.
_ALTERNATE_HEADERS = {
    "authorization": "HTTP_AUTHORIZATION",
    "x-experience-api-version": "HTTP_X_EXPERIENCE_API_VERSION",
    "content-type": "CONTENT_TYPE",
    "content-length": "CONTENT_LENGTH",
    "if-match": "HTTP_IF_MATCH",
    "if-none-match": "HTTP_IF_NONE_MATCH",
}
_ALTERNATE_METHODS = {"GET", "PUT", "POST", "DELETE"}


class ProtocolError(Exception):
    """A request that breaks the protocol itself (HTTP 400), naming the header or parameter."""

    def __init__(self, field: str, message: str):
        self.field = field
        super().__init__(f"{field}: {message}")


def negotiate_version(requested: str | None) -> str | None:
    """The version the LRS answers with (``1.0.3`` or ``2.0.0``) for a requested
    ``X-Experience-API-Version``, or ``None`` if it is not supported."""
    requested = (requested or "").strip()
    if _VERSION_1.match(requested):
        return "1.0.3"
    if _VERSION_2.match(requested):
        return "2.0.0"
    return None


def request_version(request) -> str:
    """The negotiated protocol version of a request (the latest if none was)."""
    version = getattr(request, "xapi_version", None)
    if version:
        return version
    return negotiate_version(request.headers.get("X-Experience-API-Version")) or LATEST_VERSION


# How long a process trusts its own note of a caller's version before writing it again,
# so that a caller switching versions is seen by every process within that time.
_SPOKEN_REFRESH_SECONDS = 60
_SPOKEN_TIMEOUT_SECONDS = 24 * 3600
_SPOKEN_MEMO_LIMIT = 10_000
_spoken_memo: dict[str, tuple[str, float]] = {}


def _spoken_key(credential) -> str | None:
    if credential.client is not None:
        name = f"client:{credential.client.key}"
    elif credential.token is not None:
        name = f"token:{credential.token.key}"
    else:
        return None
    return "lrs:spoken-version:" + hashlib.sha256(name.encode()).hexdigest()


def version_remember(credential, version: str) -> None:
    """Note the protocol version a caller speaks (kept in the cache, written at most
    once a minute per process while it does not change)."""
    key = _spoken_key(credential)
    if key is None:
        return
    now = time.monotonic()
    known = _spoken_memo.get(key)
    if known is not None and known[0] == version and now - known[1] < _SPOKEN_REFRESH_SECONDS:
        return
    if len(_spoken_memo) >= _SPOKEN_MEMO_LIMIT:
        _spoken_memo.clear()
    _spoken_memo[key] = (version, now)
    cache.set(key, version, _SPOKEN_TIMEOUT_SECONDS)


def version_spoken(credential) -> str | None:
    """The protocol version a caller last spoke, if it is known."""
    key = _spoken_key(credential) if credential is not None else None
    return cache.get(key) if key else None


class RequestTooLarge(Exception):
    """A request body larger than the LRS reads (HTTP 413)."""

    def __init__(self, limit: int):
        self.limit = limit
        super().__init__(f"body: requests to this resource are limited to {limit} bytes")


def max_request_bytes() -> int:
    """The largest request body the LRS reads (setting ``LRS_MAX_REQUEST_BYTES``)."""
    return setting("LRS_MAX_REQUEST_BYTES")


def request_body(request, *, limit: int | None = None) -> bytes:
    """The request body, up to ``limit`` bytes (by default ``LRS_MAX_REQUEST_BYTES``;
    :class:`RequestTooLarge` beyond). Statement batches and their attachments outgrow
    the site's limit on ``request.body`` (DATA_UPLOAD_MAX_MEMORY_SIZE), which would
    answer Django's bare 400; so the body is read from the stream here, refused on its
    declared length before any of it is read, and never read more than one byte past
    the limit. Once read, ``request.body`` returns it."""
    limit = max_request_bytes() if limit is None else limit
    content = getattr(request, "_body", None)
    if content is None:
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            declared = 0
        if declared > limit:
            raise RequestTooLarge(limit)
        content = request.read(limit + 1)
        if len(content) <= limit:
            request._body = content
            request._stream = io.BytesIO(content)
    if len(content) > limit:
        raise RequestTooLarge(limit)
    return content


def media_type(request) -> str:
    """The request's media type, lower-cased, without parameters."""
    return request.META.get("CONTENT_TYPE", "").split(";", 1)[0].strip().lower()


def _with_headers(response: HttpResponse, request) -> HttpResponse:
    response["X-Experience-API-Version"] = request_version(request)
    origin = request.headers.get("Origin")
    response["Access-Control-Allow-Origin"] = origin or "*"
    if origin:
        patch_vary_headers(response, ["Origin"])
    response["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
    return response


with_headers = _with_headers


def error(request, status: int, message: str) -> HttpResponse:
    """A JSON error response; ``message`` starts with the field or parameter at fault."""
    return _with_headers(JsonResponse({"error": message}, status=status), request)


def preflight(request) -> HttpResponse:
    """The answer to a CORS preflight: any origin may call with these methods and headers."""
    response = HttpResponse(status=200)
    response["Access-Control-Allow-Methods"] = ALLOWED_METHODS
    response["Access-Control-Allow-Headers"] = (
        request.headers.get("Access-Control-Request-Headers") or ALLOWED_HEADERS
    )
    response["Access-Control-Max-Age"] = "86400"
    response["Allow"] = ALLOWED_METHODS
    return _with_headers(response, request)


def _apply_alternate_syntax(request) -> None:
    """Turn a 1.0.3 alternate-syntax request (``POST ?method=PUT`` with a form carrying
    headers, parameters and ``content``) into the request it stands for, in place."""
    if request.method != "POST":
        raise ProtocolError("method", "the alternate request syntax must be sent with POST")
    method = request.GET.get("method", "").upper()
    if method not in _ALTERNATE_METHODS:
        raise ProtocolError("method", "must be GET, PUT, POST or DELETE")
    if set(request.GET.keys()) != {"method"}:
        raise ProtocolError(
            "method", "with the alternate request syntax, other parameters go in the form body"
        )
    raw = request_body(request)
    if raw and media_type(request) != "application/x-www-form-urlencoded":
        raise ProtocolError(
            "Content-Type", "the alternate request syntax sends application/x-www-form-urlencoded"
        )
    try:
        form = QueryDict(raw, encoding="utf-8")
    except UnicodeDecodeError:
        raise ProtocolError("body", "must be a UTF-8 form") from None
    params = QueryDict(mutable=True)
    headers: dict[str, str] = {}
    content = None
    for key, values in form.lists():
        if key.lower() in _ALTERNATE_HEADERS:
            headers[key.lower()] = values[-1]
        elif key == "content":
            content = values[-1]
        else:
            params.setlist(key, values)
    if method in ("PUT", "POST") and content is None:
        raise ProtocolError("content", "is required for PUT and POST in the alternate syntax")
    body = (content or "").encode("utf-8")
    # The form's header fields stand for the request's headers (Communication 1.3): where
    # the request also carries the header itself, the form's value is the one taken.
    for name, meta_key in _ALTERNATE_HEADERS.items():
        if name in headers:
            request.META[meta_key] = headers[name]
    if "content-type" not in headers:
        request.META["CONTENT_TYPE"] = "application/json" if content is not None else ""
    request.META["CONTENT_LENGTH"] = str(len(body))
    request.META["QUERY_STRING"] = params.urlencode()
    request.method = method
    request.GET = params
    request._body = body
    request._stream = io.BytesIO(body)
    for cached in ("headers", "_post", "_files"):
        request.__dict__.pop(cached, None)
    request._set_content_type_params(request.META)
    request.xapi_alternate = True


def xapi_endpoint(*scopes_by_method, consistent_through: bool = False):
    """Wraps a resource view: CORS preflight, alternate syntax, the version header,
    the methods the resource has, credentials and the scopes each method needs
    (``(method, scopes)`` pairs, which also list the methods; HEAD goes with GET and
    falls back to GET's scopes). A HEAD response loses its body here, whatever the
    view did.

    A method the resource does not have is a 405 before credentials are looked at, as
    for any web resource. A request without ``X-Experience-API-Version`` is a 400 in
    the version its caller last spoke, so that its client can read the answer.

    The view sees ``request.lrs_credential`` and ``request.xapi_version``.
    ``consistent_through`` adds ``X-Experience-API-Consistent-Through`` to every GET
    response, errors included (the Statement resource).
    """
    wanted_by_method = dict(scopes_by_method)
    allowed = set(wanted_by_method)
    if "GET" in allowed:
        allowed.add("HEAD")
    allow_header = ", ".join(
        method for method in ("GET", "HEAD", "PUT", "POST", "DELETE") if method in allowed
    )
    allow_header += ", OPTIONS"

    def decorator(view):
        @csrf_exempt
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method == "OPTIONS":
                return preflight(request)
            head = request.method == "HEAD"
            try:
                response = _dispatch(
                    request, view, args, kwargs, wanted_by_method, allowed, allow_header
                )
            except RequestTooLarge as too_large:
                response = error(request, 413, str(too_large))
            if consistent_through and request.method in ("GET", "HEAD"):
                if "X-Experience-API-Consistent-Through" not in response:
                    response["X-Experience-API-Consistent-Through"] = timezone.now().isoformat()
            if head:
                response.content = b""
            return _with_headers(response, request)

        return wrapper

    return decorator


def _basic_credential(request):
    """``(credential, None)`` for the request's ``Authorization`` header (``None`` when
    it names no valid credential, which counts against the address), or ``(None,
    seconds)`` while the address is held off for sending wrong ones (lrs/throttle.py)."""
    if not request.headers.get("Authorization"):
        return None, None
    wait = throttle.retry_after(request)
    if wait is not None:
        return None, wait
    credential = credential_from_request(request)
    if credential is None and not spent_token_presented(request):
        throttle.failure_record(request)
    return credential, None


def _throttled(request, seconds: int) -> HttpResponse:
    response = error(
        request,
        429,
        f"Authorization: too many wrong credentials from this address; "
        f"try again in {seconds} seconds",
    )
    response["Retry-After"] = str(seconds)
    return response


def _dispatch(request, view, args, kwargs, wanted_by_method, allowed, allow_header) -> HttpResponse:
    try:
        if "method" in request.GET:
            _apply_alternate_syntax(request)
    except ProtocolError as problem:
        return error(request, 400, str(problem))
    requested = request.headers.get("X-Experience-API-Version")
    if not requested:
        credential, wait = _basic_credential(request)
        request.xapi_version = version_spoken(credential) or LATEST_VERSION
        if wait is not None:
            return _throttled(request, wait)
        return error(request, 400, "X-Experience-API-Version: header is required")
    version = negotiate_version(requested)
    if version is None:
        return error(
            request, 400, f"X-Experience-API-Version: {requested} is not supported (1.0.x, 2.0.x)"
        )
    request.xapi_version = version
    if getattr(request, "xapi_alternate", False) and version.startswith("2."):
        return error(request, 400, "method: the alternate request syntax is not part of xAPI 2.0")
    if request.method not in allowed:
        response = error(request, 405, f"{request.method} is not allowed on this resource")
        response["Allow"] = allow_header
        return response
    credential, wait = _basic_credential(request)
    if wait is not None:
        return _throttled(request, wait)
    if credential is None and not request.headers.get("Authorization"):
        credential = credential_from_session(request)
    if credential is None:
        response = error(request, 401, "Authorization: valid credentials are required")
        response["WWW-Authenticate"] = 'Basic realm="xAPI"'
        return response
    version_remember(credential, version)
    widened = getattr(request, "lrs_scopes_granted", None)
    if widened and credential.kind == Source.TOKEN:
        # A view of the site in front of the LRS checked its own rules on this request
        # and lets the launch token do more here only (never set from HTTP).
        credential = dataclasses.replace(credential, scopes=credential.scopes | widened)
    wanted = wanted_by_method.get(request.method, ())
    if request.method == "HEAD" and not wanted:
        wanted = wanted_by_method.get("GET", ())
    if wanted and not credential.has_scope(*wanted):
        return error(request, 403, "Authorization: the credentials do not allow this request")
    request.lrs_credential = credential
    return view(request, *args, **kwargs)


def xapi_public(view):
    """Wraps a resource that needs no credentials (``/xapi/about``): CORS and HEAD."""

    @csrf_exempt
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":
            return preflight(request)
        head = request.method == "HEAD"
        if head:
            request.method = "GET"
        response = view(request, *args, **kwargs)
        if head:
            response.content = b""
        return _with_headers(response, request)

    return wrapper
