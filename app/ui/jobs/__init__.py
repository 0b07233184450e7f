"""Work off the GUI thread: the job worker, the capture/OCR/sync runners and their progress dialog."""
