"""Use cases shared by the GUI and the CLI: commands, undo, audit. No Qt."""
