"""Demo course: trafficking in persons for police cadets and officers.

Written from the facts of Canada's National Action Plan to Combat Human Trafficking (2012).
Lesson bodies are written once, with each text in English and French side by side (``t``);
``lesson`` then builds the two parallel bodies, ``body_en`` and ``body_fr``, so that the
block types, list lengths, scenario keys and answers are the same in both languages.
"""

from __future__ import annotations

from courses.demo.bilingual import ILLUSTRATIVE, both, lesson, t

# Lesson 1 -----------------------------------------------------------------------------------

IN_CANADA = lesson(
    slug="trafficking-in-persons-in-canada",
    slug_fr="la-traite-de-personnes-au-canada",
    title=t("Trafficking in persons in Canada", "La traite de personnes au Canada"),
    summary=t(
        "What trafficking in persons is, what it looks like in Canadian communities and who "
        "is most at risk.",
        "Ce qu'est la traite de personnes, ce à quoi elle ressemble dans les collectivités "
        "canadiennes et qui y est le plus exposé.",
    ),
    minutes=11,
    body=[
        (
            "heading",
            {
                "text": t("What police need to know", "Ce que les policiers doivent savoir"),
                "level": "h2",
            },
        ),
        (
            "paragraph",
            t(
                "<p>Trafficking in persons is the recruitment, transportation or harbouring of "
                "a person, or the exercise of control, direction or influence over their "
                "movements, for the purpose of exploiting them, usually through sexual "
                "exploitation or forced labour. Worldwide, it is considered one of the most "
                "lucrative criminal activities, rivalled only by drug and firearms "
                "trafficking.</p>"
                "<p>In Canada, trafficking for sexual exploitation is, to date, the most common "
                "form, and the vast majority of victims are Canadian women and children. It "
                "happens in large urban centres and in smaller cities and communities, and no "
                "border needs to be crossed. Evidence of trafficking for forced labour has also "
                "grown, with charges laid in Alberta, Ontario and British Columbia. These cases "
                "have involved foreign national men and women, some recruited through the "
                "fraudulent use of the Temporary Foreign Worker Program by third parties, and "
                "some exploited as domestic servants.</p>",
                "<p>La traite de personnes consiste à recruter, à transporter ou à héberger "
                "une personne, ou à exercer un contrôle, une direction ou une influence sur "
                "ses déplacements, dans le but de l'exploiter, généralement par l'exploitation "
                "sexuelle ou le travail forcé. À l'échelle mondiale, elle est considérée comme "
                "l'une des activités criminelles les plus lucratives, n'étant surpassée que "
                "par le trafic de drogues et d'armes à feu.</p>"
                "<p>Au Canada, la traite à des fins d'exploitation sexuelle est, à ce jour, la "
                "forme la plus courante, et la grande majorité des victimes sont des femmes et "
                "des enfants canadiens. Elle se produit dans les grands centres urbains comme "
                "dans les villes et les collectivités plus petites, et aucune frontière n'a "
                "besoin d'être franchie. Les cas de traite à des fins de travail forcé se sont "
                "aussi multipliés, et des accusations ont été portées en Alberta, en Ontario "
                "et en Colombie-Britannique. Ces affaires concernaient des hommes et des "
                "femmes de nationalité étrangère, certains recrutés au moyen d'un usage "
                "frauduleux du Programme des travailleurs étrangers temporaires par des "
                "tiers, d'autres exploités comme domestiques.</p>",
            ),
        ),
        (
            "accordion",
            {
                "title": t("Understanding the risk", "Comprendre le risque"),
                "items": [
                    {
                        "heading": t("Who is at risk", "Qui est à risque"),
                        "body": t(
                            "<p>Men, women and children can all be victims, although women "
                            "represent the majority of victims in Canada to date. People who "
                            "are socially or economically disadvantaged face a higher risk, "
                            "including:</p>"
                            "<ul>"
                            "<li>some Indigenous women, youth and children;</li>"
                            "<li>migrants and new immigrants;</li>"
                            "<li>teenaged runaways and children in the care of child "
                            "protection services;</li>"
                            "<li>girls and women who are lured to large cities, or who move "
                            "there on their own.</li>"
                            "</ul>"
                            "<p>Young women are sometimes recruited by younger male members of "
                            "street gangs who use the promise of affection as a tool.</p>",
                            "<p>Les hommes, les femmes et les enfants peuvent tous être "
                            "victimes, bien que les femmes représentent à ce jour la majorité "
                            "des victimes au Canada. Les personnes socialement ou "
                            "économiquement défavorisées courent un risque accru, "
                            "notamment :</p>"
                            "<ul>"
                            "<li>certaines femmes, certains jeunes et certains enfants "
                            "autochtones ;</li>"
                            "<li>les migrants et les nouveaux immigrants ;</li>"
                            "<li>les adolescents en fugue et les enfants pris en charge par les "
                            "services de protection de l'enfance ;</li>"
                            "<li>les filles et les femmes attirées vers les grandes villes, ou "
                            "qui s'y installent de leur propre chef.</li>"
                            "</ul>"
                            "<p>Des jeunes femmes sont parfois recrutées par de jeunes membres "
                            "masculins de gangs de rue qui se servent de promesses d'affection "
                            "comme appât.</p>",
                        ),
                    },
                    {
                        "heading": t(
                            "Push and pull factors", "Facteurs d'incitation et d'attraction"
                        ),
                        "body": t(
                            "<p><strong>Push factors</strong> in countries of origin include "
                            "extreme poverty, unemployment, lack of education, inadequate "
                            "social programs, gender-based inequality, corruption, war and "
                            "conflict, and political unrest. <strong>Pull factors</strong> "
                            "include the profits that some economic sectors draw from cheap, "
                            "exploitative labour, and the promise of money and of what looks "
                            "like a better life.</p>",
                            "<p>Dans les pays d'origine, les <strong>facteurs "
                            "d'incitation</strong> comprennent l'extrême pauvreté, le chômage, "
                            "le manque d'instruction, l'insuffisance des programmes sociaux, "
                            "les inégalités entre les sexes, la corruption, la guerre et les "
                            "conflits, ainsi que l'instabilité politique. Les <strong>facteurs "
                            "d'attraction</strong> comprennent les profits que certains "
                            "secteurs économiques tirent d'une main-d'œuvre bon marché et "
                            "exploitée, et la promesse d'argent et de ce qui semble être une "
                            "vie meilleure.</p>",
                        ),
                    },
                    {
                        "heading": t(
                            "How traffickers keep control",
                            "Comment les trafiquants maintiennent leur emprise",
                        ),
                        "body": t(
                            "<p>Traffickers take away identity documents and passports and "
                            "rely on threats, intimidation, physical violence, sexual abuse "
                            "and isolation. Threats are often aimed at the victim's family. "
                            "Victims who try to escape may face deadly consequences.</p>",
                            "<p>Les trafiquants confisquent les pièces d'identité et les "
                            "passeports, et recourent aux menaces, à l'intimidation, à la "
                            "violence physique, aux agressions sexuelles et à l'isolement. "
                            "Les menaces visent souvent la famille de la victime. Les victimes "
                            "qui tentent de s'enfuir risquent parfois d'y laisser leur "
                            "vie.</p>",
                        ),
                    },
                    {
                        "heading": t("Low risk, high reward", "Peu de risques, gros profits"),
                        "body": t(
                            "<p>Because the crime is clandestine, it is hard to detect and "
                            "investigate, and prosecution rates are relatively low worldwide. "
                            "A victim can be exploited over and over, which makes trafficking "
                            "highly profitable: the United Nations has estimated that it "
                            "generates about US$32 billion a year.</p>",
                            "<p>Comme il s'agit d'un crime clandestin, il est difficile à "
                            "détecter et à enquêter, et les taux de poursuite sont relativement "
                            "faibles dans le monde. Une victime peut être exploitée encore et "
                            "encore, ce qui rend la traite très rentable : les Nations Unies "
                            "estiment qu'elle rapporte environ 32 milliards de dollars "
                            "américains par année.</p>",
                        ),
                    },
                ],
            },
        ),
        (
            "case_excerpt",
            {
                "quote": t(
                    "A 16-year-old who has run away from a group home meets a slightly older "
                    "man who buys her meals, gives her a phone and tells her he loves her. "
                    "Within weeks, he says she owes him for everything he has given her, and "
                    "he begins advertising her online for sex. He keeps the money and tells "
                    "her that no one else will ever care about her.",
                    "Une adolescente de 16 ans en fugue d'un foyer de groupe rencontre un "
                    "homme un peu plus âgé qui lui paie des repas, lui donne un téléphone et "
                    "lui dit qu'il l'aime. En quelques semaines, il affirme qu'elle lui doit "
                    "tout ce qu'il lui a donné et commence à offrir ses services sexuels en "
                    "ligne. Il garde l'argent et lui répète que personne d'autre ne se "
                    "souciera jamais d'elle.",
                ),
                "citation": ILLUSTRATIVE,
                "note": t(
                    "<p>The plan identifies teenaged runaways and children in care as groups "
                    "at risk, and notes that young women are sometimes recruited through the "
                    "promise of affection. Because she is under 18, the offence of "
                    "trafficking a person under 18 (section 279.011 of the <em>Criminal "
                    "Code</em>) could apply.</p>",
                    "<p>Le plan désigne les adolescents en fugue et les enfants pris en charge "
                    "comme des groupes à risque, et signale que de jeunes femmes sont parfois "
                    "recrutées au moyen de promesses d'affection. Comme elle a moins de "
                    "18 ans, l'infraction de traite de personnes âgées de moins de 18 ans "
                    "(article 279.011 du <em>Code criminel</em>) pourrait s'appliquer.</p>",
                ),
            },
        ),
        (
            "glossary",
            {
                "title": t("Key terms", "Termes clés"),
                "terms": [
                    {
                        "term": t("Trafficking in persons", "Traite de personnes"),
                        "definition": t(
                            "Recruiting, moving, holding or controlling a person for the "
                            "purpose of exploiting them or facilitating their exploitation.",
                            "Fait de recruter, de déplacer, de détenir ou de contrôler une "
                            "personne en vue de l'exploiter ou de faciliter son exploitation.",
                        ),
                    },
                    {
                        "term": t("Forced labour", "Travail forcé"),
                        "definition": t(
                            "Work or services obtained from a person through threats, force or "
                            "other coercion.",
                            "Travail ou services obtenus d'une personne au moyen de menaces, "
                            "de la force ou d'une autre forme de contrainte.",
                        ),
                    },
                    {
                        "term": t("Indictable offence", "Acte criminel"),
                        "definition": t(
                            "The more serious category of criminal offence in Canada. All four "
                            "trafficking offences in the Criminal Code are indictable.",
                            "Catégorie d'infractions criminelles la plus grave au Canada. Les "
                            "quatre infractions de traite du Code criminel sont des actes "
                            "criminels.",
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
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "information",
                "title": t(
                    "Why cadets learn this now", "Pourquoi les cadets l'apprennent dès maintenant"
                ),
                "body": t(
                    "<p>The National Action Plan committed the RCMP to adding human "
                    "trafficking awareness to its cadet training and to developing "
                    "specialized training for police officers through the Canadian Police "
                    "College. Front-line officers are often a victim's first point of contact "
                    "with the authorities, and the way that first contact goes can shape "
                    "everything that follows.</p>",
                    "<p>Le Plan d'action national engageait la GRC à intégrer la "
                    "sensibilisation à la traite de personnes à la formation des cadets et à "
                    "offrir aux policiers une formation spécialisée par l'entremise du Collège "
                    "canadien de police. Les policiers de première ligne sont souvent le "
                    "premier contact d'une victime avec les autorités, et le déroulement de ce "
                    "premier contact peut influer sur toute la suite.</p>",
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": t(
                    "According to the National Action Plan, which statement best describes "
                    "trafficking in Canada to date?",
                    "Selon le Plan d'action national, quel énoncé décrit le mieux la traite "
                    "au Canada à ce jour ?",
                ),
                "choices": [
                    {
                        "text": t(
                            "Most victims are foreign nationals brought in for forced labour.",
                            "La plupart des victimes sont des ressortissants étrangers amenés "
                            "au pays pour y être soumis au travail forcé.",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "Forced labour cases involving foreign nationals have grown, but "
                            "they are not the majority of cases in Canada.",
                            "Les cas de travail forcé visant des ressortissants étrangers ont "
                            "augmenté, mais ils ne représentent pas la majorité des cas au "
                            "Canada.",
                        ),
                    },
                    {
                        "text": t(
                            "Trafficking for sexual exploitation is the most common form, and "
                            "most victims are Canadian women and children.",
                            "La traite à des fins d'exploitation sexuelle est la forme la plus "
                            "courante, et la plupart des victimes sont des femmes et des "
                            "enfants canadiens.",
                        ),
                        "is_correct": True,
                        "feedback": t(
                            "Correct. This is what the plan reports for Canada to date.",
                            "Exact. C'est ce que le plan rapporte pour le Canada à ce jour.",
                        ),
                    },
                    {
                        "text": t(
                            "Trafficking only happens in large cities.",
                            "La traite ne se produit que dans les grandes villes.",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "It often happens in large urban centres, but also in smaller "
                            "cities and communities.",
                            "Elle se produit souvent dans les grands centres urbains, mais "
                            "aussi dans des villes et des collectivités plus petites.",
                        ),
                    },
                    {
                        "text": t(
                            "Trafficking requires victims to be moved across a border.",
                            "La traite exige que les victimes franchissent une frontière.",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "No border crossing is needed. Trafficking can happen entirely "
                            "within one city.",
                            "Aucun franchissement de frontière n'est nécessaire. La traite "
                            "peut se dérouler entièrement dans une même ville.",
                        ),
                    },
                ],
                "explanation": t(
                    "<p>Trafficking in Canada is largely domestic: most victims identified to "
                    "date are Canadian women and children trafficked for sexual exploitation. "
                    "Forced labour cases, often involving foreign nationals, are a growing "
                    "concern.</p>",
                    "<p>Au Canada, la traite est en grande partie intérieure : la plupart des "
                    "victimes repérées à ce jour sont des femmes et des enfants canadiens "
                    "exploités sexuellement. Les cas de travail forcé, qui visent souvent des "
                    "ressortissants étrangers, sont une préoccupation croissante.</p>",
                ),
            },
        ),
    ],
)


# Lesson 2 -----------------------------------------------------------------------------------

OFFENCES = lesson(
    slug="criminal-code-trafficking-offences",
    slug_fr="infractions-de-traite-du-code-criminel",
    title=t("The Criminal Code offences", "Les infractions du Code criminel"),
    summary=t(
        "Sections 279.01 to 279.03 create four indictable offences: trafficking in persons, "
        "trafficking of a person under 18, material benefit, and withholding or destroying "
        "documents.",
        "Les articles 279.01 à 279.03 créent quatre actes criminels : la traite de "
        "personnes, la traite de personnes âgées de moins de 18 ans, l'avantage matériel, "
        "et la rétention ou la destruction de documents.",
    ),
    minutes=14,
    body=[
        (
            "heading",
            {"text": t("Four specific offences", "Quatre infractions précises"), "level": "h2"},
        ),
        (
            "paragraph",
            t(
                "<p>The <em>Criminal Code</em> contains four indictable offences aimed "
                "specifically at human trafficking, and a fifth section that defines "
                "exploitation for all of them. The summaries below paraphrase the provisions "
                "as reproduced in the 2012 <em>National Action Plan</em>. They are a study "
                "aid, not the text of the law: in your work, always rely on the current "
                "version of the Code.</p>",
                "<p>Le <em>Code criminel</em> prévoit quatre actes criminels visant "
                "expressément la traite de personnes, ainsi qu'un cinquième article qui "
                "définit l'exploitation pour l'ensemble de ces infractions. Les résumés "
                "ci-dessous paraphrasent les dispositions telles que les reproduit le <em>Plan "
                "d'action national</em> de 2012. Ce sont des outils d'étude, et non le texte "
                "de la loi : dans votre travail, fiez-vous toujours à la version en vigueur "
                "du Code.</p>",
            ),
        ),
        (
            "callout",
            {
                "kind": "legal",
                "title": t(
                    "Section 279.01: Trafficking in persons",
                    "Article 279.01 : la traite de personnes",
                ),
                "body": t(
                    "<p><strong>Conduct:</strong> recruiting, transporting, transferring, "
                    "receiving, holding, concealing or harbouring a person, or exercising "
                    "control, direction or influence over the person's movements.</p>"
                    "<p><strong>Purpose:</strong> to exploit the person or to facilitate "
                    "their exploitation.</p>"
                    "<p><strong>Maximum penalty:</strong> life imprisonment if, while "
                    "committing the offence, the offender kidnaps the victim, commits an "
                    "aggravated assault or aggravated sexual assault against them, or causes "
                    "their death. 14 years' imprisonment in any other case.</p>"
                    "<p><strong>Consent:</strong> the victim cannot validly consent to the "
                    "activity that is the subject of the charge.</p>",
                    "<p><strong>Actes :</strong> recruter, transporter, transférer, recevoir, "
                    "détenir, cacher ou héberger une personne, ou exercer un contrôle, une "
                    "direction ou une influence sur ses mouvements.</p>"
                    "<p><strong>But :</strong> exploiter la personne ou faciliter son "
                    "exploitation.</p>"
                    "<p><strong>Peine maximale :</strong> l'emprisonnement à perpétuité si, "
                    "lors de la perpétration de l'infraction, l'auteur enlève la victime, "
                    "commet sur elle des voies de fait graves ou une agression sexuelle grave, "
                    "ou cause sa mort. 14 ans d'emprisonnement dans les autres cas.</p>"
                    "<p><strong>Consentement :</strong> la victime ne peut consentir "
                    "valablement à l'activité qui fait l'objet de l'accusation.</p>",
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "legal",
                "title": t(
                    "Section 279.011: Trafficking of a person under 18",
                    "Article 279.011 : la traite de personnes âgées de moins de 18 ans",
                ),
                "body": t(
                    "<p><strong>Conduct and purpose:</strong> the same as in section 279.01, "
                    "when the victim is under 18 years of age.</p>"
                    "<p><strong>Penalty:</strong> a maximum of life imprisonment and a "
                    "mandatory minimum of 6 years if the offender kidnaps the victim, commits "
                    "an aggravated assault or aggravated sexual assault against them, or "
                    "causes their death. In any other case, a maximum of 14 years and a "
                    "mandatory minimum of 5 years.</p>"
                    "<p><strong>Consent:</strong> as for section 279.01, consent to the "
                    "activity charged is not valid.</p>",
                    "<p><strong>Actes et but :</strong> les mêmes qu'à l'article 279.01, "
                    "lorsque la victime a moins de 18 ans.</p>"
                    "<p><strong>Peine :</strong> l'emprisonnement à perpétuité au maximum, avec "
                    "une peine minimale obligatoire de 6 ans, si l'auteur enlève la victime, "
                    "commet sur elle des voies de fait graves ou une agression sexuelle grave, "
                    "ou cause sa mort. Dans les autres cas, 14 ans au maximum, avec une peine "
                    "minimale obligatoire de 5 ans.</p>"
                    "<p><strong>Consentement :</strong> comme pour l'article 279.01, le "
                    "consentement à l'activité visée par l'accusation n'est pas valable.</p>",
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "legal",
                "title": t(
                    "Section 279.02: Material benefit", "Article 279.02 : l'avantage matériel"
                ),
                "body": t(
                    "<p>Receiving a financial or other material benefit while knowing that it "
                    "results from trafficking under section 279.01 or 279.011. This reaches "
                    "people who profit from the exploitation without recruiting or "
                    "controlling the victim themselves.</p>"
                    "<p><strong>Maximum penalty:</strong> 10 years' imprisonment.</p>",
                    "<p>Recevoir un avantage financier ou un autre avantage matériel en "
                    "sachant qu'il provient de la traite visée à l'article 279.01 ou 279.011. "
                    "Cette infraction vise les personnes qui profitent de l'exploitation sans "
                    "avoir elles-mêmes recruté ou contrôlé la victime.</p>"
                    "<p><strong>Peine maximale :</strong> 10 ans d'emprisonnement.</p>",
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "legal",
                "title": t(
                    "Section 279.03: Withholding or destroying documents",
                    "Article 279.03 : la rétention ou la destruction de documents",
                ),
                "body": t(
                    "<p>Concealing, removing, withholding or destroying another person's "
                    "travel document, or a document that establishes or claims to establish "
                    "their identity or immigration status, for the purpose of committing or "
                    "facilitating trafficking. It does not matter whether the document is "
                    "Canadian or foreign, or whether it is genuine.</p>"
                    "<p><strong>Maximum penalty:</strong> 5 years' imprisonment.</p>",
                    "<p>Cacher, enlever, retenir ou détruire le document de voyage d'une autre "
                    "personne, ou une pièce qui établit ou est censée établir son identité ou "
                    "son statut d'immigrant, en vue de commettre ou de faciliter la traite. Il "
                    "importe peu que le document soit canadien ou étranger, ou qu'il soit "
                    "authentique ou non.</p>"
                    "<p><strong>Peine maximale :</strong> 5 ans d'emprisonnement.</p>",
                ),
            },
        ),
        (
            "comparison_table",
            {
                "caption": t(
                    "Penalties at a glance, as set out in the 2012 plan",
                    "Les peines en un coup d'œil, selon le plan de 2012",
                ),
                "row_heading": t("Offence", "Infraction"),
                "columns": [
                    t("Maximum penalty", "Peine maximale"),
                    t("Mandatory minimum", "Peine minimale obligatoire"),
                ],
                "rows": [
                    {
                        "label": t(
                            "279.01, with kidnapping, aggravated assault, aggravated sexual "
                            "assault or death",
                            "279.01, avec enlèvement, voies de fait graves, agression sexuelle "
                            "grave ou mort",
                        ),
                        "cells": [
                            t("Life imprisonment", "Emprisonnement à perpétuité"),
                            t("None in the 2012 text", "Aucune dans le texte de 2012"),
                        ],
                    },
                    {
                        "label": t("279.01, any other case", "279.01, autres cas"),
                        "cells": [
                            t("14 years", "14 ans"),
                            t("None in the 2012 text", "Aucune dans le texte de 2012"),
                        ],
                    },
                    {
                        "label": t(
                            "279.011 (victim under 18), with kidnapping, aggravated assault, "
                            "aggravated sexual assault or death",
                            "279.011 (victime de moins de 18 ans), avec enlèvement, voies de "
                            "fait graves, agression sexuelle grave ou mort",
                        ),
                        "cells": [
                            t("Life imprisonment", "Emprisonnement à perpétuité"),
                            t("6 years", "6 ans"),
                        ],
                    },
                    {
                        "label": t(
                            "279.011 (victim under 18), any other case",
                            "279.011 (victime de moins de 18 ans), autres cas",
                        ),
                        "cells": [t("14 years", "14 ans"), t("5 years", "5 ans")],
                    },
                    {
                        "label": t("279.02 Material benefit", "279.02 Avantage matériel"),
                        "cells": [
                            t("10 years", "10 ans"),
                            t("None in the 2012 text", "Aucune dans le texte de 2012"),
                        ],
                    },
                    {
                        "label": t(
                            "279.03 Withholding or destroying documents",
                            "279.03 Rétention ou destruction de documents",
                        ),
                        "cells": [
                            t("5 years", "5 ans"),
                            t("None in the 2012 text", "Aucune dans le texte de 2012"),
                        ],
                    },
                ],
            },
        ),
        (
            "case_excerpt",
            {
                "quote": t(
                    "A man recruits young women, controls where they go and advertises them "
                    "for sex. His friend knows where the money comes from and accepts a share "
                    "of it for renting them an apartment. A third person keeps the women's "
                    "identity cards “for safekeeping” so that they cannot leave.",
                    "Un homme recrute de jeunes femmes, contrôle leurs déplacements et offre "
                    "leurs services sexuels par annonce. Son ami sait d'où vient l'argent et "
                    "en accepte une part en échange de la location d'un appartement. Une "
                    "troisième personne garde les cartes d'identité des femmes « pour les "
                    "mettre en sécurité », afin qu'elles ne puissent pas partir.",
                ),
                "citation": ILLUSTRATIVE,
                "note": t(
                    "<p>The recruiter's conduct points to trafficking in persons (section "
                    "279.01, or 279.011 if a victim is under 18). The friend who knowingly "
                    "takes a share of the proceeds may be liable for material benefit (section "
                    "279.02). Keeping the identity cards to facilitate the trafficking points "
                    "to section 279.03. Different people in the same operation can commit "
                    "different offences.</p>",
                    "<p>Les agissements du recruteur évoquent la traite de personnes (article "
                    "279.01, ou 279.011 si une victime a moins de 18 ans). L'ami qui accepte "
                    "sciemment une part des profits pourrait être responsable de l'infraction "
                    "d'avantage matériel (article 279.02). La rétention des cartes d'identité "
                    "pour faciliter la traite évoque l'article 279.03. Différentes personnes "
                    "d'une même organisation peuvent commettre différentes infractions.</p>",
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": t(
                    "A 17-year-old is trafficked for sexual exploitation. No kidnapping, "
                    "aggravated assault, aggravated sexual assault or death is involved. Under "
                    "the provisions described in the 2012 plan, what sentence range applies?",
                    "Une adolescente de 17 ans est victime de la traite à des fins "
                    "d'exploitation sexuelle. Il n'y a eu ni enlèvement, ni voies de fait "
                    "graves, ni agression sexuelle grave, ni mort. Selon les dispositions "
                    "décrites dans le plan de 2012, quelle fourchette de peines s'applique ?",
                ),
                "choices": [
                    {
                        "text": t(
                            "Up to 14 years, with a mandatory minimum of 5 years",
                            "Jusqu'à 14 ans, avec une peine minimale obligatoire de 5 ans",
                        ),
                        "is_correct": True,
                        "feedback": t(
                            "Correct. Section 279.011 applies because the victim is under 18.",
                            "Exact. L'article 279.011 s'applique parce que la victime a moins "
                            "de 18 ans.",
                        ),
                    },
                    {
                        "text": t(
                            "Up to 14 years, with no minimum",
                            "Jusqu'à 14 ans, sans peine minimale",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "That is the range for section 279.01 in the 2012 text, which "
                            "applies when the victim is an adult.",
                            "C'est la fourchette de l'article 279.01 dans le texte de 2012, "
                            "qui s'applique lorsque la victime est adulte.",
                        ),
                    },
                    {
                        "text": t(
                            "Life imprisonment, with a minimum of 6 years",
                            "L'emprisonnement à perpétuité, avec une peine minimale de 6 ans",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "That range applies under section 279.011 only when the offender "
                            "kidnaps the victim, commits an aggravated assault or aggravated "
                            "sexual assault, or causes death.",
                            "Cette fourchette ne s'applique, en vertu de l'article 279.011, "
                            "que si l'auteur enlève la victime, commet des voies de fait "
                            "graves ou une agression sexuelle grave, ou cause la mort.",
                        ),
                    },
                    {
                        "text": t("Up to 10 years", "Jusqu'à 10 ans"),
                        "is_correct": False,
                        "feedback": t(
                            "That is the maximum for material benefit under section 279.02.",
                            "C'est la peine maximale prévue pour l'avantage matériel, à "
                            "l'article 279.02.",
                        ),
                    },
                ],
                "explanation": t(
                    "<p>Section 279.011 mirrors section 279.01 for victims under 18 and adds "
                    "mandatory minimum penalties: 6 years in the aggravated cases and 5 years "
                    "in any other case. Penalties may have changed since 2012, so check the "
                    "current Code.</p>",
                    "<p>L'article 279.011 reprend l'article 279.01 pour les victimes de moins "
                    "de 18 ans et y ajoute des peines minimales obligatoires : 6 ans dans les "
                    "cas graves et 5 ans dans les autres cas. Les peines ont pu changer depuis "
                    "2012 : vérifiez le Code en vigueur.</p>",
                ),
            },
        ),
    ],
)


# Lesson 3 -----------------------------------------------------------------------------------

EXPLOITATION = lesson(
    slug="meaning-of-exploitation",
    slug_fr="la-notion-d-exploitation",
    title=t("The meaning of exploitation", "La notion d'exploitation"),
    summary=t(
        "Section 279.04 defines exploitation for all the trafficking offences. Learn how the "
        "test works and which other offences and laws may apply.",
        "L'article 279.04 définit l'exploitation pour toutes les infractions de traite. "
        "Découvrez comment s'applique le critère et quelles autres infractions et lois "
        "peuvent entrer en jeu.",
    ),
    minutes=13,
    body=[
        (
            "heading",
            {"text": t("The core of the offence", "Le cœur de l'infraction"), "level": "h2"},
        ),
        (
            "paragraph",
            t(
                "<p>Every trafficking offence turns on exploitation: the trafficker acts "
                "<em>for the purpose of</em> exploiting the victim or facilitating their "
                "exploitation. Section 279.04 explains what exploitation means for sections "
                "279.01 to 279.03. Because the offence is defined by its purpose, the focus is "
                "on why the accused acted, and not only on what had already happened to the "
                "victim.</p>",
                "<p>Toutes les infractions de traite reposent sur l'exploitation : le "
                "trafiquant agit <em>en vue</em> d'exploiter la victime ou de faciliter son "
                "exploitation. L'article 279.04 précise ce qu'on entend par exploitation aux "
                "fins des articles 279.01 à 279.03. Comme l'infraction est définie par son "
                "but, l'attention porte sur la raison pour laquelle l'accusé a agi, et pas "
                "seulement sur ce que la victime avait déjà subi.</p>",
            ),
        ),
        (
            "callout",
            {
                "kind": "legal",
                "title": t("Section 279.04: Exploitation", "Article 279.04 : l'exploitation"),
                "body": t(
                    "<p>For sections 279.01 to 279.03, a person exploits another person in "
                    "either of two situations:</p>"
                    "<ol>"
                    "<li>they cause the other person to provide, or offer to provide, labour "
                    "or a service through conduct that, considering all the circumstances, "
                    "could reasonably be expected to lead that person to believe that their "
                    "own safety, or the safety of someone they know, would be threatened if "
                    "they did not; or</li>"
                    "<li>they cause the other person, by deception or by the use or threat of "
                    "force or of any other form of coercion, to have an organ or tissue "
                    "removed.</li>"
                    "</ol>",
                    "<p>Aux fins des articles 279.01 à 279.03, une personne en exploite une "
                    "autre dans l'une ou l'autre de deux situations :</p>"
                    "<ol>"
                    "<li>elle l'amène à fournir, ou à offrir de fournir, un travail ou un "
                    "service par des agissements qui, compte tenu de l'ensemble des "
                    "circonstances, pourraient raisonnablement lui faire croire que sa propre "
                    "sécurité, ou celle d'une personne qu'elle connaît, serait menacée si elle "
                    "refusait ;</li>"
                    "<li>elle l'amène, par la tromperie ou par le recours ou la menace de "
                    "recours à la force ou à toute autre forme de contrainte, à se faire "
                    "prélever un organe ou des tissus.</li>"
                    "</ol>",
                ),
            },
        ),
        (
            "accordion",
            {
                "title": t("Applying the test", "Appliquer le critère"),
                "items": [
                    {
                        "heading": t(
                            "Look at the whole situation", "Examiner l'ensemble de la situation"
                        ),
                        "body": t(
                            "<p>The question is whether the conduct, in all the "
                            "circumstances, could reasonably be expected to make the person "
                            "fear for their safety or the safety of someone they know. "
                            "Circumstances that may matter include the person's age, "
                            "language, immigration status, isolation and dependence on the "
                            "accused, along with what was said and done to them.</p>",
                            "<p>Il s'agit de savoir si les agissements, compte tenu de "
                            "l'ensemble des circonstances, pourraient raisonnablement amener la "
                            "personne à craindre pour sa sécurité ou pour celle d'une personne "
                            "qu'elle connaît. Parmi les circonstances qui peuvent compter, "
                            "mentionnons l'âge de la personne, sa langue, son statut "
                            "d'immigration, son isolement et sa dépendance envers l'accusé, "
                            "ainsi que ce qu'on lui a dit et fait.</p>",
                        ),
                    },
                    {
                        "heading": t(
                            "Threats need not be physical or direct",
                            "Les menaces n'ont pas à être physiques ni directes",
                        ),
                        "body": t(
                            "<p>No chains or locked doors are required. The definition "
                            "expressly covers threats to the safety of a person the victim "
                            "knows, such as a relative in another country. A pattern of "
                            "intimidation that makes refusing feel dangerous can also be "
                            "relevant.</p>",
                            "<p>Nul besoin de chaînes ni de portes verrouillées. La définition "
                            "vise expressément les menaces pour la sécurité d'une personne que "
                            "la victime connaît, par exemple un proche resté dans un autre "
                            "pays. Un climat d'intimidation qui rend tout refus dangereux peut "
                            "aussi être pertinent.</p>",
                        ),
                    },
                    {
                        "heading": t("Factors proposed in 2012", "Facteurs proposés en 2012"),
                        "body": t(
                            "<p>When the plan was published, Bill C-310 proposed adding a "
                            "non-exhaustive list of factors that a court may consider in "
                            "deciding whether exploitation is made out, including the use or "
                            "threat of force or other forms of coercion, and the use of "
                            "deception. The bill had all-party support at report stage in the "
                            "House of Commons on April 4, 2012. It also proposed allowing the "
                            "prosecution in Canada of Canadian citizens and permanent "
                            "residents who commit trafficking offences abroad. Check the "
                            "current Code for the factors now in force.</p>",
                            "<p>Au moment de la publication du plan, le projet de loi C-310 "
                            "proposait d'ajouter une liste non exhaustive de facteurs dont un "
                            "tribunal peut tenir compte pour décider s'il y a exploitation, "
                            "notamment le recours ou la menace de recours à la force ou à "
                            "d'autres formes de contrainte, et le recours à la tromperie. Le "
                            "projet de loi avait reçu l'appui de tous les partis à l'étape du "
                            "rapport à la Chambre des communes le 4 avril 2012. Il proposait "
                            "aussi de permettre la poursuite au Canada des citoyens canadiens "
                            "et des résidents permanents qui commettent des infractions de "
                            "traite à l'étranger. Consultez le Code en vigueur pour connaître "
                            "les facteurs applicables aujourd'hui.</p>",
                        ),
                    },
                    {
                        "heading": t(
                            "Organ and tissue removal", "Prélèvement d'organes ou de tissus"
                        ),
                        "body": t(
                            "<p>The second branch of the definition covers causing a person, "
                            "by deception, force, threats or other coercion, to have an organ "
                            "or tissue removed. Like the first branch, it applies to all the "
                            "trafficking offences.</p>",
                            "<p>Le deuxième volet de la définition vise le fait d'amener une "
                            "personne, par la tromperie, la force, la menace ou une autre forme "
                            "de contrainte, à se faire prélever un organe ou des tissus. Comme "
                            "le premier volet, il s'applique à toutes les infractions de "
                            "traite.</p>",
                        ),
                    },
                ],
            },
        ),
        (
            "case_excerpt",
            {
                "quote": t(
                    "The court described how the accused told the young woman that he "
                    "controlled her, that she belonged to him and that he could do whatever he "
                    "wanted with her. His physical and verbal abuse grew worse. He threatened "
                    "to kill her, told her he could easily pay someone to kill her if she went "
                    "to the police, and said that if she ran away he would find her and stab "
                    "her.",
                    "Le tribunal a décrit comment l'accusé disait à la jeune femme qu'il la "
                    "contrôlait, qu'elle lui appartenait et qu'il pouvait faire d'elle ce qu'il "
                    "voulait. Ses mauvais traitements physiques et verbaux se sont aggravés. "
                    "Il l'a menacée de mort, lui a dit qu'il pourrait facilement payer "
                    "quelqu'un pour la tuer si elle allait voir la police, et qu'il la "
                    "retrouverait et la poignarderait si elle s'enfuyait.",
                ),
                "citation": t(
                    "R. v. Urizar, Court of Québec, Criminal Division, as excerpted in the "
                    "National Action Plan (2012), paraphrased",
                    "R. c. Urizar, Cour du Québec, Chambre criminelle et pénale, extrait cité "
                    "dans le Plan d'action national (2012), en paraphrase",
                ),
                "note": t(
                    "<p>Threats against her life, control over her movements and the promise "
                    "that she would be found if she fled are the kind of conduct that could "
                    "reasonably make a person fear for their safety if they refused. Notice "
                    "also why she might not go to the police: she had been told it would get "
                    "her killed.</p>",
                    "<p>Des menaces de mort, le contrôle de ses déplacements et l'assurance "
                    "qu'elle serait retrouvée si elle s'enfuyait sont le genre d'agissements "
                    "qui pourraient raisonnablement faire craindre une personne pour sa "
                    "sécurité si elle refusait. Remarquez aussi pourquoi elle pouvait hésiter "
                    "à s'adresser à la police : on lui avait dit que cela lui coûterait la "
                    "vie.</p>",
                ),
            },
        ),
        (
            "comparison_table",
            {
                "caption": t(
                    "Other Criminal Code offences that may apply (sections as cited in 2012)",
                    "Autres infractions du Code criminel qui peuvent s'appliquer (articles "
                    "cités en 2012)",
                ),
                "row_heading": t("Offence", "Infraction"),
                "columns": [
                    t("Section", "Article"),
                    t("Example in a trafficking case", "Exemple dans une affaire de traite"),
                ],
                "rows": [
                    {
                        "label": t("Kidnapping", "Enlèvement"),
                        "cells": [
                            t("279(1)", "279(1)"),
                            t(
                                "A victim is taken away by force to be exploited elsewhere.",
                                "Une victime est emmenée de force pour être exploitée ailleurs.",
                            ),
                        ],
                    },
                    {
                        "label": t("Forcible confinement", "Séquestration"),
                        "cells": [
                            t("279(2)", "279(2)"),
                            t(
                                "A victim is locked in a room between periods of exploitation.",
                                "Une victime est enfermée dans une pièce entre deux périodes "
                                "d'exploitation.",
                            ),
                        ],
                    },
                    {
                        "label": t("Aggravated sexual assault", "Agression sexuelle grave"),
                        "cells": [
                            t("273", "273"),
                            t(
                                "A trafficker wounds a victim or endangers her life during a "
                                "sexual assault.",
                                "Un trafiquant blesse une victime ou met sa vie en danger lors "
                                "d'une agression sexuelle.",
                            ),
                        ],
                    },
                    {
                        "label": t("Extortion", "Extorsion"),
                        "cells": [
                            t("346", "346"),
                            t(
                                "A trafficker uses threats to obtain money from the family of a "
                                "victim.",
                                "Un trafiquant obtient de l'argent de la famille d'une victime "
                                "au moyen de menaces.",
                            ),
                        ],
                    },
                    {
                        "label": t(
                            "Criminal organization offences",
                            "Infractions d'organisation criminelle",
                        ),
                        "cells": [
                            t("467.11 to 467.13", "467.11 à 467.13"),
                            t(
                                "A trafficking network operates as a criminal organization.",
                                "Un réseau de traite agit comme une organisation criminelle.",
                            ),
                        ],
                    },
                    {
                        "label": t(
                            "Prostitution-related offences",
                            "Infractions liées à la prostitution",
                        ),
                        "cells": [
                            t("In particular 212", "En particulier 212"),
                            t(
                                "A person procures a victim or profits from her sexual "
                                "exploitation.",
                                "Une personne procure une victime ou tire profit de son "
                                "exploitation sexuelle.",
                            ),
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
                    "Trafficking into Canada: IRPA, section 118",
                    "La traite vers le Canada : LIPR, article 118",
                ),
                "body": t(
                    "<p>Alongside the <em>Criminal Code</em>, section 118 of the "
                    "<em>Immigration and Refugee Protection Act</em> (IRPA) prohibits "
                    "knowingly organizing the coming into Canada of one or more persons by "
                    "abduction, fraud, deception, or the use or threat of force or coercion. "
                    "Organizing includes recruiting or transporting the persons and, after "
                    "their entry, receiving or harbouring them.</p>"
                    "<p><strong>Maximum penalty:</strong> life imprisonment, a fine of up to "
                    "$1 million, or both.</p>",
                    "<p>En plus du <em>Code criminel</em>, l'article 118 de la <em>Loi sur "
                    "l'immigration et la protection des réfugiés</em> (LIPR) interdit "
                    "d'organiser sciemment l'entrée au Canada d'une ou de plusieurs personnes "
                    "par l'enlèvement, la fraude, la tromperie, ou le recours ou la menace de "
                    "recours à la force ou à la coercition. Organiser comprend le recrutement "
                    "ou le transport de ces personnes et, après leur entrée, leur accueil ou "
                    "leur hébergement.</p>"
                    "<p><strong>Peine maximale :</strong> l'emprisonnement à perpétuité, une "
                    "amende d'au plus 1 million de dollars, ou les deux.</p>",
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": t(
                    "A worker from abroad is told by his employer that if he quits, the "
                    "employer will send “people who will take care of” his family back home. "
                    "He has not been hit or locked in. Could this conduct meet the meaning of "
                    "exploitation?",
                    "Un travailleur venu de l'étranger se fait dire par son employeur que "
                    "s'il démissionne, l'employeur enverra « des gens qui s'occuperont » de sa "
                    "famille restée au pays. Il n'a été ni frappé ni enfermé. Ces agissements "
                    "pourraient-ils correspondre à la notion d'exploitation ?",
                ),
                "choices": [
                    {
                        "text": t(
                            "Yes. The conduct could reasonably make him believe that the "
                            "safety of people he knows would be threatened if he stopped "
                            "working.",
                            "Oui. Les agissements pourraient raisonnablement lui faire croire "
                            "que la sécurité de personnes qu'il connaît serait menacée s'il "
                            "cessait de travailler.",
                        ),
                        "is_correct": True,
                        "feedback": t(
                            "Correct. The test covers threats to the safety of a person known "
                            "to the victim, and it does not require physical restraint.",
                            "Exact. Le critère vise les menaces pour la sécurité d'une "
                            "personne que la victime connaît, et il n'exige aucune contrainte "
                            "physique.",
                        ),
                    },
                    {
                        "text": t(
                            "No. There was no physical violence against him.",
                            "Non. Il n'a subi aucune violence physique.",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "Physical violence is not required. The test looks at what the "
                            "conduct could reasonably lead him to believe.",
                            "La violence physique n'est pas nécessaire. Le critère porte sur "
                            "ce que les agissements pourraient raisonnablement lui faire "
                            "croire.",
                        ),
                    },
                    {
                        "text": t(
                            "No. The threat concerns his family, not him.",
                            "Non. La menace vise sa famille, et non lui.",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "The definition expressly covers the safety of a person known to "
                            "the victim.",
                            "La définition vise expressément la sécurité d'une personne que la "
                            "victime connaît.",
                        ),
                    },
                    {
                        "text": t(
                            "Only if he never agreed to take the job.",
                            "Seulement s'il n'a jamais accepté l'emploi.",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "His initial agreement does not matter: for the trafficking "
                            "offences, consent to the activity charged is not valid.",
                            "Son accord initial n'a pas d'importance : pour les infractions de "
                            "traite, le consentement à l'activité visée par l'accusation n'est "
                            "pas valable.",
                        ),
                    },
                ],
                "explanation": t(
                    "<p>Under section 279.04, the question is whether the conduct, in all the "
                    "circumstances, could reasonably be expected to make the person believe "
                    "that their safety, or the safety of someone they know, would be "
                    "threatened if they refused.</p>",
                    "<p>Selon l'article 279.04, il s'agit de savoir si les agissements, compte "
                    "tenu de l'ensemble des circonstances, pourraient raisonnablement faire "
                    "croire à la personne que sa sécurité, ou celle d'une personne qu'elle "
                    "connaît, serait menacée si elle refusait.</p>",
                ),
            },
        ),
    ],
)


# Lesson 4 -----------------------------------------------------------------------------------

BARRIERS = lesson(
    slug="why-victims-do-not-come-forward",
    slug_fr="pourquoi-les-victimes-ne-se-manifestent-pas",
    title=t("Why victims do not come forward", "Pourquoi les victimes ne se manifestent pas"),
    summary=t(
        "Fear, distrust, language, isolation, debt and dependence keep victims silent. "
        "Understanding these barriers changes how you approach a possible victim.",
        "La peur, la méfiance, la langue, l'isolement, les dettes et la dépendance réduisent "
        "les victimes au silence. Comprendre ces obstacles change votre façon d'aborder une "
        "victime possible.",
    ),
    minutes=12,
    body=[
        (
            "heading",
            {
                "text": t("Silence is not consent", "Le silence n'est pas un consentement"),
                "level": "h2",
            },
        ),
        (
            "paragraph",
            t(
                "<p>The extent of trafficking is hard to measure because victims and "
                "witnesses are reluctant to come forward, and because victims are difficult to "
                "identify in practice. Obtaining the cooperation of foreign victims has been "
                "particularly difficult for police: they are usually alone in the country, "
                "without family or a support system, and many see little or nothing to gain "
                "from cooperating. A person who says nothing, denies being a victim or defends "
                "the trafficker is not necessarily telling you the whole story.</p>",
                "<p>L'ampleur de la traite est difficile à mesurer parce que les victimes et "
                "les témoins hésitent à se manifester, et parce que les victimes sont "
                "difficiles à repérer en pratique. Obtenir la collaboration des victimes "
                "étrangères s'est révélé particulièrement difficile pour la police : elles "
                "sont habituellement seules au pays, sans famille ni réseau de soutien, et "
                "bon nombre d'entre elles ne voient que peu ou pas d'avantages à collaborer. "
                "Une personne qui se tait, nie être une victime ou défend le trafiquant ne "
                "vous dit pas forcément toute l'histoire.</p>",
            ),
        ),
        (
            "accordion",
            {
                "title": t("Barriers to coming forward", "Les obstacles à la dénonciation"),
                "items": [
                    {
                        "heading": t(
                            "Fear and threats to family",
                            "La peur et les menaces contre la famille",
                        ),
                        "body": t(
                            "<p>Traffickers threaten victims with violence or death and often "
                            "threaten their families, including relatives abroad. A victim may "
                            "believe that talking to police will put those people in "
                            "danger.</p>",
                            "<p>Les trafiquants menacent les victimes de violence ou de mort, "
                            "et menacent souvent leur famille, y compris des proches restés à "
                            "l'étranger. Une victime peut croire que parler à la police mettra "
                            "ces personnes en danger.</p>",
                        ),
                    },
                    {
                        "heading": t("Distrust of authorities", "La méfiance envers les autorités"),
                        "body": t(
                            "<p>Many victims are skeptical of police. Some come from places "
                            "where the authorities are corrupt or feared. Others have been "
                            "told by the trafficker that the police will arrest or deport "
                            "them.</p>",
                            "<p>Bien des victimes se méfient de la police. Certaines viennent "
                            "d'endroits où les autorités sont corrompues ou redoutées. "
                            "D'autres se sont fait dire par le trafiquant que la police les "
                            "arrêterait ou les expulserait.</p>",
                        ),
                    },
                    {
                        "heading": t("Language barriers", "La barrière de la langue"),
                        "body": t(
                            "<p>A victim who does not speak English or French may be unable to "
                            "ask for help, to understand their rights or to tell their story "
                            "accurately without an interpreter.</p>",
                            "<p>Une victime qui ne parle ni anglais ni français peut être "
                            "incapable de demander de l'aide, de comprendre ses droits ou de "
                            "raconter fidèlement son histoire sans interprète.</p>",
                        ),
                    },
                    {
                        "heading": t("Isolation", "L'isolement"),
                        "body": t(
                            "<p>Victims are often cut off from family, friends and community. "
                            "Foreign victims are usually alone in Canada, and the trafficker "
                            "may be the only person they know.</p>",
                            "<p>Les victimes sont souvent coupées de leur famille, de leurs "
                            "amis et de leur communauté. Les victimes étrangères sont "
                            "habituellement seules au Canada, et le trafiquant est parfois la "
                            "seule personne qu'elles connaissent.</p>",
                        ),
                    },
                    {
                        "heading": t("Debt", "Les dettes"),
                        "body": t(
                            "<p>Victims may be told that they owe money for travel, housing, "
                            "food or a job, and that the debt must be repaid through work or "
                            "sexual services. A debt that never shrinks can feel like a "
                            "binding obligation, even when it has no legal basis.</p>",
                            "<p>On dit parfois aux victimes qu'elles doivent de l'argent pour "
                            "le voyage, le logement, la nourriture ou un emploi, et que cette "
                            "dette doit être remboursée par du travail ou des services "
                            "sexuels. Une dette qui ne diminue jamais peut sembler une "
                            "obligation incontournable, même lorsqu'elle n'a aucun fondement "
                            "juridique.</p>",
                        ),
                    },
                    {
                        "heading": t(
                            "Dependence on the trafficker", "La dépendance envers le trafiquant"
                        ),
                        "body": t(
                            "<p>The trafficker may control the victim's housing, income, "
                            "documents, phone and daily needs. Leaving can mean losing "
                            "everything at once.</p>",
                            "<p>Le trafiquant contrôle parfois le logement, le revenu, les "
                            "documents, le téléphone et les besoins quotidiens de la victime. "
                            "Partir peut signifier tout perdre d'un coup.</p>",
                        ),
                    },
                    {
                        "heading": t(
                            "Not seeing themselves as victims",
                            "Ne pas se considérer comme une victime",
                        ),
                        "body": t(
                            "<p>Victims may not see themselves as victims of trafficking. Some "
                            "believe they agreed to the situation. Some feel loyalty or "
                            "affection for the trafficker, especially when they were recruited "
                            "with the promise of love. Many feel shame.</p>",
                            "<p>Les victimes ne se considèrent pas toujours comme victimes de "
                            "la traite. Certaines croient avoir accepté la situation. D'autres "
                            "éprouvent de la loyauté ou de l'affection envers le trafiquant, "
                            "surtout si elles ont été recrutées par des promesses d'amour. "
                            "Beaucoup ressentent de la honte.</p>",
                        ),
                    },
                ],
            },
        ),
        (
            "case_excerpt",
            {
                "quote": t(
                    "During a check at a massage business, a woman tells officers that she "
                    "works there by choice and that her “manager” is a kind man who looks "
                    "after her. She does not know the address where she sleeps. Later, she "
                    "mentions that she cannot go home until she has paid back the cost of her "
                    "trip, and that her manager keeps her passport so that she will not lose "
                    "it.",
                    "Lors d'une vérification dans un salon de massage, une femme dit aux "
                    "policiers qu'elle y travaille par choix et que son « gérant » est un "
                    "homme gentil qui prend soin d'elle. Elle ne connaît pas l'adresse où elle "
                    "dort. Plus tard, elle mentionne qu'elle ne peut pas rentrer chez elle "
                    "avant d'avoir remboursé son voyage, et que son gérant garde son passeport "
                    "pour qu'elle ne le perde pas.",
                ),
                "citation": ILLUSTRATIVE,
                "note": t(
                    "<p>Her first answer is not the whole story. Isolation, a debt, a withheld "
                    "passport and loyalty to the person who controls her are all barriers "
                    "that keep victims silent. A patient, non-judgmental approach and a "
                    "referral to victim services give her room to speak later.</p>",
                    "<p>Sa première réponse ne dit pas tout. L'isolement, une dette, un "
                    "passeport retenu et la loyauté envers la personne qui la contrôle sont "
                    "autant d'obstacles qui réduisent les victimes au silence. Une approche "
                    "patiente et sans jugement, ainsi qu'une orientation vers les services "
                    "d'aide aux victimes, lui laissent la possibilité de parler plus "
                    "tard.</p>",
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "information",
                "title": t(
                    "What this means for your approach", "Ce que cela signifie pour votre approche"
                ),
                "body": t(
                    "<ul>"
                    "<li>Do not expect a victim to identify as one, or to disclose everything "
                    "in a first conversation.</li>"
                    "<li>Be patient: trust is built over time, often with the help of victim "
                    "services.</li>"
                    "<li>Never treat reluctance, hostility or a changing account as proof that "
                    "nothing happened.</li>"
                    "<li>Address practical fears early, with accurate information about "
                    "safety, immigration protections and support.</li>"
                    "</ul>",
                    "<ul>"
                    "<li>Ne vous attendez pas à ce qu'une victime se présente comme telle ni "
                    "qu'elle révèle tout lors d'une première conversation.</li>"
                    "<li>Soyez patient : la confiance se bâtit avec le temps, souvent avec "
                    "l'aide des services d'aide aux victimes.</li>"
                    "<li>Ne considérez jamais la réticence, l'hostilité ou un récit qui change "
                    "comme la preuve qu'il ne s'est rien passé.</li>"
                    "<li>Répondez tôt aux craintes concrètes, en donnant une information exacte "
                    "sur la sécurité, les mesures de protection en matière d'immigration et le "
                    "soutien offert.</li>"
                    "</ul>",
                ),
            },
        ),
        (
            "indicator_checklist",
            {
                "title": t(
                    "Signs of control in a first encounter",
                    "Signes de contrôle lors d'une première rencontre",
                ),
                "instructions": t(
                    "On a call for service at a hotel, you speak with a young woman. Select "
                    "each observation that may indicate that she is under someone else's "
                    "control, then check your answers.",
                    "Lors d'un appel de service dans un hôtel, vous parlez avec une jeune "
                    "femme. Cochez chaque observation qui peut indiquer qu'elle est sous "
                    "l'emprise d'une autre personne, puis vérifiez vos réponses.",
                ),
                "items": [
                    {
                        "text": t(
                            "Someone else holds her identity documents and her phone.",
                            "Une autre personne détient ses pièces d'identité et son téléphone.",
                        ),
                        "is_indicator": True,
                        "feedback": t(
                            "Indicator. Control of documents and communication is a common "
                            "means of control, and withholding documents to facilitate "
                            "trafficking is an offence under section 279.03.",
                            "Indicateur. Le contrôle des documents et des communications est "
                            "un moyen de contrôle courant, et retenir des documents pour "
                            "faciliter la traite est une infraction visée à l'article 279.03.",
                        ),
                    },
                    {
                        "text": t(
                            "She says she is “paying off” what she owes the man she calls her "
                            "boyfriend.",
                            "Elle dit qu'elle « rembourse » ce qu'elle doit à l'homme qu'elle "
                            "appelle son copain.",
                        ),
                        "is_indicator": True,
                        "feedback": t(
                            "Indicator. A debt to the person who controls her, in a "
                            "relationship built on the promise of affection, is a recognized "
                            "pattern of recruitment and control.",
                            "Indicateur. Une dette envers la personne qui la contrôle, dans une "
                            "relation fondée sur des promesses d'affection, est un mode de "
                            "recrutement et de contrôle reconnu.",
                        ),
                    },
                    {
                        "text": t(
                            "She is hostile toward police and refuses to answer questions.",
                            "Elle est hostile envers la police et refuse de répondre aux "
                            "questions.",
                        ),
                        "is_indicator": False,
                        "feedback": t(
                            "Not a reliable indicator either way. Hostility can come from fear "
                            "or from distrust created by a trafficker, or from many other "
                            "causes. It neither proves nor rules out trafficking.",
                            "Ce n'est pas un indicateur fiable, dans un sens comme dans "
                            "l'autre. L'hostilité peut venir de la peur ou d'une méfiance "
                            "entretenue par un trafiquant, ou de bien d'autres causes. Elle ne "
                            "prouve ni n'exclut la traite.",
                        ),
                    },
                    {
                        "text": t(
                            "She seems afraid and keeps checking her phone for instructions.",
                            "Elle semble avoir peur et consulte sans cesse son téléphone pour "
                            "recevoir des instructions.",
                        ),
                        "is_indicator": True,
                        "feedback": t(
                            "Indicator. Fear and constant monitoring suggest that someone is "
                            "controlling what she does.",
                            "Indicateur. La peur et une surveillance constante laissent croire "
                            "que quelqu'un contrôle ses faits et gestes.",
                        ),
                    },
                    {
                        "text": t(
                            "She is an adult and says she chose this work.",
                            "Elle est adulte et dit avoir choisi ce travail.",
                        ),
                        "is_indicator": False,
                        "feedback": t(
                            "Not an indicator, but not enough to rule out trafficking either. "
                            "Consent to the activity charged is not valid, and victims often "
                            "do not see themselves as victims.",
                            "Ce n'est pas un indicateur, mais cela ne suffit pas non plus à "
                            "exclure la traite. Le consentement à l'activité visée par "
                            "l'accusation n'est pas valable, et les victimes ne se considèrent "
                            "souvent pas comme telles.",
                        ),
                    },
                    {
                        "text": t(
                            "She has injuries that she does not want to explain.",
                            "Elle porte des blessures qu'elle ne veut pas expliquer.",
                        ),
                        "is_indicator": True,
                        "feedback": t(
                            "Indicator. Physical violence is one of the ways traffickers "
                            "control victims. Offer medical care.",
                            "Indicateur. La violence physique est l'un des moyens qu'utilisent "
                            "les trafiquants pour contrôler leurs victimes. Offrez-lui des "
                            "soins médicaux.",
                        ),
                    },
                    {
                        "text": t(
                            "She is wearing expensive clothing.",
                            "Elle porte des vêtements coûteux.",
                        ),
                        "is_indicator": False,
                        "feedback": t(
                            "Not an indicator. Appearance tells you little about whether a "
                            "person is being exploited.",
                            "Ce n'est pas un indicateur. L'apparence en dit peu sur "
                            "l'exploitation dont une personne peut faire l'objet.",
                        ),
                    },
                ],
                "summary": t(
                    "<p>Documents and a phone held by someone else, a debt to a “boyfriend”, "
                    "fear and monitoring, and unexplained injuries are indicators. Hostility, "
                    "her stated choice and her appearance are not reliable indicators on "
                    "their own: they neither prove nor rule out trafficking. Weigh what you "
                    "see together, and keep the focus on her safety.</p>",
                    "<p>Des documents et un téléphone détenus par un tiers, une dette envers un "
                    "« copain », la peur et la surveillance, ainsi que des blessures "
                    "inexpliquées sont des indicateurs. L'hostilité, le choix qu'elle affirme "
                    "avoir fait et son apparence ne sont pas des indicateurs fiables en soi : "
                    "ils ne prouvent ni n'excluent la traite. Évaluez l'ensemble de vos "
                    "observations et gardez sa sécurité au premier plan.</p>",
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": t(
                    "Which of these can keep a victim of trafficking from coming forward? "
                    "Select all that apply.",
                    "Lesquels de ces éléments peuvent empêcher une victime de la traite de se "
                    "manifester ? Sélectionnez toutes les réponses qui s'appliquent.",
                ),
                "choices": [
                    {
                        "text": t(
                            "Fear of what the trafficker will do to their family",
                            "La crainte de ce que le trafiquant fera à sa famille",
                        ),
                        "is_correct": True,
                        "feedback": t(
                            "Yes. Threats against relatives, including relatives abroad, are a "
                            "powerful means of control.",
                            "Oui. Les menaces contre des proches, y compris à l'étranger, sont "
                            "un puissant moyen de contrôle.",
                        ),
                    },
                    {
                        "text": t(
                            "Distrust of police and other authorities",
                            "La méfiance envers la police et les autres autorités",
                        ),
                        "is_correct": True,
                        "feedback": t(
                            "Yes. Many victims are skeptical of police and see little to gain "
                            "from cooperating.",
                            "Oui. Bien des victimes se méfient de la police et ne voient guère "
                            "d'avantages à collaborer.",
                        ),
                    },
                    {
                        "text": t(
                            "Not seeing themselves as a victim",
                            "Le fait de ne pas se considérer comme une victime",
                        ),
                        "is_correct": True,
                        "feedback": t(
                            "Yes. Victims may believe they agreed to the situation, or feel "
                            "loyalty toward the trafficker.",
                            "Oui. Les victimes peuvent croire qu'elles ont accepté la situation "
                            "ou éprouver de la loyauté envers le trafiquant.",
                        ),
                    },
                    {
                        "text": t(
                            "Dependence on the trafficker for housing, income and documents",
                            "La dépendance envers le trafiquant pour le logement, le revenu et "
                            "les documents",
                        ),
                        "is_correct": True,
                        "feedback": t(
                            "Yes. Leaving can mean losing everything at once.",
                            "Oui. Partir peut signifier tout perdre d'un coup.",
                        ),
                    },
                    {
                        "text": t(
                            "A lack of interest in their own safety",
                            "Un manque d'intérêt pour sa propre sécurité",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "This is a myth. Victims care about their safety; silence is "
                            "usually a way to survive, not a sign of indifference.",
                            "C'est un mythe. Les victimes tiennent à leur sécurité ; le "
                            "silence est généralement un moyen de survivre, et non un signe "
                            "d'indifférence.",
                        ),
                    },
                    {
                        "text": t(
                            "The absence of any real harm",
                            "L'absence de tout préjudice réel",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "Victims suffer serious physical and emotional harm. Silence does "
                            "not mean that nothing happened.",
                            "Les victimes subissent de graves préjudices physiques et "
                            "psychologiques. Le silence ne signifie pas qu'il ne s'est rien "
                            "passé.",
                        ),
                    },
                ],
                "explanation": t(
                    "<p>Fear, distrust, language barriers, isolation, debt, dependence and not "
                    "seeing themselves as victims all keep victims silent. Silence is a "
                    "survival strategy, not evidence that nothing happened.</p>",
                    "<p>La peur, la méfiance, la barrière de la langue, l'isolement, les "
                    "dettes, la dépendance et le fait de ne pas se considérer comme une "
                    "victime réduisent tous les victimes au silence. Le silence est une "
                    "stratégie de survie, et non la preuve qu'il ne s'est rien passé.</p>",
                ),
            },
        ),
    ],
)


# Lesson 5 -----------------------------------------------------------------------------------

VICTIM_CENTRED = lesson(
    slug="a-victim-centred-approach",
    slug_fr="une-approche-centree-sur-la-victime",
    title=t("A victim-centred approach", "Une approche centrée sur la victime"),
    summary=t(
        "Put the person's safety and needs first, take trauma into account, use independent "
        "interpreters and connect victims with services.",
        "Placer la sécurité et les besoins de la personne au premier plan, tenir compte du "
        "traumatisme, faire appel à des interprètes indépendants et mettre les victimes en "
        "contact avec des services.",
    ),
    minutes=14,
    body=[
        (
            "heading",
            {
                "text": t("Safety and needs first", "La sécurité et les besoins d'abord"),
                "level": "h2",
            },
        ),
        (
            "paragraph",
            t(
                "<p>A victim-centred approach puts the safety, needs and choices of the person "
                "at the centre of every decision, including decisions about the "
                "investigation. It is also good policing: a victim who feels safe and "
                "respected is more likely, over time, to trust the police. The National Action "
                "Plan commits the RCMP to developing a victim-centred guidebook for "
                "investigators and to sharing information on victims' state of mind and the "
                "effects of trauma with criminal justice officials.</p>",
                "<p>Une approche centrée sur la victime place la sécurité, les besoins et les "
                "choix de la personne au cœur de chaque décision, y compris celles qui "
                "touchent l'enquête. C'est aussi du bon travail policier : une victime qui se "
                "sent en sécurité et respectée sera plus encline, avec le temps, à faire "
                "confiance à la police. Le Plan d'action national engage la GRC à élaborer un "
                "guide axé sur les victimes à l'intention des enquêteurs et à renseigner les "
                "intervenants du système de justice pénale sur l'état d'esprit des victimes et "
                "les effets du traumatisme.</p>",
            ),
        ),
        (
            "heading",
            {"text": t("Principles in practice", "Les principes en pratique"), "level": "h3"},
        ),
        (
            "paragraph",
            t(
                "<ol>"
                "<li><strong>Safety first.</strong> Assess and address immediate danger to the "
                "victim, to others, including family members who may have been threatened, "
                "and to officers. Separate the victim from the suspected trafficker.</li>"
                "<li><strong>Meet immediate needs.</strong> Medical care, food, rest, safe "
                "shelter and clothing come before detailed questions.</li>"
                "<li><strong>Account for trauma.</strong> Trauma can affect memory, emotions "
                "and behaviour. An account may be fragmented or change over time. Be patient, "
                "avoid blame, and explain what you are doing and why.</li>"
                "<li><strong>Use independent interpreters.</strong> Never rely on a companion, "
                "an employer or anyone connected to the suspect.</li>"
                "<li><strong>Connect with victim services.</strong> Involve them early: they "
                "provide shelter, counselling and support that police cannot.</li>"
                "<li><strong>Inform, do not pressure.</strong> Explain the options honestly, "
                "including, for foreign nationals, the temporary resident permit and health "
                "care, and make it clear that help does not depend on testifying.</li>"
                "</ol>",
                "<ol>"
                "<li><strong>La sécurité d'abord.</strong> Évaluez et écartez tout danger "
                "immédiat pour la victime, pour d'autres personnes, dont des membres de sa "
                "famille qui pourraient avoir été menacés, et pour les policiers. Séparez la "
                "victime du trafiquant présumé.</li>"
                "<li><strong>Répondre aux besoins immédiats.</strong> Les soins médicaux, la "
                "nourriture, le repos, un hébergement sûr et des vêtements passent avant les "
                "questions détaillées.</li>"
                "<li><strong>Tenir compte du traumatisme.</strong> Le traumatisme peut "
                "affecter la mémoire, les émotions et le comportement. Un récit peut être "
                "fragmentaire ou changer avec le temps. Soyez patient, évitez les reproches, "
                "et expliquez ce que vous faites et pourquoi.</li>"
                "<li><strong>Faire appel à des interprètes indépendants.</strong> Ne comptez "
                "jamais sur un accompagnateur, un employeur ou une personne liée au "
                "suspect.</li>"
                "<li><strong>Mettre la victime en contact avec les services d'aide.</strong> "
                "Faites-les intervenir tôt : ils offrent un hébergement, du counseling et un "
                "soutien que la police ne peut pas offrir.</li>"
                "<li><strong>Informer sans faire pression.</strong> Expliquez honnêtement les "
                "options, y compris, pour les ressortissants étrangers, le permis de séjour "
                "temporaire et les soins de santé, et précisez que l'aide ne dépend pas d'un "
                "témoignage.</li>"
                "</ol>",
            ),
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": t("Avoid causing further harm", "Éviter de causer un tort supplémentaire"),
                "body": t(
                    "<ul>"
                    "<li>Whenever you can, do not interview a victim in front of the suspect "
                    "or in the place where they were exploited.</li>"
                    "<li>Limit the number of times the victim must repeat their story.</li>"
                    "<li>Do not make promises you cannot keep about charges, immigration "
                    "status or outcomes.</li>"
                    "<li>Do not blame the victim for what they were made to do.</li>"
                    "</ul>",
                    "<ul>"
                    "<li>Dans la mesure du possible, ne recevez pas la déclaration d'une "
                    "victime devant le suspect ou sur les lieux de son exploitation.</li>"
                    "<li>Limitez le nombre de fois où la victime doit répéter son "
                    "histoire.</li>"
                    "<li>Ne faites pas de promesses que vous ne pouvez pas tenir au sujet des "
                    "accusations, du statut d'immigration ou de l'issue de l'affaire.</li>"
                    "<li>Ne reprochez pas à la victime ce qu'on l'a forcée à faire.</li>"
                    "</ul>",
                ),
            },
        ),
        (
            "scenario",
            {
                "title": t("A call to a motel", "Un appel dans un motel"),
                "intro": t(
                    "<p>You and your partner respond to a call from a motel manager about a "
                    "disturbance in a room. A man in his twenties opens the door. Inside is a "
                    "girl who looks about 16. The man says she is his girlfriend and that "
                    "everything is fine.</p>",
                    "<p>Votre partenaire et vous répondez à l'appel du gérant d'un motel au "
                    "sujet d'un tapage dans une chambre. Un homme dans la vingtaine ouvre la "
                    "porte. À l'intérieur se trouve une adolescente qui semble avoir environ "
                    "16 ans. L'homme affirme qu'elle est sa copine et que tout va bien.</p>",
                ),
                "steps": [
                    {
                        "key": "at-the-door",
                        "situation": t(
                            "<p>The girl stays silent and looks at the man before each answer. "
                            "There are several phones on the bed. The man insists on answering "
                            "for her.</p>"
                            "<p>What do you do?</p>",
                            "<p>L'adolescente garde le silence et regarde l'homme avant chaque "
                            "réponse. Plusieurs téléphones traînent sur le lit. L'homme "
                            "insiste pour répondre à sa place.</p>"
                            "<p>Que faites-vous ?</p>",
                        ),
                        "choices": [
                            {
                                "label": t(
                                    "Separate them: your partner talks with the man while you "
                                    "speak with the girl out of his sight and hearing.",
                                    "Les séparer : votre partenaire parle avec l'homme pendant "
                                    "que vous parlez avec l'adolescente hors de sa vue et de "
                                    "sa portée de voix.",
                                ),
                                "consequence": t(
                                    "<p>Your partner steps into the hallway with the man. The "
                                    "girl is still tense, but she starts to look at you when "
                                    "you speak.</p>",
                                    "<p>Votre partenaire sort dans le corridor avec l'homme. "
                                    "L'adolescente est encore tendue, mais elle commence à "
                                    "vous regarder quand vous lui parlez.</p>",
                                ),
                                "feedback": t(
                                    "Good. Separating a possible victim from a possible "
                                    "controller is the first step toward a safe "
                                    "conversation.",
                                    "Bien. Séparer une victime possible de la personne qui la "
                                    "contrôle peut-être est la première étape d'une "
                                    "conversation en toute sécurité.",
                                ),
                                "is_best": True,
                                "next_step": "first-conversation",
                            },
                            {
                                "label": t(
                                    "Accept the man's explanation and leave.",
                                    "Accepter l'explication de l'homme et partir.",
                                ),
                                "consequence": t(
                                    "<p>You leave the motel. The signs you saw, a possible "
                                    "minor, a controlling companion and several phones, go "
                                    "unexamined.</p>",
                                    "<p>Vous quittez le motel. Les signes que vous avez "
                                    "observés, soit une personne peut-être mineure, un "
                                    "accompagnateur qui la contrôle et plusieurs téléphones, "
                                    "ne sont pas examinés.</p>",
                                ),
                                "feedback": t(
                                    "Several indicators were present. Leaving without "
                                    "speaking to the girl alone may leave a child in danger.",
                                    "Plusieurs indicateurs étaient présents. Partir sans "
                                    "parler en tête-à-tête avec l'adolescente peut laisser une "
                                    "enfant en danger.",
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": t(
                                    "Ask the girl, in front of the man, whether he is forcing "
                                    "her to do anything.",
                                    "Demander à l'adolescente, devant l'homme, s'il la force à "
                                    "faire quoi que ce soit.",
                                ),
                                "consequence": t(
                                    "<p>She says no and looks at the floor. The man relaxes. "
                                    "Your partner suggests speaking with her separately, "
                                    "which you then do.</p>",
                                    "<p>Elle répond que non et fixe le plancher. L'homme se "
                                    "détend. Votre partenaire propose de lui parler "
                                    "séparément, ce que vous faites ensuite.</p>",
                                ),
                                "feedback": t(
                                    "A victim is unlikely to answer honestly in front of the "
                                    "person who controls her, and the question may put her at "
                                    "risk later. Separate them first.",
                                    "Une victime a peu de chances de répondre franchement "
                                    "devant la personne qui la contrôle, et la question "
                                    "pourrait la mettre en danger par la suite. Séparez-les "
                                    "d'abord.",
                                ),
                                "is_best": False,
                                "next_step": "first-conversation",
                            },
                        ],
                    },
                    {
                        "key": "first-conversation",
                        "situation": t(
                            "<p>The girl says she is 18 but has no identification. She says "
                            "she ran away from a group home months ago. She is shivering, has "
                            "a bruise on her arm and says she has not eaten today. She asks "
                            "whether she is in trouble.</p>"
                            "<p>What is your priority?</p>",
                            "<p>L'adolescente dit avoir 18 ans, mais n'a aucune pièce "
                            "d'identité. Elle raconte qu'elle a fugué d'un foyer de groupe il "
                            "y a quelques mois. Elle grelotte, porte une ecchymose au bras et "
                            "dit ne pas avoir mangé de la journée. Elle demande si elle a des "
                            "ennuis.</p>"
                            "<p>Quelle est votre priorité ?</p>",
                        ),
                        "choices": [
                            {
                                "label": t(
                                    "Reassure her that she is not in trouble with you, see to "
                                    "her immediate needs and arrange medical care.",
                                    "La rassurer en lui disant qu'elle n'a pas d'ennuis avec "
                                    "vous, répondre à ses besoins immédiats et lui obtenir des "
                                    "soins médicaux.",
                                ),
                                "consequence": t(
                                    "<p>You get her a blanket and something to eat, and ask "
                                    "whether she wants to see a doctor. She accepts, becomes "
                                    "calmer and asks what will happen next.</p>",
                                    "<p>Vous lui apportez une couverture et de quoi manger, et "
                                    "lui demandez si elle veut voir un médecin. Elle accepte, "
                                    "se calme et demande ce qui va se passer.</p>",
                                ),
                                "feedback": t(
                                    "Right. Safety and immediate needs come first. Reassurance "
                                    "and care help build the trust needed for any later "
                                    "disclosure.",
                                    "Exact. La sécurité et les besoins immédiats passent "
                                    "d'abord. Le réconfort et les soins aident à bâtir la "
                                    "confiance nécessaire à d'éventuelles confidences.",
                                ),
                                "is_best": True,
                                "next_step": "next-steps",
                            },
                            {
                                "label": t(
                                    "Question her in detail about the man and the phones right "
                                    "away.",
                                    "L'interroger immédiatement en détail sur l'homme et les "
                                    "téléphones.",
                                ),
                                "consequence": t(
                                    "<p>She gives short answers, then stops talking. You "
                                    "realize that she is cold, hungry and frightened, and you "
                                    "pause to see to her needs.</p>",
                                    "<p>Elle répond brièvement, puis se tait. Vous vous rendez "
                                    "compte qu'elle a froid, qu'elle a faim et qu'elle a peur, "
                                    "et vous faites une pause pour répondre à ses besoins.</p>",
                                ),
                                "feedback": t(
                                    "Detailed questioning before her immediate needs are met "
                                    "can feel like an interrogation and may retraumatize her. "
                                    "Needs first, then questions, ideally with specialized "
                                    "support.",
                                    "Un interrogatoire détaillé avant que ses besoins "
                                    "immédiats soient comblés peut lui sembler hostile et la "
                                    "traumatiser de nouveau. Les besoins d'abord, les "
                                    "questions ensuite, idéalement avec un soutien "
                                    "spécialisé.",
                                ),
                                "is_best": False,
                                "next_step": "next-steps",
                            },
                            {
                                "label": t(
                                    "Tell her she will be charged if she lies about her age.",
                                    "Lui dire qu'elle sera accusée si elle ment sur son âge.",
                                ),
                                "consequence": t(
                                    "<p>She shuts down completely and refuses to say anything "
                                    "more.</p>",
                                    "<p>Elle se ferme complètement et refuse d'en dire "
                                    "davantage.</p>",
                                ),
                                "feedback": t(
                                    "Threatening a possible victim repeats the trafficker's "
                                    "methods and destroys trust. A young person in her "
                                    "situation needs protection, not pressure.",
                                    "Menacer une victime possible reproduit les méthodes du "
                                    "trafiquant et détruit la confiance. Une jeune personne "
                                    "dans sa situation a besoin de protection, pas de "
                                    "pression.",
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                    {
                        "key": "next-steps",
                        "situation": t(
                            "<p>Your partner reports that the man has several hundred dollars "
                            "in cash and that one of the phones shows online advertisements "
                            "offering sexual services. The girl will not say what she does for "
                            "him, but says she “owes him”.</p>"
                            "<p>What do you do next?</p>",
                            "<p>Votre partenaire vous signale que l'homme a plusieurs centaines "
                            "de dollars en espèces et que l'un des téléphones affiche des "
                            "annonces en ligne offrant des services sexuels. L'adolescente "
                            "refuse de dire ce qu'elle fait pour lui, mais affirme qu'elle "
                            "« lui doit de l'argent ».</p>"
                            "<p>Que faites-vous ensuite ?</p>",
                        ),
                        "choices": [
                            {
                                "label": t(
                                    "Secure her safety, contact child protection and victim "
                                    "services, and brief your supervisor and specialized "
                                    "investigators.",
                                    "Assurer sa sécurité, joindre la protection de l'enfance "
                                    "et les services d'aide aux victimes, et informer votre "
                                    "superviseur et des enquêteurs spécialisés.",
                                ),
                                "consequence": t(
                                    "<p>The girl is taken to a safe place, child protection "
                                    "and a victim services worker are contacted, and "
                                    "investigators with trafficking expertise take over the "
                                    "file. She is told, in plain words, what will happen "
                                    "next.</p>",
                                    "<p>L'adolescente est conduite en lieu sûr, on joint la "
                                    "protection de l'enfance et une intervenante des services "
                                    "d'aide aux victimes, et des enquêteurs spécialisés en "
                                    "traite prennent le dossier en main. On lui explique "
                                    "simplement ce qui va se passer.</p>",
                                ),
                                "feedback": t(
                                    "Excellent. A possible minor victim calls for immediate "
                                    "protection, partners who can support her and an "
                                    "investigation led by officers with trafficking "
                                    "expertise.",
                                    "Excellent. Une victime peut-être mineure exige une "
                                    "protection immédiate, des partenaires capables de la "
                                    "soutenir et une enquête menée par des policiers "
                                    "spécialisés en traite.",
                                ),
                                "is_best": True,
                                "next_step": "",
                            },
                            {
                                "label": t(
                                    "Push her to give a full statement tonight so that charges "
                                    "can be laid.",
                                    "Insister pour qu'elle fasse une déclaration complète ce "
                                    "soir afin que des accusations puissent être portées.",
                                ),
                                "consequence": t(
                                    "<p>She gives a brief, confused account and asks to leave. "
                                    "The investigation now rests on a statement taken while "
                                    "she was exhausted and afraid.</p>",
                                    "<p>Elle fait un récit bref et confus, puis demande à "
                                    "partir. L'enquête repose désormais sur une déclaration "
                                    "recueillie alors qu'elle était épuisée et apeurée.</p>",
                                ),
                                "feedback": t(
                                    "Pressing for an immediate statement rarely helps. Trauma "
                                    "can make early accounts fragmented. Protect her first, "
                                    "and let the investigation proceed with the support of "
                                    "victim services.",
                                    "Exiger une déclaration immédiate aide rarement. Le "
                                    "traumatisme peut rendre les premiers récits "
                                    "fragmentaires. Protégez-la d'abord, et laissez l'enquête "
                                    "suivre son cours avec l'appui des services d'aide aux "
                                    "victimes.",
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": t(
                                    "Let her go, since she says she is an adult and will not "
                                    "make a complaint.",
                                    "La laisser partir, puisqu'elle dit être adulte et qu'elle "
                                    "ne portera pas plainte.",
                                ),
                                "consequence": t(
                                    "<p>She leaves with no support. The man knows that police "
                                    "have seen her, and she may now be at greater risk.</p>",
                                    "<p>Elle part sans aucun soutien. L'homme sait que la "
                                    "police l'a vue, et elle court peut-être maintenant un "
                                    "risque accru.</p>",
                                ),
                                "feedback": t(
                                    "Reluctance to complain is common and does not end your "
                                    "duty to protect her. Her possible age alone calls for "
                                    "protective action.",
                                    "La réticence à porter plainte est fréquente et ne met pas "
                                    "fin à votre devoir de la protéger. Son âge possible "
                                    "justifie à lui seul des mesures de protection.",
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                ],
                "debrief": t(
                    "<p>The best path separated the girl from the man, met her immediate "
                    "needs, and then brought in child protection, victim services and "
                    "specialized investigators. If she is under 18, trafficking a person under "
                    "18 (section 279.011) carries mandatory minimum penalties. At this stage, "
                    "though, the priority was her safety, not her statement.</p>",
                    "<p>Le meilleur parcours consistait à séparer l'adolescente de l'homme, à "
                    "répondre à ses besoins immédiats, puis à faire intervenir la protection "
                    "de l'enfance, les services d'aide aux victimes et des enquêteurs "
                    "spécialisés. Si elle a moins de 18 ans, la traite de personnes âgées de "
                    "moins de 18 ans (article 279.011) est passible de peines minimales "
                    "obligatoires. À ce stade, toutefois, la priorité était sa sécurité, et "
                    "non sa déclaration.</p>",
                ),
            },
        ),
        (
            "glossary",
            {
                "title": t("Key terms", "Termes clés"),
                "terms": [
                    {
                        "term": t("Victim-centred approach", "Approche centrée sur la victime"),
                        "definition": t(
                            "An approach that puts the victim's safety, needs and choices at "
                            "the centre of every decision.",
                            "Approche qui place la sécurité, les besoins et les choix de la "
                            "victime au cœur de chaque décision.",
                        ),
                    },
                    {
                        "term": t(
                            "Trauma-informed practice",
                            "Pratique tenant compte des traumatismes",
                        ),
                        "definition": t(
                            "Practice that recognizes how trauma can affect a person's memory, "
                            "emotions and behaviour, and adapts to avoid causing further "
                            "harm.",
                            "Pratique qui reconnaît les effets que le traumatisme peut avoir "
                            "sur la mémoire, les émotions et le comportement d'une personne, "
                            "et qui s'y adapte pour éviter de lui causer un tort "
                            "supplémentaire.",
                        ),
                    },
                    {
                        "term": t("Independent interpreter", "Interprète indépendant"),
                        "definition": t(
                            "An interpreter with no connection to the victim, the suspect or "
                            "anyone else involved in the case.",
                            "Interprète qui n'a aucun lien avec la victime, le suspect ou toute "
                            "autre personne mêlée à l'affaire.",
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
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "question": t(
                    "You have just separated a possible victim from a suspected trafficker. "
                    "She is injured and hungry, and she speaks only Tagalog. What comes "
                    "first?",
                    "Vous venez de séparer une victime possible d'un trafiquant présumé. Elle "
                    "est blessée, elle a faim et elle ne parle que le tagalog. Qu'est-ce qui "
                    "passe en premier ?",
                ),
                "choices": [
                    {
                        "text": t(
                            "Her immediate safety and needs, including medical care, with an "
                            "independent interpreter",
                            "Sa sécurité et ses besoins immédiats, y compris des soins "
                            "médicaux, avec un interprète indépendant",
                        ),
                        "is_correct": True,
                        "feedback": t(
                            "Correct. Safety and immediate needs come first, and an "
                            "independent interpreter lets her understand and be understood.",
                            "Exact. La sécurité et les besoins immédiats passent d'abord, et un "
                            "interprète indépendant lui permet de comprendre et d'être "
                            "comprise.",
                        ),
                    },
                    {
                        "text": t(
                            "A detailed statement, while events are fresh",
                            "Une déclaration détaillée, pendant que les faits sont frais",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "A detailed statement can wait. An injured, hungry and frightened "
                            "person is not ready, and trauma can make early accounts "
                            "fragmented.",
                            "La déclaration détaillée peut attendre. Une personne blessée, "
                            "affamée et effrayée n'est pas prête, et le traumatisme peut rendre "
                            "les premiers récits fragmentaires.",
                        ),
                    },
                    {
                        "text": t(
                            "Using her employer, who speaks Tagalog, to interpret",
                            "Faire appel à son employeur, qui parle le tagalog, comme interprète",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "Never use anyone connected to the situation as an interpreter. "
                            "The employer may be the person controlling her.",
                            "Ne faites jamais appel comme interprète à une personne liée à la "
                            "situation. L'employeur est peut-être celui qui la contrôle.",
                        ),
                    },
                    {
                        "text": t(
                            "Checking her immigration status before anything else",
                            "Vérifier son statut d'immigration avant toute chose",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "Status questions can wait. A foreign national victim may be "
                            "eligible for a temporary resident permit, and her safety comes "
                            "first.",
                            "Les questions de statut peuvent attendre. Une victime étrangère "
                            "peut être admissible à un permis de séjour temporaire, et sa "
                            "sécurité passe d'abord.",
                        ),
                    },
                ],
                "explanation": t(
                    "<p>In a victim-centred response, safety and immediate needs come before "
                    "evidence. Communication goes through an independent interpreter, and "
                    "questions about status or statements wait until the person is safe and "
                    "supported.</p>",
                    "<p>Dans une intervention centrée sur la victime, la sécurité et les "
                    "besoins immédiats passent avant la preuve. La communication se fait par "
                    "l'entremise d'un interprète indépendant, et les questions de statut ou de "
                    "déclaration attendent que la personne soit en sécurité et soutenue.</p>",
                ),
            },
        ),
    ],
)


# Lesson 6 -----------------------------------------------------------------------------------

TESTIMONY = lesson(
    slug="testimony-and-protections",
    slug_fr="temoignage-et-mesures-de-protection",
    title=t("Testifying: aids and protections", "Le témoignage : aides et mesures de protection"),
    summary=t(
        "The Criminal Code offers measures that make testifying less traumatic, and a "
        "victim's access to help never depends on testifying.",
        "Le Code criminel prévoit des mesures qui rendent le témoignage moins traumatisant, "
        "et l'accès d'une victime à l'aide ne dépend jamais de son témoignage.",
    ),
    minutes=11,
    body=[
        (
            "heading",
            {
                "text": t(
                    "Supporting victims through the justice process",
                    "Soutenir les victimes dans le processus judiciaire",
                ),
                "level": "h2",
            },
        ),
        (
            "paragraph",
            t(
                "<p>Canada's legal framework includes measures that support vulnerable victims "
                "and witnesses who take part in the criminal justice process. They matter in "
                "trafficking cases, where a victim may have to describe traumatic events in a "
                "courtroom where the accused is present. Explaining these measures early, "
                "accurately and without promises can ease a victim's fear of testifying.</p>",
                "<p>Le cadre juridique canadien comprend des mesures qui soutiennent les "
                "victimes et les témoins vulnérables qui participent au processus de justice "
                "pénale. Elles sont importantes dans les affaires de traite, où la victime "
                "doit parfois décrire des événements traumatisants dans une salle d'audience "
                "où se trouve l'accusé. Expliquer ces mesures tôt, avec exactitude et sans "
                "faire de promesses, peut apaiser la crainte de témoigner.</p>",
            ),
        ),
        (
            "accordion",
            {
                "title": t(
                    "Measures available under the Criminal Code",
                    "Mesures prévues par le Code criminel",
                ),
                "items": [
                    {
                        "heading": t("A screen", "Un écran"),
                        "body": t(
                            "<p>A screen can prevent the witness from seeing the accused while "
                            "testifying.</p>",
                            "<p>Un écran peut empêcher le témoin de voir l'accusé pendant son "
                            "témoignage.</p>",
                        ),
                    },
                    {
                        "heading": t("Closed-circuit television", "La télévision en circuit fermé"),
                        "body": t(
                            "<p>Closed-circuit television allows the witness to testify from "
                            "outside the courtroom.</p>",
                            "<p>La télévision en circuit fermé permet au témoin de témoigner à "
                            "l'extérieur de la salle d'audience.</p>",
                        ),
                    },
                    {
                        "heading": t("A support person", "Une personne de confiance"),
                        "body": t(
                            "<p>A support person can be present while the witness testifies.</p>",
                            "<p>Une personne de confiance peut être présente pendant le "
                            "témoignage.</p>",
                        ),
                    },
                    {
                        "heading": t("Publication bans", "Les ordonnances de non-publication"),
                        "body": t(
                            "<p>A publication ban can prevent the publication of information "
                            "that would identify a complainant or a witness.</p>",
                            "<p>Une ordonnance de non-publication peut interdire la publication "
                            "de renseignements qui permettraient d'identifier un plaignant ou "
                            "un témoin.</p>",
                        ),
                    },
                    {
                        "heading": t("Excluding the public", "L'exclusion du public"),
                        "body": t(
                            "<p>In some cases, the court can order that the public be excluded "
                            "from the courtroom.</p>",
                            "<p>Dans certains cas, le tribunal peut ordonner que le public soit "
                            "exclu de la salle d'audience.</p>",
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "legal",
                "title": t("In appropriate circumstances", "Dans les circonstances appropriées"),
                "body": t(
                    "<p>Testimonial aids such as a screen, closed-circuit television or a "
                    "support person may be made available in appropriate circumstances. "
                    "Whether a measure is granted in a given case is for the court to decide. "
                    "Do not promise a victim that a particular measure will be used: explain "
                    "that these measures exist, and refer detailed questions to the "
                    "prosecutor and victim services.</p>",
                    "<p>Des aides au témoignage, comme un écran, la télévision en circuit "
                    "fermé ou une personne de confiance, peuvent être offertes dans les "
                    "circonstances appropriées. C'est au tribunal de décider si une mesure est "
                    "accordée dans un cas donné. Ne promettez pas à une victime qu'une mesure "
                    "précise sera utilisée : expliquez que ces mesures existent, et dirigez "
                    "les questions détaillées vers le procureur et les services d'aide aux "
                    "victimes.</p>",
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "information",
                "title": t(
                    "Testifying is not a condition of help",
                    "Le témoignage n'est pas une condition de l'aide",
                ),
                "body": t(
                    "<p>In Canada, victims of trafficking are not required to testify against "
                    "their trafficker to obtain temporary or permanent resident status. "
                    "Foreign national victims can be issued a temporary resident permit and "
                    "receive health care whether or not they take part in a prosecution.</p>"
                    "<p>When a victim or witness of trafficking, Canadian or foreign, is "
                    "eligible, the RCMP can refer them to the Federal Witness Protection "
                    "Program.</p>",
                    "<p>Au Canada, les victimes de la traite n'ont pas à témoigner contre leur "
                    "trafiquant pour obtenir le statut de résident temporaire ou permanent. "
                    "Les victimes étrangères peuvent obtenir un permis de séjour temporaire et "
                    "recevoir des soins de santé, qu'elles participent ou non à une "
                    "poursuite.</p>"
                    "<p>Lorsqu'une victime ou un témoin de la traite, canadien ou étranger, "
                    "est admissible, la GRC peut l'orienter vers le Programme fédéral de "
                    "protection des témoins.</p>",
                ),
            },
        ),
        (
            "comparison_table",
            {
                "caption": t(
                    "How protections respond to victims' fears",
                    "Comment les mesures de protection répondent aux craintes des victimes",
                ),
                "row_heading": t("A victim's fear", "Crainte de la victime"),
                "columns": [
                    t("Measure that may help", "Mesure qui peut aider"),
                    t("What you can accurately say", "Ce que vous pouvez dire avec exactitude"),
                ],
                "rows": [
                    {
                        "label": t("Seeing the accused in court", "Voir l'accusé au tribunal"),
                        "cells": [
                            t(
                                "A screen or closed-circuit television",
                                "Un écran ou la télévision en circuit fermé",
                            ),
                            t(
                                "These aids exist and may be available. The court decides.",
                                "Ces aides existent et peuvent être offertes. C'est le "
                                "tribunal qui décide.",
                            ),
                        ],
                    },
                    {
                        "label": t("Being identified publicly", "Être identifiée publiquement"),
                        "cells": [
                            t(
                                "A publication ban on identifying information",
                                "Une ordonnance de non-publication des renseignements "
                                "identificatoires",
                            ),
                            t(
                                "The court can prohibit publishing information that would "
                                "identify you.",
                                "Le tribunal peut interdire la publication de renseignements "
                                "qui permettraient de vous identifier.",
                            ),
                        ],
                    },
                    {
                        "label": t("Facing the process alone", "Affronter seule le processus"),
                        "cells": [
                            t(
                                "A support person, and victim services",
                                "Une personne de confiance et les services d'aide aux victimes",
                            ),
                            t(
                                "A support person may be allowed in court, and victim "
                                "services can help you throughout.",
                                "Une personne de confiance peut être autorisée à "
                                "l'audience, et les services d'aide aux victimes peuvent "
                                "vous accompagner tout au long du processus.",
                            ),
                        ],
                    },
                    {
                        "label": t(
                            "Losing immigration status",
                            "Perdre son statut d'immigration",
                        ),
                        "cells": [
                            t("A temporary resident permit", "Un permis de séjour temporaire"),
                            t(
                                "Your status does not depend on testifying.",
                                "Votre statut ne dépend pas de votre témoignage.",
                            ),
                        ],
                    },
                    {
                        "label": t(
                            "Retaliation against them or their family",
                            "Des représailles contre elle ou sa famille",
                        ),
                        "cells": [
                            t(
                                "The Federal Witness Protection Program, if eligible",
                                "Le Programme fédéral de protection des témoins, en cas "
                                "d'admissibilité",
                            ),
                            t(
                                "Tell us about any threats. Eligible witnesses can be "
                                "referred to a protection program.",
                                "Signalez-nous toute menace. Les témoins admissibles peuvent "
                                "être orientés vers un programme de protection.",
                            ),
                        ],
                    },
                ],
            },
        ),
        (
            "case_excerpt",
            {
                "quote": t(
                    "A young woman who had been trafficked for sexual exploitation agreed to "
                    "testify only after learning that the court could allow her to give "
                    "evidence without seeing the accused. A support person sat near her, and "
                    "a publication ban protected her identity. She later said that knowing "
                    "these measures existed made her decision possible.",
                    "Une jeune femme victime de la traite à des fins d'exploitation sexuelle "
                    "n'a accepté de témoigner qu'après avoir appris que le tribunal pouvait "
                    "lui permettre de déposer sans voir l'accusé. Une personne de confiance "
                    "était assise près d'elle, et une ordonnance de non-publication protégeait "
                    "son identité. Elle a dit par la suite que le fait de connaître ces "
                    "mesures avait rendu sa décision possible.",
                ),
                "citation": ILLUSTRATIVE,
                "note": t(
                    "<p>Accurate information, given early and without promises, can make the "
                    "difference between a victim who feels able to take part and one who "
                    "withdraws.</p>",
                    "<p>Une information exacte, donnée tôt et sans promesses, peut faire la "
                    "différence entre une victime qui se sent capable de participer et une "
                    "victime qui se retire.</p>",
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": t(
                    "A victim asks whether she will have to face the accused in the "
                    "courtroom. What is the best answer?",
                    "Une victime demande si elle devra faire face à l'accusé dans la salle "
                    "d'audience. Quelle est la meilleure réponse ?",
                ),
                "choices": [
                    {
                        "text": t(
                            "“No. I guarantee that you will testify by video.”",
                            "« Non. Je vous garantis que vous témoignerez par vidéo. »",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "You cannot guarantee a measure: the court decides whether an aid "
                            "is used.",
                            "Vous ne pouvez pas garantir une mesure : c'est le tribunal qui "
                            "décide si une aide sera utilisée.",
                        ),
                    },
                    {
                        "text": t(
                            "“The law provides aids, such as a screen or closed-circuit "
                            "television, that may be available. The court decides, and the "
                            "prosecutor and victim services can tell you more.”",
                            "« La loi prévoit des aides, comme un écran ou la télévision en "
                            "circuit fermé, qui peuvent être offertes. C'est le tribunal qui "
                            "décide, et le procureur et les services d'aide aux victimes "
                            "pourront vous en dire plus. »",
                        ),
                        "is_correct": True,
                        "feedback": t(
                            "Correct. This answer is accurate, makes no promise and points to "
                            "the people who can help.",
                            "Exact. Cette réponse est exacte, ne promet rien et oriente la "
                            "victime vers les personnes qui peuvent l'aider.",
                        ),
                    },
                    {
                        "text": t(
                            "“Yes. Everyone has to testify in open court.”",
                            "« Oui. Tout le monde doit témoigner en audience publique. »",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "That is inaccurate. Testimonial aids, publication bans and, in "
                            "some cases, the exclusion of the public may be available.",
                            "C'est inexact. Des aides au témoignage, des ordonnances de "
                            "non-publication et, dans certains cas, l'exclusion du public "
                            "peuvent être possibles.",
                        ),
                    },
                    {
                        "text": t(
                            "“Don't worry about that. Just tell us what happened.”",
                            "« Ne vous en faites pas avec ça. Dites-nous seulement ce qui "
                            "s'est passé. »",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "Brushing off her concern can erode trust. Give her accurate "
                            "information.",
                            "Balayer sa crainte du revers de la main peut miner sa confiance. "
                            "Donnez-lui une information exacte.",
                        ),
                    },
                ],
                "explanation": t(
                    "<p>The <em>Criminal Code</em> provides testimonial aids, such as a "
                    "screen, closed-circuit television and a support person, that may be made "
                    "available in appropriate circumstances, along with publication bans and, "
                    "in some cases, the exclusion of the public. The court decides.</p>",
                    "<p>Le <em>Code criminel</em> prévoit des aides au témoignage, comme un "
                    "écran, la télévision en circuit fermé et une personne de confiance, qui "
                    "peuvent être offertes dans les circonstances appropriées, ainsi que des "
                    "ordonnances de non-publication et, dans certains cas, l'exclusion du "
                    "public. C'est le tribunal qui décide.</p>",
                ),
            },
        ),
    ],
)


# Lesson 7 -----------------------------------------------------------------------------------

INVESTIGATION = lesson(
    slug="investigation-and-partners",
    slug_fr="enquete-et-partenaires",
    title=t("Investigation and partners", "L'enquête et les partenaires"),
    summary=t(
        "Trafficking investigations draw on specialized techniques, financial intelligence "
        "and a network of partners, always working alongside victim services.",
        "Les enquêtes sur la traite s'appuient sur des techniques spécialisées, le "
        "renseignement financier et un réseau de partenaires, toujours de concert avec les "
        "services d'aide aux victimes.",
    ),
    minutes=14,
    body=[
        (
            "heading",
            {"text": t("Tools for investigators", "Les outils des enquêteurs"), "level": "h2"},
        ),
        (
            "paragraph",
            t(
                "<p>Criminal offences in Canada are investigated at the federal, provincial "
                "or municipal level, and police and prosecutors have a range of tools to bring "
                "traffickers to justice. Because victims rarely come forward, a trafficking "
                "investigation cannot rest on a victim's statement alone. Building the case "
                "from several sources, such as surveillance, financial records and seized "
                "documents, also reduces the burden placed on the victim.</p>",
                "<p>Au Canada, les enquêtes criminelles sont menées à l'échelon fédéral, "
                "provincial ou municipal, et les policiers et les procureurs disposent de "
                "divers outils pour traduire les trafiquants en justice. Comme les victimes se "
                "manifestent rarement, une enquête sur la traite ne peut pas reposer sur la "
                "seule déclaration d'une victime. Bâtir la preuve à partir de plusieurs "
                "sources, comme la surveillance, les documents financiers et les documents "
                "saisis, allège aussi le fardeau qui pèse sur la victime.</p>",
            ),
        ),
        (
            "accordion",
            {
                "title": t(
                    "Investigative tools named in the plan",
                    "Outils d'enquête mentionnés dans le plan",
                ),
                "items": [
                    {
                        "heading": t(
                            "Undercover operations and electronic surveillance",
                            "Opérations d'infiltration et surveillance électronique",
                        ),
                        "body": t(
                            "<p>These techniques are permitted in Canadian law and are "
                            "invaluable in trafficking investigations, which often involve "
                            "hidden activity and reluctant witnesses.</p>",
                            "<p>Ces techniques sont permises en droit canadien et sont "
                            "précieuses dans les enquêtes sur la traite, qui portent souvent "
                            "sur des activités cachées et des témoins réticents.</p>",
                        ),
                    },
                    {
                        "heading": t("Financial intelligence", "Renseignement financier"),
                        "body": t(
                            "<p>The Financial Transactions and Reports Analysis Centre of "
                            "Canada (FINTRAC) can provide financial intelligence on possible "
                            "money laundering by suspected traffickers. When appropriate, the "
                            "RCMP conducts parallel proceeds of crime investigations.</p>",
                            "<p>Le Centre d'analyse des opérations et déclarations financières "
                            "du Canada (CANAFE) peut fournir du renseignement financier sur "
                            "d'éventuelles opérations de blanchiment d'argent par des "
                            "trafiquants présumés. Lorsqu'il y a lieu, la GRC mène des "
                            "enquêtes parallèles sur les produits de la criminalité.</p>",
                        ),
                    },
                    {
                        "heading": t("Travel documents", "Documents de voyage"),
                        "body": t(
                            "<p>Police can work with the passport authority to revoke the "
                            "passport of a Canadian trafficker charged with an indictable "
                            "offence, to add people under investigation or charged to a "
                            "lookout list, and to help confirm a suspect's identity.</p>",
                            "<p>La police peut collaborer avec l'autorité responsable des "
                            "passeports pour révoquer le passeport d'un trafiquant canadien "
                            "accusé d'un acte criminel, pour inscrire sur une liste de "
                            "surveillance les personnes visées par une enquête ou accusées, et "
                            "pour aider à confirmer l'identité d'un suspect.</p>",
                        ),
                    },
                    {
                        "heading": t("Expert evidence", "Témoignage d'expert"),
                        "body": t(
                            "<p>The RCMP trains police subject matter experts on human "
                            "trafficking to present expert testimony in court.</p>",
                            "<p>La GRC forme des policiers experts en traite de personnes "
                            "appelés à présenter des témoignages d'expert devant les "
                            "tribunaux.</p>",
                        ),
                    },
                    {
                        "heading": t("Operational guidance", "Guides opérationnels"),
                        "body": t(
                            "<p>The plan provides for an operational handbook on the "
                            "investigation and prosecution of trafficking for police and "
                            "prosecutors, a victim-centred guidebook for investigators, and "
                            "the RCMP's “I'm Not for Sale” law enforcement toolkit, which "
                            "includes victim assistance guidelines.</p>",
                            "<p>Le plan prévoit un manuel opérationnel sur les enquêtes et les "
                            "poursuites en matière de traite à l'intention des policiers et "
                            "des procureurs, un guide axé sur les victimes pour les "
                            "enquêteurs, ainsi que la trousse « Je ne suis pas à vendre » de "
                            "la GRC destinée aux forces de l'ordre, qui comprend des lignes "
                            "directrices sur l'aide aux victimes.</p>",
                        ),
                    },
                ],
            },
        ),
        (
            "comparison_table",
            {
                "caption": t(
                    "Partners in a trafficking investigation",
                    "Partenaires d'une enquête sur la traite",
                ),
                "row_heading": t("Partner", "Partenaire"),
                "columns": [t("How they can help", "Leur apport")],
                "rows": [
                    {
                        "label": t(
                            "Victim services and community organizations",
                            "Services d'aide aux victimes et organismes communautaires",
                        ),
                        "cells": [
                            t(
                                "Shelter, counselling and support for the victim before, "
                                "during and after the investigation.",
                                "Hébergement, counseling et soutien pour la victime avant, "
                                "pendant et après l'enquête.",
                            )
                        ],
                    },
                    {
                        "label": t(
                            "RCMP Human Trafficking National Coordination Centre",
                            "Centre national de coordination contre la traite de personnes "
                            "de la GRC",
                        ),
                        "cells": [
                            t(
                                "National coordination, awareness and expertise for the police "
                                "of jurisdiction, with awareness coordinators across the "
                                "country.",
                                "Coordination nationale, sensibilisation et expertise pour le "
                                "service de police compétent, avec des coordonnateurs de la "
                                "sensibilisation partout au pays.",
                            )
                        ],
                    },
                    {
                        "label": t(
                            "Canada Border Services Agency",
                            "Agence des services frontaliers du Canada",
                        ),
                        "cells": [
                            t(
                                "Border intelligence, identification of victims at ports of "
                                "entry and support to the integrated enforcement team.",
                                "Renseignement frontalier, repérage des victimes aux points "
                                "d'entrée et appui à l'équipe intégrée d'application de la "
                                "loi.",
                            )
                        ],
                    },
                    {
                        "label": t("Immigration officials", "Autorités de l'immigration"),
                        "cells": [
                            t(
                                "Temporary resident permits for foreign national victims.",
                                "Permis de séjour temporaire pour les victimes étrangères.",
                            )
                        ],
                    },
                    {
                        "label": t("FINTRAC", "CANAFE"),
                        "cells": [
                            t(
                                "Financial intelligence on possible money laundering linked to "
                                "trafficking.",
                                "Renseignement financier sur d'éventuelles opérations de "
                                "blanchiment d'argent liées à la traite.",
                            )
                        ],
                    },
                    {
                        "label": t(
                            "Labour and temporary foreign worker officials",
                            "Responsables du travail et des travailleurs étrangers temporaires",
                        ),
                        "cells": [
                            t(
                                "Information on employers and workers in possible forced "
                                "labour cases, and detection of high-risk employers.",
                                "Renseignements sur les employeurs et les travailleurs dans "
                                "les cas possibles de travail forcé, et détection des "
                                "employeurs à risque élevé.",
                            )
                        ],
                    },
                    {
                        "label": t("Prosecutors", "Procureurs"),
                        "cells": [
                            t(
                                "Advice on evidence and charges, and on measures that support "
                                "victims who testify.",
                                "Conseils sur la preuve et les accusations, ainsi que sur les "
                                "mesures qui soutiennent les victimes appelées à témoigner.",
                            )
                        ],
                    },
                    {
                        "label": t("International partners", "Partenaires internationaux"),
                        "cells": [
                            t(
                                "Information sharing through INTERPOL, mutual legal "
                                "assistance and extradition treaties, and cooperation with "
                                "United States law enforcement.",
                                "Échange d'information par l'entremise d'INTERPOL, traités "
                                "d'entraide juridique et d'extradition, et coopération avec "
                                "les organismes d'application de la loi des États-Unis.",
                            )
                        ],
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "information",
                "title": t("A dedicated integrated team", "Une équipe intégrée spécialisée"),
                "body": t(
                    "<p>The plan created Canada's first integrated enforcement team to focus "
                    "on all types of trafficking. Led by the RCMP and supported by the Canada "
                    "Border Services Agency and a criminal intelligence analyst, it invites "
                    "municipal and provincial police to take part, works in close partnership "
                    "with victim service providers, and is located according to threat and "
                    "risk assessments.</p>",
                    "<p>Le plan a créé la première équipe intégrée d'application de la loi au "
                    "Canada à se consacrer à toutes les formes de traite. Dirigée par la GRC "
                    "et appuyée par l'Agence des services frontaliers du Canada et un analyste "
                    "du renseignement criminel, elle invite les services de police municipaux "
                    "et provinciaux à y participer, travaille en étroite collaboration avec "
                    "les fournisseurs de services aux victimes, et son emplacement est choisi "
                    "en fonction des évaluations de la menace et des risques.</p>",
                ),
            },
        ),
        (
            "scenario",
            {
                "title": t("A tip about a restaurant", "Un signalement concernant un restaurant"),
                "intro": t(
                    "<p>You are a new constable assigned to assist investigators. A community "
                    "organization reports that several foreign workers at a restaurant live "
                    "in a crowded room above the kitchen, work very long hours and seem afraid "
                    "of the owner. One worker told an outreach worker that the owner keeps "
                    "their passports.</p>",
                    "<p>Vous êtes un nouvel agent affecté à l'appui des enquêteurs. Un "
                    "organisme communautaire signale que plusieurs travailleurs étrangers d'un "
                    "restaurant vivent entassés dans une pièce au-dessus de la cuisine, "
                    "travaillent de très longues heures et semblent avoir peur du "
                    "propriétaire. L'un d'eux a confié à une intervenante de rue que le "
                    "propriétaire garde leurs passeports.</p>",
                ),
                "steps": [
                    {
                        "key": "planning",
                        "situation": t(
                            "<p>Your sergeant asks how you would start.</p>",
                            "<p>Votre sergent vous demande par où vous commenceriez.</p>",
                        ),
                        "choices": [
                            {
                                "label": t(
                                    "Plan with the community organization and victim "
                                    "services, arrange interpreters and involve specialized "
                                    "investigators before acting.",
                                    "Planifier avec l'organisme communautaire et les services "
                                    "d'aide aux victimes, prévoir des interprètes et faire "
                                    "appel à des enquêteurs spécialisés avant d'agir.",
                                ),
                                "consequence": t(
                                    "<p>The team plans a coordinated approach: interpreters "
                                    "for the workers' languages, victim services ready to "
                                    "offer shelter, and specialized investigators advising on "
                                    "evidence.</p>",
                                    "<p>L'équipe planifie une intervention coordonnée : des "
                                    "interprètes dans les langues des travailleurs, des "
                                    "services d'aide aux victimes prêts à offrir un "
                                    "hébergement et des enquêteurs spécialisés qui conseillent "
                                    "sur la preuve.</p>",
                                ),
                                "feedback": t(
                                    "Good. Planning with partners means that the workers' "
                                    "needs can be met as soon as they are contacted, and that "
                                    "the investigation starts on solid ground.",
                                    "Bien. Planifier avec des partenaires permet de répondre "
                                    "aux besoins des travailleurs dès le premier contact et de "
                                    "lancer l'enquête sur des bases solides.",
                                ),
                                "is_best": True,
                                "next_step": "contact",
                            },
                            {
                                "label": t(
                                    "Go to the restaurant right away and ask the owner about "
                                    "the passports.",
                                    "Se rendre immédiatement au restaurant et interroger le "
                                    "propriétaire au sujet des passeports.",
                                ),
                                "consequence": t(
                                    "<p>The owner says the workers asked him to keep their "
                                    "passports safe. By the next day, two workers have been "
                                    "moved elsewhere, and the others refuse to talk.</p>",
                                    "<p>Le propriétaire affirme que les travailleurs lui ont "
                                    "demandé de garder leurs passeports en lieu sûr. Dès le "
                                    "lendemain, deux travailleurs ont été déplacés ailleurs, "
                                    "et les autres refusent de parler.</p>",
                                ),
                                "feedback": t(
                                    "Alerting a suspect before victims are safe and evidence "
                                    "is secured can put victims at risk and compromise the "
                                    "case.",
                                    "Alerter un suspect avant que les victimes soient en "
                                    "sécurité et que la preuve soit préservée peut mettre les "
                                    "victimes en danger et compromettre l'affaire.",
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": t(
                                    "Treat it as a labour standards complaint and pass it to "
                                    "the province.",
                                    "Traiter l'affaire comme une plainte relative aux normes "
                                    "du travail et la transmettre à la province.",
                                ),
                                "consequence": t(
                                    "<p>Your sergeant points out that withheld passports and "
                                    "fear of the owner are indicators of trafficking, not "
                                    "only of labour standards problems, and asks you to plan "
                                    "a coordinated approach with partners.</p>",
                                    "<p>Votre sergent fait remarquer que des passeports "
                                    "retenus et la peur du propriétaire sont des indicateurs "
                                    "de traite, et pas seulement de problèmes de normes du "
                                    "travail, et vous demande de planifier une intervention "
                                    "coordonnée avec des partenaires.</p>",
                                ),
                                "feedback": t(
                                    "Labour officials are important partners, but indicators "
                                    "of trafficking call for a police response coordinated "
                                    "with them, not a hand-off.",
                                    "Les responsables du travail sont des partenaires "
                                    "importants, mais des indicateurs de traite appellent une "
                                    "intervention policière coordonnée avec eux, et non un "
                                    "simple transfert du dossier.",
                                ),
                                "is_best": False,
                                "next_step": "contact",
                            },
                        ],
                    },
                    {
                        "key": "contact",
                        "situation": t(
                            "<p>During a coordinated visit, the workers are interviewed "
                            "separately, with interpreters. One worker says the owner told him "
                            "his family at home would “pay” if he left. He is worried that, "
                            "because his work permit is tied to this employer, he will be "
                            "deported.</p>"
                            "<p>What do you tell him?</p>",
                            "<p>Lors d'une visite coordonnée, les travailleurs sont reçus "
                            "séparément, avec des interprètes. L'un d'eux explique que le "
                            "propriétaire lui a dit que sa famille restée au pays « paierait » "
                            "s'il partait. Il craint d'être expulsé, car son permis de travail "
                            "est lié à cet employeur.</p>"
                            "<p>Que lui dites-vous ?</p>",
                        ),
                        "choices": [
                            {
                                "label": t(
                                    "That immigration officials can consider a temporary "
                                    "resident permit, that help does not depend on "
                                    "testifying, and that victim services can support him "
                                    "now.",
                                    "Que les autorités de l'immigration peuvent envisager un "
                                    "permis de séjour temporaire, que l'aide ne dépend pas "
                                    "d'un témoignage, et que les services d'aide aux victimes "
                                    "peuvent le soutenir dès maintenant.",
                                ),
                                "consequence": t(
                                    "<p>The worker is visibly relieved. He agrees to go with a "
                                    "victim services worker to a safe place and says he may "
                                    "be willing to talk more later.</p>",
                                    "<p>Le travailleur est visiblement soulagé. Il accepte de "
                                    "suivre une intervenante des services d'aide aux victimes "
                                    "dans un lieu sûr et dit qu'il sera peut-être prêt à en "
                                    "dire davantage plus tard.</p>",
                                ),
                                "feedback": t(
                                    "Right. Accurate information about protections, without "
                                    "promises, addresses one of the main reasons why victims "
                                    "stay silent.",
                                    "Exact. Une information exacte sur les mesures de "
                                    "protection, sans promesses, répond à l'une des "
                                    "principales raisons pour lesquelles les victimes se "
                                    "taisent.",
                                ),
                                "is_best": True,
                                "next_step": "evidence",
                            },
                            {
                                "label": t(
                                    "That if he cooperates, he is guaranteed to stay in Canada.",
                                    "Que s'il collabore, il est assuré de rester au Canada.",
                                ),
                                "consequence": t(
                                    "<p>He agrees to talk, but the promise was not yours to "
                                    "make. Your sergeant corrects it, and the worker's trust "
                                    "is shaken.</p>",
                                    "<p>Il accepte de parler, mais cette promesse ne vous "
                                    "appartenait pas. Votre sergent la corrige, et la "
                                    "confiance du travailleur en est ébranlée.</p>",
                                ),
                                "feedback": t(
                                    "Never promise immigration outcomes, and never tie them to "
                                    "cooperation. Explain what exists, such as temporary "
                                    "resident permits, and who decides.",
                                    "Ne promettez jamais un résultat en matière d'immigration, "
                                    "et ne le liez jamais à la collaboration. Expliquez ce qui "
                                    "existe, comme le permis de séjour temporaire, et qui "
                                    "prend la décision.",
                                ),
                                "is_best": False,
                                "next_step": "evidence",
                            },
                            {
                                "label": t(
                                    "That his immigration situation is not a police matter.",
                                    "Que sa situation d'immigration ne regarde pas la police.",
                                ),
                                "consequence": t(
                                    "<p>He stops talking and says he wants to go back to work. "
                                    "His fear of removal is stronger than his fear of the "
                                    "owner.</p>",
                                    "<p>Il cesse de parler et dit vouloir retourner au "
                                    "travail. Sa crainte d'être renvoyé l'emporte sur sa peur "
                                    "du propriétaire.</p>",
                                ),
                                "feedback": t(
                                    "Fear of removal is a major barrier. Accurate information "
                                    "about protections is part of a victim-centred "
                                    "response.",
                                    "La crainte d'un renvoi est un obstacle majeur. Une "
                                    "information exacte sur les mesures de protection fait "
                                    "partie d'une intervention centrée sur la victime.",
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                    {
                        "key": "evidence",
                        "situation": t(
                            "<p>Investigators are building the case. Several workers are too "
                            "frightened to give formal statements.</p>"
                            "<p>Which approach is best?</p>",
                            "<p>Les enquêteurs constituent la preuve. Plusieurs travailleurs "
                            "ont trop peur pour faire une déclaration officielle.</p>"
                            "<p>Quelle approche est la meilleure ?</p>",
                        ),
                        "choices": [
                            {
                                "label": t(
                                    "Build the case from several sources, such as "
                                    "surveillance, financial intelligence and the seized "
                                    "documents, while victim services support the workers.",
                                    "Bâtir la preuve à partir de plusieurs sources, comme la "
                                    "surveillance, le renseignement financier et les documents "
                                    "saisis, pendant que les services d'aide aux victimes "
                                    "soutiennent les travailleurs.",
                                ),
                                "consequence": t(
                                    "<p>Financial records show large, unexplained deductions "
                                    "from the workers' wages, and the passports are found in "
                                    "the owner's office. The case no longer rests on the "
                                    "workers' statements alone.</p>",
                                    "<p>Les documents financiers révèlent des retenues "
                                    "importantes et inexpliquées sur les salaires des "
                                    "travailleurs, et les passeports sont retrouvés dans le "
                                    "bureau du propriétaire. L'affaire ne repose plus "
                                    "uniquement sur les déclarations des travailleurs.</p>",
                                ),
                                "feedback": t(
                                    "Excellent. Corroborating evidence reduces the pressure "
                                    "on victims. With time and support, some may choose to "
                                    "testify, with testimonial aids where the court allows "
                                    "them.",
                                    "Excellent. Une preuve corroborante réduit la pression "
                                    "sur les victimes. Avec du temps et du soutien, certaines "
                                    "choisiront peut-être de témoigner, avec des aides au "
                                    "témoignage si le tribunal les autorise.",
                                ),
                                "is_best": True,
                                "next_step": "",
                            },
                            {
                                "label": t(
                                    "Tell the workers that without their statements the owner "
                                    "will go free, and it will be their fault.",
                                    "Dire aux travailleurs que sans leurs déclarations, le "
                                    "propriétaire sera libéré, et que ce sera leur faute.",
                                ),
                                "consequence": t(
                                    "<p>The workers feel blamed and withdraw further. One "
                                    "leaves the shelter and returns to the owner.</p>",
                                    "<p>Les travailleurs se sentent accusés et se referment "
                                    "davantage. L'un d'eux quitte le refuge et retourne chez "
                                    "le propriétaire.</p>",
                                ),
                                "feedback": t(
                                    "Pressure and blame repeat the trafficker's tactics. Help "
                                    "must never depend on cooperation.",
                                    "La pression et les reproches reproduisent les tactiques "
                                    "du trafiquant. L'aide ne doit jamais dépendre de la "
                                    "collaboration.",
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": t(
                                    "Close the file, since no victim will testify.",
                                    "Fermer le dossier, puisqu'aucune victime ne veut témoigner.",
                                ),
                                "consequence": t(
                                    "<p>The file is closed. The owner keeps operating, and the "
                                    "workers remain at risk.</p>",
                                    "<p>Le dossier est fermé. Le propriétaire poursuit ses "
                                    "activités, et les travailleurs restent en danger.</p>",
                                ),
                                "feedback": t(
                                    "Victims' reluctance is common. Other evidence, such as "
                                    "financial intelligence and the withheld passports, can "
                                    "support charges, including under section 279.03.",
                                    "La réticence des victimes est fréquente. D'autres "
                                    "éléments de preuve, comme le renseignement financier et "
                                    "les passeports retenus, peuvent étayer des accusations, "
                                    "y compris en vertu de l'article 279.03.",
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                ],
                "debrief": t(
                    "<p>Effective trafficking investigations are planned with partners, put "
                    "the safety and needs of victims first, give accurate information about "
                    "protections, and build evidence from several sources so that the case "
                    "does not rest on a frightened victim alone.</p>",
                    "<p>Les enquêtes efficaces sur la traite sont planifiées avec des "
                    "partenaires, placent la sécurité et les besoins des victimes au premier "
                    "plan, donnent une information exacte sur les mesures de protection et "
                    "bâtissent la preuve à partir de plusieurs sources, afin que l'affaire ne "
                    "repose pas sur une seule victime apeurée.</p>",
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": t(
                    "Why is it useful to build a trafficking case from several sources of "
                    "evidence? Select all that apply.",
                    "Pourquoi est-il utile de bâtir une affaire de traite à partir de "
                    "plusieurs sources de preuve ? Sélectionnez toutes les réponses qui "
                    "s'appliquent.",
                ),
                "choices": [
                    {
                        "text": t(
                            "It reduces the burden on victims, who may be too afraid to testify.",
                            "Cela allège le fardeau des victimes, qui ont parfois trop peur "
                            "pour témoigner.",
                        ),
                        "is_correct": True,
                        "feedback": t(
                            "Yes. Corroboration means the case does not rest on one frightened "
                            "person.",
                            "Oui. La corroboration évite que l'affaire repose sur une seule "
                            "personne apeurée.",
                        ),
                    },
                    {
                        "text": t(
                            "It supports accounts that trauma has made fragmented.",
                            "Cela étaye des récits rendus fragmentaires par le traumatisme.",
                        ),
                        "is_correct": True,
                        "feedback": t(
                            "Yes. Independent evidence can support an account affected by trauma.",
                            "Oui. Une preuve indépendante peut étayer un récit marqué par le "
                            "traumatisme.",
                        ),
                    },
                    {
                        "text": t(
                            "It means victims never need to be contacted.",
                            "Cela évite d'avoir à communiquer avec les victimes.",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "Victims still need to be identified, protected and supported. "
                            "Corroboration reduces pressure; it does not replace care.",
                            "Les victimes doivent quand même être repérées, protégées et "
                            "soutenues. La corroboration réduit la pression ; elle ne remplace "
                            "pas la prise en charge.",
                        ),
                    },
                    {
                        "text": t(
                            "It allows police to work without victim services.",
                            "Cela permet à la police de se passer des services d'aide aux "
                            "victimes.",
                        ),
                        "is_correct": False,
                        "feedback": t(
                            "Victim services remain essential partners throughout an "
                            "investigation.",
                            "Les services d'aide aux victimes demeurent des partenaires "
                            "essentiels tout au long de l'enquête.",
                        ),
                    },
                ],
                "explanation": t(
                    "<p>Techniques such as surveillance and financial intelligence, along "
                    "with seized documents, let investigators corroborate what victims say, "
                    "or proceed when victims are not ready to speak, while victim services "
                    "continue to support them.</p>",
                    "<p>Des techniques comme la surveillance et le renseignement financier, "
                    "ainsi que les documents saisis, permettent aux enquêteurs de corroborer "
                    "les propos des victimes, ou d'aller de l'avant lorsqu'elles ne sont pas "
                    "prêtes à parler, pendant que les services d'aide aux victimes continuent "
                    "de les soutenir.</p>",
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "information",
                "title": t("The four pillars", "Les quatre piliers"),
                "body": t(
                    "<p>Canada's response rests on four pillars, known as the four Ps:</p>"
                    "<ul>"
                    "<li><strong>Prevention:</strong> awareness, research and training, "
                    "including for police cadets;</li>"
                    "<li><strong>Protection:</strong> identifying victims early and supporting "
                    "their recovery;</li>"
                    "<li><strong>Prosecution:</strong> detecting, investigating and "
                    "prosecuting traffickers;</li>"
                    "<li><strong>Partnerships:</strong> working with all levels of "
                    "government, civil society and international partners.</li>"
                    "</ul>"
                    "<p>Police work touches all four.</p>",
                    "<p>L'action du Canada repose sur quatre piliers :</p>"
                    "<ul>"
                    "<li><strong>Prévention :</strong> sensibilisation, recherche et "
                    "formation, y compris celle des cadets policiers ;</li>"
                    "<li><strong>Protection :</strong> repérer tôt les victimes et soutenir "
                    "leur rétablissement ;</li>"
                    "<li><strong>Poursuites :</strong> détecter les trafiquants, enquêter sur "
                    "eux et les poursuivre en justice ;</li>"
                    "<li><strong>Partenariats :</strong> collaborer avec tous les ordres de "
                    "gouvernement, la société civile et les partenaires internationaux.</li>"
                    "</ul>"
                    "<p>Le travail policier touche aux quatre.</p>",
                ),
            },
        ),
    ],
)


# The course ---------------------------------------------------------------------------------

LESSONS = [
    IN_CANADA,
    OFFENCES,
    EXPLOITATION,
    BARRIERS,
    VICTIM_CENTRED,
    TESTIMONY,
    INVESTIGATION,
]

COURSE = {
    "slug": "trafficking-in-persons-police-cadets",
    "slug_fr": "traite-de-personnes-cadets-policiers",
    "title": both(
        t(
            "Trafficking in Persons: Law and Victim-Centred Policing",
            "La traite de personnes : droit et intervention policière centrée sur la victime",
        )
    ),
    "summary": both(
        t(
            "For police cadets and officers: the Criminal Code trafficking offences, the "
            "meaning of exploitation, why victims rarely come forward, how to respond in a "
            "victim-centred way, the protections for victims who testify, and the partners in "
            "an investigation.",
            "Pour les cadets et les policiers : les infractions de traite du Code criminel, la "
            "notion d'exploitation, les raisons pour lesquelles les victimes se manifestent "
            "rarement, l'intervention centrée sur la victime, les mesures de protection des "
            "victimes qui témoignent et les partenaires d'une enquête.",
        )
    ),
    "intro": both(
        t(
            "<p>Most victims of trafficking identified in Canada to date are Canadian women "
            "and children, exploited in the communities that police serve every day. They "
            "rarely come forward, and the first officer they meet can make the difference "
            "between a victim who stays under a trafficker's control and one who finds a way "
            "out.</p>"
            "<p>This course covers the <em>Criminal Code</em> offences and the meaning of "
            "exploitation, the barriers that keep victims silent, a safe and victim-centred "
            "response, the protections available to victims who testify, and the partners "
            "and tools of a trafficking investigation. It is based on Canada's <em>National "
            "Action Plan to Combat Human Trafficking</em> (2012).</p>",
            "<p>La plupart des victimes de la traite repérées au Canada à ce jour sont des "
            "femmes et des enfants canadiens, exploités dans les collectivités que la police "
            "sert tous les jours. Ces victimes se manifestent rarement, et le premier policier "
            "qu'elles rencontrent peut faire la différence entre une victime qui reste sous "
            "l'emprise d'un trafiquant et une victime qui trouve une issue.</p>"
            "<p>Ce cours porte sur les infractions du <em>Code criminel</em> et la notion "
            "d'exploitation, les obstacles qui réduisent les victimes au silence, une "
            "intervention sûre et centrée sur la victime, les mesures de protection offertes "
            "aux victimes qui témoignent, ainsi que les partenaires et les outils d'une "
            "enquête sur la traite. Il s'appuie sur le <em>Plan d'action national de lutte "
            "contre la traite de personnes</em> du Canada (2012).</p>",
        )
    ),
    "objectives": both(
        [
            t(
                "Describe the Criminal Code trafficking offences, sections 279.01 to 279.03, "
                "and their penalties.",
                "Décrire les infractions de traite du Code criminel, soit les articles 279.01 "
                "à 279.03, et les peines dont elles sont assorties.",
            ),
            t(
                "Apply the meaning of exploitation in section 279.04 to a set of facts.",
                "Appliquer à des faits la notion d'exploitation définie à l'article 279.04.",
            ),
            t(
                "Explain why victims rarely come forward and how that shapes police work.",
                "Expliquer pourquoi les victimes se manifestent rarement et ce que cela "
                "implique pour le travail policier.",
            ),
            t(
                "Respond to a possible victim in a safe, victim-centred way.",
                "Intervenir auprès d'une victime possible d'une manière sûre et "
                "centrée sur la victime.",
            ),
            t(
                "Describe the protections for victims who testify and the partners in a "
                "trafficking investigation.",
                "Décrire les mesures de protection des victimes qui témoignent et les "
                "partenaires d'une enquête sur la traite.",
            ),
        ]
    ),
    "audiences": ["police-cadet", "police-officer"],
    "topics": ["trafficking-basics", "law", "victim-support"],
    "estimated_minutes": sum(lesson["estimated_minutes"] for lesson in LESSONS),
    "sequential": True,
    "lessons": LESSONS,
}
