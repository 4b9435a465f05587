"""The demo's pictures (drawn with Pillow) and the Plateforme's wordmark."""

from io import BytesIO
from xml.etree import ElementTree

import pytest
from PIL import Image, ImageChops

from django.contrib.staticfiles import finders

from home.demo_pictures import episode_poster, portrait, series_cover

SVG = "{http://www.w3.org/2000/svg}"
PICTURES = [
    (lambda: episode_poster(1, "Rôles et missions", "Raconter le travail pair"), (1600, 900)),
    (lambda: series_cover("Raconter le travail pair", 8), (1600, 900)),
    (lambda: portrait("PT"), (400, 400)),
]


@pytest.mark.parametrize(("draw", "size"), PICTURES, ids=["poster", "cover", "portrait"])
def test_each_picture_is_a_progressive_jpeg_of_its_size_and_the_same_every_time(draw, size):
    data = draw()
    picture = Image.open(BytesIO(data))
    assert (picture.format, picture.size, picture.mode) == ("JPEG", size, "RGB")
    assert picture.info.get("progressive")
    assert "exif" not in picture.info
    assert draw() == data


def test_each_episode_gets_its_own_poster():
    first, second = (episode_poster(number, "Faire du lien", "Raconter le travail pair") for number in (1, 2))
    assert first != second
    small = [Image.open(BytesIO(data)).convert("L").resize((64, 36)) for data in (first, second)]
    differing = ImageChops.difference(*small).point(lambda value: 255 if value > 24 else 0).histogram()[255]
    assert differing > 64 * 36 // 20, "the two posters should differ in their composition, not only in a few pixels"


@pytest.mark.parametrize("name", ["img/logo.svg", "img/logo-light.svg", "img/favicon.svg"])
def test_the_wordmark_and_favicon_are_small_valid_svg(name):
    path = finders.find(name)
    assert path, f"{name} is not found by the static files finders"
    with open(path, "rb") as svg:
        data = svg.read()
    root = ElementTree.fromstring(data)
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox")
    assert len(data) < 2048
    if "logo" in name:
        assert root.get("role") == "img"
        assert root.find(f"{SVG}title").text == "Plateforme travail pair"
