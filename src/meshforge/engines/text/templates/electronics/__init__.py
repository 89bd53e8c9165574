"""Electronics: computers, phones, screens, audio and cameras."""
