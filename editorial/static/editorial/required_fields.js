// A required field says so as soon as the editor leaves it empty, not only when the page is submitted.
// Drafts and autosave still accept it empty (Wagtail defers required fields for drafts); the message
// goes away as soon as something is typed. Works for page fields and for the fields of blocks.
(() => {
  const message = document.currentScript.dataset.requiredMessage;
  const MARK = "data-required-hint";

  const fieldOf = (element) => element.closest("[data-field]");

  function requiredInput(element) {
    if (element.matches("input, textarea, select")) {
      return element.required && element.type !== "hidden" && !element.disabled ? element : null;
    }
    // A rich text editor: its value lives in a hidden input of the same field.
    if (element.isContentEditable) {
      const hidden = fieldOf(element)?.querySelector("input[type=hidden][required]");
      return hidden ? element : null;
    }
    return null;
  }

  const isEmpty = (element) => (element.isContentEditable ? element.textContent : element.value).trim() === "";

  function show(element) {
    const field = fieldOf(element);
    const errors = field?.querySelector("[data-field-errors]");
    if (!errors || errors.querySelector(`[${MARK}]`) || errors.querySelector(".error-message")) return;
    const text = document.createElement("p");
    text.className = "error-message";
    text.setAttribute(MARK, "");
    text.textContent = message;
    errors.append(text);
    errors.querySelector("svg")?.removeAttribute("hidden");
    field.classList.add("w-field--error");
    element.setAttribute("aria-invalid", "true");
    if (errors.id) {
      const described = (element.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
      if (!described.includes(errors.id)) element.setAttribute("aria-describedby", [...described, errors.id].join(" "));
    }
  }

  function clear(element) {
    const field = fieldOf(element);
    const hint = field?.querySelector(`[${MARK}]`);
    if (!hint) return;
    hint.remove();
    field.classList.remove("w-field--error");
    element.removeAttribute("aria-invalid");
  }

  document.addEventListener("focusout", (event) => {
    const element = requiredInput(event.target);
    if (element) (isEmpty(element) ? show : clear)(element);
  });
  document.addEventListener("input", (event) => {
    const element = requiredInput(event.target);
    if (element && !isEmpty(element)) clear(element);
  });
})();
