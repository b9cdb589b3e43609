"""Upgrade steps: one sub-package per destination profile version."""
