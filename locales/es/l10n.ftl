# Not yet reviewed by a native speaker (see locales/README.md).
fallback-unsupported = Waymark aún no tiene textos en «{ $asked }», así que muestra { $shown }.
fallback-malformed = Waymark no entiende la etiqueta de idioma «{ $asked }», así que muestra { $shown }.

language-en-GB = English (UK)
language-en-US = English (US)
language-cy = Cymraeg
language-es = Español
