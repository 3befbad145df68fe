"""Zalo packages: Zalo Official Accounts take no RSS, so each item gets a ready package."""
