"""briefing wing."""
