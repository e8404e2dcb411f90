"""The quiz attempts API mounted as the site mounts it (language-prefixed, in each
language's words), for tests."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

urlpatterns = i18n_patterns(
    path(_("quizzes/"), include("quizzes.urls")),
    prefix_default_language=True,
)
