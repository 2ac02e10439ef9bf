"""The WeChat compliance rules: each rule's severity and message (render/compliance.py finds
them in the HTML), and the rules a style causes, which come from the theme when no text of the
user's is in the element."""

from __future__ import annotations

from recapdesk.i18n import QT_TRANSLATE_NOOP
from recapdesk.model.checks import Severity

ERROR, WARNING = Severity.ERROR, Severity.WARNING
CONTEXT = "Compliance"
# Each rule's severity and message, in English and marked for translation (context
# "Compliance"): the panel shows it in the UI language.
RULES: dict[str, tuple[Severity, str]] = {
    "style-element": (
        ERROR,
        QT_TRANSLATE_NOOP(
            "Compliance", "<style> is removed by the WeChat editor: style every element inline"
        ),
    ),
    "class-attribute": (
        ERROR,
        QT_TRANSLATE_NOOP("Compliance", "class is removed by the WeChat editor"),
    ),
    "id-attribute": (ERROR, QT_TRANSLATE_NOOP("Compliance", "id is removed by the WeChat editor")),
    "css-variable": (
        ERROR,
        QT_TRANSLATE_NOOP("Compliance", "var() is removed by the WeChat editor"),
    ),
    "important": (
        ERROR,
        QT_TRANSLATE_NOOP("Compliance", "!important must not be used (spec 4.5.2)"),
    ),
    "font-family": (
        WARNING,
        QT_TRANSLATE_NOOP(
            "Compliance", "set no font-family: WeChat's own font stack applies (spec 3)"
        ),
    ),
    "position": (
        ERROR,
        QT_TRANSLATE_NOOP("Compliance", "position breaks dark mode and reading order (spec 4.2.2)"),
    ),
    "fixed-width": (
        WARNING,
        QT_TRANSLATE_NOOP(
            "Compliance", "a fixed pixel width breaks the layout on other screens (spec 1.4)"
        ),
    ),
    "height-zero": (
        ERROR,
        QT_TRANSLATE_NOOP("Compliance", "height: 0 hides the text on phones (spec 1.5.1)"),
    ),
    "text-align-start-end": (
        WARNING,
        QT_TRANSLATE_NOOP("Compliance", "text-align start/end differs between devices (spec 1.6)"),
    ),
    "line-height-unitless": (
        WARNING,
        QT_TRANSLATE_NOOP("Compliance", "a unitless line-height is not kept by the WeChat editor"),
    ),
    "line-height-too-small": (
        ERROR,
        QT_TRANSLATE_NOOP(
            "Compliance", "line-height below the font size overlaps lines (spec 1.3)"
        ),
    ),
    "opacity-zero": (
        ERROR,
        QT_TRANSLATE_NOOP(
            "Compliance", "an invisible image cannot be edited after publishing (spec 1.1)"
        ),
    ),
    "caret-color": (
        WARNING,
        QT_TRANSLATE_NOOP(
            "Compliance", "a transparent caret hides the cursor in the editor (spec 1.2)"
        ),
    ),
    "nesting-depth": (
        WARNING,
        QT_TRANSLATE_NOOP(
            "Compliance", "10 or more identical nested wrappers are removed (spec 2.1)"
        ),
    ),
    "span-leaf-block": (
        ERROR,
        QT_TRANSLATE_NOOP("Compliance", "span[leaf] may hold only inline content (spec 2.2)"),
    ),
    "outer-wrapper-style": (
        WARNING,
        QT_TRANSLATE_NOOP("Compliance", "the outermost container's style is removed by WeChat"),
    ),
    "native-list": (
        ERROR,
        QT_TRANSLATE_NOOP(
            "Compliance", "ul/ol/li are reset by the editor and collapse past two levels"
        ),
    ),
    "paragraph-in-list-item": (
        WARNING,
        QT_TRANSLATE_NOOP("Compliance", "<p> inside <li> becomes a blank line in WeChat"),
    ),
    "pre-element": (
        WARNING,
        QT_TRANSLATE_NOOP("Compliance", "<pre> does not wrap on phones (spec 1.8)"),
    ),
    "code-whitespace": (
        ERROR,
        QT_TRANSLATE_NOOP(
            "Compliance", "spaces and line breaks in code are lost: use &nbsp; and <br>"
        ),
    ),
    "external-link": (
        ERROR,
        QT_TRANSLATE_NOOP(
            "Compliance", "links to hosts other than mp.weixin.qq.com make the save fail"
        ),
    ),
    "anchor-link": (
        WARNING,
        QT_TRANSLATE_NOOP("Compliance", "#anchor links lead nowhere in WeChat"),
    ),
    "table-not-scrollable": (
        WARNING,
        QT_TRANSLATE_NOOP("Compliance", "a table without a scrolling wrapper overflows on phones"),
    ),
    "cell-alignment": (
        WARNING,
        QT_TRANSLATE_NOOP("Compliance", "a table cell without text-align is reset by the editor"),
    ),
    "image-width-unknown": (
        WARNING,
        QT_TRANSLATE_NOOP(
            "Compliance",
            "an image without data-w may be measured wrongly (spec 1.4.3): "
            "give its pixel width in the Markdown, e.g. ![photo](https://…){width=1080}",
        ),
    ),
    "image-max-width": (
        WARNING,
        QT_TRANSLATE_NOOP(
            "Compliance", "an image without max-width: 100% can overflow a phone screen"
        ),
    ),
    "local-image": (
        ERROR,
        QT_TRANSLATE_NOOP(
            "Compliance", "a local image cannot reach WeChat: upload it and use its URL"
        ),
    ),
    "data-image": (
        ERROR,
        QT_TRANSLATE_NOOP(
            "Compliance", "data: images are dropped on paste: upload the image instead"
        ),
    ),
    "image-without-source": (
        ERROR,
        QT_TRANSLATE_NOOP("Compliance", "the image has no http(s) address, so nothing is shown"),
    ),
    "image-host": (
        WARNING,
        QT_TRANSLATE_NOOP(
            "Compliance",
            "images on this host often fail to be re-hosted by WeChat: download them into "
            "the project (the Checks panel's Download button, or recapdesk fetch-images "
            "PROJECT)",
        ),
    ),
    # %1: TITLE_LIMIT, %2: the title's length (check_wechat fills them in).
    "title-length": (
        ERROR,
        QT_TRANSLATE_NOOP(
            "Compliance", "WeChat titles are at most %1 characters (this one has %2)"
        ),
    ),
}
STYLE_RULES = frozenset(
    {
        "css-variable",
        "important",
        "font-family",
        "position",
        "fixed-width",
        "height-zero",
        "text-align-start-end",
        "line-height-unitless",
        "line-height-too-small",
        "opacity-zero",
        "caret-color",
        "outer-wrapper-style",
        "cell-alignment",
    }
)
