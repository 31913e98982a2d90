"""The Tests panel: who is due in walking order, sampling, results and the lab file."""
