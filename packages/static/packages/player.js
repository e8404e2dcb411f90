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
// SCORM 2004 sequencing: the runner runs the whole package and decides what to show.
const sequenced = useRunner && Boolean(config.sequencing);

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
  status.textContent = messages.saved;
  showOutcome(answer);
  root.dataset.lastSaved = session.item.identifier;
  return answer;
}

let sequencingEnded = false;

function showOutcome(answer) {
  packageCompleted = packageCompleted || answer.packageCompleted;
  if (packageCompleted) status.textContent = messages.packageCompleted;
  else if (answer.packageFailed) status.textContent = messages.packageFailed;
  else if (sequencingEnded) status.textContent = messages.sequencingEnded;
}

// A record goes to the device's outbox first (offline/app.js), then to the platform: a
// record made while the platform does not answer is kept and sent when it does. The
// last one, as the page goes away, is sent directly (the page may be gone before the
// outbox is written). Answers the platform's answer, or null when there is none yet.
async function send(url, body, { final = false } = {}) {
  const offline = window.platformOffline;
  if (!final && offline) {
    await offline.ready;
    if (offline.learner) {
      let delivered = null;
      try {
        delivered = await offline.keep({ kind: "request", url, label: document.title, body });
      } catch (error) {
        delivered = null;
      }
      if (delivered) {
        if (delivered.state === "sent" && delivered.answer) return delivered.answer;
        status.textContent = delivered.state === "kept" ? messages.keptOnDevice : messages.saveFailed;
        return null;
      }
    }
  }
  try {
    const response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      keepalive: final,
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken },
      body: JSON.stringify(body),
    });
    const answer = await response.json();
    if (!response.ok) throw new Error(answer.error || response.statusText);
    return answer;
  } catch (error) {
    status.textContent = messages.saveFailed;
    return null;
  }
}

function commitBody(session) {
  const cmi = session.api ? scalars(session.api.getFlattenedCMI()) : session.state || {};
  return {
    sco: session.item.identifier,
    cmi,
    session: session.key,
    sequence: session.sequence,
    terminated: session.terminated,
    launch: config.launch,
    order: session.order,
  };
}

// Each session of a SCO this page opens gets the next number: with the page's own
// number (config.launch, counted by the platform at each opening of the player), it
// places the session among the learner's others, so that the platform puts commits in
// the order of their sessions whatever order they arrive in.
let sessionsOpened = 0;

function newSession(item, fields) {
  sessionsOpened += 1;
  return { item, terminated: false, navRequest: "", key: sessionKey(), sequence: 0, order: sessionsOpened, ...fields };
}

// What this page sends and has had no answer to yet is also written down on the device
// at once, the last of each session (and the engine's last state): a learner who leaves
// and opens the package again at once must not find it as it was before the last
// commit, which may still be on its way (or was cut off with the page). As the page
// goes away it is sent again with keepalive; the next opening of the player sends
// whatever is still written down before it starts the SCO, and starts it with the
// data the platform answers. The platform keeps each commit once and in the order of
// the sessions, so a copy that arrives second changes nothing.
//
// What has been answered stays written down a while, marked answered: the next opening
// of the player may have been drawn by the platform before that answer's change was
// stored (a reload at once), so it sends those again too and starts with the answers.
const PENDING_KEY = `package-pending:${config.commitUrl}`;

function bodyPlace(body) {
  return [body.launch || 0, body.order || 0, body.sequence || 0];
}

function isLater(body, than) {
  const [a, b] = [bodyPlace(body), bodyPlace(than)];
  for (let index = 0; index < a.length; index += 1) {
    if (a[index] !== b[index]) return a[index] > b[index];
  }
  return false;
}

function pendingRead() {
  try {
    const pending = JSON.parse(window.localStorage.getItem(PENDING_KEY) || "{}");
    return pending && typeof pending === "object" ? pending : {};
  } catch (error) {
    return {};
  }
}

function pendingWrite(pending) {
  try {
    if (Object.keys(pending).length) window.localStorage.setItem(PENDING_KEY, JSON.stringify(pending));
    else window.localStorage.removeItem(PENDING_KEY);
  } catch (error) {
    // Storage refused (private mode, full): the request and the device's outbox carry it.
  }
}

function pendingKeep(name, url, body) {
  const pending = pendingRead();
  const kept = pending[name];
  if (kept && kept.body && isLater(kept.body, body)) return;
  pending[name] = { url, body };
  pendingWrite(pending);
}

// How long an answered record is sent again by the next opening of the player.
const ANSWERED_KEPT_MS = 10 * 60 * 1000;

function pendingDone(name, body) {
  // Answered: kept, marked, for the next opening (see above), never sent as leaving.
  const pending = pendingRead();
  const kept = pending[name];
  if (!kept || !kept.body || isLater(kept.body, body)) return;
  kept.answered = Date.now();
  delete kept.tries;
  pendingWrite(pending);
}

function pendingForget(name, body) {
  const pending = pendingRead();
  const kept = pending[name];
  if (!kept || !kept.body || isLater(kept.body, body)) return;
  delete pending[name];
  pendingWrite(pending);
}

// What this page has sent with keepalive as it goes away, by name: its number.
const sentAsLeaving = new Map();

async function deliver(name, url, body, { final = false } = {}) {
  pendingKeep(name, url, body);
  if (final) sentAsLeaving.set(name, body.sequence);
  const answer = await send(url, body, { final });
  if (answer) pendingDone(name, body);
  return answer;
}

function sendPendingAsLeaving() {
  // Requests under way may be cut off with the page: what has no answer yet goes again.
  for (const [name, entry] of Object.entries(pendingRead())) {
    if (!entry || typeof entry.url !== "string" || !entry.body || entry.answered) continue;
    if (sentAsLeaving.has(name) && sentAsLeaving.get(name) >= entry.body.sequence) continue;
    deliver(name, entry.url, entry.body, { final: true });
  }
}

const REPLAYS = 3;

async function replayPending() {
  // The SCOs' data in the order of their sessions, then the engine's state (the run's
  // outcome comes after what its SCOs did).
  const last = (entry) => (entry.url === config.sequencingUrl ? 1 : 0);
  const now = Date.now();
  const stored = pendingRead();
  for (const [name, entry] of Object.entries(stored)) {
    // Answered long ago: the platform drew this page with it.
    if (entry && entry.answered && !(now - entry.answered < ANSWERED_KEPT_MS)) delete stored[name];
  }
  pendingWrite(stored);
  const entries = Object.entries(stored)
    .filter(([, entry]) => entry && typeof entry.url === "string" && entry.body && typeof entry.body === "object")
    .sort(([, a], [, b]) => last(a) - last(b) || (isLater(a.body, b.body) ? 1 : isLater(b.body, a.body) ? -1 : 0));
  for (const [name, entry] of entries) {
    const answer = await deliver(name, entry.url, entry.body);
    if (!answer && entry.answered) {
      // Answered once already: the platform has it.
      pendingForget(name, entry.body);
      continue;
    }
    if (!answer) {
      // Not answered: the device's outbox has it now and sends it when it can. A copy
      // the platform keeps refusing is not sent at every opening for ever.
      const pending = pendingRead();
      if (pending[name]) {
        pending[name].tries = (entry.tries || 0) + 1;
        if (pending[name].tries >= REPLAYS) delete pending[name];
        pendingWrite(pending);
      }
      continue;
    }
    pendingForget(name, entry.body);
    if (entry.url === config.sequencingUrl) {
      if (answer.stateKept && typeof entry.body.state === "string") config.sequencingState = entry.body.state;
      continue;
    }
    const item = config.items[itemIndex(answer.sco)];
    if (item && answer.launch) {
      item.cmi = answer.launch;
      item.completion = answer.completion;
      showStatus(item.identifier, answer.completion);
    }
  }
}

// Once the page is going away, every save is a last one (content that ends its session
// as it unloads reports after this page's pagehide).
let leaving = false;

// The last save under way. A sequenced run's outcome (the rollup of the root) is sent
// once it is answered: the SCO's data is recorded before the run's outcome, and the
// answer that says the run's outcome comes last.
let saving = Promise.resolve();

async function save(session, { final = false } = {}) {
  final = final || leaving;
  session.sequence += 1;
  const sent = deliver(`commit:${session.key}`, config.commitUrl, commitBody(session), { final });
  saving = sent;
  const answer = await sent;
  return answer ? applySaved(session, answer) : null;
}

// A SCO that ends its session asking for the next part gets it once its last data is
// saved, or after this long if the platform is slow to answer: the save goes on (and
// its answer updates the part's status), the learner does not wait for it.
const NAVIGATE_WAIT_MS = 2000;

function savedOrSoon(saved) {
  let timer;
  const soon = new Promise((resolve) => {
    timer = setTimeout(resolve, NAVIGATE_WAIT_MS);
  });
  return Promise.race([saved.catch(() => null), soon]).finally(() => clearTimeout(timer));
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
  const session = newSession(item, { api });

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
    savedOrSoon(save(session)).then(() => {
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

function markCurrent(identifier) {
  root.dataset.currentItem = identifier;
  // The part on show has been started, whatever it has reported yet.
  const item = config.items[itemIndex(identifier)];
  if (item && (!item.completion || item.completion === "not attempted")) {
    showStatus(identifier, "incomplete");
  }
  for (const button of root.querySelectorAll("[data-item]")) {
    if (button.dataset.item === identifier) button.setAttribute("aria-current", "true");
    else button.removeAttribute("aria-current");
  }
}

function startSequencing() {
  // One runner for the whole package, with the engine's state of this run.
  const items = {};
  for (const item of config.items) {
    items[item.identifier] = { url: item.url, title: item.title, cmi: item.cmi || {} };
  }
  openRunner({
    sequencing: config.sequencing,
    state: config.sequencingState || "",
    items,
  });
}

function showFrame(src, name) {
  // The package's sandboxed frame, in place of the one before.
  const next = document.createElement("iframe");
  next.title = holder.dataset.frameTitle;
  next.setAttribute("sandbox", config.sandbox);
  next.setAttribute("referrerpolicy", "no-referrer");
  if (name) next.name = name;
  next.src = src;
  holder.replaceChildren(next);
  frame = next;
}

function openRunner(setup) {
  // The runner reads what to run from its frame's name, once.
  const name = RUNNER_MARKER + JSON.stringify({ kind: config.kind, platformOrigin: window.location.origin, ...setup });
  showFrame(config.runnerUrl, name);
  runnerWindows.push(frame.contentWindow);
}

function askRunner(request, target) {
  if (!frame || !frame.contentWindow) return;
  frame.contentWindow.postMessage(
    { source: "elearning-player", type: "navigate", request, target: target || "" },
    config.contentOrigin,
  );
}

function showValidity(valid) {
  // What the engine allows now: each part that may be chosen, Previous and Next.
  for (const button of root.querySelectorAll("[data-item]")) {
    const allowed = !valid || !valid.choice || valid.choice[button.dataset.item] !== "false";
    button.disabled = !allowed;
  }
  const previous = root.querySelector('[data-flow="previous"]');
  const nextButton = root.querySelector('[data-flow="next"]');
  if (previous) previous.disabled = Boolean(valid) && !valid.previous;
  if (nextButton) nextButton.disabled = Boolean(valid) && !valid.continue;
}

async function launch(identifier) {
  if (sequenced) {
    askRunner("choice", identifier);
    return;
  }
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
    saveNow(current);
  }
  if (useRunner) {
    current = newSession(item, { state: null });
    sessions.set(current.key, current);
    openRunner({
      sco: item.identifier,
      url: item.url,
      cmi: item.cmi || {},
      session: current.key,
      title: item.title,
    });
  } else {
    current = isScorm ? runtimeFor(item) : { item, terminated: true };
    showFrame(item.url, isScorm ? MARKER + JSON.stringify({ cmi: item.cmi || {} }) : "");
  }
  markCurrent(identifier);
  const index = itemIndex(identifier);
  const previous = root.querySelector('[data-flow="previous"]');
  const nextButton = root.querySelector('[data-flow="next"]');
  if (previous) previous.disabled = index <= 0;
  if (nextButton) nextButton.disabled = index >= config.items.length - 1;
}

function started(session) {
  return session.api ? session.api.isInitialized() : session.state !== null;
}

// Every runner this page opened, and every launch of a SCO by key: a SCO left for
// another part still ends its session (its Terminate comes as its runner unloads), and
// that end is saved too.
const runnerWindows = [];
const sessions = new Map();
const STATE_SAVE_DELAY = 1000;

function fromRunner(event) {
  // Only a runner of this page, from the content's origin. A runner being removed (the
  // learner chose another part) may post as it goes, with no window to show for it:
  // its message then counts only for a launch this page knows (see sessionOf).
  if (event.origin !== config.contentOrigin) return null;
  if (event.source !== null && !runnerWindows.includes(event.source)) return null;
  const data = event.data;
  if (!data || data.source !== "elearning-runner") return null;
  return data;
}

function sessionOf(data) {
  // The launch a SCO's data belongs to, while it has not ended.
  if (!data.cmi || typeof data.cmi !== "object" || typeof data.session !== "string") return null;
  const session = sessions.get(data.session);
  return session && !session.terminated ? session : null;
}

function saveSoon(session) {
  // What the SCO sets is saved within a second, whether it commits or not: content
  // that commits only as it exits must not lose the learner's place to a reload.
  if (session.saveTimer) return;
  session.saveTimer = setTimeout(() => {
    session.saveTimer = null;
    if (!session.terminated) save(session);
  }, STATE_SAVE_DELAY);
}

function saveNow(session, options) {
  if (session.saveTimer) {
    clearTimeout(session.saveTimer);
    session.saveTimer = null;
  }
  return save(session, options);
}

// The engine's states this page has sent: the platform keeps the last one.
let sequencingSent = 0;

async function runnerSaysSequencing(data) {
  if (typeof data.state !== "string" || !data.root || typeof data.root !== "object") return;
  sequencingSent += 1;
  const body = { state: data.state, root: data.root, launch: config.launch, sequence: sequencingSent };
  pendingKeep("sequencing", config.sequencingUrl, body);
  // What the SCO on show has set is saved first (its outcome's statements come before
  // the run's); as the page goes away there is no time to wait.
  if (!leaving) {
    if (current && current.saveTimer && !current.terminated) saveNow(current);
    await saving;
  }
  const answer = await deliver("sequencing", config.sequencingUrl, body, { final: leaving });
  if (answer) showOutcome(answer);
}

function runnerSaysSequenced(data) {
  if (data.type === "delivered") {
    const item = config.items[itemIndex(data.sco)];
    if (!item || typeof data.session !== "string") return;
    current = newSession(item, { state: null, key: data.session });
    sessions.set(current.key, current);
    markCurrent(item.identifier);
    sequencingEnded = false;
    if (!packageCompleted) status.textContent = "";
  } else if (data.type === "navigation") {
    showValidity(data.valid);
    if (!data.valid && !current && !packageCompleted) status.textContent = messages.chooseToStart;
  } else if (data.type === "sequencing") {
    runnerSaysSequencing(data);
  } else if (data.type === "ended") {
    sequencingEnded = true;
    if (!packageCompleted) status.textContent = messages.sequencingEnded;
  }
}

if (useRunner) {
  window.addEventListener("message", (event) => {
    const data = fromRunner(event);
    if (!data) return;
    if (sequenced && !data.cmi) {
      if (event.source !== null && event.source === frame.contentWindow) runnerSaysSequenced(data);
      return;
    }
    const session = sessionOf(data);
    if (!session) return;
    session.state = data.cmi;
    if (data.type === "state" && !leaving) {
      saveSoon(session);
    } else if (data.type === "state") {
      saveNow(session);
    } else if (data.type === "commit") {
      saveNow(session);
    } else if (data.type === "terminate") {
      session.terminated = true;
      session.navRequest = typeof data.navRequest === "string" ? data.navRequest : "";
      savedOrSoon(saveNow(session)).then(() => {
        // Sequenced, the runner's engine decides what comes next.
        if (!sequenced && current === session) navigateAfter(session);
      });
    }
  });
  window.addEventListener("pagehide", () => {
    leaving = true;
    if (current && !current.terminated && started(current)) saveNow(current, { final: true });
    sendPendingAsLeaving();
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
    leaving = true;
    if (current && current.api && !current.terminated && current.api.isInitialized()) {
      save(current, { final: true });
    }
    sendPendingAsLeaving();
  });
}

for (const button of root.querySelectorAll("[data-item]")) {
  button.addEventListener("click", () => launch(button.dataset.item));
}
for (const button of root.querySelectorAll("[data-flow]")) {
  button.addEventListener("click", () => {
    if (sequenced) {
      askRunner(button.dataset.flow === "next" ? "continue" : "previous");
      return;
    }
    const index = itemIndex(current ? current.item.identifier : config.start);
    const target = button.dataset.flow === "next" ? index + 1 : index - 1;
    if (target >= 0 && target < config.items.length) launch(config.items[target].identifier);
  });
}

(isScorm ? replayPending() : Promise.resolve()).finally(() => {
  if (sequenced) startSequencing();
  else if (config.start && config.kind !== "cmi5") launch(config.start);
});

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
