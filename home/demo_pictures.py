"""The demo's pictures, drawn with Pillow: episode posters, the series cover and an author portrait.

One family: pale discs over a warm off-white paper, mostly beyond the edges, and in the middle the
mark of the logo (two peers talking): a saffron disc behind a teal one, parted by a thin line of
paper. Text is deep ink on the paper or paper on the teal. Everything is computed from the inputs
(no randomness, no metadata), so the same inputs give the same bytes. Pictures are drawn at twice
their size and scaled down, for smooth edges.
"""

import functools
import math
import unicodedata
from io import BytesIO

from PIL import Image, ImageChops, ImageDraw, ImageFont

PAPER = (250, 246, 239)
INK = (31, 36, 48)
TEAL = (15, 94, 90)
SAFFRON = (233, 162, 59)
MIST = (214, 232, 226)
SAND = (246, 228, 200)
BLUSH = (247, 212, 160)
SCALE = 2
GOLDEN_ANGLE = 137.5


@functools.cache
def font(size, face="DejaVuSans-Bold.ttf"):
    """A DejaVu face, looked for in the system's font folders, else Pillow's built-in scalable font."""
    try:
        return ImageFont.truetype(face, size * SCALE)
    except OSError:
        return ImageFont.load_default(size=size * SCALE)


def shown(text):
    """text as it can be drawn: Pillow's built-in font has no accented letters, so without DejaVu
    « Rôles » is drawn « Roles » rather than with missing-glyph boxes."""
    if isinstance(font(12).path, str):  # a font file (the built-in font is read from memory)
        return text
    return "".join(letter for letter in unicodedata.normalize("NFKD", text) if not unicodedata.combining(letter))


def width_of(text, size):
    return font(size).getlength(shown(text)) / SCALE


def fitted(text, max_width, size, wrap=True):
    """text, on two lines of similar length if one is too wide (and wrap), and the largest size up
    to size at which its longest line fits within max_width."""
    words = text.split()
    if wrap and width_of(text, size) > max_width and len(words) > 1:
        cut = min(range(1, len(words)), key=lambda at: abs(len(" ".join(words[:at])) - len(" ".join(words[at:]))))
        text = " ".join(words[:cut]) + "\n" + " ".join(words[cut:])
    while size > 12 and max(width_of(line, size) for line in text.splitlines()) > max_width:
        size -= 2
    return text, font(size)


def disc(draw, centre, radius, fill):
    x, y, r = centre[0] * SCALE, centre[1] * SCALE, radius * SCALE
    draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)


def write(draw, centre, text, text_font, fill, tracking=0):
    """Draws text (one or more lines) centred on centre; tracking adds room between letters."""
    x, y, text = centre[0] * SCALE, centre[1] * SCALE, shown(text)
    if not tracking:
        draw.multiline_text((x, y), text, font=text_font, fill=fill, anchor="mm", align="center", spacing=16)
        return
    widths = [draw.textlength(letter, font=text_font) for letter in text]
    left = x - (sum(widths) + tracking * SCALE * (len(text) - 1)) / 2
    for letter, width in zip(text, widths, strict=True):
        draw.text((left, y), letter, font=text_font, fill=fill, anchor="lm")
        left += width + tracking * SCALE


def printed(picture, shapes):
    """Lays each (centre, radius, colour) disc over picture as a layer of ink: where they overlap,
    colours multiply (darken) as in a risograph print."""
    for centre, radius, colour in shapes:
        layer = Image.new("RGB", picture.size, (255, 255, 255))
        disc(ImageDraw.Draw(layer), centre, radius, colour)
        picture = ImageChops.multiply(picture, layer)
    return picture


def polar(origin, distance, degrees):
    angle = math.radians(degrees)
    return (origin[0] + distance * math.cos(angle), origin[1] + distance * math.sin(angle))


def paper(size, seed, mark_centre, mark_radius):
    """Off-white paper with three pale discs mostly beyond the edges, placed around by seed (an angle
    in degrees), then the mark: a saffron disc behind a teal one, also turned by seed but kept
    below the top (where the series' name is)."""
    middle, reach = (size[0] / 2, size[1] / 2), math.hypot(*size) / 2
    backdrop = [(0, 0.96, 0.36, MIST), (150, 0.92, 0.26, SAND), (250, 0.8, 0.07, BLUSH)]
    shapes = [(polar(middle, reach * away, seed + turn), max(size) * part, tone) for turn, away, part, tone in backdrop]
    picture = printed(Image.new("RGB", (size[0] * SCALE, size[1] * SCALE), PAPER), shapes)
    draw = ImageDraw.Draw(picture)
    disc(draw, polar(mark_centre, mark_radius * 0.8, -20 + seed * 220 / 360), mark_radius * 0.62, SAFFRON)
    disc(draw, mark_centre, mark_radius * 1.04, PAPER)
    disc(draw, mark_centre, mark_radius, TEAL)
    return picture


def stamp(picture, centre, glyph, glyph_font, colour):
    """Pastes glyph centred on centre by its ink, not its line box (a quotation mark sits high in it)."""
    mask = Image.new("L", picture.size)
    ImageDraw.Draw(mask).text((0, 0), glyph, font=glyph_font, fill=255)
    ink = mask.crop(mask.getbbox())
    picture.paste(colour, (centre[0] * SCALE - ink.width // 2, centre[1] * SCALE - ink.height // 2), ink)


def jpeg(picture, size):
    buffer = BytesIO()
    picture.resize(size, Image.Resampling.LANCZOS).save(buffer, "JPEG", quality=82, progressive=True, optimize=True)
    return buffer.getvalue()


def episode_poster(number: int, title: str, series_title: str) -> bytes:
    """A 1600×900 poster: the series' name on top, the episode number on the teal disc, the title
    below. The backdrop turns by the golden angle from one episode to the next. Everything stays
    within the middle 900 pixels, so square and 4:3 crops keep it whole."""
    size = (1600, 900)
    picture = paper(size, (number * GOLDEN_ANGLE) % 360, (800, 330), 190)
    draw = ImageDraw.Draw(picture)
    write(draw, (800, 330), f"{number:02d}", font(170), PAPER)
    series, series_font = fitted(series_title.upper(), 660, 26, wrap=False)
    write(draw, (800, 80), series, series_font, TEAL, tracking=4)
    draw.rectangle((770 * SCALE, 622 * SCALE, 830 * SCALE, 628 * SCALE), fill=SAFFRON)
    lines, title_font = fitted(title, 860, 72)
    write(draw, (800, 735 if "\n" in lines else 705), lines, title_font, INK)
    return jpeg(picture, size)


def series_cover(title: str, episode_count: int) -> bytes:
    """A 1600×900 cover: saffron quotation marks on the teal disc, the series' title, then a row of
    dots, one per episode."""
    size = (1600, 900)
    picture = paper(size, 20, (800, 250), 150)
    draw = ImageDraw.Draw(picture)
    stamp(picture, (800, 250), "“", font(330, "DejaVuSerif-Bold.ttf"), SAFFRON)
    lines, title_font = fitted(title, 900, 84)
    write(draw, (800, 555 if "\n" in lines else 520), lines, title_font, INK)
    step = min(56, 860 // max(episode_count, 1))
    first = 800 - step * (episode_count - 1) / 2
    for index in range(episode_count):
        disc(draw, (first + index * step, 740), step * 0.2, TEAL if index % 2 == 0 else SAFFRON)
    return jpeg(picture, size)


def portrait(initials: str) -> bytes:
    """A 400×400 portrait: the initials on the teal disc, the saffron disc overlapping it."""
    size = (400, 400)
    picture = paper(size, 320, (200, 200), 120)
    draw = ImageDraw.Draw(picture)
    letters, letters_font = fitted(initials.upper(), 170, 96)
    write(draw, (200, 200), letters, letters_font, PAPER)
    return jpeg(picture, size)
