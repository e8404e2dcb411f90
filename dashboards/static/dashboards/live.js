// Keeps an open dashboard current. The server says over a websocket that something
// changed in the manager's scope (never what, nor who); the page then fetches itself
// again and swaps in each part marked [data-live-region][id]. When the socket cannot
// connect, the page refreshes itself the same way every minute while it keeps trying.
const status = document.getElementById("live-status");
const announcement = document.getElementById("live-announcement");

// A change is shown a second or more after it is heard (the changes of one action arrive
// together), and a page fetches itself at most once every few seconds: while learners
// keep working, changes never stop, and a dashboard that fetched itself once per change
// (or waited for a quiet moment that never comes) would weigh on the platform, or never
// update. Each page waits a moment more of its own (up to SPREAD_MS): every dashboard in
// the scope hears the same change at the same instant, and fetching all at once would
// queue them behind one another on the server.
const DEBOUNCE_MS = 1000;
const SPREAD_MS = 2000;
const MIN_INTERVAL_MS = 5000;
const MAX_RETRY_MS = 30000;
const REFUSED = new Set([4401, 4403]);

let retryDelay = 1000;
let retryTimer = null;
let fallbackTimer = null;
let debounceTimer = null;
let refreshing = null;
let refreshAgain = false;
let everLost = false;

function setState(state) {
  status.hidden = false;
  status.dataset.connected = state === "live" ? "true" : "false";
  status.dataset.state = state;
  status.textContent = status.dataset[`text${state[0].toUpperCase()}${state.slice(1)}`];
}

// --- refreshing the page's live regions --------------------------------------

// Where an element sits inside its region, as child indexes: finds "the same" element
// in the new copy of the region when it has no id of its own.
function pathWithin(root, element) {
  const path = [];
  for (let node = element; node && node !== root; node = node.parentElement) {
    path.unshift(Array.prototype.indexOf.call(node.parentElement.children, node));
  }
  return path;
}

function atPath(root, path) {
  let node = root;
  for (const index of path) {
    node = node?.children[index];
  }
  return node;
}

function swapRegion(current, fresh) {
  const focused = current.contains(document.activeElement) ? document.activeElement : null;
  const focusPath = focused && !focused.id ? pathWithin(current, focused) : null;
  const openDetails = [...current.querySelectorAll("details[open]")].map((details) =>
    pathWithin(current, details),
  );
  const adopted = document.importNode(fresh, true);
  current.replaceWith(adopted);
  for (const path of openDetails) {
    const details = atPath(adopted, path);
    if (details?.tagName === "DETAILS") details.open = true;
  }
  if (focused) {
    const target = focused.id ? document.getElementById(focused.id) : atPath(adopted, focusPath);
    (target && adopted.contains(target) ? target : adopted).focus?.({ preventScroll: true });
  }
}

async function refresh() {
  const response = await fetch(window.location.href, {
    credentials: "same-origin",
    headers: { Accept: "text/html" },
    cache: "no-store",
  });
  // A signed-out session is sent to the sign-in page: nothing there to swap in.
  if (!response.ok || response.redirected) return;
  const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
  let changed = false;
  for (const current of document.querySelectorAll("[data-live-region][id]")) {
    const replacement = fresh.getElementById(current.id);
    if (!replacement || replacement.isEqualNode(current)) continue;
    swapRegion(current, replacement);
    changed = true;
  }
  if (changed) {
    announcement.textContent = "";
    // A new text node, so that screen readers announce it again each time.
    window.setTimeout(() => {
      announcement.textContent = status.dataset.textUpdated;
    }, 100);
  }
  document.dispatchEvent(new CustomEvent("dashboard:updated", { detail: { changed } }));
}

// Runs one refresh at a time; a change heard during one asks for one more after it.
function refreshNow() {
  if (refreshing) {
    refreshAgain = true;
    return refreshing;
  }
  refreshing = refresh()
    .catch((error) => console.warn("Dashboard refresh failed", error))
    .finally(() => {
      refreshing = null;
      if (refreshAgain) {
        refreshAgain = false;
        refreshNow();
      }
    });
  return refreshing;
}

let lastRefreshAt = -Infinity;

function refreshSoon() {
  if (debounceTimer !== null) return; // already due: this change goes with it
  const wait = Math.max(
    DEBOUNCE_MS + Math.random() * SPREAD_MS,
    lastRefreshAt + MIN_INTERVAL_MS - performance.now(),
  );
  debounceTimer = window.setTimeout(() => {
    debounceTimer = null;
    lastRefreshAt = performance.now();
    refreshNow();
  }, wait);
}

// --- periodic refresh while the socket is down --------------------------------

function fallbackDelay() {
  const seconds = Number.parseFloat(status.dataset.fallbackSeconds);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 60) * 1000;
}

function startFallback() {
  window.clearTimeout(fallbackTimer);
  fallbackTimer = window.setTimeout(() => {
    refreshNow();
    startFallback();
  }, fallbackDelay());
}

function stopFallback() {
  window.clearTimeout(fallbackTimer);
  fallbackTimer = null;
}

// --- the socket ---------------------------------------------------------------

function socketUrl() {
  const scheme = window.location.protocol === "https:" ? "wss" : "ws";
  return `${scheme}://${window.location.host}${status.dataset.socketPath}`;
}

function connect() {
  retryTimer = null;
  let socket;
  try {
    socket = new WebSocket(socketUrl());
  } catch (error) {
    console.warn("Dashboard socket could not be opened", error);
    lost();
    return;
  }
  socket.addEventListener("message", (message) => {
    let data;
    try {
      data = JSON.parse(message.data);
    } catch {
      return;
    }
    if (data.type === "ready") ready();
    else if (data.type === "changed") refreshSoon();
  });
  socket.addEventListener("close", (event) => lost(event.code));
}

// The server has joined this page to its manager's groups (a socket can also open
// only to be closed at once with the reason for a refusal).
function ready() {
  retryDelay = 1000;
  stopFallback();
  setState("live");
  // Catch up on whatever changed while the socket was down.
  if (everLost) refreshSoon();
}

function lost(code) {
  everLost = true;
  setState("unavailable");
  if (fallbackTimer === null) startFallback();
  // Refused (signed out, or no units to watch): asking again would be refused again.
  if (REFUSED.has(code)) return;
  if (retryTimer === null) {
    retryTimer = window.setTimeout(connect, retryDelay);
    retryDelay = Math.min(retryDelay * 2, MAX_RETRY_MS);
  }
}

if (status && announcement) {
  // A changed interval takes effect at once rather than after the pending wait.
  new MutationObserver(() => {
    if (fallbackTimer !== null) startFallback();
  }).observe(status, { attributes: true, attributeFilter: ["data-fallback-seconds"] });
  setState("connecting");
  connect();
}
