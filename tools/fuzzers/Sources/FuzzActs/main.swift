// libFuzzer executable for FuzzTarget.acts (see Sources/LexCyrFuzzTargets).
import FuzzSupport
import LexCyrFuzzTargets

runFuzzer(.acts)
