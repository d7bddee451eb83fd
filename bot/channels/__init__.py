"""Channel adapters: thin translations between a messaging surface and the engine."""
