"""Language-aware text for search: Snowball stemming (the stemmers PostgreSQL's own French and
English configurations use) followed by accent folding, done in Python so that SQLite, PostgreSQL
and Elasticsearch all index and query exactly the same terms.

« liens » and « lien » both become "lien", « rôles » and « role » both "rol", "connections" and
"connection" both "connect".
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

WORD = re.compile(r"[^\W_]+")
STEMMERS = {"fr": "french", "en": "english"}


def word_set(text):
    return frozenset(text.split())


# Small words a query can drop (the index keeps them, so a query made only of them still works).
STOPWORDS = {
    "fr": word_set(
        "a au aux avec c ce ces d dans de des du elle en est et eux il ils j je l la le les leur lui m ma mais "
        "me meme mes moi mon n ne nos notre nous on ou par pas pour qu que qui s sa se ses son sont sur t ta te "
        "tes toi ton tu un une vos votre vous y"
    ),
    "en": word_set(
        "a an and are as at be by for from has have he her his i in is it its of on or our she that the their "
        "them they this to was we were will with you your"
    ),
}
_stemmers = {}


def fold(text):
    """Lower case without accents: « Rôle » -> "role", « cœur » -> "coeur"."""
    text = text.lower().replace("œ", "oe").replace("æ", "ae")
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))


def stemmer(language):
    code = language if language in STEMMERS else "fr"
    if code not in _stemmers:
        _stemmers[code] = snowballstemmer.stemmer(STEMMERS[code])
    return _stemmers[code]


def words(text):
    return WORD.findall(text.lower())


@lru_cache(maxsize=100_000)
def stem(word, language):
    """One word's term; cached, since the same words come back all the time."""
    return fold(stemmer(language).stemWord(word))


def terms(text, language, drop_stopwords=False):
    """The search terms of a text: stemmed, accent-folded words."""
    stopwords = STOPWORDS.get(language, set()) if drop_stopwords else set()
    return [stem(word, language) for word in words(text) if fold(word) not in stopwords]


def index_text(texts, language):
    """What goes into the search index for these texts."""
    return " ".join(term for text in texts if text for term in terms(text, language))


def query_terms(query, language):
    """The terms a visitor's query looks for (stopwords apart, unless the query is only that)."""
    return terms(query, language, drop_stopwords=True) or terms(query, language)
