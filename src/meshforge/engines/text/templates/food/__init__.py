"""Food and drink: fruit, baked goods, fast food, sweets and drinks."""
