// Draws every dashboard chart from the JSON its <figure> carries (see
// includes/chart.html), and draws them again when live updates replace a part of
// the page. The data table and summary in the figure stay the accessible version:
// the canvas is one labelled image.
const Chart = window.Chart;

// Okabe–Ito hues, darkened where needed: each is at least 3:1 against white, and
// they stay apart for the common colour-vision deficiencies.
const PALETTE = ["#0072b2", "#d55e00", "#007a5e", "#b0407a", "#6a3d9a", "#8a6d00", "#26374a"];
const TEXT = "#333333";
const GRID = "#d6d6d6";

const charts = new Map();
// Figures as the page's language writes them (Canadian English or French): "1,250" and
// "42%", "1 250" and "42 %", as the server writes them in the data tables.
const locale = (document.documentElement.lang || "en").startsWith("fr") ? "fr-CA" : "en-CA";
const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

// Room for each line of a label of a chart whose bars run across, between two bars, and
// around the chart (its value axis); and the least height of any chart.
const LINE_REM = 1.25;
const GAP_REM = 1;
const AXIS_REM = 3;
const MIN_HEIGHT_REM = 18;
// The share of a chart's width its labels may take, and about how wide a character is.
const LABEL_SHARE = 0.45;
const CHARACTER_PX = 7.5;

export function formatValue(value, unit) {
  if (value === null || value === undefined) return "–";
  // Percentages come as figures out of 100 (87 for 87 %).
  if (unit === "%") return percentFormat.format(value / 100);
  const number = numberFormat.format(value);
  return unit ? `${number}\u00a0${unit}` : number;
}

// A label cut into lines of at most ``width`` characters, between words (a word longer
// than a line keeps its own line).
export function wrapLabel(label, width) {
  const lines = [];
  let line = "";
  for (const word of String(label).split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length > 1 ? lines : lines[0] || "";
}

// The labels a chart shows: those of a chart whose bars run across are wrapped to fit
// beside their bars in ``width`` pixels.
function shownLabels(data, width) {
  if (data.kind !== "horizontal") return data.labels;
  const characters = Math.max(12, Math.floor((width * LABEL_SHARE) / CHARACTER_PX));
  return data.labels.map((label) => wrapLabel(label, characters));
}

function config(data, labels) {
  const stacked = data.kind === "stacked";
  const line = data.kind === "line";
  const across = data.kind === "horizontal";
  const categoryTicks = across
    ? { color: TEXT, autoSkip: false }
    : { color: TEXT };
  const valueTicks = {
    color: TEXT,
    precision: 0,
    callback: (value) => formatValue(value, data.unit),
  };
  return {
    type: line ? "line" : "bar",
    data: {
      labels,
      datasets: data.series.map((series, index) => {
        const colour = PALETTE[index % PALETTE.length];
        return {
          label: series.label,
          data: series.values,
          backgroundColor: colour,
          borderColor: line ? colour : "#ffffff",
          borderWidth: line ? 2 : 1,
          maxBarThickness: 64,
          pointRadius: line ? 3 : undefined,
          pointStyle: ["circle", "rect", "triangle", "rectRot", "star", "crossRot", "rectRounded"][
            index % 7
          ],
          spanGaps: false,
        };
      }),
    },
    options: {
      locale,
      indexAxis: across ? "y" : "x",
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion.matches ? false : { duration: 400 },
      interaction: { mode: "index", intersect: false },
      plugins: {
        // The figure's caption is the title; the legend names the series.
        title: { display: false },
        legend: {
          display: data.series.length > 1,
          labels: { color: TEXT, usePointStyle: line },
        },
        tooltip: {
          callbacks: {
            // The whole label, on one line, whatever the axis shows.
            title: (items) => (items.length ? data.labels[items[0].dataIndex] : ""),
            label: (item) => `${item.dataset.label}: ${formatValue(item.raw, data.unit)}`,
          },
        },
      },
      scales: across
        ? {
            y: { stacked, ticks: categoryTicks, grid: { display: false } },
            x: { stacked, beginAtZero: true, ticks: valueTicks, grid: { color: GRID } },
          }
        : {
            x: { stacked, ticks: categoryTicks, grid: { display: false } },
            y: { stacked, beginAtZero: true, ticks: valueTicks, grid: { color: GRID } },
          },
    },
  };
}

function draw(figure) {
  const script = document.getElementById(figure.dataset.chart);
  const canvas = figure.querySelector("canvas");
  if (!script || !canvas) return;
  const data = JSON.parse(script.textContent);
  const box = figure.querySelector(".chart-canvas");
  box.hidden = false;
  const labels = shownLabels(data, box.clientWidth);
  if (data.kind === "horizontal") {
    // As tall as its wrapped labels need, so that none runs into the next.
    const lines = labels.reduce((sum, label) => sum + (Array.isArray(label) ? label.length : 1), 0);
    const rem = Number.parseFloat(window.getComputedStyle(document.documentElement).fontSize);
    const height = lines * LINE_REM + labels.length * GAP_REM + AXIS_REM;
    box.style.height = `${Math.max(MIN_HEIGHT_REM, height) * rem}px`;
  }
  charts.set(figure.id, new Chart(canvas, config(data, labels)));
}

export function drawAll() {
  for (const chart of charts.values()) chart.destroy();
  charts.clear();
  if (!Chart) return;
  // The page's own typeface and text colour, rather than the library's.
  Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.size = 13;
  Chart.defaults.color = TEXT;
  for (const figure of document.querySelectorAll("figure[data-chart]")) {
    try {
      draw(figure);
    } catch (error) {
      // One bad chart must not hide the others; its data table is still there.
      console.error(`Chart ${figure.id} could not be drawn`, error);
    }
  }
}

drawAll();
document.addEventListener("dashboard:updated", drawAll);
// Labels wrapped for one width are wrapped again when the window is resized much (a
// phone turned, a window snapped to half the screen).
let drawnWidth = window.innerWidth;
let resizeTimer = null;
window.addEventListener("resize", () => {
  window.clearTimeout(resizeTimer);
  resizeTimer = window.setTimeout(() => {
    if (Math.abs(window.innerWidth - drawnWidth) < 40) return;
    drawnWidth = window.innerWidth;
    drawAll();
  }, 250);
});
reducedMotion.addEventListener("change", drawAll);
// Fit the printed page's width rather than the screen's.
for (const moment of ["beforeprint", "afterprint"]) {
  window.addEventListener(moment, () => {
    for (const chart of charts.values()) chart.resize();
  });
}
