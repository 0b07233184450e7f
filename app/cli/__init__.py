"""The `sourcemark` command."""
