// Chapter 17's page: once everything has loaded, say what arrived, then show this browser's
// own request as the server parsed it (one more request, on a connection already open).
"use strict";

window.addEventListener("load", () => {
  const images = Array.from(document.images);
  const drawn = images.filter((image) => image.complete && image.naturalWidth > 0);
  const styled = getComputedStyle(document.body).backgroundColor === "rgb(248, 250, 252)";
  const status = document.getElementById("status");
  status.textContent = `${drawn.length} of ${images.length} pictures drawn; the stylesheet `
    + (styled ? "applied" : "not applied") + "; the script ran.";
  status.dataset.drawn = String(drawn.length);
  fetch("/echo", { headers: { "X-Asked-By": "site.js" } })
    .then((response) => response.text())
    .then((text) => { document.getElementById("echo").textContent = text; })
    .catch((error) => { document.getElementById("echo").textContent = String(error); });
});
