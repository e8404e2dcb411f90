"""Certificate templates, issuing, PDF and QR, public verification, signed credentials,
expiry, renewal and revocation; receives course completions from ``tracking.projector``.

May import: ``courses``, ``tracking``, ``lrs``, ``organisations``, ``common``."""
