"""The read-only API for partner organisations (Wagtail's API v2, at /api/v2/): live, public series,
episodes, themes and glossary terms, in each language, cached until the next publish."""
