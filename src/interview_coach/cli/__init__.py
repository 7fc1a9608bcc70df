"""The command line: `interview-coach`."""
