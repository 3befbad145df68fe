"""The dev server's preview: an edit to entries rebuilds only the pages it changes."""
