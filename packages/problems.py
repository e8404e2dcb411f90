"""What is wrong with a package: a list of problems, each named after the rule it breaks."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One broken rule: ``code`` names the rule (``zip.unsafe_path``,
    ``cmi5.duplicate_id``...), ``message`` says it to a person."""

    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


class PackageInvalid(Exception):
    """A package that cannot be imported, with every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(str(problem) for problem in problems))
