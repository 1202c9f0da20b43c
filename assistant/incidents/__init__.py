"""incidents wing."""
