"""Plain dataclasses and pure functions. Standard library only (plus rapidfuzz for fuzzy anchoring)."""
