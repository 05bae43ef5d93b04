/* Offline search over window.ISMS_SEARCH_INDEX (search-index.js, written at build time).
   No network, no fetch(): works from file:// and from any static web server.
   Results are built with textContent only, so indexed text can never become markup. */
(function () {
  "use strict";
  var index = window.ISMS_SEARCH_INDEX || [];
  var form = document.querySelector(".search-page-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  /* Retired documents are no longer in force: left out unless asked for, and marked when shown. */
  var withRetired = document.getElementById("search-retired");
  if (!input || !status || !list) {
    return;
  }
  /* The page's own words, in the site's language, come from the status line's data attributes. */
  function says(name, fallback) {
    var text = status.getAttribute("data-" + name);
    return text === null ? fallback : text;
  }

  function terms(query) {
    return query.toLowerCase().split(/[^\p{L}\p{N}._-]+/u).filter(function (t) { return t.length > 0; });
  }

  function count(haystack, needle) {
    var n = 0;
    var at = haystack.indexOf(needle);
    while (at >= 0 && n < 50) {
      n++;
      at = haystack.indexOf(needle, at + needle.length);
    }
    return n;
  }

  function score(entry, words) {
    var title = (entry.id + " " + entry.title).toLowerCase();
    var text = entry.lower || (entry.lower = entry.text.toLowerCase());
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var inTitle = count(title, words[i]);
      var inText = count(text, words[i]);
      if (inTitle + inText === 0) {
        return 0;
      }
      total += inTitle * 10 + inText;
    }
    return total;
  }

  function snippet(entry, words) {
    var text = entry.text;
    var lower = entry.lower;
    var at = -1;
    for (var i = 0; i < words.length && at < 0; i++) {
      at = lower.indexOf(words[i]);
    }
    if (at < 0) {
      return text.slice(0, 200);
    }
    var start = Math.max(0, at - 80);
    var end = Math.min(text.length, at + 160);
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  function appendHighlighted(parent, text, words) {
    var lower = text.toLowerCase();
    var pos = 0;
    while (pos < text.length) {
      var next = -1;
      var word = "";
      for (var i = 0; i < words.length; i++) {
        var at = lower.indexOf(words[i], pos);
        if (at >= 0 && (next < 0 || at < next)) {
          next = at;
          word = words[i];
        }
      }
      if (next < 0) {
        parent.appendChild(document.createTextNode(text.slice(pos)));
        return;
      }
      parent.appendChild(document.createTextNode(text.slice(pos, next)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(next, next + word.length);
      parent.appendChild(mark);
      pos = next + word.length;
    }
  }

  function show(query) {
    list.textContent = "";
    var words = terms(query);
    if (words.length === 0) {
      status.textContent = says("prompt", "Type one or more words; every word must appear in a document.");
      return;
    }
    var hits = [];
    var includeRetired = withRetired ? withRetired.checked : false;
    for (var i = 0; i < index.length; i++) {
      if (index[i].retired && !includeRetired) {
        continue;
      }
      var s = score(index[i], words);
      if (s > 0) {
        hits.push({ entry: index[i], score: s });
      }
    }
    hits.sort(function (a, b) { return b.score - a.score || (a.entry.id < b.entry.id ? -1 : 1); });
    status.textContent = hits.length === 0
        ? says("none", "No document contains {0}.").replace("{0}", words.join(says("and", " and ")))
        : says("found", "Documents found: {0}").replace("{0}", String(hits.length));
    var shown = hits.slice(0, 100);
    for (var j = 0; j < shown.length; j++) {
      var entry = shown[j].entry;
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = entry.url;
      link.className = "search-hit";
      var id = document.createElement("span");
      id.className = "document-id";
      id.textContent = entry.id;
      link.appendChild(id);
      link.appendChild(document.createTextNode(" " + entry.title));
      if (entry.retired) {
        var retired = document.createElement("span");
        retired.className = "badge badge-retired";
        retired.textContent = says("retired", "retired");
        link.appendChild(document.createTextNode(" "));
        link.appendChild(retired);
      }
      var meta = document.createElement("span");
      meta.className = "search-type";
      meta.textContent = entry.type;
      var text = document.createElement("p");
      text.className = "search-snippet";
      appendHighlighted(text, snippet(entry, words), words);
      item.appendChild(link);
      item.appendChild(meta);
      item.appendChild(text);
      list.appendChild(item);
    }
  }

  var params = new URLSearchParams(window.location.search);
  var query = params.get("q") || "";
  input.value = query;
  if (withRetired) {
    withRetired.checked = params.get("retired") === "1";
    withRetired.addEventListener("change", function () {
      show(input.value);
    });
  }
  status.textContent = says("prompt", "Type one or more words; every word must appear in a document.");
  if (query) {
    show(query);
  }
  if (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      show(input.value);
      if (window.history && window.history.replaceState) {
        try {
          window.history.replaceState(null, "", "?q=" + encodeURIComponent(input.value)
              + (withRetired && withRetired.checked ? "&retired=1" : ""));
        } catch (ignored) {
          /* some browsers refuse replaceState under file://; the results are shown anyway */
        }
      }
    });
  }
})();
