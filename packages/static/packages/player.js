// The package player: opens each item in a sandboxed frame and, for SCORM, gives it a
// run-time. Where package content has an origin of its own (see packages/origins.py),
// the frame holds the runner (runner.js), a page of the content's origin that holds the
// live run-time as the SCO's same-origin parent and hands this page what the SCO sets;
// otherwise the scorm-again run-time runs in this page and the SCO reaches it through
// the cross-frame bridge (see sco-bridge.js). Every commit and every end of session is
// saved on the server (a CSRF-protected JSON POST, through the device's outbox), which
// turns status, score and answers into xAPI statements.

const root = document.querySelector("[data-package-player]");
const config = JSON.parse(document.getElementById("package-player-config").textContent);
const messages = config.messages;
const holder = root.querySelector("[data-frame-holder]");
const status = root.querySelector("[data-player-status]");
const csrfToken = document.querySelector('meta[name="csrf-token"]').content;
const isScorm = config.kind === "scorm12" || config.kind === "scorm2004";
const is12 = config.kind === "scorm12";
const MARKER = "elearning-scorm:";
const RUNNER_MARKER = "elearning-runner:";
const useRunner = isScorm && Boolean(config.runnerUrl);

let frame = null;
let current = null; // {item, api | state, terminated, navRequest, key, sequence}
let packageCompleted = false;

function itemIndex(identifier) {
  return config.items.findIndex((item) => item.identifier === identifier);
}

function fromFrame(source) {
  // A message counts only when it comes from the current frame or a frame inside it.
  if (!frame || !frame.contentWindow) return false;
  let win = source;
  for (let depth = 0; win && depth < 10; depth += 1) {
    if (win === frame.contentWindow) return true;
    if (win === window || win.parent === win) return false;
    win = win.parent;
  }
  return false;
}

function scalars(flattened) {
  const cmi = {};
  for (const [key, value] of Object.entries(flattened)) {
    if (value === null || typeof value === "object") continue;
    cmi[key] = value;
  }
  return cmi;
}

function showStatus(identifier, completion) {
  const label = root.querySelector(`[data-item-status="${CSS.escape(identifier)}"]`);
  if (!label) return;
  label.textContent =
    completion === "completed"
      ? messages.completed
      : completion === "not attempted"
        ? messages.notStarted
        : messages.inProgress;
}

function sessionKey() {
  if (window.crypto && typeof window.crypto.randomUUID === "function") return window.crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function applySaved(session, answer) {
  session.item.cmi = answer.launch;
  session.item.completion = answer.completion;
  showStatus(session.item.identifier, answer.completion);
  packageCompleted = packageCompleted || answer.packageCompleted;
  if (packageCompleted) status.textContent = messages.packageCompleted;
  else status.textContent = answer.packageFailed ? messages.packageFailed : messages.saved;
  root.dataset.lastSaved = session.item.identifier;
  return answer;
}

// A commit goes to the device's outbox first (offline/app.js), then to the platform: a
// commit made while the platform does not answer is kept and sent when it does. The
// last one, as the page goes away, is sent directly (the page may be gone before the
// outbox is written).
async function saveThroughOutbox(session, body) {
  const offline = window.platformOffline;
  if (!offline) return undefined;
  await offline.ready;
  if (!offline.learner) return undefined;
  let delivered;
  try {
    delivered = await offline.keep({ kind: "request", url: config.commitUrl, label: document.title, body });
  } catch (error) {
    return undefined;
  }
  if (delivered.state === "sent" && delivered.answer) return applySaved(session, delivered.answer);
  status.textContent = delivered.state === "kept" ? messages.keptOnDevice : messages.saveFailed;
  return null;
}

function commitBody(session) {
  const cmi = session.api ? scalars(session.api.getFlattenedCMI()) : session.state || {};
  return {
    sco: session.item.identifier,
    cmi,
    session: session.key,
    sequence: session.sequence,
    terminated: session.terminated,
  };
}

async function save(session, { final = false } = {}) {
  session.sequence += 1;
  const data = commitBody(session);
  if (!final) {
    const saved = await saveThroughOutbox(session, data);
    if (saved !== undefined) return saved;
  }
  try {
    const response = await fetch(config.commitUrl, {
      method: "POST",
      credentials: "same-origin",
      keepalive: final,
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken },
      body: JSON.stringify(data),
    });
    const answer = await response.json();
    if (!response.ok) throw new Error(answer.error || response.statusText);
    return applySaved(session, answer);
  } catch (error) {
    status.textContent = messages.saveFailed;
    return null;
  }
}

function navigateAfter(session) {
  const request = session.navRequest || "";
  const index = itemIndex(session.item.identifier);
  const choice = request.match(/^\{target=([^}]+)\}(choice|jump)$/);
  if (request === "continue" && index + 1 < config.items.length) {
    launch(config.items[index + 1].identifier);
  } else if (request === "previous" && index > 0) {
    launch(config.items[index - 1].identifier);
  } else if (choice && itemIndex(choice[1]) >= 0) {
    launch(choice[1]);
  } else if (packageCompleted) {
    status.textContent = messages.packageCompleted;
  } else if (config.items.length > 1) {
    status.textContent = messages.ended;
  }
}

function runtimeFor(item) {
  const Api = is12 ? window.Scorm12API : window.Scorm2004API;
  const api = new Api({
    lmsCommitUrl: false,
    autocommit: false,
    logLevel: 5,
    autoCompleteLessonStatus: true,
    mastery_override: true,
  });
  api.loadFromFlattenedJSON(item.cmi || {});
  const session = { item, api, terminated: false, navRequest: "", key: sessionKey(), sequence: 0 };

  api.on(is12 ? "LMSCommit" : "Commit", () => {
    save(session);
  });
  if (!is12) {
    api.on("SetValue.adl.nav.request", (element, value) => {
      session.navRequest = value;
    });
  }
  api.on(is12 ? "LMSFinish" : "Terminate", () => {
    session.terminated = true;
    save(session).then(() => {
      if (current === session) navigateAfter(session);
    });
  });
  return session;
}

async function cmi5Url(item) {
  // Each cmi5 launch is a new session with its own one-time fetch URL.
  const response = await fetch(config.launchUrl, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken },
    body: JSON.stringify({ au: item.identifier, launchMode: "Normal" }),
  });
  if (!response.ok) throw new Error(response.statusText);
  return response.json();
}

async function launch(identifier) {
  const item = config.items[itemIndex(identifier)];
  if (!item) return;
  if (config.kind === "cmi5") {
    let launched;
    try {
      launched = await cmi5Url(item);
    } catch (error) {
      status.textContent = messages.launchFailed;
      return;
    }
    if (launched.launchMethod === "OwnWindow") {
      window.open(launched.url, "_blank", "noopener");
      status.textContent = messages.openedInWindow;
      return;
    }
    item.url = launched.url;
  }
  if (current && !current.terminated && started(current)) {
    // Leaving a SCO that did not end its session: keep what it had set.
    save(current);
  }
  const next = document.createElement("iframe");
  next.title = holder.dataset.frameTitle;
  next.setAttribute("sandbox", config.sandbox);
  next.setAttribute("referrerpolicy", "no-referrer");
  if (useRunner) {
    current = { item, state: null, terminated: false, navRequest: "", key: sessionKey(), sequence: 0 };
    next.name =
      RUNNER_MARKER +
      JSON.stringify({
        kind: config.kind,
        sco: item.identifier,
        url: item.url,
        cmi: item.cmi || {},
        session: current.key,
        platformOrigin: window.location.origin,
        title: item.title,
      });
    next.src = config.runnerUrl;
  } else {
    current = isScorm ? runtimeFor(item) : { item, terminated: true };
    if (isScorm) next.name = MARKER + JSON.stringify({ cmi: item.cmi || {} });
    next.src = item.url;
  }
  holder.replaceChildren(next);
  frame = next;
  root.dataset.currentItem = identifier;
  for (const button of root.querySelectorAll("[data-item]")) {
    if (button.dataset.item === identifier) button.setAttribute("aria-current", "true");
    else button.removeAttribute("aria-current");
  }
  const index = itemIndex(identifier);
  const previous = root.querySelector('[data-flow="previous"]');
  const nextButton = root.querySelector('[data-flow="next"]');
  if (previous) previous.disabled = index <= 0;
  if (nextButton) nextButton.disabled = index >= config.items.length - 1;
}

function started(session) {
  return session.api ? session.api.isInitialized() : session.state !== null;
}

function fromRunner(event) {
  // Only the runner of the SCO on show, on the content's origin, in this session.
  if (!frame || event.source !== frame.contentWindow) return null;
  if (event.origin !== config.contentOrigin) return null;
  const data = event.data;
  if (!data || data.source !== "elearning-runner" || !current || data.session !== current.key) return null;
  if (!data.cmi || typeof data.cmi !== "object") return null;
  return data;
}

if (useRunner) {
  window.addEventListener("message", (event) => {
    const data = fromRunner(event);
    if (!data || current.terminated) return;
    const session = current;
    session.state = data.cmi;
    if (data.type === "commit") {
      save(session);
    } else if (data.type === "terminate") {
      session.terminated = true;
      session.navRequest = typeof data.navRequest === "string" ? data.navRequest : "";
      save(session).then(() => {
        if (current === session) navigateAfter(session);
      });
    }
  });
  window.addEventListener("pagehide", () => {
    if (current && !current.terminated && started(current)) save(current, { final: true });
  });
} else if (isScorm) {
  // Registered before the cross-frame host, so messages from anywhere but the
  // package's frame never reach the run-time.
  window.addEventListener("message", (event) => {
    if (!fromFrame(event.source)) event.stopImmediatePropagation();
  });
  const facade = new Proxy(
    {},
    {
      get(target, name) {
        const api = current && current.api;
        if (!api) return undefined;
        const value = api[name];
        return typeof value === "function" ? value.bind(api) : value;
      },
    },
  );
  new window.CrossFrameLMS(facade, "*");
  window.addEventListener("pagehide", () => {
    if (current && current.api && !current.terminated && current.api.isInitialized()) {
      save(current, { final: true });
    }
  });
}

for (const button of root.querySelectorAll("[data-item]")) {
  button.addEventListener("click", () => launch(button.dataset.item));
}
for (const button of root.querySelectorAll("[data-flow]")) {
  button.addEventListener("click", () => {
    const index = itemIndex(current ? current.item.identifier : config.start);
    const target = button.dataset.flow === "next" ? index + 1 : index - 1;
    if (target >= 0 && target < config.items.length) launch(config.items[target].identifier);
  });
}

if (config.start && config.kind !== "cmi5") launch(config.start);

if (config.kind === "xapi" && !root.querySelector("[data-player-status]").textContent.trim()) {
  // xAPI content reports to the LRS directly: ask the platform now and then whether
  // the learner has completed it, so the course sees it without a reload.
  const sync = async () => {
    try {
      const response = await fetch(config.syncUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrfToken },
      });
      const answer = await response.json();
      if (answer.completed) {
        status.textContent = messages.packageCompleted;
        clearInterval(timer);
      }
    } catch (error) {
      // Offline or the server is busy: the next round will tell.
    }
  };
  const timer = setInterval(sync, 15000);
  window.addEventListener("focus", sync);
}
