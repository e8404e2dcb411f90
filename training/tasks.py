"""Background work of the training app, through django-tasks (immediate by default)."""

from django_tasks import task


@task()
def materialise_requirement(requirement_id: int) -> dict:
    """Bring one requirement's assignments in line after it was saved in the admin. With
    a real queue this keeps the admin's save fast however many learners it covers."""
    from .models import Requirement
    from .services import assignments_materialise

    requirement = Requirement.objects.filter(pk=requirement_id).first()
    if requirement is None:
        return {"created": 0, "closed": 0, "updated": 0}
    result = assignments_materialise(requirement=requirement)
    return {"created": result.created, "closed": result.closed, "updated": result.updated}
