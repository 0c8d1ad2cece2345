/* CLOTH Hub search: as-you-type suggestions for every search box with data-suggest-url.
   Progressive enhancement: without this script the search forms work as plain GET forms.
   Suggestions (titles of pages in the current language) fill a native <datalist>, which
   browsers present accessibly; choosing one puts the title in the box. */
(function () {
  "use strict";
  if (!("fetch" in window) || !("AbortController" in window)) {
    return;
  }
  var MIN_LENGTH = 2;
  var DELAY_MS = 180;

  function enhance(input) {
    var list = document.createElement("datalist");
    list.id = input.id + "-suggestions";
    input.insertAdjacentElement("afterend", list);
    input.setAttribute("list", list.id);

    var timer = null;
    var controller = null;
    var lastQuery = "";

    function fill(suggestions) {
      while (list.firstChild) {
        list.removeChild(list.firstChild);
      }
      suggestions.forEach(function (item) {
        var option = document.createElement("option");
        option.value = item.title;
        list.appendChild(option);
      });
    }

    input.addEventListener("input", function () {
      var query = input.value.trim();
      window.clearTimeout(timer);
      if (query.length < MIN_LENGTH) {
        fill([]);
        lastQuery = "";
        return;
      }
      if (query === lastQuery) {
        return;
      }
      timer = window.setTimeout(function () {
        if (controller) {
          controller.abort();
        }
        controller = new AbortController();
        lastQuery = query;
        var url = input.getAttribute("data-suggest-url") + "?q=" + encodeURIComponent(query);
        fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
          .then(function (response) {
            return response.ok ? response.json() : { suggestions: [] };
          })
          .then(function (data) {
            fill(data.suggestions || []);
          })
          .catch(function () {
            /* aborted or offline: keep the form working without suggestions */
          });
      }, DELAY_MS);
    });
  }

  function init() {
    var inputs = document.querySelectorAll("input[data-suggest-url][id]");
    Array.prototype.forEach.call(inputs, enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
