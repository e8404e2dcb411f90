// Sending the outbox: the records of the learner signed in now, oldest first, one at a
// time. Used by the pages (when a record is made, on load, on a timer while records
// wait, when the connection returns, on demand) and by the service worker (Background
// Sync). One sync at a time per device (Web Locks).
//
// A request is only believed when it is the platform that answers: a captive portal or
// a proxy may answer anything, often "200 OK" with a page of its own. So:
//   - no answer within TIMEOUT_MS, a refused connection, a redirect, or an answer without
//     the platform's header (PLATFORM_HEADER): "unreachable", stop, keep everything;
//   2xx, and 409 for a statement (already stored under its id): sent, removed;
//   400, 404, 405, 409 (request), 410, 413, 422: refused as it is: kept aside as rejected;
//   401, 403: the session is over or belongs to someone else: stop, keep everything;
//   anything else (5xx): stop, try again later.
import { recordsFor, recordReject, recordRemove } from "./outbox.js";

const REFUSED = new Set([400, 404, 405, 410, 413, 422]);
const XAPI_VERSION = "1.0.3";
export const TIMEOUT_MS = 15000;

// The platform could not be reached, or something else answered in its place.
export class Unreachable extends Error {}

// fetch, with a deadline, refusing redirects (a portal's way in) and network failures
// as Unreachable.
export async function platformFetch(url, options = {}, timeoutMs = TIMEOUT_MS) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetch(url, { credentials: "same-origin", redirect: "error", ...options, signal: controller.signal });
  } catch (error) {
    throw new Unreachable(error && error.name === "AbortError" ? "timeout" : "network");
  } finally {
    clearTimeout(timer);
  }
}

// Every answer of the platform's carries this header (offline/middleware.py); a portal's
// or a proxy's does not.
export const PLATFORM_HEADER = "Training-Platform";

export function fromPlatform(response) {
  return response.headers.get(PLATFORM_HEADER) === "1";
}

function isJson(response) {
  return (response.headers.get("Content-Type") || "").startsWith("application/json");
}

// The JSON body of a platform answer, or Unreachable when it is not one.
async function platformJson(response) {
  if (!fromPlatform(response) || !isJson(response)) {
    throw new Unreachable(`not the platform (${response.status})`);
  }
  try {
    return await response.json();
  } catch (error) {
    throw new Unreachable("not the platform (unreadable answer)");
  }
}

// Who is signed in now, and a CSRF token for their requests. Also the cheapest proof
// that the platform answers.
export async function session(sessionUrl, timeoutMs = TIMEOUT_MS) {
  const response = await platformFetch(sessionUrl, { cache: "no-store" }, timeoutMs);
  if (!response.ok) {
    throw new Unreachable(`session: ${response.status}`);
  }
  const data = await platformJson(response);
  if (!data || !("learner" in data)) {
    throw new Unreachable("not the platform (session)");
  }
  return data;
}

function send(record, csrfToken) {
  const headers = { "Content-Type": "application/json", "X-CSRFToken": csrfToken };
  if (record.kind === "statement") {
    return platformFetch(`/xapi/statements?statementId=${encodeURIComponent(record.statement.id)}`, {
      method: "PUT",
      headers: { ...headers, "X-Experience-API-Version": XAPI_VERSION },
      body: JSON.stringify(record.statement),
    });
  }
  return platformFetch(record.url, {
    method: "POST",
    headers: { ...headers, Accept: "application/json" },
    body: JSON.stringify(record.body),
  });
}

// What the platform said about one record: {status, answer}; Unreachable when it was
// not the platform that answered.
async function answerOf(response) {
  if (!fromPlatform(response)) {
    throw new Unreachable(`not the platform (${response.status})`);
  }
  const answer = isJson(response) ? await response.json().catch(() => null) : null;
  return { status: response.status, answer };
}

async function run(sessionUrl, onProgress) {
  const outcome = { learner: null, sent: 0, rejected: 0, stopped: null, answers: {}, refusals: {} };
  let current;
  try {
    current = await session(sessionUrl);
  } catch (error) {
    outcome.stopped = "unreachable";
    outcome.reason = error.message;
    return outcome;
  }
  outcome.learner = current.learner;
  if (!current.learner) {
    outcome.stopped = "signed-out";
    return outcome;
  }
  for (const record of await recordsFor(current.learner)) {
    let status;
    let answer;
    try {
      ({ status, answer } = await answerOf(await send(record, current.csrf_token)));
    } catch (error) {
      outcome.stopped = "unreachable";
      outcome.reason = error.message;
      break;
    }
    if ((status >= 200 && status < 300) || (status === 409 && record.kind === "statement")) {
      await recordRemove(record.id);
      outcome.sent += 1;
      outcome.answers[record.id] = answer;
    } else if (status === 401 || status === 403) {
      outcome.stopped = "signed-out";
      break;
    } else if (REFUSED.has(status) || status === 409) {
      const reason = (answer && answer.error) || String(status);
      await recordReject(record, reason);
      outcome.rejected += 1;
      outcome.refusals[record.id] = { status, answer, reason };
    } else {
      outcome.stopped = "server";
      outcome.reason = String(status);
      break;
    }
    if (onProgress) {
      onProgress(outcome);
    }
  }
  return outcome;
}

// Every page of the device and its service worker hear of a delivery that sent records,
// whoever made it: the record a page is waiting for may have been sent by the worker
// (Background Sync) or by another tab, and a page the worker does not control is not
// among its clients. A context does not hear its own announcements.
const DELIVERIES_CHANNEL = "platform-outbox";

export function announceDelivered(sent) {
  if (sent && typeof BroadcastChannel === "function") {
    const channel = new BroadcastChannel(DELIVERIES_CHANNEL);
    channel.postMessage({ type: "outbox-delivered", sent });
    channel.close();
  }
}

export function onDelivered(listener) {
  if (typeof BroadcastChannel === "function") {
    new BroadcastChannel(DELIVERIES_CHANNEL).addEventListener("message", (event) => {
      if (event.data && event.data.type === "outbox-delivered") {
        listener(event.data);
      }
    });
  }
}

export async function syncOutbox({ sessionUrl, onProgress } = {}) {
  if (self.navigator && self.navigator.locks) {
    return self.navigator.locks.request("platform-outbox-sync", () => run(sessionUrl, onProgress));
  }
  return run(sessionUrl, onProgress);
}
