// Dates, times, numbers and percentages written by scripts exactly as the platform writes
// them in its pages (elearning/formats/en and fr, common/templatetags/formats.py): one
// style per language, in the device's time zone (the one the pages use too).
//   English: "December 5, 2026", "December 5, 2026, 1:44 p.m.", "42%", "0.33"
//   French:  "5 décembre 2026", "5 décembre 2026 à 13 h 44", "42 %", "0,33"

export function pageLanguage() {
  return (document.documentElement.lang || "en").toLowerCase().startsWith("fr") ? "fr" : "en";
}

function locale(language) {
  return (language || pageLanguage()) === "fr" ? "fr-CA" : "en-CA";
}

export function formatDate(value, language) {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: "long" }).format(new Date(value));
}

export function formatTime(value, language) {
  return new Intl.DateTimeFormat(locale(language), { timeStyle: "short" }).format(new Date(value));
}

export function formatDateTime(value, language) {
  const chosen = language || pageLanguage();
  const joiner = chosen === "fr" ? " à " : ", ";
  return `${formatDate(value, chosen)}${joiner}${formatTime(value, chosen)}`;
}

export function formatDecimal(value, places = 2, language) {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: places }).format(value);
}

// A ratio (0.423) as a percentage: "42%" in English, "42 %" (no-break space) in French.
export function formatPercent(ratio, places = 0, language) {
  const chosen = language || pageLanguage();
  const figure = formatDecimal(ratio * 100, places, chosen);
  return chosen === "fr" ? `${figure}\u00a0%` : `${figure}%`;
}
