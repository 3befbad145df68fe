"""Search: a Pagefind index of the built site (main content only)."""
