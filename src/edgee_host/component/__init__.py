"""The component and its engine: wasmtime runtime and compile cache, WIT values, the interfaces the proxy
binds, the start-up load check, the component manifest (edgee-component.toml)."""
