// The header's account menu. On a wide screen, "Signed in as …" and "Sign out" stay in
// view; on a narrow one they fold behind an "Account" button (a disclosure: Enter or
// Space opens it, Escape or a click elsewhere closes it, and focus goes back to the
// button). Without this script the account area simply stays open.
const NARROW = window.matchMedia("(width < 48em)");

function setUp(menu) {
  const toggle = menu.querySelector(".account-menu-toggle");
  const panel = menu.querySelector(".account-bar");
  if (!toggle || !panel) {
    return;
  }

  const open = (isOpen) => {
    menu.classList.toggle("is-open", isOpen);
    toggle.setAttribute("aria-expanded", String(isOpen));
  };

  toggle.addEventListener("click", () => open(!menu.classList.contains("is-open")));
  menu.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && menu.classList.contains("is-open")) {
      open(false);
      toggle.focus();
    }
  });
  menu.addEventListener("focusout", (event) => {
    if (NARROW.matches && event.relatedTarget && !menu.contains(event.relatedTarget)) {
      open(false);
    }
  });
  document.addEventListener("click", (event) => {
    if (!menu.contains(event.target)) {
      open(false);
    }
  });
  NARROW.addEventListener("change", () => open(false));
  menu.classList.add("is-enhanced");
}

document.querySelectorAll("[data-account-menu]").forEach(setUp);
