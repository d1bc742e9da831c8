# The People to call screen (core/src/screens/people.rs).
