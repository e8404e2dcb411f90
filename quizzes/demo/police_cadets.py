"""Question bank and final assessment of the demo course for police cadets and officers.

Every question can be answered from the course's seven lessons (``courses.demo.police_cadets``),
which draw on Canada's National Action Plan to Combat Human Trafficking (2012). Tags name the
lessons: definitions (trafficking in Canada), law (the Criminal Code offences and the meaning of
exploitation), barriers, victim-centred, testimony and investigation.
"""

from __future__ import annotations

from courses.demo.bilingual import t

# A situation shared by three questions: a call for service at a hotel.

HOTEL_CALL = {
    "key": "hotel-call",
    "title": t("A call to a hotel", "Un appel dans un hôtel"),
    "situation": t(
        "<p>You and your partner respond to a call from a hotel clerk about shouting in a "
        "room. A man in his thirties opens the door. He says that the young woman inside is "
        "his girlfriend and that everything is fine. She looks about 17, has no identification "
        "with her and looks at him before answering each of your questions. There are several "
        "phones on the bed, and the man keeps answering for her.</p>",
        "<p>Votre partenaire et vous répondez à l'appel d'un commis d'hôtel au sujet de cris "
        "dans une chambre. Un homme dans la trentaine ouvre la porte. Il affirme que la jeune "
        "femme qui se trouve à l'intérieur est sa copine et que tout va bien. Elle semble avoir "
        "environ 17 ans, n'a aucune pièce d'identité sur elle et regarde l'homme avant de "
        "répondre à chacune de vos questions. Plusieurs téléphones traînent sur le lit, et "
        "l'homme ne cesse de répondre à sa place.</p>",
    ),
}

# Lesson 1: trafficking in persons in Canada --------------------------------------------------

DEFINITIONS = [
    {
        "kind": "multiple_response",
        "difficulty": "medium",
        "tags": ["definitions"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>Which of these are push factors that can make people in their countries of "
            "origin vulnerable to trafficking? Select all that apply.</p>",
            "<p>Lesquels de ces éléments sont des facteurs d'incitation qui peuvent rendre des "
            "personnes vulnérables à la traite dans leur pays d'origine ? Sélectionnez toutes "
            "les réponses qui s'appliquent.</p>",
        ),
        "choices": [
            {
                "text": t(
                    "Extreme poverty and unemployment",
                    "L'extrême pauvreté et le chômage",
                ),
                "correct": True,
                "feedback": t(
                    "Yes. Economic hardship at home pushes people to accept risky offers.",
                    "Oui. Les difficultés économiques dans le pays d'origine poussent des "
                    "personnes à accepter des offres risquées.",
                ),
            },
            {
                "text": t("Gender-based inequality", "Les inégalités entre les sexes"),
                "correct": True,
                "feedback": t(
                    "Yes. Gender-based inequality is one of the push factors named in the plan.",
                    "Oui. Les inégalités entre les sexes font partie des facteurs d'incitation "
                    "nommés dans le plan.",
                ),
            },
            {
                "text": t(
                    "War, conflict and political unrest",
                    "La guerre, les conflits et l'instabilité politique",
                ),
                "correct": True,
                "feedback": t(
                    "Yes. Instability and conflict push people to leave, often in unsafe ways.",
                    "Oui. L'instabilité et les conflits poussent des personnes à partir, "
                    "souvent dans des conditions dangereuses.",
                ),
            },
            {
                "text": t(
                    "The promise of money and of what looks like a better life",
                    "La promesse d'argent et de ce qui semble être une vie meilleure",
                ),
                "correct": False,
                "feedback": t(
                    "No. This is a pull factor: it draws people toward the destination.",
                    "Non. C'est un facteur d'attraction : il attire les personnes vers la "
                    "destination.",
                ),
            },
            {
                "text": t(
                    "The profits that some economic sectors draw from cheap, exploitative labour",
                    "Les profits que certains secteurs économiques tirent d'une main-d'œuvre bon "
                    "marché et exploitée",
                ),
                "correct": False,
                "feedback": t(
                    "No. This is a pull factor on the demand side, not a push factor in "
                    "countries of origin.",
                    "Non. C'est un facteur d'attraction, du côté de la demande, et non un "
                    "facteur d'incitation dans les pays d'origine.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: you told push factors apart from pull factors.",
            "Exact : vous avez distingué les facteurs d'incitation des facteurs d'attraction.",
        ),
        "feedback_incorrect": t(
            "Not quite. Push factors are conditions at home; pull factors are what draws "
            "people elsewhere.",
            "Pas tout à fait. Les facteurs d'incitation sont des conditions dans le pays "
            "d'origine ; les facteurs d'attraction sont ce qui attire les personnes ailleurs.",
        ),
        "explanation": t(
            "<p>Push factors in countries of origin include extreme poverty, unemployment, lack "
            "of education, inadequate social programs, gender-based inequality, corruption, war "
            "and conflict, and political unrest. Pull factors include the profits some sectors "
            "draw from cheap, exploitative labour and the promise of money and a better "
            "life.</p>",
            "<p>Dans les pays d'origine, les facteurs d'incitation comprennent l'extrême "
            "pauvreté, le chômage, le manque d'instruction, l'insuffisance des programmes "
            "sociaux, les inégalités entre les sexes, la corruption, la guerre et les conflits, "
            "ainsi que l'instabilité politique. Les facteurs d'attraction comprennent les "
            "profits que certains secteurs tirent d'une main-d'œuvre bon marché et exploitée, "
            "et la promesse d'argent et d'une vie meilleure.</p>",
        ),
    },
    {
        "kind": "numeric",
        "difficulty": "hard",
        "tags": ["definitions"],
        "stem": t(
            "<p>The United Nations has estimated how much trafficking in persons generates each "
            "year for its perpetrators. According to the course, about how many billion US "
            "dollars is that? Answer with a number of billions.</p>",
            "<p>Les Nations Unies ont estimé ce que la traite de personnes rapporte chaque année "
            "à ses auteurs. Selon le cours, à combien de milliards de dollars américains environ "
            "cela correspond-il ? Répondez par un nombre de milliards.</p>",
        ),
        "numeric": {"value": 32, "tolerance": 0},
        "feedback_correct": t(
            "Correct: about US$32 billion a year.",
            "Exact : environ 32 milliards de dollars américains par année.",
        ),
        "feedback_incorrect": t(
            "The answer is 32: about US$32 billion a year.",
            "La réponse est 32 : environ 32 milliards de dollars américains par année.",
        ),
        "explanation": t(
            "<p>Because a victim can be exploited over and over, trafficking is highly "
            "profitable. Worldwide it is considered one of the most lucrative criminal "
            "activities, rivalled only by drug and firearms trafficking, and the United Nations "
            "has estimated that it generates about US$32 billion a year.</p>",
            "<p>Comme une victime peut être exploitée encore et encore, la traite est très "
            "rentable. À l'échelle mondiale, elle est considérée comme l'une des activités "
            "criminelles les plus lucratives, n'étant surpassée que par le trafic de drogues et "
            "d'armes à feu, et les Nations Unies estiment qu'elle rapporte environ 32 milliards "
            "de dollars américains par année.</p>",
        ),
    },
    {
        "kind": "true_false",
        "difficulty": "easy",
        "tags": ["definitions"],
        "stem": t(
            "<p>Most victims of trafficking identified in Canada to date are foreign nationals "
            "brought into the country for forced labour.</p>",
            "<p>La plupart des victimes de la traite repérées au Canada à ce jour sont des "
            "ressortissants étrangers amenés au pays pour y être soumis au travail forcé.</p>",
        ),
        "answer": False,
        "feedback_correct": t(
            "Correct: the statement is false. Most victims identified to date are Canadian "
            "women and children trafficked for sexual exploitation.",
            "Exact : l'énoncé est faux. La plupart des victimes repérées à ce jour sont des "
            "femmes et des enfants canadiens exploités sexuellement.",
        ),
        "feedback_incorrect": t(
            "The statement is false. Trafficking in Canada is largely domestic, and sexual "
            "exploitation is the most common form to date.",
            "L'énoncé est faux. Au Canada, la traite est en grande partie intérieure, et "
            "l'exploitation sexuelle en est la forme la plus courante à ce jour.",
        ),
        "explanation": t(
            "<p>In Canada, trafficking for sexual exploitation is the most common form to date, "
            "and the vast majority of victims are Canadian women and children. Forced labour "
            "cases, often involving foreign nationals, are a growing concern, with charges laid "
            "in Alberta, Ontario and British Columbia.</p>",
            "<p>Au Canada, la traite à des fins d'exploitation sexuelle est, à ce jour, la "
            "forme la plus courante, et la grande majorité des victimes sont des femmes et des "
            "enfants canadiens. Les cas de travail forcé, qui visent souvent des ressortissants "
            "étrangers, sont une préoccupation croissante, et des accusations ont été portées "
            "en Alberta, en Ontario et en Colombie-Britannique.</p>",
        ),
    },
    {
        "kind": "short_text",
        "difficulty": "medium",
        "tags": ["definitions", "law"],
        "stem": t(
            "<p>All four Criminal Code trafficking offences belong to the more serious category "
            "of criminal offence in Canada. What is that category called?</p>",
            "<p>Les quatre infractions de traite du Code criminel appartiennent à la catégorie "
            "d'infractions criminelles la plus grave au Canada. Comment appelle-t-on cette "
            "catégorie ?</p>",
        ),
        "accepted": [
            t("indictable offence", "acte criminel"),
            t("indictable offences", "actes criminels"),
            t("an indictable offence", "un acte criminel"),
            t("indictable offense", "des actes criminels"),
        ],
        "case_sensitive": False,
        "feedback_correct": t(
            "Correct: they are indictable offences.",
            "Exact : ce sont des actes criminels.",
        ),
        "feedback_incorrect": t(
            "The answer is indictable offence.",
            "La réponse est acte criminel.",
        ),
        "explanation": t(
            "<p>An indictable offence is the more serious category of criminal offence in "
            "Canada. Trafficking in persons, trafficking of a person under 18, material benefit "
            "and withholding or destroying documents are all indictable offences.</p>",
            "<p>L'acte criminel est la catégorie d'infractions criminelles la plus grave au "
            "Canada. La traite de personnes, la traite de personnes âgées de moins de 18 ans, "
            "l'avantage matériel et la rétention ou la destruction de documents sont tous des "
            "actes criminels.</p>",
        ),
    },
]

# Lessons 2 and 3: the Criminal Code offences and the meaning of exploitation -----------------

LAW = [
    {
        "kind": "matching",
        "difficulty": "medium",
        "tags": ["law"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>Match each section of the Criminal Code with what it covers.</p>",
            "<p>Associez chaque article du Code criminel à ce qu'il vise.</p>",
        ),
        "pairs": [
            {
                "left": t("Section 279.01", "Article 279.01"),
                "right": t(
                    "Recruiting, holding or controlling a person to exploit them",
                    "Recruter, détenir ou contrôler une personne en vue de l'exploiter",
                ),
            },
            {
                "left": t("Section 279.011", "Article 279.011"),
                "right": t(
                    "The same conduct, when the victim is under 18",
                    "Les mêmes actes, lorsque la victime a moins de 18 ans",
                ),
            },
            {
                "left": t("Section 279.02", "Article 279.02"),
                "right": t(
                    "Receiving a benefit while knowing that it results from trafficking",
                    "Recevoir un avantage en sachant qu'il provient de la traite",
                ),
            },
            {
                "left": t("Section 279.03", "Article 279.03"),
                "right": t(
                    "Withholding or destroying identity or travel documents to facilitate "
                    "trafficking",
                    "Retenir ou détruire des pièces d'identité ou des documents de voyage pour "
                    "faciliter la traite",
                ),
            },
            {
                "left": t("Section 279.04", "Article 279.04"),
                "right": t(
                    "Defining exploitation for the trafficking offences",
                    "Définir l'exploitation aux fins des infractions de traite",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: you matched every provision.",
            "Exact : vous avez associé chaque disposition.",
        ),
        "feedback_incorrect": t(
            "Some pairs are wrong. Review the four offences and the definition in the lesson on "
            "the Criminal Code offences.",
            "Certaines associations sont erronées. Revoyez les quatre infractions et la "
            "définition dans la leçon sur les infractions du Code criminel.",
        ),
        "explanation": t(
            "<p>The Criminal Code contains four indictable offences aimed specifically at "
            "trafficking: trafficking in persons (279.01), trafficking of a person under 18 "
            "(279.011), material benefit (279.02) and withholding or destroying documents "
            "(279.03). A fifth section, 279.04, defines exploitation for all of them.</p>",
            "<p>Le Code criminel prévoit quatre actes criminels visant expressément la traite : "
            "la traite de personnes (279.01), la traite de personnes âgées de moins de 18 ans "
            "(279.011), l'avantage matériel (279.02) et la rétention ou la destruction de "
            "documents (279.03). Un cinquième article, le 279.04, définit l'exploitation pour "
            "l'ensemble de ces infractions.</p>",
        ),
    },
    {
        "kind": "numeric",
        "difficulty": "hard",
        "tags": ["law"],
        "stem": t(
            "<p>Under section 279.011, as described in the 2012 plan, what is the mandatory "
            "minimum prison term, in years, for trafficking a person under 18 when the offender "
            "did not kidnap the victim, commit an aggravated assault or aggravated sexual "
            "assault against them, or cause their death?</p>",
            "<p>En vertu de l'article 279.011, selon le plan de 2012, quelle est la peine "
            "minimale obligatoire d'emprisonnement, en années, pour la traite d'une personne "
            "âgée de moins de 18 ans lorsque l'auteur n'a pas enlevé la victime, n'a pas commis "
            "sur elle de voies de fait graves ni d'agression sexuelle grave et n'a pas causé sa "
            "mort ?</p>",
        ),
        "numeric": {"value": 5, "tolerance": 0},
        "feedback_correct": t(
            "Correct: a mandatory minimum of 5 years, with a maximum of 14 years.",
            "Exact : une peine minimale obligatoire de 5 ans, avec un maximum de 14 ans.",
        ),
        "feedback_incorrect": t(
            "The answer is 5 years. The minimum rises to 6 years only in the aggravated cases.",
            "La réponse est 5 ans. La peine minimale passe à 6 ans seulement dans les cas graves.",
        ),
        "explanation": t(
            "<p>Section 279.011 mirrors section 279.01 for victims under 18 and adds mandatory "
            "minimum penalties: 6 years, with a maximum of life imprisonment, in the aggravated "
            "cases, and 5 years, with a maximum of 14 years, in any other case. Penalties may "
            "have changed since 2012, so check the current Code.</p>",
            "<p>L'article 279.011 reprend l'article 279.01 pour les victimes de moins de 18 ans "
            "et y ajoute des peines minimales obligatoires : 6 ans, avec un maximum de "
            "l'emprisonnement à perpétuité, dans les cas graves, et 5 ans, avec un maximum de "
            "14 ans, dans les autres cas. Les peines ont pu changer depuis 2012 : vérifiez le "
            "Code en vigueur.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "hard",
        "tags": ["law"],
        "stem": t(
            "<p>An adult is trafficked, and the offender kidnaps her while committing the "
            "offence. Under section 279.01, as described in the 2012 plan, which penalty "
            "applies?</p>",
            "<p>Une adulte est victime de la traite, et l'auteur l'enlève lors de la "
            "perpétration de l'infraction. En vertu de l'article 279.01, selon le plan de 2012, "
            "quelle peine s'applique ?</p>",
        ),
        "choices": [
            {
                "text": t(
                    "A maximum of life imprisonment, with no mandatory minimum in the 2012 text",
                    "Un maximum de l'emprisonnement à perpétuité, sans peine minimale "
                    "obligatoire dans le texte de 2012",
                ),
                "correct": True,
                "feedback": t(
                    "Correct. Kidnapping is one of the circumstances that raise the maximum to "
                    "life imprisonment.",
                    "Exact. L'enlèvement est l'une des circonstances qui portent la peine "
                    "maximale à l'emprisonnement à perpétuité.",
                ),
            },
            {
                "text": t(
                    "A maximum of life imprisonment, with a mandatory minimum of 6 years",
                    "Un maximum de l'emprisonnement à perpétuité, avec une peine minimale "
                    "obligatoire de 6 ans",
                ),
                "correct": False,
                "feedback": t(
                    "That range applies under section 279.011, when the victim is under 18.",
                    "Cette fourchette s'applique en vertu de l'article 279.011, lorsque la "
                    "victime a moins de 18 ans.",
                ),
            },
            {
                "text": t("A maximum of 14 years", "Un maximum de 14 ans"),
                "correct": False,
                "feedback": t(
                    "That is the maximum under section 279.01 when there is no kidnapping, "
                    "aggravated assault, aggravated sexual assault or death.",
                    "C'est la peine maximale prévue à l'article 279.01 en l'absence "
                    "d'enlèvement, de voies de fait graves, d'agression sexuelle grave ou de "
                    "mort.",
                ),
            },
            {
                "text": t("A maximum of 10 years", "Un maximum de 10 ans"),
                "correct": False,
                "feedback": t(
                    "That is the maximum for material benefit under section 279.02.",
                    "C'est la peine maximale prévue pour l'avantage matériel, à l'article 279.02.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: up to life imprisonment.",
            "Exact : jusqu'à l'emprisonnement à perpétuité.",
        ),
        "feedback_incorrect": t(
            "Not quite. The victim is an adult, and a kidnapping took place.",
            "Pas tout à fait. La victime est adulte, et il y a eu enlèvement.",
        ),
        "explanation": t(
            "<p>Section 279.01 carries a maximum of life imprisonment if, while committing the "
            "offence, the offender kidnaps the victim, commits an aggravated assault or "
            "aggravated sexual assault against them, or causes their death, and 14 years in any "
            "other case. The 2012 text sets no mandatory minimum for adult victims.</p>",
            "<p>L'article 279.01 prévoit un maximum de l'emprisonnement à perpétuité si, lors "
            "de la perpétration de l'infraction, l'auteur enlève la victime, commet sur elle "
            "des voies de fait graves ou une agression sexuelle grave, ou cause sa mort, et de "
            "14 ans dans les autres cas. Le texte de 2012 ne prévoit aucune peine minimale "
            "obligatoire lorsque la victime est adulte.</p>",
        ),
    },
    {
        "kind": "multiple_response",
        "difficulty": "hard",
        "tags": ["law"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>A man recruits young women in a Canadian city, controls where they go and "
            "advertises them for sex. His cousin knows where the money comes from and accepts "
            "part of it for lending them a car. A friend keeps the women's identity cards so "
            "that they cannot leave. All the women are adults. Which sections of the Criminal "
            "Code may apply? Select all that apply.</p>",
            "<p>Un homme recrute de jeunes femmes dans une ville canadienne, contrôle leurs "
            "déplacements et offre leurs services sexuels par annonce. Son cousin sait d'où "
            "vient l'argent et en accepte une partie en échange du prêt d'une voiture. Un ami "
            "garde les cartes d'identité des femmes pour qu'elles ne puissent pas partir. "
            "Toutes les femmes sont adultes. Quels articles du Code criminel peuvent "
            "s'appliquer ? Sélectionnez toutes les réponses qui s'appliquent.</p>",
        ),
        "choices": [
            {
                "text": t(
                    "Section 279.01, trafficking in persons",
                    "L'article 279.01, traite de personnes",
                ),
                "correct": True,
                "feedback": t(
                    "Yes, for the man who recruits and controls the women to exploit them.",
                    "Oui, pour l'homme qui recrute et contrôle les femmes afin de les exploiter.",
                ),
            },
            {
                "text": t(
                    "Section 279.02, material benefit", "L'article 279.02, avantage matériel"
                ),
                "correct": True,
                "feedback": t(
                    "Yes, for the cousin who knowingly accepts part of the proceeds.",
                    "Oui, pour le cousin qui accepte sciemment une partie des profits.",
                ),
            },
            {
                "text": t(
                    "Section 279.03, withholding or destroying documents",
                    "L'article 279.03, rétention ou destruction de documents",
                ),
                "correct": True,
                "feedback": t(
                    "Yes, for the friend who keeps the identity cards to facilitate the "
                    "trafficking.",
                    "Oui, pour l'ami qui garde les cartes d'identité afin de faciliter la traite.",
                ),
            },
            {
                "text": t(
                    "Section 279.011, trafficking of a person under 18",
                    "L'article 279.011, traite de personnes âgées de moins de 18 ans",
                ),
                "correct": False,
                "feedback": t(
                    "No. All the women are adults. Section 279.011 would apply to a victim "
                    "under 18.",
                    "Non. Toutes les femmes sont adultes. L'article 279.011 s'appliquerait à "
                    "une victime de moins de 18 ans.",
                ),
            },
            {
                "text": t(
                    "Section 279.04, exploitation, as a separate offence",
                    "L'article 279.04, exploitation, en tant qu'infraction distincte",
                ),
                "correct": False,
                "feedback": t(
                    "No. Section 279.04 defines exploitation; it is not an offence in itself.",
                    "Non. L'article 279.04 définit l'exploitation ; ce n'est pas une infraction "
                    "en soi.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: three people in one operation, three different offences.",
            "Exact : trois personnes d'une même organisation, trois infractions différentes.",
        ),
        "feedback_incorrect": t(
            "Not quite. Look at each person's role: control, profit and the withheld cards.",
            "Pas tout à fait. Examinez le rôle de chaque personne : le contrôle, le profit et "
            "les cartes retenues.",
        ),
        "explanation": t(
            "<p>The recruiter's conduct points to trafficking in persons (section 279.01). The "
            "cousin who knowingly takes part of the proceeds may be liable for material benefit "
            "(section 279.02), and keeping identity documents to facilitate the trafficking "
            "points to section 279.03. Different people in the same operation can commit "
            "different offences.</p>",
            "<p>Les agissements du recruteur évoquent la traite de personnes (article 279.01). "
            "Le cousin qui accepte sciemment une partie des profits pourrait être responsable "
            "de l'infraction d'avantage matériel (article 279.02), et la rétention de pièces "
            "d'identité pour faciliter la traite évoque l'article 279.03. Différentes personnes "
            "d'une même organisation peuvent commettre différentes infractions.</p>",
        ),
    },
    {
        "kind": "ordering",
        "difficulty": "medium",
        "tags": ["law"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>Put these Criminal Code provisions in order of their maximum penalty, as set out "
            "in the 2012 plan, from the most severe to the least severe.</p>",
            "<p>Classez ces dispositions du Code criminel selon leur peine maximale, telle que "
            "la présente le plan de 2012, de la plus lourde à la moins lourde.</p>",
        ),
        "items": [
            t(
                "Section 279.01, with kidnapping, aggravated assault, aggravated sexual assault "
                "or death",
                "Article 279.01, avec enlèvement, voies de fait graves, agression sexuelle "
                "grave ou mort",
            ),
            t("Section 279.01, in any other case", "Article 279.01, dans les autres cas"),
            t("Section 279.02, material benefit", "Article 279.02, avantage matériel"),
            t(
                "Section 279.03, withholding or destroying documents",
                "Article 279.03, rétention ou destruction de documents",
            ),
        ],
        "feedback_correct": t(
            "Right: life imprisonment, then 14, 10 and 5 years.",
            "Exact : l'emprisonnement à perpétuité, puis 14, 10 et 5 ans.",
        ),
        "feedback_incorrect": t(
            "Not quite. The maximums are life imprisonment, 14 years, 10 years and 5 years, in "
            "that order.",
            "Pas tout à fait. Les peines maximales sont, dans l'ordre, l'emprisonnement à "
            "perpétuité, 14 ans, 10 ans et 5 ans.",
        ),
        "explanation": t(
            "<p>Trafficking in persons carries life imprisonment in the aggravated cases and 14 "
            "years otherwise. Material benefit carries up to 10 years, and withholding or "
            "destroying documents up to 5 years. Always rely on the current version of the "
            "Code in your work.</p>",
            "<p>La traite de personnes est passible de l'emprisonnement à perpétuité dans les "
            "cas graves et de 14 ans dans les autres cas. L'avantage matériel est passible "
            "d'au plus 10 ans, et la rétention ou la destruction de documents, d'au plus 5 ans. "
            "Dans votre travail, fiez-vous toujours à la version en vigueur du Code.</p>",
        ),
    },
    {
        "kind": "short_text",
        "difficulty": "medium",
        "tags": ["law"],
        "stem": t(
            "<p>Which section of the Criminal Code defines exploitation for the trafficking "
            "offences? Give the section number.</p>",
            "<p>Quel article du Code criminel définit l'exploitation aux fins des infractions "
            "de traite ? Donnez le numéro de l'article.</p>",
        ),
        "accepted": [
            t("279.04", "279,04"),
            t("section 279.04", "article 279.04"),
            t("s. 279.04", "art. 279.04"),
            t("s 279.04", "279.04"),
        ],
        "case_sensitive": False,
        "feedback_correct": t(
            "Correct: section 279.04.",
            "Exact : l'article 279.04.",
        ),
        "feedback_incorrect": t(
            "The answer is section 279.04.",
            "La réponse est l'article 279.04.",
        ),
        "explanation": t(
            "<p>Section 279.04 explains what exploitation means for sections 279.01 to 279.03. "
            "It is a definition, not an offence: every trafficking offence turns on the purpose "
            "of exploiting the victim or facilitating their exploitation.</p>",
            "<p>L'article 279.04 précise ce qu'on entend par exploitation aux fins des articles "
            "279.01 à 279.03. C'est une définition, et non une infraction : toutes les "
            "infractions de traite reposent sur le but d'exploiter la victime ou de faciliter "
            "son exploitation.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["law"],
        "stem": t(
            "<p>Under section 279.04, when does causing a person to provide labour or a service "
            "amount to exploitation?</p>",
            "<p>Selon l'article 279.04, dans quel cas le fait d'amener une personne à fournir "
            "un travail ou un service constitue-t-il de l'exploitation ?</p>",
        ),
        "choices": [
            {
                "text": t(
                    "When the conduct, in all the circumstances, could reasonably be expected "
                    "to make the person believe that their safety, or the safety of someone "
                    "they know, would be threatened if they refused",
                    "Lorsque les agissements, compte tenu de l'ensemble des circonstances, "
                    "pourraient raisonnablement faire croire à la personne que sa sécurité, ou "
                    "celle d'une personne qu'elle connaît, serait menacée si elle refusait",
                ),
                "correct": True,
                "feedback": t(
                    "Correct. The test looks at what the conduct could reasonably lead the "
                    "person to believe.",
                    "Exact. Le critère porte sur ce que les agissements pourraient "
                    "raisonnablement amener la personne à croire.",
                ),
            },
            {
                "text": t(
                    "Only when the person has been physically restrained or locked in",
                    "Seulement lorsque la personne a été retenue physiquement ou enfermée",
                ),
                "correct": False,
                "feedback": t(
                    "No. No chains or locked doors are required; threats and intimidation can "
                    "be enough.",
                    "Non. Nul besoin de chaînes ni de portes verrouillées ; les menaces et "
                    "l'intimidation peuvent suffire.",
                ),
            },
            {
                "text": t(
                    "Only when the person is paid nothing at all",
                    "Seulement lorsque la personne ne reçoit aucun paiement",
                ),
                "correct": False,
                "feedback": t(
                    "No. Payment is not the test; the fear for safety that the conduct could "
                    "create is.",
                    "Non. Le paiement n'est pas le critère ; c'est la crainte pour la sécurité "
                    "que les agissements pourraient susciter qui compte.",
                ),
            },
            {
                "text": t(
                    "Only when the person has been moved across an international border",
                    "Seulement lorsque la personne a été déplacée au-delà d'une frontière "
                    "internationale",
                ),
                "correct": False,
                "feedback": t(
                    "No. The Criminal Code trafficking offences do not require any border "
                    "crossing.",
                    "Non. Les infractions de traite du Code criminel n'exigent aucun "
                    "franchissement de frontière.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: the test is a reasonable fear for safety.",
            "Exact : le critère est une crainte raisonnable pour la sécurité.",
        ),
        "feedback_incorrect": t(
            "Not quite. The test turns on what the conduct could reasonably lead the person to "
            "fear.",
            "Pas tout à fait. Le critère repose sur ce que les agissements pourraient "
            "raisonnablement amener la personne à craindre.",
        ),
        "explanation": t(
            "<p>The question is whether the conduct, in all the circumstances, could reasonably "
            "be expected to make the person fear for their safety or the safety of someone they "
            "know. Circumstances such as age, language, immigration status, isolation and "
            "dependence on the accused can matter. The definition also covers causing a person, "
            "by deception, force, threats or other coercion, to have an organ or tissue "
            "removed.</p>",
            "<p>Il s'agit de savoir si les agissements, compte tenu de l'ensemble des "
            "circonstances, pourraient raisonnablement amener la personne à craindre pour sa "
            "sécurité ou pour celle d'une personne qu'elle connaît. Des circonstances comme "
            "l'âge, la langue, le statut d'immigration, l'isolement et la dépendance envers "
            "l'accusé peuvent compter. La définition vise aussi le fait d'amener une personne, "
            "par la tromperie, la force, la menace ou une autre forme de contrainte, à se faire "
            "prélever un organe ou des tissus.</p>",
        ),
    },
    {
        "kind": "true_false",
        "difficulty": "medium",
        "tags": ["law"],
        "stem": t(
            "<p>Under section 279.04, threats to the safety of the victim's mother, who lives "
            "in another country, can be enough to meet the meaning of exploitation, even if the "
            "victim was never hit or locked in.</p>",
            "<p>Selon l'article 279.04, des menaces pour la sécurité de la mère de la victime, "
            "qui vit dans un autre pays, peuvent suffire à satisfaire à la notion "
            "d'exploitation, même si la victime n'a jamais été frappée ni enfermée.</p>",
        ),
        "answer": True,
        "feedback_correct": t(
            "Correct: the statement is true. The definition expressly covers the safety of "
            "someone the victim knows.",
            "Exact : l'énoncé est vrai. La définition vise expressément la sécurité d'une "
            "personne que la victime connaît.",
        ),
        "feedback_incorrect": t(
            "The statement is true. Threats need not be physical or aimed at the victim directly.",
            "L'énoncé est vrai. Les menaces n'ont pas à être physiques ni à viser directement "
            "la victime.",
        ),
        "explanation": t(
            "<p>The definition of exploitation covers conduct that could reasonably make a "
            "person fear for the safety of someone they know, such as a relative in another "
            "country. No physical violence or restraint is required.</p>",
            "<p>La notion d'exploitation vise les agissements qui pourraient raisonnablement "
            "faire craindre à une personne pour la sécurité d'une personne qu'elle connaît, "
            "comme un proche resté dans un autre pays. Aucune violence physique ni contrainte "
            "physique n'est nécessaire.</p>",
        ),
    },
]

# Lesson 4: why victims do not come forward ---------------------------------------------------

BARRIERS = [
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["barriers"],
        "stem": t(
            "<p>During a check at a massage business, a woman tells officers that she works "
            "there by choice and that her “manager” looks after her. She does not know the "
            "address where she sleeps. What is the best way to read her answer?</p>",
            "<p>Lors d'une vérification dans un salon de massage, une femme dit aux policiers "
            "qu'elle y travaille par choix et que son « gérant » prend soin d'elle. Elle ne "
            "connaît pas l'adresse où elle dort. Quelle est la meilleure façon d'interpréter sa "
            "réponse ?</p>",
        ),
        "choices": [
            {
                "text": t(
                    "Her first answer may not be the whole story: stay patient and "
                    "non-judgmental, and offer a referral to victim services.",
                    "Sa première réponse ne dit peut-être pas tout : rester patient et sans "
                    "jugement, et lui proposer une orientation vers les services d'aide aux "
                    "victimes.",
                ),
                "correct": True,
                "feedback": t(
                    "Correct. Isolation and loyalty to the person who controls her are "
                    "barriers; patience gives her room to speak later.",
                    "Exact. L'isolement et la loyauté envers la personne qui la contrôle sont "
                    "des obstacles ; la patience lui laisse la possibilité de parler plus tard.",
                ),
            },
            {
                "text": t(
                    "She has consented, so no trafficking offence is possible.",
                    "Elle a consenti : aucune infraction de traite n'est donc possible.",
                ),
                "correct": False,
                "feedback": t(
                    "Consent to the activity charged is not valid for the trafficking "
                    "offences, and victims often do not see themselves as victims.",
                    "Le consentement à l'activité visée par l'accusation n'est pas valable pour "
                    "les infractions de traite, et les victimes ne se considèrent souvent pas "
                    "comme telles.",
                ),
            },
            {
                "text": t(
                    "She is hiding something, so she should be warned that she could be charged.",
                    "Elle cache quelque chose : il faut donc l'avertir qu'elle pourrait être "
                    "accusée.",
                ),
                "correct": False,
                "feedback": t(
                    "Pressure and threats repeat the trafficker's methods and destroy trust.",
                    "La pression et les menaces reproduisent les méthodes du trafiquant et "
                    "détruisent la confiance.",
                ),
            },
            {
                "text": t(
                    "Nothing more can be done unless she makes a formal complaint.",
                    "Rien de plus ne peut être fait à moins qu'elle ne porte plainte "
                    "officiellement.",
                ),
                "correct": False,
                "feedback": t(
                    "Reluctance to complain is common. Accurate information and victim "
                    "services can give her room to speak later.",
                    "La réticence à porter plainte est fréquente. Une information exacte et les "
                    "services d'aide aux victimes peuvent lui laisser la possibilité de parler "
                    "plus tard.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: silence or denial is not the whole story.",
            "Exact : le silence ou le déni ne disent pas tout.",
        ),
        "feedback_incorrect": t(
            "Not the best reading. A victim may deny being a victim or defend the person who "
            "controls her.",
            "Ce n'est pas la meilleure interprétation. Une victime peut nier l'être ou défendre "
            "la personne qui la contrôle.",
        ),
        "explanation": t(
            "<p>Not knowing where she sleeps suggests isolation, and her loyalty to her "
            "“manager” may mean that she does not see herself as a victim. Do not expect a "
            "victim to identify as one, or to disclose everything in a first conversation: "
            "trust is built over time, often with the help of victim services.</p>",
            "<p>Ne pas savoir où elle dort laisse croire à de l'isolement, et sa loyauté envers "
            "son « gérant » peut signifier qu'elle ne se considère pas comme une victime. Ne "
            "vous attendez pas à ce qu'une victime se présente comme telle ni qu'elle révèle "
            "tout lors d'une première conversation : la confiance se bâtit avec le temps, "
            "souvent avec l'aide des services d'aide aux victimes.</p>",
        ),
    },
    {
        "kind": "true_false",
        "difficulty": "easy",
        "tags": ["barriers"],
        "stem": t(
            "<p>A person who denies being a victim, or who defends the person controlling them, "
            "has shown that no trafficking is taking place.</p>",
            "<p>Une personne qui nie être une victime, ou qui défend la personne qui la "
            "contrôle, a démontré qu'il n'y a pas de traite.</p>",
        ),
        "answer": False,
        "feedback_correct": t(
            "Correct: the statement is false. Silence and denial are often ways to survive.",
            "Exact : l'énoncé est faux. Le silence et le déni sont souvent des moyens de survie.",
        ),
        "feedback_incorrect": t(
            "The statement is false. A person who denies being a victim is not necessarily "
            "telling you the whole story.",
            "L'énoncé est faux. Une personne qui nie être une victime ne vous dit pas "
            "forcément toute l'histoire.",
        ),
        "explanation": t(
            "<p>Fear, distrust, isolation, debt, dependence and loyalty to the trafficker keep "
            "victims silent. Never treat reluctance, hostility or a changing account as proof "
            "that nothing happened.</p>",
            "<p>La peur, la méfiance, l'isolement, les dettes, la dépendance et la loyauté "
            "envers le trafiquant réduisent les victimes au silence. Ne considérez jamais la "
            "réticence, l'hostilité ou un récit qui change comme la preuve qu'il ne s'est rien "
            "passé.</p>",
        ),
    },
    {
        "kind": "matching",
        "difficulty": "medium",
        "tags": ["barriers"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>Match each barrier that can keep a victim from coming forward with an example "
            "of it.</p>",
            "<p>Associez chaque obstacle qui peut empêcher une victime de se manifester à un "
            "exemple.</p>",
        ),
        "pairs": [
            {
                "left": t(
                    "Fear and threats to family",
                    "La peur et les menaces contre la famille",
                ),
                "right": t(
                    "She believes her brother at home will be hurt if she talks to police.",
                    "Elle croit que son frère, resté au pays, sera blessé si elle parle à la "
                    "police.",
                ),
            },
            {
                "left": t("Distrust of authorities", "La méfiance envers les autorités"),
                "right": t(
                    "The trafficker has told her that the police will arrest or deport her.",
                    "Le trafiquant lui a dit que la police l'arrêterait ou l'expulserait.",
                ),
            },
            {
                "left": t("Debt", "Les dettes"),
                "right": t(
                    "She is told that she must repay her travel and housing through work.",
                    "On lui dit de rembourser son voyage et son logement en travaillant.",
                ),
            },
            {
                "left": t("Dependence on the trafficker", "La dépendance envers le trafiquant"),
                "right": t(
                    "He controls her housing, her income, her documents and her phone.",
                    "Il contrôle son logement, son revenu, ses documents et son téléphone.",
                ),
            },
            {
                "left": t(
                    "Not seeing herself as a victim", "Ne pas se considérer comme une victime"
                ),
                "right": t(
                    "She feels loyal to him and believes that she agreed to the situation.",
                    "Elle lui est loyale et croit avoir accepté la situation.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: you recognized each barrier.",
            "Exact : vous avez reconnu chaque obstacle.",
        ),
        "feedback_incorrect": t(
            "Some pairs are wrong. Review the barriers to coming forward in the lesson.",
            "Certaines associations sont erronées. Revoyez les obstacles à la dénonciation "
            "présentés dans la leçon.",
        ),
        "explanation": t(
            "<p>Each barrier works differently: threats against relatives make talking feel "
            "dangerous, distrust makes police seem a threat, a debt that never shrinks feels "
            "binding, dependence means leaving would cost everything, and loyalty or shame can "
            "keep a victim from seeing what is happening as a crime.</p>",
            "<p>Chaque obstacle agit différemment : les menaces contre des proches rendent la "
            "parole dangereuse, la méfiance fait paraître la police menaçante, une dette qui ne "
            "diminue jamais semble incontournable, la dépendance signifie que partir coûterait "
            "tout, et la loyauté ou la honte peuvent empêcher une victime de voir ce qu'elle "
            "subit comme un crime.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["barriers"],
        "stem": t(
            "<p>According to the course, why has obtaining the cooperation of foreign national "
            "victims been particularly difficult for police?</p>",
            "<p>Selon le cours, pourquoi la police a-t-elle eu particulièrement de la difficulté "
            "à obtenir la collaboration des victimes étrangères ?</p>",
        ),
        "choices": [
            {
                "text": t(
                    "They are usually alone in the country, without family or a support "
                    "system, and many see little or nothing to gain from cooperating.",
                    "Elles sont habituellement seules au pays, sans famille ni réseau de "
                    "soutien, et bon nombre d'entre elles ne voient que peu ou pas d'avantages "
                    "à collaborer.",
                ),
                "correct": True,
                "feedback": t(
                    "Correct. Isolation and the absence of a support system weigh heavily.",
                    "Exact. L'isolement et l'absence de réseau de soutien pèsent lourd.",
                ),
            },
            {
                "text": t(
                    "Traffickers rarely threaten foreign victims, so they see no reason to come "
                    "forward.",
                    "Les trafiquants menacent rarement les victimes étrangères, qui ne voient "
                    "donc aucune raison de se manifester.",
                ),
                "correct": False,
                "feedback": t(
                    "No. Traffickers often threaten victims and their families, including "
                    "relatives abroad.",
                    "Non. Les trafiquants menacent souvent les victimes et leur famille, y "
                    "compris des proches restés à l'étranger.",
                ),
            },
            {
                "text": t(
                    "They must testify before they can receive any help.",
                    "Elles doivent témoigner avant de pouvoir recevoir de l'aide.",
                ),
                "correct": False,
                "feedback": t(
                    "No. Victims are not required to testify against their trafficker to obtain "
                    "temporary or permanent resident status.",
                    "Non. Les victimes n'ont pas à témoigner contre leur trafiquant pour obtenir "
                    "le statut de résident temporaire ou permanent.",
                ),
            },
            {
                "text": t(
                    "The Criminal Code trafficking offences do not protect foreign nationals.",
                    "Les infractions de traite du Code criminel ne protègent pas les "
                    "ressortissants étrangers.",
                ),
                "correct": False,
                "feedback": t(
                    "No. Foreign nationals have been victims in Canadian forced labour cases, "
                    "and the offences apply to them.",
                    "Non. Des ressortissants étrangers ont été victimes dans des affaires "
                    "canadiennes de travail forcé, et les infractions s'appliquent à eux.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: isolation and little to gain from cooperating.",
            "Exact : l'isolement et peu d'avantages à collaborer.",
        ),
        "feedback_incorrect": t(
            "Not quite. Think about how alone a foreign victim usually is in Canada.",
            "Pas tout à fait. Pensez à quel point une victime étrangère est habituellement "
            "seule au Canada.",
        ),
        "explanation": t(
            "<p>Foreign victims are usually alone in the country, cut off from family and "
            "community, and the trafficker may be the only person they know. Accurate "
            "information about safety, immigration protections and support, given early, can "
            "address those practical fears.</p>",
            "<p>Les victimes étrangères sont habituellement seules au pays, coupées de leur "
            "famille et de leur communauté, et le trafiquant est parfois la seule personne "
            "qu'elles connaissent. Une information exacte sur la sécurité, les mesures de "
            "protection en matière d'immigration et le soutien offert, donnée tôt, peut "
            "répondre à ces craintes concrètes.</p>",
        ),
    },
]

# Lesson 5: a victim-centred approach ---------------------------------------------------------

VICTIM_CENTRED = [
    {
        "kind": "single_choice",
        "difficulty": "easy",
        "tags": ["victim-centred"],
        "scenario": "hotel-call",
        "stem": t("<p>What do you do first?</p>", "<p>Que faites-vous d'abord ?</p>"),
        "choices": [
            {
                "text": t(
                    "Separate them: your partner speaks with the man while you speak with her "
                    "out of his sight and hearing.",
                    "Les séparer : votre partenaire parle avec l'homme pendant que vous lui "
                    "parlez hors de sa vue et de sa portée de voix.",
                ),
                "correct": True,
                "feedback": t(
                    "Correct. Separating a possible victim from a possible controller is the "
                    "first step toward a safe conversation.",
                    "Exact. Séparer une victime possible de la personne qui la contrôle "
                    "peut-être est la première étape d'une conversation en toute sécurité.",
                ),
            },
            {
                "text": t(
                    "Ask her, in front of the man, whether he is forcing her to do anything.",
                    "Lui demander, devant l'homme, s'il la force à faire quoi que ce soit.",
                ),
                "correct": False,
                "feedback": t(
                    "She is unlikely to answer honestly in front of him, and the question may "
                    "put her at risk later.",
                    "Elle a peu de chances de répondre franchement devant lui, et la question "
                    "pourrait la mettre en danger par la suite.",
                ),
            },
            {
                "text": t(
                    "Accept his explanation and leave, since no one has complained.",
                    "Accepter son explication et partir, puisque personne ne s'est plaint.",
                ),
                "correct": False,
                "feedback": t(
                    "Several indicators are present, including a possible minor. Leaving "
                    "without speaking to her alone may leave a child in danger.",
                    "Plusieurs indicateurs sont présents, dont une personne peut-être mineure. "
                    "Partir sans lui parler en tête-à-tête peut laisser une enfant en danger.",
                ),
            },
            {
                "text": t(
                    "Arrest the man for trafficking on the spot.",
                    "Arrêter l'homme sur-le-champ pour traite de personnes.",
                ),
                "correct": False,
                "feedback": t(
                    "Indicators are a reason to look further, not proof. Speak with her safely "
                    "first, and let investigators with trafficking expertise build the case.",
                    "Des indicateurs sont un motif d'examiner la situation plus à fond, et non "
                    "une preuve. Parlez-lui d'abord en sécurité, et laissez des enquêteurs "
                    "spécialisés en traite constituer la preuve.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: separate them first.",
            "Exact : séparez-les d'abord.",
        ),
        "feedback_incorrect": t(
            "Not the best first step. Separate her from the man before you talk with her.",
            "Ce n'est pas la meilleure première étape. Séparez-la de l'homme avant de lui parler.",
        ),
        "explanation": t(
            "<p>A possible minor, a companion who answers for her and several phones are "
            "indicators. The first step of a victim-centred response is safety: separate the "
            "possible victim from the suspected trafficker, and avoid interviewing her in front "
            "of him.</p>",
            "<p>Une personne peut-être mineure, un accompagnateur qui répond à sa place et "
            "plusieurs téléphones sont des indicateurs. La première étape d'une intervention "
            "centrée sur la victime est la sécurité : séparer la victime possible du trafiquant "
            "présumé, et éviter de l'interroger devant lui.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["victim-centred"],
        "scenario": "hotel-call",
        "stem": t(
            "<p>Once you are alone with her, she says she is 19 and left a youth shelter months "
            "ago. She has a cut on her hand, has not eaten since yesterday and asks whether she "
            "is going to be arrested. What is your priority?</p>",
            "<p>Une fois seule avec vous, elle dit avoir 19 ans et avoir quitté un refuge pour "
            "jeunes il y a quelques mois. Elle a une coupure à la main, n'a rien mangé depuis "
            "la veille et demande si elle va être arrêtée. Quelle est votre priorité ?</p>",
        ),
        "choices": [
            {
                "text": t(
                    "Reassure her that she is not in trouble with you, see to her immediate "
                    "needs and arrange medical care.",
                    "La rassurer en lui disant qu'elle n'a pas d'ennuis avec vous, répondre à "
                    "ses besoins immédiats et lui obtenir des soins médicaux.",
                ),
                "correct": True,
                "feedback": t(
                    "Correct. Safety and immediate needs come before detailed questions, and "
                    "care helps build trust.",
                    "Exact. La sécurité et les besoins immédiats passent avant les questions "
                    "détaillées, et les soins aident à bâtir la confiance.",
                ),
            },
            {
                "text": t(
                    "Take a detailed statement about the man and the phones before anything else.",
                    "Recueillir une déclaration détaillée sur l'homme et les téléphones avant "
                    "toute chose.",
                ),
                "correct": False,
                "feedback": t(
                    "Detailed questioning before her needs are met can feel like an "
                    "interrogation and may retraumatize her.",
                    "Un interrogatoire détaillé avant que ses besoins soient comblés peut lui "
                    "sembler hostile et la traumatiser de nouveau.",
                ),
            },
            {
                "text": t(
                    "Warn her that she will be charged if she is lying about her age.",
                    "L'avertir qu'elle sera accusée si elle ment sur son âge.",
                ),
                "correct": False,
                "feedback": t(
                    "Threatening a possible victim repeats the trafficker's methods and "
                    "destroys trust.",
                    "Menacer une victime possible reproduit les méthodes du trafiquant et "
                    "détruit la confiance.",
                ),
            },
            {
                "text": t(
                    "Ask her to come to the station tonight to make a formal complaint.",
                    "Lui demander de venir au poste ce soir pour porter plainte officiellement.",
                ),
                "correct": False,
                "feedback": t(
                    "A hurt, hungry and frightened person is not ready. Needs first, then "
                    "questions, ideally with specialized support.",
                    "Une personne blessée, affamée et effrayée n'est pas prête. Les besoins "
                    "d'abord, les questions ensuite, idéalement avec un soutien spécialisé.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: reassurance and immediate needs first.",
            "Exact : le réconfort et les besoins immédiats d'abord.",
        ),
        "feedback_incorrect": t(
            "Not the priority. Medical care, food and reassurance come before questions.",
            "Ce n'est pas la priorité. Les soins médicaux, la nourriture et le réconfort "
            "passent avant les questions.",
        ),
        "explanation": t(
            "<p>Medical care, food, rest, safe shelter and clothing come before detailed "
            "questions. Trauma can affect memory, emotions and behaviour, so be patient, avoid "
            "blame, and explain what you are doing and why.</p>",
            "<p>Les soins médicaux, la nourriture, le repos, un hébergement sûr et des vêtements "
            "passent avant les questions détaillées. Le traumatisme peut affecter la mémoire, "
            "les émotions et le comportement : soyez patient, évitez les reproches, et "
            "expliquez ce que vous faites et pourquoi.</p>",
        ),
    },
    {
        "kind": "multiple_response",
        "difficulty": "medium",
        "tags": ["victim-centred"],
        "scenario": "hotel-call",
        "partial_credit": "proportional",
        "stem": t(
            "<p>Your partner finds online advertisements for sexual services on one of the "
            "phones. She will not say what she does for the man, but says she “owes him”. Which "
            "next steps are appropriate? Select all that apply.</p>",
            "<p>Votre partenaire trouve sur l'un des téléphones des annonces en ligne offrant "
            "des services sexuels. Elle refuse de dire ce qu'elle fait pour l'homme, mais "
            "affirme qu'elle « lui doit de l'argent ». Quelles sont les prochaines étapes "
            "appropriées ? Sélectionnez toutes les réponses qui s'appliquent.</p>",
        ),
        "choices": [
            {
                "text": t("Take her to a safe place", "La conduire en lieu sûr"),
                "correct": True,
                "feedback": t(
                    "Yes. Her safety comes first, away from the man.",
                    "Oui. Sa sécurité passe d'abord, loin de l'homme.",
                ),
            },
            {
                "text": t(
                    "Contact child protection, since she may be under 18",
                    "Joindre la protection de l'enfance, puisqu'elle a peut-être moins de 18 ans",
                ),
                "correct": True,
                "feedback": t(
                    "Yes. Her possible age alone calls for protective action.",
                    "Oui. Son âge possible justifie à lui seul des mesures de protection.",
                ),
            },
            {
                "text": t(
                    "Bring in victim services and brief your supervisor and investigators with "
                    "trafficking expertise",
                    "Faire intervenir les services d'aide aux victimes et informer votre "
                    "superviseur et des enquêteurs spécialisés en traite",
                ),
                "correct": True,
                "feedback": t(
                    "Yes. Partners who can support her and specialized investigators each have "
                    "a role.",
                    "Oui. Les partenaires qui peuvent la soutenir et les enquêteurs spécialisés "
                    "ont chacun un rôle à jouer.",
                ),
            },
            {
                "text": t(
                    "Press her for a full statement tonight so that charges can be laid",
                    "Insister pour qu'elle fasse une déclaration complète ce soir afin que des "
                    "accusations puissent être portées",
                ),
                "correct": False,
                "feedback": t(
                    "No. Trauma can make early accounts fragmented; protect her first and let "
                    "the investigation proceed with support.",
                    "Non. Le traumatisme peut rendre les premiers récits fragmentaires ; "
                    "protégez-la d'abord et laissez l'enquête suivre son cours avec du soutien.",
                ),
            },
            {
                "text": t(
                    "Let her go, since she says she is an adult and will not complain",
                    "La laisser partir, puisqu'elle dit être adulte et ne portera pas plainte",
                ),
                "correct": False,
                "feedback": t(
                    "No. Reluctance to complain is common and does not end your duty to "
                    "protect her.",
                    "Non. La réticence à porter plainte est fréquente et ne met pas fin à votre "
                    "devoir de la protéger.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: protection, partners and specialized investigators.",
            "Exact : la protection, les partenaires et des enquêteurs spécialisés.",
        ),
        "feedback_incorrect": t(
            "Not quite. At this stage, her safety matters more than her statement.",
            "Pas tout à fait. À ce stade, sa sécurité compte plus que sa déclaration.",
        ),
        "explanation": t(
            "<p>A possible minor victim calls for immediate protection, child protection and "
            "victim services, and an investigation led by officers with trafficking expertise. "
            "If she is under 18, trafficking a person under 18 (section 279.011) carries "
            "mandatory minimum penalties, but at this stage the priority is her safety, not her "
            "statement.</p>",
            "<p>Une victime peut-être mineure exige une protection immédiate, l'intervention de "
            "la protection de l'enfance et des services d'aide aux victimes, et une enquête "
            "menée par des policiers spécialisés en traite. Si elle a moins de 18 ans, la "
            "traite de personnes âgées de moins de 18 ans (article 279.011) est passible de "
            "peines minimales obligatoires, mais à ce stade, la priorité est sa sécurité, et "
            "non sa déclaration.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "easy",
        "tags": ["victim-centred"],
        "stem": t(
            "<p>What does a victim-centred approach mean?</p>",
            "<p>Que signifie une approche centrée sur la victime ?</p>",
        ),
        "choices": [
            {
                "text": t(
                    "Putting the victim's safety, needs and choices at the centre of every "
                    "decision, including decisions about the investigation",
                    "Placer la sécurité, les besoins et les choix de la victime au cœur de "
                    "chaque décision, y compris celles qui touchent l'enquête",
                ),
                "correct": True,
                "feedback": t(
                    "Correct. It is also good policing: a victim who feels safe and respected "
                    "is more likely, over time, to trust the police.",
                    "Exact. C'est aussi du bon travail policier : une victime qui se sent en "
                    "sécurité et respectée sera plus encline, avec le temps, à faire confiance "
                    "à la police.",
                ),
            },
            {
                "text": t(
                    "Obtaining the victim's full statement as quickly as possible, while events "
                    "are fresh",
                    "Obtenir la déclaration complète de la victime le plus vite possible, "
                    "pendant que les faits sont frais",
                ),
                "correct": False,
                "feedback": t(
                    "No. Safety and immediate needs come before evidence, and trauma can make "
                    "early accounts fragmented.",
                    "Non. La sécurité et les besoins immédiats passent avant la preuve, et le "
                    "traumatisme peut rendre les premiers récits fragmentaires.",
                ),
            },
            {
                "text": t(
                    "Handing the case over to victim services so that police are no longer "
                    "involved",
                    "Confier l'affaire aux services d'aide aux victimes pour que la police n'y "
                    "soit plus mêlée",
                ),
                "correct": False,
                "feedback": t(
                    "No. Victim services are essential partners, but the police still "
                    "investigate; the approach shapes how they do it.",
                    "Non. Les services d'aide aux victimes sont des partenaires essentiels, "
                    "mais la police continue d'enquêter ; l'approche détermine sa façon de le "
                    "faire.",
                ),
            },
            {
                "text": t(
                    "Offering help only to victims who agree to testify",
                    "N'offrir de l'aide qu'aux victimes qui acceptent de témoigner",
                ),
                "correct": False,
                "feedback": t(
                    "No. Help must never depend on testifying.",
                    "Non. L'aide ne doit jamais dépendre d'un témoignage.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: the victim's safety, needs and choices come first.",
            "Exact : la sécurité, les besoins et les choix de la victime passent d'abord.",
        ),
        "feedback_incorrect": t(
            "Not quite. A victim-centred approach puts the person's safety, needs and choices at "
            "the centre.",
            "Pas tout à fait. Une approche centrée sur la victime place la sécurité, les "
            "besoins et les choix de la personne au cœur des décisions.",
        ),
        "explanation": t(
            "<p>In practice: safety first, immediate needs before detailed questions, an "
            "account of trauma, independent interpreters, early contact with victim services, "
            "and honest information without pressure, making it clear that help does not "
            "depend on testifying.</p>",
            "<p>En pratique : la sécurité d'abord, les besoins immédiats avant les questions "
            "détaillées, la prise en compte du traumatisme, des interprètes indépendants, une "
            "mise en contact rapide avec les services d'aide aux victimes, et une information "
            "honnête, sans pression, qui précise que l'aide ne dépend pas d'un "
            "témoignage.</p>",
        ),
    },
]

# Lesson 6: testifying, aids and protections --------------------------------------------------

TESTIMONY = [
    {
        "kind": "multiple_response",
        "difficulty": "medium",
        "tags": ["testimony"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>Which measures does the Criminal Code provide to support vulnerable victims and "
            "witnesses who testify? Select all that apply.</p>",
            "<p>Quelles mesures le Code criminel prévoit-il pour soutenir les victimes et les "
            "témoins vulnérables qui témoignent ? Sélectionnez toutes les réponses qui "
            "s'appliquent.</p>",
        ),
        "choices": [
            {
                "text": t(
                    "A screen, so that the witness does not see the accused",
                    "Un écran, pour que le témoin ne voie pas l'accusé",
                ),
                "correct": True,
                "feedback": t(
                    "Yes. A screen can prevent the witness from seeing the accused while "
                    "testifying.",
                    "Oui. Un écran peut empêcher le témoin de voir l'accusé pendant son "
                    "témoignage.",
                ),
            },
            {
                "text": t(
                    "Closed-circuit television, so that the witness can testify from outside "
                    "the courtroom",
                    "La télévision en circuit fermé, pour que le témoin puisse témoigner à "
                    "l'extérieur de la salle d'audience",
                ),
                "correct": True,
                "feedback": t(
                    "Yes. Closed-circuit television is one of the testimonial aids.",
                    "Oui. La télévision en circuit fermé est l'une des aides au témoignage.",
                ),
            },
            {
                "text": t(
                    "A support person present during the testimony",
                    "Une personne de confiance présente pendant le témoignage",
                ),
                "correct": True,
                "feedback": t(
                    "Yes. A support person can be present while the witness testifies.",
                    "Oui. Une personne de confiance peut être présente pendant le témoignage.",
                ),
            },
            {
                "text": t(
                    "A publication ban on information that would identify the witness",
                    "Une ordonnance de non-publication des renseignements qui permettraient "
                    "d'identifier le témoin",
                ),
                "correct": True,
                "feedback": t(
                    "Yes. A publication ban can protect the identity of a complainant or a "
                    "witness.",
                    "Oui. Une ordonnance de non-publication peut protéger l'identité d'un "
                    "plaignant ou d'un témoin.",
                ),
            },
            {
                "text": t(
                    "A guarantee, given by the investigating officer, that a particular aid "
                    "will be used",
                    "Une garantie, donnée par le policier enquêteur, qu'une aide précise sera "
                    "utilisée",
                ),
                "correct": False,
                "feedback": t(
                    "No. Whether an aid is granted is for the court to decide. Do not promise a "
                    "particular measure.",
                    "Non. C'est au tribunal de décider si une aide est accordée. Ne promettez "
                    "pas une mesure précise.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: screen, closed-circuit television, support person and publication ban.",
            "Exact : l'écran, la télévision en circuit fermé, la personne de confiance et "
            "l'ordonnance de non-publication.",
        ),
        "feedback_incorrect": t(
            "Not quite. The Criminal Code provides these measures, but no officer can guarantee "
            "one: the court decides.",
            "Pas tout à fait. Le Code criminel prévoit ces mesures, mais aucun policier ne peut "
            "en garantir une : c'est le tribunal qui décide.",
        ),
        "explanation": t(
            "<p>Testimonial aids such as a screen, closed-circuit television or a support person "
            "may be made available in appropriate circumstances, along with publication bans "
            "and, in some cases, the exclusion of the public. Explain that these measures "
            "exist, and refer detailed questions to the prosecutor and victim services.</p>",
            "<p>Des aides au témoignage, comme un écran, la télévision en circuit fermé ou une "
            "personne de confiance, peuvent être offertes dans les circonstances appropriées, "
            "ainsi que des ordonnances de non-publication et, dans certains cas, l'exclusion du "
            "public. Expliquez que ces mesures existent, et dirigez les questions détaillées "
            "vers le procureur et les services d'aide aux victimes.</p>",
        ),
    },
    {
        "kind": "true_false",
        "difficulty": "easy",
        "tags": ["testimony"],
        "stem": t(
            "<p>Whether a testimonial aid, such as a screen or closed-circuit television, is used "
            "in a given case is for the court to decide.</p>",
            "<p>C'est au tribunal de décider si une aide au témoignage, comme un écran ou la "
            "télévision en circuit fermé, est utilisée dans un cas donné.</p>",
        ),
        "answer": True,
        "feedback_correct": t(
            "Correct: the statement is true. That is why you should never promise a particular "
            "measure.",
            "Exact : l'énoncé est vrai. C'est pourquoi vous ne devez jamais promettre une "
            "mesure précise.",
        ),
        "feedback_incorrect": t(
            "The statement is true. The court decides; police can only explain that the "
            "measures exist.",
            "L'énoncé est vrai. C'est le tribunal qui décide ; la police peut seulement "
            "expliquer que ces mesures existent.",
        ),
        "explanation": t(
            "<p>Testimonial aids may be made available in appropriate circumstances, and the "
            "court decides in each case. Accurate information, given early and without "
            "promises, can ease a victim's fear of testifying.</p>",
            "<p>Les aides au témoignage peuvent être offertes dans les circonstances "
            "appropriées, et c'est le tribunal qui décide dans chaque cas. Une information "
            "exacte, donnée tôt et sans promesses, peut apaiser la crainte de témoigner.</p>",
        ),
    },
    {
        "kind": "matching",
        "difficulty": "medium",
        "tags": ["testimony"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>Match each fear a victim may have about the justice process with a measure that "
            "may help.</p>",
            "<p>Associez chaque crainte qu'une victime peut avoir à l'égard du processus "
            "judiciaire à une mesure qui peut l'aider.</p>",
        ),
        "pairs": [
            {
                "left": t("Seeing the accused in court", "Voir l'accusé au tribunal"),
                "right": t(
                    "A screen or closed-circuit television",
                    "Un écran ou la télévision en circuit fermé",
                ),
            },
            {
                "left": t("Being identified publicly", "Être identifiée publiquement"),
                "right": t("A publication ban", "Une ordonnance de non-publication"),
            },
            {
                "left": t("Facing the process alone", "Affronter seule le processus"),
                "right": t(
                    "A support person and victim services",
                    "Une personne de confiance et les services d'aide aux victimes",
                ),
            },
            {
                "left": t("Losing her immigration status", "Perdre son statut d'immigration"),
                "right": t("A temporary resident permit", "Un permis de séjour temporaire"),
            },
            {
                "left": t(
                    "Retaliation against her or her family",
                    "Des représailles contre elle ou sa famille",
                ),
                "right": t(
                    "The Federal Witness Protection Program, if she is eligible",
                    "Le Programme fédéral de protection des témoins, si elle est admissible",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: each fear has a measure that may answer it.",
            "Exact : chaque crainte trouve une mesure qui peut y répondre.",
        ),
        "feedback_incorrect": t(
            "Some pairs are wrong. Review how protections respond to victims' fears in the "
            "lesson on testifying.",
            "Certaines associations sont erronées. Revoyez, dans la leçon sur le témoignage, "
            "comment les mesures de protection répondent aux craintes des victimes.",
        ),
        "explanation": t(
            "<p>A screen or closed-circuit television spares the witness from seeing the "
            "accused; a publication ban protects her identity; a support person and victim "
            "services stand with her; her status does not depend on testifying; and an eligible "
            "witness can be referred by the RCMP to the Federal Witness Protection Program. "
            "Explain what exists, without promising what the court or others decide.</p>",
            "<p>Un écran ou la télévision en circuit fermé évite au témoin de voir l'accusé ; "
            "une ordonnance de non-publication protège son identité ; une personne de confiance "
            "et les services d'aide aux victimes l'accompagnent ; son statut ne dépend pas de "
            "son témoignage ; et la GRC peut orienter un témoin admissible vers le Programme "
            "fédéral de protection des témoins. Expliquez ce qui existe, sans promettre ce que "
            "le tribunal ou d'autres décident.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["testimony", "victim-centred"],
        "stem": t(
            "<p>A foreign national victim fears that if she refuses to testify, she will lose "
            "her chance to stay in Canada. What can you accurately tell her?</p>",
            "<p>Une victime étrangère craint de perdre sa chance de rester au Canada si elle "
            "refuse de témoigner. Que pouvez-vous lui dire avec exactitude ?</p>",
        ),
        "choices": [
            {
                "text": t(
                    "That victims are not required to testify to obtain temporary or permanent "
                    "resident status, and that a temporary resident permit and health care do "
                    "not depend on it",
                    "Que les victimes n'ont pas à témoigner pour obtenir le statut de résident "
                    "temporaire ou permanent, et que le permis de séjour temporaire et les soins "
                    "de santé n'en dépendent pas",
                ),
                "correct": True,
                "feedback": t(
                    "Correct. Testifying is never a condition of help.",
                    "Exact. Le témoignage n'est jamais une condition de l'aide.",
                ),
            },
            {
                "text": t(
                    "That she will be allowed to stay if she agrees to testify",
                    "Qu'elle sera autorisée à rester si elle accepte de témoigner",
                ),
                "correct": False,
                "feedback": t(
                    "Never tie immigration outcomes to cooperation, and never promise outcomes "
                    "you do not control.",
                    "Ne liez jamais un résultat en matière d'immigration à la collaboration, et "
                    "ne promettez jamais une issue qui ne dépend pas de vous.",
                ),
            },
            {
                "text": t(
                    "That immigration status is not a police matter",
                    "Que le statut d'immigration ne regarde pas la police",
                ),
                "correct": False,
                "feedback": t(
                    "Fear of removal is a major barrier. Accurate information about protections "
                    "is part of a victim-centred response.",
                    "La crainte d'un renvoi est un obstacle majeur. Une information exacte sur "
                    "les mesures de protection fait partie d'une intervention centrée sur la "
                    "victime.",
                ),
            },
            {
                "text": t(
                    "That she must decide about testifying before she can receive any help",
                    "Qu'elle doit décider si elle témoignera avant de pouvoir recevoir de l'aide",
                ),
                "correct": False,
                "feedback": t(
                    "No. Help comes first; whether to take part in a prosecution is a separate "
                    "decision, made freely.",
                    "Non. L'aide vient d'abord ; participer ou non à une poursuite est une "
                    "décision distincte, prise librement.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: her status does not depend on testifying.",
            "Exact : son statut ne dépend pas de son témoignage.",
        ),
        "feedback_incorrect": t(
            "Not quite. In Canada, help and status never depend on testifying.",
            "Pas tout à fait. Au Canada, l'aide et le statut ne dépendent jamais d'un témoignage.",
        ),
        "explanation": t(
            "<p>In Canada, victims of trafficking are not required to testify against their "
            "trafficker to obtain temporary or permanent resident status. Foreign national "
            "victims can be issued a temporary resident permit and receive health care whether "
            "or not they take part in a prosecution.</p>",
            "<p>Au Canada, les victimes de la traite n'ont pas à témoigner contre leur "
            "trafiquant pour obtenir le statut de résident temporaire ou permanent. Les "
            "victimes étrangères peuvent obtenir un permis de séjour temporaire et recevoir des "
            "soins de santé, qu'elles participent ou non à une poursuite.</p>",
        ),
    },
]

# Lesson 7: investigation and partners --------------------------------------------------------

INVESTIGATION = [
    {
        "kind": "single_choice",
        "difficulty": "easy",
        "tags": ["investigation"],
        "stem": t(
            "<p>What can the Financial Transactions and Reports Analysis Centre of Canada "
            "(FINTRAC) provide in a trafficking investigation?</p>",
            "<p>Que peut fournir le Centre d'analyse des opérations et déclarations financières "
            "du Canada (CANAFE) dans une enquête sur la traite ?</p>",
        ),
        "choices": [
            {
                "text": t(
                    "Financial intelligence on possible money laundering by suspected traffickers",
                    "Du renseignement financier sur d'éventuelles opérations de blanchiment "
                    "d'argent par des trafiquants présumés",
                ),
                "correct": True,
                "feedback": t(
                    "Correct. When appropriate, the RCMP also conducts parallel proceeds of "
                    "crime investigations.",
                    "Exact. Lorsqu'il y a lieu, la GRC mène aussi des enquêtes parallèles sur "
                    "les produits de la criminalité.",
                ),
            },
            {
                "text": t(
                    "Temporary resident permits for foreign national victims",
                    "Des permis de séjour temporaire pour les victimes étrangères",
                ),
                "correct": False,
                "feedback": t(
                    "No. Immigration officials issue temporary resident permits.",
                    "Non. Ce sont les autorités de l'immigration qui délivrent les permis de "
                    "séjour temporaire.",
                ),
            },
            {
                "text": t(
                    "Testimonial aids for witnesses", "Des aides au témoignage pour les témoins"
                ),
                "correct": False,
                "feedback": t(
                    "No. Testimonial aids are provided by the Criminal Code, and the court "
                    "decides whether they are used.",
                    "Non. Les aides au témoignage sont prévues par le Code criminel, et c'est le "
                    "tribunal qui décide si elles sont utilisées.",
                ),
            },
            {
                "text": t(
                    "The revocation of a Canadian trafficker's passport",
                    "La révocation du passeport d'un trafiquant canadien",
                ),
                "correct": False,
                "feedback": t(
                    "No. Police work with the passport authority for that.",
                    "Non. Pour cela, la police collabore avec l'autorité responsable des "
                    "passeports.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: financial intelligence.",
            "Exact : du renseignement financier.",
        ),
        "feedback_incorrect": t(
            "Not quite. FINTRAC provides financial intelligence on possible money laundering.",
            "Pas tout à fait. CANAFE fournit du renseignement financier sur d'éventuelles "
            "opérations de blanchiment d'argent.",
        ),
        "explanation": t(
            "<p>Trafficking is driven by profit, so following the money matters. FINTRAC can "
            "provide financial intelligence on possible money laundering by suspected "
            "traffickers, and financial records can corroborate what victims say.</p>",
            "<p>La traite est motivée par le profit : il importe donc de suivre l'argent. "
            "CANAFE peut fournir du renseignement financier sur d'éventuelles opérations de "
            "blanchiment d'argent par des trafiquants présumés, et les documents financiers "
            "peuvent corroborer les propos des victimes.</p>",
        ),
    },
    {
        "kind": "multiple_response",
        "difficulty": "medium",
        "tags": ["investigation"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>How can police work with the passport authority in a trafficking investigation? "
            "Select all that apply.</p>",
            "<p>Comment la police peut-elle collaborer avec l'autorité responsable des "
            "passeports dans une enquête sur la traite ? Sélectionnez toutes les réponses qui "
            "s'appliquent.</p>",
        ),
        "choices": [
            {
                "text": t(
                    "To revoke the passport of a Canadian trafficker charged with an indictable "
                    "offence",
                    "Pour faire révoquer le passeport d'un trafiquant canadien accusé d'un acte "
                    "criminel",
                ),
                "correct": True,
                "feedback": t(
                    "Yes. This is one of the tools named in the plan.",
                    "Oui. C'est l'un des outils mentionnés dans le plan.",
                ),
            },
            {
                "text": t(
                    "To add people under investigation or charged to a lookout list",
                    "Pour inscrire sur une liste de surveillance les personnes visées par une "
                    "enquête ou accusées",
                ),
                "correct": True,
                "feedback": t(
                    "Yes. A lookout list helps to detect their travel.",
                    "Oui. Une liste de surveillance aide à repérer leurs déplacements.",
                ),
            },
            {
                "text": t(
                    "To help confirm a suspect's identity",
                    "Pour aider à confirmer l'identité d'un suspect",
                ),
                "correct": True,
                "feedback": t(
                    "Yes. The passport authority can help confirm identity.",
                    "Oui. L'autorité responsable des passeports peut aider à confirmer "
                    "l'identité du suspect.",
                ),
            },
            {
                "text": t(
                    "To issue temporary resident permits to victims",
                    "Pour délivrer des permis de séjour temporaire aux victimes",
                ),
                "correct": False,
                "feedback": t(
                    "No. Immigration officials issue temporary resident permits.",
                    "Non. Ce sont les autorités de l'immigration qui délivrent les permis de "
                    "séjour temporaire.",
                ),
            },
            {
                "text": t(
                    "To obtain financial intelligence on money laundering",
                    "Pour obtenir du renseignement financier sur le blanchiment d'argent",
                ),
                "correct": False,
                "feedback": t(
                    "No. That is FINTRAC's role.",
                    "Non. C'est le rôle de CANAFE.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: revoke, add to a lookout list and confirm identity.",
            "Exact : révoquer, inscrire sur une liste de surveillance et confirmer l'identité.",
        ),
        "feedback_incorrect": t(
            "Not quite. Each partner has its own tools: permits come from immigration officials "
            "and financial intelligence from FINTRAC.",
            "Pas tout à fait. Chaque partenaire a ses propres outils : les permis relèvent des "
            "autorités de l'immigration, et le renseignement financier, de CANAFE.",
        ),
        "explanation": t(
            "<p>Police can work with the passport authority to revoke the passport of a "
            "Canadian trafficker charged with an indictable offence, to add people under "
            "investigation or charged to a lookout list, and to help confirm a suspect's "
            "identity.</p>",
            "<p>La police peut collaborer avec l'autorité responsable des passeports pour "
            "révoquer le passeport d'un trafiquant canadien accusé d'un acte criminel, pour "
            "inscrire sur une liste de surveillance les personnes visées par une enquête ou "
            "accusées, et pour aider à confirmer l'identité d'un suspect.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["investigation"],
        "stem": t(
            "<p>A community organization reports that several foreign workers on a farm live in "
            "a crowded trailer, work very long hours and seem afraid of the owner, who keeps "
            "their passports. How should the police response begin?</p>",
            "<p>Un organisme communautaire signale que plusieurs travailleurs étrangers d'une "
            "ferme vivent entassés dans une roulotte, travaillent de très longues heures et "
            "semblent avoir peur du propriétaire, qui garde leurs passeports. Par quoi "
            "l'intervention policière devrait-elle commencer ?</p>",
        ),
        "choices": [
            {
                "text": t(
                    "By planning with the community organization and victim services, "
                    "arranging interpreters and involving specialized investigators before "
                    "acting",
                    "Par une planification avec l'organisme communautaire et les services "
                    "d'aide aux victimes, en prévoyant des interprètes et en faisant appel à "
                    "des enquêteurs spécialisés avant d'agir",
                ),
                "correct": True,
                "feedback": t(
                    "Correct. Planning with partners means the workers' needs can be met as "
                    "soon as they are contacted.",
                    "Exact. Planifier avec des partenaires permet de répondre aux besoins des "
                    "travailleurs dès le premier contact.",
                ),
            },
            {
                "text": t(
                    "By going to the farm right away to ask the owner about the passports",
                    "En se rendant immédiatement à la ferme pour interroger le propriétaire au "
                    "sujet des passeports",
                ),
                "correct": False,
                "feedback": t(
                    "Alerting a suspect before victims are safe and evidence is secured can put "
                    "the victims at risk and compromise the case.",
                    "Alerter un suspect avant que les victimes soient en sécurité et que la "
                    "preuve soit préservée peut mettre les victimes en danger et compromettre "
                    "l'affaire.",
                ),
            },
            {
                "text": t(
                    "By passing the matter to the province as a labour standards complaint",
                    "En transmettant l'affaire à la province comme une plainte relative aux "
                    "normes du travail",
                ),
                "correct": False,
                "feedback": t(
                    "Labour officials are partners, but withheld passports and fear are "
                    "indicators of trafficking that call for a coordinated police response.",
                    "Les responsables du travail sont des partenaires, mais des passeports "
                    "retenus et la peur sont des indicateurs de traite qui appellent une "
                    "intervention policière coordonnée.",
                ),
            },
            {
                "text": t(
                    "By waiting until one of the workers files a formal complaint",
                    "En attendant que l'un des travailleurs porte plainte officiellement",
                ),
                "correct": False,
                "feedback": t(
                    "Victims rarely come forward. Waiting leaves the workers at risk.",
                    "Les victimes se manifestent rarement. Attendre laisse les travailleurs en "
                    "danger.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: plan with partners before acting.",
            "Exact : planifier avec des partenaires avant d'agir.",
        ),
        "feedback_incorrect": t(
            "Not the best start. Plan a coordinated approach with partners first.",
            "Ce n'est pas le meilleur point de départ. Planifiez d'abord une intervention "
            "coordonnée avec des partenaires.",
        ),
        "explanation": t(
            "<p>Effective trafficking investigations are planned with partners: interpreters "
            "for the workers' languages, victim services ready to offer shelter, and "
            "specialized investigators advising on evidence. Labour officials are partners in "
            "possible forced labour cases, not a substitute for a police response.</p>",
            "<p>Les enquêtes efficaces sur la traite sont planifiées avec des partenaires : des "
            "interprètes dans les langues des travailleurs, des services d'aide aux victimes "
            "prêts à offrir un hébergement et des enquêteurs spécialisés qui conseillent sur la "
            "preuve. Dans les cas possibles de travail forcé, les responsables du travail sont "
            "des partenaires, et non un substitut à l'intervention policière.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["investigation"],
        "stem": t(
            "<p>Several possible victims are too frightened to give formal statements. Which "
            "approach is best?</p>",
            "<p>Plusieurs victimes possibles ont trop peur pour faire une déclaration "
            "officielle. Quelle approche est la meilleure ?</p>",
        ),
        "choices": [
            {
                "text": t(
                    "Build the case from several sources, such as surveillance, financial "
                    "intelligence and seized documents, while victim services support the "
                    "victims",
                    "Bâtir la preuve à partir de plusieurs sources, comme la surveillance, le "
                    "renseignement financier et les documents saisis, pendant que les services "
                    "d'aide aux victimes soutiennent les victimes",
                ),
                "correct": True,
                "feedback": t(
                    "Correct. Corroborating evidence reduces the pressure on victims.",
                    "Exact. Une preuve corroborante réduit la pression sur les victimes.",
                ),
            },
            {
                "text": t(
                    "Close the file, since no victim will testify",
                    "Fermer le dossier, puisqu'aucune victime ne veut témoigner",
                ),
                "correct": False,
                "feedback": t(
                    "Reluctance is common. Other evidence, such as financial records and "
                    "withheld passports, can support charges.",
                    "La réticence est fréquente. D'autres éléments de preuve, comme les "
                    "documents financiers et les passeports retenus, peuvent étayer des "
                    "accusations.",
                ),
            },
            {
                "text": t(
                    "Tell the victims that the suspect will go free because of them",
                    "Dire aux victimes que le suspect sera libéré par leur faute",
                ),
                "correct": False,
                "feedback": t(
                    "Pressure and blame repeat the trafficker's tactics and drive victims away.",
                    "La pression et les reproches reproduisent les tactiques du trafiquant et "
                    "éloignent les victimes.",
                ),
            },
            {
                "text": t(
                    "Promise the victims immigration status in exchange for statements",
                    "Promettre aux victimes un statut d'immigration en échange de leurs "
                    "déclarations",
                ),
                "correct": False,
                "feedback": t(
                    "Never promise immigration outcomes, and never tie them to cooperation.",
                    "Ne promettez jamais un résultat en matière d'immigration, et ne le liez "
                    "jamais à la collaboration.",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: several sources of evidence, with victims supported throughout.",
            "Exact : plusieurs sources de preuve, et des victimes soutenues tout au long du "
            "processus.",
        ),
        "feedback_incorrect": t(
            "Not the best approach. A trafficking case should not rest on a frightened victim "
            "alone.",
            "Ce n'est pas la meilleure approche. Une affaire de traite ne devrait pas reposer "
            "sur une seule victime apeurée.",
        ),
        "explanation": t(
            "<p>Because victims rarely come forward, a trafficking investigation cannot rest on "
            "a victim's statement alone. Techniques such as undercover operations, electronic "
            "surveillance and financial intelligence, along with seized documents, let "
            "investigators corroborate what victims say, or proceed when they are not ready to "
            "speak.</p>",
            "<p>Comme les victimes se manifestent rarement, une enquête sur la traite ne peut "
            "pas reposer sur la seule déclaration d'une victime. Des techniques comme les "
            "opérations d'infiltration, la surveillance électronique et le renseignement "
            "financier, ainsi que les documents saisis, permettent aux enquêteurs de corroborer "
            "les propos des victimes, ou d'aller de l'avant lorsqu'elles ne sont pas prêtes à "
            "parler.</p>",
        ),
    },
]

BANK = {
    "course_slug": "trafficking-in-persons-police-cadets",
    "title": t(
        "Trafficking in persons, law and victim-centred policing: question bank",
        "La traite de personnes, droit et intervention policière centrée sur la victime : "
        "banque de questions",
    ),
    "description": t(
        "Questions on the seven lessons of the course: trafficking in Canada, the Criminal Code "
        "offences, the meaning of exploitation, why victims do not come forward, a "
        "victim-centred approach, aids and protections for testimony, and investigation and "
        "partners.",
        "Questions portant sur les sept leçons du cours : la traite au Canada, les infractions "
        "du Code criminel, la notion d'exploitation, les raisons pour lesquelles les victimes "
        "ne se manifestent pas, l'approche centrée sur la victime, les aides et les mesures de "
        "protection liées au témoignage, ainsi que l'enquête et les partenaires.",
    ),
    "topic": "law",
    "scenarios": [HOTEL_CALL],
    "questions": DEFINITIONS + LAW + BARRIERS + VICTIM_CENTRED + TESTIMONY + INVESTIGATION,
    "quiz": {
        "title": t(
            "Final assessment: trafficking in persons, law and victim-centred policing",
            "Évaluation finale : la traite de personnes, droit et intervention policière "
            "centrée sur la victime",
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
