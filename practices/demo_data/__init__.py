"""Demo content of the practices app: plain data loaded by the practices demo loader."""
