// libFuzzer executable for FuzzTarget.pdfxml (see Sources/LexCyrFuzzTargets).
import FuzzSupport
import LexCyrFuzzTargets

runFuzzer(.pdfxml)
