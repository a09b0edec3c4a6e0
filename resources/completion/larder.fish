# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Larder developers
# fish completion for larder: the candidates come from the hidden `larder __complete WORD...` (see
# larder.bash), which knows the commands, their options, and the config's jobs and servers.

function __larder_complete
    set -l before (commandline -opc)
    set -l current (commandline -ct)
    set -l candidates (command $before[1] __complete $before[2..-1] "$current" 2>/dev/null)
    if test "$candidates[1]" = ":files"
        __fish_complete_path "$current"
    else
        printf '%s\n' $candidates
    end
end

complete -c larder -f -a '(__larder_complete)'
