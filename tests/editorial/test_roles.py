"""Who may do what, in which language tree: the role matrix, the moderation workflow and themes."""

import pytest

from wagtail.models import Workflow

from editorial.groups import EDITORS, MODERATORS, TRANSLATORS
from series.models import EpisodePage, SeriesPage, Theme
from tests.support.forms import episode_form_data_from_page
from tests.support.roles import member_of

ACTIONS = ["create", "edit", "submit", "publish", "translate", "delete"]

# What each group may do in the French (source) and English (translation) trees.
EXPECTED = {
    EDITORS: {
        "fr": {"create", "edit", "submit"},
        "en": set(),
    },
    MODERATORS: {
        "fr": {"create", "edit", "submit", "publish", "translate", "delete"},
        "en": {"create", "edit", "submit", "publish", "translate", "delete"},
    },
    TRANSLATORS: {
        "fr": {"translate"},
        "en": {"edit", "submit", "translate"},
    },
}


def allowed(client, user, action, language):
    """Whether `user` may do `action` on the demo's first episode (or its series) in that language."""
    series = SeriesPage.objects.get(locale__language_code=language)
    episode = EpisodePage.objects.get(locale__language_code=language, number=1)
    permissions = episode.permissions_for_user(user)
    client.force_login(user)
    if action == "create":
        return client.get(f"/admin/pages/add/series/episodepage/{series.pk}/").status_code == 200
    if action == "edit":
        return client.get(f"/admin/pages/{episode.pk}/edit/").status_code == 200
    if action == "submit":
        return permissions.can_edit() and permissions.can_submit_for_moderation()  # submitting is editing
    if action == "publish":
        return permissions.can_publish()
    if action == "delete":
        return client.get(f"/admin/pages/{episode.pk}/delete/").status_code == 200
    if language == "fr":  # send the French page to translators
        return client.get(f"/admin/localize/submit/page/{episode.pk}/").status_code == 200
    # work on the English translation in wagtail-localize's editor
    response = client.get(f"/admin/pages/{episode.pk}/edit/")
    return response.status_code == 200 and b"js-translation-editor" in response.content


def test_role_matrix(client):
    deviations = []
    for group_name, trees in EXPECTED.items():
        user = member_of(group_name)
        for language, expected in trees.items():
            for action in ACTIONS:
                if allowed(client, user, action, language) != (action in expected):
                    deviations.append((group_name, language, action, action in expected))
    assert deviations == []


def test_one_workflow_asks_a_moderator_for_every_page(french_series):
    workflow = french_series.get_workflow()
    assert workflow == Workflow.objects.get(name="Relecture par un modérateur")
    [task] = workflow.tasks.specific()
    assert [group.name for group in task.groups.all()] == [MODERATORS]
    english_series = SeriesPage.objects.get(locale__language_code="en")
    assert english_series.get_workflow() == workflow


def test_an_episode_goes_live_only_when_a_moderator_approves(client, french):
    episode = EpisodePage.objects.get(locale=french, number=1)
    episode.unpublish()
    editor, moderator = member_of(EDITORS), member_of(MODERATORS)

    client.force_login(editor)
    data = episode_form_data_from_page(episode) | {"action-submit": "Soumettre"}
    data["title"] = "Rôles et missions, revu"
    response = client.post(f"/admin/pages/{episode.pk}/edit/", data)
    assert response.status_code == 302
    episode.refresh_from_db()
    assert not episode.live
    state = episode.current_workflow_state
    assert state is not None and state.status == "in_progress"

    # An editor cannot approve their own submission.
    task_state = state.current_task_state
    url = f"/admin/pages/workflow/action/{episode.pk}/approve/{task_state.pk}/"
    client.post(url, {"comment": ""})
    episode.refresh_from_db()
    assert not episode.live

    client.force_login(moderator)
    response = client.post(url, {"comment": "Relu, c’est bon."})
    assert response.status_code in (200, 302)
    episode.refresh_from_db()
    assert episode.live and episode.title == "Rôles et missions, revu"
    assert client.get(episode.url).status_code == 200


def test_an_editor_cannot_publish_by_posting_the_publish_button(client, french):
    episode = EpisodePage.objects.get(locale=french, number=1)
    episode.unpublish()
    client.force_login(member_of(EDITORS))
    data = episode_form_data_from_page(episode) | {"action-publish": "Publier"}
    client.post(f"/admin/pages/{episode.pk}/edit/", data)
    episode.refresh_from_db()
    assert not episode.live


@pytest.mark.parametrize(
    ("group_name", "language", "may_edit"),
    [
        (EDITORS, "fr", True),
        (EDITORS, "en", False),
        (TRANSLATORS, "fr", False),
        (TRANSLATORS, "en", True),
        (MODERATORS, "fr", True),
        (MODERATORS, "en", True),
    ],
)
def test_themes_are_changed_only_by_the_group_of_their_language(client, group_name, language, may_edit):
    theme = Theme.objects.filter(locale__language_code=language).first()
    client.force_login(member_of(group_name))
    response = client.get(f"/admin/snippets/series/theme/edit/{theme.pk}/")
    assert (response.status_code == 200) is may_edit


def test_a_new_language_tree_gets_its_permissions_at_once(english):
    from wagtail.models import GroupPagePermission

    from home.models import HomePage

    english_home = HomePage.objects.get(locale=english)
    granted = set(
        GroupPagePermission.objects.filter(page=english_home).values_list("group__name", "permission__codename")
    )
    assert (TRANSLATORS, "change_page") in granted and (MODERATORS, "publish_page") in granted
    assert not any(group == EDITORS for group, _ in granted)
