// libFuzzer executable for FuzzTarget.pipeline (see Sources/LexCyrFuzzTargets).
import FuzzSupport
import LexCyrFuzzTargets

runFuzzer(.pipeline)
