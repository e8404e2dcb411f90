/*
 * Served inside every HTML file of a SCORM package (injected at the top of <head>).
 *
 * The package runs in a sandboxed frame whose origin is never the platform's, so it
 * cannot reach an API object in the player page through window.parent. Instead this
 * script gives the frame's own window the API object the SCORM API discovery finds
 * first (window.API for SCORM 1.2, window.API_1484_11 for SCORM 2004): scorm-again's
 * cross-frame client, which forwards every call over postMessage to the real
 * run-time in the player page. The player hands the data the session starts with
 * (location, suspend_data, status...) through the frame's name, so that reads made
 * right after Initialize answer at once, before any message has come back.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var standard = script && script.getAttribute("data-scorm");
  if (typeof window.CrossFrameAPI !== "function" || !standard) return;
  var marker = "elearning-scorm:";
  var seed = {};
  try {
    if (typeof window.name === "string" && window.name.indexOf(marker) === 0) {
      seed = JSON.parse(window.name.slice(marker.length)).cmi || {};
      window.name = "";
    }
  } catch (error) {
    seed = {};
  }
  var api = new window.CrossFrameAPI("*", window.top);
  Object.keys(seed).forEach(function (key) {
    api._cache.set(key, String(seed[key]));
  });
  if (standard === "2004") {
    window.API_1484_11 = api;
  } else {
    window.API = api;
  }
})();
