fallback-unsupported = Waymark has no words in “{ $asked }” yet, so it shows { $shown }.
fallback-malformed = “{ $asked }” is not a language tag Waymark understands, so it shows { $shown }.

language-en-GB = English (UK)
language-en-US = English (US)
language-cy = Cymraeg
language-es = Español
