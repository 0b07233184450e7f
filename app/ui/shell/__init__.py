"""Start-up and the application shell: launch, welcome, first run, settings, start-up probe."""
