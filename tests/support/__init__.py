"""Helpers shared by the test folders: servers and processes, test engines, loopback services."""
