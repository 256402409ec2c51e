// libFuzzer executable for FuzzTarget.lint (see Sources/LexCyrFuzzTargets).
import FuzzSupport
import LexCyrFuzzTargets

runFuzzer(.lint)
