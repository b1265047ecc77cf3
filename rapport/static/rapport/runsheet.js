// Run sheet: count the seconds spent writing in each stage and send them with the next autosave.
(function () {
  var active = null, since = 0;
  function stop() {
    if (!active) return;
    var field = active.querySelector("input.seconds");
    field.value = String(parseInt(field.value || "0", 10) + Math.round((Date.now() - since) / 1000));
    active = null;
  }
  document.addEventListener("focusin", function (event) {
    var form = event.target.closest && event.target.closest("form.stage-form");
    if (form && form !== active) { stop(); active = form; since = Date.now(); }
  });
  document.addEventListener("focusout", function (event) {
    if (event.target.closest && event.target.closest("form.stage-form") === active) stop();
  });
  document.body.addEventListener("htmx:configRequest", function (event) {
    var form = event.detail.elt && event.detail.elt.closest && event.detail.elt.closest("form.stage-form");
    if (form) {
      if (form === active) { stop(); active = form; since = Date.now(); }
      event.detail.parameters.seconds = form.querySelector("input.seconds").value;
      form.querySelector("input.seconds").value = "0";
    }
  });
  // htmx does not swap error responses by default; a conflict (409) must still be shown.
  document.body.addEventListener("htmx:beforeSwap", function (event) {
    if (event.detail.xhr.status === 409 || event.detail.xhr.status === 400) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
})();
