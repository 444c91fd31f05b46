"""What a check reports: a `Finding` with its severity, its message, and where to look."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from workbench.domain import Ref
from workbench.messages import Message


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    code: str
    message: Message
    refs: tuple[Ref, ...] = ()
    uids: tuple[str, ...] = ()
    """Unified concepts, processes or activities the finding is about."""

    def as_dict(self) -> dict[str, object]:
        return {
            "severity": self.severity.value,
            "code": self.code,
            "message": str(self.message),
            "refs": [str(ref) for ref in self.refs],
            "uids": list(self.uids),
        }
