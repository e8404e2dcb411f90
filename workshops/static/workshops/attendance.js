/*
 * The trainer's attendance sheet: the marks are kept on the device first
 * (window.platformOffline, offline/app.js), then sent, with the ids and time made here,
 * so a sheet taken with no connection counts from when it was taken and a sheet sent
 * twice is recorded once.
 */
(function () {
  "use strict";
  var form = document.querySelector("[data-attendance-sheet]");
  if (!form) return;
  var status = form.querySelector("[data-attendance-status]");
  var offline = window.platformOffline || null;
  var ready = offline ? offline.ready : Promise.resolve();
  var PATIENCE_MS = 4000;
  var sending = false;
  // The outbox record of a sheet kept on this device, until the platform has it.
  var keptId = null;

  function say(text, extra) {
    status.textContent = extra ? text + " " + extra : text;
  }

  function mark() {
    return "attendance|" + (offline && offline.learner) + "|" + form.dataset.sessionKey;
  }

  function marks() {
    var found = {};
    var complete = true;
    form.querySelectorAll("fieldset[data-learner]:not([data-taken])").forEach(function (set) {
      var chosen = set.querySelector("input:checked");
      if (!chosen) {
        complete = false;
        return;
      }
      found[set.dataset.learner] = chosen.value === "present";
    });
    return complete ? found : null;
  }

  function lock(kept) {
    form.querySelectorAll("input, button").forEach(function (input) {
      input.disabled = true;
    });
    if (kept) say(form.dataset.keptText);
  }

  ready.then(function () {
    try {
      var kept = offline && offline.learner && window.localStorage.getItem(mark());
      if (kept) {
        var saved = JSON.parse(kept);
        Object.keys(saved.marks || {}).forEach(function (learner) {
          var input = form.querySelector(
            'input[name="mark-' + learner + '"][value="' + (saved.marks[learner] ? "present" : "absent") + '"]'
          );
          if (input) input.checked = true;
        });
        lock(false);
        if (saved.sent || (!offline.copy && taken(saved.marks))) {
          // Sent (perhaps by a delivery made from another page): the platform has it.
          if (!saved.sent) remember({ id: saved.id, marks: saved.marks, sent: true });
          say(form.dataset.sentText);
        } else {
          keptId = saved.id;
          say(form.dataset.keptText);
        }
      }
    } catch (error) {
      // Nothing remembered here: the sheet starts blank.
    }
  });

  // Whether the platform's own sheet shows every one of these marks taken.
  function taken(saved) {
    var learners = Object.keys(saved || {});
    return learners.length > 0 && learners.every(function (learner) {
      return form.querySelector('fieldset[data-learner="' + learner + '"][data-taken]');
    });
  }

  function sent(id, found) {
    keptId = null;
    remember({ id: id, marks: found, sent: true });
    say(form.dataset.sentText);
  }

  // A kept sheet sent later (a retry, the connection back, the service worker): the page
  // says so rather than still promising to send it.
  window.addEventListener("platform:synced", function (event) {
    var detail = event.detail || {};
    var id = keptId;
    if (!id) return;
    var saved = {};
    try {
      saved = JSON.parse(window.localStorage.getItem(mark())) || {};
    } catch (error) {
      saved = {};
    }
    if (detail.answers && id in detail.answers) {
      sent(id, saved.marks);
    } else {
      offline.fate(id).then(function (fate) {
        if (fate === "sent" && keptId === id) sent(id, saved.marks);
      });
    }
  });

  function remember(value) {
    try {
      if (value) window.localStorage.setItem(mark(), JSON.stringify(value));
      else window.localStorage.removeItem(mark());
    } catch (error) {
      // The outbox has it; only the reminder on this page is lost.
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (sending) return;
    var found = marks();
    if (!found || !Object.keys(found).length) {
      say(form.dataset.missingText);
      return;
    }
    sending = true;
    ready.then(function () {
      if (!offline || !offline.learner) {
        sending = false;
        say(form.dataset.refusedText, "offline storage unavailable");
        return;
      }
      var ids = {};
      Object.keys(found).forEach(function (learner) {
        ids[learner] = offline.uuid();
      });
      var record = {
        kind: "request",
        url: form.dataset.recordUrl,
        label: document.title,
        body: {
          learner: offline.learner,
          timestamp: new Date().toISOString(),
          marks: found,
          statement_ids: ids,
        },
      };
      offline
        .record(record)
        .then(function (saved) {
          remember({ id: saved.id, marks: found, sent: false });
          lock(false);
          var patience = offline.reach === "reachable" ? null : PATIENCE_MS;
          return offline.deliver(saved, { patience: patience });
        })
        .then(function settle(delivered) {
          if (delivered.state === "sent") {
            sent(delivered.id, found);
          } else if (delivered.state === "refused") {
            keptId = null;
            remember(null);
            sending = false;
            form.querySelectorAll("input, button").forEach(function (input) {
              input.disabled = false;
            });
            say(form.dataset.refusedText, delivered.reason);
          } else {
            keptId = delivered.id;
            say(form.dataset.keptText);
            if (delivered.later) {
              delivered.later.then(function (outcome) {
                if (outcome.state === "sent" || outcome.state === "refused") settle(outcome);
              });
            }
          }
        })
        .catch(function () {
          sending = false;
          say(form.dataset.refusedText, "");
        });
    });
  });
})();
