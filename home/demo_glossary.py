"""The demo's glossary: the field's jargon in plain words, in French and (through wagtail-localize) English.

Each term is a dict of T(fr, en) pairs; `variants` holds one form a line, as editors type them.
"""

from .demo_content import T

GLOSSARY_PAGE = {
    "title": T("Glossaire", "Glossary"),
    "slug": T("glossaire", "glossary"),
    "introduction": T(
        "Les mots du social et du travail pair, dits simplement. Dans les épisodes, la première fois qu’un de ces "
        "mots apparaît, vous pouvez l’ouvrir pour lire sa définition.",
        "The words of social work and peer work, in plain language. In the episodes, the first time one of these "
        "words appears, you can open it to read what it means.",
    ),
}

TERMS = [
    {
        "term": T("CHRS", "CHRS"),
        "slug": T("chrs", "chrs"),
        "expansion": T(
            "centre d’hébergement et de réinsertion sociale",
            "centre d’hébergement et de réinsertion sociale (shelter and social reintegration centre)",
        ),
        "variants": T("", ""),
        "definition": T(
            "Un lieu où des personnes sans logement peuvent dormir et être aidées, pendant plusieurs mois, à "
            "retrouver un toit, un travail ou des droits.",
            "A place in France where people without a home can sleep and get help, for several months, to find "
            "housing, work or their rights again.",
        ),
    },
    {
        "term": T("CAARUD", "CAARUD"),
        "slug": T("caarud", "caarud"),
        "expansion": T(
            "centre d’accueil et d’accompagnement à la réduction des risques pour usagers de drogues",
            "harm reduction drop-in and support centre for people who use drugs",
        ),
        "variants": T("", ""),
        "definition": T(
            "Un lieu où les personnes qui consomment des drogues sont accueillies sans jugement : matériel propre, "
            "soins, une douche, quelqu’un à qui parler.",
            "A place in France where people who use drugs are welcomed without judgement: clean equipment, care, "
            "a shower, someone to talk to.",
        ),
    },
    {
        "term": T("CSAPA", "CSAPA"),
        "slug": T("csapa", "csapa"),
        "expansion": T(
            "centre de soins, d’accompagnement et de prévention en addictologie",
            "addiction care, support and prevention centre",
        ),
        "variants": T("", ""),
        "definition": T(
            "Un centre où l’on peut être soigné et suivi, gratuitement, pour une addiction à l’alcool, aux "
            "drogues, aux jeux ou aux médicaments.",
            "A centre in France where people get free care and follow-up for an addiction to alcohol, drugs, "
            "gambling or medicines.",
        ),
    },
    {
        "term": T("SIAO", "SIAO"),
        "slug": T("siao", "siao"),
        "expansion": T(
            "service intégré de l’accueil et de l’orientation",
            "integrated reception and referral service",
        ),
        "variants": T("115", "115"),
        "definition": T(
            "Le service de chaque département qui reçoit les demandes d’hébergement, par exemple au 115, et "
            "oriente chacun vers une place.",
            "The service in each French département that receives requests for a bed, for example on 115, and "
            "sends each person to a place.",
        ),
    },
    {
        "term": T("Travailleur pair", "Peer worker"),
        "slug": T("travailleur-pair", "peer-worker"),
        "expansion": T("", ""),
        "variants": T("travailleuse paire\ntravail pair", "peer work"),
        "definition": T(
            "Une personne embauchée dans une équipe du social ou du soin parce qu’elle a vécu la rue, "
            "l’addiction ou la précarité, et qu’elle s’en sert pour aider.",
            "Someone hired in a social-work or care team because they have lived through the street, addiction "
            "or poverty, and use that experience to help.",
        ),
    },
    {
        "term": T("Pair-aidance", "Peer support"),
        "slug": T("pair-aidance", "peer-support"),
        "expansion": T("", ""),
        "variants": T("pair-aidant\npair-aidante\npairs-aidants", "peer supporter"),
        "definition": T(
            "L’aide qu’apporte une personne qui est passée par les mêmes difficultés que celle qu’elle accompagne.",
            "The help given by someone who has been through the same difficulties as the person they support.",
        ),
    },
    {
        "term": T("Savoir expérientiel", "Lived experience"),
        "slug": T("savoir-experientiel", "lived-experience"),
        "expansion": T("", ""),
        "variants": T("savoir d’expérience", "experiential knowledge"),
        "definition": T(
            "Ce qu’on sait pour l’avoir vécu soi-même, et pas appris dans les livres ou en formation.",
            "What you know because you have lived it yourself, not learnt from books or training.",
        ),
    },
    {
        "term": T("Rétablissement", "Recovery"),
        "slug": T("retablissement", "recovery"),
        "expansion": T("", ""),
        "variants": T("", ""),
        "definition": T(
            "Le chemin d’une personne qui reprend sa vie en main, à son rythme, même si tout n’est pas réglé.",
            "A person’s path to taking their life back in hand, at their own pace, even if not everything is solved.",
        ),
    },
    {
        "term": T("Aller-vers", "Outreach"),
        "slug": T("aller-vers", "outreach"),
        "expansion": T("", ""),
        "variants": T("", ""),
        "definition": T(
            "Aller rencontrer les gens là où ils sont, dans la rue ou chez eux, au lieu d’attendre qu’ils viennent.",
            "Going to meet people where they are, on the street or at home, instead of waiting for them to come.",
        ),
    },
    {
        "term": T("Maraude", "Outreach round"),
        "slug": T("maraude", "outreach-round"),
        "expansion": T("", ""),
        "variants": T("", ""),
        "definition": T(
            "Une tournée à pied ou en camion pour aller voir les personnes qui vivent dehors, parler avec elles "
            "et leur proposer de l’aide.",
            "A round on foot or by van to visit people who live outside, talk with them and offer them help.",
        ),
    },
    {
        "term": T("Réduction des risques", "Harm reduction"),
        "slug": T("reduction-des-risques", "harm-reduction"),
        "expansion": T("", ""),
        "variants": T("", ""),
        "definition": T(
            "Aider les personnes qui consomment à le faire avec moins de dangers pour leur santé, sans exiger "
            "qu’elles arrêtent.",
            "Helping people who use drugs to do it with less danger to their health, without demanding that they stop.",
        ),
    },
    {
        "term": T("Hébergement d’urgence", "Emergency shelter"),
        "slug": T("hebergement-d-urgence", "emergency-shelter"),
        "expansion": T("", ""),
        "variants": T("", ""),
        "definition": T(
            "Une place pour dormir à l’abri, pour une nuit ou quelques semaines, quand on n’a nulle part où aller.",
            "A safe place to sleep, for a night or a few weeks, when you have nowhere to go.",
        ),
    },
    {
        "term": T("Logement d’abord", "Housing First"),
        "slug": T("logement-d-abord", "housing-first"),
        "expansion": T("", ""),
        "variants": T("", ""),
        "definition": T(
            "Donner d’abord un vrai logement à une personne sans abri, puis l’accompagner, au lieu de lui "
            "demander de faire ses preuves avant.",
            "Giving a homeless person a real home first, then supporting them, instead of asking them to prove "
            "themselves beforehand.",
        ),
    },
    {
        "term": T("Usager", "Service user"),
        "slug": T("usager", "service-user"),
        "expansion": T("", ""),
        "variants": T("usagère", "person using the service"),
        "definition": T(
            "Une personne qui fréquente une structure du social ou du soin et en reçoit l’aide.",
            "A person who uses a social-work or care service and gets help from it.",
        ),
    },
]
