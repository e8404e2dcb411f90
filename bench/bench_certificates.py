"""How fast certificates are rendered and handed out, in process.

Prints: PDFs rendered per second (WeasyPrint, the whole bilingual page with its QR code;
target at least 20/s); the time for a manager's zip of 1,000 cached certificate PDFs,
streamed over HTTP; and signed credentials issued and checked per second.
"""

import os
import tempfile
import time
import uuid
from datetime import timedelta

from harness import bench_database, timed

RENDERS = 100
ZIP_SIZE = 1000


def make_certificates(count):
    from django.utils import timezone

    from certificates.codes import verification_code_new
    from certificates.models import Certificate, CertificateTemplate
    from organisations.models import LearnerProfile, User
    from tests import factories

    english, french = factories.locales()
    template = CertificateTemplate.objects.create(
        locale=english,
        name="Standard",
        title="Certificate of completion",
        body="This certifies that {learner} completed {course} ({hours} h) on {date}.",
        signatory_name="Jordan Lee",
        signatory_title="Director General, Training",
        is_default=True,
    )
    copy = template.copy_for_translation(french)
    copy.title = "Certificat de réussite"
    copy.body = "Nous certifions que {learner} a terminé {course} ({hours} h) le {date}."
    copy.save()
    unit = factories.org_unit("YVR")
    users = User.objects.bulk_create(
        [
            User(username=f"bench{n}", first_name="Learner", last_name=f"Number {n}")
            for n in range(count)
        ]
    )
    LearnerProfile.objects.bulk_create([LearnerProfile(user=user, org_unit=unit) for user in users])
    now = timezone.now()
    certificates = Certificate.objects.bulk_create(
        [
            Certificate(
                code=verification_code_new(prefix="CERT"),
                user=user,
                learner_name=user.get_full_name(),
                course_key=uuid.UUID(int=1),
                course_title_en="Recognising human trafficking",
                course_title_fr="Reconnaître la traite de personnes",
                duration_minutes=90,
                template=template,
                issued_at=now,
                expires_at=now + timedelta(days=365),
                completion_statement_id=uuid.uuid4(),
            )
            for user in users
        ]
    )
    return unit, certificates


def bench_render(certificates):
    from certificates.pdf import certificate_pdf_bytes

    certificate_pdf_bytes(certificate=certificates[0])  # fonts and templates loaded once
    sample = certificates[:RENDERS]
    cpu_start = time.process_time()
    seconds = sum(timed(certificate_pdf_bytes, certificate=c) for c in sample)
    cpu = time.process_time() - cpu_start
    size = len(certificate_pdf_bytes(certificate=sample[0]))
    print(
        f"  PDF rendering: {len(sample) / seconds:6.1f} PDFs/s "
        f"({len(sample)} certificates, {size / 1024:.0f} KiB each; target >= 20/s)"
    )
    # Wall-clock figures depend on what else the machine runs; CPU time per PDF does not.
    print(
        f"  PDF rendering per CPU second: {len(sample) / cpu:6.1f} PDFs "
        f"({cpu / len(sample) * 1000:.0f} ms of CPU each; load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
    )


def _render_by_id(certificate_id) -> int:
    from certificates.models import Certificate
    from certificates.pdf import certificate_pdf_bytes

    return len(certificate_pdf_bytes(certificate=Certificate.objects.get(pk=certificate_id)))


def bench_render_in_workers(certificates, workers=2):
    """The rendering task's throughput with one worker process per core."""
    import multiprocessing

    from django.db import connections

    connections.close_all()  # each forked worker opens its own connection
    ids = [certificate.pk for certificate in certificates[:RENDERS]]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        pool.map(_render_by_id, ids[:workers])  # warm up fonts and templates
        start = time.perf_counter()
        pool.map(_render_by_id, ids, chunksize=5)
        seconds = time.perf_counter() - start
    print(f"  PDF rendering, {workers} task workers: {len(ids) / seconds:6.1f} PDFs/s")


def bench_zip(unit, certificates):
    from django.core.files.base import ContentFile
    from django.test import Client

    from certificates.models import Certificate
    from certificates.pdf import certificate_pdf_bytes
    from tests import factories

    content = certificate_pdf_bytes(certificate=certificates[0])
    storage = Certificate.pdf.field.storage
    for certificate in certificates:  # the cache the background task fills on issue
        name = storage.save(f"certificates/pdf/{certificate.code}.pdf", ContentFile(content))
        Certificate.objects.filter(pk=certificate.pk).update(pdf=name)
    manager = factories.manager(unit)
    client = Client()
    client.force_login(manager)
    total = 0

    def download():
        nonlocal total
        response = client.get("/en/certificates/unit/certificates.zip", {"unit": unit.pk})
        total = sum(len(chunk) for chunk in response.streaming_content)

    seconds = timed(download)
    print(
        f"  manager zip of {len(certificates)} cached PDFs: {seconds:5.2f} s "
        f"({total / 1024 / 1024:.1f} MiB, streamed)"
    )


def bench_credentials(certificates):
    from certificates.credentials import credential_check, credential_issue

    sample = certificates[:200]
    tokens = []
    seconds = sum(timed(lambda c=c: tokens.append(credential_issue(certificate=c))) for c in sample)
    print(f"  signed credentials issued: {len(sample) / seconds:6.0f}/s")
    seconds = sum(timed(credential_check, token=token) for token in tokens)
    print(f"  signed credentials checked: {len(tokens) / seconds:6.0f}/s")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["MEDIA_ROOT"] = scratch
        os.environ["PRIVATE_MEDIA_ROOT"] = os.path.join(scratch, "private")
        os.environ["CERTIFICATE_SIGNING_KEY_PATH"] = os.path.join(scratch, "signing-key.pem")
        with bench_database() as vendor:
            print(f"certificates on {vendor}")
            unit, certificates = make_certificates(ZIP_SIZE)
            bench_render(certificates)
            bench_render_in_workers(certificates)
            bench_zip(unit, certificates)
            bench_credentials(certificates)
