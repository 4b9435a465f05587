// wagtail-localize 1.14.5's translation editor writes two labels in English, outside gettext:
// "<source> to <target> translation" and the screen-reader "More actions". Relabel them through the
// admin's JavaScript catalogue (locale/fr/LC_MESSAGES/djangojs.po).
(() => {
  const editor = document.querySelector(".js-translation-editor");
  if (!editor) return;
  const relabel = () => {
    editor.querySelectorAll("section > div > h3").forEach((title) => {
      const match = title.textContent.match(/^(.+) to (.+) translation$/);
      if (match) {
        title.textContent = interpolate(
          gettext("%(source)s to %(target)s translation"),
          { source: match[1], target: match[2] },
          true,
        );
      }
    });
    editor.querySelectorAll(".w-dropdown__toggle .w-sr-only").forEach((label) => {
      if (label.textContent === "More actions") label.textContent = gettext("More actions");
    });
  };
  new MutationObserver(relabel).observe(editor, { childList: true, subtree: true });
  relabel();
})();
