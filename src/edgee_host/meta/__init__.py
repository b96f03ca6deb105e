"""Meta's side: an offline Graph API and the reading of its answers."""
