# SPDX-License-Identifier: GPL-3.0-or-later
"""German, English and Russian: the system's language unless the settings say otherwise."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from correspondence_app.gui.resources import translations_folder

SHIPPED = ("de", "en", "ru")
# Each language in its own words, as a list of languages shows it.
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English", "ru": "Русский"}
_installed: list[QTranslator] = []


def chosen_locale(language: str) -> QLocale:
    """The override if set, else the system locale when we ship its language, else English."""
    if language in SHIPPED:
        return QLocale(language)
    system = QLocale.system()
    return system if system.name()[:2] in SHIPPED else QLocale(QLocale.Language.English)


def window_language() -> str:
    """The language the window speaks now (de, en or ru)."""
    code = QLocale().name()[:2]
    return code if code in SHIPPED else "en"


def install(app: QCoreApplication, language: str = "") -> QLocale:
    """Loads our translation and Qt's own (standard buttons), replacing earlier ones."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = chosen_locale(language)
    QLocale.setDefault(locale)
    code = locale.name()[:2]
    ours = QTranslator(app)  # English too: its plural forms ("1 message", "2 messages")
    if ours.load(f"correspondence_app_{code}", str(translations_folder())):
        _installed.append(ours)
    if code != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    return locale
