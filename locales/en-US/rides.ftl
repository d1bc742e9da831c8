# The Rides screen (core/src/screens/rides.rs).
