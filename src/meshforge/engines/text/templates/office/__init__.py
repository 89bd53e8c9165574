"""Office things: stationery, desk tools, books and desk lamps."""
