/*
 * The runner: served on the content's own origin, inside the player's frame, it holds
 * the SCO's live SCORM run-time (scorm-again) and shows the SCO in a frame of its own.
 *
 * SCORM content finds its API by reading `API` (1.2) or `API_1484_11` (2004) on its
 * parent windows; the runner is that same-origin parent. Every call answers at once
 * from the run-time's own data model (values, `_count`s, errors at the call), and the
 * data stays here when the SCO's frame moves from one page to another (a launch page
 * that redirects keeps its resume data).
 *
 * What the SCO sets is handed to the player page (the platform's origin) over
 * postMessage: a "state" after each change, a "commit" for Commit, a "terminate" at the
 * end of the session. The player saves them (through the device's outbox); the runner
 * never talks to the platform and never sees its cookies.
 *
 * The player hands the runner what to run through the frame's name, read once.
 */
(function () {
  "use strict";
  var MARKER = "elearning-runner:";
  var setup = null;
  try {
    if (typeof window.name === "string" && window.name.indexOf(MARKER) === 0) {
      setup = JSON.parse(window.name.slice(MARKER.length));
    }
  } catch (error) {
    setup = null;
  }
  window.name = "";
  if (!setup || window.parent === window) {
    var notice = document.querySelector("[data-runner-notice]");
    if (notice) notice.hidden = false;
    return;
  }

  var is12 = setup.kind === "scorm12";
  var Api = is12 ? window.Scorm12API : window.Scorm2004API;
  var api = new Api({
    lmsCommitUrl: false,
    autocommit: false,
    logLevel: 5,
    // SCORM 1.2: a SCO that ends without a status is completed; a raw score against the
    // manifest's mastery score decides passed or failed.
    autoCompleteLessonStatus: true,
    mastery_override: true,
  });
  var cmi = Object.assign({}, setup.cmi || {});
  if (is12 && cmi["cmi.core.lesson_status"] === "not attempted") {
    // Left unset, so that the run-time knows the SCO has not set it.
    delete cmi["cmi.core.lesson_status"];
  }
  api.loadFromFlattenedJSON(cmi);
  window[is12 ? "API" : "API_1484_11"] = api;

  var sequence = 0;
  var ended = false;
  var navRequest = "";
  var scheduled = null;

  function snapshot() {
    var flat = api.getFlattenedCMI();
    var values = {};
    Object.keys(flat).forEach(function (key) {
      var value = flat[key];
      if (value !== null && typeof value !== "object") values[key] = value;
    });
    return values;
  }

  function post(type) {
    if (scheduled !== null) {
      clearTimeout(scheduled);
      scheduled = null;
    }
    sequence += 1;
    window.parent.postMessage(
      {
        source: "elearning-runner",
        type: type,
        session: setup.session,
        sco: setup.sco,
        sequence: sequence,
        navRequest: navRequest,
        cmi: snapshot(),
      },
      setup.platformOrigin,
    );
  }

  function changed() {
    if (ended || scheduled !== null) return;
    scheduled = setTimeout(function () {
      scheduled = null;
      post("state");
    }, 0);
  }

  api.on(is12 ? "LMSSetValue.cmi.*" : "SetValue.cmi.*", changed);
  if (!is12) {
    api.on("SetValue.adl.nav.request", function (element, value) {
      navRequest = value;
    });
  }
  api.on(is12 ? "LMSCommit" : "Commit", function () {
    if (!ended) post("commit");
  });
  api.on(is12 ? "LMSFinish" : "Terminate", function () {
    if (ended) return;
    ended = true;
    post("terminate");
  });
  window.addEventListener("pagehide", function () {
    // The player is going away or replacing this SCO: its last state, once more.
    if (!ended && api.isInitialized()) post("state");
  });

  var frame = document.createElement("iframe");
  frame.className = "runner-frame";
  frame.title = setup.title || "";
  frame.src = setup.url;
  document.body.appendChild(frame);
})();
