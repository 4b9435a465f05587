"""Demo content for « Raconter le travail pair », written for this site in French and English.

Every translatable text is a T(fr, en) pair: the French builds the source pages, the English
is what a translator would enter in wagtail-localize for that French segment.
"""

from datetime import datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo


class T(NamedTuple):
    fr: str
    en: str


PARIS = ZoneInfo("Europe/Paris")

HOME = {
    "title": T("Plateforme travail pair", "Plateforme travail pair"),
    "slug": T("accueil", "home"),
    "introduction": T(
        "La Plateforme travail pair accompagne les structures du social (hébergement, réduction des risques, "
        "logement) qui emploient des travailleuses et des travailleurs pairs, recrutés pour leur expérience "
        "vécue de la rue, des addictions ou de la précarité. Chaque mois, un épisode de notre série vidéo "
        "leur donne la parole.",
        "The Plateforme travail pair supports social-work organisations (shelters, harm-reduction services, "
        "housing programmes) that employ peer workers, hired for their lived experience of the street, "
        "addiction or precarity. Each month, an episode of our video series lets them speak for themselves.",
    ),
}

THEMES = [
    {
        "name": T("Rôles et missions", "Roles and missions"),
        "slug": T("roles-et-missions", "roles-and-missions"),
        "description": T(
            "Ce que recouvre le poste de travailleur pair et comment le définir avec la personne.",
            "What a peer worker’s job covers and how to define it together with them.",
        ),
    },
    {
        "name": T("Faire du lien", "Building connection"),
        "slug": T("faire-du-lien", "building-connection"),
        "description": T(
            "Comment la relation de confiance se construit, au rythme de chacun.",
            "How a relationship of trust is built, at each person’s pace.",
        ),
    },
    {
        "name": T("Savoir expérientiel", "Lived experience"),
        "slug": T("savoir-experientiel", "lived-experience"),
        "description": T(
            "Ce que l’expérience vécue apporte au travail social.",
            "What lived experience brings to social work.",
        ),
    },
    {
        "name": T("Langage commun", "Shared language"),
        "slug": T("langage-commun", "shared-language"),
        "description": T(
            "Traduire entre les mots des personnes accompagnées et ceux des professionnels.",
            "Translating between the words of the people supported and those of professionals.",
        ),
    },
    {
        "name": T("Cadre et latitude", "Frame and latitude"),
        "slug": T("cadre-et-latitude", "frame-and-latitude"),
        "description": T(
            "Poser un cadre clair tout en laissant de la marge pour s’adapter.",
            "Setting a clear frame while leaving room to adapt.",
        ),
    },
]

SERIES = {
    "title": T("Raconter le travail pair", "Peer work, in their own words"),
    "slug": T("raconter-le-travail-pair", "peer-work-in-their-own-words"),
    "introduction": T(
        "Huit vidéos, une par mois, où des travailleurs pairs racontent leur métier : ce qu’ils font, "
        "comment ils le font et ce dont ils ont besoin pour bien le faire.",
        "Eight videos, one a month, in which peer workers describe their job: what they do, how they do it "
        "and what they need to do it well.",
    ),
    "description": [
        T(
            "Chaque épisode part de la parole des travailleurs pairs, recueillie de façon anonyme, et la "
            "complète par les recommandations que la Plateforme adresse aux structures qui les emploient.",
            "Each episode starts from what peer workers say, collected anonymously, and adds the "
            "recommendations the Plateforme makes to the organisations that employ them.",
        ),
        T(
            "Les épisodes se regardent dans l’ordre ou par thème : rôles et missions, lien, confiance, langage commun…",
            "You can watch the episodes in order or by theme: roles and missions, connection, trust, shared language…",
        ),
    ],
    "planned_episodes": 8,
}

# Video addresses are examples for the demo; editors replace them with the real ones.
EPISODES = [
    {
        "number": 1,
        "title": T("Rôles et missions", "Roles and missions"),
        "slug": T("roles-et-missions", "roles-and-missions"),
        "published": datetime(2026, 2, 27, 10, 0, tzinfo=PARIS),
        "duration": timedelta(minutes=4, seconds=12),
        "themes": ["roles-et-missions", "savoir-experientiel", "cadre-et-latitude"],
        "summary": T(
            "Premier épisode : des travailleurs pairs disent avec leurs mots en quoi consiste leur rôle, "
            "et pourquoi il gagne à être défini avec eux.",
            "First episode: peer workers describe their role in their own words, and why it is worth "
            "defining it with them.",
        ),
        "body": [
            (
                "video",
                {
                    "url": "https://www.youtube.com/watch?v=rtpEpisode1",
                    "title": T(
                        "Raconter le travail pair, épisode 1 : rôles et missions",
                        "Peer work, in their own words, episode 1: roles and missions",
                    ),
                },
            ),
            (
                "paragraph",
                T(
                    "Rôle et missions se répondent : le rôle donne du sens aux missions, et les missions le "
                    "font exister sur le terrain. Dans ce premier épisode, des travailleurs pairs expliquent "
                    "comment ils vivent ce lien au quotidien.",
                    "Role and missions answer each other: the role gives the missions their meaning, and the "
                    "missions make the role real on the ground. In this first episode, peer workers explain "
                    "how they live this link day to day.",
                ),
            ),
            (
                "paragraph",
                T(
                    "Ils et elles travaillent dans des lieux très différents : un CHRS, un CAARUD, un CSAPA, une "
                    "équipe mobile ou un programme Logement d’abord. Partout, la pair-aidance part de la même "
                    "idée : avoir connu la rue, la consommation ou l’hébergement d’urgence aide à accompagner "
                    "d’autres personnes sur le chemin du rétablissement.",
                    "They work in very different places: a CHRS, a CAARUD, a CSAPA, a mobile team or a "
                    "Housing First programme. Everywhere, peer support starts from the same idea: having known the "
                    "street, drug use or emergency shelters helps to support other people on the road to recovery.",
                ),
            ),
            (
                "quote",
                {
                    "text": T(
                        "Je ne dis pas que je fais de l’aller-vers. Je dis que je vais rencontrer des gens.",
                        "I don’t say I do outreach. I say I go and meet people.",
                    ),
                    "speaker_role": T("Travailleur pair", "Peer worker"),
                    "moment": "00:48",
                },
            ),
            (
                "quote",
                {
                    "text": T(
                        "Chacun a son rythme. Mon travail, c’est de le suivre, pas d’imposer le mien.",
                        "Everyone has their own pace. My job is to follow it, not to impose mine.",
                    ),
                    "speaker_role": T("Travailleuse paire", "Peer worker"),
                    "moment": "01:55",
                },
            ),
            (
                "quote",
                {
                    "text": T(
                        "Ce qui compte, c’est que la personne reparte en se sentant un peu plus considérée.",
                        "What matters is that the person leaves feeling a little more valued.",
                    ),
                    "speaker_role": T("Travailleur pair en centre d’hébergement", "Peer worker in a shelter"),
                    "moment": "03:10",
                },
            ),
            (
                "paragraph",
                T(
                    "Ces paroles dessinent un métier très concret, fait de présence et d’attention, où chaque "
                    "situation se traite au cas par cas.",
                    "These words describe a very concrete job, made of presence and attention, where each "
                    "situation is handled case by case.",
                ),
            ),
            (
                "recommendation",
                {
                    "title": T("Définir les rôles, les missions et les tâches", "Define roles, missions and tasks"),
                    "text": T(
                        "Écrivez avec la personne ce que recouvre son poste, jusqu’aux tâches concrètes de la "
                        "semaine : un rôle flou risque d’être mal compris, puis mal tenu.",
                        "Write down with the person what their job covers, down to the concrete tasks of the "
                        "week: a vague role is likely to be misunderstood, then poorly carried out.",
                    ),
                    "audience": "structures",
                },
            ),
            (
                "recommendation",
                {
                    "title": T("Partir de l’expérience vécue", "Build on lived experience"),
                    "text": T(
                        "Confiez au travailleur pair des missions où son vécu fait la différence : c’est pour "
                        "cette compétence qu’il a été recruté.",
                        "Give the peer worker missions where their lived experience makes a difference: that "
                        "is the skill they were hired for.",
                    ),
                    "audience": "structures",
                },
            ),
            (
                "recommendation",
                {
                    "title": T("Laisser de la marge", "Leave room to adapt"),
                    "text": T(
                        "Prévoyez des temps pour discuter des missions et les ajuster au public accompagné, "
                        "dans un cadre posé dès le départ.",
                        "Set aside time to discuss the missions and adjust them to the people supported, "
                        "within a frame agreed from the start.",
                    ),
                    "audience": "structures",
                },
            ),
        ],
    },
    {
        "number": 2,
        "title": T("Faire du lien", "Building connection"),
        "slug": T("faire-du-lien", "building-connection"),
        "published": datetime(2026, 3, 31, 10, 0, tzinfo=PARIS),
        "duration": timedelta(minutes=5, seconds=5),
        "themes": ["faire-du-lien", "savoir-experientiel", "langage-commun", "cadre-et-latitude"],
        "summary": T(
            "Deuxième épisode : comment un vécu partagé aide à créer la confiance, et pourquoi ce lien se "
            "construit dans la durée.",
            "Second episode: how shared lived experience helps build trust, and why this connection takes time.",
        ),
        "body": [
            (
                "video",
                {
                    "url": "https://vimeo.com/900000002",
                    "title": T(
                        "Raconter le travail pair, épisode 2 : faire du lien",
                        "Peer work, in their own words, episode 2: building connection",
                    ),
                },
            ),
            (
                "paragraph",
                T(
                    "Créer du lien est au cœur du travail pair. Quand on a traversé des situations proches, "
                    "la confiance vient souvent plus vite : on se reconnaît, on n’a pas besoin de tout "
                    "expliquer.",
                    "Building connection is at the heart of peer work. When you have been through similar "
                    "situations, trust often comes faster: people recognise each other and do not need to "
                    "explain everything.",
                ),
            ),
            (
                "quote",
                {
                    "text": T(
                        "Quand tu as connu la même galère, la personne le sent tout de suite et elle se livre "
                        "plus facilement.",
                        "When you have been through the same hardship, the person feels it straight away and "
                        "opens up more easily.",
                    ),
                    "speaker_role": T("Travailleur pair", "Peer worker"),
                    "moment": "00:35",
                },
            ),
            (
                "quote",
                {
                    "text": T(
                        "Au début je parlais peu de moi. Avec le temps, j’ai appris à partager un peu de mon "
                        "histoire quand ça aide.",
                        "At first I said little about myself. Over time, I learned to share a bit of my story "
                        "when it helps.",
                    ),
                    "speaker_role": T("Travailleuse paire", "Peer worker"),
                    "moment": "02:05",
                },
            ),
            (
                "quote",
                {
                    "text": T(
                        "Les professionnels ont leurs mots, les personnes ont les leurs. Moi, je fais le pont "
                        "pour que chacun comprenne l’autre.",
                        "Professionals have their words, people have theirs. I build the bridge so that "
                        "everyone understands each other.",
                    ),
                    "speaker_role": T("Travailleur pair en réduction des risques", "Peer worker in harm reduction"),
                    "moment": "03:40",
                },
            ),
            (
                "paragraph",
                T(
                    "Le lien n’est jamais acquis : il se construit, se vérifie et s’ajuste à chaque rencontre.",
                    "Connection is never a given: it is built, checked and adjusted at every meeting.",
                ),
            ),
            (
                "recommendation",
                {
                    "title": T(
                        "Laisser chacun créer le lien à sa façon", "Let each person build connection their own way"
                    ),
                    "text": T(
                        "Posez un cadre clair, puis faites confiance au travailleur pair sur la manière d’entrer "
                        "en relation : la forme et le contenu lui appartiennent.",
                        "Set a clear frame, then trust the peer worker on how to reach out: the form and the "
                        "content are theirs.",
                    ),
                    "audience": "structures",
                },
            ),
            (
                "recommendation",
                {
                    "title": T("Ouvrir des espaces pour parler des mots", "Make room to talk about words"),
                    "text": T(
                        "Organisez des temps d’échange où les travailleurs pairs font remonter ce qu’ils "
                        "entendent et discutent des termes employés par l’équipe.",
                        "Hold regular discussions where peer workers pass on what they hear and discuss the "
                        "terms the team uses.",
                    ),
                    "audience": "professionals",
                },
            ),
        ],
    },
]


def all_pairs(*more):
    """Every T pair in the demo content (and in `more`), wherever it sits."""

    def walk(value):
        if isinstance(value, T):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                yield from walk(item)

    yield from walk([HOME, THEMES, SERIES, EPISODES, *more])


def english_for_french(*more):
    """The translator's table: French text -> English text."""
    table = {}
    for pair in all_pairs(*more):
        if table.setdefault(pair.fr, pair.en) != pair.en:
            raise ValueError(f"Two English texts for the same French text: {pair.fr!r}")
    return table
