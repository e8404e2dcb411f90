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

  // -- offline -------------------------------------------------------------------------
  // A lesson the learner made available offline records its statements on the device
  // (window.platformOffline, offline/app.js) when there is no network: the server made
  // them ready (#lesson-offline-statements); the browser adds the id, time and duration.

  function jsonOf(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  var offlineStatements = jsonOf("lesson-offline-statements");
  var offline = window.platformOffline || null;
  var lessonKey = article.dataset.lessonKey;

  function isoDuration(total) {
    var hours = Math.floor(total / 3600);
    var minutes = Math.floor((total % 3600) / 60);
    var secs = total % 60;
    var text = "PT" + (hours ? hours + "H" : "") + (minutes ? minutes + "M" : "");
    return text + (secs || text === "PT" ? secs + "S" : "");
  }

  function doneKey(key) {
    return "done|" + (offline && offline.learner) + "|" + key;
  }

  function completeOffline() {
    if (!offline || !offline.learner || !offlineStatements) return Promise.reject(new Error("offline"));
    var statement = JSON.parse(JSON.stringify(offlineStatements.completed));
    statement.id = offline.uuid();
    statement.timestamp = new Date().toISOString();
    statement.result = statement.result || {};
    statement.result.duration = isoDuration(seconds());
    return offline
      .record({ id: statement.id, kind: "statement", statement: statement, label: document.title })
      .then(function () {
        try {
          window.localStorage.setItem(doneKey(lessonKey), "1");
        } catch (error) {
          // The lock of later lessons then waits for the server.
        }
      });
  }

  function showDone(text) {
    form.hidden = true;
    if (status) {
      var done = document.createElement("p");
      done.className = "complete-form";
      done.textContent = text || "";
      status.appendChild(done);
    }
  }

  // Offline, a lesson the server had closed (sequential order) stays closed until the
  // lessons before it are done on this device.
  var requires = jsonOf("lesson-offline-requires");
  if (requires && requires.length) {
    var missing = requires.filter(function (lesson) {
      try {
        return window.localStorage.getItem(doneKey(lesson.key)) !== "1";
      } catch (error) {
        return true;
      }
    });
    var lock = article.querySelector("[data-offline-lock]");
    if (missing.length && lock) {
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
      return;
    }
  }

  if (!navigator.onLine && offline && offline.learner && offlineStatements) {
    var opened = JSON.parse(JSON.stringify(offlineStatements.experienced));
    opened.timestamp = new Date().toISOString();
    offline.record({ id: opened.id, kind: "statement", statement: opened, label: document.title })
      .catch(function () { return null; });
  }

  function complete() {
    if (completed || !form) return;
    completed = true;
    if (!navigator.onLine && offlineStatements) {
      completeOffline()
        .then(function () { showDone(article.dataset.offlineDoneText); })
        .catch(function () { completed = false; });
      return;
    }
    var data = new FormData(form);
    data.set("duration_seconds", String(seconds()));
    fetch(article.dataset.completeUrl, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function () {
        form.hidden = true;
        if (status) {
          var done = document.createElement("p");
          done.className = "complete-form";
          done.textContent = form.dataset.doneText || "";
          status.appendChild(done);
        }
      })
      .catch(function () {
        // No network after all: keep the completion on the device, if it can be.
        completeOffline()
          .then(function () { showDone(article.dataset.offlineDoneText); })
          .catch(function () {
            completed = false; // the form stays: the learner can submit it by hand
          });
      });
  }

  function maybeComplete() {
    if (endVisible && seconds() >= MIN_SECONDS_BEFORE_AUTO_COMPLETE) complete();
  }

  if (form) {
    form.addEventListener("submit", function (event) {
      if (!navigator.onLine && offlineStatements && offline && offline.learner) {
        event.preventDefault(); // no network to post to: keep it on the device
        complete();
        return;
      }
      completed = true;
      form.querySelector('input[name="duration_seconds"]').value = String(seconds());
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
