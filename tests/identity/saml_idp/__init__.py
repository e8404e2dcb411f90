"""A SAML 2.0 identity provider for the tests (pysaml2's server behind a small WSGI app)."""
