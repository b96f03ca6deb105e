"""The proxy's behaviour, as Edgee's edge proxy implements it: edgee.toml (config), the event JSON (events,
json_values, timestamps), the server's enrichment, the pipeline and its rules, the answer's headers and delivery."""
