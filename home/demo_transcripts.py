"""Timed transcripts of the demo episodes, written for this site in French and English.

Each segment is (start seconds, end seconds, speaker role or None, text): the French is what is
said in the video, the English is what a translator would enter for it. Quotes that the episode
pages show with a moment are said, word for word, at that moment here.
"""

import re

from .demo_content import T

NARRATOR = T("Voix off", "Narrator")
PEER_WORKER = T("Travailleur pair", "Peer worker")
FEMALE_PEER_WORKER = T("Travailleuse paire", "Peer worker")
SHELTER_PEER_WORKER = T("Travailleur pair en centre d’hébergement", "Peer worker in a shelter")
HARM_REDUCTION_PEER_WORKER = T("Travailleur pair en réduction des risques", "Peer worker in harm reduction")
SERVICE_MANAGER = T("Cheffe de service", "Service manager")

TRANSCRIPTS = {
    1: [
        (
            0.0,
            7.0,
            NARRATOR,
            T(
                "Ils ont connu la rue, les addictions ou la précarité. Aujourd’hui, leur métier, c’est "
                "d’accompagner ceux qui y sont encore.",
                "They have known the street, addiction or precarity. Today, their job is to support the people "
                "who are still there.",
            ),
        ),
        (
            7.0,
            14.5,
            NARRATOR,
            T(
                "Dans cet épisode, des travailleurs pairs racontent ce que recouvrent leur rôle et leurs missions, "
                "au jour le jour.",
                "In this episode, peer workers talk about what their role and their missions involve, day by day.",
            ),
        ),
        (
            14.5,
            22.0,
            PEER_WORKER,
            T(
                "Quand on m’a parlé de fiche de poste, j’ai rigolé. Je ne savais pas qu’on pouvait écrire ce que "
                "je faisais.",
                "When they mentioned a job description, I laughed. I didn’t know you could put what I did in writing.",
            ),
        ),
        (
            22.0,
            30.5,
            PEER_WORKER,
            T(
                "Le matin, je fais la maraude avec un éducateur. On passe sous le pont, à la gare, là où les gens "
                "dorment.",
                "In the morning, I do the outreach round with a support worker. We go under the bridge, to the "
                "station, wherever people sleep.",
            ),
        ),
        (
            30.5,
            39.0,
            FEMALE_PEER_WORKER,
            T(
                "Moi, je tiens la permanence du mardi. Les gens passent boire un café ou prendre une douche, et "
                "parfois ils parlent.",
                "I run the Tuesday drop-in session. People come by for a coffee or a shower, and sometimes they talk.",
            ),
        ),
        (
            39.0,
            48.0,
            NARRATOR,
            T(
                "Sur le papier, ça s’appelle de l’aller-vers. Mais sur le terrain, les travailleurs pairs "
                "choisissent d’autres mots.",
                "On paper, it’s called outreach. But on the ground, peer workers choose other words.",
            ),
        ),
        (
            48.0,
            54.5,
            PEER_WORKER,
            T(
                "Je ne dis pas que je fais de l’aller-vers. Je dis que je vais rencontrer des gens.",
                "I don’t say I do outreach. I say I go and meet people.",
            ),
        ),
        (
            54.5,
            63.0,
            PEER_WORKER,
            T(
                "L’aller-vers, dans la rue, ça ne parle à personne. Rencontrer quelqu’un, tout le monde voit ce "
                "que ça veut dire.",
                "Nobody on the street knows what that jargon means. Meeting someone, everyone gets that.",
            ),
        ),
        (
            63.0,
            71.5,
            SHELTER_PEER_WORKER,
            T(
                "Au centre, je suis celui qu’on vient voir le soir, quand les bureaux sont fermés et que les "
                "résidents ont besoin de parler.",
                "At the shelter, I’m the one people come to in the evening, when the offices are closed and the "
                "residents need to talk.",
            ),
        ),
        (
            71.5,
            79.0,
            SHELTER_PEER_WORKER,
            T(
                "Le tutoiement est venu tout seul. Certains, je les connais depuis la rue, alors le vouvoiement "
                "sonnait faux.",
                "Being on first-name terms came naturally. I know some of them from the street, so being formal "
                "would have sounded fake.",
            ),
        ),
        (
            79.0,
            87.0,
            SERVICE_MANAGER,
            T(
                "Au départ, on l’a recruté sans trop savoir quoi lui confier. C’était une erreur, et on l’a "
                "compris assez vite.",
                "At first, we hired him without really knowing what to give him. That was a mistake, and we "
                "realised it fairly quickly.",
            ),
        ),
        (
            87.0,
            96.0,
            SERVICE_MANAGER,
            T(
                "Maintenant, on écrit ses missions ensemble, jusqu’aux tâches de la semaine. Et on les relit tous "
                "les trois mois.",
                "Now we write his missions together, right down to the week’s tasks. And we go over them again "
                "every three months.",
            ),
        ),
        (
            96.0,
            104.5,
            NARRATOR,
            T(
                "Le rôle donne le sens, les missions le rendent visible. Reste à savoir comment on les mène.",
                "The role gives the meaning, and the missions make it visible. What remains is how they are "
                "carried out.",
            ),
        ),
        (
            104.5,
            115.0,
            FEMALE_PEER_WORKER,
            T(
                "Il y a des jours où la personne ne veut pas parler. Alors je m’assois à côté, je reste là, et "
                "on verra demain.",
                "Some days the person doesn’t want to talk. So I sit down next to them, I stay, and we’ll see "
                "tomorrow.",
            ),
        ),
        (
            115.0,
            121.5,
            FEMALE_PEER_WORKER,
            T(
                "Chacun a son rythme. Mon travail, c’est de le suivre, pas d’imposer le mien.",
                "Everyone has their own pace. My job is to follow it, not to impose mine.",
            ),
        ),
        (
            121.5,
            130.0,
            FEMALE_PEER_WORKER,
            T(
                "Un rendez-vous raté, ce n’est pas un échec. Parfois, il en faut trois avant que la personne "
                "vienne vraiment.",
                "A missed appointment isn’t a failure. Sometimes it takes three before the person really comes.",
            ),
        ),
        (
            130.0,
            138.5,
            PEER_WORKER,
            T(
                "Ce que j’apporte, c’est ce que j’ai vécu. Je sais ce que c’est d’attendre des heures au guichet "
                "sans rien comprendre.",
                "What I bring is what I’ve been through. I know what it’s like to wait for hours at a counter "
                "without understanding a thing.",
            ),
        ),
        (
            138.5,
            147.0,
            PEER_WORKER,
            T(
                "Alors quand quelqu’un doit refaire ses papiers, je l’accompagne. Je ne fais pas à sa place, je "
                "suis juste à côté.",
                "So when someone has to sort out their papers again, I go with them. I don’t do it for them, I’m "
                "just by their side.",
            ),
        ),
        (
            147.0,
            156.0,
            SERVICE_MANAGER,
            T(
                "Il ne remplace pas un travailleur social. Il fait autre chose, que personne d’autre dans "
                "l’équipe ne sait faire.",
                "He doesn’t replace a social worker. He does something else, something nobody else on the team "
                "knows how to do.",
            ),
        ),
        (
            156.0,
            164.5,
            SERVICE_MANAGER,
            T(
                "Notre travail à nous, c’est de lui laisser de la marge. On pose le cadre au départ, et à "
                "l’intérieur, il s’adapte.",
                "Our part is to give him room. We set the frame at the start, and within it, he adapts.",
            ),
        ),
        (
            164.5,
            172.0,
            NARRATOR,
            T(
                "Pas de recette toute faite, donc. Mais d’un témoignage à l’autre, une même idée revient.",
                "So there is no ready-made recipe. But from one account to the next, the same idea keeps coming back.",
            ),
        ),
        (
            172.0,
            181.0,
            SHELTER_PEER_WORKER,
            T(
                "Quand tu as passé des années à être regardé de travers, un bonjour où on t’appelle par ton nom, "
                "ça change beaucoup.",
                "When you’ve spent years being looked down on, a hello where someone uses your name makes a big "
                "difference.",
            ),
        ),
        (
            181.0,
            190.0,
            SHELTER_PEER_WORKER,
            T(
                "Je ne règle pas tous les problèmes. Mais je peux montrer aux gens qu’ils comptent pour quelqu’un.",
                "I don’t solve every problem. But I can show people that they matter to someone.",
            ),
        ),
        (
            190.0,
            197.0,
            SHELTER_PEER_WORKER,
            T(
                "Ce qui compte, c’est que la personne reparte en se sentant un peu plus considérée.",
                "What matters is that the person leaves feeling a little more valued.",
            ),
        ),
        (
            197.0,
            206.0,
            SERVICE_MANAGER,
            T(
                "On a aussi appris à lui demander son avis. Sur l’accueil, sur le règlement, il voit des choses "
                "qu’on ne voit plus.",
                "We’ve also learned to ask for his opinion. On how we welcome people, on the house rules, he sees "
                "things we no longer notice.",
            ),
        ),
        (
            206.0,
            215.0,
            PEER_WORKER,
            T(
                "Le plus dur, au début, c’était de trouver ma place. Maintenant, je sais ce que j’ai à faire, et "
                "pourquoi je le fais.",
                "The hardest part, at first, was finding my place. Now I know what I have to do, and why I do it.",
            ),
        ),
        (
            215.0,
            223.5,
            FEMALE_PEER_WORKER,
            T(
                "Si je devais résumer mon poste ? Être là, être fiable, et ne jamais oublier d’où je viens.",
                "If I had to sum up my job? Being there, being reliable, and never forgetting where I come from.",
            ),
        ),
        (
            223.5,
            232.0,
            NARRATOR,
            T(
                "Un rôle clair, des missions écrites avec la personne et de la latitude pour les ajuster : c’est "
                "ce que recommande la Plateforme.",
                "A clear role, missions written with the person and the latitude to adjust them: that is what the "
                "Plateforme recommends.",
            ),
        ),
        (
            232.0,
            240.0,
            NARRATOR,
            T(
                "Vous retrouverez nos recommandations détaillées sous la vidéo, pour les structures comme pour "
                "les équipes.",
                "You’ll find our detailed recommendations below the video, for organisations and teams alike.",
            ),
        ),
        (
            240.0,
            248.0,
            NARRATOR,
            T(
                "Le mois prochain, dans l’épisode 2 : comment on crée du lien quand on est passé par là, soi aussi.",
                "Next month, in episode 2: how you build connection when you’ve been there yourself.",
            ),
        ),
    ],
    2: [
        (
            0.0,
            7.0,
            NARRATOR,
            T(
                "Épisode 2. Dans le travail pair, tout commence par une rencontre, et par la confiance qui peut "
                "en naître.",
                "Episode 2. In peer work, everything starts with a meeting, and with the trust that can grow from it.",
            ),
        ),
        (
            7.0,
            15.0,
            NARRATOR,
            T(
                "Qu’est-ce qui change quand celui qui vous tend la main est passé par là, lui aussi ?",
                "What changes when the person reaching out to you has been there too?",
            ),
        ),
        (
            15.0,
            24.0,
            PEER_WORKER,
            T(
                "La première fois, je ne parle pas du dossier. Je demande comment ça va, si la nuit a été froide, "
                "si le chien a mangé.",
                "The first time, I don’t talk about the paperwork. I ask how they’re doing, whether the night was "
                "cold, whether the dog has eaten.",
            ),
        ),
        (
            24.0,
            35.0,
            PEER_WORKER,
            T(
                "J’ai dormi dehors pendant deux hivers. Il y a des choses que je n’ai pas besoin d’expliquer, et "
                "les gens le voient.",
                "I slept rough for two winters. There are things I don’t need to explain, and people can tell.",
            ),
        ),
        (
            35.0,
            42.0,
            PEER_WORKER,
            T(
                "Quand tu as connu la même galère, la personne le sent tout de suite et elle se livre plus facilement.",
                "When you have been through the same hardship, the person feels it straight away and "
                "opens up more easily.",
            ),
        ),
        (
            42.0,
            50.5,
            PEER_WORKER,
            T(
                "Un éducateur peut avoir beaucoup d’empathie. Mais savoir ce que ça fait de l’intérieur, c’est autre "
                "chose.",
                "A support worker can have plenty of empathy. But knowing what it feels like from the inside is "
                "another matter.",
            ),
        ),
        (
            50.5,
            58.5,
            SERVICE_MANAGER,
            T(
                "On a vu des personnes qui refusaient tout accompagnement accepter de parler à notre travailleur pair.",
                "We’ve seen people who turned down any kind of support agree to talk to our peer worker.",
            ),
        ),
        (
            58.5,
            67.0,
            SERVICE_MANAGER,
            T(
                "Ce n’est pas de la magie. C’est un savoir-faire qu’il a construit, et qu’on doit reconnaître "
                "comme tel.",
                "It isn’t magic. It’s a skill he has built up, and we have to recognise it as one.",
            ),
        ),
        (
            67.0,
            75.0,
            HARM_REDUCTION_PEER_WORKER,
            T(
                "Pour mettre la personne à l’aise, je plaisante. Je dis que j’ai un diplôme de la rue, spécialité "
                "débrouille.",
                "To put people at ease, I joke around. I tell them I have a degree from the street, majoring in "
                "getting by.",
            ),
        ),
        (
            75.0,
            83.5,
            HARM_REDUCTION_PEER_WORKER,
            T(
                "Ça fait sourire, et d’un coup on n’est plus dans un bureau. On est deux personnes qui se parlent.",
                "It makes them smile, and suddenly we’re not in an office any more. We’re just two people talking.",
            ),
        ),
        (
            83.5,
            92.0,
            FEMALE_PEER_WORKER,
            T(
                "Le jeudi, on tient un café solidaire dans le quartier. Pas de rendez-vous, pas de formulaire, "
                "juste du temps.",
                "On Thursdays, we run a community café in the neighbourhood. No appointment, no form, just time.",
            ),
        ),
        (
            92.0,
            100.5,
            FEMALE_PEER_WORKER,
            T(
                "C’est là que les gens reviennent. Une semaine ils observent, la suivante ils s’assoient à ma table.",
                "That’s where people come back. One week they watch, the next they sit down at my table.",
            ),
        ),
        (
            100.5,
            108.0,
            NARRATOR,
            T(
                "Le lien ne se décrète pas. Il se tisse de rencontre en rencontre, et chacun y met un peu de soi.",
                "You can’t force a connection. It is woven one meeting at a time, and everyone puts a little of "
                "themselves into it.",
            ),
        ),
        (
            108.0,
            116.5,
            FEMALE_PEER_WORKER,
            T(
                "Quand j’ai commencé, je restais très professionnelle. Droits, papiers, rendez-vous : je ne "
                "sortais pas de là.",
                "When I started, I kept things very professional. Rights, papers, appointments: I never went "
                "beyond that.",
            ),
        ),
        (
            116.5,
            125.0,
            FEMALE_PEER_WORKER,
            T(
                "Je pensais que parler de moi, ce n’était pas ma place. Que ça allait brouiller les choses.",
                "I thought talking about myself wasn’t my place. That it would muddy the waters.",
            ),
        ),
        (
            125.0,
            132.5,
            FEMALE_PEER_WORKER,
            T(
                "Au début je parlais peu de moi. Avec le temps, j’ai appris à partager un peu de mon "
                "histoire quand ça aide.",
                "At first I said little about myself. Over time, I learned to share a bit of my story when it helps.",
            ),
        ),
        (
            132.5,
            141.0,
            FEMALE_PEER_WORKER,
            T(
                "Pas tout raconter, juste ce qui sert à la personne. Quand je me dévoile un peu, elle ose en dire "
                "plus, elle aussi.",
                "Not telling everything, just what is useful to the person. When I reveal a little of myself, "
                "they dare to say more too.",
            ),
        ),
        (
            141.0,
            149.5,
            PEER_WORKER,
            T(
                "Les gens n’attendent pas qu’on les plaigne. Ils ont besoin que quelqu’un voie vraiment ce qu’ils "
                "traversent.",
                "People don’t want pity. They need someone who really sees what they are going through.",
            ),
        ),
        (
            149.5,
            158.0,
            PEER_WORKER,
            T(
                "Une poignée de main, un regard, parfois ça suffit. Ils savent que je ne vais pas les juger.",
                "A handshake, a look, is sometimes enough. They know I won’t judge them.",
            ),
        ),
        (
            158.0,
            166.5,
            SERVICE_MANAGER,
            T(
                "Notre rôle, côté structure, c’est de poser le cadre : les horaires, la sécurité, le secret "
                "professionnel.",
                "Our role as an organisation is to set the frame: working hours, safety, professional confidentiality.",
            ),
        ),
        (
            166.5,
            175.0,
            SERVICE_MANAGER,
            T(
                "Pour le reste, la façon d’aller au contact des gens, on lui fait confiance. C’est lui qui sait.",
                "As for the rest, how he approaches people, we trust him. He’s the one who knows.",
            ),
        ),
        (
            175.0,
            183.5,
            NARRATOR,
            T(
                "Le lien passe aussi par les mots. Et entre la rue et l’institution, ce ne sont pas toujours les "
                "mêmes.",
                "Connection also runs through words. And between the street and the institution, they are not "
                "always the same ones.",
            ),
        ),
        (
            183.5,
            192.0,
            HARM_REDUCTION_PEER_WORKER,
            T(
                "En réunion, j’entends « public précaire », « file active ». Dehors, personne ne parle comme ça.",
                "In meetings, I hear “vulnerable groups”, “active caseload”. Out there, nobody talks like that.",
            ),
        ),
        (
            192.0,
            201.0,
            HARM_REDUCTION_PEER_WORKER,
            T(
                "Et quand un usager explique sa situation à sa façon, l’équipe ne saisit pas toujours ce qu’il "
                "veut dire.",
                "And when a service user explains their situation their own way, the team doesn’t always grasp "
                "what they mean.",
            ),
        ),
        (
            201.0,
            210.0,
            HARM_REDUCTION_PEER_WORKER,
            T(
                "Alors je traduis, dans les deux sens. Parfois je reformule une consigne, parfois je rapporte ce "
                "que j’ai entendu dehors.",
                "So I translate, both ways. Sometimes I rephrase an instruction, sometimes I pass on what I’ve "
                "heard outside.",
            ),
        ),
        (
            210.0,
            220.0,
            HARM_REDUCTION_PEER_WORKER,
            T(
                "C’est un vrai travail, pas un petit plus. Sans ça, les uns et les autres passent à côté.",
                "It’s real work, not a nice little extra. Without it, each side misses the other.",
            ),
        ),
        (
            220.0,
            227.5,
            HARM_REDUCTION_PEER_WORKER,
            T(
                "Les professionnels ont leurs mots, les personnes ont les leurs. Moi, je fais le pont "
                "pour que chacun comprenne l’autre.",
                "Professionals have their words, people have theirs. I build the bridge so that "
                "everyone understands each other.",
            ),
        ),
        (
            227.5,
            236.5,
            SERVICE_MANAGER,
            T(
                "On a mis en place une réunion chaque mois. Les travailleurs pairs nous disent ce qu’ils "
                "entendent, et on revoit nos mots.",
                "We’ve set up a monthly meeting. The peer workers tell us what they hear, and we rethink the words "
                "we use.",
            ),
        ),
        (
            236.5,
            245.0,
            SERVICE_MANAGER,
            T(
                "On a arrêté de dire « non-demandeur ». Ça paraît petit, mais les gens l’ont remarqué.",
                "We stopped saying “non-engaging”. It seems small, but people noticed.",
            ),
        ),
        (
            245.0,
            254.0,
            PEER_WORKER,
            T(
                "Rien n’est jamais gagné. Un jour ça va, le lendemain il faut tout reprendre, et c’est normal.",
                "Nothing is ever won for good. One day it’s fine, the next you have to start all over again, and "
                "that’s normal.",
            ),
        ),
        (
            254.0,
            263.0,
            FEMALE_PEER_WORKER,
            T(
                "Mon vécu, c’est ma boussole. Il me dit quand avancer, quand me taire, quand juste rester à côté.",
                "My lived experience is my compass. It tells me when to move forward, when to keep quiet, when "
                "just to stay close.",
            ),
        ),
        (
            263.0,
            271.5,
            PEER_WORKER,
            T(
                "Je ne suis pas là pour sauver qui que ce soit. Je suis là pour que la personne ne soit plus "
                "seule face à tout ça.",
                "I’m not here to save anyone. I’m here so the person no longer has to face all this alone.",
            ),
        ),
        (
            271.5,
            280.0,
            NARRATOR,
            T(
                "Laisser chaque travailleur pair créer le lien à sa manière, ouvrir des espaces pour parler des "
                "mots : ce sont nos deux recommandations.",
                "Letting each peer worker build connection in their own way, and making room to talk about "
                "words: those are our two recommendations.",
            ),
        ),
        (
            280.0,
            288.5,
            NARRATOR,
            T(
                "Elles s’adressent aux structures comme aux professionnels, et vous les retrouverez en détail sous "
                "cette vidéo.",
                "They are meant for organisations and professionals alike, and you’ll find them in full below "
                "this video.",
            ),
        ),
        (
            288.5,
            297.0,
            NARRATOR,
            T(
                "Merci aux travailleurs pairs et aux équipes qui ont accepté de témoigner pour cet épisode.",
                "Thank you to the peer workers and teams who agreed to speak for this episode.",
            ),
        ),
        (
            297.0,
            303.0,
            NARRATOR,
            T(
                "Rendez-vous le mois prochain pour l’épisode 3 de « Raconter le travail pair ».",
                "See you next month for episode 3 of “Peer work, in their own words”.",
            ),
        ),
    ],
}

DURATIONS = {1: 252, 2: 305}

MIN_SEGMENTS, MAX_SEGMENTS = 24, 36
MIN_SEGMENT_SECONDS, MAX_SEGMENT_SECONDS = 4.0, 14.0
MAX_TEXT_LENGTH = 160
MAX_SENTENCES = 2
# Faster than this, nobody could say the French in the time given (calm speech is about 15).
MAX_FRENCH_CHARACTERS_PER_SECOND = 20
# A pause or the end credits may go untranscribed, but not a whole passage of the video.
MAX_SILENCE_SECONDS = 6.0

SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def sentence_count(text):
    return len([sentence for sentence in SENTENCE_END.split(text.strip()) if sentence])


def check(transcripts=TRANSCRIPTS, durations=DURATIONS):
    """Raise ValueError, naming the episode and the segment, at the first broken rule."""
    if set(transcripts) != set(durations):
        raise ValueError(f"Transcripts for episodes {sorted(transcripts)}, durations for {sorted(durations)}")
    for number, segments in transcripts.items():
        check_episode(number, segments, durations[number])


def check_episode(number, segments, duration):
    if not MIN_SEGMENTS <= len(segments) <= MAX_SEGMENTS:
        raise ValueError(f"Episode {number}: {len(segments)} segments, not {MIN_SEGMENTS} to {MAX_SEGMENTS}")
    previous = None
    for index, segment in enumerate(segments):
        problem = segment_problem(segment, previous, duration)
        if problem:
            raise ValueError(f"Episode {number}, segment {index}: {problem}")
        previous = segment
    silence = duration - previous[1]
    if silence > MAX_SILENCE_SECONDS:
        raise ValueError(f"Episode {number}: the last {silence:g} s of the video have no transcript")


def segment_problem(segment, previous, duration):
    """What is wrong with one segment, given the one before it (None for the first), or None."""
    if not isinstance(segment, tuple) or len(segment) != 4:
        return "expected (start, end, role, text)"
    start, end, role, text = segment
    if not isinstance(text, T) or not (role is None or isinstance(role, T)):
        return "the text must be a T pair, the role a T pair or None"
    if previous is None and start != 0.0:
        return f"the first segment starts at {start:g} s, not 0"
    if previous is not None:
        previous_start, previous_end = previous[:2]
        if start <= previous_start:
            return f"starts at {start:g} s, not after the previous segment ({previous_start:g} s)"
        if start < previous_end:
            return f"starts at {start:g} s, before the previous segment ends ({previous_end:g} s)"
        if start - previous_end > MAX_SILENCE_SECONDS:
            return f"{start - previous_end:g} s of the video before it have no transcript"
    if not MIN_SEGMENT_SECONDS <= end - start <= MAX_SEGMENT_SECONDS:
        return f"lasts {end - start:g} s, not {MIN_SEGMENT_SECONDS:g} to {MAX_SEGMENT_SECONDS:g}"
    if end > duration:
        return f"ends at {end:g} s, after the end of the video ({duration:g} s)"
    for language, words in (("French", text.fr), ("English", text.en)):
        if not words.strip():
            return f"the {language} text is empty"
        if len(words) > MAX_TEXT_LENGTH:
            return f"the {language} text has {len(words)} characters, more than {MAX_TEXT_LENGTH}"
        if sentence_count(words) > MAX_SENTENCES:
            return f"the {language} text has more than {MAX_SENTENCES} sentences"
    if len(text.fr) / (end - start) > MAX_FRENCH_CHARACTERS_PER_SECOND:
        return f"{len(text.fr)} characters in {end - start:g} s are too many to say"
    return None


# Words said only in the transcript of their episode, nowhere else on its page: search finds the
# episode by them only if it indexes the transcript.
TRANSCRIPT_ONLY_WORDS = {
    1: [
        T("maraude", "outreach round"),
        T("permanence", "drop-in session"),
        T("tutoiement", "first-name terms"),
    ],
    2: [
        T("café solidaire", "community café"),
        T("boussole", "compass"),
        T("poignée de main", "handshake"),
    ],
}
