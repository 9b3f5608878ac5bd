"""Plain-Python domain: field declarations, enums and rules. No Qt, no SQL."""
