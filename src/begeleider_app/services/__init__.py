"""Use cases that combine domain, storage, sync and reports. No Qt."""
