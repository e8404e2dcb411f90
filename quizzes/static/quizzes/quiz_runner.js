// The quiz runner of a quiz page (quizzes/templates/quizzes/quiz_page.html).
//
// Progressive enhancement: without JavaScript the page says the quiz needs it; the page
// itself holds no question and no answer (the server grades). With it, the Start (or
// Resume) button starts the attempt through the attempts API (POST), the questions are
// rendered from the public document, one section each on a single page, with native
// form controls only (radios, checkboxes, selects, text inputs and buttons), so the whole
// quiz works with the keyboard alone. Answers are saved as the learner goes (debounced);
// what could not be saved is kept in the page and in local storage and sent again. The
// submission carries a random submission key, kept until it is accepted, so sending it
// again after a network failure never counts twice. A quiz that gives its feedback
// immediately has a "Check my answer" button per question: the server grades that answer,
// says whether it is right, and fixes it (the question is then locked). Every text comes
// from the page (#quiz-runner-messages), in the page's language.
//
// Offline: a course made available offline (offline/download.js) keeps an attempt
// prepared by the server on the device, without its answer key. With no connection, the
// Start button opens that attempt; answers are kept on the device; the submission goes to
// the device's outbox (window.platformOffline) and is graded by the server when the
// connection returns. A time limit is kept by the device's clock from the start.
(() => {
  "use strict";

  const root = document.querySelector("[data-quiz-page]");
  if (!root || !root.dataset.startUrl) {
    return;
  }
  const messagesElement = document.getElementById("quiz-runner-messages");
  const messages = messagesElement ? JSON.parse(messagesElement.textContent) : {};
  const language = document.documentElement.lang || "en";
  const SAVE_DELAY = 800;
  const ANNOUNCED_MINUTES = [5, 1];

  const startArea = root.querySelector("[data-quiz-start-area]");
  const startButton = root.querySelector("[data-quiz-start]");
  const startError = root.querySelector("[data-quiz-start-error]");
  const runner = root.querySelector("[data-quiz-runner]");
  const live = root.querySelector("[data-quiz-live]");

  function say(key, values = {}) {
    const template = messages[key] || "";
    return template.replace(/%\((\w+)\)s/g, (match, name) =>
      name in values ? String(values[name]) : match,
    );
  }

  // Announce a message in the live region, even when it is the same text as before.
  function announce(text) {
    live.textContent = "";
    window.setTimeout(() => {
      live.textContent = text;
    }, 50);
  }

  function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    Object.entries(attributes).forEach(([name, value]) => {
      if (value === false || value === null || value === undefined) {
        return;
      }
      if (name === "className") {
        element.className = value;
      } else if (name === "hidden") {
        element.hidden = true;
      } else {
        element.setAttribute(name, value === true ? "" : String(value));
      }
    });
    children.forEach((child) => {
      if (child !== null && child !== undefined) {
        element.append(child);
      }
    });
    return element;
  }

  // Rich text from the server (authored by trainers). In a <legend>, paragraphs become
  // spans shown as blocks: a legend may only hold phrasing content and headings.
  function rich(html, { inline = false } = {}) {
    const template = document.createElement("template");
    template.innerHTML = html || "";
    if (inline) {
      template.content.querySelectorAll("p, div").forEach((block) => {
        const span = el("span", { className: "quiz-stem-block" });
        span.append(...block.childNodes);
        block.replaceWith(span);
      });
    }
    return template.content;
  }

  function plainText(html) {
    const template = document.createElement("template");
    template.innerHTML = html || "";
    return template.content.textContent.replace(/\s+/g, " ").trim();
  }

  function cookie(name) {
    const prefix = `${name}=`;
    const found = document.cookie.split(";").map((part) => part.trim())
      .find((part) => part.startsWith(prefix));
    return found ? decodeURIComponent(found.slice(prefix.length)) : "";
  }

  function csrfToken() {
    const meta = document.querySelector('meta[name="csrf-token"]');
    return cookie("csrftoken") || (meta && meta.content) || "";
  }

  // The platform's answers carry its header (offline/middleware.py); a captive portal's
  // or a proxy's do not, and count as no answer at all.
  const PLATFORM_HEADER = "Training-Platform";
  const TIMEOUT_MS = 15000;
  // How long the learner waits for the platform's result, on a kept copy or once the
  // platform was found out of reach, before the page says the answers are kept on the
  // device (the result replaces that notice when it arrives). A page the platform just
  // served waits for the result, as a form post would.
  const SUBMIT_PATIENCE_MS = 5000;

  async function platformFetch(url, options) {
    const controller = new AbortController();
    const timer = window.setTimeout(() => controller.abort(), TIMEOUT_MS);
    try {
      const response = await fetch(url, {
        credentials: "same-origin", redirect: "error", ...options, signal: controller.signal,
      });
      if (response.headers.get(PLATFORM_HEADER) !== "1") {
        throw new TypeError("not the platform");
      }
      return response;
    } finally {
      window.clearTimeout(timer);
    }
  }

  // POST JSON; resolves to {ok, status, data}; rejects when the platform does not answer.
  async function postJson(url, body) {
    const response = await platformFetch(url, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        "X-CSRFToken": csrfToken(),
      },
      body: JSON.stringify(body),
    });
    let data = null;
    try {
      data = await response.json();
    } catch (error) {
      data = null;
    }
    return { ok: response.ok, status: response.status, data };
  }

  async function getJson(url) {
    const response = await platformFetch(url, { headers: { Accept: "application/json" } });
    return { ok: response.ok, status: response.status, data: await response.json() };
  }

  function uuid4() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
      return window.crypto.randomUUID();
    }
    // Pages served over plain HTTP (not localhost) have no randomUUID.
    const bytes = window.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  function percentText(scaled) {
    // Rounded down to a tenth of a percent, as the quiz page shows it: a score just
    // below the pass mark never reads as the pass mark.
    const floored = Math.floor(Math.round(scaled * 100000) / 100) / 1000;
    return new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 1 })
      .format(floored);
  }

  function numberText(value) {
    return new Intl.NumberFormat(language, { maximumFractionDigits: 6 }).format(value);
  }

  // Points as people read them: partial credit rounded to two decimals ("0.33", "0,33").
  function pointsText(value) {
    return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
  }

  function clockText(milliseconds) {
    const total = Math.max(0, Math.ceil(milliseconds / 1000));
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const seconds = String(total % 60).padStart(2, "0");
    return hours ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
  }

  // As the pages write a time: "1:57 p.m.", "13 h 57" (Canadian English and French).
  function timeOfDay(date) {
    const locale = language.toLowerCase().startsWith("fr") ? "fr-CA" : "en-CA";
    return new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit" }).format(date);
  }

  // -- local copy of what is not yet on the server ------------------------------------------

  function storageKey(attemptId) {
    return `quizzes.attempt.${attemptId}`;
  }

  function loadLocal(attemptId) {
    try {
      const stored = JSON.parse(window.localStorage.getItem(storageKey(attemptId)) || "{}");
      return {
        pending: stored.pending || {},
        submissionKey: stored.submissionKey || null,
        sent: stored.sent || null,
      };
    } catch (error) {
      return { pending: {}, submissionKey: null, sent: null };
    }
  }

  function saveLocal(attemptId, value) {
    try {
      window.localStorage.setItem(storageKey(attemptId), JSON.stringify(value));
    } catch (error) {
      // Storage full or refused (private browsing): the page still keeps the answers.
    }
  }

  function clearLocal(attemptId) {
    try {
      window.localStorage.removeItem(storageKey(attemptId));
    } catch (error) {
      // Nothing to clear.
    }
  }

  // -- questions ------------------------------------------------------------------------------

  const NUMBER = /^[+\-\u2212]?(\d+([.,]\d*)?|[.,]\d+)$/;

  function isNumber(text) {
    return NUMBER.test(text.replace(/[\s\u00a0\u202f]/g, ""));
  }

  function choiceList(question, type) {
    const list = el("div", { className: "quiz-choices" });
    question.choices.forEach((choice) => {
      const id = `quiz-q${question.position}-${choice.id}`;
      list.append(el("div", { className: "quiz-choice" },
        el("input", { type, id, name: `quiz-q${question.position}`, value: choice.id }),
        el("label", { for: id }, choice.text)));
    });
    return list;
  }

  function matchingList(question) {
    const list = el("div", { className: "quiz-matches" });
    question.left.forEach((left) => {
      const id = `quiz-q${question.position}-${left.id}`;
      const select = el("select", { id, "data-left": left.id },
        el("option", { value: "" }, say("chooseMatch")));
      question.right.forEach((right) => {
        select.append(el("option", { value: right.id }, right.text));
      });
      list.append(el("div", { className: "quiz-match" }, el("label", { for: id }, left.text), select));
    });
    return list;
  }

  function orderingList(question) {
    const list = el("ol", { className: "quiz-ordering", "data-ordering": true });
    question.items.forEach((item) => {
      list.append(el("li", { className: "quiz-ordering-item", "data-item": item.id },
        el("span", { className: "quiz-ordering-text" }, item.text),
        el("span", { className: "quiz-ordering-buttons" },
          el("button", {
            type: "button", className: "button button-secondary quiz-move",
            "data-move": "up", "aria-label": say("moveUpItem", { item: item.text }),
          }, say("moveUp")),
          el("button", {
            type: "button", className: "button button-secondary quiz-move",
            "data-move": "down", "aria-label": say("moveDownItem", { item: item.text }),
          }, say("moveDown")))));
    });
    refreshOrdering(list);
    return list;
  }

  // The first item cannot go up, the last cannot go down: said with aria-disabled, so the
  // button keeps the focus and, when pressed, says why nothing moved.
  function refreshOrdering(list) {
    const items = Array.from(list.children);
    items.forEach((item, index) => {
      item.querySelector('[data-move="up"]').setAttribute("aria-disabled", String(index === 0));
      item.querySelector('[data-move="down"]')
        .setAttribute("aria-disabled", String(index === items.length - 1));
    });
  }

  function textField(question, numeric) {
    const id = `quiz-q${question.position}-answer`;
    const errorId = `quiz-q${question.position}-error`;
    const input = el("input", {
      type: "text", id, className: "quiz-text", autocomplete: "off", maxlength: 500,
      inputmode: numeric ? "decimal" : null, "data-numeric": numeric || null,
    });
    return el("div", { className: "quiz-answer" },
      el("label", { for: id }, say(numeric ? "numberAnswer" : "textAnswer")),
      numeric ? el("p", { className: "quiz-hint", id: `${id}-hint` }, say("numberHint")) : null,
      input,
      el("p", { className: "quiz-field-error", id: errorId, hidden: true }));
  }

  function renderQuestion(question, total) {
    const position = question.position;
    const section = el("li", {
      className: "quiz-question", id: `quiz-question-${position}`,
      "data-position": position, "data-kind": question.kind,
    });
    section.append(el("h3", { className: "quiz-question-number" },
      say("questionNumber", { number: position, total })));
    if (question.scenario) {
      section.append(el("div", { className: "quiz-scenario" },
        el("p", { className: "quiz-scenario-label" }, say("situation")),
        el("div", { className: "quiz-scenario-body" }, rich(question.scenario.situation))));
    }
    const legend = el("legend", { className: "quiz-stem" }, rich(question.stem, { inline: true }));
    const fieldset = el("fieldset", {}, legend);
    const hintId = `quiz-q${position}-hint`;
    const hint = (key) => el("p", { className: "quiz-hint", id: hintId }, say(key));
    switch (question.kind) {
      case "single_choice":
      case "true_false":
        fieldset.append(choiceList(question, "radio"));
        break;
      case "multiple_response":
        fieldset.setAttribute("aria-describedby", hintId);
        fieldset.append(hint("selectAll"), choiceList(question, "checkbox"));
        break;
      case "matching":
        fieldset.setAttribute("aria-describedby", hintId);
        fieldset.append(hint("matchHint"), matchingList(question));
        break;
      case "ordering":
        fieldset.setAttribute("aria-describedby", hintId);
        fieldset.append(hint("orderHint"), orderingList(question));
        break;
      case "short_text":
        fieldset.append(textField(question, false));
        break;
      case "numeric":
        fieldset.append(textField(question, true));
        break;
      default:
        break;
    }
    section.append(fieldset);
    if (state.immediate) {
      const feedbackId = `quiz-q${position}-feedback`;
      section.append(
        el("p", { className: "quiz-check" },
          el("button", { type: "button", className: "button button-secondary", "data-check": "" },
            say("checkAnswer"))),
        el("div", {
          className: "quiz-check-feedback", id: feedbackId, role: "region", tabindex: "-1",
          "aria-label": say("feedbackOn", { number: position }), hidden: true,
        }));
    }
    return section;
  }

  // The learner's response to the question in ``section``, as the API takes it
  // (null when unanswered; undefined for a number that is not one yet).
  function responseOf(section) {
    const kind = section.dataset.kind;
    if (kind === "single_choice" || kind === "true_false") {
      const checked = section.querySelector("input:checked");
      return checked ? checked.value : null;
    }
    if (kind === "multiple_response") {
      const checked = Array.from(section.querySelectorAll("input:checked"), (input) => input.value);
      return checked.length ? checked : null;
    }
    if (kind === "matching") {
      const matches = {};
      section.querySelectorAll("select").forEach((select) => {
        if (select.value) {
          matches[select.dataset.left] = select.value;
        }
      });
      return Object.keys(matches).length ? matches : null;
    }
    if (kind === "ordering") {
      // The order shown is an answer too: it may already be the right one.
      return Array.from(section.querySelectorAll("[data-item]"), (item) => item.dataset.item);
    }
    const input = section.querySelector("input");
    const text = input.value.trim();
    if (!text) {
      return null;
    }
    if (kind === "numeric" && !isNumber(text)) {
      return undefined;
    }
    return input.value;
  }

  function applyResponse(section, response) {
    if (response === null || response === undefined) {
      return;
    }
    const kind = section.dataset.kind;
    if (kind === "single_choice" || kind === "true_false" || kind === "multiple_response") {
      const chosen = new Set(Array.isArray(response) ? response : [String(response)]);
      section.querySelectorAll("input").forEach((input) => {
        input.checked = chosen.has(input.value);
      });
    } else if (kind === "matching" && typeof response === "object") {
      section.querySelectorAll("select").forEach((select) => {
        const value = response[select.dataset.left];
        if (value && select.querySelector(`option[value="${CSS.escape(value)}"]`)) {
          select.value = value;
        }
      });
    } else if (kind === "ordering" && Array.isArray(response)) {
      const list = section.querySelector("[data-ordering]");
      response.forEach((id) => {
        const item = list.querySelector(`[data-item="${CSS.escape(id)}"]`);
        if (item) {
          list.append(item);
        }
      });
      refreshOrdering(list);
    } else if (kind === "short_text" || kind === "numeric") {
      section.querySelector("input").value = String(response);
    }
  }

  function setFieldError(section, text) {
    const input = section.querySelector("input.quiz-text");
    const error = section.querySelector(".quiz-field-error");
    if (!input || !error) {
      return;
    }
    const hint = section.querySelector(".quiz-answer .quiz-hint");
    const described = [hint ? hint.id : null, text ? error.id : null].filter(Boolean).join(" ");
    error.textContent = text || "";
    error.hidden = !text;
    if (text) {
      input.setAttribute("aria-invalid", "true");
    } else {
      input.removeAttribute("aria-invalid");
    }
    if (described) {
      input.setAttribute("aria-describedby", described);
    } else {
      input.removeAttribute("aria-describedby");
    }
  }

  // -- result ---------------------------------------------------------------------------------

  function responseText(question, response) {
    if (response === null || response === undefined) {
      return null;
    }
    const choiceText = (id) => {
      const choice = question.choices.find((candidate) => candidate.id === id);
      return choice ? choice.text : id;
    };
    switch (question.kind) {
      case "single_choice":
      case "true_false":
        return el("span", {}, choiceText(String(response)));
      case "multiple_response":
        return el("ul", {}, ...response.map((id) => el("li", {}, choiceText(id))));
      case "matching": {
        const right = Object.fromEntries(question.right.map((item) => [item.id, item.text]));
        return el("ul", {}, ...question.left.map((left) =>
          el("li", {}, say("matchPair", {
            left: left.text, right: response[left.id] ? right[response[left.id]] : "–",
          }))));
      }
      case "ordering": {
        const texts = Object.fromEntries(question.items.map((item) => [item.id, item.text]));
        return el("ol", {}, ...response.map((id) => el("li", {}, texts[id] || id)));
      }
      case "numeric":
        return el("span", {}, typeof response === "number" ? numberText(response) : String(response));
      default:
        return el("span", {}, String(response));
    }
  }

  // Right, partly right (some points, not all) or wrong: each with a look of its own.
  function verdictClass(feedback) {
    if (feedback.correct) {
      return "is-correct";
    }
    return feedback.answered && feedback.score > 0 ? "is-partial" : "is-incorrect";
  }

  function verdict(feedback) {
    if (!feedback.answered) {
      return say("notAnswered");
    }
    if (feedback.correct) {
      return say("correct");
    }
    return feedback.score > 0 ? say("partlyCorrect") : say("incorrect");
  }

  // A choice named before a colon: without its full stop ("Yes: Correct…", not
  // "Yes.: Correct…"), and in quotation marks when it ends with another mark ("“Why?”: …").
  function beforeColon(text) {
    const trimmed = String(text).trim();
    if (/[^.]\.$/.test(trimmed)) {
      return trimmed.slice(0, -1);
    }
    return /[?!…]$/.test(trimmed) ? say("quotedChoice", { choice: trimmed }) : trimmed;
  }

  function labelled(label, content) {
    if (content === null || content === undefined) {
      return null;
    }
    return el("div", { className: "quiz-feedback-line" },
      el("p", { className: "quiz-feedback-label" }, label), content);
  }

  function questionFeedback(question, feedback, response) {
    const item = el("li", { className: "quiz-feedback" });
    item.append(el("h4", {}, say("questionNumber", {
      number: question.position, total: state.questions.length,
    })));
    item.append(el("p", { className: "quiz-feedback-stem" }, plainText(question.stem)));
    feedbackDetails(item, question, feedback, response);
    return item;
  }

  // The verdict, points, the answer given, the feedback and, where shown, the right
  // answer and the explanation, appended to ``item``.
  function feedbackDetails(item, question, feedback, response) {
    item.append(el("p", {
      className: `quiz-verdict ${verdictClass(feedback)}`,
    }, `${verdict(feedback)} ${say("points", { score: pointsText(feedback.score), max: pointsText(feedback.max_score) })}`));
    item.append(labelled(say("yourAnswer"), responseText(question, response)));
    if (feedback.feedback) {
      item.append(el("p", { className: "quiz-feedback-text" }, feedback.feedback));
    }
    Object.entries(feedback.choice_feedback || {}).forEach(([choiceId, text]) => {
      const choice = question.choices.find((candidate) => candidate.id === choiceId);
      item.append(el("p", { className: "quiz-feedback-text" },
        say("choiceFeedback", { choice: beforeColon(choice ? choice.text : choiceId), feedback: text })));
    });
    if (feedback.accepted_answers && feedback.accepted_answers.length) {
      item.append(labelled(say("acceptedAnswers"),
        el("ul", {}, ...feedback.accepted_answers.map((text) => el("li", {}, text)))));
    } else if ("correct_response" in feedback && feedback.correct_response !== null) {
      item.append(labelled(say("correctAnswer"), responseText(question, feedback.correct_response)));
    }
    if (feedback.explanation) {
      item.append(el("div", { className: "quiz-explanation" }, rich(feedback.explanation)));
    }
  }

  // -- immediate feedback ---------------------------------------------------------------------

  function questionAt(position) {
    return state.questions.find((question) => String(question.position) === String(position));
  }

  function showChecked(section, feedback, response, { focus = true } = {}) {
    const position = section.dataset.position;
    const area = section.querySelector(".quiz-check-feedback");
    const button = section.querySelector("[data-check]");
    section.dataset.checked = "true";
    section.querySelector("fieldset").disabled = true;
    delete state.pending[position];
    if (button) {
      button.closest(".quiz-check").remove();
    }
    area.replaceChildren();
    feedbackDetails(area, questionAt(position), feedback, response);
    area.append(el("p", { className: "quiz-hint" }, say("checkedLocked")));
    area.hidden = false;
    if (focus) {
      area.focus();
      announce(`${verdict(feedback)} ${feedback.feedback || ""}`.trim());
    }
  }

  function checkMessage(section, text) {
    const area = section.querySelector(".quiz-check-feedback");
    area.replaceChildren(el("p", { className: "quiz-error" }, text));
    area.hidden = false;
    announce(text);
  }

  async function check(section, { response = responseOf(section), focus = true } = {}) {
    if (state.closed || state.submitting) {
      return;
    }
    if (response === null || response === undefined) {
      checkMessage(section, say(response === undefined ? "notANumber" : "checkAnswerFirst"));
      return;
    }
    const button = section.querySelector("[data-check]");
    if (button) {
      button.setAttribute("aria-disabled", "true");
      button.textContent = say("checking");
    }
    try {
      const result = await postJson(url(root.dataset.checkUrl), {
        token: state.attempt.token, position: Number(section.dataset.position), response,
      });
      if (result.ok) {
        showChecked(section, result.data.feedback, response, { focus });
        keepLocally();
        updateProgress();
        return;
      }
      if (result.status === 409) {
        await closedOnServer(result.data);
        return;
      }
      checkMessage(section, (result.data && result.data.error) || say("checkFailed"));
    } catch (error) {
      checkMessage(section, say("checkFailed"));
    } finally {
      if (button && button.isConnected) {
        button.removeAttribute("aria-disabled");
        button.textContent = say("checkAnswer");
      }
    }
  }

  // The page's rules and past attempts, as they are now that this attempt counts: the
  // counts from the result at once, then the whole summary as the platform shows it.
  function refreshSummary(result) {
    const counts = { "[data-attempts-used]": result.attempts_used, "[data-attempts-left]": result.attempts_left };
    Object.entries(counts).forEach(([selector, count]) => {
      const element = root.querySelector(selector);
      if (element && typeof count === "number") {
        element.textContent = String(count);
      }
    });
    const summary = root.querySelector("[data-quiz-summary]");
    if (!summary || !root.dataset.pageUrl) {
      return;
    }
    platformFetch(root.dataset.pageUrl, { headers: { Accept: "text/html" } })
      .then((response) => (response.ok ? response.text() : null))
      .then((html) => {
        const fresh = html && new DOMParser().parseFromString(html, "text/html")
          .querySelector("[data-quiz-summary]");
        if (fresh) {
          summary.replaceChildren(...Array.from(fresh.childNodes, (node) => document.importNode(node, true)));
        }
      })
      .catch(() => null);
  }

  function showResult(result) {
    state.closed = true;
    stopTimer();
    clearLocal(state.attempt.id);
    refreshSummary(result);
    const section = el("section", { className: "quiz-result", "aria-labelledby": "quiz-result-heading" });
    const heading = el("h2", { id: "quiz-result-heading", tabindex: "-1" }, say("resultHeading"));
    section.append(heading);
    if (result.attempt && result.attempt.status === "expired") {
      section.append(el("p", { className: "quiz-notice" }, say("expired")));
    }
    if (result.attempt && result.attempt.status === "late") {
      section.append(el("p", { className: "quiz-notice" }, say("late")));
    }
    const passed = Boolean(result.passed);
    section.append(el("p", { className: "quiz-score" },
      say("score", { percent: percentText(result.scaled || 0) }), " ",
      el("span", { className: `status ${passed ? "status-done" : "status-todo"}` },
        say(passed ? "passed" : "notPassed"))));
    if (!passed) {
      section.append(el("p", {}, say("passMark", { percent: percentText(result.pass_mark) })));
    }
    if (result.attempts_left === 0) {
      section.append(el("p", {}, say("noAttemptsLeft")));
    } else if (typeof result.attempts_left === "number") {
      section.append(el("p", {}, say("attemptsLeft", { count: result.attempts_left })));
    }
    if (Array.isArray(result.questions) && result.questions.length) {
      section.append(el("h3", {}, say("feedbackHeading")));
      const byPosition = Object.fromEntries(state.questions.map((q) => [q.position, q]));
      const list = el("ol", { className: "quiz-feedback-list" });
      result.questions.forEach((feedback) => {
        const question = byPosition[feedback.position];
        if (question) {
          list.append(questionFeedback(question, feedback, state.sent ? state.sent.answers[String(feedback.position)] : undefined));
        }
      });
      section.append(list);
    }
    // The page's own "Back to the course" link follows.
    section.append(el("p", { className: "quiz-result-links" },
      el("a", { className: "button", href: root.dataset.pageUrl }, say("backToQuiz"))));
    runner.replaceChildren(section);
    announce(`${say("submitted")} ${say("score", { percent: percentText(result.scaled || 0) })} ${say(passed ? "passed" : "notPassed")}`);
    heading.focus();
  }

  // -- the attempt ----------------------------------------------------------------------------

  const state = {
    attempt: null,
    questions: [],
    pending: {},
    sent: null,
    submissionKey: null,
    saving: false,
    saveAgain: false,
    saveTimer: null,
    submitting: false,
    closed: false,
    skew: 0,
    timer: null,
    announced: new Set(),
  };
  const parts = {};

  function url(template) {
    return template.replace("ATTEMPT_ID", state.attempt.id);
  }

  function keepLocally() {
    saveLocal(state.attempt.id, {
      pending: state.pending, submissionKey: state.submissionKey, sent: state.sent,
    });
  }

  function sections() {
    return Array.from(runner.querySelectorAll(".quiz-question"));
  }

  function updateProgress() {
    const answered = sections().filter((section) => {
      const response = responseOf(section);
      return response !== null && response !== undefined;
    }).length;
    parts.progress.textContent = say("answered", { count: answered, total: sections().length });
  }

  function questionChanged(section) {
    if (state.closed) {
      return;
    }
    const response = responseOf(section);
    updateProgress();
    if (response === undefined) {
      return; // a number being typed: saved once it is one
    }
    state.pending[section.dataset.position] = response;
    keepLocally();
    window.clearTimeout(state.saveTimer);
    state.saveTimer = window.setTimeout(flush, SAVE_DELAY);
  }

  function showSaveError(text) {
    parts.saveErrorText.textContent = text;
    if (parts.saveError.hidden) {
      parts.saveError.hidden = false;
      announce(text);
    }
  }

  async function flush() {
    window.clearTimeout(state.saveTimer);
    if (state.closed || state.submitting) {
      return;
    }
    if (state.offline) {
      keepLocally();
      parts.saveStatus.textContent = say("keptOnDevice");
      return;
    }
    if (state.saving) {
      state.saveAgain = true;
      return;
    }
    const batch = { ...state.pending };
    if (!Object.keys(batch).length) {
      return;
    }
    state.saving = true;
    try {
      const result = await postJson(url(root.dataset.answersUrl), {
        answers: batch, token: state.attempt.token,
      });
      if (result.ok) {
        Object.entries(batch).forEach(([position, response]) => {
          if (JSON.stringify(state.pending[position]) === JSON.stringify(response)) {
            delete state.pending[position];
          }
        });
        keepLocally();
        parts.saveError.hidden = true;
        parts.saveStatus.textContent = say("savedAt", { time: timeOfDay(new Date()) });
      } else if (result.status === 409) {
        await closedOnServer(result.data);
      } else {
        showSaveError((result.data && result.data.error) || say("saveFailed"));
      }
    } catch (error) {
      // The platform does not answer: the answers stay in this page and on this device
      // (local storage), and go with the submission whatever happens.
      keepLocally();
      showSaveError(say("saveFailed"));
    } finally {
      state.saving = false;
    }
    if (state.saveAgain) {
      state.saveAgain = false;
      flush();
    }
  }

  // The server takes no more answers: the time is over (submit what is saved) or the
  // attempt was submitted elsewhere (show its result).
  async function closedOnServer(data) {
    if (data && data.reason === "deadline") {
      submit({ confirmed: true });
      return;
    }
    try {
      const result = await getJson(url(root.dataset.attemptUrl));
      if (result.ok && result.data.attempt.status !== "in_progress") {
        showResult(result.data);
        return;
      }
    } catch (error) {
      // Reported below.
    }
    showSaveError((data && data.error) || say("saveFailed"));
  }

  function unansweredSections() {
    return sections().filter((section) => responseOf(section) === null);
  }

  function invalidNumbers() {
    return sections().filter((section) => responseOf(section) === undefined);
  }

  function showSubmitError(text) {
    parts.submitErrorText.textContent = text;
    parts.submitError.hidden = false;
    announce(text);
  }

  // Once sent, the answers are locked: sending them again (after a network failure) sends
  // the very same answers with the same submission key, which the server counts once.
  function lock(locked) {
    runner.querySelectorAll(".quiz-question fieldset").forEach((fieldset) => {
      fieldset.disabled = locked || fieldset.closest(".quiz-question").dataset.checked === "true";
    });
  }

  function collectAnswers() {
    const answers = {};
    sections().forEach((section) => {
      const response = responseOf(section);
      answers[section.dataset.position] = response === undefined ? null : response;
    });
    return answers;
  }

  // The submission goes to the device's outbox first, with its submission key and the
  // device's times; then it is sent. When the platform does not answer, it waits there
  // and the server grades it when it arrives (once, whatever the number of tries).
  function submissionBody(startedAt) {
    return {
      token: state.attempt.token,
      submission_key: state.submissionKey,
      answers: state.sent.answers,
      client_timestamps: { started_at: startedAt.toISOString(), submitted_at: state.sent.at },
    };
  }

  // ``recordId``: the submission in the device's outbox; its result replaces this notice
  // when the outbox delivers it while the page is open.
  function showKept(recordId) {
    if (recordId) {
      const shown = async (event) => {
        const answer = event.detail && event.detail.answers && event.detail.answers[recordId];
        if (answer) {
          window.removeEventListener("platform:synced", shown);
          showResult(answer);
          return;
        }
        // Sent by another delivery (the service worker, another tab): the platform has
        // the result.
        const offline = window.platformOffline;
        if (offline && (await offline.fate(recordId)) === "sent") {
          const detail = await getJson(url(root.dataset.attemptUrl)).catch(() => null);
          if (detail && detail.ok && detail.data.attempt.status !== "in_progress") {
            window.removeEventListener("platform:synced", shown);
            showResult(detail.data);
          }
        }
      };
      window.addEventListener("platform:synced", shown);
    }
    state.submitting = false;
    state.closed = true;
    stopTimer();
    clearLocal(state.attempt.id);
    const heading = el("h2", { id: "quiz-result-heading", tabindex: "-1" }, say("offlineResultHeading"));
    runner.replaceChildren(el("section", { className: "quiz-result", "aria-labelledby": "quiz-result-heading" },
      heading, el("p", { className: "quiz-notice" }, say("offlineSubmitted"))));
    announce(say("offlineSubmitted"));
    heading.focus();
  }

  // Resolves to true when the outbox took the submission (whatever became of it), false
  // when there is no outbox to take it.
  async function submitThroughOutbox(startedAt) {
    const offline = window.platformOffline;
    if (!offline) {
      return false;
    }
    await offline.ready;
    if (!offline.learner) {
      return false;
    }
    let delivered;
    try {
      delivered = await offline.keep({
        kind: "request",
        url: url(root.dataset.submitUrl),
        label: document.title,
        body: submissionBody(startedAt),
      }, { patience: offline.reach === "reachable" ? null : SUBMIT_PATIENCE_MS });
    } catch (error) {
      return false;
    }
    if (state.offline) {
      await offline.attemptForget(root.dataset.quizKey).catch(() => null);
    }
    if (delivered.state === "sent") {
      state.submitting = false;
      if (delivered.answer) {
        showResult(delivered.answer);
      } else {
        // Sent from another tab of this device: the platform has the result.
        const detail = await getJson(url(root.dataset.attemptUrl)).catch(() => null);
        if (detail && detail.ok) {
          showResult(detail.data);
        } else {
          showKept();
        }
      }
      return true;
    }
    if (delivered.state === "kept") {
      showKept(delivered.id);
      return true;
    }
    // Refused: the learner sees why, and the record is not kept aside (the page holds it).
    await offline.forgetRejected(delivered.id || "").catch(() => null);
    state.submitting = false;
    if (delivered.status === 409) {
      try {
        const detail = await getJson(url(root.dataset.attemptUrl));
        if (detail.ok && detail.data.attempt.status !== "in_progress") {
          showResult(detail.data);
          return true;
        }
      } catch (error) {
        // Said below.
      }
    }
    if (delivered.status === 400) {
      // Refused as it is, so nothing was stored: the learner corrects and submits again.
      state.sent = null;
      keepLocally();
      lock(false);
    }
    parts.submitButton.removeAttribute("aria-disabled");
    parts.submitStatus.textContent = "";
    showSubmitError(delivered.reason || say("submitFailed"));
    return true;
  }

  async function submit({ confirmed = false } = {}) {
    if (state.closed || state.submitting) {
      return;
    }
    parts.confirm.hidden = true;
    if (!state.sent) {
      const invalid = invalidNumbers();
      if (invalid.length && !confirmed) {
        invalid.forEach((section) => setFieldError(section, say("notANumber")));
        announce(say("fixNumbers"));
        invalid[0].querySelector("input").focus();
        return;
      }
      const unanswered = unansweredSections();
      if (unanswered.length && !confirmed) {
        parts.confirmText.textContent = say("unanswered", {
          count: unanswered.length,
          numbers: unanswered.map((section) => section.dataset.position).join(", "),
        });
        parts.confirm.hidden = false;
        parts.confirmGoTo.dataset.target = unanswered[0].id;
        parts.confirmText.focus();
        return;
      }
      state.sent = { answers: collectAnswers(), at: new Date().toISOString() };
      state.submissionKey = state.submissionKey || uuid4();
      keepLocally();
    }
    lock(true);
    state.submitting = true;
    window.clearTimeout(state.saveTimer);
    parts.submitError.hidden = true;
    parts.submitButton.setAttribute("aria-disabled", "true");
    parts.submitStatus.textContent = say("submitting");
    announce(say("submitting"));
    const startedAt = state.offline
      ? new Date(state.offlineStartedAt)
      : new Date(Date.parse(state.attempt.started_at) + state.skew);
    if (await submitThroughOutbox(startedAt)) {
      return;
    }
    if (state.offline) {
      state.submitting = false;
      lock(false);
      showSubmitError(say("submitFailed"));
      return;
    }
    try {
      const result = await postJson(url(root.dataset.submitUrl), submissionBody(startedAt));
      if (result.ok) {
        showResult(result.data);
        return;
      }
      if (result.status === 409) {
        const detail = await getJson(url(root.dataset.attemptUrl));
        if (detail.ok && detail.data.attempt.status !== "in_progress") {
          showResult(detail.data);
          return;
        }
      }
      if (result.status === 400) {
        // Refused as it is, so nothing was stored: the learner corrects and submits again.
        state.sent = null;
        keepLocally();
        lock(false);
      }
      showSubmitError((result.data && result.data.error) || say("submitFailed"));
    } catch (error) {
      showSubmitError(say("submitFailed"));
    } finally {
      state.submitting = false;
      if (!state.closed) {
        parts.submitButton.removeAttribute("aria-disabled");
        parts.submitStatus.textContent = "";
      }
    }
  }

  // -- time limit -----------------------------------------------------------------------------

  function timeLeft() {
    return Date.parse(state.attempt.deadline) + state.skew - Date.now();
  }

  function tick() {
    const left = timeLeft();
    parts.clock.textContent = clockText(left);
    ANNOUNCED_MINUTES.forEach((minutes) => {
      if (left <= minutes * 60000 && !state.announced.has(minutes)) {
        state.announced.add(minutes);
        announce(say(minutes === 1 ? "oneMinuteLeft" : "fiveMinutesLeft"));
      }
    });
    if (left <= 0) {
      stopTimer();
      announce(say("timeUp"));
      submit({ confirmed: true });
    }
  }

  function startTimer() {
    if (!state.attempt.deadline) {
      return;
    }
    const left = timeLeft();
    // Only the moments still to come are announced.
    ANNOUNCED_MINUTES.forEach((minutes) => {
      if (left <= minutes * 60000) {
        state.announced.add(minutes);
      }
    });
    parts.timer.hidden = false;
    document.documentElement.classList.add("quiz-has-timer");
    tick();
    state.timer = window.setInterval(tick, 1000);
  }

  function stopTimer() {
    if (state.timer) {
      window.clearInterval(state.timer);
      state.timer = null;
    }
    document.documentElement.classList.remove("quiz-has-timer");
  }

  // -- building the runner --------------------------------------------------------------------

  function build(documentData) {
    const quiz = documentData.quiz;
    const total = documentData.questions.length;
    const heading = el("h2", { id: "quiz-runner-heading", tabindex: "-1" },
      say("attemptHeading", { number: state.attempt.number }));
    parts.clock = el("span", { role: "timer", className: "quiz-clock" });
    // A row of its own, kept at the top of the window: what scrolls under it is hidden by
    // the whole row, never shown around the badge.
    parts.timer = el("div", { className: "quiz-timer-bar", hidden: true },
      el("p", { className: "quiz-timer" }, el("span", {}, say("timeLeft")), " ", parts.clock));
    parts.saveStatus = el("p", { className: "quiz-save-status" }, say("savedAsYouGo"));
    parts.saveErrorText = el("p", {});
    const retrySave = el("button", { type: "button", className: "button button-secondary" }, say("retry"));
    retrySave.addEventListener("click", () => flush());
    parts.saveError = el("div", { className: "quiz-alert", hidden: true }, parts.saveErrorText, retrySave);

    const list = el("ol", { className: "quiz-questions" });
    documentData.questions.forEach((question) => list.append(renderQuestion(question, total)));

    parts.progress = el("p", { className: "quiz-progress" });
    parts.submitButton = el("button", { type: "submit", className: "button" }, say("submit"));
    parts.submitStatus = el("p", { className: "quiz-submit-status" });
    parts.submitErrorText = el("p", {});
    const retrySubmit = el("button", { type: "button", className: "button" }, say("retrySubmit"));
    retrySubmit.addEventListener("click", () => submit({ confirmed: true }));
    parts.submitError = el("div", { className: "quiz-alert", hidden: true }, parts.submitErrorText, retrySubmit);
    parts.confirmText = el("p", { tabindex: "-1" });
    const submitAnyway = el("button", { type: "button", className: "button" }, say("submitAnyway"));
    submitAnyway.addEventListener("click", () => submit({ confirmed: true }));
    parts.confirmGoTo = el("button", { type: "button", className: "button button-secondary" }, say("goToUnanswered"));
    parts.confirmGoTo.addEventListener("click", () => {
      parts.confirm.hidden = true;
      const target = document.getElementById(parts.confirmGoTo.dataset.target);
      const field = target && target.querySelector("input, select, button");
      if (field) {
        field.focus();
      }
    });
    parts.confirm = el("div", { className: "quiz-alert", hidden: true },
      parts.confirmText, el("p", { className: "quiz-actions" }, submitAnyway, " ", parts.confirmGoTo));

    const form = el("form", { className: "quiz-form", novalidate: true, "aria-labelledby": "quiz-runner-heading" },
      list,
      el("div", { className: "quiz-submit-area" },
        parts.progress, parts.confirm, parts.submitError,
        el("p", {}, parts.submitButton), parts.submitStatus));

    const intro = el("div", { className: "quiz-runner-intro" });
    if (quiz.instructions) {
      intro.append(el("div", { className: "quiz-instructions" }, rich(quiz.instructions)));
    }
    runner.replaceChildren(heading, parts.timer, intro, parts.saveStatus, parts.saveError, form);

    form.addEventListener("submit", (event) => {
      event.preventDefault();
      submit();
    });
    form.addEventListener("change", (event) => {
      const section = event.target.closest(".quiz-question");
      if (!section) {
        return;
      }
      if (event.target.matches("[data-numeric]")) {
        const text = event.target.value.trim();
        setFieldError(section, text && !isNumber(text) ? say("notANumber") : "");
      }
      questionChanged(section);
    });
    form.addEventListener("input", (event) => {
      const section = event.target.closest(".quiz-question");
      if (!section || !event.target.matches("input.quiz-text")) {
        return;
      }
      if (event.target.matches("[data-numeric]") && isNumber(event.target.value.trim())) {
        setFieldError(section, "");
      }
      questionChanged(section);
    });
    form.addEventListener("click", (event) => {
      const button = event.target.closest("[data-move]");
      if (button) {
        move(button);
      }
      const checkButton = event.target.closest("[data-check]");
      if (checkButton && checkButton.getAttribute("aria-disabled") !== "true") {
        check(checkButton.closest(".quiz-question"));
      }
    });
    return heading;
  }

  function move(button) {
    const item = button.closest("[data-item]");
    const list = item.parentElement;
    const section = item.closest(".quiz-question");
    const text = item.querySelector(".quiz-ordering-text").textContent;
    const up = button.dataset.move === "up";
    const neighbour = up ? item.previousElementSibling : item.nextElementSibling;
    if (!neighbour) {
      announce(say(up ? "alreadyFirst" : "alreadyLast", { item: text }));
      return;
    }
    list.insertBefore(item, up ? neighbour : neighbour.nextElementSibling);
    refreshOrdering(list);
    button.focus();
    const position = Array.from(list.children).indexOf(item) + 1;
    announce(say("moved", { item: text, position, total: list.children.length }));
    questionChanged(section);
  }

  function begin(documentData, resumed) {
    state.attempt = documentData.attempt;
    state.questions = documentData.questions;
    state.skew = Date.now() - Date.parse(documentData.attempt.server_time);
    if (state.offline) {
      // The device keeps the time: from when the learner first opened it here.
      state.skew = 0;
      const startKey = `quiz-offline-start:${state.attempt.id}`;
      let startedAt = null;
      try {
        startedAt = window.localStorage.getItem(startKey);
        if (!startedAt) {
          startedAt = new Date().toISOString();
          window.localStorage.setItem(startKey, startedAt);
        }
      } catch (error) {
        startedAt = startedAt || new Date().toISOString();
      }
      state.offlineStartedAt = startedAt;
      const limit = documentData.rules && documentData.rules.time_limit_minutes;
      if (!state.attempt.deadline && limit) {
        state.attempt.deadline = new Date(Date.parse(startedAt) + limit * 60000).toISOString();
      }
    }
    state.immediate = Boolean(documentData.rules && documentData.rules.feedback_mode === "immediate");
    const stored = loadLocal(state.attempt.id);
    state.pending = stored.pending;
    state.submissionKey = stored.submissionKey;
    state.sent = stored.sent;
    const heading = build(documentData);
    const answers = {
      ...(documentData.attempt.answers || {}),
      ...state.pending,
      ...(state.sent ? state.sent.answers : {}),
    };
    sections().forEach((section) => applyResponse(section, answers[section.dataset.position]));
    // Answers checked before the page was left: show their feedback again (the server
    // gives the same feedback for the same answer) and keep them locked.
    const saved = documentData.attempt.answers || {};
    (documentData.attempt.checked || []).forEach((position) => {
      const section = runner.querySelector(`.quiz-question[data-position="${position}"]`);
      if (section) {
        applyResponse(section, saved[String(position)]);
        section.querySelector("fieldset").disabled = true;
        check(section, { response: saved[String(position)], focus: false });
      }
    });
    updateProgress();
    startArea.hidden = true;
    runner.hidden = false;
    heading.focus();
    let text = say(resumed ? "resumed" : "started", { count: state.questions.length });
    if (state.attempt.deadline) {
      text += ` ${say("timeLimitStarted", { minutes: Math.max(0, Math.ceil(timeLeft() / 60000)) })}`;
    }
    announce(text);
    startTimer();
    if (state.sent) {
      // Submitted before the page was left, but not received: offer to send it again.
      lock(true);
      parts.submitErrorText.textContent = say("submitFailed");
      parts.submitError.hidden = false;
    } else if (Object.keys(state.pending).length) {
      flush();
    }
  }

  async function preparedAttempt() {
    const offline = window.platformOffline;
    if (!offline || !offline.learner || !root.dataset.quizKey) {
      return null;
    }
    try {
      return await offline.attemptFor(root.dataset.quizKey);
    } catch (error) {
      return null;
    }
  }

  async function start() {
    if (startButton.getAttribute("aria-disabled") === "true") {
      return;
    }
    startButton.setAttribute("aria-disabled", "true");
    startError.hidden = true;
    const body = root.dataset.courseKey ? { course: root.dataset.courseKey } : {};
    try {
      // The browser says it is offline, or the page already found the platform out of
      // reach: the attempt kept on the device, without waiting for the network.
      const platform = window.platformOffline;
      if (navigator.onLine === false || (platform && platform.reach === "unreachable")) {
        throw new TypeError("unreachable");
      }
      const result = await postJson(root.dataset.startUrl, body);
      if (result.ok) {
        begin(result.data, result.status === 200);
        return;
      }
      startError.textContent = (result.data && result.data.error) || say("startFailed");
    } catch (error) {
      const prepared = await preparedAttempt();
      if (prepared) {
        state.offline = true;
        begin(prepared, true);
        startButton.removeAttribute("aria-disabled");
        return;
      }
      startError.textContent = say("notOffline");
    } finally {
      startButton.removeAttribute("aria-disabled");
    }
    startError.hidden = false;
    announce(startError.textContent);
  }

  window.addEventListener("beforeunload", (event) => {
    if (state.attempt && !state.closed && (Object.keys(state.pending).length || state.saving || state.submitting)) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
  window.addEventListener("online", () => {
    if (state.attempt && !state.closed && Object.keys(state.pending).length) {
      flush();
    }
  });

  // The copy kept on the device of an assessment the platform had closed (its course is
  // taken in order) stays closed until the lessons before it are done on this device
  // (courses/lesson.js marks each one done there).
  async function lockedOnDevice() {
    const element = document.getElementById("quiz-offline-requires");
    const requires = element ? JSON.parse(element.textContent) : [];
    if (!requires.length) {
      return false;
    }
    const offline = window.platformOffline;
    if (offline && offline.ready) {
      await offline.ready.catch(() => null);
    }
    const learner = offline ? offline.learner : null;
    const missing = requires.filter((lesson) => {
      try {
        return window.localStorage.getItem(`done|${learner}|${lesson.key}`) !== "1";
      } catch (error) {
        return true;
      }
    });
    if (!missing.length) {
      return false;
    }
    const lock = root.querySelector("[data-offline-lock]");
    lock.replaceChildren(
      el("p", {}, root.dataset.offlineLockText || ""),
      el("ul", {}, ...missing.map((lesson) => el("li", {}, el("a", { href: lesson.url }, lesson.title)))));
    lock.hidden = false;
    startArea.hidden = true;
    return true;
  }

  root.querySelectorAll("[data-quiz-needs-js]").forEach((notice) => {
    notice.hidden = true;
  });
  if (startButton) {
    startButton.addEventListener("click", start);
    lockedOnDevice().then((locked) => {
      startButton.hidden = locked;
    });
  }
})();
