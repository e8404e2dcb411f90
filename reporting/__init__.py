"""The annual public report on the national action plan: what was trained, delivered and
acknowledged under each commitment of the plan, by agency, with no personal data."""
