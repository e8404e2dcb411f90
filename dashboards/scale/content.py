"""The courses of the scale data set: Wagtail pages in English and French, five lessons
each, and on every other course a graded final assessment."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings

from .common import LESSONS_PER_COURSE, PREFIX, QUESTIONS_PER_QUIZ, Log, ScaleCourse


def _publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _translate(page, locale, **fields):
    """The page's translation in ``locale``, created and published if missing."""
    translation = page.get_translation_or_none(locale)
    if translation is not None:
        return translation
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return _publish(translation)


def _site_home():
    """The English home page (made, as the site's root, when the database has none)."""
    from wagtail.models import Locale, Page, Site

    from courses.models import HomePage

    english = Locale.objects.get(language_code="en")
    french = Locale.objects.get(language_code="fr")
    home = HomePage.objects.filter(locale=english).first()
    if home is None:
        root = Page.get_first_root_node()
        home = _publish(
            root.add_child(instance=HomePage(title="Training", slug="training", locale=english))
        )
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name=settings.PLATFORM_NAME,
            )
        else:
            site.root_page = home
            site.save()
    _translate(home, french, title="Formation", slug="formation")
    return home


def _quiz_for(number: int):
    """A graded quiz of three single-choice questions in a bank of its own."""
    from wagtail.models import Locale

    from quizzes.models import Question, QuestionBank, QuestionChoice, Quiz, QuizQuestion

    english = Locale.objects.get(language_code="en")
    bank = QuestionBank.objects.create(title=f"Scale course {number:02d}", locale=english)
    questions = []
    for position in range(1, QUESTIONS_PER_QUIZ + 1):
        question = Question(
            kind=Question.Kind.SINGLE_CHOICE,
            bank=bank,
            locale=english,
            stem=f"<p>Scale course {number:02d}, question {position}?</p>",
        )
        question.choices = [
            QuestionChoice(text="The right answer", correct=True),
            QuestionChoice(text="A wrong answer", correct=False),
            QuestionChoice(text="Another wrong answer", correct=False),
        ]
        question.full_clean()
        question.save()
        question.save_revision().publish()
        questions.append(Question.objects.get(pk=question.pk))
    quiz = Quiz(
        title=f"Scale course {number:02d}: final assessment",
        locale=english,
        pass_mark=Decimal("0.660"),
    )
    quiz.quiz_questions = [QuizQuestion(question=question) for question in questions]
    quiz.full_clean()
    quiz.save()
    quiz.save_revision()
    return Quiz.objects.get(pk=quiz.pk)


def _courses_create(count: int, *, log: Log) -> list[ScaleCourse]:
    from wagtail.models import Locale
    from wagtail.rich_text import RichText

    from courses.demo.loader import catalogue_get_or_create
    from courses.models import CoursePage, LessonPage
    from quizzes.models import QuizPage

    french = Locale.objects.get(language_code="fr")
    index = catalogue_get_or_create(_site_home())
    made = []
    for number in range(1, count + 1):
        with_quiz = number % 2 == 1
        validity = {0: 6, 1: 12, 2: None}[(number - 1) % 3]
        slug = f"{PREFIX}course-{number:02d}"
        course = _publish(
            index.add_child(
                instance=CoursePage(
                    title=f"Scale course {number:02d}",
                    slug=slug,
                    summary="A course of the scale data set.",
                    estimated_minutes=LESSONS_PER_COURSE * 10,
                    completion_rule=CoursePage.COMPLETION_LESSONS_AND_ASSESSMENT
                    if with_quiz
                    else CoursePage.COMPLETION_ALL_LESSONS,
                    certificate_validity_months=validity,
                    recertification_window_days=30,
                )
            )
        )
        lessons = [
            _publish(
                course.add_child(
                    instance=LessonPage(
                        title=f"Lesson {position}",
                        slug=f"lesson-{position}",
                        body=[("paragraph", RichText(f"<p>Lesson {position}.</p>"))],
                    )
                )
            )
            for position in range(1, LESSONS_PER_COURSE + 1)
        ]
        quiz = quiz_page = None
        if with_quiz:
            quiz = _quiz_for(number)
            quiz_page = _publish(
                course.add_child(
                    instance=QuizPage(title=quiz.title, slug="final-assessment", quiz=quiz)
                )
            )
        _translate(course, french, title=f"Cours d'échelle {number:02d}", slug=f"{slug}-fr")
        for position, lesson in enumerate(lessons, start=1):
            _translate(
                lesson,
                french,
                title=f"Leçon {position}",
                slug=f"lecon-{position}",
                body=[("paragraph", RichText(f"<p>Leçon {position}.</p>"))],
            )
        if quiz_page is not None:
            _translate(
                quiz_page, french, title=f"Évaluation finale {number:02d}", slug="evaluation-finale"
            )
        course.refresh_from_db()
        made.append(ScaleCourse(page=course, lessons=lessons, quiz_page=quiz_page, quiz=quiz))
    return made
