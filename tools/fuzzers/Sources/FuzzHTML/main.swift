// libFuzzer executable for FuzzTarget.html (see Sources/LexCyrFuzzTargets).
import FuzzSupport
import LexCyrFuzzTargets

runFuzzer(.html)
