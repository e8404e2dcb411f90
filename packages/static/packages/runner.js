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
 * A SCORM 2004 package with sequencing runs whole in one runner: scorm-again's
 * sequencing engine, built from the manifest's activity tree, decides which SCO to
 * deliver (start, continue, previous, choice, the manifest's rules), the runner shows
 * it, and tells the player which SCO is on show ("delivered"), which navigation is
 * valid ("navigation"), the engine's state and the rollup of the root activity
 * ("sequencing": at each delivery, each end of a SCO's session and each change of the
 * rollup), and when the sequencing session ends ("ended"). The player asks for
 * navigation with a "navigate" message.
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
  var sequenced = !is12 && Boolean(setup.sequencing) && Boolean(setup.items);
  var Api = is12 ? window.Scorm12API : window.Scorm2004API;
  var settings = {
    lmsCommitUrl: false,
    autocommit: false,
    logLevel: 5,
    // SCORM 1.2: a SCO that ends without a status is completed; a raw score against the
    // manifest's mastery score decides passed or failed.
    autoCompleteLessonStatus: true,
    mastery_override: true,
  };
  if (sequenced) {
    settings.sequencing = Object.assign({}, setup.sequencing, {
      // What a SCO reports counts at once (rollup, global objectives), so the contents
      // show a part opening as soon as the one before it is satisfied.
      autoRollupOnCMIChange: true,
      eventListeners: {
        onActivityDelivery: function (activity) {
          // Delivered from inside Terminate (or a navigation request): show it once the
          // call has returned.
          setTimeout(function () {
            deliver(activity.id);
          }, 0);
        },
        onNavigationValidityUpdate: function (validity) {
          var choice = {};
          Object.keys((validity && validity.choice) || {}).forEach(function (identifier) {
            choice[identifier] =
              validity.choice[identifier] === "true" && choiceAllowedByTree(identifier) ? "true" : "false";
          });
          send({
            type: "navigation",
            valid: { continue: Boolean(validity.continue), previous: Boolean(validity.previous), choice: choice },
          });
        },
        onSequencingSessionEnd: function () {
          setTimeout(function () {
            sessionEnded();
          }, 0);
        },
      },
    });
  }
  var api = new Api(settings);
  window[is12 ? "API" : "API_1484_11"] = api;

  var frame = document.createElement("iframe");
  frame.className = "runner-frame";
  document.body.appendChild(frame);

  // The SCO on show: its identifier, the key of this launch of it, its commit count.
  var current = null;
  var scheduled = null;

  function newKey() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") return window.crypto.randomUUID();
    return Date.now().toString(36) + "-" + Math.random().toString(36).slice(2);
  }

  function send(message) {
    message.source = "elearning-runner";
    window.parent.postMessage(message, setup.platformOrigin);
  }

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
    if (!current) return;
    if (scheduled !== null) {
      clearTimeout(scheduled);
      scheduled = null;
    }
    current.sequence += 1;
    send({
      type: type,
      session: current.key,
      sco: current.sco,
      sequence: current.sequence,
      navRequest: current.navRequest,
      cmi: snapshot(),
    });
  }

  function changed() {
    if (!current || current.ended || scheduled !== null) return;
    scheduled = setTimeout(function () {
      scheduled = null;
      post("state");
      if (sequenced && api.isInitialized()) reported();
    }, 0);
  }

  function countReported() {
    // What the SCO on show has reported counts at once for what the learner may choose,
    // as the engine counts it at the end of the attempt (its run-time data onto the
    // activity, its objectives written to the global objectives they map to, read by
    // the others, the rollup), without ending the SCO's session: a part that opens
    // when this one is satisfied opens while this one is still on show.
    var service = typeof api.getSequencingService === "function" ? api.getSequencingService() : null;
    var process = service && service.getOverallSequencingProcess();
    var activity = service && service.sequencing && service.sequencing.getCurrentActivity();
    if (!process || !process.rollupProcess || !activity || !activity.isActive) return;
    if (activity.children.length) return;
    try {
      var rollup = process.rollupProcess;
      var map = process.getGlobalObjectiveMap();
      if (process._rteDataTransferService) process._rteDataTransferService.transferRteData(activity);
      else service.updateActivityFromCMI(activity);
      var written = rollup.syncTerminatedActivityObjectives(activity, map);
      var ancestor;
      for (ancestor = activity.parent; ancestor; ancestor = ancestor.parent) {
        if (ancestor.isActive) rollup.syncFreshlyWrittenObjectivesToActiveAncestor(ancestor, map, written);
      }
      rollup.processGlobalObjectiveMapping(process.activityTree.root || activity, map);
      rollup.overallRollupProcess(activity, map);
      process.updateNavigationValidity();
    } catch (error) {
      // The engine counts it when the attempt ends.
    }
  }

  function reported() {
    // After a change or a Commit of the SCO on show: the navigation valid now, and the
    // root's rollup if it changed.
    countReported();
    send({ type: "navigation", valid: validity() });
    tellRollup();
  }

  function loadData(cmi) {
    var data = Object.assign({}, cmi || {});
    if (is12 && data["cmi.core.lesson_status"] === "not attempted") {
      // Left unset, so that the run-time knows the SCO has not set it.
      delete data["cmi.core.lesson_status"];
    }
    api.loadFromFlattenedJSON(data);
  }

  // The root's rollup as last told to the player. The engine rolls up what the SCO on
  // show sets as it sets it: the run's outcome is told when it changes (a quiz passed or
  // failed), not only when the SCO ends its session.
  var rollupSent = null;

  function rootTracking() {
    var tracking = api.getActivityTrackingData(setup.sequencing.activityTree.id) || {};
    return {
      completionStatus: tracking.completionStatus || "unknown",
      successStatus: tracking.successStatus || "unknown",
    };
  }

  function tellRollup() {
    var root = rootTracking();
    if (root.completionStatus + " " + root.successStatus !== rollupSent) sequencingState();
  }

  function sequencingState() {
    var root = rootTracking();
    rollupSent = root.completionStatus + " " + root.successStatus;
    send({ type: "sequencing", state: api.serializeSequencingState(), root: root });
  }

  function show(sco, url, title, cmi, key) {
    current = { sco: sco, key: key || newKey(), sequence: 0, ended: false, navRequest: "" };
    loadData(cmi);
    frame.title = title || "";
    frame.src = url;
  }

  function deliver(identifier) {
    var item = setup.items[identifier];
    if (!item) return;
    if (current) {
      api.reset(undefined, { preserveListeners: true });
    }
    show(identifier, item.url, item.title, item.cmi);
    send({ type: "delivered", sco: identifier, session: current.key });
    sequencingState();
  }

  function sessionEnded() {
    if (current && !current.ended) return; // a SCO is still on show
    sequencingState();
    frame.removeAttribute("src");
    frame.title = "";
    send({ type: "ended" });
  }

  api.on(is12 ? "LMSSetValue.cmi.*" : "SetValue.cmi.*", changed);
  if (!is12) {
    api.on("SetValue.adl.nav.request", function (element, value) {
      if (current) current.navRequest = value;
    });
  }
  api.on(is12 ? "LMSCommit" : "Commit", function () {
    if (!current || current.ended) return;
    post("commit");
    if (sequenced) {
      // Once the call has returned: a SCO that ends its session at once tells it then.
      setTimeout(function () {
        if (current && !current.ended && api.isInitialized()) reported();
      }, 0);
    }
  });
  api.on(is12 ? "LMSFinish" : "Terminate", function () {
    if (!current || current.ended) return;
    current.ended = true;
    post("terminate");
    if (sequenced) sequencingState();
  });

  function validity() {
    // What the engine allows while a SCO is on show, read as the SCO would read it.
    var choice = {};
    Object.keys(setup.items).forEach(function (identifier) {
      choice[identifier] = requestValid("choice", identifier) ? "true" : "false";
    });
    return { continue: requestValid("continue"), previous: requestValid("previous"), choice: choice };
  }

  if (sequenced) {
    api.on("Initialize", function () {
      send({ type: "navigation", valid: validity() });
    });
  }

  function pathTo(node, target) {
    if (node.id === target) return [node];
    var children = node.children || [];
    for (var index = 0; index < children.length; index += 1) {
      var found = pathTo(children[index], target);
      if (found) return [node].concat(found);
    }
    return null;
  }

  function choiceAllowedByTree(target) {
    // SCORM 2004 SN (the choice sequencing request): every activity on the path from the
    // root to the target must have a parent that allows choice, not only the target's.
    var path = pathTo(setup.sequencing.activityTree, target);
    if (!path) return false;
    for (var index = 1; index < path.length; index += 1) {
      var controls = path[index - 1].sequencingControls || {};
      if (controls.choice === false) return false;
    }
    return true;
  }

  function requestValid(request, target) {
    if (target && !choiceAllowedByTree(target)) return false;
    try {
      var name = target ? "adl.nav.request_valid.choice.{target=" + target + "}" : "adl.nav.request_valid." + request;
      return api.GetValue(name) === "true";
    } catch (error) {
      return false;
    }
  }

  function navigate(request, target) {
    if (current && !current.ended && api.isInitialized()) {
      // The SCO on show ends its session with the learner's request, as if it had
      // asked for it: the engine then delivers what comes next.
      if (!requestValid(request, target)) return;
      api.SetValue("adl.nav.request", target ? "{target=" + target + "}choice" : request);
      api.Terminate("");
      return;
    }
    if (target) {
      if (choiceAllowedByTree(target)) api.processNavigationRequest("choice", target);
    } else {
      api.processNavigationRequest(request);
    }
  }

  window.addEventListener("message", function (event) {
    if (event.source !== window.parent || event.origin !== setup.platformOrigin) return;
    var data = event.data;
    if (!data || data.source !== "elearning-player" || data.type !== "navigate" || !sequenced) return;
    if (typeof data.request !== "string") return;
    navigate(data.request, typeof data.target === "string" ? data.target : "");
  });

  window.addEventListener("pagehide", function () {
    // The player is going away or replacing this SCO: its last state, once more.
    if (current && !current.ended && api.isInitialized()) post("state");
  });

  if (!sequenced) {
    show(setup.sco, setup.url, setup.title, setup.cmi, setup.session);
    return;
  }

  // Sequenced: resume the engine's state of this run, or start.
  var started = false;
  if (setup.state) {
    try {
      api.deserializeSequencingState(setup.state);
      started = api.processNavigationRequest("resumeAll");
      if (!started) {
        // The learner left without suspending: the SCO the engine was delivering is
        // still its current activity; show it again.
        var saved = JSON.parse(setup.state);
        if (saved.currentActivityId && setup.items[saved.currentActivityId]) {
          deliver(saved.currentActivityId);
          started = true;
        }
      }
    } catch (error) {
      started = false;
    }
  }
  if (!started) started = api.processNavigationRequest("start");
  if (!started) send({ type: "navigation", valid: null });
})();
