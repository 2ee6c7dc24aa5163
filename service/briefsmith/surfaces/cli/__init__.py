"""The `brief` command line (main.app), with its story and batch subcommands."""
