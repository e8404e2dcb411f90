"""Bilingual demo course: responding to victims, for front-line service providers.

Written from the facts of Canada's National Action Plan to Combat Human Trafficking (2012).
Every lesson has an English body and a French body that are exactly parallel: same block
types in the same order, same list lengths, keys and booleans; only the text differs.
"""

from __future__ import annotations

ILLUSTRATIVE_EN = "Illustrative case based on the National Action Plan (2012)"
ILLUSTRATIVE_FR = "Cas illustratif fondé sur le Plan d'action national (2012)"

# ---------------------------------------------------------------------------
# Lesson 1: recognizing a possible victim
# ---------------------------------------------------------------------------

LESSON_RECOGNIZING = {
    "slug": "recognizing-a-possible-victim",
    "slug_fr": "reconnaitre-une-victime-potentielle",
    "title": {
        "en": "Recognizing a possible victim",
        "fr": "Reconnaître une victime potentielle",
    },
    "summary": {
        "en": "Who is at risk of trafficking, which signs to notice, and why victims seldom "
        "ask for help.",
        "fr": "Qui est à risque de traite, quels signes remarquer et pourquoi les victimes "
        "demandent rarement de l'aide.",
    },
    "estimated_minutes": 15,
    "body_en": [
        ("heading", {"text": "Trafficking happens here", "level": "h2"}),
        (
            "paragraph",
            "<p>Human trafficking is the recruitment, transportation, harbouring or control "
            "of a person's movements in order to exploit them, most often through sexual "
            "exploitation or forced labour. It happens in large urban centres and in smaller "
            "cities and communities across Canada. To date, trafficking for sexual "
            "exploitation is the form most often identified in Canada, and most victims are "
            "Canadian women and children. Evidence of trafficking for forced labour is also "
            "growing, and men are victims too.</p>"
            "<p>People at higher risk are those who are socially or economically "
            "disadvantaged, including some Indigenous women, youth and children, migrants and "
            "new immigrants, teenaged runaways, children in care, and girls and women who are "
            "lured to large cities or move there on their own. Some young women are "
            "recruited by young men in street gangs who use the promise of affection to draw "
            "them in.</p>",
        ),
        ("heading", {"text": "Why victims rarely identify themselves", "level": "h2"}),
        (
            "paragraph",
            "<p>Trafficking is hidden, and victims rarely come forward. The plan points to "
            "several reasons:</p>"
            "<ul>"
            "<li><strong>Fear:</strong> traffickers use threats, intimidation and violence "
            "against victims and their families, and victims may face serious, even fatal, "
            "consequences if they try to escape.</li>"
            "<li><strong>Manipulation and shame.</strong></li>"
            "<li><strong>Language barriers.</strong></li>"
            "<li><strong>Mistrust of authorities</strong>, including police.</li>"
            "<li><strong>Isolation:</strong> foreign victims are usually in Canada alone, "
            "without family or a support system.</li>"
            "<li><strong>Not seeing themselves as victims:</strong> a young person may see a "
            "trafficker as a boyfriend; a worker may see their situation as a bad job they "
            "have to put up with.</li>"
            "</ul>"
            "<p>You may see only part of the picture: a person who says they are fine, who "
            "protects the person controlling them, or whose story changes. Your role is to "
            "notice, to make it safe to talk and to keep the door open.</p>",
        ),
        (
            "case_excerpt",
            {
                "quote": (
                    "A 17-year-old comes to a youth drop-in centre for a meal. Staff notice "
                    "new clothes and an expensive phone, but she seems exhausted. She says her "
                    "boyfriend looks after her and that she owes him for everything he has "
                    "bought. When her phone rings, she leaves in a hurry."
                ),
                "citation": ILLUSTRATIVE_EN,
                "note": (
                    "<p>She does not describe herself as a victim and may never do so. Staff "
                    "can offer a safe space, stay in contact and follow their policies for "
                    "young people at risk, including any duty to report, while keeping in mind "
                    "the affection-based recruitment the plan describes.</p>"
                ),
            },
        ),
        (
            "indicator_checklist",
            {
                "title": "Signs in a service setting",
                "instructions": (
                    "A person comes to your organization for help with something else, such "
                    "as food, a health concern or housing. Select every observation that may "
                    "indicate trafficking, then check your answers."
                ),
                "items": [
                    {
                        "text": "Someone goes everywhere with the person and answers "
                        "questions for them.",
                        "is_indicator": True,
                        "feedback": (
                            "Control over what a person can say, and where they go, is a "
                            "common sign."
                        ),
                    },
                    {
                        "text": "The person does not have their own identification; someone "
                        "else holds it.",
                        "is_indicator": True,
                        "feedback": (
                            "Traffickers often take away identity documents and passports."
                        ),
                    },
                    {
                        "text": "The person has injuries they are reluctant to explain.",
                        "is_indicator": True,
                        "feedback": (
                            "Physical violence is one of the ways traffickers control victims."
                        ),
                    },
                    {
                        "text": "The person is new to Canada.",
                        "is_indicator": False,
                        "feedback": (
                            "Being a newcomer can increase risk but is not, on its own, a sign "
                            "of trafficking. Avoid assumptions based on origin or status."
                        ),
                    },
                    {
                        "text": "The person seems afraid and says their family will be hurt "
                        "if they do not do as they are told.",
                        "is_indicator": True,
                        "feedback": (
                            "Threats against a person or their family are at the heart of "
                            "trafficking."
                        ),
                    },
                    {
                        "text": "The person is reluctant to speak with police.",
                        "is_indicator": False,
                        "feedback": (
                            "Many people mistrust police for many reasons, so this is not an "
                            "indicator on its own. It does mean that pushing them toward "
                            "police may not help."
                        ),
                    },
                    {
                        "text": "The person has a cell phone.",
                        "is_indicator": False,
                        "feedback": (
                            "Having a phone tells you little either way. Look at the whole "
                            "situation."
                        ),
                    },
                    {
                        "text": "A teenager describes an older “boyfriend” who buys her gifts "
                        "and now tells her where to go and whom to see.",
                        "is_indicator": True,
                        "feedback": (
                            "Traffickers may use the promise of affection to recruit and "
                            "control young people."
                        ),
                    },
                ],
                "summary": (
                    "<p>Five observations are possible indicators: someone who answers for "
                    "the person, identification held by someone else, unexplained injuries, "
                    "threats against family and a controlling “boyfriend”. Being a newcomer, "
                    "mistrusting police or having a phone are not indicators on their own. No "
                    "single sign proves trafficking: consider the whole situation and talk "
                    "with your supervisor or partners.</p>"
                ),
            },
        ),
        (
            "glossary",
            {
                "title": "Key terms",
                "terms": [
                    {
                        "term": "Human trafficking",
                        "definition": (
                            "Recruiting, transporting, harbouring or controlling the movements "
                            "of a person in order to exploit them, most often sexually or "
                            "through forced labour. No border needs to be crossed."
                        ),
                    },
                    {
                        "term": "Human smuggling",
                        "definition": (
                            "Moving migrants across a border with their consent; it ends on "
                            "arrival. A smuggled person who is then controlled and exploited "
                            "may be a victim of trafficking."
                        ),
                    },
                    {
                        "term": "Self-identification",
                        "definition": (
                            "A person recognizing, and saying, that they are a victim of "
                            "trafficking. Many victims never do."
                        ),
                    },
                    {
                        "term": "Survivor",
                        "definition": (
                            "A word many people who have lived through trafficking prefer. "
                            "Ask the person which words they use for themselves."
                        ),
                    },
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "A woman you are helping says everything is fine, although you have "
                    "noticed several signs of trafficking. Why might she say this? Select all "
                    "that apply."
                ),
                "choices": [
                    {
                        "text": "She fears what the trafficker will do to her or her family.",
                        "is_correct": True,
                        "feedback": "Yes. Threats and fear keep many victims silent.",
                    },
                    {
                        "text": "She mistrusts authorities, or sees little to gain from speaking.",
                        "is_correct": True,
                        "feedback": "Yes. Mistrust of authorities is a common barrier.",
                    },
                    {
                        "text": "She does not see herself as a victim.",
                        "is_correct": True,
                        "feedback": (
                            "Yes. Many victims, especially those recruited through affection "
                            "or a job offer, do not see themselves as victims."
                        ),
                    },
                    {
                        "text": "Victims always know they are being trafficked and say so "
                        "when asked directly.",
                        "is_correct": False,
                        "feedback": (
                            "No. Victims rarely identify themselves, and a direct question "
                            "may not be safe or helpful."
                        ),
                    },
                ],
                "explanation": (
                    "<p>Fear, manipulation, shame, language barriers, isolation and mistrust "
                    "of authorities all keep victims from coming forward, and many do not see "
                    "themselves as victims. A denial does not rule out trafficking: keep the "
                    "door open and make it safe to talk later.</p>"
                ),
            },
        ),
    ],
    "body_fr": [
        ("heading", {"text": "La traite existe ici", "level": "h2"}),
        (
            "paragraph",
            "<p>La traite de personnes consiste à recruter, à transporter, à héberger une "
            "personne ou à contrôler ses déplacements afin de l'exploiter, le plus souvent "
            "sexuellement ou par le travail forcé. Elle se produit dans les grands centres "
            "urbains comme dans les petites villes et collectivités partout au Canada. À ce "
            "jour, la traite à des fins d'exploitation sexuelle est la forme la plus souvent "
            "relevée au pays, et la plupart des victimes sont des femmes et des enfants "
            "canadiens. Les preuves de traite à des fins de travail forcé se multiplient "
            "aussi, et des hommes en sont également victimes.</p>"
            "<p>Les personnes les plus à risque sont celles qui sont socialement ou "
            "économiquement défavorisées, notamment certaines femmes, certains jeunes et "
            "enfants autochtones, les migrants et les nouveaux immigrants, les adolescents en "
            "fugue, les enfants placés, ainsi que les filles et les femmes attirées dans les "
            "grandes villes ou qui s'y installent d'elles-mêmes. Certaines jeunes femmes sont "
            "recrutées par de jeunes hommes membres de gangs de rue qui les attirent par des "
            "promesses d'affection.</p>",
        ),
        ("heading", {"text": "Pourquoi les victimes se manifestent rarement", "level": "h2"}),
        (
            "paragraph",
            "<p>La traite est un crime caché, et les victimes se manifestent rarement. Le plan "
            "en donne plusieurs raisons :</p>"
            "<ul>"
            "<li><strong>La peur :</strong> les trafiquants recourent aux menaces, à "
            "l'intimidation et à la violence contre les victimes et leur famille, et les "
            "victimes peuvent subir des conséquences graves, voire fatales, si elles tentent "
            "de fuir.</li>"
            "<li><strong>La manipulation et la honte.</strong></li>"
            "<li><strong>La barrière de la langue.</strong></li>"
            "<li><strong>La méfiance envers les autorités</strong>, y compris la police.</li>"
            "<li><strong>L'isolement :</strong> les victimes étrangères sont généralement "
            "seules au Canada, sans famille ni réseau de soutien.</li>"
            "<li><strong>Elles ne se considèrent pas comme des victimes :</strong> une jeune "
            "personne peut voir le trafiquant comme son copain; un travailleur peut voir sa "
            "situation comme un mauvais emploi qu'il doit endurer.</li>"
            "</ul>"
            "<p>Vous ne verrez peut-être qu'une partie de la situation : une personne qui dit "
            "que tout va bien, qui protège la personne qui la contrôle ou dont le récit "
            "change. Votre rôle est de remarquer, de créer un climat sûr pour parler et de "
            "garder la porte ouverte.</p>",
        ),
        (
            "case_excerpt",
            {
                "quote": (
                    "Une jeune de 17 ans vient prendre un repas dans un centre d'accueil pour "
                    "jeunes. Le personnel remarque des vêtements neufs et un téléphone "
                    "coûteux, mais elle semble épuisée. Elle dit que son copain prend soin "
                    "d'elle et qu'elle lui doit tout ce qu'il lui a acheté. Quand son "
                    "téléphone sonne, elle part en vitesse."
                ),
                "citation": ILLUSTRATIVE_FR,
                "note": (
                    "<p>Elle ne se présente pas comme une victime et ne le fera peut-être "
                    "jamais. Le personnel peut lui offrir un espace sûr, garder le contact et "
                    "suivre ses politiques concernant les jeunes à risque, y compris toute "
                    "obligation de signalement, en gardant à l'esprit le recrutement fondé "
                    "sur l'affection que décrit le plan.</p>"
                ),
            },
        ),
        (
            "indicator_checklist",
            {
                "title": "Signes à remarquer dans un milieu de services",
                "instructions": (
                    "Une personne s'adresse à votre organisme pour autre chose, par exemple "
                    "pour de la nourriture, un problème de santé ou un logement. Sélectionnez "
                    "toutes les observations qui peuvent indiquer une situation de traite, "
                    "puis vérifiez vos réponses."
                ),
                "items": [
                    {
                        "text": "Quelqu'un accompagne la personne partout et répond aux "
                        "questions à sa place.",
                        "is_indicator": True,
                        "feedback": (
                            "Le contrôle de ce qu'une personne peut dire et de ses "
                            "déplacements est un signe courant."
                        ),
                    },
                    {
                        "text": "La personne n'a pas ses propres pièces d'identité; "
                        "quelqu'un d'autre les garde.",
                        "is_indicator": True,
                        "feedback": (
                            "Les trafiquants confisquent souvent les pièces d'identité et les "
                            "passeports."
                        ),
                    },
                    {
                        "text": "La personne a des blessures qu'elle hésite à expliquer.",
                        "is_indicator": True,
                        "feedback": (
                            "La violence physique est l'un des moyens de contrôle des trafiquants."
                        ),
                    },
                    {
                        "text": "La personne est arrivée récemment au Canada.",
                        "is_indicator": False,
                        "feedback": (
                            "Être nouvel arrivant peut accroître le risque, mais ce n'est pas "
                            "en soi un signe de traite. Évitez les suppositions fondées sur "
                            "l'origine ou le statut."
                        ),
                    },
                    {
                        "text": "La personne semble craintive et dit que sa famille subira "
                        "des violences si elle n'obéit pas.",
                        "is_indicator": True,
                        "feedback": (
                            "Les menaces contre une personne ou sa famille sont au cœur de la "
                            "traite."
                        ),
                    },
                    {
                        "text": "La personne hésite à parler à la police.",
                        "is_indicator": False,
                        "feedback": (
                            "Bien des gens se méfient de la police pour toutes sortes de "
                            "raisons; ce n'est donc pas un indicateur en soi. Cela signifie "
                            "toutefois qu'insister pour qu'elle s'adresse à la police "
                            "n'aidera peut-être pas."
                        ),
                    },
                    {
                        "text": "La personne a un téléphone cellulaire.",
                        "is_indicator": False,
                        "feedback": (
                            "Avoir un téléphone ne révèle pas grand-chose. Considérez "
                            "l'ensemble de la situation."
                        ),
                    },
                    {
                        "text": "Une adolescente parle d'un « copain » plus âgé qui lui "
                        "offre des cadeaux et lui dit maintenant où aller et qui voir.",
                        "is_indicator": True,
                        "feedback": (
                            "Les trafiquants peuvent se servir de promesses d'affection pour "
                            "recruter et contrôler des jeunes."
                        ),
                    },
                ],
                "summary": (
                    "<p>Cinq observations sont des indicateurs possibles : une personne qui "
                    "répond à sa place, des pièces d'identité gardées par quelqu'un d'autre, "
                    "des blessures inexpliquées, des menaces contre la famille et un "
                    "« copain » qui la contrôle. Être nouvel arrivant, se méfier de la police "
                    "ou avoir un téléphone ne sont pas des indicateurs en soi. Aucun signe ne "
                    "prouve à lui seul la traite : considérez l'ensemble de la situation et "
                    "parlez-en à votre superviseur ou à vos partenaires.</p>"
                ),
            },
        ),
        (
            "glossary",
            {
                "title": "Termes clés",
                "terms": [
                    {
                        "term": "Traite de personnes",
                        "definition": (
                            "Fait de recruter, de transporter, d'héberger une personne ou de "
                            "contrôler ses déplacements afin de l'exploiter, le plus souvent "
                            "sexuellement ou par le travail forcé. Aucune frontière n'a "
                            "besoin d'être franchie."
                        ),
                    },
                    {
                        "term": "Passage de clandestins",
                        "definition": (
                            "Fait de faire passer des migrants d'un pays à un autre avec leur "
                            "consentement; il prend fin à l'arrivée. Une personne passée "
                            "clandestinement qui est ensuite contrôlée et exploitée peut être "
                            "victime de la traite."
                        ),
                    },
                    {
                        "term": "Auto-identification",
                        "definition": (
                            "Fait, pour une personne, de reconnaître et de dire qu'elle est "
                            "victime de la traite. Beaucoup de victimes ne le font jamais."
                        ),
                    },
                    {
                        "term": "Survivante ou survivant",
                        "definition": (
                            "Terme que préfèrent bien des personnes qui ont vécu la traite. "
                            "Demandez à la personne quels mots elle emploie pour se décrire."
                        ),
                    },
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "Une femme que vous aidez affirme que tout va bien, même si vous avez "
                    "remarqué plusieurs signes de traite. Pourquoi pourrait-elle dire cela? "
                    "Sélectionnez toutes les réponses qui s'appliquent."
                ),
                "choices": [
                    {
                        "text": "Elle craint ce que le trafiquant lui fera, à elle ou à sa "
                        "famille.",
                        "is_correct": True,
                        "feedback": "Oui. Les menaces et la peur réduisent au silence bien "
                        "des victimes.",
                    },
                    {
                        "text": "Elle se méfie des autorités ou ne voit pas l'intérêt de parler.",
                        "is_correct": True,
                        "feedback": "Oui. La méfiance envers les autorités est un obstacle "
                        "courant.",
                    },
                    {
                        "text": "Elle ne se considère pas comme une victime.",
                        "is_correct": True,
                        "feedback": (
                            "Oui. Beaucoup de victimes, surtout celles qui ont été recrutées "
                            "par l'affection ou par une offre d'emploi, ne se voient pas comme "
                            "des victimes."
                        ),
                    },
                    {
                        "text": "Les victimes savent toujours qu'elles sont victimes de la "
                        "traite et le disent si on le leur demande directement.",
                        "is_correct": False,
                        "feedback": (
                            "Non. Les victimes se manifestent rarement, et une question "
                            "directe n'est pas toujours sûre ni utile."
                        ),
                    },
                ],
                "explanation": (
                    "<p>La peur, la manipulation, la honte, la barrière de la langue, "
                    "l'isolement et la méfiance envers les autorités empêchent les victimes "
                    "de se manifester, et beaucoup ne se considèrent pas comme des victimes. "
                    "Un démenti n'exclut pas la traite : gardez la porte ouverte et créez un "
                    "climat sûr pour qu'elle puisse parler plus tard.</p>"
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Lesson 2: needs and trauma
# ---------------------------------------------------------------------------

LESSON_NEEDS = {
    "slug": "needs-and-trauma",
    "slug_fr": "besoins-et-traumatisme",
    "title": {
        "en": "Understanding needs and trauma",
        "fr": "Comprendre les besoins et le traumatisme",
    },
    "summary": {
        "en": "The immediate and longer-term needs of trafficked persons, and how trauma can "
        "shape what you see.",
        "fr": "Les besoins immédiats et à plus long terme des personnes victimes de la traite, "
        "et l'influence du traumatisme sur ce que vous observez.",
    },
    "estimated_minutes": 15,
    "body_en": [
        ("heading", {"text": "Every person's needs are different", "level": "h2"}),
        (
            "paragraph",
            "<p>The plan states that every trafficked person needs a range of support "
            "measures to address their particular needs and to help them recover physically, "
            "psychologically and socially. Protection starts with identifying victims in a "
            "timely way, so that they are safe, separated from their traffickers and able to "
            "get immediate health care. Foreign national victims may need additional supports "
            "and services, such as some form of immigration status.</p>"
            "<p>Needs change over time. What matters on the first day is often very "
            "different from what matters months later.</p>",
        ),
        (
            "comparison_table",
            {
                "caption": "Immediate and longer-term needs",
                "row_heading": "Area",
                "columns": ["Immediate", "Longer term"],
                "rows": [
                    {
                        "label": "Safety",
                        "cells": [
                            "Separation from the trafficker and a safe place to stay.",
                            "Ongoing safety planning, including for family members who were "
                            "threatened.",
                        ],
                    },
                    {
                        "label": "Health",
                        "cells": [
                            "Medical care for injuries, illness or exhaustion.",
                            "Physical and psychological recovery, including counselling.",
                        ],
                    },
                    {
                        "label": "Basic needs",
                        "cells": [
                            "Shelter, food, clothing and personal items.",
                            "Stable, affordable housing.",
                        ],
                    },
                    {
                        "label": "Communication",
                        "cells": [
                            "An independent interpreter in a language the person knows well.",
                            "Information in their language and, if they wish, language classes.",
                        ],
                    },
                    {
                        "label": "Legal and immigration",
                        "cells": [
                            "Clear information about their rights and options.",
                            "Legal help, including immigration options for foreign "
                            "nationals, and support during any court process.",
                        ],
                    },
                    {
                        "label": "Income and future",
                        "cells": [
                            "Help to cover urgent costs.",
                            "Employment, education or training, and reintegration into the "
                            "community.",
                        ],
                    },
                ],
            },
        ),
        ("heading", {"text": "How trauma can show", "level": "h2"}),
        (
            "paragraph",
            "<p>Victims may have suffered physical or emotional abuse and lived and worked in "
            "horrific conditions. The plan commits the RCMP to inform criminal justice "
            "officials about victims' state of mind and the effects of trauma, because trauma "
            "shapes how people behave and tell their stories. Understanding it helps you "
            "avoid misreading a person's reactions.</p>",
        ),
        (
            "accordion",
            {
                "title": "Reactions you may see",
                "items": [
                    {
                        "heading": "Fear and watchfulness",
                        "body": (
                            "<p>Constant alertness, startling easily, fear of being followed "
                            "or found. Threats can keep affecting a person long after they "
                            "leave.</p>"
                        ),
                    },
                    {
                        "heading": "Mistrust",
                        "body": (
                            "<p>Suspicion of service providers and authorities, especially if "
                            "the trafficker said that no one would help or that police would "
                            "have them deported.</p>"
                        ),
                    },
                    {
                        "heading": "Gaps and changes in their account",
                        "body": (
                            "<p>Trauma can affect memory. Details may come out in fragments or "
                            "change over time. This does not mean the person is lying.</p>"
                        ),
                    },
                    {
                        "heading": "Loyalty to the trafficker",
                        "body": (
                            "<p>A person may defend, protect or want to return to the "
                            "trafficker, especially where affection, family ties or debt "
                            "were used to control them.</p>"
                        ),
                    },
                    {
                        "heading": "Shame and self-blame",
                        "body": (
                            "<p>People may blame themselves for accepting a job or a trip. "
                            "Agreeing to a job is not agreeing to be exploited, and it is "
                            "never the victim's fault.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "case_excerpt",
            {
                "quote": (
                    "Weeks after moving into a shelter, a woman who was forced to work in a "
                    "restaurant still wakes at 5 a.m. to start work, will not go out after "
                    "dark and becomes distressed when anyone mentions her former employer. "
                    "Her account of how she came to Canada has changed twice."
                ),
                "citation": ILLUSTRATIVE_EN,
                "note": (
                    "<p>These are common responses to trauma and lasting threats. Staff can "
                    "respond with patience, predictability and choice, rather than treating "
                    "the changes in her account as a sign of dishonesty.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "information",
                "title": "Funding and financial help",
                "body": (
                    "<p>The Department of Justice Victims Fund lets provinces, territories and "
                    "non-governmental organizations request funding to improve services for "
                    "Canadian and foreign national victims. It also provides financial "
                    "assistance to victims of human trafficking in specified circumstances. "
                    "Beginning in 2013–14, up to $500,000 is set aside for projects that "
                    "improve services to trafficking victims.</p>"
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "At your second meeting, a man you are supporting gives a different "
                    "account of how he came to Canada. What is the most appropriate response?"
                ),
                "choices": [
                    {
                        "text": "Conclude that he is not credible and stop the referral.",
                        "is_correct": False,
                        "feedback": (
                            "Inconsistencies are common after trauma and do not, on their "
                            "own, mean a person is lying."
                        ),
                    },
                    {
                        "text": (
                            "Recognize that trauma can affect memory, note both accounts "
                            "factually and keep supporting him."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Accurate, neutral notes and continued support respect "
                            "both the person and any later process."
                        ),
                    },
                    {
                        "text": "Point out the differences until he gives a consistent account.",
                        "is_correct": False,
                        "feedback": (
                            "Pressure can retraumatize a person and damage trust. It is not "
                            "your role to test his credibility."
                        ),
                    },
                ],
                "explanation": (
                    "<p>Trauma can fragment memory, and fear or mistrust may lead a person to "
                    "hold back details at first. Record what you are told factually, without "
                    "judging, and let the person share more as trust grows.</p>"
                ),
            },
        ),
    ],
    "body_fr": [
        ("heading", {"text": "Chaque personne a des besoins différents", "level": "h2"}),
        (
            "paragraph",
            "<p>Selon le plan, chaque personne victime de la traite a besoin d'un éventail de "
            "mesures de soutien adaptées à ses besoins particuliers pour l'aider à se "
            "rétablir sur les plans physique, psychologique et social. La protection commence "
            "par le repérage rapide des victimes, afin qu'elles soient en sécurité, "
            "soustraites à leurs trafiquants et en mesure de recevoir des soins de santé "
            "immédiats. Les victimes de nationalité étrangère peuvent avoir besoin de "
            "soutiens et de services supplémentaires, comme une forme de statut "
            "d'immigration.</p>"
            "<p>Les besoins évoluent avec le temps. Ce qui compte le premier jour est souvent "
            "très différent de ce qui comptera des mois plus tard.</p>",
        ),
        (
            "comparison_table",
            {
                "caption": "Besoins immédiats et à plus long terme",
                "row_heading": "Domaine",
                "columns": ["Immédiats", "À plus long terme"],
                "rows": [
                    {
                        "label": "Sécurité",
                        "cells": [
                            "Être soustrait au trafiquant et disposer d'un endroit sûr où loger.",
                            "Planification continue de la sécurité, y compris pour les "
                            "proches qui ont été menacés.",
                        ],
                    },
                    {
                        "label": "Santé",
                        "cells": [
                            "Soins médicaux pour les blessures, la maladie ou l'épuisement.",
                            "Rétablissement physique et psychologique, y compris du counseling.",
                        ],
                    },
                    {
                        "label": "Besoins essentiels",
                        "cells": [
                            "Hébergement, nourriture, vêtements et articles personnels.",
                            "Logement stable et abordable.",
                        ],
                    },
                    {
                        "label": "Communication",
                        "cells": [
                            "Un interprète indépendant, dans une langue que la personne "
                            "maîtrise bien.",
                            "De l'information dans sa langue et, si elle le souhaite, des "
                            "cours de langue.",
                        ],
                    },
                    {
                        "label": "Questions juridiques et d'immigration",
                        "cells": [
                            "Une information claire sur ses droits et ses options.",
                            "Aide juridique, y compris sur les options d'immigration pour les "
                            "ressortissants étrangers, et soutien pendant toute procédure "
                            "judiciaire.",
                        ],
                    },
                    {
                        "label": "Revenu et avenir",
                        "cells": [
                            "Aide pour couvrir les frais urgents.",
                            "Emploi, études ou formation, et réintégration dans la collectivité.",
                        ],
                    },
                ],
            },
        ),
        ("heading", {"text": "Les manifestations du traumatisme", "level": "h2"}),
        (
            "paragraph",
            "<p>Les victimes peuvent avoir subi des mauvais traitements physiques ou "
            "psychologiques et avoir vécu et travaillé dans des conditions épouvantables. Le "
            "plan prévoit que la GRC informe les intervenants du système de justice pénale de "
            "l'état d'esprit des victimes et des effets du traumatisme, car celui-ci influe "
            "sur le comportement des gens et sur la façon dont ils racontent leur histoire. "
            "Le comprendre vous aide à ne pas mal interpréter les réactions d'une "
            "personne.</p>",
        ),
        (
            "accordion",
            {
                "title": "Réactions que vous pourriez observer",
                "items": [
                    {
                        "heading": "Peur et hypervigilance",
                        "body": (
                            "<p>Vigilance constante, sursauts fréquents, peur d'être suivie ou "
                            "retrouvée. Les menaces peuvent continuer d'affecter une personne "
                            "longtemps après son départ.</p>"
                        ),
                    },
                    {
                        "heading": "Méfiance",
                        "body": (
                            "<p>Méfiance envers les fournisseurs de services et les autorités, "
                            "surtout si le trafiquant a affirmé que personne ne l'aiderait ou "
                            "que la police la ferait expulser.</p>"
                        ),
                    },
                    {
                        "heading": "Trous de mémoire et récit changeant",
                        "body": (
                            "<p>Le traumatisme peut affecter la mémoire. Les détails peuvent "
                            "ressortir par fragments ou changer avec le temps. Cela ne "
                            "signifie pas que la personne ment.</p>"
                        ),
                    },
                    {
                        "heading": "Loyauté envers le trafiquant",
                        "body": (
                            "<p>Une personne peut défendre ou protéger le trafiquant, ou "
                            "vouloir retourner auprès de lui, surtout si l'affection, des liens "
                            "familiaux ou une dette ont servi à la contrôler.</p>"
                        ),
                    },
                    {
                        "heading": "Honte et culpabilité",
                        "body": (
                            "<p>Des personnes peuvent se reprocher d'avoir accepté un emploi ou "
                            "un voyage. Accepter un emploi, ce n'est pas consentir à être "
                            "exploité, et ce n'est jamais la faute de la victime.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "case_excerpt",
            {
                "quote": (
                    "Des semaines après son arrivée dans un refuge, une femme qui a été "
                    "forcée de travailler dans un restaurant se réveille encore à 5 h pour "
                    "commencer sa journée, refuse de sortir après la tombée de la nuit et "
                    "devient bouleversée dès qu'on évoque son ancien employeur. Son récit de "
                    "son arrivée au Canada a changé deux fois."
                ),
                "citation": ILLUSTRATIVE_FR,
                "note": (
                    "<p>Ce sont des réactions courantes au traumatisme et à des menaces "
                    "persistantes. Le personnel peut y répondre par la patience, la "
                    "prévisibilité et le choix, plutôt que de voir dans les changements de son "
                    "récit un signe de malhonnêteté.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "information",
                "title": "Financement et aide financière",
                "body": (
                    "<p>Le Fonds d'aide aux victimes du ministère de la Justice permet aux "
                    "provinces, aux territoires et aux organisations non gouvernementales de "
                    "demander du financement pour améliorer les services offerts aux victimes "
                    "canadiennes et étrangères. Il offre aussi une aide financière aux "
                    "victimes de la traite dans des circonstances précises. À compter de "
                    "2013-2014, jusqu'à 500 000 $ sont réservés aux projets qui améliorent les "
                    "services aux victimes de la traite.</p>"
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "À votre deuxième rencontre, un homme que vous accompagnez donne une "
                    "version différente de son arrivée au Canada. Quelle est la réaction la "
                    "plus appropriée?"
                ),
                "choices": [
                    {
                        "text": "Conclure qu'il n'est pas crédible et mettre fin à l'orientation.",
                        "is_correct": False,
                        "feedback": (
                            "Les incohérences sont courantes après un traumatisme et ne "
                            "signifient pas, à elles seules, qu'une personne ment."
                        ),
                    },
                    {
                        "text": (
                            "Reconnaître que le traumatisme peut affecter la mémoire, noter "
                            "les deux versions de façon factuelle et continuer à le soutenir."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Exact. Des notes exactes et neutres et un soutien continu "
                            "respectent la personne comme toute procédure ultérieure."
                        ),
                    },
                    {
                        "text": "Lui faire remarquer les différences jusqu'à ce que son récit "
                        "soit cohérent.",
                        "is_correct": False,
                        "feedback": (
                            "La pression peut traumatiser de nouveau la personne et briser la "
                            "confiance. Ce n'est pas votre rôle d'évaluer sa crédibilité."
                        ),
                    },
                ],
                "explanation": (
                    "<p>Le traumatisme peut fragmenter la mémoire, et la peur ou la méfiance "
                    "peuvent amener une personne à taire certains détails au début. Consignez "
                    "ce qu'on vous dit de façon factuelle, sans porter de jugement, et laissez "
                    "la personne en dire plus à mesure que la confiance s'installe.</p>"
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Lesson 3: safety planning
# ---------------------------------------------------------------------------

LESSON_SAFETY = {
    "slug": "safety-planning",
    "slug_fr": "planifier-la-securite",
    "title": {
        "en": "Safety planning",
        "fr": "Planifier la sécurité",
    },
    "summary": {
        "en": "Help a person weigh the risks they face and plan concrete steps to stay safe, "
        "now and after leaving.",
        "fr": "Aider une personne à évaluer les risques qu'elle court et à planifier des "
        "mesures concrètes pour rester en sécurité, maintenant et après son départ.",
    },
    "estimated_minutes": 20,
    "body_en": [
        ("heading", {"text": "Why safety comes first", "level": "h2"}),
        (
            "paragraph",
            "<p>Traffickers control victims through threats, intimidation and violence, and "
            "victims may face fatal consequences if they try to escape. Threats often reach "
            "beyond the victim, to family members in Canada or abroad. Separating the victim "
            "from the trafficker is the first goal of protection, but the moment of leaving, "
            "and the period after, can be the most dangerous.</p>"
            "<p>A safety plan is a practical, personal plan made <em>with</em> the person, "
            "not for them. It respects their choices, including a decision not to leave "
            "yet.</p>",
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "If someone is in immediate danger",
                "body": (
                    "<p>Call 911. Never confront a suspected trafficker yourself, and never "
                    "contact them, or an employer or “boyfriend” who may be the trafficker, "
                    "to check the person's story.</p>"
                ),
            },
        ),
        ("heading", {"text": "Building a safety plan", "level": "h2"}),
        (
            "accordion",
            {
                "title": "Elements of a safety plan",
                "items": [
                    {
                        "heading": "A safe place",
                        "body": (
                            "<p>Where can the person stay tonight: a shelter, including a "
                            "culturally specific shelter, or a trusted contact? Does the "
                            "trafficker know the location?</p>"
                        ),
                    },
                    {
                        "heading": "Safe communication",
                        "body": (
                            "<p>Phones and accounts may be monitored. Agree on a safe number, "
                            "a safe time to call and a code word that means danger.</p>"
                        ),
                    },
                    {
                        "heading": "Documents and essentials",
                        "body": (
                            "<p>Identity documents, medication, money and important papers. If "
                            "the trafficker holds the person's documents, do not try to get "
                            "them back yourself: tell police.</p>"
                        ),
                    },
                    {
                        "heading": "Leaving safely",
                        "body": (
                            "<p>When, how and with whom the person will leave, how they will "
                            "travel, and what to do if the trafficker appears.</p>"
                        ),
                    },
                    {
                        "heading": "Family and others at risk",
                        "body": (
                            "<p>Who else has been threatened, including relatives abroad? "
                            "Police can take these risks into account, and the RCMP can work "
                            "with the Federal Witness Protection Program when a victim or "
                            "witness is found eligible.</p>"
                        ),
                    },
                    {
                        "heading": "After leaving",
                        "body": (
                            "<p>Routes, routines, social media and what to do if the "
                            "trafficker makes contact. Review the plan as circumstances "
                            "change.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "paragraph",
            "<p>Not everyone is ready to leave. If the person decides to stay for now, respect "
            "that decision unless someone is in immediate danger. Agree on a safe way to stay "
            "in touch, make sure they know how to reach help at any hour, and let them know "
            "the door remains open.</p>",
        ),
        (
            "scenario",
            {
                "title": "A visit to the community health clinic",
                "intro": (
                    "<p>You are an intake worker at a community health clinic. Choose what you "
                    "would do at each step.</p>"
                ),
                "steps": [
                    {
                        "key": "waiting-room",
                        "situation": (
                            "<p>A young woman comes in with a man who does all the talking. He "
                            "says she has a bad cough, that she does not speak English well "
                            "and that he will interpret. She keeps her eyes down and has a "
                            "bruise on her wrist.</p>"
                        ),
                        "choices": [
                            {
                                "label": (
                                    "Ask her, in front of him, whether she is being forced to "
                                    "do anything."
                                ),
                                "consequence": (
                                    "<p>She quickly says no. The man becomes tense and says "
                                    "they will come back another day.</p>"
                                ),
                                "feedback": (
                                    "Asking in front of a possible trafficker can put her in "
                                    "danger and end the visit. Find a safe, private moment "
                                    "first."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Explain that the clinic sees every patient alone for "
                                    "part of the visit, and arrange a professional "
                                    "interpreter."
                                ),
                                "consequence": (
                                    "<p>The man objects but waits outside. With the "
                                    "interpreter on the phone, she begins to talk.</p>"
                                ),
                                "feedback": (
                                    "Good. A routine, neutral reason to see her alone "
                                    "protects her and gives her a chance to speak."
                                ),
                                "is_best": True,
                                "next_step": "private-talk",
                            },
                            {
                                "label": "Let him interpret, as he knows her and it is quicker.",
                                "consequence": (
                                    "<p>The visit goes smoothly, but you learn only what he "
                                    "wants you to hear.</p>"
                                ),
                                "feedback": (
                                    "A companion who interprets controls the conversation. "
                                    "Use an independent interpreter."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                    {
                        "key": "private-talk",
                        "situation": (
                            "<p>She says the man brought her to Canada for a restaurant job. "
                            "She works long hours without pay, lives above the restaurant, "
                            "and he has her passport. He has said that her younger sister at "
                            "home will be hurt if she leaves. She is terrified of police "
                            "because he told her she would be jailed.</p>"
                        ),
                        "choices": [
                            {
                                "label": (
                                    "Tell her she must go to the police now, or you cannot "
                                    "help her."
                                ),
                                "consequence": "<p>She shuts down and asks to leave.</p>",
                                "feedback": (
                                    "Help must never depend on going to police. Pressure "
                                    "repeats the control she already lives under."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Believe her, tell her it is not her fault, explain what "
                                    "help exists and ask what she wants to do. Check whether "
                                    "she is in immediate danger."
                                ),
                                "consequence": (
                                    "<p>She says she wants to leave today but is afraid the "
                                    "man will see her go. She agrees to speak with a victim "
                                    "services worker.</p>"
                                ),
                                "feedback": (
                                    "Good. Belief, information and choice are at the heart of "
                                    "a victim-centred response."
                                ),
                                "is_best": True,
                                "next_step": "leaving",
                            },
                            {
                                "label": (
                                    "Give her a pamphlet and your card and tell her to call "
                                    "you when she is ready."
                                ),
                                "consequence": (
                                    "<p>She hides the card in her shoe. The man takes her back "
                                    "to the restaurant.</p>"
                                ),
                                "feedback": (
                                    "Keeping the door open matters, but she has disclosed "
                                    "serious danger. Check her safety and offer concrete help "
                                    "now."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                    {
                        "key": "leaving",
                        "situation": (
                            "<p>The man is in the waiting room. She wants to leave with help "
                            "today.</p>"
                        ),
                        "choices": [
                            {
                                "label": "Walk her out through the waiting room to a taxi.",
                                "consequence": (
                                    "<p>The man follows you out and pulls her into his car.</p>"
                                ),
                                "feedback": (
                                    "Never move a person past the suspected trafficker. Plan "
                                    "the exit and involve police."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "With her agreement, keep her in a private room, call 911 "
                                    "because the man poses an immediate risk, and contact a "
                                    "shelter or victim services."
                                ),
                                "consequence": (
                                    "<p>Police arrive and speak with the man separately. A "
                                    "victim services worker meets her at the clinic and takes "
                                    "her to a shelter, where she starts a longer-term safety "
                                    "plan.</p>"
                                ),
                                "feedback": (
                                    "Right. With the suspected trafficker on site, this is an "
                                    "immediate danger: police and victim services together "
                                    "make leaving safer."
                                ),
                                "is_best": True,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Tell the man she needs more tests so that he will go home."
                                ),
                                "consequence": (
                                    "<p>He refuses to leave and demands to see her. Staff are "
                                    "caught in an improvised story, and the situation "
                                    "becomes tense.</p>"
                                ),
                                "feedback": (
                                    "Improvised tactics can increase the danger for her and "
                                    "for staff. Call police when a suspected trafficker is "
                                    "present and the person wants to leave."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                ],
                "debrief": (
                    "<p>The best path created a private, safe space with an independent "
                    "interpreter, believed her and respected her choices, and treated the "
                    "presence of the suspected trafficker as an immediate danger calling for "
                    "police. Her safety plan continues with the shelter and victim services, "
                    "including the threats against her sister, which police can take into "
                    "account.</p>"
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": "Which of these belong in a safety plan? Select all that apply.",
                "choices": [
                    {
                        "text": "A safe way and time to contact the person",
                        "is_correct": True,
                        "feedback": "Yes. Phones may be monitored, so plan communication.",
                    },
                    {
                        "text": "Where the person can stay if they leave",
                        "is_correct": True,
                        "feedback": "Yes. A safe place is central to the plan.",
                    },
                    {
                        "text": "What to do if the trafficker makes contact",
                        "is_correct": True,
                        "feedback": (
                            "Yes. Traffickers often try to regain control after a victim leaves."
                        ),
                    },
                    {
                        "text": "A meeting with the trafficker to settle what is owed",
                        "is_correct": False,
                        "feedback": (
                            "No. Never arrange contact with a suspected trafficker; it puts "
                            "the person in danger."
                        ),
                    },
                ],
                "explanation": (
                    "<p>A safety plan covers a safe place, safe communication, documents and "
                    "essentials, how to leave, others at risk and what to do afterwards. It "
                    "is made with the person and reviewed as things change, and it never "
                    "involves contact with the trafficker.</p>"
                ),
            },
        ),
    ],
    "body_fr": [
        ("heading", {"text": "Pourquoi la sécurité passe en premier", "level": "h2"}),
        (
            "paragraph",
            "<p>Les trafiquants contrôlent leurs victimes par les menaces, l'intimidation et "
            "la violence, et les victimes peuvent subir des conséquences fatales si elles "
            "tentent de fuir. Les menaces visent souvent d'autres personnes que la victime, "
            "comme des membres de sa famille au Canada ou à l'étranger. Soustraire la victime "
            "au trafiquant est le premier objectif de la protection, mais le moment du "
            "départ, et la période qui suit, peuvent être les plus dangereux.</p>"
            "<p>Un plan de sécurité est un plan concret et personnel, élaboré <em>avec</em> "
            "la personne, et non pour elle. Il respecte ses choix, y compris celui de ne pas "
            "partir tout de suite.</p>",
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Si une personne est en danger immédiat",
                "body": (
                    "<p>Composez le 911. N'affrontez jamais vous-même un trafiquant présumé, "
                    "et ne communiquez jamais avec lui, ni avec un employeur ou un « copain » "
                    "qui pourrait être le trafiquant, pour vérifier le récit de la "
                    "personne.</p>"
                ),
            },
        ),
        ("heading", {"text": "Élaborer un plan de sécurité", "level": "h2"}),
        (
            "accordion",
            {
                "title": "Les éléments d'un plan de sécurité",
                "items": [
                    {
                        "heading": "Un endroit sûr",
                        "body": (
                            "<p>Où la personne peut-elle dormir ce soir : dans un refuge, y "
                            "compris un refuge adapté à sa culture, ou chez une personne de "
                            "confiance? Le trafiquant connaît-il cet endroit?</p>"
                        ),
                    },
                    {
                        "heading": "Des communications sûres",
                        "body": (
                            "<p>Les téléphones et les comptes peuvent être surveillés. Convenez "
                            "d'un numéro sûr, d'un moment sûr pour appeler et d'un mot de "
                            "code qui signale un danger.</p>"
                        ),
                    },
                    {
                        "heading": "Les documents et l'essentiel",
                        "body": (
                            "<p>Pièces d'identité, médicaments, argent et papiers importants. "
                            "Si le trafiquant détient les documents de la personne, n'essayez "
                            "pas de les récupérer vous-même : avisez la police.</p>"
                        ),
                    },
                    {
                        "heading": "Partir en sécurité",
                        "body": (
                            "<p>Quand, comment et avec qui la personne partira, par quel moyen "
                            "de transport, et que faire si le trafiquant se présente.</p>"
                        ),
                    },
                    {
                        "heading": "La famille et les autres personnes à risque",
                        "body": (
                            "<p>Qui d'autre a été menacé, y compris des proches à l'étranger? "
                            "La police peut tenir compte de ces risques, et la GRC peut "
                            "collaborer avec le Programme fédéral de protection des témoins "
                            "lorsqu'une victime ou un témoin y est jugé admissible.</p>"
                        ),
                    },
                    {
                        "heading": "Après le départ",
                        "body": (
                            "<p>Trajets, habitudes, médias sociaux et conduite à tenir si le "
                            "trafiquant tente de reprendre contact. Révisez le plan à mesure "
                            "que la situation évolue.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "paragraph",
            "<p>Tout le monde n'est pas prêt à partir. Si la personne décide de rester pour "
            "l'instant, respectez sa décision, à moins que quelqu'un soit en danger immédiat. "
            "Convenez d'un moyen sûr de garder le contact, assurez-vous qu'elle sait comment "
            "obtenir de l'aide à toute heure et dites-lui que la porte reste ouverte.</p>",
        ),
        (
            "scenario",
            {
                "title": "Une visite au centre de santé communautaire",
                "intro": (
                    "<p>Vous travaillez à l'accueil d'un centre de santé communautaire. "
                    "Choisissez ce que vous feriez à chaque étape.</p>"
                ),
                "steps": [
                    {
                        "key": "waiting-room",
                        "situation": (
                            "<p>Une jeune femme arrive avec un homme qui parle à sa place. Il "
                            "dit qu'elle tousse beaucoup, qu'elle parle mal l'anglais et qu'il "
                            "va servir d'interprète. Elle garde les yeux baissés et a une "
                            "ecchymose au poignet.</p>"
                        ),
                        "choices": [
                            {
                                "label": (
                                    "Lui demander, devant lui, si on la force à faire quoi "
                                    "que ce soit."
                                ),
                                "consequence": (
                                    "<p>Elle répond aussitôt que non. L'homme se crispe et "
                                    "dit qu'ils reviendront un autre jour.</p>"
                                ),
                                "feedback": (
                                    "Poser la question devant un trafiquant potentiel peut la "
                                    "mettre en danger et mettre fin à la visite. Trouvez "
                                    "d'abord un moment sûr et privé."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Expliquer que le centre reçoit chaque patient seul pour "
                                    "une partie de la visite, et faire appel à un interprète "
                                    "professionnel."
                                ),
                                "consequence": (
                                    "<p>L'homme proteste, mais attend dehors. Avec "
                                    "l'interprète au téléphone, elle commence à parler.</p>"
                                ),
                                "feedback": (
                                    "Bien. Une raison neutre et habituelle de la voir seule "
                                    "la protège et lui donne l'occasion de parler."
                                ),
                                "is_best": True,
                                "next_step": "private-talk",
                            },
                            {
                                "label": "Le laisser interpréter, puisqu'il la connaît et "
                                "que c'est plus rapide.",
                                "consequence": (
                                    "<p>La visite se déroule sans heurts, mais vous "
                                    "n'apprenez que ce qu'il veut bien vous dire.</p>"
                                ),
                                "feedback": (
                                    "Un accompagnateur qui sert d'interprète contrôle la "
                                    "conversation. Faites appel à un interprète indépendant."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                    {
                        "key": "private-talk",
                        "situation": (
                            "<p>Elle raconte que l'homme l'a fait venir au Canada pour un "
                            "emploi dans un restaurant. Elle travaille de longues heures sans "
                            "salaire, loge au-dessus du restaurant, et il garde son passeport. "
                            "Il lui a dit que sa petite sœur, restée au pays, subirait des "
                            "violences si elle partait. Elle est terrifiée par la police, car "
                            "il lui a dit qu'elle serait emprisonnée.</p>"
                        ),
                        "choices": [
                            {
                                "label": (
                                    "Lui dire qu'elle doit aller à la police maintenant, sinon "
                                    "vous ne pouvez pas l'aider."
                                ),
                                "consequence": "<p>Elle se referme et demande à partir.</p>",
                                "feedback": (
                                    "L'aide ne doit jamais dépendre d'une démarche auprès de "
                                    "la police. La pression reproduit le contrôle qu'elle "
                                    "subit déjà."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "La croire, lui dire que ce n'est pas sa faute, lui "
                                    "expliquer l'aide offerte et lui demander ce qu'elle veut "
                                    "faire. Vérifier si elle est en danger immédiat."
                                ),
                                "consequence": (
                                    "<p>Elle dit vouloir partir aujourd'hui, mais craint que "
                                    "l'homme la voie s'en aller. Elle accepte de parler à une "
                                    "intervenante des services d'aide aux victimes.</p>"
                                ),
                                "feedback": (
                                    "Bien. Croire la personne, l'informer et lui laisser le "
                                    "choix sont au cœur d'une intervention axée sur la "
                                    "victime."
                                ),
                                "is_best": True,
                                "next_step": "leaving",
                            },
                            {
                                "label": (
                                    "Lui remettre un dépliant et votre carte en lui disant de "
                                    "vous appeler quand elle sera prête."
                                ),
                                "consequence": (
                                    "<p>Elle cache la carte dans sa chaussure. L'homme la "
                                    "ramène au restaurant.</p>"
                                ),
                                "feedback": (
                                    "Il est important de garder la porte ouverte, mais elle a "
                                    "révélé un danger grave. Vérifiez sa sécurité et offrez "
                                    "une aide concrète dès maintenant."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                    {
                        "key": "leaving",
                        "situation": (
                            "<p>L'homme est dans la salle d'attente. Elle veut partir "
                            "aujourd'hui avec de l'aide.</p>"
                        ),
                        "choices": [
                            {
                                "label": "La raccompagner par la salle d'attente jusqu'à un taxi.",
                                "consequence": (
                                    "<p>L'homme vous suit dehors et la fait monter de force "
                                    "dans sa voiture.</p>"
                                ),
                                "feedback": (
                                    "Ne faites jamais passer une personne devant le trafiquant "
                                    "présumé. Planifiez la sortie et faites appel à la "
                                    "police."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Avec son accord, la garder dans une pièce privée, "
                                    "composer le 911 parce que l'homme représente un risque "
                                    "immédiat, et joindre un refuge ou les services d'aide "
                                    "aux victimes."
                                ),
                                "consequence": (
                                    "<p>La police arrive et s'entretient avec l'homme à part. "
                                    "Une intervenante des services d'aide aux victimes la "
                                    "rejoint au centre et la conduit dans un refuge, où elle "
                                    "commence un plan de sécurité à plus long terme.</p>"
                                ),
                                "feedback": (
                                    "C'est exact. Le trafiquant présumé étant sur place, il "
                                    "s'agit d'un danger immédiat : la police et les services "
                                    "d'aide aux victimes, ensemble, rendent le départ plus "
                                    "sûr."
                                ),
                                "is_best": True,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Dire à l'homme qu'elle doit passer d'autres examens pour "
                                    "qu'il rentre chez lui."
                                ),
                                "consequence": (
                                    "<p>Il refuse de partir et exige de la voir. Le personnel "
                                    "se retrouve pris dans une histoire improvisée, et la "
                                    "situation devient tendue.</p>"
                                ),
                                "feedback": (
                                    "Les tactiques improvisées peuvent accroître le danger "
                                    "pour elle et pour le personnel. Appelez la police "
                                    "lorsqu'un trafiquant présumé est sur place et que la "
                                    "personne veut partir."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                ],
                "debrief": (
                    "<p>Le meilleur parcours a créé un espace privé et sûr avec un interprète "
                    "indépendant, a cru la jeune femme et respecté ses choix, et a traité la "
                    "présence du trafiquant présumé comme un danger immédiat exigeant "
                    "l'intervention de la police. Son plan de sécurité se poursuit avec le "
                    "refuge et les services d'aide aux victimes, y compris au sujet des "
                    "menaces visant sa sœur, dont la police peut tenir compte.</p>"
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "Quels éléments font partie d'un plan de sécurité? Sélectionnez toutes "
                    "les réponses qui s'appliquent."
                ),
                "choices": [
                    {
                        "text": "Un moyen et un moment sûrs pour joindre la personne",
                        "is_correct": True,
                        "feedback": "Oui. Les téléphones peuvent être surveillés; il faut "
                        "donc planifier les communications.",
                    },
                    {
                        "text": "L'endroit où la personne peut loger si elle part",
                        "is_correct": True,
                        "feedback": "Oui. Un endroit sûr est au cœur du plan.",
                    },
                    {
                        "text": "Ce qu'il faut faire si le trafiquant reprend contact",
                        "is_correct": True,
                        "feedback": (
                            "Oui. Les trafiquants tentent souvent de reprendre le contrôle "
                            "après le départ d'une victime."
                        ),
                    },
                    {
                        "text": "Une rencontre avec le trafiquant pour régler ce qui est dû",
                        "is_correct": False,
                        "feedback": (
                            "Non. N'organisez jamais de contact avec un trafiquant présumé; "
                            "cela met la personne en danger."
                        ),
                    },
                ],
                "explanation": (
                    "<p>Un plan de sécurité porte sur un endroit sûr, des communications "
                    "sûres, les documents et l'essentiel, la façon de partir, les autres "
                    "personnes à risque et la suite. Il est élaboré avec la personne, révisé "
                    "au fil des changements, et ne prévoit jamais de contact avec le "
                    "trafiquant.</p>"
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Lesson 4: referral and coordination with partners
# ---------------------------------------------------------------------------

LESSON_REFERRAL = {
    "slug": "referral-and-coordination",
    "slug_fr": "orientation-et-coordination",
    "title": {
        "en": "Referral and coordination with partners",
        "fr": "L'orientation et la coordination avec les partenaires",
    },
    "summary": {
        "en": "No organization can meet every need alone. Learn who the partners are, how to "
        "refer with consent and how to coordinate support.",
        "fr": "Aucun organisme ne peut répondre seul à tous les besoins. Découvrez qui sont les "
        "partenaires, comment orienter avec le consentement de la personne et comment "
        "coordonner le soutien.",
    },
    "estimated_minutes": 15,
    "body_en": [
        ("heading", {"text": "Partnership is a pillar", "level": "h2"}),
        (
            "paragraph",
            "<p>The plan names partnerships as the “fourth P”, alongside prevention, "
            "protection and prosecution, and states that successfully combating trafficking "
            "requires them. It commits the federal government to work with provinces and "
            "territories to deliver services that respond to trafficking victims' needs, and "
            "with civil society to develop resources and training for front-line service "
            "providers and promote a consistent response across Canada.</p>"
            "<p>For a service provider, this means knowing your partners before you need "
            "them, and coordinating so that a person does not have to tell their story again "
            "and again.</p>",
        ),
        (
            "comparison_table",
            {
                "caption": "Partners and what they can offer",
                "row_heading": "Partner",
                "columns": ["What they can offer", "Points to remember"],
                "rows": [
                    {
                        "label": "Police (municipal, provincial or RCMP)",
                        "cells": [
                            "Emergency response, investigation and protection from a trafficker.",
                            "Call 911 in an emergency. The RCMP has human trafficking "
                            "awareness coordinators across the country.",
                        ],
                    },
                    {
                        "label": "Victim services",
                        "cells": [
                            "Information, support and accompaniment, including through a "
                            "court process.",
                            "The federal government works with provinces and territories to "
                            "deliver services to trafficking victims.",
                        ],
                    },
                    {
                        "label": "Shelters, NGOs and community organizations",
                        "cells": [
                            "Safe housing, basic needs, counselling, outreach, peer support "
                            "and culturally specific services.",
                            "The RCMP has been working with partners on a list of service "
                            "providers and NGOs that can meet victims' needs.",
                        ],
                    },
                    {
                        "label": "Health services",
                        "cells": [
                            "Immediate medical care and longer-term physical and mental "
                            "health care.",
                            "Foreign national victims can receive interim federal health care.",
                        ],
                    },
                    {
                        "label": "Citizenship and Immigration Canada",
                        "cells": [
                            "Temporary resident permits for foreign national victims.",
                            "Victims are not required to testify to obtain temporary or "
                            "permanent resident status.",
                        ],
                    },
                    {
                        "label": "Legal help",
                        "cells": [
                            "Information on rights, immigration options and court processes.",
                            "Refer to qualified advice rather than giving legal or "
                            "immigration advice yourself.",
                        ],
                    },
                ],
            },
        ),
        ("heading", {"text": "Referring with care", "level": "h2"}),
        (
            "paragraph",
            "<p>A good referral is more than a phone number:</p>"
            "<ul>"
            "<li><strong>Explain and ask.</strong> Tell the person what each partner does, "
            "what will happen next and what information you would share, and ask for their "
            "consent.</li>"
            "<li><strong>Share only what is needed</strong>, and follow your organization's "
            "policies and the law on confidentiality, including any duty to report when a "
            "child may need protection.</li>"
            "<li><strong>Make a warm referral</strong> where you can: make the call together, "
            "introduce the person or go with them to the first meeting.</li>"
            "<li><strong>Agree on one main contact</strong> among partners, so the person "
            "knows whom to call and does not have to repeat their story.</li>"
            "<li><strong>Follow up</strong> to make sure the referral worked.</li>"
            "</ul>",
        ),
        (
            "callout",
            {
                "kind": "information",
                "title": "An example of culturally specific services",
                "body": (
                    "<p>Status of Women Canada supported the development of culturally "
                    "specific services for immigrant and refugee women who are victims of "
                    "violence and human trafficking at a shelter in the Edmonton area, the "
                    "first of its kind in Canada. Its services include outreach, workshops, a "
                    "peer mentoring program and liaison with law enforcement, social services "
                    "and immigration services.</p>"
                ),
            },
        ),
        (
            "accordion",
            {
                "title": "Building your network before you need it",
                "items": [
                    {
                        "heading": "Map local partners",
                        "body": (
                            "<p>Keep up-to-date contacts for police, victim services, "
                            "shelters, health services, interpreters, legal help, and "
                            "settlement and community organizations.</p>"
                        ),
                    },
                    {
                        "heading": "Join regional networks",
                        "body": (
                            "<p>The RCMP hosts regional workshops, meetings and conference "
                            "calls with provincial and territorial law enforcement, victim "
                            "services and NGOs to build networks and share best practices, and "
                            "offers awareness sessions to civil society.</p>"
                        ),
                    },
                    {
                        "heading": "Use available training",
                        "body": (
                            "<p>The plan promotes an online training tool for front-line "
                            "service providers developed by the British Columbia Office to "
                            "Combat Trafficking in Persons in partnership with the Government "
                            "of Canada.</p>"
                        ),
                    },
                    {
                        "heading": "Agree on protocols",
                        "body": (
                            "<p>Agree in advance with partners on whom to call, when and how, "
                            "including after hours, so that referrals are quick and safe.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "case_excerpt",
            {
                "quote": (
                    "A food bank volunteer learns that a client and her two children were "
                    "brought to Canada by a man who now keeps her wages. With her consent, the "
                    "coordinator calls a victim services worker, who meets them the same day "
                    "with an interpreter. Victim services, a shelter and police agree that the "
                    "victim services worker will be the family's main contact."
                ),
                "citation": ILLUSTRATIVE_EN,
                "note": (
                    "<p>One consented call, one main contact and an interpreter from the start "
                    "spared the family from repeating their story to every agency.</p>"
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "A woman you support agrees to see a victim services worker but is not "
                    "ready to speak to police. No one is in immediate danger. What should "
                    "you do?"
                ),
                "choices": [
                    {
                        "text": (
                            "Refer her to victim services as agreed, and respect her decision "
                            "about police."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Support should not depend on cooperating with police, "
                            "and she may change her mind once she feels safer."
                        ),
                    },
                    {
                        "text": "Call police anyway, since trafficking is a crime.",
                        "is_correct": False,
                        "feedback": (
                            "Unless someone is in immediate danger or your policies or the "
                            "law require it, going to police against her wishes can break "
                            "trust and put her at risk."
                        ),
                    },
                    {
                        "text": "Hold off on the referral until she agrees to talk to police.",
                        "is_correct": False,
                        "feedback": "Support must never depend on cooperating with police.",
                    },
                ],
                "explanation": (
                    "<p>Victims often mistrust police and may need time. Respect her choice, "
                    "keep the door open and follow your policies, which may require action "
                    "when someone is in immediate danger or a child may need protection.</p>"
                ),
            },
        ),
    ],
    "body_fr": [
        ("heading", {"text": "Le partenariat, un pilier", "level": "h2"}),
        (
            "paragraph",
            "<p>Le plan fait des partenariats le « quatrième P », aux côtés de la "
            "prévention, de la protection et des poursuites, et affirme qu'ils sont "
            "indispensables pour lutter efficacement contre la traite. Il engage le "
            "gouvernement fédéral à collaborer avec les provinces et les territoires pour "
            "offrir des services adaptés aux besoins des victimes de la traite, et avec la "
            "société civile pour créer des ressources et de la formation à l'intention des "
            "fournisseurs de services de première ligne et favoriser une intervention "
            "uniforme partout au Canada.</p>"
            "<p>Pour un fournisseur de services, cela signifie connaître ses partenaires avant "
            "d'en avoir besoin et coordonner les efforts pour qu'une personne n'ait pas à "
            "raconter son histoire encore et encore.</p>",
        ),
        (
            "comparison_table",
            {
                "caption": "Les partenaires et ce qu'ils peuvent offrir",
                "row_heading": "Partenaire",
                "columns": ["Ce qu'ils peuvent offrir", "Points à retenir"],
                "rows": [
                    {
                        "label": "Police (municipale, provinciale ou GRC)",
                        "cells": [
                            "Intervention d'urgence, enquête et protection contre le trafiquant.",
                            "En cas d'urgence, composez le 911. La GRC compte des "
                            "coordonnateurs de la sensibilisation à la traite de personnes "
                            "partout au pays.",
                        ],
                    },
                    {
                        "label": "Services d'aide aux victimes",
                        "cells": [
                            "Information, soutien et accompagnement, y compris pendant une "
                            "procédure judiciaire.",
                            "Le gouvernement fédéral collabore avec les provinces et les "
                            "territoires pour offrir des services aux victimes de la traite.",
                        ],
                    },
                    {
                        "label": "Refuges, ONG et organismes communautaires",
                        "cells": [
                            "Hébergement sûr, besoins essentiels, counseling, services "
                            "d'approche, soutien par les pairs et services adaptés à la "
                            "culture.",
                            "La GRC travaille avec ses partenaires à une liste des "
                            "fournisseurs de services et des ONG en mesure de répondre aux "
                            "besoins des victimes.",
                        ],
                    },
                    {
                        "label": "Services de santé",
                        "cells": [
                            "Soins médicaux immédiats et soins de santé physique et mentale "
                            "à plus long terme.",
                            "Les victimes de nationalité étrangère peuvent recevoir des soins "
                            "de santé fédéraux provisoires.",
                        ],
                    },
                    {
                        "label": "Citoyenneté et Immigration Canada",
                        "cells": [
                            "Permis de séjour temporaire pour les victimes de nationalité "
                            "étrangère.",
                            "Les victimes ne sont pas tenues de témoigner pour obtenir le "
                            "statut de résident temporaire ou permanent.",
                        ],
                    },
                    {
                        "label": "Aide juridique",
                        "cells": [
                            "Information sur les droits, les options d'immigration et les "
                            "procédures judiciaires.",
                            "Orientez vers des conseils qualifiés plutôt que de donner "
                            "vous-même des conseils juridiques ou d'immigration.",
                        ],
                    },
                ],
            },
        ),
        ("heading", {"text": "Orienter avec soin", "level": "h2"}),
        (
            "paragraph",
            "<p>Une bonne orientation, c'est plus qu'un numéro de téléphone :</p>"
            "<ul>"
            "<li><strong>Expliquez et demandez.</strong> Dites à la personne ce que fait "
            "chaque partenaire, ce qui se passera ensuite et quels renseignements vous "
            "communiqueriez, et demandez son consentement.</li>"
            "<li><strong>Ne communiquez que le nécessaire</strong>, et respectez les "
            "politiques de votre organisme et la loi en matière de confidentialité, y compris "
            "toute obligation de signalement lorsqu'un enfant pourrait avoir besoin de "
            "protection.</li>"
            "<li><strong>Faites une orientation accompagnée</strong> lorsque c'est "
            "possible : faites l'appel ensemble, présentez la personne ou accompagnez-la à la "
            "première rencontre.</li>"
            "<li><strong>Convenez d'une personne-ressource principale</strong> entre "
            "partenaires, pour que la personne sache qui appeler et n'ait pas à répéter son "
            "histoire.</li>"
            "<li><strong>Faites un suivi</strong> pour vous assurer que l'orientation a "
            "fonctionné.</li>"
            "</ul>",
        ),
        (
            "callout",
            {
                "kind": "information",
                "title": "Un exemple de services adaptés à la culture",
                "body": (
                    "<p>Condition féminine Canada a soutenu la création de services adaptés à "
                    "la culture pour les femmes immigrantes et réfugiées victimes de violence "
                    "et de traite de personnes dans un refuge de la région d'Edmonton, le "
                    "premier du genre au Canada. Ses services comprennent des activités "
                    "d'approche, des ateliers, un programme de mentorat par les pairs et la "
                    "liaison avec les services de police, les services sociaux et les "
                    "services d'immigration.</p>"
                ),
            },
        ),
        (
            "accordion",
            {
                "title": "Bâtir son réseau avant d'en avoir besoin",
                "items": [
                    {
                        "heading": "Répertorier les partenaires locaux",
                        "body": (
                            "<p>Tenez à jour les coordonnées de la police, des services "
                            "d'aide aux victimes, des refuges, des services de santé, des "
                            "interprètes, de l'aide juridique, ainsi que des organismes "
                            "d'établissement et communautaires.</p>"
                        ),
                    },
                    {
                        "heading": "Se joindre aux réseaux régionaux",
                        "body": (
                            "<p>La GRC organise des ateliers, des réunions et des "
                            "téléconférences régionales avec les services de police "
                            "provinciaux et territoriaux, les services d'aide aux victimes et "
                            "les ONG pour bâtir des réseaux et échanger des pratiques "
                            "exemplaires, et offre des séances de sensibilisation à la "
                            "société civile.</p>"
                        ),
                    },
                    {
                        "heading": "Profiter de la formation offerte",
                        "body": (
                            "<p>Le plan fait la promotion d'un outil de formation en ligne "
                            "destiné aux fournisseurs de services de première ligne, conçu par "
                            "le Bureau de lutte contre la traite des personnes de la "
                            "Colombie-Britannique en partenariat avec le gouvernement du "
                            "Canada.</p>"
                        ),
                    },
                    {
                        "heading": "Convenir de protocoles",
                        "body": (
                            "<p>Entendez-vous à l'avance avec vos partenaires sur qui appeler, "
                            "quand et comment, y compris en dehors des heures de bureau, pour "
                            "que les orientations soient rapides et sûres.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "case_excerpt",
            {
                "quote": (
                    "Une bénévole d'une banque alimentaire apprend qu'une cliente et ses deux "
                    "enfants ont été amenés au Canada par un homme qui garde maintenant son "
                    "salaire. Avec le consentement de la cliente, la coordonnatrice appelle "
                    "une intervenante des services d'aide aux victimes, qui rencontre la "
                    "famille le jour même avec un interprète. Les services d'aide aux "
                    "victimes, un refuge et la police conviennent que l'intervenante sera la "
                    "principale personne-ressource de la famille."
                ),
                "citation": ILLUSTRATIVE_FR,
                "note": (
                    "<p>Un seul appel consenti, une personne-ressource principale et un "
                    "interprète dès le départ ont évité à la famille de répéter son histoire à "
                    "chaque organisme.</p>"
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "Une femme que vous accompagnez accepte de rencontrer une intervenante des "
                    "services d'aide aux victimes, mais n'est pas prête à parler à la police. "
                    "Personne n'est en danger immédiat. Que devriez-vous faire?"
                ),
                "choices": [
                    {
                        "text": (
                            "L'orienter vers les services d'aide aux victimes comme convenu, "
                            "et respecter sa décision au sujet de la police."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Exact. Le soutien ne devrait pas dépendre d'une collaboration "
                            "avec la police, et elle pourrait changer d'avis une fois qu'elle "
                            "se sentira plus en sécurité."
                        ),
                    },
                    {
                        "text": "Appeler la police quand même, puisque la traite est un crime.",
                        "is_correct": False,
                        "feedback": (
                            "À moins qu'une personne soit en danger immédiat ou que vos "
                            "politiques ou la loi l'exigent, alerter la police contre sa "
                            "volonté peut briser la confiance et la mettre en danger."
                        ),
                    },
                    {
                        "text": "Attendre qu'elle accepte de parler à la police pour l'orienter.",
                        "is_correct": False,
                        "feedback": "Le soutien ne doit jamais dépendre d'une collaboration "
                        "avec la police.",
                    },
                ],
                "explanation": (
                    "<p>Les victimes se méfient souvent de la police et peuvent avoir besoin "
                    "de temps. Respectez son choix, gardez la porte ouverte et suivez vos "
                    "politiques, qui peuvent exiger d'agir lorsqu'une personne est en danger "
                    "immédiat ou qu'un enfant pourrait avoir besoin de protection.</p>"
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Lesson 5: supports for foreign national victims
# ---------------------------------------------------------------------------

LESSON_FOREIGN_NATIONALS = {
    "slug": "supports-for-foreign-national-victims",
    "slug_fr": "soutien-aux-victimes-etrangeres",
    "title": {
        "en": "Supports for foreign national victims",
        "fr": "Le soutien aux victimes de nationalité étrangère",
    },
    "summary": {
        "en": "Temporary resident permits, interim federal health care and other supports "
        "that can help a foreign national victim feel safe enough to seek help.",
        "fr": "Les permis de séjour temporaire, les soins de santé fédéraux provisoires et les "
        "autres soutiens qui peuvent aider une victime de nationalité étrangère à se sentir "
        "assez en sécurité pour demander de l'aide.",
    },
    "estimated_minutes": 20,
    "body_en": [
        ("heading", {"text": "Additional barriers, additional supports", "level": "h2"}),
        (
            "paragraph",
            "<p>Foreign national victims are usually in Canada alone, without family or a "
            "support system, and may face language barriers. Many fear that coming forward "
            "will lead to deportation, a fear traffickers encourage. Some were brought to "
            "Canada illegally; others came legally, as workers or students, before being "
            "exploited. The plan recognizes that foreign national victims may need "
            "additional supports and services, including some form of immigration "
            "status.</p>",
        ),
        (
            "callout",
            {
                "kind": "information",
                "title": "Temporary resident permits and health care",
                "body": (
                    "<p>According to the plan:</p>"
                    "<ul>"
                    "<li>Immigration officers can issue short-term temporary resident permits "
                    "(TRPs) to foreign national victims of human trafficking, giving them "
                    "legal status in Canada. Further permits can be issued to the same person "
                    "to maintain that status.</li>"
                    "<li>Foreign national victims can receive interim federal health "
                    "care.</li>"
                    "<li>Victims of trafficking are not required to testify against their "
                    "trafficker to obtain temporary or permanent resident status.</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "paragraph",
            "<p>Between May 2006, when Citizenship and Immigration Canada began issuing TRPs "
            "to trafficking victims, and the end of 2011, 178 permits were issued to 73 "
            "foreign nationals, a figure that includes repeat permits for the same person. "
            "Most of these victims (54) had suffered labour exploitation, and 14 sexual "
            "exploitation. The main countries of origin included Thailand, Moldova, the "
            "Philippines and Mexico.</p>"
            "<p>Other immigration options may exist; for example, some victims may apply for "
            "refugee protection or for permanent residence on humanitarian and compassionate "
            "grounds. These decisions are complex: connect the person with qualified legal or "
            "immigration help rather than advising them yourself.</p>",
        ),
        (
            "callout",
            {
                "kind": "legal",
                "title": "If the person decides to testify",
                "body": (
                    "<p>The <em>Criminal Code</em> includes measures to make testifying less "
                    "traumatic for victims and other vulnerable witnesses. In appropriate "
                    "circumstances, these include testimonial aids such as a screen so the "
                    "witness does not see the accused, closed-circuit television so the "
                    "witness can testify from outside the courtroom, or the presence of a "
                    "support person. Publication bans on information that would identify a "
                    "complainant or witness and, in some cases, orders excluding the public "
                    "from the courtroom may also be available.</p>"
                ),
            },
        ),
        (
            "glossary",
            {
                "title": "Key terms",
                "terms": [
                    {
                        "term": "Foreign national",
                        "definition": (
                            "A person who is neither a Canadian citizen nor a permanent resident."
                        ),
                    },
                    {
                        "term": "Temporary resident permit (TRP)",
                        "definition": (
                            "A permit that immigration officers can issue to foreign national "
                            "victims of trafficking, giving them legal status in Canada for a "
                            "period of time."
                        ),
                    },
                    {
                        "term": "Interim federal health care",
                        "definition": (
                            "Health care coverage that the federal government provides to "
                            "foreign national victims of trafficking."
                        ),
                    },
                    {
                        "term": "Testimonial aids",
                        "definition": (
                            "Measures such as a screen, closed-circuit television or a "
                            "support person that can help a victim or vulnerable witness "
                            "testify."
                        ),
                    },
                    {
                        "term": "Federal Witness Protection Program",
                        "definition": (
                            "A federal program that the RCMP can refer a victim or witness of "
                            "trafficking to, when they are found eligible."
                        ),
                    },
                ],
            },
        ),
        (
            "scenario",
            {
                "title": "A worker afraid of deportation",
                "intro": (
                    "<p>You work at a settlement agency. A man you helped with a housing form "
                    "comes back, visibly upset. Choose what you would do at each step.</p>"
                ),
                "steps": [
                    {
                        "key": "disclosure",
                        "situation": (
                            "<p>Through an interpreter, he tells you that the agent who found "
                            "him a farm job in Canada took his passport “to process the "
                            "papers”. He works every day, has been paid almost nothing, and "
                            "was told that if he complains he will be deported and his family "
                            "will have to repay his debt.</p>"
                        ),
                        "choices": [
                            {
                                "label": (
                                    "Tell him that without his passport he could be deported, "
                                    "so he should keep quiet until his contract ends."
                                ),
                                "consequence": (
                                    "<p>He leaves, convinced that no one can help him. The "
                                    "exploitation continues.</p>"
                                ),
                                "feedback": (
                                    "This repeats the trafficker's threat. Foreign national "
                                    "victims have protections, and no one should be left in "
                                    "exploitation out of fear."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Promise him that he will not be deported and will get "
                                    "permanent residence."
                                ),
                                "consequence": (
                                    "<p>He is relieved, but when he learns that these "
                                    "decisions are not yours to make, he stops trusting "
                                    "you.</p>"
                                ),
                                "feedback": (
                                    "Never promise immigration outcomes. Give accurate, "
                                    "general information and refer him to those who decide."
                                ),
                                "is_best": False,
                                "next_step": "options",
                            },
                            {
                                "label": (
                                    "Thank him for trusting you, tell him it is not his "
                                    "fault, and explain in general terms that foreign "
                                    "national victims can receive temporary resident permits "
                                    "and health care, and do not have to testify to obtain "
                                    "status. Ask what he would like to do."
                                ),
                                "consequence": (
                                    "<p>He listens carefully. He says he wants help, but he "
                                    "is afraid of police.</p>"
                                ),
                                "feedback": (
                                    "Good. Accurate information about protections can ease "
                                    "the fear traffickers rely on, and asking what he wants "
                                    "gives him back some control."
                                ),
                                "is_best": True,
                                "next_step": "options",
                            },
                        ],
                    },
                    {
                        "key": "options",
                        "situation": (
                            "<p>He wants to leave the farm but is afraid of police. He also "
                            "mentions that six other workers live in the same trailer and "
                            "that two of them have been hit.</p>"
                        ),
                        "choices": [
                            {
                                "label": (
                                    "Help him only, and do nothing about the other workers, "
                                    "as he did not ask."
                                ),
                                "consequence": (
                                    "<p>He gets some help, but the other workers, including "
                                    "those who were hit, remain in danger.</p>"
                                ),
                                "feedback": (
                                    "Respecting his choices matters, but others may be in "
                                    "danger. Discuss that risk with him and follow your "
                                    "policies."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Explain that the violence against other workers is a "
                                    "serious risk, talk with him about involving police, "
                                    "consult your supervisor and connect him with victim "
                                    "services, following your policy when others are in "
                                    "danger."
                                ),
                                "consequence": (
                                    "<p>With a victim services worker present, he agrees to "
                                    "speak with police, who plan how to reach the other "
                                    "workers safely. He moves to a shelter that evening.</p>"
                                ),
                                "feedback": (
                                    "Right. You weighed his wishes against the danger to "
                                    "others, involved partners and kept him informed at each "
                                    "step."
                                ),
                                "is_best": True,
                                "next_step": "next-steps",
                            },
                            {
                                "label": "Drive to the farm to check on the other workers "
                                "yourself.",
                                "consequence": (
                                    "<p>The agent sees you and asks who you are. That night "
                                    "the workers are moved to an unknown location.</p>"
                                ),
                                "feedback": (
                                    "Never go to a suspected trafficking site yourself. It "
                                    "can endanger you and the workers and alert the "
                                    "trafficker."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                    {
                        "key": "next-steps",
                        "situation": (
                            "<p>A week later, he asks you what will happen with his status "
                            "and whether he will be able to work.</p>"
                        ),
                        "choices": [
                            {
                                "label": "Give him your best guess about his immigration options.",
                                "consequence": (
                                    "<p>Your guess turns out to be wrong, and he makes "
                                    "decisions based on it.</p>"
                                ),
                                "feedback": (
                                    "Immigration questions need qualified advice. Refer him "
                                    "rather than guessing."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Explain what you know in general terms, help him get "
                                    "qualified legal and immigration advice, and keep "
                                    "supporting his other needs, such as housing, "
                                    "counselling and employment."
                                ),
                                "consequence": (
                                    "<p>A legal clinic helps him understand his options. You "
                                    "continue to help with housing and his longer-term "
                                    "goals.</p>"
                                ),
                                "feedback": (
                                    "Good. Stay within your role, connect him with expertise "
                                    "and keep meeting his practical needs."
                                ),
                                "is_best": True,
                                "next_step": "",
                            },
                        ],
                    },
                ],
                "debrief": (
                    "<p>Fear of deportation is one of the strongest tools traffickers use "
                    "against foreign workers. The best path gave him accurate, general "
                    "information about protections without promises, respected his choices "
                    "while taking the danger to other workers seriously, brought in police "
                    "and victim services with his agreement and connected him with qualified "
                    "help for questions about his status and work.</p>"
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "Which statements about foreign national victims of trafficking match the "
                    "National Action Plan (2012)? Select all that apply."
                ),
                "choices": [
                    {
                        "text": "Immigration officers can issue them temporary resident permits.",
                        "is_correct": True,
                        "feedback": "Correct. TRPs give foreign national victims legal "
                        "status in Canada.",
                    },
                    {
                        "text": "They can receive interim federal health care.",
                        "is_correct": True,
                        "feedback": "Correct. The plan lists this among the measures taken.",
                    },
                    {
                        "text": "They must testify against their trafficker to obtain status.",
                        "is_correct": False,
                        "feedback": (
                            "No. Victims are not required to testify to obtain temporary or "
                            "permanent resident status."
                        ),
                    },
                    {
                        "text": "Temporary resident permits are only for victims of sexual "
                        "exploitation.",
                        "is_correct": False,
                        "feedback": (
                            "No. Most victims who received permits between 2006 and 2011 had "
                            "suffered labour exploitation."
                        ),
                    },
                ],
                "explanation": (
                    "<p>Foreign national victims can receive temporary resident permits and "
                    "interim federal health care, and they do not have to testify against "
                    "their trafficker to obtain temporary or permanent resident status. Give "
                    "this information in general terms and refer the person for qualified "
                    "advice on their own situation.</p>"
                ),
            },
        ),
    ],
    "body_fr": [
        (
            "heading",
            {"text": "Des obstacles supplémentaires, des soutiens supplémentaires", "level": "h2"},
        ),
        (
            "paragraph",
            "<p>Les victimes de nationalité étrangère sont généralement seules au Canada, "
            "sans famille ni réseau de soutien, et peuvent se heurter à la barrière de la "
            "langue. Beaucoup craignent que le fait de se manifester entraîne leur "
            "expulsion, une peur qu'entretiennent les trafiquants. Certaines ont été amenées "
            "illégalement au Canada; d'autres sont arrivées légalement, comme travailleurs ou "
            "étudiants, avant d'être exploitées. Le plan reconnaît que les victimes de "
            "nationalité étrangère peuvent avoir besoin de soutiens et de services "
            "supplémentaires, dont une forme de statut d'immigration.</p>",
        ),
        (
            "callout",
            {
                "kind": "information",
                "title": "Les permis de séjour temporaire et les soins de santé",
                "body": (
                    "<p>Selon le plan :</p>"
                    "<ul>"
                    "<li>Les agents d'immigration peuvent délivrer des permis de séjour "
                    "temporaire (PST) de courte durée aux victimes de la traite de "
                    "nationalité étrangère, ce qui leur confère un statut légal au Canada. "
                    "D'autres permis peuvent être délivrés à la même personne pour maintenir "
                    "ce statut.</li>"
                    "<li>Les victimes de nationalité étrangère peuvent recevoir des soins de "
                    "santé fédéraux provisoires.</li>"
                    "<li>Les victimes de la traite ne sont pas tenues de témoigner contre leur "
                    "trafiquant pour obtenir le statut de résident temporaire ou "
                    "permanent.</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "paragraph",
            "<p>Entre mai 2006, date à laquelle Citoyenneté et Immigration Canada a commencé "
            "à délivrer des PST aux victimes de la traite, et la fin de 2011, 178 permis ont "
            "été délivrés à 73 ressortissants étrangers, un chiffre qui comprend les permis "
            "successifs délivrés à une même personne. La plupart de ces victimes (54) avaient "
            "subi une exploitation liée au travail, et 14, une exploitation sexuelle. Les "
            "principaux pays d'origine comprenaient la Thaïlande, la Moldavie, les "
            "Philippines et le Mexique.</p>"
            "<p>D'autres options d'immigration peuvent exister; par exemple, certaines "
            "victimes peuvent demander l'asile ou la résidence permanente pour des motifs "
            "d'ordre humanitaire. Ces décisions sont complexes : mettez la personne en "
            "contact avec une aide juridique ou en immigration qualifiée plutôt que de la "
            "conseiller vous-même.</p>",
        ),
        (
            "callout",
            {
                "kind": "legal",
                "title": "Si la personne décide de témoigner",
                "body": (
                    "<p>Le <em>Code criminel</em> prévoit des mesures pour rendre le "
                    "témoignage moins traumatisant pour les victimes et les autres témoins "
                    "vulnérables. Dans les cas qui s'y prêtent, il peut s'agir d'aides au "
                    "témoignage, comme un écran qui empêche le témoin de voir l'accusé, la "
                    "télévision en circuit fermé qui permet au témoin de déposer à "
                    "l'extérieur de la salle d'audience, ou la présence d'une personne de "
                    "confiance. Des ordonnances de non-publication des renseignements qui "
                    "permettraient d'identifier un plaignant ou un témoin et, dans certains "
                    "cas, l'exclusion du public de la salle d'audience peuvent aussi être "
                    "possibles.</p>"
                ),
            },
        ),
        (
            "glossary",
            {
                "title": "Termes clés",
                "terms": [
                    {
                        "term": "Ressortissant étranger",
                        "definition": (
                            "Personne qui n'est ni citoyen canadien ni résident permanent."
                        ),
                    },
                    {
                        "term": "Permis de séjour temporaire (PST)",
                        "definition": (
                            "Permis que les agents d'immigration peuvent délivrer aux victimes "
                            "de la traite de nationalité étrangère et qui leur confère un "
                            "statut légal au Canada pour une période donnée."
                        ),
                    },
                    {
                        "term": "Soins de santé fédéraux provisoires",
                        "definition": (
                            "Couverture de soins de santé que le gouvernement fédéral offre "
                            "aux victimes de la traite de nationalité étrangère."
                        ),
                    },
                    {
                        "term": "Aides au témoignage",
                        "definition": (
                            "Mesures comme un écran, la télévision en circuit fermé ou une "
                            "personne de confiance, qui peuvent aider une victime ou un témoin "
                            "vulnérable à témoigner."
                        ),
                    },
                    {
                        "term": "Programme fédéral de protection des témoins",
                        "definition": (
                            "Programme fédéral auquel la GRC peut orienter une victime ou un "
                            "témoin de la traite jugé admissible."
                        ),
                    },
                ],
            },
        ),
        (
            "scenario",
            {
                "title": "Un travailleur qui craint l'expulsion",
                "intro": (
                    "<p>Vous travaillez dans un organisme d'aide à l'établissement. Un homme "
                    "que vous avez aidé à remplir un formulaire de logement revient, "
                    "visiblement bouleversé. Choisissez ce que vous feriez à chaque "
                    "étape.</p>"
                ),
                "steps": [
                    {
                        "key": "disclosure",
                        "situation": (
                            "<p>Par l'intermédiaire d'un interprète, il vous raconte que "
                            "l'agent qui lui a trouvé un emploi agricole au Canada a pris son "
                            "passeport « pour s'occuper des papiers ». Il travaille tous les "
                            "jours, n'a presque rien été payé, et on lui a dit que s'il se "
                            "plaignait, il serait expulsé et sa famille devrait rembourser sa "
                            "dette.</p>"
                        ),
                        "choices": [
                            {
                                "label": (
                                    "Lui dire que sans passeport, il pourrait être expulsé et "
                                    "qu'il vaut mieux se taire jusqu'à la fin de son contrat."
                                ),
                                "consequence": (
                                    "<p>Il repart, convaincu que personne ne peut l'aider. "
                                    "L'exploitation continue.</p>"
                                ),
                                "feedback": (
                                    "Vous reprenez ainsi la menace du trafiquant. Les victimes "
                                    "de nationalité étrangère bénéficient de protections, et "
                                    "personne ne devrait rester exploité par peur."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Lui promettre qu'il ne sera pas expulsé et qu'il "
                                    "obtiendra la résidence permanente."
                                ),
                                "consequence": (
                                    "<p>Il est soulagé, mais lorsqu'il apprend que ces "
                                    "décisions ne vous appartiennent pas, il cesse de vous "
                                    "faire confiance.</p>"
                                ),
                                "feedback": (
                                    "Ne promettez jamais un résultat en matière "
                                    "d'immigration. Donnez une information générale exacte et "
                                    "orientez-le vers ceux qui décident."
                                ),
                                "is_best": False,
                                "next_step": "options",
                            },
                            {
                                "label": (
                                    "Le remercier de sa confiance, lui dire que ce n'est pas "
                                    "sa faute et lui expliquer en termes généraux que les "
                                    "victimes de nationalité étrangère peuvent obtenir des "
                                    "permis de séjour temporaire et des soins de santé, et "
                                    "n'ont pas à témoigner pour obtenir un statut. Lui "
                                    "demander ce qu'il souhaite faire."
                                ),
                                "consequence": (
                                    "<p>Il écoute attentivement. Il dit vouloir de l'aide, "
                                    "mais il a peur de la police.</p>"
                                ),
                                "feedback": (
                                    "Bien. Une information exacte sur les protections peut "
                                    "apaiser la peur sur laquelle comptent les trafiquants, "
                                    "et lui demander ce qu'il veut lui redonne un certain "
                                    "contrôle."
                                ),
                                "is_best": True,
                                "next_step": "options",
                            },
                        ],
                    },
                    {
                        "key": "options",
                        "situation": (
                            "<p>Il veut quitter la ferme, mais il a peur de la police. Il "
                            "mentionne aussi que six autres travailleurs vivent dans la même "
                            "roulotte et que deux d'entre eux ont été frappés.</p>"
                        ),
                        "choices": [
                            {
                                "label": (
                                    "L'aider lui seul et ne rien faire pour les autres "
                                    "travailleurs, puisqu'il ne l'a pas demandé."
                                ),
                                "consequence": (
                                    "<p>Il obtient de l'aide, mais les autres travailleurs, y "
                                    "compris ceux qui ont été frappés, restent en danger.</p>"
                                ),
                                "feedback": (
                                    "Il est important de respecter ses choix, mais d'autres "
                                    "personnes peuvent être en danger. Discutez de ce risque "
                                    "avec lui et suivez vos politiques."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Lui expliquer que la violence subie par les autres "
                                    "travailleurs est un risque grave, discuter avec lui "
                                    "d'un recours à la police, consulter votre superviseur et "
                                    "le mettre en contact avec les services d'aide aux "
                                    "victimes, en suivant votre politique lorsque d'autres "
                                    "personnes sont en danger."
                                ),
                                "consequence": (
                                    "<p>En présence d'une intervenante des services d'aide aux "
                                    "victimes, il accepte de parler à la police, qui planifie "
                                    "comment joindre les autres travailleurs en toute "
                                    "sécurité. Il s'installe dans un refuge le soir même.</p>"
                                ),
                                "feedback": (
                                    "C'est exact. Vous avez mis en balance ses souhaits et le "
                                    "danger pour les autres, fait appel aux partenaires et "
                                    "l'avez tenu informé à chaque étape."
                                ),
                                "is_best": True,
                                "next_step": "next-steps",
                            },
                            {
                                "label": "Vous rendre vous-même à la ferme pour vérifier "
                                "comment vont les autres travailleurs.",
                                "consequence": (
                                    "<p>L'agent vous voit et vous demande qui vous êtes. Le "
                                    "soir même, les travailleurs sont déplacés vers un lieu "
                                    "inconnu.</p>"
                                ),
                                "feedback": (
                                    "Ne vous rendez jamais vous-même sur un lieu de traite "
                                    "présumé. Vous pourriez vous mettre en danger, mettre les "
                                    "travailleurs en danger et alerter le trafiquant."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                    {
                        "key": "next-steps",
                        "situation": (
                            "<p>Une semaine plus tard, il vous demande ce qu'il adviendra de "
                            "son statut et s'il pourra travailler.</p>"
                        ),
                        "choices": [
                            {
                                "label": "Lui donner votre meilleure hypothèse sur ses options "
                                "d'immigration.",
                                "consequence": (
                                    "<p>Votre hypothèse s'avère fausse, et il prend des "
                                    "décisions en s'y fiant.</p>"
                                ),
                                "feedback": (
                                    "Les questions d'immigration exigent des conseils "
                                    "qualifiés. Orientez-le plutôt que de deviner."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Lui expliquer ce que vous savez en termes généraux, "
                                    "l'aider à obtenir des conseils juridiques et "
                                    "d'immigration qualifiés, et continuer à répondre à ses "
                                    "autres besoins, comme le logement, le counseling et "
                                    "l'emploi."
                                ),
                                "consequence": (
                                    "<p>Une clinique juridique l'aide à comprendre ses "
                                    "options. Vous continuez à l'aider pour le logement et "
                                    "ses objectifs à plus long terme.</p>"
                                ),
                                "feedback": (
                                    "Bien. Restez dans votre rôle, mettez-le en contact avec "
                                    "des spécialistes et continuez à répondre à ses besoins "
                                    "concrets."
                                ),
                                "is_best": True,
                                "next_step": "",
                            },
                        ],
                    },
                ],
                "debrief": (
                    "<p>La peur de l'expulsion est l'un des outils les plus puissants des "
                    "trafiquants contre les travailleurs étrangers. Le meilleur parcours lui "
                    "a donné une information générale exacte sur les protections, sans "
                    "promesses, a respecté ses choix tout en prenant au sérieux le danger "
                    "couru par les autres travailleurs, a fait intervenir la police et les "
                    "services d'aide aux victimes avec son accord, et l'a mis en contact avec "
                    "une aide qualifiée pour les questions touchant son statut et son "
                    "travail.</p>"
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "Quels énoncés sur les victimes de la traite de nationalité étrangère "
                    "correspondent au Plan d'action national (2012)? Sélectionnez toutes les "
                    "réponses qui s'appliquent."
                ),
                "choices": [
                    {
                        "text": "Les agents d'immigration peuvent leur délivrer des permis de "
                        "séjour temporaire.",
                        "is_correct": True,
                        "feedback": "Exact. Les PST confèrent aux victimes de nationalité "
                        "étrangère un statut légal au Canada.",
                    },
                    {
                        "text": "Elles peuvent recevoir des soins de santé fédéraux provisoires.",
                        "is_correct": True,
                        "feedback": "Exact. Le plan mentionne cette mesure parmi celles qui "
                        "ont été prises.",
                    },
                    {
                        "text": "Elles doivent témoigner contre leur trafiquant pour obtenir "
                        "un statut.",
                        "is_correct": False,
                        "feedback": (
                            "Non. Les victimes ne sont pas tenues de témoigner pour obtenir le "
                            "statut de résident temporaire ou permanent."
                        ),
                    },
                    {
                        "text": "Les permis de séjour temporaire sont réservés aux victimes "
                        "d'exploitation sexuelle.",
                        "is_correct": False,
                        "feedback": (
                            "Non. La plupart des victimes qui ont obtenu un permis entre 2006 "
                            "et 2011 avaient subi une exploitation liée au travail."
                        ),
                    },
                ],
                "explanation": (
                    "<p>Les victimes de nationalité étrangère peuvent obtenir des permis de "
                    "séjour temporaire et des soins de santé fédéraux provisoires, et elles "
                    "n'ont pas à témoigner contre leur trafiquant pour obtenir le statut de "
                    "résident temporaire ou permanent. Donnez cette information en termes "
                    "généraux et orientez la personne vers des conseils qualifiés sur sa "
                    "propre situation.</p>"
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Lesson 6: trauma-informed, victim-centred and culturally sensitive practice
# ---------------------------------------------------------------------------

LESSON_PRACTICE = {
    "slug": "trauma-informed-practice",
    "slug_fr": "pratique-axee-sur-la-victime",
    "title": {
        "en": "Trauma-informed, victim-centred and culturally sensitive practice",
        "fr": "Une pratique axée sur la victime, tenant compte des traumatismes et adaptée à "
        "la culture",
    },
    "summary": {
        "en": "Principles and everyday practices that put the person at the centre, avoid "
        "causing more harm and respect culture and history.",
        "fr": "Des principes et des pratiques quotidiennes qui placent la personne au centre, "
        "évitent de lui causer davantage de tort et respectent sa culture et son histoire.",
    },
    "estimated_minutes": 15,
    "body_en": [
        ("heading", {"text": "Putting the person at the centre", "level": "h2"}),
        (
            "paragraph",
            "<p>A victim-centred approach puts the person's safety, rights, wishes and "
            "well-being first. The plan reflects this approach: it includes a victim-centred "
            "guidebook for investigators, a commitment to promote understanding of the needs "
            "of trafficked persons with a view to their physical, psychological and social "
            "recovery, and work on guidelines or basic principles for the treatment of, and "
            "services for, trafficking victims. A trauma-informed approach adds an "
            "understanding of how trauma affects people, so that services do not cause "
            "further harm.</p>",
        ),
        (
            "comparison_table",
            {
                "caption": "Everyday practice",
                "row_heading": "Situation",
                "columns": ["Practice that can cause harm", "Victim-centred practice"],
                "rows": [
                    {
                        "label": "Asking questions",
                        "cells": [
                            "Repeated, detailed questions about the exploitation.",
                            "Ask only what you need for the service, and let the person set "
                            "the pace.",
                        ],
                    },
                    {
                        "label": "Interpretation",
                        "cells": [
                            "Relying on a companion, relative or community member who may "
                            "know the trafficker.",
                            "Use an independent, professional interpreter the person is "
                            "comfortable with.",
                        ],
                    },
                    {
                        "label": "Decisions",
                        "cells": [
                            "Deciding for the person, or making help depend on going to police.",
                            "Explain the options and respect the person's choices, unless "
                            "someone is in immediate danger.",
                        ],
                    },
                    {
                        "label": "Promises",
                        "cells": [
                            "Promising outcomes such as immigration status or charges.",
                            "Be honest about what you can and cannot do.",
                        ],
                    },
                    {
                        "label": "Language",
                        "cells": [
                            "Labels that blame or shame the person.",
                            "Neutral, respectful words; ask how the person describes themselves.",
                        ],
                    },
                    {
                        "label": "Setting",
                        "cells": [
                            "Crowded, public or noisy spaces.",
                            "A private, calm space that the person is free to leave.",
                        ],
                    },
                ],
            },
        ),
        (
            "accordion",
            {
                "title": "Principles in practice",
                "items": [
                    {
                        "heading": "Safety",
                        "body": (
                            "<p>Physical and emotional safety come first, for the person and "
                            "for staff.</p>"
                        ),
                    },
                    {
                        "heading": "Choice and control",
                        "body": (
                            "<p>Trafficking takes control away. Offering real choices, even "
                            "small ones, helps give it back.</p>"
                        ),
                    },
                    {
                        "heading": "Trust and transparency",
                        "body": (
                            "<p>Explain what you are doing and why, what you will record and "
                            "who will see it.</p>"
                        ),
                    },
                    {
                        "heading": "Cultural safety",
                        "body": (
                            "<p>Recognize how culture, language, faith, gender and history "
                            "shape a person's experience and their trust in services. Ask "
                            "rather than assume.</p>"
                        ),
                    },
                    {
                        "heading": "Collaboration",
                        "body": (
                            "<p>Work with partners, including culturally specific "
                            "organizations, so that the person receives coordinated "
                            "support.</p>"
                        ),
                    },
                ],
            },
        ),
        ("heading", {"text": "Culture, history and Indigenous communities", "level": "h2"}),
        (
            "paragraph",
            "<p>The plan acknowledges gaps in knowledge about how trafficking plays out in "
            "Indigenous communities, and notes that some Indigenous women, youth and children "
            "are among those at higher risk. It commits to awareness efforts focused on "
            "prevention, to culturally and historically informed training for enforcement "
            "officials, and to distributing the RCMP's <em>I'm Not for Sale</em> awareness "
            "materials to First Nations, Inuit and Métis communities.</p>"
            "<p>For service providers, cultural sensitivity means understanding the history "
            "and context that shape a person's situation, working with Indigenous-led and "
            "culturally specific services when the person wishes, and never assuming what a "
            "person needs because of where they come from.</p>",
        ),
        (
            "case_excerpt",
            {
                "quote": (
                    "A woman from a small immigrant community arrives at a shelter. A "
                    "volunteer from the same community offers to interpret. The woman falls "
                    "silent and asks for someone from outside the community. Staff arrange a "
                    "professional interpreter by phone, and she later explains that the man "
                    "who exploited her is well known in her community."
                ),
                "citation": ILLUSTRATIVE_EN,
                "note": (
                    "<p>Choosing an independent interpreter, and listening to the person's "
                    "preference, can be the difference between a disclosure and silence.</p>"
                ),
            },
        ),
        ("heading", {"text": "Looking after yourself", "level": "h2"}),
        (
            "paragraph",
            "<p>Hearing about exploitation and violence can affect the people who help. "
            "Notice signs of stress in yourself, use debriefing and supervision, and lean on "
            "your team. Looking after yourself is part of giving good, lasting support.</p>",
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "Which of these practices are victim-centred and trauma-informed? Select "
                    "all that apply."
                ),
                "choices": [
                    {
                        "text": "Letting the person decide what to share, and when",
                        "is_correct": True,
                        "feedback": "Yes. Control over their own story helps restore a sense "
                        "of safety.",
                    },
                    {
                        "text": "Using a professional interpreter rather than the person's "
                        "companion",
                        "is_correct": True,
                        "feedback": ("Yes. A companion may be, or may know, the trafficker."),
                    },
                    {
                        "text": "Requiring the person to report to police before offering shelter",
                        "is_correct": False,
                        "feedback": ("No. Support must not depend on cooperating with police."),
                    },
                    {
                        "text": "Asking for every detail of the exploitation at the first meeting",
                        "is_correct": False,
                        "feedback": (
                            "No. Ask only what you need; repeated or detailed questioning can "
                            "retraumatize."
                        ),
                    },
                ],
                "explanation": (
                    "<p>Victim-centred, trauma-informed practice gives the person choice and "
                    "control, uses independent interpreters, never makes help conditional on "
                    "cooperating with police and avoids unnecessary questioning.</p>"
                ),
            },
        ),
    ],
    "body_fr": [
        ("heading", {"text": "Placer la personne au centre", "level": "h2"}),
        (
            "paragraph",
            "<p>Une approche axée sur la victime accorde la priorité à la sécurité, aux "
            "droits, aux souhaits et au bien-être de la personne. Le plan reflète cette "
            "approche : il prévoit un guide axé sur la victime à l'intention des enquêteurs, "
            "un engagement à faire mieux comprendre les besoins des personnes victimes de la "
            "traite en vue de leur rétablissement physique, psychologique et social, et des "
            "travaux sur des lignes directrices ou des principes de base concernant le "
            "traitement des victimes de la traite et les services qui leur sont offerts. Une "
            "approche tenant compte des traumatismes y ajoute la compréhension de leurs "
            "effets, afin que les services ne causent pas davantage de tort.</p>",
        ),
        (
            "comparison_table",
            {
                "caption": "La pratique au quotidien",
                "row_heading": "Situation",
                "columns": [
                    "Pratique qui peut causer du tort",
                    "Pratique axée sur la victime",
                ],
                "rows": [
                    {
                        "label": "Poser des questions",
                        "cells": [
                            "Questions répétées et détaillées sur l'exploitation.",
                            "Ne demandez que ce dont vous avez besoin pour le service, et "
                            "laissez la personne aller à son rythme.",
                        ],
                    },
                    {
                        "label": "Interprétation",
                        "cells": [
                            "Compter sur un accompagnateur, un parent ou un membre de la "
                            "communauté qui pourrait connaître le trafiquant.",
                            "Faire appel à un interprète professionnel et indépendant avec "
                            "qui la personne est à l'aise.",
                        ],
                    },
                    {
                        "label": "Décisions",
                        "cells": [
                            "Décider à la place de la personne, ou subordonner l'aide à une "
                            "démarche auprès de la police.",
                            "Expliquer les options et respecter les choix de la personne, à "
                            "moins que quelqu'un soit en danger immédiat.",
                        ],
                    },
                    {
                        "label": "Promesses",
                        "cells": [
                            "Promettre des résultats, comme un statut d'immigration ou des "
                            "accusations.",
                            "Être honnête sur ce que vous pouvez faire et ne pas faire.",
                        ],
                    },
                    {
                        "label": "Vocabulaire",
                        "cells": [
                            "Des étiquettes qui blâment ou font honte.",
                            "Des mots neutres et respectueux; demandez à la personne comment "
                            "elle se décrit.",
                        ],
                    },
                    {
                        "label": "Cadre",
                        "cells": [
                            "Des lieux bondés, publics ou bruyants.",
                            "Un lieu privé et calme que la personne est libre de quitter.",
                        ],
                    },
                ],
            },
        ),
        (
            "accordion",
            {
                "title": "Les principes en pratique",
                "items": [
                    {
                        "heading": "Sécurité",
                        "body": (
                            "<p>La sécurité physique et émotionnelle passe en premier, pour la "
                            "personne comme pour le personnel.</p>"
                        ),
                    },
                    {
                        "heading": "Choix et contrôle",
                        "body": (
                            "<p>La traite prive la personne de tout contrôle. Lui offrir de "
                            "vrais choix, même petits, l'aide à le reprendre.</p>"
                        ),
                    },
                    {
                        "heading": "Confiance et transparence",
                        "body": (
                            "<p>Expliquez ce que vous faites et pourquoi, ce que vous allez "
                            "consigner et qui le verra.</p>"
                        ),
                    },
                    {
                        "heading": "Sécurité culturelle",
                        "body": (
                            "<p>Reconnaissez l'influence de la culture, de la langue, de la "
                            "foi, du genre et de l'histoire sur l'expérience d'une personne et "
                            "sur sa confiance envers les services. Demandez au lieu de "
                            "supposer.</p>"
                        ),
                    },
                    {
                        "heading": "Collaboration",
                        "body": (
                            "<p>Travaillez avec vos partenaires, y compris les organismes "
                            "culturellement adaptés, pour que la personne reçoive un soutien "
                            "coordonné.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "heading",
            {"text": "Culture, histoire et communautés autochtones", "level": "h2"},
        ),
        (
            "paragraph",
            "<p>Le plan reconnaît qu'on connaît mal la manière dont la traite se manifeste "
            "dans les communautés autochtones, et souligne que certaines femmes, certains "
            "jeunes et enfants autochtones comptent parmi les personnes les plus à risque. Il "
            "prévoit des activités de sensibilisation axées sur la prévention, une formation "
            "adaptée au contexte culturel et historique à l'intention des agents "
            "d'application de la loi, et la distribution des outils de sensibilisation "
            "<em>Je ne suis pas à vendre</em> de la GRC aux communautés des Premières "
            "Nations, des Inuits et des Métis.</p>"
            "<p>Pour les fournisseurs de services, être sensible à la culture, c'est "
            "comprendre l'histoire et le contexte qui façonnent la situation d'une personne, "
            "travailler avec des services dirigés par des Autochtones ou adaptés à la "
            "culture lorsque la personne le souhaite, et ne jamais supposer ses besoins en "
            "fonction de son origine.</p>",
        ),
        (
            "case_excerpt",
            {
                "quote": (
                    "Une femme issue d'une petite communauté immigrante arrive dans un refuge. "
                    "Une bénévole de la même communauté propose de servir d'interprète. La "
                    "femme se tait et demande quelqu'un d'extérieur à la communauté. Le "
                    "personnel fait appel à un interprète professionnel par téléphone, et "
                    "elle explique plus tard que l'homme qui l'a exploitée est bien connu "
                    "dans sa communauté."
                ),
                "citation": ILLUSTRATIVE_FR,
                "note": (
                    "<p>Choisir un interprète indépendant, et écouter la préférence de la "
                    "personne, peut faire toute la différence entre une confidence et le "
                    "silence.</p>"
                ),
            },
        ),
        ("heading", {"text": "Prendre soin de soi", "level": "h2"}),
        (
            "paragraph",
            "<p>Entendre parler d'exploitation et de violence peut affecter les personnes "
            "qui aident. Soyez attentif aux signes de stress chez vous, profitez des "
            "séances de compte rendu et de la supervision, et appuyez-vous sur votre équipe. "
            "Prendre soin de soi fait partie d'un soutien de qualité et durable.</p>",
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "Lesquelles de ces pratiques sont axées sur la victime et tiennent compte "
                    "des traumatismes? Sélectionnez toutes les réponses qui s'appliquent."
                ),
                "choices": [
                    {
                        "text": "Laisser la personne décider de ce qu'elle raconte, et à "
                        "quel moment",
                        "is_correct": True,
                        "feedback": "Oui. Garder la maîtrise de son récit l'aide à retrouver "
                        "un sentiment de sécurité.",
                    },
                    {
                        "text": "Faire appel à un interprète professionnel plutôt qu'à "
                        "l'accompagnateur de la personne",
                        "is_correct": True,
                        "feedback": (
                            "Oui. L'accompagnateur pourrait être le trafiquant ou le connaître."
                        ),
                    },
                    {
                        "text": "Exiger que la personne porte plainte à la police avant de "
                        "lui offrir un hébergement",
                        "is_correct": False,
                        "feedback": (
                            "Non. Le soutien ne doit pas dépendre d'une collaboration avec la "
                            "police."
                        ),
                    },
                    {
                        "text": "Demander tous les détails de l'exploitation dès la première "
                        "rencontre",
                        "is_correct": False,
                        "feedback": (
                            "Non. Ne demandez que le nécessaire; des questions répétées ou "
                            "détaillées peuvent traumatiser de nouveau la personne."
                        ),
                    },
                ],
                "explanation": (
                    "<p>Une pratique axée sur la victime et tenant compte des traumatismes "
                    "donne à la personne le choix et le contrôle, fait appel à des "
                    "interprètes indépendants, ne subordonne jamais l'aide à une "
                    "collaboration avec la police et évite les questions inutiles.</p>"
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Course
# ---------------------------------------------------------------------------

COURSE = {
    "slug": "responding-to-trafficking-victims",
    "slug_fr": "intervenir-aupres-des-victimes-de-la-traite",
    "title": {
        "en": "Responding to Victims of Human Trafficking: A Course for Front-Line Service "
        "Providers",
        "fr": "Intervenir auprès des victimes de la traite de personnes : cours à l'intention "
        "des fournisseurs de services de première ligne",
    },
    "summary": {
        "en": (
            "For front-line service providers: recognize a possible victim of human "
            "trafficking, understand their needs and trauma, plan for safety, refer and "
            "coordinate with partners, explain supports for foreign nationals, and work in a "
            "trauma-informed, victim-centred and culturally sensitive way."
        ),
        "fr": (
            "Pour les fournisseurs de services de première ligne : reconnaître une victime "
            "potentielle de la traite, comprendre ses besoins et son traumatisme, planifier "
            "sa sécurité, orienter et coordonner avec les partenaires, expliquer les soutiens "
            "offerts aux étrangers et adopter une pratique axée sur la victime, tenant compte "
            "des traumatismes et adaptée à la culture."
        ),
    },
    "intro": {
        "en": (
            "<p>Front-line service providers, in shelters, health clinics, settlement "
            "agencies, food banks, youth centres and community organizations, are often the "
            "first point of contact for victims of human trafficking, and they provide "
            "essential care and emergency relief. Canada's <em>National Action Plan to "
            "Combat Human Trafficking</em> (2012) recognizes this role and supports training "
            "for service providers.</p>"
            "<p>This course helps you recognize a person who may be trafficked, respond to "
            "their needs safely and respectfully, and connect them with the partners who can "
            "help. It does not replace your organization's policies, or legal or immigration "
            "advice.</p>"
        ),
        "fr": (
            "<p>Les fournisseurs de services de première ligne, dans les refuges, les "
            "cliniques de santé, les organismes d'établissement, les banques alimentaires, "
            "les centres jeunesse et les organismes communautaires, sont souvent le premier "
            "point de contact des victimes de la traite de personnes, et ils leur offrent des "
            "soins essentiels et des secours d'urgence. Le <em>Plan d'action national de "
            "lutte contre la traite de personnes</em> du Canada (2012) reconnaît ce rôle et "
            "soutient la formation des fournisseurs de services.</p>"
            "<p>Ce cours vous aide à reconnaître une personne qui pourrait être victime de la "
            "traite, à répondre à ses besoins de façon sûre et respectueuse, et à la mettre "
            "en contact avec les partenaires qui peuvent l'aider. Il ne remplace ni les "
            "politiques de votre organisme ni des conseils juridiques ou en immigration.</p>"
        ),
    },
    "objectives": {
        "en": [
            "Recognize signs that a person may be a victim of human trafficking, and explain "
            "why victims rarely identify themselves.",
            "Describe the immediate and longer-term needs of trafficked persons and the "
            "effects of trauma.",
            "Support a person in planning for their safety.",
            "Refer and coordinate with police, victim services, non-governmental and "
            "community organizations.",
            "Explain in general terms the supports available to foreign national victims, "
            "including temporary resident permits.",
            "Apply trauma-informed, victim-centred and culturally sensitive practice.",
        ],
        "fr": [
            "Reconnaître les signes qu'une personne pourrait être victime de la traite de "
            "personnes, et expliquer pourquoi les victimes se manifestent rarement.",
            "Décrire les besoins immédiats et à plus long terme des personnes victimes de la "
            "traite, ainsi que les effets du traumatisme.",
            "Aider une personne à planifier sa sécurité.",
            "Orienter les personnes et coordonner le soutien avec la police, les services "
            "d'aide aux victimes et les organisations non gouvernementales et "
            "communautaires.",
            "Expliquer en termes généraux les soutiens offerts aux victimes de nationalité "
            "étrangère, y compris les permis de séjour temporaire.",
            "Adopter une pratique axée sur la victime, tenant compte des traumatismes et "
            "adaptée à la culture.",
        ],
    },
    "audiences": ["front-line-provider"],
    "topics": ["victim-support", "referral", "trafficking-basics"],
    "estimated_minutes": 100,
    "sequential": False,
    "lessons": [
        LESSON_RECOGNIZING,
        LESSON_NEEDS,
        LESSON_SAFETY,
        LESSON_REFERRAL,
        LESSON_FOREIGN_NATIONALS,
        LESSON_PRACTICE,
    ],
}
