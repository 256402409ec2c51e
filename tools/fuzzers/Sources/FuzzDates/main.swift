// libFuzzer executable for FuzzTarget.dates (see Sources/LexCyrFuzzTargets).
import FuzzSupport
import LexCyrFuzzTargets

runFuzzer(.dates)
