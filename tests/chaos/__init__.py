"""Infrastructure faults under load (make chaos): PostgreSQL, Redis, S3 and the disk fail."""
