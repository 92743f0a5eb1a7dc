// The shared test support (rule programs from text, the repository, temporary folders) for every
// file of this target: most engine tests write their programs in the rule language.
@_exported import TestSupport
