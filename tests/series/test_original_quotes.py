"""On an English episode, each quote offers the French words as they were said, in lang="fr", taken from the
French page's live text; French pages are unchanged."""

from bs4 import BeautifulSoup

from series.models import EpisodePage


def episode(language, number=1):
    return EpisodePage.objects.get(locale__language_code=language, number=number)


def originals(client, page):
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    return [
        (details.summary.get_text(strip=True), details.blockquote)
        for details in soup.select(".quote details.quote__original")
    ]


def french_quotes(page):
    return [block.value["text"] for block in page.body if block.block_type == "quote"]


def test_each_english_quote_shows_the_french_words_in_french(client):
    found = originals(client, episode("en"))
    assert [quote.get_text(strip=True) for _summary, quote in found] == french_quotes(episode("fr"))
    assert all(quote["lang"] == "fr" for _summary, quote in found)
    assert all(summary == "The original words, in French" for summary, _quote in found)


def test_french_pages_show_no_original(client):
    assert originals(client, episode("fr")) == []


def test_the_original_is_the_french_pages_live_text_not_its_draft(client):
    french = episode("fr")
    first_quote = next(block for block in french.body if block.block_type == "quote")
    first_quote.value["text"] = "Je vais rencontrer des gens, c’est tout."
    french.save_revision().publish()
    assert originals(client, episode("en"))[0][1].get_text(strip=True) == "Je vais rencontrer des gens, c’est tout."

    draft = episode("fr")
    next(block for block in draft.body if block.block_type == "quote").value["text"] = "Brouillon jamais publié."
    draft.save_revision()
    assert "Brouillon jamais publié." not in client.get(episode("en").url).content.decode()


def test_a_quote_left_identical_by_its_translator_shows_no_original(client):
    english = episode("en")
    second_quote = [block for block in english.body if block.block_type == "quote"][1]
    second_quote.value["text"] = french_quotes(episode("fr"))[1]
    english.save_revision().publish()
    assert len(originals(client, episode("en"))) == len(french_quotes(episode("fr"))) - 1
