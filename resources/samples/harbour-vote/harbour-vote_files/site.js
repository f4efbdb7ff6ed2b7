/* The Kestrel Bay Courier site script (fictional). Galley must never run it: it rewrites the
   page, so if its text ever shows up in an extraction, page JavaScript was executed. */
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var banner = document.getElementById("cookie-banner");
    if (banner) {
      banner.querySelector(".accept").addEventListener("click", function () {
        document.cookie = "consent=1; max-age=31536000; path=/";
        banner.remove();
      });
    }
    var body = document.querySelector(".story-body");
    if (body) {
      var wall = document.createElement("p");
      wall.className = "paywall";
      wall.textContent = "SCRIPT RAN: subscribe to keep reading this story.";
      body.insertBefore(wall, body.firstChild);
    }
    document.querySelectorAll(".copy-link").forEach(function (button) {
      button.addEventListener("click", function () { navigator.clipboard.writeText(location.href); });
    });
  });
})();
