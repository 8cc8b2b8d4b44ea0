# SPDX-License-Identifier: GPL-3.0-or-later
"""Outlook's message classes (which items are mail) and code pages (what their strings and
HTML bodies are written in)."""

from __future__ import annotations

# The MIME charset names of the Windows code pages that HTML bodies declare.
CODE_PAGES = {
    65001: "utf-8",
    20127: "us-ascii",
    1200: "utf-16le",
    874: "windows-874",
    932: "shift_jis",
    936: "gbk",
    949: "ks_c_5601-1987",
    950: "big5",
    20866: "koi8-r",
    21866: "koi8-u",
    50220: "iso-2022-jp",
    50221: "iso-2022-jp",
    50222: "iso-2022-jp",
    51932: "euc-jp",
    51949: "euc-kr",
    52936: "hz-gb-2312",
    54936: "gb18030",
    **{page: f"windows-{page}" for page in range(1250, 1259)},
    **{28590 + number: f"iso-8859-{number}" for number in (1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 15)},
}

# What kind of item --------------------------------------------------------------------------
# Message classes of items that travel as mail: notes, meeting requests and answers, task
# requests, posts, recalls, reports (delivery and read receipts).
_MAIL_CLASSES = (
    "ipm.note",
    "ipm.schedule.meeting",
    "ipm.taskrequest",
    "ipm.post",
    "ipm.sharing",
    "ipm.outlook.recall",
    "ipm.recall",
    "ipm.skypeteams.message",
    "report.",
)
_KINDS = (
    ("ipm.appointment", "a calendar item"),
    ("ipm.contact", "a contact"),
    ("ipm.distlist", "a contact group"),
    ("ipm.stickynote", "a note"),
    ("ipm.task", "a task"),
    ("ipm.activity", "a journal entry"),
    ("ipm.document", "a document"),
    ("ipm.ole.class.{00061055-0000-0000-c000-000000000046}", "a changed occurrence of a meeting"),
    ("ipm.configuration", "Outlook settings"),
    ("ipm.microsoft", "Outlook's own data"),
)
# The ANSI code page of a Windows locale (PR_MESSAGE_LOCALE_ID), for stores of ANSI strings
# that do not name theirs.
_LOCALE_CODE_PAGES = {
    **dict.fromkeys((1041,), 932),
    **dict.fromkeys((2052, 4100), 936),
    **dict.fromkeys((1042,), 949),
    **dict.fromkeys((1028, 3076, 5124), 950),
    **dict.fromkeys((1049, 1058, 1059, 1026, 3098, 1071, 1087, 1088, 1092, 1104), 1251),
    **dict.fromkeys((1029, 1045, 1038, 1051, 1060, 1050, 1048, 2074, 1052), 1250),
    **dict.fromkeys((1032,), 1253),
    **dict.fromkeys((1055, 1068, 1091), 1254),
    **dict.fromkeys((1037,), 1255),
    **dict.fromkeys((1025, 1065, 1056, 2049, 3073, 4097, 5121, 6145, 7169, 8193), 1256),
    **dict.fromkeys((1061, 1062, 1063), 1257),
    **dict.fromkeys((1066,), 1258),
    **dict.fromkeys((1054,), 874),
}
_INTERNET_CODE_PAGES = {
    **dict.fromkeys((50220, 50221, 50222, 51932, 932), 932),
    **dict.fromkeys((936, 54936, 52936, 20936), 936),
    **dict.fromkeys((949, 51949), 949),
    **dict.fromkeys((950,), 950),
    **dict.fromkeys((1251, 20866, 21866, 28595), 1251),
    **dict.fromkeys((1250, 28592), 1250),
    **dict.fromkeys((1253, 28597), 1253),
    **dict.fromkeys((1254, 28599), 1254),
    **dict.fromkeys((1255, 28598), 1255),
    **dict.fromkeys((1256, 28596), 1256),
    **dict.fromkeys((1257, 28594, 28603), 1257),
    **dict.fromkeys((874,), 874),
}


def is_mail_class(message_class: str) -> bool:
    """Whether items of this message class (PR_MESSAGE_CLASS) are mail."""
    name = message_class.strip().lower()
    return name in ("", "ipm") or name.startswith(_MAIL_CLASSES)


def describe_class(message_class: str) -> str:
    """What a non-mail item is, for the reason it is not imported."""
    name = message_class.strip().lower()
    kind = next((words for prefix, words in _KINDS if name.startswith(prefix)), "an Outlook item")
    return f"{kind} ({message_class.strip()}), not an e-mail"


def ansi_code_page(locale_id: int | None, internet_code_page: int | None) -> int:
    """The code page of the ANSI strings of an item that does not name it: the one of its
    author's Windows locale, else the one its Internet code page belongs to, else 1252."""
    return _LOCALE_CODE_PAGES.get(
        locale_id or 0, _INTERNET_CODE_PAGES.get(internet_code_page or 0, 1252)
    )


def charset_of_code_page(code_page: int | None) -> str:
    """The MIME charset of a Windows code page (PR_INTERNET_CPID); "" if unknown."""
    return CODE_PAGES.get(code_page or 0, "")
