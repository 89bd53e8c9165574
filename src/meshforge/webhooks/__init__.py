"""Webhooks: signed (Standard Webhooks), delivered from an outbox, retried with backoff."""
