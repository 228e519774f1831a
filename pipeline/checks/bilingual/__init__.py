"""Checks on translation units (source and target): numbers, terms, untranslated text …"""
