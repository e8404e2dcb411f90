"""The web app manifest, the service worker, the offline page, course bundles for
download, and the browser's outbox, sync and download modules.

May import: every app below it (courses and what it stands on); not ``dashboards``."""
