// Progressive enhancement: show a "Print" button on the certificate page (printing works without it).
document.querySelectorAll(".js-print").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
