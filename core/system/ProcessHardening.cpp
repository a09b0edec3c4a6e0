// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "system/ProcessHardening.h"

#include "base/LogCategories.h"

#include <QtGlobal>

#include <cerrno>
#include <cstring>
#include <sys/resource.h>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace larder {

namespace {

QString lastError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

void disableCoreFiles()
{
    // Inherited by pg_dump and the other tools Larder starts, which hold the same password.
    const rlimit none = {0, 0};
    if (::setrlimit(RLIMIT_CORE, &none) != 0)
        qCWarning(lcProcess) << "cannot turn off core files (RLIMIT_CORE):" << lastError();
}

void disableDumpable()
{
#ifdef Q_OS_LINUX
    // Also covers a core_pattern pipe (systemd-coredump), which the kernel feeds regardless of
    // RLIMIT_CORE, and stops other processes of the user from ptrace and from reading /proc/PID/mem
    // and environ. execve() sets it back for the programs Larder starts.
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        qCWarning(lcProcess) << "cannot make the process non-dumpable (PR_SET_DUMPABLE):" << lastError();
#endif
    // macOS: RLIMIT_CORE only. PT_DENY_ATTACH is not worth it: it stops ptrace alone, not
    // task_for_pid, through which memory is read there and which macOS already keeps to root and
    // debuggers; and a debugger can step around it.
}

} // namespace

void ProcessHardening::apply()
{
    disableCoreFiles();
    disableDumpable();
}

} // namespace larder
