// The comment form sits in a page cached for everyone, so it carries no ticket of its own: when the visitor
// first enters the form, a signed ticket (the time it was issued) is fetched from an uncached address into
// the hidden field. Without this script, or without a ticket, the server answers with its own form page.
(function () {
  "use strict";

  document.querySelectorAll("form[data-comment-ticket-url]").forEach(function (form) {
    var field = form.querySelector("input[name='ticket']");
    var pending = null;
    if (!field) return;

    function fetchTicket() {
      if (field.value) return Promise.resolve();
      if (!pending) {
        pending = fetch(form.getAttribute("data-comment-ticket-url"), {
          cache: "no-store",
          credentials: "same-origin",
          headers: { Accept: "application/json" }
        })
          .then(function (response) { return response.ok ? response.json() : {}; })
          .then(function (data) { if (data.ticket) field.value = data.ticket; })
          .catch(function () {})
          .then(function () { pending = null; });
      }
      return pending;
    }

    form.addEventListener("focusin", fetchTicket);
    form.addEventListener("submit", function (event) {
      if (field.value) return;
      event.preventDefault();
      fetchTicket().then(function () { form.submit(); });  // too soon, the server says so and keeps the text
    });
  });

  // After a refused post, the message is read out and the focus set on it.
  var errors = document.getElementById("comment-errors");
  if (errors) errors.focus();
})();
