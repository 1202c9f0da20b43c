"""Gradio UI parts: one module per tab plus the shared HTML rendering."""
