"""Entity resolution: which statements' entities are one person or one organisation.

Matches are judgements (same / different), stored apart from the statements they concern, so any
merge can be undone; canonical ids are derived from the judgements."""
