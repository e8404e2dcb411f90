"""Fixtures shared by the course tests."""

import pytest

from courses.demo.loader import catalogue_get_or_create, course_load, topics_get_or_create
from organisations.models import Audience
from tests import factories
from tests.courses.test_demo_loader import SMALL_COURSE

# The admin tests post the lesson editor's form; list blocks make that form long, so the
# lesson here keeps only its heading and paragraph.
SIMPLE_COURSE = {
    **SMALL_COURSE,
    "lessons": [
        {**lesson, "body_en": lesson["body_en"][:2], "body_fr": lesson["body_fr"][:2]}
        for lesson in SMALL_COURSE["lessons"]
    ],
}


@pytest.fixture
def small_course(db):
    home, _ = factories.site_home()
    Audience.objects.get_or_create(
        code="border-services-officer", defaults={"name_en": "BSO", "name_fr": "ASF"}
    )
    index = catalogue_get_or_create(home)
    audiences = {a.code: a for a in Audience.objects.all()}
    return course_load(
        SIMPLE_COURSE, index=index, audiences=audiences, topics=topics_get_or_create()
    )
