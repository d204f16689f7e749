"""Package of concurrency helpers; see concurrent.futures."""
