from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from .selectors import learner_courses


@login_required
def my_learning(request):
    """The learner's courses with progress, what to do next and certificates earned."""
    return render(
        request,
        "courses/my_learning.html",
        {"outlines": learner_courses(user=request.user, language=request.LANGUAGE_CODE)},
    )
