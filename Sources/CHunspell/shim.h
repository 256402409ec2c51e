#ifndef LEXCYR_CHUNSPELL_SHIM_H
#define LEXCYR_CHUNSPELL_SHIM_H
#include <hunspell/hunspell.h>
#endif
