"""recbook: working-group proposals → a validated, merged, localized recommendations book."""

__version__ = "0.1.0"
