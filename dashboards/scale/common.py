"""What the parts of the scale data set share: its sizes and names, what a generation
returns, and the logging and timing of its steps."""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field

PREFIX = "scale-"
AGENCY_CODE = f"{PREFIX}agency"
LESSONS_PER_COURSE = 5
QUESTIONS_PER_QUIZ = 3
BATCH_LEARNERS = 2000
INSERT_BATCH = 5000
AUDIENCES = [
    ("officer", "Officer", "Agent", 60),
    ("cadet", "Cadet", "Cadet", 25),
    ("inspector", "Inspector", "Inspecteur", 15),
]
FIRST_NAMES = ["Alex", "Sam", "Jordan", "Camille", "Morgan", "Dominique", "Charlie", "Noor"]
LAST_NAMES = ["Tremblay", "Roy", "Singh", "Martin", "Nguyen", "Gagnon", "Chen", "Côté"]
# How many courses a learner has started: nobody, one, two or three (weights).
COURSES_STARTED_WEIGHTS = [10, 30, 35, 25]
CODE_ALPHABET = "23456789BCDFGHJKMNPQRSTVWXYZ"


class ScaleDataExists(Exception):
    """The database already holds a scale data set (remove it first with ``reset``)."""


@dataclass
class ScaleCourse:
    """One course of the set: its English page, lessons, and final assessment if any."""

    page: object
    lessons: list
    quiz_page: object | None = None
    quiz: object | None = None


@dataclass
class ScaleDataSet:
    """What was made, for benchmarks and tests to use."""

    agency: object
    regions: list
    units: list
    courses: list[ScaleCourse]
    managers: dict
    counts: dict[str, int] = field(default_factory=dict)


Log = Callable[[str], None]


def _quiet(message: str) -> None:
    pass


@contextmanager
def _step(log: Log, name: str):
    started = time.perf_counter()
    log(f"{name}…")
    yield
    log(f"  {name}: {time.perf_counter() - started:.1f} s")


def _seeded_uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)
