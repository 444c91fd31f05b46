"""The Decisions tab: every decision of the workspace, filtered, changed and deleted."""

from ui.decisions.tab import DecisionsTab

__all__ = ["DecisionsTab"]
