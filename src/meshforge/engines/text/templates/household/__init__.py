"""Household things: lights, decorations, clocks, umbrellas."""
