"""Views of migrant.magazine."""
