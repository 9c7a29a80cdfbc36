#!/bin/sh
# bash's completion (cmd/completion/mentor), called as bash calls it on
# Tab: each program is registered with `complete`, and each case of
# tests/data/completion.cases (commands, options, values, ids of each
# type, the journal from -C, $MENTOR_JOURNAL or the folders above) gets
# the matches it lists; the values it lists are those the programs take.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/completion.sh"

command -v bash >/dev/null 2>&1 || completion_need "bash is not installed"

complete_run() {
	bash "$HERE/complete.bash" "$COMPLETIONS/mentor"
}

completion_setup

bash -c '. "$1" && complete -p' sh "$COMPLETIONS/mentor" >"$T/out" 2>&1
cat >"$T/want" <<'EOT'
complete -F _mentor mentor
complete -F _mentor mentor-check
complete -F _mentor mentor-config
complete -F _mentor mentor-goals
complete -F _mentor mentor-init
complete -F _mentor mentor-log
complete -F _mentor mentor-people
complete -F _mentor mentor-report
EOT
LC_ALL=C sort "$T/out" | cmp -s "$T/want" - &&
    ok "complete -p: every program completes with _mentor" ||
    not_ok "complete -p: every program completes with _mentor"

# Ids are globbed with the shell's options set for it, then put back.
bash -c '. "$1" && cd "$2" && shopt -s failglob &&
    COMP_WORDS=(mentor-people show "") COMP_CWORD=2 \
    COMP_LINE="mentor-people show " COMP_POINT=19 && _mentor &&
    echo "${COMPREPLY[*]}" && shopt -p failglob nullglob' sh \
    "$COMPLETIONS/mentor" "$T/j" >"$T/out" 2>&1
cat >"$T/want" <<'EOT'
jane-smith maria-garcia sam-lee tom-becker
shopt -s failglob
shopt -u nullglob
EOT
cmp -s "$T/want" "$T/out" &&
    ok "the shell's glob options are left as they were" ||
    not_ok "the shell's glob options are left as they were"

completion_cases bash
completion_values
plan "$test_n"
done_testing
