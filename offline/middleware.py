"""The mark of the platform's own answers.

A device that cannot reach the platform does not always get an error: a captive portal
(a hotel's or an airport's Wi-Fi sign-in) or a proxy answers in its place, often with
``200 OK``. The service worker (``offline/templates/offline/sw.js``) trusts a page only
when it carries this header, and otherwise serves the learner's kept copy when there is
one."""

PLATFORM_HEADER = "Training-Platform"


class PlatformHeaderMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response[PLATFORM_HEADER] = "1"
        return response
