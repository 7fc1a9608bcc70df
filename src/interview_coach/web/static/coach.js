// Interview Coach: small progressive enhancements. Everything works without this file.
(function () {
  "use strict";

  var WE = /\b(we|our|us)\b/gi;
  // Scoring takes milliseconds; a state shown for less than this is a flicker, not a state.
  var SHORTEST_STATE_MS = 400;

  function words(text) {
    var found = text.trim().match(/\S+/g);
    return found ? found.length : 0;
  }

  // Live word count against the question type's target, and a gentle flag on "we".
  function watchAnswer(box) {
    if (box.dataset.enhanced) return;
    box.dataset.enhanced = "1";
    var meter = document.getElementById("answer-meter");
    var flag = document.getElementById("answer-we");
    if (!meter) return;
    var low = +box.dataset.low, high = +box.dataset.high, max = +box.dataset.max;
    var story = box.dataset.type === "behavioral" || box.dataset.type === "situational";
    var pending = 0;

    function update() {
      pending = 0;
      var count = words(box.value);
      var state, text;
      if (count === 0) {
        state = "empty"; text = "Aim for " + low + "–" + high + " words.";
      } else if (count < low) {
        state = "short";
        text = count + " words · aim for " + low + "–" + high +
          (story ? ". Under " + low + " usually means a STAR part is missing." : ".");
      } else if (count <= high) {
        state = "good"; text = count + " words · right in the range (" + low + "–" + high + ").";
      } else if (count <= max) {
        state = "long"; text = count + " words · a little long; " + high + " is plenty.";
      } else {
        state = "too-long";
        text = count + " words · longer than an interviewer usually waits; trim towards " + high + ".";
      }
      meter.dataset.state = state;
      meter.textContent = text;
      if (flag) {
        var we = (box.value.match(WE) || []).length;
        flag.hidden = we === 0;
        flag.textContent = we === 0 ? "" :
          (we === 1 ? "One “we”" : we + " × “we” or “our”") +
          ": where it was you, say “I”, so your own part is clear.";
      }
    }

    box.addEventListener("input", function () {
      if (!pending) pending = window.requestAnimationFrame(update);
    });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        var form = box.form;
        if (form && form.reportValidity()) form.requestSubmit();
      }
    });
    update();
  }

  // A plain form submit (no HTMX) still says what is happening.
  function watchBusyForms(root) {
    root.querySelectorAll("form[data-busy-text]:not([data-enhanced])").forEach(function (form) {
      form.dataset.enhanced = "1";
      form.addEventListener("submit", function () {
        var note = form.querySelector(".busy-note");
        if (note) note.textContent = form.dataset.busyText;
        form.classList.add("is-busy");
      });
    });
  }

  function enhance(root) {
    var box = root.querySelector("#answer");
    if (box) watchAnswer(box);
    watchBusyForms(root);
  }

  // "Analyzing your answer…" stays up for SHORTEST_STATE_MS at least: the feedback's swap
  // waits out what is left of it. is-analyzing (ours) outlives htmx's own request class.
  function isAnswerForm(elt) { return elt && elt.id === "answer-form"; }
  var analyzingSince = 0;
  document.addEventListener("htmx:beforeRequest", function (event) {
    if (!isAnswerForm(event.detail.elt)) return;
    analyzingSince = performance.now();
    event.detail.elt.classList.add("is-analyzing");
  });
  document.addEventListener("htmx:beforeSwap", function (event) {
    var form = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (!isAnswerForm(form) || !event.detail.shouldSwap) return;
    var left = Math.ceil(SHORTEST_STATE_MS - (performance.now() - analyzingSince));
    if (left > 0) {
      event.detail.swapOverride = (form.getAttribute("hx-swap") || "outerHTML") + " swap:" + left + "ms";
    }
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    if (isAnswerForm(event.detail.elt) && !event.detail.successful) {
      event.detail.elt.classList.remove("is-analyzing");
    }
  });

  document.addEventListener("DOMContentLoaded", function () { enhance(document); });
  document.addEventListener("htmx:afterSettle", function (event) {
    enhance(document);
    var target = document.querySelector("#turn [data-focus]");
    if (target) target.focus({ preventScroll: true });
  });
})();
