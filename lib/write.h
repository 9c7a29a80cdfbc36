/*
 * What write.c, lockfile.c and wpath.c share: the writers' own parts, not
 * for the programs.  Include after mentor.h.
 */
#ifndef MENTOR_WRITE_H
#define MENTOR_WRITE_H

#include <time.h>

/*
 * wpath.c: a place in the journal: its folder (a descriptor to close), its
 * name there, and its path from the journal's folder with every link
 * resolved.  walk() finds a file's folder and name, walk_dir() a folder
 * (its name NULL); W_MKDIR makes missing folders, W_FOLLOW follows a last
 * name that is a link.  Both return 0, W_OUT when the way leads out of
 * the journal, or -1 with errno.
 */
struct wpath {
	int	 dfd;
	char	*name;
	char	*rel;
};
#define W_MKDIR		0x1
#define W_FOLLOW	0x2
#define W_OUT		(-2)
int		 walk(struct journal *, const char *, int, struct wpath *);
int		 walk_dir(struct journal *, const char *, int, int *,
		    struct wpath *);
void		 wpath_release(struct wpath *);

/*
 * lockfile.c: lock files in a folder (dfd, name), recorded for the signal
 * handler that removes them; each returns -1 with errno on failure.
 * lock_wait() takes one, waiting up to the lock timeout (see there).
 * write_lock() writes, syncs and closes a lock's descriptor.
 */
int		 lock_take(int, char *, mode_t);
int		 lock_drop(int, const char *);
int		 lock_rename(int, const char *, const char *);
int		 lock_link(int, const char *, const char *);
int		 lock_wait(struct journal *, int, char *, const char *,
		    const char *, int, int *);
void		 lock_signals_install(void);
void		 lock_signals_restore(void);
int		 write_lock(int, const char *, size_t);
void		 sync_dir(int);
double		 elapsed(const struct timespec *);

#endif /* MENTOR_WRITE_H */
