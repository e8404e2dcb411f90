"""Wagtail hooks of the project package: the language a page of the site is read in."""

from django.http import HttpResponseRedirect
from django.utils.translation import get_language
from wagtail import hooks

from common.languages import is_official


@hooks.register("before_serve_page")
def page_in_its_own_language(page, request, serve_args, serve_kwargs):
    """A page asked for under a learner language it is not translated into (the site has
    no home page in that language yet, so Wagtail found the English page) is shown at
    its own address, in its own language, so that the interface around it and the
    page's ``lang`` say the same as its text."""
    language = get_language()
    if is_official(language) or request.method not in ("GET", "HEAD"):
        return None
    own = page.locale.language_code
    prefix = f"/{language}/"
    path = request.get_full_path()
    if own == language or not path.startswith(prefix):
        return None
    return HttpResponseRedirect(f"/{own}/{path[len(prefix) :]}")
