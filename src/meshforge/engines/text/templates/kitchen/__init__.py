"""Kitchen things: tableware, cookware and cutlery."""
