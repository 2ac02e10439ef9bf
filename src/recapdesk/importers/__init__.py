"""Bring existing material in (Qt-free): spreadsheet rows and hand-written Markdown recaps."""
