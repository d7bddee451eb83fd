"""Conversation test cases (DESIGN.md §3.7): whole conversations as data, run in-process.

``schema`` reads and checks ``tests/conversations/**/*.yml``; ``runner`` plays each case
against a real App (project catalog, flows and locales; storage in a temporary folder) and
says, for a failing case, which step failed, what it expected and what the bot did; ``cli``
is ``banshi test conversations``. Nothing is imported here, so that building the command
line does not load the whole application.
"""
