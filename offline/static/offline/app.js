// Every page: installs the service worker, keeps the device's state, shows it, and
// delivers the outbox. Other scripts keep a learner's work through
// ``window.platformOffline`` (``keep``: into the outbox first, then an attempt to send).
//
// The device's state:
// - Who is signed in. Only a page the platform itself just made says so (``copy`` is
//   false): it sets the learner the device remembers, or forgets them when it says nobody
//   is signed in (signed out, the session ended). A kept page (an offline copy of a course,
//   the offline page, an error page) never changes it; it runs as the remembered learner.
//   The service worker serves kept courses only to that learner.
// - Whether the platform answers: "unknown" until a request says, "reachable" after a
//   request the platform answered, "unreachable" after a refused or unanswered one, or one
//   another server answered (a captive portal, a proxy's error page). ``navigator.onLine``
//   is only a hint: when the browser says it is offline nothing is tried until it says it
//   is back; when it says it is online, that proves nothing.
// - The outbox (offline/outbox.js): every record waits there until the platform has it.
//   While records wait and the platform does not answer, sending is tried again with
//   growing, jittered delays (5 s, 10 s, 20 s… up to 5 min), at once when the browser
//   says it is back online, when the page is shown again, by Background Sync (the service
//   worker, asked once a delivery has failed) where the browser has it, and on "Send them
//   now".
import {
  attemptFor,
  attemptForget,
  recordAdd,
  recordGet,
  recordsCount,
  rejectedCount,
  rejectedGet,
  rejectedRemove,
  stateGet,
  stateSet,
  uuid4,
} from "./outbox.js";
import { announceDelivered, onDelivered, syncOutbox } from "./sync.js";

const configElement = document.getElementById("offline-config");
const config = configElement ? JSON.parse(configElement.textContent) : {};
const messages = config.messages || {};
const status = document.querySelector("[data-offline-status]");
const FIRST_DELAY_MS = 5000;
const LONGEST_DELAY_MS = 5 * 60 * 1000;
const SAID_FOR_MS = 10000;

const device = {
  learner: null,
  learnerName: null,
  copy: Boolean(config.copy),
  reach: config.copy ? "unknown" : "reachable",
  failures: 0,
  nextTry: null,
  timer: null,
  trying: false,
  signedOut: false,
  said: "",
};

function say(key, values = {}) {
  return (messages[key] || key).replace(/%\((\w+)\)s/g, (_, name) => String(values[name] ?? ""));
}

async function remember() {
  try {
    if (device.copy) {
      device.learner = (await stateGet("learner")) || null;
      device.learnerName = (await stateGet("learnerName")) || null;
      return;
    }
    device.learner = config.learner || null;
    device.learnerName = config.learnerName || null;
    await stateSet("learner", device.learner);
    await stateSet("learnerName", device.learnerName);
  } catch (error) {
    // No IndexedDB (private browsing in some browsers): nothing is kept; pages still work
    // online, as the learner the page names.
    device.learner = device.copy ? null : config.learner || null;
  }
}

const ready = remember();

function waitingCount() {
  return device.learner ? recordsCount(device.learner).catch(() => 0) : recordsCount().catch(() => 0);
}

function paragraph(text, attributes = {}) {
  const p = document.createElement("p");
  p.textContent = text;
  Object.entries(attributes).forEach(([name, value]) => p.setAttribute(name, value));
  return p;
}

function secondsToNextTry() {
  return device.nextTry ? Math.max(0, Math.ceil((device.nextTry - Date.now()) / 1000)) : null;
}

async function refresh() {
  if (!status) {
    return;
  }
  await ready;
  const offline = navigator.onLine === false;
  const unreachable = !offline && device.reach === "unreachable";
  const waiting = await waitingCount();
  const rejected = device.learner ? await rejectedCount(device.learner).catch(() => 0) : 0;
  const lines = [];
  if (offline) {
    lines.push(paragraph(say("offline")));
  } else if (unreachable) {
    lines.push(paragraph(say("unreachable")));
  }
  if (device.trying) {
    lines.push(paragraph(say("trying")));
  }
  if (waiting) {
    lines.push(paragraph(say(waiting === 1 ? "waitingOne" : "waitingMany", { count: waiting })));
    if (!device.learner) {
      lines.push(paragraph(say("signInToSend")));
    } else if (device.signedOut) {
      lines.push(paragraph(say("signInAgainToSend")));
    } else if (!device.trying && secondsToNextTry() !== null) {
      // Counted down every second outside the live region's announcements.
      lines.push(paragraph(say("nextTry", { seconds: secondsToNextTry() }), {
        "data-offline-next": "", "aria-live": "off",
      }));
    }
  }
  if (device.said) {
    lines.push(paragraph(device.said, { "data-offline-said": "" }));
  }
  if (rejected) {
    lines.push(paragraph(say(rejected === 1 ? "rejectedOne" : "rejectedMany", { count: rejected })));
  }
  status.querySelector("[data-offline-text]").replaceChildren(...lines);
  const button = status.querySelector("[data-offline-send]");
  if (button) {
    button.hidden = !(waiting && device.learner);
  }
  status.hidden = lines.length === 0;
  status.classList.toggle("is-offline", offline || unreachable);
}

window.setInterval(() => {
  const next = status && status.querySelector("[data-offline-next]");
  if (next && secondsToNextTry() !== null) {
    next.textContent = say("nextTry", { seconds: secondsToNextTry() });
  }
}, 1000);

function backoff(failures) {
  const delay = Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(delay * (0.75 + Math.random() * 0.5));
}

function schedule(delay) {
  window.clearTimeout(device.timer);
  device.nextTry = Date.now() + delay;
  device.timer = window.setTimeout(() => {
    device.timer = null;
    device.nextTry = null;
    syncNow();
  }, delay);
}

function unschedule() {
  window.clearTimeout(device.timer);
  device.timer = null;
  device.nextTry = null;
}

function askBackgroundSync() {
  if (navigator.serviceWorker && navigator.serviceWorker.ready) {
    navigator.serviceWorker.ready
      .then((registration) => registration.sync && registration.sync.register("outbox"))
      .catch(() => null);
  }
}

let running = null;
let again = null;
// What the platform answered to each record this page delivered, whichever delivery
// sent it.
const answered = {};
const refused = {};

// One delivery of the outbox. Asked while one runs, another follows it (once, however
// many asked), so a record made during a delivery is not left behind by it.
async function deliverOnce() {
  await ready;
  if (!device.learner) {
    await refresh();
    return { stopped: "no-learner", sent: 0, rejected: 0, answers: {}, refusals: {} };
  }
  if (navigator.onLine === false) {
    schedule(backoff(device.failures + 1));
    await refresh();
    return { stopped: "offline", sent: 0, rejected: 0, answers: {}, refusals: {} };
  }
  unschedule();
  device.trying = true;
  await refresh();
  let outcome;
  try {
    outcome = await syncOutbox({ sessionUrl: config.sessionUrl, onProgress: () => refresh() });
  } catch (error) {
    outcome = { stopped: "unreachable", sent: 0, rejected: 0, answers: {}, refusals: {} };
  }
  device.trying = false;
  Object.assign(answered, outcome.answers);
  Object.assign(refused, outcome.refusals);
  device.signedOut = outcome.stopped === "signed-out";
  if (outcome.stopped === "unreachable" || outcome.stopped === "server") {
    device.reach = "unreachable";
    device.failures += 1;
    if (await waitingCount()) {
      schedule(backoff(device.failures));
      askBackgroundSync();
    }
  } else {
    device.reach = "reachable";
    device.failures = 0;
  }
  await refresh();
  announceDelivered(outcome.sent);
  // Said even when this delivery sent nothing: a record a page waits for may have gone
  // with another delivery (the worker's, another tab's), and the page then asks whether
  // it still waits.
  window.dispatchEvent(new CustomEvent("platform:synced", { detail: outcome }));
  return outcome;
}

function syncNow() {
  if (!running) {
    running = deliverOnce().finally(() => {
      running = null;
    });
    return running;
  }
  if (!again) {
    again = running.then(() => {
      again = null;
      return syncNow();
    });
  }
  return again;
}

// "Send them now": try at once, and say what happened.
async function sendNow() {
  device.failures = 0;
  device.said = "";
  const outcome = await syncNow();
  const waiting = await waitingCount();
  if (outcome.sent) {
    device.said = say(outcome.sent === 1 ? "sentOne" : "sentMany", { count: outcome.sent });
  } else if (!waiting) {
    device.said = say("nothingToSend");
  } else if (outcome.stopped !== "signed-out" && outcome.stopped !== "no-learner") {
    device.said = say("stillKept");
  }
  await refresh();
  const said = device.said;
  window.setTimeout(() => {
    if (device.said === said) {
      device.said = "";
      refresh();
    }
  }, SAID_FOR_MS);
  return outcome;
}

// Put a record in the outbox (nothing is sent yet). Rejects when no learner is known.
async function record(entry) {
  await ready;
  if (!device.learner) {
    throw new Error("sign in to record your work");
  }
  const saved = await recordAdd({ ...entry, learner: device.learner });
  await refresh();
  return saved;
}

// Try to send the outbox now, and say what became of one record of it:
// {state: "sent", answer} (the platform's answer to it), {state: "refused", status,
// answer, reason} (kept aside as rejected), or {state: "kept"} (still on the device).
// With ``patience`` (ms), a delivery still under way by then is reported as "kept", with
// ``later``: the promise of its outcome, so a page can move on and update itself after.
async function deliverFully(saved) {
  await syncNow();
  const id = saved.id;
  if (id in answered) {
    return { id, state: "sent", answer: answered[id] };
  }
  if (id in refused) {
    return { id, state: "refused", ...refused[id] };
  }
  if (!(await recordGet(id).catch(() => saved))) {
    return { id, state: "sent", answer: null }; // sent by another delivery (another tab)
  }
  return { id, state: "kept" };
}

async function deliver(saved, { patience = null } = {}) {
  const result = deliverFully(saved);
  if (patience === null) {
    return result;
  }
  let timer;
  const late = new Promise((resolve) => {
    timer = window.setTimeout(() => resolve({ id: saved.id, state: "kept", later: result }), patience);
  });
  const first = await Promise.race([result, late]);
  window.clearTimeout(timer);
  return first;
}

// Outbox first, network second: keep the record on the device, then try to send it.
async function keep(entry, options = {}) {
  return deliver(await record(entry), options);
}

window.platformOffline = {
  ready,
  get learner() {
    return device.learner;
  },
  get learnerName() {
    return device.learnerName;
  },
  get reach() {
    return device.reach;
  },
  copy: device.copy,
  sessionUrl: config.sessionUrl,
  learnerPages: config.learnerPages || [],
  messages,
  say,
  uuid: uuid4,
  record,
  deliver,
  keep,
  forgetRejected: (id) => rejectedRemove(id),
  // What became of a record this device kept: "waiting" (still in the outbox), "refused"
  // (kept aside as rejected) or "sent" (gone from both, whichever delivery sent it).
  fate: async (id) => {
    if (await recordGet(id).catch(() => null)) {
      return "waiting";
    }
    return (await rejectedGet(id).catch(() => null)) ? "refused" : "sent";
  },
  attemptFor: async (quiz) => {
    await ready;
    return device.learner ? attemptFor(device.learner, quiz) : null;
  },
  attemptForget: async (quiz) => {
    await ready;
    return device.learner ? attemptForget(device.learner, quiz) : null;
  },
  syncNow,
  sendNow,
  refresh,
};

async function start() {
  if ("serviceWorker" in navigator && config.serviceWorkerUrl) {
    navigator.serviceWorker
      .register(config.serviceWorkerUrl, { type: "module", scope: "/" })
      .catch(() => null);
  }
  onDelivered((message) => {
    refresh();
    // Sent by the worker or another tab: this page learns it, without the platform's
    // answers.
    window.dispatchEvent(new CustomEvent("platform:synced", {
      detail: { sent: message.sent, answers: {}, elsewhere: true },
    }));
  });
  window.addEventListener("online", () => {
    device.failures = 0;
    syncNow();
  });
  window.addEventListener("offline", () => refresh());
  // A page left while records wait (the tab closed right after "Complete"): the service
  // worker sends them, where the browser has Background Sync.
  window.addEventListener("pagehide", () => {
    if (running || device.reach !== "reachable") {
      askBackgroundSync();
    }
  });
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) {
      syncNow();
    }
  });
  document.addEventListener("visibilitychange", async () => {
    if (document.visibilityState === "visible" && device.reach !== "reachable" && (await waitingCount())) {
      syncNow();
    }
  });
  const button = status && status.querySelector("[data-offline-send]");
  if (button) {
    button.addEventListener("click", () => sendNow());
  }
  await ready;
  await refresh();
  window.dispatchEvent(new CustomEvent("platform:offline-ready"));
  // A kept page says nothing of the platform: ask. A live page delivers what waits.
  if (device.copy || (await waitingCount())) {
    await syncNow();
  }
  if (!device.copy && navigator.onLine !== false && device.learner) {
    // Courses kept on this device are brought up to date at each connection.
    import("./download.js").then((module) => module.refreshDownloads()).catch(() => null);
  }
}

start();
