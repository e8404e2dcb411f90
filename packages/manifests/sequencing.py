"""SCORM 2004 sequencing: the IMS Simple Sequencing of a manifest's default organization read
into the ``sequencing`` settings of the player's sequencing engine (the ``Scorm2004API`` of
the vendored scorm-again), with a report of what the manifest asks for.

The settings use the engine's property names and spellings where they differ from the XML:
``activityProgressKnown`` is ``progressKnown`` in a rollup condition, a rollup
``minimumPercent`` is a percentage (0 to 100), ``reorderChildren`` is ``randomizeChildren``,
``measureThreshold`` is the condition parameter ``threshold``, ``hideLMSUI`` is
``hideLmsUi``, and the ``<imsss:rollupRules>``, ``<imsss:randomizationControls>`` and
``<adlseq:constrainedChoiceConsiderations>`` attributes are sequencing controls.

A ``<imsss:sequencingCollection>`` referenced by ``IDRef`` is merged into the activity here,
element by element, the activity's own elements winning, as IMS Simple Sequencing says.

A value the XML leaves out is left out of the settings where the engine's default is the
same. Where it is not, the default of IMS Simple Sequencing is spelled out: the engine lets
a cluster flow unless told otherwise, so every cluster is given its ``flow``; an objective
judged by measure has its ``minNormalizedMeasure`` (1.0 by default); and every objective
map has all its read and write flags, those of ``<adlseq:objectives>`` false unless that
element gives them (the engine would otherwise read them all).

What the engine does not implement is listed in the report rather than dropped silently.
"""

import re

from django.utils.translation import gettext as _
from lxml import etree

from .xmltools import _attribute, _child, _children, _local, _text

CONTROL_MODE = (
    "choice",
    "choiceExit",
    "flow",
    "forwardOnly",
    "useCurrentAttemptObjectiveInfo",
    "useCurrentAttemptProgressInfo",
)
RULE_CONDITIONS = {
    "satisfied",
    "objectiveStatusKnown",
    "objectiveMeasureKnown",
    "objectiveMeasureGreaterThan",
    "objectiveMeasureLessThan",
    "completed",
    "activityProgressKnown",
    "attempted",
    "attemptLimitExceeded",
    "timeLimitExceeded",
    "outsideAvailableTimeRange",
    "always",
}
RULE_ACTIONS = {
    "preConditionRule": {"skip", "disabled", "hiddenFromChoice", "stopForwardTraversal"},
    "exitConditionRule": {"exit"},
    "postConditionRule": {"exitParent", "exitAll", "retry", "retryAll", "continue", "previous"},
}
# Rollup condition names of the XML and the engine's names for them; the conditions mapped
# to None are not evaluated by the engine's rollup (it takes them as false).
ROLLUP_CONDITIONS = {
    "satisfied": "satisfied",
    "objectiveStatusKnown": "objectiveStatusKnown",
    "objectiveMeasureKnown": "objectiveMeasureKnown",
    "completed": "completed",
    "activityProgressKnown": "progressKnown",
    "attempted": "attempted",
    "attemptLimitExceeded": "attemptLimitExceeded",
    "timeLimitExceeded": None,
    "outsideAvailableTimeRange": None,
}
ROLLUP_ACTIONS = {"satisfied", "notSatisfied", "completed", "incomplete"}
CHILD_ACTIVITY_SETS = {"all", "any", "none", "atLeastCount", "atLeastPercent"}
TIMINGS = {"never", "once", "onEachNewAttempt"}
ROLLUP_REQUIREMENTS = {"always", "ifAttempted", "ifNotSkipped", "ifNotSuspended"}
REQUIRED_FOR = (
    "requiredForSatisfied",
    "requiredForNotSatisfied",
    "requiredForCompleted",
    "requiredForIncomplete",
)
DELIVERY_CONTROLS = ("tracked", "completionSetByContent", "objectiveSetByContent")
READ_WRITE_MAPS = (
    "readSatisfiedStatus",
    "readNormalizedMeasure",
    "writeSatisfiedStatus",
    "writeNormalizedMeasure",
)
# The extended map info of ``<adlseq:objectives>`` and its defaults.
EXTENDED_MAPS = {
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
}
HIDE_LMS_UI = {"continue", "previous", "exit", "exitAll", "abandon", "abandonAll", "suspendAll"}
TIME_LIMIT_ACTIONS = {"exit,message", "exit,no message", "continue,message", "continue,no message"}
# The durations the engine accepts for its limits (it refuses others when built).
_DURATION = re.compile(
    r"^P(?=.)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$"
)


class _Findings:
    """What the manifest asks for (feature codes), what the engine cannot do (codes with a
    reason and the activities concerned) and the global objective ids."""

    def __init__(self):
        self.features: set[str] = set()
        self.unsupported: dict[str, dict] = {}
        self.objectives: set[str] = set()
        self.sequenced = False

    def found(self, code: str):
        self.features.add(code)

    def lacks(self, code: str, reason: str, activity: str):
        entry = self.unsupported.setdefault(
            code, {"code": code, "reason": reason, "activities": []}
        )
        if activity not in entry["activities"]:
            entry["activities"].append(activity)

    def invalid(self, code: str, value: str, activity: str):
        self.lacks(
            f"{code}.invalid",
            _("“%(value)s” is not a valid value here; it is ignored.") % {"value": value},
            activity,
        )

    def report(self) -> dict:
        return {
            "features": sorted(self.features),
            "unsupported": [self.unsupported[code] for code in sorted(self.unsupported)],
            "objectives": sorted(self.objectives),
        }


def _kind(element) -> str:
    """``adlseq`` for the ADL extensions inside ``<imsss:sequencing>``, else ``imsss``
    (``<adlseq:objectives>`` and ``<imsss:objectives>`` share their local name)."""
    namespace = etree.QName(element).namespace or ""
    return "adlseq" if "adlseq" in namespace else "imsss"


def _elements(element) -> list:
    return [child for child in element if isinstance(child.tag, str)]


def _boolean(value: str | None) -> bool | None:
    value = (value or "").strip().lower()
    return {"true": True, "1": True, "false": False, "0": False}.get(value)


def _number(value: str | None) -> float | None:
    try:
        number = float((value or "").strip())
    except ValueError:
        return None
    return number if number == number and abs(number) != float("inf") else None


def _action(element) -> str:
    if element is None:
        return ""
    return (_attribute(element, "action") or "").strip()


def _integer(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() else None


class _Reader:
    """Reads the organization's activities, their definitions and the collections."""

    def __init__(self, root, launchable: set[str]):
        self.findings = _Findings()
        self.launchable = launchable
        self.collections = {}
        for collection in _children(root, "sequencingCollection"):
            for sequencing in _children(collection, "sequencing"):
                identifier = _attribute(sequencing, "ID")
                if identifier:
                    self.collections[identifier.strip()] = sequencing

    # -- reading one boolean, enumerated or numeric attribute -------------------------------

    def boolean(self, element, name: str, where: str, activity: str) -> bool | None:
        raw = _attribute(element, name)
        if raw is None:
            return None
        value = _boolean(raw)
        if value is None:
            self.findings.invalid(f"{where}.{name}", raw, activity)
        return value

    def choice(self, element, name: str, allowed: set[str], where: str, activity: str):
        raw = _attribute(element, name)
        if raw is None:
            return None
        value = raw.strip()
        if value not in allowed:
            self.findings.invalid(f"{where}.{name}", raw, activity)
            return None
        return value

    def fraction(self, raw: str | None, where: str, activity: str, low=0.0, high=1.0):
        if raw is None:
            return None
        value = _number(raw)
        if value is None or value < low or (high is not None and value > high):
            self.findings.invalid(where, raw, activity)
            return None
        return value

    # -- the activity tree ------------------------------------------------------------------

    def activity(self, element, is_root: bool) -> dict | None:
        identifier = (element.get("identifier") or "").strip()
        activity: dict = {
            "id": identifier,
            "title": _text(_child(element, "title")) or identifier,
        }
        definition = self.definition(_child(element, "sequencing"), identifier)
        extended = self.read_extended(definition.pop(("adlseq", "objectives"), None), identifier)
        if extended and ("imsss", "objectives") not in definition:
            self.unmatched(identifier)
        for child in definition.values():
            self.translate(child, activity, identifier, extended)
        if not is_root:
            self.item_data(element, activity, identifier)
        items = _children(element, "item")
        children = [c for c in (self.activity(item, False) for item in items) if c is not None]
        if children:
            activity.setdefault("sequencingControls", {}).setdefault("flow", False)
            activity["children"] = children
        elif items or is_root:
            self.findings.lacks(
                "item.empty",
                _("A cluster without any launchable item is left out of the tree."),
                identifier,
            )
            return None
        elif identifier not in self.launchable:
            self.findings.lacks(
                "item.notLaunchable",
                _("An item without a launchable resource is left out of the tree."),
                identifier,
            )
            return None
        return activity

    def definition(self, sequencing, activity: str) -> dict:
        """The top elements of an activity's ``<imsss:sequencing>``, over those of the
        collection its ``IDRef`` names: the activity's own elements win."""
        if sequencing is None:
            return {}
        merged = {}
        reference = (_attribute(sequencing, "IDRef") or "").strip()
        if reference:
            collection = self.collections.get(reference)
            if collection is None:
                self.findings.lacks(
                    "sequencingCollection.missing",
                    _("The IDRef “%(ref)s” names no <imsss:sequencingCollection> entry.")
                    % {"ref": reference},
                    activity,
                )
            else:
                self.findings.found("sequencingCollection")
                merged.update(
                    {(_kind(child), _local(child)): child for child in _elements(collection)}
                )
        merged.update({(_kind(child), _local(child)): child for child in _elements(sequencing)})
        if merged:
            self.findings.sequenced = True
        return merged

    def translate(self, element, activity: dict, identifier: str, extended: dict):
        name = (_kind(element), _local(element))
        if name == ("imsss", "objectives"):
            self.objectives(element, activity, identifier, extended)
            return
        readers = {
            ("imsss", "controlMode"): self.control_mode,
            ("imsss", "sequencingRules"): self.sequencing_rules,
            ("imsss", "limitConditions"): self.limit_conditions,
            ("imsss", "auxiliaryResources"): self.auxiliary_resources,
            ("imsss", "rollupRules"): self.rollup_rules,
            ("imsss", "randomizationControls"): self.randomization,
            ("imsss", "deliveryControls"): self.delivery_controls,
            ("adlseq", "constrainedChoiceConsiderations"): self.constrained_choice,
            ("adlseq", "rollupConsiderations"): self.rollup_considerations,
        }
        reader = readers.get(name)
        if reader is None:
            self.findings.lacks(
                f"sequencing.{name[1]}",
                _("<%(name)s> is not a SCORM 2004 sequencing element; it is ignored.")
                % {"name": f"{name[0]}:{name[1]}"},
                identifier,
            )
            return
        reader(element, activity, identifier)

    # -- the elements of <imsss:sequencing> -------------------------------------------------

    def control_mode(self, element, activity: dict, identifier: str):
        for name in CONTROL_MODE:
            value = self.boolean(element, name, "controlMode", identifier)
            if value is not None:
                activity.setdefault("sequencingControls", {})[name] = value
                self.findings.found(f"controlMode.{name}={str(value).lower()}")

    def sequencing_rules(self, element, activity: dict, identifier: str):
        rules: dict[str, list] = {}
        for kind in ("preConditionRule", "exitConditionRule", "postConditionRule"):
            for rule in _children(element, kind):
                translated = self.sequencing_rule(rule, kind, identifier)
                if translated is not None:
                    rules.setdefault(kind + "s", []).append(translated)
        if rules:
            activity["sequencingRules"] = rules

    def sequencing_rule(self, rule, kind: str, identifier: str) -> dict | None:
        action = _action(_child(rule, "ruleAction"))
        if action not in RULE_ACTIONS[kind]:
            self.findings.invalid(f"{kind}.action", action, identifier)
            return None
        conditions_element = _child(rule, "ruleConditions")
        combination = "all"
        conditions = []
        if conditions_element is not None:
            combination = (
                self.choice(
                    conditions_element, "conditionCombination", {"all", "any"}, kind, identifier
                )
                or "all"
            )
            for condition in _children(conditions_element, "ruleCondition"):
                name = (_attribute(condition, "condition") or "").strip()
                if name not in RULE_CONDITIONS:
                    self.findings.invalid(f"{kind}.condition", name, identifier)
                    return None
                translated: dict = {"condition": name}
                operator = self.choice(condition, "operator", {"not", "noOp"}, kind, identifier)
                if operator == "not":
                    translated["operator"] = "not"
                referenced = (_attribute(condition, "referencedObjective") or "").strip()
                if referenced:
                    translated["referencedObjective"] = referenced
                threshold = self.fraction(
                    _attribute(condition, "measureThreshold"),
                    f"{kind}.measureThreshold",
                    identifier,
                    low=-1.0,
                )
                if threshold is not None:
                    translated["parameters"] = {"threshold": threshold}
                conditions.append(translated)
                self.findings.found(f"ruleCondition.{name}")
        if not conditions:
            # A rule without conditions always applies.
            conditions = [{"condition": "always"}]
        self.findings.found(f"{kind}.{action}")
        return {"action": action, "conditionCombination": combination, "conditions": conditions}

    def limit_conditions(self, element, activity: dict, identifier: str):
        raw = _attribute(element, "attemptLimit")
        if raw is not None:
            limit = _integer(raw)
            if limit is None:
                self.findings.invalid("limitConditions.attemptLimit", raw, identifier)
            elif limit > 0:
                # An attempt limit of 0 places no limit.
                activity["attemptLimit"] = limit
                self.findings.found("limitConditions.attemptLimit")
        for name in ("attemptAbsoluteDurationLimit", "activityAbsoluteDurationLimit"):
            raw = _attribute(element, name)
            if raw is None:
                continue
            if not _DURATION.match(raw.strip()):
                self.findings.invalid(f"limitConditions.{name}", raw, identifier)
                continue
            activity[name] = raw.strip()
            self.findings.found(f"limitConditions.{name}")
        for name in ("beginTimeLimit", "endTimeLimit"):
            raw = _attribute(element, name)
            if raw is not None and raw.strip():
                activity[name] = raw.strip()
                self.findings.found(f"limitConditions.{name}")
        for name in ("attemptExperiencedDurationLimit", "activityExperiencedDurationLimit"):
            if _attribute(element, name) is not None:
                self.findings.found(f"limitConditions.{name}")
                self.findings.lacks(
                    f"limitConditions.{name}",
                    _("The sequencing engine has no experienced-duration limit; it is ignored."),
                    identifier,
                )

    def auxiliary_resources(self, element, activity: dict, identifier: str):
        resources = []
        for resource in _children(element, "auxiliaryResource"):
            resource_id = (_attribute(resource, "auxiliaryResourceID") or "").strip()
            purpose = (_attribute(resource, "purpose") or "").strip()
            if resource_id and purpose:
                resources.append({"resourceId": resource_id, "purpose": purpose})
        if resources:
            activity["auxiliaryResources"] = resources
            self.findings.found("auxiliaryResources")

    def rollup_rules(self, element, activity: dict, identifier: str):
        controls = {}
        for name in ("rollupObjectiveSatisfied", "rollupProgressCompletion"):
            value = self.boolean(element, name, "rollupRules", identifier)
            if value is not None:
                controls[name] = value
                self.findings.found(f"rollupRules.{name}={str(value).lower()}")
        weight = self.fraction(
            _attribute(element, "objectiveMeasureWeight"),
            "rollupRules.objectiveMeasureWeight",
            identifier,
        )
        if weight is not None:
            controls["objectiveMeasureWeight"] = weight
            self.findings.found("rollupRules.objectiveMeasureWeight")
        if controls:
            activity.setdefault("sequencingControls", {}).update(controls)
        rules = []
        for rule in _children(element, "rollupRule"):
            translated = self.rollup_rule(rule, identifier)
            if translated is not None:
                rules.append(translated)
        if rules:
            activity["rollupRules"] = {"rules": rules}
            self.findings.found("rollupRules")

    def rollup_rule(self, rule, identifier: str) -> dict | None:
        action = _action(_child(rule, "rollupAction"))
        if action not in ROLLUP_ACTIONS:
            self.findings.invalid("rollupRule.action", action, identifier)
            return None
        consideration = (
            self.choice(rule, "childActivitySet", CHILD_ACTIVITY_SETS, "rollupRule", identifier)
            or "all"
        )
        translated: dict = {"action": action, "consideration": consideration}
        if consideration == "atLeastCount":
            raw = _attribute(rule, "minimumCount")
            count = _integer(raw) if raw is not None else 0
            if count is None:
                self.findings.invalid("rollupRule.minimumCount", raw, identifier)
                return None
            translated["minimumCount"] = count
        if consideration == "atLeastPercent":
            raw = _attribute(rule, "minimumPercent")
            share = self.fraction(raw, "rollupRule.minimumPercent", identifier) if raw else 0.0
            if share is None:
                return None
            # The engine compares percentages.
            translated["minimumPercent"] = round(share * 100, 6)
        conditions_element = _child(rule, "rollupConditions")
        combination = "any"
        conditions = []
        if conditions_element is not None:
            combination = (
                self.choice(
                    conditions_element,
                    "conditionCombination",
                    {"all", "any"},
                    "rollupRule",
                    identifier,
                )
                or "any"
            )
            for condition in _children(conditions_element, "rollupCondition"):
                name = (_attribute(condition, "condition") or "").strip()
                if name not in ROLLUP_CONDITIONS:
                    self.findings.invalid("rollupRule.condition", name, identifier)
                    return None
                engine_name = ROLLUP_CONDITIONS[name]
                if engine_name is None:
                    self.findings.lacks(
                        f"rollupCondition.{name}",
                        _(
                            "The sequencing engine does not evaluate this rollup condition; "
                            "it counts as false."
                        ),
                        identifier,
                    )
                    engine_name = name
                condition_settings: dict = {"condition": engine_name}
                operator = self.choice(
                    condition, "operator", {"not", "noOp"}, "rollupRule", identifier
                )
                if operator == "not":
                    condition_settings["operator"] = "not"
                conditions.append(condition_settings)
                self.findings.found(f"rollupCondition.{name}")
        translated["conditionCombination"] = combination
        translated["conditions"] = conditions
        self.findings.found(f"rollupRule.{action}")
        self.findings.found(f"rollupRule.childActivitySet={consideration}")
        return translated

    def objectives(self, element, activity: dict, identifier: str, extended: dict):
        objectives = []
        primary = _child(element, "primaryObjective")
        if primary is not None:
            translated = self.objective(primary, True, extended, identifier)
            if translated is not None:
                activity["primaryObjective"] = translated
                self.findings.found("objectives.primary")
        for objective in _children(element, "objective"):
            translated = self.objective(objective, False, extended, identifier)
            if translated is not None:
                objectives.append(translated)
        if objectives:
            activity["objectives"] = objectives
            self.findings.found("objectives.secondary")
        known = {o["objectiveID"] for o in objectives}
        if "primaryObjective" in activity:
            known.add(activity["primaryObjective"]["objectiveID"])
        if set(extended) - known:
            self.unmatched(identifier)

    def unmatched(self, identifier: str):
        self.findings.lacks(
            "adlseq.objective.unmatched",
            _("An <adlseq:objective> names no objective of the activity; it is ignored."),
            identifier,
        )

    def objective(self, element, is_primary: bool, extended: dict, identifier: str):
        objective_id = (_attribute(element, "objectiveID") or "").strip()
        satisfied_by_measure = self.boolean(element, "satisfiedByMeasure", "objectives", identifier)
        if not objective_id:
            if not is_primary:
                self.findings.invalid("objectives.objectiveID", "", identifier)
                return None
            if not satisfied_by_measure:
                # Without an id or a measure, the primary objective only stands for the
                # activity's own status, which the engine keeps anyway.
                return None
            # The engine keeps objectives by id: an anonymous primary objective judged by
            # measure is given one.
            objective_id = f"{identifier}.primary"
            self.findings.found("objectives.primary.unnamed")
        translated: dict = {"objectiveID": objective_id}
        if satisfied_by_measure is not None:
            translated["satisfiedByMeasure"] = satisfied_by_measure
        if satisfied_by_measure:
            self.findings.found("objectives.satisfiedByMeasure")
            measure_element = _child(element, "minNormalizedMeasure")
            raw = _text(measure_element) if measure_element is not None else None
            measure = (
                self.fraction(raw, "objectives.minNormalizedMeasure", identifier, low=-1.0)
                if raw
                else None
            )
            translated["minNormalizedMeasure"] = 1.0 if measure is None else measure
        maps = []
        extended_maps = {m["targetObjectiveID"]: m for m in extended.get(objective_id, [])}
        for map_info in _children(element, "mapInfo"):
            target = (_attribute(map_info, "targetObjectiveID") or "").strip()
            if not target:
                self.findings.invalid("objectives.mapInfo.targetObjectiveID", "", identifier)
                continue
            entry = {"targetObjectiveID": target}
            for name in READ_WRITE_MAPS:
                value = self.boolean(map_info, name, "objectives.mapInfo", identifier)
                entry[name] = value if value is not None else name.startswith("read")
            extra = extended_maps.pop(target, None)
            for name in EXTENDED_MAPS:
                # Without <adlseq:mapInfo> for this target, none of its extended data is
                # shared (the engine would otherwise read it by default).
                entry[name] = extra[name] if extra else False
            maps.append(entry)
        for target, extra in extended_maps.items():
            entry = {"targetObjectiveID": target}
            entry.update({name: False for name in READ_WRITE_MAPS})
            entry.update({name: extra[name] for name in EXTENDED_MAPS})
            maps.append(entry)
        if maps:
            translated["mapInfo"] = maps
            self.findings.found("objectives.global")
            for entry in maps:
                self.findings.objectives.add(entry["targetObjectiveID"])
                for name, value in entry.items():
                    if value is True:
                        self.findings.found(f"objectives.mapInfo.{name}")
        return translated

    def read_extended(self, element, identifier: str) -> dict[str, list[dict]]:
        """The ``<adlseq:objectives>`` map info by objective id."""
        extended: dict[str, list[dict]] = {}
        if element is None:
            return extended
        for objective in _children(element, "objective"):
            objective_id = (_attribute(objective, "objectiveID") or "").strip()
            for map_info in _children(objective, "mapInfo"):
                target = (_attribute(map_info, "targetObjectiveID") or "").strip()
                if not objective_id or not target:
                    self.findings.invalid("adlseq.objectives.mapInfo", target, identifier)
                    continue
                entry = {"targetObjectiveID": target}
                for name, default in EXTENDED_MAPS.items():
                    value = self.boolean(map_info, name, "adlseq.mapInfo", identifier)
                    entry[name] = default if value is None else value
                extended.setdefault(objective_id, []).append(entry)
                self.findings.found("objectives.extendedMapInfo")
        return extended

    def randomization(self, element, activity: dict, identifier: str):
        controls = {}
        where = "randomizationControls"
        selection = self.choice(element, "selectionTiming", TIMINGS, where, identifier)
        raw = _attribute(element, "selectCount")
        count = _integer(raw) if raw is not None else None
        if raw is not None and count is None:
            self.findings.invalid(f"{where}.selectCount", raw, identifier)
        if selection is not None:
            controls["selectionTiming"] = selection
        if count:
            controls["selectCount"] = count
            self.findings.found("randomization.selectCount")
        randomization = self.choice(element, "randomizationTiming", TIMINGS, where, identifier)
        if randomization is not None:
            controls["randomizationTiming"] = randomization
        reorder = self.boolean(element, "reorderChildren", where, identifier)
        if reorder is not None:
            controls["randomizeChildren"] = reorder
            if reorder:
                self.findings.found("randomization.reorderChildren")
        if controls:
            activity.setdefault("sequencingControls", {}).update(controls)
            if (selection not in (None, "never") and count) or (
                randomization not in (None, "never") and reorder
            ):
                self.findings.found("randomization")

    def delivery_controls(self, element, activity: dict, identifier: str):
        controls = {}
        for name in DELIVERY_CONTROLS:
            value = self.boolean(element, name, "deliveryControls", identifier)
            if value is not None:
                controls[name] = value
                self.findings.found(f"deliveryControls.{name}={str(value).lower()}")
        if controls:
            activity["deliveryControls"] = controls

    def constrained_choice(self, element, activity: dict, identifier: str):
        for name in ("preventActivation", "constrainChoice"):
            value = self.boolean(element, name, "constrainedChoiceConsiderations", identifier)
            if value is not None:
                activity.setdefault("sequencingControls", {})[name] = value
                self.findings.found(f"constrainedChoice.{name}={str(value).lower()}")

    def rollup_considerations(self, element, activity: dict, identifier: str):
        considerations: dict = {}
        where = "rollupConsiderations"
        for name in REQUIRED_FOR:
            value = self.choice(element, name, ROLLUP_REQUIREMENTS, where, identifier)
            if value is not None:
                considerations[name] = value
                self.findings.found(f"rollupConsiderations.{name}={value}")
        value = self.boolean(element, "measureSatisfactionIfActive", where, identifier)
        if value is not None:
            considerations["measureSatisfactionIfActive"] = value
            self.findings.found(
                f"rollupConsiderations.measureSatisfactionIfActive={str(value).lower()}"
            )
        if considerations:
            activity["rollupConsiderations"] = considerations

    # -- what an <item> carries outside <imsss:sequencing> ----------------------------------

    def item_data(self, item, activity: dict, identifier: str):
        visible = _boolean(item.get("isvisible"))
        if visible is False:
            activity["isVisible"] = False
            self.findings.found("isvisible=false")
        hidden = []
        for presentation in _children(item, "presentation"):
            for interface in _children(presentation, "navigationInterface"):
                for hide in _children(interface, "hideLMSUI"):
                    token = _text(hide)
                    if token not in HIDE_LMS_UI:
                        self.findings.invalid("hideLMSUI", token, identifier)
                    elif token not in hidden:
                        hidden.append(token)
                        self.findings.found(f"hideLMSUI.{token}")
        if hidden:
            activity["hideLmsUi"] = hidden
            self.findings.sequenced = True
        threshold = self.completion_threshold(_child(item, "completionThreshold"), identifier)
        if threshold:
            activity["completionThreshold"] = threshold
            self.findings.found("completionThreshold")
        action = _text(_child(item, "timeLimitAction"))
        if action:
            if action in TIME_LIMIT_ACTIONS:
                activity["timeLimitAction"] = action
                self.findings.found("timeLimitAction")
            else:
                self.findings.invalid("timeLimitAction", action, identifier)

    def completion_threshold(self, element, identifier: str) -> dict:
        if element is None:
            return {}
        threshold: dict = {}
        text = _text(element)
        if text:
            # The third edition gives the threshold as the element's text.
            measure = self.fraction(text, "completionThreshold", identifier)
            if measure is not None:
                threshold = {"completedByMeasure": True, "minProgressMeasure": measure}
            return threshold
        by_measure = self.boolean(element, "completedByMeasure", "completionThreshold", identifier)
        if by_measure is not None:
            threshold["completedByMeasure"] = by_measure
        measure = self.fraction(
            _attribute(element, "minProgressMeasure"),
            "completionThreshold.minProgressMeasure",
            identifier,
        )
        if measure is not None:
            threshold["minProgressMeasure"] = measure
        weight = self.fraction(
            _attribute(element, "progressWeight"),
            "completionThreshold.progressWeight",
            identifier,
            high=None,
        )
        if weight is not None:
            threshold["progressWeight"] = weight
        return threshold


def sequencing_of(root, organization, items: list[dict]) -> tuple[dict | None, dict]:
    """The ``sequencing`` settings of the engine for ``organization`` (the default one of
    the manifest ``root``), or ``None`` when the manifest has no sequencing of its own, and
    a report ``{"features", "unsupported", "objectives"}``.

    The tree's root is the organization; its leaves are the ``items`` (the launchable SCOs
    and assets, by ``identifier``); an item that launches nothing is left out.
    """
    reader = _Reader(root, {item["identifier"] for item in items})
    findings = reader.findings
    global_to_system = _boolean(_attribute(organization, "objectivesGlobalToSystem"))
    if global_to_system is False:
        findings.sequenced = True
        findings.found("objectivesGlobalToSystem=false")
        findings.lacks(
            "objectivesGlobalToSystem",
            _(
                "Global objectives are kept for each learner's run of this package and are "
                "shared with no other package."
            ),
            (organization.get("identifier") or "").strip(),
        )
    tree = reader.activity(organization, True)
    report = findings.report()
    if tree is None or not findings.sequenced:
        return None, report
    return {"activityTree": tree}, report
