/* file.h — reading a whole file into memory.
 * Owns: kg_file_read.
 * Does not own: decoding, checking or splitting the text (input.c). */
#ifndef KG_FILE_H
#define KG_FILE_H
#include <stddef.h>

/* The whole of path ("-" is standard input) in a new buffer with a NUL
 * after the last byte (the caller frees it); *len (when len is not NULL)
 * gets the byte count.  NULL with errno set when the file cannot be opened
 * or read, or memory runs out. */
char *kg_file_read(const char *path, size_t *len);
#endif
