"""Characters and figures: people, creatures of fiction, robots, snowmen."""
