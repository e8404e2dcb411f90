"""Frames a page may add to its content security policy: a view whose page frames
another origin (a cmi5 unit hosted elsewhere) names it here, and the site's policy
middleware (``elearning.middleware``) adds it to ``frame-src`` for that response only."""

#: The request attribute holding the extra origins.
REQUEST_ATTRIBUTE = "csp_frame_origins"


def frames_allow(request, origins) -> None:
    """Let this request's page frame ``origins`` (``scheme://host[:port]``) too."""
    allowed = getattr(request, REQUEST_ATTRIBUTE, set())
    allowed.update(origins)
    setattr(request, REQUEST_ATTRIBUTE, allowed)


def frames_allowed(request) -> set[str]:
    """The extra origins this request's page may frame."""
    return getattr(request, REQUEST_ATTRIBUTE, None) or set()
