// Dates, times, numbers and percentages written by scripts exactly as the platform writes
// them in its pages (elearning/formats/en and fr, common/templatetags/formats.py): one
// style per language, in the device's time zone (the one the pages use too).
//   English: "December 5, 2026", "December 5, 2026, 1:44 p.m.", "42%", "0.33"
//   French:  "5 décembre 2026", "5 décembre 2026 à 13 h 44" (no-break spaces in the time),
//            "42 %", "0,33", and the first of the month as an ordinal, "1er juillet 2026"
//            (common/dates.py)

export function pageLanguage() {
  return (document.documentElement.lang || "en").toLowerCase().startsWith("fr") ? "fr" : "en";
}

function locale(language) {
  return (language || pageLanguage()) === "fr" ? "fr-CA" : "en-CA";
}

export function formatDate(value, language) {
  const chosen = language || pageLanguage();
  const parts = new Intl.DateTimeFormat(locale(chosen), { dateStyle: "long" }).formatToParts(new Date(value));
  return parts
    .map(({ type, value: text }) => (chosen === "fr" && type === "day" && text === "1" ? "1er" : text))
    .join("");
}

// "9 h 05", as the pages write it: the short time style would write "09 h 05" in French,
// and its spaces are no-break spaces, so the time never wraps.
export function formatTime(value, language) {
  const chosen = language || pageLanguage();
  const time = new Intl.DateTimeFormat(locale(chosen), { hour: "numeric", minute: "2-digit" }).format(new Date(value));
  return chosen === "fr" ? time.replace(/\s/g, "\u00a0") : time;
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
