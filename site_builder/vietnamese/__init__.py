"""Vietnamese language helpers: text folding, collation and date formatting."""
