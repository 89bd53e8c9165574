"""Props for games and stories: treasure, keys, barrels, anchors, trophies."""
