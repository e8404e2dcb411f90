"""Question bank and final assessment of the demo course for border services officers.

Every question can be answered from the course's six lessons (``courses.demo.border_services``),
which draw on Canada's National Action Plan to Combat Human Trafficking (2012). Tags name the
lessons: definitions, smuggling, indicators, law, victim-protection and referral.
"""

from __future__ import annotations

from courses.demo.bilingual import t

# A situation shared by four questions: a worker at the primary inspection line.

AIRPORT_ARRIVAL = {
    "key": "airport-arrival",
    "title": t("A worker at the airport", "Une travailleuse à l'aéroport"),
    "situation": t(
        "<p>You are working the primary inspection line at an international airport. A woman "
        "in her early twenties arrives with a man who says he represents her future employer. "
        "He hands you her passport and her work permit, and he answers your questions for "
        "her. When she does speak, she says she will work “in a restaurant”, but she cannot "
        "name it or say in which city it is. She speaks little English and no French.</p>",
        "<p>Vous travaillez à la ligne d'inspection primaire d'un aéroport international. Une "
        "femme d'une vingtaine d'années arrive en compagnie d'un homme qui se présente comme "
        "le représentant de son futur employeur. Il vous tend le passeport et le permis de "
        "travail de la femme, et il répond à vos questions à sa place. Lorsqu'elle prend "
        "enfin la parole, elle dit qu'elle travaillera « dans un restaurant », mais elle est "
        "incapable d'en donner le nom ou de dire dans quelle ville il se trouve. Elle parle "
        "peu l'anglais et pas du tout le français.</p>",
    ),
}

# Lesson 1: understanding human trafficking ---------------------------------------------------

DEFINITIONS = [
    {
        "kind": "single_choice",
        "difficulty": "easy",
        "tags": ["definitions"],
        "stem": t(
            "<p>Which statement about human trafficking is correct?</p>",
            "<p>Quel énoncé sur la traite de personnes est exact ?</p>",
        ),
        "choices": [
            {
                "text": t(
                    "A person can be trafficked without ever leaving Canada.",
                    "Une personne peut être victime de la traite sans jamais quitter le Canada.",
                ),
                "correct": True,
                "feedback": t(
                    "Correct. No border needs to be crossed: moving a person within a city, or "
                    "simply controlling them, can be enough when the purpose is to exploit "
                    "them.",
                    "Exact. Aucune frontière n'a à être franchie : déplacer une personne dans "
                    "une même ville, ou simplement la contrôler, peut suffire lorsque le but est "
                    "de l'exploiter.",
                ),
            },
            {
                "text": t(
                    "Trafficking always involves taking a person across an international border.",
                    "La traite suppose toujours de faire franchir une frontière internationale "
                    "à une personne.",
                ),
                "correct": False,
                "feedback": t(
                    "No. Crossing a border is always part of migrant smuggling, but trafficking "
                    "can happen entirely within one country.",
                    "Non. Le franchissement d'une frontière fait toujours partie du passage de "
                    "clandestins, mais la traite peut se dérouler entièrement dans un seul pays.",
                ),
            },
            {
                "text": t(
                    "Only foreign nationals can be victims of trafficking in Canada.",
                    "Seuls les ressortissants étrangers peuvent être victimes de la traite au "
                    "Canada.",
                ),
                "correct": False,
                "feedback": t(
                    "No. The vast majority of victims identified in Canada to date are Canadian "
                    "women and children.",
                    "Non. La grande majorité des victimes repérées au Canada à ce jour sont des "
                    "femmes et des enfants canadiens.",
                ),
            },
            {
                "text": t(
                    "Trafficking happens only in large urban centres.",
                    "La traite ne se produit que dans les grands centres urbains.",
                ),
                "correct": False,
                "feedback": t(
                    "No. It often takes place in large urban centres, but it also occurs in "
                    "smaller cities and communities.",
                    "Non. Elle se produit souvent dans les grands centres urbains, mais aussi "
                    "dans des villes et des collectivités plus petites.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: trafficking does not require crossing a border.",
            "Exact : la traite n'exige pas le franchissement d'une frontière.",
        ),
        "feedback_incorrect": t(
            "Not quite. Trafficking can happen without any border being crossed.",
            "Pas tout à fait. La traite peut avoir lieu sans qu'aucune frontière soit franchie.",
        ),
        "explanation": t(
            "<p>Human trafficking is the recruitment, transportation or harbouring of a person, "
            "or the exercise of control, direction or influence over their movements, in order "
            "to exploit them. It does not require crossing a border. For a border services "
            "officer, this means that a traveller of any citizenship, entering, leaving or "
            "returning to Canada, may be a victim.</p>",
            "<p>La traite de personnes consiste à recruter, à transporter ou à héberger une "
            "personne, ou à exercer un contrôle, une direction ou une influence sur ses "
            "déplacements, dans le but de l'exploiter. Elle n'exige pas le franchissement d'une "
            "frontière. Pour l'agent des services frontaliers, cela signifie qu'un voyageur de "
            "n'importe quelle citoyenneté, qu'il entre au Canada, le quitte ou y revienne, peut "
            "être une victime.</p>",
        ),
    },
    {
        "kind": "true_false",
        "difficulty": "easy",
        "tags": ["definitions"],
        "stem": t(
            "<p>In Canada, trafficking for forced labour is, to date, the most common form of "
            "trafficking identified.</p>",
            "<p>Au Canada, la traite à des fins de travail forcé est, à ce jour, la forme de "
            "traite la plus souvent relevée.</p>",
        ),
        "answer": False,
        "feedback_correct": t(
            "Correct: the statement is false. Trafficking for sexual exploitation is the most "
            "common form identified in Canada to date.",
            "Exact : l'énoncé est faux. La traite à des fins d'exploitation sexuelle est la "
            "forme la plus souvent relevée au Canada à ce jour.",
        ),
        "feedback_incorrect": t(
            "The statement is false. To date, trafficking for sexual exploitation is the most "
            "common form identified in Canada.",
            "L'énoncé est faux. À ce jour, la traite à des fins d'exploitation sexuelle est la "
            "forme la plus souvent relevée au Canada.",
        ),
        "explanation": t(
            "<p>Trafficking for sexual exploitation is the most common form identified in "
            "Canada so far, and the vast majority of victims are Canadian women and children. "
            "Forced labour cases have also led to charges, in Alberta, Ontario and British "
            "Columbia.</p>",
            "<p>La traite à des fins d'exploitation sexuelle est la forme la plus souvent "
            "relevée au Canada jusqu'ici, et la grande majorité des victimes sont des femmes et "
            "des enfants canadiens. Des cas de travail forcé ont aussi mené à des accusations, "
            "en Alberta, en Ontario et en Colombie-Britannique.</p>",
        ),
    },
    {
        "kind": "multiple_response",
        "difficulty": "medium",
        "tags": ["definitions"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>Which groups does the course identify as facing a higher risk of being "
            "trafficked? Select all that apply.</p>",
            "<p>Quels groupes le cours désigne-t-il comme courant un risque accru d'être "
            "victimes de la traite ? Sélectionnez toutes les réponses qui s'appliquent.</p>",
        ),
        "choices": [
            {
                "text": t(
                    "Some Indigenous women, youth and children",
                    "Certaines femmes, certains jeunes et certains enfants autochtones",
                ),
                "correct": True,
                "feedback": t(
                    "Yes. Social and economic disadvantage increases the risk.",
                    "Oui. Le désavantage social et économique accroît le risque.",
                ),
            },
            {
                "text": t(
                    "Teenaged runaways and children in the care of child protection services",
                    "Les adolescents en fugue et les enfants pris en charge par les services de "
                    "protection de l'enfance",
                ),
                "correct": True,
                "feedback": t(
                    "Yes. Young people without a stable home are frequent targets.",
                    "Oui. Les jeunes privés d'un foyer stable sont des cibles fréquentes.",
                ),
            },
            {
                "text": t(
                    "Migrants and new immigrants, including migrant workers",
                    "Les migrants et les nouveaux immigrants, y compris les travailleurs migrants",
                ),
                "correct": True,
                "feedback": t(
                    "Yes. Migrants can be isolated and dependent on a recruiter or employer.",
                    "Oui. Les migrants peuvent être isolés et dépendre d'un recruteur ou d'un "
                    "employeur.",
                ),
            },
            {
                "text": t(
                    "Any traveller from a country named in the RCMP's threat assessment",
                    "Tout voyageur d'un pays nommé dans l'évaluation de la menace de la GRC",
                ),
                "correct": False,
                "feedback": t(
                    "No. Source-country patterns help to target awareness and training, but "
                    "nationality alone never makes a traveller a suspect or a presumed victim.",
                    "Non. Les tendances relatives aux pays d'origine aident à cibler la "
                    "sensibilisation et la formation, mais la nationalité à elle seule ne fait "
                    "jamais d'un voyageur un suspect ni une victime présumée.",
                ),
            },
            {
                "text": t(
                    "Foreign women only, since Canadian citizens are rarely trafficked",
                    "Les femmes étrangères seulement, puisque les citoyens canadiens sont "
                    "rarement victimes de la traite",
                ),
                "correct": False,
                "feedback": t(
                    "No. Most victims identified in Canada to date are Canadian women and "
                    "children.",
                    "Non. La plupart des victimes repérées au Canada à ce jour sont des femmes "
                    "et des enfants canadiens.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: you identified the groups at higher risk.",
            "Exact : vous avez repéré les groupes qui courent un risque accru.",
        ),
        "feedback_incorrect": t(
            "Not quite. Risk follows social and economic disadvantage, not nationality.",
            "Pas tout à fait. Le risque découle du désavantage social et économique, et non de "
            "la nationalité.",
        ),
        "explanation": t(
            "<p>Men, women and children can all be victims, but women and children are the "
            "primary victims. People who are socially or economically disadvantaged face a "
            "higher risk: some Indigenous women, youth and children; migrants and new "
            "immigrants; teenaged runaways and children in care; and girls and women lured to "
            "large cities.</p>",
            "<p>Les hommes, les femmes et les enfants peuvent tous être victimes, mais les "
            "femmes et les enfants sont les principales victimes. Les personnes socialement ou "
            "économiquement défavorisées courent un risque accru : certaines femmes, certains "
            "jeunes et certains enfants autochtones ; les migrants et les nouveaux immigrants ; "
            "les adolescents en fugue et les enfants pris en charge ; et les filles et les "
            "femmes attirées vers les grandes villes.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["definitions"],
        "stem": t(
            "<p>Why is human trafficking often described as “low risk, high reward” for "
            "traffickers?</p>",
            "<p>Pourquoi dit-on souvent de la traite de personnes qu'elle comporte « peu de "
            "risques » et « rapporte gros » pour les trafiquants ?</p>",
        ),
        "choices": [
            {
                "text": t(
                    "It is hidden and hard to detect and investigate, and a victim can be "
                    "exploited over and over for profit.",
                    "C'est un crime caché, difficile à détecter et à enquêter, et une victime "
                    "peut être exploitée encore et encore à des fins de profit.",
                ),
                "correct": True,
                "feedback": t(
                    "Correct. Victims rarely come forward, and repeated exploitation makes the "
                    "crime lucrative.",
                    "Exact. Les victimes se manifestent rarement, et l'exploitation répétée rend "
                    "ce crime lucratif.",
                ),
            },
            {
                "text": t(
                    "The penalties for trafficking in Canada are light.",
                    "Les peines prévues pour la traite au Canada sont légères.",
                ),
                "correct": False,
                "feedback": t(
                    "No. The penalties are severe: up to life imprisonment under both the IRPA "
                    "and the Criminal Code.",
                    "Non. Les peines sont lourdes : jusqu'à l'emprisonnement à perpétuité, tant "
                    "en vertu de la LIPR que du Code criminel.",
                ),
            },
            {
                "text": t(
                    "Victims usually report the crime quickly, so each case is short.",
                    "Les victimes signalent habituellement le crime rapidement, si bien que "
                    "chaque affaire est de courte durée.",
                ),
                "correct": False,
                "feedback": t(
                    "No. Fear, threats, shame, language barriers and mistrust of authorities "
                    "keep most victims from coming forward.",
                    "Non. La peur, les menaces, la honte, la barrière de la langue et la "
                    "méfiance envers les autorités empêchent la plupart des victimes de se "
                    "manifester.",
                ),
            },
            {
                "text": t(
                    "It can only be committed across borders where checks are rare.",
                    "Elle ne peut être commise qu'au passage de frontières où les contrôles "
                    "sont rares.",
                ),
                "correct": False,
                "feedback": t(
                    "No. Trafficking does not require crossing a border at all.",
                    "Non. La traite n'exige aucun franchissement de frontière.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: hidden, hard to investigate and highly profitable.",
            "Exact : un crime caché, difficile à enquêter et très rentable.",
        ),
        "feedback_incorrect": t(
            "Not quite. Think about how hidden the crime is and how often a victim can be "
            "exploited.",
            "Pas tout à fait. Pensez à quel point ce crime est caché et au nombre de fois où "
            "une victime peut être exploitée.",
        ),
        "explanation": t(
            "<p>Trafficking is hidden: manipulation, fear, threats, shame, language barriers "
            "and mistrust of authorities keep victims and witnesses silent. The crime is "
            "therefore difficult to detect and investigate, while a victim can be exploited "
            "again and again for the trafficker's profit.</p>",
            "<p>La traite est un crime caché : la manipulation, la peur, les menaces, la honte, "
            "la barrière de la langue et la méfiance envers les autorités réduisent les "
            "victimes et les témoins au silence. Ce crime est donc difficile à détecter et à "
            "enquêter, alors qu'une victime peut être exploitée encore et encore au profit du "
            "trafiquant.</p>",
        ),
    },
]

# Lesson 2: trafficking or migrant smuggling? -------------------------------------------------

SMUGGLING = [
    {
        "kind": "matching",
        "difficulty": "medium",
        "tags": ["smuggling"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>Match each point of comparison between migrant smuggling and human trafficking "
            "with its description.</p>",
            "<p>Associez chaque élément de comparaison entre le passage de clandestins et la "
            "traite de personnes à sa description.</p>",
        ),
        "pairs": [
            {
                "left": t(
                    "Consent, in migrant smuggling", "Consentement, dans le passage de clandestins"
                ),
                "right": t(
                    "The migrant agrees to be moved, even in dangerous conditions.",
                    "Le migrant accepte d'être transporté, même dans des conditions dangereuses.",
                ),
            },
            {
                "left": t(
                    "Consent, in human trafficking", "Consentement, dans la traite de personnes"
                ),
                "right": t(
                    "Any initial agreement is made meaningless by coercion, deception or abuse.",
                    "Tout accord initial est vidé de son sens par la contrainte, la tromperie "
                    "ou les mauvais traitements.",
                ),
            },
            {
                "left": t(
                    "After arrival, in migrant smuggling",
                    "Après l'arrivée, dans le passage de clandestins",
                ),
                "right": t(
                    "The relationship ends when the migrant reaches the destination.",
                    "La relation prend fin lorsque le migrant arrive à destination.",
                ),
            },
            {
                "left": t(
                    "After arrival, in human trafficking",
                    "Après l'arrivée, dans la traite de personnes",
                ),
                "right": t(
                    "The exploitation continues, often for months or years.",
                    "L'exploitation se poursuit, souvent pendant des mois ou des années.",
                ),
            },
            {
                "left": t(
                    "Border crossing, in migrant smuggling",
                    "Franchissement d'une frontière, dans le passage de clandestins",
                ),
                "right": t(
                    "Always: an international border is crossed.",
                    "Toujours : une frontière internationale est franchie.",
                ),
            },
            {
                "left": t(
                    "Border crossing, in human trafficking",
                    "Franchissement d'une frontière, dans la traite de personnes",
                ),
                "right": t(
                    "Not necessary: the victim may be moved within one country, or not at all.",
                    "Pas nécessaire : la victime peut être déplacée dans un même pays, ou ne "
                    "pas être déplacée du tout.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: consent, exploitation and transnationality set the two crimes apart.",
            "Exact : le consentement, l'exploitation et la transnationalité distinguent les "
            "deux crimes.",
        ),
        "feedback_incorrect": t(
            "Some pairs are wrong. Smuggling is a consented journey across a border that ends "
            "on arrival; trafficking is ongoing exploitation, with or without a border.",
            "Certaines associations sont erronées. Le passage de clandestins est un voyage "
            "consenti, avec franchissement d'une frontière, qui prend fin à l'arrivée ; la "
            "traite est une exploitation continue, avec ou sans frontière.",
        ),
        "explanation": t(
            "<p>The United Nations Office on Drugs and Crime points to three key differences. A "
            "smuggled migrant agrees to a journey that always crosses a border, and the "
            "relationship ends on arrival. A trafficking victim has not given meaningful "
            "consent, the exploitation continues after arrival, and no border needs to be "
            "crossed.</p>",
            "<p>L'Office des Nations Unies contre la drogue et le crime relève trois "
            "différences essentielles. Le migrant qui fait appel à un passeur consent à un "
            "voyage qui franchit toujours une frontière, et la relation prend fin à l'arrivée. "
            "La victime de la traite n'a pas donné de consentement véritable, l'exploitation "
            "se poursuit après l'arrivée, et aucune frontière n'a à être franchie.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "easy",
        "tags": ["smuggling"],
        "stem": t(
            "<p>According to the United Nations Office on Drugs and Crime, which three key "
            "differences set human trafficking apart from migrant smuggling?</p>",
            "<p>Selon l'Office des Nations Unies contre la drogue et le crime, quelles sont les "
            "trois différences essentielles entre la traite de personnes et le passage de "
            "clandestins ?</p>",
        ),
        "choices": [
            {
                "text": t(
                    "Consent, exploitation and transnationality",
                    "Le consentement, l'exploitation et la transnationalité",
                ),
                "correct": True,
                "feedback": t(
                    "Correct. These three differences are what to look at, whatever the way "
                    "the person travelled.",
                    "Exact. Ce sont ces trois différences qu'il faut examiner, quelle que soit "
                    "la façon dont la personne a voyagé.",
                ),
            },
            {
                "text": t(
                    "The traveller's nationality, age and sex",
                    "La nationalité, l'âge et le sexe du voyageur",
                ),
                "correct": False,
                "feedback": t(
                    "No. These must never drive your assessment on their own; they say nothing "
                    "about whether a person is being exploited.",
                    "Non. Ces éléments ne doivent jamais guider à eux seuls votre évaluation ; "
                    "ils ne disent rien de l'exploitation d'une personne.",
                ),
            },
            {
                "text": t(
                    "The type of documents, the route and the price of the trip",
                    "Le type de documents, l'itinéraire et le prix du voyage",
                ),
                "correct": False,
                "feedback": t(
                    "No. Both crimes can involve false documents, irregular routes and "
                    "payments, so these do not tell them apart.",
                    "Non. Les deux crimes peuvent comporter de faux documents, des itinéraires "
                    "irréguliers et des paiements : ces éléments ne permettent pas de les "
                    "distinguer.",
                ),
            },
            {
                "text": t(
                    "The number of travellers, the means of transport and the port of entry",
                    "Le nombre de voyageurs, le moyen de transport et le point d'entrée",
                ),
                "correct": False,
                "feedback": t(
                    "No. How people arrive can look the same in both crimes. What sets them "
                    "apart is what happens next.",
                    "Non. La façon d'arriver peut être la même dans les deux cas. Ce qui les "
                    "distingue, c'est ce qui se passe ensuite.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: consent, exploitation and transnationality.",
            "Exact : le consentement, l'exploitation et la transnationalité.",
        ),
        "feedback_incorrect": t(
            "Not quite. The three differences are consent, exploitation and transnationality.",
            "Pas tout à fait. Les trois différences sont le consentement, l'exploitation et la "
            "transnationalité.",
        ),
        "explanation": t(
            "<p>At a port of entry, both crimes may involve irregular travel, false documents or "
            "a third party who organized the trip. What distinguishes them is whether the "
            "person truly consented, whether the exploitation continues after arrival, and "
            "whether a border had to be crossed at all.</p>",
            "<p>Au point d'entrée, les deux crimes peuvent comporter un voyage irrégulier, de "
            "faux documents ou un tiers qui a organisé le trajet. Ce qui les distingue, c'est "
            "le consentement véritable de la personne, la poursuite de l'exploitation après "
            "l'arrivée et la nécessité, ou non, de franchir une frontière.</p>",
        ),
    },
    {
        "kind": "true_false",
        "difficulty": "medium",
        "tags": ["smuggling"],
        "stem": t(
            "<p>A migrant who willingly paid to be smuggled into Canada cannot later become a "
            "victim of human trafficking.</p>",
            "<p>Un migrant qui a payé de son plein gré un passeur pour entrer au Canada ne peut "
            "pas devenir par la suite une victime de la traite de personnes.</p>",
        ),
        "answer": False,
        "feedback_correct": t(
            "Correct: the statement is false. Smuggling can turn into trafficking.",
            "Exact : l'énoncé est faux. Le passage de clandestins peut se transformer en traite.",
        ),
        "feedback_incorrect": t(
            "The statement is false. Agreeing to a journey is not agreeing to exploitation.",
            "L'énoncé est faux. Accepter un voyage, ce n'est pas accepter l'exploitation.",
        ),
        "explanation": t(
            "<p>If, on arrival, the people who arranged the trip take the person's documents, "
            "force them to work or to provide sexual services, or threaten them or their "
            "family, the situation is no longer only smuggling. Under the Criminal Code, a "
            "victim cannot validly consent to the trafficking activity itself.</p>",
            "<p>Si, à l'arrivée, les personnes qui ont organisé le voyage prennent les "
            "documents de la personne, la forcent à travailler ou à fournir des services "
            "sexuels, ou la menacent, elle ou sa famille, il ne s'agit plus seulement de "
            "passage de clandestins. Selon le Code criminel, une victime ne peut pas consentir "
            "valablement à l'activité de traite elle-même.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["smuggling", "indicators"],
        "stem": t(
            "<p>Several travellers arrive on the same flight, with visitor visas and the same "
            "vague plans. One of them, questioned alone, says that a recruiter arranged "
            "everything and that she will “work off the cost of the trip” at a job the "
            "recruiter will choose for her once she arrives. How should you read her "
            "statement?</p>",
            "<p>Plusieurs voyageurs arrivent par le même vol, avec un visa de visiteur et les "
            "mêmes projets vagues. L'une d'eux, interrogée seule, explique qu'un recruteur a "
            "tout organisé et qu'elle devra « rembourser le voyage en travaillant » à un emploi "
            "que le recruteur choisira pour elle à son arrivée. Comment interprétez-vous sa "
            "déclaration ?</p>",
        ),
        "choices": [
            {
                "text": t(
                    "As a possible trafficking concern that calls for a careful, private "
                    "conversation",
                    "Comme un signe possible de traite, qui appelle une conversation attentive, "
                    "en privé",
                ),
                "correct": True,
                "feedback": t(
                    "Correct. A job chosen by someone else and a debt to be worked off point to "
                    "possible exploitation after arrival.",
                    "Exact. Un emploi choisi par un tiers et une dette à rembourser par le "
                    "travail laissent entrevoir une exploitation après l'arrivée.",
                ),
            },
            {
                "text": t(
                    "As migrant smuggling only, because she agreed to the trip",
                    "Comme un simple passage de clandestins, puisqu'elle a accepté le voyage",
                ),
                "correct": False,
                "feedback": t(
                    "Agreeing to travel is not agreeing to exploitation. Smuggling ends on "
                    "arrival; here, the control is set to continue after arrival.",
                    "Accepter de voyager, ce n'est pas accepter d'être exploitée. Le passage "
                    "de clandestins prend fin à l'arrivée ; ici, le contrôle doit se poursuivre "
                    "après l'arrivée.",
                ),
            },
            {
                "text": t(
                    "As an ordinary travel loan that raises no concern",
                    "Comme un prêt de voyage ordinaire, qui ne soulève aucune inquiétude",
                ),
                "correct": False,
                "feedback": t(
                    "A debt to the person who controls the job, with no details about the "
                    "work, is a recognized indicator. It deserves a closer look.",
                    "Une dette envers la personne qui contrôle l'emploi, sans aucun détail sur "
                    "le travail, est un indicateur reconnu. Elle mérite un examen plus "
                    "attentif.",
                ),
            },
            {
                "text": t(
                    "As proof of trafficking, so no further assessment is needed",
                    "Comme une preuve de traite, qui rend toute autre évaluation inutile",
                ),
                "correct": False,
                "feedback": t(
                    "An indicator is a reason to look more closely, not a conclusion. Keep "
                    "assessing in private and refer according to your procedures.",
                    "Un indicateur est un motif d'examiner la situation de plus près, et non "
                    "une conclusion. Poursuivez l'évaluation en privé et orientez le cas selon "
                    "vos procédures.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: a debt to be worked off at a job chosen by someone else is a trafficking "
            "concern.",
            "Exact : une dette à rembourser par le travail, à un emploi choisi par un tiers, "
            "est un signe possible de traite.",
        ),
        "feedback_incorrect": t(
            "Not quite. Look at what is planned after arrival, not only at how she travelled.",
            "Pas tout à fait. Examinez ce qui est prévu après l'arrivée, et pas seulement la "
            "façon dont elle a voyagé.",
        ),
        "explanation": t(
            "<p>On its own, a group with a shared itinerary could suggest organized travel or "
            "smuggling. A job chosen by someone else and a debt to be worked off point to "
            "exploitation after arrival, which is what sets trafficking apart. That calls for "
            "a careful, private conversation, not a quick label either way.</p>",
            "<p>À lui seul, un groupe qui suit un itinéraire commun pourrait évoquer un voyage "
            "organisé ou un passage de clandestins. Un emploi choisi par un tiers et une dette "
            "à rembourser par le travail laissent entrevoir une exploitation après l'arrivée, "
            "ce qui distingue la traite. Cela appelle une conversation attentive, en privé, et "
            "non une étiquette hâtive, dans un sens comme dans l'autre.</p>",
        ),
    },
]

# Lesson 3: indicators at ports of entry ------------------------------------------------------

INDICATORS = [
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["indicators", "referral"],
        "scenario": "airport-arrival",
        "stem": t(
            "<p>What is the most appropriate action at the primary inspection line?</p>",
            "<p>Quelle est la mesure la plus appropriée à la ligne d'inspection primaire ?</p>",
        ),
        "choices": [
            {
                "text": t(
                    "Refer both travellers to secondary inspection, noting that the man held "
                    "her documents and answered for her.",
                    "Diriger les deux voyageurs vers l'inspection secondaire, en notant que "
                    "l'homme détenait ses documents et répondait à sa place.",
                ),
                "correct": True,
                "feedback": t(
                    "Correct. Your role at the primary inspection line is to notice and refer, "
                    "with clear notes, so that she can be seen privately in secondary.",
                    "Exact. À la ligne d'inspection primaire, votre rôle est de remarquer et de "
                    "diriger, notes claires à l'appui, pour qu'elle puisse être reçue en privé "
                    "à l'inspection secondaire.",
                ),
            },
            {
                "text": t(
                    "Ask her, in front of the man, whether she is being forced to travel.",
                    "Lui demander, devant l'homme, si on la force à voyager.",
                ),
                "correct": False,
                "feedback": t(
                    "With a possible controller beside her, she is unlikely to answer honestly, "
                    "and the question can alert him and put her at risk.",
                    "En présence d'une personne qui la contrôle peut-être, elle a peu de "
                    "chances de répondre franchement, et la question peut l'alerter et la "
                    "mettre en danger.",
                ),
            },
            {
                "text": t(
                    "Admit them, since her passport and work permit are valid.",
                    "Les laisser entrer, puisque son passeport et son permis de travail sont "
                    "valides.",
                ),
                "correct": False,
                "feedback": t(
                    "Valid documents do not rule out trafficking. A companion who holds her "
                    "documents and speaks for her is a reason to refer.",
                    "Des documents valides n'excluent pas la traite. Un accompagnateur qui "
                    "détient ses documents et parle à sa place est un motif de renvoi.",
                ),
            },
            {
                "text": t(
                    "Refuse her entry because she cannot name the restaurant.",
                    "Lui refuser l'entrée parce qu'elle ne peut pas nommer le restaurant.",
                ),
                "correct": False,
                "feedback": t(
                    "Sending her away would leave a possible victim without help. A vague job "
                    "offer is a reason to look more closely, in private, not a conclusion.",
                    "La renvoyer laisserait une victime possible sans aide. Une offre d'emploi "
                    "vague est un motif d'examiner la situation de plus près, en privé, et non "
                    "une conclusion.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: notice, note and refer to secondary inspection.",
            "Exact : remarquer, noter et diriger vers l'inspection secondaire.",
        ),
        "feedback_incorrect": t(
            "Not the best action. At the primary inspection line, refer to secondary "
            "inspection with clear notes.",
            "Ce n'est pas la meilleure mesure. À la ligne d'inspection primaire, dirigez la "
            "personne vers l'inspection secondaire, notes claires à l'appui.",
        ),
        "explanation": t(
            "<p>Time at the primary inspection line is short and the booth is not private. Signs "
            "of control, such as a companion who holds the documents and answers for the "
            "traveller, call for a referral to secondary inspection, where she can be seen away "
            "from him. Your notes tell the officer in secondary what to look for.</p>",
            "<p>Le temps est compté à la ligne d'inspection primaire, et la guérite n'est pas "
            "un lieu privé. Des signes de contrôle, comme un accompagnateur qui détient les "
            "documents et répond à la place de la voyageuse, justifient un renvoi à "
            "l'inspection secondaire, où elle peut être reçue à l'écart de lui. Vos notes "
            "indiquent à l'agent de l'inspection secondaire ce qu'il faut examiner.</p>",
        ),
    },
    {
        "kind": "multiple_response",
        "difficulty": "medium",
        "tags": ["indicators"],
        "scenario": "airport-arrival",
        "partial_credit": "proportional",
        "stem": t(
            "<p>Which observations in this situation are indicators of possible trafficking? "
            "Select all that apply.</p>",
            "<p>Quelles observations, dans cette situation, sont des indicateurs de traite "
            "possible ? Sélectionnez toutes les réponses qui s'appliquent.</p>",
        ),
        "choices": [
            {
                "text": t(
                    "The man holds her passport and work permit.",
                    "L'homme détient son passeport et son permis de travail.",
                ),
                "correct": True,
                "feedback": t(
                    "Yes. Someone else controlling a traveller's documents is a common means "
                    "of control.",
                    "Oui. Le fait qu'une autre personne contrôle les documents d'un voyageur "
                    "est un moyen de contrôle courant.",
                ),
            },
            {
                "text": t(
                    "The man answers your questions for her.",
                    "L'homme répond à vos questions à sa place.",
                ),
                "correct": True,
                "feedback": t(
                    "Yes. A companion who speaks for the traveller may be controlling her.",
                    "Oui. Un accompagnateur qui parle à la place de la voyageuse la contrôle "
                    "peut-être.",
                ),
            },
            {
                "text": t(
                    "She cannot name the employer or say where the job is.",
                    "Elle est incapable de nommer l'employeur ou de dire où se trouve l'emploi.",
                ),
                "correct": True,
                "feedback": t(
                    "Yes. A vague job offer, with no employer name or address, is an indicator.",
                    "Oui. Une offre d'emploi vague, sans nom d'employeur ni adresse, est un "
                    "indicateur.",
                ),
            },
            {
                "text": t(
                    "She speaks little English and no French.",
                    "Elle parle peu l'anglais et pas du tout le français.",
                ),
                "correct": False,
                "feedback": t(
                    "Not on its own. Language barriers can isolate victims, so arrange an "
                    "independent interpreter, but many travellers speak neither language.",
                    "Pas en soi. La barrière de la langue peut isoler les victimes, et il faut "
                    "faire appel à un interprète indépendant, mais bien des voyageurs ne "
                    "parlent ni l'une ni l'autre langue.",
                ),
            },
            {
                "text": t(
                    "She holds a work permit.",
                    "Elle est titulaire d'un permis de travail.",
                ),
                "correct": False,
                "feedback": t(
                    "Not an indicator. Some third parties have misused the Temporary Foreign "
                    "Worker Program, but a valid permit says nothing on its own.",
                    "Ce n'est pas un indicateur. Certains tiers ont fait un usage frauduleux du "
                    "Programme des travailleurs étrangers temporaires, mais un permis valide ne "
                    "dit rien à lui seul.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: three indicators appear together.",
            "Exact : trois indicateurs se présentent ensemble.",
        ),
        "feedback_incorrect": t(
            "Not quite. Look for signs of control over her documents, her words and her job; "
            "language and a valid permit are not indicators on their own.",
            "Pas tout à fait. Cherchez les signes de contrôle sur ses documents, ses paroles et "
            "son emploi ; la langue et un permis valide ne sont pas des indicateurs en soi.",
        ),
        "explanation": t(
            "<p>Documents held by someone else, a companion who controls the conversation and a "
            "job she knows nothing about are indicators. Her language and her valid permit are "
            "not indicators on their own. No single sign is proof, but together these call for "
            "a private conversation in secondary inspection.</p>",
            "<p>Des documents détenus par un tiers, un accompagnateur qui dirige la "
            "conversation et un emploi dont elle ne sait rien sont des indicateurs. Sa langue "
            "et son permis valide ne sont pas des indicateurs en soi. Aucun signe n'est à lui "
            "seul une preuve, mais ensemble, ceux-ci appellent une conversation en privé à "
            "l'inspection secondaire.</p>",
        ),
    },
    {
        "kind": "true_false",
        "difficulty": "easy",
        "tags": ["indicators"],
        "stem": t(
            "<p>When a companion holds a traveller's passport, that fact alone proves that the "
            "traveller is a victim of trafficking.</p>",
            "<p>Lorsqu'un accompagnateur détient le passeport d'un voyageur, ce seul fait "
            "prouve que le voyageur est victime de la traite.</p>",
        ),
        "answer": False,
        "feedback_correct": t(
            "Correct: the statement is false. An indicator is a reason to look more closely, "
            "not proof.",
            "Exact : l'énoncé est faux. Un indicateur est un motif d'examiner la situation de "
            "plus près, et non une preuve.",
        ),
        "feedback_incorrect": t(
            "The statement is false. Indicators are considered together and in context; none "
            "of them is proof on its own.",
            "L'énoncé est faux. Les indicateurs s'examinent ensemble et dans leur contexte ; "
            "aucun d'eux n'est une preuve à lui seul.",
        ),
        "explanation": t(
            "<p>A companion who holds the traveller's documents is a real indicator, and it "
            "deserves a closer, private look. But an indicator is a reason to look further, "
            "not a conclusion: weigh it with the other signs you observe.</p>",
            "<p>Un accompagnateur qui détient les documents du voyageur est un véritable "
            "indicateur, qui mérite un examen plus attentif, en privé. Mais un indicateur est "
            "un motif d'examiner la situation plus à fond, et non une conclusion : évaluez-le "
            "avec les autres signes que vous observez.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["indicators"],
        "stem": t(
            "<p>Which of these is not an indicator of trafficking and must never be used to "
            "single out a traveller?</p>",
            "<p>Lequel de ces éléments n'est pas un indicateur de traite et ne doit jamais "
            "servir à cibler un voyageur ?</p>",
        ),
        "choices": [
            {
                "text": t("The traveller's nationality", "La nationalité du voyageur"),
                "correct": True,
                "feedback": t(
                    "Correct. Nationality alone leads to unfair treatment and to missed victims "
                    "from elsewhere. Source-country patterns target awareness, not individual "
                    "decisions.",
                    "Exact. La nationalité à elle seule mène à un traitement injuste et fait "
                    "passer à côté de victimes venues d'ailleurs. Les tendances relatives aux "
                    "pays d'origine servent à cibler la sensibilisation, pas les décisions "
                    "individuelles.",
                ),
            },
            {
                "text": t(
                    "A companion who holds the traveller's documents",
                    "Un accompagnateur qui détient les documents du voyageur",
                ),
                "correct": False,
                "feedback": t(
                    "This is an indicator of control, and a reason to look more closely.",
                    "C'est un indicateur de contrôle, et un motif d'examiner la situation de "
                    "plus près.",
                ),
            },
            {
                "text": t(
                    "Threats against the traveller's family at home",
                    "Des menaces contre la famille du voyageur restée au pays",
                ),
                "correct": False,
                "feedback": t(
                    "This is a strong indicator: threats against relatives are a frequent "
                    "means of control.",
                    "C'est un indicateur important : les menaces contre des proches sont un "
                    "moyen de contrôle fréquent.",
                ),
            },
            {
                "text": t(
                    "A debt to a recruiter that keeps growing",
                    "Une dette envers un recruteur qui ne cesse de grossir",
                ),
                "correct": False,
                "feedback": t(
                    "This is an indicator: a growing debt is a common way to keep a person "
                    "working under someone else's control.",
                    "C'est un indicateur : une dette croissante est un moyen courant de "
                    "maintenir une personne au travail sous l'emprise d'un tiers.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: nationality is never an indicator.",
            "Exact : la nationalité n'est jamais un indicateur.",
        ),
        "feedback_incorrect": t(
            "Not quite. Documents held by others, threats against family and a growing debt "
            "are all indicators; nationality is not.",
            "Pas tout à fait. Des documents détenus par un tiers, des menaces contre la famille "
            "et une dette croissante sont tous des indicateurs ; la nationalité ne l'est pas.",
        ),
        "explanation": t(
            "<p>Never treat a traveller as a possible victim, or as a suspect, because of "
            "nationality, sex, age or language alone. Patterns such as the countries named in "
            "the RCMP's threat assessment help to target awareness and training; individual "
            "decisions rest on what you observe about how the person is treated.</p>",
            "<p>Ne traitez jamais un voyageur comme une victime possible, ni comme un suspect, "
            "en raison de sa seule nationalité, de son sexe, de son âge ou de sa langue. Les "
            "tendances, comme les pays nommés dans l'évaluation de la menace de la GRC, aident "
            "à cibler la sensibilisation et la formation ; les décisions individuelles "
            "reposent sur ce que vous observez de la façon dont la personne est traitée.</p>",
        ),
    },
    {
        "kind": "short_text",
        "difficulty": "easy",
        "tags": ["indicators"],
        "stem": t(
            "<p>What is the first point of contact at a port of entry called, where an officer "
            "checks each traveller's documents and asks initial questions? Give the full term "
            "or its abbreviation.</p>",
            "<p>Comment appelle-t-on le premier point de contact au point d'entrée, où l'agent "
            "vérifie les documents de chaque voyageur et pose les premières questions ? Donnez "
            "le terme complet ou son abréviation.</p>",
        ),
        "accepted": [
            t("primary inspection line", "ligne d'inspection primaire"),
            t("the primary inspection line", "la ligne d'inspection primaire"),
            t("PIL", "LIP"),
            t("primary inspection", "inspection primaire"),
        ],
        "case_sensitive": False,
        "feedback_correct": t(
            "Correct: the primary inspection line (PIL).",
            "Exact : la ligne d'inspection primaire (LIP).",
        ),
        "feedback_incorrect": t(
            "The answer is the primary inspection line (PIL).",
            "La réponse est la ligne d'inspection primaire (LIP).",
        ),
        "explanation": t(
            "<p>The primary inspection line is the first point of contact. Time there is short, "
            "so an officer who notices indicators refers the traveller to secondary "
            "inspection, a more detailed examination in a private setting.</p>",
            "<p>La ligne d'inspection primaire est le premier point de contact. Le temps y est "
            "compté : l'agent qui remarque des indicateurs dirige donc le voyageur vers "
            "l'inspection secondaire, un examen plus approfondi dans un cadre privé.</p>",
        ),
    },
]

# Lesson 4: the law, IRPA and the Criminal Code -----------------------------------------------

LAW = [
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["law"],
        "stem": t(
            "<p>What does section 118 of the Immigration and Refugee Protection Act (IRPA) "
            "prohibit?</p>",
            "<p>Qu'interdit l'article 118 de la Loi sur l'immigration et la protection des "
            "réfugiés (LIPR) ?</p>",
        ),
        "choices": [
            {
                "text": t(
                    "Knowingly organizing the coming into Canada of one or more persons by "
                    "abduction, fraud, deception, or the use or threat of force or coercion",
                    "Organiser sciemment l'entrée au Canada d'une ou de plusieurs personnes par "
                    "l'enlèvement, la fraude, la tromperie, ou le recours ou la menace de "
                    "recours à la force ou à la coercition",
                ),
                "correct": True,
                "feedback": t(
                    "Correct. Organizing includes recruiting or transporting the persons and, "
                    "once they are in Canada, receiving or harbouring them.",
                    "Exact. Organiser comprend le recrutement ou le transport de ces personnes "
                    "et, après leur entrée au Canada, leur accueil ou leur hébergement.",
                ),
            },
            {
                "text": t(
                    "Receiving a financial benefit while knowing that it results from trafficking",
                    "Recevoir un avantage financier en sachant qu'il provient de la traite",
                ),
                "correct": False,
                "feedback": t(
                    "That is the Criminal Code offence of material benefit, section 279.02.",
                    "C'est l'infraction d'avantage matériel du Code criminel, à l'article 279.02.",
                ),
            },
            {
                "text": t(
                    "Withholding another person's travel or identity documents to facilitate "
                    "trafficking",
                    "Retenir les documents de voyage ou les pièces d'identité d'une autre "
                    "personne pour faciliter la traite",
                ),
                "correct": False,
                "feedback": t(
                    "That is section 279.03 of the Criminal Code.",
                    "C'est l'article 279.03 du Code criminel.",
                ),
            },
            {
                "text": t(
                    "Trafficking a person under 18 within Canada",
                    "La traite d'une personne âgée de moins de 18 ans au Canada",
                ),
                "correct": False,
                "feedback": t(
                    "That is section 279.011 of the Criminal Code, which applies whether or "
                    "not a border is crossed.",
                    "C'est l'article 279.011 du Code criminel, qui s'applique qu'une frontière "
                    "soit franchie ou non.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: section 118 targets trafficking into Canada.",
            "Exact : l'article 118 vise la traite de personnes vers le Canada.",
        ),
        "feedback_incorrect": t(
            "Not quite. Section 118 of the IRPA targets organizing people's entry into Canada "
            "by improper means.",
            "Pas tout à fait. L'article 118 de la LIPR vise l'organisation de l'entrée de "
            "personnes au Canada par des moyens illicites.",
        ),
        "explanation": t(
            "<p>The IRPA targets trafficking into Canada; the Criminal Code offences apply "
            "whether or not the victim crossed a border. The maximum penalty under section 118 "
            "is life imprisonment, a fine of up to $1 million, or both.</p>",
            "<p>La LIPR vise la traite de personnes vers le Canada ; les infractions du Code "
            "criminel s'appliquent, que la victime ait franchi une frontière ou non. La peine "
            "maximale prévue à l'article 118 est l'emprisonnement à perpétuité, une amende "
            "d'au plus 1 million de dollars, ou les deux.</p>",
        ),
    },
    {
        "kind": "matching",
        "difficulty": "medium",
        "tags": ["law"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>Match each section of the Criminal Code with what it covers, as described in "
            "the 2012 plan.</p>",
            "<p>Associez chaque article du Code criminel à ce qu'il vise, selon le plan de "
            "2012.</p>",
        ),
        "pairs": [
            {
                "left": t("Section 279.01", "Article 279.01"),
                "right": t("Trafficking in persons", "La traite de personnes"),
            },
            {
                "left": t("Section 279.011", "Article 279.011"),
                "right": t(
                    "Trafficking of a person under 18",
                    "La traite de personnes âgées de moins de 18 ans",
                ),
            },
            {
                "left": t("Section 279.02", "Article 279.02"),
                "right": t(
                    "Knowingly receiving a material benefit from trafficking",
                    "Recevoir sciemment un avantage matériel tiré de la traite",
                ),
            },
            {
                "left": t("Section 279.03", "Article 279.03"),
                "right": t(
                    "Withholding or destroying documents to facilitate trafficking",
                    "La rétention ou la destruction de documents pour faciliter la traite",
                ),
            },
            {
                "left": t("Section 279.04", "Article 279.04"),
                "right": t(
                    "The definition of exploitation, which is not an offence",
                    "La définition de l'exploitation, qui n'est pas une infraction",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: you matched every provision.",
            "Exact : vous avez associé chaque disposition.",
        ),
        "feedback_incorrect": t(
            "Some pairs are wrong. Review the table of Criminal Code provisions in the lesson "
            "on the law.",
            "Certaines associations sont erronées. Revoyez le tableau des dispositions du Code "
            "criminel dans la leçon sur le droit.",
        ),
        "explanation": t(
            "<p>Sections 279.01 and 279.011 are the trafficking offences, for adult victims and "
            "for victims under 18. Section 279.02 reaches those who knowingly profit, and "
            "section 279.03 those who hold or destroy documents to facilitate trafficking. "
            "Section 279.04 defines exploitation for all of them.</p>",
            "<p>Les articles 279.01 et 279.011 prévoient les infractions de traite, selon que "
            "la victime est adulte ou âgée de moins de 18 ans. L'article 279.02 vise ceux qui "
            "en tirent sciemment profit, et l'article 279.03 ceux qui retiennent ou détruisent "
            "des documents pour faciliter la traite. L'article 279.04 définit l'exploitation "
            "pour l'ensemble de ces infractions.</p>",
        ),
    },
    {
        "kind": "numeric",
        "difficulty": "hard",
        "tags": ["law"],
        "stem": t(
            "<p>Under section 279.01 of the Criminal Code, as described in the 2012 plan, what "
            "is the maximum prison term, in years, for trafficking in persons when the "
            "offender did not kidnap the victim, commit an aggravated assault or aggravated "
            "sexual assault against them, or cause their death?</p>",
            "<p>En vertu de l'article 279.01 du Code criminel, selon le plan de 2012, quelle "
            "est la peine maximale d'emprisonnement, en années, pour la traite de personnes "
            "lorsque l'auteur n'a pas enlevé la victime, n'a pas commis sur elle de voies de "
            "fait graves ni d'agression sexuelle grave et n'a pas causé sa mort ?</p>",
        ),
        "numeric": {"value": 14, "tolerance": 0},
        "feedback_correct": t(
            "Correct: up to 14 years.",
            "Exact : jusqu'à 14 ans.",
        ),
        "feedback_incorrect": t(
            "The answer is 14 years. Life imprisonment applies only in the aggravated cases.",
            "La réponse est 14 ans. L'emprisonnement à perpétuité ne s'applique que dans les "
            "cas graves.",
        ),
        "explanation": t(
            "<p>Section 279.01 carries up to life imprisonment if the offender kidnaps the "
            "victim, commits an aggravated assault or aggravated sexual assault against them, "
            "or causes their death, and up to 14 years in any other case. Penalties change over "
            "time: check the current Code before relying on them.</p>",
            "<p>L'article 279.01 prévoit jusqu'à l'emprisonnement à perpétuité si l'auteur "
            "enlève la victime, commet sur elle des voies de fait graves ou une agression "
            "sexuelle grave, ou cause sa mort, et jusqu'à 14 ans dans les autres cas. Les "
            "peines évoluent : vérifiez le Code en vigueur avant de vous y fier.</p>",
        ),
    },
    {
        "kind": "ordering",
        "difficulty": "hard",
        "tags": ["law"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>Put these offences in order of their maximum penalty, as described in the 2012 "
            "plan, from the most severe to the least severe.</p>",
            "<p>Classez ces infractions selon leur peine maximale, telle que la décrit le plan "
            "de 2012, de la plus lourde à la moins lourde.</p>",
        ),
        "items": [
            t(
                "IRPA section 118: organizing entry into Canada by fraud, deception or coercion",
                "LIPR, article 118 : organiser l'entrée au Canada par la fraude, la tromperie "
                "ou la coercition",
            ),
            t(
                "Criminal Code section 279.01, trafficking in persons, with no kidnapping, "
                "aggravated assault, aggravated sexual assault or death",
                "Code criminel, article 279.01, traite de personnes, sans enlèvement, voies de "
                "fait graves, agression sexuelle grave ni mort",
            ),
            t(
                "Criminal Code section 279.02, material benefit",
                "Code criminel, article 279.02, avantage matériel",
            ),
            t(
                "Criminal Code section 279.03, withholding or destroying documents",
                "Code criminel, article 279.03, rétention ou destruction de documents",
            ),
        ],
        "feedback_correct": t(
            "Right: life imprisonment, then 14, 10 and 5 years.",
            "Exact : l'emprisonnement à perpétuité, puis 14, 10 et 5 ans.",
        ),
        "feedback_incorrect": t(
            "Not quite. The maximums are life imprisonment (IRPA section 118), 14 years "
            "(section 279.01 in this case), 10 years (section 279.02) and 5 years (section "
            "279.03).",
            "Pas tout à fait. Les peines maximales sont l'emprisonnement à perpétuité (LIPR, "
            "article 118), 14 ans (article 279.01 dans ce cas), 10 ans (article 279.02) et "
            "5 ans (article 279.03).",
        ),
        "explanation": t(
            "<p>Section 118 of the IRPA carries life imprisonment, a fine of up to $1 million, "
            "or both. Trafficking in persons without the aggravating circumstances carries up "
            "to 14 years, material benefit up to 10 years, and withholding or destroying "
            "documents up to 5 years.</p>",
            "<p>L'article 118 de la LIPR prévoit l'emprisonnement à perpétuité, une amende d'au "
            "plus 1 million de dollars, ou les deux. La traite de personnes sans circonstances "
            "aggravantes est passible d'au plus 14 ans, l'avantage matériel d'au plus 10 ans, "
            "et la rétention ou la destruction de documents d'au plus 5 ans.</p>",
        ),
    },
    {
        "kind": "multiple_response",
        "difficulty": "hard",
        "tags": ["law"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>An adult worker is controlled, under threats against his family, so that he "
            "works without pay. A landlord who knows where the money comes from accepts a share "
            "of it. The recruiter's associate keeps the worker's passport so that he cannot "
            "leave. Which Criminal Code offences may apply? Select all that apply.</p>",
            "<p>Un travailleur adulte est contrôlé, sous la menace de représailles contre sa "
            "famille, afin qu'il travaille sans salaire. Un propriétaire qui sait d'où vient "
            "l'argent en accepte une part. L'associé du recruteur garde le passeport du "
            "travailleur pour l'empêcher de partir. Quelles infractions du Code criminel "
            "peuvent s'appliquer ? Sélectionnez toutes les réponses qui s'appliquent.</p>",
        ),
        "choices": [
            {
                "text": t(
                    "Section 279.01, trafficking in persons",
                    "L'article 279.01, traite de personnes",
                ),
                "correct": True,
                "feedback": t(
                    "Yes, for the person who controls the worker in order to exploit him.",
                    "Oui, pour la personne qui contrôle le travailleur afin de l'exploiter.",
                ),
            },
            {
                "text": t(
                    "Section 279.02, material benefit", "L'article 279.02, avantage matériel"
                ),
                "correct": True,
                "feedback": t(
                    "Yes, for the landlord who knowingly takes a share of the proceeds.",
                    "Oui, pour le propriétaire qui accepte sciemment une part des profits.",
                ),
            },
            {
                "text": t(
                    "Section 279.03, withholding or destroying documents",
                    "L'article 279.03, rétention ou destruction de documents",
                ),
                "correct": True,
                "feedback": t(
                    "Yes, for the associate who keeps the passport to facilitate the trafficking.",
                    "Oui, pour l'associé qui garde le passeport afin de faciliter la traite.",
                ),
            },
            {
                "text": t(
                    "Section 279.04, exploitation, as a separate offence",
                    "L'article 279.04, exploitation, en tant qu'infraction distincte",
                ),
                "correct": False,
                "feedback": t(
                    "No. Section 279.04 defines exploitation for the other sections; it is not "
                    "an offence in itself.",
                    "Non. L'article 279.04 définit l'exploitation aux fins des autres articles ; "
                    "ce n'est pas une infraction en soi.",
                ),
            },
            {
                "text": t(
                    "Section 279.011, trafficking of a person under 18",
                    "L'article 279.011, traite de personnes âgées de moins de 18 ans",
                ),
                "correct": False,
                "feedback": t(
                    "No. The worker is an adult; section 279.011 applies when the victim is "
                    "under 18.",
                    "Non. Le travailleur est adulte ; l'article 279.011 s'applique lorsque la "
                    "victime a moins de 18 ans.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: three people, three different offences.",
            "Exact : trois personnes, trois infractions différentes.",
        ),
        "feedback_incorrect": t(
            "Not quite. Consider each person's conduct separately: control, profit and the "
            "withheld passport.",
            "Pas tout à fait. Examinez séparément les agissements de chaque personne : le "
            "contrôle, le profit et le passeport retenu.",
        ),
        "explanation": t(
            "<p>Different people in the same situation can commit different offences: the "
            "person who controls the worker to exploit him (section 279.01), the person who "
            "knowingly profits (section 279.02) and the person who holds his documents to "
            "facilitate the trafficking (section 279.03). Section 279.04 is the definition of "
            "exploitation that they all rely on.</p>",
            "<p>Dans une même situation, différentes personnes peuvent commettre différentes "
            "infractions : celle qui contrôle le travailleur pour l'exploiter (article 279.01), "
            "celle qui en tire sciemment profit (article 279.02) et celle qui retient ses "
            "documents pour faciliter la traite (article 279.03). L'article 279.04 est la "
            "définition de l'exploitation sur laquelle elles reposent toutes.</p>",
        ),
    },
]

# Lesson 5: protecting foreign national victims -----------------------------------------------

VICTIM_PROTECTION = [
    {
        "kind": "multiple_response",
        "difficulty": "medium",
        "tags": ["victim-protection"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>What does a temporary resident permit (TRP) offer a foreign national victim of "
            "trafficking? Select all that apply.</p>",
            "<p>Qu'offre le permis de séjour temporaire (PST) à un ressortissant étranger "
            "victime de la traite ? Sélectionnez toutes les réponses qui s'appliquent.</p>",
        ),
        "choices": [
            {
                "text": t(
                    "Legal status in Canada, which further permits can maintain",
                    "Un statut légal au Canada, que d'autres permis peuvent maintenir",
                ),
                "correct": True,
                "feedback": t(
                    "Yes. The permit gives legal status, and later permits can be issued to "
                    "maintain it.",
                    "Oui. Le permis confère un statut légal, et d'autres permis peuvent être "
                    "délivrés pour le maintenir.",
                ),
            },
            {
                "text": t(
                    "Health care, including trauma counselling, through interim federal health "
                    "care",
                    "Des soins de santé, y compris du counseling en traumatologie, dans le "
                    "cadre du Programme fédéral de santé intérimaire",
                ),
                "correct": True,
                "feedback": t(
                    "Yes. Holders receive health care coverage through interim federal health "
                    "care.",
                    "Oui. Les titulaires bénéficient d'une couverture de soins de santé dans le "
                    "cadre du Programme fédéral de santé intérimaire.",
                ),
            },
            {
                "text": t(
                    "The possibility of applying for a work permit",
                    "La possibilité de demander un permis de travail",
                ),
                "correct": True,
                "feedback": t(
                    "Yes. A victim who holds a TRP can apply for a work permit.",
                    "Oui. La victime titulaire d'un PST peut demander un permis de travail.",
                ),
            },
            {
                "text": t(
                    "Permanent resident status, granted at once",
                    "Le statut de résident permanent, accordé sur-le-champ",
                ),
                "correct": False,
                "feedback": t(
                    "No. A TRP is a short-term permit. Permanent residence is a separate "
                    "process, for example on humanitarian and compassionate grounds.",
                    "Non. Le PST est un permis de courte durée. La résidence permanente relève "
                    "d'une démarche distincte, par exemple pour des considérations d'ordre "
                    "humanitaire.",
                ),
            },
            {
                "text": t(
                    "Protection on condition that the victim testifies against the trafficker",
                    "Une protection à condition que la victime témoigne contre le trafiquant",
                ),
                "correct": False,
                "feedback": t(
                    "No. Victims are not required to testify against their trafficker to "
                    "obtain temporary or permanent resident status.",
                    "Non. Les victimes n'ont pas à témoigner contre leur trafiquant pour obtenir "
                    "le statut de résident temporaire ou permanent.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: status, health care and the possibility of working, with no obligation to "
            "testify.",
            "Exact : un statut, des soins de santé et la possibilité de travailler, sans "
            "obligation de témoigner.",
        ),
        "feedback_incorrect": t(
            "Not quite. A TRP is short term and never depends on testifying.",
            "Pas tout à fait. Le PST est de courte durée et ne dépend jamais d'un témoignage.",
        ),
        "explanation": t(
            "<p>Immigration officers can issue a short-term TRP to a foreign national victim of "
            "trafficking. It gives legal status, health care including trauma counselling, and "
            "the possibility of applying for a work permit, so that the victim can recover and "
            "make free choices about what comes next.</p>",
            "<p>Les agents d'immigration peuvent délivrer un PST de courte durée à un "
            "ressortissant étranger victime de la traite. Il confère un statut légal, des soins "
            "de santé, y compris du counseling en traumatologie, et la possibilité de demander "
            "un permis de travail, pour que la victime puisse se rétablir et décider librement "
            "de la suite.</p>",
        ),
    },
    {
        "kind": "true_false",
        "difficulty": "easy",
        "tags": ["victim-protection"],
        "stem": t(
            "<p>In Canada, victims of trafficking are not required to testify against their "
            "trafficker to obtain temporary or permanent resident status.</p>",
            "<p>Au Canada, les victimes de la traite n'ont pas à témoigner contre leur "
            "trafiquant pour obtenir le statut de résident temporaire ou permanent.</p>",
        ),
        "answer": True,
        "feedback_correct": t(
            "Correct: the statement is true. Help never depends on testifying.",
            "Exact : l'énoncé est vrai. L'aide ne dépend jamais d'un témoignage.",
        ),
        "feedback_incorrect": t(
            "The statement is true. Whether to take part in a prosecution is a separate "
            "decision, which the victim makes freely.",
            "L'énoncé est vrai. Participer ou non à une poursuite est une décision distincte, "
            "que la victime prend librement.",
        ),
        "explanation": t(
            "<p>A victim's safety and recovery come first. Immigration status and access to "
            "help do not depend on agreeing to testify; making them depend on it is one of the "
            "mistakes the course warns against.</p>",
            "<p>La sécurité et le rétablissement de la victime passent d'abord. Le statut "
            "d'immigration et l'accès à l'aide ne dépendent pas de son accord pour témoigner ; "
            "les y subordonner est l'une des erreurs contre lesquelles le cours met en "
            "garde.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "easy",
        "tags": ["victim-protection", "referral"],
        "stem": t(
            "<p>Who can issue a temporary resident permit to a foreign national victim of "
            "trafficking?</p>",
            "<p>Qui peut délivrer un permis de séjour temporaire à un ressortissant étranger "
            "victime de la traite ?</p>",
        ),
        "choices": [
            {
                "text": t("An immigration officer", "Un agent d'immigration"),
                "correct": True,
                "feedback": t(
                    "Correct. Immigration officers issue TRPs and can explain the other "
                    "immigration options.",
                    "Exact. Les agents d'immigration délivrent les PST et peuvent expliquer les "
                    "autres possibilités en immigration.",
                ),
            },
            {
                "text": t(
                    "A victim services worker", "Une intervenante des services d'aide aux victimes"
                ),
                "correct": False,
                "feedback": t(
                    "Victim services provide shelter, counselling and practical help, but they "
                    "do not issue permits.",
                    "Les services d'aide aux victimes offrent un hébergement, du counseling et "
                    "une aide concrète, mais ils ne délivrent pas de permis.",
                ),
            },
            {
                "text": t(
                    "The police officer investigating the case",
                    "Le policier qui enquête sur l'affaire",
                ),
                "correct": False,
                "feedback": t(
                    "Police investigate the offences; immigration officers issue TRPs.",
                    "La police enquête sur les infractions ; ce sont les agents d'immigration "
                    "qui délivrent les PST.",
                ),
            },
            {
                "text": t(
                    "The court, once the trafficker has been convicted",
                    "Le tribunal, une fois le trafiquant déclaré coupable",
                ),
                "correct": False,
                "feedback": t(
                    "No. A TRP does not depend on a prosecution or a conviction.",
                    "Non. Le PST ne dépend ni d'une poursuite ni d'une condamnation.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: an immigration officer.",
            "Exact : un agent d'immigration.",
        ),
        "feedback_incorrect": t(
            "Not quite. Immigration officers issue temporary resident permits; your role is to "
            "make sure the person is referred.",
            "Pas tout à fait. Ce sont les agents d'immigration qui délivrent les permis de "
            "séjour temporaire ; votre rôle est de veiller à ce que la personne soit orientée "
            "vers eux.",
        ),
        "explanation": t(
            "<p>Immigration officials handle TRPs and other options, such as a claim for "
            "refugee protection or an application for permanent residence on humanitarian and "
            "compassionate grounds. A border services officer's role is to make sure that the "
            "person is referred to them.</p>",
            "<p>Les autorités de l'immigration s'occupent des PST et des autres possibilités, "
            "comme une demande d'asile ou une demande de résidence permanente pour des "
            "considérations d'ordre humanitaire. Le rôle de l'agent des services frontaliers "
            "est de veiller à ce que la personne soit orientée vers elles.</p>",
        ),
    },
    {
        "kind": "short_text",
        "difficulty": "easy",
        "tags": ["victim-protection"],
        "stem": t(
            "<p>What permit can an immigration officer issue to give a foreign national victim "
            "of trafficking legal status in Canada? Give its name or abbreviation.</p>",
            "<p>Quel permis un agent d'immigration peut-il délivrer pour conférer un statut "
            "légal au Canada à un ressortissant étranger victime de la traite ? Donnez son nom "
            "ou son abréviation.</p>",
        ),
        "accepted": [
            t("temporary resident permit", "permis de séjour temporaire"),
            t("a temporary resident permit", "un permis de séjour temporaire"),
            t("TRP", "PST"),
            t("a TRP", "un PST"),
        ],
        "case_sensitive": False,
        "feedback_correct": t(
            "Correct: a temporary resident permit (TRP).",
            "Exact : un permis de séjour temporaire (PST).",
        ),
        "feedback_incorrect": t(
            "The answer is a temporary resident permit (TRP).",
            "La réponse est le permis de séjour temporaire (PST).",
        ),
        "explanation": t(
            "<p>A temporary resident permit gives a foreign national victim legal status in "
            "Canada for a set period, with health care and the possibility of applying for a "
            "work permit.</p>",
            "<p>Le permis de séjour temporaire confère à une victime étrangère un statut légal "
            "au Canada pour une période déterminée, avec des soins de santé et la possibilité "
            "de demander un permis de travail.</p>",
        ),
    },
    {
        "kind": "numeric",
        "difficulty": "hard",
        "tags": ["victim-protection"],
        "stem": t(
            "<p>From May 2006, when Citizenship and Immigration Canada began issuing them, to "
            "the end of 2011, how many temporary resident permits were issued to foreign "
            "national victims of trafficking, counting later permits issued to the same "
            "person?</p>",
            "<p>De mai 2006, date à laquelle Citoyenneté et Immigration Canada a commencé à les "
            "délivrer, à la fin de 2011, combien de permis de séjour temporaire ont été "
            "délivrés à des ressortissants étrangers victimes de la traite, en comptant les "
            "permis subséquents délivrés à une même personne ?</p>",
        ),
        "numeric": {"value": 178, "tolerance": 0},
        "feedback_correct": t(
            "Correct: 178 permits, issued to 73 foreign nationals.",
            "Exact : 178 permis, délivrés à 73 ressortissants étrangers.",
        ),
        "feedback_incorrect": t(
            "The answer is 178 permits. They were issued to 73 foreign nationals, some of whom "
            "received more than one.",
            "La réponse est 178 permis. Ils ont été délivrés à 73 ressortissants étrangers, "
            "dont certains en ont reçu plus d'un.",
        ),
        "explanation": t(
            "<p>178 TRPs went to 73 foreign nationals, because later permits were issued to "
            "the same people to maintain their status. Most of these victims had suffered "
            "labour exploitation rather than sexual exploitation.</p>",
            "<p>178 PST ont été délivrés à 73 ressortissants étrangers, parce que des permis "
            "subséquents ont été délivrés aux mêmes personnes pour maintenir leur statut. La "
            "plupart de ces victimes avaient subi une exploitation par le travail plutôt "
            "qu'une exploitation sexuelle.</p>",
        ),
    },
]

# Lesson 6: responding and referring ----------------------------------------------------------

REFERRAL = [
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["referral"],
        "scenario": "airport-arrival",
        "stem": t(
            "<p>In secondary inspection, a colleague stays with the man while you meet the "
            "woman in a private room. The man offers to interpret for her. What do you "
            "do?</p>",
            "<p>À l'inspection secondaire, un collègue reste avec l'homme pendant que vous "
            "recevez la femme dans une salle privée. L'homme propose de servir d'interprète. "
            "Que faites-vous ?</p>",
        ),
        "choices": [
            {
                "text": t(
                    "Decline, and arrange an independent interpreter, by telephone if needed.",
                    "Refuser et faire appel à un interprète indépendant, au téléphone au besoin.",
                ),
                "correct": True,
                "feedback": t(
                    "Correct. An independent interpreter protects both the accuracy of what "
                    "she says and her safety.",
                    "Exact. Un interprète indépendant protège à la fois l'exactitude de ses "
                    "propos et sa sécurité.",
                ),
            },
            {
                "text": t(
                    "Accept: he speaks her language and it saves time.",
                    "Accepter : il parle sa langue et cela fait gagner du temps.",
                ),
                "correct": False,
                "feedback": t(
                    "Never use a possible controller as an interpreter. He can change her words "
                    "and frighten her into silence.",
                    "Ne faites jamais appel comme interprète à une personne qui la contrôle "
                    "peut-être. Il pourrait modifier ses propos et l'intimider au point "
                    "qu'elle se taise.",
                ),
            },
            {
                "text": t(
                    "Continue in English with simple questions and gestures.",
                    "Poursuivre en anglais avec des questions simples et des gestes.",
                ),
                "correct": False,
                "feedback": t(
                    "She may misunderstand you, and you may miss what she needs to tell you. "
                    "Language barriers isolate victims: arrange an interpreter early.",
                    "Elle risque de mal vous comprendre, et vous risquez de passer à côté de ce "
                    "qu'elle doit vous dire. La barrière de la langue isole les victimes : "
                    "prévoyez un interprète dès le début.",
                ),
            },
            {
                "text": t(
                    "Let him interpret, but watch his body language closely.",
                    "Le laisser interpréter, mais surveiller attentivement son langage corporel.",
                ),
                "correct": False,
                "feedback": t(
                    "Watching him does not tell you what she actually said. A companion who may "
                    "control her must not interpret at all.",
                    "L'observer ne vous dit pas ce qu'elle a réellement dit. Un accompagnateur "
                    "qui la contrôle peut-être ne doit pas du tout servir d'interprète.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: an independent interpreter, never a companion.",
            "Exact : un interprète indépendant, jamais un accompagnateur.",
        ),
        "feedback_incorrect": t(
            "Not the best choice. Use an independent interpreter, never a companion, employer "
            "or recruiter.",
            "Ce n'est pas le meilleur choix. Faites appel à un interprète indépendant, jamais à "
            "un accompagnateur, à un employeur ou à un recruteur.",
        ),
        "explanation": t(
            "<p>Speaking with her privately, through someone with no connection to the case, "
            "gives her a real chance to speak freely. Fear and trauma can still make her "
            "account confused or inconsistent: use plain language, explain your role and avoid "
            "blame.</p>",
            "<p>Lui parler en privé, par l'entremise d'une personne qui n'a aucun lien avec "
            "l'affaire, lui donne une véritable occasion de s'exprimer librement. La peur et "
            "le traumatisme peuvent tout de même rendre son récit confus ou incohérent : "
            "employez un langage simple, expliquez votre rôle et évitez les reproches.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["victim-protection", "referral"],
        "scenario": "airport-arrival",
        "stem": t(
            "<p>Through the interpreter, she says that the man paid for her ticket, that the "
            "amount she owes him keeps growing and that he has threatened her family at home. "
            "Your superintendent has started the referral. She asks whether she will be sent "
            "back. What do you tell her?</p>",
            "<p>Par l'entremise de l'interprète, elle explique que l'homme a payé son billet, "
            "que la somme qu'elle lui doit ne cesse de grossir et qu'il a menacé sa famille "
            "restée au pays. Votre surintendant a lancé la procédure d'orientation. Elle "
            "demande si elle sera renvoyée chez elle. Que lui répondez-vous ?</p>",
        ),
        "choices": [
            {
                "text": t(
                    "That police and victim services are being contacted, and that an "
                    "immigration officer can consider a temporary resident permit, without "
                    "promising the outcome.",
                    "Que la police et les services d'aide aux victimes sont joints, et qu'un "
                    "agent d'immigration peut envisager un permis de séjour temporaire, sans "
                    "lui en promettre l'issue.",
                ),
                "correct": True,
                "feedback": t(
                    "Correct. Honest information, without promises, builds trust and lets her "
                    "make her own choices.",
                    "Exact. Une information honnête, sans promesses, bâtit la confiance et lui "
                    "permet de faire ses propres choix.",
                ),
            },
            {
                "text": t(
                    "That she will certainly be allowed to stay in Canada.",
                    "Qu'elle sera certainement autorisée à rester au Canada.",
                ),
                "correct": False,
                "feedback": t(
                    "The decision is not yours to make. A promise you cannot keep can destroy "
                    "her trust if the outcome is different.",
                    "La décision ne vous appartient pas. Une promesse que vous ne pouvez pas "
                    "tenir peut détruire sa confiance si l'issue est différente.",
                ),
            },
            {
                "text": t(
                    "That she can stay only if she agrees to testify against the man.",
                    "Qu'elle ne pourra rester que si elle accepte de témoigner contre l'homme.",
                ),
                "correct": False,
                "feedback": t(
                    "Wrong and harmful. Victims of trafficking are not required to testify "
                    "against their trafficker to obtain temporary or permanent resident "
                    "status.",
                    "C'est faux et cela lui nuit. Les victimes de la traite n'ont pas à "
                    "témoigner contre leur trafiquant pour obtenir le statut de résident "
                    "temporaire ou permanent.",
                ),
            },
            {
                "text": t(
                    "That immigration matters are not your concern.",
                    "Que les questions d'immigration ne vous concernent pas.",
                ),
                "correct": False,
                "feedback": t(
                    "Fear of removal keeps victims silent. Give accurate information about the "
                    "protections available.",
                    "La crainte d'un renvoi réduit les victimes au silence. Donnez-lui une "
                    "information exacte sur les mesures de protection offertes.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: accurate information, no promises, no conditions.",
            "Exact : une information exacte, sans promesses ni conditions.",
        ),
        "feedback_incorrect": t(
            "Not the best answer. Explain what is possible and who decides, without promises "
            "or conditions.",
            "Ce n'est pas la meilleure réponse. Expliquez ce qui est possible et qui décide, "
            "sans promesses ni conditions.",
        ),
        "explanation": t(
            "<p>An immigration officer can issue a temporary resident permit to a foreign "
            "national victim, and her access to help does not depend on agreeing to testify. "
            "Explaining this honestly, and who makes each decision, addresses one of the main "
            "reasons why victims stay silent.</p>",
            "<p>Un agent d'immigration peut délivrer un permis de séjour temporaire à une "
            "victime étrangère, et son accès à l'aide ne dépend pas de son accord pour "
            "témoigner. L'expliquer honnêtement, en précisant qui prend chaque décision, "
            "répond à l'une des principales raisons pour lesquelles les victimes se "
            "taisent.</p>",
        ),
    },
    {
        "kind": "ordering",
        "difficulty": "medium",
        "tags": ["referral"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>At the primary inspection line, a traveller shows signs of being controlled by "
            "a companion. Put the stages of the response recommended in the course in "
            "order.</p>",
            "<p>À la ligne d'inspection primaire, une voyageuse présente des signes de "
            "contrôle par un accompagnateur. Classez dans l'ordre les étapes de "
            "l'intervention recommandée dans le cours.</p>",
        ),
        "items": [
            t(
                "Refer her to secondary inspection, noting what you observed",
                "La diriger vers l'inspection secondaire en notant vos observations",
            ),
            t(
                "Speak with her privately, through an independent interpreter",
                "Lui parler en privé, par l'entremise d'un interprète indépendant",
            ),
            t(
                "Respond to her disclosure by seeing to her safety and immediate needs",
                "Répondre à ses confidences en veillant à sa sécurité et à ses besoins immédiats",
            ),
            t(
                "Refer her, through your chain of command, to the police, victim services and "
                "immigration officials",
                "L'orienter, par votre chaîne de commandement, vers la police, les services "
                "d'aide aux victimes et les autorités de l'immigration",
            ),
        ],
        "feedback_correct": t(
            "Right: notice and refer, speak privately, protect, then refer on.",
            "Exact : remarquer et diriger, parler en privé, protéger, puis orienter.",
        ),
        "feedback_incorrect": t(
            "Not quite. The private interview happens in secondary inspection, and the "
            "referral to partners follows what she tells you.",
            "Pas tout à fait. L'entrevue en privé a lieu à l'inspection secondaire, et "
            "l'orientation vers les partenaires suit ce qu'elle vous confie.",
        ),
        "explanation": t(
            "<p>The best path goes from noticing signs of control at the primary inspection "
            "line, to a private interview with an independent interpreter, to a response "
            "centred on her safety and needs, and finally to a referral through your chain of "
            "command to the police, victim services and immigration officials. At no point "
            "does help depend on her agreeing to testify.</p>",
            "<p>Le meilleur parcours va du repérage des signes de contrôle à la ligne "
            "d'inspection primaire à une entrevue privée avec un interprète indépendant, puis "
            "à une intervention centrée sur sa sécurité et ses besoins, et enfin à une "
            "orientation, par votre chaîne de commandement, vers la police, les services "
            "d'aide aux victimes et les autorités de l'immigration. À aucun moment l'aide ne "
            "dépend de son accord pour témoigner.</p>",
        ),
    },
    {
        "kind": "multiple_response",
        "difficulty": "medium",
        "tags": ["referral"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>Which of these are mistakes to avoid when responding to a possible victim of "
            "trafficking? Select all that apply.</p>",
            "<p>Lesquelles de ces actions sont des erreurs à éviter lorsque vous intervenez "
            "auprès d'une victime possible de la traite ? Sélectionnez toutes les réponses qui "
            "s'appliquent.</p>",
        ),
        "choices": [
            {
                "text": t(
                    "Using the traveller's employer as an interpreter",
                    "Faire appel à l'employeur du voyageur comme interprète",
                ),
                "correct": True,
                "feedback": t(
                    "Yes, a mistake. An employer, companion or recruiter may be the person in "
                    "control.",
                    "Oui, c'est une erreur. Un employeur, un accompagnateur ou un recruteur est "
                    "peut-être la personne qui exerce le contrôle.",
                ),
            },
            {
                "text": t(
                    "Promising the traveller a permit to stay in Canada",
                    "Promettre au voyageur un permis pour rester au Canada",
                ),
                "correct": True,
                "feedback": t(
                    "Yes, a mistake. Do not promise outcomes you cannot guarantee, such as a "
                    "permit or an arrest.",
                    "Oui, c'est une erreur. Ne promettez pas une issue que vous ne pouvez pas "
                    "garantir, comme un permis ou une arrestation.",
                ),
            },
            {
                "text": t(
                    "Treating gaps in the traveller's account as proof of dishonesty",
                    "Considérer les lacunes du récit du voyageur comme une preuve de malhonnêteté",
                ),
                "correct": True,
                "feedback": t(
                    "Yes, a mistake. Fear and trauma can make accounts confused or inconsistent.",
                    "Oui, c'est une erreur. La peur et le traumatisme peuvent rendre un récit "
                    "confus ou incohérent.",
                ),
            },
            {
                "text": t(
                    "Recording who held the documents and what was said",
                    "Consigner qui détenait les documents et ce qui a été dit",
                ),
                "correct": False,
                "feedback": t(
                    "This is good practice: accurate notes support the referral and any "
                    "investigation.",
                    "C'est une bonne pratique : des notes exactes appuient l'orientation et "
                    "toute enquête.",
                ),
            },
            {
                "text": t(
                    "Offering food, rest and a safe place to wait",
                    "Offrir de la nourriture, du repos et un endroit sûr où attendre",
                ),
                "correct": False,
                "feedback": t(
                    "This is part of a safe response: meeting immediate needs comes early.",
                    "Cela fait partie d'une intervention sûre : répondre aux besoins immédiats "
                    "passe tôt.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: you picked out the three mistakes.",
            "Exact : vous avez repéré les trois erreurs.",
        ),
        "feedback_incorrect": t(
            "Not quite. Accurate notes and care for immediate needs are part of a good "
            "response; the other three are mistakes.",
            "Pas tout à fait. Des notes exactes et l'attention aux besoins immédiats font "
            "partie d'une bonne intervention ; les trois autres actions sont des erreurs.",
        ),
        "explanation": t(
            "<p>The course lists mistakes to avoid: using a companion, employer or recruiter as "
            "an interpreter; confronting or alerting a suspected trafficker; promising outcomes "
            "you cannot guarantee; treating gaps in the story as dishonesty; and making help "
            "depend on testifying. Recording the facts and meeting immediate needs are part of "
            "a safe response.</p>",
            "<p>Le cours énumère les erreurs à éviter : faire appel à un accompagnateur, à un "
            "employeur ou à un recruteur comme interprète ; confronter ou alerter un trafiquant "
            "présumé ; promettre une issue que vous ne pouvez pas garantir ; considérer les "
            "lacunes du récit comme de la malhonnêteté ; et subordonner l'aide à un "
            "témoignage. Consigner les faits et répondre aux besoins immédiats font partie "
            "d'une intervention sûre.</p>",
        ),
    },
    {
        "kind": "true_false",
        "difficulty": "medium",
        "tags": ["referral"],
        "stem": t(
            "<p>The integrated enforcement team created under the National Action Plan is led "
            "by the Canada Border Services Agency.</p>",
            "<p>L'équipe intégrée d'application de la loi créée en vertu du Plan d'action "
            "national est dirigée par l'Agence des services frontaliers du Canada.</p>",
        ),
        "answer": False,
        "feedback_correct": t(
            "Correct: the statement is false. The team is led by the RCMP and supported by the "
            "Canada Border Services Agency.",
            "Exact : l'énoncé est faux. L'équipe est dirigée par la GRC et appuyée par l'Agence "
            "des services frontaliers du Canada.",
        ),
        "feedback_incorrect": t(
            "The statement is false. The RCMP leads the team; the Canada Border Services "
            "Agency supports it.",
            "L'énoncé est faux. C'est la GRC qui dirige l'équipe ; l'Agence des services "
            "frontaliers du Canada l'appuie.",
        ),
        "explanation": t(
            "<p>The police of jurisdiction and the RCMP investigate trafficking offences. The "
            "plan creates a dedicated integrated enforcement team, led by the RCMP and "
            "supported by the Canada Border Services Agency, to investigate trafficking "
            "proactively. The agency, for its part, collects, analyzes and shares intelligence "
            "on trafficking.</p>",
            "<p>Le service de police compétent et la GRC enquêtent sur les infractions de "
            "traite. Le plan crée une équipe intégrée d'application de la loi, dirigée par la "
            "GRC et appuyée par l'Agence des services frontaliers du Canada, pour enquêter de "
            "façon proactive sur la traite. L'Agence, pour sa part, recueille, analyse et "
            "communique du renseignement sur la traite.</p>",
        ),
    },
]

BANK = {
    "course_slug": "human-trafficking-border-services",
    "title": t(
        "Human trafficking awareness for border services officers: question bank",
        "Sensibilisation à la traite de personnes pour les agents des services frontaliers : "
        "banque de questions",
    ),
    "description": t(
        "Questions on the six lessons of the course: what trafficking is, how it differs from "
        "migrant smuggling, indicators at ports of entry, the IRPA and Criminal Code offences, "
        "the protection of foreign national victims, and responding and referring.",
        "Questions portant sur les six leçons du cours : ce qu'est la traite, ce qui la "
        "distingue du passage de clandestins, les indicateurs aux points d'entrée, les "
        "infractions prévues par la LIPR et le Code criminel, la protection des victimes "
        "étrangères, ainsi que l'intervention et l'orientation.",
    ),
    "topic": "border",
    "scenarios": [AIRPORT_ARRIVAL],
    "questions": DEFINITIONS + SMUGGLING + INDICATORS + LAW + VICTIM_PROTECTION + REFERRAL,
    "quiz": {
        "title": t(
            "Final assessment: human trafficking awareness for border services officers",
            "Évaluation finale : sensibilisation à la traite de personnes pour les agents des "
            "services frontaliers",
        ),
        "instructions": t(
            "<p>This assessment draws 10 questions at random from the course's question bank, "
            "so each attempt is different. You need 80% to pass. You have 3 attempts, and 30 "
            "minutes for each one.</p>"
            "<p>Your score and feedback are shown after you submit an attempt. The correct "
            "answers are shown once you have passed.</p>",
            "<p>Cette évaluation comporte 10 questions tirées au hasard de la banque de "
            "questions du cours : chaque tentative est donc différente. Vous devez obtenir "
            "80 % pour réussir. Vous avez droit à 3 tentatives, et à 30 minutes pour chacune."
            "</p>"
            "<p>Votre note et la rétroaction s'affichent une fois la tentative soumise. Les "
            "bonnes réponses s'affichent une fois l'évaluation réussie.</p>",
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
