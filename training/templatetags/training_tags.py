from django import template
from django.utils.translation import get_language

from training.selectors.learner import required_training_for

register = template.Library()


@register.inclusion_tag("training/includes/required_summary.html", takes_context=True)
def required_training_summary(context):
    """The learner's required training, most urgent first, with due dates and status."""
    user = context["request"].user
    lines = (
        required_training_for(user=user, language=(get_language() or "en")[:2])
        if user.is_authenticated
        else []
    )
    return {"lines": lines}
