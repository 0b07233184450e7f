"""The project store: the only code that touches the TinyDB files of a project folder."""
