"""sitemap.xml: every live page in every language, each with its hreflang alternates."""

from collections import defaultdict

from django.conf import settings

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from caching.lookups import published
from glossary.models import GlossaryPage


class LocalizedSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        homes = site.root_page.get_translations(inclusive=True).live()
        pages = Page.objects.none()
        for home in homes:
            pages |= Page.objects.descendant_of(home, inclusive=True)
        return published(pages).select_related("locale").order_by("path").defer_streamfields()

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        versions = defaultdict(list)
        for item in self.items().filter(translation_key__in={item.translation_key for item in pages}):
            versions[item.translation_key].append(item)

        urls = []
        for item in pages:
            alternates = [
                {"lang_code": version.locale.language_code, "location": self.location(version)}
                for version in versions[item.translation_key]
            ]
            alternates += [
                {"lang_code": "x-default", "location": alternate["location"]}
                for alternate in alternates
                if alternate["lang_code"] == settings.LANGUAGE_CODE
            ]
            urls.append(
                {"item": item, "location": self.location(item), "lastmod": self.lastmod(item), "alternates": alternates}
            )
            if item.specific_class is GlossaryPage:
                urls += self.term_urls(item.specific, self.lastmod(item))
        lastmods = [url["lastmod"] for url in urls if url["lastmod"]]
        if lastmods:
            self.latest_lastmod = max(lastmods)
        return urls

    def term_urls(self, glossary_page, lastmod):
        """Each glossary term has its own address below its glossary page, with its translations'."""
        urls = []
        for term in glossary_page.terms():
            versions = glossary_page.term_translations(term, self.request)
            alternates = [{"lang_code": code, "location": self.absolute(url)} for code, url in versions.items()]
            alternates += [
                {"lang_code": "x-default", "location": self.absolute(url)}
                for code, url in versions.items()
                if code == settings.LANGUAGE_CODE
            ]
            location = self.absolute(glossary_page.term_url(term, self.request))
            urls.append({"item": term, "location": location, "lastmod": lastmod, "alternates": alternates})
        return urls

    def absolute(self, url):
        return self.request.build_absolute_uri(url) if self.request else url

    def location(self, obj):
        url = obj.get_url(self.request)
        return self.request.build_absolute_uri(url) if self.request else obj.get_full_url()
