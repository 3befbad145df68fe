"""Static portal generator for administrative-reform (CCHC) communication.

MkDocs and Material render pages; this package owns the content: it reads,
validates and indexes every entry, then hands MkDocs virtual pages and the
templates typed objects.
"""

__version__ = "0.1.0"
