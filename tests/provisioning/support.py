"""What the provisioning tests share: a directory token, SCIM requests with it, and a
scim2-client engine over real HTTP (``requests``) for scim2-tester."""

from __future__ import annotations

import json
from urllib.parse import urljoin

import requests
from scim2_client import BaseSyncSCIMClient

from provisioning.services import directory_token_create

SCIM = "application/scim+json"
USER = "urn:ietf:params:scim:schemas:core:2.0:User"
ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"
PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
ERROR = "urn:ietf:params:scim:api:messages:2.0:Error"


def make_token(unit=None, name="Entra ID"):
    """A live token and its secret."""
    return directory_token_create(name=name, default_unit=unit)


class Directory:
    """An agency's directory calling ``/scim/v2/`` with the Django test client."""

    def __init__(self, client, raw_token: str):
        self.client = client
        self.auth = {"HTTP_AUTHORIZATION": f"Bearer {raw_token}"}

    def _send(self, method: str, path: str, body=None, *, raw: str | None = None, **extra):
        data = raw if raw is not None else (json.dumps(body) if body is not None else "")
        headers = {**self.auth, **extra}
        return getattr(self.client, method)(
            "/scim/v2/" + path, data=data, content_type=SCIM, **headers
        )

    def get(self, path, **extra):
        return self.client.get("/scim/v2/" + path, **{**self.auth, **extra})

    def post(self, path, body=None, **kwargs):
        return self._send("post", path, body, **kwargs)

    def put(self, path, body=None, **kwargs):
        return self._send("put", path, body, **kwargs)

    def patch(self, path, *operations, **kwargs):
        return self._send(
            "patch", path, {"schemas": [PATCH], "Operations": list(operations)}, **kwargs
        )

    def delete(self, path, **extra):
        return self.client.delete("/scim/v2/" + path, **{**self.auth, **extra})


def user_body(user_name: str, **attributes) -> dict:
    return {"schemas": [USER], "userName": user_name, **attributes}


class RequestsSCIMClient(BaseSyncSCIMClient):
    """scim2-client over HTTP with a ``requests`` session (the engine scim2-tester drives)."""

    def __init__(self, base_url: str, token: str, **kwargs):
        super().__init__(**kwargs)
        self.base_url = base_url.rstrip("/") + "/"
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def request(self, method: str, url: str, *, params=None, json=None, content=None, headers=None):
        target = urljoin(self.base_url, url.lstrip("/"))
        return self.session.request(
            method, target, params=params, json=json, data=content, headers=headers, timeout=30
        )
