"""Quiz attempts: the rules and shapes that need no database.

An attempt freezes the questions it serves into a list of *entries*, one per position
(1, 2...)::

    {"position": 1, "seed": 1234567, "shuffle_choices": false, "snapshot": {...}}

``snapshot`` is the question as served (``quizzes.snapshots.question_snapshot``); ``seed``
seeds the ``random.Random`` that shuffled what the browser was shown, so the same public
question (``public_question``) comes out on every resume, and the browser's responses, in
the ids it was shown, turn back into the snapshot's ids (``response_from_public``) for
grading. Responses are stored as the browser sent them.

Time limits: the deadline is the start plus the quiz's time limit. A save or a submission
that reaches the server up to :data:`GRACE` after the deadline still counts (the learner
pressed the button in time; the network was slow). Later than that, the attempt is closed
as *expired* and graded on the answers saved before, whatever the submission carries: the
server's clock decides, because a browser's clock can be set to anything.

An attempt prepared for a device (``prepared_offline``) has no server deadline while the
device holds it: the device keeps the time limit from the moment the learner starts it
there, and the submission may reach the server days later. What the server knows for
sure is when it prepared the attempt and when the submission arrived; what the device
reports (when the learner started and finished) is a claim. :func:`device_verdict`
accepts the claim only when it fits those two facts; a submission that cannot be shown
to be on time is *late* (see ``quizzes.services``)."""

from .errors import AttemptClosed, AttemptError, AttemptInvalid, AttemptRefused
from .feedback import answer_key, correct_response, question_feedback
from .questions import (
    answers_parse,
    entries_build,
    position_key,
    public_ids,
    response_check,
    served_question,
    snapshot_response,
)
from .timing import (
    CLIENT_TIMESTAMP_KEYS,
    CLOCK_TOLERANCE,
    GRACE,
    SUBMISSION_KEY_MAX_LENGTH,
    DeviceVerdict,
    Timing,
    client_timestamps_parse,
    deadline_for,
    device_verdict,
    is_overdue,
    submission_key_check,
    submission_timing,
)

__all__ = [
    "AttemptClosed",
    "AttemptError",
    "AttemptInvalid",
    "AttemptRefused",
    "CLIENT_TIMESTAMP_KEYS",
    "CLOCK_TOLERANCE",
    "DeviceVerdict",
    "GRACE",
    "SUBMISSION_KEY_MAX_LENGTH",
    "Timing",
    "answer_key",
    "answers_parse",
    "client_timestamps_parse",
    "correct_response",
    "deadline_for",
    "device_verdict",
    "entries_build",
    "is_overdue",
    "position_key",
    "public_ids",
    "question_feedback",
    "response_check",
    "served_question",
    "snapshot_response",
    "submission_key_check",
    "submission_timing",
]
