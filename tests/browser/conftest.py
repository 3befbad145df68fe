"""Browser fixtures live in tests/conftest.py, shared with the quality tests."""
