"""PDF output: annotated copies, report crops, the demo typesetter, page pixels for the UI."""
