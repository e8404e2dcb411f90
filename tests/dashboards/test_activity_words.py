"""A manager reads what a learner did in words of the trade, in the page's language, not in
xAPI's vocabulary ("experienced" is how xAPI says a lesson was opened)."""

import uuid

import pytest
from django.utils import timezone, translation

from dashboards.learners import statement_line
from lrs.models import Statement
from tracking import vocabulary as v


def statement(verb_id: str, display: dict) -> Statement:
    return Statement(
        id=uuid.uuid4(),
        timestamp=timezone.now(),
        data={
            "verb": {"id": verb_id, "display": display},
            "object": {
                "id": "https://example.ca/lesson",
                "definition": {"name": {"en-CA": "Indicators", "fr-CA": "Indicateurs"}},
            },
        },
    )


@pytest.mark.parametrize(
    ("language", "opened", "completed"),
    [("en", "Opened", "Completed"), ("fr", "Consulté", "Terminé")],
)
def test_the_platforms_verbs_read_as_actions(language, opened, completed):
    with translation.override(language):
        line = statement_line(
            statement=statement(v.VERB_EXPERIENCED, v.VERB_DISPLAY[v.VERB_EXPERIENCED]),
            language=language,
        )
        assert line.verb == opened
        line = statement_line(
            statement=statement(v.VERB_COMPLETED, v.VERB_DISPLAY[v.VERB_COMPLETED]),
            language=language,
        )
        assert line.verb == completed


def test_a_verb_of_other_content_keeps_its_own_display():
    line = statement_line(
        statement=statement("urn:x:noted", {"en-CA": "noted", "fr-CA": "a noté"}), language="fr"
    )
    assert line.verb == "a noté"
