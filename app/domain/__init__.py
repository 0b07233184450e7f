"""Plain dataclasses and pure functions: no I/O. Standard library only, plus edlib for approximate re-anchoring."""
