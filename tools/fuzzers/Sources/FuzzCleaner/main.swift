// libFuzzer executable for FuzzTarget.cleaner (see Sources/LexCyrFuzzTargets).
import FuzzSupport
import LexCyrFuzzTargets

runFuzzer(.cleaner)
