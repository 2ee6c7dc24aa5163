"""The edges people and programs use: the CLI, the HTTP API, the Slack bot and batch
workers. Each is thin: it parses, calls `briefing`, renders. Nothing inside briefsmith
imports a surface (except the CLI, which starts the others)."""
