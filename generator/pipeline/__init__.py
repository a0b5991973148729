"""The build: load → overlay → name → validate → generate → format → write.

One module per step (load, prepare, overlay, names, validate, generate with opc, format,
write), the modules the generator does not write itself (operations, webhooks, docs), and
build.py, which runs the steps in order. `python -m generator` is its command line.
"""
