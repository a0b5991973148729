"""Review and release tooling around the build, each a command `python -m generator.tooling.<name>`:
spec_diff (the API changelog), client_diff (the generated client's change per operation),
update_spec (take a new upstream description), spec_pr (its pull request's commits and body),
review (a pull request's review), pr_comment (post it), drift_report (captured traffic against
the description), surface_diff (the public Python API between two builds, and the user code it
breaks), release (version, changelog, tag; the artefacts' check)."""
