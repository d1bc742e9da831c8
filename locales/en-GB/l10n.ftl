# Notes shown when the language asked for is not one Waymark has.

# $asked: the tag as given (e.g. "de-DE"); $shown: the language shown instead.
fallback-unsupported = Waymark has no words in “{ $asked }” yet, so it shows { $shown }.
fallback-malformed = “{ $asked }” is not a language tag Waymark understands, so it shows { $shown }.

# The supported languages, each named in its own words.
language-en-GB = English (UK)
language-en-US = English (US)
language-cy = Cymraeg
language-es = Español
