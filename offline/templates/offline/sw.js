// The service worker of the training platform (served at /sw.js, scope "/").
//
// - The app shell (styles, scripts, fonts, icons and the offline pages) is cached when
//   the worker installs, in a cache named after its version; a new version deletes the
//   older shell caches when it activates.
// - Pages: the network first, but only the platform's own answer counts (it carries the
//   platform's header; a captive portal's or a proxy's does not), and only while it comes
//   in time. With no answer (refused, or none within NAVIGATION_PATIENCE_MS when a kept
//   copy exists), a foreign answer or a server error, the page comes from the courses the
//   remembered learner made available offline (caches
//   "course|<learner>|<course>|<language>|<version>", filled by offline/download.js) and
//   the learner's own pages kept beside them ("learner|<learner>": My learning, the
//   offline page made for them); else a foreign answer is shown as it is (it may be the
//   Wi-Fi sign-in the learner needs), and no answer at all gives the offline page in the
//   page's language: the remembered learner's copy, or the app shell's.
// - Static files: the network first (and a copy kept), the caches when it fails, does not
//   answer in time, or answers with a page instead of the file. Media and documents
//   (uploaded files, whose addresses change when they do): the caches first.
// - The outbox: a "sync" event (Background Sync) sends the records waiting on this
//   device; while the platform does not answer, the event fails, and the browser tries
//   again later.
import { stateGet } from "{{ outbox_module }}";
import { announceDelivered, fromPlatform, syncOutbox } from "{{ sync_module }}";

const CONFIG = {{ config|safe }};
const SHELL_CACHE = `shell|${CONFIG.version}`;
const ASSETS_CACHE = "assets";
const COURSE_PREFIX = "course|";
const LEARNER_PREFIX = "learner|";
const NAVIGATION_PATIENCE_MS = 8000;
const NAVIGATION_PATIENCE_AFTER_FAILURE_MS = 2000;
const FILE_PATIENCE_MS = 4000;
const LONGEST_WAIT_MS = 30000;
// When the platform last failed to answer: later requests wait less before a kept copy.
let failedAt = 0;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(SHELL_CACHE);
    const pages = Object.values(CONFIG.offlinePages);
    // Fetched without cookies: the shell is the same for everyone, and a response must
    // not set a cookie under a page the learner is using.
    const urls = [...new Set([...CONFIG.shellUrls, ...pages])];
    await cache.addAll(urls.map((url) => new Request(url, { credentials: "omit" })));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names
      .filter((name) => name.startsWith("shell|") && name !== SHELL_CACHE)
      .map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

async function deliverOutbox() {
  const outcome = await syncOutbox({ sessionUrl: CONFIG.sessionUrl });
  announceDelivered(outcome.sent);
  if (outcome.stopped === "unreachable" || outcome.stopped === "server") {
    // Failing makes the browser try the sync again later, with its own backoff.
    throw new Error(`outbox: ${outcome.stopped}`);
  }
  return outcome;
}

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "sync-outbox") {
    event.waitUntil(deliverOutbox().catch(() => null));
  }
});

self.addEventListener("sync", (event) => {
  if (event.tag === "outbox") {
    event.waitUntil(deliverOutbox());
  }
});

// The learner the device remembers as signed in (kept by offline/app.js from the pages
// the platform made), whose kept courses may answer for pages the platform does not.
async function currentLearner() {
  try {
    return (await stateGet("learner")) || null;
  } catch (error) {
    return null;
  }
}

async function fromCourses(url) {
  const learner = await currentLearner();
  if (!learner) {
    return null;
  }
  const names = (await caches.keys()).filter((name) =>
    name.startsWith(`${COURSE_PREFIX}${learner}|`) || name === `${LEARNER_PREFIX}${learner}`);
  for (const name of names) {
    const cache = await caches.open(name);
    const hit = await cache.match(url, { ignoreVary: true });
    if (hit) {
      return hit;
    }
  }
  return null;
}

function languageOf(url) {
  const first = url.pathname.split("/")[1];
  return first in CONFIG.offlinePages ? first : "en";
}

// The network's answer, or null when none came within ``patience`` (the request goes on
// in the background, up to LONGEST_WAIT_MS) or the connection failed.
async function fetchWithin(request, patience) {
  const controller = new AbortController();
  const giveUp = setTimeout(() => controller.abort(), LONGEST_WAIT_MS);
  const answer = fetch(request, { signal: controller.signal })
    .then((response) => {
      failedAt = response.headers && fromPlatform(response) ? 0 : failedAt;
      return response;
    })
    .catch(() => null)
    .finally(() => clearTimeout(giveUp));
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), patience);
  });
  const response = await Promise.race([answer, late]);
  clearTimeout(timer);
  if (!response) {
    failedAt = Date.now();
  }
  return response;
}

function patience(base) {
  return Date.now() - failedAt < 60000 ? Math.min(base, NAVIGATION_PATIENCE_AFTER_FAILURE_MS) : base;
}

async function keptPage(url) {
  return (await fromCourses(url.href)) || (await fromCourses(url.origin + url.pathname));
}

async function offlinePage(url) {
  const address = new URL(CONFIG.offlinePages[languageOf(url)], url.origin).href;
  return (await fromCourses(address)) || (await caches.match(address)) || Response.error();
}

async function navigate(request) {
  const url = new URL(request.url);
  const kept = await keptPage(url);
  // With a kept copy, the learner waits a few seconds at most; without one, as long as
  // the browser would.
  let response = await fetchWithin(request, kept ? patience(NAVIGATION_PATIENCE_MS) : LONGEST_WAIT_MS);
  if (response && fromPlatform(response) && response.status < 500) {
    return response;
  }
  if (response && !fromPlatform(response)) {
    failedAt = Date.now();
  }
  if (kept) {
    return kept;
  }
  return response || offlinePage(url);
}

async function cacheFirst(request) {
  const hit = await caches.match(request, { ignoreVary: true });
  if (hit) {
    return hit;
  }
  const response = await fetch(request);
  if (response.ok && response.type === "basic") {
    const cache = await caches.open(ASSETS_CACHE);
    cache.put(request, response.clone());
  }
  return response;
}

// A file's answer that is not the file: a portal's page in place of a script or an image.
function foreign(request, response) {
  const type = response.headers.get("Content-Type") || "";
  return !response.ok || (request.destination && request.destination !== "document" && type.startsWith("text/html"));
}

async function networkFirst(request, { keep = false } = {}) {
  const copy = (await fromCourses(request.url)) || (await caches.match(request, { ignoreVary: true }));
  const response = await fetchWithin(request, copy ? patience(FILE_PATIENCE_MS) : LONGEST_WAIT_MS);
  if (response && !(copy && foreign(request, response))) {
    if (keep && !foreign(request, response) && response.type === "basic") {
      const cache = await caches.open(ASSETS_CACHE);
      await cache.put(request, response.clone());
    }
    return response;
  }
  return copy || response || Response.error();
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || CONFIG.neverCache.some((prefix) => url.pathname.startsWith(prefix))) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(navigate(request));
  } else if (url.pathname.startsWith(CONFIG.staticUrl)) {
    event.respondWith(networkFirst(request, { keep: true }));
  } else if (url.pathname.startsWith(CONFIG.mediaUrl) || url.pathname.startsWith(CONFIG.documentsUrl)) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(networkFirst(request));
  }
});
