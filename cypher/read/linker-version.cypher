// The version of the linking rules the stored links were made with; no row before any linking pass.
MATCH (state:LinkerState {id: 'linker'})
RETURN state.version AS version
