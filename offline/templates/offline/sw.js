// The service worker of the training platform (served at /sw.js, scope "/").
//
// - The app shell (styles, scripts, fonts, icons and the offline pages) is cached when
//   the worker installs, in a cache named after its version; a new version deletes the
//   older shell caches when it activates.
// - Pages: network first. With no network, the page comes from the courses the signed-in
//   learner made available offline (caches "course|<learner>|<course>|<language>|<version>",
//   filled by offline/download.js), else the offline page in the page's language.
// - Static files: the network first (and a copy kept), the caches when offline. Media
//   and documents (uploaded files, whose addresses change when they do): the caches
//   first, else the network.
// - The outbox: a "sync" event (Background Sync) sends the records waiting on this
//   device, as the pages do on every load and when the connection returns.
import { stateGet } from "{{ outbox_module }}";
import { syncOutbox } from "{{ sync_module }}";

const CONFIG = {{ config|safe }};
const SHELL_CACHE = `shell|${CONFIG.version}`;
const ASSETS_CACHE = "assets";
const COURSE_PREFIX = "course|";

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

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "sync-outbox") {
    event.waitUntil(syncOutbox({ sessionUrl: CONFIG.sessionUrl }).catch(() => null));
  }
});

self.addEventListener("sync", (event) => {
  if (event.tag === "outbox") {
    event.waitUntil(syncOutbox({ sessionUrl: CONFIG.sessionUrl }));
  }
});

// The learner the pages last said was signed in (kept by offline/app.js), whose
// downloaded courses may answer for pages when there is no network.
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
  const names = (await caches.keys()).filter((name) => name.startsWith(`${COURSE_PREFIX}${learner}|`));
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

async function navigate(request) {
  const url = new URL(request.url);
  try {
    return await fetch(request);
  } catch (error) {
    const copy = (await fromCourses(url.href)) || (await fromCourses(url.origin + url.pathname));
    if (copy) {
      return copy;
    }
    const offline = await caches.match(CONFIG.offlinePages[languageOf(url)]);
    return offline || Response.error();
  }
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

async function networkFirst(request, { keep = false } = {}) {
  try {
    const response = await fetch(request);
    if (keep && response.ok && response.type === "basic") {
      const cache = await caches.open(ASSETS_CACHE);
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const copy = (await fromCourses(request.url)) || (await caches.match(request, { ignoreVary: true }));
    if (copy) {
      return copy;
    }
    throw error;
  }
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
