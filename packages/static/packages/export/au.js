// The cmi5 assignable unit of an exported lesson: takes the launch parameters the LMS
// added, fetches the auth token once, reads LMS.LaunchData and the learner preferences,
// and records initialized,
// then completed and terminated when the learner completes the lesson.
(function () {
  "use strict";
  var CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
  var MOVEON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
  var VERBS = "http://adlnet.gov/expapi/verbs/";
  var params = new URLSearchParams(window.location.search);
  var status = document.querySelector("[data-status]");
  var button = document.querySelector("[data-complete]");
  var started = Date.now();
  var session = null;

  function duration() {
    return "PT" + Math.max(0, Math.round((Date.now() - started) / 1000)) + "S";
  }

  function uuid() {
    if (window.crypto && window.crypto.randomUUID) return window.crypto.randomUUID();
    return "10000000-1000-4000-8000-100000000000".replace(/[018]/g, function (c) {
      return (c ^ (Math.random() * 16) >> (c / 4)).toString(16);
    });
  }

  function send(verb, result, moveOn) {
    var context = JSON.parse(JSON.stringify(session.launchData.contextTemplate || {}));
    context.registration = params.get("registration");
    context.contextActivities = context.contextActivities || {};
    var categories = [{ id: CMI5 }];
    if (moveOn) categories.push({ id: MOVEON });
    context.contextActivities.category = categories;
    var statement = {
      id: uuid(),
      actor: JSON.parse(params.get("actor")),
      verb: { id: VERBS + verb },
      object: { id: params.get("activityId"), objectType: "Activity" },
      context: context,
      timestamp: new Date().toISOString(),
    };
    if (result) statement.result = result;
    return fetch(session.endpoint + "statements", {
      method: "POST",
      headers: session.headers,
      body: JSON.stringify(statement),
    }).then(function (response) {
      if (!response.ok) throw new Error("statement refused: " + response.status);
    });
  }

  function start() {
    if (!params.get("endpoint") || !params.get("fetch")) {
      status.textContent = status.dataset.offline;
      button.hidden = true;
      return Promise.resolve();
    }
    var endpoint = params.get("endpoint").replace(/\/?$/, "/");
    return fetch(params.get("fetch"), { method: "POST" })
      .then(function (response) { return response.json(); })
      .then(function (answer) {
        var headers = {
          Authorization: "Basic " + answer["auth-token"],
          "X-Experience-API-Version": "1.0.3",
          "Content-Type": "application/json",
        };
        var query = new URLSearchParams({
          activityId: params.get("activityId"),
          agent: params.get("actor"),
          registration: params.get("registration"),
          stateId: "LMS.LaunchData",
        });
        return fetch(endpoint + "activities/state?" + query, { headers: headers }).then(
          function (response) {
            return response.json().then(function (launchData) {
              session = { endpoint: endpoint, headers: headers, launchData: launchData };
              if (launchData.launchMode !== "Normal") button.hidden = true;
              // cmi5 10.2.2: the learner preferences are read before initialized (a
              // learner without any gets a 404, which is fine).
              var preferences = new URLSearchParams({
                agent: params.get("actor"),
                profileId: "cmi5LearnerPreferences",
              });
              return fetch(endpoint + "agents/profile?" + preferences, { headers: headers });
            }).then(function () {
              return send("initialized");
            });
          }
        );
      });
  }

  var ready = start().catch(function () {
    status.textContent = status.dataset.failed;
  });

  button.addEventListener("click", function () {
    button.disabled = true;
    ready
      .then(function () {
        if (!session) throw new Error("not launched");
        return send("completed", { completion: true, duration: duration() }, true);
      })
      .then(function () {
        return send("terminated", { duration: duration() });
      })
      .then(function () {
        status.textContent = status.dataset.done;
      })
      .catch(function () {
        button.disabled = false;
        status.textContent = status.dataset.failed;
      });
  });
})();
