#!/bin/sh
# mentor: the dispatcher.
. "$(dirname "$0")/lib.sh"
plan 15

want_out <<'OUT'
mentor 0.1.0
OUT
run 'mentor --version' 0 mentor --version

want_err <<'ERR'
mentor: no command
try 'mentor --help'
ERR
run 'no command is a usage error, said in one line' 64 mentor

mentor -h >"$T/h" 2>"$T/h.err"
echo "$?" >>"$T/h.err"
printf '%s\n' 'usage: mentor [options] command [argument ...]' \
    '       mentor help [command]' '' \
    'Run mentor-command: the programs of a mentorship journal kept as plain text.' \
    >"$T/h.want"
check 'mentor -h prints usage and what mentor is on stdout' \
    sh -c "head -n 4 '$T/h' | cmp -s - '$T/h.want' && [ \"\$(cat '$T/h.err')\" = 0 ]"
check '... and the options it hands to the command' \
    grep -q '^  -C, --directory dir     use the journal in dir' "$T/h"

want_err <<'ERR'
mentor: 'nope' is not a mentor command (see 'mentor help')
ERR
run 'an unknown command is exit 64' 64 mentor nope

want_err <<'ERR'
mentor: '../bin/sh' is not a mentor command (see 'mentor help')
ERR
run 'a command name cannot be a path' 64 mentor ../bin/sh

# A program of the user's own in PATH takes part, with its arguments.
mkdir "$T/bin"
cat >"$T/bin/mentor-hello" <<'SH'
#!/bin/sh
printf 'hello [%s]\n' "$@"
exit 3
SH
chmod +x "$T/bin/mentor-hello"
want_out <<'OUT'
hello [a b]
hello [-C]
hello [x]
OUT
run 'mentor CMD runs mentor-CMD with its arguments and status' 3 \
    env PATH="$T/bin:$PATH" mentor hello 'a b' -C x

env PATH="$T/bin:$PATH" mentor help >"$T/help" 2>&1
check 'mentor help lists the built programs' \
    grep -q '^  check  *validate the records of a journal$' "$T/help"
check 'mentor help lists programs found in PATH' \
    grep -q '^  hello  *(a program found in PATH)$' "$T/help"

want_out <<'OUT'
usage: mentor-init [options] [directory]

Make a new mentor journal in directory (by default the current one):
mentor.yaml, people/, goals/ and log/; print its path.

Options:
      --git               also set up git: git init unless in a work tree, the
                          merge driver; in a clone of a journal, only that
      --hooks             as --git, and a pre-commit hook that checks the
                          staged records (mentor-check --index)
      --owner name        whose journal it is (else $MENTOR_AUTHOR, else git's
                          user.name, else the login name)
      --role role         mentee (the default), mentor or coordinator
  -q, --quiet             do not print the journal's path
  -h, --help              print this help
      --version           print the version
OUT
run 'mentor help CMD shows its help' 0 mentor help init

mentor-init -q "$T/j" --owner 'Alex Doe'
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 0 records
ERR
run 'mentor check runs mentor-check' 0 mentor check -C "$T/j"

want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 0 records
ERR
run 'mentor -C DIR CMD: the shared options before the command are its' 0 \
    mentor -C "$T/j" check

want_err <<'ERR'
mentor: unknown option '--strict'
try 'mentor --help'
ERR
run '... but not the command'"'"'s own' 64 mentor --strict -C "$T/j" check

# A closed pipe ends a reader quietly: more output than a pipe holds,
# cut short by head.
mkdir -p "$T/j/log/2026"
i=1
while [ $i -le 1500 ]; do
	printf -- '---\ntitle: A note long enough to fill the pipe quickly %d\ndate: 2026-01-02\n---\nText.\n' \
	    $i >"$T/j/log/2026/2026-01-02-note-$i.md"
	i=$((i + 1))
done
mentor-log -C "$T/j" list -f tsv --no-header 2>"$T/pipe.err" | head -n 1 \
    >"$T/pipe.out"
check 'list | head: the first line comes through' \
    grep -q '^2026-01-02-note-1	2026-01-02	note		A note' "$T/pipe.out"
check '... and nothing is said on stderr' test ! -s "$T/pipe.err"

done_testing
