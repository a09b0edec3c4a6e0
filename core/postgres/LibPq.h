// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "base/Error.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace larder {

// libpq, loaded on first use instead of at start-up: a cron run with nothing due, `plan` and
// `history` connect nowhere, and loading libpq with its ~30 dependencies (TLS, Kerberos, LDAP) was
// about half of such a run's time. Only the functions PgSession calls.
class LibPq final
{
    Q_DECLARE_TR_FUNCTIONS(LibPq)

public:
    // Loads once per process (thread-safe); later calls return the same table or the same error.
    static Result<const LibPq*> load();

    decltype(&::PQconnectStartParams) connectStartParams = nullptr;
    decltype(&::PQconnectPoll) connectPoll = nullptr;
    decltype(&::PQsocket) socket = nullptr;
    decltype(&::PQstatus) status = nullptr;
    decltype(&::PQerrorMessage) errorMessage = nullptr;
    decltype(&::PQfinish) finish = nullptr;
    decltype(&::PQserverVersion) serverVersion = nullptr;
    decltype(&::PQparameterStatus) parameterStatus = nullptr;
    decltype(&::PQescapeIdentifier) escapeIdentifier = nullptr;
    decltype(&::PQescapeLiteral) escapeLiteral = nullptr;
    decltype(&::PQfreemem) freemem = nullptr;
    decltype(&::PQsendQueryParams) sendQueryParams = nullptr;
    decltype(&::PQconsumeInput) consumeInput = nullptr;
    decltype(&::PQisBusy) isBusy = nullptr;
    decltype(&::PQgetResult) getResult = nullptr;
    decltype(&::PQresultStatus) resultStatus = nullptr;
    decltype(&::PQresultErrorMessage) resultErrorMessage = nullptr;
    decltype(&::PQclear) clear = nullptr;
    decltype(&::PQnfields) nfields = nullptr;
    decltype(&::PQntuples) ntuples = nullptr;
    decltype(&::PQgetvalue) getvalue = nullptr;
    decltype(&::PQgetCancel) getCancel = nullptr;
    decltype(&::PQfreeCancel) freeCancel = nullptr;
    decltype(&::PQcancel) cancel = nullptr;
};

} // namespace larder
