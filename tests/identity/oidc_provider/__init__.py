"""A small OpenID Connect provider (django-oauth-toolkit) that the single sign-on tests
start as a process of its own, so that the platform talks to a real provider over HTTP:
discovery, sign-in and consent pages, signed ID tokens, keys, userinfo and sign-out."""
