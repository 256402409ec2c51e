// OpenSSL's libcrypto, for the SHA-256 of each input (hardware SHA instructions where the CPU has them).
#include <openssl/evp.h>
