"""answering wing."""
