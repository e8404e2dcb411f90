"""Question bank and final assessment for the demo course on forced labour, for labour
inspectors and TFWP officers (``courses/demo/labour_inspectors.py``).

Every question can be answered from the course's six lessons, which draw on Canada's
National Action Plan to Combat Human Trafficking (2012). Tags follow the lessons:
``forced-labour``, ``tfwp``, ``documents``, ``indicators``, ``referral`` and
``partnerships``.
"""

from __future__ import annotations

from courses.demo.bilingual import t


def _choice(correct: bool, text, feedback) -> dict:
    return {"text": text, "correct": correct, "feedback": feedback}


SCENARIOS = [
    {
        "key": "greenhouse",
        "title": t("Passports at a greenhouse", "Des passeports dans une serre"),
        "situation": t(
            "<p>You are a labour inspector on a scheduled inspection at a large greenhouse that "
            "employs a group of temporary foreign workers. In the office you see a box holding "
            "the workers' passports and work permits. The owner says that a recruitment agency "
            "asked him to keep them “so nothing gets lost”. Health and safety notices are posted "
            "in the workers' languages.</p>"
            "<p>You interview the workers one at a time, away from supervisors, with an "
            "interpreter you arranged yourself. They tell you that the agency collects their "
            "wages and gives them a small weekly allowance, that they live in a house owned by "
            "the employer, are driven to and from work and are not allowed to go out on their "
            "own, and that they had been promised jobs in another province. One worker says the "
            "agency told him that his parents at home would “pay” if he left.</p>",
            "<p>Vous êtes inspecteur du travail et effectuez une inspection prévue dans une "
            "grande serre qui emploie un groupe de travailleurs étrangers temporaires. Dans le "
            "bureau, vous voyez une boîte contenant les passeports et les permis de travail des "
            "travailleurs. Le propriétaire explique qu'une agence de recrutement lui a demandé "
            "de les garder « pour que rien ne se perde ». Des avis de santé et de sécurité sont "
            "affichés dans les langues des travailleurs.</p>"
            "<p>Vous rencontrez les travailleurs un à un, à l'écart des superviseurs, avec un "
            "interprète que vous avez vous-même choisi. Ils vous disent que l'agence touche "
            "leur salaire et leur remet une petite allocation hebdomadaire, qu'ils logent dans "
            "une maison appartenant à l'employeur, qu'on les conduit au travail et qu'on les "
            "ramène, qu'ils n'ont pas le droit de sortir seuls et qu'on leur avait promis des "
            "emplois dans une autre province. L'un d'eux raconte que l'agence l'a prévenu que "
            "ses parents, restés au pays, « paieraient » s'il partait.</p>",
        ),
    },
]

QUESTIONS = [
    # -- Lesson 1: forced labour and human trafficking --------------------------------------
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["forced-labour"],
        "stem": t(
            "<p>Under section 279.04 of the <em>Criminal Code</em>, when does a person exploit "
            "another person through their labour?</p>",
            "<p>Selon l'article 279.04 du <em>Code criminel</em>, dans quel cas une personne "
            "en exploite-t-elle une autre par le travail ?</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "When they cause the person to provide labour or a service through conduct "
                    "that could reasonably make the person believe that their safety, or the "
                    "safety of someone they know, would be threatened if they refused",
                    "Lorsqu'elle l'amène à fournir un travail ou un service par des agissements "
                    "qui pourraient raisonnablement lui faire croire qu'un refus mettrait en "
                    "danger sa sécurité ou celle d'une personne qu'elle connaît",
                ),
                t(
                    "Correct. The test looks at the effect the conduct could reasonably have: "
                    "fear for the worker's own safety or for the safety of someone they know.",
                    "Exact. Le critère porte sur l'effet que les agissements pourraient "
                    "raisonnablement avoir : la crainte du travailleur pour sa propre sécurité "
                    "ou pour celle d'une personne qu'il connaît.",
                ),
            ),
            _choice(
                False,
                t(
                    "Only when the person is physically confined and cannot leave the workplace",
                    "Seulement lorsque la personne est séquestrée et ne peut pas quitter le lieu "
                    "de travail",
                ),
                t(
                    "Confinement is not required. Threats, including threats against relatives "
                    "abroad, can meet the test even when the doors are unlocked.",
                    "La séquestration n'est pas nécessaire. Des menaces, y compris contre des "
                    "proches à l'étranger, peuvent satisfaire au critère même si les portes ne "
                    "sont pas verrouillées.",
                ),
            ),
            _choice(
                False,
                t(
                    "Whenever an employer pays less than the wage set out in the job offer",
                    "Chaque fois qu'un employeur verse un salaire inférieur à celui prévu dans "
                    "l'offre d'emploi",
                ),
                t(
                    "Underpayment is a compliance issue and can be a warning sign, but on its "
                    "own it is not exploitation as section 279.04 defines it.",
                    "Un salaire insuffisant pose un problème de conformité et peut être un "
                    "signal d'alarme, mais il ne constitue pas à lui seul de l'exploitation au "
                    "sens de l'article 279.04.",
                ),
            ),
            _choice(
                False,
                t(
                    "Only when the worker was brought across an international border",
                    "Seulement lorsque le travailleur a franchi une frontière internationale",
                ),
                t(
                    "Trafficking, and the exploitation behind it, can take place entirely within "
                    "one country and can affect Canadians as well as foreign nationals.",
                    "La traite, et l'exploitation qui la sous-tend, peut se dérouler entièrement "
                    "dans un seul pays et toucher des Canadiens comme des ressortissants "
                    "étrangers.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: the test is whether the conduct could reasonably make someone fear for their "
            "safety or the safety of someone they know.",
            "Exact : le critère est de savoir si les agissements pourraient raisonnablement "
            "faire craindre à une personne pour sa sécurité ou celle d'une personne qu'elle "
            "connaît.",
        ),
        "feedback_incorrect": t(
            "Not quite. Section 279.04 turns on fear for safety, not on locks, pay or borders.",
            "Pas tout à fait. L'article 279.04 repose sur la crainte pour la sécurité, et non "
            "sur les verrous, le salaire ou les frontières.",
        ),
        "explanation": t(
            "<p>Section 279.04 defines exploitation for the trafficking offences in sections "
            "279.01 to 279.03: causing a person to provide, or offer to provide, labour or a "
            "service through conduct that, in all the circumstances, could reasonably be "
            "expected to make them believe that their safety, or the safety of someone they "
            "know, would be threatened if they did not. Threats against family in the worker's "
            "home country can meet this test even when the worker is free to walk out.</p>",
            "<p>L'article 279.04 définit l'exploitation aux fins des infractions de traite "
            "prévues aux articles 279.01 à 279.03 : amener une personne à fournir, ou à offrir "
            "de fournir, un travail ou un service par des agissements qui, compte tenu du "
            "contexte, pourraient raisonnablement lui faire croire qu'un refus mettrait en "
            "danger sa sécurité ou celle d'une personne qu'elle connaît. Des menaces visant la "
            "famille restée dans le pays d'origine peuvent satisfaire à ce critère, même si le "
            "travailleur est libre de partir.</p>",
        ),
    },
    {
        "kind": "true_false",
        "difficulty": "easy",
        "tags": ["forced-labour"],
        "stem": t(
            "<p>A worker who freely accepted a job offer has consented to the work, so a "
            "trafficking charge cannot be based on what later happened in that job.</p>",
            "<p>Un travailleur qui a librement accepté une offre d'emploi a consenti au "
            "travail ; aucune accusation de traite ne peut donc reposer sur ce qui s'est passé "
            "par la suite dans cet emploi.</p>",
        ),
        "answer": False,
        "feedback_correct": t(
            "Right. Consent to the activity behind a trafficking charge is not valid.",
            "Exact. Le consentement à l'activité visée par une accusation de traite n'est pas "
            "valable.",
        ),
        "feedback_incorrect": t(
            "The statement is false: under the Criminal Code, consent to the activity that is "
            "the subject of a trafficking charge is not valid.",
            "L'énoncé est faux : selon le Code criminel, le consentement à l'activité visée "
            "par une accusation de traite n'est pas valable.",
        ),
        "explanation": t(
            "<p>The <em>Criminal Code</em> provides that consent to the activity that is the "
            "subject of a trafficking charge is not valid. Accepting a job is not agreeing to "
            "be exploited: a first consent can be made meaningless by coercion, deception or "
            "abuse.</p>",
            "<p>Le <em>Code criminel</em> prévoit que le consentement à l'activité visée par "
            "une accusation de traite n'est pas valable. Accepter un emploi, ce n'est pas "
            "consentir à être exploité : un consentement initial peut être vidé de son sens "
            "par la contrainte, la tromperie ou les mauvais traitements.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["forced-labour"],
        "stem": t(
            "<p>Which statement correctly distinguishes human trafficking from human "
            "smuggling?</p>",
            "<p>Quel énoncé distingue correctement la traite de personnes du passage de "
            "clandestins ?</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Trafficking continues after arrival and can take place entirely within one "
                    "country; smuggling ends when the migrants reach their destination.",
                    "La traite se poursuit après l'arrivée et peut se dérouler entièrement dans "
                    "un seul pays ; le passage de clandestins prend fin lorsque les migrants "
                    "arrivent à destination.",
                ),
                t(
                    "Correct. Smuggling is a border crossing the migrants agree to; trafficking "
                    "is exploitation over time, with or without a border.",
                    "Exact. Le passage de clandestins est un franchissement de frontière auquel "
                    "les migrants consentent ; la traite est une exploitation qui dure, avec ou "
                    "sans frontière.",
                ),
            ),
            _choice(
                False,
                t(
                    "Trafficking always involves crossing an international border; smuggling "
                    "can happen within a single city.",
                    "La traite suppose toujours le franchissement d'une frontière "
                    "internationale ; le passage de clandestins peut se produire dans une seule "
                    "ville.",
                ),
                t(
                    "It is the reverse: smuggling always involves a border, while trafficking "
                    "may happen entirely within one country, even within one city.",
                    "C'est l'inverse : le passage de clandestins suppose toujours une frontière, "
                    "alors que la traite peut se dérouler entièrement dans un seul pays, voire "
                    "dans une seule ville.",
                ),
            ),
            _choice(
                False,
                t(
                    "Smuggled migrants never consent to the journey, while trafficking victims "
                    "always agree to it.",
                    "Les migrants passés clandestinement ne consentent jamais au voyage, alors "
                    "que les victimes de la traite y consentent toujours.",
                ),
                t(
                    "Smuggled migrants consent, even to a dangerous journey. Trafficking victims "
                    "never consented, or their first consent was made meaningless by coercion, "
                    "deception or abuse.",
                    "Les migrants qui font appel à un passeur y consentent, même si le trajet "
                    "est dangereux. Les victimes de la traite n'ont jamais consenti, ou leur "
                    "consentement initial a été vidé de son sens par la contrainte, la tromperie "
                    "ou les mauvais traitements.",
                ),
            ),
            _choice(
                False,
                t(
                    "There is no real difference: both terms describe the same crime.",
                    "Il n'y a pas de réelle différence : les deux termes désignent le même crime.",
                ),
                t(
                    "They differ in consent, in whether exploitation continues after arrival "
                    "and in whether a border must be crossed.",
                    "Ils diffèrent quant au consentement, à la poursuite de l'exploitation après "
                    "l'arrivée et à la nécessité de franchir une frontière.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: exploitation that continues, with or without a border, marks trafficking.",
            "Exact : une exploitation qui se poursuit, avec ou sans frontière, caractérise la "
            "traite.",
        ),
        "feedback_incorrect": t(
            "Not quite. Compare consent, what happens after arrival and whether a border is "
            "needed.",
            "Pas tout à fait. Comparez le consentement, ce qui se passe après l'arrivée et la "
            "nécessité ou non de franchir une frontière.",
        ),
        "explanation": t(
            "<p>Smuggling is the organized movement of migrants across a border with their "
            "consent, and it normally ends on arrival. Trafficking is about exploitation: "
            "victims never consented, or their consent was made meaningless; the exploitation "
            "continues after arrival; and no border needs to be crossed.</p>",
            "<p>Le passage de clandestins consiste à organiser le passage de migrants d'un pays "
            "à un autre avec leur consentement, et il prend normalement fin à l'arrivée. La "
            "traite repose sur l'exploitation : les victimes n'ont jamais consenti, ou leur "
            "consentement a été vidé de son sens ; l'exploitation se poursuit après l'arrivée ; "
            "et aucune frontière n'a besoin d'être franchie.</p>",
        ),
    },
    {
        "kind": "numeric",
        "difficulty": "medium",
        "tags": ["forced-labour"],
        "stem": t(
            "<p>Under section 279.01 of the <em>Criminal Code</em>, what is the maximum prison "
            "term, in years, for trafficking in persons when the offender did not kidnap the "
            "victim, commit an aggravated assault or aggravated sexual assault against them, or "
            "cause their death?</p>",
            "<p>Selon l'article 279.01 du <em>Code criminel</em>, quelle est la peine "
            "d'emprisonnement maximale, en années, pour la traite de personnes lorsque l'auteur "
            "n'a pas enlevé la victime, ne s'est pas livré sur elle à des voies de fait graves "
            "ou à une agression sexuelle grave et n'a pas causé sa mort ?</p>",
        ),
        "numeric": {"value": 14, "tolerance": 0},
        "feedback_correct": t(
            "Right: 14 years. The maximum rises to life imprisonment in the aggravated cases.",
            "Exact : 14 ans. La peine maximale passe à l'emprisonnement à perpétuité dans les "
            "cas aggravés.",
        ),
        "feedback_incorrect": t(
            "The answer is 14 years. Life imprisonment is the maximum only in the aggravated "
            "cases.",
            "La réponse est 14 ans. L'emprisonnement à perpétuité n'est la peine maximale que "
            "dans les cas aggravés.",
        ),
        "explanation": t(
            "<p>Trafficking in persons (section 279.01) is an indictable offence. The maximum "
            "penalty is life imprisonment where the offender kidnaps the victim, commits an "
            "aggravated assault or aggravated sexual assault against them, or causes their "
            "death, and 14 years in other cases. A separate offence, in section 279.011, with "
            "minimum penalties, applies where the victim is under 18.</p>",
            "<p>La traite de personnes (article 279.01) est un acte criminel. La peine maximale "
            "est l'emprisonnement à perpétuité si l'auteur enlève la victime, se livre sur elle "
            "à des voies de fait graves ou à une agression sexuelle grave, ou cause sa mort, et "
            "de 14 ans dans les autres cas. Une infraction distincte, prévue à l'article "
            "279.011 et assortie de peines minimales, s'applique lorsque la victime a moins de "
            "18 ans.</p>",
        ),
    },
    {
        "kind": "multiple_response",
        "difficulty": "hard",
        "tags": ["forced-labour"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>According to the National Action Plan (2012), which statements about forced "
            "labour in Canada are accurate? Select all that apply.</p>",
            "<p>Selon le Plan d'action national (2012), quels énoncés sur le travail forcé au "
            "Canada sont exacts ? Sélectionnez toutes les réponses qui s'appliquent.</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Forced labour charges have been laid in Alberta, Ontario and British "
                    "Columbia.",
                    "Des accusations liées au travail forcé ont été portées en Alberta, en "
                    "Ontario et en Colombie-Britannique.",
                ),
                t(
                    "Correct. Cases have been investigated across the country, and cases to date "
                    "suggest that forced labour is more prevalent in Alberta and Ontario.",
                    "Exact. Des affaires ont fait l'objet d'enquêtes partout au pays, et les cas "
                    "connus donnent à penser que le travail forcé est plus répandu en Alberta et "
                    "en Ontario.",
                ),
            ),
            _choice(
                True,
                t(
                    "The RCMP's threat assessment identified migrant workers, both men and "
                    "women, as vulnerable to forced labour.",
                    "L'évaluation de la menace de la GRC a désigné les travailleurs migrants, "
                    "hommes et femmes, comme vulnérables au travail forcé.",
                ),
                t(
                    "Correct. Men as well as women are among the migrant workers at risk.",
                    "Exact. Les hommes comme les femmes font partie des travailleurs migrants à "
                    "risque.",
                ),
            ),
            _choice(
                True,
                t(
                    "Some investigations have involved the fraudulent use of the Temporary "
                    "Foreign Worker Program by third parties.",
                    "Certaines enquêtes ont porté sur l'utilisation frauduleuse du Programme des "
                    "travailleurs étrangers temporaires par des tiers.",
                ),
                t(
                    "Correct. This is one reason why recruiters and other third parties deserve "
                    "attention.",
                    "Exact. C'est l'une des raisons pour lesquelles les recruteurs et les autres "
                    "tiers méritent une attention particulière.",
                ),
            ),
            _choice(
                False,
                t(
                    "Forced labour is the form of trafficking most often identified in Canada.",
                    "Le travail forcé est la forme de traite la plus souvent relevée au Canada.",
                ),
                t(
                    "To date, trafficking for sexual exploitation is the form most often "
                    "identified, although evidence of forced labour has been growing.",
                    "À ce jour, la traite à des fins d'exploitation sexuelle est la forme la "
                    "plus souvent relevée, même si les preuves de travail forcé se multiplient.",
                ),
            ),
            _choice(
                False,
                t(
                    "Forced labour cases in Canada have involved workers from only one region "
                    "of the world.",
                    "Les affaires de travail forcé au Canada n'ont visé que des travailleurs "
                    "d'une seule région du monde.",
                ),
                t(
                    "Labour-related investigations have involved people from the Philippines, "
                    "India, Poland, China, Ethiopia, Mexico, Thailand and Hungary.",
                    "Les enquêtes liées au travail ont visé des personnes originaires des "
                    "Philippines, de l'Inde, de la Pologne, de la Chine, de l'Éthiopie, du "
                    "Mexique, de la Thaïlande et de la Hongrie.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: you chose the three accurate statements and neither inaccurate one.",
            "Exact : vous avez choisi les trois énoncés exacts et aucun des énoncés inexacts.",
        ),
        "feedback_incorrect": t(
            "Not quite. Sexual exploitation remains the form most often identified, and the "
            "workers involved have come from many countries.",
            "Pas tout à fait. L'exploitation sexuelle demeure la forme la plus souvent relevée, "
            "et les travailleurs concernés venaient de nombreux pays.",
        ),
        "explanation": t(
            "<p>The plan reports growing evidence of trafficking for forced labour: "
            "investigations across the country, charges in Alberta, Ontario and British "
            "Columbia, workers from many countries, migrant workers of both sexes identified as "
            "vulnerable, and some fraudulent use of the TFWP by third parties. Trafficking for "
            "sexual exploitation is still the form most often identified in Canada.</p>",
            "<p>Le plan fait état de preuves croissantes de traite à des fins de travail "
            "forcé : des enquêtes partout au pays, des accusations en Alberta, en Ontario et en "
            "Colombie-Britannique, des travailleurs originaires de nombreux pays, des "
            "travailleurs migrants des deux sexes désignés comme vulnérables et une certaine "
            "utilisation frauduleuse du PTET par des tiers. La traite à des fins d'exploitation "
            "sexuelle reste la forme la plus souvent relevée au Canada.</p>",
        ),
    },
    # -- Lesson 2: the Temporary Foreign Worker Program -------------------------------------
    {
        "kind": "multiple_response",
        "difficulty": "medium",
        "tags": ["tfwp"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>A live-in caregiver tells you that she paid for several things herself when "
            "she came to work in Canada. Since the April 2010 changes to the Live-in Caregiver "
            "Program, which of these should her employer have paid? Select all that apply.</p>",
            "<p>Une aide familiale résidante vous dit avoir payé elle-même plusieurs choses "
            "lorsqu'elle est venue travailler au Canada. Depuis les modifications d'avril 2010 "
            "au Programme des aides familiaux résidants, lesquelles son employeur aurait-il dû "
            "payer ? Sélectionnez toutes les réponses qui s'appliquent.</p>",
        ),
        "choices": [
            _choice(
                True,
                t("Her transportation to Canada", "Son transport jusqu'au Canada"),
                t(
                    "Yes. Transportation to Canada became an employer-paid benefit.",
                    "Oui. Le transport jusqu'au Canada est devenu un avantage payé par "
                    "l'employeur.",
                ),
            ),
            _choice(
                True,
                t(
                    "Her workplace safety insurance",
                    "Son assurance contre les accidents du travail",
                ),
                t(
                    "Yes. Workplace safety insurance is paid by the employer.",
                    "Oui. L'assurance contre les accidents du travail est payée par l'employeur.",
                ),
            ),
            _choice(
                True,
                t(
                    "Her medical coverage until she is eligible for provincial coverage",
                    "Sa couverture médicale jusqu'à ce qu'elle soit admissible au régime "
                    "provincial",
                ),
                t(
                    "Yes. The employer pays for medical coverage until the caregiver qualifies "
                    "for provincial coverage.",
                    "Oui. L'employeur paie la couverture médicale jusqu'à ce que l'aide familiale "
                    "soit admissible au régime provincial.",
                ),
            ),
            _choice(
                False,
                t(
                    "Her personal clothing and phone bills",
                    "Ses vêtements et ses factures de téléphone",
                ),
                t(
                    "No. The plan lists transportation, workplace safety insurance and medical "
                    "coverage, not personal expenses.",
                    "Non. Le plan mentionne le transport, l'assurance contre les accidents du "
                    "travail et la couverture médicale, et non les dépenses personnelles.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: transportation, workplace safety insurance and medical coverage are "
            "employer-paid.",
            "Exact : le transport, l'assurance contre les accidents du travail et la couverture "
            "médicale sont payés par l'employeur.",
        ),
        "feedback_incorrect": t(
            "Not quite. Three benefits became employer-paid in April 2010: transportation to "
            "Canada, workplace safety insurance and medical coverage until provincial coverage "
            "begins.",
            "Pas tout à fait. Trois avantages sont devenus payés par l'employeur en avril "
            "2010 : le transport jusqu'au Canada, l'assurance contre les accidents du travail "
            "et la couverture médicale jusqu'à l'admissibilité au régime provincial.",
        ),
        "explanation": t(
            "<p>The April 2010 changes to the Live-in Caregiver Program made transportation to "
            "Canada, workplace safety insurance and medical coverage (until the caregiver is "
            "eligible for provincial coverage) employer-paid benefits. An enhanced mandatory "
            "employment contract also protects caregivers with respect to hours of work, "
            "overtime and other leave entitlements. A caregiver who paid these costs herself "
            "may need a closer look.</p>",
            "<p>Les modifications d'avril 2010 au Programme des aides familiaux résidants ont "
            "fait du transport jusqu'au Canada, de l'assurance contre les accidents du travail "
            "et de la couverture médicale (jusqu'à l'admissibilité au régime provincial) des "
            "avantages payés par l'employeur. Un contrat de travail obligatoire renforcé "
            "protège aussi les aides familiaux en ce qui concerne les heures de travail, les "
            "heures supplémentaires et les autres congés. Une aide familiale qui a payé ces "
            "frais elle-même mérite peut-être une attention particulière.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["tfwp"],
        "stem": t(
            "<p>According to the plan, what did the April 2011 regulatory changes to the "
            "Temporary Foreign Worker Program do?</p>",
            "<p>Selon le plan, quel a été l'effet des modifications réglementaires apportées "
            "au Programme des travailleurs étrangers temporaires en avril 2011 ?</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "They improved the assessment of whether job offers are genuine and allowed "
                    "program access to be denied to employers who do not abide by the terms of "
                    "their job offers.",
                    "Elles ont amélioré l'évaluation de l'authenticité des offres d'emploi et "
                    "permis d'exclure du programme les employeurs qui ne respectent pas les "
                    "conditions de leurs offres d'emploi.",
                ),
                t(
                    "Correct. Both measures help catch job offers used to draw workers into "
                    "exploitation.",
                    "Exact. Ces deux mesures aident à repérer les offres d'emploi qui servent à "
                    "attirer des travailleurs dans une situation d'exploitation.",
                ),
            ),
            _choice(
                False,
                t(
                    "They gave TFWP officers the power to lay criminal charges against employers.",
                    "Elles ont donné aux agents du PTET le pouvoir de porter des accusations "
                    "criminelles contre les employeurs.",
                ),
                t(
                    "Officers do not lay criminal charges; police investigate Criminal Code "
                    "offences. The changes concerned job offers and access to the program.",
                    "Les agents ne portent pas d'accusations criminelles ; la police enquête sur "
                    "les infractions au Code criminel. Les modifications portaient sur les offres "
                    "d'emploi et l'accès au programme.",
                ),
            ),
            _choice(
                False,
                t(
                    "They allowed employers to keep workers' passports for safekeeping.",
                    "Elles ont permis aux employeurs de garder les passeports des travailleurs "
                    "en lieu sûr.",
                ),
                t(
                    "No change allows this. An employer holding workers' passports is a serious "
                    "warning sign.",
                    "Aucune modification ne le permet. Un employeur qui détient les passeports "
                    "de ses travailleurs constitue un signal d'alarme sérieux.",
                ),
            ),
            _choice(
                False,
                t(
                    "They required every temporary foreign worker to change employers each year.",
                    "Elles ont obligé chaque travailleur étranger temporaire à changer "
                    "d'employeur tous les ans.",
                ),
                t(
                    "No. The plan mentions exploring improvements to the process that lets "
                    "exploited workers change employers, not an obligation to change.",
                    "Non. Le plan mentionne l'étude d'améliorations au processus permettant aux "
                    "travailleurs exploités de changer d'employeur, et non une obligation d'en "
                    "changer.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: the April 2011 changes targeted job offers that are not genuine and "
            "employers who do not honour them.",
            "Exact : les modifications d'avril 2011 visaient les offres d'emploi non "
            "authentiques et les employeurs qui ne les respectent pas.",
        ),
        "feedback_incorrect": t(
            "Not quite. The April 2011 changes concerned the genuineness of job offers and "
            "employers who do not abide by them.",
            "Pas tout à fait. Les modifications d'avril 2011 portaient sur l'authenticité des "
            "offres d'emploi et sur les employeurs qui ne les respectent pas.",
        ),
        "explanation": t(
            "<p>In April 2011, regulatory changes to the TFWP improved the assessment of "
            "whether job offers are genuine and made it possible to deny program access to "
            "employers who do not abide by the terms of their job offers. A job offer that is "
            "not genuine can be a way to bring a worker into exploitation, and a job that "
            "differs from the offer is both a compliance issue and a possible warning sign.</p>",
            "<p>En avril 2011, des modifications réglementaires au PTET ont amélioré "
            "l'évaluation de l'authenticité des offres d'emploi et permis d'exclure du "
            "programme les employeurs qui ne respectent pas les conditions de leurs offres. "
            "Une offre d'emploi qui n'est pas authentique peut servir à attirer un travailleur "
            "dans une situation d'exploitation, et un emploi qui ne correspond pas à l'offre "
            "pose un problème de conformité tout en pouvant être un signal d'alarme.</p>",
        ),
    },
    {
        "kind": "true_false",
        "difficulty": "easy",
        "tags": ["tfwp"],
        "stem": t(
            "<p>The Live-in Caregiver Program is a component of the Temporary Foreign Worker "
            "Program.</p>",
            "<p>Le Programme des aides familiaux résidants est un volet du Programme des "
            "travailleurs étrangers temporaires.</p>",
        ),
        "answer": True,
        "feedback_correct": t(
            "Right. The Live-in Caregiver Program is part of the TFWP.",
            "Exact. Le Programme des aides familiaux résidants fait partie du PTET.",
        ),
        "feedback_incorrect": t(
            "The statement is true: the Live-in Caregiver Program is a component of the TFWP.",
            "L'énoncé est vrai : le Programme des aides familiaux résidants est un volet du PTET.",
        ),
        "explanation": t(
            "<p>The Live-in Caregiver Program is a component of the TFWP. The plan commits to "
            "keeping it fair and equitable for workers and employers, with measures to protect "
            "participants' rights and security, to exploring better employer monitoring in the "
            "program and to continuing to monitor recent protections for caregivers.</p>",
            "<p>Le Programme des aides familiaux résidants est un volet du PTET. Le plan vise à "
            "ce qu'il demeure juste et équitable pour les travailleurs et les employeurs, avec "
            "des mesures qui protègent les droits et la sécurité des participants ; il prévoit "
            "aussi d'étudier une meilleure surveillance des employeurs dans le programme et de "
            "continuer à suivre les récentes mesures de protection des aides familiaux.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "easy",
        "tags": ["tfwp"],
        "stem": t(
            "<p>Why does the course say live-in caregivers call for particular attention?</p>",
            "<p>Pourquoi le cours indique-t-il que les aides familiaux résidants méritent une "
            "attention particulière ?</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "They work and live in a private home, where problems are hard for anyone "
                    "outside to see.",
                    "Ils travaillent et vivent dans un domicile privé, où les problèmes sont "
                    "difficiles à voir de l'extérieur.",
                ),
                t(
                    "Correct. The plan also notes indications that some foreign nationals have "
                    "been brought to Canada illegally and exploited as domestic servants.",
                    "Exact. Le plan signale aussi des indices selon lesquels certains "
                    "ressortissants étrangers ont été amenés illégalement au Canada et exploités "
                    "comme domestiques.",
                ),
            ),
            _choice(
                False,
                t(
                    "They are not covered by any employment contract.",
                    "Ils ne sont protégés par aucun contrat de travail.",
                ),
                t(
                    "An enhanced mandatory employment contract protects caregivers with respect "
                    "to hours of work, overtime and other leave entitlements.",
                    "Un contrat de travail obligatoire renforcé protège les aides familiaux en "
                    "ce qui concerne les heures de travail, les heures supplémentaires et les "
                    "autres congés.",
                ),
            ),
            _choice(
                False,
                t(
                    "They are not allowed to contact officials while they are in Canada.",
                    "Ils n'ont pas le droit de communiquer avec des représentants de l'État "
                    "pendant leur séjour au Canada.",
                ),
                t(
                    "No rule prevents this. Anyone with a work permit is to have information on "
                    "where to get help with employment and health and safety standards.",
                    "Aucune règle ne l'interdit. Toute personne titulaire d'un permis de travail "
                    "doit pouvoir savoir où obtenir de l'aide au sujet des normes d'emploi et de "
                    "santé et de sécurité.",
                ),
            ),
            _choice(
                False,
                t(
                    "They are always hired through a recruiter who manages their pay.",
                    "Ils sont toujours embauchés par l'intermédiaire d'un recruteur qui gère "
                    "leur paie.",
                ),
                t(
                    "There is no such rule. Third-party control of pay is a warning sign "
                    "wherever it occurs, not a feature of the program.",
                    "Il n'existe aucune règle de ce genre. Le contrôle de la paie par un tiers "
                    "est un signal d'alarme partout où il se produit, et non une caractéristique "
                    "du programme.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: the private home hides problems from outside view.",
            "Exact : le domicile privé cache les problèmes aux regards extérieurs.",
        ),
        "feedback_incorrect": t(
            "Not quite. Caregivers have a mandatory contract and may contact officials; the "
            "concern is that they work and live where few outsiders can see.",
            "Pas tout à fait. Les aides familiaux ont un contrat obligatoire et peuvent "
            "communiquer avec les autorités ; le problème, c'est qu'ils travaillent et vivent "
            "là où peu de gens de l'extérieur peuvent voir.",
        ),
        "explanation": t(
            "<p>Live-in caregivers work, and live, in a private home, so problems are hard for "
            "anyone outside to see. The plan notes indications that some foreign nationals have "
            "been brought to Canada illegally and exploited by employers as domestic servants, "
            "and commits to exploring better employer monitoring in the Live-in Caregiver "
            "Program.</p>",
            "<p>Les aides familiaux résidants travaillent et vivent dans un domicile privé ; "
            "les problèmes y sont donc difficiles à voir de l'extérieur. Le plan signale des "
            "indices selon lesquels certains ressortissants étrangers ont été amenés "
            "illégalement au Canada et exploités par des employeurs comme domestiques, et "
            "prévoit d'étudier une meilleure surveillance des employeurs dans le Programme des "
            "aides familiaux résidants.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "hard",
        "tags": ["tfwp", "indicators"],
        "stem": t(
            "<p>According to the plan, how was the Foreign Worker System to help protect "
            "temporary foreign workers?</p>",
            "<p>Selon le plan, comment le Système des travailleurs étrangers devait-il "
            "contribuer à protéger les travailleurs étrangers temporaires ?</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "By being enhanced to track and identify high-risk employers automatically, "
                    "with a predictive risk model",
                    "En étant amélioré pour suivre et repérer automatiquement les employeurs à "
                    "risque élevé, à l'aide d'un modèle prédictif du risque",
                ),
                t(
                    "Correct. Patterns across files can reveal employers that need a closer "
                    "look, and what officers observe in the field feeds that work.",
                    "Exact. Les tendances observées d'un dossier à l'autre peuvent révéler les "
                    "employeurs qui méritent une attention particulière, et les observations des "
                    "agents sur le terrain alimentent ce travail.",
                ),
            ),
            _choice(
                False,
                t(
                    "By replacing on-site employer visits with online checks",
                    "En remplaçant les visites sur place par des vérifications en ligne",
                ),
                t(
                    "No. The plan called for a policy on on-site employer visits, conducted with "
                    "the employer's consent and, where applicable, the worker's consent.",
                    "Non. Le plan prévoyait une politique sur les visites des lieux de travail, "
                    "menées avec le consentement de l'employeur et, s'il y a lieu, celui du "
                    "travailleur.",
                ),
            ),
            _choice(
                False,
                t(
                    "By publishing the names of all temporary foreign workers",
                    "En publiant le nom de tous les travailleurs étrangers temporaires",
                ),
                t(
                    "No. HRSDC committed to publishing compliance review statistics, not "
                    "workers' names.",
                    "Non. RHDCC s'est engagé à publier des statistiques sur les examens de la "
                    "conformité, et non le nom des travailleurs.",
                ),
            ),
            _choice(
                False,
                t(
                    "By laying charges automatically against non-compliant employers",
                    "En portant automatiquement des accusations contre les employeurs non "
                    "conformes",
                ),
                t(
                    "No. Criminal charges are a matter for police; the system was to help "
                    "identify high-risk employers.",
                    "Non. Les accusations criminelles relèvent de la police ; le système devait "
                    "aider à repérer les employeurs à risque élevé.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: the system was to flag high-risk employers automatically.",
            "Exact : le système devait signaler automatiquement les employeurs à risque élevé.",
        ),
        "feedback_incorrect": t(
            "Not quite. The enhancement was about tracking and identifying high-risk employers.",
            "Pas tout à fait. L'amélioration visait à suivre et à repérer les employeurs à "
            "risque élevé.",
        ),
        "explanation": t(
            "<p>The plan commits HRSDC to improving its internal detection and prevention "
            "protocols and information systems: the Foreign Worker System was to be enhanced to "
            "track and identify high-risk employers automatically, and a predictive risk model "
            "was to be developed. Observations from inspections and files feed that work.</p>",
            "<p>Le plan engage RHDCC à améliorer ses protocoles internes de détection et de "
            "prévention et ses systèmes d'information : le Système des travailleurs étrangers "
            "devait être amélioré pour suivre et repérer automatiquement les employeurs à "
            "risque élevé, et un modèle prédictif du risque devait être élaboré. Les "
            "observations tirées des inspections et des dossiers alimentent ce travail.</p>",
        ),
    },
    {
        "kind": "ordering",
        "difficulty": "hard",
        "tags": ["tfwp"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>Put these measures in the order in which they happened, from the earliest to "
            "the most recent.</p>",
            "<p>Placez ces mesures dans l'ordre où elles ont eu lieu, de la plus ancienne à la "
            "plus récente.</p>",
        ),
        "items": [
            t(
                "Citizenship and Immigration Canada begins issuing temporary resident permits "
                "to victims of trafficking",
                "Citoyenneté et Immigration Canada commence à délivrer des permis de séjour "
                "temporaire aux victimes de la traite",
            ),
            t(
                "Changes to the Live-in Caregiver Program increase caregivers' protections",
                "Des modifications au Programme des aides familiaux résidants renforcent la "
                "protection des aides familiaux",
            ),
            t(
                "Regulatory changes improve the assessment of whether TFWP job offers are genuine",
                "Des modifications réglementaires améliorent l'évaluation de l'authenticité "
                "des offres d'emploi du PTET",
            ),
            t(
                "Legislation is tabled that would give greater authority to monitor employer "
                "compliance",
                "Un projet de loi visant à accroître le pouvoir de surveiller la conformité des "
                "employeurs est déposé",
            ),
        ],
        "feedback_correct": t(
            "Right: 2006, 2010, 2011, then 2012.",
            "Exact : 2006, 2010, 2011, puis 2012.",
        ),
        "feedback_incorrect": t(
            "Not quite. The permits came first (2006), then the caregiver changes (2010), the "
            "job offer changes (2011) and the legislation (2012).",
            "Pas tout à fait. Les permis sont venus en premier (2006), puis les modifications "
            "visant les aides familiaux (2010), celles visant les offres d'emploi (2011) et le "
            "projet de loi (2012).",
        ),
        "explanation": t(
            "<p>Citizenship and Immigration Canada began issuing temporary resident permits to "
            "trafficking victims in May 2006. The Live-in Caregiver Program changes took effect "
            "in April 2010, the TFWP changes on job offer genuineness in April 2011, and the "
            "legislation on which stronger compliance monitoring was to be based was tabled on "
            "April 26, 2012.</p>",
            "<p>Citoyenneté et Immigration Canada a commencé à délivrer des permis de séjour "
            "temporaire aux victimes de la traite en mai 2006. Les modifications au Programme "
            "des aides familiaux résidants sont entrées en vigueur en avril 2010, celles du "
            "PTET sur l'authenticité des offres d'emploi en avril 2011, et le projet de loi sur "
            "lequel devait reposer une surveillance accrue de la conformité a été déposé le "
            "26 avril 2012.</p>",
        ),
    },
    # -- Lesson 3: withholding identity documents -------------------------------------------
    {
        "kind": "true_false",
        "difficulty": "medium",
        "tags": ["documents"],
        "stem": t(
            "<p>Withholding a worker's passport to facilitate trafficking can be an offence "
            "under section 279.03 of the <em>Criminal Code</em> even if the passport was "
            "issued by another country or is not authentic.</p>",
            "<p>Retenir le passeport d'un travailleur pour faciliter la traite peut constituer "
            "une infraction au sens de l'article 279.03 du <em>Code criminel</em>, même si le "
            "passeport a été délivré par un autre pays ou n'est pas authentique.</p>",
        ),
        "answer": True,
        "feedback_correct": t(
            "Right. The section applies whether or not the document is Canadian or authentic.",
            "Exact. L'article s'applique, que le document soit canadien ou non, authentique ou "
            "non.",
        ),
        "feedback_incorrect": t(
            "The statement is true: section 279.03 applies whether or not the document is of "
            "Canadian origin, and whether or not it is authentic.",
            "L'énoncé est vrai : l'article 279.03 s'applique, que le document soit d'origine "
            "canadienne ou non, et qu'il soit authentique ou non.",
        ),
        "explanation": t(
            "<p>Section 279.03 makes it an offence to conceal, remove, withhold or destroy "
            "another person's travel document, or any document that establishes or claims to "
            "establish their identity or immigration status, to commit or facilitate a "
            "trafficking offence. It does not matter where the document was issued or whether "
            "it is authentic. The offence requires a link to trafficking, and police decide "
            "whether it was committed.</p>",
            "<p>L'article 279.03 érige en infraction le fait de cacher, d'enlever, de retenir "
            "ou de détruire le document de voyage d'une autre personne, ou toute pièce "
            "établissant ou censée établir son identité ou son statut d'immigrant, en vue de "
            "commettre ou de faciliter une infraction de traite. Peu importe où le document a "
            "été délivré ou s'il est authentique. L'infraction exige un lien avec la traite, et "
            "c'est à la police de décider si elle a été commise.</p>",
        ),
    },
    {
        "kind": "numeric",
        "difficulty": "medium",
        "tags": ["documents"],
        "stem": t(
            "<p>What is the maximum prison term, in years, for concealing, removing, "
            "withholding or destroying another person's travel or identity documents for the "
            "purpose of committing or facilitating a trafficking offence?</p>",
            "<p>Quelle est la peine d'emprisonnement maximale, en années, pour le fait de "
            "cacher, d'enlever, de retenir ou de détruire les documents de voyage ou les pièces "
            "d'identité d'une autre personne en vue de commettre ou de faciliter une infraction "
            "de traite ?</p>",
        ),
        "numeric": {"value": 5, "tolerance": 0},
        "feedback_correct": t(
            "Right: up to five years' imprisonment.",
            "Exact : jusqu'à cinq ans d'emprisonnement.",
        ),
        "feedback_incorrect": t(
            "The answer is five years. Fourteen years is the maximum for trafficking itself in "
            "cases that are not aggravated.",
            "La réponse est cinq ans. Quatorze ans est la peine maximale pour la traite "
            "elle-même dans les cas non aggravés.",
        ),
        "explanation": t(
            "<p>Withholding or destroying documents (section 279.03 of the <em>Criminal "
            "Code</em>) is an indictable offence with a maximum penalty of five years' "
            "imprisonment. It applies when the documents are concealed, removed, withheld or "
            "destroyed to commit or facilitate trafficking under section 279.01 or "
            "279.011.</p>",
            "<p>La rétention ou la destruction de documents (article 279.03 du <em>Code "
            "criminel</em>) est un acte criminel passible d'une peine maximale de cinq ans "
            "d'emprisonnement. L'infraction s'applique lorsque les documents sont cachés, "
            "enlevés, retenus ou détruits en vue de commettre ou de faciliter une infraction "
            "de traite prévue à l'article 279.01 ou 279.011.</p>",
        ),
    },
    {
        "kind": "short_text",
        "difficulty": "medium",
        "tags": ["documents"],
        "stem": t(
            "<p>Which federal Act contains section 118, which prohibits knowingly organizing "
            "the coming into Canada of people by abduction, fraud, deception, or the use or "
            "threat of force or coercion? Give its name or its abbreviation.</p>",
            "<p>Quelle loi fédérale contient l'article 118, qui interdit d'organiser sciemment "
            "l'entrée au Canada de personnes par l'enlèvement, la fraude, la tromperie, ou "
            "l'usage ou la menace de la force ou de la coercition ? Indiquez son nom ou son "
            "sigle.</p>",
        ),
        "accepted": [
            t("IRPA", "LIPR"),
            t(
                "Immigration and Refugee Protection Act",
                "Loi sur l'immigration et la protection des réfugiés",
            ),
            t(
                "the Immigration and Refugee Protection Act",
                "la Loi sur l'immigration et la protection des réfugiés",
            ),
        ],
        "case_sensitive": False,
        "feedback_correct": t(
            "Right: the Immigration and Refugee Protection Act (IRPA).",
            "Exact : la Loi sur l'immigration et la protection des réfugiés (LIPR).",
        ),
        "feedback_incorrect": t(
            "The answer is the Immigration and Refugee Protection Act (IRPA).",
            "La réponse est la Loi sur l'immigration et la protection des réfugiés (LIPR).",
        ),
        "explanation": t(
            "<p>Section 118 of the <em>Immigration and Refugee Protection Act</em> (IRPA) "
            "prohibits knowingly organizing the coming into Canada of people by abduction, "
            "fraud, deception, or the use or threat of force or coercion. Organizing includes "
            "recruiting or transporting them and, once they are in Canada, receiving or "
            "harbouring them. The maximum penalty is a fine of up to $1 million, life "
            "imprisonment, or both.</p>",
            "<p>L'article 118 de la <em>Loi sur l'immigration et la protection des "
            "réfugiés</em> (LIPR) interdit d'organiser sciemment l'entrée au Canada de "
            "personnes par l'enlèvement, la fraude, la tromperie, ou l'usage ou la menace de la "
            "force ou de la coercition. Organiser comprend le recrutement et le transport de "
            "ces personnes et, une fois qu'elles sont au Canada, leur accueil ou leur "
            "hébergement. La peine maximale est une amende d'au plus 1 million de dollars, "
            "l'emprisonnement à perpétuité, ou les deux.</p>",
        ),
    },
    {
        "kind": "multiple_response",
        "difficulty": "medium",
        "tags": ["documents"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>During an inspection, a worker tells you that her employer keeps her work "
            "permit. When you speak with her privately, which questions does the course suggest "
            "keeping in mind? Select all that apply.</p>",
            "<p>Pendant une inspection, une travailleuse vous dit que son employeur garde son "
            "permis de travail. Lorsque vous lui parlez en privé, quelles questions le cours "
            "vous invite-t-il à garder en tête ? Sélectionnez toutes les réponses qui "
            "s'appliquent.</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Who holds her documents, and what reason was given?",
                    "Qui détient ses documents, et quelle raison a été invoquée ?",
                ),
                t(
                    "Yes. Note who holds them and the reason given, without challenging the "
                    "explanation on the spot.",
                    "Oui. Notez qui les détient et la raison invoquée, sans contester "
                    "l'explication sur place.",
                ),
            ),
            _choice(
                True,
                t(
                    "Can she get her documents back whenever she asks, and what happened if she "
                    "did ask?",
                    "Peut-elle récupérer ses documents quand elle le veut, et que s'est-il passé "
                    "si elle les a demandés ?",
                ),
                t(
                    "Yes. Whether she can get them back shows how much control someone else has.",
                    "Oui. La possibilité de les récupérer montre le degré de contrôle qu'exerce "
                    "une autre personne.",
                ),
            ),
            _choice(
                True,
                t(
                    "Is she afraid of what could happen to her without her documents?",
                    "Craint-elle ce qui pourrait lui arriver sans ses documents ?",
                ),
                t(
                    "Yes. Fear of arrest, deportation or punishment without documents is itself "
                    "an important indicator.",
                    "Oui. La peur d'être arrêtée, expulsée ou punie sans ses documents constitue "
                    "en soi un indicateur important.",
                ),
            ),
            _choice(
                True,
                t(
                    "Are other workers in the same situation?",
                    "D'autres travailleurs sont-ils dans la même situation ?",
                ),
                t(
                    "Yes. Documents are often collected from a whole group, so others may be at "
                    "risk.",
                    "Oui. Les documents sont souvent recueillis auprès d'un groupe entier ; "
                    "d'autres personnes peuvent donc être à risque.",
                ),
            ),
            _choice(
                False,
                t(
                    "Would she like you to ask her employer for the permit right away?",
                    "Souhaite-t-elle que vous demandiez son permis à son employeur sur-le-champ ?",
                ),
                t(
                    "No. Asking the employer reveals what you suspect and can expose her to "
                    "retaliation. Record, then refer.",
                    "Non. Le demander à l'employeur révèle vos soupçons et peut l'exposer à des "
                    "représailles. Consignez, puis signalez.",
                ),
            ),
            _choice(
                False,
                t(
                    "Can she prove that the employer has the permit before you write it down?",
                    "Peut-elle prouver que l'employeur détient son permis avant que vous le "
                    "notiez ?",
                ),
                t(
                    "No. Your role is to notice and record what you saw and heard, not to "
                    "demand proof; police investigate.",
                    "Non. Votre rôle est de remarquer et de consigner ce que vous avez vu et "
                    "entendu, et non d'exiger des preuves ; c'est la police qui enquête.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: who holds the documents and why, whether she can get them back, her fears "
            "and whether others are affected.",
            "Exact : qui détient les documents et pourquoi, si elle peut les récupérer, ses "
            "craintes et la situation des autres travailleurs.",
        ),
        "feedback_incorrect": t(
            "Not quite. Ask about control, fear and other workers, but never alert the employer "
            "or demand proof.",
            "Pas tout à fait. Informez-vous sur le contrôle, les craintes et les autres "
            "travailleurs, mais n'alertez jamais l'employeur et n'exigez pas de preuves.",
        ),
        "explanation": t(
            "<p>When someone else holds a worker's documents, note who holds them and the "
            "reason given, ask the worker privately whether she can get them back and what "
            "happened if she asked, notice whether she fears being without them, and consider "
            "whether other workers are in the same situation. Do not challenge the employer: "
            "record what you learn and refer.</p>",
            "<p>Lorsqu'une autre personne détient les documents d'une travailleuse, notez qui "
            "les détient et la raison invoquée, demandez-lui en privé si elle peut les "
            "récupérer et ce qui s'est passé si elle les a demandés, remarquez si elle craint "
            "de se trouver sans eux, et demandez-vous si d'autres travailleurs sont dans la "
            "même situation. Ne confrontez pas l'employeur : consignez ce que vous apprenez et "
            "signalez le cas.</p>",
        ),
    },
    # -- Scenario: passports at a greenhouse ------------------------------------------------
    {
        "kind": "multiple_response",
        "difficulty": "medium",
        "tags": ["indicators", "documents"],
        "scenario": "greenhouse",
        "partial_credit": "proportional",
        "stem": t(
            "<p>Which of these observations at the greenhouse may indicate forced labour? "
            "Select all that apply.</p>",
            "<p>Lesquelles de ces observations faites à la serre peuvent indiquer du travail "
            "forcé ? Sélectionnez toutes les réponses qui s'appliquent.</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "The workers' passports and permits are kept in the office at the agency's "
                    "request.",
                    "Les passeports et les permis des travailleurs sont gardés au bureau à la "
                    "demande de l'agence.",
                ),
                t(
                    "Yes. Withheld identity documents are a key means of control, whatever the "
                    "explanation.",
                    "Oui. La rétention des pièces d'identité est un moyen de contrôle clé, "
                    "quelle que soit l'explication.",
                ),
            ),
            _choice(
                True,
                t(
                    "The agency collects the workers' wages and gives them a small allowance.",
                    "L'agence touche le salaire des travailleurs et leur remet une petite "
                    "allocation.",
                ),
                t(
                    "Yes. Third-party control of pay is a serious warning sign.",
                    "Oui. Le contrôle de la paie par un tiers est un signal d'alarme sérieux.",
                ),
            ),
            _choice(
                True,
                t(
                    "The workers live in employer-owned housing and may not go out on their own.",
                    "Les travailleurs logent dans une maison appartenant à l'employeur et n'ont "
                    "pas le droit de sortir seuls.",
                ),
                t(
                    "Yes. Restrictions on movement and dependence on the employer for housing "
                    "are strong indicators of control.",
                    "Oui. Les restrictions de déplacement et la dépendance envers l'employeur "
                    "pour le logement sont de forts indicateurs de contrôle.",
                ),
            ),
            _choice(
                True,
                t(
                    "The workers had been promised jobs in another province.",
                    "On avait promis aux travailleurs des emplois dans une autre province.",
                ),
                t(
                    "Yes. A job that differs from what was promised is a possible sign of "
                    "deception.",
                    "Oui. Un emploi qui diffère de celui qui avait été promis peut signaler une "
                    "tromperie.",
                ),
            ),
            _choice(
                True,
                t(
                    "A worker was told that his parents would “pay” if he left.",
                    "Un travailleur s'est fait dire que ses parents « paieraient » s'il partait.",
                ),
                t(
                    "Yes. Threats against people the worker knows are at the heart of "
                    "exploitation under section 279.04.",
                    "Oui. Les menaces visant des personnes que le travailleur connaît sont au "
                    "cœur de l'exploitation.",
                ),
            ),
            _choice(
                False,
                t(
                    "Health and safety notices are posted in the workers' languages.",
                    "Des avis de santé et de sécurité sont affichés dans les langues des "
                    "travailleurs.",
                ),
                t(
                    "No. This is good practice, although it does not rule out problems elsewhere.",
                    "Non. C'est une bonne pratique, même si cela n'exclut pas des problèmes "
                    "ailleurs.",
                ),
            ),
            _choice(
                False,
                t(
                    "The workers are in Canada as temporary foreign workers.",
                    "Les travailleurs sont au Canada à titre de travailleurs étrangers "
                    "temporaires.",
                ),
                t(
                    "No. Being a temporary foreign worker is not, on its own, an indicator; look "
                    "at how workers are treated.",
                    "Non. Être travailleur étranger temporaire n'est pas, en soi, un "
                    "indicateur ; examinez la façon dont les travailleurs sont traités.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: five indicators, and two details that are not indicators on their own.",
            "Exact : cinq indicateurs, et deux détails qui ne sont pas des indicateurs en soi.",
        ),
        "feedback_incorrect": t(
            "Not quite. Look for control of documents, pay, movement and information, and for "
            "threats.",
            "Pas tout à fait. Cherchez le contrôle des documents, de la paie, des déplacements "
            "et de l'information, ainsi que les menaces.",
        ),
        "explanation": t(
            "<p>Withheld passports and permits, third-party control of wages, restricted "
            "movement in employer-owned housing, a job that differs from what was promised and "
            "threats against family are all indicators. Together they call for a referral to "
            "police. Posted safety notices are good practice, and immigration status alone "
            "is not an indicator.</p>",
            "<p>Les passeports et permis retenus, le contrôle du salaire par un tiers, les "
            "restrictions de déplacement dans un logement appartenant à l'employeur, un emploi "
            "qui diffère de celui promis et les menaces contre la famille sont tous des "
            "indicateurs. Ensemble, ils justifient un signalement à la police. L'affichage des "
            "avis de sécurité est une bonne pratique, et le statut d'immigration à lui seul "
            "n'est pas un indicateur.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["documents"],
        "scenario": "greenhouse",
        "stem": t(
            "<p>The owner adds that the workers agreed to let the agency keep their documents. "
            "Which statement is accurate?</p>",
            "<p>Le propriétaire ajoute que les travailleurs ont accepté que l'agence garde "
            "leurs documents. Quel énoncé est exact ?</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Someone else holding the workers' documents is a serious warning sign "
                    "whatever the explanation; whether it is an offence is for police to "
                    "determine.",
                    "Le fait qu'une autre personne détienne les documents des travailleurs est "
                    "un signal d'alarme sérieux, quelle que soit l'explication ; c'est à la "
                    "police de déterminer s'il s'agit d'une infraction.",
                ),
                t(
                    "Correct. Record what you saw and the reason given, and refer; do not decide "
                    "the legal question yourself.",
                    "Exact. Consignez ce que vous avez vu et la raison invoquée, et signalez le "
                    "cas ; ne tranchez pas vous-même la question juridique.",
                ),
            ),
            _choice(
                False,
                t(
                    "Because the workers agreed, there is nothing to record.",
                    "Puisque les travailleurs ont donné leur accord, il n'y a rien à consigner.",
                ),
                t(
                    "An explanation that sounds reasonable does not remove the warning sign, "
                    "and workers may not feel free to refuse.",
                    "Une explication qui semble raisonnable n'efface pas le signal d'alarme, et "
                    "les travailleurs ne se sentent pas forcément libres de refuser.",
                ),
            ),
            _choice(
                False,
                t(
                    "Holding documents is always an offence, so you should tell the owner so on "
                    "the spot.",
                    "Détenir des documents est toujours une infraction ; vous devriez donc le "
                    "dire au propriétaire sur-le-champ.",
                ),
                t(
                    "The offence requires a link to trafficking, and police decide. Confronting "
                    "the owner could alert the agency and put workers at risk.",
                    "L'infraction exige un lien avec la traite, et c'est la police qui décide. "
                    "Confronter le propriétaire pourrait alerter l'agence et mettre les "
                    "travailleurs en danger.",
                ),
            ),
            _choice(
                False,
                t(
                    "It is a concern only if the documents are locked away rather than kept in "
                    "an open box.",
                    "Ce n'est préoccupant que si les documents sont sous clé plutôt que dans une "
                    "boîte ouverte.",
                ),
                t(
                    "Locked or not, documents held by someone else can keep workers from "
                    "leaving or seeking help.",
                    "Sous clé ou non, des documents détenus par une autre personne peuvent "
                    "empêcher les travailleurs de partir ou de chercher de l'aide.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: treat it as a warning sign, record it and let police decide.",
            "Exact : considérez-le comme un signal d'alarme, consignez-le et laissez la police "
            "décider.",
        ),
        "feedback_incorrect": t(
            "Not quite. The explanation does not remove the warning sign, and deciding whether "
            "an offence occurred is not your role.",
            "Pas tout à fait. L'explication n'efface pas le signal d'alarme, et ce n'est pas à "
            "vous de décider s'il y a eu infraction.",
        ),
        "explanation": t(
            "<p>An employer, supervisor, recruiter or landlord who holds workers' passports or "
            "permits is a serious warning sign, even when the explanation sounds reasonable. "
            "Withholding documents is an offence under section 279.03 only when it is linked to "
            "trafficking, and police decide. Your role is to notice, record and refer, not to "
            "investigate or confront.</p>",
            "<p>Un employeur, un superviseur, un recruteur ou un locateur qui détient les "
            "passeports ou les permis des travailleurs constitue un signal d'alarme sérieux, "
            "même si l'explication semble raisonnable. La rétention de documents n'est une "
            "infraction au sens de l'article 279.03 que si elle est liée à la traite, et c'est "
            "la police qui en décide. Votre rôle est de remarquer, de consigner et de signaler, "
            "non d'enquêter ni de confronter.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["referral"],
        "scenario": "greenhouse",
        "stem": t(
            "<p>You finish the inspection without reacting. Back at the office, what should you "
            "do first?</p>",
            "<p>Vous terminez l'inspection sans réagir. De retour au bureau, que devriez-vous "
            "faire en premier ?</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Refer the matter promptly to police under your protocol, record the facts "
                    "accurately and share information only as the law and your policies allow.",
                    "Signaler promptement la situation à la police selon votre protocole, "
                    "consigner les faits avec exactitude et ne communiquer l'information que "
                    "dans la mesure permise par la loi et vos politiques.",
                ),
                t(
                    "Correct. A prompt, documented referral lets police plan a safe approach.",
                    "Exact. Un signalement rapide et bien documenté permet à la police de "
                    "planifier une intervention sûre.",
                ),
            ),
            _choice(
                False,
                t(
                    "Write to the agency and ask it to explain the wage deductions.",
                    "Écrire à l'agence pour lui demander d'expliquer les retenues sur le salaire.",
                ),
                t(
                    "Contact that reveals your concerns can lead to retaliation, to workers "
                    "being moved and to lost evidence. Refer first.",
                    "Toute démarche qui révèle vos soupçons peut entraîner des représailles, le "
                    "déplacement des travailleurs et la perte de preuves. Signalez d'abord.",
                ),
            ),
            _choice(
                False,
                t(
                    "Issue an order for the unpaid wages and close the file.",
                    "Émettre un ordre de paiement du salaire impayé et fermer le dossier.",
                ),
                t(
                    "A labour standards remedy alone does not address possible trafficking. "
                    "Signs of forced labour must be referred.",
                    "Une mesure relative aux normes du travail ne règle pas, à elle seule, un cas "
                    "possible de traite. Les signes de travail forcé doivent être signalés.",
                ),
            ),
            _choice(
                False,
                t(
                    "Wait until a worker files a formal complaint.",
                    "Attendre qu'un travailleur dépose une plainte officielle.",
                ),
                t(
                    "Victims rarely come forward, and many fear the authorities. Waiting leaves "
                    "workers at risk.",
                    "Les victimes se manifestent rarement, et beaucoup craignent les autorités. "
                    "Attendre laisse les travailleurs en danger.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: refer promptly, keep accurate notes and share within the law.",
            "Exact : signalez rapidement, prenez des notes exactes et communiquez l'information "
            "dans le respect de la loi.",
        ),
        "feedback_incorrect": t(
            "Not quite. Several signs together call for a prompt referral to police, without "
            "alerting the employer or the agency.",
            "Pas tout à fait. Plusieurs signes réunis justifient un signalement rapide à la "
            "police, sans alerter l'employeur ni l'agence.",
        ),
        "explanation": t(
            "<p>When you suspect forced labour, refer promptly to the police of jurisdiction or "
            "the RCMP, following your protocol, write down what you saw and heard accurately "
            "and without speculation, and share information only as the law and your policies "
            "allow. Compliance measures still matter, but they come after the referral and "
            "never replace it.</p>",
            "<p>Si vous soupçonnez du travail forcé, signalez rapidement le cas au service de "
            "police compétent ou à la GRC selon votre protocole, notez ce que vous avez vu et "
            "entendu avec exactitude et sans conjectures, et ne communiquez l'information que "
            "dans la mesure permise par la loi et vos politiques. Les mesures de conformité "
            "restent importantes, mais elles viennent après le signalement et ne le remplacent "
            "jamais.</p>",
        ),
    },
    # -- Lesson 4: indicators ---------------------------------------------------------------
    {
        "kind": "single_choice",
        "difficulty": "easy",
        "tags": ["indicators"],
        "stem": t(
            "<p>Which of these is a reassuring practice rather than a higher-risk sign?</p>",
            "<p>Laquelle de ces situations est une pratique rassurante plutôt qu'un signe de "
            "risque élevé ?</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Workers are paid directly and receive clear pay statements.",
                    "Les travailleurs sont payés directement et reçoivent des relevés de paie "
                    "clairs.",
                ),
                t(
                    "Correct. Direct pay with clear statements is a reassuring practice.",
                    "Exact. Un salaire versé directement, avec des relevés clairs, est une "
                    "pratique rassurante.",
                ),
            ),
            _choice(
                False,
                t(
                    "Wages are paid to a third party, who passes on an allowance.",
                    "Le salaire est versé à un tiers, qui remet une allocation aux travailleurs.",
                ),
                t(
                    "This is a higher-risk sign: a third party controls the workers' pay.",
                    "C'est un signe de risque élevé : un tiers contrôle la paie des travailleurs.",
                ),
            ),
            _choice(
                False,
                t(
                    "A supervisor is always present when workers speak with officers.",
                    "Un superviseur est toujours présent lorsque les travailleurs parlent aux "
                    "agents.",
                ),
                t(
                    "This is a higher-risk sign: workers should be able to speak privately.",
                    "C'est un signe de risque élevé : les travailleurs devraient pouvoir parler "
                    "en privé.",
                ),
            ),
            _choice(
                False,
                t(
                    "The employer keeps the workers' permits in a locked cabinet.",
                    "L'employeur garde les permis des travailleurs dans une armoire verrouillée.",
                ),
                t(
                    "This is a higher-risk sign: workers should keep their own documents.",
                    "C'est un signe de risque élevé : les travailleurs devraient garder leurs "
                    "propres documents.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: workers paid directly, with clear statements.",
            "Exact : des travailleurs payés directement, avec des relevés clairs.",
        ),
        "feedback_incorrect": t(
            "Not quite. Control of pay, of conversations or of documents by others is a "
            "higher-risk sign.",
            "Pas tout à fait. Le contrôle de la paie, des conversations ou des documents par "
            "d'autres personnes est un signe de risque élevé.",
        ),
        "explanation": t(
            "<p>Reassuring practices include workers keeping their own documents, work that "
            "matches the job offer, direct pay with clear statements, freedom to come and go "
            "outside working hours and the chance to speak privately with officers in a "
            "language they understand. Their opposites are higher-risk signs.</p>",
            "<p>Parmi les pratiques rassurantes : les travailleurs gardent leurs propres "
            "documents, le travail correspond à l'offre d'emploi, le salaire est versé "
            "directement avec des relevés clairs, les travailleurs vont et viennent librement "
            "en dehors des heures de travail et peuvent parler en privé aux agents, dans une "
            "langue qu'ils comprennent. Leurs contraires sont des signes de risque élevé.</p>",
        ),
    },
    {
        "kind": "multiple_response",
        "difficulty": "medium",
        "tags": ["indicators"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>Which of these situations involving recruiters or other third parties may point "
            "to forced labour? Select all that apply.</p>",
            "<p>Lesquelles de ces situations mettant en cause des recruteurs ou d'autres tiers "
            "peuvent indiquer du travail forcé ? Sélectionnez toutes les réponses qui "
            "s'appliquent.</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "A recruiter controls the worker's bank account.",
                    "Un recruteur contrôle le compte bancaire du travailleur.",
                ),
                t(
                    "Yes. Third-party control of pay, bank accounts or paperwork is an indicator.",
                    "Oui. Le contrôle de la paie, du compte bancaire ou des documents par un "
                    "tiers est un indicateur.",
                ),
            ),
            _choice(
                True,
                t(
                    "The worker says he owes a recruitment and travel debt that he cannot "
                    "realistically repay.",
                    "Le travailleur dit devoir des frais de recrutement et de voyage qu'il ne "
                    "peut pas raisonnablement rembourser.",
                ),
                t(
                    "Yes. A debt that cannot realistically be repaid is a means of control.",
                    "Oui. Une dette qu'il est impossible de rembourser raisonnablement est un "
                    "moyen de contrôle.",
                ),
            ),
            _choice(
                True,
                t(
                    "The same agent appears in several files that raise similar concerns.",
                    "Le même agent apparaît dans plusieurs dossiers qui soulèvent des "
                    "préoccupations semblables.",
                ),
                t(
                    "Yes. Patterns across files can reveal a third party that needs scrutiny.",
                    "Oui. Les tendances d'un dossier à l'autre peuvent révéler un tiers qui "
                    "mérite un examen plus attentif.",
                ),
            ),
            _choice(
                False,
                t(
                    "A recruiter found the job for the worker, and the work matches the job "
                    "offer and the contract.",
                    "Un recruteur a trouvé l'emploi du travailleur, et le travail correspond à "
                    "l'offre d'emploi et au contrat.",
                ),
                t(
                    "No. Using a recruiter is not a sign in itself, and work that matches the "
                    "offer and contract is reassuring.",
                    "Non. Le recours à un recruteur n'est pas un signe en soi, et un travail qui "
                    "correspond à l'offre et au contrat est rassurant.",
                ),
            ),
            _choice(
                False,
                t(
                    "The worker asks you how overtime pay is calculated.",
                    "Le travailleur vous demande comment sont calculées les heures "
                    "supplémentaires.",
                ),
                t(
                    "No. Asking about rights is normal and suggests a worker who feels able to "
                    "speak up.",
                    "Non. S'informer de ses droits est normal et laisse croire que le "
                    "travailleur se sent libre de parler.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: control of money, unpayable debt and repeated concerns about the same agent.",
            "Exact : le contrôle de l'argent, une dette impossible à rembourser et des "
            "préoccupations répétées au sujet du même agent.",
        ),
        "feedback_incorrect": t(
            "Not quite. Look at what the third party controls and at patterns across files.",
            "Pas tout à fait. Examinez ce que le tiers contrôle et les tendances d'un dossier à "
            "l'autre.",
        ),
        "explanation": t(
            "<p>Indicators involving recruiters and other third parties include control of a "
            "worker's pay, bank account or paperwork, a recruitment or travel debt the worker "
            "cannot realistically repay, a different job, employer or location promised before "
            "arrival, and the same third party appearing in several files with similar "
            "concerns. Some investigations have involved fraudulent use of the TFWP by third "
            "parties.</p>",
            "<p>Les indicateurs liés aux recruteurs et autres tiers comprennent le contrôle de "
            "la paie, du compte bancaire ou des documents du travailleur, des frais de "
            "recrutement ou de voyage qu'il ne peut pas raisonnablement rembourser, un autre "
            "emploi, employeur ou lieu promis avant l'arrivée, et la présence du même tiers "
            "dans plusieurs dossiers aux préoccupations semblables. Certaines enquêtes ont "
            "porté sur l'utilisation frauduleuse du PTET par des tiers.</p>",
        ),
    },
    {
        "kind": "true_false",
        "difficulty": "easy",
        "tags": ["indicators"],
        "stem": t(
            "<p>No single indicator proves forced labour: indicators should be weighed "
            "together, and several together call for a referral to police.</p>",
            "<p>Aucun indicateur ne prouve à lui seul le travail forcé : il faut évaluer les "
            "indicateurs ensemble, et plusieurs indicateurs réunis justifient un signalement à "
            "la police.</p>",
        ),
        "answer": True,
        "feedback_correct": t(
            "Right. Look at the whole picture, not at one detail in isolation.",
            "Exact. Considérez l'ensemble de la situation, et non un détail isolé.",
        ),
        "feedback_incorrect": t(
            "The statement is true: weigh indicators together, and refer when several point "
            "to forced labour.",
            "L'énoncé est vrai : évaluez les indicateurs ensemble et signalez le cas lorsque "
            "plusieurs d'entre eux indiquent du travail forcé.",
        ),
        "explanation": t(
            "<p>Forced labour is hidden by design, and a single sign, such as tiredness after "
            "a long shift, rarely tells the whole story. Indicators help you decide when to look "
            "more closely and when to refer: several together call for a referral to police.</p>",
            "<p>Le travail forcé est caché par nature, et un seul signe, comme la fatigue après "
            "un long quart, dit rarement tout. Les indicateurs vous aident à décider quand "
            "examiner la situation de plus près et quand signaler le cas : plusieurs "
            "indicateurs réunis justifient un signalement à la police.</p>",
        ),
    },
    # -- Lesson 5: when you suspect forced labour -------------------------------------------
    {
        "kind": "single_choice",
        "difficulty": "easy",
        "tags": ["referral"],
        "stem": t(
            "<p>You suspect forced labour at a workplace, but no one is in immediate danger. "
            "Whom should you contact, following your organization's protocol?</p>",
            "<p>Vous soupçonnez du travail forcé dans un lieu de travail, mais personne n'est "
            "en danger immédiat. Avec qui devriez-vous communiquer, selon le protocole de "
            "votre organisation ?</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "The police of jurisdiction or the RCMP",
                    "Le service de police compétent ou la GRC",
                ),
                t(
                    "Correct. Police investigate Criminal Code offences and can plan a safe "
                    "approach.",
                    "Exact. La police enquête sur les infractions au Code criminel et peut "
                    "planifier une intervention sûre.",
                ),
            ),
            _choice(
                False,
                t(
                    "The employer, to give them a chance to explain",
                    "L'employeur, pour lui donner l'occasion de s'expliquer",
                ),
                t(
                    "Alerting the employer can lead to retaliation, to workers being moved and "
                    "to evidence being destroyed.",
                    "Alerter l'employeur peut entraîner des représailles, le déplacement des "
                    "travailleurs et la destruction de preuves.",
                ),
            ),
            _choice(
                False,
                t(
                    "The recruiter who placed the workers",
                    "Le recruteur qui a placé les travailleurs",
                ),
                t(
                    "A recruiter may be part of the exploitation. Contacting them can alert "
                    "those involved.",
                    "Un recruteur peut participer à l'exploitation. Communiquer avec lui peut "
                    "alerter les personnes en cause.",
                ),
            ),
            _choice(
                False,
                t(
                    "No one, until you have proof that a crime was committed",
                    "Personne, tant que vous n'avez pas la preuve qu'un crime a été commis",
                ),
                t(
                    "Proof is not your job: police investigate. Your role is to notice, record "
                    "and refer.",
                    "Les preuves ne sont pas votre affaire : c'est la police qui enquête. Votre "
                    "rôle est de remarquer, de consigner et de signaler.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: refer to the police of jurisdiction or the RCMP.",
            "Exact : signalez le cas au service de police compétent ou à la GRC.",
        ),
        "feedback_incorrect": t(
            "Not quite. Refer to police without alerting the employer or anyone connected to "
            "them, and without waiting for proof.",
            "Pas tout à fait. Signalez le cas à la police sans alerter l'employeur ni "
            "quiconque lui est lié, et sans attendre de preuves.",
        ),
        "explanation": t(
            "<p>Refer promptly to the police of jurisdiction (municipal, provincial or the RCMP) "
            "and follow your protocol for involving other partners. In an emergency, call 911. "
            "Let police decide how and when to approach the employer.</p>",
            "<p>Signalez rapidement le cas au service de police compétent (municipal, "
            "provincial ou la GRC) et suivez votre protocole pour faire appel aux autres "
            "partenaires. En cas d'urgence, composez le 911. Laissez la police décider quand "
            "et comment approcher l'employeur.</p>",
        ),
    },
    {
        "kind": "multiple_response",
        "difficulty": "medium",
        "tags": ["referral"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>Which of these are among the steps the course recommends when you suspect "
            "forced labour? Select all that apply.</p>",
            "<p>Lesquelles de ces étapes le cours recommande-t-il lorsque vous soupçonnez du "
            "travail forcé ? Sélectionnez toutes les réponses qui s'appliquent.</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Speak with the worker privately, with an independent interpreter.",
                    "Parler au travailleur en privé, avec un interprète indépendant.",
                ),
                t(
                    "Yes. Workers may be able to speak only in private.",
                    "Oui. Les travailleurs ne peuvent parfois s'exprimer qu'en privé.",
                ),
            ),
            _choice(
                True,
                t(
                    "Be honest about what you can and cannot do, without making promises.",
                    "Être honnête sur ce que vous pouvez faire et ne pas faire, sans faire de "
                    "promesses.",
                ),
                t(
                    "Yes. Promises you cannot keep destroy the trust that later help depends on.",
                    "Oui. Des promesses impossibles à tenir détruisent la confiance dont dépend "
                    "toute aide ultérieure.",
                ),
            ),
            _choice(
                True,
                t(
                    "Write down what you saw and heard, accurately and without speculation.",
                    "Noter ce que vous avez vu et entendu, avec exactitude et sans conjectures.",
                ),
                t(
                    "Yes. Accurate notes support the referral and help police plan.",
                    "Oui. Des notes exactes appuient le signalement et aident la police à "
                    "planifier son intervention.",
                ),
            ),
            _choice(
                False,
                t(
                    "Use the interpreter the employer provides, since they know the workers.",
                    "Faire appel à l'interprète fourni par l'employeur, puisqu'il connaît les "
                    "travailleurs.",
                ),
                t(
                    "No. Never use an interpreter supplied by the employer: use an independent "
                    "one.",
                    "Non. Ne faites jamais appel à un interprète fourni par l'employeur : "
                    "choisissez un interprète indépendant.",
                ),
            ),
            _choice(
                False,
                t(
                    "Ask the employer for an explanation so that your file is complete.",
                    "Demander des explications à l'employeur pour que votre dossier soit complet.",
                ),
                t(
                    "No. Asking the employer for explanations can lead to retaliation and lost "
                    "evidence. Refer first.",
                    "Non. Demander des explications à l'employeur peut entraîner des "
                    "représailles et la perte de preuves. Signalez d'abord.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: speak privately, make no promises and keep accurate notes.",
            "Exact : parlez en privé, ne faites aucune promesse et prenez des notes exactes.",
        ),
        "feedback_incorrect": t(
            "Not quite. Anything that involves the employer before police act can put workers "
            "at risk.",
            "Pas tout à fait. Toute démarche auprès de l'employeur avant l'intervention de la "
            "police peut mettre les travailleurs en danger.",
        ),
        "explanation": t(
            "<p>The course's steps are: safety first (call 911 if anyone is in immediate "
            "danger); do not alert the employer; speak privately, with an independent "
            "interpreter; make no promises; refer promptly to police; and record accurately and "
            "share information only within the law.</p>",
            "<p>Les étapes du cours sont les suivantes : la sécurité d'abord (composez le 911 "
            "si quelqu'un est en danger immédiat) ; n'alertez pas l'employeur ; parlez en "
            "privé, avec un interprète indépendant ; ne faites aucune promesse ; signalez "
            "rapidement le cas à la police ; consignez avec exactitude et ne communiquez "
            "l'information que dans le respect de la loi.</p>",
        ),
    },
    {
        "kind": "single_choice",
        "difficulty": "medium",
        "tags": ["referral"],
        "stem": t(
            "<p>A worker tells you that she is afraid of being deported if she speaks to "
            "police. Which response gives accurate information without making promises?</p>",
            "<p>Une travailleuse vous dit qu'elle a peur d'être expulsée si elle parle à la "
            "police. Quelle réponse lui donne une information exacte sans faire de "
            "promesses ?</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Explain in general terms that immigration officers can issue temporary "
                    "resident permits to foreign national victims of trafficking, and that "
                    "victims do not have to testify against their trafficker to obtain status.",
                    "Lui expliquer en termes généraux que les agents d'immigration peuvent "
                    "délivrer des permis de séjour temporaire aux victimes de la traite de "
                    "nationalité étrangère, et que les victimes n'ont pas à témoigner contre "
                    "leur trafiquant pour obtenir un statut.",
                ),
                t(
                    "Correct. Accurate general information eases the fear traffickers rely on; "
                    "decisions belong to the responsible authorities.",
                    "Exact. Une information générale exacte apaise la peur sur laquelle comptent "
                    "les trafiquants ; les décisions appartiennent aux autorités compétentes.",
                ),
            ),
            _choice(
                False,
                t(
                    "Promise her that she will be allowed to stay in Canada.",
                    "Lui promettre qu'elle pourra rester au Canada.",
                ),
                t(
                    "Never promise outcomes you cannot guarantee. Decisions belong to the "
                    "responsible authorities.",
                    "Ne promettez jamais un résultat que vous ne pouvez pas garantir. Les "
                    "décisions appartiennent aux autorités compétentes.",
                ),
            ),
            _choice(
                False,
                t(
                    "Tell her that she can obtain status only if she testifies against her "
                    "employer.",
                    "Lui dire qu'elle ne pourra obtenir un statut que si elle témoigne contre "
                    "son employeur.",
                ),
                t(
                    "This is wrong: victims are not required to testify against their trafficker "
                    "to obtain temporary or permanent resident status.",
                    "C'est faux : les victimes ne sont pas tenues de témoigner contre leur "
                    "trafiquant pour obtenir le statut de résident temporaire ou permanent.",
                ),
            ),
            _choice(
                False,
                t(
                    "Tell her that without her passport she should avoid contacting anyone.",
                    "Lui dire que sans passeport, elle devrait éviter de communiquer avec qui "
                    "que ce soit.",
                ),
                t(
                    "This repeats the trafficker's message. The person whose passport is "
                    "withheld is not the wrongdoer.",
                    "Vous reprendriez ainsi le message du trafiquant. La personne dont on retient "
                    "le passeport n'est pas en faute.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: general, accurate information about protections, and no promises.",
            "Exact : une information générale et exacte sur les protections, sans promesses.",
        ),
        "feedback_incorrect": t(
            "Not quite. Describe the protections in general terms without promising any outcome.",
            "Pas tout à fait. Décrivez les protections en termes généraux, sans promettre de "
            "résultat.",
        ),
        "explanation": t(
            "<p>Workers often fear that speaking up will lead to deportation. You can mention "
            "in general terms that immigration officers can issue short-term temporary resident "
            "permits to foreign national victims, that these victims can receive interim "
            "federal health care and that they are not required to testify against their "
            "trafficker to obtain temporary or permanent resident status. Do not promise any "
            "outcome.</p>",
            "<p>Les travailleurs craignent souvent que le fait de parler entraîne leur "
            "expulsion. Vous pouvez mentionner en termes généraux que les agents d'immigration "
            "peuvent délivrer des permis de séjour temporaire de courte durée aux victimes de "
            "nationalité étrangère, que ces victimes peuvent recevoir des soins de santé "
            "fédéraux provisoires et qu'elles ne sont pas tenues de témoigner contre leur "
            "trafiquant pour obtenir le statut de résident temporaire ou permanent. Ne "
            "promettez aucun résultat.</p>",
        ),
    },
    {
        "kind": "ordering",
        "difficulty": "medium",
        "tags": ["referral", "documents"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>During a scheduled inspection, you notice a pile of workers' passports in the "
            "manager's office, and the manager says the workers prefer it that way. Put these "
            "steps in the order the course recommends.</p>",
            "<p>Pendant une inspection prévue, vous remarquez une pile de passeports de "
            "travailleurs dans le bureau du gérant, qui affirme que les travailleurs préfèrent "
            "qu'il en soit ainsi. Placez ces étapes dans l'ordre que recommande le cours.</p>",
        ),
        "items": [
            t(
                "Note the passports and the manager's explanation without reacting, and finish "
                "the inspection as planned",
                "Noter les passeports et l'explication du gérant sans réagir, et terminer "
                "l'inspection comme prévu",
            ),
            t(
                "Speak with workers one at a time, away from supervisors, with an interpreter "
                "you arranged yourself",
                "Rencontrer les travailleurs un à un, à l'écart des superviseurs, avec un "
                "interprète que vous avez vous-même choisi",
            ),
            t(
                "Refer the matter promptly to police under your protocol, with accurate notes",
                "Signaler promptement la situation à la police selon votre protocole, notes "
                "exactes à l'appui",
            ),
            t(
                "Pursue labour standards remedies, such as unpaid wages, once the referral has "
                "been made",
                "Donner suite aux mesures relatives aux normes du travail, comme le salaire "
                "impayé, une fois le signalement fait",
            ),
        ],
        "feedback_correct": t(
            "Right: stay calm, speak privately, refer, then pursue compliance.",
            "Exact : garder son calme, parler en privé, signaler, puis veiller à la conformité.",
        ),
        "feedback_incorrect": t(
            "Not quite. Protect first: do not react on site, speak privately, refer, and only "
            "then pursue compliance.",
            "Pas tout à fait. Protégez d'abord : ne réagissez pas sur place, parlez en privé, "
            "signalez, et seulement ensuite veillez à la conformité.",
        ),
        "explanation": t(
            "<p>Staying calm on site protects the workers and what you know; private interviews "
            "are where workers may be able to speak; a prompt, documented referral lets police "
            "plan a safe approach. Labour standards remedies still matter, but timing matters "
            "too: protect first, then pursue compliance.</p>",
            "<p>Garder son calme sur place protège les travailleurs et l'information que vous "
            "détenez ; c'est en entrevue privée que les travailleurs peuvent parfois "
            "s'exprimer ; un signalement rapide et documenté permet à la police de planifier "
            "une intervention sûre. Les mesures relatives aux normes du travail restent "
            "importantes, mais le moment compte : protéger d'abord, veiller à la conformité "
            "ensuite.</p>",
        ),
    },
    # -- Lesson 6: working with partners ----------------------------------------------------
    {
        "kind": "matching",
        "difficulty": "medium",
        "tags": ["partnerships"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>Match each partner with the role the plan describes for it.</p>",
            "<p>Associez chaque partenaire au rôle que lui attribue le plan.</p>",
        ),
        "pairs": [
            {
                "left": t("Provinces and territories", "Provinces et territoires"),
                "right": t(
                    "Enforce labour standards, occupational health and safety and labour "
                    "relations in their own jurisdiction",
                    "Appliquent les normes du travail, les règles de santé et de sécurité au "
                    "travail et celles des relations de travail sur leur territoire",
                ),
            },
            {
                "left": t(
                    "Citizenship and Immigration Canada", "Citoyenneté et Immigration Canada"
                ),
                "right": t(
                    "Issues temporary resident permits to foreign national victims",
                    "Délivre des permis de séjour temporaire aux victimes étrangères",
                ),
            },
            {
                "left": t("RCMP and other police", "GRC et autres services de police"),
                "right": t(
                    "Receive referrals and lead any criminal investigation",
                    "Reçoivent les signalements et dirigent toute enquête criminelle",
                ),
            },
            {
                "left": t(
                    "Canada Border Services Agency", "Agence des services frontaliers du Canada"
                ),
                "right": t(
                    "Works with the RCMP on enforcement and reaches out to vulnerable foreign "
                    "nationals",
                    "Collabore avec la GRC pour l'application de la loi et cherche à joindre les "
                    "ressortissants étrangers vulnérables",
                ),
            },
            {
                "left": t("HRSDC Labour Program", "Programme du travail de RHDCC"),
                "right": t(
                    "Raises awareness of forced labour among labour inspectors, with the RCMP",
                    "Sensibilise les inspecteurs du travail au travail forcé, avec la GRC",
                ),
            },
            {
                "left": t("Victim services and NGOs", "Services d'aide aux victimes et ONG"),
                "right": t(
                    "Support the safety and recovery of victims",
                    "Soutiennent la sécurité et le rétablissement des victimes",
                ),
            },
        ],
        "feedback_correct": t(
            "Right: each partner acts within its own role.",
            "Exact : chaque partenaire agit dans les limites de son rôle.",
        ),
        "feedback_incorrect": t(
            "Not quite. Review who enforces labour standards, who issues permits, who "
            "investigates and who supports victims.",
            "Pas tout à fait. Revoyez qui applique les normes du travail, qui délivre les "
            "permis, qui enquête et qui soutient les victimes.",
        ),
        "explanation": t(
            "<p>Forced labour cuts across jurisdictions, and no single agency sees the whole "
            "picture. Provinces and territories enforce labour standards; CIC issues temporary "
            "resident permits to foreign national victims; police receive referrals and "
            "investigate; the CBSA works with the RCMP and reaches out to vulnerable foreign "
            "nationals; the Labour Program raises awareness among inspectors; victim services "
            "and NGOs support victims' safety and recovery.</p>",
            "<p>Le travail forcé touche plusieurs compétences, et aucun organisme ne voit "
            "l'ensemble de la situation. Les provinces et les territoires appliquent les normes "
            "du travail ; CIC délivre des permis de séjour temporaire aux victimes de "
            "nationalité étrangère ; la police reçoit les signalements et enquête ; l'ASFC "
            "collabore avec la GRC et cherche à joindre les ressortissants étrangers "
            "vulnérables ; le Programme du travail sensibilise les inspecteurs ; les services "
            "d'aide aux victimes et les ONG soutiennent la sécurité et le rétablissement des "
            "victimes.</p>",
        ),
    },
    {
        "kind": "short_text",
        "difficulty": "easy",
        "tags": ["partnerships"],
        "stem": t(
            "<p>Canada's response to human trafficking rests on four pillars, known as the four "
            "Ps: prevention, protection, prosecution and which other? Answer in one word.</p>",
            "<p>L'action du Canada contre la traite de personnes repose sur quatre piliers, "
            "appelés les quatre P : la prévention, la protection, les poursuites et lequel "
            "encore ? Répondez en un mot.</p>",
        ),
        "accepted": [
            t("partnerships", "partenariats"),
            t("partnership", "partenariat"),
            t("the partnerships", "les partenariats"),
        ],
        "case_sensitive": False,
        "feedback_correct": t(
            "Right: partnerships, the “fourth P”.",
            "Exact : les partenariats, le « quatrième P ».",
        ),
        "feedback_incorrect": t(
            "The answer is partnerships, the “fourth P”.",
            "La réponse est les partenariats, le « quatrième P ».",
        ),
        "explanation": t(
            "<p>Canada was among the first countries to explicitly recognize partnerships as "
            "the “fourth P”, a necessary part of any successful anti-trafficking strategy. "
            "Forced labour cuts across jurisdictions, so provinces, territories, federal "
            "departments, police and victim services must work together.</p>",
            "<p>Le Canada a été l'un des premiers pays à reconnaître explicitement les "
            "partenariats comme le « quatrième P », un élément indispensable de toute stratégie "
            "efficace de lutte contre la traite. Le travail forcé touche plusieurs compétences : "
            "les provinces, les territoires, les ministères fédéraux, la police et les services "
            "d'aide aux victimes doivent donc collaborer.</p>",
        ),
    },
    {
        "kind": "multiple_response",
        "difficulty": "medium",
        "tags": ["partnerships"],
        "partial_credit": "proportional",
        "stem": t(
            "<p>Which statements about cooperation and information sharing on forced labour "
            "reflect the course? Select all that apply.</p>",
            "<p>Quels énoncés sur la coopération et l'échange d'information en matière de "
            "travail forcé reflètent le cours ? Sélectionnez toutes les réponses qui "
            "s'appliquent.</p>",
        ),
        "choices": [
            _choice(
                True,
                t(
                    "Agreements such as Letters of Understanding and Memoranda of Understanding "
                    "set out what can be shared, with whom and how.",
                    "Des ententes comme les lettres d'entente et les protocoles d'entente "
                    "précisent ce qui peut être communiqué, à qui et comment.",
                ),
                t(
                    "Correct. Agreements make cooperation possible and set its limits.",
                    "Exact. Les ententes permettent la coopération et en fixent les limites.",
                ),
            ),
            _choice(
                True,
                t(
                    "When in doubt about what you may share, ask your supervisor.",
                    "En cas de doute sur ce que vous pouvez communiquer, consultez votre "
                    "superviseur.",
                ),
                t(
                    "Correct. Know which agreements apply to your work, and ask when unsure.",
                    "Exact. Sachez quelles ententes s'appliquent à votre travail, et renseignez-"
                    "vous en cas de doute.",
                ),
            ),
            _choice(
                True,
                t(
                    "The TFWP is to work with source countries, such as the Philippines, to "
                    "improve awareness of labour and sexual exploitation.",
                    "Le PTET doit collaborer avec les pays d'origine, comme les Philippines, "
                    "pour mieux faire connaître l'exploitation sexuelle et l'exploitation liée "
                    "au travail.",
                ),
                t(
                    "Correct. The plan also aims to strengthen protections for vulnerable "
                    "workers and share best practices.",
                    "Exact. Le plan vise aussi à renforcer la protection des travailleurs "
                    "vulnérables et à échanger des pratiques exemplaires.",
                ),
            ),
            _choice(
                False,
                t(
                    "Once trafficking is suspected, any agency may share any information with "
                    "any other.",
                    "Dès qu'on soupçonne la traite, tout organisme peut communiquer n'importe "
                    "quelle information à n'importe quel autre.",
                ),
                t(
                    "No. Information sharing must respect the law and the agreements in place.",
                    "Non. L'échange d'information doit respecter la loi et les ententes en "
                    "vigueur.",
                ),
            ),
            _choice(
                False,
                t(
                    "Once police are involved, inspectors and program officers have no further "
                    "role.",
                    "Une fois la police saisie du dossier, les inspecteurs et les agents de "
                    "programme n'ont plus aucun rôle.",
                ),
                t(
                    "No. Police lead the criminal investigation, but inspectors and officers may "
                    "still have compliance work to do and information to share within the law.",
                    "Non. La police dirige l'enquête criminelle, mais les inspecteurs et les "
                    "agents peuvent encore avoir du travail de conformité à faire et de "
                    "l'information à communiquer dans le respect de la loi.",
                ),
            ),
        ],
        "feedback_correct": t(
            "Right: cooperation works through agreements, within the law, and reaches source "
            "countries too.",
            "Exact : la coopération passe par des ententes, dans le respect de la loi, et "
            "s'étend aussi aux pays d'origine.",
        ),
        "feedback_incorrect": t(
            "Not quite. Sharing has limits set by law and agreements, and your role continues "
            "after police are involved.",
            "Pas tout à fait. L'échange d'information a des limites fixées par la loi et les "
            "ententes, et votre rôle se poursuit une fois la police saisie du dossier.",
        ),
        "explanation": t(
            "<p>The plan strengthens cooperation through Letters of Understanding with "
            "provinces, Memoranda of Understanding with CIC and the CBSA, new agreements with "
            "provinces, territories, the RCMP and others, federal, provincial and territorial "
            "forums, and work with source countries. Agreements set out what can be shared, "
            "with whom and how; each partner acts within its own role.</p>",
            "<p>Le plan renforce la coopération au moyen de lettres d'entente avec les "
            "provinces, de protocoles d'entente avec CIC et l'ASFC, de nouvelles ententes avec "
            "les provinces, les territoires, la GRC et d'autres partenaires, de forums "
            "fédéraux-provinciaux-territoriaux et d'une collaboration avec les pays d'origine. "
            "Les ententes précisent ce qui peut être communiqué, à qui et comment ; chaque "
            "partenaire agit dans les limites de son rôle.</p>",
        ),
    },
]

BANK = {
    "course_slug": "forced-labour-for-inspectors-and-officers",
    "title": t(
        "Forced labour: labour inspectors and TFWP officers",
        "Travail forcé : inspecteurs du travail et agents du PTET",
    ),
    "description": t(
        "Questions on forced labour as a form of human trafficking, the protections of the "
        "Temporary Foreign Worker Program, withheld identity documents, indicators, the safe "
        "response to a suspected case and work with partners.",
        "Questions sur le travail forcé comme forme de traite de personnes, les protections du "
        "Programme des travailleurs étrangers temporaires, la rétention des pièces d'identité, "
        "les indicateurs, l'intervention sûre en cas de soupçon et la collaboration avec les "
        "partenaires.",
    ),
    "topic": "forced-labour",
    "scenarios": SCENARIOS,
    "questions": QUESTIONS,
    "quiz": {
        "title": t(
            "Final assessment: Forced labour for labour inspectors and TFWP officers",
            "Évaluation finale : le travail forcé, pour les inspecteurs du travail et les "
            "agents du PTET",
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
