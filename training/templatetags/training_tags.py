from django import template
from django.utils.translation import get_language

from training.models import Requirement
from training.selectors.briefings import briefing_requirements, briefings_to_acknowledge_for
from training.selectors.learner import required_training_for

register = template.Library()


@register.inclusion_tag("training/includes/required_summary.html", takes_context=True)
def required_training_summary(context):
    """The learner's required training, most urgent first, with due dates and status.
    Briefings sent to the learner are left out: "Briefings to acknowledge" lists those
    still to read, the briefings page all of them (My required training keeps every
    requirement)."""
    user = context["request"].user
    lines = (
        required_training_for(user=user, language=(get_language() or "en")[:2])
        if user.is_authenticated
        else []
    )
    if lines:
        briefings = briefing_requirements(
            Requirement.objects.filter(pk__in=[line.requirement.pk for line in lines])
        )
        lines = [line for line in lines if line.requirement.pk not in briefings]
    return {"lines": lines}


@register.inclusion_tag("training/includes/briefings_to_acknowledge.html", takes_context=True)
def briefings_to_acknowledge(context):
    """The briefings the learner must still confirm having read, most urgent first, with
    their acknowledge-by dates; nothing when there is none."""
    user = context["request"].user
    lines = (
        briefings_to_acknowledge_for(user=user, language=(get_language() or "en")[:2])
        if user.is_authenticated
        else []
    )
    return {"lines": lines}
