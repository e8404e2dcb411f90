from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()

        from tracking.projector.ports import Progress, progress_register

        from .selectors import lesson_completion_admissible, lesson_keys_done_in
        from .services import (
            briefing_acknowledgement_record,
            course_completion_record,
            progress_assessment_passed,
            progress_lesson_completed,
            progress_workshop_attended,
        )

        # The projector keeps learners' progress through this app.
        progress_register(
            Progress(
                lesson_completion_admissible=lesson_completion_admissible,
                lesson_keys_done_in=lesson_keys_done_in,
                lesson_completed=progress_lesson_completed,
                assessment_passed=progress_assessment_passed,
                course_completed=course_completion_record,
                briefing_acknowledged=briefing_acknowledgement_record,
                workshop_attended=progress_workshop_attended,
            )
        )
