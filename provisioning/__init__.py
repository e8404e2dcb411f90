"""SCIM 2.0: an agency's directory creates, updates and deactivates people and their
group memberships (groups map to audiences or units)."""
