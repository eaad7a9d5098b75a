"""Technical text is prose too: hard-wrapped release notes, API docs, grammars, data tables.

Each text here is written for the test in the shape of real documentation files; all of it
once produced CHROME diagnostics (thousands of lines on an API reference, from one stray
hit spread over the short lines around it).
"""
from __future__ import annotations

from doclint.rules.chrome.linekey import worded
from doclint.rules.chrome.wrapping import wrapped_lines
from doclint import Document

RELEASE_NOTES = """Release notes for 2.4
=====================

Fixes since 2.3
---------------

 * The storage layer used to drop the last record when the journal was
   back-up repository. It now keeps the journal until the copy is done,
   which costs a little more disk while the copy runs.

 * When a worker pool was asked to close while a task was still queued,
   close_pool() returned before the task ended; it now waits for it, as
   documented.

 * The parser accepted options written with a single dash in some places
   like --verbose and -verbose; only the double-dash form is accepted
   now, which matches the manual and the completion scripts.

 * A long history used to be printed with the newest entries at the
   top-level of the output; they are now grouped by day, which is what
   most people asked for in the survey.

 * Listing a directory that the user cannot read printed an empty list
   and a success status. It now prints an error and fails, as the other
   commands do in the same situation, and the error names the directory.
"""

API_REFERENCE = """### Event: 'timeout'

* `socket` {stream.Duplex}
* `head` {string|Buffer|Uint8Array}

Emitted when the underlying socket times out from inactivity. This only
notifies that the socket has been idle. The request must be destroyed by
the caller, or it stays open until the peer closes it.

See also: [`request.setTimeout()`][].

### Event: 'upgrade'

* `response` {http.IncomingMessage}
* `socket` {stream.Duplex}

Emitted each time a server responds to a request with an upgrade. If this
event is not being listened for and the response status code is 101, the
clients receiving an upgrade header will have their connections closed.

### request.setTimeout(timeout[, callback])

* `timeout` {number} Milliseconds before a request times out.
* `callback` {Function} Optional function to be called when a timeout
  occurs. Same as binding to the `'timeout'` event.
* Returns: {http.ClientRequest}

Once a socket is assigned to this request and is connected, the method
sets the timeout on that socket and returns the request itself, so that
the calls can be chained like the other setters of this class.
"""

GRAMMAR = """# Grammar for the toy language

file_input: (NEWLINE | stmt)* ENDMARKER
stmt: simple_stmt | compound_stmt
simple_stmt: small_stmt (';' small_stmt)* [';'] NEWLINE
small_stmt: (expr_stmt | del_stmt | pass_stmt | flow_stmt |
             import_stmt | global_stmt | assert_stmt)
flow_stmt: break_stmt | continue_stmt | return_stmt | raise_stmt
compound_stmt: if_stmt | while_stmt | for_stmt | try_stmt | with_stmt
"""

MEASUREMENTS = """5.100000000000000355e+00 3.500000000000000000e+00 1.399999999999999911e+00
4.900000000000000355e+00 3.000000000000000000e+00 1.399999999999999911e+00
4.700000000000000178e+00 3.200000000000000178e+00 1.300000000000000044e+00
4.599999999999999645e+00 3.100000000000000089e+00 1.500000000000000000e+00
5.000000000000000000e+00 3.600000000000000089e+00 1.399999999999999911e+00
"""


def test_hard_wrapped_release_notes_are_clean(check):
    assert check(RELEASE_NOTES).codes == []


def test_api_reference_with_type_unions_and_see_also_is_clean(check):
    assert check(API_REFERENCE).codes == []


def test_grammar_alternatives_are_not_menus(check):
    assert check(GRAMMAR).codes == []


def test_rows_of_numbers_do_not_repeat_a_numeric_title(check):
    assert check(MEASUREMENTS, "CHROME003").codes == []
    assert not worded("00e0000e0000e00", 8)
    assert worded("relatedarticles2024", 8)


def test_wrapped_lines_are_found_only_in_wrapped_text():
    lines = [ln for ln in Document.from_text(RELEASE_NOTES).lines if ln.text.strip()]
    found = [lines[i].text.strip() for i in sorted(wrapped_lines(lines))]
    assert len(found) == 15
    assert found[1].startswith("back-up repository.") and found[4].startswith("close_pool() returned")
    assert not any(line.startswith(("Release notes", "Fixes since")) for line in found)
    # one block per line, as text extracted from a web page has it: nothing is wrapped
    page = "\n".join(["Home", "News", "A long paragraph of the article that runs on and on and ends here."] * 5)
    assert wrapped_lines([ln for ln in Document.from_text(page).lines if ln.text.strip()]) == set()


def test_one_word_phrases_need_a_widget_separator(check):
    text = ("The parish council met on Tuesday evening to discuss the new footpath.\n"
            "The footpath will open in the spring, the clerk said after the meeting.\n"
            "Share | Print | Email\n"
            "Comments (12)\n"
            "Loading...\n")
    assert check(text, "CHROME001").rows() == [3, 4, 5]
    for line in ("More “Questions” for your opponent", "print(s);", "back-up copies of the files",
                 "listen/bind errors should close the server"):
        page = ("The parish council met on Tuesday evening to discuss the new footpath.\n"
                f"{line}\n"
                "The footpath will open in the spring, the clerk said after the meeting.\n")
        assert check(page, "CHROME001").codes == [], line


def test_recurring_lines_of_code_and_markup_are_not_site_chrome():
    from doclint.corpus_counts import DocumentFrequency
    from doclint.rules.chrome.recurring import RecurringLine

    rule = RecurringLine({})
    topics = ["streams", "sockets", "timers", "workers"]
    files = [f"The {topic} module\n\nHow {topic} are created and closed, with examples.\n"
             f"What each of the {topic} events means, and when it is emitted.\n"
             f"Which options the {topic} accept, and what they default to.\n"
             f"How errors of the {topic} reach the caller, and how to handle them.\n"
             f"* `options` {{Object}}\n> Stability: 2 - Stable\nOutput::\nPrivacy Policy | Terms of Use\n"
             for topic in topics]
    sketch = DocumentFrequency()
    for text in files:
        sketch.add_document(rule.corpus_keys(Document.from_text(text)))
    from doclint import LintContext

    document = Document.from_text(files[0])
    found = [document.text[d.span.start:d.span.end] for d in rule.check(document, LintContext(corpus=sketch))]
    assert found == ["> Stability: 2 - Stable", "Privacy Policy | Terms of Use"]


README = """===
tidy
===

A small tool that tidies text files before they are committed, so reviews show content.

License
-------

The MIT License (MIT)

Copyright (c) 2024 The tidy authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software.
"""


def test_readme_with_title_rules_and_mit_licence_is_clean(check):
    assert check(README).codes == []


def test_copyright_notice_in_a_page_footer_is_still_chrome(check):
    page = ("The harbour reopened on Monday after two weeks of repairs to the sea wall, the council said.\n"
            "Boats queued from dawn, and the first ferry left on time with a full deck of cars.\n"
            "Fishermen said the repairs had cost them most of the autumn season and asked for help.\n"
            "Terms and conditions\n"
            "Privacy Policy\n"
            "Copyright © 2024 Harbour News Ltd\n"
            "Telephone: 01234 567890 | Company No. 1234567\n")
    assert check(page, "CHROME001").rows() == [4, 5, 6, 7]


def test_a_press_contact_block_is_not_a_share_widget(check):
    text = ("City opens new library branch\n\n"
            "The city opened its fifth library branch on Saturday, with space for 40,000 books and a children's wing.\n"
            "The mayor said the branch would stay open until 9 pm on weekdays.\n\n"
            "Media contact:\nJane Doe\nPhone: 555-0100\nEmail: press@example.org\n")
    assert check(text, "CHROME001").codes == []


def test_json_examples_with_timestamps_are_not_comment_headers(check):
    text = "**To list the scheduled actions**\n\nOutput::\n\n    {\n" + "".join(
        f'        "ActionName": "scale-{n}",\n        "StartTime": "2023-12-0{n}T04:00:00Z",\n'
        f'        "Time": "2023-12-0{n}T04:00:00Z",\n' for n in range(1, 5)) + "    }\n"
    assert check(text, "CHROME001").codes == []


def _mojibake(text: str, codec: str) -> str:
    return text.encode("utf-8").decode(codec, errors="replace")


def test_mojibake_is_not_read_as_copyright_signs_or_menus(check):
    # ENC's business: a © or a » made by a wrong codec is no footer and no menu separator
    lines = [_mojibake("Le médecin conseille un régime équilibré pour les enfants.", "mac_roman"),
             _mojibake("اللغة العربية", "cp1250"),
             _mojibake("Ελληνικά", "cp1252"),
             _mojibake("Ελληνική Δημοκρατία", "cp1252"),
             "[x]\u00a0©"]
    assert "√©" in lines[0] and "Ř©" in lines[1] and "•" in lines[2]
    text = "\n".join(lines * 3) + "\n"
    assert check(text, "CHROME001").codes == []


def test_a_comment_quoting_counts_does_not_make_a_thread_a_related_list(check):
    thread = ("Great song, I still listen to it every morning on the way to work.\n"
              "2,000,000,000 views...800,000 comments...wow that is a lot\n"
              "Who else is here after the concert?\n"
              "Best video ever\n"
              "My kids dance to this every weekend\n"
              "Still a classic\n")
    assert check(thread, "CHROME001").codes == []
    widget = ("Great song, I still listen to it every morning on the way to work.\n"
              "评论 196 阅读 2034\n")
    assert check(widget, "CHROME001").rows() == [2]
