"""Signals the training app sends.

``assignments_materialised`` follows every run of ``assignments_materialise`` (after its
transactions): ``user_ids`` names the learners checked (None: everyone) and
``requirement`` the requirement (None: all). Assignments are written in bulk, without
model signals, so read models built on them (the dashboards') listen to this one."""

from django.dispatch import Signal

assignments_materialised = Signal()
