"""Signals the organisations app sends.

``people_changed`` follows an HR import that changed people's places (once its
changes are written): ``user_ids`` names the users whose unit, audiences, start date or
standing (active or not) changed, ``as_of`` the day the changes take effect. People are
written in bulk, without model signals, so what follows a person's place (assignments,
and the dashboards after them) listens to this one."""

from django.dispatch import Signal

people_changed = Signal()

# ``person_anonymised`` follows the anonymisation of a person who left
# (:mod:`organisations.retention`), inside its transaction: ``user_id`` names the
# account. Apps that keep a copy of the person's name or identifiers elsewhere (a
# certificate's name, a sign-in link, a registration) remove it.
person_anonymised = Signal()
