"""The blocks an episode's body is made of: video, quote, recommendation, paragraph."""

import re

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from .links import UNSUPPORTED_VIDEO
from .video import parse_video_url

MOMENT_PATTERN = re.compile(r"^(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)$")

PARAGRAPH_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


def moment_to_seconds(moment):
    """'1:05' -> 65, '1:02:03' -> 3723; None when the text is not a moment."""
    match = MOMENT_PATTERN.match((moment or "").strip())
    if not match:
        return None
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return hours * 3600 + minutes * 60 + seconds


class VideoValue(blocks.StructValue):
    """A video block's value, with its player addresses worked out once."""

    @cached_property
    def video(self):
        return parse_video_url(self.get("url"))

    @property
    def provider_name(self):
        return self.video.provider_name if self.video else ""

    @property
    def watch_url(self):
        return self.video.watch_url if self.video else self.get("url")

    @property
    def embed_url(self):
        return self.video.embed_url() if self.video else ""


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        label=_("Adresse de la vidéo"),
        help_text=_("Adresse d’une vidéo YouTube ou Vimeo, par exemple https://www.youtube.com/watch?v=…"),
    )
    title = blocks.CharBlock(
        label=_("Titre accessible"),
        max_length=200,
        help_text=_("Décrit la vidéo pour les lecteurs d’écran et le bouton de lecture."),
    )
    poster = ImageChooserBlock(
        label=_("Image d’aperçu"),
        required=False,
        help_text=_("Affichée avant la lecture ; rien n’est chargé depuis YouTube ou Vimeo avant le clic."),
    )
    captions_url = blocks.URLBlock(
        label=_("Sous-titres ou transcription"),
        required=False,
        help_text=_("Lien vers les sous-titres ou la transcription de la vidéo, si elle existe ailleurs."),
    )

    def clean(self, value):
        value = super().clean(value)
        if self.is_deferred_validation and not value.get("url"):
            return value  # a new, still empty video block in a draft: its address is asked for at submit
        if parse_video_url(value.get("url")) is None:
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(UNSUPPORTED_VIDEO, code="unsupported_video")}
            )
        return value

    class Meta:
        icon = "media"
        label = _("Vidéo")
        template = "blocks/video_block.html"
        value_class = VideoValue
        help_text = _("La vidéo publiée sur YouTube ou Vimeo. La première vidéo du contenu est celle de l’épisode.")
        description = _("Une vidéo YouTube ou Vimeo, chargée seulement quand le visiteur appuie sur lecture.")
        preview_value = {
            "url": "https://www.youtube.com/watch?v=aaaaaaaaaaa",
            "title": "Raconter le travail pair, épisode 1",
        }


class QuoteValue(blocks.StructValue):
    @property
    def seconds(self):
        return moment_to_seconds(self.get("moment"))


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Paroles"), help_text=_("Les mots tels qu’ils ont été dits."))
    speaker_role = blocks.CharBlock(
        label=_("Rôle de la personne"),
        required=False,
        max_length=120,
        help_text=_("Par exemple « travailleuse paire » ; les personnes restent anonymes."),
    )
    # A RegexBlock, not a CharBlock: wagtail-localize keeps it synchronised instead of asking for a translation.
    moment = blocks.RegexBlock(
        regex=MOMENT_PATTERN.pattern,
        error_messages={"invalid": _("Indiquez le moment au format mm:ss, par exemple 02:15.")},
        label=_("Moment dans la vidéo"),
        required=False,
        max_length=8,
        help_text=_("Au format mm:ss (par exemple 02:15) pour renvoyer à ce passage de la vidéo."),
    )

    class Meta:
        icon = "openquote"
        label = _("Citation")
        template = "blocks/quote_block.html"
        value_class = QuoteValue
        help_text = _(
            "Une phrase marquante d’un ou d’une travailleuse paire. N’écrivez ni nom ni détail "
            "qui permette de reconnaître la personne."
        )
        description = _("Les paroles d’un ou d’une travailleuse paire, anonymes, avec son rôle.")
        preview_value = {
            "text": "On avance à son rythme à elle, pas au nôtre.",
            "speaker_role": "Travailleuse paire",
            "moment": "01:20",
        }


AUDIENCES = [
    ("structures", _("Structures")),
    ("professionals", _("Professionnels")),
    ("peer_workers", _("Travailleurs pairs")),
    ("everyone", _("Tout le monde")),
]


class RecommendationValue(blocks.StructValue):
    @property
    def audience_label(self):
        return dict(AUDIENCES).get(self.get("audience"), "")


class RecommendationBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), max_length=160, help_text=_("La recommandation en une phrase courte."))
    text = blocks.TextBlock(label=_("Texte"), help_text=_("Ce que la recommandation veut dire en pratique."))
    audience = blocks.ChoiceBlock(
        choices=AUDIENCES,
        default="structures",
        label=_("Public"),
        help_text=_("À qui s’adresse la recommandation."),
    )

    class Meta:
        icon = "tick-inverse"
        label = _("Recommandation")
        template = "blocks/recommendation_block.html"
        value_class = RecommendationValue
        help_text = _("Une action concrète que la Plateforme recommande, et le public à qui elle s’adresse.")
        description = _("Une recommandation de la Plateforme aux structures, mise en avant.")
        preview_value = {
            "title": "Définir les missions avec la personne",
            "text": "Écrire ensemble les tâches concrètes de chaque journée.",
            "audience": "structures",
        }


class EpisodeBodyBlock(blocks.StreamBlock):
    video = VideoBlock()
    quote = QuoteBlock()
    recommendation = RecommendationBlock()
    paragraph = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES,
        label=_("Paragraphe"),
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        help_text=_("Du texte pour relier les autres blocs : contexte, explications, liens utiles."),
        description=_("Du texte avec intertitres, liens et listes."),
        preview_value=(
            "<h2>Ce qui a changé dans l’équipe</h2>"
            "<p>Depuis l’arrivée d’une travailleuse paire, les rendez-vous manqués se font plus rares : "
            "les personnes accompagnées savent qu’elles seront reçues par quelqu’un qui est passé par là.</p>"
        ),
    )
