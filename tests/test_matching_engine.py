"""The matching engine on small hand-made entries: scores, reasons, predicates, decisions, progress, cancel."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from workbench.catalogue import load_bundled
from workbench.domain import EntryRecord, Kind, Label, LabelKind, MappingRecord, Predicate, Ref, Suggestion
from workbench.matching import Cancelled, match, match_all
from workbench.workspace import Workspace


def said(suggestion: Suggestion | None) -> tuple[str, ...]:
    """A suggestion's reasons as their English text."""
    assert suggestion is not None
    return tuple(str(reason) for reason in suggestion.reasons)



def entry(
    ref: str, label: str, *, definition: str = "", alt: tuple[str, ...] = (), abbrev: tuple[str, ...] = (),
    other: tuple[tuple[str, str], ...] = (), lang: str = "en", kind: Kind = Kind.TERM, broader: tuple[str, ...] = (),
    category: str = "concept",
) -> EntryRecord:
    labels = tuple(Label(text, LabelKind.ALTERNATIVE, lang) for text in alt)
    labels += tuple(Label(text, LabelKind.ABBREVIATION, lang) for text in abbrev)
    labels += tuple(Label(text, LabelKind.PREFERRED, language) for language, text in other)
    return EntryRecord(
        id=0, ref=Ref.parse(ref), kind=kind, label=label, lang=lang, category=category, definition=definition,
        labels=labels, broader=tuple(Ref.parse(b) for b in broader),
    )


def decision(subject: str, obj: str, predicate: Predicate = Predicate.EXACT, negated: bool = False) -> MappingRecord:
    now = datetime.now(UTC)
    return MappingRecord(0, Ref.parse(subject), predicate, Ref.parse(obj), negated, 1.0, "", "me", "", now, now)


def pair(suggestions: list[Suggestion], subject: str, obj: str) -> Suggestion | None:
    return next((s for s in suggestions if str(s.subject) == subject and str(s.object) == obj), None)


def test_same_label_is_an_exact_match_with_full_score() -> None:
    found = match([entry("a:inc", "Incident")], [entry("b:inc", "incident"), entry("b:prob", "Problem")])
    top = pair(found, "a:inc", "b:inc")
    assert top is not None and top.score == 1.0 and top.predicate is Predicate.EXACT
    assert said(top)[0] == "same label"
    assert found[0] == top


def test_same_stem_reason_names_the_stem_and_proposes_close() -> None:
    found = match([entry("a:d", "Deployment")], [entry("b:d", "Deploying")])
    assert found and said(found[0])[0] == "same stem 'deploy'"
    assert found[0].predicate is Predicate.CLOSE and found[0].score > 0.9


def test_abbreviation_matches_its_expansion_both_ways() -> None:
    sources = [entry("a:sla", "Service level agreement", abbrev=("SLA",)), entry("a:xyz", "Extra yield zone")]
    targets = [entry("b:sla", "SLA"), entry("b:xyz", "XYZ")]
    found = match(sources, targets, best=True)
    assert pair(found, "a:sla", "b:sla") is not None
    assert "abbreviation SLA" in said(pair(found, "a:sla", "b:sla"))
    # Learned from the target side's own abbreviation label this time.
    found = match([entry("a:xyz", "XYZ")], [entry("b:xyz", "Extra yield zone", abbrev=("XYZ",))])
    assert found and found[0].predicate is Predicate.EXACT and "abbreviation XYZ" in said(found[0])


def test_an_entrys_own_acronym_is_not_read_with_other_meanings() -> None:
    found = match([entry("a:ci", "Configuration item", abbrev=("CI",))], [entry("b:ci", "Continuous integration")])
    assert not found or found[0].score < 0.5


def test_other_language_and_alternative_labels_count_and_are_named() -> None:
    source = entry("pm3:fh", "Förändringshantering", lang="sv", other=(("en", "Change management"),))
    found = match([source], [entry("itil:ce", "Change enablement", alt=("Change management",))])
    assert found and found[0].score > 0.9
    assert "English label 'Change management'" in said(found[0])
    assert "alternative label 'Change management'" in said(found[0])


def test_definitions_raise_a_pair_and_say_what_they_share() -> None:
    text = "Restore service to users as quickly as possible after an unplanned interruption."
    sources = [entry("a:x", "Incident response", definition=text)]
    targets = [
        entry("b:y", "Incident handling", definition="Restore service to users after any unplanned interruption."),
        entry("b:z", "Incident record", definition="A document that stores facts about a ticket."),
    ]
    found = match(sources, targets)
    assert [str(s.object) for s in found][:1] == ["b:y"]
    shared = [reason for reason in said(found[0]) if reason.startswith("definitions share ")]
    assert shared and ("'unplanned interruption'" in shared[0] or "'restore service'" in shared[0])
    assert not any(reason.startswith("definitions share") for reason in said(found[1]))


def test_label_containment_proposes_broader_and_narrower() -> None:
    found = match([entry("a:major", "Major incident")], [entry("b:inc", "Incident")])
    assert found[0].predicate is Predicate.BROADER  # the object is the broader concept
    found = match([entry("a:inc", "Incident")], [entry("b:major", "Major incident")])
    assert found[0].predicate is Predicate.NARROWER


def test_negated_and_decided_pairs_are_never_suggested() -> None:
    sources, targets = [entry("a:inc", "Incident")], [entry("b:inc", "Incident"), entry("b:evt", "Incident event")]
    negated = [decision("b:inc", "a:inc", negated=True)]
    for options in ({}, {"best": True}, {"top": None}):
        found = match(sources, targets, negated, **options)  # type: ignore[arg-type]
        assert pair(found, "a:inc", "b:inc") is None
    assert pair(match(sources, targets, [decision("a:inc", "b:inc")]), "a:inc", "b:inc") is None


def test_a_chain_of_decisions_proposes_the_closing_pair() -> None:
    sources, targets = [entry("a:one", "Alpha thing")], [entry("c:three", "Unrelated words")]
    chain = [decision("a:one", "b:two"), decision("c:three", "b:two")]
    found = match(sources, targets, chain)
    top = pair(found, "a:one", "c:three")
    assert top is not None and top.score >= 0.9 and top.predicate is Predicate.EXACT
    assert said(top)[0] == "linked through b:two (both mapped)"
    chain = [decision("a:one", "b:two"), decision("b:two", "c:three", Predicate.CLOSE)]
    assert pair(match(sources, targets, chain), "a:one", "c:three").predicate is Predicate.CLOSE


def test_mapped_parents_raise_children_and_say_so() -> None:
    sources = [entry("a:p", "Vehicle"), entry("a:c", "Red fast car", broader=("a:p",))]
    targets = [entry("b:p", "Automobile"), entry("b:c", "Fast red cars", broader=("b:p",))]
    plain = pair(match(sources, targets), "a:c", "b:c")
    raised = pair(match(sources, targets, [decision("a:p", "b:p", Predicate.CLOSE)]), "a:c", "b:c")
    assert plain is not None and raised is not None and raised.score > plain.score
    assert "parents mapped" in said(raised) and "parents mapped" not in said(plain)


def test_top_min_score_and_best_select_as_documented() -> None:
    sources = [entry("a:1", "Change request"), entry("a:2", "Change")]
    targets = [entry("b:1", "Change request"), entry("b:2", "Change"), entry("b:3", "Change schedule")]
    everything = match(sources, targets, top=None)
    assert [s.score for s in everything] == sorted((s.score for s in everything), reverse=True)
    assert all(sum(1 for s in match(sources, targets, top=1) if s.subject == src.ref) <= 1 for src in sources)
    assert all(s.score >= 0.9 for s in match(sources, targets, min_score=0.9))
    best = match(sources, targets, best=True)
    assert {(str(s.subject), str(s.object)) for s in best} == {("a:1", "b:1"), ("a:2", "b:2")}


def test_kinds_and_properties_stay_apart() -> None:
    sources = [entry("a:author", "Author"), entry("a:step", "Author", kind=Kind.ACTIVITY)]
    targets = [entry("b:author", "Author", category="property")]
    assert match(sources, targets) == []


def test_progress_reaches_the_total_and_cancel_stops_the_run() -> None:
    sources = [entry(f"a:{i}", f"Thing number {i}") for i in range(600)]
    targets = [entry(f"b:{i}", f"Thing nr {i}") for i in range(50)]
    calls: list[tuple[int, int]] = []
    match(sources, targets, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 600) and calls[-1] == (600, 600)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    with pytest.raises(Cancelled):
        match(sources, targets, cancel=lambda: True)
    event = threading.Event()
    event.set()
    with pytest.raises(Cancelled):
        match(sources, targets, cancel=event)
    seen: list[int] = []
    with pytest.raises(Cancelled):
        match(sources, targets, progress=lambda done, _total: seen.append(done), cancel=lambda: bool(seen[1:]))


def test_a_compound_written_apart_or_hyphenated_is_an_exact_match() -> None:
    found = match([entry("a:fb", "fore-brain")], [entry("b:fb", "Forebrain"), entry("b:hb", "Hindbrain")])
    top = pair(found, "a:fb", "b:fb")
    assert top is not None and top.predicate is Predicate.EXACT and top.score > 0.95
    assert said(top)[0] == "same compound 'fore-brain' / 'Forebrain'"
    assert pair(found, "a:fb", "b:hb") is None or pair(found, "a:fb", "b:hb").score < 0.75


def prop(ref: str, label: str, domain: str | None = None, range_: str | None = None) -> EntryRecord:
    record = entry(ref, label, category="property")
    return EntryRecord(
        id=0, ref=record.ref, kind=record.kind, label=label, lang="en", category="property", definition="",
        domains=(Ref.parse(domain),) if domain else (), ranges=(Ref.parse(range_),) if range_ else (),
    )


def test_properties_count_only_when_the_classes_they_link_correspond() -> None:
    sources = [entry("a:paper", "Paper"), entry("a:person", "Person"), prop("a:name", "name", "a:person")]
    linked = [entry("b:paper", "Paper"), entry("b:person", "Person"), prop("b:name", "name", "b:person")]
    unlinked = [entry("b:paper", "Paper"), entry("b:person", "Person"), prop("b:name", "name", "b:paper")]
    unknown = [entry("b:paper", "Paper"), entry("b:person", "Person"), prop("b:name", "name")]
    supported = pair(match(sources, linked, best=True), "a:name", "b:name")
    assert supported is not None and "links corresponding classes" in said(supported)
    # Same names, but the properties link classes that do not correspond: not proposed as a match.
    assert pair(match(sources, unlinked, best=True), "a:name", "b:name") is None
    lowered = pair(match(sources, unlinked), "a:name", "b:name")
    assert lowered is not None and lowered.score < 0.75
    # Without domain or range on one side there is no evidence either way: the names decide.
    assert pair(match(sources, unknown, best=True), "a:name", "b:name") is not None


def test_match_all_matches_every_pair_of_groups_once_building_each_profile_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from workbench.matching import engine, match_all

    built: list[Ref] = []
    original = engine.build_profile

    def counting(index: int, record: EntryRecord, abbreviations: engine.Abbreviations) -> engine.Profile:
        built.append(record.ref)
        return original(index, record, abbreviations)

    monkeypatch.setattr(engine, "build_profile", counting)
    groups = [
        [entry("a:inc", "Incident"), entry("a:chg", "Change")],
        [entry("b:inc", "incident"), entry("b:rel", "Release")],
        [entry("c:inc", "Incidents"), entry("c:chg", "Change")],
    ]
    found = match_all(groups)
    assert sorted(map(str, built)) == sorted(str(e.ref) for group in groups for e in group)
    pairs = {(str(s.subject), str(s.object)) for s in found}
    assert {("a:inc", "b:inc"), ("a:inc", "c:inc"), ("b:inc", "c:inc"), ("a:chg", "c:chg")} <= pairs
    # Each pair once, from the earlier group to the later one, never within a group.
    assert all(s.subject.framework < s.object.framework for s in found)
    assert match_all(groups, best=True) and all(
        s.score >= 0.75 for s in match_all(groups, best=True)
    )


def test_children_mapped_raise_their_parents_pair() -> None:
    parents = [entry("a:limb", "limb")], [entry("b:ext", "limb region")]
    alone = pair(match(*parents, top=None), "a:limb", "b:ext")
    sources = [*parents[0], entry("a:arm", "arm", broader=("a:limb",)), entry("a:leg", "leg", broader=("a:limb",))]
    targets = [*parents[1], entry("b:arm", "Arm", broader=("b:ext",)), entry("b:leg", "Leg", broader=("b:ext",))]
    raised = pair(match(sources, targets, top=None), "a:limb", "b:ext")
    assert alone is not None and raised is not None
    assert raised.score > alone.score and "children mapped" in said(raised)
    assert "children mapped" not in said(alone)


def test_words_one_entry_uses_interchangeably_count_as_synonyms_elsewhere() -> None:
    # "Cerebral ..." / "Brain ..." on one entry teaches brain ~ cerebral for every other pair in the run.
    teacher = entry("b:arach", "Cerebral arachnoid membrane", alt=("Brain arachnoid membrane",))
    sources = [entry("a:men", "Brain meninges")]
    targets = [teacher, entry("b:men", "Cerebral meninges"), entry("b:spine", "Spinal meninges")]
    found = match(sources, targets, top=3)
    top = pair(found, "a:men", "b:men")
    assert top is not None and found[0] == top and top.score >= 0.75
    assert any(reason.startswith("synonyms 'brain' / 'cerebral'") for reason in said(top))
    without = match(sources, targets[1:], top=3)
    learned_nothing = pair(without, "a:men", "b:men")
    assert learned_nothing is None or learned_nothing.score < top.score


def test_a_role_and_an_activity_with_the_same_stem_are_only_related() -> None:
    found = match([entry("a:p", "Presenter"), entry("a:m", "Release manager")],
                  [entry("b:p", "Presentation"), entry("b:m", "Release management")], top=1)
    for subject, obj in (("a:p", "b:p"), ("a:m", "b:m")):
        item = pair(found, subject, obj)
        assert item is not None and item.score < 0.75 and item.predicate is Predicate.RELATED
    # Same stem and the same kind of word is still a close match.
    close = match([entry("a:d", "Deployment")], [entry("b:d", "Deploying")])
    assert close and close[0].score > 0.9


def test_classes_whose_parents_surely_match_elsewhere_are_lowered() -> None:
    sources = [entry("a:paper", "Paper"), entry("a:review", "Review"),
               entry("a:pabs", "Paper abstract", broader=("a:paper",))]
    targets = [entry("b:paper", "Paper"), entry("b:review", "Review"),
               entry("b:abs", "Abstract", broader=("b:review",))]
    lowered = pair(match(sources, targets, top=None), "a:pabs", "b:abs")
    # The same entries without the parent links that tell the two classes apart.
    orphans = [entry("a:pabs", "Paper abstract")], [entry("b:abs", "Abstract")]
    plain = pair(match(sources[:2] + orphans[0], targets[:2] + orphans[1], top=None), "a:pabs", "b:abs")
    assert lowered is not None and plain is not None
    assert lowered.score < plain.score and "parents matched elsewhere" in said(lowered)


def test_a_letter_and_number_code_meets_the_word_and_number_it_stands_for() -> None:
    sources = [entry("a:l1", "Level 1 support"), entry("a:l2", "Level 2 support"), entry("a:t2", "Tier 2 support")]
    targets = [entry("b:l2", "L2 support"), entry("b:l1", "L1 support"), entry("b:x", "Support")]
    found = match(sources, targets, best=True)
    assert pair(found, "a:l1", "b:l1") is not None and pair(found, "a:l2", "b:l2") is not None
    assert "code 'L2' spelled out" in said(pair(found, "a:l2", "b:l2"))
    # "T2" does not stand for "level 2": its letter starts no word of the other label.
    assert pair(found, "a:t2", "b:l2") is None


def test_a_property_linking_the_same_classes_the_other_way_round_is_not_the_same_relation() -> None:
    classes = [entry("a:paper", "Paper"), entry("a:author", "Author")]
    others = [entry("b:paper", "Paper"), entry("b:author", "Author")]
    sources = [*classes, prop("a:has-author", "hasAuthor", "a:paper", "a:author")]
    same_way = [*others, prop("b:authors", "has_authors", "b:paper", "b:author")]
    reversed_ = [*others, prop("b:authors", "authorOf", "b:author", "b:paper")]
    found = pair(match(sources, same_way, best=True), "a:has-author", "b:authors")
    assert found is not None and "links corresponding classes" in said(found)
    assert pair(match(sources, reversed_, best=True), "a:has-author", "b:authors") is None
    inverse = pair(match(sources, reversed_), "a:has-author", "b:authors")
    assert inverse is not None and "links the same classes the other way round" in said(inverse)


def test_a_property_linking_classes_is_not_one_holding_plain_values() -> None:
    classes = [entry("a:paper", "Paper"), entry("a:topic", "Topic")]
    sources = [*classes, prop("a:topic-of", "topic", "a:paper", "a:topic")]
    targets = [entry("b:paper", "Paper"), entry("b:topic", "Topic"), prop("b:topic-text", "topic", "b:paper")]
    assert pair(match(sources, targets, best=True), "a:topic-of", "b:topic-text") is None


def test_names_about_different_things_score_below_names_about_the_same_thing() -> None:
    # "Rejected paper" is a paper; "rejection" is a decision: the shared stem describes, it does not identify.
    found = match([entry("a:rejection", "Rejection")], [entry("b:rejected", "Rejected paper")])
    apart = pair(found, "a:rejection", "b:rejected")
    same = pair(match([entry("a:paper", "Paper")], [entry("b:rejected", "Rejected paper")]), "a:paper", "b:rejected")
    assert apart is not None and same is not None and apart.score < same.score
    # The head of "author of paper" is "author", so it meets "paper author" on the thing both are about.
    author = pair(match([entry("a:pa", "Paper author")], [entry("b:ap", "Author of paper")]), "a:pa", "b:ap")
    assert author is not None and author.score > 0.9


def test_one_word_names_alike_only_in_their_start_are_suggested_but_not_proposed() -> None:
    # "Requirement" / "Request" and "Transparency" / "Transport" were proposed one-to-one with no reason given.
    sources = [entry("a:req", "Requirement"), entry("a:tr", "Transparency")]
    targets = [entry("b:req", "Request"), entry("b:tr", "Transport")]
    found = match(sources, targets)
    for subject, obj, words in (("a:req", "b:req", "'requirement' / 'request'"),
                                ("a:tr", "b:tr", "'transparency' / 'transport'")):
        suggestion = pair(found, subject, obj)
        assert said(suggestion) == (f"similar words {words}",)
    assert match(sources, targets, best=True) == []
    # Derived forms in longer names still count as the same word and are named.
    derived = pair(match([entry("a:t", "Thymus lobe")], [entry("b:t", "Thymic lobe")], best=True), "a:t", "b:t")
    assert derived is not None and "similar words 'thymus' / 'thymic'" in said(derived)


def test_a_pair_alike_only_in_spelling_says_so() -> None:
    # Below 85% spelling was never named, so such a pair came with no reason at all.
    found = match([entry("a:p", "Product", definition="Something made to be sold to customers.")],
                  [entry("b:p", "Overproduction", definition="Making more than customers asked for.")])
    suggestion = pair(found, "a:p", "b:p")
    assert suggestion is not None and suggestion.score >= 0.5 and said(suggestion) == ("similar spelling (78%)",)


def test_every_suggestion_worth_reading_on_the_bundled_frameworks_says_why(tmp_path: Path) -> None:
    frameworks = load_bundled()
    with Workspace.create(tmp_path / "ws.db", frameworks) as workspace:
        found = match_all([workspace.entries(framework.key) for framework in frameworks], top=5)
    silent = [(str(s.subject), str(s.object), round(s.score, 2)) for s in found if s.score >= 0.5 and not s.reasons]
    assert len(found) > 1000 and silent == []


# --- meaning, false friends, categories, direction (issue 17) ------------------------------------------------------


def test_a_pair_that_shares_no_word_is_found_by_its_definitions_and_says_so() -> None:
    sources = [entry("a:sensei", "Sensei", category="role",
                     definition="An experienced teacher who coaches teams and their leaders in improvement methods.")]
    targets = [
        entry("b:coach", "Agile coach", category="role",
              definition="An experienced practitioner who coaches teams and their leaders in agile methods."),
        entry("b:budget", "Lean budget", category="artefact",
              definition="Money set aside for a value stream for a fixed period, spent by its own decisions."),
    ]
    found = match(sources, targets, top=1)
    assert [str(s.object) for s in found] == ["b:coach"]
    assert said(found[0])[0].startswith("carried by meaning")
    assert found[0].score < 0.75  # meaning ranks it, never proposes it on its own (--best)
    assert not match(sources, targets, best=True)


def test_same_name_with_different_meanings_is_flagged_and_not_proposed_as_exact() -> None:
    system = entry("a:capacity", "Capacity", category="concept",
                   definition="How much load a server, network or storage system can handle while still meeting "
                              "its response times.")
    team = entry("b:capacity", "Capacity", category="measure",
                 definition="The story points a team expects to finish in the coming sprint, after holidays and "
                            "training days are taken off.")
    found = match([system], [team], best=True)
    item = pair(found, "a:capacity", "b:capacity")
    assert item is not None, "a false friend keeps its place in the list"
    assert item.flags == ("same-label-different-meaning",)
    assert item.predicate is Predicate.RELATED
    assert said(item)[0].startswith("same name; the definitions differ")
    assert item.as_dict()["flags"] == ["same-label-different-meaning"]


def test_same_name_and_same_meaning_is_not_flagged() -> None:
    ours = entry("a:inc", "Incident", definition="An unplanned interruption of a service or a drop in its quality.")
    theirs = entry("b:inc", "Incident", definition="An unplanned interruption to a service, or a reduction in the "
                                                   "quality of a service.")
    item = pair(match([ours], [theirs]), "a:inc", "b:inc")
    assert item is not None and item.flags == () and item.predicate is Predicate.EXACT


def test_a_role_and_a_practice_of_the_same_name_are_not_an_exact_match() -> None:
    definition = "Deciding what a product should do next and in which order, from what customers need."
    role = entry("a:pm", "Product management", category="role", definition=definition)
    practice = entry("b:pm", "Product management", category="practice", definition=definition)
    also_role = entry("c:pm", "Product management", category="role", definition=definition)
    apart = pair(match([role], [practice]), "a:pm", "b:pm")
    alike = pair(match([role], [also_role]), "a:pm", "c:pm")
    assert apart is not None and alike is not None
    assert apart.predicate is Predicate.RELATED and alike.predicate is Predicate.EXACT
    assert apart.score < alike.score
    assert "different kinds of entry: role / practice" in said(apart)


def test_a_name_that_joins_two_steps_is_the_broader_one() -> None:
    found = match([entry("a:auth", "Authorise the change", kind=Kind.ACTIVITY, category="activity")],
                  [entry("b:both", "Assess and authorise the change", kind=Kind.ACTIVITY, category="activity")])
    item = pair(found, "a:auth", "b:both")
    assert item is not None and item.predicate is Predicate.BROADER  # the object is broader
    # A modifier still makes the longer name the narrower one.
    modified = pair(match([entry("a:inc", "Incident")], [entry("b:maj", "Major incident")]), "a:inc", "b:maj")
    assert modified is not None and modified.predicate is Predicate.NARROWER


def test_a_name_that_adds_words_is_a_kind_of_the_other_only_when_both_are_about_the_same_thing() -> None:
    # ITIL 4 "Plan" came out broader than SAFe's "Business value" through its other name "Planned business value".
    plan = entry("a:plan", "Plan")
    value = entry("b:value", "Business value", alt=("Planned business value",))
    item = pair(match([plan], [value]), "a:plan", "b:value")
    assert item is not None and item.predicate is Predicate.RELATED
    problem = pair(match([entry("a:p", "Problem")], [entry("b:pm", "Problem management")]), "a:p", "b:pm")
    assert problem is not None and problem.predicate is Predicate.RELATED
    # A qualifier in parentheses is not what a name is about.
    cycle = pair(match([entry("a:ct", "Time")], [entry("b:ct", "Cycle time (Kanban)")]), "a:ct", "b:ct")
    assert cycle is not None and cycle.predicate is Predicate.NARROWER
    # Steps are named by verb phrases: their last word is no head, and the rule leaves them alone.
    step = pair(match([entry("a:v", "Verify", kind=Kind.ACTIVITY, category="activity")],
                      [entry("b:v", "Verify the deployment", kind=Kind.ACTIVITY, category="activity")]), "a:v", "b:v")
    assert step is not None and step.predicate is Predicate.NARROWER


def test_an_entry_matched_through_a_name_of_one_of_its_kinds_is_the_broader_one() -> None:
    requirement = entry("a:req", "Requirement", alt=("Functional requirement", "Non-functional requirement"))
    nfr = entry("b:nfr", "Nonfunctional requirements", alt=("Non-functional requirements",))
    item = pair(match([requirement], [nfr]), "a:req", "b:nfr")
    assert item is not None and item.predicate is Predicate.NARROWER  # the object is narrower
    back = pair(match([nfr], [requirement]), "b:nfr", "a:req")
    assert back is not None and back.predicate is Predicate.BROADER


def test_the_nearest_by_meaning_keeps_a_place_in_the_top_five() -> None:
    from workbench.matching.engine import _top
    from workbench.matching.normalise import Abbreviations
    from workbench.matching.pairs import Scored
    from workbench.matching.profiles import build_profile

    records = [entry("a:s", "Source"), *(entry(f"b:t{number}", f"Target {number}") for number in range(8))]
    profiles = [build_profile(number, record, Abbreviations.built_in()) for number, record in enumerate(records)]
    # Seven label matches, each a little weaker, with unrelated definitions; the eighth is only sixth or seventh
    # by score but first by meaning by far: its definition says what the source's does, in other words.
    items = [Scored(0, target, 0.7 - 0.05 * target, None, 0.0, meaning=0.05 * target) for target in range(1, 8)]
    items.append(Scored(0, 8, 0.4, None, 0.0, meaning=0.8))
    chosen = [item.target for item in _top(items, profiles, 5)]
    assert len(chosen) == 5 and 8 in chosen and chosen[:2] == [1, 2]
    # Without meaning (no definitions) the order by score stands.
    plain = [Scored(0, target, 0.7 - 0.05 * target, None, 0.0) for target in range(1, 9)]
    assert [item.target for item in _top(plain, profiles, 5)] == [1, 2, 3, 4, 5]


def test_successor_links_propose_a_pair_and_rank_the_current_name_first() -> None:
    from dataclasses import replace

    from workbench.domain import Status

    old = replace(entry("v3:cm", "Change management", definition="Controls the lifecycle of all changes."),
                  successors=(Ref.parse("four:ce"),))
    current = entry("four:ce", "Change enablement", definition="Maximises the number of successful changes.")
    renamed = replace(entry("four:v3-cm", "Change management", definition="The ITIL v3 name of change enablement."),
                      status=Status.RENAMED, successors=(Ref.parse("four:ce"),))
    found = match([old], [current, renamed, entry("four:inc", "Incident management")])
    linked = pair(found, "v3:cm", "four:ce")
    assert linked is not None and linked.score >= 0.9 and linked.predicate is Predicate.CLOSE
    assert "'Change management' was renamed or replaced by 'Change enablement'" in said(linked)
    namesake = pair(found, "v3:cm", "four:v3-cm")
    # The renamed entry matches by its name, and its successor ranks above it.
    assert namesake is not None and namesake.score < linked.score
    assert "successor of 'Change management', which matches as well" in said(linked)
    assert [str(item.object) for item in match([old], [current, renamed], best=True)] == ["four:ce"]
    # A framework that names no successor gets no such suggestion: a label match only.
    plain = match([entry("x:cm", "Change management")], [current, renamed])
    assert pair(plain, "x:cm", "four:ce") is not None and pair(plain, "x:cm", "four:v3-cm") is not None
    assert all("renamed or replaced" not in " ".join(said(item)) for item in plain)
