// Tell the platform which time zone this device's clock uses (the `tz` cookie), so that
// the times it writes in pages are the ones the learner's own clock shows. The first page
// ever seen uses the platform's zone; every later one, the device's.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
if (zone && !document.cookie.split("; ").includes(`tz=${encodeURIComponent(zone)}`)) {
  const secure = location.protocol === "https:" ? "; Secure" : "";
  document.cookie = `tz=${encodeURIComponent(zone)}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
}
