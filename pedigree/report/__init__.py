"""Presenting answers: terminal trees and tables (charts and HTML reports come later)."""
