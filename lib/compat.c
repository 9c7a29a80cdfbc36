/*
 * The one file that asks the system for more than POSIX's base: realpath
 * is an X/Open extension, hidden by a strict -D_POSIX_C_SOURCE=200809L
 * (as the portability build of CI compiles), and found everywhere with
 * _XOPEN_SOURCE 700.  It is set before config.h so that it comes first.
 */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#include "config.h"

#include <stdlib.h>

#include "mentor.h"

/*
 * The absolute path of path with every symbolic link, "." and ".."
 * resolved (a new string), or NULL with errno set.
 */
char *
xrealpath(const char *path)
{
	return realpath(path, NULL);
}
