from django.apps import AppConfig


class ElearningConfig(AppConfig):
    name = "elearning"
    verbose_name = "Platform"

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)
