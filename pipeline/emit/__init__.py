"""Writers of structured content and reporters of findings."""
