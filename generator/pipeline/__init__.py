"""pipeline"""

#: Set by the command line's entry point (``cli.main``): this process runs one command, then
#: ends. A build's imports are then set aside from garbage collection (pipeline/run.py).
ENDS_AFTER_COMMAND = False
