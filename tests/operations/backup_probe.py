"""What a person sees of a platform, as JSON: run in the platform's own process with
``manage.py shell -c`` (``PROBE`` below), so that a test compares a platform before its
backup with the platform restored from it. Statements are read from the LRS over its
HTTP interface, the certificate's public page and signed credential through the site,
a package file through the address it is served from, a learner's progress from the
learner's own page and from the projection tables."""

PROBE = r"""
import base64, hashlib, json, os, re
from pathlib import Path
from django.test import Client
from django.urls import reverse
from django.utils import translation

from certificates.credentials import credential_issue
from certificates.models import Certificate
from courses.models import CourseCompletion, CourseRegistration, LessonProgress
from lrs.models import Statement
from organisations.models import User
from packages.models import PackageVersion

def page_text(html):
    html = re.sub(r'\s(nonce|value)="[^"]*"', "", html)
    html = re.sub(r'csrfmiddlewaretoken[^>]*>', "", html)
    main = re.search(r"<main.*?</main>", html, re.S)
    return re.sub(r"\s+", " ", main.group(0) if main else html)

client = Client()
found = {}
statements = list(Statement.objects.order_by("id").values_list("id", flat=True))
found["statement_count"] = len(statements)
basic = base64.b64encode(b"demo-lrs-key:demo-lrs-secret").decode()
sample = {}
for statement_id in statements[:: max(1, len(statements) // 5)][:5]:
    response = client.get(
        "/xapi/statements", {"statementId": str(statement_id)},
        HTTP_AUTHORIZATION=f"Basic {basic}", HTTP_X_EXPERIENCE_API_VERSION="1.0.3",
    )
    sample[str(statement_id)] = [response.status_code, json.loads(response.content)]
found["statements"] = sample

certificate = Certificate.objects.filter(revoked_at__isnull=True).order_by("code").first()
with translation.override("en"):
    verify_url = reverse("certificates:verify", args=[certificate.code])
response = client.get(verify_url)
found["certificate"] = {
    "code": certificate.code,
    "count": Certificate.objects.count(),
    "verify_status": response.status_code,
    "verify_page": page_text(response.content.decode()),
}
token_file = Path(os.environ["PROBE_CREDENTIAL"])
if not token_file.exists():
    token_file.write_text(credential_issue(certificate=certificate))
token = token_file.read_text()
with translation.override("en"):
    check_url = reverse("certificates:credential_verify")
response = client.post(check_url + "?format=json", {"credential": token})
found["credential"] = [response.status_code, json.loads(response.content)]
found["jwks"] = json.loads(client.get("/.well-known/jwks.json").content)
pdf = Path(os.environ["PRIVATE_MEDIA_ROOT"]) / "certificates" / "pdf"
found["certificate_pdfs"] = sorted(
    [p.name, hashlib.sha256(p.read_bytes()).hexdigest()] for p in pdf.glob("*.pdf")
)

version = PackageVersion.objects.order_by("created_at").first()
response = client.get(f"/packages/content/{version.uuid}/notes/reading.txt")
found["package"] = {
    "title": version.title,
    "status": response.status_code,
    "sha256": hashlib.sha256(b"".join(response.streaming_content)).hexdigest()
    if response.status_code == 200 else "",
}

learner = (
    User.objects.filter(course_completions__isnull=False).order_by("username").first()
)
found["learner"] = learner.username
found["progress"] = {
    "registrations": sorted(
        [str(r.course_key), r.is_current, str(r.last_lesson_key)]
        for r in CourseRegistration.objects.filter(user=learner)
    ),
    "lessons": sorted(
        [str(p.lesson_key), p.completed_at.isoformat()]
        for p in LessonProgress.objects.filter(user=learner)
    ),
    "completions": sorted(
        [str(c.course_key), c.completed_at.isoformat()]
        for c in CourseCompletion.objects.filter(user=learner)
    ),
}
client.force_login(learner)
with translation.override("en"):
    response = client.get(reverse("my_learning"))
found["my_learning"] = [response.status_code, page_text(response.content.decode())]
print("PROBE:" + json.dumps(found, sort_keys=True, default=str))
"""
