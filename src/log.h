/* log.h — the one path for every message of the library.
 *
 * Owns: formatting a message and handing it to the world's handler.
 * Does not own: where messages go (the handler decides; main.c's prints
 * "kgbuild: WHERE: MESSAGE" on stderr).
 */
#ifndef KG_LOG_H
#define KG_LOG_H

#include <stdarg.h>
#include "kgbuild.h"

typedef struct kg_logger {
  kg_log_fn fn;       /* NULL: messages are dropped */
  void *user;
  kg_log_level min;   /* messages below this level are dropped */
} kg_logger;

#if defined(__GNUC__)
#define KG_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define KG_PRINTF(a, b)
#endif

void kg_logf(const kg_logger *log, kg_log_level level, const char *where,
             const char *fmt, ...) KG_PRINTF(4, 5);
void kg_vlogf(const kg_logger *log, kg_log_level level, const char *where,
              const char *fmt, va_list ap);

#endif
