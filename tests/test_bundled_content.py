"""The bundled frameworks are complete enough to work with: the minimums of issue 3, well-formed throughout."""

from __future__ import annotations

import pytest

from workbench.catalogue import _BUNDLED_ORDER, load_bundled
from workbench.domain import FrameworkData, Kind, LabelKind, Status, is_language_tag

MINIMUM_TERMS = {
    "itil4": 150, "safe": 150, "devops": 80, "lean": 80, "pm3": 60, "usm": 10, "cobit2019": 150, "prince2": 150,
    "itil3": 200,
}
FRAMEWORKS = {framework.key: framework for framework in load_bundled()}


def count(framework: FrameworkData, kind: Kind) -> int:
    return sum(1 for entry in framework.entries if entry.kind is kind)


def test_the_bundled_frameworks_come_in_the_expected_order() -> None:
    assert list(FRAMEWORKS)[:6] == ["itil4", "safe", "devops", "lean", "pm3", "usm"]
    assert {"cobit2019", "itil3", "prince2"} <= set(FRAMEWORKS)
    assert list(FRAMEWORKS) == [key for key in _BUNDLED_ORDER if key in FRAMEWORKS]


@pytest.mark.parametrize("key", MINIMUM_TERMS)
def test_minimum_terms_and_processes_with_activities(key: str) -> None:
    framework = FRAMEWORKS[key]
    assert count(framework, Kind.TERM) >= MINIMUM_TERMS[key]
    processes = [entry for entry in framework.entries if entry.kind is Kind.PROCESS]
    assert processes
    for process in processes:
        assert process.purpose and process.trigger and process.outcome, process.key
        activities = [e for e in framework.entries if e.parent == process.key]
        assert len(activities) >= 3, f"{key}:{process.key} has {len(activities)} activities"
        assert [a.position for a in activities] == list(range(1, len(activities) + 1))


@pytest.mark.parametrize("key", MINIMUM_TERMS)
def test_entries_are_well_formed(key: str) -> None:
    framework = FRAMEWORKS[key]
    assert framework.edition and framework.attribution and framework.licence and framework.publisher
    keys = [entry.key for entry in framework.entries]
    assert len(keys) == len(set(keys))
    process_keys = {entry.key for entry in framework.entries if entry.kind is Kind.PROCESS}
    for entry in framework.entries:
        assert entry.definition.strip() and entry.label.strip(), entry.key
        assert is_language_tag(entry.lang)
        if entry.kind is Kind.ACTIVITY:
            assert entry.parent in process_keys, entry.key
        for label in entry.labels:
            assert label.text.strip() and label.lang in framework.languages, (entry.key, label)


def test_itil_has_its_34_practices_and_six_value_chain_activities() -> None:
    practices = [e for e in FRAMEWORKS["itil4"].entries if e.kind is Kind.PROCESS and e.category == "practice"]
    assert len(practices) == 34
    labels = {e.label.casefold() for e in FRAMEWORKS["itil4"].entries}
    for name in ("plan", "improve", "engage", "design and transition", "deliver and support"):
        assert name in labels
    assert {"obtain/build"} & labels or {"obtain / build"} & labels


def test_pm3_prefers_swedish_labels_with_english_alternatives_and_both_definitions() -> None:
    pm3 = FRAMEWORKS["pm3"]
    assert pm3.language == "sv" and set(pm3.languages) == {"sv", "en"}
    attribution = pm3.attribution
    assert "På AB" in attribution
    for entry in pm3.entries:
        english = [label for label in entry.labels if label.lang == "en" and label.kind is LabelKind.PREFERRED]
        assert english, f"pm3:{entry.key} has no English label"
        if entry.kind is not Kind.ACTIVITY:
            assert "sv" in dict(entry.definitions), f"pm3:{entry.key} has no Swedish definition"
    change = next(e for e in pm3.entries if e.kind is Kind.PROCESS and e.label.casefold() == "ändringshantering")
    steps = [e for e in pm3.entries if e.parent == change.key]
    assert len(steps) == 6


def test_usm_has_five_processes_and_ten_process_requirements() -> None:
    usm = FRAMEWORKS["usm"]
    processes = [e.label for e in usm.entries if e.kind is Kind.PROCESS]
    assert sorted(processes) == ["Agree", "Change", "Improve", "Operate", "Recover"]
    requirements = [e for e in usm.entries if e.key.startswith("process-requirement-")]
    assert len(requirements) == 10


def test_every_successor_names_an_entry_of_the_bundled_catalogue() -> None:
    refs = {(framework.key, entry.key) for framework in FRAMEWORKS.values() for entry in framework.entries}
    for framework in FRAMEWORKS.values():
        for entry in framework.entries:
            for successor in entry.successors:
                assert (successor.framework, successor.key) in refs, f"{framework.key}:{entry.key} -> {successor}"


def labels_of(framework: FrameworkData) -> set[str]:
    """Every preferred, alternative and abbreviation label of the framework, case-folded."""
    return {label.text.casefold() for entry in framework.entries for label in entry.labels} | {
        entry.label.casefold() for entry in framework.entries
    }


COBIT_CODES = (
    [f"EDM{n:02}" for n in range(1, 6)] + [f"APO{n:02}" for n in range(1, 15)] + [f"BAI{n:02}" for n in range(1, 12)]
    + [f"DSS{n:02}" for n in range(1, 7)] + [f"MEA{n:02}" for n in range(1, 5)]
)


def test_cobit_has_its_40_objectives_as_processes_with_their_codes() -> None:
    cobit = FRAMEWORKS["cobit2019"]
    assert len(COBIT_CODES) == 40
    by_code = {label.text: entry for entry in cobit.entries for label in entry.labels
               if label.kind is LabelKind.ABBREVIATION}
    for code in COBIT_CODES:
        objective = by_code[code]
        assert objective.kind is Kind.PROCESS and objective.key == code.lower(), code
        assert objective.label.startswith(("Ensured ", "Managed ")), objective.label
        practices = [e for e in cobit.entries if e.parent == objective.key]
        assert all(any(label.text.startswith(code + ".") for label in p.labels) for p in practices), code
    assert by_code["APO12"].label == "Managed Risk"
    assert by_code["BAI06"].label == "Managed IT Changes"
    assert by_code["DSS02"].label == "Managed Service Requests and Incidents"


def test_cobit_covers_components_design_factors_goals_and_capability_levels() -> None:
    labels = labels_of(FRAMEWORKS["cobit2019"])
    must_have = [
        # the seven components of the governance system
        "processes", "organizational structures", "principles, policies and frameworks", "information",
        "culture, ethics and behavior", "people, skills and competencies", "services, infrastructure and applications",
        # the eleven design factors
        "enterprise strategy", "enterprise goals", "risk profile", "i&t-related issues", "threat landscape",
        "compliance requirements", "role of it", "sourcing model for it", "it implementation methods",
        "technology adoption strategy", "enterprise size",
        # goals cascade, focus areas, performance management and core terms
        "goals cascade", "stakeholder drivers", "stakeholder needs", "alignment goals", "focus area",
        "governance and management objective", "governance objective", "management objective", "design factor",
        "capability level", "maturity level", "performance management", "cobit core model", "governance",
        "management", "governance system", "governance framework", "raci chart", "egit", "i&t",
        "governance distinct from management", "evaluate, direct and monitor", "align, plan and organize",
        "build, acquire and implement", "deliver, service and support", "monitor, evaluate and assess",
    ]
    must_have += [f"capability level {n}" for n in range(6)]
    must_have += [f"eg{n:02}" for n in range(1, 14)] + [f"ag{n:02}" for n in range(1, 14)]
    missing = [item for item in must_have if item not in labels]
    assert not missing, missing


def test_prince2_has_its_seven_principles_practices_and_processes() -> None:
    prince2 = FRAMEWORKS["prince2"]
    by_key = {entry.key: entry for entry in prince2.entries}
    principles = {by_key[key].label for key in by_key["principles"].includes}
    assert principles == {
        "Ensure continued business justification", "Learn from experience",
        "Define roles, responsibilities and relationships", "Manage by stages", "Manage by exception",
        "Focus on products", "Tailor to suit the project",
    }
    practices = {by_key[key].label for key in by_key["practices"].includes}
    assert practices == {"Business case", "Organizing", "Plans", "Quality", "Risk", "Issues", "Progress"}
    # The 6th edition's theme names remain findable.
    assert "Change" in {label.text for label in by_key["issues"].labels}
    assert "Organization" in {label.text for label in by_key["organizing"].labels}
    processes = {by_key[key].label: key for key in by_key["processes"].includes}
    assert set(processes) == {
        "Starting up a project", "Directing a project", "Initiating a project", "Controlling a stage",
        "Managing product delivery", "Managing a stage boundary", "Closing a project",
    }
    for key in processes.values():
        assert by_key[key].kind is Kind.PROCESS
        assert len([e for e in prince2.entries if e.parent == key]) >= 3, key


def test_prince2_covers_roles_and_management_products() -> None:
    labels = labels_of(FRAMEWORKS["prince2"])
    must_have = [
        "project board", "executive", "senior user", "senior supplier", "project manager", "team manager",
        "project assurance", "change authority", "project support", "business layer",
        "business case", "project initiation documentation", "pid", "project brief", "project mandate",
        "benefits management approach", "risk management approach", "quality management approach",
        "issue management approach", "communication management approach", "work package", "highlight report",
        "checkpoint report", "end stage report", "end project report", "exception report", "issue report",
        "lessons log", "lessons report", "issue register", "risk register", "quality register", "daily log",
        "product description", "project product description", "project plan", "stage plan", "team plan",
        "exception plan", "tolerance", "management stage", "product-based planning", "people", "project context",
        "tailoring", "request for change", "off-specification", "acceptance criteria", "benefit", "output",
        "outcome",
    ]
    missing = [item for item in must_have if item not in labels]
    assert not missing, missing


ITIL3_PROCESSES = {
    "Strategy management for IT services", "Service portfolio management", "Financial management for IT services",
    "Demand management", "Business relationship management",
    "Design coordination", "Service catalogue management", "Service level management", "Availability management",
    "Capacity management", "IT service continuity management", "Information security management",
    "Supplier management",
    "Transition planning and support", "Change management", "Service asset and configuration management",
    "Release and deployment management", "Service validation and testing", "Change evaluation",
    "Knowledge management",
    "Event management", "Incident management", "Request fulfilment", "Problem management", "Access management",
    "Seven-step improvement process",
}


def test_itil3_has_its_26_processes_4_functions_and_5_stages() -> None:
    itil3 = FRAMEWORKS["itil3"]
    processes = {e.label for e in itil3.entries if e.kind is Kind.PROCESS}
    assert processes == ITIL3_PROCESSES and len(ITIL3_PROCESSES) == 26
    by_key = {entry.key: entry for entry in itil3.entries}
    functions = {by_key[key].label for key in by_key["function"].includes}
    assert functions == {"Service desk", "Technical management", "IT operations management", "Application management"}
    assert {by_key[key].label for key in by_key["it-operations-management"].includes} == {
        "IT operations control", "Facilities management"}
    stages = {by_key[key].label for key in by_key["service-lifecycle"].includes}
    assert stages == {"Service strategy", "Service design", "Service transition", "Service operation",
                      "Continual service improvement"}


def test_itil3_names_its_itil4_successors() -> None:
    itil3 = {entry.key: entry for entry in FRAMEWORKS["itil3"].entries}
    itil4 = {entry.key for entry in FRAMEWORKS["itil4"].entries}
    for entry in itil3.values():
        if entry.status is Status.RENAMED:
            assert entry.successors, entry.key
        for successor in entry.successors:
            assert successor.framework in {"itil4", "itil3"}, (entry.key, successor)
            assert successor.framework != "itil4" or successor.key in itil4, (entry.key, successor)

    def successors(key: str) -> set[str]:
        return {f"{ref.framework}:{ref.key}" for ref in itil3[key].successors}

    assert successors("change-management") == {"itil4:change-enablement"}
    assert successors("event-management") == {"itil4:monitoring-and-event-management"}
    assert successors("request-fulfilment") == {"itil4:service-request-management"}
    assert successors("service-asset-and-configuration-management") == {
        "itil4:service-configuration-management", "itil4:it-asset-management"}
    assert successors("release-and-deployment-management") == {
        "itil4:release-management", "itil4:deployment-management"}
    assert itil3["transition-planning-and-support"].status is Status.HISTORICAL
    assert itil3["design-coordination"].status is Status.HISTORICAL
    # Processes ITIL 4 kept under the same name stay current.
    assert itil3["incident-management"].status is Status.CURRENT
    assert itil3["problem-management"].status is Status.CURRENT


def test_itil3_covers_the_core_terms_and_established_swedish_labels() -> None:
    itil3 = FRAMEWORKS["itil3"]
    labels = labels_of(itil3)
    must_have = [
        "cmdb", "cms", "skms", "dml", "ci", "kedb", "sla", "ola", "uc", "sip", "csi register", "raci", "rfc",
        "cab", "ecab", "change schedule", "known error", "workaround", "incident", "problem", "service request",
        "event", "alert", "major incident", "standard change", "normal change", "emergency change", "utility",
        "warranty", "service portfolio", "service pipeline", "service catalogue", "retired services",
        "business impact analysis", "vital business function", "mtbf", "mtrs", "mtbsi", "availability",
        "capacity plan", "early life support", "release", "service design package", "service v-model",
        "deming cycle", "csi approach", "kpi", "csf", "baseline", "process owner", "service owner", "itsm",
        "pattern of business activity", "four ps of service design", "dikw", "priority", "impact", "urgency",
        "functional escalation", "hierarchic escalation", "follow the sun", "operations bridge",
        "7-step improvement process", "sacm", "csi", "itscm", "slm", "brm",
    ]
    missing = [item for item in must_have if item not in labels]
    assert not missing, missing
    assert "sv" in itil3.languages
    swedish = {label.text for entry in itil3.entries for label in entry.labels if label.lang == "sv"}
    assert {"Incidenthantering", "Problemhantering", "Ändringshantering", "Servicenivåhantering",
            "Servicedesk"} <= swedish
