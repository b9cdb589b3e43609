"""Content types of migrant.magazine: one module per type."""
