"""The app shell: the files every page needs, cached when the service worker installs, and
the version that names the caches.

The version is a digest of the shell files' contents and of the service worker's own
template, so that any change to them installs a new worker, which fetches the new shell
and deletes the old caches (``offline/templates/offline/sw.js``)."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.templatetags.static import static

# Static files (paths under STATIC_URL) every page of the learner's site may load.
SHELL_STATIC = (
    "vendor/gcds/gcds.css",
    "vendor/gcds/gcds.esm.js",
    "vendor/gcds/index.esm.js",
    "vendor/gcds-fonts/gcds-fonts.css",
    "vendor/idb/idb.js",
    "elearning/css/site.css",
    "elearning/js/timezone.js",
    "elearning/js/formats.js",
    "offline/app.js",
    "offline/outbox.js",
    "offline/sync.js",
    "offline/download.js",
    "offline/offline.css",
    "offline/icons/icon-192.png",
    "courses/lesson.js",
    "courses/lesson_blocks.js",
    "courses/lesson_blocks.css",
    "quizzes/quiz_runner.js",
    "quizzes/quiz_runner.css",
)
# Vendored folders whose every file is part of the shell (lazy-loaded chunks, fonts).
SHELL_STATIC_FOLDERS = ("vendor/gcds", "vendor/gcds-fonts")
SHELL_SUFFIXES = (".js", ".css", ".woff2", ".woff", ".ttf")


def _folder_files(folder: str) -> list[str]:
    found = finders.find(folder)
    if not found:
        return []
    root = Path(found)
    return sorted(
        f"{folder}/{path.relative_to(root).as_posix()}"
        for path in root.rglob("*")
        if path.is_file() and path.suffix in SHELL_SUFFIXES
    )


@lru_cache(maxsize=1)
def shell_static_paths() -> tuple[str, ...]:
    paths = list(SHELL_STATIC)
    for folder in SHELL_STATIC_FOLDERS:
        paths.extend(path for path in _folder_files(folder) if path not in paths)
    return tuple(paths)


def shell_urls() -> list[str]:
    return [static(path) for path in shell_static_paths()]


@lru_cache(maxsize=1)
def shell_version() -> str:
    """A short digest of the shell files and the worker template (computed once per
    process: a deployment restarts the processes)."""
    digest = hashlib.sha256()
    digest.update(str(getattr(settings, "OFFLINE_CACHE_VERSION", "")).encode())
    worker = Path(__file__).parent / "templates" / "offline" / "sw.js"
    digest.update(worker.read_bytes())
    for path in shell_static_paths():
        found = finders.find(path)
        digest.update(path.encode())
        if found:
            digest.update(Path(found).read_bytes())
    return digest.hexdigest()[:12]
