// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "ScratchRunFiles.h"

#include "postgres/PostgresEngine.h"
#include "run/RunService.h"

#include <QDir>

ScratchRunFiles::ScratchRunFiles(const QString& prefix, const QString& password)
    : m_dir(QDir::tempPath() + QLatin1Char('/') + prefix + QStringLiteral("-XXXXXX")), m_password(password)
{}

std::unique_ptr<larder::RunService> ScratchRunFiles::makeService() const
{
    auto service = std::make_unique<larder::RunService>(
        config(), std::make_unique<larder::PostgresEngine>(), [this](const larder::ServerConfig&) {
            return std::optional<QString>(m_wrongPassword ? QStringLiteral("not-the-password") : m_password);
        });
    service->setScheduling(false);
    return service;
}
