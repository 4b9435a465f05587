// The transcript editor (series/transcript_form.py): adds a row after another or at the end, removes one,
// and keeps each input's accessible name numbered. The rows themselves are plain HTML drawn by the server.
(() => {
  function renumber(rows) {
    Array.from(rows.children).forEach((row, index) => {
      row.querySelectorAll("[data-label]").forEach((element) => {
        element.setAttribute("aria-label", `${element.dataset.label} ${index + 1}`);
      });
    });
  }

  function changed(editor) {
    // Wagtail's unsaved-changes warning and preview listen for changes on the form.
    editor.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function newRow(editor) {
    return editor.querySelector("template[data-transcript-new-row]").content.firstElementChild.cloneNode(true);
  }

  function setUp(editor) {
    const rows = editor.querySelector("[data-transcript-rows]");
    editor.addEventListener("click", (event) => {
      const button = event.target.closest("button");
      if (!button || !editor.contains(button)) return;
      const row = button.closest("li");
      if (button.matches("[data-transcript-insert], [data-transcript-add]")) {
        const added = newRow(editor);
        if (row) row.after(added);
        else rows.append(added);
        renumber(rows);
        added.querySelector("input[type=text]").focus();
      } else if (button.matches("[data-transcript-remove]")) {
        const next = row.nextElementSibling || row.previousElementSibling;
        row.remove();
        renumber(rows);
        (next ? next.querySelector("input[type=text]") : editor.querySelector("[data-transcript-add]")).focus();
      } else {
        return;
      }
      changed(editor);
    });
  }

  function start() {
    document.querySelectorAll("[data-transcript-editor]").forEach(setUp);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
