/* log.c — formats messages and hands them to the world's one log handler.
 * Owns: kg_logf/kg_vlogf and the status strings.  Does not own where
 * messages end up (the handler set by the caller decides). */
#include <stdio.h>
#include <string.h>
#include "log.h"

void kg_vlogf(const kg_logger *log, kg_log_level level, const char *where,
              const char *fmt, va_list ap)
{
  char buf[1024];
  if (!log || !log->fn || level < log->min)
    return;
  vsnprintf(buf, sizeof buf, fmt, ap);
  /* one line per message: fold any newline a caller let through */
  for (char *p = buf; *p; p++)
    if (*p == '\n' || *p == '\r')
      *p = ' ';
  log->fn(log->user, level, where, buf);
}

void kg_logf(const kg_logger *log, kg_log_level level, const char *where,
             const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  kg_vlogf(log, level, where, fmt, ap);
  va_end(ap);
}

const char *kg_status_string(kg_status st)
{
  switch (st) {
  case KG_OK: return "ok";
  case KG_ERR_NOMEM: return "out of memory";
  case KG_ERR_IO: return "input/output error";
  case KG_ERR_INPUT: return "unusable input";
  case KG_ERR_FORMAT: return "malformed file";
  case KG_ERR_NET: return "network error";
  case KG_ERR_USAGE: return "usage error";
  case KG_ERR_MODEL: return "bad or missing model";
  }
  return "unknown status";
}
