"""Reading, validating and indexing the portal's content folder."""
