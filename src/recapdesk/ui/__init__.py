"""The Qt shell of recapdesk."""
