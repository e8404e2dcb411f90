"""The quiz attempts API mounted as the site mounts it (language-prefixed), for tests."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

urlpatterns = i18n_patterns(
    path("quizzes/", include("quizzes.urls")),
    prefix_default_language=True,
)
