"""Images: safe decoding, covers, responsive variants, share cards, a content-hash cache."""
