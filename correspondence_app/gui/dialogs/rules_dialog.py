# SPDX-License-Identifier: GPL-3.0-or-later
"""Rules: saved searches whose messages get tags, on every import and on demand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, override

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from correspondence_app.gui import workers
from correspondence_app.gui.core_messages import core_text, error_text
from correspondence_app.gui.widgets import forms
from correspondence_app.gui.widgets.feedback import busy_bar, problem_label
from correspondence_app.search.query_parser import QuerySyntaxError, parse_query

if TYPE_CHECKING:
    from collections.abc import Callable

    from correspondence_app.tagging.organiser import Organiser
    from correspondence_app.tagging.rules import RuleInfo, RuleResult
    from correspondence_app.tagging.tags import Change

RuleIdRole = forms.IdRole


class TagListCompleter(QCompleter):
    """Completes the last of the comma-separated tag names, keeping those before it."""

    @override
    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    @override
    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = str(index.data(Qt.ItemDataRole.DisplayRole))
        field = self.widget()
        if not isinstance(field, QLineEdit) or "," not in field.text():
            return chosen
        return f"{field.text().rsplit(',', 1)[0]}, {chosen}"


def tag_names(text: str) -> list[str]:
    return [name.strip() for name in text.split(",") if name.strip()]


class RulesDialog(QDialog):
    tags_changed = Signal()  # after an apply, an undo or a deletion: counts may differ

    def __init__(self, organiser: Organiser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._organiser = organiser
        self._rules: list[RuleInfo] = []
        self._task: workers.Task | None = None
        self._undo_id: int | None = None
        self.setObjectName("rules-dialog")
        self.setWindowTitle(self.tr("Rules"))
        # Room for German and Russian labels, about 40% longer than the English ones.
        self.setMinimumSize(820, 460)

        self.intro = forms.wrapped_label(
            self.tr(
                "A rule is a saved search: the messages it finds get its tags. "
                "Ticked rules also tag every new import."
            )
        )
        self.rule_list = QListWidget()
        self.rule_list.setObjectName("rules-list")
        self.rule_list.setAccessibleName(self.tr("Rules"))
        self.rule_list.setToolTip(self.tr("Ticked rules tag every new import"))
        self.rule_list.setMinimumWidth(220)
        self.new_button = forms.plain_button(self.tr("Ne&w rule"))
        self.new_button.setObjectName("rules-new")
        self.delete_button = forms.plain_button(self.tr("&Delete"))
        self.delete_button.setObjectName("rules-delete")
        self.delete_button.setAccessibleName(self.tr("Delete rule"))

        self.name_field = QLineEdit()
        self.name_field.setObjectName("rule-name")
        self.name_field.setAccessibleName(self.tr("Rule name"))
        self.name_field.setPlaceholderText(self.tr("e.g. Asylum case"))
        self.query_field = QLineEdit()
        self.query_field.setObjectName("rule-query")
        self.query_field.setAccessibleName(self.tr("Query"))
        self.query_field.setPlaceholderText(self.tr("e.g. from:sergej Antrag"))
        self.query_error = problem_label()  # wraps: a long message must not widen the dialog
        self.query_error.setObjectName("rule-query-error")
        self.query_error.setAccessibleName(self.tr("Query problem"))
        self.tags_field = QLineEdit()
        self.tags_field.setObjectName("rule-tags")
        self.tags_field.setAccessibleName(self.tr("Tags to add"))
        self.tags_field.setPlaceholderText(self.tr("Comma-separated, e.g. Asylum, Offices/Embassy"))
        self.tag_completer = TagListCompleter(QStringListModel(self), self)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tags_field.setCompleter(self.tag_completer)
        self.enabled_box = QCheckBox(self.tr("Apply to new &imports"))
        self.enabled_box.setObjectName("rule-enabled")
        self.enabled_box.setChecked(True)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("rule-save")
        self.save_button.setAccessibleName(self.tr("Save rule"))
        self.preview_button = forms.plain_button(self.tr("&Preview"))
        self.preview_button.setObjectName("rule-preview")
        self.preview_button.setToolTip(self.tr("Count the messages the rule would tag"))
        self.apply_button = forms.plain_button(self.tr("&Apply to the whole archive"))
        self.apply_button.setObjectName("rule-apply")
        self.undo_button = forms.plain_button(self.tr("&Undo last apply"))
        self.undo_button.setObjectName("rule-undo")
        self.status = QLabel()
        self.status.setObjectName("rule-status")
        self.status.setAccessibleName(self.tr("Result"))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.error = problem_label()
        self.error.setObjectName("rule-error")
        self.error.setAccessibleName(self.tr("Problem"))
        self.busy = busy_bar()
        self.busy.setAccessibleName(self.tr("Working"))
        self.buttons = forms.close_buttons(self)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        # Return in a field saves the rule; it never clears the editor or closes the dialog.
        self.save_button.setDefault(True)

        self._lay_out()
        self.rule_list.currentItemChanged.connect(self.on_rule_list_current_item_changed)
        self.rule_list.itemChanged.connect(self.on_rule_list_item_changed)
        self.new_button.clicked.connect(self.on_new_button_clicked)
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        for field in (self.name_field, self.query_field, self.tags_field):
            field.textChanged.connect(self.on_editor_changed)
        self.enabled_box.toggled.connect(self.on_editor_changed)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.preview_button.clicked.connect(self.on_preview_button_clicked)
        self.apply_button.clicked.connect(self.on_apply_button_clicked)
        self.undo_button.clicked.connect(self.on_undo_button_clicked)

        self._load_tag_names()
        self.reload()
        if self.rule_list.count():
            self.rule_list.setCurrentRow(0)
        else:
            self.on_new_button_clicked()

    def _lay_out(self) -> None:
        query_column = forms.column(self.query_field, self.query_error)
        query_column.setSpacing(2)
        query_label = QLabel(self.tr("&Query:"))
        query_label.setBuddy(self.query_field)
        form = forms.growing_form(
            (self.tr("&Name:"), self.name_field),
            (query_label, query_column),
            (self.tr("&Tags to add:"), self.tags_field),
            ("", self.enabled_box),
        )
        self.editor = QGroupBox()
        forms.column(
            form,
            forms.row(self.save_button, self.preview_button, forms.STRETCH),
            forms.row(self.apply_button, self.undo_button, forms.STRETCH),
            self.busy,
            self.status,
            self.error,
            forms.STRETCH,
            parent=self.editor,
        )
        buttons = (self.new_button, self.delete_button)
        columns = forms.list_beside_editor(self.tr("&Rules:"), self.rule_list, buttons, self.editor)
        forms.column(self.intro, (columns, 1), self.buttons, parent=self)
        forms.tab_in_layout_order(self)

    # The list ---------------------------------------------------------------------------------
    @property
    def current_rule(self) -> RuleInfo | None:
        return forms.current_record(self.rule_list, self._rules)

    def reload(self, select_id: int | None = None) -> None:
        """Reads the rules again, keeping the selection (or selecting ``select_id``)."""
        self._rules = self._organiser.rules()
        forms.refill(self.rule_list, map(self._rule_item, self._rules), select_id)
        self._update_buttons()

    def _rule_item(self, rule: RuleInfo) -> QListWidgetItem:
        item = forms.listed(rule.name, rule.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        self._show_enabled(item, is_enabled=rule.is_enabled)
        return item

    def _show_enabled(self, item: QListWidgetItem, *, is_enabled: bool) -> None:
        item.setCheckState(Qt.CheckState.Checked if is_enabled else Qt.CheckState.Unchecked)
        group = QPalette.ColorGroup.Active if is_enabled else QPalette.ColorGroup.Disabled
        item.setForeground(self.palette().color(group, QPalette.ColorRole.Text))
        item.setToolTip("" if is_enabled else self.tr("Off: new imports do not get its tags"))

    def on_rule_list_current_item_changed(
        self, _current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        rule = self.current_rule
        self._fill_editor(rule)
        self.status.clear()
        self.error.hide()

    def on_rule_list_item_changed(self, item: QListWidgetItem) -> None:
        """The tick beside a rule switches it on or off at once."""
        is_enabled = item.checkState() == Qt.CheckState.Checked
        rule_id = int(item.data(RuleIdRole))
        was_edited = self._is_edited()
        try:
            self._organiser.set_rule_enabled(rule_id, is_enabled=is_enabled)
            self._rules = self._organiser.rules()
        except Exception as error:  # the boundary: a sentence, not a traceback
            self._show_error(
                self.tr("The rule could not be switched: %1").replace("%1", error_text(error))
            )
            is_enabled = not is_enabled
        # Not a reload: the list must not drop the item whose signal this is.
        self.rule_list.blockSignals(True)
        self._show_enabled(item, is_enabled=is_enabled)
        self.rule_list.blockSignals(False)
        current = self.current_rule
        if current is not None and current.id == rule_id and not was_edited:
            self.enabled_box.setChecked(current.is_enabled)

    def on_new_button_clicked(self) -> None:
        self.rule_list.setCurrentRow(-1)  # a new rule: none selected
        self._fill_editor(None)
        self.status.clear()
        self.error.hide()
        self.name_field.setFocus()

    def on_delete_button_clicked(self) -> None:
        rule = self.current_rule
        if rule is None:
            return
        if not forms.confirmed(
            self,
            self.tr("Delete rule"),
            self.tr(
                "Delete the rule “%1”?\n\nThe tags it gave stay on the messages; "
                "new imports no longer get them."
            ).replace("%1", rule.name),
        ):
            return
        try:
            self._organiser.delete_rule(rule.id)
        except Exception as error:  # the boundary: a sentence, not a traceback
            self._show_error(
                self.tr("The rule could not be deleted: %1").replace("%1", error_text(error))
            )
            return
        self.reload()
        if self.rule_list.count():
            self.rule_list.setCurrentRow(0)
        else:
            self.on_new_button_clicked()
        self.tags_changed.emit()

    # The editor -------------------------------------------------------------------------------
    def _fill_editor(self, rule: RuleInfo | None) -> None:
        self.editor.setTitle(self.tr("Rule") if rule else self.tr("New rule"))
        self.name_field.setText(rule.name if rule else "")
        self.query_field.setText(rule.query if rule else "")
        self.tags_field.setText(", ".join(rule.tags) if rule else "")
        self.enabled_box.setChecked(rule.is_enabled if rule else True)
        self._update_buttons()

    def _is_edited(self) -> bool:
        """Whether the editor differs from the selected rule (or holds a new one)."""
        rule = self.current_rule
        if rule is None:
            return True
        return (
            self.name_field.text().strip() != rule.name
            or self.query_field.text() != rule.query
            or tag_names(self.tags_field.text()) != list(rule.tags)
            or self.enabled_box.isChecked() != rule.is_enabled
        )

    def _query_problem(self) -> str | None:
        """Why the query cannot be read, or None; an empty query is no problem yet."""
        try:
            parse_query(self.query_field.text())
        except QuerySyntaxError as error:
            return core_text(error.message)
        return None

    def on_editor_changed(self, *_args: object) -> None:
        problem = self._query_problem()
        if problem is None:
            self.query_error.hide()
        else:
            self.query_error.setText(self.tr("Cannot read the query: %1").replace("%1", problem))
            self.query_error.show()
        if self.current_rule is not None and self._is_edited():
            self.status.setText(self.tr("Save the changes to preview or apply the rule."))
        self._update_buttons()

    def on_save_button_clicked(self) -> None:
        name = self.name_field.text().strip()
        query = self.query_field.text().strip()
        tags = tag_names(self.tags_field.text())
        if not name:
            self._show_error(self.tr("Please give the rule a name."))
            return
        if not query:
            self._show_error(self.tr("Please enter a query: the messages it finds get the tags."))
            return
        if not tags:
            self._show_error(self.tr("Please name at least one tag to add."))
            return
        current = self.current_rule
        try:
            rule_id = self._organiser.save_rule(
                name,
                query,
                tags,
                rule_id=current.id if current else None,
                is_enabled=self.enabled_box.isChecked(),
            )
        except QuerySyntaxError as error:
            self._show_error(
                self.tr("Cannot read the query: %1").replace("%1", core_text(error.message))
            )
            return
        except Exception as error:  # TagError and the like: a sentence, not a traceback
            self._show_error(
                self.tr("The rule could not be saved: %1").replace("%1", error_text(error))
            )
            return
        self.error.hide()
        self._load_tag_names()
        self.reload(select_id=rule_id)
        self._fill_editor(self.current_rule)
        self.status.setText(self.tr("Rule saved."))

    def _load_tag_names(self) -> None:
        try:
            names = [tag.name for tag in self._organiser.tags()]
        except Exception:  # completion is a help; without it the field still works
            names = []
        model = self.tag_completer.model()
        if isinstance(model, QStringListModel):
            model.setStringList(names)

    # Preview, apply, undo ---------------------------------------------------------------------
    def on_preview_button_clicked(self) -> None:
        rule = self.current_rule
        if rule is not None:
            task = workers.Task(self._organiser.apply_rules, [rule.name], dry_run=True)
            self._start(task, self.on_preview_finished)

    def on_apply_button_clicked(self) -> None:
        rule = self.current_rule
        if rule is not None:
            self._start(
                workers.Task(self._organiser.apply_rules, [rule.name]), self.on_apply_finished
            )

    def on_undo_button_clicked(self) -> None:
        if self._undo_id is not None:
            self._start(workers.Task(self._organiser.undo, self._undo_id), self.on_undo_finished)

    def _start(self, task: workers.Task, on_finished: Callable[[Any], None]) -> None:
        self.error.hide()
        self.status.clear()
        # One slot, not two: a second queued call could arrive after the dialog looked idle.
        task.signals.finished.connect(workers.owned(self, self._finish, on_finished))
        task.signals.failed.connect(self.on_task_failed)
        self._task = task
        self.busy.show()
        self._update_buttons()
        workers.start(task)

    @property
    def is_running(self) -> bool:
        return self._task is not None

    def _finish(self, on_finished: Callable[[Any], None], result: object) -> None:
        self._task = None
        self.busy.hide()
        self._update_buttons()
        on_finished(result)

    def on_preview_finished(self, result: RuleResult) -> None:
        self.status.setText(
            self.tr("%1 messages match; %2 would get a tag")
            .replace("%1", QLocale().toString(result.matched))
            .replace("%2", QLocale().toString(result.changed))
        )

    def on_apply_finished(self, result: RuleResult) -> None:
        if result.change_set_id is not None:
            self._undo_id = result.change_set_id
        self.status.setText(
            self.tr("%1 messages got a tag").replace("%1", QLocale().toString(result.changed))
        )
        self._update_buttons()
        self.tags_changed.emit()

    def on_undo_finished(self, change: Change) -> None:
        self._undo_id = None
        self.status.setText(
            self.tr("%1 messages changed back").replace("%1", QLocale().toString(change.changed))
        )
        self._update_buttons()
        self.tags_changed.emit()

    def on_task_failed(self, error: Exception) -> None:
        self._task = None
        self.busy.hide()
        self._update_buttons()
        if isinstance(error, QuerySyntaxError):
            message = self.tr("Cannot read the query: %1").replace("%1", core_text(error.message))
        else:
            message = self.tr("The rule could not be applied: %1").replace("%1", error_text(error))
        self._show_error(message)

    # State ------------------------------------------------------------------------------------
    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _update_buttons(self) -> None:
        idle = not self.is_running
        saved = self.current_rule is not None and not self._is_edited()
        self.rule_list.setEnabled(idle)
        self.new_button.setEnabled(idle)
        self.delete_button.setEnabled(idle and self.current_rule is not None)
        self.save_button.setEnabled(idle and self._query_problem() is None)
        self.preview_button.setEnabled(idle and saved)
        self.apply_button.setEnabled(idle and saved)
        self.undo_button.setEnabled(idle and self._undo_id is not None)
        self.close_button.setEnabled(idle)

    @override
    def reject(self) -> None:
        if self.is_running:  # its result would arrive at a dialog that is gone
            return
        super().reject()
