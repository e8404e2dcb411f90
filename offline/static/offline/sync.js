// Sending the outbox: the records of the learner signed in now, oldest first, one at a
// time. Used by the pages (on load, when the connection returns, on demand) and by the
// service worker (Background Sync). One sync at a time per device (Web Locks).
//
// What an answer means for a record:
//   2xx, and 409 for a statement (already stored under its id): sent, removed;
//   400, 404, 405, 409 (request), 410, 413, 422: refused as it is: kept aside as rejected;
//   401, 403: the session is over or belongs to someone else: stop, keep everything;
//   anything else, or no network: stop, try again later.
import { recordsFor, recordReject, recordRemove } from "./outbox.js";

const REFUSED = new Set([400, 404, 405, 410, 413, 422]);
const XAPI_VERSION = "1.0.3";

// Who is signed in now, and a CSRF token for their requests.
export async function session(sessionUrl) {
  const response = await fetch(sessionUrl, { credentials: "same-origin", cache: "no-store" });
  if (!response.ok) {
    throw new Error(`session: ${response.status}`);
  }
  return response.json();
}

function send(record, csrfToken) {
  const headers = { "Content-Type": "application/json", "X-CSRFToken": csrfToken };
  if (record.kind === "statement") {
    return fetch(`/xapi/statements?statementId=${encodeURIComponent(record.statement.id)}`, {
      method: "PUT",
      credentials: "same-origin",
      headers: { ...headers, "X-Experience-API-Version": XAPI_VERSION },
      body: JSON.stringify(record.statement),
    });
  }
  return fetch(record.url, {
    method: "POST",
    credentials: "same-origin",
    headers: { ...headers, Accept: "application/json" },
    body: JSON.stringify(record.body),
  });
}

async function run(sessionUrl, onProgress) {
  const current = await session(sessionUrl);
  const outcome = { learner: current.learner, sent: 0, rejected: 0, stopped: null };
  if (!current.learner) {
    outcome.stopped = "signed-out";
    return outcome;
  }
  for (const record of await recordsFor(current.learner)) {
    let response;
    try {
      response = await send(record, current.csrf_token);
    } catch (error) {
      outcome.stopped = "network";
      break;
    }
    if (response.ok || (response.status === 409 && record.kind === "statement")) {
      await recordRemove(record.id);
      outcome.sent += 1;
    } else if (response.status === 401 || response.status === 403) {
      outcome.stopped = "signed-out";
      break;
    } else if (REFUSED.has(response.status) || response.status === 409) {
      let reason = `${response.status}`;
      try {
        reason = (await response.json()).error || reason;
      } catch (error) {
        // The status says enough.
      }
      await recordReject(record, reason);
      outcome.rejected += 1;
    } else {
      outcome.stopped = "server";
      break;
    }
    if (onProgress) {
      onProgress(outcome);
    }
  }
  return outcome;
}

export async function syncOutbox({ sessionUrl, onProgress } = {}) {
  if (self.navigator && self.navigator.locks) {
    return self.navigator.locks.request("platform-outbox-sync", () => run(sessionUrl, onProgress));
  }
  return run(sessionUrl, onProgress);
}
