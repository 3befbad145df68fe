"""Typed content models: every field of every content type, in one place each."""
