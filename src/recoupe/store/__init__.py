"""Store: where analyses and dossiers are written (JSON files now; SQLite in ``store.sqlite``)."""

from recoupe.store.files import DocumentsWriter, atomic_write_json

__all__ = ["DocumentsWriter", "atomic_write_json"]
