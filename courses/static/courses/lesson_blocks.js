// Interactive lesson blocks: knowledge checks, indicator checklists and branching scenarios.
//
// Progressive enhancement: the server renders every block readable without JavaScript
// (answers in a <details>, a scenario's first step). This script turns the blocks marked
// with data attributes into keyboard-operable widgets that announce their feedback in an
// aria-live region, and sends each answer to `<lesson url>interaction/` so that the
// platform records it as an xAPI "answered" statement. A failed send never breaks the page.
(() => {
  "use strict";

  const messagesElement = document.getElementById("lesson-blocks-messages");
  const messages = messagesElement ? JSON.parse(messagesElement.textContent) : {};

  // A message with its %(name)s placeholders filled in. A value that ends its own sentence
  // ("Speak with her alone.") takes the place of the message's full stop after it, so that
  // "You chose: %(label)s." never reads "…alone..".
  function say(key, values = {}) {
    const template = messages[key] || "";
    return template.replace(/%\((\w+)\)s(\.?)/g, (match, name, stop) => {
      if (!(name in values)) {
        return match;
      }
      const text = String(values[name]);
      return stop && /[.!?…]$/.test(text.trim()) ? text.trim() : text + stop;
    });
  }

  function cookie(name) {
    const prefix = `${name}=`;
    const found = document.cookie.split(";").map((part) => part.trim())
      .find((part) => part.startsWith(prefix));
    return found ? decodeURIComponent(found.slice(prefix.length)) : "";
  }

  // The CSRF cookie when readable, else the token the page put in <meta name="csrf-token">.
  function csrfToken() {
    const meta = document.querySelector('meta[name="csrf-token"]');
    return cookie("csrftoken") || (meta && meta.content) || "";
  }

  // Record one answer. Resolves to the server's reply, {offline: true} when it is kept on
  // the device until the platform answers, or null when it could not be recorded at all:
  // the learner's feedback does not depend on it.
  function sendAnswer(block, answer) {
    const container = block.closest("[data-lesson-blocks]");
    const blockId = block.dataset.blockId;
    if (!container || !blockId || !("recordAnswers" in container.dataset)) {
      return Promise.resolve(null);
    }
    const url = container.dataset.interactionUrl;
    if (!url) {
      return Promise.resolve(null);
    }
    // The device's outbox first (offline/app.js), with the id, time and course version
    // the server records the answer with, whenever it arrives; then an attempt to send.
    const offline = window.platformOffline;
    const lesson = document.querySelector("[data-course-version]");
    const keep = () => offline.keep({
      kind: "request",
      url,
      label: document.title,
      body: {
        block_id: blockId,
        ...answer,
        statement_id: offline.uuid(),
        timestamp: new Date().toISOString(),
        learner: offline.learner,
        course_version: lesson ? lesson.dataset.courseVersion : undefined,
      },
    }).then((delivered) => {
      if (delivered.state === "sent") {
        return delivered.answer;
      }
      if (delivered.state === "refused") {
        console.info(`Lesson answer not recorded (${delivered.reason}).`);
        return null;
      }
      return { offline: true };
    });
    // Without a device outbox (no IndexedDB, as in some private windows), straight to the
    // platform.
    const direct = () => fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        "X-CSRFToken": csrfToken(),
      },
      body: JSON.stringify({ block_id: blockId, ...answer }),
    })
      .then((response) => (response.ok ? response.json() : null))
      .catch(() => null);
    if (offline) {
      return offline.ready.then(() => (offline.learner ? keep() : direct())).catch(direct);
    }
    return direct();
  }

  // Announce a message in a live region, even when it is the same text as before.
  function announce(live, text) {
    if (!live) {
      return;
    }
    live.textContent = "";
    window.setTimeout(() => {
      live.textContent = text;
    }, 50);
  }

  function describe(input, feedback, shown) {
    // A hidden element must not describe the field before its feedback is revealed.
    if (shown) {
      input.setAttribute("aria-describedby", feedback.id);
    } else {
      input.removeAttribute("aria-describedby");
    }
    feedback.hidden = !shown;
  }

  function enhance(block) {
    block.classList.add("is-enhanced");
    block.querySelectorAll("[data-js-only]").forEach((element) => {
      element.hidden = false;
    });
  }

  // Knowledge check: select, check, read the feedback; as often as the learner wishes.
  function knowledgeCheck(block) {
    const form = block.querySelector("form");
    const inputs = Array.from(form.querySelectorAll("input"));
    const live = block.querySelector("[data-live]");
    const explanation = block.querySelector("[data-explanation]");
    const reset = block.querySelector("[data-reset]");
    const multiple = "multiple" in block.dataset;

    function clear() {
      inputs.forEach((input) => {
        const choice = input.closest("[data-choice]");
        choice.classList.remove("is-correct", "is-incorrect", "is-missed");
        describe(input, choice.querySelector("[data-feedback]"), false);
      });
      if (explanation) {
        explanation.hidden = true;
      }
    }

    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const selected = inputs.filter((input) => input.checked).map((input) => Number(input.value));
      if (!selected.length) {
        announce(live, say("selectFirst"));
        inputs[0].focus();
        return;
      }
      clear();
      let allRight = true;
      inputs.forEach((input) => {
        const choice = input.closest("[data-choice]");
        const correct = "correct" in choice.dataset;
        const feedback = choice.querySelector("[data-feedback]");
        const verdict = feedback.querySelector("[data-verdict]");
        if (input.checked !== correct) {
          allRight = false;
        }
        if (input.checked) {
          choice.classList.add(correct ? "is-correct" : "is-incorrect");
          verdict.textContent = say(correct ? "correct" : "incorrect");
          describe(input, feedback, true);
        } else if (correct && multiple && selected.length) {
          choice.classList.add("is-missed");
          verdict.textContent = say("missed");
          describe(input, feedback, true);
        }
      });
      if (explanation) {
        explanation.hidden = false;
      }
      reset.hidden = false;
      announce(live, say(allRight ? "allRight" : "notQuite"));
      sendAnswer(block, { kind: "knowledge_check", response: selected });
    });

    reset.addEventListener("click", () => {
      inputs.forEach((input) => {
        input.checked = false;
      });
      clear();
      reset.hidden = true;
      announce(live, say("cleared"));
      inputs[0].focus();
    });
  }

  // Indicator checklist: tick what looks like an indicator, then see what each item means.
  function indicatorChecklist(block) {
    const form = block.querySelector("form");
    const inputs = Array.from(form.querySelectorAll("input"));
    const live = block.querySelector("[data-live]");
    const summary = block.querySelector("[data-explanation]");
    const reset = block.querySelector("[data-reset]");

    function clear() {
      inputs.forEach((input) => {
        const item = input.closest("[data-item]");
        item.classList.remove("is-indicator", "is-not-indicator", "is-right", "is-wrong");
        describe(input, item.querySelector("[data-feedback]"), false);
      });
      if (summary) {
        summary.hidden = true;
      }
    }

    form.addEventListener("submit", (event) => {
      event.preventDefault();
      clear();
      const ticked = [];
      let found = 0;
      let total = 0;
      let wrong = 0;
      inputs.forEach((input) => {
        const item = input.closest("[data-item]");
        const indicator = "indicator" in item.dataset;
        const feedback = item.querySelector("[data-feedback]");
        total += indicator ? 1 : 0;
        if (input.checked) {
          ticked.push(Number(input.value));
          found += indicator ? 1 : 0;
          wrong += indicator ? 0 : 1;
        }
        item.classList.add(indicator ? "is-indicator" : "is-not-indicator");
        item.classList.add(input.checked === indicator ? "is-right" : "is-wrong");
        // What the item is and what the learner did with it: "Indicator." alone, in red,
        // would not say that the learner missed it.
        const verdict = indicator
          ? (input.checked ? "indicatorTicked" : "indicatorNotTicked")
          : (input.checked ? "notIndicatorTicked" : "notIndicatorNotTicked");
        feedback.querySelector("[data-verdict]").textContent = say(verdict);
        describe(input, feedback, true);
      });
      if (summary) {
        summary.hidden = false;
      }
      reset.hidden = false;
      let text = say("checklistResult", { found, total });
      if (wrong) {
        text += ` ${say("checklistExtra", { wrong })}`;
      }
      announce(live, `${text} ${say("checklistFeedback")}`);
      sendAnswer(block, { kind: "indicator_checklist", response: ticked });
    });

    reset.addEventListener("click", () => {
      inputs.forEach((input) => {
        input.checked = false;
      });
      clear();
      reset.hidden = true;
      announce(live, say("cleared"));
      inputs[0].focus();
    });
  }

  // Branching scenario: each choice shows its consequence, then leads to a step or the end.
  function scenario(block) {
    const steps = Array.from(block.querySelectorAll("[data-step]"));
    const end = block.querySelector("[data-scenario-end]");
    const live = block.querySelector("[data-live]");
    if (!steps.length) {
      return;
    }
    let depth = 1;

    function resetStep(step) {
      step.querySelectorAll("[data-choice]").forEach((button) => {
        button.disabled = false;
        button.removeAttribute("aria-disabled");
        button.removeAttribute("aria-pressed");
        button.classList.remove("is-chosen");
      });
      step.querySelectorAll("[data-outcome]").forEach((outcome) => {
        outcome.hidden = true;
      });
    }

    function show(step) {
      resetStep(step);
      step.hidden = false;
      const heading = step.querySelector("[data-step-heading]");
      heading.textContent = say("step", { number: depth });
      heading.focus();
    }

    function restart() {
      steps.forEach((step) => {
        step.hidden = true;
      });
      end.hidden = true;
      depth = 1;
      show(steps[0]);
      announce(live, say("restarted"));
    }

    steps.forEach((step) => {
      const hasBest = step.querySelector("[data-best]") !== null;
      step.querySelectorAll("[data-choice]").forEach((button) => {
        button.disabled = false;
        button.addEventListener("click", () => {
          if (button.getAttribute("aria-disabled") === "true") {
            return;
          }
          // The choice is made: the other buttons stay focusable but do nothing more.
          step.querySelectorAll("[data-choice]").forEach((other) => {
            other.setAttribute("aria-disabled", "true");
          });
          button.setAttribute("aria-pressed", "true");
          button.classList.add("is-chosen");
          const index = button.dataset.choice;
          const outcome = step.querySelector(`[data-outcome="${index}"]`);
          const verdict = outcome.querySelector("[data-verdict]");
          const best = "best" in button.dataset;
          verdict.textContent = hasBest ? say(best ? "bestChoice" : "notBestChoice") : "";
          outcome.classList.toggle("is-best", hasBest && best);
          outcome.classList.toggle("is-not-best", hasBest && !best);
          outcome.hidden = false;
          const continueButton = outcome.querySelector("[data-continue]");
          continueButton.hidden = false;
          continueButton.dataset.next = button.dataset.next;
          const details = Array.from(outcome.querySelectorAll(".scenario-consequence, .scenario-feedback"))
            .map((element) => element.textContent.trim())
            .join(" ");
          announce(
            live,
            [say("youChose", { label: button.textContent.trim() }), verdict.textContent, details]
              .filter(Boolean)
              .join(" "),
          );
          sendAnswer(block, {
            kind: "scenario_choice",
            step: step.dataset.step,
            response: Number(index),
          });
        });
      });
      step.querySelectorAll("[data-continue]").forEach((continueButton) => {
        continueButton.addEventListener("click", () => {
          continueButton.hidden = true;
          const next = continueButton.dataset.next;
          const target = next ? steps.find((candidate) => candidate.dataset.step === next) : null;
          depth += 1;
          if (target) {
            show(target);
          } else {
            end.hidden = false;
            end.querySelector("[data-end-heading]").focus();
          }
        });
      });
    });

    const restartButton = block.querySelector("[data-restart]");
    if (restartButton) {
      restartButton.addEventListener("click", restart);
    }
  }

  const widgets = [
    ["[data-knowledge-check]", knowledgeCheck],
    ["[data-indicator-checklist]", indicatorChecklist],
    ["[data-scenario]", scenario],
  ];
  document.querySelectorAll("[data-lesson-blocks]").forEach((container) => {
    widgets.forEach(([selector, setUp]) => {
      container.querySelectorAll(selector).forEach((block) => {
        if (block.classList.contains("is-enhanced")) {
          return;
        }
        enhance(block);
        setUp(block);
      });
    });
  });

  // An embedded video's player comes from another site: it loads when the learner asks,
  // never by itself, and takes the focus so that its controls are next.
  document.querySelectorAll("[data-embed]").forEach((embed) => {
    const button = embed.querySelector("[data-embed-load]");
    const player = embed.querySelector("template[data-embed-html]");
    if (!button || !player) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", () => {
      embed.querySelector("[data-embed-consent]").replaceWith(player.content.cloneNode(true));
      const frame = embed.querySelector("iframe");
      if (frame) {
        frame.focus();
      }
    });
  });

  // Printing shows what the learner would otherwise have to open.
  const opened = [];
  window.addEventListener("beforeprint", () => {
    document.querySelectorAll("[data-lesson-blocks] details:not([open])").forEach((details) => {
      details.open = true;
      opened.push(details);
    });
  });
  window.addEventListener("afterprint", () => {
    opened.splice(0).forEach((details) => {
      details.open = false;
    });
  });
})();
