"""Datasette configuration for minerals: metadata, canned queries, templates, plugins, static assets."""
