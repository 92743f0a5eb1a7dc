// The shared test support (rule programs from text, the repository, temporary folders) for every
// file of this target.
@_exported import TestSupport
