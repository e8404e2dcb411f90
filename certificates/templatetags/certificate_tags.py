"""How long a certificate counts, worded the same on every page that shows it (see
:mod:`certificates.validity`): ``{% load certificate_tags %}``, then

* ``{% certificate_validity certificate %}``: a certificate's validity facts;
* ``{% course_certificate_validity user course_key %}``: those of the learner's latest
  certificate for a course (a dash when there is none);
* ``{% renewal_date day %}``: a requirement's renewal date alone ("Renew by ...").
"""

from django import template

from ..selectors import certificate_for_course, certificate_validity
from ..validity import renewal_fact

register = template.Library()

INCLUDE = "certificates/includes/validity.html"


@register.inclusion_tag(INCLUDE, name="certificate_validity")
def certificate_validity_facts(certificate):
    return {"facts": certificate_validity(certificate=certificate) if certificate else []}


@register.inclusion_tag(INCLUDE)
def course_certificate_validity(user, course_key):
    certificate = certificate_for_course(user=user, course_key=course_key)
    return {"facts": certificate_validity(certificate=certificate) if certificate else []}


@register.inclusion_tag(INCLUDE)
def renewal_date(day):
    return {"facts": [renewal_fact(renew_by=day)] if day else []}
