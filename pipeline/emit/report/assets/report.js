/* Inlined into the HTML report: filters, expand/collapse, and Escape to dismiss a tooltip.
   A filter change touches only the findings of open articles, O(findings shown); an article
   catches up when it is opened. Languages hide whole columns by a class on <main> that the
   generated CSS matches, and the "shown" count comes from counts the page was written with. */
(function () {
  "use strict";
  var RANK = { info: 0, warning: 1, error: 2 };
  var NAMES = ["info", "warning", "error"];
  var main = document.getElementById("report");
  var form = document.getElementById("filters");
  var status = document.getElementById("filter-status");
  var boxes = form.querySelectorAll("input[data-filter]");
  var counts = JSON.parse(form.dataset.counts);  // "sev code lang" -> findings
  // Static lists: a live HTMLCollection re-walks the document after every class change.
  var articles = main.querySelectorAll("details.body");  // each article's <details>
  var generation = 0;
  var off = hiddenValues();

  function hiddenValues() {
    var hidden = { sev: {}, code: {}, lang: {} };
    for (var i = 0; i < boxes.length; i++) {
      if (!boxes[i].checked) hidden[boxes[i].dataset.filter][boxes[i].value] = true;
    }
    return hidden;
  }

  function isShown(sev, code, lang) {
    return !off.sev[sev] && !off.code[code] && !off.lang[lang];
  }

  // Each highlight shows its most severe finding still shown, or none (then leaves Tab order).
  function applyTo(article) {
    var items = article.querySelectorAll(".fi");
    var best = new Map();
    for (var j = 0; j < items.length; j++) {
      var item = items[j], d = item.dataset, wrapper = item.parentNode.parentNode;
      var visible = isShown(d.sev, d.code, d.lang);
      if (item.hidden === visible) item.hidden = !visible;
      var rank = visible ? RANK[d.sev] : -1;
      if (!best.has(wrapper) || best.get(wrapper) < rank) best.set(wrapper, rank);
    }
    best.forEach(function (rank, wrapper) {
      var f = wrapper.firstElementChild;
      var sev = "sev-" + (rank < 0 ? "none" : NAMES[rank]);
      if (!f.classList.contains(sev)) {
        f.className = f.className.replace(/\bsev-\w+/, sev);
        f.tabIndex = rank < 0 ? -1 : 0;
        wrapper.classList.toggle("off", rank < 0);
      }
    });
    article.dataset.generation = generation;
  }

  function apply() {
    off = hiddenValues();
    generation++;
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].dataset.filter === "lang") {
        main.classList.toggle("hide-" + boxes[i].value, !boxes[i].checked);
      }
    }
    for (var a = 0; a < articles.length; a++) {
      if (articles[a].open) applyTo(articles[a]);
    }
    var shown = 0, total = 0;
    Object.keys(counts).forEach(function (key) {
      var parts = key.split(" ");
      total += counts[key];
      if (isShown(parts[0], parts[1], parts[2])) shown += counts[key];
    });
    status.textContent = shown === total ? shown + " findings shown." :
      shown + " of " + total + " findings shown.";
  }

  main.addEventListener("toggle", function (event) {
    var article = event.target;
    if (article.open && article.classList.contains("body") &&
        Number(article.dataset.generation || 0) !== generation) {
      applyTo(article);
    }
  }, true);  // toggle does not bubble

  function setAll(checked) {
    for (var i = 0; i < boxes.length; i++) boxes[i].checked = checked;
    apply();
  }

  // Filters are applied before an article opens: the toggle event comes a task later, after
  // the browser may already have painted the article with findings the filters hide.
  function openAll(open) {
    for (var i = 0; i < articles.length; i++) {
      var article = articles[i];
      if (open && !article.open && Number(article.dataset.generation || 0) !== generation) {
        applyTo(article);
      }
      article.open = open;
    }
  }

  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  document.getElementById("show-all").addEventListener("click", function () { setAll(true); });
  document.getElementById("expand-all").addEventListener("click", function () { openAll(true); });
  document.getElementById("collapse-all").addEventListener("click", function () { openAll(false); });

  // WCAG 1.4.13: a tooltip shown on hover or focus can be dismissed without moving.
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") main.classList.add("no-tips");
  });
  function showTips() { main.classList.remove("no-tips"); }
  main.addEventListener("focusin", showTips);
  main.addEventListener("pointerover", showTips);

  // "Copy suppression": the comment or baseline entry that accepts a finding, to paste.
  // The clipboard needs a secure context (a file:// page is one in Chromium); else the text
  // is shown in a prompt, selected, to copy by hand.
  main.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button.copy");
    if (!button) return;
    var text = button.dataset.copy, label = button.textContent;
    function copied() {
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = label; }, 1500);
    }
    function byHand() { window.prompt("Copy this and paste it:", text); }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(copied, byHand);
    } else {
      byHand();
    }
  });

  // A reload keeps the boxes' states: apply them when any is unchecked.
  for (var i = 0; i < boxes.length; i++) {
    if (!boxes[i].checked) { apply(); break; }
  }
})();
