"""Demo content of the Plateforme's own pages, menu, footer and byline, in French and English (T pairs, as in
demo_content.py). Placeholders stand, marked « [à compléter …] », only where a real name is unknown."""

from .demo_content import T

AUTHOR = {
    "name": T("L’équipe de la Plateforme", "The Plateforme team"),
    "description": T(
        "Les salariées et salariés de la Plateforme travail pair, qui préparent et réalisent la série.",
        "The staff of the Plateforme travail pair, who prepare and make the series.",
    ),
    "initials": "PTP",
}

VIDEOS = {
    "title": T("Vidéos", "Videos"),
    "slug": T("videos", "videos"),
    "introduction": T(
        "Tous les épisodes publiés, du plus récent au plus ancien. Choisissez un thème pour n’en voir qu’une partie.",
        "Every published episode, newest first. Pick a theme to see only some of them.",
    ),
}

# A page's body: ("heading", T), ("paragraph", T), ("callout", {...}), ("figure", "series-cover").
ABOUT = {
    "title": T("À propos", "About"),
    "slug": T("a-propos", "about"),
    "introduction": T(
        "La Plateforme travail pair aide les structures du social à accueillir, employer et faire grandir des "
        "travailleuses et travailleurs pairs.",
        "The Plateforme travail pair helps social-work organisations welcome, employ and support peer workers.",
    ),
    "body": [
        ("heading", T("Ce que nous faisons", "What we do")),
        (
            "paragraph",
            T(
                "Nous accompagnons les équipes qui recrutent des personnes pour leur expérience vécue de la rue, "
                "des addictions ou de la précarité : définir le poste, préparer l’équipe, soutenir la personne "
                "recrutée dans la durée.",
                "We support teams that hire people for their lived experience of the street, addiction or "
                "precarity: defining the job, preparing the team, supporting the person hired over time.",
            ),
        ),
        ("figure", "series-cover"),
        ("heading", T("Pourquoi une série vidéo", "Why a video series")),
        (
            "paragraph",
            T(
                "Les travailleurs pairs parlent mieux que quiconque de leur métier. La série leur donne la parole, "
                "un épisode par mois, et nous y ajoutons nos recommandations aux structures.",
                "Peer workers speak about their job better than anyone. The series gives them the floor, one "
                "episode a month, and we add our recommendations to organisations.",
            ),
        ),
        (
            "callout",
            {
                "heading": T("Vous employez des travailleurs pairs ?", "Do you employ peer workers?"),
                "text": T(
                    "Racontez-nous votre expérience ou posez-nous vos questions : nous répondons à chaque message.",
                    "Tell us about your experience or ask us your questions: we answer every message.",
                ),
                "page": "contact",
                "link_label": T("Nous écrire", "Write to us"),
            },
        ),
    ],
}

LEGAL = {
    "title": T("Mentions légales", "Legal notice"),
    "slug": T("mentions-legales", "legal-notice"),
    "introduction": T(
        "Qui publie ce site, qui en est responsable et qui l’héberge.",
        "Who publishes this site, who is responsible for it and who hosts it.",
    ),
    "body": [
        ("heading", T("Éditeur", "Publisher")),
        (
            "paragraph",
            T(
                "Plateforme travail pair, association loi 1901. Siège : [à compléter : adresse du siège]. "
                "Numéro RNA : [à compléter]. Courriel : par la page Contact.",
                "Plateforme travail pair, a French non-profit association (loi 1901). Registered office: "
                "[to be completed: address]. RNA number: [to be completed]. E-mail: through the Contact page.",
            ),
        ),
        ("heading", T("Directrice ou directeur de la publication", "Director of publication")),
        (
            "paragraph",
            T(
                "[à compléter : nom de la présidente ou du président de l’association], en qualité de "
                "représentant légal.",
                "[to be completed: name of the association’s chair], as its legal representative.",
            ),
        ),
        ("heading", T("Hébergeur", "Host")),
        (
            "paragraph",
            T(
                "[à compléter : nom de l’hébergeur, adresse et numéro de téléphone].",
                "[to be completed: the host’s name, address and telephone number].",
            ),
        ),
        ("heading", T("Contenus", "Content")),
        (
            "paragraph",
            T(
                "Les textes et les vidéos appartiennent à la Plateforme travail pair et aux personnes qui y "
                "témoignent. Vous pouvez les citer et les partager en indiquant leur source.",
                "The texts and videos belong to the Plateforme travail pair and to the people who speak in them. "
                "You may quote and share them, naming their source.",
            ),
        ),
    ],
}

PRIVACY = {
    "title": T("Confidentialité", "Privacy"),
    "slug": T("confidentialite", "privacy"),
    "introduction": T(
        "Ce que le site garde sur vous : presque rien, et jamais pour vous suivre.",
        "What this site keeps about you: almost nothing, and never to track you.",
    ),
    "body": [
        ("heading", T("Aucun cookie de suivi", "No tracking cookie")),
        (
            "paragraph",
            T(
                "Le site n’utilise ni mesure d’audience ni publicité. Il ne dépose aucun cookie pour lire les "
                "pages ; la page Contact dépose un cookie de sécurité qui protège son formulaire.",
                "The site uses neither analytics nor advertising. It sets no cookie to read its pages; the "
                "Contact page sets one security cookie that protects its form.",
            ),
        ),
        ("heading", T("Les vidéos", "The videos")),
        (
            "paragraph",
            T(
                "Tant que vous n’appuyez pas sur « Lire la vidéo », aucune demande ne part vers YouTube ou Vimeo. "
                "Ensuite, le lecteur est celui de leur mode de confidentialité renforcée.",
                "Until you press “Play the video”, no request goes to YouTube or Vimeo. After that, the player "
                "is their privacy-enhanced one.",
            ),
        ),
        ("heading", T("Les journaux du serveur", "Server logs")),
        (
            "paragraph",
            T(
                "Comme tout site, le serveur note l’adresse qui demande une page, la page et l’heure, pour la "
                "sécurité et le bon fonctionnement. Ces journaux sont effacés au bout de 90 jours.",
                "Like any site, the server writes down the address that asks for a page, the page and the time, "
                "for security and to keep it running. These logs are deleted after 90 days.",
            ),
        ),
        ("heading", T("Vos messages", "Your messages")),
        (
            "paragraph",
            T(
                "Un message envoyé par la page Contact (nom, adresse électronique, texte) sert seulement à vous "
                "répondre. Il est gardé douze mois, puis effacé.",
                "A message sent through the Contact page (name, e-mail address, text) is used only to answer "
                "you. It is kept for twelve months, then deleted.",
            ),
        ),
        (
            "paragraph",
            T(
                "Un commentaire laissé sous un épisode est publié avec le prénom ou le pseudonyme choisi, après "
                "la lecture d’un modérateur. L’adresse électronique, facultative et jamais affichée, sert seulement "
                "à vous répondre ; elle est effacée au bout de 90 jours, comme l’empreinte de votre connexion qui "
                "nous protège des envois en masse. Un commentaire refusé est effacé au bout de 30 jours.",
                "A comment left under an episode is published with the first name or pseudonym you chose, once a "
                "moderator has read it. The e-mail address, optional and never shown, is used only to answer you; "
                "it is deleted after 90 days, as is the fingerprint of your connection that protects us from mass "
                "posting. A rejected comment is deleted after 30 days.",
            ),
        ),
        ("heading", T("Vos droits", "Your rights")),
        (
            "paragraph",
            T(
                "Vous pouvez demander à voir, corriger ou effacer ce qui vous concerne en nous écrivant, et "
                "vous adresser à la CNIL si notre réponse ne vous satisfait pas.",
                "You may ask to see, correct or delete what concerns you by writing to us, and turn to the "
                "CNIL, the French data protection authority, if our answer does not satisfy you.",
            ),
        ),
    ],
}

CONTACT = {
    "title": T("Contact", "Contact"),
    "slug": T("contact", "contact"),
    "introduction": T(
        "Une question, une expérience à partager, une structure qui veut se lancer ? Écrivez-nous : "
        "nous répondons sous quinze jours.",
        "A question, an experience to share, an organisation that wants to start? Write to us: we answer "
        "within a fortnight.",
    ),
    "thank_you_text": T(
        "Merci, votre message est bien arrivé. Nous vous répondrons à l’adresse indiquée.",
        "Thank you, your message has arrived. We will answer at the address you gave.",
    ),
    "subject": T("Message reçu par le site", "Message received through the site"),
    "to_address": "contact@plateforme-travail-pair.example",
    "fields": [
        {
            "label": T("Votre nom", "Your name"),
            "field_type": "singleline",
            "help_text": T("Ou un prénom, un pseudonyme.", "Or a first name, a pseudonym."),
        },
        {
            "label": T("Votre adresse électronique", "Your e-mail address"),
            "field_type": "email",
            "help_text": T("Pour vous répondre, rien d’autre.", "To answer you, nothing else."),
        },
        {"label": T("Votre message", "Your message"), "field_type": "multiline", "help_text": T("", "")},
        {
            "label": T(
                "J’accepte que ces informations servent à me répondre (voir la page Confidentialité).",
                "I agree that this information is used to answer me (see the Privacy page).",
            ),
            "field_type": "checkbox",
            "help_text": T("", ""),
        },
    ],
}

MENU = {
    "name": T("Menu principal", "Main menu"),
    # (what the link leads to, label): a page of the demo by key, or a site view.
    "links": [
        ("home", T("Accueil", "Home")),
        ("series", T("La série", "The series")),
        ("videos", None),
        ("view:themes", None),
        ("glossary", None),
        ("about", None),
    ],
}

FOOTER = {
    "name": T("Pied de page", "Footer"),
    "description": T(
        "La Plateforme travail pair accompagne les structures du social qui emploient des travailleuses et "
        "des travailleurs pairs.",
        "The Plateforme travail pair supports social-work organisations that employ peer workers.",
    ),
    "columns": [
        (T("La Plateforme", "The Plateforme"), ["about", "contact"]),
        (T("Informations", "Information"), ["legal", "privacy"]),
        (
            T("Ailleurs", "Elsewhere"),
            [
                (
                    "https://www.federationsolidarite.org/",
                    T("Fédération des acteurs de la solidarité", "Fédération des acteurs de la solidarité"),
                )
            ],
        ),
    ],
}

SERIES_COVER_ALT = T(
    "Affiche de la série « Raconter le travail pair » : un guillemet sur un disque bleu-vert et huit points, un "
    "par épisode.",
    "Poster of the series “Peer work, in their own words”: a quotation mark on a teal disc and eight dots, one "
    "for each episode.",
)

EVERYTHING = [AUTHOR, VIDEOS, ABOUT, LEGAL, PRIVACY, CONTACT, MENU, FOOTER, SERIES_COVER_ALT]
