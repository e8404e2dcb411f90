from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from .selectors import my_learning_for


@login_required
def my_learning(request):
    """The learner's courses: for their role, in progress (resume), completed (certificates)."""
    return render(
        request,
        "courses/my_learning.html",
        {"mine": my_learning_for(user=request.user, language=request.LANGUAGE_CODE)},
    )
