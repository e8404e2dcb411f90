"""The project: settings, URLs, the ASGI application, site templates and static files,
and the commands that span apps (load_demo, rebuild_progress, translations).

May import: every package (it is the top layer); nothing imports it but its own modules."""
