"""The unified-model tabs: glossary, process model, coverage matrix and checks."""
