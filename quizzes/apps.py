from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Quizzes")

    def ready(self):
        from courses.ports import Assessments, assessments_register

        from .models import QuizPage
        from .selectors import assessment_passed

        # A course's assessments are its quiz pages.
        assessments_register(Assessments(page_model=QuizPage, passed=assessment_passed))
