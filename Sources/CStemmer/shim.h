#ifndef LEXCYR_CSTEMMER_SHIM_H
#define LEXCYR_CSTEMMER_SHIM_H
#include <libstemmer.h>
#endif
