"""Names that are used although nothing in recapdesk calls them: vulture (``make lint``) reads
this file with the sources, so these count as used. Keep it short: code that is really unused
is deleted, not listed here."""

from vulture.whitelist_utils import Whitelist

# Qt calls these overrides of its virtual methods by name.
qt = Whitelist()
qt.acceptNavigationRequest
qt.canDropMimeData
qt.clone
qt.closeEvent
qt.dragEnterEvent
qt.dropEvent
qt.dropMimeData
qt.eventFilter
qt.headerData
qt.iconName
qt.mergeWith
qt.mimeTypes
qt.mouseMoveEvent
qt.mousePressEvent
qt.mouseReleaseEvent
qt.paintEvent
qt.supportedDropActions

# html.parser.HTMLParser, argparse's HelpFormatter, Python-Markdown's Extension and pytest
# (a plugin's hook) call these.
library = Whitelist()
library.handle_charref
library.handle_data
library.handle_entityref
library.handle_startendtag
library._split_lines
library.extendMarkdown
library.handleMatch  # an InlineProcessor's, called by Python-Markdown
library.page_mode  # pypdf's PdfWriter writes the attribute into the PDF's catalogue
library.TreeProcessorClass  # TocExtension builds its tree processor from this class attribute
library.pytest_addoption
# http.server's request handler and server (the tests' stand-in for WeChat's API).
library.do_GET
library.do_POST
library.log_message
library.daemon_threads
# Python calls a module's __getattr__ for a name the module does not define (publish/: lazy).
library.__getattr__

# pydantic runs the validators its decorators register.
pydantic = Whitelist()
pydantic._order_names_every_section_once
pydantic._one_of_the_choices

# Read by name elsewhere: pyside6-lupdate collects the marked texts (headless_parser.py), the
# PyInstaller spec reads the app's name (packaging/recapdesk.spec), pytest reads pytestmark.
names = Whitelist()
names.ARGPARSE_WORDS
names.APP_NAME
names.pytestmark
# A person's city: shown through GroupColumn.CITY (compose/groups.py reads it by name).
names.city
