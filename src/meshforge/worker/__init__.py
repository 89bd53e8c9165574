"""Executing jobs: one code path (``run_job``) whichever queue delivered the job."""
