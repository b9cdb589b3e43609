"""REST services of migrant.magazine: one folder per service."""
