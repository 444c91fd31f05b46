"""Unification: the unified glossary (`glossary`), the unified process model (`process_model`), coverage
exclusions (`exclusions`) and the wording rules the checks apply to names (`naming`)."""
