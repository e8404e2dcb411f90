"""``manage.py generate_scale_data``: the scale data set for benchmarks and for trying the
dashboards at size (see ``dashboards.scale``)."""

from django.core.management.base import BaseCommand, CommandError

from dashboards.scale.common import ScaleDataExists
from dashboards.scale.existing import scale_data_exists, scale_data_reset
from dashboards.scale.generate import scale_data_generate


class Command(BaseCommand):
    help = (
        "Generate an organisation of learners with courses, activity, xAPI statements, "
        "requirements and managers, all named scale-… (100,000 learners: about ten "
        "minutes on PostgreSQL)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--learners", type=int, default=100_000, help="default: 100000")
        parser.add_argument(
            "--units", type=int, default=500, help="org units in all (default: 500)"
        )
        parser.add_argument("--courses", type=int, default=10, help="default: 10")
        parser.add_argument("--seed", type=int, default=2026, help="random seed (default: 2026)")
        parser.add_argument(
            "--reset",
            action="store_true",
            help="remove the scale data set already there (and only it) first",
        )

    def handle(self, *args, learners, units, courses, seed, reset, **options):
        for name, value, least in (
            ("learners", learners, 1),
            ("units", units, 10),
            ("courses", courses, 1),
        ):
            if value < least:
                raise CommandError(f"--{name}: give at least {least} (got {value}).")
        log = self.stdout.write
        if reset and scale_data_exists():
            scale_data_reset(log=log)
        try:
            scale_data_generate(learners=learners, units=units, courses=courses, seed=seed, log=log)
        except ScaleDataExists as error:
            raise CommandError(str(error)) from None
        except ValueError as error:
            raise CommandError(str(error)) from None
