"""Builds the altegio_devtools client package from openapi.yaml and overrides/."""
