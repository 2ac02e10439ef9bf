"""What the checks found: a WeChat-rule finding, and the findings of one check of a project.

Light on purpose (no parser, no Markdown): the window lists the findings its last session
remembered (ui/window/start_view.py) before the checker itself is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from recapdesk.i18n import Message
from recapdesk.model.checks import Finding, Severity


@dataclass(frozen=True)
class ComplianceFinding:
    rule: str
    text: Message  # the rule's message
    snippet: str
    field: str  # the project field that causes it ("" when not known)
    severity: Severity
    # The web picture an image-host finding is about: what its fix downloads into the project.
    url: str = ""

    @property
    def message(self) -> str:
        """The rule's message in English (the command line's words)."""
        return str(self.text)


@dataclass(frozen=True)
class Checks:
    """The checks of one version of the project: what to fix in the content, then what
    breaks WeChat's rules, then what the WeChat draft API would refuse, each in article order."""

    content: list[Finding]
    wechat: list[ComplianceFinding]
    # The draft API's limits (publish/limits.py) as warnings: a 40-character title is fine for
    # a pasted article and only matters for File > Publish to WeChat Drafts, which refuses it
    # before sending (``recapdesk check --wechat`` keeps them errors).
    draft: list[ComplianceFinding] = field(default_factory=list)
