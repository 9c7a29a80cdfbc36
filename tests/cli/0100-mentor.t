#!/bin/sh
# mentor: the dispatcher.
. "$(dirname "$0")/lib.sh"
plan 12

want_out <<'OUT'
mentor 0.1.0
OUT
run 'mentor --version' 0 mentor --version

want_err <<'ERR'
usage: mentor [-h] [--version] command [argument ...]
       mentor help [command]
ERR
run 'no command is a usage error' 64 mentor

want_out <<'OUT'
usage: mentor [-h] [--version] command [argument ...]
       mentor help [command]
OUT
run 'mentor -h prints usage on stdout' 0 mentor -h

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
usage: mentor-init [-hq] [--git] [--owner name] [--role role] [directory]
OUT
run 'mentor help CMD shows its usage' 0 mentor help init

mentor-init -q "$T/j" --owner 'Alex Doe'
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 0 records
ERR
run 'mentor check runs mentor-check' 0 mentor check -C "$T/j"

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
