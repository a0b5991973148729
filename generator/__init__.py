"""Builds the altegio_devtools client package from openapi.yaml and overrides/.

pipeline/ is the build (`python -m generator`); tooling/ reviews and releases what it builds.
"""
