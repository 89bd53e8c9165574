"""Sports equipment: rackets, bats, boards, weights, balls of particular sports."""
