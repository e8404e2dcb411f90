// Every page: installs the service worker, remembers who is signed in (so that, offline,
// the worker answers only with that learner's downloaded courses), shows whether the
// device is offline and how many records wait to be sent, and sends them: on load, when
// the connection returns, right after a record is made online, and through Background
// Sync where the browser has it. Other scripts record offline work through
// ``window.platformOffline.record(...)``.
import {
  attemptFor,
  attemptForget,
  recordAdd,
  recordsCount,
  rejectedCount,
  stateSet,
  uuid4,
} from "./outbox.js";
import { syncOutbox } from "./sync.js";

const configElement = document.getElementById("offline-config");
const config = configElement ? JSON.parse(configElement.textContent) : {};
const messages = config.messages || {};
const status = document.querySelector("[data-offline-status]");

function say(key, values = {}) {
  return (messages[key] || key).replace(/%\((\w+)\)s/g, (_, name) => String(values[name] ?? ""));
}

let syncing = null;

async function refresh(extra) {
  if (!status) {
    return;
  }
  const offline = !navigator.onLine;
  let waiting = 0;
  let rejected = 0;
  try {
    waiting = await recordsCount(config.learner || undefined);
    rejected = config.learner ? await rejectedCount(config.learner) : 0;
  } catch (error) {
    // No IndexedDB (private browsing in some browsers): nothing can wait.
  }
  const lines = [];
  if (offline) {
    lines.push(say("offline"));
  }
  if (waiting) {
    lines.push(say(waiting === 1 ? "waitingOne" : "waitingMany", { count: waiting }));
    if (!config.learner) {
      lines.push(say("signInToSend"));
    } else if (!offline && extra === "signed-out") {
      lines.push(say("signInAgainToSend"));
    }
  }
  if (rejected) {
    lines.push(say(rejected === 1 ? "rejectedOne" : "rejectedMany", { count: rejected }));
  }
  const text = status.querySelector("[data-offline-text]");
  text.replaceChildren(...lines.map((line) => {
    const p = document.createElement("p");
    p.textContent = line;
    return p;
  }));
  const button = status.querySelector("[data-offline-send]");
  if (button) {
    button.hidden = !(waiting && !offline && config.learner);
  }
  status.hidden = lines.length === 0;
  status.classList.toggle("is-offline", offline);
}

async function syncNow() {
  if (!config.learner || !navigator.onLine) {
    await refresh();
    return null;
  }
  if (syncing) {
    return syncing;
  }
  syncing = (async () => {
    let outcome = null;
    try {
      outcome = await syncOutbox({ sessionUrl: config.sessionUrl, onProgress: () => refresh() });
    } catch (error) {
      outcome = { stopped: "network" };
    }
    await refresh(outcome && outcome.stopped);
    if (outcome && outcome.sent) {
      window.dispatchEvent(new CustomEvent("platform:synced", { detail: outcome }));
    }
    return outcome;
  })();
  try {
    return await syncing;
  } finally {
    syncing = null;
  }
}

async function record(entry) {
  if (!config.learner) {
    throw new Error("sign in to record your work");
  }
  const saved = await recordAdd({ ...entry, learner: config.learner });
  await refresh();
  if (navigator.onLine) {
    syncNow();
  } else if (navigator.serviceWorker && navigator.serviceWorker.ready) {
    navigator.serviceWorker.ready
      .then((registration) => registration.sync && registration.sync.register("outbox"))
      .catch(() => null);
  }
  return saved;
}

window.platformOffline = {
  learner: config.learner || null,
  sessionUrl: config.sessionUrl,
  messages,
  say,
  uuid: uuid4,
  record,
  attemptFor: (quiz) => attemptFor(config.learner, quiz),
  attemptForget: (quiz) => attemptForget(config.learner, quiz),
  syncNow,
  refresh,
};

async function start() {
  if (navigator.onLine) {
    try {
      await stateSet("learner", config.learner || null);
    } catch (error) {
      // Without IndexedDB the worker serves no downloaded course; pages still work online.
    }
  }
  if ("serviceWorker" in navigator && config.serviceWorkerUrl) {
    navigator.serviceWorker
      .register(config.serviceWorkerUrl, { type: "module", scope: "/" })
      .catch(() => null);
  }
  window.addEventListener("online", () => syncNow());
  window.addEventListener("offline", () => refresh());
  const button = status && status.querySelector("[data-offline-send]");
  if (button) {
    button.addEventListener("click", () => syncNow());
  }
  await refresh();
  await syncNow();
  if (navigator.onLine && config.learner) {
    // Courses kept on this device are brought up to date at each connection.
    import("./download.js").then((module) => module.refreshDownloads()).catch(() => null);
  }
  window.dispatchEvent(new CustomEvent("platform:offline-ready"));
}

start();
