"""The dialogue's handlers, one concern per module; each exports ``router``."""
