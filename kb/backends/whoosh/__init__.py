"""The Whoosh backend: every Whoosh import of the project lives in this package."""
