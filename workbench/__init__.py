"""Framework Harmonisation Workbench: the Qt-free core (domain, store, catalogue, services, CLI)."""

__version__ = "0.1.0"
