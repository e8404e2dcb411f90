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
const language = document.documentElement.lang || "en";
const numberFormat = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

function formatValue(value, unit) {
  if (value === null || value === undefined) return "–";
  const number = numberFormat.format(value);
  return unit ? `${number}\u00a0${unit}` : number;
}

function config(data) {
  const stacked = data.kind === "stacked";
  const line = data.kind === "line";
  return {
    type: line ? "line" : "bar",
    data: {
      labels: data.labels,
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
      locale: language,
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
            label: (item) => `${item.dataset.label}: ${formatValue(item.raw, data.unit)}`,
          },
        },
      },
      scales: {
        x: { stacked, ticks: { color: TEXT }, grid: { display: false } },
        y: {
          stacked,
          beginAtZero: true,
          ticks: {
            color: TEXT,
            precision: 0,
            callback: (value) => formatValue(value, data.unit),
          },
          grid: { color: GRID },
        },
      },
    },
  };
}

function draw(figure) {
  const script = document.getElementById(figure.dataset.chart);
  const canvas = figure.querySelector("canvas");
  if (!script || !canvas) return;
  const data = JSON.parse(script.textContent);
  figure.querySelector(".chart-canvas").hidden = false;
  charts.set(figure.id, new Chart(canvas, config(data)));
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
reducedMotion.addEventListener("change", drawAll);
// Fit the printed page's width rather than the screen's.
for (const moment of ["beforeprint", "afterprint"]) {
  window.addEventListener(moment, () => {
    for (const chart of charts.values()) chart.resize();
  });
}
