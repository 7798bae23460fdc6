"""Translators' catalogs: reading (strictly), extract/update, status, checks, and the CLI group."""
