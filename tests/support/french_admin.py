"""English and wrong French that must never be read on the French admin."""

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# English met on the French admin before locale/fr/ existed: none may be read there, as text or as a title,
# label or placeholder. The browser journey imports FORBIDDEN_STRINGS (English and wrong French); the
# translation editor shows English content, so a scan of it should read its interface, not its segments.
ENGLISH_STRINGS = (
    "More actions",
    "Publish in",
    "to English translation",
    "to anglais translation",
    "Locale",
    "Locales",
    "Region",
    "Any",
    "Status",
    "Locking status",
    "Timeline",
    "English",
    "French",
    "Slug",
    "ago",
    "now",
    "Can submit translations",
    "Translated manually",
    *MONTHS,
)
# Upstream French that is wrong here: a language is not a « région », « Publier dans » misses its space.
WRONG_FRENCH = ("Région", "Régions", "Publier dans", "Guide du redacteur", "Édition de text")
FORBIDDEN_STRINGS = ENGLISH_STRINGS + WRONG_FRENCH
