"""Signing in: single sign-on (OpenID Connect, SAML 2.0) with just-in-time provisioning,
local passwords where an organisation allows them, and a second factor for staff."""
