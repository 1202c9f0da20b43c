"""language wing."""
