"""Small helpers every app may use: JSON request bodies checked field by field
(``json_body``), per-request lookups remembered once (``lookups``), spreadsheet cells
made safe (``spreadsheets``), private file storage (``storage``), frames a page may
add to its content security policy (``frames``) and dates as each language writes them
(``dates``).

May import: Django and third-party libraries only, never an app of the platform.
"""
