@_exported import LexCyrCore
@_exported import LexCyrEmit
@_exported import LexCyrExtract
@_exported import LexCyrIngest
@_exported import LexCyrLint
