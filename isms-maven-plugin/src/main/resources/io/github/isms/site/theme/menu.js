/* The main navigation's menu button, on a narrow screen (the style sheet shows the button there
   only). The button stays hidden without this script, so the navigation is then always open. */
(function () {
  "use strict";
  var button = document.querySelector(".nav-toggle");
  if (!button) {
    return;
  }
  button.hidden = false;
  button.addEventListener("click", function () {
    button.setAttribute("aria-expanded", button.getAttribute("aria-expanded") === "true" ? "false" : "true");
  });
})();
