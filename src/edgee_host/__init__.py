"""A local Edgee host: runs a data-collection component on wasmtime as the proxy does, and tests it."""
