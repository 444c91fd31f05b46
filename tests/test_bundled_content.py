"""The bundled frameworks are complete enough to work with: the minimums of issues 3 and 21, well-formed throughout."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from workbench.catalogue import load_bundled
from workbench.domain import EntryData, FrameworkData, Kind, LabelKind, Status, is_language_tag

MINIMUM_TERMS = {
    "itil4": 150, "safe": 150, "devops": 80, "lean": 80, "pm3": 60, "usm": 10, "scrum": 40, "kanban": 35,
    "fitsm": 100, "cobit2019": 150, "itil3": 200, "prince2": 150,
}
FRAMEWORKS = {framework.key: framework for framework in load_bundled()}


def count(framework: FrameworkData, kind: Kind) -> int:
    return sum(1 for entry in framework.entries if entry.kind is kind)


def test_the_bundled_frameworks_in_their_order() -> None:
    assert list(FRAMEWORKS) == ["itil4", "safe", "devops", "lean", "pm3", "usm", "scrum", "kanban", "fitsm",
                                "cobit2019", "itil3", "prince2"]


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


def test_itil_value_chain_activities_are_realised_by_practices_not_processes_of_their_own() -> None:
    entries = {e.key: e for e in FRAMEWORKS["itil4"].entries}
    activities = [e for e in entries.values() if e.key.startswith("value-chain-")]
    assert len(activities) == 6
    for activity in activities:
        assert activity.kind is Kind.TERM, activity.key
        assert not [e for e in entries.values() if e.parent == activity.key], activity.key
        assert activity.realised_by, activity.key
        for practice in activity.realised_by:
            assert entries[practice].kind is Kind.PROCESS and entries[practice].category == "practice", practice


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


def entries_of(key: str) -> dict[str, EntryData]:
    return {entry.key: entry for entry in FRAMEWORKS[key].entries}


def all_labels(entry: EntryData) -> set[str]:
    return {entry.label.casefold(), *(label.text.casefold() for label in entry.labels)}


def swedish_label(entry: EntryData) -> str | None:
    if entry.lang == "sv":
        return entry.label
    return next((label.text for label in entry.labels if label.lang == "sv" and label.kind is LabelKind.PREFERRED),
                None)


@pytest.mark.parametrize(("key", "minimum"), [("itil4", 120), ("safe", 80), ("devops", 1), ("lean", 1), ("pm3", 1)])
def test_swedish_labels_for_swedish_workshops(key: str, minimum: int) -> None:
    framework = FRAMEWORKS[key]
    with_swedish = [entry for entry in framework.entries if swedish_label(entry)]
    assert len(with_swedish) >= minimum
    assert "sv" in framework.languages


def test_every_itil_practice_and_guiding_principle_and_safe_core_value_has_a_swedish_label() -> None:
    itil = FRAMEWORKS["itil4"].entries
    wanted = [e for e in itil if (e.kind is Kind.PROCESS and e.category == "practice") or e.category == "principle"]
    assert len(wanted) == 34 + 7
    assert [e.key for e in wanted if not swedish_label(e)] == []
    safe = entries_of("safe")
    assert swedish_label(safe["alignment"]) and swedish_label(safe["relentless-improvement"])
    assert swedish_label(entries_of("itil4")["incident-management"]) == "Incidenthantering"


@pytest.mark.parametrize("key", MINIMUM_TERMS)
def test_no_label_names_two_entries_and_no_step_occurs_twice(key: str) -> None:
    owners: dict[str, set[str]] = {}
    own_labels: dict[str, set[str]] = {}
    for entry in FRAMEWORKS[key].entries:
        own_labels.setdefault(entry.label.casefold(), set()).add(entry.key)
        for text in all_labels(entry) - {entry.label.casefold()}:
            owners.setdefault(text, set()).add(entry.key)
    for text, keys in owners.items():
        assert len(keys | own_labels.get(text, set())) == 1, (text, keys | own_labels.get(text, set()))
    steps = [e.label.casefold() for e in FRAMEWORKS[key].entries if e.kind is Kind.ACTIVITY]
    assert len(steps) == len(set(steps))


def test_nested_events_and_cycles_link_to_what_they_include_instead_of_repeating_its_steps() -> None:
    safe = entries_of("safe")
    assert set(safe["inspect-and-adapt"].includes) == {"pi-system-demo", "problem-solving-workshop"}
    assert set(safe["art-sync"].includes) == {"coach-sync", "po-sync"}
    assert not [e for e in safe.values() if e.parent in ("art-sync",)]
    for gone in ("inspect-and-adapt-pi-system-demo", "inspect-and-adapt-problem-solving", "art-sync-review-progress"):
        assert gone not in safe
    pm3 = entries_of("pm3")
    assert pm3["forvaltningsstyrningsprocess"].includes == ("planering-och-uppfoljning",)
    governance_steps = {e.label for e in pm3.values() if e.parent == "forvaltningsstyrningsprocess"}
    assert not governance_steps & {"Följa upp", "Rapportera"}
    disruption_steps = [e.key for e in pm3.values() if e.parent == "drift-och-underhall" and "störning" in e.label]
    assert disruption_steps == []
    lean = entries_of("lean")
    for principle in ("sort", "set-in-order", "shine", "standardise", "sustain"):
        term, step = lean[f"five-s-{principle}"], lean[f"five-s-programme-{principle}"]
        assert term.realised_by == (step.key,)
        assert not all_labels(term) & all_labels(step)


@pytest.mark.parametrize(
    ("key", "entry", "misleading"),
    [
        ("itil4", "continuous-delivery", "continuous deployment"),
        ("itil4", "continuous-integration", "ci/cd"),
        ("itil4", "mean-time-to-restore-service", "mttr"),
        ("itil4", "relationship-management", "brm"),
        ("itil4", "service-owner", "product owner (service)"),
        ("itil4", "touchpoint", "service interaction"),
        ("devops", "traffic", "demand"),
        ("safe", "value-stream-management", "vsm"),
        ("lean", "tps-house", "house of lean"),
        ("usm", "process-requirement-09-activity-once", "non-redundant process model"),
        ("pm3", "servicedesk", "kundtjänst"),
        ("pm3", "objektagare", "verksamhetsansvarig"),
        ("pm3", "vidmakthallande", "bibehållande"),
        ("pm3", "vidmakthallande", "keeping things running"),
        ("pm3", "uppdragsgivare", "commissioning authority"),
    ],
)
def test_misleading_synonyms_are_gone(key: str, entry: str, misleading: str) -> None:
    assert misleading not in all_labels(entries_of(key)[entry])


def test_safe_6_core_values_are_current_and_safe_5_values_historical() -> None:
    safe = entries_of("safe")
    current = {e.label for e in safe.values() if e.category == "value" and e.status is Status.CURRENT}
    assert current == {"Alignment", "Transparency", "Respect for People", "Relentless Improvement"}
    assert safe["program-execution"].status is Status.HISTORICAL
    assert safe["core-value-built-in-quality"].status is Status.HISTORICAL
    assert safe["built-in-quality"].category == "dimension"
    assert set(safe["built-in-quality"].broader) == {"team-and-technical-agility"}
    dimensions = {e.key for e in safe.values() if "team-and-technical-agility" in e.broader}
    assert dimensions == {"agile-teams-dimension", "teams-of-agile-teams", "built-in-quality"}


def test_itil_v3_names_are_renamed_entries_pointing_at_their_itil_4_practices() -> None:
    itil = entries_of("itil4")
    renamed = {e.label: e for e in itil.values() if e.status is Status.RENAMED}
    assert {"Change management", "Request fulfilment", "Continual service improvement",
            "Service asset and configuration management", "Change control"} <= set(renamed)
    assert [str(ref) for ref in renamed["Change management"].successors] == ["itil4:change-enablement"]
    for entry in renamed.values():
        assert entry.source and entry.successors, entry.key
    assert "methods and improvement" in itil["competency-profile"].definition


def test_usm_calls_and_reactive_workflows_agree() -> None:
    usm = entries_of("usm")
    assert "four kinds" in usm["reactive-workflow"].definition
    assert "five reactive" in usm["reactive-workflow"].definition
    assert "five reactive" in usm["standard-workflows"].definition
    assert "mir" in all_labels(usm["managed-infrastructure-register"])


@pytest.mark.parametrize(
    ("key", "entry"),
    [
        ("itil4", "service-empathy"), ("itil4", "service-blueprint"), ("itil4", "experience-level-agreement"),
        ("itil4", "digital-product"), ("itil4", "high-velocity-it"),
        ("devops", "space-framework"), ("devops", "flow-framework"), ("devops", "value-stream-management"),
        ("devops", "everything-as-code"), ("devops", "team-topology-anti-types"),
        ("devops", "configuration-management"),
        ("usm", "managed-infrastructure-register"),
        ("pm3", "problemhantering"), ("pm3", "releasehantering"), ("pm3", "behovshantering"),
        ("pm3", "forvaltningskontor"), ("pm3", "portfoljkontor"),
        ("safe", "agile-teams-dimension"), ("safe", "teams-of-agile-teams"),
    ],
)
def test_entries_the_practitioner_found_missing_are_there(key: str, entry: str) -> None:
    assert entries_of(key)[entry].definition


# What a serious glossary of each framework of issue 21 must hold, by the framework's own names. Each item is
# found when any label, alternative label or abbreviation of an entry matches one of its spellings.
MUST_HAVE = {
    "scrum": [
        # theory, pillars and values
        "Scrum", "Empiricism", "Lean thinking", "Transparency", "Inspection", "Adaptation", "Scrum values",
        "Commitment", "Focus", "Openness", "Respect", "Courage",
        # team and accountabilities
        "Scrum Team", "Product Owner", "Scrum Master", "Developers", "Accountability", "Self-managing team",
        "Cross-functional team", "Stakeholder", "Impediment",
        # events
        "Scrum events", "Sprint", "Sprint Planning", "Daily Scrum", "Sprint Review", "Sprint Retrospective",
        "Timebox", "Product Backlog refinement", "Sprint cancellation",
        # artefacts and commitments
        "Scrum artefacts", "Product Backlog", "Sprint Backlog", "Increment", "Commitments", "Product Goal",
        "Sprint Goal", "Definition of Done", "Product Backlog item", "Done",
    ],
    "kanban": [
        "Kanban", "Flow", "Kanban system", "Kanban system members", "Pull system", "Workflow",
        "Definition of Workflow", "Work item", "Started point", "Finished point", "Workflow state",
        "Explicit policies", "Service level expectation", "Kanban board", "Visualization", "Kanban practices",
        "Defining and visualizing the workflow", "Actively managing items in a workflow", "Improving the workflow",
        "Controlling work in progress", "WIP limit", "Blocked work item", "Flow measures", "Work in progress",
        "Throughput", "Work item age", "Cycle time", "Little's Law", "Flow theory", "Systems thinking",
        "Queuing theory",
    ],
    "fitsm": [
        # the fourteen processes and the general requirements
        "Service portfolio management", "Service level management", "Service reporting management",
        "Service availability and continuity management", "Capacity management", "Information security management",
        "Customer relationship management", "Supplier relationship management",
        "Incident and service request management", "Problem management", "Configuration management",
        "Change management", "Release and deployment management", "Continual service improvement management",
        "General requirements for a service management system", "GR1", "GR2", "GR3", "GR4", "GR5", "GR6", "GR7",
        # FitSM-0 terms
        "Activity", "Assessment", "Audit", "Availability", "Availability of information", "Capability level",
        "Capacity", "Change", "Classification", "Closure", "Competence", "Confidentiality of information",
        "Conformity", "Configuration", "Configuration item", "Configuration management database", "Continuity",
        "Customer", "Demand", "Document", "Effectiveness", "Efficiency", "Emergency change", "Escalation",
        "Federation", "Federation member", "Federator", "Improvement", "Incident", "Information security",
        "Information security control", "Information security event", "Information security incident",
        "Integrity of information", "IT service", "IT service management", "Key performance indicator",
        "Known error", "Major change", "Major incident", "Management review", "Management system", "Maturity level",
        "Nonconformity", "Operational level agreement", "Operational target", "Policy",
        "Post implementation review", "Priority", "Problem", "Procedure", "Process", "Record", "Release",
        "Release and deployment strategy", "Report", "Request for change", "Risk", "Role", "Service",
        "Service acceptance criteria", "Service catalogue", "Service component", "Service level agreement",
        "Service lifecycle", "Service management", "Service management plan", "Service management system",
        "Service portfolio", "Service provider", "Service request", "Service review", "Service target", "Supplier",
        "Top management", "Underpinning agreement", "Underpinning contract", "User", "Value", "Workaround",
        # FitSM-3 roles
        "SMS owner", "SMS manager", "Process owner", "Process manager", "Case owner", "Member of process staff",
    ],
}
FITSM_PROCESS_ABBREVIATIONS = [
    "SPM", "SLM", "SRM", "SACM", "CAPM", "ISM", "CRM", "SUPPM", "ISRM", "PM", "CONFM", "CHM", "RDM", "CSI",
]


def labels_of(framework: FrameworkData, lang: str = "en") -> set[str]:
    found = {entry.label.casefold() for entry in framework.entries if entry.lang == lang}
    return found | {label.text.casefold() for entry in framework.entries for label in entry.labels
                    if label.lang == lang}


@pytest.mark.parametrize("key", MUST_HAVE)
def test_the_new_frameworks_hold_every_must_have_item(key: str) -> None:
    labels = labels_of(FRAMEWORKS[key])
    missing = [item for item in MUST_HAVE[key] if item.casefold() not in labels]
    assert not missing, f"{key} lacks {missing}"


def test_scrum_has_its_five_events_as_processes_and_its_artefacts_with_their_commitments() -> None:
    scrum = FRAMEWORKS["scrum"]
    events = {e.label for e in scrum.entries if e.kind is Kind.PROCESS}
    assert events == {"Sprint", "Sprint Planning", "Daily Scrum", "Sprint Review", "Sprint Retrospective"}
    by_key = {e.key: e for e in scrum.entries}
    for artefact, commitment in [("product-backlog", "product-goal"), ("sprint-backlog", "sprint-goal"),
                                 ("increment", "definition-of-done")]:
        assert commitment in by_key[artefact].related and by_key[artefact].category == "artefact"


def test_fitsm_has_its_fourteen_processes_with_their_abbreviations() -> None:
    processes = [e for e in FRAMEWORKS["fitsm"].entries if e.kind is Kind.PROCESS]
    assert len(processes) == 14
    abbreviations = [label.text for process in processes for label in process.labels
                     if label.kind is LabelKind.ABBREVIATION]
    assert abbreviations == FITSM_PROCESS_ABBREVIATIONS
    numbers = [label.text for process in processes for label in process.labels if label.text.startswith("PR")]
    assert numbers == [f"PR{n}" for n in range(1, 15)]


@pytest.mark.parametrize(("key", "swedish"), [
    ("scrum", ["Produktägare", "Utvecklare", "Sprintplanering", "Daglig scrum", "Sprintgranskning",
               "Sprintåterblick", "Produktbacklogg", "Sprintbacklogg", "Inkrement", "Produktmål", "Sprintmål"]),
    ("kanban", ["Kanbantavla", "Genomströmning", "Cykeltid", "Pågående arbete", "WIP-gräns"]),
])
def test_scrum_and_kanban_carry_swedish_labels(key: str, swedish: list[str]) -> None:
    framework = FRAMEWORKS[key]
    assert "sv" in framework.languages
    labels = labels_of(framework, "sv")
    assert [name for name in swedish if name.casefold() not in labels] == []


@pytest.mark.parametrize(("key", "licence"), [("scrum", "CC BY-SA 4.0"), ("kanban", "CC BY-SA 4.0"),
                                              ("fitsm", "CC BY 4.0")])
def test_the_new_frameworks_state_their_licence_and_source(key: str, licence: str) -> None:
    framework = FRAMEWORKS[key]
    assert framework.licence.startswith(licence)
    assert licence in framework.attribution


DEVSET = Path(__file__).parent / "benchmarks" / "data" / "devset_new_frameworks.tsv"


def test_the_new_frameworks_development_set_names_existing_entries() -> None:
    with DEVSET.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert rows and list(rows[0]) == ["subject_ref", "object_ref", "relation", "needs_meaning"]
    assert len(rows) >= 40
    keys = {(framework.key, entry.key) for framework in FRAMEWORKS.values() for entry in framework.entries}
    for row in rows:
        for ref in (row["subject_ref"], row["object_ref"]):
            assert tuple(ref.split(":", 1)) in keys, ref
        assert row["subject_ref"].split(":")[0] in {"scrum", "kanban", "fitsm"}
        assert row["relation"] in {"exact", "close", "broader", "narrower", "related"}
        assert row["needs_meaning"] in {"yes", "no"}
    pairs = [(row["subject_ref"], row["object_ref"]) for row in rows]
    assert len(pairs) == len(set(pairs))


def every_label_of(framework: FrameworkData) -> set[str]:
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
    labels = every_label_of(FRAMEWORKS["cobit2019"])
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
    labels = every_label_of(FRAMEWORKS["prince2"])
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
    labels = every_label_of(itil3)
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
