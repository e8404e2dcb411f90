/*
 * A briefing's "I have read this briefing": the confirmation is kept on the device first
 * (window.platformOffline, offline/app.js), then sent, with the id and time made here, so
 * a confirmation given with no connection counts from when it was given and a record
 * sent twice is one confirmation. Without the outbox (no IndexedDB, or nobody known on
 * this device), the form posts as it would without JavaScript.
 */
(function () {
  "use strict";
  var article = document.querySelector("[data-briefing-acknowledge]");
  if (!article) return;
  var form = document.querySelector("[data-acknowledge-form]");
  var status = document.getElementById("briefing-status");
  var offline = window.platformOffline || null;
  var ready = offline ? offline.ready : Promise.resolve();
  // How long the learner waits for the platform before the page says the confirmation is
  // kept on the device (it is sent on its own later).
  var PATIENCE_MS = 4000;
  var sending = false;
  var shownKept = false;
  // The outbox record of a confirmation kept on this device, until the platform has it.
  var keptId = null;

  function say(text, extra) {
    if (!status) return;
    var line = document.createElement("p");
    line.className = "complete-form";
    line.textContent = extra ? text + " " + extra : text;
    status.replaceChildren(line);
  }

  function record() {
    return {
      kind: "request",
      url: article.dataset.acknowledgeUrl,
      label: document.title,
      body: {
        learner: offline.learner,
        statement_id: offline.uuid(),
        timestamp: new Date().toISOString(),
      },
    };
  }

  // What this device remembers of the confirmation: the outbox record's id while it
  // waits, "sent" once the platform has it; nothing once the platform refused it.
  function remember(value) {
    try {
      if (value) {
        window.localStorage.setItem(mark(), value);
      } else {
        window.localStorage.removeItem(mark());
      }
    } catch (error) {
      // The outbox has it; only the reminder on this page is lost.
    }
  }

  function sent() {
    keptId = null;
    remember("sent");
    say(article.dataset.doneText);
  }

  function settle(delivered) {
    if (delivered.state === "sent") {
      sent();
    } else if (delivered.state === "refused") {
      keptId = null;
      remember(null);
      say(article.dataset.refusedText, delivered.reason);
      form.hidden = false;
      sending = false;
    } else if (!shownKept) {
      shownKept = true;
      keptId = delivered.id;
      say(article.dataset.keptText);
      if (delivered.later) {
        delivered.later.then(function (outcome) {
          if (outcome.state === "sent" || outcome.state === "refused") settle(outcome);
        });
      }
    }
  }

  // Confirmed on this device but perhaps not sent yet: a kept copy opened again shows it.
  function mark() {
    return "acknowledged|" + (offline && offline.learner) + "|" + article.dataset.briefingKey;
  }

  ready.then(function () {
    try {
      var kept = offline && offline.learner && window.localStorage.getItem(mark());
      if (kept === "sent") {
        form.hidden = true;
        say(article.dataset.doneText);
      } else if (kept) {
        form.hidden = true;
        shownKept = true;
        keptId = kept;
        say(article.dataset.keptText);
      }
    } catch (error) {
      // No local storage: the form stays; a second confirmation is the same one.
    }
  });

  // A kept confirmation sent later (a retry, the connection back, the service worker):
  // the page says so rather than still promising to send it.
  window.addEventListener("platform:synced", function (event) {
    var detail = event.detail || {};
    var id = keptId;
    if (!id) return;
    if (detail.answers && id in detail.answers) {
      sent();
    } else {
      offline.fate(id).then(function (fate) {
        if (fate === "sent" && keptId === id) sent();
      });
    }
  });

  form.addEventListener("submit", function (event) {
    if (sending) return; // the outbox could not keep it: the form posts
    event.preventDefault();
    sending = true;
    ready.then(function () {
      if (!offline || !offline.learner) {
        form.submit();
        return;
      }
      offline
        .record(record())
        .then(function (saved) {
          form.hidden = true;
          remember(saved.id);
          var patience = offline.reach === "reachable" ? null : PATIENCE_MS;
          return offline.deliver(saved, { patience: patience });
        })
        .then(settle)
        .catch(function () {
          form.submit();
        });
    });
  });
})();
