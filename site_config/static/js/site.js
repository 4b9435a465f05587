// Video facade: nothing is requested from YouTube or Vimeo until the visitor presses play.
(function () {
  "use strict";

  function withStart(url, seconds) {
    if (!seconds) return url;
    return url.indexOf("player.vimeo.com") !== -1 ? url + "#t=" + seconds + "s" : url + "&start=" + seconds;
  }

  function play(figure, seconds) {
    var url = figure.getAttribute("data-video-embed");
    if (!url) return;
    var iframe = document.createElement("iframe");
    iframe.src = withStart(url, seconds);
    iframe.title = figure.getAttribute("data-video-title") || "";
    iframe.allow = "autoplay; fullscreen; picture-in-picture; encrypted-media";
    iframe.allowFullscreen = true;
    iframe.tabIndex = 0;
    figure.querySelector(".video__frame").replaceChildren(iframe);
    iframe.focus();
    listenTo(iframe);
  }

  // While the video plays, the player says where it is (postMessage: no script of the provider's is loaded
  // here) and the transcript marks the segment being said, without moving the focus or the page.
  var PLAYERS = { "https://player.vimeo.com": "vimeo", "https://www.youtube-nocookie.com": "youtube" };

  function listenTo(iframe) {
    var origin = new URL(iframe.src).origin;
    iframe.addEventListener("load", function () {
      var hello = PLAYERS[origin] === "vimeo"
        ? { method: "addEventListener", value: "timeupdate" }
        : { event: "listening", id: 1, channel: "widget" };
      iframe.contentWindow.postMessage(JSON.stringify(hello), origin);
    });
  }

  function markAt(seconds) {
    var current = null;
    document.querySelectorAll(".transcript__segment").forEach(function (item) {
      if (parseFloat(item.getAttribute("data-start")) <= seconds) current = item;
    });
    if (!current || current.getAttribute("aria-current") === "true") return;
    document.querySelectorAll(".transcript__segment[aria-current]").forEach(function (item) {
      item.removeAttribute("aria-current");
    });
    current.setAttribute("aria-current", "true");
  }

  window.addEventListener("message", function (event) {
    if (!PLAYERS[event.origin]) return;
    var data;
    try { data = typeof event.data === "string" ? JSON.parse(event.data) : event.data; } catch (error) { return; }
    if (!data) return;
    if (data.event === "timeupdate" && data.data) markAt(data.data.seconds);
    else if (data.event === "infoDelivery" && data.info && typeof data.info.currentTime === "number") {
      markAt(data.info.currentTime);
    }
  });

  // A deep link to a moment (#t=252, the media-fragment form) marks its transcript segment and makes the
  // play button start there.
  var moment = /^#t=(\d+)$/.exec(window.location.hash);
  var startAt = moment ? parseInt(moment[1], 10) : 0;

  document.querySelectorAll("[data-video-embed]").forEach(function (figure) {
    var button = figure.querySelector(".video__play");
    if (!button || !figure.getAttribute("data-video-embed")) return;
    button.hidden = false;
    button.addEventListener("click", function () { play(figure, startAt); });
  });
  if (moment) markAt(startAt);

  // A quote's moment or a transcript's time starts the video at that point.
  document.querySelectorAll("[data-video-seek]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var figure = document.querySelector("[data-video-embed]");
      if (!figure || !figure.getAttribute("data-video-embed")) return;
      event.preventDefault();
      var seconds = parseInt(link.getAttribute("data-video-seek"), 10) || 0;
      markAt(seconds);
      figure.scrollIntoView({ block: "center" });
      play(figure, seconds);
    });
  });
})();

// The menu button on narrow screens: the menu stays open without JavaScript; with it (html.js, set by
// early.js before the first paint, so nothing moves), the button shows and hides it, and Escape closes it
// and gives the focus back to the button.
(function () {
  "use strict";
  var button = document.querySelector(".menu-toggle");
  var menu = document.getElementById("site-menu");
  if (!button || !menu) return;
  var narrow = window.matchMedia("(max-width: 55rem)");

  function setOpen(open) {
    button.setAttribute("aria-expanded", String(open));
    menu.classList.toggle("is-open", open);
  }

  function follow() {
    setOpen(false);
  }

  button.addEventListener("click", function () {
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });
  // Escape closes the open menu wherever the focus is in it, or on the button itself.
  document.addEventListener("keydown", function (event) {
    var inside = menu.contains(document.activeElement) || document.activeElement === button;
    if (event.key === "Escape" && narrow.matches && inside && button.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      button.focus();
    }
  });
  if (narrow.addEventListener) narrow.addEventListener("change", follow);
  else narrow.addListener(follow); // Safari before 14
  follow();
})();

// Sharing: the browser's own share sheet where it has one, and a button that copies the page's address.
(function () {
  "use strict";
  var status = document.querySelector(".share__status");
  var native = document.querySelector("[data-share-native]");
  if (native && navigator.share) {
    native.hidden = false;
    native.addEventListener("click", function () {
      navigator.share({ title: native.getAttribute("data-share-title"), url: native.getAttribute("data-share-url") })
        .catch(function () {});
    });
  }
  var copy = document.querySelector("[data-copy-link]");
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(copy.getAttribute("data-copy-link")).then(function () {
        if (status) status.textContent = copy.getAttribute("data-copied");
      });
    });
  }
})();

// Glossary terms in the text: without JavaScript each is a link to its entry; here it opens its definition
// in place, as a disclosure button (Enter or Space, Escape to close), without leaving the page.
(function () {
  function setOpen(word, definition, open) {
    definition.hidden = !open;
    word.setAttribute("aria-expanded", open ? "true" : "false");
  }

  document.querySelectorAll("[data-term-toggle]").forEach(function (word) {
    var definition = document.getElementById(word.getAttribute("data-term-toggle"));
    if (!definition) return;
    word.setAttribute("role", "button");
    word.setAttribute("aria-controls", definition.id);
    setOpen(word, definition, false);
    word.addEventListener("click", function (event) {
      event.preventDefault();
      setOpen(word, definition, definition.hidden);
    });
    word.addEventListener("keydown", function (event) {
      if (event.key === " ") {
        event.preventDefault();
        setOpen(word, definition, definition.hidden);
      } else if (event.key === "Escape" && !definition.hidden) {
        setOpen(word, definition, false);
      }
    });
    definition.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        setOpen(word, definition, false);
        word.focus();
      }
    });
  });
})();
