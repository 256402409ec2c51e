// libFuzzer executable for FuzzTarget.powers (see Sources/LexCyrFuzzTargets).
import FuzzSupport
import LexCyrFuzzTargets

runFuzzer(.powers)
