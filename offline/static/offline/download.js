// "Make available offline": keeps a course on this device for the learner signed in.
//
// 1. The server lists the course's pages (GET the panel's data-package-url, such as
//    /en/offline/courses/<key>/ or /fr/hors-ligne/cours/<key>/). Each page is
//    fetched as an offline copy (header X-Offline-Copy), and the files it uses (styles,
//    scripts, images, media, captions, documents) are found in it; their sizes are asked
//    (HEAD) so the learner sees the size before anything is kept.
// 2. On "Download": persistent storage is requested, the free space checked, then the
//    pages and files go into a cache named after the learner, course, language and
//    course version, with a progress bar; each final assessment is prepared by the server
//    as an attempt (without its answer key) and kept in IndexedDB.
// 3. At every connection, each kept course whose version changed is downloaded again and
//    the older copy deleted.
// 4. Beside the courses, the learner's own pages (My learning and the offline page, as
//    the platform makes them for this learner, in each language) are kept in the cache
//    "learner|<learner>": offline, anywhere but a kept lesson, they lead back to the kept
//    courses under a header that shows the learner signed in. They are kept again with
//    each download, when the learner opens one of them online, and go with the last
//    course removed.
import {
  attemptForget,
  attemptKeep,
  downloadForget,
  downloadKeep,
  downloadsFor,
} from "./outbox.js";
import { session } from "./sync.js";
import { formatDateTime } from "../elearning/js/formats.js";

const platform = window.platformOffline;
const say = (key, values) => (platform ? platform.say(key, values) : key);
const PARALLEL = 4;
// The panel's messages that name a course, each with a "…Page" wording for one page.
const PAGE_KEYS = new Set([
  "notKept", "checkingSize", "sizeBefore", "notEnoughSpace", "downloading",
  "keptPersistent", "keptMayBeCleared", "downloadFailed", "removed",
]);

function cacheName(learner, course, language, version) {
  return `course|${learner}|${course}|${language}|${version}`;
}

function cachePrefix(learner, course, language) {
  return `course|${learner}|${course}|${language}|`;
}

function learnerCacheName(learner) {
  return `learner|${learner}`;
}

function megabytes(bytes) {
  const value = bytes / (1024 * 1024);
  const language = document.documentElement.lang || "en";
  return new Intl.NumberFormat(language, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

async function getJson(url) {
  const response = await fetch(url, { credentials: "same-origin", cache: "no-store" });
  if (!response.ok) {
    throw new Error(`${url}: ${response.status}`);
  }
  return response.json();
}

// The same-origin files a page uses, as absolute URLs without fragments.
function filesOf(html, pageUrl) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const found = new Set();
  const add = (value) => {
    if (!value) {
      return;
    }
    try {
      const url = new URL(value, pageUrl);
      if (url.origin === location.origin && !url.pathname.startsWith("/xapi/")) {
        url.hash = "";
        found.add(url.href);
      }
    } catch (error) {
      // Not a URL: nothing to keep.
    }
  };
  doc.querySelectorAll(
    "link[rel~='stylesheet'][href], link[rel~='icon'][href], script[src], img[src], " +
    "video[src], audio[src], source[src], track[src]",
  ).forEach((element) => add(element.getAttribute("href") || element.getAttribute("src")));
  doc.querySelectorAll("[srcset]").forEach((element) => {
    element.getAttribute("srcset").split(",").forEach((part) => add(part.trim().split(/\s+/)[0]));
  });
  doc.querySelectorAll("video[poster]").forEach((element) => add(element.getAttribute("poster")));
  doc.querySelectorAll("a[href]").forEach((link) => {
    try {
      const url = new URL(link.getAttribute("href"), pageUrl);
      if (/^\/(documents|media)\//.test(url.pathname)) {
        add(url.href);
      }
    } catch (error) {
      // Not a URL.
    }
  });
  return found;
}

async function inBatches(items, work) {
  const queue = [...items];
  const workers = Array.from({ length: Math.min(PARALLEL, queue.length) }, async () => {
    while (queue.length) {
      await work(queue.shift());
    }
  });
  await Promise.all(workers);
}

// Everything the course needs, with sizes, before anything is kept.
export async function coursePlan(packageUrl) {
  const pack = await getJson(packageUrl);
  const pages = [];
  const files = new Set();
  for (const pageUrl of pack.pages) {
    const response = await fetch(pageUrl, {
      credentials: "same-origin",
      cache: "no-store",
      headers: { "X-Offline-Copy": "1" },
    });
    if (!response.ok) {
      throw new Error(`${pageUrl}: ${response.status}`);
    }
    const html = await response.text();
    const absolute = new URL(pageUrl, location.href).href;
    pages.push({ url: absolute, html, bytes: new Blob([html]).size });
    filesOf(html, absolute).forEach((file) => files.add(file));
  }
  pages.forEach((page) => files.delete(page.url));
  const sized = [];
  await inBatches([...files], async (url) => {
    let bytes = 0;
    try {
      const response = await fetch(url, { method: "HEAD", credentials: "same-origin" });
      if (!response.ok) {
        return; // not there: nothing to keep
      }
      bytes = Number(response.headers.get("Content-Length") || 0);
    } catch (error) {
      return;
    }
    sized.push({ url, bytes });
  });
  const bytes = pages.reduce((sum, page) => sum + page.bytes, 0) +
    sized.reduce((sum, file) => sum + file.bytes, 0);
  return { pack, pages, files: sized, bytes };
}

async function storageCheck(bytes) {
  const result = { persisted: false, enough: true, free: null };
  if (navigator.storage && navigator.storage.persist) {
    try {
      result.persisted = (await navigator.storage.persisted()) || (await navigator.storage.persist());
    } catch (error) {
      result.persisted = false;
    }
  }
  if (navigator.storage && navigator.storage.estimate) {
    const estimate = await navigator.storage.estimate();
    if (estimate.quota) {
      result.free = estimate.quota - (estimate.usage || 0);
      result.enough = result.free > bytes;
    }
  }
  return result;
}

async function prepareQuizzes(pack, learner) {
  const prepared = [];
  const refused = [];
  const { csrf_token: csrfToken } = await session(platform.sessionUrl);
  for (const quiz of pack.quizzes) {
    const response = await fetch(quiz.prepare_url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/json", "X-CSRFToken": csrfToken },
      body: JSON.stringify({ course: pack.course.key, offline: true }),
    });
    let data = null;
    try {
      data = await response.json();
    } catch (error) {
      data = null;
    }
    if (response.ok && data) {
      await attemptKeep(learner, quiz.key, data);
      prepared.push(quiz.key);
    } else {
      refused.push({ title: quiz.title, reason: (data && data.error) || String(response.status) });
    }
  }
  return { prepared, refused };
}

function learnerPageUrls() {
  return ((platform && platform.learnerPages) || []).map((url) => new URL(url, location.href).href);
}

// Keep the learner's own pages, as the platform makes them for this learner now. A page
// the platform does not give (the session ended: a sign-in page instead) keeps its
// earlier copy.
export async function learnerPagesKeep(learner) {
  if (!learner) {
    return 0;
  }
  const cache = await caches.open(learnerCacheName(learner));
  let kept = 0;
  await inBatches(learnerPageUrls(), async (url) => {
    try {
      const response = await fetch(url, {
        credentials: "same-origin",
        cache: "no-store",
        headers: { "X-Offline-Copy": "1" },
      });
      if (response.ok && !response.redirected) {
        const html = await response.text();
        await cache.put(url, new Response(html, {
          headers: { "Content-Type": "text/html; charset=utf-8" },
        }));
        kept += 1;
      }
    } catch (error) {
      // Not reachable now: the earlier copy stays, and it is kept again next time.
    }
  });
  return kept;
}

async function learnerPagesMissing(learner) {
  const cache = await caches.open(learnerCacheName(learner));
  for (const url of learnerPageUrls()) {
    if (!(await cache.match(url))) {
      return true;
    }
  }
  return false;
}

// Keep a planned course on this device. ``onProgress(done, total)`` after each item.
export async function courseKeep(plan, learner, onProgress) {
  const { pack } = plan;
  const name = cacheName(learner, pack.course.key, pack.course.language, pack.course.version);
  const cache = await caches.open(name);
  const total = plan.pages.length + plan.files.length + pack.quizzes.length;
  let done = 0;
  const step = () => {
    done += 1;
    if (onProgress) {
      onProgress(done, total);
    }
  };
  for (const page of plan.pages) {
    await cache.put(page.url, new Response(page.html, {
      headers: { "Content-Type": "text/html; charset=utf-8" },
    }));
    step();
  }
  await inBatches(plan.files, async (file) => {
    const response = await fetch(file.url, { credentials: "same-origin" });
    if (response.ok) {
      await cache.put(file.url, response);
    }
    step();
  });
  const quizzes = await prepareQuizzes(pack, learner);
  pack.quizzes.forEach(() => step());
  // Older copies of this course in this language go.
  const prefix = cachePrefix(learner, pack.course.key, pack.course.language);
  for (const other of await caches.keys()) {
    if (other.startsWith(prefix) && other !== name) {
      await caches.delete(other);
    }
  }
  const entry = {
    learner,
    course: pack.course.key,
    language: pack.course.language,
    version: pack.course.version,
    title: pack.course.title,
    url: pack.course.url,
    packageUrl: plan.packageUrl,
    bytes: plan.bytes,
    quizzes: pack.quizzes.map((quiz) => quiz.key),
    refused: quizzes.refused,
    kept: new Date().toISOString(),
  };
  await downloadKeep(entry);
  await learnerPagesKeep(learner);
  return entry;
}

export async function courseRemove(learner, entry) {
  const prefix = cachePrefix(learner, entry.course, entry.language);
  for (const name of await caches.keys()) {
    if (name.startsWith(prefix)) {
      await caches.delete(name);
    }
  }
  for (const quiz of entry.quizzes || []) {
    await attemptForget(learner, quiz);
  }
  await downloadForget(learner, entry.course, entry.language);
  if (!(await downloadsFor(learner)).length) {
    await caches.delete(learnerCacheName(learner));
  }
}

// At each connection: courses whose version changed are kept again (with the learner's
// own pages); the learner's own pages also when the learner is on one of them (what it
// shows is current) or when they are not kept yet.
export async function refreshDownloads() {
  if (!platform || !platform.learner || !navigator.onLine) {
    return [];
  }
  const refreshed = [];
  const entries = await downloadsFor(platform.learner);
  for (const entry of entries) {
    try {
      const pack = await getJson(entry.packageUrl);
      if (pack.course.version !== entry.version) {
        const plan = await coursePlan(entry.packageUrl);
        plan.packageUrl = entry.packageUrl;
        await courseKeep(plan, platform.learner);
        refreshed.push(entry.course);
      }
    } catch (error) {
      // Not reachable now (or the course is gone): tried again at the next connection.
    }
  }
  if (refreshed.length) {
    document.querySelectorAll("[data-offline-downloads]").forEach(renderDownloads);
  }
  const here = new URL(location.pathname, location.href).href;
  if (entries.length && !refreshed.length &&
      (learnerPageUrls().includes(here) || (await learnerPagesMissing(platform.learner)))) {
    await learnerPagesKeep(platform.learner);
  }
  return refreshed;
}

// -- the "Use this course offline" panel ---------------------------------------------------

function panel(element) {
  // A briefing or an attendance sheet is one page, not a course: its own words.
  const onePage = element.dataset.offlineKind === "page";
  const sayHere = (key, values) => say(onePage && PAGE_KEYS.has(key) ? `${key}Page` : key, values);
  const part = (name) => element.querySelector(`[data-offline-${name}]`);
  const state = part("course-state");
  const status = part("course-status");
  const prepare = part("prepare");
  const confirm = part("confirm");
  const cancel = part("cancel");
  const remove = part("remove");
  const progress = part("progress");
  const bar = progress.querySelector("progress");
  const learner = platform && platform.learner;
  let plan = null;

  const show = (button, visible) => {
    button.hidden = !visible;
  };

  async function current() {
    const entries = learner ? await downloadsFor(learner) : [];
    return entries.find((entry) =>
      entry.course === element.dataset.courseKey && entry.language === element.dataset.language) || null;
  }

  async function describe() {
    const entry = await current();
    if (entry) {
      state.textContent = sayHere("keptSince", {
        size: megabytes(entry.bytes),
        date: formatDateTime(entry.kept),
      });
      prepare.textContent = sayHere("updateCopy");
    } else {
      state.textContent = sayHere("notKept");
      prepare.textContent = sayHere("makeAvailable");
    }
    show(remove, Boolean(entry));
    show(prepare, navigator.onLine);
    if (entry && entry.refused && entry.refused.length) {
      state.textContent += ` ${sayHere("quizOnline", { titles: entry.refused.map((quiz) => quiz.title).join(", ") })}`;
    }
  }

  prepare.addEventListener("click", async () => {
    show(prepare, false);
    status.textContent = sayHere("checkingSize");
    try {
      plan = await coursePlan(element.dataset.packageUrl);
      plan.packageUrl = element.dataset.packageUrl;
    } catch (error) {
      status.textContent = sayHere("downloadFailed");
      show(prepare, true);
      return;
    }
    const files = plan.pages.length + plan.files.length;
    status.textContent = sayHere("sizeBefore", { size: megabytes(plan.bytes), count: files });
    show(confirm, true);
    show(cancel, true);
    confirm.focus();
  });

  cancel.addEventListener("click", () => {
    plan = null;
    show(confirm, false);
    show(cancel, false);
    show(prepare, true);
    status.textContent = "";
    prepare.focus();
  });

  confirm.addEventListener("click", async () => {
    if (!plan) {
      return;
    }
    show(confirm, false);
    show(cancel, false);
    const storage = await storageCheck(plan.bytes);
    if (!storage.enough) {
      status.textContent = sayHere("notEnoughSpace", { size: megabytes(plan.bytes), free: megabytes(storage.free) });
      show(prepare, true);
      return;
    }
    progress.hidden = false;
    bar.value = 0;
    status.textContent = sayHere("downloading");
    try {
      const entry = await courseKeep(plan, learner, (done, total) => {
        bar.max = total;
        bar.value = done;
        bar.textContent = `${done} / ${total}`;
      });
      status.textContent = sayHere(storage.persisted ? "keptPersistent" : "keptMayBeCleared", {
        size: megabytes(entry.bytes),
      });
    } catch (error) {
      status.textContent = sayHere("downloadFailed");
    }
    progress.hidden = true;
    plan = null;
    await describe();
    document.querySelectorAll("[data-offline-downloads]").forEach(renderDownloads);
  });

  remove.addEventListener("click", async () => {
    const entry = await current();
    if (entry) {
      await courseRemove(learner, entry);
      status.textContent = sayHere("removed");
      await describe();
      document.querySelectorAll("[data-offline-downloads]").forEach(renderDownloads);
      prepare.focus();
    }
  });

  window.addEventListener("online", describe);
  window.addEventListener("offline", describe);
  describe();
}

// -- the list of courses on this device ----------------------------------------------------

async function renderDownloads(element) {
  const list = element.querySelector("[data-offline-downloads-list]");
  const empty = element.querySelector("[data-offline-downloads-empty]");
  const storage = element.querySelector("[data-offline-storage]");
  const learner = platform && platform.learner;
  const entries = learner ? await downloadsFor(learner) : [];
  list.replaceChildren(...entries.map((entry) => {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = entry.url;
    link.textContent = entry.title;
    const size = document.createElement("span");
    size.textContent = say("entrySize", { size: megabytes(entry.bytes) });
    const button = document.createElement("button");
    button.type = "button";
    button.className = "link-button";
    button.textContent = say("removeCourse", { title: entry.title });
    button.addEventListener("click", async () => {
      await courseRemove(learner, entry);
      renderDownloads(element);
    });
    item.append(link, size, button);
    return item;
  }));
  empty.hidden = entries.length > 0;
  if (storage && navigator.storage && navigator.storage.estimate) {
    const estimate = await navigator.storage.estimate();
    storage.textContent = estimate.quota
      ? say("storageUse", { used: megabytes(estimate.usage || 0), quota: megabytes(estimate.quota) })
      : "";
  }
}

// -- the offline page: who this device knows, what it keeps, what to do ----------------------

async function renderDevice(element) {
  const who = element.querySelector("[data-offline-who]");
  const signIn = element.querySelector("[data-offline-sign-in]");
  const learner = platform && platform.learner;
  who.hidden = !learner;
  if (learner) {
    who.textContent = say("deviceLearner", { name: platform.learnerName || "" });
  }
  signIn.hidden = Boolean(learner);
}

// -- the offline page opened while the platform answers: the connection is back -------------
// Its own address opened online, or a page it stood in for during a cut that is now over:
// it says so, and leads to the home page or back to that page. Only an answer of the
// platform's counts (a captive portal answers too); the browser's "online" says nothing.

const ANSWER_WITHIN_MS = 5000;
const ASK_AGAIN_MS = 30000;

async function platformAnswers() {
  if (navigator.onLine === false || !platform || !platform.sessionUrl) {
    return false;
  }
  try {
    await session(platform.sessionUrl, ANSWER_WITHIN_MS);
    return true;
  } catch (error) {
    return false;
  }
}

function showConnectionBack(element) {
  const heading = element.querySelector("[data-offline-heading]");
  const back = element.querySelector("[data-offline-back]");
  if (!back.hidden) {
    return;
  }
  const away = heading.textContent;
  heading.textContent = heading.dataset.offlineBackHeading;
  document.title = document.title.replace(away, heading.textContent);
  element.querySelectorAll("[data-offline-away]").forEach((part) => {
    part.hidden = true;
  });
  document.querySelectorAll("[data-offline-device]").forEach((part) => {
    part.hidden = true;
  });
  // Shown in place of another page, the address bar holds that page's address: reload it.
  const link = back.querySelector("[data-offline-continue]");
  if (window.location.pathname !== element.dataset.offlinePagePath) {
    link.href = window.location.href;
    link.textContent = link.dataset.offlineReloadLabel;
  }
  back.hidden = false;
}

function watchConnection(element) {
  let timer = null;
  const check = async () => {
    window.clearTimeout(timer);
    if (await platformAnswers()) {
      showConnectionBack(element);
      window.removeEventListener("online", check);
      return;
    }
    timer = window.setTimeout(check, ASK_AGAIN_MS);
  };
  window.addEventListener("online", check);
  check();
}

(platform ? platform.ready : Promise.resolve()).then(() => {
  document.querySelectorAll("[data-offline-course]").forEach((element) => {
    if (!element.dataset.offlineReady) {
      element.dataset.offlineReady = "1";
      panel(element);
    }
  });
  document.querySelectorAll("[data-offline-downloads]").forEach(renderDownloads);
  document.querySelectorAll("[data-offline-device]").forEach(renderDevice);
  document.querySelectorAll("[data-offline-connection]").forEach(watchConnection);
});
