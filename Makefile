# SPDX-License-Identifier: GPL-3.0-or-later
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint unit bench bench-full bench-search bench-organise bench-alerts bench-export bench-sync bench-gui bench-scale clean system-packages translations screenshots

TRANSLATIONS := resources/translations
TS := $(wildcard $(TRANSLATIONS)/*.ts)
QM := $(TS:.ts=.qm)
GUI_SOURCES = $$(find correspondence_app/gui -name '*.py' | sort)

run: $(STAMP) $(QM)
	$(VENV)/bin/correspondence-app gui

# In parallel (pytest-xdist), one process per CPU up to four: about half the time on two.
test: $(STAMP) $(QM) lint
	$(PY) -m pytest -n auto --maxprocesses 4

# Compiled translations (.qm) are built, never committed.
$(TRANSLATIONS)/%.qm: $(TRANSLATIONS)/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# After changing user-visible strings: refresh the .ts files for the translators.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $(GUI_SOURCES) \
		-ts $(TRANSLATIONS)/correspondence_app_de.ts $(TRANSLATIONS)/correspondence_app_ru.ts
	$(VENV)/bin/pyside6-lupdate -no-obsolete -pluralonly $(GUI_SOURCES) \
		-ts $(TRANSLATIONS)/correspondence_app_en.ts

# Each main state of the window in German, English and Russian (docs/screenshots/).
screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py --out docs/screenshots

lint: $(STAMP)
	$(VENV)/bin/ruff check correspondence_app tests benchmarks scripts
	$(VENV)/bin/ruff format --check correspondence_app tests benchmarks scripts
	$(VENV)/bin/mypy

system-packages:
	sh scripts/install-system-packages.sh

$(STAMP): pyproject.toml scripts/find-python.sh
	@sh scripts/install-system-packages.sh
	@if [ ! -x $(PY) ]; then \
		python=$$(sh scripts/find-python.sh) || exit 1; \
		echo "Creating $(VENV) with $$python"; \
		"$$python" -m venv $(VENV) || exit 1; \
	fi
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	@touch $(STAMP)

# Import benchmark: 10k messages beside notmuch (see benchmarks/README.md).
bench: $(STAMP)
	@sh scripts/install-system-packages.sh --bench
	$(PY) -m benchmarks.import_benchmark --messages 10000

# The issue's goal: 100k messages beside notmuch.
bench-full: $(STAMP)
	@sh scripts/install-system-packages.sh --bench
	$(PY) -m benchmarks.import_benchmark --messages 100000

# Search and threading: 100k messages beside notmuch search (see benchmarks/README.md).
bench-search: $(STAMP)
	@sh scripts/install-system-packages.sh --bench
	$(PY) -m benchmarks.search_benchmark --messages 100000

# Bulk tagging, ten rules, topic suggestions and the timeline on 100k messages.
bench-organise: $(STAMP)
	@sh scripts/install-system-packages.sh --bench
	$(PY) -m benchmarks.organise_benchmark --messages 100000

# Signs of life of 20 watched people and 500 letters awaiting an answer, on 100k messages.
bench-alerts: $(STAMP)
	@sh scripts/install-system-packages.sh --bench
	$(PY) -m benchmarks.alerts_benchmark --messages 100000

# Exports of 100k messages (mbox) and a PDF dossier of 1,000.
bench-export: $(STAMP)
	@sh scripts/install-system-packages.sh --bench
	$(PY) -m benchmarks.export_benchmark --messages 100000

# The first IMAP sync of 20k messages from a local Dovecot, beside mbsync on the same account.
bench-sync: $(STAMP)
	@sh scripts/install-system-packages.sh --bench
	$(PY) -m benchmarks.sync_benchmark --messages 20000

# The window on 100k messages: unlocking, search as you type, a thread, scrolling, memory.
bench-gui: $(STAMP)
	$(PY) -m benchmarks.gui_benchmark --messages 100000

# A million messages imported, searched and opened in the window, beside 100k (about an hour).
bench-scale: $(STAMP)
	$(PY) -m benchmarks.scale_benchmark --messages 1000000 --baseline 100000

clean:
	rm -rf $(VENV) .cache .pytest_cache .mypy_cache .ruff_cache

# Installing like a desktop application (see packaging/README.md) ----------------------------
.PHONY: icons bundle bundle-test install-user uninstall-user

# The hicolor icons, rendered from resources/icons/app.svg; committed, so installing needs no
# renderer: run this after changing the SVG.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icons.py

# The PyInstaller one-folder bundle: dist/correspondence-app/correspondence-app.
bundle: $(STAMP) $(QM)
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/correspondence-app.spec
	@du -sh dist/correspondence-app

# Builds the bundle and checks it: its version, the main window opened and closed offscreen,
# an import through import worker processes, the installation for one user. (make test leaves
# these out: building the bundle takes a minute and more.)
bundle-test: bundle
	CORRESPONDENCE_APP_BUNDLE=dist/correspondence-app $(PY) -m pytest -q -m bundle \
		tests/integration/test_packaging.py

# For the current user, without root: the bundle if built (make bundle), else a new virtual
# environment in ~/.local/share. Archives and settings are never touched by either target.
install-user: $(STAMP) $(QM)
	sh packaging/install-user.sh

uninstall-user:
	sh packaging/install-user.sh --uninstall
