"""The SAML 2.0 settings as pysaml2 wants them: the identity providers the environment
names (``SAML_IDP_METADATA``) and the platform's own service-provider description.

Each entry of ``SAML_IDP_METADATA`` is a metadata file or URL, optionally preceded by a
name (``cbsa=https://idp.example/metadata``); the name makes the provider's key,
``saml:<name>``, which claim mappings and sign-in records use. An unnamed first entry is
``default``, later unnamed ones ``idp2``, ``idp3``… The configuration is built once and
kept ``SAML_IDP_METADATA_REFRESH`` seconds, so a metadata URL is not fetched on every
request, and a provider's new certificate is taken up without a restart.
"""

from __future__ import annotations

import copy
import logging
import re
import shutil
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import saml2
from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language
from saml2.config import SPConfig
from saml2.saml import NAMEID_FORMAT_PERSISTENT, NAMEID_FORMAT_UNSPECIFIED
from saml2.xmldsig import DIGEST_SHA256, SIG_RSA_SHA256

from .keys import ensure_key_pair

logger = logging.getLogger(__name__)

#: How long fetching a provider's metadata may take, and how long a failure to read it
#: is remembered (the sign-in page does not wait on an unreachable provider each time).
METADATA_TIMEOUT_SECONDS = 10
FAILURE_MEMORY_SECONDS = 60

_NAMED = re.compile(r"^(?P<name>[A-Za-z0-9_-]{1,40})=(?P<location>.+)$")


@dataclass(frozen=True)
class MetadataSource:
    """One entry of ``SAML_IDP_METADATA``: the provider's name and where its metadata is."""

    name: str
    location: str

    @property
    def is_url(self) -> bool:
        return self.location.startswith(("https://", "http://"))


@dataclass(frozen=True)
class IdentityProvider:
    """One identity provider the platform trusts, as its metadata describes it."""

    name: str
    entity_id: str
    label_en: str
    label_fr: str
    single_logout: bool

    @property
    def provider_key(self) -> str:
        """The key sign-in records and claim mappings use (``saml:default``)."""
        return f"saml:{self.name}"

    @property
    def label(self) -> str:
        if (get_language() or "en").startswith("fr"):
            return self.label_fr or self.label_en
        return self.label_en


def metadata_sources() -> list[MetadataSource]:
    """The entries of ``SAML_IDP_METADATA``, named."""
    sources = []
    for position, entry in enumerate(getattr(settings, "SAML_IDP_METADATA", []) or [], 1):
        entry = entry.strip()
        if not entry:
            continue
        match = _NAMED.match(entry)
        if match and not entry.startswith(("https://", "http://")):
            sources.append(MetadataSource(match["name"].lower(), match["location"].strip()))
        else:
            name = "default" if position == 1 else f"idp{position}"
            sources.append(MetadataSource(name, entry))
    return sources


def saml_enabled() -> bool:
    """SAML sign-in is on when at least one identity provider's metadata is named."""
    return bool(metadata_sources())


def sp_entity_id() -> str:
    """The platform's entity ID: ``SAML_SP_ENTITY_ID``, else its metadata's address."""
    return settings.SAML_SP_ENTITY_ID or f"{settings.SITE_URL}{reverse('saml_metadata')}"


def sp_key_pair() -> tuple[Path, Path]:
    """The platform's key and certificate files, made (self-signed) when absent."""
    return ensure_key_pair(
        Path(settings.SAML_SP_KEY_FILE), Path(settings.SAML_SP_CERT_FILE), sp_entity_id()
    )


def sp_config_dict() -> dict:
    """The pysaml2 configuration of the platform as a service provider: it signs its
    requests, wants every assertion signed, accepts answers only to requests it sent
    (no unsolicited ones), and allows ``SAML_ACCEPTED_TIME_DIFF`` seconds of clock
    difference with the provider when checking validity times."""
    key_file, cert_file = sp_key_pair()
    site = settings.SITE_URL
    acs = f"{site}{reverse('saml_acs')}"
    single_logout = f"{site}{reverse('saml_ls')}"
    sources = metadata_sources()
    return {
        "entityid": sp_entity_id(),
        "xmlsec_binary": settings.SAML_XMLSEC_BINARY or shutil.which("xmlsec1"),
        "key_file": str(key_file),
        "cert_file": str(cert_file),
        "encryption_keypairs": [{"key_file": str(key_file), "cert_file": str(cert_file)}],
        "allow_unknown_attributes": True,
        "accepted_time_diff": settings.SAML_ACCEPTED_TIME_DIFF,
        "http_client_timeout": METADATA_TIMEOUT_SECONDS,
        "metadata": {
            "local": [source.location for source in sources if not source.is_url],
            "remote": [{"url": source.location} for source in sources if source.is_url],
        },
        "service": {
            "sp": {
                "name": settings.PLATFORM_NAME,
                "name_id_format": [NAMEID_FORMAT_PERSISTENT, NAMEID_FORMAT_UNSPECIFIED],
                "endpoints": {
                    "assertion_consumer_service": [(acs, saml2.BINDING_HTTP_POST)],
                    "single_logout_service": [
                        (single_logout, saml2.BINDING_HTTP_REDIRECT),
                        (single_logout, saml2.BINDING_HTTP_POST),
                    ],
                },
                "allow_unsolicited": False,
                "authn_requests_signed": True,
                "logout_requests_signed": True,
                "want_assertions_signed": True,
                "want_response_signed": False,
                "signing_algorithm": SIG_RSA_SHA256,
                "digest_algorithm": DIGEST_SHA256,
            }
        },
        "preferred_binding": {"single_logout_service": [saml2.BINDING_HTTP_REDIRECT]},
    }


_lock = threading.Lock()
_built: dict[tuple, tuple[float, SPConfig | Exception]] = {}


def _settings_fingerprint() -> tuple:
    return (
        tuple(getattr(settings, "SAML_IDP_METADATA", []) or []),
        settings.SAML_SP_ENTITY_ID,
        settings.SITE_URL,
        str(settings.SAML_SP_KEY_FILE),
        str(settings.SAML_SP_CERT_FILE),
        settings.SAML_ACCEPTED_TIME_DIFF,
    )


def sp_config(request=None) -> SPConfig:
    """The loaded configuration (djangosaml2's ``SAML_CONFIG_LOADER``): metadata read,
    kept ``SAML_IDP_METADATA_REFRESH`` seconds per set of settings; a failure to read it
    is remembered ``FAILURE_MEMORY_SECONDS``."""
    fingerprint = _settings_fingerprint()
    with _lock:
        cached = _built.get(fingerprint)
        if cached is not None and cached[0] > time.monotonic():
            if isinstance(cached[1], Exception):
                raise cached[1]
            return cached[1]
        _built.clear()
        config = SPConfig()
        try:
            config.load(copy.deepcopy(sp_config_dict()))
        except Exception as error:
            _built[fingerprint] = (time.monotonic() + FAILURE_MEMORY_SECONDS, error)
            raise
        _built[fingerprint] = (time.monotonic() + settings.SAML_IDP_METADATA_REFRESH, config)
        return config


def sp_config_for_metadata(request=None) -> SPConfig:
    """The platform's own description only, for its metadata page: it never depends on
    the providers' metadata being reachable (each side may fetch the other's first)."""
    description = sp_config_dict()
    description["metadata"] = {}
    config = SPConfig()
    config.load(description)
    return config


def forget_config() -> None:
    """Read the metadata again at the next request."""
    with _lock:
        _built.clear()


def _first_idp(config: SPConfig, source: MetadataSource) -> str | None:
    """The entity ID of the identity provider the source's metadata describes."""
    for key, metadata in config.metadata.metadata.items():
        if key != source.location:
            continue
        found = metadata.any("idpsso_descriptor", "single_sign_on_service")
        if found:
            return sorted(found)[0]
    return None


def identity_providers(config: SPConfig | None = None) -> list[IdentityProvider]:
    """The identity providers the platform trusts, in the order the environment lists
    them; none (and a log entry) when the metadata cannot be read."""
    if not saml_enabled():
        return []
    try:
        config = config or sp_config()
    except Exception:
        logger.exception("SAML: the identity providers' metadata cannot be read.")
        return []
    labels_en = list(getattr(settings, "SAML_IDP_LABEL", []) or [])
    labels_fr = list(getattr(settings, "SAML_IDP_LABEL_FR", []) or [])
    found = []
    for position, source in enumerate(metadata_sources()):
        entity_id = _first_idp(config, source)
        if entity_id is None:
            logger.warning("SAML: no identity provider in the metadata of %s.", source.name)
            continue
        named = config.metadata.name(entity_id, "en") or source.name
        label_en = (labels_en[position] if position < len(labels_en) else "") or named
        label_fr = labels_fr[position] if position < len(labels_fr) else ""
        if not label_fr:
            label_fr = config.metadata.name(entity_id, "fr") or label_en
        slo = config.metadata.single_logout_service(entity_id, typ="idpsso")
        found.append(
            IdentityProvider(
                name=source.name,
                entity_id=entity_id,
                label_en=label_en,
                label_fr=label_fr,
                single_logout=saml2.BINDING_HTTP_REDIRECT in (slo or {}),
            )
        )
    return found


def provider_by_entity_id(entity_id: str) -> IdentityProvider | None:
    return next((idp for idp in identity_providers() if idp.entity_id == entity_id), None)


def provider_by_name(name: str) -> IdentityProvider | None:
    return next((idp for idp in identity_providers() if idp.name == name), None)
