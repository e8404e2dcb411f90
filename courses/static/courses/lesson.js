/*
 * Lesson tracking: measures the time the learner actively spends on a lesson, records
 * the lesson's completion when they reach its end, and, when they leave before the end,
 * how far they got (an xAPI "progressed" statement sent by the server).
 * Without JavaScript, the form at the end of the lesson does the same job.
 */
(function () {
  "use strict";
  var article = document.querySelector("[data-lesson-tracking]");
  if (!article) return;
  var end = article.querySelector("[data-lesson-end]");
  var form = article.querySelector("[data-complete-form]");
  var status = document.getElementById("lesson-status");
  var csrf = document.querySelector('meta[name="csrf-token"]');
  var MIN_SECONDS_BEFORE_AUTO_COMPLETE = 10;
  // How long the learner waits for the platform before the page says the completion is
  // kept on the device (it is sent on its own later).
  var PATIENCE_MS = 4000;
  var shownKept = false;

  var activeMs = 0;
  var since = document.visibilityState === "visible" ? Date.now() : null;
  var furthest = 0;
  var completed = false;
  var endVisible = false;

  function seconds() {
    var total = activeMs + (since !== null ? Date.now() - since : 0);
    return Math.round(total / 1000);
  }

  function readPercent() {
    var rect = article.getBoundingClientRect();
    var height = article.offsetHeight || 1;
    var seen = Math.min(height, Math.max(0, window.innerHeight - rect.top));
    return Math.round((100 * seen) / height);
  }

  function track() {
    furthest = Math.max(furthest, Math.min(100, readPercent()));
  }

  // -- the device's outbox ----------------------------------------------------------------
  // The completion is kept on the device first (window.platformOffline, offline/app.js),
  // then sent: whether the platform answers, refuses the connection, never answers, or
  // something else answers in its place, nothing the learner did is lost. Without the
  // outbox (no IndexedDB, or nobody known on this device), the form posts as it would
  // without JavaScript.

  function jsonOf(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  var offlineStatements = jsonOf("lesson-offline-statements");
  var offline = window.platformOffline || null;
  var ready = offline ? offline.ready : Promise.resolve();
  var lessonKey = article.dataset.lessonKey;
  var nextLink = document.querySelector("[data-next-lesson]");

  function doneKey(key) {
    return "done|" + (offline && offline.learner) + "|" + key;
  }

  function markDone() {
    try {
      window.localStorage.setItem(doneKey(lessonKey), "1");
    } catch (error) {
      // The lock of later lessons then waits for the server.
    }
  }

  function showDone(text, next) {
    form.hidden = true;
    if (status) {
      var done = document.createElement("p");
      done.className = "complete-form";
      done.textContent = text || "";
      status.replaceChildren(done);
      if (next) {
        var link = document.createElement("a");
        link.className = "button";
        link.href = next.href;
        link.textContent = next.text;
        status.appendChild(link);
      }
    }
  }

  function showRefused(reason) {
    if (status) {
      var refused = document.createElement("p");
      refused.className = "complete-form";
      refused.textContent = (article.dataset.refusedText || "") + " " + reason;
      status.appendChild(refused);
    }
  }

  // The record the platform turns into the lesson's completion, with the id and time
  // made here, so a record sent twice is one completion, and a lesson finished during
  // an outage counts from when it was finished.
  function completionRecord() {
    return {
      kind: "request",
      url: article.dataset.completeUrl,
      label: document.title,
      body: {
        learner: offline.learner,
        statement_id: offline.uuid(),
        timestamp: new Date().toISOString(),
        course_version: article.dataset.courseVersion,
        duration_seconds: seconds(),
      },
    };
  }

  // Offline, a lesson the server had closed (sequential order) stays closed until the
  // lessons before it are done on this device.
  var requires = jsonOf("lesson-offline-requires");

  function lockedOnDevice() {
    if (!requires || !requires.length) return false;
    var missing = requires.filter(function (lesson) {
      try {
        return window.localStorage.getItem(doneKey(lesson.key)) !== "1";
      } catch (error) {
        return true;
      }
    });
    var lock = article.querySelector("[data-offline-lock]");
    if (!missing.length || !lock) return false;
    var intro = document.createElement("p");
    intro.textContent = article.dataset.offlineLockText;
    var list = document.createElement("ul");
    missing.forEach(function (lesson) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = lesson.url;
      link.textContent = lesson.title;
      item.appendChild(link);
      list.appendChild(item);
    });
    lock.replaceChildren(intro, list);
    lock.hidden = false;
    Array.prototype.forEach.call(
      article.querySelectorAll(".lesson-body, [data-lesson-end]"),
      function (part) { part.hidden = true; }
    );
    return true;
  }

  var locked = false;
  var opened = ready.then(function () {
    locked = lockedOnDevice();
    // A kept copy shown while the platform is not reached: the visit is recorded on the
    // device, with the time the lesson was opened (the platform records its own
    // otherwise).
    if (!locked && offline && offline.copy && offline.learner && offlineStatements) {
      var visit = JSON.parse(JSON.stringify(offlineStatements.experienced));
      visit.timestamp = new Date().toISOString();
      return offline
        .keep({ id: visit.id, kind: "statement", statement: visit, label: document.title })
        .catch(function () { return null; });
    }
    return null;
  });

  // ``go``: the learner pressed "Complete the lesson and continue": once the platform has
  // the completion, show the page it names next.
  function complete(go) {
    if (completed || locked || !form) return;
    completed = true;
    ready.then(function () {
      if (!offline || !offline.learner || !article.dataset.completeUrl) {
        if (go) {
          form.querySelector('input[name="duration_seconds"]').value = String(seconds());
          form.submit();
        }
        return;
      }
      opened
        .then(function () { return offline.record(completionRecord()); })
        .then(function (saved) {
          markDone();
          // A page the platform just served waits for its answer, as a form post would;
          // a kept copy, or a page that found the platform out of reach, waits briefly.
          var patience = offline.reach === "reachable" ? null : PATIENCE_MS;
          return offline.deliver(saved, { patience: patience });
        })
        .then(function settle(delivered) {
          if (delivered.state === "sent") {
            var next = (delivered.answer && delivered.answer.next) || (nextLink && nextLink.href);
            if (go && next) {
              window.location.assign(next);
              return;
            }
            showDone(form.dataset.doneText);
          } else if (delivered.state === "refused") {
            showRefused(delivered.reason);
          } else if (!shownKept) {
            shownKept = true;
            showDone(
              article.dataset.offlineDoneText,
              nextLink ? { href: nextLink.href, text: nextLink.textContent } : null
            );
            if (delivered.later) {
              // Still being sent: when it arrives, go on as asked, or say so.
              delivered.later.then(function (outcome) {
                if (outcome.state === "sent") settle(outcome);
              });
            }
          }
        })
        .catch(function () {
          // Not kept (the device's storage failed): the form posts as it would without
          // JavaScript, or stays for the learner to press.
          if (go) {
            form.querySelector('input[name="duration_seconds"]').value = String(seconds());
            form.submit();
          } else {
            completed = false;
          }
        });
    });
  }

  function maybeComplete() {
    if (endVisible && seconds() >= MIN_SECONDS_BEFORE_AUTO_COMPLETE) complete(false);
  }

  if (form) {
    form.addEventListener("submit", function (event) {
      if (completed) return; // the outbox could not keep it: the form posts
      event.preventDefault();
      complete(true);
    });
  }

  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") {
      since = Date.now();
      progressSent = false;
    } else {
      if (since !== null) activeMs += Date.now() - since;
      since = null;
      sendProgress();
    }
  });

  var progressSent = false;

  function sendProgress() {
    if (completed || progressSent || !navigator.sendBeacon || !csrf) return;
    progressSent = true;
    track();
    var data = new FormData();
    data.set("csrfmiddlewaretoken", csrf.content);
    data.set("progress", String(furthest));
    data.set("duration_seconds", String(seconds()));
    navigator.sendBeacon(article.dataset.progressUrl, data);
  }

  window.addEventListener("pagehide", sendProgress);
  window.addEventListener("scroll", track, { passive: true });
  track();

  if ("IntersectionObserver" in window && end) {
    new IntersectionObserver(function (entries) {
      endVisible = entries.some(function (entry) {
        return entry.isIntersecting;
      });
      maybeComplete();
    }).observe(end);
    window.setInterval(maybeComplete, 2000);
  }
})();
