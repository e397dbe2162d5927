"""The audit trail: who did what to whose data, for AVG accountability."""
