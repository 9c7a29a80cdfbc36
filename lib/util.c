#include "config.h"

#include <errno.h>
#include <sched.h>
#include <err.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"

/* The program's name, as err(3) prints it. */
const char *
progname(void)
{
	return program_invocation_short_name;
}

/* The exit status a program has earned so far (see status_merge). */
int mentor_status;

void
vdiag(const char *path, unsigned long line, unsigned long col,
    const char *fmt, va_list ap)
{
	fflush(stdout);
	fprintf(stderr, "%s: ", progname());
	if (path != NULL) {
		if (line == 0)
			fprintf(stderr, "%s: ", path);
		else if (col == 0)
			fprintf(stderr, "%s:%lu: ", path, line);
		else
			fprintf(stderr, "%s:%lu:%lu: ", path, line, col);
	}
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
diag(const char *path, unsigned long line, unsigned long col,
    const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vdiag(path, line, col, fmt, ap);
	va_end(ap);
}

/* Rank exit codes so that the most serious one is kept. */
static int
status_rank(int s)
{
	switch (s) {
	case 0:
		return 0;
	case EX_PROBLEM:
		return 1;
	case EX_DATAERR:
		return 2;
	default:
		return 3;
	}
}

int
status_merge(int a, int b)
{
	return status_rank(b) > status_rank(a) ? b : a;
}

void
status_set(int s)
{
	mentor_status = status_merge(mentor_status, s);
}

/*
 * A reader that stops early (`list | head`) gets SIGPIPE; the default
 * action ends it quietly, which is what a pipeline wants.  Into a pipe or
 * a file, output goes 64 KiB at a time (a report of 100,000 lines is then
 * 180 writes, not 2,800); a terminal keeps its lines.
 */
void
out_init(void)
{
	static char	 obuf[64 * 1024];

	signal(SIGPIPE, SIG_DFL);
	if (!isatty(STDOUT_FILENO))
		(void)setvbuf(stdout, obuf, _IOFBF, sizeof(obuf));
}

int
out_close(int status)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (errno == EPIPE)
			_exit(status);
		warn("write error on standard output");
		return EX_IOERR;
	}
	/* A failure noted on the way (a failed autocommit) still counts. */
	return status_merge(status, mentor_status);
}

/*
 * How many threads to read a journal with: one a core online, or
 * MENTOR_THREADS, and at most THREADS_MAX.
 */
int
mentor_threads(void)
{
	const char	*e = env_get("MENTOR_THREADS");
	long		 n = e != NULL ? strtol(e, NULL, 10) :
			    sysconf(_SC_NPROCESSORS_ONLN);

	if (n < 1)
		n = 1;
	return n > THREADS_MAX ? THREADS_MAX : (int)n;
}

/*
 * Give the calling thread a table of file descriptors of its own (Linux's
 * unshare(CLONE_FILES)), so that its opens and closes no longer contend
 * with those of the process's other threads.  It keeps a copy of every
 * descriptor open now, and sees none that another thread opens later.
 * 0 when done; -1 when the system cannot, and the table stays shared.
 */
int
own_files(void)
{
#ifdef HAVE_UNSHARE
	return unshare(CLONE_FILES);
#else
	return -1;
#endif
}

/* An environment variable, NULL when unset or empty. */
const char *
env_get(const char *name)
{
	const char	*v = getenv(name);

	return v != NULL && *v != '\0' ? v : NULL;
}
