"""The commitments of the National Action Plan to Combat Human Trafficking (2012), as
its action items chart numbers them: the number, a short title in each language, the
pillar and the organisations the plan names for the item. The migration that seeds the
commitments reads this list."""

PLAN_COMMITMENTS = [
    (
        "1.11",
        "prevention",
        "PS, JUS, RCMP, DFAIT, CBSA, HRSDC, AANDC, CIC",
        "Awareness campaigns and materials on human trafficking",
        "Campagnes et outils de sensibilisation à la traite de personnes",
    ),
    (
        "1.12",
        "prevention",
        "PS",
        "Practical prevention in communities across Canada",
        "Prévention concrète dans les collectivités du Canada",
    ),
    (
        "1.13",
        "prevention",
        "PS, RCMP, CBSA",
        "Public information on the Government’s efforts",
        "Information du public sur l’action du gouvernement",
    ),
    (
        "1.14",
        "prevention",
        "CIDA",
        "Reducing vulnerabilities abroad",
        "Réduction des vulnérabilités à l’étranger",
    ),
    (
        "2.11",
        "protection",
        "RCMP, JUS",
        "Resources and training for front-line service providers",
        "Ressources et formation pour les fournisseurs de services de première ligne",
    ),
    (
        "2.12",
        "protection",
        "JUS, SWC",
        "Funding for services to victims",
        "Financement des services aux victimes",
    ),
    (
        "2.13",
        "protection",
        "HRSDC, CIC, CBSA, RCMP",
        "Protecting foreign nationals at risk, with training for border services officers",
        "Protection des ressortissants étrangers à risque et formation des agents des "
        "services frontaliers",
    ),
    (
        "2.14",
        "protection",
        "PPTC, RCMP",
        "Protecting Canadians at risk",
        "Protection des Canadiens à risque",
    ),
    (
        "3.11",
        "prosecution",
        "CBSA, JUS, RCMP, PPSC, PS, FINTRAC",
        "Targeted training for criminal justice officials",
        "Formation ciblée des intervenants de la justice pénale",
    ),
    (
        "3.12",
        "prosecution",
        "HRSDC, RCMP",
        "Forced labour awareness for labour inspectors and program officers",
        "Sensibilisation au travail forcé des inspecteurs du travail et des agents de programme",
    ),
    (
        "3.13",
        "prosecution",
        "RCMP, CBSA, PPTC, DFAIT, JUS, FINTRAC",
        "Intelligence coordination and collaboration",
        "Coordination et partage du renseignement",
    ),
    (
        "3.14",
        "prosecution",
        "JUS, RCMP",
        "Support for investigations and prosecutions",
        "Soutien aux enquêtes et aux poursuites",
    ),
    (
        "3.15",
        "prosecution",
        "PPTC, RCMP",
        "Screening large-scale irregular arrivals",
        "Dépistage lors d’arrivées irrégulières massives",
    ),
    (
        "3.16",
        "prosecution",
        "HRSDC",
        "Systems that detect labour exploitation",
        "Systèmes de détection de l’exploitation par le travail",
    ),
    (
        "4.11",
        "partnerships",
        "PS, RCMP, HRSDC, AANDC",
        "Engagement with civil society and all levels of government",
        "Collaboration avec la société civile et tous les ordres de gouvernement",
    ),
    (
        "4.12",
        "partnerships",
        "DFAIT, PPTC, CBSA",
        "Reporting between departments and missions abroad",
        "Échange d’information entre les ministères et les missions à l’étranger",
    ),
    (
        "4.13",
        "partnerships",
        "HRSDC, StatCan, CIC",
        "Annual public reporting of official data",
        "Publication annuelle des données officielles",
    ),
    (
        "4.14",
        "partnerships",
        "DFAIT, CIC, HRSDC, CBSA, RCMP, JUS, CIDA, PS",
        "International partnerships to build capacity",
        "Partenariats internationaux pour renforcer les capacités",
    ),
]
