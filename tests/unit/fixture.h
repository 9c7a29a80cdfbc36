/*
 * fixture.c: what the unit tests share to build journals and look at
 * what the code under test printed.  Include after mentor.h.
 *
 * A run's scratch files live in one folder: fx_setup() makes it with
 * mkdtemp(3) under $TMPDIR (else /tmp), named after the program, and
 * fx_teardown() removes it with everything in it.  Call fx_setup() once
 * before the tests fork (or as a tcase's unchecked fixture), after
 * progname_set().
 *
 * Paths.  Every function below that takes a path takes an absolute path
 * as it is, and a relative one from the folder fx_at() chose: the scratch
 * folder until told otherwise.  fx_path() returns that full path.
 *
 * Ownership.  Every char * returned is the caller's to free(3).
 *
 * Errors.  A function that cannot do what it is asked (a file it cannot
 * write, a folder it cannot make) ends the process with a message and
 * status 1 (err(3)): inside a test, which Check runs in a child, that
 * fails the test; before the tests, the run.  fx_read() and fx_readn()
 * are the exception: a file that cannot be opened gives NULL, so a test
 * can see that a file is gone.
 */
#ifndef FIXTURE_H
#define FIXTURE_H

extern const char *fx_base;		/* the scratch folder, or NULL */

const char	*fx_setup(void);
void		 fx_teardown(void);
void		 fx_at(const char *);
char		*fx_path(const char *);

/*
 * Files.  fx_dir() makes a folder and any missing folder above it (an
 * existing one is fine), mode 0755.  fx_put() writes a file (made or
 * truncated) holding text, and fx_putn() len bytes; both make missing
 * folders on the way.  fx_read() is a file's contents, NUL-terminated;
 * fx_readn() also says how many bytes (a file may hold NULs).
 * fx_mkdtemp() makes a new folder named prefix.XXXXXX and returns its
 * full path.
 */
void		 fx_dir(const char *);
void		 fx_put(const char *, const char *);
void		 fx_putn(const char *, const void *, size_t);
char		*fx_read(const char *);
char		*fx_readn(const char *, size_t *);
char		*fx_mkdtemp(const char *);

/*
 * fx_rm() removes a file, or a folder and everything under it, without
 * following symbolic links; folders the tests made unreadable or
 * unwritable are opened up first.  It returns 0, or -1 with errno set
 * (a path that is not there is no failure).
 */
int		 fx_rm(const char *);

/*
 * fx_snapshot() is every regular file under a folder, as "== REL\n" and
 * the file's contents, in the order of their REL paths (relative to that
 * folder): compare two to see that nothing at all changed.
 */
char		*fx_snapshot(const char *);

/*
 * Captured output.  fx_cap_start() points descriptor fd (1 or 2) at a
 * temporary file, after flushing stdio; fx_cap_end() puts it back and
 * returns what was written meanwhile.  Several may run at once, one
 * struct fx_cap each.
 */
struct fx_cap {
	int	 fd;
	int	 saved;
	FILE	*f;
};
void		 fx_cap_start(struct fx_cap *, int);
char		*fx_cap_end(struct fx_cap *);

/*
 * fx_run() runs fn(arg) in a child process with stdout and stderr
 * captured, and waits for it.  A child whose fn returns exits 100, so a
 * function that should have exited is seen not to.  status is the exit
 * status, or -1 when the child was killed by a signal.
 */
struct fx_child {
	int	 status;
	char	*out, *err;
};
void		 fx_run(void (*)(void *), void *, struct fx_child *);
void		 fx_child_free(struct fx_child *);

/*
 * fx_said() is what the program says on stderr: the formatted text with
 * "PROG: " before each of its lines, each ended by a newline.
 */
char		*fx_said(const char *, ...) MENTOR_PRINTF(1, 2);

/*
 * fx_tty() opens a new pseudo-terminal: it returns the terminal's side
 * (isatty(3) is true of it) and puts the other side in *master, or
 * returns -1 where the system has none to give.  Close both.
 */
int		 fx_tty(int *);

#endif /* FIXTURE_H */
