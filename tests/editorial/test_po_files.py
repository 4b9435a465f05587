"""A translator downloads a page's translation as a PO file, edits it offline and uploads it back."""

import polib

from django.core.files.uploadedfile import SimpleUploadedFile

from series.models import EpisodePage
from tests.support.localize import publish_translation, translation_for

FRENCH_QUOTE = "Chacun a son rythme. Mon travail, c’est de le suivre, pas d’imposer le mien."
OLD_ENGLISH = "Everyone has their own pace. My job is to follow it, not to impose mine."
NEW_ENGLISH = "Each person has their own pace; my job is to go along with it, never to force mine."


def test_po_file_round_trip_changes_the_english_page(admin_client, french, english):
    episode = EpisodePage.objects.get(locale=french, number=1)
    english_episode = episode.get_translation(english)
    translation = translation_for(episode, english)

    response = admin_client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    # The quote, and the transcript's segment where it is said.
    entries = [entry for entry in po if entry.msgid == FRENCH_QUOTE]
    assert len(entries) == 2 and {entry.msgstr for entry in entries} == {OLD_ENGLISH}
    assert len(po.translated_entries()) == len(po) > 10

    for entry in entries:
        entry.msgstr = NEW_ENGLISH
    upload = SimpleUploadedFile("episode-1.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = admin_client.post(f"/admin/localize/translate/{translation.pk}/pofile/upload/", {"file": upload})
    assert response.status_code == 302

    assert OLD_ENGLISH in admin_client.get(english_episode.url).content.decode()  # not live until published
    publish_translation(admin_client, english_episode)
    html = admin_client.get(english_episode.url).content.decode()
    assert NEW_ENGLISH.replace("’", "&#x27;") in html or NEW_ENGLISH in html
    assert OLD_ENGLISH not in html
