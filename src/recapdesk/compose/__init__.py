"""Project -> Markdown (Qt-free, pure)."""

from recapdesk.compose.article import HEAD_KEY, Block, compose, compose_blocks

__all__ = ["HEAD_KEY", "Block", "compose", "compose_blocks"]
