"""Obligations: who must do what, by when, under which document (rule-based, cited, offline)."""

from assistant.obligations.extract import extract_obligations
from assistant.obligations.orgs import OrgMention, OrgRegistry, UnknownOrganisationError
from assistant.obligations.table import ObligationTable

__all__ = ["ObligationTable", "OrgMention", "OrgRegistry", "UnknownOrganisationError", "extract_obligations"]
