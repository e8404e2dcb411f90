from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Quizzes")

    def ready(self):
        from courses.content_cache import watch
        from courses.ports import Assessments, assessments_register

        from .models import Quiz, QuizPage
        from .selectors import assessment_passed

        # A course's assessments are its quiz pages.
        assessments_register(Assessments(page_model=QuizPage, passed=assessment_passed))
        # The pages remembered between requests come with their quiz.
        watch(Quiz)
