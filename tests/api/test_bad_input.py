"""A partner's mistake is a 400 that says what is wrong, in JSON, never a 500 or an empty answer."""

import pytest

BAD_ADDRESSES = [
    "/api/v2/pages/?locale=de",
    "/api/v2/themes/?locale=xx",
    "/api/v2/glossary/?locale=",
    "/api/v2/pages/?type=series.EpisodePage&theme=no-such-theme",
    "/api/v2/pages/?type=series.EpisodePage&locale=en&theme=no-such-theme",
    "/api/v2/pages/?type=series.EpisodePage&locale=xx&theme=roles-and-missions",
    "/api/v2/pages/?theme=roles-and-missions",
    "/api/v2/pages/?type=series.SeriesPage&theme=roles-and-missions",
    "/api/v2/pages/?type=home.HomePage",
    "/api/v2/pages/?type=wagtailcore.Page",
    "/api/v2/pages/?type=series.EpisodePage,home.HomePage",
    "/api/v2/pages/?type=nothing.Here",
    "/api/v2/pages/?type=series.Theme",
    "/api/v2/pages/?fields=owner",
    "/api/v2/pages/?type=series.EpisodePage&fields=email",
    "/api/v2/pages/?type=series.EpisodePage&fields=no_such_field",
    "/api/v2/pages/?type=series.EpisodePage&fields=themes(name)",
    "/api/v2/pages/?fields=title(",
    "/api/v2/glossary/?fields=explanation",
    "/api/v2/themes/?fields=translation_key",
    "/api/v2/pages/?limit=abc",
    "/api/v2/pages/?limit=-1",
    "/api/v2/pages/?limit=1000",
    "/api/v2/themes/?offset=x",
    "/api/v2/pages/?order=owner",
    "/api/v2/pages/?order=body",
    "/api/v2/pages/?order=random&offset=2",
    "/api/v2/pages/?owner=1",
    "/api/v2/pages/?search=pair",
    "/api/v2/pages/?site=localhost",
    "/api/v2/pages/?type=series.EpisodePage&body=x",
    "/api/v2/pages/?type=series.EpisodePage&number=x",
    "/api/v2/pages/?type=series.EpisodePage&first_published_at=yesterday",
    "/api/v2/pages/?id=x",
    "/api/v2/pages/?child_of=abc",
    "/api/v2/pages/?child_of=999999",
    "/api/v2/pages/?descendant_of=-1",
    "/api/v2/pages/?translation_of=abc",
    "/api/v2/pages/?rich_text_format=pdf",
    "/api/v2/themes/?slug=a%00b",
    "/api/v2/pages/?format=api",
]


@pytest.mark.parametrize("address", BAD_ADDRESSES)
def test_bad_input_is_a_400_with_a_message(client, address):
    response = client.get(address)
    assert response.status_code == 400, response.content[:300]
    assert response["Content-Type"] == "application/json"
    assert response.json()["message"]


def test_the_message_names_what_is_wrong(client):
    assert "unknown locale 'de'" in client.get("/api/v2/pages/?locale=de").json()["message"]
    assert "unknown theme 'nope'" in client.get("/api/v2/pages/?type=series.EpisodePage&theme=nope").json()["message"]
    message = client.get("/api/v2/pages/?type=home.HomePage").json()["message"]
    assert "series.SeriesPage, series.EpisodePage" in message
    assert "limit cannot be higher than 50" in client.get("/api/v2/pages/?limit=51").json()["message"]
