"""The Qt desktop GUI: the only importer of PySide6."""
