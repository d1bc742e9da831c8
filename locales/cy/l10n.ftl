# Not yet reviewed by a native speaker (see locales/README.md).
fallback-unsupported = Does gan Waymark ddim geiriau yn “{ $asked }” eto, felly mae'n dangos { $shown }.
fallback-malformed = Dydy Waymark ddim yn deall y tag iaith “{ $asked }”, felly mae'n dangos { $shown }.

language-en-GB = English (UK)
language-en-US = English (US)
language-cy = Cymraeg
language-es = Español
