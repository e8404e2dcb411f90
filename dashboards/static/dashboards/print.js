// "Print this report" buttons ([data-print]) open the browser's print dialog. Whichever
// way printing starts, the chart data tables (<details>) are opened for the paper copy
// and closed again afterwards; print.css decides what else goes on paper.
const opened = [];

document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-print]");
  if (button) {
    event.preventDefault();
    window.print();
  }
});

window.addEventListener("beforeprint", () => {
  for (const details of document.querySelectorAll("details:not([open])")) {
    details.open = true;
    opened.push(details);
  }
});

window.addEventListener("afterprint", () => {
  while (opened.length) {
    opened.pop().open = false;
  }
});
