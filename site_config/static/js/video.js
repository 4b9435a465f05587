// Video facade: nothing is requested from YouTube or Vimeo until the visitor presses play.
(function () {
  "use strict";

  function play(figure, start) {
    var url = figure.getAttribute("data-video-embed");
    if (!url) return;
    if (start) {
      url += url.indexOf("player.vimeo.com") !== -1 ? "#t=" + start + "s" : "&start=" + start;
    }
    var iframe = document.createElement("iframe");
    iframe.src = url;
    iframe.title = figure.getAttribute("data-video-title") || "";
    iframe.allow = "autoplay; fullscreen; picture-in-picture";
    iframe.allowFullscreen = true;
    var frame = figure.querySelector(".video__frame");
    frame.replaceChildren(iframe);
    iframe.focus();
  }

  document.querySelectorAll("[data-video-embed]").forEach(function (figure) {
    var button = figure.querySelector(".video__play");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", function () { play(figure, 0); });
  });

  document.querySelectorAll("[data-video-seek]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var figure = document.querySelector("[data-video-embed]");
      if (!figure) return;
      event.preventDefault();
      play(figure, parseInt(link.getAttribute("data-video-seek"), 10) || 0);
      figure.scrollIntoView();
    });
  });
})();
