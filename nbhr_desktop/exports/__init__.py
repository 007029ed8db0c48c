"""Exports: the documents and workbooks a stored record is written to, for the window.

This package sits above ``documents``, ``sync`` and ``workbooks`` (it calls them) and below
``ui`` and ``cli``: ``core`` never imports it.
"""
