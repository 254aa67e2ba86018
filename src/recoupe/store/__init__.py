"""Store: where analyses and dossiers are kept — JSON files for one run, SQLite for a growing collection."""

from recoupe.store.files import DocumentsWriter, atomic_write_json
from recoupe.store.sqlite import SCHEMA_VERSION, SqliteLinkState, Store, content_hash

__all__ = ["SCHEMA_VERSION", "DocumentsWriter", "SqliteLinkState", "Store", "atomic_write_json", "content_hash"]
