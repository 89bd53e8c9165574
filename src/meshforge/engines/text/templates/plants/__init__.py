"""Plants: trees, flowers, shrubs, cacti, mushrooms."""
