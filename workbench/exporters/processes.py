"""The unified process model as people read it: each process, then its activities in order, each with the framework
entries it is traced to.

`outline` is the one place that reads the model (`workbench.unified_model`'s snapshot: processes → activities →
traces with their relation); the workbook's and the CSV's table and the HTML page are all laid out from it, so a
change to the model's shape is met here once.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.exporters.sections import STATUS, entry_name, fit
from workbench.exporters.tables import Column, ExportView, Table, relation_word
from workbench.messages import Message, Template, Word, relation
from workbench.unified_model import Member, UnifiedSnapshot
from workbench.unify.model_graph import PROPOSED

PROCESSES_TITLE = Template("export.processes.title", "Processes")
PROCESSES_ABOUT = Template(
    "export.processes.about",
    "The unified process model: each process in bold, followed by its activities in order, with the framework "
    "entries each one is traced to.",
)
PROCESSES_EMPTY = Template(
    "export.processes.empty", "No unified process model yet: build it in the application or with `workbench unify`."
)
NUMBER = Template("export.column.number", "No.")
PROCESS_OR_ACTIVITY = Template("export.column.process-or-activity", "Process or activity")
DESCRIPTION = Template("export.column.description", "Description")
TRACED_TO = Template("export.column.traced-to", "Traced to")
TRIGGER = Template("export.process.trigger", "Starts when: {text}")
OUTCOME = Template("export.process.outcome", "Outcome: {text}")
TRACE = Template("export.trace", "{entry} ({relation})")
"""A framework entry traced to a process or activity, when it is not the same ("exact" goes without saying)."""


@dataclass(frozen=True)
class Step:
    """One line of the outline: a process (`activity` 0) or one of its activities."""

    process: int
    """The process's number, from 1 in the model's order."""
    activity: int
    """The activity's number within its process, from 1; 0 for the process itself."""
    label: str
    description: str
    trigger: str
    outcome: str
    status: str
    traces: tuple[Member, ...]

    @property
    def is_process(self) -> bool:
        return self.activity == 0

    @property
    def number(self) -> str:
        return str(self.process) if self.is_process else f"{self.process}.{self.activity}"


def outline(unified: UnifiedSnapshot) -> list[Step]:
    steps = []
    for number, process in enumerate(unified.processes, start=1):
        steps.append(Step(number, 0, process.label, process.description, process.trigger, process.outcome,
                          process.status, process.traces))
        for position, activity in enumerate(process.activities, start=1):
            # An activity's own status would repeat "draft" on every row; a proposal must read as one.
            status = activity.status if activity.status == PROPOSED else ""
            steps.append(Step(number, position, activity.label, activity.description, "", "", status,
                              activity.traces))
    return steps


def description_lines(view: ExportView, step: Step) -> list[str]:
    """The description, then what starts the process and what it delivers, each on its own line."""
    lines = [step.description] if step.description else []
    if step.trigger:
        lines.append(view.text(TRIGGER(text=step.trigger)))
    if step.outcome:
        lines.append(view.text(OUTCOME(text=step.outcome)))
    return lines


def trace_messages(view: ExportView, traces: tuple[Member, ...]) -> list[Message]:
    """The traced entries in the frameworks' order, each named with its framework, and its relation unless exact."""
    order = {framework.key: index for index, framework in enumerate(view.frameworks)}
    messages = []
    for member in sorted(traces, key=lambda m: order.get(m.ref.framework, len(order))):
        word = relation_word(member.relation)
        name = entry_name(view, member.ref)
        messages.append(name if word == "exact" else TRACE(entry=name, relation=relation(word)))
    return messages


def processes_table(view: ExportView) -> Table:
    steps = outline(view.unified)
    table = Table(
        "processes", view.text(PROCESSES_TITLE()), view.text(PROCESSES_ABOUT()),
        [Column(view.text(NUMBER()), 6, wrap=False, names_row=True),
         Column(view.text(PROCESS_OR_ACTIVITY()), 30, names_row=True),
         Column(view.text(DESCRIPTION()), 52), Column(view.text(STATUS()), 9), Column(view.text(TRACED_TO()), 40)],
        empty_note=view.text(PROCESSES_EMPTY()),
    )
    for step in steps:
        if step.is_process:
            table.emphasised.add(len(table.rows))
        table.rows.append([
            step.number,
            step.label,
            fit("\n".join(description_lines(view, step)), view),
            view.text_word(Word("unified-status", step.status)) if step.status else "",
            fit("\n".join(view.text(message) for message in trace_messages(view, step.traces)), view),
        ])
    return table
