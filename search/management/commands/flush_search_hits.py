from django.core.management.base import BaseCommand

from search.hits import flush_hits, prune_log


class Command(BaseCommand):
    help = (
        "Écrit les recherches comptées dans le cache dans le rapport des recherches populaires, puis retire "
        "les anciennes (à lancer toutes les quelques minutes)."
    )

    def handle(self, *args, **options):
        queries, hits = flush_hits()
        prune_log()
        self.stdout.write(f"{hits} recherche(s) de {queries} requête(s) écrite(s) dans le rapport.")
