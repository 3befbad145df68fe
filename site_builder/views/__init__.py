"""What templates receive: typed views of entries, listings and the home page."""
