"""The background task that runs a scheduled job."""

from django_tasks import task

from .scheduler import job_run


@task()
def run_scheduled_job(name: str) -> dict:
    """Run the scheduled job ``name`` (queued by the scheduler when it falls due, or by an
    administrator's "run now"). Not retried: the next scheduled run catches up."""
    return job_run(name=name)
