#ifndef LEXCYR_CLIBXML2_SHIM_H
#define LEXCYR_CLIBXML2_SHIM_H
/* libxml2's encoding.h includes the system ICU headers when libxml2 was built with ICU. Those
   clash with the ICU copy inside Foundation in any Swift module that imports both. LexCyr never
   touches libxml2's encoding handlers (only pointers to them), so ICU's types are left out. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#endif
