"""Interface language: Qt Linguist catalogues built from resources/translations/*.ts.

Vietnamese is the console's language whatever the machine's locale (a control-room PC is often set up in
English, or runs with the bare C locale); English only when asked for, by `--lang en` or the configuration.

Two catalogues per language: ours (`bridgewall_<lang>.qm`) and the one for the strings Qt draws itself —
dialog buttons, the context menus of text fields, the file dialog (`qtbase_<lang>.qm`). Qt ships no Vietnamese
one, so ours is in resources/translations too; for other languages Qt's own is used when it has one.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from console.registry import RESOURCES

log = logging.getLogger("bridgewall.ui")
TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"


def choose_language(requested: str | None, configured: str | None = None) -> str:
    """`--lang` wins, then the configuration's language, else Vietnamese; the system locale plays no part."""
    return requested or configured or DEFAULT_LANGUAGE


def _load(app: QCoreApplication, translator: QTranslator, path: Path) -> bool:
    if not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    return True


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our catalogue and the one for Qt's own strings for `language`; keep the returned objects alive."""
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    qm = TRANSLATIONS / f"bridgewall_{language}.qm"
    if _load(app, ours, qm):
        installed.append(ours)
    elif language != "en":
        log.warning("translation %s is missing (run `make translations`); showing English", qm)
    qt = QTranslator(app)
    if _load(app, qt, TRANSLATIONS / f"qtbase_{language}.qm") or _load(
        app, qt, Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}.qm")
    ):
        installed.append(qt)
    return installed
