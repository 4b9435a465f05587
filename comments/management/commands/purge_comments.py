"""Keep comments' data no longer than the privacy page says: rejected comments are deleted after
COMMENTS_REJECTED_KEPT_DAYS (30), and the e-mail address and the connection's hash of every comment are cleared
after COMMENTS_PERSONAL_DATA_KEPT_DAYS (90); approved comments stay, with their display name.

Run it daily, for instance from cron:
    17 3 * * *  cd /srv/travail-pair && .venv/bin/python manage.py purge_comments --verbosity 0
"""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from comments.models import Comment
from comments.protection import setting


class Command(BaseCommand):
    help = "Efface les commentaires refusés anciens et les données personnelles des commentaires anciens."

    def handle(self, *args, **options):
        now = timezone.now()
        rejected_before = now - timedelta(days=setting("REJECTED_KEPT_DAYS"))
        personal_before = now - timedelta(days=setting("PERSONAL_DATA_KEPT_DAYS"))
        # Counted from the rejection, or from the sending for a comment without a moderation date.
        deleted, _by_model = Comment.objects.filter(
            Q(moderated_at__lt=rejected_before) | Q(moderated_at__isnull=True, created_at__lt=rejected_before),
            state=Comment.State.REJECTED,
        ).delete()
        cleared = (
            Comment.objects.filter(created_at__lt=personal_before)
            .exclude(email="", address_hash="")
            .update(email="", address_hash="")
        )
        self.stdout.write(f"{deleted} commentaire(s) refusé(s) effacé(s), {cleared} commentaire(s) anonymisé(s).")
