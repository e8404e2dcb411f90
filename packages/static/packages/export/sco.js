// The SCORM 1.2 SCO of an exported lesson: finds the LMS's API with the standard search,
// starts the session, and reports the lesson completed when the learner completes it.
(function () {
  "use strict";
  var status = document.querySelector("[data-status]");
  var button = document.querySelector("[data-complete]");

  function search(win) {
    for (var tries = 0; win && tries < 8; tries += 1) {
      try {
        if (win.API) return win.API;
      } catch (error) {
        return null;
      }
      if (!win.parent || win.parent === win) return null;
      win = win.parent;
    }
    return null;
  }

  var api = search(window) || (window.opener ? search(window.opener) : null);
  if (!api) {
    status.textContent = status.dataset.offline;
    button.hidden = true;
    return;
  }
  api.LMSInitialize("");
  var finished = false;
  button.addEventListener("click", function () {
    api.LMSSetValue("cmi.core.lesson_status", "completed");
    api.LMSSetValue("cmi.core.exit", "");
    api.LMSCommit("");
    api.LMSFinish("");
    finished = true;
    button.disabled = true;
    status.textContent = status.dataset.done;
  });
  window.addEventListener("pagehide", function () {
    if (!finished) {
      api.LMSSetValue("cmi.core.exit", "suspend");
      api.LMSCommit("");
      api.LMSFinish("");
    }
  });
})();
