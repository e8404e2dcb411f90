"""Question bank and final assessment for the demo course on responding to victims of human
trafficking, for front-line service providers (``courses/demo/front_line_providers.py``).

Every question can be answered from the course's six lessons, which draw on Canada's
National Action Plan to Combat Human Trafficking (2012). Tags follow the lessons:
``indicators``, ``victim-needs``, ``safety``, ``referral``, ``foreign-nationals`` and
``trauma-informed``.
"""

from __future__ import annotations

from courses.demo.bilingual import t


def _choice(correct: bool, text, feedback) -> dict:
    return {"text": text, "correct": correct, "feedback": feedback}


SCENARIOS = [
    {
        "key": "settlement-agency",
        "title": t("A visit to a settlement agency", "Une visite à l'organisme d'établissement"),
        "situation": t(
            "<p>You work at a settlement agency. A young woman comes in for help with a housing "
            "form, with a man who says he is her cousin. He answers most of your questions for "
            "her and mentions that he keeps her passport “so it doesn't get lost”.</p>"
            "<p>When he steps outside to take a phone call, she tells you quietly that she came "
            "to Canada for a job with a cleaning company. She works every day, is paid almost "
            "nothing and owes him money for her travel. He has told her that police would have "
            "her deported if she talked, and that her mother at home would suffer.</p>",
            "<p>Vous travaillez dans un organisme d'aide à l'établissement. Une jeune femme "
            "vient chercher de l'aide pour remplir un formulaire de logement, accompagnée d'un "
            "homme qui se présente comme son cousin. Il répond à sa place à la plupart de vos "
            "questions et mentionne qu'il garde son passeport « pour qu'il ne se perde "
            "pas ».</p>"
            "<p>Lorsqu'il sort pour prendre un appel, elle vous confie à voix basse qu'elle est "
            "venue au Canada pour un emploi dans une entreprise de nettoyage. Elle travaille "
            "tous les jours, n'est presque pas payée et lui doit de l'argent pour son voyage. "
            "Il lui a dit que la police la ferait expulser si elle parlait, et que sa mère, "
            "restée au pays, en souffrirait.</p>",
        ),
    },
]

QUESTIONS = [
    # -- Lesson 1: recognizing a possible victim --------------------------------------------
    {
        "kind": "single_choice",
        "difficulty": "easy",
        "tags": ["indicators"],
        "stem": t(
            "<p>Which statement about human trafficking in Canada is accurate?</p>",
            "<p>Quel énoncé sur la traite de personnes au Canada est exact ?</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Trafficking for sexual exploitation is the form most often identified, and "
                    "most victims are Canadian women and children.",
                    "La traite à des fins d'exploitation sexuelle est la forme la plus souvent "
                    "relevée, et la plupart des victimes sont des femmes et des enfants "
                    "canadiens.",
                ),
                t(
                    "Correct. Evidence of trafficking for forced labour is also growing, and men "
                    "are victims too.",
                    "Exact. Les preuves de traite à des fins de travail forcé se multiplient "
                    "aussi, et des hommes en sont également victimes.",
                ),
            ),
            _choice(
                False,
                t(
                    "Most victims are foreign nationals brought across the border.",
                    "La plupart des victimes sont des ressortissants étrangers qui ont franchi "
                    "la frontière.",
                ),
                t(
                    "Most identified victims are Canadian women and children, and trafficking "
                    "does not require crossing a border.",
                    "La plupart des victimes relevées sont des femmes et des enfants canadiens, "
                    "et la traite n'exige pas le franchissement d'une frontière.",
                ),
            ),
            _choice(
                False,
                t(
                    "It happens only in large urban centres.",
                    "Elle ne se produit que dans les grands centres urbains.",
                ),
                t(
                    "It happens in large urban centres and in smaller cities and communities "
                    "across Canada.",
                    "Elle se produit dans les grands centres urbains comme dans les petites "
                    "villes et collectivités partout au Canada.",
                ),
            ),
            _choice(
                False,
                t(
                    "Men are not victims of trafficking.",
                    "Les hommes ne sont pas victimes de la traite.",
                ),
                t(
                    "Men are victims too, in particular of trafficking for forced labour.",
                    "Des hommes en sont aussi victimes, notamment de la traite à des fins de "
                    "travail forcé.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: sexual exploitation is the form most often identified, and most victims "
            "are Canadian women and children.",
            "Exact : l'exploitation sexuelle est la forme la plus souvent relevée, et la "
            "plupart des victimes sont des femmes et des enfants canadiens.",
        ),
        "feedback_incorrect": t(
            "Not quite. Trafficking happens across Canada, mostly to Canadian women and "
            "children, and men are victims too.",
            "Pas tout à fait. La traite se produit partout au Canada, touche surtout des "
            "femmes et des enfants canadiens, et des hommes en sont aussi victimes.",
        ),
        "explanation": t(
            "<p>Trafficking happens in large urban centres and in smaller cities and "
            "communities across Canada. To date, trafficking for sexual exploitation is the "
            "form most often identified, and most victims are Canadian women and children. "
            "Evidence of trafficking for forced labour is growing, and men are victims too. No "
            "border needs to be crossed.</p>",
            "<p>La traite se produit dans les grands centres urbains comme dans les petites "
            "villes et collectivités partout au Canada. À ce jour, la traite à des fins "
            "d'exploitation sexuelle est la forme la plus souvent relevée, et la plupart des "
            "victimes sont des femmes et des enfants canadiens. Les preuves de traite à des "
            "fins de travail forcé se multiplient, et des hommes en sont aussi victimes. Aucune "
            "frontière n'a besoin d'être franchie.</p>",
        ),
    },
    {
        "kind": "multiple_response",
        "difficulty": "medium",
        "tags": ["indicators"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>A person comes to your food bank for help. Which of these observations may "
            "indicate trafficking? Select all that apply.</p>",
            "<p>Une personne s'adresse à votre banque alimentaire pour obtenir de l'aide. "
            "Lesquelles de ces observations peuvent indiquer une situation de traite ? "
            "Sélectionnez toutes les réponses qui s'appliquent.</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Someone else holds the person's identification.",
                    "Quelqu'un d'autre garde les pièces d'identité de la personne.",
                ),
                t(
                    "Yes. Traffickers often take away identity documents and passports.",
                    "Oui. Les trafiquants confisquent souvent les pièces d'identité et les "
                    "passeports.",
                ),
            ),
            _choice(
                True,
                t(
                    "The person has injuries they are reluctant to explain.",
                    "La personne a des blessures qu'elle hésite à expliquer.",
                ),
                t(
                    "Yes. Physical violence is one of the ways traffickers control victims.",
                    "Oui. La violence physique est l'un des moyens de contrôle des trafiquants.",
                ),
            ),
            _choice(
                True,
                t(
                    "A teenager describes an older “boyfriend” who buys her gifts and now tells "
                    "her where to go and whom to see.",
                    "Une adolescente parle d'un « copain » plus âgé qui lui offre des cadeaux et "
                    "lui dit maintenant où aller et qui voir.",
                ),
                t(
                    "Yes. Traffickers may use the promise of affection to recruit and control "
                    "young people.",
                    "Oui. Les trafiquants peuvent se servir de promesses d'affection pour "
                    "recruter et contrôler des jeunes.",
                ),
            ),
            _choice(
                True,
                t(
                    "The person says their family will be hurt if they do not obey.",
                    "La personne dit que sa famille subira des violences si elle n'obéit pas.",
                ),
                t(
                    "Yes. Threats against a person or their family are at the heart of "
                    "trafficking.",
                    "Oui. Les menaces contre la personne ou sa famille sont au cœur de la traite.",
                ),
            ),
            _choice(
                False,
                t(
                    "The person is reluctant to speak with police.",
                    "La personne hésite à parler à la police.",
                ),
                t(
                    "Not on its own. Many people mistrust police for many reasons, although it "
                    "does mean that pushing them toward police may not help.",
                    "Pas en soi. Bien des gens se méfient de la police pour toutes sortes de "
                    "raisons, même si cela signifie qu'insister pour qu'ils s'y adressent "
                    "n'aidera peut-être pas.",
                ),
            ),
            _choice(
                False,
                t("The person has a cell phone.", "La personne a un téléphone cellulaire."),
                t(
                    "No. Having a phone tells you little either way; look at the whole situation.",
                    "Non. Avoir un téléphone ne révèle pas grand-chose ; considérez l'ensemble "
                    "de la situation.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: held identification, unexplained injuries, a controlling “boyfriend” and "
            "threats against family.",
            "Exact : des pièces d'identité gardées par quelqu'un d'autre, des blessures "
            "inexpliquées, un « copain » qui contrôle et des menaces contre la famille.",
        ),
        "feedback_incorrect": t(
            "Not quite. Look for control, violence and threats; mistrust of police or owning a "
            "phone are not indicators on their own.",
            "Pas tout à fait. Cherchez le contrôle, la violence et les menaces ; la méfiance "
            "envers la police ou le fait d'avoir un téléphone ne sont pas des indicateurs en "
            "soi.",
        ),
        "explanation": t(
            "<p>Possible indicators include someone else holding a person's identification, "
            "injuries they are reluctant to explain, a controlling “boyfriend” and threats "
            "against family. No single sign proves trafficking: consider the whole situation "
            "and talk with your supervisor or partners.</p>",
            "<p>Parmi les indicateurs possibles : des pièces d'identité gardées par quelqu'un "
            "d'autre, des blessures que la personne hésite à expliquer, un « copain » qui la "
            "contrôle et des menaces contre sa famille. Aucun signe ne prouve à lui seul la "
            "traite : considérez l'ensemble de la situation et parlez-en à votre superviseur "
            "ou à vos partenaires.</p>",
        ),
    },
    {
        "kind": "true_false",
        "difficulty": "easy",
        "tags": ["indicators"],
        "stem": t(
            "<p>For a situation to be human trafficking, the person must have been moved across "
            "an international border.</p>",
            "<p>Pour qu'il y ait traite de personnes, la personne doit avoir franchi une "
            "frontière internationale.</p>",
        ),
        "answer": False,
        "feedback_correct": t(
            "Right. No border needs to be crossed; trafficking can happen entirely within Canada.",
            "Exact. Aucune frontière n'a besoin d'être franchie ; la traite peut se dérouler "
            "entièrement au Canada.",
        ),
        "feedback_incorrect": t(
            "The statement is false: trafficking is about exploitation, and no border needs "
            "to be crossed.",
            "L'énoncé est faux : la traite repose sur l'exploitation, et aucune frontière n'a "
            "besoin d'être franchie.",
        ),
        "explanation": t(
            "<p>Human trafficking is the recruitment, transportation, harbouring or control of "
            "a person's movements in order to exploit them. It does not require crossing a "
            "border. Smuggling, by contrast, is moving migrants across a border with their "
            "consent, and it ends on arrival.</p>",
            "<p>La traite de personnes consiste à recruter, à transporter, à héberger une "
            "personne ou à contrôler ses déplacements afin de l'exploiter. Elle n'exige pas le "
            "franchissement d'une frontière. Le passage de clandestins, lui, consiste à faire "
            "passer des migrants d'un pays à un autre avec leur consentement, et il prend fin à "
            "l'arrivée.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["indicators"],
        "stem": t(
            "<p>A woman you are helping shows several signs of trafficking but tells you that "
            "everything is fine. What is the most appropriate response?</p>",
            "<p>Une femme que vous aidez présente plusieurs signes de traite, mais vous affirme "
            "que tout va bien. Quelle est la réaction la plus appropriée ?</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Accept that a denial does not rule out trafficking: keep the door open and "
                    "make it safe for her to talk later.",
                    "Admettre qu'un démenti n'exclut pas la traite : garder la porte ouverte et "
                    "créer un climat sûr pour qu'elle puisse parler plus tard.",
                ),
                t(
                    "Correct. Your role is to notice, to make it safe to talk and to keep the "
                    "door open.",
                    "Exact. Votre rôle est de remarquer, de créer un climat sûr pour parler et "
                    "de garder la porte ouverte.",
                ),
            ),
            _choice(
                False,
                t(
                    "Conclude that she is not a victim and close the matter.",
                    "Conclure qu'elle n'est pas victime et clore le dossier.",
                ),
                t(
                    "Victims rarely identify themselves; fear, shame, mistrust and loyalty keep "
                    "many silent.",
                    "Les victimes se manifestent rarement ; la peur, la honte, la méfiance et la "
                    "loyauté réduisent bien des victimes au silence.",
                ),
            ),
            _choice(
                False,
                t(
                    "Keep asking direct questions until she admits what is happening.",
                    "Continuer à lui poser des questions directes jusqu'à ce qu'elle avoue ce "
                    "qui se passe.",
                ),
                t(
                    "Pressure can retraumatize her and damage trust, and a direct question may "
                    "not be safe.",
                    "La pression peut la traumatiser de nouveau et briser la confiance, et une "
                    "question directe n'est pas toujours sûre.",
                ),
            ),
            _choice(
                False,
                t(
                    "Call the person she lives with to check her story.",
                    "Appeler la personne avec qui elle vit pour vérifier son récit.",
                ),
                t(
                    "Never contact someone who may be the trafficker to check a person's story; "
                    "it can put her in danger.",
                    "Ne communiquez jamais avec une personne qui pourrait être le trafiquant "
                    "pour vérifier un récit ; cela peut la mettre en danger.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: a denial does not rule out trafficking, so keep the door open.",
            "Exact : un démenti n'exclut pas la traite ; gardez donc la porte ouverte.",
        ),
        "feedback_incorrect": t(
            "Not quite. Many victims deny problems; pressure or checking with others can put "
            "them at risk.",
            "Pas tout à fait. Bien des victimes nient leurs problèmes ; la pression ou les "
            "vérifications auprès d'autres personnes peuvent les mettre en danger.",
        ),
        "explanation": t(
            "<p>Fear, manipulation, shame, language barriers, isolation and mistrust of "
            "authorities keep victims from coming forward, and many do not see themselves as "
            "victims. A person may say they are fine or protect the person controlling them. "
            "Keep the door open so that they can talk when it feels safe.</p>",
            "<p>La peur, la manipulation, la honte, la barrière de la langue, l'isolement et la "
            "méfiance envers les autorités empêchent les victimes de se manifester, et beaucoup "
            "ne se considèrent pas comme des victimes. Une personne peut dire que tout va bien "
            "ou protéger celui qui la contrôle. Gardez la porte ouverte pour qu'elle puisse "
            "parler lorsqu'elle se sentira en sécurité.</p>",
        ),
    },
    # -- Scenario: a visit to a settlement agency -------------------------------------------
    {
        "kind": "multiple_response",
        "difficulty": "medium",
        "tags": ["indicators"],
        "scenario": "settlement-agency",
        "partial_credit": "proportional",
        "stem": t(
            "<p>Which of these details may indicate that she is a victim of trafficking? "
            "Select all that apply.</p>",
            "<p>Lesquels de ces détails peuvent indiquer qu'elle est victime de la traite ? "
            "Sélectionnez toutes les réponses qui s'appliquent.</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "The man answers questions for her.",
                    "L'homme répond aux questions à sa place.",
                ),
                t(
                    "Yes. Control over what a person can say is a common sign.",
                    "Oui. Le contrôle de ce qu'une personne peut dire est un signe courant.",
                ),
            ),
            _choice(
                True,
                t("The man keeps her passport.", "L'homme garde son passeport."),
                t(
                    "Yes. Traffickers often take away identity documents and passports.",
                    "Oui. Les trafiquants confisquent souvent les pièces d'identité et les "
                    "passeports.",
                ),
            ),
            _choice(
                True,
                t(
                    "She was told that her mother would suffer if she talked.",
                    "On lui a dit que sa mère souffrirait si elle parlait.",
                ),
                t(
                    "Yes. Threats against family are at the heart of trafficking.",
                    "Oui. Les menaces contre la famille sont au cœur de la traite.",
                ),
            ),
            _choice(
                True,
                t(
                    "She was told that police would have her deported if she talked.",
                    "On lui a dit que la police la ferait expulser si elle parlait.",
                ),
                t(
                    "Yes. Traffickers encourage fear of deportation to keep victims from coming "
                    "forward.",
                    "Oui. Les trafiquants entretiennent la peur de l'expulsion pour empêcher les "
                    "victimes de se manifester.",
                ),
            ),
            _choice(
                False,
                t("She came to Canada for a job.", "Elle est venue au Canada pour un emploi."),
                t(
                    "Not on its own. Coming to Canada for work is common; look at the whole "
                    "situation.",
                    "Pas en soi. Venir au Canada pour travailler est courant ; considérez "
                    "l'ensemble de la situation.",
                ),
            ),
            _choice(
                False,
                t(
                    "She asked for help with a housing form.",
                    "Elle a demandé de l'aide pour un formulaire de logement.",
                ),
                t(
                    "No. Many victims first reach a service provider for help with something "
                    "else; the request itself is not a sign.",
                    "Non. Bien des victimes s'adressent d'abord à un fournisseur de services "
                    "pour autre chose ; la demande elle-même n'est pas un signe.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: control of her words and documents, threats against her mother and a "
            "fear of deportation that he encourages.",
            "Exact : le contrôle de ses paroles et de ses documents, les menaces visant sa mère "
            "et la peur de l'expulsion qu'il entretient.",
        ),
        "feedback_incorrect": t(
            "Not quite. Look for control, threats and deliberately created fear, not for "
            "ordinary facts such as coming to Canada for work.",
            "Pas tout à fait. Cherchez le contrôle, les menaces et la peur entretenue "
            "délibérément, et non des faits ordinaires comme le fait de venir travailler au "
            "Canada.",
        ),
        "explanation": t(
            "<p>A companion who answers for the person, identity documents held by someone "
            "else, threats against family and a fear of authorities that the trafficker "
            "encourages are all signs of control. Coming to Canada for work, or asking for help "
            "with a form, are not indicators on their own.</p>",
            "<p>Un accompagnateur qui répond à la place de la personne, des pièces d'identité "
            "gardées par quelqu'un d'autre, des menaces contre la famille et une peur des "
            "autorités qu'entretient le trafiquant sont tous des signes de contrôle. Venir au "
            "Canada pour travailler, ou demander de l'aide pour un formulaire, ne sont pas des "
            "indicateurs en soi.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["safety"],
        "scenario": "settlement-agency",
        "stem": t(
            "<p>You have a few minutes alone with her before the man comes back. What is the "
            "best response?</p>",
            "<p>Vous avez quelques minutes en tête-à-tête avec elle avant le retour de l'homme. "
            "Quelle est la meilleure réaction ?</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Believe her, tell her it is not her fault, check whether she is in "
                    "immediate danger, ask what she wants to do and agree on a safe way to "
                    "contact her.",
                    "La croire, lui dire que ce n'est pas sa faute, vérifier si elle est en "
                    "danger immédiat, lui demander ce qu'elle veut faire et convenir d'un moyen "
                    "sûr de la joindre.",
                ),
                t(
                    "Correct. Belief, safety, choice and a safe way to stay in touch are at the "
                    "heart of a victim-centred response.",
                    "Exact. Croire la personne, veiller à sa sécurité, lui laisser le choix et "
                    "prévoir un moyen sûr de garder le contact sont au cœur d'une intervention "
                    "axée sur la victime.",
                ),
            ),
            _choice(
                False,
                t(
                    "Tell her she must report him to police today, or you cannot help her.",
                    "Lui dire qu'elle doit le dénoncer à la police aujourd'hui, sinon vous ne "
                    "pouvez pas l'aider.",
                ),
                t(
                    "Help must never depend on going to police. Pressure repeats the control she "
                    "already lives under.",
                    "L'aide ne doit jamais dépendre d'une démarche auprès de la police. La "
                    "pression reproduit le contrôle qu'elle subit déjà.",
                ),
            ),
            _choice(
                False,
                t(
                    "When the man returns, ask him why he has her passport.",
                    "Au retour de l'homme, lui demander pourquoi il a son passeport.",
                ),
                t(
                    "Never confront a suspected trafficker; it can put her in danger and alert "
                    "him.",
                    "N'affrontez jamais un trafiquant présumé ; cela peut la mettre en danger et "
                    "l'alerter.",
                ),
            ),
            _choice(
                False,
                t(
                    "Give her a list of phone numbers and go back to the housing form.",
                    "Lui remettre une liste de numéros de téléphone et revenir au formulaire de "
                    "logement.",
                ),
                t(
                    "Information helps, but she has disclosed serious danger. Check her safety "
                    "and offer concrete help now.",
                    "L'information aide, mais elle a révélé un danger grave. Vérifiez sa "
                    "sécurité et offrez une aide concrète dès maintenant.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: believe her, check her safety and let her choose.",
            "Exact : croyez-la, vérifiez sa sécurité et laissez-la choisir.",
        ),
        "feedback_incorrect": t(
            "Not quite. Do not pressure her or confront him; check her safety and offer real "
            "choices.",
            "Pas tout à fait. Ne faites pas pression sur elle et n'affrontez pas l'homme ; "
            "vérifiez sa sécurité et offrez-lui de vrais choix.",
        ),
        "explanation": t(
            "<p>A victim-centred response believes the person, tells her it is not her fault, "
            "explains what help exists and asks what she wants to do. Check first whether she "
            "is in immediate danger (if so, call 911), never confront a suspected trafficker "
            "and agree on a safe number and time to reach her, since phones may be "
            "monitored.</p>",
            "<p>Une intervention axée sur la victime consiste à croire la personne, à lui dire "
            "que ce n'est pas sa faute, à lui expliquer l'aide offerte et à lui demander ce "
            "qu'elle veut faire. Vérifiez d'abord si elle est en danger immédiat (si c'est le "
            "cas, composez le 911), n'affrontez jamais un trafiquant présumé et convenez d'un "
            "numéro et d'un moment sûrs pour la joindre, car les téléphones peuvent être "
            "surveillés.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["foreign-nationals"],
        "scenario": "settlement-agency",
        "stem": t(
            "<p>She asks whether she will be deported if she accepts help. Which answer is "
            "accurate and makes no promises?</p>",
            "<p>Elle vous demande si elle sera expulsée si elle accepte de l'aide. Quelle "
            "réponse est exacte et ne fait aucune promesse ?</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Explain in general terms that immigration officers can issue permits that "
                    "give foreign national victims legal status, that victims do not have to "
                    "testify against their trafficker to obtain status, and help her get "
                    "qualified advice.",
                    "Lui expliquer en termes généraux que les agents d'immigration peuvent "
                    "délivrer des permis qui confèrent un statut légal aux victimes de "
                    "nationalité étrangère, que les victimes n'ont pas à témoigner contre leur "
                    "trafiquant pour obtenir un statut, et l'aider à obtenir des conseils "
                    "qualifiés.",
                ),
                t(
                    "Correct. Accurate, general information eases the fear traffickers rely on, "
                    "and qualified advice covers her own situation.",
                    "Exact. Une information générale exacte apaise la peur sur laquelle comptent "
                    "les trafiquants, et des conseils qualifiés portent sur sa propre situation.",
                ),
            ),
            _choice(
                False,
                t(
                    "Promise her that she will not be deported and will get permanent residence.",
                    "Lui promettre qu'elle ne sera pas expulsée et qu'elle obtiendra la "
                    "résidence permanente.",
                ),
                t(
                    "Never promise immigration outcomes. These decisions are not yours to make, "
                    "and a broken promise destroys trust.",
                    "Ne promettez jamais un résultat en matière d'immigration. Ces décisions ne "
                    "vous appartiennent pas, et une promesse non tenue détruit la confiance.",
                ),
            ),
            _choice(
                False,
                t(
                    "Tell her she must testify against him to get any kind of status.",
                    "Lui dire qu'elle doit témoigner contre lui pour obtenir quelque statut que "
                    "ce soit.",
                ),
                t(
                    "This is wrong: victims are not required to testify against their "
                    "trafficker to obtain temporary or permanent resident status.",
                    "C'est faux : les victimes ne sont pas tenues de témoigner contre leur "
                    "trafiquant pour obtenir le statut de résident temporaire ou permanent.",
                ),
            ),
            _choice(
                False,
                t(
                    "Tell her nothing can be done until he gives her passport back.",
                    "Lui dire que rien ne peut être fait tant qu'il ne lui a pas rendu son "
                    "passeport.",
                ),
                t(
                    "This repeats the trafficker's message. Protections exist, and the person "
                    "whose passport is held is not the wrongdoer.",
                    "Vous reprendriez ainsi le message du trafiquant. Des protections existent, "
                    "et la personne dont on retient le passeport n'est pas en faute.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: general, accurate information, no promises and a referral for qualified "
            "advice.",
            "Exact : une information générale et exacte, aucune promesse et une orientation "
            "vers des conseils qualifiés.",
        ),
        "feedback_incorrect": t(
            "Not quite. Describe the protections accurately and in general terms, without "
            "promising any outcome.",
            "Pas tout à fait. Décrivez les protections avec exactitude et en termes généraux, "
            "sans promettre de résultat.",
        ),
        "explanation": t(
            "<p>Fear of deportation is one of the strongest tools traffickers use. Foreign "
            "national victims can receive permits that give them legal status in Canada and "
            "interim federal health care, and they are not required to testify against their "
            "trafficker to obtain temporary or permanent resident status. Give this information "
            "in general terms, make no promises and connect the person with qualified "
            "advice.</p>",
            "<p>La peur de l'expulsion est l'un des outils les plus puissants des trafiquants. "
            "Les victimes de nationalité étrangère peuvent obtenir des permis qui leur "
            "confèrent un statut légal au Canada et des soins de santé fédéraux provisoires, et "
            "elles ne sont pas tenues de témoigner contre leur trafiquant pour obtenir le "
            "statut de résident temporaire ou permanent. Donnez cette information en termes "
            "généraux, ne faites aucune promesse et orientez la personne vers des conseils "
            "qualifiés.</p>",
        ),
    },
    # -- Lesson 2: needs and trauma ---------------------------------------------------------
    {
        "kind": "matching",
        "difficulty": "medium",
        "tags": ["victim-needs"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>Match each reaction to trauma with what you might see.</p>",
            "<p>Associez chaque réaction au traumatisme à ce que vous pourriez observer.</p>",
        ),
        "pairs": [
            {
                "left": t("Fear and watchfulness", "Peur et hypervigilance"),
                "right": t(
                    "Startles easily and fears being followed or found, long after leaving",
                    "Sursaute facilement et craint d'être suivie ou retrouvée, longtemps après "
                    "son départ",
                ),
            },
            {
                "left": t("Mistrust", "Méfiance"),
                "right": t(
                    "Is suspicious of service providers and authorities, having been told that "
                    "no one would help",
                    "Se méfie des fournisseurs de services et des autorités, après s'être fait "
                    "dire que personne ne l'aiderait",
                ),
            },
            {
                "left": t(
                    "Gaps and changes in their account", "Trous de mémoire et récit changeant"
                ),
                "right": t(
                    "Details come out in fragments or change over time",
                    "Les détails ressortent par fragments ou changent avec le temps",
                ),
            },
            {
                "left": t("Loyalty to the trafficker", "Loyauté envers le trafiquant"),
                "right": t(
                    "Defends the trafficker or wants to go back to them",
                    "Défend le trafiquant ou veut retourner auprès de lui",
                ),
            },
            {
                "left": t("Shame and self-blame", "Honte et culpabilité"),
                "right": t(
                    "Blames themselves for having accepted the job or the trip",
                    "Se reproche d'avoir accepté l'emploi ou le voyage",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: recognizing these reactions helps you avoid misreading a person.",
            "Exact : reconnaître ces réactions vous aide à ne pas mal interpréter une personne.",
        ),
        "feedback_incorrect": t(
            "Not quite. Review how fear, mistrust, memory, loyalty and shame can show.",
            "Pas tout à fait. Revoyez comment la peur, la méfiance, la mémoire, la loyauté et "
            "la honte peuvent se manifester.",
        ),
        "explanation": t(
            "<p>Trauma shapes how people behave and tell their stories. Constant alertness, "
            "suspicion of helpers, fragmented or changing accounts, loyalty to the trafficker "
            "and self-blame are common reactions. None of them means the person is lying, and "
            "agreeing to a job is never agreeing to be exploited.</p>",
            "<p>Le traumatisme influe sur le comportement des gens et sur la façon dont ils "
            "racontent leur histoire. La vigilance constante, la méfiance envers les aidants, "
            "un récit fragmenté ou changeant, la loyauté envers le trafiquant et la culpabilité "
            "sont des réactions courantes. Aucune ne signifie que la personne ment, et accepter "
            "un emploi, ce n'est jamais consentir à être exploité.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["victim-needs", "trauma-informed"],
        "stem": t(
            "<p>A woman who was forced to work in a restaurant has been staying at your shelter "
            "for several weeks. Her account of how she came to Canada has changed twice. How "
            "should staff respond?</p>",
            "<p>Une femme qui a été forcée de travailler dans un restaurant loge dans votre "
            "refuge depuis plusieurs semaines. Son récit de son arrivée au Canada a changé deux "
            "fois. Comment le personnel devrait-il réagir ?</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Recognize that trauma can affect memory, record what she says factually and "
                    "keep supporting her.",
                    "Reconnaître que le traumatisme peut affecter la mémoire, consigner ses "
                    "propos de façon factuelle et continuer à la soutenir.",
                ),
                t(
                    "Correct. Neutral notes and continued support respect both the person and "
                    "any later process.",
                    "Exact. Des notes neutres et un soutien continu respectent la personne comme "
                    "toute procédure ultérieure.",
                ),
            ),
            _choice(
                False,
                t(
                    "Treat the changes as a sign that she is not honest, and stop the referral.",
                    "Voir dans ces changements un signe de malhonnêteté et mettre fin à "
                    "l'orientation.",
                ),
                t(
                    "Inconsistencies are common after trauma and do not, on their own, mean a "
                    "person is lying.",
                    "Les incohérences sont courantes après un traumatisme et ne signifient pas, "
                    "à elles seules, qu'une personne ment.",
                ),
            ),
            _choice(
                False,
                t(
                    "Ask her to write down one final version and sign it.",
                    "Lui demander d'écrire une version définitive et de la signer.",
                ),
                t(
                    "Pressing for a fixed account adds pressure; details may come out as trust "
                    "grows. Testing her credibility is not your role.",
                    "Exiger un récit figé ajoute de la pression ; les détails peuvent ressortir "
                    "à mesure que la confiance s'installe. Ce n'est pas votre rôle d'évaluer sa "
                    "crédibilité.",
                ),
            ),
            _choice(
                False,
                t(
                    "Point out each difference until her account is consistent.",
                    "Relever chaque différence jusqu'à ce que son récit soit cohérent.",
                ),
                t(
                    "This can retraumatize her and damage trust.",
                    "Cela peut la traumatiser de nouveau et briser la confiance.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: changes in an account are a common effect of trauma.",
            "Exact : un récit qui change est un effet courant du traumatisme.",
        ),
        "feedback_incorrect": t(
            "Not quite. Trauma can fragment memory; respond with patience, not with tests of "
            "credibility.",
            "Pas tout à fait. Le traumatisme peut fragmenter la mémoire ; réagissez avec "
            "patience, et non en mettant sa crédibilité à l'épreuve.",
        ),
        "explanation": t(
            "<p>Trauma can fragment memory, and fear or mistrust may lead a person to hold "
            "back details at first. Staff can respond with patience, predictability and "
            "choice, record what they are told factually and without judgment, and let the "
            "person share more as trust grows.</p>",
            "<p>Le traumatisme peut fragmenter la mémoire, et la peur ou la méfiance peuvent "
            "amener une personne à taire certains détails au début. Le personnel peut réagir "
            "avec patience, prévisibilité et en offrant des choix, consigner ce qu'on lui dit de "
            "façon factuelle et sans jugement, et laisser la personne en dire plus à mesure que "
            "la confiance s'installe.</p>",
        ),
    },
    {
        "kind": "multiple_response",
        "difficulty": "medium",
        "tags": ["victim-needs"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>A person has just left a trafficking situation. Which of these are immediate "
            "needs rather than longer-term ones? Select all that apply.</p>",
            "<p>Une personne vient de quitter une situation de traite. Lesquels de ces besoins "
            "sont immédiats plutôt qu'à plus long terme ? Sélectionnez toutes les réponses qui "
            "s'appliquent.</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Separation from the trafficker and a safe place to stay",
                    "Être soustraite au trafiquant et disposer d'un endroit sûr où loger",
                ),
                t(
                    "Yes. Safety comes first: separation from the trafficker and a safe place.",
                    "Oui. La sécurité passe en premier : être soustraite au trafiquant et avoir "
                    "un endroit sûr.",
                ),
            ),
            _choice(
                True,
                t(
                    "Medical care for injuries, illness or exhaustion",
                    "Des soins médicaux pour les blessures, la maladie ou l'épuisement",
                ),
                t(
                    "Yes. Immediate health care is part of protection from the start.",
                    "Oui. Les soins de santé immédiats font partie de la protection.",
                ),
            ),
            _choice(
                True,
                t(
                    "An independent interpreter in a language the person knows well",
                    "Un interprète indépendant, dans une langue que la personne maîtrise bien",
                ),
                t(
                    "Yes. Without clear communication, no other need can be properly met.",
                    "Oui. Sans communication claire, aucun autre besoin ne peut être bien comblé.",
                ),
            ),
            _choice(
                False,
                t("Stable, affordable housing", "Un logement stable et abordable"),
                t(
                    "This is a longer-term need; the immediate need is a safe place to stay.",
                    "C'est un besoin à plus long terme ; le besoin immédiat est un endroit sûr "
                    "où loger.",
                ),
            ),
            _choice(
                False,
                t("Employment, education or training", "Un emploi, des études ou une formation"),
                t(
                    "These are longer-term needs, part of reintegration into the community.",
                    "Ce sont des besoins à plus long terme, qui font partie de la réintégration "
                    "dans la collectivité.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: safety, health care and communication come first.",
            "Exact : la sécurité, les soins de santé et la communication passent en premier.",
        ),
        "feedback_incorrect": t(
            "Not quite. Stable housing and employment matter, but they are longer-term needs.",
            "Pas tout à fait. Le logement stable et l'emploi comptent, mais ce sont des besoins "
            "à plus long terme.",
        ),
        "explanation": t(
            "<p>Every trafficked person needs a range of supports to recover physically, "
            "psychologically and socially, and needs change over time. At first, the priorities "
            "are separation from the trafficker, a safe place, medical care, basic needs, an "
            "independent interpreter and clear information about rights. Stable housing, "
            "counselling, legal help and work or training come later.</p>",
            "<p>Chaque personne victime de la traite a besoin d'un éventail de mesures de "
            "soutien pour se rétablir sur les plans physique, psychologique et social, et ses "
            "besoins évoluent avec le temps. Au début, les priorités sont d'être soustraite au "
            "trafiquant, d'avoir un endroit sûr, des soins médicaux, de quoi combler ses "
            "besoins essentiels, un interprète indépendant et une information claire sur ses "
            "droits. Le logement stable, le counseling, l'aide juridique et l'emploi ou la "
            "formation viennent plus tard.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "hard",
        "tags": ["victim-needs"],
        "stem": t(
            "<p>According to the plan, what does the Justice Department's Victims Fund offer?</p>",
            "<p>Selon le plan, qu'offre le Fonds d'aide aux victimes du ministère de la "
            "Justice ?</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Funding that provinces, territories and non-governmental organizations can "
                    "request to improve services for victims, and financial assistance to "
                    "trafficking victims in specified circumstances",
                    "Du financement que les provinces, les territoires et les organisations non "
                    "gouvernementales peuvent demander pour améliorer les services aux victimes, "
                    "et une aide financière aux victimes de la traite dans des circonstances "
                    "précises",
                ),
                t(
                    "Correct. Beginning in 2013–14, up to $500,000 is also set aside for "
                    "projects that improve services to trafficking victims.",
                    "Exact. À compter de 2013-2014, jusqu'à 500 000 $ sont aussi réservés aux "
                    "projets qui améliorent les services aux victimes de la traite.",
                ),
            ),
            _choice(
                False,
                t(
                    "Legal status in Canada for victims who agree to testify",
                    "Un statut légal au Canada pour les victimes qui acceptent de témoigner",
                ),
                t(
                    "The fund does not grant status, and victims do not have to testify to "
                    "obtain status.",
                    "Le fonds n'accorde aucun statut, et les victimes n'ont pas à témoigner pour "
                    "obtenir un statut.",
                ),
            ),
            _choice(
                False,
                t(
                    "Funding reserved for police investigations",
                    "Du financement réservé aux enquêtes policières",
                ),
                t(
                    "The fund supports services for victims and financial assistance to "
                    "victims, not police investigations.",
                    "Le fonds soutient les services aux victimes et l'aide financière aux "
                    "victimes, et non les enquêtes policières.",
                ),
            ),
            _choice(
                False,
                t(
                    "A national shelter run by the federal government",
                    "Un refuge national géré par le gouvernement fédéral",
                ),
                t(
                    "The plan does not describe a federal shelter; the fund supports projects "
                    "and assistance for victims.",
                    "Le plan ne mentionne aucun refuge fédéral ; le fonds soutient des projets "
                    "et une aide aux victimes.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: funding for better services, and financial assistance to victims.",
            "Exact : du financement pour de meilleurs services, et une aide financière aux "
            "victimes.",
        ),
        "feedback_incorrect": t(
            "Not quite. The fund pays for better services for Canadian and foreign national "
            "victims, and for financial assistance to victims.",
            "Pas tout à fait. Le fonds finance l'amélioration des services aux victimes "
            "canadiennes et étrangères, ainsi qu'une aide financière aux victimes.",
        ),
        "explanation": t(
            "<p>The Department of Justice Victims Fund lets provinces, territories and "
            "non-governmental organizations request funding to improve services for Canadian "
            "and foreign national victims, and provides financial assistance to victims of "
            "human trafficking in specified circumstances. Beginning in 2013–14, up to $500,000 "
            "is set aside for projects that improve services to trafficking victims.</p>",
            "<p>Le Fonds d'aide aux victimes du ministère de la Justice permet aux provinces, "
            "aux territoires et aux organisations non gouvernementales de demander du "
            "financement pour améliorer les services offerts aux victimes canadiennes et "
            "étrangères, et offre une aide financière aux victimes de la traite dans des "
            "circonstances précises. À compter de 2013-2014, jusqu'à 500 000 $ sont réservés "
            "aux projets qui améliorent les services aux victimes de la traite.</p>",
        ),
    },
    {
        "kind": "true_false",
        "difficulty": "easy",
        "tags": ["victim-needs"],
        "stem": t(
            "<p>A person who agreed to the job or the trip that led to their exploitation "
            "shares some of the blame for what happened.</p>",
            "<p>Une personne qui a accepté l'emploi ou le voyage qui a mené à son exploitation "
            "porte une part de responsabilité dans ce qui lui est arrivé.</p>",
        ),
        "answer": False,
        "feedback_correct": t(
            "Right. Agreeing to a job is not agreeing to be exploited, and it is never the "
            "victim's fault.",
            "Exact. Accepter un emploi, ce n'est pas consentir à être exploité, et ce n'est "
            "jamais la faute de la victime.",
        ),
        "feedback_incorrect": t(
            "The statement is false: agreeing to a job or a trip is not agreeing to be exploited.",
            "L'énoncé est faux : accepter un emploi ou un voyage, ce n'est pas consentir à être "
            "exploité.",
        ),
        "explanation": t(
            "<p>Many victims blame themselves for accepting a job or a trip. Agreeing to a job "
            "is not agreeing to be exploited, and it is never the victim's fault. Saying so "
            "clearly, and avoiding labels that blame or shame, is part of a victim-centred "
            "response.</p>",
            "<p>Bien des victimes se reprochent d'avoir accepté un emploi ou un voyage. "
            "Accepter un emploi, ce n'est pas consentir à être exploité, et ce n'est jamais la "
            "faute de la victime. Le dire clairement, et éviter les étiquettes qui blâment ou "
            "font honte, fait partie d'une intervention axée sur la victime.</p>",
        ),
    },
    # -- Lesson 3: safety planning ----------------------------------------------------------
    {
        "kind": "multiple_response",
        "difficulty": "medium",
        "tags": ["safety"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>You are helping a woman make a safety plan. Which of these belong in it? Select "
            "all that apply.</p>",
            "<p>Vous aidez une femme à élaborer un plan de sécurité. Lesquels de ces éléments "
            "en font partie ? Sélectionnez toutes les réponses qui s'appliquent.</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "A code word that means she is in danger, and a safe time to call",
                    "Un mot de code qui signale un danger, et un moment sûr pour appeler",
                ),
                t(
                    "Yes. Phones and accounts may be monitored, so plan safe communication.",
                    "Oui. Les téléphones et les comptes peuvent être surveillés ; il faut donc "
                    "planifier des communications sûres.",
                ),
            ),
            _choice(
                True,
                t(
                    "Where she can stay tonight, and whether the trafficker knows the place",
                    "L'endroit où elle peut dormir ce soir, et si le trafiquant le connaît",
                ),
                t(
                    "Yes. A safe place is central to the plan.",
                    "Oui. Un endroit sûr est au cœur du plan.",
                ),
            ),
            _choice(
                True,
                t(
                    "Who else has been threatened, including relatives abroad",
                    "Les autres personnes menacées, y compris des proches à l'étranger",
                ),
                t(
                    "Yes. Threats often reach family members, and police can take these risks "
                    "into account.",
                    "Oui. Les menaces visent souvent des membres de la famille, et la police "
                    "peut tenir compte de ces risques.",
                ),
            ),
            _choice(
                False,
                t(
                    "A call to her employer to check her story before she leaves",
                    "Un appel à son employeur pour vérifier son récit avant son départ",
                ),
                t(
                    "No. Never contact a suspected trafficker, or an employer who may be one, to "
                    "check a person's story.",
                    "Non. Ne communiquez jamais avec un trafiquant présumé, ni avec un employeur "
                    "qui pourrait en être un, pour vérifier le récit d'une personne.",
                ),
            ),
            _choice(
                False,
                t(
                    "A meeting with the trafficker to settle what she owes",
                    "Une rencontre avec le trafiquant pour régler ce qu'elle lui doit",
                ),
                t(
                    "No. Never arrange contact with a suspected trafficker; it puts the person in "
                    "danger.",
                    "Non. N'organisez jamais de contact avec un trafiquant présumé ; cela met la "
                    "personne en danger.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: safe communication, a safe place and the others at risk, with no contact "
            "with the trafficker.",
            "Exact : des communications sûres, un endroit sûr et les autres personnes à risque, "
            "sans aucun contact avec le trafiquant.",
        ),
        "feedback_incorrect": t(
            "Not quite. A safety plan never involves contact with the trafficker or anyone who "
            "may be the trafficker.",
            "Pas tout à fait. Un plan de sécurité ne prévoit jamais de contact avec le "
            "trafiquant ni avec quiconque pourrait l'être.",
        ),
        "explanation": t(
            "<p>A safety plan covers a safe place, safe communication, documents and essentials, "
            "how to leave safely, family and others at risk, and what to do after leaving. It "
            "is made with the person, not for them, reviewed as circumstances change, and never "
            "involves contact with the trafficker.</p>",
            "<p>Un plan de sécurité porte sur un endroit sûr, des communications sûres, les "
            "documents et l'essentiel, la façon de partir en sécurité, la famille et les autres "
            "personnes à risque, et la suite après le départ. Il est élaboré avec la personne, "
            "et non pour elle, révisé à mesure que la situation évolue, et ne prévoit jamais de "
            "contact avec le trafiquant.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["safety"],
        "stem": t(
            "<p>After talking through her options, a woman decides not to leave her situation "
            "yet. No one is in immediate danger. What is the most appropriate response?</p>",
            "<p>Après avoir examiné ses options, une femme décide de ne pas quitter sa "
            "situation pour l'instant. Personne n'est en danger immédiat. Quelle est la "
            "réaction la plus appropriée ?</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Respect her decision, agree on a safe way to stay in touch, make sure she "
                    "knows how to reach help at any hour and tell her the door remains open.",
                    "Respecter sa décision, convenir d'un moyen sûr de garder le contact, "
                    "s'assurer qu'elle sait comment obtenir de l'aide à toute heure et lui dire "
                    "que la porte reste ouverte.",
                ),
                t(
                    "Correct. A safety plan respects the person's choices, including a decision "
                    "not to leave yet.",
                    "Exact. Un plan de sécurité respecte les choix de la personne, y compris "
                    "celui de ne pas partir tout de suite.",
                ),
            ),
            _choice(
                False,
                t(
                    "Tell her that you can no longer help her unless she leaves now.",
                    "Lui dire que vous ne pouvez plus l'aider à moins qu'elle parte maintenant.",
                ),
                t(
                    "Help should never depend on leaving on your timeline; pressure repeats the "
                    "control she already lives under.",
                    "L'aide ne devrait jamais dépendre d'un départ selon votre échéancier ; la "
                    "pression reproduit le contrôle qu'elle subit déjà.",
                ),
            ),
            _choice(
                False,
                t(
                    "Call police against her wishes so that they remove her from the situation.",
                    "Appeler la police contre sa volonté pour la faire sortir de cette situation.",
                ),
                t(
                    "Unless someone is in immediate danger, or your policies or the law require "
                    "it, acting against her wishes can break trust and put her at risk.",
                    "À moins qu'une personne soit en danger immédiat ou que vos politiques ou la "
                    "loi l'exigent, agir contre sa volonté peut briser la confiance et la "
                    "mettre en danger.",
                ),
            ),
            _choice(
                False,
                t(
                    "Give her your card and take no further steps.",
                    "Lui remettre votre carte et ne rien faire de plus.",
                ),
                t(
                    "Keeping the door open matters, but she also needs a safe way to stay in "
                    "touch and to reach help at any hour.",
                    "Il est important de garder la porte ouverte, mais elle a aussi besoin d'un "
                    "moyen sûr de garder le contact et d'obtenir de l'aide à toute heure.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: respect her choice and keep a safe line open.",
            "Exact : respectez son choix et gardez une voie de communication sûre.",
        ),
        "feedback_incorrect": t(
            "Not quite. Unless someone is in immediate danger, respect her decision and plan "
            "how she can reach help.",
            "Pas tout à fait. À moins qu'une personne soit en danger immédiat, respectez sa "
            "décision et planifiez avec elle la façon d'obtenir de l'aide.",
        ),
        "explanation": t(
            "<p>Not everyone is ready to leave. If the person decides to stay for now, respect "
            "that decision unless someone is in immediate danger. Agree on a safe way to stay in "
            "touch, make sure they know how to reach help at any hour and let them know the "
            "door remains open.</p>",
            "<p>Tout le monde n'est pas prêt à partir. Si la personne décide de rester pour "
            "l'instant, respectez sa décision, à moins que quelqu'un soit en danger immédiat. "
            "Convenez d'un moyen sûr de garder le contact, assurez-vous qu'elle sait comment "
            "obtenir de l'aide à toute heure et dites-lui que la porte reste ouverte.</p>",
        ),
    },
    {
        "kind": "true_false",
        "difficulty": "easy",
        "tags": ["safety"],
        "stem": t(
            "<p>The moment a person leaves a trafficker, and the period right after, can be the "
            "most dangerous.</p>",
            "<p>Le moment où une personne quitte un trafiquant, et la période qui suit, peuvent "
            "être les plus dangereux.</p>",
        ),
        "answer": True,
        "feedback_correct": t(
            "Right. That is why leaving is planned with care, with police involved when the "
            "danger is immediate.",
            "Exact. C'est pourquoi le départ se planifie avec soin, avec l'intervention de la "
            "police lorsque le danger est immédiat.",
        ),
        "feedback_incorrect": t(
            "The statement is true: traffickers often try to regain control when a victim leaves.",
            "L'énoncé est vrai : les trafiquants tentent souvent de reprendre le contrôle "
            "lorsqu'une victime part.",
        ),
        "explanation": t(
            "<p>Separating the victim from the trafficker is the first goal of protection, but "
            "the moment of leaving, and the period after, can be the most dangerous. Victims "
            "may face fatal consequences if they try to escape, so a safety plan covers how to "
            "leave and what to do if the trafficker makes contact.</p>",
            "<p>Soustraire la victime au trafiquant est le premier objectif de la protection, "
            "mais le moment du départ, et la période qui suit, peuvent être les plus dangereux. "
            "Les victimes peuvent subir des conséquences fatales si elles tentent de fuir ; un "
            "plan de sécurité prévoit donc la façon de partir et la conduite à tenir si le "
            "trafiquant tente de reprendre contact.</p>",
        ),
    },
    {
        "kind": "ordering",
        "difficulty": "medium",
        "tags": ["safety"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>A young woman arrives at your community health clinic with a man who answers "
            "every question for her and offers to interpret. Put these steps of a safe, "
            "victim-centred response in the order in which they should happen.</p>",
            "<p>Une jeune femme arrive à votre centre de santé communautaire avec un homme qui "
            "répond à toutes les questions à sa place et propose de servir d'interprète. "
            "Placez ces étapes d'une intervention sûre et axée sur la victime dans l'ordre où "
            "elles devraient se dérouler.</p>",
        ),
        "items": [
            t(
                "Explain that the clinic sees every patient alone for part of the visit, and "
                "arrange a professional interpreter",
                "Expliquer que le centre reçoit chaque patient seul pour une partie de la "
                "visite, et faire appel à un interprète professionnel",
            ),
            t(
                "Believe what she tells you, say it is not her fault, explain what help exists "
                "and ask what she wants to do",
                "Croire ce qu'elle vous dit, lui dire que ce n'est pas sa faute, lui expliquer "
                "l'aide offerte et lui demander ce qu'elle veut faire",
            ),
            t(
                "With her agreement, keep her in a private room and call 911, since the man in "
                "the waiting room poses an immediate risk",
                "Avec son accord, la garder dans une pièce privée et composer le 911, puisque "
                "l'homme dans la salle d'attente représente un risque immédiat",
            ),
            t(
                "Continue a longer-term safety plan with her at the shelter, reviewing it as "
                "things change",
                "Poursuivre avec elle un plan de sécurité à plus long terme au refuge, en le "
                "révisant au fil des changements",
            ),
        ],
        "feedback_correct": t(
            "Right: see her alone, listen and offer choices, respond to the immediate danger, "
            "then plan for the longer term.",
            "Exact : la voir seule, l'écouter et lui offrir des choix, réagir au danger "
            "immédiat, puis planifier à plus long terme.",
        ),
        "feedback_incorrect": t(
            "Not quite. First create a private, safe space; only then can she tell you what is "
            "happening and choose what to do.",
            "Pas tout à fait. Il faut d'abord créer un espace privé et sûr ; ce n'est qu'alors "
            "qu'elle peut raconter ce qui se passe et choisir ce qu'elle veut faire.",
        ),
        "explanation": t(
            "<p>A routine, neutral reason to see her alone, with an independent interpreter, "
            "gives her a chance to speak. Belief, information and choice come next. With the "
            "suspected trafficker on site and her wish to leave, the danger is immediate: "
            "police and victim services together make leaving safer, and her safety plan "
            "continues afterwards.</p>",
            "<p>Une raison neutre et habituelle de la voir seule, avec un interprète "
            "indépendant, lui donne l'occasion de parler. Viennent ensuite la confiance, "
            "l'information et le choix. Le trafiquant présumé étant sur place et la jeune femme "
            "voulant partir, le danger est immédiat : la police et les services d'aide aux "
            "victimes, ensemble, rendent le départ plus sûr, et le plan de sécurité se poursuit "
            "par la suite.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["safety"],
        "stem": t(
            "<p>While you plan with a woman how she will leave, she tells you that the "
            "trafficker still has her passport. What should you do about it?</p>",
            "<p>Pendant que vous planifiez son départ avec une femme, elle vous apprend que le "
            "trafiquant détient toujours son passeport. Que devriez-vous faire à ce sujet ?</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Do not try to get it back yourself; tell police, and include her documents "
                    "and essentials in her safety plan.",
                    "Ne pas essayer de le récupérer vous-même ; aviser la police, et inclure ses "
                    "documents et l'essentiel dans son plan de sécurité.",
                ),
                t(
                    "Correct. Police can deal with the documents without putting her, or you, "
                    "in danger.",
                    "Exact. La police peut s'occuper des documents sans vous mettre en danger, "
                    "elle ou vous.",
                ),
            ),
            _choice(
                False,
                t(
                    "Call the trafficker and politely ask for the passport.",
                    "Appeler le trafiquant et lui demander poliment le passeport.",
                ),
                t(
                    "Never contact a suspected trafficker; it can alert him and endanger her.",
                    "Ne communiquez jamais avec un trafiquant présumé ; cela peut l'alerter et "
                    "la mettre en danger.",
                ),
            ),
            _choice(
                False,
                t(
                    "Go with her to the trafficker's home to collect it.",
                    "L'accompagner chez le trafiquant pour le récupérer.",
                ),
                t(
                    "Never go to a suspected trafficker yourself; it can put you both in danger.",
                    "Ne vous rendez jamais vous-même chez un trafiquant présumé ; cela peut "
                    "vous mettre en danger, elle et vous.",
                ),
            ),
            _choice(
                False,
                t(
                    "Advise her to take it back secretly before she leaves.",
                    "Lui conseiller de le reprendre en cachette avant de partir.",
                ),
                t(
                    "This could expose her to serious danger if the trafficker notices. Plan "
                    "with her and tell police.",
                    "Elle pourrait courir un grave danger si le trafiquant s'en apercevait. "
                    "Planifiez avec elle et avisez la police.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: leave the documents to police.",
            "Exact : laissez la police s'occuper des documents.",
        ),
        "feedback_incorrect": t(
            "Not quite. Any attempt to recover the passport yourself, or through her, can put "
            "her in danger.",
            "Pas tout à fait. Toute tentative de récupérer le passeport vous-même, ou par son "
            "intermédiaire, peut la mettre en danger.",
        ),
        "explanation": t(
            "<p>Identity documents, medication, money and important papers are part of a safety "
            "plan. If the trafficker holds the person's documents, do not try to get them back "
            "yourself: tell police. Never confront or contact a suspected trafficker.</p>",
            "<p>Les pièces d'identité, les médicaments, l'argent et les papiers importants font "
            "partie d'un plan de sécurité. Si le trafiquant détient les documents de la "
            "personne, n'essayez pas de les récupérer vous-même : avisez la police. N'affrontez "
            "jamais un trafiquant présumé et ne communiquez jamais avec lui.</p>",
        ),
    },
    # -- Lesson 4: referral and coordination ------------------------------------------------
    {
        "kind": "matching",
        "difficulty": "medium",
        "tags": ["referral"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>Match each partner with what it can offer a person who has been trafficked.</p>",
            "<p>Associez chaque partenaire à ce qu'il peut offrir à une personne victime de la "
            "traite.</p>",
        ),
        "pairs": [
            {
                "left": t(
                    "Police (municipal, provincial or RCMP)",
                    "Police (municipale, provinciale ou GRC)",
                ),
                "right": t(
                    "Emergency response, investigation and protection from a trafficker",
                    "Intervention d'urgence, enquête et protection contre le trafiquant",
                ),
            },
            {
                "left": t("Victim services", "Services d'aide aux victimes"),
                "right": t(
                    "Information, support and accompaniment, including through a court process",
                    "Information, soutien et accompagnement, y compris pendant une procédure "
                    "judiciaire",
                ),
            },
            {
                "left": t(
                    "Shelters, NGOs and community organizations",
                    "Refuges, ONG et organismes communautaires",
                ),
                "right": t(
                    "Safe housing, basic needs, counselling, peer support and culturally "
                    "specific services",
                    "Hébergement sûr, besoins essentiels, counseling, soutien par les pairs et "
                    "services adaptés à la culture",
                ),
            },
            {
                "left": t("Health services", "Services de santé"),
                "right": t(
                    "Immediate medical care and longer-term physical and mental health care",
                    "Soins médicaux immédiats et soins de santé physique et mentale à plus long "
                    "terme",
                ),
            },
            {
                "left": t("Legal help", "Aide juridique"),
                "right": t(
                    "Information on rights, immigration options and court processes",
                    "Information sur les droits, les options d'immigration et les procédures "
                    "judiciaires",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: knowing what each partner offers makes referrals quicker and safer.",
            "Exact : savoir ce qu'offre chaque partenaire rend les orientations plus rapides et "
            "plus sûres.",
        ),
        "feedback_incorrect": t(
            "Not quite. Review what police, victim services, shelters, health services and "
            "legal help each provide.",
            "Pas tout à fait. Revoyez ce qu'offrent la police, les services d'aide aux victimes, "
            "les refuges, les services de santé et l'aide juridique.",
        ),
        "explanation": t(
            "<p>Police provide emergency response, investigation and protection; victim "
            "services provide information, support and accompaniment; shelters, NGOs and "
            "community organizations provide safe housing, basic needs, counselling and "
            "culturally specific services; health services provide medical and mental health "
            "care; legal help explains rights, immigration options and court processes. Know "
            "your partners before you need them.</p>",
            "<p>La police assure l'intervention d'urgence, l'enquête et la protection ; les "
            "services d'aide aux victimes offrent information, soutien et accompagnement ; les "
            "refuges, les ONG et les organismes communautaires offrent un hébergement sûr, de "
            "quoi combler les besoins essentiels, du counseling et des services adaptés à la "
            "culture ; les services de santé offrent des soins médicaux et de santé mentale ; "
            "l'aide juridique explique les droits, les options d'immigration et les procédures "
            "judiciaires. Connaissez vos partenaires avant d'en avoir besoin.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["referral"],
        "stem": t(
            "<p>A man you support agrees to a referral to a shelter but does not want to speak "
            "to police. No one is in immediate danger, and no child is involved. What should "
            "you do?</p>",
            "<p>Un homme que vous accompagnez accepte d'être orienté vers un refuge, mais ne "
            "veut pas parler à la police. Personne n'est en danger immédiat, et aucun enfant "
            "n'est en cause. Que devriez-vous faire ?</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Make the shelter referral as agreed, respect his decision about police and "
                    "keep the door open.",
                    "L'orienter vers le refuge comme convenu, respecter sa décision au sujet de "
                    "la police et garder la porte ouverte.",
                ),
                t(
                    "Correct. Support should not depend on cooperating with police, and he may "
                    "change his mind once he feels safer.",
                    "Exact. Le soutien ne devrait pas dépendre d'une collaboration avec la "
                    "police, et il pourrait changer d'avis une fois qu'il se sentira plus en "
                    "sécurité.",
                ),
            ),
            _choice(
                False,
                t(
                    "Call police anyway, since trafficking is a crime.",
                    "Appeler la police quand même, puisque la traite est un crime.",
                ),
                t(
                    "Unless someone is in immediate danger or your policies or the law require "
                    "it, going to police against his wishes can break trust and put him at risk.",
                    "À moins qu'une personne soit en danger immédiat ou que vos politiques ou la "
                    "loi l'exigent, alerter la police contre sa volonté peut briser la confiance "
                    "et le mettre en danger.",
                ),
            ),
            _choice(
                False,
                t(
                    "Hold off on the shelter referral until he agrees to speak to police.",
                    "Attendre qu'il accepte de parler à la police pour l'orienter vers le refuge.",
                ),
                t(
                    "Support must never depend on cooperating with police.",
                    "Le soutien ne doit jamais dépendre d'une collaboration avec la police.",
                ),
            ),
            _choice(
                False,
                t(
                    "Send his full story to every partner so that they can decide together.",
                    "Transmettre tout son récit à chaque partenaire pour qu'ils en décident.",
                ),
                t(
                    "Share only what is needed, with his consent and as your policies and the "
                    "law allow.",
                    "Ne communiquez que le nécessaire, avec son consentement et dans la mesure "
                    "permise par vos politiques et la loi.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: refer as agreed and respect his choice about police.",
            "Exact : orientez-le comme convenu et respectez son choix au sujet de la police.",
        ),
        "feedback_incorrect": t(
            "Not quite. Help does not depend on going to police, and information is shared "
            "only with consent and as needed.",
            "Pas tout à fait. L'aide ne dépend pas d'une démarche auprès de la police, et "
            "l'information n'est communiquée qu'avec le consentement de la personne et selon "
            "les besoins.",
        ),
        "explanation": t(
            "<p>Victims often mistrust police and may need time. Respect the person's choice, "
            "keep the door open and follow your policies, which may require action when someone "
            "is in immediate danger or a child may need protection. Explain what each partner "
            "does, ask for consent and share only what is needed.</p>",
            "<p>Les victimes se méfient souvent de la police et peuvent avoir besoin de temps. "
            "Respectez le choix de la personne, gardez la porte ouverte et suivez vos "
            "politiques, qui peuvent exiger d'agir lorsqu'une personne est en danger immédiat "
            "ou qu'un enfant pourrait avoir besoin de protection. Expliquez ce que fait chaque "
            "partenaire, demandez le consentement de la personne et ne communiquez que le "
            "nécessaire.</p>",
        ),
    },
    {
        "kind": "ordering",
        "difficulty": "medium",
        "tags": ["referral"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>Put these steps of a good referral in order.</p>",
            "<p>Placez dans l'ordre ces étapes d'une bonne orientation.</p>",
        ),
        "items": [
            t(
                "Explain what the partner does and what you would share, and ask for the "
                "person's consent",
                "Expliquer ce que fait le partenaire et ce que vous communiqueriez, et demander "
                "le consentement de la personne",
            ),
            t(
                "Make a warm referral: make the call together or introduce the person",
                "Faire une orientation accompagnée : faire l'appel ensemble ou présenter la "
                "personne",
            ),
            t(
                "Agree among partners on one main contact for the person",
                "Convenir entre partenaires d'une personne-ressource principale",
            ),
            t(
                "Follow up to make sure the referral worked",
                "Faire un suivi pour s'assurer que l'orientation a fonctionné",
            ),
        ],
        "feedback_correct": t(
            "Right: consent first, a warm handover, one main contact, then follow-up.",
            "Exact : le consentement d'abord, une orientation accompagnée, une personne-"
            "ressource principale, puis un suivi.",
        ),
        "feedback_incorrect": t(
            "Not quite. Nothing happens before the person has agreed, and follow-up comes last.",
            "Pas tout à fait. Rien ne se fait avant que la personne ait donné son accord, et le "
            "suivi vient en dernier.",
        ),
        "explanation": t(
            "<p>A good referral is more than a phone number. Explain and ask for consent, share "
            "only what is needed, make a warm referral where you can, agree on one main contact "
            "so the person does not have to repeat their story, and follow up to make sure the "
            "referral worked.</p>",
            "<p>Une bonne orientation, c'est plus qu'un numéro de téléphone. Expliquez et "
            "demandez le consentement, ne communiquez que le nécessaire, faites une orientation "
            "accompagnée lorsque c'est possible, convenez d'une personne-ressource principale "
            "pour que la personne n'ait pas à répéter son histoire, et faites un suivi pour vous "
            "assurer que l'orientation a fonctionné.</p>",
        ),
    },
    {
        "kind": "multiple_response",
        "difficulty": "medium",
        "tags": ["referral"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>Which of these help you build a referral network before you need it? Select all "
            "that apply.</p>",
            "<p>Lesquelles de ces mesures vous aident à bâtir un réseau d'orientation avant "
            "d'en avoir besoin ? Sélectionnez toutes les réponses qui s'appliquent.</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Keeping up-to-date contacts for police, victim services, shelters, health "
                    "services, interpreters and legal help",
                    "Tenir à jour les coordonnées de la police, des services d'aide aux "
                    "victimes, des refuges, des services de santé, des interprètes et de l'aide "
                    "juridique",
                ),
                t(
                    "Yes. A current map of local partners saves time in a crisis.",
                    "Oui. Un répertoire à jour des partenaires locaux fait gagner du temps en "
                    "situation de crise.",
                ),
            ),
            _choice(
                True,
                t(
                    "Taking part in regional workshops and meetings that the RCMP hosts with "
                    "police, victim services and NGOs",
                    "Participer aux ateliers et réunions régionaux que la GRC organise avec les "
                    "services de police, les services d'aide aux victimes et les ONG",
                ),
                t(
                    "Yes. These networks help partners know each other and share best practices.",
                    "Oui. Ces réseaux aident les partenaires à se connaître et à échanger des "
                    "pratiques exemplaires.",
                ),
            ),
            _choice(
                True,
                t(
                    "Agreeing in advance with partners on whom to call, when and how, including "
                    "after hours",
                    "S'entendre à l'avance avec les partenaires sur qui appeler, quand et "
                    "comment, y compris en dehors des heures de bureau",
                ),
                t(
                    "Yes. Protocols agreed in advance make referrals quick and safe.",
                    "Oui. Des protocoles convenus à l'avance rendent les orientations rapides et "
                    "sûres.",
                ),
            ),
            _choice(
                False,
                t(
                    "Waiting until a person discloses before finding out which services exist "
                    "locally",
                    "Attendre qu'une personne se confie pour découvrir les services offerts dans "
                    "la région",
                ),
                t(
                    "No. Looking for partners in a crisis wastes time the person may not have.",
                    "Non. Chercher des partenaires en pleine crise fait perdre un temps que la "
                    "personne n'a peut-être pas.",
                ),
            ),
            _choice(
                False,
                t(
                    "Relying on a single agency for every need, so that the person deals with "
                    "only one organization",
                    "Compter sur un seul organisme pour tous les besoins, pour que la personne "
                    "n'ait affaire qu'à une seule organisation",
                ),
                t(
                    "No. The person should have one main contact, but their needs usually call "
                    "for several partners working together.",
                    "Non. La personne devrait avoir une personne-ressource principale, mais ses "
                    "besoins exigent généralement la collaboration de plusieurs partenaires.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: current contacts, regional networks and protocols agreed in advance.",
            "Exact : des coordonnées à jour, des réseaux régionaux et des protocoles convenus à "
            "l'avance.",
        ),
        "feedback_incorrect": t(
            "Not quite. Build the network ahead of time, and coordinate several partners "
            "through one main contact.",
            "Pas tout à fait. Bâtissez le réseau à l'avance, et coordonnez plusieurs "
            "partenaires par l'intermédiaire d'une personne-ressource principale.",
        ),
        "explanation": t(
            "<p>The plan names partnerships as the “fourth P”. For a service provider, that "
            "means mapping local partners, joining regional networks such as the RCMP's "
            "workshops and meetings, using available training and agreeing on protocols in "
            "advance, so that a person does not have to tell their story again and again.</p>",
            "<p>Le plan fait des partenariats le « quatrième P ». Pour un fournisseur de "
            "services, cela signifie répertorier les partenaires locaux, se joindre aux "
            "réseaux régionaux, comme les ateliers et réunions de la GRC, profiter de la "
            "formation offerte et convenir de protocoles à l'avance, pour qu'une personne n'ait "
            "pas à raconter son histoire encore et encore.</p>",
        ),
    },
    # -- Lesson 5: supports for foreign national victims ------------------------------------
    {
        "kind": "short_text",
        "difficulty": "medium",
        "tags": ["foreign-nationals"],
        "stem": t(
            "<p>What type of permit can immigration officers issue to foreign national victims "
            "of trafficking to give them legal status in Canada? Give its name or its "
            "abbreviation.</p>",
            "<p>Quel type de permis les agents d'immigration peuvent-ils délivrer aux victimes "
            "de la traite de nationalité étrangère pour leur conférer un statut légal au "
            "Canada ? Indiquez son nom ou son sigle.</p>",
        ),
        "accepted": [
            t("temporary resident permit", "permis de séjour temporaire"),
            t("TRP", "PST"),
            t("temporary resident permits", "permis de séjour temporaires"),
            t("a temporary resident permit", "un permis de séjour temporaire"),
        ],
        "case_sensitive": False,
        "feedback_correct": t(
            "Right: a temporary resident permit (TRP).",
            "Exact : un permis de séjour temporaire (PST).",
        ),
        "feedback_incorrect": t(
            "The answer is a temporary resident permit (TRP).",
            "La réponse est un permis de séjour temporaire (PST).",
        ),
        "explanation": t(
            "<p>Immigration officers can issue short-term temporary resident permits (TRPs) to "
            "foreign national victims of trafficking, giving them legal status in Canada. "
            "Further permits can be issued to the same person to maintain that status. These "
            "victims can also receive interim federal health care.</p>",
            "<p>Les agents d'immigration peuvent délivrer des permis de séjour temporaire (PST) "
            "de courte durée aux victimes de la traite de nationalité étrangère, ce qui leur "
            "confère un statut légal au Canada. D'autres permis peuvent être délivrés à la même "
            "personne pour maintenir ce statut. Ces victimes peuvent aussi recevoir des soins de "
            "santé fédéraux provisoires.</p>",
        ),
    },
    {
        "kind": "numeric",
        "difficulty": "hard",
        "tags": ["foreign-nationals"],
        "stem": t(
            "<p>In what year did Citizenship and Immigration Canada begin issuing permits to "
            "victims of trafficking that give them legal status in Canada?</p>",
            "<p>En quelle année Citoyenneté et Immigration Canada a-t-il commencé à délivrer "
            "aux victimes de la traite des permis qui leur confèrent un statut légal au "
            "Canada ?</p>",
        ),
        "numeric": {"value": 2006, "tolerance": 0},
        "feedback_correct": t(
            "Right: CIC began issuing these permits in May 2006.",
            "Exact : CIC a commencé à délivrer ces permis en mai 2006.",
        ),
        "feedback_incorrect": t(
            "The answer is 2006: CIC began issuing these permits to trafficking victims in May "
            "2006.",
            "La réponse est 2006 : CIC a commencé à délivrer ces permis aux victimes de la "
            "traite en mai 2006.",
        ),
        "explanation": t(
            "<p>Between May 2006, when Citizenship and Immigration Canada began issuing "
            "temporary resident permits to trafficking victims, and the end of 2011, 178 "
            "permits were issued to 73 foreign nationals, including repeat permits for the same "
            "person. Most of these victims (54) had suffered labour exploitation, and 14 sexual "
            "exploitation.</p>",
            "<p>Entre mai 2006, date à laquelle Citoyenneté et Immigration Canada a commencé à "
            "délivrer des permis de séjour temporaire aux victimes de la traite, et la fin de "
            "2011, 178 permis ont été délivrés à 73 ressortissants étrangers, y compris des "
            "permis successifs délivrés à une même personne. La plupart de ces victimes (54) "
            "avaient subi une exploitation liée au travail, et 14, une exploitation "
            "sexuelle.</p>",
        ),
    },
    {
        "kind": "multiple_response",
        "difficulty": "medium",
        "tags": ["foreign-nationals"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>A victim decides to testify against her trafficker. Which measures provided by "
            "the <em>Criminal Code</em> may be available, in appropriate circumstances, to make "
            "testifying less traumatic? Select all that apply.</p>",
            "<p>Une victime décide de témoigner contre son trafiquant. Quelles mesures prévues "
            "par le <em>Code criminel</em> peuvent être offertes, dans les cas qui s'y prêtent, "
            "pour rendre le témoignage moins traumatisant ? Sélectionnez toutes les réponses "
            "qui s'appliquent.</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "A screen so that she does not see the accused",
                    "Un écran qui l'empêche de voir l'accusé",
                ),
                t(
                    "Yes. A screen is a testimonial aid.",
                    "Oui. L'écran est une aide au témoignage.",
                ),
            ),
            _choice(
                True,
                t(
                    "Closed-circuit television so that she can testify from outside the courtroom",
                    "La télévision en circuit fermé, qui lui permet de témoigner à l'extérieur "
                    "de la salle d'audience",
                ),
                t(
                    "Yes. Closed-circuit television is a testimonial aid.",
                    "Oui. La télévision en circuit fermé est une aide au témoignage.",
                ),
            ),
            _choice(
                True,
                t("The presence of a support person", "La présence d'une personne de confiance"),
                t(
                    "Yes. A support person is a testimonial aid.",
                    "Oui. La personne de confiance est une aide au témoignage.",
                ),
            ),
            _choice(
                True,
                t(
                    "A publication ban on information that would identify her",
                    "Une ordonnance de non-publication des renseignements qui permettraient de "
                    "l'identifier",
                ),
                t(
                    "Yes. Publication bans may also be available.",
                    "Oui. Des ordonnances de non-publication peuvent aussi être possibles.",
                ),
            ),
            _choice(
                False,
                t(
                    "Permanent residence granted in exchange for her testimony",
                    "La résidence permanente accordée en échange de son témoignage",
                ),
                t(
                    "No. Status does not depend on testifying, and testifying does not "
                    "guarantee any status.",
                    "Non. Le statut ne dépend pas du témoignage, et témoigner ne garantit aucun "
                    "statut.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: testimonial aids and publication bans, but no status in exchange for "
            "testimony.",
            "Exact : des aides au témoignage et des ordonnances de non-publication, mais aucun "
            "statut en échange du témoignage.",
        ),
        "feedback_incorrect": t(
            "Not quite. The Criminal Code offers testimonial aids and publication bans; "
            "immigration status is a separate matter.",
            "Pas tout à fait. Le Code criminel prévoit des aides au témoignage et des "
            "ordonnances de non-publication ; le statut d'immigration est une tout autre "
            "question.",
        ),
        "explanation": t(
            "<p>The <em>Criminal Code</em> includes measures to make testifying less traumatic "
            "for victims and other vulnerable witnesses: testimonial aids such as a screen, "
            "closed-circuit television or a support person, publication bans on information "
            "that would identify a complainant or witness and, in some cases, orders excluding "
            "the public from the courtroom.</p>",
            "<p>Le <em>Code criminel</em> prévoit des mesures pour rendre le témoignage moins "
            "traumatisant pour les victimes et les autres témoins vulnérables : des aides au "
            "témoignage comme un écran, la télévision en circuit fermé ou une personne de "
            "confiance, des ordonnances de non-publication des renseignements qui permettraient "
            "d'identifier un plaignant ou un témoin et, dans certains cas, l'exclusion du "
            "public de la salle d'audience.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["foreign-nationals"],
        "stem": t(
            "<p>A man you support asks whether he should apply for refugee protection or for "
            "permanent residence on humanitarian and compassionate grounds. What should you "
            "do?</p>",
            "<p>Un homme que vous accompagnez vous demande s'il devrait demander l'asile ou la "
            "résidence permanente pour des motifs d'ordre humanitaire. Que devriez-vous "
            "faire ?</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Explain in general terms that other immigration options may exist, and "
                    "connect him with qualified legal or immigration help.",
                    "Lui expliquer en termes généraux que d'autres options d'immigration peuvent "
                    "exister, et le mettre en contact avec une aide juridique ou en immigration "
                    "qualifiée.",
                ),
                t(
                    "Correct. Stay within your role, and connect him with people qualified to "
                    "advise on his situation.",
                    "Exact. Restez dans votre rôle et mettez-le en contact avec des personnes "
                    "qualifiées pour le conseiller sur sa situation.",
                ),
            ),
            _choice(
                False,
                t(
                    "Tell him which application has the best chance of success.",
                    "Lui dire quelle demande a les meilleures chances de succès.",
                ),
                t(
                    "These decisions are complex. A wrong guess could lead him to act on wrong "
                    "information.",
                    "Ces décisions sont complexes. Une hypothèse erronée pourrait l'amener à agir "
                    "sur la foi de renseignements inexacts.",
                ),
            ),
            _choice(
                False,
                t(
                    "Tell him that no other option exists for victims of trafficking.",
                    "Lui dire qu'aucune autre option n'existe pour les victimes de la traite.",
                ),
                t(
                    "Other options may exist, such as refugee protection or permanent residence "
                    "on humanitarian and compassionate grounds.",
                    "D'autres options peuvent exister, comme l'asile ou la résidence permanente "
                    "pour des motifs d'ordre humanitaire.",
                ),
            ),
            _choice(
                False,
                t(
                    "Promise him that his application will be accepted because he is a victim.",
                    "Lui promettre que sa demande sera acceptée parce qu'il est une victime.",
                ),
                t(
                    "Never promise immigration outcomes; those decisions belong to the "
                    "authorities.",
                    "Ne promettez jamais un résultat en matière d'immigration ; ces décisions "
                    "appartiennent aux autorités.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: general information and a referral to qualified help.",
            "Exact : une information générale et une orientation vers une aide qualifiée.",
        ),
        "feedback_incorrect": t(
            "Not quite. Do not advise, guess or promise: refer him to qualified legal or "
            "immigration help.",
            "Pas tout à fait. Ne conseillez pas, ne devinez pas et ne promettez rien : "
            "orientez-le vers une aide juridique ou en immigration qualifiée.",
        ),
        "explanation": t(
            "<p>Besides temporary resident permits, other immigration options may exist; for "
            "example, some victims may apply for refugee protection or for permanent residence "
            "on humanitarian and compassionate grounds. These decisions are complex: connect the "
            "person with qualified legal or immigration help rather than advising them "
            "yourself, and keep supporting their other needs.</p>",
            "<p>Outre les permis de séjour temporaire, d'autres options d'immigration peuvent "
            "exister ; par exemple, certaines victimes peuvent demander l'asile ou la résidence "
            "permanente pour des motifs d'ordre humanitaire. Ces décisions sont complexes : "
            "mettez la personne en contact avec une aide juridique ou en immigration qualifiée "
            "plutôt que de la conseiller vous-même, et continuez à répondre à ses autres "
            "besoins.</p>",
        ),
    },
    # -- Lesson 6: trauma-informed, victim-centred, culturally sensitive practice -----------
    {
        "kind": "multiple_response",
        "difficulty": "medium",
        "tags": ["trauma-informed"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>Which of these practices are victim-centred and trauma-informed? Select all "
            "that apply.</p>",
            "<p>Lesquelles de ces pratiques sont axées sur la victime et tiennent compte des "
            "traumatismes ? Sélectionnez toutes les réponses qui s'appliquent.</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Asking only what you need and letting the person set the pace",
                    "Ne demander que ce dont vous avez besoin pour le service et laisser la "
                    "personne aller à son rythme",
                ),
                t(
                    "Yes. Repeated, detailed questions can retraumatize.",
                    "Oui. Des questions répétées et détaillées peuvent traumatiser de nouveau.",
                ),
            ),
            _choice(
                True,
                t(
                    "Explaining what you will record and who will see it",
                    "Expliquer ce que vous allez consigner et qui le verra",
                ),
                t(
                    "Yes. Transparency builds trust.",
                    "Oui. La transparence bâtit la confiance.",
                ),
            ),
            _choice(
                True,
                t(
                    "Meeting in a private, calm space that the person is free to leave",
                    "Se rencontrer dans un lieu privé et calme que la personne est libre de "
                    "quitter",
                ),
                t(
                    "Yes. A setting the person controls supports safety.",
                    "Oui. Un cadre sur lequel la personne garde la maîtrise favorise sa sécurité.",
                ),
            ),
            _choice(
                False,
                t(
                    "Promising that the trafficker will be charged, to encourage the person",
                    "Promettre que le trafiquant sera accusé, pour encourager la personne",
                ),
                t(
                    "No. Be honest about what you can and cannot do; promising outcomes such as "
                    "charges can destroy trust.",
                    "Non. Soyez honnête sur ce que vous pouvez faire et ne pas faire ; promettre "
                    "des résultats, comme des accusations, peut détruire la confiance.",
                ),
            ),
            _choice(
                False,
                t(
                    "Deciding for the person which services they should use, to spare them stress",
                    "Décider à la place de la personne des services qu'elle devrait utiliser, "
                    "pour lui épargner du stress",
                ),
                t(
                    "No. Trafficking takes control away; explaining options and respecting "
                    "choices helps give it back.",
                    "Non. La traite prive la personne de tout contrôle ; lui expliquer les "
                    "options et respecter ses choix l'aide à le reprendre.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: a gentle pace, transparency and a safe setting.",
            "Exact : un rythme respectueux, la transparence et un cadre sûr.",
        ),
        "feedback_incorrect": t(
            "Not quite. Victim-centred practice is honest and gives the person choice.",
            "Pas tout à fait. Une pratique axée sur la victime est honnête et redonne à la "
            "personne le choix et le contrôle.",
        ),
        "explanation": t(
            "<p>A victim-centred approach puts the person's safety, rights, wishes and "
            "well-being first; a trauma-informed approach adds an understanding of how trauma "
            "affects people, so that services do not cause further harm. In practice: ask only "
            "what you need, use independent interpreters, respect choices, be honest, use "
            "respectful words and offer a private, calm setting.</p>",
            "<p>Une approche axée sur la victime accorde la priorité à la sécurité, aux droits, "
            "aux souhaits et au bien-être de la personne ; une approche tenant compte des "
            "traumatismes y ajoute la compréhension de leurs effets, afin que les services ne "
            "causent pas davantage de tort. En pratique : ne demandez que le nécessaire, faites "
            "appel à des interprètes indépendants, respectez les choix, soyez honnête, employez "
            "des mots respectueux et offrez un cadre privé et calme.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["trauma-informed"],
        "stem": t(
            "<p>A woman from a small immigrant community arrives at your shelter. A volunteer "
            "from the same community offers to interpret, and the woman falls silent. What is "
            "the best response?</p>",
            "<p>Une femme issue d'une petite communauté immigrante arrive à votre refuge. Une "
            "bénévole de la même communauté propose de servir d'interprète, et la femme se tait. "
            "Quelle est la meilleure réaction ?</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Ask what she would prefer and arrange an independent, professional "
                    "interpreter, for example by phone.",
                    "Lui demander ce qu'elle préfère et faire appel à un interprète "
                    "professionnel et indépendant, par exemple par téléphone.",
                ),
                t(
                    "Correct. Listening to her preference and using an independent interpreter "
                    "can make the difference between a disclosure and silence.",
                    "Exact. Écouter sa préférence et faire appel à un interprète indépendant "
                    "peut faire toute la différence entre une confidence et le silence.",
                ),
            ),
            _choice(
                False,
                t(
                    "Let the volunteer interpret, since she speaks the language and knows the "
                    "community.",
                    "Laisser la bénévole interpréter, puisqu'elle parle la langue et connaît la "
                    "communauté.",
                ),
                t(
                    "A community member may know the trafficker. Her silence is a signal to "
                    "respect.",
                    "Un membre de la communauté pourrait connaître le trafiquant. Son silence "
                    "est un signal à respecter.",
                ),
            ),
            _choice(
                False,
                t(
                    "Continue without an interpreter, since she seems to understand a little.",
                    "Poursuivre sans interprète, puisqu'elle semble comprendre un peu.",
                ),
                t(
                    "Use an interpreter in a language she knows well; partial understanding "
                    "leads to misunderstandings.",
                    "Faites appel à un interprète dans une langue qu'elle maîtrise bien ; une "
                    "compréhension partielle entraîne des malentendus.",
                ),
            ),
            _choice(
                False,
                t(
                    "Postpone the intake until she agrees to work with the volunteer.",
                    "Reporter l'accueil jusqu'à ce qu'elle accepte l'aide de la bénévole.",
                ),
                t(
                    "Waiting until she accepts an interpreter she is uneasy with delays help and "
                    "ignores her preference.",
                    "Attendre qu'elle accepte un interprète avec qui elle n'est pas à l'aise "
                    "retarde l'aide et ne tient pas compte de sa préférence.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: respect her preference and use an independent interpreter.",
            "Exact : respectez sa préférence et faites appel à un interprète indépendant.",
        ),
        "feedback_incorrect": t(
            "Not quite. Interpreters who belong to the person's circle may know the trafficker; "
            "ask her, and use an independent one.",
            "Pas tout à fait. Un interprète issu de l'entourage de la personne pourrait "
            "connaître le trafiquant ; demandez-lui ce qu'elle préfère et faites appel à un "
            "interprète indépendant.",
        ),
        "explanation": t(
            "<p>Relying on a companion, relative or community member who may know the "
            "trafficker can cause harm. Use an independent, professional interpreter the person "
            "is comfortable with, and ask rather than assume: culture, language, faith, gender "
            "and history shape a person's trust in services.</p>",
            "<p>Compter sur un accompagnateur, un parent ou un membre de la communauté qui "
            "pourrait connaître le trafiquant peut causer du tort. Faites appel à un interprète "
            "professionnel et indépendant avec qui la personne est à l'aise, et demandez au lieu "
            "de supposer : la culture, la langue, la foi, le genre et l'histoire influent sur "
            "la confiance d'une personne envers les services.</p>",
        ),
    },
    {
        "kind": "short_text",
        "difficulty": "hard",
        "tags": ["trauma-informed"],
        "stem": t(
            "<p>What is the name of the RCMP awareness materials that the plan commits to "
            "distributing to First Nations, Inuit and Métis communities?</p>",
            "<p>Comment s'appellent les outils de sensibilisation de la GRC que le plan prévoit "
            "de distribuer aux communautés des Premières Nations, des Inuits et des Métis ?</p>",
        ),
        "accepted": [
            t("I'm Not for Sale", "Je ne suis pas à vendre"),
            t("I am not for sale", "« Je ne suis pas à vendre »"),
            t("Not for Sale", "Pas à vendre"),
        ],
        "case_sensitive": False,
        "feedback_correct": t(
            "Right: the RCMP materials are called “I'm Not for Sale”.",
            "Exact : les outils de la GRC s'appellent « Je ne suis pas à vendre ».",
        ),
        "feedback_incorrect": t(
            "The answer is “I'm Not for Sale”.",
            "La réponse est « Je ne suis pas à vendre ».",
        ),
        "explanation": t(
            "<p>The plan acknowledges gaps in knowledge about how trafficking plays out in "
            "Indigenous communities, and notes that some Indigenous women, youth and children "
            "are among those at higher risk. It commits to prevention-focused awareness, to "
            "culturally and historically informed training for enforcement officials and to "
            "distributing the RCMP's <em>I'm Not for Sale</em> materials to First Nations, Inuit "
            "and Métis communities.</p>",
            "<p>Le plan reconnaît qu'on connaît mal la manière dont la traite se manifeste dans "
            "les communautés autochtones, et souligne que certaines femmes, certains jeunes et "
            "enfants autochtones comptent parmi les personnes les plus à risque. Il prévoit des "
            "activités de sensibilisation axées sur la prévention, une formation adaptée au "
            "contexte culturel et historique à l'intention des agents d'application de la loi, "
            "et la distribution des outils de sensibilisation <em>Je ne suis pas à vendre</em> "
            "de la GRC aux communautés des Premières Nations, des Inuits et des Métis.</p>",
        ),
    },
]

BANK = {
    "course_slug": "responding-to-trafficking-victims",
    "title": t(
        "Responding to victims: front-line service providers",
        "Intervenir auprès des victimes : fournisseurs de services de première ligne",
    ),
    "description": t(
        "Questions on recognizing a possible victim, needs and trauma, safety planning, "
        "referral and coordination, supports for foreign national victims, and "
        "trauma-informed, victim-centred and culturally sensitive practice.",
        "Questions sur la façon de reconnaître une victime potentielle, les besoins et le "
        "traumatisme, la planification de la sécurité, l'orientation et la coordination, le "
        "soutien aux victimes de nationalité étrangère, et une pratique axée sur la victime, "
        "tenant compte des traumatismes et adaptée à la culture.",
    ),
    "topic": "victim-support",
    "scenarios": SCENARIOS,
    "questions": QUESTIONS,
    "quiz": {
        "title": t(
            "Final assessment: Responding to victims of human trafficking",
            "Évaluation finale : intervenir auprès des victimes de la traite de personnes",
        ),
        "instructions": t(
            "<p>This assessment draws 10 questions at random from a bank that covers all six "
            "lessons of the course. You need 80% to pass.</p>"
            "<ul><li>You have 30 minutes for each attempt, and up to 3 attempts.</li>"
            "<li>Some questions ask you to select every answer that applies, to match items or "
            "to put steps in order.</li>"
            "<li>Feedback appears after you submit; the correct answers are shown once you "
            "pass.</li></ul>",
            "<p>Cette évaluation comprend 10 questions tirées au hasard d'une banque qui couvre "
            "les six leçons du cours. Il faut obtenir 80 % pour la réussir.</p>"
            "<ul><li>Vous disposez de 30 minutes par tentative, et de 3 tentatives au plus.</li>"
            "<li>Certaines questions vous demandent de sélectionner toutes les réponses qui "
            "s'appliquent, d'associer des éléments ou de placer des étapes dans l'ordre.</li>"
            "<li>La rétroaction s'affiche après l'envoi de vos réponses ; les bonnes réponses "
            "sont présentées une fois l'évaluation réussie.</li></ul>",
        ),
        "draw": 10,
        "pass_mark": "0.80",
        "attempts_allowed": 3,
        "wait_between_attempts": 0,
        "time_limit": 30,
        "feedback_mode": "after_submission",
        "show_correct_answers": "after_passing",
    },
}
