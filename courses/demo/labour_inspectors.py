"""Bilingual demo course: forced labour, for labour inspectors and TFWP officers.

Written from the facts of Canada's National Action Plan to Combat Human Trafficking (2012).
Every lesson has an English body and a French body that are exactly parallel: same block
types in the same order, same list lengths, keys and booleans; only the text differs.
"""

from __future__ import annotations

ILLUSTRATIVE_EN = "Illustrative case based on the National Action Plan (2012)"
ILLUSTRATIVE_FR = "Cas illustratif fondé sur le Plan d'action national (2012)"

# ---------------------------------------------------------------------------
# Lesson 1: forced labour and human trafficking
# ---------------------------------------------------------------------------

LESSON_FORCED_LABOUR = {
    "slug": "forced-labour-and-trafficking",
    "slug_fr": "travail-force-et-traite",
    "title": {
        "en": "Forced labour and human trafficking",
        "fr": "Le travail forcé et la traite de personnes",
    },
    "summary": {
        "en": (
            "Forced labour is one of the main purposes of human trafficking. Learn how the "
            "Criminal Code defines exploitation and what forced labour looks like in Canada."
        ),
        "fr": (
            "Le travail forcé est l'une des principales fins de la traite de personnes. "
            "Découvrez comment le Code criminel définit l'exploitation et à quoi ressemble le "
            "travail forcé au Canada."
        ),
    },
    "estimated_minutes": 15,
    "body_en": [
        ("heading", {"text": "Forced labour is a form of human trafficking", "level": "h2"}),
        (
            "paragraph",
            "<p>Human trafficking means recruiting, transporting, harbouring or holding a "
            "person, or exercising control, direction or influence over their movements, in "
            "order to exploit them. Canada's <em>National Action Plan to Combat Human "
            "Trafficking</em> (2012) notes that the exploitation is typically sexual "
            "exploitation or forced labour, and describes the crime as a modern form of "
            "slavery.</p>"
            "<p>In this course, <strong>forced labour</strong> means work or services obtained "
            "from a person through fear rather than free choice: the kind of exploitation the "
            "<em>Criminal Code</em> describes below. The Government of Canada condemns all "
            "forms of forced labour, including exploitation tied to human trafficking.</p>",
        ),
        (
            "callout",
            {
                "kind": "legal",
                "title": "Criminal Code, section 279.04: exploitation",
                "body": (
                    "<p>For the trafficking offences in sections 279.01 to 279.03, a person "
                    "exploits another person when they cause that person to provide, or to "
                    "offer to provide, labour or a service through conduct that, in all the "
                    "circumstances, could reasonably be expected to make the person believe "
                    "that their own safety, or the safety of someone they know, would be "
                    "threatened if they did not provide it.</p>"
                    "<p>The section also covers causing a person, by deception or by the use or "
                    "threat of force or other coercion, to have an organ or tissue removed.</p>"
                    "<p><em>Plain-language summary. Always consult the current text of the "
                    "law.</em></p>"
                ),
            },
        ),
        (
            "paragraph",
            "<p>The question is not whether the worker is locked in. It is whether, in all "
            "the circumstances, the employer's conduct could reasonably make the worker "
            "believe that their safety, or the safety of someone they know, was at risk if "
            "they stopped working. Threats of violence, intimidation or threats against "
            "relatives in the worker's home country can meet that test even when the doors "
            "are unlocked.</p>"
            "<p>When the plan was published, Parliament was considering Bill C-310, which "
            "proposed a non-exhaustive list of factors a court could consider in deciding "
            "whether exploitation is made out, such as the use or threat of force or other "
            "coercion, and the use of deception.</p>",
        ),
        (
            "callout",
            {
                "kind": "legal",
                "title": "Criminal Code, section 279.01: trafficking in persons",
                "body": (
                    "<p>It is an indictable offence to recruit, transport, transfer, receive, "
                    "hold, conceal or harbour a person, or to exercise control, direction or "
                    "influence over a person's movements, for the purpose of exploiting them or "
                    "facilitating their exploitation. The maximum penalty is life imprisonment "
                    "where the offender kidnaps the victim, commits an aggravated assault or "
                    "aggravated sexual assault against them, or causes their death, and 14 "
                    "years in other cases. Section 279.011 sets out a separate offence, with "
                    "minimum penalties, where the victim is under 18.</p>"
                    "<p>Consent to the activity that is the subject of the charge is not "
                    "valid. A worker who accepted a job has not agreed to be exploited.</p>"
                ),
            },
        ),
        (
            "comparison_table",
            {
                "caption": "Human smuggling and human trafficking compared",
                "row_heading": "Feature",
                "columns": ["Human smuggling", "Human trafficking"],
                "rows": [
                    {
                        "label": "Consent",
                        "cells": [
                            "Migrants consent to being smuggled, even when the journey is "
                            "dangerous or degrading.",
                            "Victims never consented, or their first consent was made "
                            "meaningless by coercion, deception or abuse.",
                        ],
                    },
                    {
                        "label": "Exploitation",
                        "cells": [
                            "Ends when the migrants reach their destination.",
                            "Continues after arrival: the victim is exploited over time.",
                        ],
                    },
                    {
                        "label": "Borders",
                        "cells": [
                            "Always involves crossing an international border.",
                            "May take place entirely within one country, even within one city.",
                        ],
                    },
                ],
            },
        ),
        ("heading", {"text": "Forced labour in Canada", "level": "h2"}),
        (
            "paragraph",
            "<p>To date, trafficking for sexual exploitation is the form most often "
            "identified in Canada. The plan notes, however, that evidence of trafficking for "
            "forced labour has been growing:</p>"
            "<ul>"
            "<li>Forced labour cases have been investigated across the country, with charges "
            "laid in Alberta, Ontario and British Columbia. Cases to date suggest that it is "
            "more prevalent in Alberta and Ontario.</li>"
            "<li>Labour-related intelligence and investigations have involved men and women "
            "from the Philippines, India, Poland, China, Ethiopia, Mexico, Thailand and "
            "Hungary.</li>"
            "<li>There are indications that some foreign nationals are brought to Canada "
            "illegally and then exploited by employers as domestic servants.</li>"
            "<li>The RCMP's threat assessment identified migrant workers, men and women, as a "
            "group vulnerable to forced labour. Some investigations have involved the "
            "fraudulent use of the Temporary Foreign Worker Program by third parties.</li>"
            "</ul>"
            "<p>Among the foreign nationals who received temporary resident permits as "
            "trafficking victims between May 2006 and the end of 2011, 54 had suffered labour "
            "exploitation and 14 sexual exploitation.</p>",
        ),
        (
            "case_excerpt",
            {
                "quote": (
                    "We were treated like dogs on a short leash… To this day I don't go out "
                    "after dark because of all the threats. I have also received threats "
                    "against my mother in Hungary."
                ),
                "citation": (
                    "Victim impact statement, Hamilton forced labour case, as quoted in the "
                    "National Action Plan (2012)"
                ),
                "note": (
                    "<p>The statement shows two sides of forced labour: tight control at work, "
                    "and threats, including threats against family abroad, that keep causing "
                    "fear long after the exploitation ends.</p>"
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
                            "of a person in order to exploit them, most often through sexual "
                            "exploitation or forced labour."
                        ),
                    },
                    {
                        "term": "Exploitation",
                        "definition": (
                            "Under section 279.04 of the Criminal Code, causing a person to "
                            "provide labour or a service through conduct that could reasonably "
                            "make them fear for their safety, or the safety of someone they "
                            "know, if they refused."
                        ),
                    },
                    {
                        "term": "Forced labour",
                        "definition": (
                            "Work or services obtained from a person through fear, threats or "
                            "other coercion rather than free choice."
                        ),
                    },
                    {
                        "term": "Human smuggling",
                        "definition": (
                            "Organizing the movement of migrants across a border with their "
                            "consent; the arrangement normally ends on arrival."
                        ),
                    },
                    {
                        "term": "Third party",
                        "definition": (
                            "Someone other than the employer and the worker, such as a "
                            "recruiter or agent, involved in bringing in, placing or managing "
                            "a worker."
                        ),
                    },
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "A worker's door is never locked, but his employer has told him that his "
                    "family at home will be hurt if he quits. Could this be exploitation "
                    "under section 279.04?"
                ),
                "choices": [
                    {
                        "text": "No. Exploitation requires physical confinement.",
                        "is_correct": False,
                        "feedback": (
                            "Physical confinement is not required. The test asks whether the "
                            "conduct could reasonably make the worker fear for their safety or "
                            "the safety of someone they know."
                        ),
                    },
                    {
                        "text": (
                            "Yes. Threats against people the worker knows can meet the test, "
                            "even when he is free to walk out."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Section 279.04 covers fear for the safety of a person "
                            "known to the worker, including relatives abroad."
                        ),
                    },
                    {
                        "text": "Only if the worker entered Canada illegally.",
                        "is_correct": False,
                        "feedback": (
                            "Immigration status is not part of the test. Trafficking can "
                            "affect people with valid status, and Canadians too."
                        ),
                    },
                    {
                        "text": "Only if the worker never agreed to the job.",
                        "is_correct": False,
                        "feedback": (
                            "Consent to the activity behind a trafficking charge is not valid. "
                            "Accepting a job is not agreeing to be exploited."
                        ),
                    },
                ],
                "explanation": (
                    "<p>Exploitation under section 279.04 depends on whether, in all the "
                    "circumstances, the conduct could reasonably be expected to make the "
                    "worker believe that their safety, or the safety of someone they know, "
                    "would be threatened if they stopped working. Threats against family "
                    "members abroad are a common means of control.</p>"
                ),
            },
        ),
    ],
    "body_fr": [
        ("heading", {"text": "Le travail forcé, une forme de traite de personnes", "level": "h2"}),
        (
            "paragraph",
            "<p>La traite de personnes consiste à recruter, à transporter, à héberger ou à "
            "détenir une personne, ou à exercer un contrôle, une direction ou une influence "
            "sur ses déplacements, afin de l'exploiter. Le <em>Plan d'action national de "
            "lutte contre la traite de personnes</em> du Canada (2012) précise qu'il s'agit "
            "généralement d'exploitation sexuelle ou de travail forcé, et qualifie ce crime "
            "de forme moderne d'esclavage.</p>"
            "<p>Dans ce cours, le <strong>travail forcé</strong> désigne un travail ou un "
            "service obtenu d'une personne par la peur plutôt que par son libre choix, "
            "c'est-à-dire le type d'exploitation que décrit le <em>Code criminel</em> "
            "ci-dessous. Le gouvernement du Canada condamne toutes les formes de travail "
            "forcé, y compris l'exploitation liée à la traite de personnes.</p>",
        ),
        (
            "callout",
            {
                "kind": "legal",
                "title": "Code criminel, article 279.04 : l'exploitation",
                "body": (
                    "<p>Aux fins des infractions de traite prévues aux articles 279.01 à "
                    "279.03, une personne en exploite une autre lorsqu'elle l'amène à fournir, "
                    "ou à offrir de fournir, un travail ou un service par des agissements "
                    "qui, compte tenu du contexte, pourraient raisonnablement lui faire "
                    "croire qu'un refus de sa part mettrait en danger sa sécurité ou celle "
                    "d'une personne qu'elle connaît.</p>"
                    "<p>L'article vise aussi le fait d'amener une personne, par la tromperie "
                    "ou par la force, la menace ou toute autre forme de contrainte, à se "
                    "faire prélever un organe ou des tissus.</p>"
                    "<p><em>Résumé en langage clair. Consultez toujours le texte en vigueur de "
                    "la loi.</em></p>"
                ),
            },
        ),
        (
            "paragraph",
            "<p>La question n'est pas de savoir si le travailleur est enfermé à clé. Il "
            "s'agit plutôt de déterminer si, compte tenu du contexte, les agissements de "
            "l'employeur pourraient raisonnablement lui faire croire que sa sécurité, ou celle "
            "d'une personne qu'il connaît, serait menacée s'il cessait de travailler. Des "
            "menaces de violence, de l'intimidation ou des menaces visant des proches restés "
            "dans le pays d'origine peuvent satisfaire à ce critère, même si les portes ne "
            "sont pas verrouillées.</p>"
            "<p>Au moment de la publication du plan, le Parlement étudiait le projet de loi "
            "C-310, qui proposait une liste non exhaustive de facteurs dont un tribunal "
            "pourrait tenir compte pour décider s'il y a exploitation, comme l'usage ou la "
            "menace de la force ou d'une autre forme de contrainte, ou encore le recours à la "
            "tromperie.</p>",
        ),
        (
            "callout",
            {
                "kind": "legal",
                "title": "Code criminel, article 279.01 : la traite de personnes",
                "body": (
                    "<p>Constitue un acte criminel le fait de recruter, de transporter, de "
                    "transférer, de recevoir, de détenir, de cacher ou d'héberger une personne, "
                    "ou d'exercer un contrôle, une direction ou une influence sur ses "
                    "mouvements, en vue de l'exploiter ou de faciliter son exploitation. La "
                    "peine maximale est l'emprisonnement à perpétuité si l'auteur enlève la "
                    "victime, se livre sur elle à des voies de fait graves ou à une agression "
                    "sexuelle grave, ou cause sa mort, et de 14 ans dans les autres cas. "
                    "L'article 279.011 prévoit une infraction distincte, assortie de peines "
                    "minimales, lorsque la victime a moins de 18 ans.</p>"
                    "<p>Le consentement à l'activité visée par l'accusation n'est pas valable. "
                    "Un travailleur qui a accepté un emploi n'a pas consenti à être "
                    "exploité.</p>"
                ),
            },
        ),
        (
            "comparison_table",
            {
                "caption": "Comparaison entre le passage de clandestins et la traite de personnes",
                "row_heading": "Caractéristique",
                "columns": ["Passage de clandestins", "Traite de personnes"],
                "rows": [
                    {
                        "label": "Consentement",
                        "cells": [
                            "Les migrants consentent à faire appel au passeur, même lorsque le "
                            "trajet est dangereux ou dégradant.",
                            "Les victimes n'ont jamais consenti, ou leur consentement initial "
                            "a été vidé de son sens par la contrainte, la tromperie ou les "
                            "mauvais traitements.",
                        ],
                    },
                    {
                        "label": "Exploitation",
                        "cells": [
                            "Prend fin lorsque les migrants arrivent à destination.",
                            "Se poursuit après l'arrivée; la victime est exploitée de façon "
                            "continue.",
                        ],
                    },
                    {
                        "label": "Frontières",
                        "cells": [
                            "Suppose toujours le franchissement d'une frontière internationale.",
                            "Peut se dérouler entièrement dans un seul pays, voire dans une "
                            "seule ville.",
                        ],
                    },
                ],
            },
        ),
        ("heading", {"text": "Le travail forcé au Canada", "level": "h2"}),
        (
            "paragraph",
            "<p>À ce jour, la traite à des fins d'exploitation sexuelle est la forme la plus "
            "souvent relevée au Canada. Le plan souligne toutefois que les preuves de traite "
            "à des fins de travail forcé se multiplient :</p>"
            "<ul>"
            "<li>Des affaires de travail forcé ont fait l'objet d'enquêtes partout au pays, "
            "et des accusations ont été portées en Alberta, en Ontario et en "
            "Colombie-Britannique. Les cas connus à ce jour donnent à penser que ce phénomène "
            "est plus répandu en Alberta et en Ontario.</li>"
            "<li>Les renseignements et les enquêtes liés au travail ont visé des hommes et "
            "des femmes originaires des Philippines, de l'Inde, de la Pologne, de la Chine, "
            "de l'Éthiopie, du Mexique, de la Thaïlande et de la Hongrie.</li>"
            "<li>Certains indices donnent à penser que des ressortissants étrangers sont "
            "amenés illégalement au Canada, puis exploités par des employeurs comme "
            "domestiques.</li>"
            "<li>L'évaluation de la menace de la GRC a désigné les travailleurs migrants, "
            "hommes et femmes, comme un groupe vulnérable au travail forcé. Certaines "
            "enquêtes ont porté sur l'utilisation frauduleuse du Programme des travailleurs "
            "étrangers temporaires par des tiers.</li>"
            "</ul>"
            "<p>Parmi les ressortissants étrangers qui ont obtenu un permis de séjour "
            "temporaire à titre de victimes de la traite entre mai 2006 et la fin de 2011, "
            "54 avaient subi une exploitation liée au travail et 14, une exploitation "
            "sexuelle.</p>",
        ),
        (
            "case_excerpt",
            {
                "quote": (
                    "On nous traitait comme des chiens tenus en laisse courte… Encore "
                    "aujourd'hui, je ne sors pas après la tombée de la nuit à cause de toutes "
                    "les menaces. J'ai aussi reçu des menaces visant ma mère, en Hongrie."
                ),
                "citation": (
                    "Déclaration de la victime, affaire de travail forcé de Hamilton, citée "
                    "dans le Plan d'action national (2012) (traduction libre)"
                ),
                "note": (
                    "<p>Ce témoignage montre deux facettes du travail forcé : un contrôle "
                    "étroit au travail et des menaces, y compris contre la famille restée à "
                    "l'étranger, qui continuent de susciter la peur longtemps après la fin de "
                    "l'exploitation.</p>"
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
                            "sexuellement ou par le travail forcé."
                        ),
                    },
                    {
                        "term": "Exploitation",
                        "definition": (
                            "Selon l'article 279.04 du Code criminel, fait d'amener une "
                            "personne à fournir un travail ou un service par des agissements "
                            "qui pourraient raisonnablement lui faire craindre pour sa "
                            "sécurité, ou celle d'une personne qu'elle connaît, en cas de "
                            "refus."
                        ),
                    },
                    {
                        "term": "Travail forcé",
                        "definition": (
                            "Travail ou service obtenu d'une personne par la peur, les menaces "
                            "ou une autre forme de contrainte plutôt que par son libre choix."
                        ),
                    },
                    {
                        "term": "Passage de clandestins",
                        "definition": (
                            "Fait d'organiser le passage de migrants d'un pays à un autre "
                            "avec leur consentement; l'entente prend normalement fin à "
                            "l'arrivée."
                        ),
                    },
                    {
                        "term": "Tiers",
                        "definition": (
                            "Personne autre que l'employeur et le travailleur, comme un "
                            "recruteur ou un agent, qui intervient dans la venue, le placement "
                            "ou la gestion d'un travailleur."
                        ),
                    },
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "La porte d'un travailleur n'est jamais verrouillée, mais son employeur "
                    "lui a dit que sa famille, restée au pays, subirait des violences s'il "
                    "démissionnait. Pourrait-il s'agir d'exploitation au sens de "
                    "l'article 279.04?"
                ),
                "choices": [
                    {
                        "text": "Non. L'exploitation exige une séquestration physique.",
                        "is_correct": False,
                        "feedback": (
                            "La séquestration physique n'est pas nécessaire. Le critère consiste "
                            "à savoir si les agissements pourraient raisonnablement faire "
                            "craindre au travailleur pour sa sécurité ou celle d'une personne "
                            "qu'il connaît."
                        ),
                    },
                    {
                        "text": (
                            "Oui. Des menaces visant des personnes que le travailleur connaît "
                            "peuvent satisfaire au critère, même s'il est libre de partir."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Exact. L'article 279.04 vise la crainte pour la sécurité d'une "
                            "personne que le travailleur connaît, y compris des proches à "
                            "l'étranger."
                        ),
                    },
                    {
                        "text": "Seulement si le travailleur est entré illégalement au Canada.",
                        "is_correct": False,
                        "feedback": (
                            "Le statut d'immigration ne fait pas partie du critère. La traite "
                            "peut toucher des personnes en situation régulière, et aussi des "
                            "Canadiens."
                        ),
                    },
                    {
                        "text": "Seulement si le travailleur n'a jamais accepté l'emploi.",
                        "is_correct": False,
                        "feedback": (
                            "Le consentement à l'activité visée par une accusation de traite "
                            "n'est pas valable. Accepter un emploi, ce n'est pas consentir à "
                            "être exploité."
                        ),
                    },
                ],
                "explanation": (
                    "<p>Selon l'article 279.04, il y a exploitation si, compte tenu du "
                    "contexte, les agissements pourraient raisonnablement amener le "
                    "travailleur à croire que sa sécurité, ou celle d'une personne qu'il "
                    "connaît, serait menacée s'il cessait de travailler. Les menaces visant "
                    "des membres de la famille à l'étranger sont un moyen de contrôle "
                    "courant.</p>"
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Lesson 2: the Temporary Foreign Worker Program and its protections
# ---------------------------------------------------------------------------

LESSON_TFWP = {
    "slug": "temporary-foreign-worker-program",
    "slug_fr": "programme-des-travailleurs-etrangers-temporaires",
    "title": {
        "en": "The Temporary Foreign Worker Program and its protections",
        "fr": "Le Programme des travailleurs étrangers temporaires et ses protections",
    },
    "summary": {
        "en": (
            "What the National Action Plan says about protections for temporary foreign "
            "workers, employer compliance and the Live-in Caregiver Program."
        ),
        "fr": (
            "Ce que dit le Plan d'action national au sujet des protections offertes aux "
            "travailleurs étrangers temporaires, de la conformité des employeurs et du "
            "Programme des aides familiaux résidants."
        ),
    },
    "estimated_minutes": 15,
    "body_en": [
        ("heading", {"text": "A program with built-in protections", "level": "h2"}),
        (
            "paragraph",
            "<p>The Temporary Foreign Worker Program (TFWP) supports Canada's economic "
            "growth. According to the plan, it also gives foreign nationals appropriate "
            "protections beyond those provided under provincial and territorial laws. "
            "Citizenship and Immigration Canada (CIC) and Human Resources and Skills "
            "Development Canada (HRSDC) work together, with a range of partners, on key "
            "issues related to the program.</p>"
            "<p>Provinces and territories remain responsible for enforcing labour standards, "
            "occupational health and safety and labour relations within their own "
            "jurisdiction. Foreign nationals and Canadian workers alike benefit from that "
            "work.</p>",
        ),
        (
            "comparison_table",
            {
                "caption": "Program measures described in the National Action Plan (2012)",
                "row_heading": "Measure",
                "columns": ["Status in 2012", "Why it matters for detecting exploitation"],
                "rows": [
                    {
                        "label": "Assessing whether job offers are genuine",
                        "cells": [
                            "Improved by regulatory changes in April 2011.",
                            "A job offer that is not genuine can be a way to bring a worker "
                            "into an exploitative situation.",
                        ],
                    },
                    {
                        "label": "Denying program access to non-compliant employers",
                        "cells": [
                            "Introduced in April 2011 for employers who do not abide by the "
                            "terms of their job offers.",
                            "A job that differs from the offer is both a compliance issue "
                            "and a possible warning sign.",
                        ],
                    },
                    {
                        "label": "Stronger compliance monitoring",
                        "cells": [
                            "Regulatory amendments were being prepared, based on legislation "
                            "tabled on April 26, 2012, to give greater authority to monitor "
                            "employer compliance and stronger consequences for "
                            "non-compliance.",
                            "More monitoring means more chances to notice workers at risk.",
                        ],
                    },
                    {
                        "label": "On-site employer visits",
                        "cells": [
                            "A policy was to be developed for visits conducted with the "
                            "employer's consent and, where applicable, the worker's consent.",
                            "A visit may be the only time an officer sees a worker's real "
                            "conditions.",
                        ],
                    },
                    {
                        "label": "Identifying high-risk employers",
                        "cells": [
                            "The Foreign Worker System was to be enhanced to track and "
                            "identify high-risk employers automatically, and a predictive "
                            "risk model was to be developed.",
                            "Patterns across files can reveal employers that need a closer look.",
                        ],
                    },
                    {
                        "label": "Changing employers",
                        "cells": [
                            "Improvements to the process available to exploited workers to "
                            "change employers were being explored.",
                            "A worker who sees no way to leave an employer is easier to control.",
                        ],
                    },
                ],
            },
        ),
        ("heading", {"text": "Employer compliance and Labour Market Opinions", "level": "h2"}),
        (
            "paragraph",
            "<p>Employer compliance is at the heart of the program's protections. Under the "
            "plan, HRSDC committed to analyze employer compliance reviews to identify "
            "high-risk trends, to publish compliance review statistics on the TFWP website, "
            "and to include sex-disaggregated data, where applicable, in its published "
            "Labour Market Opinion statistics.</p>"
            "<p>When an officer assesses an employer's job offer, for example in a Labour "
            "Market Opinion, the April 2011 changes call for a closer look at whether the "
            "offer is genuine. Every file, compliance review and contact with a worker or "
            "employer is a chance to notice something that does not fit.</p>",
        ),
        (
            "callout",
            {
                "kind": "information",
                "title": "Information for workers, employers and officers",
                "body": (
                    "<p>HRSDC committed to update the TFWP website, to update and distribute "
                    "the <em>Your Rights are Protected</em> pamphlet for temporary foreign "
                    "workers, and to develop new awareness products for employers, third "
                    "parties and Service Canada officers. With CIC, it was also to update a "
                    "brochure on workers' rights, with important contact information, and to "
                    "translate it into five foreign languages.</p>"
                    "<p>Anyone with a work permit, including international students, is to "
                    "have information on where to get help with employment and health and "
                    "safety standards. Knowing these materials lets you point a worker to "
                    "information they can keep.</p>"
                ),
            },
        ),
        ("heading", {"text": "Live-in caregivers", "level": "h2"}),
        (
            "paragraph",
            "<p>The Live-in Caregiver Program is a component of the TFWP. The plan commits "
            "to keeping it fair and equitable for both workers and employers, with measures "
            "in place to protect participants' rights and security. Changes made in April "
            "2010 require employers to pay for the caregiver's transportation to Canada, "
            "workplace safety insurance and medical coverage until the caregiver is eligible "
            "for provincial coverage. An enhanced mandatory employment contract also "
            "protects caregivers with respect to hours of work, overtime and other leave "
            "entitlements.</p>"
            "<p>Live-in caregivers work, and live, in a private home, where problems are "
            "hard for anyone outside to see. The plan also notes indications that some "
            "foreign nationals have been brought to Canada illegally and exploited by "
            "employers as domestic servants. It therefore commits to exploring better "
            "employer monitoring in the program, and to continue monitoring the recent "
            "protections for live-in caregivers while considering whether further changes "
            "are needed.</p>",
        ),
        (
            "case_excerpt",
            {
                "quote": (
                    "A caregiver hired to look after two children also cleans the home of "
                    "the employer's parents and the family's shop on weekends. She has not "
                    "had a day off in months. Her employer keeps her passport “for "
                    "safekeeping” and has told her that if she complains, people back home "
                    "will make her family pay."
                ),
                "citation": ILLUSTRATIVE_EN,
                "note": (
                    "<p>Several elements come together: duties and hours beyond the contract, "
                    "a withheld passport and a threat aimed at her family. Any one of them "
                    "calls for a closer look; together, they may point to forced labour.</p>"
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "According to the plan, which costs did the April 2010 changes to the "
                    "Live-in Caregiver Program require employers to pay? Select all that "
                    "apply."
                ),
                "choices": [
                    {
                        "text": "The caregiver's transportation to Canada",
                        "is_correct": True,
                        "feedback": "Correct. Transportation to Canada is employer-paid.",
                    },
                    {
                        "text": "Workplace safety insurance",
                        "is_correct": True,
                        "feedback": "Correct. Workplace safety insurance is employer-paid.",
                    },
                    {
                        "text": "Medical coverage until the caregiver is eligible for "
                        "provincial coverage",
                        "is_correct": True,
                        "feedback": (
                            "Correct. The employer pays for medical coverage until the "
                            "caregiver qualifies for provincial coverage."
                        ),
                    },
                    {
                        "text": "The caregiver's tuition for evening classes",
                        "is_correct": False,
                        "feedback": "The plan does not list this as an employer-paid benefit.",
                    },
                ],
                "explanation": (
                    "<p>The April 2010 changes made transportation to Canada, workplace safety "
                    "insurance and medical coverage (until the caregiver qualifies for "
                    "provincial coverage) employer-paid benefits. An enhanced mandatory "
                    "employment contract also covers hours of work, overtime and other leave "
                    "entitlements. A caregiver who paid these costs personally, or who has "
                    "no contract, may need a closer look.</p>"
                ),
            },
        ),
    ],
    "body_fr": [
        ("heading", {"text": "Un programme assorti de protections", "level": "h2"}),
        (
            "paragraph",
            "<p>Le Programme des travailleurs étrangers temporaires (PTET) soutient la "
            "croissance économique du Canada. Selon le plan, il offre aussi aux "
            "ressortissants étrangers des protections appropriées qui s'ajoutent à celles "
            "que prévoient les lois provinciales et territoriales. Citoyenneté et "
            "Immigration Canada (CIC) et Ressources humaines et Développement des "
            "compétences Canada (RHDCC) collaborent, avec divers partenaires, sur les "
            "principaux enjeux liés au programme.</p>"
            "<p>Les provinces et les territoires demeurent responsables de l'application des "
            "normes du travail, de la santé et de la sécurité au travail et des relations de "
            "travail sur leur territoire. Les ressortissants étrangers comme les "
            "travailleurs canadiens profitent de ce travail.</p>",
        ),
        (
            "comparison_table",
            {
                "caption": "Mesures du programme décrites dans le Plan d'action national (2012)",
                "row_heading": "Mesure",
                "columns": [
                    "Situation en 2012",
                    "Pourquoi c'est important pour détecter l'exploitation",
                ],
                "rows": [
                    {
                        "label": "Évaluation de l'authenticité des offres d'emploi",
                        "cells": [
                            "Améliorée par des modifications réglementaires en avril 2011.",
                            "Une offre d'emploi qui n'est pas authentique peut servir à "
                            "attirer un travailleur dans une situation d'exploitation.",
                        ],
                    },
                    {
                        "label": "Exclusion des employeurs non conformes",
                        "cells": [
                            "Instaurée en avril 2011 pour les employeurs qui ne respectent pas "
                            "les conditions de leurs offres d'emploi.",
                            "Un emploi qui ne correspond pas à l'offre pose un problème de "
                            "conformité et peut aussi être un signal d'alarme.",
                        ],
                    },
                    {
                        "label": "Surveillance accrue de la conformité",
                        "cells": [
                            "Des modifications réglementaires étaient en préparation, à partir "
                            "d'un projet de loi déposé le 26 avril 2012, pour accroître le "
                            "pouvoir de surveiller la conformité des employeurs et alourdir "
                            "les conséquences en cas de non-conformité.",
                            "Plus de surveillance, c'est plus d'occasions de repérer des "
                            "travailleurs à risque.",
                        ],
                    },
                    {
                        "label": "Visites des lieux de travail",
                        "cells": [
                            "Une politique devait être élaborée pour des visites menées avec "
                            "le consentement de l'employeur et, s'il y a lieu, celui du "
                            "travailleur.",
                            "Une visite est parfois la seule occasion pour un agent de voir "
                            "les conditions réelles d'un travailleur.",
                        ],
                    },
                    {
                        "label": "Repérage des employeurs à risque élevé",
                        "cells": [
                            "Le Système des travailleurs étrangers devait être amélioré pour "
                            "suivre et repérer automatiquement les employeurs à risque élevé, "
                            "et un modèle prédictif du risque devait être élaboré.",
                            "Les tendances observées d'un dossier à l'autre peuvent révéler "
                            "les employeurs qui méritent une attention particulière.",
                        ],
                    },
                    {
                        "label": "Changement d'employeur",
                        "cells": [
                            "Des améliorations au processus permettant aux travailleurs "
                            "exploités de changer d'employeur étaient à l'étude.",
                            "Un travailleur qui ne voit aucun moyen de quitter son employeur "
                            "est plus facile à contrôler.",
                        ],
                    },
                ],
            },
        ),
        (
            "heading",
            {
                "text": "La conformité des employeurs et les avis relatifs au marché du travail",
                "level": "h2",
            },
        ),
        (
            "paragraph",
            "<p>La conformité des employeurs est au cœur des protections du programme. Aux "
            "termes du plan, RHDCC s'est engagé à analyser les examens de la conformité des "
            "employeurs afin de dégager les tendances à risque élevé, à publier les "
            "statistiques sur ces examens dans le site Web du PTET et à inclure des données "
            "ventilées selon le sexe, s'il y a lieu, dans ses statistiques publiées sur les "
            "avis relatifs au marché du travail.</p>"
            "<p>Lorsqu'un agent évalue l'offre d'emploi d'un employeur, par exemple dans le "
            "cadre d'un avis relatif au marché du travail, les modifications d'avril 2011 "
            "exigent un examen plus attentif de son authenticité. Chaque dossier, chaque "
            "examen de conformité et chaque contact avec un travailleur ou un employeur est "
            "une occasion de remarquer quelque chose d'anormal.</p>",
        ),
        (
            "callout",
            {
                "kind": "information",
                "title": "De l'information pour les travailleurs, les employeurs et les agents",
                "body": (
                    "<p>RHDCC s'est engagé à mettre à jour le site Web du PTET, à mettre à "
                    "jour et à diffuser le dépliant <em>Vos droits sont protégés</em> destiné "
                    "aux travailleurs étrangers temporaires, et à créer de nouveaux outils de "
                    "sensibilisation pour les employeurs, les tiers et les agents de Service "
                    "Canada. Avec CIC, il devait aussi mettre à jour une brochure sur les "
                    "droits des travailleurs, comprenant des coordonnées importantes, et la "
                    "traduire en cinq langues étrangères.</p>"
                    "<p>Toute personne titulaire d'un permis de travail, y compris les "
                    "étudiants étrangers, doit pouvoir savoir où obtenir de l'aide au sujet "
                    "des normes d'emploi et de santé et de sécurité. Connaître ces documents "
                    "vous permet d'orienter un travailleur vers de l'information qu'il peut "
                    "garder.</p>"
                ),
            },
        ),
        ("heading", {"text": "Les aides familiaux résidants", "level": "h2"}),
        (
            "paragraph",
            "<p>Le Programme des aides familiaux résidants est un volet du PTET. Le plan "
            "vise à ce qu'il demeure juste et équitable pour les travailleurs comme pour les "
            "employeurs, et à ce que des mesures protègent les droits et la sécurité des "
            "participants. Depuis les modifications d'avril 2010, l'employeur doit payer le "
            "transport de l'aide familial jusqu'au Canada, l'assurance contre les accidents "
            "du travail et la couverture médicale jusqu'à ce que l'aide familial soit "
            "admissible au régime provincial. Un contrat de travail obligatoire renforcé "
            "protège aussi les aides familiaux en ce qui concerne les heures de travail, les "
            "heures supplémentaires et les autres congés.</p>"
            "<p>Les aides familiaux résidants travaillent et vivent dans un domicile privé, "
            "où les problèmes sont difficiles à voir de l'extérieur. Le plan signale aussi "
            "des indices selon lesquels certains ressortissants étrangers ont été amenés "
            "illégalement au Canada et exploités par des employeurs comme domestiques. Il "
            "prévoit donc d'étudier une meilleure surveillance des employeurs dans le "
            "programme et de continuer à suivre les récentes mesures de protection des aides "
            "familiaux résidants, en évaluant la nécessité d'autres changements.</p>",
        ),
        (
            "case_excerpt",
            {
                "quote": (
                    "Une aide familiale engagée pour s'occuper de deux enfants fait aussi le "
                    "ménage chez les parents de l'employeur et dans le commerce familial la "
                    "fin de semaine. Elle n'a pas eu un seul jour de congé depuis des mois. "
                    "Son employeur garde son passeport « pour ne pas qu'il se perde » et lui "
                    "a dit que si elle se plaignait, des gens de son pays le feraient payer à "
                    "sa famille."
                ),
                "citation": ILLUSTRATIVE_FR,
                "note": (
                    "<p>Plusieurs éléments se conjuguent : des tâches et des heures qui "
                    "dépassent le contrat, un passeport retenu et une menace visant sa "
                    "famille. Chacun justifie un examen plus attentif; ensemble, ils peuvent "
                    "indiquer du travail forcé.</p>"
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "Selon le plan, quels frais les modifications d'avril 2010 au Programme "
                    "des aides familiaux résidants mettent-elles à la charge de l'employeur? "
                    "Sélectionnez toutes les réponses qui s'appliquent."
                ),
                "choices": [
                    {
                        "text": "Le transport de l'aide familial jusqu'au Canada",
                        "is_correct": True,
                        "feedback": "Exact. L'employeur paie le transport jusqu'au Canada.",
                    },
                    {
                        "text": "L'assurance contre les accidents du travail",
                        "is_correct": True,
                        "feedback": "Exact. L'assurance contre les accidents du travail est "
                        "payée par l'employeur.",
                    },
                    {
                        "text": "La couverture médicale jusqu'à l'admissibilité au régime "
                        "provincial",
                        "is_correct": True,
                        "feedback": (
                            "Exact. L'employeur paie la couverture médicale jusqu'à ce que "
                            "l'aide familial soit admissible au régime provincial."
                        ),
                    },
                    {
                        "text": "Les droits de scolarité de cours du soir",
                        "is_correct": False,
                        "feedback": "Le plan ne mentionne pas ces frais parmi les avantages "
                        "payés par l'employeur.",
                    },
                ],
                "explanation": (
                    "<p>Les modifications d'avril 2010 ont fait du transport jusqu'au Canada, "
                    "de l'assurance contre les accidents du travail et de la couverture "
                    "médicale (jusqu'à l'admissibilité au régime provincial) des avantages "
                    "payés par l'employeur. Un contrat de travail obligatoire renforcé encadre "
                    "aussi les heures de travail, les heures supplémentaires et les autres "
                    "congés. Un aide familial qui a payé ces frais lui-même, ou qui n'a pas "
                    "de contrat, mérite peut-être une attention particulière.</p>"
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Lesson 3: withholding identity documents
# ---------------------------------------------------------------------------

LESSON_DOCUMENTS = {
    "slug": "withholding-identity-documents",
    "slug_fr": "retention-des-pieces-d-identite",
    "title": {
        "en": "Withholding identity documents: a warning sign and an offence",
        "fr": "La rétention des pièces d'identité : un signal d'alarme et une infraction",
    },
    "summary": {
        "en": (
            "Why control of passports and permits matters, what section 279.03 of the "
            "Criminal Code prohibits, and how to respond when an employer holds workers' "
            "documents."
        ),
        "fr": (
            "Pourquoi le contrôle des passeports et des permis est important, ce "
            "qu'interdit l'article 279.03 du Code criminel et comment réagir lorsqu'un "
            "employeur détient les documents de ses travailleurs."
        ),
    },
    "estimated_minutes": 20,
    "body_en": [
        ("heading", {"text": "Documents as a means of control", "level": "h2"}),
        (
            "paragraph",
            "<p>Traffickers control their victims in many ways: threats, intimidation, "
            "physical violence, sexual abuse, isolation, and taking away their identity "
            "documents and passports. For a temporary foreign worker, a passport and a permit "
            "prove who they are and that they are allowed to be in Canada. Without them, a "
            "worker may feel unable to leave, to look for help, to travel home or to deal "
            "with the authorities, especially if they have been told that they will be "
            "arrested or deported without their papers.</p>",
        ),
        (
            "callout",
            {
                "kind": "legal",
                "title": "Criminal Code, section 279.03: withholding or destroying documents",
                "body": (
                    "<p>It is an indictable offence to conceal, remove, withhold or destroy "
                    "another person's travel document, or any document that establishes or "
                    "claims to establish another person's identity or immigration status, for "
                    "the purpose of committing or facilitating a trafficking offence under "
                    "section 279.01 or 279.011. It does not matter whether the document was "
                    "issued in Canada or elsewhere, or whether it is authentic. The maximum "
                    "penalty is five years' imprisonment.</p>"
                    "<p><em>Plain-language summary. Always consult the current text of the "
                    "law.</em></p>"
                ),
            },
        ),
        (
            "paragraph",
            "<p>Two points matter for inspectors and officers:</p>"
            "<ul>"
            "<li><strong>It is a warning sign.</strong> An employer, supervisor, recruiter or "
            "landlord who holds workers' passports or permits is a serious warning sign, even "
            "when the explanation sounds reasonable.</li>"
            "<li><strong>It may be an offence, but police decide.</strong> The offence "
            "requires a link to trafficking. Your role is to notice, to record what you saw "
            "and to refer, not to investigate or lay charges.</li>"
            "</ul>",
        ),
        (
            "callout",
            {
                "kind": "legal",
                "title": "Immigration and Refugee Protection Act, section 118",
                "body": (
                    "<p>No one may knowingly organize the coming into Canada of one or more "
                    "persons by abduction, fraud, deception, or the use or threat of force or "
                    "coercion. Organizing includes recruiting or transporting those persons "
                    "and, once they are in Canada, receiving or harbouring them. The maximum "
                    "penalty is a fine of up to $1 million, life imprisonment, or both.</p>"
                ),
            },
        ),
        (
            "glossary",
            {
                "title": "Terms used in section 279.03",
                "terms": [
                    {
                        "term": "Travel document",
                        "definition": (
                            "A passport or other document used to travel between countries."
                        ),
                    },
                    {
                        "term": "Document establishing identity or immigration status",
                        "definition": (
                            "Any document that establishes, or claims to establish, who a "
                            "person is or their status in Canada, such as a work permit. "
                            "Documents that are not authentic are also covered."
                        ),
                    },
                    {
                        "term": "Indictable offence",
                        "definition": "The more serious category of criminal offence in "
                        "Canadian law.",
                    },
                ],
            },
        ),
        (
            "accordion",
            {
                "title": "Questions to keep in mind when someone else holds the documents",
                "items": [
                    {
                        "heading": "Who holds the documents, and why?",
                        "body": (
                            "<p>Note who holds them (employer, supervisor, recruiter or "
                            "landlord) and the reason given. Do not challenge the explanation "
                            "on the spot: record it.</p>"
                        ),
                    },
                    {
                        "heading": "Can the worker get them back?",
                        "body": (
                            "<p>Ask the worker, privately, whether they can have their "
                            "documents whenever they ask, and what happened if they did "
                            "ask.</p>"
                        ),
                    },
                    {
                        "heading": "Is the worker afraid of being without them?",
                        "body": (
                            "<p>Fear of arrest, deportation or punishment because they do not "
                            "have their documents is itself an important indicator.</p>"
                        ),
                    },
                    {
                        "heading": "Are other workers in the same situation?",
                        "body": (
                            "<p>Documents are often collected from a whole group. One "
                            "worker's situation may point to others at risk.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "scenario",
            {
                "title": "Passports in the office safe",
                "intro": (
                    "<p>You are a labour inspector carrying out a scheduled inspection at a "
                    "vegetable processing plant that employs a group of temporary foreign "
                    "workers. Choose what you would do at each step.</p>"
                ),
                "steps": [
                    {
                        "key": "office",
                        "situation": (
                            "<p>While reviewing payroll records in the manager's office, you "
                            "notice a bundle of passports in an open safe. The manager sees "
                            "you looking and says: “We keep them so they don't get lost. The "
                            "workers prefer it.”</p>"
                        ),
                        "choices": [
                            {
                                "label": (
                                    "Tell the manager that holding passports is a crime and "
                                    "demand that they be returned now."
                                ),
                                "consequence": (
                                    "<p>The manager becomes defensive and ends the visit "
                                    "early. That evening, the workers are warned not to talk "
                                    "to anyone from the government.</p>"
                                ),
                                "feedback": (
                                    "Confronting the employer can alert a possible trafficker "
                                    "and put workers at greater risk. Whether an offence was "
                                    "committed is for police to determine."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Note what you saw and the manager's explanation without "
                                    "reacting, finish the inspection as planned and arrange "
                                    "to speak with workers privately."
                                ),
                                "consequence": (
                                    "<p>The inspection continues normally. As part of the "
                                    "standard review, you interview several workers one at a "
                                    "time, away from supervisors, with an interpreter you "
                                    "arranged yourself.</p>"
                                ),
                                "feedback": (
                                    "Good. Staying calm protects the workers and the "
                                    "information you have. Private interviews are where "
                                    "workers may be able to speak."
                                ),
                                "is_best": True,
                                "next_step": "interview",
                            },
                            {
                                "label": (
                                    "Accept the explanation: many employers keep documents "
                                    "safe for their staff."
                                ),
                                "consequence": (
                                    "<p>You move on. Nothing about the passports is recorded, "
                                    "and no one outside the plant learns what you saw.</p>"
                                ),
                                "feedback": (
                                    "An employer holding workers' passports is a serious "
                                    "warning sign whatever the explanation. Record it and "
                                    "follow up."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                    {
                        "key": "interview",
                        "situation": (
                            "<p>One worker tells you that the recruiter who brought her to "
                            "Canada says she owes a large fee. She works six days a week and "
                            "is paid far less than her contract states. The supervisor told "
                            "her that if she leaves, “people at home will visit your "
                            "mother.” She asks you not to tell anyone that she spoke to "
                            "you.</p>"
                        ),
                        "choices": [
                            {
                                "label": (
                                    "Promise her that she will be able to stay in Canada and "
                                    "that nothing will happen to her family."
                                ),
                                "consequence": (
                                    "<p>She is relieved for a moment. Later, when the process "
                                    "turns out to be more complicated, she stops trusting you "
                                    "and the other officials involved.</p>"
                                ),
                                "feedback": (
                                    "Never promise outcomes you cannot guarantee. Be honest "
                                    "about what you can and cannot do."
                                ),
                                "is_best": False,
                                "next_step": "back-at-the-office",
                            },
                            {
                                "label": (
                                    "Thank her, check whether she is safe tonight, explain "
                                    "honestly what you need to do with the information and "
                                    "why, and tell her that help exists for workers in her "
                                    "situation."
                                ),
                                "consequence": (
                                    "<p>She says she is not in immediate danger but is "
                                    "afraid. She understands why police need to know, and you "
                                    "note a safe way to reach her.</p>"
                                ),
                                "feedback": (
                                    "Good. Safety first, honesty about next steps and respect "
                                    "for her fears build the trust that any later help "
                                    "depends on."
                                ),
                                "is_best": True,
                                "next_step": "back-at-the-office",
                            },
                            {
                                "label": (
                                    "Tell the supervisor that workers have raised pay "
                                    "concerns, so the employer can correct the payroll."
                                ),
                                "consequence": (
                                    "<p>The supervisor wants to know which worker complained. "
                                    "The next day she is moved to another site and cannot be "
                                    "reached.</p>"
                                ),
                                "feedback": (
                                    "Any hint to the employer about what a worker said can "
                                    "expose them to retaliation. Keep disclosures confidential "
                                    "and refer to police."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                    {
                        "key": "back-at-the-office",
                        "situation": (
                            "<p>Back at the office, you review your notes. The pay violations "
                            "are clear; the rest points to possible forced labour.</p>"
                        ),
                        "choices": [
                            {
                                "label": "Issue an order for the unpaid wages and close the file.",
                                "consequence": (
                                    "<p>The employer pays part of the arrears. The passports "
                                    "stay in the safe and nothing else changes for the "
                                    "workers.</p>"
                                ),
                                "feedback": (
                                    "A labour standards remedy alone does not address "
                                    "possible trafficking. Signs of forced labour must be "
                                    "referred."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Follow your protocol: refer the matter promptly to "
                                    "police, record the facts accurately and share "
                                    "information only as the law and your policies allow."
                                ),
                                "consequence": (
                                    "<p>Police open an inquiry and involve victim services. "
                                    "Your notes, including the manager's explanation and what "
                                    "the worker said, help them plan a safe approach.</p>"
                                ),
                                "feedback": (
                                    "Right. Prompt referral, accurate records and information "
                                    "sharing within the law turn an inspection into "
                                    "protection."
                                ),
                                "is_best": True,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Write to the employer asking why the workers' passports "
                                    "are kept in the safe."
                                ),
                                "consequence": (
                                    "<p>The employer hands the passports back the next week, "
                                    "but the threats continue and the evidence is harder to "
                                    "find.</p>"
                                ),
                                "feedback": (
                                    "Writing to the employer alerts them before police can "
                                    "act. Refer first."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                ],
                "debrief": (
                    "<p>Withheld documents are one of the clearest signs of control. The best "
                    "path kept the employer unaware, created a safe chance for the worker to "
                    "speak, put her safety first without making promises and ended in a "
                    "prompt referral to police, supported by accurate notes. Labour standards "
                    "remedies still matter, but they do not replace a referral when forced "
                    "labour is suspected.</p>"
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "When they are withheld to commit or facilitate trafficking, which "
                    "documents can section 279.03 cover? Select all that apply."
                ),
                "choices": [
                    {
                        "text": "A worker's passport issued by another country",
                        "is_correct": True,
                        "feedback": (
                            "Yes. The section applies whether or not the document is of "
                            "Canadian origin."
                        ),
                    },
                    {
                        "text": "A document that claims to show the worker's immigration "
                        "status, even if it is not authentic",
                        "is_correct": True,
                        "feedback": (
                            "Yes. The section covers documents that establish or claim to "
                            "establish identity or immigration status, authentic or not."
                        ),
                    },
                    {
                        "text": "The employer's own business licence",
                        "is_correct": False,
                        "feedback": (
                            "No. The section covers documents belonging to another person "
                            "that relate to travel, identity or immigration status."
                        ),
                    },
                ],
                "explanation": (
                    "<p>Section 279.03 covers another person's travel documents and documents "
                    "that establish, or claim to establish, their identity or immigration "
                    "status, whether Canadian or foreign, authentic or not, when they are "
                    "concealed, removed, withheld or destroyed to commit or facilitate "
                    "trafficking.</p>"
                ),
            },
        ),
    ],
    "body_fr": [
        ("heading", {"text": "Les documents, un moyen de contrôle", "level": "h2"}),
        (
            "paragraph",
            "<p>Les trafiquants contrôlent leurs victimes de bien des façons : menaces, "
            "intimidation, violence physique, agressions sexuelles, isolement et "
            "confiscation de leurs pièces d'identité et de leurs passeports. Pour un "
            "travailleur étranger temporaire, le passeport et le permis prouvent son "
            "identité et son droit de se trouver au Canada. Sans eux, il peut se sentir "
            "incapable de partir, de chercher de l'aide, de rentrer chez lui ou de "
            "s'adresser aux autorités, surtout si on lui a dit qu'il serait arrêté ou "
            "expulsé sans ses papiers.</p>",
        ),
        (
            "callout",
            {
                "kind": "legal",
                "title": "Code criminel, article 279.03 : rétention ou destruction de documents",
                "body": (
                    "<p>Constitue un acte criminel le fait de cacher, d'enlever, de retenir "
                    "ou de détruire le document de voyage d'une autre personne, ou toute pièce "
                    "établissant ou censée établir son identité ou son statut d'immigrant, en "
                    "vue de commettre ou de faciliter une infraction de traite prévue à "
                    "l'article 279.01 ou 279.011. Peu importe que le document ait été délivré "
                    "au Canada ou ailleurs, ou qu'il soit authentique ou non. La peine "
                    "maximale est de cinq ans d'emprisonnement.</p>"
                    "<p><em>Résumé en langage clair. Consultez toujours le texte en vigueur de "
                    "la loi.</em></p>"
                ),
            },
        ),
        (
            "paragraph",
            "<p>Deux points sont importants pour les inspecteurs et les agents :</p>"
            "<ul>"
            "<li><strong>C'est un signal d'alarme.</strong> Un employeur, un superviseur, un "
            "recruteur ou un locateur qui détient les passeports ou les permis des "
            "travailleurs constitue un signal d'alarme sérieux, même si l'explication "
            "fournie semble raisonnable.</li>"
            "<li><strong>C'est peut-être une infraction, mais c'est à la police d'en "
            "décider.</strong> L'infraction exige un lien avec la traite. Votre rôle est de "
            "remarquer, de consigner ce que vous avez vu et d'orienter le dossier, non "
            "d'enquêter ni de porter des accusations.</li>"
            "</ul>",
        ),
        (
            "callout",
            {
                "kind": "legal",
                "title": "Loi sur l'immigration et la protection des réfugiés, article 118",
                "body": (
                    "<p>Il est interdit d'organiser sciemment l'entrée au Canada d'une ou de "
                    "plusieurs personnes par l'enlèvement, la fraude, la tromperie, ou "
                    "l'usage ou la menace de la force ou de la coercition. Organiser comprend "
                    "le recrutement et le transport de ces personnes et, une fois qu'elles "
                    "sont au Canada, leur accueil ou leur hébergement. La peine maximale est "
                    "une amende d'au plus 1 million de dollars, l'emprisonnement à "
                    "perpétuité, ou les deux.</p>"
                ),
            },
        ),
        (
            "glossary",
            {
                "title": "Termes employés à l'article 279.03",
                "terms": [
                    {
                        "term": "Document de voyage",
                        "definition": (
                            "Passeport ou autre document servant à voyager d'un pays à un autre."
                        ),
                    },
                    {
                        "term": "Pièce établissant l'identité ou le statut d'immigrant",
                        "definition": (
                            "Tout document qui établit, ou est censé établir, l'identité "
                            "d'une personne ou son statut au Canada, comme un permis de "
                            "travail. Les documents qui ne sont pas authentiques sont aussi "
                            "visés."
                        ),
                    },
                    {
                        "term": "Acte criminel",
                        "definition": "Catégorie la plus grave d'infractions criminelles en "
                        "droit canadien.",
                    },
                ],
            },
        ),
        (
            "accordion",
            {
                "title": "Questions à garder en tête lorsqu'une autre personne détient les "
                "documents",
                "items": [
                    {
                        "heading": "Qui détient les documents, et pourquoi?",
                        "body": (
                            "<p>Notez qui les détient (employeur, superviseur, recruteur ou "
                            "locateur) et la raison invoquée. Ne contestez pas l'explication "
                            "sur place : consignez-la.</p>"
                        ),
                    },
                    {
                        "heading": "Le travailleur peut-il les récupérer?",
                        "body": (
                            "<p>Demandez au travailleur, en privé, s'il peut obtenir ses "
                            "documents quand il le veut, et ce qui s'est passé s'il les a "
                            "demandés.</p>"
                        ),
                    },
                    {
                        "heading": "Le travailleur craint-il de se trouver sans eux?",
                        "body": (
                            "<p>La peur d'être arrêté, expulsé ou puni parce qu'il n'a pas ses "
                            "documents constitue en soi un indicateur important.</p>"
                        ),
                    },
                    {
                        "heading": "D'autres travailleurs sont-ils dans la même situation?",
                        "body": (
                            "<p>Les documents sont souvent recueillis auprès d'un groupe "
                            "entier. La situation d'un travailleur peut révéler que d'autres "
                            "sont à risque.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "scenario",
            {
                "title": "Des passeports dans le coffre-fort",
                "intro": (
                    "<p>Vous êtes inspecteur du travail et effectuez une inspection prévue "
                    "dans une usine de transformation de légumes qui emploie un groupe de "
                    "travailleurs étrangers temporaires. Choisissez ce que vous feriez à "
                    "chaque étape.</p>"
                ),
                "steps": [
                    {
                        "key": "office",
                        "situation": (
                            "<p>Pendant que vous examinez les registres de paie dans le bureau "
                            "du gérant, vous remarquez une pile de passeports dans un "
                            "coffre-fort ouvert. Le gérant voit que vous les regardez et dit : "
                            "« On les garde pour qu'ils ne se perdent pas. Les travailleurs "
                            "préfèrent ça. »</p>"
                        ),
                        "choices": [
                            {
                                "label": (
                                    "Dire au gérant que détenir des passeports est un crime "
                                    "et exiger qu'ils soient rendus immédiatement."
                                ),
                                "consequence": (
                                    "<p>Le gérant se met sur la défensive et écourte la "
                                    "visite. Le soir même, on avertit les travailleurs de ne "
                                    "parler à personne du gouvernement.</p>"
                                ),
                                "feedback": (
                                    "Confronter l'employeur peut alerter un trafiquant "
                                    "potentiel et accroître le danger pour les travailleurs. "
                                    "C'est à la police de déterminer s'il y a eu infraction."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Noter ce que vous avez vu et l'explication du gérant "
                                    "sans réagir, terminer l'inspection comme prévu et "
                                    "prévoir de parler aux travailleurs en privé."
                                ),
                                "consequence": (
                                    "<p>L'inspection se poursuit normalement. Dans le cadre "
                                    "de l'examen habituel, vous rencontrez plusieurs "
                                    "travailleurs un à un, à l'écart des superviseurs, avec "
                                    "un interprète que vous avez vous-même choisi.</p>"
                                ),
                                "feedback": (
                                    "Bien. Garder son calme protège les travailleurs et "
                                    "l'information que vous détenez. C'est en entrevue privée "
                                    "que les travailleurs peuvent parfois s'exprimer."
                                ),
                                "is_best": True,
                                "next_step": "interview",
                            },
                            {
                                "label": (
                                    "Accepter l'explication : bien des employeurs gardent les "
                                    "documents de leur personnel en lieu sûr."
                                ),
                                "consequence": (
                                    "<p>Vous passez à autre chose. Rien n'est consigné au "
                                    "sujet des passeports, et personne à l'extérieur de "
                                    "l'usine n'apprend ce que vous avez vu.</p>"
                                ),
                                "feedback": (
                                    "Un employeur qui détient les passeports de ses "
                                    "travailleurs constitue un signal d'alarme sérieux, "
                                    "quelle que soit l'explication. Consignez-le et "
                                    "assurez un suivi."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                    {
                        "key": "interview",
                        "situation": (
                            "<p>Une travailleuse vous confie que le recruteur qui l'a fait "
                            "venir au Canada prétend qu'elle lui doit des frais importants. "
                            "Elle travaille six jours par semaine et reçoit bien moins que ce "
                            "que prévoit son contrat. Le superviseur lui a dit que si elle "
                            "partait, « des gens iront rendre visite à ta mère, au pays ». "
                            "Elle vous demande de ne dire à personne qu'elle vous a "
                            "parlé.</p>"
                        ),
                        "choices": [
                            {
                                "label": (
                                    "Lui promettre qu'elle pourra rester au Canada et qu'il "
                                    "n'arrivera rien à sa famille."
                                ),
                                "consequence": (
                                    "<p>Elle est soulagée un moment. Plus tard, quand le "
                                    "processus s'avère plus compliqué, elle perd confiance "
                                    "en vous et dans les autres représentants concernés.</p>"
                                ),
                                "feedback": (
                                    "Ne promettez jamais un résultat que vous ne pouvez pas "
                                    "garantir. Soyez honnête sur ce que vous pouvez faire et "
                                    "ne pas faire."
                                ),
                                "is_best": False,
                                "next_step": "back-at-the-office",
                            },
                            {
                                "label": (
                                    "La remercier, vérifier si elle est en sécurité ce soir, "
                                    "lui expliquer honnêtement ce que vous devez faire de "
                                    "l'information et pourquoi, et lui dire que de l'aide "
                                    "existe pour les travailleurs dans sa situation."
                                ),
                                "consequence": (
                                    "<p>Elle dit qu'elle n'est pas en danger immédiat, mais "
                                    "qu'elle a peur. Elle comprend pourquoi la police doit "
                                    "être informée, et vous notez un moyen sûr de la "
                                    "joindre.</p>"
                                ),
                                "feedback": (
                                    "Bien. La sécurité d'abord, l'honnêteté sur les "
                                    "prochaines étapes et le respect de ses craintes "
                                    "bâtissent la confiance dont dépend toute aide "
                                    "ultérieure."
                                ),
                                "is_best": True,
                                "next_step": "back-at-the-office",
                            },
                            {
                                "label": (
                                    "Dire au superviseur que des travailleurs se sont "
                                    "plaints de leur paie, pour que l'employeur corrige la "
                                    "situation."
                                ),
                                "consequence": (
                                    "<p>Le superviseur veut savoir quelle travailleuse s'est "
                                    "plainte. Le lendemain, elle est mutée sur un autre site "
                                    "et il devient impossible de la joindre.</p>"
                                ),
                                "feedback": (
                                    "Le moindre indice donné à l'employeur sur les propos "
                                    "d'un travailleur peut l'exposer à des représailles. "
                                    "Gardez les confidences pour vous et orientez le dossier "
                                    "vers la police."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                    {
                        "key": "back-at-the-office",
                        "situation": (
                            "<p>De retour au bureau, vous relisez vos notes. Les infractions "
                            "en matière de salaire sont manifestes; le reste laisse "
                            "soupçonner du travail forcé.</p>"
                        ),
                        "choices": [
                            {
                                "label": "Émettre un ordre de paiement du salaire impayé et "
                                "fermer le dossier.",
                                "consequence": (
                                    "<p>L'employeur paie une partie des arriérés. Les "
                                    "passeports restent dans le coffre-fort et rien d'autre "
                                    "ne change pour les travailleurs.</p>"
                                ),
                                "feedback": (
                                    "Une mesure relative aux normes du travail ne règle pas, "
                                    "à elle seule, un cas possible de traite. Les signes de "
                                    "travail forcé doivent être signalés."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Suivre votre protocole : signaler promptement la "
                                    "situation à la police, consigner les faits avec "
                                    "exactitude et ne communiquer l'information que dans la "
                                    "mesure permise par la loi et vos politiques."
                                ),
                                "consequence": (
                                    "<p>La police ouvre une enquête et fait appel aux "
                                    "services d'aide aux victimes. Vos notes, y compris "
                                    "l'explication du gérant et les propos de la "
                                    "travailleuse, l'aident à planifier une intervention "
                                    "sécuritaire.</p>"
                                ),
                                "feedback": (
                                    "C'est exact. Un signalement rapide, des notes exactes et "
                                    "un échange d'information conforme à la loi transforment "
                                    "une inspection en protection."
                                ),
                                "is_best": True,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Écrire à l'employeur pour lui demander pourquoi les "
                                    "passeports des travailleurs sont dans le coffre-fort."
                                ),
                                "consequence": (
                                    "<p>L'employeur rend les passeports la semaine suivante, "
                                    "mais les menaces continuent et les preuves sont plus "
                                    "difficiles à trouver.</p>"
                                ),
                                "feedback": (
                                    "Écrire à l'employeur l'alerte avant que la police "
                                    "puisse agir. Signalez d'abord."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                ],
                "debrief": (
                    "<p>La rétention de documents est l'un des signes de contrôle les plus "
                    "nets. Le meilleur parcours a tenu l'employeur dans l'ignorance, offert "
                    "à la travailleuse une occasion sûre de parler, placé sa sécurité au "
                    "premier plan sans faire de promesses et abouti à un signalement rapide à "
                    "la police, appuyé par des notes exactes. Les mesures relatives aux "
                    "normes du travail restent importantes, mais elles ne remplacent pas un "
                    "signalement lorsqu'on soupçonne du travail forcé.</p>"
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "Lorsqu'ils sont retenus pour commettre ou faciliter la traite, quels "
                    "documents l'article 279.03 peut-il viser? Sélectionnez toutes les "
                    "réponses qui s'appliquent."
                ),
                "choices": [
                    {
                        "text": "Le passeport d'un travailleur délivré par un autre pays",
                        "is_correct": True,
                        "feedback": (
                            "Oui. L'article s'applique, que le document soit d'origine "
                            "canadienne ou non."
                        ),
                    },
                    {
                        "text": "Un document censé établir le statut d'immigrant du "
                        "travailleur, même s'il n'est pas authentique",
                        "is_correct": True,
                        "feedback": (
                            "Oui. L'article vise les pièces qui établissent ou sont censées "
                            "établir l'identité ou le statut d'immigrant, authentiques ou non."
                        ),
                    },
                    {
                        "text": "Le permis d'exploitation de l'entreprise de l'employeur",
                        "is_correct": False,
                        "feedback": (
                            "Non. L'article vise les documents appartenant à une autre "
                            "personne qui concernent le voyage, l'identité ou le statut "
                            "d'immigrant."
                        ),
                    },
                ],
                "explanation": (
                    "<p>L'article 279.03 vise les documents de voyage d'une autre personne et "
                    "les pièces qui établissent, ou sont censées établir, son identité ou son "
                    "statut d'immigrant, canadiens ou étrangers, authentiques ou non, "
                    "lorsqu'ils sont cachés, enlevés, retenus ou détruits en vue de commettre "
                    "ou de faciliter la traite.</p>"
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Lesson 4: high-risk employers and worker indicators
# ---------------------------------------------------------------------------

LESSON_INDICATORS = {
    "slug": "indicators-of-forced-labour",
    "slug_fr": "indicateurs-de-travail-force",
    "title": {
        "en": "Recognizing high-risk employers and worker indicators",
        "fr": "Reconnaître les employeurs à risque élevé et les indicateurs chez les travailleurs",
    },
    "summary": {
        "en": (
            "Employer, recruiter and worker signs that may point to forced labour, and how "
            "to weigh them together."
        ),
        "fr": (
            "Les signes liés à l'employeur, au recruteur et au travailleur qui peuvent "
            "indiquer du travail forcé, et comment les évaluer ensemble."
        ),
    },
    "estimated_minutes": 15,
    "body_en": [
        ("heading", {"text": "No single sign proves forced labour", "level": "h2"}),
        (
            "paragraph",
            "<p>Forced labour is hidden by design. Exploited foreign workers are often alone "
            "in Canada, without family or a support system, may face language barriers and "
            "may not see themselves as victims of trafficking. Many are skeptical of police "
            "and see little to gain by speaking up. Indicators help you decide when to look "
            "more closely and when to refer. Look at the whole picture, not at one detail in "
            "isolation.</p>"
            "<p>The plan also commits HRSDC to improve its internal detection and prevention "
            "protocols and its information systems so that high-risk employers can be "
            "identified. What you observe in the field feeds that work.</p>",
        ),
        ("heading", {"text": "What to look for", "level": "h2"}),
        (
            "accordion",
            {
                "title": "Indicators by source",
                "items": [
                    {
                        "heading": "The employer or workplace",
                        "body": (
                            "<ul>"
                            "<li>The employer or a supervisor holds workers' passports, "
                            "permits or identity documents.</li>"
                            "<li>The job, hours or pay differ from the job offer or "
                            "contract.</li>"
                            "<li>Workers are never left alone with an inspector or officer, or "
                            "a supervisor answers for them.</li>"
                            "<li>A compliance history, or a compliance review, that raised "
                            "concerns.</li>"
                            "<li>Workers live in housing controlled by the employer and "
                            "cannot come and go freely.</li>"
                            "</ul>"
                        ),
                    },
                    {
                        "heading": "Recruiters and other third parties",
                        "body": (
                            "<ul>"
                            "<li>A recruiter, agent or other third party controls the "
                            "worker's pay, bank account or paperwork.</li>"
                            "<li>The worker says they owe a recruitment or travel debt they "
                            "cannot realistically repay.</li>"
                            "<li>The worker was promised a different job, employer or "
                            "location before arriving.</li>"
                            "<li>The same third party appears in several files with similar "
                            "concerns.</li>"
                            "</ul>"
                        ),
                    },
                    {
                        "heading": "The worker",
                        "body": (
                            "<ul>"
                            "<li>Seems fearful, anxious or watchful, especially when the "
                            "employer is present.</li>"
                            "<li>Mentions threats against themselves or their family, "
                            "including relatives abroad.</li>"
                            "<li>Shows signs of physical abuse, exhaustion or untreated "
                            "injuries.</li>"
                            "<li>Is isolated: does not know their address, has no phone, or "
                            "depends on the employer for everything.</li>"
                            "<li>Fears police or immigration authorities, or has been told "
                            "they will be deported if they complain.</li>"
                            "</ul>"
                        ),
                    },
                ],
            },
        ),
        (
            "indicator_checklist",
            {
                "title": "Which observations may indicate forced labour?",
                "instructions": (
                    "Select every observation that may indicate forced labour, then check "
                    "your answers."
                ),
                "items": [
                    {
                        "text": "The supervisor keeps all the workers' passports in a locked "
                        "drawer.",
                        "is_indicator": True,
                        "feedback": (
                            "Withholding identity documents is a key means of control and may "
                            "be an offence under section 279.03."
                        ),
                    },
                    {
                        "text": "A worker asks you how overtime pay is calculated.",
                        "is_indicator": False,
                        "feedback": (
                            "Asking about rights is normal and, on its own, suggests a worker "
                            "who feels able to speak up."
                        ),
                    },
                    {
                        "text": "A worker says her brother at home was threatened when she "
                        "asked to change jobs.",
                        "is_indicator": True,
                        "feedback": (
                            "Threats against people the worker knows go to the heart of "
                            "exploitation under section 279.04."
                        ),
                    },
                    {
                        "text": "Workers are driven from employer-owned housing to the site "
                        "and may not go out on their own.",
                        "is_indicator": True,
                        "feedback": (
                            "Restrictions on movement and dependence on the employer for "
                            "housing are strong indicators of control."
                        ),
                    },
                    {
                        "text": "Health and safety notices are posted in the workers' languages.",
                        "is_indicator": False,
                        "feedback": (
                            "This is good practice, not an indicator, although it does not "
                            "rule out problems elsewhere."
                        ),
                    },
                    {
                        "text": "A recruiter collects the workers' wages and gives them a "
                        "small allowance.",
                        "is_indicator": True,
                        "feedback": (
                            "Third-party control of pay is a serious warning sign. Some "
                            "investigations have involved fraudulent use of the program by "
                            "third parties."
                        ),
                    },
                    {
                        "text": "A worker's duties and pay are very different from those in "
                        "the job offer.",
                        "is_indicator": True,
                        "feedback": (
                            "A job that does not match the offer is a compliance issue and a "
                            "possible sign of deception."
                        ),
                    },
                    {
                        "text": "A worker is tired at the end of a long harvest shift.",
                        "is_indicator": False,
                        "feedback": (
                            "Tiredness after a long shift is common and not, on its own, an "
                            "indicator. Constant exhaustion together with other signs is "
                            "different."
                        ),
                    },
                    {
                        "text": "A supervisor insists on staying and answers for the worker "
                        "during your interview.",
                        "is_indicator": True,
                        "feedback": (
                            "Someone who controls what a worker can say is an indicator. "
                            "Arrange to speak with the worker alone."
                        ),
                    },
                ],
                "summary": (
                    "<p>Six observations are indicators: withheld passports, threats against "
                    "family, restricted movement, third-party control of wages, a job that "
                    "does not match the offer and a supervisor who will not let the worker "
                    "speak. No single indicator proves forced labour, but several together "
                    "call for a referral to police.</p>"
                ),
            },
        ),
        (
            "comparison_table",
            {
                "caption": "Higher-risk signs and reassuring practices",
                "row_heading": "Area",
                "columns": ["Higher-risk sign", "Reassuring practice"],
                "rows": [
                    {
                        "label": "Documents",
                        "cells": [
                            "The employer or a third party holds passports and permits.",
                            "Workers keep their own documents.",
                        ],
                    },
                    {
                        "label": "Job offer",
                        "cells": [
                            "Duties, hours or pay differ from the job offer.",
                            "The work matches the job offer and the contract.",
                        ],
                    },
                    {
                        "label": "Pay",
                        "cells": [
                            "Wages are withheld, paid to a third party or cut by unexplained "
                            "deductions.",
                            "Workers are paid directly and receive clear pay statements.",
                        ],
                    },
                    {
                        "label": "Housing and movement",
                        "cells": [
                            "Workers live where the employer decides and cannot come and go.",
                            "Workers decide when and where they go outside working hours.",
                        ],
                    },
                    {
                        "label": "Communication",
                        "cells": [
                            "Supervisors are always present or speak for workers.",
                            "Workers can speak privately with officers, in a language they "
                            "understand.",
                        ],
                    },
                ],
            },
        ),
        (
            "case_excerpt",
            {
                "quote": (
                    "A group of men recruited abroad for construction work share a crowded "
                    "house owned by their employer. They are driven to sites each morning "
                    "and collected at night. Their wages go to a “manager” who deducts rent, "
                    "food and transport, leaving almost nothing. They have been told that "
                    "police will have anyone who complains deported."
                ),
                "citation": ILLUSTRATIVE_EN,
                "note": (
                    "<p>Control here works without locks: dependence on the employer for "
                    "housing and transport, third-party control of pay and a deliberately "
                    "created fear of authorities. The plan identifies male as well as female "
                    "migrant workers as vulnerable to forced labour.</p>"
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "During a site visit, a worker says everything is fine, but he looks at "
                    "his supervisor before each answer and the supervisor finishes his "
                    "sentences. What is the best conclusion?"
                ),
                "choices": [
                    {
                        "text": "He has said there is no problem, so there is nothing more to do.",
                        "is_correct": False,
                        "feedback": (
                            "Victims often deny problems, especially when the person "
                            "controlling them is present."
                        ),
                    },
                    {
                        "text": (
                            "He may not be able to speak freely: note what you saw and find a "
                            "way to speak with him privately."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Control over what a worker can say is itself an indicator."
                        ),
                    },
                    {
                        "text": (
                            "He is hiding something, so send the supervisor away and question "
                            "him firmly."
                        ),
                        "is_correct": False,
                        "feedback": (
                            "Pressure and confrontation can frighten the worker and alert the "
                            "employer. Create a safe, private opportunity instead."
                        ),
                    },
                ],
                "explanation": (
                    "<p>Foreign workers may not see themselves as victims and may fear the "
                    "consequences of speaking. A supervisor who hovers or speaks for a worker "
                    "is an indicator in itself. Record what you observe and arrange a "
                    "private conversation, with an independent interpreter if needed.</p>"
                ),
            },
        ),
    ],
    "body_fr": [
        ("heading", {"text": "Aucun signe ne prouve à lui seul le travail forcé", "level": "h2"}),
        (
            "paragraph",
            "<p>Le travail forcé est caché par nature. Les travailleurs étrangers exploités "
            "sont souvent seuls au Canada, sans famille ni réseau de soutien, peuvent se "
            "heurter à la barrière de la langue et ne se voient pas forcément comme des "
            "victimes de la traite. Beaucoup se méfient de la police et voient peu "
            "d'avantages à parler. Les indicateurs vous aident à décider quand examiner la "
            "situation de plus près et quand signaler le cas. Considérez l'ensemble de la "
            "situation, et non un détail isolé.</p>"
            "<p>Le plan engage aussi RHDCC à améliorer ses protocoles internes de détection "
            "et de prévention ainsi que ses systèmes d'information afin de repérer les "
            "employeurs à risque élevé. Vos observations sur le terrain alimentent ce "
            "travail.</p>",
        ),
        ("heading", {"text": "Ce qu'il faut surveiller", "level": "h2"}),
        (
            "accordion",
            {
                "title": "Indicateurs selon la source",
                "items": [
                    {
                        "heading": "L'employeur ou le lieu de travail",
                        "body": (
                            "<ul>"
                            "<li>L'employeur ou un superviseur détient les passeports, les "
                            "permis ou les pièces d'identité des travailleurs.</li>"
                            "<li>L'emploi, les heures ou le salaire diffèrent de l'offre "
                            "d'emploi ou du contrat.</li>"
                            "<li>Les travailleurs ne sont jamais laissés seuls avec un "
                            "inspecteur ou un agent, ou un superviseur répond à leur "
                            "place.</li>"
                            "<li>Des antécédents de conformité, ou un examen de conformité, "
                            "ont soulevé des préoccupations.</li>"
                            "<li>Les travailleurs sont logés dans un lieu contrôlé par "
                            "l'employeur et ne peuvent pas aller et venir librement.</li>"
                            "</ul>"
                        ),
                    },
                    {
                        "heading": "Les recruteurs et autres tiers",
                        "body": (
                            "<ul>"
                            "<li>Un recruteur, un agent ou un autre tiers contrôle la paie, "
                            "le compte bancaire ou les documents du travailleur.</li>"
                            "<li>Le travailleur dit devoir des frais de recrutement ou de "
                            "voyage qu'il ne peut pas raisonnablement rembourser.</li>"
                            "<li>On lui avait promis un autre emploi, un autre employeur ou "
                            "un autre lieu avant son arrivée.</li>"
                            "<li>Le même tiers apparaît dans plusieurs dossiers qui "
                            "soulèvent des préoccupations semblables.</li>"
                            "</ul>"
                        ),
                    },
                    {
                        "heading": "Le travailleur",
                        "body": (
                            "<ul>"
                            "<li>Il semble craintif, anxieux ou sur ses gardes, surtout en "
                            "présence de l'employeur.</li>"
                            "<li>Il évoque des menaces contre lui ou sa famille, y compris "
                            "des proches à l'étranger.</li>"
                            "<li>Il présente des signes de violence physique, d'épuisement "
                            "ou de blessures non soignées.</li>"
                            "<li>Il est isolé : il ne connaît pas son adresse, n'a pas de "
                            "téléphone ou dépend de l'employeur pour tout.</li>"
                            "<li>Il craint la police ou les autorités de l'immigration, ou "
                            "on lui a dit qu'il serait expulsé s'il se plaignait.</li>"
                            "</ul>"
                        ),
                    },
                ],
            },
        ),
        (
            "indicator_checklist",
            {
                "title": "Quelles observations peuvent indiquer du travail forcé?",
                "instructions": (
                    "Sélectionnez toutes les observations qui peuvent indiquer du travail "
                    "forcé, puis vérifiez vos réponses."
                ),
                "items": [
                    {
                        "text": "Le superviseur garde tous les passeports des travailleurs "
                        "dans un tiroir verrouillé.",
                        "is_indicator": True,
                        "feedback": (
                            "La rétention des pièces d'identité est un moyen de contrôle clé "
                            "et peut constituer une infraction au sens de l'article 279.03."
                        ),
                    },
                    {
                        "text": "Un travailleur vous demande comment sont calculées les "
                        "heures supplémentaires.",
                        "is_indicator": False,
                        "feedback": (
                            "S'informer de ses droits est normal et, en soi, laisse croire "
                            "que le travailleur se sent libre de parler."
                        ),
                    },
                    {
                        "text": "Une travailleuse dit que son frère, au pays, a été menacé "
                        "quand elle a demandé à changer d'emploi.",
                        "is_indicator": True,
                        "feedback": (
                            "Les menaces visant des personnes que le travailleur connaît sont "
                            "au cœur de l'exploitation au sens de l'article 279.04."
                        ),
                    },
                    {
                        "text": "Les travailleurs sont conduits du logement de l'employeur "
                        "au chantier et n'ont pas le droit de sortir seuls.",
                        "is_indicator": True,
                        "feedback": (
                            "Les restrictions de déplacement et la dépendance envers "
                            "l'employeur pour le logement sont de forts indicateurs de "
                            "contrôle."
                        ),
                    },
                    {
                        "text": "Les avis de santé et de sécurité sont affichés dans les "
                        "langues des travailleurs.",
                        "is_indicator": False,
                        "feedback": (
                            "C'est une bonne pratique, et non un indicateur, même si cela "
                            "n'exclut pas des problèmes ailleurs."
                        ),
                    },
                    {
                        "text": "Un recruteur touche le salaire des travailleurs et leur "
                        "remet une petite allocation.",
                        "is_indicator": True,
                        "feedback": (
                            "Le contrôle de la paie par un tiers est un signal d'alarme "
                            "sérieux. Certaines enquêtes ont porté sur l'utilisation "
                            "frauduleuse du programme par des tiers."
                        ),
                    },
                    {
                        "text": "Les tâches et le salaire d'un travailleur sont très "
                        "différents de ceux de l'offre d'emploi.",
                        "is_indicator": True,
                        "feedback": (
                            "Un emploi qui ne correspond pas à l'offre pose un problème de "
                            "conformité et peut signaler une tromperie."
                        ),
                    },
                    {
                        "text": "Un travailleur est fatigué à la fin d'un long quart de récolte.",
                        "is_indicator": False,
                        "feedback": (
                            "La fatigue après un long quart est courante et ne constitue pas, "
                            "à elle seule, un indicateur. Un épuisement constant, associé à "
                            "d'autres signes, c'est autre chose."
                        ),
                    },
                    {
                        "text": "Un superviseur insiste pour rester et répond à la place du "
                        "travailleur pendant votre entrevue.",
                        "is_indicator": True,
                        "feedback": (
                            "Une personne qui contrôle ce que le travailleur peut dire est un "
                            "indicateur. Prévoyez de lui parler seul à seul."
                        ),
                    },
                ],
                "summary": (
                    "<p>Six observations sont des indicateurs : les passeports retenus, les "
                    "menaces contre la famille, les restrictions de déplacement, le contrôle "
                    "du salaire par un tiers, un emploi qui ne correspond pas à l'offre et un "
                    "superviseur qui empêche le travailleur de parler. Aucun indicateur ne "
                    "prouve à lui seul le travail forcé, mais plusieurs réunis justifient un "
                    "signalement à la police.</p>"
                ),
            },
        ),
        (
            "comparison_table",
            {
                "caption": "Signes de risque élevé et pratiques rassurantes",
                "row_heading": "Domaine",
                "columns": ["Signe de risque élevé", "Pratique rassurante"],
                "rows": [
                    {
                        "label": "Documents",
                        "cells": [
                            "L'employeur ou un tiers détient les passeports et les permis.",
                            "Les travailleurs gardent leurs propres documents.",
                        ],
                    },
                    {
                        "label": "Offre d'emploi",
                        "cells": [
                            "Les tâches, les heures ou le salaire diffèrent de l'offre d'emploi.",
                            "Le travail correspond à l'offre d'emploi et au contrat.",
                        ],
                    },
                    {
                        "label": "Salaire",
                        "cells": [
                            "Le salaire est retenu, versé à un tiers ou amputé de retenues "
                            "inexpliquées.",
                            "Les travailleurs sont payés directement et reçoivent des relevés "
                            "de paie clairs.",
                        ],
                    },
                    {
                        "label": "Logement et déplacements",
                        "cells": [
                            "Les travailleurs logent là où l'employeur le décide et ne "
                            "peuvent pas aller et venir.",
                            "Les travailleurs décident où et quand ils sortent en dehors des "
                            "heures de travail.",
                        ],
                    },
                    {
                        "label": "Communication",
                        "cells": [
                            "Les superviseurs sont toujours présents ou parlent à la place "
                            "des travailleurs.",
                            "Les travailleurs peuvent parler en privé aux agents, dans une "
                            "langue qu'ils comprennent.",
                        ],
                    },
                ],
            },
        ),
        (
            "case_excerpt",
            {
                "quote": (
                    "Des hommes recrutés à l'étranger pour travailler dans la construction "
                    "s'entassent dans une maison appartenant à leur employeur. On les conduit "
                    "aux chantiers chaque matin et on vient les chercher le soir. Leur salaire "
                    "est versé à un « gérant » qui retient le loyer, la nourriture et le "
                    "transport, si bien qu'il ne leur reste presque rien. On leur a dit que "
                    "la police ferait expulser quiconque se plaindrait."
                ),
                "citation": ILLUSTRATIVE_FR,
                "note": (
                    "<p>Ici, le contrôle s'exerce sans verrous : dépendance envers l'employeur "
                    "pour le logement et le transport, contrôle de la paie par un tiers et "
                    "peur des autorités entretenue délibérément. Le plan désigne les "
                    "travailleurs migrants, hommes comme femmes, comme vulnérables au travail "
                    "forcé.</p>"
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "Lors d'une visite, un travailleur affirme que tout va bien, mais il "
                    "regarde son superviseur avant chaque réponse et celui-ci termine ses "
                    "phrases. Quelle est la meilleure conclusion?"
                ),
                "choices": [
                    {
                        "text": "Il a dit qu'il n'y avait aucun problème; il n'y a donc "
                        "rien d'autre à faire.",
                        "is_correct": False,
                        "feedback": (
                            "Les victimes nient souvent avoir des problèmes, surtout en "
                            "présence de la personne qui les contrôle."
                        ),
                    },
                    {
                        "text": (
                            "Il n'est peut-être pas libre de parler : notez ce que vous avez "
                            "vu et trouvez un moyen de lui parler en privé."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Exact. Le contrôle exercé sur ce que dit un travailleur est en "
                            "soi un indicateur."
                        ),
                    },
                    {
                        "text": (
                            "Il cache quelque chose; faites sortir le superviseur et "
                            "interrogez-le fermement."
                        ),
                        "is_correct": False,
                        "feedback": (
                            "La pression et la confrontation peuvent effrayer le travailleur "
                            "et alerter l'employeur. Créez plutôt une occasion sûre et "
                            "privée."
                        ),
                    },
                ],
                "explanation": (
                    "<p>Les travailleurs étrangers ne se considèrent pas toujours comme des "
                    "victimes et peuvent craindre les conséquences d'une prise de parole. Un "
                    "superviseur qui reste à proximité ou parle à la place d'un travailleur "
                    "constitue en soi un indicateur. Consignez vos observations et prévoyez "
                    "une conversation privée, avec un interprète indépendant au besoin.</p>"
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Lesson 5: what to do when you suspect forced labour
# ---------------------------------------------------------------------------

LESSON_RESPONDING = {
    "slug": "when-you-suspect-forced-labour",
    "slug_fr": "soupcon-de-travail-force",
    "title": {
        "en": "When you suspect forced labour",
        "fr": "Quand vous soupçonnez du travail forcé",
    },
    "summary": {
        "en": (
            "Put safety first, avoid alerting the employer, refer to the right partners and "
            "share information within the law."
        ),
        "fr": (
            "Placer la sécurité au premier plan, éviter d'alerter l'employeur, orienter vers "
            "les bons partenaires et échanger l'information dans le respect de la loi."
        ),
    },
    "estimated_minutes": 20,
    "body_en": [
        ("heading", {"text": "Your role: notice, protect, refer", "level": "h2"}),
        (
            "paragraph",
            "<p>Labour inspectors and TFWP and Service Canada officers are not police "
            "investigators, but they may be the first outsiders to see a worker's real "
            "situation. That is why the plan commits to raising awareness of trafficking for "
            "forced labour among labour inspectors, in collaboration with the RCMP, and to "
            "developing training modules for TFWP and Service Canada officers.</p>"
            "<p>When you suspect forced labour, follow your organization's procedures and "
            "these steps:</p>"
            "<ol>"
            "<li><strong>Safety first.</strong> If anyone is in immediate danger, call 911. "
            "Think about the safety of the worker, of other workers and of yourself.</li>"
            "<li><strong>Do not alert the employer.</strong> Keep your concerns to yourself on "
            "site and in any contact with the employer.</li>"
            "<li><strong>Speak privately.</strong> Talk with the worker away from supervisors, "
            "with an independent interpreter, never one supplied by the employer.</li>"
            "<li><strong>Make no promises.</strong> Be honest about what you can and cannot "
            "do.</li>"
            "<li><strong>Refer promptly.</strong> Contact the police of jurisdiction or the "
            "RCMP, and follow your protocol for involving other partners.</li>"
            "<li><strong>Record, and share within the law.</strong> Write down what you saw "
            "and heard, accurately and without speculation, and share information only as "
            "the law and your policies allow.</li>"
            "</ol>",
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "Do not alert the employer",
                "body": (
                    "<p>Confronting an employer, asking for explanations or mentioning "
                    "trafficking can lead to retaliation against workers, to workers being "
                    "moved or hidden, and to evidence being destroyed. Victims may face "
                    "serious, even fatal, consequences if a trafficker believes they tried to "
                    "escape or spoke out. Refer first, and let police decide how and when to "
                    "approach the employer.</p>"
                ),
            },
        ),
        (
            "accordion",
            {
                "title": "Who to contact",
                "items": [
                    {
                        "heading": "Police",
                        "body": (
                            "<p>The police of jurisdiction (municipal, provincial or the RCMP) "
                            "investigate Criminal Code offences. The RCMP's Human Trafficking "
                            "National Coordination Centre coordinates national efforts, and "
                            "RCMP human trafficking awareness coordinators work across the "
                            "country. In an emergency, call 911.</p>"
                        ),
                    },
                    {
                        "heading": "Canada Border Services Agency (CBSA)",
                        "body": (
                            "<p>The CBSA works with the RCMP on human trafficking, including "
                            "in a dedicated integrated enforcement team, and with partners on "
                            "outreach to vulnerable foreign nationals. Immigration offences, "
                            "such as organizing a person's entry into Canada by fraud, "
                            "deception or coercion, may be involved.</p>"
                        ),
                    },
                    {
                        "heading": "Citizenship and Immigration Canada (CIC)",
                        "body": (
                            "<p>Immigration officers can issue temporary resident permits to "
                            "foreign national victims of trafficking.</p>"
                        ),
                    },
                    {
                        "heading": "Victim services and non-governmental organizations",
                        "body": (
                            "<p>They help with safety, shelter, health care and other needs. "
                            "The RCMP has been developing, with partners, a list of service "
                            "providers and NGOs that can meet victims' needs.</p>"
                        ),
                    },
                    {
                        "heading": "Provincial and territorial partners",
                        "body": (
                            "<p>Provinces and territories enforce labour standards, "
                            "occupational health and safety and labour relations in their own "
                            "jurisdiction, and work with the federal government to deliver "
                            "services to trafficking victims.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "information",
                "title": "Protections for foreign national victims",
                "body": (
                    "<p>Workers often fear that speaking up will lead to deportation. The plan "
                    "describes protections you can mention in general terms:</p>"
                    "<ul>"
                    "<li>Immigration officers can issue short-term temporary resident permits "
                    "to foreign national victims of trafficking.</li>"
                    "<li>These victims can receive interim federal health care.</li>"
                    "<li>Victims are not required to testify against their trafficker to "
                    "obtain temporary or permanent resident status.</li>"
                    "</ul>"
                    "<p>Do not promise any outcome: decisions belong to the responsible "
                    "authorities.</p>"
                ),
            },
        ),
        (
            "scenario",
            {
                "title": "A call to Service Canada",
                "intro": (
                    "<p>You are a TFWP officer at Service Canada. A woman calls and asks to "
                    "speak to someone about her employer. Choose what you would do at each "
                    "step.</p>"
                ),
                "steps": [
                    {
                        "key": "call",
                        "situation": (
                            "<p>Speaking quietly, the caller explains that she came to Canada "
                            "as a live-in caregiver. She works from early morning until late "
                            "at night, seven days a week, and her employer has kept her "
                            "passport since she arrived. She asks whether she is allowed to "
                            "leave.</p>"
                        ),
                        "choices": [
                            {
                                "label": (
                                    "Ask her to send a written complaint so the department "
                                    "can ask the employer for their side of the story."
                                ),
                                "consequence": (
                                    "<p>She hangs up. A written complaint would take time, "
                                    "and contacting the employer could expose her to "
                                    "retaliation.</p>"
                                ),
                                "feedback": (
                                    "A process that alerts the employer is not the right "
                                    "first step when there are signs of forced labour."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Ask whether she is safe right now and able to speak "
                                    "freely, and tell her you are there to help."
                                ),
                                "consequence": (
                                    "<p>She says her employer is out for an hour and she is "
                                    "using the home phone. She is frightened but not "
                                    "hurt.</p>"
                                ),
                                "feedback": (
                                    "Good. Checking safety and privacy first tells you how "
                                    "much time you have and how to continue."
                                ),
                                "is_best": True,
                                "next_step": "threats",
                            },
                            {
                                "label": (
                                    "Explain that live-in caregivers have to stay with their "
                                    "employer under the program."
                                ),
                                "consequence": (
                                    "<p>She thanks you and hangs up, convinced that no one can "
                                    "help her.</p>"
                                ),
                                "feedback": (
                                    "Never discourage a worker who may be at risk. Focus on "
                                    "her safety and on getting her help."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                    {
                        "key": "threats",
                        "situation": (
                            "<p>She tells you that when she asked for a day off, her employer "
                            "said he would report her to immigration and that his relatives "
                            "in her home town would make her family pay. She is afraid that "
                            "if she goes to police she will be sent home.</p>"
                        ),
                        "choices": [
                            {
                                "label": (
                                    "Tell her that without her passport she may be in "
                                    "trouble and should be careful about contacting anyone."
                                ),
                                "consequence": (
                                    "<p>Her fear grows, and she decides to stay where she is.</p>"
                                ),
                                "feedback": (
                                    "This repeats the trafficker's message. The person whose "
                                    "passport is withheld is not the wrongdoer; withholding "
                                    "documents to facilitate trafficking can be an offence."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Without promising outcomes, explain that help exists, "
                                    "including temporary resident permits for foreign "
                                    "national victims, and that victims do not have to "
                                    "testify to obtain status. Agree on a safe way and time "
                                    "to reach her."
                                ),
                                "consequence": (
                                    "<p>She is relieved to hear that there are options. She "
                                    "agrees that you may pass her information to police and "
                                    "tells you when she can safely take a call.</p>"
                                ),
                                "feedback": (
                                    "Good. Accurate general information, no promises and a "
                                    "safe contact plan give her a real choice."
                                ),
                                "is_best": True,
                                "next_step": "follow-up",
                            },
                            {
                                "label": (
                                    "Call 911 right away and give them the employer's address "
                                    "without telling her."
                                ),
                                "consequence": (
                                    "<p>Police arrive after the employer has come home. She "
                                    "is frightened and denies everything, and the employer "
                                    "now knows that someone called.</p>"
                                ),
                                "feedback": (
                                    "Call 911 when someone is in immediate danger. Otherwise, "
                                    "refer through your protocol so police can plan a safe "
                                    "approach, and keep the worker informed."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                    {
                        "key": "follow-up",
                        "situation": (
                            "<p>The call has ended. You have her first name, the employer's "
                            "name and a time when she can talk safely.</p>"
                        ),
                        "choices": [
                            {
                                "label": (
                                    "Send the employer a compliance review notice so the "
                                    "program can look into the file."
                                ),
                                "consequence": (
                                    "<p>The employer guesses who complained and takes away "
                                    "the caregiver's access to the phone.</p>"
                                ),
                                "feedback": (
                                    "Compliance action can come later. First, refer without "
                                    "alerting the employer."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Refer the matter to police right away under your "
                                    "protocol, inform your supervisor, record the call "
                                    "accurately and share information only as the law and "
                                    "your policies allow."
                                ),
                                "consequence": (
                                    "<p>Police and victim services call her at the agreed "
                                    "time and plan with her how she can leave safely.</p>"
                                ),
                                "feedback": (
                                    "Right. A prompt, well-documented referral lets the "
                                    "people who can act do so safely."
                                ),
                                "is_best": True,
                                "next_step": "",
                            },
                        ],
                    },
                ],
                "debrief": (
                    "<p>A single phone call may be a worker's only chance to ask for help. The "
                    "best path checked safety and privacy first, gave accurate information "
                    "without promises, took her fear of the authorities seriously and led to a "
                    "prompt referral that did not alert the employer. Compliance measures "
                    "remain important, but timing matters: protect first, then pursue "
                    "compliance.</p>"
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "You suspect forced labour at a site you inspected. Which actions could "
                    "alert the employer and put workers at risk? Select all that apply."
                ),
                "choices": [
                    {
                        "text": "Asking the manager why the workers' passports are in the office",
                        "is_correct": True,
                        "feedback": "Yes. Questions about documents tell the employer what "
                        "you suspect.",
                    },
                    {
                        "text": "Sending the employer a letter asking for an explanation",
                        "is_correct": True,
                        "feedback": (
                            "Yes. A written request alerts the employer before police can "
                            "plan a response."
                        ),
                    },
                    {
                        "text": "Referring the matter to police under your protocol",
                        "is_correct": False,
                        "feedback": (
                            "No. A referral lets police plan a safe approach without tipping "
                            "off the employer."
                        ),
                    },
                    {
                        "text": "Recording your observations accurately in your notes",
                        "is_correct": False,
                        "feedback": (
                            "No. Accurate notes support the referral and stay within your "
                            "organization."
                        ),
                    },
                ],
                "explanation": (
                    "<p>Anything that tells the employer what you suspect can lead to "
                    "retaliation, to workers being moved and to lost evidence. Refer first, "
                    "keep good notes and let police decide how to approach the employer.</p>"
                ),
            },
        ),
    ],
    "body_fr": [
        ("heading", {"text": "Votre rôle : remarquer, protéger, signaler", "level": "h2"}),
        (
            "paragraph",
            "<p>Les inspecteurs du travail et les agents du PTET et de Service Canada ne "
            "sont pas des enquêteurs de police, mais ils sont parfois les premières "
            "personnes de l'extérieur à voir la situation réelle d'un travailleur. C'est "
            "pourquoi le plan prévoit de sensibiliser les inspecteurs du travail à la traite "
            "à des fins de travail forcé, en collaboration avec la GRC, et de créer des "
            "modules de formation pour les agents du PTET et de Service Canada.</p>"
            "<p>Si vous soupçonnez du travail forcé, suivez les procédures de votre "
            "organisation et les étapes suivantes :</p>"
            "<ol>"
            "<li><strong>La sécurité d'abord.</strong> Si quelqu'un est en danger immédiat, "
            "composez le 911. Pensez à la sécurité du travailleur, des autres travailleurs "
            "et à la vôtre.</li>"
            "<li><strong>N'alertez pas l'employeur.</strong> Gardez vos soupçons pour vous "
            "sur place et dans tout contact avec l'employeur.</li>"
            "<li><strong>Parlez en privé.</strong> Entretenez-vous avec le travailleur à "
            "l'écart des superviseurs, avec un interprète indépendant, jamais un interprète "
            "fourni par l'employeur.</li>"
            "<li><strong>Ne faites aucune promesse.</strong> Soyez honnête sur ce que vous "
            "pouvez faire et ne pas faire.</li>"
            "<li><strong>Signalez rapidement.</strong> Communiquez avec le service de police "
            "compétent ou la GRC, et suivez votre protocole pour faire appel aux autres "
            "partenaires.</li>"
            "<li><strong>Consignez, et communiquez dans le respect de la loi.</strong> Notez "
            "ce que vous avez vu et entendu, avec exactitude et sans conjectures, et ne "
            "communiquez l'information que dans la mesure permise par la loi et vos "
            "politiques.</li>"
            "</ol>",
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": "N'alertez pas l'employeur",
                "body": (
                    "<p>Confronter un employeur, lui demander des explications ou évoquer la "
                    "traite peut entraîner des représailles contre les travailleurs, leur "
                    "déplacement ou leur dissimulation, et la destruction de preuves. Les "
                    "victimes peuvent subir des conséquences graves, voire fatales, si un "
                    "trafiquant croit qu'elles ont tenté de fuir ou qu'elles ont parlé. "
                    "Signalez d'abord, et laissez la police décider quand et comment "
                    "approcher l'employeur.</p>"
                ),
            },
        ),
        (
            "accordion",
            {
                "title": "Qui contacter",
                "items": [
                    {
                        "heading": "La police",
                        "body": (
                            "<p>Le service de police compétent (municipal, provincial ou la "
                            "GRC) enquête sur les infractions au Code criminel. Le Centre "
                            "national de coordination contre la traite de personnes de la GRC "
                            "coordonne les efforts à l'échelle nationale, et des "
                            "coordonnateurs de la sensibilisation à la traite de personnes de "
                            "la GRC travaillent partout au pays. En cas d'urgence, composez le "
                            "911.</p>"
                        ),
                    },
                    {
                        "heading": "L'Agence des services frontaliers du Canada (ASFC)",
                        "body": (
                            "<p>L'ASFC collabore avec la GRC dans la lutte contre la traite, "
                            "notamment au sein d'une équipe intégrée d'application de la loi, "
                            "et avec ses partenaires pour joindre les ressortissants étrangers "
                            "vulnérables. Des infractions en matière d'immigration, comme le "
                            "fait d'organiser l'entrée d'une personne au Canada par la fraude, "
                            "la tromperie ou la coercition, peuvent être en cause.</p>"
                        ),
                    },
                    {
                        "heading": "Citoyenneté et Immigration Canada (CIC)",
                        "body": (
                            "<p>Les agents d'immigration peuvent délivrer des permis de séjour "
                            "temporaire aux victimes de la traite de nationalité "
                            "étrangère.</p>"
                        ),
                    },
                    {
                        "heading": "Les services d'aide aux victimes et les organisations non "
                        "gouvernementales",
                        "body": (
                            "<p>Ils aident à répondre aux besoins de sécurité, d'hébergement, "
                            "de soins de santé et autres. La GRC a entrepris, avec ses "
                            "partenaires, de dresser une liste des fournisseurs de services "
                            "et des ONG en mesure de répondre aux besoins des victimes.</p>"
                        ),
                    },
                    {
                        "heading": "Les partenaires provinciaux et territoriaux",
                        "body": (
                            "<p>Les provinces et les territoires appliquent les normes du "
                            "travail, les règles de santé et de sécurité au travail et celles "
                            "des relations de travail sur leur territoire, et collaborent avec "
                            "le gouvernement fédéral pour offrir des services aux victimes de "
                            "la traite.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "information",
                "title": "Les protections offertes aux victimes de nationalité étrangère",
                "body": (
                    "<p>Les travailleurs craignent souvent que le fait de parler entraîne "
                    "leur expulsion. Le plan décrit des protections que vous pouvez "
                    "mentionner en termes généraux :</p>"
                    "<ul>"
                    "<li>Les agents d'immigration peuvent délivrer des permis de séjour "
                    "temporaire de courte durée aux victimes de la traite de nationalité "
                    "étrangère.</li>"
                    "<li>Ces victimes peuvent recevoir des soins de santé fédéraux "
                    "provisoires.</li>"
                    "<li>Les victimes ne sont pas tenues de témoigner contre leur trafiquant "
                    "pour obtenir le statut de résident temporaire ou permanent.</li>"
                    "</ul>"
                    "<p>Ne promettez aucun résultat : les décisions appartiennent aux "
                    "autorités compétentes.</p>"
                ),
            },
        ),
        (
            "scenario",
            {
                "title": "Un appel à Service Canada",
                "intro": (
                    "<p>Vous êtes agent du PTET à Service Canada. Une femme appelle et "
                    "demande à parler à quelqu'un au sujet de son employeur. Choisissez ce que "
                    "vous feriez à chaque étape.</p>"
                ),
                "steps": [
                    {
                        "key": "call",
                        "situation": (
                            "<p>À voix basse, l'appelante explique qu'elle est venue au "
                            "Canada comme aide familiale résidante. Elle travaille du petit "
                            "matin jusque tard le soir, sept jours sur sept, et son employeur "
                            "garde son passeport depuis son arrivée. Elle demande si elle a "
                            "le droit de partir.</p>"
                        ),
                        "choices": [
                            {
                                "label": (
                                    "Lui demander d'envoyer une plainte écrite pour que le "
                                    "ministère puisse obtenir la version de l'employeur."
                                ),
                                "consequence": (
                                    "<p>Elle raccroche. Une plainte écrite prendrait du "
                                    "temps, et communiquer avec l'employeur pourrait "
                                    "l'exposer à des représailles.</p>"
                                ),
                                "feedback": (
                                    "Une démarche qui alerte l'employeur n'est pas la bonne "
                                    "première étape lorsqu'il y a des signes de travail "
                                    "forcé."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Lui demander si elle est en sécurité en ce moment et "
                                    "libre de parler, et lui dire que vous êtes là pour "
                                    "l'aider."
                                ),
                                "consequence": (
                                    "<p>Elle répond que son employeur est sorti pour une "
                                    "heure et qu'elle utilise le téléphone de la maison. Elle "
                                    "a peur, mais n'est pas blessée.</p>"
                                ),
                                "feedback": (
                                    "Bien. Vérifier d'abord la sécurité et la "
                                    "confidentialité vous indique de combien de temps vous "
                                    "disposez et comment poursuivre."
                                ),
                                "is_best": True,
                                "next_step": "threats",
                            },
                            {
                                "label": (
                                    "Lui expliquer que les aides familiaux résidants doivent "
                                    "rester chez leur employeur dans le cadre du programme."
                                ),
                                "consequence": (
                                    "<p>Elle vous remercie et raccroche, convaincue que "
                                    "personne ne peut l'aider.</p>"
                                ),
                                "feedback": (
                                    "Ne découragez jamais un travailleur qui pourrait être "
                                    "en danger. Concentrez-vous sur sa sécurité et sur l'aide "
                                    "à lui apporter."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                    {
                        "key": "threats",
                        "situation": (
                            "<p>Elle raconte que lorsqu'elle a demandé un jour de congé, son "
                            "employeur a dit qu'il la dénoncerait à l'immigration et que des "
                            "membres de sa famille à lui, dans sa ville natale à elle, le "
                            "feraient payer à ses proches. Elle craint d'être renvoyée chez "
                            "elle si elle s'adresse à la police.</p>"
                        ),
                        "choices": [
                            {
                                "label": (
                                    "Lui dire que sans passeport, elle risque d'avoir des "
                                    "ennuis et qu'elle devrait être prudente avant de "
                                    "contacter qui que ce soit."
                                ),
                                "consequence": (
                                    "<p>Sa peur grandit, et elle décide de rester où elle est.</p>"
                                ),
                                "feedback": (
                                    "Vous reprenez ainsi le message du trafiquant. La "
                                    "personne dont on retient le passeport n'est pas en "
                                    "faute; retenir des documents pour faciliter la traite "
                                    "peut constituer une infraction."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Sans rien promettre, lui expliquer que de l'aide existe, "
                                    "notamment des permis de séjour temporaire pour les "
                                    "victimes de nationalité étrangère, et que les victimes "
                                    "n'ont pas à témoigner pour obtenir un statut. Convenir "
                                    "d'un moyen et d'un moment sûrs pour la joindre."
                                ),
                                "consequence": (
                                    "<p>Elle est soulagée d'apprendre qu'il existe des "
                                    "options. Elle accepte que vous transmettiez ses "
                                    "renseignements à la police et vous indique quand elle "
                                    "peut prendre un appel en toute sécurité.</p>"
                                ),
                                "feedback": (
                                    "Bien. Une information générale exacte, aucune promesse "
                                    "et un plan de contact sûr lui offrent un vrai choix."
                                ),
                                "is_best": True,
                                "next_step": "follow-up",
                            },
                            {
                                "label": (
                                    "Composer immédiatement le 911 et donner l'adresse de "
                                    "l'employeur sans la prévenir."
                                ),
                                "consequence": (
                                    "<p>La police arrive après le retour de l'employeur. "
                                    "Effrayée, elle nie tout, et l'employeur sait maintenant "
                                    "que quelqu'un a appelé.</p>"
                                ),
                                "feedback": (
                                    "Composez le 911 lorsqu'une personne est en danger "
                                    "immédiat. Sinon, signalez le cas selon votre protocole "
                                    "pour que la police puisse planifier une intervention "
                                    "sûre, et tenez la travailleuse informée."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                        ],
                    },
                    {
                        "key": "follow-up",
                        "situation": (
                            "<p>L'appel est terminé. Vous avez son prénom, le nom de "
                            "l'employeur et un moment où elle peut parler en toute "
                            "sécurité.</p>"
                        ),
                        "choices": [
                            {
                                "label": (
                                    "Envoyer à l'employeur un avis d'examen de conformité pour "
                                    "que le programme examine le dossier."
                                ),
                                "consequence": (
                                    "<p>L'employeur devine qui s'est plaint et prive l'aide "
                                    "familiale de l'accès au téléphone.</p>"
                                ),
                                "feedback": (
                                    "Les mesures de conformité peuvent venir plus tard. "
                                    "D'abord, signalez le cas sans alerter l'employeur."
                                ),
                                "is_best": False,
                                "next_step": "",
                            },
                            {
                                "label": (
                                    "Signaler immédiatement le cas à la police selon votre "
                                    "protocole, informer votre superviseur, consigner l'appel "
                                    "avec exactitude et ne communiquer l'information que dans "
                                    "la mesure permise par la loi et vos politiques."
                                ),
                                "consequence": (
                                    "<p>La police et les services d'aide aux victimes "
                                    "l'appellent au moment convenu et planifient avec elle un "
                                    "départ en toute sécurité.</p>"
                                ),
                                "feedback": (
                                    "C'est exact. Un signalement rapide et bien documenté "
                                    "permet aux personnes qui peuvent agir de le faire en "
                                    "toute sécurité."
                                ),
                                "is_best": True,
                                "next_step": "",
                            },
                        ],
                    },
                ],
                "debrief": (
                    "<p>Un seul appel peut être la seule occasion pour une travailleuse de "
                    "demander de l'aide. Le meilleur parcours a d'abord vérifié la sécurité "
                    "et la confidentialité, fourni une information exacte sans promesses, "
                    "pris au sérieux sa peur des autorités et abouti à un signalement rapide "
                    "qui n'a pas alerté l'employeur. Les mesures de conformité restent "
                    "importantes, mais le moment compte : protéger d'abord, veiller à la "
                    "conformité ensuite.</p>"
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "Vous soupçonnez du travail forcé sur un lieu de travail que vous avez "
                    "inspecté. Quelles actions pourraient alerter l'employeur et mettre les "
                    "travailleurs en danger? Sélectionnez toutes les réponses qui "
                    "s'appliquent."
                ),
                "choices": [
                    {
                        "text": "Demander au gérant pourquoi les passeports des travailleurs "
                        "sont au bureau",
                        "is_correct": True,
                        "feedback": "Oui. Des questions sur les documents révèlent à "
                        "l'employeur ce que vous soupçonnez.",
                    },
                    {
                        "text": "Envoyer à l'employeur une lettre demandant des explications",
                        "is_correct": True,
                        "feedback": (
                            "Oui. Une demande écrite alerte l'employeur avant que la police "
                            "puisse planifier une intervention."
                        ),
                    },
                    {
                        "text": "Signaler le cas à la police selon le protocole de votre "
                        "organisation",
                        "is_correct": False,
                        "feedback": (
                            "Non. Un signalement permet à la police de planifier une "
                            "intervention sûre sans mettre l'employeur sur ses gardes."
                        ),
                    },
                    {
                        "text": "Consigner vos observations avec exactitude dans vos notes",
                        "is_correct": False,
                        "feedback": (
                            "Non. Des notes exactes appuient le signalement et restent au sein "
                            "de votre organisation."
                        ),
                    },
                ],
                "explanation": (
                    "<p>Tout ce qui révèle vos soupçons à l'employeur peut entraîner des "
                    "représailles, le déplacement des travailleurs et la perte de preuves. "
                    "Signalez d'abord, prenez de bonnes notes et laissez la police décider "
                    "comment approcher l'employeur.</p>"
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Lesson 6: partnerships with provinces, territories and other partners
# ---------------------------------------------------------------------------

LESSON_PARTNERSHIPS = {
    "slug": "working-with-partners",
    "slug_fr": "collaborer-avec-les-partenaires",
    "title": {
        "en": "Working with provinces, territories and other partners",
        "fr": "Collaborer avec les provinces, les territoires et les autres partenaires",
    },
    "summary": {
        "en": (
            "Who does what in responding to forced labour, and how the plan strengthens "
            "cooperation and information sharing."
        ),
        "fr": (
            "Qui fait quoi face au travail forcé, et comment le plan renforce la coopération "
            "et l'échange d'information."
        ),
    },
    "estimated_minutes": 15,
    "body_en": [
        ("heading", {"text": "Partnerships: the fourth P", "level": "h2"}),
        (
            "paragraph",
            "<p>Canada's response to human trafficking rests on four pillars: prevention, "
            "protection of victims, prosecution of traffickers and partnerships. Canada was "
            "among the first countries to explicitly recognize partnerships as the “fourth "
            "P”, a necessary part of any successful anti-trafficking strategy.</p>"
            "<p>Forced labour cuts across jurisdictions. Provinces and territories enforce "
            "labour standards, occupational health and safety and labour relations; the "
            "federal government runs the TFWP; police investigate crimes; and victim "
            "services and community organizations support victims. No single agency sees "
            "the whole picture.</p>",
        ),
        (
            "comparison_table",
            {
                "caption": "Who does what in responding to forced labour",
                "row_heading": "Partner",
                "columns": ["Role described in the plan", "How you might work together"],
                "rows": [
                    {
                        "label": "Provinces and territories",
                        "cells": [
                            "Enforce labour standards, occupational health and safety and "
                            "labour relations in their own jurisdiction; work with the federal "
                            "government to deliver services to trafficking victims.",
                            "Coordinate and share concerns through agreements and established "
                            "federal, provincial and territorial forums.",
                        ],
                    },
                    {
                        "label": "HRSDC: TFWP and Service Canada",
                        "cells": [
                            "Works with CIC on the TFWP, monitors employer compliance, "
                            "identifies high-risk employers and develops awareness materials "
                            "and training.",
                            "Exchange information on employers of concern as agreements and "
                            "the law allow.",
                        ],
                    },
                    {
                        "label": "HRSDC: Labour Program",
                        "cells": [
                            "Raises awareness of forced labour among labour inspectors with "
                            "the RCMP and promotes information sharing across federal "
                            "departments.",
                            "A source of training and awareness for inspectors.",
                        ],
                    },
                    {
                        "label": "Citizenship and Immigration Canada",
                        "cells": [
                            "Issues temporary resident permits to foreign national victims "
                            "and, with HRSDC, monitors protections for live-in caregivers.",
                            "A partner on protections for foreign workers.",
                        ],
                    },
                    {
                        "label": "RCMP and other police",
                        "cells": [
                            "Investigate trafficking, coordinate nationally and regionally, "
                            "and work closely with victim service providers.",
                            "Receive referrals and lead any criminal investigation.",
                        ],
                    },
                    {
                        "label": "Canada Border Services Agency",
                        "cells": [
                            "Works with the RCMP on enforcement and with partners on outreach "
                            "to vulnerable foreign nationals.",
                            "A partner where immigration offences or border issues arise.",
                        ],
                    },
                    {
                        "label": "Victim services and NGOs",
                        "cells": [
                            "Support the safety and recovery of victims.",
                            "Help workers with immediate and longer-term needs after a referral.",
                        ],
                    },
                ],
            },
        ),
        ("heading", {"text": "Agreements and information sharing", "level": "h2"}),
        (
            "paragraph",
            "<p>The plan sets out several ways to strengthen cooperation on forced "
            "labour:</p>"
            "<ul>"
            "<li>The TFWP is to make the most of its existing Letters of Understanding with "
            "provinces and Memoranda of Understanding with CIC and the CBSA, and to sign new "
            "and revised agreements with provinces, territories, the RCMP, the Labour "
            "Program, CIC and the CBSA.</li>"
            "<li>The Labour Program is to promote awareness, information sharing and "
            "cooperation on trafficking for forced labour through established federal, "
            "provincial and territorial mechanisms and forums, and to improve information "
            "sharing across federal departments.</li>"
            "<li>Federal agencies, including HRSDC, are to build partnerships with law "
            "enforcement at the municipal, provincial, national and international levels to "
            "improve information and intelligence sharing.</li>"
            "<li>The TFWP is to work with source countries, such as the Philippines, to "
            "improve awareness of labour and sexual exploitation, strengthen protections for "
            "vulnerable workers and share best practices.</li>"
            "</ul>"
            "<p>Agreements set out what can be shared, with whom and how. Know which ones "
            "apply to your work, and ask your supervisor when in doubt.</p>",
        ),
        (
            "case_excerpt",
            {
                "quote": (
                    "A provincial employment standards officer looking into unpaid wages at a "
                    "landscaping company learns that the workers are in Canada under the TFWP "
                    "and that a recruiter holds their permits. Through the channels set out "
                    "in the agreement between her province and the federal department, she "
                    "shares her concern with a TFWP officer. Both refer the signs of possible "
                    "trafficking to police, who involve victim services."
                ),
                "citation": ILLUSTRATIVE_EN,
                "note": (
                    "<p>Each partner acted within its own role. Together they saw what none of "
                    "them could see alone, and police could plan a response without alerting "
                    "the employer.</p>"
                ),
            },
        ),
        (
            "glossary",
            {
                "title": "Acronyms used in this course",
                "terms": [
                    {
                        "term": "TFWP",
                        "definition": (
                            "Temporary Foreign Worker Program, on which HRSDC and CIC work "
                            "together."
                        ),
                    },
                    {
                        "term": "HRSDC",
                        "definition": (
                            "Human Resources and Skills Development Canada, which includes "
                            "the TFWP and the Labour Program."
                        ),
                    },
                    {
                        "term": "CIC",
                        "definition": "Citizenship and Immigration Canada.",
                    },
                    {
                        "term": "CBSA",
                        "definition": "Canada Border Services Agency.",
                    },
                    {
                        "term": "RCMP",
                        "definition": "Royal Canadian Mounted Police.",
                    },
                    {
                        "term": "LOU and MOU",
                        "definition": (
                            "Letter of Understanding and Memorandum of Understanding: written "
                            "agreements between organizations, for example on cooperation and "
                            "information sharing."
                        ),
                    },
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "Which statements about partnerships reflect the National Action Plan? "
                    "Select all that apply."
                ),
                "choices": [
                    {
                        "text": (
                            "Provinces and territories enforce labour standards, occupational "
                            "health and safety and labour relations in their own jurisdiction."
                        ),
                        "is_correct": True,
                        "feedback": "Correct. This is how the plan describes their role.",
                    },
                    {
                        "text": (
                            "Partnerships are a necessary part of any successful "
                            "anti-trafficking strategy."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Correct. Canada was among the first countries to recognize "
                            "partnerships as the fourth P."
                        ),
                    },
                    {
                        "text": (
                            "Once police are involved, inspectors and program officers have "
                            "no further role."
                        ),
                        "is_correct": False,
                        "feedback": (
                            "Police lead the criminal investigation, but inspectors and "
                            "officers may still have compliance work to do and information to "
                            "share within the law."
                        ),
                    },
                    {
                        "text": (
                            "Once trafficking is suspected, any agency may share any "
                            "information with any other."
                        ),
                        "is_correct": False,
                        "feedback": (
                            "Information sharing must respect the law and the agreements in "
                            "place. Know what applies to you."
                        ),
                    },
                ],
                "explanation": (
                    "<p>Responding to forced labour depends on partners who each act within "
                    "their own role and share information within the law. Agreements between "
                    "departments, provinces and territories make that cooperation possible "
                    "and set its limits.</p>"
                ),
            },
        ),
        ("heading", {"text": "Key takeaways", "level": "h2"}),
        (
            "paragraph",
            "<ul>"
            "<li>Forced labour is a form of human trafficking: exploitation means obtaining "
            "labour or services through conduct that could reasonably make a person fear for "
            "their safety or the safety of someone they know.</li>"
            "<li>The TFWP and the Live-in Caregiver Program include protections for workers, "
            "and employer compliance work is a chance to notice exploitation.</li>"
            "<li>Withholding identity documents is a key warning sign and, when linked to "
            "trafficking, a Criminal Code offence.</li>"
            "<li>Weigh indicators together; a single sign rarely tells the whole story.</li>"
            "<li>When you suspect forced labour: safety first, do not alert the employer, "
            "refer promptly to police and share information within the law.</li>"
            "</ul>",
        ),
    ],
    "body_fr": [
        ("heading", {"text": "Les partenariats : le quatrième P", "level": "h2"}),
        (
            "paragraph",
            "<p>L'action du Canada contre la traite de personnes repose sur quatre piliers : "
            "la prévention, la protection des victimes, les poursuites contre les "
            "trafiquants et les partenariats. Le Canada a été l'un des premiers pays à "
            "reconnaître explicitement les partenariats comme le « quatrième P », un élément "
            "indispensable de toute stratégie efficace de lutte contre la traite.</p>"
            "<p>Le travail forcé touche plusieurs compétences. Les provinces et les "
            "territoires appliquent les normes du travail, les règles de santé et de "
            "sécurité au travail et celles des relations de travail; le gouvernement fédéral "
            "administre le PTET; la police enquête sur les crimes; et les services d'aide aux "
            "victimes et les organismes communautaires soutiennent les victimes. Aucun "
            "organisme n'a une vue d'ensemble à lui seul.</p>",
        ),
        (
            "comparison_table",
            {
                "caption": "Qui fait quoi face au travail forcé",
                "row_heading": "Partenaire",
                "columns": ["Rôle décrit dans le plan", "Comment collaborer"],
                "rows": [
                    {
                        "label": "Provinces et territoires",
                        "cells": [
                            "Appliquent les normes du travail, les règles de santé et de "
                            "sécurité au travail et celles des relations de travail sur leur "
                            "territoire; collaborent avec le gouvernement fédéral pour offrir "
                            "des services aux victimes de la traite.",
                            "Coordonner les actions et faire part de ses préoccupations au "
                            "moyen des ententes et des forums fédéraux-provinciaux-"
                            "territoriaux établis.",
                        ],
                    },
                    {
                        "label": "RHDCC : PTET et Service Canada",
                        "cells": [
                            "Collabore avec CIC au PTET, surveille la conformité des "
                            "employeurs, repère les employeurs à risque élevé et prépare des "
                            "outils de sensibilisation et de la formation.",
                            "Échanger de l'information sur les employeurs préoccupants dans "
                            "la mesure permise par les ententes et la loi.",
                        ],
                    },
                    {
                        "label": "RHDCC : Programme du travail",
                        "cells": [
                            "Sensibilise les inspecteurs du travail au travail forcé avec la "
                            "GRC et favorise l'échange d'information entre ministères "
                            "fédéraux.",
                            "Une source de formation et de sensibilisation pour les inspecteurs.",
                        ],
                    },
                    {
                        "label": "Citoyenneté et Immigration Canada",
                        "cells": [
                            "Délivre des permis de séjour temporaire aux victimes de "
                            "nationalité étrangère et suit, avec RHDCC, les protections des "
                            "aides familiaux résidants.",
                            "Un partenaire pour la protection des travailleurs étrangers.",
                        ],
                    },
                    {
                        "label": "GRC et autres services de police",
                        "cells": [
                            "Enquêtent sur la traite, assurent la coordination nationale et "
                            "régionale et travaillent en étroite collaboration avec les "
                            "fournisseurs de services aux victimes.",
                            "Reçoivent les signalements et dirigent toute enquête criminelle.",
                        ],
                    },
                    {
                        "label": "Agence des services frontaliers du Canada",
                        "cells": [
                            "Collabore avec la GRC pour l'application de la loi et avec ses "
                            "partenaires pour joindre les ressortissants étrangers "
                            "vulnérables.",
                            "Un partenaire lorsque des infractions en matière d'immigration "
                            "ou des questions frontalières se posent.",
                        ],
                    },
                    {
                        "label": "Services d'aide aux victimes et ONG",
                        "cells": [
                            "Soutiennent la sécurité et le rétablissement des victimes.",
                            "Aident les travailleurs à répondre à leurs besoins immédiats et "
                            "à plus long terme après un signalement.",
                        ],
                    },
                ],
            },
        ),
        ("heading", {"text": "Les ententes et l'échange d'information", "level": "h2"}),
        (
            "paragraph",
            "<p>Le plan prévoit plusieurs moyens de renforcer la coopération contre le "
            "travail forcé :</p>"
            "<ul>"
            "<li>Le PTET doit tirer le meilleur parti de ses lettres d'entente avec les "
            "provinces et de ses protocoles d'entente avec CIC et l'ASFC, et conclure des "
            "ententes nouvelles ou révisées avec les provinces, les territoires, la GRC, le "
            "Programme du travail, CIC et l'ASFC.</li>"
            "<li>Le Programme du travail doit favoriser la sensibilisation, l'échange "
            "d'information et la coopération en matière de traite à des fins de travail "
            "forcé au moyen des mécanismes et forums fédéraux-provinciaux-territoriaux "
            "établis, et améliorer l'échange d'information entre ministères fédéraux.</li>"
            "<li>Les organismes fédéraux, dont RHDCC, doivent établir des partenariats avec "
            "les services de police aux échelons municipal, provincial, national et "
            "international afin d'améliorer l'échange d'information et de "
            "renseignements.</li>"
            "<li>Le PTET doit collaborer avec les pays d'origine, comme les Philippines, pour "
            "mieux faire connaître l'exploitation sexuelle et l'exploitation liée au "
            "travail, renforcer la protection des travailleurs vulnérables et échanger des "
            "pratiques exemplaires.</li>"
            "</ul>"
            "<p>Les ententes précisent ce qui peut être communiqué, à qui et comment. "
            "Sachez lesquelles s'appliquent à votre travail et, en cas de doute, consultez "
            "votre superviseur.</p>",
        ),
        (
            "case_excerpt",
            {
                "quote": (
                    "Une agente provinciale des normes d'emploi qui enquête sur des salaires "
                    "impayés dans une entreprise d'aménagement paysager apprend que les "
                    "travailleurs sont au Canada dans le cadre du PTET et qu'un recruteur "
                    "détient leurs permis. Par les voies prévues dans l'entente entre sa "
                    "province et le ministère fédéral, elle fait part de ses préoccupations à "
                    "un agent du PTET. Tous deux signalent à la police les signes d'une "
                    "possible traite, et la police fait appel aux services d'aide aux "
                    "victimes."
                ),
                "citation": ILLUSTRATIVE_FR,
                "note": (
                    "<p>Chaque partenaire a agi dans les limites de son rôle. Ensemble, ils "
                    "ont vu ce qu'aucun d'eux ne pouvait voir seul, et la police a pu "
                    "planifier une intervention sans alerter l'employeur.</p>"
                ),
            },
        ),
        (
            "glossary",
            {
                "title": "Sigles employés dans ce cours",
                "terms": [
                    {
                        "term": "PTET",
                        "definition": (
                            "Programme des travailleurs étrangers temporaires, auquel "
                            "collaborent RHDCC et CIC."
                        ),
                    },
                    {
                        "term": "RHDCC",
                        "definition": (
                            "Ressources humaines et Développement des compétences Canada, "
                            "dont relèvent le PTET et le Programme du travail."
                        ),
                    },
                    {
                        "term": "CIC",
                        "definition": "Citoyenneté et Immigration Canada.",
                    },
                    {
                        "term": "ASFC",
                        "definition": "Agence des services frontaliers du Canada.",
                    },
                    {
                        "term": "GRC",
                        "definition": "Gendarmerie royale du Canada.",
                    },
                    {
                        "term": "Lettre d'entente et protocole d'entente",
                        "definition": (
                            "Ententes écrites entre organisations, portant par exemple sur la "
                            "coopération et l'échange d'information."
                        ),
                    },
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "question": (
                    "Quels énoncés sur les partenariats reflètent le Plan d'action national? "
                    "Sélectionnez toutes les réponses qui s'appliquent."
                ),
                "choices": [
                    {
                        "text": (
                            "Les provinces et les territoires appliquent les normes du "
                            "travail, les règles de santé et de sécurité au travail et celles "
                            "des relations de travail sur leur territoire."
                        ),
                        "is_correct": True,
                        "feedback": "Exact. C'est ainsi que le plan décrit leur rôle.",
                    },
                    {
                        "text": (
                            "Les partenariats sont un élément indispensable de toute stratégie "
                            "efficace de lutte contre la traite."
                        ),
                        "is_correct": True,
                        "feedback": (
                            "Exact. Le Canada a été l'un des premiers pays à reconnaître les "
                            "partenariats comme le quatrième P."
                        ),
                    },
                    {
                        "text": (
                            "Une fois la police saisie du dossier, les inspecteurs et les "
                            "agents de programme n'ont plus aucun rôle."
                        ),
                        "is_correct": False,
                        "feedback": (
                            "La police dirige l'enquête criminelle, mais les inspecteurs et "
                            "les agents peuvent encore avoir du travail de conformité à faire "
                            "et de l'information à communiquer dans le respect de la loi."
                        ),
                    },
                    {
                        "text": (
                            "Dès qu'on soupçonne la traite, tout organisme peut communiquer "
                            "n'importe quelle information à n'importe quel autre."
                        ),
                        "is_correct": False,
                        "feedback": (
                            "L'échange d'information doit respecter la loi et les ententes en "
                            "vigueur. Sachez ce qui s'applique à vous."
                        ),
                    },
                ],
                "explanation": (
                    "<p>La lutte contre le travail forcé repose sur des partenaires qui "
                    "agissent chacun dans les limites de leur rôle et échangent l'information "
                    "dans le respect de la loi. Les ententes entre ministères, provinces et "
                    "territoires rendent cette coopération possible et en fixent les "
                    "limites.</p>"
                ),
            },
        ),
        ("heading", {"text": "À retenir", "level": "h2"}),
        (
            "paragraph",
            "<ul>"
            "<li>Le travail forcé est une forme de traite de personnes : l'exploitation "
            "consiste à obtenir un travail ou un service par des agissements qui pourraient "
            "raisonnablement faire craindre à une personne pour sa sécurité ou celle d'une "
            "personne qu'elle connaît.</li>"
            "<li>Le PTET et le Programme des aides familiaux résidants comportent des "
            "protections pour les travailleurs, et le travail de conformité auprès des "
            "employeurs est une occasion de repérer l'exploitation.</li>"
            "<li>La rétention des pièces d'identité est un signal d'alarme clé et, "
            "lorsqu'elle est liée à la traite, une infraction au Code criminel.</li>"
            "<li>Évaluez les indicateurs ensemble; un seul signe dit rarement tout.</li>"
            "<li>Si vous soupçonnez du travail forcé : la sécurité d'abord, n'alertez pas "
            "l'employeur, signalez rapidement le cas à la police et communiquez "
            "l'information dans le respect de la loi.</li>"
            "</ul>",
        ),
    ],
}

# ---------------------------------------------------------------------------
# Course
# ---------------------------------------------------------------------------

COURSE = {
    "slug": "forced-labour-for-inspectors-and-officers",
    "slug_fr": "travail-force-pour-inspecteurs-et-agents",
    "title": {
        "en": "Forced Labour: A Course for Labour Inspectors and TFWP Officers",
        "fr": "Le travail forcé : cours à l'intention des inspecteurs du travail et des "
        "agents du PTET",
    },
    "summary": {
        "en": (
            "How forced labour fits within Canada's human trafficking offences, what the "
            "Temporary Foreign Worker Program's protections involve, which signs point to "
            "exploitation, and how labour inspectors and TFWP and Service Canada officers can "
            "respond safely and refer cases to the right partners."
        ),
        "fr": (
            "La place du travail forcé dans les infractions canadiennes de traite de "
            "personnes, les protections du Programme des travailleurs étrangers temporaires, "
            "les signes d'exploitation, et la façon dont les inspecteurs du travail et les "
            "agents du PTET et de Service Canada peuvent intervenir en toute sécurité et "
            "orienter les cas vers les bons partenaires."
        ),
    },
    "intro": {
        "en": (
            "<p>Labour inspectors and officers of the Temporary Foreign Worker Program (TFWP) "
            "and Service Canada see workplaces, job offers and workers that few others see. "
            "That puts them in a good position to notice forced labour, a form of human "
            "trafficking that Canada's <em>National Action Plan to Combat Human "
            "Trafficking</em> (2012) says is increasingly coming to light.</p>"
            "<p>This course explains what forced labour is under Canadian law, what the plan "
            "says about protections for temporary foreign workers and live-in caregivers, "
            "which signs to watch for, and what to do, and not do, when you suspect that a "
            "worker is being exploited. It does not replace your organization's procedures "
            "or legal advice.</p>"
        ),
        "fr": (
            "<p>Les inspecteurs du travail et les agents du Programme des travailleurs "
            "étrangers temporaires (PTET) et de Service Canada voient des lieux de travail, "
            "des offres d'emploi et des travailleurs que peu d'autres personnes voient. Ils "
            "sont donc bien placés pour repérer le travail forcé, une forme de traite de "
            "personnes qui, selon le <em>Plan d'action national de lutte contre la traite de "
            "personnes</em> du Canada (2012), est de plus en plus mise au jour.</p>"
            "<p>Ce cours explique ce qu'est le travail forcé en droit canadien, ce que dit le "
            "plan sur les protections offertes aux travailleurs étrangers temporaires et aux "
            "aides familiaux résidants, quels signes surveiller, et ce qu'il faut faire, et "
            "ne pas faire, lorsque vous soupçonnez qu'un travailleur est exploité. Il ne "
            "remplace ni les procédures de votre organisation ni un avis juridique.</p>"
        ),
    },
    "objectives": {
        "en": [
            "Explain how forced labour relates to human trafficking and to exploitation "
            "under section 279.04 of the Criminal Code.",
            "Describe the Temporary Foreign Worker Program protections and employer "
            "compliance measures in the 2012 National Action Plan, including those for "
            "live-in caregivers.",
            "Recognize the withholding or destruction of identity documents as both a "
            "warning sign and a Criminal Code offence.",
            "Identify employer, recruiter and worker indicators of possible forced labour.",
            "Respond safely to a suspected case and refer it to police, border and "
            "immigration authorities and victim services, within the law.",
            "Work with provincial, territorial and federal partners on forced labour.",
        ],
        "fr": [
            "Expliquer le lien entre le travail forcé, la traite de personnes et "
            "l'exploitation au sens de l'article 279.04 du Code criminel.",
            "Décrire les protections du Programme des travailleurs étrangers temporaires et "
            "les mesures de conformité des employeurs prévues au Plan d'action national de "
            "2012, y compris celles visant les aides familiaux résidants.",
            "Reconnaître la rétention ou la destruction de pièces d'identité à la fois comme "
            "un signal d'alarme et comme une infraction au Code criminel.",
            "Repérer les indicateurs de travail forcé liés à l'employeur, au recruteur et au "
            "travailleur.",
            "Intervenir en toute sécurité en cas de soupçon et orienter le cas vers la "
            "police, les autorités frontalières et d'immigration et les services d'aide aux "
            "victimes, dans le respect de la loi.",
            "Collaborer avec les partenaires provinciaux, territoriaux et fédéraux en "
            "matière de travail forcé.",
        ],
    },
    "audiences": ["labour-inspector", "tfwp-officer"],
    "topics": ["forced-labour", "indicators", "referral"],
    "estimated_minutes": 100,
    "sequential": True,
    "lessons": [
        LESSON_FORCED_LABOUR,
        LESSON_TFWP,
        LESSON_DOCUMENTS,
        LESSON_INDICATORS,
        LESSON_RESPONDING,
        LESSON_PARTNERSHIPS,
    ],
}
