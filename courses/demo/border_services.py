"""Demo course: human trafficking awareness for border services officers.

Written from the facts of Canada's National Action Plan to Combat Human Trafficking (2012).
Lesson bodies are written once, with each text in English and French side by side (``t``);
``lesson`` then builds the two parallel bodies, ``body_en`` and ``body_fr``, so that the
block types, list lengths, scenario keys and answers are the same in both languages.
"""

from __future__ import annotations

from courses.demo.bilingual import ILLUSTRATIVE, both, lesson, t

# Lesson 1 -----------------------------------------------------------------------------------

UNDERSTANDING = lesson(
    slug="understanding-human-trafficking",
    slug_fr="comprendre-la-traite-de-personnes",
    title=t("Understanding human trafficking", "Comprendre la traite de personnes"),
    summary=t(
        "What human trafficking is, who it affects in Canada, and why it does not require "
        "crossing a border.",
        "Ce qu'est la traite de personnes, qui elle touche au Canada et pourquoi elle "
        "n'exige pas le franchissement d'une frontière.",
    ),
    minutes=12,
    body=[
        (
            "heading",
            {
                "text": t(
                    "A crime of control and exploitation",
                    "Un crime de contrôle et d'exploitation",
                ),
                "level": "h2",
            },
        ),
        (
            "paragraph",
            t(
                "<p>Human trafficking is the recruitment, transportation or harbouring of a "
                "person, or the exercise of control, direction or influence over their "
                "movements, in order to exploit them. The exploitation is most often sexual "
                "exploitation or forced labour. Because victims lose their freedom while "
                "someone else profits from their labour or sexual services, the crime is often "
                "called a modern form of slavery.</p>"
                "<p>Traffickers may be organized criminal networks or individuals, and they "
                "operate both within Canada and across borders. They keep control through a "
                "range of coercive practices: taking away passports and identity documents, "
                "threats and intimidation, physical violence, sexual abuse and isolation. "
                "Threats are often aimed at the victim's family, including relatives in "
                "another country.</p>",
                "<p>La traite de personnes consiste à recruter, à transporter ou à héberger "
                "une personne, ou à exercer un contrôle, une direction ou une influence sur "
                "ses déplacements, dans le but de l'exploiter. Il s'agit le plus souvent "
                "d'exploitation sexuelle ou de travail forcé. Parce que la victime perd sa "
                "liberté pendant qu'une autre personne tire profit de son travail ou de ses "
                "services sexuels, on parle souvent d'une forme moderne d'esclavage.</p>"
                "<p>Les trafiquants peuvent être des réseaux criminels organisés ou des "
                "individus, et ils agissent tant au Canada qu'au-delà des frontières. Ils "
                "maintiennent leur emprise par diverses pratiques coercitives : confiscation "
                "des passeports et des pièces d'identité, menaces et intimidation, violence "
                "physique, agressions sexuelles et isolement. Les menaces visent souvent la "
                "famille de la victime, y compris des proches restés dans un autre pays.</p>",
            ),
        ),
        (
            "callout",
            {
                "kind": "information",
                "title": t("No border needs to be crossed", "Aucune frontière à franchir"),
                "body": t(
                    "<p>Trafficking does not require crossing an international border. A "
                    "person can be trafficked without ever leaving Canada, even by being moved "
                    "from one part of a city to another. In Canada, trafficking for sexual "
                    "exploitation is, to date, the most common form identified, and the vast "
                    "majority of victims are Canadian women and children.</p>"
                    "<p>For a border services officer, this means that a traveller entering "
                    "Canada may be on the way to exploitation, and that a person leaving or "
                    "returning to Canada may also be a victim, whatever their citizenship.</p>",
                    "<p>La traite n'exige pas le franchissement d'une frontière internationale. "
                    "Une personne peut en être victime sans jamais quitter le Canada, par "
                    "exemple en étant déplacée d'un quartier à l'autre d'une même ville. Au "
                    "Canada, la traite à des fins d'exploitation sexuelle est, à ce jour, la "
                    "forme la plus souvent relevée, et la grande majorité des victimes sont des "
                    "femmes et des enfants canadiens.</p>"
                    "<p>Pour l'agent des services frontaliers, cela signifie que le voyageur "
                    "qui entre au Canada peut être en route vers une situation d'exploitation, "
                    "et qu'une personne qui quitte le Canada ou y revient peut elle aussi être "
                    "une victime, quelle que soit sa citoyenneté.</p>",
                ),
            },
        ),
        (
            "accordion",
            {
                "title": t(
                    "Trafficking in Canada: what we know",
                    "La traite au Canada : ce que l'on sait",
                ),
                "items": [
                    {
                        "heading": t("Where it happens", "Où elle se produit"),
                        "body": t(
                            "<p>Trafficking often takes place in large urban centres, but it "
                            "also occurs in smaller cities and communities. Investigations of "
                            "trafficking for forced labour have led to charges in Alberta, "
                            "Ontario and British Columbia, and the cases identified so far "
                            "suggest that forced labour is more common in Alberta and "
                            "Ontario.</p>",
                            "<p>La traite se produit souvent dans les grands centres urbains, "
                            "mais aussi dans des villes et des collectivités plus petites. Des "
                            "enquêtes sur la traite à des fins de travail forcé ont mené à des "
                            "accusations en Alberta, en Ontario et en Colombie-Britannique, et "
                            "les cas relevés jusqu'ici donnent à penser que le travail forcé "
                            "est plus répandu en Alberta et en Ontario.</p>",
                        ),
                    },
                    {
                        "heading": t("Who is at risk", "Qui est à risque"),
                        "body": t(
                            "<p>Men, women and children can all be victims, but women and "
                            "children are the primary victims. People who are socially or "
                            "economically disadvantaged face a higher risk, including:</p>"
                            "<ul>"
                            "<li>some Indigenous women, youth and children;</li>"
                            "<li>migrants and new immigrants, including migrant workers;</li>"
                            "<li>teenaged runaways and children in the care of child "
                            "protection services;</li>"
                            "<li>girls and women who are lured to large cities, or who move "
                            "there on their own.</li>"
                            "</ul>",
                            "<p>Les hommes, les femmes et les enfants peuvent tous être "
                            "victimes, mais les femmes et les enfants sont les principales "
                            "victimes. Les personnes socialement ou économiquement défavorisées "
                            "courent un risque accru, notamment :</p>"
                            "<ul>"
                            "<li>certaines femmes, certains jeunes et certains enfants "
                            "autochtones ;</li>"
                            "<li>les migrants et les nouveaux immigrants, y compris les "
                            "travailleurs migrants ;</li>"
                            "<li>les adolescents en fugue et les enfants pris en charge par les "
                            "services de protection de l'enfance ;</li>"
                            "<li>les filles et les femmes attirées vers les grandes villes, ou "
                            "qui s'y installent de leur propre chef.</li>"
                            "</ul>",
                        ),
                    },
                    {
                        "heading": t(
                            "Where foreign national victims come from",
                            "D'où viennent les victimes étrangères",
                        ),
                        "body": t(
                            "<p>The RCMP's first national threat assessment, covering 2005 to "
                            "2009, found that non-Canadian victims were often brought to Canada "
                            "from countries in Asia, notably Thailand, Cambodia, Malaysia and "
                            "Vietnam, and from Eastern Europe. Labour trafficking "
                            "investigations have involved men and women from the Philippines, "
                            "India, Poland, China, Ethiopia, Mexico, Thailand and Hungary.</p>"
                            "<p>These patterns help to target awareness and training. They are "
                            "never a reason to treat a traveller as a suspect, or as a victim, "
                            "because of nationality alone.</p>",
                            "<p>La première évaluation nationale de la menace de la GRC, qui "
                            "portait sur les années 2005 à 2009, a révélé que les victimes non "
                            "canadiennes étaient souvent amenées au Canada depuis des pays "
                            "d'Asie, notamment la Thaïlande, le Cambodge, la Malaisie et le "
                            "Vietnam, ainsi que d'Europe de l'Est. Les enquêtes sur la traite à "
                            "des fins de travail forcé ont concerné des hommes et des femmes "
                            "originaires des Philippines, de l'Inde, de la Pologne, de la "
                            "Chine, de l'Éthiopie, du Mexique, de la Thaïlande et de la "
                            "Hongrie.</p>"
                            "<p>Ces tendances aident à cibler la sensibilisation et la "
                            "formation. Elles ne justifient jamais de traiter un voyageur en "
                            "suspect, ou en victime, en raison de sa seule nationalité.</p>",
                        ),
                    },
                    {
                        "heading": t(
                            "Why it is hard to detect", "Pourquoi elle est difficile à détecter"
                        ),
                        "body": t(
                            "<p>Trafficking is hidden. Victims and witnesses are often "
                            "reluctant to come forward, and cases go unreported because of "
                            "manipulation, fear, threats, shame, language barriers and "
                            "mistrust of authorities. The crime is often described as low "
                            "risk and high reward: it is difficult to detect and investigate, "
                            "and a victim can be exploited over and over for the trafficker's "
                            "profit.</p>",
                            "<p>La traite est un crime caché. Les victimes et les témoins "
                            "hésitent souvent à se manifester, et bien des cas ne sont jamais "
                            "signalés en raison de la manipulation, de la peur, des menaces, de "
                            "la honte, de la barrière de la langue et de la méfiance envers les "
                            "autorités. On dit souvent de ce crime qu'il comporte peu de "
                            "risques et rapporte gros : il est difficile à détecter et à "
                            "enquêter, et une victime peut être exploitée encore et encore au "
                            "profit du trafiquant.</p>",
                        ),
                    },
                ],
            },
        ),
        (
            "case_excerpt",
            {
                "quote": t(
                    "A victim in a forced labour case said that the workers had been treated "
                    "like dogs kept on a short leash. Long afterwards, the victim still did not "
                    "go out after dark because of the threats, and had received threats "
                    "against their mother in Hungary.",
                    "Une victime d'une affaire de travail forcé a raconté que les travailleurs "
                    "étaient traités comme des chiens tenus en laisse courte. Longtemps après, "
                    "elle ne sortait toujours pas une fois la nuit tombée à cause des menaces, "
                    "et sa mère, restée en Hongrie, avait elle aussi été menacée.",
                ),
                "citation": t(
                    "Victim impact statement in a Hamilton forced labour case, as quoted in "
                    "the National Action Plan (2012), paraphrased",
                    "Déclaration de la victime dans une affaire de travail forcé à Hamilton, "
                    "citée dans le Plan d'action national (2012), en paraphrase",
                ),
                "note": t(
                    "<p>The control continued after the work ended, and threats against a "
                    "relative abroad kept their hold. Fear of this kind is one reason why "
                    "victims rarely ask for help, even when an officer is standing in front of "
                    "them.</p>",
                    "<p>L'emprise a persisté après la fin du travail, et les menaces visant une "
                    "proche à l'étranger ont maintenu leur effet. Ce genre de peur explique en "
                    "partie pourquoi les victimes demandent rarement de l'aide, même "
                    "lorsqu'un agent se trouve devant elles.</p>",
                ),
            },
        ),
        (
            "glossary",
            {
                "title": t("Key terms", "Termes clés"),
                "terms": [
                    {
                        "term": t("Human trafficking", "Traite de personnes"),
                        "definition": t(
                            "Recruiting, moving, holding or controlling a person in order to "
                            "exploit them, usually through sexual exploitation or forced "
                            "labour.",
                            "Fait de recruter, de déplacer, de détenir ou de contrôler une "
                            "personne afin de l'exploiter, généralement par l'exploitation "
                            "sexuelle ou le travail forcé.",
                        ),
                    },
                    {
                        "term": t("Exploitation", "Exploitation"),
                        "definition": t(
                            "Causing a person to provide labour or services through conduct "
                            "that could reasonably lead them to believe that their safety, or "
                            "the safety of someone they know, would be threatened if they "
                            "refused.",
                            "Fait d'amener une personne à fournir un travail ou des services "
                            "par des agissements qui pourraient raisonnablement lui faire "
                            "croire que sa sécurité, ou celle d'une personne qu'elle connaît, "
                            "serait menacée si elle refusait.",
                        ),
                    },
                    {
                        "term": t("Trafficker", "Trafiquant"),
                        "definition": t(
                            "A person or group who recruits, moves or controls a victim in "
                            "order to exploit them, or who helps someone else do so.",
                            "Personne ou groupe qui recrute, déplace ou contrôle une victime "
                            "afin de l'exploiter, ou qui aide quelqu'un d'autre à le faire.",
                        ),
                    },
                    {
                        "term": t("Victim or survivor", "Victime ou survivant"),
                        "definition": t(
                            "A person who has been trafficked. Many people prefer the word "
                            "survivor once they are out of the situation. Use the term the "
                            "person prefers.",
                            "Personne qui a fait l'objet de la traite. Bien des personnes "
                            "préfèrent le terme « survivant » ou « survivante » une fois "
                            "sorties de cette situation. Employez le terme que la personne "
                            "préfère.",
                        ),
                    },
                    {
                        "term": t("Foreign national", "Ressortissant étranger"),
                        "definition": t(
                            "A person who is neither a Canadian citizen nor a permanent resident.",
                            "Personne qui n'est ni citoyen canadien ni résident permanent.",
                        ),
                    },
                ],
            },
        ),
        (
            "heading",
            {
                "text": t(
                    "Why this matters at the border", "Pourquoi c'est important à la frontière"
                ),
                "level": "h2",
            },
        ),
        (
            "paragraph",
            t(
                "<p>Border services officers are often among the first officials to meet a "
                "foreign national victim, sometimes before the exploitation has even begun. "
                "Under the National Action Plan, every new border services officer receives "
                "human trafficking awareness training, and officers are briefed regularly on "
                "detection methods and indicators so that they can identify and intercept both "
                "victims and traffickers.</p>",
                "<p>Les agents des services frontaliers sont souvent parmi les premiers "
                "représentants de l'État à rencontrer une victime étrangère, parfois avant "
                "même que l'exploitation ait commencé. En vertu du Plan d'action national, "
                "chaque nouvel agent des services frontaliers reçoit une formation de "
                "sensibilisation à la traite de personnes, et les agents sont informés "
                "régulièrement des méthodes de détection et des indicateurs afin de pouvoir "
                "repérer et intercepter tant les victimes que les trafiquants.</p>",
            ),
        ),
        (
            "knowledge_check",
            {
                "question": t(
                    "A young woman who has never left Ontario is made to provide sexual "
                    "services in two cities, under threats from the man who controls her. Can "
                    "this be human trafficking?",
                    "Une jeune femme qui n'a jamais quitté l'Ontario est forcée de fournir des "
                    "services sexuels dans deux villes, sous les menaces de l'homme qui la "
                    "contrôle. Peut-il s'agir de traite de personnes ?",
                ),
                "choices": [
                    {
                        "text": t(
                            "Yes. Trafficking does not require crossing a border.",
                            "Oui. La traite n'exige pas le franchissement d'une frontière.",
                        ),
                        "is_correct": True,
                        "feedback": t(
                            "Correct. Moving a person within Canada, or simply controlling "
                            "them, can be enough when the purpose is to exploit them.",
                            "Exact. Déplacer une personne à l'intérieur du Canada, ou "
                            "simplement la contrôler, peut suffire lorsque le but est de "
                            "l'exploiter.",
                        ),
                    },
                    {
                        "text": t(
                            "No. Trafficking always involves bringing a person into Canada.",
                            "Non. La traite suppose toujours de faire entrer une personne au "
                            "Canada.",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "Not quite. Bringing people into Canada is the focus of one "
                            "offence, in the immigration act, but the Criminal Code offences "
                            "apply to trafficking that happens entirely within the country.",
                            "Pas tout à fait. L'entrée au Canada est au cœur d'une infraction, "
                            "celle de la loi sur l'immigration, mais les infractions du Code "
                            "criminel s'appliquent à la traite qui se déroule entièrement au "
                            "pays.",
                        ),
                    },
                    {
                        "text": t(
                            "Only if she is paid nothing at all.",
                            "Seulement si elle ne reçoit aucun paiement.",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "Payment does not decide the question. What matters is control "
                            "for the purpose of exploitation, through threats or other "
                            "coercion.",
                            "Le paiement ne règle pas la question. Ce qui compte, c'est le "
                            "contrôle exercé dans le but d'exploiter, au moyen de menaces ou "
                            "d'autres formes de contrainte.",
                        ),
                    },
                ],
                "explanation": t(
                    "<p>Trafficking can occur whether a victim is taken to another country or "
                    "only moved from one place to another within the same country. In Canada, "
                    "most victims identified to date are Canadian women and children "
                    "trafficked for sexual exploitation.</p>",
                    "<p>La traite peut avoir lieu que la victime soit emmenée dans un autre "
                    "pays ou simplement déplacée d'un endroit à un autre à l'intérieur d'un "
                    "même pays. Au Canada, la plupart des victimes repérées à ce jour sont des "
                    "femmes et des enfants canadiens exploités sexuellement.</p>",
                ),
            },
        ),
    ],
)


# Lesson 2 -----------------------------------------------------------------------------------

TRAFFICKING_OR_SMUGGLING = lesson(
    slug="trafficking-versus-smuggling",
    slug_fr="traite-ou-passage-de-clandestins",
    title=t(
        "Trafficking or migrant smuggling?",
        "Traite de personnes ou passage de clandestins ?",
    ),
    summary=t(
        "Trafficking and migrant smuggling differ on consent, on what happens after arrival "
        "and on whether a border is crossed.",
        "La traite et le passage de clandestins se distinguent par le consentement, par ce "
        "qui se passe après l'arrivée et par le franchissement ou non d'une frontière.",
    ),
    minutes=12,
    body=[
        ("heading", {"text": t("Two different crimes", "Deux crimes distincts"), "level": "h2"}),
        (
            "paragraph",
            t(
                "<p>At a port of entry, human trafficking and migrant smuggling can look "
                "alike: both may involve irregular travel, false documents or a third party "
                "who organized the trip. They are nonetheless different crimes. A smuggled "
                "migrant has paid for a service. A trafficking victim is the object of ongoing "
                "exploitation. The United Nations Office on Drugs and Crime points to three "
                "key differences: consent, exploitation and transnationality.</p>",
                "<p>Au point d'entrée, la traite de personnes et le passage de clandestins "
                "peuvent se ressembler : dans les deux cas, on peut observer un voyage "
                "irrégulier, de faux documents ou un tiers qui a organisé le trajet. Il s'agit "
                "pourtant de crimes distincts. Le migrant qui fait appel à un passeur a payé "
                "pour un service. La victime de la traite, elle, fait l'objet d'une "
                "exploitation continue. L'Office des Nations Unies contre la drogue et le "
                "crime relève trois différences essentielles : le consentement, "
                "l'exploitation et la transnationalité.</p>",
            ),
        ),
        (
            "comparison_table",
            {
                "caption": t(
                    "Migrant smuggling compared with human trafficking",
                    "Comparaison entre le passage de clandestins et la traite de personnes",
                ),
                "row_heading": t("Point of comparison", "Élément de comparaison"),
                "columns": [
                    t("Migrant smuggling", "Passage de clandestins"),
                    t("Human trafficking", "Traite de personnes"),
                ],
                "rows": [
                    {
                        "label": t("Consent", "Consentement"),
                        "cells": [
                            t(
                                "The migrant agrees to be smuggled, even when the conditions "
                                "are dangerous or degrading.",
                                "Le migrant consent à faire appel au passeur, même lorsque "
                                "les conditions sont dangereuses ou dégradantes.",
                            ),
                            t(
                                "The victim never agreed, or any initial agreement was made "
                                "meaningless by the trafficker's coercion, deception or "
                                "abuse.",
                                "La victime n'a jamais consenti, ou son consentement initial "
                                "a été vidé de son sens par la contrainte, la tromperie ou les "
                                "mauvais traitements du trafiquant.",
                            ),
                        ],
                    },
                    {
                        "label": t("Exploitation after arrival", "Exploitation après l'arrivée"),
                        "cells": [
                            t(
                                "The relationship ends when the migrant reaches the destination.",
                                "La relation prend fin lorsque le migrant arrive à destination.",
                            ),
                            t(
                                "The exploitation continues after arrival, often for months "
                                "or years.",
                                "L'exploitation se poursuit après l'arrivée, souvent pendant "
                                "des mois ou des années.",
                            ),
                        ],
                    },
                    {
                        "label": t("Crossing a border", "Franchissement d'une frontière"),
                        "cells": [
                            t(
                                "Always transnational: an international border is crossed.",
                                "Toujours transnational : une frontière internationale est "
                                "franchie.",
                            ),
                            t(
                                "Not necessarily transnational: a victim can be moved within "
                                "one country, or not moved at all.",
                                "Pas forcément transnationale : la victime peut être déplacée "
                                "à l'intérieur d'un même pays, ou ne pas être déplacée du "
                                "tout.",
                            ),
                        ],
                    },
                    {
                        "label": t("Source of profit", "Source du profit"),
                        "cells": [
                            t("A fee paid for the journey.", "Le prix payé pour le trajet."),
                            t(
                                "The repeated exploitation of the victim's labour or sexual "
                                "services.",
                                "L'exploitation répétée du travail ou des services sexuels de "
                                "la victime.",
                            ),
                        ],
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": t(
                    "Smuggling can turn into trafficking",
                    "Le passage de clandestins peut se transformer en traite",
                ),
                "body": t(
                    "<p>A person who willingly paid to be smuggled can become a trafficking "
                    "victim. If, on arrival, the people who arranged the trip take the "
                    "person's documents, force them to work or to provide sexual services, or "
                    "threaten them or their family, the situation is no longer only "
                    "smuggling. Agreeing to a journey is not agreeing to exploitation, and "
                    "under the <em>Criminal Code</em> a victim cannot validly consent to the "
                    "trafficking activity itself.</p>",
                    "<p>Une personne qui a payé de son plein gré un passeur peut devenir une "
                    "victime de la traite. Si, à l'arrivée, les personnes qui ont organisé le "
                    "voyage lui prennent ses documents, la forcent à travailler ou à fournir "
                    "des services sexuels, ou la menacent, elle ou sa famille, il ne s'agit "
                    "plus seulement de passage de clandestins. Accepter un voyage, ce n'est pas "
                    "accepter l'exploitation, et selon le <em>Code criminel</em>, une victime "
                    "ne peut pas consentir valablement à l'activité de traite elle-même.</p>",
                ),
            },
        ),
        (
            "case_excerpt",
            {
                "quote": t(
                    "Four travellers arrive on the same flight. Each holds a visitor visa, and "
                    "all give the same address and the same vague account of their plans. One "
                    "of them, questioned alone, says that a recruiter in her home country "
                    "arranged everything and that she will “work off the cost of the trip” at "
                    "a job the recruiter will choose for her once she arrives.",
                    "Quatre voyageurs arrivent par le même vol. Chacun est titulaire d'un visa "
                    "de visiteur, et tous donnent la même adresse et la même description vague "
                    "de leurs projets. L'une d'eux, interrogée seule, explique qu'un recruteur "
                    "de son pays d'origine a tout organisé et qu'elle devra « rembourser le "
                    "voyage en travaillant » à un emploi que le recruteur choisira pour elle à "
                    "son arrivée.",
                ),
                "citation": ILLUSTRATIVE,
                "note": t(
                    "<p>On its own, a group arriving with a shared itinerary could suggest "
                    "organized travel or smuggling. The traveller's statement changes the "
                    "picture: a job chosen by someone else and a debt to be worked off point "
                    "to possible exploitation after arrival. That is a trafficking concern, "
                    "and it calls for a careful, private conversation.</p>",
                    "<p>À lui seul, un groupe qui arrive avec un itinéraire commun pourrait "
                    "évoquer un voyage organisé ou un passage de clandestins. La déclaration "
                    "de la voyageuse change la donne : un emploi choisi par un tiers et une "
                    "dette à rembourser par le travail laissent entrevoir une exploitation "
                    "après l'arrivée. C'est un signe possible de traite, qui appelle une "
                    "conversation attentive, en privé.</p>",
                ),
            },
        ),
        (
            "heading",
            {
                "text": t("Why the distinction matters", "Pourquoi la distinction compte"),
                "level": "h2",
            },
        ),
        (
            "paragraph",
            t(
                "<p>How you read the situation shapes how you treat the person in front of "
                "you. A trafficking victim is first and foremost the victim of a serious "
                "crime: the priorities are their safety, their separation from the trafficker "
                "and their access to care. Foreign national victims of trafficking can be "
                "issued a temporary resident permit, and they do not have to testify against "
                "their trafficker to obtain temporary or permanent resident status.</p>"
                "<p>When in doubt, keep an open mind, look at the whole situation rather than "
                "only at how the person arrived, and refer according to your agency's "
                "procedures.</p>",
                "<p>La façon dont vous interprétez la situation détermine la façon dont vous "
                "traitez la personne qui se trouve devant vous. Une victime de la traite est "
                "avant tout la victime d'un crime grave : les priorités sont sa sécurité, sa "
                "séparation d'avec le trafiquant et son accès aux soins. Les victimes "
                "étrangères de la traite peuvent obtenir un permis de séjour temporaire, et "
                "elles n'ont pas à témoigner contre leur trafiquant pour obtenir le statut de "
                "résident temporaire ou permanent.</p>"
                "<p>En cas de doute, gardez l'esprit ouvert, examinez l'ensemble de la "
                "situation plutôt que la seule façon dont la personne est arrivée, et "
                "orientez-la selon les procédures de votre organisme.</p>",
            ),
        ),
        (
            "scenario",
            {
                "title": t("A group arrival", "Une arrivée en groupe"),
                "intro": t(
                    "<p>You are a border services officer in secondary inspection at an "
                    "international airport. Four young adults have been referred to you with "
                    "a man who says he is their travel organizer. He paid for their tickets. "
                    "The travellers say they are coming to work.</p>",
                    "<p>Vous êtes agent des services frontaliers à l'inspection secondaire "
                    "d'un aéroport international. Quatre jeunes adultes vous sont dirigés en "
                    "compagnie d'un homme qui se présente comme l'organisateur de leur voyage. "
                    "C'est lui qui a payé leurs billets. Les voyageurs disent venir au Canada "
                    "pour travailler.</p>",
                ),
                "steps": [
                    {
                        "key": "first-look",
                        "situation": t(
                            "<p>The organizer insists on staying with the group and answers "
                            "every question for them. He holds all four passports in a folder. "
                            "Two of the travellers look at him before saying anything.</p>"
                            "<p>What do you do first?</p>",
                            "<p>L'organisateur insiste pour rester avec le groupe et répond à "
                            "toutes les questions à sa place. Il garde les quatre passeports "
                            "dans une chemise. Deux des voyageurs le regardent avant de dire "
                            "quoi que ce soit.</p>"
                            "<p>Que faites-vous d'abord ?</p>",
                        ),
                        "choices": [
                            {
                                "label": t(
                                    "Examine each traveller separately, away from the organizer.",
                                    "Examiner chaque voyageur séparément, à l'écart de "
                                    "l'organisateur.",
                                ),
                                "consequence": t(
                                    "<p>A colleague stays with the organizer while you take "
                                    "the first traveller, a young woman, to a private "
                                    "interview room. She seems more at ease once he is out of "
                                    "sight.</p>",
                                    "<p>Un collègue reste avec l'organisateur pendant que vous "
                                    "conduisez la première voyageuse, une jeune femme, dans une "
                                    "salle d'entrevue. Elle semble plus détendue une fois "
                                    "qu'il n'est plus en vue.</p>",
                                ),
                                "feedback": t(
                                    "Good choice. Speaking to each person privately removes "
                                    "the person who may be controlling them and gives them a "
                                    "chance to speak freely.",
                                    "Bon choix. Parler à chaque personne en privé l'éloigne de "
                                    "celui qui la contrôle peut-être et lui donne l'occasion de "
                                    "s'exprimer librement.",
                                ),
                                "is_best": True,
                                "next_step": "private-interview",
                            },
                            {
                                "label": t(
                                    "Let the organizer answer, since he speaks English and "
                                    "they do not.",
                                    "Laisser l'organisateur répondre, puisqu'il parle anglais "
                                    "et pas eux.",
                                ),
                                "consequence": t(
                                    "<p>The organizer gives smooth answers for everyone. You "
                                    "learn nothing from the travellers themselves, and he now "
                                    "knows you are looking closely. Your superintendent "
                                    "suggests that you speak with each traveller alone, with "
                                    "an interpreter.</p>",
                                    "<p>L'organisateur répond avec aisance pour tout le monde. "
                                    "Vous n'apprenez rien des voyageurs eux-mêmes, et il sait "
                                    "maintenant que vous les examinez de près. Votre "
                                    "surintendant vous suggère de parler à chaque voyageur "
                                    "seul, avec un interprète.</p>",
                                ),
                                "feedback": t(
                                    "A companion who may be the controller should never act "
                                    "as spokesperson or interpreter. Use an independent "
                                    "interpreter and speak with each person privately.",
                                    "Un accompagnateur qui contrôle peut-être les voyageurs ne "
                                    "doit jamais servir de porte-parole ni d'interprète. Faites "
                                    "appel à un interprète indépendant et parlez à chaque "
                                    "personne en privé.",
                                ),
                                "is_best": False,
                                "next_step": "private-interview",
                            },
                            {
                                "label": t(
                                    "Conclude that it is a smuggling case and process the "
                                    "group together.",
                                    "Conclure à un passage de clandestins et traiter le "
                                    "dossier du groupe en bloc.",
                                ),
                                "consequence": t(
                                    "<p>You process the group as a smuggling matter. The "
                                    "travellers leave with the organizer, who keeps their "
                                    "passports. If they were trafficking victims, the chance "
                                    "to reach them has passed.</p>",
                                    "<p>Vous traitez le groupe comme un cas de passage de "
                                    "clandestins. Les voyageurs repartent avec "
                                    "l'organisateur, qui garde leurs passeports. S'il "
                                    "s'agissait de victimes de la traite, l'occasion de les "
                                    "aider est perdue.</p>",
                                ),
                                "feedback": t(
                                    "Deciding too early closes the door. Documents held by a "
                                    "third party and a spokesperson who answers for everyone "
                                    "call for a closer, private look, not a quick label.",
                                    "Trancher trop tôt ferme la porte. Des documents gardés par "
                                    "un tiers et un porte-parole qui répond pour tous exigent "
                                    "un examen plus attentif, en privé, et non une étiquette "
                                    "hâtive.",
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                    {
                        "key": "private-interview",
                        "situation": t(
                            "<p>With an independent interpreter on the telephone, the young "
                            "woman tells you that the organizer promised her a job in a "
                            "restaurant. She did not pay for her ticket: she is to repay it "
                            "from her wages, and the organizer now says she owes several times "
                            "the price of the ticket. She does not know the restaurant's name "
                            "or address. Asked about her passport, she says the organizer "
                            "keeps it “so it is safe”.</p>"
                            "<p>How do you read this?</p>",
                            "<p>Avec l'aide d'un interprète indépendant au téléphone, la jeune "
                            "femme vous explique que l'organisateur lui a promis un emploi dans "
                            "un restaurant. Elle n'a pas payé son billet : elle doit le "
                            "rembourser sur son salaire, et l'organisateur affirme maintenant "
                            "qu'elle lui doit plusieurs fois le prix du billet. Elle ne connaît "
                            "ni le nom ni l'adresse du restaurant. Quand vous l'interrogez sur "
                            "son passeport, elle dit que l'organisateur le garde « pour qu'il "
                            "soit en sécurité ».</p>"
                            "<p>Comment interprétez-vous la situation ?</p>",
                        ),
                        "choices": [
                            {
                                "label": t(
                                    "Possible trafficking: treat her as a possible victim and "
                                    "keep assessing.",
                                    "Traite possible : la traiter comme une victime possible "
                                    "et poursuivre l'évaluation.",
                                ),
                                "consequence": t(
                                    "<p>You note the indicators: a third party holding her "
                                    "passport, a debt that keeps growing, a job she knows "
                                    "nothing about and a companion who speaks for her. "
                                    "Through the interpreter, you explain in plain language "
                                    "that part of your role is to make sure travellers are "
                                    "safe.</p>",
                                    "<p>Vous notez les indicateurs : un tiers qui détient son "
                                    "passeport, une dette qui ne cesse de grossir, un emploi "
                                    "dont elle ne sait rien et un accompagnateur qui parle à sa "
                                    "place. Par l'entremise de l'interprète, vous lui "
                                    "expliquez simplement que votre rôle consiste aussi à "
                                    "veiller à la sécurité des voyageurs.</p>",
                                ),
                                "feedback": t(
                                    "Right. No single sign proves trafficking, but together "
                                    "these point to possible ongoing exploitation. Treat her "
                                    "as a possible victim while the facts are established.",
                                    "Exact. Aucun signe ne prouve à lui seul la traite, mais "
                                    "ensemble, ceux-ci laissent entrevoir une exploitation "
                                    "continue. Traitez-la comme une victime possible pendant "
                                    "que les faits sont établis.",
                                ),
                                "is_best": True,
                                "next_step": "next-steps",
                            },
                            {
                                "label": t(
                                    "Migrant smuggling: she agreed to travel and to repay the "
                                    "fare.",
                                    "Passage de clandestins : elle a accepté le voyage et le "
                                    "remboursement du billet.",
                                ),
                                "consequence": t(
                                    "<p>You record the case as smuggling. Reviewing the file, "
                                    "your superintendent points out that a growing debt, a "
                                    "withheld passport and a job she knows nothing about all "
                                    "suggest exploitation after arrival, which smuggling does "
                                    "not involve.</p>",
                                    "<p>Vous consignez le cas comme un passage de clandestins. "
                                    "En relisant le dossier, votre surintendant fait remarquer "
                                    "qu'une dette croissante, un passeport retenu et un emploi "
                                    "inconnu évoquent une exploitation après l'arrivée, ce que "
                                    "le passage de clandestins ne comporte pas.</p>",
                                ),
                                "feedback": t(
                                    "Agreeing to travel is not agreeing to exploitation. "
                                    "Smuggling ends on arrival. Here, the control is set to "
                                    "continue after arrival.",
                                    "Accepter de voyager, ce n'est pas accepter d'être "
                                    "exploité. Le passage de clandestins prend fin à "
                                    "l'arrivée. Ici, le contrôle doit se poursuivre après "
                                    "l'arrivée.",
                                ),
                                "is_best": False,
                                "next_step": "next-steps",
                            },
                            {
                                "label": t(
                                    "Her story has gaps, so she is not credible.",
                                    "Son récit comporte des lacunes : elle n'est donc pas "
                                    "crédible.",
                                ),
                                "consequence": t(
                                    "<p>You treat the gaps in her account as lies and end "
                                    "the interview. She says nothing more and leaves with the "
                                    "organizer.</p>",
                                    "<p>Vous considérez les lacunes de son récit comme des "
                                    "mensonges et mettez fin à l'entrevue. Elle ne dit plus "
                                    "rien et repart avec l'organisateur.</p>",
                                ),
                                "feedback": t(
                                    "Gaps and inconsistencies are common when a person is "
                                    "afraid, traumatized or controlled. On their own, they "
                                    "are not a sign of dishonesty.",
                                    "Les lacunes et les incohérences sont fréquentes chez une "
                                    "personne qui a peur, qui est traumatisée ou qui est "
                                    "contrôlée. À elles seules, elles ne sont pas un signe de "
                                    "malhonnêteté.",
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                    {
                        "key": "next-steps",
                        "situation": t(
                            "<p>Your assessment points to possible trafficking. In the next "
                            "room, the organizer is loudly asking when “his people” will be "
                            "released.</p>"
                            "<p>What is your next step?</p>",
                            "<p>Votre évaluation laisse croire à une situation de traite. Dans "
                            "la pièce voisine, l'organisateur demande à haute voix quand « ses "
                            "gens » seront libérés.</p>"
                            "<p>Quelle est votre prochaine étape ?</p>",
                        ),
                        "choices": [
                            {
                                "label": t(
                                    "Notify your superintendent and follow the referral "
                                    "procedure, which involves the police and victim "
                                    "services.",
                                    "Aviser votre surintendant et suivre la procédure "
                                    "d'orientation, qui fait intervenir la police et les "
                                    "services d'aide aux victimes.",
                                ),
                                "consequence": t(
                                    "<p>Your superintendent coordinates with the police. A "
                                    "victim services worker is contacted, and the young "
                                    "woman is told, through the interpreter, what will happen "
                                    "next and what help is available. The other travellers "
                                    "are interviewed separately.</p>",
                                    "<p>Votre surintendant assure la coordination avec la "
                                    "police. On communique avec une intervenante des services "
                                    "d'aide aux victimes, et la jeune femme apprend, par "
                                    "l'entremise de l'interprète, ce qui va se passer et quelle "
                                    "aide lui est offerte. Les autres voyageurs sont reçus "
                                    "séparément en entrevue.</p>",
                                ),
                                "feedback": t(
                                    "Well done. Trafficking is handled as a team: your chain "
                                    "of command, the police and victim services each have a "
                                    "role.",
                                    "Bravo. La lutte contre la traite est un travail d'équipe : "
                                    "votre chaîne de commandement, la police et les services "
                                    "d'aide aux victimes ont chacun un rôle à jouer.",
                                ),
                                "is_best": True,
                                "next_step": "",
                            },
                            {
                                "label": t(
                                    "Confront the organizer and accuse him of trafficking.",
                                    "Confronter l'organisateur et l'accuser de traite.",
                                ),
                                "consequence": t(
                                    "<p>The organizer becomes agitated, then calm and "
                                    "guarded. He tells the travellers, in their language, to "
                                    "say nothing. Evidence that the police could have "
                                    "gathered is now harder to obtain.</p>",
                                    "<p>L'organisateur s'emporte, puis se calme et se tient "
                                    "sur ses gardes. Il ordonne aux voyageurs, dans leur "
                                    "langue, de ne rien dire. Les éléments de preuve que la "
                                    "police aurait pu recueillir sont désormais plus "
                                    "difficiles à obtenir.</p>",
                                ),
                                "feedback": t(
                                    "Never confront a suspected trafficker on your own. It can "
                                    "endanger the victims and compromise an investigation.",
                                    "N'affrontez jamais seul un trafiquant présumé. Cela peut "
                                    "mettre les victimes en danger et compromettre une "
                                    "enquête.",
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": t(
                                    "Release everyone and make a note in the file.",
                                    "Laisser partir tout le monde et consigner une note au "
                                    "dossier.",
                                ),
                                "consequence": t(
                                    "<p>The group leaves together. Your note records what you "
                                    "saw, but the travellers are now out of reach.</p>",
                                    "<p>Le groupe repart ensemble. Votre note consigne ce que "
                                    "vous avez observé, mais les voyageurs sont désormais hors "
                                    "d'atteinte.</p>",
                                ),
                                "feedback": t(
                                    "Recording the facts matters, but on its own it protects "
                                    "no one. When indicators point to trafficking, refer the "
                                    "case before the person leaves the port of entry.",
                                    "Il est important de consigner les faits, mais cela ne "
                                    "protège personne à soi seul. Lorsque des indicateurs "
                                    "évoquent la traite, orientez le cas avant que la personne "
                                    "quitte le point d'entrée.",
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                ],
                "debrief": t(
                    "<p>Trafficking and smuggling can look the same at the moment of arrival. "
                    "What sets them apart is what comes next: control, exploitation and a debt "
                    "that never ends. Separate the travellers, use an independent interpreter, "
                    "look at the whole picture and refer through your chain of command to the "
                    "police and victim services.</p>",
                    "<p>Au moment de l'arrivée, la traite et le passage de clandestins peuvent "
                    "se ressembler. Ce qui les distingue, c'est la suite : le contrôle, "
                    "l'exploitation et une dette sans fin. Séparez les voyageurs, faites appel "
                    "à un interprète indépendant, considérez l'ensemble de la situation et "
                    "orientez le cas, par votre chaîne de commandement, vers la police et les "
                    "services d'aide aux victimes.</p>",
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": t(
                    "Which statements describe migrant smuggling rather than human "
                    "trafficking? Select all that apply.",
                    "Quels énoncés décrivent le passage de clandestins plutôt que la traite de "
                    "personnes ? Sélectionnez toutes les réponses qui s'appliquent.",
                ),
                "choices": [
                    {
                        "text": t(
                            "The migrant consented to the journey.",
                            "Le migrant a consenti au voyage.",
                        ),
                        "is_correct": True,
                        "feedback": t(
                            "Yes. Smuggled migrants agree to be smuggled, even when the "
                            "conditions are dangerous.",
                            "Oui. Les migrants qui font appel à un passeur y consentent, même "
                            "lorsque les conditions sont dangereuses.",
                        ),
                    },
                    {
                        "text": t(
                            "The relationship with the smuggler ends on arrival.",
                            "La relation avec le passeur prend fin à l'arrivée.",
                        ),
                        "is_correct": True,
                        "feedback": t(
                            "Yes. Smuggling ends at the destination, while trafficking "
                            "involves ongoing exploitation.",
                            "Oui. Le passage de clandestins prend fin à destination, alors que "
                            "la traite suppose une exploitation continue.",
                        ),
                    },
                    {
                        "text": t(
                            "The person may never cross an international border.",
                            "La personne peut ne jamais franchir de frontière internationale.",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "That describes trafficking. Smuggling is always transnational, "
                            "whereas trafficking can happen within one country.",
                            "Cela décrit la traite. Le passage de clandestins est toujours "
                            "transnational, alors que la traite peut se dérouler dans un seul "
                            "pays.",
                        ),
                    },
                    {
                        "text": t(
                            "The person must work to pay off a debt that keeps growing.",
                            "La personne doit travailler pour rembourser une dette qui ne "
                            "cesse de grossir.",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "That is a sign of ongoing exploitation, which points to trafficking.",
                            "C'est un signe d'exploitation continue, qui évoque la traite.",
                        ),
                    },
                ],
                "explanation": t(
                    "<p>Consent, a relationship that ends on arrival and the crossing of a "
                    "border are the marks of smuggling. The absence of real consent, ongoing "
                    "exploitation and the possibility of trafficking within one country are "
                    "the marks of trafficking.</p>",
                    "<p>Le consentement, une relation qui prend fin à l'arrivée et le "
                    "franchissement d'une frontière caractérisent le passage de clandestins. "
                    "L'absence de consentement véritable, l'exploitation continue et la "
                    "possibilité que tout se passe dans un seul pays caractérisent la "
                    "traite.</p>",
                ),
            },
        ),
    ],
)


# Lesson 3 -----------------------------------------------------------------------------------

INDICATORS = lesson(
    slug="indicators-at-ports-of-entry",
    slug_fr="indicateurs-aux-points-d-entree",
    title=t("Indicators at ports of entry", "Les indicateurs aux points d'entrée"),
    summary=t(
        "Recognize the signs that a traveller may be a victim of trafficking, and weigh them "
        "together rather than one by one.",
        "Reconnaître les signes qu'un voyageur pourrait être victime de la traite, et les "
        "évaluer ensemble plutôt qu'isolément.",
    ),
    minutes=14,
    body=[
        (
            "heading",
            {
                "text": t(
                    "Where officers can make a difference",
                    "Là où les agents peuvent changer les choses",
                ),
                "level": "h2",
            },
        ),
        (
            "paragraph",
            t(
                "<p>A port of entry may be the only place where a victim is seen by an "
                "official before the exploitation begins, often while travelling with the "
                "person who recruited them. The National Action Plan aims to protect "
                "vulnerable foreign nationals, including young women who arrive in Canada "
                "alone, from forced labour and sexual exploitation at an early stage. It "
                "commits the Canada Border Services Agency to raising awareness among "
                "vulnerable foreign nationals at ports of entry, with outreach information "
                "offered after the primary inspection line.</p>",
                "<p>Le point d'entrée est parfois le seul endroit où une victime est vue par "
                "un représentant de l'État avant le début de l'exploitation, souvent en "
                "compagnie de la personne qui l'a recrutée. Le Plan d'action national vise à "
                "protéger tôt les ressortissants étrangers vulnérables, y compris les jeunes "
                "femmes qui arrivent seules au Canada, contre le travail forcé et "
                "l'exploitation sexuelle. Il engage l'Agence des services frontaliers du "
                "Canada à sensibiliser les ressortissants étrangers vulnérables aux points "
                "d'entrée, grâce à de l'information offerte après la ligne d'inspection "
                "primaire.</p>",
            ),
        ),
        (
            "callout",
            {
                "kind": "information",
                "title": t("Indicators are not proof", "Un indicateur n'est pas une preuve"),
                "body": t(
                    "<p>An indicator is a reason to look more closely, not a conclusion. "
                    "Consider indicators together and in context. Never treat a traveller as "
                    "a possible victim, or as a suspect, because of nationality, sex, age or "
                    "language alone: such patterns help to target awareness, not individual "
                    "decisions.</p>",
                    "<p>Un indicateur est un motif d'examiner la situation de plus près, et non "
                    "une conclusion. Considérez les indicateurs ensemble et dans leur "
                    "contexte. Ne traitez jamais un voyageur comme une victime possible, ni "
                    "comme un suspect, en raison de sa seule nationalité, de son sexe, de son "
                    "âge ou de sa langue : ces tendances servent à cibler la sensibilisation, "
                    "pas les décisions individuelles.</p>",
                ),
            },
        ),
        (
            "accordion",
            {
                "title": t("Types of indicators", "Types d'indicateurs"),
                "items": [
                    {
                        "heading": t("Documents", "Documents"),
                        "body": t(
                            "<ul>"
                            "<li>Someone other than the traveller holds or controls the "
                            "passport, visa or other travel documents.</li>"
                            "<li>The documents are fraudulent or belong to someone else, and "
                            "the traveller seems unaware of what they say.</li>"
                            "<li>The traveller cannot explain the purpose of the trip that "
                            "the documents support.</li>"
                            "</ul>",
                            "<ul>"
                            "<li>Une autre personne que le voyageur détient ou contrôle son "
                            "passeport, son visa ou ses autres documents de voyage.</li>"
                            "<li>Les documents sont frauduleux ou appartiennent à quelqu'un "
                            "d'autre, et le voyageur semble ignorer ce qu'ils contiennent.</li>"
                            "<li>Le voyageur est incapable d'expliquer le but du voyage "
                            "qu'appuient ses documents.</li>"
                            "</ul>",
                        ),
                    },
                    {
                        "heading": t("Control and behaviour", "Contrôle et comportement"),
                        "body": t(
                            "<ul>"
                            "<li>A companion answers for the traveller, insists on staying "
                            "present or watches the traveller closely.</li>"
                            "<li>The traveller seems fearful, looks to the companion before "
                            "answering or gives answers that sound rehearsed.</li>"
                            "<li>The traveller mentions threats against themselves or their "
                            "family, including relatives at home.</li>"
                            "</ul>",
                            "<ul>"
                            "<li>Un accompagnateur répond à la place du voyageur, insiste pour "
                            "rester présent ou le surveille de près.</li>"
                            "<li>Le voyageur semble craintif, regarde l'accompagnateur avant "
                            "de répondre ou donne des réponses qui semblent apprises par "
                            "cœur.</li>"
                            "<li>Le voyageur évoque des menaces contre lui-même ou sa famille, "
                            "y compris des proches restés au pays.</li>"
                            "</ul>",
                        ),
                    },
                    {
                        "heading": t(
                            "Work and travel arrangements", "Conditions de travail et de voyage"
                        ),
                        "body": t(
                            "<ul>"
                            "<li>A recruiter or other third party arranged and paid for the "
                            "trip, and the traveller must repay it from future earnings.</li>"
                            "<li>The job offer is vague, with no employer name, address or "
                            "clear duties, or the work described does not match the visa or "
                            "permit.</li>"
                            "<li>The traveller has been promised money and a better life, with "
                            "few details.</li>"
                            "<li>A young person travelling alone is to be met by someone they "
                            "do not know.</li>"
                            "</ul>",
                            "<ul>"
                            "<li>Un recruteur ou un autre tiers a organisé et payé le voyage, "
                            "et le voyageur doit le rembourser sur ses gains futurs.</li>"
                            "<li>L'offre d'emploi est vague, sans nom d'employeur, adresse ou "
                            "tâches précises, ou le travail décrit ne correspond pas au visa ou "
                            "au permis.</li>"
                            "<li>On a promis au voyageur de l'argent et une vie meilleure, sans "
                            "guère de détails.</li>"
                            "<li>Une jeune personne qui voyage seule doit être accueillie par "
                            "quelqu'un qu'elle ne connaît pas.</li>"
                            "</ul>",
                        ),
                    },
                    {
                        "heading": t("Health and well-being", "Santé et bien-être"),
                        "body": t(
                            "<ul>"
                            "<li>Signs of physical abuse, injuries or untreated health "
                            "problems.</li>"
                            "<li>Signs of exhaustion, or very few personal belongings for the "
                            "length of the stay.</li>"
                            "<li>The traveller does not know where they will live or "
                            "work.</li>"
                            "</ul>",
                            "<ul>"
                            "<li>Des signes de violence physique, des blessures ou des "
                            "problèmes de santé non soignés.</li>"
                            "<li>Des signes d'épuisement, ou très peu d'effets personnels pour "
                            "la durée du séjour.</li>"
                            "<li>Le voyageur ne sait pas où il habitera ni où il "
                            "travaillera.</li>"
                            "</ul>",
                        ),
                    },
                ],
            },
        ),
        (
            "indicator_checklist",
            {
                "title": t("Which of these are indicators?", "Lesquels sont des indicateurs ?"),
                "instructions": t(
                    "A traveller arriving with a work permit is referred to secondary "
                    "inspection. Select each observation that is an indicator of possible "
                    "trafficking, then check your answers.",
                    "Un voyageur titulaire d'un permis de travail est dirigé vers "
                    "l'inspection secondaire. Cochez chaque observation qui constitue un "
                    "indicateur de traite possible, puis vérifiez vos réponses.",
                ),
                "items": [
                    {
                        "text": t(
                            "The employer's representative is holding the traveller's "
                            "passport and work permit.",
                            "Le représentant de l'employeur détient le passeport et le permis "
                            "de travail du voyageur.",
                        ),
                        "is_indicator": True,
                        "feedback": t(
                            "Indicator. Control of identity and travel documents is a common "
                            "means of control, and withholding them to facilitate trafficking "
                            "is itself an offence.",
                            "Indicateur. Le contrôle des pièces d'identité et des documents de "
                            "voyage est un moyen de contrôle courant, et les retenir pour "
                            "faciliter la traite constitue en soi une infraction.",
                        ),
                    },
                    {
                        "text": t(
                            "The traveller is nervous and says this is their first flight.",
                            "Le voyageur est nerveux et dit que c'est son premier vol.",
                        ),
                        "is_indicator": False,
                        "feedback": t(
                            "Not an indicator on its own. Many travellers are nervous at the "
                            "border for ordinary reasons.",
                            "Ce n'est pas un indicateur en soi. Bien des voyageurs sont nerveux "
                            "à la frontière pour des raisons tout à fait ordinaires.",
                        ),
                    },
                    {
                        "text": t(
                            "The traveller says a recruiter paid for the trip and that the "
                            "debt has doubled since they agreed to it.",
                            "Le voyageur dit qu'un recruteur a payé le voyage et que la dette a "
                            "doublé depuis qu'il l'a acceptée.",
                        ),
                        "is_indicator": True,
                        "feedback": t(
                            "Indicator. A debt that keeps growing is a common way to keep a "
                            "person working under someone else's control.",
                            "Indicateur. Une dette qui ne cesse de grossir est un moyen "
                            "courant de maintenir une personne au travail sous l'emprise d'un "
                            "tiers.",
                        ),
                    },
                    {
                        "text": t(
                            "The traveller speaks little English or French.",
                            "Le voyageur parle peu l'anglais ou le français.",
                        ),
                        "is_indicator": False,
                        "feedback": t(
                            "Not an indicator on its own, although language barriers can "
                            "isolate victims. Arrange an independent interpreter so that the "
                            "traveller can speak freely.",
                            "Ce n'est pas un indicateur en soi, même si la barrière de la "
                            "langue peut isoler les victimes. Faites appel à un interprète "
                            "indépendant pour que le voyageur puisse s'exprimer librement.",
                        ),
                    },
                    {
                        "text": t(
                            "The traveller cannot name the employer or describe the job, and "
                            "the companion corrects their answers.",
                            "Le voyageur est incapable de nommer l'employeur ou de décrire "
                            "l'emploi, et l'accompagnateur corrige ses réponses.",
                        ),
                        "is_indicator": True,
                        "feedback": t(
                            "Indicator. A vague job offer and a companion who controls the "
                            "conversation both suggest that someone else is in charge of the "
                            "traveller's situation.",
                            "Indicateur. Une offre d'emploi vague et un accompagnateur qui "
                            "dirige la conversation laissent croire qu'une autre personne a la "
                            "haute main sur la situation du voyageur.",
                        ),
                    },
                    {
                        "text": t(
                            "The traveller is a citizen of a country that has been a source of "
                            "trafficking victims.",
                            "Le voyageur est citoyen d'un pays d'où sont venues des victimes de "
                            "la traite.",
                        ),
                        "is_indicator": False,
                        "feedback": t(
                            "Not an indicator. Nationality alone must never drive your "
                            "assessment: it leads to unfair treatment and to missed victims "
                            "from elsewhere.",
                            "Ce n'est pas un indicateur. La nationalité à elle seule ne doit "
                            "jamais guider votre évaluation : elle mène à un traitement "
                            "injuste et fait passer à côté de victimes venues d'ailleurs.",
                        ),
                    },
                    {
                        "text": t(
                            "The traveller says their family at home will be hurt if they do "
                            "not work.",
                            "Le voyageur dit que sa famille restée au pays subira des "
                            "violences s'il ne travaille pas.",
                        ),
                        "is_indicator": True,
                        "feedback": t(
                            "Strong indicator. Threats against relatives are a frequent means "
                            "of control and go to the heart of the legal meaning of "
                            "exploitation.",
                            "Indicateur important. Les menaces contre des proches sont un "
                            "moyen de contrôle fréquent et touchent au cœur de la notion "
                            "juridique d'exploitation.",
                        ),
                    },
                    {
                        "text": t(
                            "The traveller holds a valid work permit under the Temporary "
                            "Foreign Worker Program.",
                            "Le voyageur est titulaire d'un permis de travail valide délivré "
                            "dans le cadre du Programme des travailleurs étrangers "
                            "temporaires.",
                        ),
                        "is_indicator": False,
                        "feedback": t(
                            "Not an indicator. Some third parties have misused the program, "
                            "but a valid permit says nothing on its own. Look at how the "
                            "person is treated, not at the permit.",
                            "Ce n'est pas un indicateur. Certains tiers ont fait un usage "
                            "frauduleux du programme, mais un permis valide ne dit rien à lui "
                            "seul. Examinez la façon dont la personne est traitée, et non son "
                            "permis.",
                        ),
                    },
                ],
                "summary": t(
                    "<p>Four observations are indicators: documents held by someone else, a "
                    "growing debt, a vague job with a controlling companion, and threats "
                    "against family. Nervousness, language, nationality and a valid permit are "
                    "not indicators on their own. When several indicators appear together, "
                    "speak with the traveller privately, use an independent interpreter and "
                    "follow your referral procedure.</p>",
                    "<p>Quatre observations sont des indicateurs : des documents détenus par un "
                    "tiers, une dette croissante, un emploi vague avec un accompagnateur qui "
                    "contrôle, et des menaces contre la famille. La nervosité, la langue, la "
                    "nationalité et un permis valide ne sont pas des indicateurs en soi. "
                    "Lorsque plusieurs indicateurs se présentent ensemble, parlez au voyageur "
                    "en privé, faites appel à un interprète indépendant et suivez votre "
                    "procédure d'orientation.</p>",
                ),
            },
        ),
        (
            "case_excerpt",
            {
                "quote": t(
                    "A 19-year-old woman arrives alone with a study permit. She cannot name "
                    "her school and knows nothing about her courses. A man she met online, "
                    "whom she calls her boyfriend, paid for her ticket and will pick her up. He "
                    "has told her she can earn a lot of money “dancing” until school starts. "
                    "Her phone shows repeated messages from him asking whether she is through "
                    "the border yet.",
                    "Une femme de 19 ans arrive seule avec un permis d'études. Elle est "
                    "incapable de nommer son école et ne sait rien de ses cours. Un homme "
                    "rencontré en ligne, qu'elle appelle son copain, a payé son billet et doit "
                    "venir la chercher. Il lui a dit qu'elle pourrait gagner beaucoup d'argent "
                    "en « dansant » en attendant le début des cours. Son téléphone affiche "
                    "des messages répétés de sa part lui demandant si elle a passé la "
                    "frontière.",
                ),
                "citation": ILLUSTRATIVE,
                "note": t(
                    "<p>The plan singles out young women who arrive alone as a group at "
                    "particular risk, notes that traffickers sometimes recruit through the "
                    "promise of affection, and commits to making sure that international "
                    "students are genuine and attend real educational institutions. Here, "
                    "several indicators appear together.</p>",
                    "<p>Le plan désigne les jeunes femmes qui arrivent seules comme un groupe "
                    "particulièrement à risque, signale que les trafiquants recrutent parfois "
                    "en promettant de l'affection, et prévoit de s'assurer que les étudiants "
                    "étrangers sont authentiques et fréquentent de véritables établissements "
                    "d'enseignement. Ici, plusieurs indicateurs se présentent ensemble.</p>",
                ),
            },
        ),
        (
            "glossary",
            {
                "title": t(
                    "Terms used at the port of entry",
                    "Termes utilisés au point d'entrée",
                ),
                "terms": [
                    {
                        "term": t("Port of entry", "Point d'entrée"),
                        "definition": t(
                            "A place where people and goods enter Canada, such as an airport, "
                            "a land crossing or a marine port.",
                            "Lieu où les personnes et les marchandises entrent au Canada, comme "
                            "un aéroport, un poste frontalier terrestre ou un port maritime.",
                        ),
                    },
                    {
                        "term": t(
                            "Primary inspection line (PIL)", "Ligne d'inspection primaire (LIP)"
                        ),
                        "definition": t(
                            "The first point of contact, where an officer checks each "
                            "traveller's documents and asks initial questions.",
                            "Premier point de contact, où l'agent vérifie les documents de "
                            "chaque voyageur et pose les premières questions.",
                        ),
                    },
                    {
                        "term": t("Secondary inspection", "Inspection secondaire"),
                        "definition": t(
                            "A more detailed examination to which an officer can refer a "
                            "traveller after primary inspection.",
                            "Examen plus approfondi auquel un agent peut diriger un voyageur "
                            "après l'inspection primaire.",
                        ),
                    },
                    {
                        "term": t("Indicator", "Indicateur"),
                        "definition": t(
                            "A sign that, with others, may suggest that a person is being "
                            "trafficked. It is a reason to look further, not proof.",
                            "Signe qui, avec d'autres, peut laisser croire qu'une personne est "
                            "victime de la traite. C'est un motif d'examiner plus à fond, et "
                            "non une preuve.",
                        ),
                    },
                    {
                        "term": t("Third party", "Tiers"),
                        "definition": t(
                            "A recruiter, agent or other intermediary between a worker and an "
                            "employer. Some third parties have fraudulently used the Temporary "
                            "Foreign Worker Program.",
                            "Recruteur, agent ou autre intermédiaire entre un travailleur et un "
                            "employeur. Certains tiers ont utilisé frauduleusement le Programme "
                            "des travailleurs étrangers temporaires.",
                        ),
                    },
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "question": t(
                    "A traveller's companion offers to interpret for her because “she is "
                    "shy”. What should you do?",
                    "L'accompagnateur d'une voyageuse propose de servir d'interprète parce "
                    "qu'elle « est timide ». Que devez-vous faire ?",
                ),
                "choices": [
                    {
                        "text": t(
                            "Accept: it saves time and she seems comfortable with him.",
                            "Accepter : cela fait gagner du temps et elle semble à l'aise avec "
                            "lui.",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "A companion who may be controlling her can change her answers or "
                            "frighten her into silence. Never use a companion as an "
                            "interpreter.",
                            "Un accompagnateur qui la contrôle peut-être risque de modifier ses "
                            "réponses ou de l'intimider au point qu'elle se taise. Ne faites "
                            "jamais appel à un accompagnateur comme interprète.",
                        ),
                    },
                    {
                        "text": t(
                            "Thank him, speak with her separately and use an independent "
                            "interpreter.",
                            "Le remercier, parler à la voyageuse séparément et faire appel à un "
                            "interprète indépendant.",
                        ),
                        "is_correct": True,
                        "feedback": t(
                            "Correct. Separating her from the companion and using an "
                            "independent interpreter lets her speak freely and safely.",
                            "Exact. La séparer de l'accompagnateur et faire appel à un "
                            "interprète indépendant lui permet de s'exprimer librement et en "
                            "sécurité.",
                        ),
                    },
                    {
                        "text": t(
                            "Ask her, in front of him, whether she is being trafficked.",
                            "Lui demander, devant lui, si elle est victime de la traite.",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "Asking in front of a possible controller can put her at risk, and "
                            "she is unlikely to answer honestly. Speak with her privately "
                            "first.",
                            "Poser la question devant une personne qui la contrôle peut-être "
                            "risque de la mettre en danger, et il est peu probable qu'elle "
                            "réponde franchement. Parlez-lui d'abord en privé.",
                        ),
                    },
                ],
                "explanation": t(
                    "<p>Control over communication is an indicator in itself. A private, safe "
                    "setting with an independent interpreter is the foundation of every "
                    "interview with a possible victim.</p>",
                    "<p>Le contrôle de la communication est un indicateur en soi. Un cadre "
                    "privé et sûr, avec un interprète indépendant, est la base de toute "
                    "entrevue avec une victime possible.</p>",
                ),
            },
        ),
    ],
)


# Lesson 4 -----------------------------------------------------------------------------------

THE_LAW = lesson(
    slug="trafficking-offences-in-canadian-law",
    slug_fr="infractions-de-traite-en-droit-canadien",
    title=t("The law: IRPA and the Criminal Code", "Le droit : la LIPR et le Code criminel"),
    summary=t(
        "Section 118 of the Immigration and Refugee Protection Act and four Criminal Code "
        "offences target human trafficking.",
        "L'article 118 de la Loi sur l'immigration et la protection des réfugiés et quatre "
        "infractions du Code criminel visent la traite de personnes.",
    ),
    minutes=13,
    body=[
        ("heading", {"text": t("Two federal laws", "Deux lois fédérales"), "level": "h2"}),
        (
            "paragraph",
            t(
                "<p>Canada has a comprehensive legal framework against human trafficking. The "
                "<em>Immigration and Refugee Protection Act</em> (IRPA) targets trafficking "
                "into Canada, and the <em>Criminal Code</em> contains four specific indictable "
                "offences that apply whether or not the victim crossed a border. This lesson "
                "summarizes them as they are described in the 2012 <em>National Action "
                "Plan</em>. The summaries are paraphrases for training, not the text of the "
                "law.</p>",
                "<p>Le Canada dispose d'un cadre juridique complet contre la traite de "
                "personnes. La <em>Loi sur l'immigration et la protection des réfugiés</em> "
                "(LIPR) vise la traite de personnes vers le Canada, et le <em>Code "
                "criminel</em> prévoit quatre actes criminels précis qui s'appliquent, que la "
                "victime ait franchi une frontière ou non. Cette leçon les résume tels que les "
                "décrit le <em>Plan d'action national</em> de 2012. Ces résumés sont des "
                "paraphrases destinées à la formation, et non le texte de la loi.</p>",
            ),
        ),
        (
            "callout",
            {
                "kind": "legal",
                "title": t(
                    "IRPA, section 118: trafficking into Canada",
                    "LIPR, article 118 : la traite de personnes vers le Canada",
                ),
                "body": t(
                    "<p>It is an offence to knowingly organize the coming into Canada of one "
                    "or more persons by abduction, fraud, deception, or the use or threat of "
                    "force or coercion.</p>"
                    "<p><strong>Organizing</strong> includes recruiting or transporting the "
                    "persons and, once they have entered Canada, receiving or harbouring "
                    "them.</p>"
                    "<p><strong>Maximum penalty:</strong> life imprisonment, a fine of up to "
                    "$1 million, or both.</p>",
                    "<p>Il est interdit d'organiser sciemment l'entrée au Canada d'une ou de "
                    "plusieurs personnes par l'enlèvement, la fraude, la tromperie, ou le "
                    "recours ou la menace de recours à la force ou à la coercition.</p>"
                    "<p><strong>Organiser</strong> comprend le recrutement ou le transport de "
                    "ces personnes et, après leur entrée au Canada, leur accueil ou leur "
                    "hébergement.</p>"
                    "<p><strong>Peine maximale :</strong> l'emprisonnement à perpétuité, une "
                    "amende d'au plus 1 million de dollars, ou les deux.</p>",
                ),
            },
        ),
        (
            "comparison_table",
            {
                "caption": t(
                    "Criminal Code trafficking provisions, as described in the 2012 plan",
                    "Dispositions du Code criminel sur la traite, selon le plan de 2012",
                ),
                "row_heading": t("Section", "Article"),
                "columns": [
                    t("What it covers", "Ce qu'il vise"),
                    t("Penalty", "Peine"),
                ],
                "rows": [
                    {
                        "label": t("279.01 Trafficking in persons", "279.01 Traite de personnes"),
                        "cells": [
                            t(
                                "Recruiting, transporting, transferring, receiving, holding, "
                                "concealing or harbouring a person, or exercising control, "
                                "direction or influence over their movements, to exploit them "
                                "or to facilitate their exploitation.",
                                "Recruter, transporter, transférer, recevoir, détenir, cacher "
                                "ou héberger une personne, ou exercer un contrôle, une "
                                "direction ou une influence sur ses mouvements, en vue de "
                                "l'exploiter ou de faciliter son exploitation.",
                            ),
                            t(
                                "Up to life imprisonment if the offender kidnaps the victim, "
                                "commits an aggravated assault or aggravated sexual assault "
                                "against them, or causes their death. Up to 14 years in any "
                                "other case.",
                                "Jusqu'à l'emprisonnement à perpétuité si l'auteur enlève la "
                                "victime, commet sur elle des voies de fait graves ou une "
                                "agression sexuelle grave, ou cause sa mort. Jusqu'à 14 ans "
                                "dans les autres cas.",
                            ),
                        ],
                    },
                    {
                        "label": t(
                            "279.011 Trafficking of a person under 18",
                            "279.011 Traite de personnes âgées de moins de 18 ans",
                        ),
                        "cells": [
                            t(
                                "The same conduct when the victim is under 18 years of age.",
                                "Les mêmes actes lorsque la victime a moins de 18 ans.",
                            ),
                            t(
                                "Up to life imprisonment, with a minimum of 6 years, in the "
                                "aggravated cases listed above. Otherwise up to 14 years, "
                                "with a minimum of 5 years.",
                                "Jusqu'à l'emprisonnement à perpétuité, avec une peine "
                                "minimale de 6 ans, dans les cas graves énumérés ci-dessus. "
                                "Sinon, jusqu'à 14 ans, avec une peine minimale de 5 ans.",
                            ),
                        ],
                    },
                    {
                        "label": t("279.02 Material benefit", "279.02 Avantage matériel"),
                        "cells": [
                            t(
                                "Receiving a financial or other material benefit while "
                                "knowing that it results from trafficking under section "
                                "279.01 or 279.011.",
                                "Recevoir un avantage financier ou un autre avantage matériel "
                                "en sachant qu'il provient de la traite visée à l'article "
                                "279.01 ou 279.011.",
                            ),
                            t("Up to 10 years.", "Jusqu'à 10 ans."),
                        ],
                    },
                    {
                        "label": t(
                            "279.03 Withholding or destroying documents",
                            "279.03 Rétention ou destruction de documents",
                        ),
                        "cells": [
                            t(
                                "Concealing, removing, withholding or destroying another "
                                "person's travel document, or a document that establishes or "
                                "claims to establish their identity or immigration status, to "
                                "commit or facilitate trafficking, whether the document is "
                                "Canadian or foreign, genuine or not.",
                                "Cacher, enlever, retenir ou détruire le document de voyage "
                                "d'une autre personne, ou une pièce qui établit ou est censée "
                                "établir son identité ou son statut d'immigrant, pour "
                                "commettre ou faciliter la traite, que le document soit "
                                "canadien ou étranger, authentique ou non.",
                            ),
                            t("Up to 5 years.", "Jusqu'à 5 ans."),
                        ],
                    },
                    {
                        "label": t("279.04 Exploitation", "279.04 Exploitation"),
                        "cells": [
                            t(
                                "A definition, not an offence: causing a person to provide "
                                "labour or a service through conduct that could reasonably "
                                "lead them to fear for their safety, or the safety of someone "
                                "they know, if they refused; or causing the removal of an "
                                "organ or tissue by deception, force, threats or other "
                                "coercion.",
                                "Une définition, et non une infraction : amener une personne "
                                "à fournir un travail ou un service par des agissements qui "
                                "pourraient raisonnablement lui faire craindre pour sa "
                                "sécurité, ou celle d'une personne qu'elle connaît, si elle "
                                "refusait, ou lui faire prélever un organe ou des tissus par "
                                "la tromperie, la force, la menace ou une autre forme de "
                                "contrainte.",
                            ),
                            t("Not applicable (a definition).", "Sans objet (définition)."),
                        ],
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "legal",
                "title": t(
                    "Consent is no defence", "Le consentement n'est pas un moyen de défense"
                ),
                "body": t(
                    "<p>For both trafficking offences, sections 279.01 and 279.011, the "
                    "<em>Criminal Code</em> provides that a person cannot validly consent to "
                    "the activity for which the accused is charged. A victim's agreement to "
                    "travel or to take a job does not excuse the trafficker.</p>",
                    "<p>Pour les deux infractions de traite, soit les articles 279.01 et "
                    "279.011, le <em>Code criminel</em> prévoit qu'une personne ne peut "
                    "consentir valablement à l'activité qui fait l'objet de l'accusation. "
                    "L'accord de la victime pour voyager ou occuper un emploi n'excuse pas le "
                    "trafiquant.</p>",
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "information",
                "title": t(
                    "Withheld documents at the border",
                    "Documents retenus à la frontière",
                ),
                "body": t(
                    "<p>Section 279.03 is especially relevant at a port of entry. When a "
                    "companion, employer or recruiter holds a traveller's passport or permit, "
                    "that is an indicator of trafficking and, if the purpose is to commit or "
                    "facilitate trafficking, it may itself be an offence. Note precisely what "
                    "you observe: who held the documents, what they said and what the "
                    "traveller said.</p>",
                    "<p>L'article 279.03 est particulièrement pertinent au point d'entrée. "
                    "Lorsqu'un accompagnateur, un employeur ou un recruteur détient le "
                    "passeport ou le permis d'un voyageur, c'est un indicateur de traite et, si "
                    "le but est de commettre ou de faciliter la traite, cela peut constituer "
                    "une infraction en soi. Notez avec précision ce que vous observez : qui "
                    "détenait les documents, ce que cette personne a dit et ce que le voyageur "
                    "a dit.</p>",
                ),
            },
        ),
        (
            "accordion",
            {
                "title": t(
                    "Beyond the trafficking offences",
                    "Au-delà des infractions de traite",
                ),
                "items": [
                    {
                        "heading": t(
                            "Other offences that may apply",
                            "Autres infractions qui peuvent s'appliquer",
                        ),
                        "body": t(
                            "<p>Many other <em>Criminal Code</em> offences can apply in "
                            "trafficking cases, including kidnapping, forcible confinement, "
                            "uttering threats, extortion, assault, sexual assault and "
                            "aggravated sexual assault, prostitution-related offences and "
                            "criminal organization offences.</p>",
                            "<p>De nombreuses autres infractions du <em>Code criminel</em> "
                            "peuvent s'appliquer dans les affaires de traite, notamment "
                            "l'enlèvement, la séquestration, la profération de menaces, "
                            "l'extorsion, les voies de fait, l'agression sexuelle et "
                            "l'agression sexuelle grave, les infractions liées à la "
                            "prostitution et les infractions d'organisation criminelle.</p>",
                        ),
                    },
                    {
                        "heading": t("Changes proposed in 2012", "Modifications proposées en 2012"),
                        "body": t(
                            "<p>When the plan was published, a private member's bill, Bill "
                            "C-310, proposed two amendments: a non-exhaustive list of factors "
                            "a court may consider in deciding whether exploitation is made "
                            "out, such as the use or threat of force or other coercion and the "
                            "use of deception; and the ability to prosecute in Canada "
                            "Canadian citizens and permanent residents who commit trafficking "
                            "offences abroad.</p>",
                            "<p>Au moment de la publication du plan, un projet de loi émanant "
                            "d'un député, le projet de loi C-310, proposait deux "
                            "modifications : une liste non exhaustive de facteurs dont un "
                            "tribunal peut tenir compte pour décider s'il y a exploitation, "
                            "comme le recours ou la menace de recours à la force ou à une autre "
                            "forme de contrainte et le recours à la tromperie ; et la "
                            "possibilité de poursuivre au Canada les citoyens canadiens et les "
                            "résidents permanents qui commettent des infractions de traite à "
                            "l'étranger.</p>",
                        ),
                    },
                    {
                        "heading": t(
                            "Always check the current law", "Vérifiez toujours le droit en vigueur"
                        ),
                        "body": t(
                            "<p>Offences and penalties change over time. Before relying on a "
                            "provision in your work, check the current text of the IRPA and "
                            "the <em>Criminal Code</em>, and follow your agency's "
                            "guidance.</p>",
                            "<p>Les infractions et les peines évoluent. Avant de vous appuyer "
                            "sur une disposition dans votre travail, vérifiez le texte en "
                            "vigueur de la LIPR et du <em>Code criminel</em>, et suivez les "
                            "directives de votre organisme.</p>",
                        ),
                    },
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "question": t(
                    "What is the maximum penalty under section 118 of the IRPA for knowingly "
                    "organizing the coming into Canada of persons by fraud, deception or "
                    "coercion?",
                    "Quelle est la peine maximale prévue à l'article 118 de la LIPR pour avoir "
                    "sciemment organisé l'entrée au Canada de personnes par la fraude, la "
                    "tromperie ou la coercition ?",
                ),
                "choices": [
                    {
                        "text": t(
                            "Up to 5 years' imprisonment",
                            "Jusqu'à 5 ans d'emprisonnement",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "That is the maximum for withholding or destroying documents "
                            "under section 279.03 of the Criminal Code.",
                            "C'est la peine maximale pour la rétention ou la destruction de "
                            "documents, à l'article 279.03 du Code criminel.",
                        ),
                    },
                    {
                        "text": t(
                            "Up to 14 years' imprisonment", "Jusqu'à 14 ans d'emprisonnement"
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "That is the maximum for most cases of trafficking in persons "
                            "under the Criminal Code, not for the IRPA offence.",
                            "C'est la peine maximale dans la plupart des cas de traite de "
                            "personnes prévus au Code criminel, et non pour l'infraction de la "
                            "LIPR.",
                        ),
                    },
                    {
                        "text": t(
                            "Life imprisonment, a fine of up to $1 million, or both",
                            "L'emprisonnement à perpétuité, une amende d'au plus 1 million de "
                            "dollars, ou les deux",
                        ),
                        "is_correct": True,
                        "feedback": t(
                            "Correct. Section 118 carries some of the heaviest penalties in "
                            "Canadian law.",
                            "Exact. L'article 118 prévoit certaines des peines les plus lourdes "
                            "du droit canadien.",
                        ),
                    },
                    {
                        "text": t("A fine only", "Une amende seulement"),
                        "is_correct": False,
                        "feedback": t(
                            "No. Section 118 can lead to life imprisonment as well as a fine.",
                            "Non. L'article 118 peut entraîner l'emprisonnement à perpétuité en "
                            "plus d'une amende.",
                        ),
                    },
                ],
                "explanation": t(
                    "<p>Section 118 of the IRPA targets bringing people into Canada by "
                    "abduction, fraud, deception or the use or threat of force or coercion. "
                    "The maximum penalty is a fine of up to $1 million, life imprisonment, or "
                    "both.</p>",
                    "<p>L'article 118 de la LIPR vise le fait de faire entrer des personnes au "
                    "Canada par l'enlèvement, la fraude, la tromperie, ou le recours ou la "
                    "menace de recours à la force ou à la coercition. La peine maximale est une "
                    "amende d'au plus 1 million de dollars, l'emprisonnement à perpétuité, ou "
                    "les deux.</p>",
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": t(
                    "An employer's agent keeps a worker's passport so that the worker cannot "
                    "leave a job where he is being threatened. Which Criminal Code provision "
                    "most directly covers holding the passport?",
                    "Le mandataire d'un employeur garde le passeport d'un travailleur pour "
                    "l'empêcher de quitter un emploi où il est menacé. Quelle disposition du "
                    "Code criminel vise le plus directement la rétention du passeport ?",
                ),
                "choices": [
                    {
                        "text": t(
                            "Section 279.02, material benefit",
                            "L'article 279.02, avantage matériel",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "Section 279.02 concerns knowingly receiving a benefit from "
                            "trafficking, not holding documents.",
                            "L'article 279.02 vise le fait de recevoir sciemment un avantage "
                            "tiré de la traite, et non la rétention de documents.",
                        ),
                    },
                    {
                        "text": t(
                            "Section 279.03, withholding or destroying documents",
                            "L'article 279.03, rétention ou destruction de documents",
                        ),
                        "is_correct": True,
                        "feedback": t(
                            "Correct. Withholding a travel or identity document to commit or "
                            "facilitate trafficking is an offence under section 279.03.",
                            "Exact. Retenir un document de voyage ou une pièce d'identité pour "
                            "commettre ou faciliter la traite est une infraction visée à "
                            "l'article 279.03.",
                        ),
                    },
                    {
                        "text": t("Section 279.04, exploitation", "L'article 279.04, exploitation"),
                        "is_correct": False,
                        "feedback": t(
                            "Section 279.04 defines exploitation. It is not an offence in itself.",
                            "L'article 279.04 définit l'exploitation. Ce n'est pas une "
                            "infraction en soi.",
                        ),
                    },
                    {
                        "text": t("Section 118 of the IRPA", "L'article 118 de la LIPR"),
                        "is_correct": False,
                        "feedback": t(
                            "Section 118 concerns organizing people's coming into Canada by "
                            "improper means, not holding their documents afterwards.",
                            "L'article 118 vise l'organisation de l'entrée de personnes au "
                            "Canada par des moyens illicites, et non la rétention de leurs "
                            "documents par la suite.",
                        ),
                    },
                ],
                "explanation": t(
                    "<p>Different people in the same situation can commit different offences: "
                    "the person who controls the worker to exploit him (section 279.01), the "
                    "person who knowingly profits (section 279.02) and the person who holds "
                    "his documents to facilitate the trafficking (section 279.03).</p>",
                    "<p>Dans une même situation, différentes personnes peuvent commettre "
                    "différentes infractions : celle qui contrôle le travailleur pour "
                    "l'exploiter (article 279.01), celle qui en tire sciemment profit "
                    "(article 279.02) et celle qui retient ses documents pour faciliter la "
                    "traite (article 279.03).</p>",
                ),
            },
        ),
    ],
)


# Lesson 5 -----------------------------------------------------------------------------------

PROTECTING_VICTIMS = lesson(
    slug="protecting-foreign-national-victims",
    slug_fr="proteger-les-victimes-etrangeres",
    title=t("Protecting foreign national victims", "Protéger les victimes étrangères"),
    summary=t(
        "How temporary resident permits and other measures protect foreign national victims "
        "of trafficking, without requiring them to testify.",
        "Comment le permis de séjour temporaire et d'autres mesures protègent les victimes "
        "étrangères de la traite, sans les obliger à témoigner.",
    ),
    minutes=12,
    body=[
        ("heading", {"text": t("Victims first", "Les victimes d'abord"), "level": "h2"}),
        (
            "paragraph",
            t(
                "<p>Protection is one of the four pillars of Canada's response to human "
                "trafficking. It starts with identifying victims in a timely manner, so that "
                "they can be made safe, separated from their traffickers and given access to "
                "immediate health care. Every trafficked person needs support to recover "
                "physically, psychologically and socially. Foreign national victims may also "
                "need additional support, including some form of immigration status.</p>",
                "<p>La protection est l'un des quatre piliers de l'action du Canada contre la "
                "traite de personnes. Elle commence par le repérage rapide des victimes, afin "
                "qu'elles puissent être mises en sécurité, soustraites à leurs trafiquants et "
                "recevoir des soins de santé immédiats. Toute personne victime de la traite a "
                "besoin de soutien pour se rétablir sur les plans physique, psychologique et "
                "social. Les victimes étrangères peuvent aussi avoir besoin d'un soutien "
                "supplémentaire, notamment d'un statut d'immigration.</p>",
            ),
        ),
        (
            "callout",
            {
                "kind": "information",
                "title": t(
                    "Temporary resident permits for victims of trafficking",
                    "Le permis de séjour temporaire pour les victimes de la traite",
                ),
                "body": t(
                    "<p>Immigration officers can issue a short-term temporary resident permit "
                    "(TRP) to a foreign national who is a victim of human trafficking. A "
                    "TRP:</p>"
                    "<ul>"
                    "<li>gives the victim <strong>legal status</strong> in Canada, and further "
                    "permits can be issued to maintain that status;</li>"
                    "<li>gives access to <strong>health care</strong>, including trauma "
                    "counselling, through interim federal health care;</li>"
                    "<li>allows the victim to apply for a <strong>work permit</strong>;</li>"
                    "<li>does <strong>not</strong> require the victim to <strong>testify"
                    "</strong> against the trafficker.</li>"
                    "</ul>",
                    "<p>Les agents d'immigration peuvent délivrer un permis de séjour "
                    "temporaire (PST) de courte durée à un ressortissant étranger victime de "
                    "la traite de personnes. Le PST :</p>"
                    "<ul>"
                    "<li>confère à la victime un <strong>statut légal</strong> au Canada, et "
                    "d'autres permis peuvent être délivrés pour maintenir ce statut ;</li>"
                    "<li>donne accès à des <strong>soins de santé</strong>, y compris du "
                    "counseling en traumatologie, dans le cadre du Programme fédéral de santé "
                    "intérimaire ;</li>"
                    "<li>permet à la victime de demander un <strong>permis de "
                    "travail</strong> ;</li>"
                    "<li><strong>n'oblige pas</strong> la victime à <strong>témoigner"
                    "</strong> contre le trafiquant.</li>"
                    "</ul>",
                ),
            },
        ),
        (
            "paragraph",
            t(
                "<p>In Canada, victims of trafficking are not required to testify against "
                "their trafficker to obtain temporary or permanent resident status. Their "
                "safety and recovery come first. Whether to take part in a prosecution is a "
                "separate decision, which the victim makes freely.</p>"
                "<p>From May 2006, when Citizenship and Immigration Canada began issuing these "
                "permits, to the end of 2011, 178 TRPs were issued to 73 foreign nationals, "
                "counting later permits issued to the same person to maintain their status. "
                "Most of these victims had suffered labour exploitation rather than sexual "
                "exploitation.</p>",
                "<p>Au Canada, les victimes de la traite n'ont pas à témoigner contre leur "
                "trafiquant pour obtenir le statut de résident temporaire ou permanent. Leur "
                "sécurité et leur rétablissement passent d'abord. Participer ou non à une "
                "poursuite est une décision distincte, que la victime prend librement.</p>"
                "<p>De mai 2006, date à laquelle Citoyenneté et Immigration Canada a commencé "
                "à délivrer ces permis, à la fin de 2011, 178 PST ont été délivrés à "
                "73 ressortissants étrangers, en comptant les permis subséquents délivrés à "
                "une même personne pour maintenir son statut. La plupart de ces victimes "
                "avaient subi une exploitation par le travail plutôt qu'une exploitation "
                "sexuelle.</p>",
            ),
        ),
        (
            "accordion",
            {
                "title": t(
                    "Other protections and supports", "Autres mesures de protection et de soutien"
                ),
                "items": [
                    {
                        "heading": t(
                            "Other immigration options", "Autres possibilités en immigration"
                        ),
                        "body": t(
                            "<p>Some victims pursue other options, such as a claim for refugee "
                            "protection or an application for permanent residence on "
                            "humanitarian and compassionate grounds. Immigration officials "
                            "handle these processes. Your role is to make sure the person is "
                            "referred.</p>",
                            "<p>Certaines victimes se prévalent d'autres possibilités, comme "
                            "une demande d'asile ou une demande de résidence permanente pour "
                            "des considérations d'ordre humanitaire. Ces démarches relèvent des "
                            "autorités de l'immigration. Votre rôle est de veiller à ce que la "
                            "personne soit orientée vers elles.</p>",
                        ),
                    },
                    {
                        "heading": t("Victim services", "Services d'aide aux victimes"),
                        "body": t(
                            "<p>Provinces, territories and community organizations offer "
                            "services to victims of crime, including victims of trafficking. "
                            "The federal Victims Fund supports projects that improve these "
                            "services and, in specified circumstances, provides financial "
                            "assistance to victims of trafficking.</p>",
                            "<p>Les provinces, les territoires et les organismes communautaires "
                            "offrent des services aux victimes d'actes criminels, y compris "
                            "aux victimes de la traite. Le Fonds d'aide aux victimes du "
                            "gouvernement fédéral finance des projets qui améliorent ces "
                            "services et, dans certaines circonstances, offre une aide "
                            "financière aux victimes de la traite.</p>",
                        ),
                    },
                    {
                        "heading": t("Services for specific groups", "Services adaptés"),
                        "body": t(
                            "<p>Some services are designed for particular groups. One example "
                            "is a shelter in the Edmonton area for immigrant and refugee women "
                            "who are victims of violence and trafficking, the first of its "
                            "kind in Canada, which offers outreach, workshops and peer "
                            "mentoring.</p>",
                            "<p>Certains services sont conçus pour des groupes particuliers. "
                            "C'est le cas d'un refuge de la région d'Edmonton destiné aux "
                            "femmes immigrantes et réfugiées victimes de violence et de traite, "
                            "le premier du genre au Canada, qui offre des services "
                            "d'approche, des ateliers et du mentorat par les pairs.</p>",
                        ),
                    },
                    {
                        "heading": t("Witness protection", "Protection des témoins"),
                        "body": t(
                            "<p>When a victim or witness of trafficking is eligible, the RCMP "
                            "can refer them to the Federal Witness Protection Program.</p>",
                            "<p>Lorsqu'une victime ou un témoin de la traite est admissible, "
                            "la GRC peut l'orienter vers le Programme fédéral de protection "
                            "des témoins.</p>",
                        ),
                    },
                ],
            },
        ),
        (
            "case_excerpt",
            {
                "quote": t(
                    "A foreign national woman was found working in a private home for long "
                    "hours without pay. Her employer held her passport and told her she would "
                    "be arrested if she left. Once she was identified as a possible victim, an "
                    "immigration officer issued her a temporary resident permit. She received "
                    "health care and counselling and later applied for a work permit. She "
                    "chose not to testify, and her status did not depend on it.",
                    "Une ressortissante étrangère a été trouvée en train de travailler dans "
                    "une résidence privée, de longues heures et sans salaire. Son employeur "
                    "gardait son passeport et lui disait qu'elle serait arrêtée si elle "
                    "partait. Une fois reconnue comme victime possible, elle a obtenu d'un "
                    "agent d'immigration un permis de séjour temporaire. Elle a reçu des soins "
                    "de santé et du counseling, puis a demandé un permis de travail. Elle a "
                    "choisi de ne pas témoigner, et son statut n'en dépendait pas.",
                ),
                "citation": ILLUSTRATIVE,
                "note": t(
                    "<p>The plan notes that some foreign nationals are brought into Canada "
                    "and then exploited as domestic servants. The permit gave her stability "
                    "and care while she decided, freely, what to do next.</p>",
                    "<p>Le plan signale que certains ressortissants étrangers sont amenés au "
                    "Canada, puis exploités comme domestiques. Le permis lui a procuré "
                    "stabilité et soins pendant qu'elle décidait librement de la suite.</p>",
                ),
            },
        ),
        (
            "glossary",
            {
                "title": t("Key terms", "Termes clés"),
                "terms": [
                    {
                        "term": t(
                            "Temporary resident permit (TRP)",
                            "Permis de séjour temporaire (PST)",
                        ),
                        "definition": t(
                            "A permit that gives a foreign national legal status in Canada "
                            "for a set period. Immigration officers can issue one to a victim "
                            "of human trafficking.",
                            "Permis qui confère à un ressortissant étranger un statut légal au "
                            "Canada pour une période déterminée. Les agents d'immigration "
                            "peuvent en délivrer un à une victime de la traite de personnes.",
                        ),
                    },
                    {
                        "term": t(
                            "Interim federal health care",
                            "Programme fédéral de santé intérimaire",
                        ),
                        "definition": t(
                            "Federal health care coverage for certain foreign nationals, "
                            "including victims of trafficking who hold a TRP.",
                            "Couverture fédérale des soins de santé de certains ressortissants "
                            "étrangers, dont les victimes de la traite titulaires d'un PST.",
                        ),
                    },
                    {
                        "term": t("Victim services", "Services d'aide aux victimes"),
                        "definition": t(
                            "Provincial, territorial and community services that support "
                            "victims of crime with information, counselling and practical "
                            "help.",
                            "Services provinciaux, territoriaux et communautaires qui "
                            "soutiennent les victimes d'actes criminels en leur offrant de "
                            "l'information, du counseling et une aide concrète.",
                        ),
                    },
                    {
                        "term": t(
                            "Humanitarian and compassionate grounds",
                            "Considérations d'ordre humanitaire",
                        ),
                        "definition": t(
                            "A basis on which a foreign national can apply for permanent "
                            "residence when their particular circumstances justify it.",
                            "Motif pour lequel un ressortissant étranger peut demander la "
                            "résidence permanente lorsque sa situation particulière le "
                            "justifie.",
                        ),
                    },
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "question": t(
                    "Which statements about temporary resident permits for victims of "
                    "trafficking are true? Select all that apply.",
                    "Quels énoncés sur le permis de séjour temporaire pour les victimes de la "
                    "traite sont vrais ? Sélectionnez toutes les réponses qui s'appliquent.",
                ),
                "choices": [
                    {
                        "text": t(
                            "It gives the victim legal status in Canada.",
                            "Il confère à la victime un statut légal au Canada.",
                        ),
                        "is_correct": True,
                        "feedback": t(
                            "True. The permit gives legal status, and further permits can be "
                            "issued to maintain it.",
                            "Vrai. Le permis confère un statut légal, et d'autres permis "
                            "peuvent être délivrés pour le maintenir.",
                        ),
                    },
                    {
                        "text": t(
                            "The victim must agree to testify against the trafficker to "
                            "receive one.",
                            "La victime doit accepter de témoigner contre le trafiquant pour "
                            "l'obtenir.",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "False. In Canada, victims are not required to testify against "
                            "their trafficker to obtain temporary or permanent resident "
                            "status.",
                            "Faux. Au Canada, les victimes n'ont pas à témoigner contre leur "
                            "trafiquant pour obtenir le statut de résident temporaire ou "
                            "permanent.",
                        ),
                    },
                    {
                        "text": t(
                            "It gives access to health care, including trauma counselling.",
                            "Il donne accès à des soins de santé, y compris du counseling en "
                            "traumatologie.",
                        ),
                        "is_correct": True,
                        "feedback": t(
                            "True. Holders receive health care coverage through interim "
                            "federal health care.",
                            "Vrai. Les titulaires bénéficient d'une couverture des soins de "
                            "santé dans le cadre du Programme fédéral de santé intérimaire.",
                        ),
                    },
                    {
                        "text": t(
                            "It is available only to victims of sexual exploitation.",
                            "Il est réservé aux victimes d'exploitation sexuelle.",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "False. Most of the permits issued by the end of 2011 went to "
                            "victims of labour exploitation.",
                            "Faux. La plupart des permis délivrés jusqu'à la fin de 2011 l'ont "
                            "été à des victimes d'exploitation par le travail.",
                        ),
                    },
                    {
                        "text": t(
                            "The holder can apply for a work permit.",
                            "Le titulaire peut demander un permis de travail.",
                        ),
                        "is_correct": True,
                        "feedback": t(
                            "True. A victim who holds a TRP can apply for a work permit.",
                            "Vrai. Une victime titulaire d'un PST peut demander un permis de "
                            "travail.",
                        ),
                    },
                ],
                "explanation": t(
                    "<p>A TRP offers stability: legal status, health care including trauma "
                    "counselling, and the possibility of working, with no obligation to "
                    "testify. It lets a victim recover and make free choices about what comes "
                    "next.</p>",
                    "<p>Le PST offre de la stabilité : un statut légal, des soins de santé, y "
                    "compris du counseling en traumatologie, et la possibilité de travailler, "
                    "sans obligation de témoigner. Il permet à la victime de se rétablir et de "
                    "choisir librement la suite.</p>",
                ),
            },
        ),
    ],
)


# Lesson 6 -----------------------------------------------------------------------------------

RESPONDING = lesson(
    slug="responding-and-referring",
    slug_fr="intervenir-et-orienter",
    title=t("Responding and referring", "Intervenir et orienter"),
    summary=t(
        "What to do when you suspect that a traveller is a victim of trafficking, from the "
        "primary inspection line to a referral.",
        "Que faire lorsque vous soupçonnez qu'un voyageur est victime de la traite, de la "
        "ligne d'inspection primaire jusqu'à l'orientation.",
    ),
    minutes=14,
    body=[
        (
            "heading",
            {
                "text": t(
                    "A safe, victim-centred response",
                    "Une intervention sûre et centrée sur la victime",
                ),
                "level": "h2",
            },
        ),
        (
            "paragraph",
            t(
                "<p>When indicators suggest that a traveller may be a victim of trafficking, "
                "your response should protect the person, keep you and your colleagues safe "
                "and preserve the possibility of an investigation.</p>"
                "<ol>"
                "<li><strong>Refer to secondary inspection</strong> so that the traveller can "
                "be seen in a private setting, away from any companion.</li>"
                "<li><strong>Put safety first.</strong> Consider the immediate safety of the "
                "traveller, of others who may be at risk and of staff. Do not confront a "
                "suspected trafficker.</li>"
                "<li><strong>Communicate with care.</strong> Use an independent interpreter, "
                "never a companion. Use plain language, explain your role and avoid blame. "
                "Fear and trauma can make an account confused or inconsistent.</li>"
                "<li><strong>Meet immediate needs</strong>, such as medical care, food, rest "
                "and a safe place to wait.</li>"
                "<li><strong>Notify your chain of command</strong> and follow your agency's "
                "referral procedure, which involves the police and victim services.</li>"
                "<li><strong>Record the facts</strong> accurately: what you saw and heard, who "
                "held the documents and what was said.</li>"
                "</ol>",
                "<p>Lorsque des indicateurs laissent croire qu'un voyageur pourrait être "
                "victime de la traite, votre intervention doit protéger la personne, assurer "
                "votre sécurité et celle de vos collègues, et préserver la possibilité d'une "
                "enquête.</p>"
                "<ol>"
                "<li><strong>Dirigez le voyageur vers l'inspection secondaire</strong>, pour "
                "qu'il puisse être reçu dans un cadre privé, à l'écart de tout "
                "accompagnateur.</li>"
                "<li><strong>La sécurité d'abord.</strong> Évaluez la sécurité immédiate du "
                "voyageur, des autres personnes qui pourraient être en danger et du "
                "personnel. N'affrontez pas un trafiquant présumé.</li>"
                "<li><strong>Communiquez avec soin.</strong> Faites appel à un interprète "
                "indépendant, jamais à un accompagnateur. Employez un langage simple, "
                "expliquez votre rôle et évitez tout reproche. La peur et le traumatisme "
                "peuvent rendre un récit confus ou incohérent.</li>"
                "<li><strong>Répondez aux besoins immédiats</strong>, comme des soins "
                "médicaux, de la nourriture, du repos et un endroit sûr où attendre.</li>"
                "<li><strong>Avisez votre chaîne de commandement</strong> et suivez la "
                "procédure d'orientation de votre organisme, qui fait intervenir la police et "
                "les services d'aide aux victimes.</li>"
                "<li><strong>Consignez les faits</strong> avec exactitude : ce que vous avez "
                "vu et entendu, qui détenait les documents et ce qui a été dit.</li>"
                "</ol>",
            ),
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": t("Mistakes to avoid", "Erreurs à éviter"),
                "body": t(
                    "<ul>"
                    "<li>Using a companion, employer or recruiter as an interpreter.</li>"
                    "<li>Confronting or alerting a suspected trafficker.</li>"
                    "<li>Promising outcomes you cannot guarantee, such as a permit or an "
                    "arrest.</li>"
                    "<li>Treating gaps in the traveller's story as proof of dishonesty.</li>"
                    "<li>Making the traveller's access to help depend on agreeing to "
                    "testify.</li>"
                    "</ul>",
                    "<ul>"
                    "<li>Faire appel à un accompagnateur, à un employeur ou à un recruteur "
                    "comme interprète.</li>"
                    "<li>Affronter ou alerter un trafiquant présumé.</li>"
                    "<li>Promettre des résultats que vous ne pouvez pas garantir, comme un "
                    "permis ou une arrestation.</li>"
                    "<li>Considérer les lacunes du récit du voyageur comme une preuve de "
                    "malhonnêteté.</li>"
                    "<li>Subordonner l'aide offerte au voyageur à son accord pour "
                    "témoigner.</li>"
                    "</ul>",
                ),
            },
        ),
        (
            "accordion",
            {
                "title": t("Who to involve", "Qui faire intervenir"),
                "items": [
                    {
                        "heading": t("Your chain of command", "Votre chaîne de commandement"),
                        "body": t(
                            "<p>Your superintendent or supervisor coordinates the response, "
                            "brings in specialized staff and makes sure that your agency's "
                            "procedures are followed.</p>",
                            "<p>Votre surintendant ou votre superviseur coordonne "
                            "l'intervention, fait appel au personnel spécialisé et veille au "
                            "respect des procédures de votre organisme.</p>",
                        ),
                    },
                    {
                        "heading": t("The police", "La police"),
                        "body": t(
                            "<p>The police of jurisdiction and the RCMP investigate "
                            "trafficking offences. The RCMP's Human Trafficking National "
                            "Coordination Centre supports police across the country, and the "
                            "plan creates a dedicated integrated enforcement team, led by the "
                            "RCMP and supported by the Canada Border Services Agency, to "
                            "investigate trafficking proactively.</p>",
                            "<p>Le service de police compétent et la GRC enquêtent sur les "
                            "infractions de traite. Le Centre national de coordination contre "
                            "la traite de personnes de la GRC appuie les services de police de "
                            "tout le pays, et le plan crée une équipe intégrée d'application "
                            "de la loi, dirigée par la GRC et appuyée par l'Agence des services "
                            "frontaliers du Canada, pour mener des enquêtes proactives sur la "
                            "traite.</p>",
                        ),
                    },
                    {
                        "heading": t("Immigration officials", "Les autorités de l'immigration"),
                        "body": t(
                            "<p>Immigration officers can issue a temporary resident permit to "
                            "a foreign national victim and explain the other immigration "
                            "options available.</p>",
                            "<p>Les agents d'immigration peuvent délivrer un permis de séjour "
                            "temporaire à une victime étrangère et expliquer les autres "
                            "possibilités qui s'offrent à elle en matière d'immigration.</p>",
                        ),
                    },
                    {
                        "heading": t("Victim services", "Les services d'aide aux victimes"),
                        "body": t(
                            "<p>Victim services and community organizations provide support "
                            "that officers cannot, such as emergency shelter, counselling and "
                            "help navigating health and social services. The integrated "
                            "enforcement team works in close partnership with victim service "
                            "providers.</p>",
                            "<p>Les services d'aide aux victimes et les organismes "
                            "communautaires offrent un soutien que les agents ne peuvent pas "
                            "offrir, comme l'hébergement d'urgence, le counseling et "
                            "l'accompagnement dans les services de santé et les services "
                            "sociaux. L'équipe intégrée d'application de la loi travaille en "
                            "étroite collaboration avec les fournisseurs de services aux "
                            "victimes.</p>",
                        ),
                    },
                ],
            },
        ),
        (
            "scenario",
            {
                "title": t("At the primary inspection line", "À la ligne d'inspection primaire"),
                "intro": t(
                    "<p>You are working the primary inspection line at a land border crossing. "
                    "A car pulls up with two people: a man in his forties, who is driving, "
                    "and a young woman in the passenger seat. The man hands you both "
                    "passports.</p>",
                    "<p>Vous êtes en poste à la ligne d'inspection primaire d'un poste "
                    "frontalier terrestre. Une voiture s'arrête avec deux personnes à bord : "
                    "un homme dans la quarantaine, au volant, et une jeune femme sur le siège "
                    "du passager. L'homme vous tend les deux passeports.</p>",
                ),
                "steps": [
                    {
                        "key": "primary",
                        "situation": t(
                            "<p>The driver says they are visiting his cousin for a week. When "
                            "you ask the passenger a question, the driver answers for her. She "
                            "keeps her eyes down. Her passport shows that she is 18 and a "
                            "citizen of another country.</p>"
                            "<p>What do you do?</p>",
                            "<p>Le conducteur dit qu'ils vont rendre visite à son cousin pour "
                            "une semaine. Quand vous posez une question à la passagère, le "
                            "conducteur répond à sa place. Elle garde les yeux baissés. Son "
                            "passeport indique qu'elle a 18 ans et qu'elle est citoyenne d'un "
                            "autre pays.</p>"
                            "<p>Que faites-vous ?</p>",
                        ),
                        "choices": [
                            {
                                "label": t(
                                    "Refer both travellers to secondary inspection, with your "
                                    "observations noted on the referral.",
                                    "Diriger les deux voyageurs vers l'inspection secondaire "
                                    "en inscrivant vos observations sur le renvoi.",
                                ),
                                "consequence": t(
                                    "<p>You refer the car to secondary and note that the "
                                    "driver held both passports and answered for the "
                                    "passenger. The officer in secondary will know what to "
                                    "look for.</p>",
                                    "<p>Vous dirigez la voiture vers l'inspection secondaire "
                                    "en notant que le conducteur détenait les deux passeports "
                                    "et répondait à la place de la passagère. L'agent de "
                                    "l'inspection secondaire saura quoi examiner.</p>",
                                ),
                                "feedback": t(
                                    "Good. Time at the primary inspection line is short: your "
                                    "role is to notice and refer, with clear notes, so that "
                                    "the traveller can be seen privately in secondary.",
                                    "Bien. Le temps est compté à la ligne d'inspection "
                                    "primaire : votre rôle est de remarquer et de diriger, "
                                    "notes claires à l'appui, pour que la voyageuse puisse "
                                    "être reçue en privé à l'inspection secondaire.",
                                ),
                                "is_best": True,
                                "next_step": "secondary",
                            },
                            {
                                "label": t(
                                    "Ask the passenger, in front of the driver, whether she "
                                    "is all right.",
                                    "Demander à la passagère, devant le conducteur, si tout "
                                    "va bien.",
                                ),
                                "consequence": t(
                                    "<p>She glances at the driver and says she is fine. The "
                                    "driver smiles. You refer them to secondary anyway, but "
                                    "the driver is now on his guard.</p>",
                                    "<p>Elle jette un coup d'œil au conducteur et dit que "
                                    "tout va bien. Le conducteur sourit. Vous les dirigez tout "
                                    "de même vers l'inspection secondaire, mais le conducteur "
                                    "est désormais sur ses gardes.</p>",
                                ),
                                "feedback": t(
                                    "Questions asked in front of a possible controller rarely "
                                    "get an honest answer and can alert him. Refer to "
                                    "secondary and let the conversation happen in private.",
                                    "Les questions posées devant une personne qui exerce "
                                    "peut-être un contrôle obtiennent rarement une réponse "
                                    "franche et peuvent l'alerter. Dirigez vers l'inspection "
                                    "secondaire et laissez la conversation se dérouler en "
                                    "privé.",
                                ),
                                "is_best": False,
                                "next_step": "secondary",
                            },
                            {
                                "label": t(
                                    "Admit them: the documents are in order.",
                                    "Les laisser entrer : les documents sont en règle.",
                                ),
                                "consequence": t(
                                    "<p>The car drives on. The documents were genuine, but "
                                    "the signs of control went unexamined, and the young woman "
                                    "is now out of reach.</p>",
                                    "<p>La voiture repart. Les documents étaient "
                                    "authentiques, mais les signes de contrôle n'ont pas été "
                                    "examinés, et la jeune femme est désormais hors "
                                    "d'atteinte.</p>",
                                ),
                                "feedback": t(
                                    "Valid documents do not rule out trafficking. A companion "
                                    "who holds the documents and answers for the traveller "
                                    "gives you reason to refer.",
                                    "Des documents valides n'excluent pas la traite. Un "
                                    "accompagnateur qui détient les documents et répond à la "
                                    "place de la voyageuse justifie un renvoi.",
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                    {
                        "key": "secondary",
                        "situation": t(
                            "<p>In secondary, a colleague speaks with the driver while you "
                            "meet the young woman in a private room. She speaks little English "
                            "and no French. From the next room, the driver offers to "
                            "translate.</p>"
                            "<p>How do you proceed?</p>",
                            "<p>À l'inspection secondaire, un collègue s'entretient avec le "
                            "conducteur pendant que vous recevez la jeune femme dans une salle "
                            "privée. Elle parle peu l'anglais et pas du tout le français. De "
                            "la pièce voisine, le conducteur propose de traduire.</p>"
                            "<p>Comment procédez-vous ?</p>",
                        ),
                        "choices": [
                            {
                                "label": t(
                                    "Arrange an independent interpreter, by telephone if needed.",
                                    "Faire appel à un interprète indépendant, par téléphone au "
                                    "besoin.",
                                ),
                                "consequence": t(
                                    "<p>An interpreter joins by telephone. You introduce "
                                    "yourself, explain your role in plain words and ask open "
                                    "questions. After a while, she begins to talk.</p>",
                                    "<p>Un interprète se joint à vous par téléphone. Vous vous "
                                    "présentez, expliquez simplement votre rôle et posez des "
                                    "questions ouvertes. Au bout d'un moment, elle commence à "
                                    "parler.</p>",
                                ),
                                "feedback": t(
                                    "Right. An independent interpreter protects both the "
                                    "accuracy of what she says and her safety.",
                                    "Exact. Un interprète indépendant protège à la fois "
                                    "l'exactitude de ses propos et sa sécurité.",
                                ),
                                "is_best": True,
                                "next_step": "disclosure",
                            },
                            {
                                "label": t(
                                    "Accept the driver's offer to translate.",
                                    "Accepter l'offre du conducteur de traduire.",
                                ),
                                "consequence": t(
                                    "<p>The driver “translates” her answers: she is visiting "
                                    "family and is happy. You have no way of knowing what she "
                                    "actually said, and the interview ends there.</p>",
                                    "<p>Le conducteur « traduit » ses réponses : elle rend "
                                    "visite à de la famille et elle est heureuse. Vous n'avez "
                                    "aucun moyen de savoir ce qu'elle a réellement dit, et "
                                    "l'entrevue s'arrête là.</p>",
                                ),
                                "feedback": t(
                                    "Never use a possible controller as an interpreter. He "
                                    "can change her words and intimidate her.",
                                    "Ne faites jamais appel comme interprète à une personne "
                                    "qui exerce peut-être un contrôle. Elle peut déformer les "
                                    "propos de la voyageuse et l'intimider.",
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": t(
                                    "Continue in English with simple questions and gestures.",
                                    "Poursuivre en anglais avec des questions simples et des "
                                    "gestes.",
                                ),
                                "consequence": t(
                                    "<p>She tries to answer but understands little. You "
                                    "realize you are missing important details and arrange an "
                                    "independent interpreter by telephone.</p>",
                                    "<p>Elle essaie de répondre, mais comprend peu. Vous vous "
                                    "rendez compte que des détails importants vous échappent "
                                    "et faites appel à un interprète indépendant par "
                                    "téléphone.</p>",
                                ),
                                "feedback": t(
                                    "Language barriers isolate victims. Without an "
                                    "interpreter, you risk misunderstanding her, and she "
                                    "cannot tell you what she needs. Arrange one early.",
                                    "La barrière de la langue isole les victimes. Sans "
                                    "interprète, vous risquez de mal la comprendre, et elle ne "
                                    "peut pas vous dire ce dont elle a besoin. Faites appel à "
                                    "un interprète dès le départ.",
                                ),
                                "is_best": False,
                                "next_step": "disclosure",
                            },
                        ],
                    },
                    {
                        "key": "disclosure",
                        "situation": t(
                            "<p>Through the interpreter, she says the driver found her a job "
                            "as a waitress and paid for her trip. She now owes him money. He "
                            "keeps her passport, and he has said that if she talks to the "
                            "police, her younger brother at home will be hurt. She starts to "
                            "cry and says she does not want to get anyone in trouble.</p>"
                            "<p>What do you do now?</p>",
                            "<p>Par l'entremise de l'interprète, elle explique que le "
                            "conducteur lui a trouvé un emploi de serveuse et a payé son "
                            "voyage. Elle lui doit maintenant de l'argent. Il garde son "
                            "passeport et lui a dit que si elle parlait à la police, son petit "
                            "frère, resté au pays, subirait des violences. Elle se met à "
                            "pleurer et dit qu'elle ne veut causer d'ennuis à personne.</p>"
                            "<p>Que faites-vous maintenant ?</p>",
                        ),
                        "choices": [
                            {
                                "label": t(
                                    "Reassure her about her safety, see to her immediate "
                                    "needs and notify your superintendent to start the "
                                    "referral.",
                                    "La rassurer quant à sa sécurité, répondre à ses besoins "
                                    "immédiats et aviser votre surintendant pour amorcer "
                                    "l'orientation.",
                                ),
                                "consequence": t(
                                    "<p>You tell her she is safe here for now, offer water "
                                    "and a place to rest, and ask whether she needs medical "
                                    "care. Your superintendent is informed and starts the "
                                    "referral procedure.</p>",
                                    "<p>Vous lui dites qu'elle est en sécurité ici pour le "
                                    "moment, lui offrez de l'eau et un endroit où se reposer, "
                                    "et lui demandez si elle a besoin de soins médicaux. Votre "
                                    "surintendant est informé et amorce la procédure "
                                    "d'orientation.</p>",
                                ),
                                "feedback": t(
                                    "Good. Safety and immediate needs come first, and the "
                                    "chain of command coordinates the next steps.",
                                    "Bien. La sécurité et les besoins immédiats passent "
                                    "d'abord, et la chaîne de commandement coordonne les "
                                    "étapes suivantes.",
                                ),
                                "is_best": True,
                                "next_step": "referral",
                            },
                            {
                                "label": t(
                                    "Tell her she must give a formal statement against the "
                                    "driver if she wants help.",
                                    "Lui dire qu'elle doit faire une déclaration officielle "
                                    "contre le conducteur si elle veut de l'aide.",
                                ),
                                "consequence": t(
                                    "<p>She stops talking and asks to leave with the driver. "
                                    "Your superintendent steps in to explain that help does "
                                    "not depend on her testimony, and she slowly calms "
                                    "down.</p>",
                                    "<p>Elle cesse de parler et demande à repartir avec le "
                                    "conducteur. Votre surintendant intervient pour lui "
                                    "expliquer que l'aide ne dépend pas de son témoignage, et "
                                    "elle se calme peu à peu.</p>",
                                ),
                                "feedback": t(
                                    "Help must never depend on cooperating with a "
                                    "prosecution. In Canada, victims of trafficking are not "
                                    "required to testify against their trafficker to obtain "
                                    "temporary or permanent resident status.",
                                    "L'aide ne doit jamais dépendre de la collaboration à une "
                                    "poursuite. Au Canada, les victimes de la traite n'ont pas "
                                    "à témoigner contre leur trafiquant pour obtenir le statut "
                                    "de résident temporaire ou permanent.",
                                ),
                                "is_best": False,
                                "next_step": "referral",
                            },
                            {
                                "label": t(
                                    "Tell the driver what she said and ask for his explanation.",
                                    "Rapporter ses propos au conducteur et lui demander des "
                                    "explications.",
                                ),
                                "consequence": t(
                                    "<p>The driver denies everything and demands to leave. "
                                    "She now knows he has heard what she said, and she "
                                    "refuses to say anything more.</p>",
                                    "<p>Le conducteur nie tout et exige de partir. Elle sait "
                                    "maintenant qu'il a appris ce qu'elle a dit, et elle "
                                    "refuse d'en dire davantage.</p>",
                                ),
                                "feedback": t(
                                    "Confronting a suspected trafficker can put the victim "
                                    "and her family in danger and compromise an "
                                    "investigation. Leave the questioning of suspects to the "
                                    "police.",
                                    "Affronter un trafiquant présumé peut mettre la victime "
                                    "et sa famille en danger et compromettre une enquête. "
                                    "Laissez à la police le soin d'interroger les suspects.",
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                    {
                        "key": "referral",
                        "situation": t(
                            "<p>Your superintendent asks you to help complete the referral. "
                            "The young woman asks what will happen to her, and whether she "
                            "will be sent home.</p>"
                            "<p>What do you tell her?</p>",
                            "<p>Votre surintendant vous demande de l'aider à mener "
                            "l'orientation à terme. La jeune femme demande ce qui va lui "
                            "arriver et si elle sera renvoyée dans son pays.</p>"
                            "<p>Que lui dites-vous ?</p>",
                        ),
                        "choices": [
                            {
                                "label": t(
                                    "That police and victim services are being contacted, and "
                                    "that an immigration officer can consider a temporary "
                                    "resident permit, without promising the outcome.",
                                    "Que la police et les services d'aide aux victimes sont "
                                    "joints, et qu'un agent d'immigration peut envisager un "
                                    "permis de séjour temporaire, sans promettre le "
                                    "résultat.",
                                ),
                                "consequence": t(
                                    "<p>The police and a victim services worker are "
                                    "contacted, and an immigration officer is asked to "
                                    "consider a temporary resident permit. She understands "
                                    "that she has options and that she does not have to "
                                    "testify to get help.</p>",
                                    "<p>La police et une intervenante des services d'aide aux "
                                    "victimes sont jointes, et on demande à un agent "
                                    "d'immigration d'envisager un permis de séjour temporaire. "
                                    "Elle comprend qu'elle a des options et qu'elle n'a pas à "
                                    "témoigner pour obtenir de l'aide.</p>",
                                ),
                                "feedback": t(
                                    "Excellent. Honest, clear information, without promises "
                                    "you cannot keep, builds trust and lets her make her own "
                                    "choices.",
                                    "Excellent. Une information claire et honnête, sans "
                                    "promesses que vous ne pouvez pas tenir, inspire confiance "
                                    "et lui permet de faire ses propres choix.",
                                ),
                                "is_best": True,
                                "next_step": "",
                            },
                            {
                                "label": t(
                                    "That she will certainly be allowed to stay in Canada.",
                                    "Qu'elle pourra certainement rester au Canada.",
                                ),
                                "consequence": t(
                                    "<p>She is relieved, but the decision is not yours to "
                                    "make. If the outcome is different, her trust in the "
                                    "authorities may be lost.</p>",
                                    "<p>Elle est soulagée, mais cette décision ne vous "
                                    "appartient pas. Si l'issue est différente, elle risque de "
                                    "perdre toute confiance dans les autorités.</p>",
                                ),
                                "feedback": t(
                                    "Do not make promises you cannot guarantee. Explain what "
                                    "is possible, such as a temporary resident permit, and "
                                    "who decides.",
                                    "Ne faites pas de promesses que vous ne pouvez pas "
                                    "garantir. Expliquez ce qui est possible, comme un permis "
                                    "de séjour temporaire, et qui prend la décision.",
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": t(
                                    "That immigration matters are not your concern.",
                                    "Que les questions d'immigration ne vous concernent pas.",
                                ),
                                "consequence": t(
                                    "<p>She is left frightened and confused, and stops "
                                    "cooperating with the referral.</p>",
                                    "<p>Elle reste effrayée et désorientée, et cesse de "
                                    "collaborer à l'orientation.</p>",
                                ),
                                "feedback": t(
                                    "Fear of removal is one of the reasons victims stay "
                                    "silent. Give accurate information about the protections "
                                    "available, including temporary resident permits.",
                                    "La crainte d'un renvoi est l'une des raisons pour "
                                    "lesquelles les victimes se taisent. Donnez une "
                                    "information exacte sur les mesures de protection "
                                    "offertes, dont le permis de séjour temporaire.",
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                ],
                "debrief": t(
                    "<p>The best path went from noticing signs of control at the primary "
                    "inspection line, to a private interview with an independent interpreter, "
                    "to a response centred on her safety and needs, and finally to a referral "
                    "through your chain of command to the police, victim services and "
                    "immigration officials. At no point did help depend on her agreeing to "
                    "testify.</p>",
                    "<p>Le meilleur parcours allait du repérage des signes de contrôle à la "
                    "ligne d'inspection primaire à une entrevue privée avec un interprète "
                    "indépendant, puis à une intervention centrée sur sa sécurité et ses "
                    "besoins, et enfin à une orientation, par votre chaîne de commandement, "
                    "vers la police, les services d'aide aux victimes et les autorités de "
                    "l'immigration. À aucun moment l'aide n'a dépendu de son accord pour "
                    "témoigner.</p>",
                ),
            },
        ),
        (
            "accordion",
            {
                "title": t("The four pillars and your role", "Les quatre piliers et votre rôle"),
                "items": [
                    {
                        "heading": t("Prevention", "Prévention"),
                        "body": t(
                            "<p>Awareness and training stop trafficking before it starts. "
                            "Under the plan, every new border services officer completes "
                            "trafficking awareness training, outreach information is offered "
                            "to vulnerable foreign nationals after the primary inspection "
                            "line, and awareness materials are distributed at Canadian "
                            "embassies and high commissions abroad.</p>",
                            "<p>La sensibilisation et la formation empêchent la traite avant "
                            "qu'elle ne commence. En vertu du plan, chaque nouvel agent des "
                            "services frontaliers suit une formation de sensibilisation à la "
                            "traite, de l'information est offerte aux ressortissants étrangers "
                            "vulnérables après la ligne d'inspection primaire, et du matériel "
                            "de sensibilisation est distribué dans les ambassades et les "
                            "hauts-commissariats du Canada à l'étranger.</p>",
                        ),
                    },
                    {
                        "heading": t("Protection", "Protection"),
                        "body": t(
                            "<p>Identify victims early, separate them from traffickers and "
                            "connect them with care, victim services and immigration officials "
                            "who can issue a temporary resident permit.</p>",
                            "<p>Repérer tôt les victimes, les soustraire aux trafiquants et les "
                            "mettre en contact avec des soins, des services d'aide aux "
                            "victimes et des agents d'immigration pouvant délivrer un permis de "
                            "séjour temporaire.</p>",
                        ),
                    },
                    {
                        "heading": t("Prosecution", "Poursuites"),
                        "body": t(
                            "<p>Detect and refer so that traffickers can be investigated and "
                            "prosecuted. The agency collects, analyzes and shares intelligence "
                            "on trafficking and supports the RCMP-led integrated enforcement "
                            "team.</p>",
                            "<p>Détecter et orienter pour que les trafiquants puissent faire "
                            "l'objet d'enquêtes et de poursuites. L'Agence recueille, analyse "
                            "et communique du renseignement sur la traite et appuie l'équipe "
                            "intégrée d'application de la loi dirigée par la GRC.</p>",
                        ),
                    },
                    {
                        "heading": t("Partnerships", "Partenariats"),
                        "body": t(
                            "<p>No agency can act alone. Border services work with the RCMP "
                            "and other police services, immigration and passport authorities, "
                            "other federal departments, provinces and territories, civil "
                            "society and international partners, including through liaison "
                            "officers abroad and cooperation with the United States.</p>",
                            "<p>Aucun organisme ne peut agir seul. Les services frontaliers "
                            "collaborent avec la GRC et les autres services de police, les "
                            "autorités de l'immigration et des passeports, d'autres ministères "
                            "fédéraux, les provinces et les territoires, la société civile et "
                            "des partenaires internationaux, notamment par l'intermédiaire "
                            "d'agents de liaison à l'étranger et de la coopération avec les "
                            "États-Unis.</p>",
                        ),
                    },
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "question": t(
                    "At the primary inspection line, you notice indicators of possible "
                    "trafficking. What is the most appropriate first action?",
                    "À la ligne d'inspection primaire, vous remarquez des indicateurs de "
                    "traite possible. Quelle est la première mesure la plus appropriée ?",
                ),
                "choices": [
                    {
                        "text": t(
                            "Refer the traveller to secondary inspection, with clear notes.",
                            "Diriger le voyageur vers l'inspection secondaire, notes claires à "
                            "l'appui.",
                        ),
                        "is_correct": True,
                        "feedback": t(
                            "Correct. A referral allows a private, careful examination, with "
                            "an interpreter if needed.",
                            "Exact. Le renvoi permet un examen attentif, en privé, avec un "
                            "interprète au besoin.",
                        ),
                    },
                    {
                        "text": t(
                            "Question the traveller in depth at the booth.",
                            "Interroger le voyageur en détail à la guérite.",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "The booth is neither private nor suited to a careful interview, "
                            "and a companion may be listening.",
                            "La guérite n'est ni un lieu privé ni un endroit propice à une "
                            "entrevue attentive, et un accompagnateur pourrait écouter.",
                        ),
                    },
                    {
                        "text": t(
                            "Take the suspected trafficker aside and confront him.",
                            "Prendre à part le trafiquant présumé et l'affronter.",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "Never confront a suspected trafficker. It can endanger the victim "
                            "and harm an investigation.",
                            "N'affrontez jamais un trafiquant présumé. Cela peut mettre la "
                            "victime en danger et nuire à une enquête.",
                        ),
                    },
                    {
                        "text": t(
                            "Let the traveller go and report it if you see them again.",
                            "Laisser partir le voyageur et signaler le cas si vous le revoyez.",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "You may never see them again. Act while the person is still at "
                            "the port of entry.",
                            "Vous ne le reverrez peut-être jamais. Agissez pendant que la "
                            "personne se trouve encore au point d'entrée.",
                        ),
                    },
                ],
                "explanation": t(
                    "<p>At the primary inspection line, your job is to notice and refer. The "
                    "private setting of secondary inspection, with an independent interpreter, "
                    "is where a possible victim can speak more safely.</p>",
                    "<p>À la ligne d'inspection primaire, votre rôle est de remarquer et de "
                    "diriger. C'est dans le cadre privé de l'inspection secondaire, avec un "
                    "interprète indépendant, qu'une victime possible peut parler plus en "
                    "sécurité.</p>",
                ),
            },
        ),
    ],
)


# The course ---------------------------------------------------------------------------------

LESSONS = [
    UNDERSTANDING,
    TRAFFICKING_OR_SMUGGLING,
    INDICATORS,
    THE_LAW,
    PROTECTING_VICTIMS,
    RESPONDING,
]

COURSE = {
    "slug": "human-trafficking-border-services",
    "slug_fr": "traite-de-personnes-services-frontaliers",
    "title": both(
        t(
            "Human Trafficking Awareness for Border Services Officers",
            "Sensibilisation à la traite de personnes pour les agents des services frontaliers",
        )
    ),
    "summary": both(
        t(
            "Recognize possible victims of human trafficking at ports of entry, tell "
            "trafficking apart from migrant smuggling, know the offences in the IRPA and the "
            "Criminal Code, and protect and refer foreign national victims, including through "
            "temporary resident permits.",
            "Reconnaître les victimes possibles de la traite de personnes aux points "
            "d'entrée, distinguer la traite du passage de clandestins, connaître les "
            "infractions prévues par la LIPR et le Code criminel, et protéger et orienter les "
            "victimes étrangères, notamment grâce au permis de séjour temporaire.",
        )
    ),
    "intro": both(
        t(
            "<p>Border services officers are often the first officials to meet a victim of "
            "human trafficking, sometimes before the exploitation has even begun. Victims "
            "rarely ask for help: they may be afraid, controlled by a companion, unable to "
            "speak English or French, or unaware that what is happening to them is a "
            "crime.</p>"
            "<p>This course explains what trafficking is, how it differs from migrant "
            "smuggling, which indicators to look for at a port of entry, which laws apply, and "
            "how to protect and refer a possible victim. It is based on Canada's <em>National "
            "Action Plan to Combat Human Trafficking</em> (2012).</p>",
            "<p>Les agents des services frontaliers sont souvent les premiers représentants de "
            "l'État à rencontrer une victime de la traite de personnes, parfois avant même que "
            "l'exploitation ait commencé. Les victimes demandent rarement de l'aide : elles "
            "peuvent avoir peur, être contrôlées par un accompagnateur, ne parler ni anglais "
            "ni français, ou ignorer que ce qu'elles subissent est un crime.</p>"
            "<p>Ce cours explique ce qu'est la traite, en quoi elle se distingue du passage de "
            "clandestins, quels indicateurs rechercher au point d'entrée, quelles lois "
            "s'appliquent et comment protéger et orienter une victime possible. Il s'appuie "
            "sur le <em>Plan d'action national de lutte contre la traite de personnes</em> du "
            "Canada (2012).</p>",
        )
    ),
    "objectives": both(
        [
            t(
                "Explain what human trafficking is and why it can happen without crossing a "
                "border.",
                "Expliquer ce qu'est la traite de personnes et pourquoi elle peut avoir lieu "
                "sans franchissement de frontière.",
            ),
            t(
                "Distinguish human trafficking from migrant smuggling by consent, exploitation "
                "and transnationality.",
                "Distinguer la traite de personnes du passage de clandestins selon le "
                "consentement, l'exploitation et la transnationalité.",
            ),
            t(
                "Recognize indicators of trafficking at a port of entry without relying on a "
                "single sign or on nationality.",
                "Reconnaître les indicateurs de traite au point d'entrée sans se fier à un "
                "seul signe ni à la nationalité.",
            ),
            t(
                "Describe the trafficking offences in the IRPA and the Criminal Code and their "
                "penalties.",
                "Décrire les infractions de traite prévues par la LIPR et le Code criminel, et "
                "les peines dont elles sont assorties.",
            ),
            t(
                "Explain what a temporary resident permit offers a foreign national victim, "
                "and refer a possible victim safely.",
                "Expliquer ce qu'offre le permis de séjour temporaire à une victime étrangère, "
                "et orienter une victime possible en toute sécurité.",
            ),
        ]
    ),
    "audiences": ["border-services-officer"],
    "topics": ["trafficking-basics", "border", "indicators", "law", "referral"],
    "estimated_minutes": sum(lesson["estimated_minutes"] for lesson in LESSONS),
    "sequential": True,
    "lessons": LESSONS,
}
