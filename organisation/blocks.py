"""The blocks of a standard page: the episodes' paragraph, quote and video (same privacy facade), an image
with its caption, and a call-out."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from series.blocks import PARAGRAPH_FEATURES, QuoteBlock, VideoBlock


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Légende"))

    class Meta:
        icon = "image"
        template = "blocks/figure_block.html"
        label = _("Image avec légende")


class CalloutBlock(blocks.StructBlock):
    """A short boxed message, e.g. « Vous êtes une structure ? Écrivez-nous. », with an optional link."""

    heading = blocks.CharBlock(max_length=120, label=_("Titre"))
    text = blocks.TextBlock(label=_("Texte"))
    page = blocks.PageChooserBlock(required=False, label=_("Page liée"))
    link_label = blocks.CharBlock(required=False, max_length=60, label=_("Texte du lien"))

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"
        label = _("Encadré")


class StandardBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES, label=_("Paragraphe"), icon="pilcrow", template="blocks/paragraph_block.html"
    )
    figure = FigureBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()
    video = VideoBlock()
