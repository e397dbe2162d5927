"""Demo data for Gemeente Dalfsen, Nijkerk and Assen, and the command that loads it."""
