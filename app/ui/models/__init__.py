"""Qt item models: thin adapters over the open project, refreshed by change sets."""
