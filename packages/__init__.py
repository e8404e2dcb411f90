"""SCORM 1.2/2004, xAPI and cmi5 package import, safe extraction, sandboxed serving,
the SCORM run-time, cmi5, package lessons and export.

May import: ``courses``, ``tracking``, ``lrs``, ``organisations``, ``common``."""
