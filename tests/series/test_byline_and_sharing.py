"""An episode says who made it, when, and how long it takes to read, and can be shared without any
third-party script."""

from urllib.parse import quote

from series.models import Author, EpisodePage


def test_an_episode_shows_its_author_in_the_visitors_language(client, french, english):
    french_episode = EpisodePage.objects.get(locale=french, number=1)
    author = Author.objects.get(locale=french)
    assert french_episode.author == author
    assert f"Par {author.name}" in client.get(french_episode.url).content.decode()
    english_page = client.get(french_episode.get_translation(english).url).content.decode()
    assert f"By {author.get_translation(english).name}" in english_page
    assert author.name not in english_page


def test_an_episode_without_an_author_is_signed_by_the_plateforme(client, french):
    episode = EpisodePage.objects.get(locale=french, number=2)
    episode.author = None
    episode.save_revision().publish()
    html = client.get(episode.url).content.decode()
    assert "Par la Plateforme travail pair" in html
    assert "min de lecture" in html and f'datetime="{episode.first_published_at:%Y-%m-%d}' in html


def test_sharing_links_carry_the_pages_address_and_load_nothing_from_elsewhere(client, french):
    episode = EpisodePage.objects.get(locale=french, number=1)
    html = client.get(episode.url).content.decode()
    address = quote(f"http://testserver{episode.url}", safe="")
    assert f'href="mailto:?subject={quote(episode.title, safe="")}&amp;body={address}"' in html
    for network in (
        "https://wa.me/",
        "https://www.facebook.com/sharer/",
        "https://www.linkedin.com/",
        "https://bsky.app/",
    ):
        assert f'href="{network}' in html
    assert address in html.split("https://www.facebook.com/sharer/sharer.php?u=")[1][: len(address)]
    # The copy and native share buttons wait for JavaScript to find what the browser can do.
    assert 'data-copy-link="http://testserver' in html and html.count("hidden>") >= 2
    scripts = [line for line in html.splitlines() if "<script" in line and "src=" in line]
    assert all('src="/static/' in line for line in scripts)
