"""SCORM 2004 sequencing read from ``imsmanifest.xml`` into the settings of the player's
sequencing engine: the engine's property names and values, the report of what was found and
what the engine cannot do, and (with node) the engine itself run on the settings."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from packages.manifests import parse_scorm, parse_xml
from packages.manifests.sequencing import sequencing_of
from tests.packages import fixtures as f

NAMESPACES = (
    'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" '
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" '
    'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3" '
    'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3" '
    'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"'
)

# The ids of the global objectives are read and written with their defaults spelled out;
# the extended data of ``<adlseq:objectives>`` is shared only where a manifest says so.
NO_EXTENDED_MAPS = {
    "readRawScore": False,
    "readMinScore": False,
    "readMaxScore": False,
    "readCompletionStatus": False,
    "readProgressMeasure": False,
    "writeRawScore": False,
    "writeMinScore": False,
    "writeMaxScore": False,
    "writeCompletionStatus": False,
    "writeProgressMeasure": False,
    "updateAttemptData": False,
}


def manifest(body: str, scos: list[str], *, organization: str = "", collections: str = "") -> str:
    resources = "".join(
        f'<resource identifier="R_{sco}" type="webcontent" adlcp:scormType="sco" '
        f'href="{sco}.html"><file href="{sco}.html"/></resource>'
        for sco in scos
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="M" version="1" {NAMESPACES}>
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="ORG">
    <organization identifier="ORG" {organization}>
      <title>Course</title>
      {body}
    </organization>
  </organizations>
  <resources>{resources}</resources>
  {collections}
</manifest>"""


def item(identifier: str, sequencing: str = "", children: str = "", extra: str = "") -> str:
    ref = "" if children else f' identifierref="R_{identifier}"'
    wrapped = f"<imsss:sequencing>{sequencing}</imsss:sequencing>" if sequencing else ""
    return (
        f'<item identifier="{identifier}"{ref}><title>{identifier.title()}</title>'
        f"{children}{wrapped}{extra}</item>"
    )


def read(xml: str, scos: list[str]) -> dict:
    """The structure ``parse_scorm`` keeps of the manifest."""
    parsed, problems = parse_scorm(xml.encode(), {f"{sco}.html" for sco in scos})
    assert problems == []
    json.dumps(parsed.structure)
    return parsed.structure


def activity(tree: dict, identifier: str) -> dict:
    if tree["id"] == identifier:
        return tree
    for child in tree.get("children", []):
        found = activity(child, identifier)
        if found:
            return found
    return {}


def codes(report: dict) -> list[str]:
    return [entry["code"] for entry in report["unsupported"]]


PRETEST_POSTTEST = manifest(
    item(
        "PRETEST",
        """<imsss:limitConditions attemptLimit="1"/>
        <imsss:objectives>
          <imsss:primaryObjective objectiveID="PRE_OBJ" satisfiedByMeasure="true">
            <imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>
            <imsss:mapInfo targetObjectiveID="MASTERY" readSatisfiedStatus="false"
                writeSatisfiedStatus="true"/>
          </imsss:primaryObjective>
        </imsss:objectives>""",
    )
    + item(
        "MODULE",
        '<imsss:controlMode flow="true"/>',
        children=item(
            "CONTENT",
            """<imsss:sequencingRules>
              <imsss:preConditionRule>
                <imsss:ruleConditions>
                  <imsss:ruleCondition condition="satisfied"/>
                </imsss:ruleConditions>
                <imsss:ruleAction action="skip"/>
              </imsss:preConditionRule>
            </imsss:sequencingRules>
            <imsss:objectives>
              <imsss:primaryObjective objectiveID="CONTENT_OBJ">
                <imsss:mapInfo targetObjectiveID="MASTERY"/>
              </imsss:primaryObjective>
            </imsss:objectives>""",
        )
        + item(
            "POSTTEST",
            """<imsss:sequencingRules>
              <imsss:postConditionRule>
                <imsss:ruleConditions conditionCombination="all">
                  <imsss:ruleCondition condition="satisfied" operator="not"/>
                  <imsss:ruleCondition condition="attemptLimitExceeded" operator="not"/>
                </imsss:ruleConditions>
                <imsss:ruleAction action="retry"/>
              </imsss:postConditionRule>
            </imsss:sequencingRules>
            <imsss:limitConditions attemptLimit="3"/>
            <imsss:objectives>
              <imsss:primaryObjective objectiveID="POST_OBJ" satisfiedByMeasure="true">
                <imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>
                <imsss:mapInfo targetObjectiveID="MASTERY" writeSatisfiedStatus="true"
                    writeNormalizedMeasure="true"/>
              </imsss:primaryObjective>
            </imsss:objectives>""",
        ),
    )
    + '<imsss:sequencing><imsss:controlMode choice="false" flow="true"/></imsss:sequencing>',
    ["PRETEST", "CONTENT", "POSTTEST"],
)


def test_pretest_skips_the_content_and_the_posttest_is_retried():
    structure = read(PRETEST_POSTTEST, ["PRETEST", "CONTENT", "POSTTEST"])
    tree = structure["sequencing"]["activityTree"]
    assert [tree["id"], tree["title"], tree["sequencingControls"]] == [
        "ORG",
        "Course",
        {"choice": False, "flow": True},
    ]
    assert [child["id"] for child in tree["children"]] == ["PRETEST", "MODULE"]
    assert [child["id"] for child in activity(tree, "MODULE")["children"]] == [
        "CONTENT",
        "POSTTEST",
    ]
    assert activity(tree, "PRETEST") == {
        "id": "PRETEST",
        "title": "Pretest",
        "attemptLimit": 1,
        "primaryObjective": {
            "objectiveID": "PRE_OBJ",
            "satisfiedByMeasure": True,
            "minNormalizedMeasure": 0.8,
            "mapInfo": [
                {
                    "targetObjectiveID": "MASTERY",
                    "readSatisfiedStatus": False,
                    "readNormalizedMeasure": True,
                    "writeSatisfiedStatus": True,
                    "writeNormalizedMeasure": False,
                    **NO_EXTENDED_MAPS,
                }
            ],
        },
    }
    content = activity(tree, "CONTENT")
    assert content["sequencingRules"] == {
        "preConditionRules": [
            {
                "action": "skip",
                "conditionCombination": "all",
                "conditions": [{"condition": "satisfied"}],
            }
        ]
    }
    assert content["primaryObjective"]["mapInfo"][0]["readSatisfiedStatus"] is True
    assert content["primaryObjective"]["mapInfo"][0]["writeSatisfiedStatus"] is False
    posttest = activity(tree, "POSTTEST")
    assert posttest["sequencingRules"] == {
        "postConditionRules": [
            {
                "action": "retry",
                "conditionCombination": "all",
                "conditions": [
                    {"condition": "satisfied", "operator": "not"},
                    {"condition": "attemptLimitExceeded", "operator": "not"},
                ],
            }
        ]
    }
    assert posttest["attemptLimit"] == 3
    assert "sequencingControls" not in posttest
    report = structure["sequencing_report"]
    assert report == {
        "features": [
            "controlMode.choice=false",
            "controlMode.flow=true",
            "limitConditions.attemptLimit",
            "objectives.global",
            "objectives.mapInfo.readNormalizedMeasure",
            "objectives.mapInfo.readSatisfiedStatus",
            "objectives.mapInfo.writeNormalizedMeasure",
            "objectives.mapInfo.writeSatisfiedStatus",
            "objectives.primary",
            "objectives.satisfiedByMeasure",
            "postConditionRule.retry",
            "preConditionRule.skip",
            "ruleCondition.attemptLimitExceeded",
            "ruleCondition.satisfied",
        ],
        "unsupported": [],
        "objectives": ["MASTERY"],
    }


def test_control_modes_and_the_flow_the_engine_would_otherwise_assume():
    body = item(
        "PART1",
        '<imsss:controlMode choice="false" flow="true" forwardOnly="true" choiceExit="false"/>',
        children=item("A") + item("B"),
    ) + item(
        "PART2",
        '<imsss:controlMode useCurrentAttemptObjectiveInfo="false" '
        'useCurrentAttemptProgressInfo="0"/>',
        children=item("C"),
    )
    structure = read(manifest(body, ["A", "B", "C"]), ["A", "B", "C"])
    tree = structure["sequencing"]["activityTree"]
    # Clusters flow only where the manifest says so (IMS Simple Sequencing's default).
    assert tree["sequencingControls"] == {"flow": False}
    assert activity(tree, "PART1")["sequencingControls"] == {
        "choice": False,
        "choiceExit": False,
        "flow": True,
        "forwardOnly": True,
    }
    assert activity(tree, "PART2")["sequencingControls"] == {
        "useCurrentAttemptObjectiveInfo": False,
        "useCurrentAttemptProgressInfo": False,
        "flow": False,
    }
    assert activity(tree, "A") == {"id": "A", "title": "A"}
    assert {
        "controlMode.choice=false",
        "controlMode.choiceExit=false",
        "controlMode.flow=true",
        "controlMode.forwardOnly=true",
        "controlMode.useCurrentAttemptProgressInfo=false",
    } <= set(structure["sequencing_report"]["features"])


def test_rollup_rules_with_their_engine_spellings_and_considerations():
    rollup = """<imsss:rollupRules rollupObjectiveSatisfied="true"
            rollupProgressCompletion="false" objectiveMeasureWeight="0.5">
          <imsss:rollupRule childActivitySet="atLeastCount" minimumCount="2">
            <imsss:rollupConditions>
              <imsss:rollupCondition condition="satisfied"/>
            </imsss:rollupConditions>
            <imsss:rollupAction action="satisfied"/>
          </imsss:rollupRule>
          <imsss:rollupRule childActivitySet="atLeastPercent" minimumPercent="0.75">
            <imsss:rollupConditions conditionCombination="all">
              <imsss:rollupCondition condition="activityProgressKnown"/>
              <imsss:rollupCondition condition="completed" operator="not"/>
            </imsss:rollupConditions>
            <imsss:rollupAction action="incomplete"/>
          </imsss:rollupRule>
          <imsss:rollupRule childActivitySet="none">
            <imsss:rollupConditions>
              <imsss:rollupCondition condition="timeLimitExceeded"/>
            </imsss:rollupConditions>
            <imsss:rollupAction action="completed"/>
          </imsss:rollupRule>
        </imsss:rollupRules>"""
    considerations = (
        '<adlseq:rollupConsiderations requiredForSatisfied="ifAttempted" '
        'requiredForCompleted="ifNotSkipped" measureSatisfactionIfActive="false"/>'
    )
    # The organization's own sequencing comes after its items.
    body = (
        item("A", considerations)
        + item("B")
        + item("C")
        + f"<imsss:sequencing>{rollup}</imsss:sequencing>"
    )
    structure = read(manifest(body, ["A", "B", "C"]), ["A", "B", "C"])
    tree = structure["sequencing"]["activityTree"]
    assert tree["sequencingControls"] == {
        "rollupObjectiveSatisfied": True,
        "rollupProgressCompletion": False,
        "objectiveMeasureWeight": 0.5,
        "flow": False,
    }
    assert tree["rollupRules"] == {
        "rules": [
            {
                "action": "satisfied",
                "consideration": "atLeastCount",
                "minimumCount": 2,
                "conditionCombination": "any",
                "conditions": [{"condition": "satisfied"}],
            },
            {
                "action": "incomplete",
                "consideration": "atLeastPercent",
                "minimumPercent": 75.0,
                "conditionCombination": "all",
                "conditions": [
                    {"condition": "progressKnown"},
                    {"condition": "completed", "operator": "not"},
                ],
            },
            {
                "action": "completed",
                "consideration": "none",
                "conditionCombination": "any",
                "conditions": [{"condition": "timeLimitExceeded"}],
            },
        ]
    }
    assert activity(tree, "A")["rollupConsiderations"] == {
        "requiredForSatisfied": "ifAttempted",
        "requiredForCompleted": "ifNotSkipped",
        "measureSatisfactionIfActive": False,
    }
    report = structure["sequencing_report"]
    assert {
        "rollupRules",
        "rollupRule.childActivitySet=atLeastCount",
        "rollupRule.childActivitySet=atLeastPercent",
        "rollupCondition.activityProgressKnown",
        "rollupRules.rollupProgressCompletion=false",
        "rollupRules.objectiveMeasureWeight",
        "rollupConsiderations.requiredForSatisfied=ifAttempted",
    } <= set(report["features"])
    assert report["unsupported"] == [
        {
            "code": "rollupCondition.timeLimitExceeded",
            "reason": "The sequencing engine does not evaluate this rollup condition; "
            "it counts as false.",
            "activities": ["ORG"],
        }
    ]


def test_global_objectives_with_read_and_write_maps_and_extended_map_info():
    objectives = """<imsss:objectives>
          <imsss:primaryObjective objectiveID="LOCAL_PRIMARY" satisfiedByMeasure="true">
            <imsss:mapInfo targetObjectiveID="G_SCORE" readSatisfiedStatus="false"
                readNormalizedMeasure="false" writeSatisfiedStatus="true"
                writeNormalizedMeasure="true"/>
          </imsss:primaryObjective>
          <imsss:objective objectiveID="LOCAL_2">
            <imsss:mapInfo targetObjectiveID="G_SHARED"/>
          </imsss:objective>
        </imsss:objectives>
        <adlseq:objectives>
          <adlseq:objective objectiveID="LOCAL_PRIMARY">
            <adlseq:mapInfo targetObjectiveID="G_SCORE" writeRawScore="true"
                writeCompletionStatus="true" readProgressMeasure="false"/>
            <adlseq:mapInfo targetObjectiveID="G_EXTRA"/>
          </adlseq:objective>
        </adlseq:objectives>"""
    structure = read(manifest(item("A", objectives), ["A"]), ["A"])
    a = activity(structure["sequencing"]["activityTree"], "A")
    assert a["primaryObjective"] == {
        "objectiveID": "LOCAL_PRIMARY",
        "satisfiedByMeasure": True,
        # IMS Simple Sequencing's default when the measure is left out.
        "minNormalizedMeasure": 1.0,
        "mapInfo": [
            {
                "targetObjectiveID": "G_SCORE",
                "readSatisfiedStatus": False,
                "readNormalizedMeasure": False,
                "writeSatisfiedStatus": True,
                "writeNormalizedMeasure": True,
                "readRawScore": True,
                "readMinScore": True,
                "readMaxScore": True,
                "readCompletionStatus": True,
                "readProgressMeasure": False,
                "writeRawScore": True,
                "writeMinScore": False,
                "writeMaxScore": False,
                "writeCompletionStatus": True,
                "writeProgressMeasure": False,
                "updateAttemptData": False,
            },
            {
                "targetObjectiveID": "G_EXTRA",
                "readSatisfiedStatus": False,
                "readNormalizedMeasure": False,
                "writeSatisfiedStatus": False,
                "writeNormalizedMeasure": False,
                "readRawScore": True,
                "readMinScore": True,
                "readMaxScore": True,
                "readCompletionStatus": True,
                "readProgressMeasure": True,
                "writeRawScore": False,
                "writeMinScore": False,
                "writeMaxScore": False,
                "writeCompletionStatus": False,
                "writeProgressMeasure": False,
                "updateAttemptData": False,
            },
        ],
    }
    assert a["objectives"] == [
        {
            "objectiveID": "LOCAL_2",
            "mapInfo": [
                {
                    "targetObjectiveID": "G_SHARED",
                    "readSatisfiedStatus": True,
                    "readNormalizedMeasure": True,
                    "writeSatisfiedStatus": False,
                    "writeNormalizedMeasure": False,
                    **NO_EXTENDED_MAPS,
                }
            ],
        }
    ]
    report = structure["sequencing_report"]
    assert report["objectives"] == ["G_EXTRA", "G_SCORE", "G_SHARED"]
    assert {
        "objectives.global",
        "objectives.secondary",
        "objectives.extendedMapInfo",
        "objectives.mapInfo.writeRawScore",
        "objectives.mapInfo.writeCompletionStatus",
    } <= set(report["features"])


def test_a_sequencing_collection_is_merged_under_the_activity_own_elements():
    collections = """<imsss:sequencingCollection>
        <imsss:sequencing ID="QUIZ_RULES">
          <imsss:controlMode choice="false" flow="true"/>
          <imsss:sequencingRules>
            <imsss:preConditionRule>
              <imsss:ruleConditions>
                <imsss:ruleCondition condition="attempted"/>
              </imsss:ruleConditions>
              <imsss:ruleAction action="disabled"/>
            </imsss:preConditionRule>
          </imsss:sequencingRules>
          <imsss:limitConditions attemptLimit="2"/>
          <imsss:deliveryControls tracked="false"/>
        </imsss:sequencing>
      </imsss:sequencingCollection>"""
    body = (
        '<item identifier="A" identifierref="R_A"><title>A</title>'
        '<imsss:sequencing IDRef="QUIZ_RULES"><imsss:limitConditions attemptLimit="5"/>'
        "</imsss:sequencing></item>"
        '<item identifier="B" identifierref="R_B"><title>B</title>'
        '<imsss:sequencing IDRef="NOWHERE"/></item>'
    )
    structure = read(manifest(body, ["A", "B"], collections=collections), ["A", "B"])
    tree = structure["sequencing"]["activityTree"]
    assert activity(tree, "A") == {
        "id": "A",
        "title": "A",
        "sequencingControls": {"choice": False, "flow": True},
        "sequencingRules": {
            "preConditionRules": [
                {
                    "action": "disabled",
                    "conditionCombination": "all",
                    "conditions": [{"condition": "attempted"}],
                }
            ]
        },
        # The activity's own limit conditions win over the collection's.
        "attemptLimit": 5,
        "deliveryControls": {"tracked": False},
    }
    assert "collections" not in structure["sequencing"]
    report = structure["sequencing_report"]
    assert "sequencingCollection" in report["features"]
    assert report["unsupported"] == [
        {
            "code": "sequencingCollection.missing",
            "reason": "The IDRef “NOWHERE” names no <imsss:sequencingCollection> entry.",
            "activities": ["B"],
        }
    ]


def test_limit_conditions_the_engine_keeps_and_those_it_cannot():
    limits = item(
        "A",
        '<imsss:limitConditions attemptLimit="2" attemptAbsoluteDurationLimit="PT1H30M" '
        'activityAbsoluteDurationLimit="P1DT2H" beginTimeLimit="2030-01-01T00:00:00Z" '
        'endTimeLimit="2030-12-31T23:59:59Z" attemptExperiencedDurationLimit="PT10M"/>',
    ) + item(
        "B",
        '<imsss:limitConditions attemptLimit="0" attemptAbsoluteDurationLimit="ninety minutes"/>',
    )
    structure = read(manifest(limits, ["A", "B"]), ["A", "B"])
    tree = structure["sequencing"]["activityTree"]
    assert activity(tree, "A") == {
        "id": "A",
        "title": "A",
        "attemptLimit": 2,
        "attemptAbsoluteDurationLimit": "PT1H30M",
        "activityAbsoluteDurationLimit": "P1DT2H",
        "beginTimeLimit": "2030-01-01T00:00:00Z",
        "endTimeLimit": "2030-12-31T23:59:59Z",
    }
    # An attempt limit of 0 is no limit; a duration the engine would refuse is left out.
    assert activity(tree, "B") == {"id": "B", "title": "B"}
    report = structure["sequencing_report"]
    assert {
        "limitConditions.attemptLimit",
        "limitConditions.attemptAbsoluteDurationLimit",
        "limitConditions.activityAbsoluteDurationLimit",
        "limitConditions.beginTimeLimit",
        "limitConditions.endTimeLimit",
        "limitConditions.attemptExperiencedDurationLimit",
    } <= set(report["features"])
    assert codes(report) == [
        "limitConditions.attemptAbsoluteDurationLimit.invalid",
        "limitConditions.attemptExperiencedDurationLimit",
    ]
    assert report["unsupported"][0]["activities"] == ["B"]


def test_randomization_delivery_choice_constraints_and_navigation_presentation():
    cluster = item(
        "POOL",
        """<imsss:randomizationControls randomizationTiming="onEachNewAttempt"
             reorderChildren="true" selectionTiming="once" selectCount="2"/>
           <adlseq:constrainedChoiceConsiderations preventActivation="true"
             constrainChoice="true"/>
           <imsss:auxiliaryResources>
             <imsss:auxiliaryResource auxiliaryResourceID="urn:help" purpose="help"/>
           </imsss:auxiliaryResources>""",
        children=item(
            "Q1",
            '<imsss:deliveryControls tracked="true" completionSetByContent="true" '
            'objectiveSetByContent="true"/>',
            extra="""<adlnav:presentation><adlnav:navigationInterface>
                <adlnav:hideLMSUI>continue</adlnav:hideLMSUI>
                <adlnav:hideLMSUI>previous</adlnav:hideLMSUI>
                <adlnav:hideLMSUI>suspendAll</adlnav:hideLMSUI>
              </adlnav:navigationInterface></adlnav:presentation>""",
        )
        + item("Q2")
        + item("Q3").replace("<item ", '<item isvisible="false" '),
    )
    structure = read(manifest(cluster, ["Q1", "Q2", "Q3"]), ["Q1", "Q2", "Q3"])
    tree = structure["sequencing"]["activityTree"]
    pool = activity(tree, "POOL")
    assert pool["sequencingControls"] == {
        "selectionTiming": "once",
        "selectCount": 2,
        "randomizationTiming": "onEachNewAttempt",
        "randomizeChildren": True,
        "preventActivation": True,
        "constrainChoice": True,
        "flow": False,
    }
    assert pool["auxiliaryResources"] == [{"resourceId": "urn:help", "purpose": "help"}]
    q1 = activity(tree, "Q1")
    assert q1["deliveryControls"] == {
        "tracked": True,
        "completionSetByContent": True,
        "objectiveSetByContent": True,
    }
    assert q1["hideLmsUi"] == ["continue", "previous", "suspendAll"]
    assert activity(tree, "Q3")["isVisible"] is False
    assert {
        "randomization",
        "randomization.reorderChildren",
        "randomization.selectCount",
        "constrainedChoice.constrainChoice=true",
        "deliveryControls.completionSetByContent=true",
        "hideLMSUI.continue",
        "isvisible=false",
        "auxiliaryResources",
    } <= set(structure["sequencing_report"]["features"])


def test_presentation_alone_is_sequencing_and_items_that_launch_nothing_are_left_out():
    body = (
        item(
            "A",
            extra="<adlnav:presentation><adlnav:navigationInterface><adlnav:hideLMSUI>exit"
            "</adlnav:hideLMSUI></adlnav:navigationInterface></adlnav:presentation>",
        )
        + '<item identifier="EMPTY"><title>Nothing</title></item>'
    )
    structure = read(manifest(body, ["A"]), ["A"])
    tree = structure["sequencing"]["activityTree"]
    assert tree == {
        "id": "ORG",
        "title": "Course",
        "sequencingControls": {"flow": False},
        "children": [{"id": "A", "title": "A", "hideLmsUi": ["exit"]}],
    }
    assert codes(structure["sequencing_report"]) == ["item.notLaunchable"]


def test_a_manifest_without_sequencing_has_none():
    body = item("A") + item("B").replace("<item ", '<item isvisible="false" ')
    structure = read(manifest(body, ["A", "B"]), ["A", "B"])
    assert "sequencing" not in structure
    assert structure["sequencing_report"] == {
        "features": ["isvisible=false"],
        "unsupported": [],
        "objectives": [],
    }
    root, _problems = parse_xml(manifest(item("A"), ["A"]).encode(), "imsmanifest.xml")
    organization = root.find(".//{http://www.imsglobal.org/xsd/imscp_v1p1}organization")
    settings, report = sequencing_of(root, organization, [{"identifier": "A"}])
    assert settings is None
    assert report == {"features": [], "unsupported": [], "objectives": []}


def test_scorm_12_has_no_sequencing_report():
    files = f.scorm_package("1.2")
    parsed, problems = parse_scorm(files["imsmanifest.xml"].encode(), set(files))
    assert problems == []
    assert parsed.structure == {}


def test_invalid_values_are_reported_and_left_out():
    body = item(
        "A",
        """<imsss:controlMode flow="yes"/>
        <imsss:sequencingRules>
          <imsss:preConditionRule>
            <imsss:ruleConditions><imsss:ruleCondition condition="sunny"/></imsss:ruleConditions>
            <imsss:ruleAction action="skip"/>
          </imsss:preConditionRule>
          <imsss:postConditionRule>
            <imsss:ruleConditions>
              <imsss:ruleCondition condition="objectiveMeasureGreaterThan"
                  measureThreshold="0.6" referencedObjective="OBJ"/>
            </imsss:ruleConditions>
            <imsss:ruleAction action="exitAll"/>
          </imsss:postConditionRule>
        </imsss:sequencingRules>
        <imsss:objectives><imsss:objective objectiveID="OBJ"/></imsss:objectives>""",
    )
    structure = read(manifest(body, ["A"]), ["A"])
    a = activity(structure["sequencing"]["activityTree"], "A")
    assert "sequencingControls" not in a
    assert a["sequencingRules"] == {
        "postConditionRules": [
            {
                "action": "exitAll",
                "conditionCombination": "all",
                "conditions": [
                    {
                        "condition": "objectiveMeasureGreaterThan",
                        "referencedObjective": "OBJ",
                        "parameters": {"threshold": 0.6},
                    }
                ],
            }
        ]
    }
    assert a["objectives"] == [{"objectiveID": "OBJ"}]
    assert codes(structure["sequencing_report"]) == [
        "controlMode.flow.invalid",
        "preConditionRule.condition.invalid",
    ]


# -- the engine itself, run by node on the settings ------------------------------------------

ENGINE = Path(django_settings.BASE_DIR) / "elearning/static/vendor/scorm-again/scorm2004.min.js"

HARNESS = r"""
const vm = require("vm");
const fs = require("fs");
const [engine, settingsFile, freeFile] = process.argv.slice(2);
const out = (value) => process.stdout.write(JSON.stringify(value));
// The engine logs deliveries to the console; only the result is written out.
for (const name of ["log", "info", "debug", "warn", "error"]) console[name] = () => {};
globalThis.window = globalThis;
vm.runInThisContext(fs.readFileSync(engine, "utf8"));
const sequencing = JSON.parse(fs.readFileSync(settingsFile, "utf8"));
const free = JSON.parse(fs.readFileSync(freeFile, "utf8"));

function engineFor(settings, delivered) {
  return new Scorm2004API({
    logLevel: 5,
    sequencing: {...settings, eventListeners: {onActivityDelivery: (a) => delivered.push(a.id)}},
  });
}

// What a SCO does: report a score and completion, then ask for the next activity.
function finish(api, score, request = "continue") {
  api.Initialize("");
  api.SetValue("cmi.score.scaled", String(score));
  api.SetValue("cmi.completion_status", "completed");
  api.SetValue("adl.nav.request", request);
  const result = api.Terminate("");
  api.reset();
  return result;
}

const result = {};
const passed = [];
const api = engineFor(sequencing, passed);
result.start = api.processNavigationRequest("start");
api.Initialize("");
result.choicePretest = api.GetValue("adl.nav.request_valid.choice.{target=PRETEST}");
result.continueValid = api.GetValue("adl.nav.request_valid.continue");
result.previousValid = api.GetValue("adl.nav.request_valid.previous");
api.SetValue("cmi.score.scaled", "0.9");
api.SetValue("cmi.completion_status", "completed");
api.SetValue("adl.nav.request", "continue");
api.Terminate("");
api.reset();
finish(api, 0.5);
finish(api, 0.95);
result.passed = passed;
result.root = api.getActivityTrackingData("ORG");

// A failed pretest leads to the content; the learner leaves and comes back later.
const failed = [];
const first = engineFor(sequencing, failed);
first.processNavigationRequest("start");
finish(first, 0.3);
first.Initialize("");
first.SetValue("cmi.exit", "suspend");
first.SetValue("adl.nav.request", "suspendAll");
first.Terminate("");
const saved = first.serializeSequencingState();
const resumed = [];
const second = engineFor(sequencing, resumed);
result.restored = second.deserializeSequencingState(saved);
result.resume = second.processNavigationRequest("resumeAll");
result.failed = failed;
result.resumed = resumed;

// Without flow, the course cannot start by itself; the learner chooses.
const chosen = [];
const menu = engineFor(free, chosen);
result.freeStart = menu.processNavigationRequest("start");
result.freeChoice = menu.processNavigationRequest("choice", "B");
result.chosen = chosen;
out(result);
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_the_engine_runs_the_pretest_and_posttest_as_the_manifest_says(tmp_path):
    scos = ["PRETEST", "CONTENT", "POSTTEST"]
    sequencing = read(PRETEST_POSTTEST, scos)["sequencing"]
    free = read(
        manifest(item("A", '<imsss:limitConditions attemptLimit="9"/>') + item("B"), ["A", "B"]),
        ["A", "B"],
    )["sequencing"]
    (tmp_path / "harness.js").write_text(HARNESS)
    (tmp_path / "sequencing.json").write_text(json.dumps(sequencing))
    (tmp_path / "free.json").write_text(json.dumps(free))
    run = subprocess.run(
        [
            "node",
            str(tmp_path / "harness.js"),
            str(ENGINE),
            str(tmp_path / "sequencing.json"),
            str(tmp_path / "free.json"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    result = json.loads(run.stdout)
    assert result["start"] is True
    # The organization forbids choosing its children; it flows.
    assert [result["choicePretest"], result["continueValid"], result["previousValid"]] == [
        "false",
        "true",
        "false",
    ]
    # A passed pretest skips the content; a failed posttest is retried, then passed.
    assert result["passed"] == ["PRETEST", "POSTTEST", "POSTTEST"]
    assert result["root"]["successStatus"] == "passed"
    # A failed pretest leads to the content, where the suspended session resumes.
    assert result["failed"] == ["PRETEST", "CONTENT"]
    assert [result["restored"], result["resume"], result["resumed"]] == [True, True, ["CONTENT"]]
    assert [result["freeStart"], result["freeChoice"], result["chosen"]] == [False, True, ["B"]]


def test_objectives_global_to_system_and_an_unnamed_primary_objective():
    body = item(
        "A",
        """<imsss:objectives>
          <imsss:primaryObjective satisfiedByMeasure="true">
            <imsss:minNormalizedMeasure>0.6</imsss:minNormalizedMeasure>
          </imsss:primaryObjective>
        </imsss:objectives>""",
    ) + item("B", "<imsss:objectives><imsss:primaryObjective/></imsss:objectives>")
    xml = manifest(body, ["A", "B"], organization='adlseq:objectivesGlobalToSystem="false"')
    structure = read(xml, ["A", "B"])
    tree = structure["sequencing"]["activityTree"]
    # The engine keeps objectives by id: one judged by measure is given an id.
    assert activity(tree, "A")["primaryObjective"] == {
        "objectiveID": "A.primary",
        "satisfiedByMeasure": True,
        "minNormalizedMeasure": 0.6,
    }
    assert activity(tree, "B") == {"id": "B", "title": "B"}
    report = structure["sequencing_report"]
    assert {"objectivesGlobalToSystem=false", "objectives.primary.unnamed"} <= set(
        report["features"]
    )
    assert codes(report) == ["objectivesGlobalToSystem"]
    assert report["unsupported"][0]["activities"] == ["ORG"]
