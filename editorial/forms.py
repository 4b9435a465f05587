"""The image form of the media library: every image must say what it shows."""

from django.utils.translation import gettext_lazy as _

from wagtail.images.forms import BaseImageForm


class ImageForm(BaseImageForm):
    """Wagtail's image form with the description, used as the image's alt text, required.

    Used through WAGTAILIMAGES_IMAGE_FORM_BASE for uploads, edits and the chooser's upload tab.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            self.fields["description"].required = True
            self.fields["description"].help_text = _(
                "Ce que montre l’image, en une phrase, pour les personnes qui ne la voient pas ; "
                "par exemple « Deux travailleuses paires discutent dans un local d’accueil »."
            )
