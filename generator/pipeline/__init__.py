"""The build: load → overlay → name → validate → generate → format → write.

One module per step (load, prepare, overlay, names, validate, generate with opc, format,
write), the modules the generator does not write itself (operations, webhooks, docs), what
the build remembers between runs (memory: the overlaid spec and the operations page;
validate keeps its own stamps), and build.py, which runs the steps in order.
`python -m generator` is its command line.
"""
