// After a linking pass: the version of the linking rules the stored links were made with (EntityLinker.Version),
// so the next ingest links again when the rules changed.
MERGE (state:LinkerState {id: 'linker'})
SET state.version = $version
