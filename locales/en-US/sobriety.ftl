# The Sobriety dates screen (core/src/screens/sobriety.rs).
