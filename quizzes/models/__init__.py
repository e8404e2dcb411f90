"""The quizzes app's models, one module per concern: ``banks`` (question banks, tags,
scenarios), ``questions`` (questions and the child rows of their clusters), ``quizzes``
(quizzes, their fixed questions and random draws), ``attempts`` (learners' attempts) and
``pages`` (the quiz page of a course). Every model is importable from here, as Django
expects."""

from .attempts import QuizAttempt
from .banks import QuestionBank, QuestionTag, Scenario
from .pages import QuizPage, quiz_runner_messages
from .questions import (
    TRUE_FALSE_KEYS,
    TRUE_KEY,
    AcceptedAnswer,
    MatchingPair,
    OrderingItem,
    Question,
    QuestionChild,
    QuestionChoice,
)
from .quizzes import Quiz, QuizDraw, QuizQuestion

__all__ = [
    "TRUE_FALSE_KEYS",
    "TRUE_KEY",
    "AcceptedAnswer",
    "MatchingPair",
    "OrderingItem",
    "Question",
    "QuestionBank",
    "QuestionChild",
    "QuestionChoice",
    "QuestionTag",
    "Quiz",
    "QuizAttempt",
    "QuizDraw",
    "QuizPage",
    "QuizQuestion",
    "Scenario",
    "quiz_runner_messages",
]
