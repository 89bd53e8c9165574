"""Buildings and landmarks."""
