// Keeps the completion table current: the server pushes a fresh report over a
// websocket whenever a learner in the manager's units completes a course.
const strings = JSON.parse(document.getElementById("dashboard-strings").textContent);
const table = document.getElementById("completion-table");
const status = document.getElementById("live-status");
const recentList = document.getElementById("recent-completions");
const dateFormat = new Intl.DateTimeFormat(document.documentElement.lang, {
  dateStyle: "long",
  timeStyle: "short",
});

function setText(cell, field, value) {
  const target = cell.querySelector(`[data-field="${field}"]`);
  if (target && target.textContent !== String(value)) {
    target.textContent = String(value);
    return true;
  }
  return false;
}

function applyReport(report) {
  for (const row of report.rows) {
    const tr = table.querySelector(`tr[data-unit="${row.unit}"]`);
    if (!tr) continue;
    let changed = setText(tr, "learners", row.learners);
    for (const [courseKey, figures] of Object.entries(row.courses)) {
      const cell = tr.querySelector(`td[data-course="${courseKey}"]`);
      if (!cell) continue;
      changed = setText(cell, "completed", figures.completed) || changed;
      changed = setText(cell, "of", row.learners) || changed;
      changed = setText(cell, "percent", figures.percent) || changed;
    }
    if (changed) {
      tr.classList.add("updated");
      setTimeout(() => tr.classList.remove("updated"), 4000);
    }
  }
  if (report.recent) {
    recentList.replaceChildren(
      ...(report.recent.length ? report.recent : [null]).map((item) => {
        const li = document.createElement("li");
        if (!item) {
          li.textContent = strings.none;
          return li;
        }
        const time = document.createElement("time");
        time.dateTime = item.completed_at;
        time.textContent = dateFormat.format(new Date(item.completed_at));
        li.append(`${item.learner} (${item.unit}) – `, time);
        return li;
      }),
    );
  }
}

let retryDelay = 1000;

function connect() {
  const scheme = window.location.protocol === "https:" ? "wss" : "ws";
  const socket = new WebSocket(`${scheme}://${window.location.host}${strings.socket}`);
  socket.addEventListener("open", () => {
    retryDelay = 1000;
    status.textContent = strings.connected;
    status.dataset.connected = "true";
  });
  socket.addEventListener("message", (message) => {
    const report = JSON.parse(message.data);
    if (report.type !== "report") return;
    applyReport(report);
    if (report.event) status.textContent = strings.updated;
  });
  socket.addEventListener("close", () => {
    status.textContent = strings.reconnecting;
    status.dataset.connected = "false";
    setTimeout(connect, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 30000);
  });
}

connect();
