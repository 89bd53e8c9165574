"""The playground page served at ``/``: static HTML, CSS and JavaScript, no build step."""
