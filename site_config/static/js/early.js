// Before the first paint: tell the CSS that scripts run, so the phone menu starts closed without a jump.
document.documentElement.classList.add("js");
