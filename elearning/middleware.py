from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's locale middleware, minus its 404-to-/en/ redirect on language-neutral paths.

    A 404 from the LRS (an unknown statement id) must stay a 404 for xAPI clients,
    not become a redirect to a page that the site's catch-all would then serve.
    """

    def process_response(self, request, response):
        if request.path_info.startswith(settings.LANGUAGE_NEUTRAL_PATHS):
            return response
        return super().process_response(request, response)
