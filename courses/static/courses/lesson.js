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

  function complete() {
    if (completed || !form) return;
    completed = true;
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
        completed = false; // the form stays: the learner can submit it by hand
      });
  }

  function maybeComplete() {
    if (endVisible && seconds() >= MIN_SECONDS_BEFORE_AUTO_COMPLETE) complete();
  }

  if (form) {
    form.addEventListener("submit", function () {
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
